//! Chunk codecs, bit-compatible with Prometheus `tsdb/chunkenc` (v0.316.0): XOR (float), XOR2
//! (float with start timestamps, decode only), HISTOGRAM and FLOAT_HISTOGRAM (decode only).
//! Format notes: shared/spec/tsdb-format.md sections 4–5 and Prometheus
//! `tsdb/docs/format/chunks.md`. `chunk` holds the ChunkList/SampleSet entry points,
//! `size` the output bound for decoding into a caller's buffer (`sink`).

pub mod bstream;
pub mod chunk;
pub mod float_histogram;
pub mod histogram;
pub mod histogram_meta;
pub mod sink;
pub mod size;
pub mod varbit;
pub mod xor;
pub mod xor2;

pub use chunk::{decode_chunks, decode_chunks_into, encode_xor};
pub use size::decoded_size;
