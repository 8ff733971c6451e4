// Command golden-gen writes the chunk codec golden vectors in native/engine/tests/golden/ using
// Prometheus's own chunkenc appenders and iterators, so our Rust and TypeScript codecs are held to
// the real thing rather than to our reading of it.
//
// Run from this directory: go run . ../
//
// Files written (one per chunk kind):
//
//	xor.json              XOR chunks (encoding 1): decode and encode vectors
//	xor2.json             XOR2 chunks (encoding 4): decode vectors
//	histogram.json        HISTOGRAM chunks (encoding 2): decode vectors
//	float_histogram.json  FLOAT_HISTOGRAM chunks (encoding 3): decode vectors
//
// Every chunk carries the samples Prometheus's iterator reads back from it (At / AtHistogram(nil) /
// AtFloatHistogram(nil)). Integers that may exceed 2^53 are decimal strings; floats are the 16 hex
// digits of their IEEE-754 bits so NaN payloads (the stale marker) survive JSON.
package main

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"

	"github.com/prometheus/prometheus/model/histogram"
	"github.com/prometheus/prometheus/tsdb/chunkenc"
)

// samplesPerChunk mirrors our encodeXor: a new chunk every 120 samples, in input order.
const samplesPerChunk = 120

const staleNaN = 0x7ff0000000000002

type floatSample [2]string // [t, float bits hex]

type floatChunk struct {
	Data    string        `json:"data"`
	Samples []floatSample `json:"samples"`
}

type floatCase struct {
	Name   string       `json:"name"`
	Chunks []floatChunk `json:"chunks"`
}

type histSample struct {
	T      string     `json:"t"`
	Hint   uint8      `json:"hint"`
	Schema int32      `json:"schema"`
	ZT     string     `json:"zt"`
	ZC     string     `json:"zc"`    // decimal (int) or float bits hex (float)
	Count  string     `json:"count"` // decimal (int) or float bits hex (float)
	Sum    string     `json:"sum"`
	PS     [][2]int64 `json:"ps"` // [offset, length]
	NS     [][2]int64 `json:"ns"`
	PB     []string   `json:"pb"` // decimal deltas (int) or float bits hex (float)
	NB     []string   `json:"nb"`
	CV     []string   `json:"cv"`
}

type histChunk struct {
	Data    string       `json:"data"`
	Samples []histSample `json:"samples"`
}

type histCase struct {
	Name   string      `json:"name"`
	Chunks []histChunk `json:"chunks"`
}

func fbits(v float64) string { return fmt.Sprintf("%016x", math.Float64bits(v)) }

func i64s(v int64) string { return strconv.FormatInt(v, 10) }

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func writeJSON(dir, name string, v any) {
	b, err := json.Marshal(v)
	must(err)
	must(os.WriteFile(filepath.Join(dir, name), append(b, '\n'), 0o644))
	fmt.Printf("%s: %d bytes\n", name, len(b)+1)
}

// readFloatChunk reads a float chunk back with Prometheus's iterator.
func readFloatChunk(c chunkenc.Chunk) floatChunk {
	out := floatChunk{Data: hex.EncodeToString(c.Bytes())}
	it := c.Iterator(nil)
	for it.Next() == chunkenc.ValFloat {
		t, v := it.At()
		out.Samples = append(out.Samples, floatSample{i64s(t), fbits(v)})
	}
	must(it.Err())
	if len(out.Samples) != c.NumSamples() {
		panic("iterator read fewer samples than the chunk holds")
	}
	return out
}

type sample struct {
	st, t int64
	v     float64
}

func xorCase(name string, ss []sample) floatCase {
	fc := floatCase{Name: name}
	for i := 0; i < len(ss); i += samplesPerChunk {
		c := chunkenc.NewXORChunk()
		app, err := c.Appender()
		must(err)
		for _, s := range ss[i:min(i+samplesPerChunk, len(ss))] {
			app.Append(0, s.t, s.v)
		}
		fc.Chunks = append(fc.Chunks, readFloatChunk(c))
	}
	return fc
}

func xor2Case(name string, ss []sample) floatCase {
	fc := floatCase{Name: name}
	for i := 0; i < len(ss); i += samplesPerChunk {
		c := chunkenc.NewXOR2Chunk()
		app, err := c.Appender()
		must(err)
		for _, s := range ss[i:min(i+samplesPerChunk, len(ss))] {
			app.Append(s.st, s.t, s.v)
		}
		fc.Chunks = append(fc.Chunks, readFloatChunk(c))
	}
	return fc
}

