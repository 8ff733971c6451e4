//! Bit streams, most significant bit first (Prometheus `bstream.go`).
//!
//! `BitReader` keeps up to 64 not-yet-read bits right-aligned in `buf` (`valid` of them), so hot
//! decoders can peek at the next bits with one shift. Errors are sticky: a read past the end
//! returns zeros and sets `err`, and decoders check once per sample instead of after every read.

/// Reads bits MSB-first from a byte slice.
pub struct BitReader<'a> {
    stream: &'a [u8],
    off: usize,
    /// Unread bits, right-aligned: the next bit is `(buf >> (valid - 1)) & 1`.
    pub buf: u64,
    pub valid: u32,
    err: Option<&'static str>,
}

#[inline(always)]
pub(crate) fn mask(n: u32) -> u64 {
    // n is 1..=64 at every call site; written without a shift by 64.
    u64::MAX >> (64 - n)
}

impl<'a> BitReader<'a> {
    pub fn new(stream: &'a [u8]) -> Self {
        BitReader { stream, off: 0, buf: 0, valid: 0, err: None }
    }

    /// The first error met, if any (sticky).
    #[inline]
    pub fn err(&self) -> Option<&'static str> {
        self.err
    }

    #[inline]
    pub fn fail(&mut self, msg: &'static str) {
        if self.err.is_none() {
            self.err = Some(msg);
        }
        self.valid = 0;
        self.off = self.stream.len();
    }

    /// Bits left to read (buffered plus not yet loaded).
    #[inline]
    pub fn remaining_bits(&self) -> u64 {
        self.valid as u64 + 8 * (self.stream.len() - self.off) as u64
    }

    /// Position of the next unread bit from the start of the stream (for handing over to a
    /// `BitCursor`).
    #[inline]
    pub fn bit_pos(&self) -> usize {
        8 * self.off - self.valid as usize
    }

    /// Loads the next up-to-8 bytes into an empty buffer; false at the end of the stream.
    #[inline]
    fn refill(&mut self) -> bool {
        let rest = &self.stream[self.off..];
        if rest.len() >= 8 {
            let mut b = [0u8; 8];
            b.copy_from_slice(&rest[..8]);
            self.buf = u64::from_be_bytes(b);
            self.valid = 64;
            self.off += 8;
            return true;
        }
        if rest.is_empty() {
            return false;
        }
        let mut v = 0u64;
        for &b in rest {
            v = (v << 8) | b as u64;
        }
        self.buf = v;
        self.valid = 8 * rest.len() as u32;
        self.off = self.stream.len();
        true
    }

    #[inline]
    pub fn read_bit(&mut self) -> bool {
        if self.valid == 0 && !self.refill() {
            self.fail("unexpected end of chunk data");
            return false;
        }
        self.valid -= 1;
        (self.buf >> self.valid) & 1 == 1
    }

    /// Reads `n` bits (0..=64) as the low bits of the result.
    #[inline]
    pub fn read_bits(&mut self, n: u32) -> u64 {
        if n == 0 {
            return 0;
        }
        if n <= self.valid {
            self.valid -= n;
            return (self.buf >> self.valid) & mask(n);
        }
        self.read_bits_slow(n)
    }

    #[cold]
    fn read_bits_slow(&mut self, n: u32) -> u64 {
        // Take what is buffered, then the rest from the next load.
        let have = self.valid;
        let hi = if have == 0 { 0 } else { self.buf & mask(have) };
        let need = n - have;
        self.valid = 0;
        if !self.refill() || self.valid < need {
            self.fail("unexpected end of chunk data");
            return 0;
        }
        self.valid -= need;
        let lo = (self.buf >> self.valid) & mask(need);
        if have == 0 {
            lo
        } else {
            (hi << need) | lo
        }
    }

    #[inline]
    pub fn read_byte(&mut self) -> u8 {
        self.read_bits(8) as u8
    }

    /// Go `binary.ReadUvarint` over bit-stream bytes (which need not be byte aligned).
    pub fn read_uvarint(&mut self) -> u64 {
        let mut x = 0u64;
        let mut s = 0u32;
        for i in 0..10 {
            let b = self.read_byte();
            if self.err.is_some() {
                return 0;
            }
            if b < 0x80 {
                if i == 9 && b > 1 {
                    self.fail("varint overflows 64 bits");
                    return 0;
                }
                return x | (b as u64) << s;
            }
            x |= ((b & 0x7f) as u64) << s;
            s += 7;
        }
        self.fail("varint overflows 64 bits");
        0
    }

    /// Go `binary.ReadVarint`: zig-zag signed varint.
    pub fn read_varint(&mut self) -> i64 {
        let ux = self.read_uvarint();
        let x = (ux >> 1) as i64;
        if ux & 1 != 0 {
            !x
        } else {
            x
        }
    }
}

