// A small structured logger that prints what Thanos prints (go-kit log, pkg/logging/logger.go):
//
//   logfmt (default): ts=2026-11-25T01:02:03.456Z caller=sidecar.ts:12 level=info component=x msg="..." k=v
//   json:             {"caller":"sidecar.ts:12","component":"x","level":"info","msg":"...","ts":"..."}
//
// Field order in logfmt is go-kit's: ts and caller first, then level, then the fixed fields of
// `with()` children, then msg and the call's own fields. JSON objects have sorted keys because
// go-kit's JSON logger marshals a Go map. Quoting follows go-logfmt (encode.go, jsonstring.go):
// a value is quoted when it holds a rune <= ' ', '=', '"', DEL or an invalid code point, and the
// literal string "null" is quoted so it cannot be mistaken for a nil value.
//
// Lines are written with one synchronous write each (process.stderr is synchronous for files,
// pipes and TTYs on Linux), so a crash right after a log call loses nothing; flush() waits for
// whatever a non-synchronous destination still buffers. Formatting never throws: odd values
// (Errors, bigint, undefined, circular objects, throwing getters) all render as something.

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'logfmt' | 'json';
export type Fields = Readonly<Record<string, unknown>>;

export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];
export const LOG_FORMATS: readonly LogFormat[] = ['logfmt', 'json'];

const SEVERITY: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Validates `--log.level` (the same four values Thanos accepts). */
export function parseLogLevel(value: string): LogLevel {
  if ((LOG_LEVELS as readonly string[]).includes(value)) return value as LogLevel;
  throw new Error(`--log.level: unknown level ${JSON.stringify(value)}; expected one of ${LOG_LEVELS.join(', ')}`);
}

