// The XOR decode batch both benchmark files time: the chunks of a fixed number of series spread
// evenly over a block, read once through the native engine. engine.bench.ts and micro.bench.ts
// build it the same way, so "XOR decode" means the same bytes in both tables (and, written to a
// file, for the Go and Rust harnesses too).
import { MAX_TIME, MIN_TIME, MatchType, type Block } from '../src/engine/engine.js';

/** Series whose chunks form the XOR decode batch. */
export const DECODE_SERIES = 2_000;

/**
 * Chunk refs of a SeriesSet (layout in src/engine/engine.ts) as ChunkRefs bytes, copied straight
 * from the buffer: this is what a caller does between Block.series and Block.chunks, so it is part
 * of the timed read, and it must not build a JS object per series.
 */
export function chunkRefsOf(set: Uint8Array): { refs: Uint8Array; series: number } {
  const view = new DataView(set.buffer, set.byteOffset, set.byteLength);
  const need = (at: number, n: number): number => {
    if (at + n > set.byteLength) throw new RangeError(`SeriesSet truncated at ${at} (+${n})`);
    return at;
  };
  // Pass 1 finds where each series' chunk metas sit; pass 2 copies their refs.
  const metaRuns: number[] = [];
  let total = 0;
  let pos = 0;
  while (pos < set.byteLength) {
    const nLabels = view.getUint32(need(pos + 4, 4), true);
    pos += 8;
    for (let i = 0; i < 2 * nLabels; i++) pos += 4 + view.getUint32(need(pos, 4), true);
    const nChunks = view.getUint32(need(pos, 4), true);
    need(pos + 4, nChunks * 24);
    metaRuns.push(pos + 4, nChunks);
    total += nChunks;
    pos += 4 + nChunks * 24;
  }
  const refs = new Uint8Array(total * 8);
  let out = 0;
  for (let i = 0; i < metaRuns.length; i += 2) {
    const at = metaRuns[i];
    for (let c = 0; c < metaRuns[i + 1]; c++, out += 8) refs.set(set.subarray(at + c * 24 + 16, at + c * 24 + 24), out);
  }
  return { refs, series: metaRuns.length / 2 };
}

/** The XOR chunks of a ChunkList, as a new ChunkList, and their total sample count. */
export function xorOnly(list: Uint8Array): { list: Uint8Array; chunks: number; samples: number } {
  const view = new DataView(list.buffer, list.byteOffset, list.byteLength);
  const parts: Uint8Array[] = [];
  let samples = 0;
  for (let pos = 0; pos < list.byteLength; ) {
    if (pos + 5 > list.byteLength) throw new RangeError('ChunkList truncated');
    const len = view.getUint32(pos + 1, true);
    if (pos + 5 + len > list.byteLength || len < 2) throw new RangeError('ChunkList truncated');
    if (view.getUint8(pos) === 1) {
      parts.push(list.subarray(pos, pos + 5 + len));
      // Chunk data starts with its sample count, big-endian u16 (as on disk).
      samples += view.getUint16(pos + 5, false);
    }
    pos += 5 + len;
  }
  return { list: Buffer.concat(parts), chunks: parts.length, samples };
}

export interface XorBatch {
  /** ChunkList of XOR chunks only. */
  list: Uint8Array;
  chunks: number;
  samples: number;
  /** Series the chunks came from. */
  series: number;
}

/** The chunks of `seriesCount` series taken at an even stride over all of `block`'s series. */
export function xorBatch(block: Block, seriesCount = DECODE_SERIES): XorBatch {
  const all = block.postings([{ type: MatchType.RE, name: '__name__', value: '.+' }]);
  const stride = Math.max(1, Math.floor(all.length / seriesCount));
  const picked = all.filter((_, i) => i % stride === 0).slice(0, seriesCount);
  const batch = xorOnly(block.chunks(chunkRefsOf(block.series(picked, MIN_TIME, MAX_TIME)).refs));
  return { ...batch, series: picked.length };
}
