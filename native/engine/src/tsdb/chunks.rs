//! Chunk segment files `chunks/NNNNNN` (Prometheus `tsdb/chunks/chunks.go`).
//!
//! Format: shared/spec/tsdb-format.md §3 and Prometheus `tsdb/docs/format/chunks.md`.
//! Segment header: magic 0x85BD40DD (BE32), format version 1, 3 padding bytes. Each chunk:
//! uvarint data length, encoding byte, data, CRC32C (BE32) over encoding byte + data.
//! A chunk reference packs the segment index (file 000001 is index 0) in the upper 32 bits and
//! the byte offset inside that segment in the lower 32.

use std::collections::BTreeMap;
use std::fmt::Display;
use std::path::Path;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use super::block::Block;
use super::FileBytes;
use crate::encoding::{crc32c, Decbuf};
use crate::{Error, Result};

pub const MAGIC_CHUNKS: u32 = 0x85BD_40DD;
pub const CHUNKS_FORMAT_V1: u8 = 1;
pub const SEGMENT_HEADER_LEN: usize = 8;

/// Reference of a chunk in a persisted block: segment index << 32 | offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BlockChunkRef(pub u64);

impl BlockChunkRef {
    pub fn pack(segment: u32, offset: u32) -> Self {
        BlockChunkRef((u64::from(segment) << 32) | u64::from(offset))
    }

    /// (segment index, byte offset in that segment).
    pub fn unpack(self) -> (u32, u32) {
        ((self.0 >> 32) as u32, self.0 as u32)
    }
}

/// File name of the segment with index `i` ("chunks/000001" for 0).
pub fn segment_name(i: u32) -> String {
    format!("chunks/{:06}", u64::from(i) + 1)
}

/// Bytes read through one mapped block file after which the pages read are unmapped again.
/// Small enough that a scan over a large block keeps only a few MiB of it in our RSS; large
/// enough that the madvise call (a page-table walk plus a TLB flush on every CPU running one
/// of our threads) stays rare: about 1,400 times for a select-all over (c)'s 700 MiB block.
/// 512 KiB rather than 1 MiB: peak RSS of that select-all 106-107 -> 104-105 MiB, and no engine
/// CPU cost that bench:addon-ab could separate from the noise (on (c) the median per-round ratio
/// was 1.085 over 6 rounds while the builds' medians went the other way, 3368 -> 3133 ms; on (a)
/// 1.019 over 20); 256 KiB saved one MiB more but its calls ran slower.
pub const RECLAIM_WINDOW_BYTES: usize = 1 << 19;

/// Keeps the pages of a mapped block file that queries touched from piling up in our RSS.
///
/// A touched page of a file mapping counts in the process's RSS (RssFile) for as long as the
/// mapping lives, so one select-all query over a 700 MiB block left 700 MiB "resident" in the
/// sidecar although the kernel can drop those pages at any time. Readers report every range
/// they read (`note`); once `window` bytes were read, the range read since the last drop is
/// released with MADV_DONTNEED. For a shared, read-only file mapping that only removes our
/// page-table entries: the pages stay in the page cache, and a later read faults them back in
/// from there (or from disk) with the same bytes, because block files are never written after
/// the block is complete (the premise of mapping them at all, see FileBytes::map). A block
/// deleted under a query stays readable too: the mapping holds the inode and its data.
///
/// A page fault maps more than the page read: a fault-around block (64 KiB by default) and, on
/// kernels that map whole large folios (Linux 6.18 here), the whole folio, up to 2 MiB of a
/// file read in with a large readahead window. So the read that follows a drop maps pages
/// again just behind where the dropped range ended, and the window populated ahead of the
/// scan may not be read at all when the scan jumps past it (a sparse selection). No later
/// range would cover either: on a sequential scan in 1 MiB windows fault-around alone left
/// 14.5 of 536 MiB mapped, and after the page cache was dropped and (c)'s block read back
/// in, its two chunk files kept 7 MiB each. Each drop therefore covers everything since the
/// previous drop's end, less `FAULT_AROUND_MARGIN`, up to the end of the range read.
///
/// Concurrent readers (the tasks of one worker share a Block) only race on which window a
/// range lands in; a range that slips between windows stays mapped until a later window
/// covers it or the block is closed, never longer.
pub struct PageReclaim {
    window: usize,
    /// Bytes noted since the last drop.
    read: AtomicUsize,
    /// Byte range noted since the last drop: [lo, hi); lo > hi when none.
    lo: AtomicUsize,
    hi: AtomicUsize,
    /// End of the range the last drop covered (0 before the first).
    last_hi: AtomicUsize,
    drops: AtomicU64,
    /// Drop the whole mapping when a window fills, not just the range read (see `whole_file`).
    whole: bool,
}

