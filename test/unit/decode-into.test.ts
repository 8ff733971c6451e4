// Engine.decodeChunksInto (decoding into a caller-owned, reusable buffer) and
// Engine.decodedSize, on both engines: the same bytes as decodeChunks for every chunk of the real
// fixture blocks, the same size bound from both engines, a too-small or overlapping buffer
// refused without writing past its end, and one buffer reused across calls.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { EngineError, MAX_TIME, MIN_TIME, type Engine } from '../../src/engine/engine.js';
import { decodeSeriesSet, encodeChunkRefs } from '../../src/engine/series-set.js';
import { enginePair, engines } from '../helpers/engines.js';
import { blockDirs, edgeBlocks, openmetricsBlocks } from '../helpers/tools.js';

const dirs = [...blockDirs(edgeBlocks), ...blockDirs(openmetricsBlocks)];

/** Every chunk of every fixture block, one ChunkList per block, read by `engine`. */
function fixtureLists(engine: Engine): { name: string; list: Uint8Array }[] {
  return dirs.map((dir) => {
    const block = engine.openBlock(dir);
    try {
      const refs = block.postings([]);
      const chunkRefs = decodeSeriesSet(block.series(refs, MIN_TIME, MAX_TIME)).flatMap((s) => s.chunks.map((c) => c.ref));
      return { name: dir.split('/').slice(-2).join('/'), list: block.chunks(encodeChunkRefs(chunkRefs)) };
    } finally {
      block.close();
    }
  });
}

/** Chunk encodings present in a ChunkList. */
function encodings(list: Uint8Array): Set<number> {
  const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  const seen = new Set<number>();
  for (let at = 0; at < list.length; at += 5 + dv.getUint32(at + 1, true)) seen.add(list[at]);
  return seen;
}

