package oracle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
)

type countingMetrics struct{ ok, failed atomic.Int64 }

func (c *countingMetrics) SnapshotPublished(ok bool, _ time.Duration) {
	if ok {
		c.ok.Add(1)
	} else {
		c.failed.Add(1)
	}
}

func sampleSnapshot(block uint64, borrowers ...common.Address) *Snapshot {
	id := common.HexToHash("0xabc0000000000000000000000000000000000000000000000000000000000def")
	m := MarketRisk{
		ID: id, Name: "ezETH/WETH 94.5%", Collateral: "ezETH", LLTV: bi("945000000000000000"),
		OraclePrice:       bi("1020000000000000000000000000000000000"),
		TotalSupplyAssets: bi("1000000000000000000000"), TotalBorrowAssets: bi("900000000000000000001"),
		TotalCollateral: bi("100000000000000000000"), AtRisk: 1, MinHealth: bi("1050000000000000000"),
		OracleKind: "market", OracleKindFrom: "detected",
		OracleVsMarketBps: bi("0"), OracleVsFairBps: bi("-800000000000000000000"),
		Utilization: bi("900000000000000000"), BorrowRateAPR: bi("30000000000000000"),
		Stress: []stress.Result{{
			Shock: stress.Shock{Name: "depeg_5"}, OracleMoved: true, OraclePriceAfter: bi("969000000000000000000000000000000000"),
			MarketPriceAfter: bi("969000000000000000"), Liquidatable: 1, Collateral: bi("100000000000000000000"),
			Debt: bi("90000000000000000001"), BadDebt: bi("0"), KeeperProfit: bi("1234"), Unprofitable: 0,
		}},
	}
	for _, b := range borrowers {
		m.Positions = append(m.Positions, PositionRisk{
			Borrower: b, Collateral: bi("100000000000000000000"), BorrowShares: bi("90000000000000000000000000"),
			BorrowAssets: bi("90000000000000000001"), HasDebt: true,
			Health: bi("1050000000000000000"), HealthMarket: bi("966000000000000000"), HealthFair: bi("1071000000000000000"),
			LiquidationPrice: bi("971428571428571428571428571428571428"),
			Leverage:         bi("10000000000000000000"), DepegBufferBps: bi("476190476190476200000"),
		})
	}
	return &Snapshot{
		Block:     chain.BlockRef{Number: block, Hash: common.HexToHash(fmt.Sprintf("0x%064x", block)), Time: 1000 + block},
		UpdatedAt: time.UnixMilli(1_763_700_000_000 + int64(block)),
		Assets: []AssetReading{
			{Symbol: "ezETH", Fair: Quote{Price: bi("1020000000000000000")}, Market: Quote{Price: bi("938400000000000000"), UpdatedAt: 999},
				Depeg: bi("80000000000000000"),
				Sources: []SourceReading{
					{Name: "chainlink", Kind: "chainlink", Quote: Quote{Price: bi("938400000000000000"), UpdatedAt: 999}},
					{Name: "uni", Kind: "uniswap_v3_twap", Err: fmt.Errorf("observe: %w", ErrCallReverted)},
				},
				Agg: riskmath.Aggregated{Healthy: 1, Total: 2, SpreadBps: new(big.Int)},
				Risk: &AssetRisk{
					FairCapped: bi("1019000000000000000"), CapMax: bi("1019000000000000000"), CapBinding: true,
					CapSnapshot: riskmath.CapoSnapshot{Rate: bi("1010000000000000000"), Time: 500},
					Depeg:       riskmath.DepegState{EMA: bi("50000000000000000"), PersistSeconds: 12, Band: 4},
					Rate:        riskmath.RateEvent{Age: 30},
					ExecDepeg:   []*big.Int{bi("81000000000000000"), bi("90000000000000000"), nil},
					Growth:      []*big.Int{bi("30000000000000000"), nil, nil},
					Score:       57,
				}},
			{Symbol: "weETH", Fair: Quote{Price: bi("1050000000000000000")}, MarketErr: fmt.Errorf("feed: %w: updated 90000s ago", ErrStale)},
		},
		Markets: []MarketRisk{m},
	}
}

