//! XOR float chunks (encoding 1), bit-identical to Prometheus `xor.go` (Gorilla-style).
//!
//! Layout: u16 BE sample count; sample 0 = varint t + 64 raw value bits; sample 1 = uvarint
//! delta + XOR value; later samples = delta-of-delta timestamp (`0` | `10`+14 | `110`+17 |
//! `1110`+20 | `1111`+64 bits) + XOR value. See /work/shared/spec/tsdb-format.md section 4.

use super::bstream::{BitReader, BitWriter};
use crate::{Error, Result};

/// Reads one XOR-encoded value into `v` (raw bits), updating the leading/trailing window.
/// Decoders start with a 0/0 window (Prometheus iterators do too); the encoder's "no window"
/// sentinel never lets the first XOR value reuse it, so valid chunks never read that state.
/// Returns false on a window that does not fit in 64 bits (corrupt data).
#[inline]
pub fn xor_read(br: &mut BitReader, v: &mut u64, leading: &mut u32, trailing: &mut u32) -> bool {
    if !br.read_bit() {
        return true; // value unchanged
    }
    let mbits;
    if !br.read_bit() {
        mbits = 64 - *leading - *trailing; // reuse the previous window
    } else {
        let l = br.read_bits(5) as u32;
        let mut m = br.read_bits(6) as u32;
        if m == 0 {
            m = 64; // 64 significant bits do not fit in 6 bits; 0 stands for 64
        }
        if l + m > 64 {
            br.fail("XOR value window exceeds 64 bits");
            return false;
        }
        *leading = l;
        *trailing = 64 - l - m;
        mbits = m;
    }
    let bits = br.read_bits(mbits);
    *v ^= bits << *trailing;
    true
}

/// Writes `new` XOR `cur` like Prometheus `xorWrite`. `leading == 0xff` means no window yet.
#[inline]
pub fn xor_write(w: &mut BitWriter, new: u64, cur: u64, leading: &mut u8, trailing: &mut u8) {
    let delta = new ^ cur;
    if delta == 0 {
        w.write_bit(false);
        return;
    }
    w.write_bit(true);
    // Leading zeros are stored in 5 bits, so 32+ is clamped to 31 (more significant bits sent).
    let new_leading = (delta.leading_zeros() as u8).min(31);
    let new_trailing = delta.trailing_zeros() as u8;
    if *leading != 0xff && new_leading >= *leading && new_trailing >= *trailing {
        w.write_bit(false);
        w.write_bits(delta >> *trailing, 64 - *leading as u32 - *trailing as u32);
        return;
    }
    *leading = new_leading;
    *trailing = new_trailing;
    w.write_bit(true);
    w.write_bits(new_leading as u64, 5);
    let sigbits = 64 - new_leading as u32 - new_trailing as u32;
    // sigbits == 64 is written as 0 (the low 6 bits of 64).
    w.write_bits(sigbits as u64, 6);
    w.write_bits(delta >> new_trailing, sigbits);
}

#[inline(always)]
fn push(out: &mut Vec<u8>, t: i64, v: u64) {
    out.extend_from_slice(&t.to_le_bytes());
    out.extend_from_slice(&v.to_le_bytes());
}

fn corrupt(what: &str, i: usize, n: u16) -> Error {
    Error::corrupt(format!("XOR chunk: {what} at sample {i} of {n}"))
}

/// Decodes an XOR chunk (`data` starts with the 2-byte count), appending `{i64 t, f64 v}` LE
/// records to `out`. Returns the sample count.
pub fn decode_xor(data: &[u8], out: &mut Vec<u8>) -> Result<u16> {
    if data.len() < 2 {
        return Err(Error::corrupt(format!("XOR chunk of {} bytes has no 2-byte header", data.len())));
    }
    let n = u16::from_be_bytes([data[0], data[1]]);
    if n == 0 {
        return Ok(0);
    }
    let mut br = BitReader::new(&data[2..]);
    out.reserve(16 * n as usize);

    let mut t = br.read_varint();
    let mut v = br.read_bits(64);
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    push(out, t, v);
    if n == 1 {
        return Ok(1);
    }

    let mut delta = br.read_uvarint(); // u64: a negative first delta wraps, as in Go
    t = t.wrapping_add(delta as i64);
    let (mut leading, mut trailing) = (0u32, 0u32);
    xor_read(&mut br, &mut v, &mut leading, &mut trailing);
    if let Some(e) = br.err() {
        return Err(corrupt(e, 1, n));
    }
    push(out, t, v);

    for i in 2..n as usize {
        // Fast path: `00` = same delta and same value, the common case for regular scrapes of
        // a constant series; one peek instead of two bit reads and two branches.
        if br.valid >= 2 && (br.buf >> (br.valid - 2)) & 3 == 0 {
            br.valid -= 2;
            t = t.wrapping_add(delta as i64);
            push(out, t, v);
            continue;
        }
        // Delta-of-delta prefix: up to four bits, stop at the first zero.
        let mut d = 0u32;
        for _ in 0..4 {
            d <<= 1;
            if !br.read_bit() {
                break;
            }
            d |= 1;
        }
        let dod: i64 = match d {
            0b0 => 0,
            0b10 | 0b110 | 0b1110 => {
                let sz = match d {
                    0b10 => 14,
                    0b110 => 17,
                    _ => 20,
                };
                let b = br.read_bits(sz);
                // Prometheus quirk: the pattern 2^(sz-1) is +2^(sz-1), not -2^(sz-1).
                if b > 1u64 << (sz - 1) {
                    b.wrapping_sub(1u64 << sz) as i64
                } else {
                    b as i64
                }
            }
            _ => br.read_bits(64) as i64,
        };
        delta = delta.wrapping_add(dod as u64);
        t = t.wrapping_add(delta as i64);
        // Fast path for an unchanged value right after a changed timestamp delta.
        if br.valid >= 1 && (br.buf >> (br.valid - 1)) & 1 == 0 {
            br.valid -= 1;
        } else {
            xor_read(&mut br, &mut v, &mut leading, &mut trailing);
        }
        if let Some(e) = br.err() {
            return Err(corrupt(e, i, n));
        }
        push(out, t, v);
    }
    Ok(n)
}

