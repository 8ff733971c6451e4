// Piscina worker entry: runs one Series request per task with the Engine and streams the encoded
// Frames back over the task's own MessagePort.
//
// - The engine kind comes from workerData and is the one the main thread chose; a worker whose
//   engine fails to load fails every task with that error (never a silent switch to the other).
// - Blocks are opened through a per-worker cache keyed by directory and shared by the tasks that
//   run concurrently on this worker. A directory that disappeared is evicted from the cache, but
//   its Block is closed only when the last task using it releases it: an open handle (mmap or
//   fd) keeps a query valid on a block Prometheus deletes under it.
// - Flow control: at most `budgetBytes` of posted-but-unpulled Frames (credits.ts). Each chunk
//   is produced by one `cursor.next(maxBytes)` with `maxBytes` ≤ the credit left.
// - Cancellation is cooperative: the shared flag is checked before each next() and between
//   block opens. Between chunks the task yields to the event loop so concurrent tasks interleave.
// - Frames leave as a transferred ArrayBuffer that the worker owns outright (never a pooled
//   Buffer, never structured-cloned); both engines write them into such buffers, so none is
//   copied here (the native engine encodes them straight into one, the TS engine copies its
//   encoded frames in). The main thread sends each buffer back on the task's port once it has
//   written it ('recycle'), and the next chunks are written into returned buffers: a long request then
//   allocates a handful of buffers, not one per chunk, so neither thread pays page faults for
//   fresh memory or garbage collections for discarded buffers.
// - The head (task.head, see executor.ts): the blocks are opened (pinned) first, then Prometheus
//   is remote-read (head-read.ts) and the trimmed head passed to querySeries with the blocks. A
//   failed remote read fails the request, or — partial response allowed — is posted as a
//   warning and the blocks serve alone. Cancellation aborts the HTTP exchange.
import '../hold-young-generation.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { EngineError, FRAME_BUFFER_BYTES, type Block, type Engine, type SeriesCursor, type SeriesQuery, type SeriesStats } from '../engine/engine.js';
import { engineFor } from '../engine/load.js';
import { checkBudget, Credits } from './credits.js';
import { readHead, type PrometheusSource } from './head-read.js';
import type { HeadPart } from './plan.js';

export interface WorkerConfig {
  engineKind: 'native' | 'ts';
}

export interface SeriesTask {
  kind: 'series';
  blockDirs: string[];
  query: SeriesQuery;
  port: MessagePort;
  /** Credits buffer (credits.ts): cancel flag + outstanding-bytes accounting. */
  credits: SharedArrayBuffer;
  budgetBytes: number;
  /** Target size of one posted chunk of Frames (≤ budgetBytes). */
  chunkBytes: number;
  /** The head part, present only when the executor has a Prometheus source. */
  head?: HeadTask;
}

export interface HeadTask extends HeadPart {
  source: PrometheusSource;
  prometheusExternalLabels: [string, string][];
  partialResponse: boolean;
}

/** A start-up check: answers which engine this worker runs (or throws its load error). */
export interface ProbeTask {
  kind: 'probe';
}

export type WorkerTask = SeriesTask | ProbeTask;

/** Messages on a SeriesTask's port, main → worker: a frames buffer given back for reuse. */
export interface RecycleMessage {
  t: 'recycle';
  buffer: ArrayBuffer;
}

/** Messages on a SeriesTask's port, worker → main. Exactly one of end/error/cancelled ends it. */
export type WorkerMessage =
  | { t: 'frames'; frames: Uint8Array; stats: SeriesStats }
  | { t: 'skipped'; dir: string; code: string; message: string }
  | { t: 'warning'; message: string }
  | { t: 'end'; stats: SeriesStats; cloned: number; freshBuffers: number }
  | { t: 'cancelled'; stats: SeriesStats | null }
  | { t: 'error'; code: string; message: string };

