// Matchers → series refs → SeriesSet bytes (twin of native/engine/src/query/select.rs).
//
// `postingsForMatchers` follows prometheus tsdb/querier.go `PostingsForMatchers`: a series matches
// when every matcher accepts its value for the matcher's name, a missing label counting as "".
// Matchers that reject "" select from the postings of their name (intersected); matchers that
// accept "" also select series without the label, so they are evaluated by *subtracting* the
// postings of the values they reject. No matchers selects every series (our contract; Prometheus
// returns nothing there, and its callers always pass at least one matcher).

import { EngineError, MAX_TIME, MIN_TIME, MatchType } from '../../engine.js';
import { LeWriter } from '../encoding.js';
import { IndexReader, SeriesEntry } from '../tsdb/index.js';
import { EMPTY, intersect, merge, without } from '../tsdb/postings.js';
import { isNegative, type CompiledMatcher } from './matchers.js';

/** Postings of the values of m.name that m accepts (Prometheus `postingsForMatcher`). */
function postingsForMatcher(ix: IndexReader, m: CompiledMatcher): Uint32Array {
  // Equality is one sampled lookup instead of a scan over every value of the name.
  if (m.type === MatchType.EQ) return ix.postings(m.name, m.value);
  return ix.postingsMatching(m.name, (v) => m.matchesBytes(v));
}

/** Postings of the values of m.name that m rejects (Prometheus `inversePostingsForMatcher`). */
function inversePostingsForMatcher(ix: IndexReader, m: CompiledMatcher): Uint32Array {
  // The values a != rejects are exactly its one value.
  if (m.type === MatchType.NEQ) return ix.postings(m.name, m.value);
  return ix.postingsMatching(m.name, (v) => !m.matchesBytes(v));
}

/** Sorted series refs selected by all matchers, Prometheus semantics. */
export function postingsForMatchers(ix: IndexReader, ms: readonly CompiledMatcher[]): Uint32Array {
  if (ms.length === 0) return ix.allPostings();

  // A name "must be set" when some matcher on it rejects the empty value; then no matcher on that
  // name can select series lacking the label.
  const mustBeSet = new Set<string>();
  for (const m of ms) if (!m.matches('')) mustBeSet.add(m.name);

  const its: Uint32Array[] = [];
  const notIts: Uint32Array[] = [];
  for (const m of ms) {
    const matchesEmpty = m.matches('');
    if (m.name === '' && m.value === '') {
      // The all-postings key itself: Prometheus answers a lone such matcher with every series,
      // whatever its type; as a conjunct it therefore restricts nothing.
      its.push(ix.allPostings());
    } else if (mustBeSet.has(m.name)) {
      if (isNegative(m) && matchesEmpty) {
        // l!="foo": subtract the series whose value the matcher rejects.
        notIts.push(inversePostingsForMatcher(ix, m));
      } else {
        // l="a", l=~"a.*", and negatives rejecting "" such as l!="": the values it accepts.
        const p = postingsForMatcher(ix, m);
        if (p.length === 0) return EMPTY;
        its.push(p);
      }
    } else {
      // Accepts "" and nothing on this name requires the label: everything except the series
      // whose value it rejects (https://github.com/prometheus/prometheus/issues/3575).
      notIts.push(inversePostingsForMatcher(ix, m));
    }
  }
  let res = its.length === 0 ? ix.allPostings() : intersect(its);
  if (notIts.length > 0 && res.length > 0) res = without(res, merge(notIts));
  return res;
}

/**
 * SeriesSet bytes (engine.ts) for `refs`, with each series' chunks restricted to those overlapping
 * [mint, maxt] (both inclusive); a series left with no chunk is omitted. Labels are written as the
 * raw symbol bytes from the index, so invalid UTF-8 passes through unchanged.
 */
export function writeSeriesSet(ix: IndexReader, refs: Uint32Array, mint: number, maxt: number): Uint8Array {
  // Initial guess only (LeWriter grows); capped so a huge ref list cannot force a giant allocation.
  const out = new LeWriter(Math.min(refs.length * 96, 1 << 24));
  const e = new SeriesEntry();
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i];
    ix.series(ref, e, true);
    let first = -1;
    let count = 0;
    for (let c = 0; c < e.mint.length; c++) {
      // Mixed number/bigint comparisons are exact in JS.
      if (e.maxt[c] >= mint && e.mint[c] <= maxt) {
        if (first < 0) first = c;
        count++;
      }
    }
    if (count === 0) continue;
    out.u32(ref);
    const nLabels = e.labelRefs.length / 2;
    out.u32(nLabels);
    for (let l = 0; l < e.labelRefs.length; l++) {
      const s = ix.symbolBytes(e.labelRefs[l]);
      out.u32(s.length);
      out.bytes(s);
    }
    out.u32(count);
    for (let c = first; c < e.mint.length; c++) {
      if (e.maxt[c] >= mint && e.mint[c] <= maxt) {
        out.i64(e.mint[c]);
        out.i64(e.maxt[c]);
        out.i64(e.ref[c]);
      }
    }
  }
  return out.finish();
}

/**
 * Normalises a SeriesSet time bound the way the native engine's binding does (times cross napi
 * as i64): NaN is refused, fractions are truncated, and values are clamped to the safe range.
 */
export function normalizeTime(t: number): number {
  if (typeof t !== 'number' || Number.isNaN(t)) throw new EngineError('INVALID_ARGUMENT', `time ${String(t)} is not a number`);
  return Math.min(MAX_TIME, Math.max(MIN_TIME, Math.trunc(t)));
}
