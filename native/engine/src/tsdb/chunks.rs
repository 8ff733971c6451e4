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

use super::block::Block;
use super::window::{copy_at, ReadAt, ReadWindow, MAX_READ_AHEAD};
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

/// One segment file. Real blocks are read with positioned reads through an open descriptor (a
/// block deleted under a query stays readable: the descriptor holds the inode), into a query's
/// ReadWindow (tsdb/window.rs, which says why chunk files are not mapped); tests and golden
/// vectors hold the bytes in memory.
pub enum SegmentFile {
    File { file: std::fs::File, len: usize },
    Owned(Vec<u8>),
}

impl SegmentFile {
    pub fn open(path: &Path) -> std::io::Result<SegmentFile> {
        let file = std::fs::File::open(path)?;
        let len = usize::try_from(file.metadata()?.len()).map_err(|_| std::io::Error::other("file too large"))?;
        Ok(SegmentFile::File { file, len })
    }

}

impl ReadAt for SegmentFile {
    fn len(&self) -> usize {
        match self {
            SegmentFile::File { len, .. } => *len,
            SegmentFile::Owned(v) => v.len(),
        }
    }

    fn read_at(&self, off: usize, out: &mut [u8]) -> std::io::Result<()> {
        match self {
            SegmentFile::File { file, .. } => std::os::unix::fs::FileExt::read_exact_at(file, out, off as u64),
            SegmentFile::Owned(v) => copy_at(v, off, out),
        }
    }
}

/// Where the data bytes of one chunk read by `ChunkReader::read_series` are: a file range in
/// the block's window (of the chunk's own segment), or a range of the arena.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChunkAt {
    Window { lo: usize, hi: usize },
    Arena { lo: usize, hi: usize },
}

/// The segment files of one block, by segment index. Gaps are allowed until a chunk reference
/// points into one: then the error names the missing file.
pub struct ChunkReader {
    /// "block <dir>", the prefix of every error message.
    what: String,
    segments: BTreeMap<u32, SegmentFile>,
}

