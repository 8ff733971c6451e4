// Opens the bucket an objstore config describes: provider, then the config's prefix, then metrics
// (outermost, as in Thanos, so the metrics see every call the shipper makes).
import type { Bucket } from './bucket.js';
import { normalizePrefix, type ObjstoreConfig } from './config.js';
import { FilesystemBucket } from './filesystem.js';
import { InstrumentedBucket } from './instrumented.js';
import { PrefixedBucket } from './prefixed.js';
import { S3Bucket, type S3BucketOptions } from './s3.js';

export type { Bucket } from './bucket.js';
export { BucketError } from './bucket.js';
export { loadObjstoreConfig, parseObjstoreConfig, type ObjstoreConfig } from './config.js';

export interface OpenBucketOptions {
  /** S3 only: parts in flight per uploaded file (default 4, as Thanos pins minio-go). */
  uploadConcurrency?: number;
}

export async function openBucket(config: ObjstoreConfig, opts: OpenBucketOptions = {}): Promise<Bucket> {
  let provider: FilesystemBucket | S3Bucket;
  if (config.type === 'FILESYSTEM') {
    provider = new FilesystemBucket(config.directory);
  } else {
    const s3Opts: S3BucketOptions = { queueSize: opts.uploadConcurrency };
    provider = await S3Bucket.create(config.s3, s3Opts);
  }
  const label = provider.metricLabel;
  const prefix = normalizePrefix(config.prefix);
  const bucket: Bucket = prefix === '' ? provider : new PrefixedBucket(provider, prefix);
  return new InstrumentedBucket(bucket, label);
}
