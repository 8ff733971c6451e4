//! Real blocks written by Prometheus's own code (test/fixtures/blocks, see its README): every
//! block opens, `numSeries`/`numChunks`/`numSamples` agree with meta.json, every series entry
//! and every chunk decodes, and the postings of every label pair are exactly the series that
//! carry it (which exercises the sampled postings offset table on real data).

use std::collections::BTreeMap;
use std::path::PathBuf;

use storeapi_engine::chunkenc::chunk::decode_chunks;
use storeapi_engine::query::{MatchType, Matcher};
use storeapi_engine::tsdb::{Block, ChunkMeta, SeriesRef};

fn fixture_blocks() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/fixtures/blocks");
    let mut out = Vec::new();
    for set in std::fs::read_dir(&root).unwrap_or_else(|e| panic!("{}: {e}", root.display())) {
        let set = set.unwrap().path();
        if !set.is_dir() {
            continue;
        }
        for b in std::fs::read_dir(&set).unwrap() {
            let b = b.unwrap().path();
            if b.join("meta.json").is_file() {
                out.push(b);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn every_fixture_block_reads_completely() {
    let blocks = fixture_blocks();
    assert!(!blocks.is_empty(), "no fixture blocks found under test/fixtures/blocks");
    for dir in blocks {
        let d = dir.to_str().unwrap();
        let b = Block::open(d).unwrap_or_else(|e| panic!("{d}: {e}"));
        let stats = b.meta().stats.clone();
        assert_eq!(u64::from(b.num_series().unwrap()), stats.num_series, "{d}: numSeries");
        // Tombstones records are 20 bytes (u32 ref, i64 mint, i64 maxt), one per interval.
        assert_eq!(b.tombstones().len() as u64 / 20, stats.num_tombstones, "{d}: numTombstones");

        let ix = b.index();
        let refs = b.postings(&[]).unwrap();
        assert_eq!(refs.len() as u64, stats.num_series);
        let (mut lbls, mut chks) = (Vec::new(), Vec::new());
        let mut all_chunks: Vec<ChunkMeta> = Vec::new();
        let mut pairs: BTreeMap<(Vec<u8>, Vec<u8>), Vec<u32>> = BTreeMap::new();
        let mut prev_labels: Option<Vec<(Vec<u8>, Vec<u8>)>> = None;
        for &r in &refs {
            ix.series(SeriesRef(r), &mut lbls, &mut chks).unwrap_or_else(|e| panic!("{d}: {e}"));
            let resolved: Vec<(Vec<u8>, Vec<u8>)> =
                lbls.iter().map(|&(n, v)| (ix.symbol(n).unwrap().to_vec(), ix.symbol(v).unwrap().to_vec())).collect();
            // Series refs are in label-set order.
            if let Some(p) = &prev_labels {
                assert!(p < &resolved, "{d}: series {r} out of label order");
            }
            for (n, v) in &resolved {
                pairs.entry((n.clone(), v.clone())).or_default().push(r);
            }
            prev_labels = Some(resolved);
            for w in chks.windows(2) {
                assert!(w[0].min_time <= w[1].min_time, "{d}: chunks not in time order");
            }
            all_chunks.extend_from_slice(&chks);
        }
        assert_eq!(all_chunks.len() as u64, stats.num_chunks, "{d}: numChunks");

        // Every chunk: CRC-checked read, then a full decode through the chunk codecs.
        let mut refs_le = Vec::new();
        for c in &all_chunks {
            refs_le.extend_from_slice(&c.chunk_ref.to_le_bytes());
        }
        let list = b.chunks(&refs_le).unwrap_or_else(|e| panic!("{d}: {e}"));
        let mut at = 0;
        let mut samples = 0u64;
        while at < list.len() {
            let len = u32::from_le_bytes(list[at + 1..at + 5].try_into().unwrap()) as usize;
            let data = &list[at + 5..at + 5 + len];
            samples += u64::from(u16::from_be_bytes([data[0], data[1]]));
            at += 5 + len;
        }
        assert_eq!(samples, stats.num_samples, "{d}: numSamples");
        decode_chunks(&list).unwrap_or_else(|e| panic!("{d}: decode: {e}"));

        // Postings of every pair, by `=` matcher, equal the series that carry the pair.
        for ((n, v), want) in &pairs {
            let (n, v) = (String::from_utf8(n.clone()).unwrap(), String::from_utf8(v.clone()).unwrap());
            let got = b.postings(&[Matcher::new(MatchType::Equal, n.as_str(), v.as_str()).unwrap()]).unwrap();
            assert_eq!(&got, want, "{d}: postings {n}={v}");
        }
        let names: Vec<String> = pairs.keys().map(|(n, _)| String::from_utf8(n.clone()).unwrap()).collect::<std::collections::BTreeSet<_>>().into_iter().collect();
        assert_eq!(b.label_names(&[]).unwrap(), names, "{d}: label names");
        for n in &names {
            let want: Vec<String> =
                pairs.keys().filter(|(k, _)| k == n.as_bytes()).map(|(_, v)| String::from_utf8(v.clone()).unwrap()).collect();
            assert_eq!(b.label_values(n, &[]).unwrap(), want, "{d}: values of {n}");
            // The matcher path (decoding series) must agree with the table path.
            let any = Matcher::new(MatchType::Regexp, n.as_str(), ".+").unwrap();
            assert_eq!(b.label_values(n, &[any]).unwrap(), want, "{d}: values of {n} via matchers");
        }
        let series = b.series(&refs, i64::MIN, i64::MAX).unwrap();
        assert!(!series.is_empty() || refs.is_empty());
    }
}
