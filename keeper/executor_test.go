package keeper

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// execWait bounds every require.Eventually in these tests; execTick is its
// polling interval.
const (
	execWait = 5 * time.Second
	execTick = time.Millisecond
)

var execMarket = common.HexToHash("0x5e7f1a9b00000000000000000000000000000000000000000000000000000001")

// execBehavior is what the fake liquidator does for one borrower.
type execBehavior struct {
	planErr  error
	planGate chan struct{} // Plan waits for it to close, ignoring ctx, then returns a plan
	execGate chan struct{} // Execute waits for it to close (or for ctx)
	execFor  time.Duration // Execute takes this long (or until ctx ends)
	execErr  error
	rcptErr  bool // with execErr: the tx was mined and reverted, Execute returns its receipt too
	noSend   bool // Execute fails before sending (onSent not called)
}

type execPlanCall struct {
	borrower common.Address
	block    uint64
	ctxErr   error // of the ctx Plan was given, at entry
}

type execExecCall struct {
	borrower common.Address
	tx       *types.Transaction
	ctxErr   error // of the send ctx Execute was given, when it returned
	done     bool
}

// fakeExecLiquidator is a keeper.Liquidator whose behavior is set per
// borrower. It records every call and is safe for concurrent use.
type fakeExecLiquidator struct {
	mu       sync.Mutex
	behavior map[common.Address]execBehavior
	plans    []execPlanCall
	execs    []*execExecCall
	released []*strategies.Plan
	nonce    uint64
}

func newFakeExecLiquidator() *fakeExecLiquidator {
	return &fakeExecLiquidator{behavior: map[common.Address]execBehavior{}}
}

func (f *fakeExecLiquidator) set(b common.Address, bh execBehavior) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.behavior[b] = bh
}

func (f *fakeExecLiquidator) Plan(ctx context.Context, t strategies.Target) (*strategies.Plan, error) {
	f.mu.Lock()
	bh := f.behavior[t.Borrower]
	f.plans = append(f.plans, execPlanCall{borrower: t.Borrower, block: t.Block.Number, ctxErr: ctx.Err()})
	f.mu.Unlock()
	if bh.planGate != nil {
		<-bh.planGate
	} else if err := ctx.Err(); err != nil {
		// What the real liquidator does: its first RPC fails.
		return nil, fmt.Errorf("read loan token balance: %w", err)
	}
	if bh.planErr != nil {
		return nil, bh.planErr
	}
	return &strategies.Plan{
		Target:         t,
		Seized:         big.NewInt(5e18),
		ExpectedRepaid: big.NewInt(4e18),
		SeizedValue:    big.NewInt(41e17),
		GasLimit:       250_000,
		GasCost:        big.NewInt(1e15),
		Profit:         big.NewInt(2e16),
	}, nil
}

func (f *fakeExecLiquidator) Execute(ctx context.Context, p *strategies.Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	f.mu.Lock()
	bh := f.behavior[p.Target.Borrower]
	f.nonce++
	to := common.HexToAddress("0xBBBBBb5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b5b")
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(1), Nonce: f.nonce, GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(40e9),
		Gas: p.GasLimit, To: &to, Data: p.Target.Borrower.Bytes(),
	})
	call := &execExecCall{borrower: p.Target.Borrower, tx: tx}
	f.execs = append(f.execs, call)
	f.mu.Unlock()
	finish := func(rcpt *types.Receipt, err error) (*types.Receipt, error) {
		f.mu.Lock()
		defer f.mu.Unlock()
		call.ctxErr, call.done = ctx.Err(), true
		return rcpt, err
	}
	if bh.noSend {
		return finish(nil, bh.execErr)
	}
	onSent(tx)
	var timer <-chan time.Time
	if bh.execFor > 0 {
		timer = time.After(bh.execFor)
	}
	if bh.execGate != nil || timer != nil {
		select {
		case <-bh.execGate:
		case <-timer:
		case <-ctx.Done():
			return finish(nil, fmt.Errorf("wait for receipt of %s: %w", tx.Hash().Hex(), ctx.Err()))
		}
	}
	rcpt := &types.Receipt{
		TxHash: tx.Hash(), BlockNumber: big.NewInt(int64(p.Target.Block.Number) + 1),
		GasUsed: 180_000, Status: types.ReceiptStatusSuccessful,
	}
	if bh.execErr != nil {
		if !bh.rcptErr {
			return finish(nil, bh.execErr)
		}
		rcpt.Status = types.ReceiptStatusFailed
		return finish(rcpt, bh.execErr)
	}
	return finish(rcpt, nil)
}

func (f *fakeExecLiquidator) Release(p *strategies.Plan) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.released = append(f.released, p)
}

func (f *fakeExecLiquidator) planCalls(b common.Address) []execPlanCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []execPlanCall
	for _, c := range f.plans {
		if c.borrower == b {
			out = append(out, c)
		}
	}
	return out
}

func (f *fakeExecLiquidator) planCount(b common.Address) int { return len(f.planCalls(b)) }

func (f *fakeExecLiquidator) execCalls(b common.Address) []execExecCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []execExecCall
	for _, c := range f.execs {
		if c.borrower == b {
			out = append(out, *c)
		}
	}
	return out
}

func (f *fakeExecLiquidator) releasedFor(b common.Address) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, p := range f.released {
		if p.Target.Borrower == b {
			n++
		}
	}
	return n
}

// fakeExecMetrics is an ExecutorMetrics that counts outcomes.
type fakeExecMetrics struct {
	mu       sync.Mutex
	outcomes map[string]int
	profits  map[string][]float64
}

func (m *fakeExecMetrics) LiquidationAttempt(outcome string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.outcomes[outcome]++
}

func (m *fakeExecMetrics) LiquidationProfit(protocol, market string, profitWei float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.profits[protocol+" "+market] = append(m.profits[protocol+" "+market], profitWei)
}

func (m *fakeExecMetrics) outcome(o string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.outcomes[o]
}

