// XOR float chunks (encoding 1), bit-identical to Prometheus `xor.go`; twin of
// native/engine/src/chunkenc/xor.rs.
//
// Layout: u16 BE sample count; sample 0 = varint t + 64 raw value bits; sample 1 = uvarint
// delta + XOR value; later samples = delta-of-delta timestamp (`0` | `10`+14 | `110`+17 |
// `1110`+20 | `1111`+64 bits) + XOR value. See shared/spec/tsdb-format.md section 4.
//
// 64-bit values travel as (hi, lo) u32 halves: timestamps with carry-propagating adds, float
// bits untouched (never through a JS number, so NaN payloads survive).

import { EngineError } from '../../engine.js';
import { BitReader, BitWriter, peek32, type ByteOut } from './bstream.js';

/**
 * Reads one XOR-encoded value into st[i] (hi), st[i+1] (lo), window leading st[i+2] and trailing
 * st[i+3]. Decoders start with a 0/0 window, like Prometheus's iterators.
 */
export function xorRead(br: BitReader, st: Uint32Array, i: number): void {
  if (!br.readBit()) return; // value unchanged
  let leading: number;
  let trailing: number;
  if (!br.readBit()) {
    leading = st[i + 2];
    trailing = st[i + 3];
  } else {
    leading = br.readBits(5);
    let m = br.readBits(6);
    if (m === 0) m = 64; // 64 significant bits do not fit in 6 bits; 0 stands for 64
    if (leading + m > 64) {
      br.fail('XOR value window exceeds 64 bits');
      return;
    }
    trailing = 64 - leading - m;
    st[i + 2] = leading;
    st[i + 3] = trailing;
  }
  xorWindow(br, st, i, 64 - leading, trailing);
}

/** XORs the window bits [bottom, top) read from the stream into the value st[i]:st[i+1]. */
function xorWindow(br: BitReader, st: Uint32Array, i: number, top: number, bottom: number): void {
  // The window may straddle the two halves: read the part in the high word first (MSB first).
  if (top > 32) {
    const b = bottom > 32 ? bottom : 32;
    st[i] ^= br.readBits(top - b) << (b - 32);
  }
  if (bottom < 32) {
    const t = top < 32 ? top : 32;
    st[i + 1] ^= br.readBits(t - bottom) << bottom;
  }
}

function clz64(hi: number, lo: number): number {
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
}

function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}

function ctz64(hi: number, lo: number): number {
  return lo !== 0 ? ctz32(lo) : 32 + ctz32(hi);
}

/** Shifts hi:lo right by s (0..63), returning the halves in out[0], out[1]. */
function shr64(hi: number, lo: number, s: number, out: Uint32Array): void {
  if (s === 0) {
    out[0] = hi;
    out[1] = lo;
  } else if (s < 32) {
    out[0] = hi >>> s;
    out[1] = (lo >>> s) | (hi << (32 - s));
  } else {
    out[0] = 0;
    out[1] = hi >>> (s - 32);
  }
}

/** Writer-side XOR state, like Prometheus's appender fields: value and window (0xff = none). */
export class XorWriteState {
  hi = 0;
  lo = 0;
  leading = 0xff;
  trailing = 0;
  private tmp = new Uint32Array(2);

  /** Writes the new value (halves) XOR the current one, like Prometheus `xorWrite`. */
  write(w: BitWriter, hi: number, lo: number): void {
    const dh = (hi ^ this.hi) >>> 0;
    const dl = (lo ^ this.lo) >>> 0;
    this.hi = hi >>> 0;
    this.lo = lo >>> 0;
    if (dh === 0 && dl === 0) {
      w.writeBit(0);
      return;
    }
    w.writeBit(1);
    let newLeading = clz64(dh, dl);
    // Leading zeros are stored in 5 bits, so 32+ is clamped to 31 (more significant bits sent).
    if (newLeading >= 32) newLeading = 31;
    const newTrailing = ctz64(dh, dl);
    if (this.leading !== 0xff && newLeading >= this.leading && newTrailing >= this.trailing) {
      w.writeBit(0);
      shr64(dh, dl, this.trailing, this.tmp);
      w.writeBits64(this.tmp[0], this.tmp[1], 64 - this.leading - this.trailing);
      return;
    }
    this.leading = newLeading;
    this.trailing = newTrailing;
    w.writeBit(1);
    w.writeBits(newLeading, 5);
    const sigbits = 64 - newLeading - newTrailing;
    w.writeBits(sigbits & 63, 6); // 64 is written as 0
    shr64(dh, dl, newTrailing, this.tmp);
    w.writeBits64(this.tmp[0], this.tmp[1], sigbits);
  }
}

const END_OF_DATA = 'unexpected end of chunk data';

function corrupt(what: string, i: number, n: number): EngineError {
  return new EngineError('CORRUPT_BLOCK', `XOR chunk: ${what} at sample ${i} of ${n}`);
}

/**
 * Decodes an XOR chunk (data[start..end) starts with the 2-byte count), appending
 * {i64 t, f64 v} LE records to `out`. Returns the sample count.
 */
