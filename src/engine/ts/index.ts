// The pure-TypeScript engine: the twin of the Rust addon, with byte-identical outputs (engine.ts).
// Used when the native addon cannot load or STOREAPI_SIDECAR_NATIVE=0.

import { EngineError, type Block, type Engine, type SeriesCursor, type SeriesQuery } from '../engine.js';
import { decodeChunks, decodeChunksInto, encodeXor } from './chunkenc/chunk.js';
import { decodedSize } from './chunkenc/size.js';
import { normalizeTime } from './query/select.js';
import { TsSeriesCursor } from './query/series_query.js';
import { TsBlock } from './tsdb/block.js';

export const tsEngine: Engine = {
  kind: 'ts',
  openBlock(dir: string): Block {
    return TsBlock.open(dir);
  },
  decodeChunks(chunks: Uint8Array): Uint8Array {
    return decodeChunks(chunks);
  },
  decodedSize(chunks: Uint8Array): number {
    return decodedSize(chunks);
  },
  decodeChunksInto(chunks: Uint8Array, out: Uint8Array): number {
    return decodeChunksInto(chunks, out);
  },
  encodeXor(samples: Uint8Array): Uint8Array {
    return encodeXor(samples);
  },
  querySeries(blocks: Block[], query: SeriesQuery, head?: Uint8Array): SeriesCursor {
    for (const b of blocks) {
      if (!(b instanceof TsBlock)) throw new EngineError('INVALID_ARGUMENT', `block ${b.dir} was not opened by the ts engine`);
    }
    // Times as the native binding sees them (integral, clamped to the safe range).
    return new TsSeriesCursor(blocks, { ...query, mint: normalizeTime(query.mint), maxt: normalizeTime(query.maxt) }, head);
  },
};
