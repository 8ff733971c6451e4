// The `native` Engine: a thin layer over the napi addon built from native/node.
// It only loads the addon, adapts NativeBlock to the Block interface, clamps times, and turns
// addon errors (whose `code` is our stable code string) into EngineError. All work is in Rust.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Binding from '../../native/node/binding.js';
import {
  EngineError,
  FRAME_BUFFER_BYTES,
  MAX_TIME,
  MIN_TIME,
  type Block,
  type BlockMeta,
  type Engine,
  type EngineErrorCode,
  type Matcher,
  type SeriesCursor,
  type SeriesQuery,
  type SeriesStats,
} from './engine.js';

/** File name written by `napi build --platform` for the one target in package.json. */
const ADDON_FILE = 'storeapi.linux-x64-gnu.node';

type Addon = typeof Binding;

const CODES: ReadonlySet<string> = new Set<EngineErrorCode>([
  'INVALID_ARGUMENT',
  'CORRUPT_BLOCK',
  'NOT_FOUND',
  'CANCELLED',
  'INTERNAL',
]);

/** Maps anything the addon throws to EngineError. */
function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(err);
  const code = typeof e?.code === 'string' ? e.code : '';
  if (CODES.has(code)) return new EngineError(code as EngineErrorCode, message);
  // napi-rs's own argument checks (a wrong JS type) report `InvalidArg`.
  if (code === 'InvalidArg' || code === 'NumberExpected' || code === 'StringExpected') {
    return new EngineError('INVALID_ARGUMENT', message);
  }
  // Caught Rust panics arrive as `GenericFailure`: a bug, not bad input.
  return new EngineError('INTERNAL', message);
}

function call<T>(f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw toEngineError(err);
  }
}

/** Times cross the boundary as i64; keep them integral and inside the safe range. */
function clampTime(t: number): number {
  if (Number.isNaN(t)) throw new EngineError('INVALID_ARGUMENT', 'time is NaN');
  return Math.min(MAX_TIME, Math.max(MIN_TIME, Math.trunc(t)));
}

/** The package root: the nearest ancestor holding our package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'storeapi-sidecar') return dir;
      } catch {
        // Not ours or unreadable: keep walking up.
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('storeapi-sidecar package root not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

class NativeBlockAdapter implements Block {
  readonly meta: BlockMeta;

  constructor(
    readonly dir: string,
    /** The addon handle; querySeries passes it back to Rust. */
    readonly nb: Binding.NativeBlock,
  ) {
    this.meta = JSON.parse(call(() => nb.metaJson())) as BlockMeta;
  }

  numSeries(): number {
    return call(() => this.nb.numSeries());
  }

  labelNames(matchers: Matcher[]): string[] {
    return call(() => this.nb.labelNames(matchers));
  }

  labelValues(name: string, matchers: Matcher[]): string[] {
    return call(() => this.nb.labelValues(name, matchers));
  }

  postings(matchers: Matcher[]): Uint32Array {
    return call(() => this.nb.postings(matchers));
  }

  series(refs: Uint32Array, mint: number, maxt: number): Uint8Array {
    const lo = clampTime(mint);
    const hi = clampTime(maxt);
    return call(() => this.nb.series(refs, lo, hi));
  }

  chunks(refs: Uint8Array): Uint8Array {
    return call(() => this.nb.chunks(refs));
  }

  tombstones(): Uint8Array {
    return call(() => this.nb.tombstones());
  }

  close(): void {
    call(() => this.nb.close());
  }
}

/** Room beyond `maxBytes`: a call ends on the series or batch that reaches maxBytes. */
const FRAME_ROOM_SLACK = 1 << 20;
/** Largest room asked for, whatever `maxBytes` is (a call that fills it stops there). */
const MAX_FRAME_ROOM = 16 << 20;

class NativeSeriesCursorAdapter implements SeriesCursor {
  constructor(private readonly c: Binding.NativeSeriesCursor) {}

