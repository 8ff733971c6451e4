// Writing Frames to a grpc-js server stream as they are.
//
// Frames (src/engine/engine.ts) are gRPC's own length-prefixed messages, so a chunk of them is a
// piece of the HTTP/2 response body already. grpc-js's public API takes one message per write()
// and frames it itself: BaseServerInterceptingCall.serializeMessage allocates the message's
// length + 5 bytes and copies the message in, for every message. On a large Series call that is
// every response byte copied once more on the main thread, one write (and its callbacks) per
// SeriesResponse, and one external allocation per message, which V8 repays with full GCs.
//
// `installPreframed()` adds one exception to serializeMessage: a buffer marked by
// `preframed(bytes, messages)` is already framed and goes to HTTP/2 unchanged. Everything else
// stays grpc-js's own: metadata, status, cancellation checks, the write callback (which fires
// once HTTP/2 is done with the bytes) and 'drain'. A marked buffer holds whole messages only, so
// the peer's gRPC decoder sees exactly the stream of messages it would have seen.
//
// The hook is a private method of grpc-js (checked for by name and shape at install). When a
// grpc-js release moves it, install returns false, `preframedSupported()` says so, and callers
// write message by message through the public path instead (split with `eachFrame`).
import { createRequire } from 'node:module';

/** gRPC message prefix: compression flag, u32 big-endian length. */
export const FRAME_PREFIX = 5;

/** Buffers marked as preframed, with the number of gRPC messages each holds. */
const marked = new WeakMap<object, number>();
let installed: boolean | undefined;

interface SerializingCall {
  serializeMessage(value: unknown): Buffer;
}

/**
 * Teaches grpc-js to send marked buffers unchanged. Idempotent; false when this grpc-js has no
 * serializeMessage hook to extend (then nothing is changed).
 */
export function installPreframed(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  let proto: SerializingCall | undefined;
  try {
    const mod = createRequire(import.meta.url)('@grpc/grpc-js/build/src/server-interceptors.js') as {
      BaseServerInterceptingCall?: { prototype: SerializingCall };
    };
    proto = mod.BaseServerInterceptingCall?.prototype;
  } catch {
    return false;
  }
  const original = proto?.serializeMessage;
  if (!proto || typeof original !== 'function' || original.length !== 1) return false;
  proto.serializeMessage = function serializeMessage(this: SerializingCall, value: unknown): Buffer {
    if (typeof value === 'object' && value !== null && marked.has(value)) return value as Buffer;
    return original.call(this, value);
  };
  installed = true;
  return true;
}

/** Whether marked buffers reach HTTP/2 unchanged (installPreframed succeeded). */
export function preframedSupported(): boolean {
  return installed === true;
}

/** Marks `bytes` (whole gRPC messages, `messages` of them) to be written as they are. */
export function preframed(bytes: Buffer, messages: number): Buffer {
  marked.set(bytes, messages);
  return bytes;
}

/** Messages a written value stands for: the count of a preframed buffer, else 1. */
export function messagesIn(value: unknown): number {
  return (typeof value === 'object' && value !== null && marked.get(value)) || 1;
}

/**
 * Walks the messages of a Frames chunk, calling `each(start, length)` with each message's
 * payload position, and returns their count. Throws (with `what` naming the problem) on a
 * truncated chunk or a compressed-flag byte that is not 0.
 */
export function eachFrame(f: Uint8Array, each?: (start: number, length: number) => void): number {
  const view = new DataView(f.buffer, f.byteOffset, f.byteLength);
  let n = 0;
  let off = 0;
  while (off < f.byteLength) {
    if (off + FRAME_PREFIX > f.byteLength) throw new Error(`truncated Frames: prefix at ${off} of ${f.byteLength}`);
    if (f[off] !== 0) throw new Error(`Frames: compression flag ${f[off]} at ${off}`);
    const len = view.getUint32(off + 1);
    const start = off + FRAME_PREFIX;
    if (start + len > f.byteLength) throw new Error(`truncated Frames: message of ${len} bytes at ${off} of ${f.byteLength}`);
    each?.(start, len);
    off = start + len;
    n++;
  }
  return n;
}
