// Rules, Alerts, Targets, Metadata and Exemplars through the REAL Thanos Querier's HTTP APIs. One real
// Prometheus 2.42 (test/helpers/prometheus.ts) loads a rules file (a recording rule and an alerting
// rule that fires), stores exemplars scraped from an OpenMetrics exporter
// (--enable-feature=exemplar-storage) and scrapes three targets. Beside it run our sidecar and the Go
// `thanos sidecar`, each behind its own `thanos query` (qOurs, qGo). No replica label is configured.
//
// Each API must give through qOurs:
//   - exactly what it gives through qGo, once the fields that move every second (evaluation and
//     scrape times and durations) are set aside — and those must lie between Prometheus's own
//     answers read just before and just after;
//   - what Prometheus reports itself, with the external labels added where Thanos adds them
//     (pkg/rules/prometheus.go, pkg/targets/prometheus.go, pkg/exemplars/prometheus.go): over rule
//     labels (an external label wins over a rule label of the same name), over target labels and
//     discovered labels, over exemplar series labels; not over alert instances nor metadata.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';
import { apiData, NO_DEDUP, getJSON, startOurSidecar, startQuerier, startThanosSidecar, thanosBinary, type OurSidecar, type ThanosQuerier, type ThanosSidecar } from '../helpers/thanos.js';

const get = apiData;
const THANOS = NO_DEDUP;

const RULES = `groups:
  - name: ha-recording
    interval: 1s
    rules:
      - record: job:up:sum
        expr: sum by (job) (up)
        labels:
          source: recording
  - name: ha-alerting
    interval: 1s
    rules:
      - alert: AlwaysFiring
        expr: up{job="prometheus"} == 1
        for: 0s
        labels:
          severity: page
          cluster: rule-cluster
        annotations:
          summary: "{{ $labels.instance }} is up"
      - alert: NeverFiring
        expr: up{job="nonexistent"} == 1
        for: 1m
        labels:
          severity: ticket
`;

const EXT = { cluster: 'test', replica: 'a' };

let prom: PrometheusProcess;
let ours: OurSidecar;
let goSidecar: ThanosSidecar;
let qOurs: ThanosQuerier;
let qGo: ThanosQuerier;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));


