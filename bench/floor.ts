// bench:floor — what case (a) or (b) of bench:e2e can cost at least on this machine, beside our
// sidecar.
//
// Four figures from one run, on (a)'s blocks (10k series × 8 h) or (b)'s (26k series × 230
// samples): a select-all, batches of 64, the bench client `bench-go client` as in bench:e2e:
//
//   engine   the native engine alone, in one thread of one process: the query drained 1 MiB at a
//            time (replay-server.ts, before it serves). CPU per query, on a quiet machine; and
//            again in a process of its own draining while the client calls the replay back to
//            back (replay-server.ts --drain-only): the engine's CPU while a response streams
//            through the other core, as it does beside our sidecar's serving.
//   replay   the same response served from memory by replay-server.ts: grpc-js, the preframed
//            hook and the sidecar's write pacing, no query work. Wall, server CPU and client CPU
//            per call.
//   sidecar  our sidecar on a hard-linked copy of the blocks (no Prometheus, as bench:sidecar-ab).
//   thanos   the real Thanos sidecar beside a real Prometheus holding a copy of the blocks, as in
//            bench:e2e: the reference the e2e target is a ratio to. Server CPU is both processes'.
//
// Calls rotate between the servers, the order reversed every round, so all share the VM's drift;
// each call waits until the servers are quiet (bench:e2e's rule). The replay's and our sidecar's
// answers are checked to be the same bytes; thanos's (its own external labels) the same series,
// chunks and samples.
//
// Why: on two vCPUs the client and the server share the cores, so a call's wall time is bound
// by the CPU both use. The replay row is the call with no query work at all; the engine row is
// the query work with no serving at all.
//
// Calls are timed by the client (CPU by /proc in 10 ms ticks, so means over the rounds). The
// client's context switches per call are counted too: how the response arrives changes how often
// its threads sleep and wake, and so its CPU. With thanos in the run, the table ends with the CPU
// budget the 5× target leaves our sidecar on this machine's cores (cpuBound), beside the least it
// could use (replay serving + engine alone), and, for case (b), what its p99 target asks of our
// p50 given how widely the replay's own calls spread (p99Bound).
//
//   node dist/bench/floor.js [--case a|b] [--rounds 30] [--no-thanos] [--update-readme]
//
// Results: bench/results/floor-<case>.{json,md}; with --update-readme, the README block between
// `<!-- bench:floor-<case>:start -->` / `<!-- bench:floor-<case>:end -->`.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Long from 'long';
import { MatchType } from '../src/engine/engine.js';
import { repoRoot } from '../test/helpers/tools.js';
import { startOurSidecar, startThanosSidecar } from '../test/helpers/thanos.js';
import { GoStoreClient, type CallResult } from './e2e-client.js';
import { blockSet, scratchTsdb, SPEC_A, SPEC_B } from './e2e-blocks.js';
import { BenchPrometheus, procCpuMs, quiet } from './e2e-prometheus.js';
import { goHarness } from './harnesses.js';
import { quantile, updateReadme } from './report.js';

interface Call {
  ms: number;
  server: number;
  client: number;
  /** The client's voluntary and involuntary context switches during the call. */
  clientSleeps: number;
  clientPreempted: number;
}

const f1 = (x: number) => x.toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
/** `x` against `base` in words: "12% more", "3% less". */
const change = (x: number, base: number) => `${Math.abs((x / base - 1) * 100).toFixed(0)}% ${x >= base ? 'more' : 'less'}`;

function parseArgs(argv: string[]): { id: 'a' | 'b'; rounds: number; readme: boolean; thanos: boolean } {
  let id: 'a' | 'b' = 'a';
  let rounds = 30;
  let readme = false;
  let thanos = true;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i] === '--case') {
      const c = argv[++i];
      if (c !== 'a' && c !== 'b') {
        console.error('--case is a or b');
        process.exit(2);
      }
      id = c;
    } else if (argv[i] === '--update-readme') readme = true;
    else if (argv[i] === '--no-thanos') thanos = false;
    else {
      console.error(`unknown argument ${argv[i]}\nusage: node dist/bench/floor.js [--case a|b] [--rounds N] [--no-thanos] [--update-readme]`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(rounds) || rounds < 2) {
    console.error('--rounds must be an integer ≥ 2');
    process.exit(2);
  }
  if (readme && !thanos) {
    console.error('--update-readme needs the thanos row');
    process.exit(2);
  }
  return { id, rounds, readme, thanos };
}

