// Side-by-side micro-benchmarks: our native engine, our pure-TS engine and Prometheus's own Go code
// on the same inputs, in one run (issue 7, anchors §C1–C3):
//   - XOR decode of the same chunk bytes (the batch engine.bench.ts decodes, written to a file),
//     ours into one output buffer per engine reused across calls (Engine.decodeChunksInto);
//   - postings intersect/merge on the exact inputs of BenchmarkIntersect and BenchmarkMerge;
//   - block open (tsdb.OpenBlock) of BenchmarkOpenBlock's 1M-series × 20-label block: time,
//     allocations, and the memory one open block holds;
//   - PostingsForMatchers for engine.bench.ts's selectors on the 100k-series block.
// native = the napi addon, except intersect/merge and open allocations, which the addon does not
// expose: those come from native/engine/benches/micro.rs (same crate code, no napi). ts = the
// TS engine (src/engine/ts/tsdb/postings.ts for intersect/merge). go = bench/go.
// Every side times call by call until a time budget is spent and at least MIN_RUNS calls ran,
// and reports the median. Prints one table and writes bench/results/micro.{md,json,svg}; run by
// `npm run bench` after the engine table, or alone with `npm run bench:micro`. Targets are
// reported, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchType, type Engine, type Matcher } from '../src/engine/engine.js';
import { loadNativeEngine } from '../src/engine/native.js';
import { tsEngine } from '../src/engine/ts/index.js';
import { intersect, merge } from '../src/engine/ts/tsdb/postings.js';
import { bigBlockPath } from '../test/helpers/big-block.js';
import { blockDirs } from '../test/helpers/tools.js';
import { xorBatch } from './chunk-batch.js';
import { goHarness, runGo, runRust, rustcVersion, type HarnessCase, type Timing } from './harnesses.js';
import { renderMicroMarkdown, renderMicroReadme, renderMicroSvg, renderMicroTable, type MicroResults, type MicroRow } from './micro-report.js';
import { repoRoot, resultsDir, updateReadme } from './report.js';
import { SELECTORS } from './selectors.js';
import { WIDE_LABELS, WIDE_SERIES, wideBlockDir } from './wide-block.js';

/** Per case and contender: time budget, minimum timed calls, untimed warm-up calls. */
export const BUDGET = { budgetMs: 1000, minRuns: 3, warmupRuns: 1 };
/** Child processes measuring the TS engine's open-block memory; the median is reported. */
const MEMORY_RUNS = 3;

export const MICRO_START = '<!-- bench:micro:start -->';
export const MICRO_END = '<!-- bench:micro:end -->';

const dataDir = join(repoRoot, 'bench', '.data');

/** The same rule as bench/go/timing.go and native/engine/benches/micro.rs. */
function measure<T>(op: () => T): { timing: Timing; last: T } {
  for (let i = 0; i < BUDGET.warmupRuns; i++) op();
  const runs: number[] = [];
  const began = process.hrtime.bigint();
  const budgetNs = BigInt(BUDGET.budgetMs) * 1_000_000n;
  let last: T;
  for (;;) {
    const t0 = process.hrtime.bigint();
    last = op();
    runs.push(Number(process.hrtime.bigint() - t0));
    if (runs.length >= BUDGET.minRuns && process.hrtime.bigint() - began >= budgetNs) break;
  }
  runs.sort((a, b) => a - b);
  const n = runs.length;
  const medianNs = n % 2 ? runs[n >> 1] : (runs[n / 2 - 1] + runs[n / 2]) / 2;
  return {
    timing: { medianNs, meanNs: runs.reduce((s, x) => s + x, 0) / n, minNs: runs[0], maxNs: runs[n - 1], runs: n },
    last,
  };
}

// ---- checks: a short summary of each output, printed by all three sides alike ----

function postingsCheck(p: Uint32Array): string {
  let sum = 0; // at most ~5e13 in these cases: exact in a double
  for (let i = 0; i < p.length; i++) sum += p[i];
  return `${p.length} refs, sum ${sum}`;
}

