//! Float histogram chunks (encoding 3), decode only (Prometheus `float_histogram.go`).
//!
//! After the layout (see `histogram_meta`): sample 0 = varbit int t, then 64 raw bits each for
//! count, zero count, sum and every bucket (absolute counts). Later samples: varbit int
//! delta-of-delta t, then count, zero count, sum and each bucket XOR-encoded against its own
//! previous value with its own leading/trailing window. A stale-marker sum ends the sample.

use super::bstream::BitReader;
use super::sink::Sink;
use super::histogram_meta::{
    count_spans, counter_reset_hint, read_layout, reduce_resolution, write_spans, write_stale, write_u64s,
    Layout, EXPONENTIAL_SCHEMA_MAX, STALE_NAN,
};
use super::varbit::read_varbit_int;
use super::xor::xor_read;
use crate::{Error, Result};

fn corrupt(what: &str, i: usize, n: u16) -> Error {
    Error::corrupt(format!("float histogram chunk: {what} at sample {i} of {n}"))
}

/// One XOR-encoded float with its window, as Prometheus's `xorValue`.
#[derive(Clone, Copy, Default)]
struct XorValue {
    v: u64,
    leading: u32,
    trailing: u32,
}

impl XorValue {
    #[inline]
    fn read(&mut self, br: &mut BitReader) {
        xor_read(br, &mut self.v, &mut self.leading, &mut self.trailing);
    }
}

fn emit<S: Sink>(
    out: &mut S,
    l: &Layout,
    t: i64,
    hint: u8,
    [cnt, zcnt, sum]: [u64; 3],
    pos: &[XorValue],
    neg: &[XorValue],
) -> std::result::Result<(), &'static str> {
    if sum == STALE_NAN {
        write_stale(out, t, sum);
        return Ok(());
    }
    let mut schema = l.schema;
    let pv: Vec<f64> = pos.iter().map(|x| f64::from_bits(x.v)).collect();
    let nv: Vec<f64> = neg.iter().map(|x| f64::from_bits(x.v)).collect();
    let (ps, pb, ns, nb) = if l.schema > EXPONENTIAL_SCHEMA_MAX {
        // Schemas 9..=52 are read but reported at schema 8 (Prometheus AtFloatHistogram).
        let (ps, pb) = reduce_resolution(&l.pos, &pv, l.schema, EXPONENTIAL_SCHEMA_MAX, false)?;
        let (ns, nb) = reduce_resolution(&l.neg, &nv, l.schema, EXPONENTIAL_SCHEMA_MAX, false)?;
        schema = EXPONENTIAL_SCHEMA_MAX;
        (ps, pb, ns, nb)
    } else {
        (l.pos.clone(), pv, l.neg.clone(), nv)
    };
    // Written only once nothing can fail (see histogram.rs).
    out.put(&t.to_le_bytes());
    out.put(&[hint]);
    out.put(&schema.to_le_bytes());
    out.put(&l.zero_threshold.to_le_bytes());
    out.put(&zcnt.to_le_bytes());
    out.put(&cnt.to_le_bytes());
    out.put(&sum.to_le_bytes());
    write_spans(out, &ps);
    write_spans(out, &ns);
    write_u64s(out, pb.iter().map(|b| b.to_bits()));
    write_u64s(out, nb.iter().map(|b| b.to_bits()));
    write_u64s(out, l.custom_values.iter().copied());
    Ok(())
}

/// Decodes a float histogram chunk (`data` starts with the 3-byte header), appending SampleSet
/// float-histogram records to `out`. Returns the sample count (0 once `out` is
/// full: the entry point then reports the output buffer as too small).
pub fn decode_float_histogram<S: Sink>(data: &[u8], out: &mut S) -> Result<u16> {
    if data.len() < 3 {
        return Err(Error::corrupt(format!(
            "float histogram chunk of {} bytes has no 3-byte header",
            data.len()
        )));
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
    // Every bucket of the first sample takes 64 bits: bound before allocating.
    if (np + nn).saturating_mul(64) > br.remaining_bits() {
        return Err(corrupt("bucket count exceeds chunk size", 0, n));
    }
    let mut pos = vec![XorValue::default(); np as usize];
    let mut neg = vec![XorValue::default(); nn as usize];

    let mut t = read_varbit_int(&mut br);
    let mut cnt = XorValue { v: br.read_bits(64), ..Default::default() };
    let mut zcnt = XorValue { v: br.read_bits(64), ..Default::default() };
    let mut sum = XorValue { v: br.read_bits(64), ..Default::default() };
    for b in pos.iter_mut().chain(neg.iter_mut()) {
        b.v = br.read_bits(64);
    }
    if let Some(e) = br.err() {
        return Err(corrupt(e, 0, n));
    }
    emit(out, &layout, t, counter_reset_hint(header, 1), [cnt.v, zcnt.v, sum.v], &pos, &neg)
        .map_err(|e| corrupt(e, 0, n))?;
    if out.is_full() {
        return Ok(0);
    }

    let mut t_delta = 0i64;
    for i in 1..n as usize {
        t_delta = t_delta.wrapping_add(read_varbit_int(&mut br));
        t = t.wrapping_add(t_delta);
        cnt.read(&mut br);
        zcnt.read(&mut br);
        sum.read(&mut br);
        if sum.v != STALE_NAN {
            for b in pos.iter_mut().chain(neg.iter_mut()) {
                b.read(&mut br);
            }
        }
        if let Some(e) = br.err() {
            return Err(corrupt(e, i, n));
        }
        emit(out, &layout, t, counter_reset_hint(header, i + 1), [cnt.v, zcnt.v, sum.v], &pos, &neg)
            .map_err(|e| corrupt(e, i, n))?;
        if out.is_full() {
            return Ok(0); // the entry point reports the output as too small
        }
    }
    Ok(n)
}
