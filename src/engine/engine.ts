// THE seam. Everything that touches TSDB bytes goes through `Engine`, implemented twice:
// `native` (Rust, native/engine + native/node) and `ts` (src/engine/ts). Both must return
// byte-identical buffers for the same input; test/unit/differential.test.ts holds them to it.
//
// Calls are coarse (one per block lookup or per batch of chunks). Bulk results cross the
// boundary as bytes in the layouts below, never as one JS object per series or sample.
// All multi-byte integers in these layouts are LITTLE-endian (they are our in-memory
// interchange format, unrelated to the big-endian TSDB file format).
//
// SeriesSet (Block.series):
//   repeated until the end of the buffer:
//     u32 seriesRef
//     u32 nLabels, then nLabels × { u32 nameLen, name bytes, u32 valueLen, value bytes }
//       (labels in index order, i.e. sorted by name)
//     u32 nChunks, then nChunks × { i64 minTime, i64 maxTime, u64 chunkRef }
//       (only chunks overlapping [mint, maxt], in index order; a series with none is omitted)
//
// ChunkRefs (input of Block.chunks): repeated u64 chunkRef.
//
// Tombstones (Block.tombstones): repeated { u32 seriesRef, i64 minTime, i64 maxTime }, sorted by
//   seriesRef then minTime; each is a deleted, inclusive interval of that series (empty when the
//   block has no tombstones file or it holds no entries).
//
// ChunkList (Block.chunks output, decodeChunks input, encodeXor output):
//   repeated: u8 encoding (Prometheus file numbering: 1 XOR, 2 HISTOGRAM, 3 FLOAT_HISTOGRAM,
//             4 XOR2, ...), u32 dataLen, data bytes (the chunk bytes exactly as on disk,
//             starting with the 2-byte big-endian sample count).
//
// SampleSet (decodeChunks / decodeChunksInto output; encodeXor input is the float part only: repeated {i64 t, f64 v}):
//   one record per input chunk, in input order:
//     u8 kind (1 float, 2 histogram, 3 float histogram), u32 nSamples, then nSamples ×:
//       float:           i64 t, f64 v (raw bits preserved: stale-marker NaNs stay exact)
//       histogram:       i64 t, u8 counterResetHint, i32 schema, f64 zeroThreshold,
//                        u64 zeroCount, u64 count, f64 sum,
//                        u32 nPosSpans × {i32 offset, u32 length}, u32 nNegSpans × {i32, u32},
//                        u32 nPosBuckets × i64 (delta-encoded, as Prometheus's Histogram holds them),
//                        u32 nNegBuckets × i64, u32 nCustomValues × f64
//       float histogram: i64 t, u8 counterResetHint, i32 schema, f64 zeroThreshold,
//                        f64 zeroCount, f64 count, f64 sum, spans as above,
//                        u32 nPosBuckets × f64 (absolute), u32 nNegBuckets × f64,
//                        u32 nCustomValues × f64
//   counterResetHint: 0 unknown, 1 counter reset, 2 not counter reset, 3 gauge.
//
// HeadSeriesSet (querySeries `head` input; written by src/prometheus/head-series.ts):
//   the head's series from Prometheus remote read, already trimmed by the query worker to start at
//   the head/block boundary (src/prometheus/boundary.ts); repeated until the end of the buffer,
//   one record per series, strictly ascending by label set (Prometheus labels.Compare on bytes):
//     u32 nLabels, then nLabels × { u32 nameLen, name bytes, u32 valueLen, value bytes }
//       (the series' own stored labels, strictly ascending by name; Prometheus's external
//       labels already taken off by src/prometheus/remote-read.ts)
//     u32 nChunks, then nChunks × { i64 minTime, i64 maxTime, u8 encoding, u32 dataLen, data }
//       (inclusive ms bounds; encoding in chunk-file numbering 1 XOR, 2 HISTOGRAM,
//       3 FLOAT_HISTOGRAM, 4 XOR2; data exactly as Prometheus stores the chunk, starting with the
//       2-byte big-endian sample count; chunks in start-time order, they may overlap)
//   A malformed set (truncated, unsorted) is refused with INVALID_ARGUMENT.
//
// Frames (SeriesCursor.next output): repeated { u8 0, u32 BE length, then `length` bytes of one
//   complete protobuf-encoded thanos.SeriesResponse } — gRPC's own length-prefixed message
//   framing (compression flag 0), so Frames are already a gRPC response body and are written to
//   the HTTP/2 stream as they are (src/store/grpc-frames.ts).

