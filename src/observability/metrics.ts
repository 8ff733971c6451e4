// The process-wide Prometheus registry. Every component registers its metrics here (with the
// metric names the Thanos mixin uses where Thanos has one), and /metrics serves it. Workers never
// register metrics: they report counts with their results and the main thread records them.
import { collectDefaultMetrics, Registry } from 'prom-client';

export const registry = new Registry();

let defaultsStarted = false;

/** Process metrics (process_*, nodejs_*): started once by the long-running sidecar, not by tools. */
export function startProcessMetrics(): void {
  if (defaultsStarted) return;
  defaultsStarted = true;
  collectDefaultMetrics({ register: registry });
}
