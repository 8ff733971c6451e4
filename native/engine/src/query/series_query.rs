//! One Series request over persisted blocks (`Engine.querySeries`, src/engine/engine.ts): the
//! plain series stream (block_series.rs) and the special series read up front go through the
//! orderer (order.rs) into final label order; the shard filter runs on the final labels before
//! any chunk is read; chunks are read (CRC-checked), tombstones applied and overlaps merged
//! (merge.rs), and the series encoded as SeriesResponse frames (wire/storepb.rs).
//!
//! The head (head.rs) is one more sorted source after the blocks: its plain series join the
//! k-way merge, its special ones the up-front list, so it goes through the same orderer, the same
//! shard filter and the same chunk merge (as the last source, `HEAD_SOURCE`). Its chunks already
//! start at the head/block boundary (the worker trims them); only chunks overlapping
//! [mint, maxt] are kept, as for blocks, and a head series with none left is not sent.
//!
//! `skip_chunks`: as Thanos's TSDB and bucket stores (and Prometheus's block querier behind
//! the Go sidecar's /api/v1/series), a series is selected only if it has a chunk overlapping
//! [mint, maxt] that does not lie wholly inside one deleted interval; no chunk is read. Without
//! `skip_chunks`, a series whose chunks all turn out empty after deleted samples are dropped
//! (or partly deleted histogram chunks are dropped, merge.rs) is not sent.

use std::sync::Arc;

use super::block_series::{deleted_intervals, special_refs, special_series, Deleted, MergedSeries, PlainSeries, Selection};
use super::matchers::Matcher;
use super::head::HeadSet;
use super::merge::{merge_chunks, OutChunk, SrcChunk, HEAD_SOURCE};
use super::order::{Label, LabelRewrite, Orderer};
use super::shard::{ShardFilter, ShardSpec};
use crate::chunkenc::chunk::{ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2};
use crate::tsdb::chunks::{BlockChunkRef, ChunkAt};
use crate::tsdb::window::ReadWindow;
use crate::tsdb::Block;
use crate::wire::storepb::{ChunkOut, FixedBuf, ResponseWriter};
use crate::{Error, Result};

/// One Series request as the engine runs it (mirrors `SeriesQuery` in src/engine/engine.ts).
#[derive(Debug, Clone)]
pub struct SeriesQuery {
    pub mint: i64,
    pub maxt: i64,
    pub matchers: Vec<Matcher>,
    pub skip_chunks: bool,
    pub external_labels: Vec<(String, String)>,
    pub without_replica_labels: Vec<String>,
    pub shard: Option<ShardSpec>,
    pub batch_size: u32,
    pub chunk_hashes: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SeriesStats {
    pub series: u64,
    pub chunks: u64,
    /// From the chunks' 2-byte big-endian sample counts.
    pub samples: u64,
    /// Frames bytes produced, framing included.
    pub bytes: u64,
}

pub struct SeriesCursor {
    blocks: Vec<Arc<Block>>,
    head: HeadSet,
    deleted: Vec<Deleted>,
    sel: Selection,
    skip_chunks: bool,
    rewrite: LabelRewrite,
    shard: Option<ShardFilter>,
    plain: PlainSeries,
    orderer: Orderer<MergedSeries>,
    writer: ResponseWriter,
    /// Per block, the chunk bytes read ahead of the scan (tsdb/chunks.rs).
    windows: Vec<ReadWindow>,
    /// Chunk bytes of the current series that no window could hold, and where each chunk is.
    arena: Vec<u8>,
    located: Vec<(u8, ChunkAt)>,
    /// Allocations of `emit`'s per-series lists, kept empty between series (`recycle`).
    scratch_src: Vec<SrcChunk<'static>>,
    scratch_out: Vec<OutChunk<'static>>,
    scratch_chunks: Vec<ChunkOut<'static>>,
    /// A series pulled from the orderer that did not fit the caller's buffer of `next_into`:
    /// the next call encodes it first.
    held: Option<(Vec<Label>, MergedSeries)>,
    stats: SeriesStats,
    done: bool,
}

/// Where `next_into` left the Frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filled {
    /// The first n bytes of the caller's buffer (0: the request is done).
    Into(usize),
    /// Lent (as `next_lent`, n bytes): they did not fit the caller's buffer.
    Lent(usize),
}

/// An empty Vec on `v`'s allocation for another element type of the same layout: here the same
/// type under another lifetime, so that `emit` borrows chunk bytes into lists it keeps from
/// series to series instead of allocating three per series. Collecting a `vec::IntoIter` through
/// `map` reuses its buffer when the layouts match (std's in-place collect; test below); the
/// closure never runs, since `v` was emptied first.
fn recycle<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().map(|_| unreachable!("recycled lists are empty")).collect()
}

