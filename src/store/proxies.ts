// The StoreAPI companions the real sidecar serves next to thanos.Store (cmd/thanos/sidecar.go):
// thanos.Rules, thanos.Targets, thanos.Metadata and thanos.Exemplars proxied to Prometheus's HTTP
// API, and thanos.Status answered from our own index statistics. registerProxyServices adds them
// to the gRPC server and returns the Info markers that advertise them.
//
// Service definitions are plain objects, like server.ts's: requests are decoded with the
// generated code; handlers encode their responses themselves, so the server-side serializer is
// the identity (the same Buffer contract as Series) while a client built from these definitions
// gets decoded messages.
import type { MethodDefinition, ServiceDefinition, UntypedServiceImplementation } from '@grpc/grpc-js';
import type { BlockMeta, Engine } from '../engine/engine.js';
import { thanos } from '../gen/proto.js';
import type { GrpcServerMetrics } from '../observability/grpc-metrics.js';
import type { PrometheusClient } from '../prometheus/client.js';
import { recoverStream, type Logger } from './decorators.js';
import { serverStream, type Codec } from './methods.js';
import { exemplarsHandler } from './exemplars.js';
import type { ProxyApis } from './info.js';
import { metadataHandler } from './metadata.js';
import { rulesHandler } from './rules.js';
import { targetsHandler } from './targets.js';
import { tsdbStatisticsHandler } from './tsdb-statistics.js';

/** A server stream whose handlers write responses already encoded (Buffers). */
function encodedStream<Req, Res>(path: string, req: Codec<Req>, res: Codec<Res>): MethodDefinition<Req, Buffer> {
  const decoded = serverStream(path, req, res);
  return {
    ...decoded,
    responseSerialize: (b: Buffer) => b,
    // Clients (tests, tools) receive decoded messages.
    responseDeserialize: (b: Buffer) => decoded.responseDeserialize(b) as unknown as Buffer,
  };
}

export const rulesService = {
  Rules: encodedStream('/thanos.Rules/Rules', thanos.RulesRequest, thanos.RulesResponse),
} satisfies ServiceDefinition;

export const targetsService = {
  Targets: encodedStream('/thanos.Targets/Targets', thanos.TargetsRequest, thanos.TargetsResponse),
} satisfies ServiceDefinition;

export const metadataService = {
  MetricMetadata: encodedStream('/thanos.Metadata/MetricMetadata', thanos.MetricMetadataRequest, thanos.MetricMetadataResponse),
} satisfies ServiceDefinition;

export const exemplarsService = {
  Exemplars: encodedStream('/thanos.Exemplars/Exemplars', thanos.ExemplarsRequest, thanos.ExemplarsResponse),
} satisfies ServiceDefinition;

export const statusService = {
  TSDBStatistics: encodedStream('/thanos.Status/TSDBStatistics', thanos.TSDBStatisticsRequest, thanos.TSDBStatisticsResponse),
} satisfies ServiceDefinition;

/** What registerProxyServices needs; sidecar.ts owns every one of these. */
export interface ProxyServicesDeps {
  prometheus: PrometheusClient;
  /** Current external labels, sorted by name. */
  externalLabels(): readonly (readonly [string, string])[];
  /** Engine the blocks are opened with (TSDBStatistics). */
  engine: Engine;
  /** The persisted blocks currently served. */
  blocks(): readonly { dir: string; meta: BlockMeta }[];
  log: Logger;
  /** When given, every method is instrumented (grpc_server_* metrics, as the Store methods). */
  metrics?: GrpcServerMetrics;
}

/** Anything with grpc-js's addService (StoreServer.addService or a grpc-js Server). */
export interface ServiceHost {
  addService(definition: ServiceDefinition, implementation: UntypedServiceImplementation): void;
}

/**
 * Adds Rules, Targets, Metadata, Exemplars and Status to `server` (before it starts listening)
 * and returns the markers to put into every Info response (infoResponse's `apis`).
 */
export function registerProxyServices(server: ServiceHost, deps: ProxyServicesDeps): ProxyApis {
  const proxyDeps = { prometheus: deps.prometheus, externalLabels: deps.externalLabels, log: deps.log };
  const add = (definition: ServiceDefinition, implementation: UntypedServiceImplementation): void => {
    server.addService(definition, deps.metrics ? deps.metrics.instrumentService(definition, implementation) : implementation);
  };
  add(rulesService, { Rules: recoverStream('/thanos.Rules/Rules', deps.log, rulesHandler(proxyDeps)) });
  add(targetsService, { Targets: recoverStream('/thanos.Targets/Targets', deps.log, targetsHandler(proxyDeps)) });
  add(metadataService, { MetricMetadata: recoverStream('/thanos.Metadata/MetricMetadata', deps.log, metadataHandler(proxyDeps)) });
  add(exemplarsService, { Exemplars: recoverStream('/thanos.Exemplars/Exemplars', deps.log, exemplarsHandler(proxyDeps)) });
  add(statusService, {
    TSDBStatistics: recoverStream(
      '/thanos.Status/TSDBStatistics',
      deps.log,
      tsdbStatisticsHandler({ engine: deps.engine, blocks: deps.blocks, externalLabels: deps.externalLabels }),
    ),
  });
  return PROXY_APIS;
}

/**
 * The Go sidecar's markers (pkg/info: WithRulesInfoFunc(), WithTargetsInfoFunc(),
 * WithMetricMetadataInfoFunc(), WithExemplarsInfoFunc(), WithStatusInfoFunc(), all called
 * without arguments): empty messages, so ExemplarsInfo's min/max time are 0 — the Querier does
 * not read them.
 */
export const PROXY_APIS: ProxyApis = { rules: true, targets: true, metricMetadata: true, exemplars: { minTime: 0n, maxTime: 0n }, status: true };
