// Label names and values of a block (twin of native/engine/src/query/labels.rs).
//
// Without matchers both come straight from the postings offset table, which is sorted. With
// matchers they come from the labels of the selected series (Prometheus `labelNamesWithMatchers` /
// `labelValuesWithMatchers`): every selected series counts, whether or not it has chunks.
// Results are sorted in byte order, which is symbol-ref order because the symbol table is sorted —
// so we sort refs as numbers and decode each distinct symbol once.

import { IndexReader, SeriesEntry } from '../tsdb/index.js';
import { MatchType } from '../../engine.js';
import { compileMatcher, type CompiledMatcher } from './matchers.js';
import { postingsForMatchers } from './select.js';

function symbolsSorted(ix: IndexReader, refs: Set<number>): string[] {
  return [...refs].sort((a, b) => a - b).map((r) => ix.symbol(r));
}

export function labelNames(ix: IndexReader, ms: readonly CompiledMatcher[]): string[] {
  if (ms.length === 0) return ix.labelNames();
  const refs = postingsForMatchers(ix, ms);
  const names = new Set<number>();
  const e = new SeriesEntry();
  for (let i = 0; i < refs.length; i++) {
    ix.series(refs[i], e, false);
    for (let l = 0; l < e.labelRefs.length; l += 2) names.add(e.labelRefs[l]);
  }
  return symbolsSorted(ix, names);
}

export function labelValues(ix: IndexReader, name: string, ms: readonly CompiledMatcher[]): string[] {
  if (ms.length === 0) return ix.labelValues(name);
  // Only series that have the label contribute a value (Prometheus adds `name!=""` the same way).
  const requireLabel = compileMatcher({ type: MatchType.NEQ, name, value: '' });
  const refs = postingsForMatchers(ix, [...ms, requireLabel]);
  const values = new Set<number>();
  const e = new SeriesEntry();
  for (let i = 0; i < refs.length; i++) {
    ix.series(refs[i], e, false);
    for (let l = 0; l < e.labelRefs.length; l += 2) {
      if (ix.symbol(e.labelRefs[l]) === name) {
        values.add(e.labelRefs[l + 1]);
        break;
      }
    }
  }
  return symbolsSorted(ix, values);
}
