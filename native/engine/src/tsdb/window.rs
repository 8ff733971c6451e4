//! Reading block files into windows of our own memory, ahead of a query's scan.
//!
//! The scans of a Series query, over the series entries of an index and over the chunks of the
//! segment files, read each byte once and in file order. Through a memory map, every page read
//! counts in our RSS for as long as it stays mapped, and where the page cache holds a file in
//! large folios (ext4 on Linux 6.18 here) a fault maps the whole folio: the scan's position was
//! mapped 1-2 MiB at a time, 4 MiB where two folios met, however often the pages behind it were
//! unmapped again (a select-all over a block of 1M series, /proc/PID/pagemap every 10 ms). Read
//! with pread into a ReadWindow, the same bytes take the window's few hundred KiB whatever the
//! kernel does with its pages, and cost no page-table work or TLB flushes.

/// A file read with positioned reads.
pub trait ReadAt {
    fn len(&self) -> usize;

    /// Fills `out` with the bytes at `off`; an error if the file ends first.
    fn read_at(&self, off: usize, out: &mut [u8]) -> std::io::Result<()>;

    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// `ReadAt::read_at` over bytes in memory.
pub fn copy_at(bytes: &[u8], off: usize, out: &mut [u8]) -> std::io::Result<()> {
    let src = off.checked_add(out.len()).and_then(|end| bytes.get(off..end));
    let src = src.ok_or_else(|| std::io::Error::from(std::io::ErrorKind::UnexpectedEof))?;
    out.copy_from_slice(src);
    Ok(())
}

/// Smallest read into a ReadWindow: the read after a jump (a sparse selection reads a series
/// here and there), a few pages around the bytes asked for.
pub const MIN_READ_AHEAD: usize = 16 << 10;
/// Largest read, reached by doubling while the reads follow one another (a scan). 64 KiB: a
/// scan over (c)'s 700 MiB block takes some 12,000 reads, and the window stays in L2 between
/// the read and the CRC and hash passes over its bytes.
pub const MAX_READ_AHEAD: usize = 64 << 10;

/// Bytes of one file (of several a reader may switch between, told apart by a number), read
/// ahead of a scan: one system call per `max_ahead` bytes of a scan, and no byte kept longer
/// than the record that needs it.
///
/// Offsets are file offsets throughout. `begin` marks where the next record starts (everything
/// before it may go); reads append at the end of the window, moving the bytes from that mark on
/// to the front first, so the positions of the bytes read since the mark stay valid until the
/// next `begin`, unless a read of bytes elsewhere in the file moved the window (`holds` says).
pub struct ReadWindow {
    /// File the bytes are from (u32::MAX: none yet).
    file: u32,
    /// File offset of buf[0].
    start: usize,
    /// Valid bytes in buf, from `start`.
    have: usize,
    buf: Vec<u8>,
    /// Bytes before this offset are no longer needed.
    mark: usize,
    /// Size of the next read (doubles on a scan up to max_ahead).
    ahead: usize,
    max_ahead: usize,
    /// Bumped whenever the window starts afresh (its earlier bytes are gone).
    moves: u64,
}

impl ReadWindow {
    /// A window reading at most `max_ahead` bytes at a time (more only for a record that needs it).
    pub fn new(max_ahead: usize) -> ReadWindow {
        ReadWindow { file: u32::MAX, start: 0, have: 0, buf: Vec::new(), mark: 0, ahead: MIN_READ_AHEAD, max_ahead: max_ahead.max(MIN_READ_AHEAD), moves: 0 }
    }

    /// Read-ahead for each of `windows` windows a query keeps: `MAX_READ_AHEAD` unless many
    /// share 1 MiB, never below `MIN_READ_AHEAD`.
    pub fn read_ahead_for(windows: usize) -> usize {
        ((1 << 20) / windows.max(1)).clamp(MIN_READ_AHEAD, MAX_READ_AHEAD)
    }

    #[inline]
    fn end(&self) -> usize {
        self.start + self.have
    }

    /// Bytes of memory the window holds (tests, diagnostics).
    pub fn buffer_len(&self) -> usize {
        self.buf.len()
    }

    /// Offset before which the window may drop bytes.
    #[inline]
    pub fn mark(&self) -> usize {
        self.mark
    }

    /// Starts a record at `off` of file `file`: bytes before it may go.
    pub fn begin(&mut self, file: u32, off: usize) {
        let same = file == self.file && off >= self.start;
        if !(same && off <= self.end() + MIN_READ_AHEAD) {
            // A jump, not the next bytes of a scan: read little again.
            self.ahead = MIN_READ_AHEAD;
        }
        if !(same && off <= self.end()) {
            self.file = file;
            self.start = off;
            self.have = 0;
            self.moves += 1;
        }
        self.mark = off;
    }

    /// Changes whenever bytes read since a `begin` may have gone: positions noted while it stays
    /// the same (and none before the mark) are still held.
    #[inline]
    pub fn moves(&self) -> u64 {
        self.moves
    }

