// The Executor over the piscina pool (pool.ts) and the worker (worker.ts).
//
// `series(run)` returns a lazy AsyncIterable: the task starts on the first pull. Each pull hands
// one chunk of Frames to the consumer and returns its bytes as credit to the worker, so the
// worker can only run `budgetBytes` (and at most LOOKAHEAD_CHUNKS chunks) ahead of the consumer.
// Aborting `run.signal` sets the shared cancel flag and the iteration ends with an AbortError; a
// consumer that stops early (`break`, `return()`) cancels the same way. The worker notices at
// its next check and stops; the task's slot frees once it does, so a cancelled request never
// pins a worker.
import { MessageChannel, receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { EngineError, type EngineErrorCode, type SeriesStats } from '../engine/engine.js';
import { checkBudget, Credits } from './credits.js';
import type { Executor, SeriesChunk, SeriesRun } from './executor.js';
import { PrometheusClient } from '../prometheus/client.js';
import type { PrometheusSource } from './head-read.js';
import { createPool, type PoolOptions, type QueryPool } from './pool.js';
import type { HeadTask, RecycleMessage, SeriesTask, WorkerMessage } from './worker.js';

/** Target bytes of one posted chunk of Frames unless `ExecutorOptions.chunkBytes` says otherwise. */
export const DEFAULT_CHUNK_BYTES = 1 << 20;

export interface ExecutorOptions extends PoolOptions {
  /** Target bytes per posted chunk; capped to a quarter of each request's budget. Default DEFAULT_CHUNK_BYTES. */
  chunkBytes?: number;
  /**
   * A block the worker could not open (left out of the answer). `code` NOT_FOUND means it was
   * deleted between planning and opening; CORRUPT_BLOCK means it is broken.
   */
  onBlockSkipped?: (dir: string, err: EngineError) => void;
  /**
   * Where the head comes from (--prometheus.url and the remote-read timeout). Without it a run's
   * head part is ignored and only persisted blocks serve.
   */
  prometheus?: PrometheusSource;
}

/** The consumer stopped the request (signal aborted). */
export class AbortError extends Error {
  readonly code = 'ABORT_ERR';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AbortError';
  }
}

/** The pool's queue is full: the request is refused (maps to gRPC RESOURCE_EXHAUSTED). */
export class ExecutorOverloadedError extends Error {
  readonly code = 'RESOURCE_EXHAUSTED';
  constructor(message: string) {
    super(message);
    this.name = 'ExecutorOverloadedError';
  }
}

const ENGINE_CODES = new Set<string>(['INVALID_ARGUMENT', 'CORRUPT_BLOCK', 'NOT_FOUND', 'CANCELLED', 'INTERNAL']);

function engineError(code: string, message: string): EngineError {
  return new EngineError(ENGINE_CODES.has(code) ? (code as EngineErrorCode) : 'INTERNAL', message);
}

const EMPTY_STATS: SeriesStats = { series: 0, chunks: 0, samples: 0, bytes: 0 };

/**
 * Most chunks the worker runs ahead of the consumer, whatever the budget: the budget caps the
 * bytes, this the lookahead. Chunks queued here long enough survive the main thread's young-
 * generation GCs; their backing stores are then freed only by full GCs, which V8 starts on
 * external-memory pressure. Measured on a 1M-series select-all (874 MB of frames in 1 MiB
 * chunks, sidecar on 2 cores): 16 chunks ahead (the default 16 MiB budget) ran 15–60 full GCs
 * per call on the main thread in 8 of 10 runs, at 3.8–4.6 s of process CPU per call; 4 ahead
 * ran none past start-up in every run, at 2.7–2.9 s, and about half the wall time. Two are
 * enough to keep the worker busy while the consumer writes one chunk: the worker is the slower
 * side (2-3 ms per 1 MiB chunk against under 1 ms to write one), so the queue only fills behind a
 * slow client, and then every chunk ahead is memory. Four let a select-all over 1M series
 * allocate 7-8 frame buffers, two 4-5 (decorators.ts MAX_QUEUED_BYTES has the timings).
 */
export const LOOKAHEAD_CHUNKS = 2;

export interface PoolExecutor extends Executor {
  series(run: SeriesRun): SeriesStream;
  /** Runs one probe task: rejects when the workers cannot load the main thread's engine. */
  ready(): Promise<void>;
  /** Resolves once no request is running on the workers (cancelled ones included). */
  idle(): Promise<void>;
  readonly pool: QueryPool;
}

