// Engine.querySeries on the real edge fixture blocks (4 blocks: A, B, C adjacent, an out-of-order
// block overlapping A, tombstones in C), for both engines, against a brute-force oracle:
// src/query/block-query.ts `selectSamples` (samples merged across blocks, deduplicated, tombstones
// applied, trimmed to [mint, maxt]). The samples decoded from the chunks we send, trimmed to
// [mint, maxt], must equal the oracle's exactly; labels are rewritten (external labels, replica
// removal) and sorted by the test itself. Also: sharding, batching, skip_chunks, stats, and
// native vs ts Frames byte-identical.
//
// One documented exception (native/engine/src/query/merge.rs): histogram chunks that overlap
// another block's chunks are not merged (no histogram encoder); only the earliest block's chunks
// of that time range are sent. In the fixtures that is edge_native_hist_seconds{kind="schema3_signed"}
// (A and the OOO block), whose oracle is therefore taken without the OOO block (its 12 OOO samples
// happen to share A's timestamps, so nothing is lost there; native/engine/tests/series_merge.rs
// covers the loss case).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_TIME, MIN_TIME, MatchType, type Block, type Engine, type SeriesQuery } from '../../src/engine/engine.js';
import { compareLabels, compareUtf8, decodeSampleSet, type Label, type Sample } from '../../src/engine/series-set.js';
import { xxh64 } from '../../src/engine/ts/wire/storepb.js';
import { selectSamples } from '../../src/query/block-query.js';
import { engines, enginePair } from '../helpers/engines.js';
import { chunkList, drain, parseFrames, type WireSeries } from '../helpers/series-frames.js';

const EDGE = (() => {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const cand = path.join(dir, 'test', 'fixtures', 'blocks', 'edge');
    if (fs.existsSync(cand)) return cand;
    if (path.dirname(dir) === dir) throw new Error('test/fixtures/blocks/edge not found');
  }
})();
/** A, B, C, OOO: ULIDs sort in creation order, which is the README's order. */
const DIRS = fs.readdirSync(EDGE).filter((d) => fs.existsSync(path.join(EDGE, d, 'meta.json'))).sort();
const HIST_OVERLAP = 'edge_native_hist_seconds|schema3_signed';

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function base(over: Partial<SeriesQuery> = {}): SeriesQuery {
  return {
    mint: MIN_TIME,
    maxt: MAX_TIME,
    matchers: [],
    skipChunks: false,
    externalLabels: [],
    withoutReplicaLabels: [],
    batchSize: 0,
    chunkHashes: false,
    ...over,
  };
}

/** The test's own final-label rule (shared/spec/storeapi.md §3.2, §3.4). */
function finalLabels(own: readonly Label[], ext: [string, string][], replica: string[]): Label[] {
  const m = new Map<string, string>(own.map(([n, v]) => [n, v]));
  for (const [n, v] of ext) m.set(n, v);
  for (const r of replica) m.delete(r);
  return [...m.entries()].sort((a, b) => compareUtf8(a[0], b[0]));
}

const key = (l: readonly Label[]) => l.map(([n, v]) => `${n}=${v}`).join('\u0000');

function sampleKey(s: Sample): string {
  if (s.kind === 1) return `${s.t} ${Object.is(s.v, -0) ? '-0' : String(s.v)}`;
  return `${s.t} ${s.kind} ${JSON.stringify(s.h)}`;
}

interface Got {
  labels: Label[];
  samples: string[];
  chunks: number;
}

function decodeSeries(engine: Engine, s: WireSeries, mint: number, maxt: number): Got {
  const labels: Label[] = s.labels.map(([n, v]) => [utf8.decode(n), utf8.decode(v)]);
  const samples: string[] = [];
  if (s.chunks.length > 0) {
    for (const c of s.chunks) {
      assert.ok(c.type <= 2, 'only XOR, HISTOGRAM, FLOAT_HISTOGRAM may be sent');
      assert.ok(c.data.length <= 2 || c.type !== 0 || ((c.data[0] << 8) | c.data[1]) <= 240);
    }
    const decoded = decodeSampleSet(engine.decodeChunks(chunkList(s.chunks)));
    decoded.forEach((ss, i) => {
      const c = s.chunks[i];
      if (ss.length > 0) {
        assert.equal(ss[0].t >= c.minTime && ss[ss.length - 1].t <= c.maxTime, true, 'chunk min/max time cover its samples');
      }
    });
    const all = decoded.flat().filter((x) => x.t >= BigInt(mint) && x.t <= BigInt(maxt));
    for (let i = 1; i < all.length; i++) assert.ok(all[i].t > all[i - 1].t, `${key(labels)}: samples ascend, no duplicates`);
    for (const x of all) samples.push(sampleKey(x));
  }
  return { labels, samples, chunks: s.chunks.length };
}

