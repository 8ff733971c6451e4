// The objstore config's top-level `prefix`, as a wrapper like Thanos's PrefixedBucket: every key
// becomes `<prefix>/<key>` on the way in, and listings drop `<prefix>/` on the way out, so callers
// never see the prefix. The prefix comes already normalised (no leading/trailing '/').
import type { Readable } from 'node:stream';
import type { Bucket } from './bucket.js';

export class PrefixedBucket implements Bucket {
  readonly name: string;

  constructor(
    private readonly inner: Bucket,
    private readonly prefix: string,
  ) {
    this.name = inner.name;
  }

  private key(key: string): string {
    // Thanos conditionalPrefix: an empty name stays empty (it names nothing, not the prefix).
    return key === '' ? key : `${this.prefix}/${key}`;
  }

  uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    return this.inner.uploadFile(this.key(key), path, signal);
  }
  put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    return this.inner.put(this.key(key), body, signal);
  }
  exists(key: string, signal?: AbortSignal): Promise<boolean> {
    return this.inner.exists(this.key(key), signal);
  }
  get(key: string, signal?: AbortSignal): Promise<Buffer> {
    return this.inner.get(this.key(key), signal);
  }
  getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    return this.inner.getStream(this.key(key), signal);
  }
  async list(dir: string, signal?: AbortSignal): Promise<string[]> {
    // Listing "" lists the prefix itself (Thanos withPrefix, not conditionalPrefix).
    const head = `${this.prefix}/`;
    const names = await this.inner.list(`${this.prefix}/${dir}`, signal);
    return names.map((n) => (n.startsWith(head) ? n.slice(head.length) : n));
  }
  stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    return this.inner.stat(this.key(key), signal);
  }
  delete(key: string, signal?: AbortSignal): Promise<void> {
    return this.inner.delete(this.key(key), signal);
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}