/** Replay calls made while the engine drains beside them (about as many drains end meanwhile). */
const CALLS_BESIDE_ENGINE = 30;

/** Starts replay-server.js on `dir`; resolves with its pid, port and engine timings. */
async function startReplay(dir: string): Promise<{ pid: number; port: number; engineCpuMs: number[]; stop: () => void }> {
  const proc = spawn(process.execPath, [join(repoRoot, 'dist', 'bench', 'replay-server.js'), dir, '--engine-runs', '10'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (code) => reject(new Error(`replay-server exited (${code}) before listening`)));
  });
  const r = JSON.parse(line) as { port: number; engineCpuMs: number[] };
  return { pid: proc.pid!, port: r.port, engineCpuMs: r.engineCpuMs, stop: () => proc.stdin!.end() };
}

/**
 * The engine's CPU per drain while `calls` replay calls run back to back: replay-server.js
 * --drain-only drains in a process of its own meanwhile. Drains that ended during the calls count.
 */
async function engineBesideCalls(dir: string, client: GoStoreClient, calls: number): Promise<number[]> {
  const proc = spawn(process.execPath, [join(repoRoot, 'dist', 'bench', 'replay-server.js'), dir, '--drain-only'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let counting = false;
  const cpu: number[] = [];
  const lines = createInterface({ input: proc.stdout! });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      lines.on('line', (l) => {
        if (counting) cpu.push((JSON.parse(l) as { cpuMs: number }).cpuMs);
        resolve(); // a timed drain has ended: the untimed warm one, which opens the pages, is behind
      });
      proc.once('exit', (code) => reject(new Error(`replay-server --drain-only exited (${code}) before draining`)));
    });
    counting = true;
    for (let i = 0; i < calls; i++) await client.call();
    counting = false;
  } finally {
    proc.stdin!.end();
    await exited;
  }
  if (cpu.length < 3) throw new Error(`only ${cpu.length} drains ended during ${calls} replay calls`);
  return cpu;
}

interface Side {
  name: 'replay' | 'sidecar' | 'thanos';
  label: string;
  /** Processes whose CPU is the server's. */
  pids: number[];
  client: GoStoreClient;
  calls: Call[];
}

interface Row {
  wallP50: number;
  wallP99: number;
  serverCpu: number;
  clientCpu: number;
}

/**
 * The CPU budget the 5× target leaves our sidecar. A call cannot take less wall time than the CPU
 * its server and client use together, divided by the cores: at thanos p50 ÷ 5 the two may use at
 * most cores × that, and the client behind our sidecar takes its share first. Against it, the
 * least our sidecar could use: the replay's serving plus the engine alone, with no cost at all for
 * the hand-over between them; and the same with the engine's CPU while the replay serves the
 * client, which is what the engine costs beside a call's serving.
 */
function cpuBound(
  cores: number,
  thanosP50: number | undefined,
  ours: Row | undefined,
  replay: Row | undefined,
  engineMs: number,
  engineBesideMs: number,
): string | undefined {
  if (thanosP50 === undefined || !ours || !replay) return undefined;
  const target = thanosP50 / 5;
  const budget = cores * target - ours.clientCpu;
  const least = replay.serverCpu + engineMs;
  return (
    `CPU budget at the target: ${cores} cores × ${f1(target)} ms = ${f1(cores * target)} ms for server and client together; ` +
    `the client behind our sidecar used ${f1(ours.clientCpu)}, which leaves our sidecar ${f1(budget)} ms per call. ` +
    `It used ${f1(ours.serverCpu)}; the replay's serving plus the engine alone is ${f1(replay.serverCpu)} + ${f1(engineMs)} = ${f1(least)} ms` +
    (least > budget ? ', over the budget before any hand-over cost.' : '.') +
    ` Draining beside the replay's calls the engine used ${f1(engineBesideMs)} ms (${change(engineBesideMs, engineMs)} than alone): ` +
    `the replay's serving plus that is ${f1(replay.serverCpu + engineBesideMs)} ms.`
  );
}

/**
 * What case (b)'s p99 target (≤ 0.2× thanos's p99) asks of our p50. The replay's calls carry no
 * query work, so how far its p99 lies above its p50 is the spread this client and machine give a
 * call of that length; at that spread our p99 meets the target only at a p50 of target ÷ spread.
 */
