package morpho

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Health is a position's standing against its market's LLTV at one oracle
// price, computed exactly as Morpho._isHealthy.
type Health struct {
	// Borrowed is toAssetsUp(borrowShares, totalBorrowAssets, totalBorrowShares).
	Borrowed uint256.Int
	// MaxBorrow is mulDivDown(mulDivDown(collateral, price, 1e36), lltv, WAD).
	MaxBorrow uint256.Int
	// Ratio is MaxBorrow·1e18/Borrowed rounded down (WAD health factor), or
	// the maximum uint256 when HasDebt is false. Ratio < WAD exactly when
	// Liquidatable.
	Ratio uint256.Int
	// HasDebt reports borrowShares > 0 (then Borrowed > 0 too).
	HasDebt bool
	// Liquidatable is MaxBorrow < Borrowed: Morpho.liquidate accepts it.
	Liquidatable bool
}

// PositionHealth evaluates p in market m at oracle price price (1e36 scale)
// and LLTV lltv (WAD). m should already be accrued to the block of interest
// (see AccrueInterest); Morpho.liquidate accrues before checking.
//
// On-chain a position without borrow shares is healthy without a price
// read; here MaxBorrow is still computed, so an overflowing
// collateral·price fails even then.
func PositionHealth(p Position, m Market, price, lltv *uint256.Int) (Health, error) {
	var h Health
	if err := positionHealth(&h, &p, &m, price, lltv); err != nil {
		return Health{}, err
	}
	return h, nil
}

// HealthInto is PositionHealth writing into h, for loops over many
// positions that must not allocate or copy a Market per position. p, m,
// price and lltv are only read.
func HealthInto(h *Health, p *Position, m *Market, price, lltv *uint256.Int) error {
	return positionHealth(h, p, m, price, lltv)
}

func positionHealth(h *Health, p *Position, m *Market, price, lltv *uint256.Int) error {
	if err := toAssetsUp(&h.Borrowed, &p.BorrowShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("borrowed assets: %w", err)
	}
	if err := maxBorrow(&h.MaxBorrow, &p.Collateral, price, lltv); err != nil {
		return err
	}
	h.HasDebt = !p.BorrowShares.IsZero()
	h.Liquidatable = h.HasDebt && h.MaxBorrow.Lt(&h.Borrowed)
	if !h.HasDebt {
		h.Ratio.SetAllOne()
		return nil
	}
	// MaxBorrow < 2^256/1e18 because it is a wMulDown result, so this
	// product fits; MulDivOverflow keeps it exact regardless.
	if _, overflow := h.Ratio.MulDivOverflow(&h.MaxBorrow, wad, &h.Borrowed); overflow {
		return fmt.Errorf("health ratio: %w", ErrOverflow)
	}
	return nil
}

// maxBorrow sets z = wMulDown(mulDivDown(collateral, price, 1e36), lltv).
func maxBorrow(z, collateral, price, lltv *uint256.Int) error {
	var value uint256.Int
	if err := mulDivDown(&value, collateral, price, priceScale); err != nil {
		return fmt.Errorf("collateral value: %w", err)
	}
	if err := mulDivDown(z, &value, lltv, wad); err != nil {
		return fmt.Errorf("max borrow: %w", err)
	}
	return nil
}

