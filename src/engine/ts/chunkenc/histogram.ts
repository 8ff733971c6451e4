// Integer histogram chunks (encoding 2), decode only (Prometheus `histogram.go`); twin of
// native/engine/src/chunkenc/histogram.rs, where the sample layout is described.
// Integer state is BigInt with explicit 64-bit wrapping: counts and buckets are u64/i64.

import { EngineError } from '../../engine.js';
import { BitReader, type ByteOut } from './bstream.js';
import {
  counterResetHint,
  countSpans,
  EXPONENTIAL_SCHEMA_MAX,
  INT_OPS,
  readLayout,
  reduceResolution,
  writeBigs,
  writeSpans,
  writeStale,
  type Layout,
} from './histogram_meta.js';
import { readVarbitInt, readVarbitUint } from './varbit.js';
import { xorRead } from './xor.js';

const STALE_NAN = 0x7ff0000000000002n;

function corrupt(what: string, i: number, n: number): EngineError {
  return new EngineError('CORRUPT_BLOCK', `histogram chunk: ${what} at sample ${i} of ${n}`);
}

const wrapI = (x: bigint): bigint => BigInt.asIntN(64, x);
const wrapU = (x: bigint): bigint => BigInt.asUintN(64, x);

function emit(
  out: ByteOut,
  l: Layout,
  t: bigint,
  hint: number,
  cnt: bigint,
  zcnt: bigint,
  sum: bigint,
  pos: bigint[],
  neg: bigint[],
): string | null {
  if (sum === STALE_NAN) {
    writeStale(out, t, sum);
    return null;
  }
  let schema = l.schema;
  let ps = l.pos;
  let ns = l.neg;
  let pb = pos;
  let nb = neg;
  if (schema > EXPONENTIAL_SCHEMA_MAX) {
    // Schemas 9..52 are read but reported at schema 8 (Prometheus AtHistogram).
    const p = reduceResolution(ps, pb, schema, EXPONENTIAL_SCHEMA_MAX, true, INT_OPS);
    if (typeof p === 'string') return p;
    const q = reduceResolution(ns, nb, schema, EXPONENTIAL_SCHEMA_MAX, true, INT_OPS);
    if (typeof q === 'string') return q;
    ({ spans: ps, buckets: pb } = p);
    ({ spans: ns, buckets: nb } = q);
    schema = EXPONENTIAL_SCHEMA_MAX;
  }
  out.big64(t);
  out.u8(hint);
  out.u32(schema);
  out.big64(l.zeroThreshold);
  out.big64(zcnt);
  out.big64(cnt);
  out.big64(sum);
  writeSpans(out, ps);
  writeSpans(out, ns);
  writeBigs(out, pb);
  writeBigs(out, nb);
  writeBigs(out, l.customValues);
  return null;
}

/**
 * Decodes a histogram chunk (data[start..end) starts with the 3-byte header), appending
 * SampleSet histogram records to `out`. Returns the sample count.
 */
export function decodeHistogram(data: Uint8Array, start: number, end: number, out: ByteOut): number {
  if (end - start < 3) {
    throw new EngineError('CORRUPT_BLOCK', `histogram chunk of ${end - start} bytes has no 3-byte header`);
  }
  const n = (data[start] << 8) | data[start + 1];
  const header = data[start + 2];
  if (n === 0) return 0;
  const br = new BitReader(data, start + 3, end);
  const layout = readLayout(br);
  if (br.err !== null) throw corrupt(br.err, 0, n);
  const np = countSpans(layout.pos);
  const nn = countSpans(layout.neg);
  // Every bucket of the first sample takes at least one bit: bound before allocating.
  if (np + nn > br.remainingBits()) throw corrupt('bucket count exceeds chunk size', 0, n);
  const pos = new Array<bigint>(np).fill(0n);
  const neg = new Array<bigint>(nn).fill(0n);
  const posDod = new Array<bigint>(np).fill(0n);
  const negDod = new Array<bigint>(nn).fill(0n);

  let t = readVarbitInt(br);
  let cnt = readVarbitUint(br);
  let zcnt = readVarbitUint(br);
  const sum = new Uint32Array(4); // XOR state: hi, lo, leading, trailing
  br.readBits64(64);
  sum[0] = br.hi;
  sum[1] = br.lo;
  for (let i = 0; i < np; i++) pos[i] = readVarbitInt(br);
  for (let i = 0; i < nn; i++) neg[i] = readVarbitInt(br);
  if (br.err !== null) throw corrupt(br.err, 0, n);
  const sumBits = (): bigint => (BigInt(sum[0]) << 32n) | BigInt(sum[1]);
  let e = emit(out, layout, t, counterResetHint(header, 1), cnt, zcnt, sumBits(), pos, neg);
  if (e !== null) throw corrupt(e, 0, n);

  let tDelta = 0n;
  let cntDelta = 0n;
  let zcntDelta = 0n;
  for (let i = 1; i < n; i++) {
    tDelta = wrapI(tDelta + readVarbitInt(br));
    t = wrapI(t + tDelta);
    cntDelta = wrapI(cntDelta + readVarbitInt(br));
    cnt = wrapU(cnt + cntDelta);
    zcntDelta = wrapI(zcntDelta + readVarbitInt(br));
    zcnt = wrapU(zcnt + zcntDelta);
    xorRead(br, sum, 0);
    const s = sumBits();
    if (s !== STALE_NAN) {
      for (let j = 0; j < np; j++) {
        posDod[j] = wrapI(posDod[j] + readVarbitInt(br));
        pos[j] = wrapI(pos[j] + posDod[j]);
      }
      for (let j = 0; j < nn; j++) {
        negDod[j] = wrapI(negDod[j] + readVarbitInt(br));
        neg[j] = wrapI(neg[j] + negDod[j]);
      }
    }
    if (br.err !== null) throw corrupt(br.err, i, n);
    e = emit(out, layout, t, counterResetHint(header, i + 1), cnt, zcnt, s, pos, neg);
    if (e !== null) throw corrupt(e, i, n);
  }
  return n;
}
