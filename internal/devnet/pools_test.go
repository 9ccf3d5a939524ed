package devnet

import (
	"context"
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

// requireBps requires |got-want| <= want·bps/1e4.
func requireBps(t *testing.T, want, got *big.Int, bps int64, what string) {
	t.Helper()
	require.True(t, withinBps(got, want, bps), "%s: want %s got %s (±%d bps)", what, FormatWad(want), FormatWad(got), bps)
}

// uniTWAP is the Uni pool's arithmetic-mean-tick price over window, as an
// ezETH price in WETH (float, for a bps-level comparison).
func uniTWAP(t *testing.T, ctx context.Context, b Backend, d *Deployment, window time.Duration) float64 {
	t.Helper()
	secs := uint32(window / time.Second)
	obs, err := callView(ctx, b, d.UniPool, uniABI.PackObserve([]uint32{secs, 0}), uniABI.UnpackObserve)
	require.NoError(t, err)
	delta := new(big.Int).Sub(obs.TickCumulatives[1], obs.TickCumulatives[0])
	tick := float64(delta.Int64()) / float64(secs)
	p := math.Pow(1.0001, tick) // token1 per token0
	if !d.LRTIsToken0() {
		p = 1 / p
	}
	return p
}

func wadFloat(x *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), new(big.Float).SetInt(WAD)).Float64()
	return f
}

// checkPools verifies both pools are set up around an ezETH price of
// price WETH with the Curve rate at fair.
func checkPools(t *testing.T, ctx context.Context, b Backend, d *Deployment, price, fair *big.Int) {
	t.Helper()
	uni, err := d.UniPrice(ctx, b)
	require.NoError(t, err)
	requireBps(t, price, uni, 1, "Uni slot0 price")
	s0, err := callView(ctx, b, d.UniPool, uniABI.PackSlot0(), uniABI.UnpackSlot0)
	require.NoError(t, err)
	require.Equal(t, uint16(UniObservationCardinality), s0.ObservationCardinalityNext)
	fee, err := callView(ctx, b, d.UniPool, uniABI.PackFee(), uniABI.UnpackFee)
	require.NoError(t, err)
	require.Equal(t, int64(UniPoolFee), fee.Int64())
	t0, err := callView(ctx, b, d.UniPool, uniABI.PackToken0(), uniABI.UnpackToken0)
	require.NoError(t, err)
	require.Equal(t, d.LRTIsToken0(), t0 == d.LRT)

	for i, want := range []common.Address{d.WETH, d.LRT} {
		coin, err := callView(ctx, b, d.CurvePool, curveABI.PackCoins(big.NewInt(int64(i))), curveABI.UnpackCoins)
		require.NoError(t, err)
		require.Equal(t, want, coin, "coin %d", i)
	}
	pool, err := d.readCurve(ctx, b)
	require.NoError(t, err)
	require.Zero(t, fair.Cmp(pool.rates[1]), "Curve stored rate = fair rate")
	// 1 ezETH sells for the market price less the 0.04% fee.
	dy, err := callView(ctx, b, d.CurvePool, curveABI.PackGetDy(big.NewInt(1), big.NewInt(0), WAD), curveABI.UnpackGetDy)
	require.NoError(t, err)
	net := new(big.Int).Mul(price, big.NewInt(1e10-CurveFee))
	net.Quo(net, big.NewInt(1e10))
	requireBps(t, net, dy, 2, "Curve get_dy(1 ezETH)")
	last, err := d.CurveLastPrice(ctx, b)
	require.NoError(t, err)
	requireBps(t, price, last, 1, "Curve last_price")
	// The model agrees with the pool's own spot.
	spot, err := pool.price()
	require.NoError(t, err)
	onChain, err := callView(ctx, b, d.CurvePool, curveABI.PackGetP(big.NewInt(0)), curveABI.UnpackGetP)
	require.NoError(t, err)
	require.Zero(t, onChain.Cmp(spot), "model spot %s, get_p %s", spot, onChain)

	desc, err := callView(ctx, b, d.RiskFeed, riskFeedABI.PackDescription(), riskFeedABI.UnpackDescription)
	require.NoError(t, err)
	require.Equal(t, RiskFeedDesc, desc)
	typ, err := callView(ctx, b, d.RiskFeed, riskFeedABI.PackUpdateType(), riskFeedABI.UnpackUpdateType)
	require.NoError(t, err)
	require.Equal(t, RiskUpdateType, typ)
	market, err := callView(ctx, b, d.RiskFeed, riskFeedABI.PackMarket(), riskFeedABI.UnpackMarket)
	require.NoError(t, err)
	require.Equal(t, d.LRT, market)
	dec, err := callView(ctx, b, d.RiskFeed, riskFeedABI.PackDecimals(), riskFeedABI.UnpackDecimals)
	require.NoError(t, err)
	require.Equal(t, uint8(RiskFeedDecimals), dec)
	ro, err := callView(ctx, b, d.RiskFeed, riskFeedABI.PackRiskOracle(), riskFeedABI.UnpackRiskOracle)
	require.NoError(t, err)
	require.Equal(t, d.RiskOracle, ro)
}

