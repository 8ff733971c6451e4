// Hand-written decoders for the two remote-read responses (field numbers: shared/spec/storeapi.md
// §5.1; prometheus prompb/remote.proto, prompb/types.proto). The generated protobufjs code in
// src/gen would build a Long per int64 and an object per sample; these read straight from the
// bytes with the engine's sticky-error Decbuf, keep chunk data as views (no copy), and write SAMPLES
// values as raw little-endian float64 bits so stale-marker NaNs survive exactly.

import { Decbuf, decodeUtf8 } from '../engine/ts/encoding.js';
import type { LabelPair } from './client.js';
import type { HeadChunk } from './head-series.js';

export class ProtoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtoError';
  }
}

const WT_VARINT = 0;
const WT_I64 = 1;
const WT_LEN = 2;
const WT_I32 = 5;

/** Skips one field's value of wire type `wt`. */
function skipField(d: Decbuf, wt: number, what: string): void {
  switch (wt) {
    case WT_VARINT:
      d.uvarint64();
      return;
    case WT_I64:
      d.skip(8);
      return;
    case WT_LEN:
      d.skip(d.uvarint());
      return;
    case WT_I32:
      d.skip(4);
      return;
    default:
      throw new ProtoError(`${what}: unsupported wire type ${wt}`);
  }
}

/** A proto int64 (two's complement in a uvarint) as a number; beyond ±2^53 is an error. */
function int64(d: Decbuf, what: string): number {
  const v = d.uvarintSafe();
  if (v >= 0) return v;
  const big = BigInt.asIntN(64, d.uvarint64());
  if (big > BigInt(Number.MAX_SAFE_INTEGER) || big < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ProtoError(`${what}: int64 ${big} is outside the supported range`);
  }
  return Number(big);
}

/** A length-delimited field as a Decbuf over its bytes (sharing the buffer). */
function sub(d: Decbuf): Decbuf {
  const b = d.uvarintBytes();
  return new Decbuf(d.b, b.byteOffset - d.b.byteOffset, b.byteOffset - d.b.byteOffset + b.length, d.err);
}

function check(d: Decbuf, what: string): void {
  if (d.err !== null) throw new ProtoError(`${what}: ${d.err}`);
}

function decodeLabel(d: Decbuf): LabelPair {
  let name = '';
  let value = '';
  while (d.len() > 0 && d.err === null) {
    const tag = d.uvarint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === WT_LEN) name = decodeUtf8(d.uvarintBytes());
    else if (f === 2 && wt === WT_LEN) value = decodeUtf8(d.uvarintBytes());
    else skipField(d, wt, 'Label');
  }
  check(d, 'Label');
  return [name, value];
}

function decodeChunk(d: Decbuf): HeadChunk {
  const c: HeadChunk = { minTime: 0, maxTime: 0, encoding: 0, data: new Uint8Array(0) };
  while (d.len() > 0 && d.err === null) {
    const tag = d.uvarint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === WT_VARINT) c.minTime = int64(d, 'Chunk.min_time_ms');
    else if (f === 2 && wt === WT_VARINT) c.maxTime = int64(d, 'Chunk.max_time_ms');
    else if (f === 3 && wt === WT_VARINT) c.encoding = d.uvarint32();
    else if (f === 4 && wt === WT_LEN) c.data = d.uvarintBytes();
    else skipField(d, wt, 'Chunk');
  }
  check(d, 'Chunk');
  return c;
}

export interface ChunkedSeries {
  /** Labels exactly as received (Prometheus's external labels merged in). */
  labels: LabelPair[];
  chunks: HeadChunk[];
}

export interface ChunkedReadResponse {
  series: ChunkedSeries[];
  queryIndex: number;
}

