#!/usr/bin/env node
// postinstall: build the Rust addon when cargo is available. When it is not, or the build fails,
// installation still succeeds: the pure-TypeScript engine is used and the sidecar says so once at
// start-up. STOREAPI_SIDECAR_SKIP_NATIVE_BUILD=1 skips the build on purpose.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const warn = (msg) => process.stderr.write(`storeapi-sidecar: ${msg}\n`);

if (process.env.STOREAPI_SIDECAR_SKIP_NATIVE_BUILD === '1') {
  warn('native addon build skipped (STOREAPI_SIDECAR_SKIP_NATIVE_BUILD=1); the pure-TypeScript engine will be used');
  process.exit(0);
}
const cargo = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
if (cargo.error || cargo.status !== 0) {
  warn('cargo not found: the native addon was not built; the pure-TypeScript engine will be used (install Rust and run `npm run build:native` for the fast path)');
  process.exit(0);
}
const napi = join(root, 'node_modules', '@napi-rs', 'cli', 'dist', 'cli.js');
if (!existsSync(napi)) {
  warn('@napi-rs/cli is not installed (production install?): the native addon was not built; the pure-TypeScript engine will be used');
  process.exit(0);
}
const build = spawnSync('npm', ['run', '--silent', 'build:native'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  warn(`native addon build failed (exit ${build.status}); the pure-TypeScript engine will be used`);
}
process.exit(0);
