package aave_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/capoadapter"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	iaave "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// TestCapoMisconfigurationWarnsBeforeLiquidations replays the shape of
// the 10 March 2026 wstETH incident on our own CAPO adapter: ezETH on the
// Aave market is priced by a CAPO adapter over its vault's rate, and twenty
// e-mode loops borrow WETH at ~96% utilisation (a ~40% borrow rate). A
// parameter update moves the snapshot so the cap lands just under the live
// rate with a growth far below it: from then on the price no longer
// follows the exchange rate, and the loops' debt outgrows their capped
// collateral. The watch, recomputing the cap from the adapter's parameters
// every block, must report the gap past its bound on the day of the update
// while no loop is liquidatable, and the loops must become liquidatable
// later through the capped price alone (the market price never moves).
func TestCapoMisconfigurationWarnsBeforeLiquidations(t *testing.T) {
	t.Parallel()
	c := newParityChain(t, 20)
	a := c.a
	year := 365 * 24 * time.Hour

	// The ratio provider: an LRT vault at 1.03 ETH per ezETH whose rate
	// grows 30% a year (fast, to keep the test short); the base: WETH/USD.
	rate := func(d time.Duration) *big.Int {
		// 1.03·(1 + 0.30·d/year), in WAD.
		r := new(big.Int).Mul(big.NewInt(103e16), big.NewInt(int64(year)+int64(d)*3/10))
		return r.Div(r, big.NewInt(int64(year)))
	}
	vault, err := a.Deploy(c.ctx, c.client, c.owner, lrtvault.LRTVaultMetaData.Bin,
		lrtvault.NewLRTVault().PackConstructor("ezETH rate", "rez", a.Reserves[rWETH].Token, rate(0)))
	require.NoError(t, err)
	head := c.head()
	capoABI := capoadapter.NewCapoAdapter()
	getRate := crypto.Keccak256([]byte("getRate()"))[:4]
	const delay = 3600
	adapter, err := a.Deploy(c.ctx, c.client, c.owner, capoadapter.CapoAdapterMetaData.Bin, capoABI.PackConstructor(
		a.Reserves[rWETH].Feed, vault, 18, big.NewInt(delay), "ezETH / ETH / USD",
		capoadapter.CapoAdapterPriceCapUpdateParams{SnapshotRatio: rate(0), SnapshotTimestamp: new(big.Int).SetUint64(head.Time - 2*delay), MaxYearlyRatioGrowthPercent: 1000},
		getRate))
	require.NoError(t, err)
	require.Zero(t, c.send([]devnet.KeyedTx{a.SetSource(c.owner, rEz, adapter)}))

	// Liquidity, and twenty e-mode loops at 97–99.5% of the LTV allowed:
	// health factors 1.027 to 1.053 at the CAPO price.
	// Just enough WETH for the loops: ~96% utilisation, so the borrow
	// rate (past the 90% kink) is ~40% a year and the loops' debt grows
	// faster than a capped price can.
	c.send([]devnet.KeyedTx{a.Mint(c.owner, rWETH, tokens(1950, 18)), a.Approve(c.owner, rWETH)})
	c.send([]devnet.KeyedTx{a.Supply(c.owner, rWETH, tokens(1950, 18))})
	var txs []devnet.KeyedTx
	for _, k := range c.users {
		txs = append(txs, a.Mint(k, rEz, tokens(100, 18)), a.Approve(k, rEz))
	}
	c.send(txs)
	txs = txs[:0]
	for _, k := range c.users {
		txs = append(txs, a.Supply(k, rEz, tokens(100, 18)), a.SetEMode(k, 1))
	}
	c.send(txs)
	txs = txs[:0]
	for i, k := range c.users {
		frac := 0.97 + 0.025*float64(i)/float64(len(c.users)-1)
		txs = append(txs, a.Borrow(k, rWETH, tokens(100*1.03*0.93*frac, 18)))
	}
	require.Zero(t, c.send(txs))

	m, err := aave.LoadMarket(c.ctx, c.mc, c.head().Hash(), a.Pool, a.Oracle, iaave.V3_5)
	require.NoError(t, err)
	tr := aave.NewTracker(m)
	watch := oracle.CapoWatch{Name: "aave_ezeth", Adapter: adapter, AlertBelowBps: 5}
	type day struct {
		gap          *big.Int
		alert        bool
		liquidatable int
	}
	observe := func() day {
		t.Helper()
		s, ref := c.follow(tr)
		res, err := c.mc.Do(c.ctx, ref.Hash, watch.Calls())
		require.NoError(t, err)
		r := watch.Decode(res, ref)
		require.NoError(t, r.Err)
		targets, err := tr.Liquidatable(s)
		require.NoError(t, err)
		return day{gap: r.GapBps, alert: r.Below(watch), liquidatable: len(targets)}
	}
	first := observe()
	require.Equal(t, 1, first.gap.Sign(), "a sound cap sits above the rate")
	require.Zero(t, first.liquidatable)

	// The update: snapshot just under the live rate (dated a delay ago so
	// the adapter accepts it), growth 0.5% a year.
	now := c.head().Time
	snap := new(big.Int).Mul(rate(0), big.NewInt(9998))
	snap.Div(snap, big.NewInt(10_000))
	require.Zero(t, c.send([]devnet.KeyedTx{{Key: c.owner, To: adapter, Data: capoABI.PackSetCapParameters(capoadapter.CapoAdapterPriceCapUpdateParams{
		SnapshotRatio: snap, SnapshotTimestamp: new(big.Int).SetUint64(now - delay), MaxYearlyRatioGrowthPercent: 50})}}))

	alertDay, liquidatableDay := -1, -1
	for d := 0; d < 90 && liquidatableDay < 0; d++ {
		c.sim.AdjustTime(24 * time.Hour)
		c.sim.Commit()
		require.Zero(t, c.send([]devnet.KeyedTx{{Key: c.owner, To: vault, Data: lrtvault.NewLRTVault().PackSetRate(rate(time.Duration(d+1) * 24 * time.Hour))}}))
		o := observe()
		if o.alert && alertDay < 0 {
			alertDay = d
			require.Zero(t, o.liquidatable, "day %d: the alert fires while no loop is liquidatable (gap %s)", d, o.gap)
		}
		if o.liquidatable > 0 && liquidatableDay < 0 {
			liquidatableDay = d
			require.True(t, o.alert, "day %d: a loop is liquidatable through the cap, the alert is on", d)
		}
	}
	require.GreaterOrEqual(t, alertDay, 0, "the alert fired")
	require.Greater(t, liquidatableDay, alertDay, "the cap alone made loops liquidatable, after the alert")
	t.Logf("alert on day %d, first liquidatable loop on day %d", alertDay, liquidatableDay)
}
