package morpho

// A plain math/big model of the Solidity arithmetic, written straight from
// the formulas in Morpho Blue's libraries, used as the oracle the fuzz tests
// compare the uint256 implementation against. Every step is checked the way
// Solidity 0.8 checks it, and reverts map to the package's sentinel errors.

import (
	"math/big"

	"github.com/holiman/uint256"
)

var (
	bTwo256  = new(big.Int).Lsh(big.NewInt(1), 256)
	bTwo128  = new(big.Int).Lsh(big.NewInt(1), 128)
	bWad     = big.NewInt(1e18)
	bScale   = new(big.Int).Exp(big.NewInt(10), big.NewInt(36), nil)
	bVShares = big.NewInt(1e6)
	bVAssets = big.NewInt(1)
	bCursor  = big.NewInt(0.3e18)
	bMaxLIF  = big.NewInt(1.15e18)
	bMax256  = new(big.Int).Sub(bTwo256, big.NewInt(1))
)

func bn(x *uint256.Int) *big.Int { return x.ToBig() }

func bi(x int64) *big.Int { return big.NewInt(x) }

// fits reports 0 ≤ x < 2^256.
func fits(x *big.Int) bool { return x.Sign() >= 0 && x.Cmp(bTwo256) < 0 }

func fits128(x *big.Int) bool { return x.Sign() >= 0 && x.Cmp(bTwo128) < 0 }

func refAdd(x, y *big.Int) (*big.Int, error) {
	z := new(big.Int).Add(x, y)
	if !fits(z) {
		return nil, ErrOverflow
	}
	return z, nil
}

func refSub(x, y *big.Int) (*big.Int, error) {
	z := new(big.Int).Sub(x, y)
	if !fits(z) {
		return nil, ErrOverflow
	}
	return z, nil
}

func refMul(x, y *big.Int) (*big.Int, error) {
	z := new(big.Int).Mul(x, y)
	if !fits(z) {
		return nil, ErrOverflow
	}
	return z, nil
}

func refDiv(x, y *big.Int) (*big.Int, error) {
	if y.Sign() == 0 {
		return nil, ErrDivByZero
	}
	return new(big.Int).Quo(x, y), nil
}

// refMulDivDown is (x * y) / d.
func refMulDivDown(x, y, d *big.Int) (*big.Int, error) {
	p, err := refMul(x, y)
	if err != nil {
		return nil, err
	}
	return refDiv(p, d)
}

// refMulDivUp is (x * y + (d - 1)) / d; d == 0 is reported as division by zero.
func refMulDivUp(x, y, d *big.Int) (*big.Int, error) {
	p, err := refMul(x, y)
	if err != nil {
		return nil, err
	}
	if d.Sign() == 0 {
		return nil, ErrDivByZero
	}
	p, err = refAdd(p, new(big.Int).Sub(d, bi(1)))
	if err != nil {
		return nil, err
	}
	return refDiv(p, d)
}

func refToSharesDown(assets, totalAssets, totalShares *big.Int) (*big.Int, error) {
	s, err := refAdd(totalShares, bVShares)
	if err != nil {
		return nil, err
	}
	a, err := refAdd(totalAssets, bVAssets)
	if err != nil {
		return nil, err
	}
	return refMulDivDown(assets, s, a)
}

func refToSharesUp(assets, totalAssets, totalShares *big.Int) (*big.Int, error) {
	s, err := refAdd(totalShares, bVShares)
	if err != nil {
		return nil, err
	}
	a, err := refAdd(totalAssets, bVAssets)
	if err != nil {
		return nil, err
	}
	return refMulDivUp(assets, s, a)
}

func refToAssetsDown(shares, totalAssets, totalShares *big.Int) (*big.Int, error) {
	a, err := refAdd(totalAssets, bVAssets)
	if err != nil {
		return nil, err
	}
	s, err := refAdd(totalShares, bVShares)
	if err != nil {
		return nil, err
	}
	return refMulDivDown(shares, a, s)
}

func refToAssetsUp(shares, totalAssets, totalShares *big.Int) (*big.Int, error) {
	a, err := refAdd(totalAssets, bVAssets)
	if err != nil {
		return nil, err
	}
	s, err := refAdd(totalShares, bVShares)
	if err != nil {
		return nil, err
	}
	return refMulDivUp(shares, a, s)
}

