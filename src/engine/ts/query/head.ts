// The head part of a Series request: a HeadSeriesSet (layout in src/engine/engine.ts), already
// trimmed to start at the head/block boundary by the query worker. Twin of
// native/engine/src/query/head.rs: parsed once when the cursor starts, chunk bytes and labels are
// views into the one buffer; bad bytes are the caller's fault (INVALID_ARGUMENT); series must be
// strictly ascending by label set and labels strictly ascending by name.

import { EngineError } from '../../engine.js';
import { compareBytes } from '../tsdb/index.js';
import { compareLabels, type Label } from './order.js';

export interface HeadChunk {
  minTime: bigint;
  maxTime: bigint;
  encoding: number;
  data: Uint8Array;
}

export interface HeadSeries {
  labels: Label[];
  chunks: HeadChunk[];
}

function invalid(msg: string): EngineError {
  return new EngineError('INVALID_ARGUMENT', `head series: ${msg}`);
}

/** Parses a HeadSeriesSet; the result's labels and chunk data are views into `buf`. */
export function parseHeadSet(buf: Uint8Array): HeadSeries[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: HeadSeries[] = [];
  let off = 0;
  const take = (n: number, what: string): number => {
    if (n > buf.length - off) throw invalid(`HeadSeriesSet truncated at byte ${off}: ${what} needs ${n} bytes`);
    const at = off;
    off += n;
    return at;
  };
  const u32 = (what: string): number => dv.getUint32(take(4, what), true);
  const bytes = (what: string): Uint8Array => {
    const n = u32(what);
    const at = take(n, what);
    return buf.subarray(at, at + n);
  };
  while (off < buf.length) {
    const at = off;
    const nLabels = u32('label count');
    // Each label needs at least 8 bytes: a count beyond that is corrupt, not a huge allocation.
    if (nLabels > Math.floor((buf.length - off) / 8)) throw invalid(`series at byte ${at}: ${nLabels} labels do not fit in the buffer`);
    const labels: Label[] = [];
    for (let i = 0; i < nLabels; i++) {
      const name = bytes('label name');
      labels.push([name, bytes('label value')]);
    }
    const nChunks = u32('chunk count');
    if (nChunks > Math.floor((buf.length - off) / 21)) throw invalid(`series at byte ${at}: ${nChunks} chunks do not fit in the buffer`);
    const chunks: HeadChunk[] = [];
    for (let i = 0; i < nChunks; i++) {
      const minTime = dv.getBigInt64(take(8, 'chunk minTime'), true);
      const maxTime = dv.getBigInt64(take(8, 'chunk maxTime'), true);
      const encoding = buf[take(1, 'chunk encoding')];
      const len = u32('chunk length');
      const d = take(len, 'chunk data');
      chunks.push({ minTime, maxTime, encoding, data: buf.subarray(d, d + len) });
    }
    for (let i = 1; i < labels.length; i++) {
      if (compareBytes(labels[i - 1][0], labels[i][0]) >= 0) throw invalid(`series at byte ${at}: labels not strictly sorted by name`);
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && compareLabels(prev.labels, labels) >= 0) {
      throw invalid(`series at byte ${at}: not after the previous series in label order`);
    }
    out.push({ labels, chunks });
  }
  return out;
}
