package oracle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
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

// syncBuffer is a log sink the publisher's goroutine writes while the test
// reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

var sampleMarketID = common.HexToHash("0xabc0000000000000000000000000000000000000000000000000000000000def")

// sampleSnapshot is block `block` writing the given borrowers' positions in
// one market of as many tracked positions.
func sampleSnapshot(block uint64, borrowers ...common.Address) *Snapshot {
	m := MarketRisk{
		Protocol: "morpho_blue", ID: sampleMarketID, Name: "ezETH/WETH 94.5%", Collateral: "ezETH", LLTV: bi("945000000000000000"),
		OraclePrice:       bi("1020000000000000000000000000000000000"),
		TotalSupplyAssets: bi("1000000000000000000000"), TotalBorrowAssets: bi("900000000000000000001"),
		TotalCollateral: bi("100000000000000000000"), AtRisk: 1, MinHealth: bi("1050000000000000000"),
		PositionCount: len(borrowers), CollateralDecimals: 18, LoanDecimals: 18,
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

func fullSnapshot(block uint64, borrowers ...common.Address) *Snapshot {
	s := sampleSnapshot(block, borrowers...)
	s.Full = true
	return s
}

// readPos returns the published record of borrower in market, nil when
// there is none.
func readPos(t testing.TB, rdb *redis.Client, market common.Hash, borrower common.Address) map[string]string {
	t.Helper()
	rec, err := ReadPosition(context.Background(), rdb, "lrt:v1", market, borrower)
	require.NoError(t, err)
	return rec
}

// readRecords returns every published record of market by borrower.
func readRecords(t testing.TB, rdb *redis.Client, market common.Hash) map[string]map[string]string {
	t.Helper()
	raw, err := rdb.HGetAll(context.Background(), "lrt:v1:positions:"+market.Hex()).Result()
	require.NoError(t, err)
	out := make(map[string]map[string]string, len(raw))
	for borrower, v := range raw {
		var rec map[string]string
		require.NoError(t, json.Unmarshal([]byte(v), &rec), borrower)
		out[borrower] = rec
	}
	return out
}

var (
	alice = common.HexToAddress("0x00000000000000000000000000000000000A11CE")
	bob   = common.HexToAddress("0x0000000000000000000000000000000000000B0B")
	carol = common.HexToAddress("0x00000000000000000000000000000000000CA201")
)

func TestPublisherWritesSchema(t *testing.T) {
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

	snap := fullSnapshot(42, alice, bob)
	require.True(t, pub.NeedsFull(), "nothing written yet")
	require.NoError(t, pub.Publish(ctx, snap))
	require.False(t, pub.NeedsFull())

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
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "3",
	}, asset)

	degraded, err := rdb.HGetAll(ctx, "lrt:v1:asset:weETH").Result()
	require.NoError(t, err)
	require.Equal(t, "degraded", degraded["status"])
	require.Contains(t, degraded["error"], "stale answer")
	require.NotContains(t, degraded, "market_price", "a stale price is left out, never published")
	require.NotContains(t, degraded, "depeg_bps")

	mkey := "lrt:v1:market:" + sampleMarketID.Hex()
	market, err := rdb.HGetAll(ctx, mkey).Result()
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"protocol": "morpho_blue", "name": "ezETH/WETH 94.5%", "collateral_asset": "ezETH", "lltv": "0.945000000000000000",
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
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "3",
	}, market)

	pos := readPos(t, rdb, sampleMarketID, alice)
	require.Equal(t, map[string]string{
		"collateral": "100000000000000000000", "borrow_shares": "90000000000000000000000000",
		"borrow_assets": "90000000000000000001", "liquidatable": "0",
		"health": "1.050000000000000000", "health_market": "0.966000000000000000", "health_fair": "1.071000000000000000",
		"liquidation_price": "971428571428571428571428571428571428",
		"leverage":          "10.000000000000000000", "depeg_buffer_bps": "476.190476190476200000",
		"time_to_liquidation_s": "none", "block": "42", "protocol": "morpho_blue",
	}, pos)
	require.Len(t, readRecords(t, rdb, sampleMarketID), 2, "one field per position in the market's hash")
	pkey := "lrt:v1:positions:" + sampleMarketID.Hex()

	head, err := rdb.HGetAll(ctx, "lrt:v1:head").Result()
	require.NoError(t, err)
	require.Equal(t, map[string]string{
		"block": "42", "block_hash": snap.Block.Hash.Hex(), "updated_at": "1763700000042", "schema_version": "3",
		"positions_written": "2", "full": "1", "full_block": "42",
	}, head)

	zkey := "lrt:v1:liqprice:" + sampleMarketID.Hex()
	require.EqualValues(t, 2, rdb.ZCard(ctx, zkey).Val())
	score, err := rdb.ZScore(ctx, zkey, strings.ToLower(alice.Hex())).Result()
	require.NoError(t, err)
	require.InEpsilon(t, 0.9714285714285714, score, 1e-15, "loan tokens per collateral token")
	require.GreaterOrEqual(t, score, 0.9714285714285714, "a score is never below the exact price")

	for _, k := range []string{pkey, mkey, zkey, "lrt:v1:asset:ezETH", "lrt:v1:head"} {
		ttl, err := rdb.PTTL(ctx, k).Result()
		require.NoError(t, err)
		require.Greater(t, ttl, 50*time.Second, k)
		require.LessOrEqual(t, ttl, time.Minute, k)
	}
	n, err := rdb.Exists(ctx, "lrt:v1:writing", "lrt:v1:liqprice:"+sampleMarketID.Hex()+":staging",
		"lrt:v1:positions:"+sampleMarketID.Hex()+":staging").Result()
	require.NoError(t, err)
	require.Zero(t, n, "the write token and the staging keys are gone once the marker is written")

	msg, err := sub.ReceiveMessage(ctx)
	require.NoError(t, err)
	var update map[string]any
	require.NoError(t, json.Unmarshal([]byte(msg.Payload), &update))
	require.EqualValues(t, 42, update["block"])
	require.EqualValues(t, 3, update["schema_version"])
	require.EqualValues(t, 2, update["positions"])
	require.EqualValues(t, 2, update["positions_written"])
	require.Equal(t, true, update["full"])
	require.Equal(t, snap.Block.Hash.Hex(), update["block_hash"])

	// Block 43 closes bob's position and rewrites alice's.
	next := sampleSnapshot(43, alice)
	next.Markets[0].Closed = []common.Address{bob}
	require.NoError(t, pub.Publish(ctx, next))
	require.Nil(t, readPos(t, rdb, sampleMarketID, bob))
	_, err = rdb.ZScore(ctx, zkey, strings.ToLower(bob.Hex())).Result()
	require.ErrorIs(t, err, redis.Nil)
	require.Equal(t, "43", readPos(t, rdb, sampleMarketID, alice)["block"])
	require.Equal(t, "1", rdb.HGet(ctx, mkey, "positions").Val())
	head, err = rdb.HGetAll(ctx, "lrt:v1:head").Result()
	require.NoError(t, err)
	require.Equal(t, "43", head["block"])
	require.Equal(t, "0", head["full"])
	require.Equal(t, "42", head["full_block"], "the last full write stays named")

	// The stream keeps the history, one entry per snapshot, in order.
	entries, err := rdb.XRange(ctx, "lrt:v1:stream", "-", "+").Result()
	require.NoError(t, err)
	require.Len(t, entries, 2)
	require.Equal(t, "42", entries[0].Values["block"])
	require.Equal(t, "43", entries[1].Values["block"])
	require.Equal(t, "3", entries[1].Values["schema_version"])
	var rec struct {
		Assets []struct {
			Symbol   string `json:"symbol"`
			DepegBps string `json:"depeg_bps"`
		} `json:"assets"`
		Markets []struct {
			ID        string `json:"id"`
			Positions int    `json:"positions"`
			MinHealth string `json:"min_health"`
		} `json:"markets"`
	}
	require.NoError(t, json.Unmarshal([]byte(entries[1].Values["snapshot"].(string)), &rec))
	require.Equal(t, "ezETH", rec.Assets[0].Symbol)
	require.Equal(t, "800.000000000000000000", rec.Assets[0].DepegBps)
	require.Equal(t, "1.050000000000000000", rec.Markets[0].MinHealth)
	require.Equal(t, 1, rec.Markets[0].Positions)
}

