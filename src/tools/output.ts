// Buffered text output that respects back-pressure: collects lines and writes them in large
// pieces, waiting for 'drain' when the stream asks us to.
import type { Writable } from 'node:stream';

export class Output {
  private parts: string[] = [];
  private size = 0;
  constructor(
    private readonly stream: Writable,
    private readonly limit = 1 << 16,
  ) {}

  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.limit) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}
