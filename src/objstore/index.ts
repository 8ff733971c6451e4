// Opens the bucket an objstore config describes: provider, then the config's prefix, then (for the
// sidecar) uploads moved to a low-priority thread, then metrics (outermost, as in Thanos, so the
// metrics see every call the shipper makes).
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
import type { S3Bucket, S3BucketOptions } from './s3.js';

export type { Bucket } from './bucket.js';
export type { BackgroundStatus } from './background.js';
export { BucketError } from './bucket.js';
export { loadObjstoreConfig, parseObjstoreConfig, type ObjstoreConfig } from './config.js';

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
}

/** The provider with the config's prefix applied, without metrics: the bucket a worker thread uses. */
export async function openProvider(config: ObjstoreConfig, opts: OpenBucketOptions = {}): Promise<{ bucket: Bucket; label: string }> {
  let provider: FilesystemBucket | S3Bucket;
  if (config.type === 'FILESYSTEM') {
    provider = new FilesystemBucket(config.directory);
  } else {
    const s3Opts: S3BucketOptions = { queueSize: opts.uploadConcurrency };
    const { S3Bucket: S3 } = await import('./s3.js');
    provider = await S3.create(config.s3, s3Opts);
  }
  const prefix = normalizePrefix(config.prefix);
  return { bucket: prefix === '' ? provider : new PrefixedBucket(provider, prefix), label: provider.metricLabel };
}

export async function openBucket(config: ObjstoreConfig, opts: OpenBucketOptions = {}): Promise<Bucket> {
  const { bucket, label } = await openProvider(config, opts);
  if (opts.backgroundNice === undefined) return new InstrumentedBucket(bucket, label);
  const background = new BackgroundUploadBucket(
    bucket,
    { config, uploadConcurrency: opts.uploadConcurrency, nice: opts.backgroundNice },
    opts.onBackgroundStatus,
  );
  return new InstrumentedBucket(background, label);
}
