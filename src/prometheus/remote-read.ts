// Head data by remote read (shared/spec/storeapi.md §5; anchors.md §A4.4): POST /api/v1/read with a
// snappy-block-compressed ReadRequest holding one Query, preferring STREAMED_XOR_CHUNKS and
// accepting SAMPLES, exactly as the Go sidecar asks (no hints). The response is handled by its
// Content-Type:
//
//   application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse
//       frames parsed as they arrive (frames.ts), every CRC verified; chunk bytes passed through.
//       A series Prometheus split over consecutive frames is joined back into one.
//   application/x-protobuf
//       one snappy-compressed ReadResponse of raw samples, re-encoded into XOR chunks of at most
//       120 samples with the engine's encodeXor (bit-identical on either engine).
//
// Output: head series in label order, labels as *stored* in Prometheus — Prometheus merges its
// external labels into every series it returns; we take those off again (a label whose name and
// value both equal one of Prometheus's external labels), so head series merge with the blocks'
// series, which never carry them. (The one ambiguity: a series that itself stores a label equal to
// an external label is read back without it. Prometheus's own response cannot tell the two apart.)
//
// Matchers must already exclude external-label names (store/series resolves those, as the Go
// sidecar does): Prometheus rewrites `=` matchers on its external labels to `name=""`.

import { compress, uncompress } from 'snappyjs';
import type { Engine, Matcher } from '../engine/engine.js';
import { compareLabels } from '../engine/series-set.js';
import { bytesFieldSize, int64FieldSize, lenFieldSize, PbBuf, splitInt64, tag, uvarintSize32, WT_VARINT } from '../engine/ts/wire/pbuf.js';
import { PrometheusClient, PrometheusError, describeFetchError, type LabelPair } from './client.js';
import type { HttpResponse } from './http.js';
import { DEFAULT_MAX_FRAME_BYTES, readFrames } from './frames.js';
import type { HeadChunk, HeadSeries } from './head-series.js';
import { decodeChunkedReadResponse, decodeReadResponse } from './prompb-decode.js';
import { decodeOne, ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2, xorChunksFromSamples } from './rechunk.js';

export type ResponseType = 'STREAMED_XOR_CHUNKS' | 'SAMPLES';

export const CONTENT_TYPE_STREAMED = 'application/x-streamed-protobuf; proto=prometheus.ChunkedReadResponse';
export const CONTENT_TYPE_SAMPLES = 'application/x-protobuf';
/** Bound on a decoded SAMPLES response (Prometheus's own sample limit, 5e7, is about 1 GB). */
export const DEFAULT_MAX_SAMPLES_RESPONSE_BYTES = 1 << 30;

export interface RemoteReadQuery {
  /** Inclusive ms range. */
  mint: number;
  maxt: number;
  matchers: Matcher[];
}

export interface RemoteReadOptions {
  /** Encoder for the SAMPLES fallback and XOR2 chunks. */
  engine: Engine;
  /** Prometheus's external labels (PrometheusClient.externalLabels()), taken off every series. */
  prometheusExternalLabels?: readonly LabelPair[];
  /** In preference order; default the Go sidecar's [STREAMED_XOR_CHUNKS, SAMPLES]. */
  acceptedResponseTypes?: ResponseType[];
  signal?: AbortSignal;
  maxFrameBytes?: number;
  maxSamplesResponseBytes?: number;
  /** Filled in as the response is read. */
  stats?: RemoteReadStats;
}

export interface RemoteReadStats {
  responseType?: ResponseType;
  frames: number;
  series: number;
  chunks: number;
  /** Compressed body bytes (SAMPLES) or framed bytes (streamed). */
  bytes: number;
}

export function newRemoteReadStats(): RemoteReadStats {
  return { frames: 0, series: 0, chunks: 0, bytes: 0 };
}

/**
 * Serialised (not yet compressed) ReadRequest with one query. Encoded with the engine's protobuf
 * writer (fields: proto/prompb/remote.proto, types.proto), byte for byte what protobufjs's
 * generated code writes (a unit test compares the two): fields in number order, zero and empty
 * values left out as proto3 does, the response types packed. With no protobufjs module to load, a
 * query worker's isolate is ~1.4 MiB smaller.
 */
