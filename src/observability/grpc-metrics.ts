// gRPC server metrics as go-grpc-prometheus exports them for Thanos (pkg/server/grpc/grpc.go:
// NewServerMetrics + EnableHandlingTimeHistogram with Thanos' buckets + InitializeMetrics), so
// the Thanos mixin's dashboards and alerts work unchanged:
//
//   grpc_server_started_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_handled_total{grpc_type,grpc_service,grpc_method,grpc_code}
//   grpc_server_msg_received_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_msg_sent_total{grpc_type,grpc_service,grpc_method}
//   grpc_server_handling_seconds{grpc_type,grpc_service,grpc_method}   (histogram)
//   grpc_req_panics_recovered_total                                     (Thanos' recovery interceptor)
//
// grpc_code values are Go's codes.Code names ("OK", "Canceled", "InvalidArgument", ...).
// Every instrumented method is pre-initialised with all 17 codes at 0, as InitializeMetrics does
// for each registered method, so rate() and absent() behave from the first scrape.
//
// The wrappers observe grpc-js handlers from the outside, the way a Go interceptor does:
// - unary: received 1 at start; handled with the code of the first callback (OK + sent 1, or the
//   error's code, UNKNOWN when it has none, exactly as grpc-js maps it).
// - server stream: received 1 (Go's handler does one RecvMsg); sent counts each message grpc-js
//   actually handed to HTTP/2 (a preframed write, store/grpc-frames.ts, counts the messages it
//   holds); handled on 'finish' with OK or the code of an emitted error.
// - a client cancellation counts Canceled, an expired deadline DeadlineExceeded. grpc-js also
//   emits 'cancelled' after every normal end; the first outcome wins, so that one is ignored.
// - a handler that throws or rejects: with a numeric gRPC code the error becomes that status;
//   without one it is a recovered panic (counted) and answered with INTERNAL, as Thanos does.
import {
  status,
  type handleServerStreamingCall,
  type handleUnaryCall,
  type sendUnaryData,
  type ServerUnaryCall,
  type ServerWritableStream,
  type ServiceDefinition,
} from '@grpc/grpc-js';
import type { Writable } from 'node:stream';
import { Counter, Histogram, type Registry } from 'prom-client';
import { errorText } from './log.js';
import { registry as sharedRegistry } from './metrics.js';
import { messagesIn } from '../store/grpc-frames.js';

export type GrpcType = 'unary' | 'client_stream' | 'server_stream' | 'bidi_stream';

/** Thanos' grpc_server_handling_seconds buckets (pkg/server/grpc/grpc.go). */
export const GRPC_HANDLING_BUCKETS: readonly number[] = [0.001, 0.01, 0.1, 0.3, 0.6, 1, 3, 6, 9, 20, 30, 60, 90, 120];

// Go's codes.Code.String() for each numeric code.
const GO_CODE_NAMES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
] as const;

/** The grpc_code label value for a numeric status code, as Go prints it. */
export function goCodeName(code: number): string {
  return Number.isInteger(code) && code >= 0 && code < GO_CODE_NAMES.length ? GO_CODE_NAMES[code] : `Code(${code})`;
}

/** "/thanos.Store/Series" → ["thanos.Store", "Series"]; "unknown" for both when malformed (as Go). */
export function splitMethodPath(path: string): [service: string, method: string] {
  const p = path.startsWith('/') ? path.slice(1) : path;
  const i = p.indexOf('/');
  return i >= 0 ? [p.slice(0, i), p.slice(i + 1)] : ['unknown', 'unknown'];
}

type MethodLabels = { grpc_type: GrpcType; grpc_service: string; grpc_method: string };
type BaseLabel = keyof MethodLabels;

// The status grpc-js will send for an error object (server-call.ts serverErrorToStatus).
function statusCodeOf(err: unknown): number {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'number' && Number.isInteger(code)) return code;
  }
  return status.UNKNOWN;
}

function hasStatusCode(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || !('code' in err)) return false;
  const code = (err as { code: unknown }).code;
  return typeof code === 'number' && Number.isInteger(code);
}

