// Loads the chunk codec golden vectors (native/engine/tests/golden/*.json, written by
// Prometheus's own Go code in native/engine/tests/golden/gen) and builds the ChunkList and
// SampleSet bytes they imply (layouts in src/engine/engine.ts). Shared by the TS tests; the
// Rust tests (native/engine/tests/chunkenc.rs) read the same files.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FloatSample = [t: string, bits: string];

export interface HistSample {
  t: string;
  hint: number;
  schema: number;
  zt: string;
  zc: string;
  count: string;
  sum: string;
  ps: [number, number][];
  ns: [number, number][];
  pb: string[];
  nb: string[];
  cv: string[];
}

export interface GoldenChunk<S> {
  data: string;
  samples: S[];
}

export interface GoldenCase<S> {
  name: string;
  chunks: GoldenChunk<S>[];
}

export interface GoldenFile<S> {
  encoding: number;
  cases: GoldenCase<S>[];
}

const REL = join('native', 'engine', 'tests', 'golden');

/** The golden directory: found upward from this module (dist/ or src/), else under the cwd. */
export function goldenDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(d, REL))) return join(d, REL);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  return join(process.cwd(), REL);
}

export function loadGolden<S>(file: string): GoldenFile<S> {
  return JSON.parse(readFileSync(join(goldenDir(), file), 'utf8')) as GoldenFile<S>;
}

export function unhex(s: string): Uint8Array {
  const b = new Uint8Array(s.length / 2);
  for (let i = 0; i < b.length; i++) b[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return b;
}

/** Little-endian byte builder for expected buffers. */
export class Bytes {
  private parts: number[] = [];
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u32(v: number): this {
    const x = v >>> 0;
    for (let i = 0; i < 4; i++) this.parts.push((x >>> (8 * i)) & 0xff);
    return this;
  }
  /** 8 bytes LE of a 64-bit value (wrapped to unsigned). */
  u64(v: bigint): this {
    let x = BigInt.asUintN(64, v);
    for (let i = 0; i < 8; i++) {
      this.parts.push(Number(x & 0xffn));
      x >>= 8n;
    }
    return this;
  }
  raw(b: Uint8Array): this {
    for (const x of b) this.parts.push(x);
    return this;
  }
  get length(): number {
    return this.parts.length;
  }
  build(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

const bits = (h: string): bigint => BigInt('0x' + h);

/** ChunkList of a case's chunks, all with the file's encoding. */
export function chunkList(enc: number, chunks: GoldenChunk<unknown>[]): Uint8Array {
  const b = new Bytes();
  for (const c of chunks) {
    const d = unhex(c.data);
    b.u8(enc).u32(d.length).raw(d);
  }
  return b.build();
}

/** Expected SampleSet record of one chunk; kind 1 float, 2 histogram, 3 float histogram. */
export function expectedRecord(kind: number, samples: unknown[]): Uint8Array {
  const b = new Bytes().u8(kind).u32(samples.length);
  for (const x of samples) {
    if (kind === 1) {
      const [t, v] = x as FloatSample;
      b.u64(BigInt(t)).u64(bits(v));
      continue;
    }
    const s = x as HistSample;
    // Integer histograms carry decimal counts/buckets; float ones carry float bits.
    const num = (v: string): bigint => (kind === 2 ? BigInt(v) : bits(v));
    b.u64(BigInt(s.t)).u8(s.hint).u32(s.schema).u64(bits(s.zt)).u64(num(s.zc)).u64(num(s.count)).u64(bits(s.sum));
    for (const sp of [s.ps, s.ns]) {
      b.u32(sp.length);
      for (const [off, len] of sp) b.u32(off).u32(len);
    }
    for (const list of [s.pb, s.nb]) {
      b.u32(list.length);
      for (const v of list) b.u64(num(v));
    }
    b.u32(s.cv.length);
    for (const v of s.cv) b.u64(bits(v));
  }
  return b.build();
}

/** Float samples {i64 t, f64 v}* of a case, all chunks in order (encodeXor input). */
export function floatSamples(chunks: GoldenChunk<FloatSample>[]): Uint8Array {
  const b = new Bytes();
  for (const c of chunks) for (const [t, v] of c.samples) b.u64(BigInt(t)).u64(bits(v));
  return b.build();
}
