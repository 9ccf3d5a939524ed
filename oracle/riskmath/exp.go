package riskmath

import (
	"fmt"
	"math/big"
)

// Fixed-point constants of ExpNegWad, which works at scale 1e54.
var (
	scale36 = new(big.Int).Mul(wadInt, wadInt)
	scale54 = new(big.Int).Mul(scale36, wadInt)
	// ln2x36 is ⌊ln 2·1e36⌋ (ln 2 = 0.693147180559945309417232121458176568075…).
	ln2x36, _ = new(big.Int).SetString("693147180559945309417232121458176568", 10)
	// ln2x54 is ⌊ln 2·1e54⌋.
	ln2x54, _ = new(big.Int).SetString("693147180559945309417232121458176568075500134360255254", 10)
	// expCutoff: for x ≥ 42 WAD, e^(−x)·1e18 < e^(−42)·1e18 ≈ 0.58 < 1.
	expCutoff = new(big.Int).Mul(big.NewInt(42), wadInt)
	// expErrBound bounds, in units of 1e-54, the error of the computed
	// e^(−r): the Taylor terms carry at most 1/(1−0.7) ≈ 3.4 units each
	// (≤ 50 terms: 170), the truncated tail less than 15, and the ln 2
	// truncation (k ≤ 60 units on r) only lowers the result.
	expErrBound = big.NewInt(256)
)

// ExpNegWad returns e^(−x) for a WAD x ≥ 0, as a WAD rounded down: with
// v = e^(−x)·1e18 the result r satisfies v − 1 − 6e-34 < r ≤ v, so r is ⌊v⌋
// (or ⌊v⌋ − 1 in the rare case that v lies within 6e-34 above an integer),
// and the relative error is below 1e-15 whenever v ≥ 1e15 (x ≤ ln 1000 ≈
// 6.9); below that the WAD resolution (1 wei) is the limit. x = 0 gives
// exactly 1e18.
//
// Method: x = k·ln2 + r with 0 ≤ r < ln2, e^(−x) = e^(−r)/2^k; e^(−r) is a
// Taylor series at scale 1e54, lowered by its error bound before the final
// exact division by 2^k·1e36. x ≥ 42 gives 0. Errors: x nil or negative
// (ErrInvalidInput).
func ExpNegWad(x *big.Int) (*big.Int, error) {
	if x == nil || x.Sign() < 0 {
		return nil, fmt.Errorf("%w: exp(−x) needs x ≥ 0, got %v", ErrInvalidInput, x)
	}
	return expNegWad(x), nil
}

// expNegWad is ExpNegWad for a non-nil x ≥ 0.
func expNegWad(x *big.Int) *big.Int {
	switch {
	case x.Sign() == 0:
		return new(big.Int).Set(wadInt)
	case x.Cmp(expCutoff) >= 0:
		return new(big.Int)
	}
	xs := new(big.Int).Mul(x, scale36) // x at scale 1e54, exact
	k, r := new(big.Int).QuoRem(xs, ln2x54, new(big.Int))
	// r < ln2·1e54: terms r^n/n! fall by a factor ≥ 1/0.7 each.
	sum := new(big.Int).Set(scale54)
	term := new(big.Int).Set(scale54)
	div := new(big.Int)
	nb := new(big.Int)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, div.Mul(nb.SetInt64(n), scale54))
		if term.Sign() == 0 {
			break
		}
		if n%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
	sum.Sub(sum, expErrBound)
	if sum.Sign() <= 0 {
		return new(big.Int)
	}
	// k ≤ 60 because x < 42.
	div.Lsh(scale36, uint(k.Uint64()))
	return sum.Quo(sum, div)
}
