// Object storage: the Thanos objstore YAML, and one conformance table run against the FILESYSTEM
// bucket and against S3 on a real S3-compatible server (moto_server, started here), each both
// in-thread and with uploads on the low-priority upload thread, plus the bucket metrics, a memory
// check for multipart uploads and the upload thread's own contract (priority, abort, close).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { createServer, request } from 'node:http';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BucketError, type Bucket } from '../../src/objstore/bucket.js';
import { expandEnv, loadObjstoreConfig, parseObjstoreConfig, type ObjstoreConfig } from '../../src/objstore/config.js';
import { openBucket, type BackgroundStatus } from '../../src/objstore/index.js';
import { registry } from '../../src/observability/metrics.js';
import { startS3Server, type S3Server } from '../helpers/s3-server.js';

const MiB = 1024 * 1024;

function invalidConfig(yaml: string, pattern: RegExp): void {
  assert.throws(
    () => parseObjstoreConfig(yaml),
    (err: unknown) => {
      assert.ok(err instanceof BucketError, `expected BucketError, got ${String(err)}`);
      assert.equal(err.code, 'INVALID_CONFIG');
      assert.match(err.message, pattern);
      return true;
    },
  );
}

describe('objstore config', () => {
  test('S3 with every implemented key, YAML 1.1 booleans and Thanos defaults', () => {
    const c = parseObjstoreConfig(
      [
        'type: s3', // Thanos matches the type case-insensitively
        'config:',
        '  bucket: thanos',
        '  endpoint: minio.local:9000',
        '  access_key: AK',
        '  secret_key: SK',
        '  insecure: yes',
        '  signature_version2: false',
        '  bucket_lookup_type: path',
        '  max_retries: 3',
        '  list_objects_version: v1',
        '  put_user_metadata: {X-Amz-Storage-Class: STANDARD_IA, team: obs}',
        '  http_config: {insecure_skip_verify: true, response_header_timeout: 1m30s, idle_conn_timeout: 90s}',
        '  sse_config: {type: SSE-KMS, kms_key_id: k1}',
        'prefix: /tenant-0/prefix0/',
      ].join('\n'),
    );
    assert.ok(c?.type === 'S3');
    assert.equal(c.prefix, 'tenant-0/prefix0');
    assert.equal(c.s3.bucket, 'thanos');
    assert.equal(c.s3.endpoint, 'minio.local:9000');
    assert.equal(c.s3.insecure, true);
    assert.equal(c.s3.bucketLookupType, 'path');
    assert.equal(c.s3.partSize, 64 * MiB);
    assert.equal(c.s3.maxAttempts, 3);
    assert.equal(c.s3.listObjectsVersion, 'v1');
    assert.equal(c.s3.storageClass, 'STANDARD_IA');
    assert.deepEqual(c.s3.putUserMetadata, { team: 'obs' });
    assert.equal(c.s3.tls.insecureSkipVerify, true);
    assert.equal(c.s3.responseHeaderTimeoutMs, 90_000);
    assert.equal(c.s3.sse.type, 'SSE-KMS');
    assert.deepEqual(c.notes, [
      'objstore S3 config: http_config.idle_conn_timeout is accepted for compatibility with Thanos and ignored (no effect on what is stored)',
    ]);
  });

  test('defaults: bucket_lookup_type auto, 10 attempts, v2 listing', () => {
    const c = parseObjstoreConfig('type: S3\nconfig:\n  bucket: b\n  endpoint: s3.eu-west-1.amazonaws.com\n');
    assert.ok(c?.type === 'S3');
    assert.equal(c.s3.bucketLookupType, 'auto');
    assert.equal(c.s3.maxAttempts, 10);
    assert.equal(c.s3.listObjectsVersion, 'v2');
    assert.equal(c.prefix, '');
  });

  test('FILESYSTEM', () => {
    assert.deepEqual(parseObjstoreConfig('type: FILESYSTEM\nconfig:\n  directory: /data/bucket\nprefix: ///\n'), {
      type: 'FILESYSTEM',
      directory: '/data/bucket',
      prefix: '',
      notes: [],
    });
    invalidConfig('type: FILESYSTEM\nconfig: {}\n', /missing directory for filesystem bucket/);
  });

  test('unknown keys are errors with line and column', () => {
    invalidConfig('type: S3\nconfig:\n  bucket: b\n  endpoint: e:9000\n  bucket_typo: x\n', /line 5, column 3: field "bucket_typo" not found in S3 config/);
    invalidConfig('type: S3\nconfg:\n  bucket: b\n', /line 2, column 1: field "confg" not found in the objstore config/);
    invalidConfig('type: FILESYSTEM\nconfig:\n  directory: /d\n  dir: /e\n', /line 4, column 3: field "dir" not found in FILESYSTEM config/);
    invalidConfig(
      'type: S3\nconfig:\n  bucket: b\n  endpoint: e\n  http_config:\n    tls_config:\n      ca: x\n',
      /line 7, column 7: field "ca" not found in S3 http_config.tls_config/,
    );
  });

  test('signature_version2: true is refused with a clear message', () => {
    invalidConfig('type: S3\nconfig:\n  bucket: b\n  endpoint: e:1\n  signature_version2: true\n', /line 5, column 23: signature_version2: true is not supported.*Version 4/);
  });

  test('unsupported types are refused by name', () => {
    invalidConfig('type: GCS\nconfig:\n  bucket: b\n', /objstore type GCS is supported by Thanos but not by storeapi-sidecar/);
    invalidConfig('type: AZURE\nconfig: {}\n', /type AZURE/);
    invalidConfig('type: FTP\nconfig: {}\n', /bucket with type "FTP" is not supported/);
    invalidConfig('config:\n  bucket: b\n', /bucket with type "" is not supported/);
  });

  test('refused and validated S3 settings', () => {
    const base = 'type: S3\nconfig:\n  bucket: b\n  endpoint: e:1\n';
    invalidConfig(base + '  sts_endpoint: https://sts.local\n', /sts_endpoint is not supported/);
    invalidConfig(base + '  part_size: 1048576\n', /part_size 1048576 is below the S3 minimum/);
    invalidConfig(base + '  part_size: 5368709121\n', /part_size 5368709121 is above the S3 maximum part size of 5368709120 bytes \(5 GiB\)/);
    invalidConfig(base + '  bucket_lookup_type: dns\n', /unsupported bucket lookup type: dns/);
    invalidConfig(base + '  access_key: a\n', /no s3 secret_key specified/);
    invalidConfig(base + '  insecure: maybe\n', /line 5, column 13: expected a boolean/);
    invalidConfig(base + '  sse_config: {type: SSE-X}\n', /Unsupported type "SSE-X"/);
    invalidConfig('type: S3\nconfig:\n  bucket: b\n  endpoint: http://e:1\n', /without scheme/);
    invalidConfig('type: S3\nconfig:\n  bucket: b\n', /no s3 endpoint in config file/);
    invalidConfig(base + '  bucket: c\n', /line 5, column 3: Map keys must be unique/);
    const c = parseObjstoreConfig(base + '  trace: {enable: true}\n  send_content_md5: false\n  disable_dualstack: true\n');
    assert.equal(c?.notes.length, 3);
    assert.match(c?.notes[0] ?? '', /disable_dualstack is accepted .* and ignored/);
  });

  test('empty or comment-only config disables uploads', () => {
    assert.equal(parseObjstoreConfig(''), undefined);
    assert.equal(parseObjstoreConfig('  \n'), undefined);
    assert.equal(parseObjstoreConfig('# nothing yet\n'), undefined);
  });

  test('$(VAR) environment references as in Thanos (unset is an error)', async () => {
    assert.equal(expandEnv('secret_key: $(SK)\nx: $(A_1)', { SK: 's3cr3t', A_1: 'v' }), 'secret_key: s3cr3t\nx: v');
    assert.equal(expandEnv('a: ${SK} $SK', {}), 'a: ${SK} $SK'); // only the $(...) form is substituted
    assert.throws(() => expandEnv('a: $(NOPE)', {}), /unset environment variable "NOPE"/);
    process.env.OBJSTORE_TEST_DIR = '/tmp/objstore-env';
    const c = await loadObjstoreConfig({ config: 'type: FILESYSTEM\nconfig:\n  directory: $(OBJSTORE_TEST_DIR)\n' });
    assert.ok(c?.type === 'FILESYSTEM');
    assert.equal(c.directory, '/tmp/objstore-env');
  });

  test('--objstore.config-file and --objstore.config', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'objstore-cfg-'));
    try {
      const file = join(dir, 'bucket.yml');
      await writeFile(file, 'type: FILESYSTEM\nconfig:\n  directory: /x\n  oops: 1\n');
      await assert.rejects(loadObjstoreConfig({ configFile: file }), new RegExp(`${file}: line 4, column 3: field "oops"`));
      await assert.rejects(loadObjstoreConfig({ configFile: file, config: 'type: S3' }), /both --objstore.config-file and --objstore.config flags set/);
      await assert.rejects(loadObjstoreConfig({ configFile: join(dir, 'missing.yml') }), /loading file .*missing.yml/);
      assert.equal(await loadObjstoreConfig({}), undefined);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Conformance: the same table against FILESYSTEM and S3 (moto_server).

interface Backend {
  kind: string;
  /** Opens a bucket on the same storage, optionally with a config prefix. */
  open(prefix?: string): Promise<Bucket>;
  /** The `bucket` label value the metrics carry. */
  label: string;
}

let s3: S3Server | undefined;
const scratch: string[] = [];
after(async () => {
  await s3?.stop();
  for (const d of scratch) await rm(d, { recursive: true, force: true });
});

async function scratchDir(name: string): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), `objstore-${name}-`));
  scratch.push(d);
  return d;
}

