// The head served through remote read and merged into the block stream, against a REAL Prometheus
// (test/helpers/prometheus.ts, 10 s blocks so it cuts a block every ~10 s) and our Series handler
// (src/store/series.ts on a StoreServer, src/store/server.ts) reading Prometheus's own
// --storage.tsdb.path, on both engines.
//
// Reference: Prometheus's remote read in SAMPLES mode over the same range and selectors (raw
// samples, exactly [mint, maxt], its external labels merged in). Our Series answer carries the
// sidecar's external labels, which here are Prometheus's own ({cluster, replica}), so the label
// sets compare as they are. Every series must hold exactly the reference's samples (times and
// value bits; chunks may extend past the range, so samples are cut to [mint, maxt]): none lost,
// none twice, across the persisted-block/head boundary — also while blocks are being cut, and
// with a plan made before a block cut and run after it (query/plan.ts: B fixed at plan time).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { status } from '@grpc/grpc-js';
import type { Engine, Matcher } from '../../src/engine/engine.js';
import { thanos } from '../../src/gen/proto.js';
import { BlockWatcher, type BlockInfo } from '../../src/blocks/watcher.js';
import { chunkListOf } from '../../src/prometheus/rechunk.js';
import { collect, remoteRead } from '../../src/prometheus/remote-read.js';
import { PrometheusClient } from '../../src/prometheus/client.js';
import { createExecutor, type PoolExecutor } from '../../src/query/executor-pool.js';
import { planSeriesRun } from '../../src/query/plan.js';
import { recoverStream, recoverUnary, type Logger } from '../../src/store/decorators.js';
import { seriesHandler } from '../../src/store/series.js';
import { StoreServer } from '../../src/store/server.js';
import { StatusError } from '../../src/store/status.js';
import { MIN_INT64 } from '../../src/store/wire.js';
import { engines } from '../helpers/engines.js';
import { series as runSeries, storeClient, type StoreClient } from '../helpers/grpc.js';
import { parseFrames } from '../helpers/series-frames.js';
import { startPrometheus, type PrometheusProcess } from '../helpers/prometheus.js';

const EXTERNAL: [string, string][] = [
  ['cluster', 'test'],
  ['replica', 'a'],
];

let prom: PrometheusProcess;
let client: PrometheusClient;

before(async () => {
  prom = await startPrometheus({ externalLabels: Object.fromEntries(EXTERNAL), blockDuration: '10s' });
  client = new PrometheusClient(prom.url, { timeoutMs: 10_000 });
  await prom.waitForScrapes(3);
  // Two persisted blocks, so a range can span blocks and head.
  await prom.waitForBlocks(2, 120_000);
});

after(async () => {
  await prom?.close();
});

const SELECTORS: { name: string; matchers: Matcher[] }[] = [
  { name: 'test_.*', matchers: [{ type: 2, name: '__name__', value: 'test_.*' }] },
  { name: 'test_churn', matchers: [{ type: 0, name: '__name__', value: 'test_churn' }] },
  { name: 'up', matchers: [{ type: 0, name: '__name__', value: 'up' }] },
  { name: 'job=prometheus, not go_/process_', matchers: [{ type: 0, name: 'job', value: 'prometheus' }, { type: 3, name: '__name__', value: 'go_.*|process_.*' }] },
];

type Digest = Map<string, string>;

const labelKey = (l: readonly (readonly [string, string])[]) => l.map(([n, v]) => `${n}=${JSON.stringify(v)}`).join(',');

