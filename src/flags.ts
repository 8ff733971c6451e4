// The flag table of `storeapi-sidecar sidecar`: the flags of `thanos sidecar` with the same names
// and defaults (shared/spec/anchors.md §A1), plus a few of ours. One table drives parsing, the
// typed config and `--help`, so a flag cannot exist in one and be missing from another.
//
// Parsing follows kingpin, which Thanos uses: `--name=value` or `--name value`; a boolean is
// `--name`, `--name=true|false` or `--no-name`; repeatable flags collect every occurrence; a
// non-repeatable flag given twice is an error (kingpin: "flag cannot be repeated").
//
// A flag of the real sidecar that we do not implement is refused by name with "not supported by
// storeapi-sidecar" and the reason, never silently ignored; an unknown flag is refused too. A few
// Go-runtime or shipper-tuning flags that cannot change what is served are accepted and reported
// (the sidecar logs a note for each one that was given).
import { UsageError } from './tools/args.js';

export type FlagKind = 'string' | 'bool' | 'duration' | 'int' | 'repeated';

export interface FlagDef {
  name: string;
  kind: FlagKind;
  /** Default as text ('' = empty); undefined = no default shown. */
  default?: string;
  /** Placeholder in --help (e.g. URL, DIR). */
  value?: string;
  help: string;
  /** Ours, not Thanos's: marked in --help. */
  ours?: boolean;
  /** Accepted with no effect; `note` says why (logged when the flag is given). */
  note?: string;
}

/** --shipper.upload-rate-while-serving: 4 MiB/s, enough to keep a connection busy, little enough to stay out of the way. */
export const DEFAULT_UPLOAD_RATE_WHILE_SERVING = 4 * 1024 * 1024;
/** Below this a 512 MiB chunk segment would take over two hours under constant queries. */
const MIN_UPLOAD_RATE_WHILE_SERVING = 64 * 1024;

