// Index file reader, format version 2 (twin of native/engine/src/tsdb/index.rs).
//
// Format: shared/spec/tsdb-format.md §2 and prometheus tsdb/docs/format/index.md; the reading rules
// follow prometheus tsdb/index/index.go. The TS engine reads the whole index file into memory at
// open (the Rust engine maps it instead): JS has no safe mmap, and positioned reads per series
// entry would cost a syscall each. Chunk segments, which are far larger, are NOT loaded (chunks.ts).
//
// What is decoded at open, as Prometheus does: the TOC, the symbol table (every 32nd symbol's
// offset kept for lookup by sequence number) and the postings offset table, of which only every
// 32nd value per label name plus the last one is kept; lookups binary-search these samples and scan
// forward at most 31 entries. Everything else is decoded on demand and CRC-checked when read.

import { EngineError } from '../../engine.js';
import { Decbuf, be32At, decbufAt, decbufUvarintAt, decodeUtf8, encodeUtf8 } from '../encoding.js';
import { EMPTY, merge } from './postings.js';

export const INDEX_MAGIC = 0xbaaad700;
const INDEX_HEADER_LEN = 5;
const TOC_LEN = 6 * 8 + 4;
/** Prometheus's symbolFactor: one kept offset / sample per this many symbols or values. */
const SAMPLE_FACTOR = 32;
const SERIES_ALIGN = 16;
/** Decoded-symbol cache bound: label values can be millions; names and hot values fit well below. */
const SYMBOL_CACHE_MAX = 1 << 16;

/** The sampled part of the postings offset table for one label name. */
interface NameSamples {
  /** Sampled values (views into the index buffer), ascending in byte order. */
  readonly values: Uint8Array[];
  /** Absolute file position of each sampled entry. */
  readonly positions: number[];
  /** Position of the sampled entry within this name's run of entries. */
  readonly ordinals: number[];
  /** Number of values this name has in the table. */
  count: number;
}

/** One series entry: labels as symbol refs, chunk metas filtered by the caller. */
export class SeriesEntry {
  /** name0, value0, name1, value1, ... symbol refs, in index (name) order. */
  labelRefs: number[] = [];
  /**
   * Chunk metas. Each value is a number when it is a safe integer (the normal case), else a bigint
   * holding the exact int64 (or, for refs, the u64 bits); LeWriter.i64 writes both exactly.
   */
  mint: (number | bigint)[] = [];
  maxt: (number | bigint)[] = [];
  ref: (number | bigint)[] = [];

  reset(): void {
    this.labelRefs.length = 0;
    this.mint.length = 0;
    this.maxt.length = 0;
    this.ref.length = 0;
  }
}

