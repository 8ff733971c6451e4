// The shipper state file, `thanos.shipper.json` by default (`--shipper.meta-file-name`), in the TSDB
// directory: `{"version": 1, "uploaded": ["<ULID>", …]}`. It is not only our own bookkeeping:
// Prometheus started with `--storage.tsdb.delay-compact-file.path` reads it to decide which level-1
// blocks it may compact, so a torn or half-written file must never be visible. It is therefore
// written to `<name>.tmp`, fsynced, renamed over the old file, and the directory is fsynced so the
// rename itself survives a power cut (the same steps as Thanos's WriteMetaFile).
//
// Reading follows Thanos: a missing file is an empty state; an unreadable, unparsable or
// wrong-version file is logged and treated as empty, and the next write replaces it. That is safe
// because the list only saves bucket lookups: a block missing from it is checked with
// `exists(<ULID>/meta.json)` before any upload, so it is never uploaded twice.
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const DEFAULT_META_FILE_NAME = 'thanos.shipper.json';
export const META_VERSION_1 = 1;

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export interface ShipperMeta {
  version: number;
  uploaded: string[];
}

export type ReadResult =
  | { state: 'ok'; meta: ShipperMeta }
  | { state: 'missing'; meta: ShipperMeta }
  | { state: 'corrupt'; meta: ShipperMeta; error: Error };

export function metaFilePath(tsdbPath: string, fileName = DEFAULT_META_FILE_NAME): string {
  return join(tsdbPath, fileName);
}

/** Parses the file's bytes; throws an Error naming the file when they are not a version-1 state. */
export function parseShipperMeta(text: string, path: string): ShipperMeta {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${path}: not JSON: ${(err as Error).message}`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${path}: not a JSON object`);
  const obj = raw as Record<string, unknown>;
  if (obj.version !== META_VERSION_1) throw new Error(`${path}: unexpected meta file version ${JSON.stringify(obj.version)}`);
  // Go's encoder writes `null` for an empty list (Thanos does after a pass that found no block).
  const list = obj.uploaded ?? [];
  if (!Array.isArray(list)) throw new Error(`${path}: "uploaded" is not a list`);
  for (const id of list) {
    // Go's ulid.ULID unmarshalling rejects the whole file on one bad entry; so do we.
    if (typeof id !== 'string' || !ULID.test(id.toUpperCase())) throw new Error(`${path}: bad ULID ${JSON.stringify(id)} in "uploaded"`);
  }
  return { version: META_VERSION_1, uploaded: (list as string[]).map((s) => s.toUpperCase()) };
}

export function readShipperMeta(path: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing', meta: emptyMeta() };
    return { state: 'corrupt', meta: emptyMeta(), error: err as Error };
  }
  try {
    return { state: 'ok', meta: parseShipperMeta(text, path) };
  } catch (err) {
    return { state: 'corrupt', meta: emptyMeta(), error: err as Error };
  }
}

/** The file's exact bytes: tab-indented with a trailing newline, as Go's json.Encoder writes it. */
export function encodeShipperMeta(meta: ShipperMeta): string {
  return `${JSON.stringify({ version: META_VERSION_1, uploaded: meta.uploaded }, null, '\t')}\n`;
}

/** Atomically replaces `path` with the encoded state (temp file, fsync, rename, fsync directory). */
export function writeShipperMeta(path: string, meta: ShipperMeta): void {
  writeFileDurably(path, encodeShipperMeta(meta));
}

export function writeFileDurably(path: string, contents: string): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    const bytes = Buffer.from(contents, 'utf8');
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  const dirFd = openSync(dirname(path), 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

function emptyMeta(): ShipperMeta {
  return { version: META_VERSION_1, uploaded: [] };
}
