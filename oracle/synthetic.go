package oracle

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
)

// syntheticMarkets are the markets SyntheticSnapshot spreads positions over:
// LRT loops against WETH, one of them exchange-rate priced.
var syntheticMarkets = []struct {
	collateral, kind string
	lltv             int64 // per mille
	oracle           int64 // oracle price per mille of 1e36
}{
	{"ezETH", "market", 945, 1020},
	{"weETH", "exchange_rate", 945, 1050},
	{"rsETH", "market", 915, 1030},
}

// SyntheticSnapshot builds a Full snapshot of n positions spread over three
// markets, with every field a real block fills: asset readings with sources
// and risk figures, market totals and the default stress shocks, and
// positions of 0.01 to 1,000 tokens at leverage that puts their health
// between 1.0 and 1.6 (about 5 % carry no debt). The same n and seed give
// the same snapshot. It feeds the publisher benchmarks and `lrtkeeper bench`.
func SyntheticSnapshot(n int, seed uint64) *Snapshot {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	const block = 20_000_000
	snap := &Snapshot{
		Block: chain.BlockRef{
			Number: block, Hash: common.BigToHash(new(big.Int).SetUint64(seed*0x100000001b3 + block)),
			Time: 1_763_700_000,
		},
		UpdatedAt: time.UnixMilli(1_763_700_000_123),
		Full:      true,
	}
	wad := big.NewInt(1e18)
	for _, sm := range syntheticMarkets {
		fair := per(1000+rng.Int64N(80), 15)
		market := new(big.Int).Sub(fair, per(rng.Int64N(20), 15))
		snap.Assets = append(snap.Assets, AssetReading{
			Symbol: sm.collateral,
			Fair:   Quote{Price: fair},
			Market: Quote{Price: market, UpdatedAt: snap.Block.Time - 30},
			Sources: []SourceReading{
				{Name: "chainlink", Kind: "chainlink", Quote: Quote{Price: market, UpdatedAt: snap.Block.Time - 30}},
				{Name: "curve", Kind: "curve_ema", Quote: Quote{Price: market}},
			},
			Agg:   riskmath.Aggregated{Median: market, Min: market, Max: market, Healthy: 2, Total: 2, SpreadBps: new(big.Int)},
			Depeg: new(big.Int).Sub(wad, new(big.Int).Quo(new(big.Int).Mul(market, wad), fair)),
			Risk: &AssetRisk{
				FairCapped: fair, Depeg: riskmath.DepegState{EMA: per(3, 15), PersistSeconds: 0},
				Rate:   riskmath.RateEvent{Age: 3600},
				Growth: []*big.Int{per(31, 15), per(30, 15), nil},
				Score:  uint8(rng.IntN(30)),
			},
		})
	}
	for mi, sm := range syntheticMarkets {
		count := n / len(syntheticMarkets)
		if mi < n%len(syntheticMarkets) {
			count++
		}
		snap.Markets = append(snap.Markets, syntheticMarket(rng, mi, sm.collateral, sm.kind, sm.lltv, sm.oracle, count))
	}
	return snap
}

