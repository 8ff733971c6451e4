//! Histogram chunk layout and shared histogram helpers (Prometheus `histogram_meta.go`,
//! `model/histogram/generic.go`).
//!
//! Layout, written once per chunk after the 3-byte header (u16 BE count, flags byte whose top
//! two bits are the counter-reset header): zero threshold (one byte: 0 → 0, 255 → 64 float
//! bits follow, else 2^(b-244)), schema (varbit int), positive then negative spans (varbit uint
//! count, then per span varbit uint length + varbit int offset), and for the custom-buckets
//! schema -53 the custom bounds (varbit uint count, then per bound varbit uint b: 0 → 64 float
//! bits follow, else (b-1)/1000).

use super::bstream::BitReader;
use super::sink::Sink;
use super::varbit::{read_varbit_int, read_varbit_uint};

pub const STALE_NAN: u64 = 0x7ff0_0000_0000_0002;
pub const CUSTOM_BUCKETS_SCHEMA: i32 = -53;
pub const EXPONENTIAL_SCHEMA_MAX: i32 = 8;
const EXPONENTIAL_SCHEMA_MAX_RESERVED: i32 = 52;
const EXPONENTIAL_SCHEMA_MIN_RESERVED: i32 = -9;

/// Counter-reset header values (top two bits of the flags byte).
pub const HEADER_GAUGE: u8 = 0b1100_0000;

/// A bucket span: `offset` buckets after the previous span's end, then `length` buckets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub offset: i32,
    pub length: u32,
}

/// The per-chunk layout shared by all samples of a histogram chunk.
#[derive(Clone, Debug, Default)]
pub struct Layout {
    pub schema: i32,
    pub zero_threshold: u64, // float bits
    pub pos: Vec<Span>,
    pub neg: Vec<Span>,
    pub custom_values: Vec<u64>, // float bits
}

fn read_spans(br: &mut BitReader) -> Vec<Span> {
    let num = read_varbit_uint(br);
    // Each span takes at least two bits; a larger count is corrupt (and must not allocate).
    if num > br.remaining_bits() / 2 {
        br.fail("histogram span count exceeds chunk size");
        return Vec::new();
    }
    let mut spans = Vec::with_capacity(num as usize);
    for _ in 0..num {
        let length = read_varbit_uint(br) as u32; // Go truncates to uint32/int32 too
        let offset = read_varbit_int(br) as i32;
        if br.err().is_some() {
            return Vec::new();
        }
        spans.push(Span { offset, length });
    }
    spans
}

fn read_zero_threshold(br: &mut BitReader) -> u64 {
    match br.read_byte() {
        0 => 0,
        255 => br.read_bits(64),
        // math.Ldexp(0.5, b-243) = 2^(b-244), always a normal float: build its bits directly.
        b => ((b as u64 + 1023 - 244) & 0x7ff) << 52,
    }
}

fn read_custom_bound(br: &mut BitReader) -> u64 {
    match read_varbit_uint(br) {
        0 => br.read_bits(64),
        b => ((b - 1) as f64 / 1000.0).to_bits(),
    }
}

/// Reads the chunk layout; on error the reader's sticky error is set.
pub fn read_layout(br: &mut BitReader) -> Layout {
    let zero_threshold = read_zero_threshold(br);
    let schema = read_varbit_int(br) as i32;
    let pos = read_spans(br);
    let neg = read_spans(br);
    let mut custom_values = Vec::new();
    if br.err().is_none() && schema == CUSTOM_BUCKETS_SCHEMA {
        let num = read_varbit_uint(br);
        if num > br.remaining_bits() {
            br.fail("custom bucket count exceeds chunk size");
        } else {
            custom_values.reserve(num as usize);
            for _ in 0..num {
                custom_values.push(read_custom_bound(br));
                if br.err().is_some() {
                    break;
                }
            }
        }
    }
    if br.err().is_none()
        && schema != CUSTOM_BUCKETS_SCHEMA
        && !(EXPONENTIAL_SCHEMA_MIN_RESERVED..=EXPONENTIAL_SCHEMA_MAX_RESERVED).contains(&schema)
    {
        br.fail("unknown histogram schema");
    }
    Layout { schema, zero_threshold, pos, neg, custom_values }
}

/// Total bucket count of the spans (Prometheus `countSpans`), saturating for corrupt input.
pub fn count_spans(spans: &[Span]) -> u64 {
    spans.iter().map(|s| s.length as u64).sum()
}

/// Prometheus `counterResetHint`: what `AtHistogram` reports after `num_read` samples.
/// 0 unknown, 2 not counter reset, 3 gauge. The chunk's "counter reset" header is deliberately
/// reported as unknown for the first sample (the previous chunk may be gone).
pub fn counter_reset_hint(header: u8, num_read: usize) -> u8 {
    if header & 0xc0 == HEADER_GAUGE {
        3
    } else if num_read > 1 {
        2
    } else {
        0
    }
}

