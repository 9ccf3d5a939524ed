// Package keeper is the daemon's runtime: it follows heads, feeds the
// position book from the protocol adapter, hands each block's liquidatable
// positions to the executor first, then assesses risk, raises alerts and
// publishes the snapshot off the hot path.
package keeper

import (
	"cmp"
	"context"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/onchain"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
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
	// Deleverage, when set, gets each block's view of the positions it
	// manages, after the block's liquidation targets.
	Deleverage Deleveraging
	// RefreshInterval bounds how old a published position record gets:
	// positions that neither changed nor are at risk are rewritten in
	// slices so that the whole book is written within it (block time).
	// Zero means DefaultRefreshInterval.
	RefreshInterval time.Duration
	// Backfill observes start-up and catch-up log reads; nil for none.
	Backfill chain.BackfillMetrics
	// Checkpoints stores the book so that a restart resumes from it and
	// reads only the logs after it; nil keeps none. CheckpointEvery is the
	// wall-clock interval between saves (zero: DefaultCheckpointEvery).
	Checkpoints     CheckpointStore
	CheckpointEvery time.Duration
	// PreLiquidationFactory, when set, is the Morpho PreLiquidationFactory
	// (deployed at block PreLiquidationStart) whose contracts for the
	// watched markets the keeper follows: a position inside a contract's
	// window whose borrower authorised it becomes a pre-liquidation target.
	PreLiquidationFactory common.Address
	PreLiquidationStart   uint64
	// Lanes are the other protocols followed beside Morpho (NewAaveLane).
	Lanes []Lane
}

// CheckpointStore keeps the book's latest checkpoint.
type CheckpointStore interface {
	SaveCheckpoint(ctx context.Context, data []byte) error
	LoadCheckpoint(ctx context.Context) (data []byte, ok bool, err error)
}

// NamedCheckpointStore keeps a checkpoint per name: each lane's beside
// the book's.
type NamedCheckpointStore interface {
	SaveNamedCheckpoint(ctx context.Context, name string, data []byte) error
	LoadNamedCheckpoint(ctx context.Context, name string) (data []byte, ok bool, err error)
}

// DefaultCheckpointEvery is how often the book is checkpointed.
const DefaultCheckpointEvery = time.Minute

// backfillConfig starts the backfill at the configured log range and lets
// it grow to the default maximum.
func backfillConfig(logRange uint64) chain.LogFetcherConfig {
	c := chain.DefaultLogFetcherConfig()
	c.InitialRange = max(logRange, 1)
	c.MaxRange = max(c.MaxRange, c.InitialRange)
	return c
}

// DefaultRefreshInterval is the refresh cycle of position records.
const DefaultRefreshInterval = 5 * time.Minute

// AssetSpec is a watched asset and its alert thresholds.
type AssetSpec struct {
	oracle.Asset
	// DepegAlertBps is the depeg alert threshold used without an Engine
	// (the Engine's bands take over otherwise).
	DepegAlertBps uint64
	// SlashCriticalBps makes a fall of the fair rate this large critical.
	SlashCriticalBps uint64
}

// Node is what the keeper reads from the chain: events and, only to
// confirm a block after skipped ones or to find a reorg's common ancestor,
// headers.
type Node interface {
	LogReader
	HeaderReader
}

// HeadSource delivers new heads, latest wins (chain.Heads): C signals,
// Take returns the newest head not yet taken.
type HeadSource interface {
	C() <-chan struct{}
	Take() (*types.Header, bool)
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
	TargetsFound(took time.Duration)
	PassFailed()
	Reorg(depth uint64)
	MarketPositions(market string, total, atRisk, liquidatable int)
	AssetPrices(symbol string, fair, market, depeg *big.Int)
	// AssetPriceTimes are when the fair value and the market price were
	// last updated (unix seconds); zero is unknown this block.
	AssetPriceTimes(symbol string, fairAt, marketAt uint64)
	RiskScore(symbol string, score uint8)
	StressBadDebt(market, shock string, loanUnits *big.Int, loanDecimals uint8)
	// StressAtRisk is what a shock makes liquidatable in a market: the
	// positions and their collateral (raw units).
	StressAtRisk(market, shock string, positions int, collateral *big.Int, collateralDecimals uint8)
	// BookPositions is the number of positions tracked for a protocol.
	BookPositions(protocol string, n int)
}

