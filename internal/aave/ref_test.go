package aave

import (
	"math/big"

	"github.com/holiman/uint256"
)

// A math/big reference of the formulas, written from the rules (not from
// the uint256 code): every operation exact, the rounding spelled out, and
// "overflow" reported when an intermediate reaches 2^256.

var (
	bRay  = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	bWad  = big.NewInt(1e18)
	bPct  = big.NewInt(1e4)
	bYear = big.NewInt(int64(SecondsPerYear))
	bLim  = new(big.Int).Lsh(big.NewInt(1), 256)
)

type refErr struct{}

// ref runs f, turning a refErr panic into ok = false (an on-chain revert).
func ref(f func() *big.Int) (v *big.Int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(refErr); !is {
				panic(r)
			}
			v, ok = nil, false
		}
	}()
	return f(), true
}

func chk(x *big.Int) *big.Int {
	if x.Sign() < 0 || x.Cmp(bLim) >= 0 {
		panic(refErr{})
	}
	return x
}

func bmul(xs ...*big.Int) *big.Int {
	z := new(big.Int).Set(xs[0])
	for _, x := range xs[1:] {
		chk(z.Mul(z, x))
	}
	return z
}

func badd(xs ...*big.Int) *big.Int {
	z := new(big.Int).Set(xs[0])
	for _, x := range xs[1:] {
		chk(z.Add(z, x))
	}
	return z
}

func bdiv(x, d *big.Int) *big.Int {
	if d.Sign() == 0 {
		panic(refErr{})
	}
	return new(big.Int).Quo(x, d)
}

func bceil(x, d *big.Int) *big.Int {
	if d.Sign() == 0 {
		panic(refErr{})
	}
	q, r := new(big.Int).QuoRem(x, d, new(big.Int))
	if r.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// halfUp is (x·y + d/2)/d with d/2 rounded down, overflow-checked.
func halfUp(x, y, d *big.Int) *big.Int {
	return bdiv(badd(bmul(x, y), new(big.Int).Rsh(d, 1)), d)
}

func rRayMul(a, b *big.Int) *big.Int { return halfUp(a, b, bRay) }
func rRayDiv(a, b *big.Int) *big.Int {
	if b.Sign() == 0 {
		panic(refErr{})
	}
	return bdiv(badd(bmul(a, bRay), new(big.Int).Rsh(b, 1)), b)
}
func rWadDiv(a, b *big.Int) *big.Int {
	if b.Sign() == 0 {
		panic(refErr{})
	}
	return bdiv(badd(bmul(a, bWad), new(big.Int).Rsh(b, 1)), b)
}
func rPercentMul(v, p *big.Int) *big.Int { return halfUp(v, p, bPct) }
func rPercentDiv(v, p *big.Int) *big.Int {
	if p.Sign() == 0 {
		panic(refErr{})
	}
	return bdiv(badd(bmul(v, bPct), new(big.Int).Rsh(p, 1)), p)
}

func rBalanceColl(v Version, scaled, income *big.Int) *big.Int {
	if v == V3_5 {
		return bdiv(bmul(scaled, income), bRay)
	}
	return rRayMul(scaled, income)
}

func rBalanceDebt(v Version, scaled, index *big.Int) *big.Int {
	if v == V3_5 {
		return bceil(bmul(scaled, index), bRay)
	}
	return rRayMul(scaled, index)
}

// rCompounded is calculateCompoundedInterest of v.
func rCompounded(v Version, rate *big.Int, dt uint64) *big.Int {
	if dt == 0 {
		return new(big.Int).Set(bRay)
	}
	e := new(big.Int).SetUint64(dt)
	if v == V3_5 {
		x := bdiv(bmul(rate, e), bYear)
		inner := badd(bdiv(x, big.NewInt(2)), rRayMul(x, bdiv(x, big.NewInt(6))))
		return badd(bRay, x, rRayMul(x, inner))
	}
	em1 := new(big.Int).SetUint64(dt - 1)
	em2 := new(big.Int)
	if dt > 2 {
		em2.SetUint64(dt - 2)
	}
	b2 := bdiv(rRayMul(rate, rate), new(big.Int).Mul(bYear, bYear))
	b3 := bdiv(rRayMul(b2, rate), bYear)
	second := bdiv(bmul(e, em1, b2), big.NewInt(2))
	third := bdiv(bmul(e, em1, em2, b3), big.NewInt(6))
	return badd(bRay, bdiv(bmul(rate, e), bYear), second, third)
}

func rLinear(rate *big.Int, dt uint64) *big.Int {
	return badd(bRay, bdiv(bmul(rate, new(big.Int).SetUint64(dt)), bYear))
}

// rLeg is one reserve of a user for the reference account computation.
type rLeg struct {
	id                  uint16
	income, debtIndex   *big.Int
	price, unit         *big.Int
	ltv, lt             int64
	scaledColl, scaledD *big.Int
	coll, borrow        bool
}

type rAccount struct {
	coll, debt, avail, lt, ltv, hf *big.Int
}

func rAccountData(v Version, legs []rLeg, emID uint8, emLTV, emLT int64, emBitmap *big.Int) rAccount {
	coll, debt := new(big.Int), new(big.Int)
	ltvSum, ltSum := new(big.Int), new(big.Int)
	for _, l := range legs {
		if l.coll && l.lt != 0 {
			val := bdiv(bmul(rBalanceColl(v, l.scaledColl, l.income), l.price), l.unit)
			coll = badd(coll, val)
			ltv, lt := l.ltv, l.lt
			if emID != 0 && emBitmap.Bit(int(l.id)) == 1 {
				lt = emLT
				if ltv != 0 {
					ltv = emLTV
				}
			}
			ltvSum = badd(ltvSum, bmul(val, big.NewInt(ltv)))
			ltSum = badd(ltSum, bmul(val, big.NewInt(lt)))
		}
		if l.borrow {
			bal := rBalanceDebt(v, l.scaledD, l.debtIndex)
			var val *big.Int
			if v == V3_5 {
				val = bceil(bmul(bal, l.price), l.unit)
			} else {
				val = bdiv(bmul(bal, l.price), l.unit)
			}
			debt = badd(debt, val)
		}
	}
	a := rAccount{coll: coll, debt: debt, lt: new(big.Int), ltv: new(big.Int), avail: new(big.Int)}
	if coll.Sign() != 0 {
		a.ltv = bdiv(ltvSum, coll)
		a.lt = bdiv(ltSum, coll)
	}
	switch {
	case debt.Sign() == 0:
		a.hf = new(big.Int).Sub(bLim, big.NewInt(1))
	case v == V3_5:
		a.hf = bdiv(rWadDiv(ltSum, debt), bPct)
	default:
		a.hf = rWadDiv(rPercentMul(coll, a.lt), debt)
	}
	var capacity *big.Int
	if v == V3_5 {
		capacity = bdiv(bmul(coll, a.ltv), bPct)
	} else {
		capacity = rPercentMul(coll, a.ltv)
	}
	if capacity.Cmp(debt) > 0 {
		a.avail = new(big.Int).Sub(capacity, debt)
	}
	return a
}

func u2b(x *uint256.Int) *big.Int { return x.ToBig() }

func b2u(x *big.Int) *uint256.Int {
	u, overflow := uint256.FromBig(x)
	if overflow {
		panic("b2u: overflow")
	}
	return u
}
