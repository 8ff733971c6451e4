// Series of several blocks for one Series request, labels and chunk metas only: per block
// matchers → postings → series entries (chunk metas overlapping [mint, maxt], minus chunks lying
// wholly inside one deleted interval; a series left without chunks is omitted), then a k-way merge
// across blocks by label set. Special series (order.ts) are left out of the merged stream and
// read up front by `specialSeries`. The head (head.ts) is one more sorted source after the
// blocks: plain head series join the k-way merge, special ones `specialSeries`. Twin of
// native/engine/src/query/block_series.rs.

import { MatchType, type Block, type Matcher } from '../../engine.js';
import { merge } from '../tsdb/postings.js';
import { compareLabels, type Label } from './order.js';

/** Series entries read per block at a time: bounds memory without a call per series. */
const BATCH = 256;
const TOMBSTONE_RECORD_LEN = 20;

/** Deleted intervals of one block by series ref: [lo0, hi0, lo1, hi1, …]. */
export type Deleted = Map<number, bigint[]>;

/** Parses a block's Tombstones bytes (src/engine/engine.ts layout). */
export function deletedIntervals(b: Block): Deleted {
  const bytes = b.tombstones();
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Deleted = new Map();
  for (let off = 0; off + TOMBSTONE_RECORD_LEN <= bytes.length; off += TOMBSTONE_RECORD_LEN) {
    const ref = dv.getUint32(off, true);
    let ivs = out.get(ref);
    if (ivs === undefined) out.set(ref, (ivs = []));
    ivs.push(dv.getBigInt64(off + 4, true), dv.getBigInt64(off + 12, true));
  }
  return out;
}

export interface ChunkMeta {
  minTime: bigint;
  maxTime: bigint;
  /** The chunk ref as its 8 LE bytes (ChunkRefs layout). */
  ref: Uint8Array;
}

/** One series' presence in one block. */
export interface BlockHit {
  block: number;
  seriesRef: number;
  chunks: ChunkMeta[];
}

/** One series across blocks and head: own labels, hits in block order, index in the head's series. */
export interface MergedSeries {
  labels: Label[];
  hits: BlockHit[];
  head?: number;
}

/** A head series as the merge sees it: its index in the head's series and its labels. */
export interface HeadEntry {
  index: number;
  labels: Label[];
}

export interface Selection {
  mint: number;
  maxt: number;
  matchers: Matcher[];
}

interface Entry {
  labels: Label[];
  hit: BlockHit;
}

/** Reads the entries of `refs` (sorted) from block `i`, keeping those with chunks left. */
function readEntries(i: number, b: Block, sel: Selection, deleted: Deleted, refs: Uint32Array, out: Entry[]): void {
  if (refs.length === 0) return;
  const buf = b.series(refs, sel.mint, sel.maxt);
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let off = 0;
  const bytes = (): Uint8Array => {
    const n = dv.getUint32(off, true);
    const s = buf.subarray(off + 4, off + 4 + n);
    off += 4 + n;
    return s;
  };
  while (off < buf.length) {
    const ref = dv.getUint32(off, true);
    const nLabels = dv.getUint32(off + 4, true);
    off += 8;
    const labels: Label[] = [];
    for (let l = 0; l < nLabels; l++) {
      const name = bytes();
      labels.push([name, bytes()]);
    }
    const nChunks = dv.getUint32(off, true);
    off += 4;
    const dels = deleted.get(ref);
    const chunks: ChunkMeta[] = [];
    for (let c = 0; c < nChunks; c++, off += 24) {
      const minTime = dv.getBigInt64(off, true);
      const maxTime = dv.getBigInt64(off + 8, true);
      if (dels !== undefined && whollyDeleted(dels, minTime, maxTime)) continue;
      chunks.push({ minTime, maxTime, ref: buf.subarray(off + 16, off + 24) });
    }
    if (chunks.length > 0) out.push({ labels, hit: { block: i, seriesRef: ref, chunks } });
  }
}

function whollyDeleted(d: readonly bigint[], lo: bigint, hi: bigint): boolean {
  for (let i = 0; i < d.length; i += 2) if (lo >= d[i] && hi <= d[i + 1]) return true;
  return false;
}

/** Sorted refs (selected by the matchers) of series having a label named one of `names`. */
export function specialRefs(b: Block, matchers: readonly Matcher[], names: readonly string[]): Uint32Array {
  const lists = names.map((name) => b.postings([...matchers, { type: MatchType.NEQ, name, value: '' }]));
  return lists.length === 0 ? new Uint32Array(0) : merge(lists);
}

