// PromQL series selectors (`up{job="x",pod=~"p-.*"}`) → matchers, for the CLI's --match and tests.
// Strings follow PromQL: double or single quotes with Go escapes, or backtick raw strings.
import { EngineError, MatchType, type Matcher } from '../engine/engine.js';

const nameStart = /[a-zA-Z_:]/;
const nameChar = /[a-zA-Z0-9_:]/;

export function parseSelector(input: string): Matcher[] {
  let i = 0;
  const fail = (msg: string): never => {
    throw new EngineError('INVALID_ARGUMENT', `invalid series selector ${JSON.stringify(input)}: ${msg} at position ${i}`);
  };
  const ws = () => {
    while (i < input.length && /\s/.test(input[i])) i++;
  };
  const ident = (first: RegExp): string => {
    const start = i;
    if (i < input.length && first.test(input[i])) {
      i++;
      while (i < input.length && nameChar.test(input[i])) i++;
    }
    return input.slice(start, i);
  };
  const str = (): string => {
    const q = input[i];
    if (q !== '"' && q !== "'" && q !== '`') fail('expected a quoted string');
    i++;
    let out = '';
    while (i < input.length && input[i] !== q) {
      const c = input[i++];
      if (c !== '\\' || q === '`') {
        out += c;
        continue;
      }
      const e = input[i++];
      const hex = (n: number) => {
        const h = input.slice(i, i + n);
        if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) fail('bad escape');
        i += n;
        return parseInt(h, 16);
      };
      switch (e) {
        case 'a': out += '\x07'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case '\\': out += '\\'; break;
        case '"': case "'": out += e; break;
        case 'x': out += String.fromCharCode(hex(2)); break;
        case 'u': out += String.fromCodePoint(hex(4)); break;
        case 'U': out += String.fromCodePoint(hex(8)); break;
        default:
          if (e !== undefined && /[0-7]/.test(e)) {
            const o = input.slice(i - 1, i + 2);
            if (!/^[0-7]{3}$/.test(o)) fail('bad octal escape');
            i += 2;
            out += String.fromCharCode(parseInt(o, 8));
          } else fail(`unknown escape \\${e ?? ''}`);
      }
    }
    if (i >= input.length) fail('unterminated string');
    i++;
    return out;
  };

  const matchers: Matcher[] = [];
  ws();
  const metric = ident(nameStart);
  if (metric) matchers.push({ type: MatchType.EQ, name: '__name__', value: metric });
  ws();
  if (i < input.length && input[i] === '{') {
    i++;
    ws();
    while (i < input.length && input[i] !== '}') {
      const name = input[i] === '"' || input[i] === "'" ? str() : ident(/[a-zA-Z_]/);
      if (!name) fail('expected a label name');
      ws();
      const op = input.slice(i, i + 2);
      let type: MatchType;
      if (op === '=~') type = MatchType.RE;
      else if (op === '!=') type = MatchType.NEQ;
      else if (op === '!~') type = MatchType.NRE;
      else if (input[i] === '=') type = MatchType.EQ;
      else return fail('expected one of = != =~ !~');
      i += type === MatchType.EQ ? 1 : 2;
      ws();
      matchers.push({ type, name, value: str() });
      ws();
      if (input[i] === ',') {
        i++;
        ws();
      } else if (input[i] !== '}') fail("expected ',' or '}'");
    }
    if (input[i] !== '}') fail("expected '}'");
    i++;
    ws();
  }
  if (i !== input.length) fail('unexpected trailing input');
  if (matchers.length === 0) fail('a selector needs a metric name or at least one matcher');
  return matchers;
}
