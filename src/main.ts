// Entry point: `storeapi-sidecar <command> ...`. Exit codes: 0 ok, 1 runtime failure (or a skipped
// corrupt block), 2 usage error.
//
// Each command's module is imported only when that command runs: the long-lived sidecar process
// then never holds the upload command or the tsdb tools (nor what they import) in its heap.
import { EngineError } from './engine/engine.js';
import { UsageError } from './tools/args.js';
import { holdYoungGeneration } from './young-generation.js';

const usage = `usage: storeapi-sidecar <command> [flags]

Commands:
  sidecar       run next to Prometheus in place of \`thanos sidecar\`: StoreAPI over gRPC, /metrics and
                probes over HTTP, block uploads; \`sidecar --help\` lists the flags (the same as Thanos's).
                \`storeapi-sidecar --flag ...\` without a command is the sidecar too.
  upload        upload the finished blocks of a TSDB directory once (migration); \`upload --help\`
  tsdb dump     print every sample of the persisted blocks (as promtool tsdb dump)
  tsdb analyze  cardinality report of a block (as promtool tsdb analyze)

Environment:
  STOREAPI_SIDECAR_NATIVE=0  use the pure-TypeScript engine; =1 require the native addon`;

/**
 * The long-running sidecar: its young generation is held (young-generation.ts) and malloc's mmap
 * threshold fixed (malloc-tuning.ts) before its modules load.
 */
async function startSidecar(args: string[]): Promise<number> {
  holdYoungGeneration();
  (await import('./malloc-tuning.js')).tuneMallocOnce();
  return (await import('./sidecar.js')).runSidecar(args);
}

async function main(argv: string[]): Promise<number> {
  const [cmd, sub, ...rest] = argv;
  if (cmd === 'tsdb' && sub === 'dump') return (await import('./tools/tsdb-dump.js')).runDump(rest);
  if (cmd === 'tsdb' && sub === 'analyze') return (await import('./tools/tsdb-analyze.js')).runAnalyze(rest);
  if (cmd === 'sidecar') return startSidecar(argv.slice(1));
  if (cmd === 'upload') return (await import('./shipper/upload-command.js')).runUpload(argv.slice(1));
  // The bare command with flags is the sidecar too (as \`thanos sidecar\` is what people type).
  if (cmd !== undefined && cmd.startsWith('--') && cmd !== '--help') return startSidecar(argv);
  if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    process.stdout.write(usage + '\n');
    return 0;
  }
  throw new UsageError(`unknown command ${JSON.stringify([cmd, sub].filter(Boolean).join(' '))}\n\n${usage}`);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`storeapi-sidecar: ${err.message}\n`);
      process.exitCode = 2;
    } else if (err instanceof EngineError) {
      process.stderr.write(`storeapi-sidecar: ${err.code}: ${err.message}\n`);
      process.exitCode = err.code === 'INVALID_ARGUMENT' ? 2 : 1;
    } else {
      process.stderr.write(`storeapi-sidecar: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  },
);
