#!/usr/bin/env node
// `npm run demo`: runs the engine tools on the committed sample blocks (written by Prometheus's
// own code): a cardinality report, then the first samples of a dump. Uses whichever engine loads.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'storeapi-sidecar.js');
const blocks = join(root, 'test', 'fixtures', 'blocks', 'edge');

function run(args, maxLines = Infinity) {
  process.stdout.write(`\n$ storeapi-sidecar ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 1);
  }
  const lines = r.stdout.split('\n');
  process.stdout.write(lines.slice(0, maxLines).join('\n') + (lines.length > maxLines ? `\n… (${lines.length - maxLines} more lines)\n` : ''));
  process.stderr.write(r.stderr);
}

run(['tsdb', 'analyze', '--tsdb.path', blocks, '--limit', '5']);
run(['tsdb', 'dump', '--tsdb.path', blocks, '--match', '{__name__=~"edge_special_values|edge_native_hist_seconds",kind=~"cycle|schema3_signed"}'], 30);
