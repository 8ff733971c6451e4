// Shipper tests against the real FILESYSTEM bucket (src/objstore/filesystem.ts); the S3 runs live in
// the e2e suite. Wrappers around the bucket record call order and inject failures.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { FilesystemBucket } from '../../src/objstore/filesystem.js';
import { registry } from '../../src/observability/metrics.js';
import { DEFAULT_META_FILE_NAME, encodeShipperMeta, readShipperMeta } from '../../src/shipper/meta-file.js';
import { checkPrometheusFlags, parseDurationMs } from '../../src/shipper/prometheus-flags.js';
import { Shipper, type BlockOutcome, type ShipperLogger } from '../../src/shipper/shipper.js';
import { encodeGoJson, planBlockUpload } from '../../src/shipper/thanos-meta.js';
import { runUpload } from '../../src/shipper/upload-command.js';
import { cloneBlock, EDGE, sleep, tempDir, tempTsdb, WrappedBucket } from '../helpers/shipper-buckets.js';

const LABELS = { replica: 'a', cluster: 'eu-1' };
const L2 = '01M8860700000000000000000C'; // a synthetic compacted block

function bucketDir(): string {
  return tempDir('bucket-');
}

function logCollector(): ShipperLogger & { lines: string[] } {
  const lines: string[] = [];
  const push = (level: string) => (msg: string, fields?: Record<string, unknown>) => lines.push(`${level} ${msg} ${JSON.stringify(fields ?? {})}`);
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}

function shipper(tsdbPath: string, bucket: WrappedBucket | FilesystemBucket, extra: Partial<ConstructorParameters<typeof Shipper>[0]> = {}) {
  return new Shipper({ tsdbPath, bucket, externalLabels: () => LABELS, logger: logCollector(), ...extra });
}

function actions(outcomes: BlockOutcome[]): Record<string, string> {
  return Object.fromEntries(outcomes.map((o) => [o.ulid, o.action]));
}

async function counter(name: string): Promise<number> {
  const m = registry.getSingleMetric(name);
  return m ? ((await m.get()).values[0]?.value ?? 0) : 0;
}

