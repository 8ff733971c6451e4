// Damaged blocks give a clear error that names the block and the file, with a stable code, from
// both engines — never a crash, a RangeError, or a panic reaching Node. In the CLI a corrupt block
// is reported and skipped while the others keep serving.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, test } from 'node:test';
import { MAX_TIME, MIN_TIME, type Engine } from '../../src/engine/engine.js';
import { decodeSeriesSet, encodeChunkRefs } from '../../src/engine/series-set.js';
import { engines } from '../helpers/engines.js';
import { blockDirs, cliResult, edgeBlocks, openmetricsBlocks } from '../helpers/tools.js';

const scratch = mkdtempSync(join(tmpdir(), 'corrupt-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

/** A private copy of a fixture block, damaged by `damage`. */
function damaged(damage: (dir: string) => void, source = blockDirs(openmetricsBlocks)[0]): string {
  const root = join(scratch, String(n++));
  const dir = join(root, basename(source));
  cpSync(source, dir, { recursive: true });
  damage(dir);
  return dir;
}

function flip(file: string, at: (size: number) => number) {
  const bytes = readFileSync(file);
  bytes[at(bytes.length)] ^= 0x5a;
  writeFileSync(file, bytes);
}

/** Opens and fully reads a block (every series and chunk), so damage anywhere surfaces. */
function readAll(engine: Engine, dir: string) {
  const block = engine.openBlock(dir);
  try {
    const series = decodeSeriesSet(block.series(block.postings([]), MIN_TIME, MAX_TIME));
    engine.decodeChunks(block.chunks(encodeChunkRefs(series.flatMap((s) => s.chunks.map((c) => c.ref)))));
  } finally {
    block.close();
  }
}

function expectCorrupt(engine: Engine, dir: string, file: RegExp) {
  assert.throws(
    () => readAll(engine, dir),
    (e: Error & { code?: string }) => {
      assert.equal(e.code, 'CORRUPT_BLOCK', `code of: ${e.message}`);
      assert.ok(e.message.includes(basename(dir)), `message names the block: ${e.message}`);
      assert.match(e.message, file, 'message names the file');
      return true;
    },
  );
}

const cases: [string, (dir: string) => void, RegExp][] = [
  ['truncated index', (d) => truncateSync(join(d, 'index'), Math.floor(readFileSync(join(d, 'index')).length / 2)), /index/],
  ['index TOC checksum', (d) => flip(join(d, 'index'), (size) => size - 10), /index/],
  ['index series section byte flipped', (d) => flip(join(d, 'index'), () => 5 + 64), /index/],
  ['chunk byte flipped', (d) => flip(join(d, 'chunks', '000001'), (size) => Math.floor(size / 2)), /chunks\/000001/],
  ['chunk CRC flipped', (d) => flip(join(d, 'chunks', '000001'), (size) => size - 1), /chunks\/000001/],
  ['missing segment', (d) => unlinkSync(join(d, 'chunks', '000001')), /chunks\/000001/],
  ['truncated segment', (d) => truncateSync(join(d, 'chunks', '000001'), 100), /chunks\/000001/],
  ['meta.json not JSON', (d) => writeFileSync(join(d, 'meta.json'), '{"ulid": '), /meta\.json/],
  ['index magic', (d) => flip(join(d, 'index'), () => 0), /index/],
];

for (const engine of engines()) {
  describe(`corrupt blocks [${engine.kind}]`, () => {
    for (const [name, damage, file] of cases) {
      test(name, () => expectCorrupt(engine, damaged(damage), file));
    }

    test('every single-byte flip in the index is caught or harmless, never a crash', () => {
      const source = blockDirs(openmetricsBlocks)[0];
      const size = readFileSync(join(source, 'index')).length;
      const step = Math.max(1, Math.floor(size / 300));
      for (let at = 0; at < size; at += step) {
        const dir = damaged((d) => flip(join(d, 'index'), () => at), source);
        try {
          readAll(engine, dir);
        } catch (e) {
          assert.ok(['CORRUPT_BLOCK', 'INVALID_ARGUMENT'].includes((e as { code?: string }).code ?? ''), `flip at ${at}: ${(e as Error).stack}`);
        }
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

test('tsdb dump reports a corrupt block, skips it, and still prints the others', () => {
  const root = join(scratch, 'mixed');
  for (const dir of blockDirs(edgeBlocks)) cpSync(dir, join(root, basename(dir)), { recursive: true });
  const bad = blockDirs(root)[1];
  truncateSync(join(bad, 'index'), 64);
  for (const engine of engines()) {
    const r = cliResult(['tsdb', 'dump', '--tsdb.path', root, '--engine', engine.kind, '--match', 'up']);
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, new RegExp(`skipping block .*${basename(bad)}.*index`));
    assert.ok(r.stdout.split('\n').length > 100, 'the healthy blocks are still dumped');
  }
});
