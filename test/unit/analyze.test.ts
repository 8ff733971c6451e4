// `tsdb analyze` reports the same figures as Debian's promtool 2.42 on every fixture block. Lines
// are compared as sets because promtool's order among equal counts is arbitrary (Go map order);
// the one naming difference is promtool 3's "Total Series:" header, which we follow.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { describe, test } from 'node:test';
import { engines } from '../helpers/engines.js';
import { blockDirs, cli, cliResult, edgeBlocks, openmetricsBlocks, promtoolAnalyze } from '../helpers/tools.js';

const sorted = (text: string) => text.split('\n').sort();

for (const engine of engines()) {
  describe(`tsdb analyze [${engine.kind}]`, () => {
    for (const path of [edgeBlocks, openmetricsBlocks]) {
      for (const dir of blockDirs(path)) {
        const id = basename(dir);
        test(`equals promtool analyze: ${basename(path)}/${id}`, () => {
          const ours = cli(['tsdb', 'analyze', '--tsdb.path', path, '--block', id, '--limit', '100000', '--engine', engine.kind]);
          const theirs = promtoolAnalyze(path, id, ['--limit', '100000']).replace(/^Series: /m, 'Total Series: ');
          assert.deepEqual(sorted(ours), sorted(theirs));
        });
      }
    }

    test('with a matcher, reports the matched series only', () => {
      const out = cli(['tsdb', 'analyze', '--tsdb.path', edgeBlocks, '--match', '{job="api"}', '--engine', engine.kind]);
      assert.match(out, /^Matcher: \{job="api"\}$/m);
      const matched = Number(/^Matched series: (\d+)$/m.exec(out)?.[1]);
      assert.ok(matched > 0 && matched < 318, `matched ${matched}`);
      assert.match(out, new RegExp(`^${matched} job=api$`, 'm'));
    });

    test('an unknown block is a usage error', () => {
      const r = cliResult(['tsdb', 'analyze', '--tsdb.path', edgeBlocks, '--block', '01ARZ3NDEKTSV4RRFFQ69G5FAV', '--engine', engine.kind]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /block 01ARZ3NDEKTSV4RRFFQ69G5FAV not found/);
    });
  });
}
