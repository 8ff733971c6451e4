//! Index file reader, format version 2 (Prometheus `tsdb/index/index.go`).
//!
//! Format: shared/spec/tsdb-format.md §2 and Prometheus `tsdb/docs/format/index.md`.
//! At open we verify the header, the TOC, the symbol table and the postings offset table (each
//! by its CRC32C) and keep only samples of the two tables in memory, as Prometheus does:
//! - symbols: the offset of every 32nd symbol; a lookup seeks there and skips forward;
//! - postings offset table: per label name every 32nd value plus the last one; a lookup
//!   binary-searches the samples and scans forward over at most 32 entries.
//!
//! Series entries and postings lists are CRC-checked when they are read.

use std::fmt::Display;

use super::postings::{BePostings, Postings};
use super::reclaim::{PageReclaim, RECLAIM_WINDOW_BYTES};
use super::window::ReadWindow;
use super::FileBytes;
use crate::encoding::{crc32c, Decbuf, DecodeError};
use crate::{Error, Result};

pub const MAGIC_INDEX: u32 = 0xBAAA_D700;
pub const FORMAT_V2: u8 = 2;
const HEADER_LEN: usize = 5;
/// Six 8-byte offsets and a CRC32C.
pub const TOC_LEN: usize = 6 * 8 + 4;
/// One in this many symbols / label values is kept in memory.
const SAMPLE_FACTOR: usize = 32;
/// Series entries are 16-byte aligned; a series ref is the entry offset divided by this.
pub const SERIES_ALIGN: usize = 16;

/// A series reference: the series entry's byte offset in the index divided by 16.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SeriesRef(pub u32);

/// One chunk of a series: inclusive time range and the packed segment/offset reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkMeta {
    pub min_time: i64,
    pub max_time: i64,
    pub chunk_ref: u64,
}

/// Section offsets from the table of contents at the end of the file (0 = absent).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Toc {
    pub symbols: u64,
    pub series: u64,
    pub label_indices: u64,
    pub label_indices_table: u64,
    pub postings: u64,
    pub postings_table: u64,
}

/// Symbol table: count and the absolute offset of every 32nd symbol.
struct Symbols {
    count: u32,
    sampled: Vec<usize>,
    end: usize,
}

/// A kept entry of the postings offset table: its value (as a file range) and where the
/// entry starts, so a lookup can resume scanning there.
#[derive(Debug, Clone, Copy)]
struct PostingSample {
    value_start: usize,
    value_len: usize,
    entry_off: usize,
}

/// One label name of the postings offset table with its sampled values (never empty).
struct LabelName {
    name_start: usize,
    name_len: usize,
    samples: Vec<PostingSample>,
}

/// One decoded entry of the postings offset table.
struct TableEntry<'a> {
    name: &'a [u8],
    value: &'a [u8],
    postings_off: u64,
}

pub struct Index {
    bytes: FileBytes,
    /// "block <dir>: index", the prefix of every error message.
    what: String,
    toc: Toc,
    symbols: Symbols,
    /// Sorted by name; includes the all-postings name "".
    names: Vec<LabelName>,
    /// End (exclusive) of the postings offset table body, where forward scans stop.
    table_end: usize,
    /// Byte range that series entries may start in.
    series_start: usize,
    series_end: usize,
    /// Unmaps series entries already read (see PageReclaim): a select-all query reads them all.
    reclaim: PageReclaim,
}

