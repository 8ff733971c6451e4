// Uploads yield to queries (src/objstore/query-activity.ts, upload-gate.ts): while the Series
// counter is above zero an upload goes at the floor rate, and also across the short gaps between
// back-to-back calls; with no call it goes at full speed, and the last query ending lets the rest
// go once the quiet period (QUIET_MS) is over. Run on the FILESYSTEM bucket on this thread and on S3
// (moto_server, behind a recording proxy) on the upload thread, where the counter crosses threads
// as shared memory, as in the sidecar.
//
// The wall-time checks are functional properties of the gate, not speed benchmarks: a throttled
// transfer's lower bound (60 % of size ÷ floor) cannot be met by a slow machine, only by a gate
// that works; the full-speed bounds are half the throttled time, with a transfer that takes well
// under a tenth of it when nothing holds it back. On the wire, the bytes the server has received
// never exceed what the floor allows since the start, so the gate stops bytes, not just reads.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import Long from 'long';
import { GetObjectCommand, ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Bucket } from '../../src/objstore/bucket.js';
import { parseObjstoreConfig } from '../../src/objstore/config.js';
import { openBucket, QueryActivity, type BackgroundStatus } from '../../src/objstore/index.js';
import { QUIET_MS } from '../../src/objstore/upload-gate.js';
import { MatchType } from '../../src/engine/engine.js';
import { sidecarConfig, sidecarHelp } from '../../src/flags.js';
import { startSidecar } from '../../src/sidecar.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { storeClient } from '../helpers/grpc.js';
import { rawS3Client, s3ObjstoreYaml, startS3Server, type S3Server } from '../helpers/s3-server.js';
import { tempTsdb } from '../helpers/shipper-buckets.js';

const MiB = 1024 * 1024;
/** The floor in these tests: 1 MiB/s, so a 6 MiB file takes about 5 s held (the first MiB is the burst). */
const FLOOR = MiB;
const SIZE = 6 * MiB;
const THROTTLED_S = SIZE / FLOOR;

let server: S3Server;
let raw: S3Client;
let dir: string;
let source: { path: string; bytes: Buffer };
const proxies: FaultProxy[] = [];

