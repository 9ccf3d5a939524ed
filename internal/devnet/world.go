package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/contracts"
)

// Price paths World can play.
const (
	// PathDepeg repeats a cycle in which the market price falls MaxDepegBps
	// under the fair rate, holds, and recovers; the first cycle also
	// slashes the fair rate (SlashStep), and every cycle leaves the feed
	// stale from StaleFromStep to StaleToStep and freezes the fair rate
	// from RateFreezeFromStep to its end.
	PathDepeg = "depeg"
	// PathCalm keeps the market price at the fair rate.
	PathCalm = "calm"
)

// The depeg cycle, in blocks: calm, linear fall, hold, linear recovery,
// calm until CycleBlocks.
const (
	CycleBlocks   = 100
	CalmBlocks    = 8
	FallBlocks    = 20
	HoldBlocks    = 20
	RecoverBlocks = 20
	// MaxDepegBps is the depth of the depeg: 8% under the fair rate.
	MaxDepegBps = 800

	// SlashStep is the step of the first depeg cycle at which the LRT's
	// fair rate is slashed by SlashBps. It happens once: repeated every
	// cycle, the fair rate would fall ~0.3% every 100 s without end. The
	// fair-rate drift goes on from the slashed rate.
	SlashStep = 60
	// SlashBps is the slash: 0.3% of the fair rate.
	SlashBps = 30
	// StaleFromStep and StaleToStep bound the stale-feed window of every
	// depeg cycle: at StaleFromStep the feed gets a round (same answer)
	// whose updatedAt is feedStaleAge before the block's time, no round
	// follows until StaleToStep, whose step writes a fresh one. The pools
	// keep following the market meanwhile.
	StaleFromStep = 70
	StaleToStep   = 80
	// RateFreezeFromStep is where the fair rate stops drifting in every
	// depeg cycle, until the cycle ends: no rate change for
	// CycleBlocks-RateFreezeFromStep blocks, longer than
	// EmbeddedRateCadence.
	RateFreezeFromStep = 85
	// SpikeStep is a calm step of every depeg cycle at which the market
	// price (feed and pools) dips SpikeBps for that one block: the embedded
	// managed loop's trigger (market-price health 1.12, 1.134 at fair)
	// holds for that block, never for min_depeg_persist. 3% moves the
	// median of the four sources ~1.5%: no loop is liquidated by it.
	SpikeStep = 4
	SpikeBps  = 300
)

// EmbeddedRateCadence is the expected cadence of fair-rate changes the
// embedded config should give the daemon. The path changes the rate every
// block except in the depeg cycle's freeze (from RateFreezeFromStep to the
// cycle's end), which outlasts this cadence by five blocks.
const EmbeddedRateCadence = 10 * time.Second

// EmbeddedFeedHeartbeat is the market feed heartbeat the embedded config
// should give the daemon: the path updates the feed every block except in
// its stale window, whose round is already older than this when written.
const EmbeddedFeedHeartbeat = 3 * time.Minute

// feedStaleAge is how old the stale window's round is when written.
const feedStaleAge = 2 * EmbeddedFeedHeartbeat

const (
	// DefaultBlockTime is World's block time when WorldOptions leaves it 0.
	DefaultBlockTime = time.Second
	// worldSetupTimeout bounds NewWorld's deployment.
	worldSetupTimeout = 2 * time.Minute
	// stepTimeout bounds one Run step (including a reseed).
	stepTimeout = 30 * time.Second
	bpsDenom    = 10_000
)

var (
	// FairRateDrift is what the fair rate grows by each block: a realistic
	// LRT yield, so the CAPO cap does not bind in a calm world.
	FairRateDrift = big.NewInt(1_000_000_000) // ≈3.2% a year at one block a second
	// DefaultKeeperWETH is the WETH NewWorld gives the keeper.
	DefaultKeeperWETH = new(big.Int).Mul(big.NewInt(10_000), WAD)
	// worldLiquidity is the WETH NewWorld supplies to each market.
	worldLiquidity = new(big.Int).Mul(big.NewInt(100_000), WAD)
	// worldTraderInventory is the WETH and the ezETH of NewWorld's trader.
	worldTraderInventory = new(big.Int).Mul(big.NewInt(100_000), WAD)
	// Genesis balances.
	deployerGenesisETH = new(big.Int).Mul(big.NewInt(1_000_000_000), WAD)
	keeperGenesisETH   = new(big.Int).Mul(big.NewInt(1_000_000), WAD)
)

