//! The tombstones file reader against real files written by Prometheus's code (every fixture
//! block under test/fixtures/blocks) and against hand-made files, valid and corrupt.
//!
//! Expected intervals come from Prometheus's own reader: `gen tombstones --block DIR` (module in
//! test/fixtures/gen). test/unit/tombstones.test.ts holds the TS twin to the same table and the
//! same expected bytes, so the two engines agree byte for byte.

use std::path::PathBuf;

use storeapi_engine::encoding::{crc32c, put_uvarint, put_varint};
use storeapi_engine::tsdb::tombstones::{
    encode_tombstones, parse_tombstones, read_tombstones, Tombstone, MAGIC_TOMBSTONES,
};
use storeapi_engine::tsdb::SeriesRef;
use storeapi_engine::ErrorCode;

/// One interval as `gen tombstones` prints it: (ref, mint, maxt).
type Row = (u32, i64, i64);

/// What `gen tombstones` prints for each fixture block. Blocks not listed have a tombstones file
/// with no entries.
const GO_INTERVALS: &[(&str, &[Row])] = &[(
    "edge/01M88606W1YWJB1BKQ5DMECEW5",
    &[(866, 1_700_015_400_000, 1_700_016_300_000), (869, 1_700_013_600_000, 1_700_020_785_000)],
)];

fn fixtures_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/fixtures/blocks")
}

/// Every block directory under test/fixtures/blocks, as "set/ULID".
fn fixture_blocks() -> Vec<String> {
    let root = fixtures_root();
    let mut out = Vec::new();
    for set in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let set = set.unwrap().path();
        if !set.is_dir() {
            continue;
        }
        for b in std::fs::read_dir(&set).unwrap() {
            let b = b.unwrap().path();
            if b.join("meta.json").is_file() {
                let rel = b.strip_prefix(&root).unwrap();
                out.push(rel.to_str().unwrap().to_string());
            }
        }
    }
    out.sort();
    out
}

fn expected_for(block: &str) -> Vec<Tombstone> {
    let rows = GO_INTERVALS.iter().find(|(b, _)| *b == block).map(|(_, r)| *r).unwrap_or(&[]);
    rows.iter().map(|&(r, min_time, max_time)| Tombstone { series_ref: SeriesRef(r), min_time, max_time }).collect()
}

/// Builds a tombstones file the way Prometheus's WriteFile does.
fn file_of(entries: &[(u64, i64, i64)]) -> Vec<u8> {
    let mut body = vec![1u8];
    for &(r, mint, maxt) in entries {
        put_uvarint(&mut body, r);
        put_varint(&mut body, mint);
        put_varint(&mut body, maxt);
    }
    seal(&body)
}

