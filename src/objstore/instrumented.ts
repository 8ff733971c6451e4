// Bucket metrics with the names and label values of Thanos's objstore metricBucket, so the Thanos
// mixin's dashboards and alerts (e.g. ThanosSidecarBucketOperationsFailed) work unchanged:
//   thanos_objstore_bucket_operations_total{bucket,operation}
//   thanos_objstore_bucket_operation_failures_total{bucket,operation}
//   thanos_objstore_bucket_operation_duration_seconds{bucket,operation}   (successful operations)
//   thanos_objstore_bucket_last_successful_upload_time{bucket}            (absent until the first upload)
// Operation labels are Thanos's: iter, get, get_range, exists, upload, delete, attributes. All are
// initialised to zero per bucket, as Thanos does, so rates exist before the first event.
//
// Not counted as failures (Thanos: "expected" errors and cancelled contexts): NOT_FOUND — a missing
// object is an answer, not a fault, as in Thanos's store/compactor wrappers — and caller aborts.
import type { Readable } from 'node:stream';
import { Counter, Gauge, Histogram } from 'prom-client';
import { registry } from '../observability/metrics.js';
import { type Bucket, BucketError } from './bucket.js';

type Op = 'iter' | 'get' | 'get_range' | 'exists' | 'upload' | 'delete' | 'attributes';
const OPS: Op[] = ['iter', 'get', 'get_range', 'exists', 'upload', 'delete', 'attributes'];

interface BucketMetrics {
  ops: Counter<'bucket' | 'operation'>;
  failures: Counter<'bucket' | 'operation'>;
  duration: Histogram<'bucket' | 'operation'>;
  lastUpload: Gauge<'bucket'>;
}

// One set per process (prom-client refuses a second registration of a name); buckets differ by label.
let shared: BucketMetrics | undefined;
function metrics(): BucketMetrics {
  shared ??= {
    ops: new Counter({
      name: 'thanos_objstore_bucket_operations_total',
      help: 'Total number of all attempted operations against a bucket.',
      labelNames: ['bucket', 'operation'],
      registers: [registry],
    }),
    failures: new Counter({
      name: 'thanos_objstore_bucket_operation_failures_total',
      help: 'Total number of operations against a bucket that failed, but were not expected to fail in certain way from caller perspective. Those errors have to be investigated.',
      labelNames: ['bucket', 'operation'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'thanos_objstore_bucket_operation_duration_seconds',
      help: 'Duration of successful operations against the bucket',
      labelNames: ['bucket', 'operation'],
      buckets: [0.001, 0.01, 0.1, 0.3, 0.6, 1, 3, 6, 9, 20, 30, 60, 90, 120],
      registers: [registry],
    }),
    lastUpload: new Gauge({
      name: 'thanos_objstore_bucket_last_successful_upload_time',
      help: 'Second timestamp of the last successful upload to the bucket.',
      labelNames: ['bucket'],
      registers: [registry],
    }),
  };
  return shared;
}

export class InstrumentedBucket implements Bucket {
  readonly name: string;
  private readonly m = metrics();

  /** `label` is the `bucket` label value: Thanos uses the provider's Name() (S3: bucket name; FS: "fs: <dir>"). */
  constructor(
    private readonly inner: Bucket,
    private readonly label: string,
  ) {
    this.name = inner.name;
    for (const op of OPS) {
      this.m.ops.inc({ bucket: label, operation: op }, 0);
      this.m.failures.inc({ bucket: label, operation: op }, 0);
      this.m.duration.zero({ bucket: label, operation: op });
    }
  }

  uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    return this.observe('upload', signal, () => this.inner.uploadFile(key, path, signal), true);
  }
  put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    return this.observe('upload', signal, () => this.inner.put(key, body, signal), true);
  }
  exists(key: string, signal?: AbortSignal): Promise<boolean> {
    return this.observe('exists', signal, () => this.inner.exists(key, signal));
  }
  get(key: string, signal?: AbortSignal): Promise<Buffer> {
    return this.observe('get', signal, () => this.inner.get(key, signal));
  }
  async getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    // Like Thanos's timingReadCloser: the operation lasts until the body is fully read.
    const start = performance.now();
    const stream = await this.observe('get', signal, () => this.inner.getStream(key, signal), false, false);
    const labels = { bucket: this.label, operation: 'get' };
    let done = false;
    stream.once('end', () => {
      if (done) return;
      done = true;
      this.m.duration.observe(labels, (performance.now() - start) / 1000);
    });
    stream.once('error', (err) => {
      if (done) return;
      done = true;
      if (!this.expected(err, signal)) this.m.failures.inc(labels);
    });
    return stream;
  }
  list(dir: string, signal?: AbortSignal): Promise<string[]> {
    return this.observe('iter', signal, () => this.inner.list(dir, signal));
  }
  stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    return this.observe('attributes', signal, () => this.inner.stat(key, signal));
  }
  delete(key: string, signal?: AbortSignal): Promise<void> {
    return this.observe('delete', signal, () => this.inner.delete(key, signal));
  }
  close(): Promise<void> {
    return this.inner.close();
  }

  private async observe<T>(op: Op, signal: AbortSignal | undefined, run: () => Promise<T>, upload = false, timed = true): Promise<T> {
    const labels = { bucket: this.label, operation: op };
    this.m.ops.inc(labels);
    const start = performance.now();
    let result: T;
    try {
      result = await run();
    } catch (err) {
      if (!this.expected(err, signal)) this.m.failures.inc(labels);
      throw err;
    }
    if (timed) this.m.duration.observe(labels, (performance.now() - start) / 1000);
    if (upload) this.m.lastUpload.set({ bucket: this.label }, Date.now() / 1000);
    return result;
  }

  private expected(err: unknown, signal: AbortSignal | undefined): boolean {
    return signal?.aborted === true || (err as Error)?.name === 'AbortError' || (err instanceof BucketError && err.code === 'NOT_FOUND');
  }
}
