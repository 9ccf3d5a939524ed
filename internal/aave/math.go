// Package aave reproduces Aave v3's on-chain arithmetic off-chain, bit for
// bit: WadRayMath and PercentageMath (half-up, and the floor and ceiling
// forms of v3.5), the linear and compounded interest of MathUtils, the
// reserves' normalized income and debt, the account data of GenericLogic
// (health factor per version) and the sizing of LiquidationLogic.
//
// Numbers are *uint256.Int, like Solidity's uint256. Where Solidity would
// revert (checked overflow, division by zero) the functions return one of
// the sentinel errors below, possibly wrapped; they never panic and never
// return a wrapped-around value. Arguments are never modified.
//
// Conventions: amounts are raw token units; indexes and rates are RAY
// (1e27); prices are the oracle's base currency units (1e8 = 1 USD on
// Ethereum Core) per whole token; LTV, LT, bonus and fees are basis points
// (1e4 = 100%); the health factor is WAD.
package aave

import (
	"errors"
	"math/bits"

	"github.com/holiman/uint256"
)

// Protocol constants of WadRayMath, PercentageMath and MathUtils.
const (
	WAD              uint64 = 1e18
	PercentageFactor uint64 = 1e4
	SecondsPerYear   uint64 = 365 * 24 * 3600
)

// RAY is WadRayMath.RAY, 1e27 (it does not fit a uint64).
var RAY = uint256.MustFromDecimal("1000000000000000000000000000")

// Sentinel errors; each stands for a Solidity revert.
var (
	// ErrOverflow is checked arithmetic overflow or underflow (or the
	// explicit overflow checks of WadRayMath and PercentageMath).
	ErrOverflow = errors.New("aave: arithmetic overflow or underflow")
	// ErrDivByZero is a division by zero.
	ErrDivByZero = errors.New("aave: division by zero")
)

var (
	wad     = uint256.NewInt(WAD)
	halfWad = uint256.NewInt(WAD / 2)
	ray     = RAY.Clone()
	halfRay = new(uint256.Int).Rsh(RAY, 1)
	pct     = uint256.NewInt(PercentageFactor)
	halfPct = uint256.NewInt(PercentageFactor / 2)
	year    = uint256.NewInt(SecondsPerYear)
	yearSq  = uint256.NewInt(SecondsPerYear * SecondsPerYear)
	maxUint = new(uint256.Int).SetAllOne()
	twoInt  = uint256.NewInt(2)
	sixInt  = uint256.NewInt(6)
)

// mulAddDiv sets z = (x*y + add)/d, failing when x*y + add overflows 256
// bits (WadRayMath and PercentageMath check x ≤ (max − add)/y, which is the
// same condition) or d == 0.
func mulAddDiv(z, x, y, add, d *uint256.Int) error {
	if d.IsZero() {
		return ErrDivByZero
	}
	var p uint256.Int
	if mulOverflow(&p, x, y) {
		return ErrOverflow
	}
	if _, overflow := p.AddOverflow(&p, add); overflow {
		return ErrOverflow
	}
	z.Div(&p, d)
	return nil
}

// mulDivCeil sets z = ⌈x*y/d⌉, failing when x*y overflows or d == 0.
func mulDivCeil(z, x, y, d *uint256.Int) error {
	if d.IsZero() {
		return ErrDivByZero
	}
	var p, r uint256.Int
	if mulOverflow(&p, x, y) {
		return ErrOverflow
	}
	z.DivMod(&p, d, &r) // one division for both
	if !r.IsZero() {
		z.AddUint64(z, 1) // cannot overflow: z ≤ (2^256−1)/d with d ≥ 2 here
	}
	return nil
}