func TestPublisherWritesEveryPositionField(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})

	snap := fullSnapshot(7, alice, bob)
	ttl := uint64(86_400)
	p := &snap.Markets[0].Positions[0]
	p.TimeToLiquidation, p.HealthMarket = &ttl, nil // a market price unknown
	require.NoError(t, pub.Publish(ctx, snap))
	require.Equal(t, "86400", readPos(t, rdb, sampleMarketID, alice)["time_to_liquidation_s"])
	require.Equal(t, "none", readPos(t, rdb, sampleMarketID, alice)["health_market"])

	// Alice repays: the record is rewritten whole, nothing of the indebted
	// one lingers, and she leaves the liquidation-price set.
	next := sampleSnapshot(8, alice)
	next.Markets[0].PositionCount = 2
	next.Markets[0].Positions[0] = PositionRisk{
		Borrower: alice, Collateral: bi("5"), BorrowShares: new(big.Int), BorrowAssets: new(big.Int),
	}
	require.NoError(t, pub.Publish(ctx, next))
	pos := readPos(t, rdb, sampleMarketID, alice)
	require.Equal(t, map[string]string{
		"collateral": "5", "borrow_shares": "0", "borrow_assets": "0", "liquidatable": "0",
		"health": "inf", "health_market": "inf", "health_fair": "inf", "liquidation_price": "none",
		"leverage": "none", "depeg_buffer_bps": "none", "time_to_liquidation_s": "none", "block": "8",
		"protocol": "morpho_blue",
	}, pos)
	zkey := "lrt:v1:liqprice:" + sampleMarketID.Hex()
	members, err := rdb.ZRange(ctx, zkey, 0, -1).Result()
	require.NoError(t, err)
	require.Equal(t, []string{strings.ToLower(bob.Hex())}, members)
}