/** Hex of the {t, v} records of a chunk's decoded samples in [mint, maxt]; checks they ascend past `last`. */
function samplesHex(engine: Engine, encoding: number, data: Uint8Array, mint: number, maxt: number, last: { t: bigint }, what: string): string {
  const set = engine.decodeChunks(chunkListOf(encoding, data));
  assert.equal(set[0], 1, `${what}: float samples only`);
  const dv = new DataView(set.buffer, set.byteOffset, set.byteLength);
  const n = dv.getUint32(1, true);
  let hex = '';
  for (let i = 0; i < n; i++) {
    const t = dv.getBigInt64(5 + 16 * i, true);
    if (t < BigInt(mint) || t > BigInt(maxt)) continue;
    assert.ok(t > last.t, `${what}: sample at ${t} not after ${last.t} (duplicated or out of order)`);
    last.t = t;
    hex += Buffer.from(set.subarray(5 + 16 * i, 21 + 16 * i)).toString('hex');
  }
  return hex;
}

/** Prometheus's own answer: remote read SAMPLES, external labels left on. */
async function reference(engine: Engine, mint: number, maxt: number, matchers: Matcher[]): Promise<Digest> {
  const out: Digest = new Map();
  for (const s of await collect(remoteRead(client, { mint, maxt, matchers }, { engine, acceptedResponseTypes: ['SAMPLES'] }))) {
    const k = labelKey(s.labels);
    const last = { t: -(2n ** 63n) };
    const hex = s.chunks.map((c) => samplesHex(engine, c.encoding, c.data, mint, maxt, last, k)).join('');
    if (hex !== '') out.set(k, hex);
  }
  return out;
}

const THANOS_TO_FILE_ENCODING = [1, 2, 3]; // thanos Chunk.Encoding 0 XOR, 1 HISTOGRAM, 2 FLOAT_HISTOGRAM

/** Our Series answer over gRPC, as a digest; also checks series order and that no series repeats. */
async function ours(engine: Engine, store: StoreClient, mint: number, maxt: number, matchers: Matcher[]): Promise<{ digest: Digest; warnings: string[] }> {
  const res = await runSeries(store, {
    minTime: mint,
    maxTime: maxt,
    matchers: matchers.map((m) => ({ type: m.type as number, name: m.name, value: m.value })),
    partialResponseStrategy: thanos.PartialResponseStrategy.ABORT,
  });
  const digest: Digest = new Map();
  const warnings: string[] = [];
  for (const r of res.responses) {
    if (r.warning) warnings.push(r.warning);
    if (!r.series) continue;
    const labels = (r.series.labels ?? []).map((l) => [l.name ?? '', l.value ?? ''] as const);
    const k = labelKey(labels);
    assert.ok(!digest.has(k), `series ${k} sent twice`);
    const last = { t: -(2n ** 63n) };
    const chunks = [...(r.series.chunks ?? [])].sort((x, y) => Number(String(x.minTime)) - Number(String(y.minTime)));
    const hex = chunks.map((c) => samplesHex(engine, THANOS_TO_FILE_ENCODING[c.raw?.type ?? 0], c.raw!.data!, mint, maxt, last, k)).join('');
    if (hex !== '') digest.set(k, hex);
  }
  return { digest, warnings };
}

function assertSame(got: Digest, want: Digest, what: string): void {
  assert.ok(want.size > 0, `${what}: Prometheus returned series`);
  const missing = [...want.keys()].filter((k) => !got.has(k));
  const extra = [...got.keys()].filter((k) => !want.has(k));
  assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, `${what}: same series`);
  for (const [k, v] of want) {
    const g = got.get(k)!;
    if (g !== v) assert.fail(`${what}: samples of ${k} differ: ours ${g.length / 32}, Prometheus ${v.length / 32}`);
  }
}

interface Served {
  engine: Engine;
  executor: PoolExecutor;
  watcher: BlockWatcher;
  server: StoreServer;
  store: StoreClient;
  logs: { level: string; msg: string }[];
  stop(): Promise<void>;
}

