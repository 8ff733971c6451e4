// Paths and runners for the real tools the tests compare against: Prometheus's promtool (Debian
// package `prometheus`) and our Go fixture generator built on Prometheus's tsdb library. Missing
// tools fail the test that needs them, loudly.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (tests run from dist/test/..., sources live at the root). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');
export const edgeBlocks = join(fixturesDir, 'blocks', 'edge');
export const openmetricsBlocks = join(fixturesDir, 'blocks', 'openmetrics');
export const cliPath = join(repoRoot, 'bin', 'storeapi-sidecar.js');

export function blockDirs(tsdbPath: string): string[] {
  return readdirSync(tsdbPath)
    .filter((n) => /^[0-9A-Z]{26}$/.test(n))
    .sort()
    .map((n) => join(tsdbPath, n));
}

/** Builds (once) and returns the fixture generator binary. */
export function fixturesGen(): string {
  const bin = join(repoRoot, '.tools', 'fixtures-gen');
  if (!existsSync(bin)) {
    const go = spawnSync('go', ['version']);
    if (go.error || go.status !== 0) throw new Error('Go is required to build test/fixtures/gen (install Go 1.26+)');
    execFileSync('go', ['build', '-o', bin, '.'], { cwd: join(fixturesDir, 'gen'), stdio: 'inherit' });
  }
  return bin;
}

export function promtool(): string {
  const r = spawnSync('promtool', ['--version']);
  if (r.error || r.status !== 0) throw new Error('promtool is required (apt-get install prometheus)');
  return 'promtool';
}

const big = 64 * 1024 * 1024 * 1024;

/** `gen dump`: Prometheus's own reader printing what current promtool prints. */
export function genDump(tsdbPath: string, args: string[] = []): string {
  const sandbox = mkdtempSync(join(tmpdir(), 'gen-dump-'));
  try {
    return execFileSync(fixturesGen(), ['dump', '--tsdb.path', tsdbPath, '--sandbox-dir-root', sandbox, ...args], { maxBuffer: big, encoding: 'utf8' });
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
  }
}

/** Debian's promtool 2.42 `tsdb dump`, on a scratch copy (it writes into the directory it reads). */
export function promtoolDump(tsdbPath: string, args: string[] = []): string {
  const copy = mkdtempSync(join(tmpdir(), 'promtool-dump-'));
  try {
    for (const dir of blockDirs(tsdbPath)) cpSync(dir, join(copy, dir.split('/').pop()!), { recursive: true });
    mkdirSync(join(copy, 'wal')); // promtool opens the head too and needs a (here empty) WAL
    return execFileSync(promtool(), ['tsdb', 'dump', ...args, copy], { maxBuffer: big, encoding: 'utf8' });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Debian's promtool 2.42 `tsdb analyze` of one block, on a scratch copy. */
export function promtoolAnalyze(tsdbPath: string, blockId: string, args: string[] = []): string {
  const copy = mkdtempSync(join(tmpdir(), 'promtool-analyze-'));
  try {
    for (const dir of blockDirs(tsdbPath)) cpSync(dir, join(copy, dir.split('/').pop()!), { recursive: true });
    mkdirSync(join(copy, 'wal'));
    return execFileSync(promtool(), ['tsdb', 'analyze', ...args, copy, blockId], { maxBuffer: big, encoding: 'utf8' });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** Runs our CLI and returns stdout (throws with stderr on a non-zero exit). */
export function cli(args: string[], env: NodeJS.ProcessEnv = {}): string {
  const r = spawnSync(process.execPath, [cliPath, ...args], { maxBuffer: big, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`storeapi-sidecar ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

export function cliResult(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [cliPath, ...args], { maxBuffer: big, encoding: 'utf8', env: { ...process.env, ...env } });
}
