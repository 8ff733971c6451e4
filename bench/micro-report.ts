// Renders the side-by-side micro results (bench/results/micro.json, written by micro.bench.ts):
// the markdown table, bench/results/micro.md, the README block and an SVG bar chart of the
// ratios to Go (hand-written SVG: one group per case, a log-scale axis, 1× = Go, target ticks).
import type { HarnessCase, Timing } from './harnesses.js';

export type MicroFormat = 'per-sample' | 'per-op' | 'time' | 'count' | 'bytes';

/** A target of issue 7 for one contender: its cost ≤ max × Go's. */
export interface Target {
  who: 'native' | 'ts';
  max: number;
}

export interface MicroRow {
  id: string;
  label: string;
  format: MicroFormat;
  /** Samples per call for per-sample rows; 1 otherwise. */
  unitsPerOp: number;
  /** Raw cost: median ns per call for timed rows, a count or bytes otherwise; null = not measured. */
  native: number | null;
  ts: number | null;
  go: number | null;
  /** Where the native figure comes from: the napi addon, or the bench-only Rust binary. */
  nativeFrom: 'napi' | 'rust';
  targets: Target[];
  /** Output summaries (counts, checksums) per contender; `agree` says whether they all match. */
  checks: { native?: string; ts?: string; go?: string };
  agree: boolean;
  timings?: { native?: Timing; ts?: Timing; go?: Timing };
}

export interface MicroEnv {
  cpu: string;
  cores: number;
  memTotalBytes: number;
  node: string;
  go: string;
  gomaxprocs: number;
  prometheus: string;
  rustc: string;
  os: string;
  date: string;
  command: string;
  loadavg: { start: number[]; end: number[] };
  budget: { budgetMs: number; minRuns: number; warmupRuns: number };
}

export interface MicroResults {
  env: MicroEnv;
  blocks: { wide: string; big: string };
  rows: MicroRow[];
  /** Everything the two out-of-process harnesses printed. */
  harness: { rust: HarnessCase[]; go: HarnessCase[] };
}

