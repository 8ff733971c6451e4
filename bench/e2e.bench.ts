// End-to-end Series benchmark: our sidecar against the real `thanos sidecar` (v0.42.4), each
// beside a real Prometheus holding the same blocks, driven over gRPC like a Querier would.
//
//   npm run bench:e2e [-- --quick] [-- --update-readme] [-- --cases a,b]
//   npm run bench:e2e -- --ours-only [--cases a]   (our sidecar alone, printed, no report written:
//                                                    for A/B runs while optimising)
//
// Cases (blocks written once by bench/go on Prometheus's tsdb code, cached in test/fixtures/big/):
//   a  10k series × 8 h (15 s scrapes, four 2 h blocks)
//   b  the thanos#6930 shape: 26k series × 230 samples (15 s scrapes, one block)
//   c  1M series × 2 h (60 s scrapes, one block), select all
//   d  c sharded 4 ways: 4 concurrent calls, shard i of 4 by all labels; their union must be c
//
// Per case and sidecar: a fresh Prometheus (on a hard-linked scratch copy of the blocks) and a
// fresh sidecar process, so peak RSS is per case and neither sidecar inherits the other's
// Prometheus. Both sidecars of a case run at once; one untimed first call each, then the timed
// calls in rounds, one call at a time, alternating between the sidecars (see runCase). Prometheus's
// VmRSS is sampled every 50 ms across all of them. A failing call is recorded with its error, never
// dropped.
//
// Results: bench/results/e2e.{json,md,svg}; with --update-readme, the README block between
// `<!-- bench:e2e:start -->` / `<!-- bench:e2e:end -->`.
import { execFileSync, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import Long from 'long';
import { MatchType } from '../src/engine/engine.js';
import type { thanos } from '../src/gen/proto.js';
import { PROMETHEUS_BIN } from '../test/helpers/prometheus.js';
import { startOurSidecar, startThanosSidecar, thanosBinary, type ServiceProcess } from '../test/helpers/thanos.js';
import { GoStoreClient } from './e2e-client.js';
import { blockSet, scratchTsdb, SPEC_A, SPEC_B, SPEC_C, type BlockSet, type BlockSetSpec } from './e2e-blocks.js';
import { BenchPrometheus, procCpuMs, procMemory, quiet, RssSampler } from './e2e-prometheus.js';
import { writeReports, type CaseInfo, type Contender, type ContenderResult, type E2eResults } from './e2e-report.js';
import { goHarness } from './harnesses.js';
import { quantile } from './report.js';

interface Case {
  id: string;
  label: string;
  spec: BlockSetSpec;
  runs: number;
  quickRuns: number;
  shards?: number;
}

const CASES: Case[] = [
  { id: 'a', label: '(a) 10k series × 8 h', spec: SPEC_A, runs: 10, quickRuns: 3 },
  // 100 calls: the p99 of 30 is their slowest call, one hiccup of this VM; of 100 it is the second slowest.
  { id: 'b', label: '(b) thanos#6930: 26k series × 230 samples', spec: SPEC_B, runs: 100, quickRuns: 8 },
  { id: 'c', label: '(c) 1M series × 2 h', spec: SPEC_C, runs: 3, quickRuns: 1 },
  { id: 'd', label: '(d) 1M series × 2 h, 4 shards at once', spec: SPEC_C, runs: 3, quickRuns: 1, shards: 4 },
];

/** Per call: long enough for the Go sidecar's remote read of 1M series on a loaded 2-core box. */
const CALL_DEADLINE_MS = 15 * 60_000;

const secsSince = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e9;

function grpcError(err: unknown): string {
  const e = err as { code?: number; details?: string; message?: string };
  return e.details ? `gRPC code ${e.code}: ${e.details}` : String(e.message ?? err);
}

function dirBytes(set: BlockSet, what: 'index' | 'chunks'): number {
  let n = 0;
  for (const b of set.blocks) {
    const p = join(set.dir, b.ulid);
    if (what === 'index') n += statSync(join(p, 'index')).size;
    else for (const f of execFileSync('ls', [join(p, 'chunks')], { encoding: 'utf8' }).split('\n').filter(Boolean)) n += statSync(join(p, 'chunks', f)).size;
  }
  return n;
}

function emptyResult(c: Case, who: Contender): ContenderResult {
  return {
    caseId: c.id,
    contender: who,
    runs: 0,
    series: 0,
    chunks: 0,
    samples: 0,
    bytes: 0,
    frames: 0,
    firstMs: 0,
    p50Ms: 0,
    p99Ms: 0,
    meanMs: 0,
    seriesPerSec: 0,
    bytesPerSec: 0,
    sidecarPeakRss: 0,
    sidecarPeakAnon: 0,
    sidecarIdle: { rss: 0, anon: 0 },
    promRssBefore: 0,
    promRssGrowth: 0,
    promAnonGrowth: 0,
    cpuMsPerCall: { client: 0, sidecar: 0, prometheus: 0 },
    warnings: [],
  };
}

type Sidecar = { proc: ServiceProcess; grpcAddress: string; stop(): Promise<void> };

/**
 * One sidecar of a case, with its own Prometheus, scratch copy of the blocks, client and RSS
 * samplers, from start-up to teardown. A failed call ends its calls (the error is kept); the
 * other contender of the case goes on.
 */
class Running {
  readonly res: ContenderResult;
  private prom?: BenchPrometheus;
  private sidecar?: Sidecar;
  private client?: GoStoreClient;
  private promSampler?: RssSampler;
  private sidecarSampler?: RssSampler;
  private cpu0 = { client: 0, sidecar: 0, prometheus: 0 };
  private promAnonBefore = 0;
  private readonly times: number[] = [];
  private readonly scratch: ReturnType<typeof scratchTsdb>;

  private constructor(
    private readonly c: Case,
    set: BlockSet,
    readonly who: Contender,
  ) {
    this.res = emptyResult(c, who);
    this.scratch = scratchTsdb(set);
  }

  /** Starts Prometheus and the sidecar; notes the idle figures and starts the RSS samplers. */
  static async start(c: Case, set: BlockSet, who: Contender, go: string): Promise<Running> {
    const r = new Running(c, set, who);
    try {
      r.prom = await BenchPrometheus.start(r.scratch.path, r.scratch.root, set.blocks.length);
      r.sidecar =
        who === 'thanos'
          ? await startThanosSidecar({ prometheusUrl: r.prom.url, tsdbPath: r.scratch.path })
          : await startOurSidecar({ prometheusUrl: r.prom.url, tsdbPath: r.scratch.path, sourceMaps: false });
      const req: thanos.SeriesRequest.$Properties = {
        minTime: Long.fromNumber(set.minTime),
        maxTime: Long.fromNumber(set.maxTime - 1), // block maxTime is exclusive
        matchers: [{ type: MatchType.RE as number, name: '__name__', value: '.+' }],
        responseBatchSize: 64, // what current Queriers send
      };
      r.client = new GoStoreClient(go, r.sidecar.grpcAddress, req, CALL_DEADLINE_MS);
      const before = procMemory(r.prom.pid!);
      r.res.promRssBefore = before.rss;
      r.promAnonBefore = before.anon;
      const idle = procMemory(r.sidecar.proc.pid!);
      r.res.sidecarIdle = { rss: idle.rss, anon: idle.anon };
      r.promSampler = new RssSampler(r.prom.pid!);
      r.sidecarSampler = new RssSampler(r.sidecar.proc.pid!);
    } catch (err) {
      r.fail(err);
    }
    return r;
  }

  /** Process ids of this contender's sidecar and Prometheus (those still running). */
  pids(): number[] {
    return [this.sidecar?.proc.pid, this.prom?.pid].filter((p): p is number => p !== undefined);
  }

  get ok(): boolean {
    return this.res.error === undefined;
  }

  private fail(err: unknown): void {
    this.res.error ??= grpcError(err);
    console.log(`  ${this.who} ${this.c.id} FAILED: ${this.res.error}`);
  }

  /** The untimed first call: what the answer is, later calls are checked against it. */
  async first(): Promise<void> {
    if (!this.ok) return;
    try {
      const first = await this.client!.call(this.c.shards ?? 0);
      this.res.firstMs = first.ms;
      Object.assign(this.res, { series: first.series, chunks: first.chunks, samples: first.samples, bytes: first.bytes, frames: first.frames, perShard: first.perShard });
      this.res.warnings.push(...first.warnings);
      console.log(`  ${this.who} ${this.c.id} first call: ${first.series} series, ${first.samples} samples, ${(first.bytes / 2 ** 20).toFixed(1)} MiB in ${first.ms.toFixed(0)} ms`);
      this.cpu0 = { client: this.client!.cpuMs(), sidecar: procCpuMs(this.sidecar!.proc.pid!), prometheus: procCpuMs(this.prom!.pid!) };
    } catch (err) {
      this.fail(err);
    }
  }

  async timed(): Promise<void> {
    if (!this.ok) return;
    try {
      const r = await this.client!.call(this.c.shards ?? 0);
      this.times.push(r.ms);
      if (r.series !== this.res.series || r.samples !== this.res.samples) {
        this.res.warnings.push(`call ${this.times.length} returned ${r.series} series / ${r.samples} samples, the first ${this.res.series} / ${this.res.samples}`);
      }
    } catch (err) {
      this.fail(err);
    }
  }

  /** Figures from the timed calls, then everything stopped and the scratch copy removed. */
  async finish(): Promise<ContenderResult> {
    const res = this.res;
    const runs = this.times.length;
    if (this.client && this.sidecar?.proc.pid && this.prom?.pid && runs > 0) {
      res.cpuMsPerCall = {
        client: (this.client.cpuMs() - this.cpu0.client) / runs,
        sidecar: (procCpuMs(this.sidecar.proc.pid) - this.cpu0.sidecar) / runs,
        prometheus: (procCpuMs(this.prom.pid) - this.cpu0.prometheus) / runs,
      };
    }
    if (this.promSampler) {
      const peak = this.promSampler.stop();
      res.promRssGrowth = Math.max(0, peak.peakRss - res.promRssBefore);
      res.promAnonGrowth = Math.max(0, peak.peakAnon - this.promAnonBefore);
    }
    if (this.sidecarSampler) {
      res.sidecarPeakAnon = this.sidecarSampler.stop().peakAnon;
      res.sidecarPeakRss = Math.max(this.sidecar?.proc.pid ? procMemory(this.sidecar.proc.pid).hwm : 0, this.sidecarSampler.peakRss);
    }
    this.client?.close();
    if (runs > 0) {
      const sorted = [...this.times].sort((a, b) => a - b);
      res.runs = runs;
      res.p50Ms = quantile(sorted, 0.5);
      res.p99Ms = quantile(sorted, 0.99);
      res.meanMs = this.times.reduce((a, b) => a + b, 0) / runs;
      res.seriesPerSec = (res.series * 1000) / res.p50Ms;
      res.bytesPerSec = (res.bytes * 1000) / res.p50Ms;
    }
    if (this.sidecar && !this.sidecar.proc.pid && !res.error) res.error = `sidecar ${this.sidecar.proc.exitReason ?? 'exited'}`;
    if (this.sidecar) {
      if (res.error) res.warnings.push(`sidecar log tail: ${this.sidecar.proc.logTail(8)}`);
      await this.sidecar.stop();
    }
    if (this.prom) {
      if (res.error) res.warnings.push(`prometheus log tail: ${this.prom.logTail(8)}`);
      await this.prom.stop();
    }
    this.scratch.remove();
    return res;
  }
}

/**
 * Runs one case: every contender up at once, each beside its own Prometheus, then the timed calls
 * in rounds, one call at a time, the order of the contenders swapped every round (ABBA), each
 * call once every process of the case is quiet (see `quiet`). The speed of this VM drifts by tens
 * of percent within minutes; contenders timed minutes apart would carry that drift into their
 * ratio, contenders timed call by call share it.
 */
async function runCase(c: Case, set: BlockSet, who: Contender[], runs: number, go: string, phases: E2eResults['phases']): Promise<ContenderResult[]> {
  let t = process.hrtime.bigint();
  const live: Running[] = [];
  try {
    for (const w of who) live.push(await Running.start(c, set, w, go));
    for (const r of live) await r.first();
    phases.push({ name: `case ${c.id}: start-up and first calls (${who.join(', ')})`, secs: secsSince(t) });
    t = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
      for (const r of i % 2 === 0 ? live : [...live].reverse()) {
        await quiet(live.flatMap((x) => x.pids()));
        await r.timed();
      }
    }
    phases.push({ name: `case ${c.id}: ${runs} timed rounds`, secs: secsSince(t) });
  } finally {
    t = process.hrtime.bigint();
    for (const r of live) await r.finish();
    phases.push({ name: `case ${c.id}: teardown`, secs: secsSince(t) });
  }
  return live.map((r) => r.res);
}

