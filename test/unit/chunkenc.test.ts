// The TS chunk codecs (src/engine/ts/chunkenc) against golden vectors written by Prometheus's
// own Go code: decode every golden chunk sample for sample (float bits exact), encode golden
// float samples to the exact chunk bytes, round-trip random samples, and garbled input → errors.
// The Rust twin runs the same vectors in native/engine/tests/chunkenc.rs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EngineError } from '../../src/engine/engine.js';
import { decodeChunks, encodeXor } from '../../src/engine/ts/chunkenc/chunk.js';
import {
  Bytes,
  chunkList,
  expectedRecord,
  floatSamples,
  loadGolden,
  unhex,
  type FloatSample,
  type HistSample,
} from '../helpers/golden.js';

function firstDiff(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

function checkDecode(file: string, kind: number): number {
  const g = loadGolden<FloatSample | HistSample>(file);
  let chunks = 0;
  for (const c of g.cases) {
    const got = decodeChunks(chunkList(g.encoding, c.chunks));
    let off = 0;
    c.chunks.forEach((ch, ci) => {
      const want = expectedRecord(kind, ch.samples);
      const slice = got.subarray(off, off + want.length);
      if (Buffer.compare(slice, want) !== 0) {
        assert.fail(`${file} ${c.name}: chunk ${ci}: SampleSet differs at record byte ${firstDiff(slice, want)}`);
      }
      off += want.length;
      chunks++;
    });
    assert.equal(off, got.length, `${file} ${c.name}: extra SampleSet bytes`);
  }
  return chunks;
}

test('decode golden XOR chunks', () => {
  assert.ok(checkDecode('xor.json', 1) > 20);
});

test('decode golden XOR2 chunks', () => {
  assert.ok(checkDecode('xor2.json', 1) > 20);
});

test('decode golden histogram chunks', () => {
  assert.ok(checkDecode('histogram.json', 2) > 10);
});

test('decode golden float histogram chunks', () => {
  assert.ok(checkDecode('float_histogram.json', 3) > 10);
});

test('encode golden float samples to Prometheus XOR chunks exactly', () => {
  const g = loadGolden<FloatSample>('xor.json');
  for (const c of g.cases) {
    const got = encodeXor(floatSamples(c.chunks));
    const want = chunkList(1, c.chunks);
    if (Buffer.compare(got, want) !== 0) {
      assert.fail(`${c.name}: encoded ChunkList differs at byte ${firstDiff(got, want)}`);
    }
  }
});

/** xorshift64* over BigInt: deterministic, matches nothing in particular, reproduces failures. */
class Rng {
  constructor(private s: bigint) {}
  next(): bigint {
    let x = this.s;
    x ^= x >> 12n;
    x ^= BigInt.asUintN(64, x << 25n);
    x ^= x >> 27n;
    this.s = x;
    return BigInt.asUintN(64, x * 0x2545f4914f6cdd1dn);
  }
  int(n: number): number {
    return Number(this.next() % BigInt(n));
  }
}

test('round trip random samples', () => {
  const r = new Rng(0x9e3779b97f4a7c15n);
  for (let round = 0; round < 100; round++) {
    const n = r.int(400);
    const b = new Bytes();
    let t = BigInt.asIntN(64, r.next());
    for (let i = 0; i < n; i++) {
      const k = r.int(4);
      const step =
        k === 0 ? 15000n : k === 1 ? BigInt(15000 + r.int(2001) - 1000) : k === 2 ? BigInt(r.int(1 << 30) - (1 << 29)) : r.next();
      t = BigInt.asIntN(64, t + step);
      const vk = r.int(4);
      const v = vk === 0 ? 0x4045000000000000n : vk === 1 ? BigInt(r.int(1000)) << 44n : vk === 2 ? 0x7ff0000000000002n : r.next();
      b.u64(t).u64(v);
    }
    const samples = b.build();
    const set = decodeChunks(encodeXor(samples));
    const flat = new Bytes();
    const dv = new DataView(set.buffer, set.byteOffset, set.byteLength);
    for (let off = 0; off < set.length; ) {
      assert.equal(set[off], 1);
      const k = dv.getUint32(off + 1, true);
      assert.ok(k <= 120, `round ${round}: chunk of ${k} samples`);
      flat.raw(set.subarray(off + 5, off + 5 + 16 * k));
      off += 5 + 16 * k;
    }
    assert.ok(Buffer.compare(flat.build(), samples) === 0, `round ${round}: round trip changed samples`);
  }
});

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof EngineError, String(e));
    return e.code;
  }
  return 'OK';
}