/** Sample count, wrapped int64 sum of timestamps, xor of value bits: over a float SampleSet. */
function xorCheck(set: Uint8Array): string {
  const view = new DataView(set.buffer, set.byteOffset, set.byteLength);
  let samples = 0;
  let sumT = 0n;
  let xorV = 0n;
  for (let pos = 0; pos < set.byteLength; ) {
    if (pos + 5 > set.byteLength) throw new RangeError('SampleSet truncated');
    const kind = view.getUint8(pos);
    const n = view.getUint32(pos + 1, true);
    pos += 5;
    if (kind !== 1) throw new Error(`SampleSet record of kind ${kind} in an XOR-only batch`);
    if (pos + n * 16 > set.byteLength) throw new RangeError('SampleSet truncated');
    for (let i = 0; i < n; i++, pos += 16) {
      sumT += view.getBigInt64(pos, true);
      xorV ^= view.getBigUint64(pos + 8, true);
    }
    samples += n;
  }
  return `${samples} samples, sum(t)=${BigInt.asIntN(64, sumT)}, xor(v)=${xorV.toString(16).padStart(16, '0')}`;
}

// ---- inputs of BenchmarkIntersect / BenchmarkMerge (tsdb/index/postings_test.go) ----

/** One sorted list from (lo, hi, step) triples, [lo, hi) each (Prometheus's createPostings). */
function spanList(...spans: number[]): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i + 2 < spans.length; i += 3) for (let v = spans[i]; v < spans[i + 1]; v += spans[i + 2]) out.push(v);
  return Uint32Array.from(out);
}

const INTERSECTS: { name: string; lists: () => Uint32Array[] }[] = [
  {
    name: 'LongPostings1',
    lists: () => [
      spanList(0, 10_000_000, 2),
      spanList(5_000_000, 5_000_100, 4, 5_090_000, 5_090_600, 4),
      spanList(4_990_000, 5_100_000, 1),
      spanList(4_000_000, 6_000_000, 1),
    ],
  },
  {
    name: 'LongPostings2',
    lists: () => [spanList(0, 12_500_000, 1), spanList(7_500_000, 12_500_000, 1), spanList(9_000_000, 20_000_000, 1), spanList(10_000_000, 12_000_000, 1)],
  },
  { name: 'ManyPostings', lists: () => Array.from({ length: 100 }, () => spanList(1, 100, 1)) },
];

/** BenchmarkMerge: list i holds i + j·100000, j = 1..99; Merge/k merges the first k lists. */
const MERGE_SIZES = [10, 10_000, 100_000];
function mergeLists(): Uint32Array[] {
  return Array.from({ length: 100_000 }, (_, i) => {
    const l = new Uint32Array(99);
    for (let j = 1; j < 100; j++) l[j - 1] = i + j * 100_000;
    return l;
  });
}

const OPS: Record<MatchType, string> = { [MatchType.EQ]: '=', [MatchType.NEQ]: '!=', [MatchType.RE]: '=~', [MatchType.NRE]: '!~' };

/** What our side measured for one case (per contender: timing and check). */
interface Ours {
  native?: { timing: Timing; check: string };
  ts?: { timing: Timing; check: string };
}

function timeEngines(engines: Engine[], op: (e: Engine) => { check: string; run: () => unknown }): Ours {
  const out: Ours = {};
  for (const e of engines) {
    const { check, run } = op(e);
    const { timing } = measure(run);
    out[e.kind as 'native' | 'ts'] = { timing, check };
    console.error(`${e.kind}: median ${(timing.medianNs / 1e3).toFixed(3)} µs, ${timing.runs} runs (${check})`);
  }
  return out;
}

