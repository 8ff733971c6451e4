// Incremental reader of the STREAMED_XOR_CHUNKS remote-read body (shared/spec/storeapi.md §5.2;
// prometheus storage/remote/chunked.go). The body is a bare sequence of frames:
//
//   uvarint len | u32 BE CRC-32C (Castagnoli) of data | data (len bytes: one ChunkedReadResponse)
//
// Frames arrive split across HTTP body chunks at arbitrary points, so the parser is a small state
// machine fed chunk by chunk: it never buffers more than one frame, verifies every checksum, and
// refuses a frame above a size bound before allocating it. End of body must fall on a frame
// boundary. When Prometheus fails after streaming began it appends its error as plain text, which
// then shows up here as a bad frame; the error quotes that text when it looks like text.

import { crc32c } from '../engine/ts/encoding.js';

/** Thanos's bound on one frame (config.DefaultChunkedReadLimit, 5e7 bytes). */
export const DEFAULT_MAX_FRAME_BYTES = 50_000_000;

/** Longest possible frame header: a 10-byte uvarint and the 4-byte checksum. */
const MAX_HEADER = 14;

export class FrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrameError';
  }
}

/** Quotes bytes that look like a text message (Prometheus's trailing http.Error), else ''. */
function asText(b: Uint8Array): string {
  if (b.length === 0) return '';
  let printable = 0;
  for (const c of b) if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x09) printable++;
  if (printable < b.length * 0.9) return '';
  const s = Buffer.from(b).toString('latin1').trim();
  return `; the body holds text instead: ${JSON.stringify(s.length > 300 ? s.slice(0, 300) + '…' : s)}`;
}

type Header = { len: number; crc: number; size: number } | null;

/** Parses a frame header at b[p, end): null when more bytes are needed; throws when it is invalid. */
function parseHeader(b: Uint8Array, p: number, end: number, maxFrame: number, where: () => string): Header {
  let len = 0;
  let mul = 1;
  let i = 0;
  for (;;) {
    if (p + i >= end) return null;
    const c = b[p + i];
    len += (c & 0x7f) * mul;
    i++;
    if (c < 0x80) break;
    mul *= 128;
    if (i === 10) throw new FrameError(`${where()}: frame length varint overflows${asText(b.subarray(p, end))}`);
  }
  if (len > maxFrame) {
    throw new FrameError(`${where()}: frame of ${len} bytes exceeds the limit of ${maxFrame}${asText(b.subarray(p, end))}`);
  }
  if (p + i + 4 > end) return null;
  const crc = ((b[p + i] << 24) | (b[p + i + 1] << 16) | (b[p + i + 2] << 8) | b[p + i + 3]) >>> 0;
  return { len, crc, size: i + 4 };
}

/**
 * Push-style frame parser: feed body chunks with `push`, collect complete, checksum-verified frames
 * (each a Uint8Array that stays valid: a view of the pushed chunk or its own allocation), call `end`
 * when the body ends.
 */
export class FrameParser {
  private readonly maxFrame: number;
  private readonly source: string;
  /** Header bytes collected across chunk edges. */
  private readonly hdr = new Uint8Array(MAX_HEADER);
  private hdrLen = 0;
  /** The frame being filled, once its header is known. */
  private frame: Uint8Array | null = null;
  private filled = 0;
  private wantCrc = 0;
  /** Frames completed so far and body bytes consumed (for error messages). */
  frames = 0;
  offset = 0;

  constructor(source: string, maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {
    this.source = source;
    this.maxFrame = maxFrameBytes;
  }

  private where = (): string => `${this.source}: frame ${this.frames} at body byte ${this.offset}`;

  private finishFrame(data: Uint8Array, crc: number, out: Uint8Array[]): void {
    const got = crc32c(data);
    if (got !== crc) {
      throw new FrameError(
        `${this.where()}: checksum mismatch (frame says ${hex(crc)}, data has ${hex(got)})${asText(data)}`,
      );
    }
    out.push(data);
    this.frames++;
  }

  /** Consumes one body chunk; appends every frame it completes to `out`. */
  push(chunk: Uint8Array, out: Uint8Array[]): void {
    let p = 0;
    const n = chunk.length;
    while (p < n) {
      if (this.frame !== null) {
        const take = Math.min(this.frame.length - this.filled, n - p);
        this.frame.set(chunk.subarray(p, p + take), this.filled);
        this.filled += take;
        p += take;
        if (this.filled === this.frame.length) {
          const f = this.frame;
          this.frame = null;
          this.finishFrame(f, this.wantCrc, out);
          this.offset += f.length;
        }
        continue;
      }
      if (this.hdrLen === 0) {
        // Fast path: header (and usually the whole frame) inside this chunk, no copying.
        const h = parseHeader(chunk, p, n, this.maxFrame, this.where);
        if (h !== null) {
          const start = p + h.size;
          this.offset += h.size;
          if (start + h.len <= n) {
            this.finishFrame(chunk.subarray(start, start + h.len), h.crc, out);
            this.offset += h.len;
            p = start + h.len;
          } else {
            this.startFrame(h);
            p = start;
          }
          continue;
        }
      }
      // Header split across chunks: collect its bytes one at a time (at most 14).
      this.hdr[this.hdrLen++] = chunk[p++];
      const h = parseHeader(this.hdr, 0, this.hdrLen, this.maxFrame, this.where);
      if (h !== null) {
        this.offset += h.size;
        this.hdrLen = 0;
        this.startFrame(h);
        if (h.len === 0) {
          const f = this.frame!;
          this.frame = null;
          this.finishFrame(f, h.crc, out);
        }
      }
    }
  }

  private startFrame(h: { len: number; crc: number }): void {
    this.frame = new Uint8Array(h.len);
    this.filled = 0;
    this.wantCrc = h.crc;
  }

  /** The body ended: throws unless that happened on a frame boundary. */
  end(): void {
    if (this.frame !== null) {
      throw new FrameError(
        `${this.where()}: body ended inside a frame (${this.filled} of ${this.frame.length} bytes)` +
          asText(this.frame.subarray(0, this.filled)),
      );
    }
    if (this.hdrLen > 0) {
      throw new FrameError(
        `${this.where()}: body ended inside a frame header (${this.hdrLen} bytes)${asText(this.hdr.subarray(0, this.hdrLen))}`,
      );
    }
  }
}

function hex(v: number): string {
  return '0x' + v.toString(16).padStart(8, '0');
}

/** Frames of a whole body stream, yielded as soon as each completes. */
export async function* readFrames(
  body: AsyncIterable<Uint8Array>,
  source: string,
  maxFrameBytes = DEFAULT_MAX_FRAME_BYTES,
): AsyncGenerator<Uint8Array> {
  const parser = new FrameParser(source, maxFrameBytes);
  const out: Uint8Array[] = [];
  for await (const chunk of body) {
    parser.push(chunk, out);
    for (const f of out) yield f;
    out.length = 0;
  }
  parser.end();
}

/** Builds one frame around `data` (tests and fake servers; Prometheus writes these). */
export function encodeFrame(data: Uint8Array): Uint8Array {
  const head: number[] = [];
  let v = data.length;
  while (v >= 0x80) {
    head.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  head.push(v);
  const out = new Uint8Array(head.length + 4 + data.length);
  out.set(head, 0);
  const crc = crc32c(data);
  const p = head.length;
  out[p] = crc >>> 24;
  out[p + 1] = (crc >>> 16) & 0xff;
  out[p + 2] = (crc >>> 8) & 0xff;
  out[p + 3] = crc & 0xff;
  out.set(data, p + 4);
  return out;
}
