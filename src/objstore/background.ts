// Uploads off the query path. A Series call on a 2-core host competes for CPU with everything else
// in the process; the bulk of an upload's CPU (the SDK cutting parts, hashing and signing payloads,
// writing sockets) would otherwise run on the main thread beside the gRPC server. This wrapper sends
// `uploadFile` to one worker thread that owns its own bucket client and has lowered its own scheduling
// priority (nice 19 for that thread only, see background-worker.ts), so the kernel gives queries the
// CPU first and the upload the rest. Every other operation (small: exists, put of meta.json, list…)
// stays on the wrapped bucket in this thread, so ordering is the caller's: the shipper awaits each
// uploadFile before it writes meta.json.
//
// The thread also yields to queries when given the Series calls' counter (query-activity.ts, a
// SharedArrayBuffer passed in workerData, so both threads read the same memory): its bucket then
// sends through a yield gate (upload-gate.ts).
import { Worker } from 'node:worker_threads';
import type { Readable } from 'node:stream';
import { type Bucket, BucketError, type BucketErrorCode } from './bucket.js';
import type { ObjstoreConfig } from './config.js';

/** What the worker needs to build its own copy of the bucket (structured-cloneable). */
export interface BackgroundInit {
  config: ObjstoreConfig;
  uploadConcurrency?: number;
  /** Thread nice value the worker asks for (default 19: only idle CPU). */
  nice: number;
  /** QueryActivity.buffer of the Series handler: the thread yields to queries while it counts one. */
  queryActivity?: SharedArrayBuffer;
  /** Bytes per second the thread sends while a query runs (with queryActivity). */
  uploadRateWhileServing?: number;
}

export type ToWorker =
  | { op: 'upload'; id: number; key: string; path: string }
  | { op: 'abort'; id: number }
  /** Abort everything and answer `closed` once every upload has cleaned up. */
  | { op: 'close' };

export type FromWorker =
  | { op: 'ready'; nice: number | null; why?: string; tid?: number; yieldRate: number }
  | { op: 'closed' }
  | { op: 'done'; id: number }
  | { op: 'failed'; id: number; name: string; message: string; code?: BucketErrorCode };

/** Longest close() waits for the thread to clean up aborted uploads (their abort is bounded at 10 s). */
const CLOSE_GRACE_MS = 12_000;

interface Pending {
  resolve: () => void;
  reject: (err: Error) => void;
}

export interface BackgroundStatus {
  /** The nice value the upload thread runs at, or null when it could not be lowered (and why). */
  nice: number | null;
  why?: string;
  /** The thread's kernel id (for top -H, /proc/PID/task/TID), when known. */
  tid?: number;
  /** Bytes per second the thread sends while a query runs; 0: it never yields. */
  yieldRate: number;
}

export class BackgroundUploadBucket implements Bucket {
  readonly name: string;
  private worker: Worker | undefined;
  private ready: Promise<BackgroundStatus> | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private onClosed: (() => void) | undefined;

  constructor(
    private readonly inner: Bucket,
    private readonly init: BackgroundInit,
    private readonly onStatus: (s: BackgroundStatus) => void = () => {},
  ) {
    this.name = inner.name;
  }

  /** Starts the worker (once) and resolves when it has built its bucket and set its priority. */
  status(): Promise<BackgroundStatus> {
    if (this.ready) return this.ready;
    const worker = new Worker(new URL('./background-worker.js', import.meta.url), { workerData: this.init });
    this.worker = worker;
    this.ready = new Promise<BackgroundStatus>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.op === 'ready') {
          const s: BackgroundStatus = { nice: m.nice, ...(m.why ? { why: m.why } : {}), ...(m.tid ? { tid: m.tid } : {}), yieldRate: m.yieldRate };
          this.onStatus(s);
          resolve(s);
          return;
        }
        if (m.op === 'closed') {
          this.onClosed?.();
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        if (m.op === 'done') p.resolve();
        else p.reject(revive(m));
      });
      const fail = (err: Error) => {
        // The thread is gone: every upload in it failed, and the next one starts a fresh thread.
        reject(err);
        this.worker = undefined;
        this.ready = undefined;
        for (const [, p] of this.pending) p.reject(new BucketError('UNAVAILABLE', `${this.name}: upload thread failed: ${err.message}`, { cause: err }));
        this.pending.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        this.onClosed?.();
        if (!this.closed || this.pending.size > 0) fail(new Error(`upload thread exited with code ${code}`));
      });
    });
    this.ready.catch(() => undefined);
    return this.ready;
  }

  async uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.closed) throw new BucketError('UNAVAILABLE', `${this.name}: bucket closed`);
    await this.status();
    // Aborted while the thread was starting: its 'abort' event has fired already, so the listener
    // below would never hear of it.
    if (signal?.aborted) throw Object.assign(new Error(`upload ${key}: aborted`, { cause: signal.reason }), { name: 'AbortError' });
    const worker = this.worker;
    if (!worker) throw new BucketError('UNAVAILABLE', `${this.name}: upload thread not running`);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        // The caller stops waiting now; the thread aborts its multipart upload in the background.
        this.pending.delete(id);
        worker.postMessage({ op: 'abort', id } satisfies ToWorker);
        reject(Object.assign(new Error(`upload ${key}: aborted`, { cause: signal?.reason }), { name: 'AbortError' }));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (err) => {
          signal?.removeEventListener('abort', onAbort);
          reject(err);
        },
      });
      worker.postMessage({ op: 'upload', id, key, path } satisfies ToWorker);
    });
  }

  put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    return this.inner.put(key, body, signal);
  }
  exists(key: string, signal?: AbortSignal): Promise<boolean> {
    return this.inner.exists(key, signal);
  }
  get(key: string, signal?: AbortSignal): Promise<Buffer> {
    return this.inner.get(key, signal);
  }
  getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    return this.inner.getStream(key, signal);
  }
  list(dir: string, signal?: AbortSignal): Promise<string[]> {
    return this.inner.list(dir, signal);
  }
  stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    return this.inner.stat(key, signal);
  }
  delete(key: string, signal?: AbortSignal): Promise<void> {
    return this.inner.delete(key, signal);
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    for (const [, p] of this.pending) p.reject(new BucketError('UNAVAILABLE', `${this.name}: bucket closed`));
    this.pending.clear();
    if (worker) {
      // Give aborted multipart uploads their clean-up (bounded in s3-upload.ts) before terminating.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, CLOSE_GRACE_MS);
        this.onClosed = () => {
          clearTimeout(timer);
          resolve();
        };
        worker.postMessage({ op: 'close' } satisfies ToWorker);
      });
      await worker.terminate();
    }
    await this.inner.close();
  }
}

/** Rebuilds the worker's error in this thread: BucketError keeps its code, aborts stay AbortError. */
function revive(m: Extract<FromWorker, { op: 'failed' }>): Error {
  if (m.code) return new BucketError(m.code, m.message);
  return Object.assign(new Error(m.message), { name: m.name });
}
