//! The chunks of one series across blocks (src/query/merge.rs): overlapping float chunks are
//! merged by timestamp with the earlier block winning, partly deleted float chunks lose exactly
//! their deleted samples, XOR2 is re-encoded as XOR, and the documented histogram rules hold
//! (partly deleted histogram chunk dropped; in an overlapping group with a histogram chunk only
//! the earliest block's chunks are kept).

use std::borrow::Cow;

use storeapi_engine::chunkenc::chunk::{ENC_HISTOGRAM, ENC_XOR, ENC_XOR2};
use storeapi_engine::chunkenc::xor::{decode_xor, XorAppender};
use storeapi_engine::chunkenc::xor2::decode_xor2;
use storeapi_engine::query::merge::{merge_chunks, OutChunk, SrcChunk};

fn xor(samples: &[(i64, f64)]) -> Vec<u8> {
    let mut a = XorAppender::new();
    for &(t, v) in samples {
        a.append(t, v.to_bits());
    }
    a.finish()
}

fn src<'a>(block: usize, s: &[(i64, f64)], data: &'a [u8], deleted: &'a [(i64, i64)]) -> SrcChunk<'a> {
    SrcChunk { block, min_time: s[0].0, max_time: s[s.len() - 1].0, encoding: ENC_XOR, data, deleted }
}

