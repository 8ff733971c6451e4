// Thanos `type: FILESYSTEM`: objects are files under one root directory, keys are relative paths.
//
// Writes go to a temp file in the object's own directory, are fsynced, then renamed over the final
// name and the directory is fsynced: a reader sees either no object or the whole object, and a crash
// never leaves a partial `meta.json` that would mark a block complete. (Thanos's own filesystem
// bucket uses a `<name>.swap` file the same way.) Temp files carry a marker that list() hides.
//
// Listing follows Thanos's filesystem Iter: entries directly under `dir`, full names, directories
// with a trailing '/', empty directories skipped, a missing directory lists as empty. Unlike Thanos
// (RemoveAll), delete() removes one object only, like S3; empty parent directories are removed after
// it as Thanos does, so a deleted block does not linger as an empty "prefix".
//
// With a yield gate (upload-gate.ts: the sidecar's upload thread) uploadFile copies through the
// gate, so a query running on the same disk slows the copy the way it slows an S3 upload; without
// one it is a plain copyFile.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { type Bucket, BucketError } from './bucket.js';
import type { UploadGate } from './upload-gate.js';

const TMP_MARKER = '.storeapi-tmp-';

export class FilesystemBucket implements Bucket {
  readonly name: string;
  /** Thanos's Name() for this bucket kind, used as the `bucket` metric label. */
  readonly metricLabel: string;
  private readonly root: string;

  constructor(
    directory: string,
    /** Every uploaded byte passes this gate (the sidecar's upload thread: yield to queries). */
    private readonly gate?: UploadGate,
  ) {
    this.root = resolve(directory);
    this.name = pathToFileURL(this.root).href;
    this.metricLabel = `fs: ${this.root}`;
  }

