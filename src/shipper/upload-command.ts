// `storeapi-sidecar upload`: a one-shot migration of the blocks already in a TSDB directory (for
// example years of Prometheus data before the sidecar existed), with the same rules and the same
// state file as the background shipper. It first prints the plan — what is uploaded, what is
// skipped and why, and which blocks overlap and what that means for the bucket's compactor — then
// (unless --dry-run) uploads with a progress bar on stderr, retrying failed blocks with backoff.
//
// The maintainers' suggestion in thanos#3753 ("a simple upload tool") and the pain of #934/#1971
// (restart from scratch, memory growing with block size) are what this addresses: the state file
// is written after every block, and files stream in bounded parts.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Bucket } from '../objstore/bucket.js';
import { loadObjstoreConfig, openBucket } from '../objstore/index.js';
import { parseFlags, UsageError } from '../tools/args.js';
import { loadBucketBlocks, type BucketBlock } from './bucket-metas.js';
import { formatRange, overlapGroups, scanBlocks, type LocalBlock } from './blocks.js';
import { DEFAULT_META_FILE_NAME, metaFilePath, readShipperMeta } from './meta-file.js';
import { formatBytes, ProgressBar } from './progress.js';
import { Shipper, stderrLogger, type BlockOutcome, type ShipperLogger } from './shipper.js';

const USAGE = `usage: storeapi-sidecar upload --tsdb.path DIR (--objstore.config-file FILE | --objstore.config YAML)
                               [--label NAME=VALUE ...] [--shipper.upload-compacted] [--dry-run]

Uploads the finished blocks of a Prometheus TSDB directory to object storage once, with the rules of
the sidecar's shipper, and records them in <tsdb.path>/thanos.shipper.json.

  --tsdb.path DIR                Prometheus data directory (holds the ULID block directories)
  --objstore.config-file FILE    Thanos objstore YAML (type: S3 or FILESYSTEM)
  --objstore.config YAML         the same YAML inline (exclusive with --objstore.config-file)
  --label NAME=VALUE             external label for the uploaded blocks' thanos.labels; repeat for
                                 several. Required to upload: use the Prometheus external labels.
  --shipper.upload-compacted     also upload compacted blocks (compaction level > 1)
  --shipper.meta-file-name NAME  state file name in --tsdb.path (default thanos.shipper.json)
  --max-attempts N               attempts per block before giving up (default 5)
  --dry-run                      print the plan and the overlap diagnosis; upload nothing`;

