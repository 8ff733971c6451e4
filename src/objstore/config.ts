// The Thanos objstore YAML (`--objstore.config` / `--objstore.config-file`), parsed as strictly as
// Thanos parses it: unknown keys are errors, and they name the line and column.
//
// Facts followed (thanos-io/objstore `client/factory.go`, `providers/s3/s3.go`,
// `providers/filesystem/filesystem.go`, `exthttp/`; efficientgo/tools `extkingpin/pathorcontent.go`):
// - Top level: `type` (matched case-insensitively), `config`, `prefix`. Decoded with yaml.v2
//   UnmarshalStrict, so YAML 1.1 scalars (`yes`/`no` are booleans) — we parse as YAML 1.1 too.
// - The flag content has `$(VAR)` environment references expanded before parsing (Kubernetes style);
//   a reference to an unset variable is an error. `--objstore.config-file` and `--objstore.config`
//   together are an error. Empty content means "no bucket": uploads are disabled.
// - S3 defaults: part_size 64 MiB, bucket_lookup_type auto, send_content_md5 true; `max_retries` 0
//   means minio-go's default of 10 attempts.
// - Thanos decodes the FILESYSTEM section non-strictly; we are strict there as well (an unknown key in
//   a two-key section is a typo, never intended).
//
// What we do with each S3 key is documented in S3_KEYS below: implemented, accepted and ignored with a
// note (harmless tuning), or refused with a clear message.
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { BucketError } from './bucket.js';

export type BucketLookupType = 'auto' | 'virtual-hosted' | 'path';

export interface TlsSettings {
  caFile: string;
  trustRootCa: boolean;
  certFile: string;
  keyFile: string;
  serverName: string;
  insecureSkipVerify: boolean;
}

export interface SseSettings {
  type: '' | 'SSE-S3' | 'SSE-KMS' | 'SSE-C';
  kmsKeyId: string;
  kmsEncryptionContext: Record<string, string>;
  encryptionKeyFile: string;
}

export interface S3Settings {
  bucket: string;
  endpoint: string;
  region: string;
  accessKey: string;
  secretKey: string;
  sessionToken: string;
  /** True: the SDK's default credential chain (env, shared files, web identity, instance metadata). */
  awsSdkAuth: boolean;
  insecure: boolean;
  bucketLookupType: BucketLookupType;
  partSize: number;
  /** Total attempts per request (minio-go semantics of `max_retries`); 10 when the config says 0. */
  maxAttempts: number;
  listObjectsVersion: 'v1' | 'v2';
  disableMultipart: boolean;
  /** User metadata sent with every upload (`X-Amz-Storage-Class` removed: it becomes storageClass). */
  putUserMetadata: Record<string, string>;
  storageClass: string;
  tls: TlsSettings;
  /** http_config.max_conns_per_host; 0 = unlimited. */
  maxConnsPerHost: number;
  /** http_config.response_header_timeout in ms (socket inactivity bound in the Node handler). */
  responseHeaderTimeoutMs: number;
  sse: SseSettings;
}

interface Common {
  /** Key prefix inside the bucket, without leading/trailing '/'; '' = none. */
  prefix: string;
  /** Accepted-but-ignored settings, one human sentence each, for the caller to log at start-up. */
  notes: string[];
}
export type ObjstoreConfig = (Common & { type: 'FILESYSTEM'; directory: string }) | (Common & { type: 'S3'; s3: S3Settings });

export const DEFAULT_PART_SIZE = 64 * 1024 * 1024;
/** S3's minimum part size (all parts but the last). */
export const MIN_PART_SIZE = 5 * 1024 * 1024;
/** S3's maximum part size (and of a single PutObject, which files below part_size use). */
export const MAX_PART_SIZE = 5 * 1024 * 1024 * 1024;
/** minio-go's MaxRetry, used by Thanos when `max_retries` is 0. */
const DEFAULT_MAX_ATTEMPTS = 10;

/** Types Thanos knows but we do not implement: named in the refusal so the user knows it is not a typo. */
const THANOS_ONLY_TYPES = ['GCS', 'AZURE', 'SWIFT', 'COS', 'ALIYUNOSS', 'BOS', 'OCI', 'OBS'];

