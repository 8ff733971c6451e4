// The piscina Executor (src/query/executor-pool.ts + worker.ts), per engine: frames equal an
// in-thread engine.querySeries run byte for byte; a slow or stalled consumer holds the worker to
// the byte budget (RSS measured on the 100k-series block); aborting or breaking stops the worker
// and leaves the pool usable; a block deleted mid-query still answers in full and is gone from
// the next plan.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { BlockWatcher } from '../../src/blocks/watcher.js';
import { EngineError, MatchType, MAX_TIME, MIN_TIME, type Engine, type SeriesQuery, type SeriesStats } from '../../src/engine/engine.js';
import { AbortError, createExecutor, ExecutorOverloadedError, LOOKAHEAD_CHUNKS, type PoolExecutor, type SeriesStream } from '../../src/query/executor-pool.js';
import { planBlockDirs } from '../../src/query/plan.js';
import { NATIVE_WORKER_YOUNG_GENERATION_MB } from '../../src/query/pool.js';
import { bigBlockPath, bigSeries } from '../helpers/big-block.js';
import { engines } from '../helpers/engines.js';
import { blockDirs, edgeBlocks, openmetricsBlocks } from '../helpers/tools.js';

const q = (o: Partial<SeriesQuery> = {}): SeriesQuery => ({
  mint: MIN_TIME,
  maxt: MAX_TIME,
  matchers: [],
  skipChunks: false,
  externalLabels: [],
  withoutReplicaLabels: [],
  batchSize: 0,
  chunkHashes: false,
  ...o,
});

const queries: [string, SeriesQuery][] = [
  ['all series', q()],
  ['external labels + batches of 7', q({ externalLabels: [['replica', 'r1'], ['zone', 'z']], batchSize: 7, chunkHashes: true })],
  ['skip_chunks, a time slice', q({ skipChunks: true, mint: 1700003000000, maxt: 1700010000000 })],
  ['regex matcher', q({ matchers: [{ type: MatchType.RE, name: '__name__', value: '.*_total|.*bucket' }] })],
];

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Runs the query in this thread, straight on the engine. */
function direct(engine: Engine, dirs: string[], query: SeriesQuery): { bytes: Buffer; stats: SeriesStats } {
  const blocks = dirs.map((d) => engine.openBlock(d));
  try {
    const cursor = engine.querySeries(blocks, query);
    const parts: Buffer[] = [];
    for (let f = cursor.next(1 << 20); f.byteLength > 0; f = cursor.next(1 << 20)) parts.push(Buffer.from(f));
    const stats = cursor.stats();
    cursor.close();
    return { bytes: Buffer.concat(parts), stats };
  } finally {
    for (const b of blocks) b.close();
  }
}

/** Largest single frame (5-byte gRPC prefix + message) in Frames bytes. */
function maxFrame(bytes: Uint8Array): number {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let max = 0;
  for (let off = 0; off < bytes.byteLength; ) {
    const len = v.getUint32(off + 1);
    max = Math.max(max, 5 + len);
    off += 5 + len;
  }
  return max;
}

async function collect(stream: AsyncIterable<{ frames: Uint8Array }>, delayMs = 0): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for await (const c of stream) {
    parts.push(c.frames);
    if (delayMs) await sleep(delayMs);
  }
  return Buffer.concat(parts);
}

/** Anonymous resident memory (heap, ArrayBuffers; not the page cache of mmapped block files). */
function rssAnonKiB(): number {
  const m = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : 0;
}

const MiB = 1 << 20;