/** The special series of all blocks and of the head (ascending), merged by label set, in label order. */
export function specialSeries(
  blocks: readonly Block[],
  sel: Selection,
  deleted: readonly Deleted[],
  special: readonly Uint32Array[],
  headSpecial: readonly HeadEntry[] = [],
): MergedSeries[] {
  const all: Entry[] = [];
  blocks.forEach((b, i) => {
    for (let at = 0; at < special[i].length; at += BATCH) {
      readEntries(i, b, sel, deleted[i], special[i].subarray(at, at + BATCH), all);
    }
  });
  // Stable: equal label sets stay in block order.
  all.sort((a, b) => compareLabels(a.labels, b.labels));
  const out: MergedSeries[] = [];
  for (const e of all) {
    const last = out[out.length - 1];
    if (last !== undefined && compareLabels(last.labels, e.labels) === 0) last.hits.push(e.hit);
    else out.push({ labels: e.labels, hits: [e.hit] });
  }
  if (headSpecial.length === 0) return out;
  // Both lists ascend: merge them, joining equal label sets.
  const merged: MergedSeries[] = [];
  let k = 0;
  for (const h of headSpecial) {
    while (k < out.length && compareLabels(out[k].labels, h.labels) < 0) merged.push(out[k++]);
    if (k < out.length && compareLabels(out[k].labels, h.labels) === 0) {
      merged.push({ ...out[k++], head: h.index });
    } else {
      merged.push({ labels: h.labels, hits: [], head: h.index });
    }
  }
  while (k < out.length) merged.push(out[k++]);
  return merged;
}

/** One block's plain series, read BATCH entries at a time. */
class BlockCursor {
  pos = 0;
  private skipPos = 0;
  buf: Entry[] = [];
  bufAt = 0;

  constructor(
    readonly refs: Uint32Array,
    private readonly skip: Uint32Array,
  ) {}

  fill(i: number, b: Block, sel: Selection, deleted: Deleted): void {
    const take: number[] = [];
    while (this.pos < this.refs.length && take.length < BATCH) {
      const r = this.refs[this.pos++];
      while (this.skipPos < this.skip.length && this.skip[this.skipPos] < r) this.skipPos++;
      if (this.skipPos < this.skip.length && this.skip[this.skipPos] === r) continue;
      take.push(r);
    }
    this.buf = [];
    this.bufAt = 0;
    readEntries(i, b, sel, deleted, Uint32Array.from(take), this.buf);
  }

  front(): Entry | undefined {
    return this.buf[this.bufAt];
  }
}

/** The k-way merge of the plain series of every block and of the head. */
export class PlainSeries {
  private readonly cursors: BlockCursor[];
  private headPos = 0;

  /** `special[i]` are the sorted refs of block i to leave out; `head`: the head's plain series, ascending. */
  constructor(
    blocks: readonly Block[],
    sel: Selection,
    special: readonly Uint32Array[],
    private readonly head: readonly HeadEntry[] = [],
  ) {
    this.cursors = blocks.map((b, i) => new BlockCursor(b.postings(sel.matchers), special[i]));
  }

  /** The next series in label order, merged across blocks. */
  next(blocks: readonly Block[], sel: Selection, deleted: readonly Deleted[]): MergedSeries | undefined {
    this.cursors.forEach((c, i) => {
      // A block's buffer is refilled until it holds a series or the block is exhausted.
      while (c.front() === undefined && c.pos < c.refs.length) c.fill(i, blocks[i], sel, deleted[i]);
    });
    let m = -1;
    for (let i = 0; i < this.cursors.length; i++) {
      const h = this.cursors[i].front();
      if (h !== undefined && (m < 0 || compareLabels(h.labels, this.cursors[m].front()!.labels) < 0)) m = i;
    }
    const h = this.head[this.headPos];
    if (h !== undefined && (m < 0 || compareLabels(h.labels, this.cursors[m].front()!.labels) < 0)) {
      // Only the head holds the smallest set.
      this.headPos++;
      return { labels: h.labels, hits: [], head: h.index };
    }
    if (m < 0) return undefined;
    const first = this.cursors[m].front()!;
    this.cursors[m].bufAt++;
    // `m` is the first block holding the smallest set; later blocks and the head may hold it too.
    const hits = [first.hit];
    for (let i = m + 1; i < this.cursors.length; i++) {
      const c = this.cursors[i];
      const h = c.front();
      if (h !== undefined && compareLabels(h.labels, first.labels) === 0) {
        hits.push(h.hit);
        c.bufAt++;
      }
    }
    const hh = this.head[this.headPos];
    if (hh !== undefined && compareLabels(hh.labels, first.labels) === 0) {
      this.headPos++;
      return { labels: first.labels, hits, head: hh.index };
    }
    return { labels: first.labels, hits };
  }
}
