// `storeapi-sidecar tsdb dump`: prints every sample of the persisted blocks, one line per sample,
// exactly as `promtool tsdb dump` does (`{labels} value timestamp`, series in label order).
import { MAX_TIME, MIN_TIME } from '../engine/engine.js';
import type { Sample } from '../engine/series-set.js';
import { openBlocks } from '../blocks/block-set.js';
import { selectSamples } from '../query/block-query.js';
import { parseSelector } from '../query/selector.js';
import { formatGoFloat, formatLabels } from './go-format.js';
import { formatHistogram } from './histogram-format.js';
import { parseFlags, parseTime, pickEngine, UsageError } from './args.js';
import { Output } from './output.js';

export const dumpUsage = `usage: storeapi-sidecar tsdb dump --tsdb.path DIR [--match SELECTOR] [--min-time T] [--max-time T] [--engine native|ts]

Prints every sample of the persisted blocks in DIR as promtool tsdb dump does.`;

export function formatSample(labels: string, s: Sample): string {
  return `${labels} ${s.kind === 1 ? formatGoFloat(s.v) : formatHistogram(s.kind, s.h)} ${s.t}\n`;
}

export async function runDump(argv: string[], out = new Output(process.stdout), err = process.stderr): Promise<number> {
  const { values, positionals } = parseFlags(
    argv,
    {
      'tsdb.path': { type: 'string' },
      match: { type: 'string', multiple: true },
      'min-time': { type: 'string' },
      'max-time': { type: 'string' },
      engine: { type: 'string' },
    },
    dumpUsage,
  );
  const path = values['tsdb.path'] ?? positionals[0];
  if (!path || positionals.length > (values['tsdb.path'] ? 0 : 1)) throw new UsageError(dumpUsage);
  const matches = values.match ?? [];
  if (matches.length > 1) throw new UsageError('--match: give one selector');
  const matchers = parseSelector(matches[0] ?? '{__name__=~"(?s:.*)"}');
  const mint = parseTime('min-time', values['min-time'], MIN_TIME);
  const maxt = parseTime('max-time', values['max-time'], MAX_TIME);
  const engine = await pickEngine(values.engine);

  const { blocks, failures } = openBlocks(engine, path);
  for (const f of failures) err.write(`storeapi-sidecar: skipping block ${f.dir}: ${f.error.message}\n`);
  try {
    for (const series of selectSamples(engine, blocks, matchers, mint, maxt)) {
      const labels = formatLabels(series.labels);
      for (const s of series.samples) await out.write(formatSample(labels, s));
    }
    await out.flush();
  } finally {
    for (const b of blocks) b.close();
  }
  return failures.length > 0 ? 1 : 0;
}