// blockAt is the number of the last block with a timestamp <= ts.
func blockAt(t *testing.T, ctx context.Context, b Backend, ts uint64) *big.Int {
	t.Helper()
	head, err := b.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	lo, hi := uint64(0), head.Number.Uint64()
	for lo < hi {
		mid := (lo + hi + 1) / 2
		h, err := b.HeaderByNumber(ctx, new(big.Int).SetUint64(mid))
		require.NoError(t, err)
		if h.Time <= ts {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return new(big.Int).SetUint64(lo)
}

func rateAt(t *testing.T, ctx context.Context, b Backend, d *Deployment, block *big.Int) *big.Int {
	t.Helper()
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &d.LRT, Data: lrtABI.PackGetRate()}, block)
	require.NoError(t, err)
	r, err := lrtABI.UnpackGetRate(out)
	require.NoError(t, err)
	return r
}

func TestWorldPoolsOracleAndHistory(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathCalm})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment

	price, err := d.MarketPrice(ctx, c)
	require.NoError(t, err)
	require.Zero(t, InitialRate.Cmp(price))
	checkPools(t, ctx, c, d, price, InitialRate)
	// The walk ended an hour after the last rate change: a 30-minute TWAP
	// and the EMA sit on the feed from the first block on.
	requireBps(t, price, new(big.Int).SetUint64(uint64(uniTWAP(t, ctx, c, d, 30*time.Minute)*1e18)), 1, "30-minute Uni TWAP")
	ema, err := callView(ctx, c, d.CurvePool, curveABI.PackPriceOracle(big.NewInt(0)), curveABI.UnpackPriceOracle)
	require.NoError(t, err)
	requireBps(t, price, ema, 1, "Curve price_oracle")
	r, err := callView(ctx, c, d.PriceFeed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
	require.NoError(t, err)
	head, err := c.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Less(t, head.Time-r.UpdatedAt.Uint64(), uint64(60), "the feed starts fresh")

	keeper := crypto.PubkeyToAddress(w.KeeperKey.PublicKey)
	ok, err := d.RiskSenderAuthorized(ctx, c, keeper)
	require.NoError(t, err)
	require.True(t, ok, "the keeper may publish")
	ok, err = d.RiskSenderAuthorized(ctx, c, d.Trader)
	require.NoError(t, err)
	require.False(t, ok)

	// History: the stated rates at blocks 61, 30 and 7 days (and an hour)
	// before the head, and a reader of state N days back finds them.
	require.Len(t, w.History, len(HistoryDaysAgo))
	for i, p := range w.History {
		require.Equal(t, HistoryDaysAgo[i], p.DaysAgo)
		require.Zero(t, HistoryRate(p.DaysAgo).Cmp(p.Rate))
		require.Zero(t, p.Rate.Cmp(rateAt(t, ctx, c, d, new(big.Int).SetUint64(p.Block))), "rate at block %d", p.Block)
		age := time.Duration(head.Time-p.Time) * time.Second
		want := historyOffset(p.DaysAgo)
		require.True(t, age >= want && age < want+time.Minute, "point %d days: %s before the head", p.DaysAgo, age)
		if i > 0 {
			require.Less(t, w.History[i-1].Block, p.Block)
		}
	}
	require.Zero(t, InitialRate.Cmp(w.History[len(w.History)-1].Rate))
	for _, days := range []uint64{60, 30, 7} {
		back := blockAt(t, ctx, c, head.Time-days*24*3600)
		want := HistoryRate(days)
		if days == 60 {
			want = HistoryRate(61)
		}
		require.Zero(t, want.Cmp(rateAt(t, ctx, c, d, back)), "rate %d days back", days)
	}
	// ≈ 3% a year over each window.
	for _, days := range []uint64{61, 30, 7} {
		then := HistoryRate(days)
		growth := wadFloat(new(big.Int).Sub(InitialRate, then)) / wadFloat(then) * 365 / float64(days)
		require.InDelta(t, 0.03, growth, 0.001, "%d-day growth", days)
	}
}

