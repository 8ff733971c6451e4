// Engine micro-benchmarks: the native addon and the pure-TS engine on the same real block of 100k
// series (written by Prometheus's tsdb code, test/helpers/big-block.ts), case by case:
//   1. XOR decode of a batch of real chunks (one decodeChunks call),
//   2. postings for typical selectors,
//   3. block open + close, and the memory one open block holds (child process per reading),
//   4. a selective read: postings → series (labels + chunk metas) → chunk bytes.
// Prints a markdown table; writes bench/results/engine.{md,json}; `--update-readme` also refreshes
// the README block. Then the side-by-side micro cases against Prometheus's Go code run in the same
// process (bench/micro.bench.ts → bench/results/micro.{md,json,svg}), so `npm run bench` is one
// run. No timing is asserted anywhere: numbers are reported, never judged.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench, type Task } from 'tinybench';
import type { Block, Engine } from '../src/engine/engine.js';
import { loadNativeEngine } from '../src/engine/native.js';
import { tsEngine } from '../src/engine/ts/index.js';
import { bigBlockPath } from '../test/helpers/big-block.js';
import { blockDirs } from '../test/helpers/tools.js';
import { chunkRefsOf, xorBatch } from './chunk-batch.js';
import { runMicro } from './micro.bench.js';
import {
  renderMarkdown,
  renderReadmeBlock,
  renderTable,
  repoRoot,
  resultsDir,
  updateReadme,
  type BenchEnv,
  type BenchResults,
  type CaseFormat,
  type CaseResult,
  type MemoryReading,
  type MemoryRun,
  type TaskStats,
} from './report.js';
import { SELECTIVE, SELECTORS } from './selectors.js';

/** ~1 s per task keeps the whole run (16 tasks + memory children) well under 3 minutes on 2 cores. */
const TINYBENCH = { time: 1000, iterations: 10, warmupTime: 250, warmupIterations: 3 };
/** Fresh child processes per engine for the memory reading; the median is reported. */
const MEMORY_RUNS = 3;

/** One benchmark case: `run` is the timed call; its output is compared across engines once. */
interface Case {
  id: string;
  label: string;
  format: CaseFormat;
  unitsPerOp: number;
  run: (engine: Engine, block: Block) => Uint8Array | Uint32Array | Uint8Array[] | undefined;
}

function sameBytes(a: ReturnType<Case['run']>, b: ReturnType<Case['run']>): boolean {
  const bytes = (x: ReturnType<Case['run']>): Buffer[] =>
    x === undefined ? [] : (Array.isArray(x) ? x : [x]).map((v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength));
  const [xa, xb] = [bytes(a), bytes(b)];
  return xa.length === xb.length && xa.every((v, i) => v.equals(xb[i]));
}

