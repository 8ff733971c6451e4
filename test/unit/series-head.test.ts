// Engine.querySeries with a head (HeadSeriesSet, src/engine/engine.ts) built from REAL fixture
// chunks: block B of test/fixtures/blocks/edge is turned into a head (its series and chunk bytes
// exactly as stored). The head is one more sorted source after the blocks, so
//   querySeries([A, C, OOO], q, head = B)  must equal  querySeries([A, C, OOO, B], q)
// byte for byte, on every engine, for every query shape (ranges, external labels with collisions
// and replica removal, sharding, batching, skip_chunks); native and ts agree byte for byte; a head
// duplicating a block adds no float sample twice and loses none; bad head bytes are refused.
// Also the planner's split at the newest block's maxTime (query/plan.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError, MAX_TIME, MIN_TIME, MatchType, type Block, type Engine, type Matcher, type SeriesQuery } from '../../src/engine/engine.js';
import { decodeSampleSet } from '../../src/engine/series-set.js';
import { headBoundary, planSeriesRun } from '../../src/query/plan.js';
import { engines, enginePair } from '../helpers/engines.js';
import { chunkList, drain, parseFrames } from '../helpers/series-frames.js';

const EDGE = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const cand = path.join(dir, 'test', 'fixtures', 'blocks', 'edge');
    if (fs.existsSync(cand)) return cand;
    if (path.dirname(dir) === dir) throw new Error('test/fixtures/blocks/edge not found');
  }
})();
/** A, B, C, OOO (ULIDs sort in creation order). */
const DIRS = fs.readdirSync(EDGE).filter((d) => fs.existsSync(path.join(EDGE, d, 'meta.json'))).sort();
const ALL: Matcher[] = [{ type: MatchType.RE, name: '__name__', value: '.+' }];

function base(over: Partial<SeriesQuery> = {}): SeriesQuery {
  return { mint: MIN_TIME, maxt: MAX_TIME, matchers: ALL, skipChunks: false, externalLabels: [], withoutReplicaLabels: [], batchSize: 0, chunkHashes: false, ...over };
}

/**
 * The series of `block` selected by `matchers` as a HeadSeriesSet: labels and chunk bytes copied
 * raw from the block (no string round trip), every chunk of the series (the engine keeps only
 * those overlapping the query range).
 */
function headFromBlock(block: Block, matchers: Matcher[]): Uint8Array {
  const refs = block.postings(matchers);
  const set = block.series(refs, MIN_TIME, MAX_TIME);
  const dv = new DataView(set.buffer, set.byteOffset, set.byteLength);
  const parts: Uint8Array[] = [];
  const u32 = (x: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, x, true);
    return b;
  };
  let off = 0;
  while (off < set.length) {
    off += 4; // series ref
    const nl = dv.getUint32(off, true);
    const labelsStart = off;
    off += 4;
    for (let i = 0; i < 2 * nl; i++) off += 4 + dv.getUint32(off, true);
    parts.push(set.subarray(labelsStart, off)); // u32 nLabels + labels: the same layout
    const nc = dv.getUint32(off, true);
    off += 4;
    const refBytes = new Uint8Array(8 * nc);
    for (let c = 0; c < nc; c++) refBytes.set(set.subarray(off + 24 * c + 16, off + 24 * c + 24), 8 * c);
    const list = block.chunks(refBytes);
    const ldv = new DataView(list.buffer, list.byteOffset, list.byteLength);
    parts.push(u32(nc));
    let lo = 0;
    for (let c = 0; c < nc; c++, off += 24) {
      const len = ldv.getUint32(lo + 1, true);
      parts.push(set.subarray(off, off + 16)); // i64 minTime, i64 maxTime
      parts.push(list.subarray(lo, lo + 5 + len)); // u8 encoding, u32 len, data
      lo += 5 + len;
    }
  }
  return Buffer.concat(parts);
}

function frames(engine: Engine, blocks: Block[], q: SeriesQuery, head?: Uint8Array, maxBytes = 1 << 15): Buffer {
  return Buffer.from(drain(engine.querySeries(blocks, q, head), maxBytes).bytes);
}

