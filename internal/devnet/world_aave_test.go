package devnet

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	iaave "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	paave "github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// hf reads the health factor (WAD) of user on the world's pool.
func hf(t *testing.T, ctx context.Context, w *World, user common.Address) *big.Int {
	t.Helper()
	acct, err := w.Aave.AccountData(ctx, w.Client(), user)
	require.NoError(t, err)
	return acct.HealthFactor
}

// hfBps is a WAD health factor in bps, rounded down (readability only).
func hfBps(h *big.Int) int64 {
	return new(big.Int).Quo(new(big.Int).Mul(h, big.NewInt(bpsDenom)), WAD).Int64()
}

// capoReading reads the daemon's CAPO watch at the head, the calls made
// one by one.
func capoReading(t *testing.T, ctx context.Context, w *World, watch oracle.CapoWatch) oracle.CapoReading {
	t.Helper()
	c := w.Client()
	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	var res []chain.Result
	for _, call := range watch.Calls() {
		out, err := c.CallContract(ctx, ethereum.CallMsg{To: &call.Target, Data: call.Data}, head.Number)
		res = append(res, chain.Result{Success: err == nil, Data: out})
	}
	r := watch.Decode(res, chain.RefOf(head))
	require.NoError(t, r.Err)
	return r
}

func isCapped(t *testing.T, ctx context.Context, w *World) bool {
	t.Helper()
	capped, err := callView(ctx, w.Client(), w.Aave.Capo, capoABI.PackIsCapped(), capoABI.UnpackIsCapped)
	require.NoError(t, err)
	return capped
}

// requireAaveHealthy requires every Aave position of w healthy.
func requireAaveHealthy(t *testing.T, ctx context.Context, w *World, what string) {
	t.Helper()
	for _, l := range append(append([]AaveLoop(nil), w.Aave.Loops...), w.Aave.Managed) {
		require.GreaterOrEqual(t, hf(t, ctx, w, l.Address).Cmp(WAD), 0, "%s: %s loop at %d", what, l.Kind, l.HealthBps)
	}
}

// keeperCall sends one executor call from the keeper and requires it to
// succeed.
func keeperCall(t *testing.T, ctx context.Context, w *World, data []byte, label string) {
	t.Helper()
	s := newSender(w.Client(), w.ChainID, func() { w.Commit() })
	_, err := s.sendGas(ctx, w.KeeperKey, &w.Execution.Executor, data, nil, 5_000_000, label)
	require.NoError(t, err)
	_, err = s.flush(ctx)
	require.NoError(t, err, label)
}

