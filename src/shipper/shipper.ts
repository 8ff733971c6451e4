// The shipper: uploads every finished block in --tsdb.path to the bucket, in the background.
//
// What is shipped, as Thanos's pkg/shipper does: ULID directories with a readable meta.json, oldest
// minTime first; blocks with no samples are skipped; compaction level > 1 only with
// --shipper.upload-compacted; a block listed in the state file, or whose `<ULID>/meta.json` is
// already in the bucket, is shipped (the latter is recorded without re-uploading). Directories
// without meta.json (Prometheus is still writing them; it renames the tmp dir into place last) and
// `*.tmp-for-*` directories are never touched.
//
// How: `chunks/*`, then `index`, then `meta.json` LAST, from memory with the `thanos` section added
// (thanos-meta.ts). A meta.json in the bucket therefore always means a complete block, whatever
// point a crash interrupts us at. The state file is rewritten atomically after EACH block (thanos#934:
// Thanos wrote it once per pass, so a killed pass re-did everything) because Prometheus's
// --storage.tsdb.delay-compact-file.path reads it to decide which blocks it may compact.
//
// Staging: like Thanos, each block's files are hard-linked into <tsdb>/thanos/upload/<ULID> before
// upload. A link costs no space or copy, and it pins the inodes: if Prometheus deletes the block
// (retention, or compaction once it is listed) mid-upload we still ship a consistent snapshot
// instead of a mix. When the links cannot be made (a filesystem without hard links) we read the
// block in place. Either way, a block that disappears before it is staged is "gone": logged, its
// partial objects removed, never retried — not a failure to retry forever.
//
// Better than Thanos (thanos#7605): a failing block is retried with exponential backoff and jitter
// while the blocks after it carry on; Thanos stops the whole pass at the first failure to keep
// upload order (thanos#2753). We keep the part of that order which matters: a compacted block is
// never uploaded while a not-yet-shipped local block overlaps it, is skipped when all its sources
// are already shipped, and is refused (with a diagnosis) when it overlaps blocks in the bucket —
// any of those would put the same samples in the bucket twice and halt the compactor.
// With --shipper.upload-compacted, compacted blocks are tried before level-1 blocks in each pass, so
// a level-1 block that is one of their sources ends up covered rather than shipped alongside them.
//
// Out-of-order blocks (compaction hint "from-out-of-order", thanos#7551) hold samples that exist in
// no other block. They are shipped as soon as they appear, like any level-1 block, even though they
// overlap in-order blocks: holding them back gains nothing (Prometheus's own in-order block for the
// same range never contains those samples) and risks losing them. The log says, once per block,
// that the bucket's compactor must merge overlaps (vertical compaction) instead of halting.
//
// One block at a time; files stream through bucket.uploadFile, so memory is bounded by the
// bucket's part size × parts in flight, whatever the block size (thanos#1971).
import { existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Bucket } from '../objstore/bucket.js';
import { entryName, loadBucketBlocks, type BucketBlock } from './bucket-metas.js';
import { formatRange, overlapping, scanBlocks, ulidTimeMs, type LocalBlock } from './blocks.js';
import { DEFAULT_META_FILE_NAME, encodeShipperMeta, metaFilePath, readShipperMeta, writeFileDurably } from './meta-file.js';
import { shipperMetrics, uploadCompactedDoneGauge } from './metrics.js';
import { EmptyExternalLabelsError, planBlockUpload } from './thanos-meta.js';

export interface ShipperLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface ShipperOptions {
  tsdbPath: string;
  bucket: Bucket;
  /** Current external labels (they may change at runtime; read at every pass). */
  externalLabels: () => Record<string, string>;
  metaFileName?: string;
  uploadCompacted?: boolean;
  /** `thanos.source` in the uploaded meta.json. */
  source?: string;
  logger?: ShipperLogger;
  /** Retry delays: base × 2^(failures-1), capped, with ±50% jitter. Defaults 1 s and 5 min. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Hard-link blocks into <tsdb>/thanos/upload before uploading (default true). */
  stage?: boolean;
  onProgress?: (event: ProgressEvent) => void;
  now?: () => number;
  random?: () => number;
}