test('empty and invalid inputs', () => {
  assert.equal(encodeXor(new Uint8Array(0)).length, 0);
  assert.equal(decodeChunks(new Uint8Array(0)).length, 0);
  assert.equal(code(() => encodeXor(new Uint8Array(15))), 'INVALID_ARGUMENT');
  for (const enc of [0, 5, 6, 7, 255]) {
    try {
      decodeChunks(Uint8Array.of(enc, 2, 0, 0, 0, 0, 0));
      assert.fail('accepted encoding ' + enc);
    } catch (e) {
      assert.ok(e instanceof EngineError);
      assert.equal(e.code, 'INVALID_ARGUMENT');
      assert.match(e.message, new RegExp(`\\b${enc}\\b`));
    }
  }
  assert.equal(code(() => decodeChunks(Uint8Array.of(1, 9, 0, 0, 0, 0))), 'INVALID_ARGUMENT');
  assert.equal(code(() => decodeChunks(Uint8Array.of(1, 0, 0))), 'INVALID_ARGUMENT');
  try {
    decodeChunks(Uint8Array.of(1, 1, 0, 0, 0, 0));
    assert.fail('accepted a 1-byte chunk');
  } catch (e) {
    assert.ok(e instanceof EngineError);
    assert.equal(e.code, 'CORRUPT_BLOCK');
    assert.match(e.message, /^chunk data: /);
  }
});

test('truncated and garbled chunks give CORRUPT_BLOCK, never other errors', () => {
  const r = new Rng(12345n);
  for (const file of ['xor.json', 'xor2.json', 'histogram.json', 'float_histogram.json']) {
    const g = loadGolden<unknown>(file);
    for (const c of g.cases) {
      for (const ch of c.chunks) {
        const data = unhex(ch.data);
        for (let cut = 0; cut < data.length; cut++) {
          const res = code(() => decodeChunks(chunkList(g.encoding, [{ data: ch.data.slice(0, 2 * cut), samples: [] }])));
          if (res === 'OK') assert.ok(cut + 1 >= data.length || cut < 2, `${file}: cut at ${cut} of ${data.length} decoded`);
          else assert.equal(res, 'CORRUPT_BLOCK');
        }
        for (let k = 0; k < 20; k++) {
          const bad = data.slice();
          bad[r.int(bad.length)] ^= r.int(255) + 1;
          const hex = Buffer.from(bad).toString('hex');
          const res = code(() => decodeChunks(chunkList(g.encoding, [{ data: hex, samples: [] }])));
          assert.ok(res === 'OK' || res === 'CORRUPT_BLOCK', res);
        }
      }
    }
  }
});

test('XOR decode timing on BenchmarkXorRead chunk (printed, not asserted)', () => {
  const g = loadGolden<FloatSample>('xor.json');
  const c = g.cases.find((x) => x.name === 'bench_xor_read');
  assert.ok(c);
  const list = chunkList(1, c.chunks);
  for (let i = 0; i < 2000; i++) decodeChunks(list); // warm up the JIT
  const iters = 20000;
  const start = process.hrtime.bigint();
  let total = 0;
  for (let i = 0; i < iters; i++) total += decodeChunks(list).length;
  const ns = Number(process.hrtime.bigint() - start) / (iters * 120);
  console.log(`ts xor decode: ${ns.toFixed(2)} ns/sample (${total} bytes)`);
});
