// Readers and writers for the engine's interchange layouts (documented in engine.ts). These build
// JS objects, so they serve the CLI tools and tests — not the Series hot path, which stays in bytes.

export type Label = readonly [name: string, value: string];

export interface ChunkMeta {
  minTime: bigint;
  maxTime: bigint;
  ref: bigint;
}

export interface SeriesEntry {
  ref: number;
  labels: Label[];
  chunks: ChunkMeta[];
}

export interface FloatSample {
  kind: 1;
  t: bigint;
  v: number;
}

export interface Span {
  offset: number;
  length: number;
}

export interface HistogramValue {
  counterResetHint: number;
  schema: number;
  zeroThreshold: number;
  zeroCount: number;
  count: number;
  sum: number;
  positiveSpans: Span[];
  negativeSpans: Span[];
  /** Integer histograms: deltas between neighbouring buckets; float histograms: absolute counts. */
  positiveBuckets: number[];
  negativeBuckets: number[];
  customValues: number[];
}

export interface HistogramSample {
  kind: 2 | 3;
  t: bigint;
  h: HistogramValue;
}

export type Sample = FloatSample | HistogramSample;

// ignoreBOM keeps a leading U+FEFF in label values (the default decoder would strip it).
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

class Reader {
  private pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  get done(): boolean {
    return this.pos >= this.buf.byteLength;
  }
  private need(n: number): number {
    const at = this.pos;
    if (at + n > this.buf.byteLength) throw new RangeError(`interchange buffer truncated at ${at} (+${n})`);
    this.pos += n;
    return at;
  }
  u8(): number {
    return this.view.getUint8(this.need(1));
  }
  u32(): number {
    return this.view.getUint32(this.need(4), true);
  }
  i32(): number {
    return this.view.getInt32(this.need(4), true);
  }
  i64(): bigint {
    return this.view.getBigInt64(this.need(8), true);
  }
  u64(): bigint {
    return this.view.getBigUint64(this.need(8), true);
  }
  f64(): number {
    return this.view.getFloat64(this.need(8), true);
  }
  str(): string {
    const n = this.u32();
    const at = this.need(n);
    return utf8.decode(this.buf.subarray(at, at + n));
  }
}

export function decodeSeriesSet(buf: Uint8Array): SeriesEntry[] {
  const r = new Reader(buf);
  const out: SeriesEntry[] = [];
  while (!r.done) {
    const ref = r.u32();
    const nl = r.u32();
    const labels: Label[] = [];
    for (let i = 0; i < nl; i++) labels.push([r.str(), r.str()]);
    const nc = r.u32();
    const chunks: ChunkMeta[] = [];
    for (let i = 0; i < nc; i++) chunks.push({ minTime: r.i64(), maxTime: r.i64(), ref: r.u64() });
    out.push({ ref, labels, chunks });
  }
  return out;
}

export function encodeChunkRefs(refs: readonly bigint[]): Uint8Array {
  const out = new Uint8Array(refs.length * 8);
  const view = new DataView(out.buffer);
  refs.forEach((ref, i) => view.setBigUint64(i * 8, ref, true));
  return out;
}

/** Splits a ChunkList into its chunks (encoding + data view), in order. */
export function splitChunkList(buf: Uint8Array): { encoding: number; data: Uint8Array }[] {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: { encoding: number; data: Uint8Array }[] = [];
  let pos = 0;
  while (pos < buf.byteLength) {
    if (pos + 5 > buf.byteLength) throw new RangeError('chunk list truncated');
    const encoding = view.getUint8(pos);
    const len = view.getUint32(pos + 1, true);
    if (pos + 5 + len > buf.byteLength) throw new RangeError('chunk list truncated');
    out.push({ encoding, data: buf.subarray(pos + 5, pos + 5 + len) });
    pos += 5 + len;
  }
  return out;
}

function spans(r: Reader): Span[] {
  const n = r.u32();
  const out: Span[] = [];
  for (let i = 0; i < n; i++) out.push({ offset: r.i32(), length: r.u32() });
  return out;
}

function list(r: Reader, read: () => number): number[] {
  const n = r.u32();
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(read());
  return out;
}

/** SampleSet → one array of samples per decoded chunk. */
export function decodeSampleSet(buf: Uint8Array): Sample[][] {
  const r = new Reader(buf);
  const out: Sample[][] = [];
  while (!r.done) {
    const kind = r.u8();
    const n = r.u32();
    const samples: Sample[] = [];
    for (let i = 0; i < n; i++) {
      const t = r.i64();
      if (kind === 1) {
        samples.push({ kind: 1, t, v: r.f64() });
        continue;
      }
      if (kind !== 2 && kind !== 3) throw new RangeError(`unknown sample kind ${kind}`);
      const int = kind === 2;
      const counterResetHint = r.u8();
      const schema = r.i32();
      const zeroThreshold = r.f64();
      const zeroCount = int ? Number(r.u64()) : r.f64();
      const count = int ? Number(r.u64()) : r.f64();
      const sum = r.f64();
      const positiveSpans = spans(r);
      const negativeSpans = spans(r);
      const bucket = int ? () => Number(r.i64()) : () => r.f64();
      const positiveBuckets = list(r, bucket);
      const negativeBuckets = list(r, bucket);
      const customValues = list(r, () => r.f64());
      samples.push({
        kind,
        t,
        h: { counterResetHint, schema, zeroThreshold, zeroCount, count, sum, positiveSpans, negativeSpans, positiveBuckets, negativeBuckets, customValues },
      });
    }
    out.push(samples);
  }
  return out;
}

/** Float samples → the encodeXor input layout. */
export function encodeFloatSamples(samples: readonly { t: bigint; v: number }[]): Uint8Array {
  const out = new Uint8Array(samples.length * 16);
  const view = new DataView(out.buffer);
  samples.forEach((s, i) => {
    view.setBigInt64(i * 16, s.t, true);
    view.setFloat64(i * 16 + 8, s.v, true);
  });
  return out;
}

/** Label sets compare as Prometheus's labels.Compare: pairwise name then value (UTF-8 byte order), then length. */
export function compareLabels(a: readonly Label[], b: readonly Label[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareUtf8(a[i][0], b[i][0]) || compareUtf8(a[i][1], b[i][1]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Compares strings in UTF-8 byte (= code point) order, not UTF-16 code unit order. */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (D800–DFFF) encode code points above FFFF: move them above E000–FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}
