// The sidecar process as an operator runs it (bin/storeapi-sidecar.js, a child process) next to a
// REAL Prometheus (test/helpers/prometheus.ts): start-up order and readiness, external labels and
// their reload, the Prometheus heartbeat, /metrics names, SIGTERM, the refusals and start-up
// errors, TLS and mutual TLS (certificates made with openssl), and the shipper uploading a block
// Prometheus cut into a FILESYSTEM bucket.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { credentials, makeGenericClientConstructor, type ChannelCredentials, type ServiceError } from '@grpc/grpc-js';
import { thanos } from '../../src/gen/proto.js';
import { infoService, storeService } from '../../src/store/server.js';
import { freePort, startPrometheus } from '../helpers/prometheus.js';
import { cliPath, edgeBlocks } from '../helpers/tools.js';

// ---------------------------------------------------------------------------------------------
// Harness

interface Sidecar {
  child: ChildProcess;
  http: string;
  grpc: string;
  log(): string;
  exited: Promise<number | string>;
  /** Sends SIGTERM and resolves the exit code and how long it took. */
  term(): Promise<{ code: number | string; ms: number }>;
}

const live = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

async function startSidecar(args: string[], ports?: { grpc: number; http: number }): Promise<Sidecar> {
  const grpcPort = ports?.grpc ?? (await freePort());
  const httpPort = ports?.http ?? (await freePort());
  const all = ['--enable-source-maps', cliPath, 'sidecar', `--grpc-address=127.0.0.1:${grpcPort}`, `--http-address=127.0.0.1:${httpPort}`, ...args];
  const child = spawn(process.execPath, all, { stdio: ['ignore', 'pipe', 'pipe'] });
  live.add(child);
  let text = '';
  child.stdout!.on('data', (b: Buffer) => (text += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (text += b.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, sig) => {
      live.delete(child);
      resolve(sig ?? code ?? -1);
    }),
  );
  return {
    child,
    http: `http://127.0.0.1:${httpPort}`,
    grpc: `127.0.0.1:${grpcPort}`,
    log: () => text,
    exited,
    async term() {
      const t0 = Date.now();
      child.kill('SIGTERM');
      const code = await exited;
      return { code, ms: Date.now() - t0 };
    },
  };
}

/** Runs the CLI to completion (for start-up failures); a hard 60 s cap. */
async function runToExit(args: string[]): Promise<{ code: number | string; log: string; ms: number }> {
  const t0 = Date.now();
  const s = await startSidecar(args);
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 60_000);
  const code = await s.exited;
  clearTimeout(timer);
  return { code, log: s.log(), ms: Date.now() - t0 };
}

async function get(url: string): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
    return { status: res.status, body: await res.text() };
  } catch {
    return { status: 0, body: '' };
  }
}