impl SeriesCursor {
    /// Plans the request: selects postings in every block overlapping [mint, maxt] and reads the
    /// special series (labels and chunk metas). No chunk is read here.
    pub fn new(blocks: Vec<Arc<Block>>, q: SeriesQuery) -> Result<SeriesCursor> {
        SeriesCursor::with_head(blocks, q, None)
    }

    /// As `new`, with the head's HeadSeriesSet bytes (src/engine/engine.ts) merged in.
    pub fn with_head(blocks: Vec<Arc<Block>>, q: SeriesQuery, head: Option<Vec<u8>>) -> Result<SeriesCursor> {
        let rewrite = LabelRewrite::new(&q.external_labels, &q.without_replica_labels)?;
        let mut shard = ShardFilter::new(q.shard.as_ref());
        let empty = q.mint > q.maxt;
        // meta.json maxTime is exclusive.
        let blocks: Vec<Arc<Block>> = blocks
            .into_iter()
            .filter(|b| !empty && b.meta().min_time <= q.maxt && b.meta().max_time > q.mint)
            .collect();
        let sel = Selection { mint: q.mint, maxt: q.maxt, matchers: q.matchers };
        let deleted: Vec<Deleted> = blocks.iter().map(|b| deleted_intervals(b)).collect();
        let special: Vec<Vec<u32>> = blocks
            .iter()
            .map(|b| special_refs(b, &sel.matchers, rewrite.special_names()))
            .collect::<Result<_>>()?;
        let mut head = match head {
            Some(buf) if !empty => HeadSet::parse(buf)?,
            _ => HeadSet::default(),
        };
        let (mut head_plain, mut head_special) = (Vec::new(), Vec::new());
        for (i, hs) in head.series.iter_mut().enumerate() {
            hs.chunks.retain(|c| c.max_time >= q.mint && c.min_time <= q.maxt);
            if hs.chunks.is_empty() {
                continue;
            }
            // The labels move to the merge; the chunks stay in the set.
            let labels = std::mem::take(&mut hs.labels);
            if labels.iter().any(|(n, _)| rewrite.is_special_name(n)) {
                head_special.push((i, labels));
            } else {
                head_plain.push((i, labels));
            }
        }
        let mut held = Vec::new();
        for s in special_series(&blocks, &sel, &deleted, &special, head_special)? {
            let fin = rewrite.final_labels(&s.labels);
            if shard.as_mut().is_none_or(|f| f.keep(&fin)) {
                held.push((fin, s));
            }
        }
        let plain = PlainSeries::new(&blocks, &sel, special, head_plain)?;
        // Each block has this window and one for its series entries (block_series.rs).
        let windows = blocks.iter().map(|_| ReadWindow::new(ReadWindow::read_ahead_for(2 * blocks.len()))).collect();
        Ok(SeriesCursor {
            blocks,
            head,
            deleted,
            sel,
            skip_chunks: q.skip_chunks,
            rewrite,
            shard,
            plain,
            orderer: Orderer::new(held),
            writer: ResponseWriter::new(q.batch_size, q.chunk_hashes),
            windows,
            arena: Vec::new(),
            located: Vec::new(),
            scratch_src: Vec::new(),
            scratch_out: Vec::new(),
            scratch_chunks: Vec::new(),
            held: None,
            stats: SeriesStats::default(),
            done: false,
        })
    }

    /// The next Frames: series are encoded until complete frames of at least `max_bytes` are
    /// pending, then those are returned (at least one frame unless done; empty when done).
    pub fn next(&mut self, max_bytes: usize) -> Result<Vec<u8>> {
        self.fill(max_bytes)?;
        let frames = self.writer.take_frames();
        self.stats.bytes += frames.len() as u64;
        Ok(frames)
    }

    /// As `next`, but the Frames are lent, not given: they stay valid (see `lent`) until the
    /// next call and their buffer is then reused. For a caller that copies them anyway (the
    /// napi binding copies into a JS-allocated buffer), this saves a fresh buffer per call.
    pub fn next_lent(&mut self, max_bytes: usize) -> Result<&[u8]> {
        self.writer.clear_frames();
        self.fill(max_bytes)?;
        self.stats.bytes += self.writer.pending_len() as u64;
        Ok(self.writer.frames())
    }

