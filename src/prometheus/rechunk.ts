// Chunk ⇄ sample helpers over the Engine (decodeChunks / encodeXor), shared by the SAMPLES fallback
// of remote read and by the head/block boundary trim. One engine call per chunk or per series —
// these paths handle at most a few chunks per series (fallback mode, boundary chunks), so the
// per-call cost does not matter; the streamed path passes chunk bytes through untouched.

import type { Engine } from '../engine/engine.js';
import type { HeadChunk } from './head-series.js';

export const ENC_XOR = 1;
export const ENC_HISTOGRAM = 2;
export const ENC_FLOAT_HISTOGRAM = 3;
export const ENC_XOR2 = 4;

const TWO_32 = 2 ** 32;

/** i64 little-endian at `off` as a number (exact within ±2^53). */
export function i64At(dv: DataView, off: number): number {
  return dv.getInt32(off + 4, true) * TWO_32 + dv.getUint32(off, true);
}

/** Wraps one chunk as a single-entry ChunkList (the engine's input layout). */
export function chunkListOf(encoding: number, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(5 + data.length);
  out[0] = encoding;
  new DataView(out.buffer).setUint32(1, data.length, true);
  out.set(data, 5);
  return out;
}

/**
 * Float samples {i64 t, f64 v}* (time-ordered) → XOR chunks via the engine, with each chunk's
 * min/max time taken from its own samples (the chunk's 2-byte count header says which).
 */
export function xorChunksFromSamples(engine: Engine, samples: Uint8Array): HeadChunk[] {
  if (samples.length === 0) return [];
  const list = engine.encodeXor(samples);
  const sdv = new DataView(samples.buffer, samples.byteOffset, samples.byteLength);
  const ldv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  const out: HeadChunk[] = [];
  let first = 0;
  for (let off = 0; off < list.length; ) {
    const len = ldv.getUint32(off + 1, true);
    const data = list.subarray(off + 5, off + 5 + len);
    const n = (data[0] << 8) | data[1];
    if (n === 0 || (first + n) * 16 > samples.length) {
      throw new Error(`encodeXor returned a chunk of ${n} samples at sample ${first} of ${samples.length / 16}`);
    }
    out.push({ minTime: i64At(sdv, first * 16), maxTime: i64At(sdv, (first + n - 1) * 16), encoding: ENC_XOR, data });
    first += n;
    off += 5 + len;
  }
  if (first * 16 !== samples.length) throw new Error(`encodeXor covered ${first} of ${samples.length / 16} samples`);
  return out;
}

export interface DecodedChunk {
  /** SampleSet kind: 1 float, 2 histogram, 3 float histogram. */
  kind: number;
  count: number;
  /** Sample records of the SampleSet (after the 5-byte kind/count header). */
  records: Uint8Array;
}

/** Decodes one chunk with the engine. */
export function decodeOne(engine: Engine, chunk: HeadChunk): DecodedChunk {
  const set = engine.decodeChunks(chunkListOf(chunk.encoding, chunk.data));
  if (set.length < 5) throw new Error(`decodeChunks returned ${set.length} bytes for one chunk`);
  const dv = new DataView(set.buffer, set.byteOffset, set.byteLength);
  return { kind: set[0], count: dv.getUint32(1, true), records: set.subarray(5) };
}

/**
 * Float records {i64 t, f64 v}* kept where lo ≤ t ≤ hi, as a new buffer (raw value bits preserved).
 * Returns the input itself when every sample is kept.
 */
export function filterFloatRecords(records: Uint8Array, lo: number, hi: number): Uint8Array {
  const dv = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const n = records.length / 16;
  let a = 0;
  while (a < n && i64At(dv, a * 16) < lo) a++;
  let b = a;
  while (b < n && i64At(dv, b * 16) <= hi) b++;
  // Samples are time-ordered within a chunk, so the kept ones form one run [a, b).
  if (a === 0 && b === n) return records;
  return records.slice(a * 16, b * 16);
}

/**
 * Timestamps of a histogram SampleSet record run. Histogram records are variable-length, so this
 * walks their layout (src/engine/engine.ts, SampleSet) just far enough to find each `t`. Integer
 * and float histograms have the same record sizes (8-byte counts and buckets in both).
 */
export function histogramTimes(records: Uint8Array, count: number): number[] {
  const dv = new DataView(records.buffer, records.byteOffset, records.byteLength);
  const times: number[] = [];
  let off = 0;
  for (let i = 0; i < count; i++) {
    times.push(i64At(dv, off));
    // t, hint, schema, zeroThreshold, zeroCount, count, sum
    off += 8 + 1 + 4 + 8 + 8 + 8 + 8;
    for (let s = 0; s < 2; s++) off += 4 + 8 * dv.getUint32(off, true); // pos/neg spans {i32, u32}
    for (let s = 0; s < 2; s++) off += 4 + 8 * dv.getUint32(off, true); // pos/neg buckets (i64 or f64)
    off += 4 + 8 * dv.getUint32(off, true); // custom values
    if (off > records.length) throw new Error(`histogram SampleSet overruns its ${records.length} bytes`);
  }
  return times;
}