func (m *fakeExecMetrics) snapshot() (map[string]int, map[string][]float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	o, p := map[string]int{}, map[string][]float64{}
	for k, v := range m.outcomes {
		o[k] = v
	}
	for k, v := range m.profits {
		p[k] = append([]float64(nil), v...)
	}
	return o, p
}

// fakeExecAlertMetrics is an AlertMetrics safe for the executor's workers.
type fakeExecAlertMetrics struct {
	mu     sync.Mutex
	counts map[string]int
}

func (m *fakeExecAlertMetrics) Alert(kind, state string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.counts[kind+"/"+state]++
}

func (m *fakeExecAlertMetrics) count(kind string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.counts[kind+"/"]
}

// execLog is a bytes.Buffer the executor's workers may log into at once.
type execLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *execLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *execLog) lines(t *testing.T) []map[string]any {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(l.buf.String(), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		out = append(out, m)
	}
	return out
}

type execHarness struct {
	t       *testing.T
	log     *execLog
	liq     *fakeExecLiquidator
	metrics *fakeExecMetrics
	alertM  *fakeExecAlertMetrics
	e       *Executor

	mu     sync.Mutex
	gates  []chan struct{}
	probes int
}

func newExecHarness(t *testing.T) *execHarness {
	t.Helper()
	h := &execHarness{
		t:       t,
		log:     &execLog{},
		liq:     newFakeExecLiquidator(),
		metrics: &fakeExecMetrics{outcomes: map[string]int{}, profits: map[string][]float64{}},
		alertM:  &fakeExecAlertMetrics{counts: map[string]int{}},
	}
	logger := zerolog.New(h.log).Level(zerolog.DebugLevel)
	h.e = NewExecutor(logger, h.liq, alerts.New(logger, h.alertM), h.metrics)
	h.e.DrainTimeout = execWait
	return h
}

// gate returns a channel for Plan or Execute to wait on; open closes it.
// Gates still closed when the test ends are opened before Run is stopped.
func (h *execHarness) gate() chan struct{} {
	h.mu.Lock()
	defer h.mu.Unlock()
	g := make(chan struct{})
	h.gates = append(h.gates, g)
	return g
}

func (h *execHarness) open(g chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for i, x := range h.gates {
		if x == g {
			close(g)
			h.gates = append(h.gates[:i], h.gates[i+1:]...)
			return
		}
	}
}

func (h *execHarness) openAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, g := range h.gates {
		close(g)
	}
	h.gates = nil
}

// run starts e.Run. The returned cancel ends its context; done receives
// Run's result. At the end of the test the context is cancelled, all gates
// are opened and Run must return.
func (h *execHarness) run() (context.CancelFunc, <-chan error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	returned := make(chan struct{})
	go func() { done <- h.e.Run(ctx); close(returned) }()
	h.t.Cleanup(func() {
		cancel()
		h.openAll()
		select {
		case <-returned:
		case <-time.After(2 * h.e.DrainTimeout):
			h.t.Error("Run did not return after cancel")
		}
	})
	return cancel, done
}

// pass offers targets plus a position whose plan is skipped, then waits until
// Run has taken the list and that probe's attempt has ended: every target
// before it has been claimed or refused by then (a claimed target's attempt
// may still be running).
func (h *execHarness) pass(block uint64, targets ...strategies.Target) {
	h.t.Helper()
	h.mu.Lock()
	h.probes++
	probe := common.BigToAddress(big.NewInt(int64(0xF000 + h.probes)))
	h.mu.Unlock()
	h.liq.set(probe, execBehavior{planErr: strategies.ErrUnprofitable})
	h.e.Offer(append(targets, execTarget(probe, block)))
	require.Eventually(h.t, func() bool { return h.liq.planCount(probe) == 1 }, execWait, execTick, "list of block %d not taken", block)
	h.waitReleased(probe)
}

// waitReleased waits until borrower's position is not in flight.
func (h *execHarness) waitReleased(borrower common.Address) {
	h.t.Helper()
	key := execMarket.Hex() + "|" + borrower.Hex()
	require.Eventually(h.t, func() bool {
		h.e.mu.Lock()
		defer h.e.mu.Unlock()
		return !h.e.inflight[key]
	}, execWait, execTick, "%s still in flight", borrower.Hex())
}

// waitIdle waits until no attempt is in flight.
func (h *execHarness) waitIdle() {
	h.t.Helper()
	require.Eventually(h.t, func() bool {
		h.e.mu.Lock()
		defer h.e.mu.Unlock()
		return len(h.e.inflight) == 0
	}, execWait, execTick, "attempts still in flight")
}

// alerts returns the alert events of kind about borrower, in order.
func (h *execHarness) alerts(kind string, borrower common.Address) []map[string]any {
	var out []map[string]any
	for _, l := range h.log.lines(h.t) {
		if l["message"] == "alert" && l["alert"] == kind && l["borrower"] == borrower.Hex() {
			out = append(out, l)
		}
	}
	return out
}

// allAlerts returns every alert event.
func (h *execHarness) allAlerts() []map[string]any {
	var out []map[string]any
	for _, l := range h.log.lines(h.t) {
		if l["message"] == "alert" {
			out = append(out, l)
		}
	}
	return out
}

func execBorrower(i int64) common.Address { return common.BigToAddress(big.NewInt(0xB000 + i)) }

func execTarget(b common.Address, block uint64) strategies.Target {
	return strategies.Target{
		Block:        chain.BlockRef{Number: block, Hash: common.BigToHash(new(big.Int).SetUint64(block))},
		MarketID:     execMarket,
		MarketName:   "ezETH/WETH",
		Borrower:     b,
		LoanIsNative: true,
	}
}