// TestPublisherIncrementalBlockWritesOnlyItsPositions publishes a full book,
// then a block that changes a few positions: only those are rewritten.
func TestPublisherIncrementalBlockWritesOnlyItsPositions(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})

	full := SyntheticSnapshot(3_000, 3)
	require.NoError(t, pub.Publish(ctx, full))
	fullBlock := strconv.FormatUint(full.Block.Number, 10)
	// Records by market and borrower.
	records := func() map[string]map[string]string {
		all := map[string]map[string]string{}
		for _, m := range full.Markets {
			for borrower, rec := range readRecords(t, rdb, m.ID) {
				all[m.ID.Hex()+borrower] = rec
			}
		}
		return all
	}
	before := records()
	require.Len(t, before, 3_000)
	for _, rec := range before {
		require.Equal(t, fullBlock, rec["block"])
	}

	block := syntheticBlock(full, 1, 30)
	changed := map[string]bool{}
	for i := range block.Markets {
		m := &block.Markets[i]
		for j := range m.Positions {
			p := m.Positions[j]
			p.Collateral = new(big.Int).Add(p.Collateral, big.NewInt(1)) // a deposit
			m.Positions[j] = p
			changed[m.ID.Hex()+strings.ToLower(p.Borrower.Hex())] = true
		}
	}
	require.Len(t, changed, 30)
	require.NoError(t, pub.Publish(ctx, block))

	newBlock := strconv.FormatUint(block.Block.Number, 10)
	afterAll := records()
	require.Len(t, afterAll, 3_000)
	for k := range before {
		after := afterAll[k]
		if !changed[k] {
			require.Equal(t, before[k], after, "an unwritten position keeps its record and its block")
			continue
		}
		require.Equal(t, newBlock, after["block"])
		c, _ := new(big.Int).SetString(before[k]["collateral"], 10)
		require.Equal(t, c.Add(c, big.NewInt(1)).String(), after["collateral"])
	}
	head := rdb.HGetAll(ctx, "lrt:v1:head").Val()
	require.Equal(t, newBlock, head["block"])
	require.Equal(t, "30", head["positions_written"])
	require.Equal(t, "0", head["full"])
	require.Equal(t, fullBlock, head["full_block"])
	for _, m := range full.Markets {
		require.Equal(t, strconv.Itoa(m.PositionCount), rdb.HGet(ctx, "lrt:v1:market:"+m.ID.Hex(), "positions").Val(),
			"positions counts the market's book, not the records written")
		require.Equal(t, newBlock, rdb.HGet(ctx, "lrt:v1:market:"+m.ID.Hex(), "block").Val())
	}
}

