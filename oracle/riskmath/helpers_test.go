package riskmath

import (
	"math/big"

	"github.com/stretchr/testify/require"
)

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

// requireBigEq compares values, not big.Int internals (0 may be stored as a
// nil or an empty slice).
func requireBigEq(t require.TestingT, want, got *big.Int, msg ...any) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
	require.NotNil(t, got, msg...)
	require.Equal(t, want.String(), got.String(), msg...)
}
