//! The head as one more source of a Series request: HeadSeriesSet parsing refuses bad bytes with
//! INVALID_ARGUMENT (never a panic), a head-only request sends the head's chunks as given (only
//! those overlapping [mint, maxt]), float chunks overlapping a block's are merged with the block
//! winning ties, and a histogram head chunk overlapping a block's histogram chunk is kept (the
//! head's samples are in no block; merge.rs).

use std::borrow::Cow;

use storeapi_engine::chunkenc::chunk::{ENC_HISTOGRAM, ENC_XOR};
use storeapi_engine::chunkenc::xor::{decode_xor, XorAppender};
use storeapi_engine::query::head::HeadSet;
use storeapi_engine::query::merge::{merge_chunks, SrcChunk, HEAD_SOURCE};
use storeapi_engine::query::series_query::{SeriesCursor, SeriesQuery};
use storeapi_engine::query::{MatchType, Matcher};
use storeapi_engine::ErrorCode;

fn xor(samples: &[(i64, f64)]) -> Vec<u8> {
    let mut a = XorAppender::new();
    for &(t, v) in samples {
        a.append(t, v.to_bits());
    }
    a.finish()
}

/// One HeadSeriesSet record.
fn record(out: &mut Vec<u8>, labels: &[(&str, &str)], chunks: &[(i64, i64, u8, &[u8])]) {
    out.extend_from_slice(&(labels.len() as u32).to_le_bytes());
    for (n, v) in labels {
        out.extend_from_slice(&(n.len() as u32).to_le_bytes());
        out.extend_from_slice(n.as_bytes());
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
        out.extend_from_slice(v.as_bytes());
    }
    out.extend_from_slice(&(chunks.len() as u32).to_le_bytes());
    for (lo, hi, enc, data) in chunks {
        out.extend_from_slice(&lo.to_le_bytes());
        out.extend_from_slice(&hi.to_le_bytes());
        out.push(*enc);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(data);
    }
}

fn query(mint: i64, maxt: i64) -> SeriesQuery {
    SeriesQuery {
        mint,
        maxt,
        matchers: vec![Matcher::new(MatchType::Regexp, "__name__", ".+").unwrap()],
        skip_chunks: false,
        external_labels: vec![("replica".into(), "r".into())],
        without_replica_labels: vec![],
        shard: None,
        batch_size: 0,
        chunk_hashes: false,
    }
}

#[test]
fn bad_head_bytes_are_invalid_argument() {
    let c = xor(&[(10, 1.0), (20, 2.0)]);
    let mut good = Vec::new();
    record(&mut good, &[("__name__", "a")], &[(10, 20, ENC_XOR, &c)]);
    record(&mut good, &[("__name__", "b")], &[(10, 20, ENC_XOR, &c)]);
    assert_eq!(HeadSet::parse(good.clone()).unwrap().series.len(), 2);
    for cut in 1..good.len() {
        if cut == good.len() / 2 {
            continue; // a record boundary: a valid one-series set
        }
        let e = HeadSet::parse(good[..cut].to_vec()).err();
        assert_eq!(e.map(|e| e.code), Some(ErrorCode::InvalidArgument), "cut at {cut}");
    }
    let mut twice = good.clone();
    twice.extend_from_slice(&good);
    assert_eq!(HeadSet::parse(twice).unwrap_err().code, ErrorCode::InvalidArgument);
    let mut unsorted_labels = Vec::new();
    record(&mut unsorted_labels, &[("z", "1"), ("a", "1")], &[(10, 20, ENC_XOR, &c)]);
    assert_eq!(HeadSet::parse(unsorted_labels).unwrap_err().code, ErrorCode::InvalidArgument);
    let mut huge = good.clone();
    huge[..4].copy_from_slice(&u32::MAX.to_le_bytes());
    assert_eq!(HeadSet::parse(huge).unwrap_err().code, ErrorCode::InvalidArgument);
    assert!(SeriesCursor::with_head(vec![], query(0, 100), Some(good[..7].to_vec())).is_err());
}

#[test]
fn head_only_request_sends_chunks_in_range() {
    let c1 = xor(&[(10, 1.0), (20, 2.0)]);
    let c2 = xor(&[(200, 3.0)]);
    let mut set = Vec::new();
    record(&mut set, &[("__name__", "a")], &[(10, 20, ENC_XOR, &c1), (200, 200, ENC_XOR, &c2)]);
    record(&mut set, &[("__name__", "b")], &[(200, 200, ENC_XOR, &c2)]);
    let mut cur = SeriesCursor::with_head(vec![], query(0, 100), Some(set)).unwrap();
    let frames = cur.next(1 << 20).unwrap();
    assert!(cur.next(1 << 20).unwrap().is_empty());
    let st = cur.stats();
    // Only {__name__="a"} has a chunk in [0, 100], and only that chunk is sent.
    assert_eq!((st.series, st.chunks, st.samples), (1, 1, 2));
    assert!(frames.windows(c1.len()).any(|w| w == c1.as_slice()), "the head chunk is sent as given");
    assert!(frames.windows(1).any(|w| w == b"r"), "external labels are added to head series");
}

#[test]
fn head_chunks_merge_after_blocks() {
    // Float: overlapping block and head chunks merge by timestamp; the block wins the tie at 20.
    let block = xor(&[(10, 1.0), (20, 2.0)]);
    let head = xor(&[(20, 99.0), (30, 3.0)]);
    let mut out = Vec::new();
    merge_chunks(
        &mut vec![
            SrcChunk { block: 0, min_time: 10, max_time: 20, encoding: ENC_XOR, data: &block, deleted: &[] },
            SrcChunk { block: HEAD_SOURCE, min_time: 20, max_time: 30, encoding: ENC_XOR, data: &head, deleted: &[] },
        ],
        &mut out,
    )
    .unwrap();
    assert_eq!(out.len(), 1);
    let mut raw = Vec::new();
    decode_xor(&out[0].data, &mut raw).unwrap();
    let got: Vec<(i64, f64)> = raw
        .chunks_exact(16)
        .map(|r| (i64::from_le_bytes(r[..8].try_into().unwrap()), f64::from_bits(u64::from_le_bytes(r[8..].try_into().unwrap()))))
        .collect();
    assert_eq!(got, vec![(10, 1.0), (20, 2.0), (30, 3.0)]);
    // Histogram: a straddling head chunk that could not be cut is kept next to the block's.
    let ha = [0u8, 3, 0, 1, 2, 3];
    let hb = [0u8, 2, 0, 9, 9];
    let mut out = Vec::new();
    merge_chunks(
        &mut vec![
            SrcChunk { block: 0, min_time: 0, max_time: 100, encoding: ENC_HISTOGRAM, data: &ha, deleted: &[] },
            SrcChunk { block: 1, min_time: 50, max_time: 90, encoding: ENC_HISTOGRAM, data: &hb, deleted: &[] },
            SrcChunk { block: HEAD_SOURCE, min_time: 90, max_time: 150, encoding: ENC_HISTOGRAM, data: &hb, deleted: &[] },
        ],
        &mut out,
    )
    .unwrap();
    let kept: Vec<(i64, Cow<'_, [u8]>)> = out.into_iter().map(|c| (c.min_time, c.data)).collect();
    assert_eq!(kept, vec![(0, Cow::Borrowed(&ha[..])), (90, Cow::Borrowed(&hb[..]))]);
}