// exactLiqPrice is raw·10^(collDec−loanDec)/1e36, exactly.
func exactLiqPrice(raw *big.Int, collDec, loanDec uint8) *big.Rat {
	exp := int64(collDec) - int64(loanDec) - 36
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(max(exp, -exp)), nil)
	if exp >= 0 {
		return new(big.Rat).SetInt(new(big.Int).Mul(raw, pow))
	}
	return new(big.Rat).SetFrac(raw, pow)
}

// TestLiqPriceIndexAnswersPriceQueries checks ZRANGEBYSCORE key P +inf
// against the positions a direct computation over the snapshot finds
// liquidatable at P, on markets of different token decimals.
func TestLiqPriceIndexAnswersPriceQueries(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})

	snap := SyntheticSnapshot(3_000, 11)
	snap.Markets[1].CollateralDecimals, snap.Markets[1].LoanDecimals = 18, 6 // a USDC loan
	snap.Markets[2].CollateralDecimals, snap.Markets[2].LoanDecimals = 8, 18 // a BTC-like collateral
	require.NoError(t, pub.Publish(ctx, snap))

	for _, m := range snap.Markets {
		var exact []*big.Rat
		byBorrower := map[string]*big.Rat{}
		for _, p := range m.Positions {
			if !p.HasDebt {
				continue
			}
			l := exactLiqPrice(p.LiquidationPrice, m.CollateralDecimals, m.LoanDecimals)
			exact = append(exact, l)
			byBorrower[strings.ToLower(p.Borrower.Hex())] = l
		}
		require.NotEmpty(t, exact)
		sorted := append([]*big.Rat(nil), exact...)
		slicesSortRat(sorted)
		// Prices between neighbours, at zero, at the lowest and the
		// highest liquidation price, and above every one.
		var probes []float64
		for _, k := range []int{0, 1, len(sorted) / 3, len(sorted) / 2, len(sorted) - 2} {
			for k+2 < len(sorted) && !apart(sorted[k], sorted[k+1]) {
				k++
			}
			mid := new(big.Rat).Add(sorted[k], sorted[k+1])
			f, _ := mid.Quo(mid, big.NewRat(2, 1)).Float64()
			probes = append(probes, f)
		}
		lo, _ := sorted[0].Float64()
		hi, _ := sorted[len(sorted)-1].Float64()
		probes = append(probes, 0, lo, hi, hi*1.001)

		key := "lrt:v1:liqprice:" + m.ID.Hex()
		for i, price := range probes {
			got, err := rdb.ZRangeByScore(ctx, key, &redis.ZRangeBy{Min: strconv.FormatFloat(price, 'g', -1, 64), Max: "+inf"}).Result()
			require.NoError(t, err)
			p := new(big.Rat).SetFloat64(price)
			want := map[string]bool{}
			for b, l := range byBorrower {
				if l.Cmp(p) >= 0 { // liquidatable at every price ≤ its own
					want[b] = true
				}
			}
			gotSet := map[string]bool{}
			for _, b := range got {
				gotSet[b] = true
				if !want[b] {
					// Only a price within the score's rounding of P may
					// be returned beyond the exact answer, and never for
					// a probe halfway between two prices.
					require.GreaterOrEqual(t, i, 5, "market %s, price %g: %s returned", m.Name, price, b)
					gap := new(big.Rat).Sub(p, byBorrower[b])
					g, _ := gap.Quo(gap, p).Float64()
					require.Less(t, g, 2e-15, "market %s, price %g, borrower %s", m.Name, price, b)
				}
			}
			for b := range want {
				require.True(t, gotSet[b], "market %s, price %g: %s is liquidatable but not returned", m.Name, price, b)
			}
		}
	}
}

