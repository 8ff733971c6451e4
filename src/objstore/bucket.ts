// The object storage seam: what the shipper (and `storeapi-sidecar upload`) needs from a bucket.
// Implementations: filesystem.ts (Thanos `type: FILESYSTEM`) and s3.ts (`type: S3`); both are
// wrapped by instrumented.ts, which counts operations with the Thanos metric names.
import type { Readable } from 'node:stream';

export interface Bucket {
  /** Human-readable name for logs, e.g. `s3://bucket/prefix` or `file:///dir`. */
  readonly name: string;
  /**
   * Uploads a local file to `key` (relative to the configured prefix). Large files go up in parts
   * (S3 multipart), so memory stays bounded by part size × parts in flight. Resolves once the
   * object is durably stored and visible.
   */
  uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void>;
  /** Stores a small object from memory (e.g. meta.json). */
  put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void>;
  /** Whether `key` exists. */
  exists(key: string, signal?: AbortSignal): Promise<boolean>;
  /** Reads a whole object; rejects with a BucketError code NOT_FOUND when missing. */
  get(key: string, signal?: AbortSignal): Promise<Buffer>;
  /** Streams an object. */
  getStream(key: string, signal?: AbortSignal): Promise<Readable>;
  /** Object names directly under `dir` (a "directory" listing: names ending in '/' are prefixes). */
  list(dir: string, signal?: AbortSignal): Promise<string[]>;
  /** Object size in bytes and last modification time; rejects NOT_FOUND when missing. */
  stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }>;
  delete(key: string, signal?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

export type BucketErrorCode = 'NOT_FOUND' | 'INVALID_CONFIG' | 'UNAVAILABLE' | 'INTERNAL';

export class BucketError extends Error {
  readonly code: BucketErrorCode;
  constructor(code: BucketErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'BucketError';
    this.code = code;
  }
}
