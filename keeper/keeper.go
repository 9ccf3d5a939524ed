// Package keeper is the daemon's runtime: it follows heads, keeps the set of
// borrowers from Morpho's events, computes every position's health at each
// block, raises alerts, publishes the risk snapshot and hands liquidatable
// positions to the executor.
package keeper

import (
	"context"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/onchain"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// Settings are the keeper's tunables, mapped from config.
type Settings struct {
	Morpho        common.Address
	StartBlock    uint64
	LogRange      uint64
	CallTimeout   time.Duration
	HealthAlert   *big.Int // WAD: health below it raises health_low
	HysteresisBps uint64
	HeadTimeout   time.Duration
	WrappedNative common.Address
	// Engine adds CAPO, depeg EMA/bands, slashes, growth and scores; nil
	// falls back to a single depeg threshold per asset.
	Engine *oracle.Engine
	// Shocks are the stress scenarios (none: no stress figures), with the
	// slippage assumed when selling seized collateral.
	Shocks         []stress.Shock
	StressSlippage *big.Int
	// OnChain, if set, gets each block's risk values to publish.
	OnChain RiskPublishing
}

// AssetSpec is a watched asset and its alert thresholds.
type AssetSpec struct {
	oracle.Asset
	// DepegAlertBps is the depeg alert threshold used without an Engine
	// (the Engine's bands take over otherwise).
	DepegAlertBps uint64
	// SlashCriticalBps makes a fall of the fair rate this large critical.
	SlashCriticalBps uint64
}

// Node is what the keeper reads from the chain.
type Node interface {
	LogReader
}

// HeadSource delivers new heads.
type HeadSource interface {
	C() <-chan *types.Header
}

// Publishing takes each block's snapshot.
type Publishing interface {
	Offer(*oracle.Snapshot)
}

// RiskPublishing takes each block's risk values for the on-chain oracle.
type RiskPublishing interface {
	Offer([]onchain.Value)
}

// Executing takes each block's liquidatable positions.
type Executing interface {
	Offer([]strategies.Target)
}

// Metrics observes the keeper.
type Metrics interface {
	BlockProcessed(number uint64, headTime uint64, took time.Duration)
	PassFailed()
	MarketPositions(market string, total, atRisk, liquidatable int)
	AssetPrices(symbol string, fair, market, depeg *big.Int)
	RiskScore(symbol string, score uint8)
	StressBadDebt(market, shock string, loanUnits *big.Int)
}

// Keeper runs one pass per head.
type Keeper struct {
	log      zerolog.Logger
	settings Settings
	heads    HeadSource
	index    *Index
	reader   *reader
	assets   []AssetSpec
	pub      Publishing
	exec     Executing // nil when liquidation is disabled
	alerts   *Alerts
	metrics  Metrics
	now      func() time.Time

	failures int
	status   atomic.Pointer[Status]
}

// Status summarises the last processed block, for heartbeats and probes.
type Status struct {
	Block        uint64
	BlockTime    uint64
	ProcessedAt  time.Time
	Positions    int
	AtRisk       int
	Liquidatable int
}

// Status returns the summary of the last processed block; ok is false
// before the first one.
func (k *Keeper) Status() (Status, bool) {
	st := k.status.Load()
	if st == nil {
		return Status{}, false
	}
	return *st, true
}

// New builds a keeper over markets (see LoadMarkets). exec may be nil.
func New(log zerolog.Logger, node Node, mc *chain.Multicall, heads HeadSource, s Settings,
	assets []AssetSpec, markets []*Market, pub Publishing, exec Executing, alerts *Alerts, m Metrics,
) *Keeper {
	ids := make([]common.Hash, len(markets))
	for i, mk := range markets {
		ids[i] = mk.ID
	}
	plain := make([]oracle.Asset, len(assets))
	for i, a := range assets {
		plain[i] = a.Asset
	}
	return &Keeper{
		log:      log.With().Str("component", "keeper").Logger(),
		settings: s,
		heads:    heads,
		index:    NewIndex(node, s.Morpho, ids, s.StartBlock, s.LogRange),
		reader: &reader{mc: mc, morpho: s.Morpho, assets: plain, markets: markets, native: s.WrappedNative,
			healthAlert: s.HealthAlert, engine: s.Engine, shocks: s.Shocks, slippage: s.StressSlippage},
		assets:  assets,
		pub:     pub,
		exec:    exec,
		alerts:  alerts,
		metrics: m,
		now:     time.Now,
	}
}

// Run processes heads until ctx ends.
func (k *Keeper) Run(ctx context.Context) error {
	stall := time.NewTimer(k.settings.HeadTimeout)
	defer stall.Stop()
	var lastHead time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-stall.C:
			k.alerts.Condition(AlertHeadStalled, "", "critical", true, false, func(e *zerolog.Event) *zerolog.Event {
				return e.Dur("silent_for", k.settings.HeadTimeout).Time("last_head_at", lastHead)
			})
			stall.Reset(k.settings.HeadTimeout)
		case head := <-k.heads.C():
			lastHead = k.now()
			k.alerts.Condition(AlertHeadStalled, "", "critical", false, true, nil)
			stall.Reset(k.settings.HeadTimeout)
			k.process(ctx, head)
		}
	}
}

