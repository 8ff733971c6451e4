// ChunkList ⇄ SampleSet entry points (layouts in src/engine/engine.ts); twin of
// native/engine/src/chunkenc/chunk.rs.
//
// ChunkList: repeated {u8 encoding, u32 LE dataLen, data}. SampleSet: per input chunk
// {u8 kind, u32 LE nSamples, samples}; kind 1 float (XOR and XOR2), 2 histogram,
// 3 float histogram.

import { EngineError } from '../../engine.js';
import { ByteOut, OutputFull } from './bstream.js';
import { decodeFloatHistogram } from './float_histogram.js';
import { decodeHistogram } from './histogram.js';
import { decodeXor, XorAppender } from './xor.js';
import { decodeXor2 } from './xor2.js';
import { decodedSize } from './size.js';

export const ENC_XOR = 1;
export const ENC_HISTOGRAM = 2;
export const ENC_FLOAT_HISTOGRAM = 3;
export const ENC_XOR2 = 4;

/** Samples per chunk written by `encodeXor` (Prometheus's head target, in input order). */
export const SAMPLES_PER_CHUNK = 120;

function encodingName(e: number): string {
  switch (e) {
    case 0:
      return 'none (0)';
    case 5:
      return 'HISTOGRAM_ST (5)';
    case 6:
      return 'FLOAT_HISTOGRAM_ST (6)';
    default:
      return `unknown (${e})`;
  }
}

/** Decodes every chunk of a ChunkList into one SampleSet. */
export function decodeChunks(list: Uint8Array): Uint8Array {
  // One right-sized allocation instead of repeated growth: typed-array allocation and copying
  // cost more than decoding a small chunk.
  const out = new ByteOut(decodedSize(list));
  decodeList(list, out);
  return out.finish();
}

/**
 * Decodes every chunk of a ChunkList into `out` (a caller-owned, reusable buffer) from its
 * start and returns the SampleSet length written, byte-identical to `decodeChunks`. A buffer of
 * `decodedSize(list)` bytes always fits; a smaller one that turns out too small (or one
 * overlapping `list`) gives INVALID_ARGUMENT, and nothing is written past its end.
 */
export function decodeChunksInto(list: Uint8Array, out: Uint8Array): number {
  if (
    list.buffer === out.buffer &&
    list.length > 0 &&
    out.length > 0 &&
    list.byteOffset < out.byteOffset + out.byteLength &&
    out.byteOffset < list.byteOffset + list.byteLength
  ) {
    throw new EngineError('INVALID_ARGUMENT', 'decodeChunksInto: output buffer overlaps the chunk list');
  }
  const sink = ByteOut.over(out);
  try {
    decodeList(list, sink);
  } catch (e) {
    if (e instanceof OutputFull) throw tooSmall(out.length, list);
    throw e;
  }
  return sink.len;
}

/** The error of an output buffer that cannot hold the SampleSet (same text in the Rust twin). */
function tooSmall(cap: number, list: Uint8Array): EngineError {
  return new EngineError(
    'INVALID_ARGUMENT',
    `decodeChunksInto: output buffer of ${cap} bytes is too small; these chunks decode to at most ${decodedSize(list)} bytes (decodedSize)`,
  );
}

function decodeList(list: Uint8Array, out: ByteOut): void {
  const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  let off = 0;
  let idx = 0;
  while (off < list.length) {
    if (list.length - off < 5) {
      throw new EngineError('INVALID_ARGUMENT', `chunk list: truncated entry header at byte ${off}`);
    }
    const enc = list[off];
    const len = dv.getUint32(off + 1, true);
    off += 5;
    if (len > list.length - off) {
      throw new EngineError('INVALID_ARGUMENT', `chunk list: entry ${idx} needs ${len} bytes, ${list.length - off} left`);
    }
    const start = off;
    const end = off + len;
    off = end;

    let kind: number;
    if (enc === ENC_XOR || enc === ENC_XOR2) kind = 1;
    else if (enc === ENC_HISTOGRAM) kind = 2;
    else if (enc === ENC_FLOAT_HISTOGRAM) kind = 3;
    else {
      throw new EngineError(
        'INVALID_ARGUMENT',
        `chunk list: entry ${idx} has unsupported chunk encoding ${encodingName(enc)}`,
      );
    }
    out.u8(kind);
    const countAt = out.len;
    out.u32(0);
    let n: number;
    try {
      if (enc === ENC_XOR) n = decodeXor(list, start, end, out);
      else if (enc === ENC_XOR2) n = decodeXor2(list, start, end, out);
      else if (enc === ENC_HISTOGRAM) n = decodeHistogram(list, start, end, out);
      else n = decodeFloatHistogram(list, start, end, out);
    } catch (e) {
      if (e instanceof EngineError) throw new EngineError(e.code, `chunk data: chunk ${idx}: ${e.message}`);
      throw e;
    }
    out.dv.setUint32(countAt, n, true);
    idx++;
  }
}

/**
 * Encodes float samples {i64 t, f64 v}* (LE) into a ChunkList of XOR chunks, a new chunk every
 * SAMPLES_PER_CHUNK samples, bit-identical to Prometheus's XOR appender.
 */
export function encodeXor(buf: Uint8Array): Uint8Array {
  if (buf.length % 16 !== 0) {
    throw new EngineError('INVALID_ARGUMENT', `float samples: length ${buf.length} is not a multiple of 16`);
  }
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const n = buf.length / 16;
  const out = new ByteOut(n * 3 + 16);
  for (let first = 0; first < n; first += SAMPLES_PER_CHUNK) {
    const app = new XorAppender();
    const last = Math.min(first + SAMPLES_PER_CHUNK, n);
    for (let i = first; i < last; i++) {
      const o = 16 * i;
      app.append(dv.getInt32(o + 4, true), dv.getUint32(o, true), dv.getUint32(o + 12, true), dv.getUint32(o + 8, true));
    }
    const data = app.finish();
    out.u8(ENC_XOR);
    out.u32(data.length);
    out.bytes(data);
  }
  return out.finish();
}