    /// Whether [lo, hi) of file `file` is in the window.
    #[inline]
    pub fn holds(&self, file: u32, lo: usize, hi: usize) -> bool {
        file == self.file && lo >= self.start && lo <= hi && hi <= self.end()
    }

    /// The bytes [lo, hi) of the window's file; `holds` must be true for them.
    #[inline]
    pub fn bytes(&self, lo: usize, hi: usize) -> &[u8] {
        &self.buf[lo - self.start..hi - self.start]
    }

    /// Makes the bytes up to `hi` (at most `f.len()`) of the window's file available, reading
    /// on from the end of the window.
    #[inline]
    pub fn extend(&mut self, f: &impl ReadAt, hi: usize) -> std::io::Result<()> {
        if hi <= self.end() {
            return Ok(());
        }
        self.read_on(f, hi)
    }

    #[inline(never)]
    fn read_on(&mut self, f: &impl ReadAt, hi: usize) -> std::io::Result<()> {
        let end = self.end();
        if self.mark > self.start {
            // Only the current record's bytes move: the rest of the window has been used.
            let keep = self.mark.min(end) - self.start;
            self.buf.copy_within(keep..self.have, 0);
            self.start += keep;
            self.have -= keep;
        }
        let n = (hi - end).max(self.ahead).min(f.len().saturating_sub(end));
        if self.buf.len() < self.have + n {
            if self.buf.capacity() == 0 {
                // Room for the largest read and a record kept from before it, allocated once:
                // growing through every smaller size would leave each one behind in malloc's
                // free lists.
                self.buf.reserve_exact(2 * self.max_ahead);
            }
            self.buf.resize(self.have + n, 0);
        }
        f.read_at(end, &mut self.buf[self.have..self.have + n])?;
        self.have += n;
        self.ahead = (self.ahead * 2).min(self.max_ahead);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Counted(Vec<u8>, std::cell::Cell<usize>);
    impl ReadAt for Counted {
        fn len(&self) -> usize {
            self.0.len()
        }
        fn read_at(&self, off: usize, out: &mut [u8]) -> std::io::Result<()> {
            self.1.set(self.1.get() + 1);
            copy_at(&self.0, off, out)
        }
    }

    #[test]
    fn a_scan_reads_ever_larger_pieces_and_a_jump_starts_small() {
        let f = Counted((0..8usize << 20).map(|i| (i % 253) as u8).collect(), Default::default());
        let mut w = ReadWindow::new(MAX_READ_AHEAD);
        // Records of 100 bytes one after another over 4 MiB.
        for off in (0..4usize << 20).step_by(100) {
            w.begin(0, off);
            w.extend(&f, off + 100).unwrap();
            assert_eq!(w.bytes(off, off + 100), &f.0[off..off + 100]);
        }
        // 16 + 32 KiB, then 64 KiB at a time.
        assert_eq!(f.1.get(), 2 + ((4 << 20) - (48 << 10)) / (64 << 10) + 1);
        assert!(w.buffer_len() <= MAX_READ_AHEAD + 100);
        // A jump reads 16 KiB again.
        f.1.set(0);
        w.begin(0, 6 << 20);
        w.extend(&f, (6 << 20) + 10).unwrap();
        assert!(w.holds(0, 6 << 20, (6 << 20) + MIN_READ_AHEAD));
        assert!(!w.holds(0, 6 << 20, (6 << 20) + MIN_READ_AHEAD + 1));
        // Another file of the same reader is another window's worth.
        w.begin(1, 6 << 20);
        assert!(!w.holds(0, 6 << 20, (6 << 20) + 1));
    }

    #[test]
    fn a_record_keeps_its_bytes_while_the_window_reads_on() {
        let f = Counted((0..1usize << 20).map(|i| (i % 251) as u8).collect(), Default::default());
        let mut w = ReadWindow::new(MIN_READ_AHEAD);
        w.begin(0, 5000);
        w.extend(&f, 5010).unwrap();
        // A record of 100 KiB: read on in pieces, the first bytes stay where they were.
        w.extend(&f, 5000 + (100 << 10)).unwrap();
        assert_eq!(w.bytes(5000, 5000 + (100 << 10)), &f.0[5000..5000 + (100 << 10)]);
        // The next record: the bytes before it go when more is read.
        w.begin(0, 5000 + (100 << 10));
        w.extend(&f, 200 << 10).unwrap();
        assert!(!w.holds(0, 5000, 5001));
        assert_eq!(w.bytes(5000 + (100 << 10), 200 << 10), &f.0[5000 + (100 << 10)..200 << 10]);
        // Reads stop at the end of the file.
        w.begin(0, (1 << 20) - 10);
        w.extend(&f, 1 << 20).unwrap();
        assert_eq!(w.bytes((1 << 20) - 10, 1 << 20), &f.0[(1 << 20) - 10..]);
    }

    #[test]
    fn read_ahead_is_shared_between_many_windows() {
        assert_eq!(ReadWindow::read_ahead_for(1), MAX_READ_AHEAD);
        assert_eq!(ReadWindow::read_ahead_for(32), 32 << 10);
        assert_eq!(ReadWindow::read_ahead_for(500), MIN_READ_AHEAD);
    }
}
