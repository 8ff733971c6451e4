// The upload thread of background.ts. It lowers its own scheduling priority first: on Linux,
// setpriority(PRIO_PROCESS, tid) applies to one thread, and /proc/thread-self names this thread's
// id, so only this thread runs at nice 19 while the gRPC thread and query workers keep theirs. Then
// it opens its own bucket (same config, no metrics: the main thread counts every call) and runs
// uploads as the main thread asks.
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BackgroundInit, FromWorker, ToWorker } from './background.js';
import { BucketError } from './bucket.js';
import { openProvider } from './index.js';

function lowerPriority(nice: number): { nice: number | null; why?: string } {
  let tid: number;
  try {
    // "PID/task/TID"
    tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return { nice: null, why: 'no thread id in /proc/thread-self' };
  } catch (err) {
    return { nice: null, why: `no per-thread priority on this system (${(err as Error).message})` };
  }
  try {
    setPriority(tid, nice);
    return { nice: getPriority(tid) };
  } catch (err) {
    return { nice: null, why: `setpriority: ${(err as Error).message}` };
  }
}

const init = workerData as BackgroundInit;
const port = parentPort!;
const prio = lowerPriority(init.nice);
const { bucket } = await openProvider(init.config, { uploadConcurrency: init.uploadConcurrency });
const aborts = new Map<number, AbortController>();

port.on('message', (m: ToWorker) => {
  if (m.op === 'abort') {
    aborts.get(m.id)?.abort(new Error('aborted by caller'));
    return;
  }
  const ac = new AbortController();
  aborts.set(m.id, ac);
  bucket.uploadFile(m.key, m.path, ac.signal).then(
    () => {
      aborts.delete(m.id);
      port.postMessage({ op: 'done', id: m.id } satisfies FromWorker);
    },
    (err: unknown) => {
      aborts.delete(m.id);
      const e = err as Error;
      const reply: FromWorker = { op: 'failed', id: m.id, name: e?.name ?? 'Error', message: e?.message ?? String(err) };
      if (err instanceof BucketError) reply.code = err.code;
      port.postMessage(reply);
    },
  );
});
port.postMessage({ op: 'ready', ...prio } satisfies FromWorker);
