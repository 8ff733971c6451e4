//! SeriesResponse encoder tests: hand-built golden bytes for small cases, XXH64 vectors, and a
//! seeded random corpus whose inputs and encoded output are kept in tests/golden/wire_writer.bin.
//! The TypeScript twin (test/unit/wire.test.ts) replays that file and must produce the same bytes.
//! Set STOREAPI_UPDATE_GOLDEN=1 to rewrite the file after an intended encoding change.

use std::path::PathBuf;

use storeapi_engine::wire::{xxh64, ChunkOut, ResponseWriter};
use storeapi_engine::ErrorCode;

fn uvarint(mut x: u64) -> Vec<u8> {
    let mut v = Vec::new();
    while x >= 0x80 {
        v.push((x as u8) | 0x80);
        x >>= 7;
    }
    v.push(x as u8);
    v
}

/// Splits Frames into their SeriesResponse payloads, checking the gRPC prefixes (flag 0, u32 BE
/// length).
fn frames(mut b: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    while !b.is_empty() {
        assert!(b.len() >= 5, "truncated frame header");
        assert_eq!(b[0], 0, "compression flag");
        let n = u32::from_be_bytes(b[1..5].try_into().unwrap()) as usize;
        assert!(b.len() >= 5 + n, "truncated frame");
        out.push(b[5..5 + n].to_vec());
        b = &b[5 + n..];
    }
    out
}

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

#[test]
fn single_series_xor_chunk() {
    let mut w = ResponseWriter::new(0, false);
    let chunks = [ChunkOut { min_time: 1, max_time: 2, encoding: 1, data: &[0x00, 0x01] }];
    w.push_series(&[(b"a", b"b")], &chunks).unwrap();
    // Label{name:"a",value:"b"}; AggrChunk{min 1, max 2, raw: Chunk{type XOR omitted, data}}.
    let label: &[u8] = &[0x0a, 0x01, b'a', 0x12, 0x01, b'b'];
    let raw: &[u8] = &[0x12, 0x02, 0x00, 0x01];
    let aggr = cat(&[&[0x08, 0x01, 0x10, 0x02, 0x1a, raw.len() as u8], raw]);
    let series = cat(&[&[0x0a, label.len() as u8], label, &[0x12, aggr.len() as u8], &aggr]);
    let resp = cat(&[&[0x0a, series.len() as u8], &series]);
    let want = cat(&[&[0], &(resp.len() as u32).to_be_bytes(), &resp]);
    assert_eq!(w.pending_len(), want.len());
    assert_eq!(w.take_frames(), want);
    assert_eq!(w.pending_len(), 0);
    assert!(w.take_frames().is_empty());
}

#[test]
fn zero_values_omitted_negative_times_and_hash() {
    // batch_size 1 behaves as no batching.
    let mut w = ResponseWriter::new(1, true);
    let data: &[u8] = &[];
    let chunks = [
        ChunkOut { min_time: -1, max_time: 0, encoding: 2, data },
        ChunkOut { min_time: i64::MIN, max_time: i64::MAX, encoding: 3, data: b"z" },
    ];
    w.push_series(&[(b"", b""), (b"n", b"")], &chunks).unwrap();
    let h0 = xxh64(data);
    let h1 = xxh64(b"z");
    // Chunk{type HISTOGRAM=1, no data, hash}
    let raw0 = cat(&[&[0x08, 0x01, 0x18], &uvarint(h0)]);
    let aggr0 = cat(&[&[0x08], &uvarint(u64::MAX), &[0x1a, raw0.len() as u8], &raw0]);
    // Chunk{type FLOAT_HISTOGRAM=2, data "z", hash}; int64 extremes as 10- and 9-byte varints.
    let raw1 = cat(&[&[0x08, 0x02, 0x12, 0x01, b'z', 0x18], &uvarint(h1)]);
    let aggr1 = cat(&[
        &[0x08],
        &uvarint(i64::MIN as u64),
        &[0x10],
        &uvarint(i64::MAX as u64),
        &[0x1a, raw1.len() as u8],
        &raw1,
    ]);
    // An empty Label is still a (zero-length) entry; an empty value is omitted.
    let series = cat(&[
        &[0x0a, 0x00, 0x0a, 0x03, 0x0a, 0x01, b'n'],
        &[0x12, aggr0.len() as u8],
        &aggr0,
        &[0x12, aggr1.len() as u8],
        &aggr1,
    ]);
    let resp = cat(&[&[0x0a, series.len() as u8], &series]);
    assert_eq!(frames(&w.take_frames()), vec![resp]);
}

