package aave

import (
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
)

// The screen clears most complex users at a tick without their exact
// account data: a few float64 products per leg against a bound that can
// only say "healthy" when getUserAccountData would return a health factor
// of at least 1 without reverting. A user it cannot clear is evaluated
// exactly, so the liquidatable set stays a full scan's.
//
// The bound. For a leg of scaled balance x in a reserve with index I (or
// D for debt), price P and unit U, the Pool's value rounds by less than
// e = P/U + 1 either way, for both rule sets: the balance is x·I/RAY
// rounded down, up or half up (within 1), then times P/U rounded down or
// up (within 1). Writing c = I·P/(RAY·U) and d = D·P/(RAY·U):
//
//	value of a collateral leg ≥ x·c − e and ≤ x·c + P/U
//	value of a debt leg       ≤ x·d + e
//
// Both rule sets put the health factor at 1 or more once
// Σ value·LT − total collateral ≥ 1e4·total debt: v3.5 once
// Σ value·LT ≥ 1e4·debt (wadDiv rounds half up, the /1e4 down), v3.3 once
// collateral·avgLT ≥ 1e4·debt (percentMul and wadDiv round half up), and
// collateral·avgLT > Σ value·LT − collateral as avgLT is the weighted LT
// rounded down. So a user is healthy when
//
//	L = Σ_coll x·c·LT ≥ R = Σ_coll (x·c + e·(LT+1)) + 1e4·Σ_debt (x·d + e).
//
// Floats. Every term is a product of at most five values converted from
// integers (each within 2⁻⁵¹ relative: uint256's Float64 truncates,
// float128 rounds twice) and six float operations (2⁻⁵³ each), and L and
// R are sums of non-negative terms, so each is within 2⁻⁴² of its exact
// value for up to 2¹⁰ legs.
// Testing L ≥ R·(1 + 2⁻³⁰) leaves a margin far wider than that.
//
// Reverts. The exact computation must not revert either (the full scan
// would fail where the screen skips), so the screen is off for a state
// with an index or price of 2¹⁰⁰ or more or a unit of 0, and passes over a
// user with a counted balance of 2¹²⁸ or more (the Pool stores balances
// in 128 bits), an e-mode category not read, or sums of 2¹⁴⁹ or more: below
// those every product and sum of AccountData stays under 2²⁵⁶.

// screenMargin is the relative margin on the float bound.
const screenMargin = 1.0 / (1 << 30)

// screenMax bounds a user's summed collateral and debt: under it every
// value·LT and ·WAD product of AccountData stays below 2²⁵⁶.
const screenMax = 1 << 149

// screen is one state's per-reserve factors.
type screen struct {
	on  bool
	res []screenReserve
}

type screenReserve struct {
	// coll and debt are c and d; slack is e.
	coll, debt, slack float64
}

func newScreen(s *State) screen {
	sc := screen{res: make([]screenReserve, len(s.Reserves))}
	ray := aave.RAY.Float64()
	for i := range s.Reserves {
		r := &s.Reserves[i]
		if r.Income.BitLen() > 100 || r.Debt.BitLen() > 100 || r.Price.BitLen() > 100 || r.Unit.IsZero() {
			return screen{}
		}
		p, u := r.Price.Float64(), r.Unit.Float64()
		sc.res[i] = screenReserve{
			coll:  r.Income.Float64() * p / (ray * u),
			debt:  r.Debt.Float64() * p / (ray * u),
			slack: p/u + 1,
		}
	}
	sc.on = true
	return sc
}

// healthy reports that u's health factor at s is at least 1 by the bound
// (and that computing it exactly does not fail). False means: evaluate.
// u keeps its own legs (a complex user).
func (sc screen) healthy(s *State, u *userState) bool {
	if !sc.on {
		return false
	}
	var em *aave.EMode
	if u.emode != 0 {
		if em = s.EModes[u.emode]; em == nil {
			return false
		}
	}
	// Reserves the configuration counts without a leg have no balance:
	// their values are exactly 0.
	var l, r, coll, debt float64
	for j := range u.legs {
		g := &u.legs[j]
		rv := &s.Reserves[g.reserve]
		if rv.ID >= 128 {
			continue // no configuration bit: not counted
		}
		f := &sc.res[g.reserve]
		if rv.LT != 0 && bit(&u.config, 2*uint(rv.ID)+1) && !g.coll.IsZero() {
			if g.coll[2]|g.coll[3] != 0 {
				return false
			}
			lt := float64(rv.LT)
			if em.Covers(rv.ID) {
				lt = float64(em.LT)
			}
			v := float128(&g.coll) * f.coll
			l += v * lt
			r += v + f.slack*(lt+1)
			coll += v + f.slack
		}
		if bit(&u.config, 2*uint(rv.ID)) && !g.debt.IsZero() {
			if g.debt[2]|g.debt[3] != 0 {
				return false
			}
			v := float128(&g.debt)*f.debt + f.slack
			r += 1e4 * v
			debt += v
		}
	}
	if coll >= screenMax || debt >= screenMax {
		return false
	}
	return l >= r*(1+screenMargin)
}

// float128 is x, below 2^128, as a float64 (within 2⁻⁵¹): cheaper than
// uint256's conversion, and the screen converts every leg of every
// complex user each tick.
func float128(x *uint256.Int) float64 {
	return float64(x[1])*0x1p64 + float64(x[0])
}
