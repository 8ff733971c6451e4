package main

import (
	"context"
	"fmt"

	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/tsdb"
)

var matchTypes = map[string]labels.MatchType{
	"=":  labels.MatchEqual,
	"!=": labels.MatchNotEqual,
	"=~": labels.MatchRegexp,
	"!~": labels.MatchNotRegexp,
}

// benchMatchers runs tsdb.PostingsForMatchers over one block's index for each selector and
// expands the result, as the querier does before reading series.
func benchMatchers(dir string, sels []selector, b budget) ([]caseResult, error) {
	blk, err := tsdb.OpenBlock(nil, dir, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", dir, err)
	}
	defer blk.Close()
	ix, err := blk.Index()
	if err != nil {
		return nil, fmt.Errorf("%s: index: %w", dir, err)
	}
	defer ix.Close()
	ctx := context.Background()

	var out []caseResult
	for _, s := range sels {
		ms := make([]*labels.Matcher, 0, len(s.Matchers))
		for _, m := range s.Matchers {
			typ, ok := matchTypes[m.Op]
			if !ok {
				return nil, fmt.Errorf("selector %s: unknown match operator %q", s.ID, m.Op)
			}
			lm, err := labels.NewMatcher(typ, m.Name, m.Value)
			if err != nil {
				return nil, fmt.Errorf("selector %s: %w", s.ID, err)
			}
			ms = append(ms, lm)
		}
		var n int
		var sum uint64
		var opErr error
		t := measure(b, nil, func() {
			p, err := tsdb.PostingsForMatchers(ctx, ix, ms...)
			if err != nil {
				opErr = err
				return
			}
			n, sum, err = drain(p)
			if err != nil {
				opErr = err
			}
		})
		if opErr != nil {
			return nil, fmt.Errorf("selector %s: %w", s.Text, opErr)
		}
		c := caseResult{ID: s.ID, Check: postingsCheck(n, sum), timing: t}
		progress(c)
		out = append(out, c)
	}
	return out, nil
}