fn samples_of(out: &[OutChunk<'_>]) -> Vec<(i64, f64)> {
    let mut all = Vec::new();
    for c in out {
        assert_eq!(c.encoding, ENC_XOR);
        let mut raw = Vec::new();
        let n = decode_xor(&c.data, &mut raw).unwrap();
        assert!(n as usize <= 120, "at most 120 samples per re-encoded chunk");
        let s: Vec<(i64, f64)> = raw
            .chunks_exact(16)
            .map(|r| (i64::from_le_bytes(r[..8].try_into().unwrap()), f64::from_bits(u64::from_le_bytes(r[8..].try_into().unwrap()))))
            .collect();
        assert_eq!((c.min_time, c.max_time), (s[0].0, s[s.len() - 1].0), "chunk bounds are its first and last sample");
        all.extend(s);
    }
    all
}

#[test]
fn lone_chunks_pass_through_unchanged() {
    let a: Vec<(i64, f64)> = (0..10).map(|i| (i * 10, i as f64)).collect();
    let b: Vec<(i64, f64)> = (20..30).map(|i| (i * 10, i as f64)).collect();
    let (da, db) = (xor(&a), xor(&b));
    let mut out = Vec::new();
    merge_chunks(&mut vec![src(1, &b, &db, &[]), src(0, &a, &da, &[])], &mut out).unwrap();
    assert_eq!(out.len(), 2);
    assert!(matches!(out[0].data, Cow::Borrowed(_)) && matches!(out[1].data, Cow::Borrowed(_)));
    assert_eq!(out[0].data.as_ref(), da.as_slice(), "sorted by min time");
}

#[test]
fn overlapping_float_chunks_merge_and_earlier_block_wins() {
    // Block 0 every 10 ms, block 1 (out of order) every 5 ms offset, sharing every 10 ms point.
    let a: Vec<(i64, f64)> = (0..300).map(|i| (i * 10, 1.0)).collect();
    let b: Vec<(i64, f64)> = (0..200).map(|i| (1300 + i * 5, 2.0)).collect();
    let (da1, da2, da3, db) = (xor(&a[..120]), xor(&a[120..240]), xor(&a[240..]), xor(&b));
    let mut out = Vec::new();
    merge_chunks(
        &mut vec![
            src(0, &a[..120], &da1, &[]),
            src(0, &a[120..240], &da2, &[]),
            src(0, &a[240..], &da3, &[]),
            src(1, &b, &db, &[]),
        ],
        &mut out,
    )
    .unwrap();
    let got = samples_of(&out[1..out.len() - 1]);
    let mut want: Vec<(i64, f64)> = a.clone();
    for s in &b {
        if s.0 % 10 != 0 {
            want.push(*s);
        }
    }
    want.sort_by_key(|s| s.0);
    // The first and last chunks of block 0 do not overlap block 1 and pass through unchanged.
    assert!(matches!(out[0].data, Cow::Borrowed(_)) && matches!(out[out.len() - 1].data, Cow::Borrowed(_)));
    let mut all = samples_of(&out[..1]);
    all.extend(got);
    all.extend(samples_of(&out[out.len() - 1..]));
    assert_eq!(all, want);
}

#[test]
fn partly_deleted_float_chunk_loses_exactly_the_deleted_samples() {
    let a: Vec<(i64, f64)> = (0..100).map(|i| (i * 10, i as f64)).collect();
    let da = xor(&a);
    let deleted = [(200, 300), (905, 990)];
    let mut out = Vec::new();
    merge_chunks(&mut vec![src(0, &a, &da, &deleted)], &mut out).unwrap();
    let want: Vec<(i64, f64)> =
        a.iter().copied().filter(|&(t, _)| !deleted.iter().any(|&(lo, hi)| t >= lo && t <= hi)).collect();
    assert_eq!(samples_of(&out), want);
}

#[test]
fn histogram_rules() {
    let hist_a = vec![0u8, 3, 0, 1, 2, 3]; // never decoded: only passed through or dropped
    let hist_b = vec![0u8, 2, 0, 9, 9];
    let mk = |block, min_time, max_time, data: &'static [u8], deleted: &'static [(i64, i64)]| SrcChunk {
        block,
        min_time,
        max_time,
        encoding: ENC_HISTOGRAM,
        data,
        deleted,
    };
    let ha: &'static [u8] = Box::leak(hist_a.into_boxed_slice());
    let hb: &'static [u8] = Box::leak(hist_b.into_boxed_slice());
    // Partly deleted: dropped. Not deleted: as stored.
    let mut out = Vec::new();
    merge_chunks(&mut vec![mk(0, 0, 100, ha, &[(50, 60)])], &mut out).unwrap();
    assert!(out.is_empty());
    merge_chunks(&mut vec![mk(0, 0, 100, ha, &[(101, 200)])], &mut out).unwrap();
    assert_eq!(out.len(), 1);
    // Overlap with a later block: only block 0's chunks of the group; later groups unaffected.
    let mut out = Vec::new();
    merge_chunks(&mut vec![mk(0, 0, 100, ha, &[]), mk(1, 50, 150, hb, &[]), mk(1, 200, 300, hb, &[])], &mut out).unwrap();
    assert_eq!(out.iter().map(|c| (c.min_time, c.data.as_ref())).collect::<Vec<_>>(), vec![(0, ha), (200, hb)]);
    // The earliest block wins even when its chunk starts later.
    let mut out = Vec::new();
    merge_chunks(&mut vec![mk(0, 50, 150, hb, &[]), mk(1, 0, 100, ha, &[])], &mut out).unwrap();
    assert_eq!(out.iter().map(|c| c.min_time).collect::<Vec<_>>(), vec![50]);
}

#[test]
fn xor2_is_reencoded_as_xor() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/xor2.json")).unwrap();
    let j: serde_json::Value = serde_json::from_str(&text).unwrap();
    let hex = j["cases"][0]["chunks"][0]["data"].as_str().unwrap();
    let data: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
    let mut raw = Vec::new();
    decode_xor2(&data, &mut raw).unwrap();
    let want: Vec<(i64, f64)> = raw
        .chunks_exact(16)
        .map(|r| (i64::from_le_bytes(r[..8].try_into().unwrap()), f64::from_bits(u64::from_le_bytes(r[8..].try_into().unwrap()))))
        .collect();
    let c = SrcChunk { block: 0, min_time: want[0].0, max_time: want[want.len() - 1].0, encoding: ENC_XOR2, data: &data, deleted: &[] };
    let mut out = Vec::new();
    merge_chunks(&mut vec![c], &mut out).unwrap();
    let got = samples_of(&out);
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!((g.0, g.1.to_bits()), (w.0, w.1.to_bits()));
    }
}