// TestExecutorCountsProfitByProtocol: a mined Aave liquidation's profit
// is counted under aave_v3, a Morpho one's under morpho_blue, each with its
// market.
func TestExecutorCountsProfitByProtocol(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	h.e.Aave = h.liq
	morphoB, aaveB := execBorrower(1), execBorrower(2)
	aaveT := execTarget(aaveB, 100)
	aaveT.MarketID, aaveT.MarketName = common.HexToHash("0xaa"), "ezETH/WETH e-mode"
	aaveT.Aave = &strategies.AaveTarget{}
	h.run()

	h.e.Offer([]strategies.Target{execTarget(morphoB, 100), aaveT})
	require.Eventually(t, func() bool { return h.metrics.outcome("mined") == 2 }, execWait, execTick)
	h.waitIdle()
	outcomes, profits := h.metrics.snapshot()
	require.Equal(t, map[string]int{"mined": 2}, outcomes)
	require.Equal(t, map[string][]float64{
		"morpho_blue ezETH/WETH":    {2e16},
		"aave_v3 ezETH/WETH e-mode": {2e16},
	}, profits)
}

func TestExecutorLiquidatesOnceWithSentAndMinedAlerts(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b := execBorrower(1)
	h.run()

	h.e.Offer([]strategies.Target{execTarget(b, 100)})
	require.Eventually(t, func() bool { return h.metrics.outcome("mined") == 1 }, execWait, execTick)
	h.waitIdle()

	require.Len(t, h.liq.planCalls(b), 1)
	execs := h.liq.execCalls(b)
	require.Len(t, execs, 1)
	require.True(t, execs[0].done)
	require.NoError(t, execs[0].ctxErr)
	require.Zero(t, h.liq.releasedFor(b), "an executed plan is not released by the executor")
	txHash := execs[0].tx.Hash().Hex()

	all := h.allAlerts()
	require.Len(t, all, 2, "sent then mined, nothing else")
	sent, mined := all[0], all[1]
	require.Equal(t, alerts.LiquidationSent, sent["alert"])
	require.Equal(t, b.Hex(), sent["borrower"])
	require.Equal(t, txHash, sent["tx"])
	require.Equal(t, "warning", sent["severity"])
	require.Equal(t, float64(1), sent["nonce"])
	require.Equal(t, "40000000000", sent["max_fee_per_gas"])
	require.Equal(t, "2000000000", sent["max_priority_fee_per_gas"])
	require.Equal(t, execMarket.Hex(), sent["market"])
	require.Equal(t, "ezETH/WETH", sent["market_name"])
	require.Equal(t, float64(100), sent["block"])
	require.Equal(t, "5000000000000000000", sent["seized_assets"])
	require.Equal(t, "4000000000000000000", sent["repaid_assets"])
	require.Equal(t, "20000000000000000", sent["expected_profit"])
	require.NotContains(t, sent, "state", "a one-off event has no state")

	require.Equal(t, alerts.LiquidationMined, mined["alert"])
	require.Equal(t, b.Hex(), mined["borrower"])
	require.Equal(t, txHash, mined["tx"], "mined names the tx that was sent")
	require.Equal(t, "info", mined["severity"])
	require.Equal(t, float64(101), mined["mined_block"])
	require.Equal(t, float64(180_000), mined["gas_used"])
	require.NotEmpty(t, mined["expected_profit_eth"])

	outcomes, profits := h.metrics.snapshot()
	require.Equal(t, map[string]int{"mined": 1}, outcomes)
	require.Equal(t, map[string][]float64{"morpho_blue ezETH/WETH": {2e16}}, profits, "by protocol and market")
	require.Equal(t, 1, h.alertM.count(alerts.LiquidationSent))
	require.Equal(t, 1, h.alertM.count(alerts.LiquidationMined))

	// A success leaves no backoff: the next block's pass may liquidate again
	// (the position reappears only if it is still liquidatable).
	h.pass(101, execTarget(b, 101))
	h.waitIdle()
	require.Len(t, h.liq.planCalls(b), 2)
}

func TestExecutorDedupesInFlightPosition(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b, other := execBorrower(1), execBorrower(2)
	g := h.gate()
	h.liq.set(b, execBehavior{execGate: g})
	h.run()

	h.pass(100, execTarget(b, 100))
	require.Eventually(t, func() bool { return len(h.liq.execCalls(b)) == 1 }, execWait, execTick)
	// Many passes see the position while its liquidation is still pending.
	for blk := uint64(101); blk <= 110; blk++ {
		h.pass(blk, execTarget(b, blk), execTarget(other, blk))
		// other was claimed before the probe; its attempt may still run.
		h.waitReleased(other)
		require.Equal(t, int(blk-100), h.liq.planCount(other))
	}
	require.Len(t, h.liq.planCalls(b), 1, "an in-flight position is not planned again")
	require.Len(t, h.liq.execCalls(b), 1)
	require.Equal(t, 10, h.liq.planCount(other), "the dedupe is per position: another borrower is worked every pass")

	h.open(g)
	require.Eventually(t, func() bool { return h.metrics.outcome("mined") == 11 }, execWait, execTick)
	h.waitIdle()
	require.Len(t, h.alerts(alerts.LiquidationSent, b), 1)
	require.Len(t, h.alerts(alerts.LiquidationMined, b), 1)

	// Once the attempt ended the position can be worked again.
	h.pass(111, execTarget(b, 111))
	h.waitIdle()
	require.Len(t, h.liq.planCalls(b), 2)
}

