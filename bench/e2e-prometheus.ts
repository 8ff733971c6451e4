// A real Prometheus (Debian's 2.42, PROMETHEUS_BIN overrides) on an existing TSDB directory, for
// the end-to-end benchmark. test/helpers/prometheus.ts always starts on a fresh directory and
// scrapes a test exporter; here Prometheus must load blocks we wrote, keep them and leave them
// alone, and scrape nothing, so the only work it does is what a sidecar asks of it:
//
//   --storage.tsdb.retention.time=10y     the blocks end a few hours before they were written and
//                                          must survive however old the cache gets
//   --storage.tsdb.{min,max}-block-duration=2h
//                                          what Thanos requires of a Prometheus beside a sidecar;
//                                          with max = 2 h the 2 h blocks are never compacted
//   remote read limits: the defaults (concurrent limit 10, 1 MiB frames; the sample limit does
//   not apply to the streamed chunks the Thanos sidecar asks for). Thanos's docs ask for none
//   of them to be changed, so a real deployment runs these.
//
// External labels are required by the Thanos sidecar (it refuses a Prometheus without them);
// their names are not label names of the benchmark series.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { PROMETHEUS_BIN, freePort } from '../test/helpers/prometheus.js';
import { stopGroup, trackGroup, untrackGroup } from '../test/helpers/process-group.js';

export const BENCH_EXTERNAL_LABELS = { monitor: 'e2e-bench', replica: 'r0' };

export class BenchPrometheus {
  private child: ChildProcess | undefined;
  private log: string[] = [];
  private exited: string | undefined;