function shipperFile(tsdb: string): string[] {
  return JSON.parse(readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8')).uploaded;
}

describe('shipper: what and how it uploads', () => {
  it('uploads chunks, then index, then meta.json last; objects are byte-identical; local files untouched', async () => {
    const tsdb = tempTsdb();
    const dir = bucketDir();
    const bucket = new WrappedBucket(new FilesystemBucket(dir));
    const before = Object.fromEntries(Object.values(EDGE).map((u) => [u, readFileSync(join(tsdb, u, 'meta.json'), 'utf8')]));
    const uploadsBefore = await counter('thanos_shipper_uploads_total');

    const r = await shipper(tsdb, bucket).sync();
    assert.equal(r.error, undefined);
    assert.deepEqual(actions(r.outcomes), { [EDGE.a]: 'uploaded', [EDGE.ooo]: 'uploaded', [EDGE.b]: 'uploaded', [EDGE.c]: 'uploaded' });
    assert.equal((await counter('thanos_shipper_uploads_total')) - uploadsBefore, 4);

    // Blocks go one after another, oldest minTime first (ULID breaks the tie of a and ooo).
    const writes = bucket.writes().map((c) => `${c.op} ${c.key}`);
    const expected: string[] = [];
    for (const u of [EDGE.a, EDGE.ooo, EDGE.b, EDGE.c]) expected.push(`uploadFile ${u}/chunks/000001`, `uploadFile ${u}/index`, `put ${u}/meta.json`);
    assert.deepEqual(writes, expected);

    for (const u of Object.values(EDGE)) {
      assert.deepEqual(readFileSync(join(dir, u, 'chunks', '000001')), readFileSync(join(tsdb, u, 'chunks', '000001')));
      assert.deepEqual(readFileSync(join(dir, u, 'index')), readFileSync(join(tsdb, u, 'index')));
      assert.equal(existsSync(join(dir, u, 'tombstones')), false, 'Thanos does not upload tombstones');
      assert.equal(readFileSync(join(tsdb, u, 'meta.json'), 'utf8'), before[u], 'local meta.json unchanged');
    }
    assert.deepEqual(stagedEntries(tsdb), [], 'staged hard links removed');
  });

  it('uploaded meta.json = Prometheus meta + thanos section, encoded as Thanos (Go) encodes it', async () => {
    const tsdb = tempTsdb([EDGE.c]);
    const dir = bucketDir();
    await shipper(tsdb, new FilesystemBucket(dir)).sync();
    const text = readFileSync(join(dir, EDGE.c, 'meta.json'), 'utf8');
    const local = JSON.parse(readFileSync(join(tsdb, EDGE.c, 'meta.json'), 'utf8'));
    const m = JSON.parse(text);
    assert.ok(text.endsWith('}\n') && text.includes('\n\t"thanos": {\n\t\t"labels": {\n'), 'tab-indented, trailing newline');
    assert.deepEqual(Object.keys(m), [...Object.keys(local), 'thanos']);
    for (const k of Object.keys(local)) assert.deepEqual(m[k], local[k]);
    assert.deepEqual(Object.keys(m.thanos), ['labels', 'downsample', 'source', 'segment_files', 'files', 'index_stats']);
    assert.deepEqual(Object.keys(m.thanos.labels), ['cluster', 'replica'], 'Go sorts map keys');
    assert.deepEqual(m.thanos.labels, LABELS);
    assert.deepEqual(m.thanos.downsample, { resolution: 0 });
    assert.equal(m.thanos.source, 'sidecar');
    assert.deepEqual(m.thanos.segment_files, ['000001']);
    assert.deepEqual(m.thanos.files, [
      { rel_path: 'chunks/000001', size_bytes: statSync(join(tsdb, EDGE.c, 'chunks', '000001')).size },
      { rel_path: 'index', size_bytes: statSync(join(tsdb, EDGE.c, 'index')).size },
      { rel_path: 'meta.json' },
    ]);
    assert.deepEqual(m.thanos.index_stats, {});
  });

  it('encodes like Go: HTML-safe escapes, integer-like label names keep sorted order', () => {
    const tsdb = tempTsdb([EDGE.a]);
    const plan = planBlockUpload({ dir: join(tsdb, EDGE.a), externalLabels: { z: 'a<b>&c', '1': 'one', a: '\u2028' } });
    const labelsText = plan.metaJson.slice(plan.metaJson.indexOf('"labels"'), plan.metaJson.indexOf('"downsample"'));
    assert.equal(labelsText, '"labels": {\n\t\t\t"1": "one",\n\t\t\t"a": "\\u2028",\n\t\t\t"z": "a\\u003cb\\u003e\\u0026c"\n\t\t},\n\t\t');
    assert.equal(encodeGoJson(new Map<string, unknown>([['x', []], ['y', new Map()]])), '{\n\t"x": [],\n\t"y": {}\n}\n');
    assert.throws(() => planBlockUpload({ dir: join(tsdb, EDGE.a), externalLabels: {} }), /empty external labels/);
  });

  it('refuses to upload anything without external labels', async () => {
    const tsdb = tempTsdb([EDGE.a]);
    const bucket = new WrappedBucket(new FilesystemBucket(bucketDir()));
    const failuresBefore = await counter('thanos_shipper_dir_sync_failures_total');
    const r = await new Shipper({ tsdbPath: tsdb, bucket, externalLabels: () => ({}), logger: logCollector() }).sync();
    assert.match(r.error?.message ?? '', /empty external labels/);
    assert.deepEqual(bucket.writes(), []);
    assert.equal((await counter('thanos_shipper_dir_sync_failures_total')) - failuresBefore, 1);
  });
});

describe('shipper: state file', () => {
  it('is rewritten atomically after each block, in upload order', async () => {
    const tsdb = tempTsdb();
    const seen: string[][] = [];
    const bucket = new WrappedBucket(new FilesystemBucket(bucketDir()), {
      before: (call) => {
        if (call.op === 'put') seen.push(readShipperMeta(join(tsdb, DEFAULT_META_FILE_NAME)).meta.uploaded);
      },
    });
    await shipper(tsdb, bucket).sync();
    // Before each meta.json put, the file lists exactly the blocks finished so far.
    assert.deepEqual(seen, [[], [EDGE.a], [EDGE.a, EDGE.ooo], [EDGE.a, EDGE.ooo, EDGE.b]]);
    const text = readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8');
    assert.equal(text, `{\n\t"version": 1,\n\t"uploaded": [\n\t\t"${EDGE.a}",\n\t\t"${EDGE.ooo}",\n\t\t"${EDGE.b}",\n\t\t"${EDGE.c}"\n\t]\n}\n`);
    assert.equal(existsSync(join(tsdb, `${DEFAULT_META_FILE_NAME}.tmp`)), false);
  });

  it('honours --shipper.meta-file-name and drops blocks no longer on disk', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b]);
    const dir = bucketDir();
    await shipper(tsdb, new FilesystemBucket(dir), { metaFileName: 'delay.json' }).sync();
    assert.deepEqual(JSON.parse(readFileSync(join(tsdb, 'delay.json'), 'utf8')).uploaded, [EDGE.a, EDGE.b]);
    assert.equal(existsSync(join(tsdb, DEFAULT_META_FILE_NAME)), false);
    rmSync(join(tsdb, EDGE.a), { recursive: true });
    await shipper(tsdb, new FilesystemBucket(dir), { metaFileName: 'delay.json' }).sync();
    assert.deepEqual(JSON.parse(readFileSync(join(tsdb, 'delay.json'), 'utf8')).uploaded, [EDGE.b]);
  });

  it('restart: nothing is uploaded twice; a lost or corrupt state file is rebuilt from the bucket', async () => {
    const tsdb = tempTsdb();
    const dir = bucketDir();
    await shipper(tsdb, new FilesystemBucket(dir)).sync();
    const full = readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8');

    const again = new WrappedBucket(new FilesystemBucket(dir));
    const r = await shipper(tsdb, again).sync();
    assert.deepEqual(r.outcomes, []);
    assert.deepEqual(again.calls, [], 'a restart with the state file makes no bucket call at all');

    for (const broken of [null, '{"version":1,"uploaded":["nope"]}', '{"version":2,"uploaded":[]}', '{not json']) {
      if (broken === null) rmSync(join(tsdb, DEFAULT_META_FILE_NAME));
      else writeFileSync(join(tsdb, DEFAULT_META_FILE_NAME), broken);
      const b = new WrappedBucket(new FilesystemBucket(dir));
      const log = logCollector();
      const rr = await shipper(tsdb, b, { logger: log }).sync();
      assert.deepEqual(new Set(Object.values(actions(rr.outcomes))), new Set(['in-bucket']));
      assert.deepEqual(b.writes(), [], 'found in the bucket, not re-uploaded');
      assert.equal(readFileSync(join(tsdb, DEFAULT_META_FILE_NAME), 'utf8'), full);
      if (broken !== null) assert.ok(log.lines.some((l) => l.startsWith('warn reading shipper meta file failed')));
    }
  });

  it('reads a Go-written file with "uploaded": null', () => {
    const tsdb = tempDir('meta-');
    writeFileSync(join(tsdb, DEFAULT_META_FILE_NAME), '{\n\t"version": 1,\n\t"uploaded": null\n}\n');
    assert.deepEqual(readShipperMeta(join(tsdb, DEFAULT_META_FILE_NAME)), { state: 'ok', meta: { version: 1, uploaded: [] } });
    assert.equal(encodeShipperMeta({ version: 1, uploaded: [] }), '{\n\t"version": 1,\n\t"uploaded": []\n}\n');
  });
});

