// Histogram chunk layout and shared histogram helpers (Prometheus `histogram_meta.go`,
// `model/histogram/generic.go`); twin of native/engine/src/chunkenc/histogram_meta.rs, where
// the layout is described.

import type { BitReader, ByteOut } from './bstream.js';
import { readVarbitInt, readVarbitUint } from './varbit.js';

export const CUSTOM_BUCKETS_SCHEMA = -53;
export const EXPONENTIAL_SCHEMA_MAX = 8;
const EXPONENTIAL_SCHEMA_MAX_RESERVED = 52;
const EXPONENTIAL_SCHEMA_MIN_RESERVED = -9;
export const HEADER_GAUGE = 0b1100_0000;

export interface Span {
  offset: number; // i32
  length: number; // u32
}

/** The per-chunk layout; float values as bits (BigInt) so they are written back exactly. */
export interface Layout {
  schema: number;
  zeroThreshold: bigint;
  pos: Span[];
  neg: Span[];
  customValues: bigint[];
}

const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

export function floatToBits(v: number): bigint {
  f64[0] = v;
  return u64[0];
}

export function bitsToFloat(b: bigint): number {
  u64[0] = b;
  return f64[0];
}

function readSpans(br: BitReader): Span[] {
  const num = readVarbitUint(br);
  // Each span takes at least two bits; a larger count is corrupt (and must not allocate).
  if (num > BigInt(Math.floor(br.remainingBits() / 2))) {
    br.fail('histogram span count exceeds chunk size');
    return [];
  }
  const spans: Span[] = [];
  for (let i = 0; i < Number(num); i++) {
    const length = Number(BigInt.asUintN(32, readVarbitUint(br))); // Go truncates to uint32/int32
    const offset = Number(BigInt.asIntN(32, readVarbitInt(br)));
    if (br.err !== null) return [];
    spans.push({ offset, length });
  }
  return spans;
}

function readZeroThreshold(br: BitReader): bigint {
  const b = br.readBits(8);
  if (b === 0) return 0n;
  if (b === 255) return br.readBigBits(64);
  // math.Ldexp(0.5, b-243) = 2^(b-244), always a normal float: build its bits directly.
  return BigInt(b + 1023 - 244) << 52n;
}

function readCustomBound(br: BitReader): bigint {
  const b = readVarbitUint(br);
  if (b === 0n) return br.readBigBits(64);
  // Number(bigint) rounds to nearest like Go's float64(uint64).
  return floatToBits(Number(b - 1n) / 1000);
}

/** Reads the chunk layout; on error the reader's sticky error is set. */
export function readLayout(br: BitReader): Layout {
  const zeroThreshold = readZeroThreshold(br);
  const schema = Number(BigInt.asIntN(32, readVarbitInt(br)));
  const pos = readSpans(br);
  const neg = readSpans(br);
  const customValues: bigint[] = [];
  if (br.err === null && schema === CUSTOM_BUCKETS_SCHEMA) {
    const num = readVarbitUint(br);
    if (num > BigInt(br.remainingBits())) {
      br.fail('custom bucket count exceeds chunk size');
    } else {
      for (let i = 0; i < Number(num); i++) {
        customValues.push(readCustomBound(br));
        if (br.err !== null) break;
      }
    }
  }
  if (
    br.err === null &&
    schema !== CUSTOM_BUCKETS_SCHEMA &&
    !(schema >= EXPONENTIAL_SCHEMA_MIN_RESERVED && schema <= EXPONENTIAL_SCHEMA_MAX_RESERVED)
  ) {
    br.fail('unknown histogram schema');
  }
  return { schema, zeroThreshold, pos, neg, customValues };
}

export function countSpans(spans: Span[]): number {
  let n = 0;
  for (const s of spans) n += s.length;
  return n;
}

/**
 * Prometheus `counterResetHint`: what `AtHistogram` reports after `numRead` samples.
 * 0 unknown, 2 not counter reset, 3 gauge (a "counter reset" header reads as unknown).
 */
export function counterResetHint(header: number, numRead: number): number {
  if ((header & 0xc0) === HEADER_GAUGE) return 3;
  return numRead > 1 ? 2 : 0;
}

