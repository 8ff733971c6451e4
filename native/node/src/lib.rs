//! napi glue over storeapi-engine: arguments in, bytes out, errors mapped. No logic lives here.
//!
//! Every export has `catch_unwind`, so a Rust panic becomes a JS exception instead of aborting
//! the process. Engine errors become JS errors whose `code` is the stable code string
//! (`INVALID_ARGUMENT`, `CORRUPT_BLOCK`, …) and whose message is the engine's message.

use std::sync::Arc;

use napi::bindgen_prelude::{Buffer, ClassInstance, Uint32Array, Uint8Array};
use napi_derive::napi;
use storeapi_engine::chunkenc::chunk;
use storeapi_engine::query::series_query::{Filled, SeriesCursor, SeriesQuery};
use storeapi_engine::query::shard::ShardSpec;
use storeapi_engine::query::Matcher;
use storeapi_engine::tsdb::Block;

// Exports return `napi::Result<T, String>` spelled as `Result<…, String>`: the napi macro
// recognises a fallible export by the `Result` name, and the `String` status becomes the JS
// error's `code` property.
use napi::Result;

fn js_err(e: storeapi_engine::Error) -> napi::Error<String> {
    napi::Error::new(e.code.as_str().to_string(), e.message)
}

/// A label matcher as JS passes it: `type` numbered as thanos storepb (0 EQ, 1 NEQ, 2 RE, 3 NRE).
#[napi(object)]
pub struct JsMatcher {
    #[napi(js_name = "type")]
    pub kind: u32,
    pub name: String,
    pub value: String,
}

fn to_matchers(ms: Vec<JsMatcher>) -> Result<Vec<Matcher>, String> {
    ms.into_iter().map(|m| Matcher::from_code(m.kind, m.name, m.value).map_err(js_err)).collect()
}

/// One opened block. `close()` drops this handle's mappings; any later call throws. A Series
/// cursor started before `close()` keeps its own reference, so it finishes on the open mapping.
#[napi]
pub struct NativeBlock {
    inner: Option<Arc<Block>>,
    dir: String,
}

impl NativeBlock {
    fn block(&self) -> Result<&Arc<Block>, String> {
        self.inner.as_ref().ok_or_else(|| {
            napi::Error::new("INVALID_ARGUMENT".to_string(), format!("block {}: already closed", self.dir))
        })
    }
}

#[napi]
impl NativeBlock {
    /// Opens and verifies the block directory `dir`.
    #[napi(factory, catch_unwind)]
    pub fn open(dir: String) -> Result<NativeBlock, String> {
        let b = Block::open(&dir).map_err(js_err)?;
        Ok(NativeBlock { inner: Some(Arc::new(b)), dir })
    }

    /// meta.json exactly as read from disk.
    #[napi(catch_unwind)]
    pub fn meta_json(&self) -> Result<String, String> {
        Ok(self.block()?.meta_json().to_string())
    }

    #[napi(catch_unwind)]
    pub fn num_series(&self) -> Result<u32, String> {
        self.block()?.num_series().map_err(js_err)
    }

    #[napi(catch_unwind)]
    pub fn label_names(&self, matchers: Vec<JsMatcher>) -> Result<Vec<String>, String> {
        let ms = to_matchers(matchers)?;
        self.block()?.label_names(&ms).map_err(js_err)
    }

    #[napi(catch_unwind)]
    pub fn label_values(&self, name: String, matchers: Vec<JsMatcher>) -> Result<Vec<String>, String> {
        let ms = to_matchers(matchers)?;
        self.block()?.label_values(&name, &ms).map_err(js_err)
    }

    /// Sorted series refs selected by the matchers.
    #[napi(catch_unwind)]
    pub fn postings(&self, matchers: Vec<JsMatcher>) -> Result<Uint32Array, String> {
        let ms = to_matchers(matchers)?;
        Ok(Uint32Array::new(self.block()?.postings(&ms).map_err(js_err)?))
    }

    /// SeriesSet bytes for `refs`, chunks overlapping [mint, maxt].
    #[napi(catch_unwind)]
    pub fn series(&self, refs: Uint32Array, mint: i64, maxt: i64) -> Result<Buffer, String> {
        Ok(self.block()?.series(&refs, mint, maxt).map_err(js_err)?.into())
    }

    /// ChunkRefs bytes → ChunkList bytes.
    #[napi(catch_unwind)]
    pub fn chunks(&self, refs: Uint8Array) -> Result<Buffer, String> {
        Ok(self.block()?.chunks(&refs).map_err(js_err)?.into())
    }

    /// Tombstones bytes (deleted intervals), read at open.
    #[napi(catch_unwind)]
    pub fn tombstones(&self) -> Result<Buffer, String> {
        Ok(self.block()?.tombstones().to_vec().into())
    }

