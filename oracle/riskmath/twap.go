package riskmath

import (
	"fmt"
	"math/big"
)

// Uniswap v3 tick bounds (TickMath.MIN_TICK / MAX_TICK).
const (
	MinTick = -887272
	MaxTick = 887272
)

// TWAPTick returns the arithmetic-mean tick over window seconds from two
// tickCumulative observations (observe([window, 0]) gives old, new), rounded
// toward negative infinity exactly as Uniswap's OracleLibrary.consult: the
// quotient Δ/window truncates toward zero, then 1 is subtracted when Δ < 0
// and Δ is not a multiple of window.
//
// Errors: window 0 (ErrInvalidInput), new − old overflowing int64
// (ErrOverflow), a mean tick outside [MinTick, MaxTick] (ErrTickOutOfRange).
func TWAPTick(tickCumulativeOld, tickCumulativeNew int64, window uint32) (int32, error) {
	if window == 0 {
		return 0, fmt.Errorf("%w: TWAP window is 0 seconds", ErrInvalidInput)
	}
	delta := tickCumulativeNew - tickCumulativeOld
	// Signed overflow iff the operands have different signs and the result's
	// sign differs from the minuend's.
	if (tickCumulativeNew^tickCumulativeOld)&(tickCumulativeNew^delta) < 0 {
		return 0, fmt.Errorf("%w: tickCumulative %d - %d", ErrOverflow, tickCumulativeNew, tickCumulativeOld)
	}
	w := int64(window)
	tick := delta / w // w ≥ 1, so no MinInt64/−1 case
	if delta < 0 && delta%w != 0 {
		tick--
	}
	if tick < MinTick || tick > MaxTick {
		return 0, fmt.Errorf("%w: mean tick %d over %ds", ErrTickOutOfRange, tick, window)
	}
	return int32(tick), nil
}

// powPrec is the big.Float precision, in bits, of the 1.0001^n bounds.
const powPrec = 320

// powTicks holds 1.0001^(2^i) for i = 0..19 (2^20 > MaxTick) as a lower
// bound (rounded toward zero) and an upper bound (rounded away from zero),
// each at powPrec bits. They are rounded from 1024-bit values computed by
// repeated squaring with the same directed rounding, so lo ≤ 1.0001^(2^i) ≤
// hi holds rigorously and each is within 2^-319 relative of the true value.
var powLo, powHi = func() (lo, hi [20]*big.Float) {
	base := big.NewRat(10001, 10000)
	curLo := new(big.Float).SetPrec(1024).SetMode(big.ToZero).SetRat(base)
	curHi := new(big.Float).SetPrec(1024).SetMode(big.AwayFromZero).SetRat(base)
	for i := range lo {
		lo[i] = new(big.Float).SetPrec(powPrec).SetMode(big.ToZero).Set(curLo)
		hi[i] = new(big.Float).SetPrec(powPrec).SetMode(big.AwayFromZero).Set(curHi)
		curLo.Mul(curLo, curLo)
		curHi.Mul(curHi, curHi)
	}
	return lo, hi
}()

// pow10001 returns m and e with m·2^e a lower (up = false) or upper (up =
// true) bound of 1.0001^n, 0 ≤ n ≤ MaxTick, with relative error below
// 40·2^-320 (at most 20 table factors and 19 roundings of 2^-320 each).
func pow10001(n uint32, up bool) (m *big.Int, e int) {
	tbl, mode := &powLo, big.ToZero
	if up {
		tbl, mode = &powHi, big.AwayFromZero
	}
	z := new(big.Float).SetPrec(powPrec).SetMode(mode).SetInt64(1)
	for i := 0; n != 0; i, n = i+1, n>>1 {
		if n&1 != 0 {
			z.Mul(z, tbl[i])
		}
	}
	// z = mant·2^exp with mant ∈ [0.5, 1) of at most powPrec bits, so
	// z·2^(powPrec−exp) is an integer and the conversion below is exact.
	exp := z.MantExp(nil)
	m, _ = new(big.Float).SetMantExp(z, powPrec-exp).Int(nil)
	return m, exp - powPrec
}

// exactTickLimit bounds |n| for which 1.0001^n·10^k is computed exactly with
// integers (10001^n has about 13.3·n bits).
const exactTickLimit = 256