/** 3 significant digits, thousands separated. */
function num(x: number): string {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

function duration(ns: number): string {
  if (ns >= 1e9) return `${num(ns / 1e9)} s`;
  if (ns >= 1e6) return `${num(ns / 1e6)} ms`;
  if (ns >= 1e3) return `${num(ns / 1e3)} µs`;
  return `${num(ns)} ns`;
}

function bytes(b: number): string {
  if (Math.abs(b) >= 1024 * 1024) return `${num(b / (1024 * 1024))} MiB`;
  if (Math.abs(b) >= 1024) return `${num(b / 1024)} KiB`;
  return `${num(b)} B`;
}

export function microCell(r: MicroRow, v: number | null): string {
  if (v === null) return 'n/m';
  switch (r.format) {
    case 'per-sample':
      return `${num(v / r.unitsPerOp)} ns/sample`;
    case 'per-op':
    case 'time':
      return duration(v);
    case 'count':
      return Math.round(v).toLocaleString('en-US');
    case 'bytes':
      return bytes(v);
  }
}

/** Cost ratio a/go, or null when either side is missing (or Go's is not positive). */
export function ratioOf(v: number | null, go: number | null): number | null {
  return v === null || go === null || !(go > 0) || v < 0 ? null : v / go;
}

function ratioText(x: number | null): string {
  return x === null ? '—' : `${num(x)}×`;
}

function targetText(r: MicroRow): string {
  if (r.targets.length === 0) return '—';
  return r.targets
    .map((t) => {
      const x = ratioOf(r[t.who], r.go);
      const verdict = x === null ? '' : x <= t.max ? ' ✓' : ' ✗';
      return `${t.who} ≤ ${t.max}×${verdict}`;
    })
    .join(' · ');
}

export function renderMicroTable(res: MicroResults): string {
  const lines = ['| case | native | ts | go | native/go | ts/go | target (issue 7) |', '|---|---:|---:|---:|---:|---:|---|'];
  for (const r of res.rows) {
    const mark = r.agree ? '' : ' ⚠ outputs differ';
    const src = r.nativeFrom === 'rust' ? ' ¹' : '';
    lines.push(
      `| ${r.label}${mark} | ${microCell(r, r.native)}${src} | ${microCell(r, r.ts)} | ${microCell(r, r.go)} | ` +
        `${ratioText(ratioOf(r.native, r.go))} | ${ratioText(ratioOf(r.ts, r.go))} | ${targetText(r)} |`,
    );
  }
  return lines.join('\n');
}

const NOTES = [
  'native/go and ts/go = our cost ÷ Go\'s cost (median time per call, allocations, or bytes); below 1 we are faster or lighter. ✓/✗ marks the issue\'s targets, reported, never asserted.',
  '¹ native figure from the bench-only Rust binary `native/engine/benches/micro.rs` (the engine crate\'s code without napi: the addon exposes neither postings set operations nor allocation counts); other native figures are calls through the napi addon from Node.',
  'n/m: not measured (V8 has no per-call allocation counter, so the TS engine\'s allocations per open are not shown; its held memory is).',
];

function envLine(res: MicroResults): string {
  const e = res.env;
  return `${e.cpu}, ${e.cores} cores, Node ${e.node}, ${e.go} (GOMAXPROCS ${e.gomaxprocs}) with prometheus ${e.prometheus}, ${e.rustc}, ${e.date.slice(0, 10)}, \`${e.command}\``;
}

export function renderMicroReadme(res: MicroResults): string {
  return [renderMicroTable(res), '', ...NOTES.map((n) => `${n}  `), `Measured on ${envLine(res)}. Chart: bench/results/micro.svg.`].join('\n');
}

export function renderMicroMarkdown(res: MicroResults): string {
  const e = res.env;
  const mib = (b: number) => `${num(b / (1024 * 1024))} MiB`;
  const differ = res.rows.filter((r) => !r.agree);
  return [
    '# Micro-benchmarks side by side: native, TypeScript and Prometheus (Go)',
    '',
    renderMicroTable(res),
    '',
    ...NOTES.flatMap((n) => [n, '']),
    '![ratios to Go](micro.svg)',
    '',
    '## Machine',
    '',
    `- CPU: ${e.cpu}`,
    `- Cores: ${e.cores} (Go GOMAXPROCS ${e.gomaxprocs})`,
    `- Memory: ${mib(e.memTotalBytes)}`,
    `- Node: ${e.node}; Go: ${e.go}, github.com/prometheus/prometheus ${e.prometheus}; Rust: ${e.rustc}`,
    `- OS: ${e.os}`,
    `- Date: ${e.date}`,
    `- Command: \`${e.command}\``,
    `- Load average (1/5/15 min) at start: ${e.loadavg.start.map((x) => x.toFixed(2)).join(' / ')}, at end: ${e.loadavg.end.map((x) => x.toFixed(2)).join(' / ')}`,
    '',
    '## Method',
    '',
    `- Timing, the same on all three sides (bench/micro.bench.ts, bench/go/timing.go, native/engine/benches/micro.rs): ${e.budget.warmupRuns} untimed warm-up call(s), then call by call until ${e.budget.budgetMs} ms have passed and at least ${e.budget.minRuns} calls were timed; the median call is reported. Inputs a call consumes (Go's list postings) are rebuilt outside the clock.`,
    `- XOR decode: the XOR chunks of 2,000 series spread evenly over the 100k-series block (\`${res.blocks.big}\`), the batch bench/results/engine.md decodes. native/ts: one \`decodeChunks\` call producing the SampleSet bytes; Go: chunkenc's XOR iterator over every chunk, \`At()\` on every sample. All three print sample count, sum of timestamps and xor of value bits.`,
    '- Intersect/Merge: the inputs of `BenchmarkIntersect` and `BenchmarkMerge` (prometheus tsdb/index/postings_test.go). Go: `index.Intersect`/`index.Merge` over `index.NewListPostings`, drained. native: `storeapi_engine::tsdb::postings::{intersect, merge}` over big-endian lists read in place (as from an index). ts: `intersect`/`merge` of src/engine/ts/tsdb/postings.ts over Uint32Arrays. Outputs compared by count and sum.',
    `- Block open: \`${res.blocks.wide}\`, written by \`bench-go wide\` as \`genSeries(1e6, 20, 0, 10)\` of BenchmarkOpenBlock (seeded values). Time: open + close. Allocations: Go \`runtime.MemStats\` (Mallocs, TotalAlloc) over 5 opens; native: a counting global allocator in the Rust binary. Memory held: Go heap after GC with the block open minus before; native: live bytes of the counting allocator; ts: JS heap + external growth after GC in a fresh process (dist/bench/open-memory.js, median of 3). Mapped file pages are not counted on any side.`,
    '- PostingsForMatchers: `tsdb.PostingsForMatchers` on the block\'s index reader, drained; ours: `Block.postings` (sorted refs). Same selectors as bench/results/engine.md.',
    '- Published reference figures (other machines): anchors §C1–C3 in shared/spec/anchors.md.',
    differ.length ? `- ⚠ outputs differ on: ${differ.map((r) => `${r.id} (${JSON.stringify(r.checks)})`).join('; ')}` : '- Every case\'s outputs agree across the contenders that ran it (counts and checksums in micro.json).',
    '- Raw numbers (all timings, every harness case, checks): `bench/results/micro.json`.',
    '',
  ].join('\n');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Horizontal bars of native/go and ts/go per case on a log2 axis centred on 1× (Go). Bars grow
 * left of 1× when we are cheaper, right when dearer; a dashed tick marks each target.
 */
export function renderMicroSvg(res: MicroResults): string {
  const rows = res.rows.filter((r) => ratioOf(r.native, r.go) !== null || ratioOf(r.ts, r.go) !== null);
  const ratios = rows.flatMap((r) => [ratioOf(r.native, r.go), ratioOf(r.ts, r.go)]).filter((x): x is number => x !== null && x > 0);
  // Axis from 2^-span to 2^span; beyond ±8 (256×) bars are clipped at the edge, the label keeps the value.
  const span = Math.min(8, Math.max(2, Math.ceil(Math.max(...ratios.map((x) => Math.abs(Math.log2(x))), 1))));
  const every = span > 4 ? 2 : 1;
  const labelW = 330;
  const plotW = 520;
  const rowH = 34;
  const top = 56;
  const width = labelW + plotW + 30;
  const height = top + rows.length * rowH + 64;
  const x = (ratio: number) => labelW + ((Math.log2(ratio) + span) / (2 * span)) * plotW;
  const colors = { native: '#d9622b', ts: '#3178c6' };
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">Cost relative to Prometheus (Go), log scale: left of 1× is faster/lighter</text>`,
    `<rect x="${labelW}" y="30" width="12" height="12" fill="${colors.native}"/><text x="${labelW + 16}" y="40">native / go</text>`,
    `<rect x="${labelW + 110}" y="30" width="12" height="12" fill="${colors.ts}"/><text x="${labelW + 126}" y="40">ts / go</text>`,
    `<text x="${labelW + 200}" y="40" fill="#555">┆ target</text>`,
  ];
  // Grid: powers of two from 2^-span to 2^span.
  for (let p = -span; p <= span; p++) {
    const gx = x(2 ** p);
    const label = p >= 0 ? `${2 ** p}×` : `1/${2 ** -p}×`;
    out.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${top + rows.length * rowH}" stroke="${p === 0 ? '#000' : '#ddd'}" stroke-width="${p === 0 ? 1.5 : 1}"/>`);
    if (p % every === 0) out.push(`<text x="${gx}" y="${top + rows.length * rowH + 16}" text-anchor="middle" fill="#444">${label}</text>`);
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const label = r.label.replace(/`/g, '');
    out.push(`<text x="${labelW - 8}" y="${y + rowH / 2 + 4}" text-anchor="end">${esc(label.length > 52 ? label.slice(0, 51) + '…' : label)}</text>`);
    (['native', 'ts'] as const).forEach((who, k) => {
      const v = ratioOf(r[who], r.go);
      if (v === null || !(v > 0)) return;
      const by = y + 5 + k * 12;
      const x0 = x(1);
      const x1 = Math.min(labelW + plotW, Math.max(labelW, x(v)));
      out.push(`<rect x="${Math.min(x0, x1)}" y="${by}" width="${Math.max(1, Math.abs(x1 - x0))}" height="10" fill="${colors[who]}"><title>${esc(`${label}: ${who}/go = ${num(v)}×`)}</title></rect>`);
      // The value sits past the bar's end; a bar clipped at the plot's edge carries it inside.
      const clipped = x(v) < labelW || x(v) > labelW + plotW;
      const outward = v >= 1 ? !clipped : clipped;
      out.push(
        `<text x="${x1 + (outward ? 3 : -3)}" y="${by + 9}" text-anchor="${outward ? 'start' : 'end'}" font-size="10" fill="${clipped ? '#fff' : '#222'}">${num(v)}×</text>`,
      );
      const t = r.targets.find((tt) => tt.who === who);
      if (t) out.push(`<line x1="${x(t.max)}" y1="${by - 2}" x2="${x(t.max)}" y2="${by + 12}" stroke="${colors[who]}" stroke-dasharray="2,2" stroke-width="1.5"/>`);
    });
  });
  const e = res.env;
  const foot = [
    `${e.cpu}, ${e.cores} cores, ${e.date.slice(0, 10)} · Node ${e.node} · ${e.go} + prometheus ${e.prometheus} · ${e.rustc.split(' (')[0]}`,
    `median per call; ${e.command}`,
  ];
  foot.forEach((line, i) =>
    out.push(`<text x="${width / 2}" y="${height - 26 + i * 14}" text-anchor="middle" font-size="10" fill="#555">${esc(line)}</text>`),
  );
  out.push('</svg>');
  return out.join('\n') + '\n';
}
