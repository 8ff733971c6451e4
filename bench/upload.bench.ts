// Upload benchmark: the shipper shipping one real ≥ 1 GB block (700k series, written by Prometheus's
// tsdb code through the fixture generator) to a local S3 server — moto_server, and MinIO when
// .tools/minio exists — measuring throughput and the shipper process's peak RSS for several part
// sizes and parts in flight, to show memory is bounded by part_size × parts in flight, not by the
// block size (thanos#1971). Then the same upload with the StoreAPI server in the same process,
// timing Series calls over the 100k-series block while idle and during the first 30 s of the upload
// (then the upload finishes with no queries), in four ways of running the upload, the last being the
// sidecar's default: the nice-19 upload thread yielding to Series calls at the
// --shipper.upload-rate-while-serving floor. For those, the upload's rate while queried and after
// comes from the upload thread's own socket writes (/proc/self/task/<tid>/io wchar), so it is what
// went on the wire, whatever our code thinks it sent.
//
//   npm run build && node dist/bench/upload.bench.js [--quick] [--servers moto,minio]
//
// The shipper runs in a child process (`--child`) so its RSS is its own: VmRSS sampled from /proc
// every 20 ms and VmHWM (reset through clear_refs just before the upload starts).
// Results: bench/results/upload.json and upload.md (with a README-ready table).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Long from 'long';
import { MatchType } from '../src/engine/engine.js';
import type { thanos } from '../src/gen/proto.js';
import { DEFAULT_UPLOAD_RATE_WHILE_SERVING } from '../src/flags.js';
import { parseObjstoreConfig } from '../src/objstore/config.js';
import { openBucket, QueryActivity, type BackgroundStatus } from '../src/objstore/index.js';
import { Shipper } from '../src/shipper/shipper.js';
import { startSidecar } from '../src/sidecar.js';
import { bigBlockPath } from '../test/helpers/big-block.js';
import { copyBlockAs, generatedBlock, testUlid } from '../test/helpers/generated-block.js';
import { storeClient, type StoreClient } from '../test/helpers/grpc.js';
import { startS3Server, type S3Server, type S3ServerKind } from '../test/helpers/s3-server.js';
import { repoRoot, resultsDir } from './report.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const MiB = 2 ** 20;
const SERIES = Number(process.env.STOREAPI_UPLOAD_SERIES ?? 700_000);
/** Queries run back to back for this long once the upload starts (or until it ends), then stop. */
const QUERY_WINDOW_MS = 30_000;
/** The same with --quick. */
const QUICK_QUERY_WINDOW_MS = 10_000;

/**
 * How the query phase runs the upload: on the calling thread (what the shipper did before the upload
 * thread), on the upload thread at nice 19 without yielding, the same with the S3 server at idle
 * priority (standing in for a remote server whose CPU is not this host's), and the sidecar's
 * default: the nice-19 thread yielding to Series calls (the handler's counter wired to the upload
 * thread as the sidecar wires it) at the default floor.
 */
interface QueryMode {
  key: string;
  label: string;
  uploadNice: number | null;
  serverIdle: boolean;
  /** --shipper.upload-rate-while-serving; 0 = never yield. */
  yieldRate: number;
}
const QUERY_MODES: QueryMode[] = [
  { key: 'main-thread', label: 'upload on the main thread', uploadNice: null, serverIdle: false, yieldRate: 0 },
  { key: 'upload-thread', label: 'upload thread at nice 19, not yielding', uploadNice: 19, serverIdle: false, yieldRate: 0 },
  { key: 'upload-thread-idle-server', label: 'upload thread at nice 19, not yielding, S3 server at idle priority', uploadNice: 19, serverIdle: true, yieldRate: 0 },
  {
    key: 'upload-thread-yielding',
    label: `upload thread at nice 19, yielding to queries (the sidecar's default, ${DEFAULT_UPLOAD_RATE_WHILE_SERVING / 2 ** 20} MiB/s floor)`,
    uploadNice: 19,
    serverIdle: false,
    yieldRate: DEFAULT_UPLOAD_RATE_WHILE_SERVING,
  },
];

