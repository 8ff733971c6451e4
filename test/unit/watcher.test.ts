// The block watcher (src/blocks/watcher.ts) and the planner (src/query/plan.ts): blocks appear
// and disappear, temporary directories are ignored, a bad meta.json is reported and skipped,
// blocks covered by a compacted block are hidden, and planning honours the exclusive maxTime.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import type { BlockMeta } from '../../src/engine/engine.js';
import { blockLoadFailures, BlockWatcher, visibleBlocks, type BlockInfo } from '../../src/blocks/watcher.js';
import { planBlockDirs, planBlocks } from '../../src/query/plan.js';

/** A valid ULID-shaped name (Crockford base32), distinct per n. */
const ulid = (n: number) => `01HZZ${String(n).padStart(21, '0')}`;

interface MetaOpts {
  minTime: number;
  maxTime: number;
  level?: number;
  sources?: string[];
  parents?: string[];
  deletable?: boolean;
}

function meta(id: string, o: MetaOpts): BlockMeta {
  return {
    ulid: id,
    minTime: o.minTime,
    maxTime: o.maxTime,
    stats: { numSamples: 1, numSeries: 1, numChunks: 1 },
    compaction: {
      level: o.level ?? 1,
      sources: o.sources ?? [id],
      ...(o.parents ? { parents: o.parents.map((u) => ({ ulid: u, minTime: o.minTime, maxTime: o.maxTime })) } : {}),
      ...(o.deletable ? { deletable: true } : {}),
    },
    version: 1,
  };
}

