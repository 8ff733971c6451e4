// How many Series calls are running right now, readable from any thread without a message.
//
// The Series handler counts itself in and out; the upload thread (background-worker.ts) reads the
// count before it lets the next piece of a file go on the wire (upload-gate.ts) and slows down
// while it is above zero. A message per call would reach the upload thread only when its event
// loop is free, and the point is that it reacts while it is busy sending: so the count lives in a
// SharedArrayBuffer, which workerData hands to the thread without copying. Two Int32 cells: the
// calls in flight, and the calls ever started (wrapping), so a reader that looks now and then also
// learns that a call came and went between two looks.
//
// Leaving the last call notifies the first cell, so a gate sleeping in `changed()` wakes at once
// instead of at the end of its sleep.

/** Atomics.waitAsync (ES2024, in Node since 16); typed here because our lib is ES2022. */
type WaitAsync = (cell: Int32Array, index: number, expected: number, timeoutMs: number) => { async: false; value: string } | { async: true; value: Promise<string> };
const waitAsync = (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync;

export class QueryActivity {
  /** Share this (workerData, postMessage) and rebuild it there with `new QueryActivity(buffer)`. */
  readonly buffer: SharedArrayBuffer;
  private readonly cell: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(8)) {
    this.buffer = buffer;
    this.cell = new Int32Array(buffer, 0, 2);
  }

  /** Counts one call in; the returned function counts it out (once, however often it is called). */
  enter(): () => void {
    Atomics.add(this.cell, 1, 1);
    Atomics.add(this.cell, 0, 1);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      if (Atomics.sub(this.cell, 0, 1) === 1) Atomics.notify(this.cell, 0);
    };
  }

  /** Calls in flight now. */
  count(): number {
    return Atomics.load(this.cell, 0);
  }

  /** Calls started so far (wraps at 2^31; compare for equality only). */
  started(): number {
    return Atomics.load(this.cell, 1);
  }

  /**
   * Resolves once the count is no longer `seen`, or after `ms` (whichever first). Never spins:
   * Atomics.waitAsync sleeps until notified; a timer of the same length backs it, because a pending
   * waitAsync alone does not keep Node's event loop alive.
   */
  changed(seen: number, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      if (waitAsync === undefined) return;
      const w = waitAsync(this.cell, 0, seen, ms);
      if (w.async) void w.value.then(done);
      else done();
    });
  }
}