    /// Drops the mappings. Idempotent.
    #[napi(catch_unwind)]
    pub fn close(&mut self) {
        self.inner = None;
    }
}

/// ChunkList bytes → SampleSet bytes.
#[napi(catch_unwind)]
pub fn decode_chunks(chunks: Uint8Array) -> Result<Buffer, String> {
    Ok(chunk::decode_chunks(&chunks).map_err(js_err)?.into())
}

/// Upper bound of the SampleSet bytes of a ChunkList (exact for float chunks), from the headers.
#[napi(catch_unwind)]
pub fn decoded_size(chunks: &[u8]) -> f64 {
    storeapi_engine::chunkenc::size::decoded_size(chunks) as f64
}

/// ChunkList bytes → SampleSet bytes written at the start of `out` (caller-owned, reusable);
/// returns the length written. Decodes straight into the JS buffer, no intermediate copy.
#[napi(catch_unwind)]
pub fn decode_chunks_into(chunks: Uint8Array, mut out: Uint8Array) -> Result<f64, String> {
    let (c, o) = (chunks.as_ptr_range(), out.as_ptr_range());
    // The decoder reads `chunks` while writing `out`: views of one memory would alias.
    if !chunks.is_empty() && !out.is_empty() && c.start < o.end && o.start < c.end {
        return Err(invalid("decodeChunksInto: output buffer overlaps the chunk list".to_string()));
    }
    // SAFETY: JS is blocked for the duration of this synchronous call, both views stay alive
    // (held by napi references), and they do not overlap (checked above).
    let dst = unsafe { out.as_mut() };
    Ok(chunk::decode_chunks_into(&chunks, dst).map_err(js_err)? as f64)
}

/// Float samples {i64 t, f64 v}* → ChunkList of XOR chunks.
#[napi(catch_unwind)]
pub fn encode_xor(samples: Uint8Array) -> Result<Buffer, String> {
    Ok(chunk::encode_xor(&samples).map_err(js_err)?.into())
}

/// Fixes glibc malloc's mmap threshold at `bytes` (mallopt M_MMAP_THRESHOLD): larger blocks are
/// mapped on their own and unmapped when freed. Setting it also turns off glibc's dynamic
/// threshold, which otherwise rises to the size of the largest mapped block freed so far (up to
/// 32 MiB), after which such blocks come from the arenas and their pages stay resident. False
/// where there is no glibc or mallopt refuses the value.
#[napi(catch_unwind)]
pub fn set_malloc_mmap_threshold(bytes: u32) -> bool {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let Ok(v) = libc::c_int::try_from(bytes) else { return false };
        // SAFETY: mallopt only sets an allocator parameter; any value is checked by glibc.
        unsafe { libc::mallopt(libc::M_MMAP_THRESHOLD, v) == 1 }
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    {
        let _ = bytes;
        false
    }
}

/// thanos ShardInfo as `ShardSpec` in src/engine/engine.ts.
#[napi(object)]
pub struct JsShardSpec {
    pub shard_index: i64,
    pub total_shards: i64,
    pub by: bool,
    pub labels: Vec<String>,
}

/// `SeriesQuery` of src/engine/engine.ts (times already clamped by src/engine/native.ts).
#[napi(object)]
pub struct JsSeriesQuery {
    pub mint: i64,
    pub maxt: i64,
    pub matchers: Vec<JsMatcher>,
    pub skip_chunks: bool,
    pub external_labels: Vec<Vec<String>>,
    pub without_replica_labels: Vec<String>,
    pub shard: Option<JsShardSpec>,
    pub batch_size: i64,
    pub chunk_hashes: bool,
}

#[napi(object)]
pub struct JsSeriesStats {
    pub series: f64,
    pub chunks: f64,
    pub samples: f64,
    pub bytes: f64,
}

fn invalid(msg: String) -> napi::Error<String> {
    napi::Error::new("INVALID_ARGUMENT".to_string(), msg)
}

fn to_query(q: JsSeriesQuery) -> Result<SeriesQuery, String> {
    let mut external = Vec::with_capacity(q.external_labels.len());
    for pair in q.external_labels {
        let [n, v]: [String; 2] =
            pair.try_into().map_err(|p: Vec<String>| invalid(format!("external label needs [name, value], got {} strings", p.len())))?;
        external.push((n, v));
    }
    Ok(SeriesQuery {
        mint: q.mint,
        maxt: q.maxt,
        matchers: to_matchers(q.matchers)?,
        skip_chunks: q.skip_chunks,
        external_labels: external,
        without_replica_labels: q.without_replica_labels,
        shard: q.shard.map(|s| ShardSpec {
            shard_index: s.shard_index,
            total_shards: s.total_shards,
            by: s.by,
            labels: s.labels,
        }),
        // <= 1 means one series per frame; the writer counts in u32.
        batch_size: q.batch_size.clamp(0, i64::from(u32::MAX)) as u32,
        chunk_hashes: q.chunk_hashes,
    })
}