func TestExecutorPlanOutcomes(t *testing.T) {
	t.Parallel()
	skipped := []error{
		strategies.ErrUnprofitable,
		strategies.ErrNoSalePrice,
		strategies.ErrUnpricedLoanToken,
		strategies.ErrNothingToSeize,
		fmt.Errorf("market ezETH/WETH borrower 0xb: %w", strategies.ErrNoSalePrice),
		fmt.Errorf("%w: profit 1 < 2", strategies.ErrUnprofitable),
	}
	for _, planErr := range skipped {
		t.Run("skipped/"+planErr.Error(), func(t *testing.T) {
			t.Parallel()
			h := newExecHarness(t)
			b := execBorrower(1)
			h.liq.set(b, execBehavior{planErr: planErr})
			h.run()
			h.e.Offer([]strategies.Target{execTarget(b, 100)})
			require.Eventually(t, func() bool { return h.liq.planCount(b) == 1 }, execWait, execTick)
			h.waitIdle()

			all := h.allAlerts()
			require.Len(t, all, 1, "one liquidation_skipped alert")
			require.Equal(t, alerts.LiquidationSkipped, all[0]["alert"])
			require.Equal(t, b.Hex(), all[0]["borrower"])
			require.NotEmpty(t, all[0]["reason"])
			require.Contains(t, all[0]["detail"], planErr.Error())
			outcomes, _ := h.metrics.snapshot()
			require.Equal(t, map[string]int{"skipped": 1}, outcomes)
			require.Empty(t, h.liq.execCalls(b))
			require.Zero(t, h.liq.releasedFor(b))

			// Skipped again for the same reason: no second alert.
			h.e.Offer([]strategies.Target{execTarget(b, 101)})
			require.Eventually(t, func() bool { return h.liq.planCount(b) == 2 }, execWait, execTick)
			h.waitIdle()
			require.Len(t, h.allAlerts(), 1)
			// Gone from the list, then back: reported again.
			h.e.Offer(nil)
			require.Eventually(t, func() bool { // Run took the empty list
				h.e.mu.Lock()
				defer h.e.mu.Unlock()
				return len(h.e.skipped) == 0
			}, execWait, execTick)
			h.e.Offer([]strategies.Target{execTarget(b, 103)})
			require.Eventually(t, func() bool { return h.liq.planCount(b) == 3 }, execWait, execTick)
			h.waitIdle()
			require.Len(t, h.allAlerts(), 2)
		})
	}

	failed := []error{
		errors.New("rpc: connection refused"),
		fmt.Errorf("%w: execution reverted", strategies.ErrSimulationReverted),
		fmt.Errorf("check inventory: %w", strategies.ErrInsufficientInventory),
	}
	for _, planErr := range failed {
		t.Run("failed/"+planErr.Error(), func(t *testing.T) {
			t.Parallel()
			h := newExecHarness(t)
			b := execBorrower(1)
			h.liq.set(b, execBehavior{planErr: planErr})
			h.run()
			h.e.Offer([]strategies.Target{execTarget(b, 100)})
			require.Eventually(t, func() bool { return h.liq.planCount(b) == 1 }, execWait, execTick)
			h.waitIdle()

			all := h.allAlerts()
			require.Len(t, all, 1)
			a := all[0]
			require.Equal(t, alerts.LiquidationFailed, a["alert"])
			require.Equal(t, "plan", a["stage"])
			require.Equal(t, "warning", a["severity"])
			require.Equal(t, "warn", a["level"])
			require.Equal(t, b.Hex(), a["borrower"])
			require.Equal(t, planErr.Error(), a["reason"])
			require.NotContains(t, a, "tx")
			outcomes, _ := h.metrics.snapshot()
			require.Equal(t, map[string]int{"plan_failed": 1}, outcomes)
			require.Equal(t, 1, h.alertM.count(alerts.LiquidationFailed))
			require.Empty(t, h.liq.execCalls(b))
		})
	}
}

func TestExecutorExecuteFailure(t *testing.T) {
	t.Parallel()
	t.Run("reverted on chain", func(t *testing.T) {
		t.Parallel()
		h := newExecHarness(t)
		b := execBorrower(1)
		h.liq.set(b, execBehavior{execErr: errors.New("liquidation reverted"), rcptErr: true})
		h.run()
		h.e.Offer([]strategies.Target{execTarget(b, 100)})
		require.Eventually(t, func() bool { return h.metrics.outcome("failed") == 1 }, execWait, execTick)
		h.waitIdle()

		execs := h.liq.execCalls(b)
		require.Len(t, execs, 1)
		txHash := execs[0].tx.Hash().Hex()
		require.Len(t, h.alerts(alerts.LiquidationSent, b), 1)
		f := h.alerts(alerts.LiquidationFailed, b)
		require.Len(t, f, 1)
		require.Equal(t, "execute", f[0]["stage"])
		require.Equal(t, "critical", f[0]["severity"])
		require.Equal(t, "error", f[0]["level"])
		require.Equal(t, txHash, f[0]["tx"], "a mined revert names its tx")
		require.Equal(t, float64(101), f[0]["mined_block"])
		require.Equal(t, "liquidation reverted", f[0]["reason"])
		require.Empty(t, h.alerts(alerts.LiquidationMined, b))
		outcomes, profits := h.metrics.snapshot()
		require.Equal(t, map[string]int{"failed": 1}, outcomes)
		require.Empty(t, profits)
	})
	t.Run("not sent", func(t *testing.T) {
		t.Parallel()
		h := newExecHarness(t)
		b := execBorrower(1)
		h.liq.set(b, execBehavior{execErr: errors.New("nonce too low"), noSend: true})
		h.run()
		h.e.Offer([]strategies.Target{execTarget(b, 100)})
		require.Eventually(t, func() bool { return h.metrics.outcome("failed") == 1 }, execWait, execTick)
		h.waitIdle()

		all := h.allAlerts()
		require.Len(t, all, 1, "no sent alert for a tx never sent")
		require.Equal(t, alerts.LiquidationFailed, all[0]["alert"])
		require.Equal(t, "execute", all[0]["stage"])
		require.NotContains(t, all[0], "tx")
	})
}

