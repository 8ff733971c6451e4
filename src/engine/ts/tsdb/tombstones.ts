// A block's `tombstones` file: the deleted, inclusive time intervals of its series (twin of
// native/engine/src/tsdb/tombstones.rs).
//
// Layout, as Prometheus's tsdb/tombstones/tombstones.go writes and reads it (the code is the
// definition; tsdb/docs/format/tombstones.md describes an older variant with per-series counts and a
// trailing offset that the code no longer uses):
//
//   magic 0x0130BA30 (4B BE) | version 1 (1B) | entries… | CRC32C (4B BE)
//   entry = uvarint64 series ref, varint64 mint, varint64 maxt
//
// One entry per interval; a series with several intervals repeats its ref. The CRC covers the entries
// only: Prometheus leaves the version byte out of the checksum "for compatibility". See also
// shared/spec/tsdb-format.md §6.
//
// The result is the Tombstones interchange layout of src/engine/engine.ts. Intervals are kept exactly
// as stored (Prometheus's reader merges overlapping ones, but a file written by Prometheus already
// holds merged intervals, and merging here would hide what is on disk); they are only sorted, so both
// engines return the same bytes for the same file.

import { EngineError } from '../../engine.js';
import { Decbuf, LeWriter, be32At, crc32c } from '../encoding.js';

/** First four bytes of every tombstones file. */
export const MAGIC_TOMBSTONES = 0x0130ba30;
/** The only tombstones format version Prometheus has written. */
const FORMAT_V1 = 1;
/** Magic plus version byte. */
const HEADER_LEN = 5;
const CRC_LEN = 4;
/** Size of one record of the interchange layout: u32 ref, i64 mint, i64 maxt. */
export const TOMBSTONE_RECORD_LEN = 4 + 8 + 8;

/** One deleted interval of one series; both ends inclusive. Times are exact i64 values. */
export interface Tombstone {
  seriesRef: number;
  minTime: bigint;
  maxTime: bigint;
}

function corrupt(what: string): EngineError {
  return new EngineError('CORRUPT_BLOCK', `tombstones: ${what}`);
}

function compareTombstones(a: Tombstone, b: Tombstone): number {
  if (a.seriesRef !== b.seriesRef) return a.seriesRef - b.seriesRef;
  if (a.minTime !== b.minTime) return a.minTime < b.minTime ? -1 : 1;
  if (a.maxTime !== b.maxTime) return a.maxTime < b.maxTime ? -1 : 1;
  return 0;
}

/**
 * Parses a tombstones file into its intervals, sorted by series ref, then min and max time. Throws
 * EngineError CORRUPT_BLOCK with a message starting "tombstones: "; the caller adds the block
 * directory. A missing file is the caller's case (no tombstones), not an error here.
 */
export function parseTombstones(bytes: Uint8Array): Tombstone[] {
  if (!(bytes instanceof Uint8Array)) {
    // A caller passing a path instead of the file's bytes would otherwise get a confusing
    // "corrupt" error about a string.
    throw new EngineError(
      'INVALID_ARGUMENT',
      'tombstones: readTombstones takes the file bytes (Uint8Array), not a path; the caller reads the file and treats a missing one as empty',
    );
  }
  // A valid file has at least the header and the CRC; Prometheus rejects anything shorter than the
  // header, and a file without its version byte could not be decoded either.
  if (bytes.length < HEADER_LEN + CRC_LEN) {
    throw corrupt(`file of ${bytes.length} bytes is shorter than header and checksum (${HEADER_LEN + CRC_LEN} bytes)`);
  }
  const contentEnd = bytes.length - CRC_LEN;
  const d = new Decbuf(bytes, 0, contentEnd);
  const magic = d.be32();
  if (magic !== MAGIC_TOMBSTONES) throw corrupt(`invalid magic number 0x${magic.toString(16).padStart(8, '0')}`);
  const version = d.byte();
  // The checksum is checked before the version, as Prometheus does, so a damaged file reports the
  // damage rather than whatever the damage made of the version byte.
  if (crc32c(bytes, d.pos, contentEnd) !== be32At(bytes, contentEnd)) throw corrupt('checksum mismatch');
  if (version !== FORMAT_V1) throw corrupt(`unsupported format version ${version}`);

  const out: Tombstone[] = [];
  while (d.len() > 0) {
    const at = d.pos;
    // Exact 64-bit reads: deletions without a start or end use times near the i64 limits.
    const ref = d.uvarint64();
    const minTime = d.varint64();
    const maxTime = d.varint64();
    if (d.err !== null) throw corrupt(`entry at offset ${at}: ${d.err}`);
    // Block series refs are offset/16 in an index whose postings hold 4-byte refs, so a larger ref
    // cannot name a series of this block: the file is not what it claims.
    if (ref > 0xffffffffn) throw corrupt(`entry at offset ${at}: series ref ${ref} exceeds 32 bits`);
    out.push({ seriesRef: Number(ref), minTime, maxTime });
  }
  // Prometheus writes from a hash map, so the file order is arbitrary.
  out.sort(compareTombstones);
  return out;
}

/** Encodes intervals in the Tombstones interchange layout (little-endian records). */
export function encodeTombstones(stones: readonly Tombstone[]): Uint8Array {
  const w = new LeWriter(stones.length * TOMBSTONE_RECORD_LEN);
  for (const t of stones) {
    w.u32(t.seriesRef);
    w.i64(t.minTime);
    w.i64(t.maxTime);
  }
  return w.finish();
}

/** Reads a tombstones file straight into the Tombstones interchange layout. */
export function readTombstones(bytes: Uint8Array): Uint8Array {
  return encodeTombstones(parseTombstones(bytes));
}
