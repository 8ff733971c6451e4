// Peers started by the test helpers (Prometheus, Thanos, our sidecar) run detached, in their own
// process group, so a kill reaches anything they fork. Registered groups are SIGKILLed when the test
// process exits, the last resort when a test crashes or forgets to stop a peer.
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
