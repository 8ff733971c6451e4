// Series benchmark: the whole StoreAPI path (gRPC server → executor → worker → engine → encoded
// frames → client) over the 100k-series block, per engine, for a selective, a broad and a
// skip_chunks query. The server runs in a child process (`node dist/bench/series.bench.js --serve`)
// so its peak RSS (VmHWM from /proc, reset between cases through clear_refs) is its own.
//
//   npm run bench:series [-- --update-readme] [-- --quick]
//
// Results: bench/results/series.json and series.md; with --update-readme, the README block between
// `<!-- bench:series:start -->` / `<!-- bench:series:end -->`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Long from 'long';
import { MatchType } from '../src/engine/engine.js';
import type { thanos } from '../src/gen/proto.js';
import { startSidecar } from '../src/sidecar.js';
import { bigBlockPath } from '../test/helpers/big-block.js';
import { storeClient, type StoreClient } from '../test/helpers/grpc.js';
import { quantile, repoRoot, resultsDir } from './report.js';

const START_MARKER = '<!-- bench:series:start -->';
const END_MARKER = '<!-- bench:series:end -->';

interface Case {
  id: string;
  label: string;
  matchers: { type: MatchType; name: string; value: string }[];
  skipChunks: boolean;
  runs: number;
}

const CASES: Case[] = [
  {
    id: 'selective',
    label: 'selective `{job="api",pod=~"p-1.*"}`, chunks',
    matchers: [
      { type: MatchType.EQ, name: 'job', value: 'api' },
      { type: MatchType.RE, name: 'pod', value: 'p-1.*' },
    ],
    skipChunks: false,
    runs: 30,
  },
  {
    id: 'broad',
    label: 'broad `{__name__="http_requests_total"}`, chunks',
    matchers: [{ type: MatchType.EQ, name: '__name__', value: 'http_requests_total' }],
    skipChunks: false,
    runs: 8,
  },
  {
    id: 'skip-chunks',
    label: 'skip_chunks `{__name__=~".+"}` (every series, labels only)',
    matchers: [{ type: MatchType.RE, name: '__name__', value: '.+' }],
    skipChunks: true,
    runs: 5,
  },
];

export interface SeriesCaseResult {
  id: string;
  label: string;
  engine: 'native' | 'ts';
  runs: number;
  series: number;
  bytes: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  seriesPerSec: number;
  bytesPerSec: number;
  peakRssBytes: number;
}

/** Series in one SeriesResponse without a full decode: field 1 = one series, field 4 = a batch of field-1 entries. */
function countSeries(msg: Buffer): number {
  let pos = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = msg[pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  const tag = varint();
  if (tag === 0x0a) return 1;
  if (tag !== 0x22) return 0;
  const end = varint() + pos;
  let n = 0;
  while (pos < end) {
    const t = varint();
    const len = varint();
    if (t === 0x0a) n++;
    pos += len;
  }
  return n;
}

function runOnce(client: StoreClient, req: thanos.SeriesRequest.$Properties): Promise<{ ms: number; series: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let series = 0;
    let bytes = 0;
    const stream = client.Series(req);
    stream.on('data', (b: Buffer) => {
      bytes += b.length;
      series += countSeries(b);
    });
    stream.on('error', reject);
    stream.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, series, bytes }));
  });
}

