//! SeriesCursor on test-built blocks (tests/blockgen): final label order with external labels,
//! collisions and replica removal across two blocks equals a full sort; series present in both
//! blocks come out once; a chunk lying wholly inside a deleted interval, or belonging to a series
//! another shard owns, is never read (its CRC is broken on purpose).

mod blockgen;

use std::sync::Arc;

use blockgen::{build_index, build_segment, labels, meta_json, write_block, Labels, RemoveOnDrop, Rng};
use storeapi_engine::chunkenc::xor::XorAppender;
use storeapi_engine::encoding::{crc32c, put_uvarint, put_varint};
use storeapi_engine::query::order::{compare_labels, Label, LabelRewrite};
use storeapi_engine::query::series_query::{Filled, SeriesCursor, SeriesQuery};
use storeapi_engine::query::shard::{ShardFilter, ShardSpec};
use storeapi_engine::tsdb::{Block, BlockChunkRef, ChunkMeta};
use storeapi_engine::ErrorCode;

fn xor_chunk(t0: i64) -> Vec<u8> {
    let mut a = XorAppender::new();
    for i in 0..5 {
        a.append(t0 + i * 10, (i as f64).to_bits());
    }
    a.finish()
}

/// A block whose every series has one XOR chunk at [t0, t0+40]; `corrupt` names series whose
/// chunk CRC is broken; `stones` are (labels, mint, maxt) deleted intervals.
fn block(tag: &str, series: &[Labels], t0: i64, corrupt: &[Labels], stones: &[(Labels, i64, i64)]) -> Arc<Block> {
    let chunks: Vec<(u8, Vec<u8>)> = series.iter().map(|_| (1u8, xor_chunk(t0))).collect();
    let (mut seg, offs) = build_segment(&chunks);
    let entries: Vec<(Labels, Vec<ChunkMeta>)> = series
        .iter()
        .zip(&offs)
        .map(|(l, &o)| (l.clone(), vec![ChunkMeta { min_time: t0, max_time: t0 + 40, chunk_ref: BlockChunkRef::pack(0, o).0 }]))
        .collect();
    for (l, &o) in series.iter().zip(&offs) {
        if corrupt.contains(l) {
            let at = o as usize + 4; // inside the chunk data: the CRC no longer matches
            seg[at] ^= 0xff;
        }
    }
    let ix = build_index(entries);
    let dir = write_block(tag, &meta_json(series.len()), &ix.bytes, &[(0, seg)]);
    let mut body = Vec::new();
    for (l, lo, hi) in stones {
        let r = ix.series.iter().find(|s| &s.1 == l).unwrap().0;
        put_uvarint(&mut body, u64::from(r));
        put_varint(&mut body, *lo);
        put_varint(&mut body, *hi);
    }
    let mut f = 0x0130_BA30u32.to_be_bytes().to_vec();
    f.push(1);
    f.extend_from_slice(&body);
    f.extend_from_slice(&crc32c(&body).to_be_bytes());
    std::fs::write(dir.join("tombstones"), f).unwrap();
    Arc::new(Block::open(dir.to_str().unwrap()).unwrap())
}

/// The blocks' directories, removed when the guard drops.
fn scratch(blocks: &[&Arc<Block>]) -> RemoveOnDrop {
    RemoveOnDrop(blocks.iter().map(|b| b.dir().into()).collect())
}

fn query() -> SeriesQuery {
    SeriesQuery {
        mint: 0,
        maxt: 999,
        matchers: Vec::new(),
        skip_chunks: false,
        external_labels: Vec::new(),
        without_replica_labels: Vec::new(),
        shard: None,
        batch_size: 0,
        chunk_hashes: false,
    }
}

fn varint(b: &[u8], at: &mut usize) -> u64 {
    let (mut x, mut s) = (0u64, 0);
    loop {
        let c = b[*at];
        *at += 1;
        x |= u64::from(c & 0x7f) << s;
        if c < 0x80 {
            return x;
        }
        s += 7;
    }
}

/// (field, payload) of each length-delimited field of a message (others skipped).
fn fields(b: &[u8]) -> Vec<(u64, &[u8])> {
    let (mut at, mut out) = (0, Vec::new());
    while at < b.len() {
        let k = varint(b, &mut at);
        match k & 7 {
            0 => {
                varint(b, &mut at);
            }
            2 => {
                let n = varint(b, &mut at) as usize;
                out.push((k >> 3, &b[at..at + n]));
                at += n;
            }
            w => panic!("wire type {w}"),
        }
    }
    out
}