interface UploadCase {
  partMiB: number;
  queue: number;
}
const CASES: UploadCase[] = [
  { partMiB: 64, queue: 4 }, // Thanos's defaults: part_size 64 MiB, minio-go's 4 parts in flight
  { partMiB: 16, queue: 4 },
  { partMiB: 8, queue: 2 },
];

interface UploadResult {
  server: S3ServerKind;
  partMiB: number;
  queue: number;
  bytes: number;
  seconds: number;
  mbPerSec: number;
  baselineRssBytes: number;
  peakRssBytes: number;
  growthBytes: number;
  /**
   * part_size × (parts in flight + 1): what an uploader that buffers parts (lib-storage, which we
   * used before) holds; ours streams parts, so its growth should stay far below.
   */
  boundBytes: number;
  serverPeakRssBytes: number;
}

interface QueryPhase {
  calls: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
  /** Calls that failed or hit the 20 s deadline (not in the percentiles). */
  failed?: number;
}

interface QueryResult {
  server: S3ServerKind;
  mode: string;
  query: string;
  idle: QueryPhase;
  /** Calls during the query window: the first `windowSeconds` of the upload. */
  duringUpload: QueryPhase;
  windowSeconds: number;
  /** Share of the window with a Series call in flight (the counter the upload yields to above 0). */
  queryBusyFraction: number;
  /** Whole upload: wall time and rate (bytes of the block's files). */
  uploadSeconds: number;
  uploadMbPerSec: number;
  /**
   * Upload rate while queries ran and after they stopped, from the upload thread's socket writes;
   * null when the upload has no thread of its own (main-thread mode) or finished within the window.
   */
  uploadMbPerSecDuringQueries: number | null;
  uploadMbPerSecAfterQueries: number | null;
}

/** What the child reports when the upload is done. */
interface UploadDone {
  bytes: number;
  ms: number;
  /** When the query window ended (ms after the upload started); = ms if the upload ended first. */
  windowMs: number;
  /** The upload thread's socket writes in the window and in all (null without an upload thread). */
  windowWireBytes: number | null;
  wireBytes: number | null;
  busyFraction: number;
}

// ---- parent ----

function status(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** RSS of a process and its descendants (moto_server may run as a child of a wrapper script). */
function treeRss(pid: number): number {
  let total = status(pid, 'VmRSS');
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const kids = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      for (const k of kids ? kids.split(/\s+/) : []) total += treeRss(Number(k));
    }
  } catch {
    // the process went away
  }
  return total;
}

function s3Yaml(server: S3Server, bucket: string, partMiB: number): string {
  return [
    'type: S3',
    'config:',
    `  bucket: ${bucket}`,
    `  endpoint: ${server.endpoint}`,
    `  access_key: ${server.accessKey}`,
    `  secret_key: ${server.secretKey}`,
    `  region: ${server.region}`,
    '  insecure: true',
    `  part_size: ${partMiB * MiB}`,
  ].join('\n');
}

interface Child {
  proc: ChildProcess;
  lines: Interface;
  next(): Promise<Record<string, unknown>>;
}

function startChild(args: Record<string, unknown>): Child {
  const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', JSON.stringify(args)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout! });
  const queue: string[] = [];
  const waiters: ((l: string) => void)[] = [];
  lines.on('line', (l) => {
    const w = waiters.shift();
    if (w) w(l);
    else queue.push(l);
  });
  const exited = new Promise<never>((_, reject) => proc.once('exit', (c) => reject(new Error(`upload child exited with ${c}`))));
  exited.catch(() => undefined);
  return {
    proc,
    lines,
    next: () => Promise.race([new Promise<string>((r) => (queue.length > 0 ? r(queue.shift()!) : waiters.push(r))), exited]).then((l) => JSON.parse(l)),
  };
}

