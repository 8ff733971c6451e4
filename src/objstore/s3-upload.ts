// Uploading a local file to S3 as a stream: one PutObject below part_size, a multipart upload from
// part_size up, as minio-go does (PutObject when size < part size). Every body is read from the file
// as it is sent, through the yield gate when there is one (upload-gate.ts), so the gate really
// stops bytes on the wire; nothing is buffered a part at a time.
//
// - Parts are byte ranges of the file (`createReadStream(path, {start, end})`), part_size bytes
//   each but the last, at most `queueSize` in flight, completed with their ETags in part order.
//   Memory is the stream buffers of the parts in flight (a few MiB each: 1 MiB file reads, the
//   gate's 1 MiB pieces, the request's queue), whatever part_size is, not part_size × parts as with
//   a buffering uploader.
// - At most 10,000 parts (S3's limit): a file that would need more gets larger parts.
// - A streamed body cannot be replayed, so these requests go out on the one-attempt client and are
//   retried here, each part on its own (the range is simply re-read): full-jitter exponential
//   backoff, base 100 ms, cap 20 s, `max_retries` attempts, on UNAVAILABLE answers only.
//   CreateMultipartUpload, CompleteMultipartUpload and AbortMultipartUpload carry no stream and
//   keep the SDK's own retries.
// - A multipart upload that fails or is aborted is aborted on the server, after every part request
//   has stopped (a part still arriving could otherwise outlive the abort) and retried for up to 10 s
//   (the outage that failed the parts may still be on), so no orphan parts are left and the object
//   never appears: S3 shows it only on Complete.
// - Checksums: none are added (the client's WHEN_REQUIRED setting; see s3.ts); every body has an
//   explicit Content-Length, so the SDK never falls back to aws-chunked encoding.
import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { BucketError } from './bucket.js';
import type { UploadGate } from './upload-gate.js';

/** S3's most parts per multipart upload. */
export const MAX_PARTS = 10_000;
/** File reads and gate pieces: 1 MiB. */
const READ_CHUNK = 1024 * 1024;
/** Longest we keep trying the clean-up AbortMultipartUpload before giving up on it. */
const ABORT_CLEANUP_MS = 10_000;

export interface UploadTarget {
  /** The SDK's retries: requests without a streamed body. */
  client: S3Client;
  /** One attempt per request: streamed bodies, retried here. */
  singleShot: S3Client;
  bucket: string;
  /** What the object is created with: metadata, storage class, SSE (PutObject, CreateMultipartUpload). */
  objectParams: Record<string, unknown>;
  /** What every part and the Complete repeat: the SSE-C key, when there is one. */
  partParams: Record<string, unknown>;
  partSize: number;
  queueSize: number;
  /** Total attempts per streamed request. */
  maxAttempts: number;
  /** disable_multipart: one PutObject whatever the size. */
  singlePut: boolean;
  gate?: UploadGate;
  /** SDK error → BucketError (or AbortError when the caller aborted). */
  wrap(err: unknown, what: string, signal?: AbortSignal): Error;
}

export interface PartRange {
  /** 1-based, as S3 numbers parts. */
  number: number;
  start: number;
  /** Exclusive. */
  end: number;
}

/** The parts of a `size`-byte file: `partSize` each but the last, grown to stay within MAX_PARTS. */
export function planParts(size: number, partSize: number): PartRange[] {
  const per = Math.max(partSize, Math.ceil(size / MAX_PARTS));
  const parts: PartRange[] = [];
  for (let start = 0, n = 1; start < size; start += per, n++) parts.push({ number: n, start, end: Math.min(size, start + per) });
  return parts;
}

export async function uploadFileStreamed(t: UploadTarget, key: string, path: string, size: number, signal?: AbortSignal): Promise<void> {
  if (t.singlePut || size < t.partSize) return putObject(t, key, path, size, signal);
  return multipart(t, key, path, size, signal);
}

async function putObject(t: UploadTarget, key: string, path: string, size: number, signal?: AbortSignal): Promise<void> {
  const what = `upload ${key}`;
  await withRetries(t, what, signal, () =>
    sendFile(key, path, size === 0 ? undefined : { start: 0, end: size }, t.gate, (Body) =>
      t.singleShot.send(new PutObjectCommand({ Bucket: t.bucket, Key: key, Body, ContentLength: size, ...t.objectParams }), { abortSignal: signal }),
    ),
  );
}

async function multipart(t: UploadTarget, key: string, path: string, size: number, signal?: AbortSignal): Promise<void> {
  const what = `upload ${key}`;
  let uploadId: string | undefined;
  try {
    const created = await t.client.send(new CreateMultipartUploadCommand({ Bucket: t.bucket, Key: key, ...t.objectParams }), { abortSignal: signal });
    uploadId = created.UploadId;
    if (!uploadId) throw new BucketError('INTERNAL', `${what}: CreateMultipartUpload answered without an upload id`);
  } catch (err) {
    throw t.wrap(err, what, signal);
  }
  const id = uploadId;
  const parts = planParts(size, t.partSize);
  const etags: string[] = new Array(parts.length);
  try {
    await eachLimited(parts, t.queueSize, signal, async (p, partSignal) => {
      etags[p.number - 1] = await uploadPart(t, key, path, id, p, partSignal);
    });
    signal?.throwIfAborted();
    await t.client.send(
      new CompleteMultipartUploadCommand({
        Bucket: t.bucket,
        Key: key,
        UploadId: id,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
        ...t.partParams,
      }),
      { abortSignal: signal },
    );
  } catch (err) {
    let e = t.wrap(err, what, signal);
    // NoSuchUpload (404): the server forgot the upload, e.g. a Complete retried after a lost answer.
    // Not "object not found": the upload failed and may simply be tried again.
    if (e instanceof BucketError && e.code === 'NOT_FOUND') e = new BucketError('UNAVAILABLE', `${e.message} (multipart upload ${id} is gone on the server)`, { cause: err });
    const left = await abortUpload(t, key, id);
    if (left !== undefined) e.message += `; aborting multipart upload ${id} failed too (${left}), so its parts stay until a lifecycle rule removes them`;
    throw e;
  }
}