impl Index {
    /// Verifies and indexes the bytes of an index file. `what` names the file in errors
    /// (e.g. "block /data/01H…: index").
    pub fn open(bytes: FileBytes, what: String) -> Result<Index> {
        let b: &[u8] = &bytes;
        let fail = |m: &dyn Display| Error::corrupt(format!("{what}: {m}"));
        if b.len() < HEADER_LEN + TOC_LEN {
            return Err(fail(&format_args!("file too small ({} bytes)", b.len())));
        }
        let mut d = Decbuf::new(b);
        let magic = d.be32();
        if magic != MAGIC_INDEX {
            return Err(fail(&format_args!("invalid magic number {magic:#010x}")));
        }
        let version = d.byte();
        if version != FORMAT_V2 {
            return Err(fail(&format_args!("unsupported index format version {version}")));
        }
        let toc = read_toc(b).map_err(|e| fail(&format_args!("table of contents: {e}")))?;
        let content_end = b.len() - TOC_LEN;
        for (name, off) in [
            ("symbols", toc.symbols),
            ("series", toc.series),
            ("label indices", toc.label_indices),
            ("label offset table", toc.label_indices_table),
            ("postings", toc.postings),
            ("postings offset table", toc.postings_table),
        ] {
            if off != 0 && (off < HEADER_LEN as u64 || off >= content_end as u64) {
                return Err(fail(&format_args!("table of contents: {name} offset {off} out of range")));
            }
        }
        let symbols = read_symbols(b, toc.symbols as usize).map_err(|e| fail(&format_args!("symbol table: {e}")))?;
        let (names, table_end) = read_postings_table(b, toc.postings_table as usize)
            .map_err(|e| fail(&format_args!("postings offset table: {e}")))?;

        // Series entries sit between the series offset and the next section after it.
        let series_start = toc.series as usize;
        let series_end = [toc.label_indices, toc.label_indices_table, toc.postings, toc.postings_table, toc.symbols]
            .into_iter()
            .filter(|&o| o > toc.series)
            .min()
            .map_or(content_end, |o| o as usize);
        // Verification read the whole symbol table and postings offset table (6.6 MiB for a
        // block of 1M series); lookups only touch a page here and there of them afterwards.
        let reclaim = PageReclaim::new(RECLAIM_WINDOW_BYTES);
        reclaim.drop_all(&bytes);
        Ok(Index { bytes, what, toc, symbols, names, table_end, series_start, series_end, reclaim })
    }

    /// Unmaps every page of the index we touched (they stay in the page cache). A Series query
    /// calls it once its postings are decoded into a list of its own: the postings pages it read
    /// are not needed again, and would otherwise stay until the scan's first window fills.
    pub fn release_pages(&self) {
        self.reclaim.drop_all(&self.bytes);
    }


    pub fn toc(&self) -> Toc {
        self.toc
    }

    fn b(&self) -> &[u8] {
        &self.bytes
    }

    /// A CORRUPT_BLOCK error naming this file.
    pub fn corrupt(&self, m: impl Display) -> Error {
        Error::corrupt(format!("{}: {m}", self.what))
    }

    pub fn symbol_count(&self) -> u32 {
        self.symbols.count
    }

    /// The symbol with sequence number `r` (v2 symbol references are indices, not offsets).
    pub fn symbol(&self, r: u32) -> Result<&[u8]> {
        Ok(self.symbol_near(r, None)?.0)
    }

    /// As `symbol`, and where `r`'s entry starts. `near` is a symbol decoded before (its
    /// reference and entry offset): the scan starts there instead of at `r`'s sample when that
    /// skips fewer entries, as for the next value of a label along series in label order.
    pub fn symbol_near(&self, r: u32, near: Option<(u32, usize)>) -> Result<(&[u8], usize)> {
        if r >= self.symbols.count {
            return Err(self.corrupt(format_args!("unknown symbol reference {r} (table has {})", self.symbols.count)));
        }
        let i = r as usize;
        let (mut at, mut skip) = (self.symbols.sampled[i / SAMPLE_FACTOR], i % SAMPLE_FACTOR);
        if let Some((r0, off0)) = near {
            if r0 <= r && ((r - r0) as usize) < skip && off0 < self.symbols.end {
                (at, skip) = (off0, (r - r0) as usize);
            }
        }
        let b = &self.b()[..self.symbols.end];
        // Entries under 128 bytes (nearly all) have a one-byte length: skip them without
        // decoding. Anything else, or a length running past the table, goes the decoding way,
        // which reports what is wrong.
        let mut pos = at;
        for _ in 0..skip {
            match b.get(pos) {
                Some(&l) if l < 0x80 && pos + 1 + (l as usize) < b.len() => pos += 1 + l as usize,
                _ => return self.symbol_decoded(r, at, skip),
            }
        }
        match b.get(pos) {
            Some(&l) if l < 0x80 && pos + 1 + (l as usize) <= b.len() => Ok((&b[pos + 1..pos + 1 + l as usize], pos)),
            _ => self.symbol_decoded(r, at, skip),
        }
    }

