// Finds the persisted blocks under a TSDB directory. A block is a ULID-named directory holding a
// meta.json; temporary directories (*.tmp-for-creation, *.tmp-for-deletion) and directories without
// meta.json are still being written or removed and are never touched. A block that fails to open is
// reported and left out; the others keep serving.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EngineError, type Block, type Engine } from '../engine/engine.js';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export interface BlockFailure {
  dir: string;
  error: Error;
}

/** ULID block directories under `tsdbPath` that have a meta.json, in ULID order. */
export function listBlockDirs(tsdbPath: string): string[] {
  if (!existsSync(tsdbPath) || !statSync(tsdbPath).isDirectory()) {
    throw new EngineError('NOT_FOUND', `--tsdb.path ${tsdbPath}: not a directory`);
  }
  return readdirSync(tsdbPath, { withFileTypes: true })
    .filter((d) => d.isDirectory() && ULID.test(d.name) && existsSync(join(tsdbPath, d.name, 'meta.json')))
    .map((d) => join(tsdbPath, d.name))
    .sort();
}

/** Opens every block; failures are returned, not thrown. Blocks come back sorted by minTime. */
export function openBlocks(engine: Engine, tsdbPath: string): { blocks: Block[]; failures: BlockFailure[] } {
  const blocks: Block[] = [];
  const failures: BlockFailure[] = [];
  for (const dir of listBlockDirs(tsdbPath)) {
    try {
      blocks.push(engine.openBlock(dir));
    } catch (error) {
      failures.push({ dir, error: error as Error });
    }
  }
  blocks.sort((a, b) => a.meta.minTime - b.meta.minTime || (a.meta.ulid < b.meta.ulid ? -1 : 1));
  return { blocks, failures };
}

/** Whether a block holds data in the inclusive range [mint, maxt] (meta.maxTime is exclusive). */
export function overlaps(block: Block, mint: number, maxt: number): boolean {
  return block.meta.minTime <= maxt && mint < block.meta.maxTime;
}
