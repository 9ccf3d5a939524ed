package morpho

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"
)

// Sentinel errors of the deleverage sizing.
var (
	// ErrDeleverageInfeasible means no sale of the position's own collateral
	// reaches the target health: either h1·q ≤ λ·P_o (each sale lowers the
	// health at the target, k ≤ λ/h1) or even selling all of it does not
	// cover debt plus fixed cost. Only fresh capital helps.
	ErrDeleverageInfeasible = errors.New("morpho: deleverage cannot reach the target health")
	// ErrAlreadyAboveTarget means the health is already at or above the
	// target (or the position has no debt).
	ErrAlreadyAboveTarget = errors.New("morpho: health already at or above target")

	// errDeleverageInvariant marks a broken internal proof; never expected.
	errDeleverageInvariant = errors.New("morpho: internal deleverage sizing invariant violated")
)

// deleverageHealth sets z to Morpho's health factor of collateral c and debt
// d: ⌊⌊⌊c·P_o/1e36⌋·λ/1e18⌋·1e18/d⌋, or the maximum uint256 when d == 0
// (the convention of Health.Ratio).
func deleverageHealth(z, c, d, po, lltv *uint256.Int) error {
	var mb uint256.Int
	if err := maxBorrow(&mb, c, po, lltv); err != nil {
		return err
	}
	if d.IsZero() {
		z.SetAllOne()
		return nil
	}
	// mb ≤ c·P_o·λ/1e54 < 2^256/1e18, so mb·1e18 fits.
	return mulDivDown(z, &mb, wad, d)
}

// HealthAfter returns Morpho's health factor (WAD) of a position with
// collateral c and debt d (loan units, toAssetsUp of the shares) after
// withdrawing dc collateral and repaying dd debt, at oracle price po (1e36
// scale) and LLTV lltv: ⌊⌊⌊(c−dc)·po/1e36⌋·lltv/1e18⌋·1e18/(d−dd)⌋, the
// maximum uint256 when no debt is left. dc > c or dd > d fails with
// ErrOverflow, as the on-chain subtraction would.
func HealthAfter(c, d, po, lltv, dc, dd *uint256.Int) (*uint256.Int, error) {
	var c1, d1 uint256.Int
	if _, underflow := c1.SubOverflow(c, dc); underflow {
		return nil, fmt.Errorf("withdrawal %s exceeds collateral %s: %w", dc.Dec(), c.Dec(), ErrOverflow)
	}
	if _, underflow := d1.SubOverflow(d, dd); underflow {
		return nil, fmt.Errorf("repayment %s exceeds debt %s: %w", dd.Dec(), d.Dec(), ErrOverflow)
	}
	z := new(uint256.Int)
	if err := deleverageHealth(z, &c1, &d1, po, lltv); err != nil {
		return nil, err
	}
	return z, nil
}

// deleverage carries the inputs of DeleverageAmount and evaluates a
// candidate sale with Morpho's rounding.
type deleverage struct {
	c, po, lltv, h1, q *uint256.Int
	dg                 uint256.Int // D + G
}

// proceeds sets z = ⌊x·q/1e36⌋ (exact) and reports whether it exceeds 256 bits.
func (dl *deleverage) proceeds(z, x *uint256.Int) bool {
	_, overflow := z.MulDivOverflow(x, dl.q, priceScale)
	return overflow
}

// reaches reports whether selling x collateral lands at health ≥ h1:
// with D' = D + G − ⌊x·q/1e36⌋, either D' ≤ 0 (the sale pays everything)
// or ⌊M(C−x)·1e18/D'⌋ ≥ h1. x ≤ C.
func (dl *deleverage) reaches(x *uint256.Int) (bool, error) {
	var got, c1, d1, h uint256.Int
	if dl.proceeds(&got, x) || !got.Lt(&dl.dg) {
		return true, nil
	}
	c1.Sub(dl.c, x)
	d1.Sub(&dl.dg, &got)
	if err := deleverageHealth(&h, &c1, &d1, dl.po, dl.lltv); err != nil {
		return false, err
	}
	return !h.Lt(dl.h1), nil
}