const OPTIONS = {
  'tsdb.path': { type: 'string' },
  'objstore.config-file': { type: 'string' },
  'objstore.config': { type: 'string' },
  label: { type: 'string', multiple: true },
  'shipper.upload-compacted': { type: 'boolean' },
  'shipper.meta-file-name': { type: 'string' },
  'max-attempts': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface PlannedBlock {
  block: LocalBlock;
  bytes: number;
  decision: 'upload' | 'shipped' | 'in-bucket' | 'empty' | 'compacted' | 'covered';
  why: string;
}

/** Entry point; resolves the process exit code (0 all shipped, 1 something left, 2 usage). */
export async function runUpload(argv: string[], out: NodeJS.WritableStream = process.stdout, logger: ShipperLogger = stderrLogger): Promise<number> {
  let bucket: Bucket | undefined;
  try {
    const { values } = parseFlags(argv, OPTIONS, USAGE);
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    const tsdbPath = values['tsdb.path'];
    if (!tsdbPath) throw new UsageError(`--tsdb.path is required\n\n${USAGE}`);
    const labels = parseLabels(values.label ?? []);
    const uploadCompacted = values['shipper.upload-compacted'] ?? false;
    const metaFileName = values['shipper.meta-file-name'] ?? DEFAULT_META_FILE_NAME;
    const maxAttempts = values['max-attempts'] === undefined ? 5 : Number(values['max-attempts']);
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new UsageError(`--max-attempts: expected a positive integer`);
    const config = await loadObjstoreConfig({ config: values['objstore.config'], configFile: values['objstore.config-file'] });
    if (!config) throw new UsageError(`no bucket configured: pass --objstore.config-file or --objstore.config\n\n${USAGE}`);
    // Full speed on this thread: a one-shot upload serves no queries, so there is nothing to yield to.
    bucket = await openBucket(config);

    const plan = await planUpload({ tsdbPath, bucket, metaFileName, uploadCompacted });
    out.write(renderPlan(plan, bucket.name));
    const bucketBlocks = Object.keys(labels).length > 0 ? await loadBucketBlocks(bucket, labels) : [];
    out.write(renderOverlaps(plan.map((p) => p.block).filter((b) => b.numSamples > 0), bucketBlocks, uploadCompacted));

    const toUpload = plan.filter((p) => p.decision === 'upload');
    if (values['dry-run']) {
      if (Object.keys(labels).length === 0 && toUpload.length > 0) out.write('note: an upload needs --label NAME=VALUE (the Prometheus external labels)\n');
      out.write(`dry run: ${toUpload.length} block(s), ${formatBytes(sum(toUpload))} would be uploaded\n`);
      return 0;
    }
    if (toUpload.length === 0) {
      out.write('nothing to upload\n');
      return 0;
    }
    if (Object.keys(labels).length === 0) {
      throw new UsageError('refusing to upload without external labels: pass --label NAME=VALUE for each Prometheus external label (Thanos rejects blocks with empty thanos.labels)');
    }

    const bar = new ProgressBar(toUpload.length, sum(toUpload));
    const shipper = new Shipper({ tsdbPath, bucket, externalLabels: () => labels, metaFileName, uploadCompacted, logger, onProgress: (e) => bar.onEvent(e) });
    const planned = new Map(toUpload.map((p) => [p.block.ulid, p]));
    const final = new Map<string, BlockOutcome>();
    for (let attempt = 1; ; attempt++) {
      const result = await shipper.sync();
      if (result.error) throw result.error;
      for (const o of result.outcomes) {
        if (o.action === 'in-bucket' && planned.has(o.ulid) && !final.has(o.ulid)) bar.skipped(planned.get(o.ulid)!.bytes);
        final.set(o.ulid, o);
      }
      const retrying = result.outcomes.filter((o) => o.action === 'failed' || o.action === 'backoff' || o.action === 'waiting');
      if (retrying.length === 0 || attempt >= maxAttempts) break;
      const at = shipper.nextRetryAt();
      if (at !== undefined) await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
    }
    bar.finish();
    return report(final, out);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`upload: ${(err as Error).message}\n`);
    return 1;
  } finally {
    await bucket?.close();
  }
}

export async function planUpload(o: { tsdbPath: string; bucket: Bucket; metaFileName: string; uploadCompacted: boolean }): Promise<PlannedBlock[]> {
  const state = readShipperMeta(metaFilePath(o.tsdbPath, o.metaFileName));
  const shipped = new Set(state.meta.uploaded);
  const scan = scanBlocks(o.tsdbPath);
  for (const u of scan.unreadable) process.stderr.write(`skipping ${u.dir}: ${u.error.message}\n`);
  const planned: PlannedBlock[] = [];
  for (const block of scan.blocks) {
    const bytes = blockBytes(block.dir);
    const add = (decision: PlannedBlock['decision'], why: string) => planned.push({ block, bytes, decision, why });
    if (shipped.has(block.ulid)) add('shipped', `listed in ${o.metaFileName}`);
    else if (block.numSamples === 0) add('empty', 'no samples');
    else if (block.level > 1 && !o.uploadCompacted) add('compacted', `compaction level ${block.level}: pass --shipper.upload-compacted to include it`);
    else if (await o.bucket.exists(`${block.ulid}/meta.json`)) add('in-bucket', 'meta.json already in the bucket');
    else add('upload', block.outOfOrder ? 'out-of-order block' : block.level > 1 ? `compacted, level ${block.level}` : 'level 1');
  }
  // A block whose samples are all in a higher-level block that is (or will be) in the bucket is not
  // uploaded: the shipper counts it as covered.
  for (const p of planned) {
    if (p.decision !== 'upload') continue;
    const parent = planned.find((q) => q !== p && (q.decision === 'upload' || q.decision === 'shipped' || q.decision === 'in-bucket') && q.block.level > p.block.level && p.block.sources.every((s) => q.block.sources.includes(s)));
    if (parent) {
      p.decision = 'covered';
      p.why = `its samples are in ${parent.block.ulid} (level ${parent.block.level})`;
    }
  }
  return planned;
}

