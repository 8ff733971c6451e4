// thanos.Store/Series: validate → plan → stream. The main thread never builds a per-series object:
// the executor's workers produce encoded SeriesResponse frames in final order, and this handler
// only checks limits and writes them (identity serializer), pulling the next chunk only once the
// stream has drained — that pull is the worker's credit, so a slow client slows the worker.
// Every call counts itself in QueryActivity while it runs, so uploads can yield to it.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { EngineError, type BlockMeta, type SeriesQuery, type ShardSpec } from '../engine/engine.js';
import { thanos } from '../gen/proto.js';
import type { QueryActivity } from '../objstore/query-activity.js';
import type { Executor } from '../query/executor.js';
import { planSeriesRun } from '../query/plan.js';
import { resolveMatchers } from './external-labels.js';
import { streamSink, withLimits, type Logger, type SeriesLimits } from './decorators.js';
import { invalidArgument, StatusError } from './status.js';
import { clampTime, int64, matchersFrom } from './wire.js';

/**
 * Most series per SeriesBatch we accept. Thanos Queriers send 64; one batch is one gRPC message and
 * one unit of the request's memory budget, so a batch of millions would defeat the budget.
 */
export const MAX_RESPONSE_BATCH_SIZE = 65_536;

/** Most shards we accept (the engine hashes with unsigned 64-bit modulo; beyond this it is nonsense). */
const MAX_TOTAL_SHARDS = 2n ** 32n;

const KNOWN_AGGREGATES = new Set<number>([
  thanos.Aggr.RAW,
  thanos.Aggr.COUNT,
  thanos.Aggr.SUM,
  thanos.Aggr.MIN,
  thanos.Aggr.MAX,
  thanos.Aggr.COUNTER,
]);

export interface SeriesDeps {
  executor: Executor;
  /** External labels, sorted by name. */
  externalLabels(): [string, string][];
  /** The persisted blocks currently served. */
  blocks(): { dir: string; meta: BlockMeta }[];
  /** StoreInfo.min_time as advertised: requests start no earlier (as the Go sidecar clamps). */
  minTime(): bigint;
  limits: SeriesLimits;
  /** Bytes of frames a request may have produced but not yet written (executor budget). */
  budgetBytes: number;
  log: Logger;
  onLimitExceeded?: (reason: 'series' | 'samples') => void;
  /**
   * Prometheus's own external labels (taken off remote-read series); default: `externalLabels()`.
   * They differ only when --external-label overrides what Prometheus's config says.
   */
  prometheusExternalLabels?(): [string, string][];
  /** Counts the calls in flight (read by the upload thread, which yields while it is above 0). */
  queryActivity?: QueryActivity;
}

export interface SeriesPlan {
  query: SeriesQuery;
  /** SeriesRequest.limit (0 = none): we stop pulling once this many series were produced. */
  limit: number;
  /** Partial response disabled: a failing block fails the request instead of adding a warning. */
  abort: boolean;
}

/** Validates a request into an engine query; undefined = a valid request with an empty answer. */
export function planSeries(req: thanos.SeriesRequest, external: [string, string][], storeMinTime: bigint): SeriesPlan | undefined {
  const reqMin = int64(req.minTime);
  const reqMax = int64(req.maxTime);
  if (reqMin > reqMax) throw invalidArgument(`min_time ${reqMin} is after max_time ${reqMax}`);

  for (const a of req.aggregates ?? []) {
    // The Querier asks for COUNT/SUM/… by habit and uses raw chunks when no aggregate comes back
    // (pkg/query/iter.go), so known aggregates are accepted and ignored; only unknown values fail.
    if (!KNOWN_AGGREGATES.has(a)) throw invalidArgument(`unknown aggregate ${a} (want RAW, COUNT, SUM, MIN, MAX or COUNTER)`);
  }

  const batch = int64(req.responseBatchSize);
  if (batch < 0n || batch > BigInt(MAX_RESPONSE_BATCH_SIZE)) {
    throw invalidArgument(`response_batch_size ${batch} out of range [0, ${MAX_RESPONSE_BATCH_SIZE}]`);
  }

  let shard: ShardSpec | undefined;
  const si = req.shardInfo;
  if (si) {
    const total = int64(si.totalShards);
    const index = int64(si.shardIndex);
    if (total < 0n || total > MAX_TOTAL_SHARDS) throw invalidArgument(`shard_info.total_shards ${total} out of range [0, ${MAX_TOTAL_SHARDS}]`);
    // total_shards 0 means "not sharded" in Thanos (storepb ShardInfo.Matcher), not an error.
    if (total > 0n) {
      if (index < 0n || index >= total) throw invalidArgument(`shard_info.shard_index ${index} out of range [0, ${total})`);
      shard = { shardIndex: Number(index), totalShards: Number(total), by: !!si.by, labels: [...(si.labels ?? [])] };
    }
  }

  const { matches, rest } = resolveMatchers(matchersFrom(req.matchers), external);
  if (!matches) return undefined;
  if (rest.length === 0) throw invalidArgument('no matchers specified (excluding external labels)');

  const mint = reqMin > storeMinTime ? reqMin : storeMinTime;
  if (mint > reqMax) return undefined;

  const limit = int64(req.limit);
  return {
    query: {
      mint: clampTime(mint),
      maxt: clampTime(reqMax),
      matchers: rest,
      skipChunks: !!req.skipChunks,
      externalLabels: external,
      withoutReplicaLabels: [...(req.withoutReplicaLabels ?? [])],
      shard,
      batchSize: Number(batch),
      // The Go sidecar sends XXH64 of every chunk (pkg/store/bucket.go hashChunk); the Querier's
      // dedup keys chunks by it.
      chunkHashes: true,
    },
    limit: limit > 0n ? clampTime(limit) : 0,
    abort: !!req.partialResponseDisabled || req.partialResponseStrategy === thanos.PartialResponseStrategy.ABORT,
  };
}

