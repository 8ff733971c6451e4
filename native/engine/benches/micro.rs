//! Native side of the micro cases in bench/micro.bench.ts that the napi addon does not expose:
//! postings intersect/merge on the exact inputs of Prometheus's BenchmarkIntersect and
//! BenchmarkMerge, and the allocations of one block open (BenchmarkOpenBlock reports those).
//!
//!   cargo bench -p storeapi-engine --bench micro -- --plan FILE
//!
//! Reads the plan JSON the TS bench writes (budgetMs, minRuns, warmupRuns, postings, openDir)
//! and prints one JSON document on stdout; progress goes to stderr. Timing follows the same
//! rule as the Go and TS sides: call by call, until the budget is spent and at least minRuns
//! calls were timed, median reported. No criterion: the three sides must measure alike.

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use storeapi_engine::tsdb::postings::{intersect, merge, BePostings, Postings};
use storeapi_engine::tsdb::Block;

/// Counts what the process allocates, so a block open's allocations can be read as Go's
/// MemStats are (allocation count, bytes allocated, bytes still live).
struct Counting;

static ALLOCS: AtomicU64 = AtomicU64::new(0);
static ALLOCATED: AtomicU64 = AtomicU64::new(0);
static FREED: AtomicU64 = AtomicU64::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCS.fetch_add(1, Relaxed);
        ALLOCATED.fetch_add(layout.size() as u64, Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        FREED.fetch_add(layout.size() as u64, Relaxed);
        // SAFETY: ptr came from System.alloc with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // A realloc is an allocation of the new size and a free of the old one, as Go counts a
        // grown slice.
        ALLOCS.fetch_add(1, Relaxed);
        ALLOCATED.fetch_add(new_size as u64, Relaxed);
        FREED.fetch_add(layout.size() as u64, Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

struct Budget {
    time: Duration,
    min_runs: usize,
    warmup: usize,
}

fn summarise(mut runs: Vec<Duration>) -> Value {
    runs.sort();
    let n = runs.len();
    let ns = |d: Duration| d.as_nanos() as f64;
    let median = if n % 2 == 1 {
        ns(runs[n / 2])
    } else {
        (ns(runs[n / 2 - 1]) + ns(runs[n / 2])) / 2.0
    };
    let mean = runs.iter().map(|d| ns(*d)).sum::<f64>() / n as f64;
    json!({ "medianNs": median, "meanNs": mean, "minNs": ns(runs[0]), "maxNs": ns(runs[n - 1]), "runs": n })
}

/// Times `op` call by call (see the module comment); returns the timing and op's last output.
fn measure<T>(b: &Budget, mut op: impl FnMut() -> T) -> (Value, T) {
    for _ in 0..b.warmup {
        black_box(op());
    }
    let mut runs = Vec::new();
    let began = Instant::now();
    let mut last;
    loop {
        let t0 = Instant::now();
        last = black_box(op());
        runs.push(t0.elapsed());
        if runs.len() >= b.min_runs && began.elapsed() >= b.time {
            break;
        }
        drop(last);
    }
    (summarise(runs), last)
}

/// One sorted list from (lo, hi, step) triples, [lo, hi) each (Prometheus's createPostings).
fn span_list(spans: &[u32]) -> Vec<u32> {
    let mut out = Vec::new();
    for s in spans.chunks_exact(3) {
        out.extend((s[0]..s[1]).step_by(s[2] as usize));
    }
    out
}

/// Lists as they sit in an index: big-endian u32 runs, read in place by the engine.
fn to_be(lists: &[Vec<u32>]) -> Vec<Vec<u8>> {
    lists
        .iter()
        .map(|l| l.iter().flat_map(|x| x.to_be_bytes()).collect())
        .collect()
}

fn be_postings(bytes: &[Vec<u8>]) -> Result<Vec<Postings<'_>>, String> {
    bytes
        .iter()
        .map(|b| {
            BePostings::new(b)
                .map(Postings::Be)
                .ok_or_else(|| "input list not strictly increasing".to_string())
        })
        .collect()
}

fn postings_check(out: &[u32]) -> String {
    format!(
        "{} refs, sum {}",
        out.len(),
        out.iter().map(|&x| u64::from(x)).sum::<u64>()
    )
}

fn case(id: &str, check: String, timing: Value) -> Value {
    eprintln!(
        "native {id}: median {:.3} µs, {} runs ({check})",
        timing["medianNs"].as_f64().unwrap_or(0.0) / 1e3,
        timing["runs"]
    );
    let mut v = timing;
    v["id"] = json!(id);
    v["check"] = json!(check);
    v
}

fn postings_cases(b: &Budget) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    let many: Vec<Vec<u32>> = (0..100).map(|_| span_list(&[1, 100, 1])).collect();
    let intersects: [(&str, Vec<Vec<u32>>); 3] = [
        (
            "LongPostings1",
            vec![
                span_list(&[0, 10_000_000, 2]),
                span_list(&[5_000_000, 5_000_100, 4, 5_090_000, 5_090_600, 4]),
                span_list(&[4_990_000, 5_100_000, 1]),
                span_list(&[4_000_000, 6_000_000, 1]),
            ],
        ),
        (
            "LongPostings2",
            vec![
                span_list(&[0, 12_500_000, 1]),
                span_list(&[7_500_000, 12_500_000, 1]),
                span_list(&[9_000_000, 20_000_000, 1]),
                span_list(&[10_000_000, 12_000_000, 1]),
            ],
        ),
        ("ManyPostings", many),
    ];
    for (name, lists) in intersects {
        let bytes = to_be(&lists);
        let inputs = be_postings(&bytes)?;
        // Cloning a Vec of borrowed views is a few words per list; the refs are not copied.
        let (t, res) = measure(b, || intersect(inputs.clone()));
        out.push(case(&format!("intersect/{name}"), postings_check(&res), t));
    }
    // BenchmarkMerge: list i holds i + j·100000 for j = 1..99.
    let lists: Vec<Vec<u32>> = (0..100_000u32)
        .map(|i| (1..100u32).map(|j| i + j * 100_000).collect())
        .collect();
    let bytes = to_be(&lists);
    let inputs = be_postings(&bytes)?;
    for k in [10usize, 10_000, 100_000] {
        let (t, res) = measure(b, || merge(inputs[..k].to_vec()));
        out.push(case(&format!("merge/{k}"), postings_check(&res), t));
    }
    Ok(out)
}