async function eventually<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs: number, s?: Sidecar): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${s ? `\nsidecar log:\n${s.log().split('\n').slice(-40).join('\n')}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function metricValue(text: string, series: string): number | undefined {
  for (const line of text.split('\n')) if (line.startsWith(series + ' ')) return Number(line.slice(series.length + 1));
  return undefined;
}

type InfoClient = InstanceType<ReturnType<typeof makeGenericClientConstructor>> & {
  Info(req: object, cb: (err: ServiceError | null, res?: thanos.info.InfoResponse) => void): void;
};
const InfoCtor = makeGenericClientConstructor(infoService, 'thanos.info.Info');
const StoreCtor = makeGenericClientConstructor(storeService, 'thanos.Store');

function info(target: string, creds: ChannelCredentials = credentials.createInsecure()): Promise<thanos.info.InfoResponse> {
  const client = new InfoCtor(target, creds) as unknown as InfoClient;
  return new Promise<thanos.info.InfoResponse>((resolve, reject) =>
    client.Info({}, (err, res) => {
      client.close();
      if (err) reject(err);
      else resolve(res!);
    }),
  );
}

function seriesCount(target: string, name: string): Promise<number> {
  const client = new StoreCtor(target, credentials.createInsecure()) as unknown as { Series(req: object): NodeJS.ReadableStream; close(): void };
  return new Promise((resolve, reject) => {
    let n = 0;
    const stream = client.Series({ minTime: 0, maxTime: Number.MAX_SAFE_INTEGER, matchers: [{ type: thanos.LabelMatcher.Type.RE, name: '__name__', value: name }] });
    stream.on('data', (b: Buffer) => {
      const r = thanos.SeriesResponse.decode(b);
      if (r.series) n++;
      if (r.batch) n += r.batch.series?.length ?? 0;
    });
    stream.on('error', (err) => {
      client.close();
      reject(err);
    });
    stream.on('end', () => {
      client.close();
      resolve(n);
    });
  });
}

const labelsOf = (r: thanos.info.InfoResponse): Record<string, string> => Object.fromEntries((r.labelSets[0]?.labels ?? []).map((l) => [l.name, l.value]));

function portOpen(target: string): Promise<boolean> {
  const [host, port] = target.split(':');
  return new Promise((resolve) => {
    const sock = connect({ host, port: Number(port) });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

// ---------------------------------------------------------------------------------------------
// Lifecycle next to a real Prometheus

test('start-up order, external labels and their reload, heartbeat, /metrics, SIGTERM', async () => {
  const prom = await startPrometheus({ externalLabels: { cluster: 'e2e', replica: 'a' } });
  try {
    await prom.stop(); // the sidecar comes up first, as it often does in a pod
    const s = await startSidecar([
      `--prometheus.url=${prom.url}`,
      `--tsdb.path=${prom.dataDir}`,
      '--prometheus.get_config_interval=1s',
      '--prometheus.get_config_timeout=1s',
      '--grpc-grace-period=5s',
      '--http-grace-period=5s',
    ]);
    // HTTP first: healthy, not ready (with the reason), gRPC not listening yet.
    await eventually('/-/healthy 200', async () => ((await get(`${s.http}/-/healthy`)).status === 200 ? true : undefined), 20_000, s);
    const notReady = await get(`${s.http}/-/ready`);
    assert.equal(notReady.status, 503);
    assert.match(notReady.body, /^NOT OK: waiting for Prometheus at /);
    assert.ok(notReady.body.includes(prom.url), notReady.body);
    assert.equal(await portOpen(s.grpc), false, 'gRPC must not listen before the external labels are known');

    await prom.start();
    await eventually('/-/ready 200 once Prometheus is up', async () => ((await get(`${s.http}/-/ready`)).status === 200 ? true : undefined), 20_000, s);
    const first = await info(s.grpc);
    assert.deepEqual(labelsOf(first), { cluster: 'e2e', replica: 'a' });
    assert.equal(first.ComponentType, 'sidecar');
    // Rules/Targets/Metadata/Exemplars/Status are served next to the StoreAPI and advertised.
    assert.ok(first.rules && first.targets && first.metricMetadata && first.exemplars && first.status, 'companion API markers in Info');
    // Nothing is persisted yet: what Series returns comes from the head, by remote read.
    const headSeries = await eventually('test_.* series from the head', async () => {
      const n = await seriesCount(s.grpc, 'test_.*');
      return n > 0 ? n : undefined;
    }, 30_000, s);
    assert.ok(headSeries >= 10, `only ${headSeries} series`);

    // /metrics: the names the Thanos mixin and dashboards use, plus ours.
    const metrics = (await get(`${s.http}/metrics`)).body;
    assert.equal(metricValue(metrics, 'thanos_sidecar_prometheus_up'), 1);
    assert.ok((metricValue(metrics, 'grpc_server_handled_total{grpc_type="unary",grpc_service="thanos.info.Info",grpc_method="Info",grpc_code="OK"}') ?? 0) >= 1, 'Info counted');
    assert.ok((metricValue(metrics, 'grpc_server_handled_total{grpc_type="server_stream",grpc_service="thanos.Store",grpc_method="Series",grpc_code="OK"}') ?? 0) >= 1, 'Series counted');
    assert.ok((metricValue(metrics, 'storeapi_series_bytes_streamed_total') ?? 0) > 0, 'Series bytes counted');
    assert.equal(metricValue(metrics, 'thanos_status{check="ready",component="sidecar"}'), 1);
    for (const name of [
      'grpc_server_handling_seconds_bucket{',
      'grpc_server_started_total{',
      'thanos_store_selects_dropped_total{reason="series"}',
      'thanos_store_server_pending_series_requests ',
      'storeapi_engine_info{engine=',
      'storeapi_blocks_served ',
      'storeapi_series_bytes_streamed_total ',
      'process_cpu_seconds_total ',
      'process_resident_memory_bytes ',
    ]) {
      assert.ok(metrics.includes(`\n${name}`), `/metrics lacks ${name}`);
    }

    // A configuration reload is picked up within get_config_interval.
    await prom.reload({ cluster: 'e2e', replica: 'b' });
    await eventually('new external labels in Info', async () => (labelsOf(await info(s.grpc)).replica === 'b' ? true : undefined), 10_000, s);
    assert.match(s.log(), /msg="external labels changed"/);

    // Prometheus goes away: prometheus_up 0, not ready, Info refuses (as Thanos's does).
    await prom.stop();
    await eventually('prometheus_up 0 and /-/ready 503', async () => {
      const m = (await get(`${s.http}/metrics`)).body;
      const r = await get(`${s.http}/-/ready`);
      return metricValue(m, 'thanos_sidecar_prometheus_up') === 0 && r.status === 503 && r.body.includes('is not answering') ? true : undefined;
    }, 10_000, s);
    await assert.rejects(info(s.grpc), (err: ServiceError) => err.code === 14 && /not ready/.test(err.details));
    // ... and comes back.
    await prom.start();
    await eventually('prometheus_up 1 and /-/ready 200 again', async () => {
      const m = (await get(`${s.http}/metrics`)).body;
      return metricValue(m, 'thanos_sidecar_prometheus_up') === 1 && (await get(`${s.http}/-/ready`)).status === 200 ? true : undefined;
    }, 20_000, s);
    assert.deepEqual(labelsOf(await info(s.grpc)), { cluster: 'e2e', replica: 'b' });

    const { code, ms } = await s.term();
    assert.equal(code, 0, s.log());
    assert.ok(ms < 5000, `shutdown took ${ms} ms, more than --grpc-grace-period=5s`);
    assert.match(s.log(), /msg="sidecar stopped"/);
  } finally {
    await prom.close();
  }
});

test('no external labels: refused unless --external-label is given; the shipper uploads a block Prometheus cut', async () => {
  const prom = await startPrometheus({ externalLabels: {} });
  const bucketDir = mkdtempSync(join(tmpdir(), 'storeapi-bucket-'));
  try {
    const refused = await runToExit([`--prometheus.url=${prom.url}`, `--tsdb.path=${prom.dataDir}`]);
    assert.equal(refused.code, 1, refused.log);
    assert.match(refused.log, /level=error .*msg="running command failed" err=".*no external labels configured on Prometheus at http:\/\/127\.0\.0\.1:\d+/);

    const s = await startSidecar([
      `--prometheus.url=${prom.url}`,
      `--tsdb.path=${prom.dataDir}`,
      '--external-label=replica=x',
      `--objstore.config=type: FILESYSTEM\nconfig:\n  directory: ${bucketDir}\n`,
      '--prometheus.get_config_interval=1s',
      '--grpc-grace-period=5s',
    ]);
    await eventually('/-/ready 200', async () => ((await get(`${s.http}/-/ready`)).status === 200 ? true : undefined), 30_000, s);
    assert.deepEqual(labelsOf(await info(s.grpc)), { replica: 'x' });
    // The helper's Prometheus runs with min = max block duration: accepted, with the 2h warning.
    assert.match(s.log(), /only a 2h block duration is recommended/);
    assert.match(s.log(), /msg="shipper started"/);

    const [block] = await prom.waitForBlocks(1, 120_000);
    const meta = await eventually(
      `${block.ulid}/meta.json in the bucket`,
      async () => {
        const file = join(bucketDir, block.ulid, 'meta.json');
        return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { thanos: { labels: Record<string, string>; source: string } }) : undefined;
      },
      60_000,
      s,
    );
    assert.deepEqual(meta.thanos.labels, { replica: 'x' });
    assert.equal(meta.thanos.source, 'sidecar');
    assert.ok(existsSync(join(bucketDir, block.ulid, 'index')));
    assert.ok(readdirSync(join(bucketDir, block.ulid, 'chunks')).length > 0);
    const state = await eventually('thanos.shipper.json lists the block', async () => {
      const file = join(prom.dataDir, 'thanos.shipper.json');
      if (!existsSync(file)) return undefined;
      const st = JSON.parse(readFileSync(file, 'utf8')) as { uploaded: string[] };
      return st.uploaded.includes(block.ulid) ? st : undefined;
    }, 10_000, s);
    assert.equal(state.uploaded.includes(block.ulid), true);

    const { code } = await s.term();
    assert.equal(code, 0, s.log());
    assert.match(s.log(), /msg="shipper stopped"/);
  } finally {
    await prom.close();
    rmSync(bucketDir, { recursive: true, force: true });
  }
});

// ---------------------------------------------------------------------------------------------
// Refusals and start-up errors

test('flags of thanos sidecar we do not support, and unknown flags, are refused by name', async () => {
  for (const [flag, re] of [
    ['--reloader.config-file=/etc/prometheus/prometheus.yml', /flag --reloader\.config-file is not supported by storeapi-sidecar/],
    ['--tracing.config-file=x.yml', /flag --tracing\.config-file is not supported by storeapi-sidecar/],
    ['--request.logging-config=x', /flag --request\.logging-config is not supported by storeapi-sidecar/],
    ['--prometheus.http-client-file=c.yml', /flag --prometheus\.http-client-file is not supported by storeapi-sidecar/],
    ['--no-such-flag', /unknown flag --no-such-flag/],
  ] as const) {
    const r = await runToExit(['--prometheus.url=', `--tsdb.path=${edgeBlocks}`, '--external-label=a=b', flag]);
    assert.equal(r.code, 2, `${flag}: ${r.log}`);
    assert.match(r.log, re);
  }
  const help = spawnSync(process.execPath, [cliPath, 'sidecar', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  for (const f of ['--prometheus.url=URL', '--prometheus.ready_timeout', '--grpc-server-tls-client-ca', '--shipper.meta-file-name', '--reloader.*']) assert.ok(help.stdout.includes(f), `--help lacks ${f}`);
});

test('start-up errors exit 1 with a clear message: ports in use, --tsdb.path, unreachable Prometheus, bad objstore config', async () => {
  const holder: Server = createServer();
  const busy = await new Promise<number>((resolve) => holder.listen(0, '127.0.0.1', () => resolve((holder.address() as { port: number }).port)));
  try {
    const base = ['--prometheus.url=', `--tsdb.path=${edgeBlocks}`, '--external-label=a=b'];
    let s = await startSidecar(base, { grpc: await freePort(), http: busy });
    assert.equal(await s.exited, 1, s.log());
    assert.match(s.log(), new RegExp(`--http-address 127\\.0\\.0\\.1:${busy}: cannot listen: address already in use`));
    s = await startSidecar(base, { grpc: busy, http: await freePort() });
    assert.equal(await s.exited, 1, s.log());
    assert.match(s.log(), new RegExp(`--grpc-address 127\\.0\\.0\\.1:${busy}: cannot listen: address already in use`));
  } finally {
    holder.close();
  }
  const missing = await runToExit(['--prometheus.url=', '--tsdb.path=/nonexistent/storeapi', '--external-label=a=b']);
  assert.equal(missing.code, 1, missing.log);
  assert.match(missing.log, /--tsdb\.path \/nonexistent\/storeapi: no such directory/);

  const deadUrl = `http://127.0.0.1:${await freePort()}`;
  const dead = await runToExit([`--prometheus.url=${deadUrl}`, `--tsdb.path=${edgeBlocks}`, '--prometheus.ready_timeout=2s']);
  assert.equal(dead.code, 1, dead.log);
  assert.ok(dead.log.includes(`Prometheus at ${deadUrl} did not answer within --prometheus.ready_timeout`), dead.log);
  assert.match(dead.log, /ECONNREFUSED/);

  // SIGTERM while still waiting for Prometheus: a clean stop, exit 0.
  const waiting = await startSidecar([`--prometheus.url=${deadUrl}`, `--tsdb.path=${edgeBlocks}`]);
  await eventually('/-/healthy 200 while waiting', async () => ((await get(`${waiting.http}/-/healthy`)).status === 200 ? true : undefined), 20_000, waiting);
  assert.equal((await get(`${waiting.http}/-/ready`)).status, 503);
  const early = await waiting.term();
  assert.equal(early.code, 0, waiting.log());
  assert.match(waiting.log(), /msg="stopped during start-up"/);

  const badBucket = await runToExit(['--prometheus.url=', `--tsdb.path=${edgeBlocks}`, '--external-label=a=b', '--objstore.config=type: GCS\nconfig: {}\n']);
  assert.equal(badBucket.code, 1, badBucket.log);
  assert.match(badBucket.log, /objstore config: .*GCS is supported by Thanos but not by storeapi-sidecar/);
});