/** Reads the objstore YAML from the two flags like Thanos's PathOrContent with env substitution. */
export async function loadObjstoreConfig(flags: { config?: string; configFile?: string }): Promise<ObjstoreConfig | undefined> {
  const { config = '', configFile = '' } = flags;
  if (config !== '' && configFile !== '') {
    throw invalid('both --objstore.config-file and --objstore.config flags set');
  }
  let content = config;
  let source = '--objstore.config';
  if (configFile !== '') {
    source = configFile;
    try {
      content = await readFile(configFile, 'utf8');
    } catch (err) {
      throw invalid(`loading file ${configFile} for --objstore.config-file: ${(err as Error).message}`, err);
    }
  }
  return parseObjstoreConfig(expandEnv(content), source);
}

/** `$(VAR)` → value of VAR; unset VAR is an error (extkingpin expandEnv). */
export function expandEnv(content: string, env: NodeJS.ProcessEnv = process.env): string {
  return content.replace(/\$\(([a-zA-Z_0-9]+)\)/g, (_, name: string) => {
    const value = env[name];
    if (value === undefined) throw invalid(`found reference to unset environment variable "${name}"`);
    return value;
  });
}

/** Parses already-substituted YAML. `source` names the flag or file in error messages. */
export function parseObjstoreConfig(content: string, source = '--objstore.config'): ObjstoreConfig | undefined {
  if (content.trim() === '') return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(content, { version: '1.1', uniqueKeys: true, lineCounter: lines, prettyErrors: false });
  const at = (node: Node | Pair['key'] | null | undefined): string => {
    const offset = (node as Node | null)?.range?.[0];
    if (offset === undefined) return '';
    const { line, col } = lines.linePos(offset);
    return `line ${line}, column ${col}: `;
  };
  const fail = (node: Node | Pair['key'] | null | undefined, msg: string): never => {
    throw invalid(`parsing objstore config ${source}: ${at(node)}${msg}`);
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const { line, col } = lines.linePos(e.pos[0]);
    throw invalid(`parsing objstore config ${source}: line ${line}, column ${col}: ${e.message.split('\n')[0]}`);
  }
  if (doc.contents === null) return undefined; // only comments: nothing configured
  const r = new Reader(fail);
  const top = r.map(doc.contents, 'the objstore config', ['type', 'config', 'prefix']);
  const typeText = r.str(top.get('type'), '');
  const type = typeText.toUpperCase();
  const prefix = normalizePrefix(r.str(top.get('prefix'), ''));
  const notes: string[] = [];
  const section = top.get('config');
  if (type === 'FILESYSTEM') {
    const c = r.map(section, 'FILESYSTEM config', ['directory']);
    const directory = r.str(c.get('directory'), '');
    if (directory === '') fail(section?.node, 'missing directory for filesystem bucket');
    return { type: 'FILESYSTEM', directory, prefix, notes };
  }
  if (type === 'S3') {
    return { type: 'S3', s3: parseS3(r, section, notes, fail), prefix, notes };
  }
  if (THANOS_ONLY_TYPES.includes(type)) {
    fail(top.get('type')?.node, `objstore type ${type} is supported by Thanos but not by storeapi-sidecar (supported: S3, FILESYSTEM)`);
  }
  return fail(top.get('type')?.node ?? doc.contents, `bucket with type ${JSON.stringify(typeText)} is not supported (supported: S3, FILESYSTEM)`);
}

/** Thanos PrefixedBucket: trimmed of '/', and a prefix made only of '/' means none. */
export function normalizePrefix(prefix: string): string {
  if (prefix.replaceAll('/', '') === '') return '';
  return prefix.replace(/^\/+|\/+$/g, '');
}

