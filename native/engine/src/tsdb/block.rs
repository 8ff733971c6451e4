//! A persisted block directory: `meta.json`, `index`, `chunks/NNNNNN` (Prometheus `tsdb/block.go`).
//!
//! Opening maps the index and every segment and verifies what is cheap to verify up front
//! (magic numbers, versions, TOC, symbol table, postings offset table). Series entries,
//! postings lists and chunks are checked by CRC32C when they are read. The small `tombstones`
//! file is read whole at open (it is optional: a block without one has no deletions).

use std::path::Path;

use serde::Deserialize;

use super::chunks::ChunkReader;
use super::index::Index;
use super::tombstones::read_tombstones;
use super::FileBytes;
use crate::{Error, ErrorCode, Result};

/// The only meta.json version Prometheus writes and reads.
pub const META_VERSION_1: u32 = 1;

#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct BlockStats {
    #[serde(default)]
    pub num_samples: u64,
    #[serde(default)]
    pub num_series: u64,
    #[serde(default)]
    pub num_chunks: u64,
    #[serde(default)]
    pub num_tombstones: u64,
}

/// The parts of meta.json the engine relies on, plus the file text itself (handed to JS as is,
/// so fields we do not model, like `compaction` or `thanos`, survive untouched).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockMeta {
    pub ulid: String,
    /// Inclusive, ms.
    pub min_time: i64,
    /// Exclusive, ms.
    pub max_time: i64,
    #[serde(default)]
    pub stats: BlockStats,
    pub version: u32,
    #[serde(skip)]
    pub raw_json: String,
}

impl BlockMeta {
    /// Parses meta.json text; `what` names the block in errors.
    pub fn parse(text: String, what: &str) -> Result<BlockMeta> {
        let mut m: BlockMeta = serde_json::from_str(&text)
            .map_err(|e| Error::corrupt(format!("{what}: meta.json: invalid: {e}")))?;
        if m.version != META_VERSION_1 {
            return Err(Error::corrupt(format!("{what}: meta.json: unsupported version {}", m.version)));
        }
        m.raw_json = text;
        Ok(m)
    }
}

pub struct Block {
    dir: String,
    meta: BlockMeta,
    index: Index,
    chunks: ChunkReader,
    /// Tombstones interchange bytes (src/engine/engine.ts), empty without deletions.
    tombstones: Vec<u8>,
}

impl Block {
    /// Opens and verifies the block in `dir`.
    pub fn open(dir: &str) -> Result<Block> {
        let what = format!("block {dir}");
        let path = Path::new(dir);
        if !path.is_dir() {
            return Err(Error::new(ErrorCode::NotFound, format!("{what}: not a directory")));
        }
        let text = std::fs::read_to_string(path.join("meta.json"))
            .map_err(|e| Error::corrupt(format!("{what}: meta.json: cannot read: {e}")))?;
        let meta = BlockMeta::parse(text, &what)?;
        let bytes = FileBytes::map(&path.join("index"))
            .map_err(|e| Error::corrupt(format!("{what}: index: cannot open: {e}")))?;
        let index = Index::open(bytes, format!("{what}: index"))?;
        let tombstones = match std::fs::read(path.join("tombstones")) {
            Ok(b) => read_tombstones(&b).map_err(|e| e.context(&what))?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(Error::corrupt(format!("{what}: tombstones: cannot read: {e}"))),
        };
        let chunks = ChunkReader::open_dir(path, what)?;
        Ok(Block { dir: dir.to_string(), meta, index, chunks, tombstones })
    }

    /// Assembles a block from parts already in memory (tests, golden vectors).
    pub fn from_parts(dir: String, meta: BlockMeta, index: Index, chunks: ChunkReader, tombstones: Vec<u8>) -> Block {
        Block { dir, meta, index, chunks, tombstones }
    }

    pub fn dir(&self) -> &str {
        &self.dir
    }

    pub fn meta(&self) -> &BlockMeta {
        &self.meta
    }

    /// meta.json exactly as read from disk.
    pub fn meta_json(&self) -> &str {
        &self.meta.raw_json
    }

    pub fn index(&self) -> &Index {
        &self.index
    }

    pub fn chunk_reader(&self) -> &ChunkReader {
        &self.chunks
    }

    /// Tombstones bytes: every deleted interval, as read at open.
    pub fn tombstones(&self) -> &[u8] {
        &self.tombstones
    }

    /// Number of series: the length of the all-postings list.
    pub fn num_series(&self) -> Result<u32> {
        let n = self.index.all_postings()?.len();
        u32::try_from(n).map_err(|_| self.index.corrupt("more than 2^32 series"))
    }
}
