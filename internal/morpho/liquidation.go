package morpho

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"
)

// errSizingInvariant marks a broken internal proof in MaxSeizable; it is
// never expected to surface.
var errSizingInvariant = errors.New("morpho: internal liquidation sizing invariant violated")

// LIF returns the liquidation incentive factor (WAD) Morpho.liquidate uses
// for a market with LLTV lltv:
//
//	min(MaxLiquidationIncentiveFactor, wDivDown(WAD, WAD − wMulDown(LiquidationCursor, WAD − lltv)))
//
// lltv > WAD fails with ErrOverflow (WAD − lltv underflows).
func LIF(lltv *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := lif(z, lltv); err != nil {
		return nil, err
	}
	return z, nil
}

func lif(z, lltv *uint256.Int) error {
	var t uint256.Int
	if _, underflow := t.SubOverflow(wad, lltv); underflow {
		return fmt.Errorf("WAD - lltv: %w", ErrOverflow)
	}
	// cursor·(WAD − lltv)/WAD ≤ 0.3 WAD, so WAD minus it is ≥ 0.7 WAD > 0.
	if err := mulDivDown(&t, cursor, &t, wad); err != nil {
		return err
	}
	t.Sub(wad, &t)
	if err := mulDivDown(z, wad, wad, &t); err != nil {
		return err
	}
	if z.Gt(maxLIF) {
		z.Set(maxLIF)
	}
	return nil
}

// repaidSharesForSeized is the seizedAssets branch of Morpho.liquidate:
// toSharesUp(wDivUp(mulDivUp(seized, price, 1e36), lif)).
func repaidSharesForSeized(z, seized, price, lif *uint256.Int, m *Market) error {
	var quoted uint256.Int
	if err := mulDivUp(&quoted, seized, price, priceScale); err != nil {
		return fmt.Errorf("seized assets quoted: %w", err)
	}
	if err := mulDivUp(&quoted, &quoted, wad, lif); err != nil {
		return fmt.Errorf("repaid assets before shares: %w", err)
	}
	if err := toSharesUp(z, &quoted, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("repaid shares: %w", err)
	}
	return nil
}

// seizedForRepaidShares is the repaidShares branch of Morpho.liquidate:
// mulDivDown(wMulDown(toAssetsDown(repaidShares), lif), 1e36, price).
func seizedForRepaidShares(z, repaidShares, price, lif *uint256.Int, m *Market) error {
	var assets uint256.Int
	if err := toAssetsDown(&assets, repaidShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("repaid assets: %w", err)
	}
	if err := mulDivDown(&assets, &assets, lif, wad); err != nil {
		return fmt.Errorf("repaid assets with incentive: %w", err)
	}
	if err := mulDivDown(z, &assets, priceScale, price); err != nil {
		return fmt.Errorf("seized assets: %w", err)
	}
	return nil
}

// RepaidSharesForSeized returns the borrow shares Morpho.liquidate burns when
// called with seizedAssets = seized at oracle price price and incentive
// factor lif (see LIF): toSharesUp(wDivUp(mulDivUp(seized, price, 1e36), lif)).
// m must be accrued, as liquidate accrues first.
func RepaidSharesForSeized(seized, price, lif *uint256.Int, m Market) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := repaidSharesForSeized(z, seized, price, lif, &m); err != nil {
		return nil, err
	}
	return z, nil
}

// SeizedForRepaidShares returns the collateral Morpho.liquidate seizes when
// called with repaidShares: mulDivDown(wMulDown(toAssetsDown(repaidShares), lif), 1e36, price).
// A zero price fails with ErrDivByZero, as on-chain.
func SeizedForRepaidShares(repaidShares, price, lif *uint256.Int, m Market) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := seizedForRepaidShares(z, repaidShares, price, lif, &m); err != nil {
		return nil, err
	}
	return z, nil
}

// RepaidAssets returns the loan assets Morpho.liquidate pulls for
// repaidShares: toAssetsUp(repaidShares, totalBorrowAssets, totalBorrowShares).
func RepaidAssets(repaidShares *uint256.Int, m Market) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := toAssetsUp(z, repaidShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return nil, err
	}
	return z, nil
}

