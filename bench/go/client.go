package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protowire"
)

// The end-to-end benchmark's StoreAPI client (bench/e2e.bench.ts): Series calls made with the
// same gRPC stack the Thanos Querier uses (grpc-go, default transport settings: its flow-control
// window grows with the bandwidth-delay product, receive size unlimited as Thanos sets it), so a
// sidecar is measured against the client it serves in production. Responses stay raw bytes and
// are walked just deep enough to count series, chunks and samples (the first two bytes of each
// chunk hold its sample count), the same count whichever framing a sidecar uses.
//
// Line protocol on stdin/stdout, so the caller times calls and samples memory between them
// while one connection stays open:
//
//	stdin:  "series <shards>\n"  one call (shards 0) or <shards> concurrent calls, shard i of n
//	stdout: one JSON CallResult per request line

// rawCodec passes message bytes through: the request is encoded by the caller, and a response
// is tallied inside Unmarshal, so no message outlives its own walk.
type rawCodec struct{}

func (rawCodec) Marshal(v any) ([]byte, error) {
	b, ok := v.(*[]byte)
	if !ok {
		return nil, fmt.Errorf("rawCodec: cannot marshal %T", v)
	}
	return *b, nil
}

func (rawCodec) Unmarshal(data []byte, v any) error {
	t, ok := v.(*tally)
	if !ok {
		return fmt.Errorf("rawCodec: cannot unmarshal into %T", v)
	}
	return t.frame(data)
}

// Name "proto": the content subtype servers expect for protobuf StoreAPI calls.
func (rawCodec) Name() string { return "proto" }

// tally counts one call's responses (mirrors CallTally in bench/e2e-client.ts).
type tally struct {
	Series   int      `json:"series"`
	Chunks   int      `json:"chunks"`
	Samples  int      `json:"samples"`
	Bytes    int      `json:"bytes"`
	Frames   int      `json:"frames"`
	Warnings []string `json:"warnings"`
}

// fields walks the fields of one message, calling f with each field's number, wire type and
// (for length-delimited fields) payload.
func fields(b []byte, f func(num protowire.Number, typ protowire.Type, payload []byte) error) error {
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		var payload []byte
		if typ == protowire.BytesType {
			payload, n = protowire.ConsumeBytes(b)
		} else {
			n = protowire.ConsumeFieldValue(num, typ, b)
		}
		if n < 0 {
			return protowire.ParseError(n)
		}
		b = b[n:]
		if err := f(num, typ, payload); err != nil {
			return err
		}
	}
	return nil
}

// series walks Series{labels=1, chunks=2 AggrChunk{raw=3 Chunk{data=2}}}.
func (t *tally) series(b []byte) error {
	t.Series++
	return fields(b, func(num protowire.Number, typ protowire.Type, aggr []byte) error {
		if num != 2 || typ != protowire.BytesType {
			return nil
		}
		t.Chunks++
		return fields(aggr, func(num protowire.Number, typ protowire.Type, chunk []byte) error {
			if num != 3 || typ != protowire.BytesType {
				return nil
			}
			return fields(chunk, func(num protowire.Number, typ protowire.Type, data []byte) error {
				if num == 2 && typ == protowire.BytesType && len(data) >= 2 {
					t.Samples += int(data[0])<<8 | int(data[1])
				}
				return nil
			})
		})
	})
}

// frame adds one SeriesResponse{series=1, warning=2, hints=3, batch=4 SeriesBatch{series=1}}.
func (t *tally) frame(b []byte) error {
	t.Bytes += len(b)
	t.Frames++
	return fields(b, func(num protowire.Number, typ protowire.Type, p []byte) error {
		if typ != protowire.BytesType {
			return nil
		}
		switch num {
		case 1:
			return t.series(p)
		case 2:
			if len(t.Warnings) < 5 {
				t.Warnings = append(t.Warnings, string(p))
			}
		case 4:
			return fields(p, func(num protowire.Number, typ protowire.Type, s []byte) error {
				if num == 1 && typ == protowire.BytesType {
					return t.series(s)
				}
				return nil
			})
		}
		return nil
	})
}