func TestPublisherWritesSchemaV1(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	metrics := &countingMetrics{}
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, metrics)

	sub := rdb.Subscribe(ctx, "lrt:v1:updates")
	defer sub.Close()
	_, err := sub.Receive(ctx) // subscription confirmation
	require.NoError(t, err)

	alice := common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	bob := common.HexToAddress("0x0000000000000000000000000000000000000B0B")
	snap := sampleSnapshot(42, alice, bob)
	require.NoError(t, pub.Publish(ctx, snap))

	asset, err := rdb.HGetAll(ctx, "lrt:v1:asset:ezETH").Result()
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"fair_value": "1.020000000000000000", "market_price": "0.938400000000000000", "market_updated_at": "999",
		"depeg_bps": "800.000000000000000000", "status": "ok",
		"market_sources_healthy": "1", "market_sources_total": "2", "sources_disagree": "0", "market_spread_bps": "0.000000000000000000",
		"source:chainlink:price": "0.938400000000000000", "source:chainlink:age_s": "43",
		"source:uni:error":  "observe: call reverted",
		"fair_value_capped": "1.019000000000000000", "cap_binding": "1", "cap_max_rate": "1.019000000000000000",
		"capo_snapshot_rate": "1.010000000000000000", "capo_snapshot_time": "500",
		"depeg_ema_bps": "500.000000000000000000", "depeg_persist_s": "12", "depeg_band": "4",
		"rate_age_s": "30", "rate_stale": "0",
		"exec_depeg_bps_100": "810.000000000000000000", "exec_depeg_bps_1000": "900.000000000000000000",
		"growth_7d_apr": "0.030000000000000000", "risk_score": "57",
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "1",
	}, asset)

	degraded, err := rdb.HGetAll(ctx, "lrt:v1:asset:weETH").Result()
	require.NoError(t, err)
	require.Equal(t, "degraded", degraded["status"])
	require.Contains(t, degraded["error"], "stale answer")
	require.NotContains(t, degraded, "market_price", "a stale price is left out, never published")
	require.NotContains(t, degraded, "depeg_bps")

	mkey := "lrt:v1:market:" + snap.Markets[0].ID.Hex()
	market, err := rdb.HGetAll(ctx, mkey).Result()
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"name": "ezETH/WETH 94.5%", "collateral_asset": "ezETH", "lltv": "0.945000000000000000",
		"oracle_price": "1020000000000000000000000000000000000", "total_supply_assets": "1000000000000000000000",
		"total_borrow_assets": "900000000000000000001", "total_collateral": "100000000000000000000",
		"positions": "2", "positions_at_risk": "1", "min_health": "1.050000000000000000", "status": "ok",
		"oracle_kind": "market", "oracle_kind_source": "detected",
		"oracle_vs_market_bps": "0.000000000000000000", "oracle_vs_fair_bps": "-800.000000000000000000",
		"utilization": "0.900000000000000000", "borrow_rate_apr": "0.030000000000000000",
		"stress:depeg_5:oracle_moved": "1", "stress:depeg_5:oracle_price": "969000000000000000000000000000000000",
		"stress:depeg_5:market_price": "0.969000000000000000", "stress:depeg_5:liquidatable": "1",
		"stress:depeg_5:collateral": "100000000000000000000", "stress:depeg_5:debt": "90000000000000000001",
		"stress:depeg_5:bad_debt": "0", "stress:depeg_5:keeper_profit": "1234", "stress:depeg_5:unprofitable": "0",
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "1",
	}, market)

	pkey := "lrt:v1:position:" + snap.Markets[0].ID.Hex() + ":0x00000000000000000000000000000000000a11ce"
	pos, err := rdb.HGetAll(ctx, pkey).Result()
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"collateral": "100000000000000000000", "borrow_shares": "90000000000000000000000000",
		"borrow_assets": "90000000000000000001", "liquidatable": "0",
		"health": "1.050000000000000000", "health_market": "0.966000000000000000", "health_fair": "1.071000000000000000",
		"liquidation_price": "971428571428571428571428571428571428",
		"leverage":          "10.000000000000000000", "depeg_buffer_bps": "476.190476190476200000",
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "1",
	}, pos)

	ttl, err := rdb.PTTL(ctx, pkey).Result()
	require.NoError(t, err)
	require.Greater(t, ttl, 50*time.Second)
	require.LessOrEqual(t, ttl, time.Minute)

	msg, err := sub.ReceiveMessage(ctx)
	require.NoError(t, err)
	var update map[string]any
	require.NoError(t, json.Unmarshal([]byte(msg.Payload), &update))
	require.EqualValues(t, 42, update["block"])
	require.EqualValues(t, 1, update["schema_version"])
	require.EqualValues(t, 2, update["positions"])
	require.Equal(t, snap.Block.Hash.Hex(), update["block_hash"])

	// The next block no longer has bob: his key goes, alice's is rewritten.
	require.NoError(t, pub.Publish(ctx, sampleSnapshot(43, alice)))
	n, err := rdb.Exists(ctx, "lrt:v1:position:"+snap.Markets[0].ID.Hex()+":0x0000000000000000000000000000000000000b0b").Result()
	require.NoError(t, err)
	require.Zero(t, n)
	block, err := rdb.HGet(ctx, pkey, "block").Result()
	require.NoError(t, err)
	require.Equal(t, "43", block)

	// The stream keeps the history, one entry per snapshot, in order.
	entries, err := rdb.XRange(ctx, "lrt:v1:stream", "-", "+").Result()
	require.NoError(t, err)
	require.Len(t, entries, 2)
	require.Equal(t, "42", entries[0].Values["block"])
	require.Equal(t, "43", entries[1].Values["block"])
	require.Equal(t, "1", entries[1].Values["schema_version"])
	var rec struct {
		Assets []struct {
			Symbol   string `json:"symbol"`
			DepegBps string `json:"depeg_bps"`
		} `json:"assets"`
		Markets []struct {
			ID        string `json:"id"`
			MinHealth string `json:"min_health"`
		} `json:"markets"`
	}
	require.NoError(t, json.Unmarshal([]byte(entries[1].Values["snapshot"].(string)), &rec))
	require.Equal(t, "ezETH", rec.Assets[0].Symbol)
	require.Equal(t, "800.000000000000000000", rec.Assets[0].DepegBps)
	require.Equal(t, "1.050000000000000000", rec.Markets[0].MinHealth)
}

