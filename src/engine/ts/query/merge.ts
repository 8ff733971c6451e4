// The chunks of one series gathered from several blocks → the chunks we send, with no sample
// deleted by a tombstone and no sample twice. Twin of native/engine/src/query/merge.rs, which
// documents the rules: overlapping groups by min time; a lone unchanged chunk is sent as stored;
// float chunks that overlap, are partly deleted or are XOR2 are decoded, merged by timestamp
// (earlier block, then earlier chunk, wins) and re-encoded as XOR chunks of at most 120 samples;
// a partly deleted histogram chunk is dropped whole, and in an overlapping group holding a
// histogram chunk only the earliest block's chunks are kept — plus every head chunk (HEAD_SOURCE:
// the head's samples at and after the boundary are in no block; see merge.rs).

import { EngineError } from '../../engine.js';
import { ByteOut } from '../chunkenc/bstream.js';
import { ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2, SAMPLES_PER_CHUNK, encodeXor } from '../chunkenc/chunk.js';
import { decodeXor } from '../chunkenc/xor.js';
import { decodeXor2 } from '../chunkenc/xor2.js';

/** `SrcChunk.block` of a head chunk: after every block, so a block wins every tie. */
export const HEAD_SOURCE = Number.MAX_SAFE_INTEGER;

/** One stored chunk of the series. */
export interface SrcChunk {
  /** Position of the block in the query's block list: lower wins on equal timestamps. */
  block: number;
  minTime: bigint;
  maxTime: bigint;
  encoding: number;
  data: Uint8Array;
  /** Deleted intervals (inclusive) of this series in this block: [lo0, hi0, lo1, hi1, …]. */
  deleted: readonly bigint[];
}

/** One chunk to send. */
export interface OutChunk {
  minTime: bigint;
  maxTime: bigint;
  encoding: number;
  data: Uint8Array;
}

const isFloat = (e: number) => e === ENC_XOR || e === ENC_XOR2;
const isHistogram = (e: number) => e === ENC_HISTOGRAM || e === ENC_FLOAT_HISTOGRAM;

function touchesDeleted(c: SrcChunk): boolean {
  const d = c.deleted;
  for (let i = 0; i < d.length; i += 2) if (d[i] <= c.maxTime && d[i + 1] >= c.minTime) return true;
  return false;
}

function isDeleted(d: readonly bigint[], t: bigint): boolean {
  for (let i = 0; i < d.length; i += 2) if (t >= d[i] && t <= d[i + 1]) return true;
  return false;
}

/** Samples as 16-byte LE records {i64 t, u64 v} with a view for reading t. */
interface Floats {
  bytes: Uint8Array;
  dv: DataView;
  n: number;
}

function floats(bytes: Uint8Array): Floats {
  return { bytes, dv: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), n: bytes.length / 16 };
}

/** The chunk's float samples, deleted ones (and any not after its predecessor) dropped. */
function floatSamples(c: SrcChunk): Floats {
  const raw = new ByteOut(c.data.length * 8 + 64);
  if (c.encoding === ENC_XOR) decodeXor(c.data, 0, c.data.length, raw);
  else decodeXor2(c.data, 0, c.data.length, raw);
  const src = floats(raw.finish());
  const keep = new Uint8Array(src.bytes.length);
  let k = 0;
  let last: bigint | undefined;
  for (let i = 0; i < src.n; i++) {
    const t = src.dv.getBigInt64(16 * i, true);
    if ((last !== undefined && t <= last) || isDeleted(c.deleted, t)) continue;
    last = t;
    keep.set(src.bytes.subarray(16 * i, 16 * i + 16), k);
    k += 16;
  }
  return floats(keep.subarray(0, k));
}

/** Re-encodes float samples as XOR chunks of at most 120 samples. */
function pushEncoded(s: Floats, out: OutChunk[]): void {
  if (s.n === 0) return;
  const list = encodeXor(s.bytes);
  const ldv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  let off = 0;
  for (let first = 0; first < s.n; first += SAMPLES_PER_CHUNK) {
    const last = Math.min(first + SAMPLES_PER_CHUNK, s.n) - 1;
    const len = ldv.getUint32(off + 1, true);
    out.push({
      minTime: s.dv.getBigInt64(16 * first, true),
      maxTime: s.dv.getBigInt64(16 * last, true),
      encoding: ENC_XOR,
      data: list.subarray(off + 5, off + 5 + len),
    });
    off += 5 + len;
  }
}

/** One chunk overlapping nothing else of the series. */
function single(c: SrcChunk, out: OutChunk[]): void {
  const rewrite = touchesDeleted(c) || c.encoding === ENC_XOR2;
  if (!rewrite) {
    out.push({ minTime: c.minTime, maxTime: c.maxTime, encoding: c.encoding, data: c.data });
    return;
  }
  if (isHistogram(c.encoding)) return; // partly deleted histogram chunk: dropped (see merge.rs)
  pushEncoded(floatSamples(c), out);
}

function mergeGroup(group: SrcChunk[], out: OutChunk[]): void {
  if (group.length === 1) {
    single(group[0], out);
    return;
  }
  if (group.some((c) => isHistogram(c.encoding))) {
    let first = group[0].block;
    for (const c of group) if (c.block < first) first = c.block;
    for (const c of group) if (c.block === first || c.block === HEAD_SOURCE) single(c, out);
    return;
  }
  const decoded = group.map(floatSamples);
  const pos = new Array<number>(decoded.length).fill(0);
  let total = 0;
  for (const d of decoded) total += d.n;
  const merged = new Uint8Array(16 * total);
  let m = 0;
  for (;;) {
    let best = -1;
    let bt = 0n;
    for (let k = 0; k < decoded.length; k++) {
      if (pos[k] < decoded[k].n) {
        const t = decoded[k].dv.getBigInt64(16 * pos[k], true);
        // Strict `<`: on a tie the earlier chunk in group order (earlier block) wins.
        if (best < 0 || t < bt) {
          best = k;
          bt = t;
        }
      }
    }
    if (best < 0) break;
    const d = decoded[best];
    merged.set(d.bytes.subarray(16 * pos[best], 16 * pos[best] + 16), m);
    m += 16;
    for (let j = 0; j < decoded.length; j++) {
      while (pos[j] < decoded[j].n && decoded[j].dv.getBigInt64(16 * pos[j], true) === bt) pos[j]++;
    }
  }
  pushEncoded(floats(merged.subarray(0, m)), out);
}

/** Builds the chunks to send for one series; `chunks` in block order, index order within a block. */
export function mergeChunks(chunks: SrcChunk[], out: OutChunk[]): void {
  for (const c of chunks) {
    if (!isFloat(c.encoding) && !isHistogram(c.encoding)) {
      throw new EngineError('CORRUPT_BLOCK', `chunk encoding ${c.encoding} cannot be sent over the StoreAPI`);
    }
  }
  // Array.prototype.sort is stable: equal min times keep block order, then index order.
  const sorted = chunks.slice().sort((a, b) => (a.minTime < b.minTime ? -1 : a.minTime > b.minTime ? 1 : 0));
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    let groupMax = sorted[start].maxTime;
    while (end < sorted.length && sorted[end].minTime <= groupMax) {
      if (sorted[end].maxTime > groupMax) groupMax = sorted[end].maxTime;
      end++;
    }
    mergeGroup(sorted.slice(start, end), out);
    start = end;
  }
}
