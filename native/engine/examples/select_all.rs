//! A profiling driver for the Series path without Node: every block of a TSDB directory, one
//! select-all (`{__name__=~".+"}`) with an external label, batches of 64 and chunk hashes (what
//! the sidecar runs for a Querier), Frames drained 1 MiB at a time into a reused 2 MiB buffer
//! as the napi binding's `fillInto` does for the query worker.
//! Deterministic, so `valgrind --tool=callgrind` instruction counts compare two builds:
//!
//!   cargo build --release --example select_all -p storeapi-engine
//!   valgrind --tool=callgrind target/release/examples/select_all DIR [RUNS]
use std::sync::Arc;
use std::time::Instant;

use storeapi_engine::query::matchers::{MatchType, Matcher};
use storeapi_engine::query::series_query::{Filled, SeriesCursor, SeriesQuery};
use storeapi_engine::tsdb::Block;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: select_all TSDB_DIR [RUNS]")?;
    let runs: usize = args.next().map_or(Ok(1), |r| r.parse())?;
    let mut blocks = Vec::new();
    for e in std::fs::read_dir(&dir)? {
        let p = e?.path();
        if p.join("meta.json").exists() {
            blocks.push(Arc::new(Block::open(&p.to_string_lossy())?));
        }
    }
    blocks.sort_by_key(|b| b.meta().min_time);
    for _ in 0..runs {
        let q = SeriesQuery {
            mint: i64::MIN,
            maxt: i64::MAX,
            matchers: vec![Matcher::new(MatchType::Regexp, "__name__", ".+")?],
            skip_chunks: false,
            external_labels: vec![("replica".into(), "a".into())],
            without_replica_labels: vec![],
            shard: None,
            batch_size: 64,
            chunk_hashes: true,
        };
        let began = Instant::now();
        let mut c = SeriesCursor::new(blocks.clone(), q)?;
        let mut room = vec![0u8; 2 << 20];
        loop {
            match c.next_into(&mut room, 1 << 20)? {
                Filled::Into(0) => break,
                Filled::Into(_) => {}
                // Did not fit the room: the binding copies them out (`take`).
                Filled::Lent(n) => assert_eq!(c.lent().len(), n),
            }
        }
        let s = c.stats();
        let st = std::fs::read_to_string("/proc/self/status").unwrap();
        let f = |k: &str| st.lines().find(|l| l.starts_with(k)).unwrap().split_whitespace().nth(1).unwrap().to_string();
        println!("hwm {} anon {} file {}", f("VmHWM:"), f("RssAnon:"), f("RssFile:"));
        println!("{} blocks: {} series, {} chunks, {} bytes in {:.1} ms", blocks.len(), s.series, s.chunks, s.bytes, began.elapsed().as_secs_f64() * 1e3);
    }
    Ok(())
}