#[test]
fn batches_flush_on_size_warning_and_flush() {
    let mut w = ResponseWriter::new(2, false);
    let s = |v: &'static [u8]| -> Vec<u8> {
        // Series{labels:[{name:"x", value:v}]} as a batch entry.
        let label = cat(&[&[0x0a, 0x01, b'x', 0x12, v.len() as u8], v]);
        cat(&[&[0x0a, (label.len() + 2) as u8, 0x0a, label.len() as u8], &label])
    };
    for v in [b"1", b"2", b"3"] {
        w.push_series(&[(b"x", v)], &[]).unwrap();
    }
    // The first two filled a batch; the third waits.
    let first = frames(&w.take_frames());
    let b12 = cat(&[&s(b"1"), &s(b"2")]);
    assert_eq!(first, vec![cat(&[&[0x22, b12.len() as u8], &b12])]);
    w.push_warning("careful");
    w.push_warning("");
    w.push_series(&[(b"x", b"4")], &[]).unwrap();
    let b3 = s(b"3");
    let b4 = s(b"4");
    // Open batches are not pending: only the flushed "3" batch and the two warnings are.
    assert_eq!(w.pending_len(), (5 + 2 + b3.len()) + (5 + 2 + 7) + (5 + 2));
    w.flush();
    w.flush(); // nothing open: no empty batch frame
    let want = vec![
        cat(&[&[0x22, b3.len() as u8], &b3]),
        cat(&[&[0x12, 7], b"careful"]),
        vec![0x12, 0x00],
        cat(&[&[0x22, b4.len() as u8], &b4]),
    ];
    assert_eq!(frames(&w.take_frames()), want);
}

#[test]
fn empty_series_and_unknown_encoding() {
    let mut w = ResponseWriter::new(0, true);
    w.push_series(&[], &[]).unwrap();
    for enc in [0u8, 4, 5, 255] {
        let err = w
            .push_series(&[(b"a", b"b")], &[ChunkOut { min_time: 0, max_time: 0, encoding: enc, data: b"" }])
            .unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidArgument, "encoding {enc}");
    }
    assert_eq!(w.take_frames(), vec![0, 0, 0, 0, 2, 0x0a, 0x00]);
}

#[test]
fn long_fields_use_multibyte_lengths() {
    let mut w = ResponseWriter::new(0, false);
    let name = vec![b'n'; 200];
    w.push_series(&[(&name, b"v")], &[]).unwrap();
    let label = cat(&[&[0x0a, 0xc8, 0x01], &name, &[0x12, 0x01, b'v']]);
    let series = cat(&[&[0x0a], &uvarint(label.len() as u64), &label]);
    let resp = cat(&[&[0x0a], &uvarint(series.len() as u64), &series]);
    assert_eq!(frames(&w.take_frames()), vec![resp]);
}

#[test]
fn xxh64_vectors() {
    // Published XXH64 (seed 0) values.
    assert_eq!(xxh64(b""), 0xef46db3751d8e999);
    assert_eq!(xxh64(b"a"), 0xd24ec4f1a98c6e5b);
    assert_eq!(xxh64(b"abc"), 0x44bc2cf5ad770999);
    assert_eq!(xxh64(b"Nobody inspects the spammish repetition"), 0xfbcea83c8a378bf1);
}

// ---- Seeded random corpus shared with the TypeScript twin -------------------------------

struct Rng(u64);