export const FLAGS: readonly FlagDef[] = [
  { name: 'prometheus.url', kind: 'string', default: 'http://localhost:9090', value: 'URL', help: 'Base URL of the Prometheus next to us. Empty: no Prometheus, serve the persisted blocks of --tsdb.path only (external labels then come from --external-label).' },
  { name: 'prometheus.ready_timeout', kind: 'duration', default: '10m', help: 'How long to wait at start-up for Prometheus to answer with its configuration before giving up.' },
  { name: 'prometheus.get_config_interval', kind: 'duration', default: '30s', help: 'How often Prometheus\'s configuration (external labels) is re-read; also the heartbeat behind thanos_sidecar_prometheus_up and readiness.' },
  { name: 'prometheus.get_config_timeout', kind: 'duration', default: '30s', help: 'Timeout of each configuration read (and of each heartbeat).' },
  { name: 'tsdb.path', kind: 'string', default: './data', value: 'DIR', help: 'Prometheus data directory: its persisted blocks are served and shipped from here.' },
  { name: 'grpc-address', kind: 'string', default: '0.0.0.0:10901', value: 'HOST:PORT', help: 'Listen address of the StoreAPI gRPC server.' },
  { name: 'grpc-grace-period', kind: 'duration', default: '2m', help: 'On shutdown, how long running gRPC calls get to finish before they are cancelled.' },
  { name: 'grpc-server-tls-cert', kind: 'string', default: '', value: 'FILE', help: 'PEM certificate for the gRPC server; with --grpc-server-tls-key it turns TLS on.' },
  { name: 'grpc-server-tls-key', kind: 'string', default: '', value: 'FILE', help: 'PEM private key for the gRPC server certificate.' },
  { name: 'grpc-server-tls-client-ca', kind: 'string', default: '', value: 'FILE', help: 'PEM CA bundle: clients must present a certificate it signed (mutual TLS).' },
  { name: 'http-address', kind: 'string', default: '0.0.0.0:10902', value: 'HOST:PORT', help: 'Listen address of the HTTP server (/metrics, /-/healthy, /-/ready).' },
  { name: 'http-grace-period', kind: 'duration', default: '2m', help: 'On shutdown, how long running HTTP requests get to finish.' },
  { name: 'objstore.config', kind: 'string', default: '', value: 'YAML', help: 'Object storage configuration (Thanos objstore YAML, type S3 or FILESYSTEM) given inline. Without a bucket, uploads are disabled.' },
  { name: 'objstore.config-file', kind: 'string', default: '', value: 'FILE', help: 'The same configuration read from a file.' },
  { name: 'shipper.upload-compacted', kind: 'bool', default: 'false', help: 'Also upload compacted blocks (compaction level > 1); meant for migrating existing data.' },
  { name: 'shipper.meta-file-name', kind: 'string', default: 'thanos.shipper.json', value: 'NAME', help: 'Name of the shipper state file in --tsdb.path (Prometheus\'s --storage.tsdb.delay-compact-file.path may point at it).' },
  { name: 'shipper.upload-concurrency', kind: 'int', default: '0', help: 'S3 parts in flight per uploaded file; 0 = the default (4).' },
  { name: 'shipper.ignore-unequal-block-size', kind: 'bool', default: 'false', help: 'Upload even though Prometheus\'s min and max block durations differ (local compaction may then hide blocks from the shipper).' },
  { name: 'shipper.allow-out-of-order-uploads', kind: 'bool', default: 'false', help: 'Accepted for compatibility.', note: 'our shipper never stalls behind a failing block; it retries that block with backoff and keeps the order that matters (see README)' },
  { name: 'shipper.skip-corrupted-blocks', kind: 'bool', default: 'false', help: 'Accepted for compatibility.', note: 'blocks with an unreadable meta.json are always skipped and logged' },
  { name: 'min-time', kind: 'string', default: '', value: 'TIME', help: 'Serve no data older than this: RFC3339, or a duration relative to now such as -2d. Default: everything.' },
  { name: 'store.limits.request-series', kind: 'int', default: '0', help: 'Most series one Series call may return; 0 = unlimited.' },
  { name: 'store.limits.request-samples', kind: 'int', default: '0', help: 'Most samples one Series call may return, counted as chunks × 120 as Thanos does; 0 = unlimited.' },
  { name: 'log.level', kind: 'string', default: 'info', value: 'LEVEL', help: 'Lowest level logged: debug, info, warn or error.' },
  { name: 'log.format', kind: 'string', default: 'logfmt', value: 'FORMAT', help: 'Log line format: logfmt or json.' },
  { name: 'enable-auto-gomemlimit', kind: 'bool', default: 'false', help: 'Accepted for compatibility.', note: 'a Go runtime setting; Node sizes its heap itself (use NODE_OPTIONS=--max-old-space-size)' },
  { name: 'auto-gomemlimit.ratio', kind: 'string', default: '0.9', help: 'Accepted for compatibility.', note: 'a Go runtime setting with no Node equivalent' },
  { name: 'external-label', kind: 'repeated', value: 'NAME=VALUE', ours: true, help: 'External label that overrides (or adds to) Prometheus\'s global.external_labels; repeat for several. Required when Prometheus has none or --prometheus.url is empty.' },
  { name: 'query.workers', kind: 'int', value: 'N', ours: true, help: 'Query worker threads (default: cores − 1, at least 1).' },
  { name: 'query.request-budget', kind: 'int', default: '16777216', value: 'BYTES', ours: true, help: 'Encoded bytes one Series call may have produced but not yet sent.' },
  { name: 'shipper.upload-rate-while-serving', kind: 'int', default: String(DEFAULT_UPLOAD_RATE_WHILE_SERVING), value: 'BYTES', ours: true, help: 'Bytes per second block uploads may send while a Series call is running (and for a second after the last one); at full speed otherwise. Uploads yield to queries but never stop, so connections stay alive and blocks still ship under constant query load. 0 = never yield; otherwise at least 65536.' },
];