// LiquidationPrice returns the largest oracle price (1e36 scale) at which p
// is liquidatable in m with LLTV lltv, under Morpho's exact rounding. With
// B = borrowed (toAssetsUp), C = collateral and λ = lltv:
//
//	floor(floor(C·P/1e36)·λ/1e18) < B
//	⇔ floor(C·P/1e36) ≤ mMax := ceil(B·1e18/λ) − 1
//	⇔ C·P < (mMax+1)·1e36
//	⇔ P ≤ ceil((mMax+1)·1e36/C) − 1
//
// so p is liquidatable at every price ≤ the result and at none above it.
// The intermediates are exact (512-bit). ok is false when p has no debt
// (never liquidatable). When every uint256 price is liquidatable (C == 0,
// λ == 0, or the bound exceeds 2^256 − 1) the result is the maximum uint256.
// If the on-chain health check itself would overflow at the computed price
// (C·P ≥ 2^256, far beyond any real market) the result is ErrOverflow.
func LiquidationPrice(p Position, m Market, lltv *uint256.Int) (*uint256.Int, bool, error) {
	var borrowed uint256.Int
	if err := toAssetsUp(&borrowed, &p.BorrowShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return nil, false, fmt.Errorf("borrowed assets: %w", err)
	}
	if p.BorrowShares.IsZero() {
		return nil, false, nil
	}
	c := &p.Collateral
	if c.IsZero() {
		return maxUint256.Clone(), true, nil
	}

	// limit = mMax + 1 = ceil(B·1e18/λ); price = ceil(limit·1e36/C) − 1,
	// where limit ≥ 1 makes the ceiling ≥ 1. λ == 0 or a bound beyond
	// 2^256 − 1 makes every price liquidatable.
	price := new(uint256.Int)
	var limit uint256.Int
	if lltv.IsZero() || ceilMulDiv(&limit, &borrowed, wad, lltv) || ceilMulDiv(price, &limit, priceScale, c) {
		price.Set(maxUint256)
	} else {
		price.SubUint64(price, 1)
	}
	if err := checkPriceEvaluable(c, price, lltv); err != nil {
		return nil, false, err
	}
	return price, true, nil
}

// ceilMulDiv sets z = ceil(x·y/d) computed exactly (d > 0) and reports
// whether the result does not fit 256 bits.
func ceilMulDiv(z, x, y, d *uint256.Int) bool {
	var q, r uint256.Int
	if _, overflow := q.MulDivOverflow(x, y, d); overflow {
		return true
	}
	r.MulMod(x, y, d)
	if !r.IsZero() {
		if q.Eq(maxUint256) {
			return true
		}
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
	return false
}

// checkPriceEvaluable reports ErrOverflow when the on-chain maxBorrow at
// price would revert.
func checkPriceEvaluable(collateral, price, lltv *uint256.Int) error {
	var mb uint256.Int
	if err := maxBorrow(&mb, collateral, price, lltv); err != nil {
		return fmt.Errorf("health check at liquidation price: %w", err)
	}
	return nil
}

// Leverage returns the WAD leverage V/(V − D) of p in m at price, where
// V = mulDivDown(collateral, price, 1e36) is the collateral value in loan
// units and D = toAssetsUp(borrowShares) the debt. Every step rounds toward
// higher leverage (V down, D up, the quotient up), so the result never
// understates risk. No debt gives exactly WAD. ErrNoEquity when V ≤ D.
func Leverage(p Position, m Market, price *uint256.Int) (*uint256.Int, error) {
	var value, debt, equity uint256.Int
	if err := mulDivDown(&value, &p.Collateral, price, priceScale); err != nil {
		return nil, fmt.Errorf("collateral value: %w", err)
	}
	if err := toAssetsUp(&debt, &p.BorrowShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return nil, fmt.Errorf("borrowed assets: %w", err)
	}
	if !value.Gt(&debt) {
		return nil, ErrNoEquity
	}
	equity.Sub(&value, &debt)
	// value < 2^256/1e36, so value·1e18 fits; the ceiling is exact anyway.
	z := new(uint256.Int)
	if ceilMulDiv(z, &value, wad, &equity) {
		return nil, fmt.Errorf("leverage: %w", ErrOverflow)
	}
	return z, nil
}

// DepegBuffer returns, in WAD, the fraction by which the oracle price may
// fall before the position becomes liquidatable: 1 − 1/health =
// (MaxBorrow − Borrowed)/MaxBorrow, computed from h's exact MaxBorrow and
// Borrowed and rounded down. A fall by strictly more than the buffer makes
// MaxBorrow < Borrowed (up to the one-wei rounding of MaxBorrow itself).
// It is WAD without debt and 0 when h is liquidatable or exactly at the
// boundary.
func DepegBuffer(h Health) *uint256.Int {
	z := new(uint256.Int)
	if !h.HasDebt || h.Borrowed.IsZero() {
		return z.Set(wad)
	}
	if !h.MaxBorrow.Gt(&h.Borrowed) {
		return z
	}
	var slack uint256.Int
	slack.Sub(&h.MaxBorrow, &h.Borrowed)
	// slack < MaxBorrow, so the quotient is < WAD and cannot overflow.
	z.MulDivOverflow(&slack, wad, &h.MaxBorrow)
	return z
}
