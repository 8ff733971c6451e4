// `storeapi-sidecar sidecar`: serves the persisted blocks under --tsdb.path over the Thanos
// StoreAPI. Lifecycle: watch the blocks → start the query workers (and prove they load the
// engine) → listen → SERVING; on SIGTERM/SIGINT: NOT_SERVING, let running calls finish within
// the grace period, cancel the rest, stop the workers.
import { Counter } from 'prom-client';
import type { BlockMeta, Engine } from './engine/engine.js';
import { getEngine } from './engine/load.js';
import { registry, startProcessMetrics } from './observability/metrics.js';
import type { Executor } from './query/executor.js';
import { createExecutor } from './query/executor-pool.js';
import { BlockWatcher } from './blocks/watcher.js';
import { recoverStream, recoverUnary, type Logger, type SeriesLimits } from './store/decorators.js';
import { parseExternalLabels } from './store/external-labels.js';
import { infoResponse, storeMinTime } from './store/info.js';
import { IndexBlocks, labelNamesHandler, labelValuesHandler } from './store/labels.js';
import { seriesHandler } from './store/series.js';
import { StoreServer, type TlsOptions } from './store/server.js';
import { MIN_INT64 } from './store/wire.js';
import { parseFlags, UsageError } from './tools/args.js';

export const sidecarUsage = `usage: storeapi-sidecar sidecar --tsdb.path DIR [flags]

Flags:
  --tsdb.path DIR                      Prometheus data directory (persisted blocks are served)
  --grpc-address HOST:PORT             StoreAPI listen address (default 0.0.0.0:10901)
  --grpc-grace-period DURATION         time running calls get to finish on shutdown (default 2m)
  --external-label NAME=VALUE          external label added to every series (repeatable)
  --min-time TIME                      serve no data older than TIME: RFC3339 or a duration
                                       relative to now such as -2d (default: all)
  --store.limits.request-series N      max series per Series call, 0 = unlimited (default 0)
  --store.limits.request-samples N     max samples per Series call, counted as chunks × 120
                                       as Thanos does, 0 = unlimited (default 0)
  --query.workers N                    query worker threads (default: cores − 1, at least 1)
  --query.request-budget BYTES         encoded bytes a Series call may hold unsent (default 16777216)`;

const DEFAULT_BUDGET = 16 * 1024 * 1024;

const UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3, y: 365 * 86400e3 };

/** Parses a Go/Prometheus duration such as 1h30m, 2d, 500ms (sign handled by the caller). */
export function parseDuration(flag: string, s: string): number {
  const re = /(\d+)(ms|s|m|h|d|w|y)/gy;
  let total = 0;
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * UNITS[m[2]];
    at = re.lastIndex;
  }
  if (s.length === 0 || at !== s.length) throw new UsageError(`--${flag}: invalid duration ${JSON.stringify(s)}`);
  return total;
}

/**
 * --min-time as Thanos takes it (model.TimeOrDurationValue): an RFC3339 time, or a duration
 * relative to now (`-2d`), re-evaluated on every use so the window moves with the clock.
 */
export function parseMinTime(value: string | undefined): () => bigint {
  if (value === undefined || value === '') return () => MIN_INT64;
  const v = value.trim();
  if (/^[-+]?\d+(ms|s|m|h|d|w|y)/.test(v)) {
    const sign = v.startsWith('-') ? -1 : 1;
    const d = parseDuration('min-time', v.replace(/^[-+]/, ''));
    return () => BigInt(Date.now() + sign * d);
  }
  const t = Date.parse(v);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(v) || Number.isNaN(t)) throw new UsageError(`--min-time: expected RFC3339 or a duration like -2d, got ${JSON.stringify(value)}`);
  return () => BigInt(t);
}

