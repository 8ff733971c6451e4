// Reads a whole block through an engine into plain objects, for brute-force oracles in tests.
import { MAX_TIME, MIN_TIME, type Block } from '../../src/engine/engine.js';
import { decodeSeriesSet, type SeriesEntry } from '../../src/engine/series-set.js';

export function allSeries(block: Block): SeriesEntry[] {
  return decodeSeriesSet(block.series(block.postings([]), MIN_TIME, MAX_TIME));
}