async function s3Config(bucket: string, prefix = '', partSize = 5 * MiB): Promise<ObjstoreConfig> {
  s3 ??= await startS3Server();
  const c = parseObjstoreConfig(
    [
      'type: S3',
      'config:',
      `  bucket: ${bucket}`,
      `  endpoint: ${s3.endpoint}`,
      `  access_key: ${s3.accessKey}`,
      `  secret_key: ${s3.secretKey}`,
      `  region: ${s3.region}`,
      '  insecure: true',
      `  part_size: ${partSize}`,
      `prefix: ${JSON.stringify(prefix)}`,
    ].join('\n'),
  );
  assert.ok(c !== undefined);
  return c;
}

const backends: { kind: string; make: () => Promise<Backend> }[] = [
  { kind: 'FILESYSTEM', make: async () => {
    const dir = await scratchDir('fs');
    return {
      kind: 'FILESYSTEM',
      label: `fs: ${dir}`,
      open: async (prefix = '') => openBucket({ type: 'FILESYSTEM', directory: dir, prefix, notes: [] }),
    };
  } },
  { kind: 'S3 (moto_server)', make: async () => {
    s3 ??= await startS3Server();
    const name = await s3.createBucket(`conformance-${randomBytes(4).toString('hex')}`);
    return {
      kind: 'S3 (moto_server)',
      label: name,
      open: async (prefix = '') => openBucket(await s3Config(name, prefix), { uploadConcurrency: 2 }),
    };
  } },
  // The sidecar's configuration: uploadFile runs on the background thread at nice 19.
  { kind: 'FILESYSTEM, upload thread', make: async () => {
    const dir = await scratchDir('fs-bg');
    return {
      kind: 'FILESYSTEM, upload thread',
      label: `fs: ${dir}`,
      open: async (prefix = '') => openBucket({ type: 'FILESYSTEM', directory: dir, prefix, notes: [] }, { backgroundNice: 19 }),
    };
  } },
  { kind: 'S3 (moto_server), upload thread', make: async () => {
    s3 ??= await startS3Server();
    const name = await s3.createBucket(`conformance-bg-${randomBytes(4).toString('hex')}`);
    return {
      kind: 'S3 (moto_server), upload thread',
      label: name,
      open: async (prefix = '') => openBucket(await s3Config(name, prefix), { uploadConcurrency: 2, backgroundNice: 19 }),
    };
  } },
];

