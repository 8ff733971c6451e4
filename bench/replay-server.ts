// The replay server of bench:floor (bench/floor.ts): a StoreAPI Series endpoint that answers every
// call with the same Frames, recorded once from the native engine and held in memory, written
// through the sidecar's own Series sink (streamSink: the preframed hook, chunks of about 1 MiB,
// at most 1 MiB queued in HTTP/2). It does no query work per call: no block read, no worker, no
// hand-over between threads. What a call costs here is what serving the case's response costs
// at all, on this stack, beside the bench client.
//
// Before serving it also times the engine alone: `--engine-runs` drains of the query in this
// thread into one reused buffer (no Node work between calls but the binding's), CPU by
// process.cpuUsage.
//
// With `--drain-only` it serves nothing: it drains the query over and over, as above, printing
// one JSON line { cpuMs } per drain, until stdin closes. bench:floor runs it beside the replay's
// calls, for what the engine costs while a response streams through the other core.
//
//   node dist/bench/replay-server.js <tsdb dir> [--engine-runs N] [--drain-only]
//
// Prints one JSON line on stdout once it listens: { port, engineCpuMs: [...], bytes, chunks }.
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { FRAME_BUFFER_BYTES, MatchType, type Block, type SeriesQuery } from '../src/engine/engine.js';
import { engineFor } from '../src/engine/load.js';
import { DEFAULT_CHUNK_BYTES } from '../src/query/executor-pool.js';
import { streamSink } from '../src/store/decorators.js';
import { installPreframed } from '../src/store/grpc-frames.js';

function parseArgs(argv: string[]): { dir: string; engineRuns: number; drainOnly: boolean } {
  const dir = argv[0];
  const i = argv.indexOf('--engine-runs');
  const engineRuns = i >= 0 ? Number(argv[i + 1]) : 10;
  if (!dir || !existsSync(dir) || !Number.isInteger(engineRuns) || engineRuns < 1) {
    console.error('usage: node dist/bench/replay-server.js <tsdb dir> [--engine-runs N] [--drain-only]');
    process.exit(2);
  }
  return { dir, engineRuns, drainOnly: argv.includes('--drain-only') };
}

async function main(): Promise<void> {
  const { dir, engineRuns, drainOnly } = parseArgs(process.argv.slice(2));
  const engine = await engineFor('native');
  const blocks: Block[] = readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'meta.json')))
    .map((n) => engine.openBlock(join(dir, n)))
    .sort((a, b) => a.meta.minTime - b.meta.minTime);
  if (blocks.length === 0) throw new Error(`no block in ${dir}`);
  // The query the sidecar runs for bench:floor's client (external label replica="a").
  const query: SeriesQuery = {
    mint: blocks[0].meta.minTime,
    maxt: Math.max(...blocks.map((b) => b.meta.maxTime)) - 1,
    matchers: [{ type: MatchType.RE, name: '__name__', value: '.+' }],
    skipChunks: false,
    externalLabels: [['replica', 'a']],
    withoutReplicaLabels: [],
    batchSize: 64,
    chunkHashes: true,
  };
  // Timed drains write into one reused 2 MiB room, as the query worker's recycled buffers; the
  // recording copies each chunk out.
  const room = new Uint8Array(FRAME_BUFFER_BYTES);
  const drain = (keep?: Buffer[]) => {
    const cursor = engine.querySeries(blocks, query);
    const alloc = (n: number) => (n <= room.byteLength ? room.subarray(0, n) : new Uint8Array(n));
    for (;;) {
      const f = cursor.next(DEFAULT_CHUNK_BYTES, alloc);
      if (f.byteLength === 0) break;
      keep?.push(Buffer.from(f));
    }
    cursor.close();
  };
  drain(); // opens pages and warms caches: not counted
  const timedDrain = () => {
    const t0 = process.cpuUsage();
    drain();
    const t = process.cpuUsage(t0);
    return (t.user + t.system) / 1000;
  };
  if (drainOnly) {
    let open = true;
    process.stdin.on('end', () => (open = false)).resume();
    while (open) {
      process.stdout.write(JSON.stringify({ cpuMs: timedDrain() }) + '\n');
      await new Promise((resolve) => setImmediate(resolve));
    }
    process.exit(0);
  }
  const engineCpuMs: number[] = [];
  for (let r = 0; r < engineRuns; r++) engineCpuMs.push(timedDrain());
  const chunks: Buffer[] = [];
  drain(chunks);
  if (!installPreframed()) throw new Error('this grpc-js has no serializeMessage hook: the sidecar would not write frames whole either');
  const stats = { series: 0, chunks: 0, samples: 0, bytes: 0 };
  const id = (b: Buffer) => b;
  const server = new grpc.Server();
  server.addService(
    {
      Series: {
        path: '/thanos.Store/Series',
        requestStream: false,
        responseStream: true,
        requestSerialize: id,
        requestDeserialize: id,
        responseSerialize: id,
        responseDeserialize: id,
      },
    },
    {
      Series: async (call: grpc.ServerWritableStream<Buffer, Buffer>) => {
        // What series.ts does with the executor's chunks, without the executor behind it.
        const ac = new AbortController();
        call.once('cancelled', () => ac.abort());
        const sink = streamSink(call, ac.signal);
        try {
          for (const frames of chunks) await sink.send({ frames, stats });
        } catch (err) {
          if (ac.signal.aborted) return;
          throw err;
        }
        call.end();
      },
    },
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, p) => (err ? reject(err) : resolve(p))),
  );
  const bytes = chunks.reduce((n, c) => n + c.byteLength, 0);
  process.stdout.write(JSON.stringify({ port, engineCpuMs, bytes, chunks: chunks.length }) + '\n');
  // Serves until stdin closes (the bench ends it).
  process.stdin.resume();
  process.stdin.on('end', () => {
    server.forceShutdown();
    process.exit(0);
  });
}

await main();
