// Float histogram chunks (encoding 3), decode only (Prometheus `float_histogram.go`); twin of
// native/engine/src/chunkenc/float_histogram.rs, where the sample layout is described.
// Each value (count, zero count, sum, every bucket) keeps its own XOR state: four u32 slots
// (value hi, lo, window leading, trailing) in one Uint32Array.

import { EngineError } from '../../engine.js';
import { BitReader, type ByteOut } from './bstream.js';
import {
  bitsToFloat,
  counterResetHint,
  countSpans,
  EXPONENTIAL_SCHEMA_MAX,
  FLOAT_OPS,
  floatToBits,
  readLayout,
  reduceResolution,
  writeBigs,
  writeSpans,
  writeStale,
  type Layout,
  type Span,
} from './histogram_meta.js';
import { readVarbitInt } from './varbit.js';
import { xorRead } from './xor.js';

const STALE_HI = 0x7ff00000;
const STALE_LO = 2;
const CNT = 0;
const ZCNT = 4;
const SUM = 8;
const FIRST_BUCKET = 12;

function corrupt(what: string, i: number, n: number): EngineError {
  return new EngineError('CORRUPT_BLOCK', `float histogram chunk: ${what} at sample ${i} of ${n}`);
}

function emit(out: ByteOut, l: Layout, t: bigint, hint: number, st: Uint32Array, np: number, nn: number): string | null {
  if (st[SUM] === STALE_HI && st[SUM + 1] === STALE_LO) {
    writeStale(out, t, 0x7ff0000000000002n);
    return null;
  }
  if (l.schema > EXPONENTIAL_SCHEMA_MAX) {
    // Schemas 9..52 are read but reported at schema 8 (Prometheus AtFloatHistogram).
    const vals = (from: number, k: number): number[] => {
      const a: number[] = [];
      for (let j = 0; j < k; j++) {
        const i = FIRST_BUCKET + 4 * (from + j);
        a.push(bitsToFloat((BigInt(st[i]) << 32n) | BigInt(st[i + 1])));
      }
      return a;
    };
    const p = reduceResolution(l.pos, vals(0, np), l.schema, EXPONENTIAL_SCHEMA_MAX, false, FLOAT_OPS);
    if (typeof p === 'string') return p;
    const q = reduceResolution(l.neg, vals(np, nn), l.schema, EXPONENTIAL_SCHEMA_MAX, false, FLOAT_OPS);
    if (typeof q === 'string') return q;
    writeHead(out, t, hint, EXPONENTIAL_SCHEMA_MAX, l, st, p.spans, q.spans);
    writeBigs(out, p.buckets.map(floatToBits));
    writeBigs(out, q.buckets.map(floatToBits));
  } else {
    writeHead(out, t, hint, l.schema, l, st, l.pos, l.neg);
    out.u32(np);
    for (let j = 0; j < np; j++) out.u64(st[FIRST_BUCKET + 4 * j], st[FIRST_BUCKET + 4 * j + 1]);
    out.u32(nn);
    for (let j = np; j < np + nn; j++) out.u64(st[FIRST_BUCKET + 4 * j], st[FIRST_BUCKET + 4 * j + 1]);
  }
  writeBigs(out, l.customValues);
  return null;
}

// Called only once nothing can fail: a fixed output that runs out then always means "too
// small", never a half-written record before a decode error (as in the Rust twin).
function writeHead(
  out: ByteOut,
  t: bigint,
  hint: number,
  schema: number,
  l: Layout,
  st: Uint32Array,
  ps: Span[],
  ns: Span[],
): void {
  out.big64(t);
  out.u8(hint);
  out.u32(schema);
  out.big64(l.zeroThreshold);
  out.u64(st[ZCNT], st[ZCNT + 1]);
  out.u64(st[CNT], st[CNT + 1]);
  out.u64(st[SUM], st[SUM + 1]);
  writeSpans(out, ps);
  writeSpans(out, ns);
}

/**
 * Decodes a float histogram chunk (data[start..end) starts with the 3-byte header), appending
 * SampleSet float-histogram records to `out`. Returns the sample count.
 */
export function decodeFloatHistogram(data: Uint8Array, start: number, end: number, out: ByteOut): number {
  if (end - start < 3) {
    throw new EngineError('CORRUPT_BLOCK', `float histogram chunk of ${end - start} bytes has no 3-byte header`);
  }
  const n = (data[start] << 8) | data[start + 1];
  const header = data[start + 2];
  if (n === 0) return 0;
  const br = new BitReader(data, start + 3, end);
  const layout = readLayout(br);
  if (br.err !== null) throw corrupt(br.err, 0, n);
  const np = countSpans(layout.pos);
  const nn = countSpans(layout.neg);
  // Every bucket of the first sample takes 64 bits: bound before allocating.
  if ((np + nn) * 64 > br.remainingBits()) throw corrupt('bucket count exceeds chunk size', 0, n);
  const nv = 3 + np + nn;
  const st = new Uint32Array(4 * nv);

  let t = readVarbitInt(br);
  for (let k = 0; k < nv; k++) {
    br.readBits64(64);
    st[4 * k] = br.hi;
    st[4 * k + 1] = br.lo;
  }
  if (br.err !== null) throw corrupt(br.err, 0, n);
  let e = emit(out, layout, t, counterResetHint(header, 1), st, np, nn);
  if (e !== null) throw corrupt(e, 0, n);

  let tDelta = 0n;
  for (let i = 1; i < n; i++) {
    tDelta = BigInt.asIntN(64, tDelta + readVarbitInt(br));
    t = BigInt.asIntN(64, t + tDelta);
    xorRead(br, st, CNT);
    xorRead(br, st, ZCNT);
    xorRead(br, st, SUM);
    if (!(st[SUM] === STALE_HI && st[SUM + 1] === STALE_LO)) {
      for (let k = 3; k < nv; k++) xorRead(br, st, 4 * k);
    }
    if (br.err !== null) throw corrupt(br.err, i, n);
    e = emit(out, layout, t, counterResetHint(header, i + 1), st, np, nn);
    if (e !== null) throw corrupt(e, i, n);
  }
  return n;
}
