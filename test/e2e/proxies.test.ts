// The StoreAPI companions against a REAL Prometheus (test/helpers/prometheus.ts): it loads a rules
// file with a recording rule and an alerting rule that fires, stores exemplars
// (--enable-feature=exemplar-storage) scraped from an OpenMetrics exporter, and scrapes the usual
// targets. Each RPC goes through a grpc-js client and must equal what Prometheus reports on its
// JSON API for the same request, with external labels added exactly where Thanos adds them.
// TSDBStatistics is answered from our engine over the fixture blocks and must equal `tsdb analyze`.
//
// Rules and targets change every second (evaluation and scrape times), so for those the moving
// fields are checked to lie between the JSON read just before and the one just after the RPC;
// everything else must be equal.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor, Server, status, type Client, type ServiceError } from '@grpc/grpc-js';
import { listBlockDirs } from '../../src/blocks/block-set.js';
import { parseMeta } from '../../src/blocks/watcher.js';
import type { BlockMeta } from '../../src/engine/engine.js';
import { thanos } from '../../src/gen/proto.js';
import { PrometheusClient } from '../../src/prometheus/client.js';
import type { Logger } from '../../src/store/decorators.js';
import { infoResponse } from '../../src/store/info.js';
import { exemplarsService, metadataService, registerProxyServices, rulesService, statusService, targetsService } from '../../src/store/proxies.js';
import { infoService } from '../../src/store/server.js';
import { DEFAULT_TENANT, newestByData } from '../../src/store/tsdb-statistics.js';
import { MIN_INT64 } from '../../src/store/wire.js';
import { analyzeBlock } from '../../src/tools/tsdb-analyze.js';
import { allSeries } from '../helpers/blocks.js';
import { engines } from '../helpers/engines.js';
import { freePort, startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';
import { edgeBlocks } from '../helpers/tools.js';
import { bindLoopback } from '../helpers/grpc.js';

const RULES = `groups:
  - name: test-recording
    interval: 1s
    rules:
      - record: job:up:sum
        expr: sum by (job) (up)
        labels:
          source: recording
  - name: test-alerting
    interval: 1s
    rules:
      - alert: TestAlwaysFiring
        expr: up{job="prometheus"} == 1
        for: 0s
        labels:
          severity: page
          cluster: rule-cluster
        annotations:
          summary: "{{ $labels.instance }} is up"
`;

const EXT: [string, string][] = [
  ['cluster', 'test'],
  ['replica', 'a'],
];

let prom: PrometheusProcess;
let http: PrometheusClient;
let server: Server;
let target: string;
let ext: [string, string][] = EXT;
const clients: Client[] = [];
const logs: { level: string; msg: string }[] = [];
const log: Logger = (level, msg) => logs.push({ level, msg });

const fixtureBlocks: { dir: string; meta: BlockMeta }[] = listBlockDirs(edgeBlocks).map((dir) => ({
  dir,
  meta: parseMeta(dir, readFileSync(join(dir, 'meta.json'), 'utf8')),
}));

type Stream<Req> = (req: Req) => NodeJS.ReadableStream;

function client<T>(def: Parameters<typeof makeGenericClientConstructor>[0], name: string, addr = target): T {
  const Ctor = makeGenericClientConstructor(def, name);
  const c = new Ctor(addr, credentials.createInsecure());
  clients.push(c);
  return c as unknown as T;
}

/** Runs a server-streaming call to the end. */
function collect<Req, Res>(fn: Stream<Req>, c: unknown, req: Req): Promise<Res[]> {
  return new Promise((resolve, reject) => {
    const out: Res[] = [];
    const s = fn.call(c, req);
    s.on('data', (m: Res) => out.push(m));
    s.on('error', reject);
    s.on('end', () => resolve(out));
  });
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

async function until<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${prom.logTail()}`);
    await sleep(250);
  }
}

before(async () => {
  prom = await startPrometheus({ externalLabels: Object.fromEntries(EXT), rules: RULES, exemplars: true });
  http = new PrometheusClient(prom.url, { timeoutMs: 10_000 });
  server = new Server();
  const apis = registerProxyServices(server, {
    prometheus: http,
    externalLabels: () => ext,
    engine: engines()[0],
    blocks: () => fixtureBlocks,
    log,
  });
  server.addService(infoService, {
    Info: (_call: unknown, cb: (e: null, r: thanos.info.InfoResponse) => void) =>
      cb(null, infoResponse({ externalLabels: () => ext, blocks: () => fixtureBlocks, minTimeFlag: () => MIN_INT64, apis })),
  });
  const port = await bindLoopback(server);
  target = `127.0.0.1:${port}`;
  // The alert fires and both rules are evaluated; every kind of target was scraped; exemplars exist.
  await until('the alert to fire', async () => {
    const { data } = await http.api<{ groups: { rules: { state?: string; lastEvaluation: string }[] }[] }>('/api/v1/rules');
    const rules = data.groups.flatMap((g) => g.rules);
    return rules.length === 2 && rules.every((r) => !r.lastEvaluation.startsWith('0001')) && rules.some((r) => r.state === 'firing') ? true : undefined;
  });
  await until('exemplars', async () => {
    // Old enough for the test's window, which ends a second in the past (a fixed window keeps
    // both reads equal while new exemplars keep arriving).
    const { data } = await http.api<unknown[]>('/api/v1/query_exemplars', { query: 'test_exemplar_total', start: '0', end: String((Date.now() - 3000) / 1000) });
    return data.length === 2 ? true : undefined;
  });
  await until('metadata of every job', async () => {
    const { data } = await http.api<Record<string, unknown>>('/api/v1/metadata');
    // `up` is synthetic and has no metadata; one metric of each scraped job.
    return 'test_exemplar' in data && 'test_gauge' in data && 'prometheus_build_info' in data ? true : undefined;
  });
});

after(async () => {
  for (const c of clients) c.close();
  await new Promise<void>((resolve) => (server ? server.tryShutdown(() => resolve()) : resolve()));
  await prom?.close();
});

const sortedLabels = (o: Record<string, string> | undefined): [string, string][] =>
  Object.entries(o ?? {}).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const withExt = (o: Record<string, string> | undefined): [string, string][] => {
  const m = new Map(sortedLabels(o));
  for (const [n, v] of ext) m.set(n, v);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
};
const pairs = (ls: thanos.ZLabelSet.$Properties | null | undefined): [string, string][] => (ls?.labels ?? []).map((l) => [l.name ?? '', l.value ?? '']);
/** A protobuf Timestamp as ms (Go's zero time stays very negative). */
const tsMs = (t: { seconds?: unknown; nanos?: number | null } | null | undefined): number =>
  t ? Number(String(t.seconds ?? 0)) * 1000 + Math.floor((t.nanos ?? 0) / 1e6) : NaN;
const rfcMs = (s: string): number => (s.startsWith('0001-01-01') ? -62135596800000 : Date.parse(s));

interface JsonRule {
  type: string;
  name: string;
  query: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  health: string;
  lastError?: string;
  evaluationTime: number;
  lastEvaluation: string;
  state?: string;
  duration?: number;
  keepFiringFor?: number;
  alerts?: { labels: Record<string, string>; annotations: Record<string, string>; state: string; activeAt?: string; value: string }[];
}
interface JsonGroup {
  name: string;
  file: string;
  interval: number;
  limit?: number;
  evaluationTime: number;
  lastEvaluation: string;
  rules: JsonRule[];
}

async function rulesJson(type?: string): Promise<JsonGroup[]> {
  return (await http.api<{ groups: JsonGroup[] }>('/api/v1/rules', type ? { type } : undefined)).data.groups;
}

/** Moving fields lie in [before, after]; everything else equals the JSON read after the RPC. */
function assertRulesMatch(got: thanos.RulesResponse[], beforeJson: JsonGroup[], afterJson: JsonGroup[]): void {
  assert.ok(got.every((r) => r.group), 'only group messages');
  const groups = got.map((r) => r.group!);
  assert.deepEqual(
    groups.map((g) => [g.file, g.name]),
    afterJson.map((g) => [g.file, g.name]),
  );
  const between = (ms: number, a: string, b: string, what: string) =>
    assert.ok(ms >= rfcMs(a) - 1 && ms <= rfcMs(b) + 1, `${what}: ${ms} not within [${a}, ${b}]`);
  groups.forEach((g, gi) => {
    const [jb, ja] = [beforeJson[gi], afterJson[gi]];
    assert.equal(g.interval, ja.interval);
    assert.equal(Number(String(g.limit)), ja.limit ?? 0);
    assert.equal(g.PartialResponseStrategy, thanos.PartialResponseStrategy.ABORT, 'groups are marked ABORT as Thanos does');
    between(tsMs(g.lastEvaluation), jb.lastEvaluation, ja.lastEvaluation, `group ${g.name} lastEvaluation`);
    const rules = g.rules ?? [];
    assert.equal(rules.length, ja.rules.length);
    rules.forEach((r, ri) => {
      const [b, a] = [jb.rules[ri], ja.rules[ri]];
      if (a.type === 'recording') {
        const rec = r.recording!;
        assert.ok(rec, `rule ${ri} is a recording rule`);
        assert.deepEqual([rec.name, rec.query, rec.health, rec.lastError], [a.name, a.query, a.health, a.lastError ?? '']);
        assert.deepEqual(pairs(rec.labels), withExt(a.labels), 'external labels added to the rule labels');
        between(tsMs(rec.lastEvaluation), b.lastEvaluation, a.lastEvaluation, `${a.name} lastEvaluation`);
      } else {
        const al = r.alert!;
        assert.ok(al, `rule ${ri} is an alerting rule`);
        assert.deepEqual([al.name, al.query, al.health, al.lastError, al.durationSeconds, al.keepFiringForSeconds], [
          a.name,
          a.query,
          a.health,
          a.lastError ?? '',
          a.duration ?? 0,
          a.keepFiringFor ?? 0,
        ]);
        assert.equal(thanos.AlertState[al.state ?? 0], a.state!.toUpperCase());
        assert.deepEqual(pairs(al.labels), withExt(a.labels), 'external labels override the rule label of the same name');
        assert.deepEqual(pairs(al.annotations), sortedLabels(a.annotations));
        between(tsMs(al.lastEvaluation), b.lastEvaluation, a.lastEvaluation, `${a.name} lastEvaluation`);
        const alerts = al.alerts ?? [];
        assert.equal(alerts.length, a.alerts!.length);
        alerts.forEach((inst, ii) => {
          const ja2 = a.alerts![ii];
          // Thanos leaves alert instances as Prometheus reports them: no external labels.
          assert.deepEqual(pairs(inst.labels), sortedLabels(ja2.labels));
          assert.deepEqual(pairs(inst.annotations), sortedLabels(ja2.annotations));
          assert.equal(thanos.AlertState[inst.state ?? 0], ja2.state.toUpperCase());
          assert.equal(inst.value, ja2.value);
          assert.equal(tsMs(inst.activeAt), Date.parse(ja2.activeAt!));
        });
      }
    });
  });
}

describe('thanos.Rules/Rules', () => {
  type RulesClient = Client & { Rules: Stream<thanos.RulesRequest.$Properties> };

  for (const [type, param] of [
    [thanos.RulesRequest.Type.ALL, undefined],
    [thanos.RulesRequest.Type.ALERT, 'alert'],
    [thanos.RulesRequest.Type.RECORD, 'record'],
  ] as const) {
    test(`type ${thanos.RulesRequest.Type[type]} equals /api/v1/rules${param ? `?type=${param}` : ''} plus external labels`, async () => {
      const c = client<RulesClient>(rulesService, 'thanos.Rules');
      const jb = await rulesJson(param);
      const got = await collect<thanos.RulesRequest.$Properties, thanos.RulesResponse>(c.Rules, c, { type });
      const ja = await rulesJson(param);
      assertRulesMatch(got, jb, ja);
      if (param === 'alert') {
        // The type filter keeps empty groups, as Prometheus (and Thanos's proto comment) says.
        assert.equal(got.length, 2);
        assert.equal(got.find((r) => r.group!.name === 'test-recording')!.group!.rules!.length, 0);
      }
    });
  }

  test('rule_name / rule_group / file narrow the groups', async () => {
    const c = client<RulesClient>(rulesService, 'thanos.Rules');
    const byName = await collect<thanos.RulesRequest.$Properties, thanos.RulesResponse>(c.Rules, c, { ruleName: ['job:up:sum'] });
    assert.deepEqual(
      byName.map((r) => [r.group!.name, r.group!.rules!.map((x) => x.recording?.name ?? x.alert?.name)]),
      [['test-recording', ['job:up:sum']]],
    );
    const byGroup = await collect<thanos.RulesRequest.$Properties, thanos.RulesResponse>(c.Rules, c, { ruleGroup: ['test-alerting'] });
    assert.deepEqual(
      byGroup.map((r) => r.group!.name),
      ['test-alerting'],
    );
    const byFile = await collect<thanos.RulesRequest.$Properties, thanos.RulesResponse>(c.Rules, c, { file: ['/nonexistent.yml'] });
    assert.equal(byFile.length, 0);
  });

  test('external labels are read per request (a config reload changes them)', async () => {
    const c = client<RulesClient>(rulesService, 'thanos.Rules');
    ext = [
      ['cluster', 'other'],
      ['region', 'eu'],
    ];
    try {
      const got = await collect<thanos.RulesRequest.$Properties, thanos.RulesResponse>(c.Rules, c, { type: thanos.RulesRequest.Type.RECORD });
      const rec = got.flatMap((r) => r.group!.rules!).map((r) => r.recording!)[0];
      assert.deepEqual(pairs(rec.labels), [
        ['cluster', 'other'],
        ['region', 'eu'],
        ['source', 'recording'],
      ]);
    } finally {
      ext = EXT;
    }
  });
});

describe('thanos.Targets/Targets', () => {
  type TargetsClient = Client & { Targets: Stream<thanos.TargetsRequest.$Properties> };
  interface JsonTarget {
    discoveredLabels: Record<string, string>;
    labels: Record<string, string>;
    scrapePool: string;
    scrapeUrl: string;
    globalUrl: string;
    lastError: string;
    lastScrape: string;
    lastScrapeDuration: number;
    health: string;
  }
  const targetsJson = async (state?: string) =>
    (await http.api<{ activeTargets: JsonTarget[]; droppedTargets: { discoveredLabels: Record<string, string> }[] }>('/api/v1/targets', state ? { state } : undefined))
      .data;

  for (const [state, param] of [
    [thanos.TargetsRequest.State.ANY, undefined],
    [thanos.TargetsRequest.State.ACTIVE, 'active'],
    [thanos.TargetsRequest.State.DROPPED, 'dropped'],
  ] as const) {
    test(`state ${thanos.TargetsRequest.State[state]} equals /api/v1/targets${param ? `?state=${param}` : ''} plus external labels`, async () => {
      const c = client<TargetsClient>(targetsService, 'thanos.Targets');
      const jb = await targetsJson(param);
      const got = await collect<thanos.TargetsRequest.$Properties, thanos.TargetsResponse>(c.Targets, c, { state });
      const ja = await targetsJson(param);
      assert.equal(got.length, 1, 'one TargetsResponse with every target, as the Go sidecar sends');
      const d = got[0].targets!;
      const active = [...(d.activeTargets ?? [])].sort((a, b) => ((a.scrapeUrl ?? '') < (b.scrapeUrl ?? '') ? -1 : 1));
      const want = [...(ja.activeTargets ?? [])].sort((a, b) => ((a.scrapeUrl ?? '') < (b.scrapeUrl ?? '') ? -1 : 1));
      const wantBefore = new Map((jb.activeTargets ?? []).map((t) => [t.scrapeUrl, t]));
      assert.equal(active.length, want.length);
      if (param !== 'dropped') assert.equal(active.length, 3, 'prometheus, exporter and exemplars jobs');
      active.forEach((t, i) => {
        const w = want[i];
        assert.deepEqual([t.scrapePool, t.scrapeUrl, t.globalUrl], [w.scrapePool, w.scrapeUrl, w.globalUrl]);
        assert.deepEqual(pairs(t.discoveredLabels), withExt(w.discoveredLabels));
        assert.deepEqual(pairs(t.labels), withExt(w.labels));
        assert.equal(thanos.TargetHealth[t.health ?? 0], w.health.toUpperCase());
        const at = tsMs(t.lastScrape);
        const b = wantBefore.get(w.scrapeUrl)!;
        assert.ok(at >= rfcMs(b.lastScrape) - 1 && at <= rfcMs(w.lastScrape) + 1, `lastScrape ${at} within [${b.lastScrape}, ${w.lastScrape}]`);
        assert.ok((t.lastScrapeDuration ?? 0) > 0);
      });
      assert.deepEqual(
        (d.droppedTargets ?? []).map((t) => pairs(t.discoveredLabels)),
        (ja.droppedTargets ?? []).map((t) => withExt(t.discoveredLabels)),
      );
    });
  }
});

describe('thanos.Metadata/MetricMetadata', () => {
  type MetadataClient = Client & { MetricMetadata: Stream<thanos.MetricMetadataRequest.$Properties> };
  const asJson = (m: thanos.MetricMetadata.$Properties) =>
    Object.fromEntries(Object.entries(m.metadata ?? {}).map(([k, v]) => [k, (v.metas ?? []).map((x) => ({ type: x.type, help: x.help, unit: x.unit }))]));

  for (const [what, req, params] of [
    ['everything (limit -1)', { limit: -1 }, {}],
    ['one metric', { metric: 'test_gauge', limit: -1 }, { metric: 'test_gauge' }],
    ['limit 2', { limit: 2 }, { limit: '2' }],
    ['limit 0 (sent as limit=0, as Thanos does)', { limit: 0 }, { limit: '0' }],
    ['an unknown metric', { metric: 'no_such_metric', limit: -1 }, { metric: 'no_such_metric' }],
  ] as const) {
    test(`${what} equals /api/v1/metadata, no external labels`, async () => {
      const c = client<MetadataClient>(metadataService, 'thanos.Metadata');
      const got = await collect<thanos.MetricMetadataRequest.$Properties, thanos.MetricMetadataResponse>(c.MetricMetadata, c, req);
      const want = (await http.api<Record<string, { type: string; help: string; unit: string }[]>>('/api/v1/metadata', params)).data;
      assert.equal(got.length, 1);
      const ours = asJson(got[0].metadata!);
      if (params && 'limit' in params) {
        // Which metrics a limit keeps is Go map order: compare the count and that each is real.
        assert.equal(Object.keys(ours).length, Object.keys(want).length);
        const all = (await http.api<Record<string, unknown>>('/api/v1/metadata')).data;
        for (const [k, v] of Object.entries(ours)) assert.deepEqual(v, all[k]);
      } else {
        assert.deepEqual(ours, want);
      }
      if (what === 'one metric') assert.deepEqual(Object.keys(ours), ['test_gauge']);
    });
  }
});

describe('thanos.Exemplars/Exemplars', () => {
  type ExemplarsClient = Client & { Exemplars: Stream<thanos.ExemplarsRequest.$Properties> };
  interface JsonExemplarData {
    seriesLabels: Record<string, string>;
    exemplars: { labels: Record<string, string>; value: string; timestamp: number }[];
  }

  test('equal /api/v1/query_exemplars over a fixed window, external labels on the series only', async () => {
    const c = client<ExemplarsClient>(exemplarsService, 'thanos.Exemplars');
    const end = Date.now() - 1000;
    const start = end - 10 * 60_000;
    const req = { query: 'test_exemplar_total', start, end };
    const got = await collect<thanos.ExemplarsRequest.$Properties, thanos.ExemplarsResponse>(c.Exemplars, c, req);
    const want = (
      await http.api<JsonExemplarData[]>('/api/v1/query_exemplars', { query: req.query, start: String(start / 1000), end: String(end / 1000) })
    ).data;
    assert.ok(want.length === 2 && want.every((d) => d.exemplars.length > 0), 'Prometheus stored exemplars (OpenMetrics scrape)');
    const bySeries = (labels: [string, string][]) => JSON.stringify(labels);
    const ours = new Map(got.map((r) => [bySeries(pairs(r.data!.seriesLabels)), r.data!]));
    assert.equal(ours.size, want.length);
    for (const w of want) {
      const d = ours.get(bySeries(withExt(w.seriesLabels)));
      assert.ok(d, `series ${JSON.stringify(w.seriesLabels)} with external labels`);
      assert.deepEqual(
        (d.exemplars ?? []).map((e) => [pairs(e.labels), e.value, Number(String(e.ts))]),
        w.exemplars.map((e) => [sortedLabels(e.labels), Number(e.value), Math.round(e.timestamp * 1000)]),
      );
    }
  });

  test('a query without exemplars gives no data', async () => {
    const c = client<ExemplarsClient>(exemplarsService, 'thanos.Exemplars');
    const got = await collect<thanos.ExemplarsRequest.$Properties, thanos.ExemplarsResponse>(c.Exemplars, c, { query: 'up', start: Date.now() - 60_000, end: Date.now() });
    assert.deepEqual(got, []);
  });

  test('a bad query is INVALID_ARGUMENT with Prometheus\'s reason', async () => {
    const c = client<ExemplarsClient>(exemplarsService, 'thanos.Exemplars');
    await assert.rejects(
      collect(c.Exemplars, c, { query: 'sum(', start: 0, end: Date.now() }),
      (err: ServiceError) => err.code === status.INVALID_ARGUMENT && /query_exemplars/.test(err.details),
    );
  });
});

describe('unreachable Prometheus', () => {
  test('each proxy answers UNAVAILABLE naming the URL', async () => {
    const port = await freePort();
    const dead = new Server();
    registerProxyServices(dead, {
      prometheus: new PrometheusClient(`http://127.0.0.1:${port}`, { timeoutMs: 2000 }),
      externalLabels: () => EXT,
      engine: engines()[0],
      blocks: () => [],
      log,
    });
    const p = await bindLoopback(dead);
    try {
      const addr = `127.0.0.1:${p}`;
      const rc = client<Client & { Rules: Stream<object> }>(rulesService, 'thanos.Rules', addr);
      const tc = client<Client & { Targets: Stream<object> }>(targetsService, 'thanos.Targets', addr);
      const mc = client<Client & { MetricMetadata: Stream<object> }>(metadataService, 'thanos.Metadata', addr);
      const ec = client<Client & { Exemplars: Stream<object> }>(exemplarsService, 'thanos.Exemplars', addr);
      for (const [fn, c] of [
        [rc.Rules, rc],
        [tc.Targets, tc],
        [mc.MetricMetadata, mc],
        [ec.Exemplars, ec],
      ] as const) {
        await assert.rejects(collect(fn as Stream<object>, c, {}), (err: ServiceError) => err.code === status.UNAVAILABLE && err.details.includes(`127.0.0.1:${port}`));
      }
      // No blocks: TSDBStatistics answers an empty map rather than failing.
      const sc = client<Client & { TSDBStatistics: Stream<object> }>(statusService, 'thanos.Status', addr);
      const got = await collect<object, thanos.TSDBStatisticsResponse>(sc.TSDBStatistics, sc, {});
      assert.deepEqual(Object.keys(got[0].statistics!.statistics ?? {}), []);
    } finally {
      await new Promise<void>((resolve) => dead.tryShutdown(() => resolve()));
    }
  });
});