/// MSB-first random-access bit cursor for the XOR float decoder's hot loop.
///
/// Unlike `BitReader` it holds no buffer: `peek` loads the 8 bytes at the cursor's byte and
/// shifts off the bits already read, so the next 57 bits (at least) are always one unaligned
/// load away and a sample's control bits, window header and payload can be cut out of one
/// word with shifts, with no refill branches between them. Reads past the end see zero bits
/// and only move `pos`; the caller compares `pos` with `end` once per sample, which finds the
/// same overrun (at the same sample) that `BitReader`'s sticky error would.
pub struct BitCursor<'a> {
    stream: &'a [u8],
    /// Next bit to read, from the start of `stream`.
    pub pos: usize,
    /// Bits in the stream; `pos > end` means a read went past the end.
    pub end: usize,
}

/// Bits `peek` guarantees: a load at a byte boundary less up to 7 bits already read.
pub const PEEK_BITS: u32 = 57;

impl<'a> BitCursor<'a> {
    pub fn new(stream: &'a [u8], pos: usize) -> Self {
        BitCursor { stream, pos, end: 8 * stream.len() }
    }

    /// The next 64 bits from `pos`, MSB-aligned; the top `PEEK_BITS` are stream bits (or
    /// zeros past the end), the rest may be zeros.
    #[inline(always)]
    pub fn peek(&self) -> u64 {
        let at = self.pos >> 3;
        let word = match self.stream.get(at..at + 8) {
            Some(b) => u64::from_be_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]),
            None => self.tail_word(at),
        };
        word << (self.pos & 7)
    }

    /// The last (< 8) bytes of the stream, zero-padded: taken by the last few samples of a
    /// chunk only.
    #[cold]
    fn tail_word(&self, at: usize) -> u64 {
        let mut b = [0u8; 8];
        if at < self.stream.len() {
            let rest = &self.stream[at..];
            b[..rest.len()].copy_from_slice(rest);
        }
        u64::from_be_bytes(b)
    }

    /// `peek` and how many of its top bits are stream bits (57..=64): 64 less the bits of
    /// the loaded first byte already read.
    #[inline(always)]
    pub fn peek_avail(&self) -> (u64, u32) {
        (self.peek(), 64 - (self.pos & 7) as u32)
    }

    /// Reads `n` bits (1..=64) as the low bits of the result.
    #[inline(always)]
    pub fn read(&mut self, n: u32) -> u64 {
        debug_assert!((1..=64).contains(&n));
        if n <= PEEK_BITS {
            let w = self.peek();
            self.pos += n as usize;
            w >> (64 - n)
        } else {
            // Wider than one peek: the top n-32 bits, then 32 more.
            let hi = self.peek() >> (64 - (n - 32));
            self.pos += (n - 32) as usize;
            let lo = self.peek() >> 32;
            self.pos += 32;
            (hi << 32) | lo
        }
    }
}

/// Writes bits MSB-first into a byte vector (Prometheus `bstream` writer).
pub struct BitWriter {
    pub bytes: Vec<u8>,
    /// Free low bits in the last byte (0 = start a new byte).
    free: u32,
}

impl BitWriter {
    pub fn with_capacity(cap: usize) -> Self {
        BitWriter { bytes: Vec::with_capacity(cap), free: 0 }
    }

    /// Appends whole bytes at the current (byte-aligned) position, e.g. a chunk header.
    pub fn push_aligned(&mut self, b: &[u8]) {
        debug_assert_eq!(self.free, 0);
        self.bytes.extend_from_slice(b);
    }

    #[inline]
    pub fn write_bit(&mut self, bit: bool) {
        if self.free == 0 {
            self.bytes.push(0);
            self.free = 8;
        }
        self.free -= 1;
        if bit {
            *self.bytes.last_mut().unwrap() |= 1 << self.free;
        }
    }

    #[inline]
    pub fn write_byte(&mut self, b: u8) {
        self.write_bits(b as u64, 8);
    }

    /// Writes the low `n` bits (0..=64) of `u`, most significant first.
    #[inline]
    pub fn write_bits(&mut self, u: u64, n: u32) {
        if n == 0 {
            return;
        }
        let mut u = u << (64 - n);
        let mut n = n;
        if self.free > 0 {
            let free = self.free;
            let last = self.bytes.len() - 1;
            self.bytes[last] |= (u >> (64 - free)) as u8;
            if n < free {
                self.free = free - n;
                return;
            }
            u = if free == 64 { 0 } else { u << free };
            n -= free;
            self.free = 0;
        }
        while n >= 8 {
            self.bytes.push((u >> 56) as u8);
            u <<= 8;
            n -= 8;
        }
        if n > 0 {
            self.bytes.push((u >> 56) as u8);
            self.free = 8 - n;
        }
    }
}
