package oracle_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

type world struct {
	t      *testing.T
	ctx    context.Context
	w      *devnet.World
	client chain.Client
	mc     *chain.Multicall
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close() })
	c, err := chain.FromSimulated(w.Client())
	require.NoError(t, err)
	return &world{t: t, ctx: t.Context(), w: w, client: c, mc: chain.NewMulticall(c, w.Deployment.Multicall3)}
}

func (w *world) head() chain.BlockRef {
	h, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(w.t, err)
	return chain.RefOf(h)
}

// send makes the deployer (owner of the feed and pools) call to with data
// and mines it.
func (w *world) send(to common.Address, data []byte) {
	w.t.Helper()
	opts := bind.NewKeyedTransactor(w.w.DeployerKey, w.w.ChainID)
	opts.GasLimit = 3_000_000
	tx, err := bind.NewBoundContract(to, abi.ABI{}, w.client, w.client, w.client).RawTransact(opts, data)
	require.NoError(w.t, err)
	w.w.Commit()
	rcpt, err := bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, rcpt.Status)
}

// advance moves the chain clock forward by d with an empty block.
//
// AdjustTime refuses to seal while the tx pool lists a pending transaction,
// and the pool drops a mined transaction only in its head reset, which runs
// on a background goroutine after Commit: the receipt send or SetFairRate
// waited for can come back while the pool still lists the transaction.
// Rollback calls TxPool.Sync, which waits for that reset (and runs another),
// before it clears the pool. The clear drops nothing real: these tests
// never run World.Run, and every send waits for its receipt before it
// returns, so nothing else is sending.
func (w *world) advance(d time.Duration) {
	w.t.Helper()
	w.w.Backend.Rollback()
	require.NoError(w.t, w.w.Backend.AdjustTime(d))
}

func (w *world) read(a oracle.Asset) oracle.AssetReading {
	w.t.Helper()
	block := w.head()
	var plan chain.Plan
	slots := a.Plan(&plan)
	res, err := w.mc.Do(w.ctx, block.Hash, plan.Calls())
	require.NoError(w.t, err)
	return a.Read(slots, res, block)
}

func within(t *testing.T, got, want *big.Int, bps int64, what string) {
	t.Helper()
	require.NotNil(t, got, what)
	diff := new(big.Int).Sub(got, want)
	diff.Abs(diff).Mul(diff, big.NewInt(10_000))
	require.LessOrEqual(t, diff.Cmp(new(big.Int).Mul(want, big.NewInt(bps))), 0, "%s: %s vs %s (> %d bps)", what, got, want, bps)
}