/** "x.y.z" from `bin --version` (Prometheus prints it on stdout, thanos on stderr). */
function version(bin: string, args: string[]): string {
  const r = spawnSync(bin, args, { encoding: 'utf8' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return /version (\S+)/.exec(out)?.[1] ?? 'unknown';
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // A long run (minutes, both sidecars): an unknown flag is refused rather than ignored.
  const known = new Set(['--quick', '--update-readme', '--cases', '--ours-only']);
  const unknown = argv.filter((a, i) => a.startsWith('-') && !known.has(a) && argv[i - 1] !== '--cases');
  if (unknown.length > 0 || argv.includes('--help')) {
    console.error('usage: node dist/bench/e2e.bench.js [--quick] [--update-readme | --ours-only] [--cases a,b,c,d]');
    process.exit(unknown.some((a) => a !== '--help' && a !== '-h') ? 2 : 0);
  }
  const quick = argv.includes('--quick');
  const readme = argv.includes('--update-readme');
  const oursOnly = argv.includes('--ours-only');
  if (oursOnly && readme) {
    console.error('--ours-only writes no report: it cannot update the README');
    process.exit(2);
  }
  const only = argv.includes('--cases') ? argv[argv.indexOf('--cases') + 1].split(',') : undefined;
  const cases = CASES.filter((c) => !only || only.includes(c.id));
  const began = process.hrtime.bigint();
  const startLoad = loadavg();
  const phases: E2eResults['phases'] = [];

  let t = process.hrtime.bigint();
  const go = goHarness();
  const thanosBin = oursOnly ? '' : thanosBinary();
  phases.push({ name: 'tools (bench-go, thanos: built or found)', secs: secsSince(t) });

  const sets = new Map<BlockSetSpec, BlockSet>();
  for (const c of cases) {
    if (sets.has(c.spec)) continue;
    t = process.hrtime.bigint();
    const set = blockSet(go, c.spec);
    sets.set(c.spec, set);
    phases.push({
      name: `blocks ${c.spec.series} × ${c.spec.samples} @${c.spec.interval}`,
      secs: set.writtenSecs ?? secsSince(t),
    });
    if (set.writtenSecs === undefined) phases[phases.length - 1].name += ' (cached; check only)';
  }

  const infos: CaseInfo[] = [];
  const results: ContenderResult[] = [];
  for (const c of cases) {
    const set = sets.get(c.spec)!;
    infos.push({
      id: c.id,
      label: c.label,
      blocks: set.blocks.length,
      series: set.blocks.reduce((n, b) => Math.max(n, b.stats.numSeries), 0),
      samples: set.blocks.reduce((n, b) => n + b.stats.numSamples, 0),
      indexBytes: dirBytes(set, 'index'),
      chunkBytes: dirBytes(set, 'chunks'),
      shards: c.shards,
    });
    console.log(`case ${c.id} (${c.label})…`);
    const who: Contender[] = oursOnly ? ['ours'] : ['thanos', 'ours'];
    for (const r of await runCase(c, set, who, quick ? c.quickRuns : c.runs, go, phases)) {
      results.push(r);
      console.log(
        `  ${r.contender} ${c.id}: ${r.series} series, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, CPU/call ${r.cpuMsPerCall.sidecar.toFixed(0)} ms (client ${r.cpuMsPerCall.client.toFixed(0)} ms), ` +
          `peak RSS ${(r.sidecarPeakRss / 2 ** 20).toFixed(0)} MiB (anon ${(r.sidecarPeakAnon / 2 ** 20).toFixed(0)}, idle ${(r.sidecarIdle.rss / 2 ** 20).toFixed(0)}), Prometheus +${(r.promRssGrowth / 2 ** 20).toFixed(0)} MiB`,
      );
    }
  }

  if (oursOnly) return;
  const out: E2eResults = {
    env: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memTotalBytes: totalmem(),
      node: process.version,
      prometheus: version(PROMETHEUS_BIN, ['--version']),
      thanos: version(thanosBin, ['--version']),
      date: new Date().toISOString(),
      command: process.env.npm_lifecycle_event === 'bench:e2e' ? `npm run bench:e2e${argv.length > 0 ? ' -- ' + argv.join(' ') : ''}` : ['node dist/bench/e2e.bench.js', ...argv].join(' '),
      loadavg: { start: startLoad, end: loadavg() },
      durationSecs: secsSince(began),
    },
    cases: infos,
    results,
    checks: checks(cases, results),
    phases,
    method:
      'Per case and sidecar: a fresh Prometheus 2.42 (retention 10y, min = max block duration 2h, default remote-read limits, no scrapes) on a hard-linked scratch copy of the blocks, ' +
      'and a fresh sidecar beside it (thanos: `thanos sidecar --prometheus.url --tsdb.path`, which answers Series by streamed remote read from Prometheus; ours: ' +
      '`storeapi-sidecar sidecar --prometheus.url --tsdb.path`, which reads the blocks itself; started as `node bin/storeapi-sidecar.js`, without the tests\' --enable-source-maps). One client on loopback, `bench-go client`: grpc-go as in the Querier ' +
      '(default transport, its flow-control window grown by BDP estimation; unlimited receive size), one connection per case, raw response bytes counted without decoding ' +
      '(series, chunks, and samples from each chunk header). Request: `{__name__=~".+"}` over [first block minTime, last block maxTime − 1], response_batch_size 64. ' +
      'Both sidecars of a case (each with its own Prometheus and client) run at once. One untimed first call each, then the timed calls in rounds, one call at a time: thanos then ours, ours then thanos, and so on, so that both are timed under the same drift of this VM\'s speed; each call waits (up to 5 s) until the sidecars and Prometheus servers of the case together used at most 10 ms of CPU over 100 ms. p50/p99 over the timed calls, rates = series (bytes) of one call ÷ p50. ' +
      'Case (d): 4 concurrent calls with shard_info {shard_index i, total_shards 4, by false, labels []} (hash of all labels), timed until the last ends. ' +
      'Sidecar peak RSS = VmHWM of its process at the end of the case (start-up included; ours includes its worker threads); in parentheses the peak RssAnon sampled every 50 ms over the calls, i.e. without the block-file pages we mmap, which the kernel can drop at will. ' +
      'Prometheus RSS growth = peak VmRSS sampled every 50 ms over all calls of the case − VmRSS just before the first call (RssAnon growth in parentheses; VmRSS also counts mapped block pages).',
  };
  writeReports(out, readme);
  console.log(`\nwrote bench/results/e2e.{json,md,svg} in ${(out.env.durationSecs / 60).toFixed(1)} min`);
  for (const c of out.checks) console.log(`check: ${c}`);
}

/** Cross-checks of what both sidecars returned; a mismatch is reported, never hidden. */
function checks(cases: Case[], results: ContenderResult[]): string[] {
  const out: string[] = [];
  const get = (id: string, who: Contender) => results.find((r) => r.caseId === id && r.contender === who);
  for (const c of cases) {
    const th = get(c.id, 'thanos');
    const us = get(c.id, 'ours');
    if (!th?.series || !us?.series) {
      out.push(`${c.label}: not compared (${!th?.series ? 'thanos sidecar' : 'our sidecar'} returned nothing${(th?.error ?? us?.error) ? ': ' + (th?.error ?? us?.error) : ''})`);
      continue;
    }
    const same = th.series === us.series && th.samples === us.samples;
    out.push(
      `${c.label}: ${same ? 'same' : '⚠ MISMATCH:'} series ${th.series.toLocaleString('en-US')} (thanos) / ${us.series.toLocaleString('en-US')} (ours), ` +
        `samples ${th.samples.toLocaleString('en-US')} / ${us.samples.toLocaleString('en-US')}, chunks ${th.chunks.toLocaleString('en-US')} / ${us.chunks.toLocaleString('en-US')}`,
    );
    if (c.shards) {
      const whole = cases.find((x) => x.spec === c.spec && !x.shards);
      for (const r of [th, us]) {
        const full = whole ? get(whole.id, r.contender) : undefined;
        const ref = full?.series || c.spec.series;
        out.push(
          `${c.label}, ${r.contender}: shards ${r.perShard?.map((n) => n.toLocaleString('en-US')).join(' + ')} = ${r.series.toLocaleString('en-US')}` +
            `${r.series === ref ? ' = ' : ' ⚠ ≠ '}${ref.toLocaleString('en-US')} (${full?.series ? `case ${whole!.id}` : 'series written'})`,
        );
      }
    }
  }
  for (const r of results) for (const w of r.warnings.filter((w) => !w.includes('log tail'))) out.push(`${r.caseId}, ${r.contender}: warning: ${w}`);
  return out;
}

await main();
