// Conversions between the generated protobufjs messages (src/gen) and the engine's types. int64
// fields arrive as Long (or number when small): MinInt64/MaxInt64 and other wide values do not fit
// a JS number, so times go through BigInt and are clamped to the engine's safe range.
import Long from 'long';
import { MAX_TIME, MIN_TIME, type Matcher, type MatchType } from '../engine/engine.js';
import type { thanos } from '../gen/proto.js';

export const MIN_INT64 = -(1n << 63n);
export const MAX_INT64 = (1n << 63n) - 1n;

/** An int64 field's value as a BigInt (absent = 0). */
export function int64(v: number | Long | string | null | undefined): bigint {
  if (v === null || v === undefined) return 0n;
  if (typeof v === 'number') return BigInt(Math.trunc(v));
  if (typeof v === 'string') return BigInt(v);
  return BigInt(v.toString());
}

/** A BigInt as the Long the generated encoders take for int64 fields. */
export function toLong(v: bigint): Long {
  return Long.fromString(v.toString(), false);
}

/** A time in ms clamped into [MIN_TIME, MAX_TIME], the range the engine accepts. */
export function clampTime(t: bigint): number {
  if (t < BigInt(MIN_TIME)) return MIN_TIME;
  if (t > BigInt(MAX_TIME)) return MAX_TIME;
  return Number(t);
}

/** Request matchers as engine matchers (type numbers are the same: EQ 0, NEQ 1, RE 2, NRE 3). */
export function matchersFrom(ms: readonly thanos.LabelMatcher.$Properties[] | null | undefined): Matcher[] {
  return (ms ?? []).map((m) => ({ type: (m.type ?? 0) as number as MatchType, name: m.name ?? '', value: m.value ?? '' }));
}

/** Labels as the wire's repeated thanos.Label. */
export function labelsTo(labels: readonly (readonly [string, string])[]): thanos.Label.$Properties[] {
  return labels.map(([name, value]) => ({ name, value }));
}
