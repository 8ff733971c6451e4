// Peers started by the test helpers (Prometheus, Thanos, our sidecar) run detached, in their own
// process group, so a kill reaches anything they fork. Registered groups are SIGKILLed when the test
// process exits, the last resort when a test crashes or forgets to stop a peer.
import type { ChildProcess } from 'node:child_process';

const live = new Map<object, () => number | undefined>();
let hookInstalled = false;

/** Signals a whole process group; a group already gone is fine. */
export function killGroup(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pid, sig);
  } catch {
    // already gone
  }
}

/** SIGTERM to `child`'s process group, SIGKILL after `graceMs`; resolves once the leader exited. */
export async function stopGroup(child: ChildProcess, graceMs: number): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const done = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  killGroup(pid, 'SIGTERM');
  const timer = setTimeout(() => killGroup(pid, 'SIGKILL'), graceMs);
  await done;
  clearTimeout(timer);
}

/** Registers `owner`'s process group (its leader's pid, read at exit time) for the exit hook. */
export function trackGroup(owner: object, pid: () => number | undefined): void {
  if (!hookInstalled) {
    hookInstalled = true;
    process.on('exit', () => {
      for (const get of live.values()) {
        const p = get();
        if (p !== undefined) killGroup(p, 'SIGKILL');
      }
    });
  }
  live.set(owner, pid);
}

export function untrackGroup(owner: object): void {
  live.delete(owner);
}
