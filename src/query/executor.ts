// The seam between the gRPC layer and the query workers. The store layer validates a request,
// plans it (which block directories, which engine query) and pulls encoded Frames from an
// Executor; pulling is what grants the worker credit to produce more, so a slow client slows the
// worker and a request's memory stays within its byte budget.
import type { SeriesQuery, SeriesStats } from '../engine/engine.js';

export interface SeriesChunk {
  /** Frames bytes (layout in engine.ts): one or more complete SeriesResponse messages. */
  frames: Uint8Array;
  /** Cumulative counters of the request so far. */
  stats: SeriesStats;
}

export interface SeriesRun {
  blockDirs: string[];
  query: SeriesQuery;
  /** Aborting stops the worker's work promptly (checked between batches). */
  signal: AbortSignal;
  /** Most bytes of Frames produced but not yet pulled (the request's memory budget). */
  budgetBytes: number;
}

export interface Executor {
  /** Runs a Series request off the main thread; frames arrive in final order. */
  series(run: SeriesRun): AsyncIterable<SeriesChunk>;
  /** Stops the workers (after in-flight requests are cancelled or done). */
  close(): Promise<void>;
}