// ErrUnknownPath is returned by NewWorld for a path other than PathDepeg
// and PathCalm.
var ErrUnknownPath = errors.New("unknown devnet price path")

// HistoryDaysAgo are the days before "now" (the end of NewWorld's setup)
// at which NewWorld sets the LRT's fair rate while it walks the chain's
// clock forward: the fair rate is HistoryRate(days) from that block on.
var HistoryDaysAgo = []uint64{61, 30, 7, 0}

// HistoryAPRBps is the growth of the history's fair rate: 3% a year,
// simple, ending at InitialRate.
const HistoryAPRBps = 300

// HistoryRate is the history's fair rate daysAgo days before now:
// InitialRate·(1 − 3%·daysAgo/365), rounded down. HistoryRate(0) is
// InitialRate.
func HistoryRate(daysAgo uint64) *big.Int {
	cut := new(big.Int).Mul(InitialRate, new(big.Int).SetUint64(HistoryAPRBps*daysAgo))
	cut.Quo(cut, big.NewInt(bpsDenom*365))
	return cut.Sub(InitialRate, cut)
}

// HistoryPoint is one block of World's pre-history at which the fair rate
// (and the feed and pools with it) was set to Rate.
type HistoryPoint struct {
	DaysAgo uint64   `json:"days_ago"`
	Block   uint64   `json:"block"`
	Time    uint64   `json:"time"`
	Rate    *big.Int `json:"rate"`
}

// WorldOptions configures NewWorld.
type WorldOptions struct {
	// BlockTime is how often Run commits a block (default 1s).
	BlockTime time.Duration
	// Path is PathDepeg (default) or PathCalm.
	Path string
	// KeeperKey is the keeper's key; nil derives the fixed devnet keeper key.
	KeeperKey *ecdsa.PrivateKey
	// KeeperWETH is the keeper's WETH inventory (default DefaultKeeperWETH).
	KeeperWETH *big.Int
	// Aave adds an Aave-style pool on the world's WETH and LRT, its ezETH
	// priced by a CAPO adapter, with looped positions and a managed loop
	// (World.Aave); PathDepeg then misconfigures the CAPO cap at
	// CapoMisconfigStep of every cycle. Off by default.
	Aave bool
}

// World is the in-process devnet: a simulated chain (chain id 1337) with
// the contracts deployed, DefaultLoops seeded and the keeper funded, whose
// prices follow a scripted path as Run commits blocks.
//
// Block timestamps come from go-ethereum's simulated beacon: each Commit
// stamps max(wall clock, parent+1) in whole seconds. NewWorld deploys at
// the wall clock, then walks the clock forward HistoryDaysAgo[0] days with
// Backend.AdjustTime (see History), so the chain runs ~61 days ahead of
// the wall clock and every later block is exactly one second after its
// parent, whatever BlockTime is. Block time, never the wall clock, is the
// world's time. Backend.AdjustTime seals an empty block dt later, for
// heartbeat and interest tests. It fails while the tx pool lists a pending
// transaction. After a Commit, that includes the transactions the Commit
// just mined, until the pool's background head reset drops them. When
// nothing else is sending, call Backend.Rollback first: it waits for that
// reset, then clears the pool.
//
// Every step moves the Uni pool to the market price and trades the Curve
// pool toward it (its stored ezETH rate kept at the fair rate), so the Uni
// TWAP and the Curve EMA lag the feed. The Uni observation ring covers any
// TWAP window up to MaxTWAPWindow; in a fresh world the history reaches
// ~61 days back.
//
// Deployment's methods mine through World.Commit and so never interleave
// with a Run step, but the path overwrites both prices every step.
//
// With WorldOptions.Aave, World.Aave is an Aave-style pool on the same
// WETH and LRT whose ezETH price is the LRT's rate through a CAPO adapter;
// PathDepeg misconfigures that adapter's cap at CapoMisconfigStep of every
// cycle and the next cycle start restores it (see WorldAave).
type World struct {
	// Backend is the simulated chain. Commit through World.Commit while
	// Run may be running.
	Backend    *simulated.Backend
	Deployment *Deployment
	// Execution is the keeper's executor and market 0's PreLiquidation.
	Execution   Execution
	DeployerKey *ecdsa.PrivateKey
	KeeperKey   *ecdsa.PrivateKey
	ChainID     *big.Int
	// History holds the pre-history's rate points, oldest first: the
	// fair rate was HistoryRate(DaysAgo) from Block (at Time, DaysAgo
	// days before the end of the walk) until the next point, so a reader
	// of historical state 7, 30 or 60 days before the head finds those
	// rates. The last point (InitialRate) is an hour before the end of the
	// walk, whose last block refreshes the feed and pools; the loops are
	// seeded after it.
	History []HistoryPoint
	// Aave is the world's Aave pool; nil unless WorldOptions.Aave.
	Aave *WorldAave

	log  zerolog.Logger
	opts WorldOptions

	mu        sync.Mutex // serialises block production
	borrowers []Borrower
	managed   Borrower
	step      uint64
	fair      *big.Int
	lastBps   int64
	// capoBroken is set once the path misconfigured the CAPO cap, until
	// the next cycle start restores it.
	capoBroken bool
}