for (const engine of engines()) {
  describe(`executor (${engine.kind})`, () => {
    let exec: PoolExecutor;
    const skipped: { dir: string; err: EngineError }[] = [];

    before(async () => {
      exec = createExecutor({ engine, threads: 1, onBlockSkipped: (dir, err) => skipped.push({ dir, err }) });
      await exec.ready();
    });
    after(() => exec.close());

    const run = (blockDirs: string[], query: SeriesQuery, budgetBytes: number, signal = new AbortController().signal) =>
      exec.series({ blockDirs, query, budgetBytes, signal });

    test('frames arrive in order and equal an in-thread run byte for byte', async () => {
      for (const tsdb of [edgeBlocks, openmetricsBlocks]) {
        const dirs = blockDirs(tsdb);
        for (const [name, query] of queries) {
          const want = direct(engine, dirs, query);
          assert.ok(want.bytes.byteLength > 0 || query.matchers.length > 0, `${name}: the query selects something`);
          for (const budget of [512, 64 * 1024, 8 * MiB]) {
            const stream = run(dirs, query, budget);
            const got = await collect(stream);
            assert.equal(Buffer.compare(got, want.bytes), 0, `${tsdb} ${name} budget ${budget}: bytes differ`);
            assert.deepEqual(stream.finalStats(), want.stats, `${name}: stats`);
            assert.equal(stream.clonedMessages(), 0, 'every chunk is transferred, none cloned');
          }
        }
      }
    });

    test('buffers given back with release() carry the next chunks: a long request allocates a few', async () => {
      const small = createExecutor({ engine, threads: 1, chunkBytes: 8 * 1024 });
      try {
        await small.ready();
        const dirs = blockDirs(edgeBlocks);
        const want = direct(engine, dirs, q());
        for (const give of [true, false]) {
          const stream = small.series({ blockDirs: dirs, query: q(), budgetBytes: 64 * 1024, signal: new AbortController().signal });
          const parts: Buffer[] = [];
          let chunks = 0;
          for await (const c of stream) {
            parts.push(Buffer.from(c.frames)); // a copy: release() hands the buffer back
            chunks++;
            if (give) c.release?.();
          }
          assert.equal(Buffer.compare(Buffer.concat(parts), want.bytes), 0, 'bytes equal an in-thread run');
          assert.ok(chunks >= 40, `${chunks} chunks: enough to tell reuse from allocation`);
          if (give) {
            // In flight at once: the lookahead (4 chunks) plus the ones being handed back.
            assert.ok(stream.freshBuffers() <= 8, `${stream.freshBuffers()} buffers allocated for ${chunks} chunks`);
          } else {
            // Nothing comes back: every chunk past the worker's few spares needs a new buffer.
            assert.ok(stream.freshBuffers() >= chunks - 8, `${stream.freshBuffers()} buffers allocated for ${chunks} chunks`);
          }
        }
      } finally {
        await small.close();
      }
    });

    test('a slow consumer keeps produced-but-unpulled bytes within the budget', async () => {
      const dirs = blockDirs(edgeBlocks);
      const want = direct(engine, dirs, q());
      const budget = 16 * 1024;
      const stream = run(dirs, q(), budget);
      const got = await collect(stream, 2);
      assert.equal(Buffer.compare(got, want.bytes), 0);
      // The worker asks the cursor for at most the credit left, and a cursor stops after the
      // frame that reaches it: the overshoot is below one frame.
      assert.ok(stream.peakOutstandingBytes() > 0);
      assert.ok(
        stream.peakOutstandingBytes() <= budget + maxFrame(want.bytes),
        `peak ${stream.peakOutstandingBytes()} > budget ${budget} + largest frame ${maxFrame(want.bytes)}`,
      );
    });

    test('a stalled consumer stops the worker; aborting ends the stream with AbortError and frees the worker', async () => {
      const dirs = blockDirs(bigBlockPath());
      const budget = 2 * MiB;
      const ac = new AbortController();
      const stream = run(dirs, q(), budget, ac.signal);
      const it = stream[Symbol.asyncIterator]();
      let pulled = 0;
      for (let i = 0; i < 3; i++) {
        const r = await it.next();
        assert.equal(r.done, false);
        pulled += r.value.frames.byteLength;
      }
      await sleep(300); // the consumer stalls: the worker must stop at the budget
      const posted = stream.peakOutstandingBytes();
      assert.ok(posted <= budget + MiB, `worker ran ${posted} bytes ahead of a stalled consumer (budget ${budget})`);
      ac.abort(new Error('client went away'));
      await assert.rejects(it.next(), (err: Error) => err instanceof AbortError && err.name === 'AbortError');
      // The worker notices the flag at its next check: the task settles, having produced no
      // more than what was pulled plus one budget (a full run is ~100× more).
      const settled = await Promise.race([exec.idle().then(() => true), sleep(10_000).then(() => false)]);
      assert.ok(settled, 'the cancelled task did not settle within 10 s');
      assert.ok(pulled + stream.peakOutstandingBytes() < 64 * MiB);
      // The pool keeps serving.
      const small = blockDirs(openmetricsBlocks);
      assert.equal(Buffer.compare(await collect(run(small, q(), 64 * 1024)), direct(engine, small, q()).bytes), 0);
    });

    test('breaking out of the loop cancels the request', async () => {
      const dirs = blockDirs(bigBlockPath());
      const stream = run(dirs, q(), MiB);
      let n = 0;
      for await (const c of stream) {
        assert.ok(c.frames.byteLength > 0);
        if (++n === 2) break;
      }
      const settled = await Promise.race([exec.idle().then(() => true), sleep(10_000).then(() => false)]);
      assert.ok(settled, 'the task did not settle after break');
      assert.ok(stream.peakOutstandingBytes() <= 2 * MiB);
    });

    test('an already-aborted signal never starts work', async () => {
      const ac = new AbortController();
      ac.abort();
      await assert.rejects(collect(run(blockDirs(edgeBlocks), q(), MiB, ac.signal)), AbortError);
    });

    test('engine errors cross the thread with their code', async () => {
      const bad = q({ matchers: [{ type: MatchType.RE, name: 'job', value: '(' }] });
      await assert.rejects(collect(run(blockDirs(edgeBlocks), bad, MiB)), (err: Error) => {
        assert.ok(err instanceof EngineError, `${err}`);
        assert.equal(err.code, 'INVALID_ARGUMENT');
        return true;
      });
    });

    test('a block deleted during a query still answers in full; the next plan drops it', async () => {
      const tsdb = mkdtempSync(join(tmpdir(), 'executor-del-'));
      const watcher = new BlockWatcher({ tsdbPath: tsdb, fsWatch: false, intervalMs: 60_000 });
      try {
        const src = blockDirs(edgeBlocks)[0];
        const copy = join(tsdb, src.split('/').pop()!);
        cpSync(src, copy, { recursive: true });
        watcher.start();
        const dirs = planBlockDirs(watcher.blocks(), MIN_TIME, MAX_TIME);
        assert.deepEqual(dirs, [copy]);
        const want = direct(engine, [src], q());
        const stream = run(dirs, q(), 4096);
        const it = stream[Symbol.asyncIterator]();
        const parts: Uint8Array[] = [];
        const first = await it.next();
        assert.equal(first.done, false);
        parts.push(first.value.frames);
        rmSync(copy, { recursive: true, force: true }); // Prometheus deletes the block mid-query
        for (let r = await it.next(); !r.done; r = await it.next()) parts.push(r.value.frames);
        assert.equal(Buffer.compare(Buffer.concat(parts), want.bytes), 0, 'the answer is complete');
        assert.ok(parts.length > 10, 'the query really was in flight when the block went away');

        watcher.refresh();
        assert.deepEqual(watcher.blocks(), []);
        assert.deepEqual(planBlockDirs(watcher.blocks(), MIN_TIME, MAX_TIME), []);
        // A request still naming it (planned before the deletion) skips it and reports NOT_FOUND.
        skipped.length = 0;
        assert.equal((await collect(run([copy], q(), MiB))).byteLength, 0);
        assert.deepEqual(skipped.map((s) => [s.dir, s.err.code]), [[copy, 'NOT_FOUND']]);
      } finally {
        watcher.close();
        rmSync(tsdb, { recursive: true, force: true });
      }
    });

    test(`back-pressure on the ${bigSeries}-series block: memory stays near the budget (RSS measured)`, async () => {
      const dirs = blockDirs(bigBlockPath());
      const budget = 4 * MiB;
      // The worker runs at most LOOKAHEAD_CHUNKS chunks of 1 MiB (a quarter of this budget) ahead.
      const pressed = Math.min(budget, LOOKAHEAD_CHUNKS * MiB) - MiB;
      const anon0 = rssAnonKiB();
      const rss0 = process.memoryUsage().rss;
      let anonPeak = anon0;
      let rssPeak = rss0;
      let heapPeak = 0;
      let bytes = 0;
      let chunks = 0;
      let stalls = 0;
      let last: SeriesStats | undefined;
      const stream: SeriesStream = run(dirs, q(), budget);
      const t0 = performance.now();
      for await (const c of stream) {
        bytes += c.frames.byteLength;
        last = c.stats;
        chunks++;
        // A slow client: after each chunk it waits until the worker has used up its credit (or
        // 200 ms), so the worker spends the whole run pressed against the budget.
        const until = performance.now() + 200;
        while (stream.outstandingBytes() < pressed && performance.now() < until) await sleep(2);
        if (stream.outstandingBytes() >= pressed) stalls++;
        if (chunks % 4 === 0) {
          anonPeak = Math.max(anonPeak, rssAnonKiB());
          rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
          heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
        }
      }
      const ms = performance.now() - t0;
      assert.equal(last?.series, bigSeries);
      assert.equal(last?.bytes, bytes);
      const peak = stream.peakOutstandingBytes();
      const line =
        `[${engine.kind}] streamed ${(bytes / MiB).toFixed(1)} MiB in ${chunks} chunks (${stalls} with the worker at its budget), ` +
        `${ms.toFixed(0)} ms; budget ${budget / MiB} MiB, peak outstanding ${(peak / MiB).toFixed(2)} MiB; ` +
        `process RssAnon +${((anonPeak - anon0) / 1024).toFixed(1)} MiB (peak ${(anonPeak / 1024).toFixed(0)} MiB), ` +
        `RSS +${((rssPeak - rss0) / MiB).toFixed(1)} MiB (peak ${(rssPeak / MiB).toFixed(0)} MiB, includes mmapped block pages), ` +
        `main heap peak ${(heapPeak / MiB).toFixed(0)} MiB`;
      process.stdout.write(`# ${line}\n`);
      assert.ok(peak <= budget + MiB, `peak outstanding ${peak}`);
      assert.ok(stalls > chunks / 2, `back-pressure engaged on most chunks: ${line}`);
      // The answer is never held: anonymous memory (both threads, engine working set included)
      // grows by less than the bytes streamed.
      assert.ok((anonPeak - anon0) * 1024 < bytes, line);
    });
  });
}

