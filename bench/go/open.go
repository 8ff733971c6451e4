package main

import (
	"fmt"
	"runtime"

	"github.com/prometheus/prometheus/tsdb"
)

// benchOpen is BenchmarkOpenBlock (tsdb/block_test.go): open + close of the block, timed, then
// the allocations of one open (what b.ReportAllocs prints) and the heap one open block holds.
func benchOpen(dir string, b budget) ([]caseResult, error) {
	var openErr error
	openClose := func() {
		blk, err := tsdb.OpenBlock(nil, dir, nil, nil)
		if err != nil {
			openErr = err
			return
		}
		if err := blk.Close(); err != nil {
			openErr = err
		}
	}
	openClose() // fail fast on a bad block before any timing
	if openErr != nil {
		return nil, fmt.Errorf("open %s: %w", dir, openErr)
	}
	t := measure(b, nil, openClose)
	if openErr != nil {
		return nil, fmt.Errorf("open %s: %w", dir, openErr)
	}

	// Allocation count and bytes per open+close, averaged as testing.AllocsPerRun does.
	const allocRuns = 5
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for range allocRuns {
		openClose()
	}
	runtime.ReadMemStats(&after)
	if openErr != nil {
		return nil, fmt.Errorf("open %s: %w", dir, openErr)
	}
	mem := &memory{
		AllocsPerOp: float64(after.Mallocs-before.Mallocs) / allocRuns,
		BytesPerOp:  float64(after.TotalAlloc-before.TotalAlloc) / allocRuns,
	}

	// Heap held by one open block: live bytes after GC, with the block open vs before it.
	runtime.GC()
	runtime.ReadMemStats(&before)
	blk, err := tsdb.OpenBlock(nil, dir, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	series := blk.Meta().Stats.NumSeries
	if err := blk.Close(); err != nil {
		return nil, fmt.Errorf("close %s: %w", dir, err)
	}
	mem.RetainedBytes = float64(int64(after.HeapAlloc) - int64(before.HeapAlloc))

	c := caseResult{ID: "block-open", Check: fmt.Sprintf("%d series", series), timing: t, Memory: mem}
	progress(c)
	return []caseResult{c}, nil
}
