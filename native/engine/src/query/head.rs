//! The head part of a Series request: a HeadSeriesSet (layout in src/engine/engine.ts) built by
//! the query worker from Prometheus's remote-read answer, already trimmed to start at the
//! head/block boundary. Parsed once when the cursor starts; the chunk bytes stay in the one
//! buffer and are referenced by range, so the head costs its encoded size plus the labels.
//!
//! The buffer is our own interchange format, not a file: bad bytes are the caller's fault and
//! come back as INVALID_ARGUMENT. Series must be strictly ascending by label set (the k-way merge
//! relies on it) and labels strictly ascending by name.

use std::cmp::Ordering;
use std::ops::Range;

use super::order::{compare_labels, Label};
use crate::{Error, Result};

/// One head chunk: inclusive time bounds, Prometheus chunk encoding, bytes in the set's buffer.
#[derive(Debug, Clone)]
pub struct HeadChunk {
    pub min_time: i64,
    pub max_time: i64,
    pub encoding: u8,
    pub data: Range<usize>,
}

#[derive(Debug, Clone)]
pub struct HeadSeries {
    pub labels: Vec<Label>,
    pub chunks: Vec<HeadChunk>,
}

/// A parsed HeadSeriesSet.
#[derive(Debug, Default)]
pub struct HeadSet {
    buf: Vec<u8>,
    pub series: Vec<HeadSeries>,
}

/// Sticky-error little-endian reader over the buffer.
struct Reader<'a> {
    b: &'a [u8],
    off: usize,
    err: Option<String>,
}

impl Reader<'_> {
    fn take(&mut self, n: usize, what: &str) -> Range<usize> {
        if self.err.is_some() {
            return 0..0;
        }
        if n > self.b.len() - self.off {
            self.err = Some(format!("HeadSeriesSet truncated at byte {}: {what} needs {n} bytes", self.off));
            return 0..0;
        }
        let r = self.off..self.off + n;
        self.off += n;
        r
    }

    fn u32(&mut self, what: &str) -> u32 {
        let r = self.take(4, what);
        if r.is_empty() {
            return 0;
        }
        u32::from_le_bytes([self.b[r.start], self.b[r.start + 1], self.b[r.start + 2], self.b[r.start + 3]])
    }

    fn i64(&mut self, what: &str) -> i64 {
        let r = self.take(8, what);
        if r.is_empty() {
            return 0;
        }
        let mut x = [0u8; 8];
        x.copy_from_slice(&self.b[r]);
        i64::from_le_bytes(x)
    }

    fn u8(&mut self, what: &str) -> u8 {
        let r = self.take(1, what);
        if r.is_empty() {
            0
        } else {
            self.b[r.start]
        }
    }

    fn bytes(&mut self, what: &str) -> Vec<u8> {
        let n = self.u32(what) as usize;
        let r = self.take(n, what);
        self.b[r].to_vec()
    }
}

fn invalid(msg: String) -> Error {
    Error::invalid(format!("head series: {msg}"))
}

impl HeadSet {
    /// Parses `buf` (which the set keeps: chunk data are ranges into it).
    pub fn parse(buf: Vec<u8>) -> Result<HeadSet> {
        let mut series: Vec<HeadSeries> = Vec::new();
        let mut r = Reader { b: &buf, off: 0, err: None };
        while r.err.is_none() && r.off < buf.len() {
            let at = r.off;
            let n_labels = r.u32("label count");
            // Each label needs at least 8 bytes: a count beyond that is corrupt, not a huge allocation.
            if n_labels as usize > (buf.len() - r.off) / 8 {
                return Err(invalid(format!("series at byte {at}: {n_labels} labels do not fit in the buffer")));
            }
            let mut labels: Vec<Label> = Vec::with_capacity(n_labels as usize);
            for _ in 0..n_labels {
                let name = r.bytes("label name");
                let value = r.bytes("label value");
                labels.push((name.into(), value.into()));
            }
            let n_chunks = r.u32("chunk count");
            if n_chunks as usize > (buf.len() - r.off) / 21 {
                return Err(invalid(format!("series at byte {at}: {n_chunks} chunks do not fit in the buffer")));
            }
            let mut chunks = Vec::with_capacity(n_chunks as usize);
            for _ in 0..n_chunks {
                let min_time = r.i64("chunk minTime");
                let max_time = r.i64("chunk maxTime");
                let encoding = r.u8("chunk encoding");
                let len = r.u32("chunk length") as usize;
                let data = r.take(len, "chunk data");
                chunks.push(HeadChunk { min_time, max_time, encoding, data });
            }
            if let Some(e) = r.err.take() {
                return Err(invalid(e));
            }
            if labels.windows(2).any(|w| w[0].0 >= w[1].0) {
                return Err(invalid(format!("series at byte {at}: labels not strictly sorted by name")));
            }
            if let Some(prev) = series.last() {
                if compare_labels(&prev.labels, &labels) != Ordering::Less {
                    return Err(invalid(format!("series at byte {at}: not after the previous series in label order")));
                }
            }
            series.push(HeadSeries { labels, chunks });
        }
        if let Some(e) = r.err {
            return Err(invalid(e));
        }
        Ok(HeadSet { buf, series })
    }

    /// The bytes of one chunk.
    pub fn data(&self, c: &HeadChunk) -> &[u8] {
        &self.buf[c.data.clone()]
    }
}
