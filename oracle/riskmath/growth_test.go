package riskmath

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAnnualisedGrowth(t *testing.T) {
	t.Parallel()
	const month = 30 * day
	tests := []struct {
		name       string
		now, then  *big.Int
		seconds    uint64
		want       string
		wantErrStr bool
	}{
		// 1.05 → 1.051 in 30 d: 0.001/1.05·365/30 = 0.0115873015873015873… → floor.
		{name: "rise", now: bi("1051000000000000000"), then: bi("1050000000000000000"), seconds: month, want: "11587301587301587"},
		// 1.05 → 1.04 in 30 d: −0.01/1.05·365/30 = −0.115873015873015873… → toward zero.
		{name: "fall truncates toward zero", now: bi("1040000000000000000"), then: bi("1050000000000000000"), seconds: month, want: "-115873015873015873"},
		// 1.0 → 1.1 in exactly a year: 10 %.
		{name: "one year", now: bi("1100000000000000000"), then: bi("1000000000000000000"), seconds: SecondsPerYear, want: "100000000000000000"},
		{name: "flat", now: bi("1000000000000000000"), then: bi("1000000000000000000"), seconds: 1, want: "0"},
		{name: "zero seconds", now: bi("1"), then: bi("1"), seconds: 0, wantErrStr: true},
		{name: "zero then", now: bi("1"), then: bi("0"), seconds: 1, wantErrStr: true},
		{name: "nil now", now: nil, then: bi("1"), seconds: 1, wantErrStr: true},
		{name: "negative now", now: bi("-1"), then: bi("1"), seconds: 1, wantErrStr: true},
	}
	for _, tc := range tests {
		got, err := AnnualisedGrowth(tc.now, tc.then, tc.seconds)
		if tc.wantErrStr {
			require.ErrorIs(t, err, ErrInvalidInput, tc.name)
			continue
		}
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.want, got.String(), tc.name)
	}
}

func TestExecDepeg(t *testing.T) {
	t.Parallel()
	hundred := bi("100000000000000000000")
	fair := bi("1050000000000000000")
	tests := []struct {
		name     string
		proceeds *big.Int
		qty      *big.Int
		fair     *big.Int
		want     string
		wantErr  bool
	}{
		// 100 tokens at fair 1.05 = 105 ETH; sold for 103.5: 1 − 103.5/105
		// = 0.0142857142857142857… → 14285714285714285.
		{name: "discount", proceeds: bi("103500000000000000000"), qty: hundred, fair: fair, want: "14285714285714285"},
		// Sold for 106: 1 − 106/105 = −0.0095238095238095238… → toward zero.
		{name: "premium", proceeds: bi("106000000000000000000"), qty: hundred, fair: fair, want: "-9523809523809523"},
		{name: "at fair", proceeds: bi("105000000000000000000"), qty: hundred, fair: fair, want: "0"},
		{name: "nothing back", proceeds: bi("0"), qty: hundred, fair: fair, want: "1000000000000000000"},
		{name: "zero quantity", proceeds: bi("1"), qty: bi("0"), fair: fair, wantErr: true},
		{name: "zero fair", proceeds: bi("1"), qty: hundred, fair: bi("0"), wantErr: true},
		{name: "negative proceeds", proceeds: bi("-1"), qty: hundred, fair: fair, wantErr: true},
		{name: "nil", proceeds: nil, qty: hundred, fair: fair, wantErr: true},
	}
	for _, tc := range tests {
		got, err := ExecDepeg(tc.proceeds, tc.qty, tc.fair)
		if tc.wantErr {
			require.ErrorIs(t, err, ErrInvalidInput, tc.name)
			continue
		}
		require.NoError(t, err, tc.name)
		require.Equal(t, tc.want, got.String(), tc.name)
	}
}

// truncRat truncates a rational toward zero.
func truncRat(r *big.Rat) *big.Int { return new(big.Int).Quo(r.Num(), r.Denom()) }

func FuzzGrowthAndExecDepeg(f *testing.F) {
	f.Add(uint64(1.051e18), uint64(1.05e18), uint64(2592000), uint64(10e18))
	f.Add(uint64(0), uint64(1), uint64(1), uint64(1))
	f.Fuzz(func(t *testing.T, a, b, secs, q uint64) {
		A, B := new(big.Int).SetUint64(a), new(big.Int).SetUint64(b)
		g, err := AnnualisedGrowth(A, B, secs)
		if b == 0 || secs == 0 {
			require.ErrorIs(t, err, ErrInvalidInput)
		} else {
			require.NoError(t, err)
			r := new(big.Rat).SetFrac(new(big.Int).Sub(A, B), B)
			r.Mul(r, big.NewRat(SecondsPerYear, 1))
			r.Quo(r, new(big.Rat).SetInt(new(big.Int).SetUint64(secs)))
			r.Mul(r, new(big.Rat).SetInt(wadInt))
			requireBigEq(t, truncRat(r), g)
		}
		Q := new(big.Int).SetUint64(q)
		d, err := ExecDepeg(A, Q, B)
		if q == 0 || b == 0 {
			require.ErrorIs(t, err, ErrInvalidInput)
			return
		}
		require.NoError(t, err)
		// 1 − (A/1e18)/((Q/1e18)·(B/1e18)), in WAD.
		r := new(big.Rat).SetFrac(new(big.Int).Mul(A, wadInt), new(big.Int).Mul(Q, B))
		r.Sub(big.NewRat(1, 1), r)
		r.Mul(r, new(big.Rat).SetInt(wadInt))
		requireBigEq(t, truncRat(r), d)
	})
}