// NewWorld starts a simulated chain whose genesis funds the deployer and
// keeper keys and holds Multicall3 at its canonical address, deploys the
// devnet, seeds DefaultLoops and funds the keeper with WETH.
func NewWorld(log zerolog.Logger, opts WorldOptions) (*World, error) {
	if opts.BlockTime <= 0 {
		opts.BlockTime = DefaultBlockTime
	}
	switch opts.Path {
	case "":
		opts.Path = PathDepeg
	case PathDepeg, PathCalm:
	default:
		return nil, fmt.Errorf("%w: %q", ErrUnknownPath, opts.Path)
	}
	if opts.KeeperWETH == nil {
		opts.KeeperWETH = DefaultKeeperWETH
	}
	deployerKey := deriveKey(common.Address{}, "deployer", 0)
	keeperKey := opts.KeeperKey
	if keeperKey == nil {
		keeperKey = deriveKey(common.Address{}, "keeper", 0)
	}
	keeper := crypto.PubkeyToAddress(keeperKey.PublicKey)

	alloc := types.GenesisAlloc{
		contracts.Multicall3Address:                   contracts.Multicall3GenesisAccount(),
		crypto.PubkeyToAddress(deployerKey.PublicKey): {Balance: deployerGenesisETH},
		keeper: {Balance: keeperGenesisETH},
	}
	if opts.Aave {
		addAaveGenesis(alloc)
	}
	backend := simulated.NewBackend(alloc)
	w := &World{
		Backend:     backend,
		DeployerKey: deployerKey,
		KeeperKey:   keeperKey,
		log:         log.With().Str("component", "devnet").Logger(),
		opts:        opts,
		lastBps:     -1,
	}
	if err := w.setup(keeper); err != nil {
		return nil, errors.Join(err, backend.Close())
	}
	ev := w.log.Info().
		Str("path", opts.Path).
		Dur("block_time", opts.BlockTime).
		Stringer("morpho", w.Deployment.Morpho).
		Stringer("keeper", keeper).
		Int("borrowers", len(w.borrowers))
	if w.Aave != nil {
		ev = ev.Stringer("aave_pool", w.Aave.Pool).Stringer("capo", w.Aave.Capo).Int("aave_loops", len(w.Aave.Loops))
	}
	ev.Msg("devnet world ready")
	return w, nil
}

