// Credit accounting between a query worker and the main thread (src/query/credits.ts), including
// a real worker thread parked on Atomics.waitAsync and woken by a grant or a cancel.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { checkBudget, Credits, MAX_BUDGET_BYTES } from '../../src/query/credits.js';

describe('credits', () => {
  test('produced and consumed move the outstanding bytes; peak keeps the maximum', () => {
    const c = new Credits();
    assert.equal(c.outstanding(), 0);
    c.produced(300);
    c.produced(200);
    assert.equal(c.outstanding(), 500);
    assert.equal(c.available(1000), 500);
    c.consumed(300);
    assert.equal(c.outstanding(), 200);
    c.produced(100);
    assert.equal(c.peak(), 500);
    assert.equal(c.available(250), 0);
  });

  test('both sides share one buffer', () => {
    const main = new Credits();
    const worker = new Credits(main.buffer);
    worker.produced(64);
    assert.equal(main.outstanding(), 64);
    main.cancel();
    assert.equal(worker.cancelled(), true);
  });

  test('waitForCredit resolves at once with room, waits without it, and wakes on a grant', async () => {
    const c = new Credits();
    assert.equal(await c.waitForCredit(10), true);
    c.produced(10);
    let woke = false;
    const waiting = c.waitForCredit(10).then((ok) => ((woke = true), ok));
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(woke, false, 'must wait while the budget is used up');
    c.consumed(1);
    assert.equal(await waiting, true);
  });

  test('a cancel wakes a waiting worker and makes it stop', async () => {
    const c = new Credits();
    c.produced(5);
    const waiting = c.waitForCredit(5);
    setTimeout(() => c.cancel(), 10);
    assert.equal(await waiting, false);
    assert.equal(await c.waitForCredit(1000), false, 'a cancelled request never gets credit again');
  });

  test('a worker thread parks until the main thread grants credit', async () => {
    const main = new Credits();
    main.produced(100);
    const url = new URL('../../src/query/credits.js', import.meta.url).href;
    const src = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(${JSON.stringify(url)}).then(async ({ Credits }) => {
        const c = new Credits(workerData);
        parentPort.postMessage('waiting');
        const ok = await c.waitForCredit(100);
        parentPort.postMessage({ ok, outstanding: c.outstanding() });
      });`;
    const w = new Worker(src, { eval: true, workerData: main.buffer });
    try {
      const msgs: unknown[] = [];
      const done = new Promise<unknown>((resolve, reject) => {
        w.on('message', (m) => (m === 'waiting' ? msgs.push(m) : resolve(m)));
        w.on('error', reject);
      });
      while (msgs.length === 0) await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, 30));
      main.consumed(40);
      assert.deepEqual(await done, { ok: true, outstanding: 60 });
    } finally {
      await w.terminate();
    }
  });

  test('byte counts and budgets are range-checked', () => {
    const c = new Credits();
    assert.throws(() => c.produced(-1), RangeError);
    assert.throws(() => c.produced(1.5), RangeError);
    assert.throws(() => c.consumed(MAX_BUDGET_BYTES + 1), RangeError);
    assert.throws(() => checkBudget(0), RangeError);
    assert.throws(() => checkBudget(MAX_BUDGET_BYTES + 1), RangeError);
    checkBudget(1);
    checkBudget(MAX_BUDGET_BYTES);
    assert.throws(() => new Credits(new SharedArrayBuffer(4)), RangeError);
  });
});