// Keeper follows heads. Per block its hot path reads the new events and
// one batch of state, updates the book and hands the liquidatable positions
// to the executor; the risk stage (snapshot, stress, alerts, publishing)
// takes the block afterwards from a latest-wins mailbox, so it never delays
// the next block's targets.
type Keeper struct {
	log      zerolog.Logger
	settings Settings
	heads    HeadSource
	logs     LogReader
	backfill *chain.LogFetcher
	headers  HeaderReader
	mc       *chain.Multicall
	adapter  *protocol.Adapter
	// pre follows the pre-liquidation contracts; nil without a factory.
	pre *protocol.PreLiquidations
	// preStale is set by a reorg: the authorisations are rebuilt up to
	// the common ancestor before the next block.
	preStale bool
	reader   *reader
	assets   []AssetSpec
	pub      Publishing
	exec     Executing // nil when liquidation is disabled
	alerts   *alerts.Alerts
	metrics  Metrics
	now      func() time.Time
	risk     *mailbox.Mailbox[*blockState]

	built bool
	next  uint64 // first block whose events are not applied
	// rolledBack are positions a reorg changed back, handed to the risk
	// stage with the next block so their records are rewritten.
	rolledBack []protocol.Change
	recent     []chain.BlockRef // applied blocks, for reorg detection
	lanes      []Lane
	laneStates []laneState

	failures int
	status   atomic.Pointer[Status]
	// publishedFull is set once the risk stage wrote a full snapshot.
	publishedFull bool
	// savedAt is when the risk stage last saved a checkpoint.
	savedAt time.Time
	// stateRewritten is set once a loss of Redis's state was handled.
	stateRewritten bool
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
	assets []AssetSpec, markets []*Market, pub Publishing, exec Executing, alerts *alerts.Alerts, m Metrics,
) *Keeper {
	plain := make([]oracle.Asset, len(assets))
	for i, a := range assets {
		plain[i] = a.Asset
	}
	b := book.New()
	b.KeepHistory()
	adapter := protocol.NewAdapter(s.Morpho, markets, b)
	var pre *protocol.PreLiquidations
	if s.PreLiquidationFactory != (common.Address{}) {
		pre = protocol.NewPreLiquidations(s.Morpho, s.PreLiquidationFactory, s.PreLiquidationStart, markets)
	}
	return &Keeper{
		pre:      pre,
		log:      log.With().Str("component", "keeper").Logger(),
		settings: s,
		heads:    heads,
		logs:     node,
		backfill: chain.NewLogFetcher(node, backfillConfig(s.LogRange), log, chain.WithBackfillMetrics(s.Backfill)),
		headers:  node,
		mc:       mc,
		adapter:  adapter,
		reader: &reader{book: b, adapter: adapter, assets: plain, markets: markets, native: s.WrappedNative,
			healthAlert: s.HealthAlert, engine: s.Engine, shocks: s.Shocks, slippage: s.StressSlippage,
			refreshInterval: cmp.Or(s.RefreshInterval, DefaultRefreshInterval),
			atRisk:          make([]map[common.Address]bool, len(markets)), cursor: make([]int, len(markets)),
			orderedBuf: make([][]morpho.Position, len(markets))},
		assets:     assets,
		pub:        pub,
		exec:       exec,
		alerts:     alerts,
		metrics:    m,
		now:        time.Now,
		risk:       mailbox.New[*blockState](),
		lanes:      s.Lanes,
		laneStates: make([]laneState, len(s.Lanes)),
	}
}

// Run processes heads until ctx ends: the hot path in this goroutine, the
// risk stage in another.
func (k *Keeper) Run(ctx context.Context) error {
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error { return k.runRisk(gctx) })
	g.Go(func() error { return k.runHeads(gctx) })
	return g.Wait()
}