/// Appends float samples to one XOR chunk exactly like Prometheus's `xorAppender`.
pub struct XorAppender {
    w: BitWriter,
    n: u16,
    t: i64,
    v: u64,
    delta: u64,
    leading: u8,
    trailing: u8,
}

impl Default for XorAppender {
    fn default() -> Self {
        Self::new()
    }
}

impl XorAppender {
    pub fn new() -> Self {
        let mut w = BitWriter::with_capacity(128);
        w.push_aligned(&[0, 0]);
        XorAppender { w, n: 0, t: i64::MIN, v: 0, delta: 0, leading: 0xff, trailing: 0 }
    }

    pub fn num_samples(&self) -> u16 {
        self.n
    }

    /// Appends one sample (`v` as raw float bits). The caller cuts chunks well before 65535.
    pub fn append(&mut self, t: i64, v: u64) {
        let mut delta = 0u64;
        match self.n {
            0 => {
                let mut buf = [0u8; 10];
                let len = put_uvarint(&mut buf, ((t << 1) ^ (t >> 63)) as u64);
                for &b in &buf[..len] {
                    self.w.write_byte(b);
                }
                self.w.write_bits(v, 64);
            }
            1 => {
                delta = t.wrapping_sub(self.t) as u64;
                let mut buf = [0u8; 10];
                let len = put_uvarint(&mut buf, delta);
                for &b in &buf[..len] {
                    self.w.write_byte(b);
                }
                xor_write(&mut self.w, v, self.v, &mut self.leading, &mut self.trailing);
            }
            _ => {
                delta = t.wrapping_sub(self.t) as u64;
                let dod = delta.wrapping_sub(self.delta) as i64;
                if dod == 0 {
                    self.w.write_bit(false);
                } else if in_range(dod, 14) {
                    self.w.write_bits(0b10, 2);
                    self.w.write_bits(dod as u64, 14);
                } else if in_range(dod, 17) {
                    self.w.write_bits(0b110, 3);
                    self.w.write_bits(dod as u64, 17);
                } else if in_range(dod, 20) {
                    self.w.write_bits(0b1110, 4);
                    self.w.write_bits(dod as u64, 20);
                } else {
                    self.w.write_bits(0b1111, 4);
                    self.w.write_bits(dod as u64, 64);
                }
                xor_write(&mut self.w, v, self.v, &mut self.leading, &mut self.trailing);
            }
        }
        self.t = t;
        self.v = v;
        self.delta = delta;
        self.n += 1;
    }

    /// The chunk bytes, header included.
    pub fn finish(mut self) -> Vec<u8> {
        let n = self.n.to_be_bytes();
        self.w.bytes[0] = n[0];
        self.w.bytes[1] = n[1];
        self.w.bytes
    }
}

/// Prometheus `bitRange`: `-(2^(n-1) - 1) <= x <= 2^(n-1)` (asymmetric, matching the decoder).
#[inline]
fn in_range(x: i64, nbits: u32) -> bool {
    let half = 1i64 << (nbits - 1);
    -(half - 1) <= x && x <= half
}

fn put_uvarint(buf: &mut [u8; 10], mut x: u64) -> usize {
    let mut i = 0;
    while x >= 0x80 {
        buf[i] = (x as u8) | 0x80;
        x >>= 7;
        i += 1;
    }
    buf[i] = x as u8;
    i + 1
}
