// The native and TS engines compared on every operation, byte for byte, on real blocks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_TIME, MIN_TIME, MatchType, type Block } from '../../src/engine/engine.js';
import { decodeSeriesSet, encodeChunkRefs } from '../../src/engine/series-set.js';
import { enginePair } from '../helpers/engines.js';
import { blockDirs, edgeBlocks, openmetricsBlocks } from '../helpers/tools.js';

const pair = enginePair();

const selectors = [
  [],
  [{ type: MatchType.RE, name: '__name__', value: 'edge_.*|http_.*' }],
  [{ type: MatchType.EQ, name: 'code', value: '' }, { type: MatchType.NRE, name: 'job', value: 'w.*' }],
  [{ type: MatchType.NEQ, name: 'kind', value: '' }],
];

function same(a: Uint8Array, b: Uint8Array, what: string) {
  assert.ok(Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)), `${what}: native and ts bytes differ (${a.byteLength} vs ${b.byteLength} bytes)`);
}

/** Strips the per-chunk (kind, count) headers of a float-only SampleSet: {i64 t, f64 v}* remains. */
function floatSamples(samples: Uint8Array): Buffer {
  const parts: Uint8Array[] = [];
  const view = new DataView(samples.buffer, samples.byteOffset, samples.byteLength);
  for (let at = 0; at < samples.byteLength; ) {
    assert.equal(view.getUint8(at), 1, 'float samples only');
    const count = view.getUint32(at + 1, true);
    parts.push(samples.subarray(at + 5, at + 5 + count * 16));
    at += 5 + count * 16;
  }
  return Buffer.concat(parts);
}

describe('native and ts engines agree byte for byte', () => {
  test('both engines are present', () => {
    assert.ok(pair, 'the native engine is not available: the differential suite cannot run');
  });
  if (!pair) return;
  for (const dir of [...blockDirs(edgeBlocks), ...blockDirs(openmetricsBlocks)]) {
    test(dir.split('/').slice(-2).join('/'), () => {
      const blocks: Block[] = [pair.native.openBlock(dir), pair.ts.openBlock(dir)];
      const [n, t] = blocks;
      try {
        assert.deepEqual(n.meta, t.meta);
        assert.equal(n.numSeries(), t.numSeries());
        same(n.tombstones(), t.tombstones(), 'tombstones');
        assert.deepEqual(n.labelNames([]), t.labelNames([]));
        for (const name of n.labelNames([])) assert.deepEqual(n.labelValues(name, []), t.labelValues(name, []), `labelValues ${name}`);
        for (const sel of selectors) {
          const refs = n.postings(sel);
          assert.deepEqual(Array.from(refs), Array.from(t.postings(sel)), `postings ${JSON.stringify(sel)}`);
          assert.deepEqual(n.labelNames(sel), t.labelNames(sel));
          for (const [lo, hi] of [[MIN_TIME, MAX_TIME], [n.meta.minTime + 1_000_000, n.meta.minTime + 2_000_000]]) {
            const ns = n.series(refs, lo, hi);
            same(ns, t.series(refs, lo, hi), `series ${JSON.stringify(sel)} [${lo},${hi}]`);
            const chunkRefs = encodeChunkRefs(decodeSeriesSet(ns).flatMap((s) => s.chunks.map((c) => c.ref)));
            const nc = n.chunks(chunkRefs);
            same(nc, t.chunks(chunkRefs), 'chunks');
            const decoded = pair.native.decodeChunks(nc);
            same(decoded, pair.ts.decodeChunks(nc), 'decodeChunks');
          }
        }
      } finally {
        for (const b of blocks) b.close();
      }
    });
  }

  test('encodeXor round-trips decoded float samples identically', () => {
    const dir = blockDirs(edgeBlocks)[0];
    const block = pair.native.openBlock(dir);
    try {
      const refs = block.postings([{ type: MatchType.EQ, name: '__name__', value: 'edge_special_values' }]);
      const chunkRefs = encodeChunkRefs(decodeSeriesSet(block.series(refs, MIN_TIME, MAX_TIME)).flatMap((s) => s.chunks.map((c) => c.ref)));
      const samples = pair.native.decodeChunks(block.chunks(chunkRefs));
      const input = floatSamples(samples);
      assert.ok(input.byteLength > 16 * 1000);
      const encoded = pair.native.encodeXor(input);
      same(encoded, pair.ts.encodeXor(input), 'encodeXor');
      same(floatSamples(pair.native.decodeChunks(encoded)), input, 'native decode of re-encoded samples');
      same(floatSamples(pair.ts.decodeChunks(encoded)), input, 'ts decode of re-encoded samples');
    } finally {
      block.close();
    }
  });
});
