// Chunk segment files of a block (twin of native/engine/src/tsdb/chunks.rs).
//
// Format: shared/spec/tsdb-format.md §3 and prometheus tsdb/docs/format/chunks.md. A segment starts
// with magic 0x85BD40DD (u32 BE), format version 1 and 3 bytes of padding; each chunk is
// `uvarint len | encoding byte | len data bytes | CRC-32C (BE) of encoding+data`.
// A chunk ref is `segment index << 32 | byte offset`, where index 0 is the first segment file.
//
// We keep each segment's file descriptor open and read chunks with positioned reads: a block that
// is deleted while a query runs stays readable through the open descriptors (the inode lives until
// the last close), and we never map or load whole 512 MiB segments into the JS heap.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineError } from '../../engine.js';
import { Decbuf, LeWriter, be32At, crc32c } from '../encoding.js';

export const SEGMENT_MAGIC = 0x85bd40dd;
export const SEGMENT_VERSION = 1;
export const SEGMENT_HEADER_SIZE = 8;

/** BlockChunkRef, packed as in Prometheus: segment index in the high 32 bits, offset in the low. */
export interface BlockChunkRef {
  readonly segment: number;
  readonly offset: number;
}

interface Segment {
  readonly name: string; // "chunks/000001", for error messages
  fd: number;
  size: number;
}

// Chunks are read through a window over one segment (as native/engine/src/tsdb/window.rs does for
// the native engine). After a jump the window reads FIRST_READ bytes, which hold a whole chunk in
// the common case (XOR chunks of 120 samples are ~100-600 bytes): a selective query costs one
// pread per chunk. Each read that continues where the last one ended reads twice as much, up to
// MAX_READ, so a scan over a block's chunks costs one pread per 64 KiB instead of one per chunk.
const FIRST_READ = 512;
const MAX_READ = 64 * 1024;
/** Enough for a chunk's length field (a uvarint of at most 10 bytes) and its encoding byte. */
const HEAD_READ = 16;

export class ChunkReader {
  private readonly segments: Map<number, Segment>;
  /** The window: bytes [winStart, winStart + winLen) of segment winSeg (-1: holds nothing). */
  private win = Buffer.alloc(FIRST_READ);
  private winSeg = -1;
  private winStart = 0;
  private winLen = 0;
  /** Bytes the next refill reads: FIRST_READ after a jump, doubling along a scan. */
  private ahead = FIRST_READ;

  private constructor(
    private readonly blockDir: string,
    segments: Map<number, Segment>,
  ) {
    this.segments = segments;
  }

  /**
   * Opens every segment of `<blockDir>/chunks`: the files named by a decimal sequence number,
   * where file N holds segment index N-1 (000001 is index 0). Gaps are allowed until a chunk ref
   * points into one.
   */
  static open(blockDir: string): ChunkReader {
    const dir = path.join(blockDir, 'chunks');
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch (e) {
      throw ioError(blockDir, 'chunks', e);
    }
    const segments = new Map<number, Segment>();
    try {
      for (const n of names.sort()) {
        if (!/^[0-9]+$/.test(n)) continue;
        const seq = Number(n);
        if (!Number.isSafeInteger(seq) || seq < 1 || seq > 0x1_0000_0000) continue;
        const rel = `chunks/${n}`;
        let fd: number;
        try {
          fd = fs.openSync(path.join(dir, n), 'r');
        } catch (e) {
          throw ioError(blockDir, rel, e);
        }
        const seg: Segment = { name: rel, fd, size: 0 };
        segments.set(seq - 1, seg);
        try {
          seg.size = fs.fstatSync(fd).size;
        } catch (e) {
          throw ioError(blockDir, rel, e);
        }
        verifyHeader(blockDir, seg);
      }
    } catch (e) {
      for (const s of segments.values()) closeQuietly(s);
      throw e;
    }
    return new ChunkReader(blockDir, segments);
  }

  numSegments(): number {
    return this.segments.size;
  }

  close(): void {
    for (const s of this.segments.values()) closeQuietly(s);
    this.win = Buffer.alloc(0);
    this.winSeg = -1;
  }

  /**
   * Reads the chunks named by ChunkRefs bytes (repeated u64 LE) into ChunkList bytes
   * (u8 encoding, u32 LE dataLen, data), checking every chunk's CRC.
   */
  readChunkList(refs: Uint8Array): Uint8Array {
    if (refs.length % 8 !== 0) {
      throw new EngineError('INVALID_ARGUMENT', `chunk refs: length ${refs.length} is not a multiple of 8`);
    }
    const view = new DataView(refs.buffer, refs.byteOffset, refs.byteLength);
    // Initial guess only (LeWriter grows); capped so a huge ref list cannot force a giant allocation.
    const out = new LeWriter(Math.min(refs.length * 24, 1 << 24));
    for (let i = 0; i < refs.length; i += 8) {
      const offset = view.getUint32(i, true);
      const segment = view.getUint32(i + 4, true);
      this.readChunk({ segment, offset }, out);
    }
    return out.finish();
  }

