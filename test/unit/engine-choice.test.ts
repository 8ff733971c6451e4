// Engine choice at start-up: native when the addon loads, the TS engine with exactly one warning
// when it does not, STOREAPI_SIDECAR_NATIVE=0 forcing TS and =1 making a missing addon fatal. And
// `npm install` without cargo still succeeds, with one warning.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { cliResult, openmetricsBlocks, repoRoot } from '../helpers/tools.js';

const missing = { STOREAPI_SIDECAR_ADDON: join(repoRoot, 'does-not-exist.node') };
const dump = ['tsdb', 'dump', '--tsdb.path', openmetricsBlocks];

test('auto: a missing addon falls back to the TS engine with one clear warning', () => {
  const r = cliResult(dump, { ...missing, STOREAPI_SIDECAR_NATIVE: '' });
  assert.equal(r.status, 0, r.stderr);
  const warnings = r.stderr.split('\n').filter((l) => l.includes('native engine unavailable'));
  assert.equal(warnings.length, 1, r.stderr);
  assert.match(warnings[0], /using the pure-TypeScript engine/);
  assert.equal(r.stdout, cliResult(dump, { STOREAPI_SIDECAR_NATIVE: '0' }).stdout, 'same answer as the TS engine');
  assert.ok(r.stdout.length > 0);
});

test('STOREAPI_SIDECAR_NATIVE=1 makes a missing addon a hard error', () => {
  const r = cliResult(dump, { ...missing, STOREAPI_SIDECAR_NATIVE: '1' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /native engine: cannot load .*does-not-exist\.node/);
  assert.equal(r.stdout, '');
});

test('STOREAPI_SIDECAR_NATIVE=0 uses the TS engine silently, even when the addon is missing', () => {
  const r = cliResult(dump, { ...missing, STOREAPI_SIDECAR_NATIVE: '0' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});

test('STOREAPI_SIDECAR_NATIVE with another value is refused', () => {
  const r = cliResult(dump, { STOREAPI_SIDECAR_NATIVE: 'yes' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /STOREAPI_SIDECAR_NATIVE must be 0 or 1/);
});

test('the postinstall build step succeeds without cargo, with one warning', () => {
  // PATH without ~/.cargo/bin: node stays reachable through its absolute path.
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-native.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, PATH: '/nonexistent' },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /cargo not found: the native addon was not built; the pure-TypeScript engine will be used/);
});
