// thanos.Status/TSDBStatistics from OUR index statistics, not by proxying /api/v1/status/tsdb:
// the figures Prometheus's status page shows (index.PostingsStats, in the
// TSDBStatisticsEntry shape of pkg/status/statuspb), computed by our engine over one persisted
// block — the same walk as `tsdb analyze` (src/tools/tsdb-analyze.ts).
//
// Choices, with the facts behind them:
// - Which block: the newest by data (greatest maxTime, then greatest ULID). Prometheus's
//   /status/tsdb describes the head, i.e. the series live *now*; the newest persisted block is
//   the closest thing a block reader has, and it is what `tsdb analyze` reports by default.
//   Summing all blocks would count a long-lived series once per block.
// - Figures (Prometheus MemPostings.Stats, 2.42 and the same shape since):
//     series_count_by_metric_name       series per __name__ value
//     label_value_count_by_label_name   distinct values per label name
//     memory_in_bytes_by_label_name     Σ over that name's values of len(value) × series with it
//     series_count_by_label_value_pair  series per "name=value"
//   head_statistics: num_series = the block's series, num_label_pairs = distinct name=value pairs,
//   chunk_count = the block's chunks (Thanos leaves 0: it has no source for it), min/max_time =
//   the oldest and newest sample time covered by any chunk (Prometheus reports the head's).
//   Lists are sorted by value, descending; equal values by name, so answers are deterministic
//   (Prometheus's order among equals is Go map order). `limit` ≤ 0 means no limit, as Thanos's
//   statuspb ToTSDBStats treats it; Thanos Queriers send their HTTP `limit` (default 10).
// - Map key: "default-tenant" (Thanos pkg/tenancy DefaultTenant), the tenant a non-multi-tenant
//   component's data belongs to and the one a Querier's /api/v1/status/tsdb reads. A request
//   naming another tenant gets an empty map.
// - Matchers are checked against the external labels only (the Go sidecar gates the same way):
//   a contradiction gives an empty map, other matchers do not narrow the statistics.
//
// The result for a block is cached by ULID (blocks are immutable), computed once however many
// requests arrive together, and the walk yields to the event loop between batches so Series
// streams keep flowing while a big block is analysed.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { ServerWritableStream } from '@grpc/grpc-js';
import Long from 'long';
import { MAX_TIME, MIN_TIME, type Block, type BlockMeta, type Engine } from '../engine/engine.js';
import { decodeSeriesSet } from '../engine/series-set.js';
import { thanos } from '../gen/proto.js';
import { resolveMatchers } from './external-labels.js';
import { callSignal, writeMessage } from './proxy-call.js';
import { matchersFrom } from './wire.js';

export const DEFAULT_TENANT = 'default-tenant';

const BATCH = 4096;

export interface BlockStatistics {
  ulid: string;
  numSeries: number;
  numLabelPairs: number;
  chunkCount: number;
  /** Sample time range covered by the block's chunks (ms, inclusive). */
  minTime: number;
  maxTime: number;
  seriesByMetricName: Map<string, number>;
  valuesByLabelName: Map<string, number>;
  bytesByLabelName: Map<string, number>;
  seriesByLabelPair: Map<string, number>;
}

/** Walks every series of an open block once and counts. */
export async function computeBlockStatistics(block: Block, signal?: AbortSignal): Promise<BlockStatistics> {
  const refs = block.postings([]);
  const seriesByMetricName = new Map<string, number>();
  const valuesByLabelName = new Map<string, number>();
  const bytesByLabelName = new Map<string, number>();
  const seriesByLabelPair = new Map<string, number>();
  let chunkCount = 0;
  let minTime = Infinity;
  let maxTime = -Infinity;
  for (let at = 0; at < refs.length; at += BATCH) {
    if (at > 0) {
      await yieldToLoop();
      signal?.throwIfAborted();
    }
    for (const s of decodeSeriesSet(block.series(refs.subarray(at, at + BATCH), MIN_TIME, MAX_TIME))) {
      chunkCount += s.chunks.length;
      for (const c of s.chunks) {
        if (Number(c.minTime) < minTime) minTime = Number(c.minTime);
        if (Number(c.maxTime) > maxTime) maxTime = Number(c.maxTime);
      }
      for (const [name, value] of s.labels) {
        const pair = `${name}=${value}`;
        const seen = seriesByLabelPair.get(pair);
        if (seen === undefined) valuesByLabelName.set(name, (valuesByLabelName.get(name) ?? 0) + 1);
        seriesByLabelPair.set(pair, (seen ?? 0) + 1);
        bytesByLabelName.set(name, (bytesByLabelName.get(name) ?? 0) + Buffer.byteLength(value));
        if (name === '__name__') seriesByMetricName.set(value, (seriesByMetricName.get(value) ?? 0) + 1);
      }
    }
  }
  const { meta } = block;
  return {
    ulid: meta.ulid,
    numSeries: block.numSeries(),
    numLabelPairs: seriesByLabelPair.size,
    chunkCount,
    minTime: Number.isFinite(minTime) ? minTime : meta.minTime,
    maxTime: Number.isFinite(maxTime) ? maxTime : meta.maxTime - 1,
    seriesByMetricName,
    valuesByLabelName,
    bytesByLabelName,
    seriesByLabelPair,
  };
}

