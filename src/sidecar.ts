// `storeapi-sidecar sidecar`: the drop-in for `thanos sidecar` (shared/spec/anchors.md §A2).
//
// Start-up, in Thanos's order:
//   1. flags → config (flags.ts); --tsdb.path, TLS files and the objstore config are checked first,
//      so a typo fails in milliseconds, not after a ten-minute wait for Prometheus;
//   2. the HTTP server (/metrics, /-/healthy 200, /-/ready 503 with the reason);
//   3. blocks watcher and query workers (proving the engine loads in a worker);
//   4. Prometheus: its configuration is read until it answers or --prometheus.ready_timeout passes;
//      `global.external_labels`, overridden per name by --external-label, must not be empty;
//   5. with a bucket: Prometheus's flags are checked as Thanos does (min == max block duration or a
//      delay-compact file equal to our state file);
//   6. the gRPC StoreAPI (instrumented with the Thanos gRPC metrics), then ready;
//   7. the heartbeat: every get_config_interval the configuration is re-read, new external labels
//      are applied to the next request, and thanos_sidecar_prometheus_up, /-/ready, gRPC health
//      and Info follow whether Prometheus answered;
//   8. the shipper, in the background, also nudged whenever a new block appears; its uploads run on
//      a nice-19 thread and slow to --shipper.upload-rate-while-serving while a Series call runs.
// With --prometheus.url empty there is no Prometheus: steps 4, 5 and 7 are skipped and only the
// persisted blocks are served, under the --external-label labels.
//
// Shutdown (SIGTERM/SIGINT): not ready → gRPC stops accepting; running calls get
// --grpc-grace-period, then are cancelled → the shipper stops (an upload in flight is aborted; its
// meta.json was not written, so the block is simply retried on the next start) → workers stop →
// bucket and HTTP server close → logs are flushed → exit 0.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import { createSecureContext } from 'node:tls';
import { status, type handleServerStreamingCall, type ServerWritableStream } from '@grpc/grpc-js';
import type { BlockMeta, Engine } from './engine/engine.js';
import { getEngine } from './engine/load.js';
import { MMAP_THRESHOLD_BYTES, tuneMallocOnce } from './malloc-tuning.js';
import { parseDuration, sidecarConfig, type SidecarConfig } from './flags.js';
import { BlockWatcher } from './blocks/watcher.js';
import type { Bucket } from './objstore/bucket.js';
import { loadObjstoreConfig, type ObjstoreConfig } from './objstore/config.js';
import { QueryActivity } from './objstore/query-activity.js';
import { grpcServerMetrics } from './observability/grpc-metrics.js';
import { OpsHttpServer, StatusProber } from './observability/http.js';
import { createLogger, errorText, type Logger } from './observability/log.js';
import { startProcessMetrics } from './observability/metrics.js';
import { sidecarMetrics } from './observability/sidecar-metrics.js';
import { PrometheusClient, type LabelPair } from './prometheus/client.js';
import type { Executor } from './query/executor.js';
import { createExecutor } from './query/executor-pool.js';
import type { Shipper } from './shipper/shipper.js';
type ShipperModule = typeof import('./shipper/shipper.js');
type PrometheusFlagsModule = typeof import('./shipper/prometheus-flags.js');
import { recoverStream, recoverUnary, type Logger as HandlerLogger, type SeriesLimits } from './store/decorators.js';
import { parseExternalLabels, sortedExternalLabels } from './store/external-labels.js';
import { infoResponse, storeMinTime } from './store/info.js';
import { IndexBlocks, labelNamesHandler, labelValuesHandler } from './store/labels.js';
import { seriesHandler } from './store/series.js';
import { parseGrpcAddress, StoreServer, type TlsOptions } from './store/server.js';
import { registerProxyServices } from './store/proxies.js';
import { StatusError } from './store/status.js';
import { MIN_INT64 } from './store/wire.js';
import { UsageError } from './tools/args.js';

export { sidecarHelp as sidecarUsage } from './flags.js';

/** How often the shipper looks for new blocks (hard-coded to 30 s in Thanos too). */
const SHIPPER_INTERVAL_MS = 30_000;
/** Start-up retries Prometheus at least this often, whatever get_config_interval says. */
const STARTUP_RETRY_MS = 1000;

