// The meta.json that goes to the bucket: Prometheus's own meta.json plus the `thanos` section the
// Thanos readers (store gateway, compactor) key on. Built in memory from the local file, never
// written back: local block files are not modified.
//
// Facts (thanos pkg/block/metadata/meta.go, pkg/block/block.go, pkg/shipper/shipper.go):
// - `thanos` fields in Go struct order: `labels` (external labels; Go writes map keys sorted),
//   `downsample` `{"resolution": 0}`, `source` (`"sidecar"`), `segment_files` (names in `chunks/`,
//   sorted; omitted when empty), `files` (sorted by rel_path: `chunks/…`, `index`, `meta.json`;
//   `size_bytes` is omitempty, so meta.json — whose final size is unknown while it is being built —
//   and any empty file carry no size), `index_stats`. `index_stats` is a struct value with only
//   omitempty members, and Go's omitempty never drops a struct, so the sidecar always writes
//   `"index_stats": {}` (only the compactor fills it). `version`, `rewrites` and `extensions` are
//   omitted by the sidecar.
// - Encoding: json.Encoder with tab indentation and a trailing newline; it escapes `<`, `>`, `&`,
//   U+2028 and U+2029 (HTML-safe), which we reproduce so label values encode byte for byte alike.
// - Only `chunks/*`, `index` and `meta.json` are uploaded (the tombstones file is not).
// - An empty external label set is refused ("empty external labels are not allowed").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BlockFile {
  /** Path relative to the block directory, `/`-separated: also the object key below `<ULID>/`. */
  relPath: string;
  sizeBytes: number;
}

export interface ThanosMetaInput {
  /** Directory holding the block's files (the block itself or its staged hard-link copy). */
  dir: string;
  externalLabels: Record<string, string>;
  /** `sidecar` for the shipper; the one-shot `upload` command uses the same source. */
  source?: string;
}

export interface UploadPlan {
  /** Files to upload before meta.json, in upload order: chunks/* then index. */
  files: BlockFile[];
  /** The exact meta.json bytes to upload last. */
  metaJson: string;
  /** The parsed Prometheus part, for logs and checks. */
  prometheusMeta: Record<string, unknown>;
}

export class EmptyExternalLabelsError extends Error {
  constructor() {
    super('empty external labels are not allowed for Thanos blocks: configure global.external_labels in Prometheus (or pass --label k=v to the upload command)');
    this.name = 'EmptyExternalLabelsError';
  }
}

/** Reads the block's meta.json and file sizes and builds everything an upload needs. */
export function planBlockUpload(input: ThanosMetaInput): UploadPlan {
  if (Object.keys(input.externalLabels).length === 0) throw new EmptyExternalLabelsError();
  const metaPath = join(input.dir, 'meta.json');
  const prometheusMeta = parsePrometheusMeta(readFileSync(metaPath, 'utf8'), metaPath);

  const segments = readdirSync(join(input.dir, 'chunks'), { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort(byteOrder);
  const files: BlockFile[] = segments.map((name) => ({
    relPath: `chunks/${name}`,
    sizeBytes: statSync(join(input.dir, 'chunks', name)).size,
  }));
  files.push({ relPath: 'index', sizeBytes: statSync(join(input.dir, 'index')).size });

  const listed = [...files.map((f) => ({ rel_path: f.relPath, size: f.sizeBytes })), { rel_path: 'meta.json', size: 0 }].sort((a, b) =>
    byteOrder(a.rel_path, b.rel_path),
  );
  // Maps keep insertion order for every key; plain objects would move integer-like keys (a UTF-8
  // label name such as "1") to the front.
  const thanos = new Map<string, unknown>([
    ['labels', new Map(Object.keys(input.externalLabels).sort(byteOrder).map((k) => [k, input.externalLabels[k]]))],
    ['downsample', new Map([['resolution', 0]])],
    ['source', input.source ?? 'sidecar'],
  ]);
  if (segments.length > 0) thanos.set('segment_files', segments);
  thanos.set(
    'files',
    listed.map((f) => new Map<string, unknown>(f.size > 0 ? [['rel_path', f.rel_path], ['size_bytes', f.size]] : [['rel_path', f.rel_path]])),
  );
  thanos.set('index_stats', new Map());

  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(prometheusMeta)) if (k !== 'thanos') out.set(k, v);
  out.set('thanos', thanos);
  return { files, metaJson: encodeGoJson(out), prometheusMeta };
}

/** Validates the parts of a Prometheus meta.json the shipper relies on; throws naming the file. */
export function parsePrometheusMeta(text: string, path: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not JSON: ${(err as Error).message}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: not a JSON object`);
  const m = raw as Record<string, unknown>;
  if (m.version !== 1) throw new Error(`${path}: unexpected meta file version ${JSON.stringify(m.version)}`);
  if (typeof m.ulid !== 'string' || typeof m.minTime !== 'number' || typeof m.maxTime !== 'number') {
    throw new Error(`${path}: missing ulid/minTime/maxTime`);
  }
  return m;
}

/**
 * JSON as Go's json.Encoder with SetIndent("", "\t") writes it: tab indentation, `{}`/`[]` for
 * empty containers, HTML-safe escaping, trailing newline. Maps are objects in insertion order.
 */
export function encodeGoJson(value: unknown): string {
  return `${encodeValue(value, '')}\n`;
}

function encodeValue(v: unknown, indent: string): string {
  if (v instanceof Map) return encodeEntries([...v.entries()], indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const inner = `${indent}\t`;
    return `[\n${v.map((x) => inner + encodeValue(x, inner)).join(',\n')}\n${indent}]`;
  }
  if (v !== null && typeof v === 'object') return encodeEntries(Object.entries(v), indent);
  if (typeof v === 'string') return encodeString(v);
  return JSON.stringify(v ?? null);
}

function encodeEntries(entries: [unknown, unknown][], indent: string): string {
  if (entries.length === 0) return '{}';
  const inner = `${indent}\t`;
  return `{\n${entries.map(([k, x]) => `${inner}${encodeString(String(k))}: ${encodeValue(x, inner)}`).join(',\n')}\n${indent}}`;
}

function encodeString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Go's strings.Compare order (UTF-16 code-unit order equals byte order for the names we see). */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