func refTaylor(x, n *big.Int) (*big.Int, error) {
	first, err := refMul(x, n)
	if err != nil {
		return nil, err
	}
	second, err := refMulDivDown(first, first, bi(2e18))
	if err != nil {
		return nil, err
	}
	third, err := refMulDivDown(second, first, bi(3e18))
	if err != nil {
		return nil, err
	}
	sum, err := refAdd(first, second)
	if err != nil {
		return nil, err
	}
	return refAdd(sum, third)
}

type refMarket struct {
	tsa, tss, tba, tbs, last, fee *big.Int
}

func toRef(m Market) refMarket {
	return refMarket{
		tsa: bn(&m.TotalSupplyAssets), tss: bn(&m.TotalSupplyShares),
		tba: bn(&m.TotalBorrowAssets), tbs: bn(&m.TotalBorrowShares),
		last: bn(&m.LastUpdate), fee: bn(&m.Fee),
	}
}

// refAccrue follows Morpho._accrueInterest line by line.
func refAccrue(m refMarket, rate *big.Int, timestamp uint64) (refMarket, error) {
	now := new(big.Int).SetUint64(timestamp)
	elapsed, err := refSub(now, m.last)
	if err != nil {
		return refMarket{}, ErrOverflow
	}
	if elapsed.Sign() == 0 {
		return m, nil
	}
	growth, err := refTaylor(rate, elapsed)
	if err != nil {
		return refMarket{}, err
	}
	interest, err := refMulDivDown(m.tba, growth, bWad)
	if err != nil {
		return refMarket{}, err
	}
	if !fits128(interest) {
		return refMarket{}, ErrUint128Overflow
	}
	m.tba = new(big.Int).Add(m.tba, interest)
	if !fits128(m.tba) {
		return refMarket{}, ErrUint128Overflow
	}
	m.tsa = new(big.Int).Add(m.tsa, interest)
	if !fits128(m.tsa) {
		return refMarket{}, ErrUint128Overflow
	}
	if m.fee.Sign() != 0 {
		feeAmount, err := refMulDivDown(interest, m.fee, bWad)
		if err != nil {
			return refMarket{}, err
		}
		base, err := refSub(m.tsa, feeAmount)
		if err != nil {
			return refMarket{}, err
		}
		feeShares, err := refToSharesDown(feeAmount, base, m.tss)
		if err != nil {
			return refMarket{}, err
		}
		if !fits128(feeShares) {
			return refMarket{}, ErrUint128Overflow
		}
		m.tss = new(big.Int).Add(m.tss, feeShares)
		if !fits128(m.tss) {
			return refMarket{}, ErrUint128Overflow
		}
	}
	m.last = now
	return m, nil
}

type refHealthResult struct {
	borrowed, maxBorrow *big.Int
	liquidatable        bool
}

// refHealth is Morpho._isHealthy, negated, with the intermediate amounts.
func refHealth(shares, collateral *big.Int, m refMarket, price, lltv *big.Int) (refHealthResult, error) {
	borrowed, err := refToAssetsUp(shares, m.tba, m.tbs)
	if err != nil {
		return refHealthResult{}, err
	}
	value, err := refMulDivDown(collateral, price, bScale)
	if err != nil {
		return refHealthResult{}, err
	}
	maxBorrow, err := refMulDivDown(value, lltv, bWad)
	if err != nil {
		return refHealthResult{}, err
	}
	liq := shares.Sign() != 0 && maxBorrow.Cmp(borrowed) < 0
	return refHealthResult{borrowed: borrowed, maxBorrow: maxBorrow, liquidatable: liq}, nil
}

// refLiquidatableAt reports whether liquidate() at price would pass the
// health check: the check evaluates without reverting and finds it unhealthy.
func refLiquidatableAt(shares, collateral *big.Int, m refMarket, price, lltv *big.Int) bool {
	h, err := refHealth(shares, collateral, m, price, lltv)
	return err == nil && h.liquidatable
}

