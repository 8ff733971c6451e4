// Memory cost of one open block, measured in a process of its own so nothing else the benchmark
// allocated blurs the reading:
//   node --expose-gc dist/bench/open-memory.js <native|ts> <blockDir>
// prints one JSON line: the process's memory just before opening (engine already loaded, after
// GC), the growth after opening the block once and keeping it open (after GC), and the open time.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Engine } from '../src/engine/engine.js';
import type { MemoryReading, MemoryRun } from './report.js';

/** RssAnon / RssFile split from /proc: mapped chunk/index pages show up as file-backed RSS. */
function procRss(): { anon: number; file: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (key: string): number => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!m) throw new Error(`/proc/self/status has no ${key}`);
    return Number(m[1]) * 1024;
  };
  return { anon: kib('RssAnon'), file: kib('RssFile') };
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('open-memory needs node --expose-gc');
  // Twice: the first pass may only queue finalizers whose memory the second one frees.
  gc();
  gc();
}

function reading(): MemoryReading {
  collect();
  const m = process.memoryUsage();
  const p = procRss();
  return { rss: m.rss, rssAnon: p.anon, rssFile: p.file, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
}

async function loadEngine(kind: string): Promise<Engine> {
  // Import only the engine being measured, so the other one's code is not in the baseline.
  if (kind === 'native') return (await import('../src/engine/native.js')).loadNativeEngine();
  if (kind === 'ts') return (await import('../src/engine/ts/index.js')).tsEngine;
  throw new Error(`open-memory: unknown engine '${kind}' (native | ts)`);
}

async function main(): Promise<void> {
  const [kind, dir] = process.argv.slice(2);
  if (!kind || !dir) throw new Error('usage: node --expose-gc open-memory.js <native|ts> <blockDir>');
  const engine = await loadEngine(kind);
  const before = reading();
  const t0 = performance.now();
  const block = engine.openBlock(dir);
  const openMs = performance.now() - t0;
  const after = reading();
  // Use the block after the reading so it is certainly alive (not collected) while measured.
  if (block.numSeries() <= 0) throw new Error(`open-memory: ${dir} has no series`);
  block.close();
  const delta: MemoryReading = {
    rss: after.rss - before.rss,
    rssAnon: after.rssAnon - before.rssAnon,
    rssFile: after.rssFile - before.rssFile,
    heapUsed: after.heapUsed - before.heapUsed,
    external: after.external - before.external,
    arrayBuffers: after.arrayBuffers - before.arrayBuffers,
  };
  const run: MemoryRun = { engine: engine.kind, delta, before, openMs };
  process.stdout.write(JSON.stringify(run) + '\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exitCode = 1;
});
