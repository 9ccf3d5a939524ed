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

	"github.com/lrtkeeper/lrtkeeper/internal/config"
)

// Version is set at build time with -ldflags "-X main.Version=...".
var Version = "dev"

const usage = `usage:
  lrtkeeper [--log-format json|console] [--log-level LEVEL] COMMAND [flags]

commands:
  run --config config.yaml [--for 30s]   run until SIGINT/SIGTERM or for the given time
  validate --config config.yaml [--chain]  check a config and the signing key it needs; --chain: also the contracts, oracles, gas and approvals on chain
  status --config config.yaml [--json]   print the published oracle: assets, markets, riskiest positions
  bench [--protocol P] [--positions N]   measure the engine on a synthetic book (JSON)
  bench e2e [--positions N] [--ticks N]  measure price block -> liquidation sent on anvil (JSON)
  healthcheck [--url URL]                exit 0 if a running daemon's /readyz answers 200 (container HEALTHCHECK)
  version                                print the version

Run "lrtkeeper COMMAND --help" for a command's flags.` + envAndExit

// envAndExit ends every help text.
const envAndExit = `

environment:
  LRTKEEPER_PRIVATE_KEY   signing key (hex); else wallet.keystore + wallet.password_file
  LRTKEEPER_RPC_URL       chain.rpc_url of the shipped config (unset: the embedded chain)
  LRTKEEPER_REDIS_URL     redis.url of the shipped config (unset: the embedded Redis)
  LRTKEEPER_CHAIN_ID      chain.chain_id of the shipped config
  LRTKEEPER_LOG_FORMAT    json | console (the --log-format flag wins)
  LRTKEEPER_LOG_LEVEL     debug | info | warn | error (the --log-level flag wins)
  any ${VAR} the config names

exit codes:
  0  success (run: stopped by a signal or --for)
  1  runtime failure
  2  bad usage, configuration or signing key`

const runUsage = `usage: lrtkeeper run [--config config.yaml] [--for DURATION]
  --config PATH    the YAML config (default config.yaml)
  --for DURATION   stop after this long, with a unit: 30s, 5m, 2h (default: until SIGINT/SIGTERM)` + envAndExit

const validateUsage = `usage: lrtkeeper validate [--config config.yaml] [--chain]
  --config PATH    the YAML config (default config.yaml)
  --chain          also check the config against its RPC endpoints
Checks the config and, when it needs one (liquidation, deleverage or
on-chain publishing on a real chain), that the signing key loads: the
private key parses, or the keystore decrypts with its password file.

With --chain it then reads the chain, as the daemon would at start: each
endpoint answers and serves chain.chain_id; every configured contract has
code; each market's oracle, each asset's fair value and market sources
and each Aave reserve's price answer; the key has gas; in inventory mode
the key holds the debt tokens and has approved the protocols to pull
them; the executor is the key's and managed positions authorised it.
It prints one line per check, "ok   <what>" or "FAIL <what>: <why>"
(and "WARN" for gas under 0.05 ETH or a lagging endpoint), and exits 1
when a check failed. An embedded-chain config cannot be checked (exit 2).` + envAndExit

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// logOverride is the log format and level given on the command line or in
// the environment, applied over the config's.
type logOverride struct{ format, level string }

func (o logOverride) apply(c *config.Log) error {
	if o.format != "" {
		if o.format != "json" && o.format != "console" {
			return fmt.Errorf("--log-format %q: want json or console", o.format)
		}
		c.Format = o.format
	}
	if o.level != "" {
		switch o.level {
		case "debug", "info", "warn", "error":
		default:
			return fmt.Errorf("--log-level %q: want debug, info, warn or error", o.level)
		}
		c.Level = o.level
	}
	return nil
}

// globalFlags takes the flags given before the command.
func globalFlags(args []string, getenv func(string) string) (logOverride, []string, error) {
	o := logOverride{format: getenv("LRTKEEPER_LOG_FORMAT"), level: getenv("LRTKEEPER_LOG_LEVEL")}
	for len(args) > 0 && strings.HasPrefix(args[0], "--log-") {
		name, value, ok := strings.Cut(args[0], "=")
		args = args[1:]
		if !ok {
			if len(args) == 0 {
				return o, nil, fmt.Errorf("%s needs a value", name)
			}
			value, args = args[0], args[1:]
		}
		switch name {
		case "--log-format":
			o.format = value
		case "--log-level":
			o.level = value
		default:
			return o, nil, fmt.Errorf("unknown flag %s", name)
		}
	}
	return o, args, nil
}

