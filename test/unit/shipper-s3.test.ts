// The shipper against a real S3-compatible server (moto_server by default; MinIO with
// STOREAPI_S3_SERVER=minio), with the guarantees the FILESYSTEM suite (shipper.test.ts) proves,
// checked from the server's side: a recording proxy (test/helpers/fault-proxy.ts) sits between the
// shipper and the server and logs every PutObject / UploadPart / CompleteMultipartUpload with the
// moment the server got it and answered it. Objects are read back straight from the server (not
// through our bucket code) and compared byte for byte with the local files.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Bucket } from '../../src/objstore/bucket.js';
import { parseObjstoreConfig } from '../../src/objstore/config.js';
import { openBucket, QueryActivity } from '../../src/objstore/index.js';
import { registry } from '../../src/observability/metrics.js';
import { DEFAULT_META_FILE_NAME } from '../../src/shipper/meta-file.js';
import { Shipper, type BlockOutcome, type ShipperLogger } from '../../src/shipper/shipper.js';
import { planBlockUpload } from '../../src/shipper/thanos-meta.js';
import { objectWrites, seededRandom, startFaultProxy, type Fault, type FaultProxy, type RecordedRequest } from '../helpers/fault-proxy.js';
import { copyBlockAs, generatedBlock, testUlid } from '../helpers/generated-block.js';
import { rawS3Client, startS3Server, type S3Server } from '../helpers/s3-server.js';
import { EDGE, sleep, tempTsdb } from '../helpers/shipper-buckets.js';
import { edgeBlocks } from '../helpers/tools.js';

const MiB = 1024 * 1024;
const PART = 5 * MiB;
const LABELS = { replica: 'a', cluster: 'eu-1' };
/** 20k series: a 31 MB chunk segment, i.e. a 7-part multipart upload at part_size 5 MiB. */
const BIG_SERIES = 20_000;

let server: S3Server;
let raw: S3Client;
const scratch: string[] = [];
const proxies: FaultProxy[] = [];

before(async () => {
  server = await startS3Server();
  raw = rawS3Client(server);
});
after(async () => {
  for (const p of proxies) await p.close();
  raw?.destroy();
  await server?.stop();
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(d);
  return d;
}

function tsdbWithEdge(only?: string[]): string {
  const d = tempTsdb(only);
  scratch.push(d);
  return d;
}

async function proxy(opts: Partial<Parameters<typeof startFaultProxy>[0]> = {}): Promise<FaultProxy> {
  const p = await startFaultProxy({ upstream: server.endpoint, ...opts });
  proxies.push(p);
  return p;
}

function yamlFor(bucket: string, endpoint: string, extra: string[] = []): string {
  return [
    'type: S3',
    'config:',
    `  bucket: ${bucket}`,
    `  endpoint: ${endpoint}`,
    `  access_key: ${server.accessKey}`,
    `  secret_key: ${server.secretKey}`,
    `  region: ${server.region}`,
    '  insecure: true',
    `  part_size: ${PART}`,
    ...extra,
  ].join('\n');
}

async function openVia(bucket: string, endpoint: string, extra: string[] = [], queries?: { activity: QueryActivity; rate: number }): Promise<Bucket> {
  const cfg = parseObjstoreConfig(yamlFor(bucket, endpoint, extra));
  assert.ok(cfg);
  // As the sidecar opens it: uploads on the background thread at nice 19 (yielding to queries when
  // given their counter).
  return openBucket(cfg, { uploadConcurrency: 2, backgroundNice: 19, ...(queries ? { queryActivity: queries.activity, uploadRateWhileServing: queries.rate } : {}) });
}

async function newBucket(kind: string): Promise<string> {
  return server.createBucket(`${kind}-${randomBytes(4).toString('hex')}`);
}

const quietLog: ShipperLogger = { info: () => {}, warn: () => {}, error: () => {} };

function actions(outcomes: BlockOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.map((o) => [o.ulid, o.action]));
}

async function listAll(bucket: string, prefix = ''): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let token: string | undefined;
  do {
    const r = await raw.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
    for (const o of r.Contents ?? []) out.set(o.Key!, o.Size ?? 0);
    token = r.IsTruncated ? r.NextContinuationToken : undefined;
  } while (token);
  return out;
}