// TestWorldAaveCapoMisconfiguration plays the depeg path on a world with
// Aave: the pool holds the loops, healthy until CapoMisconfigStep; there
// the cap falls 2.85% under the rate, e-mode loops become liquidatable
// and the managed loop falls under its trigger; the keeper's executor can
// liquidate through a WETH flash loan and deleverage the managed loop
// through its aToken allowance; the next cycle start restores the cap and
// reopens what was liquidated or deleveraged.
func TestWorldAaveCapoMisconfiguration(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathDepeg, Aave: true})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment
	a := w.Aave
	require.NotNil(t, a)

	// The pool lists the world's tokens, priced in ETH.
	require.Equal(t, d.WETH, a.WETH().Token)
	require.Equal(t, d.LRT, a.LRT().Token)
	for i, r := range a.Reserves {
		at, err := callView(ctx, c, a.Pool, aavePoolABI.PackGetReserveAToken(r.Token), aavePoolABI.UnpackGetReserveAToken)
		require.NoError(t, err)
		require.Equal(t, r.AToken, at)
		require.Equal(t, uint16(i), r.ID)
	}
	hc, err := chain.FromSimulated(c)
	require.NoError(t, err)
	m, err := paave.LoadMarket(ctx, chain.NewMulticall(hc, d.Multicall3), w.Commit(), a.Pool, a.Oracle, iaave.V3_5)
	require.NoError(t, err)
	require.Len(t, m.Reserves, 2)
	em, err := callView(ctx, c, a.Pool, aavePoolABI.PackGetEModeCategoryCollateralConfig(a.EMode), aavePoolABI.UnpackGetEModeCategoryCollateralConfig)
	require.NoError(t, err)
	require.Equal(t, []uint16{9300, 9500, 10100}, []uint16{em.Ltv, em.LiquidationThreshold, em.LiquidationBonus})
	wethPrice, err := a.AssetPrice(ctx, c, AaveReserveWETH)
	require.NoError(t, err)
	require.Zero(t, WAD.Cmp(wethPrice))
	fair, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	ezPrice, err := a.AssetPrice(ctx, c, AaveReserveLRT)
	require.NoError(t, err)
	require.Zero(t, fair.Cmp(ezPrice), "a sound cap does not bind")
	unit, err := callView(ctx, c, a.Oracle, aaveOracleABI.PackBASECURRENCYUNIT(), aaveOracleABI.UnpackBASECURRENCYUNIT)
	require.NoError(t, err)
	require.Zero(t, WAD.Cmp(unit))

	// The positions: opened at their health factors; the managed loop has
	// approved the executor on its aToken; the whale's WETH is supplied.
	require.Len(t, a.Loops, len(DefaultAaveLoops()))
	kinds := map[string]int{}
	for _, l := range append(append([]AaveLoop(nil), a.Loops...), a.Managed) {
		kinds[l.Kind]++
		h := hfBps(hf(t, ctx, w, l.Address))
		require.GreaterOrEqual(t, h, int64(l.HealthBps)-1, "%s loop (interest accrues)", l.Kind)
		require.LessOrEqual(t, h, int64(l.HealthBps)+5, "%s loop", l.Kind)
		mode, err := callView(ctx, c, a.Pool, aavePoolABI.PackGetUserEMode(l.Address), aavePoolABI.UnpackGetUserEMode)
		require.NoError(t, err)
		require.Equal(t, uint64(l.EMode), mode.Uint64())
		require.Positive(t, l.Debt.Sign())
	}
	require.Equal(t, map[string]int{AaveLoopEMode: 12, AaveLoopPlain: 2, AaveLoopMulti: 1, AaveLoopManaged: 1}, kinds)
	allowance, err := callView(ctx, c, a.LRT().AToken, aaveTokenABI.PackAllowance(a.Managed.Address, w.Execution.Executor), aaveTokenABI.UnpackAllowance)
	require.NoError(t, err)
	require.Zero(t, maxUint256().Cmp(allowance))
	supplied, err := callView(ctx, c, a.WETH().AToken, aaveTokenABI.PackBalanceOf(a.Whale), aaveTokenABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.GreaterOrEqual(t, supplied.Cmp(AaveWhaleWETH), 0)

	watch := oracle.CapoWatch{Name: "devnet_ezeth", Adapter: a.Capo, AlertBelowBps: EmbeddedCapoAlertBelowBps}
	r := capoReading(t, ctx, w, watch)
	require.Positive(t, r.GapBps.Sign(), "the sound cap sits above the rate")
	require.False(t, r.Below(watch))

	// Up to the CAPO step (through the depeg and the slash) every position
	// stays healthy.
	for step := uint64(0); step < CapoMisconfigStep; step++ {
		require.NoError(t, w.Step(ctx))
		requireAaveHealthy(t, ctx, w, "before the CAPO step")
	}
	managedBefore := hf(t, ctx, w, a.Managed.Address)

	// The CAPO step: the cap lands 2.85% under the rate.
	require.NoError(t, w.Step(ctx))
	r = capoReading(t, ctx, w, watch)

	liquidatable := requireCapoBites(t, ctx, w, managedBefore, r)

	// The keeper liquidates the first of them through a WETH flash loan
	// and deleverages the managed loop through its aToken allowance, both
	// selling ezETH on the Curve pool.
	swap := keeperexecutor.Swap{Kind: 1, Pool: d.CurvePool, I: big.NewInt(1), J: big.NewInt(0), MinOut: new(big.Int)}
	victim := liquidatable[0]
	st, err := w.aaveStateOf(ctx, victim)
	require.NoError(t, err)
	keeperCall(t, ctx, w, executorABI.PackAaveLiquidate(a.Pool, d.LRT, d.WETH, victim.Address,
		new(big.Int).Quo(st.debt, big.NewInt(2)), swap, new(big.Int)), "aave liquidate")
	after, err := w.aaveStateOf(ctx, victim)
	require.NoError(t, err)
	require.Negative(t, after.lrt.Cmp(victim.LRTCollateral))

	st, err = w.aaveStateOf(ctx, a.Managed)
	require.NoError(t, err)
	repay := new(big.Int).Quo(st.debt, big.NewInt(3))
	fair, err = d.FairRate(ctx, c)
	require.NoError(t, err)
	withdraw := new(big.Int).Mul(repay, big.NewInt(10_050))
	withdraw.Mul(withdraw, WAD).Quo(withdraw, new(big.Int).Mul(fair, big.NewInt(bpsDenom)))
	keeperCall(t, ctx, w, executorABI.PackAaveDeleverage(a.Pool, d.LRT, a.LRT().AToken, d.WETH, a.Managed.Address,
		repay, withdraw, swap), "aave deleverage")
	require.Greater(t, hfBps(hf(t, ctx, w, a.Managed.Address)), int64(EmbeddedAaveTriggerBps))

	// The cycle start restores the cap and reopens both in place.
	for step := uint64(CapoMisconfigStep + 1); step <= CycleBlocks; step++ {
		require.NoError(t, w.Step(ctx))
	}
	r = capoReading(t, ctx, w, watch)
	require.Positive(t, r.GapBps.Sign(), "restored cap %s", r.GapBps)
	require.False(t, r.Below(watch))
	require.False(t, isCapped(t, ctx, w))
	requireAaveHealthy(t, ctx, w, "after the reseed")
	for _, l := range []AaveLoop{victim, a.Managed} {
		st, err := w.aaveStateOf(ctx, l)
		require.NoError(t, err)
		require.True(t, st.intact(l), "%s loop reopened", l.Kind)
		h := hfBps(hf(t, ctx, w, l.Address))
		require.GreaterOrEqual(t, h, int64(l.HealthBps)-1, "%s loop", l.Kind)
		require.LessOrEqual(t, h, int64(l.HealthBps)+5, "%s loop", l.Kind)
	}

	// The next cycle replays it: the adapter takes the later snapshot.
	for step := uint64(CycleBlocks + 1); step < CycleBlocks+CapoMisconfigStep; step++ {
		require.NoError(t, w.Step(ctx))
	}
	requireAaveHealthy(t, ctx, w, "before the second CAPO step")
	managedBefore = hf(t, ctx, w, a.Managed.Address)
	require.NoError(t, w.Step(ctx))
	requireCapoBites(t, ctx, w, managedBefore, capoReading(t, ctx, w, watch))
}

