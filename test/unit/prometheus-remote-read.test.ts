// Remote read without a Prometheus: the frame parser (split anywhere, every CRC checked, corruption
// and truncation and oversize detected, Prometheus's trailing error text quoted), the response
// decoders and both response modes against a fake HTTP server, the HeadSeriesSet layout, the
// config YAML parsing, and the exact head/block boundary trim on synthetic chunks — on every engine,
// and byte-identical between engines. test/e2e/prometheus.test.ts runs against a real Prometheus.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { compress } from 'snappyjs';
import type { Engine } from '../../src/engine/engine.js';
import { decodeSampleSet, encodeFloatSamples, splitChunkList } from '../../src/engine/series-set.js';
import { prometheus } from '../../src/gen/prompb.js';
import { newTrimStats, trimChunk, trimHeadSeries } from '../../src/prometheus/boundary.js';
import { PrometheusClient, PrometheusError } from '../../src/prometheus/client.js';
import { externalLabelsFromConfigYaml } from '../../src/prometheus/config-yaml.js';
import { encodeFrame, FrameError, FrameParser } from '../../src/prometheus/frames.js';
import { parseHeadSeriesSet, serializeHeadSeries, type HeadChunk, type HeadSeries } from '../../src/prometheus/head-series.js';
import { decodeChunkedReadResponse } from '../../src/prometheus/prompb-decode.js';
import { chunkListOf, xorChunksFromSamples } from '../../src/prometheus/rechunk.js';
import { collect, CONTENT_TYPE_SAMPLES, CONTENT_TYPE_STREAMED, encodeReadRequest, newRemoteReadStats, remoteRead, type ResponseType } from '../../src/prometheus/remote-read.js';
import { engines, enginePair } from '../helpers/engines.js';
import { loadGolden, unhex, type HistSample } from '../helpers/golden.js';