// fromDods builds timestamps from a start, a first delta and a list of delta-of-deltas (wrapping
// int64 arithmetic, as the appender computes it).
func fromDods(t0, d0 int64, dods []int64, v func(i int) float64) []sample {
	ss := []sample{{t: t0, v: v(0)}, {t: t0 + d0, v: v(1)}}
	d := d0
	for i, dod := range dods {
		d += dod
		ss = append(ss, sample{t: ss[len(ss)-1].t + d, v: v(i + 2)})
	}
	return ss
}

func floatSeries(r *rand.Rand) map[string][]sample {
	m := map[string][]sample{}
	var ss []sample

	// BenchmarkXorRead's input.
	for i := int64(0); i < 120*1000; i += 1000 {
		ss = append(ss, sample{t: i, v: float64(i) + float64(i)/10 + float64(i)/100 + float64(i)/1000})
	}
	m["bench_xor_read"] = ss

	ss = nil
	for i := int64(0); i < 300; i++ {
		ss = append(ss, sample{t: 1_700_000_000_000 + i*15_000, v: 42})
	}
	m["constant"] = ss

	ss = nil
	t, g := int64(1_700_000_000_000), 100.0
	for i := 0; i < 250; i++ {
		t += 15_000 + r.Int63n(1001) - 500
		g += r.NormFloat64()
		ss = append(ss, sample{t: t, v: g})
	}
	m["jittered_gauge"] = ss

	ss = nil
	t, c := int64(1_600_000_000_000), 0.0
	for i := 0; i < 250; i++ {
		t += 30_000
		if i%70 == 69 {
			c = float64(r.Intn(5))
		} else {
			c += float64(r.Intn(20))
		}
		ss = append(ss, sample{t: t, v: c})
	}
	m["counter_resets"] = ss

	ss = nil
	for i := 0; i < 200; i++ {
		var v float64
		switch i % 3 {
		case 0:
			v = r.Float64() * 1e6
		case 1:
			v = math.Float64frombits(r.Uint64()) // any bit pattern, NaNs included
		default:
			v = r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		}
		ss = append(ss, sample{t: int64(i) * 1000, v: v})
	}
	m["random_floats"] = ss

	specials := []float64{
		0, math.Float64frombits(staleNaN), 1, math.Float64frombits(staleNaN), math.Float64frombits(staleNaN),
		math.NaN(), math.Float64frombits(0x7ff8000000000001), math.Float64frombits(0xfff0000000000123),
		math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0, math.Float64frombits(1),
		math.SmallestNonzeroFloat64, math.Float64frombits(0x000fffffffffffff), -math.Float64frombits(3),
		math.MaxFloat64, -math.MaxFloat64, 1 << 53, -(1 << 63), 1e300, -1e-300, 123456789, 123456790,
		math.Float64frombits(0x8000000000000001), math.Float64frombits(0), // xor with no leading/trailing zeros (sigbits 64)
		1.0, math.Nextafter(1, 2), 1.0, math.Nextafter(1, 0), // leading zeros >= 32 (clamped to 31)
		math.Float64frombits(0x3ff0000000000000 ^ 0x00000000ffffffff), 7, 7, 7,
	}
	ss = nil
	for i, v := range specials {
		ss = append(ss, sample{t: int64(i) * 15_000, v: v})
	}
	m["special_values"] = ss

	ss = nil
	for i := int64(0); i < 150; i++ {
		ss = append(ss, sample{t: -1_000_000_000_000 + i*60_000 - (i%7)*13, v: float64(i % 11)})
	}
	m["negative_timestamps"] = ss

	m["extreme_timestamps"] = []sample{
		{t: math.MinInt64, v: 1}, {t: math.MaxInt64, v: 2}, {t: 0, v: 3}, {t: -1, v: 4}, {t: 1, v: 5},
		{t: math.MaxInt64, v: 6}, {t: math.MinInt64, v: 7}, {t: math.MinInt64 + 1, v: 8},
	}

	var dods []int64
	for _, b := range []int64{8192, 65536, 524288} {
		dods = append(dods, b-1, b, b+1, -(b - 1), -b, -(b + 1), 0, b, -b)
	}
	dods = append(dods, 1, -1, 2, -2, 0, 0, 1<<40, -(1 << 40), 1<<62, -(1 << 62), math.MaxInt64, math.MinInt64, 7, -7)
	m["dod_buckets"] = fromDods(1_000_000, 1000, dods, func(i int) float64 { return float64(i) })

	m["dod_negative_deltas"] = fromDods(0, -5000, []int64{-8191, 16383, -100000, 600000, -1_000_000, 0, 0, 3}, func(i int) float64 { return float64(-i) })

	m["single_sample"] = []sample{{t: 1234, v: 5.5}}
	m["two_samples"] = []sample{{t: 1234, v: 5.5}, {t: 999, v: -5.5}}

	ss = nil
	t = 1_700_000_000_000
	for i := 0; i < 1000; i++ {
		t += 10_000 + int64(r.Intn(3))
		ss = append(ss, sample{t: t, v: math.Round(r.Float64()*1000) / 8})
	}
	m["many_chunks"] = ss
	return m
}

