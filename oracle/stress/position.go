package stress

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// secondsPerYear is 365 days, the year of the simple borrow APR.
const secondsPerYear = 365 * 24 * 60 * 60

// bpsPerUnit converts a WAD fraction to WAD-scaled basis points.
var bpsPerUnit = big.NewInt(10_000)

// PositionMetrics are one position's risk figures at the book's current
// prices; see the package doc.
type PositionMetrics struct {
	// Leverage is collateral value/(collateral value − debt) at the oracle
	// price (WAD, rounded up); nil when equity ≤ 0.
	Leverage *big.Int
	// DepegBufferBps is the depeg from fair at which the position becomes
	// liquidatable, in basis points scaled by 1e18, for market-priced
	// oracles; nil for exchange_rate/capped oracles and without debt.
	DepegBufferBps *big.Int
	// TimeToLiquidation is the estimated seconds until negative carry makes
	// the position liquidatable, for exchange_rate/capped oracles when the
	// borrow APR exceeds the LRT yield; 0 when already liquidatable; nil
	// otherwise.
	TimeToLiquidation *uint64
}

// Position computes p's metrics in b (b.Positions is not used).
// borrowRatePerSecond is the IRM's per-second WAD borrow rate and lrtYield
// the LRT's annualised WAD yield (e.g. 0.03e18); either may be nil when
// unknown, which leaves TimeToLiquidation nil.
func Position(p morpho.Position, b Book, borrowRatePerSecond, lrtYield *big.Int) (PositionMetrics, error) {
	pr, err := newParams(&b)
	if err != nil {
		return PositionMetrics{}, err
	}
	if borrowRatePerSecond != nil && borrowRatePerSecond.Sign() < 0 {
		return PositionMetrics{}, fmt.Errorf("%w: borrow rate %s negative", ErrInvalidRate, borrowRatePerSecond)
	}
	// A negative yield is real (the rate fell: a slash) and only makes the
	// carry more negative, so it is used as is.
	var out PositionMetrics

	lev, err := morpho.Leverage(p, b.Market, b.OraclePrice)
	switch {
	case errors.Is(err, morpho.ErrNoEquity):
	case err != nil:
		return PositionMetrics{}, fmt.Errorf("leverage: %w", err)
	default:
		out.Leverage = lev.ToBig()
	}

	if pr.followsMarket {
		d, err := pr.depegBuffer(p)
		if err != nil {
			return PositionMetrics{}, err
		}
		if d != nil {
			out.DepegBufferBps = d.Mul(d, bpsPerUnit)
		}
		return out, nil
	}

	if borrowRatePerSecond == nil || lrtYield == nil {
		return out, nil
	}
	h, err := morpho.PositionHealth(p, b.Market, b.OraclePrice, &pr.lltv)
	if err != nil {
		return PositionMetrics{}, fmt.Errorf("health: %w", err)
	}
	out.TimeToLiquidation = carryTime(h, borrowRatePerSecond, lrtYield)
	return out, nil
}

// depegBuffer returns the smallest WAD depeg d for which Run's check with
// Shock{Depeg: d} finds p liquidatable, or nil without debt.
//
// With P the largest liquidatable oracle price (morpho.LiquidationPrice:
// liquidatable ⇔ price ≤ P) and Run's shocked oracle
// ⌊O·F·(W−d)/(M·W)⌋:
//
//	⌊O·F·(W−d)/(M·W)⌋ ≤ P ⇔ O·F·(W−d) < (P+1)·M·W
//	                      ⇔ W − d ≤ ⌈(P+1)·M·W/(O·F)⌉ − 1
//	                      ⇔ d ≥ W + 1 − ⌈(P+1)·M·W/(O·F)⌉
//
// clamped at 0 (already liquidatable even at fair); the ceiling is ≥ 1, so
// d ≤ W. O·F = 0 leaves the oracle at 0, liquidatable at any depeg.
func (pr *params) depegBuffer(p morpho.Position) (*big.Int, error) {
	liq, ok, err := morpho.LiquidationPrice(p, pr.market, &pr.lltv)
	if err != nil {
		return nil, fmt.Errorf("liquidation price: %w", err)
	}
	if !ok {
		return nil, nil
	}
	of := new(big.Int).Mul(pr.oracle, pr.fair)
	if of.Sign() == 0 {
		return new(big.Int), nil
	}
	num := liq.ToBig()
	num.Add(num, big.NewInt(1)).Mul(num, pr.mkt).Mul(num, wadBig)
	ceil := ceilDiv(num, of)
	d := new(big.Int).Add(wadBig, big.NewInt(1))
	d.Sub(d, ceil)
	if d.Sign() < 0 {
		d.SetInt64(0)
	}
	return d, nil
}

// ceilDiv returns ⌈x/y⌉ for x ≥ 0, y > 0.
func ceilDiv(x, y *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// carryTime estimates ln(h)/(b − y) in seconds (b = rate·365 d), nil when
// there is no debt or no negative carry, 0 when already liquidatable. The
// health factor h = Ratio/1e18 is rounded down, so the estimate leans
// short; it is floored to whole seconds and saturates at MaxUint64.
func carryTime(h morpho.Health, ratePerSecond, yield *big.Int) *uint64 {
	if !h.HasDebt {
		return nil
	}
	apr := new(big.Int).Mul(ratePerSecond, big.NewInt(secondsPerYear))
	carry := apr.Sub(apr, yield) // WAD per year
	if carry.Sign() <= 0 {
		return nil
	}
	var t uint64
	if !h.Liquidatable {
		// ln h = log1p((Ratio − W)/W); Ratio ≥ W when not liquidatable.
		var excess uint256.Int
		excess.Sub(&h.Ratio, wadU)
		logH := math.Log1p(excess.Float64() / float64(morpho.WAD))
		c, _ := new(big.Float).Quo(new(big.Float).SetInt(carry), new(big.Float).SetInt(wadBig)).Float64()
		secs := math.Floor(logH / c * secondsPerYear)
		switch {
		case !(secs > 0): // NaN, or h rounded to 1
		case secs >= math.MaxUint64:
			t = math.MaxUint64
		default:
			t = uint64(secs)
		}
	}
	return &t
}
