// Renders engine benchmark results (bench/results/engine.json, written by engine.bench.ts) as a
// markdown table, writes bench/results/engine.md, and replaces the block between the README's
// `<!-- bench:engine:start -->` / `<!-- bench:engine:end -->` markers.
//
// Run on its own (`node dist/bench/report.js --update-readme`) it re-renders the last saved
// results without measuring again, so a README refresh never needs a 3-minute run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Timing summary of one tinybench task (latencies in milliseconds per call). */
export interface TaskStats {
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  minMs: number;
  maxMs: number;
  /** Relative margin of error of the mean, percent (95% CI half-width). */
  rmePct: number;
  runs: number;
}

/** How a case's raw metric is read and shown. */
export type CaseFormat = 'per-sample' | 'per-op' | 'per-series' | 'time' | 'bytes';

export interface CaseResult {
  id: string;
  /** Text of the table's "case" column. */
  label: string;
  format: CaseFormat;
  /** Samples or series handled by one call (throughput rows); 1 otherwise. */
  unitsPerOp: number;
  /**
   * The raw metric: median milliseconds per call for timed rows (the median shrugs off the odd
   * call pre-empted by other work on a small shared machine; the mean is in `stats`), bytes for
   * memory rows.
   */
  native: number;
  ts: number;
  /** Whether both engines returned byte-identical output for this case's input (checked once, untimed). */
  agree?: boolean;
  stats?: { native: TaskStats; ts: TaskStats };
}

