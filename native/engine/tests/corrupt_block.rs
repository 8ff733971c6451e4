//! Damaged inputs must give CORRUPT_BLOCK errors naming the block and file, never a panic and
//! never a silently different answer: every truncation and every single-byte flip of a small
//! index either fails or (for padding bytes) reads exactly as the original.

mod blockgen;

use blockgen::{build_index, build_segment, labels, meta_json, write_block};
use storeapi_engine::query::{MatchType, Matcher};
use storeapi_engine::tsdb::{Block, BlockChunkRef, ChunkMeta, FileBytes, Index};
use storeapi_engine::{ErrorCode, Result};

fn sample_index() -> Vec<u8> {
    let c = |t: i64| vec![ChunkMeta { min_time: t, max_time: t + 5, chunk_ref: 8 }, ChunkMeta { min_time: t + 10, max_time: t + 20, chunk_ref: 40 }];
    build_index(vec![
        (labels(&[("__name__", "up"), ("job", "a")]), c(0)),
        (labels(&[("__name__", "up"), ("job", "b")]), c(100)),
        (labels(&[("__name__", "x"), ("env", "p")]), c(-7)),
    ])
    .bytes
}

/// Everything a reader can be asked, as one comparable value.
fn dump(ix: &Index) -> Result<String> {
    let mut s = String::new();
    let names = storeapi_engine::query::labels::label_names(ix, &[])?;
    s += &format!("{names:?}\n");
    for n in &names {
        let values = storeapi_engine::query::labels::label_values(ix, n, &[])?;
        s += &format!("{n}: {values:?}\n");
        for v in &values {
            let ms = [Matcher::new(MatchType::Equal, n.as_str(), v.as_str())?];
            s += &format!("{n}={v}: {:?}\n", storeapi_engine::query::select::postings_for_matchers(ix, &ms)?);
        }
        let ms = [Matcher::new(MatchType::Regexp, n.as_str(), ".+")?];
        s += &format!("{n}=~.+: {:?}\n", storeapi_engine::query::select::postings_for_matchers(ix, &ms)?);
        let ms = [Matcher::new(MatchType::Equal, "job", "a")?];
        s += &format!("{n} | job=a: {:?}\n", storeapi_engine::query::labels::label_values(ix, n, &ms)?);
    }
    let all = storeapi_engine::query::select::postings_for_matchers(ix, &[])?;
    let mut out = Vec::new();
    storeapi_engine::query::select::write_series_set(ix, &all, i64::MIN, i64::MAX, &mut out)?;
    s += &format!("{all:?} {out:?}\n");
    Ok(s)
}

fn open(b: Vec<u8>) -> Result<Index> {
    Index::open(FileBytes::Owned(b), "block /tmp/x: index".into())
}

fn assert_corrupt(e: &storeapi_engine::Error, ctx: &str) {
    assert!(
        e.code == ErrorCode::CorruptBlock || e.code == ErrorCode::InvalidArgument,
        "{ctx}: unexpected code {e}"
    );
    assert!(e.message.contains("block /tmp/x: index"), "{ctx}: message does not name the file: {e}");
}

#[test]
fn every_truncation_fails_cleanly() {
    let b = sample_index();
    for n in 0..b.len() {
        match open(b[..n].to_vec()) {
            Ok(ix) => {
                if let Err(e) = dump(&ix) {
                    assert_corrupt(&e, &format!("truncated to {n}"));
                }
            }
            Err(e) => {
                assert_eq!(e.code, ErrorCode::CorruptBlock, "truncated to {n}: {e}");
                assert_corrupt(&e, &format!("truncated to {n}"));
            }
        }
    }
}

#[test]
fn every_byte_flip_is_detected_or_harmless() {
    let b = sample_index();
    let want = dump(&open(b.clone()).unwrap()).unwrap();
    let mut detected = 0;
    for i in 0..b.len() {
        for mask in [0x01u8, 0x80, 0xFF] {
            let mut c = b.clone();
            c[i] ^= mask;
            let got = open(c).and_then(|ix| dump(&ix));
            match got {
                Ok(s) => assert_eq!(s, want, "flip {mask:#x} at {i} changed the answer silently"),
                Err(e) => {
                    detected += 1;
                    assert_corrupt(&e, &format!("flip {mask:#x} at {i}"));
                }
            }
        }
    }
    assert!(detected > b.len() * 2, "most flips must be detected ({detected})");
}

#[test]
fn bad_magic_version_and_toc() {
    let b = sample_index();
    let mut c = b.clone();
    c[0] = 0;
    assert!(open(c).err().unwrap().message.contains("magic"));
    let mut c = b.clone();
    c[4] = 1;
    assert!(open(c).err().unwrap().message.contains("version 1"));
    let mut c = b.clone();
    let n = c.len();
    c[n - 1] ^= 1;
    assert!(open(c).err().unwrap().message.contains("table of contents"));
}

fn segment() -> (Vec<u8>, Vec<u32>) {
    build_segment(&[(1, vec![0, 1, 2, 3, 4]), (2, vec![9; 300]), (1, vec![])])
}