/** Bytes as a JS string of char codes 0-255: an exact, cheap map key for byte strings. */
function binaryKey(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/** Byte-wise comparison, the order of every sorted table in the index. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class IndexReader {
  private readonly where: string;
  readonly version: number;
  private symbolsEnd = 0;
  private numSymbols = 0;
  /** Absolute offset of every 32nd symbol. */
  private symbolOffsets: number[] = [];
  private readonly symbolCache = new Map<number, string>();
  /** Start and end (exclusive) of the postings offset table body. */
  private tableEnd = 0;
  /** Label names in table order (byte order), the all-postings name "" included. */
  private readonly names: Uint8Array[] = [];
  private readonly samples = new Map<string, NameSamples>();
  private allPostingsCache: Uint32Array | null = null;
  private seriesStart = 0;
  private seriesEnd = 0;

  /** `buf` is the whole index file; `blockDir` only names the block in error messages. */
  constructor(
    private readonly buf: Uint8Array,
    blockDir: string,
  ) {
    this.where = `${blockDir}/index`;
    if (buf.length < INDEX_HEADER_LEN) throw this.corrupt('file too short for header');
    const magic = be32At(buf, 0);
    if (magic !== INDEX_MAGIC) throw this.corrupt(`invalid magic number ${magic.toString(16)}`);
    this.version = buf[4];
    // Only version 2 is read (v1 used byte-offset symbol refs and an unsorted offset table). The
    // Rust twin accepts exactly the same set, so both engines skip the same blocks.
    if (this.version !== 2) throw this.corrupt(`unsupported index format version ${this.version}`);
    const toc = this.readToc();
    this.readSymbols(toc.symbols);
    this.readPostingsTable(toc.postingsTable);
  }

  private corrupt(msg: string): EngineError {
    return new EngineError('CORRUPT_BLOCK', `${this.where}: ${msg}`);
  }

  private check(d: Decbuf, what: string): void {
    if (d.err !== null) throw this.corrupt(`${what}: ${d.err}`);
  }

  private readToc(): { symbols: number; postingsTable: number } {
    const b = this.buf;
    if (b.length < INDEX_HEADER_LEN + TOC_LEN) throw this.corrupt(`file too small (${b.length} bytes)`);
    const contentEnd = b.length - TOC_LEN;
    const d = new Decbuf(b, contentEnd, b.length - 4);
    if (d.crc32() !== be32At(b, b.length - 4)) throw this.corrupt('table of contents: invalid checksum');
    const offs = {
      symbols: d.be64(),
      series: d.be64(),
      'label indices': d.be64(),
      'label offset table': d.be64(),
      postings: d.be64(),
      'postings offset table': d.be64(),
    };
    this.check(d, 'table of contents');
    // Offset 0 means the section is absent; any other must point between header and TOC.
    for (const [what, off] of Object.entries(offs)) {
      if (off !== 0n && (off < BigInt(INDEX_HEADER_LEN) || off >= BigInt(contentEnd))) {
        throw this.corrupt(`table of contents: ${what} offset ${off} out of range`);
      }
    }
    // Series entries lie between the series offset and the next section after it; a series ref
    // outside that range cannot be a series (the caller passed a foreign ref).
    this.seriesStart = Number(offs.series);
    let end = contentEnd;
    for (const o of Object.values(offs)) if (o > offs.series && Number(o) < end) end = Number(o);
    this.seriesEnd = end;
    return { symbols: Number(offs.symbols), postingsTable: Number(offs['postings offset table']) };
  }

  private readSymbols(off: number): void {
    if (off === 0) return;
    const d = decbufAt(this.buf, off);
    this.check(d, 'read symbols');
    const cnt = d.be32();
    const offsets: number[] = [];
    for (let i = 0; i < cnt && d.err === null; i++) {
      if (i % SAMPLE_FACTOR === 0) offsets.push(d.pos);
      d.uvarintBytes();
    }
    this.check(d, 'read symbols');
    this.numSymbols = cnt;
    this.symbolOffsets = offsets;
    this.symbolsEnd = d.end;
  }

  private readPostingsTable(off: number): void {
    if (off === 0) return;
    const d = decbufAt(this.buf, off);
    this.check(d, 'read postings offset table');
    this.tableEnd = d.end;
    let cnt = d.be32();
    let cur: NameSamples | null = null;
    let curName: Uint8Array | null = null;
    let prevValue: Uint8Array | null = null;
    // The last entry of the current name when it is not already a sample (always kept).
    let pendingValue: Uint8Array | null = null;
    let pendingPos = 0;
    let pendingOrdinal = 0;
    const flush = () => {
      if (cur !== null && pendingValue !== null) {
        cur.values.push(pendingValue);
        cur.positions.push(pendingPos);
        cur.ordinals.push(pendingOrdinal);
      }
      pendingValue = null;
    };
    // Exactly `cnt` entries must be present (a short table is corrupt, not silently truncated).
    while (d.err === null && cnt > 0) {
      const pos = d.pos;
      const keys = d.uvarint();
      const name = d.uvarintBytes();
      const value = d.uvarintBytes();
      d.uvarint64();
      if (d.err !== null) break;
      if (keys !== 2) throw this.corrupt(`postings offset table: unexpected key count ${keys}`);
      if (curName === null || !bytesEqual(name, curName)) {
        flush();
        // Names must arrive grouped and ascending, or sampled lookups would miss entries.
        if (curName !== null && compareBytes(name, curName) <= 0) throw this.corrupt('postings offset table: label names not sorted');
        cur = { values: [], positions: [], ordinals: [], count: 0 };
        curName = name;
        prevValue = null;
        this.names.push(name);
        this.samples.set(binaryKey(name), cur);
      } else if (prevValue !== null && compareBytes(value, prevValue) <= 0) {
        throw this.corrupt('postings offset table: label values not sorted');
      }
      const s = cur as NameSamples;
      if (s.count % SAMPLE_FACTOR === 0) {
        s.values.push(value);
        s.positions.push(pos);
        s.ordinals.push(s.count);
        pendingValue = null;
      } else {
        pendingValue = value;
        pendingPos = pos;
        pendingOrdinal = s.count;
      }
      s.count++;
      prevValue = value;
      cnt--;
    }
    this.check(d, 'read postings offset table');
    flush();
  }

  // ---- symbols ----

  /** Raw bytes of symbol `i` (a view into the index buffer). */
  symbolBytes(i: number): Uint8Array {
    if (!(i >= 0 && i < this.numSymbols)) throw this.corrupt(`unknown symbol ${i}`);
    const d = new Decbuf(this.buf, this.symbolOffsets[Math.floor(i / SAMPLE_FACTOR)], this.symbolsEnd);
    for (let k = i % SAMPLE_FACTOR; k > 0; k--) d.uvarintBytes();
    const s = d.uvarintBytes();
    this.check(d, `lookup symbol ${i}`);
    return s;
  }

  symbol(i: number): string {
    const hit = this.symbolCache.get(i);
    if (hit !== undefined) return hit;
    const s = decodeUtf8(this.symbolBytes(i));
    if (this.symbolCache.size >= SYMBOL_CACHE_MAX) this.symbolCache.clear();
    this.symbolCache.set(i, s);
    return s;
  }

  // ---- postings offset table ----

  /** Label names, sorted, without the all-postings name "". */
  labelNames(): string[] {
    const out: string[] = [];
    for (const n of this.names) if (n.length > 0) out.push(decodeUtf8(n));
    return out;
  }

  /**
   * All values of `name` in the table, sorted; none for an unknown name. For "" this is [""], the
   * all-postings key, as Prometheus's index reader (and the Rust twin) answer.
   */
  labelValues(name: string): string[] {
    const out: string[] = [];
    this.forEachEntry(name, (value) => {
      out.push(decodeUtf8(value));
    });
    return out;
  }

  /**
   * Calls `f(valueBytes, postingsOffset)` for every value of `name` in table order. The offset table
   * was CRC-checked at open, so re-scans do not verify it again (as Prometheus).
   */
  forEachEntry(name: string, f: (value: Uint8Array, postingsOff: number) => void): void {
    const s = this.samples.get(binaryKey(encodeUtf8(name)));
    if (s === undefined || s.count === 0) return;
    const d = new Decbuf(this.buf, s.positions[0], this.tableEnd);
    for (let i = 0; i < s.count; i++) {
      const [value, off] = this.readEntry(d);
      f(value, off);
    }
  }

  /** Reads one `2 | name | value | offset` entry at d.pos. */
  private readEntry(d: Decbuf): [Uint8Array, number] {
    d.uvarint();
    d.uvarintBytes();
    const value = d.uvarintBytes();
    const off = d.uvarint();
    this.check(d, 'read postings offset entry');
    return [value, off];
  }

  /** Postings offset of (name, value), or -1. Binary search over the samples, then a short scan. */
  postingsOffset(name: string, value: string): number {
    const s = this.samples.get(binaryKey(encodeUtf8(name)));
    if (s === undefined || s.count === 0) return -1;
    const target = encodeUtf8(value);
    // Last sample <= target.
    let lo = 0;
    let hi = s.values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(s.values[mid], target) <= 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return -1; // before the first value
    const i = lo - 1;
    const d = new Decbuf(this.buf, s.positions[i], this.tableEnd);
    for (let k = s.ordinals[i]; k < s.count; k++) {
      const [v, off] = this.readEntry(d);
      const c = compareBytes(v, target);
      if (c === 0) return off;
      if (c > 0) break;
    }
    return -1;
  }

  /** Decodes and CRC-checks the postings list section at `off`. */
  readPostings(off: number): Uint32Array {
    const d = decbufAt(this.buf, off);
    this.check(d, `read postings at ${off}`);
    const n = d.be32();
    this.check(d, `read postings at ${off}`);
    if (d.len() !== 4 * n) throw this.corrupt(`postings at ${off}: ${n} entries need ${4 * n} bytes, section has ${d.len()}`);
    if (n === 0) return EMPTY;
    const out = new Uint32Array(n);
    const b = this.buf;
    let prev = -1;
    for (let i = 0, p = d.pos; i < n; i++, p += 4) {
      const v = be32At(b, p);
      // Every set operation assumes strictly increasing refs; refuse a list that is not.
      if (v <= prev) throw this.corrupt(`postings list at offset ${off}: series refs not strictly increasing`);
      out[i] = prev = v;
    }
    return out;
  }

  /** Postings of one label pair (EMPTY when absent). */
  postings(name: string, value: string): Uint32Array {
    const off = this.postingsOffset(name, value);
    return off < 0 ? EMPTY : this.readPostings(off);
  }

  /** Union of the postings of every value of `name` that satisfies `pred` (one table scan). */
  postingsMatching(name: string, pred: (value: Uint8Array) => boolean): Uint32Array {
    const lists: Uint32Array[] = [];
    this.forEachEntry(name, (value, off) => {
      if (pred(value)) lists.push(this.readPostings(off));
    });
    return merge(lists);
  }

  /** Every series in the block (the postings of the pair "" = ""). */
  allPostings(): Uint32Array {
    if (this.allPostingsCache === null) this.allPostingsCache = this.postings('', '');
    return this.allPostingsCache;
  }

  // ---- series ----

  /**
   * Decodes series `ref` (file offset ref*16) into `out`. With `withChunks` false only labels are
   * decoded. CRC of the entry is always checked.
   */
  series(ref: number, out: SeriesEntry, withChunks = true): void {
    out.reset();
    const off = ref * SERIES_ALIGN;
    if (this.seriesStart === 0 || off < this.seriesStart || off >= this.seriesEnd) {
      throw new EngineError('INVALID_ARGUMENT', `${this.where}: series ref ${ref} is outside the series section`);
    }
    const d = decbufUvarintAt(this.buf, off, this.seriesEnd);
    this.check(d, `read series ${ref}`);
    const nLabels = d.uvarint();
    for (let i = 0; i < nLabels && d.err === null; i++) {
      out.labelRefs.push(d.uvarint32(), d.uvarint32());
    }
    this.check(d, `read series ${ref}`);
    for (const r of out.labelRefs) {
      if (r >= this.numSymbols) throw this.corrupt(`series ${ref}: unknown symbol ${r}`);
    }
    if (!withChunks) return;
    const nChunks = d.uvarint();
    this.check(d, `read series ${ref}`);
    if (nChunks === 0) return;
    const start = d.pos;
    if (!this.chunksFast(d, nChunks, out)) {
      out.mint.length = 0;
      out.maxt.length = 0;
      out.ref.length = 0;
      d.pos = start;
      this.chunksExact(d, nChunks, out);
    }
    this.check(d, `read series ${ref} chunks`);
  }

  /**
   * Chunk metas in plain numbers. Block times (ms) and refs (segment << 32 | offset) are far below
   * 2^53, so this is the path real blocks take; it returns false as soon as any value or sum is not
   * a safe integer, and the caller redoes the entry with exact int64 arithmetic.
   */
  private chunksFast(d: Decbuf, n: number, out: SeriesEntry): boolean {
    let mint = d.varintSafe();
    const dt = d.uvarintSafe();
    let ref = d.uvarintSafe();
    if (Number.isNaN(mint) || dt < 0 || ref < 0) return d.err === null ? false : true;
    let maxt = mint + dt;
    if (!Number.isSafeInteger(maxt)) return false;
    out.mint.push(mint);
    out.maxt.push(maxt);
    out.ref.push(ref);
    for (let i = 1; i < n && d.err === null; i++) {
      const gap = d.uvarintSafe();
      const len = d.uvarintSafe();
      const dref = d.varintSafe();
      if (gap < 0 || len < 0 || Number.isNaN(dref)) return d.err === null ? false : true;
      mint = maxt + gap;
      maxt = mint + len;
      ref += dref;
      if (!Number.isSafeInteger(maxt) || !Number.isSafeInteger(ref) || ref < 0) return false;
      out.mint.push(mint);
      out.maxt.push(maxt);
      out.ref.push(ref);
    }
    return true;
  }

  /** Chunk metas with Go's wrapping int64 arithmetic, exactly as Prometheus decodes them. */
  private chunksExact(d: Decbuf, n: number, out: SeriesEntry): void {
    const i64 = (v: bigint) => BigInt.asIntN(64, v);
    const norm = (v: bigint): number | bigint => {
      const x = Number(v);
      return Number.isSafeInteger(x) ? x : v;
    };
    let mint = d.varint64();
    let maxt = i64(d.uvarint64() + mint);
    let ref = i64(d.uvarint64());
    out.mint.push(norm(mint));
    out.maxt.push(norm(maxt));
    out.ref.push(norm(BigInt.asUintN(64, ref)));
    for (let i = 1; i < n && d.err === null; i++) {
      mint = i64(d.uvarint64() + maxt);
      maxt = i64(d.uvarint64() + mint);
      ref = i64(ref + d.varint64());
      out.mint.push(norm(mint));
      out.maxt.push(norm(maxt));
      out.ref.push(norm(BigInt.asUintN(64, ref)));
    }
  }
}
