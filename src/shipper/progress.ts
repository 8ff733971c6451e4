// A progress bar for `storeapi-sidecar upload` on stderr: blocks done, bytes done, rate, ETA. On a
// terminal it redraws one line; otherwise (CI logs, pipes) it prints one line per finished block, so
// logs stay readable.
import type { ProgressEvent } from './shipper.js';

export class ProgressBar {
  private blocksDone = 0;
  private bytesDone = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly tty: boolean;

  constructor(
    private readonly totalBlocks: number,
    private readonly totalBytes: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = Boolean(out.isTTY);
  }

  onEvent(ev: ProgressEvent): void {
    if (ev.type === 'file-done') this.bytesDone += ev.bytes;
    if (ev.type === 'block-done') {
      this.blocksDone++;
      if (!this.tty) this.out.write(`${this.line()} (${ev.ulid})\n`);
    }
    if (this.tty && (ev.type !== 'file-done' || Date.now() - this.lastDraw > 100)) this.draw();
  }

  /** Counts a block that needed no upload (found in the bucket) towards the totals. */
  skipped(bytes: number): void {
    this.blocksDone++;
    this.bytesDone += bytes;
    if (this.tty) this.draw();
  }

  finish(): void {
    if (this.tty) this.out.write(`\r${this.line()}\x1b[K\n`);
  }

  line(): string {
    const secs = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.bytesDone / secs;
    const frac = this.totalBytes > 0 ? Math.min(1, this.bytesDone / this.totalBytes) : this.totalBlocks > 0 ? this.blocksDone / this.totalBlocks : 1;
    const width = 24;
    const filled = Math.round(frac * width);
    const eta = rate > 0 && this.totalBytes > this.bytesDone ? ` ETA ${formatSeconds((this.totalBytes - this.bytesDone) / rate)}` : '';
    return (
      `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.blocksDone}/${this.totalBlocks} blocks ` +
      `${formatBytes(this.bytesDone)}/${formatBytes(this.totalBytes)} ${formatBytes(rate)}/s${eta}`
    );
  }

  private draw(): void {
    this.lastDraw = Date.now();
    this.out.write(`\r${this.line()}\x1b[K`);
  }
}

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v.toFixed(0) : v.toFixed(1)} ${units[i]}`;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${Math.ceil(s % 60)}s`;
  return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
}
