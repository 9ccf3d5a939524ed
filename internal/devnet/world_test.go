package devnet

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
)

func newTestWorld(t *testing.T, opts WorldOptions) *World {
	t.Helper()
	w, err := NewWorld(zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel), opts)
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, w.Close()) })
	return w
}

// abiMarketID encodes the params with the abi package, independently of
// MarketID.
func abiMarketID(t *testing.T, p morphoblue.MarketParams) common.Hash {
	t.Helper()
	addr, err := abi.NewType("address", "", nil)
	require.NoError(t, err)
	u256, err := abi.NewType("uint256", "", nil)
	require.NoError(t, err)
	args := abi.Arguments{{Type: addr}, {Type: addr}, {Type: addr}, {Type: addr}, {Type: u256}}
	enc, err := args.Pack(p.LoanToken, p.CollateralToken, p.Oracle, p.Irm, p.Lltv)
	require.NoError(t, err)
	require.Len(t, enc, 160)
	return crypto.Keccak256Hash(enc)
}

func wad(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), WAD) }

// requireClose requires |got-want| <= want·ppm/1e6.
func requireClose(t *testing.T, want, got *big.Int, ppm int64, what string) {
	t.Helper()
	diff := new(big.Int).Sub(got, want)
	tol := new(big.Int).Mul(want, big.NewInt(ppm))
	tol.Quo(tol, big.NewInt(1_000_000))
	require.LessOrEqual(t, diff.CmpAbs(tol), 0, "%s: want %s got %s", what, want, got)
}

// checkDeployment verifies markets, oracles and Multicall3 of d.
func checkDeployment(t *testing.T, ctx context.Context, b Backend, d *Deployment) {
	t.Helper()
	require.Len(t, d.Markets, 3)
	kinds := []string{OracleKindMarket, OracleKindExchangeRate, OracleKindMarket}
	oracles := []common.Address{d.MarketOracle, d.RateOracle, d.MarketOracle}
	lltvs := []*big.Int{LLTV945, LLTV945, LLTV86}
	seen := map[common.Hash]bool{}
	for i, m := range d.Markets {
		require.Equal(t, abiMarketID(t, m.Params), m.ID, m.Name)
		require.False(t, seen[m.ID], "duplicate id")
		seen[m.ID] = true
		require.Equal(t, kinds[i], m.OracleKind)
		require.Equal(t, oracles[i], m.Params.Oracle)
		require.Equal(t, d.WETH, m.Params.LoanToken)
		require.Equal(t, d.LRT, m.Params.CollateralToken)
		require.Equal(t, d.IRM, m.Params.Irm)
		require.Zero(t, lltvs[i].Cmp(m.Params.Lltv))
		onChain, err := callView(ctx, b, d.Morpho, morphoABI.PackIdToMarketParams(m.ID), morphoABI.UnpackIdToMarketParams)
		require.NoError(t, err)
		require.Equal(t, m.Params.Oracle, onChain.Oracle)
		require.Zero(t, m.Params.Lltv.Cmp(onChain.Lltv))
	}
	for _, o := range []common.Address{d.MarketOracle, d.RateOracle} {
		p, err := callView(ctx, b, o, oracleABI.PackPrice(), oracleABI.UnpackPrice)
		require.NoError(t, err)
		require.Zero(t, new(big.Int).Mul(InitialRate, WAD).Cmp(p), "oracle price %s", p)
	}
	code, err := b.CodeAt(ctx, d.Multicall3, nil)
	require.NoError(t, err)
	require.NotEmpty(t, code)
	rate, err := callView(ctx, b, d.IRM, irmABI.PackRatePerSecond(), irmABI.UnpackRatePerSecond)
	require.NoError(t, err)
	require.Equal(t, "951293759", rate.String())
}

