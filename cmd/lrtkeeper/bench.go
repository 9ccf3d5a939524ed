package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/benchbook"
	"github.com/lrtkeeper/lrtkeeper/internal/benche2e"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

const benchUsage = `usage: lrtkeeper bench [--positions N] [--ticks N] [--redis URL | --no-redis] [--rpc-positions N]
       lrtkeeper bench e2e [--positions N] [--ticks N]   (anvil + redis-server + the daemon: price block → liquidation sent)
  --positions N      synthetic Morpho book size (default 100000)
  --ticks N          price ticks to time (default 1000)
  --redis URL        redis-server to publish to (default: start one from PATH on a free port)
  --no-redis         leave the Redis figures out (a 1M-position snapshot needs ~1 GB of Redis)
  --rpc-positions N  positions opened on the simulated chain to count requests per block (default 10000; 0 skips)`

// runBench builds a synthetic book with exact math and prints one JSON
// object of measurements (docs/BENCHMARKS.md).
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "e2e" {
		return runBenchE2E(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	n := fs.Int("positions", 100_000, "")
	ticks := fs.Int("ticks", 1000, "")
	redisURL := fs.String("redis", "", "")
	noRedis := fs.Bool("no-redis", false, "")
	rpcPositions := fs.Int("rpc-positions", 10_000, "")
	if err := fs.Parse(args); err != nil || fs.NArg() > 0 || *n < 1000 || *ticks < 1 || *rpcPositions < 0 {
		msg := "bad arguments"
		if err != nil {
			msg = oneLine(err.Error())
		} else if *n < 1000 {
			msg = "--positions must be at least 1000"
		}
		fmt.Fprintf(stderr, "lrtkeeper bench: %s\n%s\n", msg, benchUsage)
		return 2
	}
	res, _, err := benchbook.Measure(*n, *ticks, 100, 1)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench: book: %s\n", oneLine(err.Error()))
		return 1
	}
	if !*noRedis {
		if err := benchRedis(ctx, &res, *redisURL); err != nil {
			fmt.Fprintf(stderr, "lrtkeeper bench: redis: %s\n", oneLine(err.Error()))
			return 1
		}
	}
	if *rpcPositions > 0 {
		rpc, err := benchbook.MeasureRPC(ctx, *rpcPositions, 10)
		if err != nil {
			fmt.Fprintf(stderr, "lrtkeeper bench: rpc: %s\n", oneLine(err.Error()))
			return 1
		}
		res.RPCPerBlock, res.RPCPositions = rpc.PerBlock, rpc.Positions
	}
	res.NaiveRPCPerBlock = benchbook.OldEngineRPCPerBlock(*n, 1)
	enc := json.NewEncoder(stdout)
	if err := enc.Encode(res); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench: %s\n", err)
		return 1
	}
	return 0
}

// benchRedis times a full snapshot of the book's size and a block's
// partial one (200 positions written) to a real redis-server.
func benchRedis(ctx context.Context, res *benchbook.Result, url string) error {
	if url == "" {
		addr, stop, err := benche2e.StartRedis(ctx)
		if err != nil {
			return err
		}
		defer stop()
		url = "redis://" + addr
	}
	opts, err := redis.ParseURL(url)
	if err != nil {
		return fmt.Errorf("--redis %q: %w", url, err)
	}
	rdb := redis.NewClient(opts)
	defer rdb.Close()
	pub := oracle.NewPublisher(zerolog.Nop(), rdb, "lrtbench:v1", 10*time.Minute, 100, nopPublishMetrics{})
	snap := oracle.SyntheticSnapshot(res.Positions, 1)
	// The first full write goes into an empty Redis (cold: it allocates
	// every record); a restarted daemon's goes over its previous data. The
	// figure is the median of fullWrites writes, the cold one among them.
	const fullWrites = 5
	full := make([]float64, fullWrites)
	for i := range full {
		t0 := time.Now()
		if err := pub.Publish(ctx, snap); err != nil {
			return err
		}
		full[i] = float64(time.Since(t0).Microseconds()) / 1000
	}
	res.RedisPublishColdMs = full[0]
	slices.Sort(full)
	res.RedisPublishFullMs = full[fullWrites/2]
	block := *snap
	block.Full = false
	block.Block.Number++
	block.Markets = append([]oracle.MarketRisk(nil), snap.Markets...)
	left := 200
	for i := range block.Markets {
		k := min(left, len(block.Markets[i].Positions))
		block.Markets[i].Positions = block.Markets[i].Positions[:k]
		left -= k
	}
	t0 := time.Now()
	if err := pub.Publish(ctx, &block); err != nil {
		return err
	}
	res.RedisPublishBlockMs = float64(time.Since(t0).Microseconds()) / 1000
	return rdb.FlushDB(ctx).Err()
}

type nopPublishMetrics struct{}

func (nopPublishMetrics) SnapshotPublished(bool, time.Duration) {}