async function uploadPart(t: UploadTarget, key: string, path: string, uploadId: string, p: PartRange, signal: AbortSignal): Promise<string> {
  const what = `upload ${key}: part ${p.number}`;
  return withRetries(t, what, signal, async () => {
    const out = await sendFile(key, path, p, t.gate, (Body) =>
      t.singleShot.send(
        new UploadPartCommand({ Bucket: t.bucket, Key: key, UploadId: uploadId, PartNumber: p.number, Body, ContentLength: p.end - p.start, ...t.partParams }),
        { abortSignal: signal },
      ),
    );
    if (!out.ETag) throw new BucketError('INTERNAL', `${what}: UploadPart answered without an ETag`);
    return out.ETag;
  });
}

/**
 * Best effort, but harder than a normal request: an outage that failed the parts would fail an
 * abort with the usual attempts too, and leave the parts behind. So it is retried (on top of the
 * SDK's attempts) until it succeeds or ABORT_CLEANUP_MS pass. Resolves why it gave up, or undefined
 * once nothing is left on the server.
 */
async function abortUpload(t: UploadTarget, key: string, uploadId: string): Promise<string | undefined> {
  const deadline = Date.now() + ABORT_CLEANUP_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      // Not the caller's signal: it may be the reason we are here. The deadline bounds it instead.
      const cmd = new AbortMultipartUploadCommand({ Bucket: t.bucket, Key: key, UploadId: uploadId });
      await t.client.send(cmd, { abortSignal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
      return undefined;
    } catch (err) {
      const e = err as Error & { $metadata?: { httpStatusCode?: number } };
      // Already gone (completed after all, or aborted before): nothing is left behind.
      if (e.name === 'NoSuchUpload' || e.$metadata?.httpStatusCode === 404) return undefined;
      const wrapped = t.wrap(err, `abort multipart upload of ${key}`);
      const wait = Math.random() * Math.min(2_000, 100 * 2 ** attempt);
      if (!(wrapped instanceof BucketError) || wrapped.code !== 'UNAVAILABLE' || Date.now() + wait >= deadline) return `${e.name}: ${e.message}`;
      await sleep(wait);
    }
  }
}

/**
 * Runs `send` with a fresh body over `range` of the file (the whole file when undefined), through
 * the gate. A failure to read the file is the caller's problem, never a transient network fault.
 */
async function sendFile<T>(key: string, path: string, range: { start: number; end: number } | undefined, gate: UploadGate | undefined, send: (body: Readable) => Promise<T>): Promise<T> {
  const file = createReadStream(path, { highWaterMark: READ_CHUNK, ...(range ? { start: range.start, end: range.end - 1 } : {}) });
  let readError: Error | undefined;
  file.once('error', (err) => (readError = err));
  const body = gate ? pipeline(file, gate.stream(), () => undefined) : file;
  try {
    return await send(body);
  } catch (err) {
    if (readError) throw new BucketError('INTERNAL', `upload ${key}: source file: ${readError.message}`, { cause: readError });
    throw err;
  } finally {
    body.destroy();
  }
}

/** `send`, retried on UNAVAILABLE with full-jitter exponential backoff (base 100 ms, cap 20 s). */
async function withRetries<T>(t: UploadTarget, what: string, signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const e = t.wrap(err, what, signal);
      if (!(e instanceof BucketError) || e.code !== 'UNAVAILABLE' || attempt >= t.maxAttempts) throw e;
      try {
        await sleep(Math.random() * Math.min(20_000, 100 * 2 ** attempt), undefined, { signal });
      } catch (abort) {
        throw t.wrap(abort, what, signal);
      }
    }
  }
}

/**
 * `fn` over `items`, at most `limit` at once, in order. The first failure (or the caller's abort)
 * stops the rest through the signal each call gets; it rejects only once every call has settled,
 * so nothing is still sending when the caller cleans up.
 */
async function eachLimited<T>(items: T[], limit: number, signal: AbortSignal | undefined, fn: (item: T, signal: AbortSignal) => Promise<void>): Promise<void> {
  const stop = new AbortController();
  const onAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) stop.abort(signal.reason);
  let next = 0;
  let failure: { err: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && !stop.signal.aborted) {
      const item = items[next++];
      try {
        await fn(item, stop.signal);
      } catch (err) {
        failure ??= { err };
        stop.abort(err);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  if (failure) throw failure.err;
  signal?.throwIfAborted();
}