// checkLoops verifies each borrower holds an L× loop that MorphoLens calls
// healthy, with the debt within ppm of collateral·price·(L−1)/L.
func checkLoops(t *testing.T, ctx context.Context, b Backend, d *Deployment, borrowers []Borrower, ppm int64) {
	t.Helper()
	for _, br := range borrowers {
		h, err := d.Health(ctx, b, br.Market, br.Address)
		require.NoError(t, err)
		require.True(t, h.Healthy, "borrower %s", br.Address)
		l := new(big.Int).SetUint64(br.Leverage)
		require.Zero(t, new(big.Int).Mul(l, br.Equity).Cmp(h.Collateral))
		// collateral·price·(L−1)/L ≈ debt.
		want := new(big.Int).Mul(h.Collateral, h.Price)
		want.Quo(want, new(big.Int).Mul(WAD, WAD))
		want.Mul(want, new(big.Int).Sub(l, big.NewInt(1))).Quo(want, l)
		requireClose(t, want, h.Borrowed, ppm, fmt.Sprintf("market %d %dx", br.Market, br.Leverage))
		require.GreaterOrEqual(t, h.Borrowed.Cmp(br.Debt), 0, "debt only grows")
	}
}

func TestWorldSeeded(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment

	require.Equal(t, int64(1337), w.ChainID.Int64())
	require.Equal(t, contracts.Multicall3Address, d.Multicall3, "genesis Multicall3 is reused")
	checkDeployment(t, ctx, c, d)

	borrowers := w.Borrowers()
	require.Len(t, borrowers, len(DefaultLoops()))
	for i, l := range DefaultLoops() {
		require.Equal(t, l.Market, borrowers[i].Market)
		require.Equal(t, l.Leverage, borrowers[i].Leverage)
		require.Equal(t, d.Markets[l.Market].ID, borrowers[i].MarketID)
	}
	w.Commit() // a block of interest must not change the picture
	checkLoops(t, ctx, c, d, borrowers, 1)

	keeper := crypto.PubkeyToAddress(w.KeeperKey.PublicKey)
	bal, err := callView(ctx, c, d.WETH, wethABI.PackBalanceOf(keeper), wethABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.Zero(t, DefaultKeeperWETH.Cmp(bal))
	require.NoError(t, d.ApproveMorpho(ctx, c, w.KeeperKey))
	allowance, err := callView(ctx, c, d.WETH, wethABI.PackAllowance(keeper, d.Morpho), wethABI.UnpackAllowance)
	require.NoError(t, err)
	require.Zero(t, maxUint256().Cmp(allowance))
}

func TestWorldDepegLiquidatesAndReseeds(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathDepeg})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment
	start := w.Borrowers()

	// Play the path to the bottom of the depeg.
	for range CalmBlocks + FallBlocks {
		require.NoError(t, w.Step(ctx))
	}
	fair, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	want := new(big.Int).Add(InitialRate, new(big.Int).Mul(FairRateDrift, big.NewInt(CalmBlocks+FallBlocks)))
	require.Zero(t, want.Cmp(fair))
	price, err := d.MarketPrice(ctx, c)
	require.NoError(t, err)
	require.Zero(t, MarketPriceFor(fair, MaxDepegBps).Cmp(price))

	healthy := map[[2]uint64]bool{}
	for _, br := range start {
		h, err := d.Health(ctx, c, br.Market, br.Address)
		require.NoError(t, err)
		healthy[[2]uint64{uint64(br.Market), br.Leverage}] = h.Healthy
	}
	require.False(t, healthy[[2]uint64{0, 10}], "10x on the market oracle is liquidatable at -8%")
	require.False(t, healthy[[2]uint64{0, 8}])
	require.True(t, healthy[[2]uint64{0, 5}])
	require.True(t, healthy[[2]uint64{1, 10}], "rate oracle ignores the depeg")
	require.True(t, healthy[[2]uint64{1, 8}])
	require.False(t, healthy[[2]uint64{2, 5}])
	require.False(t, healthy[[2]uint64{2, 6}])

	// The keeper liquidates the 10x loop in market 0 entirely.
	victim := start[0]
	require.Equal(t, 0, victim.Market)
	require.Equal(t, uint64(10), victim.Leverage)
	require.NoError(t, d.ApproveMorpho(ctx, c, w.KeeperKey))
	pos, err := d.Position(ctx, c, 0, victim.Address)
	require.NoError(t, err)
	s := newSender(c, w.ChainID, func() { w.Commit() })
	require.NoError(t, s.call(ctx, w.KeeperKey, d.Morpho,
		morphoABI.PackLiquidate(d.Markets[0].Params, victim.Address, new(big.Int), pos.BorrowShares, nil), "liquidate"))
	_, err = s.flush(ctx)
	require.NoError(t, err)
	pos, err = d.Position(ctx, c, 0, victim.Address)
	require.NoError(t, err)
	require.Zero(t, pos.BorrowShares.Sign())

	// At the next cycle the liquidated loop is replaced; the others are kept.
	for range CycleBlocks - (CalmBlocks + FallBlocks) + 1 {
		require.NoError(t, w.Step(ctx))
	}
	now := w.Borrowers()
	require.Len(t, now, len(start))
	var replacement *Borrower
	for i, br := range now {
		require.NotEqual(t, victim.Address, br.Address)
		if br.Market == 0 && br.Leverage == 10 {
			replacement = &now[i]
		}
	}
	require.NotNil(t, replacement)
	// The fair rate drifted ~1e-4 since the first loops were seeded and
	// was slashed 0.3% at SlashStep.
	checkLoops(t, ctx, c, d, now, 200+SlashBps*100)
}

