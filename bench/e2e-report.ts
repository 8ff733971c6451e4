// Renders the end-to-end benchmark (bench/e2e.bench.ts): bench/results/e2e.md (table, target
// ratios, checks, machine, method), e2e.svg (throughput bars, log scale, hand-written SVG) and the
// README block between `<!-- bench:e2e:start -->` / `<!-- bench:e2e:end -->`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resultsDir, updateReadme } from './report.js';

export type Contender = 'thanos' | 'ours';

export interface ContenderResult {
  caseId: string;
  contender: Contender;
  /** Set when a call failed; the numbers then cover the calls before it (if any). */
  error?: string;
  runs: number;
  series: number;
  chunks: number;
  samples: number;
  bytes: number;
  /** SeriesResponse frames of one call (a sharded call: all shards). */
  frames: number;
  /** The untimed first call (cold process, warm page cache). */
  firstMs: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  seriesPerSec: number;
  bytesPerSec: number;
  /** VmHWM of the sidecar process (our Node process with its worker threads; thanos). */
  sidecarPeakRss: number;
  /** Peak RssAnon of the sidecar sampled over the calls: RSS less mapped file pages (block files we mmap). */
  sidecarPeakAnon: number;
  /** The sidecar's VmRSS / RssAnon when started and idle, just before the first call. */
  sidecarIdle: { rss: number; anon: number };
  promRssBefore: number;
  /** Peak VmRSS of Prometheus over every call of the case − VmRSS just before the first. */
  promRssGrowth: number;
  promAnonGrowth: number;
  perShard?: number[];
  /** Mean CPU time per timed call, ms: this benchmark's client, the sidecar, Prometheus. */
  cpuMsPerCall: { client: number; sidecar: number; prometheus: number };
  warnings: string[];
}

export interface CaseInfo {
  id: string;
  label: string;
  blocks: number;
  series: number;
  samples: number;
  indexBytes: number;
  chunkBytes: number;
  shards?: number;
}

export interface E2eResults {
  env: {
    cpu: string;
    cores: number;
    memTotalBytes: number;
    node: string;
    prometheus: string;
    thanos: string;
    date: string;
    command: string;
    loadavg: { start: number[]; end: number[] };
    durationSecs: number;
  };
  cases: CaseInfo[];
  results: ContenderResult[];
  checks: string[];
  phases: { name: string; secs: number }[];
  method: string;
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(b >= 100 * 2 ** 20 ? 0 : 1)} MiB`;
const rate = (x: number, unit: string) =>
  x >= 1e6 ? `${(x / 1e6).toFixed(2)} M ${unit}` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k ${unit}` : `${x.toFixed(0)} ${unit}`;
