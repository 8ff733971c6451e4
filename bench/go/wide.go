package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"strconv"
	"time"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb"
)

// Label names and values of Prometheus's genSeries (tsdb/block_test.go): the first label is
// unique per series, the others repeat one value each across every series.
const (
	wideLabelName  = "labelName"
	wideLabelValue = "labelValue"
	// Samples at t = 0..9, as genSeries(1e6, 20, 0, 10) writes them.
	wideSamples = 10
	// CreateBlock commits its appender every 10000 samples; so do we.
	wideCommitEvery = 10_000
)

// wideLabels is series i's label set: labelName=i, labelName1=labelValue1, ... (n labels).
func wideLabels(b *labels.Builder, i, n int) labels.Labels {
	b.Reset(labels.EmptyLabels())
	b.Set(wideLabelName, strconv.Itoa(i))
	for j := 1; j < n; j++ {
		b.Set(wideLabelName+strconv.Itoa(j), wideLabelValue+strconv.Itoa(j))
	}
	return b.Labels()
}

// runWide writes the block of BenchmarkOpenBlock: genSeries(N, L, 0, 10) through
// tsdb.NewBlockWriter, as tsdb.CreateBlock does, but series by series instead of building all
// of them in memory first. Values are random floats from a seeded generator (the original uses
// the unseeded global one), so the block is the same on every run.
func runWide(args []string) error {
	fs := flag.NewFlagSet("wide", flag.ContinueOnError)
	out := fs.String("out", "", "output directory (created if missing)")
	n := fs.Int("series", 1_000_000, "number of series")
	nl := fs.Int("labels", 20, "labels per series")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *n <= 0 || *nl <= 0 {
		return fmt.Errorf("--out, a positive --series and a positive --labels are required")
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	began := time.Now()
	w, err := tsdb.NewBlockWriter(slog.New(slog.DiscardHandler), *out, tsdb.DefaultBlockDuration)
	if err != nil {
		return err
	}
	defer w.Close()

	r := rand.New(rand.NewPCG(*seed, 0x9e3779b97f4a7c15))
	ctx := context.Background()
	app := w.Appender(ctx)
	var lb labels.Builder
	pending := 0
	for i := range *n {
		lset := wideLabels(&lb, i, *nl)
		var ref storage.SeriesRef
		for t := range int64(wideSamples) {
			ref, err = app.Append(ref, lset, t, r.Float64())
			if err != nil {
				_ = app.Rollback()
				return fmt.Errorf("append %s @%d: %w", lset, t, err)
			}
			pending++
		}
		if pending >= wideCommitEvery {
			if err := app.Commit(); err != nil {
				return fmt.Errorf("commit: %w", err)
			}
			app = w.Appender(ctx)
			pending = 0
		}
	}
	if err := app.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	id, err := w.Flush(ctx)
	if err != nil {
		return err
	}
	fmt.Printf("%s series=%d labels=%d took=%s\n", id, *n, *nl, time.Since(began).Round(time.Millisecond))
	return nil
}