const config = workerData as WorkerConfig | undefined;
let engine: Engine | undefined;
let loadError: Error | undefined;
try {
  if (config?.engineKind !== 'native' && config?.engineKind !== 'ts') {
    throw new Error(`query worker started without a valid engineKind in workerData (${JSON.stringify(config)})`);
  }
  engine = await engineFor(config.engineKind);
} catch (err) {
  loadError = new EngineError(
    'INTERNAL',
    `query worker could not load the ${config?.engineKind ?? '?'} engine the main thread uses: ${(err as Error).message}`,
  );
}

interface CacheEntry {
  block: Block;
  users: number;
  evicted: boolean;
}

const cache = new Map<string, CacheEntry>();
/** Directories whose block is corrupt: not re-opened on every request while they exist. */
const corrupt = new Map<string, EngineError>();
/** Messages whose buffer the runtime cloned instead of transferring (expected: none). */
let clonedTotal = 0;

function present(dir: string): boolean {
  return existsSync(join(dir, 'meta.json'));
}

/** Evicts blocks whose directory is gone; a block still used by a running task closes on release. */
function sweep(): void {
  for (const [dir, entry] of cache) {
    if (present(dir)) continue;
    cache.delete(dir);
    entry.evicted = true;
    if (entry.users === 0) entry.block.close();
  }
  for (const dir of corrupt.keys()) if (!present(dir)) corrupt.delete(dir);
}

function acquire(eng: Engine, dir: string): CacheEntry {
  const known = corrupt.get(dir);
  if (known) throw known;
  let entry = cache.get(dir);
  if (!entry) {
    try {
      entry = { block: eng.openBlock(dir), users: 0, evicted: false };
    } catch (err) {
      const e = asEngineError(err);
      if (e.code === 'CORRUPT_BLOCK') corrupt.set(dir, e);
      throw e;
    }
    cache.set(dir, entry);
  }
  entry.users++;
  return entry;
}

function release(entry: CacheEntry): void {
  entry.users--;
  if (entry.users === 0 && entry.evicted) entry.block.close();
}

function asEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  return new EngineError('INTERNAL', message);
}

/** Buffers given back by the main thread, shared by this worker's tasks (largest kept). */
const spare: ArrayBuffer[] = [];
/** Most spare buffers kept: the lookahead of two requests at the default chunk size. */
const MAX_SPARE = 8;
/** Buffers this worker allocated for frames: each is whole and ours, so transferable as is. */
const frameBuffers = new WeakSet<ArrayBuffer>();

/** A view of `length` bytes at the start of a spare buffer, or (`fresh` is told) of a new one. */
function frameView(length: number, fresh: () => void): Uint8Array {
  for (let i = spare.length - 1; i >= 0; i--) {
    if (spare[i].byteLength >= length) return new Uint8Array(spare.splice(i, 1)[0], 0, length);
  }
  fresh();
  const buf = new ArrayBuffer(Math.max(length, FRAME_BUFFER_BYTES));
  frameBuffers.add(buf);
  return new Uint8Array(buf, 0, length);
}

/** Keeps a buffer the main thread gave back (a new object here: transfer does not keep identity). */
function giveBack(buf: ArrayBuffer): void {
  if (!(buf instanceof ArrayBuffer) || buf.byteLength < FRAME_BUFFER_BYTES || spare.length >= MAX_SPARE) return;
  frameBuffers.add(buf);
  spare.push(buf);
}

/**
 * An ArrayBuffer holding exactly `frames`, owned by this thread and detachable. Both engines
 * return views from the start of this worker's frame buffers (the native engine encodes into one,
 * the TS engine copies its frames into one), sent as they are; anything else (a view into a
 * larger or pooled buffer, or a SharedArrayBuffer) is copied once into a fresh ArrayBuffer. An externally-backed buffer, which V8 cannot detach and
 * Node would clone, shows up in the `cloned` count (expected 0).
 */