/** TS open-block memory in fresh processes (dist/bench/open-memory.js): heap + external growth. */
function tsOpenRetained(dir: string): number {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'open-memory.js');
  const xs: number[] = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    const out = execFileSync(process.execPath, ['--expose-gc', script, 'ts', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const run = JSON.parse(out) as { delta: { heapUsed: number; external: number } };
    xs.push(run.delta.heapUsed + run.delta.external);
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

function command(): string {
  const args = process.argv.slice(2);
  const ev = process.env.npm_lifecycle_event;
  if (ev === 'bench' || ev === 'bench:micro') return [`npm run ${ev}`, ...(args.length ? ['--', ...args] : [])].join(' ');
  return ['node', relative(repoRoot, process.argv[1] ?? 'dist/bench/micro.bench.js'), ...args].join(' ');
}

export async function runMicro(opts: { updateReadme: boolean }): Promise<MicroResults> {
  const loadStart = os.loadavg();
  // Toolchains and blocks first: a missing Go fails the run before any timing.
  const goBin = goHarness();
  const wideDir = wideBlockDir(goBin);
  const bigDir = blockDirs(bigBlockPath())[0];
  if (!bigDir) throw new Error('big block directory holds no block');

  const engines: Engine[] = [loadNativeEngine(), tsEngine];
  const rows: MicroRow[] = [];
  const ours = new Map<string, Ours>();

  // XOR batch: the same selection as engine.bench.ts, written out for the Go harness.
  const nb = engines[0].openBlock(bigDir);
  const batch = xorBatch(nb);
  nb.close();
  mkdirSync(dataDir, { recursive: true });
  const xorFile = join(dataDir, 'xor-batch.bin');
  writeFileSync(xorFile, batch.list);

  console.error(`micro: XOR decode of ${batch.chunks} chunks (${batch.samples} samples)…`);
  ours.set(
    'xor-decode',
    timeEngines(engines, (e) => {
      // One output buffer per engine, sized once and reused by every timed call, as a caller
      // decoding batch after batch does (the Go side keeps no output at all). Allocating and
      // page-faulting a fresh 15 MB SampleSet per call would otherwise be most of the time.
      const out = new Uint8Array(e.decodedSize(batch.list));
      const into = e.decodeChunksInto.bind(e);
      const check = xorCheck(out.subarray(0, into(batch.list, out)));
      return { check, run: () => into(batch.list, out) };
    }),
  );

  console.error('micro: postings intersect/merge (TS engine; native runs in the Rust bench binary)…');
  for (const c of INTERSECTS) {
    const lists = c.lists();
    const { timing, last } = measure(() => intersect(lists));
    ours.set(`intersect/${c.name}`, { ts: { timing, check: postingsCheck(last) } });
    console.error(`ts intersect/${c.name}: median ${(timing.medianNs / 1e3).toFixed(3)} µs, ${timing.runs} runs`);
  }
  {
    const lists = mergeLists();
    for (const k of MERGE_SIZES) {
      const sub = lists.slice(0, k);
      const { timing, last } = measure(() => merge(sub));
      ours.set(`merge/${k}`, { ts: { timing, check: postingsCheck(last) } });
      console.error(`ts merge/${k}: median ${(timing.medianNs / 1e3).toFixed(3)} µs, ${timing.runs} runs`);
    }
  }

  console.error(`micro: block open + close, ${WIDE_SERIES} series × ${WIDE_LABELS} labels…`);
  ours.set(
    'block-open',
    timeEngines(engines, (e) => {
      const b = e.openBlock(wideDir);
      const check = `${b.numSeries()} series`;
      b.close();
      return { check, run: () => e.openBlock(wideDir).close() };
    }),
  );
  const tsRetained = tsOpenRetained(wideDir);

  console.error('micro: postings for matchers on the 100k-series block…');
  const blocks = new Map(engines.map((e) => [e.kind, e.openBlock(bigDir)] as const));
  SELECTORS.forEach((s, i) => {
    ours.set(
      `matchers-${i + 1}`,
      timeEngines(engines, (e) => {
        const b = blocks.get(e.kind)!;
        return { check: postingsCheck(b.postings(s.matchers)), run: () => b.postings(s.matchers) };
      }),
    );
  });
  for (const b of blocks.values()) b.close();

  // The out-of-process sides, one after the other (never beside each other on 2 cores).
  const plan = {
    ...BUDGET,
    postings: true,
    xorFile,
    openDir: wideDir,
    matchersDir: bigDir,
    selectors: SELECTORS.map((s, i) => ({
      id: `matchers-${i + 1}`,
      text: s.text,
      matchers: s.matchers.map((m: Matcher) => ({ op: OPS[m.type], name: m.name, value: m.value })),
    })),
  };
  const planPath = join(dataDir, 'micro-plan.json');
  writeFileSync(planPath, JSON.stringify(plan, null, 2) + '\n');
  console.error('micro: native postings intersect/merge and open allocations (cargo bench --bench micro)…');
  const rust = runRust(planPath);
  console.error('micro: Prometheus (Go) reference…');
  const go = runGo(planPath);

  const rustCase = new Map(rust.cases.map((c) => [c.id, c] as const));
  const goCase = new Map(go.cases.map((c) => [c.id, c] as const));
  const need = (m: Map<string, HarnessCase>, id: string, who: string): HarnessCase => {
    const c = m.get(id);
    if (!c) throw new Error(`${who} harness printed no case ${id}`);
    return c;
  };

  const timeRow = (id: string, label: string, format: MicroRow['format'], unitsPerOp: number, targets: MicroRow['targets'], nativeFrom: 'napi' | 'rust'): MicroRow => {
    const o = ours.get(id) ?? {};
    const n = nativeFrom === 'rust' ? need(rustCase, id, 'Rust') : undefined;
    const g = need(goCase, id, 'Go');
    const native = n ? { timing: n as Timing, check: n.check } : o.native;
    const checks = { native: native?.check, ts: o.ts?.check, go: g.check };
    const values = [checks.native, checks.ts, checks.go].filter((x) => x !== undefined);
    return {
      id,
      label,
      format,
      unitsPerOp,
      native: native?.timing.medianNs ?? null,
      ts: o.ts?.timing.medianNs ?? null,
      go: g.medianNs,
      nativeFrom,
      targets,
      checks,
      agree: values.every((v) => v === values[0]),
      timings: { native: native?.timing, ts: o.ts?.timing, go: g },
    };
  };

  rows.push(
    timeRow(
      'xor-decode',
      `XOR decode, ${batch.chunks.toLocaleString('en-US')} real chunks of ${batch.series.toLocaleString('en-US')} series (${batch.samples.toLocaleString('en-US')} samples)`,
      'per-sample',
      batch.samples,
      [
        { who: 'native', max: 0.66 },
        { who: 'ts', max: 2 },
      ],
      'napi',
    ),
  );
  for (const c of INTERSECTS) rows.push(timeRow(`intersect/${c.name}`, `Intersect/${c.name}`, 'per-op', 1, [{ who: 'native', max: 0.5 }], 'rust'));
  for (const k of MERGE_SIZES) rows.push(timeRow(`merge/${k}`, `Merge/${k}`, 'per-op', 1, [{ who: 'native', max: 0.5 }], 'rust'));
  rows.push(timeRow('block-open', `block open + close, ${WIDE_SERIES.toLocaleString('en-US')} series × ${WIDE_LABELS} labels`, 'time', 1, [{ who: 'native', max: 1 }], 'napi'));
  const rOpen = need(rustCase, 'block-open', 'Rust');
  const gOpen = need(goCase, 'block-open', 'Go');
  if (!rOpen.memory || !gOpen.memory) throw new Error('block-open: a harness printed no memory figures');
  const memRow = (id: string, label: string, format: MicroRow['format'], native: number, ts: number | null, goV: number, targets: MicroRow['targets']): MicroRow => ({
    id,
    label,
    format,
    unitsPerOp: 1,
    native,
    ts,
    go: goV,
    nativeFrom: 'rust',
    targets,
    checks: {},
    agree: true,
  });
  rows.push(
    memRow('open-allocs', 'block open: allocations per open', 'count', rOpen.memory.allocsPerOp, null, gOpen.memory.allocsPerOp, [{ who: 'native', max: 1 }]),
    memRow('open-alloc-bytes', 'block open: bytes allocated per open', 'bytes', rOpen.memory.bytesPerOp, null, gOpen.memory.bytesPerOp, [{ who: 'native', max: 1 }]),
    memRow('open-retained', 'one open block: memory it holds', 'bytes', rOpen.memory.retainedBytes, tsRetained, gOpen.memory.retainedBytes, []),
  );
  SELECTORS.forEach((s, i) => rows.push(timeRow(`matchers-${i + 1}`, `PostingsForMatchers \`${s.text}\``, 'per-op', 1, [], 'napi')));

  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  const results: MicroResults = {
    env: {
      cpu: model ? model[1].trim() : (os.cpus()[0]?.model ?? 'unknown'),
      cores: os.availableParallelism(),
      memTotalBytes: os.totalmem(),
      node: process.version,
      go: go.go,
      gomaxprocs: go.gomaxprocs,
      prometheus: go.prometheus,
      rustc: rustcVersion(),
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      date: new Date().toISOString(),
      command: command(),
      loadavg: { start: loadStart, end: os.loadavg() },
      budget: BUDGET,
    },
    blocks: { wide: relative(repoRoot, wideDir), big: relative(repoRoot, bigDir) },
    rows,
    harness: { rust: rust.cases, go: go.cases },
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'micro.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(resultsDir, 'micro.md'), renderMicroMarkdown(results));
  writeFileSync(join(resultsDir, 'micro.svg'), renderMicroSvg(results));
  console.log(renderMicroTable(results));
  if (opts.updateReadme) updateReadme(renderMicroReadme(results), undefined, { start: MICRO_START, end: MICRO_END });
  return results;
}

// Stand-alone (`npm run bench:micro`): only the side-by-side cases.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runMicro({ updateReadme: process.argv.includes('--update-readme') }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
