// What the shipper knows about a local block, read from its meta.json, and the block-set questions
// both the background shipper and the one-shot `upload` command ask: in which order, which ones
// overlap, which ones are covered by a block already shipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listBlockDirs } from '../blocks/block-set.js';
import { parsePrometheusMeta } from './thanos-meta.js';

/** Prometheus's compaction hint on blocks written from the out-of-order head (prometheus#11075). */
export const OOO_HINT = 'from-out-of-order';

export interface LocalBlock {
  ulid: string;
  dir: string;
  minTime: number; // inclusive, ms
  maxTime: number; // exclusive, ms
  level: number;
  numSamples: number;
  sources: string[];
  outOfOrder: boolean;
}

export interface ScanResult {
  blocks: LocalBlock[];
  /** ULID directories whose meta.json exists but cannot be read or parsed. */
  unreadable: { dir: string; error: Error }[];
}

/**
 * ULID directories with a readable meta.json, oldest minTime first (ULID breaks ties, so the order
 * is total and the same on every pass). A meta.json that vanishes between listing and reading is a
 * block being deleted: silently left out.
 */
export function scanBlocks(tsdbPath: string): ScanResult {
  const blocks: LocalBlock[] = [];
  const unreadable: { dir: string; error: Error }[] = [];
  for (const dir of listBlockDirs(tsdbPath)) {
    const path = join(dir, 'meta.json');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') unreadable.push({ dir, error: err as Error });
      continue;
    }
    try {
      blocks.push(fromMeta(parsePrometheusMeta(text, path), dir));
    } catch (err) {
      unreadable.push({ dir, error: err as Error });
    }
  }
  blocks.sort(byUploadOrder);
  return { blocks, unreadable };
}

export function fromMeta(m: Record<string, unknown>, dir: string): LocalBlock {
  const stats = (m.stats ?? {}) as Record<string, unknown>;
  const compaction = (m.compaction ?? {}) as Record<string, unknown>;
  const hints = Array.isArray(compaction.hints) ? compaction.hints : [];
  const ulid = String(m.ulid).toUpperCase();
  return {
    ulid,
    dir,
    minTime: m.minTime as number,
    maxTime: m.maxTime as number,
    level: typeof compaction.level === 'number' ? compaction.level : 1,
    numSamples: typeof stats.numSamples === 'number' ? stats.numSamples : 0,
    sources: Array.isArray(compaction.sources) ? compaction.sources.map((s) => String(s).toUpperCase()) : [ulid],
    outOfOrder: hints.includes(OOO_HINT),
  };
}

export function byUploadOrder(a: { minTime: number; ulid: string }, b: { minTime: number; ulid: string }): number {
  return a.minTime - b.minTime || (a.ulid < b.ulid ? -1 : a.ulid > b.ulid ? 1 : 0);
}

/** Half-open [minTime, maxTime) ranges intersect. */
export function overlapping(a: { minTime: number; maxTime: number }, b: { minTime: number; maxTime: number }): boolean {
  return a.minTime < b.maxTime && b.minTime < a.maxTime;
}

/** Groups of blocks whose time ranges chain-overlap, each sorted by upload order; singletons left out. */
export function overlapGroups<T extends { minTime: number; maxTime: number; ulid: string }>(blocks: T[]): T[][] {
  const sorted = [...blocks].sort(byUploadOrder);
  const groups: T[][] = [];
  let current: T[] = [];
  let currentMax = Number.NEGATIVE_INFINITY;
  for (const b of sorted) {
    if (current.length > 0 && b.minTime < currentMax) {
      current.push(b);
      currentMax = Math.max(currentMax, b.maxTime);
      continue;
    }
    if (current.length > 1) groups.push(current);
    current = [b];
    currentMax = b.maxTime;
  }
  if (current.length > 1) groups.push(current);
  return groups;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Milliseconds since the epoch encoded in a ULID's first 10 characters (when the block was cut). */
export function ulidTimeMs(ulid: string): number {
  let t = 0;
  for (let i = 0; i < 10; i++) {
    const v = CROCKFORD.indexOf(ulid[i]?.toUpperCase() ?? '');
    if (v < 0) return Number.NaN;
    t = t * 32 + v;
  }
  return t;
}

export function formatRange(b: { minTime: number; maxTime: number }): string {
  return `[${new Date(b.minTime).toISOString()}, ${new Date(b.maxTime).toISOString()})`;
}
