// A/B of builds of the native addon on one directory of blocks, in one process: whole select-all
// Series queries through the engine's cursor (as the query worker drives it: fill, then take into
// a JS buffer; no gRPC, no worker thread), alternating between the builds query by query, the
// order reversed every round (ABBA). Prints the CPU time per query of each build and, for each
// build after the first, the median of its per-round ratio to the first.
//
//   node dist/bench/addon-ab.js --dir test/fixtures/big/e2e-10000x1920@15s [--rounds 20] A.node B.node …
//
// For optimising the engine on a VM whose speed drifts by tens of percent within minutes: builds
// timed one after the other differ by that drift, builds timed query by query share it. The first
// query of each build is untimed; its frames are hashed, and builds whose answers differ are
// reported (an optimisation must not change a byte).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type * as Binding from '../native/node/binding.js';
import { parseMeta } from '../src/blocks/watcher.js';
import { blockDirs } from '../test/helpers/tools.js';

type Addon = typeof Binding;

function usage(msg: string): never {
  console.error(`${msg}\nusage: node dist/bench/addon-ab.js --dir <blocks dir> [--rounds N] A.node B.node …`);
  process.exit(2);
}

function parseArgs(argv: string[]): { dir: string; rounds: number; addons: string[] } {
  let dir = '';
  let rounds = 20;
  const addons: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dir') dir = argv[++i] ?? '';
    else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i].startsWith('-')) usage(`unknown flag ${argv[i]}`);
    else addons.push(argv[i]);
  }
  if (!dir) usage('--dir is required');
  if (!Number.isInteger(rounds) || rounds < 1) usage('--rounds must be a positive integer');
  if (addons.length < 1) usage('name at least one addon build (.node file)');
  for (const a of addons) if (!existsSync(a)) usage(`no such file: ${a}`);
  return { dir, rounds, addons };
}

/** Runs the query to the end; CPU ms (user + system) and, when asked, the SHA-256 of all frames. */
function runQuery(addon: Addon, blocks: Binding.NativeBlock[], q: Binding.JsSeriesQuery, hash: boolean): { cpuMs: number; bytes: number; sha?: string } {
  const h = hash ? createHash('sha256') : undefined;
  const c0 = process.cpuUsage();
  const cur = addon.NativeSeriesCursor.create(blocks, q);
  let bytes = 0;
  for (;;) {
    const n = cur.fill(1 << 20);
    if (n === 0) break;
    const out = Buffer.allocUnsafeSlow(n);
    cur.take(out);
    bytes += n;
    h?.update(out);
  }
  cur.close();
  const d = process.cpuUsage(c0);
  return { cpuMs: (d.user + d.system) / 1000, bytes, sha: h?.digest('hex') };
}

function main(): void {
  const { dir, rounds, addons } = parseArgs(process.argv.slice(2));
  const dirs = blockDirs(dir);
  if (dirs.length === 0) usage(`${dir}: no block directories in it`);
  const metas = dirs.map((d) => parseMeta(d, readFileSync(join(d, 'meta.json'), 'utf8')));
  const q: Binding.JsSeriesQuery = {
    mint: Math.min(...metas.map((m) => m.minTime)),
    maxt: Math.max(...metas.map((m) => m.maxTime)) - 1,
    matchers: [{ type: 2, name: '__name__', value: '.+' }],
    skipChunks: false,
    externalLabels: [['replica', 'a']],
    withoutReplicaLabels: [],
    batchSize: 64,
    chunkHashes: true,
  };
  // Each build from a copy of its own: two paths are two libraries to dlopen, even for one file.
  const scratch = mkdtempSync(join(tmpdir(), 'addon-ab-'));
  const require = createRequire(import.meta.url);
  try {
    const builds = addons.map((a, i) => {
      const p = join(scratch, `${i}-${basename(a)}`);
      copyFileSync(a, p);
      const addon = require(p) as Addon;
      return { name: `${i}:${basename(a)}`, addon, blocks: dirs.map((d) => addon.NativeBlock.open(d)), times: [] as number[] };
    });
    const first = builds.map((b) => runQuery(b.addon, b.blocks, q, true));
    for (let i = 1; i < builds.length; i++) {
      if (first[i].sha !== first[0].sha) console.log(`⚠ ${builds[i].name} answers differently from ${builds[0].name} (${first[i].bytes} vs ${first[0].bytes} bytes)`);
    }
    console.log(`${dirs.length} block(s), ${first[0].bytes} bytes of frames per query, ${rounds} rounds`);
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? builds : [...builds].reverse();
      for (const b of order) b.times.push(runQuery(b.addon, b.blocks, q, false).cpuMs);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    for (const b of builds) {
      console.log(`${b.name}: CPU per query median ${median(b.times).toFixed(1)} ms, min ${Math.min(...b.times).toFixed(1)} ms`);
    }
    for (const b of builds.slice(1)) {
      const ratios = b.times.map((t, i) => t / builds[0].times[i]);
      console.log(`${b.name} ÷ ${builds[0].name}, per round: median ${median(ratios).toFixed(3)}, range ${Math.min(...ratios).toFixed(3)}-${Math.max(...ratios).toFixed(3)}`);
    }
    for (const b of builds) for (const blk of b.blocks) blk.close();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