describe('shipper: which blocks', () => {
  it('skips empty blocks, dirs without meta.json and tmp dirs; records blocks already in the bucket', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b]);
    cloneBlock(tsdb, EDGE.c, '01M8860700000000000000000E', (m) => (m.stats.numSamples = 0));
    cloneBlock(tsdb, EDGE.c, '01M8860700000000000000000N', () => {});
    rmSync(join(tsdb, '01M8860700000000000000000N', 'meta.json')); // still being written
    cloneBlock(tsdb, EDGE.c, '01M8860700000000000000000T.tmp-for-creation', () => {});
    const dir = bucketDir();
    // Block b is already in the bucket (e.g. uploaded by a previous sidecar whose state file is lost).
    await shipper(tsdb, new FilesystemBucket(dir)).sync();
    rmSync(join(dir, EDGE.a), { recursive: true });
    rmSync(join(tsdb, DEFAULT_META_FILE_NAME));
    const bucket = new WrappedBucket(new FilesystemBucket(dir));
    const r = await shipper(tsdb, bucket).sync();
    assert.deepEqual(actions(r.outcomes), { [EDGE.a]: 'uploaded', [EDGE.b]: 'in-bucket' });
    assert.ok(bucket.writes().every((c) => c.key.startsWith(`${EDGE.a}/`)));
    assert.deepEqual(shipperFile(tsdb), [EDGE.a, EDGE.b]);
    assert.ok(bucket.calls.every((c) => !c.key.includes('000000000')), 'empty / incomplete / tmp blocks never touched');
  });

  it('level-2 blocks: skipped without --shipper.upload-compacted, uploaded with it', async () => {
    const tsdb = tempTsdb([EDGE.c]);
    cloneBlock(tsdb, EDGE.b, L2, (m) => {
      m.compaction = { level: 2, sources: ['01M88605000000000000000001', '01M88605000000000000000002'] };
    });
    const dir = bucketDir();
    const r1 = await shipper(tsdb, new FilesystemBucket(dir)).sync();
    assert.deepEqual(actions(r1.outcomes), { [EDGE.c]: 'uploaded' });
    assert.equal(existsSync(join(dir, L2)), false);
    const r2 = await shipper(tsdb, new FilesystemBucket(dir), { uploadCompacted: true }).sync();
    assert.deepEqual(actions(r2.outcomes), { [L2]: 'uploaded' });
    assert.equal(JSON.parse(readFileSync(join(dir, L2, 'meta.json'), 'utf8')).compaction.level, 2);
    assert.equal(await counter('thanos_shipper_upload_compacted_done'), 1);
  });

  it('a compacted block whose sources are on disk goes first; its sources are then covered, not uploaded', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b, EDGE.c]);
    cloneBlock(tsdb, EDGE.b, L2, (m) => {
      m.minTime = 1699999200000;
      m.compaction = { level: 2, sources: [EDGE.a, EDGE.b] };
    });
    const r = await shipper(tsdb, new FilesystemBucket(bucketDir()), { uploadCompacted: true }).sync();
    assert.deepEqual(actions(r.outcomes), { [L2]: 'uploaded', [EDGE.a]: 'covered', [EDGE.b]: 'covered', [EDGE.c]: 'uploaded' });
  });

  it('out-of-order blocks are uploaded although they overlap an in-order block, with a warning', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.ooo]);
    const log = logCollector();
    const r = await shipper(tsdb, new FilesystemBucket(bucketDir()), { logger: log }).sync();
    assert.deepEqual(actions(r.outcomes), { [EDGE.a]: 'uploaded', [EDGE.ooo]: 'uploaded' });
    assert.ok(log.lines.some((l) => l.startsWith('warn uploading out-of-order block') && l.includes(EDGE.a)));
  });
});