var floatOrder = []string{
	"bench_xor_read", "constant", "jittered_gauge", "counter_resets", "random_floats", "special_values",
	"negative_timestamps", "extreme_timestamps", "dod_buckets", "dod_negative_deltas", "single_sample",
	"two_samples", "many_chunks",
}

func xor2Series(r *rand.Rand) []floatCase {
	fs := floatSeries(r)
	var out []floatCase
	for _, name := range floatOrder {
		if name == "many_chunks" || name == "negative_timestamps" || name == "constant" {
			continue // covered by xor.json; keeps the vectors small
		}
		out = append(out, xor2Case(name+"_st0", fs[name]))
	}
	// Start timestamps: constant, changing from the first/second/later sample, every step, and the
	// case where firstSTChangeOn saturates (changes after sample 127).
	withST := func(ss []sample, st func(i int, t int64) int64) []sample {
		o := make([]sample, len(ss))
		for i, s := range ss {
			o[i] = sample{st: st(i, s.t), t: s.t, v: s.v}
		}
		return o
	}
	base := fs["jittered_gauge"]
	out = append(out,
		xor2Case("st_constant", withST(base, func(int, int64) int64 { return 1_699_999_000_000 })),
		xor2Case("st_change_on_1", withST(base, func(i int, _ int64) int64 {
			if i == 0 {
				return 5
			}
			return 1_699_999_000_000
		})),
		xor2Case("st_change_later", withST(base, func(i int, _ int64) int64 {
			if i < 40 {
				return 1_699_999_000_000
			}
			return 1_699_999_500_000 + int64(i/10)*1000
		})),
		xor2Case("st_every_sample", withST(fs["counter_resets"], func(i int, t int64) int64 { return t - 30_000 + int64(r.Intn(600)-300) })),
		xor2Case("st_big_jumps", withST(fs["dod_buckets"], func(i int, t int64) int64 { return t - int64(i)*int64(i)*977 })),
		xor2Case("st_special_values", withST(fs["special_values"], func(i int, t int64) int64 { return t - 1000 - int64(i%3) })),
	)
	long := make([]sample, 0, 119)
	for i := 0; i < 119; i++ {
		v := float64(i % 4)
		if i%17 == 5 {
			v = math.Float64frombits(staleNaN)
		}
		long = append(long, sample{st: 77, t: int64(i) * 1000, v: v})
	}
	out = append(out, xor2Case("st_saturated_change_on", long))
	return out
}

// histogram helpers -----------------------------------------------------------------------------

func spansJSON(sp []histogram.Span) [][2]int64 {
	o := [][2]int64{}
	for _, s := range sp {
		o = append(o, [2]int64{int64(s.Offset), int64(s.Length)})
	}
	return o
}

func cvJSON(cv []float64) []string {
	o := []string{}
	for _, v := range cv {
		o = append(o, fbits(v))
	}
	return o
}

