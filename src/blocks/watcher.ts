// Keeps the current set of persisted blocks under --tsdb.path, for planning. Only meta.json is
// read here (the main thread never opens index or chunk files; the query workers do).
//
// - Polling every `intervalMs` is the reliable baseline; fs.watch on the directory only makes a
//   change show up sooner (it is best-effort: events can be coalesced or missing).
// - Only ULID-named directories are blocks: Prometheus writes a block as `<ulid>.tmp-for-creation`
//   and renames it into place, and deletes one by renaming it to `<ulid>.tmp-for-deletion` first,
//   so temporary directories never match and a block appears and disappears atomically.
// - A block whose meta.json is missing, unreadable or invalid is reported once (callback +
//   storeapi_blocks_load_failures_total) and left out; the others keep serving.
// - Overlap from compaction: Prometheus writes the compacted block first and deletes its inputs
//   afterwards, so for a while (or for good, after a crash in between) both are on disk. Prometheus
//   (tsdb/db.go, reloadBlocks) treats every block listed in a loaded block's
//   `compaction.parents` as deletable and does not query it, and it drops blocks whose meta has
//   `compaction.deletable`. We hide the same blocks and, in addition, any block listed in another
//   block's `compaction.sources`: a block merged into a higher-level block whose direct parent was
//   already deleted is still covered by it, and reading both would send its samples twice.
import { watch, readdirSync, readFileSync, statSync, type FSWatcher } from 'node:fs';
import { basename, join } from 'node:path';
import { Counter } from 'prom-client';
import { EngineError, type BlockMeta } from '../engine/engine.js';
import { registry } from '../observability/metrics.js';

export interface BlockInfo {
  dir: string;
  meta: BlockMeta;
}

export interface WatcherOptions {
  tsdbPath: string;
  /** Poll period. Default 5000 ms. */
  intervalMs?: number;
  /** Also react to fs.watch events on the directory. Default true. */
  fsWatch?: boolean;
  /** A block (or the TSDB directory itself) that could not be read; called once per failure. */
  onError?: (dir: string, err: Error) => void;
  /** Called after a refresh that changed the visible block set. */
  onChange?: (blocks: readonly BlockInfo[]) => void;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

const FAILURES = 'storeapi_blocks_load_failures_total';

/** The failure counter on the shared registry (created once per process). */
export function blockLoadFailures(): Counter {
  const existing = registry.getSingleMetric(FAILURES);
  if (existing) return existing as Counter;
  return new Counter({
    name: FAILURES,
    help: 'Blocks under --tsdb.path left out because their meta.json or files could not be read.',
    registers: [registry],
  });
}

interface Seen {
  /** meta.json identity: re-read (and re-reported) only when it changes. */
  stamp: string;
  meta?: BlockMeta;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

/** Parses and checks the meta.json fields planning relies on. */
export function parseMeta(dir: string, raw: string): BlockMeta {
  const bad = (what: string): never => {
    throw new EngineError('CORRUPT_BLOCK', `block ${dir}: meta.json: ${what}`);
  };
  let m: unknown;
  try {
    m = JSON.parse(raw);
  } catch (err) {
    return bad(`not JSON (${(err as Error).message})`);
  }
  if (typeof m !== 'object' || m === null) return bad('not an object');
  const meta = m as Partial<BlockMeta>;
  if (meta.version !== 1) bad(`unsupported version ${JSON.stringify(meta.version)}`);
  if (meta.ulid !== basename(dir)) bad(`ulid ${JSON.stringify(meta.ulid)} does not match the directory name`);
  if (!isInt(meta.minTime) || !isInt(meta.maxTime)) bad('minTime/maxTime are not integers');
  if (meta.maxTime! < meta.minTime!) bad(`maxTime ${meta.maxTime} < minTime ${meta.minTime}`);
  const c = meta.compaction;
  if (typeof c !== 'object' || c === null || !isInt(c.level)) bad('compaction.level missing');
  if (c!.sources !== undefined && !(Array.isArray(c!.sources) && c!.sources.every((s) => typeof s === 'string'))) {
    bad('compaction.sources is not a list of ULIDs');
  }
  if (c!.parents !== undefined && !(Array.isArray(c!.parents) && c!.parents.every((p) => typeof p?.ulid === 'string'))) {
    bad('compaction.parents is not a list of {ulid}');
  }
  return meta as BlockMeta;
}

/** The blocks to query: drops blocks covered by a compacted block and blocks marked deletable. */
export function visibleBlocks(all: readonly BlockInfo[]): BlockInfo[] {
  const covered = new Set<string>();
  for (const { meta } of all) {
    for (const p of meta.compaction.parents ?? []) covered.add(p.ulid);
    // A level-1 block lists itself as its only source.
    for (const s of meta.compaction.sources ?? []) if (s !== meta.ulid) covered.add(s);
  }
  return all
    .filter(({ meta }) => !covered.has(meta.ulid) && meta.compaction.deletable !== true)
    .sort((a, b) => a.meta.minTime - b.meta.minTime || (a.meta.ulid < b.meta.ulid ? -1 : a.meta.ulid > b.meta.ulid ? 1 : 0));
}

export class BlockWatcher {
  private readonly tsdbPath: string;
  private readonly intervalMs: number;
  private readonly useFsWatch: boolean;
  private readonly onError: (dir: string, err: Error) => void;
  private readonly onChange?: (blocks: readonly BlockInfo[]) => void;
  private seen = new Map<string, Seen>();
  private current: BlockInfo[] = [];
  private timer: NodeJS.Timeout | undefined;
  private fsWatcher: FSWatcher | undefined;
  private debounce: NodeJS.Timeout | undefined;
  private dirFailure: string | undefined;