/** One SeriesResponse{warning}, encoded. */
export function warningFrame(message: string): Buffer {
  const bytes = thanos.SeriesResponse.encode({ warning: message }).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Errors that fail a request whatever its partial-response strategy (the request itself is at fault). */
function isRequestError(err: unknown): boolean {
  if (err instanceof StatusError) return true;
  if (err instanceof Error && (err as { code?: unknown }).code === 'RESOURCE_EXHAUSTED') return true; // executor queue full
  return err instanceof EngineError && (err.code === 'INVALID_ARGUMENT' || err.code === 'CANCELLED');
}

export function seriesHandler(deps: SeriesDeps): (call: ServerWritableStream<thanos.SeriesRequest, Buffer>) => Promise<void> {
  const serve = serveSeries(deps);
  const activity = deps.queryActivity;
  if (!activity) return serve;
  return async (call) => {
    const leave = activity.enter();
    // Counted until the answer has gone, not only until the handler returns: its last frames are
    // queued in the stream then, and still share the CPU and the wire with an upload.
    for (const ev of ['finish', 'close', 'cancelled', 'error']) call.once(ev, leave);
    let served = false;
    try {
      await serve(call);
      served = true;
    } finally {
      // A failed handler ends with a status alone: nothing more to wait for.
      if (!served) leave();
    }
  };
}

function serveSeries(deps: SeriesDeps): (call: ServerWritableStream<thanos.SeriesRequest, Buffer>) => Promise<void> {
  return async (call) => {
    const plan = planSeries(call.request, deps.externalLabels(), deps.minTime());
    if (!plan) return;
    // Blocks before B, the head from B (query/plan.ts; B is fixed here for the whole request).
    const parts = planSeriesRun(deps.blocks(), plan.query.mint, plan.query.maxt);
    const { blockDirs } = parts;
    if (blockDirs.length === 0 && !parts.head) return;
    const head = parts.head && {
      ...parts.head,
      prometheusExternalLabels: deps.prometheusExternalLabels?.(),
      // Prometheus unreachable: a warning with partial response, an error without.
      partialResponse: !plan.abort,
    };

    // Cancellation and deadlines both arrive as 'cancelled'; aborting reaches the worker, which
    // checks the flag between batches.
    const ac = new AbortController();
    const onCancel = () => ac.abort();
    call.on('cancelled', onCancel);
    if (call.cancelled) ac.abort();
    try {
      const sink = withLimits(streamSink(call, ac.signal), deps.limits, deps.onLimitExceeded);
      const run = deps.executor.series({ blockDirs, query: plan.query, signal: ac.signal, budgetBytes: deps.budgetBytes, head });
      try {
        for await (const chunk of run) {
          if (chunk.warning !== undefined) {
            deps.log('warn', 'series request: part of the data is missing; returning partial response', { err: chunk.warning });
            await sink.sendFrame(warningFrame(`storeapi-sidecar: partial response: ${chunk.warning}`));
            continue;
          }
          await sink.send(chunk);
          // The Querier cuts at `limit` too; stopping here only saves work (a chunk may carry a few more).
          if (plan.limit > 0 && chunk.stats.series >= plan.limit) break;
        }
      } catch (err) {
        if (ac.signal.aborted || isRequestError(err) || plan.abort) throw err;
        // Partial response allowed: what was read is sent, the failure becomes a warning frame
        // (the Querier surfaces it as a query warning).
        const message = err instanceof Error ? err.message : String(err);
        deps.log('warn', 'series request failed part-way; returning partial response', { err: message });
        await sink.sendFrame(warningFrame(`storeapi-sidecar: partial response: ${message}`));
      }
    } finally {
      call.off('cancelled', onCancel);
      // Stops a run we left early (limit reached, error) so its worker frees its budget.
      ac.abort();
    }
  };
}