    /// `symbol_near`'s lookup by decoding every entry from `at`.
    fn symbol_decoded(&self, r: u32, at: usize, skip: usize) -> Result<(&[u8], usize)> {
        let b = self.b();
        let mut d = Decbuf::new(&b[at..self.symbols.end]);
        let whole = d.len();
        for _ in 0..skip {
            d.uvarint_bytes();
        }
        let entry = at + (whole - d.len());
        let s = d.uvarint_bytes();
        d.check().map_err(|e| self.corrupt(format_args!("symbol {r}: {e}")))?;
        Ok((s, entry))
    }

    /// The sequence number of `sym`, if it is in the (sorted) symbol table.
    pub fn reverse_symbol(&self, sym: &[u8]) -> Result<Option<u32>> {
        let s = &self.symbols;
        if s.count == 0 {
            return Ok(None);
        }
        // Last sample whose symbol is <= sym.
        let (mut lo, mut hi) = (0usize, s.sampled.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.symbol((mid * SAMPLE_FACTOR) as u32)? <= sym {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == 0 {
            return Ok(None);
        }
        let first = (lo - 1) * SAMPLE_FACTOR;
        let b = self.b();
        let mut d = Decbuf::new(&b[s.sampled[lo - 1]..s.end]);
        let last = (first + SAMPLE_FACTOR).min(s.count as usize);
        for i in first..last {
            let cur = d.uvarint_bytes();
            d.check().map_err(|e| self.corrupt(format_args!("symbol {i}: {e}")))?;
            if cur == sym {
                return Ok(Some(i as u32));
            }
            if cur > sym {
                break;
            }
        }
        Ok(None)
    }

    fn name_entry(&self, name: &[u8]) -> Option<&LabelName> {
        let b = self.b();
        self.names
            .binary_search_by(|n| b[n.name_start..n.name_start + n.name_len].cmp(name))
            .ok()
            .map(|i| &self.names[i])
    }

    fn sample_value(&self, s: &PostingSample) -> &[u8] {
        &self.b()[s.value_start..s.value_start + s.value_len]
    }

    /// A decoder positioned at a postings offset table entry, for forward scans. The table
    /// was CRC-checked at open, so (as Prometheus) scans do not re-check it.
    fn table_scan(&self, entry_off: usize) -> Decbuf<'_> {
        Decbuf::new(&self.b()[entry_off..self.table_end])
    }

    fn next_entry<'a>(&self, d: &mut Decbuf<'a>) -> Result<TableEntry<'a>> {
        let e = decode_table_entry(d);
        d.check().map_err(|e| self.corrupt(format_args!("postings offset table: {e}")))?;
        e.map_err(|m| self.corrupt(format_args!("postings offset table: {m}")))
    }

    /// All label names in the block, sorted (the all-postings name "" excluded).
    pub fn label_names(&self) -> Vec<&[u8]> {
        let b = self.b();
        self.names
            .iter()
            .map(|n| &b[n.name_start..n.name_start + n.name_len])
            .filter(|n| !n.is_empty())
            .collect()
    }

    /// Calls `f(value, postings offset)` for every value of `name`, in sorted order.
    pub fn for_each_value<'s>(
        &'s self,
        name: &[u8],
        mut f: impl FnMut(&'s [u8], u64) -> Result<()>,
    ) -> Result<()> {
        let Some(n) = self.name_entry(name) else { return Ok(()) };
        let (Some(first), Some(last)) = (n.samples.first(), n.samples.last()) else { return Ok(()) };
        let mut d = self.table_scan(first.entry_off);
        let stop = last.entry_off;
        loop {
            let at = self.table_end - d.len();
            let e = self.next_entry(&mut d)?;
            if e.name != name {
                return Err(self.corrupt("postings offset table changed while scanning"));
            }
            f(e.value, e.postings_off)?;
            if at >= stop {
                return Ok(());
            }
        }
    }

    /// Sorted values of `name` (empty if the name is unknown).
    pub fn label_values(&self, name: &[u8]) -> Result<Vec<&[u8]>> {
        let mut out = Vec::new();
        self.for_each_value(name, |v, _| {
            out.push(v);
            Ok(())
        })?;
        Ok(out)
    }

    /// Offset of the postings list for (name, value), if the pair exists.
    pub fn postings_offset(&self, name: &[u8], value: &[u8]) -> Result<Option<u64>> {
        let Some(n) = self.name_entry(name) else { return Ok(None) };
        let e = &n.samples;
        // First sample whose value is >= the wanted one.
        let i = e.partition_point(|s| self.sample_value(s) < value);
        if i == e.len() {
            // Past the last value, which is always sampled.
            return Ok(None);
        }
        let start = if self.sample_value(&e[i]) == value {
            i
        } else if i == 0 {
            return Ok(None);
        } else {
            i - 1
        };
        let mut d = self.table_scan(e[start].entry_off);
        loop {
            if d.is_empty() {
                return Ok(None);
            }
            let t = self.next_entry(&mut d)?;
            if t.name != name || t.value > value {
                return Ok(None);
            }
            if t.value == value {
                return Ok(Some(t.postings_off));
            }
        }
    }

    /// The CRC-checked postings list at `off` (`len`, `#entries`, entries, CRC32C).
    pub fn postings_at(&self, off: u64) -> Result<Postings<'_>> {
        let what = |e: &dyn Display| self.corrupt(format_args!("postings list at offset {off}: {e}"));
        let off = usize::try_from(off).map_err(|_| what(&"offset out of range"))?;
        let mut d = Decbuf::section_at(self.b(), off).map_err(|e| what(&e))?;
        let n = d.be32() as usize;
        let rest = d.rest();
        d.check().map_err(|e| what(&e))?;
        if n.checked_mul(4) != Some(rest.len()) {
            return Err(what(&format_args!("{n} entries need {} bytes, section has {}", n.saturating_mul(4), rest.len())));
        }
        match BePostings::new(rest) {
            Some(p) => Ok(Postings::Be(p)),
            None => Err(what(&"series refs not strictly increasing")),
        }
    }

    /// Where a list `postings_at` returned lies in the file, so a long scan can read it again
    /// later (`be_ref`) instead of copying it: 4 MB for the all-postings list of 1M series.
    pub fn offset_of(&self, p: &BePostings<'_>) -> Option<usize> {
        let base = self.b().as_ptr() as usize;
        let at = (p.bytes().as_ptr() as usize).checked_sub(base)?;
        (at + p.bytes().len() <= self.b().len()).then_some(at)
    }

    /// Ref `i` of the list at byte offset `off` (from `offset_of`, already checked by
    /// `postings_at`). Reading it faults its page back in if `release_pages` dropped it.
    #[inline]
    pub fn be_ref(&self, off: usize, i: usize) -> u32 {
        let w = &self.b()[off + 4 * i..off + 4 * i + 4];
        u32::from_be_bytes([w[0], w[1], w[2], w[3]])
    }

    /// Postings for one (name, value) pair; `Empty` when the pair does not exist.
    pub fn postings(&self, name: &[u8], value: &[u8]) -> Result<Postings<'_>> {
        match self.postings_offset(name, value)? {
            Some(off) => self.postings_at(off),
            None => Ok(Postings::Empty),
        }
    }

    /// Every series in the block: the list stored under the empty pair ("", "").
    pub fn all_postings(&self) -> Result<Postings<'_>> {
        self.postings(b"", b"")
    }

    /// Decodes the series entry of `r` into symbol-ref label pairs and chunk metas
    /// (buffers are cleared first, so callers can reuse them across series).
    pub fn series(&self, r: SeriesRef, labels: &mut Vec<(u32, u32)>, chunks: &mut Vec<ChunkMeta>) -> Result<()> {
        let off = self.series_offset(r)?;
        let d = Decbuf::uvarint_section_at(&self.b()[..self.series_end], off).map_err(|e| self.series_error(r, &e))?;
        // The entry: its length (a uvarint of at most 10 bytes), the body, the CRC32C.
        self.reclaim.note(&self.bytes, d.len() + 14);
        self.decode_series(r, d, labels, chunks)
    }

    /// As `series`, reading the entry into `win` (window.rs) instead of through the mapping:
    /// for a scan over many entries, which would map the index page by page (and folio by
    /// folio) as it goes.
    pub fn series_in(&self, r: SeriesRef, win: &mut ReadWindow, labels: &mut Vec<(u32, u32)>, chunks: &mut Vec<ChunkMeta>) -> Result<()> {
        let off = self.series_offset(r)?;
        let io = |e: std::io::Error| self.series_error(r, &format_args!("cannot read: {e}"));
        win.begin(0, off);
        let head_end = (off + 10).min(self.series_end);
        win.extend(&self.bytes, head_end).map_err(io)?;
        let mut d = Decbuf::new(win.bytes(off, head_end));
        let len = d.uvarint_len();
        d.check().map_err(|e| self.series_error(r, &e))?;
        let end = (head_end - d.len()).saturating_add(len).saturating_add(4);
        if end > self.series_end {
            return Err(self.series_error(r, &DecodeError::InvalidSize));
        }
        win.extend(&self.bytes, end).map_err(io)?;
        let d = Decbuf::uvarint_section_at(win.bytes(off, end), 0).map_err(|e| self.series_error(r, &e))?;
        // The scan maps no series entry now, but drops the other sections' pages it touched
        // (symbols, postings) as often as before.
        self.reclaim.note(&self.bytes, end - off);
        self.decode_series(r, d, labels, chunks)
    }

    fn series_offset(&self, r: SeriesRef) -> Result<usize> {
        let off = r.0 as usize * SERIES_ALIGN;
        if self.toc.series == 0 || off < self.series_start || off >= self.series_end {
            return Err(Error::invalid(format!("{}: series ref {} is outside the series section", self.what, r.0)));
        }
        Ok(off)
    }

    fn series_error(&self, r: SeriesRef, e: &dyn Display) -> Error {
        self.corrupt(format_args!("series {}: {e}", r.0))
    }

    /// The body of a series entry (CRC checked) into labels and chunk metas.
    fn decode_series(&self, r: SeriesRef, mut d: Decbuf<'_>, labels: &mut Vec<(u32, u32)>, chunks: &mut Vec<ChunkMeta>) -> Result<()> {
        labels.clear();
        chunks.clear();
        let what = |e: &dyn Display| self.series_error(r, e);
        let k = d.uvarint();
        // Two symbol references of at least a byte each per label.
        labels.reserve(usize::try_from(k).unwrap_or(usize::MAX).min(d.len() / 2));
        for _ in 0..k {
            if d.err().is_some() {
                break;
            }
            let n = d.uvarint32();
            let v = d.uvarint32();
            labels.push((n, v));
        }
        let c = d.uvarint();
        // Each chunk meta takes at least 3 bytes: a corrupt count cannot reserve more than that.
        chunks.reserve(usize::try_from(c).unwrap_or(usize::MAX).min(d.len() / 3));
        if c > 0 {
            let mut t0 = d.varint();
            let mut maxt = (d.uvarint() as i64).wrapping_add(t0);
            let mut cref = d.uvarint() as i64;
            chunks.push(ChunkMeta { min_time: t0, max_time: maxt, chunk_ref: cref as u64 });
            t0 = maxt;
            for _ in 1..c {
                if d.err().is_some() {
                    break;
                }
                let mint = (d.uvarint() as i64).wrapping_add(t0);
                maxt = (d.uvarint() as i64).wrapping_add(mint);
                cref = cref.wrapping_add(d.varint());
                chunks.push(ChunkMeta { min_time: mint, max_time: maxt, chunk_ref: cref as u64 });
                t0 = maxt;
            }
        }
        d.check().map_err(|e| what(&e))?;
        for &(n, v) in labels.iter() {
            if n >= self.symbols.count || v >= self.symbols.count {
                return Err(what(&format_args!("label symbol reference out of range ({n}, {v})")));
            }
        }
        Ok(())
    }
}

