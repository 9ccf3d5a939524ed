package riskmath

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

const refPrec = 640

// refExpNeg returns e^(−x/1e18)·1e18 at refPrec bits: y = x/2^m < 2^-10,
// a 60-term Taylor series for e^y, m squarings, then the reciprocal.
func refExpNeg(x *big.Int) *big.Float {
	y := new(big.Float).SetPrec(refPrec).SetInt(x)
	y.Quo(y, new(big.Float).SetPrec(refPrec).SetInt(wadInt))
	m := 0
	for y.Cmp(big.NewFloat(1.0/1024)) > 0 {
		y.SetMantExp(y, -1)
		m++
	}
	sum := new(big.Float).SetPrec(refPrec).SetInt64(1)
	term := new(big.Float).SetPrec(refPrec).SetInt64(1)
	for n := int64(1); n <= 60; n++ {
		term.Mul(term, y)
		term.Quo(term, new(big.Float).SetPrec(refPrec).SetInt64(n))
		sum.Add(sum, term)
	}
	for ; m > 0; m-- {
		sum.Mul(sum, sum)
	}
	out := new(big.Float).SetPrec(refPrec).SetInt(wadInt)
	return out.Quo(out, sum)
}

// refLn2 is ln 2 = Σ 1/(k·2^k) at refPrec bits.
func refLn2() *big.Float {
	sum := new(big.Float).SetPrec(refPrec)
	for k := int64(1); k <= 600; k++ {
		t := new(big.Float).SetPrec(refPrec).SetInt64(1)
		t.SetMantExp(t, -int(k)) // SetMantExp with a 53-bit mant would drop the precision
		t.Quo(t, new(big.Float).SetPrec(refPrec).SetInt64(k))
		sum.Add(sum, t)
	}
	return sum
}

func TestLn2Constants(t *testing.T) {
	t.Parallel()
	ln2 := refLn2()
	for _, c := range []struct {
		v     *big.Int
		scale *big.Int
	}{{ln2x36, scale36}, {ln2x54, scale54}} {
		f := new(big.Float).SetPrec(refPrec).Mul(ln2, new(big.Float).SetPrec(refPrec).SetInt(c.scale))
		floor, _ := f.Int(nil)
		require.Equal(t, floor, c.v)
	}
}

// checkExp asserts v − 1 − 6e-34 < got ≤ v (checked as v − got ∈ [0, 1 + 1e-33)).
func checkExp(t *testing.T, x *big.Int) {
	t.Helper()
	got, err := ExpNegWad(x)
	require.NoError(t, err)
	ref := refExpNeg(x)
	diff := new(big.Float).SetPrec(refPrec).Sub(ref, new(big.Float).SetPrec(refPrec).SetInt(got))
	// Format the reference only on failure: Text is very slow for tiny
	// values such as e^(−1e6).
	if diff.Sign() < 0 {
		t.Fatalf("x %s: got %s above ref %s", x, got, ref.Text('g', 40))
	}
	if diff.Cmp(big.NewFloat(1+1e-33)) >= 0 {
		t.Fatalf("x %s: got %s too far below ref %s", x, got, ref.Text('g', 40))
	}
	// Relative accuracy 1e-15 where v ≥ 1e15.
	if ref.Cmp(big.NewFloat(1e15)) >= 0 {
		rel := new(big.Float).SetPrec(refPrec).Quo(diff, ref)
		require.True(t, rel.Cmp(big.NewFloat(1e-15)) <= 0)
	}
}

func TestExpNegWad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		x    string
		want string
	}{
		{x: "0", want: "1000000000000000000"}, // e^0 = 1 exactly
		// e^(−1e-18) = 1 − 1e-18 + 5e-37 → v = 999999999999999999.0000…05.
		{x: "1", want: "999999999999999999"},
		// x = ⌊ln2·1e18⌋: v = 0.5e18·e^(4.17e-19) = 500000000000000000.2086…
		{x: "693147180559945309", want: "500000000000000000"},
		// e^(−1) = 0.367879441171442321595…
		{x: "1000000000000000000", want: "367879441171442321"},
		// x ≈ ln 10: v = 100000000000000000.00179…
		{x: "2302585092994045684", want: "100000000000000000"},
		// e^(−5) = 0.006737946999085467096…
		{x: "5000000000000000000", want: "6737946999085467"},
		// e^(−10)·1e18 = 45399929762484.85…
		{x: "10000000000000000000", want: "45399929762484"},
		// e^(−20)·1e18 = 2061153622.43…
		{x: "20000000000000000000", want: "2061153622"},
		// e^(−41.4465)·1e18 = 1.0000316…
		{x: "41446500000000000000", want: "1"},
		// e^(−41.5)·1e18 = 0.948… → 0; and the 42 cut-off.
		{x: "41500000000000000000", want: "0"},
		{x: "42000000000000000000", want: "0"},
		{x: "1000000000000000000000000", want: "0"},
	}
	for _, tc := range tests {
		got, err := ExpNegWad(bi(tc.x))
		require.NoError(t, err)
		require.Equal(t, tc.want, got.String(), "x = %s", tc.x)
		checkExp(t, bi(tc.x))
	}
	_, err := ExpNegWad(nil)
	require.ErrorIs(t, err, ErrInvalidInput)
	_, err = ExpNegWad(big.NewInt(-1))
	require.ErrorIs(t, err, ErrInvalidInput)
}

func TestExpNegWadSweep(t *testing.T) {
	t.Parallel()
	// Small x (v just below 1e18) and multiples of ln 2 boundaries.
	for i := int64(0); i < 2000; i++ {
		checkExp(t, big.NewInt(i))
	}
	step := bi("13370000000000001")
	for x := new(big.Int); x.Cmp(expCutoff) < 0; x = new(big.Int).Add(x, step) {
		checkExp(t, x)
	}
	for k := int64(1); k < 61; k++ {
		b := new(big.Int).Mul(big.NewInt(k), ln2x36)
		b.Quo(b, wadInt)
		for d := int64(-2); d <= 2; d++ {
			checkExp(t, new(big.Int).Add(b, big.NewInt(d)))
		}
	}
}

func FuzzExpNegWad(f *testing.F) {
	f.Add(uint64(0), uint64(0))
	f.Add(uint64(1), uint64(0))
	f.Add(uint64(693147180559945309), uint64(0))
	f.Add(uint64(41446500000000000), uint64(1000))
	f.Fuzz(func(t *testing.T, lo, hi uint64) {
		// x = hi%64·2^64 + lo covers [0, 64·2^64) ≈ [0, 1180 WAD).
		x := new(big.Int).SetUint64(hi % 64)
		x.Lsh(x, 64)
		x.Add(x, new(big.Int).SetUint64(lo))
		checkExp(t, x)
	})
}
