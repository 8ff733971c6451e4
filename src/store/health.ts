// grpc.health.v1.Health on the StoreAPI port (proto/healthpb/health.proto), with the semantics of
// grpc-go's health server, which the Thanos sidecar registers:
// - Check of a registered service answers its status; of any other name, NOT_FOUND.
// - Watch answers the current status at once (SERVICE_UNKNOWN for a name not registered), then
//   each change of it, never the same status twice in a row, until the caller cancels.
// - List answers every registered service, or RESOURCE_EXHAUSTED above 100 of them.
//
// Written here rather than taken from a package: the usual one parses health.proto with its own
// protobufjs at import, which held ~1.7 MiB of the main isolate's heap for three small messages.
import { status as GrpcStatus, type Server, type ServerWritableStream, type ServiceDefinition } from '@grpc/grpc-js';
import { grpc } from '../gen/proto.js';
import { serverStream, unary } from './methods.js';

const { HealthCheckRequest, HealthCheckResponse, HealthListRequest, HealthListResponse } = grpc.health.v1;
type ServingStatus = grpc.health.v1.HealthCheckResponse.ServingStatus;
const Status = HealthCheckResponse.ServingStatus;

/** grpc-go's limit on the services one List call returns. */
const LIST_LIMIT = 100;

export const healthService = {
  Check: unary('/grpc.health.v1.Health/Check', HealthCheckRequest, HealthCheckResponse),
  List: unary('/grpc.health.v1.Health/List', HealthListRequest, HealthListResponse),
  Watch: serverStream('/grpc.health.v1.Health/Watch', HealthCheckRequest, HealthCheckResponse),
} satisfies ServiceDefinition;

type Watcher = (s: ServingStatus) => void;

export class HealthService {
  private readonly statuses = new Map<string, ServingStatus>();
  private readonly watchers = new Map<string, Set<Watcher>>();

  constructor(services: Iterable<string>, initial: 'SERVING' | 'NOT_SERVING') {
    for (const s of services) this.statuses.set(s, Status[initial]);
  }

  /** Sets one service's status (registering it if new) and tells its watchers. */
  setStatus(service: string, status: 'SERVING' | 'NOT_SERVING'): void {
    const s = Status[status];
    this.statuses.set(service, s);
    for (const w of this.watchers.get(service) ?? []) w(s);
  }

  addToServer(server: Server): void {
    server.addService(healthService, {
      Check: (
        call: { request: grpc.health.v1.HealthCheckRequest },
        callback: (err: { code: GrpcStatus; details: string } | null, res?: grpc.health.v1.IHealthCheckResponse) => void,
      ) => {
        const status = this.statuses.get(call.request.service);
        if (status === undefined) callback({ code: GrpcStatus.NOT_FOUND, details: 'unknown service' });
        else callback(null, { status });
      },
      List: (
        _call: unknown,
        callback: (err: { code: GrpcStatus; details: string } | null, res?: grpc.health.v1.IHealthListResponse) => void,
      ) => {
        if (this.statuses.size > LIST_LIMIT) {
          callback({ code: GrpcStatus.RESOURCE_EXHAUSTED, details: `server health list exceeds maximum capacity: ${LIST_LIMIT}` });
          return;
        }
        const statuses: Record<string, grpc.health.v1.IHealthCheckResponse> = {};
        for (const [name, status] of this.statuses) statuses[name] = { status };
        callback(null, { statuses });
      },
      Watch: (call: ServerWritableStream<grpc.health.v1.HealthCheckRequest, grpc.health.v1.IHealthCheckResponse>) => {
        const service = call.request.service;
        let last: ServingStatus | undefined;
        const send: Watcher = (status) => {
          if (status === last) return;
          last = status;
          call.write({ status });
        };
        let set = this.watchers.get(service);
        if (!set) this.watchers.set(service, (set = new Set()));
        set.add(send);
        const stop = (): void => {
          set.delete(send);
          if (set.size === 0 && this.watchers.get(service) === set) this.watchers.delete(service);
        };
        call.on('cancelled', stop);
        call.on('close', stop);
        send(this.statuses.get(service) ?? Status.SERVICE_UNKNOWN);
      },
    });
  }
}