/// More than a fault maps behind the page read: the largest page-cache folio (PMD size, 2 MiB
/// on x86-64) and the fault-around block (fault_around_bytes, 64 KiB unless tuned).
const FAULT_AROUND_MARGIN: usize = 4 << 20;

impl PageReclaim {
    pub fn new(window: usize) -> PageReclaim {
        PageReclaim {
            window: window.max(1),
            read: AtomicUsize::new(0),
            lo: AtomicUsize::new(usize::MAX),
            hi: AtomicUsize::new(0),
            last_hi: AtomicUsize::new(0),
            drops: AtomicU64::new(0),
            whole: false,
        }
    }

    /// Like `new`, but a full window drops every page of the mapping. For a file whose scan
    /// (the index's series entries) drags other sections in with it: the symbol table that
    /// labels are resolved from and the postings lists a selection was read from stay mapped
    /// otherwise, although each page of them is needed again only now and then (a minor
    /// fault from the page cache when it is).
    pub fn whole_file(window: usize) -> PageReclaim {
        PageReclaim { whole: true, ..PageReclaim::new(window) }
    }

    /// Records that `len` bytes at `off` of `file` were read; drops the window's pages when full.
    /// Owned (in-memory) files have nothing to drop.
    #[inline]
    pub fn note(&self, file: &FileBytes, off: usize, len: usize) {
        let FileBytes::Mapped(m) = file else { return };
        let end = off.saturating_add(len).min(m.len());
        if off >= end {
            return;
        }
        self.lo.fetch_min(off, Ordering::Relaxed);
        self.hi.fetch_max(end, Ordering::Relaxed);
        if self.read.fetch_add(end - off, Ordering::Relaxed) + (end - off) < self.window {
            return;
        }
        // Of the readers that saw the window full, the one that takes its count drops it.
        if self.read.swap(0, Ordering::Relaxed) < self.window {
            return;
        }
        let lo = self.lo.swap(usize::MAX, Ordering::Relaxed);
        let hi = self.hi.swap(0, Ordering::Relaxed).min(m.len());
        if lo >= hi {
            return;
        }
        if self.whole {
            Self::drop_range(m, 0, m.len());
            self.drops.fetch_add(1, Ordering::Relaxed);
            return;
        }
        // Everything mapped since the previous drop (see above): pages faulted in behind its
        // end, the window it populated whether read or skipped, and this window's reads. A range
        // that was never mapped costs the page-table walk only.
        let prev = self.last_hi.swap(hi, Ordering::Relaxed).min(m.len());
        let tail = prev.saturating_sub(FAULT_AROUND_MARGIN);
        Self::drop_range(m, if prev > 0 { lo.min(tail) } else { lo }, hi);
        if prev > hi {
            // The scan went back (another query started behind the last one): the window the
            // previous drop populated lies ahead of this one.
            let end = prev.saturating_add(self.window).saturating_add(FAULT_AROUND_MARGIN).min(m.len());
            Self::drop_range(m, tail.max(hi), end);
        }
        self.drops.fetch_add(1, Ordering::Relaxed);
        // A scan goes on past `hi`: map the next window in one call (MADV_POPULATE_READ) rather
        // than one fault per 64 KiB fault-around block. It only maps pages (from the page cache,
        // reading them in if needed) that the window's reclaim drops again; on kernels without
        // it (before 5.14) the call fails and the reads fault as before. After the drop, not before:
        // where the page cache holds large folios the kernel may map a whole one (up to 2 MiB)
        // and a drop after it would unmap the window just populated.
        let end = hi.saturating_add(self.window).min(m.len());
        if hi < end {
            let _ = m.advise_range(memmap2::Advice::PopulateRead, hi, end - hi);
        }
    }

