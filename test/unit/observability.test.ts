// Observability: the logfmt/json logger (go-kit's format and go-logfmt's quoting), the ops HTTP
// server (/metrics, /-/healthy, /-/ready with reasons), the go-grpc-prometheus-compatible gRPC
// metrics checked against a real grpc-js server and client on loopback, and the sidecar metrics.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  credentials,
  makeGenericClientConstructor,
  Server,
  status,
  type Client,
  type handleServerStreamingCall,
  type handleUnaryCall,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { Registry, type Metric } from 'prom-client';
import { GrpcServerMetrics, goCodeName, GRPC_HANDLING_BUCKETS, splitMethodPath } from '../../src/observability/grpc-metrics.js';
import { OpsHttpServer, parseHttpAddress, StatusProber } from '../../src/observability/http.js';
import {
  createLogger,
  formatJson,
  formatLogfmt,
  logfmtValue,
  memorySink,
  parseLogFormat,
  parseLogLevel,
  streamSink,
} from '../../src/observability/log.js';
import { SidecarMetrics } from '../../src/observability/sidecar-metrics.js';
import { bindLoopback } from '../helpers/grpc.js';

const fixedClock = () => new Date('2026-11-25T01:02:03.456Z');

// ---------------------------------------------------------------------------------------------
// Logger

describe('logger: logfmt', () => {
  test('go-kit field order: ts, caller, level, with() fields, msg, call fields', () => {
    const sink = memorySink();
    const log = createLogger({ sink, now: fixedClock }).with({ component: 'store' });
    log.info('hello world', { n: 3, ok: true });
    assert.equal(sink.lines.length, 1);
    assert.match(
      sink.lines[0],
      /^ts=2026-11-25T01:02:03\.456Z caller=observability\.test\.(ts|js):\d+ level=info component=store msg="hello world" n=3 ok=true\n$/,
    );
  });

  test('caller names the line of the log call, for every level method and log()', () => {
    const sink = memorySink();
    const log = createLogger({ sink, now: fixedClock, level: 'debug' });
    const here = Number(/:(\d+):\d+\)?$/.exec(new Error().stack!.split('\n')[1])![1]);
    log.debug('a'); // here + 1
    log.error('b'); // here + 2
    log.log('warn', 'c'); // here + 3
    const lines = sink.lines.map((l) => Number(/caller=[^ ]+:(\d+) /.exec(l)![1]));
    assert.deepEqual(lines, [here + 1, here + 2, here + 3]);
  });

  test('quoting follows go-logfmt', () => {
    const cases: [unknown, string][] = [
      ['plain', 'plain'],
      ['a b', '"a b"'],
      ['x=y', '"x=y"'],
      ['say "hi"', '"say \\"hi\\""'],
      ['back\\slash', 'back\\slash'], // a backslash alone does not force quoting
      ['back\\ slash', '"back\\\\ slash"'],
      ['null', '"null"'], // the string, not a nil
      ['', ''],
      ['tab\there', '"tab\\there"'],
      ['line\nbreak\r', '"line\\nbreak\\r"'],
      ['\u0001', '"\\u0001"'],
      ['del\u007f', '"del\u007f"'], // DEL forces quotes but is written verbatim
      ['ünïcödé', 'ünïcödé'],
      ['😀', '😀'],
      ['bad\ud800', '"bad\\ufffd"'], // lone surrogate: Go's RuneError
      ['\ufffd', '"\ufffd"'],
      [null, 'null'],
      [42, '42'],
      [-1.5, '-1.5'],
      [NaN, 'NaN'],
      [Infinity, '+Inf'],
      [-Infinity, '-Inf'],
      [12345678901234567890n, '12345678901234567890'],
      [false, 'false'],
    ];
    for (const [value, want] of cases) assert.equal(logfmtValue(value), want, JSON.stringify(String(value)));
  });

  test('weird values never throw', () => {
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    const throwing = {
      get boom(): never {
        throw new Error('getter exploded');
      },
    };
    const hostileProxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
      },
    );
    class Labels {
      toString(): string {
        return '{job="x"}';
      }
    }
    const err = new Error('open block', { cause: new Error('ENOENT: no such file') });
    const sink = memorySink();
    const log = createLogger({ sink, now: fixedClock, caller: false });
    log.warn('odd', {
      err,
      circular,
      throwing,
      big: { n: 2n ** 70n },
      missing: undefined,
      map: new Map([['k', 1]]),
      set: new Set([1, 2]),
      date: new Date('2020-01-02T03:04:05Z'),
      labels: new Labels(),
      fn: function named() {},
      sym: Symbol('s'),
      buf: Buffer.from('bytes'),
    });
    log.info('hostile fields', hostileProxy as Record<string, unknown>);
    assert.equal(
      sink.lines[0],
      'ts=2026-11-25T01:02:03.456Z level=warn msg=odd err="open block: ENOENT: no such file" ' +
        'circular="{\\"a\\":1,\\"self\\":\\"[Circular]\\"}" throwing="{\\"boom\\":\\"PANIC:getter exploded\\"}" ' +
        'big="{\\"n\\":1180591620717411303424}" map="{\\"k\\":1}" set=[1,2] date=2020-01-02T03:04:05.000Z ' +
        'labels="{job=\\"x\\"}" fn="function named" sym=Symbol(s) buf=bytes\n',
    );
    assert.equal(sink.lines[1], 'ts=2026-11-25T01:02:03.456Z level=info msg="hostile fields"\n');
  });

  test('keys lose spaces, "=" and quotes; a key left empty drops its pair', () => {
    assert.equal(formatLogfmt([['my key', 1], ['a=b', 2], ['"q"', 3], [' ', 4], ['ok', 5]]), 'mykey=1 ab=2 q=3 ok=5\n');
  });
});

