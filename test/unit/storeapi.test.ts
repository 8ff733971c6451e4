// The StoreAPI over gRPC, end to end in-process: our server on a loopback port over a temporary
// copy of the edge fixture blocks (written by Prometheus's tsdb code), driven by a grpc-js client.
// Series answers are checked against a brute-force evaluation (block-query.ts selectSamples, with
// external labels applied by hand): labels, order and every sample decoded from the returned
// chunks, trimmed to the range. Runs once per engine.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectivityState, credentials, loadPackageDefinition, makeGenericClientConstructor, status, type ServiceError } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { createRequire } from 'node:module';
import Long from 'long';
import { service as healthService } from 'grpc-health-check';
import { MatchType, type Block, type Engine, type Matcher } from '../../src/engine/engine.js';
import { compareLabels, decodeSampleSet, type Label, type Sample } from '../../src/engine/series-set.js';
import { thanos } from '../../src/gen/proto.js';
import { QueryActivity } from '../../src/objstore/query-activity.js';
import { selectSamples } from '../../src/query/block-query.js';
import { visibleBlocks, parseMeta } from '../../src/blocks/watcher.js';
import { engines } from '../helpers/engines.js';
import { call, series, startTestStore, storeClient, tempTsdb, type TestStore } from '../helpers/grpc.js';
import { blockDirs, edgeBlocks } from '../helpers/tools.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXT: [string, string][] = [
  ['a_cluster', 'c1'],
  ['zone', 'z1'],
];

type Wire = thanos.SeriesResponse;

const m = (type: MatchType, name: string, value: string): Matcher => ({ type, name, value });
const ALL = [m(MatchType.RE, '__name__', '.+')];

function long(v: number | Long | null | undefined): bigint {
  return v === null || v === undefined ? 0n : BigInt(v.toString());
}

/** Series carried by a response stream, in order, batches flattened. */
function flatten(responses: Wire[]): thanos.Series[] {
  const out: thanos.Series[] = [];
  for (const r of responses) {
    if (r.result === 'series') out.push(r.series as thanos.Series);
    else if (r.result === 'batch') out.push(...((r.batch?.series ?? []) as thanos.Series[]));
  }
  return out;
}

const labelsOf = (s: thanos.Series): Label[] => (s.labels ?? []).map((l) => [l.name ?? '', l.value ?? ''] as const);

/** Samples of a wire series' chunks (Thanos encoding + 1 = engine encoding), trimmed to [mint, maxt]. */
function samplesOf(engine: Engine, s: thanos.Series, mint: bigint, maxt: bigint): Sample[] {
  const parts: Uint8Array[] = [];
  for (const c of s.chunks ?? []) {
    const data = c.raw?.data ?? new Uint8Array();
    const head = new Uint8Array(5);
    head[0] = (c.raw?.type ?? 0) + 1;
    new DataView(head.buffer).setUint32(1, data.length, true);
    parts.push(head, data);
  }
  if (parts.length === 0) return [];
  const decoded = decodeSampleSet(engine.decodeChunks(Buffer.concat(parts)));
  return decoded.flat().filter((x) => x.t >= mint && x.t <= maxt);
}

/** Time-merge of sample lists (a series may come as several adjacent frames, chunks from several blocks). */
function mergeByTime(lists: Sample[][]): Sample[] {
  const byT = new Map<bigint, Sample>();
  for (const l of lists) for (const x of l) if (!byT.has(x.t)) byT.set(x.t, x);
  return [...byT.values()].sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
}

function finalLabels(labels: readonly Label[], ext: readonly [string, string][], without: readonly string[] = []): Label[] {
  const map = new Map<string, string>(labels.map(([n, v]) => [n, v]));
  for (const [n, v] of ext) map.set(n, v);
  for (const n of without) map.delete(n);
  return [...map].map(([n, v]) => [n, v] as const).sort((a, b) => compareLabels([a], [b]));
}

interface Expect {
  labels: Label[];
  samples: Sample[];
}

