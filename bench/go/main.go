// Command bench-go is the Go reference side of `npm run bench` (bench/micro.bench.ts): the same
// micro cases our engines run, measured on Prometheus's own code (module
// github.com/prometheus/prometheus, the version pinned in go.mod), so every ratio in
// bench/results/micro.md compares like with like on one machine in one run.
//
//	bench-go run --plan FILE     measure the cases the plan names, print one JSON document
//	bench-go wide --out DIR [--series N] [--labels L]
//	                             write the BenchmarkOpenBlock block (N series × L labels)
//	bench-go series --out DIR [--series N] [--samples S] [--interval D] [--end MS]
//	                             write the end-to-end blocks: N realistic series scraped S times,
//	                             one block per 2h window (bench/e2e.bench.ts)
//	bench-go client --addr HOST:PORT --request B64 [--deadline D]
//	                             the end-to-end benchmark's StoreAPI client (grpc-go, as the
//	                             Querier): Series calls on request from stdin (client.go)
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "run":
		err = runPlan(os.Args[2:])
	case "wide":
		err = runWide(os.Args[2:])
	case "series":
		err = runSeries(os.Args[2:])
	case "client":
		err = runClient(os.Args[2:])
	case "-h", "--help", "help":
		usage()
		return
	default:
		fmt.Fprintf(os.Stderr, "bench-go: unknown subcommand %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench-go %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}

func usage() {
	fmt.Fprint(os.Stderr, `usage:
  bench-go run --plan FILE
  bench-go wide --out DIR [--series N] [--labels L] [--seed S]
  bench-go series --out DIR [--series N] [--samples S] [--interval D] [--end MS] [--seed S]
  bench-go client --addr HOST:PORT --request B64 [--deadline D]
`)
}
