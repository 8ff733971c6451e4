// The block of Prometheus's BenchmarkOpenBlock: 1M series × 20 labels, 10 samples each, written
// by bench/go (`bench-go wide`) on Prometheus's tsdb code. It takes ~2 minutes and ~3 GB of
// memory to write, so it is kept under test/fixtures/big/ (git-ignored) and reused.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '../test/helpers/tools.js';

export const WIDE_SERIES = 1_000_000;
export const WIDE_LABELS = 20;

/** The block directory (generated with `goHarness` on first use). */
export function wideBlockDir(goHarness: string): string {
  const tsdb = join(fixturesDir, 'big', `wide-${WIDE_SERIES}x${WIDE_LABELS}`);
  const find = (): string | undefined =>
    existsSync(tsdb) ? readdirSync(tsdb).find((n) => /^[0-9A-Z]{26}$/.test(n) && existsSync(join(tsdb, n, 'meta.json'))) : undefined;
  let id = find();
  if (!id) {
    rmSync(tsdb, { recursive: true, force: true });
    console.error(`writing the ${WIDE_SERIES} × ${WIDE_LABELS}-label block to ${tsdb} (once; ~2 min, ~3 GB RAM)…`);
    execFileSync(goHarness, ['wide', '--out', tsdb, '--series', String(WIDE_SERIES), '--labels', String(WIDE_LABELS)], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    id = find();
    if (!id) throw new Error(`bench-go wide left no block in ${tsdb}`);
  }
  return join(tsdb, id);
}