/** Memory of one child process (bytes): absolute before the open, or its growth across the open. */
export interface MemoryReading {
  rss: number;
  rssAnon: number;
  rssFile: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

export interface MemoryRun {
  engine: 'native' | 'ts';
  delta: MemoryReading;
  before: MemoryReading;
  openMs: number;
}

export interface BenchEnv {
  cpu: string;
  cores: number;
  memTotalBytes: number;
  node: string;
  os: string;
  date: string;
  command: string;
  /** os.loadavg() (1, 5, 15 min) when the run started and ended: other work on the machine skews timings. */
  loadavg: { start: number[]; end: number[] };
  tinybench: { time: number; iterations: number; warmupTime: number; warmupIterations: number };
}

export interface BenchResults {
  env: BenchEnv;
  block: { dir: string; ulid: string; series: number; chunks: number; samples: number; indexBytes: number; chunkBytes: number };
  cases: CaseResult[];
  memoryRuns: MemoryRun[];
}

export const START_MARKER = '<!-- bench:engine:start -->';
export const END_MARKER = '<!-- bench:engine:end -->';

/** Repository root: bench/ compiles to dist/bench/, two levels below it. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const resultsDir = join(repoRoot, 'bench', 'results');

/** 3 significant digits, thousands separated, without exponent notation. */
function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** Rate with an SI prefix and its unit: "48.2 M samples/s", "310 k ops/s", "95.1 ops/s". */
function rate(perSec: number, unit: string): string {
  if (perSec >= 1e9) return `${num(perSec / 1e9)} G ${unit}`;
  if (perSec >= 1e6) return `${num(perSec / 1e6)} M ${unit}`;
  if (perSec >= 1e4) return `${num(perSec / 1e3)} k ${unit}`;
  return `${num(perSec)} ${unit}`;
}

function mib(bytes: number): string {
  return `${num(bytes / (1024 * 1024))} MiB`;
}

/** The q-quantile of ascending `sorted` by nearest rank (q = 0.99 of 100 calls: the second slowest). */
export const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/** One engine's cell: the headline rate plus the cost of one unit. */
export function cell(c: CaseResult, value: number): string {
  switch (c.format) {
    case 'per-sample':
      return `${rate((c.unitsPerOp * 1000) / value, 'samples/s')} · ${num((value * 1e6) / c.unitsPerOp)} ns/sample`;
    case 'per-series':
      return `${rate((c.unitsPerOp * 1000) / value, 'series/s')} · ${num(value)} ms/query`;
    case 'per-op':
      return `${rate(1000 / value, 'ops/s')} · ${num(value * 1000)} µs/op`;
    case 'time':
      return `${num(value)} ms`;
    case 'bytes':
      return mib(value);
  }
}

/** Memory growth below this is allocator and GC noise; a ratio against it means nothing. */
const MIN_RATIO_BYTES = 1024 * 1024;

/** ts/native of the raw cost (time per call, or bytes): above 1, TS is slower or larger. */
export function ratio(c: CaseResult): string {
  const floor = c.format === 'bytes' ? MIN_RATIO_BYTES : 0;
  if (!(c.native > floor) || !(c.ts > floor)) return '—';
  return `${num(c.ts / c.native)}×`;
}

export function renderTable(r: BenchResults): string {
  const lines = ['| case | native | ts | ts/native ratio |', '|---|---:|---:|---:|'];
  for (const c of r.cases) {
    const mark = c.agree === false ? ' ⚠ outputs differ' : '';
    lines.push(`| ${c.label}${mark} | ${cell(c, c.native)} | ${cell(c, c.ts)} | ${ratio(c)} |`);
  }
  return lines.join('\n');
}

function blockLine(r: BenchResults): string {
  const b = r.block;
  return (
    `Block: ${b.series.toLocaleString('en-US')} series, ${b.chunks.toLocaleString('en-US')} chunks, ` +
    `${b.samples.toLocaleString('en-US')} samples (index ${mib(b.indexBytes)}, chunks ${mib(b.chunkBytes)}), ` +
    `written by Prometheus's tsdb code (test/fixtures/make-fixtures.sh big).`
  );
}

function envLine(r: BenchResults): string {
  const e = r.env;
  return `${e.cpu}, ${e.cores} cores, Node ${e.node}, ${e.date.slice(0, 10)}, \`${e.command}\`.`;
}

const NOTE =
  'ts/native ratio = TS cost ÷ native cost (time per call, or memory); above 1 means the TS engine is slower or larger. ' +
  'Rates and times are from the median time per call. Memory ratios are left out (—) when either growth is under 1 MiB (noise).';

/** The block that goes between the README markers. */
export function renderReadmeBlock(r: BenchResults): string {
  return [renderTable(r), '', `${NOTE} ${blockLine(r)} Measured on ${envLine(r)}`].join('\n');
}

/** bench/results/engine.md: the table plus the machine and method it was measured with. */
export function renderMarkdown(r: BenchResults): string {
  const e = r.env;
  const t = e.tinybench;
  return [
    '# Engine micro-benchmarks: native vs TypeScript',
    '',
    renderTable(r),
    '',
    NOTE,
    '',
    '## Machine',
    '',
    `- CPU: ${e.cpu}`,
    `- Cores: ${e.cores}`,
    `- Memory: ${mib(e.memTotalBytes)}`,
    `- Node: ${e.node}`,
    `- OS: ${e.os}`,
    `- Date: ${e.date}`,
    `- Command: \`${e.command}\``,
    `- Load average (1/5/15 min) at start: ${e.loadavg.start.map((x) => x.toFixed(2)).join(' / ')}, at end: ${e.loadavg.end.map((x) => x.toFixed(2)).join(' / ')}`,
    '',
    '## Method',
    '',
    `- ${blockLine(r)} Block dir: \`${r.block.dir}\` (${r.block.ulid}).`,
    `- tinybench: time ${t.time} ms and at least ${t.iterations} iterations per task, warm-up ${t.warmupTime} ms / ${t.warmupIterations} iterations; both engines' blocks are opened once before timing.`,
    '- Before timing, each case runs once per engine and the outputs are compared byte for byte (marked ⚠ in the table if they differ).',
    '- Memory: a fresh `node --expose-gc dist/bench/open-memory.js <engine> <dir>` per reading opens the block once and keeps it open; growth is measured after GC from just before the open to just after (median of the runs). RSS includes touched pages of mapped files.',
    '- Raw numbers (latency percentiles, margins of error, every memory run): `bench/results/engine.json`.',
    '',
  ].join('\n');
}

/**
 * Replaces the text between the README markers with `block`. The README belongs to the lead: when
 * it lacks the markers (or they are out of order), print a note and leave the file untouched.
 * `markers` defaults to the engine table's pair (bench/micro-report.ts passes its own).
 */
export function updateReadme(
  block: string,
  readmePath = join(repoRoot, 'README.md'),
  markers: { start: string; end: string } = { start: START_MARKER, end: END_MARKER },
): boolean {
  const { start: startMark, end: endMark } = markers;
  if (!existsSync(readmePath)) {
    console.log(`note: ${readmePath} does not exist; README not updated`);
    return false;
  }
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(startMark);
  const end = text.indexOf(endMark);
  if (start < 0 || end < 0 || end < start || text.indexOf(startMark, start + 1) >= 0) {
    console.log(`note: ${readmePath} lacks one ${startMark} … ${endMark} pair; README not updated`);
    return false;
  }
  const next = text.slice(0, start + startMark.length) + '\n' + block + '\n' + text.slice(end);
  if (next !== text) writeFileSync(readmePath, next);
  console.log(`README.md benchmark block updated (${readmePath})`);
  return true;
}

export function loadResults(path = join(resultsDir, 'engine.json')): BenchResults {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
}

// Stand-alone: re-render the saved results (and the README block with --update-readme).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = loadResults();
  console.log(renderTable(results));
  writeFileSync(join(resultsDir, 'engine.md'), renderMarkdown(results));
  if (process.argv.includes('--update-readme')) updateReadme(renderReadmeBlock(results));
}