func TestExecutorBacksOffFailedPositionInBlocks(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b, healthy := execBorrower(1), execBorrower(2)
	h.liq.set(b, execBehavior{planErr: errors.New("rpc: timeout")})
	key := execMarket.Hex() + "|" + b.Hex()
	backoff := func() retryAfter {
		h.e.mu.Lock()
		defer h.e.mu.Unlock()
		return h.e.backoff[key]
	}
	h.run()

	// Offer the position every block from 100 and record the blocks at which
	// it was attempted.
	for blk := uint64(100); blk <= 170; blk++ {
		h.pass(blk, execTarget(b, blk), execTarget(healthy, blk))
		h.waitIdle()
	}
	var blocks []uint64
	for _, c := range h.liq.planCalls(b) {
		blocks = append(blocks, c.block)
	}
	// Waits 2, 4, 8, 16, 32, then capped at 64.
	require.Equal(t, []uint64{100, 102, 106, 114, 130, 162}, blocks)
	require.Equal(t, retryAfter{block: 162 + 64, wait: 64}, backoff())
	require.Len(t, h.liq.planCalls(healthy), 71, "the backoff is per position")
	require.Equal(t, 6, h.metrics.outcome("plan_failed"))
	require.Len(t, h.alerts(alerts.LiquidationFailed, b), 6, "one alert per attempt, none for the skipped blocks")

	// Capped: the next failure waits 64 blocks again.
	h.pass(226, execTarget(b, 226))
	h.waitIdle()
	require.Equal(t, retryAfter{block: 226 + 64, wait: 64}, backoff())
	require.Len(t, h.liq.planCalls(b), 7)

	// A success clears the backoff; the next failure starts again at 2.
	h.liq.set(b, execBehavior{})
	h.pass(290, execTarget(b, 290))
	h.waitIdle()
	require.Len(t, h.alerts(alerts.LiquidationMined, b), 1)
	_, ok := func() (retryAfter, bool) {
		h.e.mu.Lock()
		defer h.e.mu.Unlock()
		r, ok := h.e.backoff[key]
		return r, ok
	}()
	require.False(t, ok)
	h.liq.set(b, execBehavior{execErr: errors.New("replacement underpriced"), noSend: true})
	h.pass(291, execTarget(b, 291))
	h.waitIdle()
	require.Equal(t, retryAfter{block: 293, wait: 2}, backoff())
	h.pass(292, execTarget(b, 292))
	h.waitIdle()
	require.Len(t, h.liq.planCalls(b), 9, "block 292 is within the backoff of the execute failure")
	h.pass(293, execTarget(b, 293))
	h.waitIdle()
	require.Len(t, h.liq.planCalls(b), 10)
	require.Equal(t, retryAfter{block: 297, wait: 4}, backoff())
}

func TestExecutorOfferLatestWins(t *testing.T) {
	t.Parallel()
	t.Run("mailbox keeps the newest list", func(t *testing.T) {
		t.Parallel()
		h := newExecHarness(t)
		// A burst of passes before Run takes any.
		for i := int64(0); i < 10; i++ {
			h.e.Offer([]strategies.Target{execTarget(execBorrower(2*i), uint64(100+i)), execTarget(execBorrower(2*i+1), uint64(100+i))})
		}
		require.Len(t, h.e.mailbox.C(), 1, "one signal for the burst")
		h.run()
		require.Eventually(t, func() bool { return h.metrics.outcome("mined") == 2 }, execWait, execTick)
		h.waitIdle()
		for i := int64(0); i < 18; i++ {
			require.Zero(t, h.liq.planCount(execBorrower(i)), "borrower %d of an older pass was planned", i)
		}
		for _, c := range append(h.liq.planCalls(execBorrower(18)), h.liq.planCalls(execBorrower(19))...) {
			require.Equal(t, uint64(109), c.block)
		}
		require.Equal(t, 1, h.liq.planCount(execBorrower(18)))
		require.Equal(t, 1, h.liq.planCount(execBorrower(19)))
	})
	t.Run("lists offered while workers are busy are not queued", func(t *testing.T) {
		t.Parallel()
		h := newExecHarness(t)
		h.e.Workers = 1
		busy := execBorrower(100)
		g := h.gate()
		h.liq.set(busy, execBehavior{execGate: g})
		h.run()
		h.e.Offer([]strategies.Target{execTarget(busy, 100)})
		require.Eventually(t, func() bool { return len(h.liq.execCalls(busy)) == 1 }, execWait, execTick)

		for i := int64(0); i < 20; i++ {
			h.e.Offer([]strategies.Target{execTarget(execBorrower(i), uint64(101+i))})
		}
		// Run has taken the last list, so it is done with all older ones.
		require.Eventually(t, func() bool { return len(h.e.mailbox.C()) == 0 }, execWait, execTick)
		h.open(g)
		require.Eventually(t, func() bool { return h.metrics.outcome("mined") >= 1 }, execWait, execTick)
		h.waitIdle()
		for i := int64(0); i < 19; i++ {
			require.Zero(t, h.liq.planCount(execBorrower(i)), "borrower %d of an older pass was planned", i)
		}
		require.LessOrEqual(t, h.liq.planCount(execBorrower(19)), 1)

		// With the worker free, a later pass is worked.
		blk := uint64(200)
		require.Eventually(t, func() bool {
			blk++
			h.e.Offer([]strategies.Target{execTarget(execBorrower(50), blk)})
			return h.liq.planCount(execBorrower(50)) > 0
		}, execWait, 10*time.Millisecond)
	})
}

func TestExecutorShutdownDrainsInFlight(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b, late := execBorrower(1), execBorrower(2)
	g := h.gate()
	h.liq.set(b, execBehavior{execGate: g})
	cancel, done := h.run()
	h.e.Offer([]strategies.Target{execTarget(b, 100)})
	require.Eventually(t, func() bool { return len(h.alerts(alerts.LiquidationSent, b)) == 1 }, execWait, execTick)

	cancel()
	// A pass that arrives during shutdown is not worked.
	h.e.Offer([]strategies.Target{execTarget(late, 101)})
	require.Never(t, func() bool { return len(done) > 0 }, 50*time.Millisecond, execTick, "Run returned with a liquidation in flight")

	h.open(g)
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(execWait):
		t.Fatal("Run did not return after the in-flight liquidation ended")
	}
	execs := h.liq.execCalls(b)
	require.Len(t, execs, 1)
	require.True(t, execs[0].done)
	require.NoError(t, execs[0].ctxErr, "the send context outlives the cancelled Run context")
	mined := h.alerts(alerts.LiquidationMined, b)
	require.Len(t, mined, 1)
	require.Equal(t, execs[0].tx.Hash().Hex(), mined[0]["tx"])
	require.Equal(t, 1, h.metrics.outcome("mined"))
	for _, c := range h.liq.planCalls(late) {
		require.Error(t, c.ctxErr, "a plan started after shutdown must see the cancelled context")
	}
	require.Empty(t, h.liq.execCalls(late), "nothing is sent after shutdown")
}

