// Hand-written encoder of the thanos SeriesResponse stream: the TypeScript twin of
// native/engine/src/wire/storepb.rs, byte for byte (see that file for the encoding rules:
// ascending field numbers, proto3 zero values omitted, int64 as two's-complement varints,
// set sub-messages and oneof members always written). Output is the Frames layout of
// src/engine/engine.ts: gRPC's length-prefixed message framing (flag 0, u32 BE length) around
// one SeriesResponse per frame.

import { EngineError } from '../../engine.js';
import {
  PbBuf,
  WT_VARINT,
  bytesFieldSize,
  int64FieldSize,
  lenFieldSize,
  splitInt64,
  tag,
  uvarintSize64,
} from './pbuf.js';
import { xxh64To } from './xxh64.js';

export { xxh64 } from './xxh64.js';

// Field numbers (thanos storepb).
const RESPONSE_SERIES = 1;
const RESPONSE_WARNING = 2;
const RESPONSE_BATCH = 4;
const BATCH_SERIES = 1;
const SERIES_LABELS = 1;
const SERIES_CHUNKS = 2;
const LABEL_NAME = 1;
const LABEL_VALUE = 2;
const AGGR_MIN_TIME = 1;
const AGGR_MAX_TIME = 2;
const AGGR_RAW = 3;
const CHUNK_TYPE = 1;
const CHUNK_DATA = 2;
const CHUNK_HASH = 3;

/** Frames carry a u32 length, so one SeriesResponse can never exceed this. */
const MAX_FRAME = 0xffffffff;
/** gRPC message prefix: compression flag, then the u32 big-endian length. */
export const FRAME_PREFIX = 5;
/** Key plus the longest length varint of a field of up to MAX_FRAME bytes. */
const MAX_LEN_HEADER = 1 + 5;

/** One chunk of a series, as read from the block. */
export interface ChunkOut {
  /** Inclusive, ms. */
  minTime: number | bigint;
  /** Inclusive, ms. */
  maxTime: number | bigint;
  /** Prometheus chunk-file numbering: 1 XOR, 2 HISTOGRAM, 3 FLOAT_HISTOGRAM (storepb 0/1/2). */
  encoding: number;
  /** The chunk bytes exactly as on disk. */
  data: Uint8Array;
}

// Per-chunk plan filled by the sizing pass: kind, hash hi/lo, min hi/lo, max hi/lo, chunk and
// AggrChunk payload lengths.
const STRIDE = 9;
const P_KIND = 0, P_HASH_HI = 1, P_HASH_LO = 2, P_MIN_HI = 3, P_MIN_LO = 4, P_MAX_HI = 5, P_MAX_LO = 6;
const P_CHUNK_LEN = 7, P_AGGR_LEN = 8;

const utf8 = new TextEncoder();

/**
 * Builds the Frames of one Series stream: one `series` per frame, or `batch` frames of up to
 * `batchSize` series, with warnings interleaved in order.
 */
export class ResponseWriter {
  private readonly batchSize: number;
  private readonly chunkHashes: boolean;
  /** Complete frames not yet taken. */
  private readonly frames = new PbBuf(4096);
  /** Payload of the open SeriesBatch: its `series` entries, key and length included. */
  private readonly batch = new PbBuf(4096);
  private batchSeries = 0;
  private plan = new Float64Array(16 * STRIDE);
  private readonly pair = new Uint32Array(2);

  constructor(batchSize: number, chunkHashes: boolean) {
    this.batchSize = batchSize;
    this.chunkHashes = chunkHashes;
  }

  /**
   * One series: labels already final (sorted by name, unique). Emits a frame at once when
   * batchSize <= 1, else adds to the open SeriesBatch and emits when it holds batchSize series.
   */
  pushSeries(labels: [Uint8Array, Uint8Array][], chunks: ChunkOut[]): void {
    // Size (and validate) everything first, so an error leaves no partial frame.
    const seriesLen = this.planSeries(labels, chunks);
    const entryLen = lenFieldSize(seriesLen);
    if (entryLen + MAX_LEN_HEADER > MAX_FRAME) {
      throw new EngineError('INTERNAL', `series of ${seriesLen} encoded bytes does not fit one response frame`);
    }
    if (this.batchSize <= 1) {
      const f = this.frames;
      f.reserve(FRAME_PREFIX + entryLen);
      f.framePrefix(entryLen);
      f.lenHeader(RESPONSE_SERIES, seriesLen);
      this.writeSeries(f, labels, chunks);
      return;
    }
    // Keep a batch frame within the u32 length; only reachable with gigabyte-sized series.
    if (this.batchSeries > 0 && this.batch.pos + entryLen + MAX_LEN_HEADER > MAX_FRAME) this.flush();
    const b = this.batch;
    b.reserve(entryLen);
    b.lenHeader(BATCH_SERIES, seriesLen);
    this.writeSeries(b, labels, chunks);
    this.batchSeries++;
    if (this.batchSeries >= this.batchSize) this.flush();
  }

