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
// Prometheus. One untimed first call, then the timed calls, one at a time. Prometheus's VmRSS is
// sampled every 50 ms across all of them. A failing call is recorded with its error, never dropped.
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
import { blockSet, scratchTsdb, type BlockSet, type BlockSetSpec } from './e2e-blocks.js';
import { BenchPrometheus, procCpuMs, procMemory, RssSampler } from './e2e-prometheus.js';
import { writeReports, type CaseInfo, type Contender, type ContenderResult, type E2eResults } from './e2e-report.js';
import { goHarness } from './harnesses.js';

interface Case {
  id: string;
  label: string;
  spec: BlockSetSpec;
  runs: number;
  quickRuns: number;
  shards?: number;
}

const SPEC_A: BlockSetSpec = { series: 10_000, samples: 1920, interval: '15s' };
const SPEC_B: BlockSetSpec = { series: 26_000, samples: 230, interval: '15s' };
const SPEC_C: BlockSetSpec = { series: 1_000_000, samples: 120, interval: '60s' };

const CASES: Case[] = [
  { id: 'a', label: '(a) 10k series × 8 h', spec: SPEC_A, runs: 10, quickRuns: 3 },
  { id: 'b', label: '(b) thanos#6930: 26k series × 230 samples', spec: SPEC_B, runs: 30, quickRuns: 8 },
  { id: 'c', label: '(c) 1M series × 2 h', spec: SPEC_C, runs: 3, quickRuns: 1 },
  { id: 'd', label: '(d) 1M series × 2 h, 4 shards at once', spec: SPEC_C, runs: 3, quickRuns: 1, shards: 4 },
];

/** Per call: long enough for the Go sidecar's remote read of 1M series on a loaded 2-core box. */
const CALL_DEADLINE_MS = 15 * 60_000;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
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

async function runContender(c: Case, set: BlockSet, who: Contender, quick: boolean, go: string): Promise<ContenderResult> {
  const scratch = scratchTsdb(set);
  let prom: BenchPrometheus | undefined;
  let sidecar: { proc: ServiceProcess; grpcAddress: string; stop(): Promise<void> } | undefined;
  const res: ContenderResult = {
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
  try {
    prom = await BenchPrometheus.start(scratch.path, scratch.root, set.blocks.length);
    sidecar =
      who === 'thanos'
        ? await startThanosSidecar({ prometheusUrl: prom.url, tsdbPath: scratch.path })
        : await startOurSidecar({ prometheusUrl: prom.url, tsdbPath: scratch.path, sourceMaps: false });
    const req: thanos.SeriesRequest.$Properties = {
      minTime: Long.fromNumber(set.minTime),
      maxTime: Long.fromNumber(set.maxTime - 1), // block maxTime is exclusive
      matchers: [{ type: MatchType.RE as number, name: '__name__', value: '.+' }],
      responseBatchSize: 64, // what current Queriers send
    };
    const client = new GoStoreClient(go, sidecar.grpcAddress, req, CALL_DEADLINE_MS);
    const call = () => client.call(c.shards ?? 0);
    const promPid = prom.pid!;
    const before = procMemory(promPid);
    res.promRssBefore = before.rss;
    const idle = procMemory(sidecar.proc.pid!);
    res.sidecarIdle = { rss: idle.rss, anon: idle.anon };
    const sampler = new RssSampler(promPid);
    const sidecarSampler = new RssSampler(sidecar.proc.pid!);
    const times: number[] = [];
    try {
      const first = await call();
      res.firstMs = first.ms;
      Object.assign(res, { series: first.series, chunks: first.chunks, samples: first.samples, bytes: first.bytes, frames: first.frames, perShard: first.perShard });
      res.warnings.push(...first.warnings);
      console.log(`  ${who} ${c.id} first call: ${first.series} series, ${first.samples} samples, ${(first.bytes / 2 ** 20).toFixed(1)} MiB in ${first.ms.toFixed(0)} ms`);
      const runs = quick ? c.quickRuns : c.runs;
      const cpu0 = { client: client.cpuMs(), sidecar: procCpuMs(sidecar.proc.pid!), prometheus: procCpuMs(promPid) };
      for (let i = 0; i < runs; i++) {
        const r = await call();
        times.push(r.ms);
        if (r.series !== first.series || r.samples !== first.samples) {
          res.warnings.push(`call ${i + 1} returned ${r.series} series / ${r.samples} samples, the first ${first.series} / ${first.samples}`);
        }
      }
      res.cpuMsPerCall = {
        client: (client.cpuMs() - cpu0.client) / runs,
        sidecar: (procCpuMs(sidecar.proc.pid!) - cpu0.sidecar) / runs,
        prometheus: (procCpuMs(promPid) - cpu0.prometheus) / runs,
      };
    } catch (err) {
      res.error = grpcError(err);
      console.log(`  ${who} ${c.id} FAILED: ${res.error}`);
    } finally {
      const peak = sampler.stop();
      res.promRssGrowth = Math.max(0, peak.peakRss - before.rss);
      res.promAnonGrowth = Math.max(0, peak.peakAnon - before.anon);
      res.sidecarPeakAnon = sidecarSampler.stop().peakAnon;
      res.sidecarPeakRss = Math.max(procMemory(sidecar.proc.pid!).hwm, sidecarSampler.peakRss);
      client.close();
    }
    if (times.length > 0) {
      const sorted = [...times].sort((a, b) => a - b);
      res.runs = times.length;
      res.p50Ms = quantile(sorted, 0.5);
      res.p99Ms = quantile(sorted, 0.99);
      res.meanMs = times.reduce((a, b) => a + b, 0) / times.length;
      res.seriesPerSec = (res.series * 1000) / res.p50Ms;
      res.bytesPerSec = (res.bytes * 1000) / res.p50Ms;
    }
    if (!sidecar.proc.pid && !res.error) res.error = `sidecar ${sidecar.proc.exitReason ?? 'exited'}`;
  } catch (err) {
    res.error ??= grpcError(err);
    console.log(`  ${who} ${c.id} FAILED: ${res.error}`);
  } finally {
    if (sidecar) {
      if (res.error) res.warnings.push(`sidecar log tail: ${sidecar.proc.logTail(8)}`);
      await sidecar.stop();
    }
    if (prom) {
      if (res.error) res.warnings.push(`prometheus log tail: ${prom.logTail(8)}`);
      await prom.stop();
    }
    scratch.remove();
  }
  return res;
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
    for (const who of oursOnly ? (['ours'] as const) : (['thanos', 'ours'] as const)) {
      t = process.hrtime.bigint();
      console.log(`case ${c.id} (${c.label}), ${who}…`);
      const r = await runContender(c, set, who, quick, go);
      results.push(r);
      phases.push({ name: `case ${c.id}, ${who}${r.error ? ' (failed)' : ''}`, secs: secsSince(t) });
      console.log(
        `  ${who} ${c.id}: ${r.series} series, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, CPU/call ${r.cpuMsPerCall.sidecar.toFixed(0)} ms (client ${r.cpuMsPerCall.client.toFixed(0)} ms), ` +
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
      'One untimed first call, then the timed calls one at a time; p50/p99 over the timed calls, rates = series (bytes) of one call ÷ p50. ' +
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
