//! Integer histogram chunks (encoding 2), decode only (Prometheus `histogram.go`).
//!
//! After the layout (see `histogram_meta`): sample 0 = varbit int t, varbit uint count, varbit
//! uint zero count, 64 sum bits, then each bucket as a varbit int (buckets are deltas between
//! neighbours, as `histogram.Histogram` holds them). Later samples: varbit int delta-of-delta
//! for t, count and zero count, the sum XOR-encoded (as in XOR chunks), and for each bucket a
//! varbit int delta-of-delta. A stale-marker sum ends the sample early (no buckets).

use super::bstream::BitReader;
use super::sink::Sink;
use super::histogram_meta::{
    count_spans, counter_reset_hint, read_layout, reduce_resolution, write_spans, write_stale, write_u64s,
    Layout, Span, EXPONENTIAL_SCHEMA_MAX, STALE_NAN,
};
use super::varbit::{read_varbit_int, read_varbit_uint};
use super::xor::xor_read;
use crate::{Error, Result};

fn corrupt(what: &str, i: usize, n: u16) -> Error {
    Error::corrupt(format!("histogram chunk: {what} at sample {i} of {n}"))
}

struct Sample<'a> {
    t: i64,
    hint: u8,
    cnt: u64,
    zcnt: u64,
    sum: u64,
    pos: &'a [i64],
    neg: &'a [i64],
}

fn emit<S: Sink>(out: &mut S, l: &Layout, s: &Sample) -> std::result::Result<(), &'static str> {
    if s.sum == STALE_NAN {
        write_stale(out, s.t, s.sum);
        return Ok(());
    }
    let reduced;
    let (schema, pos_spans, neg_spans, pos, neg): (i32, &[Span], &[Span], &[i64], &[i64]) =
        if l.schema > EXPONENTIAL_SCHEMA_MAX {
            // Schemas 9..=52 are read but reported at schema 8 (Prometheus AtHistogram).
            let p = reduce_resolution(&l.pos, s.pos, l.schema, EXPONENTIAL_SCHEMA_MAX, true)?;
            let n = reduce_resolution(&l.neg, s.neg, l.schema, EXPONENTIAL_SCHEMA_MAX, true)?;
            reduced = (p, n);
            (EXPONENTIAL_SCHEMA_MAX, &reduced.0 .0, &reduced.1 .0, &reduced.0 .1, &reduced.1 .1)
        } else {
            (l.schema, &l.pos, &l.neg, s.pos, s.neg)
        };
    // Written only once nothing can fail: a slice sink's "too small" then always means the
    // output ran out, never a half-written record before a decode error (as in the TS twin).
    out.put(&s.t.to_le_bytes());
    out.put(&[s.hint]);
    out.put(&schema.to_le_bytes());
    out.put(&l.zero_threshold.to_le_bytes());
    out.put(&s.zcnt.to_le_bytes());
    out.put(&s.cnt.to_le_bytes());
    out.put(&s.sum.to_le_bytes());
    write_spans(out, pos_spans);
    write_spans(out, neg_spans);
    write_u64s(out, pos.iter().map(|&b| b as u64));
    write_u64s(out, neg.iter().map(|&b| b as u64));
    write_u64s(out, l.custom_values.iter().copied());
    Ok(())
}

/// Decodes a histogram chunk (`data` starts with the 3-byte header), appending SampleSet
/// histogram records to `out`. Returns the sample count (0 once `out` is
/// full: the entry point then reports the output buffer as too small).
pub fn decode_histogram<S: Sink>(data: &[u8], out: &mut S) -> Result<u16> {
    if data.len() < 3 {
        return Err(Error::corrupt(format!("histogram chunk of {} bytes has no 3-byte header", data.len())));
    }
    let n = u16::from_be_bytes([data[0], data[1]]);
    let header = data[2];
    if n == 0 {
        return Ok(0);
    }
    let mut br = BitReader::new(&data[3..]);
    let layout = read_layout(&mut br);
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    let (np, nn) = (count_spans(&layout.pos), count_spans(&layout.neg));
    // Every bucket of the first sample takes at least one bit: bound before allocating.
    if np + nn > br.remaining_bits() {
        return Err(corrupt("bucket count exceeds chunk size", 0, n));
    }
    let (np, nn) = (np as usize, nn as usize);
    let mut pos = vec![0i64; np];
    let mut neg = vec![0i64; nn];
    let mut pos_dod = vec![0i64; np];
    let mut neg_dod = vec![0i64; nn];

    let mut t = read_varbit_int(&mut br);
    let mut cnt = read_varbit_uint(&mut br);
    let mut zcnt = read_varbit_uint(&mut br);
    let mut sum = br.read_bits(64);
    for b in pos.iter_mut().chain(neg.iter_mut()) {
        *b = read_varbit_int(&mut br);
    }
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    let hint = counter_reset_hint(header, 1);
    emit(out, &layout, &Sample { t, hint, cnt, zcnt, sum, pos: &pos, neg: &neg }).map_err(|e| corrupt(e, 0, n))?;
    if out.is_full() {
        return Ok(0);
    }

    let (mut t_delta, mut cnt_delta, mut zcnt_delta) = (0i64, 0i64, 0i64);
    let (mut leading, mut trailing) = (0u32, 0u32);
    for i in 1..n as usize {
        t_delta = t_delta.wrapping_add(read_varbit_int(&mut br));
        t = t.wrapping_add(t_delta);
        cnt_delta = cnt_delta.wrapping_add(read_varbit_int(&mut br));
        cnt = cnt.wrapping_add(cnt_delta as u64);
        zcnt_delta = zcnt_delta.wrapping_add(read_varbit_int(&mut br));
        zcnt = zcnt.wrapping_add(zcnt_delta as u64);
        xor_read(&mut br, &mut sum, &mut leading, &mut trailing);
        if sum != STALE_NAN {
            for (b, d) in pos.iter_mut().zip(pos_dod.iter_mut()).chain(neg.iter_mut().zip(neg_dod.iter_mut())) {
                *d = d.wrapping_add(read_varbit_int(&mut br));
                *b = b.wrapping_add(*d);
            }
        }
        if let Some(e) = br.err() {
            return Err(corrupt(e, i, n));
        }
        let hint = counter_reset_hint(header, i + 1);
        emit(out, &layout, &Sample { t, hint, cnt, zcnt, sum, pos: &pos, neg: &neg }).map_err(|e| corrupt(e, i, n))?;
        if out.is_full() {
            return Ok(0); // the entry point reports the output as too small
        }
    }
    Ok(n)
}
