// thanos.Store/LabelNames and LabelValues, served from the index of the blocks overlapping the
// range (no chunk is read, no JSON API). External labels follow the Go sidecar
// (pkg/store/prometheus.go): matchers on them are decided against their value and dropped; names
// gain the external names (except replica labels) when the blocks returned any; the values of an
// external label are its one value.
//
// These calls are index lookups of a few milliseconds, so they run on the main thread with the
// process engine, over blocks opened once and closed when the watcher drops them.
//
// The head (from the newest block's end on) is not on disk in a form we read: for the part of the
// range after that boundary the names and values come from Prometheus's own label APIs, as the Go
// sidecar gets all of them, and are merged with the blocks' answer.
import type { ServerUnaryCall } from '@grpc/grpc-js';
import type { Block, BlockMeta, Engine, Matcher } from '../engine/engine.js';
import { compareUtf8 } from '../engine/series-set.js';
import type { PrometheusClient } from '../prometheus/client.js';
import { quoteGo } from '../tools/go-format.js';
import { thanos } from '../gen/proto.js';
import { resolveMatchers } from './external-labels.js';
import type { Logger } from './decorators.js';
import { invalidArgument } from './status.js';
import { clampTime, int64 } from './wire.js';

/** Opened blocks for index-only calls, following the current block set. */
export class IndexBlocks {
  private readonly open = new Map<string, Block>();

  constructor(
    private readonly engine: Engine,
    private readonly source: () => { dir: string; meta: BlockMeta }[],
  ) {}

  /** Blocks with data in [mint, maxt]; blocks that fail to open are returned as failures. */
  inRange(mint: number, maxt: number): { blocks: Block[]; failures: { dir: string; error: Error }[] } {
    const current = this.source();
    const live = new Set(current.map((b) => b.dir));
    // A block the watcher no longer lists was compacted away or deleted: release its mappings.
    for (const [dir, block] of this.open) {
      if (!live.has(dir)) {
        this.open.delete(dir);
        block.close();
      }
    }
    const blocks: Block[] = [];
    const failures: { dir: string; error: Error }[] = [];
    for (const { dir, meta } of current) {
      if (!(meta.minTime <= maxt && mint < meta.maxTime)) continue;
      let block = this.open.get(dir);
      if (!block) {
        try {
          block = this.engine.openBlock(dir);
        } catch (error) {
          failures.push({ dir, error: error as Error });
          continue;
        }
        this.open.set(dir, block);
      }
      blocks.push(block);
    }
    return { blocks, failures };
  }

  close(): void {
    for (const block of this.open.values()) block.close();
    this.open.clear();
  }
}

export interface LabelsDeps {
  index: IndexBlocks;
  externalLabels(): [string, string][];
  minTime(): bigint;
  log: Logger;
  /** Prometheus, for the head part of the range; absent when serving persisted blocks only. */
  prometheus?: PrometheusClient;
  /** First millisecond of the head: the newest persisted block's (exclusive) maxTime. */
  headStart?(): number;
}

interface LabelsRequest {
  start?: number | import('long').default | null;
  end?: number | import('long').default | null;
  matchers?: thanos.LabelMatcher.$Properties[] | null;
  partialResponseDisabled?: boolean | null;
  partialResponseStrategy?: thanos.PartialResponseStrategy | null;
  limit?: number | import('long').default | null;
}

interface Scope {
  rest: Matcher[];
  mint: number;
  maxt: number;
  abort: boolean;
  limit: number;
}

/** Common validation; undefined = answer empty (a matcher contradicts an external label, or the range is before our data). */
function scope(req: LabelsRequest, external: [string, string][], storeMin: bigint): Scope | undefined {
  const start = int64(req.start);
  const end = int64(req.end);
  if (start > end) throw invalidArgument(`start ${start} is after end ${end}`);
  const { matches, rest } = resolveMatchers(
    (req.matchers ?? []).map((m) => ({ type: (m.type ?? 0) as number, name: m.name ?? '', value: m.value ?? '' })),
    external,
  );
  if (!matches) return undefined;
  const mint = start > storeMin ? start : storeMin;
  if (mint > end) return undefined;
  const limit = int64(req.limit);
  return {
    rest,
    mint: clampTime(mint),
    maxt: clampTime(end),
    abort: !!req.partialResponseDisabled || req.partialResponseStrategy === thanos.PartialResponseStrategy.ABORT,
    limit: limit > 0n ? clampTime(limit) : 0,
  };
}

/** Runs `fn` on each block; a failing block fails the call (ABORT) or becomes a warning (WARN). */
function eachBlock(deps: LabelsDeps, s: Scope, fn: (b: Block) => void): string[] {
  const { blocks, failures } = deps.index.inRange(s.mint, s.maxt);
  const warnings: string[] = [];
  const fail = (dir: string, error: Error) => {
    if (s.abort) throw error;
    deps.log('warn', 'block skipped in label query', { dir, err: error.message });
    warnings.push(`storeapi-sidecar: block ${dir} skipped: ${error.message}`);
  };
  for (const f of failures) fail(f.dir, f.error);
  for (const b of blocks) {
    try {
      fn(b);
    } catch (error) {
      fail(b.dir, error as Error);
    }
  }
  return warnings;
}