export function decodeXor(data: Uint8Array, start: number, end: number, out: ByteOut): number {
  if (end - start < 2) {
    throw new EngineError('CORRUPT_BLOCK', `XOR chunk of ${end - start} bytes has no 2-byte header`);
  }
  const n = (data[start] << 8) | data[start + 1];
  if (n === 0) return 0;
  const br = new BitReader(data, start + 2, end);
  out.ensure(16 * n);
  const dv = out.dv;
  let o = out.len;

  br.readVarint();
  let tHi = br.hi;
  let tLo = br.lo;
  br.readBits64(64);
  const st = new Uint32Array(4); // value hi, lo, window leading, trailing
  st[0] = br.hi;
  st[1] = br.lo;
  if (br.err !== null) throw corrupt(br.err, 0, n);
  dv.setUint32(o, tLo, true);
  dv.setUint32(o + 4, tHi, true);
  dv.setUint32(o + 8, st[1], true);
  dv.setUint32(o + 12, st[0], true);
  o += 16;
  if (n === 1) {
    out.len = o;
    return 1;
  }

  br.readUvarint(); // u64: a negative first delta wraps, as in Go
  let dHi = br.hi | 0;
  let dLo = br.lo;
  let l = tLo + dLo;
  tLo = l >>> 0;
  tHi = (tHi + dHi + (l > 0xffffffff ? 1 : 0)) | 0;
  xorRead(br, st, 0);
  if (br.err !== null) throw corrupt(br.err, 1, n);
  dv.setUint32(o, tLo, true);
  dv.setUint32(o + 4, tHi, true);
  dv.setUint32(o + 8, st[1], true);
  dv.setUint32(o + 12, st[0], true);
  o += 16;

  // Samples 2..: every field is cut out of a peeked 32-bit word (peek32) at bit `pos` of the
  // stream, relative to `base`, instead of bit-by-bit reads through the buffered reader. Reads
  // past the end see other bytes or zeros and only move `pos`: one comparison per sample finds
  // the overrun at the sample where BitReader's sticky error would.
  const base = start + 2;
  const endBits = 8 * (end - base);
  const limit = data.length;
  let pos = br.bitPos() - 8 * base;
  let vHi = st[0] | 0;
  let vLo = st[1] | 0;
  let leading = st[2];
  let trailing = st[3];
  for (let i = 2; i < n; i++) {
    let w = peek32(data, base + (pos >>> 3), pos & 7, limit);
    let avail = 32; // stream bits in w
    // Fast path: `00` = same delta and same value, regular scrapes of a constant series.
    if (w >>> 30 === 0) {
      pos += 2;
    } else {
      // Delta-of-delta: `0`, or 1-3 ones then a zero and 14/17/20 bits, or `1111` and 64 bits;
      // the count of leading ones picks the case. After `0` the value's bits are already in w.
      const ones = Math.clz32(~w);
      if (ones === 0) {
        pos += 1;
        w <<= 1;
        avail = 31;
      } else {
        let oHi: number;
        let oLo: number;
        if (ones < 4) {
          const sz = ones === 1 ? 14 : ones === 2 ? 17 : 20;
          const b = (w << (ones + 1)) >>> (32 - sz);
          pos += ones + 1 + sz;
          // Prometheus quirk: the pattern 2^(sz-1) is +2^(sz-1), not -2^(sz-1).
          if (b > 1 << (sz - 1)) {
            oLo = (b - (1 << sz)) >>> 0;
            oHi = -1;
          } else {
            oLo = b;
            oHi = 0;
          }
        } else {
          pos += 4;
          oHi = peek32(data, base + (pos >>> 3), pos & 7, limit);
          pos += 32;
          oLo = peek32(data, base + (pos >>> 3), pos & 7, limit) >>> 0;
          pos += 32;
        }
        l = dLo + oLo;
        dLo = l >>> 0;
        dHi = (dHi + oHi + (l > 0xffffffff ? 1 : 0)) | 0;
        w = peek32(data, base + (pos >>> 3), pos & 7, limit);
      }
      // Value: `0` unchanged, `10` + bits in the previous window, `11` + 5-bit leading, 6-bit
      // length and bits. w holds at least 31 stream bits, so the header always fits.
      if (w < 0) {
        let m: number;
        if ((w & 0x40000000) === 0) {
          m = 64 - leading - trailing; // 1..64: a window always holds a bit
          pos += 2;
        } else {
          const lz = (w >>> 25) & 31;
          m = (w >>> 19) & 63;
          if (m === 0) m = 64; // 64 significant bits do not fit in 6 bits; 0 stands for 64
          pos += 13;
          if (lz + m > 64) {
            // A header read past the end is an end-of-data error (as BitReader's sticky error
            // would report), not a window error.
            throw corrupt(pos > endBits ? END_OF_DATA : 'XOR value window exceeds 64 bits', i, n);
          }
          leading = lz;
          trailing = 64 - lz - m;
        }
        // The m payload bits land on value bits [trailing, trailing + m), MSB first; the window
        // may straddle the two halves.
        const top = trailing + m;
        const head = (w & 0x40000000) === 0 ? 2 : 13;
        if (head + m <= avail) {
          // Common case: the payload is inside w already (no further loads). p holds m <= 30
          // bits; its low 32 - trailing bits go to the low half, the rest to the high half.
          const p = (w << head) >>> (32 - m);
          pos += m;
          if (trailing >= 32) vHi ^= p << (trailing - 32);
          else {
            vLo ^= p << trailing;
            if (top > 32) vHi ^= p >>> (32 - trailing);
          }
        } else {
          if (top > 32) {
            const k = trailing > 32 ? m : top - 32;
            const x = peek32(data, base + (pos >>> 3), pos & 7, limit) >>> (32 - k);
            pos += k;
            vHi ^= trailing > 32 ? x << (trailing - 32) : x;
          }
          if (trailing < 32) {
            const k = top < 32 ? m : 32 - trailing;
            vLo ^= (peek32(data, base + (pos >>> 3), pos & 7, limit) >>> (32 - k)) << trailing;
            pos += k;
          }
        }
      } else {
        pos += 1;
      }
    }
    if (pos > endBits) throw corrupt(END_OF_DATA, i, n);
    l = tLo + dLo;
    tLo = l >>> 0;
    tHi = (tHi + dHi + (l > 0xffffffff ? 1 : 0)) | 0;
    dv.setUint32(o, tLo, true);
    dv.setUint32(o + 4, tHi, true);
    dv.setUint32(o + 8, vLo, true);
    dv.setUint32(o + 12, vHi, true);
    o += 16;
  }
  out.len = o;
  return n;
}