func readHistChunk(c chunkenc.Chunk) histChunk {
	out := histChunk{Data: hex.EncodeToString(c.Bytes())}
	it := c.Iterator(nil)
	for {
		vt := it.Next()
		if vt == chunkenc.ValNone {
			break
		}
		var s histSample
		switch vt {
		case chunkenc.ValHistogram:
			t, h := it.AtHistogram(nil)
			s = histSample{
				T: i64s(t), Hint: uint8(h.CounterResetHint), Schema: h.Schema, ZT: fbits(h.ZeroThreshold),
				ZC: strconv.FormatUint(h.ZeroCount, 10), Count: strconv.FormatUint(h.Count, 10), Sum: fbits(h.Sum),
				PS: spansJSON(h.PositiveSpans), NS: spansJSON(h.NegativeSpans), PB: []string{}, NB: []string{},
				CV: cvJSON(h.CustomValues),
			}
			for _, b := range h.PositiveBuckets {
				s.PB = append(s.PB, i64s(b))
			}
			for _, b := range h.NegativeBuckets {
				s.NB = append(s.NB, i64s(b))
			}
		case chunkenc.ValFloatHistogram:
			t, h := it.AtFloatHistogram(nil)
			s = histSample{
				T: i64s(t), Hint: uint8(h.CounterResetHint), Schema: h.Schema, ZT: fbits(h.ZeroThreshold),
				ZC: fbits(h.ZeroCount), Count: fbits(h.Count), Sum: fbits(h.Sum),
				PS: spansJSON(h.PositiveSpans), NS: spansJSON(h.NegativeSpans), PB: []string{}, NB: []string{},
				CV: cvJSON(h.CustomValues),
			}
			for _, b := range h.PositiveBuckets {
				s.PB = append(s.PB, fbits(b))
			}
			for _, b := range h.NegativeBuckets {
				s.NB = append(s.NB, fbits(b))
			}
		default:
			panic("unexpected value type")
		}
		out.Samples = append(out.Samples, s)
	}
	must(it.Err())
	if len(out.Samples) != c.NumSamples() {
		panic("iterator read fewer samples than the chunk holds")
	}
	return out
}

// appendAll feeds histograms through Prometheus's appender exactly as the head does (prev appender
// for the counter-reset header, recoding allowed), cutting a fresh chunk every samplesPerChunk.
func appendAll(name string, enc chunkenc.Encoding, ts []int64, hs []*histogram.Histogram, fhs []*histogram.FloatHistogram) histCase {
	hc := histCase{Name: name}
	var cur chunkenc.Chunk
	var app, prev chunkenc.Appender
	newChunk := func() {
		if enc == chunkenc.EncHistogram {
			cur = chunkenc.NewHistogramChunk()
		} else {
			cur = chunkenc.NewFloatHistogramChunk()
		}
		var err error
		prev = app
		app, err = cur.Appender()
		must(err)
	}
	var done []chunkenc.Chunk
	for i, t := range ts {
		if cur == nil || cur.NumSamples() >= samplesPerChunk {
			if cur != nil {
				done = append(done, cur)
			}
			newChunk()
		}
		var (
			nc       chunkenc.Chunk
			recoded  bool
			napp     chunkenc.Appender
			err      error
			prevForH = prev
		)
		if cur.NumSamples() > 0 {
			prevForH = nil
		}
		if hs != nil {
			nc, recoded, napp, err = app.AppendHistogram(prevForH, 0, t, hs[i], false)
		} else {
			nc, recoded, napp, err = app.AppendFloatHistogram(prevForH, 0, t, fhs[i], false)
		}
		must(err)
		if nc != nil {
			if !recoded {
				done = append(done, cur)
				prev = app
			}
			cur = nc
		}
		app = napp
	}
	done = append(done, cur)
	for _, c := range done {
		hc.Chunks = append(hc.Chunks, readHistChunk(c))
	}
	return hc
}

type histShape struct {
	schema int32
	zt     float64
	ps, ns []histogram.Span
	cv     []float64
}

func nBuckets(sp []histogram.Span) int {
	n := 0
	for _, s := range sp {
		n += int(s.Length)
	}
	return n
}