export type ProgressEvent =
  | { type: 'block-start'; ulid: string; bytes: number }
  | { type: 'file-done'; ulid: string; relPath: string; bytes: number }
  | { type: 'block-done'; ulid: string; bytes: number };

export type BlockOutcome =
  | { ulid: string; action: 'uploaded'; bytes: number }
  | { ulid: string; action: 'in-bucket' }
  | { ulid: string; action: 'failed'; error: Error; retryInMs: number }
  | { ulid: string; action: 'backoff'; retryInMs: number }
  | { ulid: string; action: 'waiting'; on: string[] }
  | { ulid: string; action: 'overlap'; with: string[] }
  | { ulid: string; action: 'covered'; by: string[] }
  | { ulid: string; action: 'gone' };

export interface SyncResult {
  outcomes: BlockOutcome[];
  /** Set when the pass failed as a whole (no labels, unreadable tsdb dir, bucket listing error). */
  error?: Error;
}

interface RetryState {
  failures: number;
  nextAttemptAt: number;
}

class BlockGoneError extends Error {}

export class Shipper {
  private readonly opts: Required<Omit<ShipperOptions, 'onProgress'>> & Pick<ShipperOptions, 'onProgress'>;
  private readonly metaPath: string;
  private readonly retries = new Map<string, RetryState>();
  /** Last message logged per block, so a block stuck in one state logs once, not every pass. */
  private readonly said = new Map<string, string>();
  private running: Promise<SyncResult> | undefined;
  private loop: { controller: AbortController; done: Promise<void> } | undefined;
  private stagingFallbackLogged = false;

  constructor(options: ShipperOptions) {
    this.opts = {
      metaFileName: DEFAULT_META_FILE_NAME,
      uploadCompacted: false,
      source: 'sidecar',
      logger: stderrLogger,
      backoffBaseMs: 1000,
      backoffMaxMs: 5 * 60 * 1000,
      stage: true,
      now: Date.now,
      random: Math.random,
      ...options,
    };
    this.metaPath = metaFilePath(this.opts.tsdbPath, this.opts.metaFileName);
  }

  /** One pass over the TSDB directory. Concurrent calls share the pass in progress. */
  sync(signal?: AbortSignal): Promise<SyncResult> {
    this.running ??= this.syncOnce(signal).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Earliest time a backed-off block may be retried, if any. */
  nextRetryAt(): number | undefined {
    let next: number | undefined;
    for (const r of this.retries.values()) next = next === undefined ? r.nextAttemptAt : Math.min(next, r.nextAttemptAt);
    return next;
  }

  /** Runs sync() now and then every intervalMs (sooner when a retry falls due) until stop()/abort. */
  start(intervalMs: number, signal?: AbortSignal): void {
    if (this.loop) return;
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(), { once: true });
    const run = async () => {
      while (!controller.signal.aborted) {
        try {
          await this.sync(controller.signal);
        } catch (err) {
          this.opts.logger.error('shipper pass failed', { err: (err as Error).message });
        }
        if (controller.signal.aborted) break;
        const retryAt = this.nextRetryAt();
        const wait = retryAt === undefined ? intervalMs : Math.min(intervalMs, Math.max(0, retryAt - this.opts.now()));
        await sleep(wait, controller.signal);
      }
    };
    this.loop = { controller, done: run() };
  }

  /** Stops the background loop; an upload in progress is aborted (it is retried on the next start). */
  async stop(): Promise<void> {
    const loop = this.loop;
    if (!loop) return;
    this.loop = undefined;
    loop.controller.abort();
    await loop.done;
    await this.running?.catch(() => undefined);
  }