func (w *World) setup(keeper common.Address) error {
	ctx, cancel := context.WithTimeout(context.Background(), worldSetupTimeout)
	defer cancel()
	client := w.Backend.Client()
	id, err := client.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("failed to read simulated chain id: %w", err)
	}
	w.ChainID = id
	// The deployment mines through World.Commit, so callers of its methods
	// are serialised with Run's steps.
	d, err := Deploy(ctx, client, w.DeployerKey, id, WithMine(func() { w.Commit() }), WithLiquidity(worldLiquidity),
		WithTraderInventory(worldTraderInventory, worldTraderInventory), WithRiskSenders(keeper))
	if err != nil {
		return fmt.Errorf("failed to deploy devnet: %w", err)
	}
	w.Deployment = d
	if err := w.playHistory(ctx); err != nil {
		return fmt.Errorf("failed to play the rate history: %w", err)
	}
	if w.borrowers, err = d.SeedLoops(ctx, client, w.DeployerKey, DefaultLoops()); err != nil {
		return fmt.Errorf("failed to seed loops: %w", err)
	}
	if err := d.FundKeeper(ctx, client, w.DeployerKey, keeper, w.opts.KeeperWETH); err != nil {
		return fmt.Errorf("failed to fund keeper: %w", err)
	}
	if err := w.setupExecution(ctx, keeper); err != nil {
		return err
	}
	if w.opts.Aave {
		if err := w.setupAave(ctx); err != nil {
			return fmt.Errorf("failed to set up the aave pool: %w", err)
		}
	}
	if w.fair, err = d.FairRate(ctx, client); err != nil {
		return err
	}
	return nil
}

// setupExecution deploys the keeper's executor and market 0's
// PreLiquidation, has the market-0 8x loop authorise the PreLiquidation,
// and seeds the managed loop: 6x in the exchange-rate-priced market 1,
// authorising the executor, kept apart from the reseeded borrowers.
func (w *World) setupExecution(ctx context.Context, keeper common.Address) error {
	client := w.Backend.Client()
	d := w.Deployment
	x, err := d.DeployExecution(ctx, client, w.DeployerKey, keeper)
	if err != nil {
		return fmt.Errorf("failed to deploy the executor: %w", err)
	}
	w.Execution = x
	for i, br := range w.borrowers {
		if br.Market == 0 && br.Leverage == 8 {
			if err := d.Authorize(ctx, client, br.Key, x.PreLiquidation); err != nil {
				return fmt.Errorf("failed to authorise the pre-liquidation: %w", err)
			}
			w.borrowers[i].Authorized = []common.Address{x.PreLiquidation}
		}
	}
	managed, err := d.SeedLoops(ctx, client, w.DeployerKey, []Loop{{Market: 1, Leverage: 6, EquityWad: DefaultEquity}})
	if err != nil {
		return fmt.Errorf("failed to seed the managed loop: %w", err)
	}
	if err := d.Authorize(ctx, client, managed[0].Key, x.Executor); err != nil {
		return fmt.Errorf("failed to authorise the executor: %w", err)
	}
	managed[0].Authorized = []common.Address{x.Executor}
	w.managed = managed[0]
	return nil
}

// Managed is the loop whose owner authorised the keeper's executor to
// deleverage it.
func (w *World) Managed() Borrower { return w.managed }

// historySettle is how long before the end of NewWorld's walk the last
// history point (InitialRate) is set, so the Curve EMA and the Uni TWAP
// have settled on it by the first step.
const historySettle = time.Hour

// historyOffset is how long before the end of the walk the point daysAgo
// is set.
func historyOffset(daysAgo uint64) time.Duration {
	if daysAgo == 0 {
		return historySettle
	}
	return time.Duration(daysAgo) * 24 * time.Hour
}

