// src/young-generation.ts in a child process per case: the same allocation loop, whose objects
// survive a few scavenges each (as a streaming call's write requests do), grows V8's young
// generation to its cap without the flag; with it the young generation keeps its start-up size, in
// worker isolates started afterwards too; and an operator's own semi-space flag turns it off.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { operatorTunedYoungGeneration } from '../../src/young-generation.js';

const moduleUrl = new URL('../../src/young-generation.js', import.meta.url).href;
const holdUrl = new URL('../../src/hold-young-generation.js', import.meta.url).href;

/** Runs the loop in a child (main isolate, or a worker it starts); returns {applied, newSpaceMiB}. */
interface Result {
  applied: boolean;
  /** The isolate that ran the loop: the main one, or a worker. */
  newSpaceMiB: number;
  /** With a worker: the main isolate after the same loop, run once the worker has answered. */
  mainAfterWorkerMiB?: number;
}

/**
 * Runs the loop in a child: in its main isolate, or in a worker it starts (which first imports
 * hold-young-generation.js when `workerHolds`), and then in the main isolate again.
 */
function run(opts: { hold: boolean; inWorker?: boolean; workerHolds?: boolean; execArgv?: string[]; nodeOptions?: string }): Result {
  // One function text for both isolates: objects kept for a while, half dropped at a time.
  const grow = `function grow(stats) {
      const keep = [];
      for (let i = 0; i < 3e6; i++) { keep.push({ i, a: [i, i] }); if (keep.length > 60000) keep.splice(0, 30000); }
      return stats().find((s) => s.space_name === 'new_space').space_size;
    }`;
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { Worker } from 'node:worker_threads';
    const { holdYoungGeneration } = await import(${JSON.stringify(moduleUrl)});
    const applied = ${opts.hold} ? holdYoungGeneration() : false;
    ${grow}
    const inWorker = ${opts.inWorker === true};
    const workerCode = ${JSON.stringify(opts.workerHolds === true ? `import ${JSON.stringify(holdUrl)};` : '')} +
      'import { getHeapSpaceStatistics } from "node:v8"; import { parentPort } from "node:worker_threads";' +
      grow.toString() + '; parentPort.postMessage(grow(getHeapSpaceStatistics));';
    const size = inWorker
      ? await new Promise((res, rej) => {
          const w = new Worker(new URL('data:text/javascript,' + encodeURIComponent(workerCode)));
          w.on('message', res);
          w.on('error', rej);
        })
      : grow(getHeapSpaceStatistics);
    const mainAfterWorker = inWorker ? grow(getHeapSpaceStatistics) / 2 ** 20 : undefined;
    console.log(JSON.stringify({ applied, newSpaceMiB: size / 2 ** 20, mainAfterWorkerMiB: mainAfterWorker }));
  `;
  const env = { ...process.env, NODE_OPTIONS: opts.nodeOptions ?? '' };
  const r = spawnSync(process.execPath, [...(opts.execArgv ?? []), '--input-type=module', '-e', script], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

test('without the flag the loop grows the young generation well past its start-up size', () => {
  const r = run({ hold: false });
  assert.ok(r.newSpaceMiB >= 8, `new space ${r.newSpaceMiB} MiB`);
});

test('holdYoungGeneration keeps the main isolate at two 1 MiB semi-spaces', () => {
  const r = run({ hold: true });
  assert.equal(r.applied, true);
  assert.ok(r.newSpaceMiB <= 2, `new space ${r.newSpaceMiB} MiB`);
});

test("a worker's start undoes the setting for the whole process; the worker applying it again restores it", () => {
  // Why hold-young-generation.js is every worker module's first import: without it, the held
  // main isolate grows too once a worker has started.
  const undone = run({ hold: true, inWorker: true, workerHolds: false });
  assert.ok(undone.newSpaceMiB >= 8, `worker: new space ${undone.newSpaceMiB} MiB`);
  assert.ok(undone.mainAfterWorkerMiB! >= 8, `main after the worker: new space ${undone.mainAfterWorkerMiB} MiB`);
  const held = run({ hold: true, inWorker: true, workerHolds: true });
  // The worker's young generation may grow once (to 2 × 2 MiB) while its ES module loader starts,
  // before the first import runs; from then on it holds.
  assert.ok(held.newSpaceMiB <= 4, `worker: new space ${held.newSpaceMiB} MiB`);
  assert.ok(held.mainAfterWorkerMiB! <= 2, `main after the worker: new space ${held.mainAfterWorkerMiB} MiB`);
});

test("an operator's semi-space flag wins: nothing applied, V8 grows up to their cap", () => {
  const viaArgv = run({ hold: true, execArgv: ['--max-semi-space-size=4'] });
  assert.equal(viaArgv.applied, false);
  assert.ok(viaArgv.newSpaceMiB > 2 && viaArgv.newSpaceMiB <= 8, `new space ${viaArgv.newSpaceMiB} MiB`);
  const viaEnv = run({ hold: true, nodeOptions: '--max-semi-space-size=4' });
  assert.equal(viaEnv.applied, false);
  assert.ok(viaEnv.newSpaceMiB > 2 && viaEnv.newSpaceMiB <= 8, `new space ${viaEnv.newSpaceMiB} MiB`);
});

test('operatorTunedYoungGeneration reads NODE_OPTIONS and node arguments', () => {
  assert.equal(operatorTunedYoungGeneration('', []), false);
  assert.equal(operatorTunedYoungGeneration('--max-old-space-size=512', ['--enable-source-maps']), false);
  assert.equal(operatorTunedYoungGeneration('--max-semi-space-size=8', []), true);
  assert.equal(operatorTunedYoungGeneration('', ['--semi_space_growth_factor=2']), true);
  assert.equal(operatorTunedYoungGeneration('', ['--min-semi-space-size=4']), true);
});
