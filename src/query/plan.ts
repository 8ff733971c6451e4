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