// playHistory walks the chain's clock through HistoryDaysAgo, setting the
// fair rate, the feed and the pools to HistoryRate at each point, the
// point daysAgo days before the end of the walk (the last one,
// InitialRate, historySettle before it). AdjustTime seals an empty block
// gap-1s after the previous point, and the point's block follows one
// second later. The walk ends with a block refreshing the feed and pools.
func (w *World) playHistory(ctx context.Context) error {
	client := w.Backend.Client()
	d := w.Deployment
	mine := func() { w.Commit() }
	jump := func(gap time.Duration) error {
		w.mu.Lock()
		defer w.mu.Unlock()
		// AdjustTime needs an empty pool, and the pool drops a mined tx only
		// when its head reset runs. That reset runs on a background goroutine
		// after Commit, so the last flush's receipts can come back before
		// it, while the pool still lists a tx that is already mined.
		// Rollback calls TxPool.Sync, which waits for that reset (and runs
		// another) before it clears the pool. The clear drops nothing real,
		// because flush has waited for every receipt and nothing else sends
		// during setup.
		w.Backend.Rollback()
		if err := w.Backend.AdjustTime(gap - time.Second); err != nil {
			return fmt.Errorf("failed to move the clock %s: %w", gap, err)
		}
		return nil
	}
	for i, days := range HistoryDaysAgo {
		if i > 0 {
			if err := jump(historyOffset(HistoryDaysAgo[i-1]) - historyOffset(days)); err != nil {
				return err
			}
		}
		rate := HistoryRate(days)
		s := newSender(client, w.ChainID, mine)
		if err := d.queueFairRate(ctx, s, w.DeployerKey, rate); err != nil {
			return err
		}
		if err := d.queueMarketPrice(ctx, s, w.DeployerKey, rate); err != nil {
			return err
		}
		if err := d.queuePoolPrices(ctx, s, w.DeployerKey, rate, rate); err != nil {
			return err
		}
		receipts, err := s.flush(ctx)
		if err != nil {
			return err
		}
		var block uint64
		for _, r := range receipts {
			block = max(block, r.BlockNumber.Uint64())
		}
		h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(block))
		if err != nil {
			return fmt.Errorf("failed to read history block %d: %w", block, err)
		}
		w.History = append(w.History, HistoryPoint{DaysAgo: days, Block: block, Time: h.Time, Rate: rate})
		w.log.Debug().Uint64("days_ago", days).Uint64("block", block).Uint64("time", h.Time).
			Str("fair_rate", FormatWad(rate)).Msg("devnet history point")
	}
	if err := jump(historyOffset(HistoryDaysAgo[len(HistoryDaysAgo)-1])); err != nil {
		return err
	}
	last := w.History[len(w.History)-1].Rate
	s := newSender(client, w.ChainID, mine)
	if err := d.queueMarketPrice(ctx, s, w.DeployerKey, last); err != nil {
		return err
	}
	if err := d.queuePoolPrices(ctx, s, w.DeployerKey, last, last); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// Client returns the simulated chain's client.
func (w *World) Client() simulated.Client { return w.Backend.Client() }

// Borrowers returns the currently tracked seeded positions (reseeded ones
// replace closed or liquidated ones at each cycle start).
func (w *World) Borrowers() []Borrower {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.borrowers)
}

// Commit mines a block, for tests that drive blocks by hand.
func (w *World) Commit() common.Hash {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.Backend.Commit()
}

func (w *World) commitLocked() { w.Backend.Commit() }

// Close shuts the simulated chain down.
func (w *World) Close() error { return w.Backend.Close() }

// Run commits a block every BlockTime, playing the price path. It returns
// nil when ctx ends; a failed step is logged and the next one tried.
func (w *World) Run(ctx context.Context) error {
	t := time.NewTicker(w.opts.BlockTime)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		// A step is not interrupted by ctx: a half-sent step would leave
		// the fair rate and market price out of step.
		stepCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stepTimeout)
		err := w.Step(stepCtx)
		cancel()
		if err != nil {
			w.log.Error().Err(err).Msg("devnet step failed")
		}
	}
}