func TestWorldDepegPoolsSlashAndStaleFeed(t *testing.T) {
	t.Parallel()
	w := newTestWorld(t, WorldOptions{Path: PathDepeg})
	ctx := t.Context()
	c := w.Client()
	d := w.Deployment
	steps := uint64(0)
	playTo := func(step uint64) { // plays steps up to and including step
		t.Helper()
		for ; steps <= step; steps++ {
			require.NoError(t, w.Step(ctx))
		}
	}
	feedRound := func() (answer *big.Int, age time.Duration) {
		t.Helper()
		r, err := callView(ctx, c, d.PriceFeed, feedABI.PackLatestRoundData(), feedABI.UnpackLatestRoundData)
		require.NoError(t, err)
		head, err := c.HeaderByNumber(ctx, nil)
		require.NoError(t, err)
		return r.Answer, time.Duration(head.Time-r.UpdatedAt.Uint64()) * time.Second
	}

	// The bottom of the depeg: both pools' spot prices track the feed.
	playTo(CalmBlocks + FallBlocks - 1)
	feed, age := feedRound()
	require.Zero(t, age)
	fair, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	require.Zero(t, MarketPriceFor(fair, MaxDepegBps).Cmp(feed))
	uni, err := d.UniPrice(ctx, c)
	require.NoError(t, err)
	requireBps(t, feed, uni, 20, "Uni price at the bottom")
	last, err := d.CurveLastPrice(ctx, c)
	require.NoError(t, err)
	requireBps(t, feed, last, 20, "Curve last_price at the bottom")
	// The averages lag: the EMA (10-minute time constant) and the 5-minute
	// TWAP are still well above the feed.
	ema, err := callView(ctx, c, d.CurvePool, curveABI.PackPriceOracle(big.NewInt(0)), curveABI.UnpackPriceOracle)
	require.NoError(t, err)
	require.Greater(t, wadFloat(ema)/wadFloat(feed), 1.05, "EMA lags")
	require.Greater(t, uniTWAP(t, ctx, c, d, 5*time.Minute)/wadFloat(feed), 1.02, "a 5-minute TWAP lags")

	// The slash: the fair rate drops 0.3% at SlashStep, then drifts on.
	playTo(SlashStep - 1)
	before, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	playTo(SlashStep)
	after, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	want := new(big.Int).Add(before, FairRateDrift)
	want.Mul(want, big.NewInt(bpsDenom-SlashBps)).Quo(want, big.NewInt(bpsDenom))
	require.Zero(t, want.Cmp(after), "slashed rate")
	pool, err := d.readCurve(ctx, c)
	require.NoError(t, err)
	require.Zero(t, after.Cmp(pool.rates[1]), "the Curve rate follows the slash")
	playTo(SlashStep + 1)
	next, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Add(after, FairRateDrift).Cmp(next), "the drift goes on")

	// The stale window: the feed's round is older than the embedded
	// heartbeat at the chain's time until StaleToStep refreshes it; the
	// pools keep following the market meanwhile.
	playTo(StaleFromStep - 1)
	frozen, age := feedRound()
	require.Zero(t, age)
	for step := uint64(StaleFromStep); step < StaleToStep; step++ {
		playTo(step)
		answer, age := feedRound()
		require.Greater(t, age, EmbeddedFeedHeartbeat, "step %d", step)
		require.Zero(t, frozen.Cmp(answer), "the stale round keeps the answer")
	}
	fair, err = d.FairRate(ctx, c)
	require.NoError(t, err)
	uni, err = d.UniPrice(ctx, c)
	require.NoError(t, err)
	requireBps(t, fair, uni, 1, "Uni follows the market while the feed is stale")
	playTo(StaleToStep)
	feed, age = feedRound()
	require.Zero(t, age, "fresh again")
	fair, err = d.FairRate(ctx, c)
	require.NoError(t, err)
	require.Zero(t, fair.Cmp(feed))

	// The rate freeze: no change from RateFreezeFromStep to the cycle's
	// end, then the drift resumes.
	playTo(RateFreezeFromStep - 1)
	frozenRate, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	for step := uint64(RateFreezeFromStep); step < CycleBlocks; step++ {
		playTo(step)
		r, err := d.FairRate(ctx, c)
		require.NoError(t, err)
		require.Zero(t, frozenRate.Cmp(r), "step %d", step)
	}
	playTo(CycleBlocks)
	r, err := d.FairRate(ctx, c)
	require.NoError(t, err)
	require.Zero(t, new(big.Int).Add(frozenRate, FairRateDrift).Cmp(r))
}

