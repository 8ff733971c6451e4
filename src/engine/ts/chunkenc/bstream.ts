// Bit streams, most significant bit first (Prometheus `bstream.go`); twin of
// native/engine/src/chunkenc/bstream.rs.
//
// JS bit operations are 32-bit, so the reader buffers up to 32 unread bits (right-aligned in
// `cur`, `valid` of them) and 64-bit quantities travel as two u32 halves (`hi`, `lo`). Errors are
// sticky: a read past the end returns zeros and sets `err`; decoders check once per sample.
// Also here: `ByteOut`, the growable little-endian output the decoders append SampleSet bytes to.

/** mask(n) = 2^n - 1 for n in 0..32, as an int usable with `&` (mask(32) = -1). */
export function mask(n: number): number {
  return n === 32 ? -1 : (1 << n) - 1;
}

/** POW2[n] = 2^n for n in 0..32 (a table: `2 ** n` is a slow call on this hot path). */
const POW2 = Array.from({ length: 33 }, (_, n) => 2 ** n);

export class BitReader {
  /** Unread bits, right-aligned: the next bit is `(cur >>> (valid - 1)) & 1`. */
  cur = 0;
  valid = 0;
  err: string | null = null;
  /** Halves of the last `readBits64` / `readUvarint` result (hi signed or not, lo unsigned). */
  hi = 0;
  lo = 0;
  private off: number;

  constructor(
    private readonly s: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.off = start;
  }

  fail(msg: string): void {
    if (this.err === null) this.err = msg;
    this.valid = 0;
    this.off = this.end;
  }

  /** Bits left to read (buffered plus not yet loaded). */
  remainingBits(): number {
    return this.valid + 8 * (this.end - this.off);
  }

  /** Index of the next unread bit, counted from bit 0 of the array (hand-over to `peek32`). */
  bitPos(): number {
    return 8 * this.off - this.valid;
  }

  /** Loads the next up-to-4 bytes into an empty buffer; false at the end of the stream. */
  private refill(): boolean {
    const s = this.s;
    const o = this.off;
    const r = this.end - o;
    if (r >= 4) {
      this.cur = (s[o] << 24) | (s[o + 1] << 16) | (s[o + 2] << 8) | s[o + 3];
      this.valid = 32;
      this.off = o + 4;
      return true;
    }
    if (r <= 0) return false;
    let v = 0;
    for (let i = o; i < this.end; i++) v = (v << 8) | s[i];
    this.cur = v;
    this.valid = 8 * r;
    this.off = this.end;
    return true;
  }

  readBit(): number {
    if (this.valid === 0 && !this.refill()) {
      this.fail('unexpected end of chunk data');
      return 0;
    }
    this.valid--;
    return (this.cur >>> this.valid) & 1;
  }

  /** Reads n bits (0..32), returned unsigned. */
  readBits(n: number): number {
    if (n <= this.valid) {
      if (n === 0) return 0;
      this.valid -= n;
      return n === 32 ? this.cur >>> 0 : (this.cur >>> this.valid) & ((1 << n) - 1);
    }
    return this.readBitsSlow(n);
  }

  private readBitsSlow(n: number): number {
    // Take what is buffered, then the rest from the next load.
    const have = this.valid;
    const hi = have === 0 ? 0 : (this.cur & mask(have)) >>> 0;
    const need = n - have;
    this.valid = 0;
    if (!this.refill() || this.valid < need) {
      this.fail('unexpected end of chunk data');
      return 0;
    }
    this.valid -= need;
    const lo = need === 32 ? this.cur >>> 0 : (this.cur >>> this.valid) & mask(need);
    return hi * POW2[need] + lo;
  }

  /** Reads n bits (0..64) into `hi`/`lo` (both unsigned). */
  readBits64(n: number): void {
    if (n <= 32) {
      this.hi = 0;
      this.lo = this.readBits(n);
    } else {
      this.hi = this.readBits(n - 32);
      this.lo = this.readBits(32);
    }
  }