// mulOverflow sets p = x·y and reports whether it overflowed 256 bits.
// Operands below 2^128 (balances, indexes, prices) take four 64-bit
// products instead of the full 512-bit multiplication.
func mulOverflow(p, x, y *uint256.Int) bool {
	if x[2]|x[3]|y[2]|y[3] != 0 {
		_, overflow := p.MulOverflow(x, y)
		return overflow
	}
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	var c1, c2, c3, c4 uint64
	p[0] = l00
	p[1], c1 = bits.Add64(h00, l01, 0)
	p[1], c2 = bits.Add64(p[1], l10, 0)
	p[2], c3 = bits.Add64(h01, h10, c1)
	p[2], c4 = bits.Add64(p[2], l11, c2)
	p[3] = h11 + c3 + c4 // below 2^64: the product is below 2^256
	return false
}

func zero() *uint256.Int { return new(uint256.Int) }

// run allocates the result of f.
func run(f func(z *uint256.Int) error) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := f(z); err != nil {
		return nil, err
	}
	return z, nil
}

// RayMul is WadRayMath.rayMul: (a·b + RAY/2)/RAY, half up.
func RayMul(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, a, b, halfRay, ray) })
}

// RayDiv is WadRayMath.rayDiv: (a·RAY + b/2)/b, half up.
func RayDiv(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error {
		if b.IsZero() {
			return ErrDivByZero
		}
		return mulAddDiv(z, a, ray, new(uint256.Int).Rsh(b, 1), b)
	})
}

// WadMul is WadRayMath.wadMul: (a·b + WAD/2)/WAD, half up.
func WadMul(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, a, b, halfWad, wad) })
}

// WadDiv is WadRayMath.wadDiv: (a·WAD + b/2)/b, half up.
func WadDiv(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return wadDiv(z, a, b) })
}

// wadDiv sets z to WadDiv(a, b); z must not be b.
func wadDiv(z, a, b *uint256.Int) error {
	if b.IsZero() {
		return ErrDivByZero
	}
	var half uint256.Int
	return mulAddDiv(z, a, wad, half.Rsh(b, 1), b)
}

// RayMulFloor is a·b/RAY rounded down (v3.5).
func RayMulFloor(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, a, b, zero(), ray) })
}

// RayMulCeil is a·b/RAY rounded up (v3.5).
func RayMulCeil(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulDivCeil(z, a, b, ray) })
}

// RayDivFloor is a·RAY/b rounded down (v3.5).
func RayDivFloor(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, a, ray, zero(), b) })
}

// RayDivCeil is a·RAY/b rounded up (v3.5).
func RayDivCeil(a, b *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulDivCeil(z, a, ray, b) })
}

// PercentMul is PercentageMath.percentMul: (v·p + 5000)/1e4, half up.
func PercentMul(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, v, p, halfPct, pct) })
}

// PercentDiv is PercentageMath.percentDiv: (v·1e4 + p/2)/p, half up.
func PercentDiv(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error {
		if p.IsZero() {
			return ErrDivByZero
		}
		return mulAddDiv(z, v, pct, new(uint256.Int).Rsh(p, 1), p)
	})
}

// PercentMulFloor is v·p/1e4 rounded down.
func PercentMulFloor(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, v, p, zero(), pct) })
}

// PercentMulCeil is v·p/1e4 rounded up.
func PercentMulCeil(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulDivCeil(z, v, p, pct) })
}

// PercentDivFloor is v·1e4/p rounded down.
func PercentDivFloor(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulAddDiv(z, v, pct, zero(), p) })
}

// PercentDivCeil is v·1e4/p rounded up.
func PercentDivCeil(v, p *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return mulDivCeil(z, v, pct, p) })
}

// LinearInterest is MathUtils.calculateLinearInterest: RAY + rate·Δt/year
// (the quotient rounded down), Δt = now − last, RAY when Δt = 0.
func LinearInterest(rate *uint256.Int, last, now uint64) (*uint256.Int, error) {
	if now < last {
		return nil, ErrOverflow
	}
	return run(func(z *uint256.Int) error {
		if _, overflow := z.MulOverflow(rate, uint256.NewInt(now-last)); overflow {
			return ErrOverflow
		}
		z.Div(z, year)
		if _, overflow := z.AddOverflow(z, ray); overflow {
			return ErrOverflow
		}
		return nil
	})
}