// intHists makes a counter-like series of integer histograms of the given shape; resetAt lists
// sample indexes where all counts fall back; stale lists indexes replaced by stale markers.
func intHists(r *rand.Rand, n int, sh histShape, hint histogram.CounterResetHint, gauge bool, resetAt, stale map[int]bool) ([]int64, []*histogram.Histogram) {
	np, nn := nBuckets(sh.ps), nBuckets(sh.ns)
	pAbs, nAbs := make([]int64, np), make([]int64, nn)
	var zc uint64
	sum := 0.0
	var ts []int64
	var hs []*histogram.Histogram
	t := int64(1_700_000_000_000)
	for i := 0; i < n; i++ {
		t += 15_000 + int64(r.Intn(40))
		ts = append(ts, t)
		if stale[i] {
			hs = append(hs, &histogram.Histogram{Sum: math.Float64frombits(staleNaN)})
			continue
		}
		if resetAt[i] {
			for j := range pAbs {
				pAbs[j] = int64(r.Intn(3))
			}
			for j := range nAbs {
				nAbs[j] = int64(r.Intn(3))
			}
			zc, sum = uint64(r.Intn(2)), 0
		}
		step := func(v int64) int64 {
			if gauge {
				return max(0, v+int64(r.Intn(21)-10))
			}
			return v + int64(r.Intn(50))
		}
		for j := range pAbs {
			pAbs[j] = step(pAbs[j])
		}
		for j := range nAbs {
			nAbs[j] = step(nAbs[j])
		}
		zc = uint64(step(int64(zc)))
		sum += r.Float64() * 100
		if gauge {
			sum = r.NormFloat64() * 1000
		}
		h := &histogram.Histogram{
			Schema: sh.schema, ZeroThreshold: sh.zt, ZeroCount: zc, Sum: sum,
			PositiveSpans: sh.ps, NegativeSpans: sh.ns, CustomValues: sh.cv,
		}
		count := zc
		var prev int64
		for _, v := range pAbs {
			h.PositiveBuckets = append(h.PositiveBuckets, v-prev)
			prev = v
			count += uint64(v)
		}
		prev = 0
		for _, v := range nAbs {
			h.NegativeBuckets = append(h.NegativeBuckets, v-prev)
			prev = v
			count += uint64(v)
		}
		h.Count = count
		switch {
		case gauge:
			h.CounterResetHint = histogram.GaugeType
		case i == 0:
			h.CounterResetHint = hint
		}
		hs = append(hs, h)
	}
	return ts, hs
}

func histogramCases(r *rand.Rand) []histCase {
	spans2 := []histogram.Span{{Offset: -2, Length: 3}, {Offset: 4, Length: 2}}
	spans3 := []histogram.Span{{Offset: 0, Length: 1}, {Offset: 1, Length: 2}, {Offset: 10, Length: 1}}
	neg := []histogram.Span{{Offset: 1, Length: 2}}
	custom := histShape{
		schema: -53, ps: []histogram.Span{{Offset: 0, Length: 4}, {Offset: 2, Length: 3}},
		cv: []float64{0.001, 0.1, 0.5, 1, 2.5, 5, 10, 33554.43, 1e10, 0.0001, 12.3456},
	}
	none := map[int]bool{}
	type c struct {
		name   string
		n      int
		sh     histShape
		hint   histogram.CounterResetHint
		gauge  bool
		resets map[int]bool
		stale  map[int]bool
	}
	cases := []c{
		{"schema3_zero_threshold_frexp", 30, histShape{schema: 3, zt: math.Ldexp(0.5, -127), ps: spans2, ns: neg}, histogram.UnknownCounterReset, false, none, none},
		{"schema0_zero_threshold_full", 25, histShape{schema: 0, zt: 0.001, ps: spans3}, histogram.NotCounterReset, false, none, none},
		{"schema_minus4_no_zero_threshold", 30, histShape{schema: -4, zt: 0, ps: spans2, ns: spans3}, histogram.CounterReset, false, none, none},
		{"schema8_many_chunks", 125, histShape{schema: 8, zt: 1e-128, ps: spans3, ns: spans2}, histogram.UnknownCounterReset, false, none, none},
		{"counter_resets", 60, histShape{schema: 1, zt: 0.5, ps: spans2}, histogram.UnknownCounterReset, false, map[int]bool{20: true, 41: true}, none},
		{"gauge", 30, histShape{schema: 2, zt: 0.25, ps: spans2, ns: neg}, histogram.GaugeType, true, none, none},
		{"stale_markers", 40, histShape{schema: 3, zt: 0.001, ps: spans2, ns: neg}, histogram.UnknownCounterReset, false, none, map[int]bool{7: true, 8: true, 25: true}},
		{"empty_buckets", 20, histShape{schema: 0}, histogram.UnknownCounterReset, false, none, none},
		{"schema12_reported_as_schema8", 12, histShape{schema: 12, zt: 0.001, ps: []histogram.Span{{Offset: -5, Length: 7}, {Offset: 20, Length: 3}, {Offset: 1, Length: 1}}, ns: []histogram.Span{{Offset: 3, Length: 5}}}, histogram.UnknownCounterReset, false, none, none},
		{"custom_buckets", 30, custom, histogram.UnknownCounterReset, false, none, map[int]bool{20: true}},
	}
	var out []histCase
	for _, cc := range cases {
		ts, hs := intHists(r, cc.n, cc.sh, cc.hint, cc.gauge, cc.resets, cc.stale)
		out = append(out, appendAll(cc.name, chunkenc.EncHistogram, ts, hs, nil))
	}
	// A layout change mid-chunk (a new bucket appears): the appender recodes the chunk.
	ts, hs := intHists(r, 30, histShape{schema: 3, zt: 0.001, ps: spans2}, histogram.UnknownCounterReset, false, none, none)
	for i := 15; i < 30; i++ {
		h := hs[i].Copy()
		h.PositiveSpans = []histogram.Span{{Offset: -2, Length: 3}, {Offset: 1, Length: 1}, {Offset: 2, Length: 2}}
		h.PositiveBuckets = append(append(append([]int64{}, h.PositiveBuckets[:3]...), 5), h.PositiveBuckets[3]-5, h.PositiveBuckets[4])
		h.Count += uint64(5)
		hs[i] = h
	}
	out = append(out, appendAll("recoded_new_bucket", chunkenc.EncHistogram, ts, hs, nil))
	return out
}

