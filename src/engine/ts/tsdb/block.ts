// A persisted block directory (twin of native/engine/src/tsdb/block.rs).
//
// Layout: shared/spec/tsdb-format.md §1. Opening reads and checks meta.json, reads the whole index
// file into memory and verifies its header, TOC, symbol table and postings offset table (index.ts),
// reads the tombstones (tombstones.ts) and opens every chunk segment, checking its header
// (chunks.ts). The index is held in memory and the segment descriptors stay open, so a block
// deleted from disk mid-query keeps answering until close().

import * as fs from 'node:fs';
import * as path from 'node:path';
import { EngineError, type Block, type BlockMeta, type Matcher } from '../../engine.js';
import { ChunkReader, ioError } from './chunks.js';
import { IndexReader } from './index.js';
import { readTombstones } from './tombstones.js';
import { compileMatchers } from '../query/matchers.js';
import { normalizeTime, postingsForMatchers, writeSeriesSet } from '../query/select.js';
import { labelNames, labelValues } from '../query/labels.js';

const META_VERSION = 1;

function readMeta(dir: string): BlockMeta {
  let raw: Buffer;
  try {
    raw = fs.readFileSync(path.join(dir, 'meta.json'));
  } catch (e) {
    throw ioError(dir, 'meta.json', e);
  }
  const bad = (msg: string) => new EngineError('CORRUPT_BLOCK', `${dir}/meta.json: ${msg}`);
  let text: string;
  try {
    // Strict: a meta.json that is not valid UTF-8 is damaged (the Rust twin refuses it too).
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(raw);
  } catch {
    throw bad('not valid UTF-8');
  }
  let meta: unknown;
  try {
    meta = JSON.parse(text);
  } catch (e) {
    throw bad(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) throw bad('not a JSON object');
  const m = meta as Record<string, unknown>;
  if (typeof m.ulid !== 'string') throw bad('missing "ulid"');
  if (!Number.isInteger(m.minTime) || !Number.isInteger(m.maxTime)) throw bad('missing or non-integer "minTime"/"maxTime"');
  if (m.version !== META_VERSION) throw bad(`unsupported version ${String(m.version)}`);
  return m as unknown as BlockMeta;
}

/** Tombstones bytes of the block; a missing file means none (blocks from some writers lack it). */
function readBlockTombstones(dir: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, 'tombstones'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') return new Uint8Array(0);
    throw ioError(dir, 'tombstones', e);
  }
  try {
    return readTombstones(bytes);
  } catch (e) {
    // tombstones.ts names the file but not the block.
    if (e instanceof EngineError) throw new EngineError(e.code, `${dir}: ${e.message}`);
    throw e;
  }
}

export class TsBlock implements Block {
  private closed = false;
  private constructor(
    readonly dir: string,
    readonly meta: BlockMeta,
    private readonly index: IndexReader,
    private readonly chunkReader: ChunkReader,
    private readonly tombstoneBytes: Uint8Array,
  ) {}

  static open(dir: string): TsBlock {
    if (typeof dir !== 'string' || dir === '') throw new EngineError('INVALID_ARGUMENT', 'block dir must be a non-empty string');
    let isDir = false;
    try {
      isDir = fs.statSync(dir).isDirectory();
    } catch {
      // Missing or inaccessible: reported as NOT_FOUND below, as the Rust twin does.
    }
    if (!isDir) throw new EngineError('NOT_FOUND', `${dir}: not a directory`);
    const meta = readMeta(dir);
    let buf: Buffer;
    try {
      buf = fs.readFileSync(path.join(dir, 'index'));
    } catch (e) {
      throw ioError(dir, 'index', e);
    }
    const index = new IndexReader(buf, dir);
    const tombstones = readBlockTombstones(dir);
    const chunkReader = ChunkReader.open(dir);
    return new TsBlock(dir, meta, index, chunkReader, tombstones);
  }

  private live(): IndexReader {
    if (this.closed) throw new EngineError('INVALID_ARGUMENT', `${this.dir}: block is closed`);
    return this.index;
  }

  numSeries(): number {
    return this.live().allPostings().length;
  }

  labelNames(matchers: Matcher[]): string[] {
    const ms = compileMatchers(matchers);
    return labelNames(this.live(), ms);
  }

  labelValues(name: string, matchers: Matcher[]): string[] {
    if (typeof name !== 'string') throw new EngineError('INVALID_ARGUMENT', 'label name must be a string');
    const ms = compileMatchers(matchers);
    return labelValues(this.live(), name, ms);
  }

  postings(matchers: Matcher[]): Uint32Array {
    const ms = compileMatchers(matchers);
    const p = postingsForMatchers(this.live(), ms);
    // Callers own the result; never hand out a cached list (all postings) they could mutate.
    return p.length === 0 ? new Uint32Array(0) : p === this.index.allPostings() ? p.slice() : p;
  }

  series(refs: Uint32Array, mint: number, maxt: number): Uint8Array {
    if (!(refs instanceof Uint32Array)) throw new EngineError('INVALID_ARGUMENT', 'refs must be a Uint32Array');
    return writeSeriesSet(this.live(), refs, normalizeTime(mint), normalizeTime(maxt));
  }

  chunks(refs: Uint8Array): Uint8Array {
    if (!(refs instanceof Uint8Array)) throw new EngineError('INVALID_ARGUMENT', 'chunk refs must be a Uint8Array');
    this.live();
    return this.chunkReader.readChunkList(refs);
  }

  tombstones(): Uint8Array {
    this.live();
    return this.tombstoneBytes.slice();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.chunkReader.close();
  }
}