function nonNegativeInt(flag: string, value: string | undefined, dflt: number): number {
  if (value === undefined) return dflt;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--${flag}: expected a non-negative integer, got ${JSON.stringify(value)}`);
  return Number(value.trim());
}

/** logfmt lines on stderr (Thanos' default log format). */
export const stderrLogger: Logger = (level, msg, fields = {}) => {
  const q = (v: unknown) => {
    const s = v instanceof Error ? v.message : typeof v === 'string' ? v : JSON.stringify(v);
    return /^[^\s"=]+$/.test(s) ? s : JSON.stringify(s);
  };
  const kv = Object.entries(fields).map(([k, v]) => ` ${k}=${q(v)}`).join('');
  process.stderr.write(`level=${level} ts=${new Date().toISOString()} msg=${q(msg)}${kv}\n`);
};

function counter(name: string, help: string, labelNames: string[] = []): Counter {
  return (registry.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames, registers: [registry] });
}

export interface StoreOptions {
  engine: Engine;
  executor: Executor;
  blocks(): readonly { dir: string; meta: BlockMeta }[];
  externalLabels: [string, string][];
  minTimeFlag(): bigint;
  limits: SeriesLimits;
  budgetBytes: number;
  log: Logger;
}

/** The StoreAPI server with every handler wired (not yet listening). */
export function buildStoreServer(o: StoreOptions): { server: StoreServer; close(): void } {
  const blocks = () => [...o.blocks()];
  const externalLabels = () => o.externalLabels;
  const minTime = () => storeMinTime(blocks(), o.minTimeFlag());
  const dropped = counter('thanos_store_selects_dropped_total', 'Number of select queries that were dropped due to configured limits.', ['reason']);
  const index = new IndexBlocks(o.engine, blocks);
  const labelsDeps = { index, externalLabels, minTime, log: o.log };
  const server = new StoreServer({
    Info: recoverUnary('/thanos.info.Info/Info', o.log, () => infoResponse({ externalLabels, blocks, minTimeFlag: o.minTimeFlag })),
    Series: recoverStream(
      '/thanos.Store/Series',
      o.log,
      seriesHandler({
        executor: o.executor,
        externalLabels,
        blocks,
        minTime,
        limits: o.limits,
        budgetBytes: o.budgetBytes,
        log: o.log,
        onLimitExceeded: (reason) => dropped.inc({ reason }),
      }),
    ),
    LabelNames: recoverUnary('/thanos.Store/LabelNames', o.log, labelNamesHandler(labelsDeps)),
    LabelValues: recoverUnary('/thanos.Store/LabelValues', o.log, labelValuesHandler(labelsDeps)),
  });
  return { server, close: () => index.close() };
}

export interface SidecarHandle {
  port: number;
  /** Graceful stop (what SIGTERM does). */
  stop(): Promise<void>;
}

/** Parses flags, starts everything and returns once serving. */
export async function startSidecar(argv: string[], tls?: TlsOptions, log: Logger = stderrLogger): Promise<SidecarHandle> {
  const { values } = parseFlags(
    argv,
    {
      'tsdb.path': { type: 'string' },
      'grpc-address': { type: 'string', default: '0.0.0.0:10901' },
      'grpc-grace-period': { type: 'string', default: '2m' },
      'external-label': { type: 'string', multiple: true, default: [] },
      'min-time': { type: 'string' },
      'store.limits.request-series': { type: 'string' },
      'store.limits.request-samples': { type: 'string' },
      'query.workers': { type: 'string' },
      'query.request-budget': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    sidecarUsage,
  );
  const tsdbPath = values['tsdb.path'];
  if (!tsdbPath) throw new UsageError(`--tsdb.path is required\n\n${sidecarUsage}`);
  let externalLabels: [string, string][];
  try {
    externalLabels = parseExternalLabels(values['external-label'] ?? []);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const minTimeFlag = parseMinTime(values['min-time']);
  const graceMs = parseDuration('grpc-grace-period', values['grpc-grace-period'] ?? '2m');
  const limits = {
    series: nonNegativeInt('store.limits.request-series', values['store.limits.request-series'], 0),
    samples: nonNegativeInt('store.limits.request-samples', values['store.limits.request-samples'], 0),
  };
  const workers = values['query.workers'] === undefined ? undefined : nonNegativeInt('query.workers', values['query.workers'], 1);
  if (workers === 0) throw new UsageError('--query.workers must be at least 1');
  const budgetBytes = nonNegativeInt('query.request-budget', values['query.request-budget'], DEFAULT_BUDGET);
  if (budgetBytes < 64 * 1024) throw new UsageError('--query.request-budget must be at least 65536 bytes');

  startProcessMetrics();
  const engine = getEngine((m) => log('warn', m));
  const skipped = counter('storeapi_series_blocks_skipped_total', 'Blocks left out of a Series call because they could not be opened.');
  const watcher = new BlockWatcher({ tsdbPath, onError: (dir, err) => log('warn', 'block left out', { dir, err: err.message }) }).start();
  const executor = createExecutor({
    engine,
    threads: workers,
    onBlockSkipped: (dir, err) => {
      skipped.inc();
      log('warn', 'block skipped in series query', { dir, err: `${err.code}: ${err.message}` });
    },
    onError: (err) => log('error', 'query worker error', { err: err.message }),
  });
  let store: ReturnType<typeof buildStoreServer> | undefined;
  try {
    await executor.ready();
    store = buildStoreServer({
      engine,
      executor,
      blocks: () => watcher.blocks(),
      externalLabels,
      minTimeFlag,
      limits,
      budgetBytes,
      log,
    });
    const port = await store.server.listen(values['grpc-address'] ?? '0.0.0.0:10901', tls);
    store.server.setServing(true);
    log('info', 'serving StoreAPI', {
      address: values['grpc-address'],
      port,
      engine: engine.kind,
      blocks: watcher.blocks().length,
      external_labels: externalLabels.map(([n, v]) => `${n}=${v}`).join(','),
    });
    const s = store;
    let stopping: Promise<void> | undefined;
    return {
      port,
      stop: () =>
        (stopping ??= (async () => {
          await s.server.stop(graceMs);
          watcher.close();
          await executor.close();
          s.close();
        })()),
    };
  } catch (err) {
    watcher.close();
    store?.close();
    await executor.close();
    throw err;
  }
}

/** The `sidecar` command: runs until SIGTERM/SIGINT, then stops gracefully. Exit code 0. */
export async function runSidecar(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(sidecarUsage + '\n');
    return 0;
  }
  const handle = await startSidecar(argv);
  await new Promise<void>((resolve) => {
    const onSignal = (sig: NodeJS.Signals) => {
      stderrLogger('warn', 'shutting down', { signal: sig });
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      handle.stop().then(resolve, (err: unknown) => {
        stderrLogger('error', 'shutdown failed', { err: String(err) });
        resolve();
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  return 0;
}