async function stopChild(c: Child): Promise<void> {
  if (c.proc.exitCode !== null) return;
  c.proc.stdin!.end();
  await new Promise((r) => c.proc.once('exit', r));
}

/** A TSDB dir holding a hard-linked copy of the big block under a fresh ULID. */
function uploadTsdb(block: string, n: number): string {
  mkdirSync(join(repoRoot, 'bench', '.data'), { recursive: true });
  const tsdb = mkdtempSync(join(repoRoot, 'bench', '.data', 'upload-'));
  copyBlockAs(block, tsdb, testUlid(Date.now(), n));
  return tsdb;
}

async function runUploadCase(kind: S3ServerKind, block: string, c: UploadCase, n: number): Promise<UploadResult> {
  const server = await startS3Server(kind);
  const tsdb = uploadTsdb(block, n);
  try {
    const bucket = await server.createBucket(`bench-${n}`);
    const child = startChild({ mode: 'upload', tsdb, yaml: s3Yaml(server, bucket, c.partMiB), queue: c.queue, nice: 19 });
    try {
      await child.next(); // ready
      const pid = child.proc.pid!;
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      const baseline = status(pid, 'VmRSS');
      let peak = baseline;
      let serverPeak = treeRss(server.pid);
      const sampler = setInterval(() => {
        peak = Math.max(peak, status(pid, 'VmRSS'));
        serverPeak = Math.max(serverPeak, treeRss(server.pid));
      }, 20);
      child.proc.stdin!.write('go\n');
      const done = (await child.next()) as { bytes: number; ms: number };
      clearInterval(sampler);
      peak = Math.max(peak, status(pid, 'VmHWM'));
      const r: UploadResult = {
        server: kind,
        partMiB: c.partMiB,
        queue: c.queue,
        bytes: done.bytes,
        seconds: done.ms / 1000,
        mbPerSec: done.bytes / 1e6 / (done.ms / 1000),
        baselineRssBytes: baseline,
        peakRssBytes: peak,
        growthBytes: peak - baseline,
        boundBytes: c.partMiB * MiB * (c.queue + 1),
        serverPeakRssBytes: serverPeak,
      };
      console.log(
        `${kind} part ${c.partMiB} MiB × ${c.queue}: ${(r.bytes / 1e9).toFixed(2)} GB in ${r.seconds.toFixed(1)} s = ${r.mbPerSec.toFixed(1)} MB/s; shipper RSS ${mib(baseline)} → peak ${mib(peak)} (+${mib(r.growthBytes)}; a buffering uploader: ${mib(r.boundBytes)}); server peak RSS ${mib(serverPeak)}`,
      );
      return r;
    } finally {
      await stopChild(child);
    }
  } finally {
    await server.stop();
    rmSync(tsdb, { recursive: true, force: true });
  }
}

const SELECTIVE: thanos.SeriesRequest.$Properties['matchers'] = [
  { type: MatchType.EQ as number, name: 'job', value: 'api' },
  { type: MatchType.RE as number, name: 'pod', value: 'p-1.*' },
];

/** One Series call; resolves its time, or `undefined` when it failed or hit the 20 s deadline. */
function seriesCall(client: StoreClient, req: thanos.SeriesRequest.$Properties): Promise<number | undefined> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    // A deadline, so a stuck call is counted instead of hanging the run.
    const stream = client.Series(req, { deadline: Date.now() + 20_000 });
    stream.on('data', () => {});
    stream.on('error', (err) => {
      process.stderr.write(`Series call failed after ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms: ${err.message}\n`);
      resolve(undefined);
    });
    stream.on('end', () => resolve(Number(process.hrtime.bigint() - start) / 1e6));
  });
}

