// The sidecar's own metrics: the Thanos sidecar's names where Thanos has one (so the mixin and
// existing dashboards keep working), and storeapi_* for what only we have.
//
// From Thanos (cmd/thanos/sidecar.go and the store wrappers it stacks on the Prometheus store:
// NewLimitedStoreServer(NewInstrumentedStoreServer(reg, promStore)), plus NewPrometheusStore):
//   thanos_sidecar_prometheus_up                              gauge
//   thanos_store_server_series_requested                      histogram, per successful Series call
//   thanos_store_server_chunks_requested                      histogram, per successful Series call
//   thanos_store_selects_dropped_total{reason="series"|"chunks"}  counter (request limits)
//   thanos_store_server_pending_series_requests               gauge
//   thanos_store_server_hit_max_pending_series_requests_total counter
//   prometheus_store_received_frames                          histogram, frames per remote-read response
// Ours:
//   storeapi_engine_info{engine}                  1 for the engine in use ("native" or "ts")
//   storeapi_blocks_served                        persisted blocks currently served from disk
//   storeapi_series_bytes_streamed_total          encoded Series response bytes written to clients
//
// thanos_status lives with the prober (http.ts) and the gRPC metrics in grpc-metrics.ts.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { registry as sharedRegistry } from './metrics.js';

/** Buckets of thanos_store_server_series_requested (pkg/store/telemetry.go). */
export const SERIES_REQUESTED_BUCKETS: readonly number[] = [1, 10, 100, 1000, 10000, 100000, 1000000];
/** Buckets of thanos_store_server_chunks_requested (pkg/store/telemetry.go). */
export const CHUNKS_REQUESTED_BUCKETS: readonly number[] = [1, 100, 1000, 10000, 100000, 10000000, 100000000, 1000000000];
/** prometheus.ExponentialBuckets(10, 10, 5) of prometheus_store_received_frames (pkg/store/prometheus.go). */
export const RECEIVED_FRAMES_BUCKETS: readonly number[] = [10, 100, 1000, 10000, 100000];

export type DropReason = 'series' | 'chunks';

export class SidecarMetrics {
  readonly prometheusUp: Gauge<string>;
  readonly seriesRequested: Histogram<string>;
  readonly chunksRequested: Histogram<string>;
  readonly selectsDropped: Counter<'reason'>;
  readonly pendingSeriesRequests: Gauge<string>;
  readonly hitMaxPendingSeriesRequests: Counter<string>;
  readonly receivedFrames: Histogram<string>;
  readonly engineInfo: Gauge<'engine'>;
  readonly blocksServed: Gauge<string>;
  readonly seriesBytesStreamed: Counter<string>;
  #pending = 0;

  constructor(registry: Registry = sharedRegistry) {
    const registers = [registry];
    this.prometheusUp = new Gauge({
      name: 'thanos_sidecar_prometheus_up',
      help: 'Boolean indicator whether the sidecar can reach its Prometheus peer.',
      registers,
    });
    this.seriesRequested = new Histogram({
      name: 'thanos_store_server_series_requested',
      help: 'Number of requested series for Series calls',
      buckets: [...SERIES_REQUESTED_BUCKETS],
      registers,
    });
    this.chunksRequested = new Histogram({
      name: 'thanos_store_server_chunks_requested',
      help: 'Number of requested chunks for Series calls',
      buckets: [...CHUNKS_REQUESTED_BUCKETS],
      registers,
    });
    this.selectsDropped = new Counter({
      name: 'thanos_store_selects_dropped_total',
      help: 'Number of select queries that were dropped due to configured limits.',
      labelNames: ['reason'],
      registers,
    });
    this.pendingSeriesRequests = new Gauge({
      name: 'thanos_store_server_pending_series_requests',
      help: 'Number of pending series requests',
      registers,
    });
    this.hitMaxPendingSeriesRequests = new Counter({
      name: 'thanos_store_server_hit_max_pending_series_requests_total',
      help: 'Number of pending series requests that hit the max pending request limit',
      registers,
    });
    this.receivedFrames = new Histogram({
      name: 'prometheus_store_received_frames',
      help: 'Number of frames received per streamed response.',
      buckets: [...RECEIVED_FRAMES_BUCKETS],
      registers,
    });
    this.engineInfo = new Gauge({
      name: 'storeapi_engine_info',
      help: 'The TSDB engine serving queries: 1 for the engine in use (native = Rust addon, ts = pure TypeScript).',
      labelNames: ['engine'],
      registers,
    });
    this.blocksServed = new Gauge({
      name: 'storeapi_blocks_served',
      help: 'Number of persisted TSDB blocks currently served from local disk.',
      registers,
    });
    this.seriesBytesStreamed = new Counter({
      name: 'storeapi_series_bytes_streamed_total',
      help: 'Total bytes of encoded Series responses written to gRPC clients.',
      registers,
    });
    // Thanos creates both reasons on the first Series call; we export them from the start.
    this.selectsDropped.inc({ reason: 'series' }, 0);
    this.selectsDropped.inc({ reason: 'chunks' }, 0);
  }

  /** Marks `engine` as the one in use (exactly one series with value 1). */
  setEngine(engine: string): void {
    this.engineInfo.reset();
    this.engineInfo.set({ engine }, 1);
  }

  setPrometheusUp(up: boolean): void {
    this.prometheusUp.set(up ? 1 : 0);
  }

  setBlocksServed(n: number): void {
    this.blocksServed.set(n);
  }

  addSeriesBytes(bytes: number): void {
    if (bytes > 0) this.seriesBytesStreamed.inc(bytes);
  }

  /** A Series call that ended without error: what it sent (Thanos observes successes only). */
  observeSeriesCall(seriesSent: number, chunksSent: number): void {
    this.seriesRequested.observe(seriesSent);
    this.chunksRequested.observe(chunksSent);
  }

  /** A Series call failed by --store.limits.request-series / request-samples. */
  selectDropped(reason: DropReason): void {
    this.selectsDropped.inc({ reason });
  }

  /**
   * Enters a Series call into the pending count. With `maxPending` > 0 and the limit reached it
   * counts the rejection and returns false (the caller answers RESOURCE_EXHAUSTED, as Thanos'
   * limitedStoreServer does); otherwise it returns a function to call exactly once at the end.
   */
  enterSeriesCall(maxPending = 0): (() => void) | false {
    if (maxPending > 0 && this.#pending >= maxPending) {
      this.hitMaxPendingSeriesRequests.inc();
      this.pendingSeriesRequests.set(this.#pending);
      return false;
    }
    this.#pending++;
    this.pendingSeriesRequests.set(this.#pending);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#pending--;
      // Thanos only sets the gauge on entry; setting it on exit too keeps it from going stale
      // when traffic stops.
      this.pendingSeriesRequests.set(this.#pending);
    };
  }

  get pendingSeriesCalls(): number {
    return this.#pending;
  }

  /** Frames read from one streamed remote-read response. */
  observeReceivedFrames(frames: number): void {
    this.receivedFrames.observe(frames);
  }
}

const byRegistry = new WeakMap<Registry, SidecarMetrics>();

/** The sidecar metrics on `registry` (the shared one by default), created on first use. */
export function sidecarMetrics(registry: Registry = sharedRegistry): SidecarMetrics {
  let m = byRegistry.get(registry);
  if (!m) {
    m = new SidecarMetrics(registry);
    byRegistry.set(registry, m);
  }
  return m;
}