// withShard returns req with SeriesRequest.shard_info (field 13) = ShardInfo{shard_index=1,
// total_shards=2, by=3 false, labels=4 none} appended: a later occurrence of a message field
// merges into (here: sets) the earlier one, so the caller's request needs no re-encoding.
func withShard(req []byte, index, total int) []byte {
	var si []byte
	if index != 0 {
		si = protowire.AppendTag(si, 1, protowire.VarintType)
		si = protowire.AppendVarint(si, uint64(index))
	}
	si = protowire.AppendTag(si, 2, protowire.VarintType)
	si = protowire.AppendVarint(si, uint64(total))
	out := append([]byte(nil), req...)
	out = protowire.AppendTag(out, 13, protowire.BytesType)
	return protowire.AppendBytes(out, si)
}

var seriesDesc = &grpc.StreamDesc{StreamName: "Series", ServerStreams: true}

func seriesCall(ctx context.Context, conn *grpc.ClientConn, req []byte) (*tally, error) {
	stream, err := conn.NewStream(ctx, seriesDesc, "/thanos.Store/Series", grpc.ForceCodec(rawCodec{}))
	if err != nil {
		return nil, err
	}
	if err := stream.SendMsg(&req); err != nil {
		return nil, err
	}
	if err := stream.CloseSend(); err != nil {
		return nil, err
	}
	t := &tally{Warnings: []string{}}
	for {
		if err := stream.RecvMsg(t); err != nil {
			if errors.Is(err, io.EOF) {
				return t, nil
			}
			return nil, err
		}
	}
}

type callResult struct {
	tally
	Ms       float64 `json:"ms"`
	PerShard []int   `json:"perShard,omitempty"`
	Error    string  `json:"error,omitempty"`
}

func runClient(args []string) error {
	fs := flag.NewFlagSet("client", flag.ExitOnError)
	addr := fs.String("addr", "", "StoreAPI gRPC address (host:port)")
	reqB64 := fs.String("request", "", "the SeriesRequest, protobuf-encoded, base64")
	deadline := fs.Duration("deadline", 15*time.Minute, "per-call deadline")
	if err := fs.Parse(args); err != nil {
		return err
	}
	req, err := base64.StdEncoding.DecodeString(*reqB64)
	if err != nil || *addr == "" {
		return fmt.Errorf("--addr and a base64 --request are required (%v)", err)
	}
	conn, err := grpc.NewClient(*addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(math.MaxInt32)),
	)
	if err != nil {
		return err
	}
	defer conn.Close()
	in := bufio.NewScanner(os.Stdin)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		var shards int
		if _, err := fmt.Sscanf(strings.TrimSpace(in.Text()), "series %d", &shards); err != nil {
			return fmt.Errorf("bad request line %q", in.Text())
		}
		if err := out.Encode(call(conn, req, shards, *deadline)); err != nil {
			return err
		}
	}
	return in.Err()
}

// call runs one Series call, or `shards` concurrent shard calls timed until the last ends.
func call(conn *grpc.ClientConn, req []byte, shards int, deadline time.Duration) callResult {
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	start := time.Now()
	if shards <= 0 {
		t, err := seriesCall(ctx, conn, req)
		if err != nil {
			return callResult{Error: err.Error(), Ms: ms(start)}
		}
		return callResult{tally: *t, Ms: ms(start)}
	}
	parts := make([]*tally, shards)
	errs := make([]error, shards)
	var wg sync.WaitGroup
	for i := range shards {
		wg.Go(func() { parts[i], errs[i] = seriesCall(ctx, conn, withShard(req, i, shards)) })
	}
	wg.Wait()
	r := callResult{Ms: ms(start), tally: tally{Warnings: []string{}}}
	for i, p := range parts {
		if errs[i] != nil {
			r.Error = fmt.Sprintf("shard %d: %v", i, errs[i])
			return r
		}
		r.Series += p.Series
		r.Chunks += p.Chunks
		r.Samples += p.Samples
		r.Bytes += p.Bytes
		r.Frames += p.Frames
		r.Warnings = append(r.Warnings, p.Warnings...)
		r.PerShard = append(r.PerShard, p.Series)
	}
	return r
}

func ms(start time.Time) float64 { return float64(time.Since(start).Nanoseconds()) / 1e6 }
