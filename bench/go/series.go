package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"time"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb"
)

// The end-to-end benchmark blocks (bench/e2e.bench.ts): N series scraped every --interval for
// --samples scrapes, written through Prometheus's own head and compactor (tsdb.BlockWriter) as
// Prometheus itself would cut them: one block per 2 h window aligned to the epoch, which is
// what a Prometheus next to a Thanos sidecar produces (min = max block duration = 2 h). Samples
// are appended scrape by scrape (every series at t, then every series at t + interval), the
// order a scraping Prometheus appends in, so the head cuts its chunks exactly as it would.

// blockWindow is Prometheus's default (and the Thanos sidecar's required) block duration.
const blockWindow = int64(2 * time.Hour / time.Millisecond)

// metricKind says how a metric's values move from scrape to scrape.
type metricKind int

const (
	counterInt   metricKind = iota // request-like counter: whole increments
	counterFloat                   // seconds-like counter: fractional increments
	gaugeBytes                     // memory-like gauge: multiples of 4 KiB around a base
	gaugeCount                     // goroutine-like gauge: small integer random walk
	gaugeRatio                     // utilisation-like gauge: 0..1 with jitter, 3 decimals
	gaugeConst                     // `up`-like gauge: the same value at every scrape
)

type metricDef struct {
	name string
	job  string
	kind metricKind
	http bool // carries method and code labels
}

// A handful of metric families of the kind a Kubernetes Prometheus scrapes; series are dealt
// round-robin over them, so each family holds N / len(metrics) series.
var metrics = []metricDef{
	{"http_requests_total", "api", counterInt, true},
	{"http_request_duration_seconds_sum", "api", counterFloat, true},
	{"process_cpu_seconds_total", "node", counterFloat, false},
	{"container_memory_working_set_bytes", "cadvisor", gaugeBytes, false},
	{"go_goroutines", "api", gaugeCount, false},
	{"node_cpu_utilisation", "node", gaugeRatio, false},
	{"kube_pod_container_status_restarts_total", "kube-state-metrics", counterInt, false},
	{"up", "api", gaugeConst, false},
}

var (
	namespaces = []string{"default", "payments", "search", "checkout", "auth", "monitoring", "ingest", "billing"}
	containers = []string{"app", "sidecar", "proxy"}
	methods    = []string{"GET", "POST", "PUT", "DELETE"}
	codes      = []string{"200", "201", "404", "500", "503"}
)

// podsPerNode decides the instance label: pods are packed 40 to a node.
const podsPerNode = 40

// seriesLabels is series i's label set. Index k = i / len(metrics) is unique within a family,
// so every label set is unique; pod and instance carry the high cardinality.
func seriesLabels(b *labels.Builder, i int) labels.Labels {
	m := metrics[i%len(metrics)]
	k := i / len(metrics)
	ns := namespaces[k%len(namespaces)]
	b.Reset(labels.EmptyLabels())
	b.Set(labels.MetricName, m.name)
	b.Set("job", m.job)
	b.Set("namespace", ns)
	b.Set("pod", fmt.Sprintf("%s-%07x-%05d", ns, uint32(k)*2654435761>>4, k))
	b.Set("container", containers[k%len(containers)])
	b.Set("instance", "node-"+strconv.Itoa(k/podsPerNode)+".cluster.local:9100")
	b.Set("cluster", "bench")
	if m.http {
		b.Set("method", methods[k%len(methods)])
		b.Set("code", codes[(k/len(methods))%len(codes)])
	}
	return b.Labels()
}

// seriesState is what one series carries from scrape to scrape (and block to block).
type seriesState struct {
	value float64
	rate  float64 // per-scrape mean increment (counters) or base level (gauges)
}

func initState(r *rand.Rand, kind metricKind) seriesState {
	switch kind {
	case counterInt:
		return seriesState{value: math.Floor(r.Float64() * 1e6), rate: 1 + r.Float64()*200}
	case counterFloat:
		return seriesState{value: r.Float64() * 1e4, rate: r.Float64() * 3}
	case gaugeBytes:
		base := math.Floor(64+r.Float64()*2000) * 1024 * 1024
		return seriesState{value: base, rate: base}
	case gaugeCount:
		return seriesState{value: math.Floor(20 + r.Float64()*300)}
	case gaugeRatio:
		return seriesState{value: r.Float64(), rate: r.Float64()}
	default:
		return seriesState{value: 1}
	}
}

