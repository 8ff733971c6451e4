// The 100k-series block: written by Prometheus's tsdb code through the fixture generator, in CI,
// never committed. Reused from test/fixtures/big/ when an earlier run (or `make-fixtures.sh big`)
// left it there; STOREAPI_BIG_SERIES overrides the size.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, fixturesGen } from './tools.js';

export const bigSeries = Number(process.env.STOREAPI_BIG_SERIES ?? 100_000);

/** The TSDB directory holding the big block (generated on first use). */
export function bigBlockPath(): string {
  const dir = join(fixturesDir, 'big', String(bigSeries));
  const ready = existsSync(dir) && readdirSync(dir).some((n) => existsSync(join(dir, n, 'meta.json')));
  if (!ready) {
    rmSync(dir, { recursive: true, force: true });
    fixturesGen();
    execFileSync('bash', [join(fixturesDir, 'make-fixtures.sh'), 'big', dir, String(bigSeries)], { stdio: ['ignore', 'inherit', 'inherit'] });
  }
  return dir;
}
