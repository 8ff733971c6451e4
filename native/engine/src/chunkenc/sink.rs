//! Where decoders write SampleSet bytes: a growing `Vec` (`decode_chunks`) or a caller-owned
//! slice (`decode_chunks_into`, which lets the JS side reuse one output buffer across calls
//! instead of allocating and page-faulting a fresh multi-megabyte buffer per call).
//!
//! A slice sink that runs out of room becomes "full": that write and all later ones are dropped
//! (nothing is written past the end) and decoders stop at their next check. The entry point turns
//! a full sink into one "output buffer too small" error, whatever the decoder returned after.

/// Append-only byte output with a fixed-size-record fast path.
pub trait Sink {
    /// Appends `bytes`, or marks the sink full when they do not fit.
    fn put(&mut self, bytes: &[u8]);
    /// Bytes written so far.
    fn len(&self) -> usize;
    /// The next `n` bytes, counted as written (contents unspecified, the caller fills them all),
    /// or None after marking the sink full when they do not fit.
    fn claim(&mut self, n: usize) -> Option<&mut [u8]>;
    /// Overwrites 4 already-written bytes at `at` (the record count patched after decoding).
    fn set_u32(&mut self, at: usize, v: u32);
    /// Forgets everything written after `len`.
    fn truncate(&mut self, len: usize);
    /// True once a write did not fit.
    fn is_full(&self) -> bool;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Sink for Vec<u8> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        self.extend_from_slice(bytes);
    }
    #[inline]
    fn len(&self) -> usize {
        Vec::len(self)
    }
    #[inline]
    fn claim(&mut self, n: usize) -> Option<&mut [u8]> {
        let start = Vec::len(self);
        self.resize(start + n, 0);
        Some(&mut self[start..])
    }
    #[inline]
    fn set_u32(&mut self, at: usize, v: u32) {
        self[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        Vec::truncate(self, len);
    }
    #[inline]
    fn is_full(&self) -> bool {
        false
    }
}

/// A sink over a caller-owned buffer that never writes past its end.
pub struct SliceSink<'a> {
    buf: &'a mut [u8],
    len: usize,
    full: bool,
}

impl<'a> SliceSink<'a> {
    pub fn new(buf: &'a mut [u8]) -> Self {
        SliceSink { buf, len: 0, full: false }
    }
}

impl Sink for SliceSink<'_> {
    #[inline]
    fn put(&mut self, bytes: &[u8]) {
        if let Some(dst) = self.claim(bytes.len()) {
            dst.copy_from_slice(bytes);
        }
    }
    #[inline]
    fn len(&self) -> usize {
        self.len
    }
    #[inline]
    fn claim(&mut self, n: usize) -> Option<&mut [u8]> {
        if self.full || n > self.buf.len() - self.len {
            self.full = true;
            return None;
        }
        let start = self.len;
        self.len += n;
        Some(&mut self.buf[start..start + n])
    }
    #[inline]
    fn set_u32(&mut self, at: usize, v: u32) {
        self.buf[at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    #[inline]
    fn truncate(&mut self, len: usize) {
        self.len = self.len.min(len);
    }
    #[inline]
    fn is_full(&self) -> bool {
        self.full
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_sink_stops_at_the_end() {
        let mut buf = [0xaau8; 6];
        let mut s = SliceSink::new(&mut buf);
        s.put(&[1, 2, 3, 4]);
        assert!(!s.is_full());
        s.put(&[5, 6, 7]); // does not fit: dropped, sink full
        assert!(s.is_full());
        s.put(&[8]); // would fit, but a full sink stays full
        assert_eq!(s.len(), 4);
        assert!(s.claim(1).is_none());
        assert_eq!(buf, [1, 2, 3, 4, 0xaa, 0xaa]);
    }

    #[test]
    fn vec_and_slice_sinks_agree() {
        let mut v = Vec::new();
        let mut buf = [0u8; 16];
        let mut s = SliceSink::new(&mut buf);
        for k in [&mut v as &mut dyn Sink, &mut s as &mut dyn Sink] {
            k.put(&[9]);
            let at = k.len();
            k.put(&[0; 4]);
            k.claim(3).unwrap().copy_from_slice(&[7, 7, 7]);
            k.set_u32(at, 0x0102_0304);
            k.truncate(7);
            assert_eq!(k.len(), 7);
        }
        assert_eq!(&v[..], &buf[..7]);
    }
}