func (k *Keeper) runHeads(ctx context.Context) error {
	stall := time.NewTimer(k.settings.HeadTimeout)
	defer stall.Stop()
	var lastHead time.Time
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-stall.C:
			k.alerts.Condition(alerts.HeadStalled, "", alerts.Critical, true, false, func(e *zerolog.Event) *zerolog.Event {
				return e.Dur("silent_for", k.settings.HeadTimeout).Time("last_head_at", lastHead)
			})
			stall.Reset(k.settings.HeadTimeout)
		case <-k.heads.C():
			head, ok := k.heads.Take()
			if !ok {
				continue
			}
			lastHead = k.now()
			k.alerts.Condition(alerts.HeadStalled, "", alerts.Critical, false, true, nil)
			stall.Reset(k.settings.HeadTimeout)
			k.process(ctx, head)
		}
	}
}

// runRisk assesses, alerts and publishes the newest block the hot path
// handed over; blocks it was too slow for are skipped.
func (k *Keeper) runRisk(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-k.risk.C():
			st, ok := k.risk.Take()
			if !ok {
				continue
			}
			k.finish(ctx, st)
		}
	}
}

// process runs one block's hot path; a failed block is retried at the next
// head.
func (k *Keeper) process(ctx context.Context, head *types.Header) {
	start := k.now()
	block := chain.RefOf(head)
	st, targets, err := k.hot(ctx, head)
	if err != nil {
		if ctx.Err() != nil {
			return
		}
		k.failures++
		k.metrics.PassFailed()
		k.log.Warn().Err(err).Uint64("block", block.Number).Int("consecutive", k.failures).Msg("pass failed")
		k.alerts.Condition(alerts.PassFailed, "", alerts.Critical, k.failures >= 3, false, func(e *zerolog.Event) *zerolog.Event {
			return e.Err(err).Int("consecutive", k.failures).Uint64("block", block.Number)
		})
		return
	}
	k.failures = 0
	k.alerts.Condition(alerts.PassFailed, "", alerts.Info, false, true, func(e *zerolog.Event) *zerolog.Event {
		return e.Uint64("block", block.Number)
	})
	if k.exec != nil {
		k.exec.Offer(targets)
	}
	k.metrics.TargetsFound(k.now().Sub(start))
	st.started = start
	k.risk.Offer(st)
}

// Deleveraging deleverages the positions it manages;
// strategies.Deleverager is one.
type Deleveraging interface {
	Managed() []strategies.Managed
	Offer(views []strategies.Target)
}

// finish is the risk stage of one block.
func (k *Keeper) finish(ctx context.Context, st *blockState) {
	view := k.reader.assess(ctx, st, k.now(), k.needFull(ctx))
	k.publishedFull = true
	k.evaluate(view)
	if k.settings.Checkpoints != nil && k.now().Sub(k.savedAt) >= cmp.Or(k.settings.CheckpointEvery, DefaultCheckpointEvery) {
		k.SaveCheckpoint(ctx)
	}
	if d := k.settings.Deleverage; d != nil {
		managed := d.Managed()
		views := k.reader.managedTargets(st, view.marketStates, managed)
		for _, lb := range st.lanes {
			views = append(views, lb.Managed(managed)...)
		}
		d.Offer(views)
	}
	k.pub.Offer(view.Snapshot)
	if k.settings.OnChain != nil {
		k.settings.OnChain.Offer(RiskValues(view.Snapshot, k.assets))
	}
	block := st.block
	k.metrics.BlockProcessed(block.Number, block.Time, k.now().Sub(st.started))
	sum := Status{Block: block.Number, BlockTime: block.Time, ProcessedAt: k.now(), Liquidatable: len(view.Targets) + st.laneTargets}
	for _, m := range view.Snapshot.Markets {
		sum.Positions += m.PositionCount
		sum.AtRisk += m.AtRisk
	}
	for protocol, n := range k.bookSizes(view.Snapshot) {
		k.metrics.BookPositions(protocol, n)
	}
	k.status.Store(&sum)
	k.log.Debug().Uint64("block", block.Number).Int("targets", sum.Liquidatable).Dur("took", k.now().Sub(st.started)).Msg("block processed")
}