describe('shipper: failures', () => {
  it('a failing block is retried with backoff while later blocks are shipped (thanos#7605)', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b, EDGE.c]);
    let failuresLeft = 2;
    const dir = bucketDir();
    const bucket = new WrappedBucket(new FilesystemBucket(dir), {
      before: (call) => {
        if (call.op === 'uploadFile' && call.key === `${EDGE.a}/index` && failuresLeft-- > 0) throw new Error('injected 503');
      },
    });
    // A fake clock and a fixed jitter draw keep the test free of timing: delay = base·2^(n-1)·(0.5 + 0.5·r).
    let clock = 1_000_000;
    const s = shipper(tsdb, bucket, { backoffBaseMs: 40, backoffMaxMs: 1000, now: () => clock, random: () => 0.5 });
    const failBefore = await counter('thanos_shipper_upload_failures_total');
    const r1 = await s.sync();
    assert.deepEqual(actions(r1.outcomes), { [EDGE.a]: 'failed', [EDGE.b]: 'uploaded', [EDGE.c]: 'uploaded' });
    assert.equal((r1.outcomes.find((o) => o.ulid === EDGE.a) as Extract<BlockOutcome, { action: 'failed' }>).retryInMs, 30);
    assert.equal(s.nextRetryAt(), clock + 30);
    assert.deepEqual(shipperFile(tsdb), [EDGE.b, EDGE.c]);
    assert.equal(existsSync(join(dir, EDGE.a, 'meta.json')), false);

    clock += 29;
    const r2 = await s.sync();
    assert.deepEqual(r2.outcomes, [{ ulid: EDGE.a, action: 'backoff', retryInMs: 1 }], 'not retried before its time');
    clock += 1;
    const r3 = await s.sync();
    assert.deepEqual(actions(r3.outcomes), { [EDGE.a]: 'failed' });
    assert.equal((r3.outcomes[0] as Extract<BlockOutcome, { action: 'failed' }>).retryInMs, 60, 'doubled');
    clock += 60;
    const r4 = await s.sync();
    assert.deepEqual(actions(r4.outcomes), { [EDGE.a]: 'uploaded' });
    assert.deepEqual(shipperFile(tsdb), [EDGE.a, EDGE.b, EDGE.c]);
    assert.equal(s.nextRetryAt(), undefined);
    assert.equal((await counter('thanos_shipper_upload_failures_total')) - failBefore, 2);
  });

  it('a compacted block never goes up while an overlapping unshipped block is pending, and is refused once they overlap in the bucket', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b]);
    cloneBlock(tsdb, EDGE.b, L2, (m) => {
      m.minTime = 1699999200000;
      m.compaction = { level: 2, sources: ['01M88605000000000000000001', '01M88605000000000000000002'] };
    });
    let failA = true;
    const dir = bucketDir();
    const bucket = new WrappedBucket(new FilesystemBucket(dir), {
      before: (call) => {
        if (failA && call.op === 'uploadFile' && call.key.startsWith(EDGE.a)) throw new Error('injected reset');
      },
    });
    const log = logCollector();
    let clock = 0;
    const s = shipper(tsdb, bucket, { uploadCompacted: true, backoffBaseMs: 1, backoffMaxMs: 2, logger: log, now: () => clock });
    const r1 = await s.sync();
    assert.deepEqual(actions(r1.outcomes), { [L2]: 'waiting', [EDGE.a]: 'failed', [EDGE.b]: 'uploaded' });
    clock += 10;
    const r2 = await s.sync();
    assert.deepEqual(actions(r2.outcomes), { [L2]: 'waiting', [EDGE.a]: 'failed' });
    failA = false;
    clock += 10;
    const r3 = await s.sync();
    assert.deepEqual(actions(r3.outcomes), { [L2]: 'waiting', [EDGE.a]: 'uploaded' });
    const r4 = await s.sync();
    assert.deepEqual(actions(r4.outcomes), { [L2]: 'overlap' });
    assert.deepEqual((r4.outcomes[0] as Extract<BlockOutcome, { action: 'overlap' }>).with.sort(), [EDGE.a, EDGE.b].sort());
    assert.equal(existsSync(join(dir, L2)), false);
    assert.ok(log.lines.some((l) => l.startsWith(`error refusing to upload compacted block ${L2}`)));
    assert.equal(await counter('thanos_shipper_upload_compacted_done'), 0);
  });

  it('a block deleted mid-upload: the hard-linked snapshot still ships; without staging it is dropped and cleaned up', async () => {
    for (const stage of [true, false]) {
      const tsdb = tempTsdb([EDGE.a, EDGE.b]);
      const dir = bucketDir();
      const bucket = new WrappedBucket(new FilesystemBucket(dir), {
        before: (call) => {
          if (call.op === 'uploadFile' && call.key === `${EDGE.a}/chunks/000001`) rmSync(join(tsdb, EDGE.a), { recursive: true, force: true });
        },
      });
      const r = await shipper(tsdb, bucket, { stage }).sync();
      if (stage) {
        assert.deepEqual(actions(r.outcomes), { [EDGE.a]: 'uploaded', [EDGE.b]: 'uploaded' });
        assert.deepEqual(readFileSync(join(dir, EDGE.a, 'index')), readFileSync(join(tempTsdb([EDGE.a]), EDGE.a, 'index')));
      } else {
        assert.deepEqual(actions(r.outcomes), { [EDGE.a]: 'gone', [EDGE.b]: 'uploaded' });
        assert.equal(existsSync(join(dir, EDGE.a)), false, 'partial objects removed');
      }
      // Listed as it was when the pass started; the next pass drops the vanished block.
      assert.deepEqual(shipperFile(tsdb), stage ? [EDGE.a, EDGE.b] : [EDGE.b]);
    }
  });
});