/** Matcher types, numbered as thanos storepb LabelMatcher.Type. */
export const enum MatchType {
  EQ = 0,
  NEQ = 1,
  RE = 2,
  NRE = 3,
}

export interface Matcher {
  type: MatchType;
  name: string;
  value: string;
}

/** Chunk encodings as numbered in Prometheus chunk segment files. */
export const enum ChunkEncoding {
  XOR = 1,
  HISTOGRAM = 2,
  FLOAT_HISTOGRAM = 3,
  XOR2 = 4,
}

/** meta.json as Prometheus writes it (only the fields we rely on are typed). */
export interface BlockMeta {
  ulid: string;
  minTime: number; // inclusive, ms
  maxTime: number; // exclusive, ms
  stats?: {
    numSamples?: number;
    numSeries?: number;
    numChunks?: number;
    numTombstones?: number;
    numFloatSamples?: number;
    numHistogramSamples?: number;
  };
  compaction: {
    level: number;
    sources?: string[];
    parents?: { ulid: string; minTime: number; maxTime: number }[];
    deletable?: boolean;
    hints?: string[];
  };
  version: number;
  [extra: string]: unknown;
}

/** Stable error codes, thrown by both engines (EngineError.code). */
export type EngineErrorCode = 'INVALID_ARGUMENT' | 'CORRUPT_BLOCK' | 'NOT_FOUND' | 'CANCELLED' | 'INTERNAL';