func TestPublisherStreamIsTrimmed(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})
	for b := range uint64(350) {
		require.NoError(t, pub.Publish(ctx, sampleSnapshot(b)))
	}
	n, err := rdb.XLen(ctx, "lrt:v1:stream").Result()
	require.NoError(t, err)
	// MAXLEN ~ trims whole stream nodes (100 entries each), never below 100.
	require.GreaterOrEqual(t, n, int64(100))
	require.LessOrEqual(t, n, int64(200))
	last, err := rdb.XRevRangeN(ctx, "lrt:v1:stream", "+", "-", 1).Result()
	require.NoError(t, err)
	require.Equal(t, "349", last[0].Values["block"])
}

func TestPublisherSurvivesRedisRestart(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	metrics := &countingMetrics{}
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, metrics)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- pub.Run(ctx) }()

	alice := common.HexToAddress("0xa11ce")
	pub.Offer(sampleSnapshot(1, alice))
	require.Eventually(t, func() bool { return rdb.Exists(context.Background(), "lrt:v1:asset:ezETH").Val() == 1 }, 5*time.Second, 20*time.Millisecond)

	srv.Stop()
	pub.Offer(sampleSnapshot(2, alice)) // fails while Redis is down, is retried
	require.Eventually(t, func() bool { return metrics.failed.Load() > 0 }, 10*time.Second, 10*time.Millisecond)
	srv.Start() // empty: nothing persists
	require.Eventually(t, func() bool {
		return rdb.HGet(context.Background(), "lrt:v1:asset:ezETH", "block").Val() == "2"
	}, 15*time.Second, 50*time.Millisecond, "the latest snapshot is republished after the restart")
	cancel()
	require.NoError(t, <-done)
	require.Positive(t, metrics.ok.Load())
}

func TestPingNamesAddress(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	srv.Stop()
	err := Ping(context.Background(), rdb, 500*time.Millisecond)
	require.True(t, errors.Is(err, ErrNoRedis))
	require.Contains(t, err.Error(), srv.Addr)
	_ = big.NewInt
}
