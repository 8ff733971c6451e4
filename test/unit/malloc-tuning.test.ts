// src/malloc-tuning.ts: the decision (operator's variables win, only the native engine can tune),
// and, in child processes, what the fixed threshold changes. Each child frees one 8 MiB block first
// (glibc's dynamic threshold then rises to 8 MiB), allocates 48 blocks of 1 MiB, touches them, and
// frees every other one: from an arena those freed pages stay resident (they are holes, not the
// arena's top), while with the threshold fixed at 256 KiB each block was its own mapping and goes
// back to the kernel when freed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { MMAP_THRESHOLD_BYTES, operatorTunedMalloc, tuneMalloc, tuneMallocOnce } from '../../src/malloc-tuning.js';
import { enginePair } from '../helpers/engines.js';

const nativeUrl = new URL('../../src/engine/native.js', import.meta.url).href;
const tuningUrl = new URL('../../src/malloc-tuning.js', import.meta.url).href;

test('operator variables: any MALLOC_* or GLIBC_TUNABLES counts, nothing else does', () => {
  assert.equal(operatorTunedMalloc({}), false);
  assert.equal(operatorTunedMalloc({ PATH: '/usr/bin', NODE_OPTIONS: '--max-old-space-size=100' }), false);
  assert.equal(operatorTunedMalloc({ MALLOC_ARENA_MAX: '2' }), true);
  assert.equal(operatorTunedMalloc({ MALLOC_MMAP_THRESHOLD_: '131072' }), true);
  assert.equal(operatorTunedMalloc({ GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0' }), true);
});

test('the pure-TS engine cannot tune; an operator setting wins over either engine', () => {
  assert.equal(tuneMalloc('ts', {}), 'unavailable');
  assert.equal(tuneMalloc('ts', { MALLOC_ARENA_MAX: '1' }), 'operator');
  assert.equal(tuneMalloc('native', { MALLOC_ARENA_MAX: '1' }), 'operator');
});

test('tuneMallocOnce decides once per process and answers the later calls from memory', () => {
  assert.equal(tuneMallocOnce({ MALLOC_ARENA_MAX: '2' }), 'operator');
  assert.equal(tuneMallocOnce({}), 'operator');
});

test('with the native engine loaded the threshold is applied', () => {
  const pair = enginePair();
  if (!pair) return; // engines() has registered the loud failure, or STOREAPI_SIDECAR_NATIVE=0 chose TS only
  assert.equal(tuneMalloc('native', {}), 'applied');
  assert.equal(MMAP_THRESHOLD_BYTES, 256 * 1024);
});

/** RSS MiB given back by freeing half of 48 touched 1 MiB blocks, in a child. */
function freedMiB(tune: boolean): number {
  const script = `
    const { loadNativeEngine } = await import(${JSON.stringify(nativeUrl)});
    const { tuneMalloc } = await import(${JSON.stringify(tuningUrl)});
    loadNativeEngine();
    const tuning = ${tune} ? tuneMalloc('native', {}) : 'off';
    const settle = async () => { for (let i = 0; i < 4; i++) { globalThis.gc(); await new Promise((r) => setTimeout(r, 50)); } };
    let big = Buffer.allocUnsafeSlow(8 << 20); big.fill(1); big = undefined; await settle();
    const blocks = [];
    for (let i = 0; i < 48; i++) { const b = Buffer.allocUnsafeSlow(1 << 20); b.fill(i); blocks.push(b); }
    await settle();
    const before = process.memoryUsage().rss;
    for (let i = 0; i < blocks.length; i += 2) blocks[i] = undefined;
    await settle();
    const after = process.memoryUsage().rss;
    console.log(JSON.stringify({ tuning, freedMiB: (before - after) / 2 ** 20, kept: blocks.filter(Boolean).length }));
  `;
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('MALLOC_') && k !== 'GLIBC_TUNABLES') env[k] = v;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { tuning: string; freedMiB: number; kept: number };
  assert.equal(out.tuning, tune ? 'applied' : 'off');
  assert.equal(out.kept, 24);
  return out.freedMiB;
}

test('a fixed threshold gives freed 1 MiB blocks back to the kernel; glibc raised its own past them', () => {
  if (!enginePair()) return; // as above: the failure is registered by engines()
  const untuned = freedMiB(false);
  const tuned = freedMiB(true);
  assert.ok(untuned < 8, `without the threshold the freed blocks stay resident (${untuned.toFixed(1)} MiB given back)`);
  assert.ok(tuned > 20, `with it most of the 24 MiB freed is given back (${tuned.toFixed(1)} MiB)`);
});