/** Largest values first, equal values by name; at most `limit` entries (≤ 0: all). */
export function topStatistics(m: Map<string, number>, limit: number): thanos.Statistic.$Properties[] {
  const sorted = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return (limit > 0 ? sorted.slice(0, limit) : sorted).map(([name, value]) => ({ name, value: Long.fromNumber(value, true) }));
}

export function statisticsEntry(s: BlockStatistics, limit: number): thanos.TSDBStatisticsEntry.$Properties {
  return {
    headStatistics: {
      numSeries: Long.fromNumber(s.numSeries, true),
      numLabelPairs: Long.fromNumber(s.numLabelPairs),
      chunkCount: Long.fromNumber(s.chunkCount),
      minTime: Long.fromNumber(s.minTime),
      maxTime: Long.fromNumber(s.maxTime),
    },
    seriesCountByMetricName: topStatistics(s.seriesByMetricName, limit),
    labelValueCountByLabelName: topStatistics(s.valuesByLabelName, limit),
    memoryInBytesByLabelName: topStatistics(s.bytesByLabelName, limit),
    seriesCountByLabelValuePair: topStatistics(s.seriesByLabelPair, limit),
  };
}

/** The block the statistics describe: greatest maxTime, then greatest ULID. */
export function newestByData<T extends { meta: BlockMeta }>(blocks: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const b of blocks) {
    if (!best || b.meta.maxTime > best.meta.maxTime || (b.meta.maxTime === best.meta.maxTime && b.meta.ulid > best.meta.ulid)) best = b;
  }
  return best;
}

export interface StatisticsDeps {
  engine: Engine;
  /** The blocks currently served. */
  blocks(): readonly { dir: string; meta: BlockMeta }[];
  externalLabels(): readonly (readonly [string, string])[];
  /** Map key of our entry (default DEFAULT_TENANT). */
  tenant?: string;
}

/** Per-block cache of the (unlimited) statistics; one computation in flight per block. */
export class StatisticsCache {
  private entry: { ulid: string; stats: Promise<BlockStatistics> } | undefined;

  constructor(private readonly engine: Engine) {}

  get(block: { dir: string; meta: BlockMeta }): Promise<BlockStatistics> {
    if (this.entry?.ulid === block.meta.ulid) return this.entry.stats;
    const stats = (async () => {
      const open = this.engine.openBlock(block.dir);
      try {
        return await computeBlockStatistics(open);
      } finally {
        open.close();
      }
    })();
    const entry = { ulid: block.meta.ulid, stats };
    this.entry = entry;
    // A failure (block deleted by compaction mid-walk, corrupt index) must not stick.
    stats.catch(() => {
      if (this.entry === entry) this.entry = undefined;
    });
    return stats;
  }
}

/** The statistics map for one request (empty when the request is not for us). */
export async function tsdbStatistics(
  deps: StatisticsDeps,
  cache: StatisticsCache,
  req: thanos.TSDBStatisticsRequest,
): Promise<Record<string, thanos.TSDBStatisticsEntry.$Properties>> {
  const tenant = deps.tenant ?? DEFAULT_TENANT;
  const { matches } = resolveMatchers(matchersFrom(req.matchers), deps.externalLabels());
  if (!matches || (req.tenant && req.tenant !== tenant)) return {};
  const block = newestByData(deps.blocks());
  if (!block) return {};
  return { [tenant]: statisticsEntry(await cache.get(block), req.limit ?? 0) };
}

export function tsdbStatisticsHandler(deps: StatisticsDeps): (call: ServerWritableStream<thanos.TSDBStatisticsRequest, Buffer>) => Promise<void> {
  const cache = new StatisticsCache(deps.engine);
  return async (call) => {
    const signal = callSignal(call);
    const statistics = await tsdbStatistics(deps, cache, call.request);
    await writeMessage(call, thanos.TSDBStatisticsResponse.encode({ statistics: { statistics } }).finish(), signal);
  };
}