const ms = (x: number) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${x.toFixed(x >= 100 ? 0 : 1)} ms`);
const int = (x: number) => x.toLocaleString('en-US');
const NAMES: Record<Contender, string> = { thanos: 'thanos sidecar v0.42.4', ours: 'storeapi-sidecar (native)' };

function find(r: E2eResults, caseId: string, who: Contender): ContenderResult | undefined {
  return r.results.find((x) => x.caseId === caseId && x.contender === who);
}

const usable = (x: ContenderResult | undefined): x is ContenderResult => x !== undefined && x.runs > 0 && !x.error;

export function renderTable(r: E2eResults): string {
  const lines = [
    '| case | sidecar | series | samples | series/s | bytes/s | p50 | p99 | sidecar peak RSS (anon) | Prometheus RSS growth (anon) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const c of r.cases) {
    for (const who of ['thanos', 'ours'] as const) {
      const x = find(r, c.id, who);
      if (!x) continue;
      if (x.error && x.runs === 0) {
        lines.push(`| ${c.label} | ${NAMES[who]} | **failed**: ${x.error.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 300)} | | | | | | ${mib(x.sidecarPeakRss)} | ${mib(x.promRssGrowth)} (${mib(x.promAnonGrowth)}) |`);
        continue;
      }
      const err = x.error ? ` ⚠ failed after ${x.runs} calls: ${x.error.replace(/\|/g, '\\|').slice(0, 200)}` : '';
      lines.push(
        `| ${c.label} | ${NAMES[who]}${err} | ${int(x.series)} | ${int(x.samples)} | ${rate(x.seriesPerSec, 'series/s')} | ${rate(x.bytesPerSec / 2 ** 20, 'MiB/s')} | ${ms(x.p50Ms)} | ${ms(x.p99Ms)} | ${mib(x.sidecarPeakRss)} (${mib(x.sidecarPeakAnon)}) | ${mib(x.promRssGrowth)} (${mib(x.promAnonGrowth)}) |`,
      );
    }
  }
  return lines.join('\n');
}

/** CPU per call: who pays for a Series call (the Go sidecar's cost includes Prometheus's). */
export function renderCpu(r: E2eResults): string {
  const lines = [
    '| case | sidecar | first call | sidecar CPU / call | Prometheus CPU / call | client CPU / call | sidecar RSS idle (anon) |',
    '|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const c of r.cases) {
    for (const who of ['thanos', 'ours'] as const) {
      const x = find(r, c.id, who);
      if (!usable(x)) continue;
      const cpu = x.cpuMsPerCall;
      lines.push(
        `| ${c.label} | ${NAMES[who]} | ${ms(x.firstMs)} | ${ms(cpu.sidecar)} | ${ms(cpu.prometheus)} | ${ms(cpu.client)} | ${mib(x.sidecarIdle.rss)} (${mib(x.sidecarIdle.anon)}) |`,
      );
    }
  }
  return lines.join('\n');
}

/** The issue's targets, as measured ratios; never asserted. */
export function renderTargets(r: E2eResults): string {
  const lines = ['| target | case | measured | met |', '|---|---|---:|:-:|'];
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  for (const c of r.cases) {
    const t = find(r, c.id, 'thanos');
    const o = find(r, c.id, 'ours');
    if (usable(o) && usable(t)) {
      const x = o.seriesPerSec / t.seriesPerSec;
      // Two decimals: one would show 4.96× as a 5.0× that missed.
      lines.push(`| Series throughput ≥ 5× thanos sidecar | ${c.label} | ${x.toFixed(2)}× | ${yes(x >= 5)} |`);
    } else if (usable(o) && t) {
      lines.push(`| Series throughput ≥ 5× thanos sidecar | ${c.label} | thanos sidecar failed | — |`);
    }
  }
  const tb = find(r, 'b', 'thanos');
  const ob = find(r, 'b', 'ours');
  if (usable(tb) && usable(ob)) {
    const x = ob.p99Ms / tb.p99Ms;
    lines.push(`| p99 ≤ 0.2× thanos sidecar's | ${r.cases.find((c) => c.id === 'b')!.label} | ${x.toFixed(2)}× | ${yes(x <= 0.2)} |`);
  }
  const oc = find(r, 'c', 'ours');
  if (oc) {
    const label = r.cases.find((c) => c.id === 'c')!.label;
    lines.push(`| our peak RSS < 100 MB | ${label} | ${(oc.sidecarPeakRss / 1e6).toFixed(1)} MB | ${yes(oc.sidecarPeakRss < 100e6)} |`);
    lines.push(`| (the same, anonymous memory only: RSS less mapped block pages) | ${label} | ${(oc.sidecarPeakAnon / 1e6).toFixed(1)} MB | ${yes(oc.sidecarPeakAnon < 100e6)} |`);
  }
  for (const c of r.cases) {
    const o = find(r, c.id, 'ours');
    if (o) lines.push(`| Prometheus RSS growth ≈ 0 while we serve | ${c.label} | ${mib(o.promRssGrowth)} | ${yes(o.promRssGrowth < 2 ** 20)} |`);
  }
  return lines.join('\n');
}

function blocksLine(r: E2eResults): string {
  return r.cases
    .filter((c) => !c.shards)
    .map((c) => `${c.label}: ${c.blocks} block(s), ${int(c.series)} series, ${int(c.samples)} samples, index ${mib(c.indexBytes)}, chunks ${mib(c.chunkBytes)}`)
    .join('; ');
}

function envLine(r: E2eResults): string {
  const e = r.env;
  return (
    `${e.cpu}, ${e.cores} cores, ${mib(e.memTotalBytes)}, Node ${e.node}, Prometheus ${e.prometheus}, thanos ${e.thanos}, ${e.date.slice(0, 10)}, ` +
    `load average ${e.loadavg.start[0].toFixed(2)} at start / ${e.loadavg.end[0].toFixed(2)} at end, \`${e.command}\``
  );
}

export function renderReadmeBlock(r: E2eResults): string {
  return [
    renderTable(r),
    '',
    renderTargets(r),
    '',
    `Series over gRPC on loopback, select all over the persisted blocks only, response_batch_size 64; rates from the p50 call. ` +
      `Measured on ${envLine(r)}. Blocks: ${blocksLine(r)}. Details and method: bench/results/e2e.md; chart: bench/results/e2e.svg.`,
  ].join('\n');
}

