// High availability through the REAL Thanos Querier: deduplication of two Prometheus replicas, and a
// mixed topology where one replica sits behind the Go `thanos sidecar` and the other behind ours.
//
// Identical data: a seed Prometheus (test/helpers/prometheus.ts, churning exporter, 1 s scrapes,
// 10 s blocks) runs until its persisted blocks cover COVER_MS; it is stopped and its blocks are
// copied into two fresh Prometheus replicas (`initialBlocks`) that differ only in the external label
// `replica` (a | b; both carry cluster="test"). The replicas scrape nothing but themselves, and every
// query here is evaluated inside the copied blocks, so both replicas hold byte-identical data there.
//
// Processes: replica A with our sidecar (oursA) and the Go sidecar (thanosA) beside it; replica B
// with our sidecar (oursB). Four Queriers, all `thanos query` v0.42.4:
//   qOursA   [oursA]                      one replica's answer, through our sidecar
//   qThanosA [thanosA]                    the same replica through the Go sidecar
//   qHA      [oursA, oursB]  replica-label=replica
//   qMixed   [thanosA, oursB] replica-label=replica
// What must hold:
//   - qOursA ≡ qThanosA on every query, series, labels and label-values call (same Prometheus, both
//     sidecars: the Querier sees the same thing);
//   - dedup=true on qHA and on qMixed ≡ qOursA with the `replica` label removed (one replica's
//     answer, deduplicated);
//   - dedup=false on qHA and qMixed returns both replicas' series: the replica="a" half and the
//     replica="b" half each equal qOursA's (with the replica label renamed for b);
//   - qMixed's /api/v1/stores lists both sidecars with label sets equal but for `replica`, and the
//     same time range semantics.
// Everything is Querier against Querier (one PromQL engine), so values are compared exactly, as the
// JSON strings the Querier prints, with no tolerance.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { call, infoClient } from '../helpers/grpc.js';
import { startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';
import {
  apiData,
  getJSON,
  type ApiResponse,
  startOurSidecar,
  startQuerier,
  startThanosSidecar,
  thanosBinary,
  type OurSidecar,
  type StoreStatus,
  type ThanosQuerier,
  type ThanosSidecar,
} from '../helpers/thanos.js';
import { blockDirs } from '../helpers/tools.js';

const COVER_MS = 45_000;
const CLUSTER = { cluster: 'test' };

interface Query {
  expr: string;
  /** Results keep stored labels (so each replica's series stay apart when dedup=false). */
  sel?: boolean;
  instantOnly?: boolean;
}

const QUERIES: Query[] = [
  { expr: 'up', sel: true },
  { expr: 'test_gauge', sel: true },
  { expr: 'test_churn', sel: true },
  { expr: 'test_churn{id!="1", generation=~"1.|2.|3|4"}', sel: true },
  { expr: '{__name__=~"test_.*"}', sel: true },
  { expr: 'test_unicode{v=~"日.*|é|\\\\x{1F600}"}', sel: true },
  { expr: '{job="prometheus", __name__=~"prometheus_tsdb_head_.*"}', sel: true },
  { expr: 'go_gc_duration_seconds{quantile="0.5"}', sel: true },
  { expr: '{cluster="test", __name__="test_counter_total"}', sel: true },
  { expr: 'test_churn[20s]', sel: true, instantOnly: true },
  { expr: 'test_counter_total{path="/b"}[15s]', sel: true, instantOnly: true },
  { expr: 'rate(test_counter_total[30s])', sel: true },
  { expr: 'rate(prometheus_http_requests_total{handler="/metrics"}[30s])', sel: true },
  { expr: 'irate(process_cpu_seconds_total[20s])', sel: true },
  { expr: 'increase(prometheus_tsdb_head_samples_appended_total[30s])', sel: true },
  { expr: 'resets(test_counter_total[40s])', sel: true },
  { expr: 'delta(test_gauge[20s])', sel: true },
  { expr: 'count_over_time(test_churn[30s])', sel: true },
  { expr: 'last_over_time(test_churn[15s])', sel: true },
  { expr: 'changes(test_churn[40s])', sel: true },
  { expr: 'timestamp(test_churn)', sel: true },
  { expr: 'test_gauge offset 10s', sel: true },
  { expr: 'max_over_time(test_gauge{kind="sine"}[20s:2s])', sel: true },
  { expr: 'label_replace(up, "host", "$1", "instance", "([^:]+):.*")', sel: true },
  { expr: 'sort_desc(test_churn)', sel: true },
  // Not a selector: with dedup=false the sum adds both replicas.
  { expr: 'test_counter_total / on(path) group_left sum by (path) (test_counter_total)' },
  { expr: 'sum by (job) (up)' },
  { expr: 'count by (replica) (up)' },
  { expr: 'count({cluster="test", __name__=~"test_.*"})' },
  { expr: 'sum(prometheus_http_requests_total)' },
  { expr: 'count by (generation) (test_churn)' },
  { expr: 'max by (id) (test_churn)' },
  { expr: 'sum by (path) (rate(test_counter_total[30s]))' },
  { expr: 'histogram_quantile(0.9, sum by (le) (rate(prometheus_http_request_duration_seconds_bucket{handler="/metrics"}[30s])))' },
  { expr: 'topk(2, test_churn)' },
  { expr: 'quantile(0.5, test_gauge)' },
  { expr: 'count_values("gen", test_churn)' },
  { expr: 'absent(nonexistent_metric)' },
  { expr: 'scalar(count(test_churn))' },
];

let seedDir = '';
let promA: PrometheusProcess;
let promB: PrometheusProcess;
let oursA: OurSidecar;
let oursB: OurSidecar;
let thanosA: ThanosSidecar;
let qOursA: ThanosQuerier;
let qThanosA: ThanosQuerier;
let qHA: ThanosQuerier;
let qMixed: ThanosQuerier;
/** Block-covered window [w0, w1] (ms; w1 = newest block maxTime − 1). */
let w0 = 0;
let w1 = 0;
let instants: number[] = [];
let ranges: { start: number; end: number; step: number }[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const iso = (ms: number) => new Date(ms).toISOString();

function api<T>(q: ThanosQuerier, path: string, params: [string, string][], dedup: boolean): Promise<T> {
  return apiData<T>(q.url, path, [...params, ['dedup', String(dedup)], ['partial_response', 'false']]);
}

before(async () => {
  thanosBinary();
  // The seed: real scrapes of the churning exporter, cut into 10 s blocks.
  const seed = await startPrometheus({ externalLabels: { ...CLUSTER, replica: 'seed' }, blockDuration: '10s' });
  try {
    const deadline = Date.now() + COVER_MS + 90_000;
    for (;;) {
      const b = seed.blocks();
      if (b.length > 0 && b[b.length - 1].maxTime - b[0].minTime >= COVER_MS) break;
      if (Date.now() > deadline) throw new Error(`seed blocks cover too little: ${JSON.stringify(b)}\n${seed.logTail()}`);
      await sleep(500);
    }
    await seed.stop();
    seedDir = mkdtempSync(join(tmpdir(), 'storeapi-ha-seed-'));
    for (const dir of blockDirs(seed.dataDir)) cpSync(dir, join(seedDir, basename(dir)), { recursive: true });
  } finally {
    await seed.close();
  }
  const blocks = blockDirs(seedDir);
  // Two replicas over copies of the same blocks; they scrape only themselves (outside the window).
  [promA, promB] = await Promise.all(
    ['a', 'b'].map((replica) => startPrometheus({ externalLabels: { ...CLUSTER, replica }, exporter: false, initialBlocks: blocks })),
  );
  const metas = promA.blocks();
  assert.deepEqual(
    promB.blocks().map((b) => b.ulid),
    metas.map((b) => b.ulid),
    'both replicas serve the seed blocks',
  );
  assert.equal(metas.length, blocks.length, 'every seed block is loaded');
  w0 = metas[0].minTime;
  w1 = metas[metas.length - 1].maxTime - 1;
  [oursA, oursB, thanosA] = await Promise.all([
    startOurSidecar({ tsdbPath: promA.dataDir, prometheusUrl: promA.url }),
    startOurSidecar({ tsdbPath: promB.dataDir, prometheusUrl: promB.url }),
    startThanosSidecar({ tsdbPath: promA.dataDir, prometheusUrl: promA.url }),
  ]);
  // Our sidecars list the newest block before anything is compared.
  for (const s of [oursA, oursB]) {
    const info = infoClient(s.grpcAddress);
    try {
      for (const until = Date.now() + 30_000; ; ) {
        const r = await call(info.Info, info, {});
        if ((r.store?.tsdbInfos ?? []).some((t) => Number(String(t.maxTime)) === w1 + 1 || Number(String(t.maxTime)) === w1)) break;
        if (Date.now() > until) throw new Error(`sidecar ${s.grpcAddress} never listed the newest block: ${JSON.stringify(r.store?.tsdbInfos)}`);
        await sleep(250);
      }
    } finally {
      info.close();
    }
  }
  [qOursA, qThanosA, qHA, qMixed] = await Promise.all([
    startQuerier({ endpoints: [oursA.grpcAddress] }),
    startQuerier({ endpoints: [thanosA.grpcAddress] }),
    startQuerier({ endpoints: [oursA.grpcAddress, oursB.grpcAddress], replicaLabels: ['replica'] }),
    startQuerier({ endpoints: [thanosA.grpcAddress, oursB.grpcAddress], replicaLabels: ['replica'] }),
  ]);
  const span = w1 - w0;
  instants = [w0 + 12_345, w0 + Math.floor(span / 2) + 321, w1];
  ranges = [
    { start: w0 - 5_000, end: w1, step: 2 },
    { start: w1 - 20_000, end: w1, step: 1 },
  ];
});

after(async () => {
  await Promise.all([qOursA?.stop(), qThanosA?.stop(), qHA?.stop(), qMixed?.stop()]);
  await Promise.all([oursA?.stop(), oursB?.stop(), thanosA?.stop()]);
  await Promise.all([promA?.close(), promB?.close()]);
  if (seedDir) rmSync(seedDir, { recursive: true, force: true });
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

const sortEntries = (m: Record<string, string>) => Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const key = (m: Record<string, string>) => JSON.stringify(sortEntries(m));

/** `d` with every series' `replica` label removed (undefined) or set to `to`; series sorted by labels unless ordered. */
function normalize(d: QueryData, replica: string | undefined, ordered = false): QueryData {
  if (d.resultType === 'scalar' || d.resultType === 'string') return d;
  const out = (d.result as SeriesResult[]).map((s) => {
    const metric = { ...s.metric };
    if (replica === undefined) delete metric.replica;
    else if ('replica' in metric) metric.replica = replica;
    return { ...s, metric: Object.fromEntries(sortEntries(metric)) };
  });
  if (!ordered) out.sort((a, b) => (key(a.metric) < key(b.metric) ? -1 : key(a.metric) > key(b.metric) ? 1 : 0));
  return { resultType: d.resultType, result: out };
}

function seriesCount(d: QueryData): number {
  return d.resultType === 'scalar' ? 1 : (d.result as SeriesResult[]).length;
}

/** Every (path, params) pair the query tests run: instants and ranges. */
function requests(q: Query): { what: string; path: string; params: [string, string][] }[] {
  const out: { what: string; path: string; params: [string, string][] }[] = [];
  for (const t of instants) {
    out.push({
      what: `${q.expr} @ ${iso(t)}`,
      path: '/api/v1/query',
      params: [
        ['query', q.expr],
        ['time', iso(t)],
      ],
    });
  }
  if (!q.instantOnly) {
    for (const r of ranges) {
      out.push({
        what: `${q.expr} [${iso(r.start)}, ${iso(r.end)}] step ${r.step}s`,
        path: '/api/v1/query_range',
        params: [
          ['query', q.expr],
          ['start', iso(r.start)],
          ['end', iso(r.end)],
          ['step', `${r.step}s`],
        ],
      });
    }
  }
  return out;
}

test('qMixed lists the Go sidecar and ours with the same label sets but for replica, and the same time range', async () => {
  const [thanos, ours] = await qMixed.waitForHealthy([thanosA.grpcAddress, oursB.grpcAddress]);
  const strip = (s: StoreStatus) => (s.labelSets ?? []).map((l) => ({ ...l, replica: '*' }));
  assert.deepEqual(thanos.labelSets, [{ ...CLUSTER, replica: 'a' }]);
  assert.deepEqual(ours.labelSets, [{ ...CLUSTER, replica: 'b' }]);
  assert.deepEqual(strip(ours), strip(thanos));
  // Both sidecars serve up to "now and later" (MaxInt64) and from the oldest data on. They differ in
  // precision only: the Go sidecar takes its minTime from Prometheus's
  // prometheus_tsdb_lowest_timestamp_seconds gauge (whole seconds, pkg/promclient LowestTimestamp),
  // ours from the oldest block's meta.json (exact ms). Both bound the data from below, and no sample
  // lies between them, so no query can be answered differently because of it.
  assert.equal(ours.maxTime, thanos.maxTime, 'maxTime');
  assert.equal(thanos.maxTime, 9223372036854775807, 'maxTime is MaxInt64');
  assert.equal(thanos.minTime, Math.floor(w0 / 1000) * 1000, `Go sidecar minTime vs first block ${w0}`);
  assert.equal(ours.minTime, w0, 'our minTime is the first block\'s minTime');
});

test('same replica through the Go sidecar and through ours: the Querier answers identically', async (t) => {
  let series = 0;
  for (const q of QUERIES) {
    let n = 0;
    for (const r of requests(q)) {
      const [ours, theirs] = await Promise.all([api<QueryData>(qOursA, r.path, r.params, false), api<QueryData>(qThanosA, r.path, r.params, false)]);
      assert.deepEqual(normalize(ours, 'a', q.expr.startsWith('sort')), normalize(theirs, 'a', q.expr.startsWith('sort')), r.what);
      n += seriesCount(ours);
    }
    if (q.expr !== 'absent(nonexistent_metric)') assert.ok(n > 0, `${q.expr}: non-empty somewhere (else the comparison proves nothing)`);
    series += n;
  }
  t.diagnostic(`${QUERIES.length} expressions, ${series} result series compared`);
});

test('dedup=true on both HA pairs (ours+ours, Go+ours) equals one replica without the replica label', async (t) => {
  let series = 0;
  for (const q of QUERIES) {
    for (const r of requests(q)) {
      const [single, ha, mixed] = await Promise.all([
        api<QueryData>(qOursA, r.path, r.params, false),
        api<QueryData>(qHA, r.path, r.params, true),
        api<QueryData>(qMixed, r.path, r.params, true),
      ]);
      const ordered = q.expr.startsWith('sort');
      const want = normalize(single, undefined, ordered);
      // The Querier removes the replica label itself: anything left would be a failure to dedup.
      assert.deepEqual(normalize(ha, 'LEFT-OVER', ordered), want, `ours+ours dedup: ${r.what}`);
      assert.deepEqual(normalize(mixed, 'LEFT-OVER', ordered), want, `Go+ours dedup: ${r.what}`);
      series += seriesCount(single);
    }
  }
  t.diagnostic(`${series} result series compared on each HA pair`);
});

test('dedup=false on both HA pairs returns both replicas, each equal to one replica alone', async (t) => {
  let series = 0;
  for (const q of QUERIES.filter((x) => x.sel)) {
    for (const r of requests(q)) {
      const [single, ha, mixed] = await Promise.all([
        api<QueryData>(qOursA, r.path, r.params, false),
        api<QueryData>(qHA, r.path, r.params, false),
        api<QueryData>(qMixed, r.path, r.params, false),
      ]);
      const ordered = q.expr.startsWith('sort');
      for (const [name, got] of [
        ['ours+ours', ha],
        ['Go+ours', mixed],
      ] as const) {
        assert.equal(got.resultType, single.resultType);
        const all = got.result as SeriesResult[];
        const half = (replica: string): QueryData => ({ resultType: got.resultType, result: all.filter((s) => s.metric.replica === replica) });
        assert.equal(all.filter((s) => s.metric.replica !== 'a' && s.metric.replica !== 'b').length, 0, `${name} ${r.what}: every series has a replica`);
        // sort_desc orders across replicas (equal values interleave a and b): compare halves sorted.
        assert.deepEqual(normalize(half('a'), 'a', false), normalize(single, 'a', false), `${name} replica a: ${r.what}`);
        assert.deepEqual(normalize(half('b'), 'b', false), normalize(single, 'b', false), `${name} replica b: ${r.what}`);
        if (ordered && got.resultType === 'vector') {
          const values = all.map((s) => Number(s.value![1]));
          assert.deepEqual(values, [...values].sort((x, y) => y - x), `${name} ${r.what}: sort_desc order`);
        }
      }
      series += seriesCount(single);
    }
  }
  t.diagnostic(`${series} result series per replica compared`);
});

test('a selector on external labels alone is refused by both sidecars with the same error', async () => {
  // The Go sidecar answers InvalidArgument "no matchers specified (excluding external labels)"
  // (pkg/store/prometheus.go); the Querier surfaces the store's error in its 422.
  const params: [string, string][] = [
    ['query', 'count({cluster="test"})'],
    ['time', iso(instants[1])],
  ];
  const errorOf = async (q: ThanosQuerier) => {
    const url = `${q.url}/api/v1/query?${new URLSearchParams([...params, ['dedup', 'false'], ['partial_response', 'false']]).toString()}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    const body = (await res.json()) as ApiResponse<unknown>;
    assert.equal(res.status, 422, `${url}: ${JSON.stringify(body)}`);
    // The store's address and advertised minTime differ; the reason must not.
    return /.*rpc error: code = (\w+) desc = ([^"]*)$/.exec(body.error ?? '')?.slice(1);
  };
  const [ours, theirs] = await Promise.all([errorOf(qOursA), errorOf(qThanosA)]);
  assert.deepEqual(theirs, ['InvalidArgument', 'no matchers specified (excluding external labels)']);
  assert.deepEqual(ours, theirs);
});

const SERIES_MATCHES = [['test_churn'], ['test_churn{id!="0"}', 'test_unicode'], ['{__name__=~"test_.*", __name__!="test_churn"}'], ['up', '{job="prometheus", __name__=~"prometheus_tsdb_.*"}'], ['nonexistent_metric']];
const LABEL_NAMES = ['__name__', 'job', 'generation', 'v', 'instance', 'cluster', 'replica', 'nonexistent'];
const LABEL_MATCHES = [[], ['test_churn{id="1"}'], ['{__name__=~"test_.*"}', 'up']];

/** Every series / labels / label-values call over block-covered windows, answered by `q`. */
async function metadataCalls(q: ThanosQuerier, dedup: boolean): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const windows = [
    [w0, w1],
    [instants[1] - 7000, instants[1]],
  ];
  for (const [start, end] of windows) {
    const range: [string, string][] = [
      ['start', iso(start)],
      ['end', iso(end)],
    ];
    for (const m of SERIES_MATCHES) {
      const params: [string, string][] = [...m.map((x): [string, string] => ['match[]', x]), ...range];
      const got = await api<Record<string, string>[]>(q, '/api/v1/series', params, dedup);
      out.set(`series ${m.join(' ')} [${iso(start)}, ${iso(end)}]`, got.map(key).sort());
    }
    for (const m of LABEL_MATCHES) {
      const params: [string, string][] = [...m.map((x): [string, string] => ['match[]', x]), ...range];
      out.set(`labels ${m.join(' ')} [${iso(start)}, ${iso(end)}]`, await api<string[]>(q, '/api/v1/labels', params, dedup));
      for (const name of LABEL_NAMES) {
        out.set(`values of ${name} ${m.join(' ')} [${iso(start)}, ${iso(end)}]`, await api<string[]>(q, `/api/v1/label/${name}/values`, params, dedup));
      }
    }
  }
  return out;
}

test('/api/v1/series, labels and label values: Go sidecar ≡ ours, and the HA pairs agree', async () => {
  const [oursSingle, goSingle] = await Promise.all([metadataCalls(qOursA, false), metadataCalls(qThanosA, false)]);
  assert.deepEqual(oursSingle, goSingle, 'one replica: our sidecar vs the Go sidecar');
  const churn = oursSingle.get(`series test_churn [${iso(w0)}, ${iso(w1)}]`) as string[];
  assert.ok(churn.length >= 3 * Math.floor(COVER_MS / 5000), `series found (${churn.length})`);
  // The Querier cannot tell a Go+ours pair from an ours+ours pair, with or without dedup.
  for (const dedup of [false, true]) {
    const [ha, mixed] = await Promise.all([metadataCalls(qHA, dedup), metadataCalls(qMixed, dedup)]);
    assert.deepEqual(mixed, ha, `Go+ours vs ours+ours, dedup=${dedup}`);
    const haChurn = ha.get(`series test_churn [${iso(w0)}, ${iso(w1)}]`) as string[];
    if (dedup) {
      // Deduplicated: one replica's series, without the replica label.
      const want = churn.map((k) => key(Object.fromEntries((JSON.parse(k) as [string, string][]).filter(([n]) => n !== 'replica')))).sort();
      assert.deepEqual(haChurn, want, 'dedup=true series are one replica\'s without the replica label');
    } else {
      assert.equal(haChurn.length, 2 * churn.length, 'dedup=false: both replicas\' series');
      assert.deepEqual(ha.get(`values of replica  [${iso(w0)}, ${iso(w1)}]`), ['a', 'b']);
    }
  }
});
