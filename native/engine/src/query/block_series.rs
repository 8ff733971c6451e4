//! Series of several blocks for one Series request, labels and chunk metas only: per block
//! matchers → postings → series entries (chunk metas overlapping [mint, maxt], minus chunks lying
//! wholly inside one deleted interval; a series left without chunks is omitted), then a k-way
//! merge across blocks by label set, so a series present in several blocks comes out once with
//! the chunk metas of each.
//!
//! Series with a label named like an external or replica label ("special", see `order.rs`) are
//! left out of the merged stream; `special_series` reads them up front instead.
//!
//! The head (head.rs, series already sorted by label set) is one more sorted source after the
//! blocks: its plain series join the k-way merge, its special series join `special_series`. A
//! series in blocks and head comes out once, with the blocks' hits and the head's index.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

use super::matchers::{MatchType, Matcher};
use super::order::{compare_labels, Label, Sym};
use super::select::RefScan;
use crate::tsdb::index::{ChunkMeta, SeriesRef};
use crate::tsdb::postings::merge;
use crate::tsdb::tombstones::TOMBSTONE_RECORD_LEN;
use crate::tsdb::window::{ReadWindow, MIN_READ_AHEAD};
use crate::tsdb::Block;
use crate::Result;

/// Series entries read per block at a time: bounds memory without a call per series.
const BATCH: usize = 256;

/// Deleted intervals of one block by series ref.
pub type Deleted = HashMap<u32, Vec<(i64, i64)>>;

/// Parses a block's Tombstones bytes (src/engine/engine.ts layout).
pub fn deleted_intervals(b: &Block) -> Deleted {
    let mut out: Deleted = HashMap::new();
    for r in b.tombstones().chunks_exact(TOMBSTONE_RECORD_LEN) {
        let le64 = |o: usize| {
            let mut x = [0u8; 8];
            x.copy_from_slice(&r[o..o + 8]);
            i64::from_le_bytes(x)
        };
        let sref = u32::from_le_bytes([r[0], r[1], r[2], r[3]]);
        out.entry(sref).or_default().push((le64(4), le64(12)));
    }
    out
}

/// One series' presence in one block.
#[derive(Debug, Clone)]
pub struct BlockHit {
    pub block: usize,
    pub series_ref: u32,
    pub chunks: Vec<ChunkMeta>,
}

/// One series across blocks and head: its own labels, its hits in block order, and its index
/// in the head's series when the head holds it too.
#[derive(Debug, Clone)]
pub struct MergedSeries {
    pub labels: Vec<Label>,
    pub hits: Vec<BlockHit>,
    pub head: Option<usize>,
}

/// What every block reader needs to know about the request.
pub struct Selection {
    pub mint: i64,
    pub maxt: i64,
    pub matchers: Vec<Matcher>,
}

/// Label bytes of the series read last from one block, by label position, with the symbol
/// refs they came from. Series come in label order, so neighbours share most of their labels
/// (all names, and every value but the last few): those are shared from here instead of being
/// looked up again, which for v2 indexes means skipping up to 31 symbols from the nearest
/// sampled offset each time. Also the window the block's series entries are read into.
struct SymbolMemo {
    win: ReadWindow,
    /// By label position: the name and value refs, the label, and where the value's symbol
    /// entry starts (where the lookup of the next value at that position can start).
    prev: Vec<((u32, u32), Label, usize)>,
    /// Scratch for the entry's symbol refs, reused across series.
    syms: Vec<(u32, u32)>,
    /// Symbols resolved lately, direct-mapped by reference (`RECENT` slots): a value that comes
    /// back at its position after other values (a namespace cycling along the pods), or a name
    /// at a shifted position, is shared from here instead of being looked up and allocated again.
    recent: Vec<Option<(u32, Sym, usize)>>,
}

/// Slots of `SymbolMemo::recent`.
const RECENT: usize = 256;

/// Symbol `r` with where its entry starts: from `recent` when its slot holds it, else looked
/// up (from `near`, see `Index::symbol_near`) and put in the slot.
fn recent_symbol(
    recent: &mut [Option<(u32, Sym, usize)>],
    ix: &crate::tsdb::index::Index,
    r: u32,
    near: Option<(u32, usize)>,
) -> Result<(Sym, usize)> {
    let slot = &mut recent[r as usize % RECENT];
    if let Some((sr, s, at)) = slot {
        if *sr == r {
            return Ok((s.clone(), *at));
        }
    }
    let (bytes, at) = ix.symbol_near(r, near)?;
    let s: Sym = bytes.into();
    *slot = Some((r, s.clone(), at));
    Ok((s, at))
}