// bookSizes counts the tracked positions of each followed protocol (zero
// for one with none): each position sits in one market row.
func (k *Keeper) bookSizes(snap *oracle.Snapshot) map[string]int {
	sizes := map[string]int{strategies.ProtocolMorpho: 0}
	for _, l := range k.lanes {
		sizes[l.Protocol()] = 0
	}
	for _, m := range snap.Markets {
		sizes[cmp.Or(m.Protocol, strategies.ProtocolMorpho)] += m.PositionCount
	}
	return sizes
}

// Pass runs one block synchronously, the hot path then the risk stage, and
// returns what both found. It changes nothing outside the book.
func (k *Keeper) Pass(ctx context.Context, block chain.BlockRef) (*View, error) {
	head, err := k.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(block.Number))
	if err != nil {
		return nil, fmt.Errorf("read header %d: %w", block.Number, err)
	}
	if head.Hash() != block.Hash {
		return nil, fmt.Errorf("block %d is %s on the node, not %s", block.Number, head.Hash().Hex(), block.Hash.Hex())
	}
	st, targets, err := k.hot(ctx, head)
	if err != nil {
		return nil, err
	}
	view := k.reader.assess(ctx, st, k.now(), true)
	view.Targets = targets
	return view, nil
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

// fullNeeder is a Publishing that knows when Redis lost what it wrote.
type fullNeeder interface{ NeedsFull() bool }

// firstWriter is a Publishing that knows whether it wrote anything yet.
type firstWriter interface{ HasWritten() bool }

// needFull decides whether this block's snapshot lists every position: the
// first one, and whenever the publisher finds Redis empty. Redis coming
// back empty also gets the engine's state and the book checkpoint
// rewritten from memory, once per loss.
func (k *Keeper) needFull(ctx context.Context) bool {
	if !k.publishedFull {
		return true
	}
	fn, ok := k.pub.(fullNeeder)
	if !ok || !fn.NeedsFull() {
		k.stateRewritten = false
		return false
	}
	if fw, ok := k.pub.(firstWriter); ok && !fw.HasWritten() {
		// Nothing written by this instance yet (one that just took the
		// sender lease): a first full write, not a loss to recover from.
		return true
	}
	if !k.stateRewritten {
		k.stateRewritten = true
		k.log.Warn().Msg("redis lost the published state: rewriting it from memory")
		if k.settings.Engine != nil {
			if err := k.settings.Engine.Rewrite(ctx); err != nil {
				k.log.Warn().Err(err).Msg("risk state not rewritten")
			}
		}
		if k.settings.Checkpoints != nil {
			k.SaveCheckpoint(ctx)
		}
	}
	return true
}

// SaveCheckpoint stores the book as of the last applied block; a failure
// is logged and retried at the next interval.
func (k *Keeper) SaveCheckpoint(ctx context.Context) {
	if data, at, ok := k.adapter.Checkpoint(); ok {
		k.savedAt = k.now()
		if err := k.settings.Checkpoints.SaveCheckpoint(ctx, data); err != nil {
			k.log.Warn().Err(err).Uint64("block", at.Number).Msg("book checkpoint not saved")
		} else {
			k.log.Debug().Uint64("block", at.Number).Int("bytes", len(data)).Msg("book checkpoint saved")
		}
	}
	named, ok := k.settings.Checkpoints.(NamedCheckpointStore)
	if !ok {
		return
	}
	for _, l := range k.lanes {
		// A lane not (yet) started answers !ok.
		name, data, at, ok := l.Checkpoint()
		if !ok {
			continue
		}
		k.savedAt = k.now()
		if err := named.SaveNamedCheckpoint(ctx, name, data); err != nil {
			k.log.Warn().Err(err).Str("lane", name).Uint64("block", at.Number).Msg("lane checkpoint not saved")
			continue
		}
		k.log.Debug().Str("lane", name).Uint64("block", at.Number).Int("bytes", len(data)).Msg("lane checkpoint saved")
	}
}

// Book is the position book (for tests and diagnostics).
func (k *Keeper) Book() *book.Book { return k.adapter.Book() }
