package strategies

import (
	"math/big"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// Oracle guard policies: what the keeper does with a target whose market
// oracle is implausible.
const (
	GuardHold = "hold" // do not act
	GuardAct  = "act"  // act anyway, after the alert
)

// OracleGuard compares a market's oracle price with the collateral's
// market price, each of its healthy market sources and its fair value
// before acting. A sound oracle is close to at least one of them: a
// market-priced oracle to the market price or the feed it reads (which
// can lead the median of lagging TWAPs by several percent in a crash),
// an exchange-rate oracle to the fair value, whatever the depeg. An oracle far from both is skewed or misconfigured (cbETH/WETH on
// Base, March 2025: two legs updated apart, ~330 bps; Moonwell, February
// 2026: cbETH priced at $1.12), and liquidating at it takes collateral at
// a wrong price.
type OracleGuard struct {
	// MaxDeviationBps is the widest distance, in bps of the nearer
	// reference, at which the oracle is still plausible; 0 disables the
	// guard.
	MaxDeviationBps uint64
	// Policy is GuardHold or GuardAct.
	Policy string
}

// Check returns the oracle's distance in bps from the nearest known
// reference (rounded down) and whether it is beyond the bound. With
// neither reference known, or the guard disabled, nothing is implausible.
//
// A pre-liquidation is also decided by its contract's own oracle, which
// whoever created the contract chose: both are checked, the worse counts.
func (g OracleGuard) Check(t Target) (deviationBps uint64, implausible bool) {
	if g.MaxDeviationBps == 0 {
		return 0, false
	}
	prices := []*uint256.Int{t.OraclePrice}
	if t.PreLiquidation != nil {
		prices = append(prices, t.PreLiquidation.OraclePrice)
	}
	for _, p := range prices {
		if p == nil {
			continue
		}
		if d, known := nearest(p, t); known && d > deviationBps {
			deviationBps = d
		}
	}
	return deviationBps, deviationBps > g.MaxDeviationBps
}

// nearest is price's distance in bps from the nearest known reference of
// t; known is false without any.
func nearest(price *uint256.Int, t Target) (best uint64, known bool) {
	refs := append([]*uint256.Int{t.SalePrice, t.FairPrice}, t.MarketSources...)
	for _, ref := range refs {
		if ref == nil || ref.IsZero() {
			continue
		}
		if d := distanceBps(price, ref); !known || d < best {
			best, known = d, true
		}
	}
	return best, known
}

// Holds reports whether the guard keeps the keeper from acting on t.
func (g OracleGuard) Holds(t Target) bool {
	_, implausible := g.Check(t)
	return implausible && g.Policy != GuardAct
}

// distanceBps is ⌊|x − ref|·10,000/ref⌋, saturating at the uint64 maximum.
func distanceBps(x, ref *uint256.Int) uint64 {
	var diff uint256.Int
	if x.Gt(ref) {
		diff.Sub(x, ref)
	} else {
		diff.Sub(ref, x)
	}
	q := new(big.Int).Mul(diff.ToBig(), big.NewInt(10_000))
	q.Quo(q, ref.ToBig())
	if !q.IsUint64() {
		return ^uint64(0)
	}
	return q.Uint64()
}

// EstimateProfit is a target's profit before gas and slippage, from local
// figures only: the largest liquidation's collateral valued at
// min(oracle, market) less its repayment; for a pre-liquidation, the
// contract's largest (morpho.MaxPreLiquidation) valued at the least of the
// three prices, as PreLiquidator.Plan values it; for an Aave target, the
// largest debtToCover the pool accepts (SafeDebtToCover) valued by the
// exact Aave math. It orders targets, so the most valuable is planned
// first; the plan's simulation gives the real figure.
func EstimateProfit(t Target) (*big.Int, error) {
	if t.Aave != nil {
		return aaveProfitEstimate(t) // Morpho's math means nothing here
	}
	sale, err := saleOf(t)
	if err != nil {
		return nil, err
	}
	lltv, err := t.lltv()
	if err != nil {
		return nil, err
	}
	var seized, repaid uint256.Int
	if pt := t.PreLiquidation; pt != nil {
		if pt.OraclePrice == nil {
			return nil, ErrNoSalePrice
		}
		if pt.OraclePrice.Lt(sale) {
			sale = pt.OraclePrice
		}
		seized, _, repaid, err = morpho.MaxPreLiquidation(t.Position, t.Market, pt.OraclePrice, lltv, pt.Params)
	} else {
		seized, _, repaid, err = morpho.MaxSeizable(t.Position, t.Market, t.OraclePrice, lltv)
	}
	if err != nil {
		return nil, err
	}
	value, err := morpho.MulDivDown(&seized, sale, morpho.OraclePriceScale)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Sub(value.ToBig(), repaid.ToBig()), nil
}
