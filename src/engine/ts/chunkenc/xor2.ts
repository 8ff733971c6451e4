// XOR2 float chunks (encoding 4), decode only, following Prometheus v0.316.0 `xor2.go`/`st.go`;
// twin of native/engine/src/chunkenc/xor2.rs (the layout is described there).
// Our SampleSet has no start timestamps, so STs are parsed (to stay in step) and dropped.

import { EngineError } from '../../engine.js';
import { BitReader, type ByteOut } from './bstream.js';
import { readVarbitInt } from './varbit.js';

const STALE_HI = 0x7ff00000;
const STALE_LO = 2;

/** Value state: current value, XOR baseline (last non-stale value), window. */
class State {
  hi = 0;
  lo = 0;
  bHi = 0;
  bLo = 0;
  leading = 0;
  trailing = 0;

  private xorIn(br: BitReader): void {
    const top = 64 - this.leading;
    const bottom = this.trailing;
    let hi = this.bHi;
    let lo = this.bLo;
    if (top > 32) {
      const b = bottom > 32 ? bottom : 32;
      hi = (hi ^ (br.readBits(top - b) << (b - 32))) >>> 0;
    }
    if (bottom < 32) {
      const t = top < 32 ? top : 32;
      lo = (lo ^ (br.readBits(t - bottom) << bottom)) >>> 0;
    }
    this.hi = this.bHi = hi;
    this.lo = this.bLo = lo;
  }

  newWindow(br: BitReader): void {
    const l = br.readBits(5);
    let m = br.readBits(6);
    if (m === 0) m = 64;
    if (l + m > 64) {
      br.fail('XOR2 value window exceeds 64 bits');
      return;
    }
    this.leading = l;
    this.trailing = 64 - l - m;
    this.xorIn(br);
  }

  reuseWindow(br: BitReader): void {
    this.xorIn(br);
  }

  same(): void {
    this.hi = this.bHi;
    this.lo = this.bLo;
  }

  stale(): void {
    this.hi = STALE_HI;
    this.lo = STALE_LO;
  }

  /** Value after a timestamp: `0` same, `10` reuse window, `110` new window, `111` stale. */
  decodeValue(br: BitReader): void {
    if (!br.readBit()) this.same();
    else if (!br.readBit()) this.reuseWindow(br);
    else if (!br.readBit()) this.newWindow(br);
    else this.stale();
  }

  /** Value known to differ (control `10`): `0` reuse window, `1` new window. */
  decodeValueNonZero(br: BitReader): void {
    if (!br.readBit()) this.reuseWindow(br);
    else this.newWindow(br);
  }
}

function corrupt(what: string, i: number, n: number): EngineError {
  return new EngineError('CORRUPT_BLOCK', `XOR2 chunk: ${what} at sample ${i} of ${n}`);
}

/**
 * Decodes an XOR2 chunk (data[start..end) starts with the 3-byte header), appending
 * {i64 t, f64 v} LE records to `out`. Returns the sample count.
 */
export function decodeXor2(data: Uint8Array, start: number, end: number, out: ByteOut): number {
  if (end - start < 3) {
    throw new EngineError('CORRUPT_BLOCK', `XOR2 chunk of ${end - start} bytes has no 3-byte header`);
  }
  const n = (data[start] << 8) | data[start + 1];
  const firstSTKnown = (data[start + 2] & 0x80) !== 0;
  const firstSTChangeOn = data[start + 2] & 0x7f;
  if (n === 0) return 0;
  const br = new BitReader(data, start + 3, end);
  out.ensure(16 * n);

  br.readVarint();
  let tHi = br.hi;
  let tLo = br.lo;
  br.readBits64(64);
  const s = new State();
  s.hi = br.hi;
  s.lo = br.lo;
  if (!(s.hi === STALE_HI && s.lo === STALE_LO)) {
    s.bHi = s.hi;
    s.bLo = s.lo;
  }
  if (firstSTKnown) br.readVarint(); // t - st of the first sample
  if (br.err !== null) throw corrupt(br.err, 0, n);
  out.u64(tHi, tLo);
  out.u64(s.hi, s.lo);
  if (n === 1) return 1;

  br.readUvarint();
  let dHi = br.hi | 0;
  let dLo = br.lo;
  let l = tLo + dLo;
  tLo = l >>> 0;
  tHi = (tHi + dHi + (l > 0xffffffff ? 1 : 0)) | 0;
  s.decodeValue(br);
  if (firstSTChangeOn === 1) readVarbitInt(br);
  if (br.err !== null) throw corrupt(br.err, 1, n);
  out.u64(tHi, tLo);
  out.u64(s.hi, s.lo);

  for (let i = 2; i < n; i++) {
    const stFollows = firstSTChangeOn > 0 && i >= firstSTChangeOn;
    let ones = 0;
    while (ones < 5 && br.readBit()) ones++;
    if (ones === 0) {
      s.same();
    } else if (ones === 1) {
      s.decodeValueNonZero(br);
    } else if (ones === 5) {
      s.stale();
    } else {
      let oHi: number;
      let oLo: number;
      if (ones === 4) {
        oHi = br.readBits(32) | 0;
        oLo = br.readBits(32);
      } else {
        const w = ones === 2 ? 13 : 20;
        const b = br.readBits(w);
        // Plain two's complement here, unlike XOR's asymmetric buckets.
        if (b >= 1 << (w - 1)) {
          oLo = (b - (1 << w)) >>> 0;
          oHi = -1;
        } else {
          oLo = b;
          oHi = 0;
        }
      }
      l = dLo + oLo;
      dLo = l >>> 0;
      dHi = (dHi + oHi + (l > 0xffffffff ? 1 : 0)) | 0;
      s.decodeValue(br);
    }
    l = tLo + dLo;
    tLo = l >>> 0;
    tHi = (tHi + dHi + (l > 0xffffffff ? 1 : 0)) | 0;
    if (stFollows) readVarbitInt(br);
    if (br.err !== null) throw corrupt(br.err, i, n);
    out.u64(tHi, tLo);
    out.u64(s.hi, s.lo);
  }
  return n;
}
