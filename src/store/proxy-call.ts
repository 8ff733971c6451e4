// What the proxied server-streaming handlers (Rules, Targets, Metadata, Exemplars, Status) share:
// a signal that fires when the client goes away (so the Prometheus request is aborted too), and a
// write that waits for 'drain' instead of queueing without bound behind a slow client.
import { once } from 'node:events';
import type { ServerWritableStream } from '@grpc/grpc-js';
import type { PrometheusClient } from '../prometheus/client.js';
import type { Logger } from './decorators.js';

/** Dependencies of the proxies; sidecar.ts builds one and passes it to registerProxyServices. */
export interface ProxyDeps {
  prometheus: PrometheusClient;
  /** Current external labels, sorted by name (they change when Prometheus's config is reloaded). */
  externalLabels(): readonly (readonly [string, string])[];
  log: Logger;
}

/** Aborts when the call is cancelled (client cancel, deadline, server shutdown). */
export function callSignal(call: ServerWritableStream<unknown, Buffer>): AbortSignal {
  const ac = new AbortController();
  if (call.cancelled) ac.abort();
  else call.once('cancelled', () => ac.abort());
  return ac.signal;
}

/** Writes one encoded message, first waiting for room when grpc-js reports a full buffer. */
export async function writeMessage(call: ServerWritableStream<unknown, Buffer>, msg: Uint8Array, signal: AbortSignal): Promise<void> {
  if (call.writableNeedDrain) await once(call, 'drain', { signal });
  signal.throwIfAborted();
  call.write(Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength));
}