  next(maxBytes: number, alloc?: (length: number) => Uint8Array, unused?: (view: Uint8Array) => void): Uint8Array {
    // The binding takes a u32; anything above is "as much as you like".
    const n = Number.isFinite(maxBytes) ? Math.min(0xffffffff, Math.max(0, Math.trunc(maxBytes))) : 0xffffffff;
    if (alloc) {
      // The frames are encoded straight into the caller's buffer: no copy on this thread.
      const room = alloc(Math.min(MAX_FRAME_ROOM, Math.max(FRAME_BUFFER_BYTES, n + FRAME_ROOM_SLACK)));
      const r = call(() => this.c.fillInto(room, n));
      if (r > 0) return room.subarray(0, r);
      unused?.(room);
      if (r === 0) return new Uint8Array(0);
      // They did not fit: the cursor kept them, and they are copied into a buffer of their size.
      const out = alloc(-r);
      call(() => this.c.take(out));
      return out;
    }
    // The frames come in a buffer allocated here, in JS: exactly sized, transferable as is, and
    // not zero-filled first (allocUnsafeSlow: its own ArrayBuffer, never the shared pool), since
    // take() overwrites every byte or throws.
    const len = call(() => this.c.fill(n));
    const out = Buffer.allocUnsafeSlow(len);
    if (len > 0) call(() => this.c.take(out));
    return out;
  }

  stats(): SeriesStats {
    return call(() => this.c.stats());
  }

  close(): void {
    call(() => this.c.close());
  }
}

function querySeries(addon: Addon, blocks: Block[], q: SeriesQuery, head?: Uint8Array): SeriesCursor {
  const handles = blocks.map((b) => {
    if (!(b instanceof NativeBlockAdapter)) throw new EngineError('INVALID_ARGUMENT', `block ${b.dir} was not opened by the native engine`);
    return b.nb;
  });
  const query = {
    ...q,
    mint: clampTime(q.mint),
    maxt: clampTime(q.maxt),
    externalLabels: q.externalLabels.map(([n, v]) => [n, v]),
    batchSize: Number.isFinite(q.batchSize) ? Math.trunc(q.batchSize) : 0,
  };
  return new NativeSeriesCursorAdapter(call(() => addon.NativeSeriesCursor.create(handles, query, head)));
}

let cached: Engine | undefined;
let loadedAddon: Addon | undefined;

/**
 * Fixes glibc's malloc mmap threshold through the loaded addon (src/malloc-tuning.ts says why);
 * false when the native engine was not loaded or the platform has no such setting.
 */
export function setMallocMmapThreshold(bytes: number): boolean {
  return loadedAddon !== undefined && call(() => loadedAddon!.setMallocMmapThreshold(bytes));
}

/** Loads the addon once and returns the native Engine; throws if the addon cannot load. */
export function loadNativeEngine(): Engine {
  if (cached) return cached;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`native engine: no addon built for ${process.platform}-${process.arch}`);
  }
  // STOREAPI_SIDECAR_ADDON points at another build of the addon (packaging, tests).
  const path = process.env.STOREAPI_SIDECAR_ADDON || join(packageRoot(), 'native', 'node', ADDON_FILE);
  let addon: Addon;
  try {
    addon = createRequire(import.meta.url)(path) as Addon;
  } catch (err) {
    throw new Error(`native engine: cannot load ${path}: ${(err as Error).message}`);
  }
  loadedAddon = addon;
  cached = {
    kind: 'native',
    openBlock: (dir: string): Block => new NativeBlockAdapter(dir, call(() => addon.NativeBlock.open(dir))),
    decodeChunks: (chunks: Uint8Array): Uint8Array => call(() => addon.decodeChunks(chunks)),
    decodedSize: (chunks: Uint8Array): number => call(() => addon.decodedSize(chunks)),
    decodeChunksInto: (chunks: Uint8Array, out: Uint8Array): number => call(() => addon.decodeChunksInto(chunks, out)),
    encodeXor: (samples: Uint8Array): Uint8Array => call(() => addon.encodeXor(samples)),
    querySeries: (blocks: Block[], query: SeriesQuery, head?: Uint8Array): SeriesCursor => querySeries(addon, blocks, query, head),
  };
  return cached;
}
