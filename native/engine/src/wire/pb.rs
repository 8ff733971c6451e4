//! Protobuf wire primitives for the hand-written encoders: tags, varint sizes and writers.
//!
//! Only what thanos storepb needs: varint (wire type 0) and length-delimited (wire type 2).
//! Encoders size every message first and then write it front to back, so no byte is moved.

/// Wire type of int32/int64/uint64/bool/enum fields.
pub const WT_VARINT: u8 = 0;
/// Wire type of string/bytes/sub-message fields.
pub const WT_LEN: u8 = 2;

/// The one-byte key of fields 1..=15.
#[inline]
pub const fn tag(field: u8, wire_type: u8) -> u8 {
    (field << 3) | wire_type
}

/// Where the encoders write: a growable `Vec<u8>`, or a caller's fixed buffer
/// (storepb::FixedBuf), whose room the encoder checks before it writes a message.
pub trait Sink {
    fn push(&mut self, b: u8);
    fn extend_from_slice(&mut self, b: &[u8]);
}

impl Sink for Vec<u8> {
    #[inline]
    fn push(&mut self, b: u8) {
        Vec::push(self, b);
    }
    #[inline]
    fn extend_from_slice(&mut self, b: &[u8]) {
        Vec::extend_from_slice(self, b);
    }
}

/// Bytes taken by `x` as a base-128 varint (1..=10).
#[inline]
pub fn uvarint_size(x: u64) -> usize {
    // Most sizes asked for are of label lengths and small messages: one byte, decided by one
    // well-predicted compare instead of a bit scan and a division by 7 on the sizing pass's
    // dependency chain.
    if x < 0x80 {
        return 1;
    }
    // 7 payload bits per byte.
    let bits = 64 - x.leading_zeros() as usize;
    bits.div_ceil(7)
}

#[inline]
pub fn put_uvarint<S: Sink + ?Sized>(out: &mut S, mut x: u64) {
    while x >= 0x80 {
        out.push((x as u8) | 0x80);
        x >>= 7;
    }
    out.push(x as u8);
}

/// Size of a length-delimited field with a one-byte key and a `len`-byte payload.
#[inline]
pub fn len_field_size(len: usize) -> usize {
    1 + uvarint_size(len as u64) + len
}

/// Size of a proto3 `int64` field with a one-byte key: omitted (0 bytes) when zero, else
/// two's-complement varint (10 bytes for negatives), as every standard encoder writes it.
#[inline]
pub fn int64_field_size(v: i64) -> usize {
    if v == 0 {
        0
    } else {
        1 + uvarint_size(v as u64)
    }
}

#[inline]
pub fn put_int64_field<S: Sink + ?Sized>(out: &mut S, field: u8, v: i64) {
    if v != 0 {
        out.push(tag(field, WT_VARINT));
        put_uvarint(out, v as u64);
    }
}

/// Writes key and length of a length-delimited field; the caller appends `len` payload bytes.
#[inline]
pub fn put_len_header<S: Sink + ?Sized>(out: &mut S, field: u8, len: usize) {
    out.push(tag(field, WT_LEN));
    put_uvarint(out, len as u64);
}

/// proto3 `string`/`bytes` field: omitted when empty.
#[inline]
pub fn bytes_field_size(b: &[u8]) -> usize {
    if b.is_empty() {
        0
    } else {
        len_field_size(b.len())
    }
}

#[inline]
pub fn put_bytes_field<S: Sink + ?Sized>(out: &mut S, field: u8, b: &[u8]) {
    if !b.is_empty() {
        put_len_header(out, field, b.len());
        out.extend_from_slice(b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uvarint_size_matches_writer() {
        let mut buf = Vec::new();
        let mut x = 1u64;
        let mut edges = vec![0u64, 1, u32::MAX as u64, u64::MAX >> 1, u64::MAX];
        for k in 1..=9u32 {
            let b = 1u64 << (7 * k);
            edges.extend([b - 1, b, b + 1]);
        }
        for v in edges {
            buf.clear();
            put_uvarint(&mut buf, v);
            assert_eq!(buf.len(), uvarint_size(v), "{v}");
        }
        for _ in 0..64 {
            buf.clear();
            put_uvarint(&mut buf, x);
            assert_eq!(buf.len(), uvarint_size(x));
            x = x.wrapping_mul(3).wrapping_add(1);
        }
    }

    #[test]
    fn int64_is_twos_complement() {
        let mut buf = Vec::new();
        put_int64_field(&mut buf, 1, -1);
        assert_eq!(buf, [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
        assert_eq!(int64_field_size(-1), 11);
        buf.clear();
        put_int64_field(&mut buf, 2, 0);
        assert!(buf.is_empty());
        assert_eq!(int64_field_size(0), 0);
    }
}
