#!/usr/bin/env node
// `npm run demo`: the real sidecar on the committed sample blocks (written by Prometheus's own code),
// with no Prometheus: it is started as a child process on free loopback ports with
// `--prometheus.url=` (serve the persisted blocks only) and an `--external-label`, then queried with
// a grpc-js client the way a Thanos Querier would (Info, then one Series call), and stopped with
// SIGTERM like any deployment would stop it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import grpc from '@grpc/grpc-js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'storeapi-sidecar.js');
const blocks = join(root, 'test', 'fixtures', 'blocks', 'edge');
const { thanos } = await import(join(root, 'dist', 'src', 'gen', 'proto.js'));
const { storeService, infoService } = await import(join(root, 'dist', 'src', 'store', 'server.js'));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const [grpcPort, httpPort] = [await freePort(), await freePort()];
const args = [
  'sidecar',
  '--prometheus.url=',
  `--tsdb.path=${blocks}`,
  '--external-label=cluster=demo',
  '--external-label=replica=a',
  `--grpc-address=127.0.0.1:${grpcPort}`,
  `--http-address=127.0.0.1:${httpPort}`,
  '--grpc-grace-period=5s',
  '--http-grace-period=5s',
];
process.stdout.write(`$ storeapi-sidecar ${args.join(' ')}\n`);
const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'inherit', 'pipe'] });
let log = '';
let partial = '';
// The sidecar's log, indented line by line under the demo's own output.
child.stderr.on('data', (b) => {
  log += b;
  const lines = (partial + b.toString()).split('\n');
  partial = lines.pop();
  for (const line of lines) process.stderr.write(`  | ${line}\n`);
});
const exited = new Promise((resolve) => child.once('exit', (code, sig) => resolve(sig ?? code)));

async function fail(msg) {
  process.stderr.write(`demo: ${msg}\n`);
  child.kill('SIGKILL');
  await exited;
  process.exit(1);
}

// Wait for /-/ready, as a Kubernetes readiness probe would.
const deadline = Date.now() + 30_000;
for (;;) {
  if (child.exitCode !== null) await fail(`sidecar exited early with ${child.exitCode}`);
  const res = await fetch(`http://127.0.0.1:${httpPort}/-/ready`).catch(() => undefined);
  if (res) {
    const body = await res.text();
    if (res.status === 200) break;
    if (Date.now() > deadline) await fail(`not ready after 30 s: ${body.trim()}`);
  } else if (Date.now() > deadline) await fail('HTTP server not up after 30 s');
  await new Promise((r) => setTimeout(r, 100));
}
process.stdout.write(`\nsidecar ready: gRPC StoreAPI on 127.0.0.1:${grpcPort}, HTTP (metrics, probes) on http://127.0.0.1:${httpPort}\n`);
process.stdout.write('no Prometheus (--prometheus.url is empty): the sidecar serves the persisted sample blocks only\n');

const target = `127.0.0.1:${grpcPort}`;
const Info = grpc.makeGenericClientConstructor(infoService, 'thanos.info.Info');
const Store = grpc.makeGenericClientConstructor(storeService, 'thanos.Store');
const info = new Info(target, grpc.credentials.createInsecure());
const store = new Store(target, grpc.credentials.createInsecure());

const infoRes = await new Promise((resolve, reject) => info.Info({}, (err, res) => (err ? reject(err) : resolve(res))));
const labelSet = infoRes.labelSets.map((s) => `{${s.labels.map((l) => `${l.name}="${l.value}"`).join(', ')}}`).join(' ');
process.stdout.write(`\nInfo: component=${infoRes.ComponentType} external labels ${labelSet}, ${infoRes.store.tsdbInfos.length} blocks, ` + `min_time ${new Date(Number(infoRes.store.minTime)).toISOString()}\n`);

const matcher = { type: thanos.LabelMatcher.Type.RE, name: '__name__', value: 'edge_.+' };
process.stdout.write(`\nSeries {__name__=~"${matcher.value}"} over all time:\n`);
const series = await new Promise((resolve, reject) => {
  const out = [];
  const stream = store.Series({ minTime: Number.MIN_SAFE_INTEGER, maxTime: Number.MAX_SAFE_INTEGER, matchers: [matcher] });
  stream.on('data', (buf) => {
    const r = thanos.SeriesResponse.decode(buf);
    if (r.series) out.push(r.series);
    if (r.batch) out.push(...r.batch.series);
    if (r.warning) process.stdout.write(`  warning: ${r.warning}\n`);
  });
  stream.on('error', reject);
  stream.on('end', () => resolve(out));
});
const shown = 8;
for (const s of series.slice(0, shown)) {
  const labels = s.labels.map((l) => `${l.name}="${l.value}"`).join(', ');
  // Every chunk encoding starts with its sample count as a big-endian uint16.
  const samples = s.chunks.reduce((n, c) => n + (c.raw?.data?.length >= 2 ? (c.raw.data[0] << 8) | c.raw.data[1] : 0), 0);
  const first = s.chunks.length ? new Date(Number(s.chunks[0].minTime)).toISOString() : '-';
  const last = s.chunks.length ? new Date(Number(s.chunks[s.chunks.length - 1].maxTime)).toISOString() : '-';
  process.stdout.write(`  {${labels}}  ${s.chunks.length} chunk(s), ${samples} samples, ${first} .. ${last}\n`);
}
process.stdout.write(series.length > shown ? `  … ${series.length - shown} more series (${series.length} in all)\n` : `  (${series.length} series)\n`);
info.close();
store.close();

process.stdout.write('\nstopping the sidecar with SIGTERM\n');
child.kill('SIGTERM');
const code = await exited;
if (code !== 0) await fail(`sidecar exited with ${code}:\n${log}`);
process.stdout.write('sidecar exited 0\n');
