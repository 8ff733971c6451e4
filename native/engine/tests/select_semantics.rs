//! Matchers → postings with Prometheus semantics, checked against the definition: a series is
//! selected when every matcher accepts its value for the matcher's name ("" when the series
//! lacks the label). Also label names/values with and without matchers, and the SeriesSet bytes.

mod blockgen;

use std::collections::BTreeSet;

use blockgen::{build_index, labels, Labels, Rng};
use storeapi_engine::query::labels::{label_names, label_values};
use storeapi_engine::query::select::{postings_for_matchers, scan_postings, write_series_set};
use storeapi_engine::query::{MatchType, Matcher};
use storeapi_engine::tsdb::{ChunkMeta, FileBytes, Index};
use storeapi_engine::ErrorCode;

fn value_of<'a>(l: &'a Labels, name: &str) -> &'a str {
    l.iter().find(|(n, _)| n == name).map_or("", |(_, v)| v.as_str())
}

fn naive(series: &[(u32, Labels, Vec<ChunkMeta>)], ms: &[Matcher]) -> Vec<u32> {
    series.iter().filter(|(_, l, _)| ms.iter().all(|m| m.matches(value_of(l, &m.name)))).map(|s| s.0).collect()
}

/// The refs a block scan reads for `ms` (lists read in place, merged as they are read).
fn scanned(ix: &Index, ms: &[Matcher]) -> Vec<u32> {
    let mut scan = scan_postings(ix, ms).unwrap();
    std::iter::from_fn(|| scan.next(ix)).collect()
}

fn chunk(t: i64) -> Vec<ChunkMeta> {
    vec![ChunkMeta { min_time: t, max_time: t + 9, chunk_ref: 8 }]
}

fn fixture() -> (Index, Vec<(u32, Labels, Vec<ChunkMeta>)>) {
    let series = vec![
        (labels(&[("__name__", "up"), ("job", "a"), ("instance", "1")]), chunk(0)),
        (labels(&[("__name__", "up"), ("job", "a"), ("instance", "2")]), chunk(0)),
        (labels(&[("__name__", "up"), ("job", "b"), ("instance", "1")]), chunk(0)),
        (labels(&[("__name__", "up"), ("job", "b")]), chunk(0)),
        (labels(&[("__name__", "down"), ("env", "prod")]), chunk(0)),
        (labels(&[("__name__", "down")]), chunk(0)),
        (labels(&[("job", "")]), chunk(0)), // an empty value is stored like any other
    ];
    let built = build_index(series);
    let ix = Index::open(FileBytes::Owned(built.bytes), "block test: index".into()).unwrap();
    (ix, built.series)
}

fn m(t: MatchType, n: &str, v: &str) -> Matcher {
    Matcher::new(t, n, v).unwrap()
}

use MatchType::{Equal as EQ, NotEqual as NEQ, NotRegexp as NRE, Regexp as RE};

#[test]
fn table_of_matchers() {
    let (ix, series) = fixture();
    let cases: Vec<Vec<Matcher>> = vec![
        vec![],
        vec![m(EQ, "job", "a")],
        vec![m(EQ, "job", "")],
        vec![m(NEQ, "job", "")],
        vec![m(NEQ, "job", "a")],
        vec![m(RE, "job", "")],
        vec![m(RE, "job", ".*")],
        vec![m(RE, "job", ".+")],
        vec![m(RE, "job", "a|")],
        vec![m(NRE, "job", "a|")],
        vec![m(NRE, "job", ".*")],
        vec![m(NRE, "job", "")],
        vec![m(EQ, "instance", ""), m(EQ, "__name__", "up")],
        vec![m(EQ, "env", "prod"), m(NEQ, "env", "prod")],
        vec![m(RE, "job", "."), m(NEQ, "job", "a")],
        vec![m(EQ, "nope", "")],
        vec![m(EQ, "nope", "x")],
        vec![m(NEQ, "nope", "x")],
        vec![m(RE, "nope", "x|")],
        vec![m(EQ, "__name__", "up"), m(NRE, "instance", "1|2")],
        vec![m(EQ, "__name__", "up"), m(RE, "instance", "1|2|")],
        vec![m(NEQ, "__name__", "up"), m(NEQ, "__name__", "down")],
        vec![m(RE, "job", "[ab]"), m(RE, "instance", ".+"), m(NRE, "env", ".+")],
    ];
    for ms in cases {
        let got = postings_for_matchers(&ix, &ms).unwrap();
        assert_eq!(got, naive(&series, &ms), "matchers {ms:?}");
        assert_eq!(scanned(&ix, &ms), got, "scan, matchers {ms:?}");
    }
}

