// Credit-based flow control between one query worker task and the main thread, over a small
// SharedArrayBuffer both sides hold (no message per credit grant).
//
// The worker may keep at most `budget` bytes of Frames posted but not yet pulled by the consumer.
// It adds the size of every chunk it posts (`produced`), the main thread subtracts a chunk's size
// when the consumer pulls it (`consumed`). When the budget is used up the worker parks in
// `waitForCredit`, an Atomics.waitAsync on a sequence word that every `consumed` and `cancel`
// bumps: the worker's event loop stays free (other tasks on the same worker keep running), and
// nothing spins. Waiting on a sequence word rather than on the byte count means a grant or a
// cancel that lands between the worker's check and its wait is never lost: the wait sees a
// changed word and returns at once.
//
// The cancel flag lives in the same buffer: the main thread sets it, the worker checks it between
// cursor.next() calls (cooperative: a worker inside native code is never interrupted).

const CANCEL = 0; // 1 once cancelled
const OUTSTANDING = 1; // bytes posted by the worker, not yet pulled by the consumer
const PEAK = 2; // highest OUTSTANDING seen (instrumentation for tests and debugging)
const SEQ = 3; // bumped by every grant and by cancel; the word the worker waits on
const SLOTS = 4;

/** Budgets are bytes in an Int32 slot; one chunk may overshoot, so keep headroom below 2^31. */
export const MAX_BUDGET_BYTES = 1 << 30;

/** How long one wait may sleep before re-checking (a safety net: a notify is the normal wake-up). */
const WAIT_SLICE_MS = 1000;

type WaitAsync = (
  ta: Int32Array,
  index: number,
  value: number,
  timeout?: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };

// Node 20 has Atomics.waitAsync; the TS lib for ES2022 does not declare it.
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;

export class Credits {
  readonly buffer: SharedArrayBuffer;
  private readonly state: Int32Array;

  /** Wraps an existing shared buffer (the worker side), or makes a new one (the main side). */
  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT)) {
    if (buffer.byteLength < SLOTS * Int32Array.BYTES_PER_ELEMENT) {
      throw new RangeError(`credit buffer too small: ${buffer.byteLength} bytes`);
    }
    this.buffer = buffer;
    this.state = new Int32Array(buffer, 0, SLOTS);
  }

  /** Bytes posted by the worker and not yet pulled. */
  outstanding(): number {
    return Atomics.load(this.state, OUTSTANDING);
  }

  /** Highest number of outstanding bytes seen so far. */
  peak(): number {
    return Atomics.load(this.state, PEAK);
  }

  /** Bytes the worker may still produce before it has to wait (0 when the budget is used up). */
  available(budget: number): number {
    return Math.max(0, budget - this.outstanding());
  }

  cancelled(): boolean {
    return Atomics.load(this.state, CANCEL) !== 0;
  }

  // ---- worker side ----

  /** Records `bytes` posted to the main thread. */
  produced(bytes: number): void {
    checkBytes(bytes);
    const now = Atomics.add(this.state, OUTSTANDING, bytes) + bytes;
    // Lock-free max: retry only when another update slipped in between load and swap.
    let peak = Atomics.load(this.state, PEAK);
    while (now > peak) {
      const seen = Atomics.compareExchange(this.state, PEAK, peak, now);
      if (seen === peak) break;
      peak = seen;
    }
  }

  /**
   * Resolves true once fewer than `budget` bytes are outstanding, false once cancelled. Parks on
   * Atomics.waitAsync between checks, so the worker neither spins nor blocks its event loop.
   */
  async waitForCredit(budget: number): Promise<boolean> {
    for (;;) {
      // Read the sequence word first: any grant or cancel after this line changes it, so the
      // wait below returns immediately instead of missing the wake-up.
      const seq = Atomics.load(this.state, SEQ);
      if (this.cancelled()) return false;
      if (this.outstanding() < budget) return true;
      const w = waitAsync(this.state, SEQ, seq, WAIT_SLICE_MS);
      if (!w.async) continue;
      // A pending waitAsync does not keep a thread's event loop alive; this timer does, so the
      // thread cannot exit under a parked request whatever else it has (or has not) scheduled.
      const keepAlive = setTimeout(noop, WAIT_SLICE_MS * 2);
      try {
        await w.value;
      } finally {
        clearTimeout(keepAlive);
      }
    }
  }

  // ---- main side ----

  /** Records `bytes` pulled by the consumer and wakes a worker waiting for credit. */
  consumed(bytes: number): void {
    checkBytes(bytes);
    Atomics.sub(this.state, OUTSTANDING, bytes);
    Atomics.add(this.state, SEQ, 1);
    Atomics.notify(this.state, SEQ);
  }

  /** Asks the worker to stop; wakes it if it is waiting for credit. Idempotent. */
  cancel(): void {
    Atomics.store(this.state, CANCEL, 1);
    Atomics.add(this.state, SEQ, 1);
    Atomics.notify(this.state, SEQ);
  }
}

function noop(): void {}

function checkBytes(bytes: number): void {
  if (!Number.isInteger(bytes) || bytes < 0 || bytes > MAX_BUDGET_BYTES) {
    throw new RangeError(`credit byte count out of range: ${bytes}`);
  }
}

/** Validates a request's byte budget (positive, and small enough for the Int32 accounting). */
export function checkBudget(budget: number): void {
  if (!Number.isInteger(budget) || budget < 1 || budget > MAX_BUDGET_BYTES) {
    throw new RangeError(`budgetBytes must be an integer in [1, ${MAX_BUDGET_BYTES}], got ${budget}`);
  }
}