// DeleverageAmount sizes the sale that takes one Morpho position from its
// health h0 < h1 to target health h1 (WAD), the closed form of the loop
// math in integers. Inputs: collateral c (collateral units), debt d (loan
// units, toAssetsUp of the shares), oracle price po and realised sale price
// q (both 1e36 scale, loan units per collateral unit; q is after slippage
// and fees), LLTV lltv (WAD), fixed cost g (loan units, may be zero).
// It returns the collateral to withdraw and sell, ΔC, and the debt to
// repay, ΔD = ⌊ΔC·q/1e36⌋ − g (capped at d: a sale that more than pays the
// debt is a full close and the surplus is not repaid).
//
// In exact arithmetic, with k = q/P_o, the target is reached at
// ΔC·P_o = (D(h1−h0) + h1·G)/(h1·k − λ), i.e. ΔC* = N/s with
// N = h1·(D+G)·1e36 − C·P_o·λ and s = h1·q − λ·P_o. With Morpho's floors the
// health after is not monotone in ΔC, so the sizing works on the integer
// predicate "health after (C−x, D+G−⌊x·q/1e36⌋) ≥ h1" directly:
//
//   - the predicate implies x ≥ ΔC* (floors only lower the health), and it
//     holds for every x ≥ ΔC* + (λ + 1e18 + h1)·1e36/s (the floors cost at
//     most λ + 1e18 in maxBorrow·1e18 and h1 in h1·D');
//   - between the two, the search (see deleverage.search) returns the least
//     ΔC for which it holds: ⌈ΔC*⌉ itself when the floors allow, otherwise
//     a few units above (2 wei in the 1.08 → 1.25 example). Only near
//     infeasibility (h1·k − λ ≲ 0.003) may it settle for a ΔC where just
//     ΔC − 1 fails.
//
// Proven bounds: ΔC* ≤ ΔC ≤ ΔC* + (λ + 1e18 + h1)·1e36/s + 1; health after
// ≥ h1, recomputed exactly; and, while debt remains, D' = d − ΔD,
//
//	(health after − h1)·D' < h1·⌈q/1e36⌉
//
// because ΔC − 1 fails and one more unit sold changes D' by at most
// ⌈q/1e36⌉ while maxBorrow only falls. The overshoot is therefore below h1
// times the proceeds of one collateral unit over the remaining debt: under
// 3e-18 for an 18-decimal pair near 1:1 with one whole token of debt left,
// ~2.6e-8 for 1 WBTC against 45000 USDC (597 raw USDC per sat).
//
// Not modelled: Morpho.repay by assets burns toSharesDown(ΔD) shares, so
// the on-chain debt after, re-derived from shares, can exceed D − ΔD by a
// few units; leave h1 a margin above the health you must reach.
//
// Errors: ErrAlreadyAboveTarget when h0 ≥ h1 (including no debt);
// ErrDeleverageInfeasible when h1·q ≤ λ·P_o or when even ΔC = C misses the
// target (the message gives the figures); ErrOverflow when c·po overflows
// 256 bits (Morpho's own health check would revert) or d + g does.
func DeleverageAmount(c, d, po, lltv, h1, q, g *uint256.Int) (withdraw, repay *uint256.Int, err error) {
	return deleverageAmount(c, d, po, lltv, h1, q, g, maxSegments)
}