fn open_case(dir: &str, b: &Budget) -> Result<Value, String> {
    let open = || Block::open(dir).map_err(|e| e.to_string());
    drop(open()?); // fail fast on a bad block before any timing
    let (t, last) = measure(b, open);
    drop(last?);

    const ALLOC_RUNS: u64 = 5;
    let (a0, b0) = (ALLOCS.load(Relaxed), ALLOCATED.load(Relaxed));
    for _ in 0..ALLOC_RUNS {
        drop(open()?);
    }
    let (a1, b1) = (ALLOCS.load(Relaxed), ALLOCATED.load(Relaxed));

    let live = || ALLOCATED.load(Relaxed) as i64 - FREED.load(Relaxed) as i64;
    let before = live();
    let block = open()?;
    let retained = live() - before;
    let series = block.num_series().map_err(|e| e.to_string())?;
    drop(block);

    let mut v = case("block-open", format!("{series} series"), t);
    v["memory"] = json!({
        "allocsPerOp": (a1 - a0) as f64 / ALLOC_RUNS as f64,
        "bytesPerOp": (b1 - b0) as f64 / ALLOC_RUNS as f64,
        "retainedBytes": retained as f64,
    });
    Ok(v)
}

fn run() -> Result<(), String> {
    // `cargo bench` appends `--bench`; everything but `--plan FILE` is ignored.
    let args: Vec<String> = std::env::args().collect();
    let plan_path = args
        .iter()
        .position(|a| a == "--plan")
        .and_then(|i| args.get(i + 1))
        .ok_or("usage: micro --plan FILE")?;
    let text = std::fs::read_to_string(plan_path).map_err(|e| format!("{plan_path}: {e}"))?;
    let plan: Value = serde_json::from_str(&text).map_err(|e| format!("{plan_path}: {e}"))?;
    let num = |k: &str| {
        plan[k]
            .as_u64()
            .ok_or_else(|| format!("{plan_path}: {k} missing or not a non-negative integer"))
    };
    let b = Budget {
        time: Duration::from_millis(num("budgetMs")?),
        min_runs: num("minRuns")?.max(1) as usize,
        warmup: num("warmupRuns")? as usize,
    };
    let mut cases = Vec::new();
    if plan["postings"].as_bool() == Some(true) {
        cases.extend(postings_cases(&b)?);
    }
    if let Some(dir) = plan["openDir"].as_str() {
        cases.push(open_case(dir, &b)?);
    }
    let report = json!({ "cases": cases });
    println!(
        "{}",
        serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn main() {
    if let Err(e) = run() {
        eprintln!("micro: {e}");
        std::process::exit(1);
    }
}
