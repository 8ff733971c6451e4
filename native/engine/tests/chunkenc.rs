//! Chunk codec tests against golden vectors written by Prometheus's own Go code
//! (tests/golden/gen, `go run . ..`): decode every golden chunk and compare sample for sample
//! (float bits exact), encode golden float samples and compare chunk bytes exactly, round-trip
//! random samples, and feed truncated/garbled chunks (errors, never panics).

use std::path::PathBuf;
use std::time::Instant;

use serde_json::Value;
use storeapi_engine::chunkenc::{decode_chunks, encode_xor};
use storeapi_engine::ErrorCode;

fn golden(name: &str) -> Value {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap()
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap()
}
fn i64_of(v: &Value) -> i64 {
    s(v).parse().unwrap()
}
fn bits(v: &Value) -> u64 {
    u64::from_str_radix(s(v), 16).unwrap()
}

/// ChunkList entry: u8 encoding, u32 LE length, data.
fn list_entry(out: &mut Vec<u8>, enc: u8, data: &[u8]) {
    out.push(enc);
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out.extend_from_slice(data);
}

/// Expected SampleSet record of one golden chunk, built from its JSON samples.
fn expected_record(kind: u8, samples: &[Value]) -> Vec<u8> {
    let mut o = vec![kind];
    o.extend_from_slice(&(samples.len() as u32).to_le_bytes());
    for smp in samples {
        if kind == 1 {
            o.extend_from_slice(&i64_of(&smp[0]).to_le_bytes());
            o.extend_from_slice(&bits(&smp[1]).to_le_bytes());
            continue;
        }
        // Integer histograms carry decimal counts/buckets; float ones carry float bits.
        let num = |v: &Value| -> u64 {
            if kind == 2 {
                s(v).parse::<i128>().unwrap() as u64
            } else {
                bits(v)
            }
        };
        o.extend_from_slice(&i64_of(&smp["t"]).to_le_bytes());
        o.push(smp["hint"].as_u64().unwrap() as u8);
        o.extend_from_slice(&(smp["schema"].as_i64().unwrap() as i32).to_le_bytes());
        o.extend_from_slice(&bits(&smp["zt"]).to_le_bytes());
        o.extend_from_slice(&num(&smp["zc"]).to_le_bytes());
        o.extend_from_slice(&num(&smp["count"]).to_le_bytes());
        o.extend_from_slice(&bits(&smp["sum"]).to_le_bytes());
        for key in ["ps", "ns"] {
            let sp = smp[key].as_array().unwrap();
            o.extend_from_slice(&(sp.len() as u32).to_le_bytes());
            for x in sp {
                o.extend_from_slice(&(x[0].as_i64().unwrap() as i32).to_le_bytes());
                o.extend_from_slice(&(x[1].as_i64().unwrap() as u32).to_le_bytes());
            }
        }
        for key in ["pb", "nb", "cv"] {
            let b = smp[key].as_array().unwrap();
            o.extend_from_slice(&(b.len() as u32).to_le_bytes());
            for x in b {
                let v = if key == "cv" { bits(x) } else { num(x) };
                o.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    o
}

/// Splits a SampleSet into per-record byte ranges, using the expected records' lengths, so a
/// mismatch names the case, chunk and first differing byte.
fn compare(case: &str, got: &[u8], want_records: &[Vec<u8>]) {
    let mut off = 0;
    for (ci, want) in want_records.iter().enumerate() {
        let end = (off + want.len()).min(got.len());
        let g = &got[off..end];
        if g != want.as_slice() {
            let at = g.iter().zip(want.iter()).position(|(a, b)| a != b).unwrap_or(g.len().min(want.len()));
            panic!("{case}: chunk {ci}: SampleSet differs at record byte {at} (got {} bytes, want {})", g.len(), want.len());
        }
        off += want.len();
    }
    assert_eq!(off, got.len(), "{case}: extra SampleSet bytes");
}

fn check_decode(file: &str, kind: u8) -> usize {
    let g = golden(file);
    let enc = g["encoding"].as_u64().unwrap() as u8;
    let mut n = 0;
    for case in g["cases"].as_array().unwrap() {
        let name = s(&case["name"]);
        let mut list = Vec::new();
        let mut want = Vec::new();
        for ch in case["chunks"].as_array().unwrap() {
            list_entry(&mut list, enc, &unhex(s(&ch["data"])));
            want.push(expected_record(kind, ch["samples"].as_array().unwrap()));
            n += 1;
        }
        let got = decode_chunks(&list).unwrap_or_else(|e| panic!("{file} {name}: {e}"));
        compare(&format!("{file} {name}"), &got, &want);
    }
    n
}

#[test]
fn decode_golden_xor() {
    assert!(check_decode("xor.json", 1) > 20);
}

#[test]
fn decode_golden_xor2() {
    assert!(check_decode("xor2.json", 1) > 20);
}

#[test]
fn decode_golden_histogram() {
    assert!(check_decode("histogram.json", 2) > 10);
}

#[test]
fn decode_golden_float_histogram() {
    assert!(check_decode("float_histogram.json", 3) > 10);
}

#[test]
fn encode_golden_xor_exact() {
    let g = golden("xor.json");
    for case in g["cases"].as_array().unwrap() {
        let name = s(&case["name"]);
        let mut samples = Vec::new();
        let mut want = Vec::new();
        for ch in case["chunks"].as_array().unwrap() {
            list_entry(&mut want, 1, &unhex(s(&ch["data"])));
            for smp in ch["samples"].as_array().unwrap() {
                samples.extend_from_slice(&i64_of(&smp[0]).to_le_bytes());
                samples.extend_from_slice(&bits(&smp[1]).to_le_bytes());
            }
        }
        let got = encode_xor(&samples).unwrap();
        assert!(got == want, "{name}: encoded ChunkList differs from Prometheus's chunks");
    }
}

/// xorshift64*: a tiny deterministic generator, so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

#[test]
fn round_trip_random() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    for round in 0..200 {
        let n = (r.next() % 400) as usize;
        let mut samples = Vec::with_capacity(n * 16);
        let mut t = r.next() as i64;
        for _ in 0..n {
            // Mix regular steps, jitter and arbitrary jumps; values from several shapes.
            t = t.wrapping_add(match r.next() % 4 {
                0 => 15_000,
                1 => 15_000 + (r.next() % 2001) as i64 - 1000,
                2 => (r.next() % (1 << 30)) as i64 - (1 << 29),
                _ => r.next() as i64,
            });
            let v = match r.next() % 4 {
                0 => 42f64.to_bits(),
                1 => ((r.next() % 1000) as f64).to_bits(),
                2 => 0x7ff0_0000_0000_0002,
                _ => r.next(),
            };
            samples.extend_from_slice(&t.to_le_bytes());
            samples.extend_from_slice(&v.to_le_bytes());
        }
        let list = encode_xor(&samples).unwrap();
        let set = decode_chunks(&list).unwrap();
        // Strip the per-chunk record headers and compare the samples byte for byte.
        let mut flat = Vec::new();
        let mut off = 0;
        while off < set.len() {
            assert_eq!(set[off], 1);
            let k = u32::from_le_bytes(set[off + 1..off + 5].try_into().unwrap()) as usize;
            assert!(k <= 120, "round {round}: chunk of {k} samples");
            flat.extend_from_slice(&set[off + 5..off + 5 + 16 * k]);
            off += 5 + 16 * k;
        }
        assert!(flat == samples, "round {round}: round trip changed samples");
    }
}

#[test]
fn empty_and_invalid_inputs() {
    assert_eq!(encode_xor(&[]).unwrap(), Vec::<u8>::new());
    assert_eq!(decode_chunks(&[]).unwrap(), Vec::<u8>::new());
    assert_eq!(encode_xor(&[0; 15]).unwrap_err().code, ErrorCode::InvalidArgument);
    for enc in [0u8, 5, 6, 7, 255] {
        let e = decode_chunks(&[enc, 2, 0, 0, 0, 0, 0]).unwrap_err();
        assert_eq!(e.code, ErrorCode::InvalidArgument);
        assert!(e.message.contains(&format!("{enc}")), "{}", e.message);
    }
    // List framing that overruns the buffer.
    assert_eq!(decode_chunks(&[1, 9, 0, 0, 0, 0]).unwrap_err().code, ErrorCode::InvalidArgument);
    assert_eq!(decode_chunks(&[1, 0, 0]).unwrap_err().code, ErrorCode::InvalidArgument);
    // A chunk too short for its header.
    let e = decode_chunks(&[1, 1, 0, 0, 0, 0]).unwrap_err();
    assert_eq!(e.code, ErrorCode::CorruptBlock);
    assert!(e.message.starts_with("chunk data: "), "{}", e.message);
}

/// Every truncation and many single-byte corruptions of every golden chunk: decode must return
/// Ok or a CORRUPT_BLOCK error, never panic; truncations that cut samples must fail.
#[test]
fn truncated_and_garbled_chunks_error() {
    let mut r = Rng(12345);
    for file in ["xor.json", "xor2.json", "histogram.json", "float_histogram.json"] {
        let g = golden(file);
        let enc = g["encoding"].as_u64().unwrap() as u8;
        for case in g["cases"].as_array().unwrap() {
            for ch in case["chunks"].as_array().unwrap() {
                let data = unhex(s(&ch["data"]));
                for cut in 0..data.len() {
                    let mut list = Vec::new();
                    list_entry(&mut list, enc, &data[..cut]);
                    match decode_chunks(&list) {
                        Ok(_) => {
                            // Only the zero padding of the last byte may be cut off.
                            assert!(cut + 1 >= data.len() || cut < 2, "{file}: cut at {cut} of {} decoded", data.len());
                        }
                        Err(e) => {
                            assert_eq!(e.code, ErrorCode::CorruptBlock);
                            assert!(e.message.starts_with("chunk data: "), "{}", e.message);
                        }
                    }
                }
                for _ in 0..20 {
                    let mut bad = data.clone();
                    let at = (r.next() as usize) % bad.len();
                    bad[at] ^= (r.next() % 255 + 1) as u8;
                    let mut list = Vec::new();
                    list_entry(&mut list, enc, &bad);
                    if let Err(e) = decode_chunks(&list) {
                        assert_eq!(e.code, ErrorCode::CorruptBlock, "{}", e.message);
                    }
                }
            }
        }
    }
}

/// Rough timing on BenchmarkXorRead's chunk (no assertion; see the report).
#[test]
fn xor_decode_timing() {
    let g = golden("xor.json");
    let case = g["cases"].as_array().unwrap().iter().find(|c| s(&c["name"]) == "bench_xor_read").unwrap();
    let mut list = Vec::new();
    list_entry(&mut list, 1, &unhex(s(&case["chunks"][0]["data"])));
    let iters = 20_000;
    let start = Instant::now();
    let mut total = 0;
    for _ in 0..iters {
        total += decode_chunks(std::hint::black_box(&list)).unwrap().len();
    }
    let ns = start.elapsed().as_nanos() as f64 / (iters as f64 * 120.0);
    println!("xor decode: {ns:.2} ns/sample ({} build, {total} bytes)", if cfg!(debug_assertions) { "debug" } else { "release" });
}
