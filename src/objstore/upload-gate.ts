// The yield gate: uploads give way to queries without ever stopping.
//
// Running the upload on its own nice-19 thread (background.ts) takes the upload's own CPU off the
// query path, but not the work it causes elsewhere: the S3 server's CPU when it is local, file
// reads in libuv's thread pool, the loopback network stack. The only lever on all of those is how
// many bytes the upload sends, so every byte of an uploaded file passes this gate first:
//
// - a call running, or one ran less than QUIET_MS ago: bytes pass at `bytesPerSecond` (the
//   --shipper.upload-rate-while-serving floor, 4 MiB/s by default), through a token bucket in
//   pieces of at most 1 MiB;
// - no call for QUIET_MS: bytes pass at once, the upload runs flat out.
//
// Why the quiet period: calls arriving back to back leave gaps of a millisecond or two between
// them, and full speed in those gaps is far more than it looks. A socket write returns as soon as
// the kernel has the bytes, so each gap refills every upload connection's send buffer (megabytes
// on loopback), which then drains onto the wire, at full speed, during the next call. Only a gate
// that stays shut across such gaps keeps the wire at the floor while queries keep coming.
//
// Why a floor and not a pause: a request whose body stops flowing is timed out by the server
// (S3 answers RequestTimeout after about 20 s without data) and by our own socket timeout, and an
// upload paused whenever a query runs would never finish on a sidecar that is queried all the
// time. Pieces of ≤ 1 MiB keep the gaps between writes at ≤ 250 ms at the default floor.
//
// One gate serves every transfer of its bucket (all parts in flight of all files), so the floor is
// the upload's total rate, not a rate per connection. Waiters are served in arrival order, and
// waiting never spins: a waiter sleeps until its tokens are due, the last query ends or the quiet
// period is over.
import { Transform } from 'node:stream';
import type { QueryActivity } from './query-activity.js';

/** Largest piece the gate lets through at once, and the bucket's burst. */
const MAX_PIECE = 1024 * 1024;
/**
 * How long no Series call may have run before the upload goes back to full speed: far above the
 * gaps between back-to-back calls, and a second at the floor is nothing to an upload.
 */
export const QUIET_MS = 1000;

export class UploadGate {
  /** Bytes one take() may ask for: the token bucket's capacity. */
  readonly piece: number;
  private tokens: number;
  private last = performance.now();
  /** The last look that saw a call running, or the first one after (start of the quiet period). */
  private busyAt = Number.NEGATIVE_INFINITY;
  private sawRunning = false;
  private seenStarted: number;
  /** The previous waiter's turn: takes are served one after another, in order. */
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly activity: QueryActivity,
    /** Rate while at least one query runs, in bytes per second (> 0). */
    readonly bytesPerSecond: number,
  ) {
    if (!(bytesPerSecond > 0)) throw new RangeError(`upload gate: rate must be positive, got ${bytesPerSecond}`);
    this.piece = Math.max(1, Math.min(MAX_PIECE, Math.floor(bytesPerSecond)));
    this.tokens = this.piece;
    this.seenStarted = activity.started();
  }

  /** Resolves when `bytes` (at most `piece`) may be sent. */
  take(bytes: number): Promise<void> {
    const turn = this.tail.then(() => this.wait(Math.min(bytes, this.piece)));
    this.tail = turn;
    return turn;
  }

  /** A pass-through stream that lets its input out only as fast as the gate allows. */
  stream(): Transform {
    const pass = (chunk: Buffer, push: (piece: Buffer) => void) => this.pass(chunk, push);
    return new Transform({
      // 1 MiB, as the file reads: one read is one piece at the default floor.
      highWaterMark: MAX_PIECE,
      transform(chunk: Buffer, _enc, done) {
        pass(chunk, (piece) => this.push(piece)).then(() => done(), done);
      },
    });
  }

  private async pass(chunk: Buffer, push: (piece: Buffer) => void): Promise<void> {
    for (let at = 0; at < chunk.length; at += this.piece) {
      const piece = chunk.subarray(at, Math.min(chunk.length, at + this.piece));
      await this.take(piece.length);
      push(piece);
    }
  }

  private async wait(bytes: number): Promise<void> {
    for (;;) {
      const now = performance.now();
      this.tokens = Math.min(this.piece, this.tokens + ((now - this.last) / 1000) * this.bytesPerSecond);
      this.last = now;
      const running = this.activity.count();
      const started = this.activity.started();
      // The quiet period starts when we first see no call, after one was running or came and went
      // since the last look: a call we saw running may have run until a moment ago.
      if (running > 0 || this.sawRunning || started !== this.seenStarted) {
        this.busyAt = now;
        this.seenStarted = started;
      }
      this.sawRunning = running > 0;
      const quietMs = now - this.busyAt;
      // Quiet: full speed, and the bucket stays full for when the next query starts.
      if (running === 0 && quietMs >= QUIET_MS) return;
      if (this.tokens >= bytes) {
        this.tokens -= bytes;
        return;
      }
      let dueMs = ((bytes - this.tokens) / this.bytesPerSecond) * 1000;
      // No call running: look again when the quiet period is over, if that comes first.
      if (running === 0) dueMs = Math.min(dueMs, QUIET_MS - quietMs);
      await this.activity.changed(running, Math.max(1, Math.ceil(dueMs)));
    }
  }
}