    /// As `next_lent`, but the Frames are written straight into `dst` (the query worker's JS
    /// buffer), so no one copies them again. The same bytes, in the same order, as `next` and
    /// `next_lent` give; a call may stop before `max_bytes` when the next series does not fit
    /// what is left of `dst` (it then comes first in the next call). When even that is not
    /// possible — the first series of the call, or a SeriesBatch left open, does not fit — the
    /// frames so far move to the cursor's own buffer and the call goes on as `next_lent`
    /// (`Filled::Lent`; take them with `lent`).
    pub fn next_into(&mut self, dst: &mut [u8], max_bytes: usize) -> Result<Filled> {
        self.writer.clear_frames();
        if !self.writer.is_empty() {
            // Not reached: calls end on complete frames. Keep the frames' order regardless.
            self.fill(max_bytes)?;
            return Ok(self.lent_result());
        }
        let mut out = FixedBuf::new(dst);
        let target = max_bytes.max(1);
        while !self.done && self.writer.pending_len() < target {
            match self.next_ordered() {
                Ok(Some((fin, s))) => match self.emit(Some(&mut out), &fin, &s) {
                    Ok(true) => self.done_with(fin, s),
                    Ok(false) => {
                        let clean_stop = !self.writer.batch_open() && self.writer.pending_len() > 0;
                        self.held = Some((fin, s));
                        if clean_stop {
                            break;
                        }
                        return self.spill(&out, max_bytes);
                    }
                    Err(e) => {
                        self.done = true;
                        return Err(e);
                    }
                },
                Ok(None) => {
                    self.done = true;
                    if !self.writer.flush_in(&mut out) {
                        return self.spill(&out, max_bytes);
                    }
                }
                Err(e) => {
                    self.done = true;
                    return Err(e);
                }
            }
        }
        let n = self.writer.pending_len();
        self.writer.forget_frames_in();
        self.stats.bytes += n as u64;
        Ok(Filled::Into(n))
    }

    /// `next_into` goes on in the cursor's own buffer from what `out` holds.
    fn spill(&mut self, out: &FixedBuf<'_>, max_bytes: usize) -> Result<Filled> {
        self.writer.adopt(out.filled());
        if self.done {
            self.writer.flush();
        }
        self.fill(max_bytes)?;
        Ok(self.lent_result())
    }

    fn lent_result(&mut self) -> Filled {
        let n = self.writer.pending_len();
        self.stats.bytes += n as u64;
        if n == 0 {
            Filled::Into(0)
        } else {
            Filled::Lent(n)
        }
    }

    /// The Frames the last `next_lent` returned.
    pub fn lent(&self) -> &[u8] {
        self.writer.frames()
    }

    /// Encodes series until complete frames of at least `max_bytes` are pending or the request
    /// is done (then the open batch is flushed).
    fn fill(&mut self, max_bytes: usize) -> Result<()> {
        // pending_len counts complete frames only, so this ends with at least one frame unless
        // the request is done.
        let target = max_bytes.max(1);
        while !self.done && self.writer.pending_len() < target {
            match self.next_ordered() {
                Ok(Some((fin, s))) => {
                    if let Err(e) = self.emit(None, &fin, &s) {
                        self.done = true;
                        return Err(e);
                    }
                    self.done_with(fin, s);
                }
                Ok(None) => {
                    self.writer.flush();
                    self.done = true;
                }
                Err(e) => {
                    self.done = true;
                    return Err(e);
                }
            }
        }
        Ok(())
    }

    pub fn stats(&self) -> SeriesStats {
        self.stats
    }

    /// Gives the lists of a series that is encoded (or filtered out) to the next entries read.
    fn done_with(&mut self, fin: Vec<Label>, s: MergedSeries) {
        let spare = self.plain.spare();
        spare.put_labels(fin);
        spare.put_series(s);
    }

    /// Next series in final label order: pulls plain series through the shard filter into the
    /// orderer until it can settle one.
    fn next_ordered(&mut self) -> Result<Option<(Vec<Label>, MergedSeries)>> {
        if let Some(x) = self.held.take() {
            return Ok(Some(x));
        }
        loop {
            if let Some(x) = self.orderer.pop() {
                return Ok(Some(x));
            }
            if self.orderer.is_finished() {
                return Ok(None);
            }
            match self.plain.next(&self.blocks, &self.sel, &self.deleted)? {
                Some(mut s) => {
                    // The series' own list becomes its final one; nothing reads `s.labels` later.
                    let fin = self.rewrite.plain_final_labels(std::mem::take(&mut s.labels));
                    if self.shard.as_mut().is_none_or(|f| f.keep(&fin)) {
                        self.orderer.push(fin, s);
                    } else {
                        self.done_with(fin, s);
                    }
                }
                None => self.orderer.finish(),
            }
        }
    }