const QUERIES: [string, (m: { minTime: number }[]) => SeriesQuery][] = [
  ['everything, batches of 64', () => base({ batchSize: 64 })],
  ['everything, chunk hashes', () => base({ chunkHashes: true })],
  [
    'a range inside B, edge_* only',
    (m) => base({ mint: m[1].minTime + 20 * 60_000 + 1, maxt: m[1].minTime + 50 * 60_000, matchers: [{ type: MatchType.RE, name: '__name__', value: 'edge_.*' }] }),
  ],
  ['a range ending inside B', (m) => base({ mint: m[0].minTime + 60 * 60_000, maxt: m[1].minTime + 15 * 60_000 })],
  ['a range after B (head filtered out)', (m) => base({ mint: m[2].minTime + 60_000, maxt: m[2].minTime + 90 * 60_000 })],
  [
    'external labels with collisions and replica removal',
    () =>
      base({
        externalLabels: [['A', 'ext-a'], ['job', 'ext'], ['region', 'eu'], ['replica', 'r1'], ['zone', 'z1']],
        withoutReplicaLabels: ['replica', 'instance', 'kind'],
        batchSize: 2,
        chunkHashes: true,
      }),
  ],
  ['prefix series with a late external name', () => base({ externalLabels: [['zz', 'x']], matchers: [{ type: MatchType.RE, name: '__name__', value: 'http_request.*|up' }] })],
  ['shard 1 of 3 by job', () => base({ shard: { shardIndex: 1, totalShards: 3, by: true, labels: ['job'] }, externalLabels: [['cluster', 'c']] })],
  ['skip_chunks', (m) => base({ skipChunks: true, mint: m[1].minTime, maxt: m[1].minTime + 1000 })],
];

for (const engine of engines()) {
  const all = DIRS.map((d) => engine.openBlock(path.join(EDGE, d)));
  const [a, b, c, ooo] = all;
  const metas = all.map((x) => x.meta);

  for (const [name, mk] of QUERIES) {
    test(`${engine.kind}: head = block B equals B as the last block: ${name}`, () => {
      const q = mk(metas);
      const head = headFromBlock(b, q.matchers);
      const want = frames(engine, [a, c, ooo, b], q);
      const got = frames(engine, [a, c, ooo], q, head);
      assert.ok(want.length > 0 || name.includes('after B'), 'the query selects something');
      assert.ok(got.equals(want), `${name}: ${got.length} vs ${want.length} bytes`);
      // Small next() budgets cut the stream elsewhere; the bytes stay the same.
      assert.ok(frames(engine, [a, c, ooo], q, head, 1).equals(want));
    });
  }

  test(`${engine.kind}: a head-only answer equals the block itself`, () => {
    for (const [, mk] of QUERIES) {
      const q = mk(metas);
      assert.ok(frames(engine, [], q, headFromBlock(b, q.matchers)).equals(frames(engine, [b], q)));
    }
  });

  test(`${engine.kind}: a head repeating a block adds no float sample twice and loses none`, () => {
    const q = base({ matchers: [{ type: MatchType.RE, name: '__name__', value: 'http_requests_total|node_cpu_seconds_total|edge_.*' }] });
    const blocksOnly = samplesBySeries(engine, frames(engine, all, q));
    const withHead = samplesBySeries(engine, frames(engine, all, q, headFromBlock(b, q.matchers)));
    assert.deepEqual([...withHead.keys()], [...blocksOnly.keys()]);
    let floats = 0;
    for (const [k, want] of blocksOnly) {
      const got = withHead.get(k)!;
      if (want.kind === 1) {
        floats++;
        assert.deepEqual(got.samples, want.samples, `${k}: float samples`);
      } else {
        // Histogram chunks cannot be re-encoded: the head's copy is kept (never lost), so its
        // samples may come twice; as a set they are the same.
        assert.deepEqual([...new Set(got.samples)], want.samples, `${k}: histogram samples`);
      }
    }
    assert.ok(floats > 100, `${floats} float series checked`);
  });

  test(`${engine.kind}: malformed heads are refused with INVALID_ARGUMENT`, () => {
    const good = headFromBlock(b, [{ type: MatchType.EQ, name: '__name__', value: 'up' }]);
    const isInvalid = (e: unknown) => e instanceof EngineError && e.code === 'INVALID_ARGUMENT';
    for (const cut of [1, 5, 13, good.length - 1]) {
      assert.throws(() => drain(engine.querySeries([a], base(), good.subarray(0, cut)), 1 << 16), isInvalid, `cut at ${cut}`);
    }
    // The same series twice: not strictly ascending.
    const twice = Buffer.concat([good, good]);
    assert.throws(() => engine.querySeries([a], base(), twice), isInvalid);
    // A label count larger than the buffer could hold.
    const huge = Buffer.from(good);
    huge.writeUInt32LE(0x7fffffff, 0);
    assert.throws(() => engine.querySeries([a], base(), huge), isInvalid);
    // An empty head is no head.
    assert.ok(frames(engine, [a], base(), new Uint8Array(0)).equals(frames(engine, [a], base())));
  });
}

