// The two out-of-process contenders of bench/micro.bench.ts: Prometheus's Go code (bench/go,
// built into .tools/bench-go) and the bench-only Rust binary of our engine crate
// (native/engine/benches/micro.rs, run through `cargo bench`). Both read the same plan file and
// print JSON. A missing toolchain is an error, never a silently dropped column.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './report.js';

/** Per-call timing summary, nanoseconds (the three sides print the same fields). */
export interface Timing {
  medianNs: number;
  meanNs: number;
  minNs: number;
  maxNs: number;
  runs: number;
}

export interface OpenMemory {
  allocsPerOp: number;
  bytesPerOp: number;
  retainedBytes: number;
}

export interface HarnessCase extends Timing {
  id: string;
  check: string;
  memory?: OpenMemory;
}

export interface GoReport {
  go: string;
  prometheus: string;
  gomaxprocs: number;
  cases: HarnessCase[];
}

export interface RustReport {
  cases: HarnessCase[];
}

const goDir = join(repoRoot, 'bench', 'go');
const goBin = join(repoRoot, '.tools', 'bench-go');
const big = 64 * 1024 * 1024;

function newestSource(): number {
  return readdirSync(goDir)
    .filter((n) => n.endsWith('.go') || n === 'go.mod' || n === 'go.sum')
    .reduce((t, n) => Math.max(t, statSync(join(goDir, n)).mtimeMs), 0);
}

/** .tools/bench-go, (re)built when missing or older than its sources. */
export function goHarness(): string {
  if (existsSync(goBin) && statSync(goBin).mtimeMs >= newestSource()) return goBin;
  const go = spawnSync('go', ['version'], { encoding: 'utf8' });
  if (go.error || go.status !== 0) {
    throw new Error('Go is required for the Go reference column of `npm run bench` (bench/go needs Go 1.26+ on PATH)');
  }
  console.error(`building ${goBin} (${go.stdout.trim()})…`);
  execFileSync('go', ['build', '-o', goBin, '.'], { cwd: goDir, stdio: ['ignore', 'inherit', 'inherit'] });
  return goBin;
}

export function runGo(planPath: string): GoReport {
  const out = execFileSync(goHarness(), ['run', '--plan', planPath], { encoding: 'utf8', maxBuffer: big, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as GoReport;
}

/** Runs the Rust bench binary (cargo builds it first if needed). planPath must be absolute. */
export function runRust(planPath: string): RustReport {
  const cargo = spawnSync('cargo', ['--version'], { encoding: 'utf8' });
  if (cargo.error || cargo.status !== 0) throw new Error('cargo is required for the native postings/open cases of `npm run bench`');
  const out = execFileSync('cargo', ['bench', '-q', '-p', 'storeapi-engine', '--bench', 'micro', '--', '--plan', planPath], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: big,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as RustReport;
}

/** `rustc --version`, for the machine section. */
export function rustcVersion(): string {
  const r = spawnSync('rustc', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : 'unknown';
}