describe('logger: json', () => {
  test('one object per line, keys sorted like a marshalled Go map', () => {
    const sink = memorySink();
    const log = createLogger({ sink, now: fixedClock, format: 'json' }).with({ component: 'sidecar' });
    log.error('upload failed', { err: new Error('timeout'), block: '01HX', attempt: 2 });
    const line = sink.lines[0];
    assert.ok(line.endsWith('}\n') && !line.slice(0, -1).includes('\n'));
    const obj = JSON.parse(line) as Record<string, unknown>;
    assert.deepEqual(Object.keys(obj), ['attempt', 'block', 'caller', 'component', 'err', 'level', 'msg', 'ts']);
    assert.equal(obj.err, 'timeout');
    assert.equal(obj.level, 'error');
    assert.equal(obj.ts, '2026-11-25T01:02:03.456Z');
    assert.match(String(obj.caller), /^observability\.test\.(ts|js):\d+$/);
  });

  test('bigint stays exact, non-finite numbers and cycles stay valid JSON, later keys win', () => {
    const circular: Record<string, unknown> = {};
    circular.me = circular;
    const line = formatJson([
      ['msg', 'first'],
      ['big', 2n ** 64n],
      ['nan', NaN],
      ['inf', -Infinity],
      ['c', circular],
      ['buf', Buffer.from([0, 255])],
      ['msg', 'second'],
    ]);
    assert.equal(line, '{"big":18446744073709551616,"buf":"AP8=","c":{"me":"[Circular]"},"inf":"-Inf","msg":"second","nan":"NaN"}\n');
    JSON.parse(line);
  });
});

describe('logger: levels, flags, flushing', () => {
  test('--log.level filters below it; children share the level', () => {
    const sink = memorySink();
    const log = createLogger({ sink, level: 'warn', caller: false });
    const child = log.with({ component: 'x' });
    log.debug('d');
    log.info('i');
    child.info('i2');
    log.warn('w');
    child.error('e');
    assert.deepEqual(
      sink.lines.map((l) => /level=(\w+)/.exec(l)![1]),
      ['warn', 'error'],
    );
    assert.equal(log.enabled('info'), false);
    assert.equal(child.enabled('error'), true);
    assert.equal(log.level, 'warn');
  });

  test('flag values are validated', () => {
    assert.equal(parseLogLevel('debug'), 'debug');
    assert.equal(parseLogFormat('json'), 'json');
    assert.throws(() => parseLogLevel('trace'), /--log\.level: unknown level "trace"; expected one of debug, info, warn, error/);
    assert.throws(() => parseLogFormat('text'), /--log\.format: unknown format "text"/);
  });

  test('flush() waits until a slow destination has taken every line', async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _enc, cb) {
        setTimeout(() => {
          received.push(chunk.toString());
          cb();
        }, 2);
      },
    });
    const log = createLogger({ sink: streamSink(slow), caller: false, now: fixedClock });
    for (let i = 0; i < 50; i++) log.info('line', { i });
    assert.ok(received.length < 50, 'the destination is still busy');
    await log.flush(5000);
    assert.equal(received.length, 50);
    assert.match(received[49], /i=49\n$/);
  });

  test('a destroyed destination neither throws nor crashes the process', async () => {
    const dead = new Writable({
      write(_c, _e, cb) {
        cb();
      },
    });
    dead.destroy();
    const log = createLogger({ sink: streamSink(dead), caller: false });
    log.error('into the void');
    await log.flush(100);
  });
});