// Step plays one block of the path: at a cycle start it first reseeds
// closed or liquidated loops (and, with Aave, restores a sound CAPO cap
// and reopens the Aave loops that were liquidated or deleveraged), then it
// sends the block's transactions and commits them in one block: the fair
// rate (slashed at SlashStep, left alone from RateFreezeFromStep to the
// cycle's end), the feed's round (a stale one at StaleFromStep, none until
// StaleToStep), the Uni pool's price, the Curve pool's stored rate, the
// trader's Curve trade toward the market price and, with Aave, the CAPO
// misconfiguration at CapoMisconfigStep.
func (w *World) Step(ctx context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	client := w.Backend.Client()
	d := w.Deployment

	if w.step > 0 && w.step%CycleBlocks == 0 {
		// A failed reseed must not stop the price path.
		if err := w.reseed(ctx); err != nil {
			w.log.Error().Err(err).Msg("devnet reseed failed")
		}
		if err := w.reseedAave(ctx); err != nil {
			w.log.Error().Err(err).Msg("devnet aave reseed failed")
		}
	}
	step, pos := w.step, w.step%CycleBlocks
	bps := DepegBps(w.opts.Path, step)
	frozen := RateFrozenAt(w.opts.Path, step)
	fair := new(big.Int).Set(w.fair)
	if !frozen {
		fair.Add(fair, FairRateDrift)
	}
	slash := SlashAt(w.opts.Path, step)
	if slash {
		fair.Mul(fair, big.NewInt(bpsDenom-SlashBps)).Quo(fair, big.NewInt(bpsDenom))
	}
	market := MarketPriceFor(fair, bps)
	stale := FeedStaleAt(w.opts.Path, step)

	s := newSender(client, w.ChainID, w.commitLocked)
	var staleAt, blockTime uint64
	var err error
	if !frozen {
		err = d.queueFairRate(ctx, s, w.DeployerKey, fair)
	}
	fairQueued := err == nil
	switch {
	case err != nil:
	case !stale:
		err = d.queueMarketPrice(ctx, s, w.DeployerKey, market)
	case pos == StaleFromStep:
		if blockTime, err = w.nextBlockTime(ctx); err == nil {
			staleAt = blockTime - uint64(feedStaleAge/time.Second)
			err = d.queueStaleFeed(ctx, s, w.DeployerKey, staleAt)
		}
	}
	if err == nil {
		err = d.queuePoolPrices(ctx, s, w.DeployerKey, market, fair)
	}
	capo := w.Aave != nil && CapoMisconfiguredAt(w.opts.Path, step)
	var capoMax *big.Int
	if err == nil && capo {
		// Restored at the next cycle start even if this step fails.
		w.capoBroken = true
		_, capoMax, err = w.queueCapoMisconfig(ctx, s, fair)
	}
	if len(s.pending) == 0 {
		w.Backend.Commit() // one block per step, even if nothing was sent
	}
	receipts, werr := s.flush(ctx)
	w.step++
	if fairQueued && werr == nil {
		w.fair = fair
	}
	if err = errors.Join(err, werr); err != nil {
		return err
	}
	var block uint64
	if len(receipts) > 0 {
		block = receipts[0].BlockNumber.Uint64()
	}

	if capo {
		w.log.Info().Uint64("block", block).Uint64("step", step).Str("fair_rate", FormatWad(fair)).
			Str("max_ratio", FormatWad(capoMax)).Int64("gap_bps", -CapoMisconfigGapBps).
			Msg("devnet capo misconfigured")
	}
	if slash {
		w.log.Info().Uint64("block", block).Uint64("step", step).
			Str("fair_rate", FormatWad(fair)).Uint64("slash_bps", SlashBps).Msg("devnet slash")
	}
	if stale && pos == StaleFromStep {
		w.log.Info().Uint64("block", block).Uint64("step", step).
			Uint64("updated_at", staleAt).Uint64("block_time", blockTime).
			Dur("heartbeat", EmbeddedFeedHeartbeat).Uint64("stale_blocks", StaleToStep-StaleFromStep).
			Msg("devnet feed stale")
	}
	if w.opts.Path == PathDepeg && pos == StaleToStep {
		w.log.Info().Uint64("block", block).Uint64("step", step).
			Str("market_price", FormatWad(market)).Msg("devnet feed fresh")
	}
	if frozen && pos == RateFreezeFromStep {
		w.log.Info().Uint64("block", block).Uint64("step", step).Str("fair_rate", FormatWad(fair)).
			Dur("cadence", EmbeddedRateCadence).Uint64("frozen_blocks", CycleBlocks-RateFreezeFromStep).
			Msg("devnet rate frozen")
	}
	if w.opts.Path == PathDepeg && pos == 0 && step > 0 {
		w.log.Info().Uint64("block", block).Uint64("step", step).Str("fair_rate", FormatWad(fair)).
			Msg("devnet rate moving")
	}

	ev := w.log.Debug()
	if int64(bps) != w.lastBps {
		ev = w.log.Info()
	}
	w.lastBps = int64(bps)
	if block > 0 {
		ev = ev.Uint64("block", block)
	}
	ev.Uint64("step", step).
		Uint64("cycle_step", pos).
		Str("market_price", FormatWad(market)).
		Str("fair_rate", FormatWad(fair)).
		Uint64("depeg_bps", bps).
		Bool("feed_stale", stale).
		Bool("rate_frozen", frozen).
		Msg("devnet price set")
	return nil
}