// MaxSeizable returns the largest seizedAssets a liquidator can pass to
// Morpho.liquidate for p in m at oracle price price without the call
// reverting on the position's balances, together with the repaidShares and
// repaidAssets that call would produce. It does not check that p is
// liquidatable (see PositionHealth); m must be accrued.
//
// Let R(S) be RepaidSharesForSeized(S) and Bs the position's borrow shares.
// R is non-decreasing and liquidate(S) needs S ≤ collateral and
// R(S) ≤ Bs. Unwinding R's three ceilings (⌈x⌉ ≤ n ⇔ x ≤ n for integer n):
//
//	R(S) ≤ Bs ⇔ ⌈q2·(TBS+1e6)/(TBA+1)⌉ ≤ Bs ⇔ q2 ≤ a := ⌊Bs·(TBA+1)/(TBS+1e6)⌋
//	          ⇔ ⌈q1·1e18/LIF⌉ ≤ a        ⇔ q1 ≤ b := ⌊a·LIF/1e18⌋
//	          ⇔ ⌈S·P/1e36⌉ ≤ b           ⇔ S ≤ ⌊b·1e36/P⌋
//
// and ⌊b·1e36/P⌋ is exactly SeizedForRepaidShares(Bs). So the answer is
// min(collateral, SeizedForRepaidShares(Bs)) with no stepping needed; the
// bound is computed with exact 512-bit intermediates, R at the answer is
// then evaluated with Solidity's checked arithmetic (its error is returned
// if liquidate itself would overflow), and the bound is re-checked.
// A zero price makes any S ≤ collateral repay nothing, so the answer is the
// collateral. A zero result means liquidation by seizedAssets is impossible
// (Morpho rejects zero); pass repaidShares instead.
func MaxSeizable(p Position, m Market, price, lltv *uint256.Int) (seized, repaidShares, repaidAssets uint256.Int, err error) {
	err = maxSeizable(&seized, &repaidShares, &repaidAssets, &p, &m, price, lltv)
	if err != nil {
		return uint256.Int{}, uint256.Int{}, uint256.Int{}, err
	}
	return seized, repaidShares, repaidAssets, nil
}

func maxSeizable(seized, repaidShares, repaidAssets *uint256.Int, p *Position, m *Market, price, lltv *uint256.Int) error {
	var incentive uint256.Int
	if err := lif(&incentive, lltv); err != nil {
		return fmt.Errorf("liquidation incentive factor: %w", err)
	}

	seized.Set(&p.Collateral)
	if !price.IsZero() {
		var bound uint256.Int
		if !exactSeizedForShares(&bound, &p.BorrowShares, price, &incentive, m) && bound.Lt(seized) {
			seized.Set(&bound)
		}
	}

	if err := repaidSharesForSeized(repaidShares, seized, price, &incentive, m); err != nil {
		return err
	}
	if repaidShares.Gt(&p.BorrowShares) {
		return errSizingInvariant
	}
	if err := toAssetsUp(repaidAssets, repaidShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("repaid assets: %w", err)
	}
	return nil
}

// exactSeizedForShares sets z = ⌊⌊⌊shares·(TBA+1)/(TBS+1e6)⌋·lif/1e18⌋·1e36/price⌋
// with exact intermediates (price > 0) and reports whether the result
// exceeds 256 bits, in which case the collateral is the binding bound. The
// rare intermediate overflow (only for totals far beyond uint128) takes an
// exact math/big path.
func exactSeizedForShares(z, shares, price, lif *uint256.Int, m *Market) bool {
	var a, s uint256.Int
	_, ofA := a.AddOverflow(&m.TotalBorrowAssets, virtualAssets)
	_, ofS := s.AddOverflow(&m.TotalBorrowShares, virtualShares)
	if !ofA && !ofS {
		if _, overflow := z.MulDivOverflow(shares, &a, &s); !overflow {
			if _, overflow := z.MulDivOverflow(z, lif, wad); !overflow {
				_, overflow := z.MulDivOverflow(z, priceScale, price)
				return overflow
			}
		}
	}
	return exactSeizedForSharesBig(z, shares, price, lif, m)
}

func exactSeizedForSharesBig(z, shares, price, lif *uint256.Int, m *Market) bool {
	a := m.TotalBorrowAssets.ToBig()
	a.Add(a, big.NewInt(int64(VirtualAssets)))
	s := m.TotalBorrowShares.ToBig()
	s.Add(s, big.NewInt(int64(VirtualShares)))
	x := shares.ToBig()
	x.Mul(x, a).Quo(x, s)
	x.Mul(x, lif.ToBig()).Quo(x, wad.ToBig())
	x.Mul(x, priceScale.ToBig()).Quo(x, price.ToBig())
	return z.SetFromBig(x)
}