func TestRunCommitsUntilCancelled(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm, BlockTime: 20 * time.Millisecond})
	c := w.Client()
	before, err := c.BlockNumber(t.Context())
	require.NoError(t, err)

	ctx, cancel := context.WithTimeout(t.Context(), 600*time.Millisecond)
	defer cancel()
	require.NoError(t, w.Run(ctx))

	after, err := c.BlockNumber(t.Context())
	require.NoError(t, err)
	require.GreaterOrEqual(t, after-before, uint64(5))
	fair, err := w.Deployment.FairRate(t.Context(), c)
	require.NoError(t, err)
	require.Positive(t, fair.Cmp(InitialRate), "the fair rate drifts up")
	price, err := w.Deployment.MarketPrice(t.Context(), c)
	require.NoError(t, err)
	require.Zero(t, fair.Cmp(price), "calm: market price = fair rate")
}

func TestPriceControls(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment

	require.NoError(t, d.SetMarketPrice(ctx, c, w.DeployerKey, wad(1)))
	p, err := callView(ctx, c, d.MarketOracle, oracleABI.PackPrice(), oracleABI.UnpackPrice)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Mul(WAD, WAD).Cmp(p))

	rate := big.NewInt(1_050_000_000_000_000_000)
	require.NoError(t, d.SetFairRate(ctx, c, w.DeployerKey, rate))
	p, err = callView(ctx, c, d.RateOracle, oracleABI.PackPrice(), oracleABI.UnpackPrice)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Mul(rate, WAD).Cmp(p))

	require.NoError(t, d.MakeFeedStale(ctx, c, w.DeployerKey, 1_000))
	r, err := callView(ctx, c, d.PriceFeed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
	require.NoError(t, err)
	require.Equal(t, uint64(1_000), r.UpdatedAt.Uint64())
	require.Zero(t, WAD.Cmp(r.Answer), "stale round keeps the answer")

	_, err = d.SeedLoops(ctx, c, w.DeployerKey, []Loop{{Market: 7, Leverage: 5, EquityWad: wad(1)}})
	require.ErrorIs(t, err, ErrBadLoop)
}

