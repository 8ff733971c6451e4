// Real blocks of a chosen size for the S3 shipper tests and the upload benchmark: one 2h block of N
// series written by Prometheus's tsdb code through the fixture generator (`fixtures-gen big`),
// cached under test/fixtures/big/<N>/ (git-ignored) like big-block.ts does for the 100k block.
// Sizes on this generator: 20k series ≈ 33 MB (one 31 MB chunk segment), 700k ≈ 1.2 GB.
//
// copyBlockAs() clones a block under a new ULID (hard links when possible, so a 1 GB block costs no
// space) and rewrites only the copy's meta.json, which the shipper reads; the index and chunks are
// shared bytes, which is all an upload test needs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, fixturesGen } from './tools.js';

/** The TSDB directory holding one generated block of `series` series (generated on first use). */
export function generatedTsdb(series: number): string {
  const dir = join(fixturesDir, 'big', String(series));
  const ready = existsSync(dir) && readdirSync(dir).some((n) => existsSync(join(dir, n, 'meta.json')));
  if (!ready) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execFileSync(fixturesGen(), ['big', '--out', dir, '--series', String(series)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return dir;
}

/** The block directory inside generatedTsdb(series). */
export function generatedBlock(series: number): string {
  const tsdb = generatedTsdb(series);
  const name = readdirSync(tsdb).find((n) => /^[0-9A-Z]{26}$/.test(n) && existsSync(join(tsdb, n, 'meta.json')));
  if (!name) throw new Error(`no block in ${tsdb}`);
  return join(tsdb, name);
}

/** Copies block dir `src` to `<tsdb>/<ulid>` (files hard-linked when possible), editing the copy's meta.json. */
export function copyBlockAs(src: string, tsdb: string, ulid: string, edit: (m: Record<string, any>) => void = () => {}): string {
  const dst = join(tsdb, ulid);
  mkdirSync(join(dst, 'chunks'), { recursive: true });
  const files = [...readdirSync(join(src, 'chunks')).map((n) => join('chunks', n)), 'index', ...(existsSync(join(src, 'tombstones')) ? ['tombstones'] : [])];
  for (const rel of files) {
    try {
      linkSync(join(src, rel), join(dst, rel));
    } catch {
      copyFileSync(join(src, rel), join(dst, rel));
    }
  }
  const m = JSON.parse(readFileSync(join(src, 'meta.json'), 'utf8'));
  m.ulid = ulid;
  m.compaction = { ...m.compaction, sources: [ulid] };
  edit(m);
  // Written last, as Prometheus does: a block without meta.json is one still being written.
  writeFileSync(join(dst, 'meta.json'), `${JSON.stringify(m, null, '\t')}\n`);
  return dst;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A valid ULID with the given time part and a counter in the random part (deterministic, sortable). */
export function testUlid(timeMs: number, n: number): string {
  let t = '';
  let x = timeMs;
  for (let i = 0; i < 10; i++) {
    t = CROCKFORD[x % 32] + t;
    x = Math.floor(x / 32);
  }
  let r = '';
  let y = n;
  for (let i = 0; i < 16; i++) {
    r = CROCKFORD[y % 32] + r;
    y = Math.floor(y / 32);
  }
  return t + r;
}
