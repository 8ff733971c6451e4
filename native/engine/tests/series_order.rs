//! Property test of the Series orderer (src/query/order.rs): random label sets over a small
//! alphabet (names sorting before and after `__name__`, names equal to external and replica
//! names), random external labels and replica names; the orderer's output must equal a full
//! sort of the final label sets, and its stack must stay within the label depth.
//! test/unit/series-order.test.ts is the TS twin.

use std::cmp::Ordering;

use storeapi_engine::query::order::{compare_labels, Label, LabelRewrite, Orderer};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const NAMES: &[&str] = &["A", "Z", "__name__", "a", "b", "instance", "region", "replica", "z"];
const VALUES: &[&str] = &["0", "1", "x"];
const EXT_NAMES: &[&str] = &["A", "a", "cluster", "region", "replica", "zz"];

fn random_labels(r: &mut Rng) -> Vec<Label> {
    let mut l: Vec<Label> = Vec::new();
    for n in NAMES {
        if r.below(3) == 0 {
            l.push((n.as_bytes().into(), VALUES[r.below(VALUES.len())].as_bytes().into()));
        }
    }
    l
}

/// Runs one random case; returns (special count, max stack depth).
fn run_case(seed: u64) -> (usize, usize) {
    let mut r = Rng(seed);
    let mut ext: Vec<(String, String)> = Vec::new();
    for n in EXT_NAMES {
        if r.below(3) == 0 {
            ext.push((n.to_string(), VALUES[r.below(VALUES.len())].to_string()));
        }
    }
    let mut replica: Vec<String> = Vec::new();
    for n in ["replica", "b", "a", "cluster"] {
        if r.below(3) == 0 {
            replica.push(n.to_string());
        }
    }
    let rw = LabelRewrite::new(&ext, &replica).unwrap();
    let n = 1 + r.below(200);
    let mut series: Vec<Vec<Label>> = (0..n).map(|_| random_labels(&mut r)).collect();
    series.sort_by(|a, b| compare_labels(a, b));
    series.dedup();

    let mut special = Vec::new();
    let mut plain = Vec::new();
    for s in &series {
        if s.iter().any(|(n, _)| rw.is_special_name(n)) {
            special.push((rw.final_labels(s), s.clone()));
        } else {
            plain.push(s.clone());
        }
    }
    let n_special = special.len();
    let mut o = Orderer::new(special);
    let mut got: Vec<Vec<Label>> = Vec::new();
    for s in plain {
        // The cursor's path for plain series; the same set as the general rewrite.
        let fin = rw.plain_final_labels(s.clone());
        assert_eq!(fin, rw.final_labels(&s), "seed {seed}: plain rewrite of {s:?}");
        o.push(fin, s);
        while let Some((f, _)) = o.pop() {
            got.push(f);
        }
    }
    o.finish();
    while let Some((f, _)) = o.pop() {
        got.push(f);
    }

    let mut want: Vec<Vec<Label>> = series.iter().map(|s| rw.final_labels(s)).collect();
    want.sort_by(|a, b| compare_labels(a, b));
    assert_eq!(got.len(), want.len(), "seed {seed}: series count");
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(compare_labels(g, w), Ordering::Equal, "seed {seed}: position {i}: got {g:?} want {w:?}");
    }
    assert!(o.max_depth() <= NAMES.len() + 1, "seed {seed}: stack depth {}", o.max_depth());
    (n_special, o.max_depth())
}

#[test]
fn orderer_matches_full_sort() {
    let mut with_special = 0;
    let mut deep = 0;
    for seed in 0..3000 {
        let (s, d) = run_case(seed);
        with_special += usize::from(s > 0);
        deep += usize::from(d > 1);
    }
    // The generator must exercise both mechanisms.
    assert!(with_special > 500, "only {with_special} cases had special series");
    assert!(deep > 500, "only {deep} cases held a prefix series");
}

#[test]
fn final_labels_override_and_remove() {
    let rw = LabelRewrite::new(
        &[("region".into(), "eu".into()), ("replica".into(), "r1".into())],
        &["replica".into(), "pod".into()],
    )
    .unwrap();
    let own: Vec<Label> = vec![
        (b"__name__"[..].into(), b"up"[..].into()),
        (b"pod"[..].into(), b"p"[..].into()),
        (b"region"[..].into(), b"us"[..].into()),
    ];
    let fin = rw.final_labels(&own);
    let want: Vec<Label> = vec![(b"__name__"[..].into(), b"up"[..].into()), (b"region"[..].into(), b"eu"[..].into())];
    assert_eq!(fin, want);
    assert!(rw.is_special_name(b"pod") && rw.is_special_name(b"region") && !rw.is_special_name(b"__name__"));
    assert!(LabelRewrite::new(&[("a".into(), "1".into()), ("a".into(), "2".into())], &[]).is_err());
}

#[test]
fn prefix_series_moves_after_its_extensions() {
    // The DESIGN.md example: with external replica="r", foo{instance="x"} < foo{}.
    let rw = LabelRewrite::new(&[("replica".into(), "r".into())], &[]).unwrap();
    let foo: Vec<Label> = vec![(b"__name__"[..].into(), b"foo"[..].into())];
    let mut foo_x = foo.clone();
    foo_x.push((b"instance"[..].into(), b"x"[..].into()));
    let mut o = Orderer::new(Vec::new());
    o.push(rw.final_labels(&foo), "foo");
    assert!(o.pop().is_none(), "foo{{}} must be held");
    o.push(rw.final_labels(&foo_x), "foo_x");
    o.finish();
    let order: Vec<&str> = std::iter::from_fn(|| o.pop().map(|(_, t)| t)).collect();
    assert_eq!(order, vec!["foo_x", "foo"]);
}
