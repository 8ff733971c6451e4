//! Variable bit-width integers (Prometheus `varbit.go`), used by histogram chunks and XOR2 start
//! timestamps. A unary prefix of up to 8 bits picks the payload width:
//! `0` → value 0, `10` → 3 bits, `110` → 6, `1110` → 9, `11110` → 12, `111110` → 18,
//! `1111110` → 25, `11111110` → 56, `11111111` → 64.

use super::bstream::BitReader;

/// Payload width for a prefix of `ones` one-bits (0..=8).
const WIDTHS: [u32; 9] = [0, 3, 6, 9, 12, 18, 25, 56, 64];

#[inline]
fn read_width(br: &mut BitReader) -> u32 {
    // Fast path: the whole prefix is in the buffer; count the leading ones in one go.
    if br.valid >= 8 {
        let top = ((br.buf >> (br.valid - 8)) & 0xff) as u8;
        let ones = top.leading_ones();
        br.valid -= if ones == 8 { 8 } else { ones + 1 };
        return WIDTHS[ones as usize];
    }
    let mut ones = 0;
    while ones < 8 && br.read_bit() {
        ones += 1;
    }
    WIDTHS[ones]
}

/// Reads a signed varbit integer. Like Prometheus, a payload equal to `2^(w-1)` decodes as
/// `+2^(w-1)` (the encoder's ranges are `-(2^(w-1)-1) ..= 2^(w-1)`).
#[inline]
pub fn read_varbit_int(br: &mut BitReader) -> i64 {
    let w = read_width(br);
    match w {
        0 => 0,
        64 => br.read_bits(64) as i64,
        _ => {
            let b = br.read_bits(w);
            if b > 1u64 << (w - 1) {
                b.wrapping_sub(1u64 << w) as i64
            } else {
                b as i64
            }
        }
    }
}

/// Reads an unsigned varbit integer.
#[inline]
pub fn read_varbit_uint(br: &mut BitReader) -> u64 {
    let w = read_width(br);
    br.read_bits(w)
}