export function encodeReadRequest(q: RemoteReadQuery, accepted: ResponseType[] = ['STREAMED_XOR_CHUNKS', 'SAMPLES']): Uint8Array {
  if (!Number.isSafeInteger(q.mint) || !Number.isSafeInteger(q.maxt)) {
    throw new RangeError(`remote read: time range ${q.mint}..${q.maxt} is not two safe integers`);
  }
  const t = new Uint32Array(2);
  splitInt64(q.mint, t, 'remote read start');
  const [minHi, minLo] = t;
  splitInt64(q.maxt, t, 'remote read end');
  const [maxHi, maxLo] = t;
  // MatchType numbers equal prompb LabelMatcher.Type (EQ 0, NEQ 1, RE 2, NRE 3).
  const matchers = q.matchers.map((m) => {
    const type = m.type as number;
    const name = Buffer.from(m.name, 'utf8');
    const value = Buffer.from(m.value, 'utf8');
    return { type, name, value, len: (type === 0 ? 0 : 1 + uvarintSize32(type)) + bytesFieldSize(name) + bytesFieldSize(value) };
  });
  const types = accepted.map((r) => (r === 'SAMPLES' ? 0 : 1));
  const queryLen = int64FieldSize(minHi, minLo) + int64FieldSize(maxHi, maxLo) + matchers.reduce((n, m) => n + lenFieldSize(m.len), 0);
  const b = new PbBuf(lenFieldSize(queryLen) + (types.length > 0 ? lenFieldSize(types.length) : 0));
  b.lenHeader(1, queryLen); // queries
  b.int64Field(1, minHi, minLo); // start_timestamp_ms
  b.int64Field(2, maxHi, maxLo); // end_timestamp_ms
  for (const m of matchers) {
    b.lenHeader(3, m.len); // matchers
    if (m.type !== 0) {
      b.byte(tag(1, WT_VARINT));
      b.uvarint32(m.type);
    }
    b.bytesField(2, m.name);
    b.bytesField(3, m.value);
  }
  if (types.length > 0) {
    b.lenHeader(2, types.length); // accepted_response_types, packed (one byte each)
    for (const v of types) b.byte(v);
  }
  return b.buf.subarray(0, b.pos);
}

/** Takes Prometheus's external labels back off a received label set (see header). */
export function stripExternalLabels(labels: LabelPair[], ext: readonly LabelPair[]): LabelPair[] {
  if (ext.length === 0) return labels;
  return labels.filter(([n, v]) => !ext.some(([en, ev]) => en === n && ev === v));
}

function labelsEqual(a: readonly LabelPair[], b: readonly LabelPair[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}

function fmtLabels(l: readonly LabelPair[]): string {
  return '{' + l.map(([n, v]) => `${n}=${JSON.stringify(v)}`).join(', ') + '}';
}

/** Streamed chunks pass through; XOR2 (Prometheus ≥ 3.14 option) is transcoded to XOR; others refused. */
function normaliseChunks(engine: Engine, chunks: HeadChunk[], where: string): HeadChunk[] {
  let out: HeadChunk[] | null = null;
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    if (c.encoding === ENC_XOR || c.encoding === ENC_HISTOGRAM || c.encoding === ENC_FLOAT_HISTOGRAM) {
      out?.push(c);
      continue;
    }
    if (c.encoding !== ENC_XOR2) {
      throw new Error(`${where}: chunk ${i} has encoding ${c.encoding}, which Thanos cannot carry (only XOR, HISTOGRAM, FLOAT_HISTOGRAM)`);
    }
    out ??= chunks.slice(0, i);
    for (const x of xorChunksFromSamples(engine, decodeOne(engine, c).records)) out.push(x);
  }
  return out ?? chunks;
}

/**
 * Runs one remote-read query and yields the head series in label order. The HTTP exchange starts
 * on the first `next()`; breaking out of the loop cancels the request.
 */
export async function* remoteRead(client: PrometheusClient, q: RemoteReadQuery, opts: RemoteReadOptions): AsyncGenerator<HeadSeries> {
  const url = client.url('/api/v1/read');
  const where = `POST ${url.href}`;
  const stats = opts.stats ?? newRemoteReadStats();
  const ext = opts.prometheusExternalLabels ?? [];
  // Our own controller so that abandoning the iterator also aborts the body download.
  const ac = new AbortController();
  const signal = opts.signal ? AbortSignal.any([opts.signal, ac.signal]) : ac.signal;
  try {
    // Snappy *block* format (not framed), as Prometheus's DecodeReadRequest expects.
    const body = Buffer.from(compress(encodeReadRequest(q, opts.acceptedResponseTypes)));
    const res = await client.request(
      'POST',
      url,
      {
        body,
        headers: {
          // The Go sidecar's headers (thanos pkg/store/prometheus.go); Prometheus ignores them but
          // proxies in between may not.
          'Content-Encoding': 'snappy',
          'Content-Type': 'application/x-stream-protobuf',
          'X-Prometheus-Remote-Read-Version': '0.1.0',
        },
      },
      signal,
    );
    const ctype = res.headers.get('content-type') ?? '';
    if (res.status !== 200) {
      const text = await res.text().catch(() => '');
      throw new PrometheusError(`${where}: HTTP ${res.status}: ${text.trim().slice(0, 300)}`, url.href, res.status);
    }
    if (ctype.startsWith(CONTENT_TYPE_STREAMED)) {
      stats.responseType = 'STREAMED_XOR_CHUNKS';
      yield* streamed(res, where, opts, ext, stats);
    } else if (ctype.startsWith(CONTENT_TYPE_SAMPLES)) {
      stats.responseType = 'SAMPLES';
      yield* samples(res, where, url.href, opts, ext, stats);
    } else {
      await res.body.cancel().catch(() => undefined);
      throw new PrometheusError(`${where}: unexpected response Content-Type ${JSON.stringify(ctype)}`, url.href, res.status);
    }
  } finally {
    ac.abort();
  }
}