// reseed replaces every tracked borrower whose position was closed or
// (partly) liquidated with a fresh one of the same shape.
func (w *World) reseed(ctx context.Context) error {
	client := w.Backend.Client()
	d := w.Deployment
	var keep []Borrower
	var loops []Loop
	var authorized [][]common.Address
	for _, br := range w.borrowers {
		p, err := d.Position(ctx, client, br.Market, br.Address)
		if err != nil {
			return err
		}
		if p.BorrowShares.Sign() > 0 && p.Collateral.Cmp(br.Collateral) >= 0 {
			keep = append(keep, br)
			continue
		}
		loops = append(loops, Loop{Market: br.Market, Leverage: br.Leverage, EquityWad: br.Equity})
		authorized = append(authorized, br.Authorized)
	}
	if len(loops) == 0 {
		return nil
	}
	seeded, err := d.seedLoops(ctx, client, w.DeployerKey, loops, w.commitLocked)
	if err != nil {
		return fmt.Errorf("failed to reseed loops: %w", err)
	}
	// A replacement authorises what its predecessor did.
	s := newSender(client, w.ChainID, w.commitLocked)
	for i := range seeded {
		for _, who := range authorized[i] {
			if err := s.call(ctx, seeded[i].Key, d.Morpho, morphoABI.PackSetAuthorization(who, true), "re-authorise"); err != nil {
				return err
			}
		}
		seeded[i].Authorized = authorized[i]
	}
	if _, err := s.flush(ctx); err != nil {
		return fmt.Errorf("failed to re-authorise reseeded loops: %w", err)
	}
	w.borrowers = append(keep, seeded...)
	w.log.Info().Int("reseeded", len(seeded)).Int("borrowers", len(w.borrowers)).Msg("devnet loops reseeded")
	return nil
}

// nextBlockTime is the timestamp the next Commit will stamp:
// max(wall clock, head+1).
func (w *World) nextBlockTime(ctx context.Context) (uint64, error) {
	h, err := w.Backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("failed to read head: %w", err)
	}
	return max(uint64(time.Now().Unix()), h.Time+1), nil
}

// SlashAt reports whether the path slashes the fair rate by SlashBps at
// the given step: only PathDepeg, once, at SlashStep.
func SlashAt(path string, step uint64) bool {
	return path == PathDepeg && step == SlashStep
}

// FeedStaleAt reports whether the path leaves the market feed stale at the
// given step: PathDepeg from StaleFromStep up to (not including)
// StaleToStep of every cycle.
func FeedStaleAt(path string, step uint64) bool {
	pos := step % CycleBlocks
	return path == PathDepeg && pos >= StaleFromStep && pos < StaleToStep
}

// RateFrozenAt reports whether the path leaves the fair rate unchanged at
// the given step: PathDepeg from RateFreezeFromStep to the end of every
// cycle.
func RateFrozenAt(path string, step uint64) bool {
	return path == PathDepeg && step%CycleBlocks >= RateFreezeFromStep
}

// DepegBps is the path's market-price discount to the fair rate, in basis
// points, at the given step (block) of World's path.
func DepegBps(path string, step uint64) uint64 {
	if path != PathDepeg {
		return 0
	}
	pos := step % CycleBlocks
	switch {
	case pos == SpikeStep:
		return SpikeBps
	case pos < CalmBlocks:
		return 0
	case pos < CalmBlocks+FallBlocks:
		return MaxDepegBps * (pos - CalmBlocks + 1) / FallBlocks
	case pos < CalmBlocks+FallBlocks+HoldBlocks:
		return MaxDepegBps
	case pos < CalmBlocks+FallBlocks+HoldBlocks+RecoverBlocks:
		left := CalmBlocks + FallBlocks + HoldBlocks + RecoverBlocks - pos - 1
		return MaxDepegBps * left / RecoverBlocks
	default:
		return 0
	}
}

// MarketPriceFor is fair·(1 − bps/10000), rounded down.
func MarketPriceFor(fair *big.Int, bps uint64) *big.Int {
	p := new(big.Int).Mul(fair, new(big.Int).SetUint64(bpsDenom-bps))
	return p.Quo(p, big.NewInt(bpsDenom))
}

// FormatWad renders a non-negative WAD as a decimal with 18 places.
func FormatWad(x *big.Int) string {
	q, r := new(big.Int).QuoRem(x, WAD, new(big.Int))
	return fmt.Sprintf("%s.%018s", q, r.Abs(r).String())
}
