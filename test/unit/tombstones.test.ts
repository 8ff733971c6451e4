// The TS tombstones reader against real files written by Prometheus's code (every fixture block
// under test/fixtures/blocks) and hand-made files, valid and corrupt; and the application of
// tombstones in the block querier (src/query/block-query.ts).
//
// Expected intervals come from Prometheus's own reader: `gen tombstones --block DIR` (module in
// test/fixtures/gen). native/engine/tests/tombstones.rs holds the Rust twin to the same table and
// the same expected bytes, so the two engines agree byte for byte.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EngineError, type Block, type BlockMeta, type Engine } from '../../src/engine/engine.js';
import { LeWriter, crc32c } from '../../src/engine/ts/encoding.js';
import {
  MAGIC_TOMBSTONES,
  encodeTombstones,
  parseTombstones,
  readTombstones,
  type Tombstone,
} from '../../src/engine/ts/tsdb/tombstones.js';
import { selectSamples } from '../../src/query/block-query.js';
import { putUvarint } from '../helpers/varint.js';

type Row = [ref: number, mint: bigint, maxt: bigint];

/** What `gen tombstones` prints for each fixture block. Blocks not listed have no entries. */
const GO_INTERVALS: Record<string, Row[]> = {
  'edge/01M88606W1YWJB1BKQ5DMECEW5': [
    [866, 1_700_015_400_000n, 1_700_016_300_000n],
    [869, 1_700_013_600_000n, 1_700_020_785_000n],
  ],
};

const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

/**
 * test/fixtures/blocks, found by walking up from this file (it runs from the tree or from dist) or,
 * for a build outside the tree, from the working directory.
 */
