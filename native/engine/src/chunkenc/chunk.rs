//! ChunkList ⇄ SampleSet entry points (layouts in src/engine/engine.ts).
//!
//! ChunkList: repeated {u8 encoding, u32 LE dataLen, data}. SampleSet: per input chunk
//! {u8 kind, u32 LE nSamples, samples}; kind 1 float (XOR and XOR2), 2 histogram,
//! 3 float histogram.

use super::float_histogram::decode_float_histogram;
use super::histogram::decode_histogram;
use super::sink::{SliceSink, Sink};
use super::size::decoded_size;
use super::xor::{decode_xor, XorAppender};
use super::xor2::decode_xor2;
use crate::{Error, Result};

pub const ENC_XOR: u8 = 1;
pub const ENC_HISTOGRAM: u8 = 2;
pub const ENC_FLOAT_HISTOGRAM: u8 = 3;
pub const ENC_XOR2: u8 = 4;

/// Samples per chunk written by `encode_xor` (Prometheus's head target, in input order).
pub const SAMPLES_PER_CHUNK: usize = 120;

fn encoding_name(e: u8) -> String {
    match e {
        0 => "none (0)".into(),
        5 => "HISTOGRAM_ST (5)".into(),
        6 => "FLOAT_HISTOGRAM_ST (6)".into(),
        _ => format!("unknown ({e})"),
    }
}

/// Decodes every chunk of a ChunkList into one SampleSet.
pub fn decode_chunks(list: &[u8]) -> Result<Vec<u8>> {
    // Sized once from the headers: growing a 15 MB SampleSet by doubling copies (or remaps) it
    // and touches pages that are then thrown away. The bound is untouched capacity until written.
    let mut out = Vec::with_capacity(usize::try_from(decoded_size(list)).unwrap_or(0));
    decode_list(list, &mut out)?;
    Ok(out)
}

/// Decodes every chunk of a ChunkList into `out` (a caller-owned, reusable buffer) and returns
/// the SampleSet length written at its start, byte-identical to `decode_chunks`. A buffer of
/// `decoded_size(list)` bytes always fits. A smaller one that turns out too small gives an
/// INVALID_ARGUMENT error and nothing is written past its end (its contents are then
/// unspecified); so does an `out` overlapping `list` (the glue checks that, the borrow rules
/// make it impossible here).
pub fn decode_chunks_into(list: &[u8], out: &mut [u8]) -> Result<usize> {
    let cap = out.len();
    let mut sink = SliceSink::new(out);
    let res = decode_list(list, &mut sink);
    if sink.is_full() {
        // Whatever the decoder said after running out of room, the room is what is missing.
        return Err(too_small(cap, list));
    }
    res.map(|()| sink.len())
}

/// The error of an output buffer that cannot hold the SampleSet (same text in the TS twin).
pub fn too_small(cap: usize, list: &[u8]) -> Error {
    Error::invalid(format!(
        "decodeChunksInto: output buffer of {cap} bytes is too small; these chunks decode to at most {} bytes (decodedSize)",
        decoded_size(list)
    ))
}

fn decode_list<S: Sink>(list: &[u8], out: &mut S) -> Result<()> {
    let mut off = 0usize;
    let mut idx = 0usize;
    while off < list.len() {
        if list.len() - off < 5 {
            return Err(Error::invalid(format!("chunk list: truncated entry header at byte {off}")));
        }
        let enc = list[off];
        let len = u32::from_le_bytes([list[off + 1], list[off + 2], list[off + 3], list[off + 4]]) as usize;
        off += 5;
        if len > list.len() - off {
            return Err(Error::invalid(format!(
                "chunk list: entry {idx} needs {len} bytes, {} left",
                list.len() - off
            )));
        }
        let data = &list[off..off + len];
        off += len;

        let kind = match enc {
            ENC_XOR | ENC_XOR2 => 1u8,
            ENC_HISTOGRAM => 2,
            ENC_FLOAT_HISTOGRAM => 3,
            _ => {
                return Err(Error::invalid(format!(
                    "chunk list: entry {idx} has unsupported chunk encoding {}",
                    encoding_name(enc)
                )))
            }
        };
        out.put(&[kind]);
        let count_at = out.len();
        out.put(&[0; 4]);
        if out.is_full() {
            return Ok(());
        }
        let n = match enc {
            ENC_XOR => decode_xor(data, out),
            ENC_XOR2 => decode_xor2(data, out),
            ENC_HISTOGRAM => decode_histogram(data, out),
            _ => decode_float_histogram(data, out),
        }
        .map_err(|e| e.context(format!("chunk data: chunk {idx}")))?;
        if out.is_full() {
            return Ok(());
        }
        out.set_u32(count_at, n as u32);
        idx += 1;
    }
    Ok(())
}

/// Encodes float samples `{i64 t, f64 v}*` (LE) into a ChunkList of XOR chunks, a new chunk every
/// `SAMPLES_PER_CHUNK` samples, bit-identical to Prometheus's XOR appender.
pub fn encode_xor(samples: &[u8]) -> Result<Vec<u8>> {
    if !samples.len().is_multiple_of(16) {
        return Err(Error::invalid(format!(
            "float samples: length {} is not a multiple of 16",
            samples.len()
        )));
    }
    let n = samples.len() / 16;
    let mut out = Vec::with_capacity(n * 3 + 16);
    for group in samples.chunks(16 * SAMPLES_PER_CHUNK) {
        let mut app = XorAppender::new();
        for s in group.chunks_exact(16) {
            let t = i64::from_le_bytes(s[..8].try_into().unwrap());
            let v = u64::from_le_bytes(s[8..].try_into().unwrap());
            app.append(t, v);
        }
        let data = app.finish();
        out.push(ENC_XOR);
        out.extend_from_slice(&(data.len() as u32).to_le_bytes());
        out.extend_from_slice(&data);
    }
    Ok(out)
}
