package keeper

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
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
	LiquidationProfit(market string, profitWei float64)
}

// Executor liquidates the positions each pass finds liquidatable. It takes
// only the latest pass's list, never works one position twice at once, backs
// off from positions whose attempt failed, and on shutdown lets in-flight
// transactions finish up to DrainTimeout.
type Executor struct {
	log          zerolog.Logger
	liq          Liquidator
	alerts       *Alerts
	metrics      ExecutorMetrics
	DrainTimeout time.Duration
	Workers      int

	mailbox  chan []strategies.Target
	mu       sync.Mutex
	inflight map[string]bool
	backoff  map[string]retryAfter
}

type retryAfter struct {
	block uint64
	wait  uint64
}

// NewExecutor builds an executor around liq.
func NewExecutor(log zerolog.Logger, liq Liquidator, alerts *Alerts, m ExecutorMetrics) *Executor {
	return &Executor{
		log: log.With().Str("component", "executor").Logger(), liq: liq, alerts: alerts, metrics: m,
		DrainTimeout: 30 * time.Second, Workers: 4,
		mailbox: make(chan []strategies.Target, 1), inflight: map[string]bool{}, backoff: map[string]retryAfter{},
	}
}

// Offer hands over a pass's liquidatable positions, replacing an older list
// not yet taken.
func (e *Executor) Offer(targets []strategies.Target) {
	for {
		select {
		case e.mailbox <- targets:
			return
		default:
			select {
			case <-e.mailbox:
			default:
			}
		}
	}
}

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
		case targets := <-e.mailbox:
			if ctx.Err() != nil {
				continue // shutting down: the Done case drains next
			}
			for _, t := range targets {
				key := t.MarketID.Hex() + "|" + t.Borrower.Hex()
				if !e.claim(key, t.Block.Number) {
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

// attempt plans under ctx, so nothing new starts after shutdown begins, and
// executes under sendCtx, so a sent liquidation is seen to its receipt.
func (e *Executor) attempt(ctx, sendCtx context.Context, key string, t strategies.Target) {
	failed := true
	defer func() { e.release(key, t.Block.Number, failed) }()
	ids := func(ev *zerolog.Event) *zerolog.Event {
		return ev.Str("market", t.MarketID.Hex()).Str("market_name", t.MarketName).Str("borrower", t.Borrower.Hex()).Uint64("block", t.Block.Number)
	}
	plan, err := e.liq.Plan(ctx, t)
	switch {
	case errors.Is(err, strategies.ErrUnprofitable), errors.Is(err, strategies.ErrNothingToSeize),
		errors.Is(err, strategies.ErrNoSalePrice), errors.Is(err, strategies.ErrUnpricedLoanToken):
		// Not worth or not safe to act on now; the liquidatable alert already
		// told the operator. No back-off: in a moving market the next block
		// may make it profitable.
		failed = false
		e.metrics.LiquidationAttempt("skipped")
		e.log.Debug().Err(err).Str("borrower", t.Borrower.Hex()).Str("market", t.MarketID.Hex()).Msg("liquidation skipped")
		return
	case err != nil && ctx.Err() != nil:
		return // shutting down: not a liquidation failure
	case err != nil:
		e.metrics.LiquidationAttempt("plan_failed")
		e.alerts.Event(AlertLiquidationFailed, "warning", func(ev *zerolog.Event) *zerolog.Event {
			return ids(ev).Str("stage", "plan").AnErr("reason", err)
		})
		return
	}
	planned := func(ev *zerolog.Event) *zerolog.Event {
		return ids(ev).Str("seized_assets", plan.Seized.String()).Str("repaid_assets", plan.ExpectedRepaid.String()).
			Str("expected_profit", plan.Profit.String()).Uint64("gas_limit", plan.GasLimit)
	}
	if sendCtx.Err() != nil || ctx.Err() != nil {
		e.liq.Release(plan)
		return
	}
	rcpt, err := e.liq.Execute(sendCtx, plan, func(tx *types.Transaction) {
		e.alerts.Event(AlertLiquidationSent, "warning", func(ev *zerolog.Event) *zerolog.Event {
			return planned(ev).Str("tx", tx.Hash().Hex()).Uint64("nonce", tx.Nonce()).
				Str("max_fee_per_gas", tx.GasFeeCap().String()).Str("max_priority_fee_per_gas", tx.GasTipCap().String())
		})
	})
	if err != nil {
		e.metrics.LiquidationAttempt("failed")
		e.alerts.Event(AlertLiquidationFailed, "critical", func(ev *zerolog.Event) *zerolog.Event {
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
	e.metrics.LiquidationProfit(t.MarketName, profit)
	e.alerts.Event(AlertLiquidationMined, "info", func(ev *zerolog.Event) *zerolog.Event {
		return planned(ev).Str("tx", rcpt.TxHash.Hex()).Uint64("mined_block", rcpt.BlockNumber.Uint64()).
			Uint64("gas_used", rcpt.GasUsed).Str("expected_profit_eth", fixed.FormatWad(plan.Profit))
	})
}
