// The query worker pool (piscina 5), created once and kept warm.
//
// Sizing, for the 2-vCPU box a sidecar usually gets:
// - threads = max(1, cores − 1): the main thread keeps one core for gRPC I/O (it only writes
//   ready-encoded bytes) and the rest run the engine. On 2 cores that is ONE worker thread.
// - minThreads = maxThreads = threads, with a long idleTimeout: no thread start-up (module load,
//   addon load, block cache warm-up) on the request path, and the block cache stays hot.
// - concurrentTasksPerWorker > 1: a request that waits for credit (a slow or stalled client)
//   parks on Atomics.waitAsync and costs no CPU, so one thread interleaves several requests
//   chunk by chunk. With one task per thread, a single stalled client would hold the only
//   worker and starve every other query until its deadline.
// - maxQueue is bounded: beyond threads × concurrentTasksPerWorker running requests, at most
//   maxQueue wait; more are refused at once (ExecutorOverloadedError) instead of piling up.
// - atomics 'disabled': piscina's 'sync' mode parks an idle worker in a blocking Atomics.wait;
//   with async, interleaved tasks the plain message path is the predictable one, and its cost
//   is within noise next to a Series request (spec/anchors.md §C5: ~80 µs per task).
//
// The engine is chosen once on the main thread (getEngine() logs the choice once) and its kind
// is passed to the workers in workerData, so every thread runs the same engine.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { Engine } from '../engine/engine.js';
import { operatorTunedYoungGeneration } from '../young-generation.js';
import type { WorkerConfig, WorkerTask } from './worker.js';

export interface PoolOptions {
  /** Engine whose kind the workers load (the sidecar passes the process-wide getEngine()). */
  engine: Engine;
  /** Worker threads (min = max). Default max(1, availableParallelism() − 1). */
  threads?: number;
  /** Requests interleaved on one worker. Default 8. */
  concurrentTasksPerWorker?: number;
  /** Requests waiting for a worker slot before new ones are refused. Default 64. */
  maxQueue?: number;
  /** Idle time before piscina may retire a thread above minThreads (never, with min = max). */
  idleTimeoutMs?: number;
  /** One start-up line (engine kind and sizing). Default: stderr. */
  log?: (msg: string) => void;
  /** Receives worker-level errors (a crashed thread), which piscina reports outside any task. */
  onError?: (err: Error) => void;
}

export const defaultThreads = (): number => Math.max(1, availableParallelism() - 1);

export interface QueryPool {
  readonly piscina: Piscina<WorkerTask, string>;
  readonly engineKind: Engine['kind'];
  readonly threads: number;
  readonly slots: number;
  readonly maxQueue: number;
}

/**
 * The young generation of a native query worker, in MiB: V8 makes it three semi-spaces, so 3 gives
 * two 1 MiB semi-spaces (the worker's default here was 2 MiB ones). A native worker's JS allocates
 * little per chunk (a message, a view, a stats object), so a smaller young generation costs it
 * nothing measurable: per-thread CPU over 40 (b) calls was 90 and 75.5 ms against 96.5 and 71 ms
 * without the cap, alternated. It took the (c) select-all's VmHWM from 98-100 to 96-98 MiB (mem-c,
 * ad hoc, five alternated pairs). A TS-engine worker decodes in JS and keeps V8's default; so does
 * every worker when the operator sets a semi-space flag (young-generation.ts).
 */
export const NATIVE_WORKER_YOUNG_GENERATION_MB = 3;

function positiveInt(name: string, v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`${name} must be a positive integer, got ${v}`);
  return v;
}

export function createPool(opts: PoolOptions): QueryPool {
  const engine = opts.engine;
  const threads = positiveInt('threads', opts.threads ?? defaultThreads());
  const perWorker = positiveInt('concurrentTasksPerWorker', opts.concurrentTasksPerWorker ?? 8);
  // At least 1: with maxQueue 0, piscina 5.3 leaves a refused task in its queue and refuses
  // every later task too (seen in test/unit/executor.test.ts while writing the overload test).
  const maxQueue = positiveInt('maxQueue', opts.maxQueue ?? 64);
  const workerData: WorkerConfig = { engineKind: engine.kind };
  const piscina = new Piscina<WorkerTask, string>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: perWorker,
    idleTimeout: opts.idleTimeoutMs ?? 24 * 60 * 60 * 1000,
    maxQueue,
    atomics: 'disabled',
    workerData,
    ...(engine.kind === 'native' && !operatorTunedYoungGeneration()
      ? { resourceLimits: { maxYoungGenerationSizeMb: NATIVE_WORKER_YOUNG_GENERATION_MB } }
      : {}),
  });
  const onError = opts.onError ?? ((err: Error) => process.stderr.write(`storeapi-sidecar: query worker error: ${err.message}\n`));
  piscina.on('error', onError);
  const log = opts.log ?? ((m: string) => process.stderr.write(m + '\n'));
  log(`storeapi-sidecar: query pool: engine=${engine.kind} threads=${threads} concurrentTasksPerWorker=${perWorker} maxQueue=${maxQueue}`);
  return { piscina, engineKind: engine.kind, threads, slots: threads * perWorker, maxQueue };
}