export function renderMarkdown(r: E2eResults): string {
  const e = r.env;
  return [
    '# End-to-end Series benchmark: storeapi-sidecar vs the real Thanos sidecar',
    '',
    renderTable(r),
    '',
    '## Targets (reported, never asserted)',
    '',
    renderTargets(r),
    '',
    '## CPU per call, idle memory',
    '',
    renderCpu(r),
    '',
    'Process CPU time (user + system, /proc/PID/stat) over the timed calls ÷ calls. The client is the bench-go client process (grpc-go receive plus frame counting); a client near its wall time per call would mean the client, not the sidecar, set the pace. Idle RSS: the sidecar process after start-up, before the first call.',
    '',
    '## Checks',
    '',
    ...(r.checks.length > 0 ? r.checks.map((c) => `- ${c}`) : ['- (none run)']),
    '',
    '## Machine',
    '',
    `- CPU: ${e.cpu}, ${e.cores} cores, memory ${mib(e.memTotalBytes)}`,
    `- Node ${e.node}; Prometheus ${e.prometheus}; thanos ${e.thanos}`,
    `- Date: ${e.date}; whole run ${(e.durationSecs / 60).toFixed(1)} min`,
    `- Command: \`${e.command}\``,
    `- Load average (1/5/15 min) at start: ${e.loadavg.start.map((x) => x.toFixed(2)).join(' / ')}, at end: ${e.loadavg.end.map((x) => x.toFixed(2)).join(' / ')}`,
    '',
    '## Phases',
    '',
    ...r.phases.map((p) => `- ${p.name}: ${p.secs.toFixed(1)} s`),
    '',
    '## Method',
    '',
    `- Blocks: ${blocksLine(r)}.`,
    `- ${r.method}`,
    '- Raw numbers (first-call time, chunks, frames, per-shard counts, warnings): `bench/results/e2e.json`.',
    '',
  ].join('\n');
}

/** Horizontal bars of series/s per case and sidecar, log-10 axis. */
export function renderSvg(r: E2eResults): string {
  const rows = r.cases.flatMap((c) => (['thanos', 'ours'] as const).map((who) => ({ c, who, x: find(r, c.id, who) })));
  const rowH = 22;
  const top = 60;
  const left = 330;
  const width = 900;
  const plotW = width - left - 90;
  const height = top + rows.length * rowH + r.cases.length * 8 + 50;
  const vals = rows.filter((w) => usable(w.x)).map((w) => w.x!.seriesPerSec);
  const lo = Math.floor(Math.log10(Math.max(1, Math.min(...vals, 1e3))));
  const hi = Math.ceil(Math.log10(Math.max(...vals, 1e4)));
  const xOf = (v: number) => left + ((Math.log10(Math.max(v, 10 ** lo)) - lo) / (hi - lo)) * plotW;
  const colour: Record<Contender, string> = { thanos: '#6d4c9f', ours: '#d9622b' };
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">Series throughput (series/s at p50, log scale), select all over persisted blocks</text>`,
    `<rect x="${left}" y="32" width="12" height="12" fill="${colour.thanos}"/><text x="${left + 16}" y="42">${NAMES.thanos}</text>`,
    `<rect x="${left + 200}" y="32" width="12" height="12" fill="${colour.ours}"/><text x="${left + 216}" y="42">${NAMES.ours}</text>`,
  ];
  const axisY = height - 40;
  for (let p = lo; p <= hi; p++) {
    const x = xOf(10 ** p);
    out.push(`<line x1="${x}" y1="${top - 6}" x2="${x}" y2="${axisY}" stroke="#ddd"/>`);
    out.push(`<text x="${x}" y="${axisY + 16}" text-anchor="middle" fill="#444">${p >= 6 ? `${10 ** (p - 6)}M` : p >= 3 ? `${10 ** (p - 3)}k` : 10 ** p}</text>`);
  }
  let y = top;
  let lastCase = '';
  for (const w of rows) {
    if (w.c.id !== lastCase && lastCase !== '') y += 8;
    lastCase = w.c.id;
    const label = w.who === 'thanos' ? w.c.label : '';
    if (label) out.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${esc(label.length > 48 ? label.slice(0, 47) + '…' : label)}</text>`);
    if (usable(w.x)) {
      const x1 = xOf(w.x.seriesPerSec);
      out.push(`<rect x="${left}" y="${y + 3}" width="${Math.max(1, x1 - left).toFixed(1)}" height="${rowH - 6}" fill="${colour[w.who]}"/>`);
      out.push(`<text x="${(x1 + 4).toFixed(1)}" y="${y + 15}" fill="#222">${esc(rate(w.x.seriesPerSec, 'series/s'))}</text>`);
    } else if (w.x) {
      out.push(`<text x="${left + 4}" y="${y + 15}" fill="#b00">${w.who === 'thanos' ? 'thanos' : 'ours'}: failed</text>`);
    }
    y += rowH;
  }
  out.push(`<line x1="${left}" y1="${top - 6}" x2="${left}" y2="${axisY}" stroke="#000"/>`);
  out.push(`<text x="${width / 2}" y="${height - 6}" text-anchor="middle" fill="#555">${esc(`${r.env.cpu}, ${r.env.cores} cores, ${r.env.date.slice(0, 10)}, ${r.env.command}`)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}

export function writeReports(r: E2eResults, readme: boolean): void {
  writeFileSync(join(resultsDir, 'e2e.json'), JSON.stringify(r, null, 2) + '\n');
  writeFileSync(join(resultsDir, 'e2e.md'), renderMarkdown(r));
  writeFileSync(join(resultsDir, 'e2e.svg'), renderSvg(r));
  if (readme) updateReadme(renderReadmeBlock(r), undefined, { start: '<!-- bench:e2e:start -->', end: '<!-- bench:e2e:end -->' });
}
