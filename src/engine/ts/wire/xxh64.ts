// XXH64 (seed 0), the hash Thanos puts in storepb Chunk.hash (cespare/xxhash Sum64) and uses for
// shard_info. Written from the public XXH64 specification with 64-bit values kept as two 32-bit
// halves: BigInt arithmetic would allocate on every step of a per-chunk hot loop. The halves are
// held as int32 (`| 0`), never as unsigned doubles, so V8 keeps them in registers as small
// integers instead of boxing them as doubles; only the output is unsigned.

const TWO_32 = 4294967296;

// Primes as [hi, lo], int32.
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0;
const P3H = 0x165667b1 | 0, P3L = 0x9e3779f9 | 0;
const P4H = 0x85ebca77 | 0, P4L = 0xc2b2ae63 | 0;
const P5H = 0x27d4eb2f | 0, P5L = 0x165667c5 | 0;

// Result registers of the helpers below (no tuple allocation per operation): R[0] high word,
// R[1] low word. A typed array, not module-level `let`s, which V8 accesses far more slowly.
const R = new Int32Array(2);

/** (ah:al) + (bh:bl) mod 2^64 → R. */
function add(ah: number, al: number, bh: number, bl: number): void {
  const lo = (al + bl) | 0;
  // Unsigned overflow of the low word ⇔ the sum is below an addend.
  R[0] = (ah + bh + ((lo >>> 0) < (al >>> 0) ? 1 : 0)) | 0;
  R[1] = lo;
}

/** (ah:al) × (bh:bl) mod 2^64 → R. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  // High half of the 32×32 product al×bl from 16-bit limbs; each partial product is < 2^32.
  const a1 = al >>> 16, a0 = al & 0xffff;
  const b1 = bl >>> 16, b0 = bl & 0xffff;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
  R[1] = Math.imul(al, bl);
  // Cross terms only reach the high word; everything above 2^64 falls away.
  R[0] = (carry + Math.imul(ah, bl) + Math.imul(al, bh)) | 0;
}

/** Rotate left by 0 < r < 32 → R. */
function rotl(h: number, l: number, r: number): void {
  R[0] = (h << r) | (l >>> (32 - r));
  R[1] = (l << r) | (h >>> (32 - r));
}

function le32(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
}

/** acc = rotl(acc + input × P2, 31) × P1 → R. */
function round(acch: number, accl: number, inh: number, inl: number): void {
  mul(inh, inl, P2H, P2L);
  add(acch, accl, R[0], R[1]);
  rotl(R[0], R[1], 31);
  mul(R[0], R[1], P1H, P1L);
}

/** acc = (acc ^ round(0, v)) × P1 + P4 → R. */
function merge(acch: number, accl: number, vh: number, vl: number): void {
  round(0, 0, vh, vl);
  mul(acch ^ R[0], accl ^ R[1], P1H, P1L);
  add(R[0], R[1], P4H, P4L);
}

/** The four lane accumulators v1..v4 as hi, lo pairs. */
const V = new Int32Array(8);

/**
 * Consumes all whole 32-byte stripes into V (seeded for seed 0) and returns the offset after
 * them. Kept apart, with a lane loop instead of four unrolled rounds, so V8 can inline the
 * arithmetic helpers within its inlining budget.
 */
function stripes(data: Uint8Array, n: number): number {
  // Seed 0: v1 = P1 + P2, v2 = P2, v3 = 0, v4 = -P1.
  add(P1H, P1L, P2H, P2L);
  V[0] = R[0];
  V[1] = R[1];
  V[2] = P2H;
  V[3] = P2L;
  V[4] = 0;
  V[5] = 0;
  add(~P1H, ~P1L, 0, 1);
  V[6] = R[0];
  V[7] = R[1];
  let i = 0;
  for (; i + 32 <= n; i += 32) {
    for (let j = 0; j < 8; j += 2) {
      const o = i + j * 4;
      round(V[j], V[j + 1], le32(data, o + 4), le32(data, o));
      V[j] = R[0];
      V[j + 1] = R[1];
    }
  }
  return i;
}

/** XXH64 of `data` with seed 0, written to out[0] (high 32 bits) and out[1] (low 32 bits). */
export function xxh64To(data: Uint8Array, out: Uint32Array): void {
  const n = data.length;
  let i = 0;
  let hh: number;
  let hl: number;
  if (n >= 32) {
    i = stripes(data, n);
    rotl(V[0], V[1], 1);
    hh = R[0]; hl = R[1];
    rotl(V[2], V[3], 7);
    add(hh, hl, R[0], R[1]);
    hh = R[0]; hl = R[1];
    rotl(V[4], V[5], 12);
    add(hh, hl, R[0], R[1]);
    hh = R[0]; hl = R[1];
    rotl(V[6], V[7], 18);
    add(hh, hl, R[0], R[1]);
    hh = R[0]; hl = R[1];
    merge(hh, hl, V[0], V[1]);
    merge(R[0], R[1], V[2], V[3]);
    merge(R[0], R[1], V[4], V[5]);
    merge(R[0], R[1], V[6], V[7]);
    hh = R[0]; hl = R[1];
  } else {
    hh = P5H;
    hl = P5L;
  }
  // h += length (a JS array length is below 2^53)
  add(hh, hl, Math.floor(n / TWO_32) | 0, n | 0);
  hh = R[0]; hl = R[1];
  for (; i + 8 <= n; i += 8) {
    round(0, 0, le32(data, i + 4), le32(data, i));
    rotl(hh ^ R[0], hl ^ R[1], 27);
    mul(R[0], R[1], P1H, P1L);
    add(R[0], R[1], P4H, P4L);
    hh = R[0]; hl = R[1];
  }
  if (i + 4 <= n) {
    mul(0, le32(data, i), P1H, P1L);
    rotl(hh ^ R[0], hl ^ R[1], 23);
    mul(R[0], R[1], P2H, P2L);
    add(R[0], R[1], P3H, P3L);
    hh = R[0]; hl = R[1];
    i += 4;
  }
  for (; i < n; i++) {
    mul(0, data[i], P5H, P5L);
    rotl(hh ^ R[0], hl ^ R[1], 11);
    mul(R[0], R[1], P1H, P1L);
    hh = R[0]; hl = R[1];
  }
  // Avalanche: h ^= h >> 33; h *= P2; h ^= h >> 29; h *= P3; h ^= h >> 32.
  hl ^= hh >>> 1;
  mul(hh, hl, P2H, P2L);
  hh = R[0] ^ (R[0] >>> 29);
  hl = R[1] ^ ((R[1] >>> 29) | (R[0] << 3));
  mul(hh, hl, P3H, P3L);
  // Uint32Array stores take the int32 bits as unsigned.
  out[0] = R[0];
  out[1] = R[1] ^ R[0];
}

const scratch = new Uint32Array(2);

/** XXH64 of `data` with seed 0, as an unsigned 64-bit bigint. */
export function xxh64(data: Uint8Array): bigint {
  xxh64To(data, scratch);
  return (BigInt(scratch[0]) << 32n) | BigInt(scratch[1]);
}
