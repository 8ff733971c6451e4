// thanos.Exemplars/Exemplars, as the Go sidecar serves it (pkg/exemplars/prometheus.go,
// promclient ExemplarsInGRPC): GET /api/v1/query_exemplars with query, start and end (ms sent as
// decimal seconds), one ExemplarsResponse{data} per series. External labels are added to each
// series' labels (an empty result set stays absent, as ExemplarData.SetSeriesLabels leaves it);
// the exemplars' own labels (trace ids) are passed through. The query goes to Prometheus as given:
// the Querier already strips matchers on external labels before asking a sidecar
// (pkg/exemplars/proxy.go).
import type { ServerWritableStream } from '@grpc/grpc-js';
import Long from 'long';
import { thanos } from '../gen/proto.js';
import { callSignal, writeMessage, type ProxyDeps } from './proxy-call.js';
import { arr, extendLabels, formatSeconds, goFloat, jsonTimeMs, labelSet, obj, prometheusStatus, str, zlabels } from './prom-json.js';
import { int64 } from './wire.js';

type Ext = readonly (readonly [string, string])[];

function exemplar(v: unknown, what: string): thanos.Exemplar.$Properties {
  const e = obj(v, what);
  // Prometheus sends the value as a string ("6", "NaN", "+Inf") and the time as float seconds.
  const value = typeof e.value === 'number' ? e.value : goFloat(str(e.value, `${what}.value`), `${what}.value`);
  return {
    labels: zlabels(labelSet(e.labels, `${what}.labels`)),
    value,
    ts: Long.fromString(jsonTimeMs(e.timestamp, `${what}.timestamp`).toString()),
  };
}

/** The data of /api/v1/query_exemplars as ExemplarData messages, external labels applied. */
export function exemplarDataFromJson(v: unknown, ext: Ext): thanos.ExemplarData.$Properties[] {
  return arr(v, 'data').map((d, i) => {
    const o = obj(d, `data[${i}]`);
    const series = extendLabels(labelSet(o.seriesLabels, `data[${i}].seriesLabels`), ext);
    const out: thanos.ExemplarData.$Properties = {
      exemplars: arr(o.exemplars, `data[${i}].exemplars`).map((e, j) => exemplar(e, `data[${i}].exemplars[${j}]`)),
    };
    if (series.length > 0) out.seriesLabels = zlabels(series);
    return out;
  });
}

export function exemplarsParams(req: thanos.ExemplarsRequest): Record<string, string> {
  return { query: req.query ?? '', start: formatSeconds(int64(req.start)), end: formatSeconds(int64(req.end)) };
}

export function exemplarsHandler(deps: ProxyDeps): (call: ServerWritableStream<thanos.ExemplarsRequest, Buffer>) => Promise<void> {
  return async (call) => {
    const signal = callSignal(call);
    let result;
    try {
      result = await deps.prometheus.api<unknown>('/api/v1/query_exemplars', exemplarsParams(call.request), signal);
    } catch (err) {
      throw prometheusStatus(err);
    }
    const data = exemplarDataFromJson(result.data, deps.externalLabels());
    for (const w of result.warnings) await writeMessage(call, thanos.ExemplarsResponse.encode({ warning: w }).finish(), signal);
    for (const d of data) await writeMessage(call, thanos.ExemplarsResponse.encode({ data: d }).finish(), signal);
  };
}