function fixturesRoot(): string {
  for (const start of [path.dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const cand = path.join(dir, 'test', 'fixtures', 'blocks');
      if (fs.existsSync(cand)) return cand;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`test/fixtures/blocks not found above ${fileURLToPath(import.meta.url)} or ${process.cwd()}`);
}

/** Every block directory under test/fixtures/blocks, as "set/ULID". */
function fixtureBlocks(): string[] {
  const root = fixturesRoot();
  const out: string[] = [];
  for (const set of fs.readdirSync(root)) {
    if (!fs.statSync(path.join(root, set)).isDirectory()) continue;
    for (const b of fs.readdirSync(path.join(root, set))) {
      if (fs.existsSync(path.join(root, set, b, 'meta.json'))) out.push(`${set}/${b}`);
    }
  }
  return out.sort();
}

const hex = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

function putVarint(out: number[], x: bigint): void {
  out.push(...putUvarint(BigInt.asUintN(64, (x << 1n) ^ (x >> 63n))));
}

/** Magic + `body` (version byte and entries) + CRC32C of the entries (not the version byte). */
function seal(body: number[]): Uint8Array {
  const f = new Uint8Array(4 + body.length + 4);
  const v = new DataView(f.buffer);
  v.setUint32(0, MAGIC_TOMBSTONES);
  f.set(body, 4);
  v.setUint32(4 + body.length, crc32c(f, 5, 4 + body.length));
  return f;
}

/** A tombstones file the way Prometheus's WriteFile builds it. */
function fileOf(entries: [bigint, bigint, bigint][]): Uint8Array {
  const body = [1];
  for (const [r, mint, maxt] of entries) {
    body.push(...putUvarint(r));
    putVarint(body, mint);
    putVarint(body, maxt);
  }
  return seal(body);
}

function assertCorrupt(bytes: Uint8Array, wantInMessage: string): void {
  assert.throws(
    () => readTombstones(bytes),
    (e: unknown) => {
      assert.ok(e instanceof EngineError, String(e));
      assert.equal(e.code, 'CORRUPT_BLOCK', e.message);
      assert.ok(e.message.startsWith('tombstones: '), e.message);
      assert.ok(e.message.includes(wantInMessage), `${e.message} (wanted ${JSON.stringify(wantInMessage)})`);
      return true;
    },
  );
}

const rows = (ts: Tombstone[]): Row[] => ts.map((t) => [t.seriesRef, t.minTime, t.maxTime]);

test('every fixture tombstones file matches what Prometheus reads', () => {
  const blocks = fixtureBlocks();
  assert.ok(blocks.length >= 7, `expected the edge and openmetrics fixture blocks, found ${blocks.join(', ')}`);
  let withEntries = 0;
  for (const block of blocks) {
    const bytes = fs.readFileSync(path.join(fixturesRoot(), block, 'tombstones'));
    const want = GO_INTERVALS[block] ?? [];
    assert.deepEqual(rows(parseTombstones(bytes)), want, block);
    if (want.length > 0) withEntries++;
    const out = readTombstones(bytes);
    assert.equal(out.length, want.length * 20, block);
    const wantStones = want.map(([seriesRef, minTime, maxTime]) => ({ seriesRef, minTime, maxTime }));
    assert.equal(hex(out), hex(encodeTombstones(wantStones)), block);
  }
  assert.equal(withEntries, Object.keys(GO_INTERVALS).length, 'a block listed in GO_INTERVALS is missing');
});

test('fixture bytes are the documented layout (same hex as the Rust test)', () => {
  const bytes = fs.readFileSync(path.join(fixturesRoot(), 'edge/01M88606W1YWJB1BKQ5DMECEW5/tombstones'));
  assert.equal(
    hex(readTombstones(bytes)),
    ['62030000', '4064d0d08b010000', 'e01fded08b010000', '65030000', '00edb4d08b010000', '688f22d18b010000'].join(''),
  );
});

test('an empty body gives no tombstones', () => {
  const f = fileOf([]);
  assert.equal(hex(f), '0130ba300100000000');
  assert.equal(readTombstones(f).length, 0);
});

test('sorts by ref then time and keeps intervals as stored', () => {
  const f = fileOf([
    [7n, 50n, 60n],
    [3n, I64_MIN, -1n],
    [7n, 10n, 20n],
    [0xffffffffn, 0n, I64_MAX],
    [7n, 15n, 30n],
    [0n, -5n, -5n],
  ]);
  assert.deepEqual(rows(parseTombstones(f)), [
    [0, -5n, -5n],
    [3, I64_MIN, -1n],
    [7, 10n, 20n],
    [7, 15n, 30n],
    [7, 50n, 60n],
    [0xffffffff, 0n, I64_MAX],
  ]);
  // Same expected bytes in native/engine/tests/tombstones.rs.
  assert.equal(
    hex(readTombstones(f)),
    [
      '00000000', 'fbffffffffffffff', 'fbffffffffffffff',
      '03000000', '0000000000000080', 'ffffffffffffffff',
      '07000000', '0a00000000000000', '1400000000000000',
      '07000000', '0f00000000000000', '1e00000000000000',
      '07000000', '3200000000000000', '3c00000000000000',
      'ffffffff', '0000000000000000', 'ffffffffffffff7f',
    ].join(''),
  );
});

test('bad magic is corrupt', () => {
  const f = fileOf([[1n, 2n, 3n]]);
  f[0] ^= 0xff;
  assertCorrupt(f, 'invalid magic number 0xfe30ba30');
});

test('bad CRC is corrupt', () => {
  let f = fileOf([[1n, 2n, 3n]]);
  f[6] ^= 0x01; // inside the entries
  assertCorrupt(f, 'checksum mismatch');
  f = fileOf([[1n, 2n, 3n]]);
  f[f.length - 1] ^= 0x80; // the stored CRC itself
  assertCorrupt(f, 'checksum mismatch');
});

test('unknown version is corrupt', () => {
  // The version byte is outside the CRC, so only the version check can catch it.
  const f = fileOf([[1n, 2n, 3n]]);
  f[4] = 2;
  assertCorrupt(f, 'unsupported format version 2');
});

test('short files are corrupt', () => {
  const f = fileOf([]);
  for (let n = 0; n < 9; n++) assertCorrupt(f.subarray(0, n), 'shorter than header and checksum');
});

test('truncated files are corrupt', () => {
  const f = fileOf([
    [1000n, 1_700_000_000_000n, 1_700_000_100_000n],
    [2000n, -3n, 4n],
  ]);
  // Cutting anywhere loses the CRC (or the header): never a RangeError, always CORRUPT_BLOCK.
  for (let n = 0; n < f.length; n++) assertCorrupt(f.subarray(0, n), '');
  // A cut entry under a correct CRC (a writer that stopped mid-entry): the entry decode fails.
  const body = [1];
  body.push(...putUvarint(5n));
  putVarint(body, 10n);
  assertCorrupt(seal(body), 'entry at offset 5: invalid size');
  // A varint cut inside its continuation bytes.
  assertCorrupt(seal([1, 0x05, 0x80]), 'entry at offset 5: invalid size');
});

test('overflowing values are corrupt', () => {
  // An 11-byte varint is not a Go varint.
  assertCorrupt(seal([1, 0x01, ...new Array(10).fill(0xff), 0x01, 0x00]), 'entry at offset 5: varint overflows 64 bits');
  // A ref that cannot be a 4-byte postings entry of a v2 index.
  assertCorrupt(fileOf([[1n << 32n, 0n, 1n]]), 'series ref 4294967296 exceeds 32 bits');
});

test('every bit flip of a real file is corrupt', () => {
  const good = fs.readFileSync(path.join(fixturesRoot(), 'edge/01M88606W1YWJB1BKQ5DMECEW5/tombstones'));
  for (let i = 0; i < good.length * 8; i++) {
    const f = Uint8Array.from(good);
    f[i >> 3] ^= 1 << (i & 7);
    assertCorrupt(f, '');
  }
});

test('a path instead of bytes is an argument error, not a corrupt block', () => {
  assert.throws(
    () => readTombstones('/some/block' as unknown as Uint8Array),
    (e: unknown) => e instanceof EngineError && e.code === 'INVALID_ARGUMENT',
  );
});

// ---- Tombstones applied by the block querier -------------------------------------------------

/**
 * A block and engine over a tiny in-memory data set: series ref → labels and chunks, chunk ref →
 * float samples. block.chunks passes the refs through and engine.decodeChunks looks them up, so
 * the test sees exactly which chunks the querier read.
 */
function fakeBlock(
  series: { ref: number; name: string; chunks: { ref: bigint; ts: number[] }[] }[],
  stones: Tombstone[],
): { engine: Engine; block: Block; readChunks: bigint[] } {
  const chunkTs = new Map<bigint, number[]>();
  for (const s of series) for (const c of s.chunks) chunkTs.set(c.ref, c.ts);
  const readChunks: bigint[] = [];
  const meta: BlockMeta = { ulid: 'FAKE', minTime: 0, maxTime: 1000, compaction: { level: 1 }, version: 1 };
  const block: Block = {
    dir: '/fake',
    meta,
    numSeries: () => series.length,
    labelNames: () => ['__name__'],
    labelValues: () => series.map((s) => s.name),
    postings: () => Uint32Array.from(series.map((s) => s.ref)),
    series(refs, mint, maxt) {
      const w = new LeWriter();
      for (const ref of refs) {
        const s = series.find((x) => x.ref === ref)!;
        const chunks = s.chunks.filter((c) => c.ts[0] <= maxt && c.ts[c.ts.length - 1] >= mint);
        if (chunks.length === 0) continue;
        w.u32(ref);
        w.u32(1);
        for (const str of ['__name__', s.name]) {
          const b = new TextEncoder().encode(str);
          w.u32(b.length);
          w.bytes(b);
        }
        w.u32(chunks.length);
        for (const c of chunks) {
          w.i64(c.ts[0]);
          w.i64(c.ts[c.ts.length - 1]);
          w.i64(c.ref);
        }
      }
      return w.finish();
    },
    chunks: (refs) => refs,
    tombstones: () => encodeTombstones(stones),
    close() {},
  };
  const engine: Engine = {
    kind: 'ts',
    openBlock: () => block,
    encodeXor: () => new Uint8Array(0),
    querySeries: () => {
      throw new Error('not used in this test');
    },
    decodeChunks(refs) {
      const v = new DataView(refs.buffer, refs.byteOffset, refs.byteLength);
      const w = new LeWriter();
      for (let off = 0; off < refs.byteLength; off += 8) {
        const ref = v.getBigUint64(off, true);
        readChunks.push(ref);
        const ts = chunkTs.get(ref)!;
        w.u8(1);
        w.u32(ts.length);
        for (const t of ts) {
          w.i64(t);
          const f = new DataView(new ArrayBuffer(8));
          f.setFloat64(0, t / 10, true);
          w.bytes(new Uint8Array(f.buffer));
        }
      }
      return w.finish();
    },
    decodedSize: () => {
      throw new Error('not used in this test');
    },
    decodeChunksInto: () => {
      throw new Error('not used in this test');
    },
  };
  return { engine, block, readChunks };
}

test('the block querier drops samples inside deleted intervals (inclusive) per series', () => {
  const { engine, block, readChunks } = fakeBlock(
    [
      { ref: 1, name: 'a', chunks: [{ ref: 10n, ts: [100, 110, 120, 130] }, { ref: 11n, ts: [140, 150, 160] }] },
      { ref: 2, name: 'b', chunks: [{ ref: 20n, ts: [100, 110, 120] }] },
      { ref: 3, name: 'c', chunks: [{ ref: 30n, ts: [100, 110] }, { ref: 31n, ts: [120, 130] }] },
    ],
    [
      // Series a: both ends of an interval are deleted; a second interval covers one sample.
      { seriesRef: 1, minTime: 110n, maxTime: 120n },
      { seriesRef: 1, minTime: 160n, maxTime: 160n },
      // Series b: everything; its only chunk is wholly inside, so it is never read.
      { seriesRef: 2, minTime: I64_MIN, maxTime: I64_MAX },
      // Series c: its second chunk is wholly inside the interval, its first only in part.
      { seriesRef: 3, minTime: 105n, maxTime: 200n },
      // A ref with no series in the block changes nothing.
      { seriesRef: 99, minTime: 0n, maxTime: 1000n },
    ],
  );
  const got = [...selectSamples(engine, [block], [], 0, 1000)].map((s) => [
    s.labels.map(([n, v]) => `${n}=${v}`).join(','),
    s.samples.map((x) => Number(x.t)),
  ]);
  assert.deepEqual(got, [
    ['__name__=a', [100, 130, 140, 150]],
    ['__name__=c', [100]],
  ]);
  assert.deepEqual(readChunks, [10n, 11n, 30n]);
});

test('without tombstones the block querier returns every sample in range', () => {
  const { engine, block } = fakeBlock([{ ref: 1, name: 'a', chunks: [{ ref: 10n, ts: [100, 110, 120] }] }], []);
  const got = [...selectSamples(engine, [block], [], 105, 1000)].map((s) => s.samples.map((x) => Number(x.t)));
  assert.deepEqual(got, [[110, 120]]);
});