func TestDepegBps(t *testing.T) {
	t.Parallel()
	cases := map[uint64]uint64{
		0: 0, 7: 0, 8: 40, 17: 400, 27: 800, 28: 800, 47: 800,
		3: 0, 4: 300, 5: 0, 48: 760, 57: 400, 67: 0, 68: 0, 99: 0, 100: 0, 104: 300, 108: 40, 127: 800,
	}
	for step, want := range cases {
		require.Equal(t, want, DepegBps(PathDepeg, step), "step %d", step)
		require.Zero(t, DepegBps(PathCalm, step))
	}
	// 10x at LLTV 94.5% has HF 1.05: it breaks past 1-1/1.05 ≈ 476 bps,
	// which the path reaches within 20 blocks (20 s at 1s blocks).
	first := uint64(0)
	for DepegBps(PathDepeg, first) <= 476 {
		first++
	}
	require.LessOrEqual(t, first, uint64(20))

	// One slash, in the first cycle; a stale feed window in every cycle.
	for step := range uint64(3 * CycleBlocks) {
		require.Equal(t, step == SlashStep, SlashAt(PathDepeg, step), "step %d", step)
		pos := step % CycleBlocks
		require.Equal(t, pos >= StaleFromStep && pos < StaleToStep, FeedStaleAt(PathDepeg, step), "step %d", step)
		require.Equal(t, pos >= RateFreezeFromStep, RateFrozenAt(PathDepeg, step), "step %d", step)
		require.False(t, SlashAt(PathCalm, step))
		require.False(t, FeedStaleAt(PathCalm, step))
		require.False(t, RateFrozenAt(PathCalm, step))
	}
	// The freeze outlasts the embedded rate cadence.
	require.Greater(t, (CycleBlocks-RateFreezeFromStep)*time.Second, EmbeddedRateCadence)
	// Every alert kind shows within two minutes of start at 1 s blocks.
	require.Less(t, uint64(StaleToStep), uint64(120))
	require.Greater(t, feedStaleAge, EmbeddedFeedHeartbeat+(StaleToStep-StaleFromStep)*time.Second)
}

func TestLoopAmountsAndHelpers(t *testing.T) {
	t.Parallel()
	c, debt := LoopAmounts(10, wad(10), InitialRate)
	require.Zero(t, wad(100).Cmp(c))
	require.Equal(t, "91800000000000000000", debt.String())
	require.Equal(t, "1.020000000000000000", FormatWad(InitialRate))
	require.Equal(t, "0.000000001000000000", FormatWad(FairRateDrift))
	require.Equal(t, "938400000000000000", MarketPriceFor(InitialRate, 800).String())
	k1 := deriveKey(common.Address{1}, "borrower", 1)
	require.Equal(t, k1.D, deriveKey(common.Address{1}, "borrower", 1).D)
	require.NotEqual(t, k1.D, deriveKey(common.Address{1}, "borrower", 2).D)

	_, err := NewWorld(zerolog.Nop(), WorldOptions{Path: "moon"})
	require.ErrorIs(t, err, ErrUnknownPath)
}

// TestWorldExecution: the world's executor belongs to the keeper, the
// market-0 8x loop authorised the PreLiquidation (whose params are
// market 0's), and the managed loop authorised the executor.
func TestWorldExecution(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm})
	ctx := t.Context()
	c := w.Client()
	x := w.Execution
	owner, err := callView(ctx, c, x.Executor, executorABI.PackOwner(), executorABI.UnpackOwner)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(w.KeeperKey.PublicKey), owner)
	isPre, err := callView(ctx, c, x.PreLiquidationFactory, preLiqFactoryABI.PackIsPreLiquidation(x.PreLiquidation), preLiqFactoryABI.UnpackIsPreLiquidation)
	require.NoError(t, err)
	require.True(t, isPre)
	require.Positive(t, x.FactoryBlock)

	authorised := func(who, by common.Address) bool {
		ok, err := callView(ctx, c, w.Deployment.Morpho, morphoABI.PackIsAuthorized(by, who), morphoABI.UnpackIsAuthorized)
		require.NoError(t, err)
		return ok
	}
	var pre int
	for _, b := range w.Borrowers() {
		want := b.Market == 0 && b.Leverage == 8
		require.Equal(t, want, authorised(x.PreLiquidation, b.Address), "%d %dx", b.Market, b.Leverage)
		if want {
			pre++
		}
	}
	require.Equal(t, 1, pre)
	m := w.Managed()
	require.Equal(t, 1, m.Market)
	require.Equal(t, uint64(6), m.Leverage)
	require.True(t, authorised(x.Executor, m.Address))
	require.False(t, authorised(x.Executor, w.Borrowers()[0].Address))
}
