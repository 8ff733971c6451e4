// Native histograms as text, exactly as Prometheus prints them (`(*histogram.Histogram).String()`
// and `(*histogram.FloatHistogram).String()` in model/histogram, which promtool tsdb dump uses):
//
//   {count:N, sum:S, <negative buckets, most negative first>, <zero bucket>, <positive buckets>}
//
// A bucket is `(lower,upper]:count` with '['/']' for inclusive bounds; buckets counting zero are
// left out, and the zero bucket only appears when its count is not 0. Floats print as Go's %g.
//
// Bucket bounds must be bit-identical to Go's. For exponential schemas 0..8 Go scales a fraction
// from a precalculated table that no JS computation reproduces in every last bit, so we read that
// table from histogram-bounds.json, which `gen bounds` (test/fixtures/gen/bounds.go) writes by
// running Prometheus's own code.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HistogramValue, Span } from '../engine/series-set.js';
import { formatGoFloat } from './go-format.js';

const CUSTOM_BUCKETS_SCHEMA = -53;
const MAX_TABLE_SCHEMA = 8;

const BOUNDS_REL = join('src', 'tools', 'histogram-bounds.json');

/** The table file: found upward from this module (it runs from src/ or dist/src/). */
function boundsPath(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const p = join(d, BOUNDS_REL);
    if (existsSync(p)) return p;
    const up = dirname(d);
    if (up === d) throw new Error(`histogram bound table ${BOUNDS_REL} not found above ${dirname(fileURLToPath(import.meta.url))}`);
    d = up;
  }
}

const bitsView = new DataView(new ArrayBuffer(8));

function floatFromHexBits(hex: string): number {
  bitsView.setBigUint64(0, BigInt(hex));
  return bitsView.getFloat64(0);
}

let table: Float64Array[] | undefined;

/** exponentialBounds[schema][i]: loaded once, on the first histogram printed. */
function exponentialBounds(): Float64Array[] {
  if (table) return table;
  const path = boundsPath();
  const file = JSON.parse(readFileSync(path, 'utf8')) as { schemas?: unknown };
  const schemas = file.schemas;
  if (!Array.isArray(schemas) || schemas.length !== MAX_TABLE_SCHEMA + 1) {
    throw new Error(`${path}: expected ${MAX_TABLE_SCHEMA + 1} schemas (regenerate it with \`gen bounds\`)`);
  }
  table = schemas.map((row: unknown, s) => {
    if (!Array.isArray(row) || row.length !== 1 << s || !row.every((h) => typeof h === 'string' && /^0x[0-9a-f]{16}$/.test(h))) {
      throw new Error(`${path}: schema ${s} must list ${1 << s} hex float bit patterns (regenerate it with \`gen bounds\`)`);
    }
    const fracs = Float64Array.from(row as string[], floatFromHexBits);
    if (!fracs.every((f) => f >= 0.5 && f < 1)) throw new Error(`${path}: schema ${s} holds a fraction outside [0.5, 1)`);
    return fracs;
  });
  return table;
}

/** 2^e for e in [-1022, 1023] (the normal range), exact: built from its exponent bits. */
function pow2(e: number): number {
  bitsView.setUint32(0, (e + 1023) * 0x100000);
  bitsView.setUint32(4, 0);
  return bitsView.getFloat64(0);
}

/**
 * Go's math.Ldexp(frac, exp) for frac in [0.5, 1]: frac·2^exp rounded once (to even), overflow to
 * +Inf, underflow to 0. The factors are normal powers of two and every product but the last is
 * exact, so the result is rounded once, as Go's is (subnormal results included).
 */
function ldexp(frac: number, exp: number): number {
  if (exp > 1023) return frac * pow2(1023) * pow2(Math.min(exp - 1023, 1023));
  if (exp < -1022) return exp < -1100 ? 0 : frac * pow2(-1000) * pow2(exp + 1000);
  return frac * pow2(exp);
}

/** Go's getBoundExponential: the upper bound of bucket idx in an exponential schema. */
function boundExponential(idx: number, schema: number): number {
  if (schema < 0) {
    // Go shifts a 64-bit int (wrapping, 0 for shifts of 64 and more); plain numbers are exact
    // while |idx| < 2^31 is shifted by at most 21.
    const exp = -schema <= 21 ? idx * 2 ** -schema : Number(BigInt.asIntN(64, BigInt(idx) << BigInt(-schema)));
    // The last finite bucket would end at 2^1024: Go caps it at MaxFloat64 so that only the
    // next bucket counts ±Inf.
    if (exp === 1024) return Number.MAX_VALUE;
    return ldexp(1, exp);
  }
  const fracs = exponentialBounds()[schema];
  if (fracs === undefined) throw new Error(`histogram schema ${schema} has no exponential bucket bounds (Prometheus supports up to ${MAX_TABLE_SCHEMA})`);
  const frac = fracs[idx & ((1 << schema) - 1)];
  const exp = (idx >> schema) + 1;
  if (frac === 0.5 && exp === 1025) return Number.MAX_VALUE;
  return ldexp(frac, exp);
}