impl ChunkReader {
    /// Opens every `chunks/NNNNNN` file of `block_dir` and checks each header.
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
            let file = SegmentFile::open(&ent.path())
                .map_err(|e| Error::corrupt(format!("{what}: chunks/{name}: cannot open: {e}")))?;
            segments.insert(index, file);
        }
        ChunkReader::from_segments(what, segments)
    }

    /// Builds a reader over already opened segments, checking every header.
    pub fn from_segments(what: String, segments: BTreeMap<u32, SegmentFile>) -> Result<ChunkReader> {
        for (&i, f) in &segments {
            let fail = |m: &dyn Display| Error::corrupt(format!("{what}: {}: {m}", segment_name(i)));
            let mut head = [0u8; SEGMENT_HEADER_LEN];
            if f.len() < SEGMENT_HEADER_LEN {
                return Err(fail(&format_args!("file too small for a segment header ({} bytes)", f.len())));
            }
            f.read_at(0, &mut head).map_err(|e| fail(&format_args!("cannot read the segment header: {e}")))?;
            let mut d = Decbuf::new(&head);
            let magic = d.be32();
            let version = d.byte();
            if magic != MAGIC_CHUNKS {
                return Err(fail(&format_args!("invalid magic number {magic:#010x}")));
            }
            if version != CHUNKS_FORMAT_V1 {
                return Err(fail(&format_args!("unsupported chunk format version {version}")));
            }
        }
        Ok(ChunkReader { what, segments })
    }

    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// Reads the chunk at `r` into `win` and checks its CRC32C: its encoding byte and the file
    /// range of its data bytes (in segment `r.unpack().0`), which `win` holds until the next
    /// `begin` (or until a read of a chunk elsewhere in the file moves the window).
    pub fn locate(&self, r: BlockChunkRef, win: &mut ReadWindow) -> Result<(u8, usize, usize)> {
        let (seg, off) = r.unpack();
        let fail = |m: &dyn Display| Error::corrupt(format!("{}: {}: chunk at offset {off}: {m}", self.what, segment_name(seg)));
        let Some(f) = self.segments.get(&seg) else {
            return Err(fail(&"segment file missing"));
        };
        let off = off as usize;
        let flen = f.len();
        if off < SEGMENT_HEADER_LEN || off >= flen {
            return Err(fail(&format_args!("offset outside the segment ({flen} bytes)")));
        }
        // A chunk outside the window starts it afresh there; one before the current series' first
        // chunk but inside the window only moves the mark back, so nothing read since goes.
        if !win.holds(seg, off, off) || off < win.mark() {
            win.begin(seg, off);
        }
        let io = |e: std::io::Error| fail(&format_args!("cannot read: {e}"));
        // The length: a uvarint of at most 10 bytes.
        let head_end = (off + 10).min(flen);
        win.extend(f, head_end).map_err(io)?;
        let mut d = Decbuf::new(win.bytes(off, head_end));
        let len = d.uvarint_len();
        if let Err(e) = d.check() {
            return Err(fail(&format_args!("{e} (data length {len})")));
        }
        let body_lo = head_end - d.len();
        // Encoding byte, data, CRC32C: past the end of the file the chunk is truncated.
        let end = body_lo.saturating_add(len).saturating_add(5);
        if end > flen {
            return Err(fail(&format_args!("{} (data length {len})", crate::encoding::DecodeError::InvalidSize)));
        }
        win.extend(f, end).map_err(io)?;
        let body = win.bytes(body_lo, end - 4);
        let crc = u32::from_be_bytes(win.bytes(end - 4, end).try_into().expect("4 bytes"));
        if crc32c(body) != crc {
            return Err(fail(&"checksum mismatch"));
        }
        match body.first() {
            Some(&enc) => Ok((enc, body_lo + 1, end - 4)),
            None => Err(fail(&"empty chunk")),
        }
    }

    /// Reads the chunks of one series of this block, `refs` in their order, through `win`:
    /// pushes each one's encoding and place to `out`, after `check` accepted its encoding. A
    /// series' chunks lie one after another in a segment, and then all of them stay in the
    /// window; when they do not (a chunk elsewhere in the file moved the window on), they are
    /// read again and copied to `arena`.
    pub fn read_series<I, F>(&self, refs: I, win: &mut ReadWindow, arena: &mut Vec<u8>, out: &mut Vec<(u8, ChunkAt)>, check: F) -> Result<()>
    where
        I: Iterator<Item = BlockChunkRef> + Clone,
        F: Fn(BlockChunkRef, u8) -> Result<()>,
    {
        let from = out.len();
        let mut moves = None;
        for r in refs.clone() {
            let (seg, off) = r.unpack();
            if moves.is_none() {
                win.begin(seg, off as usize);
                moves = Some(win.moves());
            }
            let (enc, lo, hi) = self.locate(r, win)?;
            check(r, enc)?;
            out.push((enc, ChunkAt::Window { lo, hi }));
        }
        // The window started afresh under a later chunk: the earlier ones' bytes went with it.
        if moves.is_none_or(|m| m == win.moves()) {
            return Ok(());
        }
        out.truncate(from);
        for r in refs {
            let (enc, lo, hi) = self.locate(r, win)?;
            let a = arena.len();
            arena.extend_from_slice(win.bytes(lo, hi));
            out.push((enc, ChunkAt::Arena { lo: a, hi: arena.len() }));
        }
        Ok(())
    }

    /// Appends the ChunkList record of the chunk at `r`: u8 encoding, LE u32 length, data.
    pub fn append_chunk(&self, r: BlockChunkRef, win: &mut ReadWindow, out: &mut Vec<u8>) -> Result<()> {
        let (enc, lo, hi) = self.locate(r, win)?;
        let len = u32::try_from(hi - lo).map_err(|_| Error::corrupt(format!("{}: chunk {} too large", self.what, r.0)))?;
        out.push(enc);
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(win.bytes(lo, hi));
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
        let mut win = ReadWindow::new(MAX_READ_AHEAD);
        for r in refs_le_u64.chunks_exact(8) {
            let r = u64::from_le_bytes([r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]]);
            cr.append_chunk(BlockChunkRef(r), &mut win, &mut out)?;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::encoding::put_uvarint;
    use crate::tsdb::window::MIN_READ_AHEAD;

    /// A segment file with `n` chunks of `min` to `min + spread - 1` data bytes; its bytes and
    /// the chunk refs (in segment `seg`) with each chunk's data.
    fn segment_of(seg: u32, n: usize, min: usize, spread: usize) -> (Vec<u8>, Vec<(BlockChunkRef, Vec<u8>)>) {
        let mut b = MAGIC_CHUNKS.to_be_bytes().to_vec();
        b.extend_from_slice(&[CHUNKS_FORMAT_V1, 0, 0, 0]);
        let mut refs = Vec::new();
        for i in 0..n {
            let data: Vec<u8> = (0..(min + i % spread)).map(|j| (i * 31 + j + seg as usize) as u8).collect();
            let off = b.len() as u32;
            put_uvarint(&mut b, data.len() as u64);
            let start = b.len();
            b.push(1);
            b.extend_from_slice(&data);
            let crc = crc32c(&b[start..]);
            b.extend_from_slice(&crc.to_be_bytes());
            refs.push((BlockChunkRef::pack(seg, off), data));
        }
        (b, refs)
    }

    fn temp_path(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("storeapi-chunks-{}-{name}", std::process::id()))
    }

    fn on_disk(name: &str, bytes: &[u8]) -> (std::path::PathBuf, SegmentFile) {
        let path = temp_path(name);
        std::fs::write(&path, bytes).unwrap();
        let f = SegmentFile::open(&path).unwrap();
        (path, f)
    }

    fn reader(segments: Vec<(u32, SegmentFile)>) -> ChunkReader {
        ChunkReader::from_segments("block t".into(), segments.into_iter().collect()).unwrap()
    }

    /// Reads `refs` as one series through `win`; their data and places.
    fn series(cr: &ChunkReader, win: &mut ReadWindow, arena: &mut Vec<u8>, refs: &[(BlockChunkRef, Vec<u8>)]) -> Vec<ChunkAt> {
        let mut out = Vec::new();
        arena.clear();
        cr.read_series(refs.iter().map(|(r, _)| *r), win, arena, &mut out, |_, _| Ok(())).unwrap();
        assert_eq!(out.len(), refs.len());
        for ((enc, at), (_, want)) in out.iter().zip(refs) {
            assert_eq!(*enc, 1);
            let got = match *at {
                ChunkAt::Window { lo, hi } => win.bytes(lo, hi),
                ChunkAt::Arena { lo, hi } => &arena[lo..hi],
            };
            assert_eq!(got, &want[..]);
        }
        out.into_iter().map(|(_, at)| at).collect()
    }

    #[test]
    fn a_scan_by_series_reads_every_chunk_from_the_window() {
        let (bytes, refs) = segment_of(0, 20_000, 100, 900);
        let (path, file) = on_disk("scan", &bytes);
        for cr in [reader(vec![(0, file)]), reader(vec![(0, SegmentFile::Owned(bytes.clone()))])] {
            for ahead in [MIN_READ_AHEAD, 64 << 10, MAX_READ_AHEAD] {
                let mut win = ReadWindow::new(ahead);
                let mut arena = Vec::new();
                // Series of 1 to 17 chunks, one after another as Prometheus writes them.
                let mut i = 0;
                let mut n = 1;
                while i < refs.len() {
                    let group = &refs[i..(i + n).min(refs.len())];
                    let at = series(&cr, &mut win, &mut arena, group);
                    assert!(at.iter().all(|a| matches!(a, ChunkAt::Window { .. })), "series at chunk {i} was copied");
                    i += group.len();
                    n = n % 17 + 1;
                }
                // The window stays at its read size plus one series' chunks.
                assert!(win.buffer_len() <= ahead + 17 * 1000, "{} bytes buffered", win.buffer_len());
            }
        }
        // Nothing of the file was mapped into our address space.
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap_or_default();
        assert!(!smaps.contains(path.to_str().unwrap()), "the segment file is mapped");
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn a_chunk_larger_than_the_read_ahead_is_read_whole() {
        let (bytes, refs) = segment_of(0, 40, 100_000, 70_000);
        let cr = reader(vec![(0, SegmentFile::Owned(bytes))]);
        let mut win = ReadWindow::new(MIN_READ_AHEAD);
        let mut arena = Vec::new();
        for pair in refs.chunks(2) {
            series(&cr, &mut win, &mut arena, pair);
        }
    }

    #[test]
    fn chunks_a_window_cannot_hold_together_are_copied() {
        let (b0, r0) = segment_of(0, 3000, 100, 900);
        let (b1, r1) = segment_of(1, 100, 100, 900);
        let cr = reader(vec![(0, SegmentFile::Owned(b0)), (1, SegmentFile::Owned(b1))]);
        let mut win = ReadWindow::new(MIN_READ_AHEAD);
        let mut arena = Vec::new();
        let arena_only = |at: &[ChunkAt]| at.iter().all(|a| matches!(a, ChunkAt::Arena { .. }));
        // Out of order: read right; from the window when the read of the earlier chunk holds the
        // later one too, else copied.
        series(&cr, &mut win, &mut arena, &[r0[11].clone(), r0[10].clone()]);
        let backwards = [r0[2000].clone(), r0[10].clone()];
        assert!(arena_only(&series(&cr, &mut win, &mut arena, &backwards)));
        // Far apart, and in two segments: read right, from the arena.
        let far = [r0[0].clone(), r0[2999].clone()];
        assert!(arena_only(&series(&cr, &mut win, &mut arena, &far)));
        let two_files = [r0[5].clone(), r1[5].clone(), r1[6].clone()];
        assert!(arena_only(&series(&cr, &mut win, &mut arena, &two_files)));
        // A series the window holds again afterwards comes from the window.
        let next = [r1[7].clone(), r1[8].clone()];
        assert!(series(&cr, &mut win, &mut arena, &next).iter().all(|a| matches!(a, ChunkAt::Window { .. })));
    }

    #[test]
    fn chunks_of_a_deleted_file_still_read() {
        let (bytes, refs) = segment_of(0, 3000, 100, 900);
        let (path, file) = on_disk("deleted", &bytes);
        let cr = reader(vec![(0, file)]);
        let mut win = ReadWindow::new(MIN_READ_AHEAD);
        let mut arena = Vec::new();
        series(&cr, &mut win, &mut arena, &refs[..1000]);
        // Prometheus deletes the block mid-query: the open descriptor keeps the inode.
        std::fs::remove_file(&path).unwrap();
        for s in refs.chunks(7) {
            series(&cr, &mut win, &mut arena, s);
        }
    }

    #[test]
    fn bad_chunks_fail_with_the_segment_and_offset() {
        let (mut bytes, refs) = segment_of(0, 10, 100, 900);
        let err = |cr: &ChunkReader, r: BlockChunkRef| cr.locate(r, &mut ReadWindow::new(MIN_READ_AHEAD)).unwrap_err().to_string();
        let cr = reader(vec![(0, SegmentFile::Owned(bytes.clone()))]);
        assert!(err(&cr, BlockChunkRef::pack(0, 3)).contains("chunks/000001: chunk at offset 3: offset outside the segment"));
        assert!(err(&cr, BlockChunkRef::pack(1, 8)).contains("chunks/000002: chunk at offset 8: segment file missing"));
        // A flipped data byte.
        let (r5, _) = refs[5];
        let at = r5.unpack().1 as usize + 4;
        bytes[at] ^= 1;
        let cr = reader(vec![(0, SegmentFile::Owned(bytes.clone()))]);
        assert!(err(&cr, r5).ends_with(&format!("chunk at offset {}: checksum mismatch", r5.unpack().1)));
        // The last chunk cut short, and a length far past the end: neither is read at all.
        let (r9, _) = refs[9];
        let cut = reader(vec![(0, SegmentFile::Owned(bytes[..bytes.len() - 2].to_vec()))]);
        assert!(err(&cut, r9).contains("(data length"), "{}", err(&cut, r9));
        let mut huge = bytes[..r9.unpack().1 as usize].to_vec();
        put_uvarint(&mut huge, 1 << 40);
        huge.extend_from_slice(&[1; 64]);
        let huge = reader(vec![(0, SegmentFile::Owned(huge))]);
        assert!(err(&huge, r9).contains("(data length 1099511627776)"), "{}", err(&huge, r9));
    }

    #[test]
    fn segment_headers_are_checked() {
        let what = |b: Vec<u8>| ChunkReader::from_segments("block t".into(), BTreeMap::from([(0, SegmentFile::Owned(b))])).err().map(|e| e.to_string());
        assert!(what(vec![0x85, 0xBD]).unwrap().contains("file too small for a segment header (2 bytes)"));
        assert!(what(vec![0, 0, 0, 0, 1, 0, 0, 0]).unwrap().contains("invalid magic number 0x00000000"));
        assert!(what(vec![0x85, 0xBD, 0x40, 0xDD, 2, 0, 0, 0]).unwrap().contains("unsupported chunk format version 2"));
        assert!(what(vec![0x85, 0xBD, 0x40, 0xDD, 1, 0, 0, 0]).is_none());
    }
}