function run(engine: Engine, blocks: Block[], q: SeriesQuery, maxBytes = 1 << 16) {
  const r = drain(engine.querySeries(blocks, q), maxBytes);
  const frames = parseFrames(r.bytes);
  const series = frames.flatMap((f) => f.series);
  return { ...r, frames, series, got: series.map((s) => decodeSeries(engine, s, q.mint, q.maxt)) };
}

/** Oracle: final labels and trimmed samples per series, sorted by final labels. */
function oracle(engine: Engine, blocks: Block[], q: SeriesQuery): Got[] {
  const noOoo = blocks.slice(0, 3);
  const out: Got[] = [];
  for (const s of selectSamples(engine, blocks, q.matchers, q.mint, q.maxt)) {
    let samples = s.samples;
    if (s.labels.map(([, v]) => v).join('|') === HIST_OVERLAP) {
      const alt = [...selectSamples(engine, noOoo, [{ type: MatchType.EQ, name: 'kind', value: 'schema3_signed' }, { type: MatchType.EQ, name: '__name__', value: 'edge_native_hist_seconds' }], q.mint, q.maxt)];
      samples = alt.length === 1 ? alt[0].samples : [];
    }
    out.push({ labels: finalLabels(s.labels, q.externalLabels, q.withoutReplicaLabels), samples: samples.map(sampleKey), chunks: -1 });
  }
  return out.sort((a, b) => compareLabels(a.labels, b.labels));
}

/** Same multiset of (final labels, samples), and `got` in nondecreasing final-label order. */
function assertMatches(got: Got[], want: Got[], what: string): void {
  for (let i = 1; i < got.length; i++) {
    assert.ok(compareLabels(got[i - 1].labels, got[i].labels) <= 0, `${what}: order at ${i}: ${key(got[i - 1].labels)} > ${key(got[i].labels)}`);
  }
  assert.deepEqual(
    got.map((g) => key(g.labels)),
    want.map((w) => key(w.labels)),
    `${what}: label sequence`,
  );
  const flat = (xs: Got[]) => xs.map((x) => `${key(x.labels)}\n${x.samples.join('\n')}`).sort();
  const g = flat(got);
  const w = flat(want);
  assert.equal(g.length, w.length);
  for (let i = 0; i < g.length; i++) assert.equal(g[i], w[i], `${what}: series ${g[i].split('\n')[0]}`);
}

const metaOf = (blocks: Block[]) => blocks.map((b) => b.meta);
const QUERIES: [string, (blocks: Block[]) => SeriesQuery][] = [
  ['everything', () => base({ batchSize: 64 })],
  [
    'part of A+OOO to part of C, edge_* only',
    (blocks) => {
      const [a, , c] = metaOf(blocks);
      return base({
        mint: a.minTime + 30 * 60_000 + 1,
        maxt: c.minTime + 40 * 60_000,
        matchers: [{ type: MatchType.RE, name: '__name__', value: 'edge_.*' }],
      });
    },
  ],
  [
    'external labels with collisions and replica removal',
    () =>
      base({
        externalLabels: [
          ['A', 'ext-a'],
          ['job', 'ext'],
          ['region', 'eu'],
          ['replica', 'r1'],
          ['zone', 'z1'],
        ],
        withoutReplicaLabels: ['replica', 'instance', 'kind'],
        batchSize: 2,
        chunkHashes: true,
      }),
  ],
  ['prefix series with a late external name', () => base({ externalLabels: [['zz', 'x']], matchers: [{ type: MatchType.RE, name: '__name__', value: 'http_request.*|up' }] })],
];