const S3_KEYS = {
  implemented: [
    'bucket', 'endpoint', 'region', 'access_key', 'secret_key', 'session_token', 'aws_sdk_auth', 'insecure',
    'signature_version2', 'bucket_lookup_type', 'part_size', 'max_retries', 'list_objects_version',
    'disable_multipart', 'put_user_metadata', 'http_config', 'sse_config', 'sts_endpoint',
  ],
  // Harmless when ignored: they tune or trace, never change which bytes land where.
  ignored: ['disable_dualstack', 'send_content_md5', 'trace'],
};
const HTTP_KEYS = {
  implemented: ['insecure_skip_verify', 'tls_config', 'max_conns_per_host', 'response_header_timeout'],
  ignored: ['idle_conn_timeout', 'tls_handshake_timeout', 'expect_continue_timeout', 'max_idle_conns', 'max_idle_conns_per_host', 'force_attempt_http2', 'disable_compression'],
};
const TLS_KEYS = ['ca_file', 'trust_root_ca', 'cert_file', 'key_file', 'server_name', 'insecure_skip_verify'];
const SSE_KEYS = ['type', 'kms_key_id', 'kms_encryption_context', 'encryption_key'];

type Fail = (node: Node | Pair['key'] | null | undefined, msg: string) => never;

function parseS3(r: Reader, section: Field | undefined, notes: string[], fail: Fail): S3Settings {
  const c = r.map(section, 'S3 config', [...S3_KEYS.implemented, ...S3_KEYS.ignored]);
  for (const key of S3_KEYS.ignored) {
    if (c.has(key)) notes.push(ignoredNote(key));
  }
  if (r.bool(c.get('signature_version2'), false)) {
    fail(c.get('signature_version2')?.node, 'signature_version2: true is not supported: AWS Signature Version 2 is deprecated and the AWS SDK signs with Version 4 only; set signature_version2: false (most S3-compatible servers accept V4)');
  }
  const stsEndpoint = r.str(c.get('sts_endpoint'), '');
  if (stsEndpoint !== '') {
    fail(c.get('sts_endpoint')?.node, 'sts_endpoint is not supported: credentials come from the config or the AWS SDK default chain, which cannot be pointed at a custom IAM/STS endpoint here');
  }
  const lookupField = c.get('bucket_lookup_type');
  const lookup = r.str(lookupField, 'auto');
  if (lookup !== 'auto' && lookup !== 'virtual-hosted' && lookup !== 'path') fail(lookupField?.node, `unsupported bucket lookup type: ${lookup}`);
  const partSize = r.uint(c.get('part_size'), DEFAULT_PART_SIZE);
  if (partSize < MIN_PART_SIZE) {
    fail(c.get('part_size')?.node, `part_size ${partSize} is below the S3 minimum part size of ${MIN_PART_SIZE} bytes (5 MiB)`);
  }
  if (partSize > MAX_PART_SIZE) {
    fail(c.get('part_size')?.node, `part_size ${partSize} is above the S3 maximum part size of ${MAX_PART_SIZE} bytes (5 GiB)`);
  }
  const listVersion = r.str(c.get('list_objects_version'), '');
  if (listVersion !== '' && listVersion !== 'v1' && listVersion !== 'v2') {
    fail(c.get('list_objects_version')?.node, `unsupported list objects version ${JSON.stringify(listVersion)}; supported values are v1, v2`);
  }
  const metadata = r.strMap(c.get('put_user_metadata'));
  let storageClass = '';
  for (const k of Object.keys(metadata)) {
    if (k.toLowerCase() === 'x-amz-storage-class') {
      storageClass = metadata[k];
      delete metadata[k];
    }
  }
  const http = r.map(c.get('http_config'), 'S3 http_config', [...HTTP_KEYS.implemented, ...HTTP_KEYS.ignored]);
  for (const key of HTTP_KEYS.ignored) {
    if (http.has(key)) notes.push(ignoredNote(`http_config.${key}`));
  }
  const tlsSection = r.map(http.get('tls_config'), 'S3 http_config.tls_config', TLS_KEYS);
  const tls: TlsSettings = {
    caFile: r.str(tlsSection.get('ca_file'), ''),
    trustRootCa: r.bool(tlsSection.get('trust_root_ca'), false),
    certFile: r.str(tlsSection.get('cert_file'), ''),
    keyFile: r.str(tlsSection.get('key_file'), ''),
    serverName: r.str(tlsSection.get('server_name'), ''),
    // exthttp: the http_config flag overrides tls_config's (it is assigned after building TLS).
    insecureSkipVerify: r.bool(http.get('insecure_skip_verify'), false),
  };
  if (!http.has('insecure_skip_verify')) tls.insecureSkipVerify = r.bool(tlsSection.get('insecure_skip_verify'), false);
  if ((tls.certFile === '') !== (tls.keyFile === '')) {
    fail(http.get('tls_config')?.node, tls.certFile !== '' ? `client cert file "${tls.certFile}" specified without client key file` : `client key file "${tls.keyFile}" specified without client cert file`);
  }
  const sseSection = r.map(c.get('sse_config'), 'S3 sse_config', SSE_KEYS);
  const sseType = r.str(sseSection.get('type'), '');
  if (sseType !== '' && sseType !== 'SSE-S3' && sseType !== 'SSE-KMS' && sseType !== 'SSE-C') {
    fail(sseSection.get('type')?.node, `Unsupported type ${JSON.stringify(sseType)} was provided. Supported types are SSE-S3, SSE-KMS, SSE-C`);
  }
  const sse: SseSettings = {
    type: sseType as SseSettings['type'],
    kmsKeyId: r.str(sseSection.get('kms_key_id'), ''),
    kmsEncryptionContext: r.strMap(sseSection.get('kms_encryption_context')),
    encryptionKeyFile: r.str(sseSection.get('encryption_key'), ''),
  };
  const maxRetries = r.uint(c.get('max_retries'), 0);
  const s3: S3Settings = {
    bucket: r.str(c.get('bucket'), ''),
    endpoint: r.str(c.get('endpoint'), ''),
    region: r.str(c.get('region'), ''),
    accessKey: r.str(c.get('access_key'), ''),
    secretKey: r.str(c.get('secret_key'), ''),
    sessionToken: r.str(c.get('session_token'), ''),
    awsSdkAuth: r.bool(c.get('aws_sdk_auth'), false),
    insecure: r.bool(c.get('insecure'), false),
    bucketLookupType: lookup as BucketLookupType,
    partSize,
    maxAttempts: maxRetries > 0 ? maxRetries : DEFAULT_MAX_ATTEMPTS,
    listObjectsVersion: listVersion === 'v1' ? 'v1' : 'v2',
    disableMultipart: r.bool(c.get('disable_multipart'), false),
    putUserMetadata: metadata,
    storageClass,
    tls,
    maxConnsPerHost: r.uint(http.get('max_conns_per_host'), 0),
    responseHeaderTimeoutMs: r.duration(http.get('response_header_timeout'), 2 * 60_000),
    sse,
  };
  // Thanos validate(), same order and meaning.
  const where = section?.node;
  if (s3.bucket === '') fail(where, 'no s3 bucket in config file');
  if (s3.endpoint === '') fail(where, 'no s3 endpoint in config file');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s3.endpoint) || s3.endpoint.includes('/')) {
    fail(c.get('endpoint')?.node, `endpoint ${JSON.stringify(s3.endpoint)} must be host[:port] without scheme or path (use insecure: true for http)`);
  }
  if (s3.awsSdkAuth && s3.accessKey !== '') fail(where, 'aws_sdk_auth and access_key are mutually exclusive configurations');
  if (s3.accessKey === '' && s3.secretKey !== '') {
    fail(where, 'no s3 access_key specified while secret_key is present in config file; either both should be present in config or envvars/IAM should be used.');
  }
  if (s3.accessKey !== '' && s3.secretKey === '') {
    fail(where, 'no s3 secret_key specified while access_key is present in config file; either both should be present in config or envvars/IAM should be used.');
  }
  if (sse.type === 'SSE-C' && sse.encryptionKeyFile === '') fail(where, "encryption_key must be set if sse_config.type is set to 'SSE-C'");
  if (sse.type === 'SSE-KMS' && sse.kmsKeyId === '') fail(where, "kms_key_id must be set if sse_config.type is set to 'SSE-KMS'");
  return s3;
}