function detachable(frames: Uint8Array): Uint8Array {
  const whole = frames.byteOffset === 0 && (frames.byteLength === frames.buffer.byteLength || frameBuffers.has(frames.buffer as ArrayBuffer));
  if (whole && frames.buffer instanceof ArrayBuffer) return frames;
  const own = new Uint8Array(frames.byteLength);
  own.set(frames);
  return own;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How often a running remote read checks the shared cancel flag. */
const CANCEL_POLL_MS = 50;

/**
 * The head's HeadSeriesSet, or undefined when the read failed and partial response is allowed
 * (then `warn` got the reason). Throws when partial response is not allowed.
 */
async function headSet(eng: Engine, task: SeriesTask, head: HeadTask, credits: Credits, warn: (m: string) => void): Promise<Uint8Array | undefined> {
  const ac = new AbortController();
  const poll = setInterval(() => {
    if (credits.cancelled()) ac.abort();
  }, CANCEL_POLL_MS);
  try {
    const r = await readHead(
      eng,
      { source: head.source, boundary: head.boundary, mint: head.mint, maxt: head.maxt, matchers: task.query.matchers, prometheusExternalLabels: head.prometheusExternalLabels },
      ac.signal,
    );
    return r.set;
  } catch (err) {
    if (credits.cancelled()) return undefined;
    const message = `head [${head.mint}, ${head.maxt}] by remote read from ${head.source.url}: ${(err as Error).message}`;
    if (!head.partialResponse) throw new EngineError('INTERNAL', message);
    warn(message);
    return undefined;
  } finally {
    clearInterval(poll);
  }
}

async function runSeries(eng: Engine, task: SeriesTask): Promise<void> {
  const { port } = task;
  const credits = new Credits(task.credits);
  const held: CacheEntry[] = [];
  let cursor: SeriesCursor | undefined;
  let freshBuffers = 0;
  const alloc = (length: number) => frameView(length, () => freshBuffers++);
  const unused = (view: Uint8Array) => giveBack(view.buffer as ArrayBuffer);
  const post = (m: WorkerMessage, transfer?: ArrayBuffer[]) => port.postMessage(m, transfer);
  port.on('message', (m: RecycleMessage) => {
    if (m?.t === 'recycle') giveBack(m.buffer);
  });
  try {
    checkBudget(task.budgetBytes);
    const chunkBytes = Math.max(1, Math.min(task.chunkBytes, task.budgetBytes));
    sweep();
    const blocks: Block[] = [];
    for (const dir of task.blockDirs) {
      if (credits.cancelled()) return post({ t: 'cancelled', stats: null });
      try {
        const entry = acquire(eng, dir);
        held.push(entry);
        blocks.push(entry.block);
      } catch (err) {
        // A block that cannot be opened is reported and left out; the others still serve.
        const e = asEngineError(err);
        post({ t: 'skipped', dir, code: e.code, message: e.message });
      }
    }
    let head: Uint8Array | undefined;
    if (task.head) {
      head = await headSet(eng, task, task.head, credits, (message) => post({ t: 'warning', message }));
      if (credits.cancelled()) return post({ t: 'cancelled', stats: null });
    }
    cursor = eng.querySeries(blocks, task.query, head);
    head = undefined; // the cursor holds what it needs
    for (;;) {
      if (!(await credits.waitForCredit(task.budgetBytes))) return post({ t: 'cancelled', stats: cursor.stats() });
      const frames = cursor.next(Math.min(chunkBytes, credits.available(task.budgetBytes)), alloc, unused);
      if (frames.byteLength === 0) break;
      const own = detachable(frames);
      credits.produced(own.byteLength);
      post({ t: 'frames', frames: own, stats: cursor.stats() }, [own.buffer as ArrayBuffer]);
      if (own.buffer.byteLength !== 0) clonedTotal++;
      await nextTurn();
    }
    post({ t: 'end', stats: cursor.stats(), cloned: clonedTotal, freshBuffers });
  } catch (err) {
    const e = asEngineError(err instanceof RangeError ? new EngineError('INVALID_ARGUMENT', err.message) : err);
    post({ t: 'error', code: e.code, message: e.message });
  } finally {
    try {
      cursor?.close();
    } finally {
      for (const entry of held) release(entry);
      port.close();
    }
  }
}

/** The piscina task handler. */
export default async function handle(task: WorkerTask): Promise<string> {
  if (!engine) throw loadError;
  if (task.kind === 'probe') return engine.kind;
  await runSeries(engine, task);
  return 'done';
}