// next advances one series by one scrape.
func (s *seriesState) next(r *rand.Rand, kind metricKind) float64 {
	switch kind {
	case counterInt:
		s.value += math.Floor(s.rate * (0.5 + r.Float64()))
	case counterFloat:
		s.value += s.rate * (0.5 + r.Float64())
	case gaugeBytes:
		s.value = s.rate + math.Floor((r.Float64()-0.5)*0.1*s.rate/4096)*4096
	case gaugeCount:
		s.value = math.Max(1, s.value+math.Floor((r.Float64()-0.5)*7))
	case gaugeRatio:
		s.value = math.Round(math.Min(1, math.Max(0, s.rate+(r.Float64()-0.5)*0.2))*1000) / 1000
	}
	return s.value
}

// runSeries writes the blocks. --end (ms) defaults to the 2 h boundary at least 3 h before now,
// so Prometheus (started with a long retention) loads and keeps them and its head stays apart.
func runSeries(args []string) error {
	fs := flag.NewFlagSet("series", flag.ContinueOnError)
	out := fs.String("out", "", "output directory (created if missing)")
	n := fs.Int("series", 10_000, "number of series")
	samples := fs.Int("samples", 1920, "scrapes per series")
	interval := fs.Duration("interval", 15*time.Second, "scrape interval")
	end := fs.Int64("end", 0, "end of the data, ms since the epoch, a multiple of 2h (default: the 2h boundary ≥ 3h before now)")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	step := interval.Milliseconds()
	if *out == "" || *n <= 0 || *samples <= 0 || step <= 0 {
		return fmt.Errorf("--out, a positive --series, --samples and --interval are required")
	}
	if *end == 0 {
		*end = (time.Now().Add(-3*time.Hour).UnixMilli() / blockWindow) * blockWindow
	}
	if *end%blockWindow != 0 {
		return fmt.Errorf("--end %d is not a multiple of 2h", *end)
	}
	span := int64(*samples) * step
	// The first scrape is placed on a 2h boundary so the data fills whole windows from the left.
	start := ((*end - span) / blockWindow) * blockWindow
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	began := time.Now()
	r := rand.New(rand.NewPCG(*seed, 0x2545f4914f6cdd1d))
	state := make([]seriesState, *n)
	for i := range state {
		state[i] = initState(r, metrics[i%len(metrics)].kind)
	}
	refs := make([]storage.SeriesRef, *n)
	var lb labels.Builder
	scrape := 0
	for winStart := start; scrape < *samples; winStart += blockWindow {
		winEnd := winStart + blockWindow
		w, err := tsdb.NewBlockWriter(slog.New(slog.DiscardHandler), *out, blockWindow)
		if err != nil {
			return err
		}
		clear(refs) // series refs belong to one writer's head
		app := w.Appender(context.Background())
		pending := 0
		for ; scrape < *samples; scrape++ {
			base := start + int64(scrape)*step
			if base >= winEnd {
				break
			}
			for i := range *n {
				// A few ms of scrape jitter, as real scrapes have; never past the window.
				t := min(base+int64(r.IntN(4)), winEnd-1)
				v := state[i].next(r, metrics[i%len(metrics)].kind)
				var lset labels.Labels
				if refs[i] == 0 {
					lset = seriesLabels(&lb, i)
				}
				refs[i], err = app.Append(refs[i], lset, t, v)
				if err != nil {
					_ = app.Rollback()
					_ = w.Close()
					return fmt.Errorf("append series %d @%d: %w", i, t, err)
				}
				if pending++; pending >= 50_000 {
					if err := app.Commit(); err != nil {
						_ = w.Close()
						return fmt.Errorf("commit: %w", err)
					}
					app = w.Appender(context.Background())
					pending = 0
				}
			}
		}
		if err := app.Commit(); err != nil {
			_ = w.Close()
			return fmt.Errorf("commit: %w", err)
		}
		id, err := w.Flush(context.Background())
		_ = w.Close()
		if err != nil {
			return err
		}
		fmt.Printf("%s series=%d window=[%d,%d) took=%s\n", id, *n, winStart, winEnd, time.Since(began).Round(time.Millisecond))
	}
	return nil
}
