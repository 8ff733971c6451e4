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

/// The mapped segment files of one block, by segment index. Gaps are allowed until a chunk
/// reference points into one: then the error names the missing file.
pub struct ChunkReader {
    /// "block <dir>", the prefix of every error message.
    what: String,
    segments: BTreeMap<u32, FileBytes>,
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
        Ok(ChunkReader { what, segments })
    }

    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }

    /// The encoding byte and data bytes of the chunk at `r`, after its CRC32C check.
    pub fn chunk(&self, r: BlockChunkRef) -> Result<(u8, &[u8])> {
        let (seg, off) = r.unpack();
        let fail = |m: &dyn Display| Error::corrupt(format!("{}: {}: chunk at offset {off}: {m}", self.what, segment_name(seg)));
        let Some(b) = self.segments.get(&seg) else {
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
