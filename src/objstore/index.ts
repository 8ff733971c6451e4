// Opens the bucket an objstore config describes: provider (with the yield gate on its uploads when
// the caller serves queries), then the config's prefix, then (for the sidecar) uploads moved to a
// low-priority thread, then metrics (outermost, as in Thanos, so the metrics see every call the
// shipper makes).
//
// The S3 provider is imported only when an S3 bucket is opened: the AWS SDK costs about 8 MiB of
// heap and start-up time in every process that loads it, and most processes (a sidecar without
// uploads, the tsdb tools, a FILESYSTEM bucket) never need it.
import { BackgroundUploadBucket, type BackgroundStatus } from './background.js';
import type { Bucket } from './bucket.js';
import { normalizePrefix, type ObjstoreConfig } from './config.js';
import { FilesystemBucket } from './filesystem.js';
import { InstrumentedBucket } from './instrumented.js';
import { PrefixedBucket } from './prefixed.js';
import type { QueryActivity } from './query-activity.js';
import type { S3Bucket, S3BucketOptions } from './s3.js';
import { UploadGate } from './upload-gate.js';

export type { Bucket } from './bucket.js';
export type { BackgroundStatus } from './background.js';
export { BucketError } from './bucket.js';
export { loadObjstoreConfig, parseObjstoreConfig, type ObjstoreConfig } from './config.js';
export { QueryActivity } from './query-activity.js';

export interface OpenBucketOptions {
  /** S3 only: parts in flight per uploaded file (default 4, as Thanos pins minio-go). */
  uploadConcurrency?: number;
  /**
   * Run uploadFile on a worker thread at this nice value (19: idle CPU only), so uploads never take
   * CPU from queries in the same process. Absent: uploads run on the calling thread.
   */
  backgroundNice?: number;
  /** Told once the upload thread has started: the nice value it got, or why it got none. */
  onBackgroundStatus?: (s: BackgroundStatus) => void;
  /**
   * Yield to queries (upload-gate.ts): while this counts a running Series call, uploaded files go
   * out at `uploadRateWhileServing` bytes per second; otherwise at full speed. Both are needed.
   */
  queryActivity?: QueryActivity;
  /** Bytes per second while a query runs; 0 or absent: never yield. */
  uploadRateWhileServing?: number;
}

/** The gate the options ask for, or undefined (no query counter, or a rate of 0). */
function yieldGate(opts: OpenBucketOptions): UploadGate | undefined {
  const rate = opts.uploadRateWhileServing ?? 0;
  return opts.queryActivity && rate > 0 ? new UploadGate(opts.queryActivity, rate) : undefined;
}

/** The provider with the config's prefix applied, without metrics: the bucket a worker thread uses. */
export async function openProvider(config: ObjstoreConfig, opts: OpenBucketOptions = {}): Promise<{ bucket: Bucket; label: string }> {
  let provider: FilesystemBucket | S3Bucket;
  const gate = yieldGate(opts);
  if (config.type === 'FILESYSTEM') {
    provider = new FilesystemBucket(config.directory, gate);
  } else {
    const s3Opts: S3BucketOptions = { queueSize: opts.uploadConcurrency, gate };
    const { S3Bucket: S3 } = await import('./s3.js');
    provider = await S3.create(config.s3, s3Opts);
  }
  const prefix = normalizePrefix(config.prefix);
  return { bucket: prefix === '' ? provider : new PrefixedBucket(provider, prefix), label: provider.metricLabel };
}

export async function openBucket(config: ObjstoreConfig, opts: OpenBucketOptions = {}): Promise<Bucket> {
  if (opts.backgroundNice === undefined) {
    const { bucket, label } = await openProvider(config, opts);
    return new InstrumentedBucket(bucket, label);
  }
  // The upload thread does every uploadFile, so only its copy of the bucket needs the gate.
  const { bucket, label } = await openProvider(config, { uploadConcurrency: opts.uploadConcurrency });
  const gate = yieldGate(opts);
  const background = new BackgroundUploadBucket(
    bucket,
    {
      config,
      uploadConcurrency: opts.uploadConcurrency,
      nice: opts.backgroundNice,
      ...(gate && opts.queryActivity ? { queryActivity: opts.queryActivity.buffer, uploadRateWhileServing: gate.bytesPerSecond } : {}),
    },
    opts.onBackgroundStatus,
  );
  return new InstrumentedBucket(background, label);
}