// apart reports whether b exceeds a by more than 1e-12, relatively: a
// probe between them is far from both.
func apart(a, b *big.Rat) bool {
	d := new(big.Rat).Sub(b, a)
	f, _ := d.Quo(d, a).Float64()
	return f > 1e-12
}

func slicesSortRat(xs []*big.Rat) {
	for i := 1; i < len(xs); i++ { // insertion sort: the test's few thousand values
		for j := i; j > 0 && xs[j].Cmp(xs[j-1]) < 0; j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// TestPublisherFullWriteRebuildsLiqPriceSet: a full snapshot replaces the
// set whole, so members of positions closed while nobody watched go.
func TestPublisherFullWriteRebuildsLiqPriceSet(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	zkey := "lrt:v1:liqprice:" + sampleMarketID.Hex()
	// A set left by an earlier run, whose carol closed meanwhile.
	require.NoError(t, rdb.ZAdd(ctx, zkey, redis.Z{Score: 0.5, Member: strings.ToLower(carol.Hex())}).Err())

	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})
	require.NoError(t, pub.Publish(ctx, fullSnapshot(5, alice, bob)))
	members, err := rdb.ZRange(ctx, zkey, 0, -1).Result()
	require.NoError(t, err)
	require.ElementsMatch(t, []string{strings.ToLower(alice.Hex()), strings.ToLower(bob.Hex())}, members)

	// A full snapshot whose positions have no debt leaves no set.
	none := fullSnapshot(6)
	require.NoError(t, pub.Publish(ctx, none))
	require.Zero(t, rdb.Exists(ctx, zkey).Val())
}

// TestPublisherMarkerIsWrittenLast breaks a write half-way (a
// liquidation-price set of the wrong type): the records before it land, but the marker, the
// asset and market hashes and the stream stay at the last complete block.
// Once the cause is gone, the next write converges.
func TestPublisherMarkerIsWrittenLast(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})
	require.NoError(t, pub.Publish(ctx, fullSnapshot(1, alice, bob)))

	zkey := "lrt:v1:liqprice:" + sampleMarketID.Hex()
	require.NoError(t, rdb.Set(ctx, zkey, "not a sorted set", 0).Err())
	err := pub.Publish(ctx, sampleSnapshot(2, alice, bob))
	require.Error(t, err)
	require.Contains(t, err.Error(), "WRONGTYPE")
	require.Equal(t, "2", readPos(t, rdb, sampleMarketID, alice)["block"],
		"a record may be ahead of the marker while a write is in flight (or failed)")
	require.Equal(t, "1", rdb.HGet(ctx, "lrt:v1:head", "block").Val())
	require.Equal(t, "1", rdb.HGet(ctx, "lrt:v1:asset:ezETH", "block").Val())
	require.Equal(t, "1", rdb.HGet(ctx, "lrt:v1:market:"+sampleMarketID.Hex(), "block").Val())
	require.EqualValues(t, 1, rdb.XLen(ctx, "lrt:v1:stream").Val())

	require.NoError(t, rdb.Del(ctx, zkey).Err())
	require.NoError(t, pub.Publish(ctx, sampleSnapshot(3, alice, bob)))
	for _, k := range []string{"lrt:v1:head", "lrt:v1:asset:ezETH"} {
		require.Equal(t, "3", rdb.HGet(ctx, k, "block").Val(), k)
	}
	require.Equal(t, "3", readPos(t, rdb, sampleMarketID, bob)["block"])
	require.EqualValues(t, 2, rdb.ZCard(ctx, zkey).Val())
}