/** Flags of `thanos sidecar` we refuse, with why (prefix entries end in '.'). */
export const UNSUPPORTED: readonly { name: string; why: string }[] = [
  { name: 'prometheus.http-client', why: 'Prometheus is reached over plain HTTP(S) without client authentication; put basic auth/bearer tokens on a local proxy' },
  { name: 'prometheus.http-client-file', why: 'Prometheus is reached over plain HTTP(S) without client authentication; put basic auth/bearer tokens on a local proxy' },
  { name: 'reloader.', why: 'the config reloader is not implemented; run prometheus-config-reloader or use Prometheus\'s own /-/reload' },
  { name: 'tracing.config', why: 'tracing is not implemented' },
  { name: 'tracing.config-file', why: 'tracing is not implemented' },
  { name: 'request.logging-config', why: 'request logging is not implemented' },
  { name: 'request.logging-config-file', why: 'request logging is not implemented' },
  { name: 'grpc-server-tls-min-version', why: 'the TLS version range is Node\'s (TLS 1.2 and 1.3)' },
  { name: 'grpc-server-tls-cipher-suites', why: 'the cipher suites are Node\'s defaults' },
  { name: 'grpc-server-tls-curve-preferences', why: 'the curves are Node\'s defaults' },
  { name: 'grpc-server-max-connection-age', why: 'connections are not aged out; Queriers reconnect on their own' },
  { name: 'http.config', why: 'the HTTP server has no TLS or basic auth; keep it on a private interface' },
  { name: 'hash-func', why: 'uploaded meta.json files carry sizes but no per-file hashes' },
  { name: 'log.request.decision', why: 'request logging is not implemented' },
];

const byName = new Map(FLAGS.map((f) => [f.name, f]));

function unsupportedReason(name: string): string | undefined {
  for (const u of UNSUPPORTED) if (u.name.endsWith('.') ? name.startsWith(u.name) : name === u.name) return u.why;
  return undefined;
}

export type RawFlags = Map<string, string | boolean | string[]>;

/** Parses argv against FLAGS. Positional arguments are refused (the sidecar takes none). */
export function parseSidecarArgs(argv: readonly string[]): RawFlags {
  const out: RawFlags = new Map();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') throw new UsageError(`unexpected argument ${JSON.stringify(arg)}; every option is a --flag (see --help)`);
    const eq = arg.indexOf('=');
    let name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    let inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    let def = byName.get(name);
    // kingpin's negated boolean form.
    if (!def && name.startsWith('no-') && byName.get(name.slice(3))?.kind === 'bool' && inline === undefined) {
      name = name.slice(3);
      def = byName.get(name);
      inline = 'false';
    }
    if (!def) {
      const why = unsupportedReason(name);
      if (why) throw new UsageError(`flag --${name} is not supported by storeapi-sidecar: ${why}`);
      throw new UsageError(`unknown flag --${name} (see --help)`);
    }
    let value: string | boolean;
    if (def.kind === 'bool') {
      if (inline === undefined) value = true;
      else if (inline === 'true' || inline === 'false') value = inline === 'true';
      else throw new UsageError(`--${name}: expected true or false, got ${JSON.stringify(inline)}`);
    } else if (inline !== undefined) {
      value = inline;
    } else {
      if (i + 1 >= argv.length) throw new UsageError(`--${name} needs a value`);
      value = argv[++i];
    }
    if (def.kind === 'repeated') {
      const list = (out.get(name) as string[] | undefined) ?? [];
      list.push(value as string);
      out.set(name, list);
    } else {
      if (out.has(name)) throw new UsageError(`flag --${name} cannot be repeated`);
      out.set(name, value);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Typed configuration

export interface SidecarConfig {
  /** '' = no Prometheus (persisted blocks only). */
  prometheusUrl: string;
  readyTimeoutMs: number;
  getConfigIntervalMs: number;
  getConfigTimeoutMs: number;
  tsdbPath: string;
  grpcAddress: string;
  grpcGraceMs: number;
  tls: { cert: string; key: string; clientCa: string };
  httpAddress: string;
  httpGraceMs: number;
  objstoreConfig: string;
  objstoreConfigFile: string;
  uploadCompacted: boolean;
  metaFileName: string;
  uploadConcurrency: number;
  ignoreUnequalBlockSize: boolean;
  minTime: string;
  limits: { series: number; samples: number };
  logLevel: string;
  logFormat: string;
  externalLabels: string[];
  queryWorkers: number | undefined;
  requestBudget: number;
  /** Bytes per second uploads send while a Series call runs; 0 = never yield. */
  uploadRateWhileServing: number;
  /** Accepted no-op flags that were given: "--name: why", logged at start-up. */
  notes: string[];
}

const UNITS: Record<string, number> = { ms: 1, s: 1e3, m: 60e3, h: 3600e3, d: 86400e3, w: 7 * 86400e3, y: 365 * 86400e3 };

/** A Go/Prometheus duration such as 1h30m, 2d, 500ms, 0s, in milliseconds. */
export function parseDuration(flag: string, text: string): number {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+)(ms|s|m|h|d|w|y)/y;
  let total = 0;
  let at = 0;
  while (at < s.length) {
    re.lastIndex = at;
    const m = re.exec(s);
    if (!m) break;
    total += Number(m[1]) * UNITS[m[2]];
    at = re.lastIndex;
  }
  if (s.length === 0 || at !== s.length) throw new UsageError(`--${flag}: invalid duration ${JSON.stringify(text)} (examples: 500ms, 30s, 2m, 1h30m)`);
  return total;
}

function str(raw: RawFlags, name: string): string {
  const v = raw.get(name);
  return typeof v === 'string' ? v : (byName.get(name)?.default ?? '');
}

function bool(raw: RawFlags, name: string): boolean {
  const v = raw.get(name);
  return typeof v === 'boolean' ? v : byName.get(name)?.default === 'true';
}

function int(raw: RawFlags, name: string): number {
  const v = str(raw, name).trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`--${name}: expected a non-negative integer, got ${JSON.stringify(v)}`);
  return Number(v);
}

