// Behaviour added around the Series writer and the handlers, Thanos-style (pkg/store/limiter.go
// `limitedServer`, grpc recovery middleware): each wrapper does one thing, so series.ts stays a
// straight validate → plan → stream.
import { once } from 'node:events';
import { status, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream } from '@grpc/grpc-js';
import type { SeriesChunk } from '../query/executor.js';
import { eachFrame, preframed, preframedSupported } from './grpc-frames.js';
import { StatusError, toStatus } from './status.js';

/** Where Series output goes. Resolving means "ready for more": the caller pulls the next chunk only then. */
export interface SeriesSink {
  /** Writes every frame of one chunk of Frames (layout in engine.ts). */
  send(chunk: SeriesChunk): Promise<void>;
  /** Writes one encoded SeriesResponse without its gRPC prefix (a warning frame). */
  sendFrame(frame: Buffer): Promise<void>;
}

/**
 * Most bytes of written chunks grpc-js and HTTP/2 may hold before the sink waits for one to go
 * out. grpc-js's objectMode highWaterMark counts writes (16), not bytes, so without this a fast
 * worker could park 16 chunks (16 MiB at the default chunk size) in the stream. One chunk at a
 * time is enough: grpc-js calls back once the bytes are in the kernel's socket buffer, which
 * keeps the client fed while the next, already pulled chunk is written. Against two, with the
 * executor's lookahead cut from 4 chunks to 2 alongside: case (a) of bench:e2e, 3 alternating
 * pairs of 15 calls, p50 309-342 against 318-345 ms, peak RSS 116 against 108-113 MiB.
 */
export const MAX_QUEUED_BYTES = 1024 * 1024;

/**
 * The innermost sink. Frames are gRPC messages already (engine.ts): with the preframed hook
 * (grpc-frames.ts) a chunk goes to grpc-js as one write, unchanged; without it the chunk is split
 * and each message written through the Series method's identity serializer. The sink waits
 * before writing while the stream asks for 'drain' (HTTP/2 flow control closed, or 16 writes
 * queued) or more than MAX_QUEUED_BYTES are still unsent, so a slow client leaves frames in the
 * executor's budget, not in our queue.
 */
export function streamSink(
  call: ServerWritableStream<unknown, Buffer>,
  signal: AbortSignal,
  /** Write chunks whole (the default when the hook is installed), or message by message. */
  whole = preframedSupported(),
): SeriesSink {
  let queued = 0;
  let wake: (() => void) | undefined;
  const sent = (n: number, release?: () => void) => () => {
    queued -= n;
    release?.();
    wake?.();
  };
  const write = async (msg: Buffer, release?: () => void): Promise<void> => {
    // Ask the stream, not a flag of ours: 'drain' may fire while we wait for the executor's next
    // chunk, and a remembered "need drain" would then wait for a 'drain' that never comes again.
    // `once` with a signal rejects with AbortError when the call is cancelled mid-wait.
    if (call.writableNeedDrain) await once(call, 'drain', { signal });
    // grpc-js never calls back the writes of a cancelled call: the abort ends this wait instead.
    while (queued >= MAX_QUEUED_BYTES && !signal.aborted) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        signal.addEventListener('abort', wake, { once: true });
      });
      signal.removeEventListener('abort', wake!);
      wake = undefined;
    }
    signal.throwIfAborted();
    queued += msg.byteLength;
    call.write(msg, sent(msg.byteLength, release));
  };
  return {
    async send(chunk: SeriesChunk): Promise<void> {
      const f = chunk.frames;
      const bytes = Buffer.from(f.buffer, f.byteOffset, f.byteLength);
      if (whole) {
        // HTTP/2 is done with the bytes when grpc-js calls back: the buffer may go back then.
        await write(preframed(bytes, countFrames(f)), chunk.release);
        return;
      }
      const starts: [number, number][] = [];
      countFrames(f, (start, len) => starts.push([start, len]));
      // Views, not copies: grpc-js copies each message once into its own length-prefixed buffer.
      for (const [start, len] of starts) await write(bytes.subarray(start, start + len));
    },
    sendFrame(frame: Buffer): Promise<void> {
      return write(frame);
    },
  };
}

