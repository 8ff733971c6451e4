// Thanos `type: S3` over the AWS SDK v3 (Thanos itself uses minio-go; we follow its semantics).
//
// - Files go up streamed from disk (s3-upload.ts): one PutObject below part_size, as minio-go does;
//   from part_size up a multipart upload of part_size parts, at most `queueSize` in flight (minio-go's
//   NumThreads), each part read from its byte range of the file as it is sent. Memory is then the
//   stream buffers of the parts in flight, not part_size × parts. A failed or aborted multipart upload
//   is aborted on the server, so no orphan parts remain and the object never appears: S3 makes it
//   visible only on CompleteMultipartUpload.
// - With a yield gate (upload-gate.ts; the sidecar's upload thread has one) every byte of a file
//   passes the gate on its way to the socket, so a running query slows the upload on the wire.
// - Non-AWS servers: the SDK (since 3.729) adds CRC32 checksums / aws-chunked bodies by default,
//   which many S3-compatible servers reject, so checksums are sent and validated only when an
//   operation requires them (aws/aws-sdk-js-v3#6819).
// - bucket_lookup_type `auto` follows minio-go: virtual-hosted style only for Amazon, Google and
//   Aliyun endpoints (and not for dotted bucket names over https); path style everywhere else,
//   which is what MinIO, Ceph, moto and friends expect.
// - Retries: `max_retries` total attempts per request (minio-go's meaning; 10 when 0). Requests
//   without a streamed body use the SDK's standard strategy (exponential backoff with jitter on 5xx,
//   throttling and network errors); streamed bodies cannot be replayed by the SDK, so those go out
//   once per attempt and s3-upload.ts retries them with the same kind of backoff, reopening the file.
import { readFile, stat } from 'node:fs/promises';
import { rootCertificates } from 'node:tls';
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  DeleteObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { type Bucket, BucketError } from './bucket.js';
import type { S3Settings } from './config.js';
import { uploadFileStreamed, type UploadTarget } from './s3-upload.js';
import type { UploadGate } from './upload-gate.js';

export interface S3BucketOptions {
  /** Parts uploaded concurrently per file (minio-go's NumThreads, which Thanos pins to 4). */
  queueSize?: number;
  /** Every uploaded byte passes this gate (the sidecar's upload thread: yield to queries). */
  gate?: UploadGate;
}

/** SSE request fields, spread into Put/CreateMultipartUpload (and Get/Head for SSE-C). */
interface SseParams {
  ServerSideEncryption?: 'AES256' | 'aws:kms';
  SSEKMSKeyId?: string;
  SSEKMSEncryptionContext?: string;
  SSECustomerAlgorithm?: string;
  SSECustomerKey?: string;
}

export class S3Bucket implements Bucket {
  readonly name: string;
  /** Thanos's Name() for S3 is the bucket name: the `bucket` metric label. */
  readonly metricLabel: string;

  private constructor(
    private readonly s: S3Settings,
    private readonly client: S3Client,
    /** Same settings but one attempt per request: for streamed bodies that cannot be replayed. */
    private readonly singleShot: S3Client,
    private readonly writeSse: SseParams,
    private readonly readSse: SseParams,
    private readonly queueSize: number,
    private readonly gate: UploadGate | undefined,
  ) {
    this.name = `s3://${s.bucket}`;
    this.metricLabel = s.bucket;
  }

  static async create(s: S3Settings, opts: S3BucketOptions = {}): Promise<S3Bucket> {
    const base = await clientConfig(s);
    const client = new S3Client({ ...base, maxAttempts: s.maxAttempts });
    // The SDK warns on the console ("non-retryable streaming request") whenever a streamed request
    // fails; these are retried by us and their errors reach the caller, so the warning is noise.
    const singleShot = new S3Client({ ...base, maxAttempts: 1, logger: SILENT });
    const sse = await sseParams(s);
    const readSse = s.sse.type === 'SSE-C' ? sse : {};
    return new S3Bucket(s, client, singleShot, sse, readSse, Math.max(1, opts.queueSize ?? 4), opts.gate);
  }

