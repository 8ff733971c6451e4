// The gRPC server on --grpc-address: thanos.info.Info, thanos.Store (Series, LabelNames,
// LabelValues), grpc.health.v1.Health and server reflection.
//
// Service definitions are plain objects (grpc-js needs nothing generated). Control-plane
// messages go through the protobufjs static code in src/gen; Series responses are already
// encoded by the workers, so their serializer is the identity.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Server,
  ServerCredentials,
  type ChannelOptions,
  type MethodDefinition,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { thanos } from '../gen/proto.js';
import { installPreframed } from './grpc-frames.js';
import { HealthService } from './health.js';
import { toBuffer, unary } from './methods.js';
import { addLazyReflection } from './reflection.js';

/** thanos.Store as we serve it. Series responses travel as pre-encoded SeriesResponse bytes both ways. */
export const storeService = {
  Series: {
    path: '/thanos.Store/Series',
    requestStream: false,
    responseStream: true,
    requestSerialize: (m: thanos.SeriesRequest) => toBuffer(thanos.SeriesRequest.encode(m).finish()),
    requestDeserialize: (b: Buffer) => thanos.SeriesRequest.decode(b),
    responseSerialize: (b: Buffer) => b,
    responseDeserialize: (b: Buffer) => b,
  } satisfies MethodDefinition<thanos.SeriesRequest, Buffer>,
  LabelNames: unary('/thanos.Store/LabelNames', thanos.LabelNamesRequest, thanos.LabelNamesResponse),
  LabelValues: unary('/thanos.Store/LabelValues', thanos.LabelValuesRequest, thanos.LabelValuesResponse),
} satisfies ServiceDefinition;

export const infoService = {
  Info: unary('/thanos.info.Info/Info', thanos.info.InfoRequest, thanos.info.InfoResponse),
} satisfies ServiceDefinition;

/** Parses host:port, [v6]:port or :port (all interfaces, as Go listens). */
export function parseGrpcAddress(address: string): { host: string; port: number; target: string } {
  const m = /^(?:\[([^\]]*)\]|([^:[\]]*)):(\d{1,5})$/.exec(address.trim());
  if (!m) throw new Error(`--grpc-address ${JSON.stringify(address)}: expected host:port or [ipv6]:port`);
  const port = Number(m[3]);
  if (port > 65535) throw new Error(`--grpc-address ${JSON.stringify(address)}: port out of range`);
  const v6 = m[1];
  const host = v6 ?? (m[2] === '' ? '0.0.0.0' : m[2]);
  return { host, port, target: v6 !== undefined ? `[${v6}]:${port}` : `${host}:${port}` };
}

export interface TlsOptions {
  cert: Buffer;
  key: Buffer;
  /** When set, clients must present a certificate signed by this CA (mutual TLS). */
  clientCa?: Buffer;
}

/**
 * Server options, matched to Thanos (pkg/server/grpc/grpc.go, pkg/extgrpc/client.go):
 * - unlimited message sizes both ways (Thanos sets MaxInt32; -1 is grpc-js' "unlimited");
 * - keepalive: Queriers ping every 10 s, also on idle connections. grpc-js 1.14 has no
 *   ping-enforcement policy (no GOAWAY "too_many_pings"; Node's HTTP/2 acks every ping), so these
 *   pings are always accepted; test/unit/storeapi.test.ts holds a connection open under 1 s pings.
 *   `keepalive_permit_without_calls` documents the intent and keeps it if grpc-js ever adds one.
 */
export const serverOptions: ChannelOptions = {
  'grpc.max_receive_message_length': -1,
  'grpc.max_send_message_length': -1,
  'grpc.keepalive_permit_without_calls': 1,
};

/** Directory of our .proto files: <repo>/proto, found upwards from this module (src/ or dist/src/). */
export function protoDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'proto', 'storepb', 'rpc.proto'))) return join(dir, 'proto');
    dir = dirname(dir);
  }
  throw new Error('proto/ directory not found above ' + dirname(fileURLToPath(import.meta.url)));
}

export interface StoreHandlers {
  Info: NonNullable<Parameters<Server['addService']>[1][string]>;
  Series: NonNullable<Parameters<Server['addService']>[1][string]>;
  LabelNames: NonNullable<Parameters<Server['addService']>[1][string]>;
  LabelValues: NonNullable<Parameters<Server['addService']>[1][string]>;
}

const SERVICES = ['', 'thanos.Store', 'thanos.info.Info'];

export class StoreServer {
  private readonly server = new Server(serverOptions);
  private readonly health = new HealthService(SERVICES, 'NOT_SERVING');
  private boundPort = -1;

  constructor(handlers: StoreHandlers) {
    // Series chunks go to HTTP/2 as the engine framed them (grpc-frames.ts); without the hook
    // they are written message by message.
    installPreframed();
    this.server.addService(infoService, { Info: handlers.Info });
    this.server.addService(storeService, { Series: handlers.Series, LabelNames: handlers.LabelNames, LabelValues: handlers.LabelValues });
    this.health.addToServer(this.server);
    // Reflection describes what we serve from our own .proto files (storepb and infopb pull in
    // labelpb/types and hints; the rules/targets protos are not loaded together: their enum value
    // names clash in package thanos).
    // Loaded on the first reflection call (reflection.ts).
    const dir = protoDir();
    addLazyReflection(this.server, [join(dir, 'storepb', 'rpc.proto'), join(dir, 'infopb', 'rpc.proto'), join(dir, 'healthpb', 'health.proto')], [dir]);
  }

  /**
   * Adds another service (the Rules/Targets/Metadata/Exemplars/Status companions of
   * src/store/proxies.ts). Call before listen(); grpc-js routes by method path.
   */
  addService(definition: ServiceDefinition, implementation: UntypedServiceImplementation): void {
    this.server.addService(definition, implementation);
  }

  /** Binds and starts serving; returns the bound port (useful with port 0). */
  async listen(address: string, tls?: TlsOptions): Promise<number> {
    const { target } = parseGrpcAddress(address);
    const creds = tls
      ? ServerCredentials.createSsl(tls.clientCa ?? null, [{ private_key: tls.key, cert_chain: tls.cert }], tls.clientCa !== undefined)
      : ServerCredentials.createInsecure();
    this.boundPort = await new Promise<number>((resolve, reject) => {
      this.server.bindAsync(target, creds, (err, port) => (err ? reject(new Error(`--grpc-address ${address}: ${err.message}`)) : resolve(port)));
    });
    return this.boundPort;
  }

  get port(): number {
    return this.boundPort;
  }

  /** SERVING once blocks and external labels are loaded; NOT_SERVING while shutting down. */
  setServing(serving: boolean): void {
    for (const s of SERVICES) this.health.setStatus(s, serving ? 'SERVING' : 'NOT_SERVING');
  }

  /**
   * Graceful stop: report NOT_SERVING, refuse new calls, let running calls finish for up to
   * `graceMs`, then cancel what is left (their handlers see 'cancelled' and stop their workers).
   */
  async stop(graceMs: number): Promise<void> {
    this.setServing(false);
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, graceMs);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
