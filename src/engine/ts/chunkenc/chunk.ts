// ChunkList ⇄ SampleSet entry points (layouts in src/engine/engine.ts); twin of
// native/engine/src/chunkenc/chunk.rs.
//
// ChunkList: repeated {u8 encoding, u32 LE dataLen, data}. SampleSet: per input chunk
// {u8 kind, u32 LE nSamples, samples}; kind 1 float (XOR and XOR2), 2 histogram,
// 3 float histogram.

import { EngineError } from '../../engine.js';
import { ByteOut } from './bstream.js';
import { decodeFloatHistogram } from './float_histogram.js';
import { decodeHistogram } from './histogram.js';
import { decodeXor, XorAppender } from './xor.js';
import { decodeXor2 } from './xor2.js';

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

/**
 * Output size from the chunk headers: exact for float chunks (16 bytes a sample), a guess for
 * histograms. One right-sized allocation instead of repeated growth: typed-array allocation and
 * copying cost more than decoding a small chunk.
 */
function outputSizeHint(list: Uint8Array, dv: DataView): number {
  let size = 0;
  for (let off = 0; off + 5 <= list.length; ) {
    const len = dv.getUint32(off + 1, true);
    const enc = list[off];
    const n = len >= 2 && off + 7 <= list.length ? (list[off + 5] << 8) | list[off + 6] : 0;
    size += 5 + (enc === ENC_XOR || enc === ENC_XOR2 ? 16 * n : 8 * len + 64 * n);
    off += 5 + len;
  }
  return size;
}

/** Decodes every chunk of a ChunkList into one SampleSet. */
export function decodeChunks(list: Uint8Array): Uint8Array {
  const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  const out = new ByteOut(outputSizeHint(list, dv));
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
  return out.finish();
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
