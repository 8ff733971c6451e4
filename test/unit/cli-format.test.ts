// Go formatting and selector parsing used by the CLI tools.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MatchType } from '../../src/engine/engine.js';
import { parseSelector } from '../../src/query/selector.js';
import { formatGoFloat, formatLabels, quoteGo } from '../../src/tools/go-format.js';
import { goDuration } from '../../src/tools/tsdb-analyze.js';

test('formatGoFloat matches Go %g', () => {
  // Expected strings are what Go's fmt.Sprintf("%g", v) prints.
  const cases: [number, string][] = [
    [0, '0'], [-0, '-0'], [1, '1'], [-1.5, '-1.5'], [0.1, '0.1'], [1 / 3, '0.3333333333333333'],
    [100000, '100000'], [123456.7, '123456.7'], [1e6, '1e+06'], [1234567, '1.234567e+06'],
    [0.0001, '0.0001'], [0.00001, '1e-05'], [1.5e-7, '1.5e-07'], [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'], [2 ** 53, '9.007199254740992e+15'],
    [NaN, 'NaN'], [Infinity, '+Inf'], [-Infinity, '-Inf'], [1e21, '1e+21'], [1e100, '1e+100'],
    [999999, '999999'], [12.5, '12.5'],
  ];
  for (const [v, want] of cases) assert.equal(formatGoFloat(v), want, String(v));
});

test('quoteGo matches strconv.Quote', () => {
  assert.equal(quoteGo('plain'), '"plain"');
  assert.equal(quoteGo('a"b\\c'), '"a\\"b\\\\c"');
  assert.equal(quoteGo('\n\t\r\x00\x7f'), '"\\n\\t\\r\\x00\\x7f"');
  assert.equal(quoteGo('日本 😀'), '"日本 😀"');
  assert.equal(quoteGo('\u200b\ufeff'), '"\\u200b\\ufeff"');
  assert.equal(quoteGo('\u{10fffd}'), '"\\U0010fffd"');
  assert.equal(formatLabels([['__name__', 'up'], ['service.name', 'x']]), '{__name__="up", "service.name"="x"}');
});

test('parseSelector', () => {
  assert.deepEqual(parseSelector('up'), [{ type: MatchType.EQ, name: '__name__', value: 'up' }]);
  assert.deepEqual(parseSelector(`http_requests_total{job!="a", code=~'5..',  x!~\`a\\d\`,}`), [
    { type: MatchType.EQ, name: '__name__', value: 'http_requests_total' },
    { type: MatchType.NEQ, name: 'job', value: 'a' },
    { type: MatchType.RE, name: 'code', value: '5..' },
    { type: MatchType.NRE, name: 'x', value: 'a\\d' },
  ]);
  assert.deepEqual(parseSelector('{"service.name"="a\\n\\u00e9"}'), [{ type: MatchType.EQ, name: 'service.name', value: 'a\né' }]);
  for (const bad of ['', '{}', 'up{', 'up{a=}', 'up{a~"x"}', 'up{a="x"} junk', 'up{a="\\q"}']) {
    assert.throws(() => parseSelector(bad), (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT', bad);
  }
});

test('goDuration matches time.Duration.String for whole milliseconds', () => {
  assert.equal(goDuration(7_200_000), '2h0m0s');
  assert.equal(goDuration(5_400_500), '1h30m0.5s');
  assert.equal(goDuration(61_000), '1m1s');
  assert.equal(goDuration(1_500), '1.5s');
  assert.equal(goDuration(250), '250ms');
  assert.equal(goDuration(0), '0s');
});
