//! Thanos `shard_info` (pkg/store/storepb/shard_info.go; shared/spec/storeapi.md §3.6): hash the
//! final label set as sent, keep the series whose hash falls in this shard. Applied before any
//! chunk of the series is read.

use xxhash_rust::xxh64::xxh64;

use super::order::Label;

/// The request's shard_info as the engine applies it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardSpec {
    pub shard_index: i64,
    pub total_shards: i64,
    /// true: hash only `labels`; false: hash every label except `labels`.
    pub by: bool,
    pub labels: Vec<String>,
}

pub struct ShardFilter {
    index: u64,
    total: u64,
    by: bool,
    names: Vec<Vec<u8>>,
    buf: Vec<u8>,
}

impl ShardFilter {
    /// None when the request is not sharded (no shard_info, or fewer than one shard).
    pub fn new(spec: Option<&ShardSpec>) -> Option<ShardFilter> {
        let s = spec?;
        if s.total_shards < 1 {
            return None;
        }
        let mut names: Vec<Vec<u8>> = s.labels.iter().map(|n| n.as_bytes().to_vec()).collect();
        names.sort();
        names.dedup();
        // Go compares `hash % uint64(total) == uint64(index)`: a negative index never matches.
        Some(ShardFilter { index: s.shard_index as u64, total: s.total_shards as u64, by: s.by, names, buf: Vec::new() })
    }

    /// XXH64 (seed 0) of `name 0xff value 0xff` for every kept label of the final set.
    pub fn hash(&mut self, fin: &[Label]) -> u64 {
        self.buf.clear();
        for (n, v) in fin {
            let listed = self.names.binary_search_by(|x| x.as_slice().cmp(n)).is_ok();
            if listed == self.by {
                self.buf.extend_from_slice(n);
                self.buf.push(0xff);
                self.buf.extend_from_slice(v);
                self.buf.push(0xff);
            }
        }
        xxh64(&self.buf, 0)
    }

    pub fn keep(&mut self, fin: &[Label]) -> bool {
        self.hash(fin) % self.total == self.index
    }
}