async function objectBytes(bucket: string, key: string): Promise<Buffer> {
  const r = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

async function objectSha(bucket: string, key: string): Promise<string> {
  const r = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const h = createHash('sha256');
  for await (const c of r.Body as Readable) h.update(c as Buffer);
  return h.digest('hex');
}

const fileShas = new Map<string, string>();
async function fileSha(path: string): Promise<string> {
  const key = `${path}:${statSync(path).ino}`;
  const known = fileShas.get(key);
  if (known) return known;
  const h = createHash('sha256');
  for await (const c of createReadStream(path)) h.update(c as Buffer);
  const sum = h.digest('hex');
  fileShas.set(key, sum);
  return sum;
}

/** The files the shipper must upload for a block (chunks/*, index), relative paths. */
function blockFiles(dir: string): string[] {
  return [...readdirSync(join(dir, 'chunks')).sort().map((n) => `chunks/${n}`), 'index'];
}

/** The block's objects on the server equal the local files; meta.json is the exact planned bytes. */
async function assertShippedExactly(bucket: string, dir: string, labels: Record<string, string>): Promise<void> {
  const ulid = dir.split('/').pop()!;
  const keys = await listAll(bucket, `${ulid}/`);
  const want = [...blockFiles(dir), 'meta.json'].map((f) => `${ulid}/${f}`).sort();
  assert.deepEqual([...keys.keys()].sort(), want, `${ulid}: exactly chunks/*, index and meta.json (no tombstones)`);
  for (const f of blockFiles(dir)) {
    assert.equal(await objectSha(bucket, `${ulid}/${f}`), await fileSha(join(dir, f)), `${ulid}/${f} byte-identical`);
  }
  const meta = (await objectBytes(bucket, `${ulid}/meta.json`)).toString('utf8');
  assert.equal(meta, planBlockUpload({ dir, externalLabels: labels, source: 'sidecar' }).metaJson, `${ulid}/meta.json`);
}

/**
 * Server-side order for one block: the first meta.json that reached the server arrived after every
 * other object of the block had been completely written (PutObject or CompleteMultipartUpload
 * answered 2xx), and no object of the block was written after it. Every meta.json the server
 * stored for the block carries the same bytes.
 */
function assertMetaLast(requests: RecordedRequest[], dir: string): void {
  const ulid = dir.split('/').pop()!;
  const writes = objectWrites(requests).filter((r) => r.key.startsWith(`${ulid}/`));
  const metas = writes.filter((r) => r.key === `${ulid}/meta.json`).sort((a, b) => a.forwardedSeq! - b.forwardedSeq!);
  assert.ok(metas.length >= 1, `${ulid}: meta.json written`);
  const first = metas[0];
  for (const f of blockFiles(dir)) {
    const done = writes.filter((w) => w.key === `${ulid}/${f}` && w.doneSeq! < first.forwardedSeq!);
    assert.ok(done.length >= 1, `${ulid}/${f} complete on the server before meta.json arrived`);
  }
  const lateData = requests.filter(
    (r) => r.key.startsWith(`${ulid}/`) && r.key !== `${ulid}/meta.json` && r.forwardedSeq !== undefined && r.forwardedSeq > first.forwardedSeq! && r.method !== 'GET' && r.method !== 'HEAD',
  );
  assert.deepEqual(lateData.map((r) => `${r.op} ${r.key}`), [], `${ulid}: nothing of the block written after meta.json`);
  assert.equal(new Set(metas.map((m) => m.bodySha256)).size, 1, `${ulid}: every stored meta.json has the same bytes`);
}

async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) return 0;
  const hit = (await m.get()).values.find((v) => Object.entries(labels).every(([k, val]) => String(v.labels[k]) === val));
  return hit?.value ?? 0;
}

function blockDirs(tsdb: string): string[] {
  return readdirSync(tsdb)
    .filter((n) => /^[0-9A-Z]{26}$/.test(n) && existsSync(join(tsdb, n, 'meta.json')))
    .map((n) => join(tsdb, n));
}

/** Upload order the shipper promises: minTime, then ULID. */
function uploadOrder(dirs: string[]): string[] {
  const metas = dirs.map((d) => JSON.parse(readFileSync(join(d, 'meta.json'), 'utf8')) as { ulid: string; minTime: number });
  return metas.sort((a, b) => a.minTime - b.minTime || (a.ulid < b.ulid ? -1 : 1)).map((m) => m.ulid);
}