async function until(what: string, fn: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${prom.logTail()}`);
    await sleep(250);
  }
}

before(async () => {
  thanosBinary();
  prom = await startPrometheus({ externalLabels: EXT, rules: RULES, exemplars: true });
  [ours, goSidecar] = await Promise.all([
    startOurSidecar({ tsdbPath: prom.dataDir, prometheusUrl: prom.url }),
    startThanosSidecar({ tsdbPath: prom.dataDir, prometheusUrl: prom.url }),
  ]);
  [qOurs, qGo] = await Promise.all([startQuerier({ endpoints: [ours.grpcAddress] }), startQuerier({ endpoints: [goSidecar.grpcAddress] })]);
  await until('the alert to fire and every rule to be evaluated', async () => {
    const d = await get<{ groups: JsonGroup[] }>(prom.url, '/api/v1/rules');
    const rules = d.groups.flatMap((g) => g.rules);
    return rules.length === 3 && rules.every((r) => !r.lastEvaluation.startsWith('0001')) && rules.some((r) => r.state === 'firing');
  });
  await until('exemplars of both series', async () => {
    const d = await get<unknown[]>(prom.url, '/api/v1/query_exemplars', [
      ['query', 'test_exemplar_total'],
      ['start', '0'],
      ['end', String((Date.now() - 3000) / 1000)],
    ]);
    return d.length === 2;
  });
  await until('metadata of every job', async () => {
    const d = await get<Record<string, unknown>>(prom.url, '/api/v1/metadata');
    return 'test_exemplar' in d && 'test_gauge' in d && 'prometheus_build_info' in d;
  });
  await until('every target scraped', async () => {
    const d = await get<{ activeTargets: { health: string }[] }>(prom.url, '/api/v1/targets');
    return d.activeTargets.length === 3 && d.activeTargets.every((t) => t.health === 'up');
  });
});

after(async () => {
  await Promise.all([qOurs?.stop(), qGo?.stop()]);
  await Promise.all([ours?.stop(), goSidecar?.stop()]);
  await prom?.close();
});

type Labels = Record<string, string>;
const sortObj = (o: Labels | undefined): Labels => Object.fromEntries(Object.entries(o ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const withExt = (o: Labels | undefined): Labels => sortObj({ ...o, ...EXT });
const ms = (s: string) => Date.parse(s);

interface JsonAlert {
  labels: Labels;
  annotations: Labels;
  state: string;
  activeAt?: string;
  value: string;
}
interface JsonRule {
  type: string;
  name: string;
  query: string;
  labels?: Labels;
  annotations?: Labels;
  health: string;
  lastError?: string;
  evaluationTime: number;
  lastEvaluation: string;
  state?: string;
  duration?: number;
  alerts?: JsonAlert[];
}
interface JsonGroup {
  name: string;
  file: string;
  interval: number;
  evaluationTime: number;
  lastEvaluation: string;
  rules: JsonRule[];
}

/** A rules answer with the moving fields taken out (returned apart, for the between-check). */
function stable(groups: JsonGroup[]): { groups: unknown[]; moving: number[] } {
  const moving: number[] = [];
  const out = groups.map((g) => {
    moving.push(ms(g.lastEvaluation));
    const { lastEvaluation: _l, evaluationTime: _e, ...rest } = g;
    return {
      ...rest,
      rules: g.rules.map((r) => {
        moving.push(ms(r.lastEvaluation));
        const { lastEvaluation: _rl, evaluationTime: _re, ...rr } = r;
        return rr;
      }),
    };
  });
  return { groups: out, moving };
}

test('/api/v1/rules: ours ≡ Go sidecar, and Prometheus\'s rules with external labels over rule labels', async () => {
  for (const type of [undefined, 'alert', 'record']) {
    const params: [string, string][] = type ? [['type', type]] : [];
    const before = await get<{ groups: JsonGroup[] }>(prom.url, '/api/v1/rules', params);
    const [viaOurs, viaGo] = await Promise.all([
      get<{ groups: JsonGroup[] }>(qOurs.url, '/api/v1/rules', [...params, ...THANOS]),
      get<{ groups: JsonGroup[] }>(qGo.url, '/api/v1/rules', [...params, ...THANOS]),
    ]);
    const afterJson = await get<{ groups: JsonGroup[] }>(prom.url, '/api/v1/rules', params);
    const o = stable(viaOurs.groups);
    const g = stable(viaGo.groups);
    assert.deepEqual(o.groups, g.groups, `type=${type}: our sidecar vs the Go sidecar through the Querier`);
    const [b, a] = [stable(before.groups), stable(afterJson.groups)];
    assert.equal(o.moving.length, a.moving.length);
    o.moving.forEach((t, i) => assert.ok(t >= b.moving[i] - 1 && t <= a.moving[i] + 1, `lastEvaluation ${i} within Prometheus's before/after`));
    // Against Prometheus: same groups and rules; external labels set over the rule labels.
    assert.deepEqual(
      viaOurs.groups.map((x) => [x.file, x.name, x.interval]),
      afterJson.groups.map((x) => [x.file, x.name, x.interval]),
    );
    viaOurs.groups.forEach((grp, gi) => {
      const want = afterJson.groups[gi];
      assert.equal(grp.rules.length, want.rules.length);
      grp.rules.forEach((r, ri) => {
        const w = want.rules[ri];
        assert.deepEqual([r.type, r.name, r.query, r.health, r.lastError ?? ''], [w.type, w.name, w.query, w.health, w.lastError ?? '']);
        assert.deepEqual(sortObj(r.labels), withExt(w.labels), `${r.name}: external labels over the rule labels`);
        if (w.type === 'alerting') {
          assert.deepEqual([r.state, r.duration, sortObj(r.annotations)], [w.state, w.duration, sortObj(w.annotations)]);
          // Alert instances are Prometheus's, without external labels.
          assert.deepEqual(
            (r.alerts ?? []).map((x) => [sortObj(x.labels), sortObj(x.annotations), x.state, x.activeAt && ms(x.activeAt), x.value]),
            (w.alerts ?? []).map((x) => [sortObj(x.labels), sortObj(x.annotations), x.state, x.activeAt && ms(x.activeAt), x.value]),
          );
        }
      });
    });
    if (type === 'record') assert.equal(viaOurs.groups.flatMap((x) => x.rules).length, 1);
    if (type !== 'record') assert.ok(viaOurs.groups.flatMap((x) => x.rules).some((r) => r.state === 'firing'), 'the firing alert is seen');
  }
});

