// Reads samples for a selector across several blocks, the way Prometheus's block querier does:
// per block, matchers → postings → series (chunks in range) → chunk bytes → samples; series with
// equal label sets are merged across blocks in label order, samples trimmed to [mint, maxt] and
// de-duplicated by timestamp (overlapping blocks must never yield a sample twice).
// Engine calls are batched per block (one series/chunks/decode call per batch of series).
import type { Block, Engine, Matcher } from '../engine/engine.js';
import {
  compareLabels,
  decodeSampleSet,
  decodeSeriesSet,
  encodeChunkRefs,
  type Label,
  type Sample,
} from '../engine/series-set.js';
import { overlaps } from '../blocks/block-set.js';

export interface SeriesSamples {
  labels: Label[];
  samples: Sample[];
}

const BATCH = 1024;

function* blockSeries(engine: Engine, block: Block, matchers: Matcher[], mint: number, maxt: number): Generator<SeriesSamples> {
  const refs = block.postings(matchers);
  const lo = BigInt(mint);
  const hi = BigInt(maxt);
  // Deleted intervals by series ref, read once per call: [min0, max0, min1, max1, …] in the
  // Tombstones layout of engine.ts (20-byte records {u32 ref, i64 mint, i64 maxt}, LE).
  const deleted = new Map<number, bigint[]>();
  const stones = block.tombstones();
  const sv = new DataView(stones.buffer, stones.byteOffset, stones.byteLength);
  for (let off = 0; off + 20 <= stones.byteLength; off += 20) {
    const ref = sv.getUint32(off, true);
    let ivs = deleted.get(ref);
    if (ivs === undefined) deleted.set(ref, (ivs = []));
    ivs.push(sv.getBigInt64(off + 4, true), sv.getBigInt64(off + 12, true));
  }
  // Both ends inclusive, as Prometheus's tombstones.Interval.InBounds.
  const inDeleted = (ivs: bigint[], t: bigint): boolean => {
    for (let i = 0; i < ivs.length; i += 2) if (t >= ivs[i] && t <= ivs[i + 1]) return true;
    return false;
  };
  for (let at = 0; at < refs.length; at += BATCH) {
    const entries = decodeSeriesSet(block.series(refs.subarray(at, at + BATCH), mint, maxt));
    // A chunk lying wholly inside one deleted interval is never read, as Prometheus's block
    // querier drops such chunk metas before touching chunk data; other chunks are filtered
    // sample by sample below.
    for (const e of entries) {
      const ivs = deleted.get(e.ref);
      if (ivs !== undefined) {
        e.chunks = e.chunks.filter((c) => {
          for (let i = 0; i < ivs.length; i += 2) if (c.minTime >= ivs[i] && c.maxTime <= ivs[i + 1]) return false;
          return true;
        });
      }
    }
    const chunkRefs = entries.flatMap((e) => e.chunks.map((c) => c.ref));
    const decoded = chunkRefs.length ? decodeSampleSet(engine.decodeChunks(block.chunks(encodeChunkRefs(chunkRefs)))) : [];
    let next = 0;
    for (const e of entries) {
      const ivs = deleted.get(e.ref);
      const samples: Sample[] = [];
      for (let i = 0; i < e.chunks.length; i++) {
        for (const s of decoded[next++]) {
          if (s.t >= lo && s.t <= hi && (ivs === undefined || !inDeleted(ivs, s.t))) samples.push(s);
        }
      }
      yield { labels: e.labels, samples };
    }
  }
}

/** Merges two time-sorted sample lists; on equal timestamps the earlier block's sample wins. */
function mergeSamples(a: Sample[], b: Sample[]): Sample[] {
  if (a.length === 0) return b;
  if (b.length === 0 || b[0].t > a[a.length - 1].t) return a.concat(b);
  const out: Sample[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].t <= b[j].t)) {
      if (j < b.length && a[i].t === b[j].t) j++;
      out.push(a[i++]);
    } else out.push(b[j++]);
  }
  return out;
}

/** All series matching `matchers` with samples in [mint, maxt], in label order. */
export function* selectSamples(engine: Engine, blocks: Block[], matchers: Matcher[], mint: number, maxt: number): Generator<SeriesSamples> {
  const iters = blocks.filter((b) => overlaps(b, mint, maxt)).map((b) => blockSeries(engine, b, matchers, mint, maxt));
  const heads: (SeriesSamples | undefined)[] = iters.map((it) => it.next().value ?? undefined);
  for (;;) {
    let min: Label[] | undefined;
    for (const h of heads) if (h && (!min || compareLabels(h.labels, min) < 0)) min = h.labels;
    if (!min) return;
    let samples: Sample[] = [];
    for (let k = 0; k < heads.length; k++) {
      const h = heads[k];
      if (h && compareLabels(h.labels, min) === 0) {
        samples = mergeSamples(samples, h.samples);
        heads[k] = iters[k].next().value ?? undefined;
      }
    }
    if (samples.length > 0) yield { labels: min, samples };
  }
}
