// formatHistogram against Prometheus's own String() methods, which promtool tsdb dump prints:
// every histogram sample of the edge fixture blocks (read through both engines) must print as
// `gen dump` prints it, the bound table must be what `gen bounds` writes, and a table of corner
// cases (bounds at the float64 limits, subnormals, reserved schemas, NaN/-0 counts, uint64
// wrap-around, custom buckets, histograms Go refuses to print) holds Go's exact output.
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { MatchType, MIN_TIME, type Matcher } from '../../src/engine/engine.js';
import type { HistogramValue } from '../../src/engine/series-set.js';
import { openBlocks } from '../../src/blocks/block-set.js';
import { selectSamples } from '../../src/query/block-query.js';
import { formatLabels } from '../../src/tools/go-format.js';
import { formatHistogram } from '../../src/tools/histogram-format.js';
import { engines } from '../helpers/engines.js';
import { edgeBlocks, fixturesGen, genDump, repoRoot } from '../helpers/tools.js';

// A histogram sample line ends in `} <timestamp>`; a float line's value never ends in '}'.
const HISTOGRAM_LINE = /\} -?\d+$/;

test('histogram-bounds.json is exactly what `gen bounds` writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-bounds-'));
  try {
    const out = join(dir, 'bounds.json');
    try {
      execFileSync(fixturesGen(), ['bounds', '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (err) {
      const stderr = String((err as { stderr?: unknown }).stderr ?? '');
      assert.fail(`gen bounds failed (a stale ${join('.tools', 'fixtures-gen')}? delete it to rebuild): ${stderr || (err as Error).message}`);
    }
    const committed = readFileSync(join(repoRoot, 'src', 'tools', 'histogram-bounds.json'), 'utf8');
    assert.equal(committed, readFileSync(out, 'utf8'), 'src/tools/histogram-bounds.json is stale: regenerate it with `gen bounds --out src/tools/histogram-bounds.json`');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

let dumped: string[] | undefined;

/** The histogram sample lines of `gen dump` on the edge blocks (dumped once for both engines). */
function histogramLines(): string[] {
  dumped ??= genDump(edgeBlocks).split('\n').filter((l) => HISTOGRAM_LINE.test(l));
  return dumped;
}

/**
 * A matcher for the metric names of the series that have histogram samples in the dump (all
 * series if a line does not start with a plain __name__), so the engines decode those series
 * only: the float series are most of the fixture and have nothing to say here.
 */
function histogramNames(lines: string[]): Matcher[] {
  const names = new Set<string>();
  for (const line of lines) {
    const m = /^\{__name__="([a-zA-Z_:][a-zA-Z0-9_:]*)"/.exec(line);
    if (!m) return [{ type: MatchType.RE, name: '__name__', value: '.+' }];
    names.add(m[1]);
  }
  return [{ type: MatchType.RE, name: '__name__', value: [...names].join('|') }];
}

for (const engine of engines()) {
  describe(`formatHistogram on the edge fixture blocks [${engine.kind}]`, () => {
    test('every histogram sample prints as `gen dump` prints it', () => {
      const want = histogramLines();
      const { blocks, failures } = openBlocks(engine, edgeBlocks);
      assert.deepEqual(failures, []);
      const got: string[] = [];
      try {
        // gen dump stops at the newest block's last millisecond when there is no WAL.
        const maxt = Math.max(...blocks.map((b) => b.meta.maxTime)) - 1;
        for (const s of selectSamples(engine, blocks, histogramNames(want), MIN_TIME, maxt)) {
          let labels: string | undefined;
          for (const x of s.samples) {
            if (x.kind === 1) continue;
            labels ??= formatLabels(s.labels);
            got.push(`${labels} ${formatHistogram(x.kind, x.h)} ${x.t}`);
          }
        }
      } finally {
        for (const b of blocks) b.close();
      }
      assert.ok(want.length > 10000, `gen dump printed only ${want.length} histogram samples`);
      const i = got.findIndex((line, k) => line !== want[k]);
      if (i >= 0 || got.length !== want.length) {
        const at = i >= 0 ? i : Math.min(got.length, want.length);
        assert.fail(`${got.length} vs ${want.length} histogram samples; first difference at sample ${at}:\n  ours:       ${got[at]}\n  prometheus: ${want[at]}`);
      }
    });
  });
}

function h(v: Omit<HistogramValue, 'counterResetHint'>): HistogramValue {
  return { counterResetHint: 0, ...v };
}

const PANICS = Symbol('Go panics');

// `go` is what Prometheus v0.316.0's (*Histogram).String() / (*FloatHistogram).String() returned
// for the same histogram (integer ones built from the same deltas), or PANICS where it panics.
const cases: { name: string; kind: 2 | 3; h: HistogramValue; go: string | typeof PANICS }[] = [
  {
    name: 'schema 0: the last finite bucket ends at MaxFloat64, the next one counts ±Inf',
    kind: 2,
    h: h({ schema: 0, zeroThreshold: 0, zeroCount: 0, count: 12, sum: Infinity, positiveSpans: [{ offset: 1023, length: 3 }], positiveBuckets: [1, 1, 0], negativeSpans: [{ offset: 1023, length: 3 }], negativeBuckets: [3, -1, -1], customValues: [] }),
    go: '{count:12, sum:+Inf, [-Inf,-1.7976931348623157e+308):1, [-1.7976931348623157e+308,-8.98846567431158e+307):2, [-8.98846567431158e+307,-4.49423283715579e+307):3, (4.49423283715579e+307,8.98846567431158e+307]:1, (8.98846567431158e+307,1.7976931348623157e+308]:2, (1.7976931348623157e+308,+Inf]:2}',
  },
  {
    name: 'schema -4: MaxFloat64 cap at 2^1024',
    kind: 3,
    h: h({ schema: -4, zeroThreshold: 0, zeroCount: 0, count: 6, sum: -Infinity, positiveSpans: [{ offset: 63, length: 3 }], positiveBuckets: [1, 2, 3], negativeSpans: [{ offset: 63, length: 3 }], negativeBuckets: [0.5, 0, 1.5], customValues: [] }),
    go: '{count:6, sum:-Inf, [-Inf,-1.7976931348623157e+308):1.5, [-2.7430620343968443e+303,-4.185580496821357e+298):0.5, (4.185580496821357e+298,2.7430620343968443e+303]:1, (2.7430620343968443e+303,1.7976931348623157e+308]:2, (1.7976931348623157e+308,+Inf]:3}',
  },
  {
    name: 'schema 8: subnormal bounds round once, below them 0',
    kind: 3,
    h: h({ schema: 8, zeroThreshold: 0, zeroCount: 0, count: 10, sum: 1e-310, positiveSpans: [{ offset: -275500, length: 2 }, { offset: 400, length: 2 }, { offset: 100, length: 2 }, { offset: 1300, length: 2 }], positiveBuckets: [1, 1, 1, 1, 1, 1, 1, 1], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:10, sum:1e-310, (0,0):1, (0,0):1, (5e-324,5e-324]:1, (5e-324,5e-324]:1, (5e-324,5e-324]:1, (5e-324,5e-324]:1, (1.43e-322,1.5e-322]:1, (1.5e-322,1.5e-322]:1}',
  },
  {
    name: 'schema 3: NaN, -0 and Inf counts, zero threshold 0',
    kind: 3,
    h: h({ schema: 3, zeroThreshold: 0, zeroCount: NaN, count: NaN, sum: -0, positiveSpans: [{ offset: -2, length: 4 }], positiveBuckets: [-0, NaN, Infinity, 0.25], negativeSpans: [{ offset: 0, length: 2 }], negativeBuckets: [NaN, -0], customValues: [] }),
    go: '{count:NaN, sum:-0, [-1,-0.9170040432046711):NaN, [-0,0]:NaN, (0.8408964152537144,0.9170040432046711]:NaN, (0.9170040432046711,1]:+Inf, (1,1.0905077326652577]:0.25}',
  },
  {
    name: 'integer counts above 2^53 and negative running sums print as uint64',
    kind: 2,
    h: h({ schema: 1, zeroThreshold: 1e-128, zeroCount: Number(1152921504606846976n), count: Number(1152921504606846976n), sum: 1e+300, positiveSpans: [{ offset: 0, length: 3 }], positiveBuckets: [5, -10, 5], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:1152921504606846976, sum:1e+300, [-1e-128,1e-128]:1152921504606846976, (0.7071067811865475,1]:5, (1,1.414213562373095]:18446744073709551611}',
  },
  {
    name: 'custom buckets: first bucket closed at -Inf, last one ends at +Inf',
    kind: 2,
    h: h({ schema: -53, zeroThreshold: 0, zeroCount: 0, count: 3, sum: 12.5, positiveSpans: [{ offset: 0, length: 2 }, { offset: 1, length: 1 }], positiveBuckets: [1, -1, 2], negativeSpans: [], negativeBuckets: [], customValues: [0.1, 1, 10] }),
    go: '{count:3, sum:12.5, [-Inf,0.1]:1, (10,+Inf]:2}',
  },
  {
    name: 'custom buckets: negative buckets get no custom values',
    kind: 3,
    h: h({ schema: -53, zeroThreshold: 0, zeroCount: 0, count: 4, sum: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [{ offset: 0, length: 1 }], negativeBuckets: [4], customValues: [0.1, 1, 10] }),
    go: '{count:4, sum:0, [-Inf,+Inf]:4}',
  },
  {
    name: 'custom buckets: index past the bounds fails',
    kind: 2,
    h: h({ schema: -53, zeroThreshold: 0, zeroCount: 0, count: 1, sum: 0, positiveSpans: [{ offset: 5, length: 1 }], positiveBuckets: [1], negativeSpans: [], negativeBuckets: [], customValues: [0.1, 1, 10] }),
    go: PANICS,
  },
  {
    name: 'custom buckets: an empty bucket past the bounds fails too',
    kind: 3,
    h: h({ schema: -53, zeroThreshold: 0, zeroCount: 0, count: 1, sum: 0, positiveSpans: [{ offset: 0, length: 1 }, { offset: 4, length: 1 }], positiveBuckets: [1, 0], negativeSpans: [], negativeBuckets: [], customValues: [0.1, 1, 10] }),
    go: PANICS,
  },
  {
    name: 'custom buckets: a zero count fails',
    kind: 3,
    h: h({ schema: -53, zeroThreshold: 0, zeroCount: 1, count: 1, sum: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], customValues: [0.1] }),
    go: PANICS,
  },
  {
    name: 'schema 9: no table, fails',
    kind: 2,
    h: h({ schema: 9, zeroThreshold: 0, zeroCount: 0, count: 1, sum: 1, positiveSpans: [{ offset: 0, length: 1 }], positiveBuckets: [1], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: PANICS,
  },
  {
    name: 'schema 9 without buckets prints',
    kind: 2,
    h: h({ schema: 9, zeroThreshold: 0.5, zeroCount: 2, count: 2, sum: 0, positiveSpans: [], positiveBuckets: [], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:2, sum:0, [-0.5,0.5]:2}',
  },
  {
    name: 'schema -9 (reserved): 2^-1024 subnormal, MaxFloat64 cap',
    kind: 2,
    h: h({ schema: -9, zeroThreshold: 0, zeroCount: 0, count: 4, sum: 0, positiveSpans: [{ offset: -2, length: 1 }, { offset: 2, length: 3 }], positiveBuckets: [1, 0, 0, 0], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:4, sum:0, (0,5.562684646268003e-309]:1, (1,1.3407807929942597e+154]:1, (1.3407807929942597e+154,1.7976931348623157e+308]:1, (1.7976931348623157e+308,+Inf]:1}',
  },
  {
    name: 'schema -30: shifts past float range',
    kind: 3,
    h: h({ schema: -30, zeroThreshold: 0, zeroCount: 0, count: 3, sum: 0, positiveSpans: [{ offset: 0, length: 2 }], positiveBuckets: [1, 1], negativeSpans: [{ offset: 0, length: 1 }], negativeBuckets: [1], customValues: [] }),
    go: '{count:3, sum:0, [-1,-0):1, (0,1]:1, (1,+Inf]:1}',
  },
  {
    name: "schema -60: Go's 64-bit shift overflows",
    kind: 3,
    h: h({ schema: -60, zeroThreshold: 0, zeroCount: 0, count: 3, sum: 0, positiveSpans: [{ offset: 7, length: 2 }], positiveBuckets: [1, 1], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:3, sum:0, (+Inf,+Inf]:1, (+Inf,0):1}',
  },
  {
    name: "schema -64: Go's 64-bit shift leaves 0",
    kind: 3,
    h: h({ schema: -64, zeroThreshold: 0, zeroCount: 0, count: 3, sum: 0, positiveSpans: [{ offset: 5, length: 2 }], positiveBuckets: [1, 1], negativeSpans: [], negativeBuckets: [], customValues: [] }),
    go: '{count:3, sum:0, (1,1]:1, (1,1]:1}',
  },
  {
    name: 'zero-length spans and spans longer than the buckets',
    kind: 2,
    h: h({ schema: 2, zeroThreshold: 0.001, zeroCount: 0, count: 3, sum: 2, positiveSpans: [{ offset: 2, length: 0 }, { offset: 3, length: 2 }, { offset: 1, length: 5 }], positiveBuckets: [1, 0, 1], negativeSpans: [{ offset: -3, length: 0 }, { offset: 0, length: 1 }], negativeBuckets: [7], customValues: [] }),
    go: '{count:3, sum:2, [-0.5946035575013605,-0.5):7, (2,2.378414230005442]:1, (2.378414230005442,2.82842712474619]:1, (3.3635856610148576,4]:2}',
  },
  {
    name: 'negative indexes and a float zero bucket',
    kind: 3,
    h: h({ schema: 4, zeroThreshold: 2.938735877055719e-39, zeroCount: 0.5, count: 7.5, sum: -3.25, positiveSpans: [{ offset: -40, length: 2 }, { offset: 30, length: 1 }], positiveBuckets: [1, 2, 3], negativeSpans: [{ offset: -17, length: 2 }], negativeBuckets: [0.5, 0.5], customValues: [] }),
    go: '{count:7.5, sum:-3.25, [-0.5,-0.47880164034928674):0.5, [-0.47880164034928674,-0.45850202160233555):0.5, [-2.938735877055719e-39,2.938735877055719e-39]:0.5, (0.16928194336711158,0.17677669529663687]:1, (0.17677669529663687,0.1846032682424374]:2, (0.6771277734684463,0.7071067811865475]:3}',
  },
];

describe('formatHistogram corner cases, against Go', () => {
  for (const c of cases) {
    test(c.name, () => {
      if (c.go === PANICS) assert.throws(() => formatHistogram(c.kind, c.h));
      else assert.equal(formatHistogram(c.kind, c.h), c.go);
    });
  }
});