test('/api/v1/alerts: ours ≡ Go sidecar ≡ Prometheus\'s firing alerts', async () => {
  type Alerts = { alerts: JsonAlert[] };
  const norm = (d: Alerts) => d.alerts.map((x) => [sortObj(x.labels), sortObj(x.annotations), x.state, x.activeAt && ms(x.activeAt), x.value]);
  const [viaOurs, viaGo, want] = await Promise.all([
    get<Alerts>(qOurs.url, '/api/v1/alerts', THANOS),
    get<Alerts>(qGo.url, '/api/v1/alerts', THANOS),
    get<Alerts>(prom.url, '/api/v1/alerts'),
  ]);
  assert.equal(want.alerts.length, 1, 'one firing alert instance');
  assert.deepEqual(norm(viaOurs), norm(viaGo));
  // Thanos builds the list from the alerting rules' instances, whose labels carry no external label.
  assert.deepEqual(norm(viaOurs), norm(want));
});

interface JsonTarget {
  discoveredLabels: Labels;
  labels: Labels;
  scrapePool: string;
  scrapeUrl: string;
  globalUrl: string;
  lastError: string;
  lastScrape: string;
  lastScrapeDuration: number;
  health: string;
  scrapeInterval?: string;
  scrapeTimeout?: string;
}
interface JsonTargets {
  activeTargets: JsonTarget[];
  droppedTargets: { discoveredLabels: Labels }[];
}

test('/api/v1/targets: ours ≡ Go sidecar, and Prometheus\'s targets with external labels', async () => {
  for (const state of [undefined, 'active', 'dropped']) {
    const params: [string, string][] = state ? [['state', state]] : [];
    const before = await get<JsonTargets>(prom.url, '/api/v1/targets', params);
    const [viaOurs, viaGo] = await Promise.all([
      get<JsonTargets>(qOurs.url, '/api/v1/targets', [...params, ...THANOS]),
      get<JsonTargets>(qGo.url, '/api/v1/targets', [...params, ...THANOS]),
    ]);
    const afterJson = await get<JsonTargets>(prom.url, '/api/v1/targets', params);
    const byUrl = (ts: JsonTarget[]) => [...(ts ?? [])].sort((x, y) => (x.scrapeUrl < y.scrapeUrl ? -1 : 1));
    const stableT = (ts: JsonTarget[]) =>
      byUrl(ts).map(({ lastScrape: _s, lastScrapeDuration: _d, ...rest }) => ({ ...rest, labels: sortObj(rest.labels), discoveredLabels: sortObj(rest.discoveredLabels) }));
    assert.deepEqual(stableT(viaOurs.activeTargets), stableT(viaGo.activeTargets), `state=${state}: active, ours vs Go`);
    assert.deepEqual(viaOurs.droppedTargets ?? [], viaGo.droppedTargets ?? [], `state=${state}: dropped, ours vs Go`);
    const got = byUrl(viaOurs.activeTargets);
    const want = byUrl(afterJson.activeTargets);
    const was = new Map(before.activeTargets.map((x) => [x.scrapeUrl, x]));
    if (state !== 'dropped') assert.equal(got.length, 3, 'prometheus, exporter and exemplars targets');
    assert.equal(got.length, want.length);
    got.forEach((t, i) => {
      const w = want[i];
      assert.deepEqual([t.scrapePool, t.scrapeUrl, t.globalUrl, t.health, t.lastError], [w.scrapePool, w.scrapeUrl, w.globalUrl, w.health, w.lastError]);
      assert.deepEqual(sortObj(t.labels), withExt(w.labels), 'external labels over target labels');
      assert.deepEqual(sortObj(t.discoveredLabels), withExt(w.discoveredLabels), 'external labels over discovered labels');
      const at = ms(t.lastScrape);
      assert.ok(at >= ms(was.get(w.scrapeUrl)!.lastScrape) - 1 && at <= ms(w.lastScrape) + 1, `lastScrape ${t.lastScrape} between Prometheus's reads`);
    });
    assert.deepEqual(
      (viaOurs.droppedTargets ?? []).map((d) => sortObj(d.discoveredLabels)),
      (afterJson.droppedTargets ?? []).map((d) => withExt(d.discoveredLabels)),
    );
  }
});

