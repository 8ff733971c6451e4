// External labels at the StoreAPI boundary, as the Go sidecar treats them (thanos
// pkg/store/prometheus.go `matchesExternalLabels`): a matcher naming an external label is decided
// here against the external value — a mismatch means "this store holds nothing for you" (an empty,
// successful answer), a match is dropped because every series carries that value anyway. The
// remaining matchers go to the engine, which evaluates them against the blocks' own labels.
import { MatchType, type Matcher } from '../engine/engine.js';
import { compareUtf8 } from '../engine/series-set.js';
import { compileMatcher } from '../engine/ts/query/matchers.js';
import { invalidArgument } from './status.js';

export type ExternalLabels = readonly (readonly [string, string])[];

export interface ResolvedMatchers {
  /** False when a matcher contradicts an external label: answer with an empty result. */
  matches: boolean;
  /** Matchers on the blocks' own labels, validated (regexes compiled with RE2 semantics). */
  rest: Matcher[];
}

const knownTypes = new Set<number>([MatchType.EQ, MatchType.NEQ, MatchType.RE, MatchType.NRE]);

/**
 * Validates every matcher (bad type or regex → INVALID_ARGUMENT, before any block is touched),
 * then resolves the ones on external label names.
 */
export function resolveMatchers(matchers: readonly Matcher[], external: ExternalLabels): ResolvedMatchers {
  const ext = new Map(external.map(([n, v]) => [n, v]));
  const rest: Matcher[] = [];
  let matches = true;
  for (const m of matchers) {
    if (!knownTypes.has(m.type)) throw invalidArgument(`unknown matcher type ${String(m.type)} for label ${JSON.stringify(m.name)}`);
    let compiled;
    try {
      compiled = compileMatcher(m);
    } catch (err) {
      throw invalidArgument((err as Error).message);
    }
    const value = ext.get(m.name);
    if (value === undefined) rest.push(m);
    else if (!compiled.matches(value)) matches = false;
  }
  return { matches, rest };
}

/** External labels sorted by name in UTF-8 byte order (the order labels travel in). */
export function sortedExternalLabels(external: ExternalLabels): [string, string][] {
  return external.map(([n, v]) => [n, v] as [string, string]).sort((a, b) => compareUtf8(a[0], b[0]));
}

/** Parses repeated `name=value` flags; names must be unique and Prometheus-valid. */
export function parseExternalLabels(flags: readonly string[]): [string, string][] {
  const out = new Map<string, string>();
  for (const f of flags) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new Error(`--external-label ${JSON.stringify(f)}: expected name=value`);
    const name = f.slice(0, eq);
    let value = f.slice(eq + 1);
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new Error(`--external-label ${JSON.stringify(f)}: invalid label name`);
    if (out.has(name)) throw new Error(`--external-label: label ${JSON.stringify(name)} given twice`);
    out.set(name, value);
  }
  return sortedExternalLabels([...out]);
}
