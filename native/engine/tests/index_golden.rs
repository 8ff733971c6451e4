//! Golden byte vectors: a hand-laid index file, sections and postings, read back through the
//! public reader. The expected bytes are written out by hand from the format description
//! (shared/spec/tsdb-format.md §2), not produced by the code under test.

mod blockgen;

use blockgen::{build_index, labels};
use storeapi_engine::encoding::{crc32c, Decbuf, DecodeError};
use storeapi_engine::tsdb::index::Toc;
use storeapi_engine::tsdb::window::{ReadWindow, MIN_READ_AHEAD};
use storeapi_engine::tsdb::{ChunkMeta, FileBytes, Index, SeriesRef};

#[test]
fn crc32c_check_value() {
    // The standard CRC-32C check value.
    assert_eq!(crc32c(b"123456789"), 0xE306_9283);
}

#[test]
fn section_reads() {
    let mut s = vec![0, 0, 0, 3, b'a', b'b', b'c'];
    s.extend_from_slice(&crc32c(b"abc").to_be_bytes());
    let mut file = vec![0xEE; 5];
    file.extend_from_slice(&s);
    let d = Decbuf::section_at(&file, 5).unwrap();
    assert_eq!(d.rest(), b"abc");
    // Bad CRC, truncated body, offset past the end.
    let mut bad = file.clone();
    *bad.last_mut().unwrap() ^= 1;
    assert_eq!(Decbuf::section_at(&bad, 5).unwrap_err(), DecodeError::Checksum);
    assert_eq!(Decbuf::section_at(&file[..file.len() - 1], 5).unwrap_err(), DecodeError::InvalidSize);
    assert_eq!(Decbuf::section_at(&file, 100).unwrap_err(), DecodeError::InvalidSize);
    // uvarint-prefixed section (series entries).
    let mut u = vec![3, b'x', b'y', b'z'];
    u.extend_from_slice(&crc32c(b"xyz").to_be_bytes());
    assert_eq!(Decbuf::uvarint_section_at(&u, 0).unwrap().rest(), b"xyz");
}

fn crc(b: &[u8]) -> [u8; 4] {
    crc32c(b).to_be_bytes()
}

/// The index of one series {a="b"} with one chunk [10, 15] at ref 8, byte by byte.
fn hand_index() -> Vec<u8> {
    let mut f: Vec<u8> = vec![0xBA, 0xAA, 0xD7, 0x00, 0x02];
    // Symbol table at 5: len 8, count 2, "a", "b".
    let sym = [0, 0, 0, 2, 1, b'a', 1, b'b'];
    f.extend_from_slice(&[0, 0, 0, 8]);
    f.extend_from_slice(&sym);
    f.extend_from_slice(&crc(&sym));
    assert_eq!(f.len(), 21);
    f.resize(32, 0); // series entries are 16-byte aligned: ref 2
    // 1 label (a=sym 0, b=sym 1), 1 chunk: varint 10 (zig-zag 0x14), maxt-mint 5, ref 8.
    let series = [1, 0, 1, 1, 0x14, 5, 8];
    f.push(7);
    f.extend_from_slice(&series);
    f.extend_from_slice(&crc(&series));
    assert_eq!(f.len(), 44);
    // Postings at 44: all postings ("", "") = [2], then ("a", "b") = [2].
    let post = [0, 0, 0, 1, 0, 0, 0, 2];
    for _ in 0..2 {
        f.extend_from_slice(&[0, 0, 0, 8]);
        f.extend_from_slice(&post);
        f.extend_from_slice(&crc(&post));
    }
    assert_eq!(f.len(), 76);
    // Postings offset table at 76: 2 entries, ("", "") → 44, ("a", "b") → 60.
    let table = [0, 0, 0, 2, 2, 0, 0, 44, 2, 1, b'a', 1, b'b', 60];
    f.extend_from_slice(&[0, 0, 0, 14]);
    f.extend_from_slice(&table);
    f.extend_from_slice(&crc(&table));
    assert_eq!(f.len(), 98);
    let mut toc = Vec::new();
    for off in [5u64, 32, 0, 0, 44, 76] {
        toc.extend_from_slice(&off.to_be_bytes());
    }
    let c = crc(&toc);
    f.extend_from_slice(&toc);
    f.extend_from_slice(&c);
    f
}