/** Prometheus `bitRange` for dod (as a double: exact when |dod| < 2^53): -(2^(n-1)-1) ..= 2^(n-1). */
function inRange(dod: number, nbits: number): boolean {
  const half = 2 ** (nbits - 1);
  return -(half - 1) <= dod && dod <= half;
}

/** Appends float samples to one XOR chunk exactly like Prometheus's `xorAppender`. */
export class XorAppender {
  private w = new BitWriter(128);
  n = 0;
  private tHi = 0;
  private tLo = 0;
  private dHi = 0;
  private dLo = 0;
  private v = new XorWriteState();

  constructor() {
    this.w.pushAligned([0, 0]);
  }

  /** Appends one sample: t and value bits as (hi, lo) halves. */
  append(tHi: number, tLo: number, vHi: number, vLo: number): void {
    let dHi = 0;
    let dLo = 0;
    const w = this.w;
    if (this.n === 0) {
      // Zig-zag varint of t: (t << 1) ^ (t >> 63).
      const sign = tHi >> 31;
      const zLo = ((tLo << 1) ^ sign) >>> 0;
      const zHi = ((tHi << 1) | (tLo >>> 31)) ^ sign;
      writeUvarint(w, zHi >>> 0, zLo);
      w.writeBits64(vHi, vLo, 64);
      this.v.hi = vHi >>> 0;
      this.v.lo = vLo >>> 0;
    } else {
      // delta = t - prev t (wrapping 64-bit subtraction)
      const l = tLo - this.tLo;
      dLo = l >>> 0;
      dHi = (tHi - this.tHi - (l < 0 ? 1 : 0)) | 0;
      if (this.n === 1) {
        writeUvarint(w, dHi >>> 0, dLo);
      } else {
        const ol = dLo - this.dLo;
        const oLo = ol >>> 0;
        const oHi = (dHi - this.dHi - (ol < 0 ? 1 : 0)) | 0;
        // dod as a double: exact for the small buckets, which are all that inRange decides.
        const dod = oHi * 4294967296 + oLo;
        if (oHi === 0 && oLo === 0) {
          w.writeBit(0);
        } else if (inRange(dod, 14)) {
          w.writeBits(0b10, 2);
          w.writeBits(oLo & 0x3fff, 14);
        } else if (inRange(dod, 17)) {
          w.writeBits(0b110, 3);
          w.writeBits(oLo & 0x1ffff, 17);
        } else if (inRange(dod, 20)) {
          w.writeBits(0b1110, 4);
          w.writeBits(oLo & 0xfffff, 20);
        } else {
          w.writeBits(0b1111, 4);
          w.writeBits64(oHi, oLo, 64);
        }
      }
      this.v.write(w, vHi, vLo);
    }
    this.tHi = tHi | 0;
    this.tLo = tLo >>> 0;
    this.dHi = dHi;
    this.dLo = dLo;
    this.n++;
  }

  /** The chunk bytes, header included. */
  finish(): Uint8Array {
    const b = this.w.finish();
    b[0] = this.n >>> 8;
    b[1] = this.n & 0xff;
    return b;
  }
}

function writeUvarint(w: BitWriter, hi: number, lo: number): void {
  // Emit 7 bits at a time from the 64-bit value hi:lo.
  for (;;) {
    const low7 = lo & 0x7f;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi = hi >>> 7;
    if (hi === 0 && lo === 0) {
      w.writeBits(low7, 8);
      return;
    }
    w.writeBits(low7 | 0x80, 8);
  }
}
