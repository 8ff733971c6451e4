// One Series request over persisted blocks (Engine.querySeries): twin of
// native/engine/src/query/series_query.rs, which documents the pipeline and the skip_chunks rule
// (a series is selected only if a chunk overlaps [mint, maxt] and does not lie wholly inside one
// deleted interval; no chunk is read). Plain series stream from block_series.ts, special ones are
// read up front; the orderer (order.ts) yields final label order; the shard filter runs on the
// final labels before any chunk is read; merge.ts applies tombstones and overlaps; storepb.ts
// encodes the frames. The head (head.ts) is one more sorted source after the blocks, through the
// same orderer, shard filter and chunk merge (as HEAD_SOURCE); only its chunks overlapping
// [mint, maxt] are kept.

import { EngineError, type Block, type SeriesCursor, type SeriesQuery, type SeriesStats } from '../../engine.js';
import { ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2 } from '../chunkenc/chunk.js';
import { ResponseWriter } from '../wire/storepb.js';
import { PlainSeries, deletedIntervals, specialRefs, specialSeries, type Deleted, type HeadEntry, type MergedSeries, type Selection } from './block_series.js';
import { parseHeadSet, type HeadSeries } from './head.js';
import { HEAD_SOURCE, mergeChunks, type OutChunk, type SrcChunk } from './merge.js';
import { LabelRewrite, Orderer, type Label } from './order.js';
import { ShardFilter } from './shard.js';

const SENDABLE = new Set([ENC_XOR, ENC_XOR2, ENC_HISTOGRAM, ENC_FLOAT_HISTOGRAM]);
const decoder = new TextDecoder();

/** `{a="b", …}` for error messages. */
function render(l: readonly Label[]): string {
  return `{${l.map(([n, v]) => `${decoder.decode(n)}=${JSON.stringify(decoder.decode(v))}`).join(', ')}}`;
}

export class TsSeriesCursor implements SeriesCursor {
  private readonly blocks: Block[];
  private readonly head: HeadSeries[];
  private readonly deleted: Deleted[];
  private readonly sel: Selection;
  private readonly rewrite: LabelRewrite;
  private readonly shard: ShardFilter | undefined;
  private readonly plain: PlainSeries;
  private readonly orderer: Orderer<MergedSeries>;
  private readonly writer: ResponseWriter;
  private readonly st: SeriesStats = { series: 0, chunks: 0, samples: 0, bytes: 0 };
  private done = false;
  private closed = false;

  /** Plans the request: postings of every block overlapping [mint, maxt], the head, the special series. */
  constructor(
    blocks: readonly Block[],
    private readonly q: SeriesQuery,
    head?: Uint8Array,
  ) {
    this.rewrite = new LabelRewrite(q.externalLabels, q.withoutReplicaLabels);
    this.shard = ShardFilter.create(q.shard);
    const empty = q.mint > q.maxt;
    // meta.json maxTime is exclusive.
    this.blocks = blocks.filter((b) => !empty && b.meta.minTime <= q.maxt && b.meta.maxTime > q.mint);
    this.sel = { mint: q.mint, maxt: q.maxt, matchers: q.matchers };
    this.deleted = this.blocks.map(deletedIntervals);
    const names = this.rewrite.specialNames.map((n) => decoder.decode(n));
    const special = this.blocks.map((b) => specialRefs(b, q.matchers, names));
    this.head = head !== undefined && !empty ? parseHeadSet(head) : [];
    const lo = BigInt(q.mint);
    const hi = BigInt(q.maxt);
    const headPlain: HeadEntry[] = [];
    const headSpecial: HeadEntry[] = [];
    this.head.forEach((hs, index) => {
      hs.chunks = hs.chunks.filter((c) => c.maxTime >= lo && c.minTime <= hi);
      if (hs.chunks.length === 0) return;
      const isSpecial = hs.labels.some(([n]) => this.rewrite.isSpecialName(n));
      (isSpecial ? headSpecial : headPlain).push({ index, labels: hs.labels });
    });
    const held: { fin: Label[]; item: MergedSeries }[] = [];
    for (const s of specialSeries(this.blocks, this.sel, this.deleted, special, headSpecial)) {
      const fin = this.rewrite.finalLabels(s.labels);
      if (this.shard === undefined || this.shard.keep(fin)) held.push({ fin, item: s });
    }
    this.plain = new PlainSeries(this.blocks, this.sel, special, headPlain);
    this.orderer = new Orderer(held);
    this.writer = new ResponseWriter(q.batchSize, q.chunkHashes);
  }

