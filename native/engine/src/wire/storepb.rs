//! Hand-written encoder of the thanos `SeriesResponse` stream (storepb/rpc.proto, types.proto).
//!
//! Output is the Frames layout of src/engine/engine.ts: `u32 LE length` + one complete
//! SeriesResponse, ready for grpc-js with an identity serializer. The bytes equal what a
//! standard proto3 encoder (Go's generated Thanos code, protobufjs) writes for the same message:
//!
//! - fields in ascending field-number order;
//! - scalar fields with the zero value are omitted (proto3 implicit presence): AggrChunk
//!   min_time/max_time 0, Chunk type XOR (0), Chunk hash 0, empty label name/value, empty data;
//! - int64 is a two's-complement varint (10 bytes when negative), uint64 hash a plain varint;
//! - sub-messages that are set are always written, even when empty: every Label and AggrChunk
//!   entry, `AggrChunk.raw` (the Go sidecar always sets it), the oneof member `series`/`batch`,
//!   and a `warning` string even when empty (oneof members have explicit presence).
//!
//! Messages are sized first and then written front to back into reused buffers, so encoding a
//! series does not allocate once the buffers have grown.

use super::pb::{
    bytes_field_size, int64_field_size, len_field_size, put_bytes_field, put_int64_field, put_len_header,
    put_uvarint, tag, uvarint_size, WT_VARINT,
};
use crate::{Error, ErrorCode, Result};

// Field numbers (thanos storepb).
const RESPONSE_SERIES: u8 = 1;
const RESPONSE_WARNING: u8 = 2;
const RESPONSE_BATCH: u8 = 4;
const BATCH_SERIES: u8 = 1;
const SERIES_LABELS: u8 = 1;
const SERIES_CHUNKS: u8 = 2;
const LABEL_NAME: u8 = 1;
const LABEL_VALUE: u8 = 2;
const AGGR_MIN_TIME: u8 = 1;
const AGGR_MAX_TIME: u8 = 2;
const AGGR_RAW: u8 = 3;
const CHUNK_TYPE: u8 = 1;
const CHUNK_DATA: u8 = 2;
const CHUNK_HASH: u8 = 3;

/// Frames carry a u32 length, so one SeriesResponse can never exceed this.
const MAX_FRAME: usize = u32::MAX as usize;
/// Key plus the longest length varint of a length-delimited field of up to MAX_FRAME bytes.
const MAX_LEN_HEADER: usize = 1 + 5;

/// One chunk of a series, as read from the block.
pub struct ChunkOut<'a> {
    /// Inclusive, ms.
    pub min_time: i64,
    /// Inclusive, ms.
    pub max_time: i64,
    /// Prometheus chunk-file numbering: 1 XOR, 2 HISTOGRAM, 3 FLOAT_HISTOGRAM (mapped to storepb 0/1/2)
    pub encoding: u8,
    /// The chunk bytes exactly as on disk.
    pub data: &'a [u8],
}

/// XXH64 with seed 0: the `Chunk.hash` Thanos expects (cespare/xxhash `Sum64`).
pub fn xxh64(data: &[u8]) -> u64 {
    xxhash_rust::xxh64::xxh64(data, 0)
}

/// Maps Prometheus chunk-file encodings to thanos `Chunk.Encoding`; nothing else has a number there.
fn thanos_encoding(encoding: u8) -> Result<u8> {
    match encoding {
        1..=3 => Ok(encoding - 1),
        _ => Err(Error::invalid(format!(
            "chunk encoding {encoding} has no thanos storepb equivalent (only XOR, HISTOGRAM, FLOAT_HISTOGRAM)"
        ))),
    }
}

/// Sizes of one chunk, computed once by the sizing pass and reused by the writing pass.
#[derive(Clone, Copy)]
struct ChunkPlan {
    kind: u8,
    hash: u64,
    /// Payload bytes of the `Chunk` message.
    chunk_len: usize,
    /// Payload bytes of the `AggrChunk` message.
    aggr_len: usize,
}

/// Builds the Frames of one Series stream: one `series` per frame, or `batch` frames of up to
/// `batch_size` series, with warnings interleaved in order.
pub struct ResponseWriter {
    batch_size: u32,
    chunk_hashes: bool,
    /// Complete frames not yet taken.
    frames: Vec<u8>,
    /// Payload of the open SeriesBatch: its `series` entries, key and length included.
    batch: Vec<u8>,
    batch_series: u32,
    plans: Vec<ChunkPlan>,
}

impl ResponseWriter {
    pub fn new(batch_size: u32, chunk_hashes: bool) -> Self {
        ResponseWriter {
            batch_size,
            chunk_hashes,
            frames: Vec::new(),
            batch: Vec::new(),
            batch_series: 0,
            plans: Vec::new(),
        }
    }