func TestExecutorShutdownAbandonsStuckSendAfterDrainTimeout(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	h.e.DrainTimeout = 100 * time.Millisecond
	b := execBorrower(1)
	h.liq.set(b, execBehavior{execGate: h.gate()}) // never opened: only the send context ends it
	cancel, done := h.run()
	h.e.Offer([]strategies.Target{execTarget(b, 100)})
	require.Eventually(t, func() bool { return len(h.alerts(alerts.LiquidationSent, b)) == 1 }, execWait, execTick)

	start := time.Now()
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(execWait):
		t.Fatal("Run did not return after DrainTimeout")
	}
	elapsed := time.Since(start)
	require.GreaterOrEqual(t, elapsed, h.e.DrainTimeout, "Run waited for the in-flight send")
	require.Less(t, elapsed, h.e.DrainTimeout+2*time.Second, "Run returned about DrainTimeout after cancel")

	execs := h.liq.execCalls(b)
	require.Len(t, execs, 1)
	require.True(t, execs[0].done, "Run returned before Execute did")
	require.ErrorIs(t, execs[0].ctxErr, context.Canceled, "the send context was cancelled")
	f := h.alerts(alerts.LiquidationFailed, b)
	require.Len(t, f, 1)
	require.Equal(t, "execute", f[0]["stage"])
	require.Contains(t, f[0]["reason"], context.Canceled.Error())
	require.Empty(t, h.alerts(alerts.LiquidationMined, b))
	require.Equal(t, 1, h.metrics.outcome("failed"))
	abandoned := 0
	for _, l := range h.log.lines(t) {
		if l["message"] == "abandoning in-flight liquidations" {
			abandoned++
			require.Equal(t, "warn", l["level"])
		}
	}
	require.Equal(t, 1, abandoned)
}

func TestExecutorShutdownReleasesUnexecutedPlan(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b := execBorrower(1)
	g := h.gate()
	h.liq.set(b, execBehavior{planGate: g})
	cancel, done := h.run()
	h.e.Offer([]strategies.Target{execTarget(b, 100)})
	require.Eventually(t, func() bool { return h.liq.planCount(b) == 1 }, execWait, execTick)

	// Shutdown begins while the plan is being made; the plan then succeeds.
	cancel()
	h.open(g)
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(execWait):
		t.Fatal("Run did not return")
	}
	require.Equal(t, 1, h.liq.releasedFor(b), "the plan's reservation is released")
	require.Empty(t, h.liq.execCalls(b), "a plan made after shutdown began is not sent")
	require.Empty(t, h.allAlerts())
}

// Offers that race the cancellation of Run's context may still be taken
// (Run's select picks at random between ctx.Done and the mailbox), but then
// Plan gets the cancelled context and nothing is sent.
func TestExecutorNoSendAfterCancellation(t *testing.T) {
	t.Parallel()
	for i := 0; i < 20; i++ {
		h := newExecHarness(t)
		b := execBorrower(int64(i))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		h.e.Offer([]strategies.Target{execTarget(b, 100)})
		require.NoError(t, h.e.Run(ctx))
		for _, c := range h.liq.planCalls(b) {
			require.ErrorIs(t, c.ctxErr, context.Canceled)
		}
		require.Empty(t, h.liq.execCalls(b))
		require.Zero(t, h.liq.releasedFor(b))
	}
}

// TestExecutorNoPlanAfterCancellation states the stricter rule: a list
// offered once Run's context is cancelled is never planned, so shutdown raises
// no liquidation_failed alert for a plan that failed only because of it.
// When the mailbox and ctx.Done are both ready Run's select may take the
// list; Run then drops it, and a Plan that fails on the cancelled context
// is not alerted.
func TestExecutorNoPlanAfterCancellation(t *testing.T) {
	t.Parallel()
	for i := 0; i < 20; i++ {
		h := newExecHarness(t)
		b := execBorrower(int64(i))
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		h.e.Offer([]strategies.Target{execTarget(b, 100)})
		require.NoError(t, h.e.Run(ctx))
		require.Zero(t, h.liq.planCount(b), "run %d: planned after cancellation", i)
		require.Empty(t, h.allAlerts(), "run %d", i)
	}
}

// indebtedTarget is a liquidatable target owing debtEth WETH (1:1 shares
// scale 1e6) against 1.02× its debt in collateral, priced 1:1 in a 94.5%
// market: its estimated profit grows with its debt.
func indebtedTarget(b common.Address, block uint64, debtEth int64) strategies.Target {
	t := execTarget(b, block)
	t.Params.Lltv = big.NewInt(945e15)
	e18 := uint256.NewInt(1e18)
	t.Market.TotalBorrowAssets.Mul(uint256.NewInt(10_000), e18)
	t.Market.TotalBorrowShares.Mul(&t.Market.TotalBorrowAssets, uint256.NewInt(1e6))
	t.Position.BorrowShares.Mul(uint256.NewInt(uint64(debtEth)*1e6), e18)
	t.Position.Collateral.Mul(uint256.NewInt(uint64(debtEth)*102), uint256.NewInt(1e16))
	price := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(36))
	t.OraclePrice, t.SalePrice, t.FairPrice = price, price, price
	return t
}

// TestExecutorWorksTheMostProfitableFirst: with one worker busy on nothing,
// the target of highest estimated profit is planned, whatever the order
// the pass listed them in; the others wait for the next pass.
func TestExecutorWorksTheMostProfitableFirst(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	h.e.Workers = 1
	small, large, unpriced := execBorrower(1), execBorrower(2), execBorrower(3)
	g := h.gate()
	h.liq.set(large, execBehavior{planGate: g})
	h.run()
	noPrice := execTarget(unpriced, 100) // no estimate: last
	h.e.Offer([]strategies.Target{noPrice, indebtedTarget(small, 100, 10), indebtedTarget(large, 100, 500)})
	require.Eventually(t, func() bool { return h.liq.planCount(large) == 1 }, execWait, execTick)
	h.open(g)
	h.waitIdle()
	require.Zero(t, h.liq.planCount(small), "the worker was busy with the larger one")
	require.Zero(t, h.liq.planCount(unpriced))
}