/** argv → config; every value checked here so the lifecycle code never sees a bad one. */
export function sidecarConfig(argv: readonly string[]): SidecarConfig {
  const raw = parseSidecarArgs(argv);
  const notes: string[] = [];
  for (const f of FLAGS) if (f.note && raw.has(f.name)) notes.push(`--${f.name} has no effect: ${f.note}`);
  const logLevel = str(raw, 'log.level');
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) throw new UsageError(`--log.level: unknown level ${JSON.stringify(logLevel)}; expected debug, info, warn or error`);
  const logFormat = str(raw, 'log.format');
  if (logFormat === 'journald') throw new UsageError('--log.format=journald is not supported by storeapi-sidecar: use logfmt or json (journald captures stderr either way)');
  if (logFormat !== 'logfmt' && logFormat !== 'json') throw new UsageError(`--log.format: unknown format ${JSON.stringify(logFormat)}; expected logfmt or json`);
  const prometheusUrl = str(raw, 'prometheus.url').trim();
  if (prometheusUrl !== '') {
    let u: URL;
    try {
      u = new URL(prometheusUrl);
    } catch {
      throw new UsageError(`--prometheus.url: ${JSON.stringify(prometheusUrl)} is not a URL (example: http://localhost:9090)`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`--prometheus.url: scheme must be http or https, got ${JSON.stringify(prometheusUrl)}`);
  }
  const tls = { cert: str(raw, 'grpc-server-tls-cert'), key: str(raw, 'grpc-server-tls-key'), clientCa: str(raw, 'grpc-server-tls-client-ca') };
  // Thanos's rules (pkg/tls/options.go): cert and key go together; a client CA needs both.
  if ((tls.cert === '') !== (tls.key === '')) throw new UsageError('--grpc-server-tls-cert and --grpc-server-tls-key must be given together');
  if (tls.clientCa !== '' && tls.cert === '') throw new UsageError('--grpc-server-tls-client-ca needs --grpc-server-tls-cert and --grpc-server-tls-key (mutual TLS is TLS first)');
  if (str(raw, 'objstore.config') !== '' && str(raw, 'objstore.config-file') !== '') throw new UsageError('both --objstore.config-file and --objstore.config flags set; give one');
  const ratio = Number(str(raw, 'auto-gomemlimit.ratio'));
  if (!(ratio > 0 && ratio <= 1)) throw new UsageError('--auto-gomemlimit.ratio: expected a number in (0, 1]');
  const workersText = raw.get('query.workers');
  const queryWorkers = workersText === undefined ? undefined : int(raw, 'query.workers');
  if (queryWorkers === 0) throw new UsageError('--query.workers must be at least 1');
  const requestBudget = int(raw, 'query.request-budget');
  if (requestBudget < 64 * 1024) throw new UsageError('--query.request-budget must be at least 65536 bytes');
  const uploadRateWhileServing = int(raw, 'shipper.upload-rate-while-serving');
  if (uploadRateWhileServing !== 0 && uploadRateWhileServing < MIN_UPLOAD_RATE_WHILE_SERVING) {
    throw new UsageError(`--shipper.upload-rate-while-serving must be 0 (never yield) or at least ${MIN_UPLOAD_RATE_WHILE_SERVING} bytes per second`);
  }
  const interval = parseDuration('prometheus.get_config_interval', str(raw, 'prometheus.get_config_interval'));
  if (interval <= 0) throw new UsageError('--prometheus.get_config_interval must be positive');
  const timeout = parseDuration('prometheus.get_config_timeout', str(raw, 'prometheus.get_config_timeout'));
  if (timeout <= 0) throw new UsageError('--prometheus.get_config_timeout must be positive');
  const metaFileName = str(raw, 'shipper.meta-file-name');
  if (metaFileName === '' || metaFileName.includes('/')) throw new UsageError('--shipper.meta-file-name must be a plain file name');
  return {
    prometheusUrl,
    readyTimeoutMs: parseDuration('prometheus.ready_timeout', str(raw, 'prometheus.ready_timeout')),
    getConfigIntervalMs: interval,
    getConfigTimeoutMs: timeout,
    tsdbPath: str(raw, 'tsdb.path'),
    grpcAddress: str(raw, 'grpc-address'),
    grpcGraceMs: parseDuration('grpc-grace-period', str(raw, 'grpc-grace-period')),
    tls,
    httpAddress: str(raw, 'http-address'),
    httpGraceMs: parseDuration('http-grace-period', str(raw, 'http-grace-period')),
    objstoreConfig: str(raw, 'objstore.config'),
    objstoreConfigFile: str(raw, 'objstore.config-file'),
    uploadCompacted: bool(raw, 'shipper.upload-compacted'),
    metaFileName,
    uploadConcurrency: int(raw, 'shipper.upload-concurrency'),
    ignoreUnequalBlockSize: bool(raw, 'shipper.ignore-unequal-block-size'),
    minTime: str(raw, 'min-time'),
    limits: { series: int(raw, 'store.limits.request-series'), samples: int(raw, 'store.limits.request-samples') },
    logLevel,
    logFormat,
    externalLabels: (raw.get('external-label') as string[] | undefined) ?? [],
    queryWorkers,
    requestBudget,
    uploadRateWhileServing,
    notes,
  };
}

