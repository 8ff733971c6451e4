// Vertical query sharding through the REAL Thanos stack: `thanos query-frontend
// --query-frontend.vertical-shards=4` in front of `thanos query`, whose only store is our sidecar
// beside a real Prometheus 2.42 (test/helpers/prometheus.ts). The frontend splits each shardable
// query into 4 and the Querier sends each part to the stores with a SeriesRequest.shard_info
// {shard_index, total_shards, by, labels}; our sidecar must return exactly its shard's series.
//
// Between the Querier and our sidecar sits a recording gRPC proxy (below) that forwards thanos.info
// and thanos.Store untouched and keeps every SeriesRequest, so the test sees that sharding really
// happened (4 shard indexes per sharded query) and that the unsharded path sends none.
//
// What is compared, at times inside persisted blocks (fixed data):
//   - sharded (frontend) ≡ unsharded (Querier directly), every value exactly, instant and range;
//   - both ≡ Prometheus's own answer (+ nothing: the queries aggregate the external labels away) for
//     the integer-valued aggregations. Prometheus 2.42 and the Querier's Prometheus 3 engine differ
//     on window edges and in summation (see querier.test.ts), so Prometheus is asked only about
//     counts/max/integer sums, at times with a millisecond residue no scraped sample has.
// And directly over gRPC, without any Querier: Series with shard_info i = 0..3 against our sidecar
// and against the Go `thanos sidecar` beside the same Prometheus: the shards are disjoint, their
// union is the unsharded answer, and each shard holds exactly the series the Go sidecar puts in it
// (the same xxhash partition, pkg/store/storepb/shard_info.go).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Server, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream, type ServiceError } from '@grpc/grpc-js';
import { thanos } from '../../src/gen/proto.js';
import { infoService, storeService } from '../../src/store/server.js';
import { bindLoopback, call, infoClient, series, storeClient, type InfoClient, type StoreClient } from '../helpers/grpc.js';
import { startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';
import {
  apiData, NO_DEDUP, getJSON,
  startOurSidecar,
  startQuerier,
  startQueryFrontend,
  startThanosSidecar,
  thanosBinary,
  type OurSidecar,
  type ThanosQuerier,
  type ThanosQueryFrontend,
  type ThanosSidecar,
} from '../helpers/thanos.js';

const get = apiData;
const THANOS = NO_DEDUP;

const COVER_MS = 40_000;
const SHARDS = 4;
const EXT = { cluster: 'test', replica: 'a' };

interface Query {
  expr: string;
  /** Integer-valued aggregation: also compared with Prometheus's own answer. */
  prom?: boolean;
  /** `without` keeps the external labels: Prometheus's answer gets them added. */
  ext?: boolean;
}

// Shardable per the frontend's analyzer: aggregations with by/without grouping (the shard key is the
// grouping), and binary operations whose sides aggregate by the same labels.
const QUERIES: Query[] = [
  { expr: 'count by (generation) (test_churn)', prom: true },
  { expr: 'max by (id) (test_churn)', prom: true },
  { expr: 'sum by (job) (up)', prom: true },
  { expr: 'sum by (path, job) (test_counter_total)', prom: true },
  { expr: 'count by (job) ({__name__=~"test_.*"})', prom: true },
  { expr: 'sum without (path) (test_counter_total)', prom: true, ext: true },
  { expr: 'count without (id) (test_churn)', prom: true, ext: true },
  { expr: 'sum by (path) (rate(test_counter_total[30s]))' },
  { expr: 'sum by (job, instance) (rate(prometheus_http_requests_total[30s]))' },
  { expr: 'max by (kind) (max_over_time(test_gauge[20s]))' },
  { expr: 'topk by (job) (1, test_counter_total)' },
  { expr: 'sum by (le) (rate(prometheus_http_request_duration_seconds_bucket[30s]))' },
];

let prom: PrometheusProcess;
let ours: OurSidecar;
let goSidecar: ThanosSidecar;
let recorder: Recorder;
let querier: ThanosQuerier;
let frontend: ThanosQueryFrontend;
let w0 = 0;
let w1 = 0;
let residue = 0;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const iso = (ms: number) => new Date(ms).toISOString();

/** A gRPC proxy for thanos.info.Info and thanos.Store that records every SeriesRequest. */
interface Recorder {
  address: string;
  requests: thanos.SeriesRequest[];
  close(): Promise<void>;
}

async function startRecorder(upstream: string): Promise<Recorder> {
  const store: StoreClient = storeClient(upstream);
  const info: InfoClient = infoClient(upstream);
  const requests: thanos.SeriesRequest[] = [];
  const server = new Server();
  const unary =
    <Req, Res>(fn: (r: Req, cb: (e: ServiceError | null, r?: Res) => void) => void, c: object) =>
    (callIn: ServerUnaryCall<Req, Res>, cb: sendUnaryData<Res>) =>
      fn.call(c, callIn.request, (e, r) => cb(e, r));
  server.addService(infoService, { Info: unary(info.Info, info) });
  server.addService(storeService, {
    Series: (callIn: ServerWritableStream<thanos.SeriesRequest, Buffer>) => {
      requests.push(callIn.request);
      const up = store.Series(callIn.request);
      up.on('data', (b: Buffer) => callIn.write(b));
      up.on('end', () => callIn.end());
      up.on('error', (e: ServiceError) => callIn.emit('error', e));
      callIn.on('cancelled', () => up.cancel());
    },
    LabelNames: unary(store.LabelNames, store),
    LabelValues: unary(store.LabelValues, store),
  });
  const port = await bindLoopback(server);
  return {
    address: `127.0.0.1:${port}`,
    requests,
    close: async () => {
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
      store.close();
      info.close();
    },
  };
}

before(async () => {
  thanosBinary();
  prom = await startPrometheus({ externalLabels: EXT, blockDuration: '10s' });
  [ours, goSidecar] = await Promise.all([
    startOurSidecar({ tsdbPath: prom.dataDir, prometheusUrl: prom.url }),
    startThanosSidecar({ tsdbPath: prom.dataDir, prometheusUrl: prom.url }),
  ]);
  recorder = await startRecorder(ours.grpcAddress);
  querier = await startQuerier({ endpoints: [recorder.address] });
  // The frontend would move range starts/ends onto multiples of the step (for its cache); off, so
  // both paths evaluate at the same times.
  frontend = await startQueryFrontend({ downstreamUrl: querier.url, verticalShards: SHARDS, extraArgs: ['--no-query-range.align-range-with-step'] });

  const deadline = Date.now() + COVER_MS + 90_000;
  for (;;) {
    const b = prom.blocks();
    if (b.length > 0 && b[b.length - 1].maxTime - b[0].minTime >= COVER_MS) break;
    if (Date.now() > deadline) throw new Error(`blocks cover too little: ${JSON.stringify(b)}\n${prom.logTail()}`);
    await sleep(500);
  }
  const blocks = prom.blocks();
  w0 = blocks[0].minTime;
  w1 = blocks[blocks.length - 1].maxTime - 1;
  const info = infoClient(ours.grpcAddress);
  try {
    for (const until = Date.now() + 30_000; ; ) {
      const r = await call(info.Info, info, {});
      if ((r.store?.tsdbInfos ?? []).some((t) => Number(String(t.maxTime)) === w1)) break;
      if (Date.now() > until) throw new Error(`sidecar never listed the block ending at ${w1}`);
      await sleep(250);
    }
  } finally {
    info.close();
  }
  // A millisecond residue (mod 1000) far from every scrape timestamp's (see querier.test.ts): no
  // window edge falls on a sample, so Prometheus 2.42 and 3 select the same samples.
  const raw = await promApi<{ result: { values: [number, string][] }[] }>('/api/v1/query', [
    ['query', `up[${Math.ceil((w1 - w0) / 1000) + 2}s]`],
    ['time', iso(w1)],
  ]);
  const used = new Set<number>();
  for (const s of raw.result) for (const [t] of s.values) used.add(Math.round(t * 1000) % 1000);
  let best = -1;
  for (let r = 0; r < 1000; r++) {
    let d = 1000;
    for (const u of used) d = Math.min(d, Math.abs(r - u), 1000 - Math.abs(r - u));
    if (d > best) [best, residue] = [d, r];
  }
  assert.ok(best >= 20, `a residue at least 20 ms from every scrape timestamp (used: ${[...used].join(',')})`);
});

after(async () => {
  await frontend?.stop();
  await querier?.stop();
  await recorder?.close();
  await Promise.all([ours?.stop(), goSidecar?.stop()]);
  await prom?.close();
});

const promApi = <T>(path: string, params: [string, string][]) => get<T>(prom.url, path, params);

type Point = [number, string];
interface QueryData {
  resultType: string;
  result: { metric: Record<string, string>; value?: Point; values?: Point[] }[];
}
const key = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const sorted = (d: QueryData): QueryData => ({
  resultType: d.resultType,
  result: d.result.map((s) => ({ ...s, metric: JSON.parse(key(s.metric)) })).sort((a, b) => (key(a.metric) < key(b.metric) ? -1 : 1)),
});

/** Largest time ≤ t with the chosen residue. */
const onResidue = (t: number) => t - ((((t - residue) % 1000) + 1000) % 1000);

function requests(expr: string): { what: string; path: string; params: [string, string][] }[] {
  // rate windows (30 s) start after the first sample + 3 s: both engines extrapolate alike there.
  const first = onResidue(w0 + 34_000) + 1000;
  const out = [first, onResidue(Math.floor((first + w1) / 2)), onResidue(w1)].map((t) => ({
    what: `${expr} @ ${iso(t)}`,
    path: '/api/v1/query',
    params: [
      ['query', expr],
      ['time', iso(t)],
    ] as [string, string][],
  }));
  out.push({
    what: `${expr} [${iso(first)}, ${iso(onResidue(w1))}] step 2s`,
    path: '/api/v1/query_range',
    params: [
      ['query', expr],
      ['start', iso(first)],
      ['end', iso(onResidue(w1))],
      ['step', '2s'],
    ],
  });
  return out;
}

const shardsOf = (reqs: thanos.SeriesRequest[]) =>
  reqs.filter((r) => r.shardInfo && Number(String(r.shardInfo.totalShards)) > 0).map((r) => r.shardInfo!);

test('sharded through the query-frontend ≡ unsharded Querier ≡ Prometheus; our sidecar got the shards', async (t) => {
  let values = 0;
  for (const q of QUERIES) {
    for (const r of requests(q.expr)) {
      recorder.requests.length = 0;
      const direct = await get<QueryData>(querier.url, r.path, [...r.params, ...THANOS]);
      const unshardedReqs = recorder.requests.splice(0);
      assert.ok(unshardedReqs.length > 0, `${r.what}: the Querier asked our sidecar`);
      assert.deepEqual(shardsOf(unshardedReqs), [], `${r.what}: no shard_info without the frontend`);

      const sharded = await get<QueryData>(frontend.url, r.path, [...r.params, ...THANOS]);
      const shardReqs = shardsOf(recorder.requests.splice(0));
      // Sharding happened: SHARDS Series calls, one per index, all over the same grouping labels.
      assert.deepEqual(
        shardReqs.map((s) => Number(String(s.shardIndex))).sort(),
        [...Array(SHARDS).keys()],
        `${r.what}: one Series request per shard`,
      );
      assert.ok(
        shardReqs.every((s) => Number(String(s.totalShards)) === SHARDS),
        `${r.what}: total_shards ${SHARDS}`,
      );
      assert.equal(new Set(shardReqs.map((s) => JSON.stringify([s.by, [...(s.labels ?? [])].sort()]))).size, 1, `${r.what}: one shard key`);

      assert.deepEqual(sorted(sharded), sorted(direct), `sharded vs unsharded: ${r.what}`);
      assert.ok(direct.result.length > 0, `${r.what}: non-empty`);
      if (q.prom) {
        const raw = await promApi<QueryData>(r.path, r.params);
        const want = q.ext ? { ...raw, result: raw.result.map((x) => ({ ...x, metric: { ...x.metric, ...EXT } })) } : raw;
        assert.deepEqual(sorted(direct), sorted(want), `Querier vs Prometheus: ${r.what}`);
      }
      for (const s of direct.result) values += s.values?.length ?? 1;
    }
  }
  t.diagnostic(`${QUERIES.length} expressions, ${values} values compared sharded vs unsharded`);
});

/** The label sets (as keys) our or the Go sidecar returns for one Series request. */
async function seriesKeys(address: string, shard: thanos.ShardInfo.$Properties | undefined): Promise<string[]> {
  const c = storeClient(address);
  try {
    const res = await series(c, {
      minTime: w0,
      maxTime: w1,
      matchers: [{ type: thanos.LabelMatcher.Type.RE, name: '__name__', value: 'test_.*|up|prometheus_http_requests_total' }],
      shardInfo: shard,
    });
    const keys: string[] = [];
    for (const m of res.responses) {
      if (!m.series) continue;
      const k = JSON.stringify((m.series.labels ?? []).map((l) => [l.name, l.value]));
      // The Go sidecar may split one series over adjacent frames.
      if (keys[keys.length - 1] !== k) keys.push(k);
    }
    return keys;
  } finally {
    c.close();
  }
}

test('direct gRPC shard fan-out: disjoint shards whose union is the whole, partitioned as the Go sidecar does', async (t) => {
  const whole = await seriesKeys(ours.grpcAddress, undefined);
  const goWhole = await seriesKeys(goSidecar.grpcAddress, undefined);
  assert.deepEqual(whole, goWhole, 'unsharded: our sidecar and the Go sidecar send the same series');
  assert.ok(whole.length > 30, `enough series to shard (${whole.length})`);
  for (const [by, labels] of [
    [true, ['job', 'path']],
    [true, ['__name__', 'instance']],
    [false, ['id', 'generation']],
    [false, []],
  ] as const) {
    const shards: string[][] = [];
    for (let i = 0; i < SHARDS; i++) {
      const shard = { shardIndex: i, totalShards: SHARDS, by, labels: [...labels] };
      const [got, go] = await Promise.all([seriesKeys(ours.grpcAddress, shard), seriesKeys(goSidecar.grpcAddress, shard)]);
      assert.deepEqual(got, go, `shard ${i}/${SHARDS} ${by ? 'by' : 'without'} (${labels.join(',')}): same series as the Go sidecar`);
      shards.push(got);
    }
    const all = shards.flat();
    assert.equal(new Set(all).size, all.length, 'shards are disjoint');
    assert.deepEqual([...all].sort(), [...whole].sort(), 'the union is the unsharded answer');
    // A real partition: with several label values in the key, more than one shard is non-empty.
    assert.ok(shards.filter((s) => s.length > 0).length >= 2, `several non-empty shards: ${shards.map((s) => s.length).join(',')}`);
    t.diagnostic(`${by ? 'by' : 'without'} (${labels.join(',')}): shard sizes ${shards.map((s) => s.length).join(',')}`);
  }
});
