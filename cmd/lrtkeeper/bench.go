//go:build !noembedded

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
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

const benchUsage = `usage: lrtkeeper bench [--protocol P] [--positions N] [--ticks N] [--redis URL | --no-redis] [--rpc-positions N]
       lrtkeeper bench e2e [--positions N] [--ticks N]   (anvil + redis-server + the daemon: price block → liquidation sent)
  --protocol P       morpho_blue (default) or aave_v3: the engine to measure
  --positions N      synthetic book size: Morpho positions or Aave users (default 100000)
  --ticks N          price ticks to time (default 1000)
  --redis URL        redis-server to publish to (default: start one from PATH on a free port)
  --no-redis         leave the Redis figures out (a 1M-position snapshot needs ~1 GB of Redis)
  --rpc-positions N  positions opened on the simulated chain to count requests per block
                     (default 10000 for morpho_blue, 1000 for aave_v3; 0 skips)`

// benchEngine is what the command measures of one protocol.
type benchEngine struct {
	// measure measures a book of n positions and returns the snapshot
	// its Redis figures publish.
	measure func(n, ticks int) (benchbook.Result, func() (*oracle.Snapshot, error), error)
	// rpc counts requests per block with positions open on a simulated
	// chain; naiveRPC is what re-reading a book of n every block costs.
	rpc          func(ctx context.Context, positions int) (benchbook.RPC, error)
	naiveRPC     func(n int) int
	rpcPositions int
}

// benchEngines are the protocols `lrtkeeper bench` measures.
var benchEngines = map[string]benchEngine{
	strategies.ProtocolMorpho: {
		measure: func(n, ticks int) (benchbook.Result, func() (*oracle.Snapshot, error), error) {
			res, _, err := benchbook.Measure(n, ticks, 100, 1)
			return res, func() (*oracle.Snapshot, error) { return oracle.SyntheticSnapshot(n, 1), nil }, err
		},
		rpc: func(ctx context.Context, positions int) (benchbook.RPC, error) {
			return benchbook.MeasureRPC(ctx, positions, 10)
		},
		naiveRPC:     func(n int) int { return benchbook.OldEngineRPCPerBlock(n, 1) },
		rpcPositions: 10_000,
	},
	strategies.ProtocolAave: {
		measure: func(n, ticks int) (benchbook.Result, func() (*oracle.Snapshot, error), error) {
			res, b, err := benchbook.MeasureAave(n, ticks, 100, 1)
			if err != nil {
				return res, nil, err
			}
			return res, func() (*oracle.Snapshot, error) { return b.Snapshot(1) }, nil
		},
		rpc: func(ctx context.Context, positions int) (benchbook.RPC, error) {
			return benchbook.MeasureAaveRPC(ctx, positions, 10)
		},
		naiveRPC:     benchbook.AaveNaiveRPCPerBlock,
		rpcPositions: 1_000,
	},
}

// benchOutput is the printed JSON: the protocol, then the measurements.
type benchOutput struct {
	Protocol string `json:"protocol"`
	benchbook.Result
}

// runBench builds a synthetic book with exact math and prints one JSON
// object of measurements (docs/BENCHMARKS.md).
func runBench(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "e2e" {
		return runBenchE2E(ctx, args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	protocol := fs.String("protocol", strategies.ProtocolMorpho, "")
	n := fs.Int("positions", 100_000, "")
	ticks := fs.Int("ticks", 1000, "")
	redisURL := fs.String("redis", "", "")
	noRedis := fs.Bool("no-redis", false, "")
	rpcPositions := fs.Int("rpc-positions", 0, "")
	err := fs.Parse(args)
	engine, known := benchEngines[*protocol]
	if err != nil || fs.NArg() > 0 || !known || *n < 1000 || *ticks < 1 || *rpcPositions < 0 {
		msg := "bad arguments"
		switch {
		case err != nil:
			msg = oneLine(err.Error())
		case !known:
			msg = fmt.Sprintf("--protocol %q: want %s or %s", *protocol, strategies.ProtocolMorpho, strategies.ProtocolAave)
		case *n < 1000:
			msg = "--positions must be at least 1000"
		}
		fmt.Fprintf(stderr, "lrtkeeper bench: %s\n%s\n", msg, benchUsage)
		return 2
	}
	if !flagSet(fs, "rpc-positions") {
		*rpcPositions = engine.rpcPositions
	}
	res, snapshot, err := engine.measure(*n, *ticks)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench: book: %s\n", oneLine(err.Error()))
		return 1
	}
	if !*noRedis {
		if err := benchRedis(ctx, &res, *redisURL, snapshot); err != nil {
			fmt.Fprintf(stderr, "lrtkeeper bench: redis: %s\n", oneLine(err.Error()))
			return 1
		}
	}
	if *rpcPositions > 0 {
		rpc, err := engine.rpc(ctx, *rpcPositions)
		if err != nil {
			fmt.Fprintf(stderr, "lrtkeeper bench: rpc: %s\n", oneLine(err.Error()))
			return 1
		}
		res.RPCPerBlock, res.RPCPositions = rpc.PerBlock, rpc.Positions
	}
	res.NaiveRPCPerBlock = engine.naiveRPC(*n)
	enc := json.NewEncoder(stdout)
	if err := enc.Encode(benchOutput{Protocol: *protocol, Result: res}); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench: %s\n", err)
		return 1
	}
	return 0
}

// flagSet reports whether the command line set flag name.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

// benchRedis times a full snapshot of the book's size and a block's
// partial one (200 positions written) to a real redis-server.
func benchRedis(ctx context.Context, res *benchbook.Result, url string, snapshot func() (*oracle.Snapshot, error)) error {
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
	snap, err := snapshot()
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
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