// TestPublisherRefusesMarkerAfterLostWrite: Redis losing the first part of a
// write (a restart or flush between its chunks and its marker) fails the
// write instead of committing a marker over missing records.
func TestPublisherRefusesMarkerAfterLostWrite(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})

	b := supersede(nil, fullSnapshot(9, alice, bob))
	w := newPositionWriter(pub, b, "test:1")
	require.NoError(t, w.run(ctx))
	require.NoError(t, rdb.FlushAll(ctx).Err()) // what a restart without persistence does
	_, err := pub.writeMarker(ctx, b, w, "test:1")
	require.ErrorIs(t, err, ErrWriteInterrupted)
	require.Zero(t, rdb.Exists(ctx, "lrt:v1:head", "lrt:v1:asset:ezETH").Val())

	// A newer write's token also voids an older one's marker.
	require.NoError(t, w.run(ctx))
	require.NoError(t, rdb.Set(ctx, "lrt:v1:writing", "other:1", 0).Err())
	_, err = pub.writeMarker(ctx, b, w, "test:1")
	require.ErrorIs(t, err, ErrWriteInterrupted)
}

// TestPublisherReadsAreConsistent reads the marker and the block fields of
// the asset and market hashes in one MULTI while blocks are published: they
// always agree, and no position record is more than one block ahead.
func TestPublisherReadsAreConsistent(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	reader := srv.Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, &countingMetrics{})
	full := SyntheticSnapshot(2_000, 5)
	require.NoError(t, pub.Publish(ctx, full))

	done := make(chan struct{})
	var reads atomic.Int64
	readErr := make(chan error, 1)
	go func() {
		defer close(readErr)
		market := "lrt:v1:market:" + full.Markets[0].ID.Hex()
		for {
			select {
			case <-done:
				return
			default:
			}
			var head, asset, mk *redis.StringCmd
			if _, err := reader.TxPipelined(ctx, func(pipe redis.Pipeliner) error {
				head = pipe.HGet(ctx, "lrt:v1:head", "block")
				asset = pipe.HGet(ctx, "lrt:v1:asset:ezETH", "block")
				mk = pipe.HGet(ctx, market, "block")
				return nil
			}); err != nil {
				readErr <- err
				return
			}
			if head.Val() != asset.Val() || head.Val() != mk.Val() {
				readErr <- fmt.Errorf("head %s, asset %s, market %s", head.Val(), asset.Val(), mk.Val())
				return
			}
			reads.Add(1)
		}
	}()
	for i := uint64(1); i <= 30; i++ {
		require.NoError(t, pub.Publish(ctx, syntheticBlock(full, i, 150)))
		headBlock, err := strconv.ParseUint(rdb.HGet(ctx, "lrt:v1:head", "block").Val(), 10, 64)
		require.NoError(t, err)
		require.Equal(t, full.Block.Number+i, headBlock)
	}
	close(done)
	require.NoError(t, <-readErr)
	require.Positive(t, reads.Load())
}