  private async syncOnce(signal?: AbortSignal): Promise<SyncResult> {
    const metrics = shipperMetrics();
    metrics.dirSyncs.inc();
    const result: SyncResult = { outcomes: [] };
    try {
      await this.pass(result, signal);
    } catch (err) {
      result.error = err as Error;
      // Stopping mid-upload is not a failure: the block is simply retried on the next start.
      if (signal?.aborted) return result;
      this.opts.logger.error('shipper pass failed', { err: (err as Error).message });
    }
    if (result.error || result.outcomes.some((o) => o.action === 'failed')) metrics.dirSyncFailures.inc();
    return result;
  }

  private async pass(result: SyncResult, signal?: AbortSignal): Promise<void> {
    const { logger, bucket, uploadCompacted } = this.opts;
    const labels = this.opts.externalLabels();
    if (Object.keys(labels).length === 0) throw new EmptyExternalLabelsError();

    const state = readShipperMeta(this.metaPath);
    if (state.state === 'corrupt') logger.warn('reading shipper meta file failed, will override it', { file: this.metaPath, err: state.error.message });
    const previously = new Set(state.meta.uploaded);
    let lastWritten = state.state === 'ok' ? encodeShipperMeta(state.meta) : undefined;

    this.cleanStaging();
    const scan = scanBlocks(this.opts.tsdbPath);
    for (const u of scan.unreadable) this.sayOnce(u.dir, 'warn', 'skipping block with unreadable meta.json', { dir: u.dir, err: u.error.message });

    // Rebuilt every pass from the blocks still on disk, in upload order, as Thanos does.
    const shipped = new Set(scan.blocks.filter((b) => previously.has(b.ulid)).map((b) => b.ulid));
    const persist = () => {
      const text = encodeShipperMeta({ version: 1, uploaded: scan.blocks.filter((b) => shipped.has(b.ulid)).map((b) => b.ulid) });
      if (text === lastWritten) return;
      writeFileDurably(this.metaPath, text);
      lastWritten = text;
    };
    persist();

    // Sources of every block known to be in the bucket: shipped local blocks now, bucket metas once loaded.
    const shippedSources = new Set<string>();
    for (const b of scan.blocks) if (shipped.has(b.ulid)) for (const s of b.sources) shippedSources.add(s);
    let bucketBlocks: BucketBlock[] | undefined;
    const ensureBucketBlocks = async () => {
      if (!bucketBlocks) {
        logger.info('gathering the blocks already in the bucket for the compacted-block checks', { bucket: bucket.name });
        bucketBlocks = await loadBucketBlocks(bucket, labels, signal);
        for (const b of bucketBlocks) for (const s of b.sources) shippedSources.add(s);
      }
      return bucketBlocks;
    };

    const wanted = scan.blocks.filter((b) => !shipped.has(b.ulid) && b.numSamples > 0 && (b.level <= 1 || uploadCompacted));
    const pending = new Set(wanted.map((b) => b.ulid));
    const gone = new Set<string>();
    const actions = new Map<string, BlockOutcome['action']>();
    const record = (o: BlockOutcome) => {
      actions.set(o.ulid, o.action);
      result.outcomes.push(o);
    };
    // Compacted blocks go before level-1 blocks: a level-1 block that is one of their sources is then
    // covered once they are shipped, instead of being shipped first and making them overlap.
    const ordered = [...wanted.filter((b) => b.level > 1), ...wanted.filter((b) => b.level <= 1)];
    const isCovered = (b: { sources: string[] }) => b.sources.length > 0 && b.sources.every((s) => shippedSources.has(s));

    for (const block of ordered) {
      signal?.throwIfAborted();
      const now = this.opts.now();
      const retry = this.retries.get(block.ulid);
      if (retry && retry.nextAttemptAt > now) {
        record({ ulid: block.ulid, action: 'backoff', retryInMs: retry.nextAttemptAt - now });
        continue;
      }
      try {
        // A level-1 block whose compacted parent is only failing for now waits for it: shipping it first
        // would make the parent overlap it, and the parent may hold samples of sources already deleted.
        const parents = wanted.filter((c) => c.level > 1 && c.sources.includes(block.ulid) && ['failed', 'backoff'].includes(actions.get(c.ulid) ?? ''));
        if (block.level <= 1 && parents.length > 0) {
          record({ ulid: block.ulid, action: 'waiting', on: parents.map((c) => c.ulid) });
          continue;
        }
        if (await bucket.exists(`${block.ulid}/meta.json`, signal)) {
          this.markShipped(block, shipped, pending, shippedSources, bucketBlocks);
          persist();
          record({ ulid: block.ulid, action: 'in-bucket' });
          this.sayOnce(block.ulid, 'info', 'block already in the bucket, recorded as shipped', { block: block.ulid });
          continue;
        }

        if (isCovered(block)) {
          record({ ulid: block.ulid, action: 'covered', by: block.sources });
          pending.delete(block.ulid);
          this.sayOnce(block.ulid, 'info', 'not uploading: every source of this block is already shipped, its samples are in the bucket', {
            block: block.ulid,
            level: block.level,
          });
          continue;
        }

        if (block.level > 1) {
          // Wait for overlapping unshipped blocks whose samples are not in this one. Its own sources
          // need no wait: once it is shipped they count as covered and are never uploaded.
          const mine = new Set(block.sources);
          const blockers = wanted.filter(
            (o) => o.ulid !== block.ulid && pending.has(o.ulid) && !gone.has(o.ulid) && overlapping(o, block) && !o.sources.every((s) => mine.has(s)),
          );
          if (blockers.length > 0) {
            record({ ulid: block.ulid, action: 'waiting', on: blockers.map((o) => o.ulid) });
            this.sayOnce(block.ulid, 'info', 'compacted block waits: it overlaps local blocks not shipped yet', {
              block: block.ulid,
              waitingFor: blockers.map((o) => o.ulid).join(','),
            });
            continue;
          }
          const inBucket = (await ensureBucketBlocks()).filter((o) => o.ulid !== block.ulid && overlapping(o, block));
          if (isCovered(block)) {
            record({ ulid: block.ulid, action: 'covered', by: block.sources });
            pending.delete(block.ulid);
            continue;
          }
          if (inBucket.length > 0) {
            record({ ulid: block.ulid, action: 'overlap', with: inBucket.map((o) => o.ulid) });
            this.sayOnce(
              block.ulid,
              'error',
              `refusing to upload compacted block ${block.ulid} ${formatRange(block)}: it overlaps ${inBucket
                .map((o) => `${o.ulid} ${formatRange(o)} (level ${o.level})`)
                .join(', ')} already in the bucket with the same external labels; uploading it would store the same samples twice and halt the compactor. ` +
                'If those bucket blocks hold all of its data, delete the local block or leave it; otherwise remove the overlapping bucket blocks first.',
              { block: block.ulid },
            );
            continue;
          }
        }

        if (block.outOfOrder) {
          const others = scan.blocks.filter((o) => o.ulid !== block.ulid && overlapping(o, block)).map((o) => o.ulid);
          this.sayOnce(block.ulid, 'warn', 'uploading out-of-order block; the bucket compactor must merge overlapping blocks (vertical compaction) instead of halting (thanos#7551)', {
            block: block.ulid,
            overlaps: others.join(','),
          });
        }

        const bytes = await this.upload(block, labels, signal);
        this.retries.delete(block.ulid);
        this.markShipped(block, shipped, pending, shippedSources, bucketBlocks);
        persist();
        shipperMetrics().uploads.inc();
        record({ ulid: block.ulid, action: 'uploaded', bytes });
        this.said.delete(block.ulid);
        logger.info('uploaded block', { block: block.ulid, bytes, level: block.level });
      } catch (err) {
        if (signal?.aborted) throw err;
        if (err instanceof BlockGoneError || !existsSync(join(block.dir, 'meta.json'))) {
          gone.add(block.ulid);
          pending.delete(block.ulid);
          this.retries.delete(block.ulid);
          record({ ulid: block.ulid, action: 'gone' });
          logger.warn('block was deleted locally before it was shipped; dropping it', { block: block.ulid });
          await this.removePartial(block.ulid, signal);
          continue;
        }
        const failures = (retry?.failures ?? 0) + 1;
        const delay = this.backoff(failures);
        this.retries.set(block.ulid, { failures, nextAttemptAt: this.opts.now() + delay });
        shipperMetrics().uploadFailures.inc();
        record({ ulid: block.ulid, action: 'failed', error: err as Error, retryInMs: delay });
        logger.error('shipping block failed; later blocks carry on, this one is retried', {
          block: block.ulid,
          attempt: failures,
          retryInMs: delay,
          err: (err as Error).message,
        });
      }
    }

    // Forget retry state of blocks that are gone or shipped.
    for (const ulid of this.retries.keys()) if (!pending.has(ulid)) this.retries.delete(ulid);
    const now = this.opts.now();
    let oldest = Number.POSITIVE_INFINITY;
    for (const ulid of pending) oldest = Math.min(oldest, ulidTimeMs(ulid));
    shipperMetrics().oldestUnshippedAge.set(Number.isFinite(oldest) ? Math.max(0, (now - oldest) / 1000) : 0);
    if (uploadCompacted) uploadCompactedDoneGauge().set(wanted.some((b) => b.level > 1 && pending.has(b.ulid)) ? 0 : 1);
  }