  async uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    await stat(path).catch((err: unknown) => {
      throw new BucketError('INTERNAL', `upload ${key}: source file: ${(err as Error).message}`, { cause: err });
    });
    const gate = this.gate;
    await this.writeAtomically(key, signal, (tmp) =>
      gate
        ? pipeline(createReadStream(path, { highWaterMark: 1024 * 1024 }), gate.stream(), createWriteStream(tmp, { flags: 'wx' }), { signal })
        : copyFile(path, tmp),
    );
  }

  async put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    await this.writeAtomically(key, signal, async (tmp) => {
      const fh = await open(tmp, 'wx');
      try {
        await fh.writeFile(body, { signal });
      } finally {
        await fh.close();
      }
    });
  }

  async exists(key: string, signal?: AbortSignal): Promise<boolean> {
    signal?.throwIfAborted();
    try {
      return (await stat(this.path(key))).isFile();
    } catch (err) {
      if (isMissing(err)) return false;
      throw wrap(err, `stat ${key}`);
    }
  }

  async get(key: string, signal?: AbortSignal): Promise<Buffer> {
    try {
      return await readFile(this.path(key), { signal });
    } catch (err) {
      throw wrap(err, `get ${key}`);
    }
  }

  async getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    signal?.throwIfAborted();
    const fh = await open(this.path(key), 'r').catch((err: unknown) => {
      throw wrap(err, `get ${key}`);
    });
    try {
      // open() succeeds on a directory; a directory is not an object.
      if (!(await fh.stat()).isFile()) throw new BucketError('NOT_FOUND', `object ${key} not found`);
    } catch (err) {
      await fh.close();
      throw err instanceof BucketError ? err : wrap(err, `get ${key}`);
    }
    return fh.createReadStream({ signal });
  }

  async list(dir: string, signal?: AbortSignal): Promise<string[]> {
    signal?.throwIfAborted();
    const prefix = dir === '' ? '' : dir.replace(/\/+$/, '') + '/';
    const abs = prefix === '' ? this.root : this.path(prefix);
    let entries;
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      if (isMissing(err)) return [];
      throw wrap(err, `list ${dir}`);
    }
    const names: string[] = [];
    for (const e of entries) {
      if (e.name.includes(TMP_MARKER)) continue;
      if (e.isDirectory()) {
        const inner = await readdir(join(abs, e.name)).catch((err: unknown) => {
          if (isMissing(err)) return [];
          throw wrap(err, `list ${dir}`);
        });
        if (inner.length === 0) continue;
        names.push(`${prefix}${e.name}/`);
      } else if (e.isFile()) {
        names.push(`${prefix}${e.name}`);
      }
    }
    // Byte order, like S3 listings (readdir order is the filesystem's).
    return names.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  }

  async stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    signal?.throwIfAborted();
    try {
      const s = await stat(this.path(key));
      if (!s.isFile()) throw new BucketError('NOT_FOUND', `object ${key} not found`);
      return { size: s.size, lastModified: s.mtime };
    } catch (err) {
      throw err instanceof BucketError ? err : wrap(err, `stat ${key}`);
    }
  }

  async delete(key: string, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const file = this.path(key);
    try {
      await unlink(file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      // Missing objects and directories ("prefixes") delete as a no-op, like S3 DeleteObject.
      if (isMissing(err) || code === 'EISDIR' || code === 'EPERM') return;
      throw wrap(err, `delete ${key}`);
    }
    for (let d = dirname(file); d !== this.root && d.startsWith(this.root + sep); d = dirname(d)) {
      try {
        await rmdir(d);
      } catch {
        break; // not empty (or gone): stop climbing
      }
    }
  }

  async close(): Promise<void> {}

  /** Absolute path of a key; keys may not escape the root. */
  private path(key: string): string {
    const p = resolve(this.root, key);
    if (key === '' || key.startsWith('/') || (p !== this.root && !p.startsWith(this.root + sep)) || key.split('/').includes('..')) {
      throw new BucketError('INTERNAL', `invalid object key ${JSON.stringify(key)} for ${this.name}`);
    }
    return p;
  }

  private async writeAtomically(key: string, signal: AbortSignal | undefined, fill: (tmp: string) => Promise<void>): Promise<void> {
    signal?.throwIfAborted();
    const final = this.path(key);
    const dir = dirname(final);
    const tmp = join(dir, `${TMP_MARKER}${randomBytes(6).toString('hex')}`);
    try {
      // A concurrent delete() may remove the freshly made directory; one retry covers that race.
      for (let attempt = 0; ; attempt++) {
        await mkdir(dir, { recursive: true });
        try {
          await fill(tmp);
          break;
        } catch (err) {
          if (attempt === 0 && (err as NodeJS.ErrnoException).code === 'ENOENT' && (await isDirGone(dir))) continue;
          throw err;
        }
      }
      signal?.throwIfAborted();
      await fsyncPath(tmp, 'r+');
      await rename(tmp, final);
      await fsyncPath(dir, 'r');
    } catch (err) {
      await unlink(tmp).catch(() => {});
      if ((err as Error).name === 'AbortError') throw err;
      throw err instanceof BucketError ? err : wrap(err, `upload ${key}`);
    }
  }
}

async function isDirGone(dir: string): Promise<boolean> {
  return stat(dir).then(
    () => false,
    () => true,
  );
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const fh = await open(path, flags);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** fs errors → BucketError codes; AbortError passes through untouched for the caller to recognise. */
function wrap(err: unknown, what: string): Error {
  if (err instanceof BucketError || (err as Error).name === 'AbortError') return err as Error;
  const code = (err as NodeJS.ErrnoException).code;
  if (isMissing(err) || code === 'EISDIR') return new BucketError('NOT_FOUND', `${what}: object not found`, { cause: err });
  const transient = code === 'ENOSPC' || code === 'EIO' || code === 'EAGAIN' || code === 'EMFILE' || code === 'ENFILE' || code === 'EBUSY';
  return new BucketError(transient ? 'UNAVAILABLE' : 'INTERNAL', `${what}: ${(err as Error).message}`, { cause: err });
}
