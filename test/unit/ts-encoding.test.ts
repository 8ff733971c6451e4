// Unit tests of the TS engine's byte readers: CRC-32C, varints, the sticky-error Decbuf, sections.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  Decbuf,
  ERR_INVALID_CHECKSUM,
  ERR_INVALID_SIZE,
  ERR_VARINT_OVERFLOW,
  LeWriter,
  crc32c,
  decbufAt,
  decbufUvarintAt,
} from '../../src/engine/ts/encoding.js';
import { putUvarint } from '../helpers/varint.js';

const ascii = (s: string) => new TextEncoder().encode(s);

/** Bytewise CRC-32C straight from the polynomial: the reference for the sliced table version. */
function crc32cSlow(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return ~c >>> 0;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function putVarint(x: bigint): number[] {
  const ux = x < 0n ? ~(x << 1n) : x << 1n;
  return putUvarint(BigInt.asUintN(64, ux));
}

test('crc32c known vectors', () => {
  assert.equal(crc32c(ascii('123456789')), 0xe3069283);
  assert.equal(crc32c(new Uint8Array(0)), 0);
  // RFC 3720 (iSCSI) appendix B.4 test patterns.
  assert.equal(crc32c(new Uint8Array(32)), 0x8a9136aa);
  assert.equal(crc32c(new Uint8Array(32).fill(0xff)), 0x62a8ab43);
  assert.equal(crc32c(Uint8Array.from({ length: 32 }, (_, i) => i)), 0x46dd794e);
  assert.equal(crc32c(Uint8Array.from({ length: 32 }, (_, i) => 31 - i)), 0x113fdb5c);
});

test('crc32c slicing-by-8 equals bytewise on random data, offsets and continuation', () => {
  const r = rng(42);
  for (let n = 0; n < 200; n++) {
    const len = Math.floor(r() * 300);
    const b = Uint8Array.from({ length: len }, () => Math.floor(r() * 256));
    const s = Math.floor(r() * (len + 1));
    const e = s + Math.floor(r() * (len - s + 1));
    assert.equal(crc32c(b, s, e), crc32cSlow(b.subarray(s, e)));
    const mid = s + Math.floor((e - s) / 2);
    assert.equal(crc32c(b, mid, e, crc32c(b, s, mid)), crc32c(b, s, e));
  }
});

test('uvarint edge cases, 64-bit exact', () => {
  const cases: bigint[] = [0n, 1n, 127n, 128n, 16383n, 16384n, 2n ** 28n - 1n, 2n ** 28n, 2n ** 32n, 2n ** 53n - 1n, 2n ** 53n, 2n ** 63n, 2n ** 64n - 1n];
  for (const v of cases) {
    const bytes = Uint8Array.from(putUvarint(v));
    const d = new Decbuf(bytes);
    assert.equal(d.uvarint64(), v, `uvarint64 ${v}`);
    assert.equal(d.err, null);
    assert.equal(d.len(), 0);
    const n = new Decbuf(bytes);
    const x = n.uvarint();
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) {
      assert.equal(x, Number(v));
      assert.equal(n.err, null);
    } else {
      assert.equal(x, 0);
      assert.equal(n.err, ERR_INVALID_SIZE);
    }
    const s = new Decbuf(bytes);
    const y = s.uvarintSafe();
    if (v <= BigInt(Number.MAX_SAFE_INTEGER)) assert.equal(y, Number(v));
    else {
      assert.equal(y, -1);
      assert.equal(s.pos, 0, 'uvarintSafe leaves the position for the exact re-read');
      assert.equal(s.err, null);
      assert.equal(s.uvarint64(), v);
    }
  }
  // 2^64-1 is ten bytes ending in 0x01.
  assert.deepEqual(putUvarint(2n ** 64n - 1n), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
});

test('uvarint32 rejects values above 2^32-1', () => {
  const ok = new Decbuf(Uint8Array.from(putUvarint(2n ** 32n - 1n)));
  assert.equal(ok.uvarint32(), 2 ** 32 - 1);
  assert.equal(ok.err, null);
  const bad = new Decbuf(Uint8Array.from(putUvarint(2n ** 32n)));
  assert.equal(bad.uvarint32(), 0);
  assert.equal(bad.err, ERR_VARINT_OVERFLOW);
});

test('uvarint overflow and truncation follow Go binary.Uvarint', () => {
  // Tenth byte above 1 overflows 64 bits.
  const tenth2 = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02]);
  const a = new Decbuf(tenth2);
  assert.equal(a.uvarint64(), 0n);
  assert.equal(a.err, ERR_VARINT_OVERFLOW);
  // Eleven bytes of continuation.
  const eleven = new Uint8Array(11).fill(0x80);
  const b = new Decbuf(eleven);
  b.uvarint64();
  assert.equal(b.err, ERR_VARINT_OVERFLOW);
  // Runs out of bytes.
  const c = new Decbuf(Uint8Array.from([0x80, 0x80]));
  c.uvarint64();
  assert.equal(c.err, ERR_INVALID_SIZE);
  const empty = new Decbuf(new Uint8Array(0));
  empty.uvarint();
  assert.equal(empty.err, ERR_INVALID_SIZE);
});

