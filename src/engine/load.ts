// Picks the engine once per process: the native addon when it loads, else the pure-TS twin.
// STOREAPI_SIDECAR_NATIVE=0 forces the TS engine; =1 makes a missing addon a hard error.
//
// The TS engine's modules (and re2js, which its matchers use) are imported only when that engine
// is chosen, so the functions here are async: a native sidecar never runs them, and in each of its
// isolates (the main thread and every query worker) they would hold ~1.3 MiB of heap.
import type { Engine } from './engine.js';
import { loadNativeEngine } from './native.js';

async function loadTsEngine(): Promise<Engine> {
  return (await import('./ts/index.js')).tsEngine;
}

export type EngineChoice = 'auto' | 'native' | 'ts';

let chosen: Promise<Engine> | undefined;

/** Reads STOREAPI_SIDECAR_NATIVE: '0' → ts, '1' → native (required), unset → auto. */
export function choiceFromEnv(env: NodeJS.ProcessEnv = process.env): EngineChoice {
  const v = env.STOREAPI_SIDECAR_NATIVE;
  if (v === undefined || v === '') return 'auto';
  if (v === '0') return 'ts';
  if (v === '1') return 'native';
  throw new Error(`STOREAPI_SIDECAR_NATIVE must be 0 or 1, got ${JSON.stringify(v)}`);
}

/**
 * Returns an engine for an explicit choice without caching (tests and `--engine`).
 * 'native' rejects when the addon cannot load.
 */
export async function engineFor(choice: Exclude<EngineChoice, 'auto'>): Promise<Engine> {
  return choice === 'native' ? loadNativeEngine() : loadTsEngine();
}

/** The process-wide engine, chosen and announced once. */
export function getEngine(warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): Promise<Engine> {
  // A failed load is not remembered (the next call tries again), as when this was synchronous.
  chosen ??= choose(warn).catch((err: unknown) => {
    chosen = undefined;
    throw err;
  });
  return chosen;
}

async function choose(warn: (msg: string) => void): Promise<Engine> {
  const choice = choiceFromEnv();
  if (choice !== 'auto') return engineFor(choice);
  try {
    return loadNativeEngine();
  } catch (err) {
    warn(
      `storeapi-sidecar: native engine unavailable (${(err as Error).message.split('\n')[0]}); ` +
        'using the pure-TypeScript engine. Build the addon with `npm run build:native` for the fast path.',
    );
    return loadTsEngine();
  }
}
