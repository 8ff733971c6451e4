// Before uploading, make sure Prometheus cannot compact a block away before it is shipped. Thanos
// (cmd/thanos/sidecar.go validatePrometheus, PR #8582) accepts two set-ups, read from
// GET /api/v1/status/flags:
//   1. compaction off: `storage.tsdb.min-block-duration` == `storage.tsdb.max-block-duration`;
//   2. compaction delayed: `storage.tsdb.delay-compact-file.path` names the shipper's own state file
//      `<tsdb.path>/<shipper.meta-file-name>` (Prometheus ≥ 3.9 then compacts a level-1 block only
//      once it is listed there as uploaded).
// A delay file that names another path is an error even when min == max: the two processes would
// silently disagree about what is uploaded. A block duration other than 2h is only a warning, and a
// Prometheus without the flags endpoint (404) is not validated at all, as in Thanos.
//
// `--shipper.upload-compacted` is a migration mode that also ships level > 1 blocks. Thanos's docs
// require compaction off for it; with compaction merely delayed, Prometheus keeps producing level-2+
// blocks out of level-1 blocks that are already in the bucket. Our shipper skips such blocks when
// every source is already shipped, and never ships one that overlaps bucket data, so we accept that
// set-up with a warning rather than an error.
import { httpFetch } from '../prometheus/http.js';
import { isAbsolute, join, normalize, resolve } from 'node:path';

export const FLAG_MIN_BLOCK = 'storage.tsdb.min-block-duration';
export const FLAG_MAX_BLOCK = 'storage.tsdb.max-block-duration';
export const FLAG_DELAY_COMPACT = 'storage.tsdb.delay-compact-file.path';

const TWO_HOURS_MS = 2 * 3600 * 1000;

export interface FlagsCheckOptions {
  tsdbPath: string;
  metaFileName: string;
  uploadCompacted: boolean;
  /** Thanos's hidden `--shipper.ignore-unequal-block-size`: turn the min != max error into a warning. */
  ignoreUnequalBlockSize?: boolean;
}

export interface FlagsCheckResult {
  ok: boolean;
  /** Set when !ok: a message that says what is wrong and how to fix it. */
  error?: string;
  warnings: string[];
  mode: 'compaction-disabled' | 'delay-compact-file' | 'unchecked';
}

/** Checks the `data` object of /api/v1/status/flags (flag name without dashes → string value). */
export function checkPrometheusFlags(flags: Record<string, string>, opts: FlagsCheckOptions): FlagsCheckResult {
  const warnings: string[] = [];
  const ours = join(opts.tsdbPath, opts.metaFileName);
  const delay = (flags[FLAG_DELAY_COMPACT] ?? '').trim();
  const minRaw = flags[FLAG_MIN_BLOCK];
  const maxRaw = flags[FLAG_MAX_BLOCK];
  const minMs = minRaw === undefined ? undefined : parseDurationMs(minRaw);
  const maxMs = maxRaw === undefined ? undefined : parseDurationMs(maxRaw);

  if (minMs !== undefined && minMs !== TWO_HOURS_MS) {
    warnings.push(`Prometheus --${FLAG_MIN_BLOCK}=${minRaw}: only a 2h block duration is recommended`);
  }

  if (delay !== '') {
    if (!samePath(delay, ours)) {
      return {
        ok: false,
        mode: 'delay-compact-file',
        warnings,
        error:
          `Prometheus and the sidecar track uploaded blocks in different files: Prometheus has ` +
          `--${FLAG_DELAY_COMPACT}=${delay}, but the sidecar writes ${ours} (--tsdb.path joined with ` +
          `--shipper.meta-file-name). Prometheus would compact blocks the sidecar has not uploaded yet. ` +
          `Point both at the same file: start Prometheus with --${FLAG_DELAY_COMPACT}=${ours}, or set ` +
          `--shipper.meta-file-name so that ${opts.tsdbPath} joined with it is ${delay}.`,
      };
    }
    if (opts.uploadCompacted && minMs !== maxMs) {
      warnings.push(
        `--shipper.upload-compacted with Prometheus compaction delayed (not disabled): Prometheus will keep ` +
          `compacting level-1 blocks after they are shipped; compacted blocks whose sources are all shipped ` +
          `are skipped, and any compacted block overlapping data already in the bucket is refused. For a ` +
          `one-off migration, disabling compaction (--${FLAG_MIN_BLOCK} = --${FLAG_MAX_BLOCK}) is simpler.`,
      );
    }
    return { ok: true, mode: 'delay-compact-file', warnings };
  }

  if (minMs === undefined || maxMs === undefined || minMs !== maxMs) {
    const shown = `--${FLAG_MIN_BLOCK}=${minRaw ?? '(not reported)'} and --${FLAG_MAX_BLOCK}=${maxRaw ?? '(not reported)'}`;
    const message =
      `Prometheus runs with ${shown}, so it compacts blocks locally and may merge a 2h block into a bigger ` +
      `one before the sidecar uploads it (that data would never reach the bucket). Fix it in one of two ways: ` +
      `(1) disable local compaction: start Prometheus with --${FLAG_MIN_BLOCK}=2h --${FLAG_MAX_BLOCK}=2h; or ` +
      `(2) keep compaction but delay it until upload (Prometheus ≥ 3.9): start Prometheus with ` +
      `--${FLAG_DELAY_COMPACT}=${ours}.` +
      (opts.uploadCompacted ? ' With --shipper.upload-compacted (migration), option (1) is the recommended one.' : '');
    if (opts.ignoreUnequalBlockSize) {
      warnings.push(`ignoring unequal block durations as asked: ${message}`);
      return { ok: true, mode: 'unchecked', warnings };
    }
    return { ok: false, mode: 'compaction-disabled', warnings, error: message };
  }
  return { ok: true, mode: 'compaction-disabled', warnings };
}