fn read_toc(b: &[u8]) -> std::result::Result<Toc, DecodeError> {
    let t = &b[b.len() - TOC_LEN..];
    let mut d = Decbuf::new(t);
    let toc = Toc {
        symbols: d.be64(),
        series: d.be64(),
        label_indices: d.be64(),
        label_indices_table: d.be64(),
        postings: d.be64(),
        postings_table: d.be64(),
    };
    let crc = d.be32();
    d.check()?;
    if crc32c(&t[..TOC_LEN - 4]) != crc {
        return Err(DecodeError::Checksum);
    }
    Ok(toc)
}

fn read_symbols(b: &[u8], off: usize) -> std::result::Result<Symbols, String> {
    if off == 0 {
        return Ok(Symbols { count: 0, sampled: Vec::new(), end: 0 });
    }
    let mut d = Decbuf::section_at(b, off).map_err(|e| e.to_string())?;
    let body_start = off + 4;
    let body_end = body_start + d.len();
    let count = d.be32();
    let mut sampled = Vec::new();
    for i in 0..count as usize {
        if i % SAMPLE_FACTOR == 0 {
            sampled.push(body_end - d.len());
        }
        d.uvarint_bytes();
        if d.err().is_some() {
            break;
        }
    }
    d.check().map_err(|e| format!("{e} (declares {count} symbols)"))?;
    Ok(Symbols { count, sampled, end: body_end })
}