// TestPublisherRetriesAndKeepsSupersededChanges: while Redis refuses writes
// (out of memory), two blocks are offered; the second supersedes the first
// but carries its changes, each record keeping its own block. One alert
// per outage, resolved once a write succeeds again.
func TestPublisherRetriesAndKeepsSupersededChanges(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	logs := &syncBuffer{}
	metrics := &countingMetrics{}
	pub := NewPublisher(zerolog.New(logs), rdb, "lrt:v1", time.Minute, 100, metrics)
	pub.Alerts = alerts.New(zerolog.New(logs), alertCounts{})
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- pub.Run(runCtx) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()

	pub.Offer(fullSnapshot(1, alice, bob, carol))
	require.Eventually(t, func() bool { return rdb.HGet(ctx, "lrt:v1:head", "block").Val() == "1" }, 5*time.Second, 10*time.Millisecond)

	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory-policy", "noeviction").Err())
	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory", "1").Err())
	s2 := sampleSnapshot(2, alice) // alice deposits
	s2.Markets[0].PositionCount = 3
	s2.Markets[0].Positions[0].Collateral = bi("200000000000000000000")
	pub.Offer(s2)
	require.Eventually(t, func() bool { return metrics.failed.Load() > 0 }, 5*time.Second, 10*time.Millisecond)
	s3 := sampleSnapshot(3, bob) // bob borrows more, carol closes
	s3.Markets[0].PositionCount = 2
	s3.Markets[0].Positions[0].BorrowAssets = bi("95000000000000000000")
	s3.Markets[0].Closed = []common.Address{carol}
	pub.Offer(s3)
	require.Eventually(t, func() bool { return metrics.failed.Load() > 1 }, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, "1", rdb.HGet(ctx, "lrt:v1:head", "block").Val())

	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory", "0").Err())
	require.Eventually(t, func() bool { return rdb.HGet(ctx, "lrt:v1:head", "block").Val() == "3" }, 10*time.Second, 20*time.Millisecond)
	a := readPos(t, rdb, sampleMarketID, alice)
	require.Equal(t, "2", a["block"], "alice's change of block 2 is written, with its block")
	require.Equal(t, "200000000000000000000", a["collateral"])
	b := readPos(t, rdb, sampleMarketID, bob)
	require.Equal(t, "3", b["block"])
	require.Equal(t, "95000000000000000000", b["borrow_assets"])
	require.Nil(t, readPos(t, rdb, sampleMarketID, carol))
	members := rdb.ZRange(ctx, "lrt:v1:liqprice:"+sampleMarketID.Hex(), 0, -1).Val()
	require.ElementsMatch(t, []string{strings.ToLower(alice.Hex()), strings.ToLower(bob.Hex())}, members)
	require.Equal(t, "2", rdb.HGet(ctx, "lrt:v1:head", "positions_written").Val())

	require.Eventually(t, func() bool { return strings.Contains(logs.String(), "redis back") }, 5*time.Second, 10*time.Millisecond)
	require.Equal(t, 1, strings.Count(logs.String(), `"alert":"redis_down","severity":"critical","state":"firing"`), "one alert per outage")
	require.Equal(t, 1, strings.Count(logs.String(), `"alert":"redis_down","severity":"info","state":"resolved"`), "resolved once")
}

type alertCounts map[string]int

func (c alertCounts) Alert(kind, state string) { c[kind+"/"+state]++ }

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

// TestPublisherSurvivesRedisRestart: Redis restarts empty during a write;
// the latest snapshot is republished once it is back, the publisher asks
// for a full snapshot, and that one restores every record.
func TestPublisherSurvivesRedisRestart(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	metrics := &countingMetrics{}
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, metrics)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- pub.Run(ctx) }()
	bg := context.Background()

	pub.Offer(fullSnapshot(1, alice, bob))
	require.Eventually(t, func() bool { return rdb.Exists(bg, "lrt:v1:asset:ezETH").Val() == 1 }, 5*time.Second, 20*time.Millisecond)
	require.Eventually(t, func() bool { return !pub.NeedsFull() }, 5*time.Second, 10*time.Millisecond)

	srv.Stop()
	s2 := sampleSnapshot(2, alice) // fails while Redis is down, is retried
	s2.Markets[0].PositionCount = 2
	pub.Offer(s2)
	require.Eventually(t, func() bool { return metrics.failed.Load() > 0 }, 10*time.Second, 10*time.Millisecond)
	srv.Start() // empty: nothing persists
	require.Eventually(t, func() bool {
		return rdb.HGet(bg, "lrt:v1:asset:ezETH", "block").Val() == "2"
	}, 15*time.Second, 50*time.Millisecond, "the latest snapshot is republished after the restart")
	require.True(t, pub.NeedsFull(), "bob's record was lost with Redis: a full snapshot is needed")
	require.Nil(t, readPos(t, rdb, sampleMarketID, bob))
	require.NotContains(t, rdb.HGetAll(bg, "lrt:v1:head").Val(), "full_block", "no complete write since Redis came back")

	pub.Offer(fullSnapshot(3, alice, bob))
	require.Eventually(t, func() bool { return rdb.HGet(bg, "lrt:v1:head", "full_block").Val() == "3" }, 10*time.Second, 20*time.Millisecond)
	// The marker lands in Redis before write returns and clears the
	// request; only a completed full write clears it.
	require.Eventually(t, func() bool { return !pub.NeedsFull() }, 5*time.Second, 5*time.Millisecond)
	require.Equal(t, "3", readPos(t, rdb, sampleMarketID, bob)["block"])
	require.Len(t, rdb.ZRange(bg, "lrt:v1:liqprice:"+sampleMarketID.Hex(), 0, -1).Val(), 2)
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
}