/** Validates `--log.format`. */
export function parseLogFormat(value: string): LogFormat {
  if ((LOG_FORMATS as readonly string[]).includes(value)) return value as LogFormat;
  throw new Error(`--log.format: unknown format ${JSON.stringify(value)}; expected one of ${LOG_FORMATS.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Destinations

/** Where formatted lines go. `write` receives one complete line including its '\n'. */
export interface LogSink {
  write(line: string): void;
  /** Resolves once everything written so far has left the process (or the timeout passed). */
  flush(timeoutMs: number): Promise<void>;
}

type StreamLike = NodeJS.WritableStream & { writableLength?: number; writableNeedDrain?: boolean };

const guardedStreams = new WeakSet<object>();

/** A sink over a Node stream, by default process.stderr. */
export function streamSink(stream: StreamLike = process.stderr): LogSink {
  // A closed stderr (EPIPE when the reader went away) must not crash the sidecar through an
  // unhandled 'error' event; logging simply stops reaching anyone.
  if (!guardedStreams.has(stream)) {
    guardedStreams.add(stream);
    stream.on('error', () => {});
  }
  return {
    write(line) {
      try {
        stream.write(line);
      } catch {
        // Destroyed or closed stream: nothing useful can be done with the line.
      }
    },
    flush(timeoutMs) {
      if (!stream.writableLength) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(timer);
          stream.off('drain', done);
          stream.off('close', done);
          stream.off('error', done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        timer.unref?.();
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
      });
    },
  };
}

/** Collects lines in memory; for tests and for tools that want the text. */
export function memorySink(): LogSink & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return {
    lines,
    write(line) {
      lines.push(line);
    },
    flush() {
      return Promise.resolve();
    },
    text() {
      return lines.join('');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The logger

export interface LoggerOptions {
  level?: LogLevel;
  format?: LogFormat;
  sink?: LogSink;
  /** Clock for `ts`; tests pin it. */
  now?: () => Date;
  /** Add caller=file:line (go-kit DefaultCaller). On by default; off saves a stack capture per line. */
  caller?: boolean;
}

interface Core {
  readonly minSeverity: number;
  readonly format: LogFormat;
  readonly sink: LogSink;
  readonly now: () => Date;
  readonly caller: boolean;
}

type Entry = readonly [key: string, value: unknown];

export class Logger {
  readonly #core: Core;
  readonly #fixed: readonly Entry[];

  /** Use createLogger(); the constructor is for with(). */
  constructor(core: Core, fixed: readonly Entry[] = []) {
    this.#core = core;
    this.#fixed = fixed;
  }

  get level(): LogLevel {
    return LOG_LEVELS[this.#core.minSeverity];
  }

  get format(): LogFormat {
    return this.#core.format;
  }

  enabled(level: LogLevel): boolean {
    return SEVERITY[level] >= this.#core.minSeverity;
  }

  debug(msg: string, fields?: Fields): void {
    if (SEVERITY.debug >= this.#core.minSeverity) this.#emit('debug', msg, fields, Logger.prototype.debug);
  }

  info(msg: string, fields?: Fields): void {
    if (SEVERITY.info >= this.#core.minSeverity) this.#emit('info', msg, fields, Logger.prototype.info);
  }

  warn(msg: string, fields?: Fields): void {
    if (SEVERITY.warn >= this.#core.minSeverity) this.#emit('warn', msg, fields, Logger.prototype.warn);
  }

  error(msg: string, fields?: Fields): void {
    if (SEVERITY.error >= this.#core.minSeverity) this.#emit('error', msg, fields, Logger.prototype.error);
  }

  /** The same with the level as a value, for code that forwards levels (e.g. `(level, msg, f) => …`). */
  log(level: LogLevel, msg: string, fields?: Fields): void {
    const severity = SEVERITY[level] ?? SEVERITY.error;
    if (severity >= this.#core.minSeverity) this.#emit(level in SEVERITY ? level : 'error', msg, fields, Logger.prototype.log);
  }

  /** A child logger that adds `fields` to every line, after level and before msg (go-kit log.With). */
  with(fields: Fields): Logger {
    return new Logger(this.#core, [...this.#fixed, ...entriesOf(fields)]);
  }

  /** Waits until written lines have left the process; call on shutdown before exiting. */
  flush(timeoutMs = 2000): Promise<void> {
    return this.#core.sink.flush(timeoutMs);
  }

  // `skip` is the public method the user called: the stack capture starts at its caller.
  #emit(level: LogLevel, msg: string, fields: Fields | undefined, skip: (...args: never[]) => unknown): void {
    let line: string;
    try {
      const head: Entry[] = [['ts', timestamp(this.#core.now)]];
      if (this.#core.caller) head.push(['caller', callerOf(skip)]);
      head.push(['level', level]);
      const entries = [...head, ...this.#fixed, ['msg', msg] as Entry, ...entriesOf(fields)];
      line = this.#core.format === 'json' ? formatJson(entries) : formatLogfmt(entries);
    } catch (err) {
      // Only reachable through a bug here; still never let logging take the caller down.
      line = `level=error msg="log formatting failed" err=${logfmtValue(errorText(err))}\n`;
    }
    this.#core.sink.write(line);
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return new Logger({
    minSeverity: SEVERITY[options.level ?? 'info'],
    format: options.format ?? 'logfmt',
    sink: options.sink ?? streamSink(),
    now: options.now ?? (() => new Date()),
    caller: options.caller ?? true,
  });
}

/** A logger that drops everything (for library code called without one). */
export const nopLogger: Logger = new Logger({
  minSeverity: Number.POSITIVE_INFINITY,
  format: 'logfmt',
  sink: { write() {}, flush: () => Promise.resolve() },
  now: () => new Date(0),
  caller: false,
});

function entriesOf(fields: Fields | undefined): Entry[] {
  if (fields === undefined || fields === null) return [];
  const out: Entry[] = [];
  try {
    for (const key of Object.keys(fields)) {
      let value: unknown;
      try {
        value = fields[key];
      } catch (err) {
        value = `PANIC:${errorText(err)}`;
      }
      // Like JSON, an undefined field is left out: `{ err: maybeErr }` is the common case.
      if (value !== undefined) out.push([key, value]);
    }
  } catch {
    // A Proxy whose ownKeys trap throws: log the line without its fields.
  }
  return out;
}

function timestamp(now: () => Date): string {
  try {
    const d = now();
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  } catch {
    // Fall through to the real clock.
  }
  return new Date().toISOString();
}

// caller=file:line like go-kit's DefaultCaller (base name and line). With --enable-source-maps
// the stack names the .ts source, otherwise the compiled .js.
function callerOf(skip: (...args: never[]) => unknown): string {
  const holder: { stack?: string } = {};
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, skip);
    const frame = holder.stack?.split('\n').find((l) => l.trimStart().startsWith('at '));
    const m = frame ? /([^\s()/\\]+):(\d+):\d+\)?\s*$/.exec(frame) : null;
    return m ? `${m[1]}:${m[2]}` : 'unknown';
  } catch {
    return 'unknown';
  } finally {
    Error.stackTraceLimit = limit;
  }
}

// ---------------------------------------------------------------------------------------------
// logfmt

/** Formats entries as one logfmt line (with '\n'). Exported for tests and tools. */
export function formatLogfmt(entries: readonly Entry[]): string {
  let out = '';
  for (const [rawKey, value] of entries) {
    const key = logfmtKey(rawKey);
    if (key === '') continue; // go-logfmt refuses empty keys; we drop the pair instead of the line.
    if (out !== '') out += ' ';
    out += key + '=' + logfmtValue(value);
  }
  return out + '\n';
}

// go-logfmt keyRuneFilter: drop spaces, controls, '=', '"' and invalid code points.
function logfmtKey(key: string): string {
  let out = '';
  for (const ch of String(key)) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x20 || ch === '=' || ch === '"' || c === 0xfffd || isLoneSurrogate(c)) continue;
    out += ch;
  }
  return out;
}

/** Renders one value as go-logfmt would write it (quoted only when needed). */
export function logfmtValue(value: unknown): string {
  if (value === null || value === undefined) return 'null'; // go-kit writes nil as a bare null
  const text = safeText(value);
  if (typeof value === 'string' && text === 'null') return '"null"';
  return needsQuoting(text) ? quote(text) : text;
}

function needsQuoting(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0x3d /* = */ || c === 0x22 /* " */ || c === 0x7f || c === 0xfffd) return true;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else return true; // a lone surrogate is not valid UTF-8: Go sees RuneError
    }
  }
  return false;
}

const HEX = '0123456789abcdef';

// Go's encoding/json string escaping as go-logfmt adapts it: \\ \" \n \r \t, other controls as
// \u00XX, invalid code points as \ufffd; everything else (DEL and non-ASCII included) verbatim.
function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) out += '\\\\';
    else if (c === 0x22) out += '\\"';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20) out += '\\u00' + HEX[c >> 4] + HEX[c & 0xf];
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
      } else out += '\\ufffd';
    } else out += s[i];
  }
  return out + '"';
}

function isLoneSurrogate(c: number): boolean {
  // for..of over a string yields pairs joined, so any surrogate seen alone is unpaired
  return c >= 0xd800 && c <= 0xdfff;
}

// ---------------------------------------------------------------------------------------------
// Value rendering shared by both formats

/** The text of a value as a logfmt value (before quoting). Never throws. */
function safeText(value: unknown): string {
  try {
    return textOf(value);
  } catch (err) {
    return `PANIC:${errorText(err)}`; // go-logfmt's marker for a String() that panicked
  }
}

function textOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return numberText(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return `function ${value.name || 'anonymous'}`;
    case 'undefined':
      return 'null';
  }
  if (value === null) return 'null';
  if (value instanceof Error) return errorText(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
  if (hasOwnToString(value as object)) return String(value); // a Go fmt.Stringer
  return jsonText(value, new Set(), 0);
}

function numberText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Number.POSITIVE_INFINITY) return '+Inf';
  if (n === Number.NEGATIVE_INFINITY) return '-Inf';
  return String(n);
}

/** An Error's message with its cause chain, like a wrapped Go error ("outer: inner"). */
export function errorText(err: unknown): string {
  const parts: string[] = [];
  const seen = new Set<unknown>();
  let cur: unknown = err;
  while (cur !== undefined && cur !== null && !seen.has(cur) && parts.length < 8) {
    seen.add(cur);
    if (cur instanceof Error) {
      let msg = '';
      try {
        msg = String(cur.message ?? '');
        if (msg === '') msg = String(cur.name ?? 'Error');
      } catch {
        msg = 'Error';
      }
      if (parts.length === 0 || !parts[parts.length - 1].endsWith(msg)) parts.push(msg);
      try {
        cur = (cur as { cause?: unknown }).cause;
      } catch {
        cur = undefined;
      }
    } else {
      parts.push(typeof cur === 'object' ? jsonText(cur, new Set(), 0) : safePrimitive(cur));
      break;
    }
  }
  return parts.join(': ');
}

function safePrimitive(v: unknown): string {
  try {
    return typeof v === 'number' ? numberText(v) : String(v);
  } catch {
    return 'unprintable';
  }
}

function hasOwnToString(value: object): boolean {
  if (Array.isArray(value) || value instanceof Map || value instanceof Set) return false;
  const fn = (value as { toString?: unknown }).toString;
  return typeof fn === 'function' && fn !== Object.prototype.toString;
}

const MAX_DEPTH = 12;

// JSON text of any value: cycles become "[Circular]", bigint stays a number literal, Errors are
// their message, Map/Set become object/array, non-finite numbers become strings (Go's encoder
// would refuse them; a log line must still come out).
function jsonText(value: unknown, seen: Set<object>, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : JSON.stringify(numberText(value));
    case 'bigint':
      return value.toString();
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'null';
    case 'symbol':
      return JSON.stringify(value.toString());
    case 'function':
      return JSON.stringify(`function ${value.name || 'anonymous'}`);
  }
  if (value === null) return 'null';
  const obj = value as object;
  if (seen.has(obj)) return '"[Circular]"';
  if (depth >= MAX_DEPTH) return '"[Too deep]"';
  try {
    if (obj instanceof Error) return JSON.stringify(errorText(obj));
    if (obj instanceof Date) return JSON.stringify(Number.isNaN(obj.getTime()) ? 'Invalid Date' : obj.toISOString());
    if (obj instanceof Uint8Array) return JSON.stringify(Buffer.from(obj.buffer, obj.byteOffset, obj.byteLength).toString('base64'));
    seen.add(obj);
    if (Array.isArray(obj) || obj instanceof Set) {
      const items = Array.from(obj as Iterable<unknown>, (v) => jsonText(v, seen, depth + 1));
      return '[' + items.join(',') + ']';
    }
    let entries: [string, unknown][];
    if (obj instanceof Map) {
      entries = Array.from(obj, ([k, v]) => [safePrimitive(k), v]);
    } else {
      const toJSON = (obj as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return jsonText(toJSON.call(obj), seen, depth + 1);
      entries = Object.keys(obj).map((k) => [k, readProp(obj, k)]);
    }
    const parts: string[] = [];
    for (const [k, v] of entries) {
      if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
      parts.push(JSON.stringify(k) + ':' + jsonText(v, seen, depth + 1));
    }
    return '{' + parts.join(',') + '}';
  } catch (err) {
    return JSON.stringify(`PANIC:${errorText(err)}`);
  } finally {
    seen.delete(obj);
  }
}

function readProp(obj: object, key: string): unknown {
  try {
    return (obj as Record<string, unknown>)[key];
  } catch (err) {
    return `PANIC:${errorText(err)}`;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON lines

/** Formats entries as one JSON object line, keys sorted and later duplicates winning (a Go map). */
export function formatJson(entries: readonly Entry[]): string {
  const byKey = new Map<string, unknown>();
  for (const [k, v] of entries) byKey.set(String(k), v);
  const keys = [...byKey.keys()].sort(compareBytes);
  const parts = keys.map((k) => JSON.stringify(k) + ':' + jsonFieldValue(byKey.get(k)));
  return '{' + parts.join(',') + '}\n';
}

// go-kit's JSON logger turns errors and Stringers into strings before marshalling.
function jsonFieldValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(errorText(value));
  if (value instanceof Date || value instanceof Uint8Array) return jsonText(value, new Set(), 0); // Go: RFC 3339, base64
  if (typeof value === 'object' && value !== null && hasOwnToString(value)) {
    return JSON.stringify(safeText(value));
  }
  return jsonText(value, new Set(), 0);
}

// Go sorts map keys by bytes; for the ASCII keys we log that is plain code-unit order.
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