function phase(times: number[]): QueryPhase {
  if (times.length === 0) return { calls: 0, p50Ms: Number.NaN, p90Ms: Number.NaN, p99Ms: Number.NaN, maxMs: Number.NaN, meanMs: Number.NaN };
  const s = [...times].sort((a, b) => a - b);
  const q = (x: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(x * s.length) - 1))];
  return { calls: s.length, p50Ms: q(0.5), p90Ms: q(0.9), p99Ms: q(0.99), maxMs: s[s.length - 1], meanMs: s.reduce((a, b) => a + b, 0) / s.length };
}

async function runQueryCase(kind: S3ServerKind, block: string, n: number, idleCalls: number, mode: QueryMode, windowMs: number): Promise<QueryResult> {
  const server = await startS3Server(kind, { idle: mode.serverIdle });
  const tsdb = uploadTsdb(block, n);
  const queryTsdb = bigBlockPath();
  const qmeta = JSON.parse(readFileSync(join(queryTsdb, readdirSync(queryTsdb).find((x) => /^[0-9A-Z]{26}$/.test(x))!, 'meta.json'), 'utf8'));
  try {
    const bucket = await server.createBucket(`bench-q-${n}`);
    const child = startChild({ mode: 'upload', tsdb, yaml: s3Yaml(server, bucket, 64), queue: 4, queryTsdb, nice: mode.uploadNice, yieldRate: mode.yieldRate });
    try {
      const ready = (await child.next()) as { port: number };
      const client = storeClient(`127.0.0.1:${ready.port}`, { 'grpc.max_receive_message_length': -1 });
      const req: thanos.SeriesRequest.$Properties = {
        minTime: Long.fromNumber(qmeta.minTime),
        maxTime: Long.fromNumber(qmeta.maxTime - 1),
        matchers: SELECTIVE,
        responseBatchSize: 64,
      };
      try {
        for (let i = 0; i < 3; i++) await seriesCall(client, req); // warm-up
        const idle: number[] = [];
        let idleFailed = 0;
        for (let i = 0; i < idleCalls; i++) {
          const ms = await seriesCall(client, req);
          if (ms === undefined) idleFailed++;
          else idle.push(ms);
        }
        child.proc.stdin!.write('go\n');
        const windowEnds = Date.now() + windowMs;
        let uploading = true;
        const finished = child.next().then((d) => {
          uploading = false;
          return d as unknown as UploadDone;
        });
        const during: number[] = [];
        let duringFailed = 0;
        // Queries back to back for the window (or until the upload ends); then the upload finishes alone.
        while (uploading && Date.now() < windowEnds) {
          const ms = await seriesCall(client, req);
          if (ms === undefined) duringFailed++;
          else if (uploading) during.push(ms);
        }
        if (uploading) child.proc.stdin!.write('window-end\n');
        const done = await finished;
        const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
        const afterMs = done.ms - done.windowMs;
        const r: QueryResult = {
          server: kind,
          mode: mode.label,
          query: 'selective `{job="api",pod=~"p-1.*"}` over the 100k-series block, chunks, one call at a time',
          idle: { ...phase(idle), failed: idleFailed },
          duringUpload: { ...phase(during), failed: duringFailed },
          windowSeconds: done.windowMs / 1000,
          queryBusyFraction: done.busyFraction,
          uploadSeconds: done.ms / 1000,
          uploadMbPerSec: mbps(done.bytes, done.ms),
          uploadMbPerSecDuringQueries: done.windowWireBytes === null ? null : mbps(done.windowWireBytes, done.windowMs),
          uploadMbPerSecAfterQueries: done.windowWireBytes === null || done.wireBytes === null || afterMs < 1 ? null : mbps(done.wireBytes - done.windowWireBytes, afterMs),
        };
        const rate = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} MB/s`);
        console.log(
          `${kind} queries, ${mode.label}: idle p50 ${r.idle.p50Ms.toFixed(1)} ms p99 ${r.idle.p99Ms.toFixed(1)} ms (${r.idle.calls} calls); during the first ${r.windowSeconds.toFixed(1)} s of the upload p50 ${r.duringUpload.p50Ms.toFixed(1)} ms p99 ${r.duringUpload.p99Ms.toFixed(1)} ms max ${r.duringUpload.maxMs.toFixed(1)} ms (${r.duringUpload.calls} calls, ${duringFailed} failed, a call in flight ${(r.queryBusyFraction * 100).toFixed(0)} % of the time); upload while queried ${rate(r.uploadMbPerSecDuringQueries)}, after ${rate(r.uploadMbPerSecAfterQueries)}, total ${r.uploadSeconds.toFixed(1)} s = ${r.uploadMbPerSec.toFixed(1)} MB/s`,
        );
        return r;
      } finally {
        client.close();
      }
    } finally {
      await stopChild(child);
    }
  } finally {
    await server.stop();
    rmSync(tsdb, { recursive: true, force: true });
  }
}

const mib = (b: number) => `${(b / MiB).toFixed(0)} MiB`;

function renderUploads(rs: UploadResult[]): string {
  const lines = [
    '| server | part_size × parts in flight | block | time | throughput | shipper RSS before → peak | growth | a buffering uploader: part × (in flight + 1) |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rs) {
    lines.push(
      `| ${r.server} | ${r.partMiB} MiB × ${r.queue} | ${(r.bytes / 1e9).toFixed(2)} GB | ${r.seconds.toFixed(1)} s | ${r.mbPerSec.toFixed(1)} MB/s | ${mib(r.baselineRssBytes)} → ${mib(r.peakRssBytes)} | ${mib(r.growthBytes)} | ${mib(r.boundBytes)} |`,
    );
  }
  return lines.join('\n');
}

function renderQueries(rs: QueryResult[]): string {
  const lines = [
    '| server | upload | Series calls | p50 | p90 | p99 | max | upload while queried | upload after | whole upload |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const rate = (x: number | null) => (x === null ? 'n/a' : `${x.toFixed(1)} MB/s`);
  for (const r of rs) {
    const rows = [
      ['idle', r.idle, '', '', ''],
      [`during the upload's first ${r.windowSeconds.toFixed(0)} s`, r.duringUpload, rate(r.uploadMbPerSecDuringQueries), rate(r.uploadMbPerSecAfterQueries), `${r.uploadSeconds.toFixed(1)} s (${r.uploadMbPerSec.toFixed(1)} MB/s)`],
    ] as const;
    for (const [label, p, duringRate, afterRate, whole] of rows) {
      lines.push(
        `| ${r.server} | ${r.mode} | ${label}, ${p.calls} calls${p.failed ? `, **${p.failed} failed/timed out (20 s)**` : ''} | ${p.p50Ms.toFixed(1)} ms | ${p.p90Ms.toFixed(1)} ms | ${p.p99Ms.toFixed(1)} ms | ${p.maxMs.toFixed(1)} ms | ${duringRate} | ${afterRate} | ${whole} |`,
      );
    }
  }
  return lines.join('\n');
}