impl SymbolMemo {
    fn new(read_ahead: usize) -> SymbolMemo {
        SymbolMemo { win: ReadWindow::new(read_ahead), prev: Vec::new(), syms: Vec::new(), recent: vec![None; RECENT] }
    }

    /// The entry's labels into `labels` (empty, from `Spare`).
    ///
    /// Two passes: `prev` is brought up to this entry first, then its first `syms.len()` labels
    /// are cloned into `labels` by one `extend`. Pushing each label as it was resolved staged it
    /// on the stack across the push's possible growth call, and the 16-byte reload of the two
    /// 8-byte halves just stored could not be forwarded: about half of `read_entry`'s samples.
    fn labels(&mut self, ix: &crate::tsdb::index::Index, mut labels: Vec<Label>) -> Result<Vec<Label>> {
        for (i, &(n, v)) in self.syms.iter().enumerate() {
            match self.prev.get_mut(i) {
                Some((refs, _, _)) if *refs == (n, v) => {}
                Some((refs, l, at)) => {
                    let (name, near) = if refs.0 == n { (l.0.clone(), Some((refs.1, *at))) } else { (recent_symbol(&mut self.recent, ix, n, None)?.0, None) };
                    let (value, value_at) = recent_symbol(&mut self.recent, ix, v, near)?;
                    *refs = (n, v);
                    *l = (name, value);
                    *at = value_at;
                }
                None => {
                    let (value, value_at) = recent_symbol(&mut self.recent, ix, v, None)?;
                    let l: Label = (recent_symbol(&mut self.recent, ix, n, None)?.0, value);
                    self.prev.push(((n, v), l, value_at));
                }
            }
        }
        labels.extend(self.prev[..self.syms.len()].iter().map(|(_, l, _)| l.clone()));
        Ok(labels)
    }
}

/// Emptied lists of series already encoded, for the next series entries to fill: a query
/// would otherwise allocate and free three to five per series and block (labels, chunk metas,
/// hits), in bursts of `BATCH` entries that overflow the allocator's per-thread caches. Lists
/// only come back from series taken out of the stream, so the pool never holds more lists than
/// were in flight at once.
#[derive(Default)]
pub struct Spare {
    labels: Vec<Vec<Label>>,
    chunks: Vec<Vec<ChunkMeta>>,
    hits: Vec<Vec<BlockHit>>,
}

impl Spare {
    /// An empty label list, on a used allocation when there is one.
    pub fn labels(&mut self) -> Vec<Label> {
        self.labels.pop().unwrap_or_default()
    }

    pub fn put_labels(&mut self, mut l: Vec<Label>) {
        if l.capacity() > 0 {
            l.clear();
            self.labels.push(l);
        }
    }

    fn chunks(&mut self) -> Vec<ChunkMeta> {
        self.chunks.pop().unwrap_or_default()
    }

    fn put_chunks(&mut self, mut c: Vec<ChunkMeta>) {
        if c.capacity() > 0 {
            c.clear();
            self.chunks.push(c);
        }
    }

    /// Keeps every list of a series that is done with.
    pub fn put_series(&mut self, s: MergedSeries) {
        let MergedSeries { labels, mut hits, .. } = s;
        self.put_labels(labels);
        for h in hits.drain(..) {
            self.put_chunks(h.chunks);
        }
        if hits.capacity() > 0 {
            self.hits.push(hits);
        }
    }
}

