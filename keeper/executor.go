package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// Liquidator plans and executes one liquidation.
type Liquidator interface {
	Plan(ctx context.Context, t strategies.Target) (*strategies.Plan, error)
	Execute(ctx context.Context, p *strategies.Plan, onSent func(*types.Transaction)) (*types.Receipt, error)
	// Release frees what a plan reserved when it is not executed.
	Release(p *strategies.Plan)
}

// ExecutorMetrics observes liquidation attempts.
type ExecutorMetrics interface {
	LiquidationAttempt(outcome string)
	// LiquidationProfit adds a mined liquidation's expected profit (loan
	// units) to its protocol's and market's.
	LiquidationProfit(protocol, market string, profitWei float64)
}

// Executor liquidates the positions each pass finds liquidatable. It takes
// only the latest pass's list, never works one position twice at once, backs
// off from positions whose attempt failed, and on shutdown lets in-flight
// transactions finish up to DrainTimeout.
type Executor struct {
	log          zerolog.Logger
	liq          Liquidator
	alerts       *alerts.Alerts
	metrics      ExecutorMetrics
	DrainTimeout time.Duration
	Workers      int
	// Guard checks each target's oracle before acting.
	Guard strategies.OracleGuard
	// Pre plans and executes the targets that name a PreLiquidation
	// contract (strategies.PreLiquidator); the main liquidator takes the
	// others. Nil skips them with pre_liquidation_disabled. Set it before
	// Run.
	Pre Liquidator
	// Aave plans and executes the Aave v3 targets (strategies.AaveLiquidator);
	// nil skips them with aave_liquidation_disabled. Set it before Run.
	Aave Liquidator

	mailbox  *mailbox.Mailbox[[]strategies.Target]
	mu       sync.Mutex
	inflight map[string]bool
	backoff  map[string]retryAfter
	// skipped holds the reason each listed position was last skipped for,
	// so liquidation_skipped is raised once per reason, not every block.
	skipped map[string]string
}

type retryAfter struct {
	block uint64
	wait  uint64
}

// NewExecutor builds an executor around liq.
func NewExecutor(log zerolog.Logger, liq Liquidator, alerts *alerts.Alerts, m ExecutorMetrics) *Executor {
	return &Executor{
		log: log.With().Str("component", "executor").Logger(), liq: liq, alerts: alerts, metrics: m,
		DrainTimeout: 30 * time.Second, Workers: 4,
		mailbox: mailbox.New[[]strategies.Target](), inflight: map[string]bool{}, backoff: map[string]retryAfter{},
		skipped: map[string]string{},
	}
}

// Offer hands over a pass's liquidatable positions, replacing an older list
// not yet taken.
func (e *Executor) Offer(targets []strategies.Target) { e.mailbox.Offer(targets) }

// Run works offered targets until ctx ends, then drains.
func (e *Executor) Run(ctx context.Context) error {
	// Sends outlive ctx by up to DrainTimeout so a mined liquidation is seen
	// to the end instead of abandoned mid-flight.
	sendCtx, cancelSends := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSends()
	var g errgroup.Group
	g.SetLimit(max(e.Workers, 1))
	for {
		select {
		case <-ctx.Done():
			done := make(chan struct{})
			go func() { _ = g.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(e.DrainTimeout):
				e.log.Warn().Dur("timeout", e.DrainTimeout).Msg("abandoning in-flight liquidations")
				cancelSends()
				<-done
			}
			return nil
		case <-e.mailbox.C():
			targets, ok := e.mailbox.Take()
			if !ok || ctx.Err() != nil {
				continue // shutting down: the Done case drains next
			}
			e.forgetSkipped(targets)
			for _, t := range e.byProfit(targets) {
				key := targetKey(t)
				if e.held(key, t) || !e.claim(key, t.Block.Number) {
					continue
				}
				if !g.TryGo(func() error { e.attempt(ctx, sendCtx, key, t); return nil }) {
					e.release(key, t.Block.Number, false)
				}
			}
		}
	}
}