async function metricValue(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = registry.getSingleMetric(name);
  assert.ok(metric, `metric ${name} registered`);
  const data = await metric.get();
  const hit = data.values.find((v) => Object.entries(labels).every(([k, val]) => String(v.labels[k]) === val));
  return hit?.value;
}

async function assertNotFound(p: Promise<unknown>): Promise<void> {
  await assert.rejects(p, (err: unknown) => err instanceof BucketError && err.code === 'NOT_FOUND');
}

for (const { kind, make: makeBackend } of backends) {
  let backend: Backend;
  let bucket: Bucket;
  let files: string;
  const small = randomBytes(1000);
  const multipart = randomBytes(12 * MiB); // > part_size (5 MiB): three parts on S3

  describe(`bucket conformance [${kind}]`, () => {
    before(async () => {
      backend = await makeBackend();
      bucket = await backend.open();
      files = await scratchDir('src');
      await writeFile(join(files, 'small'), small);
      await writeFile(join(files, 'multipart'), multipart);
      await writeFile(join(files, 'empty'), Buffer.alloc(0));
    });
    after(async () => bucket?.close());

    test('upload small, multipart-sized and empty files; get returns the same bytes', async () => {
      const ulid = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
      await bucket.uploadFile(`${ulid}/chunks/000001`, join(files, 'multipart'));
      await bucket.uploadFile(`${ulid}/index`, join(files, 'small'));
      await bucket.uploadFile(`${ulid}/tombstones`, join(files, 'empty'));
      await bucket.put(`${ulid}/meta.json`, '{"ulid":"x"}');
      assert.ok(multipart.equals(await bucket.get(`${ulid}/chunks/000001`)), `[${backend.kind}] multipart bytes`);
      assert.ok(small.equals(await bucket.get(`${ulid}/index`)));
      assert.equal((await bucket.get(`${ulid}/tombstones`)).length, 0);
      assert.equal((await bucket.get(`${ulid}/meta.json`)).toString(), '{"ulid":"x"}');
      const hash = createHash('sha256');
      for await (const chunk of await bucket.getStream(`${ulid}/chunks/000001`)) hash.update(chunk as Buffer);
      assert.equal(hash.digest('hex'), createHash('sha256').update(multipart).digest('hex'));
    });

    test('exists and stat', async () => {
      const ulid = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
      assert.equal(await bucket.exists(`${ulid}/index`), true);
      assert.equal(await bucket.exists(`${ulid}/nope`), false);
      assert.equal(await bucket.exists(ulid), false, 'a "directory" is not an object');
      const st = await bucket.stat(`${ulid}/chunks/000001`);
      assert.equal(st.size, multipart.length);
      assert.ok(Math.abs(st.lastModified.getTime() - Date.now()) < 10 * 60_000, `lastModified ${st.lastModified.toISOString()}`);
    });

    test('list: entries directly under a directory, sub-directories with a trailing slash', async () => {
      const ulid = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
      await bucket.put('debug/metas/x.json', '{}');
      assert.deepEqual(await bucket.list(''), [`${ulid}/`, 'debug/']);
      assert.deepEqual(await bucket.list(ulid), [`${ulid}/chunks/`, `${ulid}/index`, `${ulid}/meta.json`, `${ulid}/tombstones`]);
      assert.deepEqual(await bucket.list(`${ulid}/`), await bucket.list(ulid));
      assert.deepEqual(await bucket.list(`${ulid}/chunks`), [`${ulid}/chunks/000001`]);
      assert.deepEqual(await bucket.list('missing-dir'), []);
    });

    test('NOT_FOUND errors for missing objects', async () => {
      await assertNotFound(bucket.get('nope/never'));
      await assertNotFound(bucket.getStream('nope/never'));
      await assertNotFound(bucket.stat('nope/never'));
    });

    test('delete removes one object; deleting a missing object is not an error', async () => {
      await bucket.delete('debug/metas/x.json');
      assert.equal(await bucket.exists('debug/metas/x.json'), false);
      assert.deepEqual(await bucket.list(''), ['01HZZZZZZZZZZZZZZZZZZZZZZZ/']);
      await bucket.delete('debug/metas/x.json');
    });

    test('overwrite replaces the object whole', async () => {
      await bucket.put('ow/obj', 'first version, longer');
      await bucket.put('ow/obj', 'second');
      assert.equal((await bucket.get('ow/obj')).toString(), 'second');
      await bucket.delete('ow/obj');
    });

    test('prefix: keys live under the prefix, callers never see it', async () => {
      const prefixed = await backend.open('/tenant-0/p0/');
      try {
        await prefixed.uploadFile('blk/index', join(files, 'small'));
        assert.equal(await bucket.exists('tenant-0/p0/blk/index'), true);
        assert.deepEqual(await prefixed.list(''), ['blk/']);
        assert.deepEqual(await prefixed.list('blk'), ['blk/index']);
        assert.ok(small.equals(await prefixed.get('blk/index')));
        assert.equal((await prefixed.stat('blk/index')).size, small.length);
        assert.equal(await prefixed.exists('tenant-0/p0/blk/index'), false);
        await prefixed.delete('blk/index');
        assert.equal(await bucket.exists('tenant-0/p0/blk/index'), false);
      } finally {
        await prefixed.close();
      }
    });

    test('metrics: thanos_objstore_bucket_* counted with Thanos operation labels', async () => {
      const label = backend.label;
      const ops = (op: string) => metricValue('thanos_objstore_bucket_operations_total', { bucket: label, operation: op });
      const fails = (op: string) => metricValue('thanos_objstore_bucket_operation_failures_total', { bucket: label, operation: op });
      for (const op of ['iter', 'get', 'get_range', 'exists', 'upload', 'delete', 'attributes']) {
        assert.notEqual(await ops(op), undefined, `operation ${op} initialised`);
      }
      const before = { upload: (await ops('upload')) ?? 0, get: (await ops('get')) ?? 0, uploadFail: (await fails('upload')) ?? 0, getFail: (await fails('get')) ?? 0 };
      await bucket.put('m/x', 'x');
      await assertNotFound(bucket.get('m/missing'));
      await assert.rejects(bucket.uploadFile('m/y', join(files, 'no-such-source')), (e: unknown) => e instanceof BucketError && e.code === 'INTERNAL');
      assert.equal(await ops('upload'), before.upload + 2);
      assert.equal(await ops('get'), before.get + 1);
      assert.equal(await fails('get'), before.getFail, 'NOT_FOUND is an expected answer, not a failure');
      assert.equal(await fails('upload'), before.uploadFail + 1);
      const last = await metricValue('thanos_objstore_bucket_last_successful_upload_time', { bucket: label });
      assert.ok(last !== undefined && Math.abs(last - Date.now() / 1000) < 60, `last upload ${last}`);
      const text = await registry.metrics();
      assert.match(text, /thanos_objstore_bucket_operation_duration_seconds_bucket\{le="0.001",bucket="[^"]*",operation="upload"\}/);
      await bucket.delete('m/x');
    });
  });
}

describe('S3 multipart upload memory', () => {
  test('200 MiB file, part_size 32 MiB, 2 parts in flight: RSS grows by far less than one part (parts are streamed), identical bytes', async () => {
    s3 ??= await startS3Server();
    const name = await s3.createBucket(`memory-${randomBytes(4).toString('hex')}`);
    const bucket = await openBucket(await s3Config(name, '', 32 * MiB), { uploadConcurrency: 2 });
    const dir = await scratchDir('mem');
    const path = join(dir, 'big');
    const want = createHash('sha256');
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(path);
      out.on('error', reject);
      let i = 0;
      const writeMore = () => {
        while (i < 200) {
          const chunk = randomBytes(MiB);
          want.update(chunk);
          i++;
          if (!out.write(chunk)) return void out.once('drain', writeMore);
        }
        out.end(resolve);
      };
      writeMore();
    });
    try {
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 10);
      const started = performance.now();
      try {
        await bucket.uploadFile('big/chunks/000001', path);
      } finally {
        clearInterval(sampler);
      }
      peak = Math.max(peak, process.memoryUsage().rss);
      const growth = (peak - baseline) / MiB;
      console.log(
        `# multipart 200 MiB, part_size 32 MiB, queue 2: RSS growth ${growth.toFixed(1)} MiB (baseline ${(baseline / MiB).toFixed(0)} MiB, peak ${(peak / MiB).toFixed(0)} MiB), ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      // A buffering uploader holds part_size × (parts in flight + 1) = 96 MiB here; streamed parts
      // hold their read buffers only (about 2 MiB each).
      assert.ok(growth < 24, `RSS grew ${growth.toFixed(1)} MiB for a 200 MiB upload in 32 MiB parts`);
      assert.equal((await bucket.stat('big/chunks/000001')).size, 200 * MiB);
      const got = createHash('sha256');
      for await (const chunk of await bucket.getStream('big/chunks/000001')) got.update(chunk as Buffer);
      assert.equal(got.digest('hex'), want.digest('hex'));
    } finally {
      await bucket.delete('big/chunks/000001');
      await bucket.close();
    }
  });
});

describe('S3 retries', () => {
  test('5xx answers are retried with backoff until the server answers', async () => {
    s3 ??= await startS3Server();
    const name = await s3.createBucket(`retry-${randomBytes(4).toString('hex')}`);
    const [host, port] = s3.endpoint.split(':');
    // A proxy in front of moto that answers 503 to every other request: every request the bucket
    // makes (PutObject, CreateMultipartUpload, each UploadPart, Complete) fails once first.
    let seen = 0;
    let refused = 0;
    const proxy = createServer((req, res) => {
      if (seen++ % 2 === 0) {
        refused++;
        req.resume();
        res.writeHead(503, { 'content-type': 'application/xml' }).end('<Error><Code>SlowDown</Code><Message>try again</Message></Error>');
        return;
      }
      const up = request({ host, port: Number(port), method: req.method, path: req.url, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', (err) => res.destroy(err));
      req.pipe(up);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const addr = proxy.address();
    assert.ok(typeof addr === 'object' && addr !== null);
    const cfg = await s3Config(name);
    assert.ok(cfg.type === 'S3');
    const bucket = await openBucket({ ...cfg, s3: { ...cfg.s3, endpoint: `127.0.0.1:${addr.port}` } }, { uploadConcurrency: 1 });
    const dir = await scratchDir('retry');
    const body = randomBytes(11 * MiB);
    await writeFile(join(dir, 'f'), body);
    try {
      await bucket.put('r/small', 'hello');
      await bucket.uploadFile('r/multipart', join(dir, 'f'));
      assert.equal((await bucket.get('r/small')).toString(), 'hello');
      assert.ok(body.equals(await bucket.get('r/multipart')));
      assert.ok(refused >= 7, `503 answers given: ${refused}`);
    } finally {
      await bucket.close();
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The upload thread (src/objstore/background.ts): what makes an upload unable to take CPU from
// queries is the thread's priority, so the test reads it back from the kernel.

/**
 * nice of every thread of this process, by thread id (field 19 of /proc/self/task/TID/stat). A
 * thread that exits between the listing and the read (the upload thread, just after close) is
 * left out: it is gone.
 */
function threadNices(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ESRCH') continue;
      throw err;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.set(Number(tid), Number(fields[16]));
  }
  return out;
}

describe('upload thread', () => {
  test('runs at nice 19 on its own thread; the calling thread keeps its priority', async () => {
    const dir = await scratchDir('bg-nice');
    const src = join(dir, 'src');
    await writeFile(src, randomBytes(64 * 1024));
    const statuses: unknown[] = [];
    const before = threadNices();
    const bucket = await openBucket(
      { type: 'FILESYSTEM', directory: join(dir, 'bucket'), prefix: '', notes: [] },
      { backgroundNice: 19, onBackgroundStatus: (s) => statuses.push(s) },
    );
    try {
      await bucket.uploadFile('b/index', src);
      assert.equal(statuses.length, 1);
      const [st] = statuses as BackgroundStatus[];
      assert.deepEqual({ nice: st.nice, yieldRate: st.yieldRate }, { nice: 19, yieldRate: 0 }, 'no query counter given: never yields');
      const after = threadNices();
      assert.equal(after.get(process.pid), before.get(process.pid), 'main thread priority unchanged');
      const fresh = [...after].filter(([tid]) => !before.has(tid));
      assert.deepEqual(fresh.filter(([, nice]) => nice === 19).map(([tid]) => tid), [st.tid], `one new thread at nice 19, the one reported: ${JSON.stringify(fresh)}`);
      assert.ok([...after].filter(([tid]) => before.has(tid)).every(([tid, nice]) => nice === before.get(tid)), 'no existing thread reniced');
      assert.ok(readFileSync(src).equals(await bucket.get('b/index')));
    } finally {
      await bucket.close();
    }
    // terminate() resolves once the thread is joined, and the join returns when the kernel clears
    // the thread's tid, a moment before it takes the task out of /proc: wait that moment out.
    const tid = (statuses[0] as BackgroundStatus).tid!;
    for (let i = 0; i < 200 && threadNices().has(tid); i++) await new Promise((r) => setTimeout(r, 10));
    const left = threadNices();
    assert.ok(!left.has(tid), `the upload thread ${tid} is gone after close`);
    assert.ok(![...left.values()].includes(19), `no thread at nice 19 is left: ${JSON.stringify([...left])}`);
  });

  test('abort while the upload thread is still starting: rejects with AbortError, nothing is sent', async () => {
    const dir = await scratchDir('bg-abort-start');
    const src = join(dir, 'src');
    await writeFile(src, randomBytes(1000));
    const bucket = await openBucket({ type: 'FILESYSTEM', directory: join(dir, 'bucket'), prefix: '', notes: [] }, { backgroundNice: 19 });
    try {
      const ac = new AbortController();
      // The thread starts on the first upload; the abort lands before it is ready.
      const pending = bucket.uploadFile('a/index', src, ac.signal);
      ac.abort();
      await assert.rejects(pending, (e: unknown) => (e as Error).name === 'AbortError');
      assert.equal(await bucket.exists('a/index'), false, 'the aborted upload was never started');
      await bucket.uploadFile('b/index', src);
      assert.ok(readFileSync(src).equals(await bucket.get('b/index')), 'the thread serves the next upload');
    } finally {
      await bucket.close();
    }
  });

  test('abort while an upload hangs: rejects with AbortError at once; the thread keeps serving', async () => {
    s3 ??= await startS3Server();
    const name = await s3.createBucket(`bg-abort-${randomBytes(4).toString('hex')}`);
    // A server that accepts connections and never answers: the upload hangs until aborted.
    const sockets: Socket[] = [];
    const blackhole = createTcpServer((sock) => sockets.push(sock.on('error', () => undefined)));
    await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', r));
    const port = (blackhole.address() as { port: number }).port;
    const hung = await s3Config(name);
    assert.equal(hung.type, 'S3');
    if (hung.type !== 'S3') return;
    hung.s3.endpoint = `127.0.0.1:${port}`;
    const dir = await scratchDir('bg-abort');
    const src = join(dir, 'src');
    await writeFile(src, randomBytes(1000));
    const stuck = await openBucket(hung, { backgroundNice: 19 });
    const live = await openBucket(await s3Config(name), { backgroundNice: 19 });
    try {
      const ac = new AbortController();
      const pending = stuck.uploadFile('x/index', src, ac.signal);
      await new Promise((r) => setTimeout(r, 300));
      ac.abort();
      await assert.rejects(pending, (e: unknown) => (e as Error).name === 'AbortError');
      // Already aborted: rejected before anything is sent.
      await assert.rejects(stuck.uploadFile('x/index', src, ac.signal), (e: unknown) => (e as Error).name === 'AbortError');
      await live.uploadFile('y/index', src);
      assert.ok(readFileSync(src).equals(await live.get('y/index')));
      // close() with an upload in flight: the caller hears of it instead of waiting forever.
      const inFlight = assert.rejects(stuck.uploadFile('z/index', src), (e: unknown) => e instanceof BucketError && e.code === 'UNAVAILABLE');
      await new Promise((r) => setTimeout(r, 200));
      await stuck.close();
      await inFlight;
    } finally {
      await stuck.close();
      await live.close();
      for (const s of sockets) s.destroy();
      await new Promise((r) => blackhole.close(r));
    }
  });
});