for (const engine of engines()) {
  const blocks = DIRS.map((d) => engine.openBlock(path.join(EDGE, d)));

  for (const [name, mk] of QUERIES) {
    test(`${engine.kind}: querySeries ${name} equals the brute-force oracle`, () => {
      const q = mk(blocks);
      const r = run(engine, blocks, q);
      assertMatches(r.got, oracle(engine, blocks, q), name);
      assert.equal(r.stats.series, r.series.length);
      assert.equal(r.stats.chunks, r.series.reduce((n, s) => n + s.chunks.length, 0));
      assert.equal(r.stats.samples, r.series.reduce((n, s) => n + s.chunks.reduce((m, c) => m + ((c.data[0] << 8) | c.data[1]), 0), 0));
      assert.equal(r.stats.bytes, r.bytes.length);
      for (const s of r.series) {
        for (const c of s.chunks) assert.equal(c.hash, q.chunkHashes ? xxh64(c.data) : 0n);
      }
    });
  }

  test(`${engine.kind}: replica removal emits equal label sets adjacent`, () => {
    const q = QUERIES[2][1](blocks);
    const r = run(engine, blocks, q);
    const keys = r.got.map((g) => key(g.labels));
    const seen = new Set<string>();
    let dups = 0;
    for (let i = 0; i < keys.length; i++) {
      if (i > 0 && keys[i] === keys[i - 1]) {
        dups++;
        continue;
      }
      assert.ok(!seen.has(keys[i]), `equal label sets not adjacent: ${keys[i]}`);
      seen.add(keys[i]);
    }
    assert.ok(dups > 10, `expected equal neighbours after replica removal, got ${dups}`);
  });

  test(`${engine.kind}: shards partition the series (union = unsharded, no overlap)`, () => {
    const all = base({
      matchers: [{ type: MatchType.RE, name: '__name__', value: 'edge_.*|up|go_goroutines' }],
      externalLabels: [['region', 'eu']],
      withoutReplicaLabels: ['instance'],
    });
    const full = run(engine, blocks, all).got;
    for (const [by, labels] of [
      [false, []],
      [true, ['__name__', 'job']],
      [false, ['instance', 'kind']],
    ] as [boolean, string[]][]) {
      const parts: Got[][] = [];
      for (let i = 0; i < 3; i++) parts.push(run(engine, blocks, { ...all, shard: { shardIndex: i, totalShards: 3, by, labels } }).got);
      const union = parts.flat().sort((a, b) => compareLabels(a.labels, b.labels));
      assertMatches(union, full, `shards by=${by} ${labels.join(',')}`);
      // Each series in the shard the Thanos rule names.
      const enc = new TextEncoder();
      parts.forEach((p, i) => {
        for (const g of p) {
          const bytes: number[] = [];
          for (const [n, v] of g.labels) if (labels.includes(n) === by) bytes.push(...enc.encode(n), 0xff, ...enc.encode(v), 0xff);
          assert.equal(xxh64(Uint8Array.from(bytes)) % 3n, BigInt(i), `shard of ${key(g.labels)}`);
        }
      });
      assert.ok(parts.every((p) => p.length > 0), 'every shard gets series');
    }
    assert.equal(run(engine, blocks, { ...all, shard: { shardIndex: 0, totalShards: 0, by: false, labels: [] } }).got.length, full.length);
  });

  test(`${engine.kind}: batching (1, 2, 64) keeps series and order; next() yields whole frames`, () => {
    const q = base({ matchers: [{ type: MatchType.RE, name: '__name__', value: 'edge_.*|up' }] });
    const one = run(engine, blocks, { ...q, batchSize: 1 }, 1);
    assert.ok(one.frames.every((f) => f.kind === 'series'));
    assert.equal(one.calls.length, one.series.length, 'maxBytes 1: one frame per next()');
    for (const n of [2, 64]) {
      const r = run(engine, blocks, { ...q, batchSize: n }, 1);
      assert.ok(r.frames.every((f) => f.kind === 'batch' && f.series.length >= 1 && f.series.length <= n));
      assert.ok(r.frames.slice(0, -1).every((f) => f.series.length === n), 'only the last batch is partial');
      assert.equal(r.calls.length, r.frames.length);
      assert.deepEqual(r.got, one.got);
      const big = run(engine, blocks, { ...q, batchSize: n }, 1 << 30);
      assert.equal(big.calls.length, 1);
      assert.deepEqual(big.bytes, r.bytes);
    }
  });

  test(`${engine.kind}: skip_chunks sends the same series without chunks`, () => {
    for (const [, mk] of QUERIES) {
      const q = mk(blocks);
      const full = run(engine, blocks, q);
      const skip = run(engine, blocks, { ...q, skipChunks: true });
      assert.ok(skip.series.every((s) => s.chunks.length === 0));
      assert.deepEqual(
        skip.got.map((g) => key(g.labels)),
        full.got.map((g) => key(g.labels)),
      );
      assert.equal(skip.stats.chunks, 0);
      assert.equal(skip.stats.samples, 0);
    }
  });

  test(`${engine.kind}: empty range and non-matching matchers give no frames`, () => {
    assert.equal(run(engine, blocks, base({ mint: 10, maxt: 5 })).bytes.length, 0);
    assert.equal(run(engine, blocks, base({ matchers: [{ type: MatchType.EQ, name: '__name__', value: 'nope' }] })).bytes.length, 0);
  });
}

const pair = enginePair();
if (pair) {
  test('native and ts querySeries Frames are byte-identical', () => {
    const nb = DIRS.map((d) => pair.native.openBlock(path.join(EDGE, d)));
    const tb = DIRS.map((d) => pair.ts.openBlock(path.join(EDGE, d)));
    const extra: SeriesQuery[] = [
      base({ skipChunks: true, externalLabels: [['job', 'x']], batchSize: 64 }),
      base({ shard: { shardIndex: 1, totalShards: 4, by: true, labels: ['__name__'] }, batchSize: 3 }),
    ];
    for (const q of [...QUERIES.map(([, mk]) => mk(nb)), ...extra]) {
      const a = drain(pair.native.querySeries(nb, q), 1 << 15);
      const b = drain(pair.ts.querySeries(tb, q), 1 << 15);
      assert.equal(Buffer.compare(Buffer.from(a.bytes), Buffer.from(b.bytes)), 0, JSON.stringify(q));
      assert.deepEqual(a.stats, b.stats);
      assert.deepEqual(a.calls.map((c) => c.length), b.calls.map((c) => c.length));
    }
  });
}