/** Brute force: every sample of every block, external labels set, replica labels dropped, fully sorted. */
function oracle(engine: Engine, blocks: Block[], matchers: Matcher[], mint: bigint, maxt: bigint, ext: [string, string][], without: string[] = []): Expect[] {
  const groups = new Map<string, Expect>();
  for (const s of selectSamples(engine, blocks, matchers, Number(mint), Number(maxt))) {
    const labels = finalLabels(s.labels, ext, without);
    const key = JSON.stringify(labels);
    const g = groups.get(key);
    if (g) g.samples = mergeByTime([g.samples, s.samples]);
    else groups.set(key, { labels, samples: s.samples });
  }
  return [...groups.values()].sort((a, b) => compareLabels(a.labels, b.labels));
}

/** What the client got: order checked, adjacent equal label sets merged, empty-in-range series dropped. */
function received(engine: Engine, list: thanos.Series[], mint: bigint, maxt: bigint): Expect[] {
  const out: Expect[] = [];
  let prev: Label[] | undefined;
  for (const s of list) {
    const labels = labelsOf(s);
    if (prev) assert.ok(compareLabels(prev, labels) <= 0, `series out of order: ${JSON.stringify(prev)} then ${JSON.stringify(labels)}`);
    const samples = samplesOf(engine, s, mint, maxt);
    if (prev && compareLabels(prev, labels) === 0) out[out.length - 1].samples = mergeByTime([out[out.length - 1].samples, samples]);
    else out.push({ labels, samples });
    prev = labels;
  }
  return out.filter((e) => e.samples.length > 0);
}

const sampleKey = (x: Sample) => (x.kind === 1 ? `${x.t}:${Object.is(x.v, NaN) ? 'NaN' : new Float64Array([x.v]).join()}` : `${x.t}:${JSON.stringify(x.h)}`);

function assertSame(got: Expect[], want: Expect[]): void {
  assert.equal(got.length, want.length, 'number of series');
  for (let i = 0; i < want.length; i++) {
    assert.deepEqual(got[i].labels, want[i].labels, `labels of series ${i}`);
    assert.deepEqual(got[i].samples.map(sampleKey), want[i].samples.map(sampleKey), `samples of ${JSON.stringify(want[i].labels)}`);
  }
}

const wireMatchers = (ms: Matcher[]) => ms.map((x) => ({ type: x.type as number, name: x.name, value: x.value }));

async function expectCode(p: Promise<unknown>, code: status, re?: RegExp): Promise<void> {
  await assert.rejects(p, (err: ServiceError) => {
    assert.equal(err.code, code, `status ${err.code} (${err.details}), want ${code}`);
    if (re) assert.match(err.details, re);
    return true;
  });
}

