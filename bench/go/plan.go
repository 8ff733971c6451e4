package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"time"
)

// plan is written by bench/micro.bench.ts: the inputs every contender reads (paths are absolute).
type plan struct {
	BudgetMs   int  `json:"budgetMs"`
	MinRuns    int  `json:"minRuns"`
	WarmupRuns int  `json:"warmupRuns"`
	Postings   bool `json:"postings"`
	// XorFile holds a ChunkList (src/engine/engine.ts layout) of XOR chunks.
	XorFile string `json:"xorFile,omitempty"`
	// OpenDir is the block BenchmarkOpenBlock opens (1M series × 20 labels).
	OpenDir string `json:"openDir,omitempty"`
	// MatchersDir is the block the selectors run against.
	MatchersDir string     `json:"matchersDir,omitempty"`
	Selectors   []selector `json:"selectors,omitempty"`
}

type selector struct {
	ID       string        `json:"id"`
	Text     string        `json:"text"`
	Matchers []planMatcher `json:"matchers"`
}

type planMatcher struct {
	Op    string `json:"op"` // "=", "!=", "=~", "!~"
	Name  string `json:"name"`
	Value string `json:"value"`
}

// caseResult is one measured case. Check summarises the output (counts, checksums) so the
// report can show that all contenders computed the same thing.
type caseResult struct {
	ID    string `json:"id"`
	Check string `json:"check"`
	timing
	Memory *memory `json:"memory,omitempty"`
}

// memory is what one block open costs in allocations (BenchmarkOpenBlock reports the first two).
type memory struct {
	AllocsPerOp   float64 `json:"allocsPerOp"`
	BytesPerOp    float64 `json:"bytesPerOp"`
	RetainedBytes float64 `json:"retainedBytes"`
}

type report struct {
	Go         string       `json:"go"`
	Prometheus string       `json:"prometheus"`
	GOMAXPROCS int          `json:"gomaxprocs"`
	Cases      []caseResult `json:"cases"`
}

func runPlan(args []string) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	path := fs.String("plan", "", "plan JSON written by bench/micro.bench.ts")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *path == "" {
		return fmt.Errorf("--plan is required")
	}
	raw, err := os.ReadFile(*path)
	if err != nil {
		return err
	}
	var p plan
	if err := json.Unmarshal(raw, &p); err != nil {
		return fmt.Errorf("%s: %w", *path, err)
	}
	if p.BudgetMs <= 0 || p.MinRuns <= 0 || p.WarmupRuns < 0 {
		return fmt.Errorf("%s: budgetMs and minRuns must be positive, warmupRuns not negative", *path)
	}
	b := budget{Time: time.Duration(p.BudgetMs) * time.Millisecond, MinRuns: p.MinRuns, Warmup: p.WarmupRuns}

	out := report{Go: runtime.Version(), Prometheus: prometheusVersion(), GOMAXPROCS: runtime.GOMAXPROCS(0)}
	add := func(cs []caseResult, err error) error {
		if err != nil {
			return err
		}
		out.Cases = append(out.Cases, cs...)
		return nil
	}
	if p.XorFile != "" {
		if err := add(benchXor(p.XorFile, b)); err != nil {
			return err
		}
	}
	if p.Postings {
		if err := add(benchPostingsOps(b), nil); err != nil {
			return err
		}
	}
	if p.OpenDir != "" {
		if err := add(benchOpen(p.OpenDir, b)); err != nil {
			return err
		}
	}
	if p.MatchersDir != "" {
		if err := add(benchMatchers(p.MatchersDir, p.Selectors, b)); err != nil {
			return err
		}
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// prometheusVersion is the module version this binary was built against (from go.mod).
func prometheusVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, d := range info.Deps {
			if d.Path == "github.com/prometheus/prometheus" {
				return d.Version
			}
		}
	}
	return "unknown"
}

// progress goes to stderr so the JSON on stdout stays clean.
func progress(c caseResult) {
	fmt.Fprintf(os.Stderr, "go %s: median %.3f µs, %d runs (%s)\n", c.ID, c.MedianNs/1e3, c.Runs, c.Check)
}
