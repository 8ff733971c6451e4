// Every matcher kind, checked against a brute-force scan of all series: a series is selected iff
// every matcher accepts its value for that name, a missing label counting as "" (Prometheus's
// rule, which is what makes `a=""` select series without `a`). The oracle uses JS RegExp on these
// fixed, test-owned patterns only; the engines use RE2 semantics.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MatchType, type Matcher } from '../../src/engine/engine.js';
import type { SeriesEntry } from '../../src/engine/series-set.js';
import { engines } from '../helpers/engines.js';
import { allSeries } from '../helpers/blocks.js';
import { blockDirs, edgeBlocks, openmetricsBlocks } from '../helpers/tools.js';

const T = { EQ: MatchType.EQ, NEQ: MatchType.NEQ, RE: MatchType.RE, NRE: MatchType.NRE };
const m = (type: MatchType, name: string, value: string): Matcher => ({ type, name, value });

function accepts(x: Matcher, value: string): boolean {
  switch (x.type) {
    case MatchType.EQ: return value === x.value;
    case MatchType.NEQ: return value !== x.value;
    case MatchType.RE: return new RegExp(`^(?:${x.value})$`, 'su').test(value);
    case MatchType.NRE: return !new RegExp(`^(?:${x.value})$`, 'su').test(value);
  }
}

function bruteForce(series: SeriesEntry[], matchers: Matcher[]): number[] {
  return series
    .filter((s) => matchers.every((x) => accepts(x, s.labels.find(([n]) => n === x.name)?.[1] ?? '')))
    .map((s) => s.ref);
}

const selectors: Matcher[][] = [
  [],
  [m(T.EQ, '__name__', 'up')],
  [m(T.EQ, '__name__', 'up'), m(T.EQ, 'job', 'api')],
  [m(T.EQ, '__name__', 'does_not_exist')],
  [m(T.EQ, 'job', '')],
  [m(T.EQ, 'code', ''), m(T.RE, '__name__', 'http_.*')],
  [m(T.NEQ, 'job', 'api')],
  [m(T.NEQ, 'job', '')],
  [m(T.NEQ, 'nonexistent_label', 'x')],
  [m(T.EQ, 'nonexistent_label', '')],
  [m(T.RE, 'job', 'api|web')],
  [m(T.RE, 'job', '.*')],
  [m(T.RE, 'job', '.+')],
  [m(T.RE, 'job', '')],
  [m(T.RE, 'pod', 'p-1.*')],
  [m(T.RE, 'pod', 'p-1')],
  [m(T.RE, 'pod', 'p-1.')],
  [m(T.RE, 'pod', '[pP]-1')],
  [m(T.RE, 'pod', 'p-1\n')],
  [m(T.NRE, 'job', 'api|web')],
  [m(T.NRE, 'job', '.*')],
  [m(T.NRE, 'job', '')],
  [m(T.NRE, 'job', '.+')],
  [m(T.RE, '__name__', 'edge_.*'), m(T.NRE, 'kind', '.*hist.*|nhcb'), m(T.NEQ, 'kind', 'cycle')],
  [m(T.RE, 'text', '.*[😀-🙏].*')],
  [m(T.RE, '__name__', 'node_cpu.*'), m(T.RE, 'cpu', '[0-3]'), m(T.NRE, 'mode', 'idle|user')],
  [m(T.EQ, 'le', '+Inf')],
  [m(T.RE, 'instance', '.*:9100'), m(T.NEQ, 'instance', '')],
];

for (const engine of engines()) {
  describe(`matchers vs brute force [${engine.kind}]`, () => {
    for (const dir of [...blockDirs(edgeBlocks), ...blockDirs(openmetricsBlocks)]) {
      test(dir.split('/').slice(-2).join('/'), () => {
        const block = engine.openBlock(dir);
        try {
          const series = allSeries(block);
          assert.equal(series.length, block.numSeries());
          for (const sel of selectors) {
            const got = Array.from(block.postings(sel));
            assert.deepEqual(got, bruteForce(series, sel), `selector ${JSON.stringify(sel)}`);
          }
        } finally {
          block.close();
        }
      });
    }

    test('label names and values equal a scan of the selected series', () => {
      for (const dir of blockDirs(edgeBlocks)) {
        const block = engine.openBlock(dir);
        try {
          const series = allSeries(block);
          for (const sel of selectors.slice(0, 12)) {
            const chosen = new Set(bruteForce(series, sel));
            const picked = series.filter((s) => chosen.has(s.ref));
            const names = [...new Set(picked.flatMap((s) => s.labels.map(([n]) => n)))].sort(cmpBytes);
            assert.deepEqual(block.labelNames(sel), names, `labelNames ${JSON.stringify(sel)}`);
            for (const name of ['job', '__name__', 'kind']) {
              const values = [...new Set(picked.flatMap((s) => s.labels.filter(([n]) => n === name).map(([, v]) => v)))].sort(cmpBytes);
              assert.deepEqual(block.labelValues(name, sel), values, `labelValues ${name} ${JSON.stringify(sel)}`);
            }
          }
        } finally {
          block.close();
        }
      }
    });

    test('an invalid regex is INVALID_ARGUMENT', () => {
      const block = engine.openBlock(blockDirs(openmetricsBlocks)[0]);
      try {
        assert.throws(() => block.postings([m(T.RE, 'job', '(unclosed')]), (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT');
      } finally {
        block.close();
      }
    });
  });
}

function cmpBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