for (const engine of engines()) {
  describe(`StoreAPI over gRPC (${engine.kind} engine)`, () => {
    const tsdb = tempTsdb(edgeBlocks);
    let srv: TestStore;
    let blocks: Block[];
    let minT: bigint;
    let maxT: bigint;

    before(async () => {
      srv = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT });
      const visible = visibleBlocks(blockDirs(tsdb.path).map((dir) => ({ dir, meta: parseMeta(dir, readFileSync(join(dir, 'meta.json'), 'utf8')) })));
      blocks = visible.map((b) => engine.openBlock(b.dir));
      minT = BigInt(Math.min(...blocks.map((b) => b.meta.minTime)));
      maxT = BigInt(Math.max(...blocks.map((b) => b.meta.maxTime))) - 1n;
    });
    after(async () => {
      for (const b of blocks ?? []) b.close();
      await srv?.stop();
      tsdb.remove();
    });

    const req = (over: Partial<thanos.SeriesRequest.$Properties> = {}): thanos.SeriesRequest.$Properties => ({
      minTime: Long.fromString(minT.toString()),
      maxTime: Long.fromString(maxT.toString()),
      matchers: wireMatchers(ALL),
      ...over,
    });

    test('Info advertises a sidecar StoreAPI over the local blocks', async () => {
      const info = await call(srv.info.Info, srv.info, {});
      assert.equal(info.ComponentType, 'sidecar');
      assert.deepEqual(
        info.labelSets.map((s) => (s.labels ?? []).map((l) => [l.name, l.value])),
        [EXT],
      );
      const store = info.store!;
      assert.ok(store, 'store info present');
      assert.equal(long(store.minTime), minT);
      assert.equal(long(store.maxTime), (1n << 63n) - 1n);
      assert.equal(store.supportsSharding, true);
      assert.equal(store.supportsWithoutReplicaLabels, true);
      assert.equal(store.tsdbInfos?.length, blocks.length);
      for (const t of store.tsdbInfos ?? []) assert.deepEqual(t.labels?.labels?.map((l) => [l.name, l.value]), EXT);
      assert.equal(info.query, null, 'no query API marker');
      assert.equal(info.rules, null, 'no rules marker (not served)');
    });

    test('gRPC health reports SERVING', async () => {
      const Health = makeGenericClientConstructor(healthService, 'grpc.health.v1.Health');
      const client = new Health(srv.target, credentials.createInsecure()) as unknown as {
        check(req: { service: string }, cb: (err: ServiceError | null, res: { status: string }) => void): void;
        close(): void;
      };
      for (const service of ['', 'thanos.Store', 'thanos.info.Info']) {
        const res = await new Promise<{ status: string }>((resolve, reject) => client.check({ service }, (err, r) => (err ? reject(err) : resolve(r))));
        assert.equal(res.status, 'SERVING', service);
      }
      client.close();
    });

    for (const version of ['v1', 'v1alpha'] as const) {
      test(`server reflection (${version}, loaded on first call) lists the services and describes thanos.Store, in request order`, async () => {
        const protoFile = createRequire(import.meta.url).resolve(`@grpc/reflection/build/proto/grpc/reflection/${version}/reflection.proto`);
        type Stream = NodeJS.ReadWriteStream & { end(): void; write(m: object): boolean };
        const pkg = loadPackageDefinition(loadSync(protoFile, { oneofs: true })) as unknown as {
          grpc: { reflection: Record<string, { ServerReflection: new (t: string, c: ReturnType<typeof credentials.createInsecure>) => { ServerReflectionInfo(): Stream; close(): void } }> };
        };
        const client = new pkg.grpc.reflection[version].ServerReflection(srv.target, credentials.createInsecure());
        const stream = client.ServerReflectionInfo();
        interface Res {
          messageResponse: string;
          listServicesResponse?: { service: { name: string }[] };
          fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
        }
        const answers: Res[] = [];
        await new Promise<void>((resolve, reject) => {
          stream.on('data', (res: Res) => answers.push(res));
          stream.on('error', reject);
          stream.on('end', resolve);
          // Both before the first answer: the second must wait for the library to load, and come second.
          stream.write({ listServices: '*' });
          stream.write({ fileContainingSymbol: 'thanos.Store' });
          stream.end();
          // The client half stays readable until the server ends its side.
          stream.resume();
        });
        client.close();
        assert.deepEqual(answers.map((a) => a.messageResponse), ['listServicesResponse', 'fileDescriptorResponse']);
        const names = answers[0].listServicesResponse!.service.map((x) => x.name);
        for (const want of ['thanos.Store', 'thanos.info.Info', 'grpc.health.v1.Health']) assert.ok(names.includes(want), `${want} in ${names}`);
        const files = answers[1].fileDescriptorResponse!.fileDescriptorProto.map((b) => Buffer.from(b).toString('latin1'));
        // The library describes one file per package: thanos.proto holds the StoreAPI's messages and service.
        assert.ok(files.some((f) => f.includes('thanos.proto') && f.includes('SeriesRequest') && f.includes('LabelValuesRequest') && f.includes('Store')), 'thanos.Store described');
      });
    }

    const cases: { name: string; matchers: Matcher[]; mint?: bigint; maxt?: bigint }[] = [
      { name: 'every series, whole range', matchers: ALL },
      { name: 'job="api", range cut mid-block', matchers: [m(MatchType.EQ, 'job', 'api')], mint: 1700002800123n, maxt: 1700015000000n },
      { name: 'regex and negative matchers', matchers: [m(MatchType.RE, '__name__', 'http_.*|node_cpu.*'), m(MatchType.NRE, 'code', '5..')] },
      { name: 'matcher on a missing label (x="")', matchers: [m(MatchType.EQ, '__name__', 'up'), m(MatchType.EQ, 'nope', '')] },
    ];
    for (const c of cases) {
      test(`Series equals brute force: ${c.name}`, async () => {
        const mint = c.mint ?? minT;
        const maxt = c.maxt ?? maxT;
        const res = await series(
          srv.store,
          req({ matchers: wireMatchers(c.matchers), minTime: Long.fromString(mint.toString()), maxTime: Long.fromString(maxt.toString()) }),
        );
        assert.ok(res.responses.every((r) => r.result === 'series'), 'no batch unless asked');
        const want = oracle(engine, blocks, c.matchers, mint, maxt, EXT);
        assert.ok(want.length > 0);
        assertSame(received(engine, flatten(res.responses), mint, maxt), want);
        for (const s of flatten(res.responses)) {
          for (const ch of s.chunks) {
            assert.ok(long(ch.raw?.hash as Long) !== 0n, 'chunk hash set (XXH64)');
            assert.ok(long(ch.minTime as Long) <= maxt && long(ch.maxTime as Long) >= mint, 'chunk overlaps the range');
          }
        }
      });
    }

    test('external label colliding with a series label overrides it; order holds', async () => {
      const ext: [string, string][] = [['job', 'ext'], ['zone', 'z1']];
      const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: ext });
      try {
        const matchers = [m(MatchType.RE, '__name__', 'up|go_goroutines|http_requests_total')];
        const res = await series(s2.store, req({ matchers: wireMatchers(matchers) }));
        assertSame(received(engine, flatten(res.responses), minT, maxT), oracle(engine, blocks, matchers, minT, maxT, ext));
        // A matcher on the external label is decided against its value and dropped.
        const ok = await series(s2.store, req({ matchers: wireMatchers([...matchers, m(MatchType.EQ, 'job', 'ext')]) }));
        assert.equal(flatten(ok.responses).length, flatten(res.responses).length);
        const none = await series(s2.store, req({ matchers: wireMatchers([...matchers, m(MatchType.EQ, 'job', 'api')]) }));
        assert.equal(none.responses.length, 0, 'external-label mismatch → empty, OK');
      } finally {
        await s2.stop();
      }
    });

    test('response_batch_size: 0 and 1 send single series, 64 sends batches of ≤ 64 with the same series', async () => {
      const base = await series(srv.store, req({ responseBatchSize: 0 }));
      const one = await series(srv.store, req({ responseBatchSize: 1 }));
      const b64 = await series(srv.store, req({ responseBatchSize: 64 }));
      assert.ok(base.responses.every((r) => r.result === 'series'));
      assert.ok(one.responses.every((r) => r.result === 'series'));
      assert.ok(b64.responses.length > 0 && b64.responses.every((r) => r.result === 'batch'));
      assert.ok(b64.responses.every((r) => (r.batch?.series?.length ?? 0) >= 1 && (r.batch?.series?.length ?? 0) <= 64));
      const enc = (l: thanos.Series[]) => l.map((s) => Buffer.from(thanos.Series.encode(s).finish()).toString('base64'));
      assert.deepEqual(enc(flatten(one.responses)), enc(flatten(base.responses)));
      assert.deepEqual(enc(flatten(b64.responses)), enc(flatten(base.responses)));
      assert.ok(flatten(base.responses).length > 64, 'enough series to need several batches');
    });

    test('skip_chunks: the same label sets, no chunks', async () => {
      const full = await series(srv.store, req());
      const bare = await series(srv.store, req({ skipChunks: true }));
      const want = received(engine, flatten(full.responses), minT, maxT).map((e) => e.labels);
      const got = flatten(bare.responses);
      assert.ok(got.every((s) => s.chunks.length === 0));
      // Series whose chunks hold no sample in range are dropped by `received`; compare label sets as sets of keys.
      const gotKeys = new Set(got.map((s) => JSON.stringify(labelsOf(s))));
      for (const l of want) assert.ok(gotKeys.has(JSON.stringify(l)), `missing ${JSON.stringify(l)}`);
      for (let i = 1; i < got.length; i++) assert.ok(compareLabels(labelsOf(got[i - 1]), labelsOf(got[i])) < 0, 'sorted, distinct');
    });

    for (const shard of [
      { by: false, labels: [] as string[] },
      { by: true, labels: ['job'] },
    ]) {
      test(`sharding (by=${shard.by} [${shard.labels}]): union of 3 shards = unsharded, no series twice`, async () => {
        const whole = flatten((await series(srv.store, req({ skipChunks: true }))).responses).map((s) => JSON.stringify(labelsOf(s)));
        const seen = new Map<string, number>();
        for (let i = 0; i < 3; i++) {
          const part = await series(srv.store, req({ skipChunks: true, shardInfo: { shardIndex: i, totalShards: 3, by: shard.by, labels: shard.labels } }));
          for (const s of flatten(part.responses)) {
            const k = JSON.stringify(labelsOf(s));
            assert.ok(!seen.has(k), `${k} in shards ${seen.get(k)} and ${i}`);
            seen.set(k, i);
          }
        }
        assert.deepEqual([...seen.keys()].sort(), [...whole].sort());
        assert.ok(new Set(seen.values()).size > 1, 'more than one shard is non-empty');
      });
    }

    test('without_replica_labels removes the named labels (external or not)', async () => {
      const ext: [string, string][] = [['replica', 'r1'], ['zone', 'z1']];
      const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: ext });
      try {
        const matchers = [m(MatchType.RE, '__name__', 'up|process_resident_memory_bytes')];
        const without = ['replica', 'instance'];
        const res = await series(s2.store, req({ matchers: wireMatchers(matchers), withoutReplicaLabels: without }));
        const got = received(engine, flatten(res.responses), minT, maxT);
        assert.ok(got.every((e) => e.labels.every(([n]) => !without.includes(n))));
        assertSame(got, oracle(engine, blocks, matchers, minT, maxT, ext, without));
      } finally {
        await s2.stop();
      }
    });

    test('limits: series and samples over the limit → RESOURCE_EXHAUSTED; under → OK', async () => {
      const matchers = wireMatchers([m(MatchType.EQ, 'job', 'api')]);
      const total = flatten((await series(srv.store, req({ matchers }))).responses).length;
      for (const limits of [{ series: 3, samples: 0 }, { series: 0, samples: 500 }]) {
        const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT, limits });
        try {
          await expectCode(series(s2.store, req({ matchers })), status.RESOURCE_EXHAUSTED, limits.series ? /series/ : /samples/);
        } finally {
          await s2.stop();
        }
      }
      const s3 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT, limits: { series: total, samples: 0 } });
      try {
        assert.equal(flatten((await series(s3.store, req({ matchers }))).responses).length, total);
      } finally {
        await s3.stop();
      }
    });

    test('bad requests → INVALID_ARGUMENT with a clear message', async () => {
      const bad: [string, Partial<thanos.SeriesRequest.$Properties>, RegExp][] = [
        ['invalid regex', { matchers: wireMatchers([m(MatchType.RE, 'job', '(')]) }, /regex/],
        ['min_time > max_time', { minTime: 10, maxTime: 5 }, /min_time/],
        ['no matchers', { matchers: [] }, /no matchers/],
        ['only external-label matchers', { matchers: wireMatchers([m(MatchType.EQ, 'zone', 'z1')]) }, /no matchers/],
        ['unknown aggregate', { aggregates: [42 as thanos.Aggr] }, /aggregate/],
        ['negative batch size', { responseBatchSize: -1 }, /response_batch_size/],
        ['absurd batch size', { responseBatchSize: 1_000_000 }, /response_batch_size/],
        ['shard index ≥ total', { shardInfo: { shardIndex: 3, totalShards: 3 } }, /shard_index/],
        ['negative total shards', { shardInfo: { shardIndex: 0, totalShards: -2 } }, /total_shards/],
        ['unknown matcher type', { matchers: [{ type: 7 as thanos.LabelMatcher.Type, name: 'job', value: 'x' }] }, /matcher type/],
      ];
      for (const [name, over, re] of bad) {
        await expectCode(series(srv.store, req(over)), status.INVALID_ARGUMENT, re).catch((err) => {
          throw new Error(`${name}: ${(err as Error).message}`);
        });
      }
      // Known aggregates are accepted (Queriers send COUNT/SUM by habit) and raw chunks come back.
      const aggr = await series(srv.store, req({ matchers: wireMatchers([m(MatchType.EQ, '__name__', 'up')]), aggregates: [thanos.Aggr.COUNT, thanos.Aggr.SUM] }));
      assert.ok(flatten(aggr.responses).length > 0);
      // total_shards 0 is "not sharded" in Thanos.
      const unsharded = await series(srv.store, req({ skipChunks: true, shardInfo: { shardIndex: 0, totalShards: 0 } }));
      assert.equal(flatten(unsharded.responses).length, flatten((await series(srv.store, req({ skipChunks: true }))).responses).length);
    });

    test('a client that stops reading for a while gets the whole answer once it resumes (drain across chunks)', async () => {
      const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT, budgetBytes: 64 * 1024 });
      try {
        const whole = await series(s2.store, req());
        const got: Buffer[] = [];
        await new Promise<void>((resolve, reject) => {
          const stream = s2.store.Series(req());
          let paused = 0;
          stream.on('data', (b: Buffer) => {
            got.push(b);
            // Stall three times: the server fills HTTP/2 windows and its write queue, then must resume.
            if (got.length % 200 === 1 && paused < 3) {
              paused++;
              stream.pause();
              setTimeout(() => stream.resume(), 400);
            }
          });
          stream.on('error', reject);
          stream.on('end', resolve);
        });
        assert.equal(got.length, whole.responses.length);
        assert.deepEqual(
          got.map((b) => b.toString('base64')),
          whole.responses.map((r) => Buffer.from(thanos.SeriesResponse.encode(r).finish()).toString('base64')),
        );
      } finally {
        await s2.stop();
      }
    });

    test('cancellation mid-stream stops the work on the server', async () => {
      const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT, budgetBytes: 64 * 1024 });
      try {
        const stream = s2.store.Series(req());
        await new Promise<void>((resolve, reject) => {
          stream.once('data', () => {
            stream.cancel();
            resolve();
          });
          stream.once('error', reject);
        });
        await new Promise<void>((resolve) => stream.on('error', () => resolve()).on('end', resolve).on('close', resolve));
        const idle = s2.executor.idle();
        const timeout = sleep(5000).then(() => 'timeout');
        assert.notEqual(await Promise.race([idle.then(() => 'idle'), timeout]), 'timeout', 'worker stopped after cancel');

        // A deadline that passes mid-stream (the client reads slowly) ends the work the same way.
        const slow = s2.store.Series(req(), { deadline: Date.now() + 300 });
        slow.pause();
        const code = await new Promise<number>((resolve) => slow.on('error', (e: ServiceError) => resolve(e.code)).on('end', () => resolve(status.OK)));
        assert.equal(code, status.DEADLINE_EXCEEDED);
        const idle2 = s2.executor.idle();
        assert.notEqual(await Promise.race([idle2.then(() => 'idle'), sleep(5000).then(() => 'timeout')]), 'timeout', 'worker stopped after deadline');
      } finally {
        await s2.stop();
      }
    });

    test('Series calls count themselves in QueryActivity while they run (what uploads yield to)', async () => {
      const activity = new QueryActivity();
      const s2 = await startTestStore({ engine, tsdbPath: tsdb.path, externalLabels: EXT, budgetBytes: 64 * 1024, queryActivity: activity });
      const settles = async (want: number) => {
        // The handler counts itself out in a finally after its last write; give it a moment.
        for (let i = 0; i < 100 && activity.count() !== want; i++) await sleep(10);
        return activity.count();
      };
      try {
        assert.equal(activity.count(), 0);
        // Two calls held open by clients that stop reading: both count.
        const a = s2.store.Series(req());
        const b = s2.store.Series(req());
        await Promise.all([a, b].map((st) => new Promise((resolve) => st.once('data', () => resolve(st.pause())))));
        assert.equal(activity.count(), 2);
        // One read to its end, the other cancelled: neither counts any more.
        a.resume();
        await new Promise((resolve, reject) => a.on('end', resolve).on('error', reject));
        assert.equal(await settles(1), 1);
        b.cancel();
        await new Promise((resolve) => b.on('error', resolve).on('close', resolve));
        assert.equal(await settles(0), 0);
        // A call refused as INVALID_ARGUMENT is counted out too.
        await assert.rejects(series(s2.store, req({ minTime: Long.fromNumber(10), maxTime: Long.fromNumber(5) })), (e: ServiceError) => e.code === status.INVALID_ARGUMENT);
        assert.equal(await settles(0), 0);
      } finally {
        await s2.stop();
      }
    });

    test('LabelNames: block names plus external names, sorted; matchers, limit, external mismatch', async () => {
      const names = await call(srv.store.LabelNames, srv.store, { start: Long.fromString(minT.toString()), end: Long.fromString(maxT.toString()) });
      const want = new Set<string>(EXT.map(([n]) => n));
      for (const b of blocks) for (const n of b.labelNames([])) want.add(n);
      assert.deepEqual(names.names, [...want].sort());
      const upNames = await call(srv.store.LabelNames, srv.store, {
        start: Long.fromString(minT.toString()),
        end: Long.fromString(maxT.toString()),
        matchers: wireMatchers([m(MatchType.EQ, '__name__', 'up')]),
        limit: 2,
      });
      assert.equal(upNames.names.length, 2);
      const none = await call(srv.store.LabelNames, srv.store, {
        start: Long.fromString(minT.toString()),
        end: Long.fromString(maxT.toString()),
        matchers: wireMatchers([m(MatchType.EQ, 'zone', 'elsewhere')]),
      });
      assert.deepEqual(none.names, []);
    });

    test('LabelValues: block values; external label → its value; replica label → none; empty name → INVALID_ARGUMENT', async () => {
      const range = { start: Long.fromString(minT.toString()), end: Long.fromString(maxT.toString()) };
      const jobs = await call(srv.store.LabelValues, srv.store, { label: 'job', ...range });
      const want = new Set<string>();
      for (const b of blocks) for (const v of b.labelValues('job', [])) want.add(v);
      assert.deepEqual(jobs.values, [...want].sort());
      const limited = await call(srv.store.LabelValues, srv.store, { label: 'job', ...range, limit: 1 });
      assert.deepEqual(limited.values, [...want].sort().slice(0, 1));
      assert.deepEqual((await call(srv.store.LabelValues, srv.store, { label: 'zone', ...range })).values, ['z1']);
      const matching = { label: 'zone', ...range, matchers: wireMatchers([m(MatchType.EQ, '__name__', 'up')]) };
      assert.deepEqual((await call(srv.store.LabelValues, srv.store, matching)).values, ['z1']);
      const nothing = { label: 'zone', ...range, matchers: wireMatchers([m(MatchType.EQ, '__name__', 'no_such_metric')]) };
      assert.deepEqual((await call(srv.store.LabelValues, srv.store, nothing)).values, []);
      assert.deepEqual((await call(srv.store.LabelValues, srv.store, { label: 'zone', ...range, withoutReplicaLabels: ['zone'] })).values, []);
      await expectCode(call(srv.store.LabelValues, srv.store, { label: '', ...range }), status.INVALID_ARGUMENT, /label/);
      await expectCode(call(srv.store.LabelValues, srv.store, { label: 'job', ...range, matchers: wireMatchers([m(MatchType.RE, 'a', '[')]) }), status.INVALID_ARGUMENT, /regex/);
    });

    test('keepalive pings from the client (every 1 s, also idle) do not drop the connection', async () => {
      const client = storeClient(srv.target, { 'grpc.keepalive_time_ms': 1000, 'grpc.keepalive_timeout_ms': 1000, 'grpc.keepalive_permit_without_calls': 1 });
      try {
        await call(client.LabelNames, client, {});
        const channel = client.getChannel();
        assert.equal(channel.getConnectivityState(false), connectivityState.READY);
        const changed = await new Promise<boolean>((resolve) =>
          channel.watchConnectivityState(connectivityState.READY, Date.now() + 3500, (err) => resolve(!err)),
        );
        assert.equal(changed, false, 'connection stayed READY through 3 idle pings');
      } finally {
        client.close();
      }
    });
  });
}