  constructor(opts: WatcherOptions) {
    this.tsdbPath = opts.tsdbPath;
    this.intervalMs = opts.intervalMs ?? 5000;
    this.useFsWatch = opts.fsWatch ?? true;
    this.onError = opts.onError ?? ((dir, err) => process.stderr.write(`storeapi-sidecar: block ${dir} left out: ${err.message}\n`));
    this.onChange = opts.onChange;
  }

  /** The visible blocks, sorted by minTime (then ULID). */
  blocks(): readonly BlockInfo[] {
    return this.current;
  }

  /** Scans once (throws when --tsdb.path is not a directory), then keeps polling and watching. */
  start(): this {
    const st = statSync(this.tsdbPath, { throwIfNoEntry: false });
    if (!st?.isDirectory()) throw new EngineError('NOT_FOUND', `--tsdb.path ${this.tsdbPath}: not a directory`);
    this.refresh();
    this.timer = setInterval(() => this.refresh(), this.intervalMs);
    this.timer.unref();
    if (this.useFsWatch) {
      try {
        this.fsWatcher = watch(this.tsdbPath, { persistent: false }, () => this.soon());
        // The poll stays authoritative; a broken watch only costs latency.
        this.fsWatcher.on('error', () => {
          this.fsWatcher?.close();
          this.fsWatcher = undefined;
        });
      } catch {
        this.fsWatcher = undefined;
      }
    }
    return this;
  }

  close(): void {
    clearInterval(this.timer);
    clearTimeout(this.debounce);
    this.fsWatcher?.close();
    this.timer = this.debounce = this.fsWatcher = undefined;
  }

  /** Coalesces a burst of fs events (a block rename is several) into one rescan. */
  private soon(): void {
    if (this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      this.refresh();
    }, 50);
    this.debounce.unref();
  }

  /** Rescans the directory now and returns the visible blocks. */
  refresh(): readonly BlockInfo[] {
    let names: string[];
    try {
      names = readdirSync(this.tsdbPath, { withFileTypes: true })
        .filter((d) => d.isDirectory() && ULID.test(d.name))
        .map((d) => d.name);
      this.dirFailure = undefined;
    } catch (err) {
      // The TSDB directory itself is gone or unreadable: nothing to serve until it is back.
      const msg = (err as Error).message;
      if (this.dirFailure !== msg) this.onError(this.tsdbPath, err as Error);
      this.dirFailure = msg;
      names = [];
    }
    const next = new Map<string, Seen>();
    const loaded: BlockInfo[] = [];
    for (const name of names) {
      const dir = join(this.tsdbPath, name);
      const seen = this.load(dir);
      if (!seen) continue; // vanished between readdir and stat
      next.set(dir, seen);
      if (seen.meta) loaded.push({ dir, meta: seen.meta });
    }
    this.seen = next;
    const visible = visibleBlocks(loaded);
    const changed = visible.length !== this.current.length || visible.some((b, i) => b.dir !== this.current[i].dir || b.meta !== this.current[i].meta);
    this.current = visible;
    if (changed) this.onChange?.(visible);
    return visible;
  }

  private load(dir: string): Seen | undefined {
    const file = join(dir, 'meta.json');
    const st = statSync(file, { throwIfNoEntry: false });
    if (!st && !statSync(dir, { throwIfNoEntry: false })) return undefined;
    const stamp = st ? `${st.ino}:${st.size}:${st.mtimeMs}` : 'missing';
    const prev = this.seen.get(dir);
    if (prev && prev.stamp === stamp) return prev;
    try {
      if (!st) throw new EngineError('CORRUPT_BLOCK', `block ${dir}: meta.json is missing`);
      return { stamp, meta: parseMeta(dir, readFileSync(file, 'utf8')) };
    } catch (err) {
      // Deleted between the stat and the read: simply gone, not broken.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !statSync(dir, { throwIfNoEntry: false })) return undefined;
      const e =
        err instanceof EngineError ? err : new EngineError('CORRUPT_BLOCK', `block ${dir}: meta.json: ${(err as Error).message}`);
      blockLoadFailures().inc();
      this.onError(dir, e);
      return { stamp };
    }
  }
}