  private markShipped(block: LocalBlock, shipped: Set<string>, pending: Set<string>, sources: Set<string>, bucketBlocks?: BucketBlock[]): void {
    shipped.add(block.ulid);
    pending.delete(block.ulid);
    for (const s of block.sources) sources.add(s);
    bucketBlocks?.push({ ...block });
  }

  /** Uploads one block: chunks/*, index, then meta.json. Resolves the bytes sent. */
  private async upload(block: LocalBlock, labels: Record<string, string>, signal?: AbortSignal): Promise<number> {
    const { bucket } = this.opts;
    const staged = this.opts.stage ? this.stageBlock(block) : undefined;
    const dir = staged ?? block.dir;
    try {
      let plan;
      try {
        plan = planBlockUpload({ dir, externalLabels: labels, source: this.opts.source });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlockGoneError(`block ${block.ulid} disappeared`);
        throw err;
      }
      const total = plan.files.reduce((n, f) => n + f.sizeBytes, 0) + Buffer.byteLength(plan.metaJson);
      this.opts.onProgress?.({ type: 'block-start', ulid: block.ulid, bytes: total });
      for (const f of plan.files) {
        await bucket.uploadFile(`${block.ulid}/${f.relPath}`, join(dir, f.relPath), signal);
        this.opts.onProgress?.({ type: 'file-done', ulid: block.ulid, relPath: f.relPath, bytes: f.sizeBytes });
      }
      // Last: its presence in the bucket is what makes the block exist for every reader.
      await bucket.put(`${block.ulid}/meta.json`, plan.metaJson, signal);
      this.opts.onProgress?.({ type: 'file-done', ulid: block.ulid, relPath: 'meta.json', bytes: Buffer.byteLength(plan.metaJson) });
      this.opts.onProgress?.({ type: 'block-done', ulid: block.ulid, bytes: total });
      return total;
    } finally {
      if (staged) rmSync(staged, { recursive: true, force: true });
    }
  }