// requireCapoBites checks the world right after a CAPO step: the cap
// CapoMisconfigGapBps under the rate, the watch alerting, ezETH priced at
// the cap, some e-mode loops liquidatable (never the multi-asset user)
// and the managed loop under its trigger but healthy. It returns the
// liquidatable e-mode loops.
func requireCapoBites(t *testing.T, ctx context.Context, w *World, managedBefore *big.Int, r oracle.CapoReading) []AaveLoop {
	t.Helper()
	gap := new(big.Int).Quo(r.GapBps, big.NewInt(1e16)) // centi-bps
	require.InDelta(t, -CapoMisconfigGapBps*100, gap.Int64(), 2, "gap %s", r.GapBps)
	require.True(t, r.Below(oracle.CapoWatch{AlertBelowBps: EmbeddedCapoAlertBelowBps}))
	require.True(t, isCapped(t, ctx, w))
	ezPrice, err := w.Aave.AssetPrice(ctx, w.Client(), AaveReserveLRT)
	require.NoError(t, err)
	require.Zero(t, r.MaxRatio.Cmp(ezPrice), "the pool prices ezETH at the cap")

	var liquidatable []AaveLoop
	plain := 0
	for _, l := range w.Aave.Loops {
		if hf(t, ctx, w, l.Address).Cmp(WAD) >= 0 {
			continue
		}
		switch l.Kind {
		case AaveLoopEMode:
			liquidatable = append(liquidatable, l)
		case AaveLoopPlain:
			plain++
		default:
			t.Fatalf("%s loop liquidatable", l.Kind)
		}
	}
	require.NotEmpty(t, liquidatable)
	managedAfter := hf(t, ctx, w, w.Aave.Managed.Address)
	require.Less(t, hfBps(managedAfter), int64(EmbeddedAaveTriggerBps))
	require.GreaterOrEqual(t, managedAfter.Cmp(WAD), 0)
	t.Logf("cap gap %s bps; managed HF %s -> %s; %d e-mode and %d plain loops liquidatable",
		FormatWad(r.GapBps), FormatWad(managedBefore), FormatWad(managedAfter), len(liquidatable), plain)
	return liquidatable
}