// TickToPriceWad returns the price of one whole base token in whole quote
// tokens as a WAD, for a Uniswap v3 pool with token decimals decimals0 and
// decimals1. The raw price token1/token0 is 1.0001^tick, so one whole token0
// costs 1.0001^tick·10^(decimals0−decimals1) whole token1; baseIsToken0 =
// false gives the inverse, 1.0001^(−tick)·10^(decimals1−decimals0).
//
// Rounding: down, never above the true value v = price·1e18. For exponents
// n = ±tick with 0 ≤ n ≤ 256 the result is exact (⌊v⌋, computed with
// integers). Otherwise 1.0001^|n| is bounded with 320-bit big.Float
// arithmetic in directed rounding (a lower bound for n > 0, an upper bound
// divided into the integer scale for n < 0) and the rest is exact integer
// math, so
//
//	v − 1 − v·2^-314 < result ≤ v,
//
// i.e. the result is ⌊v⌋ or ⌊v⌋ − 1 for every value below 2^250, and within
// one part in 2^314 beyond.
//
// Errors: tick outside [MinTick, MaxTick] (ErrTickOutOfRange); a price that
// rounds to 0 (ErrPriceRange).
func TickToPriceWad(tick int32, baseIsToken0 bool, decimals0, decimals1 uint8) (*big.Int, error) {
	if tick < MinTick || tick > MaxTick {
		return nil, fmt.Errorf("%w: tick %d", ErrTickOutOfRange, tick)
	}
	n := int64(tick)
	shift := int(decimals0) - int(decimals1) + 18 // price·1e18 = 1.0001^n·10^shift
	if !baseIsToken0 {
		n = -n
		shift = int(decimals1) - int(decimals0) + 18
	}
	// v = 1.0001^n · num / den with num, den powers of ten.
	num, den := pow10(0), pow10(0)
	if shift >= 0 {
		num = pow10(shift)
	} else {
		den = pow10(-shift)
	}
	abs := n
	if abs < 0 {
		abs = -abs
	}
	var out *big.Int
	switch {
	case abs <= exactTickLimit:
		// v = 10001^n·num / (10000^n·den) for n ≥ 0, inverted otherwise.
		p1 := new(big.Int).Exp(big.NewInt(10001), big.NewInt(abs), nil)
		p0 := new(big.Int).Exp(big.NewInt(10000), big.NewInt(abs), nil)
		if n < 0 {
			p0, p1 = p1, p0
		}
		out = p1.Mul(p1, num)
		out.Quo(out, p0.Mul(p0, den))
	case n > 0:
		// v ≥ m·2^e·num/den with m·2^e ≤ 1.0001^n.
		m, e := pow10001(uint32(n), false)
		out = m.Mul(m, num)
		d := new(big.Int).Set(den)
		if e >= 0 {
			out.Lsh(out, uint(e))
		} else {
			d.Lsh(d, uint(-e))
		}
		out.Quo(out, d)
	default:
		// v ≥ num/(m·2^e·den) with m·2^e ≥ 1.0001^|n|.
		m, e := pow10001(uint32(-n), true)
		d := m.Mul(m, den)
		out = new(big.Int).Set(num)
		if e >= 0 {
			d.Lsh(d, uint(e))
		} else {
			out.Lsh(out, uint(-e))
		}
		out.Quo(out, d)
	}
	if out.Sign() == 0 {
		return nil, fmt.Errorf("%w: tick %d, decimals %d/%d", ErrPriceRange, tick, decimals0, decimals1)
	}
	return out, nil
}

// maxSqrtPriceX96 bounds sqrtPriceX96, a uint160.
var maxSqrtPriceX96 = new(big.Int).Lsh(one, 160)

// SqrtPriceX96ToPriceWad converts a pool's slot0 sqrtPriceX96 into the price
// of one whole base token in whole quote tokens as a WAD, exactly:
//
//	token0 base: ⌊sqrtP²·10^decimals0·1e18 / (2^192·10^decimals1)⌋
//	token1 base: ⌊2^192·10^decimals1·1e18 / (sqrtP²·10^decimals0)⌋
//
// both rounded down. Errors: sqrtPriceX96 nil, ≤ 0 or ≥ 2^160
// (ErrInvalidInput); a price that rounds to 0 (ErrPriceRange).
func SqrtPriceX96ToPriceWad(sqrtPriceX96 *big.Int, baseIsToken0 bool, decimals0, decimals1 uint8) (*big.Int, error) {
	if sqrtPriceX96 == nil || sqrtPriceX96.Sign() <= 0 || sqrtPriceX96.Cmp(maxSqrtPriceX96) >= 0 {
		return nil, fmt.Errorf("%w: sqrtPriceX96 %v not in (0, 2^160)", ErrInvalidInput, sqrtPriceX96)
	}
	sq := new(big.Int).Mul(sqrtPriceX96, sqrtPriceX96)
	q192 := new(big.Int).Lsh(one, 192)
	var num, den *big.Int
	if baseIsToken0 {
		num = sq.Mul(sq, pow10(int(decimals0)+18))
		den = q192.Mul(q192, pow10(int(decimals1)))
	} else {
		num = q192.Mul(q192, pow10(int(decimals1)+18))
		den = sq.Mul(sq, pow10(int(decimals0)))
	}
	out := num.Quo(num, den)
	if out.Sign() == 0 {
		return nil, fmt.Errorf("%w: sqrtPriceX96 %s, decimals %d/%d", ErrPriceRange, sqrtPriceX96, decimals0, decimals1)
	}
	return out, nil
}