/** Decodes one frame's ChunkedReadResponse. Chunk data are views into `frame`. */
export function decodeChunkedReadResponse(frame: Uint8Array): ChunkedReadResponse {
  const d = new Decbuf(frame);
  const out: ChunkedReadResponse = { series: [], queryIndex: 0 };
  while (d.len() > 0 && d.err === null) {
    const tag = d.uvarint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === WT_LEN) {
      const s = sub(d);
      const series: ChunkedSeries = { labels: [], chunks: [] };
      while (s.len() > 0 && s.err === null) {
        const t = s.uvarint();
        const sf = Math.floor(t / 8);
        const swt = t & 7;
        if (sf === 1 && swt === WT_LEN) series.labels.push(decodeLabel(sub(s)));
        else if (sf === 2 && swt === WT_LEN) series.chunks.push(decodeChunk(sub(s)));
        else skipField(s, swt, 'ChunkedSeries');
      }
      check(s, 'ChunkedSeries');
      out.series.push(series);
    } else if (f === 2 && wt === WT_VARINT) {
      out.queryIndex = int64(d, 'ChunkedReadResponse.query_index');
    } else skipField(d, wt, 'ChunkedReadResponse');
  }
  check(d, 'ChunkedReadResponse');
  return out;
}

export interface SampleSeries {
  /** Labels exactly as received. */
  labels: LabelPair[];
  /** Float samples as {i64 t, f64 v} little-endian records (the engine's encodeXor input). */
  samples: Uint8Array;
  /** Number of native-histogram samples the series carried (we cannot re-encode those). */
  histograms: number;
}

const TWO_32 = 2 ** 32;

/** Decodes an (already snappy-decoded) ReadResponse. Returns one list of series per query result. */
export function decodeReadResponse(buf: Uint8Array): SampleSeries[][] {
  const d = new Decbuf(buf);
  const results: SampleSeries[][] = [];
  while (d.len() > 0 && d.err === null) {
    const tag = d.uvarint();
    if (tag !== ((1 << 3) | WT_LEN)) {
      skipField(d, tag & 7, 'ReadResponse');
      continue;
    }
    const qr = sub(d);
    const list: SampleSeries[] = [];
    while (qr.len() > 0 && qr.err === null) {
      const t = qr.uvarint();
      if (t !== ((1 << 3) | WT_LEN)) {
        skipField(qr, t & 7, 'QueryResult');
        continue;
      }
      list.push(decodeTimeSeries(sub(qr)));
    }
    check(qr, 'QueryResult');
    results.push(list);
  }
  check(d, 'ReadResponse');
  return results;
}

function decodeTimeSeries(ts: Decbuf): SampleSeries {
  const labels: LabelPair[] = [];
  const sampleBufs: Decbuf[] = [];
  let histograms = 0;
  while (ts.len() > 0 && ts.err === null) {
    const tag = ts.uvarint();
    const f = Math.floor(tag / 8);
    const wt = tag & 7;
    if (f === 1 && wt === WT_LEN) labels.push(decodeLabel(sub(ts)));
    else if (f === 2 && wt === WT_LEN) sampleBufs.push(sub(ts));
    else if (f === 4 && wt === WT_LEN) {
      histograms++;
      sub(ts);
    } else skipField(ts, wt, 'TimeSeries');
  }
  check(ts, 'TimeSeries');
  const samples = new Uint8Array(sampleBufs.length * 16);
  const dv = new DataView(samples.buffer);
  sampleBufs.forEach((s, i) => {
    let t = 0;
    const o = i * 16;
    while (s.len() > 0 && s.err === null) {
      const tag = s.uvarint();
      const f = Math.floor(tag / 8);
      const wt = tag & 7;
      if (f === 1 && wt === WT_I64) {
        // double is fixed64 little-endian on the wire: copy the 8 bytes, keeping NaN payloads.
        if (s.len() < 8) s.skip(8);
        else {
          samples.set(s.b.subarray(s.pos, s.pos + 8), o + 8);
          s.skip(8);
        }
      } else if (f === 2 && wt === WT_VARINT) t = int64(s, 'Sample.timestamp');
      else skipField(s, wt, 'Sample');
    }
    check(s, 'Sample');
    const hi = Math.floor(t / TWO_32);
    dv.setUint32(o, t - hi * TWO_32, true);
    dv.setInt32(o + 4, hi, true);
  });
  return { labels, samples, histograms };
}