// TestExecutorOracleGuard: a market oracle 10% from both the market price
// and the fair value raises oracle_implausible once; under hold nothing is
// planned and liquidation_skipped says why; under act it is planned.
func TestExecutorOracleGuard(t *testing.T) {
	t.Parallel()
	skewed := func(b common.Address, block uint64) strategies.Target {
		tg := indebtedTarget(b, block, 10)
		tg.OraclePrice = new(uint256.Int).Div(new(uint256.Int).Mul(tg.OraclePrice, uint256.NewInt(90)), uint256.NewInt(100))
		return tg
	}
	for _, policy := range []string{strategies.GuardHold, strategies.GuardAct} {
		t.Run(policy, func(t *testing.T) {
			t.Parallel()
			h := newExecHarness(t)
			h.e.Guard = strategies.OracleGuard{MaxDeviationBps: 300, Policy: policy}
			b := execBorrower(1)
			h.run()
			h.e.Offer([]strategies.Target{skewed(b, 100)})
			require.Eventually(t, func() bool { return h.metrics.outcome("skipped")+h.metrics.outcome("mined") == 1 }, execWait, execTick)
			h.waitIdle()
			h.e.Offer([]strategies.Target{skewed(b, 101)})
			require.Eventually(t, func() bool { return h.metrics.outcome("skipped")+h.metrics.outcome("mined") == 2 }, execWait, execTick)
			h.waitIdle()

			var implausible []map[string]any
			for _, a := range h.allAlerts() {
				if a["alert"] == alerts.OracleImplausible {
					implausible = append(implausible, a)
				}
			}
			require.Len(t, implausible, 1, "raised once while it lasts")
			require.Equal(t, float64(1000), implausible[0]["deviation_bps"])
			require.Equal(t, policy, implausible[0]["policy"])
			if policy == strategies.GuardHold {
				require.Zero(t, h.liq.planCount(b), "held: nothing planned")
				skips := h.alerts(alerts.LiquidationSkipped, b)
				require.Len(t, skips, 1)
				require.Equal(t, "oracle_implausible", skips[0]["reason"])
			} else {
				require.Equal(t, 2, h.liq.planCount(b), "act: planned anyway")
			}

			// A sound oracle again: the alert resolves and the keeper acts.
			planned := h.liq.planCount(b)
			h.e.Offer([]strategies.Target{indebtedTarget(b, 102, 10)})
			require.Eventually(t, func() bool {
				for _, a := range h.allAlerts() {
					if a["alert"] == alerts.OracleImplausible && a["state"] == alerts.StateResolved {
						return true
					}
				}
				return false
			}, execWait, execTick)
			require.Eventually(t, func() bool { return h.liq.planCount(b) > planned }, execWait, execTick)
		})
	}
}

var execPreLiquidation = common.HexToAddress("0x9e11900000000000000000000000000000000001")

// preTarget is execTarget as a pre-liquidation through execPreLiquidation.
func preTarget(b common.Address, block uint64) strategies.Target {
	t := execTarget(b, block)
	t.PreLiquidation = &strategies.PreLiquidationTarget{Address: execPreLiquidation, OraclePrice: uint256.NewInt(1)}
	return t
}

// TestExecutorRoutesPreLiquidations: a target naming a PreLiquidation
// contract goes to Pre, the others to the main liquidator; a
// pre-liquidation and a liquidation of the same borrower have their own
// keys, so both are worked at once; the alerts name the contract.
func TestExecutorRoutesPreLiquidations(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	pre := newFakeExecLiquidator()
	h.e.Pre = pre
	b := execBorrower(1)
	require.NotEqual(t, targetKey(execTarget(b, 1)), targetKey(preTarget(b, 1)))
	require.Equal(t, targetKey(preTarget(b, 1)), targetKey(preTarget(b, 2)), "one key per borrower and mode")
	lg, pg := h.gate(), h.gate()
	h.liq.set(b, execBehavior{execGate: lg})
	pre.set(b, execBehavior{execGate: pg})
	h.run()

	h.e.Offer([]strategies.Target{execTarget(b, 100), preTarget(b, 100)})
	require.Eventually(t, func() bool { return len(h.liq.execCalls(b)) == 1 && len(pre.execCalls(b)) == 1 }, execWait, execTick,
		"both in flight at once")
	h.open(lg)
	h.open(pg)
	require.Eventually(t, func() bool { return h.metrics.outcome("mined") == 2 }, execWait, execTick)
	h.waitIdle()
	require.Equal(t, 1, h.liq.planCount(b))
	require.Equal(t, 1, pre.planCount(b))
	var named int
	for _, a := range h.alerts(alerts.LiquidationMined, b) {
		if a["pre_liquidation"] == execPreLiquidation.Hex() {
			named++
		}
	}
	require.Equal(t, 1, named, "the pre-liquidation's alert names its contract, the liquidation's none")
}

// TestExecutorWithoutPreSkipsPreLiquidations: without a pre-liquidation
// strategy a pre-liquidation target is skipped (once per listing), never
// handed to the liquidator.
func TestExecutorWithoutPreSkipsPreLiquidations(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	b := execBorrower(1)
	h.run()
	h.e.Offer([]strategies.Target{preTarget(b, 100)})
	require.Eventually(t, func() bool { return h.metrics.outcome("skipped") == 1 }, execWait, execTick)
	h.waitIdle()
	h.e.Offer([]strategies.Target{preTarget(b, 101)})
	require.Eventually(t, func() bool { return h.metrics.outcome("skipped") == 2 }, execWait, execTick)
	h.waitIdle()
	require.Zero(t, h.liq.planCount(b))
	skips := h.alerts(alerts.LiquidationSkipped, b)
	require.Len(t, skips, 1)
	require.Equal(t, "pre_liquidation_disabled", skips[0]["reason"])
	require.Equal(t, execPreLiquidation.Hex(), skips[0]["pre_liquidation"])
}