  async uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const size = await stat(path).then(
      (st) => st.size,
      (err: unknown) => {
        throw new BucketError('INTERNAL', `upload ${key}: source file: ${(err as Error).message}`, { cause: err });
      },
    );
    return uploadFileStreamed(this.uploadTarget(), key, path, size, signal);
  }

  async put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    const cmd = new PutObjectCommand({ Bucket: this.s.bucket, Key: key, Body: body, ...this.objectParams() });
    try {
      await this.client.send(cmd, { abortSignal: signal });
    } catch (err) {
      throw this.wrap(err, `upload ${key}`, signal);
    }
  }

  async exists(key: string, signal?: AbortSignal): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s.bucket, Key: key, ...this.readSse }), { abortSignal: signal });
      return true;
    } catch (err) {
      const e = this.wrap(err, `exists ${key}`, signal);
      if (e instanceof BucketError && e.code === 'NOT_FOUND') return false;
      throw e;
    }
  }

  async get(key: string, signal?: AbortSignal): Promise<Buffer> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.s.bucket, Key: key, ...this.readSse }), { abortSignal: signal });
      if (out.Body === undefined) return Buffer.alloc(0);
      const bytes = await out.Body.transformToByteArray();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    } catch (err) {
      throw this.wrap(err, `get ${key}`, signal);
    }
  }

  async getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.s.bucket, Key: key, ...this.readSse }), { abortSignal: signal });
      // In Node the body is the http.IncomingMessage (a Readable) with SDK helpers mixed in.
      return out.Body as Readable;
    } catch (err) {
      throw this.wrap(err, `get ${key}`, signal);
    }
  }

  async list(dir: string, signal?: AbortSignal): Promise<string[]> {
    // Thanos Iter: a non-empty dir always ends with the delimiter, and the dir itself is skipped.
    const prefix = dir === '' ? '' : dir.replace(/\/+$/, '') + '/';
    const names: string[] = [];
    try {
      if (this.s.listObjectsVersion === 'v1') {
        let marker: string | undefined;
        for (;;) {
          const out = await this.client.send(
            new ListObjectsCommand({ Bucket: this.s.bucket, Prefix: prefix, Delimiter: '/', Marker: marker }),
            { abortSignal: signal },
          );
          const page = collect(out.Contents, out.CommonPrefixes, prefix);
          names.push(...page);
          if (!out.IsTruncated) break;
          // v1 gives NextMarker only with a delimiter; otherwise the last name is the marker.
          marker = out.NextMarker ?? page[page.length - 1];
          if (marker === undefined) break;
        }
      } else {
        let token: string | undefined;
        do {
          const out = await this.client.send(
            new ListObjectsV2Command({ Bucket: this.s.bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token }),
            { abortSignal: signal },
          );
          names.push(...collect(out.Contents, out.CommonPrefixes, prefix));
          token = out.IsTruncated ? out.NextContinuationToken : undefined;
        } while (token !== undefined);
      }
    } catch (err) {
      throw this.wrap(err, `list ${dir}`, signal);
    }
    return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  }

  async stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.s.bucket, Key: key, ...this.readSse }), { abortSignal: signal });
      return { size: out.ContentLength ?? 0, lastModified: out.LastModified ?? new Date(0) };
    } catch (err) {
      throw this.wrap(err, `stat ${key}`, signal);
    }
  }

  async delete(key: string, signal?: AbortSignal): Promise<void> {
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.s.bucket, Key: key }), { abortSignal: signal });
    } catch (err) {
      throw this.wrap(err, `delete ${key}`, signal);
    }
  }

  async close(): Promise<void> {
    this.client.destroy();
    this.singleShot.destroy();
  }

  private objectParams() {
    return {
      ...(Object.keys(this.s.putUserMetadata).length > 0 ? { Metadata: this.s.putUserMetadata } : {}),
      ...(this.s.storageClass !== '' ? { StorageClass: this.s.storageClass as never } : {}),
      ...this.writeSse,
    };
  }

  private uploadTarget(): UploadTarget {
    return {
      client: this.client,
      singleShot: this.singleShot,
      bucket: this.s.bucket,
      objectParams: this.objectParams(),
      // SSE-C: every part (and the Complete) must repeat the customer key; other SSE kinds are set
      // once, when the upload is created.
      partParams: this.readSse as Record<string, unknown>,
      partSize: this.s.partSize,
      queueSize: this.queueSize,
      maxAttempts: this.s.maxAttempts,
      singlePut: this.s.disableMultipart,
      gate: this.gate,
      wrap: (err, what, signal) => this.wrap(err, what, signal),
    };
  }

  /** SDK errors → BucketError; an abort requested by the caller passes through as AbortError. */
  private wrap(err: unknown, what: string, signal?: AbortSignal): Error {
    if (err instanceof BucketError) return err;
    const e = err as Error & { $metadata?: { httpStatusCode?: number }; Code?: string };
    if (signal?.aborted || e.name === 'AbortError') {
      if (e.name === 'AbortError') return e;
      return Object.assign(new Error(`${what}: aborted`, { cause: err }), { name: 'AbortError' });
    }
    const status = e.$metadata?.httpStatusCode;
    const where = `${this.name}: ${what}`;
    if (e.name === 'NoSuchBucket') return new BucketError('INTERNAL', `${where}: bucket ${this.s.bucket} does not exist`, { cause: err });
    if (e.name === 'NoSuchKey' || e.name === 'NotFound' || status === 404) {
      return new BucketError('NOT_FOUND', `${where}: object not found`, { cause: err });
    }
    // No status: the request never got an answer (connection refused, reset, timeout).
    const transient = status === undefined || status >= 500 || status === 429 || status === 408;
    return new BucketError(transient ? 'UNAVAILABLE' : 'INTERNAL', `${where}: ${e.name}: ${e.message}`, { cause: err });
  }
}