test('/api/v1/metadata: ours ≡ Go sidecar ≡ Prometheus, no external labels', async () => {
  type Meta = Record<string, { type: string; help: string; unit: string }[]>;
  for (const params of [[], [['metric', 'test_gauge']], [['metric', 'no_such_metric']]] as [string, string][][]) {
    const [viaOurs, viaGo, want] = await Promise.all([
      get<Meta>(qOurs.url, '/api/v1/metadata', [...params, ...THANOS]),
      get<Meta>(qGo.url, '/api/v1/metadata', [...params, ...THANOS]),
      get<Meta>(prom.url, '/api/v1/metadata', params),
    ]);
    const sortMeta = (m: Meta) => Object.fromEntries(Object.entries(m).sort(([a], [b]) => (a < b ? -1 : 1)));
    assert.deepEqual(sortMeta(viaOurs), sortMeta(viaGo), `${JSON.stringify(params)}: ours vs Go`);
    assert.deepEqual(sortMeta(viaOurs), sortMeta(want), `${JSON.stringify(params)}: vs Prometheus`);
    if (params.length === 0) assert.ok(Object.keys(want).length > 20, 'metadata of many metrics');
  }
});

test('/api/v1/query_exemplars: ours ≡ Go sidecar ≡ Prometheus with external labels on the series', async () => {
  interface ExemplarData {
    seriesLabels: Labels;
    exemplars: { labels: Labels; value: string; timestamp: number }[];
  }
  // A window that ends in the past: all three reads see the same exemplars.
  const end = (Date.now() - 2000) / 1000;
  const start = end - 600;
  for (const query of ['test_exemplar_total', 'test_exemplar_total{path="/b"}', 'up']) {
    const params: [string, string][] = [
      ['query', query],
      ['start', String(start)],
      ['end', String(end)],
    ];
    const [viaOurs, viaGo, want] = await Promise.all([
      get<ExemplarData[]>(qOurs.url, '/api/v1/query_exemplars', [...params, ...THANOS]),
      get<ExemplarData[]>(qGo.url, '/api/v1/query_exemplars', [...params, ...THANOS]),
      get<ExemplarData[]>(prom.url, '/api/v1/query_exemplars', params),
    ]);
    const norm = (ds: ExemplarData[], ext: boolean) =>
      ds
        .map((d) => ({ seriesLabels: ext ? withExt(d.seriesLabels) : sortObj(d.seriesLabels), exemplars: d.exemplars.map((e) => ({ ...e, labels: sortObj(e.labels) })) }))
        .sort((a, b) => (JSON.stringify(a.seriesLabels) < JSON.stringify(b.seriesLabels) ? -1 : 1));
    assert.deepEqual(norm(viaOurs, false), norm(viaGo, false), `${query}: ours vs Go`);
    assert.deepEqual(norm(viaOurs, false), norm(want, true), `${query}: vs Prometheus + external labels`);
    if (query === 'up') assert.equal(want.length, 0);
    else assert.ok(want.length > 0 && want.every((d) => d.exemplars.length > 0), `${query}: exemplars stored`);
  }
});