    /// Encodes one series into `out` (None: the writer's own buffer). Ok(false): it did not fit
    /// `out`, and nothing was written or counted.
    fn emit(&mut self, out: Option<&mut FixedBuf<'_>>, fin: &[Label], s: &MergedSeries) -> Result<bool> {
        if self.skip_chunks {
            let pushed = push(&mut self.writer, out, fin, &[])?;
            if pushed {
                self.stats.series += 1;
            }
            return Ok(pushed);
        }
        // Every block's chunks of the series are read first, into the block's window (or the
        // arena), and borrowed from there below.
        self.arena.clear();
        self.located.clear();
        for h in &s.hits {
            let b = &self.blocks[h.block];
            let refs = h.chunks.iter().map(|c| BlockChunkRef(c.chunk_ref));
            b.chunk_reader().read_series(refs, &mut self.windows[h.block], &mut self.arena, &mut self.located, |r, encoding| {
                if [ENC_XOR, ENC_XOR2, ENC_HISTOGRAM, ENC_FLOAT_HISTOGRAM].contains(&encoding) {
                    return Ok(());
                }
                Err(Error::corrupt(format!(
                    "block {}: chunks: chunk {} has encoding {encoding}, which the StoreAPI cannot carry",
                    b.dir(),
                    r.0
                )))
            })?;
        }
        let head_chunks = s.head.map_or(0, |i| self.head.series[i].chunks.len());
        let mut src: Vec<SrcChunk<'_>> = recycle(std::mem::take(&mut self.scratch_src));
        src.reserve(self.located.len() + head_chunks);
        let mut located = self.located.iter();
        for h in &s.hits {
            let win = &self.windows[h.block];
            let deleted = self.deleted[h.block].get(&h.series_ref).map(Vec::as_slice).unwrap_or(&[]);
            for c in &h.chunks {
                let (encoding, at) = located.next().expect("read_series places every chunk");
                let data = match *at {
                    ChunkAt::Window { lo, hi } => win.bytes(lo, hi),
                    ChunkAt::Arena { lo, hi } => &self.arena[lo..hi],
                };
                src.push(SrcChunk { block: h.block, min_time: c.min_time, max_time: c.max_time, encoding: *encoding, data, deleted });
            }
        }
        if let Some(i) = s.head {
            for c in &self.head.series[i].chunks {
                if ![ENC_XOR, ENC_XOR2, ENC_HISTOGRAM, ENC_FLOAT_HISTOGRAM].contains(&c.encoding) {
                    return Err(Error::invalid(format!(
                        "head series {}: chunk has encoding {}, which the StoreAPI cannot carry",
                        render(fin),
                        c.encoding
                    )));
                }
                let data = self.head.data(c);
                src.push(SrcChunk { block: HEAD_SOURCE, min_time: c.min_time, max_time: c.max_time, encoding: c.encoding, data, deleted: &[] });
            }
        }
        let mut merged: Vec<OutChunk<'_>> = recycle(std::mem::take(&mut self.scratch_out));
        merged.reserve(src.len());
        merge_chunks(&mut src, &mut merged).map_err(|e| e.context(format_args!("series {}", render(fin))))?;
        self.scratch_src = recycle(src);
        // A series with no chunk left after deletions is consumed without a frame.
        let mut pushed = Ok(true);
        if !merged.is_empty() {
            let mut chunks: Vec<ChunkOut<'_>> = recycle(std::mem::take(&mut self.scratch_chunks));
            chunks.extend(merged.iter().map(|c| ChunkOut { min_time: c.min_time, max_time: c.max_time, encoding: c.encoding, data: &c.data }));
            pushed = push(&mut self.writer, out, fin, &chunks);
            self.scratch_chunks = recycle(chunks);
            if matches!(pushed, Ok(true)) {
                self.stats.series += 1;
                self.stats.chunks += merged.len() as u64;
                for c in &merged {
                    if c.data.len() >= 2 {
                        self.stats.samples += u64::from(u16::from_be_bytes([c.data[0], c.data[1]]));
                    }
                }
            }
        }
        self.scratch_out = recycle(merged);
        pushed
    }
}

/// One series into `out`, or (None) into the writer's own buffer, which always has room.
fn push(writer: &mut ResponseWriter, out: Option<&mut FixedBuf<'_>>, fin: &[Label], chunks: &[ChunkOut<'_>]) -> Result<bool> {
    match out {
        Some(o) => writer.push_pairs_in(o, fin, chunks),
        None => writer.push_pairs(fin, chunks).map(|()| true),
    }
}

/// `{a="b", …}` for error messages.
fn render(l: &[Label]) -> String {
    let parts: Vec<String> =
        l.iter().map(|(n, v)| format!("{}={:?}", String::from_utf8_lossy(n), String::from_utf8_lossy(v))).collect();
    format!("{{{}}}", parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `recycle` keeps the allocation (what `emit` relies on to allocate nothing per series).
    #[test]
    fn recycle_keeps_the_allocation() {
        let data = [1u8, 2, 3];
        let mut v: Vec<ChunkOut<'_>> = Vec::with_capacity(37);
        v.push(ChunkOut { min_time: 1, max_time: 2, encoding: 1, data: &data });
        let ptr = v.as_ptr() as usize;
        let r: Vec<ChunkOut<'static>> = recycle(v);
        assert!(r.is_empty());
        assert_eq!(r.capacity(), 37);
        assert_eq!(r.as_ptr() as usize, ptr);
    }
}
