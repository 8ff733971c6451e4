//! Prometheus-style decoding buffer (`tsdb/encoding/encoding.go`): many reads, one error check.
//!
//! A `Decbuf` reads big-endian integers, Go varints and length-prefixed byte strings from a
//! borrowed slice. The first failure is remembered ("sticky") and every later read returns a
//! zero value, so parsers read a whole record and check `err()` once at the end. Nothing here
//! ever indexes out of range: every length is checked against what is left.
//!
//! Format facts: shared/spec/tsdb-format.md §2 and Prometheus `tsdb/docs/format/index.md`.

use std::fmt;

/// Why a decode failed. Callers add the block directory, file and section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecodeError {
    /// A read wanted more bytes than are left (or a length field points past the end).
    InvalidSize,
    /// The CRC32C stored after a section does not match its body.
    Checksum,
    /// A varint ran over 10 bytes or overflowed 64 bits.
    VarintOverflow,
    /// A `uvarint32` held a value above `u32::MAX`.
    Uvarint32Overflow,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecodeError::InvalidSize => "invalid size",
            DecodeError::Checksum => "checksum mismatch",
            DecodeError::VarintOverflow => "varint overflows 64 bits",
            DecodeError::Uvarint32Overflow => "uvarint32 overflows 32 bits",
        })
    }
}

/// CRC-32C (Castagnoli), the checksum of every TSDB file section.
#[inline]
pub fn crc32c(b: &[u8]) -> u32 {
    crate::crc::append(0, b)
}

/// Continues a CRC-32C over more bytes (for checksums over non-contiguous parts).
pub fn crc32c_append(crc: u32, b: &[u8]) -> u32 {
    crate::crc::append(crc, b)
}

/// Sticky-error reader over a byte slice.
#[derive(Debug, Clone)]
pub struct Decbuf<'a> {
    b: &'a [u8],
    err: Option<DecodeError>,
}

impl<'a> Decbuf<'a> {
    pub fn new(b: &'a [u8]) -> Self {
        Decbuf { b, err: None }
    }

    /// A reader over the CRC-checked body of the section at `off` in `file`:
    /// `len` (BE32), `len` body bytes, CRC32C (BE32) of the body.
    pub fn section_at(file: &'a [u8], off: usize) -> Result<Self, DecodeError> {
        let mut d = Decbuf::new(file.get(off..).ok_or(DecodeError::InvalidSize)?);
        let len = d.be32() as usize;
        let body = d.bytes(len);
        let crc = d.be32();
        d.check()?;
        if crc32c(body) != crc {
            return Err(DecodeError::Checksum);
        }
        Ok(Decbuf::new(body))
    }

    /// Like `section_at` but with a uvarint length prefix (series entries).
    pub fn uvarint_section_at(file: &'a [u8], off: usize) -> Result<Self, DecodeError> {
        let mut d = Decbuf::new(file.get(off..).ok_or(DecodeError::InvalidSize)?);
        let len = d.uvarint_len();
        let body = d.bytes(len);
        let crc = d.be32();
        d.check()?;
        if crc32c(body) != crc {
            return Err(DecodeError::Checksum);
        }
        Ok(Decbuf::new(body))
    }

    /// The first error, if any read failed.
    pub fn err(&self) -> Option<DecodeError> {
        self.err
    }

    /// `Ok(())` when every read so far succeeded.
    pub fn check(&self) -> Result<(), DecodeError> {
        match self.err {
            None => Ok(()),
            Some(e) => Err(e),
        }
    }

    /// Bytes left to read.
    pub fn len(&self) -> usize {
        self.b.len()
    }

    pub fn is_empty(&self) -> bool {
        self.b.is_empty()
    }

