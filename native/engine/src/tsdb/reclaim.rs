//! Keeping the pages of a mapped index file that queries touched from piling up in our RSS.

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use super::FileBytes;

/// Bytes read through a mapped index after which its pages are unmapped again. Small enough
/// that a scan over the series entries of a large block keeps only a few MiB of it in our RSS;
/// large enough that the madvise call (a page-table walk plus a TLB flush on every CPU running
/// one of our threads) stays rare.
pub const RECLAIM_WINDOW_BYTES: usize = 1 << 19;

/// Unmaps a mapped file's pages every `window` bytes read through it.
///
/// A touched page of a file mapping counts in the process's RSS (RssFile) for as long as the
/// mapping lives, so one select-all query over a block with a 100 MiB index left all of it
/// "resident" in the sidecar although the kernel can drop those pages at any time. Readers
/// report every range they read (`note`); once `window` bytes were read, every page of the
/// mapping is released with MADV_DONTNEED: the scan of series entries drags other sections in
/// with it (the symbol table that labels are resolved from, the postings lists a selection was
/// read from), and each page of those is needed again only now and then (a minor fault from
/// the page cache when it is). For a shared, read-only file mapping that only removes our
/// page-table entries: the pages stay in the page cache, and a later read faults them back in
/// with the same bytes, because block files are never written after the block is complete (the
/// premise of mapping them at all, see FileBytes::map). A block deleted under a query stays
/// readable too: the mapping holds the inode and its data.
pub struct PageReclaim {
    window: usize,
    /// Bytes noted since the last drop.
    read: AtomicUsize,
    drops: AtomicU64,
}

impl PageReclaim {
    pub fn new(window: usize) -> PageReclaim {
        PageReclaim { window: window.max(1), read: AtomicUsize::new(0), drops: AtomicU64::new(0) }
    }

    /// Records that `len` bytes were read from `file`; drops its pages when the window is full.
    /// Owned (in-memory) files have nothing to drop.
    #[inline]
    pub fn note(&self, file: &FileBytes, len: usize) {
        let FileBytes::Mapped(..) = file else { return };
        if self.read.fetch_add(len, Ordering::Relaxed).saturating_add(len) < self.window {
            return;
        }
        // Of the readers that saw the window full, the one that takes its count drops it.
        if self.read.swap(0, Ordering::Relaxed) >= self.window {
            self.drop_all(file);
        }
    }

    /// Drops every page of `file` from our mapping, e.g. once open-time verification has read
    /// whole sections that later lookups only sample.
    pub fn drop_all(&self, file: &FileBytes) {
        let FileBytes::Mapped(m, _) = file else { return };
        // SAFETY: a shared, read-only mapping of a file nobody writes: MADV_DONTNEED unmaps the
        // pages from this process only and later accesses read the same bytes back, so slices
        // borrowed from the mapping (by this or a concurrent query) keep their contents. A
        // failure only means the pages stay.
        let _ = unsafe { m.unchecked_advise(memmap2::UncheckedAdvice::DontNeed) };
        self.drops.fetch_add(1, Ordering::Relaxed);
    }

    /// How many times pages were dropped (tests, diagnostics).
    pub fn drops(&self) -> u64 {
        self.drops.load(Ordering::Relaxed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_path(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("storeapi-reclaim-{}-{name}", std::process::id()))
    }

    /// Resident KiB of this process's mapping of `path` (Linux /proc/self/smaps).
    fn mapped_rss_kib(path: &std::path::Path) -> Option<u64> {
        let smaps = std::fs::read_to_string("/proc/self/smaps").ok()?;
        let name = path.to_str()?;
        let mut inside = false;
        for line in smaps.lines() {
            if line.split_whitespace().nth(1).is_some_and(|perm| perm.len() == 4) && line.contains('-') && !line.starts_with(|c: char| c.is_ascii_uppercase()) {
                inside = line.ends_with(name);
            } else if inside && line.starts_with("Rss:") {
                return line.split_whitespace().nth(1)?.parse().ok();
            }
        }
        None
    }

    /// Touches every page of `b[lo..hi]` and returns a checksum, so the reads are not elided.
    fn touch(b: &[u8], lo: usize, hi: usize) -> u64 {
        (lo..hi).step_by(4096).map(|i| u64::from(b[i])).sum()
    }

    #[test]
    fn a_full_window_unmaps_the_whole_file_and_the_bytes_read_back() {
        // A 16 MiB file: 4 MiB "looked up" once, then a scan noted over the last 6 MiB.
        let bytes: Vec<u8> = (0..16usize << 20).map(|i| (i % 251) as u8).collect();
        let path = temp_path("whole");
        std::fs::write(&path, &bytes).unwrap();
        let f = FileBytes::map(&path).unwrap();
        let r = PageReclaim::new(1 << 20);
        let mut sum = touch(&f, 0, 4 << 20);
        for off in (10usize << 20..16 << 20).step_by(64 << 10) {
            sum += touch(&f, off, off + (64 << 10));
            r.note(&f, 64 << 10);
        }
        assert_eq!(r.drops(), 6);
        // The looked-up section went with the scan's windows: at most the last window is left.
        let kib = mapped_rss_kib(&path).expect("smaps lists the mapping");
        assert!(kib < 2 << 10, "{kib} KiB mapped after the scan");
        assert_eq!(sum, touch(&bytes, 0, 4 << 20) + touch(&bytes, 10 << 20, 16 << 20));
        assert_eq!(&f[..], &bytes[..]);
        // The file deleted under the mapping: the pages still read back.
        std::fs::remove_file(&path).unwrap();
        r.drop_all(&f);
        assert_eq!(&f[..], &bytes[..]);
    }

    #[test]
    fn in_memory_files_have_nothing_to_drop() {
        let f = FileBytes::Owned(vec![7; 1 << 16]);
        let r = PageReclaim::new(1);
        r.note(&f, 1 << 16);
        r.note(&f, usize::MAX);
        assert_eq!(r.drops(), 0);
    }
}
