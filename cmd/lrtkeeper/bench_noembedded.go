//go:build noembedded

package main

import (
	"context"
	"fmt"
	"io"
	"time"
)

// benchUsage explains that the benches are left out: they run the
// simulated chain, which a -tags noembedded build does not link.
const benchUsage = `usage: lrtkeeper bench ...
  not in this build: it was built without the embedded world (-tags noembedded);
  the benches run on a default build (go build ./cmd/lrtkeeper, make build-embedded)`

// runBench refuses with exit code 2: this build has no benches.
func runBench(_ context.Context, _ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "lrtkeeper bench: not in this build: it was built without the embedded world (-tags noembedded); use a default build (make build-embedded)")
	return 2
}

// nopPublishMetrics discards the publisher's metrics. bench.go defines it
// in the default build; the status tests use it in both.
type nopPublishMetrics struct{}

func (nopPublishMetrics) SnapshotPublished(bool, time.Duration) {}