export class EngineError extends Error {
  readonly code: EngineErrorCode;
  constructor(code: EngineErrorCode, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}

/** Times passed into the engine are clamped to this safe range by callers (ms since epoch). */
export const MIN_TIME = Number.MIN_SAFE_INTEGER;
export const MAX_TIME = Number.MAX_SAFE_INTEGER;

export interface Block {
  readonly dir: string;
  readonly meta: BlockMeta;
  /** Number of series in the block (length of the all-postings list). */
  numSeries(): number;
  /** Sorted, distinct label names of series matching all matchers (all series when none). */
  labelNames(matchers: Matcher[]): string[];
  /** Sorted, distinct values of `name` over series matching all matchers. */
  labelValues(name: string, matchers: Matcher[]): string[];
  /** Sorted series refs (offset/16) selected by the matchers, Prometheus semantics. */
  postings(matchers: Matcher[]): Uint32Array;
  /** SeriesSet bytes for the given sorted refs, chunks restricted to [mint, maxt] (inclusive). */
  series(refs: Uint32Array, mint: number, maxt: number): Uint8Array;
  /** ChunkList bytes for ChunkRefs bytes; every chunk's CRC32C is checked. */
  chunks(refs: Uint8Array): Uint8Array;
  /** Tombstones bytes: the deleted intervals read from the block's tombstones file at open. */
  tombstones(): Uint8Array;
  close(): void;
}

/** thanos storepb ShardInfo, as the engine applies it (before any chunk is read). */
export interface ShardSpec {
  shardIndex: number;
  totalShards: number;
  /** true: hash only `labels`; false: hash every label except `labels`. */
  by: boolean;
  labels: string[];
}

/** One Series request as the engine runs it: validated, external-label matchers already resolved. */
export interface SeriesQuery {
  /** Inclusive range in ms, clamped to [MIN_TIME, MAX_TIME]; chunks overlapping it are sent whole. */
  mint: number;
  maxt: number;
  /** Matchers evaluated against the blocks' own labels; [] selects every series. */
  matchers: Matcher[];
  /** Labels only: series selected from the index, no chunk is read. */
  skipChunks: boolean;
  /** Sorted by name. Added to every series, overriding a same-named series label. */
  externalLabels: [string, string][];
  /** Names removed from the final label sets (after external labels are added). */
  withoutReplicaLabels: string[];
  shard?: ShardSpec;
  /** response_batch_size: ≤ 1 → one SeriesResponse{series} per series; > 1 → SeriesResponse{batch} of up to this many. */
  batchSize: number;
  /** Fill AggrChunk.raw.hash with XXH64 of the chunk bytes (else 0). */
  chunkHashes: boolean;
}

export interface SeriesStats {
  series: number;
  chunks: number;
  /** Samples as counted from the chunks' 2-byte headers. */
  samples: number;
  /** Bytes of Frames produced (framing included). */
  bytes: number;
}

/**
 * Produces the encoded responses of one Series request, in final label order (external labels
 * added, replica labels removed), without buffering the whole result.
 */
/**
 * Size of the query worker's frame buffers (src/query/worker.ts), and so the least room the native
 * engine asks `alloc` for: a 1 MiB chunk of frames and the series or batch that ends it.
 */
export const FRAME_BUFFER_BYTES = 2 << 20;

export interface SeriesCursor {
  /**
   * Next Frames, stopping once about `maxBytes` are produced (at least one frame unless done);
   * empty when done. With `alloc`, for a caller that reuses its buffers, the Frames are written
   * into a view `alloc(length)` gave (exactly `length` bytes): either `alloc(theirLength)` or,
   * in the native engine, the start of a roomier `alloc(room)` they are encoded straight into
   * (the view returned is then shorter than the one alloc gave). A view from alloc that is not
   * returned (the request was done, or the Frames did not fit it) goes to `unused`, when given.
   * Without `alloc`, the Frames come in a fresh buffer of their size.
   */
  next(maxBytes: number, alloc?: (length: number) => Uint8Array, unused?: (view: Uint8Array) => void): Uint8Array;
  stats(): SeriesStats;
  close(): void;
}

export interface Engine {
  readonly kind: 'native' | 'ts';
  /** Opens and verifies a block directory (meta.json, index TOC/symbols/postings table, segments). */
  openBlock(dir: string): Block;
  /** ChunkList → SampleSet. */
  decodeChunks(chunks: Uint8Array): Uint8Array;
  /**
   * Upper bound of the SampleSet bytes `chunks` decode to, read from the chunk headers (and the
   * histogram chunk layouts) without decoding samples: exact when every chunk is a float chunk
   * (5 + 16 × samples per chunk). Sizes the buffer for `decodeChunksInto`. Malformed entries count
   * as their 5-byte header (decoding reports them). Both engines return the same number.
   */
  decodedSize(chunks: Uint8Array): number;
  /**
   * ChunkList → SampleSet written at the start of `out`, a caller-owned buffer that can be reused
   * across calls (no per-call allocation); returns the number of bytes written. The bytes are
   * identical to `decodeChunks(chunks)`. `out` of at least `decodedSize(chunks)` bytes always
   * fits; a smaller one that turns out too small throws INVALID_ARGUMENT ("output buffer of N
   * bytes is too small …") without writing past its end, and so does an `out` overlapping
   * `chunks`. On any error the contents of `out` are unspecified. Other errors as decodeChunks.
   */
  decodeChunksInto(chunks: Uint8Array, out: Uint8Array): number;
  /** Float samples {i64 t, f64 v}* → ChunkList of XOR chunks, at most 120 samples each. */
  encodeXor(samples: Uint8Array): Uint8Array;
  /**
   * Starts a Series request over blocks of this engine (opened by `openBlock`) and, when given,
   * the head as a HeadSeriesSet (layout above). The head is one more sorted source after the
   * blocks: a series in both comes out once; its head chunks come after the blocks' in time and go
   * through the same overlap/dedup rules (a block wins a tie on equal timestamps), shard filter
   * and final-label ordering. Only head chunks overlapping [mint, maxt] are used. The cursor keeps
   * its own copy (native) or view (ts) of `head` until closed.
   */
  querySeries(blocks: Block[], query: SeriesQuery, head?: Uint8Array): SeriesCursor;
}
