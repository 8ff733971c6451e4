// The REAL Thanos for e2e tests: `thanos query` (the Querier our users run) and `thanos sidecar` (the
// Go sidecar, for mixed topologies), built from a tagged release by test/e2e/thanos/build.sh, plus our
// own sidecar started as a separate process exactly as a user starts it (`node bin/storeapi-sidecar.js
// sidecar ...`). Everything listens on free loopback ports, runs in its own process group, and is
// killed when stopped or when the test process exits.
//
// The binary: $THANOS_BIN when set, else build.sh's answer (a no-op when .tools/thanos-<version> is
// cached; a full module download + compile on a clean machine, minutes on 2 cores).

import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from './prometheus.js';
import { cliPath, repoRoot } from './tools.js';
import { stopGroup, trackGroup, untrackGroup } from './process-group.js';

export const THANOS_BUILD_SCRIPT = join(repoRoot, 'test', 'e2e', 'thanos', 'build.sh');

let cachedBinary: string | undefined;

/** Path of the thanos binary, building it (once per machine) when it is not cached yet. */
export function thanosBinary(): string {
  if (cachedBinary) return cachedBinary;
  const env = process.env.THANOS_BIN;
  if (env) {
    if (!existsSync(env)) throw new Error(`THANOS_BIN=${env} does not exist`);
    return (cachedBinary = env);
  }
  // stderr goes to ours so a cold build shows its progress; the last stdout line is the path.
  const out = execFileSync('bash', [THANOS_BUILD_SCRIPT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const bin = out.trim().split('\n').pop() ?? '';
  if (!existsSync(bin)) throw new Error(`${THANOS_BUILD_SCRIPT} printed ${JSON.stringify(bin)}, which is not a file`);
  return (cachedBinary = bin);
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** One long-running child (its own process group) with the tail of its log kept for failure messages. */
export class ServiceProcess {
  private child: ChildProcess | undefined;
  private log: string[] = [];
  private exited: string | undefined;

  constructor(
    readonly name: string,
    readonly command: string,
    readonly args: string[],
    private readonly env?: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Why the process ended, or undefined while it runs. */
  get exitReason(): string | undefined {
    return this.exited;
  }

  spawn(): void {
    if (this.child) throw new Error(`${this.name} already running`);
    this.exited = undefined;
    const env = this.env ? { ...process.env, ...this.env } : process.env;
    const child = spawn(this.command, this.args, { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    trackGroup(this, () => this.pid);
    const keep = (b: Buffer): void => {
      this.log.push(b.toString());
      if (this.log.length > 400) this.log.splice(0, this.log.length - 400);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('error', (err) => {
      this.exited = `failed to start: ${err.message}`;
    });
    child.once('exit', (code, sig) => {
      this.exited = `exited with ${sig ?? code}`;
      if (this.child === child) this.child = undefined;
      untrackGroup(this);
    });
  }

  logText(): string {
    return this.log.join('');
  }

  logTail(lines = 30): string {
    return this.logText().split('\n').slice(-lines).join('\n');
  }

  /** Polls `probe` until it returns a value; fails early when the process dies. */
  async waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastErr = '';
    for (;;) {
      if (this.exited) throw new Error(`${this.name} ${this.exited} while waiting for ${what}:\n${this.logTail()}`);
      try {
        const v = await probe();
        if (v !== undefined) return v;
      } catch (err) {
        lastErr = (err as Error).message;
      }
      if (Date.now() > deadline) throw new Error(`${this.name}: no ${what} within ${timeoutMs} ms (${lastErr}):\n${this.logTail()}`);
      await sleep(150);
    }
  }

  /** Resolves once `http://127.0.0.1:<httpPort>/-/ready` answers 200. */
  waitReady(httpPort: number, timeoutMs: number): Promise<true> {
    return this.waitFor(
      '/-/ready',
      async () => {
        const res = await fetch(`http://127.0.0.1:${httpPort}/-/ready`, { signal: AbortSignal.timeout(1000) });
        await res.text();
        return res.status === 200 ? true : undefined;
      },
      timeoutMs,
    );
  }

  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once it exited. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.child) await stopGroup(this.child, graceMs);
    this.child = undefined;
  }
}

/** GET a JSON API on one of our loopback servers; throws on transport errors and non-2xx. */
export async function getJSON<T>(url: string, timeoutMs = 30_000): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}: ${body.slice(0, 500)}`);
  return JSON.parse(body) as T;
}

/** The envelope of Prometheus's (and the Querier's) JSON API. */
export interface ApiResponse<T> {
  status: string;
  data: T;
  warnings?: string[];
  error?: string;
}

/** GET `base + path` with `params` from a Prometheus-style JSON API: asserts success and no warnings, returns `data`. */
export async function apiData<T>(base: string, path: string, params: [string, string][] = []): Promise<T> {
  const url = `${base}${path}?${new URLSearchParams(params).toString()}`;
  const r = await getJSON<ApiResponse<T>>(url);
  assert.equal(r.status, 'success', `${url}: ${r.error}`);
  assert.ok(!r.warnings || r.warnings.length === 0, `${url}: warnings ${JSON.stringify(r.warnings)}`);
  return r.data;
}

/** The Querier's parameters for exact comparisons: no deduplication, a store failure is an error. */
export const NO_DEDUP: [string, string][] = [
  ['dedup', 'false'],
  ['partial_response', 'false'],
];

/** One entry of the Querier's GET /api/v1/stores (pkg/api/query/v1.go, endpoint status). */
export interface StoreStatus {
  name: string;
  lastCheck?: string;
  lastError?: unknown;
  labelSets?: Record<string, string>[];
  minTime?: number;
  maxTime?: number;
}

export interface QuerierOptions {
  /** gRPC addresses of StoreAPI endpoints (`--endpoint`). */
  endpoints: string[];
  /** `--query.replica-label` values (none by default: no deduplication happens). */
  replicaLabels?: string[];
  extraArgs?: string[];
  /** Wait until every endpoint is listed healthy in /api/v1/stores (default true). */
  waitHealthy?: boolean;
  healthyTimeoutMs?: number;
}

export class ThanosQuerier {
  constructor(
    readonly proc: ServiceProcess,
    readonly httpPort: number,
    readonly grpcPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  get grpcAddress(): string {
    return `127.0.0.1:${this.grpcPort}`;
  }

  /** Every endpoint the Querier knows, whatever its component type. */
  async stores(): Promise<StoreStatus[]> {
    const r = await getJSON<{ status: string; data: Record<string, StoreStatus[] | null> }>(`${this.url}/api/v1/stores`, 5000);
    return Object.values(r.data).flatMap((v) => v ?? []);
  }

  /** Resolves with the statuses once every address is listed with a successful check and no error. */
  async waitForHealthy(addresses: string[], timeoutMs = 60_000): Promise<StoreStatus[]> {
    return this.proc.waitFor(
      `healthy endpoints ${addresses.join(', ')}`,
      async () => {
        const all = await this.stores();
        const ok = addresses.map((a) => all.find((s) => s.name === a && s.lastCheck && (s.lastError === null || s.lastError === undefined)));
        return ok.every((s) => s !== undefined) ? (ok as StoreStatus[]) : undefined;
      },
      timeoutMs,
    );
  }

  stop(): Promise<void> {
    return this.proc.stop();
  }
}

/** Binds two free loopback ports and runs `start` with them, retrying when one was taken meanwhile. */
async function withPorts<T>(start: (http: number, grpc: number) => Promise<T>): Promise<T> {
  let lastErr: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const http = await freePort();
    let grpc = await freePort();
    while (grpc === http) grpc = await freePort();
    try {
      return await start(http, grpc);
    } catch (err) {
      lastErr = err;
      if (!/address already in use/.test(String((err as Error).message))) break;
    }
  }
  throw lastErr;
}

/** Starts `thanos query` and (by default) waits until all endpoints are healthy. */
export async function startQuerier(opts: QuerierOptions): Promise<ThanosQuerier> {
  const bin = thanosBinary();
  return withPorts(async (http, grpc) => {
    const args = [
      'query',
      `--http-address=127.0.0.1:${http}`,
      `--grpc-address=127.0.0.1:${grpc}`,
      // The upstream PromQL engine, named explicitly: the suite compares Prometheus semantics.
      '--query.promql-engine=prometheus',
      '--log.level=info',
      ...opts.endpoints.map((e) => `--endpoint=${e}`),
      ...(opts.replicaLabels ?? []).map((l) => `--query.replica-label=${l}`),
      ...(opts.extraArgs ?? []),
    ];
    const proc = new ServiceProcess('thanos query', bin, args);
    proc.spawn();
    const q = new ThanosQuerier(proc, http, grpc);
    try {
      await proc.waitReady(http, 30_000);
      if (opts.waitHealthy ?? true) await q.waitForHealthy(opts.endpoints, opts.healthyTimeoutMs);
      return q;
    } catch (err) {
      await proc.stop();
      throw err;
    }
  });
}

export interface ThanosSidecarOptions {
  prometheusUrl: string;
  tsdbPath: string;
  extraArgs?: string[];
}

export class ThanosSidecar {
  constructor(
    readonly proc: ServiceProcess,
    readonly httpPort: number,
    readonly grpcPort: number,
  ) {}

  get grpcAddress(): string {
    return `127.0.0.1:${this.grpcPort}`;
  }

  stop(): Promise<void> {
    return this.proc.stop();
  }
}

/** Starts the Go `thanos sidecar` beside a Prometheus and waits for its HTTP /-/ready. */
export async function startThanosSidecar(opts: ThanosSidecarOptions): Promise<ThanosSidecar> {
  const bin = thanosBinary();
  return withPorts(async (http, grpc) => {
    const args = [
      'sidecar',
      `--http-address=127.0.0.1:${http}`,
      `--grpc-address=127.0.0.1:${grpc}`,
      `--prometheus.url=${opts.prometheusUrl}`,
      `--tsdb.path=${opts.tsdbPath}`,
      '--log.level=info',
      ...(opts.extraArgs ?? []),
    ];
    const proc = new ServiceProcess('thanos sidecar', bin, args);
    proc.spawn();
    try {
      await proc.waitReady(http, 60_000);
      return new ThanosSidecar(proc, http, grpc);
    } catch (err) {
      await proc.stop();
      throw err;
    }
  });
}

export interface OurSidecarOptions {
  tsdbPath: string;
  /** --external-label NAME=VALUE pairs (required without a Prometheus; overrides its labels with one). */
  externalLabels?: Record<string, string>;
  /** --prometheus.url; absent: the persisted blocks only (`--prometheus.url=`). */
  prometheusUrl?: string;
  extraArgs?: string[];
  env?: Record<string, string>;
  /**
   * node --enable-source-maps, so a test failure's stack names TypeScript lines (default true).
   * The benchmarks pass false: node keeps every module's source map in memory with it, which an
   * operator running `storeapi-sidecar` does not pay.
   */
  sourceMaps?: boolean;
  /** The CLI script to run (bin/storeapi-sidecar.js of another checkout, for bench:sidecar-ab); default this one's. */
  cli?: string;
}

export class OurSidecar {
  constructor(
    readonly proc: ServiceProcess,
    readonly grpcPort: number,
  ) {}

  get grpcAddress(): string {
    return `127.0.0.1:${this.grpcPort}`;
  }

  stop(): Promise<void> {
    return this.proc.stop();
  }
}

let helpText: string | undefined;

/** Whether this build of our sidecar takes `flag` (read from its own --help, not guessed). */
export function ourSidecarHasFlag(flag: string): boolean {
  helpText ??= execFileSync(process.execPath, [cliPath, 'sidecar', '--help'], { encoding: 'utf8' });
  return helpText.includes(`--${flag} `) || helpText.includes(`--${flag}=`);
}

/**
 * Starts our sidecar (`node bin/storeapi-sidecar.js sidecar`) on 127.0.0.1:0 and reads the port it
 * bound from its "serving StoreAPI" log line, so no port can be stolen between probe and bind. Its HTTP
 * server (default 0.0.0.0:10902, as Thanos) goes to a free loopback port too, so several can run.
 */
export async function startOurSidecar(opts: OurSidecarOptions): Promise<OurSidecar> {
  const args = [
    ...(opts.sourceMaps === false ? [] : ['--enable-source-maps']),
    opts.cli ?? cliPath,
    'sidecar',
    `--tsdb.path=${opts.tsdbPath}`,
    '--grpc-address=127.0.0.1:0',
    '--grpc-grace-period=1s',
    ...(ourSidecarHasFlag('http-address') ? ['--http-address=127.0.0.1:0'] : []),
    ...Object.entries(opts.externalLabels ?? {}).map(([k, v]) => `--external-label=${k}=${v}`),
    ...(ourSidecarHasFlag('prometheus.url') ? [`--prometheus.url=${opts.prometheusUrl ?? ''}`] : []),
    ...(opts.extraArgs ?? []),
  ];
  if (opts.prometheusUrl && !ourSidecarHasFlag('prometheus.url')) throw new Error('this build of storeapi-sidecar has no --prometheus.url flag');
  const proc = new ServiceProcess('storeapi-sidecar', process.execPath, args, opts.env);
  proc.spawn();
  try {
    const port = await proc.waitFor(
      '"serving StoreAPI" log line',
      async () => {
        const m = /msg="serving StoreAPI".* port=(\d+)/.exec(proc.logText());
        return m ? Number(m[1]) : undefined;
      },
      60_000,
    );
    return new OurSidecar(proc, port);
  } catch (err) {
    await proc.stop();
    throw err;
  }
}

export interface QueryFrontendOptions {
  /** The Querier (or any Prometheus-compatible API) the frontend forwards to. */
  downstreamUrl: string;
  /** `--query-frontend.vertical-shards` (absent: no vertical sharding). */
  verticalShards?: number;
  extraArgs?: string[];
}

export class ThanosQueryFrontend {
  constructor(
    readonly proc: ServiceProcess,
    readonly httpPort: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.httpPort}`;
  }

  stop(): Promise<void> {
    return this.proc.stop();
  }
}

/**
 * Starts `thanos query-frontend` in front of `downstreamUrl` and waits for its /-/ready. No response
 * cache flags are passed (querier-sharding.test.ts checks that each of its requests reaches the
 * stores).
 */
export async function startQueryFrontend(opts: QueryFrontendOptions): Promise<ThanosQueryFrontend> {
  const bin = thanosBinary();
  return withPorts(async (http) => {
    const args = [
      'query-frontend',
      `--http-address=127.0.0.1:${http}`,
      `--query-frontend.downstream-url=${opts.downstreamUrl}`,
      '--log.level=info',
      ...(opts.verticalShards !== undefined ? [`--query-frontend.vertical-shards=${opts.verticalShards}`] : []),
      ...(opts.extraArgs ?? []),
    ];
    const proc = new ServiceProcess('thanos query-frontend', bin, args);
    proc.spawn();
    try {
      await proc.waitReady(http, 30_000);
      return new ThanosQueryFrontend(proc, http);
    } catch (err) {
      await proc.stop();
      throw err;
    }
  });
}
