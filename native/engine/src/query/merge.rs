//! The chunks of one series gathered from several blocks → the chunks we send, with no sample
//! deleted by a tombstone and no sample twice.
//!
//! Chunks are sorted by min time (block order, then index order, among equals) and cut into
//! groups of chunks whose inclusive time ranges overlap (transitively). Then per group:
//! - one chunk that needs no change is sent as stored (the common case: no copy);
//! - float chunks (XOR, XOR2) that overlap, are partly deleted, or are XOR2 (the Querier decodes
//!   XOR, HISTOGRAM and FLOAT_HISTOGRAM only) are decoded, deleted samples dropped, merged by
//!   timestamp (on equal timestamps the earlier block wins, then the earlier chunk), and
//!   re-encoded as XOR chunks of at most 120 samples;
//! - histogram chunks cannot be rewritten (the engine has no histogram encoder), so:
//!   a histogram chunk partly covered by a deleted interval is dropped whole (deleted samples
//!   must never come back; the undeleted rest of that chunk is lost), and in an overlapping
//!   group that holds a histogram chunk only the chunks of the earliest block in the group are
//!   kept (each handled as a group of its own); the later blocks' samples in that time range
//!   are lost. Blocks written by Prometheus never hold overlapping chunks of one series, so
//!   this only matters for out-of-order or mid-compaction blocks with native histograms.
//!   The head (`HEAD_SOURCE`, the last source) is the exception: its chunks hold the samples at
//!   and after the head/block boundary, which no block we read has, so in such a group every head
//!   chunk is kept as well. The only head chunk that can overlap a block's is a straddling
//!   histogram chunk the worker could not cut (src/prometheus/boundary.ts, LIMITATION): its
//!   samples before the boundary are then sent twice (the Querier merges overlapping chunks of a
//!   series by timestamp), never lost.
//!
//! A chunk lying wholly inside one deleted interval never reaches this module: the caller drops
//! it from the chunk metas before any chunk is read, as Prometheus's block querier does.

use std::borrow::Cow;

use crate::chunkenc::chunk::{encode_xor, ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2};
use crate::chunkenc::xor::decode_xor;
use crate::chunkenc::xor2::decode_xor2;
use crate::{Error, Result};

/// `SrcChunk::block` of a head chunk: after every block, so a block wins every tie.
pub const HEAD_SOURCE: usize = usize::MAX;

/// One stored chunk of the series.
pub struct SrcChunk<'a> {
    /// Position of the block in the query's block list: lower wins on equal timestamps.
    pub block: usize,
    pub min_time: i64,
    pub max_time: i64,
    pub encoding: u8,
    pub data: &'a [u8],
    /// Deleted intervals (inclusive) of this series in this block.
    pub deleted: &'a [(i64, i64)],
}

/// One chunk to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutChunk<'a> {
    pub min_time: i64,
    pub max_time: i64,
    pub encoding: u8,
    pub data: Cow<'a, [u8]>,
}

fn is_float(enc: u8) -> bool {
    enc == ENC_XOR || enc == ENC_XOR2
}

fn is_histogram(enc: u8) -> bool {
    enc == ENC_HISTOGRAM || enc == ENC_FLOAT_HISTOGRAM
}

fn touches_deleted(c: &SrcChunk<'_>) -> bool {
    c.deleted.iter().any(|&(lo, hi)| lo <= c.max_time && hi >= c.min_time)
}

fn is_deleted(deleted: &[(i64, i64)], t: i64) -> bool {
    deleted.iter().any(|&(lo, hi)| t >= lo && t <= hi)
}

/// Builds the chunks to send for one series. `chunks` must come in block order, and in index
/// order within a block.
pub fn merge_chunks<'a>(chunks: &mut [SrcChunk<'a>], out: &mut Vec<OutChunk<'a>>) -> Result<()> {
    for c in chunks.iter() {
        if !is_float(c.encoding) && !is_histogram(c.encoding) {
            return Err(Error::corrupt(format!("chunk encoding {} cannot be sent over the StoreAPI", c.encoding)));
        }
    }
    // Stable: equal min times keep block order, then index order.
    chunks.sort_by_key(|c| c.min_time);
    let mut start = 0;
    while start < chunks.len() {
        let mut end = start + 1;
        let mut group_max = chunks[start].max_time;
        while end < chunks.len() && chunks[end].min_time <= group_max {
            group_max = group_max.max(chunks[end].max_time);
            end += 1;
        }
        merge_group(&chunks[start..end], out)?;
        start = end;
    }
    Ok(())
}