/** Integer (BigInt, delta-encoded) or float (number, absolute) bucket arithmetic. */
export interface BucketOps<T> {
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
}
export const INT_OPS: BucketOps<bigint> = {
  add: (a, b) => BigInt.asIntN(64, a + b),
  sub: (a, b) => BigInt.asIntN(64, a - b),
};
export const FLOAT_OPS: BucketOps<number> = { add: (a, b) => a + b, sub: (a, b) => a - b };

const i32 = (x: number): number => x | 0;

/**
 * Prometheus `reduceResolution`: merges buckets of schema `from` into schema `to` (< from).
 * Schemas 9..52 are readable but reported at schema 8, as `AtHistogram` does. Returns an error
 * string for span/bucket mismatches (Prometheus panics there).
 */
export function reduceResolution<T>(
  spans: Span[],
  buckets: T[],
  from: number,
  to: number,
  delta: boolean,
  ops: BucketOps<T>,
): { spans: Span[]; buckets: T[] } | string {
  const shift = from - to;
  const targetIdx = (idx: number): number => i32((i32(idx - 1) >> shift) + 1);
  const tSpans: Span[] = [];
  const tBuckets: T[] = [];
  let idx = 0;
  let pos = 0;
  let lastIdx = 0;
  let lastCount = undefined as T;
  let lastTargetCount = undefined as T;
  for (let n = 0; n < spans.length; n++) {
    const span = spans[n];
    if (n > 0 && span.offset < 0) return 'histogram span with negative offset';
    idx = i32(idx + span.offset);
    for (let j = 0; j < span.length; j++) {
      if (pos >= buckets.length) return 'histogram spans need more buckets than present';
      const b = buckets[pos];
      const ti = targetIdx(idx);
      if (tSpans.length === 0) {
        tSpans.push({ offset: ti, length: 1 });
        tBuckets.push(b);
        lastIdx = ti;
        lastCount = b;
        lastTargetCount = b;
      } else if (ti === lastIdx) {
        const last = tBuckets.length - 1;
        if (delta) {
          lastCount = ops.add(lastCount, b);
          tBuckets[last] = ops.add(tBuckets[last], lastCount);
          lastTargetCount = ops.add(lastTargetCount, lastCount);
        } else {
          tBuckets[last] = ops.add(tBuckets[last], b);
        }
      } else {
        if (i32(lastIdx + 1) === ti) tSpans[tSpans.length - 1].length++;
        else tSpans.push({ offset: i32(ti - lastIdx - 1), length: 1 });
        lastIdx = ti;
        if (delta) {
          lastCount = ops.add(lastCount, b);
          tBuckets.push(ops.sub(lastCount, lastTargetCount));
          lastTargetCount = lastCount;
        } else {
          tBuckets.push(b);
        }
      }
      idx = i32(idx + 1);
      pos++;
    }
  }
  if (pos !== buckets.length) return 'histogram has more buckets than its spans need';
  return { spans: tSpans, buckets: tBuckets };
}

/** Appends a SampleSet span list: u32 count × {i32 offset, u32 length}. */
export function writeSpans(out: ByteOut, spans: Span[]): void {
  out.u32(spans.length);
  for (const s of spans) {
    out.u32(s.offset);
    out.u32(s.length);
  }
}

/** Appends a u32 count then each 64-bit value. */
export function writeBigs(out: ByteOut, vals: bigint[]): void {
  out.u32(vals.length);
  for (const v of vals) out.big64(v);
}

/** The SampleSet record of a stale-marker histogram: Prometheus returns `{Sum: stale}` only. */
export function writeStale(out: ByteOut, t: bigint, sum: bigint): void {
  out.big64(t);
  out.u8(0); // hint unknown
  out.u32(0); // schema
  out.big64(0n); // zero threshold
  out.big64(0n); // zero count (0 or 0.0: same bits)
  out.big64(0n); // count
  out.big64(sum);
  for (let i = 0; i < 5; i++) out.u32(0); // no spans, buckets, custom values
}
