//! ChunkList ⇄ SampleSet entry points (layouts in src/engine/engine.ts).
//!
//! ChunkList: repeated {u8 encoding, u32 LE dataLen, data}. SampleSet: per input chunk
//! {u8 kind, u32 LE nSamples, samples}; kind 1 float (XOR and XOR2), 2 histogram,
//! 3 float histogram.

use super::float_histogram::decode_float_histogram;
use super::histogram::decode_histogram;
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

/// SampleSet size from the chunk headers: exact for float chunks (5 + 16 bytes a sample), a
/// guess for histograms. Sizing the output once matters at batch scale: growing a 15 MB
/// SampleSet by doubling copies (or remaps) it and touches pages that are then thrown away.
/// Malformed entries are left to `decode_chunks` to report.
fn output_size(list: &[u8]) -> usize {
    let mut size = 0usize;
    let mut off = 0usize;
    while let Some(h) = list.get(off..off + 5) {
        let len = u32::from_le_bytes([h[1], h[2], h[3], h[4]]) as usize;
        let n = match list.get(off + 5..off + 7) {
            Some(c) if len >= 2 => u16::from_be_bytes([c[0], c[1]]) as usize,
            _ => 0,
        };
        size += 5 + match h[0] {
            ENC_XOR | ENC_XOR2 => 16 * n,
            _ => 8 * len + 64 * n,
        };
        off = off.saturating_add(5).saturating_add(len);
    }
    size
}

/// Decodes every chunk of a ChunkList into one SampleSet.
pub fn decode_chunks(list: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(output_size(list));
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
        out.push(kind);
        let count_at = out.len();
        out.extend_from_slice(&[0; 4]);
        let n = match enc {
            ENC_XOR => decode_xor(data, &mut out),
            ENC_XOR2 => decode_xor2(data, &mut out),
            ENC_HISTOGRAM => decode_histogram(data, &mut out),
            _ => decode_float_histogram(data, &mut out),
        }
        .map_err(|e| e.context(format!("chunk data: chunk {idx}")))?;
        out[count_at..count_at + 4].copy_from_slice(&(n as u32).to_le_bytes());
        idx += 1;
    }
    Ok(out)
}

/// Encodes float samples `{i64 t, f64 v}*` (LE) into a ChunkList of XOR chunks, a new chunk every
/// `SAMPLES_PER_CHUNK` samples, bit-identical to Prometheus's XOR appender.
pub fn encode_xor(samples: &[u8]) -> Result<Vec<u8>> {
    if samples.len() % 16 != 0 {
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