/** The ChunkList of the first `k` entries of `list`. */
function prefix(list: Uint8Array, k: number): Uint8Array {
  const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
  let at = 0;
  for (let i = 0; i < k && at < list.length; i++) at += 5 + dv.getUint32(at + 1, true);
  return list.subarray(0, at);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function into(engine: Engine, list: Uint8Array, out: Uint8Array): number {
  assert.ok(engine.decodeChunksInto, `${engine.kind} engine implements decodeChunksInto`);
  return engine.decodeChunksInto(list, out);
}

function size(engine: Engine, list: Uint8Array): number {
  assert.ok(engine.decodedSize, `${engine.kind} engine implements decodedSize`);
  return engine.decodedSize(list);
}

for (const engine of engines()) {
  describe(`decodeChunksInto (${engine.kind})`, () => {
    const lists = fixtureLists(engine);

    test('equals decodeChunks on every fixture block, every encoding present', () => {
      const seen = new Set<number>();
      for (const { name, list } of lists) {
        const want = engine.decodeChunks(list);
        const bound = size(engine, list);
        assert.ok(bound >= want.length, `${name}: decodedSize ${bound} < ${want.length}`);
        const encs = encodings(list);
        for (const e of encs) seen.add(e);
        if ([...encs].every((e) => e === 1 || e === 4)) assert.equal(bound, want.length, `${name}: float chunks size exactly`);
        const out = new Uint8Array(bound + 7).fill(0xee);
        const n = into(engine, list, out);
        assert.equal(n, want.length, `${name}: bytes written`);
        assert.ok(bytesEqual(out.subarray(0, n), want), `${name}: decodeChunksInto differs from decodeChunks`);
        assert.ok(out.subarray(n).every((b) => b === 0xee), `${name}: wrote past the SampleSet`);
        // A buffer of exactly the SampleSet's size fits even where the bound is loose.
        const exact = new Uint8Array(want.length);
        assert.equal(into(engine, list, exact), want.length, name);
        assert.ok(bytesEqual(exact, want), `${name}: exact-size buffer`);
      }
      // XOR and both histogram encodings are in the fixtures (XOR2 is covered by the Rust
      // golden tests; Prometheus does not write it to blocks by default).
      for (const e of [1, 2, 3]) assert.ok(seen.has(e), `fixtures hold encoding ${e} (seen ${[...seen].join(',')})`);
    });

    test('a too-small buffer is refused and nothing is written past its end', () => {
      for (const { name, list } of lists) {
        const small = prefix(list, 3);
        const want = engine.decodeChunks(small);
        const caps = [0, 1, 4, 5, 6, 20, 21, 22, want.length >> 1, want.length - 8, want.length - 1].filter((c) => c >= 0 && c < want.length);
        for (const cap of caps) {
          const backing = new Uint8Array(cap + 64).fill(0x5a);
          const out = backing.subarray(0, cap);
          assert.throws(
            () => into(engine, small, out),
            (e: unknown) =>
              e instanceof EngineError &&
              e.code === 'INVALID_ARGUMENT' &&
              e.message.includes(`output buffer of ${cap} bytes is too small`) &&
              e.message.includes(`at most ${size(engine, small)} bytes`),
            `${name}: cap ${cap}`,
          );
          assert.ok(backing.subarray(cap).every((b) => b === 0x5a), `${name}: cap ${cap}: wrote past the buffer`);
        }
      }
    });

    test('one buffer reused across calls, at an offset inside a larger ArrayBuffer', () => {
      const biggest = Math.max(...lists.map(({ list }) => size(engine, list)));
      const backing = new Uint8Array(biggest + 32);
      const out = backing.subarray(16, 16 + biggest);
      // Large, small, large again: stale bytes from a longer earlier result never count.
      for (const { name, list } of [...lists, ...lists.slice().reverse(), ...lists.map(({ name, list }) => ({ name, list: prefix(list, 2) }))]) {
        const n = into(engine, list, out);
        assert.ok(bytesEqual(out.subarray(0, n), engine.decodeChunks(list)), `${name}: reuse`);
      }
      assert.ok(backing.subarray(0, 16).every((b) => b === 0) && backing.subarray(16 + biggest).every((b) => b === 0), 'stayed inside the view');
      assert.equal(into(engine, new Uint8Array(0), out), 0);
      assert.equal(into(engine, new Uint8Array(0), new Uint8Array(0)), 0);
      assert.equal(size(engine, new Uint8Array(0)), 0);
    });

    test('malformed lists give decodeChunks errors; overlapping buffers are refused', () => {
      const bad = [Uint8Array.of(1, 9, 0, 0, 0, 0), Uint8Array.of(1, 0, 0), Uint8Array.of(7, 2, 0, 0, 0, 0, 0), Uint8Array.of(1, 2, 0, 0, 0, 0, 9)];
      for (const list of bad) {
        let want: EngineError | undefined;
        try {
          engine.decodeChunks(list);
        } catch (e) {
          want = e as EngineError;
        }
        assert.ok(want instanceof EngineError, `decodeChunks refuses ${list}`);
        assert.throws(() => into(engine, list, new Uint8Array(1 << 16)), (e: unknown) => e instanceof EngineError && e.code === want.code && e.message === want.message);
        assert.ok(size(engine, list) < 1 << 21);
      }
      const { list } = lists[0];
      const shared = new Uint8Array(list.length * 40);
      shared.set(list);
      const overlapping = [shared, shared.subarray(list.length - 1)];
      for (const out of overlapping) {
        assert.throws(
          () => into(engine, shared.subarray(0, list.length), out),
          (e: unknown) => e instanceof EngineError && e.code === 'INVALID_ARGUMENT' && /overlaps the chunk list/.test(e.message),
        );
      }
      // Adjacent views of one ArrayBuffer do not overlap.
      const n = into(engine, shared.subarray(0, list.length), shared.subarray(list.length));
      assert.ok(bytesEqual(shared.subarray(list.length, list.length + n), engine.decodeChunks(list)));
    });
  });
}

describe('decodedSize and decodeChunksInto agree across engines', () => {
  const pair = enginePair();
  test('both engines are present', () => assert.ok(pair, 'the native engine is not available'));
  if (!pair) return;
  test('same bound, same bytes, same too-small error', () => {
    for (const { name, list } of fixtureLists(pair.ts)) {
      assert.equal(size(pair.native, list), size(pair.ts, list), `${name}: decodedSize`);
      const a: Uint8Array = new Uint8Array(size(pair.ts, list));
      const b: Uint8Array = new Uint8Array(a.length);
      const na = into(pair.native, list, a);
      assert.equal(into(pair.ts, list, b), na, name);
      assert.ok(bytesEqual(a.subarray(0, na), b.subarray(0, na)), `${name}: bytes`);
      const msg = (e: Engine): string => {
        try {
          into(e, list, new Uint8Array(na >> 1));
        } catch (err) {
          return (err as Error).message;
        }
        return 'no error';
      };
      assert.equal(msg(pair.native), msg(pair.ts), `${name}: too-small error`);
    }
  });
});
