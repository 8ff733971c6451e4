// A/B of two builds of the whole sidecar on one of bench:e2e's block sets: two checkouts (each
// built: `npm install` or `npm run build:native && npm run build`), both sidecars running at once
// on their own hard-linked copy of the blocks (no Prometheus: `--prometheus.url=` and an external
// label), each with its own `bench-go client`. Select-all Series calls alternate between the two,
// the order reversed every round (ABBA), 150 ms apart; per call it records the client's wall
// time, the sidecar's CPU by thread (/proc/PID/task: the main thread, and the query worker as the
// busiest other thread) and the client's CPU. The run is two halves: the sidecars are started A
// first, then restarted B first.
//
//   node dist/bench/sidecar-ab.js [--case a|b] [--rounds 30] <checkout A> <checkout B>
//
// For changes outside the engine (the worker, the binding, gRPC) that bench:addon-ab cannot see,
// on a VM whose speed drifts within minutes: calls timed side by side share the drift. /proc
// counts CPU in 10 ms ticks, so per-call figures are coarse; compare the means over many rounds.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Long from 'long';
import { MatchType } from '../src/engine/engine.js';
import { startOurSidecar, type OurSidecar } from '../test/helpers/thanos.js';
import { GoStoreClient } from './e2e-client.js';
import { blockSet, scratchTsdb, SPEC_A, SPEC_B, type Scratch } from './e2e-blocks.js';
import { threadCpuMs } from './e2e-prometheus.js';
import { goHarness } from './harnesses.js';

interface Call {
  ms: number;
  cpu: number;
  main: number;
  worker: number;
  client: number;
}

interface Side {
  checkout: string;
  scratch: Scratch;
  sidecar: OurSidecar;
  client: GoStoreClient;
  /** This checkout's calls, over both halves. */
  calls: Call[];
}

function usage(msg: string): never {
  console.error(`${msg}\nusage: node dist/bench/sidecar-ab.js [--case a|b] [--rounds N] <checkout A> <checkout B>`);
  process.exit(2);
}

function parseArgs(argv: string[]): { spec: typeof SPEC_A; rounds: number; checkouts: string[] } {
  let spec = SPEC_A;
  let rounds = 30;
  const checkouts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--case') {
      const c = argv[++i];
      if (c !== 'a' && c !== 'b') usage('--case is a or b');
      spec = c === 'a' ? SPEC_A : SPEC_B;
    } else if (argv[i] === '--rounds') rounds = Number(argv[++i]);
    else if (argv[i].startsWith('-')) usage(`unknown flag ${argv[i]}`);
    else checkouts.push(resolve(argv[i]));
  }
  if (!Number.isInteger(rounds) || rounds < 1) usage('--rounds must be a positive integer');
  if (checkouts.length !== 2) usage('name two checkouts');
  for (const c of checkouts) if (!existsSync(join(c, 'dist', 'src', 'main.js'))) usage(`${c}: not a built checkout (no dist/src/main.js)`);
  return { spec, rounds, checkouts };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const { spec, rounds, checkouts } = parseArgs(process.argv.slice(2));
  const go = goHarness();
  const set = blockSet(go, spec);
  const calls: Call[][] = [[], []];
  // Two halves, the sidecars (and clients) started A first, then B first: on this VM the one
  // started second ran 5-12% slower in A/A runs, whichever build it was.
  for (const startOrder of [
    [0, 1],
    [1, 0],
  ]) {
    const sides: Side[] = [];
    try {
      for (const i of startOrder) {
        const checkout = checkouts[i];
        const scratch = scratchTsdb(set);
        const sidecar = await startOurSidecar({
          tsdbPath: scratch.path,
          externalLabels: { replica: 'a' },
          sourceMaps: false,
          cli: join(checkout, 'bin', 'storeapi-sidecar.js'),
        });
        const req = {
          minTime: Long.fromNumber(set.minTime),
          maxTime: Long.fromNumber(set.maxTime - 1),
          matchers: [{ type: MatchType.RE as number, name: '__name__', value: '.+' }],
          responseBatchSize: 64,
        };
        sides[i] = { checkout, scratch, sidecar, client: new GoStoreClient(go, sidecar.grpcAddress, req, 60_000), calls: calls[i] };
      }
      // Two untimed calls each: start-up, first block opens, buffers and JIT warmed.
      for (const s of sides) for (let i = 0; i < 2; i++) await s.client.call();
      const want = set.spec.series;
      for (let r = 0; r < Math.ceil(rounds / 2); r++) {
        for (const s of r % 2 === 0 ? sides : [...sides].reverse()) {
          await sleep(150);
          const pid = s.sidecar.proc.pid!;
          const t0 = threadCpuMs(pid);
          const c0 = s.client.cpuMs();
          const res = await s.client.call();
          const t1 = threadCpuMs(pid);
          const c1 = s.client.cpuMs();
          if (res.series !== want) throw new Error(`${s.checkout}: ${res.series} series, expected ${want}`);
          let cpu = 0;
          let worker = 0;
          for (const [tid, ms] of t1) {
            const d = ms - (t0.get(tid) ?? 0);
            cpu += d;
            if (tid !== pid) worker = Math.max(worker, d);
          }
          s.calls.push({ ms: res.ms, cpu, main: (t1.get(pid) ?? 0) - (t0.get(pid) ?? 0), worker, client: c1 - c0 });
        }
      }
    } finally {
      for (const s of sides.filter(Boolean)) {
        s.client.close();
        await s.sidecar.proc.stop();
        s.scratch.remove();
      }
    }
  }
  {
    console.log(`${set.spec.series} series × ${set.spec.samples} samples, ${set.blocks.length} block(s); ${2 * Math.ceil(rounds / 2)} rounds; mean (median), ms per call`);
    for (const [i, cs] of calls.entries()) {
      const f = (k: keyof Call) => `${mean(cs.map((c) => c[k])).toFixed(1)} (${median(cs.map((c) => c[k])).toFixed(0)})`;
      console.log(`${'AB'[i]} ${checkouts[i]}: wall ${f('ms')}; sidecar CPU ${f('cpu')} = main ${f('main')} + worker ${f('worker')} + other; client CPU ${f('client')}`);
    }
    const [a, b] = calls;
    const ratios = (k: keyof Call) => b.map((c, i) => c[k] / a[i][k]);
    const show = (xs: number[]) => `median ${median(xs).toFixed(3)}, range ${Math.min(...xs).toFixed(3)}-${Math.max(...xs).toFixed(3)}`;
    console.log(`B ÷ A per round: wall ${show(ratios('ms'))}; sidecar CPU ${show(ratios('cpu'))}; B − A mean sidecar CPU ${(mean(b.map((c) => c.cpu)) - mean(a.map((c) => c.cpu))).toFixed(1)} ms`);
  }
}

await main();
