//! StoreAPI wire encoders (hand-written protobuf): SeriesResponse, SeriesBatch, AggrChunk.
//!
//! The Series stream is the hot path, so it is encoded by hand into reusable buffers instead of
//! going through a generated codec; `src/engine/ts/wire/` is the byte-identical TypeScript twin.

pub mod pb;
pub mod storepb;

pub use storepb::{xxh64, ChunkOut, ResponseWriter};
