// A real 100k-series block written by Prometheus's tsdb code (generated in CI, never committed):
// both engines open it, agree byte for byte, and a selective dump equals Prometheus's reader.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { MatchType, type Matcher } from '../../src/engine/engine.js';
import { decodeSeriesSet, encodeChunkRefs } from '../../src/engine/series-set.js';
import { bigBlockPath, bigSeries } from '../helpers/big-block.js';
import { engines } from '../helpers/engines.js';
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