  private constructor(
    readonly port: number,
    readonly tsdbPath: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  logTail(lines = 30): string {
    return this.log.join('').split('\n').slice(-lines).join('\n');
  }

  /**
   * Starts Prometheus on `tsdbPath` (its config file goes to `configDir`) and waits until it is
   * ready and has loaded `blocks` blocks.
   */
  static async start(tsdbPath: string, configDir: string, blocks: number, timeoutMs = 180_000): Promise<BenchPrometheus> {
    if (!existsSync(PROMETHEUS_BIN)) throw new Error(`Prometheus binary not found at ${PROMETHEUS_BIN} (apt-get install prometheus, or set PROMETHEUS_BIN)`);
    const p = new BenchPrometheus(await freePort(), tsdbPath);
    const config = join(configDir, 'prometheus.yml');
    writeFileSync(config, toYaml({ global: { scrape_interval: '15s', external_labels: BENCH_EXTERNAL_LABELS }, scrape_configs: [] }));
    const args = [
      `--config.file=${config}`,
      `--storage.tsdb.path=${tsdbPath}`,
      `--web.listen-address=127.0.0.1:${p.port}`,
      '--storage.tsdb.retention.time=10y',
      '--storage.tsdb.min-block-duration=2h',
      '--storage.tsdb.max-block-duration=2h',
      '--log.level=info',
    ];
    const child = spawn(PROMETHEUS_BIN, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    p.child = child;
    trackGroup(p, () => p.child?.pid);
    const keep = (b: Buffer): void => {
      p.log.push(b.toString());
      if (p.log.length > 200) p.log.splice(0, p.log.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.once('exit', (code, sig) => {
      p.exited = `exited with ${sig ?? code}`;
      if (p.child === child) p.child = undefined;
      untrackGroup(p);
    });
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        if (p.exited) throw new Error(`prometheus ${p.exited} during start-up:\n${p.logTail()}`);
        const loaded = await p.loadedBlocks().catch(() => -1);
        if (loaded === blocks) return p;
        if (loaded > blocks) throw new Error(`prometheus reports ${loaded} blocks, expected ${blocks}`);
        if (Date.now() > deadline) throw new Error(`prometheus did not load ${blocks} blocks within ${timeoutMs} ms:\n${p.logTail()}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    } catch (err) {
      await p.stop();
      throw err;
    }
  }

  /** prometheus_tsdb_blocks_loaded from its own /metrics (-1 before it is ready). */
  async loadedBlocks(): Promise<number> {
    const ready = await fetch(`${this.url}/-/ready`, { signal: AbortSignal.timeout(1000) });
    await ready.text();
    if (ready.status !== 200) return -1;
    const res = await fetch(`${this.url}/metrics`, { signal: AbortSignal.timeout(5000) });
    const m = /^prometheus_tsdb_blocks_loaded (\d+)/m.exec(await res.text());
    return m ? Number(m[1]) : -1;
  }

  async stop(graceMs = 15_000): Promise<void> {
    if (this.child) await stopGroup(this.child, graceMs);
    this.child = undefined;
  }
}

/** Memory fields of /proc/PID/status, bytes (0 when the process is gone). */
export function procMemory(pid: number): { rss: number; anon: number; hwm: number } {
  let text = '';
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return { rss: 0, anon: 0, hwm: 0 };
  }
  const field = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
    return m ? Number(m[1]) * 1024 : 0;
  };
  return { rss: field('VmRSS'), anon: field('RssAnon'), hwm: field('VmHWM') };
}

/** CPU time (user + system) in a /proc stat file, ms; 0 when it is gone. */
function statCpuMs(path: string): number {
  try {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const stat = readFileSync(path, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU time (user + system) a process has used so far, ms; 0 when it is gone. */
export function procCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** CPU time each thread of a process has used so far, ms, by thread id (the main thread's is the pid). */
export function threadCpuMs(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of taskIds(pid)) out.set(Number(t), statCpuMs(`/proc/${pid}/task/${t}/stat`));
  return out;
}

/** The thread ids of a process (none once it has exited). */
function taskIds(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/**
 * Context switches of all of a process's threads so far: voluntary (the thread slept: waited for
 * I/O, a lock, a wake-up) and involuntary (it was preempted). Threads that have exited are not
 * counted, so compare differences over a span in which the process keeps its threads.
 */
export function procContextSwitches(pid: number): { voluntary: number; involuntary: number } {
  let voluntary = 0;
  let involuntary = 0;
  for (const t of taskIds(pid)) {
    let status: string;
    try {
      status = readFileSync(`/proc/${pid}/task/${t}/status`, 'utf8');
    } catch {
      continue; // the thread ended meanwhile
    }
    voluntary += Number(/^voluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    involuntary += Number(/^nonvoluntary_ctxt_switches:\s+(\d+)/m.exec(status)?.[1] ?? 0);
  }
  return { voluntary, involuntary };
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** Samples a process's VmRSS / RssAnon every `everyMs` until stopped; reports the peaks. */
export class RssSampler {
  private timer: NodeJS.Timeout;
  peakRss = 0;
  peakAnon = 0;

  constructor(
    private readonly pid: number,
    everyMs = 50,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
  }

  private sample(): void {
    const m = procMemory(this.pid);
    this.peakRss = Math.max(this.peakRss, m.rss);
    this.peakAnon = Math.max(this.peakAnon, m.anon);
  }

  stop(): { peakRss: number; peakAnon: number } {
    clearInterval(this.timer);
    this.sample();
    return { peakRss: this.peakRss, peakAnon: this.peakAnon };
  }
}

/**
 * Waits until `pids` together used at most one clock tick (10 ms) of CPU over 100 ms, for at most
 * 5 s: a call is not timed while the other sidecar, or its Prometheus, still works off the previous
 * call (a Go runtime's GC and scavenger run for a while after a large response).
 */
export async function quiet(pids: number[]): Promise<void> {
  const cpu = () => pids.reduce((n, p) => n + procCpuMs(p), 0);
  const until = Date.now() + 5000;
  let last = cpu();
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
    const now = cpu();
    if (now - last <= 10) return;
    last = now;
  }
}