/// Reads the series entry of `r`: labels and the chunk metas to use, or None when no chunk is
/// left (none overlaps the range, or each lies wholly inside one deleted interval).
fn read_entry(
    b: &Block,
    sel: &Selection,
    deleted: &Deleted,
    r: u32,
    memo: &mut SymbolMemo,
    spare: &mut Spare,
) -> Result<Option<(Vec<Label>, Vec<ChunkMeta>)>> {
    let ix = b.index();
    let mut chunks = spare.chunks();
    ix.series_in(SeriesRef(r), &mut memo.win, &mut memo.syms, &mut chunks)?;
    let dels = deleted.get(&r).map(Vec::as_slice).unwrap_or(&[]);
    chunks.retain(|c| {
        c.max_time >= sel.mint
            && c.min_time <= sel.maxt
            && !dels.iter().any(|&(lo, hi)| c.min_time >= lo && c.max_time <= hi)
    });
    if chunks.is_empty() {
        spare.put_chunks(chunks);
        return Ok(None);
    }
    let labels = spare.labels();
    Ok(Some((memo.labels(ix, labels)?, chunks)))
}

/// Sorted refs (selected by the matchers) of series having a label named `names[i]` for some i.
pub fn special_refs(b: &Block, matchers: &[Matcher], names: &[Vec<u8>]) -> Result<Vec<u32>> {
    let mut lists = Vec::new();
    for n in names {
        let mut ms = matchers.to_vec();
        ms.push(Matcher::new(MatchType::NotEqual, String::from_utf8_lossy(n).into_owned(), "")?);
        lists.push(crate::tsdb::postings::Postings::Owned(b.postings(&ms)?));
    }
    Ok(merge(lists))
}

/// The special series of all blocks and of the head (`head_special`: (index, labels) of head
/// series, ascending), merged by label set, in label order of their own labels.
pub fn special_series(
    blocks: &[Arc<Block>],
    sel: &Selection,
    deleted: &[Deleted],
    special: &[Vec<u32>],
    head_special: Vec<(usize, Vec<Label>)>,
) -> Result<Vec<MergedSeries>> {
    let mut all: Vec<(Vec<Label>, BlockHit)> = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        let mut memo = SymbolMemo::new(MIN_READ_AHEAD);
        let mut spare = Spare::default();
        for &r in &special[i] {
            if let Some((labels, chunks)) = read_entry(b, sel, &deleted[i], r, &mut memo, &mut spare)? {
                all.push((labels, BlockHit { block: i, series_ref: r, chunks }));
            }
        }
    }
    // Stable: equal label sets stay in block order.
    all.sort_by(|a, b| compare_labels(&a.0, &b.0));
    let mut out: Vec<MergedSeries> = Vec::new();
    for (labels, hit) in all {
        match out.last_mut() {
            Some(m) if compare_labels(&m.labels, &labels) == Ordering::Equal => m.hits.push(hit),
            _ => out.push(MergedSeries { labels, hits: vec![hit], head: None }),
        }
    }
    if head_special.is_empty() {
        return Ok(out);
    }
    // Both lists ascend: merge them, joining equal label sets.
    let mut merged = Vec::with_capacity(out.len() + head_special.len());
    let mut blocks_it = out.into_iter().peekable();
    for (i, labels) in head_special {
        while let Some(m) = blocks_it.next_if(|m| compare_labels(&m.labels, &labels) == Ordering::Less) {
            merged.push(m);
        }
        match blocks_it.next_if(|m| compare_labels(&m.labels, &labels) == Ordering::Equal) {
            Some(mut m) => {
                m.head = Some(i);
                merged.push(m);
            }
            None => merged.push(MergedSeries { labels, hits: Vec::new(), head: Some(i) }),
        }
    }
    merged.extend(blocks_it);
    Ok(merged)
}

/// One block's plain series, read `BATCH` entries at a time.
struct BlockCursor {
    refs: RefScan,
    /// All refs read.
    exhausted: bool,
    /// Sorted refs to leave out (special series).
    skip: Vec<u32>,
    skip_pos: usize,
    buf: std::collections::VecDeque<(Vec<Label>, BlockHit)>,
    memo: SymbolMemo,
}

impl BlockCursor {
    fn fill(&mut self, i: usize, b: &Block, sel: &Selection, deleted: &Deleted, spare: &mut Spare) -> Result<()> {
        let mut read = 0;
        while read < BATCH {
            let Some(r) = self.refs.next(b.index()) else {
                self.exhausted = true;
                break;
            };
            while self.skip_pos < self.skip.len() && self.skip[self.skip_pos] < r {
                self.skip_pos += 1;
            }
            if self.skip.get(self.skip_pos) == Some(&r) {
                continue;
            }
            read += 1;
            if let Some((labels, chunks)) = read_entry(b, sel, deleted, r, &mut self.memo, spare)? {
                self.buf.push_back((labels, BlockHit { block: i, series_ref: r, chunks }));
            }
        }
        Ok(())
    }
}

