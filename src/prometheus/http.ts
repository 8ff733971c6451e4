// The HTTP exchange under every Prometheus call (client.ts, remote-read.ts, the shipper's flags
// check): node:http / node:https, not the global fetch().
//
// Node's fetch() is undici, which parses HTTP with a WebAssembly build of llhttp: the first call in
// an isolate loaded undici and compiled that module, 18 MiB of RSS for good (measured: a bare node
// process went from 39 to 57 MiB after one GET), in the main thread and again in a query worker
// that remote-reads the head. node:http parses with the llhttp already compiled into node.
//
// What callers relied on from fetch is kept: keep-alive connections (node's global agents keep
// them alive), the AbortSignal cancelling the exchange at any point (connect, headers, body), a
// timeout reported as a TimeoutError, and the body as an async iterable of bytes. Not kept:
// redirects are not followed (a 3xx is returned as is; the Prometheus endpoints we call do not
// redirect) and no compressed encoding is asked for (Prometheus then answers uncompressed, on a
// link that is loopback or local in a sidecar deployment).
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface HttpInit {
  method: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
}

/** The body as it arrives; `cancel()` drops the rest of it and frees the connection. */
export interface HttpBody extends AsyncIterable<Uint8Array> {
  cancel(): Promise<void>;
}

export interface HttpResponse {
  readonly status: number;
  /** status 200–299, as fetch's Response.ok. */
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  readonly body: HttpBody;
  /** The whole body as UTF-8 text. */
  text(): Promise<string>;
}

/** The error a fetch() would have thrown for an aborted exchange: TimeoutError for a timeout. */
function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && (reason.name === 'TimeoutError' || reason.name === 'AbortError')) return reason;
  const e = new Error('This operation was aborted', { cause: reason });
  e.name = 'AbortError';
  return e;
}

function wrap(res: IncomingMessage, signal: AbortSignal | undefined): HttpResponse {
  const status = res.statusCode ?? 0;
  const body: HttpBody = {
    async *[Symbol.asyncIterator]() {
      try {
        for await (const chunk of res) yield chunk as Buffer;
      } catch (err) {
        throw signal?.aborted ? abortError(signal) : err;
      }
      if (signal?.aborted) throw abortError(signal);
      // A connection that closed before the announced end: IncomingMessage ends quietly then.
      if (!res.complete) throw new Error('response body ended early (connection closed)');
    },
    cancel: async () => {
      res.destroy();
    },
  };
  return {
    status,
    ok: status >= 200 && status <= 299,
    headers: {
      get: (name) => {
        const v = res.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
      },
    },
    body,
    async text() {
      const parts: Buffer[] = [];
      for await (const c of body) parts.push(c as Buffer);
      return Buffer.concat(parts).toString('utf8');
    },
  };
}

/**
 * One HTTP exchange. Resolves once the response headers are in; rejects when no response arrives
 * (connection error with its `code`, or the signal: AbortError / TimeoutError).
 */
export function httpFetch(url: URL, init: HttpInit, signal?: AbortSignal): Promise<HttpResponse> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(new Error(`${url.href}: scheme must be http or https`));
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise<HttpResponse>((resolve, reject) => {
    const headers: Record<string, string | number> = { ...init.headers };
    if (init.body !== undefined) headers['Content-Length'] = init.body.byteLength;
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: init.method, headers });
    let response: IncomingMessage | undefined;
    // Before the headers: fail the request. After: end the body, which its reader reports as
    // the abort (an error on a response nobody reads would be an uncaught exception).
    const onAbort = () => (response ? response.destroy() : req.destroy(abortError(signal!)));
    signal?.addEventListener('abort', onAbort, { once: true });
    req.once('response', (res) => {
      response = res;
      // The signal keeps governing the body; the listener goes with the response.
      res.once('close', () => signal?.removeEventListener('abort', onAbort));
      resolve(wrap(res, signal));
    });
    req.on('error', (err) => {
      // After the headers, errors reach the body's reader through the response stream.
      if (response) return;
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? abortError(signal) : err);
    });
    req.end(init.body === undefined ? undefined : Buffer.from(init.body.buffer, init.body.byteOffset, init.body.byteLength));
  });
}
