// The head part of one Series request, read by the query worker: Prometheus remote read of
// [mint, maxt] with the request's matchers (src/prometheus/remote-read.ts), chunks trimmed at the
// boundary B (src/prometheus/boundary.ts), serialised as the HeadSeriesSet the engine merges
// into the block stream (src/engine/engine.ts).
//
// Memory: every head series of the request is collected before the engine starts (the engine
// takes the head as one sorted source), so one request holds the matched series' head chunks —
// the chunk bytes Prometheus sent plus one serialised copy while the cursor is built (the native
// engine copies it again into Rust; the JS copies become garbage once the cursor exists).

import type { Engine, Matcher } from '../engine/engine.js';
import { compareLabels } from '../engine/series-set.js';
import { newTrimStats, trimHeadStream, type TrimStats } from '../prometheus/boundary.js';
import { PrometheusClient } from '../prometheus/client.js';
import { serializeHeadSeries, type HeadSeries } from '../prometheus/head-series.js';
import { newRemoteReadStats, remoteRead, type RemoteReadStats } from '../prometheus/remote-read.js';

/** How the executor reaches Prometheus (ExecutorOptions.prometheus). */
export interface PrometheusSource {
  /** Base URL (--prometheus.url). */
  url: string;
  /** Whole remote read of one request, headers and body, in ms. Default 2 minutes. */
  timeoutMs?: number;
  /** Largest streamed frame accepted (remote-read.ts default when absent). */
  maxFrameBytes?: number;
  /** Largest SAMPLES response accepted (remote-read.ts default when absent). */
  maxSamplesResponseBytes?: number;
}

export const DEFAULT_REMOTE_READ_TIMEOUT_MS = 120_000;

export interface HeadReadRequest {
  source: PrometheusSource;
  boundary: number;
  mint: number;
  maxt: number;
  matchers: Matcher[];
  /** Taken off every series (remote-read.ts stripExternalLabels). */
  prometheusExternalLabels: [string, string][];
}

export interface HeadReadResult {
  /** HeadSeriesSet bytes (empty when the head holds nothing for the request). */
  set: Uint8Array;
  series: number;
  read: RemoteReadStats;
  trim: TrimStats;
}

/**
 * Reads, trims and serialises the head. Series come from remote-read.ts in stored-label order;
 * they are sorted again (stable) and equal label sets joined, so the engine's strict order holds
 * even in the one ambiguous case remote-read.ts documents (a series storing a label equal to an
 * external label reads back like its neighbour without it).
 */
export async function readHead(engine: Engine, r: HeadReadRequest, signal: AbortSignal): Promise<HeadReadResult> {
  const client = new PrometheusClient(r.source.url, { timeoutMs: r.source.timeoutMs ?? DEFAULT_REMOTE_READ_TIMEOUT_MS });
  const read = newRemoteReadStats();
  const trim = newTrimStats();
  const stream = remoteRead(
    client,
    { mint: r.mint, maxt: r.maxt, matchers: r.matchers },
    {
      engine,
      prometheusExternalLabels: r.prometheusExternalLabels,
      signal,
      maxFrameBytes: r.source.maxFrameBytes,
      maxSamplesResponseBytes: r.source.maxSamplesResponseBytes,
      stats: read,
    },
  );
  const series: HeadSeries[] = [];
  for await (const s of trimHeadStream(engine, stream, r.boundary, r.maxt, trim)) series.push(s);
  series.sort((a, b) => compareLabels(a.labels, b.labels));
  const joined: HeadSeries[] = [];
  for (const s of series) {
    const last = joined[joined.length - 1];
    if (last !== undefined && compareLabels(last.labels, s.labels) === 0) {
      last.chunks = [...last.chunks, ...s.chunks].sort((a, b) => a.minTime - b.minTime);
    } else {
      joined.push(s);
    }
  }
  return { set: serializeHeadSeries(joined), series: joined.length, read, trim };
}
