//! CRC-32C for the buffer sizes a Series request checks most: chunks of a few hundred bytes to a
//! few KiB (676 B on average in bench:e2e's case (a)). The crc32c crate runs one dependency chain
//! of SSE4.2 `crc32` instructions over buffers below 768 B, so each 8 bytes wait for the previous
//! 8 (3 cycles of latency). Here a buffer of 24 B or more is cut into three lanes of equal length
//! run side by side, and the lanes' registers are joined at the end: a lane's register, shifted
//! over the bytes that follow it, is one carry-less multiply by x^(8n-33) mod P (the 33 absorbs
//! the `crc32` reduction's own x^32 and the reflected product's extra bit) and one `crc32` of the
//! 64-bit product. The few bytes past the three lanes finish on the joined register.
//!
//! Buffers of 24 KiB or more, and CPUs without SSE4.2 and PCLMULQDQ, go to the crate, whose own
//! long-buffer path already interleaves lanes. Same value in every case (tests below).

use std::sync::OnceLock;

/// Reflected Castagnoli polynomial.
const POLY: u32 = 0x82F6_3B78;
/// Longest lane, in 8-byte words, that the shift table covers (a buffer < 24 × (MAX_WORDS + 1) B).
const MAX_WORDS: usize = 1024;

/// r · x mod P, reflected.
fn mul_x(r: u32) -> u32 {
    (r >> 1) ^ if r & 1 != 0 { POLY } else { 0 }
}

/// `t[j]` = x^(64j − 33) mod P: the constant that shifts a register over j words.
fn shifts() -> &'static [u32] {
    static T: OnceLock<Vec<u32>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = vec![0u32; 2 * MAX_WORDS + 1];
        let mut r = 0x8000_0000u32; // x^0
        for _ in 0..64 - 33 {
            r = mul_x(r);
        }
        for v in t.iter_mut().skip(1) {
            *v = r;
            for _ in 0..64 {
                r = mul_x(r);
            }
        }
        t
    })
}

fn has_hw() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        static HW: OnceLock<bool> = OnceLock::new();
        *HW.get_or_init(|| std::arch::is_x86_feature_detected!("sse4.2") && std::arch::is_x86_feature_detected!("pclmulqdq"))
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Continues a CRC-32C (crc32c crate convention: `crc` is a finished checksum, 0 to start).
pub fn append(crc: u32, b: &[u8]) -> u32 {
    if b.len() < 24 || b.len() >= 24 * (MAX_WORDS + 1) || !has_hw() {
        return crc32c::crc32c_append(crc, b);
    }
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: has_hw() checked that the CPU has both features the function is built for.
        unsafe { three_lanes(shifts(), crc, b) }
    }
    #[cfg(not(target_arch = "x86_64"))]
    unreachable!()
}

#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn word(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// Safety: the CPU must have SSE4.2 and PCLMULQDQ; `b.len()` in [24, 24 × (MAX_WORDS + 1)).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "sse4.2,pclmulqdq")]
unsafe fn three_lanes(t: &[u32], crc: u32, b: &[u8]) -> u32 {
    use std::arch::x86_64::{_mm_clmulepi64_si128, _mm_crc32_u64, _mm_crc32_u8, _mm_cvtsi128_si64, _mm_cvtsi64_si128};
    let shift = |r: u64, k: u32| -> u32 {
        let p = _mm_clmulepi64_si128(_mm_cvtsi64_si128(r as i64), _mm_cvtsi64_si128(i64::from(k)), 0);
        _mm_crc32_u64(0, _mm_cvtsi128_si64(p) as u64) as u32
    };
    let words = b.len() / 24;
    let lane = words * 8;
    let (a, rest) = b.split_at(lane);
    let (m, rest) = rest.split_at(lane);
    let z = &rest[..lane];
    let (mut ra, mut rm, mut rz) = (u64::from(!crc), 0u64, 0u64);
    let mut i = 0;
    while i < lane {
        ra = _mm_crc32_u64(ra, word(a, i));
        rm = _mm_crc32_u64(rm, word(m, i));
        rz = _mm_crc32_u64(rz, word(z, i));
        i += 8;
    }
    let mut reg = u64::from(shift(ra, t[2 * words]) ^ shift(rm, t[words]) ^ rz as u32);
    let mut p = 3 * lane;
    while p + 8 <= b.len() {
        reg = _mm_crc32_u64(reg, word(b, p));
        p += 8;
    }
    let mut r = reg as u32;
    for &x in &b[p..] {
        r = _mm_crc32_u8(r, x);
    }
    !r
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(n: usize, seed: u64) -> Vec<u8> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect()
    }

    /// Every length across the lane cut-offs and the fallback's bounds, at several alignments
    /// and starting values, equals the crate.
    #[test]
    fn equals_the_crate() {
        let data = bytes(24 * (MAX_WORDS + 1) + 64, 7);
        let lens = (0..2100).chain((24 * MAX_WORDS - 40)..(24 * (MAX_WORDS + 1) + 40));
        for n in lens {
            for off in [0usize, 1, 5] {
                let s = &data[off..off + n];
                for init in [0u32, 0xffff_ffff, (n as u32).wrapping_mul(2_654_435_761)] {
                    assert_eq!(append(init, s), crc32c::crc32c_append(init, s), "len {n}, offset {off}, init {init:#x}");
                }
            }
        }
    }

    /// Known answers: RFC 3720's test vectors and the classic check value.
    #[test]
    fn known_values() {
        assert_eq!(append(0, b"123456789"), 0xE306_9283);
        assert_eq!(append(0, &[0u8; 32]), 0x8A91_36AA);
        assert_eq!(append(0, &[0xffu8; 32]), 0x62A8_AB43);
        let inc: Vec<u8> = (0u8..32).collect();
        assert_eq!(append(0, &inc), 0x46DD_794E);
        // Split anywhere, the appended checksum is the whole one.
        let d = bytes(5000, 3);
        for cut in [0, 1, 23, 24, 700, 4999, 5000] {
            assert_eq!(append(append(0, &d[..cut]), &d[cut..]), append(0, &d));
        }
    }

    #[test]
    fn shift_table_starts_at_one_word() {
        // x^(64-33) = x^31: the reflected register's lowest bit.
        assert_eq!(shifts()[1], 1);
    }
}
