package morpho

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Sentinel errors of the PreLiquidation math.
var (
	// ErrInvalidPreLiquidationParams is a parameter set the PreLiquidation
	// constructor rejects; the wrapping error names the field.
	ErrInvalidPreLiquidationParams = errors.New("morpho: invalid pre-liquidation parameters")
	// ErrNotPreLiquidatable is PreLiquidation's NotPreLiquidatablePosition:
	// borrowed ≤ ⌊collQuoted·preLltv/1e18⌋.
	ErrNotPreLiquidatable = errors.New("morpho: position below the pre-liquidation LTV")
	// ErrPositionLiquidatable is PreLiquidation's LiquidatablePosition:
	// borrowed > ⌊collQuoted·lltv/1e18⌋, so only Morpho.liquidate applies.
	ErrPositionLiquidatable = errors.New("morpho: position beyond LLTV, pre-liquidation closed")
)

// PreLiquidationParams are the immutable parameters of a Morpho
// PreLiquidation contract (IPreLiquidation.preLiquidationParams()). The
// numbers are WAD. Between preLltv and LLTV the close factor and incentive
// grow linearly from preLCF1/preLIF1 to preLCF2/preLIF2.
type PreLiquidationParams struct {
	PreLltv uint256.Int
	PreLCF1 uint256.Int
	PreLCF2 uint256.Int
	PreLIF1 uint256.Int
	PreLIF2 uint256.Int
	// Oracle is the preLiquidationOracle; its price, not the market
	// oracle's, feeds PreLiquidationTerms and MaxPreLiquidation.
	Oracle common.Address
}

// Check applies the PreLiquidation constructor's requirements for a market
// with LLTV lltv, in the constructor's order, and names the first failing
// field: preLltv < LLTV; preLCF1 ≤ preLCF2; preLCF1 ≤ 1; 1 ≤ preLIF1 ≤
// preLIF2 ≤ ⌊1e36/LLTV⌋. Errors wrap ErrInvalidPreLiquidationParams.
func (p PreLiquidationParams) Check(lltv *uint256.Int) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidPreLiquidationParams, fmt.Sprintf(format, args...))
	}
	switch {
	case !p.PreLltv.Lt(lltv):
		return bad("preLltv %s must be below LLTV %s", p.PreLltv.Dec(), lltv.Dec())
	case p.PreLCF1.Gt(&p.PreLCF2):
		return bad("preLCF1 %s exceeds preLCF2 %s", p.PreLCF1.Dec(), p.PreLCF2.Dec())
	case p.PreLCF1.Gt(wad):
		return bad("preLCF1 %s exceeds WAD", p.PreLCF1.Dec())
	case p.PreLIF1.Lt(wad):
		return bad("preLIF1 %s below WAD", p.PreLIF1.Dec())
	case p.PreLIF1.Gt(&p.PreLIF2):
		return bad("preLIF1 %s exceeds preLIF2 %s", p.PreLIF1.Dec(), p.PreLIF2.Dec())
	}
	// lltv > preLltv ≥ 0 here, and 1e36 fits, so this cannot fail.
	var maxLIF2 uint256.Int
	maxLIF2.Mul(wad, wad).Div(&maxLIF2, lltv)
	if p.PreLIF2.Gt(&maxLIF2) {
		return bad("preLIF2 %s exceeds WAD/LLTV = %s", p.PreLIF2.Dec(), maxLIF2.Dec())
	}
	return nil
}

// preLiqState holds the intermediates of PreLiquidation.preLiquidate.
type preLiqState struct {
	collQuoted, borrowed, bound, ltv, preLIF, preLCF uint256.Int
	// outside is nil in the window, else ErrNotPreLiquidatable or
	// ErrPositionLiquidatable (unwrapped: formatting waits for a caller
	// that reports it, keeping book scans allocation-free).
	outside error
}

// outsideErr wraps s.outside with the figures.
func (s *preLiqState) outsideErr() error {
	if errors.Is(s.outside, ErrPositionLiquidatable) {
		return fmt.Errorf("%w: borrowed %s > LLTV bound %s", s.outside, s.borrowed.Dec(), s.bound.Dec())
	}
	return fmt.Errorf("%w: borrowed %s ≤ preLltv bound %s", s.outside, s.borrowed.Dec(), s.bound.Dec())
}

