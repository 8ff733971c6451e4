// thanos.info.Info/Info: how a Querier discovers us (every 5 s, pkg/query/endpointset.go). We
// advertise what we serve: the StoreAPI over the local persisted blocks, with sharding and
// without_replica_labels honoured. Rules/targets/metadata/exemplars/status markers are present
// only when those services are registered (src/store/proxies.ts returns the markers): a present
// marker makes the Querier call those APIs. `query` must stay absent for any sidecar.
import type { BlockMeta } from '../engine/engine.js';
import { thanos } from '../gen/proto.js';
import { labelsTo, MAX_INT64, MIN_INT64, toLong } from './wire.js';

export interface InfoDeps {
  /** External labels, sorted by name. */
  externalLabels(): [string, string][];
  blocks(): { dir: string; meta: BlockMeta }[];
  /** --min-time in ms now (MIN_INT64 when unset; a relative --min-time moves with the clock). */
  minTimeFlag(): bigint;
  /** The companion APIs served (registerProxyServices's result); absent → no markers. */
  apis?: ProxyApis;
}

/** Which companion APIs Info advertises; ExemplarsInfo carries a time range. */
export interface ProxyApis {
  rules: boolean;
  targets: boolean;
  metricMetadata: boolean;
  exemplars?: { minTime: bigint; maxTime: bigint };
  status: boolean;
}

function apiMarkers(apis: ProxyApis | undefined): Partial<thanos.info.InfoResponse.$Properties> {
  if (!apis) return {};
  const out: Partial<thanos.info.InfoResponse.$Properties> = {};
  if (apis.rules) out.rules = {};
  if (apis.targets) out.targets = {};
  if (apis.metricMetadata) out.metricMetadata = {};
  if (apis.exemplars) out.exemplars = { minTime: toLong(apis.exemplars.minTime), maxTime: toLong(apis.exemplars.maxTime) };
  if (apis.status) out.status = {};
  return out;
}

/**
 * StoreInfo.min_time: the oldest block's minTime, raised to --min-time. With no block yet the Go
 * sidecar advertises MinInt64 (Prometheus' "no data" sentinel is mapped so, promclient
 * LowestTimestamp) raised to --min-time; we do the same.
 */
export function storeMinTime(blocks: { meta: BlockMeta }[], minTimeFlag: bigint): bigint {
  let oldest = MIN_INT64;
  if (blocks.length > 0) oldest = BigInt(Math.min(...blocks.map((b) => b.meta.minTime)));
  return oldest > minTimeFlag ? oldest : minTimeFlag;
}

export function infoResponse(deps: InfoDeps): thanos.info.InfoResponse {
  const ext = deps.externalLabels();
  const blocks = [...deps.blocks()].sort((a, b) => a.meta.minTime - b.meta.minTime || (a.meta.ulid < b.meta.ulid ? -1 : 1));
  const labels = labelsTo(ext);
  return thanos.info.InfoResponse.create({
    // Empty label sets are skipped by the Querier; an empty one would only add noise.
    labelSets: ext.length > 0 ? [{ labels }] : [],
    ComponentType: 'sidecar',
    store: {
      minTime: toLong(storeMinTime(blocks, deps.minTimeFlag())),
      // Prometheus keeps appending: the head is newer than any block (the Go sidecar sends MaxInt64).
      maxTime: toLong(MAX_INT64),
      supportsSharding: true,
      supportsWithoutReplicaLabels: true,
      // One entry per local block so a querier can prune by range; max_time inclusive as every
      // other StoreAPI time (meta.json's maxTime is exclusive).
      tsdbInfos: blocks.map((b) => ({
        labels: { labels },
        minTime: toLong(BigInt(b.meta.minTime)),
        maxTime: toLong(BigInt(b.meta.maxTime) - 1n),
      })),
    },
    ...apiMarkers(deps.apis),
  });
}
