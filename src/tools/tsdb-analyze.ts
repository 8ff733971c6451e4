// `storeapi-sidecar tsdb analyze`: the cardinality report SREs run `promtool tsdb analyze` for,
// computed with our engine and printed in promtool's layout: churn by label pair and name, most
// common label pairs, label names by cumulative value length and by cardinality, and metric names
// by series count. Ties are broken by key so the report is deterministic.
import { basename } from 'node:path';
import { MAX_TIME, MIN_TIME, type Block, type Matcher } from '../engine/engine.js';
import { decodeSeriesSet } from '../engine/series-set.js';
import { listBlockDirs } from '../blocks/block-set.js';
import { parseSelector } from '../query/selector.js';
import { parseFlags, pickEngine, UsageError } from './args.js';

export const analyzeUsage = `usage: storeapi-sidecar tsdb analyze --tsdb.path DIR [--block ULID] [--limit N] [--match SELECTOR] [--progress] [--engine native|ts]

Cardinality report of one block (default: the newest), in promtool tsdb analyze's layout.`;

const BATCH = 4096;

/** Go's time.Duration.String() for a whole number of milliseconds. */
export function goDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = rest / 1000;
  let out: string;
  if (h === 0 && m === 0 && s < 1) out = `${rest}ms`;
  else {
    const sec = Number.isInteger(s) ? String(s) : String(s).replace(/0+$/, '');
    out = h > 0 ? `${h}h${m}m${sec}s` : m > 0 ? `${m}m${sec}s` : `${sec}s`;
  }
  return neg ? '-' + out : out;
}

function top(entries: Map<string, number>, limit: number): string {
  return [...entries]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([k, v]) => `${v} ${k}\n`)
    .join('');
}

export interface AnalyzeOptions {
  limit: number;
  matchers: Matcher[];
  matchText?: string;
  progress?: (done: number, total: number) => void;
}

/** The report for one open block. */
export function analyzeBlock(block: Block, opts: AnalyzeOptions): string {
  const { meta } = block;
  const span = meta.maxTime - meta.minTime;
  let out = `Block ID: ${meta.ulid}\nDuration: ${goDuration(span)}\nTotal Series: ${meta.stats?.numSeries ?? block.numSeries()}\n`;
  if (opts.matchText !== undefined) out += `Matcher: ${opts.matchText}\n`;
  const names = block.labelNames(opts.matchers);
  out += `Label names: ${names.length}\n`;

  const refs = block.postings(opts.matchers);
  if (opts.matchText !== undefined) out += `Matched series: ${refs.length}\n`;
  const nameUncovered = new Map<string, number>();
  const pairUncovered = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const metricCount = new Map<string, number>();
  let entries = 0;
  for (let at = 0; at < refs.length; at += BATCH) {
    for (const s of decodeSeriesSet(block.series(refs.subarray(at, at + BATCH), MIN_TIME, MAX_TIME))) {
      // Share of the block's range this series does not cover: the churn measure.
      const covered = s.chunks.length ? Number(s.chunks[s.chunks.length - 1].maxTime - s.chunks[0].minTime) : 0;
      const uncovered = span - covered;
      for (const [name, value] of s.labels) {
        const key = `${name}=${value}`;
        nameUncovered.set(name, (nameUncovered.get(name) ?? 0) + uncovered);
        pairUncovered.set(key, (pairUncovered.get(key) ?? 0) + uncovered);
        pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
        if (name === '__name__') metricCount.set(value, (metricCount.get(value) ?? 0) + 1);
        entries++;
      }
    }
    opts.progress?.(Math.min(at + BATCH, refs.length), refs.length);
  }
  const share = (m: Map<string, number>) => new Map([...m].map(([k, v]) => [k, Math.floor(v / span)]));
  const cumulative = new Map<string, number>();
  const cardinality = new Map<string, number>();
  for (const n of names) {
    const values = block.labelValues(n, opts.matchers);
    cumulative.set(n, values.reduce((sum, v) => sum + Buffer.byteLength(v), 0));
    cardinality.set(n, values.length);
  }
  out += `Postings (unique label pairs): ${pairCount.size}\nPostings entries (total label pairs): ${entries}\n`;
  out += `\nLabel pairs most involved in churning:\n${top(share(pairUncovered), opts.limit)}`;
  out += `\nLabel names most involved in churning:\n${top(share(nameUncovered), opts.limit)}`;
  out += `\nMost common label pairs:\n${top(pairCount, opts.limit)}`;
  out += `\nLabel names with highest cumulative label value length:\n${top(cumulative, opts.limit)}`;
  out += `\nHighest cardinality labels:\n${top(cardinality, opts.limit)}`;
  out += `\nHighest cardinality metric names:\n${top(metricCount, opts.limit)}`;
  return out;
}

/**
 * The default block, chosen as Prometheus's DBReadOnly.LastBlockID does: the greatest ULID
 * timestamp (its first 10 characters); on a tie the first in name order.
 */
export function newestBlock(dirs: string[]): string | undefined {
  let best: string | undefined;
  for (const d of dirs) if (!best || basename(d).slice(0, 10) > basename(best).slice(0, 10)) best = d;
  return best;
}

export async function runAnalyze(argv: string[], stdout = process.stdout, stderr = process.stderr): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      'tsdb.path': { type: 'string' },
      block: { type: 'string' },
      limit: { type: 'string' },
      match: { type: 'string' },
      progress: { type: 'boolean' },
      engine: { type: 'string' },
    },
    analyzeUsage,
  );
  const pos = [...positionals];
  const path = values['tsdb.path'] ?? pos.shift();
  const blockId = values.block ?? pos.shift();
  if (!path || pos.length > 0) throw new UsageError(analyzeUsage);
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit: expected a non-negative integer, got ${values.limit}`);
  const engine = await pickEngine(values.engine);
  const dirs = listBlockDirs(path);
  const dir = blockId === undefined ? newestBlock(dirs) : dirs.find((d) => basename(d) === blockId);
  if (!dir) throw new UsageError(blockId === undefined ? `no blocks in ${path}` : `block ${blockId} not found in ${path}`);
  const block = engine.openBlock(dir);
  const showProgress = values.progress ?? (stderr.isTTY === true && block.numSeries() >= 10_000);
  let last = -1;
  const progress = showProgress
    ? (done: number, total: number) => {
        const pct = total === 0 ? 100 : Math.floor((done * 100) / total);
        if (pct === last) return;
        last = pct;
        stderr.write(`\ranalyzing ${basename(dir)}: ${done}/${total} series (${pct}%)${done === total ? '\n' : ''}`);
      }
    : undefined;
  try {
    const report = analyzeBlock(block, {
      limit,
      matchers: values.match ? parseSelector(values.match) : [],
      matchText: values.match,
      progress,
    });
    stdout.write(report);
  } finally {
    block.close();
  }
  return 0;
}
