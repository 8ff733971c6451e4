// A small protobuf reader for the Frames a SeriesCursor produces (engine.ts): gRPC prefix (flag 0,
// u32 BE length) + one thanos.SeriesResponse. Only what the Series tests need: series (1), warning (2), batch (4);
// Series.labels (1) / chunks (2); AggrChunk min_time (1), max_time (2), raw (3); Chunk type (1),
// data (2), hash (3). Written independently of src/engine/*/wire so it can check them.
import type { Engine, SeriesCursor } from '../../src/engine/engine.js';

export interface WireChunk {
  minTime: bigint;
  maxTime: bigint;
  /** thanos Chunk.Encoding: 0 XOR, 1 HISTOGRAM, 2 FLOAT_HISTOGRAM. */
  type: number;
  data: Uint8Array;
  hash: bigint;
}

export interface WireSeries {
  labels: [Uint8Array, Uint8Array][];
  chunks: WireChunk[];
}

export interface Frame {
  kind: 'series' | 'batch' | 'warning';
  series: WireSeries[];
  warning?: string;
}

class Pb {
  pos = 0;
  constructor(
    readonly b: Uint8Array,
    private readonly end = b.length,
  ) {}

  get done(): boolean {
    return this.pos >= this.end;
  }

  varint(): bigint {
    let x = 0n;
    let shift = 0n;
    for (;;) {
      if (this.pos >= this.end) throw new Error('truncated varint');
      const c = this.b[this.pos++];
      x |= BigInt(c & 0x7f) << shift;
      if (c < 0x80) return x;
      shift += 7n;
      if (shift > 63n) throw new Error('varint too long');
    }
  }

  /** Field key → [field number, wire type]. */
  key(): [number, number] {
    const k = Number(this.varint());
    return [k >>> 3, k & 7];
  }

  bytes(): Uint8Array {
    const n = Number(this.varint());
    if (this.pos + n > this.end) throw new Error('truncated bytes');
    const s = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return s;
  }

  sub(): Pb {
    const s = this.bytes();
    return new Pb(s);
  }

  skip(wt: number): void {
    if (wt === 0) this.varint();
    else if (wt === 2) this.bytes();
    else if (wt === 1) this.pos += 8;
    else if (wt === 5) this.pos += 4;
    else throw new Error(`wire type ${wt}`);
  }
}

function readChunk(p: Pb, c: WireChunk): void {
  while (!p.done) {
    const [f, wt] = p.key();
    if (f === 1 && wt === 0) c.type = Number(p.varint());
    else if (f === 2 && wt === 2) c.data = p.bytes();
    else if (f === 3 && wt === 0) c.hash = p.varint();
    else p.skip(wt);
  }
}

function readSeries(p: Pb): WireSeries {
  const s: WireSeries = { labels: [], chunks: [] };
  while (!p.done) {
    const [f, wt] = p.key();
    if (f === 1 && wt === 2) {
      const l = p.sub();
      let name: Uint8Array = new Uint8Array(0);
      let value: Uint8Array = new Uint8Array(0);
      while (!l.done) {
        const [lf, lwt] = l.key();
        if (lf === 1 && lwt === 2) name = l.bytes();
        else if (lf === 2 && lwt === 2) value = l.bytes();
        else l.skip(lwt);
      }
      s.labels.push([name, value]);
    } else if (f === 2 && wt === 2) {
      const a = p.sub();
      const c: WireChunk = { minTime: 0n, maxTime: 0n, type: 0, data: new Uint8Array(0), hash: 0n };
      while (!a.done) {
        const [af, awt] = a.key();
        if (af === 1 && awt === 0) c.minTime = BigInt.asIntN(64, a.varint());
        else if (af === 2 && awt === 0) c.maxTime = BigInt.asIntN(64, a.varint());
        else if (af === 3 && awt === 2) readChunk(a.sub(), c);
        else a.skip(awt);
      }
      s.chunks.push(c);
    } else p.skip(wt);
  }
  return s;
}

/** Splits Frames bytes and decodes each SeriesResponse. */
export function parseFrames(buf: Uint8Array): Frame[] {
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: Frame[] = [];
  let off = 0;
  while (off < buf.length) {
    if (off + 5 > buf.length) throw new Error('truncated frame prefix');
    if (buf[off] !== 0) throw new Error(`frame compression flag ${buf[off]}`);
    const n = dv.getUint32(off + 1);
    off += 5;
    if (off + n > buf.length) throw new Error('truncated frame');
    const p = new Pb(buf.subarray(off, off + n));
    off += n;
    const [f, wt] = p.key();
    if (wt !== 2) throw new Error(`SeriesResponse field ${f} wire type ${wt}`);
    const body = p.sub();
    if (!p.done) throw new Error('SeriesResponse holds more than one oneof member');
    if (f === 1) out.push({ kind: 'series', series: [readSeries(body)] });
    else if (f === 4) {
      const series: WireSeries[] = [];
      while (!body.done) {
        const [bf, bwt] = body.key();
        if (bf === 1 && bwt === 2) series.push(readSeries(body.sub()));
        else body.skip(bwt);
      }
      out.push({ kind: 'batch', series });
    } else if (f === 2) out.push({ kind: 'warning', series: [], warning: new TextDecoder().decode(body.b) });
    else throw new Error(`unexpected SeriesResponse field ${f}`);
  }
  return out;
}

export interface CursorRun {
  bytes: Uint8Array;
  /** The result of each non-empty next() call. */
  calls: Uint8Array[];
  stats: ReturnType<SeriesCursor['stats']>;
}

/** Drains a cursor with next(maxBytes) until it returns nothing. */
export function drain(c: SeriesCursor, maxBytes: number): CursorRun {
  const calls: Uint8Array[] = [];
  for (;;) {
    const f = c.next(maxBytes);
    if (f.length === 0) break;
    calls.push(f.slice());
  }
  const stats = c.stats();
  c.close();
  return { bytes: Buffer.concat(calls), calls, stats };
}

/** A ChunkList (engine.ts) of the wire chunks, for Engine.decodeChunks. */
export function chunkList(chunks: WireChunk[]): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const c of chunks) {
    const h = new Uint8Array(5);
    h[0] = c.type + 1;
    new DataView(h.buffer).setUint32(1, c.data.length, true);
    parts.push(h, c.data);
  }
  return Buffer.concat(parts);
}

export type { Engine };