/** Our Series handler on a StoreServer over Prometheus's data dir, with the head from Prometheus. */
async function serve(engine: Engine, prometheusUrl: string): Promise<Served> {
  const logs: Served['logs'] = [];
  const log: Logger = (level, msg) => logs.push({ level, msg });
  const watcher = new BlockWatcher({ tsdbPath: prom.dataDir, fsWatch: false, intervalMs: 60_000, onError: () => {} });
  const executor = createExecutor({ engine, threads: 1, prometheus: { url: prometheusUrl, timeoutMs: 5_000 }, onBlockSkipped: () => {} });
  await executor.ready();
  const unimplemented = recoverUnary('unimplemented', log, () => {
    throw new StatusError(status.UNIMPLEMENTED, 'not served by this test');
  });
  const server = new StoreServer({
    Info: unimplemented,
    LabelNames: unimplemented,
    LabelValues: unimplemented,
    Series: recoverStream(
      '/thanos.Store/Series',
      log,
      seriesHandler({
        executor,
        externalLabels: () => EXTERNAL,
        // Every request re-lists the directory, so it plans with the blocks as they are now.
        blocks: () => [...watcher.refresh()],
        minTime: () => MIN_INT64,
        limits: { series: 0, samples: 0 },
        budgetBytes: 4 * 1024 * 1024,
        log,
      }),
    ),
  });
  const port = await server.listen('127.0.0.1:0');
  server.setServing(true);
  const store = storeClient(`127.0.0.1:${port}`);
  return {
    engine,
    executor,
    watcher,
    server,
    store,
    logs,
    async stop() {
      store.close();
      await server.stop(2000);
      watcher.close();
      await executor.close();
    },
  };
}

const served: Served[] = [];
after(async () => {
  for (const s of served) await s.stop();
});

async function servedFor(engine: Engine): Promise<Served> {
  let s = served.find((x) => x.engine === engine);
  if (!s) {
    s = await serve(engine, prom.url);
    served.push(s);
  }
  return s;
}

/** A range ending 3 s ago (every sample in it has been appended) and reaching back over `backMs`. */
function recentRange(backMs: number): { mint: number; maxt: number } {
  const maxt = Date.now() - 3000;
  return { mint: maxt - backMs, maxt };
}

