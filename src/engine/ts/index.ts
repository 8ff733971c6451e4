// The pure-TypeScript engine: the twin of the Rust addon, with byte-identical outputs (engine.ts).
// Used when the native addon cannot load or STOREAPI_SIDECAR_NATIVE=0.

import type { Block, Engine } from '../engine.js';
import { decodeChunks, encodeXor } from './chunkenc/chunk.js';
import { TsBlock } from './tsdb/block.js';

export const tsEngine: Engine = {
  kind: 'ts',
  openBlock(dir: string): Block {
    return TsBlock.open(dir);
  },
  decodeChunks(chunks: Uint8Array): Uint8Array {
    return decodeChunks(chunks);
  },
  encodeXor(samples: Uint8Array): Uint8Array {
    return encodeXor(samples);
  },
};
