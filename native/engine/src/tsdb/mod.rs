//! Reading persisted Prometheus TSDB blocks: the block directory, its index and chunk segments.
//! Format: shared/spec/tsdb-format.md and Prometheus `tsdb/docs/format/{index,chunks}.md`.

pub mod block;
pub mod chunks;
pub mod index;
pub mod postings;
pub mod reclaim;
pub mod tombstones;
pub mod window;

use std::ops::Deref;

pub use block::{Block, BlockMeta, BlockStats};
pub use chunks::BlockChunkRef;
pub use index::{ChunkMeta, Index, SeriesRef};

/// The bytes of an index file: a read-only memory map for real blocks, or an owned buffer
/// (tests and golden vectors build indexes in memory). Readers only ever see `&[u8]`.
pub enum FileBytes {
    /// The mapping, and the file for positioned reads (window::ReadAt).
    Mapped(memmap2::Mmap, std::fs::File),
    Owned(Vec<u8>),
}

impl Deref for FileBytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            FileBytes::Mapped(m, _) => m,
            FileBytes::Owned(v) => v,
        }
    }
}

impl window::ReadAt for FileBytes {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn read_at(&self, off: usize, out: &mut [u8]) -> std::io::Result<()> {
        match self {
            FileBytes::Mapped(_, f) => std::os::unix::fs::FileExt::read_exact_at(f, out, off as u64),
            FileBytes::Owned(v) => window::copy_at(v, off, out),
        }
    }
}

impl FileBytes {
    /// Maps `path` read-only. Block files are immutable once `meta.json` exists (Prometheus
    /// writes a block into a temporary directory and renames it), which is what makes a shared
    /// mapping sound here; a deleted block stays readable through the open mapping.
    pub fn map(path: &std::path::Path) -> std::io::Result<FileBytes> {
        let f = std::fs::File::open(path)?;
        let len = f.metadata()?.len();
        if len == 0 {
            // mmap of an empty file fails on some platforms; an empty file is just empty.
            return Ok(FileBytes::Owned(Vec::new()));
        }
        // SAFETY: the mapping is read-only and the file is never written after the block is
        // complete (see above). Truncation by another process would be a broken block.
        let m = unsafe { memmap2::Mmap::map(&f)? };
        Ok(FileBytes::Mapped(m, f))
    }
}