#[test]
fn block_open_and_chunk_reads() {
    let (seg, offs) = segment();
    let ix = sample_index();
    let dir = write_block("ok", &meta_json(3), &ix, &[(0, seg.clone())]);
    let d = dir.to_str().unwrap();
    let b = Block::open(d).unwrap();
    assert_eq!(b.num_series().unwrap(), 3);
    assert_eq!(b.meta().stats.num_series, 3);
    assert_eq!(b.meta_json(), meta_json(3));

    let mut refs = Vec::new();
    for &o in &offs {
        refs.extend_from_slice(&BlockChunkRef::pack(0, o).0.to_le_bytes());
    }
    let list = b.chunks(&refs).unwrap();
    let mut want = vec![1u8];
    want.extend_from_slice(&5u32.to_le_bytes());
    want.extend_from_slice(&[0, 1, 2, 3, 4]);
    want.push(2);
    want.extend_from_slice(&300u32.to_le_bytes());
    want.extend_from_slice(&[9; 300]);
    want.push(1);
    want.extend_from_slice(&0u32.to_le_bytes());
    assert_eq!(list, want);

    // A reference into segment index 1 (file 000002), which does not exist.
    let e = b.chunks(&BlockChunkRef::pack(1, 8).0.to_le_bytes()).unwrap_err();
    assert_eq!(e.code, ErrorCode::CorruptBlock);
    assert!(e.message.contains(d) && e.message.contains("chunks/000002"), "{e}");
    // Offsets inside the header or past the end.
    for off in [0u32, 3, seg.len() as u32, u32::MAX] {
        let e = b.chunks(&BlockChunkRef::pack(0, off).0.to_le_bytes()).unwrap_err();
        assert!(e.message.contains("chunks/000001"), "{e}");
    }
    let e = b.chunks(&[1, 2, 3]).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidArgument);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn every_segment_flip_is_detected_or_harmless() {
    let (seg, offs) = segment();
    let mut refs = Vec::new();
    for &o in &offs {
        refs.extend_from_slice(&BlockChunkRef::pack(0, o).0.to_le_bytes());
    }
    let ix = sample_index();
    let dir = write_block("flip", &meta_json(3), &ix, &[(0, seg.clone())]);
    let want = Block::open(dir.to_str().unwrap()).unwrap().chunks(&refs).unwrap();
    for i in 0..seg.len() {
        let mut c = seg.clone();
        c[i] ^= 0x41;
        std::fs::write(dir.join("chunks/000001"), &c).unwrap();
        match Block::open(dir.to_str().unwrap()).and_then(|b| b.chunks(&refs)) {
            Ok(got) => assert_eq!(got, want, "flip at {i}"),
            Err(e) => {
                assert_eq!(e.code, ErrorCode::CorruptBlock);
                assert!(e.message.contains("chunks/000001"), "{e}");
            }
        }
    }
    // Truncations of the segment.
    for n in 0..seg.len() {
        std::fs::write(dir.join("chunks/000001"), &seg[..n]).unwrap();
        if let Err(e) = Block::open(dir.to_str().unwrap()).and_then(|b| b.chunks(&refs)) {
            assert_eq!(e.code, ErrorCode::CorruptBlock);
        } else {
            panic!("truncated segment ({n} bytes) read without error");
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn block_open_errors_name_the_file() {
    let (seg, _) = segment();
    let mut made = Vec::new();
    let ix = sample_index();

    let dir = write_block("meta", "{not json", &ix, &[(0, seg.clone())]);
    made.push(dir.clone());
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert_eq!(e.code, ErrorCode::CorruptBlock);
    assert!(e.message.contains(dir.to_str().unwrap()) && e.message.contains("meta.json"), "{e}");

    let dir = write_block("metav", &meta_json(3).replace("\"version\":1", "\"version\":2"), &ix, &[(0, seg.clone())]);
    made.push(dir.clone());
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert!(e.message.contains("meta.json") && e.message.contains("version"), "{e}");

    let dir = write_block("noindex", &meta_json(3), &ix, &[(0, seg.clone())]);
    made.push(dir.clone());
    std::fs::remove_file(dir.join("index")).unwrap();
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert_eq!(e.code, ErrorCode::CorruptBlock);
    assert!(e.message.contains(dir.to_str().unwrap()) && e.message.contains("index"), "{e}");

    let dir = write_block("badseg", &meta_json(3), &ix, &[(0, seg.clone()), (1, vec![0x85, 0xBD, 0x40, 0xDD, 7, 0, 0, 0])]);
    made.push(dir.clone());
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert!(e.message.contains("chunks/000002") && e.message.contains("version 7"), "{e}");

    let dir = write_block("emptyidx", &meta_json(3), &[], &[(0, seg)]);
    made.push(dir.clone());
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert!(e.message.contains("index") && e.message.contains("too small"), "{e}");

    let dir = write_block("badtomb", &meta_json(3), &ix, &[(0, segment().0)]);
    made.push(dir.clone());
    std::fs::write(dir.join("tombstones"), [0x01, 0x30, 0xBA, 0x30, 1, 0, 0, 0]).unwrap();
    let e = Block::open(dir.to_str().unwrap()).err().unwrap();
    assert_eq!(e.code, ErrorCode::CorruptBlock);
    assert!(e.message.contains(dir.to_str().unwrap()) && e.message.contains("tombstones"), "{e}");

    let e = Block::open("/nonexistent/storeapi/block").err().unwrap();
    assert_eq!(e.code, ErrorCode::NotFound);
    for d in made {
        std::fs::remove_dir_all(d).unwrap();
    }
}