  /** Hard-links chunks/*, index and meta.json into <tsdb>/thanos/upload/<ULID>; undefined = read in place. */
  private stageBlock(block: LocalBlock): string | undefined {
    const dst = join(this.opts.tsdbPath, 'thanos', 'upload', block.ulid);
    rmSync(dst, { recursive: true, force: true });
    mkdirSync(join(dst, 'chunks'), { recursive: true });
    try {
      let segments: string[];
      try {
        segments = readdirSync(join(block.dir, 'chunks'));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new BlockGoneError(`block ${block.ulid} disappeared`);
        throw err;
      }
      for (const rel of [...segments.map((s) => `chunks/${s}`), 'index', 'meta.json']) {
        try {
          linkSync(join(block.dir, rel), join(dst, rel));
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') throw new BlockGoneError(`block ${block.ulid}: ${rel} disappeared`);
          if (code === 'EXDEV' || code === 'EPERM' || code === 'ENOTSUP' || code === 'EMLINK' || code === 'EOPNOTSUPP') {
            if (!this.stagingFallbackLogged) {
              this.stagingFallbackLogged = true;
              this.opts.logger.warn('cannot hard-link blocks for upload; reading them in place', { err: (err as Error).message });
            }
            rmSync(dst, { recursive: true, force: true });
            return undefined;
          }
          throw err;
        }
      }
      return dst;
    } catch (err) {
      rmSync(dst, { recursive: true, force: true });
      throw err;
    }
  }