// preLiqTerms runs preLiquidate's range check and factor computation in
// the contract's order with its checked arithmetic; a position outside the
// window sets s.outside and stops there.
func preLiqTerms(s *preLiqState, p *Position, m *Market, price, lltv *uint256.Int, params *PreLiquidationParams) error {
	if err := params.Check(lltv); err != nil {
		return err
	}
	if err := mulDivDown(&s.collQuoted, &p.Collateral, price, priceScale); err != nil {
		return fmt.Errorf("collateral quoted: %w", err)
	}
	if err := toAssetsUp(&s.borrowed, &p.BorrowShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("borrowed assets: %w", err)
	}
	s.outside = nil
	if err := mulDivDown(&s.bound, &s.collQuoted, lltv, wad); err != nil {
		return fmt.Errorf("LLTV bound: %w", err)
	}
	if s.borrowed.Gt(&s.bound) {
		s.outside = ErrPositionLiquidatable
		return nil
	}
	if err := mulDivDown(&s.bound, &s.collQuoted, &params.PreLltv, wad); err != nil {
		return fmt.Errorf("preLltv bound: %w", err)
	}
	if !s.borrowed.Gt(&s.bound) {
		s.outside = ErrNotPreLiquidatable
		return nil
	}
	// The two checks force collQuoted ≥ 1 and preLltv < ltv ≤ lltv, so the
	// subtractions below cannot underflow and quotient ≤ WAD; they stay
	// checked all the same.
	if err := mulDivUp(&s.ltv, &s.borrowed, wad, &s.collQuoted); err != nil {
		return fmt.Errorf("ltv: %w", err)
	}
	var num, den, quotient uint256.Int
	if _, underflow := num.SubOverflow(&s.ltv, &params.PreLltv); underflow {
		return fmt.Errorf("ltv - preLltv: %w", ErrOverflow)
	}
	den.Sub(lltv, &params.PreLltv) // Check guarantees lltv > preLltv
	if err := mulDivDown(&quotient, &num, wad, &den); err != nil {
		return fmt.Errorf("quotient: %w", err)
	}
	if err := linearFactor(&s.preLIF, &quotient, &params.PreLIF1, &params.PreLIF2); err != nil {
		return fmt.Errorf("preLIF: %w", err)
	}
	if err := linearFactor(&s.preLCF, &quotient, &params.PreLCF1, &params.PreLCF2); err != nil {
		return fmt.Errorf("preLCF: %w", err)
	}
	return nil
}

// linearFactor sets z = wMulDown(quotient, f2 − f1) + f1 (f1 ≤ f2), checked
// as Solidity: an unbounded preLCF2 can overflow the product.
func linearFactor(z, quotient, f1, f2 *uint256.Int) error {
	var span uint256.Int
	span.Sub(f2, f1)
	if err := mulDivDown(&span, quotient, &span, wad); err != nil {
		return err
	}
	if _, overflow := z.AddOverflow(&span, f1); overflow {
		return ErrOverflow
	}
	return nil
}

// PreLiquidationTerms evaluates p in m against a PreLiquidation contract
// with params, at the preLiquidationOracle's price (1e36 scale) and the
// market's LLTV, exactly as preLiquidate does (m must be accrued; the
// contract accrues first):
//
//	borrowed   = toAssetsUp(borrowShares)
//	collQuoted = ⌊collateral·price/1e36⌋
//	inRange   ⇔ ⌊collQuoted·preLltv/1e18⌋ < borrowed ≤ ⌊collQuoted·lltv/1e18⌋
//	ltv        = ⌈borrowed·1e18/collQuoted⌉
//	quotient   = ⌊(ltv − preLltv)·1e18/(lltv − preLltv)⌋      (≤ WAD)
//	preLIF     = preLIF1 + ⌊quotient·(preLIF2 − preLIF1)/1e18⌋
//	preLCF     = preLCF1 + ⌊quotient·(preLCF2 − preLCF1)/1e18⌋
//
// Outside the window inRange is false and the three factors are nil.
// Invalid params fail with ErrInvalidPreLiquidationParams; arithmetic the
// contract would revert on fails with ErrOverflow.
func PreLiquidationTerms(p Position, m Market, price, lltv *uint256.Int, params PreLiquidationParams) (preLIF, preLCF, ltv *uint256.Int, inRange bool, err error) {
	var s preLiqState
	if err := preLiqTerms(&s, &p, &m, price, lltv, &params); err != nil {
		return nil, nil, nil, false, err
	}
	if s.outside != nil {
		return nil, nil, nil, false, nil
	}
	return s.preLIF.Clone(), s.preLCF.Clone(), s.ltv.Clone(), true, nil
}