  /** Flushes an open batch first (so frames stay in order), then emits a warning frame. */
  pushWarning(msg: string): void {
    this.flush();
    // A JS string's UTF-8 form stays far below MAX_FRAME (V8 strings are < 2^30 units), so
    // unlike the Rust twin no clipping is ever needed.
    const m = utf8.encode(msg);
    const respLen = lenFieldSize(m.length);
    const f = this.frames;
    f.reserve(FRAME_PREFIX + respLen);
    f.framePrefix(respLen);
    // A oneof member is written even when it holds the empty string.
    f.lenHeader(RESPONSE_WARNING, m.length);
    f.append(m);
  }

  /** Emits a partially filled batch (nothing when no batch is open). */
  flush(): void {
    if (this.batchSeries === 0) return;
    const body = this.batch.pos;
    const respLen = lenFieldSize(body);
    const f = this.frames;
    f.reserve(FRAME_PREFIX + respLen);
    f.framePrefix(respLen);
    f.lenHeader(RESPONSE_BATCH, body);
    f.append(this.batch.buf.subarray(0, body));
    this.batch.clear();
    this.batchSeries = 0;
  }

  /** Bytes of complete frames ready to take (an open batch is not counted). */
  pendingLen(): number {
    return this.frames.pos;
  }

  /**
   * The complete frames so far (Frames layout), copied out (into `alloc(length)` when given);
   * the open batch stays open.
   */
  takeFrames(alloc?: (length: number) => Uint8Array): Uint8Array {
    const n = this.frames.pos;
    let out: Uint8Array;
    if (alloc && n > 0) {
      out = alloc(n);
      out.set(this.frames.buf.subarray(0, n));
    } else out = this.frames.buf.slice(0, n);
    this.frames.clear();
    return out;
  }

  /** Sizing pass: fills `plan` and returns the payload length of the Series message. */
  private planSeries(labels: [Uint8Array, Uint8Array][], chunks: ChunkOut[]): number {
    let len = 0;
    for (const [name, value] of labels) len += lenFieldSize(bytesFieldSize(name) + bytesFieldSize(value));
    if (this.plan.length < chunks.length * STRIDE) {
      this.plan = new Float64Array(Math.max(chunks.length, this.plan.length / STRIDE * 2) * STRIDE);
    }
    const p = this.plan;
    const pair = this.pair;
    for (let i = 0, o = 0; i < chunks.length; i++, o += STRIDE) {
      const c = chunks[i];
      if (!(c.encoding >= 1 && c.encoding <= 3)) {
        throw new EngineError(
          'INVALID_ARGUMENT',
          `chunk encoding ${c.encoding} has no thanos storepb equivalent (only XOR, HISTOGRAM, FLOAT_HISTOGRAM)`,
        );
      }
      const kind = c.encoding - 1;
      let chunkLen = bytesFieldSize(c.data);
      if (kind !== 0) chunkLen += 2; // key + one-byte enum value
      if (this.chunkHashes) {
        xxh64To(c.data, pair);
      } else {
        pair[0] = 0;
        pair[1] = 0;
      }
      p[o + P_HASH_HI] = pair[0];
      p[o + P_HASH_LO] = pair[1];
      if (pair[0] !== 0 || pair[1] !== 0) chunkLen += 1 + uvarintSize64(pair[0], pair[1]);
      splitInt64(c.minTime, pair, 'chunk min time');
      p[o + P_MIN_HI] = pair[0];
      p[o + P_MIN_LO] = pair[1];
      let aggrLen = int64FieldSize(pair[0], pair[1]);
      splitInt64(c.maxTime, pair, 'chunk max time');
      p[o + P_MAX_HI] = pair[0];
      p[o + P_MAX_LO] = pair[1];
      aggrLen += int64FieldSize(pair[0], pair[1]) + lenFieldSize(chunkLen);
      p[o + P_KIND] = kind;
      p[o + P_CHUNK_LEN] = chunkLen;
      p[o + P_AGGR_LEN] = aggrLen;
      len += lenFieldSize(aggrLen);
    }
    return len;
  }

  /** Writing pass of one Series payload into `out` (room reserved by the caller). */
  private writeSeries(out: PbBuf, labels: [Uint8Array, Uint8Array][], chunks: ChunkOut[]): void {
    for (const [name, value] of labels) {
      out.lenHeader(SERIES_LABELS, bytesFieldSize(name) + bytesFieldSize(value));
      out.bytesField(LABEL_NAME, name);
      out.bytesField(LABEL_VALUE, value);
    }
    const p = this.plan;
    for (let i = 0, o = 0; i < chunks.length; i++, o += STRIDE) {
      out.lenHeader(SERIES_CHUNKS, p[o + P_AGGR_LEN]);
      out.int64Field(AGGR_MIN_TIME, p[o + P_MIN_HI], p[o + P_MIN_LO]);
      out.int64Field(AGGR_MAX_TIME, p[o + P_MAX_HI], p[o + P_MAX_LO]);
      out.lenHeader(AGGR_RAW, p[o + P_CHUNK_LEN]);
      const kind = p[o + P_KIND];
      if (kind !== 0) {
        out.byte(tag(CHUNK_TYPE, WT_VARINT));
        out.byte(kind);
      }
      out.bytesField(CHUNK_DATA, chunks[i].data);
      const hh = p[o + P_HASH_HI];
      const hl = p[o + P_HASH_LO];
      if (hh !== 0 || hl !== 0) {
        out.byte(tag(CHUNK_HASH, WT_VARINT));
        out.uvarint64(hh, hl);
      }
    }
  }
}