  /** Removes what a crashed or stopped upload left in <tsdb>/thanos/upload (nothing is in flight now). */
  private cleanStaging(): void {
    if (!this.opts.stage) return;
    rmSync(join(this.opts.tsdbPath, 'thanos', 'upload'), { recursive: true, force: true });
  }

  /** Best effort: drop the objects of a block that will never be completed. Never touches a meta.json. */
  private async removePartial(ulid: string, signal?: AbortSignal): Promise<void> {
    const { bucket, logger } = this.opts;
    try {
      if (await bucket.exists(`${ulid}/meta.json`, signal)) return;
      const keys: string[] = [];
      for (const e of await bucket.list(`${ulid}/`, signal)) {
        const name = entryName(e);
        if (e.endsWith('/')) {
          for (const c of await bucket.list(`${ulid}/${name}/`, signal)) if (!c.endsWith('/')) keys.push(`${ulid}/${name}/${entryName(c)}`);
        } else if (name !== 'meta.json') keys.push(`${ulid}/${name}`);
      }
      for (const k of keys) await bucket.delete(k, signal);
    } catch (err) {
      logger.warn('could not remove partial upload', { block: ulid, err: (err as Error).message });
    }
  }

  private backoff(failures: number): number {
    const exp = Math.min(this.opts.backoffMaxMs, this.opts.backoffBaseMs * 2 ** Math.min(failures - 1, 30));
    return Math.round(exp / 2 + this.opts.random() * (exp / 2));
  }

  private sayOnce(key: string, level: 'info' | 'warn' | 'error', msg: string, fields: Record<string, unknown>): void {
    if (this.said.get(key) === msg) return;
    this.said.set(key, msg);
    this.opts.logger[level](msg, fields);
  }
}

/** logfmt lines on stderr, until the process-wide logger is wired in by the lead. */
export const stderrLogger: ShipperLogger = {
  info: (msg, fields) => logLine('info', msg, fields),
  warn: (msg, fields) => logLine('warn', msg, fields),
  error: (msg, fields) => logLine('error', msg, fields),
};

function logLine(level: string, msg: string, fields: Record<string, unknown> = {}): void {
  const parts = [`ts=${new Date().toISOString()}`, `level=${level}`, 'component=shipper', `msg=${JSON.stringify(msg)}`];
  for (const [k, v] of Object.entries(fields)) parts.push(`${k}=${typeof v === 'string' && /^[^\s"=]+$/.test(v) ? v : JSON.stringify(v)}`);
  process.stderr.write(`${parts.join(' ')}\n`);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