// syntheticMarket builds market mi with count positions.
func syntheticMarket(rng *rand.Rand, mi int, collateral, kind string, lltvMille, oracleMille int64, count int) MarketRisk {
	e36 := synthPow10[36]
	wad := synthPow10[18]
	lltv := per(lltvMille, 15)
	price := new(big.Int).Mul(big.NewInt(oracleMille), new(big.Int).Quo(e36, big.NewInt(1000)))
	m := MarketRisk{
		ID:                 common.BigToHash(big.NewInt(int64(0xabc000 + mi))),
		Name:               fmt.Sprintf("%s/WETH %d.%d%%", collateral, lltvMille/10, lltvMille%10),
		Collateral:         collateral,
		LLTV:               lltv,
		OraclePrice:        price,
		TotalSupplyAssets:  new(big.Int),
		TotalBorrowAssets:  new(big.Int),
		TotalCollateral:    new(big.Int),
		PositionCount:      count,
		CollateralDecimals: 18, LoanDecimals: 18,
		OracleKind: kind, OracleKindFrom: "configured",
		OracleVsMarketBps: per(12, 18), OracleVsFairBps: per(-3, 18),
		Utilization: per(900, 15), BorrowRateAPR: per(31, 15),
	}
	for _, s := range stress.DefaultShocks() {
		m.Stress = append(m.Stress, stress.Result{
			Shock: s, OracleMoved: kind == "market", OraclePriceAfter: price, MarketPriceAfter: per(990, 15),
			Liquidatable: rng.IntN(count + 1), Collateral: per(rng.Int64N(1e6), 18), Debt: per(rng.Int64N(1e6), 18),
			BadDebt: new(big.Int), KeeperProfit: per(rng.Int64N(1e4), 18),
		})
	}
	shares := big.NewInt(1e6) // Morpho's virtual shares per asset
	for i := range count {
		var addr common.Address
		binary.BigEndian.PutUint64(addr[:8], rng.Uint64())
		binary.BigEndian.PutUint32(addr[8:12], uint32(mi))
		binary.BigEndian.PutUint64(addr[12:], uint64(i))
		// 0.01 to 1,000 tokens, log-uniform.
		coll := per(int64(1e4*math.Pow(10, rng.Float64()*5)), 12)
		p := PositionRisk{Borrower: addr, Collateral: coll}
		m.TotalCollateral.Add(m.TotalCollateral, coll)
		if rng.IntN(20) == 0 {
			p.BorrowShares, p.BorrowAssets = new(big.Int), new(big.Int)
			m.Positions = append(m.Positions, p)
			continue
		}
		// health h in [1.0, 1.6): debt = coll·price·lltv / h.
		h := big.NewInt(1e18 + rng.Int64N(6e17))
		value := new(big.Int).Quo(new(big.Int).Mul(coll, price), e36)
		maxBorrow := new(big.Int).Quo(new(big.Int).Mul(value, lltv), wad)
		debt := new(big.Int).Quo(new(big.Int).Mul(maxBorrow, wad), h)
		debt.Add(debt, big.NewInt(1))
		p.HasDebt = true
		p.BorrowAssets = debt
		p.BorrowShares = new(big.Int).Mul(debt, shares)
		p.Health = new(big.Int).Quo(new(big.Int).Mul(maxBorrow, wad), debt)
		p.HealthMarket = new(big.Int).Sub(p.Health, per(int64(rng.IntN(20)), 15))
		p.HealthFair = new(big.Int).Add(p.Health, per(int64(rng.IntN(20)), 15))
		p.Liquidatable = p.Health.Cmp(wad) < 0
		// The largest price with floor(coll·P/1e36)·lltv/1e18 < debt.
		lp := new(big.Int).Mul(debt, wad)
		lp.Quo(lp, lltv).Mul(lp, e36).Quo(lp, coll)
		p.LiquidationPrice = lp
		if equity := new(big.Int).Sub(value, debt); equity.Sign() > 0 {
			p.Leverage = new(big.Int).Quo(new(big.Int).Mul(value, wad), equity)
		}
		if kind == "market" {
			p.DepegBufferBps = new(big.Int).Mul(new(big.Int).Sub(p.Health, wad), big.NewInt(1e4))
		} else if rng.IntN(4) == 0 {
			ttl := uint64(rng.Int64N(1e8))
			p.TimeToLiquidation = &ttl
		}
		if p.Health.Cmp(per(1050, 15)) < 0 {
			m.AtRisk++
		}
		if m.MinHealth == nil || p.Health.Cmp(m.MinHealth) < 0 {
			m.MinHealth = p.Health
		}
		m.TotalBorrowAssets.Add(m.TotalBorrowAssets, debt)
		m.Positions = append(m.Positions, p)
	}
	m.TotalSupplyAssets.Mul(m.TotalBorrowAssets, big.NewInt(10)).Quo(m.TotalSupplyAssets, big.NewInt(9))
	return m
}

// per returns x·10^exp (0 ≤ exp < 40).
func per(x int64, exp int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(x), synthPow10[exp])
}

// synthPow10 holds 10^0 … 10^39; per never hands them out.
var synthPow10 = func() (t [40]*big.Int) {
	t[0] = big.NewInt(1)
	for i := 1; i < len(t); i++ {
		t[i] = new(big.Int).Mul(t[i-1], big.NewInt(10))
	}
	return t
}()