// grpc-js reports both a client cancel and an expired deadline as 'cancelled'; only the clock
// tells them apart. A client whose own deadline fires resets the stream a little before the
// server's timer would (the server's deadline is counted from when it read the headers), so a
// cancellation close to the deadline is the deadline: within 25 ms or a tenth of the call's
// budget, whichever is larger.
function cancelCode(call: { getDeadline(): Date | number }, startedMs: number): number {
  try {
    const d = call.getDeadline();
    const deadline = d instanceof Date ? d.getTime() : Number(d);
    if (Number.isFinite(deadline)) {
      const slack = Math.max(25, (deadline - startedMs) / 10);
      if (Date.now() >= deadline - slack) return status.DEADLINE_EXCEEDED;
    }
  } catch {
    // No deadline information: a plain cancellation.
  }
  return status.CANCELLED;
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

export class GrpcServerMetrics {
  readonly started: Counter<BaseLabel>;
  readonly handled: Counter<BaseLabel | 'grpc_code'>;
  readonly msgReceived: Counter<BaseLabel>;
  readonly msgSent: Counter<BaseLabel>;
  readonly handlingSeconds: Histogram<BaseLabel>;
  readonly panicsRecovered: Counter<string>;
  readonly #initialized = new Set<string>();

  constructor(registry: Registry = sharedRegistry) {
    const registers = [registry];
    const labelNames = ['grpc_type', 'grpc_service', 'grpc_method'] as const;
    this.started = new Counter({
      name: 'grpc_server_started_total',
      help: 'Total number of RPCs started on the server.',
      labelNames,
      registers,
    });
    this.handled = new Counter({
      name: 'grpc_server_handled_total',
      help: 'Total number of RPCs completed on the server, regardless of success or failure.',
      labelNames: [...labelNames, 'grpc_code'],
      registers,
    });
    this.msgReceived = new Counter({
      name: 'grpc_server_msg_received_total',
      help: 'Total number of RPC stream messages received on the server.',
      labelNames,
      registers,
    });
    this.msgSent = new Counter({
      name: 'grpc_server_msg_sent_total',
      help: 'Total number of gRPC stream messages sent by the server.',
      labelNames,
      registers,
    });
    this.handlingSeconds = new Histogram({
      name: 'grpc_server_handling_seconds',
      help: 'Histogram of response latency (seconds) of gRPC that had been application-level handled by the server.',
      labelNames,
      buckets: [...GRPC_HANDLING_BUCKETS],
      registers,
    });
    this.panicsRecovered = new Counter({
      name: 'grpc_req_panics_recovered_total',
      help: 'Total number of gRPC requests recovered from internal panic.',
      registers,
    });
  }

  /** Exports every series of one method at 0 (go-grpc-prometheus preRegisterMethod). Idempotent. */
  initializeMethod(type: GrpcType, service: string, method: string): void {
    const key = `${type}\u0000${service}\u0000${method}`;
    if (this.#initialized.has(key)) return;
    this.#initialized.add(key);
    const labels: MethodLabels = { grpc_type: type, grpc_service: service, grpc_method: method };
    this.started.inc(labels, 0);
    this.msgReceived.inc(labels, 0);
    this.msgSent.inc(labels, 0);
    this.handlingSeconds.zero(labels);
    for (const name of GO_CODE_NAMES) this.handled.inc({ ...labels, grpc_code: name }, 0);
  }

  /** Pre-initialises every method of a service definition (InitializeMetrics for one service). */
  initializeService(definition: ServiceDefinition): void {
    for (const def of Object.values(definition)) {
      const [service, method] = splitMethodPath(def.path);
      this.initializeMethod(typeOf(def.requestStream, def.responseStream), service, method);
    }
  }

  /** Wraps a unary handler; the result has the same signature and behaviour, plus metrics. */
  instrumentUnary<Req, Res>(service: string, method: string, handler: handleUnaryCall<Req, Res>): handleUnaryCall<Req, Res> {
    this.initializeMethod('unary', service, method);
    const labels: MethodLabels = { grpc_type: 'unary', grpc_service: service, grpc_method: method };
    return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
      const report = new CallReport(this, labels);
      let responded = false;
      call.once('cancelled', () => report.handled(cancelCode(call, report.startedMs)));
      const respond: sendUnaryData<Res> = (err, value, trailer, flags) => {
        if (!responded) {
          responded = true;
          if (err) report.handled(statusCodeOf(err));
          else if (report.handled(status.OK)) report.sent();
        }
        callback(err, value, trailer, flags);
      };
      const recover = (thrown: unknown): void => {
        const err = this.#asStatus(thrown);
        // After a response the call is settled; a late throw is only counted (grpc-js would
        // otherwise race a second status against the pending message).
        if (!responded) respond(err);
      };
      try {
        const ret: unknown = handler(call, respond);
        if (isThenable(ret)) ret.then(undefined, recover);
      } catch (thrown) {
        recover(thrown);
      }
    };
  }

  /** Wraps a server-streaming handler; same signature and behaviour, plus metrics. */
  instrumentServerStream<Req, Res>(
    service: string,
    method: string,
    handler: handleServerStreamingCall<Req, Res>,
  ): handleServerStreamingCall<Req, Res> {
    this.initializeMethod('server_stream', service, method);
    const labels: MethodLabels = { grpc_type: 'server_stream', grpc_service: service, grpc_method: method };
    return (call: ServerWritableStream<Req, Res>) => {
      const report = new CallReport(this, labels);
      const writable = call as unknown as Writable;

      // Count what grpc-js hands to HTTP/2: its _write calls back only once the message is
      // written, never for a cancelled call or a message that failed to serialize.
      const write = writable._write;
      writable._write = function instrumentedWrite(chunk, encoding, cb) {
        write.call(this, chunk, encoding, (err?: Error | null) => {
          if (!err) report.sent(messagesIn(chunk));
          cb(err);
        });
      };

      let errorCode: number | undefined;
      writable.on('error', (err) => {
        errorCode ??= statusCodeOf(err); // grpc-js sends the status of the first error
      });
      // 'finish' comes after _final sent the status: OK, or the code of an emitted error.
      writable.once('finish', () => report.handled(errorCode ?? status.OK));
      call.once('cancelled', () => report.handled(cancelCode(call, report.startedMs)));
      // Destroyed by the handler without a status: count what it was destroyed with.
      writable.once('close', () => report.handled(errorCode ?? status.UNKNOWN));

      const recover = (thrown: unknown): void => {
        const err = this.#asStatus(thrown);
        if (!call.cancelled && !writable.writableEnded && !writable.destroyed) writable.emit('error', err);
      };
      try {
        const ret: unknown = handler(call);
        if (isThenable(ret)) ret.then(undefined, recover);
      } catch (thrown) {
        recover(thrown);
      }
    };
  }

  /**
   * Wraps every unary and server-streaming method of `implementation` by its path in
   * `definition` (service and method names from the path, as Go's interceptors get them).
   */
  instrumentService<Impl extends Record<string, unknown>>(definition: ServiceDefinition, implementation: Impl): Impl {
    const out: Record<string, unknown> = { ...implementation };
    for (const [name, def] of Object.entries(definition)) {
      const fn = implementation[name];
      if (typeof fn !== 'function') continue;
      const [service, method] = splitMethodPath(def.path);
      const type = typeOf(def.requestStream, def.responseStream);
      if (type === 'unary') out[name] = this.instrumentUnary(service, method, fn as handleUnaryCall<unknown, unknown>);
      else if (type === 'server_stream') out[name] = this.instrumentServerStream(service, method, fn as handleServerStreamingCall<unknown, unknown>);
      else throw new Error(`grpc metrics: ${def.path} is ${type}; only unary and server-streaming methods can be instrumented`);
    }
    return out as Impl;
  }

  // A thrown value as the status the client gets: its own code if it carries one, otherwise a
  // recovered panic answered with INTERNAL (Thanos' grpcPanicRecoveryHandler).
  #asStatus(thrown: unknown): { code: number; details: string } {
    if (hasStatusCode(thrown)) {
      const e = thrown as { code: number; details?: unknown; message?: unknown };
      const details = typeof e.details === 'string' ? e.details : typeof e.message === 'string' ? e.message : '';
      return { code: e.code, details };
    }
    this.panicsRecovered.inc();
    return { code: status.INTERNAL, details: errorText(thrown) };
  }
}