/** Series key → kind and decoded samples ("t v" strings), from Frames bytes. */
function samplesBySeries(engine: Engine, bytes: Uint8Array): Map<string, { kind: number; samples: string[] }> {
  const out = new Map<string, { kind: number; samples: string[] }>();
  const dec = new TextDecoder();
  for (const f of parseFrames(bytes)) {
    for (const s of f.series) {
      const k = s.labels.map(([n, v]) => `${dec.decode(n)}=${dec.decode(v)}`).join(',');
      const sets = decodeSampleSet(engine.decodeChunks(chunkList(s.chunks)));
      const flat = sets.flat().sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : 0));
      // 1: floats only; anything else: the series holds native-histogram samples.
      const kind = flat.every((x) => x.kind === 1) ? 1 : 2;
      out.set(k, { kind, samples: flat.map((x) => (x.kind === 1 ? `${x.t} ${Object.is(x.v, -0) ? '-0' : x.v}` : `${x.t} ${JSON.stringify(x.h)}`)) });
    }
  }
  return out;
}

const pair = enginePair();
if (pair) {
  test('native and ts agree byte for byte with a head', () => {
    const nb = DIRS.map((d) => pair.native.openBlock(path.join(EDGE, d)));
    const tb = DIRS.map((d) => pair.ts.openBlock(path.join(EDGE, d)));
    const metas = nb.map((x) => x.meta);
    for (const [name, mk] of QUERIES) {
      const q = mk(metas);
      // Head = B, and head = B over all blocks (overlaps everywhere: merge and dedup paths).
      const head = headFromBlock(nb[1], q.matchers);
      for (const [which, n, t] of [
        ['without B', [nb[0], nb[2], nb[3]], [tb[0], tb[2], tb[3]]],
        ['with B', nb, tb],
      ] as const) {
        const x = frames(pair.native, [...n], q, head);
        const y = frames(pair.ts, [...t], q, head);
        assert.ok(x.equals(y), `${name} (${which}): native ${x.length} vs ts ${y.length} bytes`);
      }
    }
  });
}

test('plan: blocks before B, head from max(mint, B); B fixed by the newest block', () => {
  const blk = (dir: string, minTime: number, maxTime: number) => ({ dir, meta: { ulid: dir, minTime, maxTime, version: 1, compaction: { level: 1 } } });
  const blocks = [blk('a', 0, 100), blk('b', 100, 200), blk('c', 50, 150)];
  assert.equal(headBoundary(blocks), 200);
  assert.deepEqual(planSeriesRun(blocks, 0, 50), { blockDirs: ['a', 'c'] });
  assert.deepEqual(planSeriesRun(blocks, 0, 199), { blockDirs: ['a', 'b', 'c'] });
  assert.deepEqual(planSeriesRun(blocks, 150, 200), { blockDirs: ['b'], head: { boundary: 200, mint: 200, maxt: 200 } });
  assert.deepEqual(planSeriesRun(blocks, 250, 300), { blockDirs: [], head: { boundary: 200, mint: 250, maxt: 300 } });
  assert.deepEqual(planSeriesRun(blocks, 300, 250), { blockDirs: [] });
  // No persisted block: everything is the head's.
  assert.deepEqual(planSeriesRun([], -5, 5), { blockDirs: [], head: { boundary: MIN_TIME, mint: -5, maxt: 5 } });
});
