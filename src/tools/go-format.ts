// Go's text formatting, reproduced exactly where our CLI output must equal promtool's:
// fmt's %g for float64 (strconv 'g' with shortest precision) and strconv.Quote.

/** Go `fmt.Sprintf("%g", v)` for a float64. */
export function formatGoFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0) return Object.is(v, -0) ? '-0' : '0';
  // JS toExponential() without an argument yields the shortest digits that round-trip, as Go's
  // shortest formatting does; only the layout rules differ.
  const neg = v < 0;
  const [mant, expStr] = Math.abs(v).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expStr);
  // With shortest precision Go decides by exponent: %e when exp < -4 || exp >= 6 (eprec = 6).
  let out: string;
  if (exp < -4 || exp >= 6) {
    const frac = digits.length > 1 ? '.' + digits.slice(1) : '';
    const e = Math.abs(exp);
    out = `${digits[0]}${frac}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : String(e)}`;
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else {
    const intLen = exp + 1;
    out = digits.length <= intLen ? digits + '0'.repeat(intLen - digits.length) : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`;
  }
  return neg ? '-' + out : out;
}

// Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go `strconv.Quote` for a string that is valid UTF-8 (as decoded label strings are). */
export function quoteGo(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\x07': out += '\\a'; continue;
      case '\b': out += '\\b'; continue;
      case '\f': out += '\\f'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '\v': out += '\\v'; continue;
    }
    if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp >= 0x80 && printable.test(ch)) out += ch;
    else if (cp < 0x80) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

const legacyName = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Prometheus `labels.Labels.String()`: `{a="1", b="2"}`, names quoted only when not legacy-valid. */
export function formatLabels(labels: readonly (readonly [string, string])[]): string {
  let out = '{';
  for (let i = 0; i < labels.length; i++) {
    const [name, value] = labels[i];
    if (i > 0) out += ', ';
    out += legacyName.test(name) ? name : quoteGo(name);
    out += '=' + quoteGo(value);
  }
  return out + '}';
}
