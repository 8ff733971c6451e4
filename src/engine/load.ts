// Picks the engine once per process: the native addon when it loads, else the pure-TS twin.
// STOREAPI_SIDECAR_NATIVE=0 forces the TS engine; =1 makes a missing addon a hard error.
import type { Engine } from './engine.js';
import { loadNativeEngine } from './native.js';
import { tsEngine } from './ts/index.js';

export type EngineChoice = 'auto' | 'native' | 'ts';

let chosen: Engine | undefined;

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
 * 'native' throws when the addon cannot load.
 */
export function engineFor(choice: Exclude<EngineChoice, 'auto'>): Engine {
  return choice === 'native' ? loadNativeEngine() : tsEngine;
}

/** The process-wide engine, chosen and announced once. */
export function getEngine(warn: (msg: string) => void = (m) => process.stderr.write(m + '\n')): Engine {
  if (chosen) return chosen;
  const choice = choiceFromEnv();
  if (choice === 'auto') {
    try {
      chosen = loadNativeEngine();
    } catch (err) {
      warn(
        `storeapi-sidecar: native engine unavailable (${(err as Error).message.split('\n')[0]}); ` +
          'using the pure-TypeScript engine. Build the addon with `npm run build:native` for the fast path.',
      );
      chosen = tsEngine;
    }
  } else {
    chosen = engineFor(choice);
  }
  return chosen;
}