/// The k-way merge of the plain series of every block and of the head.
pub struct PlainSeries {
    cursors: Vec<BlockCursor>,
    /// (index, labels) of the head's plain series, ascending; `head_pos` is the next one.
    head: Vec<(usize, Vec<Label>)>,
    head_pos: usize,
    /// Lists of encoded series, given back through `spare()`.
    spare: Spare,
}

impl PlainSeries {
    /// `special[i]` are the sorted refs of block i to leave out; `head` are the head's plain
    /// series (index, labels), ascending by labels.
    pub fn new(
        blocks: &[Arc<Block>],
        sel: &Selection,
        special: Vec<Vec<u32>>,
        head: Vec<(usize, Vec<Label>)>,
    ) -> Result<PlainSeries> {
        let mut cursors = Vec::with_capacity(blocks.len());
        for (b, skip) in blocks.iter().zip(special) {
            let refs = b.scan_refs(&sel.matchers)?;
            b.index().release_pages();
            cursors.push(BlockCursor {
                refs,
                exhausted: false,
                skip,
                skip_pos: 0,
                buf: Default::default(),
                // Each block has this window and one for its chunks (series_query.rs).
                memo: SymbolMemo::new(ReadWindow::read_ahead_for(2 * blocks.len())),
            });
        }
        Ok(PlainSeries { cursors, head, head_pos: 0, spare: Spare::default() })
    }

    /// Where lists of series that are done with go, and label lists come from.
    pub fn spare(&mut self) -> &mut Spare {
        &mut self.spare
    }

    /// The next series in label order, merged across blocks.
    pub fn next(&mut self, blocks: &[Arc<Block>], sel: &Selection, deleted: &[Deleted]) -> Result<Option<MergedSeries>> {
        for (i, c) in self.cursors.iter_mut().enumerate() {
            // A block's buffer is refilled until it holds a series or the block is exhausted.
            while c.buf.is_empty() && !c.exhausted {
                c.fill(i, &blocks[i], sel, &deleted[i], &mut self.spare)?;
            }
        }
        let mut min: Option<usize> = None;
        for (i, c) in self.cursors.iter().enumerate() {
            if let Some(h) = c.buf.front() {
                let smaller = match min {
                    None => true,
                    Some(m) => compare_labels(&h.0, &self.cursors[m].buf[0].0) == Ordering::Less,
                };
                if smaller {
                    min = Some(i);
                }
            }
        }
        let head = self.head.get(self.head_pos);
        let head_first = match (min, head) {
            (None, None) => return Ok(None),
            (None, Some(_)) => true,
            (Some(_), None) => false,
            (Some(m), Some(h)) => compare_labels(&h.1, &self.cursors[m].buf[0].0) == Ordering::Less,
        };
        if head_first {
            // Only the head holds the smallest set.
            let (i, labels) = std::mem::take(&mut self.head[self.head_pos]);
            self.head_pos += 1;
            return Ok(Some(MergedSeries { labels, hits: Vec::new(), head: Some(i) }));
        }
        let Some(m) = min else { return Ok(None) };
        let Some((labels, first)) = self.cursors[m].buf.pop_front() else { return Ok(None) };
        // `m` is the first block holding the smallest set; later blocks and the head may hold it too.
        let mut hits = self.spare.hits.pop().unwrap_or_default();
        hits.reserve(self.cursors.len() - m);
        hits.push(first);
        for c in self.cursors.iter_mut().skip(m + 1) {
            if matches!(c.buf.front(), Some(h) if compare_labels(&h.0, &labels) == Ordering::Equal) {
                if let Some((same, h)) = c.buf.pop_front() {
                    self.spare.put_labels(same);
                    hits.push(h);
                }
            }
        }
        let mut head = None;
        if matches!(self.head.get(self.head_pos), Some(h) if compare_labels(&h.1, &labels) == Ordering::Equal) {
            head = Some(self.head[self.head_pos].0);
            self.head_pos += 1;
        }
        Ok(Some(MergedSeries { labels, hits, head }))
    }
}
