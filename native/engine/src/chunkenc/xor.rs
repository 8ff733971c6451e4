//! XOR float chunks (encoding 1), bit-identical to Prometheus `xor.go` (Gorilla-style).
//!
//! Layout: u16 BE sample count; sample 0 = varint t + 64 raw value bits; sample 1 = uvarint
//! delta + XOR value; later samples = delta-of-delta timestamp (`0` | `10`+14 | `110`+17 |
//! `1110`+20 | `1111`+64 bits) + XOR value. See shared/spec/tsdb-format.md section 4.

use super::bstream::{BitCursor, BitReader, BitWriter};
use super::sink::Sink;
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
fn put(rec: &mut [u8; 16], t: i64, v: u64) {
    rec[..8].copy_from_slice(&t.to_le_bytes());
    rec[8..].copy_from_slice(&v.to_le_bytes());
}

fn corrupt(what: &str, i: usize, n: u16) -> Error {
    Error::corrupt(format!("XOR chunk: {what} at sample {i} of {n}"))
}

const END_OF_DATA: &str = "unexpected end of chunk data";

/// Delta-of-delta payload width by the count of leading ones in its prefix (`10`, `110`,
/// `1110`; `0` has none).
const DOD_BITS: [u32; 4] = [0, 14, 17, 20];

/// Decodes an XOR chunk (`data` starts with the 2-byte count), appending `{i64 t, f64 v}` LE
/// records to `out`. Returns the sample count. On error `out` is left as it was; when the
/// records do not fit, `out` becomes full and nothing is decoded.
pub fn decode_xor<S: Sink>(data: &[u8], out: &mut S) -> Result<u16> {
    if data.len() < 2 {
        return Err(Error::corrupt(format!("XOR chunk of {} bytes has no 2-byte header", data.len())));
    }
    let n = u16::from_be_bytes([data[0], data[1]]);
    if n == 0 {
        return Ok(0);
    }
    // The record count is known up front: claim the output once and store into fixed 16-byte
    // slots, instead of a capacity check and length update per field per sample.
    let start = out.len();
    let Some(slots) = out.claim(16 * n as usize) else { return Ok(0) };
    let res = decode_records(&data[2..], n, slots.as_chunks_mut::<16>().0);
    if res.is_err() {
        out.truncate(start);
    }
    res.map(|()| n)
}

