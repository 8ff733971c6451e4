// A REAL Prometheus for tests (Debian package, /usr/bin/prometheus 2.42; PROMETHEUS_BIN overrides):
// started on a free loopback port with a temporary --storage.tsdb.path, scraping itself and a tiny
// exporter served by the test process (series that churn, so stale markers and new series appear),
// every second, with external labels in its config and short blocks so it cuts blocks while a test
// runs. Killed with its whole process group when stopped or when the test process exits.
//
// Short blocks: --storage.tsdb.min-block-duration / --storage.tsdb.max-block-duration are hidden
// flags of 2.42 (cmd/prometheus/main.go; `prometheus --help-long` does not list them, Thanos's e2e
// tests use them; /api/v1/status/flags reports them). 10s is what we run and have verified;
// smaller values were not tried. The head's chunk range equals the min block
// duration and a block is cut once the head spans 1.5 × that range (tsdb Head.compactable), with
// compaction triggered by appends and every minute. With the default 10s a first block appears
// roughly 15-25 s after start, then one every 10 s.

import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { stopGroup, trackGroup, untrackGroup } from './process-group.js';

export const PROMETHEUS_BIN = process.env.PROMETHEUS_BIN ?? '/usr/bin/prometheus';

export interface PrometheusOptions {
  /** global.external_labels (default {cluster: "test", replica: "a"}). */
  externalLabels?: Record<string, string>;
  /** min = max block duration (default "10s"). */
  blockDuration?: string;
  /** Scrape interval (default "1s"). */
  scrapeInterval?: string;
  /** Serve the churning test exporter and scrape it (default true). */
  exporter?: boolean;
  /** A rules file (YAML text) to load through `rule_files` (default none). */
  rules?: string;
  /**
   * Turn on exemplar storage (--enable-feature=exemplar-storage) and scrape a second exporter,
   * job "exemplars", that speaks OpenMetrics with an exemplar on every sample (default false).
   */
  exemplars?: boolean;
  /**
   * Persisted block directories copied into the data dir before the first start (default none), so
   * several Prometheus replicas can serve byte-identical history (HA tests).
   */
  initialBlocks?: string[];
  extraArgs?: string[];
}

export interface TestExporter {
  port: number;
  /** Scrapes served so far. */
  scrapes: number;
  close(): Promise<void>;
}

export interface BlockMetaLite {
  ulid: string;
  minTime: number;
  maxTime: number;
}

export class PrometheusProcess {
  readonly port: number;
  readonly url: string;
  readonly dir: string;
  readonly dataDir: string;
  readonly configFile: string;
  readonly rulesFile: string;
  exporter: TestExporter | undefined;
  exemplarExporter: TestExporter | undefined;
  private child: ChildProcess | undefined;
  private log: string[] = [];
  private externalLabels: Record<string, string>;
  private seeded = false;

  constructor(
    port: number,
    dir: string,
    private readonly opts: Required<Omit<PrometheusOptions, 'externalLabels'>>,
    externalLabels: Record<string, string>,
  ) {
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.dir = dir;
    this.dataDir = join(dir, 'data');
    this.configFile = join(dir, 'prometheus.yml');
    this.rulesFile = join(dir, 'rules.yml');
    this.externalLabels = externalLabels;
  }

  /** Writes prometheus.yml with the current external labels and scrape targets. */
  writeConfig(): void {
    const scrape = [{ job_name: 'prometheus', static_configs: [{ targets: [`127.0.0.1:${this.port}`] }] }];
    if (this.exporter) scrape.push({ job_name: 'exporter', static_configs: [{ targets: [`127.0.0.1:${this.exporter.port}`] }] });
    if (this.exemplarExporter) {
      scrape.push({ job_name: 'exemplars', static_configs: [{ targets: [`127.0.0.1:${this.exemplarExporter.port}`] }] });
    }
    const ruleFiles: string[] = [];
    if (this.opts.rules) {
      writeFileSync(this.rulesFile, this.opts.rules);
      ruleFiles.push(this.rulesFile);
    }
    const cfg = {
      global: {
        scrape_interval: this.opts.scrapeInterval,
        evaluation_interval: this.opts.scrapeInterval,
        external_labels: this.externalLabels,
      },
      ...(ruleFiles.length > 0 ? { rule_files: ruleFiles } : {}),
      scrape_configs: scrape,
    };
    writeFileSync(this.configFile, toYaml(cfg));
  }