#[test]
fn hand_laid_index_reads() {
    let bytes = hand_index();
    // The test writer lays out exactly the same bytes.
    let built = build_index(vec![(labels(&[("a", "b")]), vec![ChunkMeta { min_time: 10, max_time: 15, chunk_ref: 8 }])]);
    assert_eq!(built.bytes, bytes);

    let ix = Index::open(FileBytes::Owned(bytes), "block golden: index".into()).unwrap();
    assert_eq!(ix.toc(), Toc { symbols: 5, series: 32, label_indices: 0, label_indices_table: 0, postings: 44, postings_table: 76 });
    assert_eq!(ix.symbol_count(), 2);
    assert_eq!(ix.symbol(0).unwrap(), b"a");
    assert_eq!(ix.symbol(1).unwrap(), b"b");
    assert!(ix.symbol(2).is_err());
    assert_eq!(ix.reverse_symbol(b"b").unwrap(), Some(1));
    assert_eq!(ix.reverse_symbol(b"c").unwrap(), None);
    assert_eq!(ix.label_names(), vec![b"a".as_slice()]);
    assert_eq!(ix.label_values(b"a").unwrap(), vec![b"b".as_slice()]);
    assert_eq!(ix.postings_offset(b"a", b"b").unwrap(), Some(60));
    assert_eq!(ix.postings_offset(b"a", b"c").unwrap(), None);
    assert_eq!(ix.all_postings().unwrap().to_vec(), vec![2]);
    assert_eq!(ix.postings(b"a", b"b").unwrap().to_vec(), vec![2]);
    assert!(ix.postings(b"x", b"b").unwrap().is_empty());
    let (mut l, mut c) = (Vec::new(), Vec::new());
    ix.series(SeriesRef(2), &mut l, &mut c).unwrap();
    assert_eq!(l, vec![(0, 1)]);
    assert_eq!(c, vec![ChunkMeta { min_time: 10, max_time: 15, chunk_ref: 8 }]);
}

#[test]
fn chunk_meta_deltas() {
    // Negative times, a ref going down (varint delta) and gaps between chunks.
    let chunks = vec![
        ChunkMeta { min_time: -1000, max_time: -900, chunk_ref: (3 << 32) | 500 },
        ChunkMeta { min_time: -899, max_time: 0, chunk_ref: 8 },
        ChunkMeta { min_time: 5_000_000_000_000, max_time: 5_000_000_000_001, chunk_ref: (1 << 32) | 8 },
    ];
    let built = build_index(vec![(labels(&[("x", "y")]), chunks.clone())]);
    let ix = Index::open(FileBytes::Owned(built.bytes), "block d: index".into()).unwrap();
    let (mut l, mut c) = (Vec::new(), Vec::new());
    ix.series(SeriesRef(built.series[0].0), &mut l, &mut c).unwrap();
    assert_eq!(c, chunks);
}

#[test]
fn sampled_tables_with_many_values() {
    // 1000 values under one name and 100 names: lookups must scan forward from the samples.
    let mut series = Vec::new();
    for i in 0..1000 {
        series.push((labels(&[("big", &format!("{i:05}")), ("n", &format!("{:03}", i % 100))]), vec![]));
    }
    for i in 0..100 {
        series.push((labels(&[(&format!("name{i:03}"), "v")]), vec![]));
    }
    let built = build_index(series);
    let ix = Index::open(FileBytes::Owned(built.bytes.clone()), "block s: index".into()).unwrap();
    for (r, l, _) in &built.series {
        for (n, v) in l {
            let p = ix.postings(n.as_bytes(), v.as_bytes()).unwrap().to_vec();
            assert!(p.contains(r), "{n}={v}");
        }
    }
    for (i, s) in built.symbols.iter().enumerate() {
        assert_eq!(ix.symbol(i as u32).unwrap(), s.as_bytes());
        assert_eq!(ix.reverse_symbol(s.as_bytes()).unwrap(), Some(i as u32));
    }
    assert_eq!(ix.label_values(b"big").unwrap().len(), 1000);
    assert_eq!(ix.label_names().len(), 102);
    for probe in ["", "0", "00000x", "00999", "01000", "zzz"] {
        let want = built.series.iter().any(|s| s.1.iter().any(|(n, v)| n == "big" && v == probe));
        assert_eq!(ix.postings_offset(b"big", probe.as_bytes()).unwrap().is_some(), want, "{probe}");
    }
}