describe('shipper: background loop', () => {
  it('start() ships, retries sooner than the interval when a retry is due, stop() ends it', async () => {
    const tsdb = tempTsdb([EDGE.a, EDGE.b]);
    let fail = 1;
    const bucket = new WrappedBucket(new FilesystemBucket(bucketDir()), {
      before: (call) => {
        if (call.op === 'put' && call.key.startsWith(EDGE.b) && fail-- > 0) throw new Error('injected');
      },
    });
    const s = shipper(tsdb, bucket, { backoffBaseMs: 20 });
    s.start(60_000);
    for (let i = 0; i < 100 && !(existsSync(join(tsdb, DEFAULT_META_FILE_NAME)) && shipperFile(tsdb).length === 2); i++) await sleep(20);
    await s.stop();
    assert.deepEqual(shipperFile(tsdb), [EDGE.a, EDGE.b]);
  });
});

describe('shipper: crash safety', () => {
  it('kill -9 at random points ≥ 20 times: never a meta.json without its files, every block shipped exactly once', async () => {
    const child = join(dirname(fileURLToPath(import.meta.url)), '..', 'helpers', 'shipper-child.js');
    let kills = 0;
    let rounds = 0;
    let partialAfterKill = 0;
    while (kills < 20) {
      rounds++;
      const tsdb = tempTsdb();
      const dir = bucketDir();
      const journal = join(dir, '..', `${dir.split('/').pop()}.journal`);
      writeFileSync(journal, '');
      for (let run = 0; ; run++) {
        assert.ok(run < 300, 'converges');
        const proc = spawn(process.execPath, [child, tsdb, dir, journal], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        proc.stderr.on('data', (d) => (stderr += d));
        // Node starts in ~100 ms; later runs get more time so every round finishes.
        const killAfter = 60 + Math.random() * (300 + 20 * run);
        const timer = setTimeout(() => proc.kill('SIGKILL'), killAfter);
        const [code, signal] = await new Promise<[number | null, string | null]>((r) => proc.on('exit', (c, s) => r([c, s])));
        clearTimeout(timer);
        if (signal === 'SIGKILL') kills++;
        else assert.equal(code, 0, stderr);
        const partial = assertBucketConsistent(dir);
        if (signal === 'SIGKILL' && partial > 0) partialAfterKill++;
        if (readFileSync(journal, 'utf8').includes('DONE')) break;
      }
      const lines = readFileSync(journal, 'utf8').trim().split('\n');
      assert.deepEqual(lines.filter((l) => l.startsWith('DUPLICATE')), [], 'no meta.json uploaded twice');
      for (const u of Object.values(EDGE)) {
        assert.ok(lines.filter((l) => l === `PUT ${u}/meta.json`).length <= 1, `${u} shipped once`);
        assert.deepEqual(readFileSync(join(dir, u, 'index')), readFileSync(join(tsdb, u, 'index')));
        assert.deepEqual(readFileSync(join(dir, u, 'chunks', '000001')), readFileSync(join(tsdb, u, 'chunks', '000001')));
      }
      assert.deepEqual(shipperFile(tsdb).sort(), Object.values(EDGE).sort());
      assert.deepEqual(stagedEntries(tsdb), []);
    }
    assert.ok(kills >= 20 && rounds >= 1);
    assert.ok(partialAfterKill > 0, 'some kills landed mid-block (objects uploaded, meta.json not yet)');
  });
});

function stagedEntries(tsdb: string): string[] {
  const dir = join(tsdb, 'thanos', 'upload');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/** Every meta.json in the bucket lists files that all exist with the listed sizes. Returns the number of partial blocks. */
function assertBucketConsistent(dir: string): number {
  let partial = 0;
  for (const name of readdirSync(dir)) {
    const meta = join(dir, name, 'meta.json');
    if (!existsSync(meta)) {
      partial++;
      continue;
    }
    const m = JSON.parse(readFileSync(meta, 'utf8'));
    for (const f of m.thanos.files as { rel_path: string; size_bytes?: number }[]) {
      const p = join(dir, name, f.rel_path);
      assert.ok(existsSync(p), `${name}/meta.json present but ${f.rel_path} missing`);
      if (f.size_bytes !== undefined) assert.equal(statSync(p).size, f.size_bytes, `${name}/${f.rel_path} size`);
    }
  }
  return partial;
}

describe('Prometheus flags check', () => {
  const opts = { tsdbPath: '/prometheus', metaFileName: 'thanos.shipper.json', uploadCompacted: false };
  it('accepts equal block durations, or a delay-compact file equal to ours', () => {
    assert.equal(checkPrometheusFlags({ 'storage.tsdb.min-block-duration': '2h', 'storage.tsdb.max-block-duration': '2h' }, opts).ok, true);
    const delayed = checkPrometheusFlags(
      { 'storage.tsdb.min-block-duration': '2h', 'storage.tsdb.max-block-duration': '1d12h', 'storage.tsdb.delay-compact-file.path': '/prometheus/thanos.shipper.json' },
      opts,
    );
    assert.deepEqual([delayed.ok, delayed.mode, delayed.warnings], [true, 'delay-compact-file', []]);
    assert.equal(checkPrometheusFlags({ 'storage.tsdb.delay-compact-file.path': '/prometheus//thanos.shipper.json' }, opts).ok, true);
  });
  it('explains both fixes when Prometheus compacts without the delay file', () => {
    const r = checkPrometheusFlags({ 'storage.tsdb.min-block-duration': '2h', 'storage.tsdb.max-block-duration': '1d12h' }, opts);
    assert.equal(r.ok, false);
    assert.match(r.error!, /--storage\.tsdb\.min-block-duration=2h --storage\.tsdb\.max-block-duration=2h/);
    assert.match(r.error!, /--storage\.tsdb\.delay-compact-file\.path=\/prometheus\/thanos\.shipper\.json/);
    assert.equal(checkPrometheusFlags({ 'storage.tsdb.min-block-duration': '2h', 'storage.tsdb.max-block-duration': '1d' }, { ...opts, ignoreUnequalBlockSize: true }).ok, true);
  });
  it('refuses a delay file that is not our state file, whatever the durations', () => {
    const r = checkPrometheusFlags(
      { 'storage.tsdb.min-block-duration': '2h', 'storage.tsdb.max-block-duration': '2h', 'storage.tsdb.delay-compact-file.path': '/prometheus/delay.json' },
      opts,
    );
    assert.equal(r.ok, false);
    assert.match(r.error!, /different files.*\/prometheus\/delay\.json.*\/prometheus\/thanos\.shipper\.json/s);
  });
  it('warns about non-2h blocks and about upload-compacted with delayed compaction', () => {
    const r = checkPrometheusFlags(
      { 'storage.tsdb.min-block-duration': '1h', 'storage.tsdb.max-block-duration': '1d', 'storage.tsdb.delay-compact-file.path': '/prometheus/thanos.shipper.json' },
      { ...opts, uploadCompacted: true },
    );
    assert.equal(r.ok, true);
    assert.equal(r.warnings.length, 2);
    assert.deepEqual([parseDurationMs('1d12h'), parseDurationMs('90m'), parseDurationMs('500ms'), parseDurationMs('0s'), parseDurationMs('x')], [129600000, 5400000, 500, 0, NaN]);
  });
});

describe('storeapi-sidecar upload', () => {
  it('dry run prints the plan and the overlap diagnosis; the real run ships everything once', async () => {
    const tsdb = tempTsdb();
    cloneBlock(tsdb, EDGE.b, L2, (m) => {
      m.compaction = { level: 2, sources: [EDGE.b] };
    });
    const dir = bucketDir();
    const cfg = `type: FILESYSTEM\nconfig:\n  directory: ${dir}\n`;
    const collect = () => {
      let text = '';
      return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
    };
    const dry = collect();
    assert.equal(await runUpload(['--tsdb.path', tsdb, '--objstore.config', cfg, '--dry-run', '--label', 'replica=a'], dry.stream, logCollector()), 0);
    assert.match(dry.text(), new RegExp(`${L2}.*compacted +compaction level 2`));
    assert.match(dry.text(), /overlaps: 2 group\(s\)/);
    assert.match(dry.text(), /out-of-order blocks hold samples/);
    assert.match(dry.text(), /dry run: 4 block\(s\)/);
    assert.deepEqual(readdirSync(dir), [], 'dry run uploads nothing');

    assert.equal(await runUpload(['--tsdb.path', tsdb, '--objstore.config', cfg], collect().stream, logCollector()), 2, 'labels required');
    const real = collect();
    assert.equal(await runUpload(['--tsdb.path', tsdb, '--objstore.config', cfg, '--label', 'replica=a'], real.stream, logCollector()), 0);
    assert.match(real.text(), /uploaded 4, already in bucket 0/);
    assert.deepEqual(shipperFile(tsdb), [EDGE.a, EDGE.ooo, EDGE.b, EDGE.c]);
    const again = collect();
    assert.equal(await runUpload(['--tsdb.path', tsdb, '--objstore.config', cfg, '--label', 'replica=a'], again.stream, logCollector()), 0);
    assert.match(again.text(), /nothing to upload/);
  });
});
