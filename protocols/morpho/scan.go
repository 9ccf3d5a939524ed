package morpho

import (
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// WAD is 1e18: the health bound at which positions are liquidatable.
var WAD = uint256.NewInt(1e18)

var (
	bigWad     = big.NewInt(1e18)
	bigE54     = new(big.Int).Exp(big.NewInt(10), big.NewInt(54), nil)
	bigE72     = new(big.Int).Exp(big.NewInt(10), big.NewInt(72), nil)
	bigVShares = big.NewInt(1e6)
	bigVAssets = big.NewInt(1)
)

// Below calls fn, most indebted first, for every position of market bm
// whose exact health (Morpho's rounding) at price is below bound (WAD:
// exactly the liquidatable positions), until fn returns false. m is the
// market accrued to the block. The set equals a full scan's; the cost is
// the size of the set plus a thin window below its boundary plus the dust
// positions, not the size of the book.
//
// Why the window is thin: with C collateral, B borrow shares, share price
// r = (TBA+1)/(TBS+1e6), q = price·lltv/1e54 and h = bound/1e18, Morpho's
// rounding puts the health test within a few units of its real-valued
// form, so a position is surely not below the bound when
// C·q − h·B·r ≥ 2 + h. Every position after position i in the order has
// B/C ≤ B_i/C_i and (outside the dust) C ≥ Cmin, so all of them are safe
// once Cmin·(C_i·q − h·B_i·r) ≥ (2 + ⌈h⌉)·C_i, and the walk stops there.
func Below(bm *book.Market, m *morpho.Market, price, lltv, bound *uint256.Int, fn func(r *book.Record, h *morpho.Health) bool) error {
	c := checker{m: m, price: price, lltv: lltv, bound: bound, fn: fn}
	more := true
	for t := 0; t < bm.Tiers() && more && c.err == nil; t++ {
		stop := newStopRule(bm.TierMin(t), m, price, lltv, bound)
		bm.WalkTier(t, func(r *book.Record) bool {
			matched, goOn := c.visit(r)
			more = goOn
			return goOn && (matched || !stop.safeBeyond(r))
		})
	}
	if c.err != nil || !more {
		return c.err
	}
	bm.Loose(func(r *book.Record) bool {
		_, goOn := c.visit(r)
		return goOn
	})
	return c.err
}

// checker tests positions one by one with Morpho's exact health.
type checker struct {
	m                  *morpho.Market
	price, lltv, bound *uint256.Int
	fn                 func(r *book.Record, h *morpho.Health) bool
	pos                morpho.Position
	h                  morpho.Health // reused: fn may keep no pointer to it
	err                error
}

// visit checks r: matched when it is below the bound (fn was called),
// more when the walk should go on.
func (c *checker) visit(r *book.Record) (matched, more bool) {
	c.pos.Collateral.Set(&r.Collateral)
	c.pos.BorrowShares.Set(&r.Debt)
	if err := morpho.HealthInto(&c.h, &c.pos, c.m, c.price, c.lltv); err != nil {
		c.err = fmt.Errorf("health of %s: %w", r.Owner.Hex(), err)
		return false, false
	}
	if c.h.HasDebt && c.h.Ratio.Lt(c.bound) {
		return true, c.fn(r, &c.h)
	}
	return false, true
}

// stopRule holds the scaled constants of the stop test:
// Cmin·(C·A − B·Bc) ≥ C·Kc with A = price·lltv·1e18·(TBS+1e6),
// Bc = bound·(TBA+1)·1e54 and Kc = (2+⌈h⌉)·1e72·(TBS+1e6).
type stopRule struct {
	cmin, a, bc, kc *big.Int
	t               [4]big.Int
}

func newStopRule(cmin *uint256.Int, m *morpho.Market, price, lltv, bound *uint256.Int) *stopRule {
	s := &stopRule{cmin: cmin.ToBig()}
	tbs := new(big.Int).Add(m.TotalBorrowShares.ToBig(), bigVShares)
	tba := new(big.Int).Add(m.TotalBorrowAssets.ToBig(), bigVAssets)
	s.a = new(big.Int).Mul(price.ToBig(), lltv.ToBig())
	s.a.Mul(s.a, bigWad).Mul(s.a, tbs)
	s.bc = new(big.Int).Mul(bound.ToBig(), tba)
	s.bc.Mul(s.bc, bigE54)
	hCeil := new(big.Int).Add(bound.ToBig(), new(big.Int).Sub(bigWad, big.NewInt(1)))
	hCeil.Quo(hCeil, bigWad)
	s.kc = hCeil.Add(hCeil, big.NewInt(2))
	s.kc.Mul(s.kc, bigE72).Mul(s.kc, tbs)
	return s
}

// safeBeyond reports that every ordered position after r is above the
// bound.
func (s *stopRule) safeBeyond(r *book.Record) bool {
	if s.cmin.Sign() == 0 {
		return false
	}
	c, b := &s.t[0], &s.t[1]
	c.SetBytes(r.Collateral.Bytes())
	b.SetBytes(r.Debt.Bytes())
	lhs, rhs := &s.t[2], &s.t[3]
	lhs.Mul(c, s.a)
	b.Mul(b, s.bc)
	lhs.Sub(lhs, b)
	if lhs.Sign() <= 0 {
		return false
	}
	lhs.Mul(lhs, s.cmin)
	rhs.Mul(c, s.kc)
	return lhs.Cmp(rhs) >= 0
}

// BelowFullScan is Below by checking every position: the reference the
// index is tested against, and the old engine's cost in benchmarks.
func BelowFullScan(bm *book.Market, m *morpho.Market, price, lltv, bound *uint256.Int, fn func(r *book.Record, h *morpho.Health) bool) error {
	c := checker{m: m, price: price, lltv: lltv, bound: bound, fn: fn}
	bm.All(func(r *book.Record) bool {
		_, more := c.visit(r)
		return more
	})
	return c.err
}

// MinHealth is the lowest exact health (Morpho's rounding) among market
// bm's indebted positions at price; ok is false when none has debt. It
// walks the order from the top and stops once the rounding bound proves
// every later position healthier than the lowest found.
func MinHealth(bm *book.Market, m *morpho.Market, price, lltv *uint256.Int) (lowest *uint256.Int, ok bool, err error) {
	var min uint256.Int
	c := checker{m: m, price: price, lltv: lltv, bound: new(uint256.Int).SetAllOne(), fn: func(r *book.Record, h *morpho.Health) bool {
		if !ok || h.Ratio.Lt(&min) {
			min.Set(&h.Ratio)
			ok = true
		}
		return true
	}}
	for t := 0; t < bm.Tiers() && c.err == nil; t++ {
		var stop *stopRule
		var stopAt uint256.Int
		bm.WalkTier(t, func(r *book.Record) bool {
			if _, more := c.visit(r); !more {
				return false
			}
			if !ok {
				return true
			}
			if stop == nil || !stopAt.Eq(&min) {
				stop, stopAt = newStopRule(bm.TierMin(t), m, price, lltv, &min), min
			}
			return !stop.safeBeyond(r)
		})
	}
	if c.err == nil {
		bm.Loose(func(r *book.Record) bool {
			_, more := c.visit(r)
			return more
		})
	}
	if c.err != nil || !ok {
		return nil, false, c.err
	}
	return &min, true, nil
}

// MinHealthFullScan is MinHealth by checking every position.
func MinHealthFullScan(bm *book.Market, m *morpho.Market, price, lltv *uint256.Int) (*uint256.Int, bool, error) {
	var min uint256.Int
	ok := false
	err := BelowFullScan(bm, m, price, lltv, new(uint256.Int).SetAllOne(), func(r *book.Record, h *morpho.Health) bool {
		if !ok || h.Ratio.Lt(&min) {
			min.Set(&h.Ratio)
			ok = true
		}
		return true
	})
	if err != nil || !ok {
		return nil, false, err
	}
	return &min, true, nil
}
