package riskmath

import (
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestRiskScore(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		in   ScoreInputs
		want uint8
	}{
		{name: "calm", in: ScoreInputs{}, want: 0},
		{name: "premium is 0", in: ScoreInputs{DepegWad: bpsDepeg(-300)}, want: 0},
		// 25 bps: halfway to the 50 bps knot → 10·2500/5000 = 5.
		{name: "25 bps", in: ScoreInputs{DepegWad: bpsDepeg(25)}, want: 5},
		// 175 bps: 20 + (17500−10000)·15/15000 = 27.5 → 27.
		{name: "175 bps", in: ScoreInputs{DepegWad: bpsDepeg(175)}, want: 27},
		{name: "500 bps", in: ScoreInputs{DepegWad: bpsDepeg(500)}, want: 50},
		{name: "80 % depeg saturates", in: ScoreInputs{DepegWad: bpsDepeg(8000)}, want: 50},
		// Exec depeg 300 bps: 10 + (30000−25000)·5/25000 = 11.
		{name: "exec 300 bps", in: ScoreInputs{ExecDepegWad: bpsDepeg(300)}, want: 11},
		// Slash of 1 wei-bps: 15; 100 bps: 15 + 10000·25/20000 = 27.5 → 27.
		{name: "dust slash", in: ScoreInputs{SlashBps: big.NewInt(1)}, want: 15},
		{name: "1 % slash", in: ScoreInputs{SlashBps: new(big.Int).Mul(big.NewInt(100), wadInt)}, want: 27},
		{name: "flags", in: ScoreInputs{Disagree: true, RateStale: true, CapBinding: true}, want: 30},
		{name: "missing market", in: ScoreInputs{MissingMarket: true}, want: 25},
		// ezETH April 2024: 14 % depeg (50) + exec 20 % (20) + disagree
		// (10), no other flag → 80.
		{name: "ezETH-like", in: ScoreInputs{DepegWad: bpsDepeg(1400), ExecDepegWad: bpsDepeg(2000), Disagree: true}, want: 80},
		{name: "everything caps at 100", in: ScoreInputs{
			DepegWad: bpsDepeg(600), ExecDepegWad: bpsDepeg(1500), SlashBps: new(big.Int).Mul(big.NewInt(500), wadInt),
			Disagree: true, RateStale: true, CapBinding: true, MissingMarket: true,
		}, want: 100},
	}
	for _, tc := range tests {
		require.Equal(t, tc.want, RiskScore(tc.in), tc.name)
	}
}

func scoreInputs(depeg, exec, slash int64, flags uint8) ScoreInputs {
	return ScoreInputs{
		DepegWad:      new(big.Int).Mul(big.NewInt(depeg), big.NewInt(1e9)),
		ExecDepegWad:  new(big.Int).Mul(big.NewInt(exec), big.NewInt(1e9)),
		SlashBps:      new(big.Int).Mul(big.NewInt(slash), big.NewInt(1e9)),
		Disagree:      flags&1 != 0,
		RateStale:     flags&2 != 0,
		CapBinding:    flags&4 != 0,
		MissingMarket: flags&8 != 0,
	}
}

func FuzzRiskScoreMonotone(f *testing.F) {
	f.Add(int64(5e6), int64(1e7), int64(0), uint8(0), uint64(1e6), uint64(0), uint64(0), uint8(0))
	f.Add(int64(-1), int64(-1), int64(-1), uint8(15), uint64(1), uint64(1), uint64(1), uint8(1))
	f.Fuzz(func(t *testing.T, depeg, exec, slash int64, flags uint8, dd, de, ds uint64, addFlags uint8) {
		// Inputs are ·1e9 WAD so int64 spans ±9.2e27 WAD (far past saturation).
		base := scoreInputs(depeg, exec, slash, flags)
		s := RiskScore(base)
		require.LessOrEqual(t, s, uint8(100))
		// Raise each input by a non-negative amount and set more flags.
		more := ScoreInputs{
			DepegWad:      new(big.Int).Add(base.DepegWad, new(big.Int).SetUint64(dd)),
			ExecDepegWad:  new(big.Int).Add(base.ExecDepegWad, new(big.Int).SetUint64(de)),
			SlashBps:      new(big.Int).Add(base.SlashBps, new(big.Int).SetUint64(ds)),
			Disagree:      base.Disagree || addFlags&1 != 0,
			RateStale:     base.RateStale || addFlags&2 != 0,
			CapBinding:    base.CapBinding || addFlags&4 != 0,
			MissingMarket: base.MissingMarket || addFlags&8 != 0,
		}
		require.GreaterOrEqual(t, RiskScore(more), s)
		// Depeg alone: more depeg never lowers the score.
		onlyDepeg := base
		onlyDepeg.DepegWad = more.DepegWad
		require.GreaterOrEqual(t, RiskScore(onlyDepeg), s)
	})
}
