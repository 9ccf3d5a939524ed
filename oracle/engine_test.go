package oracle

import (
	"context"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

func policy() AssetPolicy {
	return AssetPolicy{
		Symbol: "ezETH", BandsBps: []uint64{50, 100, 250, 500}, HysteresisBps: 10, EMAHalfLife: time.Hour,
		ExpectedCadence: 24 * time.Hour, SlashCriticalBps: 100,
		CapoGrowth: bi("100000000000000000"), CapoInterval: 7 * 24 * time.Hour, // 10%/year, weekly snapshots
	}
}

func reading(fair, market string) AssetReading {
	r := AssetReading{Symbol: "ezETH", Fair: Quote{Price: bi(fair)}}
	if market != "" {
		r.Market = Quote{Price: bi(market)}
		r.Depeg = DepegWad(r.Market.Price, r.Fair.Price)
	}
	return r
}

func assess(t *testing.T, e *Engine, now uint64, r AssetReading) *AssetRisk {
	t.Helper()
	rs := []AssetReading{r}
	e.Assess(context.Background(), now, rs)
	require.NotNil(t, rs[0].Risk)
	return rs[0].Risk
}

const t0 = uint64(1_750_000_000)

func TestEngineCapoSnapshotAdvancesAndPersists(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	state := NewRedisState(rdb, "lrt:v1")
	e, err := NewEngine(zerolog.Nop(), state, []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)

	// First block: the snapshot is the rate itself; nothing binds.
	r := assess(t, e, t0, reading("1020000000000000000", "1020000000000000000"))
	require.Equal(t, "1020000000000000000", r.CapSnapshot.Rate.String())
	require.Equal(t, t0, r.CapSnapshot.Time)
	require.False(t, r.CapBinding)
	require.Equal(t, "1020000000000000000", r.FairCapped.String())

	// 73 days later at 10%/year the cap is 1.02·(1 + 0.1·73/365) = 1.0404,
	// but the snapshot advanced weekly... except no block came in between:
	// the first block after the interval takes a new snapshot at
	// min(rate, cap) and the cap restarts from it.
	day := uint64(24 * 60 * 60)
	// A rate that jumps 3% in one day is capped: cap = 1.02·(1 + 0.1/365).
	r = assess(t, e, t0+day, reading("1050600000000000000", ""))
	require.True(t, r.CapBinding)
	// 1.02e18 + 1.02e18·0.1e18·86400/(31536000·1e18) = 1.02e18 + 279452054794520 (rounded down)
	require.Equal(t, "1020279452054794520", r.CapMax.String())
	require.Equal(t, r.CapMax.String(), r.FairCapped.String())

	// After the snapshot interval the snapshot advances, but never above
	// the cap: a manipulated spike cannot ratchet it up.
	r = assess(t, e, t0+8*day, reading("1050600000000000000", ""))
	// cap at 8 days: 1.02e18 + 1.02e18·0.1·8/365 = 1.02e18 + 2235616438356164
	require.Equal(t, "1022235616438356164", r.CapSnapshot.Rate.String())
	require.Equal(t, t0+8*day, r.CapSnapshot.Time)
	require.True(t, r.CapBinding)

	// The snapshot lives in Redis: a restarted engine continues from it.
	e2, err := NewEngine(zerolog.Nop(), state, []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	r = assess(t, e2, t0+9*day, reading("1022000000000000000", ""))
	require.Equal(t, "1022235616438356164", r.CapSnapshot.Rate.String())
	require.False(t, r.CapBinding)
	require.Equal(t, "1022000000000000000", r.FairCapped.String())
	stored := rdb.HGetAll(context.Background(), "lrt:v1:capo:ezETH").Val()
	require.Equal(t, "1022235616438356164", stored["snapshot_rate"])
}

// A scheduled snapshot (risk.capo_snapshot_schedule) is taken at the next
// block whatever the interval, once, and never above the cap.
func TestEngineScheduledCapoSnapshot(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	e, err := NewEngine(zerolog.Nop(), NewRedisState(rdb, "lrt:v1"), []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	day := uint64(24 * 60 * 60)
	r := assess(t, e, t0, reading("1020000000000000000", ""))
	require.Equal(t, t0, r.CapSnapshot.Time)

	// Two days in, inside the weekly interval: no new snapshot...
	r = assess(t, e, t0+2*day, reading("1021000000000000000", ""))
	require.Equal(t, t0, r.CapSnapshot.Time)
	// ...until one is requested: taken at the next block, at the rate
	// (under the cap 1.02·(1 + 0.1·3/365) = 1.020838...).
	e.RequestCapoSnapshot()
	r = assess(t, e, t0+3*day, reading("1020500000000000000", ""))
	require.Equal(t, t0+3*day, r.CapSnapshot.Time)
	require.Equal(t, "1020500000000000000", r.CapSnapshot.Rate.String())
	require.Equal(t, "1020500000000000000", rdb.HGet(context.Background(), "lrt:v1:capo:ezETH", "snapshot_rate").Val())
	// Once: the block after keeps it.
	r = assess(t, e, t0+4*day, reading("1021500000000000000", ""))
	require.Equal(t, t0+3*day, r.CapSnapshot.Time)

	// A spike at a requested snapshot is cut to the cap:
	// 1.0205e18 + 1.0205e18·0.1·1/365, rounded down.
	e.RequestCapoSnapshot()
	r = assess(t, e, t0+4*day, reading("1100000000000000000", ""))
	require.Equal(t, "1020779589041095890", r.CapSnapshot.Rate.String())
	require.True(t, r.CapBinding)
}

func TestEngineGrowthSlashAndStaleRate(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	state := NewRedisState(rdb, "lrt:v1")
	e, err := NewEngine(zerolog.Nop(), state, []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	day := uint64(24 * 60 * 60)

	// 61 days of history at a steady 3.65% a year (0.0001 a day).
	rate := func(d uint64) *big.Int {
		return new(big.Int).Add(bi("1000000000000000000"), new(big.Int).Mul(big.NewInt(int64(d)), bi("100000000000000")))
	}
	var r *AssetRisk
	for d := uint64(0); d <= 61; d++ {
		r = assess(t, e, t0+d*day, AssetReading{Symbol: "ezETH", Fair: Quote{Price: rate(d)}})
	}
	// 7-day growth: (1.0061 − 1.0054)/1.0054 · 365/7 = 0.036304...
	// (rateNow − rateThen)·365d·1e18/(rateThen·7d), truncated.
	want7 := new(big.Int).Mul(new(big.Int).Sub(rate(61), rate(54)), big.NewInt(365*24*3600))
	want7.Mul(want7, big.NewInt(1e18))
	want7.Quo(want7, new(big.Int).Mul(rate(54), big.NewInt(int64(7*day))))
	require.Equal(t, want7.String(), r.Growth[0].String())
	require.NotNil(t, r.Growth[1], "30-day growth")
	require.NotNil(t, r.Growth[2], "60-day growth")
	require.Equal(t, []uint64{7 * day, 30 * day, 60 * day}, r.GrowthSpan)
	require.False(t, r.Rate.Slash)
	require.False(t, r.Rate.Stale)

	// A 1-wei fall is rounding noise below the 1 bps floor: no slash.
	e.assets["ezETH"].policy.SlashMinBps = 1
	r = assess(t, e, t0+61*day+6, AssetReading{Symbol: "ezETH", Fair: Quote{Price: new(big.Int).Sub(rate(61), big.NewInt(1))}})
	require.False(t, r.Rate.Slash)
	require.Nil(t, r.Rate.SlashBps)

	// A 0.3% fall of the rate is a slash, sized in bps (rounded up).
	prev := new(big.Int).Sub(rate(61), big.NewInt(1))
	fell := new(big.Int).Quo(new(big.Int).Mul(prev, big.NewInt(997)), big.NewInt(1000))
	r = assess(t, e, t0+61*day+12, AssetReading{Symbol: "ezETH", Fair: Quote{Price: fell}})
	require.True(t, r.Rate.Slash)
	// (prev − fell)·1e4·1e18/prev rounded up: a hair over 30 bps because
	// fell was rounded down.
	wantSlash := new(big.Int).Mul(new(big.Int).Sub(prev, fell), bi("10000000000000000000000"))
	wantSlash.Add(wantSlash, new(big.Int).Sub(prev, big.NewInt(1))).Quo(wantSlash, prev)
	require.Equal(t, wantSlash.String(), r.Rate.SlashBps.String())

	// Unchanged for longer than the expected cadence (24h): stale.
	r = assess(t, e, t0+62*day+12, AssetReading{Symbol: "ezETH", Fair: Quote{Price: fell}})
	require.False(t, r.Rate.Stale, "exactly 24h old is not stale")
	r = assess(t, e, t0+62*day+13, AssetReading{Symbol: "ezETH", Fair: Quote{Price: fell}})
	require.True(t, r.Rate.Stale, "24h+1s old is stale")
	require.Equal(t, uint64(24*3600+1), r.Rate.Age)
}

func TestEngineDepegBandsAndExecDepeg(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	e, err := NewEngine(zerolog.Nop(), NewRedisState(rdb, "lrt:v1"), []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	r := assess(t, e, t0, reading("1000000000000000000", "1000000000000000000"))
	require.Equal(t, 0, r.Depeg.Band)
	// 3% under: crosses the 50, 100 and 250 bps bands at once.
	in := reading("1000000000000000000", "970000000000000000")
	in.ExecProceeds = []*big.Int{bi("96000000000000000000"), bi("900000000000000000000"), nil}
	r = assess(t, e, t0+60, in)
	require.Equal(t, 3, r.Depeg.Band)
	require.Len(t, r.BandChanges, 3, "one change per boundary crossed")
	require.True(t, r.BandChanges[0].Up)
	require.Equal(t, 0, r.BandChanges[0].From)
	require.Equal(t, 3, r.BandChanges[2].To)
	// Selling 100 tokens pays 96 ETH: 1 − 96/(100·1) = 4%; 1,000 pay 900: 10%.
	require.Equal(t, "40000000000000000", r.ExecDepeg[0].String())
	require.Equal(t, "100000000000000000", r.ExecDepeg[1].String())
	require.Nil(t, r.ExecDepeg[2], "an unfillable size stays unknown")
	require.Positive(t, r.Score)
	// Back at par: resolved to band 0 in one change.
	r = assess(t, e, t0+120, reading("1000000000000000000", "1000000000000000000"))
	require.Equal(t, 0, r.Depeg.Band)
	require.Len(t, r.BandChanges, 3)
	require.False(t, r.BandChanges[0].Up)
	require.Equal(t, 0, r.BandChanges[2].To)
}

// TestEngineSurvivesHungRedis points the engine at a server that accepts
// connections and never answers (a hung Redis): each block's assessment
// must still finish promptly, and the engine stops calling the store for a
// while instead of stalling every block.
func TestEngineSurvivesHungRedis(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			defer c.Close() // hold it open, never reply
		}
	}()
	rdb := redis.NewClient(&redis.Options{Addr: ln.Addr().String(), MaxRetries: -1, DialTimeout: time.Second, ContextTimeoutEnabled: true,
		ReadTimeout: 5 * time.Second, WriteTimeout: 5 * time.Second, PoolTimeout: 5 * time.Second})
	defer rdb.Close()
	e, err := NewEngine(zerolog.Nop(), NewRedisState(rdb, "lrt:v1"), []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)

	start := time.Now()
	r := assess(t, e, t0, reading("1020000000000000000", "1010000000000000000"))
	first := time.Since(start)
	require.Less(t, first, 2*time.Second, "one short store timeout, not the client's 5 s")
	require.NotNil(t, r.Depeg.EMA, "the depeg figures do not need the store")
	require.Nil(t, r.CapMax, "no cap without the stored snapshot: never a reset one")

	start = time.Now()
	for b := range uint64(20) {
		assess(t, e, t0+1+b, reading("1020000000000000000", "1010000000000000000"))
	}
	require.Less(t, time.Since(start), 500*time.Millisecond, "the store is paused after a failure")
}

// TestEngineRewritesStateToAnEmptiedStore: after Redis comes back empty,
// Rewrite puts the CAPO snapshot and the growth anchors back from memory,
// so a fresh engine on the same store gives the same cap and growth.
func TestEngineRewritesStateToAnEmptiedStore(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	state := NewRedisState(rdb, "lrt:v1")
	e, err := NewEngine(zerolog.Nop(), state, []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	day := uint64(24 * 60 * 60)
	rate := func(d uint64) *big.Int {
		return new(big.Int).Add(bi("1000000000000000000"), new(big.Int).Mul(big.NewInt(int64(d)), bi("100000000000000")))
	}
	var before *AssetRisk
	for d := uint64(0); d <= 61; d++ {
		before = assess(t, e, t0+d*day, AssetReading{Symbol: "ezETH", Fair: Quote{Price: rate(d)}})
	}
	require.NotNil(t, before.Growth[0])
	require.NoError(t, rdb.FlushAll(context.Background()).Err())
	require.NoError(t, e.Rewrite(context.Background()))

	fresh, err := NewEngine(zerolog.Nop(), state, []AssetPolicy{policy()}, time.Hour)
	require.NoError(t, err)
	after := assess(t, fresh, t0+61*day+1, AssetReading{Symbol: "ezETH", Fair: Quote{Price: rate(61)}})
	require.Equal(t, before.CapSnapshot, after.CapSnapshot, "the CAPO snapshot is back")
	for i := range GrowthWindows {
		require.NotNil(t, after.Growth[i], "growth window %d", GrowthWindows[i])
	}
	require.Equal(t, before.Growth[0].Sign(), after.Growth[0].Sign())
}
