// `tsdb dump` on blocks written by Prometheus's code equals what Prometheus's own readers print:
// `gen dump` (the current promtool dump code path, histograms included) for every block set, and
// Debian's promtool 2.42 for float series with classic label names (2.42 predates histogram and
// UTF-8 name printing). Every sample of every fixture goes through both engines.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { engines } from '../helpers/engines.js';
import { cli, edgeBlocks, genDump, openmetricsBlocks, promtoolDump } from '../helpers/tools.js';

function assertSameLines(actual: string, expected: string, what: string) {
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const i = a.findIndex((line, k) => line !== e[k]);
  assert.fail(`${what}: ${a.length} vs ${e.length} lines; first difference at line ${i + 1}:\n  ours:       ${a[i]}\n  prometheus: ${e[i]}`);
}

const cases: { name: string; path: string; args: string[] }[] = [
  { name: 'openmetrics blocks', path: openmetricsBlocks, args: [] },
  { name: 'edge blocks (all series, overlapping OOO block, tombstones)', path: edgeBlocks, args: [] },
  { name: 'edge blocks, regex selector', path: edgeBlocks, args: ['--match', '{__name__=~"http_.*|edge_.*",job!="web"}'] },
  { name: 'edge blocks, time range cutting through chunks', path: edgeBlocks, args: ['--min-time', '1700003000123', '--max-time', '1700015000456'] },
  { name: 'edge blocks, empty-value matcher', path: edgeBlocks, args: ['--match', '{code=""}', '--max-time', '1700001000000'] },
];

for (const engine of engines()) {
  describe(`tsdb dump [${engine.kind}]`, () => {
    for (const c of cases) {
      test(`equals Prometheus's reader: ${c.name}`, () => {
        const ours = cli(['tsdb', 'dump', '--tsdb.path', c.path, '--engine', engine.kind, ...c.args]);
        assert.ok(ours.length > 0, 'dump printed nothing');
        assertSameLines(ours, genDump(c.path, c.args), c.name);
      });
    }

    test('equals Debian promtool 2.42 on the openmetrics blocks', () => {
      const ours = cli(['tsdb', 'dump', '--tsdb.path', openmetricsBlocks, '--engine', engine.kind]);
      assertSameLines(ours, promtoolDump(openmetricsBlocks), 'promtool 2.42');
    });

    test('equals Debian promtool 2.42 on float series of the edge blocks', () => {
      const sel = '{__name__=~"up|http_requests_total|node_cpu_seconds_total|edge_special_values|edge_timing|edge_counter_total"}';
      const ours = cli(['tsdb', 'dump', '--tsdb.path', edgeBlocks, '--engine', engine.kind, '--match', sel]);
      assert.ok(ours.split('\n').length > 1000);
      // promtool 2.42 reads up to the newest block's end, as gen dump does without a WAL.
      assertSameLines(ours, promtoolDump(edgeBlocks, ['--match', sel, '--max-time', '1700020799999']), 'promtool 2.42');
    });
  });
}
