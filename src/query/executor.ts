// The seam between the gRPC layer and the query workers. The store layer validates a request,
// plans it (which block directories, which engine query) and pulls encoded Frames from an
// Executor; pulling is what grants the worker credit to produce more, so a slow client slows the
// worker and a request's memory stays within its byte budget.
//
// The head: when a run has a head part and the executor was given a Prometheus URL, the worker
// remote-reads [head.mint, head.maxt] (request matchers, external-label matchers already
// resolved), trims the chunks at head.boundary and merges them into the block stream. Memory: the
// head series of one request (the matched series' head chunks, as encoded by Prometheus) are held
// in the worker for the whole request, on top of the Frames budget; they are bounded by the head
// size of the matched series (Prometheus keeps about 1.5 block ranges in its head).
import type { SeriesQuery, SeriesStats } from '../engine/engine.js';
import type { HeadPart } from './plan.js';

export interface SeriesChunk {
  /** Frames bytes (layout in engine.ts): one or more complete SeriesResponse messages. */
  frames: Uint8Array;
  /** Cumulative counters of the request so far. */
  stats: SeriesStats;
  /**
   * A partial-response warning (head unreachable with partial response allowed): the caller sends
   * it as a SeriesResponse{warning}. `frames` is then empty.
   */
  warning?: string;
  /**
   * The consumer is done with `frames` (written, never to be read again): their buffer may be
   * reused by the producer. Optional to call; `frames` must not be touched afterwards.
   */
  release?(): void;
}

/** The head part of a run (plan.ts) with what the worker needs to read it. */
export interface HeadRun extends HeadPart {
  /**
   * Prometheus's own external labels, taken off the remote-read series so they merge with the
   * blocks' (which never carry them). Default: the query's external labels (the sidecar's, read
   * from Prometheus's config).
   */
  prometheusExternalLabels?: [string, string][];
  /** Partial response allowed: a failed remote read becomes a warning and the blocks still serve. */
  partialResponse: boolean;
}

export interface SeriesRun {
  blockDirs: string[];
  query: SeriesQuery;
  /** Aborting stops the worker's work promptly (checked between batches). */
  signal: AbortSignal;
  /** Most bytes of Frames produced but not yet pulled (the request's memory budget). */
  budgetBytes: number;
  /** Data after the newest persisted block, read from Prometheus (ignored without a Prometheus URL). */
  head?: HeadRun;
}

export interface Executor {
  /** Runs a Series request off the main thread; frames arrive in final order. */
  series(run: SeriesRun): AsyncIterable<SeriesChunk>;
  /** Stops the workers (after in-flight requests are cancelled or done). */
  close(): Promise<void>;
}