describe('executor pool', () => {
  test('a worker that cannot load the engine fails loudly', async () => {
    const bogus = { kind: 'bogus' } as unknown as Engine;
    const exec = createExecutor({ engine: bogus, threads: 1, log: () => {} });
    try {
      await assert.rejects(exec.ready(), /query worker could not load the bogus engine/);
      await assert.rejects(collect(exec.series({ blockDirs: [], query: q(), budgetBytes: MiB, signal: new AbortController().signal })), (err: Error) => {
        assert.ok(err instanceof EngineError);
        assert.equal(err.code, 'INTERNAL');
        assert.match(err.message, /could not load the bogus engine/);
        return true;
      });
    } finally {
      await exec.close();
    }
  });

  test('a native worker runs with a small young generation; a TS worker, or any under an operator semi-space flag, with V8 defaults', async () => {
    const youngMb = async (engine: Engine): Promise<number | undefined> => {
      const exec = createExecutor({ engine, threads: 1, log: () => {} });
      try {
        await exec.ready(); // the worker starts under these limits
        return exec.pool.piscina.options.resourceLimits?.maxYoungGenerationSizeMb;
      } finally {
        await exec.close();
      }
    };
    for (const engine of engines()) {
      assert.equal(await youngMb(engine), engine.kind === 'native' ? NATIVE_WORKER_YOUNG_GENERATION_MB : undefined, engine.kind);
    }
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --max-semi-space-size=8`;
    try {
      for (const engine of engines()) assert.equal(await youngMb(engine), undefined, `${engine.kind}, operator-tuned`);
    } finally {
      if (saved === undefined) delete process.env.NODE_OPTIONS;
      else process.env.NODE_OPTIONS = saved;
    }
  });

  test('beyond the running slots and the queue, requests are refused at once', async () => {
    const engine = engines()[0];
    const exec = createExecutor({ engine, threads: 1, concurrentTasksPerWorker: 1, maxQueue: 1, log: () => {} });
    const req = (budgetBytes: number, signal = new AbortController().signal) =>
      exec.series({ blockDirs: blockDirs(edgeBlocks), query: q(), budgetBytes, signal });
    try {
      await exec.ready();
      const want = direct(engine, blockDirs(edgeBlocks), q()).bytes;
      const ac = new AbortController();
      const it = req(1024, ac.signal)[Symbol.asyncIterator]();
      assert.equal((await it.next()).done, false); // running, parked on credit: the only slot is taken
      const queued = collect(req(MiB)); // waits in the queue (maxQueue 1)
      await assert.rejects(collect(req(MiB)), (err: Error) => err instanceof ExecutorOverloadedError && err.code === 'RESOURCE_EXHAUSTED');
      ac.abort(); // frees the slot: the queued request runs to completion
      assert.equal(Buffer.compare(await queued, want), 0);
      await exec.idle();
      assert.equal(Buffer.compare(await collect(req(MiB)), want), 0, 'the pool accepts work again');
    } finally {
      await exec.close();
    }
  });

  test('requests interleave on one worker: a stalled request does not block another', async () => {
    const engine = engines()[0];
    const exec = createExecutor({ engine, threads: 1, log: () => {} });
    try {
      const ac = new AbortController();
      const stalled = exec.series({ blockDirs: blockDirs(bigBlockPath()), query: q(), budgetBytes: MiB, signal: ac.signal });
      const it = stalled[Symbol.asyncIterator]();
      assert.equal((await it.next()).done, false); // then never pulled again
      const dirs = blockDirs(edgeBlocks);
      const got = await collect(exec.series({ blockDirs: dirs, query: q(), budgetBytes: 64 * 1024, signal: new AbortController().signal }));
      assert.equal(Buffer.compare(got, direct(engine, dirs, q()).bytes), 0);
      ac.abort();
    } finally {
      await exec.close();
    }
  });
});
