package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/prometheus/prometheus/storage"
	"github.com/prometheus/prometheus/tsdb/index"
)

// spanList builds one sorted list from (lo, hi, step) triples, [lo, hi) each: the inputs of
// Prometheus's BenchmarkIntersect (tsdb/index/postings_test.go, createPostings).
func spanList(spans ...storage.SeriesRef) []storage.SeriesRef {
	var out []storage.SeriesRef
	for i := 0; i+2 < len(spans); i += 3 {
		for v := spans[i]; v < spans[i+1]; v += spans[i+2] {
			out = append(out, v)
		}
	}
	return out
}

// intersectInputs are BenchmarkIntersect's three cases, in its order.
func intersectInputs() []struct {
	name  string
	lists [][]storage.SeriesRef
} {
	many := make([][]storage.SeriesRef, 100)
	for i := range many {
		many[i] = spanList(1, 100, 1)
	}
	return []struct {
		name  string
		lists [][]storage.SeriesRef
	}{
		{"LongPostings1", [][]storage.SeriesRef{
			spanList(0, 10_000_000, 2),
			spanList(5_000_000, 5_000_100, 4, 5_090_000, 5_090_600, 4),
			spanList(4_990_000, 5_100_000, 1),
			spanList(4_000_000, 6_000_000, 1),
		}},
		{"LongPostings2", [][]storage.SeriesRef{
			spanList(0, 12_500_000, 1),
			spanList(7_500_000, 12_500_000, 1),
			spanList(9_000_000, 20_000_000, 1),
			spanList(10_000_000, 12_000_000, 1),
		}},
		{"ManyPostings", many},
	}
}

// mergeInputs are BenchmarkMerge's lists: list i holds i + j·100000 for j = 1..99.
func mergeInputs() [][]storage.SeriesRef {
	lists := make([][]storage.SeriesRef, 100_000)
	for i := range lists {
		l := make([]storage.SeriesRef, 0, 99)
		for j := 1; j < 100; j++ {
			l = append(l, storage.SeriesRef(i+j*100_000))
		}
		lists[i] = l
	}
	return lists
}

// MergeSizes are the BenchmarkMerge sub-benchmarks we compare (anchors §C2).
var mergeSizes = []int{10, 10_000, 100_000}

// drain walks a postings iterator as Prometheus's consumePostings does, returning how many
// refs it produced and their sum (the check value).
func drain(p index.Postings) (int, uint64, error) {
	n, sum := 0, uint64(0)
	for p.Next() {
		n++
		sum += uint64(p.At())
	}
	return n, sum, p.Err()
}

func postingsCheck(n int, sum uint64) string {
	return fmt.Sprintf("%d refs, sum %d", n, sum)
}

func benchPostingsOps(b budget) []caseResult {
	var out []caseResult
	its := []index.Postings{}
	// A fresh ListPostings per input and call, built outside the clock: iteration drains them.
	reset := func(lists [][]storage.SeriesRef) func() {
		return func() {
			its = its[:0]
			for _, l := range lists {
				its = append(its, index.NewListPostings(l))
			}
		}
	}
	run := func(id string, lists [][]storage.SeriesRef, op func() index.Postings) {
		var n int
		var sum uint64
		var err error
		t := measure(b, reset(lists), func() { n, sum, err = drain(op()) })
		check := postingsCheck(n, sum)
		if err != nil {
			check = "error: " + err.Error()
		}
		c := caseResult{ID: id, Check: check, timing: t}
		progress(c)
		out = append(out, c)
	}
	for _, in := range intersectInputs() {
		run("intersect/"+in.name, in.lists, func() index.Postings { return index.Intersect(its...) })
	}
	lists := mergeInputs()
	ctx := context.Background()
	for _, k := range mergeSizes {
		run("merge/"+strconv.Itoa(k), lists[:k], func() index.Postings { return index.Merge(ctx, its...) })
	}
	return out
}