test('varint zig-zag, 64-bit extremes', () => {
  const min = -(2n ** 63n);
  const max = 2n ** 63n - 1n;
  const cases: bigint[] = [0n, -1n, 1n, -64n, 63n, 64n, -65n, 2n ** 53n - 1n, -(2n ** 53n) + 1n, 2n ** 53n, -(2n ** 53n), max, min];
  for (const v of cases) {
    const bytes = Uint8Array.from(putVarint(v));
    const d = new Decbuf(bytes);
    assert.equal(d.varint64(), v, `varint64 ${v}`);
    assert.equal(d.err, null);
    const s = new Decbuf(bytes);
    const x = s.varintSafe();
    if (v >= -(2n ** 52n) && v < 2n ** 52n) assert.equal(x, Number(v), `varintSafe ${v}`);
    if (Number.isNaN(x)) {
      assert.equal(s.pos, 0);
      assert.equal(s.varint64(), v);
    } else {
      assert.equal(BigInt(x), v);
    }
  }
  // Go's encoding of the extremes.
  assert.deepEqual(putVarint(-1n), [0x01]);
  assert.deepEqual(putVarint(min), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
  assert.deepEqual(putVarint(max), [0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
});

test('be32, be64, byte and strings', () => {
  const b = Uint8Array.from([0xba, 0xaa, 0xd7, 0x00, 0x80, 0, 0, 0, 0, 0, 0, 1, 7, 3, 0x61, 0xff, 0x62]);
  const d = new Decbuf(b);
  assert.equal(d.be32(), 0xbaaad700);
  assert.equal(d.be64(), 2n ** 63n + 1n);
  assert.equal(d.byte(), 7);
  // Invalid UTF-8 decodes to U+FFFD rather than failing, like a Go string shown to a user.
  assert.equal(d.uvarintStr(), 'a\ufffdb');
  assert.equal(d.err, null);
  assert.equal(d.len(), 0);

  const big = new Decbuf(Uint8Array.from([0x00, 0x20, 0, 0, 0, 0, 0, 0]));
  assert.equal(big.be64Number(), 0);
  assert.equal(big.err, ERR_INVALID_SIZE, 'offsets above 2^53-1 are refused');
  const fits = new Decbuf(Uint8Array.from([0x00, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]));
  assert.equal(fits.be64Number(), Number.MAX_SAFE_INTEGER);
});

test('Decbuf error is sticky: first error kept, later reads return zero values', () => {
  const b = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02, 1, 2, 3, 4, 5, 6, 7, 8]);
  const d = new Decbuf(b);
  d.uvarint64();
  assert.equal(d.err, ERR_VARINT_OVERFLOW);
  assert.equal(d.be32(), 0);
  assert.equal(d.be64(), 0n);
  assert.equal(d.byte(), 0);
  assert.equal(d.uvarint(), 0);
  assert.equal(d.varint64(), 0n);
  assert.equal(d.uvarintBytes().length, 0);
  d.skip(1);
  assert.equal(d.err, ERR_VARINT_OVERFLOW, 'the first error stays');

  const s = new Decbuf(Uint8Array.from([5, 1, 2]));
  assert.equal(s.uvarintBytes().length, 0, 'length beyond the buffer');
  assert.equal(s.err, ERR_INVALID_SIZE);
  const k = new Decbuf(Uint8Array.from([1, 2]));
  k.skip(3);
  assert.equal(k.err, ERR_INVALID_SIZE);
  k.skip(-1);
  assert.equal(k.err, ERR_INVALID_SIZE);
});

function section(body: number[], lenPrefix: 'be32' | 'uvarint', corruptCrc = false): Uint8Array {
  const crc = crc32c(Uint8Array.from(body)) ^ (corruptCrc ? 1 : 0);
  const head = lenPrefix === 'be32' ? [0, 0, body.length >> 8, body.length & 0xff] : putUvarint(BigInt(body.length));
  return Uint8Array.from([...head, ...body, crc >>> 24, (crc >>> 16) & 0xff, (crc >>> 8) & 0xff, crc & 0xff]);
}

test('CRC-checked sections: decbufAt and decbufUvarintAt', () => {
  const body = Array.from({ length: 200 }, (_, i) => (i * 7) & 0xff);
  const pad = [9, 9, 9];
  const a = Uint8Array.from([...pad, ...section(body, 'be32')]);
  const d = decbufAt(a, 3);
  assert.equal(d.err, null);
  assert.equal(d.len(), 200);
  assert.equal(d.byte(), 0);
  assert.equal(d.byte(), 7);

  assert.equal(decbufAt(Uint8Array.from(section(body, 'be32', true)), 0).err, ERR_INVALID_CHECKSUM);
  assert.equal(decbufAt(a, a.length - 3).err, ERR_INVALID_SIZE, 'no room for the length');
  assert.equal(decbufAt(a.subarray(0, a.length - 1), 3).err, ERR_INVALID_SIZE, 'truncated CRC');
  assert.equal(decbufAt(a, -1).err, ERR_INVALID_SIZE);
  // A length field of 0xffffffff must fail cleanly, not throw a RangeError.
  assert.equal(decbufAt(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]), 0).err, ERR_INVALID_SIZE);

  const u = Uint8Array.from(section(body, 'uvarint'));
  const e = decbufUvarintAt(u, 0);
  assert.equal(e.err, null);
  assert.equal(e.len(), 200);
  assert.equal(decbufUvarintAt(u, 0, u.length - 1).err, ERR_INVALID_SIZE, 'section must end by the limit');
  assert.equal(decbufUvarintAt(Uint8Array.from(section(body, 'uvarint', true)), 0).err, ERR_INVALID_CHECKSUM);
  assert.equal(decbufUvarintAt(u, u.length).err, ERR_INVALID_SIZE);
});

test('LeWriter writes i64 from numbers and bigints identically', () => {
  const vals: (number | bigint)[] = [0, 1, -1, 2 ** 32, -(2 ** 32), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1700000000123, -1700000000123];
  for (const v of vals) {
    const a = new LeWriter(1);
    a.i64(v);
    const b = new LeWriter(1);
    b.i64(BigInt(v));
    assert.deepEqual(a.finish(), b.finish(), `i64 ${v}`);
    const dv = new DataView(a.finish().buffer);
    assert.equal(dv.getBigInt64(0, true), BigInt(v));
  }
  const w = new LeWriter(1);
  w.i64(2n ** 64n - 1n);
  w.u32(0xdeadbeef);
  w.u8(7);
  w.bytes(ascii('xy'));
  const out = w.finish();
  assert.deepEqual([...out], [255, 255, 255, 255, 255, 255, 255, 255, 0xef, 0xbe, 0xad, 0xde, 7, 0x78, 0x79]);
});