/// One Series request in progress: `fill(maxBytes)` encodes the next Frames, `take(buf)` copies them out.
#[napi]
pub struct NativeSeriesCursor {
    inner: Option<SeriesCursor>,
    last_stats: storeapi_engine::query::series_query::SeriesStats,
}

#[napi]
impl NativeSeriesCursor {
    /// Starts a Series request over opened blocks (block order decides ties between blocks) and,
    /// when given, the head's HeadSeriesSet bytes (copied: the cursor outlives the JS buffer).
    #[napi(factory, catch_unwind)]
    pub fn create(
        blocks: Vec<ClassInstance<NativeBlock>>,
        query: JsSeriesQuery,
        head: Option<Uint8Array>,
    ) -> Result<NativeSeriesCursor, String> {
        let q = to_query(query)?;
        let mut bs = Vec::with_capacity(blocks.len());
        for b in &blocks {
            bs.push(Arc::clone(b.block()?));
        }
        let head = head.map(|h| h.to_vec());
        let c = SeriesCursor::with_head(bs, q, head).map_err(js_err)?;
        Ok(NativeSeriesCursor { inner: Some(c), last_stats: Default::default() })
    }

    /// Encodes the next Frames (as `next`) and keeps them; returns their length, 0 when done.
    /// `take` then copies them into a buffer the caller allocated in JS. Two calls instead of
    /// one returned buffer: an ArrayBuffer wrapping the cursor's memory cannot be transferred
    /// to the main thread (Node clones it), and one from napi_create_arraybuffer is zero-filled
    /// before the copy; the caller's Buffer.allocUnsafeSlow is neither, and the cursor's own
    /// frame buffer is reused from call to call.
    #[napi(catch_unwind)]
    pub fn fill(&mut self, max_bytes: u32) -> Result<f64, String> {
        let Some(c) = self.inner.as_mut() else { return Ok(0.0) };
        let n = c.next_lent(max_bytes as usize).map_err(js_err)?.len();
        self.last_stats = c.stats();
        Ok(n as f64)
    }

    /// Encodes the next Frames (as `fill`) straight into `dst`, the caller's buffer, so they need
    /// no copy: returns n > 0 when they are `dst`'s first n bytes, 0 when the request is done.
    /// A negative -n says they did not fit `dst` (their first series or an open batch was larger
    /// than its room): they were kept as `fill` keeps them, and `take` copies those n bytes out.
    #[napi(catch_unwind)]
    pub fn fill_into(&mut self, mut dst: Uint8Array, max_bytes: u32) -> Result<f64, String> {
        let Some(c) = self.inner.as_mut() else { return Ok(0.0) };
        // SAFETY: as in `take`: JS is blocked for this synchronous call, the view is held alive,
        // and nothing else can write it meanwhile.
        let r = c.next_into(unsafe { dst.as_mut() }, max_bytes as usize).map_err(js_err)?;
        self.last_stats = c.stats();
        Ok(match r {
            Filled::Into(n) => n as f64,
            Filled::Lent(n) => -(n as f64),
        })
    }

    /// Copies the Frames of the last `fill` into `out`, which must have exactly their length.
    #[napi(catch_unwind)]
    pub fn take(&mut self, mut out: Uint8Array) -> Result<(), String> {
        let frames: &[u8] = self.inner.as_ref().map_or(&[], |c| c.lent());
        if out.len() != frames.len() {
            return Err(invalid(format!("take: buffer of {} bytes for {} bytes of frames", out.len(), frames.len())));
        }
        // SAFETY: JS is blocked for the duration of this synchronous call and the view stays
        // alive (held by a napi reference); `frames` is the cursor's own memory, not JS's.
        unsafe { out.as_mut() }.copy_from_slice(frames);
        Ok(())
    }

    #[napi(catch_unwind)]
    pub fn stats(&self) -> JsSeriesStats {
        let s = self.inner.as_ref().map_or(self.last_stats, |c| c.stats());
        JsSeriesStats { series: s.series as f64, chunks: s.chunks as f64, samples: s.samples as f64, bytes: s.bytes as f64 }
    }

    /// Releases the cursor (and its block references). Idempotent; `fill` then returns 0.
    #[napi(catch_unwind)]
    pub fn close(&mut self) {
        if let Some(c) = self.inner.take() {
            self.last_stats = c.stats();
        }
    }
}
