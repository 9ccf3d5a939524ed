package benche2e

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

// Log lines the bench follows.
const (
	msgAlert        = "alert"
	msgBlock        = "block processed"
	msgRestored     = "book restored from checkpoint"
	msgBuilt        = "book built from chain"
	msgStoppedOnErr = "lrtkeeper stopped on error"
	alertSent       = "liquidation_sent"
	alertMined      = "liquidation_mined"
	alertFailed     = "liquidation_failed"
	alertSkipped    = "liquidation_skipped"
	// skipGuard is liquidation_skipped's reason when the oracle guard
	// holds a target.
	skipGuard = "oracle_implausible"
)

// checkpointRefused are the keeper's messages (keeper/sync.go) for a
// checkpoint it did not use.
var checkpointRefused = []string{
	"book checkpoint unreadable: building the book from the chain",
	"book checkpoint refused: building the book from the chain",
	"book checkpoint discarded: building the book from the chain",
}

// ErrDaemonExited is returned when the daemon stops while the bench waits
// for it.
var ErrDaemonExited = errors.New("daemon exited")

// daemonConfig is the daemon's config.yaml: the devnet's contracts, its
// three markets, the ezETH asset priced by the devnet feed alone (the
// price ticks move only the feed), liquidation on (see liquidationConfig),
// on-chain publishing off (its transactions would share the keeper's
// nonce), debug logs (for the "block processed" lines).
const daemonConfig = `log: {level: debug, format: json}
chain:
  rpc_url: %s
  chain_id: %d
  call_timeout: 5s
  multicall3: "%s"
  wrapped_native: "%s"
  start_block: %d
redis:
  url: %s
morpho:
  address: "%s"
assets:
  - symbol: ezETH
    token: "%s"
    fair_value: {kind: erc4626, contract: "%s"}
    market_price: {kind: chainlink, feed: "%s", heartbeat: 1h}
markets:
%s
liquidation: %s
tx: {receipt_query_interval: 50ms, resubmit_interval: 1m}
onchain: {enabled: false}
metrics: {listen: ""}
`

// The oracle guard the bench configures: the daemon's default, written out.
// It cannot hold: the markets with positions read the devnet feed, which is
// also the asset's only market-price source, so the oracle is 0 bps from
// the market price at every tick (and 20 ticks of 10 bps stay within
// 300 bps of the 1.02 fair value too). A held target would show as a
// liquidation_skipped line with reason oracle_implausible, which fails the
// tick.
const (
	guardMaxDeviationBps = 300
	guardPolicy          = "hold"
)

// liquidationConfig is the daemon's liquidation section: inventory mode
// without x, callback mode through x's executor with it.
func liquidationConfig(x *devnet.Execution) string {
	guard := fmt.Sprintf("oracle_guard: {max_deviation_bps: %d, policy: %s}", guardMaxDeviationBps, guardPolicy)
	if x == nil {
		return fmt.Sprintf(`{enabled: true, mode: %s, min_profit: "0", %s}`, ModeInventory, guard)
	}
	return fmt.Sprintf(`{enabled: true, mode: %s, executor: "%s", max_slippage_bps: %d, max_halvings: %d, min_profit: "0", %s}`,
		ModeCallback, x.Executor.Hex(), callbackSlippageBps, callbackHalvings, guard)
}

// writeDaemonConfig writes the daemon's config; x is the keeper's
// execution contracts in callback mode (nil in inventory mode), where each
// market sells its collateral on the devnet Curve pool (coin 1 ezETH for
// coin 0 WETH).
func writeDaemonConfig(path, wsURL, redisURL string, d *devnet.Deployment, x *devnet.Execution) error {
	venue := ""
	if x != nil {
		venue = fmt.Sprintf(", venue: {kind: curve, pool: \"%s\", i: 1, j: 0}", d.CurvePool.Hex())
	}
	var markets strings.Builder
	for _, m := range d.Markets {
		fmt.Fprintf(&markets, "  - {id: \"%s\", name: \"%s\", collateral: ezETH%s}\n", m.ID.Hex(), m.Name, venue)
	}
	body := fmt.Sprintf(daemonConfig, wsURL, d.ChainID.Uint64(), d.Multicall3.Hex(), d.WETH.Hex(), d.StartBlock,
		redisURL, d.Morpho.Hex(), d.LRT.Hex(), d.LRT.Hex(), d.PriceFeed.Hex(), markets.String(), liquidationConfig(x))
	return os.WriteFile(path, []byte(body), 0o600)
}

// logEvent is one followed line of the daemon's JSON log.
type logEvent struct {
	At        time.Time
	Message   string
	Alert     string
	Block     uint64
	Borrower  common.Address
	Tx        string
	Positions int
	Error     string
	Reason    string
	Stage     string
	Mode      string
	Partial   bool
	Seized    string
}

type logLine struct {
	Time      string `json:"time"`
	Message   string `json:"message"`
	Alert     string `json:"alert"`
	Block     uint64 `json:"block"`
	Borrower  string `json:"borrower"`
	Tx        string `json:"tx"`
	Positions int    `json:"positions"`
	Error     string `json:"error"`
	Reason    string `json:"reason"`
	Stage     string `json:"stage"`
	Mode      string `json:"mode"`
	Partial   bool   `json:"partial"`
	Seized    string `json:"seized_assets"`
}