function stats(task: Task): TaskStats {
  const r = task.result;
  if (r.state !== 'completed') {
    throw new Error(`task ${task.name} ${r.state}${r.state === 'errored' ? `: ${r.error.stack ?? r.error.message}` : ''}`);
  }
  const l = r.latency;
  return { meanMs: l.mean, p50Ms: l.p50, p99Ms: l.p99, minMs: l.min, maxMs: l.max, rmePct: l.rme, runs: task.runs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Opens the block in fresh processes (dist/bench/open-memory.js) and returns every reading. */
function memoryRuns(dir: string): MemoryRun[] {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'open-memory.js');
  const runs: MemoryRun[] = [];
  for (const kind of ['native', 'ts']) {
    for (let i = 0; i < MEMORY_RUNS; i++) {
      const out = execFileSync(process.execPath, ['--expose-gc', script, kind, dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      runs.push(JSON.parse(out) as MemoryRun);
    }
  }
  return runs;
}

function memoryCase(runs: MemoryRun[], id: string, label: string, field: keyof MemoryReading): CaseResult {
  const of = (kind: string) => median(runs.filter((r) => r.engine === kind).map((r) => r.delta[field]));
  return { id, label, format: 'bytes', unitsPerOp: 1, native: of('native'), ts: of('ts') };
}

function environment(loadStart: number[]): BenchEnv {
  const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
  const args = process.argv.slice(2);
  const command =
    process.env.npm_lifecycle_event === 'bench'
      ? ['npm run bench', ...(args.length ? ['--', ...args] : [])].join(' ')
      : ['node dist/bench/engine.bench.js', ...args].join(' ');
  return {
    cpu: model ? model[1].trim() : os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memTotalBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString(),
    command,
    loadavg: { start: loadStart, end: os.loadavg() },
    tinybench: TINYBENCH,
  };
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);
}

async function main(): Promise<void> {
  const loadStart = os.loadavg();
  const dir = blockDirs(bigBlockPath())[0];
  if (!dir) throw new Error('big block directory holds no block');
  // Both engines or nothing: a benchmark that quietly drops native would compare TS with itself.
  const engines: Engine[] = [loadNativeEngine(), tsEngine];
  const blocks = new Map(engines.map((e) => [e.kind, e.openBlock(dir)] as const));
  const nb = blocks.get('native')!;
  const minT = nb.meta.minTime;
  const maxT = nb.meta.maxTime - 1; // meta maxTime is exclusive, Block.series takes an inclusive range

  // XOR batch: the chunks of DECODE_SERIES series spread evenly across the block, read once.
  const batch = xorBatch(nb);
  const selected = nb.postings(SELECTIVE).length;
  const numSeries = nb.numSeries();

  const cases: Case[] = [
    {
      id: 'xor-decode',
      label: `XOR decode (${batch.chunks.toLocaleString('en-US')} chunks of ${batch.series.toLocaleString('en-US')} series, ${batch.samples.toLocaleString('en-US')} samples, one call)`,
      format: 'per-sample',
      unitsPerOp: batch.samples,
      run: (e) => e.decodeChunks(batch.list),
    },
    ...SELECTORS.map(
      (s, i): Case => ({
        id: `postings-${i + 1}`,
        label: `postings \`${s.text}\` (${nb.postings(s.matchers).length.toLocaleString('en-US')} series)`,
        format: 'per-op',
        unitsPerOp: 1,
        run: (_e, b) => b.postings(s.matchers),
      }),
    ),
    {
      id: 'block-open',
      label: 'block open + close',
      format: 'time',
      unitsPerOp: 1,
      run: (e) => {
        e.openBlock(dir).close();
        return undefined;
      },
    },
    {
      id: 'series-chunks',
      label: `series + chunks \`{job="api",pod=~"p-1.*"}\`, whole block: postings → labels + chunk metas → chunk bytes (${selected.toLocaleString('en-US')} series)`,
      format: 'per-series',
      unitsPerOp: selected,
      run: (_e, b) => {
        const set = b.series(b.postings(SELECTIVE), minT, maxT);
        return [set, b.chunks(chunkRefsOf(set).refs)];
      },
    },
  ];

  // Untimed check first: a fast wrong answer is not a result. Differences are reported, not fatal,
  // so a benchmark run still says how far apart the engines are while one is being fixed.
  const agree = new Map<string, boolean>();
  for (const c of cases) {
    const [a, b] = engines.map((e) => c.run(e, blocks.get(e.kind)!));
    if (a === undefined && b === undefined) continue; // nothing to compare (block open + close)
    const same = sameBytes(a, b);
    agree.set(c.id, same);
    if (!same) console.error(`WARNING: ${c.id}: native and ts outputs differ`);
  }

  const bench = new Bench({ ...TINYBENCH, throws: true });
  let sink: unknown;
  for (const c of cases) {
    for (const e of engines) {
      const block = blocks.get(e.kind)!;
      bench.add(`${c.id}/${e.kind}`, () => {
        sink = c.run(e, block);
      });
    }
  }
  bench.addEventListener('cycle', (evt) => {
    const t = evt.task;
    if (t.result.state === 'completed') console.error(`${t.name}: median ${t.result.latency.p50.toFixed(3)} ms/call, ${t.runs} runs`);
  });
  console.error(`benchmarking ${dir} (${numSeries} series), ${bench.tasks.length} tasks…`);
  await bench.run();
  void sink;
  for (const b of blocks.values()) b.close();

  const results: CaseResult[] = cases.map((c) => {
    const st = { native: stats(bench.getTask(`${c.id}/native`)!), ts: stats(bench.getTask(`${c.id}/ts`)!) };
    return { id: c.id, label: c.label, format: c.format, unitsPerOp: c.unitsPerOp, native: st.native.p50Ms, ts: st.ts.p50Ms, agree: agree.get(c.id), stats: st };
  });

  console.error(`measuring open-block memory in ${2 * MEMORY_RUNS} child processes…`);
  const runs = memoryRuns(dir);
  const openAt = results.findIndex((c) => c.id === 'block-open') + 1;
  results.splice(
    openAt,
    0,
    memoryCase(runs, 'open-rss', 'one open block: RSS growth', 'rss'),
    memoryCase(runs, 'open-heap', 'one open block: JS heap growth (heapUsed)', 'heapUsed'),
    memoryCase(runs, 'open-external', 'one open block: off-heap buffer growth (external)', 'external'),
  );

  const meta = nb.meta;
  const out: BenchResults = {
    env: environment(loadStart),
    block: {
      // Relative, so committed results do not carry this machine's checkout path.
      dir: relative(repoRoot, dir),
      ulid: meta.ulid,
      series: numSeries,
      chunks: meta.stats?.numChunks ?? 0,
      samples: meta.stats?.numSamples ?? 0,
      indexBytes: statSync(join(dir, 'index')).size,
      chunkBytes: dirBytes(join(dir, 'chunks')),
    },
    cases: results,
    memoryRuns: runs,
  };

  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'engine.json'), JSON.stringify(out, null, 2) + '\n');
  writeFileSync(join(resultsDir, 'engine.md'), renderMarkdown(out));
  console.log(renderTable(out));
  if (process.argv.includes('--update-readme')) updateReadme(renderReadmeBlock(out));

  await runMicro({ updateReadme: process.argv.includes('--update-readme') });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exitCode = 1;
});
