// A loopback HTTP proxy in front of an S3-compatible server (moto_server, MinIO) for the shipper's
// S3 tests. It does two jobs:
//
// - Records, from the server's side of the wire, every S3 request: which operation (PutObject,
//   UploadPart, CompleteMultipartUpload, …) on which key, when it reached the server and when the
//   server's answer was complete, with one global event counter so "meta.json was written after
//   every other object of its block" can be checked without trusting client-side bookkeeping or
//   the server's one-second LastModified resolution.
// - Injects faults on a seeded schedule: 500 and 503 answers, connection resets (RST, sent once
//   the request body has started to arrive), stalls (the request is held without an answer for
//   longer than the client's timeout, then dropped) and lost responses (the request reaches the
//   server and is stored, but the client gets a reset instead of the answer: the ambiguous case).
//   Every fault but the lost response is decided before anything is forwarded, so the server never
//   sees a faulted request.
//
// The signed `Host` header is forwarded unchanged, so signature-checking servers (MinIO) accept the
// proxied requests. A client that disappears mid-request (kill -9) aborts the upstream request too,
// as a real network would: the server sees a truncated body and stores nothing.
import { createHash } from 'node:crypto';
import { createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault = '500' | '503' | 'reset' | 'stall' | 'lost-response';

export type S3Op =
  | 'PutObject'
  | 'CreateMultipartUpload'
  | 'UploadPart'
  | 'CompleteMultipartUpload'
  | 'AbortMultipartUpload'
  | 'GetObject'
  | 'HeadObject'
  | 'ListObjects'
  | 'DeleteObject'
  | 'Other';

export interface RecordedRequest {
  id: number;
  method: string;
  op: S3Op;
  bucket: string;
  /** Object key (no bucket), '' for bucket-level requests. */
  key: string;
  query: string;
  /** Global event counter when the request arrived / was forwarded / got its whole answer. */
  arrivedSeq: number;
  forwardedSeq?: number;
  doneSeq?: number;
  /** The server's status (undefined when never forwarded or the client went away first). */
  status?: number;
  fault?: Fault;
  bytesIn: number;
  /** The request headers as the client sent them (checksum and encoding headers are checked). */
  headers: IncomingHttpHeaders;
  /** sha256 of the request body of PutObject requests (set when the body was complete). */
  bodySha256?: string;
}

export interface FaultProxyOptions {
  /** host:port of the S3 server. */
  upstream: string;
  seed?: number;
  /** Probability that a request is faulted (0 = record only); faulted requests take `faults` in turn. */
  faultRate?: number;
  /** Fault kinds to draw from, uniformly. */
  faults?: Fault[];
  /** How long a stalled request is held before its connection is dropped. */
  stallMs?: number;
  /** Extra latency before each request is forwarded (spreads uploads out in time for kill tests). */
  delayMs?: () => number;
  /** Which requests may be faulted (default: all). */
  faultable?: (r: RecordedRequest) => boolean;
  /** A fault imposed regardless of the schedule (e.g. an outage window); undefined = follow the schedule. */
  force?: (r: RecordedRequest) => Fault | undefined;
}

export interface FaultProxy {
  /** host:port for the S3 `endpoint` setting. */
  endpoint: string;
  requests: RecordedRequest[];
  faultCounts: Record<Fault, number>;
  setFaultRate(rate: number): void;
  /** Requests that arrived since `fromId` (inclusive). */
  since(fromId: number): RecordedRequest[];
  onRequest(listener: (r: RecordedRequest) => void): () => void;
  close(): Promise<void>;
}

/** mulberry32: tiny seeded PRNG, so a fault schedule replays from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function classify(method: string, path: string, query: URLSearchParams): { op: S3Op; bucket: string; key: string } {
  const clean = path.replace(/^\/+/, '');
  const slash = clean.indexOf('/');
  const bucket = decodeURIComponent(slash < 0 ? clean : clean.slice(0, slash));
  const key = slash < 0 ? '' : decodeURIComponent(clean.slice(slash + 1));
  let op: S3Op = 'Other';
  if (method === 'PUT' && key !== '') op = query.has('partNumber') && query.has('uploadId') ? 'UploadPart' : 'PutObject';
  else if (method === 'POST' && query.has('uploads')) op = 'CreateMultipartUpload';
  else if (method === 'POST' && query.has('uploadId')) op = 'CompleteMultipartUpload';
  else if (method === 'DELETE' && query.has('uploadId')) op = 'AbortMultipartUpload';
  else if (method === 'DELETE' && key !== '') op = 'DeleteObject';
  else if (method === 'GET' && key !== '') op = 'GetObject';
  else if (method === 'GET') op = 'ListObjects';
  else if (method === 'HEAD' && key !== '') op = 'HeadObject';
  return { op, bucket, key };
}

const S3_ERROR: Record<'500' | '503', [number, string]> = {
  '500': [500, '<?xml version="1.0" encoding="UTF-8"?><Error><Code>InternalError</Code><Message>injected by fault-proxy</Message></Error>'],
  '503': [503, '<?xml version="1.0" encoding="UTF-8"?><Error><Code>SlowDown</Code><Message>injected by fault-proxy</Message></Error>'],
};

export async function startFaultProxy(opts: FaultProxyOptions): Promise<FaultProxy> {
  const [upHost, upPort] = splitHostPort(opts.upstream);
  const random = seededRandom(opts.seed ?? 1);
  const kinds = opts.faults ?? ['500', '503', 'reset', 'stall', 'lost-response'];
  let rate = opts.faultRate ?? 0;
  let seq = 0;
  let drawn = 0;
  const requests: RecordedRequest[] = [];
  const faultCounts: Record<Fault, number> = { '500': 0, '503': 0, reset: 0, stall: 0, 'lost-response': 0 };
  const listeners = new Set<(r: RecordedRequest) => void>();
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const { op, bucket, key } = classify(req.method ?? 'GET', url.pathname, url.searchParams);
    const rec: RecordedRequest = { id: requests.length, method: req.method ?? 'GET', op, bucket, key, query: url.search, arrivedSeq: ++seq, bytesIn: 0, headers: req.headers };
    requests.push(rec);
    // Draw for every request, faultable or not, so the schedule depends only on the request index.
    // Faulted requests take the kinds in turn, so a handful of faults already covers every kind.
    const roll = random();
    const forced = opts.force?.(rec);
    if (forced !== undefined) rec.fault = forced;
    else if (roll < rate && (opts.faultable?.(rec) ?? true)) rec.fault = kinds[drawn++ % kinds.length];
    // A client killed mid-request surfaces as errors on both streams; the record says enough.
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    for (const l of listeners) l(rec);
    handle(req, res, rec);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
  });

  function handle(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest): void {
    const fault = rec.fault;
    if (fault !== undefined && fault !== 'lost-response') faultCounts[fault]++;
    if (fault === '500' || fault === '503') {
      const [status, body] = S3_ERROR[fault];
      req.resume();
      req.once('end', () => {
        rec.status = status;
        rec.doneSeq = ++seq;
        res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
      });
      return;
    }
    if (fault === 'reset') {
      // A reset once the body has started to flow (or at once for bodiless requests).
      const kill = () => req.socket.resetAndDestroy();
      if (req.headers['content-length'] && req.headers['content-length'] !== '0') req.once('data', kill);
      else kill();
      return;
    }
    if (fault === 'stall') {
      req.resume();
      later(opts.stallMs ?? 5000, () => req.socket.destroy());
      return;
    }
    forward(req, res, rec);
  }

  function forward(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest): void {
    // Buffer what arrives during the artificial delay; the body is piped afterwards.
    const delay = opts.delayMs?.() ?? 0;
    const hash = rec.op === 'PutObject' ? createHash('sha256') : undefined;
    let clientGone = false;
    req.on('data', (d: Buffer) => {
      rec.bytesIn += d.length;
      hash?.update(d);
    });
    req.once('end', () => {
      if (hash) rec.bodySha256 = hash.digest('hex');
    });
    req.once('aborted', () => {
      clientGone = true;
    });
    req.pause();
    const go = () => {
      if (clientGone && !req.complete) return; // died before its request was whole: nothing reaches the server
      rec.forwardedSeq = ++seq;
      const up = request({ host: upHost, port: upPort, method: req.method, path: req.url, headers: req.headers }, (upRes) => {
        rec.status = upRes.statusCode;
        if (rec.fault === 'lost-response') {
          faultCounts['lost-response']++;
          upRes.resume();
          upRes.once('end', () => {
            rec.doneSeq = ++seq;
            req.socket.resetAndDestroy();
          });
          return;
        }
        res.writeHead(upRes.statusCode ?? 502, upRes.headers);
        upRes.pipe(res);
        upRes.once('end', () => {
          rec.doneSeq = ++seq;
        });
      });
      up.on('error', () => {
        if (!res.headersSent) res.destroy();
      });
      // A client killed mid-body: the upstream request is torn down with a short body.
      req.once('aborted', () => up.destroy());
      req.pipe(up);
      req.resume();
    };
    if (delay > 0) later(delay, go);
    else go();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  if (typeof addr !== 'object' || addr === null) throw new Error('fault proxy: no address');
  return {
    endpoint: `127.0.0.1:${addr.port}`,
    requests,
    faultCounts,
    setFaultRate(r) {
      rate = r;
    },
    since(fromId) {
      return requests.slice(fromId);
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function splitHostPort(hostPort: string): [string, number] {
  const i = hostPort.lastIndexOf(':');
  return [hostPort.slice(0, i), Number(hostPort.slice(i + 1))];
}

/** Successful (2xx from the server) writes that make an object exist: PutObject and CompleteMultipartUpload. */
export function objectWrites(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (r) => (r.op === 'PutObject' || r.op === 'CompleteMultipartUpload') && r.status !== undefined && r.status >= 200 && r.status < 300 && r.doneSeq !== undefined,
  );
}