// ---------------------------------------------------------------------------------------------
// TLS

function openssl(dir: string, args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  if (r.error) throw new Error(`openssl is required for the TLS tests and could not be run: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')} failed:\n${r.stderr}`);
}

function makeCerts(dir: string): void {
  openssl(dir, ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '1', '-subj', '/CN=storeapi-test-ca']);
  for (const [name, ext] of [
    ['server', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n'],
    ['client', 'extendedKeyUsage=clientAuth\n'],
  ]) {
    writeFileSync(join(dir, `${name}.ext`), ext);
    openssl(dir, ['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`]);
    openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '1', '-extfile', `${name}.ext`]);
  }
}

test('gRPC over TLS and mutual TLS', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'storeapi-tls-'));
  try {
    makeCerts(dir);
    const f = (n: string) => join(dir, n);
    const ca = readFileSync(f('ca.crt'));
    // By name, so the client checks the certificate's DNS name (TLS does not send IPs as SNI).
    const byName = (target: string) => target.replace('127.0.0.1', 'localhost');
    const base = ['--prometheus.url=', `--tsdb.path=${edgeBlocks}`, '--external-label=replica=tls', '--grpc-grace-period=2s'];

    let s = await startSidecar([...base, `--grpc-server-tls-cert=${f('server.crt')}`, `--grpc-server-tls-key=${f('server.key')}`]);
    await eventually('/-/ready 200', async () => ((await get(`${s.http}/-/ready`)).status === 200 ? true : undefined), 30_000, s);
    assert.deepEqual(labelsOf(await info(byName(s.grpc), credentials.createSsl(ca))), { replica: 'tls' });
    await assert.rejects(info(s.grpc, credentials.createInsecure()), 'a plaintext client must not get through');
    assert.match(s.log(), /tls=server/);
    assert.equal((await s.term()).code, 0, s.log());

    s = await startSidecar([...base, `--grpc-server-tls-cert=${f('server.crt')}`, `--grpc-server-tls-key=${f('server.key')}`, `--grpc-server-tls-client-ca=${f('ca.crt')}`]);
    await eventually('/-/ready 200', async () => ((await get(`${s.http}/-/ready`)).status === 200 ? true : undefined), 30_000, s);
    const withCert = credentials.createSsl(ca, readFileSync(f('client.key')), readFileSync(f('client.crt')));
    assert.deepEqual(labelsOf(await info(byName(s.grpc), withCert)), { replica: 'tls' });
    await assert.rejects(info(byName(s.grpc), credentials.createSsl(ca)), 'a client without a certificate must be refused under mTLS');
    assert.match(s.log(), /tls=mutual/);
    assert.equal((await s.term()).code, 0, s.log());

    const half = await runToExit([...base, `--grpc-server-tls-client-ca=${f('ca.crt')}`]);
    assert.equal(half.code, 2, half.log);
    assert.match(half.log, /--grpc-server-tls-client-ca needs --grpc-server-tls-cert/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