  /** Reads 64 bits as a BigInt (unsigned). */
  readBigBits(n: number): bigint {
    if (n <= 32) return BigInt(this.readBits(n));
    this.readBits64(n);
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** Go `binary.ReadUvarint` over bit-stream bytes, result in `hi`/`lo` (unsigned halves). */
  readUvarint(): void {
    let lo = 0;
    let hi = 0;
    let s = 0;
    for (let i = 0; i < 10; i++) {
      const b = this.readBits(8);
      if (this.err !== null) break;
      const g = b & 0x7f;
      if (s < 32) {
        lo |= g << s;
        if (s > 25) hi |= g >>> (32 - s);
      } else {
        hi |= g << (s - 32);
      }
      if (b < 0x80) {
        if (i === 9 && b > 1) break;
        this.hi = hi >>> 0;
        this.lo = lo >>> 0;
        return;
      }
      s += 7;
    }
    this.fail(this.err ?? 'varint overflows 64 bits');
    this.hi = 0;
    this.lo = 0;
  }

  /** Go `binary.ReadVarint` (zig-zag), result in `hi` (signed) / `lo` (unsigned). */
  readVarint(): void {
    this.readUvarint();
    const neg = this.lo & 1;
    let lo = (this.lo >>> 1) | (this.hi << 31);
    let hi = this.hi >>> 1;
    if (neg) {
      lo = ~lo;
      hi = ~hi;
    }
    this.hi = hi | 0;
    this.lo = lo >>> 0;
  }
}

/**
 * The 32 bits of `d` starting at bit `s` (0..7) of byte `b`, MSB-aligned (as an int32), for
 * the XOR decoder's hot loop: no buffer and no refill branches, a field is cut out of the
 * word with shifts. Bytes at or past `limit` read as zero (the end of the array); the caller
 * detects reads past its stream's end by position.
 */
export function peek32(d: Uint8Array, b: number, s: number, limit: number): number {
  let w: number;
  let x: number;
  if (b + 5 <= limit) {
    w = (d[b] << 24) | (d[b + 1] << 16) | (d[b + 2] << 8) | d[b + 3];
    x = d[b + 4];
  } else {
    w = 0;
    for (let i = 0; i < 4; i++) w = (w << 8) | (b + i < limit ? d[b + i] : 0);
    x = b + 4 < limit ? d[b + 4] : 0;
  }
  return s === 0 ? w : (w << s) | (x >>> (8 - s));
}

/** Writes bits MSB-first into a growing byte array (Prometheus `bstream` writer). */
export class BitWriter {
  bytes: Uint8Array;
  len = 0;
  /** Free low bits in the last byte (0 = start a new byte). */
  private free = 0;

  constructor(cap = 128) {
    this.bytes = new Uint8Array(cap);
  }

  private grow(): void {
    const b = new Uint8Array(this.bytes.length * 2);
    b.set(this.bytes);
    this.bytes = b;
  }

  private push(b: number): void {
    if (this.len === this.bytes.length) this.grow();
    this.bytes[this.len++] = b;
  }

  /** Appends whole bytes at a byte-aligned position, e.g. a chunk header. */
  pushAligned(b: ArrayLike<number>): void {
    for (let i = 0; i < b.length; i++) this.push(b[i]);
  }

  writeBit(bit: number): void {
    if (this.free === 0) {
      this.push(0);
      this.free = 8;
    }
    this.free--;
    if (bit) this.bytes[this.len - 1] |= 1 << this.free;
  }

  /** Writes the low n bits (0..32) of v, most significant first. */
  writeBits(v: number, n: number): void {
    while (n > 0) {
      if (this.free === 0) {
        this.push(0);
        this.free = 8;
      }
      // Take as many of the remaining top bits as fit in the current byte.
      const k = n < this.free ? n : this.free;
      const chunk = (v >>> (n - k)) & ((1 << k) - 1);
      this.free -= k;
      this.bytes[this.len - 1] |= chunk << this.free;
      n -= k;
    }
  }

  /** Writes the low n bits (0..64) of the value hi:lo. */
  writeBits64(hi: number, lo: number, n: number): void {
    if (n > 32) {
      this.writeBits(hi, n - 32);
      this.writeBits(lo, 32);
    } else {
      this.writeBits(lo, n);
    }
  }

  finish(): Uint8Array {
    return this.bytes.subarray(0, this.len);
  }
}

/**
 * Thrown by a fixed `ByteOut` (over a caller's buffer) that cannot take a write; the write is
 * not made. Not an EngineError, so decoders pass it through unwrapped to `decodeChunksInto`.
 */
export class OutputFull extends Error {
  constructor() {
    super('output buffer full');
    this.name = 'OutputFull';
  }
}

/** Little-endian output buffer (the SampleSet / ChunkList being built): growable, or fixed. */
export class ByteOut {
  buf: Uint8Array;
  dv: DataView;
  len = 0;
  /** true: `buf` is the caller's and never replaced; a write that does not fit throws. */
  private fixed = false;

  constructor(cap: number) {
    this.buf = new Uint8Array(Math.max(cap, 64));
    this.dv = new DataView(this.buf.buffer);
  }

  /** Writes into `buf` itself (from its start), never past its end. */
  static over(buf: Uint8Array): ByteOut {
    const o = new ByteOut(0);
    o.buf = buf;
    o.dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    o.fixed = true;
    return o;
  }

  /** Makes room for n more bytes. */
  ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    if (this.fixed) throw new OutputFull();
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
    this.dv = new DataView(b.buffer);
  }

  u8(v: number): void {
    this.ensure(1);
    this.buf[this.len++] = v;
  }

  u32(v: number): void {
    this.ensure(4);
    this.dv.setUint32(this.len, v >>> 0, true);
    this.len += 4;
  }

  /** 8 bytes from two 32-bit halves (either signedness). */
  u64(hi: number, lo: number): void {
    this.ensure(8);
    this.dv.setUint32(this.len, lo >>> 0, true);
    this.dv.setUint32(this.len + 4, hi >>> 0, true);
    this.len += 8;
  }

  big64(v: bigint): void {
    this.ensure(8);
    this.dv.setBigUint64(this.len, BigInt.asUintN(64, v), true);
    this.len += 8;
  }

  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
}