func (e *Executor) claim(key string, block uint64) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.inflight[key] {
		return false
	}
	if b, ok := e.backoff[key]; ok && block < b.block {
		return false
	}
	e.inflight[key] = true
	return true
}

func (e *Executor) release(key string, block uint64, failed bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	delete(e.inflight, key)
	if !failed {
		delete(e.backoff, key)
		return
	}
	wait := uint64(2)
	if b, ok := e.backoff[key]; ok {
		wait = min(b.wait*2, 64)
	}
	e.backoff[key] = retryAfter{block: block + wait, wait: wait}
}

// targetKey names a position's attempt. A pre-liquidation's key has the
// mode, so it never collides with a liquidation of the same borrower
// (which may follow once the position leaves the window upward); one
// borrower's pre-liquidations through several contracts share a key, so
// they never run at once.
func targetKey(t strategies.Target) string {
	key := t.MarketID.Hex() + "|" + t.Borrower.Hex()
	if t.PreLiquidation != nil {
		key += "|" + strategies.ModePreLiquidation
	}
	return key
}

// strategy is the liquidator of t; nil when t is a pre-liquidation and
// none is configured.
func (e *Executor) strategy(t strategies.Target) Liquidator {
	switch {
	case t.Aave != nil:
		return e.Aave
	case t.PreLiquidation != nil:
		return e.Pre
	}
	return e.liq
}

// byProfit orders targets by their estimated profit, highest first, so
// that with more targets than workers the most valuable go first. Targets
// without an estimate go last, in their order.
func (e *Executor) byProfit(targets []strategies.Target) []strategies.Target {
	type ranked struct {
		t      strategies.Target
		profit *big.Int
	}
	r := make([]ranked, len(targets))
	for i, t := range targets {
		r[i].t = t
		if p, err := strategies.EstimateProfit(t); err == nil {
			r[i].profit = p
		}
	}
	slices.SortStableFunc(r, func(a, b ranked) int {
		switch {
		case a.profit == nil && b.profit == nil:
			return 0
		case a.profit == nil:
			return 1
		case b.profit == nil:
			return -1
		}
		return b.profit.Cmp(a.profit)
	})
	out := make([]strategies.Target, len(r))
	for i := range r {
		out[i] = r[i].t
	}
	return out
}

// held applies the oracle guard: an implausible oracle raises
// oracle_implausible (once per market until it is plausible again) and,
// under the hold policy, keeps the keeper from acting.
func (e *Executor) held(key string, t strategies.Target) bool {
	dev, implausible := e.Guard.Check(t)
	// One condition per oracle set: a market's liquidations and its
	// pre-liquidations through a contract with its own oracle must not
	// fire and clear each other within a pass.
	cond := t.MarketID.Hex()
	if t.PreLiquidation != nil {
		cond += "|" + t.PreLiquidation.Address.Hex()
	}
	e.alerts.Condition(alerts.OracleImplausible, cond, alerts.Critical, implausible, !implausible, func(ev *zerolog.Event) *zerolog.Event {
		ev = ev.Str("protocol", t.Protocol()).Str("market", t.MarketID.Hex()).Str("market_name", t.MarketName).Uint64("block", t.Block.Number).
			Uint64("deviation_bps", dev).Uint64("max_deviation_bps", e.Guard.MaxDeviationBps).Str("policy", e.Guard.Policy).
			Str("oracle_price", t.OraclePrice.Dec())
		if t.SalePrice != nil {
			ev = ev.Str("market_price", t.SalePrice.Dec())
		}
		if t.FairPrice != nil {
			ev = ev.Str("fair_price", t.FairPrice.Dec())
		}
		return ev
	})
	if implausible && e.Guard.Policy != strategies.GuardAct {
		e.skip(key, t, "oracle_implausible", fmt.Errorf("oracle %d bps from both market and fair price", dev), nil)
		return true
	}
	return false
}

