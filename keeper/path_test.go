package keeper_test

import (
	"context"
	"math/big"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
)

// TestScriptedPathRaisesEveryAlertKind plays one cycle of the embedded
// world's depeg path through the keeper's own loop, with the four market
// sources, the risk engine and Redis state, and checks that each risk alert
// kind fires (and the conditions clear) and the risk fields are published.
func TestScriptedPathRaisesEveryAlertKind(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathDepeg})
	require.NoError(t, err)
	defer world.Close()
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	rdb := testenv.StartRedis(t).Client(t)
	d := world.Deployment
	mc := chain.NewMulticall(client, d.Multicall3)
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	uni, err := oracle.ResolveUniV3(ctx, mc, head.Hash(), d.UniPool, d.LRT)
	require.NoError(t, err)
	asset := oracle.Asset{
		Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair: oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{
			{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: devnet.EmbeddedFeedHeartbeat}},
			{Name: "uni_twap_1m", Kind: "uniswap_v3_twap", Source: uni.TWAP(devnet.EmbeddedTWAPWindow)},
			{Name: "curve_ema", Kind: "curve_ema", Source: oracle.CurveEMA{Pool: d.CurvePool, AssetIndex: 1}},
			{Name: "curve_spot", Kind: "curve_spot", Source: oracle.CurveSpot{Pool: d.CurvePool, AssetIndex: 1, Decimals: 18}},
		},
		Quorum: 2, MaxSpreadBps: 100,
		Exec: oracle.CurveExec{Pool: d.CurvePool, AssetIndex: 1, Decimals: 18},
	}
	state := oracle.NewRedisState(rdb, "lrt:v1")
	engine, err := oracle.NewEngine(zerolog.Nop(), state, []oracle.AssetPolicy{{
		Symbol: "ezETH", BandsBps: []uint64{50, 100, 250, 500}, HysteresisBps: 10, EMAHalfLife: time.Minute,
		ExpectedCadence: devnet.EmbeddedRateCadence, SlashCriticalBps: 100,
		CapoGrowth: fixed.WadOne(), CapoInterval: 7 * 24 * time.Hour,
	}}, time.Hour)
	require.NoError(t, err)
	specs := make([]keeper.MarketSpec, len(d.Markets))
	for i, m := range d.Markets {
		specs[i] = keeper.MarketSpec{ID: m.ID, Name: m.Name, MarketFeeds: []common.Address{d.PriceFeed}}
	}
	markets, err := keeper.LoadMarkets(ctx, mc, d.Morpho, head.Hash(), specs, []oracle.Asset{asset})
	require.NoError(t, err)
	specsA := []keeper.AssetSpec{{Asset: asset, DepegAlertBps: 50, SlashCriticalBps: 100}}
	keeper.BackfillRateHistory(ctx, zerolog.Nop(), client, mc, head, specsA, state)

	logs := &logBuffer{}
	log := zerolog.New(logs)
	m := metrics.New(prometheus.NewRegistry(), "test")
	pub := oracle.NewPublisher(log, rdb, "lrt:v1", time.Minute, 1000, m)
	heads := chain.NewHeads(log, client, 20*time.Millisecond, 5*time.Second)
	k := keeper.New(log, client, mc, heads, keeper.Settings{
		Morpho: d.Morpho, LogRange: 1000, CallTimeout: 5 * time.Second, HealthAlert: fixed.WadOne(),
		HysteresisBps: 10, HeadTimeout: time.Minute, WrappedNative: d.WETH, Engine: engine,
		Shocks: stress.DefaultShocks(), StressSlippage: big1pct(),
	}, specsA, markets, pub, nil, alerts.New(log, m), m)

	runCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	runs := []func(context.Context) error{heads.Run, k.Run, pub.Run}
	errs := make(chan error, len(runs))
	for _, run := range runs {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- run(runCtx) }()
	}
	defer func() {
		cancel()
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err, "a component ended with an error")
		}
	}()

	// One full cycle, each block processed before the next is made.
	for step := 0; step < devnet.CycleBlocks; step++ {
		require.NoError(t, world.Step(ctx))
		n, err := client.BlockNumber(ctx)
		require.NoError(t, err)
		require.Eventually(t, func() bool {
			st, ok := k.Status()
			return ok && st.Block >= n
		}, 10*time.Second, 5*time.Millisecond, "block %d not processed", n)
	}

	count := func(kind, state string) int {
		match := map[string]string{"alert": kind}
		if state != "" {
			match["state"] = state
		}
		return len(logs.alerts(t, match))
	}
	require.Positive(t, count(alerts.Depeg, alerts.StateFiring), "depeg bands")
	require.Equal(t, 2, count(alerts.Depeg, alerts.StateResolved), "depeg back below the first band after the one-block spike and after the depeg")
	bands := map[float64]bool{}
	for _, e := range logs.alerts(t, map[string]string{"alert": alerts.Depeg, "state": alerts.StateFiring}) {
		bands[e["band"].(float64)] = true
	}
	require.True(t, bands[4], "the 500 bps band was reached: %v", bands)
	require.Equal(t, 1, count(alerts.Slash, ""), "the scripted slash")
	require.Equal(t, 1, count(alerts.SourceUnhealthy, alerts.StateFiring), "the stale feed")
	require.Equal(t, 1, count(alerts.SourceUnhealthy, alerts.StateResolved), "the feed fresh again")
	require.Equal(t, 1, count(alerts.RateStale, alerts.StateFiring), "the frozen rate")
	require.Positive(t, count(alerts.SourcesDisagree, alerts.StateFiring), "lagging TWAP/EMA")
	require.Positive(t, count(alerts.Liquidatable, alerts.StateFiring), "the 10x loop on the market oracle")
	require.Zero(t, count(alerts.RiskUnavailable, ""), "risk figures never failed")
	slash := logs.alerts(t, map[string]string{"alert": alerts.Slash})[0]
	// 30 bps of the rate, measured against the previous block's rate,
	// which had drifted up by one more step.
	size, err := fixed.ParseWad(slash["slash_bps"].(string))
	require.NoError(t, err)
	lo, _ := fixed.ParseWad("29.99")
	hi, _ := fixed.ParseWad("30")
	require.True(t, size.Cmp(lo) >= 0 && size.Cmp(hi) <= 0, "slash of %s bps", slash["slash_bps"])

	// Every risk field is live in Redis.
	f := rdb.HGetAll(ctx, "lrt:v1:asset:ezETH").Val()
	for _, field := range []string{
		"fair_value", "fair_value_capped", "cap_binding", "market_price", "depeg_bps", "depeg_ema_bps", "depeg_persist_s",
		"depeg_band", "exec_depeg_bps_100", "exec_depeg_bps_1000", "growth_7d_apr", "growth_30d_apr", "growth_60d_apr",
		"rate_age_s", "risk_score", "source:chainlink:price", "source:uni_twap_1m:price", "source:curve_ema:price",
	} {
		require.Contains(t, f, field)
	}
	// The values, not just the fields. Growth: 3% a year of history, then
	// the 0.3% slash: (1.02·0.997 − 1.019413)/1.019413 · 365/7 ≈ −12.6% over
	// 7 days, while over 61 days (from 1.014886) it stays ≈ +1.2%.
	g7, err := fixed.ParseWad(f["growth_7d_apr"])
	require.NoError(t, err)
	g60, err := fixed.ParseWad(f["growth_60d_apr"])
	require.NoError(t, err)
	g7Lo, _ := fixed.ParseWad("-0.14")
	g7Hi, _ := fixed.ParseWad("-0.11")
	require.True(t, g7.Cmp(g7Lo) > 0 && g7.Cmp(g7Hi) < 0, "growth_7d_apr %s", f["growth_7d_apr"])
	g60Lo, _ := fixed.ParseWad("0.005")
	g60Hi, _ := fixed.ParseWad("0.02")
	require.True(t, g60.Cmp(g60Lo) > 0 && g60.Cmp(g60Hi) < 0, "growth_60d_apr %s", f["growth_60d_apr"])
	e100, err := fixed.ParseWad(f["exec_depeg_bps_100"])
	require.NoError(t, err)
	e1000, err := fixed.ParseWad(f["exec_depeg_bps_1000"])
	require.NoError(t, err)
	require.Equal(t, 1, e1000.Cmp(e100), "a larger sale pays less per token")
	require.Positive(t, e100.Sign())
	score, err := strconv.Atoi(f["risk_score"])
	require.NoError(t, err)
	require.True(t, score >= 0 && score <= 100)
	mk := rdb.HGetAll(ctx, "lrt:v1:market:"+d.Markets[1].ID.Hex()).Val()
	require.Equal(t, "exchange_rate", mk["oracle_kind"])
	require.Equal(t, "0", mk["stress:depeg_5:oracle_moved"], "a depeg does not move an exchange-rate oracle")
	require.Equal(t, "1", mk["stress:slash_10:oracle_moved"])
	require.Contains(t, mk, "utilization")
	require.NotContains(t, mk, "risk_error")
}

func big1pct() *big.Int { return big.NewInt(1e16) }