// TestSourcesAgainstContracts reads every market source from its contract
// on the simulated chain: agreement, then stale, zero, negative and
// disagreeing answers, quorum, and executable quotes.
func TestSourcesAgainstContracts(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	d := w.w.Deployment
	uni, err := oracle.ResolveUniV3(w.ctx, w.mc, w.head().Hash, d.UniPool, d.LRT)
	require.NoError(t, err)
	require.Equal(t, d.LRTIsToken0(), uni.BaseIsToken0)
	asset := oracle.Asset{
		Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair: oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{
			{Name: "feed", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: devnet.EmbeddedFeedHeartbeat}},
			{Name: "uni", Kind: "uniswap_v3_twap", Source: uni.TWAP(5 * time.Minute)},
			{Name: "curve_ema", Kind: "curve_ema", Source: oracle.CurveEMA{Pool: d.CurvePool, AssetIndex: 1}},
			{Name: "curve_spot", Kind: "curve_spot", Source: oracle.CurveSpot{Pool: d.CurvePool, AssetIndex: 1, Decimals: 18}},
		},
		Quorum: 3, MaxSpreadBps: 100,
		Exec: oracle.CurveExec{Pool: d.CurvePool, AssetIndex: 1, Decimals: 18},
	}
	feedPrice, err := d.MarketPrice(w.ctx, w.client)
	require.NoError(t, err)

	// All four sources agree with the feed within fees and tick rounding.
	r := w.read(asset)
	require.NoError(t, r.MarketErr)
	require.Equal(t, 4, r.Agg.Healthy)
	require.False(t, r.Agg.Disagree)
	for _, s := range r.Sources {
		require.NoError(t, s.Err, s.Name)
		within(t, s.Quote.Price, feedPrice, 30, s.Name)
	}
	require.Equal(t, feedPrice.String(), r.Sources[0].Quote.Price.String(), "the feed's own answer, exact")
	// Executable quotes: bigger sales pay less per token.
	require.Len(t, r.ExecProceeds, 3)
	per := func(i int) *big.Int { return new(big.Int).Quo(r.ExecProceeds[i], big.NewInt(oracle.ExecSizes[i])) }
	require.Equal(t, -1, per(1).Cmp(per(0)))
	if r.ExecProceeds[2] != nil {
		require.Equal(t, -1, per(2).Cmp(per(1)))
	}

	feedABI := pricefeed.NewPriceFeed()
	round, err := feedABI.UnpackLatestRoundData(mustCall(t, w, d.PriceFeed, feedABI.PackLatestRoundData()))
	require.NoError(t, err)
	next := func() *big.Int { round.RoundId = new(big.Int).Add(round.RoundId, big.NewInt(1)); return round.RoundId }
	now := new(big.Int).SetUint64(w.head().Time)

	for _, tc := range []struct {
		name    string
		data    []byte
		wantErr error
	}{
		{"zero answer", feedABI.PackSetRoundData(next(), new(big.Int), now, now, round.RoundId), oracle.ErrBadAnswer},
		{"negative answer", feedABI.PackSetRoundData(next(), big.NewInt(-1), now, now, round.RoundId), oracle.ErrBadAnswer},
		{"stale answer", feedABI.PackSetRoundData(next(), feedPrice, big.NewInt(1), big.NewInt(1), round.RoundId), oracle.ErrStale},
		{"answer from an older round", feedABI.PackSetRoundData(next(), feedPrice, now, now, new(big.Int).Sub(round.RoundId, big.NewInt(1))), oracle.ErrStale},
	} {
		w.send(d.PriceFeed, tc.data)
		r = w.read(asset)
		require.ErrorIs(t, r.Sources[0].Err, tc.wantErr, tc.name)
		// Three healthy pool sources still make the quorum of three.
		require.NoError(t, r.MarketErr, tc.name)
		require.Equal(t, 3, r.Agg.Healthy, tc.name)
		require.Equal(t, []string{"feed"}, r.Agg.Excluded, tc.name)
	}

	// A quorum of four fails while the feed is bad: no market price, never
	// a guessed one, and no depeg.
	asset.Quorum = 4
	r = w.read(asset)
	require.ErrorIs(t, r.MarketErr, riskmath.ErrNoQuorum)
	require.Nil(t, r.Market.Price)
	require.Nil(t, r.Depeg)
	asset.Quorum = 3

	// The Uni pool trades 5% below the others for ten minutes: its TWAP
	// disagrees and the spread flag rises; the median holds.
	low := new(big.Int).Quo(new(big.Int).Mul(feedPrice, big.NewInt(95)), big.NewInt(100))
	w.send(d.UniPool, univ3pool.NewUniV3Pool().PackSetSqrtPriceX96(devnet.SqrtPriceX96(low, d.LRTIsToken0())))
	w.advance(10 * time.Minute)
	w.w.Commit()
	r = w.read(asset)
	within(t, r.Sources[1].Quote.Price, low, 5, "uni twap after 10 minutes at the low price")
	require.True(t, r.Agg.Disagree)
	require.Positive(t, r.Agg.SpreadBps.Cmp(new(big.Int).Mul(big.NewInt(400), big.NewInt(1e18))))
	within(t, r.Market.Price, feedPrice, 30, "median")

	// A TWAP window longer than the pool's history fails as a source.
	long := uni.TWAP(24 * time.Hour * 300)
	_, err = long.Decode([]chain.Result{{Success: false}}, chain.BlockRef{})
	require.ErrorIs(t, err, oracle.ErrCallReverted)
	var plan chain.Plan
	plan.Add(long.Calls()...)
	res, err := w.mc.Do(w.ctx, w.head().Hash, plan.Calls())
	require.NoError(t, err)
	require.False(t, res[0].Success, "observe reverts OLD beyond the history")
}