    /// MADV_DONTNEED over [lo, hi) of `m`; both are within the mapping (callers clamp).
    fn drop_range(m: &memmap2::Mmap, lo: usize, hi: usize) {
        if lo >= hi || hi > m.len() {
            return;
        }
        // SAFETY: a shared, read-only mapping of a file nobody writes: MADV_DONTNEED unmaps the
        // pages from this process only and later accesses read the same bytes back, so slices
        // borrowed from the mapping (by this or a concurrent query) keep their contents. The
        // range is inside the mapping (checked above). A failure only means the pages stay.
        let _ = unsafe { m.unchecked_advise_range(memmap2::UncheckedAdvice::DontNeed, lo, hi - lo) };
    }

    /// Drops every page of `file` from our mapping, e.g. once open-time verification has read
    /// whole sections that later lookups only sample.
    pub fn drop_all(&self, file: &FileBytes) {
        let FileBytes::Mapped(m) = file else { return };
        // SAFETY: as in `note`; the range is the whole mapping.
        let _ = unsafe { m.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
        self.drops.fetch_add(1, Ordering::Relaxed);
    }

    /// How many times pages were dropped (tests, diagnostics).
    pub fn drops(&self) -> u64 {
        self.drops.load(Ordering::Relaxed)
    }
}

/// One mapped segment file and the reclaim state of its pages.
struct Segment {
    bytes: FileBytes,
    reclaim: PageReclaim,
}

/// The mapped segment files of one block, by segment index. Gaps are allowed until a chunk
/// reference points into one: then the error names the missing file.
pub struct ChunkReader {
    /// "block <dir>", the prefix of every error message.
    what: String,
    segments: BTreeMap<u32, Segment>,
}

impl ChunkReader {
    /// Maps every `chunks/NNNNNN` file of `block_dir` and checks each header.
    pub fn open_dir(block_dir: &Path, what: String) -> Result<ChunkReader> {
        let dir = block_dir.join("chunks");
        let rd = std::fs::read_dir(&dir)
            .map_err(|e| Error::corrupt(format!("{what}: chunks: cannot list directory: {e}")))?;
        let mut segments = BTreeMap::new();
        for ent in rd {
            let ent = ent.map_err(|e| Error::corrupt(format!("{what}: chunks: cannot list directory: {e}")))?;
            let name = ent.file_name();
            let Some(name) = name.to_str() else { continue };
            // Prometheus names segments with decimal sequence numbers; anything else is not ours.
            if name.is_empty() || !name.bytes().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let Ok(seq) = name.parse::<u64>() else { continue };
            let Some(index) = seq.checked_sub(1).and_then(|i| u32::try_from(i).ok()) else { continue };
            let bytes = FileBytes::map(&ent.path())
                .map_err(|e| Error::corrupt(format!("{what}: chunks/{name}: cannot open: {e}")))?;
            segments.insert(index, bytes);
        }
        ChunkReader::from_segments(what, segments)
    }

    /// Builds a reader over already loaded segments (tests), checking every header.
    pub fn from_segments(what: String, segments: BTreeMap<u32, FileBytes>) -> Result<ChunkReader> {
        ChunkReader::with_reclaim_window(what, segments, RECLAIM_WINDOW_BYTES)
    }

