// The end-to-end benchmark's StoreAPI client: `bench-go client` (bench/go/client.go), the Thanos
// Querier's own gRPC stack (grpc-go with its default transport: a flow-control window that grows
// with the bandwidth-delay product, as it does between a Querier and a sidecar), in a process of
// its own so its CPU is measured apart from ours. One connection per case; each call is asked for
// on the client's stdin and answered with one JSON line (series, chunks, samples counted from the
// raw response bytes, without decoding the chunks).
//
// A Node grpc-js client would measure something else: its HTTP/2 window stays at 64 KiB unless
// told otherwise, so a large response waits on a window update every 64 KiB (measured on case a:
// 425 ms per call at 64 KiB, 266 ms with a 16 MiB window, against the same sidecar).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { thanos } from '../src/gen/proto.js';
import { procContextSwitches, procCpuMs } from './e2e-prometheus.js';

export interface CallResult {
  series: number;
  chunks: number;
  samples: number;
  bytes: number;
  frames: number;
  warnings: string[];
  ms: number;
  /** Series per shard, for sharded calls. */
  perShard?: number[];
}

export class GoStoreClient {
  private readonly proc: ChildProcess;
  private readonly waiting: ((line: string) => void)[] = [];
  private readonly exited: Promise<never>;
  private stderr = '';

  /** A client of `address` that sends `req` (the same request for every call) on one connection. */
  constructor(goHarness: string, address: string, req: thanos.SeriesRequest.$Properties, deadlineMs: number) {
    const bytes = Buffer.from(thanos.SeriesRequest.encode(req).finish()).toString('base64');
    this.proc = spawn(goHarness, ['client', '--addr', address, '--request', bytes, '--deadline', `${deadlineMs}ms`], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.proc.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-2000)));
    createInterface({ input: this.proc.stdout! }).on('line', (l) => this.waiting.shift()?.(l));
    this.exited = new Promise<never>((_, reject) =>
      this.proc.once('exit', (code, sig) => reject(new Error(`bench-go client exited (${code ?? sig}): ${this.stderr.trim()}`))),
    );
    this.exited.catch(() => undefined);
  }

  /** CPU time (user + system) the client has used so far, ms. */
  cpuMs(): number {
    return this.proc.pid ? procCpuMs(this.proc.pid) : 0;
  }

  /** The client's context switches so far (procContextSwitches). */
  contextSwitches(): { voluntary: number; involuntary: number } {
    return this.proc.pid ? procContextSwitches(this.proc.pid) : { voluntary: 0, involuntary: 0 };
  }

  /** One Series call (shards 0), or `shards` concurrent calls shard i of n by all labels, timed until the last ends. */
  async call(shards = 0): Promise<CallResult> {
    const line = new Promise<string>((resolve) => this.waiting.push(resolve));
    this.proc.stdin!.write(`series ${shards}\n`);
    const r = JSON.parse(await Promise.race([line, this.exited])) as CallResult & { error?: string };
    if (r.error) throw new Error(r.error);
    return r;
  }

  close(): void {
    this.proc.stdin!.end();
  }
}