// TestFullWriteOfLargeMarketsMatchesBlockWrites checks the full write's
// path for markets of more than two chunks (records in book order, set
// members afterwards in descending score order) against the block path
// (each member with its record): the same snapshot written either way
// leaves the same records and the same sorted sets.
func TestFullWriteOfLargeMarketsMatchesBlockWrites(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	snap := SyntheticSnapshot(3*(2*positionsPerChunk+500), 21)
	for _, m := range snap.Markets {
		require.GreaterOrEqual(t, len(m.Positions), 2*positionsPerChunk, "every market takes the sorted path")
	}
	fullRdb := testenv.StartRedis(t).Client(t)
	require.NoError(t, NewPublisher(zerolog.Nop(), fullRdb, "lrt:v1", time.Minute, 100, &countingMetrics{}).Publish(ctx, snap))
	block := *snap
	block.Full = false
	blockRdb := testenv.StartRedis(t).Client(t)
	require.NoError(t, NewPublisher(zerolog.Nop(), blockRdb, "lrt:v1", time.Minute, 100, &countingMetrics{}).Publish(ctx, &block))

	for _, m := range snap.Markets {
		records := fullRdb.HGetAll(ctx, "lrt:v1:positions:"+m.ID.Hex()).Val()
		require.Len(t, records, len(m.Positions))
		require.Equal(t, blockRdb.HGetAll(ctx, "lrt:v1:positions:"+m.ID.Hex()).Val(), records, m.Name)

		key := "lrt:v1:liqprice:" + m.ID.Hex()
		members := fullRdb.ZRangeWithScores(ctx, key, 0, -1).Val()
		priced := 0
		for _, p := range m.Positions {
			if p.HasDebt && p.LiquidationPrice != nil {
				priced++
			}
		}
		require.Len(t, members, priced)
		require.Equal(t, blockRdb.ZRangeWithScores(ctx, key, 0, -1).Val(), members, m.Name)
		require.Zero(t, fullRdb.Exists(ctx, "lrt:v1:liqprice:"+m.ID.Hex()+":staging").Val(), "the staging set was swapped in")
	}
}

// A stopped publisher writes the snapshot offered last before it returns,
// also one that failed to write while Redis was full: Redis is left at the
// daemon's last block.
func TestPublisherFlushesTheLastSnapshotWhenStopped(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	metrics := &countingMetrics{}
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 100, metrics)

	// Offered after the stop: never taken by the loop, written by the flush.
	stopped, cancel := context.WithCancel(ctx)
	cancel()
	pub.Offer(fullSnapshot(1, alice, bob))
	require.NoError(t, pub.Run(stopped))
	require.Equal(t, "1", rdb.HGet(ctx, "lrt:v1:head", "block").Val())

	// Failing while running, then stopped while Redis is writable again.
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory-policy", "noeviction").Err())
	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory", "1").Err())
	failedBefore := metrics.failed.Load()
	go func() { done <- pub.Run(runCtx) }()
	pub.Offer(sampleSnapshot(2, alice))
	require.Eventually(t, func() bool { return metrics.failed.Load() > failedBefore }, 5*time.Second, 10*time.Millisecond)
	require.NoError(t, rdb.ConfigSet(ctx, "maxmemory", "0").Err())
	cancel()
	require.NoError(t, <-done)
	require.Equal(t, "2", rdb.HGet(ctx, "lrt:v1:head", "block").Val(), "the failed snapshot is flushed at the stop")
}
