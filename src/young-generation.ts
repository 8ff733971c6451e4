// The sidecar keeps V8's young generation at its initial size (two 1 MiB semi-spaces per isolate).
//
// V8 grows an isolate's young generation, up to 2 × 16 MiB on 64-bit, once enough objects survive
// its scavenges. A streaming Series call makes objects that live for one or two writes (write
// requests, callbacks, frame views) at a high rate, so the main thread's young generation reached
// its 32 MiB cap on every large select-all, and committed young-generation pages count in RSS.
// Those objects die young either way: with 1 MiB semi-spaces the scavenges are smaller and more
// frequent, and the process stays ~30 MiB smaller at its peak (README, Memory).
//
// The heap's size limits are fixed when the main isolate starts, which is before any of our code
// runs (only `node --max-semi-space-size=N` or NODE_OPTIONS set them). The growth factor is read
// each time V8 considers growing, so setting it to 1 at start-up, before the modules load, pins the
// size each isolate starts with. V8 flags are process-wide, but starting a worker thread puts them
// back to what the command line said (seen on Node 20; test/unit/young-generation.test.ts shows
// it), so every worker module we start (the query pool's, the upload thread's) applies it again
// as its first statement, which holds it again for the whole process.
//
// An operator who sets any semi-space flag (NODE_OPTIONS or node's own arguments) gets V8's
// behaviour with that flag: we then change nothing.
import { setFlagsFromString } from 'node:v8';

/** The V8 flag applied, exported for the test. */
export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';

/** Whether the operator tuned the young generation themselves. */
export function operatorTunedYoungGeneration(nodeOptions = process.env.NODE_OPTIONS ?? '', execArgv = process.execArgv): boolean {
  return /semi[-_]space/.test(`${nodeOptions} ${execArgv.join(' ')}`);
}

/** Applies YOUNG_GENERATION_FLAG unless the operator tuned the young generation; true if applied. */
export function holdYoungGeneration(): boolean {
  if (operatorTunedYoungGeneration()) return false;
  setFlagsFromString(YOUNG_GENERATION_FLAG);
  return true;
}
