// Label matchers =, !=, =~, !~ (twin of native/engine/src/query/matchers.rs).
//
// Regexes have RE2 semantics and run in linear time (re2js, a port of RE2/J); a backtracking engine
// such as JS RegExp must never see user input. They are fully anchored the way Prometheus anchors
// them (model/labels/regexp.go): `^(?s:VALUE)$`, so `.` also matches a newline and the value must
// match the whole label value.

import { RE2JS } from 're2js';
import { EngineError, MatchType, type Matcher } from '../../engine.js';
import { decodeUtf8, encodeUtf8 } from '../encoding.js';

export interface CompiledMatcher {
  readonly type: MatchType;
  readonly name: string;
  readonly value: string;
  /** Whether a label value satisfies the matcher; a missing label is the empty string. */
  matches(v: string): boolean;
  /**
   * The same on raw label bytes from the index: = and != compare bytes exactly; regexes see the
   * bytes decoded with U+FFFD for invalid UTF-8 (as the Rust twin does).
   */
  matchesBytes(v: Uint8Array): boolean;
}

class EqualMatcher implements CompiledMatcher {
  private readonly bytes: Uint8Array;
  constructor(
    readonly type: MatchType,
    readonly name: string,
    readonly value: string,
  ) {
    this.bytes = encodeUtf8(value);
  }
  matches(v: string): boolean {
    return (v === this.value) === (this.type === MatchType.EQ);
  }
  matchesBytes(v: Uint8Array): boolean {
    const want = this.bytes;
    let eq = v.length === want.length;
    for (let i = 0; eq && i < v.length; i++) eq = v[i] === want[i];
    return eq === (this.type === MatchType.EQ);
  }
}

class RegexMatcher implements CompiledMatcher {
  private readonly re: RE2JS;
  constructor(
    readonly type: MatchType,
    readonly name: string,
    readonly value: string,
  ) {
    try {
      this.re = RE2JS.compile(`^(?s:${value})$`);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      throw new EngineError('INVALID_ARGUMENT', `invalid regex ${JSON.stringify(value)} for label ${JSON.stringify(name)}: ${why}`);
    }
  }
  matches(v: string): boolean {
    return this.re.testExact(v) === (this.type === MatchType.RE);
  }
  matchesBytes(v: Uint8Array): boolean {
    return this.matches(decodeUtf8(v));
  }
}

/** Validates and compiles one matcher; bad type or regex → INVALID_ARGUMENT. */
export function compileMatcher(m: Matcher): CompiledMatcher {
  if (m === null || typeof m !== 'object' || typeof m.name !== 'string' || typeof m.value !== 'string') {
    throw new EngineError('INVALID_ARGUMENT', 'matcher must have string name and value');
  }
  switch (m.type) {
    case MatchType.EQ:
    case MatchType.NEQ:
      return new EqualMatcher(m.type, m.name, m.value);
    case MatchType.RE:
    case MatchType.NRE:
      return new RegexMatcher(m.type, m.name, m.value);
    default:
      throw new EngineError('INVALID_ARGUMENT', `unknown matcher type ${String((m as { type: unknown }).type)}`);
  }
}

export function compileMatchers(ms: readonly Matcher[]): CompiledMatcher[] {
  if (!Array.isArray(ms)) throw new EngineError('INVALID_ARGUMENT', 'matchers must be an array');
  return ms.map(compileMatcher);
}

/** True for != and !~, the matchers Prometheus may evaluate by subtraction. */
export function isNegative(m: CompiledMatcher): boolean {
  return m.type === MatchType.NEQ || m.type === MatchType.NRE;
}
