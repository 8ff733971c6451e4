//! `decoded_size`: how many SampleSet bytes a ChunkList decodes to at most, read from the chunk
//! headers (and, for histograms, the chunk layout) without decoding any sample. It lets a caller
//! size one output buffer for `decode_chunks_into` and reuse it.
//!
//! Exact for float chunks (XOR, XOR2: 16 bytes a sample). A histogram record holds at most the
//! layout's spans, buckets and custom values (a stale marker or a resolution reduced to schema 8
//! holds fewer), so `n × record(layout)` bounds a histogram chunk. Entries `decode_chunks` would
//! refuse (truncated, unknown encoding, unreadable layout) count as their 5-byte header only.

use super::bstream::BitReader;
use super::chunk::{ENC_FLOAT_HISTOGRAM, ENC_HISTOGRAM, ENC_XOR, ENC_XOR2};
use super::histogram_meta::{count_spans, read_layout};

/// Bytes of a histogram record before its variable parts: i64 t, u8 hint, i32 schema,
/// 8-byte zero threshold, zero count, count and sum, then five u32 list counts.
const HISTOGRAM_RECORD_FIXED: u64 = 8 + 1 + 4 + 8 + 8 + 8 + 8 + 5 * 4;

/// Upper bound of the SampleSet bytes `decode_chunks(list)` returns (exact for float chunks).
pub fn decoded_size(list: &[u8]) -> u64 {
    let mut size = 0u64;
    let mut off = 0usize;
    while list.len() - off >= 5 {
        let enc = list[off];
        let len = u32::from_le_bytes([list[off + 1], list[off + 2], list[off + 3], list[off + 4]]) as usize;
        off += 5;
        let data = &list[off..off + len.min(list.len() - off)];
        off += data.len();
        size += 5 + chunk_bound(enc, data);
    }
    size
}

fn chunk_bound(enc: u8, data: &[u8]) -> u64 {
    if data.len() < 2 {
        return 0;
    }
    let n = u16::from_be_bytes([data[0], data[1]]) as u64;
    match enc {
        ENC_XOR | ENC_XOR2 => 16 * n,
        ENC_HISTOGRAM | ENC_FLOAT_HISTOGRAM if n > 0 && data.len() >= 3 => {
            n.saturating_mul(histogram_record_bound(enc, &data[3..]))
        }
        _ => 0,
    }
}

/// Largest record of a histogram chunk whose layout starts `stream`; 0 when the decoder would
/// refuse the layout (so a corrupt chunk cannot ask for a huge buffer).
fn histogram_record_bound(enc: u8, stream: &[u8]) -> u64 {
    let mut br = BitReader::new(stream);
    let l = read_layout(&mut br);
    if br.err().is_some() {
        return 0;
    }
    let buckets = count_spans(&l.pos).saturating_add(count_spans(&l.neg));
    // The decoders' own first-sample bound: a bucket takes at least 1 bit (integer) or 64 bits
    // (float) of the first sample.
    let min_bits = if enc == ENC_HISTOGRAM { buckets } else { buckets.saturating_mul(64) };
    if min_bits > br.remaining_bits() {
        return 0;
    }
    let lists = (l.pos.len() + l.neg.len() + l.custom_values.len()) as u64 + buckets;
    HISTOGRAM_RECORD_FIXED + 8 * lists
}
