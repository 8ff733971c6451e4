//! Test helpers: a minimal writer of v2 index files and chunk segments (enough structure for
//! the reader: symbols, 16-aligned series, postings, postings offset table, TOC), block
//! directories in a temp folder, a seeded PRNG, and a naive matcher reference.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use storeapi_engine::encoding::{crc32c, put_uvarint, put_varint};
use storeapi_engine::tsdb::ChunkMeta;

pub type Labels = Vec<(String, String)>;

pub fn labels(pairs: &[(&str, &str)]) -> Labels {
    let mut l: Labels = pairs.iter().map(|&(n, v)| (n.to_string(), v.to_string())).collect();
    l.sort();
    l
}

/// Appends `len` BE32 + body + CRC32C(body).
pub fn put_section(out: &mut Vec<u8>, body: &[u8]) {
    out.extend_from_slice(&(body.len() as u32).to_be_bytes());
    out.extend_from_slice(body);
    out.extend_from_slice(&crc32c(body).to_be_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uvarint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// What `build_index` wrote, for assertions.
pub struct BuiltIndex {
    pub bytes: Vec<u8>,
    /// Series in ref order: (ref, labels, chunks).
    pub series: Vec<(u32, Labels, Vec<ChunkMeta>)>,
    pub symbols: Vec<String>,
}

/// Writes a v2 index for `series` (sorted by labels here, as Prometheus does).
pub fn build_index(mut series: Vec<(Labels, Vec<ChunkMeta>)>) -> BuiltIndex {
    series.sort_by(|a, b| a.0.cmp(&b.0));
    let mut syms = BTreeSet::new();
    for (l, _) in &series {
        for (n, v) in l {
            syms.insert(n.clone());
            syms.insert(v.clone());
        }
    }
    let symbols: Vec<String> = syms.into_iter().collect();
    let sym_ref = |s: &str| symbols.binary_search_by(|x| x.as_str().cmp(s)).unwrap() as u64;

    let mut b = Vec::new();
    b.extend_from_slice(&0xBAAA_D700u32.to_be_bytes());
    b.push(2);

    let symbols_off = b.len() as u64;
    let mut body = Vec::new();
    body.extend_from_slice(&(symbols.len() as u32).to_be_bytes());
    for s in &symbols {
        put_str(&mut body, s);
    }
    put_section(&mut b, &body);

    while b.len() % 16 != 0 {
        b.push(0);
    }
    let series_off = b.len() as u64;
    let mut out_series = Vec::new();
    for (l, chks) in &series {
        while b.len() % 16 != 0 {
            b.push(0);
        }
        let r = (b.len() / 16) as u32;
        let mut e = Vec::new();
        put_uvarint(&mut e, l.len() as u64);
        for (n, v) in l {
            put_uvarint(&mut e, sym_ref(n));
            put_uvarint(&mut e, sym_ref(v));
        }
        put_uvarint(&mut e, chks.len() as u64);
        let mut prev: Option<&ChunkMeta> = None;
        for c in chks {
            match prev {
                None => {
                    put_varint(&mut e, c.min_time);
                    put_uvarint(&mut e, (c.max_time - c.min_time) as u64);
                    put_uvarint(&mut e, c.chunk_ref);
                }
                Some(p) => {
                    put_uvarint(&mut e, (c.min_time - p.max_time) as u64);
                    put_uvarint(&mut e, (c.max_time - c.min_time) as u64);
                    put_varint(&mut e, c.chunk_ref as i64 - p.chunk_ref as i64);
                }
            }
            prev = Some(c);
        }
        put_uvarint(&mut b, e.len() as u64);
        b.extend_from_slice(&e);
        b.extend_from_slice(&crc32c(&e).to_be_bytes());
        out_series.push((r, l.clone(), chks.clone()));
    }

    // Postings: the all-postings list under ("", "") first, then every label pair.
    let mut pairs: BTreeMap<(String, String), Vec<u32>> = BTreeMap::new();
    pairs.insert((String::new(), String::new()), out_series.iter().map(|s| s.0).collect());
    for (r, l, _) in &out_series {
        for (n, v) in l {
            pairs.entry((n.clone(), v.clone())).or_default().push(*r);
        }
    }
    while b.len() % 4 != 0 {
        b.push(0);
    }
    let postings_off = b.len() as u64;
    let mut offsets = Vec::new();
    for ((n, v), refs) in &pairs {
        offsets.push((n.clone(), v.clone(), b.len() as u64));
        let mut body = Vec::new();
        body.extend_from_slice(&(refs.len() as u32).to_be_bytes());
        for r in refs {
            body.extend_from_slice(&r.to_be_bytes());
        }
        put_section(&mut b, &body);
    }

    let table_off = b.len() as u64;
    let mut body = Vec::new();
    body.extend_from_slice(&(offsets.len() as u32).to_be_bytes());
    for (n, v, off) in &offsets {
        body.push(2);
        put_str(&mut body, n);
        put_str(&mut body, v);
        put_uvarint(&mut body, *off);
    }
    put_section(&mut b, &body);

    let mut toc = Vec::new();
    for off in [symbols_off, series_off, 0, 0, postings_off, table_off] {
        toc.extend_from_slice(&off.to_be_bytes());
    }
    let crc = crc32c(&toc);
    b.extend_from_slice(&toc);
    b.extend_from_slice(&crc.to_be_bytes());
    BuiltIndex { bytes: b, series: out_series, symbols }
}

/// A chunk segment: header, then each (encoding, data) chunk; returns bytes and offsets.
pub fn build_segment(chunks: &[(u8, Vec<u8>)]) -> (Vec<u8>, Vec<u32>) {
    let mut b = Vec::new();
    b.extend_from_slice(&0x85BD_40DDu32.to_be_bytes());
    b.push(1);
    b.extend_from_slice(&[0, 0, 0]);
    let mut offs = Vec::new();
    for (enc, data) in chunks {
        offs.push(b.len() as u32);
        put_uvarint(&mut b, data.len() as u64);
        let start = b.len();
        b.push(*enc);
        b.extend_from_slice(data);
        let crc = crc32c(&b[start..]);
        b.extend_from_slice(&crc.to_be_bytes());
    }
    (b, offs)
}

/// A fresh empty directory under the system temp dir.
pub fn temp_dir(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let p = std::env::temp_dir().join(format!(
        "storeapi-engine-test-{}-{}-{}",
        std::process::id(),
        tag,
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&p);
    std::fs::create_dir_all(&p).unwrap();
    p
}

/// Removes the directories it holds when dropped, a failing test's (unwinding) included.
pub struct RemoveOnDrop(pub Vec<PathBuf>);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        for p in &self.0 {
            let _ = std::fs::remove_dir_all(p);
        }
    }
}

pub fn meta_json(num_series: usize) -> String {
    format!(
        r#"{{"ulid":"01HZZZZZZZZZZZZZZZZZZZZZZZ","minTime":0,"maxTime":1000,"stats":{{"numSamples":1,"numSeries":{num_series},"numChunks":1}},"compaction":{{"level":1,"sources":["01HZZZZZZZZZZZZZZZZZZZZZZZ"]}},"version":1}}"#
    )
}

/// Writes a block directory with the given index bytes and segments (file number = index + 1).
pub fn write_block(tag: &str, meta: &str, index: &[u8], segments: &[(u32, Vec<u8>)]) -> PathBuf {
    let dir = temp_dir(tag);
    std::fs::write(dir.join("meta.json"), meta).unwrap();
    std::fs::write(dir.join("index"), index).unwrap();
    std::fs::create_dir_all(dir.join("chunks")).unwrap();
    for (i, s) in segments {
        std::fs::write(dir.join(format!("chunks/{:06}", i + 1)), s).unwrap();
    }
    dir
}

/// xorshift64*: small, seeded, good enough for test data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// A sorted, distinct list of up to `n` values below `max`.
    pub fn sorted_list(&mut self, n: usize, max: u32) -> Vec<u32> {
        let mut v: Vec<u32> = (0..n).map(|_| self.below(u64::from(max)) as u32).collect();
        v.sort_unstable();
        v.dedup();
        v
    }
}
