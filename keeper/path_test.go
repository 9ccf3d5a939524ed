package keeper_test

import (
	"context"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics/metricstest"
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
	reg := prometheus.NewRegistry()
	var now atomic.Pointer[time.Time] // the scrape's clock: wall time until the test sets it
	m := metrics.New(reg, "test", metrics.WithClock(func() time.Time {
		if t := now.Load(); t != nil {
			return *t
		}
		return time.Now()
	}))
	pub := oracle.NewPublisher(log, rdb, "lrt:v1", time.Minute, 1000, m)
	heads := chain.NewHeads(log, client, 20*time.Millisecond, 5*time.Second, chain.WithHeadMetrics(m))
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

	requireMetricsMatchBlock(t, k, rdb, reg, &now)
}

// requireMetricsMatchBlock scrapes reg after the keeper's last block and
// checks the head, staleness, stress and book series against that block
// as the publisher wrote it to Redis, on a clock 7 s past the block, then
// a minute later: the ages grow at scrape time while no block comes.
func requireMetricsMatchBlock(t *testing.T, k *keeper.Keeper, rdb *redis.Client, reg prometheus.Gatherer, now *atomic.Pointer[time.Time]) {
	t.Helper()
	ctx := t.Context()
	st, ok := k.Status()
	require.True(t, ok)
	// The publisher writes the head marker last: then every hash is the
	// block's.
	require.Eventually(t, func() bool {
		return rdb.HGet(ctx, "lrt:v1:head", "block").Val() == strconv.FormatUint(st.Block, 10)
	}, 10*time.Second, 5*time.Millisecond, "block %d not published", st.Block)
	at := time.Unix(int64(st.BlockTime)+7, 0)
	now.Store(&at)
	got := metricstest.Gauges(t, reg, "lrtkeeper_")

	require.Equal(t, float64(st.Block), got["lrtkeeper_head_number"])
	require.Zero(t, got["lrtkeeper_head_lag_blocks"], "the keeper is at the head it was handed")
	require.Equal(t, 7.0, got["lrtkeeper_head_age_seconds"])

	asset := rdb.HGetAll(ctx, "lrt:v1:asset:ezETH").Val()
	rateAge, err := strconv.ParseFloat(asset["rate_age_s"], 64)
	require.NoError(t, err)
	marketAt, err := strconv.ParseInt(asset["market_updated_at"], 10, 64)
	require.NoError(t, err, "the chainlink feed reports its updatedAt")
	require.Equal(t, 7+rateAge, got[`lrtkeeper_asset_fair_value_age_seconds{asset="ezETH"}`], "since the rate last changed")
	require.Equal(t, float64(at.Unix()-marketAt), got[`lrtkeeper_asset_market_price_age_seconds{asset="ezETH"}`])

	positions, atRisk := 0, 0.0
	for _, id := range k.Book().IDs() {
		mk := rdb.HGetAll(ctx, "lrt:v1:market:"+id.Hex()).Val()
		n, err := strconv.Atoi(mk["positions"])
		require.NoError(t, err)
		positions += n
		shocks := 0
		for field, v := range mk {
			shock, ok := strings.CutPrefix(field, "stress:")
			if shock, ok = strings.CutSuffix(shock, ":liquidatable"); !ok {
				continue
			}
			shocks++
			series := fmt.Sprintf(`{market=%q,shock=%q}`, mk["name"], shock)
			liquidatable, err := strconv.ParseFloat(v, 64)
			require.NoError(t, err)
			require.Equal(t, liquidatable, got["lrtkeeper_market_stress_liquidatable_positions"+series], series)
			collateral, ok := new(big.Float).SetString(mk["stress:"+shock+":collateral"])
			require.True(t, ok)
			whole, _ := collateral.Quo(collateral, big.NewFloat(1e18)).Float64() // ezETH has 18 decimals
			require.InEpsilon(t, whole+1, got["lrtkeeper_market_stress_collateral_at_risk"+series]+1, 1e-12, series)
			atRisk += whole
		}
		require.Len(t, stress.DefaultShocks(), shocks, mk["name"])
	}
	require.Positive(t, atRisk, "some shock puts collateral at risk")
	require.Equal(t, float64(positions), got[`lrtkeeper_book_positions{protocol="morpho_blue"}`])
	require.Equal(t, st.Positions, positions)

	// A minute without a block: the ages grow by a minute at the scrape.
	later := at.Add(time.Minute)
	now.Store(&later)
	again := metricstest.Gauges(t, reg, "lrtkeeper_")
	for _, name := range []string{
		"lrtkeeper_head_age_seconds", `lrtkeeper_asset_fair_value_age_seconds{asset="ezETH"}`,
		`lrtkeeper_asset_market_price_age_seconds{asset="ezETH"}`,
	} {
		require.Equal(t, got[name]+60, again[name], name)
	}
}

func big1pct() *big.Int { return big.NewInt(1e16) }