async function bench(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const at = process.argv.indexOf('--servers');
  const servers = (at >= 0 ? process.argv[at + 1].split(',') : ['moto', ...(existsSync(join(repoRoot, '.tools', 'minio')) ? ['minio'] : [])]) as S3ServerKind[];
  const block = generatedBlock(SERIES);
  const meta = JSON.parse(readFileSync(join(block, 'meta.json'), 'utf8'));
  const blockBytes = [...readdirSync(join(block, 'chunks')).map((f) => join(block, 'chunks', f)), join(block, 'index')].reduce((a, p) => a + statSync(p).size, 0);
  console.log(`block ${meta.ulid}: ${meta.stats.numSeries} series, ${(blockBytes / 1e9).toFixed(2)} GB (chunks + index)`);
  const startLoad = loadavg();
  const uploads: UploadResult[] = [];
  const queries: QueryResult[] = [];
  let n = 0;
  const onlyQueries = process.argv.includes('--queries-only');
  for (const kind of servers) {
    if (!onlyQueries) for (const c of quick ? CASES.slice(0, 1) : CASES) uploads.push(await runUploadCase(kind, block, c, ++n));
    for (const mode of QUERY_MODES) queries.push(await runQueryCase(kind, block, ++n, quick ? 10 : 40, mode, quick ? QUICK_QUERY_WINDOW_MS : QUERY_WINDOW_MS));
  }
  const command = `node dist/bench/upload.bench.js${process.argv.slice(2).length ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const out = {
    env: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memTotalBytes: totalmem(),
      node: process.version,
      date: new Date().toISOString(),
      command,
      loadavg: { start: startLoad, end: loadavg() },
    },
    block: { ulid: meta.ulid, series: meta.stats.numSeries, samples: meta.stats.numSamples, bytes: blockBytes },
    method:
      `One Shipper.sync() in a child process shipping one block (hard-linked copy) to a fresh bucket on a fresh local server; throughput = bytes sent (chunks + index + meta.json) / wall time of the sync; shipper RSS sampled every 20 ms from /proc/<pid>/status plus VmHWM reset via clear_refs before the upload; server RSS includes its child processes. Queries: the StoreAPI server (native engine) in the same process as the shipper, one Series call at a time from the parent, idle first, then back to back for the first ${(quick ? QUICK_QUERY_WINDOW_MS : QUERY_WINDOW_MS) / 1000} s of the upload (or all of it when shorter), after which the upload finishes with no queries (a yielding upload stays at the floor for the first second of that: the gate's quiet period); four ways of running the upload (on the main thread as before the upload thread; on the upload thread at nice 19 without yielding; the same with the S3 server under SCHED_IDLE, standing in for a remote server whose CPU is not this host's; the sidecar's default, the nice-19 thread yielding to Series calls at the ${DEFAULT_UPLOAD_RATE_WHILE_SERVING} B/s floor of --shipper.upload-rate-while-serving, its counter wired from the StoreAPI server as in the sidecar). Upload rates while queried and after: the upload thread's socket writes (/proc/self/task/<tid>/io wchar) over the window and after it (n/a on the main thread, where gRPC writes too); whole upload: the block's bytes over the wall time of the sync.`,
    uploads,
    queries,
  };
  writeFileSync(join(resultsDir, 'upload.json'), `${JSON.stringify(out, null, 2)}\n`);
  const note = `Shipper uploading one ${(blockBytes / 1e9).toFixed(2)} GB block (${meta.stats.numSeries.toLocaleString('en-US')} series) to a local server on loopback; ${out.env.cpu}, ${out.env.cores} cores, Node ${out.env.node}, ${out.env.date.slice(0, 10)}, \`${command}\`. The server shares the 2 cores with the shipper.`;
  const md = `# Upload benchmark\n\n${renderUploads(uploads)}\n\nSeries calls while the same process uploads (part_size 64 MiB × 4):\n\n${renderQueries(queries)}\n\n${note}\n\nMethod: ${out.method}\n`;
  writeFileSync(join(resultsDir, 'upload.md'), md);
  console.log(`\n${md}`);
}

