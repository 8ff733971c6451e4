// Byte-level readers and writers shared by the TS engine (twin of native/engine/src/encoding.rs).
//
// `Decbuf` reads the big-endian / varint encodings of Prometheus TSDB files (format:
// shared/spec/tsdb-format.md §2, prometheus tsdb/encoding/encoding.go). Like Prometheus's decoder it
// keeps a *sticky* error: once a read runs out of bytes or overflows, every later read returns 0 and
// the first error stays. Callers do many reads and check `err` once, then turn it into an
// EngineError that names the block file (the Decbuf does not know which file it reads).
//
// `LeWriter` builds the little-endian interchange layouts of src/engine/engine.ts.

/** Castagnoli polynomial, reflected (CRC-32C as used by every TSDB file). */
const CASTAGNOLI_REFLECTED = 0x82f63b78;

// Slicing-by-8: eight 256-entry tables let the loop consume 8 bytes per step instead of 1.
// Table k maps a byte to the CRC contribution of that byte followed by k zero bytes.
const CRC_TABLES: Uint32Array = (() => {
  const t = new Uint32Array(8 * 256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ CASTAGNOLI_REFLECTED : c >>> 1;
    t[i] = c >>> 0;
  }
  for (let i = 0; i < 256; i++) {
    let c = t[i];
    for (let k = 1; k < 8; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + i] = c >>> 0;
    }
  }
  return t;
})();

/**
 * CRC-32C of buf[start, end). Node's zlib.crc32 is the IEEE polynomial, which TSDB files do not use.
 * `crc` continues a previous checksum (pass the result of an earlier call).
 */
