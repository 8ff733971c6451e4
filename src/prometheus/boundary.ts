// The exact head/block boundary. Persisted blocks serve every sample with t < B, where B is the
// newest persisted block's maxTime (exclusive, so B is the first millisecond left to the head);
// remote read serves the rest. A streamed chunk may start before B: its samples below B are also in
// a block. (Prometheus 2.42 trims streamed chunks to the query range itself — seen in
// test/e2e/prometheus.test.ts — but other versions and remote-read servers send whole chunks, and
// the SAMPLES fallback or a range wider than [B, maxt] gives them too.) This module cuts such chunks
// so that no sample is lost and none is sent twice:
//
//   chunk.maxTime < B           → dropped (every sample is in a block)
//   chunk.minTime ≥ B           → kept byte for byte (chunks past maxt are sent whole, as the
//                                  StoreAPI allows and the Go sidecar does)
//   minTime < B ≤ maxTime       → straddles: decoded, samples outside [B, maxt] dropped, the rest
//                                  re-encoded with the engine's XOR encoder (bit-identical to
//                                  Prometheus's appender, so either engine gives the same bytes)
//
// LIMITATION — native-histogram chunks that straddle B: we have no histogram chunk *encoder*, so
// such a chunk cannot be cut. It is decoded to check; if it really holds samples below B it is
// kept WHOLE, and those samples (already served by the block) are sent twice, as an overlapping
// chunk of the same series. No sample is lost, and Thanos's querier merges overlapping chunks of
// a series by timestamp, so query results are unchanged — but the wire carries the duplicates.
// Each occurrence is counted in `TrimStats.untrimmedHistogramChunks` for the caller to log. In
// practice this needs out-of-order ingestion or a changed block duration: Prometheus cuts head
// chunks at block-range boundaries, so in-order head chunks never straddle a block's maxTime.

import type { Engine } from '../engine/engine.js';
import type { HeadChunk, HeadSeries } from './head-series.js';
import {
  decodeOne,
  ENC_FLOAT_HISTOGRAM,
  ENC_HISTOGRAM,
  ENC_XOR,
  ENC_XOR2,
  filterFloatRecords,
  histogramTimes,
  xorChunksFromSamples,
} from './rechunk.js';

export interface TrimStats {
  /** Chunks dropped because they end before B. */
  dropped: number;
  /** Straddling float chunks decoded and re-encoded. */
  reencoded: number;
  /** Straddling histogram chunks kept whole (see LIMITATION above). */
  untrimmedHistogramChunks: number;
}

export function newTrimStats(): TrimStats {
  return { dropped: 0, reencoded: 0, untrimmedHistogramChunks: 0 };
}

/** Trims one chunk against [boundary, maxt]; returns the chunks to send in its place (maybe none). */
export function trimChunk(engine: Engine, chunk: HeadChunk, boundary: number, maxt: number, stats: TrimStats): HeadChunk[] {
  if (chunk.maxTime < boundary) {
    stats.dropped++;
    return [];
  }
  if (chunk.minTime >= boundary) return [chunk];
  const dec = decodeOne(engine, chunk);
  if (dec.kind === 1) {
    if (chunk.encoding !== ENC_XOR && chunk.encoding !== ENC_XOR2) {
      throw new Error(`chunk encoding ${chunk.encoding} decoded as float samples`);
    }
    stats.reencoded++;
    return xorChunksFromSamples(engine, filterFloatRecords(dec.records, boundary, maxt));
  }
  if (chunk.encoding !== ENC_HISTOGRAM && chunk.encoding !== ENC_FLOAT_HISTOGRAM) {
    throw new Error(`chunk encoding ${chunk.encoding} decoded as histogram samples`);
  }
  const times = histogramTimes(dec.records, dec.count);
  // The header's minTime can be lower than the first sample (it is the head's bookkeeping); only
  // samples actually below B make the chunk a duplicate.
  if (times.some((t) => t < boundary)) stats.untrimmedHistogramChunks++;
  return [chunk];
}

/**
 * The head's part of one series: chunks trimmed to start at `boundary` (and, for re-encoded
 * chunks, to end at `maxt`). Returns null when nothing is left.
 */
export function trimHeadSeries(
  engine: Engine,
  series: HeadSeries,
  boundary: number,
  maxt: number,
  stats: TrimStats = newTrimStats(),
): HeadSeries | null {
  let chunks: HeadChunk[] | null = null;
  for (let i = 0; i < series.chunks.length; i++) {
    const c = series.chunks[i];
    // Fast path: untouched chunks are shared, the array is only copied once something changes.
    if (c.minTime >= boundary && chunks === null) continue;
    if (chunks === null) chunks = series.chunks.slice(0, i);
    for (const t of trimChunk(engine, c, boundary, maxt, stats)) chunks.push(t);
  }
  if (chunks === null) return series.chunks.length > 0 ? series : null;
  return chunks.length > 0 ? { labels: series.labels, chunks } : null;
}

/** Applies trimHeadSeries to a stream of head series. */
export async function* trimHeadStream(
  engine: Engine,
  input: AsyncIterable<HeadSeries>,
  boundary: number,
  maxt: number,
  stats: TrimStats = newTrimStats(),
): AsyncGenerator<HeadSeries> {
  for await (const s of input) {
    const t = trimHeadSeries(engine, s, boundary, maxt, stats);
    if (t !== null) yield t;
  }
}
