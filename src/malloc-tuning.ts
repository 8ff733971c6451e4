// The sidecar fixes glibc malloc's mmap threshold at 256 KiB when the native engine is loaded.
//
// glibc maps a block of 128 KiB or more on its own, but each time such a block is freed it raises
// the threshold to that block's size (up to 32 MiB). After the first few frame buffers (1-2 MiB,
// allocated and freed by both threads on every large Series call) and postings lists (4 MiB for a
// select-all over 1M series) were freed, blocks of those sizes came from the per-thread arenas
// instead, whose pages stay resident after a free: on case (c) of bench:e2e that was about 10 MiB
// of the peak RSS (README, Memory). A fixed threshold also turns the dynamic one off, so large
// blocks go back to the kernel when they are freed; the cost is an mmap and page faults per large
// block, which the frame-buffer recycling in the query worker keeps rare.
//
// Only the addon can call mallopt, so the pure-TypeScript engine runs with glibc's defaults (an
// operator can get the same with MALLOC_MMAP_THRESHOLD_=262144 in the environment). An operator
// who set any MALLOC_ variable of glibc's gets glibc with those settings: we then change nothing.
//
// It is set first thing in the sidecar process (main.ts, before the sidecar's modules load): what
// the module loading allocates and frees then already follows the fixed threshold (4 MiB less at
// idle than setting it once the engine is chosen).
import { loadNativeEngine, setMallocMmapThreshold } from './engine/native.js';

/** The threshold set, exported for the test. */
export const MMAP_THRESHOLD_BYTES = 256 * 1024;

/** Whether the operator tuned glibc malloc through its environment variables. */
export function operatorTunedMalloc(env: NodeJS.ProcessEnv = process.env): boolean {
  return Object.keys(env).some((k) => k.startsWith('MALLOC_') || k === 'GLIBC_TUNABLES');
}

export type MallocTuning = 'applied' | 'operator' | 'unavailable';

/** Sets the threshold unless the operator tuned malloc; says what happened. */
export function tuneMalloc(engineKind: 'native' | 'ts', env: NodeJS.ProcessEnv = process.env): MallocTuning {
  if (operatorTunedMalloc(env)) return 'operator';
  if (engineKind !== 'native') return 'unavailable';
  return setMallocMmapThreshold(MMAP_THRESHOLD_BYTES) ? 'applied' : 'unavailable';
}

let done: MallocTuning | undefined;

/**
 * The process's call, first thing in main.ts and again (answered from memory) where the sidecar
 * logs it: loads the addon unless STOREAPI_SIDECAR_NATIVE=0 chose the TS engine (a load failure is
 * left for the engine choice to report) and tunes, once.
 */
export function tuneMallocOnce(env: NodeJS.ProcessEnv = process.env): MallocTuning {
  if (done) return done;
  let kind: 'native' | 'ts' = 'ts';
  if (env.STOREAPI_SIDECAR_NATIVE !== '0') {
    try {
      kind = loadNativeEngine().kind as 'native';
    } catch {
      kind = 'ts';
    }
  }
  return (done = tuneMalloc(kind, env));
}