/** Go's getBound: custom bounds (+Inf past the last, -Inf before the first) or exponential. */
function bound(idx: number, schema: number, customValues: readonly number[]): number {
  if (schema !== CUSTOM_BUCKETS_SCHEMA) return boundExponential(idx, schema);
  const n = customValues.length;
  if (idx > n || idx < -1) throw new Error(`histogram bucket index ${idx} out of bounds for ${n} custom bounds`);
  if (idx === n) return Infinity;
  if (idx === -1) return -Infinity;
  return customValues[idx];
}

/** Go %d of a uint64 bucket count: the int64 running sum of deltas reinterpreted as unsigned. */
function formatUint(n: number): string {
  if (n >= 0 && Number.isSafeInteger(n)) return String(n);
  return BigInt.asUintN(64, BigInt(n)).toString();
}

type CountFormat = (n: number) => string;

/**
 * Calls `visit(index, count)` for each bucket in span order, as Prometheus's bucket iterators do:
 * a span's offset is the gap after the previous span (for the first: the start index), and
 * iteration stops when either spans or buckets run out. Integer histograms hold deltas.
 */
function eachBucket(spans: readonly Span[], buckets: readonly number[], deltas: boolean, visit: (idx: number, count: number) => void): void {
  let idx = 0;
  let at = 0;
  let count = 0;
  for (const span of spans) {
    idx = (idx + span.offset) | 0;
    for (let j = 0; j < span.length; j++) {
      if (at >= buckets.length) return;
      count = deltas ? count + buckets[at] : buckets[at];
      at++;
      visit(idx, count);
      idx = (idx + 1) | 0;
    }
  }
}

/**
 * Go's Bucket.String() of a bucket from an iterator, or undefined for an empty bucket (which
 * String() leaves out). The bounds are passed in already computed because Go computes them for
 * every bucket, empty or not, and so fails on the same bad indexes.
 */
function bucketString(lower: number, upper: number, idx: number, custom: boolean, count: number, fmtCount: CountFormat): string | undefined {
  // NaN counts are "not 0", as in Go.
  if (count === 0) return undefined;
  // Custom buckets are (lower, upper], the first one [-Inf, upper]; exponential ones are closed
  // on the side away from zero.
  const lowerIncl = custom ? idx === 0 : lower < 0;
  const upperIncl = custom ? true : upper > 0;
  return `${lowerIncl ? '[' : '('}${formatGoFloat(lower)},${formatGoFloat(upper)}${upperIncl ? ']' : ')'}:${fmtCount(count)}`;
}

/**
 * One histogram sample as Prometheus prints it. `kind` 2 is an integer histogram (bucket deltas,
 * integer counts), 3 a float histogram (absolute float counts), as in the SampleSet layout.
 */
export function formatHistogram(kind: 2 | 3, h: HistogramValue): string {
  const int = kind === 2;
  const fmtCount: CountFormat = int ? formatUint : formatGoFloat;
  const custom = h.schema === CUSTOM_BUCKETS_SCHEMA;
  let out = `{count:${fmtCount(h.count)}, sum:${formatGoFloat(h.sum)}`;

  // Go's negative iterators get no custom values (only positive buckets use them) and walk
  // towards -Inf; String() prints the non-empty ones in reverse, lowest first.
  const negative: string[] = [];
  eachBucket(h.negativeSpans, h.negativeBuckets, int, (idx, count) => {
    const b = bucketString(-bound(idx, h.schema, []), -bound((idx - 1) | 0, h.schema, []), idx, custom, count, fmtCount);
    if (b !== undefined) negative.push(b);
  });
  for (let i = negative.length - 1; i >= 0; i--) out += ', ' + negative[i];

  // NaN counts are "not 0" too, as in Go. The zero bucket is [-threshold, threshold].
  if (h.zeroCount !== 0) {
    if (custom) throw new Error('histograms with custom buckets have no zero bucket');
    out += `, [${formatGoFloat(-h.zeroThreshold)},${formatGoFloat(h.zeroThreshold)}]:${fmtCount(h.zeroCount)}`;
  }

  eachBucket(h.positiveSpans, h.positiveBuckets, int, (idx, count) => {
    const b = bucketString(bound((idx - 1) | 0, h.schema, h.customValues), bound(idx, h.schema, h.customValues), idx, custom, count, fmtCount);
    if (b !== undefined) out += ', ' + b;
  });
  return out + '}';
}
