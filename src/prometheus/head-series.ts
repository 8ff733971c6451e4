// Head series as remote read delivers them, and their compact byte form for the engine.
//
// HeadSeriesSet — a batch of head series, every multi-byte integer LITTLE-endian. The engine's
// Series cursor reads it (Engine.querySeries `head`); src/engine/engine.ts holds the contract
// copy of this layout, which is authoritative:
//
//   repeated until the end of the buffer, one record per series, in label order:
//     u32 nLabels
//     nLabels × { u32 nameLen, name (UTF-8), u32 valueLen, value (UTF-8) }   labels sorted by name
//     u32 nChunks
//     nChunks × { i64 minTime, i64 maxTime, u8 encoding, u32 dataLen, data }
//
//   minTime/maxTime: inclusive ms bounds of the chunk's samples.
//   encoding: Prometheus chunk-file numbering — 1 XOR, 2 HISTOGRAM, 3 FLOAT_HISTOGRAM.
//   data: the chunk bytes exactly as Prometheus stores them (starting with the 2-byte big-endian
//         sample count), i.e. the same bytes a block's chunk segment holds for that chunk.
//
// A series with no chunks is not written. Labels are the series' own (stored) labels: Prometheus's
// external labels, which remote read merges in, have already been taken off (remote-read.ts).

import type { LabelPair } from './client.js';

export interface HeadChunk {
  /** Inclusive ms bounds. */
  minTime: number;
  maxTime: number;
  /** 1 XOR, 2 HISTOGRAM, 3 FLOAT_HISTOGRAM (Prometheus numbering). */
  encoding: number;
  data: Uint8Array;
}

export interface HeadSeries {
  /** Sorted by name, unique names. */
  labels: LabelPair[];
  /** In start-time order; they may overlap (Prometheus's head may hold overlapping chunks). */
  chunks: HeadChunk[];
}

const TWO_32 = 2 ** 32;
const utf8 = new TextEncoder();
const utf8Dec = new TextDecoder('utf-8', { ignoreBOM: true });

function setI64(dv: DataView, off: number, v: number): void {
  // Floor division keeps negative values in two's complement without BigInt.
  const hi = Math.floor(v / TWO_32);
  dv.setUint32(off, v - hi * TWO_32, true);
  dv.setInt32(off + 4, hi, true);
}

function getI64(dv: DataView, off: number): number {
  return dv.getInt32(off + 4, true) * TWO_32 + dv.getUint32(off, true);
}

/** Serialises head series into one HeadSeriesSet buffer (layout above). */
export function serializeHeadSeries(series: readonly HeadSeries[]): Uint8Array {
  // Pass 1 sizes the buffer exactly, so pass 2 writes without growth or copies.
  const encoded: Uint8Array[][] = [];
  let size = 0;
  for (const s of series) {
    if (s.chunks.length === 0) {
      encoded.push([]);
      continue;
    }
    const labels = s.labels.flatMap(([n, v]) => [utf8.encode(n), utf8.encode(v)]);
    encoded.push(labels);
    size += 8;
    for (const l of labels) size += 4 + l.length;
    for (const c of s.chunks) size += 21 + c.data.length;
  }
  const out = new Uint8Array(size);
  const dv = new DataView(out.buffer);
  let off = 0;
  series.forEach((s, i) => {
    if (s.chunks.length === 0) return;
    const labels = encoded[i];
    dv.setUint32(off, labels.length / 2, true);
    off += 4;
    for (const l of labels) {
      dv.setUint32(off, l.length, true);
      out.set(l, off + 4);
      off += 4 + l.length;
    }
    dv.setUint32(off, s.chunks.length, true);
    off += 4;
    for (const c of s.chunks) {
      setI64(dv, off, c.minTime);
      setI64(dv, off + 8, c.maxTime);
      out[off + 16] = c.encoding;
      dv.setUint32(off + 17, c.data.length, true);
      out.set(c.data, off + 21);
      off += 21 + c.data.length;
    }
  });
  return out;
}

/** Parses a HeadSeriesSet (tests and tools; chunk data are views into `buf`). */
export function parseHeadSeriesSet(buf: Uint8Array): HeadSeries[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: HeadSeries[] = [];
  let off = 0;
  const need = (n: number): void => {
    if (n > buf.length - off) throw new RangeError(`HeadSeriesSet truncated at byte ${off} (need ${n})`);
  };
  const str = (): string => {
    need(4);
    const n = dv.getUint32(off, true);
    off += 4;
    need(n);
    const s = utf8Dec.decode(buf.subarray(off, off + n));
    off += n;
    return s;
  };
  while (off < buf.length) {
    need(4);
    const nl = dv.getUint32(off, true);
    off += 4;
    const labels: LabelPair[] = [];
    for (let i = 0; i < nl; i++) labels.push([str(), str()]);
    need(4);
    const nc = dv.getUint32(off, true);
    off += 4;
    const chunks: HeadChunk[] = [];
    for (let i = 0; i < nc; i++) {
      need(21);
      const minTime = getI64(dv, off);
      const maxTime = getI64(dv, off + 8);
      const encoding = buf[off + 16];
      const len = dv.getUint32(off + 17, true);
      off += 21;
      need(len);
      chunks.push({ minTime, maxTime, encoding, data: buf.subarray(off, off + len) });
      off += len;
    }
    out.push({ labels, chunks });
  }
  return out;
}