    /// As `from_segments`, dropping read pages every `window` bytes read per segment (tests).
    pub fn with_reclaim_window(what: String, segments: BTreeMap<u32, FileBytes>, window: usize) -> Result<ChunkReader> {
        for (&i, b) in &segments {
            let mut d = Decbuf::new(b);
            let magic = d.be32();
            let version = d.byte();
            d.skip(3);
            let fail = |m: &dyn Display| Error::corrupt(format!("{what}: {}: {m}", segment_name(i)));
            if d.check().is_err() {
                return Err(fail(&format_args!("file too small for a segment header ({} bytes)", b.len())));
            }
            if magic != MAGIC_CHUNKS {
                return Err(fail(&format_args!("invalid magic number {magic:#010x}")));
            }
            if version != CHUNKS_FORMAT_V1 {
                return Err(fail(&format_args!("unsupported chunk format version {version}")));
            }
        }
        let segments = segments.into_iter().map(|(i, bytes)| (i, Segment { bytes, reclaim: PageReclaim::new(window) })).collect();
        Ok(ChunkReader { what, segments })
    }

    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// Page drops so far, over all segments (tests, diagnostics).
    pub fn reclaim_drops(&self) -> u64 {
        self.segments.values().map(|s| s.reclaim.drops()).sum()
    }

    /// The encoding byte and data bytes of the chunk at `r`, after its CRC32C check.
    pub fn chunk(&self, r: BlockChunkRef) -> Result<(u8, &[u8])> {
        let (seg, off) = r.unpack();
        let fail = |m: &dyn Display| Error::corrupt(format!("{}: {}: chunk at offset {off}: {m}", self.what, segment_name(seg)));
        let Some(Segment { bytes: b, reclaim }) = self.segments.get(&seg) else {
            return Err(fail(&"segment file missing"));
        };
        let off = off as usize;
        if off < SEGMENT_HEADER_LEN || off >= b.len() {
            return Err(fail(&format_args!("offset outside the segment ({} bytes)", b.len())));
        }
        let mut d = Decbuf::new(&b[off..]);
        let len = d.uvarint_len();
        let body = d.bytes(len.saturating_add(1));
        let crc = d.be32();
        if let Err(e) = d.check() {
            return Err(fail(&format_args!("{e} (data length {len})")));
        }
        if crc32c(body) != crc {
            return Err(fail(&"checksum mismatch"));
        }
        // The caller is done with the chunk's pages once it has decoded or copied the bytes;
        // noting them before it has is fine too (a dropped page reads back the same).
        reclaim.note(b, off, b.len() - off - d.len());
        match body.split_first() {
            Some((&enc, data)) => Ok((enc, data)),
            None => Err(fail(&"empty chunk")),
        }
    }

