//! Hand-written encoder of the thanos `SeriesResponse` stream (storepb/rpc.proto, types.proto).
//!
//! Output is the Frames layout of src/engine/engine.ts: gRPC's length-prefixed message framing
//! (a zero compression flag, a u32 big-endian length, one complete SeriesResponse), so a run of
//! frames is already the byte stream of a gRPC response body and goes to HTTP/2 as it is. The bytes equal what a
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
//! series does not allocate once the buffers have grown. A SeriesBatch is written in place, right
//! after room for its frame prefix and its length varint (whose size is guessed from the last
//! batch, and the payload moved only when the guess was wrong), so its series are not copied
//! again when the batch closes.
//!
//! Frames go either into the writer's own buffer or (the `_in` methods) into a caller's fixed
//! buffer, `FixedBuf`: the query worker's JS buffer, which the frames then leave in without a
//! copy. Into a fixed buffer, a series that would not fit (its batch's closing included) is not
//! written at all, and the caller decides what to do: the bytes are the same either way.

use super::pb::{
    bytes_field_size, int64_field_size, len_field_size, put_bytes_field, put_int64_field, put_len_header,
    put_uvarint, tag, uvarint_size, Sink, WT_VARINT,
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
/// gRPC message prefix: compression flag (0: not compressed), then the u32 big-endian length.
pub const FRAME_PREFIX: usize = 5;

fn frame_prefix(len: usize) -> [u8; FRAME_PREFIX] {
    let l = (len as u32).to_be_bytes();
    [0, l[0], l[1], l[2], l[3]]
}
/// Key plus the longest length varint of a length-delimited field of up to MAX_FRAME bytes.
const MAX_LEN_HEADER: usize = 1 + 5;
/// Longest length varint of a frame's payload (< 2^32 bytes).
const MAX_LEN_VARINT: usize = 5;

/// A buffer frames are written into: the writer's own (growable) or a caller's (fixed).
pub trait FrameBuf: Sink {
    fn len(&self) -> usize;
    /// Bytes that can still be written.
    fn room(&self) -> usize;
    /// Makes room for `n` more bytes where the buffer can grow.
    fn reserve(&mut self, n: usize);
    /// Grows (with zeros) or shrinks the written part to `len` bytes (`len` ≤ len() + room()).
    fn resize(&mut self, len: usize);
    /// The written part.
    fn written(&mut self) -> &mut [u8];
}

impl FrameBuf for Vec<u8> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn room(&self) -> usize {
        usize::MAX - Vec::len(self)
    }
    fn reserve(&mut self, n: usize) {
        Vec::reserve(self, n);
    }
    fn resize(&mut self, len: usize) {
        Vec::resize(self, len, 0);
    }
    fn written(&mut self) -> &mut [u8] {
        self.as_mut_slice()
    }
}

/// A caller's buffer, written from its start. Writes past its end panic (the napi binding turns
/// a panic into an error); the writer checks the room first, so none happens.
pub struct FixedBuf<'a> {
    buf: &'a mut [u8],
    len: usize,
}

impl<'a> FixedBuf<'a> {
    pub fn new(buf: &'a mut [u8]) -> Self {
        FixedBuf { buf, len: 0 }
    }

    /// The bytes written so far.
    pub fn filled(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl Sink for FixedBuf<'_> {
    #[inline]
    fn push(&mut self, b: u8) {
        self.buf[self.len] = b;
        self.len += 1;
    }
    #[inline]
    fn extend_from_slice(&mut self, b: &[u8]) {
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
    }
}

impl FrameBuf for FixedBuf<'_> {
    fn len(&self) -> usize {
        self.len
    }
    fn room(&self) -> usize {
        self.buf.len() - self.len
    }
    fn reserve(&mut self, _n: usize) {}
    fn resize(&mut self, len: usize) {
        if len > self.len {
            self.buf[self.len..len].fill(0);
        }
        self.len = len;
    }
    fn written(&mut self) -> &mut [u8] {
        &mut self.buf[..self.len]
    }
}

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
    /// Complete frames not yet taken (`frames[..complete]`), then the open SeriesBatch frame:
    /// its prefix room at `batch_start` and its `series` entries so far.
    frames: Vec<u8>,
    complete: usize,
    batch_start: usize,
    /// Bytes kept for the open batch's length varint.
    batch_varint: usize,
    batch_series: u32,
    plans: Vec<ChunkPlan>,
}

impl ResponseWriter {
    pub fn new(batch_size: u32, chunk_hashes: bool) -> Self {
        ResponseWriter {
            batch_size,
            chunk_hashes,
            frames: Vec::new(),
            complete: 0,
            batch_start: 0,
            // Batches of a few series and up are 16 KiB to 2 MiB: a 3-byte length.
            batch_varint: 3,
            batch_series: 0,
            plans: Vec::new(),
        }
    }

