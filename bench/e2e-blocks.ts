// The blocks of the end-to-end benchmark (bench/e2e.bench.ts), written by bench/go
// (`bench-go series`) on Prometheus's tsdb code and cached under test/fixtures/big/ (git-ignored)
// like the wide block. Each set is a TSDB directory of 2 h blocks, the only block size a
// Prometheus beside a Thanos sidecar produces (min = max block duration = 2 h).
//
// Benchmarks never run on the cache itself: each Prometheus gets a scratch TSDB directory whose
// block files are hard links to the cache (`cp -al`), so Prometheus can write its WAL and lock
// file, and nothing it or a sidecar does can change the cached bytes' names.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../test/helpers/tools.js';

export interface BlockSetSpec {
  series: number;
  /** Scrapes per series. */
  samples: number;
  /** Scrape interval, Go duration syntax. */
  interval: string;
}

export interface BlockMeta {
  ulid: string;
  minTime: number;
  maxTime: number;
  stats: { numSeries: number; numChunks: number; numSamples: number };
}

export interface BlockSet {
  spec: BlockSetSpec;
  dir: string;
  blocks: BlockMeta[];
  minTime: number;
  maxTime: number;
  /** Seconds it took to write (this run), or undefined when it came from the cache. */
  writtenSecs?: number;
}

/** The block sets of bench:e2e's cases: (a), (b), and (c) (also (d)'s). */
export const SPEC_A: BlockSetSpec = { series: 10_000, samples: 1920, interval: '15s' };
export const SPEC_B: BlockSetSpec = { series: 26_000, samples: 230, interval: '15s' };
export const SPEC_C: BlockSetSpec = { series: 1_000_000, samples: 120, interval: '60s' };

const DONE = 'bench-go-series.json';

function readBlocks(dir: string): BlockMeta[] {
  return readdirSync(dir)
    .filter((n) => /^[0-9A-Z]{26}$/.test(n) && existsSync(join(dir, n, 'meta.json')))
    .map((n) => JSON.parse(readFileSync(join(dir, n, 'meta.json'), 'utf8')) as BlockMeta)
    .sort((a, b) => a.minTime - b.minTime);
}

/** The cached block set for `spec`, written with `goHarness` first when missing or incomplete. */
export function blockSet(goHarness: string, spec: BlockSetSpec): BlockSet {
  const dir = join(fixturesDir, 'big', `e2e-${spec.series}x${spec.samples}@${spec.interval}`);
  let writtenSecs: number | undefined;
  // The marker is written last: a run killed half-way leaves no marker and is redone whole.
  if (!existsSync(join(dir, DONE))) {
    rmSync(dir, { recursive: true, force: true });
    console.error(`writing ${spec.series} series × ${spec.samples} scrapes @${spec.interval} to ${dir} (once)…`);
    const began = process.hrtime.bigint();
    execFileSync(
      goHarness,
      ['series', '--out', dir, '--series', String(spec.series), '--samples', String(spec.samples), '--interval', spec.interval],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    writtenSecs = Number(process.hrtime.bigint() - began) / 1e9;
    writeFileSync(join(dir, DONE), JSON.stringify({ ...spec, writtenSecs }) + '\n');
  }
  const blocks = readBlocks(dir);
  if (blocks.length === 0) throw new Error(`bench-go series left no block in ${dir}`);
  const total = blocks.reduce((n, b) => n + b.stats.numSamples, 0);
  if (total !== spec.series * spec.samples) {
    throw new Error(`${dir}: blocks hold ${total} samples, expected ${spec.series} × ${spec.samples}; delete the directory to rewrite it`);
  }
  return { spec, dir, blocks, minTime: blocks[0].minTime, maxTime: Math.max(...blocks.map((b) => b.maxTime)), writtenSecs };
}

export interface Scratch {
  /** The TSDB directory (`data/`), blocks hard-linked from the cache. */
  path: string;
  /** The scratch root, for Prometheus's config file. */
  root: string;
  remove(): void;
}

/** A scratch TSDB directory under test/fixtures/big/ whose blocks are hard links to `set`'s. */
export function scratchTsdb(set: BlockSet): Scratch {
  // Same file system as the cache (hard links cannot cross one), and git-ignored.
  const root = mkdtempSync(join(fixturesDir, 'big', '.e2e-scratch-'));
  const path = join(root, 'data');
  mkdirSync(path);
  for (const b of set.blocks) execFileSync('cp', ['-al', join(set.dir, b.ulid), join(path, b.ulid)]);
  return { path, root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
