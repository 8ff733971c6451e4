// The end-to-end benchmark's StoreAPI client: Series responses stay raw bytes (the generated
// client's identity deserializer) and are walked just deep enough to count series, chunks and
// samples, so the client costs little next to the server it measures. Samples come from the
// first two bytes of each chunk (big-endian sample count in XOR and histogram chunks), the same
// count on both sidecars whatever their framing (one series per frame or SeriesBatch frames).
import type { thanos } from '../src/gen/proto.js';
import type { StoreClient } from '../test/helpers/grpc.js';

export interface CallTally {
  series: number;
  chunks: number;
  samples: number;
  bytes: number;
  frames: number;
  warnings: string[];
}

export const newTally = (): CallTally => ({ series: 0, chunks: 0, samples: 0, bytes: 0, frames: 0, warnings: [] });

/** A protobuf reader over one message; `end` bounds every nested walk. */
class Wire {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      if (this.pos >= this.buf.length) throw new Error('truncated varint in Series response');
      const b = this.buf[this.pos++];
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  }

  /** Skips a field of wire type `wt` (only the types the StoreAPI uses). */
  skip(wt: number): void {
    if (wt === 0) this.varint();
    else if (wt === 2) {
      const len = this.varint(); // read first: `pos += varint()` would add to the old pos
      this.pos += len;
    }
    else if (wt === 1) this.pos += 8;
    else if (wt === 5) this.pos += 4;
    else throw new Error(`unexpected wire type ${wt} in Series response`);
  }
}

/** Chunk{type=1, data=2}: the sample count in data's first two bytes. */
function chunkSamples(w: Wire, end: number): number {
  let n = 0;
  while (w.pos < end) {
    const tag = w.varint();
    if (tag === 0x12) {
      const len = w.varint();
      if (len >= 2) n = w.buf.readUInt16BE(w.pos);
      w.pos += len;
    } else w.skip(tag & 7);
  }
  return n;
}

/** Series{labels=1, chunks=2 (AggrChunk{raw=3 Chunk})}. */
function series(w: Wire, end: number, t: CallTally): void {
  t.series++;
  while (w.pos < end) {
    const tag = w.varint();
    if (tag !== 0x12) {
      w.skip(tag & 7);
      continue;
    }
    const aggEnd = w.varint() + w.pos;
    t.chunks++;
    while (w.pos < aggEnd) {
      const at = w.varint();
      if (at === 0x1a) {
        const chEnd = w.varint() + w.pos;
        t.samples += chunkSamples(w, chEnd);
        w.pos = chEnd;
      } else w.skip(at & 7);
    }
  }
}

/** Adds one SeriesResponse (series=1, warning=2, hints=3, batch=4) to the tally. */
export function tallyFrame(buf: Buffer, t: CallTally): void {
  t.bytes += buf.length;
  t.frames++;
  const w = new Wire(buf);
  while (w.pos < buf.length) {
    const tag = w.varint();
    if (tag === 0x0a) {
      const end = w.varint() + w.pos;
      series(w, end, t);
      w.pos = end;
    } else if (tag === 0x22) {
      const end = w.varint() + w.pos;
      while (w.pos < end) {
        const st = w.varint();
        if (st === 0x0a) {
          const sEnd = w.varint() + w.pos;
          series(w, sEnd, t);
          w.pos = sEnd;
        } else w.skip(st & 7);
      }
    } else if (tag === 0x12) {
      const len = w.varint();
      if (t.warnings.length < 5) t.warnings.push(buf.toString('utf8', w.pos, w.pos + len));
      w.pos += len;
    } else w.skip(tag & 7);
  }
}

export interface CallResult extends CallTally {
  ms: number;
}

/** One Series call to the end; rejects with the gRPC error (status and details). */
export function seriesCall(client: StoreClient, req: thanos.SeriesRequest.$Properties, deadlineMs: number): Promise<CallResult> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const t = newTally();
    const stream = client.Series(req, { deadline: Date.now() + deadlineMs });
    let failed = false;
    stream.on('data', (b: Buffer) => {
      if (failed) return;
      try {
        tallyFrame(b, t);
      } catch (err) {
        // A frame we cannot walk is a finding to report: stop the call, keep the bytes' head.
        failed = true;
        stream.cancel();
        reject(new Error(`${(err as Error).message} (frame ${t.frames + 1}, ${b.length} bytes: ${b.subarray(0, 48).toString('hex')}…)`));
      }
    });
    stream.on('error', (err) => {
      if (!failed) reject(err);
    });
    stream.on('end', () => failed || resolve({ ...t, ms: Number(process.hrtime.bigint() - start) / 1e6 }));
  });
}

/** `shards` concurrent calls, shard i of `shards` by all labels; wall time, summed tallies. */
export async function shardedCall(
  client: StoreClient,
  req: thanos.SeriesRequest.$Properties,
  shards: number,
  deadlineMs: number,
): Promise<CallResult & { perShard: number[] }> {
  const start = process.hrtime.bigint();
  // by=false with no labels = hash every label of the series as sent (storeapi spec §3.6).
  const parts = await Promise.all(
    Array.from({ length: shards }, (_, i) => seriesCall(client, { ...req, shardInfo: { shardIndex: i, totalShards: shards, by: false, labels: [] } }, deadlineMs)),
  );
  const sum = newTally();
  for (const p of parts) {
    sum.series += p.series;
    sum.chunks += p.chunks;
    sum.samples += p.samples;
    sum.bytes += p.bytes;
    sum.frames += p.frames;
    sum.warnings.push(...p.warnings.slice(0, 5 - sum.warnings.length));
  }
  return { ...sum, ms: Number(process.hrtime.bigint() - start) / 1e6, perShard: parts.map((p) => p.series) };
}
