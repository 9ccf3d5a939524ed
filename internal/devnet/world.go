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
	// under the fair rate, holds, and recovers.
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
)

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
	// FairRateDrift is what the fair rate grows by each block.
	FairRateDrift = big.NewInt(1_000_000_000_000)
	// DefaultKeeperWETH is the WETH NewWorld gives the keeper.
	DefaultKeeperWETH = new(big.Int).Mul(big.NewInt(10_000), WAD)
	// worldLiquidity is the WETH NewWorld supplies to each market.
	worldLiquidity = new(big.Int).Mul(big.NewInt(100_000), WAD)
	// Genesis balances.
	deployerGenesisETH = new(big.Int).Mul(big.NewInt(1_000_000_000), WAD)
	keeperGenesisETH   = new(big.Int).Mul(big.NewInt(1_000_000), WAD)
)

// ErrUnknownPath is returned by NewWorld for a path other than PathDepeg
// and PathCalm.
var ErrUnknownPath = errors.New("unknown devnet price path")

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
}

// World is the in-process devnet: a simulated chain (chain id 1337) with
// the contracts deployed, DefaultLoops seeded and the keeper funded, whose
// prices follow a scripted path as Run commits blocks.
//
// Block timestamps come from go-ethereum's simulated beacon: each Commit
// stamps max(wall clock, parent+1) in whole seconds. NewWorld's setup
// commits about ten blocks at once, so the chain starts about ten seconds
// ahead of the wall clock and, with a 1s BlockTime, stays that far ahead
// (one second per block); with a shorter BlockTime it runs ahead faster.
// Backend.AdjustTime seals an empty block dt later (it fails while
// transactions are pending), for heartbeat and interest tests.
//
// Deployment's methods mine through World.Commit and so never interleave
// with a Run step, but the path overwrites both prices every step.
type World struct {
	// Backend is the simulated chain. Commit through World.Commit while
	// Run may be running.
	Backend     *simulated.Backend
	Deployment  *Deployment
	DeployerKey *ecdsa.PrivateKey
	KeeperKey   *ecdsa.PrivateKey
	ChainID     *big.Int

	log  zerolog.Logger
	opts WorldOptions

	mu        sync.Mutex // serialises block production
	borrowers []Borrower
	step      uint64
	fair      *big.Int
	lastBps   int64
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

	backend := simulated.NewBackend(types.GenesisAlloc{
		contracts.Multicall3Address:                   contracts.Multicall3GenesisAccount(),
		crypto.PubkeyToAddress(deployerKey.PublicKey): {Balance: deployerGenesisETH},
		keeper: {Balance: keeperGenesisETH},
	})
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
	w.log.Info().
		Str("path", opts.Path).
		Dur("block_time", opts.BlockTime).
		Stringer("morpho", w.Deployment.Morpho).
		Stringer("keeper", keeper).
		Int("borrowers", len(w.borrowers)).
		Msg("devnet world ready")
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
	d, err := Deploy(ctx, client, w.DeployerKey, id, WithMine(func() { w.Commit() }), WithLiquidity(worldLiquidity))
	if err != nil {
		return fmt.Errorf("failed to deploy devnet: %w", err)
	}
	w.Deployment = d
	if w.borrowers, err = d.SeedLoops(ctx, client, w.DeployerKey, DefaultLoops()); err != nil {
		return fmt.Errorf("failed to seed loops: %w", err)
	}
	if err := d.FundKeeper(ctx, client, w.DeployerKey, keeper, w.opts.KeeperWETH); err != nil {
		return fmt.Errorf("failed to fund keeper: %w", err)
	}
	if w.fair, err = d.FairRate(ctx, client); err != nil {
		return err
	}
	return nil
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
// closed or liquidated loops, then it sends the block's fair-rate and
// market-price transactions and commits them in one block.
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
	}
	bps := DepegBps(w.opts.Path, w.step)
	fair := new(big.Int).Add(w.fair, FairRateDrift)
	market := MarketPriceFor(fair, bps)

	s := newSender(client, w.ChainID, w.commitLocked)
	err := d.queueFairRate(ctx, s, w.DeployerKey, fair)
	if err == nil {
		err = d.queueMarketPrice(ctx, s, w.DeployerKey, market)
	}
	if len(s.pending) == 0 {
		w.Backend.Commit() // one block per step, even if nothing was sent
	}
	receipts, werr := s.flush(ctx)
	w.step++
	if err = errors.Join(err, werr); err != nil {
		return err
	}
	w.fair = fair

	ev := w.log.Debug()
	if int64(bps) != w.lastBps {
		ev = w.log.Info()
	}
	w.lastBps = int64(bps)
	if len(receipts) > 0 {
		ev = ev.Uint64("block", receipts[0].BlockNumber.Uint64())
	}
	ev.Uint64("step", w.step-1).
		Uint64("cycle_step", (w.step-1)%CycleBlocks).
		Str("market_price", FormatWad(market)).
		Str("fair_rate", FormatWad(fair)).
		Uint64("depeg_bps", bps).
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
	}
	if len(loops) == 0 {
		return nil
	}
	seeded, err := d.seedLoops(ctx, client, w.DeployerKey, loops, w.commitLocked)
	if err != nil {
		return fmt.Errorf("failed to reseed loops: %w", err)
	}
	w.borrowers = append(keep, seeded...)
	w.log.Info().Int("reseeded", len(seeded)).Int("borrowers", len(w.borrowers)).Msg("devnet loops reseeded")
	return nil
}

// DepegBps is the path's market-price discount to the fair rate, in basis
// points, at the given step (block) of World's path.
func DepegBps(path string, step uint64) uint64 {
	if path != PathDepeg {
		return 0
	}
	pos := step % CycleBlocks
	switch {
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