// ---------------------------------------------------------------------------------------------
// --help

function wrap(text: string, width: number, indent: string): string {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

/** The `sidecar --help` text, generated from FLAGS and UNSUPPORTED. */
export function sidecarHelp(): string {
  const lines = [
    'usage: storeapi-sidecar sidecar [flags]',
    '',
    'Runs next to Prometheus in place of `thanos sidecar`: serves its persisted blocks (and the head) over',
    'the Thanos StoreAPI and ships finished blocks to object storage. Same flags and defaults as Thanos;',
    'flags marked (ours) are storeapi-sidecar additions.',
    '',
    'Flags:',
  ];
  const col = 40;
  for (const f of FLAGS) {
    let left = `  --${f.name}`;
    if (f.kind !== 'bool') left += `=${f.value ?? (f.kind === 'duration' ? 'DURATION' : f.kind === 'int' ? 'N' : 'VALUE')}`;
    let help = f.help;
    if (f.note) help += ` No effect: ${f.note}.`;
    if (f.default !== undefined && f.default !== '' && f.kind !== 'bool') help += ` (default ${f.default})`;
    if (f.ours) help = `(ours) ${help}`;
    const pad = left.length + 2 <= col ? left.padEnd(col) : `${left}\n${' '.repeat(col)}`;
    lines.push(pad + wrap(help, 100 - col, ' '.repeat(col)));
  }
  lines.push('', 'Flags of thanos sidecar that are refused:');
  for (const u of UNSUPPORTED) lines.push(`  --${u.name}${u.name.endsWith('.') ? '*' : ''}`.padEnd(col) + wrap(u.why, 100 - col, ' '.repeat(col)));
  return lines.join('\n');
}
