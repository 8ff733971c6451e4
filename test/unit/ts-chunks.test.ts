// The TS chunk reader's window (src/engine/ts/tsdb/chunks.ts) on hand-made segment files: chunks
// that straddle the window's end, chunks larger than the largest window, jumps back and between
// segments, and corruption found inside a window. What a read returns must not depend on what the
// window held before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { EngineError } from '../../src/engine/engine.js';
import { crc32c } from '../../src/engine/ts/encoding.js';
import { ChunkReader, SEGMENT_MAGIC, SEGMENT_VERSION } from '../../src/engine/ts/tsdb/chunks.js';
import { putUvarint } from '../helpers/varint.js';

interface Written {
  segment: number;
  offset: number;
  encoding: number;
  data: Buffer;
}

/** A segment file holding chunks of the given data sizes; returns where each one went. */
function segment(dir: string, index: number, sizes: number[]): Written[] {
  const parts: Buffer[] = [];
  const head = Buffer.alloc(8);
  head.writeUInt32BE(SEGMENT_MAGIC, 0);
  head[4] = SEGMENT_VERSION;
  parts.push(head);
  let at = 8;
  const written: Written[] = [];
  for (const [i, size] of sizes.entries()) {
    const encoding = 1 + (i % 3);
    const data = randomBytes(size);
    const body = Buffer.concat([Buffer.from([encoding]), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32c(body) >>> 0, 0);
    const chunk = Buffer.concat([Buffer.from(putUvarint(size)), body, crc]);
    written.push({ segment: index, offset: at, encoding, data });
    parts.push(chunk);
    at += chunk.length;
  }
  writeFileSync(join(dir, 'chunks', String(index + 1).padStart(6, '0')), Buffer.concat(parts));
  return written;
}

function refs(list: Written[]): Uint8Array {
  const b = Buffer.alloc(8 * list.length);
  list.forEach((w, i) => {
    b.writeUInt32LE(w.offset, 8 * i);
    b.writeUInt32LE(w.segment, 8 * i + 4);
  });
  return b;
}

/** ChunkList bytes (u8 encoding, u32 LE length, data) of `list`, built from what was written. */
function expected(list: Written[]): Buffer {
  return Buffer.concat(
    list.flatMap((w) => {
      const h = Buffer.alloc(5);
      h[0] = w.encoding;
      h.writeUInt32LE(w.data.length, 1);
      return [h, w.data];
    }),
  );
}

const root = mkdtempSync(join(tmpdir(), 'ts-chunks-'));
after(() => rmSync(root, { recursive: true, force: true }));

function block(name: string, segments: number[][]): { dir: string; chunks: Written[] } {
  const dir = join(root, name);
  mkdirSync(join(dir, 'chunks'), { recursive: true });
  return { dir, chunks: segments.flatMap((sizes, i) => segment(dir, i, sizes)) };
}

// Small chunks around the window sizes (512 B first, doubling to 64 KiB), one far larger than
// 64 KiB, one just over it (65,544 bytes with its length, encoding and CRC), one that fills a
// whole 64 KiB window (65,528 + 3 + 1 + 4), and runs of tiny ones, so reads straddle every window
// end.
const SIZES = [
  ...Array.from({ length: 300 }, (_, i) => 1 + ((i * 37) % 700)),
  200_000,
  ...Array.from({ length: 50 }, (_, i) => 100 + i),
  65_536,
  65_528,
  3,
  ...Array.from({ length: 400 }, (_, i) => 1 + ((i * 101) % 1500)),
];

describe('TS chunk reader window', () => {
  const b = block('two-segments', [SIZES, SIZES.slice().reverse()]);

  test('a scan, one ref list: every chunk as written', () => {
    const r = ChunkReader.open(b.dir);
    try {
      assert.ok(Buffer.from(r.readChunkList(refs(b.chunks))).equals(expected(b.chunks)));
    } finally {
      r.close();
    }
  });

  test('one chunk per call, and orders that jump: reversed, strided, alternating segments', () => {
    const half = SIZES.length;
    const orders: Written[][] = [
      b.chunks.slice().reverse(),
      b.chunks.filter((_, i) => i % 7 === 0),
      b.chunks.slice(0, half).flatMap((w, i) => [w, b.chunks[half + i]]),
      [...b.chunks.slice(10, 40), ...b.chunks.slice(5, 30), ...b.chunks.slice(35, 60)],
    ];
    const r = ChunkReader.open(b.dir);
    try {
      for (const w of b.chunks) assert.ok(Buffer.from(r.readChunkList(refs([w]))).equals(expected([w])));
      for (const order of orders) assert.ok(Buffer.from(r.readChunkList(refs(order))).equals(expected(order)));
    } finally {
      r.close();
    }
  });

  test('a flipped byte inside a window is a checksum mismatch, the chunks around it still read', () => {
    const c = block('flipped', [SIZES.slice(0, 200)]);
    const bad = c.chunks[120];
    const file = join(c.dir, 'chunks', '000001');
    const bytes = readFileSync(file);
    bytes[bad.offset + 3] ^= 0x40;
    writeFileSync(file, bytes);
    const r = ChunkReader.open(c.dir);
    try {
      // Read up to just before it, so that the window holds it when it is asked for.
      assert.ok(Buffer.from(r.readChunkList(refs(c.chunks.slice(100, 120)))).equals(expected(c.chunks.slice(100, 120))));
      assert.throws(
        () => r.readChunkList(refs([bad])),
        (e: unknown) => e instanceof EngineError && e.code === 'CORRUPT_BLOCK' && /chunks\/000001: chunk at offset \d+: checksum mismatch/.test(e.message),
      );
      assert.ok(Buffer.from(r.readChunkList(refs(c.chunks.slice(121)))).equals(expected(c.chunks.slice(121))));
    } finally {
      r.close();
    }
  });

  test('a segment cut short after open: CORRUPT_BLOCK for what is gone, not stale window bytes', () => {
    const c = block('cut', [SIZES.slice(0, 100)]);
    const r = ChunkReader.open(c.dir);
    try {
      assert.ok(Buffer.from(r.readChunkList(refs(c.chunks.slice(0, 10)))).equals(expected(c.chunks.slice(0, 10))));
      truncateSync(join(c.dir, 'chunks', '000001'), c.chunks[60].offset);
      // The window may hold early chunks still (the bytes were the same); beyond the cut is an error.
      assert.throws(
        () => r.readChunkList(refs(c.chunks.slice(50, 100))),
        (e: unknown) => e instanceof EngineError && e.code === 'CORRUPT_BLOCK' && /short read/.test(e.message),
      );
    } finally {
      r.close();
    }
  });

  test('closed: INVALID_ARGUMENT, whatever the window held', () => {
    const r = ChunkReader.open(b.dir);
    r.readChunkList(refs(b.chunks.slice(0, 5)));
    r.close();
    assert.throws(
      () => r.readChunkList(refs(b.chunks.slice(0, 1))),
      (e: unknown) => e instanceof EngineError && e.code === 'INVALID_ARGUMENT',
    );
  });
});