function collect(contents: { Key?: string }[] | undefined, prefixes: { Prefix?: string }[] | undefined, dir: string): string[] {
  const out: string[] = [];
  for (const p of prefixes ?? []) if (p.Prefix) out.push(p.Prefix);
  // Some servers return the "directory" placeholder object itself; it is not an entry.
  for (const o of contents ?? []) if (o.Key && o.Key !== dir) out.push(o.Key);
  return out;
}

const quiet = (): void => undefined;
const SILENT = { debug: quiet, info: quiet, warn: quiet, error: quiet };

const AMAZON_HOST = /^s3[.-]?(.*?)\.amazonaws\.com(\.cn)?$/;

/** minio-go s3utils.IsVirtualHostSupported. */
function virtualHostSupported(host: string, bucket: string, https: boolean): boolean {
  if (https && bucket.includes('.')) return false;
  return AMAZON_HOST.test(host) || host === 'storage.googleapis.com' || host.endsWith('aliyuncs.com');
}

/** The region of an Amazon endpoint (`s3.eu-west-1.amazonaws.com` → eu-west-1), else undefined. */
function regionFromHost(host: string): string | undefined {
  const m = AMAZON_HOST.exec(host);
  if (m === null) return undefined;
  const rest = m[1].replace(/^dualstack\./, '');
  return rest === '' || rest === 'external-1' ? 'us-east-1' : rest;
}

async function clientConfig(s: S3Settings): Promise<S3ClientConfig> {
  const https = !s.insecure;
  const host = s.endpoint.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  const forcePathStyle =
    s.bucketLookupType === 'path' || (s.bucketLookupType === 'auto' && !virtualHostSupported(host, s.bucket, https));
  // minio-go discovers the region when none is given; the SDK needs one up front, so we take it
  // from an Amazon host name or use us-east-1 and let the SDK follow region redirects.
  const region = s.region || regionFromHost(host) || 'us-east-1';
  const tls = s.tls;
  let ca: string[] | undefined;
  if (tls.caFile !== '') {
    const pem = await readConfigFile(tls.caFile, 'CA cert');
    ca = tls.trustRootCa ? [...rootCertificates, pem] : [pem];
  }
  const agent = {
    keepAlive: true,
    maxSockets: s.maxConnsPerHost > 0 ? s.maxConnsPerHost : Infinity,
  };
  return {
    region,
    endpoint: `${https ? 'https' : 'http'}://${s.endpoint}`,
    forcePathStyle,
    followRegionRedirects: s.region === '',
    credentials:
      s.accessKey !== '' ? { accessKeyId: s.accessKey, secretAccessKey: s.secretKey, ...(s.sessionToken ? { sessionToken: s.sessionToken } : {}) } : undefined,
    retryMode: 'standard',
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: {
      connectionTimeout: 30_000,
      // Thanos's response_header_timeout guards a server that accepts but never answers; an idle
      // socket timeout catches the same case in Node's handler.
      socketTimeout: s.responseHeaderTimeoutMs,
      httpAgent: agent,
      httpsAgent: {
        ...agent,
        ...(ca ? { ca } : {}),
        ...(tls.certFile !== '' ? { cert: await readConfigFile(tls.certFile, 'client cert'), key: await readConfigFile(tls.keyFile, 'client key') } : {}),
        ...(tls.serverName !== '' ? { servername: tls.serverName } : {}),
        rejectUnauthorized: !tls.insecureSkipVerify,
      },
    },
  };
}

async function sseParams(s: S3Settings): Promise<SseParams> {
  const sse = s.sse;
  switch (sse.type) {
    case '':
      return {};
    case 'SSE-S3':
      return { ServerSideEncryption: 'AES256' };
    case 'SSE-KMS':
      return {
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: sse.kmsKeyId,
        ...(Object.keys(sse.kmsEncryptionContext).length > 0
          ? { SSEKMSEncryptionContext: Buffer.from(JSON.stringify(sse.kmsEncryptionContext)).toString('base64') }
          : {}),
      };
    case 'SSE-C': {
      const key = await readFile(sse.encryptionKeyFile).catch((err: unknown) => {
        throw new BucketError('INVALID_CONFIG', `initialize s3 client SSE-C: ${(err as Error).message}`, { cause: err });
      });
      if (key.length !== 32) {
        throw new BucketError('INVALID_CONFIG', `initialize s3 client SSE-C: the key in ${sse.encryptionKeyFile} must be 32 bytes (AES-256), got ${key.length}`);
      }
      // The SDK accepts the key base64-encoded and adds the key MD5 header itself.
      return { SSECustomerAlgorithm: 'AES256', SSECustomerKey: key.toString('base64') };
    }
  }
}

async function readConfigFile(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    throw new BucketError('INVALID_CONFIG', `unable to load specified ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
}