fn merge_group<'a>(group: &[SrcChunk<'a>], out: &mut Vec<OutChunk<'a>>) -> Result<()> {
    if group.len() == 1 {
        return single(&group[0], out);
    }
    if group.iter().any(|c| is_histogram(c.encoding)) {
        let first = group.iter().map(|c| c.block).min().unwrap_or(0);
        for c in group.iter().filter(|c| c.block == first || c.block == HEAD_SOURCE) {
            single(c, out)?;
        }
        return Ok(());
    }
    // All floats: decode each (dropping deleted samples), then a k-way merge by timestamp.
    let decoded: Vec<Vec<u8>> = group.iter().map(float_samples).collect::<Result<_>>()?;
    let mut pos = vec![0usize; decoded.len()];
    let mut merged = Vec::with_capacity(decoded.iter().map(Vec::len).sum());
    loop {
        let mut best: Option<(usize, i64)> = None;
        for (k, d) in decoded.iter().enumerate() {
            if pos[k] < d.len() {
                let t = sample_t(d, pos[k]);
                // Strict `<`: on a tie the earlier chunk in group order (earlier block) wins.
                if best.is_none_or(|(_, bt)| t < bt) {
                    best = Some((k, t));
                }
            }
        }
        let Some((k, t)) = best else { break };
        merged.extend_from_slice(&decoded[k][pos[k]..pos[k] + 16]);
        for (j, d) in decoded.iter().enumerate() {
            while pos[j] < d.len() && sample_t(d, pos[j]) == t {
                pos[j] += 16;
            }
        }
    }
    push_encoded(&merged, out)
}

/// One chunk overlapping nothing else of the series.
fn single<'a>(c: &SrcChunk<'a>, out: &mut Vec<OutChunk<'a>>) -> Result<()> {
    let rewrite = touches_deleted(c) || c.encoding == ENC_XOR2;
    if !rewrite {
        out.push(OutChunk { min_time: c.min_time, max_time: c.max_time, encoding: c.encoding, data: Cow::Borrowed(c.data) });
        return Ok(());
    }
    if is_histogram(c.encoding) {
        return Ok(()); // partly deleted histogram chunk: dropped (see the module comment)
    }
    push_encoded(&float_samples(c)?, out)
}

fn sample_t(d: &[u8], off: usize) -> i64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[off..off + 8]);
    i64::from_le_bytes(b)
}

/// The chunk's float samples `{i64 t, u64 v}` (LE), deleted ones dropped, in chunk order
/// (a sample not after its predecessor is dropped: a chunk's timestamps must ascend).
fn float_samples(c: &SrcChunk<'_>) -> Result<Vec<u8>> {
    let mut raw = Vec::new();
    if c.encoding == ENC_XOR {
        decode_xor(c.data, &mut raw)?;
    } else {
        decode_xor2(c.data, &mut raw)?;
    }
    let mut keep = Vec::with_capacity(raw.len());
    let mut last: Option<i64> = None;
    for s in raw.chunks_exact(16) {
        let t = sample_t(s, 0);
        if last.is_some_and(|l| t <= l) || is_deleted(c.deleted, t) {
            continue;
        }
        last = Some(t);
        keep.extend_from_slice(s);
    }
    Ok(keep)
}

/// Re-encodes float samples as XOR chunks of at most 120 samples.
fn push_encoded(samples: &[u8], out: &mut Vec<OutChunk<'_>>) -> Result<()> {
    if samples.is_empty() {
        return Ok(());
    }
    let list = encode_xor(samples)?;
    let mut off = 0;
    for group in samples.chunks(16 * crate::chunkenc::chunk::SAMPLES_PER_CHUNK) {
        let len = u32::from_le_bytes([list[off + 1], list[off + 2], list[off + 3], list[off + 4]]) as usize;
        let data = list[off + 5..off + 5 + len].to_vec();
        off += 5 + len;
        out.push(OutChunk {
            min_time: sample_t(group, 0),
            max_time: sample_t(group, group.len() - 16),
            encoding: ENC_XOR,
            data: Cow::Owned(data),
        });
    }
    Ok(())
}
