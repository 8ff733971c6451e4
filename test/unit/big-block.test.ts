// A real 100k-series block written by Prometheus's tsdb code (generated in CI, never committed):
// both engines open it, agree byte for byte, and a selective dump equals Prometheus's reader.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { MatchType, type Matcher } from '../../src/engine/engine.js';
import { decodeSeriesSet, encodeChunkRefs } from '../../src/engine/series-set.js';
import { bigBlockPath, bigSeries } from '../helpers/big-block.js';
import { engines } from '../helpers/engines.js';
import { drain } from '../helpers/series-frames.js';
import { blockDirs, cli, genDump } from '../helpers/tools.js';

const selectors: Matcher[][] = [
  [{ type: MatchType.EQ, name: 'job', value: 'api' }, { type: MatchType.RE, name: 'pod', value: 'p-1.*' }],
  [{ type: MatchType.EQ, name: '__name__', value: 'http_requests_total' }, { type: MatchType.NEQ, name: 'zone', value: 'eu-west-1a' }],
  [{ type: MatchType.RE, name: 'namespace', value: 'team-0[1-3]' }, { type: MatchType.NRE, name: 'container', value: 'app|proxy' }],
  [{ type: MatchType.RE, name: '__name__', value: '.+' }],
];

describe(`big block (${bigSeries} series)`, () => {
  let path = '';
  before(() => {
    path = bigBlockPath();
  });

  test('both engines open it and agree on every selector', () => {
    const dir = blockDirs(path)[0];
    const opened = engines().map((e) => ({ engine: e, block: e.openBlock(dir) }));
    try {
      for (const { block } of opened) {
        assert.equal(block.numSeries(), bigSeries);
        assert.equal(block.meta.stats?.numSeries, bigSeries);
      }
      for (const sel of selectors) {
        const results = opened.map(({ engine, block }) => {
          const refs = block.postings(sel);
          const series = block.series(refs, block.meta.minTime + 600_000, block.meta.minTime + 1_800_000);
          const first = decodeSeriesSet(series).slice(0, 200).flatMap((s) => s.chunks.map((c) => c.ref));
          const samples = engine.decodeChunks(block.chunks(encodeChunkRefs(first)));
          return { refs: Array.from(refs), series: Buffer.from(series), samples: Buffer.from(samples) };
        });
        assert.ok(results[0].refs.length > 0, `selector ${JSON.stringify(sel)} selects something`);
        for (const r of results.slice(1)) {
          assert.deepEqual(r.refs, results[0].refs);
          assert.ok(r.series.equals(results[0].series), 'series bytes equal');
          assert.ok(r.samples.equals(results[0].samples), 'decoded samples equal');
        }
      }
    } finally {
      for (const { block } of opened) block.close();
    }
  });

  test('chunk bytes of a long scan and of jumps over it are the same from both engines', () => {
    // 20,000 series' chunks in index order (the TS reader's window grows to 64 KiB along it),
    // then every 13th of them and the same run backwards (windows restart at each jump).
    const dir = blockDirs(path)[0];
    const opened = engines().map((e) => e.openBlock(dir));
    try {
      const all = opened[0].series(opened[0].postings(selectors[3]).subarray(0, 20_000), -(2 ** 62), 2 ** 62);
      const scan = decodeSeriesSet(all).flatMap((s) => s.chunks.map((c) => c.ref));
      assert.ok(scan.length >= 40_000, `${scan.length} chunks`);
      const lists = [scan, scan.filter((_, i) => i % 13 === 0), scan.slice(0, 5_000).reverse()];
      for (const list of lists) {
        const refs = encodeChunkRefs(list);
        const [first, ...rest] = opened.map((b) => Buffer.from(b.chunks(refs)));
        assert.ok(first.length > list.length * 5);
        for (const r of rest) assert.ok(r.equals(first), `chunk bytes of ${list.length} refs equal`);
      }
    } finally {
      for (const b of opened) b.close();
    }
  });

  test('Series frames encoded into recycled buffers, as the query worker asks, equal the plain ones', () => {
    // The query worker passes `alloc` and `unused` (src/query/worker.ts); the native engine then
    // encodes straight into a 2 MiB room from alloc, or, when a SeriesBatch outgrows it (a batch
    // of every selected series here), hands the frames over in a second buffer of their size.
    const dir = blockDirs(path)[0];
    const opened = engines().map((e) => ({ engine: e, block: e.openBlock(dir) }));
    try {
      const queries: { sel: Matcher[]; batchSize: number; maxBytes: number }[] = [
        { sel: selectors[0], batchSize: 64, maxBytes: 1 << 20 },
        { sel: selectors[1], batchSize: 0, maxBytes: 300_000 },
        { sel: selectors[2], batchSize: 1_000_000, maxBytes: 1 },
      ];
      for (const { sel, batchSize, maxBytes } of queries) {
        const q = { mint: -(2 ** 62), maxt: 2 ** 62, matchers: sel, skipChunks: false, externalLabels: [['replica', 'a']] as [string, string][], withoutReplicaLabels: [], batchSize, chunkHashes: true };
        const runs = opened.map(({ engine, block }) => {
          const plain = Buffer.from(drain(engine.querySeries([block], q), maxBytes).bytes);
          const pool: ArrayBuffer[] = [];
          let asked = 0;
          let givenBack = 0;
          const alloc = (length: number) => {
            asked++;
            const i = pool.findIndex((b) => b.byteLength >= length);
            return new Uint8Array(i >= 0 ? pool.splice(i, 1)[0] : new ArrayBuffer(Math.max(length, 2 << 20)), 0, length);
          };
          const unused = (v: Uint8Array) => {
            givenBack++;
            pool.push(v.buffer as ArrayBuffer);
          };
          const c = engine.querySeries([block], q);
          const parts: Buffer[] = [];
          for (;;) {
            const f = c.next(maxBytes, alloc, unused);
            if (f.byteLength === 0) break;
            parts.push(Buffer.from(f)); // a copy: the buffer goes back to the pool
            if (f.byteOffset === 0) pool.push(f.buffer as ArrayBuffer);
          }
          c.close();
          return { kind: engine.kind, plain, pooled: Buffer.concat(parts), asked, givenBack, calls: parts.length };
        });
        const want = runs[0].plain;
        assert.ok(want.length > 100_000, `${want.length} bytes`);
        for (const r of runs) {
          assert.ok(r.plain.equals(want), `${r.kind}: plain frames equal`);
          assert.ok(r.pooled.equals(want), `${r.kind}: frames through alloc equal (${r.pooled.length} of ${want.length} bytes)`);
          if (r.kind === 'native') {
            // One room per call plus the final (done) call's, given back; the one-batch query
            // needs a second buffer once, and gives its room back.
            const lent = batchSize === 1_000_000 ? 1 : 0;
            assert.equal(r.asked, r.calls + 1 + lent, `${r.kind}: buffers asked for`);
            assert.equal(r.givenBack, 1 + lent, `${r.kind}: rooms given back`);
          }
        }
      }
    } finally {
      for (const { block } of opened) block.close();
    }
  });

  for (const engine of engines()) {
    test(`dump of a selector equals Prometheus's reader [${engine.kind}]`, () => {
      const args = ['--match', '{job="payments",pod=~"p-1[0-9]"}'];
      const ours = cli(['tsdb', 'dump', '--tsdb.path', path, '--engine', engine.kind, ...args]);
      assert.ok(ours.split('\n').length > 1000);
      assert.equal(ours, genDump(path, args));
    });

    test(`analyze reports the block [${engine.kind}]`, () => {
      const out = cli(['tsdb', 'analyze', '--tsdb.path', path, '--engine', engine.kind, '--limit', '5', '--progress']);
      assert.match(out, new RegExp(`Total Series: ${bigSeries}\n`));
      assert.match(out, /Label names: 9\n/);
      assert.match(out, new RegExp(`Highest cardinality labels:\n${bigSeries / 10} instance\n`));
      assert.match(out, new RegExp(`Highest cardinality metric names:\n${bigSeries / 10} \\S+\n`));
    });
  }
});