// ---- child ----

/** Bytes a thread of this process has written (sockets included): its /proc io wchar; null if unknown. */
function threadWrites(tid: number | undefined): number | null {
  if (tid === undefined) return null;
  try {
    const m = /wchar:\s+(\d+)/.exec(readFileSync(`/proc/self/task/${tid}/io`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

async function child(args: { tsdb: string; yaml: string; queue: number; queryTsdb?: string; nice: number | null; yieldRate?: number }): Promise<void> {
  const cfg = parseObjstoreConfig(args.yaml);
  if (!cfg) throw new Error('no bucket config');
  // One counter for the StoreAPI server's Series handler and the upload thread, as the sidecar has.
  const activity = new QueryActivity();
  const yieldRate = args.yieldRate ?? 0;
  let uploadThread: BackgroundStatus | undefined;
  // As the sidecar opens it (upload thread at nice 19, yielding when asked), unless --upload-nice none.
  const bucket = await openBucket(cfg, {
    uploadConcurrency: args.queue,
    ...(args.nice === null ? {} : { backgroundNice: args.nice, onBackgroundStatus: (s) => (uploadThread = s) }),
    ...(yieldRate > 0 ? { queryActivity: activity, uploadRateWhileServing: yieldRate } : {}),
  });
  let port: number | undefined;
  let stopServer = async () => {};
  if (args.queryTsdb) {
    const handle = await startSidecar(
      ['--tsdb.path', args.queryTsdb, '--grpc-address', '127.0.0.1:0', '--http-address=127.0.0.1:0', '--prometheus.url=', '--external-label', 'replica=bench'],
      { queryActivity: activity },
      () => {},
    );
    port = handle.port;
    stopServer = () => handle.stop();
  }
  const quiet = { info: () => {}, warn: () => {}, error: (m: string, f?: Record<string, unknown>) => process.stderr.write(`${m} ${JSON.stringify(f)}\n`) };
  const verbose = process.env.STOREAPI_BENCH_VERBOSE === '1';
  const shipper = new Shipper({
    tsdbPath: args.tsdb,
    bucket,
    externalLabels: () => ({ replica: 'bench' }),
    logger: quiet,
    onProgress: verbose ? (e) => process.stderr.write(`progress ${JSON.stringify(e)} ${new Date().toISOString()}\n`) : undefined,
  });
  const lines = createInterface({ input: process.stdin });
  const said = (word: string) => new Promise<void>((resolve) => lines.on('line', (l) => l === word && resolve()));
  const go = said('go');
  const closed = new Promise<void>((resolve) => lines.once('close', resolve));
  process.stdout.write(`${JSON.stringify({ ready: true, port })}\n`);
  await go;
  const start = performance.now();
  // The window: until the parent says its queries stopped. Meanwhile, how often a call is in flight.
  let window: { ms: number; wire: number | null } | undefined;
  let samples = 0;
  let busy = 0;
  const sampler = setInterval(() => {
    samples++;
    if (activity.count() > 0) busy++;
  }, 5);
  void said('window-end').then(() => {
    clearInterval(sampler);
    window ??= { ms: performance.now() - start, wire: threadWrites(uploadThread?.tid) };
  });
  const r = await shipper.sync();
  const ms = performance.now() - start;
  clearInterval(sampler);
  window ??= { ms, wire: threadWrites(uploadThread?.tid) };
  const bytes = r.outcomes.reduce((a, o) => a + (o.action === 'uploaded' ? o.bytes : 0), 0);
  if (r.error || !r.outcomes.every((o) => o.action === 'uploaded')) throw new Error(`upload failed: ${JSON.stringify(r)}`);
  // The counter must have reached the upload thread, and the Series handler must count into it.
  if (yieldRate > 0 && uploadThread?.yieldRate !== yieldRate) throw new Error(`the upload thread does not yield (status ${JSON.stringify(uploadThread)})`);
  if (yieldRate > 0 && args.queryTsdb && samples > 0 && busy === 0) throw new Error('no Series call was ever counted in flight during the query window');
  const done: UploadDone = { bytes, ms, windowMs: window.ms, windowWireBytes: window.wire, wireBytes: threadWrites(uploadThread?.tid), busyFraction: samples > 0 ? busy / samples : 0 };
  process.stdout.write(`${JSON.stringify({ done: true, ...done })}\n`);
  await closed; // stdin closed
  await stopServer();
  await bucket.close();
  process.exit(0);
}

const childAt = process.argv.indexOf('--child');
if (childAt >= 0) await child(JSON.parse(process.argv[childAt + 1]));
else await bench();
