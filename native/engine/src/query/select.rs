//! Matchers → postings → SeriesSet bytes for one block.
//!
//! `postings_for_matchers` follows Prometheus `tsdb/querier.go` (`PostingsForMatchers`,
//! `postingsForMatcher`, `inversePostingsForMatcher`) set for set:
//! - a matcher that cannot match "" requires its label; `=`/`=~` intersect the postings of the
//!   matching values, `!=""`-like ones intersect the postings of the values they accept;
//! - a negative matcher that matches "" (`a!="x"`, `a!~"x.*"`) subtracts the postings of
//!   the values its inverse accepts;
//! - a matcher that matches "" but is not negative (`a=""`, `a=~"x|"`) also selects series
//!   without the label: it subtracts the postings of the values it rejects;
//! - when nothing intersects, subtraction starts from all postings.
//!
//! Unlike Prometheus (which returns nothing), no matchers at all selects every series: that is
//! the Engine contract (src/engine/engine.ts).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashSet};

use super::matchers::{MatchType, Matcher};
use crate::tsdb::index::{ChunkMeta, Index, SeriesRef};
use crate::tsdb::postings::{intersect, merge, without, Postings};
use crate::tsdb::Block;
use crate::Result;

/// Sorted series refs selected by all matchers.
pub fn postings_for_matchers(ix: &Index, ms: &[Matcher]) -> Result<Vec<u32>> {
    Ok(select_postings(ix, ms)?.into_vec())
}

/// As `postings_for_matchers`, but a selection that is one list of the index as it stands (no
/// matchers, or one list to intersect and none to subtract) is returned in place, not copied.
fn select_postings<'a>(ix: &'a Index, ms: &[Matcher]) -> Result<Postings<'a>> {
    if ms.is_empty() {
        return ix.all_postings();
    }
    let must_be_set: HashSet<&str> = ms.iter().filter(|m| !m.matches("")).map(|m| m.name.as_str()).collect();
    let subtracting =
        |m: &Matcher| !must_be_set.contains(m.name.as_str()) || (m.kind.is_negative() && m.matches(""));
    let has_subtracting = ms.iter().any(subtracting);
    let has_intersecting = ms.iter().any(|m| !subtracting(m));

    let mut its: Vec<Postings<'_>> = Vec::new();
    let mut not_its: Vec<Postings<'_>> = Vec::new();
    if has_subtracting && !has_intersecting {
        its.push(ix.all_postings()?);
    }
    for m in ms {
        if m.name.is_empty() && m.value.is_empty() {
            // Prometheus's special case: the empty pair names the all-postings list.
            its.push(ix.all_postings()?);
        } else if must_be_set.contains(m.name.as_str()) {
            let matches_empty = m.matches("");
            if m.kind.is_negative() && matches_empty {
                // l!="foo": subtract the series that have l="foo".
                not_its.push(postings_for_matcher(ix, &m.inverse())?);
            } else {
                let p = if m.kind.is_negative() {
                    // l!="" / l!~"x|": the series whose l is a value the inverse rejects.
                    inverse_postings_for_matcher(ix, &m.inverse())?
                } else {
                    // l="a", l=~"a.+".
                    postings_for_matcher(ix, m)?
                };
                if p.is_empty() {
                    return Ok(Postings::Empty);
                }
                its.push(p);
            }
        } else {
            // l="" / l=~"|x": keep series without l; remove those whose l is rejected.
            not_its.push(inverse_postings_for_matcher(ix, m)?);
        }
    }
    if its.len() == 1 && not_its.is_empty() {
        return Ok(its.pop().unwrap_or(Postings::Empty));
    }
    let base = intersect(its);
    let excluded = match not_its.len() {
        0 => return Ok(Postings::Owned(base)),
        1 => not_its.pop().unwrap_or(Postings::Empty),
        _ => Postings::Owned(merge(not_its)),
    };
    Ok(Postings::Owned(without(&Postings::Owned(base), &excluded)))
}

