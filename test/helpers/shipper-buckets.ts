// Bucket wrappers for shipper tests: record the call order, inject failures, slow calls down, or run
// a hook before a call. They wrap a real bucket (the FILESYSTEM bucket in unit tests).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Bucket } from '../../src/objstore/bucket.js';
import { edgeBlocks } from './tools.js';

export type Call = { op: 'uploadFile' | 'put' | 'exists' | 'get' | 'list' | 'delete' | 'stat'; key: string };

export interface WrapHooks {
  /** Runs before the call; throw to fail it. */
  before?: (call: Call) => void | Promise<void>;
  /** Runs after a write (put, uploadFile) completed. */
  afterWrite?: (call: Call) => void | Promise<void>;
}

export class WrappedBucket implements Bucket {
  readonly calls: Call[] = [];
  readonly name: string;
  constructor(
    private readonly inner: Bucket,
    private readonly hooks: WrapHooks = {},
  ) {
    this.name = `wrapped(${inner.name})`;
  }

  private async enter(call: Call): Promise<void> {
    this.calls.push(call);
    await this.hooks.before?.(call);
  }

  async uploadFile(key: string, path: string, signal?: AbortSignal): Promise<void> {
    const call: Call = { op: 'uploadFile', key };
    await this.enter(call);
    await this.inner.uploadFile(key, path, signal);
    await this.hooks.afterWrite?.(call);
  }
  async put(key: string, body: Uint8Array | string, signal?: AbortSignal): Promise<void> {
    const call: Call = { op: 'put', key };
    await this.enter(call);
    await this.inner.put(key, body, signal);
    await this.hooks.afterWrite?.(call);
  }
  async exists(key: string, signal?: AbortSignal): Promise<boolean> {
    await this.enter({ op: 'exists', key });
    return this.inner.exists(key, signal);
  }
  async get(key: string, signal?: AbortSignal): Promise<Buffer> {
    await this.enter({ op: 'get', key });
    return this.inner.get(key, signal);
  }
  getStream(key: string, signal?: AbortSignal): Promise<Readable> {
    return this.inner.getStream(key, signal);
  }
  async list(dir: string, signal?: AbortSignal): Promise<string[]> {
    await this.enter({ op: 'list', key: dir });
    return this.inner.list(dir, signal);
  }
  async stat(key: string, signal?: AbortSignal): Promise<{ size: number; lastModified: Date }> {
    await this.enter({ op: 'stat', key });
    return this.inner.stat(key, signal);
  }
  async delete(key: string, signal?: AbortSignal): Promise<void> {
    await this.enter({ op: 'delete', key });
    return this.inner.delete(key, signal);
  }
  close(): Promise<void> {
    return this.inner.close();
  }

  writes(): Call[] {
    return this.calls.filter((c) => c.op === 'uploadFile' || c.op === 'put');
  }
}

export const EDGE = {
  a: '01M88606DQ5413PRG5X0X7SZVP', // [t0, t0+2h) level 1
  b: '01M88606MNSVQB17TDZ7Y7617J', // [t0+2h, t0+4h) level 1
  c: '01M88606W1YWJB1BKQ5DMECEW5', // [t0+4h, t0+6h) level 1, has tombstones
  ooo: '01M88606XGC2H81E8MRX9XMRN5', // [t0, t0+2h) level 1, from-out-of-order
};

let scratchRoot: string | undefined;

/**
 * A new directory under this process's scratch folder, which is removed when the process exits
 * (a test file runs in its own process), so neither a passing nor a failing run leaves its block
 * copies and buckets in the system temp dir.
 */
export function tempDir(prefix: string): string {
  if (!scratchRoot) {
    const root = mkdtempSync(join(tmpdir(), 'shipper-test-'));
    process.on('exit', () => rmSync(root, { recursive: true, force: true }));
    scratchRoot = root;
  }
  return mkdtempSync(join(scratchRoot, prefix));
}

/** A temp dir with a copy of the edge fixture blocks (all, or the named ones). */
export function tempTsdb(only?: string[]): string {
  const dir = tempDir('tsdb-');
  for (const ulid of only ?? Object.values(EDGE)) cpSync(join(edgeBlocks, ulid), join(dir, ulid), { recursive: true });
  return dir;
}

/** Copies block `from` to a new ULID and edits its meta.json. */
export function cloneBlock(tsdb: string, from: string, to: string, edit: (m: Record<string, any>) => void): void {
  cpSync(join(edgeBlocks, from), join(tsdb, to), { recursive: true });
  const path = join(tsdb, to, 'meta.json');
  const m = JSON.parse(readFileSync(path, 'utf8'));
  m.ulid = to;
  edit(m);
  writeFileSync(path, `${JSON.stringify(m, null, '\t')}\n`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
