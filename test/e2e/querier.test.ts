// The proof that matters to users: PromQL through the REAL Thanos Querier, fed by our sidecar, answers
// exactly what Prometheus answers itself.
//
// Topology (all on loopback, started here): a real Prometheus 2.42 (test/helpers/prometheus.ts: a
// churning test exporter plus its own metrics, 1 s scrapes, 10 s blocks) → our sidecar as a separate
// process with --tsdb.path=<Prometheus's data dir> --prometheus.url=<Prometheus> → `thanos query
// --endpoint=<our gRPC>` (test/helpers/thanos.ts; the binary is built from a tagged Thanos release by
// test/e2e/thanos/build.sh).
//
// What is compared: ≥ 40 PromQL expressions, as instant and range queries, through the Querier and on
// Prometheus's own /api/v1/query(_range), in two sets of times (below); then
// /api/v1/series, /api/v1/labels and /api/v1/label/<name>/values. Sample values are compared as the
// JSON strings both APIs print (Go's shortest round-trip formatting, so equal strings ⇔ equal float64
// bits, "-0" ≠ "0"), timestamps exactly.
//
// Which times: (1) persisted blocks only — every window ends at or before the newest block's
// maxTime − 1 ms, taken once the blocks cover COVER_MS of data (three instants, two ranges); (2) the
// head — an instant 2.5 s before now (short ranges read the head alone), an instant 1.5 s past the
// newest block (every window spans blocks and head), and a range from 40 s inside the blocks to now.
//
// Two Prometheus versions meet here: Prometheus 2.42 evaluates its own queries, while the Querier runs
// the PromQL engine of the Prometheus 3.9 library (v0.309.1) Thanos v0.42.4 is built on. Prometheus 3
// made range selectors and the lookback window left-open ((t − r, t] instead of [t − r, t]). So every
// evaluation time is given a millisecond residue (mod 1000) that no scraped sample has: with
// whole-second ranges, steps and offsets no window edge can then fall on a sample, and both versions
// select the same samples. Where the engines differ by design the difference is avoided or pinned, each
// case documented: EXTRAPOLATION (rate/increase at a counter's first sample) and the Querier's
// reset-free counters (last test). Every value compared must match bit for bit: no tolerance is used
// anywhere.
// SUMMATION: the 3.9 engine sums groups with Kahan compensation (promql/engine.go, kahanSumInc), 2.42
// adds plainly, so a sum of several non-integer floats may differ in its last bits between the two for
// no fault of the data. The aggregations here therefore sum integers (exact in any order) or have one
// non-zero float term per group; a query summing many non-integer floats would need a documented
// tolerance.
//
// External labels: the Querier adds the sidecar's external labels to every series that still carries
// its stored labels (vector selectors and functions that keep labels); aggregations drop them on both
// sides. Each query says which (`ext`), and Prometheus's answer gets {cluster, replica} added to match.
// dedup=false: no replica label is configured, so nothing may be deduplicated; the HA/dedup topology
// is a separate test.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import { call, infoClient, type InfoClient } from '../helpers/grpc.js';
import { startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';
import { apiData, NO_DEDUP, getJSON, startOurSidecar, startQuerier, thanosBinary, type OurSidecar, type ThanosQuerier } from '../helpers/thanos.js';

const api = apiData;
const THANOS_PARAMS = NO_DEDUP;

const EXT = { cluster: 'test', replica: 'a' };
/** How much block-covered data to collect before querying (the suite waits for it). */
const COVER_MS = 120_000;

interface Query {
  expr: string;
  /** Result series keep their stored labels, so the Querier shows the external labels on them. */
  ext: boolean;
  /** Range-vector result: instant queries only. */
  instantOnly?: boolean;
  /** Instant results compared in order (sort/sort_desc); otherwise sorted by labels first. */
  ordered?: boolean;
  /** Empty at every instant by design (e.g. absent of a present series; ranges may start before the data). */
  alwaysEmpty?: boolean;
  /**
   * Seconds of counter history rate()/increase() look back over (range + offset + subquery range).
   * Evaluation times are kept at least that far past the first sample: see EXTRAPOLATION.
   */
  counterWindow?: number;
}

// EXTRAPOLATION. rate()/increase() of a counter whose first sample lies inside the window are
// computed differently by the two engines, by design: Prometheus 2.42 first limits the extrapolation
// towards the window start by the counter's zero point and then applies the "more than 1.1 × the
// average interval away → extrapolate half an interval" rule; the Prometheus 3 engine in the Querier
// applies the half-interval rule first and the zero point after it. Over windows that start after a
// counter's first sample the two are the same computation, so queries with `counterWindow` are only
// evaluated where their whole counter window lies after the first scrape (+ 3 s).

// Prometheus's own per-handler counters (prometheus_http_requests_total, the response-size histogram)
// get a series for a handler only with the first request to it: the /api/v1/query one would start
// when this test first queries, long after the first scrape, and break the EXTRAPOLATION premise. The
// handlers these queries aggregate over are therefore called once right after Prometheus starts and
// selected by name; before() checks that each of their series starts with the data.
const HANDLERS = '/metrics|/api/v1/query|/api/v1/query_range';

// `{AT}` is replaced with a fixed block-covered timestamp (seconds) for the @ modifier.
const QUERIES: Query[] = [
  // Selectors and matchers.
  { expr: 'up', ext: true },
  { expr: 'test_gauge', ext: true },
  { expr: 'test_gauge{kind="sine"}', ext: true },
  { expr: 'test_churn', ext: true },
  { expr: 'test_churn{id!="1"}', ext: true },
  { expr: 'test_churn{generation=~"1.|2.|3"}', ext: true },
  { expr: 'test_churn{generation!~"[0-4]"}', ext: true },
  { expr: '{__name__=~"test_.*"}', ext: true },
  { expr: '{__name__=~"test_c.*", path!=""}', ext: true },
  { expr: '{__name__=~"test_churn|test_gauge", kind!="ramp"}', ext: true },
  { expr: 'test_unicode{v=~"日.*|é|\\\\x{1F600}"}', ext: true },
  { expr: 'test_unicode{v!~"a|～"}', ext: true },
  { expr: 'test_churn{generation=""}', ext: true, alwaysEmpty: true },
  { expr: '{job="prometheus", __name__=~"prometheus_tsdb_head_.*"}', ext: true },
  { expr: 'go_gc_duration_seconds{quantile="0.5"}', ext: true },
  // Raw range vectors (stale markers never appear in them).
  { expr: 'test_churn[30s]', ext: true, instantOnly: true },
  { expr: 'test_counter_total{path="/b"}[20s]', ext: true, instantOnly: true },
  // Counters. Only counters that never reset go through rate/increase/irate/resets: for those four
  // functions the Querier rewrites every counter into a reset-free one before PromQL sees it (see the
  // divergence test at the end), so a resetting counter legitimately answers differently.
  { expr: 'rate(prometheus_http_requests_total{handler="/metrics"}[30s])', ext: true, counterWindow: 30 },
  { expr: 'rate(prometheus_tsdb_head_samples_appended_total[1m])', ext: true, counterWindow: 60 },
  { expr: 'irate(process_cpu_seconds_total[30s])', ext: true },
  { expr: 'increase(prometheus_http_response_size_bytes_sum{handler="/metrics"}[45s])', ext: true, counterWindow: 45 },
  { expr: 'resets(prometheus_http_requests_total{handler="/metrics"}[1m])', ext: true },
  { expr: 'increase(prometheus_tsdb_compactions_total[1m])', ext: true, counterWindow: 60 },
  // Aggregations.
  // SUMMATION: see the header; each float sum below has one term per group, integer sums any number.
  { expr: `sum by (handler) (rate(prometheus_http_requests_total{code="200", handler=~"${HANDLERS}"}[1m]))`, ext: false, counterWindow: 60 },
  { expr: 'sum(prometheus_http_requests_total)', ext: false },
  { expr: 'sum by (job) (scrape_samples_scraped)', ext: false },
  { expr: 'sum by (job) (up)', ext: false },
  { expr: 'count by (generation) (test_churn)', ext: false },
  { expr: 'count({job="exporter"})', ext: false },
  { expr: 'quantile(0.5, test_gauge)', ext: false },
  { expr: 'stddev(test_unicode)', ext: false },
  { expr: 'max by (id) (test_churn)', ext: false },
  // Classic histograms (Prometheus's own) and a summary.
  { expr: 'histogram_quantile(0.9, sum by (le) (rate(prometheus_http_request_duration_seconds_bucket{handler="/metrics"}[1m])))', ext: false, counterWindow: 60 },
  { expr: 'histogram_quantile(0.5, rate(prometheus_http_request_duration_seconds_bucket{handler="/metrics"}[1m]))', ext: true, counterWindow: 60 },
  { expr: `histogram_quantile(0.99, sum by (le, handler) (rate(prometheus_http_response_size_bytes_bucket{handler=~"${HANDLERS}"}[30s])))`, ext: false, counterWindow: 30 },
  // topk/bottomk on distinct values (ties could legitimately pick different series).
  { expr: 'topk(2, test_churn)', ext: true },
  { expr: 'topk(1, test_counter_total)', ext: true },
  { expr: 'bottomk(2, test_unicode)', ext: true },
  { expr: 'count_values("value", test_unicode)', ext: false },
  { expr: 'count_values("gen", test_churn)', ext: false },
  // absent.
  { expr: 'absent(nonexistent_metric)', ext: false },
  { expr: 'absent(test_churn{generation="999", id="0"})', ext: false },
  { expr: 'absent(up)', ext: false, alwaysEmpty: true },
  { expr: 'absent_over_time(test_churn{generation="3"}[20s])', ext: false },
  // offset, @, subqueries.
  { expr: 'test_gauge offset 30s', ext: true },
  { expr: 'rate(prometheus_http_requests_total{handler="/metrics"}[1m] offset 20s)', ext: true, counterWindow: 80 },
  { expr: 'test_churn @ {AT}', ext: true },
  // {AT} is 40 s past the first sample: the 30 s window is full.
  { expr: 'rate(process_cpu_seconds_total[30s] @ {AT})', ext: true },
  { expr: 'max_over_time(rate(prometheus_tsdb_head_samples_appended_total[20s])[1m:5s])', ext: true, counterWindow: 85 },
  { expr: 'min_over_time(test_gauge{kind="sine"}[45s:3s])', ext: true },
  // Label functions.
  { expr: 'label_replace(test_churn, "gen2", "g$1", "generation", "(.*)")', ext: true },
  { expr: 'label_join(test_counter_total, "pj", "-", "path", "job")', ext: true },
  { expr: 'label_replace(up, "host", "$1", "instance", "([^:]+):.*")', ext: true },
  // Series that start and stop, stale markers.
  { expr: 'count_over_time(test_churn[30s])', ext: true },
  { expr: 'last_over_time(test_churn[15s])', ext: true },
  { expr: 'timestamp(test_churn)', ext: true },
  { expr: 'changes(test_churn[1m])', ext: true },
  { expr: 'present_over_time(test_churn{id="2"}[12s])', ext: true },
  // Gauges, arithmetic, ordering.
  { expr: 'delta(test_gauge[30s])', ext: true },
  { expr: 'max_over_time(test_gauge[40s])', ext: true },
  { expr: 'test_counter_total / on(path) group_left sum by (path) (test_counter_total)', ext: true },
  { expr: 'test_counter_total > bool 100', ext: true },
  { expr: 'sort_desc(test_churn)', ext: true, ordered: true },
  { expr: 'sort(test_counter_total)', ext: true, ordered: true },
  { expr: 'scalar(count(test_churn))', ext: false },
  { expr: 'clamp(test_gauge, -0.5, 0.5)', ext: true },
];

let prom: PrometheusProcess;
let sidecar: OurSidecar;
let querier: ThanosQuerier;
let info: InfoClient;
/** Block-covered window [w0, w1] in ms (w1 = newest block maxTime − 1). */
let w0 = 0;
let w1 = 0;
/** Millisecond residue (mod 1000) of every evaluation time: no sample has it. */
let residue = 0;
interface EvalCase {
  name: string;
  instants: number[];
  ranges: { start: number; end: number; step: number }[];
}
/** Times whose every window lies in persisted blocks (fixed once the blocks cover COVER_MS). */
let blockCase: EvalCase;
let at = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const iso = (ms: number) => new Date(ms).toISOString();

/** Largest time ≤ t with the chosen residue. */
function onResidue(t: number): number {
  return t - ((((t - residue) % 1000) + 1000) % 1000);
}


function viaQuerier<T>(path: string, params: [string, string][]): Promise<T> {
  return api<T>(querier.url, path, [...params, ...THANOS_PARAMS]);
}

function viaPrometheus<T>(path: string, params: [string, string][]): Promise<T> {
  return api<T>(prom.url, path, params);
}

/**
 * The Querier's answer and Prometheus's, about one state of the head. Series and label calls over
 * the head see every series in its index, and that index moves under the test: a new churn
 * generation every 5 s, a block cut every 10 s. So Prometheus is asked before and after the Querier,
 * and only a round where its answer stayed put is compared; a head that never holds still fails.
 */
async function sameHeadAnswers<T>(path: string, params: [string, string][]): Promise<[got: T, want: T]> {
  const tries = 5;
  for (let i = 0; i < tries; i++) {
    const before = await viaPrometheus<T>(path, params);
    const got = await viaQuerier<T>(path, params);
    const after = await viaPrometheus<T>(path, params);
    if (isDeepStrictEqual(before, after)) return [got, before];
  }
  throw new Error(`${path} ${JSON.stringify(params)}: Prometheus's answer changed during each of ${tries} tries`);
}

before(async () => {
  thanosBinary(); // a cold build takes minutes: do it before anything starts ticking
  prom = await startPrometheus({ externalLabels: EXT, blockDuration: '10s' });
  // See HANDLERS: their counters start now, within a scrape or two of the first sample.
  const now = iso(Date.now());
  await Promise.all([
    viaPrometheus('/api/v1/query', [['query', 'up'], ['time', now]]),
    viaPrometheus('/api/v1/query_range', [['query', 'up'], ['start', now], ['end', now], ['step', '1s']]),
  ]);
  // As users run it: beside Prometheus, reading the external labels from its configuration and the
  // head by remote read.
  sidecar = await startOurSidecar({ tsdbPath: prom.dataDir, prometheusUrl: prom.url });
  info = infoClient(sidecar.grpcAddress);
  querier = await startQuerier({ endpoints: [sidecar.grpcAddress] });

  // Wait for COVER_MS of data in persisted blocks, contiguous from the first sample on.
  const deadline = Date.now() + COVER_MS + 90_000;
  for (;;) {
    const b = prom.blocks();
    if (b.length > 0 && b[b.length - 1].maxTime - b[0].minTime >= COVER_MS) break;
    if (Date.now() > deadline) throw new Error(`blocks cover too little after waiting: ${JSON.stringify(b)}\n${prom.logTail()}`);
    await sleep(500);
  }
  const blocks = prom.blocks();
  // meta.json minTime is the block's first sample, so a block starts within one scrape interval of
  // the previous one's (exclusive) maxTime when no data is missing between them.
  for (let i = 1; i < blocks.length; i++) {
    const gap = blocks[i].minTime - blocks[i - 1].maxTime;
    assert.ok(gap >= 0 && gap < 1000, `blocks are contiguous: ${JSON.stringify(blocks)}`);
  }
  w0 = blocks[0].minTime;
  w1 = blocks[blocks.length - 1].maxTime - 1;

  // Our sidecar must have picked up the newest block before anything is compared.
  for (const until = Date.now() + 30_000; ; ) {
    const r = await call(info.Info, info, {});
    const maxes = (r.store?.tsdbInfos ?? []).map((t) => Number(String(t.maxTime)));
    if (maxes.includes(w1)) break;
    if (Date.now() > until) throw new Error(`sidecar never listed the block ending at ${w1}: ${JSON.stringify(maxes)}`);
    await sleep(250);
  }

  // Every scraped sample's timestamp is taken from `up` (one sample per scrape of each target).
  const span = Math.ceil((w1 - w0) / 1000) + 2;
  const raw = await viaPrometheus<{ result: { values: [number, string][] }[] }>('/api/v1/query', [
    ['query', `up[${span}s]`],
    ['time', iso(w1)],
  ]);
  // The EXTRAPOLATION premise for the per-handler counters (see HANDLERS): each series starts within
  // 3 s of the first sample, and none the queries select is missing.
  const handlers = await viaPrometheus<{ result: { metric: Record<string, string>; values: [number, string][] }[] }>('/api/v1/query', [
    ['query', `prometheus_http_requests_total{code="200", handler=~"${HANDLERS}"}[${span}s]`],
    ['time', iso(w1)],
  ]);
  assert.deepEqual(handlers.result.map((s) => s.metric.handler).sort(), HANDLERS.split('|').sort(), 'a request counter for every handler in HANDLERS');
  for (const s of handlers.result) {
    const first = Math.round(s.values[0][0] * 1000);
    assert.ok(first < w0 + 3000, `the ${s.metric.handler} counter starts within 3 s of the first sample (${iso(first)} vs ${iso(w0)})`);
  }
  const used = new Set<number>();
  for (const s of raw.result) for (const [t] of s.values) used.add(Math.round(t * 1000) % 1000);
  assert.ok(used.size > 0, 'scrape timestamps found');
  // The residue farthest from every sample residue (circularly), so scrape jitter cannot reach it.
  let best = -1;
  for (let r = 0; r < 1000; r++) {
    let d = 1000;
    for (const u of used) d = Math.min(d, Math.abs(r - u), 1000 - Math.abs(r - u));
    if (d > best) {
      best = d;
      residue = r;
    }
  }
  assert.ok(best >= 20, `a residue at least 20 ms from every scrape timestamp (used: ${[...used].sort((a, b) => a - b).join(',')})`);

  at = onResidue(w0 + 40_000);
  blockCase = {
    name: 'persisted blocks only',
    // Early (series just started), middle, and the newest block-covered time.
    instants: [onResidue(w0 + 25_000), onResidue(w0 + Math.floor((w1 - w0) / 2)), onResidue(w1)],
    ranges: [
      // From before the first sample to the end of the blocks: series appear, churn and stop.
      { start: onResidue(w0 - 10_000), end: onResidue(w1), step: 3 },
      // A fine-grained stretch at the end, with the step at the scrape interval.
      { start: onResidue(w1 - 30_000), end: onResidue(w1), step: 1 },
    ],
  };
});

/**
 * Times that reach into Prometheus's head, computed when called: `h` is 2.5 s before now (every
 * sample at or before it has been appended), so ranges shorter than the head's span (10-15 s here)
 * read the head only; a time 1.5-2.5 s past the newest block's maxTime has every window spanning
 * blocks and head; and a range query runs
 * from 40 s inside the blocks up to h. A block cut while the queries run changes nothing: the samples
 * at or before h are fixed, wherever they live.
 */
function headCase(): EvalCase {
  const blocks = prom.blocks();
  const boundary = blocks[blocks.length - 1].maxTime;
  const h = onResidue(Date.now() - 2500);
  // onResidue rounds down by < 1 s: boundary + 2500 lands 1.5-2.5 s past the boundary.
  const spanning = onResidue(boundary + 2500);
  assert.ok(spanning < h, `the head holds data past the newest block (${boundary} < ${h})`);
  return {
    name: 'head only and spanning blocks and head',
    instants: [spanning, h],
    ranges: [{ start: onResidue(boundary - 40_000), end: h, step: 2 }],
  };
}

after(async () => {
  info?.close();
  await querier?.stop();
  await sidecar?.stop();
  await prom?.close();
});

type Point = [number, string];
interface SeriesResult {
  metric: Record<string, string>;
  value?: Point;
  values?: Point[];
}
interface QueryData {
  resultType: string;
  result: SeriesResult[] | Point;
}

const key = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

interface Tally {
  points: number;
  series: number;
}

function comparePoints(what: string, got: Point[], want: Point[], tally: Tally): void {
  assert.deepEqual(
    got.map((p) => p[0]),
    want.map((p) => p[0]),
    `${what}: timestamps`,
  );
  // Same string ⇔ same float64 bits (Go's shortest round-trip formatting on both sides).
  for (let i = 0; i < want.length; i++) {
    assert.equal(got[i][1], want[i][1], `${what}: value at ${want[i][0]}: querier ${got[i][1]} vs prometheus ${want[i][1]}`);
    tally.points++;
  }
}

function compareData(what: string, got: QueryData, want: QueryData, q: Query, tally: Tally): void {
  assert.equal(got.resultType, want.resultType, `${what}: resultType`);
  if (want.resultType === 'scalar' || want.resultType === 'string') {
    comparePoints(what, [got.result as Point], [want.result as Point], tally);
    tally.series++;
    return;
  }
  const expected = (want.result as SeriesResult[]).map((s) => ({ ...s, metric: q.ext ? { ...s.metric, ...EXT } : s.metric }));
  const actual = got.result as SeriesResult[];
  const order = (a: SeriesResult, b: SeriesResult) => (key(a.metric) < key(b.metric) ? -1 : key(a.metric) > key(b.metric) ? 1 : 0);
  const ordered = q.ordered && want.resultType === 'vector';
  const e = ordered ? expected : [...expected].sort(order);
  const a = ordered ? actual : [...actual].sort(order);
  assert.deepEqual(
    a.map((s) => key(s.metric)),
    e.map((s) => key(s.metric)),
    `${what}: series (labels${ordered ? ', in order' : ''})`,
  );
  for (let i = 0; i < e.length; i++) {
    const pw = e[i].values ?? [e[i].value!];
    const pg = a[i].values ?? [a[i].value!];
    comparePoints(`${what} ${key(e[i].metric)}`, pg, pw, tally);
  }
  tally.series += e.length;
}

const exprOf = (q: Query) => q.expr.replaceAll('{AT}', (at / 1000).toFixed(3));

test('the Querier lists our sidecar as a healthy StoreAPI with the external labels', async () => {
  const [status] = await querier.waitForHealthy([sidecar.grpcAddress]);
  assert.deepEqual(status.labelSets, [EXT]);
  assert.ok(status.minTime !== undefined && status.minTime <= w0, `minTime ${status.minTime} ≤ first block ${w0}`);
});

/** The first time with the chosen residue whose counter window (EXTRAPOLATION) starts after w0 + 3 s. */
function firstFullWindow(q: Query): number {
  if (q.counterWindow === undefined) return -Infinity;
  return onResidue(w0 + 3000 + q.counterWindow * 1000) + 1000;
}

function fullCounterWindow(q: Query, time: number): boolean {
  return time >= firstFullWindow(q);
}

async function instantQueries(c: EvalCase, t: { diagnostic(m: string): void }): Promise<void> {
  t.diagnostic(`${c.name}: residue ${residue} ms, instants ${c.instants.map(iso).join(' ')}`);
  let points = 0;
  for (const q of QUERIES) {
    const tally: Tally = { points: 0, series: 0 };
    for (const time of c.instants.filter((x) => fullCounterWindow(q, x))) {
      const params: [string, string][] = [
        ['query', exprOf(q)],
        ['time', iso(time)],
      ];
      const [got, want] = await Promise.all([viaQuerier<QueryData>('/api/v1/query', params), viaPrometheus<QueryData>('/api/v1/query', params)]);
      compareData(`${q.expr} @ ${iso(time)}`, got, want, q, tally);
    }
    if (q.alwaysEmpty) assert.equal(tally.series, 0, `${q.expr}: empty by design`);
    else assert.ok(tally.series > 0, `${q.expr}: non-empty at one of the instants at least (else the comparison proves nothing)`);
    points += tally.points;
  }
  t.diagnostic(`${c.name}: ${points} instant values compared`);
}

async function rangeQueries(c: EvalCase, t: { diagnostic(m: string): void }): Promise<void> {
  let points = 0;
  for (const q of QUERIES.filter((x) => !x.instantOnly)) {
    const tally: Tally = { points: 0, series: 0 };
    for (const r of c.ranges) {
      const start = Math.max(r.start, firstFullWindow(q));
      const params: [string, string][] = [
        ['query', exprOf(q)],
        ['start', iso(start)],
        ['end', iso(r.end)],
        ['step', `${r.step}s`],
      ];
      const [got, want] = await Promise.all([viaQuerier<QueryData>('/api/v1/query_range', params), viaPrometheus<QueryData>('/api/v1/query_range', params)]);
      compareData(`${q.expr} [${iso(start)}, ${iso(r.end)}] step ${r.step}s`, got, want, q, tally);
    }
    // (An alwaysEmpty query may answer before the first sample: absent(up) is 1 there.)
    if (!q.alwaysEmpty) assert.ok(tally.series > 0, `${q.expr}: non-empty over the ranges`);
    points += tally.points;
  }
  t.diagnostic(`${c.name}: ${points} points compared`);
}

test('PromQL instant queries through the Querier equal Prometheus (persisted blocks only)', async (t) => {
  assert.ok(QUERIES.length >= 40);
  t.diagnostic(`blocks cover [${iso(w0)}, ${iso(w1)}]`);
  await instantQueries(blockCase, t);
});

test('PromQL range queries through the Querier equal Prometheus (persisted blocks only)', async (t) => {
  await rangeQueries(blockCase, t);
});

test('PromQL instant and range queries through the Querier equal Prometheus (head only, and spanning blocks and head)', async (t) => {
  const c = headCase();
  await instantQueries(c, t);
  await rangeQueries(c, t);
});

test('stale markers are exercised: old churn generations end at once on both sides', async () => {
  // Without stale markers a vanished series would linger for the 5 m lookback; with them only the
  // current generation's 3 series are present.
  for (const time of [...blockCase.instants, ...headCase().instants]) {
    const params: [string, string][] = [
      ['query', 'count(test_churn)'],
      ['time', iso(time)],
    ];
    const [got, want] = await Promise.all([viaQuerier<QueryData>('/api/v1/query', params), viaPrometheus<QueryData>('/api/v1/query', params)]);
    const n = (d: QueryData) => (d.result as SeriesResult[])[0]?.value?.[1];
    assert.equal(n(want), '3', `Prometheus at ${iso(time)}`);
    assert.equal(n(got), '3', `Querier at ${iso(time)}`);
  }
});

test('/api/v1/series through the Querier equals Prometheus plus external labels', async () => {
  const [i0, i1] = blockCase.instants;
  const head = headCase();
  const windows = [
    [w0, w1],
    [i0 - 2000, i0 + 3000],
    [i1 - 7000, i1],
    // Head only, and across the block/head boundary.
    [head.instants[1] - 5000, head.instants[1]],
    [head.ranges[0].start, head.instants[1]],
  ];
  const matchSets = [
    ['test_churn'],
    ['test_churn{id!="0"}', 'test_unicode'],
    ['{__name__=~"test_.*", __name__!="test_churn"}'],
    ['up', '{job="prometheus", __name__=~"prometheus_tsdb_.*"}'],
    ['nonexistent_metric'],
  ];
  for (const [start, end] of windows) {
    for (const matches of matchSets) {
      const params: [string, string][] = [...matches.map((m): [string, string] => ['match[]', m]), ['start', iso(start)], ['end', iso(end)]];
      const [got, want] = await sameHeadAnswers<Record<string, string>[]>('/api/v1/series', params);
      const what = `series ${matches.join(' ')} [${iso(start)}, ${iso(end)}]`;
      assert.deepEqual(got.map(key).sort(), want.map((m) => key({ ...m, ...EXT })).sort(), what);
    }
  }
});

test('/api/v1/labels and /api/v1/label/<name>/values through the Querier equal Prometheus (+ external labels): persisted blocks', async () => {
  await compareLabelApis([
    [w0, w1],
    [blockCase.instants[1] - 7000, blockCase.instants[1]],
  ]);
});

test('/api/v1/labels and /api/v1/label/<name>/values through the Querier equal Prometheus (+ external labels): head, and spanning', async () => {
  // Prometheus answers label questions about the head from the head's index, which holds every
  // series the head has, also ones whose samples lie outside [start, end]; the Go sidecar passes
  // these calls to Prometheus's own label APIs, so through the Querier its answer is Prometheus's.
  const head = headCase();
  await compareLabelApis([
    [head.instants[1] - 5000, head.instants[1]],
    [head.ranges[0].start, head.instants[1]],
  ]);
});

/** Compares every label API call over `windows`; collects all differences so one run shows them all. */
async function compareLabelApis(windows: number[][]): Promise<void> {
  const extNames = Object.keys(EXT);
  const diffs: string[] = [];
  const check = (what: string, got: string[], want: string[]) => {
    try {
      assert.deepEqual(got, want);
    } catch {
      diffs.push(`${what}: querier ${JSON.stringify(got)} vs expected ${JSON.stringify(want)}`);
    }
  };
  for (const [start, end] of windows) {
    const range: [string, string][] = [
      ['start', iso(start)],
      ['end', iso(end)],
    ];
    for (const matches of [[], ['test_churn'], ['{job="exporter"}', 'up']]) {
      const params: [string, string][] = [...matches.map((m): [string, string] => ['match[]', m]), ...range];
      const [got, want] = await sameHeadAnswers<string[]>('/api/v1/labels', params);
      const what = `labels ${matches.join(' ')} [${iso(start)}, ${iso(end)}]`;
      assert.ok(want.length > 0, `${what}: Prometheus has label names`);
      check(what, got, [...new Set([...want, ...extNames])].sort());
    }
    for (const name of ['__name__', 'job', 'generation', 'v', 'path', 'instance', 'nonexistent', ...extNames]) {
      for (const matches of [[], ['test_churn{id="1"}'], ['{__name__=~"test_.*"}']]) {
        const params: [string, string][] = [...matches.map((m): [string, string] => ['match[]', m]), ...range];
        const path = `/api/v1/label/${encodeURIComponent(name)}/values`;
        const [got, want] = await sameHeadAnswers<string[]>(path, params);
        const what = `values of ${name} ${matches.join(' ')} [${iso(start)}, ${iso(end)}]`;
        // An external label's only value is the sidecar's, wherever any series matches.
        const ext = (EXT as Record<string, string>)[name];
        if (ext !== undefined) {
          assert.deepEqual(want, [], `${what}: Prometheus stores no external label`);
          check(what, got, [ext]);
        } else {
          check(what, got, want);
        }
      }
    }
  }
  assert.equal(diffs.length, 0, `${diffs.length} label API answers differ:\n${diffs.join('\n')}`);
}

test('known Querier divergence: rate/increase/irate/resets see a reset-free counter (thanos-io/thanos#3644)', async () => {
  // For these four functions the Querier asks for the COUNTER aggregate and, on raw chunks, wraps
  // every series in downsample.ApplyCounterResetsIterator (pkg/query/iter.go), which adds each
  // post-reset value onto a running total: resets() sees no reset, and rate()'s extrapolation starts
  // from the running total. That happens above any store (the Go sidecar feeds it the same raw
  // chunks), so here we pin the behaviour: the raw samples through the Querier are exactly
  // Prometheus's, resets included, yet resets() is 0 there and > 0 on Prometheus.
  const time = blockCase.instants[2];
  const raw: Query = { expr: 'test_counter_total[1m]', ext: true, instantOnly: true };
  const rawParams: [string, string][] = [
    ['query', raw.expr],
    ['time', iso(time)],
  ];
  const [gotRaw, wantRaw] = await Promise.all([viaQuerier<QueryData>('/api/v1/query', rawParams), viaPrometheus<QueryData>('/api/v1/query', rawParams)]);
  compareData(`${raw.expr} @ ${iso(time)}`, gotRaw, wantRaw, raw, { points: 0, series: 0 });
  const params: [string, string][] = [
    ['query', 'resets(test_counter_total[1m])'],
    ['time', iso(time)],
  ];
  const [got, want] = await Promise.all([viaQuerier<QueryData>('/api/v1/query', params), viaPrometheus<QueryData>('/api/v1/query', params)]);
  const values = (d: QueryData) => (d.result as SeriesResult[]).map((r) => Number(r.value![1]));
  assert.equal(values(got).length, 3);
  assert.deepEqual(values(got), [0, 0, 0], 'the Querier counts no reset');
  assert.ok(values(want).some((v) => v > 0), `Prometheus counts resets: ${values(want).join(',')}`);
});