// CompoundedInterest is MathUtils.calculateCompoundedInterest of version v:
// binomialInterest before v3.4, taylorInterest from v3.4.
func CompoundedInterest(v Version, rate *uint256.Int, last, now uint64) (*uint256.Int, error) {
	if v.taylorInterest() {
		return taylorInterest(rate, last, now)
	}
	return binomialInterest(rate, last, now)
}

// taylorInterest is v3.4+'s calculateCompoundedInterest: with
// x = rate·Δt/year (rounded down), RAY + x + rayMul(x, x/2 + rayMul(x, x/6)),
// the quotients rounding down and rayMul half up; Δt = 0 gives RAY.
func taylorInterest(rate *uint256.Int, last, now uint64) (*uint256.Int, error) {
	if now < last {
		return nil, ErrOverflow
	}
	if now == last {
		return ray.Clone(), nil
	}
	x, err := mulChain(rate, uint256.NewInt(now-last))
	if err != nil {
		return nil, err
	}
	x.Div(x, year)
	third, err := RayMul(x, new(uint256.Int).Div(x, sixInt))
	if err != nil {
		return nil, err
	}
	inner, err := sumChecked(new(uint256.Int).Div(x, twoInt), third)
	if err != nil {
		return nil, err
	}
	rest, err := RayMul(x, inner)
	if err != nil {
		return nil, err
	}
	return sumChecked(ray, x, rest)
}

// binomialInterest is calculateCompoundedInterest before v3.4, the
// three-term binomial approximation of (1 + rate/year)^Δt in RAY:
//
//	RAY + rate·Δt/year + Δt(Δt−1)·b2/2 + Δt(Δt−1)(Δt−2)·b3/6
//
// with b2 = rayMul(rate, rate)/year² and b3 = rayMul(b2, rate)/year, every
// division rounding down, and Δt − 2 floored at 0. Δt = 0 gives RAY.
func binomialInterest(rate *uint256.Int, last, now uint64) (*uint256.Int, error) {
	if now < last {
		return nil, ErrOverflow
	}
	exp := now - last
	if exp == 0 {
		return ray.Clone(), nil
	}
	e := uint256.NewInt(exp)
	em1 := uint256.NewInt(exp - 1)
	em2 := new(uint256.Int)
	if exp > 2 {
		em2.SetUint64(exp - 2)
	}
	b2, err := RayMul(rate, rate)
	if err != nil {
		return nil, err
	}
	b2.Div(b2, yearSq)
	b3, err := RayMul(b2, rate)
	if err != nil {
		return nil, err
	}
	b3.Div(b3, year)
	second, err := mulChain(e, em1, b2)
	if err != nil {
		return nil, err
	}
	second.Div(second, twoInt)
	third, err := mulChain(e, em1, em2, b3)
	if err != nil {
		return nil, err
	}
	third.Div(third, sixInt)
	first, err := mulChain(rate, e)
	if err != nil {
		return nil, err
	}
	first.Div(first, year)
	return sumChecked(ray, first, second, third)
}

// mulChain multiplies its factors left to right, failing on overflow.
func mulChain(xs ...*uint256.Int) (*uint256.Int, error) {
	z := xs[0].Clone()
	for _, x := range xs[1:] {
		if _, overflow := z.MulOverflow(z, x); overflow {
			return nil, ErrOverflow
		}
	}
	return z, nil
}

// sumChecked adds its terms, failing on overflow.
func sumChecked(xs ...*uint256.Int) (*uint256.Int, error) {
	z := xs[0].Clone()
	for _, x := range xs[1:] {
		if _, overflow := z.AddOverflow(z, x); overflow {
			return nil, ErrOverflow
		}
	}
	return z, nil
}