#[test]
fn no_matchers_selects_all() {
    let (ix, series) = fixture();
    assert_eq!(postings_for_matchers(&ix, &[]).unwrap(), series.iter().map(|s| s.0).collect::<Vec<_>>());
    assert_eq!(scanned(&ix, &[]), series.iter().map(|s| s.0).collect::<Vec<_>>());
}

#[test]
fn random_matchers_against_definition() {
    let mut rng = Rng::new(11);
    let names = ["a", "b", "c", "d"];
    let values = ["", "x", "y", "z", "xy", "yz"];
    // A few hundred series, spanning more than 32 values per name so sampling is exercised.
    let mut seen = BTreeSet::new();
    let mut input = Vec::new();
    for i in 0..400 {
        let mut l: Vec<(&str, String)> = Vec::new();
        for n in names {
            match rng.below(4) {
                0 => {}
                1 => l.push((n, format!("v{:03}", rng.below(90)))),
                _ => l.push((n, values[1 + rng.below(5) as usize].to_string())),
            }
        }
        l.push(("i", i.to_string()));
        let l: Labels = { let mut v: Labels = l.into_iter().map(|(n, v)| (n.to_string(), v)).collect(); v.sort(); v };
        if seen.insert(l.clone()) {
            input.push((l, chunk(i)));
        }
    }
    let built = build_index(input);
    let ix = Index::open(FileBytes::Owned(built.bytes), "block rnd: index".into()).unwrap();
    let patterns = ["", "x", "x.*", ".*", ".+", "x|", "y|z", "v0.*", "v01[0-9]", "xy|yz|", "[^x].*"];
    for round in 0..1500 {
        let k = rng.below(4) as usize;
        let ms: Vec<Matcher> = (0..k)
            .map(|_| {
                let t = [EQ, NEQ, RE, NRE][rng.below(4) as usize];
                let n = names[rng.below(4) as usize];
                let v = match t {
                    EQ | NEQ => values[rng.below(6) as usize].to_string(),
                    _ => patterns[rng.below(patterns.len() as u64) as usize].to_string(),
                };
                m(t, n, &v)
            })
            .collect();
        let got = postings_for_matchers(&ix, &ms).unwrap();
        assert_eq!(got, naive(&built.series, &ms), "round {round}: {ms:?}");
        assert_eq!(scanned(&ix, &ms), got, "round {round}, scan: {ms:?}");

        // Label names / values with the same matchers, against the definition.
        let selected: Vec<&Labels> = built.series.iter().filter(|s| got.contains(&s.0)).map(|s| &s.1).collect();
        let want_names: Vec<String> = selected.iter().flat_map(|l| l.iter().map(|p| p.0.clone())).collect::<BTreeSet<_>>().into_iter().collect();
        let want_names = if ms.is_empty() { label_names(&ix, &[]).unwrap() } else { want_names };
        assert_eq!(label_names(&ix, &ms).unwrap(), want_names, "round {round}");
        let name = names[rng.below(4) as usize];
        let want_values: Vec<String> = selected
            .iter()
            .filter_map(|l| l.iter().find(|p| p.0 == name).map(|p| p.1.clone()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        assert_eq!(label_values(&ix, name, &ms).unwrap(), want_values, "round {round}");
    }
}

#[test]
fn label_names_and_values_without_matchers() {
    let (ix, _) = fixture();
    assert_eq!(label_names(&ix, &[]).unwrap(), vec!["__name__", "env", "instance", "job"]);
    assert_eq!(label_values(&ix, "job", &[]).unwrap(), vec!["", "a", "b"]);
    assert_eq!(label_values(&ix, "__name__", &[]).unwrap(), vec!["down", "up"]);
    assert!(label_values(&ix, "nope", &[]).unwrap().is_empty());
    assert_eq!(label_values(&ix, "instance", &[m(EQ, "job", "b")]).unwrap(), vec!["1"]);
    assert_eq!(label_names(&ix, &[m(EQ, "env", "prod")]).unwrap(), vec!["__name__", "env"]);
}

#[test]
fn invalid_regex_is_invalid_argument() {
    let e = Matcher::new(RE, "job", "a(").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidArgument);
    let e = Matcher::from_code(7, "job", "a").unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidArgument);
}