/** One request's stream of chunks. Iterate it once. */
export class SeriesStream implements AsyncIterable<SeriesChunk>, AsyncIterator<SeriesChunk> {
  private readonly credits = new Credits();
  private readonly queue: SeriesChunk[] = [];
  private port: MessagePort | undefined;
  private started = false;
  private finished = false; // no more chunks will be handed out
  private released = false; // port closed, listeners removed
  private ended = false; // worker sent 'end'
  private failure: Error | undefined;
  private wake: (() => void) | undefined;
  private final: SeriesStats = EMPTY_STATS;
  private lastStats: SeriesStats = EMPTY_STATS;
  private clonedCount = 0;
  private freshBufferCount = 0;
  private readonly onAbort = () => this.cancel();

  constructor(
    private readonly exec: PoolExecutorImpl,
    private readonly run: SeriesRun,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<SeriesChunk> {
    return this;
  }

  /** Highest bytes of Frames the worker had posted but the consumer had not pulled. */
  peakOutstandingBytes(): number {
    return this.credits.peak();
  }

  /** Bytes of Frames the worker has posted and the consumer not yet pulled, right now. */
  outstandingBytes(): number {
    return this.credits.outstanding();
  }

  /** Stats of the whole request once it ended (zeros before). */
  finalStats(): SeriesStats {
    return this.final;
  }

  /**
   * Frame buffers the worker had to allocate for this request (the others were buffers given
   * back through `release`); known once the request ended.
   */
  freshBuffers(): number {
    return this.freshBufferCount;
  }

  /** Messages whose buffer was cloned rather than transferred on the worker (expected 0). */
  clonedMessages(): number {
    return this.clonedCount;
  }

  async next(): Promise<IteratorResult<SeriesChunk>> {
    if (!this.started) this.start();
    for (;;) {
      if (this.run.signal.aborted) {
        this.cancel();
        throw new AbortError('Series request aborted', { cause: this.run.signal.reason });
      }
      const chunk = this.queue.shift();
      if (chunk) {
        // Pulling is what grants the worker more room.
        this.credits.consumed(chunk.frames.byteLength);
        return { value: chunk, done: false };
      }
      if (this.failure) {
        this.finish();
        throw this.failure;
      }
      if (this.ended || this.finished) {
        this.finish();
        return { value: undefined, done: true };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  /** The consumer stopped early: cancel the worker's work. */
  async return(): Promise<IteratorResult<SeriesChunk>> {
    this.cancel();
    return { value: undefined, done: true };
  }

  private start(): void {
    this.started = true;
    const { signal, budgetBytes, blockDirs, query } = this.run;
    checkBudget(budgetBytes);
    if (signal.aborted) return;
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    port1.on('message', (m: WorkerMessage) => this.onMessage(m));
    signal.addEventListener('abort', this.onAbort, { once: true });
    // A quarter of the budget per chunk keeps the worker producing while the consumer writes.
    const chunkBytes = Math.max(1, Math.min(this.exec.chunkBytes, Math.floor(budgetBytes / 4)));
    const task: SeriesTask = {
      kind: 'series',
      blockDirs,
      query,
      port: port2,
      credits: this.credits.buffer,
      budgetBytes: Math.min(budgetBytes, LOOKAHEAD_CHUNKS * chunkBytes),
      chunkBytes,
      head: this.headTask(),
    };
    this.exec.track(
      this.exec.pool.piscina.run(task, { transferList: [port2] }).then(
        () => this.onTaskDone(undefined),
        (err: Error) => this.onTaskDone(err),
      ),
    );
  }

  /** The run's head part as the worker reads it, when there is one and a Prometheus to ask. */
  private headTask(): HeadTask | undefined {
    const h = this.run.head;
    const source = this.exec.prometheus;
    if (!h || !source || h.mint > h.maxt) return undefined;
    return {
      boundary: h.boundary,
      mint: h.mint,
      maxt: h.maxt,
      source,
      prometheusExternalLabels: h.prometheusExternalLabels ?? this.run.query.externalLabels,
      partialResponse: h.partialResponse,
    };
  }

  private onMessage(m: WorkerMessage): void {
    switch (m.t) {
      case 'frames': {
        this.lastStats = m.stats;
        const buffer = m.frames.buffer as ArrayBuffer;
        this.queue.push({ frames: m.frames, stats: m.stats, release: () => this.recycle(buffer) });
        break;
      }
      case 'warning':
        this.queue.push({ frames: new Uint8Array(0), stats: this.lastStats, warning: m.message });
        break;
      case 'skipped':
        this.exec.blockSkipped(m.dir, engineError(m.code, m.message));
        break;
      case 'end':
        this.ended = true;
        this.final = m.stats;
        this.clonedCount = m.cloned;
        this.freshBufferCount = m.freshBuffers;
        break;
      case 'cancelled':
        this.finished = true;
        break;
      case 'error':
        this.failure ??= engineError(m.code, m.message);
        break;
    }
    this.signalWake();
  }

  /** The piscina task settled: drain what the worker posted before it returned. */
  private onTaskDone(err: Error | undefined): void {
    if (this.port) {
      let m;
      while ((m = receiveMessageOnPort(this.port)) !== undefined) this.onMessage(m.message as WorkerMessage);
    }
    if (!this.ended && !this.finished && !this.failure) {
      const full = err !== undefined && /Task queue is at limit|No task queue available/.test(err.message);
      this.failure = full
        ? new ExecutorOverloadedError(`query pool is full: ${this.exec.pool.slots} running and ${this.exec.pool.maxQueue} waiting requests`)
        : engineError('INTERNAL', err ? err.message : 'query worker ended without a result');
    }
    this.signalWake();
  }

  private signalWake(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Sends a written chunk's buffer back to the worker for its next chunks (worker.ts). */
  private recycle(buffer: ArrayBuffer): void {
    // After the task ended the port is closed and the buffer is left to the GC.
    if (this.port && buffer.byteLength > 0) this.port.postMessage({ t: 'recycle', buffer } satisfies RecycleMessage, [buffer]);
  }

  /** Stops the worker's work and releases this side. Safe to call more than once. */
  cancel(): void {
    this.credits.cancel();
    this.finish();
    this.signalWake();
  }

  private finish(): void {
    this.finished = true;
    if (this.released) return;
    this.released = true;
    this.queue.length = 0;
    this.run.signal.removeEventListener('abort', this.onAbort);
    this.port?.close();
    this.port = undefined;
    this.exec.forget(this);
  }
}

class PoolExecutorImpl implements PoolExecutor {
  readonly pool: QueryPool;
  readonly chunkBytes: number;
  readonly prometheus: PrometheusSource | undefined;
  private readonly inflight = new Set<Promise<void>>();
  private readonly streams = new Set<SeriesStream>();
  private readonly onBlockSkipped: (dir: string, err: EngineError) => void;
  private closed = false;

  constructor(opts: ExecutorOptions) {
    this.chunkBytes = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
    // A bad URL fails here, once, not on every request (PrometheusClient checks URL and scheme).
    if (opts.prometheus) void new PrometheusClient(opts.prometheus.url);
    this.prometheus = opts.prometheus;
    if (!Number.isInteger(this.chunkBytes) || this.chunkBytes < 1) throw new RangeError(`chunkBytes must be a positive integer`);
    this.onBlockSkipped =
      opts.onBlockSkipped ?? ((dir, err) => process.stderr.write(`storeapi-sidecar: block ${dir} skipped: ${err.code}: ${err.message}\n`));
    this.pool = createPool(opts);
  }

  series(run: SeriesRun): SeriesStream {
    if (this.closed) throw new EngineError('INTERNAL', 'executor is closed');
    const s = new SeriesStream(this, run);
    this.streams.add(s);
    return s;
  }

  track(p: Promise<void>): void {
    this.inflight.add(p);
    p.finally(() => this.inflight.delete(p));
  }

  forget(s: SeriesStream): void {
    this.streams.delete(s);
  }

  blockSkipped(dir: string, err: EngineError): void {
    this.onBlockSkipped(dir, err);
  }

  async ready(): Promise<void> {
    const kind = await this.pool.piscina.run({ kind: 'probe' });
    if (kind !== this.pool.engineKind) {
      throw new EngineError('INTERNAL', `query worker runs the ${kind} engine, main thread chose ${this.pool.engineKind}`);
    }
  }

  async idle(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.streams) s.cancel();
    this.streams.clear();
    await this.idle();
    await this.pool.piscina.destroy();
  }
}

export function createExecutor(opts: ExecutorOptions): PoolExecutor {
  return new PoolExecutorImpl(opts);
}