    /// Appends the ChunkList record of the chunk at `r`: u8 encoding, LE u32 length, data.
    pub fn append_chunk(&self, r: BlockChunkRef, out: &mut Vec<u8>) -> Result<()> {
        let (enc, data) = self.chunk(r)?;
        let len = u32::try_from(data.len()).map_err(|_| Error::corrupt(format!("{}: chunk {} too large", self.what, r.0)))?;
        out.push(enc);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(data);
        Ok(())
    }
}

impl Block {
    /// ChunkRefs bytes (LE u64 each) → ChunkList bytes (see src/engine/engine.ts).
    pub fn chunks(&self, refs_le_u64: &[u8]) -> Result<Vec<u8>> {
        if !refs_le_u64.len().is_multiple_of(8) {
            return Err(Error::invalid(format!(
                "chunk refs buffer length {} is not a multiple of 8",
                refs_le_u64.len()
            )));
        }
        let cr = self.chunk_reader();
        let mut out = Vec::with_capacity(refs_le_u64.len() * 16);
        for r in refs_le_u64.chunks_exact(8) {
            let r = u64::from_le_bytes([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]);
            cr.append_chunk(BlockChunkRef(r), &mut out)?;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::put_uvarint;

    /// A segment file with `n` chunks of varying sizes; returns its bytes and the chunk refs.
    fn segment(n: usize) -> (Vec<u8>, Vec<(BlockChunkRef, Vec<u8>)>) {
        segment_of(n, 100, 900)
    }

    /// `n` chunks of `min` to `min + spread - 1` data bytes.
    fn segment_of(n: usize, min: usize, spread: usize) -> (Vec<u8>, Vec<(BlockChunkRef, Vec<u8>)>) {
        let mut b = MAGIC_CHUNKS.to_be_bytes().to_vec();
        b.extend_from_slice(&[CHUNKS_FORMAT_V1, 0, 0, 0]);
        let mut refs = Vec::new();
        for i in 0..n {
            let data: Vec<u8> = (0..(min + i % spread)).map(|j| (i * 31 + j) as u8).collect();
            let off = b.len() as u32;
            put_uvarint(&mut b, data.len() as u64);
            let start = b.len();
            b.push(1);
            b.extend_from_slice(&data);
            let crc = crc32c(&b[start..]);
            b.extend_from_slice(&crc.to_be_bytes());
            refs.push((BlockChunkRef::pack(0, off), data));
        }
        (b, refs)
    }

    fn temp_path(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("storeapi-reclaim-{}-{name}", std::process::id()))
    }

    fn read_all(cr: &ChunkReader, refs: &[(BlockChunkRef, Vec<u8>)]) {
        for (r, want) in refs {
            let (enc, data) = cr.chunk(*r).unwrap();
            assert_eq!(enc, 1);
            assert_eq!(data, &want[..]);
        }
    }

    #[test]
    fn reclaimed_pages_read_back_the_same_bytes() {
        let (bytes, refs) = segment(5000);
        let path = temp_path("same");
        std::fs::write(&path, &bytes).unwrap();
        let seg = FileBytes::map(&path).unwrap();
        let cr = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, seg)]), 64 << 10).unwrap();
        read_all(&cr, &refs);
        let drops = cr.reclaim_drops();
        // ~2.8 MB read in 64 KiB windows.
        assert!(drops >= 30, "drops {drops}");
        // Every page dropped at least once: a second pass reads them back from the file.
        read_all(&cr, &refs);
        assert!(cr.reclaim_drops() >= 2 * drops - 1);
        std::fs::remove_file(&path).unwrap();
    }

    /// Resident KiB of this process's mapping of `path` (Linux /proc/self/smaps).
    fn mapped_rss_kib(path: &std::path::Path) -> Option<u64> {
        let smaps = std::fs::read_to_string("/proc/self/smaps").ok()?;
        let name = path.to_str()?;
        let mut inside = false;
        for line in smaps.lines() {
            if line.split_whitespace().nth(1).is_some_and(|perm| perm.len() == 4) && line.contains('-') && !line.starts_with(|c: char| c.is_ascii_uppercase()) {
                inside = line.ends_with(name);
            } else if inside && line.starts_with("Rss:") {
                return line.split_whitespace().nth(1)?.parse().ok();
            }
        }
        None
    }

    #[test]
    fn a_scan_leaves_little_of_the_file_mapped() {
        // ~12 MiB of chunks read in 256 KiB windows: without reclaim all of it stays resident.
        let (bytes, refs) = segment_of(6000, 1500, 1000);
        let path = temp_path("scan");
        std::fs::write(&path, &bytes).unwrap();
        let seg = FileBytes::map(&path).unwrap();
        let cr = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, seg)]), 256 << 10).unwrap();
        read_all(&cr, &refs);
        if let Some(kib) = mapped_rss_kib(&path) {
            // The last window, fault-around pages and the header page; far below 12 MiB.
            assert!(kib < 1024, "{kib} KiB of {} KiB still mapped", bytes.len() >> 10);
        }
        std::fs::remove_file(&path).unwrap();
    }

    /// Whether the page at virtual address `addr` is mapped in this process (/proc/self/pagemap
    /// bit 63; readable for one's own process without privileges).
    fn page_present(addr: usize) -> bool {
        use std::io::{Read, Seek, SeekFrom};
        let mut f = std::fs::File::open("/proc/self/pagemap").unwrap();
        f.seek(SeekFrom::Start((addr / 4096 * 8) as u64)).unwrap();
        let mut e = [0u8; 8];
        f.read_exact(&mut e).unwrap();
        u64::from_le_bytes(e) >> 63 == 1
    }

    /// A file of `mib` MiB of the bytes `i % modulus`, written at `temp_path(name)` and mapped.
    fn mapped_file(name: &str, mib: usize, modulus: usize) -> (std::path::PathBuf, Vec<u8>, FileBytes) {
        let bytes: Vec<u8> = (0..mib << 20).map(|i| (i % modulus) as u8).collect();
        let path = temp_path(name);
        std::fs::write(&path, &bytes).unwrap();
        let f = FileBytes::map(&path).unwrap();
        (path, bytes, f)
    }

    /// Reads `f[lo..hi]` 64 KiB at a time as a scan does, noting each read with `r`; the checksum.
    fn read_noted(r: &PageReclaim, f: &FileBytes, lo: usize, hi: usize) -> u64 {
        let mut sum = 0;
        for off in (lo..hi).step_by(64 << 10) {
            sum += touch(f, off, off + (64 << 10));
            r.note(f, off, 64 << 10);
        }
        sum
    }

    /// Touches every page of `b[lo..hi]` and returns a checksum, so the reads are not elided.
    fn touch(b: &[u8], lo: usize, hi: usize) -> u64 {
        (lo..hi).step_by(4096).map(|i| u64::from(b[i])).sum()
    }

    /// A 16 MiB file: a 4 MiB "lookup" section touched once, then a scan noted over the last
    /// 6 MiB, farther from the section than the drops' margin reaches back.
    fn scan_after_lookups(r: &PageReclaim, name: &str) -> (u64, Vec<u8>) {
        let (path, bytes, f) = mapped_file(name, 16, 251);
        let mut sum = touch(&f, 0, 4 << 20);
        sum += read_noted(r, &f, 10 << 20, 16 << 20);
        let kib = mapped_rss_kib(&path).expect("smaps lists the mapping");
        // The same bytes come back after the drops.
        assert_eq!(&f[..], &bytes[..]);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(sum, touch(&bytes, 0, 4 << 20) + touch(&bytes, 10 << 20, 16 << 20));
        (kib, bytes)
    }

    #[test]
    fn a_drop_maps_the_next_window_ahead_of_the_scan() {
        let (path, bytes, f) = mapped_file("ahead", 4, 241);
        let r = PageReclaim::new(1 << 20);
        let sum = read_noted(&r, &f, 0, 1 << 20);
        assert_eq!(r.drops(), 1);
        // The first MiB was read and dropped; the second is mapped although nothing read it yet.
        let base = f.as_ptr() as usize;
        let mapped = (1usize << 20..2 << 20).step_by(4096).filter(|o| page_present(base + o)).count();
        assert_eq!(mapped, 256, "pages of the next window mapped after the first drop");
        // Large page-cache folios may map up to 2 MiB around it; never the whole file.
        let kib = mapped_rss_kib(&path).expect("smaps lists the mapping");
        assert!(kib <= 3 << 10, "{kib} KiB mapped after the first drop");
        assert_eq!(sum, touch(&bytes, 0, 1 << 20));
        assert_eq!(&f[..], &bytes[..]);
        std::fs::remove_file(&path).unwrap();
    }

    /// Writes `bytes` to `path` and evicts them from the page cache, so the reads that follow
    /// come from the disk through readahead, as a block's do after eviction. The kernel then
    /// holds them in large folios where it can (ext4 on Linux 6.18 here: up to 2 MiB) and may
    /// map a whole folio on a fault.
    fn write_evicted(path: &std::path::Path, bytes: &[u8]) {
        use std::os::fd::AsRawFd;
        let f = std::fs::File::create(path).unwrap();
        std::io::Write::write_all(&mut &f, bytes).unwrap();
        f.sync_all().unwrap();
        // SAFETY: a valid descriptor; the advice only drops clean page-cache pages of the file.
        let rc = unsafe { libc::posix_fadvise(f.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
        assert_eq!(rc, 0, "posix_fadvise");
    }

    #[test]
    fn a_reader_over_a_file_read_back_from_disk_keeps_little_of_it_mapped() {
        // ~210 MiB of chunks of 100-999 bytes read in order through 512 KiB windows, from a file
        // evicted first. With a margin of one fault-around block behind each drop this kept
        // 6.2 MiB mapped at its peak and 2.2 MiB at the end (2 MiB folios here); now 4 and 0.1.
        let (bytes, refs) = segment_of(400_000, 100, 900);
        let path = temp_path("evicted");
        write_evicted(&path, &bytes);
        let seg = FileBytes::map(&path).unwrap();
        let cr = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, seg)]), 512 << 10).unwrap();
        let mut peak = 0;
        for (i, (r, want)) in refs.iter().enumerate() {
            let (enc, data) = cr.chunk(*r).unwrap();
            assert_eq!((enc, data), (1, &want[..]));
            if i % 2000 == 0 {
                peak = peak.max(mapped_rss_kib(&path).expect("smaps lists the mapping"));
            }
        }
        let end = mapped_rss_kib(&path).expect("smaps lists the mapping");
        // The window being read and the one populated ahead of it, in whole folios.
        assert!(peak <= 5 << 10, "{peak} KiB mapped at the peak of the scan");
        assert!(end <= 1 << 10, "{end} KiB mapped after the scan");
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn a_scan_that_starts_again_behind_leaves_little_mapped() {
        // A second query reads the file from its start while the first one's window lies ahead.
        let (path, bytes, f) = mapped_file("again", 48, 229);
        let r = PageReclaim::new(512 << 10);
        let sum = read_noted(&r, &f, 24 << 20, 40 << 20) + read_noted(&r, &f, 0, 8 << 20);
        let kib = mapped_rss_kib(&path).expect("smaps lists the mapping");
        // The second scan's windows; the first scan's last populated window is gone too (it
        // stayed before, 4 MiB in all in 2 MiB folios).
        assert!(kib < 4 << 10, "{kib} KiB of 48 MiB mapped after the scans");
        assert_eq!(sum, touch(&bytes, 24 << 20, 40 << 20) + touch(&bytes, 0, 8 << 20));
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn a_whole_file_reclaim_also_unmaps_what_the_scan_did_not_read() {
        let (kept, _) = scan_after_lookups(&PageReclaim::new(1 << 20), "ranges");
        let (whole, _) = scan_after_lookups(&PageReclaim::whole_file(1 << 20), "whole");
        // Range drops leave the 4 MiB looked up mapped; whole-file drops leave the last window.
        assert!(kept >= 4 << 10, "range reclaim: {kept} KiB mapped");
        assert!(whole < 2 << 10, "whole-file reclaim: {whole} KiB mapped");
    }

    #[test]
    fn reclaimed_pages_of_a_deleted_file_still_read() {
        let (bytes, refs) = segment(3000);
        let path = temp_path("deleted");
        std::fs::write(&path, &bytes).unwrap();
        let seg = FileBytes::map(&path).unwrap();
        let cr = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, seg)]), 16 << 10).unwrap();
        read_all(&cr, &refs[..1000]);
        // Prometheus deletes the block mid-query: the mapping keeps the inode and its data.
        std::fs::remove_file(&path).unwrap();
        read_all(&cr, &refs);
        read_all(&cr, &refs);
        assert!(cr.reclaim_drops() > 100);
    }

    #[test]
    fn reclaim_range_stays_inside_the_mapping() {
        let (bytes, refs) = segment(50);
        let path = temp_path("edge");
        std::fs::write(&path, &bytes).unwrap();
        let seg = FileBytes::map(&path).unwrap();
        let r = PageReclaim::new(1);
        // Ranges past the end are clamped or ignored, never handed to madvise out of range.
        r.note(&seg, bytes.len() - 3, 1000);
        r.note(&seg, bytes.len() + 10, 5);
        r.note(&seg, usize::MAX - 1, 5);
        assert_eq!(r.drops(), 1);
        let cr = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, seg)]), 1).unwrap();
        read_all(&cr, &refs);
        assert_eq!(cr.reclaim_drops(), 50);
        // In-memory segments have no pages to drop.
        let owned = ChunkReader::with_reclaim_window("block t".into(), BTreeMap::from([(0, FileBytes::Owned(bytes))]), 1).unwrap();
        read_all(&owned, &refs);
        assert_eq!(owned.reclaim_drops(), 0);
        std::fs::remove_file(&path).unwrap();
    }
}
