// Streamed S3 uploads (src/objstore/s3-upload.ts) against a real moto_server, seen from the wire by
// a recording proxy (test/helpers/fault-proxy.ts): which requests a file becomes, how many bytes
// and which headers each carries; objects are read back straight from the server and compared with
// the files. Also the part plan, and what an abort mid-upload leaves behind (nothing).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { GetObjectCommand, HeadObjectCommand, ListMultipartUploadsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Bucket } from '../../src/objstore/bucket.js';
import { parseObjstoreConfig } from '../../src/objstore/config.js';
import { openBucket } from '../../src/objstore/index.js';
import { MAX_PARTS, planParts } from '../../src/objstore/s3-upload.js';
import { startFaultProxy, type FaultProxy, type RecordedRequest } from '../helpers/fault-proxy.js';
import { rawS3Client, s3ObjstoreYaml, startS3Server, type S3Server } from '../helpers/s3-server.js';

const MiB = 1024 * 1024;
const PART = 5 * MiB;

let server: S3Server;
let raw: S3Client;
let dir: string;
const proxies: FaultProxy[] = [];

before(async () => {
  server = await startS3Server();
  raw = rawS3Client(server);
  dir = await mkdtemp(join(tmpdir(), 's3-multipart-'));
});
after(async () => {
  for (const p of proxies) await p.close();
  raw?.destroy();
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function proxy(delayMs = 0): Promise<FaultProxy> {
  const p = await startFaultProxy({ upstream: server.endpoint, delayMs: () => delayMs });
  proxies.push(p);
  return p;
}

async function open(bucket: string, endpoint: string, background: boolean): Promise<Bucket> {
  const cfg = parseObjstoreConfig(s3ObjstoreYaml(server, bucket, { endpoint, partSize: PART }));
  assert.ok(cfg);
  return openBucket(cfg, { uploadConcurrency: 2, ...(background ? { backgroundNice: 19 } : {}) });
}

async function file(name: string, size: number): Promise<{ path: string; sha: string }> {
  const bytes = randomBytes(size);
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { path, sha: createHash('sha256').update(bytes).digest('hex') };
}

async function serverSha(bucket: string, key: string): Promise<string> {
  const r = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return createHash('sha256').update(await r.Body!.transformToByteArray()).digest('hex');
}

async function openUploads(bucket: string): Promise<string[]> {
  const r = await raw.send(new ListMultipartUploadsCommand({ Bucket: bucket }));
  return (r.Uploads ?? []).map((u) => `${u.Key} ${u.UploadId}`);
}

const ops = (p: FaultProxy, key: string, op: RecordedRequest['op']) => p.requests.filter((r) => r.key === key && r.op === op);
const partNumber = (r: RecordedRequest) => Number(new URLSearchParams(r.query).get('partNumber'));

describe('S3 streamed uploads', () => {
  test('part plan: part_size parts, the last one short; a file needing more than 10,000 parts gets larger parts', () => {
    const plan = (size: number, part: number) => planParts(size, part).map((p) => [p.number, p.start, p.end]);
    assert.deepEqual(plan(3 * PART + 7, PART), [
      [1, 0, PART],
      [2, PART, 2 * PART],
      [3, 2 * PART, 3 * PART],
      [4, 3 * PART, 3 * PART + 7],
    ]);
    assert.deepEqual(plan(PART, PART), [[1, 0, PART]]);
    const size = MAX_PARTS * PART + 1;
    const big = planParts(size, PART);
    assert.ok(big.length <= MAX_PARTS, `${big.length} parts`);
    assert.ok(big[0].end - big[0].start > PART, 'parts grew');
    assert.equal(big[big.length - 1].end, size);
    assert.ok(big.every((p, i) => p.start === (i === 0 ? 0 : big[i - 1].end) && p.number === i + 1), 'contiguous, numbered from 1');
  });

  test('objects byte-identical: several parts with a short last one, exactly part_size, just below it, empty; multipart from part_size up; no checksums on the wire', async () => {
    const name = await server.createBucket(`shapes-${randomBytes(4).toString('hex')}`);
    const p = await proxy();
    const b = await open(name, p.endpoint, false);
    const shapes = {
      several: await file('several', 3 * PART + 12_345),
      exact: await file('exact', PART),
      below: await file('below', PART - 1),
      empty: await file('empty', 0),
    };
    try {
      for (const [key, f] of Object.entries(shapes)) await b.uploadFile(`blk/${key}`, f.path);
    } finally {
      await b.close();
    }
    for (const [key, f] of Object.entries(shapes)) assert.equal(await serverSha(name, `blk/${key}`), f.sha, `blk/${key} byte-identical`);

    // several: four parts in order of their numbers, part_size bytes each but the short last one.
    const parts = ops(p, 'blk/several', 'UploadPart').filter((r) => r.status === 200).sort((x, y) => partNumber(x) - partNumber(y));
    assert.deepEqual(parts.map((r) => [partNumber(r), r.bytesIn, Number(r.headers['content-length'])]), [
      [1, PART, PART],
      [2, PART, PART],
      [3, PART, PART],
      [4, 12_345, 12_345],
    ]);
    assert.equal(ops(p, 'blk/several', 'CreateMultipartUpload').length, 1);
    assert.equal(ops(p, 'blk/several', 'CompleteMultipartUpload').length, 1);
    // exact: a one-part multipart upload (minio-go: PutObject only below part_size).
    assert.deepEqual(ops(p, 'blk/exact', 'UploadPart').map((r) => r.bytesIn), [PART]);
    assert.equal(ops(p, 'blk/exact', 'PutObject').length, 0);
    // below and empty: one PutObject each, no multipart.
    for (const [key, size] of [['below', PART - 1], ['empty', 0]] as const) {
      assert.deepEqual(ops(p, `blk/${key}`, 'PutObject').map((r) => r.bytesIn), [size], key);
      assert.equal(ops(p, `blk/${key}`, 'CreateMultipartUpload').length, 0, key);
    }
    // What non-AWS servers reject: flexible checksums and aws-chunked bodies (checksums WHEN_REQUIRED).
    const writes = p.requests.filter((r) => r.method === 'PUT' || r.method === 'POST');
    for (const r of writes) {
      const names = Object.keys(r.headers);
      assert.deepEqual(names.filter((h) => h.startsWith('x-amz-checksum') || h === 'x-amz-sdk-checksum-algorithm' || h === 'x-amz-trailer'), [], `${r.op} ${r.key}`);
      assert.ok(!String(r.headers['content-encoding'] ?? '').includes('aws-chunked'), `${r.op} ${r.key}: not aws-chunked`);
      assert.ok(!String(r.headers['x-amz-content-sha256'] ?? '').startsWith('STREAMING'), `${r.op} ${r.key}: not a streaming signature`);
    }
    assert.deepEqual(await openUploads(name), []);
  });

  for (const background of [false, true]) {
    const where = background ? 'on the upload thread' : 'on this thread';
    test(`abort mid-upload ${where}: AbortError; no object and no multipart upload left, though parts had been stored`, async () => {
      const name = await server.createBucket(`abort-${randomBytes(4).toString('hex')}`);
      // Every request held 150 ms by the proxy, so the abort lands with parts stored and parts in flight.
      const p = await proxy(150);
      const b = await open(name, p.endpoint, background);
      const f = await file(`abort-${background}`, 4 * PART);
      const ac = new AbortController();
      let partsSeen = 0;
      // Part 3 starts only once part 1 or 2 is stored (two in flight): abort when it arrives.
      const off = p.onRequest((r) => {
        if (r.op === 'UploadPart' && ++partsSeen === 3) ac.abort();
      });
      try {
        await assert.rejects(b.uploadFile('blk/chunks/000001', f.path, ac.signal), (e: unknown) => (e as Error).name === 'AbortError');
      } finally {
        off();
        // The upload thread's close() waits for its aborted uploads to clean up on the server.
        await b.close();
      }
      const key = 'blk/chunks/000001';
      assert.ok(ops(p, key, 'UploadPart').some((r) => r.status === 200), 'a part was stored before the abort');
      assert.deepEqual(ops(p, key, 'AbortMultipartUpload').map((r) => r.status), [204], 'the multipart upload was aborted on the server');
      assert.equal(ops(p, key, 'CompleteMultipartUpload').length, 0);
      await assert.rejects(raw.send(new HeadObjectCommand({ Bucket: name, Key: key })), (e: unknown) => (e as Error).name === 'NotFound', 'no object');
      assert.deepEqual(await openUploads(name), [], 'no multipart upload left');
    });
  }
});