/// Magic + `body` (version byte and entries) + CRC32C of the entries (not the version byte).
fn seal(body: &[u8]) -> Vec<u8> {
    let mut f = MAGIC_TOMBSTONES.to_be_bytes().to_vec();
    f.extend_from_slice(body);
    let crc = crc32c(body.get(1..).unwrap_or(&[]));
    f.extend_from_slice(&crc.to_be_bytes());
    f
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn assert_corrupt(bytes: &[u8], want_in_message: &str) {
    match read_tombstones(bytes) {
        Ok(v) => panic!("expected CORRUPT_BLOCK for {}, got {} bytes", hex(bytes), v.len()),
        Err(e) => {
            assert_eq!(e.code, ErrorCode::CorruptBlock, "{e}");
            assert!(e.message.starts_with("tombstones: "), "{e}");
            assert!(e.message.contains(want_in_message), "{e} (wanted {want_in_message:?})");
        }
    }
}

#[test]
fn every_fixture_tombstones_file_matches_prometheus() {
    let blocks = fixture_blocks();
    assert!(blocks.len() >= 7, "expected the edge and openmetrics fixture blocks, found {blocks:?}");
    let mut with_entries = 0;
    for block in &blocks {
        let path = fixtures_root().join(block).join("tombstones");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let got = parse_tombstones(&bytes).unwrap_or_else(|e| panic!("{block}: {e}"));
        let want = expected_for(block);
        assert_eq!(got, want, "{block}");
        if !want.is_empty() {
            with_entries += 1;
        }
        let out = read_tombstones(&bytes).unwrap();
        assert_eq!(out.len(), want.len() * 20, "{block}");
        assert_eq!(out, encode_tombstones(&want), "{block}");
    }
    assert_eq!(with_entries, GO_INTERVALS.len(), "a block listed in GO_INTERVALS is missing");
}

#[test]
fn fixture_bytes_are_the_documented_layout() {
    // The same hex is asserted by the TS twin's test.
    let path = fixtures_root().join("edge/01M88606W1YWJB1BKQ5DMECEW5/tombstones");
    let out = read_tombstones(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(
        hex(&out),
        concat!("62030000", "4064d0d08b010000", "e01fded08b010000", "65030000", "00edb4d08b010000", "688f22d18b010000",)
    );
}

#[test]
fn empty_file_body_gives_no_tombstones() {
    // What Prometheus writes for a block without deletions: magic, version, CRC of nothing.
    let f = file_of(&[]);
    assert_eq!(hex(&f), "0130ba300100000000");
    assert_eq!(read_tombstones(&f).unwrap(), Vec::<u8>::new());
}

#[test]
fn sorts_by_ref_then_time_and_keeps_intervals_as_stored() {
    // Out of order (Prometheus writes from a map), several intervals per series, an overlapping
    // pair that Prometheus's reader would merge, and the i64 and u32 extremes.
    let f = file_of(&[
        (7, 50, 60),
        (3, i64::MIN, -1),
        (7, 10, 20),
        (u64::from(u32::MAX), 0, i64::MAX),
        (7, 15, 30),
        (0, -5, -5),
    ]);
    let got = parse_tombstones(&f).unwrap();
    let want: Vec<Row> =
        vec![(0, -5, -5), (3, i64::MIN, -1), (7, 10, 20), (7, 15, 30), (7, 50, 60), (u32::MAX, 0, i64::MAX)];
    let got_rows: Vec<Row> = got.iter().map(|t| (t.series_ref.0, t.min_time, t.max_time)).collect();
    assert_eq!(got_rows, want);
    // Same expected bytes in test/unit/tombstones.test.ts.
    assert_eq!(
        hex(&read_tombstones(&f).unwrap()),
        concat!(
            "00000000",
            "fbffffffffffffff",
            "fbffffffffffffff",
            "03000000",
            "0000000000000080",
            "ffffffffffffffff",
            "07000000",
            "0a00000000000000",
            "1400000000000000",
            "07000000",
            "0f00000000000000",
            "1e00000000000000",
            "07000000",
            "3200000000000000",
            "3c00000000000000",
            "ffffffff",
            "0000000000000000",
            "ffffffffffffff7f",
        )
    );
}

#[test]
fn bad_magic_is_corrupt() {
    let mut f = file_of(&[(1, 2, 3)]);
    f[0] ^= 0xff;
    assert_corrupt(&f, "invalid magic number 0xfe30ba30");
}

#[test]
fn bad_crc_is_corrupt() {
    let mut f = file_of(&[(1, 2, 3)]);
    f[6] ^= 0x01; // inside the entries
    assert_corrupt(&f, "checksum mismatch");
    let mut f = file_of(&[(1, 2, 3)]);
    let n = f.len();
    f[n - 1] ^= 0x80; // the stored CRC itself
    assert_corrupt(&f, "checksum mismatch");
}

#[test]
fn unknown_version_is_corrupt() {
    // The version byte is outside the CRC, so only the version check can catch it.
    let mut f = file_of(&[(1, 2, 3)]);
    f[4] = 2;
    assert_corrupt(&f, "unsupported format version 2");
}

#[test]
fn short_files_are_corrupt() {
    for n in 0..9 {
        let f = &file_of(&[])[..n];
        assert_corrupt(f, "shorter than header and checksum");
    }
}

#[test]
fn truncated_files_are_corrupt() {
    let f = file_of(&[(1000, 1_700_000_000_000, 1_700_000_100_000), (2000, -3, 4)]);
    // Cutting anywhere loses the CRC (or the header): never a panic, always CORRUPT_BLOCK.
    for n in 0..f.len() {
        let e = read_tombstones(&f[..n]).unwrap_err();
        assert_eq!(e.code, ErrorCode::CorruptBlock, "cut at {n}: {e}");
    }
    // A cut entry under a correct CRC (a writer that stopped mid-entry): the entry decode fails.
    let mut body = vec![1u8];
    put_uvarint(&mut body, 5);
    put_varint(&mut body, 10);
    assert_corrupt(&seal(&body), "entry at offset 5: invalid size");
    // A varint cut inside its continuation bytes.
    assert_corrupt(&seal(&[1, 0x05, 0x80]), "entry at offset 5: invalid size");
}

#[test]
fn overflowing_values_are_corrupt() {
    // An 11-byte varint is not a Go varint.
    let mut body = vec![1u8, 0x01];
    body.extend_from_slice(&[0xff; 10]);
    body.push(0x01);
    body.push(0x00);
    assert_corrupt(&seal(&body), "entry at offset 5: varint overflows 64 bits");
    // A ref that cannot be a 4-byte postings entry of a v2 index.
    assert_corrupt(&file_of(&[(1 << 32, 0, 1)]), "series ref 4294967296 exceeds 32 bits");
}

#[test]
fn every_bit_flip_of_a_real_file_is_corrupt() {
    // Magic, version and CRC-covered entries leave no byte where damage goes unnoticed.
    let path = fixtures_root().join("edge/01M88606W1YWJB1BKQ5DMECEW5/tombstones");
    let good = std::fs::read(path).unwrap();
    for i in 0..good.len() * 8 {
        let mut f = good.clone();
        f[i / 8] ^= 1 << (i % 8);
        let e = read_tombstones(&f).unwrap_err();
        assert_eq!(e.code, ErrorCode::CorruptBlock, "bit {i}: {e}");
    }
}