describe(`shipper on S3 (${process.env.STOREAPI_S3_SERVER ?? 'moto'})`, () => {
  let bucket: string;
  let tsdb: string;
  let rec: FaultProxy;
  let bigUlid: string;

  it('uploads block after block, chunks then index then meta.json last (seen by the server); objects byte-identical; multipart for big files', async () => {
    bucket = await newBucket('order');
    tsdb = tsdbWithEdge();
    // A real 20k-series block (31 MB chunk segment) one hour after the edge blocks' start.
    const big = generatedBlock(BIG_SERIES);
    const bigMeta = JSON.parse(readFileSync(join(big, 'meta.json'), 'utf8'));
    bigUlid = testUlid(bigMeta.maxTime, 1);
    copyBlockAs(big, tsdb, bigUlid, (m) => {
      m.minTime += 3_600_000;
      m.maxTime += 3_600_000;
    });
    rec = await proxy();
    const b = await openVia(bucket, rec.endpoint);
    const uploadsBefore = await metric('thanos_shipper_uploads_total');
    const localBefore = Object.fromEntries(blockDirs(tsdb).map((d) => [d, readFileSync(join(d, 'meta.json'), 'utf8')]));
    try {
      const r = await new Shipper({ tsdbPath: tsdb, bucket: b, externalLabels: () => LABELS, logger: quietLog }).sync();
      assert.equal(r.error, undefined);
      assert.ok(r.outcomes.every((o) => o.action === 'uploaded'), JSON.stringify(actions(r.outcomes)));
      assert.equal(r.outcomes.length, 5);
      assert.equal((await metric('thanos_shipper_uploads_total')) - uploadsBefore, 5);
    } finally {
      await b.close();
    }

    const dirs = blockDirs(tsdb);
    const order = uploadOrder(dirs);
    // Blocks one after another in upload order: each block's first write reaches the server after
    // the previous block's meta.json was stored.
    const writes = rec.requests.filter((r) => r.method === 'PUT' || r.method === 'POST');
    const blockOf = (r: RecordedRequest) => r.key.split('/')[0];
    const firstSeen = order.map((u) => writes.find((w) => blockOf(w) === u)!.arrivedSeq);
    assert.deepEqual([...firstSeen].sort((x, y) => x - y), firstSeen, 'blocks start in upload order');
    for (let i = 1; i < order.length; i++) {
      const prevMeta = objectWrites(rec.requests).find((w) => w.key === `${order[i - 1]}/meta.json`)!;
      const next = writes.filter((w) => blockOf(w) === order[i]);
      assert.ok(next.every((w) => w.arrivedSeq > prevMeta.doneSeq!), `${order[i]} starts after ${order[i - 1]} is complete`);
    }
    for (const d of dirs) {
      assertMetaLast(rec.requests, d);
      await assertShippedExactly(bucket, d, LABELS);
      assert.equal(readFileSync(join(d, 'meta.json'), 'utf8'), localBefore[d], 'local meta.json untouched');
    }

    // The 31 MB segment went up as a multipart upload of ceil(size / 5 MiB) parts; the small files
    // (edge blocks, the 2.6 MB index) as single PutObjects.
    const segKey = `${bigUlid}/chunks/000001`;
    const segSize = statSync(join(tsdb, bigUlid, 'chunks', '000001')).size;
    const ops = (key: string, op: string) => rec.requests.filter((r) => r.key === key && r.op === op);
    assert.equal(ops(segKey, 'CreateMultipartUpload').length, 1);
    assert.equal(ops(segKey, 'UploadPart').length, Math.ceil(segSize / PART));
    assert.equal(ops(segKey, 'CompleteMultipartUpload').length, 1);
    assert.equal(ops(segKey, 'PutObject').length, 0);
    assert.ok(ops(segKey, 'UploadPart').every((p) => p.bytesIn <= PART + 64 * 1024), 'parts are part_size bytes');
    assert.equal(ops(`${bigUlid}/index`, 'PutObject').length, 1);
    const mpu = await raw.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
    assert.equal((mpu.Uploads ?? []).length, 0, 'no multipart upload left open');
  });

  it('idempotent across restarts: a restarted shipper writes nothing; with the state file lost it only looks', async () => {
    assert.ok(tsdb && rec, 'runs after the upload test');
    const from = rec.requests.length;
    const b = await openVia(bucket, rec.endpoint);
    try {
      const r1 = await new Shipper({ tsdbPath: tsdb, bucket: b, externalLabels: () => LABELS, logger: quietLog }).sync();
      assert.deepEqual(r1.outcomes, []);
      assert.deepEqual(rec.since(from).map((r) => r.op), [], 'state file says all shipped: not even a HEAD');

      rmSync(join(tsdb, DEFAULT_META_FILE_NAME));
      const r2 = await new Shipper({ tsdbPath: tsdb, bucket: b, externalLabels: () => LABELS, logger: quietLog }).sync();
      assert.ok(r2.outcomes.length === 5 && r2.outcomes.every((o) => o.action === 'in-bucket'), JSON.stringify(actions(r2.outcomes)));
      const ops = new Set(rec.since(from).map((r) => r.op));
      assert.deepEqual([...ops], ['HeadObject'], 'only existence checks, no writes');
      assert.deepEqual(JSON.parse(readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8')).uploaded, uploadOrder(blockDirs(tsdb)));
    } finally {
      await b.close();
    }
    // The objects did not change.
    for (const d of blockDirs(tsdb)) await assertShippedExactly(bucket, d, LABELS);
  });

  it('level-2 blocks: left alone without --shipper.upload-compacted, shipped with it; sources then covered', async () => {
    const L2 = testUlid(1_700_100_000_000, 2);
    const name = await newBucket('compacted');
    const t = tsdbWithEdge([EDGE.a, EDGE.b, EDGE.c]);
    copyBlockAs(join(edgeBlocks, EDGE.b), t, L2, (m) => {
      m.minTime = 1699999200000; // covers a and b
      m.compaction = { level: 2, sources: [EDGE.a, EDGE.b] };
    });
    const p = await proxy();
    const b = await openVia(name, p.endpoint);
    try {
      // Without the flag: the level-1 blocks go, the level-2 block is never touched.
      const r1 = await new Shipper({ tsdbPath: t, bucket: b, externalLabels: () => LABELS, logger: quietLog }).sync();
      assert.deepEqual(actions(r1.outcomes), { [EDGE.a]: 'uploaded', [EDGE.b]: 'uploaded', [EDGE.c]: 'uploaded' });
      assert.deepEqual(p.requests.filter((r) => r.key.startsWith(`${L2}/`)), [], 'no request about the level-2 block');

      // A fresh TSDB with the flag: the compacted block goes first and its sources are covered.
      const name2 = await newBucket('compacted2');
      const t2 = tsdbWithEdge([EDGE.a, EDGE.b, EDGE.c]);
      copyBlockAs(join(edgeBlocks, EDGE.b), t2, L2, (m) => {
        m.minTime = 1699999200000;
        m.compaction = { level: 2, sources: [EDGE.a, EDGE.b] };
      });
      const b2 = await openVia(name2, p.endpoint);
      try {
        const from = p.requests.length;
        const r2 = await new Shipper({ tsdbPath: t2, bucket: b2, externalLabels: () => LABELS, logger: quietLog, uploadCompacted: true }).sync();
        assert.deepEqual(actions(r2.outcomes), { [L2]: 'uploaded', [EDGE.a]: 'covered', [EDGE.b]: 'covered', [EDGE.c]: 'uploaded' });
        const keys = [...(await listAll(name2)).keys()];
        assert.deepEqual([...new Set(keys.map((k) => k.split('/')[0]))].sort(), [L2, EDGE.c].sort(), 'sources not uploaded');
        await assertShippedExactly(name2, join(t2, L2), LABELS);
        assert.equal(JSON.parse((await objectBytes(name2, `${L2}/meta.json`)).toString()).compaction.level, 2);
        assertMetaLast(p.since(from), join(t2, L2));
        assert.equal(await metric('thanos_shipper_upload_compacted_done'), 1);

        // The first bucket, now with the flag: its sources are already shipped, so it is covered.
        const r3 = await new Shipper({ tsdbPath: t, bucket: b, externalLabels: () => LABELS, logger: quietLog, uploadCompacted: true }).sync();
        assert.deepEqual(actions(r3.outcomes), { [L2]: 'covered' });
        assert.equal((await listAll(name, `${L2}/`)).size, 0);
      } finally {
        await b2.close();
      }
    } finally {
      await b.close();
    }
  });
});

describe(`shipper on S3: crash safety (${process.env.STOREAPI_S3_SERVER ?? 'moto'})`, () => {
  it('kill -9 at random points during uploads ≥ 20 times: never a meta.json without its files, every block shipped exactly once', async () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'shipper-child-s3.js');
    const rand = seededRandom(20_251_125);
    const name = await newBucket('crash');
    const p = await proxy({ delayMs: () => 2 + rand() * 20 });
    const dir = temp('shipper-s3-crash-');
    const config = join(dir, 'objstore.yml');
    writeFileSync(config, yamlFor(name, p.endpoint, ['  max_retries: 3']));
    const journal = join(dir, 'journal');
    writeFileSync(journal, '');
    const tsdb = tsdbWithEdge();
    const big = generatedBlock(BIG_SERIES);
    let n = 0;
    const addBig = () => copyBlockAs(big, tsdb, testUlid(1_700_200_000_000 + n, ++n));
    const addSmall = (from: string) => copyBlockAs(join(edgeBlocks, from), tsdb, testUlid(1_700_200_000_000 + n, ++n));
    addBig();
    addBig();

    let kills = 0;
    let runs = 0;
    let killsMidMultipart = 0;
    let killsWithPartialBlock = 0;
    let openUploads = 0;
    const checkBucket = async (): Promise<number> => {
      const objects = await listAll(name);
      const byBlock = new Map<string, string[]>();
      for (const k of objects.keys()) byBlock.set(k.split('/')[0], [...(byBlock.get(k.split('/')[0]) ?? []), k]);
      let partial = 0;
      for (const [ulid, keys] of byBlock) {
        if (!keys.includes(`${ulid}/meta.json`)) {
          partial++;
          continue;
        }
        const m = JSON.parse((await objectBytes(name, `${ulid}/meta.json`)).toString('utf8'));
        for (const f of m.thanos.files as { rel_path: string; size_bytes?: number }[]) {
          if (f.rel_path === 'meta.json') continue;
          assert.ok(objects.has(`${ulid}/${f.rel_path}`), `${ulid}/meta.json in the bucket but ${f.rel_path} missing`);
          assert.equal(objects.get(`${ulid}/${f.rel_path}`), f.size_bytes, `${ulid}/${f.rel_path} size`);
        }
      }
      // What Prometheus's delay-compact file relies on: every block listed is complete in the bucket.
      const stateFile = join(tsdb, DEFAULT_META_FILE_NAME);
      if (existsSync(stateFile)) {
        for (const u of JSON.parse(readFileSync(stateFile, 'utf8')).uploaded as string[]) {
          assert.ok(objects.has(`${u}/meta.json`), `${u} in ${DEFAULT_META_FILE_NAME} but not in the bucket`);
        }
      }
      return partial;
    };

    for (;;) {
      assert.ok(runs < 120, 'converges');
      runs++;
      const finalRun = kills >= 20;
      // Prometheus keeps cutting blocks: new ones appear between restarts (a big one now and then).
      if (!finalRun) {
        if (runs % 5 === 0) addBig();
        else addSmall(Object.values(EDGE)[runs % 4]);
      }
      const proc = spawn(process.execPath, [child, tsdb, config, journal], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      proc.stderr.on('data', (d) => (stderr += d));
      // Kill once the proxy has seen a random number of this run's requests, plus a few ms.
      const killAt = 1 + Math.floor(rand() * 25);
      let seen = 0;
      let timer: NodeJS.Timeout | undefined;
      const off = p.onRequest(() => {
        if (++seen === killAt && !finalRun) timer = setTimeout(() => proc.kill('SIGKILL'), rand() * 15);
      });
      const [code, signal] = await new Promise<[number | null, string | null]>((r) => proc.on('exit', (c, s) => r([c, s])));
      off();
      clearTimeout(timer);
      if (signal === 'SIGKILL') kills++;
      else assert.equal(code, 0, stderr);
      const partial = await checkBucket();
      if (signal === 'SIGKILL') {
        if (partial > 0) killsWithPartialBlock++;
        const open = ((await raw.send(new ListMultipartUploadsCommand({ Bucket: name }))).Uploads ?? []).length;
        if (open > openUploads) killsMidMultipart++;
        openUploads = open;
      }
      if (finalRun && readFileSync(journal, 'utf8').includes('DONE')) break;
    }

    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('DUPLICATE')), [], 'no meta.json uploaded over an existing one');
    const dirs = blockDirs(tsdb);
    const metaStores = objectWrites(p.requests).filter((r) => r.key.endsWith('/meta.json'));
    for (const d of dirs) {
      const ulid = d.split('/').pop()!;
      assert.equal(metaStores.filter((r) => r.key === `${ulid}/meta.json`).length, 1, `${ulid}: meta.json stored exactly once by the server`);
      await assertShippedExactly(name, d, { replica: 'crash-s3' });
    }
    assert.deepEqual(JSON.parse(readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8')).uploaded, uploadOrder(dirs));
    assert.deepEqual(existsSync(join(tsdb, 'thanos', 'upload')) ? readdirSync(join(tsdb, 'thanos', 'upload')) : [], []);
    console.log(
      `# S3 crash test: ${kills} kills in ${runs} runs, ${dirs.length} blocks; kills leaving a partial block ${killsWithPartialBlock}, kills mid-multipart ${killsMidMultipart}; multipart uploads left open by kill -9: ${openUploads}`,
    );
    assert.ok(kills >= 20);
    assert.ok(killsWithPartialBlock > 0, 'some kills landed mid-block');
    assert.ok(killsMidMultipart > 0, 'some kills landed mid-multipart');
  });
});

const uploadIdOf = (r: RecordedRequest) => new URLSearchParams(r.query).get('uploadId') ?? '';

describe(`shipper on S3: faults (${process.env.STOREAPI_S3_SERVER ?? 'moto'})`, () => {
  it('500/503, resets, stalls and lost responses on a seeded schedule, queries running: every block shipped, parts retried alone, nothing lost or left open, meta.json last, failures counted', async () => {
    const name = await newBucket('faults');
    const tsdb = tsdbWithEdge();
    copyBlockAs(generatedBlock(BIG_SERIES), tsdb, testUlid(1_700_300_000_000, 1), (m) => {
      m.minTime += 1_800_000;
      m.maxTime += 1_800_000;
    });
    // Aimed at the streamed multipart upload of the big segment after the outage: each fault kind
    // once on one of its parts, whose retries (ours, re-reading the part's range) are then spared by
    // the schedule; and the answer to the first Complete lost (stored on the server, a reset for the
    // client: the retried Complete finds no upload, the block is tried again).
    const aimed = new Map<string, Fault>([['2', 'reset'], ['3', 'stall'], ['4', '500'], ['5', '503']]);
    const aimedAt = new Set<string>();
    const partOf = (r: RecordedRequest) => `${uploadIdOf(r)} ${new URLSearchParams(r.query).get('partNumber')}`;
    let completeLost = false;
    // 503 outage of 8 consecutive requests after the 12th: longer than the SDK's 3 attempts, so a
    // block fails as a whole and the shipper's own backoff has to bring it home.
    const p = await proxy({
      seed: 7,
      faultRate: 0.12,
      stallMs: 4000,
      force: (r) => {
        if (r.id >= 12 && r.id < 20) return '503';
        if (r.id >= 20 && r.op === 'UploadPart') {
          const n = new URLSearchParams(r.query).get('partNumber') ?? '';
          const fault = aimed.get(n);
          if (fault === undefined || aimedAt.has(partOf(r))) return undefined;
          aimed.delete(n);
          aimedAt.add(partOf(r));
          return fault;
        }
        if (r.op === 'CompleteMultipartUpload' && !completeLost) {
          completeLost = true;
          return 'lost-response';
        }
        return undefined;
      },
      faultable: (r) => !(r.op === 'UploadPart' && aimedAt.has(partOf(r))),
    });
    // A query runs throughout: every byte, retries included, goes through the yield gate.
    const activity = new QueryActivity();
    const leave = activity.enter();
    const b = await openVia(name, p.endpoint, ['  max_retries: 3', '  http_config:', '    response_header_timeout: 1500ms'], { activity, rate: 16 * MiB });
    const before = {
      shipperFailures: await metric('thanos_shipper_upload_failures_total'),
      uploads: await metric('thanos_shipper_uploads_total'),
      opFailures: await objstoreFailures(name),
    };
    const s = new Shipper({ tsdbPath: tsdb, bucket: b, externalLabels: () => LABELS, logger: quietLog, backoffBaseMs: 20, backoffMaxMs: 200 });
    const started = Date.now();
    const outcomes: BlockOutcome[] = [];
    try {
      for (;;) {
        assert.ok(Date.now() - started < 240_000, `converges; outcomes so far ${JSON.stringify(outcomes.map((o) => o.action))}`);
        const r = await s.sync();
        outcomes.push(...r.outcomes);
        const done = JSON.parse(readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8')).uploaded as string[];
        if (done.length === blockDirs(tsdb).length) break;
        await sleep(Math.max(5, (s.nextRetryAt() ?? Date.now()) - Date.now()));
      }
    } finally {
      leave();
      await b.close();
    }
    for (const d of blockDirs(tsdb)) {
      assertMetaLast(p.requests, d);
      await assertShippedExactly(name, d, LABELS);
    }
    // Parts retried alone: a faulted part of a multipart upload that completed was stored in that
    // same upload, so the file was not started over. And every upload that did not complete was
    // aborted on the server.
    const completed = new Set(p.requests.filter((r) => r.op === 'CompleteMultipartUpload' && r.status === 200).map(uploadIdOf));
    assert.equal(aimed.size, 0, 'every aimed part fault was injected');
    const retriedAlone = [...aimedAt].filter((part) => completed.has(part.split(' ')[0]) && p.requests.some((r) => r.op === 'UploadPart' && partOf(r) === part && r.status === 200));
    assert.ok(retriedAlone.length > 0, `a faulted part stored by a retry within its own upload, which completed: ${JSON.stringify([...aimedAt])}`);
    const aborted = new Set(p.requests.filter((r) => r.op === 'AbortMultipartUpload' && (r.status === 204 || r.status === 404)).map(uploadIdOf));
    const begun = new Set(p.requests.filter((r) => r.op === 'UploadPart' || r.op === 'CompleteMultipartUpload').map(uploadIdOf));
    const open = [...begun].filter((id) => !completed.has(id) && !aborted.has(id));
    assert.deepEqual(open, [], `multipart uploads neither completed nor aborted: ${JSON.stringify(p.requests.filter((r) => open.includes(uploadIdOf(r))).map((r) => [r.id, r.op, r.query.slice(0, 20), r.status, r.fault]))}`);
    const failed = outcomes.filter((o) => o.action === 'failed').length;
    const after = {
      shipperFailures: (await metric('thanos_shipper_upload_failures_total')) - before.shipperFailures,
      uploads: (await metric('thanos_shipper_uploads_total')) - before.uploads,
      opFailures: (await objstoreFailures(name)) - before.opFailures,
    };
    console.log(
      `# S3 faults: ${p.requests.length} requests, injected ${JSON.stringify(p.faultCounts)}; block attempts failed ${failed}; thanos_shipper_upload_failures_total +${after.shipperFailures}, thanos_objstore_bucket_operation_failures_total +${after.opFailures}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const [kind, n] of Object.entries(p.faultCounts)) assert.ok(n > 0, `fault ${kind} injected`);
    assert.ok(failed > 0, 'at least one block attempt failed as a whole');
    assert.equal(after.shipperFailures, failed, 'thanos_shipper_upload_failures_total counts failed block attempts');
    assert.equal(after.uploads, blockDirs(tsdb).length, 'each block counted uploaded once');
    assert.ok(after.opFailures > 0, 'objstore operation failures counted');
    const mpu = await raw.send(new ListMultipartUploadsCommand({ Bucket: name }));
    assert.equal((mpu.Uploads ?? []).length, 0, 'failed multipart uploads were aborted');
  });
});

async function objstoreFailures(bucket: string): Promise<number> {
  let n = 0;
  for (const op of ['iter', 'get', 'exists', 'upload', 'delete', 'attributes']) {
    n += await metric('thanos_objstore_bucket_operation_failures_total', { bucket, operation: op });
  }
  return n;
}