// refLiquidationPrice finds the largest liquidatable price by bisection over
// [0, 2^256−1], relying only on refHealth being monotone in the price.
func refLiquidationPrice(shares, collateral *big.Int, m refMarket, lltv *big.Int) (*big.Int, bool) {
	if !refLiquidatableAt(shares, collateral, m, bi(0), lltv) {
		return nil, false
	}
	lo, hi := bi(0), new(big.Int).Set(bMax256) // invariant: lo liquidatable
	if refLiquidatableAt(shares, collateral, m, hi, lltv) {
		return hi, true
	}
	for new(big.Int).Sub(hi, lo).Cmp(bi(1)) > 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if refLiquidatableAt(shares, collateral, m, mid, lltv) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, true
}

func refLIF(lltv *big.Int) (*big.Int, error) {
	t, err := refSub(bWad, lltv)
	if err != nil {
		return nil, err
	}
	t, err = refMulDivDown(bCursor, t, bWad)
	if err != nil {
		return nil, err
	}
	t, err = refSub(bWad, t)
	if err != nil {
		return nil, err
	}
	lif, err := refMulDivDown(bWad, bWad, t)
	if err != nil {
		return nil, err
	}
	if lif.Cmp(bMaxLIF) > 0 {
		lif = new(big.Int).Set(bMaxLIF)
	}
	return lif, nil
}

// refRepaidSharesForSeized is liquidate()'s seizedAssets branch.
func refRepaidSharesForSeized(seized, price, lif *big.Int, m refMarket) (*big.Int, error) {
	quoted, err := refMulDivUp(seized, price, bScale)
	if err != nil {
		return nil, err
	}
	assets, err := refMulDivUp(quoted, bWad, lif)
	if err != nil {
		return nil, err
	}
	return refToSharesUp(assets, m.tba, m.tbs)
}

// refSeizedForRepaidShares is liquidate()'s repaidShares branch.
func refSeizedForRepaidShares(shares, price, lif *big.Int, m refMarket) (*big.Int, error) {
	assets, err := refToAssetsDown(shares, m.tba, m.tbs)
	if err != nil {
		return nil, err
	}
	assets, err = refMulDivDown(assets, lif, bWad)
	if err != nil {
		return nil, err
	}
	return refMulDivDown(assets, bScale, price)
}

// refSeizeOK reports whether liquidate(seizedAssets = s) passes the balance
// checks: no revert computing repaidShares, s ≤ collateral, shares ≤ borrowShares.
func refSeizeOK(s, collateral, borrowShares, price, lif *big.Int, m refMarket) bool {
	if s.Cmp(collateral) > 0 {
		return false
	}
	r, err := refRepaidSharesForSeized(s, price, lif, m)
	return err == nil && r.Cmp(borrowShares) <= 0
}

// refMaxSeizable bisects [0, collateral] for the largest s refSeizeOK accepts.
func refMaxSeizable(collateral, borrowShares, price, lif *big.Int, m refMarket) (*big.Int, bool) {
	if !refSeizeOK(bi(0), collateral, borrowShares, price, lif, m) {
		return nil, false
	}
	if refSeizeOK(collateral, collateral, borrowShares, price, lif, m) {
		return new(big.Int).Set(collateral), true
	}
	lo, hi := bi(0), new(big.Int).Set(collateral)
	for new(big.Int).Sub(hi, lo).Cmp(bi(1)) > 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if refSeizeOK(mid, collateral, borrowShares, price, lif, m) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, true
}

// refScalePriceWad is priceWad·10^(18 + loanDec − collDec), dividing down
// for a negative exponent.
func refScalePriceWad(priceWad *big.Int, collDec, loanDec uint8) (*big.Int, error) {
	exp := 18 + int64(loanDec) - int64(collDec)
	if exp >= 0 {
		z := new(big.Int).Mul(priceWad, new(big.Int).Exp(bi(10), bi(exp), nil))
		if !fits(z) {
			return nil, ErrOverflow
		}
		return z, nil
	}
	return new(big.Int).Quo(priceWad, new(big.Int).Exp(bi(10), bi(-exp), nil)), nil
}

// refCeilDiv is ⌈x/y⌉ for y > 0.
func refCeilDiv(x, y *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, bi(1))
	}
	return q
}