// ---------------------------------------------------------------------------------------------
// Ops HTTP server

interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function get(port: number, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('ops HTTP server', () => {
  const registry = new Registry();
  const sink = memorySink();
  const logger = createLogger({ sink, caller: false, now: fixedClock });
  let server: OpsHttpServer;
  let port: number;

  before(async () => {
    const sm = new SidecarMetrics(registry);
    sm.setEngine('native');
    sm.setPrometheusUp(true);
    new GrpcServerMetrics(registry).initializeMethod('server_stream', 'thanos.Store', 'Series');
    server = await OpsHttpServer.listen({ address: '127.0.0.1:0', registry, logger });
    port = server.address().port;
  });
  after(() => server.close(1000));

  test('parses Go-style listen addresses', () => {
    assert.deepEqual(parseHttpAddress('0.0.0.0:10902'), { host: '0.0.0.0', port: 10902 });
    assert.deepEqual(parseHttpAddress(':10902'), { host: '0.0.0.0', port: 10902 });
    assert.deepEqual(parseHttpAddress('[::1]:9'), { host: '::1', port: 9 });
    assert.throws(() => parseHttpAddress('10902'), /--http-address "10902": expected host:port/);
    assert.throws(() => parseHttpAddress('h:70000'), /port 70000 out of range/);
  });

  test('/-/healthy is 200 "OK" once listening', async () => {
    const r = await get(port, '/-/healthy');
    assert.equal(r.status, 200);
    assert.equal(r.body, 'OK');
    assert.equal(r.headers['content-type'], 'text/plain; charset=utf-8');
  });

  test('/-/ready: 503 with the reason until ready, then 200; flips back with a new reason', async () => {
    let r = await get(port, '/-/ready');
    assert.equal(r.status, 503);
    assert.equal(r.body, 'NOT OK: sidecar is initializing\n');
    assert.equal(r.headers['x-content-type-options'], 'nosniff');

    server.setNotReady(new Error('waiting for Prometheus', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9090') }));
    r = await get(port, '/-/ready');
    assert.equal(r.status, 503);
    assert.equal(r.body, 'NOT OK: waiting for Prometheus: connect ECONNREFUSED 127.0.0.1:9090\n');

    server.setReady();
    r = await get(port, '/-/ready');
    assert.deepEqual([r.status, r.body], [200, 'OK']);
    assert.equal((await get(port, '/-/ready', 'HEAD')).body, '');

    server.setNotReady('no external labels configured on Prometheus');
    r = await get(port, '/-/ready');
    assert.deepEqual([r.status, r.body], [503, 'NOT OK: no external labels configured on Prometheus\n']);
    server.setReady();

    // Transitions are logged once each, as Thanos' InstrumentationProbe does.
    const probeLines = sink.lines.filter((l) => l.includes('changing probe status'));
    assert.deepEqual(
      probeLines.map((l) => /status=([\w-]+)/.exec(l)![1]),
      ['healthy', 'not-ready', 'ready', 'not-ready', 'ready'],
    );
  });

  test('/metrics serves the registry with the registered names and thanos_status', async () => {
    const r = await get(port, '/metrics');
    assert.equal(r.status, 200);
    assert.match(String(r.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    for (const name of [
      'thanos_sidecar_prometheus_up 1',
      'storeapi_engine_info{engine="native"} 1',
      'storeapi_blocks_served',
      'storeapi_series_bytes_streamed_total',
      'thanos_store_server_series_requested_bucket',
      'thanos_store_selects_dropped_total{reason="series"} 0',
      'prometheus_store_received_frames_bucket',
      'grpc_server_handled_total{grpc_type="server_stream",grpc_service="thanos.Store",grpc_method="Series",grpc_code="OK"} 0',
      'grpc_server_handling_seconds_bucket{le="0.001",grpc_type="server_stream",grpc_service="thanos.Store",grpc_method="Series"} 0',
      'thanos_status{check="healthy",component="sidecar"} 1',
      'thanos_status{check="ready",component="sidecar"} 1',
    ]) {
      assert.ok(r.body.includes(name), `missing ${name}`);
    }
  });

  test('/metrics is gzipped for scrapers that accept it', async () => {
    const { gunzipSync } = await import('node:zlib');
    const raw = await new Promise<{ enc: unknown; body: Buffer }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, path: '/metrics', headers: { 'Accept-Encoding': 'gzip' }, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ enc: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    assert.equal(raw.enc, 'gzip');
    assert.match(gunzipSync(raw.body).toString(), /thanos_sidecar_prometheus_up 1/);
  });

  test('unknown paths are 404 like Go\'s ServeMux', async () => {
    const r = await get(port, '/nope');
    assert.deepEqual([r.status, r.body], [404, '404 page not found\n']);
  });

  test('a taken port is a clear error', async () => {
    await assert.rejects(
      OpsHttpServer.listen({ address: `127.0.0.1:${port}`, registry: new Registry() }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'EADDRINUSE');
        assert.match(err.message, new RegExp(`^--http-address 127\\.0\\.0\\.1:${port}: cannot listen: address already in use`));
        return true;
      },
    );
  });
});

test('ops HTTP server: close() is graceful, unready first, and does not wait for idle keep-alive clients', async () => {
  const registry = new Registry();
  const prober = new StatusProber({ registry });
  const server = await OpsHttpServer.listen({ address: '127.0.0.1:0', registry, prober });
  const port = server.address().port;
  // A keep-alive connection left idle would hold a naive close() open until its timeout.
  const { Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: true });
  const r = await new Promise<number>((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: '/-/healthy', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    })
      .on('error', reject)
      .end();
  });
  assert.equal(r, 200);
  const started = Date.now();
  await server.close(10_000);
  assert.ok(Date.now() - started < 2000, 'closed without waiting out the grace period');
  assert.equal(prober.isReady, false);
  assert.equal(prober.isHealthy, false);
  assert.equal(prober.notReadyReason, 'shutting down');
  await assert.rejects(get(port, '/-/healthy'), /ECONNREFUSED/);
  agent.destroy();
});

// ---------------------------------------------------------------------------------------------
// gRPC server metrics against a real grpc-js server and client

type Msg = { n: number };
const json = {
  serialize: (v: Msg) => Buffer.from(JSON.stringify(v)),
  deserialize: (b: Buffer) => JSON.parse(b.toString()) as Msg,
};
const testService = {
  Echo: {
    path: '/test.v1.Probe/Echo',
    requestStream: false,
    responseStream: false,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  },
  Count: {
    path: '/test.v1.Probe/Count',
    requestStream: false,
    responseStream: true,
    requestSerialize: json.serialize,
    requestDeserialize: json.deserialize,
    responseSerialize: json.serialize,
    responseDeserialize: json.deserialize,
  },
} satisfies ServiceDefinition;

type ProbeClient = Client & {
  Echo(req: Msg, opts: { deadline?: number }, cb: (err: ServiceError | null, res?: Msg) => void): void;
  Count(req: Msg): NodeJS.ReadableStream & { cancel(): void };
};

async function metricValue(metric: Metric<string>, labels: Record<string, string>): Promise<number | undefined> {
  const got = await metric.get();
  const hit = got.values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return hit?.value;
}

function callUnary(client: ProbeClient, n: number, deadline?: number): Promise<{ err: ServiceError | null; res?: Msg }> {
  return new Promise((resolve) => client.Echo({ n }, deadline ? { deadline } : {}, (err, res) => resolve({ err, res })));
}

function readStream(stream: NodeJS.ReadableStream): Promise<{ msgs: Msg[]; err?: ServiceError }> {
  return new Promise((resolve) => {
    const msgs: Msg[] = [];
    stream.on('data', (m: Msg) => msgs.push(m));
    stream.on('error', (err: ServiceError) => resolve({ msgs, err }));
    stream.on('end', () => resolve({ msgs }));
  });
}

describe('gRPC server metrics (go-grpc-prometheus compatible)', () => {
  const registry = new Registry();
  const metrics = new GrpcServerMetrics(registry);
  const server = new Server();
  const cancelledOnServer: Promise<unknown>[] = [];
  let notifyStreamCancelled: () => void;
  const streamCancelled = new Promise<void>((r) => (notifyStreamCancelled = r));
  let client: ProbeClient;

  const echo: handleUnaryCall<Msg, Msg> = (call, callback) => {
    const n = call.request.n;
    if (n === 1) callback(null, { n: 2 });
    else if (n === 2) callback({ code: status.INVALID_ARGUMENT, details: 'n must not be 2' });
    else if (n === 3) {
      const err = Object.assign(new Error('too many series'), { code: status.RESOURCE_EXHAUSTED });
      throw err;
    } else if (n === 4) throw new Error('bug: undefined is not a function');
    else if (n === 5) {
      // Never answers: the client's deadline expires.
      cancelledOnServer.push(once(call, 'cancelled'));
    } else callback(null, { n });
  };

  const count: handleServerStreamingCall<Msg, Msg> = (call) => {
    const n = call.request.n;
    if (n >= 0) {
      for (let i = 0; i < n; i++) call.write({ n: i });
      call.end();
    } else if (n === -1) {
      // Two messages, then a limit error with a code.
      call.write({ n: 0 });
      call.write({ n: 1 });
      call.emit('error', { code: status.RESOURCE_EXHAUSTED, details: 'limit 2 violated' });
    } else if (n === -2) {
      // Streams until the client cancels.
      const timer = setInterval(() => call.write({ n: 7 }), 5);
      call.on('cancelled', () => {
        clearInterval(timer);
        notifyStreamCancelled();
      });
      call.write({ n: 7 });
    } else if (n === -3) {
      // An async handler that fails after one message with a thrown status.
      return (async () => {
        call.write({ n: 0 });
        await sleep(1);
        throw Object.assign(new Error('block 01HX is corrupt'), { code: status.DATA_LOSS });
      })() as unknown as void;
    }
  };

  before(async () => {
    server.addService(testService, metrics.instrumentService(testService, { Echo: echo, Count: count }));
    const port = await bindLoopback(server);
    const Ctor = makeGenericClientConstructor(testService, 'Probe');
    client = new Ctor(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as ProbeClient;
  });
  after(async () => {
    client.close();
    await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
  });

  const unary = { grpc_type: 'unary', grpc_service: 'test.v1.Probe', grpc_method: 'Echo' };
  const stream = { grpc_type: 'server_stream', grpc_service: 'test.v1.Probe', grpc_method: 'Count' };

  // grpc-js emits 'cancelled' after every normal end too; give those events time to arrive so a
  // double count would show.
  const settle = () => sleep(30);

  test('names, Go code names and method paths', () => {
    assert.equal(goCodeName(status.CANCELLED), 'Canceled');
    assert.equal(goCodeName(status.RESOURCE_EXHAUSTED), 'ResourceExhausted');
    assert.equal(goCodeName(status.UNAUTHENTICATED), 'Unauthenticated');
    assert.equal(goCodeName(99), 'Code(99)');
    assert.deepEqual(splitMethodPath('/thanos.Store/Series'), ['thanos.Store', 'Series']);
    assert.deepEqual(splitMethodPath('garbage'), ['unknown', 'unknown']);
  });

  test('every method is pre-initialised with all 17 codes at 0 and Thanos\' buckets', async () => {
    const handled = await metrics.handled.get();
    const forEcho = handled.values.filter((v) => v.labels.grpc_method === 'Echo');
    assert.equal(forEcho.length, 17);
    assert.ok(forEcho.every((v) => v.value === 0));
    assert.deepEqual(
      forEcho.map((v) => v.labels.grpc_code).sort(),
      [
        'Aborted', 'AlreadyExists', 'Canceled', 'DataLoss', 'DeadlineExceeded', 'FailedPrecondition', 'Internal',
        'InvalidArgument', 'NotFound', 'OK', 'OutOfRange', 'PermissionDenied', 'ResourceExhausted',
        'Unauthenticated', 'Unavailable', 'Unimplemented', 'Unknown',
      ],
    );
    const text = await registry.getSingleMetricAsString('grpc_server_handling_seconds');
    const les = [...text.matchAll(/grpc_server_handling_seconds_bucket\{le="([^"]+)",grpc_type="unary"/g)].map((m) => m[1]);
    assert.deepEqual(les, [...GRPC_HANDLING_BUCKETS.map(String), '+Inf']);
  });

  test('unary OK, error with a code, thrown status, thrown bug, deadline', async () => {
    const ok = await callUnary(client, 1);
    assert.deepEqual(ok.res, { n: 2 });
    const bad = await callUnary(client, 2);
    assert.equal(bad.err?.code, status.INVALID_ARGUMENT);
    const thrown = await callUnary(client, 3);
    assert.equal(thrown.err?.code, status.RESOURCE_EXHAUSTED);
    assert.equal(thrown.err?.details, 'too many series');
    const bug = await callUnary(client, 4);
    assert.equal(bug.err?.code, status.INTERNAL);
    assert.equal(bug.err?.details, 'bug: undefined is not a function');
    const late = await callUnary(client, 5, Date.now() + 200);
    assert.equal(late.err?.code, status.DEADLINE_EXCEEDED);
    await Promise.all(cancelledOnServer);
    await settle();

    const code = (c: string) => metricValue(metrics.handled, { ...unary, grpc_code: c });
    assert.equal(await metricValue(metrics.started, unary), 5);
    assert.equal(await metricValue(metrics.msgReceived, unary), 5);
    assert.equal(await metricValue(metrics.msgSent, unary), 1, 'only the OK call sent a response');
    assert.equal(await code('OK'), 1);
    assert.equal(await code('InvalidArgument'), 1);
    assert.equal(await code('ResourceExhausted'), 1);
    assert.equal(await code('Internal'), 1);
    assert.equal(await code('DeadlineExceeded'), 1);
    assert.equal(await code('Canceled'), 0, 'the cancelled event after each normal end is not counted');
    const total = (await metrics.handled.get()).values.filter((v) => v.labels.grpc_method === 'Echo').reduce((s, v) => s + v.value, 0);
    assert.equal(total, 5, 'exactly one outcome per call');
    assert.equal(await metricValue(metrics.panicsRecovered, {}), 1);
    const hist = await metrics.handlingSeconds.get();
    const count = hist.values.find((v) => v.metricName === 'grpc_server_handling_seconds_count' && v.labels.grpc_method === 'Echo');
    assert.equal(count?.value, 5);
  });

  test('server stream OK, emitted error with a code, async throw, cancelled by the client', async () => {
    const full = await readStream(client.Count({ n: 3 }));
    assert.deepEqual(full.msgs, [{ n: 0 }, { n: 1 }, { n: 2 }]);
    assert.equal(full.err, undefined);

    const empty = await readStream(client.Count({ n: 0 }));
    assert.deepEqual(empty.msgs, []);

    const limited = await readStream(client.Count({ n: -1 }));
    assert.equal(limited.msgs.length, 2);
    assert.equal(limited.err?.code, status.RESOURCE_EXHAUSTED);

    const corrupt = await readStream(client.Count({ n: -3 }));
    assert.equal(corrupt.msgs.length, 1);
    assert.equal(corrupt.err?.code, status.DATA_LOSS);
    assert.equal(corrupt.err?.details, 'block 01HX is corrupt');

    const endless = client.Count({ n: -2 });
    await once(endless, 'data');
    endless.on('error', () => {}); // the client sees CANCELLED locally
    endless.cancel();
    await streamCancelled;
    await settle();

    const code = (c: string) => metricValue(metrics.handled, { ...stream, grpc_code: c });
    assert.equal(await metricValue(metrics.started, stream), 5);
    assert.equal(await metricValue(metrics.msgReceived, stream), 5, 'one request message per call');
    assert.equal(await code('OK'), 2);
    assert.equal(await code('ResourceExhausted'), 1);
    assert.equal(await code('DataLoss'), 1);
    assert.equal(await code('Canceled'), 1);
    const total = (await metrics.handled.get()).values.filter((v) => v.labels.grpc_method === 'Count').reduce((s, v) => s + v.value, 0);
    assert.equal(total, 5, 'exactly one outcome per call');
    // 3 + 0 + 2 + 1 sent by the finished calls, plus whatever the endless one wrote before the
    // cancel reached the server (at least the one message the client saw).
    const sent = (await metricValue(metrics.msgSent, stream))!;
    assert.ok(sent >= 7, `sent ${sent}`);
    assert.equal(await metricValue(metrics.panicsRecovered, {}), 1, 'a thrown status is not a panic');
  });
});

test('gRPC metrics: instrumenting twice does not reset counts; client/bidi methods are refused', async () => {
  const registry = new Registry();
  const m = new GrpcServerMetrics(registry);
  m.initializeMethod('unary', 's', 'm');
  m.handled.inc({ grpc_type: 'unary', grpc_service: 's', grpc_method: 'm', grpc_code: 'OK' });
  m.handlingSeconds.observe({ grpc_type: 'unary', grpc_service: 's', grpc_method: 'm' }, 0.5);
  m.instrumentUnary('s', 'm', (_call, cb) => cb(null, {}));
  assert.equal(await metricValue(m.handled, { grpc_method: 'm', grpc_code: 'OK' }), 1);
  const hist = await m.handlingSeconds.get();
  assert.equal(hist.values.find((v) => v.metricName === 'grpc_server_handling_seconds_sum')?.value, 0.5);
  const bidi = { Chat: { ...testService.Echo, path: '/s/Chat', requestStream: true, responseStream: true } } satisfies ServiceDefinition;
  assert.throws(() => m.instrumentService(bidi, { Chat: () => {} }), /\/s\/Chat is bidi_stream; only unary and server-streaming/);
});

// ---------------------------------------------------------------------------------------------
// Sidecar metrics

test('sidecar metrics: engine info, pending Series calls with a limit, request histograms', async () => {
  const registry = new Registry();
  const m = new SidecarMetrics(registry);
  m.setEngine('native');
  m.setEngine('ts');
  const info = await m.engineInfo.get();
  assert.deepEqual(
    info.values.map((v) => [v.labels.engine, v.value]),
    [['ts', 1]],
  );

  const leave1 = m.enterSeriesCall(2);
  const leave2 = m.enterSeriesCall(2);
  assert.ok(leave1 && leave2);
  assert.equal(m.enterSeriesCall(2), false);
  assert.equal(await metricValue(m.hitMaxPendingSeriesRequests, {}), 1);
  assert.equal(await metricValue(m.pendingSeriesRequests, {}), 2);
  leave1();
  leave1(); // idempotent
  assert.equal(m.pendingSeriesCalls, 1);
  leave2();
  assert.equal(await metricValue(m.pendingSeriesRequests, {}), 0);

  m.observeSeriesCall(3, 4);
  m.selectDropped('chunks');
  m.addSeriesBytes(1000);
  m.addSeriesBytes(0);
  m.observeReceivedFrames(12);
  m.setBlocksServed(7);
  const text = await registry.metrics();
  assert.match(text, /thanos_store_server_series_requested_sum 3\n/);
  assert.match(text, /thanos_store_server_chunks_requested_sum 4\n/);
  assert.match(text, /thanos_store_server_chunks_requested_bucket\{le="1000000000"\} 1\n/);
  assert.match(text, /thanos_store_selects_dropped_total\{reason="chunks"\} 1\n/);
  assert.match(text, /thanos_store_selects_dropped_total\{reason="series"\} 0\n/);
  assert.match(text, /storeapi_series_bytes_streamed_total 1000\n/);
  assert.match(text, /prometheus_store_received_frames_bucket\{le="100"\} 1\n/);
  assert.match(text, /storeapi_blocks_served 7\n/);
});