  /** Appends one chunk in ChunkList layout to `out`. */
  readChunk(ref: BlockChunkRef, out: LeWriter): void {
    const seg = this.segments.get(ref.segment);
    const refText = `chunk at offset ${ref.offset}`;
    if (seg === undefined) {
      const name = `chunks/${String(ref.segment + 1).padStart(6, '0')}`;
      throw this.corrupt(name, `${refText}: segment file missing`);
    }
    if (seg.fd < 0) throw new EngineError('INVALID_ARGUMENT', `${this.blockDir}: block is closed`);
    if (ref.offset < SEGMENT_HEADER_SIZE || ref.offset >= seg.size) {
      throw this.corrupt(seg.name, `${refText}: offset ${ref.offset} outside data of size ${seg.size}`);
    }
    const avail = seg.size - ref.offset;
    const first = this.bytesAt(ref.segment, seg, ref.offset, Math.min(HEAD_READ, avail));
    const d = new Decbuf(first, 0, first.length);
    const dataLen = d.uvarint();
    if (d.err !== null) throw this.corrupt(seg.name, `${refText}: reading chunk length: ${d.err}`);
    const encStart = d.pos;
    const total = encStart + 1 + dataLen + 4; // length field, encoding, data, CRC
    if (total > avail) {
      throw this.corrupt(seg.name, `${refText}: chunk needs ${total} bytes, segment has ${avail} after offset`);
    }
    if (dataLen > 0xffff_ffff) throw this.corrupt(seg.name, `${refText}: chunk length ${dataLen} too large`);
    const buf = this.bytesAt(ref.segment, seg, ref.offset, total);
    const crcAt = encStart + 1 + dataLen;
    if (crc32c(buf, encStart, crcAt) !== be32At(buf, crcAt)) {
      throw this.corrupt(seg.name, `${refText}: checksum mismatch`);
    }
    out.u8(buf[encStart]);
    out.u32(dataLen);
    out.bytes(buf.subarray(encStart + 1, crcAt));
  }

  /**
   * Bytes [offset, offset + len) of segment `index` (`len` ≤ its size − offset): a view of the
   * window when it holds them, which stays valid until the next call; else the window is read
   * again from `offset`. A chunk larger than MAX_READ gets a buffer of its own.
   */
  private bytesAt(index: number, seg: Segment, offset: number, len: number): Buffer {
    const end = this.winStart + this.winLen;
    const same = index === this.winSeg && offset >= this.winStart;
    if (same && offset + len <= end) return this.win.subarray(offset - this.winStart, offset - this.winStart + len);
    // The bytes right after the window's (or a little past them): a scan, so read further ahead.
    this.ahead = same && offset <= end + FIRST_READ ? Math.min(this.ahead * 2, MAX_READ) : FIRST_READ;
    if (len > MAX_READ) return this.pread(seg, Buffer.allocUnsafe(len), 0, len, offset);
    const n = Math.min(Math.max(this.ahead, len), seg.size - offset);
    if (this.win.length < n) this.win = Buffer.allocUnsafe(MAX_READ);
    // A failed read leaves nothing half-held.
    this.winSeg = -1;
    this.pread(seg, this.win, 0, n, offset);
    this.winSeg = index;
    this.winStart = offset;
    this.winLen = n;
    return this.win.subarray(0, len);
  }

  /** Positioned read of exactly `len` bytes, or a CORRUPT_BLOCK error (short read = truncated). */
  private pread(seg: Segment, into: Buffer, at: number, len: number, position: number): Buffer {
    let got = 0;
    try {
      while (got < len) {
        const n = fs.readSync(seg.fd, into, at + got, len - got, position + got);
        if (n === 0) break;
        got += n;
      }
    } catch (e) {
      throw ioError(this.blockDir, seg.name, e);
    }
    if (got < len) throw this.corrupt(seg.name, `short read: ${got} of ${len} bytes at offset ${position}`);
    return into.subarray(at, at + len);
  }

  private corrupt(file: string, msg: string): EngineError {
    return new EngineError('CORRUPT_BLOCK', `${this.blockDir}/${file}: ${msg}`);
  }
}

function verifyHeader(blockDir: string, seg: Segment): void {
  const fail = (msg: string) => new EngineError('CORRUPT_BLOCK', `${blockDir}/${seg.name}: ${msg}`);
  if (seg.size < SEGMENT_HEADER_SIZE) throw fail(`segment too short (${seg.size} bytes) for its header`);
  const h = Buffer.alloc(SEGMENT_HEADER_SIZE);
  let got: number;
  try {
    got = fs.readSync(seg.fd, h, 0, SEGMENT_HEADER_SIZE, 0);
  } catch (e) {
    throw ioError(blockDir, seg.name, e);
  }
  if (got < SEGMENT_HEADER_SIZE) throw fail('short read of segment header');
  const magic = be32At(h, 0);
  if (magic !== SEGMENT_MAGIC) throw fail(`invalid magic number ${magic.toString(16)}`);
  if (h[4] !== SEGMENT_VERSION) throw fail(`invalid chunk format version ${h[4]}`);
}

function closeQuietly(s: Segment): void {
  if (s.fd < 0) return;
  try {
    fs.closeSync(s.fd);
  } catch {
    // Closing a read-only descriptor can only fail if it is already invalid; nothing to recover.
  }
  s.fd = -1;
}

/**
 * A file of the block cannot be read: CORRUPT_BLOCK (the directory exists, so a missing or
 * unreadable part means a broken block; block.ts reports a missing directory as NOT_FOUND).
 */
export function ioError(blockDir: string, file: string, e: unknown): EngineError {
  const msg = e instanceof Error ? e.message : String(e);
  return new EngineError('CORRUPT_BLOCK', `${blockDir}/${file}: cannot read: ${msg}`);
}