export function crc32c(buf: Uint8Array, start = 0, end = buf.length, crc = 0): number {
  const t = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = start;
  const end8 = start + ((end - start) & ~7);
  while (i < end8) {
    const lo = (c ^ (buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24))) >>> 0;
    const hi = buf[i + 4] | (buf[i + 5] << 8) | (buf[i + 6] << 16) | (buf[i + 7] << 24);
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + (hi & 0xff)] ^
      t[512 + ((hi >>> 8) & 0xff)] ^
      t[256 + ((hi >>> 16) & 0xff)] ^
      t[(hi >>> 24) & 0xff];
    i += 8;
  }
  while (i < end) c = t[(c ^ buf[i++]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export const ERR_INVALID_SIZE = 'invalid size';
export const ERR_INVALID_CHECKSUM = 'invalid checksum';
export const ERR_VARINT_OVERFLOW = 'varint overflows 64 bits';

const TWO_32 = 0x1_0000_0000;
const TWO_28 = 0x1000_0000;

// Go's strings hold arbitrary bytes; decoding with fatal=false maps invalid UTF-8 to U+FFFD instead
// of failing, which is what a Go `string(b)` shown to a user amounts to.
const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decodeUtf8(b: Uint8Array): string {
  // Short ASCII strings dominate label data; a plain loop beats TextDecoder's call overhead there.
  if (b.length <= 16) {
    let s = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c >= 0x80) return utf8.decode(b);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return utf8.decode(b);
}

const utf8Encoder = new TextEncoder();
export function encodeUtf8(s: string): Uint8Array {
  return utf8Encoder.encode(s);
}

/** Big-endian u32 at b[off]; the caller has bounds-checked. */
export function be32At(b: Uint8Array, off: number): number {
  return ((b[off] << 24) | (b[off + 1] << 16) | (b[off + 2] << 8) | b[off + 3]) >>> 0;
}

const EMPTY_BYTES = new Uint8Array(0);
// Scratch for uvarintParts: one shared pair avoids an allocation per Decbuf (JS is single-threaded
// per isolate, and no read re-enters another).
const PARTS = new Float64Array(2);

/**
 * Sticky-error reader over b[pos, end). All offsets are absolute positions in `b`, so a Decbuf over
 * a section can report where it is in the whole file.
 */
export class Decbuf {
  b: Uint8Array;
  pos: number;
  end: number;
  err: string | null;

  constructor(b: Uint8Array, pos = 0, end = b.length, err: string | null = null) {
    this.b = b;
    this.pos = pos;
    this.end = end;
    this.err = err;
  }

  static failed(err: string): Decbuf {
    return new Decbuf(new Uint8Array(0), 0, 0, err);
  }

  /** Bytes left to read. */
  len(): number {
    return this.end - this.pos;
  }

  private fail(e: string): void {
    if (this.err === null) this.err = e;
    this.pos = this.end;
  }

  skip(n: number): void {
    if (this.err !== null) return;
    if (!(n >= 0) || this.end - this.pos < n) return this.fail(ERR_INVALID_SIZE);
    this.pos += n;
  }

  byte(): number {
    if (this.err !== null) return 0;
    if (this.pos >= this.end) {
      this.fail(ERR_INVALID_SIZE);
      return 0;
    }
    return this.b[this.pos++];
  }

  be32(): number {
    if (this.err !== null) return 0;
    if (this.end - this.pos < 4) {
      this.fail(ERR_INVALID_SIZE);
      return 0;
    }
    const v = be32At(this.b, this.pos);
    this.pos += 4;
    return v;
  }

  /** Big-endian u64, exact. */
  be64(): bigint {
    if (this.err !== null) return 0n;
    if (this.end - this.pos < 8) {
      this.fail(ERR_INVALID_SIZE);
      return 0n;
    }
    const hi = be32At(this.b, this.pos);
    const lo = be32At(this.b, this.pos + 4);
    this.pos += 8;
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /**
   * Big-endian u64 as a number; values above 2^53-1 set the error (used for file offsets, which a
   * file we can hold in memory never exceeds).
   */
  be64Number(): number {
    if (this.err !== null) return 0;
    if (this.end - this.pos < 8) {
      this.fail(ERR_INVALID_SIZE);
      return 0;
    }
    const hi = be32At(this.b, this.pos);
    const lo = be32At(this.b, this.pos + 4);
    if (hi > 0x1fffff) {
      this.fail(ERR_INVALID_SIZE);
      return 0;
    }
    this.pos += 8;
    return hi * TWO_32 + lo;
  }

  /**
   * Reads a uvarint as two exact parts: low 28 bits and the rest (at most 36 bits). Go's rules:
   * running out of bytes is "invalid size"; more than 10 bytes, or a 10th byte above 1, overflows.
   * Returns false (error set) on failure.
   */
  private uvarintParts(out: Float64Array): boolean {
    if (this.err !== null) return false;
    const b = this.b;
    let p = this.pos;
    let lo = 0;
    let shift = 0;
    // Low 28 bits: four groups of 7 fit exactly in int32 arithmetic.
    for (; shift < 28; shift += 7) {
      if (p >= this.end) {
        this.fail(ERR_INVALID_SIZE);
        return false;
      }
      const c = b[p++];
      lo |= (c & 0x7f) << shift;
      if (c < 0x80) {
        this.pos = p;
        out[0] = lo >>> 0;
        out[1] = 0;
        return true;
      }
    }
    let hi = 0;
    let mul = 1;
    for (let i = 4; i < 10; i++) {
      if (p >= this.end) {
        this.fail(ERR_INVALID_SIZE);
        return false;
      }
      const c = b[p++];
      if (i === 9 && c > 1) {
        this.fail(ERR_VARINT_OVERFLOW);
        return false;
      }
      hi += (c & 0x7f) * mul;
      mul *= 128;
      if (c < 0x80) {
        this.pos = p;
        out[0] = lo >>> 0;
        out[1] = hi;
        return true;
      }
    }
    this.fail(ERR_VARINT_OVERFLOW);
    return false;
  }

  /** uvarint as an exact u64. */
  uvarint64(): bigint {
    if (!this.uvarintParts(PARTS)) return 0n;
    const lo = PARTS[0];
    const hi = PARTS[1];
    return hi === 0 ? BigInt(lo) : (BigInt(hi) << 28n) | BigInt(lo);
  }

  /**
   * uvarint as a number. Used for lengths and counts: a value above 2^53-1 cannot be a real length
   * in any file we read, so it sets the error instead of losing precision.
   */
  uvarint(): number {
    if (!this.uvarintParts(PARTS)) return 0;
    const v = PARTS[1] * TWO_28 + PARTS[0];
    if (v > Number.MAX_SAFE_INTEGER) {
      this.fail(ERR_INVALID_SIZE);
      return 0;
    }
    return v;
  }

  /** uvarint that must fit in 32 bits (symbol references). Larger values are an error. */
  uvarint32(): number {
    if (!this.uvarintParts(PARTS)) return 0;
    const v = PARTS[1] * TWO_28 + PARTS[0];
    if (v >= TWO_32) {
      this.fail(ERR_VARINT_OVERFLOW);
      return 0;
    }
    return v;
  }

  /**
   * uvarint as a number when it is at most 2^53-1, else -1 with the position unchanged and no error
   * (the caller re-reads with uvarint64). Fast path for chunk times and refs, which are small.
   */
  uvarintSafe(): number {
    const start = this.pos;
    if (!this.uvarintParts(PARTS)) return 0;
    const v = PARTS[1] * TWO_28 + PARTS[0];
    if (v > Number.MAX_SAFE_INTEGER) {
      this.pos = start;
      return -1;
    }
    return v;
  }

  /** Go zig-zag varint as an exact i64. */
  varint64(): bigint {
    const ux = this.uvarint64();
    const x = ux >> 1n;
    return BigInt.asIntN(64, ux & 1n ? ~x : x);
  }

  /**
   * Zig-zag varint as a number when |value| <= 2^53-1, else NaN with the position unchanged and no
   * error (the caller re-reads with varint64).
   */
  varintSafe(): number {
    const start = this.pos;
    if (!this.uvarintParts(PARTS)) return 0;
    const ux = PARTS[1] * TWO_28 + PARTS[0];
    // ux <= 2^53-1 keeps both the halving and the negation exact.
    if (ux > Number.MAX_SAFE_INTEGER) {
      this.pos = start;
      return NaN;
    }
    const half = Math.floor(ux / 2);
    return ux % 2 === 1 ? -half - 1 : half;
  }

  /** uvarint-prefixed bytes, as a view into the underlying buffer (no copy). */
  uvarintBytes(): Uint8Array {
    const n = this.uvarint();
    if (this.err !== null) return EMPTY_BYTES;
    if (this.end - this.pos < n) {
      this.fail(ERR_INVALID_SIZE);
      return EMPTY_BYTES;
    }
    const s = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  /** uvarint-prefixed string. */
  uvarintStr(): string {
    return decodeUtf8(this.uvarintBytes());
  }

  /** CRC-32C of the unread bytes. */
  crc32(): number {
    return crc32c(this.b, this.pos, this.end);
  }
}


/**
 * Section at `off` laid out as: u32 BE len, len body bytes, u32 BE CRC-32C of the body. Returns a
 * Decbuf over the CRC-checked body. (Re-scans of a section verified at open, like the postings
 * offset table, build a plain Decbuf over it instead of paying for the CRC again.)
 */
export function decbufAt(b: Uint8Array, off: number): Decbuf {
  if (!(off >= 0) || b.length - off < 4) return Decbuf.failed(ERR_INVALID_SIZE);
  const l = be32At(b, off);
  if (b.length - off - 4 < l + 4) return Decbuf.failed(ERR_INVALID_SIZE);
  const start = off + 4;
  const end = start + l;
  if (crc32c(b, start, end) !== be32At(b, end)) return Decbuf.failed(ERR_INVALID_CHECKSUM);
  return new Decbuf(b, start, end);
}

/**
 * Section at `off` laid out as: uvarint len, body, u32 BE CRC-32C of the body (series entries).
 * The section must end by `limit` (the end of the series section).
 */
export function decbufUvarintAt(b: Uint8Array, off: number, limit = b.length): Decbuf {
  limit = Math.min(limit, b.length);
  if (!(off >= 0) || off >= limit) return Decbuf.failed(ERR_INVALID_SIZE);
  const head = new Decbuf(b, off, limit);
  const l = head.uvarint();
  if (head.err !== null) return Decbuf.failed(head.err);
  const start = head.pos;
  if (limit - start < l + 4) return Decbuf.failed(ERR_INVALID_SIZE);
  const end = start + l;
  if (crc32c(b, start, end) !== be32At(b, end)) return Decbuf.failed(ERR_INVALID_CHECKSUM);
  return new Decbuf(b, start, end);
}

/** Growable little-endian writer for the interchange layouts (engine.ts). */
export class LeWriter {
  private buf: Uint8Array;
  private view: DataView;
  pos = 0;

  constructor(initial = 4096) {
    this.buf = new Uint8Array(Math.max(16, initial));
    this.view = new DataView(this.buf.buffer);
  }

  private reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(v: number): void {
    this.reserve(1);
    this.buf[this.pos++] = v;
  }

  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.pos, v, true);
    this.pos += 4;
  }

  /** Writes an i64/u64 given as a bigint (two's complement bits) or as a safe-integer number. */
  i64(v: number | bigint): void {
    this.reserve(8);
    if (typeof v === 'bigint') {
      this.view.setBigUint64(this.pos, BigInt.asUintN(64, v), true);
    } else {
      // Split without bigint: floor division keeps negative values in two's complement.
      const hi = Math.floor(v / TWO_32);
      const lo = v - hi * TWO_32;
      this.view.setUint32(this.pos, lo, true);
      this.view.setInt32(this.pos + 4, hi, true);
    }
    this.pos += 8;
  }

  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** The written bytes, copied into an exactly sized buffer. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }
}