/// Decodes `n` samples of the bit stream into `recs` (exactly `n` slots).
fn decode_records(stream: &[u8], n: u16, recs: &mut [[u8; 16]]) -> Result<()> {
    // Samples 0 and 1 (varints, first XOR) through the general reader.
    let mut br = BitReader::new(stream);
    let mut t = br.read_varint();
    let mut v = br.read_bits(64);
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    let Some((first, recs)) = recs.split_first_mut() else { return Ok(()) };
    put(first, t, v);
    let Some((second, recs)) = recs.split_first_mut() else { return Ok(()) };
    let mut delta = br.read_uvarint(); // u64: a negative first delta wraps, as in Go
    t = t.wrapping_add(delta as i64);
    let (mut leading, mut trailing) = (0u32, 0u32);
    xor_read(&mut br, &mut v, &mut leading, &mut trailing);
    if let Some(e) = br.err() {
        return Err(corrupt(e, 1, n));
    }
    put(second, t, v);

    // Samples 2.. : every field is cut out of one peeked word (see `BitCursor`).
    let mut c = BitCursor::new(stream, br.bit_pos());
    for (j, rec) in recs.iter_mut().enumerate() {
        let (w, avail) = c.peek_avail();
        // Fast path: `00` = same delta and same value, regular scrapes of a constant series.
        if w >> 62 == 0 {
            c.pos += 2;
        } else {
            // Delta-of-delta: `0`, or 1-3 ones then a zero and 14/17/20 bits, or `1111` and
            // 64 bits. The count of leading ones picks the case. The value's bits follow in
            // the same word (shifted up), except after a 64-bit dod.
            let (w, avail) = match (!w).leading_zeros() {
                0 => {
                    c.pos += 1;
                    (w << 1, avail - 1)
                }
                ones @ 1..=3 => {
                    let sz = DOD_BITS[ones as usize];
                    let b = (w << (ones + 1)) >> (64 - sz);
                    // Prometheus quirk: the pattern 2^(sz-1) is +2^(sz-1), not -2^(sz-1).
                    let dod = if b > 1u64 << (sz - 1) { b.wrapping_sub(1u64 << sz) } else { b };
                    delta = delta.wrapping_add(dod);
                    let k = ones + 1 + sz;
                    c.pos += k as usize;
                    (w << k, avail - k)
                }
                _ => {
                    c.pos += 4;
                    delta = delta.wrapping_add(c.read(64));
                    c.peek_avail()
                }
            };
            // Value: `0` unchanged, `10` + bits in the previous window, `11` + 5-bit leading
            // + 6-bit length + bits. `w` holds `avail` (>= 33) stream bits: the control bits
            // and window header always fit, the payload usually does (else a second load).
            if w >> 63 == 0 {
                c.pos += 1;
            } else if w >> 62 == 0b10 {
                let m = 64 - leading - trailing; // 1..=64: windows always hold a bit
                let bits = if 2 + m <= avail {
                    c.pos += 2 + m as usize;
                    (w << 2) >> (64 - m)
                } else {
                    c.pos += 2;
                    c.read(m)
                };
                v ^= bits << trailing;
            } else {
                let l = ((w >> 57) & 31) as u32;
                let m = match ((w >> 51) & 63) as u32 {
                    0 => 64, // 64 significant bits do not fit in 6 bits; 0 stands for 64
                    m => m,
                };
                c.pos += 13;
                if l + m > 64 {
                    // A header read past the end is an end-of-data error (as BitReader's
                    // sticky error would report), not a window error.
                    let what = if c.pos > c.end { END_OF_DATA } else { "XOR value window exceeds 64 bits" };
                    return Err(corrupt(what, j + 2, n));
                }
                leading = l;
                trailing = 64 - l - m;
                let bits = if 13 + m <= avail {
                    c.pos += m as usize;
                    (w << 13) >> (64 - m)
                } else {
                    c.read(m)
                };
                v ^= bits << trailing;
            }
        }
        if c.pos > c.end {
            return Err(corrupt(END_OF_DATA, j + 2, n));
        }
        t = t.wrapping_add(delta as i64);
        put(rec, t, v);
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain decoder: every field through `BitReader`, one sample at a time, no peeking.
    /// `decode_xor`'s fast paths must give the same bytes and the same errors.
    fn reference(data: &[u8]) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let n = u16::from_be_bytes([data[0], data[1]]);
        let mut br = BitReader::new(&data[2..]);
        let (mut t, mut v, mut delta) = (0i64, 0u64, 0u64);
        let (mut leading, mut trailing) = (0u32, 0u32);
        for i in 0..n as usize {
            match i {
                0 => {
                    t = br.read_varint();
                    v = br.read_bits(64);
                }
                1 => {
                    delta = br.read_uvarint();
                    t = t.wrapping_add(delta as i64);
                    xor_read(&mut br, &mut v, &mut leading, &mut trailing);
                }
                _ => {
                    let mut ones = 0;
                    while ones < 4 && br.read_bit() {
                        ones += 1;
                    }
                    let dod = match ones {
                        0 => 0,
                        4 => br.read_bits(64),
                        _ => {
                            let sz = [14, 17, 20][ones - 1];
                            let b = br.read_bits(sz);
                            if b > 1 << (sz - 1) {
                                b.wrapping_sub(1 << sz)
                            } else {
                                b
                            }
                        }
                    };
                    delta = delta.wrapping_add(dod);
                    t = t.wrapping_add(delta as i64);
                    xor_read(&mut br, &mut v, &mut leading, &mut trailing);
                }
            }
            if let Some(e) = br.err() {
                return Err(corrupt(e, i, n));
            }
            out.extend_from_slice(&t.to_le_bytes());
            out.extend_from_slice(&v.to_le_bytes());
        }
        Ok(out)
    }

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            self.0 ^ (self.0 >> 29)
        }
    }

    /// Chunks mixing every dod width and every value form (unchanged, window reuse, new
    /// window, 64 significant bits).
    fn random_chunk(rng: &mut Lcg) -> Vec<u8> {
        let mut app = XorAppender::new();
        let (mut t, mut v) = ((rng.next() % 2_000_000_000_000) as i64 - 1_000_000_000_000, rng.next());
        let n = 1 + rng.next() % 240;
        for _ in 0..n {
            app.append(t, v);
            let step: i64 = match rng.next() % 8 {
                0..=3 => 15_000,
                4 => 15_000 + (rng.next() % 16_000) as i64 - 8_000,
                5 => (rng.next() % 1_000_000) as i64 - 500_000,
                6 => (rng.next() % (1 << 40)) as i64 - (1 << 39),
                _ => rng.next() as i64,
            };
            t = t.wrapping_add(step);
            v = match rng.next() % 6 {
                0 | 1 => v,
                2 => v ^ ((rng.next() & 0xffff) << 20),
                3 => (v as f64 + 1.0).to_bits(),
                4 => rng.next(),
                _ => v ^ 1,
            };
        }
        app.finish()
    }

    fn decode(data: &[u8]) -> Result<Vec<u8>> {
        let mut out = vec![0xAA]; // pre-existing bytes must survive untouched
        decode_xor(data, &mut out)?;
        assert_eq!(out[0], 0xAA);
        Ok(out.split_off(1))
    }

    fn same(data: &[u8]) {
        match (decode(data), reference(data)) {
            (Ok(a), Ok(b)) => assert_eq!(a, b),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
            (a, b) => panic!("fast {a:?} vs reference {b:?} on {data:?}"),
        }
    }

    #[test]
    fn fast_decoder_matches_plain_reader() {
        let mut rng = Lcg(7);
        for _ in 0..150 {
            let chunk = random_chunk(&mut rng);
            same(&chunk);
            // Every truncation (the count still claims all samples) and random bit flips.
            for cut in 2..chunk.len() {
                same(&chunk[..cut]);
            }
            for _ in 0..20 {
                let mut bad = chunk.clone();
                let bit = (rng.next() as usize) % (8 * (bad.len() - 2));
                bad[2 + bit / 8] ^= 0x80 >> (bit % 8);
                same(&bad);
            }
        }
    }
}