// skip raises liquidation_skipped for t, once per reason while t stays
// listed.
func (e *Executor) skip(key string, t strategies.Target, reason string, err error, plan *strategies.Plan) {
	e.metrics.LiquidationAttempt("skipped")
	e.mu.Lock()
	same := e.skipped[key] == reason
	e.skipped[key] = reason
	e.mu.Unlock()
	if same {
		return
	}
	e.alerts.Event(alerts.LiquidationSkipped, alerts.Info, func(ev *zerolog.Event) *zerolog.Event {
		ev = preLiquidationField(ev.Str("market", t.MarketID.Hex()).Str("market_name", t.MarketName).Str("borrower", t.Borrower.Hex()).
			Uint64("block", t.Block.Number).Str("reason", reason).AnErr("detail", err), t)
		if plan != nil {
			ev = ev.Str("mode", plan.Mode).Str("seized_assets", plan.Seized.String()).
				Str("repaid_assets", plan.ExpectedRepaid.String()).Str("expected_profit", plan.Profit.String())
			if plan.GasCost != nil {
				ev = ev.Str("gas_cost", plan.GasCost.String())
			}
		}
		return ev
	})
}

// forgetSkipped drops the skip reasons of positions no longer listed, so a
// position skipped again later is reported again.
func (e *Executor) forgetSkipped(targets []strategies.Target) {
	listed := make(map[string]bool, len(targets))
	for _, t := range targets {
		listed[targetKey(t)] = true
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	for k := range e.skipped {
		if !listed[k] {
			delete(e.skipped, k)
		}
	}
}

// errPreLiquidationDisabled is the skip of a pre-liquidation target by an
// executor without a pre-liquidation strategy.
var errPreLiquidationDisabled = errors.New("no pre-liquidation strategy configured")

// errAaveDisabled is the skip of an Aave target by an executor without an
// Aave strategy.
var errAaveDisabled = errors.New("no aave liquidation strategy configured")

// preLiquidationField names a target's protocol and a pre-liquidation
// target's contract in its alerts.
func preLiquidationField(ev *zerolog.Event, t strategies.Target) *zerolog.Event {
	ev = ev.Str("protocol", t.Protocol())
	if t.PreLiquidation != nil {
		ev = ev.Str("pre_liquidation", t.PreLiquidation.Address.Hex())
	}
	return ev
}

// skipReason names why a plan error means "not now" rather than a failure.
func skipReason(err error) (string, bool) {
	for _, c := range []struct {
		err    error
		reason string
	}{
		{strategies.ErrUnprofitable, "unprofitable"},
		{strategies.ErrNothingToSeize, "nothing_to_seize"},
		{strategies.ErrNoSalePrice, "no_market_price"},
		{strategies.ErrUnpricedLoanToken, "loan_token_not_native"},
		{strategies.ErrVenueTooShallow, "venue_too_shallow"},
		{strategies.ErrNoVenue, "no_venue"},
		// The transaction manager sent nothing: a competitor made the call
		// revert, a tx of ours holds the position, dry-run, or the gas
		// would cost more than the liquidation is worth.
		{txmgr.ErrSimulationReverted, "simulation_reverted"},
		{txmgr.ErrAlreadyInFlight, "in_flight"},
		{txmgr.ErrDryRun, "dry_run"},
		{txmgr.ErrCostLimit, "gas_above_value"},
		{strategies.ErrOutsidePreLiquidationWindow, "outside_pre_liquidation_window"},
		{strategies.ErrPreLiquidationUnauthorized, "pre_liquidation_unauthorized"},
		{strategies.ErrNoPreLiquidation, "no_pre_liquidation"},
	} {
		if errors.Is(err, c.err) {
			return c.reason, true
		}
	}
	return "", false
}

// attempt plans under ctx, so nothing new starts after shutdown begins, and
// executes under sendCtx, so a sent liquidation is seen to its receipt.
func (e *Executor) attempt(ctx, sendCtx context.Context, key string, t strategies.Target) {
	failed := true
	defer func() { e.release(key, t.Block.Number, failed) }()
	ids := func(ev *zerolog.Event) *zerolog.Event {
		return preLiquidationField(ev.Str("market", t.MarketID.Hex()).Str("market_name", t.MarketName).
			Str("borrower", t.Borrower.Hex()).Uint64("block", t.Block.Number), t)
	}
	liq := e.strategy(t)
	if liq == nil {
		failed = false
		if t.Aave != nil {
			e.skip(key, t, "aave_liquidation_disabled", errAaveDisabled, nil)
		} else {
			e.skip(key, t, "pre_liquidation_disabled", errPreLiquidationDisabled, nil)
		}
		return
	}
	plan, err := liq.Plan(ctx, t)
	reason, skipped := skipReason(err)
	switch {
	case skipped:
		// Not worth or not safe to act on now. No back-off: in a moving
		// market the next block may make it profitable.
		failed = false
		e.skip(key, t, reason, err, plan)
		return
	case err != nil && ctx.Err() != nil:
		return // shutting down: not a liquidation failure
	case err != nil:
		e.metrics.LiquidationAttempt("plan_failed")
		e.alerts.Event(alerts.LiquidationFailed, alerts.Warning, func(ev *zerolog.Event) *zerolog.Event {
			return ids(ev).Str("stage", "plan").AnErr("reason", err)
		})
		return
	}
	planned := func(ev *zerolog.Event) *zerolog.Event {
		return ids(ev).Str("mode", plan.Mode).Bool("partial", plan.Partial).Str("seized_assets", plan.Seized.String()).
			Str("repaid_assets", plan.ExpectedRepaid.String()).Str("expected_profit", plan.Profit.String()).
			Uint64("gas_limit", plan.GasLimit)
	}
	if sendCtx.Err() != nil || ctx.Err() != nil {
		liq.Release(plan)
		return
	}
	rcpt, err := liq.Execute(sendCtx, plan, func(tx *types.Transaction) {
		e.alerts.Event(alerts.LiquidationSent, alerts.Warning, func(ev *zerolog.Event) *zerolog.Event {
			return planned(ev).Str("tx", tx.Hash().Hex()).Uint64("nonce", tx.Nonce()).
				Str("max_fee_per_gas", tx.GasFeeCap().String()).Str("max_priority_fee_per_gas", tx.GasTipCap().String())
		})
	})
	if reason, notSent := skipReason(err); notSent {
		// The manager sent nothing, for a reason the market or the
		// operator gave (a competitor got there first, a tx of ours holds
		// the position, dry-run): not a failure.
		failed = reason == "in_flight" // back off from a position a tx of ours holds
		e.skip(key, t, reason, err, plan)
		return
	}
	if err != nil {
		e.metrics.LiquidationAttempt("failed")
		e.alerts.Event(alerts.LiquidationFailed, alerts.Critical, func(ev *zerolog.Event) *zerolog.Event {
			ev = planned(ev).Str("stage", "execute").AnErr("reason", err)
			if rcpt != nil {
				ev = ev.Str("tx", rcpt.TxHash.Hex()).Uint64("mined_block", rcpt.BlockNumber.Uint64())
			}
			return ev
		})
		return
	}
	failed = false
	e.metrics.LiquidationAttempt("mined")
	profit, _ := plan.Profit.Float64()
	e.metrics.LiquidationProfit(t.Protocol(), t.MarketName, profit)
	e.alerts.Event(alerts.LiquidationMined, alerts.Info, func(ev *zerolog.Event) *zerolog.Event {
		return planned(ev).Str("tx", rcpt.TxHash.Hex()).Uint64("mined_block", rcpt.BlockNumber.Uint64()).
			Uint64("gas_used", rcpt.GasUsed).Str("expected_profit_eth", fixed.FormatWad(plan.Profit))
	})
}