/** eachFrame with a truncated or malformed chunk reported as gRPC INTERNAL. */
function countFrames(f: Uint8Array, each?: (start: number, length: number) => void): number {
  try {
    return eachFrame(f, each);
  } catch (err) {
    throw new StatusError(status.INTERNAL, (err as Error).message);
  }
}

export interface SeriesLimits {
  /** --store.limits.request-series; 0 = unlimited. */
  series: number;
  /** --store.limits.request-samples; 0 = unlimited. */
  samples: number;
}

/**
 * Thanos counts the sample limit as chunks × 120 (MaxSamplesPerChunk), not exact samples: its
 * flag help says so, and keeping that arithmetic makes one configuration mean the same on both.
 */
export const MAX_SAMPLES_PER_CHUNK = 120;

/**
 * Fails the request before forwarding the chunk that would take it over a limit. Counters are the
 * executor's cumulative stats, so the check costs nothing per series. RESOURCE_EXHAUSTED is the
 * code Thanos stores return for request limits.
 */
export function withLimits(next: SeriesSink, limits: SeriesLimits, onExceeded: (reason: 'series' | 'samples') => void = () => {}): SeriesSink {
  if (limits.series <= 0 && limits.samples <= 0) return next;
  return {
    send(chunk: SeriesChunk): Promise<void> {
      const { series, chunks } = chunk.stats;
      if (limits.series > 0 && series > limits.series) {
        onExceeded('series');
        throw new StatusError(status.RESOURCE_EXHAUSTED, `failed to send series: limit ${limits.series} violated (got ${series})`);
      }
      const samples = chunks * MAX_SAMPLES_PER_CHUNK;
      if (limits.samples > 0 && samples > limits.samples) {
        onExceeded('samples');
        throw new StatusError(status.RESOURCE_EXHAUSTED, `failed to send samples: limit ${limits.samples} violated (got ${samples})`);
      }
      return next.send(chunk);
    },
    sendFrame: (frame) => next.sendFrame(frame),
  };
}

export type Logger = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/**
 * Turns anything a unary handler throws or rejects with into a gRPC status (INTERNAL for the
 * unexpected, logged), so no exception escapes into grpc-js.
 */
export function recoverUnary<Req, Res>(
  method: string,
  log: Logger,
  handler: (call: ServerUnaryCall<Req, Res>) => Promise<Res> | Res,
): (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => void {
  return (call, callback) => {
    let result: Promise<Res>;
    try {
      result = Promise.resolve(handler(call));
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      (res) => callback(null, res),
      (err: unknown) => {
        const st = toStatus(err);
        if (st.code === status.INTERNAL) log('error', 'handler failed', { method, err: st.details });
        callback({ code: st.code, details: st.details });
      },
    );
  };
}

/**
 * The same for server-streaming handlers: the handler owns the stream until it resolves; then the
 * call ends OK, or with the status of the error. A cancelled call gets no status (the client is gone).
 */
export function recoverStream<Req>(
  method: string,
  log: Logger,
  handler: (call: ServerWritableStream<Req, Buffer>) => Promise<void>,
): (call: ServerWritableStream<Req, Buffer>) => void {
  return (call) => {
    let result: Promise<void>;
    try {
      result = handler(call);
    } catch (err) {
      result = Promise.reject(err);
    }
    result.then(
      () => {
        if (!call.cancelled) call.end();
      },
      (err: unknown) => {
        if (call.cancelled) return;
        const st = toStatus(err);
        if (st.code === status.INTERNAL) log('error', 'handler failed', { method, err: st.details });
        // grpc-js records the status and ends the stream after the frames already queued.
        call.emit('error', { code: st.code, details: st.details });
      },
    );
  };
}