/** A start-up failure with a message fit for an operator (logged without a stack). */
export class StartupError extends Error {}

/**
 * --min-time as Thanos takes it (model.TimeOrDurationValue): an RFC3339 time, or a duration
 * relative to now (`-2d`), re-evaluated on every use so the window moves with the clock.
 */
export function parseMinTime(value: string | undefined): () => bigint {
  if (value === undefined || value.trim() === '') return () => MIN_INT64;
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

// ---------------------------------------------------------------------------------------------
// The StoreAPI server

export interface StoreOptions {
  engine: Engine;
  executor: Executor;
  blocks(): readonly { dir: string; meta: BlockMeta }[];
  /** External labels, sorted by name; a function when they can change at runtime. */
  externalLabels: [string, string][] | (() => [string, string][]);
  minTimeFlag(): bigint;
  limits: SeriesLimits;
  budgetBytes: number;
  log: HandlerLogger;
  /** Why the sidecar is not ready ('' when it is): Info then fails, as Thanos's does. */
  notReadyReason?: () => string;
  /**
   * The Prometheus next to us, when there is one: Rules, Targets, Metadata and Exemplars are then
   * proxied to it and Status answered from the blocks, all advertised in Info.
   */
  prometheus?: PrometheusClient;
  /** Prometheus's own external labels (before --external-label overrides), for head series. */
  prometheusExternalLabels?: () => [string, string][];
  /** Counts Series calls in flight, for the upload thread to yield to. */
  queryActivity?: QueryActivity;
}

/** Counts Series bytes written and pending calls (thanos_store_server_pending_series_requests). */
function measureSeries<Req>(handler: handleServerStreamingCall<Req, Buffer>): handleServerStreamingCall<Req, Buffer> {
  const m = sidecarMetrics();
  return (call: ServerWritableStream<Req, Buffer>) => {
    const leave = m.enterSeriesCall() as () => void; // no pending limit configured: never false
    for (const ev of ['finish', 'close', 'cancelled', 'error']) call.once(ev, leave);
    const write = call.write.bind(call) as (chunk: Buffer, ...rest: unknown[]) => boolean;
    (call as { write: typeof write }).write = (chunk: Buffer, ...rest: unknown[]) => {
      m.addSeriesBytes(chunk.length);
      return write(chunk, ...rest);
    };
    handler(call);
  };
}

/** The StoreAPI server with every handler wired and instrumented (not yet listening). */
export function buildStoreServer(o: StoreOptions): { server: StoreServer; close(): void } {
  const blocks = () => [...o.blocks()];
  const ext = o.externalLabels;
  const externalLabels = typeof ext === 'function' ? ext : () => ext;
  const minTime = () => storeMinTime(blocks(), o.minTimeFlag());
  const metrics = sidecarMetrics();
  const grpc = grpcServerMetrics();
  const index = new IndexBlocks(o.engine, blocks);
  // The head starts where the newest persisted block ends (meta.maxTime is exclusive).
  const headStart = () => blocks().reduce((b, x) => Math.max(b, x.meta.maxTime), Number.MIN_SAFE_INTEGER);
  const labelsDeps = { index, externalLabels, minTime, log: o.log, prometheus: o.prometheus, headStart };
  let apis: ReturnType<typeof registerProxyServices> | undefined;
  const info = () => {
    const reason = o.notReadyReason?.() ?? '';
    if (reason !== '') throw new StatusError(status.UNAVAILABLE, `not ready: ${reason}`);
    return infoResponse({ externalLabels, blocks, minTimeFlag: o.minTimeFlag, apis });
  };
  const series = seriesHandler({
    executor: o.executor,
    externalLabels,
    blocks,
    minTime,
    limits: o.limits,
    budgetBytes: o.budgetBytes,
    log: o.log,
    // Thanos names the sample limit's drops "chunks" (it counts chunks × 120).
    onLimitExceeded: (reason) => metrics.selectDropped(reason === 'samples' ? 'chunks' : 'series'),
    prometheusExternalLabels: o.prometheusExternalLabels,
    queryActivity: o.queryActivity,
  });
  const server = new StoreServer({
    Info: grpc.instrumentUnary('thanos.info.Info', 'Info', recoverUnary('/thanos.info.Info/Info', o.log, info)),
    Series: grpc.instrumentServerStream('thanos.Store', 'Series', measureSeries(recoverStream('/thanos.Store/Series', o.log, series))),
    LabelNames: grpc.instrumentUnary('thanos.Store', 'LabelNames', recoverUnary('/thanos.Store/LabelNames', o.log, labelNamesHandler(labelsDeps))),
    LabelValues: grpc.instrumentUnary('thanos.Store', 'LabelValues', recoverUnary('/thanos.Store/LabelValues', o.log, labelValuesHandler(labelsDeps))),
  });
  if (o.prometheus) {
    apis = registerProxyServices(server, { prometheus: o.prometheus, externalLabels, engine: o.engine, blocks, log: o.log, metrics: grpc });
  }
  return { server, close: () => index.close() };
}

// ---------------------------------------------------------------------------------------------
// Start-up helpers

function readTls(c: SidecarConfig['tls']): TlsOptions | undefined {
  if (c.cert === '') return undefined;
  const read = (flag: string, file: string): Buffer => {
    try {
      return readFileSync(file);
    } catch (err) {
      throw new StartupError(`--${flag} ${file}: ${errorText(err)}`);
    }
  };
  const tls: TlsOptions = { cert: read('grpc-server-tls-cert', c.cert), key: read('grpc-server-tls-key', c.key) };
  if (c.clientCa !== '') tls.clientCa = read('grpc-server-tls-client-ca', c.clientCa);
  // Catch a key that does not match its certificate (or bad PEM) now, with the flags named,
  // rather than as an opaque bind failure.
  try {
    createSecureContext({ cert: tls.cert, key: tls.key, ca: tls.clientCa });
  } catch (err) {
    throw new StartupError(`gRPC TLS (--grpc-server-tls-cert ${c.cert}, --grpc-server-tls-key ${c.key}${c.clientCa ? `, --grpc-server-tls-client-ca ${c.clientCa}` : ''}): ${errorText(err)}`);
  }
  return tls;
}

/** Why a plain TCP listen on `address` fails ('' if it would succeed): grpc-js's own error hides it. */
function probeListen(address: string): Promise<string> {
  const { host, port } = parseGrpcAddress(address);
  if (port === 0) return Promise.resolve('');
  return new Promise((resolve) => {
    const srv = createNetServer();
    srv.once('error', (err: NodeJS.ErrnoException) =>
      resolve(err.code === 'EADDRINUSE' ? 'address already in use (is another sidecar or Thanos component running?)' : err.code === 'EACCES' ? 'permission denied (ports below 1024 need privileges)' : errorText(err)),
    );
    srv.listen({ host, port }, () => srv.close(() => resolve('')));
  });
}

async function listenGrpc(server: StoreServer, address: string, tls: TlsOptions | undefined): Promise<number> {
  try {
    return await server.listen(address, tls);
  } catch (err) {
    const why = await probeListen(address).catch(() => '');
    throw new StartupError(why ? `--grpc-address ${address}: cannot listen: ${why}` : errorText(err));
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const t = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Retries `fn` until it resolves, `timeoutMs` passes (→ StartupError from `fail`) or `signal` aborts. */
async function retryUntil<T>(fn: () => Promise<T>, o: { timeoutMs: number; intervalMs: number; signal: AbortSignal; onError(err: unknown): void; fail(err: unknown): string }): Promise<T> {
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    o.signal.throwIfAborted();
    try {
      return await fn();
    } catch (err) {
      o.signal.throwIfAborted();
      if (Date.now() >= deadline) throw new StartupError(o.fail(err));
      o.onError(err);
    }
    await sleep(Math.min(o.intervalMs, Math.max(0, deadline - Date.now())), o.signal);
  }
}

const labelText = (l: readonly LabelPair[]): string => l.map(([n, v]) => `${n}=${JSON.stringify(v)}`).join(',');

/** Prometheus's external labels with ours layered on top (ours win per name), sorted. */
function mergeLabels(fromPrometheus: readonly LabelPair[], overrides: readonly LabelPair[]): [string, string][] {
  const m = new Map<string, string>(fromPrometheus.map(([n, v]) => [n, v]));
  for (const [n, v] of overrides) m.set(n, v);
  return sortedExternalLabels([...m]);
}

// ---------------------------------------------------------------------------------------------
// The sidecar

export interface SidecarHandle {
  /** Bound gRPC port. */
  port: number;
  /** Bound HTTP port. */
  httpPort: number;
  /** Graceful stop (what SIGTERM does); idempotent. */
  stop(reason?: string): Promise<void>;
}

export interface StartOptions {
  /** Aborting it during start-up stops start-up (cleanly) with an AbortError. */
  signal?: AbortSignal;
  /** Overrides the TLS flags (in-process users). */
  tls?: TlsOptions;
  /**
   * The Series calls' counter (in-process users that open a bucket of their own, like the upload
   * benchmark, pass theirs to both). Default: a new one, shared with the sidecar's upload thread.
   */
  queryActivity?: QueryActivity;
}

type LogFn = (level: 'debug' | 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

// In-process callers (benchmarks) may pass a plain function; each line then goes to it whole.
function adaptLogger(fn: LogFn): Logger {
  return createLogger({
    caller: false,
    sink: {
      write: (line) => fn((/level=(\w+)/.exec(line)?.[1] as 'info') ?? 'info', line.trimEnd()),
      flush: () => Promise.resolve(),
    },
  });
}

/** Parses flags, starts everything and resolves once serving (in-process use: tests, benchmarks). */
export async function startSidecar(argv: string[], opts: StartOptions = {}, log?: Logger | LogFn): Promise<SidecarHandle> {
  const cfg = sidecarConfig(argv);
  const logger = log === undefined ? createLogger({ level: cfg.logLevel as 'info', format: cfg.logFormat as 'logfmt' }) : typeof log === 'function' ? adaptLogger(log) : log;
  return startFromConfig(cfg, logger, opts);
}

export async function startFromConfig(cfg: SidecarConfig, logger: Logger, opts: StartOptions = {}): Promise<SidecarHandle> {
  const signal = opts.signal ?? new AbortController().signal;
  const hlog: HandlerLogger = (level, msg, fields) => logger.log(level, msg, fields);
  for (const note of cfg.notes) logger.warn(note);

  // 1. Everything that can be checked without a network.
  const minTimeFlag = parseMinTime(cfg.minTime);
  let overrides: [string, string][];
  try {
    overrides = parseExternalLabels(cfg.externalLabels);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const st = statSync(cfg.tsdbPath, { throwIfNoEntry: false });
  if (!st) throw new StartupError(`--tsdb.path ${cfg.tsdbPath}: no such directory (point it at Prometheus's --storage.tsdb.path)`);
  if (!st.isDirectory()) throw new StartupError(`--tsdb.path ${cfg.tsdbPath}: not a directory`);
  const withPrometheus = cfg.prometheusUrl !== '';
  if (withPrometheus && !existsSync(join(cfg.tsdbPath, 'wal'))) {
    logger.warn('no wal directory in --tsdb.path: is it the directory this Prometheus writes to?', { path: cfg.tsdbPath });
  }
  if (!withPrometheus && overrides.length === 0) {
    throw new StartupError('--prometheus.url is empty (no Prometheus), so the external labels must come from --external-label NAME=VALUE; none given');
  }
  const tls = opts.tls ?? readTls(cfg.tls);
  let objstore: ObjstoreConfig | undefined;
  try {
    objstore = await loadObjstoreConfig({ config: cfg.objstoreConfig, configFile: cfg.objstoreConfigFile });
  } catch (err) {
    throw new StartupError(`objstore config: ${errorText(err)}`);
  }

  startProcessMetrics();
  const metrics = sidecarMetrics();
  metrics.setPrometheusUp(false);
  const engine = await getEngine((m) => logger.warn(m));
  metrics.setEngine(engine.kind);
  logger.info('TSDB engine selected', { engine: engine.kind, why: engine.kind === 'native' ? 'Rust addon loaded' : 'pure-TypeScript engine (addon missing or STOREAPI_SIDECAR_NATIVE=0)' });
  logger.debug('malloc mmap threshold', { bytes: MMAP_THRESHOLD_BYTES, tuning: tuneMallocOnce() });

  // Resources, released in reverse order if start-up fails.
  const undo: (() => unknown)[] = [];
  const rollback = async (): Promise<void> => {
    for (const fn of undo.reverse()) await Promise.resolve().then(fn).catch((err: unknown) => logger.warn('cleanup after failed start-up', { err: errorText(err) }));
  };
  try {
    // 2. HTTP first: probes answer while we wait for Prometheus.
    const prober = new StatusProber({ logger, component: 'sidecar' });
    // The reason /-/ready gives until then (the prober's default says "initializing").
    if (withPrometheus) prober.notReady(`waiting for Prometheus at ${cfg.prometheusUrl}`);
    const http = await OpsHttpServer.listen({ address: cfg.httpAddress, logger, prober }).catch((err: unknown) => {
      throw new StartupError(errorText(err));
    });
    undo.push(() => http.close(1000, 'start-up failed'));

    // 3. Blocks and workers.
    // Series calls count themselves here; the upload thread reads it and yields while it is > 0.
    const queryActivity = opts.queryActivity ?? new QueryActivity();
    // Buckets and the shipper are loaded only with an objstore config: a sidecar without uploads
    // never carries the objstore providers (the AWS SDK) or the shipper in its heap.
    let bucket: Bucket | undefined;
    let shipperModule: ShipperModule | undefined;
    let flagsModule: PrometheusFlagsModule | undefined;
    if (objstore) {
      for (const note of objstore.notes) logger.warn(note);
      // Loaded here, with the bucket, so the later steps stay as synchronous as before.
      [shipperModule, flagsModule] = await Promise.all([import('./shipper/shipper.js'), import('./shipper/prometheus-flags.js')]);
      try {
        const { openBucket } = await import('./objstore/index.js');
        bucket = await openBucket(objstore, {
          uploadConcurrency: cfg.uploadConcurrency || undefined,
          // Uploads on their own thread at the lowest CPU priority: queries come first.
          backgroundNice: 19,
          // And on the wire: while a Series call runs, uploads send at the floor rate only.
          queryActivity,
          uploadRateWhileServing: cfg.uploadRateWhileServing,
          onBackgroundStatus: (s) => {
            const yielding = { upload_rate_while_serving: s.yieldRate === 0 ? 'unlimited (never yields)' : `${s.yieldRate} B/s` };
            if (s.nice === null) logger.warn('upload thread runs at normal CPU priority', { reason: s.why ?? 'unknown', ...yielding });
            else logger.info('upload thread started', { nice: s.nice, ...(s.tid ? { tid: s.tid } : {}), ...yielding });
          },
        });
      } catch (err) {
        throw new StartupError(`objstore config: ${errorText(err)}`);
      }
      undo.push(() => bucket?.close());
    }
    let shipper: Shipper | undefined;
    const watcher = new BlockWatcher({
      tsdbPath: cfg.tsdbPath,
      onError: (dir, err) => logger.warn('block left out', { dir, err: err.message }),
      onChange: (blocks) => {
        metrics.setBlocksServed(blocks.length);
        // A new block: ship it now instead of at the next 30 s tick.
        void shipper?.sync().catch(() => undefined);
      },
    }).start();
    undo.push(() => watcher.close());
    metrics.setBlocksServed(watcher.blocks().length);
    const executor = createExecutor({
      engine,
      // The head (data after the newest block) is remote-read from Prometheus by the workers.
      prometheus: withPrometheus ? { url: cfg.prometheusUrl } : undefined,
      threads: cfg.queryWorkers,
      onBlockSkipped: (dir, err) => logger.warn('block skipped in series query', { dir, err: `${err.code}: ${err.message}` }),
      onError: (err) => logger.error('query worker error', { err: err.message }),
    });
    undo.push(() => executor.close());
    await executor.ready();

    // 4. Prometheus and the external labels.
    let labels: [string, string][] = overrides;
    let promLabels: [string, string][] = [];
    const client = withPrometheus ? new PrometheusClient(cfg.prometheusUrl, { timeoutMs: cfg.getConfigTimeoutMs }) : undefined;
    if (client) {
      logger.info('waiting for Prometheus', { url: cfg.prometheusUrl, timeout: `${cfg.readyTimeoutMs}ms` });
      const fromProm = await retryUntil(() => client.externalLabels(signal), {
        timeoutMs: cfg.readyTimeoutMs,
        intervalMs: Math.min(cfg.getConfigIntervalMs, STARTUP_RETRY_MS),
        signal,
        onError: (err) => prober.notReady(`waiting for Prometheus at ${cfg.prometheusUrl}: ${errorText(err)}`),
        fail: (err) => `Prometheus at ${cfg.prometheusUrl} did not answer within --prometheus.ready_timeout (${cfg.readyTimeoutMs} ms): ${errorText(err)}`,
      });
      metrics.setPrometheusUp(true);
      promLabels = sortedExternalLabels(fromProm);
      labels = mergeLabels(fromProm, overrides);
      if (labels.length === 0) {
        throw new StartupError(
          `no external labels configured on Prometheus at ${cfg.prometheusUrl} (global.external_labels in its configuration) and no --external-label given; ` +
            'every sidecar needs a unique set of external labels, or Queriers cannot tell its data apart',
        );
      }
      logger.info('external labels loaded', { prometheus: labelText(fromProm), overrides: labelText(overrides), effective: labelText(labels) });
    } else {
      logger.info('no Prometheus configured (--prometheus.url is empty): serving the persisted blocks only', { tsdb: cfg.tsdbPath, external_labels: labelText(labels) });
    }

    // 5. A bucket needs a Prometheus that will not compact blocks away before they are shipped.
    if (bucket && client && flagsModule) {
      const flags = await retryUntil(() => client.flags(signal), {
        timeoutMs: cfg.readyTimeoutMs,
        intervalMs: Math.min(cfg.getConfigIntervalMs, STARTUP_RETRY_MS),
        signal,
        onError: (err) => logger.warn('reading Prometheus flags failed, retrying', { err: errorText(err) }),
        fail: (err) => `reading Prometheus flags from ${cfg.prometheusUrl}: ${errorText(err)}`,
      });
      if (flags === undefined) logger.warn('Prometheus has no /api/v1/status/flags (older than 2.2): its block durations are not checked');
      else {
        const check = flagsModule.checkPrometheusFlags(flags, { tsdbPath: cfg.tsdbPath, metaFileName: cfg.metaFileName, uploadCompacted: cfg.uploadCompacted, ignoreUnequalBlockSize: cfg.ignoreUnequalBlockSize });
        for (const w of check.warnings) logger.warn(w);
        if (!check.ok) throw new StartupError(check.error ?? 'Prometheus flags do not allow uploads');
      }
    } else if (bucket) {
      logger.warn('no Prometheus to check block durations against: make sure nothing compacts the blocks in --tsdb.path before they are uploaded');
    }

    // 6. gRPC.
    let stopping = false;
    const store = buildStoreServer({
      engine,
      executor,
      blocks: () => watcher.blocks(),
      externalLabels: () => labels,
      minTimeFlag,
      limits: cfg.limits,
      budgetBytes: cfg.requestBudget,
      log: hlog,
      notReadyReason: () => prober.notReadyReason,
      prometheus: client,
      prometheusExternalLabels: () => promLabels,
      queryActivity,
    });
    undo.push(() => store.close());
    const port = await listenGrpc(store.server, cfg.grpcAddress, tls);
    undo.push(() => store.server.stop(0));
    store.server.setServing(true);
    prober.ready();
    logger.info('serving StoreAPI', {
      address: cfg.grpcAddress,
      port,
      tls: tls ? (tls.clientCa ? 'mutual' : 'server') : 'off',
      engine: engine.kind,
      blocks: watcher.blocks().length,
      external_labels: labelText(labels),
    });

    // 7. Heartbeat.
    const beats = new AbortController();
    let beating: Promise<void> | undefined;
    if (client) {
      beating = (async () => {
        while (!beats.signal.aborted) {
          await sleep(cfg.getConfigIntervalMs, beats.signal);
          if (beats.signal.aborted) break;
          try {
            const fromProm = await client.externalLabels(beats.signal);
            metrics.setPrometheusUp(true);
            promLabels = sortedExternalLabels(fromProm);
            const next = mergeLabels(fromProm, overrides);
            if (next.length === 0) {
              logger.error('Prometheus now has no external labels; keeping the previous ones', { url: cfg.prometheusUrl, kept: labelText(labels) });
            } else if (labelText(next) !== labelText(labels)) {
              logger.info('external labels changed', { from: labelText(labels), to: labelText(next) });
              labels = next;
            }
            if (!stopping) {
              prober.ready();
              store.server.setServing(true);
            }
          } catch (err) {
            if (beats.signal.aborted) break;
            metrics.setPrometheusUp(false);
            if (!stopping) {
              prober.notReady(`Prometheus at ${cfg.prometheusUrl} is not answering: ${errorText(err)}`);
              store.server.setServing(false);
            }
          }
        }
      })();
    }
    undo.push(() => beats.abort());

    // 8. Shipper.
    if (bucket && shipperModule) {
      shipper = new shipperModule.Shipper({
        tsdbPath: cfg.tsdbPath,
        bucket,
        externalLabels: () => Object.fromEntries(labels),
        metaFileName: cfg.metaFileName,
        uploadCompacted: cfg.uploadCompacted,
        logger: logger.with({ component: 'shipper' }),
      });
      shipper.start(SHIPPER_INTERVAL_MS);
      logger.info('shipper started', { bucket: bucket.name, upload_compacted: cfg.uploadCompacted, meta_file: cfg.metaFileName });
    } else {
      logger.info('no objstore config given: uploads disabled');
    }
    signal.throwIfAborted();

    let stopped: Promise<void> | undefined;
    const stop = (reason = 'stop requested'): Promise<void> =>
      (stopped ??= (async () => {
        stopping = true;
        logger.info('shutting down', { reason, grpc_grace_period: `${cfg.grpcGraceMs}ms` });
        prober.notReady(`shutting down: ${reason}`);
        beats.abort();
        await store.server.stop(cfg.grpcGraceMs);
        logger.info('gRPC server stopped');
        await beating;
        if (shipper) {
          await shipper.stop();
          logger.info('shipper stopped');
        }
        watcher.close();
        await executor.close();
        store.close();
        await bucket?.close();
        await http.close(cfg.httpGraceMs, reason);
        logger.info('sidecar stopped');
        await logger.flush();
      })());
    return { port, httpPort: http.address().port, stop };
  } catch (err) {
    await rollback();
    throw err;
  }
}

/** The `sidecar` command: runs until SIGTERM/SIGINT, then stops gracefully (exit 0). */
export async function runSidecar(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    const { sidecarHelp } = await import('./flags.js');
    process.stdout.write(sidecarHelp() + '\n');
    return 0;
  }
  const cfg = sidecarConfig(argv); // UsageError → exit 2 in main
  const logger = createLogger({ level: cfg.logLevel as 'info', format: cfg.logFormat as 'logfmt' });
  const controller = new AbortController();
  let signalled: NodeJS.Signals | undefined;
  const onSignal = (sig: NodeJS.Signals): void => {
    if (signalled) {
      logger.warn('second signal: exiting without waiting', { signal: sig });
      void logger.flush(500).then(() => process.exit(1));
      return;
    }
    signalled = sig;
    logger.info('received signal', { signal: sig });
    controller.abort(new Error(`received ${sig}`));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  let handle: SidecarHandle;
  try {
    handle = await startFromConfig(cfg, logger, { signal: controller.signal });
  } catch (err) {
    if (controller.signal.aborted) {
      logger.info('stopped during start-up', { signal: signalled });
      await logger.flush();
      return 0;
    }
    if (err instanceof UsageError) throw err;
    logger.error('running command failed', { err: errorText(err) });
    await logger.flush();
    return 1;
  }
  if (!controller.signal.aborted) await new Promise((resolve) => controller.signal.addEventListener('abort', resolve, { once: true }));
  try {
    await handle.stop(`received ${signalled ?? 'signal'}`);
  } catch (err) {
    logger.error('shutdown failed', { err: errorText(err) });
    await logger.flush();
    return 1;
  }
  // Everything is closed; should a library still hold a handle, do not hang on it.
  setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
  return 0;
}
