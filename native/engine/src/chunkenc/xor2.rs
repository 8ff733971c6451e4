//! XOR2 float chunks (encoding 4), decode only, following Prometheus v0.316.0 `xor2.go`/`st.go`.
//!
//! Layout: u16 BE sample count, one start-timestamp (ST) header byte (bit 7: the first sample
//! carries an ST; bits 0–6: the sample index where STs start changing, 0 = never), then bits.
//! Sample 0: varint t, 64 value bits, [varint t-st]. Sample 1: uvarint delta, value, [varbit
//! st diff]. Later samples start with a joint control prefix:
//! `0` same delta + same value, `10` same delta + changed value, `110` 13-bit dod + value,
//! `1110` 20-bit dod + value, `11110` 64-bit dod + value, `11111` same delta + stale NaN;
//! then, from the first ST change on, a varbit ST delta. Values XOR against the last non-stale
//! value: `0` same, `10` reuse window, `110` new window (5-bit leading, 6-bit length), `111` stale.
//! Our SampleSet has no start timestamps, so STs are parsed (to stay in step) and dropped.

use super::bstream::BitReader;
use super::sink::Sink;
use super::varbit::read_varbit_int;
use crate::{Error, Result};

const STALE_NAN: u64 = 0x7ff0_0000_0000_0002;

struct State {
    val: u64,
    baseline: u64, // last non-stale value: the XOR reference
    leading: u32,
    trailing: u32,
}

impl State {
    #[inline]
    fn new_window(&mut self, br: &mut BitReader) {
        let l = br.read_bits(5) as u32;
        let mut m = br.read_bits(6) as u32;
        if m == 0 {
            m = 64;
        }
        if l + m > 64 {
            br.fail("XOR2 value window exceeds 64 bits");
            return;
        }
        self.leading = l;
        self.trailing = 64 - l - m;
        let bits = br.read_bits(m);
        self.set(bits);
    }

    #[inline]
    fn reuse_window(&mut self, br: &mut BitReader) {
        let bits = br.read_bits(64 - self.leading - self.trailing);
        self.set(bits);
    }

    #[inline]
    fn set(&mut self, bits: u64) {
        self.val = self.baseline ^ (bits << self.trailing);
        self.baseline = self.val;
    }

    /// Value after a timestamp: `0` same, `10` reuse window, `110` new window, `111` stale.
    #[inline]
    fn decode_value(&mut self, br: &mut BitReader) {
        if !br.read_bit() {
            self.val = self.baseline;
        } else if !br.read_bit() {
            self.reuse_window(br);
        } else if !br.read_bit() {
            self.new_window(br);
        } else {
            self.val = STALE_NAN;
        }
    }

    /// Value known to differ (control `10`): `0` reuse window, `1` new window.
    #[inline]
    fn decode_value_non_zero(&mut self, br: &mut BitReader) {
        if !br.read_bit() {
            self.reuse_window(br);
        } else {
            self.new_window(br);
        }
    }
}

fn corrupt(what: &str, i: usize, n: u16) -> Error {
    Error::corrupt(format!("XOR2 chunk: {what} at sample {i} of {n}"))
}

/// Decodes an XOR2 chunk (`data` starts with the 3-byte header), appending `{i64 t, f64 v}` LE
/// records to `out`. Returns the sample count (0 and nothing decoded when `out` is full).
pub fn decode_xor2<S: Sink>(data: &[u8], out: &mut S) -> Result<u16> {
    if data.len() < 3 {
        return Err(Error::corrupt(format!("XOR2 chunk of {} bytes has no 3-byte header", data.len())));
    }
    let n = u16::from_be_bytes([data[0], data[1]]);
    let first_st_known = data[2] & 0x80 != 0;
    let first_st_change_on = (data[2] & 0x7f) as usize;
    if n == 0 {
        return Ok(0);
    }
    let mut br = BitReader::new(&data[3..]);
    // Exactly n records follow: claim their slots once (a full sink stops here, as in the TS
    // twin, before any sample is read).
    let Some(slots) = out.claim(16 * n as usize) else { return Ok(0) };
    let mut recs = slots.as_chunks_mut::<16>().0.iter_mut();
    let mut put = |t: i64, v: u64| {
        // Exactly one slot per sample: the loop below runs n times in all.
        if let Some(rec) = recs.next() {
            rec[..8].copy_from_slice(&t.to_le_bytes());
            rec[8..].copy_from_slice(&v.to_le_bytes());
        }
    };

    let mut t = br.read_varint();
    let v = br.read_bits(64);
    let mut s = State { val: v, baseline: if v == STALE_NAN { 0 } else { v }, leading: 0, trailing: 0 };
    if first_st_known {
        br.read_varint(); // t - st of the first sample
    }
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    put(t, s.val);
    if n == 1 {
        return Ok(1);
    }

    let mut delta = br.read_uvarint();
    t = t.wrapping_add(delta as i64);
    s.decode_value(&mut br);
    if first_st_change_on == 1 {
        read_varbit_int(&mut br);
    }
    if let Some(e) = br.err() {
        return Err(corrupt(e, 1, n));
    }
    put(t, s.val);

    for i in 2..n as usize {
        // Fast path: `0` = same delta, same value, and no ST delta follows (before the first ST
        // change); the common case for a regular, constant series.
        let st_follows = first_st_change_on > 0 && i >= first_st_change_on;
        if !st_follows && br.valid >= 1 && (br.buf >> (br.valid - 1)) & 1 == 0 {
            br.valid -= 1;
            t = t.wrapping_add(delta as i64);
            s.val = s.baseline;
            put(t, s.val);
            continue;
        }
        let mut ones = 0;
        while ones < 5 && br.read_bit() {
            ones += 1;
        }
        let dod_bits = match ones {
            0 => {
                t = t.wrapping_add(delta as i64);
                s.val = s.baseline;
                0
            }
            1 => {
                t = t.wrapping_add(delta as i64);
                s.decode_value_non_zero(&mut br);
                0
            }
            2 => 13,
            3 => 20,
            4 => 64,
            _ => {
                t = t.wrapping_add(delta as i64);
                s.val = STALE_NAN;
                0
            }
        };
        if dod_bits != 0 {
            let mut b = br.read_bits(dod_bits);
            if dod_bits < 64 && b >= 1u64 << (dod_bits - 1) {
                b = b.wrapping_sub(1u64 << dod_bits); // plain two's complement, unlike XOR
            }
            delta = delta.wrapping_add(b);
            t = t.wrapping_add(delta as i64);
            s.decode_value(&mut br);
        }
        if st_follows {
            read_varbit_int(&mut br);
        }
        if let Some(e) = br.err() {
            return Err(corrupt(e, i, n));
        }
        put(t, s.val);
    }
    Ok(n)
}
