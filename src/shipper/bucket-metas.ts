// The blocks already in the bucket under our external labels, for the compacted-block checks (does
// a compacted block overlap data that is already up there; are all its sources already shipped).
// Like Thanos's lazyOverlapChecker: listed at most once per pass and only when a compacted block
// needs it; blocks without meta.json are partial uploads and ignored.
import { BucketError, type Bucket } from '../objstore/bucket.js';

export interface BucketBlock {
  ulid: string;
  minTime: number;
  maxTime: number;
  level: number;
  sources: string[];
  outOfOrder: boolean;
}

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/** Last path segment of a listing entry (`01H…/` or `prefix/01H…/` → `01H…`). */
export function entryName(entry: string): string {
  const trimmed = entry.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

export async function loadBucketBlocks(bucket: Bucket, labels: Record<string, string>, signal?: AbortSignal): Promise<BucketBlock[]> {
  const out: BucketBlock[] = [];
  for (const entry of await bucket.list('', signal)) {
    if (!entry.endsWith('/')) continue;
    const ulid = entryName(entry);
    if (!ULID.test(ulid)) continue;
    let raw: Buffer;
    try {
      raw = await bucket.get(`${ulid}/meta.json`, signal);
    } catch (err) {
      if (err instanceof BucketError && err.code === 'NOT_FOUND') continue;
      throw err;
    }
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new Error(`bucket ${bucket.name}: ${ulid}/meta.json is not JSON: ${(err as Error).message}`);
    }
    const thanos = (m.thanos ?? {}) as { labels?: Record<string, string> };
    if (!sameLabels(thanos.labels ?? {}, labels)) continue;
    const compaction = (m.compaction ?? {}) as { level?: number; sources?: string[]; hints?: string[] };
    out.push({
      ulid: ulid.toUpperCase(),
      minTime: Number(m.minTime),
      maxTime: Number(m.maxTime),
      level: compaction.level ?? 1,
      sources: (compaction.sources ?? [ulid]).map((s) => String(s).toUpperCase()),
      outOfOrder: Array.isArray(compaction.hints) && compaction.hints.includes('from-out-of-order'),
    });
  }
  return out;
}

export function sameLabels(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}