for (const engine of engines()) {
  test(`${engine.kind}: Series over persisted blocks and the head equals Prometheus's SAMPLES read`, async () => {
    const s = await servedFor(engine);
    const blocks = prom.blocks();
    const first = blocks[0].minTime;
    const B = blocks[blocks.length - 1].maxTime;
    const { maxt } = recentRange(0);
    assert.ok(maxt >= B, 'the range reaches into the head');
    for (const sel of SELECTORS) {
      const want = await reference(engine, first, maxt, sel.matchers);
      const got = await ours(engine, s.store, first, maxt, sel.matchers);
      assert.deepEqual(got.warnings, []);
      assertSame(got.digest, want, `${sel.name} [${first}, ${maxt}] B=${B}`);
    }
    // Only the blocks part, and only the head part, agree too.
    for (const [mint, mx] of [
      [first, B - 1],
      [B, maxt],
      // A few seconds either side of B (a 1 ms window holds no scrape).
      [B - 3000, Math.min(B + 3000, maxt)],
    ]) {
      const want = await reference(engine, mint, mx, SELECTORS[0].matchers);
      assertSame((await ours(engine, s.store, mint, mx, SELECTORS[0].matchers)).digest, want, `test_.* [${mint}, ${mx}]`);
    }
  });

  test(`${engine.kind}: no sample lost or doubled while Prometheus cuts blocks (~30 s of queries)`, async () => {
    const s = await servedFor(engine);
    const boundaries = new Set<number>();
    let queries = 0;
    const end = Date.now() + 30_000;
    while (Date.now() < end) {
      const blocks = prom.blocks();
      boundaries.add(blocks[blocks.length - 1].maxTime);
      // 25 s back: the range always covers the newest block or two and the head, so the
      // boundary moves inside it while this loop runs.
      const { mint, maxt } = recentRange(25_000);
      const sel = SELECTORS[queries % SELECTORS.length];
      const got = await ours(engine, s.store, mint, maxt, sel.matchers);
      const want = await reference(engine, mint, maxt, sel.matchers);
      assert.deepEqual(got.warnings, []);
      assertSame(got.digest, want, `${sel.name} [${mint}, ${maxt}] (query ${queries})`);
      queries++;
    }
    assert.ok(boundaries.size >= 2, `blocks were cut during the loop (boundaries seen: ${[...boundaries].join(', ')})`);
    assert.ok(queries >= 10, `${queries} queries`);
  });

  test(`${engine.kind}: a plan made before a block cut, run after it, loses and doubles nothing`, async () => {
    const s = await servedFor(engine);
    // Plan now (B fixed) ...
    const before = [...s.watcher.refresh()] as BlockInfo[];
    const B = before[before.length - 1].meta.maxTime;
    const { mint, maxt } = recentRange(25_000);
    const plan = planSeriesRun(before, mint, maxt);
    assert.equal(plan.head?.boundary, B);
    // ... then wait until Prometheus has persisted a block past B, so data the plan expected from
    // its head now sits in a block our plan does not read.
    for (const deadline = Date.now() + 60_000; ; ) {
      const now = prom.blocks();
      if (now[now.length - 1].maxTime > B) break;
      if (Date.now() > deadline) throw new Error(`no block cut after ${B} within 60 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const sel of SELECTORS) {
      const run = s.executor.series({
        blockDirs: plan.blockDirs,
        query: {
          mint,
          maxt,
          matchers: sel.matchers,
          skipChunks: false,
          externalLabels: EXTERNAL,
          withoutReplicaLabels: [],
          batchSize: 0,
          chunkHashes: false,
        },
        signal: new AbortController().signal,
        budgetBytes: 4 * 1024 * 1024,
        head: { ...plan.head!, partialResponse: false },
      });
      const got: Digest = new Map();
      const dec = new TextDecoder();
      for await (const chunk of run) {
        assert.equal(chunk.warning, undefined);
        for (const f of parseFrames(chunk.frames)) {
          for (const ws of f.series) {
            const k = labelKey(ws.labels.map(([n, v]) => [dec.decode(n), dec.decode(v)] as const));
            const last = { t: -(2n ** 63n) };
            const hex = ws.chunks.map((c) => samplesHex(engine, THANOS_TO_FILE_ENCODING[c.type], c.data, mint, maxt, last, k)).join('');
            if (hex !== '') got.set(k, hex);
          }
        }
      }
      assertSame(got, await reference(engine, mint, maxt, sel.matchers), `${sel.name}: stale plan B=${B}`);
    }
  });

  test(`${engine.kind}: Prometheus unreachable → warning with partial response, error without`, async () => {
    // A port nothing listens on (Prometheus's own port + a free one would race; use a closed one).
    const dead = await serve(engine, 'http://127.0.0.1:9');
    try {
      const blocks = prom.blocks();
      const { maxt } = recentRange(0);
      const req = { minTime: blocks[0].minTime, maxTime: maxt, matchers: [{ type: 0, name: '__name__', value: 'up' }] };
      const warn = await runSeries(dead.store, { ...req, partialResponseStrategy: thanos.PartialResponseStrategy.WARN });
      const warnings = warn.responses.filter((r) => r.warning).map((r) => r.warning);
      assert.equal(warnings.length, 1);
      assert.match(warnings[0]!, /remote read from http:\/\/127\.0\.0\.1:9/);
      assert.ok(warn.responses.some((r) => r.series), 'the blocks still serve');
      await assert.rejects(runSeries(dead.store, { ...req, partialResponseStrategy: thanos.PartialResponseStrategy.ABORT }), (e: { code?: number; details?: string }) => {
        assert.equal(e.code, status.INTERNAL);
        assert.match(e.details ?? '', /remote read/);
        return true;
      });
    } finally {
      await dead.stop();
    }
  });
}
