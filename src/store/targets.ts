// thanos.Targets/Targets, as the Go sidecar serves it (pkg/targets/prometheus.go, promclient
// TargetsInGRPC): GET /api/v1/targets?state=active|dropped, answered with ONE
// TargetsResponse{targets} holding every active and dropped target. External labels are added to
// the discovered labels and the labels of active targets, and to the discovered labels of dropped
// targets (Prometheus knows nothing of them). Fields Thanos's TargetDiscovery does not carry
// (scrapeInterval, scrapeTimeout, droppedTargetCounts, …) are ignored, as Go's decoder ignores them.
import type { ServerWritableStream } from '@grpc/grpc-js';
import { thanos } from '../gen/proto.js';
import { callSignal, writeMessage, type ProxyDeps } from './proxy-call.js';
import { arr, extendLabels, labelSet, num, obj, prometheusStatus, str, timestamp, zlabels } from './prom-json.js';

type Ext = readonly (readonly [string, string])[];

const HEALTH: Record<string, thanos.TargetHealth> = {
  DOWN: thanos.TargetHealth.DOWN,
  UP: thanos.TargetHealth.UP,
  UNKNOWN: thanos.TargetHealth.UNKNOWN,
};

/** A target health string as TargetHealth (case-insensitive, as TargetHealth.UnmarshalJSON). */
export function targetHealth(v: unknown, what: string): thanos.TargetHealth {
  const s = str(v, what);
  const h = HEALTH[s.toUpperCase()];
  if (h === undefined) throw new Error(`${what}: unknown target health ${JSON.stringify(s)}`);
  return h;
}

function activeTarget(v: unknown, ext: Ext, what: string): thanos.ActiveTarget.$Properties {
  const t = obj(v, what);
  return {
    discoveredLabels: zlabels(extendLabels(labelSet(t.discoveredLabels, `${what}.discoveredLabels`), ext)),
    labels: zlabels(extendLabels(labelSet(t.labels, `${what}.labels`), ext)),
    scrapePool: str(t.scrapePool, `${what}.scrapePool`),
    scrapeUrl: str(t.scrapeUrl, `${what}.scrapeUrl`),
    globalUrl: str(t.globalUrl, `${what}.globalUrl`),
    lastError: str(t.lastError, `${what}.lastError`),
    lastScrape: timestamp(t.lastScrape, `${what}.lastScrape`),
    lastScrapeDuration: num(t.lastScrapeDuration, `${what}.lastScrapeDuration`),
    health: targetHealth(t.health, `${what}.health`),
  };
}

function droppedTarget(v: unknown, ext: Ext, what: string): thanos.DroppedTarget.$Properties {
  const t = obj(v, what);
  return { discoveredLabels: zlabels(extendLabels(labelSet(t.discoveredLabels, `${what}.discoveredLabels`), ext)) };
}

/** The data of /api/v1/targets as a TargetDiscovery with external labels applied. */
export function targetDiscoveryFromJson(v: unknown, ext: Ext): thanos.TargetDiscovery.$Properties {
  const d = obj(v, 'data');
  return {
    activeTargets: arr(d.activeTargets, 'data.activeTargets').map((t, i) => activeTarget(t, ext, `data.activeTargets[${i}]`)),
    droppedTargets: arr(d.droppedTargets, 'data.droppedTargets').map((t, i) => droppedTarget(t, ext, `data.droppedTargets[${i}]`)),
  };
}

export function targetsParams(req: thanos.TargetsRequest): Record<string, string> | undefined {
  if (req.state === thanos.TargetsRequest.State.ACTIVE) return { state: 'active' };
  if (req.state === thanos.TargetsRequest.State.DROPPED) return { state: 'dropped' };
  return undefined;
}

export function targetsHandler(deps: ProxyDeps): (call: ServerWritableStream<thanos.TargetsRequest, Buffer>) => Promise<void> {
  return async (call) => {
    const signal = callSignal(call);
    let result;
    try {
      result = await deps.prometheus.api<unknown>('/api/v1/targets', targetsParams(call.request), signal);
    } catch (err) {
      throw prometheusStatus(err);
    }
    const targets = targetDiscoveryFromJson(result.data, deps.externalLabels());
    for (const w of result.warnings) await writeMessage(call, thanos.TargetsResponse.encode({ warning: w }).finish(), signal);
    await writeMessage(call, thanos.TargetsResponse.encode({ targets }).finish(), signal);
  };
}
