// Command lrtkeeper guards looped LRT positions: it reads market and fair
// prices, computes health as Morpho does, publishes a risk oracle to Redis,
// alerts, and liquidates.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

const usage = `usage:
  lrtkeeper run --config config.yaml [--for 30s]   run until SIGINT/SIGTERM or for the given time
  lrtkeeper validate --config config.yaml          check a config and exit
  lrtkeeper bench [--positions N] [--redis URL]     measure the engine on a synthetic book (JSON)
  lrtkeeper bench e2e [--positions N] [--ticks N]  measure price block → liquidation sent on anvil (JSON)
  lrtkeeper version                                print the version`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// run executes one command and returns the process exit code: 0 on success,
// 1 on a runtime failure, 2 on bad usage or configuration.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "version", "--version", "-v":
		fmt.Fprintf(stdout, "lrtkeeper %s\n", Version)
		return 0
	case "validate", "run":
	case "bench":
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return runBench(ctx, rest, stdout, stderr)
	case "help", "--help", "-h":
		fmt.Fprintln(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "lrtkeeper: unknown command %q\n%s\n", cmd, usage)
		return 2
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	configPath := fs.String("config", "config.yaml", "path to the YAML config")
	runFor := fs.Duration("for", 0, "stop after this long (0 = until a signal)")
	if err := fs.Parse(rest); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper %s: %s\n%s\n", cmd, oneLine(err.Error()), usage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "lrtkeeper %s: unexpected argument %q\n", cmd, fs.Arg(0))
		return 2
	}
	cfg, err := loadConfig(*configPath, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper: %s\n", oneLine(err.Error()))
		return 2
	}
	if cmd == "validate" {
		fmt.Fprintf(stdout, "%s: ok\n", *configPath)
		return 0
	}
	if *runFor < 0 {
		fmt.Fprintln(stderr, "lrtkeeper run: --for must not be negative")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *runFor > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, *runFor)
		defer cancel()
	}
	log := newLogger(cfg.Log, stdout)
	if err := runDaemon(ctx, log, cfg, getenv, stdout); err != nil {
		log.Error().Err(err).Msg("lrtkeeper stopped on error")
		fmt.Fprintf(stderr, "lrtkeeper: %s\n", oneLine(err.Error()))
		if errors.Is(err, errConfig) {
			return 2
		}
		return 1
	}
	log.Info().Dur("uptime", time.Since(startedAt)).Msg("lrtkeeper stopped")
	return 0
}

var startedAt = time.Now()

// oneLine keeps an error to one line for the terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