function p99Bound(thanos: Row | undefined, ours: Row | undefined, replay: Row | undefined): string | undefined {
  if (!thanos || !ours || !replay) return undefined;
  const target = thanos.wallP99 * 0.2;
  const spread = replay.wallP99 / replay.wallP50;
  return (
    `p99 target: 0.2 × thanos p99 ${f1(thanos.wallP99)} = ${f1(target)} ms. Our p99 was ${f1(ours.wallP99)} (${(ours.wallP99 / thanos.wallP99).toFixed(2)}×), ` +
    `${(ours.wallP99 / ours.wallP50).toFixed(2)}× our p50; the replay's was ${spread.toFixed(2)}× its p50, which at the target asks for a p50 of ` +
    `${f1(target)} ÷ ${spread.toFixed(2)} = ${f1(target / spread)} ms (thanos p50 ÷ ${(thanos.wallP50 / (target / spread)).toFixed(1)}).`
  );
}

async function main(): Promise<void> {
  const { id, rounds, readme, thanos } = parseArgs(process.argv.slice(2));
  const go = goHarness();
  const set = blockSet(go, id === 'a' ? SPEC_A : SPEC_B);
  const req = {
    minTime: Long.fromNumber(set.minTime),
    maxTime: Long.fromNumber(set.maxTime - 1),
    matchers: [{ type: MatchType.RE as number, name: '__name__', value: '.+' }],
    responseBatchSize: 64,
  };
  const cleanup: (() => void | Promise<void>)[] = [];
  const sides: Side[] = [];
  let engineCpuMs: number[] = [];
  let engineBesideCpuMs: number[] = [];
  const first: CallResult[] = [];
  try {
    const replay = await startReplay(set.dir);
    cleanup.push(replay.stop);
    engineCpuMs = replay.engineCpuMs;
    sides.push({ name: 'replay', label: 'replay: the response from memory, no query work', pids: [replay.pid], client: new GoStoreClient(go, `127.0.0.1:${replay.port}`, req, 60_000), calls: [] });
    const scratch = scratchTsdb(set);
    cleanup.push(scratch.remove);
    const sidecar = await startOurSidecar({ tsdbPath: scratch.path, externalLabels: { replica: 'a' }, sourceMaps: false });
    cleanup.push(() => sidecar.proc.stop());
    sides.push({ name: 'sidecar', label: 'our sidecar', pids: [sidecar.proc.pid!], client: new GoStoreClient(go, sidecar.grpcAddress, req, 60_000), calls: [] });
    if (thanos) {
      const tscratch = scratchTsdb(set);
      cleanup.push(tscratch.remove);
      const prom = await BenchPrometheus.start(tscratch.path, tscratch.root, set.blocks.length);
      cleanup.push(() => prom.stop());
      const ts = await startThanosSidecar({ prometheusUrl: prom.url, tsdbPath: tscratch.path });
      cleanup.push(() => ts.proc.stop());
      sides.push({ name: 'thanos', label: 'the Thanos sidecar and its Prometheus', pids: [ts.proc.pid!, prom.pid!], client: new GoStoreClient(go, ts.grpcAddress, req, 120_000), calls: [] });
    }
    for (const s of sides) cleanup.push(() => s.client.close());
    for (const s of sides) {
      first.push(await s.client.call());
      await s.client.call();
    }
    const [a, b] = first;
    if (a.series !== b.series || a.chunks !== b.chunks || a.samples !== b.samples || a.bytes !== b.bytes) {
      throw new Error(`replay and sidecar answers differ: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    }
    for (const t of first.slice(2)) {
      if (t.series !== a.series || t.chunks !== a.chunks || t.samples !== a.samples) {
        throw new Error(`thanos and our answers differ: ${JSON.stringify(t)} vs ${JSON.stringify(a)}`);
      }
    }
    const all = sides.flatMap((s) => s.pids);
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 === 0 ? sides : [...sides].reverse()) {
        await quiet(all);
        const cpu = () => s.pids.reduce((n, p) => n + procCpuMs(p), 0);
        const s0 = cpu();
        const c0 = s.client.cpuMs();
        const x0 = s.client.contextSwitches();
        const res = await s.client.call();
        const x1 = s.client.contextSwitches();
        if (res.series !== set.spec.series) throw new Error(`${s.name}: ${res.series} series, expected ${set.spec.series}`);
        s.calls.push({
          ms: res.ms,
          server: cpu() - s0,
          client: s.client.cpuMs() - c0,
          clientSleeps: x1.voluntary - x0.voluntary,
          clientPreempted: x1.involuntary - x0.involuntary,
        });
      }
    }
    engineBesideCpuMs = await engineBesideCalls(set.dir, sides[0].client, CALLS_BESIDE_ENGINE);
  } finally {
    for (const f of cleanup.reverse()) await f();
  }
  const rows = sides.map((s) => ({
    name: s.name,
    label: s.label,
    wallP50: median(s.calls.map((c) => c.ms)),
    wallP99: quantile(s.calls.map((c) => c.ms).sort((x, y) => x - y), 0.99),
    serverCpu: mean(s.calls.map((c) => c.server)),
    clientCpu: mean(s.calls.map((c) => c.client)),
    clientSleeps: mean(s.calls.map((c) => c.clientSleeps)),
    clientPreempted: mean(s.calls.map((c) => c.clientPreempted)),
  }));
  const row = (n: Side['name']) => rows.find((r) => r.name === n);
  const result = {
    date: new Date().toISOString(),
    machine: `${cpus()[0]?.model ?? '?'}, ${cpus().length} vCPUs`,
    command: ['node dist/bench/floor.js', ...process.argv.slice(2)].join(' '),
    case: `(${id}) ${set.spec.series} series × ${set.spec.samples} samples @${set.spec.interval}, ${set.blocks.length} blocks, ${first[0].bytes} response bytes`,
    rounds,
    engineCpuMs: { median: median(engineCpuMs), min: Math.min(...engineCpuMs), runs: engineCpuMs.length },
    engineBesideCpuMs: { median: median(engineBesideCpuMs), min: Math.min(...engineBesideCpuMs), runs: engineBesideCpuMs.length },
    rows,
  };
  const thanosP50 = row('thanos')?.wallP50;
  const bound = cpuBound(cpus().length, thanosP50, row('sidecar'), row('replay'), result.engineCpuMs.median, result.engineBesideCpuMs.median);
  const tail = id === 'b' ? p99Bound(row('thanos'), row('sidecar'), row('replay')) : undefined;
  const vs = (x: number | undefined) => (thanosP50 !== undefined && x !== undefined ? `${(thanosP50 / x).toFixed(2)}×` : '—');
  const md = [
    `${result.case}; ${rounds} rounds; ${result.machine}; ${result.date.slice(0, 10)}. Command: \`${result.command}\`.`,
    '',
    '| what runs | wall p50 (ms) | thanos p50 ÷ this | wall p99 (ms) | p99 ÷ p50 | server CPU per call (ms) | client CPU per call (ms) | client context switches per call (voluntary / involuntary) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    `| engine alone (one thread, no serving; ${result.engineCpuMs.runs} drains) | — | — | — | — | ${f1(result.engineCpuMs.median)} (median) | — | — |`,
    `| engine beside the replay's calls (its own process, draining while the client calls the replay; ${result.engineBesideCpuMs.runs} drains) | — | — | — | — | ${f1(result.engineBesideCpuMs.median)} (median) | — | — |`,
    ...rows.map(
      (r) =>
        `| ${r.label} | ${f1(r.wallP50)} | ${r.name === 'thanos' ? '1' : vs(r.wallP50)} | ${f1(r.wallP99)} | ${(r.wallP99 / r.wallP50).toFixed(2)} | ${f1(r.serverCpu)} | ${f1(r.clientCpu)} | ` +
        `${r.clientSleeps.toFixed(0)} / ${r.clientPreempted.toFixed(0)} |`,
    ),
    '',
    `CPU from /proc in 10 ms ticks, context switches from /proc/PID/task/*/status, means over the rounds. ` +
      `A voluntary switch is a client thread going to sleep: on its socket, or with no work to run. The 5× target of case (${id}) is a wall time of thanos p50 ÷ 5` +
      (thanosP50 !== undefined ? ` = ${f1(thanosP50 / 5)} ms here.` : '.'),
    ...(bound ? ['', bound] : []),
    ...(tail ? ['', tail] : []),
  ].join('\n');
  console.log(md);
  const out = join(repoRoot, 'bench', 'results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `floor-${id}.json`), JSON.stringify({ ...result, cpuBound: bound ?? null, p99Bound: tail ?? null }, null, 2) + '\n');
  writeFileSync(join(out, `floor-${id}.md`), md + '\n');
  if (readme) updateReadme(md, undefined, { start: `<!-- bench:floor-${id}:start -->`, end: `<!-- bench:floor-${id}:end -->` });
}

await main();