before(async () => {
  server = await startS3Server();
  raw = rawS3Client(server);
  dir = await mkdtemp(join(tmpdir(), 'upload-yield-'));
  const bytes = randomBytes(SIZE);
  source = { path: join(dir, 'segment'), bytes };
  await writeFile(source.path, bytes);
});
after(async () => {
  for (const p of proxies) await p.close();
  raw?.destroy();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('QueryActivity', () => {
  test('counts calls in and out (a second leave is a no-op); another thread sees the same count', async () => {
    const a = new QueryActivity();
    const leave1 = a.enter();
    const leave2 = a.enter();
    assert.equal(a.count(), 2);
    leave1();
    leave1();
    assert.equal(a.count(), 1);
    // A worker built from the buffer reads and changes the same cell.
    const seen = await new Promise<number>((resolve, reject) => {
      const w = new Worker(
        `const { parentPort, workerData } = require('node:worker_threads');
         const cell = new Int32Array(workerData);
         const before = Atomics.load(cell, 0);
         Atomics.add(cell, 0, 1);
         parentPort.postMessage(before);`,
        { eval: true, workerData: a.buffer },
      );
      w.once('message', (m: number) => void w.terminate().then(() => resolve(m)));
      w.once('error', reject);
    });
    assert.equal(seen, 1);
    assert.equal(a.count(), 2, 'the worker counted itself in');
    leave2();
    assert.equal(new QueryActivity(a.buffer).count(), 1);
  });

  test('changed(): the last call leaving wakes a waiter at once; otherwise it sleeps out its timeout', async () => {
    const a = new QueryActivity();
    const leave = a.enter();
    let started = performance.now();
    const woken = a.changed(1, 10_000);
    setTimeout(leave, 100);
    await woken;
    const wokeAfter = performance.now() - started;
    assert.ok(wokeAfter < 5_000, `woken after ${wokeAfter.toFixed(0)} ms, not at the 10 s timeout`);
    started = performance.now();
    await a.changed(0, 200);
    assert.ok(performance.now() - started >= 150, 'nothing changed: waited for the timeout');
  });
});

interface Transport {
  kind: string;
  open(activity: QueryActivity, rate: number): Promise<{ bucket: Bucket; check(key: string): Promise<void>; proxy?: FaultProxy; status?: () => BackgroundStatus | undefined }>;
}

const transports: Transport[] = [
  {
    kind: 'FILESYSTEM, this thread',
    async open(activity, rate) {
      const root = await mkdtemp(join(dir, 'fs-'));
      const bucket = await openBucket({ type: 'FILESYSTEM', directory: root, prefix: '', notes: [] }, { queryActivity: activity, uploadRateWhileServing: rate });
      await warmUp(bucket);
      return { bucket, check: async (key) => assert.ok(readFileSync(join(root, key)).equals(source.bytes), `${key} byte-identical`) };
    },
  },
  {
    kind: 'S3, upload thread',
    async open(activity, rate) {
      const name = await server.createBucket(`yield-${randomBytes(4).toString('hex')}`);
      const proxy = await startFaultProxy({ upstream: server.endpoint });
      proxies.push(proxy);
      const cfg = parseObjstoreConfig(s3ObjstoreYaml(server, name, { endpoint: proxy.endpoint, partSize: 5 * MiB }));
      assert.ok(cfg);
      let status: BackgroundStatus | undefined;
      // Nice 0 here, not the sidecar's 19: other test files keep both cores busy, and a starved
      // nice-19 thread (the point in production) would say nothing about the gate.
      const bucket = await openBucket(cfg, { uploadConcurrency: 2, backgroundNice: 0, queryActivity: activity, uploadRateWhileServing: rate, onBackgroundStatus: (s) => (status = s) });
      await warmUp(bucket);
      return {
        bucket,
        proxy,
        status: () => status,
        async check(key) {
          const r = await raw.send(new GetObjectCommand({ Bucket: name, Key: key }));
          const got = createHash('sha256').update(await r.Body!.transformToByteArray()).digest('hex');
          assert.equal(got, createHash('sha256').update(source.bytes).digest('hex'), `${key} byte-identical`);
          assert.deepEqual((await raw.send(new ListMultipartUploadsCommand({ Bucket: name }))).Uploads ?? [], []);
        },
      };
    },
  },
];

/** One small upload first, so the timed ones find the upload thread started and the SDK loaded. */
async function warmUp(bucket: Bucket): Promise<void> {
  const path = join(dir, 'warm-up');
  await writeFile(path, 'warm');
  await bucket.uploadFile('warm-up', path);
}

/** Seconds one uploadFile takes. */
async function timedUpload(bucket: Bucket, key: string): Promise<number> {
  const started = performance.now();
  await bucket.uploadFile(key, source.path);
  return (performance.now() - started) / 1000;
}

for (const t of transports) {
  describe(`yield gate [${t.kind}]`, () => {
    test('a running query holds the upload to the floor (parts in flight share it); it still completes intact', async () => {
      const activity = new QueryActivity();
      const o = await t.open(activity, FLOOR);
      const leave = activity.enter();
      // On S3, what the server has received so far, sampled while the upload runs.
      const samples: { s: number; bytes: number }[] = [];
      const started = performance.now();
      const sampler = setInterval(() => {
        const bytes = (o.proxy?.requests ?? []).filter((r) => r.key !== 'warm-up' && (r.op === 'UploadPart' || r.op === 'PutObject')).reduce((a, r) => a + r.bytesIn, 0);
        samples.push({ s: (performance.now() - started) / 1000, bytes });
      }, 100);
      try {
        const s = await timedUpload(o.bucket, 'blk/chunks/000001');
        assert.ok(s >= 0.6 * THROTTLED_S, `${SIZE / MiB} MiB at a ${FLOOR / MiB} MiB/s floor took ${s.toFixed(2)} s (at least ${(0.6 * THROTTLED_S).toFixed(1)} s expected)`);
        await o.check('blk/chunks/000001');
        if (o.status) assert.equal(o.status()?.yieldRate, FLOOR, 'the upload thread reports the floor it got');
      } finally {
        clearInterval(sampler);
        leave();
        await o.bucket.close();
      }
      if (o.proxy) {
        // The burst (one 1 MiB piece) plus the floor since the start; 64 KiB for headers.
        const over = samples.filter((x) => x.bytes > MiB + FLOOR * x.s + 64 * 1024);
        assert.ok(samples.length >= 10, `${samples.length} samples`);
        assert.deepEqual(over, [], 'the server never received more than the floor allows');
      }
    });

    test('no query running: full speed', async () => {
      const activity = new QueryActivity();
      const o = await t.open(activity, FLOOR);
      try {
        const s = await timedUpload(o.bucket, 'blk/chunks/000002');
        assert.ok(s < 0.5 * THROTTLED_S, `took ${s.toFixed(2)} s with no query running`);
        await o.check('blk/chunks/000002');
      } finally {
        await o.bucket.close();
      }
    });

    test('queries back to back, with gaps of a few ms between them, keep the upload at the floor', async () => {
      const activity = new QueryActivity();
      const o = await t.open(activity, FLOOR);
      // 30 ms calls, 3 ms apart, for as long as the upload runs.
      let running = true;
      const loop = (async () => {
        while (running) {
          const leave = activity.enter();
          await sleep(30);
          leave();
          await sleep(3);
        }
      })();
      try {
        const s = await timedUpload(o.bucket, 'blk/chunks/000005');
        assert.ok(s >= 0.6 * THROTTLED_S, `${SIZE / MiB} MiB took ${s.toFixed(2)} s (at least ${(0.6 * THROTTLED_S).toFixed(1)} s expected)`);
        await o.check('blk/chunks/000005');
      } finally {
        running = false;
        await loop;
        await o.bucket.close();
      }
    });

    test('the last query ending mid-transfer lets the rest go at full speed after the quiet period', async () => {
      const activity = new QueryActivity();
      const o = await t.open(activity, FLOOR);
      const leave = activity.enter();
      setTimeout(leave, 1000);
      try {
        const s = await timedUpload(o.bucket, 'blk/chunks/000003');
        assert.ok(s >= (1000 + QUIET_MS) / 1000 - 0.1, `held while the query ran and for the quiet period after: ${s.toFixed(2)} s`);
        assert.ok(s < 0.6 * THROTTLED_S, `sped up once the query ended: ${s.toFixed(2)} s (held throughout: about ${(THROTTLED_S - 1).toFixed(0)} s)`);
        await o.check('blk/chunks/000003');
      } finally {
        leave();
        await o.bucket.close();
      }
    });

    test('rate 0 never yields, even with a query running', async () => {
      const activity = new QueryActivity();
      const o = await t.open(activity, 0);
      const leave = activity.enter();
      try {
        const s = await timedUpload(o.bucket, 'blk/chunks/000004');
        assert.ok(s < 0.5 * THROTTLED_S, `took ${s.toFixed(2)} s`);
        await o.check('blk/chunks/000004');
        if (o.status) assert.equal(o.status()?.yieldRate, 0);
      } finally {
        leave();
        await o.bucket.close();
      }
    });
  });
}

test('waiting at the floor does not spin: a held upload uses little CPU', async () => {
  const activity = new QueryActivity();
  const root = await mkdtemp(join(dir, 'fs-cpu-'));
  const bucket = await openBucket({ type: 'FILESYSTEM', directory: root, prefix: '', notes: [] }, { queryActivity: activity, uploadRateWhileServing: FLOOR });
  const small = join(dir, 'index');
  await writeFile(small, source.bytes.subarray(0, 3 * MiB));
  const leave = activity.enter();
  const cpu = process.cpuUsage();
  const started = performance.now();
  try {
    await bucket.uploadFile('blk/index', small);
  } finally {
    leave();
    await bucket.close();
  }
  const { user, system } = process.cpuUsage(cpu);
  const wallMs = performance.now() - started;
  const cpuMs = (user + system) / 1000;
  // A busy-wait would burn about one core for the whole wall time.
  assert.ok(wallMs >= 1000, `held: ${wallMs.toFixed(0)} ms`);
  assert.ok(cpuMs < 0.25 * wallMs, `${cpuMs.toFixed(0)} ms of CPU over ${wallMs.toFixed(0)} ms held`);
});

describe('--shipper.upload-rate-while-serving', () => {
  test('default 4 MiB/s; 0 = never yield; a floor below 64 KiB/s or not a number is refused; in --help as ours', () => {
    const base = ['--prometheus.url=', '--external-label=a=b'];
    assert.equal(sidecarConfig(base).uploadRateWhileServing, 4 * MiB);
    assert.equal(sidecarConfig([...base, '--shipper.upload-rate-while-serving=0']).uploadRateWhileServing, 0);
    assert.equal(sidecarConfig([...base, '--shipper.upload-rate-while-serving', '65536']).uploadRateWhileServing, 65536);
    assert.throws(() => sidecarConfig([...base, '--shipper.upload-rate-while-serving=65535']), /must be 0 \(never yield\) or at least 65536 bytes per second/);
    assert.throws(() => sidecarConfig([...base, '--shipper.upload-rate-while-serving=4MiB']), /expected a non-negative integer/);
    const help = sidecarHelp();
    assert.match(help, /--shipper\.upload-rate-while-serving=BYTES\s+\(ours\) Bytes per second/);
    assert.match(help, /\(default 4194304\)/);
  });

  test('the sidecar counts its Series calls and hands the counter and the floor to its upload thread', async () => {
    const tsdb = tempTsdb();
    const bucketDir = await mkdtemp(join(dir, 'sidecar-bucket-'));
    const activity = new QueryActivity();
    const logs: string[] = [];
    const h = await startSidecar(
      [
        '--prometheus.url=',
        `--tsdb.path=${tsdb}`,
        '--grpc-address=127.0.0.1:0',
        '--http-address=127.0.0.1:0',
        '--external-label=replica=a',
        `--objstore.config=type: FILESYSTEM\nconfig:\n  directory: ${bucketDir}\n`,
        '--shipper.upload-rate-while-serving=131072',
        '--query.request-budget=65536',
      ],
      { queryActivity: activity },
      (_level, line) => logs.push(line),
    );
    const client = storeClient(`127.0.0.1:${h.port}`);
    try {
      // The shipper ships the blocks at once, which starts the upload thread.
      for (let i = 0; i < 200 && !logs.some((l) => l.includes('upload thread started')); i++) await sleep(25);
      const started = logs.find((l) => l.includes('upload thread started'));
      assert.ok(started, logs.join('\n'));
      assert.match(started, /upload_rate_while_serving="?131072 B\/s/);
      // A Series call held open by a client that stops reading counts while it runs.
      const stream = client.Series({ minTime: Long.fromNumber(0), maxTime: Long.fromString('9223372036854775807'), matchers: [{ type: MatchType.RE as number, name: '__name__', value: '.+' }] });
      await new Promise((resolve, reject) => stream.once('data', () => resolve(stream.pause())).once('error', reject));
      assert.equal(activity.count(), 1);
      stream.cancel();
      await new Promise((resolve) => stream.on('error', resolve).on('close', resolve));
      for (let i = 0; i < 100 && activity.count() !== 0; i++) await sleep(10);
      assert.equal(activity.count(), 0);
    } finally {
      client.close();
      await h.stop();
      await rm(tsdb, { recursive: true, force: true });
    }
  });
});