function ignoredNote(key: string): string {
  return `objstore S3 config: ${key} is accepted for compatibility with Thanos and ignored (no effect on what is stored)`;
}

function invalid(message: string, cause?: unknown): BucketError {
  return new BucketError('INVALID_CONFIG', message, cause === undefined ? undefined : { cause });
}

/** A present key: its value node (null for `key:` with nothing) and the key node for positions. */
interface Field {
  node: Node | null;
  key: Pair['key'];
}

class Section {
  constructor(private readonly fields: Map<string, Field>) {}
  get(key: string): Field | undefined {
    return this.fields.get(key);
  }
  has(key: string): boolean {
    return this.fields.has(key);
  }
}

/** Typed, position-aware reads of YAML nodes; every mismatch fails with the node's line and column. */
class Reader {
  constructor(private readonly fail: Fail) {}

  /** A mapping whose keys must all be in `known`. Absent or null = empty. */
  map(field: Field | Node | null | undefined, what: string, known: string[]): Section {
    const node = field !== undefined && field !== null && 'key' in field ? field.node : (field as Node | null | undefined);
    const out = new Map<string, Field>();
    if (node === null || node === undefined || (isScalar(node) && node.value === null)) return new Section(out);
    if (!isMap(node)) return this.fail(node, `${what} must be a mapping`);
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const keyNode = pair.key as Node;
      const name = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!known.includes(name)) {
        this.fail(keyNode, `field ${JSON.stringify(name)} not found in ${what} (known fields: ${known.join(', ')})`);
      }
      out.set(name, { node: (pair.value as Node | null) ?? null, key: pair.key as Pair['key'] });
    }
    return new Section(out);
  }

  str(field: Field | undefined, dflt: string): string {
    if (field === undefined || field.node === null) return dflt;
    const n = field.node;
    if (!isScalar(n)) return this.fail(n, 'expected a string');
    if (n.value === null) return dflt;
    // yaml.v2 decodes any scalar into a string field as its text (e.g. `bucket: 123`).
    return typeof n.value === 'string' ? n.value : String(n.source ?? n.value);
  }

  bool(field: Field | undefined, dflt: boolean): boolean {
    if (field === undefined || field.node === null) return dflt;
    const n = field.node;
    if (isScalar(n) && n.value === null) return dflt;
    if (!isScalar(n) || typeof n.value !== 'boolean') return this.fail(n, 'expected a boolean (true or false)');
    return n.value;
  }

  uint(field: Field | undefined, dflt: number): number {
    if (field === undefined || field.node === null) return dflt;
    const n = field.node;
    if (isScalar(n) && n.value === null) return dflt;
    if (!isScalar(n) || typeof n.value !== 'number' || !Number.isSafeInteger(n.value) || n.value < 0) {
      return this.fail(n, 'expected a non-negative integer');
    }
    return n.value;
  }

  /** Prometheus model.Duration text ("1m30s", "2m", "0") → milliseconds. */
  duration(field: Field | undefined, dfltMs: number): number {
    const text = this.str(field, '');
    if (text === '') return dfltMs;
    if (text === '0') return 0;
    const m = /^(?:(\d+)y)?(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/.exec(text);
    if (m === null) return this.fail(field?.node, `not a valid duration string: ${JSON.stringify(text)}`);
    const unit = [365 * 86_400_000, 7 * 86_400_000, 86_400_000, 3_600_000, 60_000, 1000, 1];
    return unit.reduce((sum, u, i) => sum + Number(m[i + 1] ?? 0) * u, 0);
  }

  /** A string→string mapping (user metadata, KMS context). */
  strMap(field: Field | undefined): Record<string, string> {
    const out: Record<string, string> = {};
    if (field === undefined || field.node === null) return out;
    const n = field.node;
    if (isScalar(n) && n.value === null) return out;
    if (!isMap(n) || isSeq(n)) return this.fail(n, 'expected a mapping of strings');
    for (const pair of (n as YAMLMap<unknown, unknown>).items) {
      const k = pair.key as Node;
      if (!isScalar(k)) this.fail(k, 'expected a string key');
      out[String((k as { value: unknown }).value)] = this.str({ node: (pair.value as Node | null) ?? null, key: pair.key as Pair['key'] }, '');
    }
    return out;
  }
}