    /// One series: labels already final (sorted by name, unique). Emits a frame at once when
    /// batch_size <= 1, else adds to the open SeriesBatch and emits when it holds batch_size series.
    pub fn push_series(&mut self, labels: &[(&[u8], &[u8])], chunks: &[ChunkOut<'_>]) -> Result<()> {
        self.push_pairs(labels, chunks)
    }

    /// `push_series` with (name, value) pairs of any byte container, so callers pass their own
    /// label sets without building a slice of borrowed pairs per series.
    pub fn push_pairs<N: AsRef<[u8]>, V: AsRef<[u8]>>(&mut self, labels: &[(N, V)], chunks: &[ChunkOut<'_>]) -> Result<()> {
        let mut frames = std::mem::take(&mut self.frames);
        let r = self.push_pairs_in(&mut frames, labels, chunks);
        self.frames = frames;
        r.map(|_| ())
    }

    /// `push_pairs` into `out`, which holds this writer's frames so far (the own buffer, or a
    /// caller's that the writer started on empty). Ok(false): the series, with room for closing
    /// its batch, does not fit `out`'s room, and nothing was written.
    pub fn push_pairs_in<B: FrameBuf, N: AsRef<[u8]>, V: AsRef<[u8]>>(
        &mut self,
        out: &mut B,
        labels: &[(N, V)],
        chunks: &[ChunkOut<'_>],
    ) -> Result<bool> {
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
            if out.room() < FRAME_PREFIX + entry_len {
                return Ok(false);
            }
            out.reserve(FRAME_PREFIX + entry_len);
            out.extend_from_slice(&frame_prefix(entry_len));
            put_len_header(out, RESPONSE_SERIES, series_len);
            write_series(out, labels, chunks, &self.plans);
            self.complete = out.len();
            return Ok(true);
        }
        // Keep a batch frame within the u32 length; only reachable with gigabyte-sized series.
        if self.batch_series > 0 && self.batch_payload_len(out) + entry_len + MAX_LEN_HEADER > MAX_FRAME && !self.flush_in(out) {
            return Ok(false);
        }
        // The entry, the batch's head when it opens here, and what closing the batch can add
        // (a length varint longer than the guess).
        let head = if self.batch_series == 0 { FRAME_PREFIX + 1 + self.batch_varint } else { 0 };
        if out.room() < head + entry_len + MAX_LEN_VARINT.saturating_sub(self.batch_varint) {
            return Ok(false);
        }
        if self.batch_series == 0 {
            // Room for the frame prefix, the `batch` key and its length varint.
            self.batch_start = out.len();
            out.resize(self.batch_start + head);
        }
        out.reserve(entry_len);
        put_len_header(out, BATCH_SERIES, series_len);
        write_series(out, labels, chunks, &self.plans);
        self.batch_series += 1;
        if self.batch_series >= self.batch_size {
            let closed = self.flush_in(out);
            debug_assert!(closed, "room for closing the batch was checked");
        }
        Ok(true)
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
        self.frames.reserve(FRAME_PREFIX + resp_len);
        self.frames.extend_from_slice(&frame_prefix(resp_len));
        // A oneof member is written even when it holds the empty string.
        put_len_header(&mut self.frames, RESPONSE_WARNING, m.len());
        self.frames.extend_from_slice(m);
        self.complete = self.frames.len();
    }

    /// Bytes of the open batch's `series` entries.
    fn batch_payload_len<B: FrameBuf>(&self, out: &B) -> usize {
        out.len() - (self.batch_start + FRAME_PREFIX + 1 + self.batch_varint)
    }

    /// Emits a partially filled batch (nothing when no batch is open).
    pub fn flush(&mut self) {
        let mut frames = std::mem::take(&mut self.frames);
        self.flush_in(&mut frames);
        self.frames = frames;
    }

    /// `flush` into `out` (as `push_pairs_in`); false when closing the batch needs more room
    /// than `out` has (then nothing changed).
    pub fn flush_in<B: FrameBuf>(&mut self, out: &mut B) -> bool {
        if self.batch_series == 0 {
            return true;
        }
        let len = self.batch_payload_len(out);
        let at = self.batch_start + FRAME_PREFIX + 1 + self.batch_varint;
        let need = uvarint_size(len as u64);
        if need > self.batch_varint && out.room() < need - self.batch_varint {
            return false;
        }
        // A wrong guess moves the payload so the varint is minimal, as every encoder writes it.
        if need < self.batch_varint {
            let d = self.batch_varint - need;
            let end = out.len();
            out.written().copy_within(at.., at - d);
            out.resize(end - d);
        } else if need > self.batch_varint {
            let d = need - self.batch_varint;
            let end = out.len();
            out.resize(end + d);
            out.written().copy_within(at..end, at + d);
        }
        self.batch_varint = need;
        let resp_len = len_field_size(len);
        let mut head = Vec::with_capacity(FRAME_PREFIX + 1 + need);
        head.extend_from_slice(&frame_prefix(resp_len));
        put_len_header(&mut head, RESPONSE_BATCH, len);
        out.written()[self.batch_start..self.batch_start + head.len()].copy_from_slice(&head);
        self.complete = out.len();
        self.batch_series = 0;
        true
    }

    /// Whether a SeriesBatch is open (has series but is not yet a complete frame).
    pub fn batch_open(&self) -> bool {
        self.batch_series > 0
    }

    /// Whether the own buffer holds nothing, complete or open: `_in` calls can then start on
    /// an empty caller's buffer.
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty() && self.batch_series == 0
    }

    /// After `_in` calls that left only complete frames in the caller's buffer: the caller took
    /// them, and the writer starts again from empty.
    pub fn forget_frames_in(&mut self) {
        debug_assert!(self.batch_series == 0);
        self.complete = 0;
        self.batch_start = 0;
    }

    /// Moves the writer from a caller's buffer to its own: `bytes` (all a caller's buffer holds,
    /// an open batch included) become the own buffer, at the same offsets. The own buffer must be
    /// empty.
    pub fn adopt(&mut self, bytes: &[u8]) {
        debug_assert!(self.frames.is_empty());
        self.frames.extend_from_slice(bytes);
    }

    /// Bytes of complete frames ready to take (an open batch is not counted).
    pub fn pending_len(&self) -> usize {
        self.complete
    }

    /// The complete frames so far, left in place (see `clear_frames`).
    pub fn frames(&self) -> &[u8] {
        &self.frames[..self.complete]
    }

    /// Drops the complete frames, keeping the buffer's capacity for the next ones (a caller
    /// that copies `frames()` out saves a fresh allocation, and its page faults, per take).
    pub fn clear_frames(&mut self) {
        // An open batch (not the case between series-query calls, which stop right after a
        // batch closes) moves to the front.
        self.frames.drain(..self.complete);
        self.batch_start -= self.complete.min(self.batch_start);
        self.complete = 0;
    }

    /// The complete frames so far (Frames layout, src/engine/engine.ts); the writer starts a
    /// new, empty frame buffer. An open batch stays open.
    pub fn take_frames(&mut self) -> Vec<u8> {
        // The next take is likely as large as this one: size the fresh buffer alike.
        let cap = self.frames.len();
        let mut rest = Vec::with_capacity(cap);
        rest.extend_from_slice(&self.frames[self.complete..]);
        let mut out = std::mem::replace(&mut self.frames, rest);
        out.truncate(self.complete);
        self.batch_start -= self.complete.min(self.batch_start);
        self.complete = 0;
        out
    }

    /// Sizing pass: fills `plans` and returns the payload length of the `Series` message.
    fn plan_series<N: AsRef<[u8]>, V: AsRef<[u8]>>(&mut self, labels: &[(N, V)], chunks: &[ChunkOut<'_>]) -> Result<usize> {
        let mut len = 0usize;
        for (name, value) in labels {
            len += len_field_size(bytes_field_size(name.as_ref()) + bytes_field_size(value.as_ref()));
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
fn write_series<S: Sink, N: AsRef<[u8]>, V: AsRef<[u8]>>(out: &mut S, labels: &[(N, V)], chunks: &[ChunkOut<'_>], plans: &[ChunkPlan]) {
    for (name, value) in labels {
        let (name, value) = (name.as_ref(), value.as_ref());
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

    /// Lending (`frames` + `clear_frames`) and taking give the same stream, also when frames
    /// are read while a batch is open and when batch lengths cross varint sizes (the in-place
    /// batch then moves its payload).
    #[test]
    fn lent_frames_match_taken_frames() {
        let big = vec![b'v'; 20_000];
        let sizes = [1usize, 200, 3, 20_000, 5, 130, 1, 9_000, 16_000, 2];
        let run = |lend: bool| -> Vec<u8> {
            let mut w = ResponseWriter::new(3, true);
            let mut out = Vec::new();
            let read = |w: &mut ResponseWriter, out: &mut Vec<u8>| {
                if lend {
                    out.extend_from_slice(w.frames());
                    w.clear_frames();
                } else {
                    out.extend_from_slice(&w.take_frames());
                }
            };
            for (i, &n) in sizes.iter().enumerate() {
                let chunks = [ChunkOut { min_time: i as i64, max_time: -1, encoding: 1, data: &big[..n] }];
                w.push_series(&[(b"a", &big[..n % 7 + 1])], &chunks).unwrap();
                if i % 4 == 1 {
                    read(&mut w, &mut out);
                }
                if i == 6 {
                    w.push_warning("w");
                }
            }
            w.flush();
            read(&mut w, &mut out);
            out
        };
        let (lent, taken) = (run(true), run(false));
        assert_eq!(lent, taken);
        // Every series' data is in it (45,342 bytes); the batches of three range from ~200 bytes
        // (2-byte length) to ~25 KB (3-byte), and the warning's early flush makes a 1-series one.
        assert!(lent.len() > 45_342, "{}", lent.len());
    }

    #[test]
    fn unknown_encoding_is_rejected_without_output() {
        let mut w = ResponseWriter::new(0, false);
        let chunks = [ChunkOut { min_time: 1, max_time: 2, encoding: 4, data: b"x" }];
        let err = w.push_series(&[(b"a", b"b")], &chunks).unwrap_err();
        assert_eq!(err.code, ErrorCode::InvalidArgument);
        assert_eq!(w.pending_len(), 0);
    }
}