#[test]
fn symbols_of_every_length_class_from_samples_and_from_nearby_entries() {
    // Values of 1 to 300 bytes (one- and two-byte length varints, 127/128 at the boundary):
    // a lookup skips entries without decoding them only while they are short, and a lookup
    // started from an earlier entry (`symbol_near`) finds the same bytes as one from the sample.
    let lens = [1usize, 5, 126, 127, 128, 129, 200, 300, 3, 0];
    let mut series = Vec::new();
    for i in 0..400usize {
        let len = lens[i % lens.len()].max(6);
        let v = format!("{i:05}{}", "x".repeat(len - 5));
        series.push((labels(&[("k", &v)]), vec![]));
    }
    let built = build_index(series);
    let ix = Index::open(FileBytes::Owned(built.bytes.clone()), "block l: index".into()).unwrap();
    let n = built.symbols.len() as u32;
    let mut at = Vec::new();
    for (i, s) in built.symbols.iter().enumerate() {
        let (got, entry) = ix.symbol_near(i as u32, None).unwrap();
        assert_eq!(got, s.as_bytes(), "symbol {i}");
        assert_eq!(ix.symbol(i as u32).unwrap(), s.as_bytes());
        at.push(entry);
    }
    for r0 in 0..n {
        for r in r0..(r0 + 40).min(n) {
            let (got, entry) = ix.symbol_near(r, Some((r0, at[r0 as usize]))).unwrap();
            assert_eq!(got, built.symbols[r as usize].as_bytes(), "symbol {r} from {r0}");
            assert_eq!(entry, at[r as usize]);
        }
        // A hint after the wanted entry is not used.
        assert_eq!(ix.symbol_near(0, Some((r0, at[r0 as usize]))).unwrap().0, built.symbols[0].as_bytes());
    }
    assert!(ix.symbol_near(n, None).is_err());
}

#[test]
fn series_read_into_a_window_equal_series_read_through_the_mapping() {
    let mut series = Vec::new();
    for i in 0..3000u64 {
        let chunks = (0..i % 7).map(|k| ChunkMeta { min_time: (k * 100) as i64, max_time: (k * 100 + 99) as i64, chunk_ref: 8 + k * 1000 + i }).collect();
        series.push((labels(&[("a", &format!("{i:05}")), ("b", &format!("{:03}", i % 97))]), chunks));
    }
    let built = build_index(series);
    let read = |ix: &Index, win: &mut ReadWindow, r: u32| {
        let (mut l1, mut c1, mut l2, mut c2) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let a = ix.series(SeriesRef(r), &mut l1, &mut c1).map_err(|e| e.to_string());
        let b = ix.series_in(SeriesRef(r), win, &mut l2, &mut c2).map_err(|e| e.to_string());
        assert_eq!(a, b, "series {r}");
        if a.is_ok() {
            assert_eq!((l1, c1), (l2, c2), "series {r}");
        }
        a.is_ok()
    };
    let ix = Index::open(FileBytes::Owned(built.bytes.clone()), "block w: index".into()).unwrap();
    let mut win = ReadWindow::new(MIN_READ_AHEAD);
    // In order (a scan), backwards, and out of range.
    for (r, _, _) in built.series.iter().chain(built.series.iter().rev()) {
        assert!(read(&ix, &mut win, *r));
    }
    assert!(!read(&ix, &mut win, u32::MAX));
    // Every byte of the first series entries flipped: the same error, or the same answer.
    let first = built.series[0].0 as usize * 16;
    let mut failed = 0;
    for at in first..first + 400 {
        let mut b = built.bytes.clone();
        b[at] ^= 0x5a;
        let Ok(ix) = Index::open(FileBytes::Owned(b), "block w: index".into()) else { continue };
        let mut win = ReadWindow::new(MIN_READ_AHEAD);
        for (r, _, _) in &built.series[..40] {
            failed += usize::from(!read(&ix, &mut win, *r));
        }
    }
    assert!(failed >= 300, "{failed} failed reads");
}