func TestSkipReasonPreLiquidation(t *testing.T) {
	t.Parallel()
	for err, want := range map[error]string{
		fmt.Errorf("%w: market m borrower b: %w", strategies.ErrOutsidePreLiquidationWindow, errors.New("below preLltv")): "outside_pre_liquidation_window",
		fmt.Errorf("%w: borrower b: %w", strategies.ErrPreLiquidationUnauthorized, strategies.ErrSimulationReverted):      "pre_liquidation_unauthorized",
		fmt.Errorf("%w: market m", strategies.ErrNoPreLiquidation):                                                        "no_pre_liquidation",
	} {
		got, ok := skipReason(err)
		require.True(t, ok, "%v", err)
		require.Equal(t, want, got)
	}
	_, ok := skipReason(fmt.Errorf("%w: reverted", strategies.ErrSimulationReverted))
	require.False(t, ok, "a plain revert is a failure")
}

// TestEstimateProfitOfPreLiquidation: a pre-liquidation is ranked by the
// contract's largest pre-liquidation, smaller than a full liquidation's
// figure; outside the window there is no estimate.
func TestEstimateProfitOfPreLiquidation(t *testing.T) {
	t.Parallel()
	pct := func(n uint64) uint256.Int { return *new(uint256.Int).Mul(uint256.NewInt(n), uint256.NewInt(1e16)) }
	tg := indebtedTarget(execBorrower(1), 100, 10)
	// LTV 92%: inside (90%, 94.5%].
	tg.Position.Collateral.Mul(uint256.NewInt(10*100), uint256.NewInt(1e18))
	tg.Position.Collateral.Div(&tg.Position.Collateral, uint256.NewInt(92))
	tg.PreLiquidation = &strategies.PreLiquidationTarget{Address: execPreLiquidation, OraclePrice: tg.OraclePrice}
	tg.PreLiquidation.Params.PreLltv, tg.PreLiquidation.Params.PreLCF1, tg.PreLiquidation.Params.PreLCF2 = pct(90), pct(10), pct(100)
	tg.PreLiquidation.Params.PreLIF1, tg.PreLiquidation.Params.PreLIF2 = pct(101), pct(103)
	pre, err := strategies.EstimateProfit(tg)
	require.NoError(t, err)
	require.Positive(t, pre.Sign())
	liquidation := tg
	liquidation.PreLiquidation = nil
	full, err := strategies.EstimateProfit(liquidation)
	require.NoError(t, err)
	require.Negative(t, pre.Cmp(full), "only part of the debt, at a smaller incentive")

	tg.PreLiquidation.Params.PreLltv = pct(93) // now below the window
	_, err = strategies.EstimateProfit(tg)
	require.Error(t, err)
}

// TestExecutorUnsentIsNotAFailure: when the transaction manager sends
// nothing for an expected reason (dry-run, a competitor made the call
// revert, a tx of ours already holds the position), the attempt is a
// liquidation_skipped with that reason, not a critical liquidation_failed.
func TestExecutorUnsentIsNotAFailure(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		err    error
		reason string
	}{
		{fmt.Errorf("dry run: %w", txmgr.ErrDryRun), "dry_run"},
		{fmt.Errorf("%w: ProfitBelowMinimum(profit=1, minProfit=2)", txmgr.ErrSimulationReverted), "simulation_reverted"},
		{fmt.Errorf("key %q: %w", "callback|m|b", txmgr.ErrAlreadyInFlight), "in_flight"},
	} {
		t.Run(c.reason, func(t *testing.T) {
			t.Parallel()
			h := newExecHarness(t)
			b := execBorrower(1)
			h.liq.set(b, execBehavior{execErr: c.err, noSend: true})
			h.run()
			h.e.Offer([]strategies.Target{execTarget(b, 100)})
			require.Eventually(t, func() bool { return h.metrics.outcome("skipped") == 1 }, execWait, execTick)
			h.waitIdle()
			skips := h.alerts(alerts.LiquidationSkipped, b)
			require.Len(t, skips, 1)
			require.Equal(t, c.reason, skips[0]["reason"])
			require.Empty(t, h.alerts(alerts.LiquidationFailed, b))
		})
	}
}

// TestExecutorOracleGuardPerOracle: in one pass, a liquidation on a sound
// market oracle and a pre-liquidation through a contract whose own oracle
// is skewed: the alert fires once for the contract and is not cleared by
// the liquidation; only the pre-liquidation is held.
func TestExecutorOracleGuardPerOracle(t *testing.T) {
	t.Parallel()
	h := newExecHarness(t)
	h.e.Guard = strategies.OracleGuard{MaxDeviationBps: 300, Policy: strategies.GuardHold}
	h.e.Pre = h.liq
	sound, skewed := execBorrower(1), execBorrower(2)
	pre := indebtedTarget(skewed, 100, 10)
	pre.PreLiquidation = &strategies.PreLiquidationTarget{
		Address:     execPreLiquidation,
		OraclePrice: new(uint256.Int).Div(new(uint256.Int).Mul(pre.OraclePrice, uint256.NewInt(90)), uint256.NewInt(100)),
	}
	h.run()
	for blk := uint64(100); blk < 103; blk++ {
		pre.Block.Number = blk
		h.e.Offer([]strategies.Target{indebtedTarget(sound, blk, 20), pre})
		require.Eventually(t, func() bool { return h.liq.planCount(sound) == int(blk-99) }, execWait, execTick)
		h.waitIdle()
	}
	var fired, resolved int
	for _, a := range h.allAlerts() {
		if a["alert"] == alerts.OracleImplausible {
			if a["state"] == alerts.StateFiring {
				fired++
			} else {
				resolved++
			}
		}
	}
	require.Equal(t, 1, fired, "fired once for the contract's oracle")
	require.Zero(t, resolved, "the sound market oracle does not clear it")
	require.Zero(t, h.liq.planCount(skewed), "the pre-liquidation is held")
}