function vmHwm(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

/** Resets the child's peak RSS (Linux clear_refs 5), so each case reports its own peak. */
function resetHwm(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

async function startServer(engine: 'native' | 'ts', tsdbPath: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', tsdbPath], {
    env: { ...process.env, STOREAPI_SIDECAR_NATIVE: engine === 'native' ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    lines.once('line', (l) => resolve(JSON.parse(l).port as number));
  });
  return { child, port };
}

async function bench(quick: boolean): Promise<void> {
  const tsdbPath = bigBlockPath();
  const meta = JSON.parse(
    readFileSync(join(tsdbPath, (await import('node:fs')).readdirSync(tsdbPath).find((n) => /^[0-9A-Z]{26}$/.test(n))!, 'meta.json'), 'utf8'),
  ) as { ulid: string; minTime: number; maxTime: number; stats: { numSeries: number; numChunks: number; numSamples: number } };
  const startLoad = loadavg();
  const results: SeriesCaseResult[] = [];
  for (const engine of ['native', 'ts'] as const) {
    const { child, port } = await startServer(engine, tsdbPath);
    const client = storeClient(`127.0.0.1:${port}`, { 'grpc.max_receive_message_length': -1 });
    try {
      for (const c of CASES) {
        const req: thanos.SeriesRequest.$Properties = {
          minTime: Long.fromNumber(meta.minTime),
          maxTime: Long.fromNumber(meta.maxTime - 1),
          matchers: c.matchers.map((m) => ({ type: m.type as number, name: m.name, value: m.value })),
          skipChunks: c.skipChunks,
          responseBatchSize: 64, // what current Queriers send
        };
        await runOnce(client, req); // warm-up: page cache, worker JIT, open block
        resetHwm(child.pid!);
        const runs = quick ? Math.max(2, Math.ceil(c.runs / 5)) : c.runs;
        const times: number[] = [];
        let last = { series: 0, bytes: 0 };
        for (let i = 0; i < runs; i++) {
          const r = await runOnce(client, req);
          times.push(r.ms);
          last = r;
        }
        const sorted = [...times].sort((a, b) => a - b);
        const p50 = quantile(sorted, 0.5);
        const res: SeriesCaseResult = {
          id: c.id,
          label: c.label,
          engine,
          runs,
          series: last.series,
          bytes: last.bytes,
          p50Ms: p50,
          p99Ms: quantile(sorted, 0.99),
          meanMs: times.reduce((a, b) => a + b, 0) / times.length,
          seriesPerSec: (last.series * 1000) / p50,
          bytesPerSec: (last.bytes * 1000) / p50,
          peakRssBytes: vmHwm(child.pid!),
        };
        results.push(res);
        console.log(`${engine} ${c.id}: ${res.series} series, p50 ${p50.toFixed(1)} ms, p99 ${res.p99Ms.toFixed(1)} ms, peak RSS ${(res.peakRssBytes / 2 ** 20).toFixed(0)} MiB`);
      }
    } finally {
      client.close();
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  }
  const out = {
    env: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memTotalBytes: totalmem(),
      node: process.version,
      date: new Date().toISOString(),
      command: `npm run bench:series${quick ? ' -- --quick' : ''}`,
      loadavg: { start: startLoad, end: loadavg() },
    },
    block: { dir: relative(repoRoot, tsdbPath), ulid: meta.ulid, series: meta.stats.numSeries, chunks: meta.stats.numChunks, samples: meta.stats.numSamples },
    method: 'response_batch_size=64, one client, sequential calls; one warm-up call per case; peak RSS = server VmHWM over the timed calls (one query worker thread per core − 1).',
    results,
  };
  writeFileSync(join(resultsDir, 'series.json'), JSON.stringify(out, null, 2) + '\n');
  const table = render(results);
  const note = `Whole StoreAPI path over gRPC on loopback (server in a child process, ${out.block.series.toLocaleString('en-US')}-series block), response_batch_size 64. Rates from the p50 call time. Measured on ${out.env.cpu}, ${out.env.cores} cores, Node ${out.env.node}, ${out.env.date.slice(0, 10)}, \`${out.env.command}\`.`;
  writeFileSync(join(resultsDir, 'series.md'), `# Series benchmark\n\n${table}\n\n${note}\n\nMethod: ${out.method}\n`);
  console.log('\n' + table);
  if (process.argv.includes('--update-readme')) updateReadme(`${table}\n\n${note}`);
}

const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
const rate = (x: number, unit: string) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M ${unit}` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k ${unit}` : `${x.toFixed(0)} ${unit}`);

function render(rs: SeriesCaseResult[]): string {
  const lines = ['| case | engine | series | series/s | bytes/s | p50 | p99 | server peak RSS |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const r of rs) {
    lines.push(
      `| ${r.label} | ${r.engine} | ${r.series.toLocaleString('en-US')} | ${rate(r.seriesPerSec, 'series/s')} | ${rate(r.bytesPerSec / 2 ** 20, 'MiB/s')} | ${r.p50Ms.toFixed(1)} ms | ${r.p99Ms.toFixed(1)} ms | ${mib(r.peakRssBytes)} |`,
    );
  }
  return lines.join('\n');
}

function updateReadme(block: string): void {
  const path = join(repoRoot, 'README.md');
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START_MARKER);
  const end = text.indexOf(END_MARKER);
  if (start < 0 || end < start) {
    console.log(`note: README.md lacks ${START_MARKER} … ${END_MARKER}; not updated`);
    return;
  }
  writeFileSync(path, text.slice(0, start + START_MARKER.length) + '\n' + block + '\n' + text.slice(end));
  console.log('README.md series benchmark block updated');
}

/** Child mode: our sidecar on a free loopback port; prints {"port"} and serves until SIGTERM. */
async function serve(tsdbPath: string): Promise<void> {
  const quiet = () => {};
  const handle = await startSidecar(['--tsdb.path', tsdbPath, '--grpc-address', '127.0.0.1:0', '--http-address=127.0.0.1:0', '--prometheus.url=', '--external-label', 'replica=bench'], undefined, quiet);
  process.stdout.write(JSON.stringify({ port: handle.port }) + '\n');
  process.once('SIGTERM', () => {
    handle.stop().then(() => process.exit(0));
  });
}

const serveAt = process.argv.indexOf('--serve');
if (serveAt >= 0) await serve(process.argv[serveAt + 1]);
else await bench(process.argv.includes('--quick'));