  next(maxBytes: number, alloc?: (length: number) => Uint8Array): Uint8Array {
    if (this.closed) return new Uint8Array(0);
    // pendingLen counts complete frames only, so this ends with at least one frame unless done.
    const target = Math.max(1, maxBytes);
    while (!this.done && this.writer.pendingLen() < target) {
      try {
        const x = this.nextOrdered();
        if (x === undefined) {
          this.writer.flush();
          this.done = true;
        } else {
          this.emit(x.fin, x.item);
        }
      } catch (e) {
        this.done = true;
        throw e;
      }
    }
    const frames = this.writer.takeFrames(alloc);
    this.st.bytes += frames.length;
    return frames;
  }

  stats(): SeriesStats {
    return { ...this.st };
  }

  close(): void {
    this.closed = true;
  }

  /** Pulls plain series through the shard filter into the orderer until it settles one. */
  private nextOrdered(): { fin: Label[]; item: MergedSeries } | undefined {
    for (;;) {
      const x = this.orderer.pop();
      if (x !== undefined) return x;
      if (this.orderer.finished) return undefined;
      const s = this.plain.next(this.blocks, this.sel, this.deleted);
      if (s === undefined) {
        this.orderer.finish();
        continue;
      }
      const fin = this.rewrite.finalLabels(s.labels);
      if (this.shard === undefined || this.shard.keep(fin)) this.orderer.push(fin, s);
    }
  }

  private emit(fin: Label[], s: MergedSeries): void {
    if (this.q.skipChunks) {
      this.writer.pushSeries(fin, []);
      this.st.series++;
      return;
    }
    const src: SrcChunk[] = [];
    for (const h of s.hits) {
      const b = this.blocks[h.block];
      const refs = new Uint8Array(8 * h.chunks.length);
      h.chunks.forEach((c, i) => refs.set(c.ref, 8 * i));
      const list = b.chunks(refs);
      const dv = new DataView(list.buffer, list.byteOffset, list.byteLength);
      const deleted = this.deleted[h.block].get(h.seriesRef) ?? [];
      let off = 0;
      for (const c of h.chunks) {
        const encoding = list[off];
        const len = dv.getUint32(off + 1, true);
        if (!SENDABLE.has(encoding)) {
          const ref = new DataView(c.ref.buffer, c.ref.byteOffset, 8).getBigUint64(0, true);
          throw new EngineError('CORRUPT_BLOCK', `block ${b.dir}: chunks: chunk ${ref} has encoding ${encoding}, which the StoreAPI cannot carry`);
        }
        src.push({ block: h.block, minTime: c.minTime, maxTime: c.maxTime, encoding, data: list.subarray(off + 5, off + 5 + len), deleted });
        off += 5 + len;
      }
    }
    if (s.head !== undefined) {
      for (const c of this.head[s.head].chunks) {
        if (!SENDABLE.has(c.encoding)) {
          throw new EngineError('INVALID_ARGUMENT', `head series ${render(fin)}: chunk has encoding ${c.encoding}, which the StoreAPI cannot carry`);
        }
        src.push({ block: HEAD_SOURCE, minTime: c.minTime, maxTime: c.maxTime, encoding: c.encoding, data: c.data, deleted: [] });
      }
    }
    const out: OutChunk[] = [];
    try {
      mergeChunks(src, out);
    } catch (e) {
      if (e instanceof EngineError) throw new EngineError(e.code, `series ${render(fin)}: ${e.message}`);
      throw e;
    }
    if (out.length === 0) return;
    this.writer.pushSeries(fin, out);
    this.st.series++;
    this.st.chunks += out.length;
    for (const c of out) if (c.data.length >= 2) this.st.samples += (c.data[0] << 8) | c.data[1];
  }
}
