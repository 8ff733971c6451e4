// Reading Prometheus HTTP API JSON the way Thanos's protobuf types decode it (gogoproto json tags
// plus the custom UnmarshalJSON methods in pkg/{rules,targets,exemplars}/…pb/custom.go), and the
// two transformations every proxy shares: external labels (labelpb.ExtendSortedLabels: the
// external value wins over a same-named label, result sorted) and gRPC codes for HTTP failures.
//
// JSON from Prometheus is untrusted input: every accessor checks the type and names the field in
// its error instead of letting `undefined` flow into the encoder.
import { status } from '@grpc/grpc-js';
import Long from 'long';
import { compareUtf8 } from '../engine/series-set.js';
import { PrometheusError } from '../prometheus/client.js';
import { StatusError } from './status.js';

export type LabelPairs = [string, string][];

/** A JSON object as a record, or an error naming `what`. */
export function obj(v: unknown, what: string): Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw badJson(`${what} is not an object`);
  return v as Record<string, unknown>;
}

/** A JSON array (null/absent = empty, as Go decodes a null slice). */
export function arr(v: unknown, what: string): unknown[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) throw badJson(`${what} is not an array`);
  return v;
}

/** A string field (absent = "", as Go's zero value). */
export function str(v: unknown, what: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') throw badJson(`${what} is not a string`);
  return v;
}

/** A number field (absent = 0). */
export function num(v: unknown, what: string): number {
  if (v === null || v === undefined) return 0;
  if (typeof v !== 'number') throw badJson(`${what} is not a number`);
  return v;
}

/**
 * A label set from its JSON object form ({"name":"value",…}), sorted by name in byte order as
 * labelpb.ZLabelSet.UnmarshalJSON leaves it. Absent or null → empty.
 */
export function labelSet(v: unknown, what: string): LabelPairs {
  if (v === null || v === undefined) return [];
  const o = obj(v, what);
  const out: LabelPairs = [];
  for (const [name, value] of Object.entries(o)) {
    if (typeof value !== 'string') throw badJson(`${what}.${name} is not a string`);
    out.push([name, value]);
  }
  return out.sort((a, b) => compareUtf8(a[0], b[0]));
}

/** labels plus external labels; an external label replaces a same-named one. Sorted by name. */
export function extendLabels(labels: readonly (readonly [string, string])[], external: readonly (readonly [string, string])[]): LabelPairs {
  if (external.length === 0) return labels.map(([n, v]) => [n, v]);
  const m = new Map<string, string>(labels.map(([n, v]) => [n, v]));
  for (const [n, v] of external) m.set(n, v);
  return [...m].sort((a, b) => compareUtf8(a[0], b[0]));
}

/** Labels as the wire's ZLabelSet properties. */
export function zlabels(labels: readonly (readonly [string, string])[]): { labels: { name: string; value: string }[] } {
  return { labels: labels.map(([name, value]) => ({ name, value })) };
}

/**
 * Go's strconv.ParseFloat spellings Prometheus uses for sample values ("NaN", "+Inf", "-Inf" and
 * ordinary decimals); JS Number() would turn "+Inf" into NaN.
 */
export function goFloat(s: string, what: string): number {
  const t = s.trim();
  const lower = t.toLowerCase();
  if (lower === 'nan') return NaN;
  if (lower === '+inf' || lower === 'inf' || lower === '+infinity' || lower === 'infinity') return Infinity;
  if (lower === '-inf' || lower === '-infinity') return -Infinity;
  const v = t === '' ? NaN : Number(t);
  if (Number.isNaN(v)) throw badJson(`${what}: ${JSON.stringify(s)} is not a number`);
  return v;
}

export interface TimestampProps {
  seconds: Long;
  nanos: number;
}

// Go's zero time.Time (0001-01-01T00:00:00Z), which gogoproto's non-nullable stdtime fields
// encode when Prometheus has no value (a rule never evaluated, a target never scraped).
const ZERO_TIME_SECONDS = -62135596800n;