const MATCH_OPS = ['=', '!=', '=~', '!~'];

const LEGACY_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Matchers as a PromQL series selector for Prometheus's `match[]` (names quoted only when they must be: Prometheus 2 rejects quoted names). */
function selector(matchers: Matcher[]): string {
  const name = (n: string) => (LEGACY_NAME.test(n) ? n : quoteGo(n));
  return '{' + matchers.map((m) => `${name(m.name)}${MATCH_OPS[m.type]}${quoteGo(m.value)}`).join(',') + '}';
}

/** Prometheus API time: seconds with millisecond precision. */
const seconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * Names or values from Prometheus's label API for the head part of the scope, or undefined when the
 * scope ends before the head (or no Prometheus is configured). A failure fails the call (ABORT) or
 * becomes a warning (WARN), as a failing block does.
 */
async function fromHead(deps: LabelsDeps, s: Scope, path: string, warnings: string[]): Promise<string[] | undefined> {
  if (!deps.prometheus || !deps.headStart) return undefined;
  const start = Math.max(s.mint, deps.headStart());
  if (start > s.maxt) return undefined;
  const params: Record<string, string | string[]> = { start: seconds(start), end: seconds(s.maxt) };
  if (s.rest.length > 0) params['match[]'] = [selector(s.rest)];
  try {
    const res = await deps.prometheus.api<string[]>(path, params);
    return Array.isArray(res.data) ? res.data.map(String) : [];
  } catch (error) {
    if (s.abort) throw error;
    deps.log('warn', 'head label query failed', { path, err: (error as Error).message });
    warnings.push(`storeapi-sidecar: head labels from Prometheus unavailable: ${(error as Error).message}`);
    return undefined;
  }
}

/** Sorted (UTF-8 byte order), distinct, cut at `limit` (0 = all). */
function finish(values: Iterable<string>, limit: number): string[] {
  const out = [...new Set(values)].sort(compareUtf8);
  return limit > 0 && out.length > limit ? out.slice(0, limit) : out;
}

export function labelNamesHandler(deps: LabelsDeps): (call: ServerUnaryCall<thanos.LabelNamesRequest, thanos.LabelNamesResponse>) => Promise<thanos.LabelNamesResponse> {
  return async (call) => {
    const req = call.request;
    const external = deps.externalLabels();
    const s = scope(req, external, deps.minTime());
    if (!s) return thanos.LabelNamesResponse.create({ names: [] });
    const names = new Set<string>();
    const warnings = eachBlock(deps, s, (b) => {
      for (const n of b.labelNames(s.rest)) names.add(n);
    });
    for (const n of (await fromHead(deps, s, '/api/v1/labels', warnings)) ?? []) names.add(n);
    if (names.size > 0) {
      const replica = new Set(req.withoutReplicaLabels ?? []);
      for (const [n] of external) if (!replica.has(n)) names.add(n);
    }
    return thanos.LabelNamesResponse.create({ names: finish(names, s.limit), warnings });
  };
}

export function labelValuesHandler(deps: LabelsDeps): (call: ServerUnaryCall<thanos.LabelValuesRequest, thanos.LabelValuesResponse>) => Promise<thanos.LabelValuesResponse> {
  return async (call) => {
    const req = call.request;
    const label = req.label ?? '';
    if (label === '') throw invalidArgument('label name parameter cannot be empty');
    const external = deps.externalLabels();
    const s = scope(req, external, deps.minTime());
    const empty = thanos.LabelValuesResponse.create({ values: [] });
    if (!s) return empty;
    // A replica label is deleted from every series, so it has no values here.
    if ((req.withoutReplicaLabels ?? []).includes(label)) return empty;

    const ext = external.find(([n]) => n === label);
    if (ext) {
      // Every series carries the external value; with other matchers, only if some series matches them.
      if (s.rest.length === 0) return thanos.LabelValuesResponse.create({ values: [ext[1]] });
      let any = false;
      const warnings = eachBlock(deps, s, (b) => {
        if (!any && b.postings(s.rest).length > 0) any = true;
      });
      if (!any) any = ((await fromHead(deps, s, '/api/v1/labels', warnings)) ?? []).length > 0;
      return thanos.LabelValuesResponse.create({ values: any ? [ext[1]] : [], warnings });
    }

    const values = new Set<string>();
    const warnings = eachBlock(deps, s, (b) => {
      for (const v of b.labelValues(label, s.rest)) values.add(v);
    });
    for (const v of (await fromHead(deps, s, `/api/v1/label/${encodeURIComponent(label)}/values`, warnings)) ?? []) values.add(v);
    return thanos.LabelValuesResponse.create({ values: finish(values, s.limit), warnings });
  };
}