/// Most index lists a scan merges as it reads them; a selection of more values is merged into
/// a list of its own up front (postings.rs `merge`, whose bitmap path suits wide unions).
const MAX_SCAN_LISTS: usize = 64;

/// The refs one block scan walks, ascending, each once: a list of its own, or lists of the
/// index read where they lie (several are merged as they are read). A select-all over 1M series
/// then holds no 4 MB copy of its refs.
pub struct RefScan {
    src: ScanSrc,
}

enum ScanSrc {
    Owned { refs: Vec<u32>, pos: usize },
    Index { lists: Vec<IndexList>, heads: BinaryHeap<Reverse<(u32, usize)>>, last: Option<u32> },
}

/// One list of the index: `len` big-endian refs at byte offset `off`; `pos` is the next to read.
struct IndexList {
    off: usize,
    len: usize,
    pos: usize,
}

impl RefScan {
    fn owned(refs: Vec<u32>) -> RefScan {
        RefScan { src: ScanSrc::Owned { refs, pos: 0 } }
    }

    /// The next ref, None once all are read; `ix` is the index of the block the lists are in.
    #[inline]
    pub fn next(&mut self, ix: &Index) -> Option<u32> {
        match &mut self.src {
            ScanSrc::Owned { refs, pos } => {
                let r = refs.get(*pos).copied();
                *pos += 1;
                r
            }
            ScanSrc::Index { lists, heads, last } => loop {
                let Reverse((r, k)) = heads.pop()?;
                let l = &mut lists[k];
                if l.pos < l.len {
                    heads.push(Reverse((ix.be_ref(l.off, l.pos), k)));
                    l.pos += 1;
                }
                // Lists of different values of one name are disjoint; equal refs are skipped
                // all the same, as `merge` would.
                if *last != Some(r) {
                    *last = Some(r);
                    return Some(r);
                }
            },
        }
    }
}

/// The refs of `postings_for_matchers(ix, ms)` for a scan that reads them once in order. When
/// they are one list of the index, or the union of at most MAX_SCAN_LISTS lists (one positive
/// matcher), the scan reads them where they lie instead of from a copy.
pub fn scan_postings(ix: &Index, ms: &[Matcher]) -> Result<RefScan> {
    let mut lists: Vec<Postings<'_>> = Vec::new();
    match ms {
        [m] if !m.matches("") && !m.kind.is_negative() && !m.name.is_empty() => {
            if m.kind == MatchType::Equal {
                lists.push(ix.postings(m.name.as_bytes(), m.value.as_bytes())?);
            } else {
                let offsets = value_offsets(ix, &m.name, |v| m.matches_bytes(v))?;
                if offsets.len() > MAX_SCAN_LISTS {
                    return Ok(RefScan::owned(postings_for_matchers(ix, ms)?));
                }
                for off in offsets {
                    lists.push(ix.postings_at(off)?);
                }
            }
        }
        _ => match select_postings(ix, ms)? {
            p @ Postings::Be(_) => lists.push(p),
            other => return Ok(RefScan::owned(other.into_vec())),
        },
    }
    // Every list must lie in this index to be read in place; otherwise they are merged up front,
    // which is what `postings_for_matchers` does with them.
    let in_place: Option<Vec<IndexList>> = lists
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| match p {
            Postings::Be(be) => ix.offset_of(be).map(|off| IndexList { off, len: be.len(), pos: 1 }),
            _ => None,
        })
        .collect();
    let Some(index_lists) = in_place else { return Ok(RefScan::owned(merge(lists))) };
    let heads = index_lists.iter().enumerate().map(|(k, l)| Reverse((ix.be_ref(l.off, 0), k))).collect();
    Ok(RefScan { src: ScanSrc::Index { lists: index_lists, heads, last: None } })
}

/// Union of the postings of every value of `m.name` that `m` accepts (series lacking the label
/// are never included).
pub fn postings_for_matcher<'a>(ix: &'a Index, m: &Matcher) -> Result<Postings<'a>> {
    if m.kind == MatchType::Equal {
        return ix.postings(m.name.as_bytes(), m.value.as_bytes());
    }
    postings_for_values(ix, &m.name, |v| m.matches_bytes(v))
}

