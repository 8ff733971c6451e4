// Frames written to a real grpc-js server stream (src/store/grpc-frames.ts, decorators.ts
// streamSink): whole chunks through the preframed hook and message by message through grpc-js's
// public path must reach a client as the same messages, counted the same in
// grpc_server_msg_sent_total; a released chunk is released only once HTTP/2 is done with it; a
// malformed chunk fails the call with INTERNAL.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  credentials,
  makeGenericClientConstructor,
  Server,
  status,
  type Client,
  type ClientReadableStream,
  type ServerWritableStream,
  type ServiceError,
} from '@grpc/grpc-js';
import { Registry } from 'prom-client';
import { GrpcServerMetrics } from '../../src/observability/grpc-metrics.js';
import { streamSink } from '../../src/store/decorators.js';
import { eachFrame, FRAME_PREFIX, installPreframed, preframedSupported } from '../../src/store/grpc-frames.js';
import { StatusError } from '../../src/store/status.js';
import { bindLoopback } from '../helpers/grpc.js';

const service = {
  Frames: {
    path: '/test.v1.Framer/Frames',
    requestStream: false,
    responseStream: true,
    requestSerialize: (m: Buffer) => m,
    requestDeserialize: (b: Buffer) => b,
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  },
};

interface FramerClient extends Client {
  Frames(req: Buffer): ClientReadableStream<Buffer>;
}

/** Deterministic payloads of varied sizes (empty, tiny, larger than one HTTP/2 frame). */
function payloads(seed: number, n: number): Buffer[] {
  let x = seed;
  const next = () => (x = (x * 1103515245 + 12345) >>> 0);
  return Array.from({ length: n }, (_, i) => {
    const len = i === 0 ? 0 : next() % (i % 7 === 0 ? 70_000 : 300);
    return Buffer.from(Array.from({ length: len }, () => next() & 0xff));
  });
}

function framed(msgs: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  for (const m of msgs) {
    const p = Buffer.alloc(FRAME_PREFIX);
    p.writeUInt32BE(m.length, 1);
    parts.push(p, m);
  }
  return Buffer.concat(parts);
}

const registry = new Registry();
const metrics = new GrpcServerMetrics(registry);
const server = new Server();
let client: FramerClient;
const MSGS = payloads(7, 200);
/** How each request's chunks were released: [released before its write completed, released total]. */
const releases: { early: number; total: number }[] = [];

before(async () => {
  assert.equal(installPreframed(), true, 'the pinned grpc-js has the serializeMessage hook');
  assert.equal(preframedSupported(), true);
  const handler = async (call: ServerWritableStream<Buffer, Buffer>) => {
    const mode = call.request.toString();
    const ac = new AbortController();
    call.on('cancelled', () => ac.abort());
    if (mode === 'truncated') {
      const bad = framed(MSGS.slice(1, 3));
      await streamSink(call, ac.signal, true).send({ frames: bad.subarray(0, bad.length - 1), stats: { series: 0, chunks: 0, samples: 0, bytes: 0 } });
      return;
    }
    const whole = mode === 'whole';
    const sink = streamSink(call, ac.signal, whole);
    const r = { early: 0, total: 0 };
    releases.push(r);
    // Chunks of 1 to 13 messages.
    for (let i = 0, k = 1; i < MSGS.length; i += k, k = (k % 13) + 1) {
      const bytes = framed(MSGS.slice(i, i + k));
      let written = false;
      await sink.send({
        frames: bytes,
        stats: { series: 0, chunks: 0, samples: 0, bytes: 0 },
        release: () => {
          if (!written) r.early++;
          r.total++;
        },
      });
      // send() resolves once the stream took the chunk; the release may come later, never before.
      written = true;
    }
    await sink.sendFrame(Buffer.from('last, framed by grpc-js'));
    call.end();
  };
  const wrapped = metrics.instrumentService(service, {
    Frames: (call: ServerWritableStream<Buffer, Buffer>) => {
      handler(call).catch((err: unknown) => call.emit('error', err instanceof StatusError ? { code: err.code, details: err.message } : err));
    },
  });
  server.addService(service, wrapped);
  const port = await bindLoopback(server);
  const Ctor = makeGenericClientConstructor(service, 'Framer');
  client = new Ctor(`127.0.0.1:${port}`, credentials.createInsecure()) as unknown as FramerClient;
});

after(async () => {
  client.close();
  await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
});

function read(mode: string): Promise<{ msgs: Buffer[]; err?: ServiceError }> {
  return new Promise((resolve) => {
    const msgs: Buffer[] = [];
    const s = client.Frames(Buffer.from(mode));
    s.on('data', (b: Buffer) => msgs.push(Buffer.from(b)));
    s.on('error', (err: ServiceError) => resolve({ msgs, err }));
    s.on('end', () => resolve({ msgs }));
  });
}

async function sentCount(): Promise<number> {
  const got = await metrics.msgSent.get();
  return got.values.find((v) => v.labels.grpc_method === 'Frames')?.value ?? 0;
}

test('whole chunks and message-by-message writes deliver the same messages, counted alike', async () => {
  const want = [...MSGS, Buffer.from('last, framed by grpc-js')];
  for (const mode of ['whole', 'split']) {
    const before = await sentCount();
    const got = await read(mode);
    assert.equal(got.err, undefined, `${mode}: ${got.err?.message}`);
    assert.equal(got.msgs.length, want.length, `${mode}: message count`);
    for (let i = 0; i < want.length; i++) assert.equal(Buffer.compare(got.msgs[i], want[i]), 0, `${mode}: message ${i}`);
    assert.equal((await sentCount()) - before, want.length, `${mode}: grpc_server_msg_sent_total counts messages`);
  }
  // Whole chunks are released by grpc-js's write callback, each once; split writes copy each
  // message inside grpc-js, and their chunks are not handed back.
  const [whole, split] = releases;
  assert.ok(whole.total > 20, `whole: ${whole.total} releases`);
  assert.equal(whole.early, 0, 'no chunk released before its write was taken');
  assert.equal(split.total, 0);
});

test('a truncated chunk fails the call with INTERNAL', async () => {
  const got = await read('truncated');
  assert.equal(got.err?.code, status.INTERNAL);
  assert.match(got.err?.details ?? '', /truncated Frames/);
});

test('eachFrame walks prefixes and refuses truncation and compressed messages', () => {
  const b = framed(MSGS.slice(0, 9));
  const seen: number[] = [];
  assert.equal(eachFrame(b, (_start, len) => seen.push(len)), 9);
  assert.deepEqual(seen, MSGS.slice(0, 9).map((m) => m.length));
  assert.equal(eachFrame(new Uint8Array(0)), 0);
  assert.throws(() => eachFrame(b.subarray(0, 3)), /truncated Frames: prefix/);
  assert.throws(() => eachFrame(b.subarray(0, b.length - 1)), /truncated Frames: message/);
  const compressed = Buffer.from(b);
  compressed[0] = 1;
  assert.throws(() => eachFrame(compressed), /compression flag 1/);
});