// MaxPreLiquidation returns the largest pre-liquidation of p that the
// PreLiquidation contract accepts, with the seized collateral, the repaid
// borrow shares and the loan assets the liquidator pays
// (toAssetsUp(repaidShares)). m must be accrued; price is the
// preLiquidationOracle's.
//
// The contract caps repaidShares at Rmax = ⌊borrowShares·preLCF/1e18⌋, and
// Morpho.repay at borrowShares (preLCF may exceed WAD). Let S(R) =
// ⌊⌊toAssetsDown(R)·preLIF/1e18⌋·1e36/price⌋ (the repaidShares branch) and
// R(S) = toSharesUp(⌈⌈S·price/1e36⌉·1e18/preLIF⌉) (the seizedAssets branch).
// Unwinding R's ceilings as in MaxSeizable, R(S) ≤ Rmax ⇔ S ≤ S(Rmax)
// evaluated exactly, so:
//
//   - S(Rmax) < collateral: call with repaidShares = Rmax; seized = S(Rmax)
//     and no seizedAssets call can seize more.
//   - otherwise the collateral binds: call with seizedAssets = collateral;
//     repaidShares = R(collateral) ≤ Rmax.
//
// With valid params S(Rmax) never exceeds the collateral (toAssetsDown(Rmax)
// ≤ borrowed ≤ collQuoted·LLTV and preLIF ≤ 1/LLTV), so the second case is
// the equality S(Rmax) = collateral, where seizedAssets repays no more.
//
// So seized == p.Collateral tells the caller to pass seizedAssets, else
// repaidShares; either way the triple is exactly what the contract computes.
// All zeros means nothing can pass (the contract and Morpho reject zero
// amounts). Not modelled: Morpho.withdrawCollateral's health check under
// the market oracle, which fails only if the position is already unhealthy
// there or preLIF > 1/LLTV; simulate before sending.
//
// Errors: ErrNotPreLiquidatable or ErrPositionLiquidatable outside the
// window (with figures), ErrInvalidPreLiquidationParams, or ErrOverflow
// where the contract's own arithmetic for the chosen call reverts.
func MaxPreLiquidation(p Position, m Market, price, lltv *uint256.Int, params PreLiquidationParams) (seized, repaidShares, repaidAssets uint256.Int, err error) {
	if err := maxPreLiquidation(&seized, &repaidShares, &repaidAssets, &p, &m, price, lltv, &params); err != nil {
		return uint256.Int{}, uint256.Int{}, uint256.Int{}, err
	}
	return seized, repaidShares, repaidAssets, nil
}

func maxPreLiquidation(seized, repaidShares, repaidAssets *uint256.Int, p *Position, m *Market, price, lltv *uint256.Int, params *PreLiquidationParams) error {
	var s preLiqState
	if err := preLiqTerms(&s, p, m, price, lltv, params); err != nil {
		return err
	}
	if s.outside != nil {
		return s.outsideErr()
	}
	var rmax uint256.Int
	if err := mulDivDown(&rmax, &p.BorrowShares, &s.preLCF, wad); err != nil {
		return fmt.Errorf("repayable shares: %w", err)
	}
	if rmax.Gt(&p.BorrowShares) {
		rmax.Set(&p.BorrowShares)
	}
	seized.Clear()
	repaidShares.Clear()
	repaidAssets.Clear()
	if rmax.IsZero() {
		return nil
	}

	// price > 0 in the window (collQuoted ≥ 1), as exactSeizedForShares needs.
	var bound uint256.Int
	if exactSeizedForShares(&bound, &rmax, price, &s.preLIF, m) || !bound.Lt(&p.Collateral) {
		seized.Set(&p.Collateral)
		if err := repaidSharesForSeized(repaidShares, seized, price, &s.preLIF, m); err != nil {
			return err
		}
		if repaidShares.Gt(&rmax) {
			return errSizingInvariant
		}
	} else {
		repaidShares.Set(&rmax)
		if err := seizedForRepaidShares(seized, &rmax, price, &s.preLIF, m); err != nil {
			return err
		}
	}
	if seized.IsZero() || repaidShares.IsZero() {
		seized.Clear()
		repaidShares.Clear()
		return nil
	}
	if err := toAssetsUp(repaidAssets, repaidShares, &m.TotalBorrowAssets, &m.TotalBorrowShares); err != nil {
		return fmt.Errorf("repaid assets: %w", err)
	}
	return nil
}