    /// One series: labels already final (sorted by name, unique). Emits a frame at once when
    /// batch_size <= 1, else adds to the open SeriesBatch and emits when it holds batch_size series.
    pub fn push_series(&mut self, labels: &[(&[u8], &[u8])], chunks: &[ChunkOut<'_>]) -> Result<()> {
        // Size (and validate) everything before writing, so an error leaves no partial frame.
        let series_len = self.plan_series(labels, chunks)?;
        let entry_len = len_field_size(series_len);
        if entry_len + MAX_LEN_HEADER > MAX_FRAME {
            return Err(Error::new(
                ErrorCode::Internal,
                format!("series of {series_len} encoded bytes does not fit one response frame"),
            ));
        }
        if self.batch_size <= 1 {
            self.frames.reserve(4 + entry_len);
            self.frames.extend_from_slice(&(entry_len as u32).to_le_bytes());
            put_len_header(&mut self.frames, RESPONSE_SERIES, series_len);
            write_series(&mut self.frames, labels, chunks, &self.plans);
            return Ok(());
        }
        // Keep a batch frame within the u32 length; only reachable with gigabyte-sized series.
        if self.batch_series > 0 && self.batch.len() + entry_len + MAX_LEN_HEADER > MAX_FRAME {
            self.flush();
        }
        self.batch.reserve(entry_len);
        put_len_header(&mut self.batch, BATCH_SERIES, series_len);
        write_series(&mut self.batch, labels, chunks, &self.plans);
        self.batch_series += 1;
        if self.batch_series >= self.batch_size {
            self.flush();
        }
        Ok(())
    }

    /// Flushes an open batch first (so frames stay in order), then emits a warning frame.
    pub fn push_warning(&mut self, msg: &str) {
        self.flush();
        // Warnings come from our own messages; clip absurd ones rather than break framing.
        let mut m = msg.as_bytes();
        if len_field_size(m.len()) > MAX_FRAME {
            let mut end = MAX_FRAME - MAX_LEN_HEADER;
            while !msg.is_char_boundary(end) {
                end -= 1;
            }
            m = &m[..end];
        }
        let resp_len = len_field_size(m.len());
        self.frames.reserve(4 + resp_len);
        self.frames.extend_from_slice(&(resp_len as u32).to_le_bytes());
        // A oneof member is written even when it holds the empty string.
        put_len_header(&mut self.frames, RESPONSE_WARNING, m.len());
        self.frames.extend_from_slice(m);
    }

    /// Emits a partially filled batch (nothing when no batch is open).
    pub fn flush(&mut self) {
        if self.batch_series == 0 {
            return;
        }
        let resp_len = len_field_size(self.batch.len());
        self.frames.reserve(4 + resp_len);
        self.frames.extend_from_slice(&(resp_len as u32).to_le_bytes());
        put_len_header(&mut self.frames, RESPONSE_BATCH, self.batch.len());
        self.frames.extend_from_slice(&self.batch);
        self.batch.clear();
        self.batch_series = 0;
    }

    /// Bytes of complete frames ready to take (an open batch is not counted).
    pub fn pending_len(&self) -> usize {
        self.frames.len()
    }

    /// The complete frames so far (Frames layout, src/engine/engine.ts); the writer starts a
    /// new, empty frame buffer. An open batch stays open.
    pub fn take_frames(&mut self) -> Vec<u8> {
        // The next take is likely as large as this one: size the fresh buffer alike.
        let cap = self.frames.len();
        std::mem::replace(&mut self.frames, Vec::with_capacity(cap))
    }

    /// Sizing pass: fills `plans` and returns the payload length of the `Series` message.
    fn plan_series(&mut self, labels: &[(&[u8], &[u8])], chunks: &[ChunkOut<'_>]) -> Result<usize> {
        let mut len = 0usize;
        for (name, value) in labels {
            len += len_field_size(bytes_field_size(name) + bytes_field_size(value));
        }
        self.plans.clear();
        for c in chunks {
            let kind = thanos_encoding(c.encoding)?;
            let hash = if self.chunk_hashes { xxh64(c.data) } else { 0 };
            let mut chunk_len = bytes_field_size(c.data);
            if kind != 0 {
                chunk_len += 2; // key + one-byte enum value
            }
            if hash != 0 {
                chunk_len += 1 + uvarint_size(hash);
            }
            let aggr_len =
                int64_field_size(c.min_time) + int64_field_size(c.max_time) + len_field_size(chunk_len);
            len += len_field_size(aggr_len);
            self.plans.push(ChunkPlan { kind, hash, chunk_len, aggr_len });
        }
        Ok(len)
    }
}

/// Writing pass of one `Series` payload; `plans` come from `plan_series` on the same input.
fn write_series(out: &mut Vec<u8>, labels: &[(&[u8], &[u8])], chunks: &[ChunkOut<'_>], plans: &[ChunkPlan]) {
    for (name, value) in labels {
        put_len_header(out, SERIES_LABELS, bytes_field_size(name) + bytes_field_size(value));
        put_bytes_field(out, LABEL_NAME, name);
        put_bytes_field(out, LABEL_VALUE, value);
    }
    for (c, p) in chunks.iter().zip(plans) {
        put_len_header(out, SERIES_CHUNKS, p.aggr_len);
        put_int64_field(out, AGGR_MIN_TIME, c.min_time);
        put_int64_field(out, AGGR_MAX_TIME, c.max_time);
        put_len_header(out, AGGR_RAW, p.chunk_len);
        if p.kind != 0 {
            out.push(tag(CHUNK_TYPE, WT_VARINT));
            out.push(p.kind);
        }
        put_bytes_field(out, CHUNK_DATA, c.data);
        if p.hash != 0 {
            out.push(tag(CHUNK_HASH, WT_VARINT));
            put_uvarint(out, p.hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_encoding_is_rejected_without_output() {
        let mut w = ResponseWriter::new(0, false);
        let chunks = [ChunkOut { min_time: 1, max_time: 2, encoding: 4, data: b"x" }];
        let err = w.push_series(&[(b"a", b"b")], &chunks).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidArgument);
        assert_eq!(w.pending_len(), 0);
    }
}
