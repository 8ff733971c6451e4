//! A block's `tombstones` file: the deleted, inclusive time intervals of its series.
//!
//! Layout, as Prometheus's `tsdb/tombstones/tombstones.go` writes and reads it (the code is the
//! definition; `tsdb/docs/format/tombstones.md` describes an older variant with per-series
//! counts and a trailing offset that the code no longer uses):
//!
//! ```text
//! magic 0x0130BA30 (4B BE) | version 1 (1B) | entries… | CRC32C (4B BE)
//! entry = uvarint64 series ref, varint64 mint, varint64 maxt
//! ```
//!
//! One entry per interval; a series with several intervals repeats its ref. The CRC covers the
//! entries only: Prometheus leaves the version byte out of the checksum "for compatibility".
//! See also shared/spec/tsdb-format.md §6.
//!
//! The result is the Tombstones interchange layout of src/engine/engine.ts. Intervals are kept
//! exactly as stored (Prometheus's reader merges overlapping ones, but a file written by
//! Prometheus already holds merged intervals, and merging here would hide what is on disk);
//! they are only sorted, so every engine returns the same bytes for the same file.

use crate::encoding::{crc32c, Decbuf};
use crate::{Error, Result};

use super::SeriesRef;

/// First four bytes of every tombstones file.
pub const MAGIC_TOMBSTONES: u32 = 0x0130_BA30;
/// The only tombstones format version Prometheus has written.
const FORMAT_V1: u8 = 1;
/// Magic plus version byte.
const HEADER_LEN: usize = 5;
const CRC_LEN: usize = 4;
/// Size of one record of the interchange layout: u32 ref, i64 mint, i64 maxt.
pub const TOMBSTONE_RECORD_LEN: usize = 4 + 8 + 8;

/// One deleted interval of one series; both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Tombstone {
    // Field order is the sort order of the interchange layout (derived `Ord`).
    pub series_ref: SeriesRef,
    pub min_time: i64,
    pub max_time: i64,
}

fn corrupt(what: impl std::fmt::Display) -> Error {
    Error::corrupt(format!("tombstones: {what}"))
}

/// Parses a tombstones file into its intervals, sorted by series ref, then min and max time.
/// Errors are CORRUPT_BLOCK with a message starting "tombstones: "; the caller adds the block
/// directory. A missing file is the caller's case (no tombstones), not an error here.
pub fn parse_tombstones(bytes: &[u8]) -> Result<Vec<Tombstone>> {
    // A valid file has at least the header and the CRC; Prometheus rejects anything shorter
    // than the header, and a file without its version byte could not be decoded either.
    if bytes.len() < HEADER_LEN + CRC_LEN {
        return Err(corrupt(format!(
            "file of {} bytes is shorter than header and checksum ({} bytes)",
            bytes.len(),
            HEADER_LEN + CRC_LEN
        )));
    }
    let (content, crc_bytes) = bytes.split_at(bytes.len() - CRC_LEN);
    let mut d = Decbuf::new(content);
    let magic = d.be32();
    if magic != MAGIC_TOMBSTONES {
        return Err(corrupt(format!("invalid magic number 0x{magic:08x}")));
    }
    let version = d.byte();
    // The checksum is checked before the version, as Prometheus does, so a damaged file reports
    // the damage rather than whatever the damage made of the version byte.
    let stored = u32::from_be_bytes([crc_bytes[0], crc_bytes[1], crc_bytes[2], crc_bytes[3]]);
    let entries = d.rest();
    if crc32c(entries) != stored {
        return Err(corrupt("checksum mismatch"));
    }
    if version != FORMAT_V1 {
        return Err(corrupt(format!("unsupported format version {version}")));
    }

    let mut out = Vec::new();
    while !d.is_empty() {
        let at = content.len() - d.len();
        let series_ref = d.uvarint();
        let min_time = d.varint();
        let max_time = d.varint();
        if let Some(e) = d.err() {
            return Err(corrupt(format!("entry at offset {at}: {e}")));
        }
        // Block series refs are offset/16 in an index whose postings hold 4-byte refs, so a
        // larger ref cannot name a series of this block: the file is not what it claims.
        let series_ref = u32::try_from(series_ref)
            .map_err(|_| corrupt(format!("entry at offset {at}: series ref {series_ref} exceeds 32 bits")))?;
        out.push(Tombstone { series_ref: SeriesRef(series_ref), min_time, max_time });
    }
    // Prometheus writes from a hash map, so the file order is arbitrary.
    out.sort_unstable();
    Ok(out)
}

/// Encodes intervals in the Tombstones interchange layout (little-endian records).
pub fn encode_tombstones(stones: &[Tombstone]) -> Vec<u8> {
    let mut out = Vec::with_capacity(stones.len() * TOMBSTONE_RECORD_LEN);
    for t in stones {
        out.extend_from_slice(&t.series_ref.0.to_le_bytes());
        out.extend_from_slice(&t.min_time.to_le_bytes());
        out.extend_from_slice(&t.max_time.to_le_bytes());
    }
    out
}

/// Reads a tombstones file straight into the Tombstones interchange layout.
pub fn read_tombstones(bytes: &[u8]) -> Result<Vec<u8>> {
    Ok(encode_tombstones(&parse_tombstones(bytes)?))
}