func TestSqrtPriceX96(t *testing.T) {
	t.Parallel()
	for _, p := range []*big.Int{InitialRate, MarketPriceFor(InitialRate, MaxDepegBps), WAD, big.NewInt(1_234_567_890_123_456_789)} {
		for _, lrt0 := range []bool{true, false} {
			back := PriceFromSqrtX96(SqrtPriceX96(p, lrt0), lrt0)
			require.LessOrEqual(t, new(big.Int).Sub(back, p).CmpAbs(big.NewInt(2)), 0, "round trip of %s: %s", p, back)
		}
	}
	// 1:1 is 2^96 either way.
	require.Zero(t, q96.Cmp(SqrtPriceX96(WAD, true)))
	require.Zero(t, q96.Cmp(SqrtPriceX96(WAD, false)))
}

func TestStableSwapSizing(t *testing.T) {
	t.Parallel()
	rate := InitialRate
	pool := stableSwap{
		bals:  [2]*big.Int{new(big.Int).Set(DefaultPoolDepth), new(big.Int).Quo(new(big.Int).Mul(DefaultPoolDepth, WAD), rate)},
		rates: [2]*big.Int{WAD, rate},
		amp:   big.NewInt(CurveA * ssAPrec),
	}
	spot, err := pool.price()
	require.NoError(t, err)
	requireBps(t, rate, spot, 1, "balanced pool spot = rate")
	for _, bps := range []uint64{50, 250, MaxDepegBps} {
		target := MarketPriceFor(rate, bps)
		dx, err := pool.sizeTrade(1, target, DefaultTraderLRT)
		require.NoError(t, err)
		got, err := pool.priceAfter(1, dx)
		require.NoError(t, err)
		requireBps(t, target, got, 1, "sell ezETH to the target")
		require.Less(t, dx.Cmp(DefaultTraderLRT), 0)
	}
	// An inventory too small to reach the target trades all of it.
	small := new(big.Int).Mul(big.NewInt(10), WAD)
	dx, err := pool.sizeTrade(1, MarketPriceFor(rate, MaxDepegBps), small)
	require.NoError(t, err)
	require.Zero(t, small.Cmp(dx))
	// Buying ezETH raises the price.
	up := new(big.Int).Add(rate, new(big.Int).Quo(rate, big.NewInt(200)))
	dx, err = pool.sizeTrade(0, up, DefaultTraderLRT)
	require.NoError(t, err)
	got, err := pool.priceAfter(0, dx)
	require.NoError(t, err)
	requireBps(t, up, got, 1, "sell WETH to the target")
}