async function* streamed(
  res: HttpResponse,
  where: string,
  opts: RemoteReadOptions,
  ext: readonly LabelPair[],
  stats: RemoteReadStats,
): AsyncGenerator<HeadSeries> {
  let pending: HeadSeries | null = null;
  const body = countBytes(res.body, stats, where);
  for await (const frame of readFrames(body, where, opts.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES)) {
    stats.frames++;
    const msg = decodeChunkedReadResponse(frame);
    if (msg.queryIndex !== 0) throw new Error(`${where}: frame ${stats.frames - 1} answers query ${msg.queryIndex}, we sent one query`);
    for (const cs of msg.series) {
      const labels = stripExternalLabels(cs.labels, ext);
      const chunks = normaliseChunks(opts.engine, cs.chunks, `${where}: series ${fmtLabels(labels)}`);
      stats.chunks += chunks.length;
      // Prometheus splits a big series over consecutive frames: join them back.
      if (pending !== null && labelsEqual(pending.labels, labels)) {
        for (const c of chunks) pending.chunks.push(c);
        continue;
      }
      if (pending !== null) {
        if (compareLabels(pending.labels, labels) > 0) {
          throw new Error(`${where}: series out of order: ${fmtLabels(labels)} after ${fmtLabels(pending.labels)}`);
        }
        stats.series++;
        yield pending;
      }
      pending = { labels, chunks };
    }
  }
  if (pending !== null) {
    stats.series++;
    yield pending;
  }
}

/** Passes body chunks through, counting bytes and naming the URL when the download fails. */
async function* countBytes(body: AsyncIterable<Uint8Array>, stats: RemoteReadStats, where: string): AsyncGenerator<Uint8Array> {
  const it = body[Symbol.asyncIterator]();
  for (;;) {
    let r: IteratorResult<Uint8Array>;
    try {
      r = await it.next();
    } catch (err) {
      throw new Error(`${where}: reading response body: ${describeFetchError(err)}`, { cause: err });
    }
    if (r.done) return;
    stats.bytes += r.value.length;
    yield r.value;
  }
}

async function* samples(
  res: HttpResponse,
  where: string,
  href: string,
  opts: RemoteReadOptions,
  ext: readonly LabelPair[],
  stats: RemoteReadStats,
): AsyncGenerator<HeadSeries> {
  const limit = opts.maxSamplesResponseBytes ?? DEFAULT_MAX_SAMPLES_RESPONSE_BYTES;
  // SAMPLES cannot be streamed: it is one snappy block. Read it whole, bounded.
  const parts: Uint8Array[] = [];
  for await (const c of countBytes(res.body, stats, where)) {
    if (stats.bytes > limit) throw new PrometheusError(`${where}: SAMPLES response exceeds ${limit} bytes`, href, res.status);
    parts.push(c);
  }
  const compressed = Buffer.concat(parts);
  let raw: Uint8Array;
  try {
    raw = uncompress(new Uint8Array(compressed.buffer, compressed.byteOffset, compressed.length), limit);
  } catch (err) {
    throw new PrometheusError(`${where}: SAMPLES response: snappy: ${(err as Error).message}`, href, res.status, { cause: err });
  }
  const results = decodeReadResponse(raw);
  if (results.length > 1) throw new Error(`${where}: ${results.length} query results for one query`);
  const list = results[0] ?? [];
  const series = list.map((s) => ({ ...s, labels: stripExternalLabels(s.labels, ext) }));
  // Prometheus does not sort SAMPLES results (a head-only querier returns them in series-ref order).
  series.sort((a, b) => compareLabels(a.labels, b.labels));
  for (let i = 0; i < series.length; i++) {
    const s = series[i];
    if (s.histograms > 0) {
      // No histogram chunk encoder: refuse loudly rather than drop data the way the Go sidecar does.
      throw new Error(
        `${where}: series ${fmtLabels(s.labels)} has ${s.histograms} native-histogram samples in a SAMPLES response; ` +
          'they cannot be re-encoded into chunks — use a Prometheus that offers STREAMED_XOR_CHUNKS',
      );
    }
    if (i > 0 && compareLabels(series[i - 1].labels, s.labels) === 0) {
      throw new Error(`${where}: series ${fmtLabels(s.labels)} returned twice`);
    }
    if (s.samples.length === 0) continue;
    const chunks = xorChunksFromSamples(opts.engine, s.samples);
    stats.series++;
    stats.chunks += chunks.length;
    yield { labels: s.labels, chunks };
  }
}

/** Collects a whole remote read (tests, small reads). */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