/** Deterministic PRNG (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}

function parseAll(body: Uint8Array, cuts: number[], max?: number): Uint8Array[] {
  const p = new FrameParser('test', max);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const c of [...cuts, body.length]) {
    p.push(body.subarray(prev, c), out);
    prev = c;
  }
  p.end();
  return out;
}

// ---------------------------------------------------------------- frames

test('frames: parsed whole, byte by byte and at random splits', () => {
  const r = rng(1);
  const payloads: Uint8Array[] = [];
  for (const len of [0, 1, 5, 127, 128, 300, 16_383, 16_384, 70_000]) {
    const b = new Uint8Array(len);
    for (let i = 0; i < len; i++) b[i] = Math.floor(r() * 256);
    payloads.push(b);
  }
  const body = concat(payloads.map(encodeFrame));
  const expect = (got: Uint8Array[]): void => {
    assert.equal(got.length, payloads.length);
    got.forEach((g, i) => assert.equal(Buffer.compare(g, payloads[i]), 0, `frame ${i}`));
  };
  expect(parseAll(body, []));
  expect(parseAll(body, Array.from({ length: body.length - 1 }, (_, i) => i + 1)));
  for (let round = 0; round < 50; round++) {
    const cuts = Array.from({ length: 1 + Math.floor(r() * 20) }, () => Math.floor(r() * body.length)).sort((a, b) => a - b);
    expect(parseAll(body, cuts));
  }
});

test('frames: a flipped byte anywhere in data or checksum is a checksum error', () => {
  const data = new TextEncoder().encode('a ChunkedReadResponse would be here, any bytes do');
  const frame = encodeFrame(data);
  const hdr = frame.length - data.length;
  for (let i = hdr - 4; i < frame.length; i++) {
    const bad = frame.slice();
    bad[i] ^= 0x10;
    for (const cuts of [[], [i], [1, i + 1]]) {
      assert.throws(
        () => parseAll(concat([encodeFrame(new Uint8Array([1, 2, 3])), bad]), cuts.map((c) => c + 8)),
        (e: unknown) => e instanceof FrameError && /frame 1 .*checksum mismatch/.test(e.message),
        `byte ${i} cuts ${cuts}`,
      );
    }
  }
});

test('frames: truncated body, oversized frame and trailing error text', () => {
  const frame = encodeFrame(new Uint8Array(100).fill(7));
  for (const cut of [1, 3, 5, 50, frame.length - 1]) {
    assert.throws(() => parseAll(frame.subarray(0, cut), []), (e: unknown) => e instanceof FrameError && /body ended inside/.test(e.message));
  }
  // The size bound is applied to the header, before the frame is allocated.
  assert.throws(
    () => new FrameParser('test', 99).push(frame.subarray(0, 2), []),
    (e: unknown) => e instanceof FrameError && /100 bytes exceeds the limit of 99/.test(e.message),
  );
  // Prometheus appends http.Error text after a failure mid-stream.
  const body = concat([frame, new TextEncoder().encode('rpc error: query timed out in expression evaluation\n')]);
  assert.throws(
    () => parseAll(body, [frame.length + 3]),
    (e: unknown) => e instanceof FrameError && /query timed out/.test(e.message),
  );
});

// ---------------------------------------------------------------- HeadSeriesSet

test('HeadSeriesSet: serialise → parse round trip; series without chunks are left out', () => {
  const series: HeadSeries[] = [
    {
      labels: [['__name__', 'up'], ['job', 'ünï😀']],
      chunks: [
        { minTime: -5, maxTime: 2 ** 41 + 3, encoding: 1, data: new Uint8Array([0, 1, 2, 3]) },
        { minTime: 7, maxTime: 9, encoding: 2, data: new Uint8Array([]) },
      ],
    },
    { labels: [['a', '']], chunks: [] },
    { labels: [], chunks: [{ minTime: 0, maxTime: 0, encoding: 3, data: new Uint8Array([9]) }] },
  ];
  const buf = serializeHeadSeries(series);
  // 2 label pairs: 4 + (4+8+4+2) + (4+3+4+9)... checked through the parser and one fixed prefix.
  assert.deepEqual([...buf.subarray(0, 8)], [2, 0, 0, 0, 8, 0, 0, 0]);
  const back = parseHeadSeriesSet(buf);
  assert.equal(back.length, 2);
  assert.deepEqual(back[0].labels, series[0].labels);
  assert.deepEqual(
    back[0].chunks.map((c) => ({ ...c, data: [...c.data] })),
    series[0].chunks.map((c) => ({ ...c, data: [...c.data] })),
  );
  assert.deepEqual(back[1].labels, []);
  assert.throws(() => parseHeadSeriesSet(buf.subarray(0, buf.length - 1)), /truncated/);
});

// ---------------------------------------------------------------- config

test('external labels from the config YAML, sorted in UTF-8 byte order', () => {
  const yaml = 'global:\n  scrape_interval: 1s\n  external_labels:\n    zone: "b"\n    "\uff5e": x\n    "\u{1f600}": y\n    replica: 1\n';
  assert.deepEqual(externalLabelsFromConfigYaml(yaml), [
    ['replica', '1'],
    ['zone', 'b'],
    ['\uff5e', 'x'],
    ['\u{1f600}', 'y'],
  ]);
  assert.deepEqual(externalLabelsFromConfigYaml('global:\n  scrape_interval: 1s\n'), []);
  assert.deepEqual(externalLabelsFromConfigYaml(''), []);
  assert.throws(() => externalLabelsFromConfigYaml('global:\n  external_labels: [a, b]\n'), /not a mapping/);
});

// ---------------------------------------------------------------- boundary

interface Pt {
  t: number;
  v: number;
}

function floatsOf(engine: Engine, chunks: HeadChunk[]): Pt[] {
  const out: Pt[] = [];
  for (const c of chunks) {
    const [samples] = decodeSampleSet(engine.decodeChunks(chunkListOf(c.encoding, c.data)));
    for (const s of samples) {
      if (s.kind !== 1) throw new Error('not a float chunk');
      out.push({ t: Number(s.t), v: s.v });
    }
  }
  return out;
}

function series(engine: Engine, pts: Pt[]): HeadSeries {
  const raw = encodeFloatSamples(pts.map((p) => ({ t: BigInt(p.t), v: p.v })));
  return { labels: [['__name__', 'x']], chunks: xorChunksFromSamples(engine, raw) };
}

test('boundary: a straddling XOR chunk is cut exactly at B (and maxt); nothing lost or repeated', () => {
  const pts: Pt[] = [];
  const r = rng(7);
  // 300 samples, jittered times, a stale-marker-like NaN among ordinary values → 3 chunks (120/120/60).
  for (let i = 0, t = 1_000_000; i < 300; i++, t += 1000 + Math.floor(r() * 50)) pts.push({ t, v: i === 77 ? NaN : r() * 100 });
  for (const engine of engines()) {
    const s = series(engine, pts);
    assert.equal(s.chunks.length, 3);
    for (const B of [pts[0].t, pts[0].t + 1, pts[60].t, pts[119].t, pts[120].t, pts[120].t + 1, pts[299].t, pts[299].t + 1]) {
      for (const maxt of [pts[299].t, pts[250].t]) {
        const stats = newTrimStats();
        const head = trimHeadSeries(engine, s, B, maxt, stats);
        const got = head ? floatsOf(engine, head.chunks) : [];
        // Chunks starting at or after B pass whole, even past maxt (the StoreAPI allows whole
        // chunks); only the straddling chunk is cut, on both sides.
        const whole = s.chunks.filter((c) => c.minTime >= B);
        const want = pts.filter((p) => p.t >= B && (p.t <= maxt || whole.some((c) => p.t >= c.minTime && p.t <= c.maxTime)));
        assert.deepEqual(got.map((p) => p.t), want.map((p) => p.t), `${engine.kind} B=${B} maxt=${maxt}`);
        got.forEach((p, i) => assert.ok(Object.is(p.v, want[i].v)));
        // Together with the block's part (t < B) every sample appears exactly once.
        const block = pts.filter((p) => p.t < B);
        assert.deepEqual([...block, ...got].map((p) => p.t).filter((t) => t <= maxt), pts.filter((p) => p.t <= maxt).map((p) => p.t));
        for (const c of head?.chunks ?? []) assert.ok(c.minTime >= B, 'no chunk starts before B');
      }
    }
    // A chunk wholly before B is dropped; one wholly after is passed through untouched.
    const stats = newTrimStats();
    const t = trimHeadSeries(engine, s, pts[120].t, Number.MAX_SAFE_INTEGER, stats)!;
    assert.equal(stats.dropped, 1);
    assert.equal(stats.reencoded, 0);
    assert.equal(t.chunks[0], s.chunks[1]);
  }
});

test('boundary: re-encoded chunks are byte-identical across engines', () => {
  const pair = enginePair();
  if (!pair) return; // engines() already registered a failing test for the missing addon
  const pts: Pt[] = Array.from({ length: 200 }, (_, i) => ({ t: 5000 + i * 15_000, v: Math.sin(i) }));
  const s = series(pair.ts, pts);
  for (const B of [pts[3].t, pts[130].t + 7]) {
    const a: HeadSeries = trimHeadSeries(pair.native, s, B, 1e15)!;
    const b: HeadSeries = trimHeadSeries(pair.ts, s, B, 1e15)!;
    assert.equal(Buffer.compare(serializeHeadSeries([a]), serializeHeadSeries([b])), 0);
  }
});

test('boundary: XOR2 straddlers become XOR; histogram straddlers are kept whole and counted', () => {
  const xor2 = loadGolden<[string, string]>('xor2.json').cases.find((c) => c.chunks[0].samples.length > 10)!.chunks[0];
  const hist = loadGolden<HistSample>('histogram.json').cases.find((c) => c.chunks[0].samples.length > 3)!.chunks[0];
  for (const engine of engines()) {
    const xs = xor2.samples.map(([t]) => Number(t));
    const c2: HeadChunk = { minTime: xs[0], maxTime: xs[xs.length - 1], encoding: 4, data: unhex(xor2.data) };
    const out = trimChunk(engine, c2, xs[3], Number.MAX_SAFE_INTEGER, newTrimStats());
    assert.ok(out.every((c) => c.encoding === 1));
    assert.deepEqual(floatsOf(engine, out).map((p) => p.t), xs.slice(3));

    const hs = hist.samples.map((s) => Number(s.t));
    const ch: HeadChunk = { minTime: hs[0], maxTime: hs[hs.length - 1], encoding: 2, data: unhex(hist.data) };
    const stats = newTrimStats();
    assert.deepEqual(trimChunk(engine, ch, hs[1], Number.MAX_SAFE_INTEGER, stats), [ch]);
    assert.equal(stats.untrimmedHistogramChunks, 1);
    assert.deepEqual(trimChunk(engine, ch, hs[hs.length - 1] + 1, Number.MAX_SAFE_INTEGER, stats), []);
    assert.equal(stats.dropped, 1);
  }
});

// ---------------------------------------------------------------- fake remote-read server

interface Fake {
  client: PrometheusClient;
  requests: Uint8Array[];
  close(): Promise<void>;
}

async function fakePrometheus(handler: (req: Uint8Array, res: import('node:http').ServerResponse) => void): Promise<Fake> {
  const requests: Uint8Array[] = [];
  const server: Server = createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      const body = new Uint8Array(Buffer.concat(parts));
      requests.push(body);
      handler(body, res);
    });
  });
  const port = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
  return {
    client: new PrometheusClient(`http://127.0.0.1:${port}`, { timeoutMs: 5000 }),
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const EXT: [string, string][] = [['replica', 'r1']];

function chunkedFrame(labels: [string, string][], chunks: HeadChunk[]): Uint8Array {
  const msg = prometheus.ChunkedReadResponse.encode({
    chunkedSeries: [
      {
        labels: labels.map(([name, value]) => ({ name, value })),
        chunks: chunks.map((c) => ({ minTimeMs: c.minTime, maxTimeMs: c.maxTime, type: c.encoding, data: c.data })),
      },
    ],
    queryIndex: 0,
  }).finish();
  return encodeFrame(msg);
}

test('remote read, streamed: split series joined, external labels taken off, body in tiny pieces', async () => {
  const engine = engines()[0];
  const a: HeadSeries = series(engine, Array.from({ length: 250 }, (_, i) => ({ t: i * 1000, v: i })));
  const b: HeadSeries = series(engine, Array.from({ length: 10 }, (_, i) => ({ t: i * 1000, v: -i })));
  const la: [string, string][] = [['__name__', 'a'], ['replica', 'r1']];
  const lb: [string, string][] = [['__name__', 'b'], ['replica', 'other']];
  // Series "a" arrives in three frames, as Prometheus splits series bigger than a frame.
  const body = concat([chunkedFrame(la, [a.chunks[0]]), chunkedFrame(la, [a.chunks[1]]), chunkedFrame(la, [a.chunks[2]]), chunkedFrame(lb, b.chunks)]);
  const fake = await fakePrometheus((_req, res) => {
    res.setHeader('Content-Type', CONTENT_TYPE_STREAMED);
    let off = 0;
    const step = (): void => {
      if (off >= body.length) return void res.end();
      res.write(body.subarray(off, off + 7));
      off += 7;
      setImmediate(step);
    };
    step();
  });
  try {
    const stats = newRemoteReadStats();
    const got = await collect(remoteRead(fake.client, { mint: 0, maxt: 1e6, matchers: [{ type: 0, name: '__name__', value: 'x' }] }, { engine, prometheusExternalLabels: EXT, stats }));
    assert.equal(stats.responseType, 'STREAMED_XOR_CHUNKS');
    assert.equal(stats.frames, 4);
    assert.deepEqual(got.map((s) => s.labels), [[['__name__', 'a']], lb]);
    assert.equal(got[0].chunks.length, 3);
    assert.deepEqual(floatsOf(engine, got[0].chunks).map((p) => p.v), Array.from({ length: 250 }, (_, i) => i));
    // The request: snappy block of a ReadRequest preferring streamed chunks, as the Go sidecar sends.
    const { uncompress } = await import('snappyjs');
    const req = prometheus.ReadRequest.decode(uncompress(fake.requests[0]));
    assert.deepEqual(req.acceptedResponseTypes, [1, 0]);
    assert.equal(Number(req.queries![0].endTimestampMs), 1e6);
    assert.equal(req.queries![0].matchers![0].value, 'x');
  } finally {
    await fake.close();
  }
});

test('the hand-written ReadRequest is byte for byte what protobufjs encodes', () => {
  const T = prometheus.ReadRequest.ResponseType;
  const cases: { mint: number; maxt: number; matchers: { type: number; name: string; value: string }[]; accepted?: ResponseType[] }[] = [
    { mint: 0, maxt: 0, matchers: [] },
    { mint: 1_700_000_000_000, maxt: 1_700_007_200_000, matchers: [{ type: 0, name: '__name__', value: 'up' }] },
    // Negative int64s are ten-byte varints; the carry of the two's complement crosses into the high word at -2^32.
    { mint: -1, maxt: -4294967296, matchers: [{ type: 3, name: 'job', value: '' }, { type: 0, name: '', value: 'v' }] },
    { mint: Number.MIN_SAFE_INTEGER, maxt: Number.MAX_SAFE_INTEGER, matchers: [{ type: 2, name: 'a', value: 'x'.repeat(300) }, { type: 1, name: 'ünï', value: '€' }] },
    { mint: 127, maxt: 128, matchers: [{ type: 2, name: '__name__', value: '.+' }], accepted: ['SAMPLES'] },
    { mint: 16384, maxt: 2 ** 35, matchers: [], accepted: [] },
  ];
  for (const c of cases) {
    const accepted = c.accepted ?? ['STREAMED_XOR_CHUNKS', 'SAMPLES'];
    const want = prometheus.ReadRequest.encode(
      prometheus.ReadRequest.create({
        queries: [{ startTimestampMs: c.mint, endTimestampMs: c.maxt, matchers: c.matchers }],
        acceptedResponseTypes: accepted.map((t) => (t === 'SAMPLES' ? T.SAMPLES : T.STREAMED_XOR_CHUNKS)),
      }),
    ).finish();
    assert.deepEqual(Buffer.from(encodeReadRequest(c, accepted)), Buffer.from(want), JSON.stringify(c));
  }
  assert.throws(() => encodeReadRequest({ mint: 0.5, maxt: 1, matchers: [] }), /not two safe integers/);
});

test('remote read, streamed: a corrupted frame fails the read with a checksum error', async () => {
  const engine = engines()[0];
  const s = series(engine, [{ t: 1, v: 1 }]);
  const body = chunkedFrame([['__name__', 'a']], s.chunks);
  body[body.length - 3] ^= 1;
  const fake = await fakePrometheus((_req, res) => {
    res.setHeader('Content-Type', CONTENT_TYPE_STREAMED);
    res.end(body);
  });
  try {
    await assert.rejects(collect(remoteRead(fake.client, { mint: 0, maxt: 10, matchers: [] }, { engine })), /checksum mismatch/);
  } finally {
    await fake.close();
  }
});

test('remote read, SAMPLES fallback: sorted, re-encoded into ≤120-sample XOR chunks, NaN bits exact', async () => {
  const STALE = new Uint8Array([2, 0, 0, 0, 0, 0, 0xf0, 0x7f]); // Prometheus's stale-marker NaN
  const staleValue = new DataView(STALE.buffer).getFloat64(0, true);
  const mk = (name: string, n: number) => ({
    labels: [{ name: '__name__', value: name }, { name: 'replica', value: 'r1' }],
    samples: Array.from({ length: n }, (_, i) => ({ timestamp: 1000 + i * 1000, value: i === n - 1 ? staleValue : i * 0.5 })),
  });
  // Deliberately unsorted, as a head-only Prometheus returns them.
  const resp = prometheus.ReadResponse.encode({ results: [{ timeseries: [mk('zz', 5), mk('aa', 250)] }] }).finish();
  // The stale marker's exact bits must be on the wire (protobufjs writes them unchanged).
  assert.ok(Buffer.from(resp).indexOf(Buffer.from(STALE)) > 0);
  const fake = await fakePrometheus((_req, res) => {
    res.setHeader('Content-Type', CONTENT_TYPE_SAMPLES);
    res.setHeader('Content-Encoding', 'snappy');
    res.end(compress(new Uint8Array(resp)));
  });
  try {
    const results: string[] = [];
    for (const engine of engines()) {
      const stats = newRemoteReadStats();
      const got = await collect(remoteRead(fake.client, { mint: 0, maxt: 1e9, matchers: [] }, { engine, prometheusExternalLabels: EXT, stats }));
      assert.equal(stats.responseType, 'SAMPLES');
      assert.deepEqual(got.map((s) => s.labels), [[['__name__', 'aa']], [['__name__', 'zz']]]);
      assert.deepEqual(got[0].chunks.map((c) => [c.minTime, c.maxTime]), [[1000, 120_000], [121_000, 240_000], [241_000, 250_000]]);
      const last = got[1].chunks.at(-1)!;
      // Compare raw SampleSet bytes: going through a JS number would quiet the NaN again.
      const set = engine.decodeChunks(chunkListOf(1, last.data));
      assert.deepEqual([...set.subarray(set.length - 8)], [...STALE]);
      results.push(Buffer.from(serializeHeadSeries(got)).toString('hex'));
      assert.equal(splitChunkList(engine.encodeXor(new Uint8Array(0))).length, 0);
    }
    assert.equal(new Set(results).size, 1, 'engines agree byte for byte');
  } finally {
    await fake.close();
  }
});

test('remote read: HTTP errors, wrong content type and unreachable Prometheus name the URL', async () => {
  const engine = engines()[0];
  const fake = await fakePrometheus((_req, res) => {
    res.statusCode = 400;
    res.end('exceeded sample limit (50000000)\n');
  });
  try {
    await assert.rejects(
      collect(remoteRead(fake.client, { mint: 0, maxt: 1, matchers: [] }, { engine })),
      (e: unknown) => e instanceof PrometheusError && e.status === 400 && /\/api\/v1\/read: HTTP 400: exceeded sample limit/.test(e.message),
    );
  } finally {
    await fake.close();
  }
  const html = await fakePrometheus((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end('<html>');
  });
  try {
    await assert.rejects(collect(remoteRead(html.client, { mint: 0, maxt: 1, matchers: [] }, { engine })), /unexpected response Content-Type "text\/html"/);
  } finally {
    await html.close();
  }
  const gone = await fakePrometheus(() => undefined);
  const url = gone.client.baseUrl.href;
  await gone.close();
  await assert.rejects(gone.client.externalLabels(), (e: unknown) => e instanceof PrometheusError && e.status === 0 && e.message.includes(url) && /ECONNREFUSED/.test(e.message));
  const st = await gone.client.ready();
  assert.equal(st.ready, false);
  assert.match(st.reason, /ECONNREFUSED/);
});

test('decodeChunkedReadResponse rejects truncated messages', () => {
  const msg = prometheus.ChunkedReadResponse.encode({
    chunkedSeries: [{ labels: [{ name: 'a', value: 'b' }], chunks: [{ minTimeMs: 1, maxTimeMs: 2, type: 1, data: new Uint8Array([0, 1, 5]) }] }],
  }).finish();
  const ok = decodeChunkedReadResponse(msg);
  assert.deepEqual(ok.series[0].labels, [['a', 'b']]);
  for (let cut = 1; cut < msg.length; cut++) assert.throws(() => decodeChunkedReadResponse(msg.subarray(0, cut)), /invalid size|Chunk|Label/, `cut ${cut}`);
});
