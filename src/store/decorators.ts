// Behaviour added around the Series writer and the handlers, Thanos-style (pkg/store/limiter.go
// `limitedServer`, grpc recovery middleware): each wrapper does one thing, so series.ts stays a
// straight validate → plan → stream.
import { once } from 'node:events';
import { status, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream } from '@grpc/grpc-js';
import type { SeriesChunk } from '../query/executor.js';
import { StatusError, toStatus } from './status.js';

/** Where Series output goes. Resolving means "ready for more": the caller pulls the next chunk only then. */
export interface SeriesSink {
  /** Writes every frame of one chunk of Frames (layout in engine.ts). */
  send(chunk: SeriesChunk): Promise<void>;
  /** Writes one already-encoded SeriesResponse (a warning frame). */
  sendFrame(frame: Buffer): Promise<void>;
}

/**
 * The innermost sink: splits Frames into messages and writes each as-is (the Series method's
 * serializer is the identity). A `false` from write() means grpc-js holds 16 unsent messages
 * (objectMode highWaterMark) or HTTP/2 flow control is closed: wait for 'drain' before writing
 * again, so a slow client leaves frames in the executor's budget, not in our queue.
 */
export function streamSink(call: ServerWritableStream<unknown, Buffer>, signal: AbortSignal): SeriesSink {
  const write = async (msg: Buffer): Promise<void> => {
    // Ask the stream, not a flag of ours: 'drain' may fire while we wait for the executor's next
    // chunk, and a remembered "need drain" would then wait for a 'drain' that never comes again.
    // `once` with a signal rejects with AbortError when the call is cancelled mid-wait.
    if (call.writableNeedDrain) await once(call, 'drain', { signal });
    signal.throwIfAborted();
    call.write(msg);
  };
  return {
    async send(chunk: SeriesChunk): Promise<void> {
      const f = chunk.frames;
      const view = new DataView(f.buffer, f.byteOffset, f.byteLength);
      let off = 0;
      while (off < f.byteLength) {
        if (off + 4 > f.byteLength) throw new StatusError(status.INTERNAL, `truncated Frames: length prefix at ${off} of ${f.byteLength}`);
        const len = view.getUint32(off, true);
        const start = off + 4;
        if (start + len > f.byteLength) throw new StatusError(status.INTERNAL, `truncated Frames: frame of ${len} bytes at ${off} of ${f.byteLength}`);
        // A view, not a copy: grpc-js copies the bytes once into its own length-prefixed message.
        await write(Buffer.from(f.buffer, f.byteOffset + start, len));
        off = start + len;
      }
    },
    sendFrame(frame: Buffer): Promise<void> {
      return write(frame);
    },
  };
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
