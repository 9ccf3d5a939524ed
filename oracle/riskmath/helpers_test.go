package riskmath

import "math/big"

// bi parses a decimal integer for test tables; it panics on a typo in a
// literal (tests only).
func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad test literal " + s)
	}
	return v
}

// wad returns n·1e18 / d as an exact test value (d must divide).
func wadFrac(n, d int64) *big.Int {
	v := new(big.Int).Mul(big.NewInt(n), wadInt)
	return v.Quo(v, big.NewInt(d))
}
