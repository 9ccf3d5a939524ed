//go:build !noembedded

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/lrtkeeper/lrtkeeper/internal/benche2e"
)

const benchE2EUsage = `usage: lrtkeeper bench e2e [--positions N] [--ticks N] [--max-per-tick N] [--gap D] [--seed N] [--mode M] [--daemon PATH] [--quickack] [--keep]
  --positions N     Morpho positions seeded into anvil's storage (default 100000)
  --ticks N         timed oracle price updates (default 20)
  --max-per-tick N  each tick makes 1 to N positions liquidatable (default 20)
  --gap D           idle time between ticks, as between blocks on a chain (default 250ms)
  --seed N          seed of the book and the read-back sample (default 1)
  --mode M          the daemon's liquidation mode: inventory (the keeper holds the WETH it
                    repays) or callback (through a KeeperExecutor that sells the seized
                    ezETH on the devnet Curve pool; no WETH) (default inventory)
  --daemon PATH     lrtkeeper binary to run as the daemon (default: this one)
  --quickack        diagnostic: reach anvil through a relay that disables delayed ACKs,
                    removing the ~40 ms stalls of anvil's WebSocket replies (Linux)
  --keep            keep the work directory (process logs, config) after success
anvil comes from $LRTKEEPER_ANVIL, tools/node_modules/.bin/anvil or PATH;
redis-server from PATH. Prints one JSON object (see internal/benche2e).`

// runBenchE2E runs the end-to-end latency bench against anvil and
// redis-server and prints its result as one JSON object.
func runBenchE2E(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench e2e", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	o := benche2e.Options{Progress: stderr}
	fs.IntVar(&o.Positions, "positions", benche2e.DefaultPositions, "")
	fs.IntVar(&o.Ticks, "ticks", benche2e.DefaultTicks, "")
	fs.IntVar(&o.MaxPerTick, "max-per-tick", benche2e.DefaultMaxPerTick, "")
	fs.DurationVar(&o.Gap, "gap", benche2e.DefaultGap, "")
	fs.Uint64Var(&o.Seed, "seed", 1, "")
	fs.StringVar(&o.Mode, "mode", benche2e.ModeInventory, "")
	fs.StringVar(&o.Daemon, "daemon", "", "")
	fs.BoolVar(&o.QuickAck, "quickack", false, "")
	fs.BoolVar(&o.KeepDir, "keep", false, "")
	err := fs.Parse(args)
	bad := o.Positions < 1 || o.Ticks < 1 || o.MaxPerTick < 1 || o.Gap <= 0
	badMode := o.Mode != benche2e.ModeInventory && o.Mode != benche2e.ModeCallback
	if err != nil || fs.NArg() > 0 || bad || badMode || o.Ticks*o.MaxPerTick > o.Positions {
		msg := "--positions must be at least --ticks × --max-per-tick"
		switch {
		case err != nil:
			msg = oneLine(err.Error())
		case fs.NArg() > 0:
			msg = fmt.Sprintf("unexpected argument %q", fs.Arg(0))
		case bad:
			msg = "--positions, --ticks, --max-per-tick and --gap must be positive"
		case badMode:
			msg = fmt.Sprintf("--mode must be %s or %s, got %q", benche2e.ModeInventory, benche2e.ModeCallback, o.Mode)
		}
		fmt.Fprintf(stderr, "lrtkeeper bench e2e: %s\n%s\n", msg, benchE2EUsage)
		return 2
	}
	if o.Daemon == "" {
		self, err := os.Executable()
		if err != nil {
			fmt.Fprintf(stderr, "lrtkeeper bench e2e: find this binary: %s\n", oneLine(err.Error()))
			return 1
		}
		o.Daemon = self
	}
	res, err := benche2e.Run(ctx, o)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench e2e: %s\n", oneLine(err.Error()))
		return 1
	}
	if err := json.NewEncoder(stdout).Encode(res); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper bench e2e: %s\n", oneLine(err.Error()))
		return 1
	}
	return 0
}