fn u32le(b: &[u8], at: &mut usize) -> u32 {
    let v = u32::from_le_bytes(b[*at..*at + 4].try_into().unwrap());
    *at += 4;
    v
}

fn i64le(b: &[u8], at: &mut usize) -> i64 {
    let v = i64::from_le_bytes(b[*at..*at + 8].try_into().unwrap());
    *at += 8;
    v
}

#[test]
fn series_set_layout_and_time_filter() {
    let c = |a, b, r| ChunkMeta { min_time: a, max_time: b, chunk_ref: r };
    let built = build_index(vec![
        (labels(&[("a", "1")]), vec![c(-50, -1, 8), c(0, 99, 40), c(100, 199, 1 << 32 | 8)]),
        (labels(&[("a", "2"), ("b", "x")]), vec![c(500, 600, 70)]),
        (labels(&[("a", "3")]), vec![]),
    ]);
    let ix = Index::open(FileBytes::Owned(built.bytes), "block t: index".into()).unwrap();
    let refs: Vec<u32> = built.series.iter().map(|s| s.0).collect();

    let mut out = Vec::new();
    write_series_set(&ix, &refs, 99, 100, &mut out).unwrap();
    // Series 1: chunks 2 and 3 overlap [99,100] (inclusive ends); series 2 and 3 are omitted.
    let mut want = Vec::new();
    want.extend_from_slice(&refs[0].to_le_bytes());
    want.extend_from_slice(&1u32.to_le_bytes());
    for s in ["a", "1"] {
        want.extend_from_slice(&(s.len() as u32).to_le_bytes());
        want.extend_from_slice(s.as_bytes());
    }
    want.extend_from_slice(&2u32.to_le_bytes());
    for (a, b, r) in [(0i64, 99i64, 40u64), (100, 199, 1 << 32 | 8)] {
        want.extend_from_slice(&a.to_le_bytes());
        want.extend_from_slice(&b.to_le_bytes());
        want.extend_from_slice(&r.to_le_bytes());
    }
    assert_eq!(out, want);

    let mut out = Vec::new();
    write_series_set(&ix, &refs, i64::MIN, i64::MAX, &mut out).unwrap();
    let mut at = 0;
    let mut seen = Vec::new();
    while at < out.len() {
        let r = u32le(&out, &mut at);
        let nl = u32le(&out, &mut at);
        for _ in 0..nl * 2 {
            let n = u32le(&out, &mut at) as usize;
            at += n;
        }
        let nc = u32le(&out, &mut at);
        let mut mins = Vec::new();
        for _ in 0..nc {
            mins.push(i64le(&out, &mut at));
            at += 16;
        }
        seen.push((r, nl, mins));
    }
    assert_eq!(seen, vec![(refs[0], 1, vec![-50, 0, 100]), (refs[1], 2, vec![500])]);

    let mut out = Vec::new();
    write_series_set(&ix, &refs, 10, 5, &mut out).unwrap();
    assert!(out.is_empty(), "mint > maxt selects nothing");

    let e = write_series_set(&ix, &[1 << 30], 0, 1, &mut Vec::new()).unwrap_err();
    assert!(e.message.contains("block t: index"), "{}", e.message);
    assert_eq!(e.code, ErrorCode::InvalidArgument);
}