// process runs one pass; a failed pass is retried at the next head.
func (k *Keeper) process(ctx context.Context, head *types.Header) {
	start := k.now()
	block := chain.RefOf(head)
	view, err := k.Pass(ctx, block)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		k.failures++
		k.metrics.PassFailed()
		k.log.Warn().Err(err).Uint64("block", block.Number).Int("consecutive", k.failures).Msg("pass failed")
		k.alerts.Condition("pass_failed", "", "critical", k.failures >= 3, false, func(e *zerolog.Event) *zerolog.Event {
			return e.Err(err).Int("consecutive", k.failures).Uint64("block", block.Number)
		})
		return
	}
	k.failures = 0
	k.alerts.Condition("pass_failed", "", "info", false, true, func(e *zerolog.Event) *zerolog.Event {
		return e.Uint64("block", block.Number)
	})
	k.evaluate(view)
	k.pub.Offer(view.Snapshot)
	if k.settings.OnChain != nil {
		k.settings.OnChain.Offer(RiskValues(view.Snapshot, k.assets))
	}
	if k.exec != nil {
		k.exec.Offer(view.Targets)
	}
	k.metrics.BlockProcessed(block.Number, block.Time, k.now().Sub(start))
	st := Status{Block: block.Number, BlockTime: block.Time, ProcessedAt: k.now(), Liquidatable: len(view.Targets)}
	for _, m := range view.Snapshot.Markets {
		st.Positions += len(m.Positions)
		st.AtRisk += m.AtRisk
	}
	k.status.Store(&st)
	k.log.Debug().Uint64("block", block.Number).Int("targets", len(view.Targets)).Dur("took", k.now().Sub(start)).Msg("block processed")
}

// Pass syncs the borrower index to block and reads and assesses everything
// at that block. It changes nothing outside the index.
func (k *Keeper) Pass(ctx context.Context, block chain.BlockRef) (*View, error) {
	pctx, cancel := context.WithTimeout(ctx, 3*k.settings.CallTimeout)
	defer cancel()
	if err := k.index.SyncTo(pctx, block.Number); err != nil {
		return nil, err
	}
	return k.reader.read(pctx, block, k.index.Borrowers, k.now())
}

// RiskValues are the per-asset values published on-chain: the depeg (bps
// WAD), the risk score and the risk-adjusted price min(market, capped
// fair). A value whose inputs are missing is left out, never guessed.
func RiskValues(snap *oracle.Snapshot, assets []AssetSpec) []onchain.Value {
	var out []onchain.Value
	for i, a := range snap.Assets {
		token := assets[i].Token
		ref := fmt.Sprintf("%s@%d", a.Symbol, snap.Block.Number)
		add := func(kind string, v *big.Int) {
			out = append(out, onchain.Value{UpdateType: kind, Market: token, Value: v, Reference: ref,
				Block: snap.Block.Number, Time: snap.Block.Time})
		}
		if a.Depeg != nil {
			add(onchain.TypeDepegBps, oracle.BpsWad(a.Depeg))
		}
		if a.Risk == nil {
			continue
		}
		add(onchain.TypeRiskScore, big.NewInt(int64(a.Risk.Score)))
		if a.MarketErr == nil && a.Risk.FairCapped != nil {
			p := a.Market.Price
			if a.Risk.FairCapped.Cmp(p) < 0 {
				p = a.Risk.FairCapped
			}
			add(onchain.TypeRiskAdjustedPrice, new(big.Int).Set(p))
		}
	}
	return out
}

// Index exposes the borrower index (for tests and diagnostics).
func (k *Keeper) Index() *Index { return k.index }