/**
 * GET <prometheus>/api/v1/status/flags. Resolves the `data` object, or null when the endpoint
 * does not exist (Prometheus < 2.2: Thanos skips validation then). Other failures reject.
 */
export async function fetchPrometheusFlags(prometheusUrl: string, signal?: AbortSignal): Promise<Record<string, string> | null> {
  const url = new URL('api/v1/status/flags', prometheusUrl.endsWith('/') ? prometheusUrl : `${prometheusUrl}/`);
  const res = await httpFetch(url, { method: 'GET', headers: { accept: 'application/json' } }, signal);
  if (res.status === 404) return null;
  const text = await res.text();
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}: ${text.slice(0, 200)}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GET ${url}: response is not JSON`);
  }
  const b = body as { status?: unknown; data?: unknown };
  if (b.status !== 'success' || b.data === null || typeof b.data !== 'object') throw new Error(`GET ${url}: unexpected response ${text.slice(0, 200)}`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(b.data as Record<string, unknown>)) out[k] = String(v);
  return out;
}

/** Prometheus model.Duration text (`1d12h`, `2h`, `90m`, `500ms`, `0s`) in milliseconds; NaN if bad. */
export function parseDurationMs(text: string): number {
  const s = text.trim();
  if (s === '0') return 0;
  const re = /(\d+)(ms|y|w|d|h|m|s)/y;
  const unit: Record<string, number> = { y: 365 * 86400e3, w: 7 * 86400e3, d: 86400e3, h: 3600e3, m: 60e3, s: 1e3, ms: 1 };
  let total = 0;
  let pos = 0;
  while (pos < s.length) {
    re.lastIndex = pos;
    const m = re.exec(s);
    if (!m) return Number.NaN;
    total += Number(m[1]) * unit[m[2]];
    pos = re.lastIndex;
  }
  return s.length === 0 ? Number.NaN : total;
}

/**
 * Same file? Compared after normalisation; a relative path on Prometheus's side is relative to
 * Prometheus's working directory, which we cannot know, so it only matches when it resolves to ours
 * from our own working directory (the usual "both started in the same directory" case).
 */
function samePath(theirs: string, ours: string): boolean {
  const strip = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  if (strip(normalize(theirs)) === strip(normalize(ours))) return true;
  if (isAbsolute(theirs) && isAbsolute(ours)) return false;
  return resolve(theirs) === resolve(ours);
}
