// Protobuf wire primitives for the hand-written encoders (twin of native/engine/src/wire/pb.rs):
// a growable byte buffer that is reused across messages, varint writers and size functions.
// 64-bit values travel as two u32 halves (hi, lo) so the hot path needs no BigInt.

import { EngineError } from '../../engine.js';

const TWO_32 = 4294967296;

/** Wire type of int64/uint64/enum fields. */
export const WT_VARINT = 0;
/** Wire type of string/bytes/sub-message fields. */
export const WT_LEN = 2;

/** The one-byte key of fields 1..15. */
export function tag(field: number, wireType: number): number {
  return (field << 3) | wireType;
}

/** Bytes of a varint holding 0 <= v < 2^32. */
export function uvarintSize32(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Bytes of a varint holding the u64 hi:lo. */
export function uvarintSize64(hi: number, lo: number): number {
  if (hi === 0) return uvarintSize32(lo);
  const bits = 64 - Math.clz32(hi);
  return Math.floor((bits + 6) / 7);
}

/** Size of a length-delimited field with a one-byte key and `len` payload bytes. */
export function lenFieldSize(len: number): number {
  return 1 + uvarintSize32(len) + len;
}

/** proto3 bytes/string field: omitted when empty. */
export function bytesFieldSize(b: Uint8Array): number {
  return b.length === 0 ? 0 : lenFieldSize(b.length);
}

/** proto3 int64 field given as hi:lo: omitted when zero. */
export function int64FieldSize(hi: number, lo: number): number {
  return hi === 0 && lo === 0 ? 0 : 1 + uvarintSize64(hi, lo);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Splits an int64 (number or bigint) into two's-complement halves, out[0] = hi, out[1] = lo.
 * Numbers must be integers in [-2^63, 2^63); anything else is an INVALID_ARGUMENT.
 */
export function splitInt64(v: number | bigint, out: Uint32Array, what: string): void {
  if (typeof v === 'bigint') {
    if (v < INT64_MIN || v > INT64_MAX) throw new EngineError('INVALID_ARGUMENT', `${what} ${v} is outside int64`);
    const u = BigInt.asUintN(64, v);
    out[0] = Number(u >> 32n);
    out[1] = Number(u & 0xffffffffn);
    return;
  }
  if (!Number.isInteger(v) || v < -(2 ** 63) || v >= 2 ** 63) {
    throw new EngineError('INVALID_ARGUMENT', `${what} ${v} is not an int64`);
  }
  // Floor division keeps negatives in two's complement; every step is exact for |v| < 2^63.
  const hi = Math.floor(v / TWO_32);
  out[0] = hi >>> 0;
  out[1] = v - hi * TWO_32;
}

/** A byte buffer that keeps its capacity across `clear()`: no allocation once warmed up. */
export class PbBuf {
  buf: Uint8Array;
  pos = 0;

  constructor(initial = 1024) {
    this.buf = new Uint8Array(initial);
  }

  reserve(n: number): void {
    const need = this.pos + n;
    if (need <= this.buf.length) return;
    let cap = Math.max(this.buf.length * 2, 64);
    while (cap < need) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  clear(): void {
    this.pos = 0;
  }

  /** Raw byte; the caller has reserved room. */
  byte(v: number): void {
    this.buf[this.pos++] = v;
  }

  /** Varint of 0 <= v < 2^32; the caller has reserved room. */
  uvarint32(v: number): void {
    const b = this.buf;
    let p = this.pos;
    while (v >= 0x80) {
      b[p++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    b[p++] = v;
    this.pos = p;
  }

  /** Varint of the u64 hi:lo; the caller has reserved room. */
  uvarint64(hi: number, lo: number): void {
    const b = this.buf;
    let p = this.pos;
    while (hi !== 0 || lo >= 0x80) {
      b[p++] = (lo & 0x7f) | 0x80;
      lo = ((lo >>> 7) | (hi << 25)) >>> 0;
      hi >>>= 7;
    }
    b[p++] = lo;
    this.pos = p;
  }

  /** Key and length of a length-delimited field; the caller has reserved room. */
  lenHeader(field: number, len: number): void {
    this.byte(tag(field, WT_LEN));
    this.uvarint32(len);
  }

  /** proto3 bytes field (omitted when empty); the caller has reserved room. */
  bytesField(field: number, b: Uint8Array): void {
    if (b.length === 0) return;
    this.lenHeader(field, b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** proto3 int64 field from hi:lo (omitted when zero); the caller has reserved room. */
  int64Field(field: number, hi: number, lo: number): void {
    if (hi === 0 && lo === 0) return;
    this.byte(tag(field, WT_VARINT));
    this.uvarint64(hi, lo);
  }

  /** u32 little-endian (frame lengths); the caller has reserved room. */
  /** gRPC's message prefix: compression flag 0, then `len` as a u32 big-endian. */
  framePrefix(len: number): void {
    const b = this.buf;
    const p = this.pos;
    b[p] = 0;
    b[p + 1] = len >>> 24;
    b[p + 2] = (len >>> 16) & 0xff;
    b[p + 3] = (len >>> 8) & 0xff;
    b[p + 4] = len & 0xff;
    this.pos = p + 5;
  }

  append(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
}