impl Rng {
    /// splitmix64
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e3779b97f4a7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d049bb133111eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const NAMES: &[&str] = &["", "__name__", "a", "env", "instance", "job", "le", "ünïcödé", "😀x", "z"];
const VALUES: &[&str] = &["", "0", "api", "http://h:9090/metrics", "ünï", "😀", "\u{ffff}", "value with spaces"];

struct Series {
    labels: Vec<(Vec<u8>, Vec<u8>)>,
    chunks: Vec<(i64, i64, u8, Vec<u8>)>,
}

enum Op {
    Series(Series),
    Warning(String),
    Flush,
    Take,
}

fn random_time(r: &mut Rng) -> i64 {
    match r.below(7) {
        0 => 0,
        1 => -1,
        2 => i64::MIN,
        3 => i64::MAX,
        4 => r.next() as i64,
        _ => 1_699_999_200_000 + r.below(7_200_000) as i64,
    }
}

fn random_series(r: &mut Rng) -> Series {
    let mut labels: Vec<(Vec<u8>, Vec<u8>)> = Vec::new();
    for _ in 0..r.below(6) {
        let name = if r.below(12) == 0 {
            "n".repeat(130 + r.below(60) as usize).into_bytes()
        } else {
            NAMES[r.below(NAMES.len() as u64) as usize].as_bytes().to_vec()
        };
        let value = if r.below(10) == 0 {
            let n = r.below(300) as usize;
            r.bytes(n)
        } else {
            VALUES[r.below(VALUES.len() as u64) as usize].as_bytes().to_vec()
        };
        labels.push((name, value));
    }
    // Sorted, unique names, as the encoder's callers guarantee.
    labels.sort();
    labels.dedup_by(|a, b| a.0 == b.0);
    let mut chunks = Vec::new();
    for _ in 0..r.below(5) {
        let len = if r.below(8) == 0 { 120 + r.below(100) } else { r.below(70) } as usize;
        chunks.push((random_time(r), random_time(r), 1 + r.below(3) as u8, r.bytes(len)));
    }
    Series { labels, chunks }
}

fn random_case(r: &mut Rng) -> (u32, bool, Vec<Op>) {
    let batch = [0u32, 1, 2, 3, 5, 64][r.below(6) as usize];
    let hashes = r.below(2) == 1;
    let mut ops = Vec::new();
    for _ in 0..r.below(24) {
        ops.push(match r.below(50) {
            0..=3 => Op::Warning(["", "partial data", "ünïcödé warning"][r.below(3) as usize].to_string()),
            4..=6 => Op::Flush,
            7..=9 => Op::Take,
            _ => Op::Series(random_series(r)),
        });
    }
    (batch, hashes, ops)
}

/// Replays one case; the output is every take plus a final flush and take, concatenated.
fn run_case(batch: u32, hashes: bool, ops: &[Op]) -> Vec<u8> {
    let mut w = ResponseWriter::new(batch, hashes);
    let mut out = Vec::new();
    for op in ops {
        match op {
            Op::Series(s) => {
                let labels: Vec<(&[u8], &[u8])> = s.labels.iter().map(|(n, v)| (&n[..], &v[..])).collect();
                let chunks: Vec<ChunkOut> = s
                    .chunks
                    .iter()
                    .map(|(a, b, e, d)| ChunkOut { min_time: *a, max_time: *b, encoding: *e, data: d })
                    .collect();
                w.push_series(&labels, &chunks).unwrap();
            }
            Op::Warning(m) => w.push_warning(m),
            Op::Flush => w.flush(),
            Op::Take => {
                let before = w.pending_len();
                let t = w.take_frames();
                assert_eq!(t.len(), before);
                out.extend_from_slice(&t);
            }
        }
    }
    w.flush();
    out.extend_from_slice(&w.take_frames());
    out
}

fn put_u32(b: &mut Vec<u8>, v: usize) {
    b.extend_from_slice(&u32::try_from(v).unwrap().to_le_bytes());
}

fn put_bytes(b: &mut Vec<u8>, v: &[u8]) {
    put_u32(b, v.len());
    b.extend_from_slice(v);
}

/// Layout (little-endian; read back by test/unit/wire.test.ts):
///   u32 nHashes × { u32 len, data, u64 xxh64 }
///   u32 nCases × { u32 batchSize, u8 chunkHashes, u32 nOps × op, u32 outLen, out }
///   op: u8 1 series { u32 nLabels × {u32+name, u32+value}, u32 nChunks × {i64 min, i64 max, u8 enc, u32+data} }
///       u8 2 warning { u32+utf8 } | u8 3 flush | u8 4 take
fn corpus() -> Vec<u8> {
    let mut r = Rng(0x005e_ed0f_5703_ea01);
    let mut b = Vec::new();
    put_u32(&mut b, 130);
    for len in 0..130usize {
        let data = r.bytes(len);
        put_bytes(&mut b, &data);
        b.extend_from_slice(&xxh64(&data).to_le_bytes());
    }
    let cases = 24;
    put_u32(&mut b, cases);
    for _ in 0..cases {
        let (batch, hashes, ops) = random_case(&mut r);
        b.extend_from_slice(&batch.to_le_bytes());
        b.push(hashes as u8);
        put_u32(&mut b, ops.len());
        for op in &ops {
            match op {
                Op::Series(s) => {
                    b.push(1);
                    put_u32(&mut b, s.labels.len());
                    for (n, v) in &s.labels {
                        put_bytes(&mut b, n);
                        put_bytes(&mut b, v);
                    }
                    put_u32(&mut b, s.chunks.len());
                    for (min, max, enc, data) in &s.chunks {
                        b.extend_from_slice(&min.to_le_bytes());
                        b.extend_from_slice(&max.to_le_bytes());
                        b.push(*enc);
                        put_bytes(&mut b, data);
                    }
                }
                Op::Warning(m) => {
                    b.push(2);
                    put_bytes(&mut b, m.as_bytes());
                }
                Op::Flush => b.push(3),
                Op::Take => b.push(4),
            }
        }
        put_bytes(&mut b, &run_case(batch, hashes, &ops));
    }
    b
}

#[test]
fn random_corpus_matches_golden_file() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/wire_writer.bin");
    let got = corpus();
    // Same seed, same bytes: the corpus is deterministic.
    assert_eq!(got, corpus());
    if std::env::var_os("STOREAPI_UPDATE_GOLDEN").is_some() || !path.exists() {
        std::fs::write(&path, &got).unwrap();
        return;
    }
    let want = std::fs::read(&path).unwrap();
    assert!(
        got == want,
        "{} differs from the encoder's output; rerun with STOREAPI_UPDATE_GOLDEN=1 if the change is intended",
        path.display()
    );
}