/// Bucket counts that `reduce_resolution` can merge: i64 deltas or f64 absolute counts.
pub trait BucketCount: Copy {
    fn add(self, o: Self) -> Self;
    fn sub(self, o: Self) -> Self;
}
impl BucketCount for i64 {
    fn add(self, o: Self) -> Self {
        self.wrapping_add(o)
    }
    fn sub(self, o: Self) -> Self {
        self.wrapping_sub(o)
    }
}
impl BucketCount for f64 {
    fn add(self, o: Self) -> Self {
        self + o
    }
    fn sub(self, o: Self) -> Self {
        self - o
    }
}

/// Prometheus `reduceResolution`: merges buckets of schema `from` into schema `to` (< from).
/// Schemas 9..=52 are readable but reported at schema 8, as `AtHistogram` does.
/// `delta` says the buckets are delta-encoded (integer histograms).
pub fn reduce_resolution<T: BucketCount>(
    spans: &[Span],
    buckets: &[T],
    from: i32,
    to: i32,
    delta: bool,
) -> Result<(Vec<Span>, Vec<T>), &'static str> {
    let shift = (from - to) as u32;
    let target_idx = |idx: i32| (idx.wrapping_sub(1) >> shift).wrapping_add(1);
    let mut t_spans: Vec<Span> = Vec::new();
    let mut t_buckets: Vec<T> = Vec::new();
    let mut idx = 0i32;
    let mut pos = 0usize;
    let (mut last_idx, mut last_count, mut last_target_count) = (0i32, None::<T>, None::<T>);
    for (n, span) in spans.iter().enumerate() {
        if n > 0 && span.offset < 0 {
            return Err("histogram span with negative offset");
        }
        idx = idx.wrapping_add(span.offset);
        for _ in 0..span.length {
            let Some(&b) = buckets.get(pos) else {
                return Err("histogram spans need more buckets than present");
            };
            let ti = target_idx(idx);
            if t_spans.is_empty() {
                t_spans.push(Span { offset: ti, length: 1 });
                t_buckets.push(b);
                last_idx = ti;
                last_count = Some(b);
                last_target_count = Some(b);
            } else {
                let lc = last_count.unwrap();
                let ltc = last_target_count.unwrap();
                if ti == last_idx {
                    let last = t_buckets.len() - 1;
                    if delta {
                        let c = lc.add(b);
                        t_buckets[last] = t_buckets[last].add(c);
                        last_count = Some(c);
                        last_target_count = Some(ltc.add(c));
                    } else {
                        t_buckets[last] = t_buckets[last].add(b);
                    }
                } else {
                    if last_idx.wrapping_add(1) == ti {
                        t_spans.last_mut().unwrap().length += 1;
                    } else {
                        t_spans.push(Span { offset: ti.wrapping_sub(last_idx).wrapping_sub(1), length: 1 });
                    }
                    last_idx = ti;
                    if delta {
                        let c = lc.add(b);
                        t_buckets.push(c.sub(ltc));
                        last_count = Some(c);
                        last_target_count = Some(c);
                    } else {
                        t_buckets.push(b);
                    }
                }
            }
            idx = idx.wrapping_add(1);
            pos += 1;
        }
    }
    if pos != buckets.len() {
        return Err("histogram has more buckets than its spans need");
    }
    Ok((t_spans, t_buckets))
}

/// Appends the SampleSet span lists: u32 count × {i32 offset, u32 length}.
pub fn write_spans<S: Sink>(out: &mut S, spans: &[Span]) {
    out.put(&(spans.len() as u32).to_le_bytes());
    for s in spans {
        out.put(&s.offset.to_le_bytes());
        out.put(&s.length.to_le_bytes());
    }
}

/// Appends a u32 count then each 8-byte value (i64 or float bits), little-endian.
pub fn write_u64s<S: Sink>(out: &mut S, vals: impl ExactSizeIterator<Item = u64>) {
    out.put(&(vals.len() as u32).to_le_bytes());
    for v in vals {
        out.put(&v.to_le_bytes());
    }
}

/// The SampleSet record of a stale-marker histogram: Prometheus returns `{Sum: stale}` only.
pub fn write_stale<S: Sink>(out: &mut S, t: i64, sum: u64) {
    out.put(&t.to_le_bytes());
    out.put(&[0]); // hint unknown
    out.put(&0i32.to_le_bytes()); // schema
    out.put(&0u64.to_le_bytes()); // zero threshold
    out.put(&0u64.to_le_bytes()); // zero count (0 or 0.0: same bits)
    out.put(&0u64.to_le_bytes()); // count
    out.put(&sum.to_le_bytes());
    for _ in 0..5 {
        out.put(&0u32.to_le_bytes()); // no spans, buckets, custom values
    }
}
