// The engine matrix every engine test runs over: [native, ts]. A missing addon is a loud test
// failure, never a quiet skip; only an explicit STOREAPI_SIDECAR_NATIVE=0 narrows the matrix to
// the TS engine (the supported configuration for machines without Rust).
import { test } from 'node:test';
import type { Engine } from '../../src/engine/engine.js';
import { loadNativeEngine } from '../../src/engine/native.js';
import { tsEngine } from '../../src/engine/ts/index.js';

let cached: Engine[] | undefined;

export function engines(): Engine[] {
  if (cached) return cached;
  if (process.env.STOREAPI_SIDECAR_NATIVE === '0') return (cached = [tsEngine]);
  try {
    return (cached = [loadNativeEngine(), tsEngine]);
  } catch (err) {
    const message = (err as Error).message;
    test('native engine loads (build it with `npm run build:native`, or set STOREAPI_SIDECAR_NATIVE=0)', () => {
      throw new Error(`native addon failed to load: ${message}`);
    });
    return (cached = [tsEngine]);
  }
}

/** The native engine and the TS engine, for differential tests (undefined when native is unavailable). */
export function enginePair(): { native: Engine; ts: Engine } | undefined {
  const all = engines();
  const native = all.find((e) => e.kind === 'native');
  return native ? { native, ts: tsEngine } : undefined;
}
