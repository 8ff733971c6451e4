// Shipper metrics in the shared registry, with the names (and no labels) of Thanos's
// pkg/shipper/shipper.go, plus our upload-lag gauge. Registered once per process: the shipper and
// the one-shot upload command may both build a Shipper, and tests build many.
import { Counter, Gauge, type Metric } from 'prom-client';
import { registry } from '../observability/metrics.js';

export interface ShipperMetrics {
  dirSyncs: Counter;
  dirSyncFailures: Counter;
  uploads: Counter;
  uploadFailures: Counter;
  oldestUnshippedAge: Gauge;
}

let cached: ShipperMetrics | undefined;

export function shipperMetrics(): ShipperMetrics {
  cached ??= {
    dirSyncs: counter('thanos_shipper_dir_syncs_total', 'Total number of dir syncs'),
    dirSyncFailures: counter('thanos_shipper_dir_sync_failures_total', 'Total number of failed dir syncs'),
    uploads: counter('thanos_shipper_uploads_total', 'Total number of uploaded blocks'),
    uploadFailures: counter('thanos_shipper_upload_failures_total', 'Total number of block upload failures'),
    oldestUnshippedAge: gauge(
      'storeapi_shipper_oldest_unshipped_block_age_seconds',
      'Age (from the block ULID time, i.e. when Prometheus wrote it) of the oldest local block that should be shipped but is not yet in the bucket; 0 when every block is shipped.',
    ),
  };
  return cached;
}

/** Registered only when --shipper.upload-compacted is on, as Thanos does. */
export function uploadCompactedDoneGauge(): Gauge {
  return gauge('thanos_shipper_upload_compacted_done', 'If 1 it means shipper uploaded all compacted blocks from the filesystem.');
}

function counter(name: string, help: string): Counter {
  return (existing(name) as Counter | undefined) ?? new Counter({ name, help, registers: [registry] });
}

function gauge(name: string, help: string): Gauge {
  return (existing(name) as Gauge | undefined) ?? new Gauge({ name, help, registers: [registry] });
}

function existing(name: string): Metric | undefined {
  return registry.getSingleMetric(name) as Metric | undefined;
}