/// Union of the postings of every value of `m.name` that `m` rejects.
pub fn inverse_postings_for_matcher<'a>(ix: &'a Index, m: &Matcher) -> Result<Postings<'a>> {
    if m.kind == MatchType::NotEqual {
        return ix.postings(m.name.as_bytes(), m.value.as_bytes());
    }
    postings_for_values(ix, &m.name, |v| !m.matches_bytes(v))
}

/// Offsets of the postings lists of the values of `name` that `keep` accepts.
fn value_offsets(ix: &Index, name: &str, mut keep: impl FnMut(&[u8]) -> bool) -> Result<Vec<u64>> {
    let mut offsets = Vec::new();
    ix.for_each_value(name.as_bytes(), |v, off| {
        if keep(v) {
            offsets.push(off);
        }
        Ok(())
    })?;
    Ok(offsets)
}

fn postings_for_values<'a>(ix: &'a Index, name: &str, keep: impl FnMut(&[u8]) -> bool) -> Result<Postings<'a>> {
    let offsets = value_offsets(ix, name, keep)?;
    let lists = offsets.into_iter().map(|off| ix.postings_at(off)).collect::<Result<Vec<_>>>()?;
    Ok(match lists.len() {
        0 => Postings::Empty,
        1 => lists.into_iter().next().unwrap_or(Postings::Empty),
        _ => Postings::Owned(merge(lists)),
    })
}

fn put_u32(out: &mut Vec<u8>, x: u32) {
    out.extend_from_slice(&x.to_le_bytes());
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    // Symbols come from an index whose sections are bounded by u32 lengths.
    put_u32(out, b.len() as u32);
    out.extend_from_slice(b);
}

/// Appends the SeriesSet records (src/engine/engine.ts) of `refs`, keeping only chunks that
/// overlap the inclusive range [mint, maxt]; a series left without chunks is omitted.
/// An empty range (mint > maxt) overlaps nothing, so it yields no series (a chunk spanning
/// both ends would otherwise pass the two comparisons below).
pub fn write_series_set(ix: &Index, refs: &[u32], mint: i64, maxt: i64, out: &mut Vec<u8>) -> Result<()> {
    if mint > maxt {
        return Ok(());
    }
    let mut labels: Vec<(u32, u32)> = Vec::new();
    let mut chunks: Vec<ChunkMeta> = Vec::new();
    for &r in refs {
        ix.series(SeriesRef(r), &mut labels, &mut chunks)?;
        chunks.retain(|c| c.max_time >= mint && c.min_time <= maxt);
        if chunks.is_empty() {
            continue;
        }
        put_u32(out, r);
        put_u32(out, labels.len() as u32);
        for &(n, v) in &labels {
            put_bytes(out, ix.symbol(n)?);
            put_bytes(out, ix.symbol(v)?);
        }
        put_u32(out, chunks.len() as u32);
        for c in &chunks {
            out.extend_from_slice(&c.min_time.to_le_bytes());
            out.extend_from_slice(&c.max_time.to_le_bytes());
            out.extend_from_slice(&c.chunk_ref.to_le_bytes());
        }
    }
    Ok(())
}

impl Block {
    /// Sorted series refs selected by `ms` (all series when `ms` is empty).
    pub fn postings(&self, ms: &[Matcher]) -> Result<Vec<u32>> {
        postings_for_matchers(self.index(), ms)
    }

    /// The refs of `postings(ms)` for a scan that reads them once in order (`scan_postings`).
    pub fn scan_refs(&self, ms: &[Matcher]) -> Result<RefScan> {
        scan_postings(self.index(), ms)
    }

    /// SeriesSet bytes for `refs`, chunks restricted to [mint, maxt] (inclusive).
    pub fn series(&self, refs: &[u32], mint: i64, maxt: i64) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        write_series_set(self.index(), refs, mint, maxt, &mut out)?;
        Ok(out)
    }
}
