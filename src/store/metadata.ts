// thanos.Metadata/MetricMetadata, as the Go sidecar serves it (pkg/metadata/prometheus.go,
// promclient MetricMetadataInGRPC): GET /api/v1/metadata with `metric` when set and `limit` when
// ≥ 0 (so a request's 0 is sent as limit=0; Thanos Queriers send -1 for "no limit"), answered
// with one MetricMetadataResponse{metadata}. Metadata carries no labels: nothing external is added.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { compareUtf8 } from '../engine/series-set.js';
import { thanos } from '../gen/proto.js';
import { callSignal, writeMessage, type ProxyDeps } from './proxy-call.js';
import { arr, obj, prometheusStatus, str } from './prom-json.js';

/** The data of /api/v1/metadata ({metric: [{type, help, unit}]}) as MetricMetadata. */
export function metricMetadataFromJson(v: unknown): thanos.MetricMetadata.$Properties {
  const d = v === null || v === undefined ? {} : obj(v, 'data');
  const metadata: Record<string, thanos.MetricMetadataEntry.$Properties> = {};
  // Map entries in name order: deterministic bytes (Go's map order is random anyway).
  for (const name of Object.keys(d).sort(compareUtf8)) {
    metadata[name] = {
      metas: arr(d[name], `data.${name}`).map((m, i) => {
        const o = obj(m, `data.${name}[${i}]`);
        return { type: str(o.type, `data.${name}[${i}].type`), help: str(o.help, `data.${name}[${i}].help`), unit: str(o.unit, `data.${name}[${i}].unit`) };
      }),
    };
  }
  return { metadata };
}

export function metadataParams(req: thanos.MetricMetadataRequest): Record<string, string> {
  const params: Record<string, string> = {};
  if (req.metric) params.metric = req.metric;
  if ((req.limit ?? 0) >= 0) params.limit = String(req.limit ?? 0);
  return params;
}

export function metadataHandler(deps: ProxyDeps): (call: ServerWritableStream<thanos.MetricMetadataRequest, Buffer>) => Promise<void> {
  return async (call) => {
    const signal = callSignal(call);
    let result;
    try {
      result = await deps.prometheus.api<unknown>('/api/v1/metadata', metadataParams(call.request), signal);
    } catch (err) {
      throw prometheusStatus(err);
    }
    const metadata = metricMetadataFromJson(result.data);
    for (const w of result.warnings) await writeMessage(call, thanos.MetricMetadataResponse.encode({ warning: w }).finish(), signal);
    await writeMessage(call, thanos.MetricMetadataResponse.encode({ metadata }).finish(), signal);
  };
}
