// `decodedSize`: how many SampleSet bytes a ChunkList decodes to at most, from the chunk headers
// (and, for histograms, the chunk layout) without decoding a sample; twin of
// native/engine/src/chunkenc/size.rs, where the bound is argued. It sizes one reusable output
// buffer for `decodeChunksInto`. Exact for float chunks; entries the decoder would refuse count
// as their 5-byte header only.

import { BitReader } from './bstream.js';
import { countSpans, readLayout } from './histogram_meta.js';

const ENC_XOR = 1;
const ENC_HISTOGRAM = 2;
const ENC_FLOAT_HISTOGRAM = 3;
const ENC_XOR2 = 4;

/** i64 t, u8 hint, i32 schema, zero threshold, zero count, count, sum, five u32 list counts. */
const HISTOGRAM_RECORD_FIXED = 8 + 1 + 4 + 8 + 8 + 8 + 8 + 5 * 4;

/** Upper bound of the SampleSet bytes `decodeChunks(list)` returns (exact for float chunks). */
export function decodedSize(list: Uint8Array): number {
  const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  let size = 0;
  let off = 0;
  while (list.length - off >= 5) {
    const enc = list[off];
    const len = dv.getUint32(off + 1, true);
    off += 5;
    const end = off + Math.min(len, list.length - off);
    size += 5 + chunkBound(enc, list, off, end);
    off = end;
  }
  return size;
}

function chunkBound(enc: number, data: Uint8Array, start: number, end: number): number {
  if (end - start < 2) return 0;
  const n = (data[start] << 8) | data[start + 1];
  if (enc === ENC_XOR || enc === ENC_XOR2) return 16 * n;
  if ((enc === ENC_HISTOGRAM || enc === ENC_FLOAT_HISTOGRAM) && n > 0 && end - start >= 3) {
    return n * histogramRecordBound(enc, data, start + 3, end);
  }
  return 0;
}

/** Largest record of a histogram chunk whose layout starts at `start`; 0 when the decoder would refuse it. */
function histogramRecordBound(enc: number, data: Uint8Array, start: number, end: number): number {
  const br = new BitReader(data, start, end);
  const l = readLayout(br);
  if (br.err !== null) return 0;
  const buckets = countSpans(l.pos) + countSpans(l.neg);
  // The decoders' own first-sample bound: a bucket takes at least 1 bit (integer) or 64 (float).
  const minBits = enc === ENC_HISTOGRAM ? buckets : buckets * 64;
  if (minBits > br.remainingBits()) return 0;
  return HISTOGRAM_RECORD_FIXED + 8 * (l.pos.length + l.neg.length + l.customValues.length + buckets);
}