const RFC3339 = /^(-?\d{4,})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

/**
 * An RFC 3339 time (Go's time.Time JSON form, any offset, up to nanoseconds) as a
 * google.protobuf.Timestamp. Absent or null → Go's zero time, as a non-nullable field decodes it.
 */
export function timestamp(v: unknown, what: string): TimestampProps {
  if (v === null || v === undefined) return { seconds: Long.fromString(ZERO_TIME_SECONDS.toString()), nanos: 0 };
  if (typeof v !== 'string') throw badJson(`${what} is not a time string`);
  const m = RFC3339.exec(v);
  if (!m) throw badJson(`${what}: ${JSON.stringify(v)} is not an RFC 3339 time`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999, and Go's zero time is year 1.
  const date = new Date(0);
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s), 0);
  let seconds = BigInt(date.getTime()) / 1000n;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone[0] === '-' ? -1n : 1n;
    const offset = BigInt(Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
    seconds -= sign * offset;
  }
  const nanos = frac === undefined ? 0 : Number(frac.padEnd(9, '0'));
  return { seconds: Long.fromString(seconds.toString()), nanos };
}

/** An optional time (Go *time.Time with omitempty): absent → undefined. */
export function optionalTimestamp(v: unknown, what: string): TimestampProps | undefined {
  return v === null || v === undefined ? undefined : timestamp(v, what);
}

/**
 * Milliseconds as the decimal seconds Thanos's promclient sends in start/end parameters
 * (formatTime: seconds with the fraction, shortest form).
 */
export function formatSeconds(ms: bigint): string {
  const neg = ms < 0n;
  const abs = neg ? -ms : ms;
  const whole = abs / 1000n;
  const frac = (abs % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return (neg ? '-' : '') + whole.toString() + (frac ? '.' + frac : '');
}

/**
 * Prometheus's JSON timestamp (float seconds, ms precision, as model.Time decodes it) in ms.
 * The number is re-read from its decimal digits so 1600096945.479 gives exactly …479.
 */
export function jsonTimeMs(v: unknown, what: string): bigint {
  if (typeof v === 'string') return decimalSecondsToMs(v, what);
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badJson(`${what} is not a timestamp`);
  return decimalSecondsToMs(String(v), what);
}

function decimalSecondsToMs(text: string, what: string): bigint {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m) throw badJson(`${what}: ${JSON.stringify(text)} is not a timestamp`);
  const [, sign, int, frac = '', exp] = m;
  // Shift the decimal point by the exponent, then keep 3 fraction digits (truncating, as Go's
  // model.Time parser does).
  let digits = int + frac;
  let point = int.length + (exp ? Number(exp) : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  digits = digits.padEnd(point + 3, '0');
  const ms = BigInt(digits.slice(0, point + 3) || '0');
  return sign === '-' ? -ms : ms;
}

/**
 * The gRPC status a failed Prometheus call becomes, in the spirit of Thanos's promclient
 * (get2xxResultWithGRPCErrors): client errors stay client errors, an unreachable Prometheus is
 * UNAVAILABLE, the rest INTERNAL. The message keeps the URL so an operator can retry it by hand.
 */
export function prometheusStatus(err: unknown): unknown {
  if (!(err instanceof PrometheusError)) return err;
  const code =
    err.status === 0
      ? /timed out/.test(err.message)
        ? status.DEADLINE_EXCEEDED
        : /aborted/.test(err.message)
          ? status.CANCELLED
          : status.UNAVAILABLE
      : err.status === 400 || err.status === 422
        ? status.INVALID_ARGUMENT
        : err.status === 404
          ? status.NOT_FOUND
          : err.status === 503
            ? status.UNAVAILABLE
            : status.INTERNAL;
  return new StatusError(code, err.message);
}

function badJson(message: string): StatusError {
  // Prometheus answered 200 with something we cannot read: not the client's fault.
  return new StatusError(status.INTERNAL, `unexpected Prometheus response: ${message}`);
}
