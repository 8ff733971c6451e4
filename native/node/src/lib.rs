//! napi glue over storeapi-engine: arguments in, bytes out, errors mapped. No logic lives here.
//!
//! Every export has `catch_unwind`, so a Rust panic becomes a JS exception instead of aborting
//! the process. Engine errors become JS errors whose `code` is the stable code string
//! (`INVALID_ARGUMENT`, `CORRUPT_BLOCK`, …) and whose message is the engine's message.

use napi::bindgen_prelude::{Buffer, Uint32Array, Uint8Array};
use napi_derive::napi;
use storeapi_engine::chunkenc::chunk;
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

/// One opened block. `close()` drops the mappings; any later call throws.
#[napi]
pub struct NativeBlock {
    inner: Option<Block>,
    dir: String,
}

impl NativeBlock {
    fn block(&self) -> Result<&Block, String> {
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
        Ok(NativeBlock { inner: Some(b), dir })
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

/// Float samples {i64 t, f64 v}* → ChunkList of XOR chunks.
#[napi(catch_unwind)]
pub fn encode_xor(samples: Uint8Array) -> Result<Buffer, String> {
    Ok(chunk::encode_xor(&samples).map_err(js_err)?.into())
}