export function renderPlan(plan: PlannedBlock[], bucketName: string): string {
  const lines = [`blocks in the TSDB directory, oldest first (bucket ${bucketName}):`];
  for (const p of plan) {
    const b = p.block;
    lines.push(`  ${b.ulid}  ${formatRange(b)}  level ${b.level}  ${String(b.numSamples).padStart(12)} samples  ${formatBytes(p.bytes).padStart(10)}  ${p.decision.padEnd(9)} ${p.why}`);
  }
  if (plan.length === 0) lines.push('  (none)');
  return `${lines.join('\n')}\n`;
}

/** Which blocks overlap which, and what it means for the bucket's compactor. */
export function renderOverlaps(local: LocalBlock[], bucketBlocks: BucketBlock[], uploadCompacted: boolean): string {
  const all = [
    ...local.map((b) => ({ ...b, where: 'local' })),
    ...bucketBlocks.filter((b) => !local.some((l) => l.ulid === b.ulid)).map((b) => ({ ...b, where: 'bucket' })),
  ];
  const groups = overlapGroups(all);
  if (groups.length === 0) return 'overlaps: none\n';
  const lines = [`overlaps: ${groups.length} group(s) of blocks share time ranges:`];
  for (const g of groups) {
    lines.push(`  - ${g.map((b) => `${b.ulid} (${b.where}, level ${b.level}${b.outOfOrder ? ', out-of-order' : ''}) ${formatRange(b)}`).join('\n    ')}`);
    const top = g.reduce((a, b) => (b.level > a.level ? b : a));
    const contained = g.filter((b) => b !== top && b.sources.every((s) => top.sources.includes(s)));
    if (g.some((b) => b.outOfOrder)) {
      lines.push('    meaning: out-of-order blocks hold samples that no other block has; they are uploaded, and the bucket');
      lines.push('    compactor must merge the overlap (vertical compaction) instead of halting on it (thanos#7551).');
    } else if (contained.length === g.length - 1 && top.level > 1) {
      lines.push(`    meaning: ${top.ulid} was compacted from the others (they are among its sources); only one copy of`);
      lines.push(`    the samples may reach the bucket: ${uploadCompacted ? `${top.ulid} is uploaded and its sources are skipped as covered` : 'without --shipper.upload-compacted only the level-1 blocks are uploaded'}.`);
    } else {
      lines.push('    meaning: these blocks hold different data for the same time; uploading all of them makes the bucket');
      lines.push('    compactor halt on the overlap unless it runs vertical compaction. A compacted block that overlaps');
      lines.push('    blocks already in the bucket is refused; remove the duplicate before uploading.');
    }
  }
  return `${lines.join('\n')}\n`;
}

function report(final: Map<string, BlockOutcome>, out: NodeJS.WritableStream): number {
  const count = (a: BlockOutcome['action']) => [...final.values()].filter((o) => o.action === a).length;
  out.write(`uploaded ${count('uploaded')}, already in bucket ${count('in-bucket')}, covered ${count('covered')}, gone ${count('gone')}\n`);
  let bad = 0;
  for (const o of final.values()) {
    if (o.action === 'failed') out.write(`FAILED ${o.ulid}: ${o.error.message}\n`);
    else if (o.action === 'backoff') out.write(`FAILED ${o.ulid}: still failing after the last attempt\n`);
    else if (o.action === 'overlap') out.write(`REFUSED ${o.ulid}: overlaps ${o.with.join(', ')} in the bucket\n`);
    else if (o.action === 'waiting') out.write(`NOT UPLOADED ${o.ulid}: waits for ${o.on.join(', ')}\n`);
    else continue;
    bad++;
  }
  return bad === 0 ? 0 : 1;
}

function parseLabels(items: string[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`--label: expected NAME=VALUE, got ${JSON.stringify(item)}`);
    const name = item.slice(0, eq);
    if (name in labels) throw new UsageError(`--label: ${name} given twice`);
    labels[name] = item.slice(eq + 1).replace(/^"(.*)"$/, '$1');
  }
  return labels;
}

function blockBytes(dir: string): number {
  let total = 0;
  try {
    for (const name of readdirSync(join(dir, 'chunks'))) total += statSync(join(dir, 'chunks', name)).size;
    total += statSync(join(dir, 'index')).size;
  } catch {
    // A block being deleted: its size no longer matters.
  }
  return total;
}

function sum(plan: PlannedBlock[]): number {
  return plan.reduce((n, p) => n + p.bytes, 0);
}