func floatHistogramCases(r *rand.Rand) []histCase {
	var out []histCase
	for _, ic := range histogramCases(r) {
		// Turn the integer series into float histograms with fractional counts, then re-append.
		var ts []int64
		var fhs []*histogram.FloatHistogram
		for _, ch := range ic.Chunks {
			for _, s := range ch.Samples {
				t, _ := strconv.ParseInt(s.T, 10, 64)
				ts = append(ts, t)
				fhs = append(fhs, sampleToFloat(r, s, ic.Name))
			}
		}
		out = append(out, appendAll(ic.Name, chunkenc.EncFloatHistogram, ts, nil, fhs))
	}
	return out
}

func parseBits(s string) float64 {
	u, err := strconv.ParseUint(s, 16, 64)
	must(err)
	return math.Float64frombits(u)
}

func sampleToFloat(r *rand.Rand, s histSample, name string) *histogram.FloatHistogram {
	sum := parseBits(s.Sum)
	if math.Float64bits(sum) == staleNaN {
		return &histogram.FloatHistogram{Sum: sum}
	}
	spans := func(j [][2]int64) []histogram.Span {
		var o []histogram.Span
		for _, x := range j {
			o = append(o, histogram.Span{Offset: int32(x[0]), Length: uint32(x[1])})
		}
		return o
	}
	frac := func() float64 { return float64(r.Intn(8)) / 8 }
	fh := &histogram.FloatHistogram{
		CounterResetHint: histogram.CounterResetHint(s.Hint), Schema: s.Schema, ZeroThreshold: parseBits(s.ZT),
		Sum: sum, PositiveSpans: spans(s.PS), NegativeSpans: spans(s.NS),
	}
	if fh.CounterResetHint == histogram.NotCounterReset {
		fh.CounterResetHint = histogram.UnknownCounterReset
	}
	zc, _ := strconv.ParseUint(s.ZC, 10, 64)
	fh.ZeroCount = float64(zc) + frac()
	count := fh.ZeroCount
	var acc int64
	for _, d := range s.PB {
		v, _ := strconv.ParseInt(d, 10, 64)
		acc += v
		b := float64(acc) + frac()/4
		fh.PositiveBuckets = append(fh.PositiveBuckets, b)
		count += b
	}
	acc = 0
	for _, d := range s.NB {
		v, _ := strconv.ParseInt(d, 10, 64)
		acc += v
		b := float64(acc) * 1.5
		fh.NegativeBuckets = append(fh.NegativeBuckets, b)
		count += b
	}
	fh.Count = count
	for _, c := range s.CV {
		fh.CustomValues = append(fh.CustomValues, parseBits(c))
	}
	_ = name
	return fh
}

func main() {
	dir := ".."
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	r := rand.New(rand.NewSource(20240601))
	fs := floatSeries(r)
	var xc []floatCase
	for _, name := range floatOrder {
		xc = append(xc, xorCase(name, fs[name]))
	}
	writeJSON(dir, "xor.json", map[string]any{"encoding": 1, "cases": xc})
	writeJSON(dir, "xor2.json", map[string]any{"encoding": 4, "cases": xor2Series(rand.New(rand.NewSource(7)))})
	writeJSON(dir, "histogram.json", map[string]any{"encoding": 2, "cases": histogramCases(rand.New(rand.NewSource(11)))})
	writeJSON(dir, "float_histogram.json", map[string]any{"encoding": 3, "cases": floatHistogramCases(rand.New(rand.NewSource(13)))})
}