fn decode_table_entry<'a>(d: &mut Decbuf<'a>) -> std::result::Result<TableEntry<'a>, String> {
    let keys = d.uvarint();
    let name = d.uvarint_bytes();
    let value = d.uvarint_bytes();
    let postings_off = d.uvarint();
    if d.err().is_none() && keys != 2 {
        return Err(format!("unexpected key count {keys}"));
    }
    Ok(TableEntry { name, value, postings_off })
}

/// Reads the whole postings offset table (CRC-checked) and keeps, per label name, every 32nd
/// value plus the last one. Returns the names and the end offset of the table body.
fn read_postings_table(b: &[u8], off: usize) -> std::result::Result<(Vec<LabelName>, usize), String> {
    if off == 0 {
        return Ok((Vec::new(), 0));
    }
    let mut d = Decbuf::section_at(b, off).map_err(|e| e.to_string())?;
    let body_end = off + 4 + d.len();
    let count = d.be32();
    let mut names: Vec<LabelName> = Vec::new();
    // The previous entry (name, value, sample), so the last value of each name is kept too.
    let mut prev: Option<(&[u8], &[u8], PostingSample)> = None;
    let mut value_count = 0usize;
    for _ in 0..count {
        let entry_off = body_end - d.len();
        let e = decode_table_entry(&mut d)?;
        d.check().map_err(|e| e.to_string())?;
        let sample = PostingSample { value_start: offset_in(b, e.value), value_len: e.value.len(), entry_off };
        let new_name = match prev {
            Some((pn, pv, _)) if pn == e.name => {
                // Lookups binary-search the samples: refuse a table they would misread.
                if pv >= e.value {
                    return Err("label values not sorted".into());
                }
                false
            }
            Some((pn, _, last)) => {
                if pn >= e.name {
                    return Err("label names not sorted".into());
                }
                keep_last(&mut names, last);
                true
            }
            None => true,
        };
        if new_name {
            names.push(LabelName { name_start: offset_in(b, e.name), name_len: e.name.len(), samples: Vec::new() });
            value_count = 0;
        }
        if value_count.is_multiple_of(SAMPLE_FACTOR) {
            if let Some(n) = names.last_mut() {
                n.samples.push(sample);
            }
        }
        value_count += 1;
        prev = Some((e.name, e.value, sample));
    }
    if let Some((_, _, last)) = prev {
        keep_last(&mut names, last);
    }
    Ok((names, body_end))
}

/// Adds `last` as the final sample of the newest name unless it is already sampled.
fn keep_last(names: &mut [LabelName], last: PostingSample) {
    if let Some(n) = names.last_mut() {
        if n.samples.last().map(|s| s.entry_off) != Some(last.entry_off) {
            n.samples.push(last);
        }
    }
}

/// Byte offset of `sub` inside `whole` (sub is always a sub-slice produced by a Decbuf).
fn offset_in(whole: &[u8], sub: &[u8]) -> usize {
    sub.as_ptr() as usize - whole.as_ptr() as usize
}