// One RPC's bookkeeping; the first outcome is final.
class CallReport {
  readonly #m: GrpcServerMetrics;
  readonly #labels: MethodLabels;
  readonly #start = process.hrtime.bigint();
  readonly startedMs = Date.now();
  #done = false;

  constructor(m: GrpcServerMetrics, labels: MethodLabels) {
    this.#m = m;
    this.#labels = labels;
    m.started.inc(labels);
    m.msgReceived.inc(labels); // unary and server-streaming calls carry exactly one request
  }

  sent(messages = 1): void {
    this.#m.msgSent.inc(this.#labels, messages);
  }

  /** Records the outcome; false when one was already recorded. */
  handled(code: number): boolean {
    if (this.#done) return false;
    this.#done = true;
    this.#m.handled.inc({ ...this.#labels, grpc_code: goCodeName(code) });
    this.#m.handlingSeconds.observe(this.#labels, Number(process.hrtime.bigint() - this.#start) / 1e9);
    return true;
  }
}

function typeOf(requestStream: boolean, responseStream: boolean): GrpcType {
  if (!requestStream && !responseStream) return 'unary';
  if (requestStream && !responseStream) return 'client_stream';
  if (!requestStream && responseStream) return 'server_stream';
  return 'bidi_stream';
}

const byRegistry = new WeakMap<Registry, GrpcServerMetrics>();

/** The metrics on `registry` (the shared one by default), created on first use. */
export function grpcServerMetrics(registry: Registry = sharedRegistry): GrpcServerMetrics {
  let m = byRegistry.get(registry);
  if (!m) {
    m = new GrpcServerMetrics(registry);
    byRegistry.set(registry, m);
  }
  return m;
}

/** instrumentUnary on the shared registry. */
export function instrumentUnary<Req, Res>(service: string, method: string, handler: handleUnaryCall<Req, Res>): handleUnaryCall<Req, Res> {
  return grpcServerMetrics().instrumentUnary(service, method, handler);
}

/** instrumentServerStream on the shared registry. */
export function instrumentServerStream<Req, Res>(
  service: string,
  method: string,
  handler: handleServerStreamingCall<Req, Res>,
): handleServerStreamingCall<Req, Res> {
  return grpcServerMetrics().instrumentServerStream(service, method, handler);
}