// deleverageAmount is DeleverageAmount with the walk capped at maxRuns run
// starts, so tests can force the bisection fallback.
func deleverageAmount(c, d, po, lltv, h1, q, g *uint256.Int, maxRuns int) (withdraw, repay *uint256.Int, err error) {
	var h0 uint256.Int
	if err := deleverageHealth(&h0, c, d, po, lltv); err != nil {
		return nil, nil, fmt.Errorf("health before: %w", err)
	}
	if !h0.Lt(h1) {
		return nil, nil, fmt.Errorf("%w: health %s, target %s", ErrAlreadyAboveTarget, h0.Dec(), h1.Dec())
	}

	// The closed form's numerator and denominator need up to ~512 bits.
	bh1, bq, bpo, bl := h1.ToBig(), q.ToBig(), po.ToBig(), lltv.ToBig()
	s := new(big.Int).Mul(bh1, bq)
	s.Sub(s, new(big.Int).Mul(bl, bpo))
	if s.Sign() <= 0 {
		return nil, nil, fmt.Errorf("%w: h1·q ≤ λ·P_o (h1 %s, q %s, λ %s, P_o %s): each sale lowers the health at the target",
			ErrDeleverageInfeasible, h1.Dec(), q.Dec(), lltv.Dec(), po.Dec())
	}

	dl := deleverage{c: c, po: po, lltv: lltv, h1: h1, q: q}
	if _, overflow := dl.dg.AddOverflow(d, g); overflow {
		return nil, nil, fmt.Errorf("debt plus fixed cost: %w", ErrOverflow)
	}
	n := new(big.Int).Mul(bh1, dl.dg.ToBig())
	n.Mul(n, priceScale.ToBig())
	n.Sub(n, new(big.Int).Mul(new(big.Int).Mul(c.ToBig(), bpo), bl))

	// With s > 0 the predicate at any x ≤ C implies it at C, where it means
	// the full sale covers D + G: that decides feasibility.
	var all uint256.Int
	if !dl.proceeds(&all, c) && all.Lt(&dl.dg) {
		return nil, nil, fmt.Errorf("%w: needs ΔC ≈ %s but collateral is %s; selling it all yields %s < debt %s + cost %s",
			ErrDeleverageInfeasible, ceilDivBig(n, s), c.Dec(), all.Dec(), d.Dec(), g.Dec())
	}

	// lo fails: below ΔC* when N > 0, else x = 0 (h0 < h1 and D' ≥ D).
	var lo, hi uint256.Int
	if n.Sign() > 0 {
		lo.SetFromBig(ceilDivBig(n, s)) // ≤ C, since the predicate holds at C
		lo.SubUint64(&lo, 1)
	}
	// hi holds: the slack bound, or C, where feasibility was just shown.
	slack := new(big.Int).Add(bl, bWAD)
	slack.Add(slack, bh1)
	slack.Mul(slack, priceScale.ToBig())
	hi.Set(c)
	if b := ceilDivBig(slack.Add(slack, n), s); b.Cmp(c.ToBig()) < 0 {
		hi.SetFromBig(b)
	}
	if ok, err := dl.reaches(&hi); err != nil || !ok || !lo.Lt(&hi) {
		return nil, nil, errors.Join(errDeleverageInvariant, err)
	}
	if err := dl.search(&lo, &hi, maxRuns); err != nil {
		return nil, nil, errors.Join(errDeleverageInvariant, err)
	}

	withdraw = hi.Clone()
	repay = new(uint256.Int)
	if dl.proceeds(repay, withdraw) || !repay.Lt(&dl.dg) {
		return withdraw, d.Clone(), nil // full close
	}
	// Reaching the target needs proceeds > G (else D' ≥ D and M' ≤ M).
	if !repay.Gt(g) {
		return nil, nil, errDeleverageInvariant
	}
	repay.Sub(repay, g)
	return withdraw, repay, nil
}

// maxSegments caps the exact walk of deleverage.search; see there.
const maxSegments = 1024

// search narrows lo (fails) < hi (holds) to the answer, left in hi.
//
// The predicate can only turn true where D' drops, i.e. where ⌊x·q/1e36⌋
// steps up: within a run of equal proceeds maxBorrow only falls. So the
// least x that holds is the first run start from lo+1 = ⌈ΔC*⌉ on that
// holds. The window spans at most ≈ (λ+1+h1)·k/(h1·k − λ) + 2 runs (about
// a dozen in the 1.08 → 1.25 example) whatever the decimals. Past
// maxSegments runs (h1·k − λ ≲ 0.003) it bisects instead, which still ends
// with ΔC − 1 failing and so keeps the documented overshoot bound.
func (dl *deleverage) search(lo, hi *uint256.Int, maxRuns int) error {
	var x, got uint256.Int
	x.AddUint64(lo, 1)
	for i := 0; i < maxRuns && x.Lt(hi); i++ {
		ok, err := dl.reaches(&x)
		if err != nil {
			return err
		}
		if ok {
			hi.Set(&x)
			return nil
		}
		lo.Set(&x)
		// Next run start: ⌈(⌊x·q/1e36⌋ + 1)·1e36/q⌉ > x (q > 0 as s > 0).
		if dl.proceeds(&got, &x) || got.Eq(maxUint256) || ceilMulDiv(&x, got.AddUint64(&got, 1), priceScale, dl.q) {
			return nil // the next run starts beyond C: hi is the answer
		}
	}
	if !x.Lt(hi) {
		return nil // every run start below hi fails
	}
	lo.SubUint64(&x, 1) // the run before x fails throughout
	for new(uint256.Int).Sub(hi, lo).GtUint64(1) {
		var mid uint256.Int
		mid.Sub(hi, lo).Rsh(&mid, 1).Add(&mid, lo)
		ok, err := dl.reaches(&mid)
		if err != nil {
			return err
		}
		if ok {
			hi.Set(&mid)
		} else {
			lo.Set(&mid)
		}
	}
	return nil
}

var bWAD = new(big.Int).SetUint64(WAD)

// ceilDivBig returns ⌈x/y⌉ for y > 0.
func ceilDivBig(x, y *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}