describe('thanos.info.Info', () => {
  test('advertises the companions with the Go sidecar\'s empty markers', async () => {
    const c = client<Client & { Info: (r: object, cb: (e: ServiceError | null, r?: thanos.info.InfoResponse) => void) => void }>(infoService, 'thanos.info.Info');
    const info = await new Promise<thanos.info.InfoResponse>((resolve, reject) => c.Info({}, (e, r) => (e ? reject(e) : resolve(r!))));
    assert.ok(info.rules && info.targets && info.metricMetadata && info.status && info.exemplars, 'markers present');
    assert.equal(Number(String(info.exemplars.minTime)), 0);
    assert.equal(Number(String(info.exemplars.maxTime)), 0);
    assert.equal(info.query, null, 'a sidecar never advertises the Query API');
    const raw = thanos.info.InfoResponse.encode(info).finish();
    // Field 7 (exemplars) is present as an empty message: tag 0x3a, length 0 — what Go sends.
    assert.ok(Buffer.from(raw).includes(Buffer.from([0x3a, 0x00])));
  });
});

for (const engine of engines()) {
  describe(`thanos.Status/TSDBStatistics [${engine.kind}]`, () => {
    type StatusClient = Client & { TSDBStatistics: Stream<thanos.TSDBStatisticsRequest.$Properties> };
    let addr: string;
    let srv: Server;

    before(async () => {
      srv = new Server();
      registerProxyServices(srv, { prometheus: http, externalLabels: () => EXT, engine, blocks: () => fixtureBlocks, log });
      const p = await bindLoopback(srv);
      addr = `127.0.0.1:${p}`;
    });
    after(async () => {
      await new Promise<void>((resolve) => srv.tryShutdown(() => resolve()));
    });

    const ask = async (req: thanos.TSDBStatisticsRequest.$Properties) => {
      const c = client<StatusClient>(statusService, 'thanos.Status', addr);
      const got = await collect<thanos.TSDBStatisticsRequest.$Properties, thanos.TSDBStatisticsResponse>(c.TSDBStatistics, c, req);
      assert.equal(got.length, 1);
      return got[0].statistics!.statistics ?? {};
    };

    // analyze's section headings, in report order: a section is the text between its heading and
    // the next one (label values may hold newlines, so lines cannot be split naively).
    const HEADINGS = [
      'Label pairs most involved in churning',
      'Label names most involved in churning',
      'Most common label pairs',
      'Label names with highest cumulative label value length',
      'Highest cardinality labels',
      'Highest cardinality metric names',
    ];
    function section(report: string, title: string): string {
      const at = report.indexOf(`\n${title}:\n`);
      assert.ok(at >= 0, `section ${title}`);
      const start = at + title.length + 3;
      const next = HEADINGS[HEADINGS.indexOf(title) + 1];
      const end = next ? report.indexOf(`\n${next}:\n`, start) : report.length;
      return report.slice(start, end);
    }
    /** Our list in analyze's "count name" line format. */
    const asReport = (list: thanos.Statistic.$Properties[] | null | undefined) => (list ?? []).map((s) => `${String(s.value)} ${s.name}\n`).join('');
    const stats = (list: thanos.Statistic.$Properties[] | null | undefined) => (list ?? []).map((s) => [s.name, Number(String(s.value))] as [string, number]);

    test('equals tsdb analyze on the newest fixture block', async () => {
      const chosen = newestByData(fixtureBlocks)!;
      const block = engine.openBlock(chosen.dir);
      let report: string;
      let series;
      try {
        report = analyzeBlock(block, { limit: 1_000_000, matchers: [] });
        series = [...(await Promise.resolve(allSeries(block)))];
      } finally {
        block.close();
      }
      const map = await ask({ limit: 0 });
      assert.deepEqual(Object.keys(map), [DEFAULT_TENANT]);
      const e = map[DEFAULT_TENANT];
      assert.equal(Number(String(e.headStatistics!.numSeries)), Number(/^Total Series: (\d+)$/m.exec(report)![1]));
      assert.equal(Number(String(e.headStatistics!.numLabelPairs)), Number(/^Postings \(unique label pairs\): (\d+)$/m.exec(report)![1]));
      // Same figures; analyze breaks ties the same way (count desc, then name).
      assert.equal(asReport(e.seriesCountByLabelValuePair), section(report!, 'Most common label pairs'));
      assert.equal(asReport(e.labelValueCountByLabelName), section(report!, 'Highest cardinality labels'));
      assert.equal(asReport(e.seriesCountByMetricName), section(report!, 'Highest cardinality metric names'));
      // Memory by label name and the head-like figures, by brute force over every series.
      const bytes = new Map<string, number>();
      let chunks = 0;
      let mint = Infinity;
      let maxt = -Infinity;
      for (const s of series!) {
        chunks += s.chunks.length;
        for (const c of s.chunks) {
          mint = Math.min(mint, Number(c.minTime));
          maxt = Math.max(maxt, Number(c.maxTime));
        }
        for (const [n, v] of s.labels) bytes.set(n, (bytes.get(n) ?? 0) + Buffer.byteLength(v));
      }
      assert.deepEqual(
        Object.fromEntries(stats(e.memoryInBytesByLabelName)),
        Object.fromEntries(bytes),
      );
      assert.equal(Number(String(e.headStatistics!.chunkCount)), chunks);
      assert.equal(Number(String(e.headStatistics!.minTime)), mint);
      assert.equal(Number(String(e.headStatistics!.maxTime)), maxt);
      assert.ok(mint >= chosen.meta.minTime && maxt < chosen.meta.maxTime);
    });

    test('limit cuts every list to the top entries', async () => {
      const all = (await ask({ limit: 0 }))[DEFAULT_TENANT];
      const top = (await ask({ limit: 3 }))[DEFAULT_TENANT];
      for (const k of ['seriesCountByMetricName', 'labelValueCountByLabelName', 'memoryInBytesByLabelName', 'seriesCountByLabelValuePair'] as const) {
        assert.deepEqual(stats(top[k]), stats(all[k]).slice(0, 3), k);
      }
    });

    test('matchers are checked against the external labels; a tenant that is not ours gets nothing', async () => {
      assert.deepEqual(Object.keys(await ask({ matchers: [{ type: thanos.LabelMatcher.Type.EQ, name: 'cluster', value: 'test' }] })), [DEFAULT_TENANT]);
      assert.deepEqual(Object.keys(await ask({ matchers: [{ type: thanos.LabelMatcher.Type.EQ, name: 'cluster', value: 'other' }] })), []);
      assert.deepEqual(Object.keys(await ask({ matchers: [{ type: thanos.LabelMatcher.Type.RE, name: 'job', value: 'x' }] })), [DEFAULT_TENANT]);
      assert.deepEqual(Object.keys(await ask({ tenant: 'someone-else' })), []);
      const c = client<StatusClient>(statusService, 'thanos.Status', addr);
      await assert.rejects(
        collect(c.TSDBStatistics, c, { matchers: [{ type: thanos.LabelMatcher.Type.RE, name: 'cluster', value: '(' }] }),
        (err: ServiceError) => err.code === status.INVALID_ARGUMENT,
      );
    });
  });
}
