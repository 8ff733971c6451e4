// gRPC status errors for the store handlers. Handlers throw StatusError (or EngineError, or
// anything else); the recover wrapper in decorators.ts turns whatever was thrown into the status
// the client sees, so no handler builds a status object by hand.
import { status } from '@grpc/grpc-js';
import { EngineError } from '../engine/engine.js';

export class StatusError extends Error {
  readonly code: status;
  constructor(code: status, message: string) {
    super(message);
    this.name = 'StatusError';
    this.code = code;
  }
}

export function invalidArgument(message: string): StatusError {
  return new StatusError(status.INVALID_ARGUMENT, message);
}

/** The gRPC status an error maps to: ours keep their code, engine codes map, the rest is INTERNAL. */
export function toStatus(err: unknown): { code: status; details: string } {
  if (err instanceof StatusError) return { code: err.code, details: err.message };
  if (err instanceof EngineError) {
    const code =
      err.code === 'INVALID_ARGUMENT'
        ? status.INVALID_ARGUMENT
        : err.code === 'CANCELLED'
          ? status.CANCELLED
          : err.code === 'NOT_FOUND'
            ? status.NOT_FOUND
            : status.INTERNAL;
    return { code, details: `${err.code}: ${err.message}` };
  }
  if (err instanceof Error && err.name === 'AbortError') return { code: status.CANCELLED, details: 'request cancelled' };
  // The executor refuses work when its queue is full (query/executor-pool.ts ExecutorOverloadedError).
  if (err instanceof Error && (err as { code?: unknown }).code === 'RESOURCE_EXHAUSTED') return { code: status.RESOURCE_EXHAUSTED, details: err.message };
  return { code: status.INTERNAL, details: err instanceof Error ? err.message : String(err) };
}