async function until(cond: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('block watcher', () => {
  let root = '';
  let watcher: BlockWatcher | undefined;
  const errors: { dir: string; err: Error }[] = [];
  const put = (id: string, o: MetaOpts, name = id) => {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, 'meta.json'), JSON.stringify(meta(id, o)));
  };
  const ids = () => (watcher?.blocks() ?? []).map((b) => b.meta.ulid);
  const open = (opts: { intervalMs?: number; fsWatch?: boolean } = {}) =>
    (watcher = new BlockWatcher({ tsdbPath: root, intervalMs: opts.intervalMs ?? 60_000, fsWatch: opts.fsWatch ?? false, onError: (dir, err) => errors.push({ dir, err }) }).start());

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'watcher-'));
    errors.length = 0;
  });
  afterEach(() => {
    watcher?.close();
    watcher = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  test('lists blocks sorted by minTime and ignores non-block directories', () => {
    put(ulid(2), { minTime: 200, maxTime: 300 });
    put(ulid(1), { minTime: 100, maxTime: 200 });
    put(ulid(9), { minTime: 0, maxTime: 50 }, `${ulid(9)}.tmp-for-creation`);
    put(ulid(8), { minTime: 0, maxTime: 50 }, `${ulid(8)}.tmp-for-deletion`);
    mkdirSync(join(root, 'wal'));
    mkdirSync(join(root, 'chunks_head'));
    writeFileSync(join(root, 'lock'), '');
    open();
    assert.deepEqual(ids(), [ulid(1), ulid(2)]);
    assert.equal(watcher!.blocks()[0].dir, join(root, ulid(1)));
    assert.deepEqual(errors, []);
  });

  test('polling picks up a new block and drops a removed one', async () => {
    put(ulid(1), { minTime: 0, maxTime: 100 });
    open({ intervalMs: 20 });
    assert.deepEqual(ids(), [ulid(1)]);
    // Written the way Prometheus does it: a tmp directory renamed into place.
    put(ulid(2), { minTime: 100, maxTime: 200 }, `${ulid(2)}.tmp-for-creation`);
    renameSync(join(root, `${ulid(2)}.tmp-for-creation`), join(root, ulid(2)));
    await until(() => ids().length === 2, 'the new block');
    // Deleted the way Prometheus does it: renamed away first, then removed.
    renameSync(join(root, ulid(1)), join(root, `${ulid(1)}.tmp-for-deletion`));
    await until(() => ids().length === 1, 'the removal');
    assert.deepEqual(ids(), [ulid(2)]);
  });

  test('fs.watch makes a new block visible without waiting for the poll', async () => {
    open({ fsWatch: true });
    put(ulid(3), { minTime: 0, maxTime: 100 });
    await until(() => ids().length === 1, 'the fs.watch refresh');
  });

  test('a block with a corrupt or missing meta.json is reported once, counted, and skipped', async () => {
    const before = (await blockLoadFailures().get()).values[0]?.value ?? 0;
    put(ulid(1), { minTime: 0, maxTime: 100 });
    mkdirSync(join(root, ulid(2)));
    writeFileSync(join(root, ulid(2), 'meta.json'), '{"ulid": "01HZZ');
    mkdirSync(join(root, ulid(3)));
    put(ulid(99), { minTime: 0, maxTime: 100 }, ulid(4)); // ulid does not match its directory
    put(ulid(5), { minTime: 100, maxTime: 50 }); // maxTime < minTime
    open();
    watcher!.refresh();
    watcher!.refresh();
    assert.deepEqual(ids(), [ulid(1)]);
    assert.deepEqual(errors.map((e) => e.dir).sort(), [ulid(2), ulid(3), ulid(4), ulid(5)].map((u) => join(root, u)));
    for (const { err } of errors) assert.equal((err as { code?: string }).code, 'CORRUPT_BLOCK');
    assert.match(errors.find((e) => e.dir.endsWith(ulid(2)))!.err.message, /meta\.json: not JSON/);
    const after = (await blockLoadFailures().get()).values[0]?.value ?? 0;
    assert.equal(after - before, 4);
    // Repaired in place: it shows up, and nothing more is reported.
    put(ulid(2), { minTime: 100, maxTime: 200 });
    watcher!.refresh();
    assert.deepEqual(ids(), [ulid(1), ulid(2)]);
    assert.equal(errors.length, 4);
  });

  test('blocks covered by a compacted block are hidden (parents, sources, deletable)', () => {
    // Level-2 block C = A + B, written before A and B are deleted.
    put(ulid(1), { minTime: 0, maxTime: 100 });
    put(ulid(2), { minTime: 100, maxTime: 200 });
    put(ulid(3), { minTime: 0, maxTime: 200, level: 2, sources: [ulid(1), ulid(2)], parents: [ulid(1), ulid(2)] });
    // Level-3 block E = C' + D whose direct parent C' is gone, while C''s source ulid(5) survived.
    put(ulid(5), { minTime: 200, maxTime: 300 });
    put(ulid(6), { minTime: 300, maxTime: 400 });
    put(ulid(7), { minTime: 200, maxTime: 400, level: 3, sources: [ulid(5), ulid(6)], parents: [ulid(4), ulid(6)] });
    // An empty compaction result Prometheus marked deletable.
    put(ulid(8), { minTime: 400, maxTime: 500, level: 2, sources: [ulid(8)], deletable: true });
    // An out-of-order block overlapping others without being a compaction input stays visible.
    put(ulid(9), { minTime: 50, maxTime: 150 });
    open();
    assert.deepEqual(ids(), [ulid(3), ulid(9), ulid(7)]);
  });

  test('visibleBlocks keeps level-1 blocks, which list themselves as their source', () => {
    const infos: BlockInfo[] = [ulid(1), ulid(2)].map((u, i) => ({ dir: u, meta: meta(u, { minTime: i * 10, maxTime: i * 10 + 10 }) }));
    assert.deepEqual(visibleBlocks(infos).map((b) => b.meta.ulid), [ulid(1), ulid(2)]);
  });

  test('a missing --tsdb.path fails start(); a directory that vanishes later empties the set', () => {
    assert.throws(() => new BlockWatcher({ tsdbPath: join(root, 'nope'), fsWatch: false }).start(), /not a directory/);
    put(ulid(1), { minTime: 0, maxTime: 100 });
    open();
    rmSync(root, { recursive: true, force: true });
    watcher!.refresh();
    watcher!.refresh();
    assert.deepEqual(ids(), []);
    assert.equal(errors.length, 1, 'reported once, not on every poll');
    assert.equal(errors[0].dir, root);
  });
});

describe('plan', () => {
  const infos: BlockInfo[] = [
    { dir: 'a', meta: meta(ulid(1), { minTime: 0, maxTime: 100 }) },
    { dir: 'b', meta: meta(ulid(2), { minTime: 100, maxTime: 200 }) },
    { dir: 'c', meta: meta(ulid(3), { minTime: 200, maxTime: 300 }) },
  ];

  test('selects blocks overlapping the inclusive range; maxTime is exclusive', () => {
    assert.deepEqual(planBlockDirs(infos, 0, 99), ['a']);
    assert.deepEqual(planBlockDirs(infos, 100, 100), ['b'], 'a block ending at 100 holds nothing at 100');
    assert.deepEqual(planBlockDirs(infos, 99, 100), ['a', 'b']);
    assert.deepEqual(planBlockDirs(infos, 199, 200), ['b', 'c']);
    assert.deepEqual(planBlockDirs(infos, 300, 400), []);
    assert.deepEqual(planBlockDirs(infos, -50, -1), []);
    assert.deepEqual(planBlockDirs(infos, Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER), ['a', 'b', 'c']);
    assert.deepEqual(planBlocks(infos, 150, 120), [], 'an empty range reads nothing');
  });
});