// followed says whether a raw line may be one the bench follows, before
// decoding it.
func followed(line string) bool {
	return strings.Contains(line, `"alert":"liquidation_`) ||
		strings.Contains(line, `"message":"`+msgBlock+`"`) ||
		strings.Contains(line, `"message":"book `) ||
		strings.Contains(line, `"message":"`+msgStoppedOnErr+`"`)
}

// daemon is a running lrtkeeper whose stdout is written to a file and whose
// followed lines are kept in order. The reader never blocks on the bench:
// waiters are woken through a capacity-1 channel and read the slice under
// the lock.
type daemon struct {
	cmd     *exec.Cmd
	started time.Time
	logPath string

	mu     sync.Mutex
	events []logEvent
	wake   chan struct{}
	done   chan struct{} // closed after the process has been reaped
	err    error         // set before done is closed
}

// startDaemon runs bin with args; stdout lines go to <dir>/daemon.log,
// stderr to <dir>/daemon.stderr.
func startDaemon(bin string, args, env []string, dir string) (*daemon, error) {
	out, err := os.Create(filepath.Join(dir, "daemon.log"))
	if err != nil {
		return nil, fmt.Errorf("create daemon log: %w", err)
	}
	errf, err := os.Create(filepath.Join(dir, "daemon.stderr"))
	if err != nil {
		out.Close()
		return nil, fmt.Errorf("create daemon stderr: %w", err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stderr = errf
	cmd.SysProcAttr = sysProcAttr()
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		out.Close()
		errf.Close()
		return nil, fmt.Errorf("daemon stdout: %w", err)
	}
	d := &daemon{cmd: cmd, logPath: out.Name(), wake: make(chan struct{}, 1), done: make(chan struct{})}
	d.started = time.Now()
	if err := cmd.Start(); err != nil {
		out.Close()
		errf.Close()
		return nil, fmt.Errorf("start daemon %s: %w", bin, err)
	}
	go func() {
		defer close(d.done)
		defer errf.Close()
		defer out.Close()
		w := bufio.NewWriterSize(out, 1<<16)
		sc := bufio.NewScanner(pipe)
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			line := sc.Text()
			_, _ = w.WriteString(line)
			_ = w.WriteByte('\n')
			if followed(line) {
				d.add(line)
			}
		}
		_ = w.Flush()
		d.err = cmd.Wait()
		d.signal()
	}()
	return d, nil
}

func (d *daemon) add(line string) {
	var l logLine
	if json.Unmarshal([]byte(line), &l) != nil {
		return
	}
	at, err := time.Parse(time.RFC3339Nano, l.Time)
	if err != nil {
		return
	}
	ev := logEvent{At: at, Message: l.Message, Alert: l.Alert, Block: l.Block, Tx: l.Tx,
		Positions: l.Positions, Error: l.Error, Reason: l.Reason, Stage: l.Stage,
		Mode: l.Mode, Partial: l.Partial, Seized: l.Seized}
	if common.IsHexAddress(l.Borrower) {
		ev.Borrower = common.HexToAddress(l.Borrower)
	}
	d.mu.Lock()
	d.events = append(d.events, ev)
	d.mu.Unlock()
	d.signal()
}

func (d *daemon) signal() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// mark is the index the next followed event will have.
func (d *daemon) mark() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.events)
}

var (
	// errDone stops a wait successfully.
	errDone = errors.New("done")
	// errTimeout marks a wait that ran out of time.
	errTimeout = errors.New("timed out")
)

// wait hands every followed event from index from on to fn, in order,
// until fn returns errDone (success) or another error, the timeout passes,
// ctx ends or the daemon exits. It returns the index after the last event
// handed over.
func (d *daemon) wait(ctx context.Context, from int, timeout time.Duration, what string, fn func(ev logEvent) error) (int, error) {
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		d.mu.Lock()
		batch := d.events[from:len(d.events):len(d.events)]
		d.mu.Unlock()
		for _, ev := range batch {
			from++
			if err := fn(ev); errors.Is(err, errDone) {
				return from, nil
			} else if err != nil {
				return from, err
			}
		}
		select {
		case <-d.done:
			// Drain what the reader added before it saw EOF.
			if d.mark() > from {
				continue
			}
			return from, fmt.Errorf("%w while waiting for %s: %v%s", ErrDaemonExited, what, d.err, d.lastError())
		default:
		}
		select {
		case <-ctx.Done():
			return from, fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-timer.C:
			return from, fmt.Errorf("%w after %s waiting for %s", errTimeout, timeout, what)
		case <-d.wake:
		case <-d.done:
		}
	}
}

// lastError is the daemon's stop-on-error line, if any, for messages.
func (d *daemon) lastError() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := len(d.events) - 1; i >= 0; i-- {
		if d.events[i].Message == msgStoppedOnErr {
			return ": " + d.events[i].Error
		}
	}
	return ""
}

// stop sends SIGTERM and waits up to grace before killing it.
func (d *daemon) stop(grace time.Duration) error {
	if d == nil {
		return nil
	}
	select {
	case <-d.done:
		return nil
	default:
	}
	_ = d.cmd.Process.Signal(os.Interrupt) // an error means it is already gone
	select {
	case <-d.done:
		return nil
	case <-time.After(grace):
	}
	_ = d.cmd.Process.Kill()
	select {
	case <-d.done:
		return nil
	case <-time.After(stopGrace):
		return fmt.Errorf("daemon (pid %d) not reaped after SIGKILL", d.cmd.Process.Pid)
	}
}
