// Variable bit-width integers (Prometheus `varbit.go`); twin of native/engine/src/chunkenc/varbit.rs.
// A unary prefix of up to 8 bits picks the payload width: `0` → value 0, `10` → 3 bits,
// `110` → 6, `1110` → 9, `11110` → 12, `111110` → 18, `1111110` → 25, `11111110` → 56,
// `11111111` → 64. Results are BigInt: histogram counts and buckets are 64-bit.

import type { BitReader } from './bstream.js';

const WIDTHS = [0, 3, 6, 9, 12, 18, 25, 56, 64];

function readWidth(br: BitReader): number {
  // Fast path: the whole prefix is buffered; count its leading ones at once.
  if (br.valid >= 8) {
    const top = (br.cur >>> (br.valid - 8)) & 0xff;
    const ones = Math.clz32(~(top << 24));
    br.valid -= ones === 8 ? 8 : ones + 1;
    return WIDTHS[ones];
  }
  let ones = 0;
  while (ones < 8 && br.readBit()) ones++;
  return WIDTHS[ones];
}

/**
 * Reads a signed varbit integer. As in Prometheus, the payload 2^(w-1) decodes as +2^(w-1)
 * (the encoder's ranges are -(2^(w-1)-1) ..= 2^(w-1)).
 */
export function readVarbitInt(br: BitReader): bigint {
  const w = readWidth(br);
  if (w === 0) return 0n;
  if (w === 64) return BigInt.asIntN(64, br.readBigBits(64));
  if (w <= 25) {
    // Small widths stay in doubles (exact below 2^53).
    const b = br.readBits(w);
    return BigInt(b > 2 ** (w - 1) ? b - 2 ** w : b);
  }
  const b = br.readBigBits(w);
  return b > 1n << BigInt(w - 1) ? b - (1n << BigInt(w)) : b;
}

/** Reads an unsigned varbit integer. */
export function readVarbitUint(br: BitReader): bigint {
  return br.readBigBits(readWidth(br));
}