// wantsHelp reports a -h, -help or --help among args.
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "-h" || a == "-help" || a == "--help" {
			return true
		}
	}
	return false
}

// run executes one command and returns the process exit code: 0 on success,
// 1 on a runtime failure, 2 on bad usage or configuration.
func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	logFlags, args, err := globalFlags(args, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "lrtkeeper: %s\n%s\n", err, usage)
		return 2
	}
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
		if wantsHelp(rest) {
			fmt.Fprintln(stdout, benchUsage+envAndExit)
			return 0
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return runBench(ctx, rest, stdout, stderr)
	case "status":
		if wantsHelp(rest) {
			fmt.Fprintln(stdout, statusUsage)
			return 0
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		return runStatus(ctx, rest, stdout, stderr, getenv)
	case "healthcheck":
		return runHealthcheck(context.Background(), rest, stdout, stderr)
	case "help", "--help", "-h":
		fmt.Fprintln(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "lrtkeeper: unknown command %q\n%s\n", cmd, usage)
		return 2
	}
	help := runUsage
	if cmd == "validate" {
		help = validateUsage
	}
	if wantsHelp(rest) {
		fmt.Fprintln(stdout, help)
		return 0
	}
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	configPath := fs.String("config", "config.yaml", "path to the YAML config")
	var runFor *time.Duration
	var checkChain *bool
	if cmd == "run" {
		runFor = fs.Duration("for", 0, "stop after this long (0 = until a signal)")
	} else {
		checkChain = fs.Bool("chain", false, "also check the config against its RPC endpoints")
	}
	if err := fs.Parse(rest); err != nil {
		msg := oneLine(err.Error())
		if strings.Contains(msg, "-for") {
			msg += ": a duration needs a unit, e.g. 30s, 5m or 2h"
		}
		fmt.Fprintf(stderr, "lrtkeeper %s: %s\n%s\n", cmd, msg, help)
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
	if err := checkEmbeddedBuild(cfg); err != nil { // only a -tags noembedded build refuses
		fmt.Fprintf(stderr, "lrtkeeper: %s: %s\n", *configPath, err)
		return 2
	}
	if err := logFlags.apply(&cfg.Log); err != nil {
		fmt.Fprintf(stderr, "lrtkeeper: %s\n", err)
		return 2
	}
	if cmd == "validate" {
		if *checkChain && cfg.EmbeddedChain() {
			fmt.Fprintf(stderr, "lrtkeeper: %s: %s\n", *configPath, errEmbeddedChain)
			return 2
		}
		if err := checkKey(cfg, getenv); err != nil {
			fmt.Fprintf(stderr, "lrtkeeper: %s: %s\n", *configPath, oneLine(err.Error()))
			return 2
		}
		if *checkChain {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			failed, err := validateChain(ctx, cfg, getenv, stdout)
			if err != nil {
				fmt.Fprintf(stderr, "lrtkeeper: %s: %s\n", *configPath, oneLine(err.Error()))
				return 2
			}
			if failed > 0 {
				fmt.Fprintf(stderr, "lrtkeeper: %s: %d checks failed\n", *configPath, failed)
				return 1
			}
		}
		fmt.Fprintf(stdout, "%s: ok\n", *configPath)
		return 0
	}
	if *runFor < 0 {
		fmt.Fprintln(stderr, "lrtkeeper run: --for must not be negative")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal starts the orderly stop; a second one kills at once.
	context.AfterFunc(ctx, stop)
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
	log.Info().Float64("uptime_s", time.Since(startedAt).Seconds()).Msg("lrtkeeper stopped")
	return 0
}

// checkKey loads the signing key the config needs, as run would: on a real
// chain liquidation, deleverage and on-chain publishing sign; a key given
// in the environment must parse whatever the config.
func checkKey(cfg *config.Config, getenv func(string) string) error {
	needed := !cfg.EmbeddedChain() && (cfg.Liquidation.Enabled || cfg.OnChain.Enabled || len(cfg.Deleverage.Positions) > 0)
	given := getenv(config.EnvPrivateKey) != "" || cfg.Wallet.Keystore != ""
	if !needed && !given {
		return nil
	}
	_, err := config.LoadKey(cfg.Wallet, getenv)
	return err
}

var startedAt = time.Now()

// oneLine keeps an error to one line for the terminal.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
