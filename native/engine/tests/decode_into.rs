//! `decode_chunks_into` (decoding into a caller-owned buffer) against `decode_chunks`: the same
//! bytes for every golden chunk of every encoding and every chunk of the fixture blocks,
//! `decoded_size` a bound that always fits (exact for float chunks), a too-small buffer refused
//! with INVALID_ARGUMENT and never written past its end, and one buffer reused across calls.

use std::path::PathBuf;

use serde_json::Value;
use storeapi_engine::chunkenc::{decode_chunks, decode_chunks_into, decoded_size};
use storeapi_engine::tsdb::{Block, SeriesRef};
use storeapi_engine::ErrorCode;

/// One ChunkList per golden file (all its cases' chunks) plus its encoding.
fn golden_lists() -> Vec<(String, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut out = Vec::new();
    for name in ["xor.json", "xor2.json", "histogram.json", "float_histogram.json"] {
        let v: Value = serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap();
        let enc = v["encoding"].as_u64().unwrap() as u8;
        let mut list = Vec::new();
        for case in v["cases"].as_array().unwrap() {
            for c in case["chunks"].as_array().unwrap() {
                let hex = c["data"].as_str().unwrap();
                let data: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
                list.push(enc);
                list.extend_from_slice(&(data.len() as u32).to_le_bytes());
                list.extend_from_slice(&data);
            }
        }
        out.push((name.to_string(), list));
    }
    out
}

/// Every chunk of every fixture block, one ChunkList per block.
fn fixture_lists() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/fixtures/blocks");
    let mut dirs = Vec::new();
    for set in std::fs::read_dir(&root).unwrap() {
        let set = set.unwrap().path();
        if set.is_dir() {
            for b in std::fs::read_dir(&set).unwrap() {
                let b = b.unwrap().path();
                if b.join("meta.json").is_file() {
                    dirs.push(b);
                }
            }
        }
    }
    dirs.sort();
    let mut out = Vec::new();
    for dir in dirs {
        let d = dir.to_str().unwrap().to_string();
        let b = Block::open(&d).unwrap();
        let (mut lbls, mut chks) = (Vec::new(), Vec::new());
        let mut refs = Vec::new();
        for r in b.postings(&[]).unwrap() {
            b.index().series(SeriesRef(r), &mut lbls, &mut chks).unwrap();
            for c in &chks {
                refs.extend_from_slice(&c.chunk_ref.to_le_bytes());
            }
        }
        out.push((d, b.chunks(&refs).unwrap()));
    }
    out
}

fn encodings(list: &[u8]) -> Vec<u8> {
    let mut encs = Vec::new();
    let mut at = 0;
    while at < list.len() {
        if !encs.contains(&list[at]) {
            encs.push(list[at]);
        }
        at += 5 + u32::from_le_bytes(list[at + 1..at + 5].try_into().unwrap()) as usize;
    }
    encs.sort();
    encs
}

fn is_float_only(list: &[u8]) -> bool {
    encodings(list).iter().all(|&e| e == 1 || e == 4)
}

#[test]
fn into_equals_decode_chunks_on_golden_and_fixture_chunks() {
    let mut seen = Vec::new();
    for (name, list) in golden_lists().into_iter().chain(fixture_lists()) {
        let want = decode_chunks(&list).unwrap_or_else(|e| panic!("{name}: {e}"));
        let bound = decoded_size(&list) as usize;
        assert!(bound >= want.len(), "{name}: decoded_size {bound} < {}", want.len());
        if is_float_only(&list) {
            assert_eq!(bound, want.len(), "{name}: decoded_size of float chunks is exact");
        }
        let mut out = vec![0xee; bound + 3];
        let n = decode_chunks_into(&list, &mut out).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(n, want.len(), "{name}: bytes written");
        assert!(out[..n] == want[..], "{name}: decode_chunks_into differs from decode_chunks");
        assert!(out[n..].iter().all(|&b| b == 0xee), "{name}: wrote past the SampleSet");
        // An exactly-sized buffer is enough even when the bound is loose (histograms).
        let mut exact = vec![0u8; want.len()];
        assert_eq!(decode_chunks_into(&list, &mut exact).unwrap(), want.len(), "{name}");
        assert!(exact == want, "{name}: exact-size buffer");
        seen.extend(encodings(&list));
    }
    seen.sort();
    seen.dedup();
    assert_eq!(seen, vec![1, 2, 3, 4], "every chunk encoding is covered");
}

#[test]
fn too_small_buffer_is_refused_without_writing_past_its_end() {
    for (name, list) in golden_lists() {
        let want = decode_chunks(&list).unwrap();
        // Every size short of the SampleSet, on a small prefix of it (the cut points cross
        // entry headers, float records and histogram records alike), and a few large ones.
        let sizes: Vec<usize> = (0..want.len().min(600)).chain([want.len() / 2, want.len() - 1]).collect();
        for cap in sizes {
            let mut buf = vec![0x5au8; cap + 64];
            let (out, guard) = buf.split_at_mut(cap);
            let e = decode_chunks_into(&list, out).expect_err(&format!("{name}: cap {cap} accepted"));
            assert_eq!(e.code, ErrorCode::InvalidArgument, "{name}: cap {cap}: {e}");
            assert!(e.message.contains(&format!("output buffer of {cap} bytes is too small")), "{name}: {e}");
            assert!(e.message.contains(&format!("at most {} bytes", decoded_size(&list))), "{name}: {e}");
            assert!(guard.iter().all(|&b| b == 0x5a), "{name}: cap {cap}: wrote past the buffer");
        }
    }
}

#[test]
fn one_buffer_reused_across_calls() {
    let lists = golden_lists();
    let size = lists.iter().map(|(_, l)| decoded_size(l) as usize).max().unwrap();
    let mut buf = vec![0u8; size];
    // Large then small then large again: stale bytes of a longer earlier result never leak
    // into the reported length.
    for (name, list) in lists.iter().chain(lists.iter().rev()) {
        let want = decode_chunks(list).unwrap();
        let n = decode_chunks_into(list, &mut buf).unwrap();
        assert_eq!(&buf[..n], &want[..], "{name}");
    }
    assert_eq!(decode_chunks_into(&[], &mut buf).unwrap(), 0);
    assert_eq!(decode_chunks_into(&[], &mut []).unwrap(), 0);
}

#[test]
fn errors_match_decode_chunks_when_the_buffer_fits() {
    // Malformed lists: the same error as decode_chunks, not a size complaint.
    let bad: [&[u8]; 4] = [&[1, 9, 0, 0, 0, 0], &[1, 0, 0], &[7, 2, 0, 0, 0, 0, 0], &[1, 2, 0, 0, 0, 0, 9]];
    for list in bad {
        let want = decode_chunks(list).unwrap_err();
        let mut buf = vec![0u8; 1 << 16];
        let got = decode_chunks_into(list, &mut buf).unwrap_err();
        assert_eq!((got.code, &got.message), (want.code, &want.message), "{list:?}");
        // decoded_size never panics on them and stays small.
        assert!(decoded_size(list) < 1 << 21, "{list:?}");
    }
}