func mustCall(t *testing.T, w *world, to common.Address, data []byte) []byte {
	t.Helper()
	res, err := w.mc.Do(w.ctx, w.head().Hash, []chain.Call{{Target: to, Data: data}})
	require.NoError(t, err)
	return res[0].Data
}

// TestCapoSnapshotAdvancesOverChainTime runs the risk engine on the
// simulated chain's own clock: the snapshot taken at the first block holds
// for the snapshot interval, the cap grows linearly with block time, and the
// snapshot advances once the interval has passed.
func TestCapoSnapshotAdvancesOverChainTime(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	d := w.w.Deployment
	rdb := testenv.StartRedis(t).Client(t)
	growth := big.NewInt(1e17) // 10% a year
	engine, err := oracle.NewEngine(zerolog.Nop(), oracle.NewRedisState(rdb, "lrt:v1"), []oracle.AssetPolicy{{
		Symbol: "ezETH", BandsBps: []uint64{50}, EMAHalfLife: time.Hour, SlashCriticalBps: 100,
		CapoGrowth: growth, CapoInterval: 7 * 24 * time.Hour,
	}}, time.Hour)
	require.NoError(t, err)
	asset := oracle.Asset{Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{{Name: "feed", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: 30 * 24 * time.Hour}}},
		Quorum:  1, MaxSpreadBps: 100}
	assess := func() (chain.BlockRef, *oracle.AssetRisk) {
		r := []oracle.AssetReading{w.read(asset)}
		b := w.head()
		engine.Assess(w.ctx, b.Time, r)
		require.NotNil(t, r[0].Risk)
		return b, r[0].Risk
	}
	b0, r := assess()
	snap := r.CapSnapshot
	require.Equal(t, b0.Time, snap.Time)

	// Three days later the snapshot holds and the cap has grown linearly.
	w.advance(3 * 24 * time.Hour)
	w.w.Commit()
	b1, r := assess()
	require.Equal(t, snap.Time, r.CapSnapshot.Time)
	want := new(big.Int).Mul(snap.Rate, growth)
	want.Mul(want, new(big.Int).SetUint64(b1.Time-snap.Time))
	want.Quo(want, new(big.Int).Mul(big.NewInt(365*24*3600), big.NewInt(1e18)))
	want.Add(want, snap.Rate)
	require.Equal(t, want.String(), r.CapMax.String())

	// The LRT's rate jumps 5% in one block: capped, binding.
	fair, err := d.FairRate(w.ctx, w.client)
	require.NoError(t, err)
	require.NoError(t, d.SetFairRate(w.ctx, w.client, w.w.DeployerKey, new(big.Int).Quo(new(big.Int).Mul(fair, big.NewInt(105)), big.NewInt(100))))
	_, r = assess()
	require.True(t, r.CapBinding)
	require.Equal(t, -1, r.FairCapped.Cmp(new(big.Int).Quo(new(big.Int).Mul(fair, big.NewInt(105)), big.NewInt(100))))

	// After the interval the snapshot advances, to the cap, not the spike.
	w.advance(5 * 24 * time.Hour)
	w.w.Commit()
	b2, r := assess()
	require.Equal(t, b2.Time, r.CapSnapshot.Time)
	spiked := new(big.Int).Quo(new(big.Int).Mul(fair, big.NewInt(105)), big.NewInt(100))
	// The old cap at b2: snap·(1 + 0.1·Δt/365d); the spike is far above it.
	oldCap := new(big.Int).Mul(snap.Rate, growth)
	oldCap.Mul(oldCap, new(big.Int).SetUint64(b2.Time-snap.Time))
	oldCap.Quo(oldCap, new(big.Int).Mul(big.NewInt(365*24*3600), big.NewInt(1e18)))
	oldCap.Add(oldCap, snap.Rate)
	require.Equal(t, oldCap.String(), r.CapSnapshot.Rate.String(), "the new snapshot is the old cap")
	require.Equal(t, -1, r.CapSnapshot.Rate.Cmp(spiked), "not the spike")
	require.True(t, r.CapBinding)
}