  /** Spawns Prometheus (again, after stop(): same port, same data) and waits for /-/ready. */
  async start(readyTimeoutMs = 30_000): Promise<void> {
    if (this.child) throw new Error('prometheus already running');
    this.writeConfig();
    if (!this.seeded) {
      this.seeded = true;
      for (const src of this.opts.initialBlocks) cpSync(src, join(this.dataDir, basename(src)), { recursive: true });
    }
    const args = [
      `--config.file=${this.configFile}`,
      `--storage.tsdb.path=${this.dataDir}`,
      `--web.listen-address=127.0.0.1:${this.port}`,
      `--storage.tsdb.min-block-duration=${this.opts.blockDuration}`,
      `--storage.tsdb.max-block-duration=${this.opts.blockDuration}`,
      '--web.enable-lifecycle',
      '--log.level=info',
      ...(this.opts.exemplars ? ['--enable-feature=exemplar-storage'] : []),
      ...this.opts.extraArgs,
    ];
    // detached: its own process group, so stop() reaches anything it forks.
    const child = spawn(PROMETHEUS_BIN, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    trackGroup(this, () => this.child?.pid);
    const keep = (b: Buffer): void => {
      this.log.push(b.toString());
      if (this.log.length > 200) this.log.splice(0, this.log.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    let exited: string | undefined;
    child.once('exit', (code, sig) => {
      exited = `exited with ${sig ?? code}`;
      if (this.child === child) this.child = undefined;
    });
    const deadline = Date.now() + readyTimeoutMs;
    for (;;) {
      if (exited) throw new Error(`prometheus ${exited} during start-up:\n${this.logTail()}`);
      try {
        const res = await fetch(`${this.url}/-/ready`, { signal: AbortSignal.timeout(1000) });
        await res.text();
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`prometheus not ready within ${readyTimeoutMs} ms:\n${this.logTail()}`);
      }
      await sleep(100);
    }
  }

  /** Last lines of Prometheus's log (for failure messages). */
  logTail(lines = 30): string {
    return this.log.join('').split('\n').slice(-lines).join('\n');
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /** SIGTERM to the process group, SIGKILL after `graceMs`; resolves once it exited. */
  async stop(graceMs = 10_000): Promise<void> {
    if (this.child) await stopGroup(this.child, graceMs);
    this.child = undefined;
  }

  /** Rewrites the config with new external labels and POSTs /-/reload (needs --web.enable-lifecycle). */
  async reload(externalLabels: Record<string, string>): Promise<void> {
    this.externalLabels = externalLabels;
    this.writeConfig();
    const res = await fetch(`${this.url}/-/reload`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`POST ${this.url}/-/reload: HTTP ${res.status}: ${body}`);
  }

  /** meta.json of every persisted block in the data dir, oldest first. */
  blocks(): BlockMetaLite[] {
    const out: BlockMetaLite[] = [];
    for (const name of readdirSync(this.dataDir)) {
      const meta = join(this.dataDir, name, 'meta.json');
      if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(name) || !existsSync(meta)) continue;
      const m = JSON.parse(readFileSync(meta, 'utf8')) as BlockMetaLite;
      out.push({ ulid: m.ulid, minTime: m.minTime, maxTime: m.maxTime });
    }
    return out.sort((a, b) => a.minTime - b.minTime);
  }

  /**
   * Waits until the exporter has been scraped `n` times. Prometheus applies discovered targets only
   * every 5 s (scrape manager reload throttle), so the first scrape comes 5-6 s after start.
   */
  async waitForScrapes(n: number, timeoutMs = 30_000): Promise<void> {
    if (!this.exporter) throw new Error('no exporter configured');
    const deadline = Date.now() + timeoutMs;
    while (this.exporter.scrapes < n) {
      if (Date.now() > deadline) throw new Error(`exporter scraped ${this.exporter.scrapes} of ${n} times:\n${this.logTail()}`);
      await sleep(100);
    }
  }

  /** Polls until at least `n` blocks are persisted. */
  async waitForBlocks(n: number, timeoutMs = 90_000): Promise<BlockMetaLite[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const b = this.blocks();
      if (b.length >= n) return b;
      if (Date.now() > deadline) throw new Error(`only ${b.length} of ${n} blocks after ${timeoutMs} ms:\n${this.logTail()}`);
      await sleep(250);
    }
  }

  /** Stops Prometheus and the exporter and removes the temp dir (PROMETHEUS_KEEP=1 keeps it). */
  async close(): Promise<void> {
    await this.stop();
    await this.exporter?.close();
    await this.exemplarExporter?.close();
    untrackGroup(this);
    if (process.env.PROMETHEUS_KEEP !== '1') rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A free TCP port on 127.0.0.1 (the OS picks; a tiny race remains, handled by retrying start). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/**
 * The churning exporter. Every scrape serves:
 *   test_churn{generation, id}   3 series per 5-second generation: old ones vanish (stale markers)
 *   test_counter_total{path}     counters growing by irregular steps
 *   test_gauge{kind}             non-integer values (sine), so XOR has real work
 *   test_unicode{v}              values whose UTF-8 and UTF-16 orders differ (U+FF5E vs U+1F600)
 */
export async function startExporter(): Promise<TestExporter> {
  const t0 = Date.now();
  const state = { scrapes: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.statusCode = 404;
      res.end('not found\n');
      return;
    }
    state.scrapes++;
    const s = (Date.now() - t0) / 1000;
    const gen = Math.floor(s / 5);
    const lines = ['# TYPE test_churn gauge'];
    for (let id = 0; id < 3; id++) lines.push(`test_churn{generation="${gen}",id="${id}"} ${gen * 10 + id}`);
    lines.push('# TYPE test_counter_total counter');
    for (const [i, path] of ['/a', '/b', '/c/d'].entries()) {
      lines.push(`test_counter_total{path="${path}"} ${Math.floor(state.scrapes * (i + 1.5) + (state.scrapes % 7))}`);
    }
    lines.push('# TYPE test_gauge gauge');
    lines.push(`test_gauge{kind="sine"} ${Math.sin(s / 3)}`);
    lines.push(`test_gauge{kind="ramp"} ${s * 0.125}`);
    lines.push('# TYPE test_unicode gauge');
    for (const [i, v] of ['a', 'é', '\uff5e', '\u{1f600}', '日本'].entries()) lines.push(`test_unicode{v="${v}"} ${i}`);
    res.setHeader('Content-Type', 'text/plain; version=0.0.4; charset=utf-8');
    res.end(lines.join('\n') + '\n');
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  return {
    port,
    get scrapes() {
      return state.scrapes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * An OpenMetrics exporter with exemplars: every scrape serves one counter per path, each sample
 * carrying an exemplar with a fresh trace id, a value and a timestamp (so Prometheus stores a new
 * exemplar per scrape; it drops exact repeats). Prometheus parses exemplars only from the
 * OpenMetrics format, hence the content type and the closing `# EOF`.
 */
export async function startExemplarExporter(): Promise<TestExporter> {
  const state = { scrapes: 0 };
  const server: Server = createServer((req, res) => {
    if (req.url !== '/metrics') {
      res.statusCode = 404;
      res.end('not found\n');
      return;
    }
    state.scrapes++;
    const now = Date.now() / 1000;
    const lines = ['# HELP test_exemplar Requests, each sample with a trace exemplar.', '# TYPE test_exemplar counter'];
    for (const [i, path] of ['/a', '/b'].entries()) {
      const trace = `trace-${i}-${state.scrapes}`;
      lines.push(`test_exemplar_total{path="${path}"} ${state.scrapes * (i + 1)} # {trace_id="${trace}"} ${(state.scrapes % 5) + 0.5} ${now.toFixed(3)}`);
    }
    lines.push('# EOF');
    res.setHeader('Content-Type', 'application/openmetrics-text; version=1.0.0; charset=utf-8');
    res.end(lines.join('\n') + '\n');
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
  return {
    port,
    get scrapes() {
      return state.scrapes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts Prometheus (and, by default, the exporter). Fails loudly when the binary is missing: these
 * tests exist to run against the real thing.
 */
export async function startPrometheus(options: PrometheusOptions = {}): Promise<PrometheusProcess> {
  if (!existsSync(PROMETHEUS_BIN)) {
    throw new Error(
      `Prometheus binary not found at ${PROMETHEUS_BIN}: install the Debian package (apt-get install prometheus) ` +
        'or set PROMETHEUS_BIN. Tests against a real Prometheus are not optional.',
    );
  }
  const opts = {
    blockDuration: options.blockDuration ?? '10s',
    scrapeInterval: options.scrapeInterval ?? '1s',
    exporter: options.exporter ?? true,
    rules: options.rules ?? '',
    exemplars: options.exemplars ?? false,
    initialBlocks: options.initialBlocks ?? [],
    extraArgs: options.extraArgs ?? [],
  };
  const ext = options.externalLabels ?? { cluster: 'test', replica: 'a' };
  const exporter = opts.exporter ? await startExporter() : undefined;
  const exemplarExporter = opts.exemplars ? await startExemplarExporter() : undefined;
  let lastErr: unknown;
  // Retry on a fresh port: another process may take the free port between probe and bind.
  for (let attempt = 0; attempt < 3; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'storeapi-prom-'));
    const p = new PrometheusProcess(await freePort(), dir, opts, ext);
    p.exporter = exporter;
    p.exemplarExporter = exemplarExporter;
    try {
      await p.start();
      return p;
    } catch (err) {
      lastErr = err;
      p.exporter = undefined;
      p.exemplarExporter = undefined;
      await p.close();
      if (!/address already in use/.test(String((err as Error).message))) break;
    }
  }
  await exporter?.close();
  await exemplarExporter?.close();
  throw lastErr;
}