/// Final label sets and chunk counts of every series in single-series frames.
fn run(blocks: &[Arc<Block>], q: SeriesQuery) -> storeapi_engine::Result<Vec<(Vec<Label>, usize)>> {
    let mut c = SeriesCursor::new(blocks.to_vec(), q)?;
    let mut out = Vec::new();
    loop {
        let f = c.next(1 << 12)?;
        if f.is_empty() {
            break;
        }
        let mut at = 0;
        while at < f.len() {
            assert_eq!(f[at], 0, "compression flag");
            let n = u32::from_be_bytes(f[at + 1..at + 5].try_into().unwrap()) as usize;
            let resp = &f[at + 5..at + 5 + n];
            at += 5 + n;
            let (field, series) = fields(resp)[0];
            assert_eq!(field, 1, "single-series frames");
            let mut l = Vec::new();
            let mut chunks = 0;
            for (sf, p) in fields(series) {
                if sf == 1 {
                    let kv = fields(p);
                    l.push((kv[0].1.into(), kv[1].1.into()));
                } else {
                    chunks += 1;
                }
            }
            out.push((l, chunks));
        }
    }
    assert_eq!(c.stats().series as usize, out.len());
    Ok(out)
}

fn random_series(r: &mut Rng, n: usize) -> Vec<Labels> {
    let names = ["A", "__name__", "a", "instance", "job", "replica", "z"];
    let mut out: Vec<Labels> = (0..n)
        .map(|_| {
            let mut l: Vec<(&str, &str)> = Vec::new();
            for nm in names {
                if r.below(2) == 0 {
                    l.push((nm, ["0", "1"][r.below(2) as usize]));
                }
            }
            if l.is_empty() {
                l.push(("__name__", "x"));
            }
            labels(&l)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn order_across_blocks_equals_full_sort() {
    for seed in 0..20 {
        let mut r = Rng::new(seed);
        let s1 = random_series(&mut r, 60);
        let s2 = random_series(&mut r, 60);
        let blocks = vec![block("ord-a", &s1, 0, &[], &[]), block("ord-b", &s2, 100, &[], &[])];
        let _scratch = scratch(&[&blocks[0], &blocks[1]]);
        let ext = vec![("job".to_string(), "e".to_string()), ("region".to_string(), "eu".to_string())];
        let rep = vec!["instance".to_string(), "replica".to_string()];
        let got = run(&blocks, SeriesQuery { external_labels: ext.clone(), without_replica_labels: rep.clone(), ..query() }).unwrap();

        let rw = LabelRewrite::new(&ext, &rep).unwrap();
        let mut union: Vec<Labels> = s1.iter().chain(&s2).cloned().collect();
        union.sort();
        union.dedup();
        let as_bytes = |l: &Labels| -> Vec<Label> { l.iter().map(|(n, v)| (n.as_bytes().into(), v.as_bytes().into())).collect() };
        let mut want: Vec<(Vec<Label>, usize)> = union
            .iter()
            .map(|l| (rw.final_labels(&as_bytes(l)), usize::from(s1.contains(l)) + usize::from(s2.contains(l))))
            .collect();
        want.sort_by(|a, b| compare_labels(&a.0, &b.0).then(a.1.cmp(&b.1)));
        let mut got_sorted = got.clone();
        // Same sequence of final sets; among equal sets compare as multisets of chunk counts.
        got_sorted.sort_by(|a, b| compare_labels(&a.0, &b.0).then(a.1.cmp(&b.1)));
        assert_eq!(got_sorted, want, "seed {seed}");
        for w in got.windows(2) {
            assert!(compare_labels(&w[0].0, &w[1].0).is_le(), "seed {seed}: out of order");
        }
    }
}

/// Label values that come back at their position after others (a namespace cycling along the
/// pods), names at shifted positions (an optional label) and more symbols than the block
/// reader's memo of recent symbols has slots: every series keeps exactly its own labels.
#[test]
fn recurring_values_and_shifted_names_keep_their_labels() {
    let ns = ["default", "payments", "search", "checkout", "auth", "monitoring", "ingest", "billing"];
    let code = ["200", "404", "500", "503", "201"];
    let mut series: Vec<Labels> = (0..900)
        .map(|k| {
            let pod = format!("{}-{k:05}", ns[k % ns.len()]);
            let mut l = vec![("__name__", "m"), ("namespace", ns[k % ns.len()]), ("pod", pod.as_str()), ("zone", code[k % code.len()])];
            if k % 3 == 0 {
                l.push(("code", code[(k / 3) % code.len()]));
            }
            labels(&l)
        })
        .collect();
    series.sort();
    let b = block("recent-syms", &series, 0, &[], &[]);
    let _scratch = scratch(&[&b]);
    let got = run(&[b.clone()], query()).unwrap();
    let want: Vec<(Vec<Label>, usize)> =
        series.iter().map(|l| (l.iter().map(|(n, v)| (n.as_bytes().into(), v.as_bytes().into())).collect(), 1)).collect();
    assert_eq!(got, want);
}

#[test]
fn deleted_and_other_shard_chunks_are_never_read() {
    let s = vec![labels(&[("__name__", "m"), ("i", "1")]), labels(&[("__name__", "m"), ("i", "2")])];
    let bad = s[1].clone();
    // Wholly deleted: never read, so its broken CRC does not matter; the series is omitted.
    let b = block("del", &s, 0, &[bad.clone()], &[(bad.clone(), -5, 50)]);
    let got = run(&[b.clone()], query()).unwrap();
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].1, 1);
    // Not deleted: reading it fails with CORRUPT_BLOCK naming the block.
    let b2 = block("nodel", &s, 0, &[bad.clone()], &[]);
    let _scratch = scratch(&[&b, &b2]);
    let err = run(&[b2.clone()], query()).unwrap_err();
    assert_eq!(err.code, ErrorCode::CorruptBlock);
    assert!(err.message.contains(b2.dir()), "{}", err.message);
    // Sharded: only the shard owning the broken series reads its chunk.
    let fin: Vec<Label> = bad.iter().map(|(n, v)| (n.as_bytes().into(), v.as_bytes().into())).collect();
    for i in 0..3 {
        let spec = ShardSpec { shard_index: i, total_shards: 3, by: false, labels: Vec::new() };
        let owns = ShardFilter::new(Some(&spec)).unwrap().keep(&fin);
        assert_eq!(run(&[b2.clone()], SeriesQuery { shard: Some(spec), ..query() }).is_ok(), !owns, "shard {i}");
    }
    // skip_chunks reads no chunk at all.
    assert_eq!(run(&[b2], SeriesQuery { skip_chunks: true, ..query() }).unwrap().len(), 2);
}

/// Whole frames only: every gRPC prefix's length lands exactly on the end.
fn assert_whole_frames(f: &[u8]) {
    let mut at = 0;
    while at < f.len() {
        assert_eq!(f[at], 0, "compression flag");
        at += 5 + u32::from_be_bytes(f[at + 1..at + 5].try_into().unwrap()) as usize;
    }
    assert_eq!(at, f.len(), "frames end mid-frame");
}

/// `next_into` writes the same bytes as `next`, over every mix of buffer room, byte target,
/// batch size and skip_chunks: from rooms too small for any frame (every call lent) through
/// rooms that stop calls early (the held series comes first in the next call) to rooms that
/// hold everything. Each call's part is whole frames; the stats agree.
#[test]
fn next_into_writes_the_same_stream_as_next() {
    let mut r = Rng::new(77);
    let s1 = random_series(&mut r, 90);
    let s2 = random_series(&mut r, 90);
    let blocks = vec![block("into-a", &s1, 0, &[], &[]), block("into-b", &s2, 100, &[], &[])];
    let _scratch = scratch(&[&blocks[0], &blocks[1]]);
    let ext = vec![("job".to_string(), "e".to_string())];
    let (mut into_calls, mut lent_calls) = (0, 0);
    for batch_size in [0u32, 1, 3, 64] {
        for skip_chunks in [false, true] {
            let q = SeriesQuery { batch_size, skip_chunks, chunk_hashes: true, external_labels: ext.clone(), ..query() };
            let mut want = Vec::new();
            let mut c = SeriesCursor::new(blocks.clone(), q.clone()).unwrap();
            loop {
                let f = c.next(1 << 20).unwrap();
                if f.is_empty() {
                    break;
                }
                want.extend_from_slice(&f);
            }
            let want_stats = c.stats();
            assert!(want_stats.series > 50);
            // Every room in 100..700 for small batches: batch lengths then cross 128 bytes, so
            // closing a batch sometimes needs a longer length varint than its room held.
            let dense: Vec<usize> = if batch_size == 3 { (100..700).collect() } else { Vec::new() };
            let rooms = [0usize, 10, 60, 150, 400, 1000, 5000, 1 << 16].into_iter().chain(dense);
            for room in rooms {
                for max_bytes in [1usize, 100, 700, 1 << 20] {
                    let ctx = format!("batch {batch_size}, skip_chunks {skip_chunks}, room {room}, max_bytes {max_bytes}");
                    let mut c = SeriesCursor::new(blocks.clone(), q.clone()).unwrap();
                    let mut dst = vec![0xAAu8; room];
                    let mut got = Vec::new();
                    loop {
                        match c.next_into(&mut dst, max_bytes).unwrap() {
                            Filled::Into(0) => break,
                            Filled::Into(n) => {
                                into_calls += 1;
                                assert_whole_frames(&dst[..n]);
                                got.extend_from_slice(&dst[..n]);
                            }
                            Filled::Lent(n) => {
                                lent_calls += 1;
                                assert_eq!(c.lent().len(), n, "{ctx}");
                                assert_whole_frames(c.lent());
                                got.extend_from_slice(c.lent());
                            }
                        }
                    }
                    assert!(got == want, "{ctx}: {} bytes, want {}", got.len(), want.len());
                    assert_eq!(c.stats(), want_stats, "{ctx}");
                    // Done stays done.
                    assert_eq!(c.next_into(&mut dst, max_bytes).unwrap(), Filled::Into(0), "{ctx}");
                }
            }
        }
    }
    assert!(into_calls > 100 && lent_calls > 100, "{into_calls} calls into the buffer, {lent_calls} lent");
}
