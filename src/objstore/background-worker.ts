// The upload thread of background.ts. It lowers its own scheduling priority first: on Linux,
// setpriority(PRIO_PROCESS, tid) applies to one thread, and /proc/thread-self names this thread's
// id, so only this thread runs at nice 19 while the gRPC thread and query workers keep theirs. Then
// it opens its own bucket (same config, no metrics: the main thread counts every call; with the
// Series counter's shared memory, a yield gate on every upload) and runs uploads as the main thread
// asks.
import '../hold-young-generation.js';
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { BackgroundInit, FromWorker, ToWorker } from './background.js';
import { BucketError } from './bucket.js';
import { openProvider } from './index.js';
import { QueryActivity } from './query-activity.js';

function lowerPriority(nice: number): { nice: number | null; why?: string; tid?: number } {
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
    return { nice: getPriority(tid), tid };
  } catch (err) {
    return { nice: null, why: `setpriority: ${(err as Error).message}`, tid };
  }
}

const init = workerData as BackgroundInit;
const port = parentPort!;
const prio = lowerPriority(init.nice);
const yieldRate = init.queryActivity ? (init.uploadRateWhileServing ?? 0) : 0;
const { bucket } = await openProvider(init.config, {
  uploadConcurrency: init.uploadConcurrency,
  ...(init.queryActivity ? { queryActivity: new QueryActivity(init.queryActivity), uploadRateWhileServing: yieldRate } : {}),
});
/** Uploads in flight: their abort switch and their end (which includes a multipart clean-up). */
const running = new Map<number, { ac: AbortController; settled: Promise<void> }>();

port.on('message', (m: ToWorker) => {
  if (m.op === 'abort') {
    running.get(m.id)?.ac.abort(new Error('aborted by caller'));
    return;
  }
  if (m.op === 'close') {
    // Let aborted uploads remove their multipart uploads on the server before the thread goes.
    for (const r of running.values()) r.ac.abort(new Error('bucket closed'));
    void Promise.allSettled([...running.values()].map((r) => r.settled)).then(() => port.postMessage({ op: 'closed' } satisfies FromWorker));
    return;
  }
  const ac = new AbortController();
  const settled = bucket.uploadFile(m.key, m.path, ac.signal).then(
    () => {
      running.delete(m.id);
      port.postMessage({ op: 'done', id: m.id } satisfies FromWorker);
    },
    (err: unknown) => {
      running.delete(m.id);
      const e = err as Error;
      const reply: FromWorker = { op: 'failed', id: m.id, name: e?.name ?? 'Error', message: e?.message ?? String(err) };
      if (err instanceof BucketError) reply.code = err.code;
      port.postMessage(reply);
    },
  );
  running.set(m.id, { ac, settled });
});
port.postMessage({ op: 'ready', ...prio, yieldRate } satisfies FromWorker);