// TestWorldWithoutAave: the default world has no Aave pool and funds no
// Aave account.
func TestWorldWithoutAave(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm})
	require.Nil(t, w.Aave)
	bal, err := w.Client().BalanceAt(t.Context(), addressOf(aaveWhaleKey()), nil)
	require.NoError(t, err)
	require.Zero(t, bal.Sign())
}

// TestCapoMisconfiguredAt: once a depeg cycle, on a step free of the
// path's other events; never on the calm path.
func TestCapoMisconfiguredAt(t *testing.T) {
	t.Parallel()
	var hits int
	for step := range uint64(3 * CycleBlocks) {
		require.False(t, CapoMisconfiguredAt(PathCalm, step))
		if !CapoMisconfiguredAt(PathDepeg, step) {
			continue
		}
		hits++
		require.Equal(t, uint64(CapoMisconfigStep), step%CycleBlocks)
		require.Zero(t, DepegBps(PathDepeg, step), "no depeg or spike at step %d", step)
		require.False(t, SlashAt(PathDepeg, step))
		require.False(t, FeedStaleAt(PathDepeg, step))
		require.False(t, RateFrozenAt(PathDepeg, step))
	}
	require.Equal(t, 3, hits)
	require.Less(t, uint64(CapoMisconfigStep), uint64(CycleBlocks), "restored within the cycle's reseed")
}

// TestCapoSnapshotFor: the snapshot puts the cap on the target within a
// couple of wei, the way the adapter computes it.
func TestCapoSnapshotFor(t *testing.T) {
	t.Parallel()
	for _, target := range []*big.Int{InitialRate, MarketPriceFor(InitialRate, CapoMisconfigGapBps), wad(3)} {
		for _, bps := range []uint16{0, CapoMisconfigGrowthBps, CapoMaxYearlyGrowthBps} {
			for _, elapsed := range []uint64{1, uint64(CapoMinSnapshotDelay.Seconds()) + 1, 400 * 24 * 3600} {
				s := capoSnapshotFor(target, bps, elapsed)
				diff := new(big.Int).Sub(capoMaxRatio(s, bps, elapsed), target)
				require.LessOrEqual(t, diff.CmpAbs(big.NewInt(2)), 0, "target %s, %d bps, %d s: off by %s", target, bps, elapsed, diff)
			}
		}
	}
	require.Equal(t, "0.000000000000000000", FormatWad(positive(big.NewInt(-5))))
	require.Equal(t, crypto.PubkeyToAddress(aaveLoopKey(1).PublicKey), addressOf(aaveLoopKey(1)))
}

// TestAaveLoopCollateral: C = E·h/(h − LT) puts C·LT/(C − E) at h.
func TestAaveLoopCollateral(t *testing.T) {
	t.Parallel()
	for _, h := range DefaultAaveEModeHealthBps {
		c := AaveLoopCollateral(DefaultEquity, h, aaveEModeLT)
		debt := new(big.Int).Sub(c, DefaultEquity)
		got := new(big.Int).Mul(c, big.NewInt(aaveEModeLT))
		got.Quo(got, debt)
		require.InDelta(t, int64(h), got.Int64(), 1, "h %d", h)
	}
	require.Equal(t, "168333333333333333333", AaveLoopCollateral(DefaultEquity, 10_100, aaveEModeLT).String())
}