    /// The unread remainder.
    pub fn rest(&self) -> &'a [u8] {
        self.b
    }

    fn fail(&mut self, e: DecodeError) {
        if self.err.is_none() {
            self.err = Some(e);
        }
        // Once failed, behave as exhausted so later reads are cheap zero values.
        self.b = &[];
    }

    /// Takes `n` bytes; empty slice (and a sticky error) when fewer are left.
    #[inline]
    pub fn bytes(&mut self, n: usize) -> &'a [u8] {
        if self.err.is_some() {
            return &[];
        }
        if n > self.b.len() {
            self.fail(DecodeError::InvalidSize);
            return &[];
        }
        let (head, tail) = self.b.split_at(n);
        self.b = tail;
        head
    }

    pub fn skip(&mut self, n: usize) {
        self.bytes(n);
    }

    pub fn byte(&mut self) -> u8 {
        match self.bytes(1) {
            [x] => *x,
            _ => 0,
        }
    }

    pub fn be32(&mut self) -> u32 {
        match self.bytes(4).try_into() {
            Ok(a) => u32::from_be_bytes(a),
            Err(_) => 0,
        }
    }

    pub fn be64(&mut self) -> u64 {
        match self.bytes(8).try_into() {
            Ok(a) => u64::from_be_bytes(a),
            Err(_) => 0,
        }
    }

    /// Unsigned LEB128 as Go's `binary.Uvarint`: at most 10 bytes, the 10th at most 1.
    #[inline]
    pub fn uvarint(&mut self) -> u64 {
        // Index entries are mostly 1- to 3-byte varints (symbol references, deltas): decode
        // those without the general loop's per-byte bounds and length checks. A failed Decbuf
        // is empty, so a non-empty one has no sticky error to honour.
        let b = self.b;
        if b.len() >= 3 {
            let (b0, b1, b2) = (u64::from(b[0]), u64::from(b[1]), u64::from(b[2]));
            if b0 < 0x80 {
                self.b = &b[1..];
                return b0;
            }
            if b1 < 0x80 {
                self.b = &b[2..];
                return (b0 & 0x7f) | (b1 << 7);
            }
            if b2 < 0x80 {
                self.b = &b[3..];
                return (b0 & 0x7f) | ((b1 & 0x7f) << 7) | (b2 << 14);
            }
        }
        self.uvarint_slow()
    }

    /// The general case of `uvarint`: any length, truncation and overflow errors.
    fn uvarint_slow(&mut self) -> u64 {
        if self.err.is_some() {
            return 0;
        }
        let mut x: u64 = 0;
        let mut shift = 0u32;
        for (i, &c) in self.b.iter().enumerate() {
            if i == 10 {
                break;
            }
            if c < 0x80 {
                if i == 9 && c > 1 {
                    self.fail(DecodeError::VarintOverflow);
                    return 0;
                }
                self.b = &self.b[i + 1..];
                return x | (u64::from(c) << shift);
            }
            x |= u64::from(c & 0x7f) << shift;
            shift += 7;
        }
        if self.b.len() >= 10 {
            self.fail(DecodeError::VarintOverflow);
        } else {
            self.fail(DecodeError::InvalidSize);
        }
        0
    }

    /// A uvarint that must fit in 32 bits (symbol references).
    #[inline]
    pub fn uvarint32(&mut self) -> u32 {
        let x = self.uvarint();
        match u32::try_from(x) {
            Ok(v) => v,
            Err(_) => {
                self.fail(DecodeError::Uvarint32Overflow);
                0
            }
        }
    }

    /// A uvarint used as a byte count or element count. Values that cannot be a length on
    /// this machine become `usize::MAX`, which the following bounds check rejects.
    #[inline]
    pub fn uvarint_len(&mut self) -> usize {
        usize::try_from(self.uvarint()).unwrap_or(usize::MAX)
    }

    /// Zig-zag signed varint as Go's `binary.Varint`.
    #[inline]
    pub fn varint(&mut self) -> i64 {
        let ux = self.uvarint();
        let x = (ux >> 1) as i64;
        if ux & 1 != 0 {
            !x
        } else {
            x
        }
    }

    /// A uvarint length followed by that many bytes.
    pub fn uvarint_bytes(&mut self) -> &'a [u8] {
        let n = self.uvarint_len();
        self.bytes(n)
    }

    /// Like `uvarint_bytes`, for callers that want text. Invalid UTF-8 is not an error here
    /// (Prometheus does not validate label bytes); it is replaced when converted for output.
    pub fn uvarint_str(&mut self) -> &'a [u8] {
        self.uvarint_bytes()
    }
}

/// Appends Go's `binary.PutUvarint` encoding of `x` (used by tests and encoders).
pub fn put_uvarint(out: &mut Vec<u8>, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// Appends Go's `binary.PutVarint` (zig-zag) encoding of `x`.
pub fn put_varint(out: &mut Vec<u8>, x: i64) {
    let ux = ((x as u64) << 1) ^ ((x >> 63) as u64);
    put_uvarint(out, ux);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uvarint_round_trip_and_limits() {
        for &x in &[0u64, 1, 127, 128, 300, u32::MAX as u64, u64::MAX] {
            let mut b = Vec::new();
            put_uvarint(&mut b, x);
            let mut d = Decbuf::new(&b);
            assert_eq!(d.uvarint(), x);
            assert!(d.is_empty());
            assert_eq!(d.err(), None);
        }
        // 10th byte of 2 overflows 64 bits.
        let b = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02];
        let mut d = Decbuf::new(&b);
        assert_eq!(d.uvarint(), 0);
        assert_eq!(d.err(), Some(DecodeError::VarintOverflow));
        // Truncated.
        let mut d = Decbuf::new(&[0x80, 0x80]);
        d.uvarint();
        assert_eq!(d.err(), Some(DecodeError::InvalidSize));
    }

    #[test]
    fn uvarint_fast_path_equals_the_general_decoder() {
        // Every 1- to 4-byte prefix shape (with and without continuation bits, non-minimal
        // encodings, too few bytes for the fast path), followed by a marker byte.
        let bytes = [0x00u8, 0x01, 0x7f, 0x80, 0x81, 0xff];
        let mut inputs: Vec<Vec<u8>> = Vec::new();
        for &a in &bytes {
            inputs.push(vec![a]);
            for &b in &bytes {
                inputs.push(vec![a, b]);
                for &c in &bytes {
                    inputs.push(vec![a, b, c]);
                    for &d in &bytes {
                        inputs.push(vec![a, b, c, d, 0x2a]);
                    }
                }
            }
        }
        for inp in &inputs {
            let (mut fast, mut slow) = (Decbuf::new(inp), Decbuf::new(inp));
            let (x, y) = (fast.uvarint(), slow.uvarint_slow());
            assert_eq!((x, fast.err(), fast.len()), (y, slow.err(), slow.len()), "input {inp:02x?}");
            // The read after it sees the same rest.
            assert_eq!(fast.uvarint(), slow.uvarint_slow(), "second read of {inp:02x?}");
        }
    }

    #[test]
    fn varint_zigzag() {
        for &x in &[0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            let mut b = Vec::new();
            put_varint(&mut b, x);
            assert_eq!(Decbuf::new(&b).varint(), x);
        }
        assert_eq!(Decbuf::new(&[0x01]).varint(), -1);
        assert_eq!(Decbuf::new(&[0x02]).varint(), 1);
    }

    #[test]
    fn sticky_error() {
        let mut d = Decbuf::new(&[0, 0, 0, 1, 9]);
        assert_eq!(d.be32(), 1);
        assert_eq!(d.be32(), 0);
        assert_eq!(d.byte(), 0);
        assert_eq!(d.err(), Some(DecodeError::InvalidSize));
    }
}
