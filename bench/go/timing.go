package main

import (
	"sort"
	"time"
)

// budget says how long to measure one case: keep calling until both the time budget is spent
// and at least minRuns calls were timed. The same rule (and the median) is used by the TS and
// Rust sides, so the three columns of the table are read the same way.
type budget struct {
	Time    time.Duration
	MinRuns int
	Warmup  int
}

// timing summarises the per-call durations of one case, in nanoseconds.
type timing struct {
	MedianNs float64 `json:"medianNs"`
	MeanNs   float64 `json:"meanNs"`
	MinNs    float64 `json:"minNs"`
	MaxNs    float64 `json:"maxNs"`
	Runs     int     `json:"runs"`
}

// measure times op call by call. setup runs before every call, outside the clock: it rebuilds
// inputs that op consumes (Prometheus's list postings are drained by iteration). Timing each
// call on its own costs two clock reads (~50 ns), noise next to the microseconds a case takes.
func measure(b budget, setup func(), op func()) timing {
	for range b.Warmup {
		if setup != nil {
			setup()
		}
		op()
	}
	var runs []time.Duration
	began := time.Now()
	for len(runs) < b.MinRuns || time.Since(began) < b.Time {
		if setup != nil {
			setup()
		}
		t0 := time.Now()
		op()
		runs = append(runs, time.Since(t0))
	}
	return summarise(runs)
}

func summarise(runs []time.Duration) timing {
	s := append([]time.Duration(nil), runs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	var sum time.Duration
	for _, d := range s {
		sum += d
	}
	n := len(s)
	med := float64(s[n/2])
	if n%2 == 0 {
		med = float64(s[n/2-1]+s[n/2]) / 2
	}
	return timing{
		MedianNs: med,
		MeanNs:   float64(sum) / float64(n),
		MinNs:    float64(s[0]),
		MaxNs:    float64(s[n-1]),
		Runs:     n,
	}
}
