// Which persisted blocks a request reads: those whose time range overlaps the request's
// inclusive [mint, maxt]. Block ranges are half-open, [meta.minTime, meta.maxTime): a block
// ending exactly at mint holds nothing at or after mint. Planning uses the watcher's meta.json
// data only; opening the blocks is the worker's job.
import type { BlockInfo } from '../blocks/watcher.js';

/** Whether a block's [minTime, maxTime) overlaps the inclusive range [mint, maxt]. */
export function overlapsRange(info: BlockInfo, mint: number, maxt: number): boolean {
  return info.meta.minTime <= maxt && mint < info.meta.maxTime;
}

/** The overlapping blocks, in the order given (the watcher's: by minTime, then ULID). */
export function planBlocks(blocks: readonly BlockInfo[], mint: number, maxt: number): BlockInfo[] {
  if (mint > maxt) return [];
  return blocks.filter((b) => overlapsRange(b, mint, maxt));
}

/** The directories of `planBlocks`: what a SeriesRun reads. */
export function planBlockDirs(blocks: readonly BlockInfo[], mint: number, maxt: number): string[] {
  return planBlocks(blocks, mint, maxt).map((b) => b.dir);
}

// ---- Blocks and head -------------------------------------------------------------------------
//
// A Series request is split at B, the newest persisted block's maxTime (exclusive: B is the first
// millisecond no persisted block holds). The blocks serve every sample before B; Prometheus's
// remote read serves [max(mint, B), maxt], and the worker trims its chunks at B
// (src/prometheus/boundary.ts), so each sample comes from exactly one side.
//
// B is fixed here, at plan time, and never re-read. If Prometheus cuts a new block between this
// plan and the remote read (the block appears in --tsdb.path, the head is truncated), nothing is
// lost or doubled:
// - the block part is the block directories listed in this plan, all ending at or before B; a
//   block that appears later (it starts at or after the old B) is simply not read by this request;
// - the remote read still asks Prometheus for [B, maxt], and Prometheus answers that range from
//   its head *and* its persisted blocks, so the samples that moved from its head into the new
//   block are still in the answer, once.
// The reverse lag (Prometheus has written a block the watcher has not listed yet) only makes B
// older than it could be; Prometheus still answers the whole [B, maxt]. With no persisted block
// at all, B is MIN_TIME: everything comes from remote read.

/** The head's part of a request: remote-read [mint, maxt], trimmed at `boundary` (B). */
export interface HeadPart {
  boundary: number;
  mint: number;
  maxt: number;
}

export interface SeriesRunPlan {
  /** Persisted blocks overlapping [mint, maxt] (all end at or before B). */
  blockDirs: string[];
  /** Absent when [mint, maxt] ends before B. */
  head?: HeadPart;
}

/** B: the newest persisted block's maxTime (exclusive end), or MIN_TIME when there is none. */
export function headBoundary(blocks: readonly { meta: { maxTime: number } }[]): number {
  let b = Number.MIN_SAFE_INTEGER;
  for (const x of blocks) if (x.meta.maxTime > b) b = x.meta.maxTime;
  return b;
}

/** Splits the inclusive [mint, maxt] into the blocks' part and the head's part. */
export function planSeriesRun(blocks: readonly BlockInfo[], mint: number, maxt: number): SeriesRunPlan {
  if (mint > maxt) return { blockDirs: [] };
  const boundary = headBoundary(blocks);
  const blockDirs = planBlockDirs(blocks, mint, maxt);
  const headMint = Math.max(mint, boundary);
  return headMint <= maxt ? { blockDirs, head: { boundary, mint: headMint, maxt } } : { blockDirs };
}
