// Test-side encoders for the varints the block formats use (Go's encoding/binary rules), so
// tests can build file bytes by hand without going through the code under test.

/** The unsigned varint bytes of `x` (7 bits a byte, low bits first). */
export function putUvarint(x: bigint | number): number[] {
  let v = BigInt(x);
  const out: number[] = [];
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
  return out;
}
