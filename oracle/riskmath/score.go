package riskmath

import "math/big"

// ScoreInputs are the per-asset signals combined by RiskScore. nil numbers
// count as 0.
type ScoreInputs struct {
	// DepegWad is the market depeg 1 − market/fair (signed WAD); a premium
	// counts as 0.
	DepegWad *big.Int
	// Disagree is the market sources' disagreement flag.
	Disagree bool
	// SlashBps is the largest slash in the last window (bps WAD).
	SlashBps *big.Int
	// RateStale is the fair rate's staleness flag.
	RateStale bool
	// CapBinding is true when the CAPO cap binds.
	CapBinding bool
	// ExecDepegWad is the executable depeg at the largest size (signed WAD).
	ExecDepegWad *big.Int
	// MissingMarket is true when no market price could be aggregated.
	MissingMarket bool
}

// knot is a point (x in 1e-6 units, i.e. centi-bps, y in points) of a
// piecewise-linear curve.
type knot struct{ x, y uint64 }

// Score curves; x in centi-bps (1 bps = 100).
var (
	depegCurve = []knot{{0, 0}, {5_000, 10}, {10_000, 20}, {25_000, 35}, {50_000, 50}}
	execCurve  = []knot{{0, 0}, {10_000, 5}, {25_000, 10}, {50_000, 15}, {100_000, 20}}
	slashCurve = []knot{{0, 15}, {20_000, 40}}
)

// Flag weights of RiskScore, in points.
const (
	scoreDisagree = 10
	scoreStale    = 10
	scoreCap      = 10
	scoreMissing  = 25
	scoreMax      = 100
)

// centiBps converts a WAD ratio to whole 1e-6 units (centi-bps), rounded
// down, clamped to [0, limit].
func centiBps(wadRatio *big.Int, limit uint64) uint64 {
	if wadRatio == nil || wadRatio.Sign() <= 0 {
		return 0
	}
	v := new(big.Int).Quo(wadRatio, big.NewInt(1e12))
	if !v.IsUint64() || v.Uint64() > limit {
		return limit
	}
	return v.Uint64()
}

// curve evaluates a non-decreasing piecewise-linear curve at x, rounded
// down; beyond the last knot it stays at the last value.
func curve(k []knot, x uint64) uint64 {
	for i := 1; i < len(k); i++ {
		if x <= k[i].x {
			return k[i-1].y + (x-k[i-1].x)*(k[i].y-k[i-1].y)/(k[i].x-k[i-1].x)
		}
	}
	return k[len(k)-1].y
}

// RiskScore combines an asset's signals into a 0–100 score, higher = riskier.
// With d, e, s in bps (d = max(DepegWad, 0)·1e4, e = max(ExecDepegWad, 0)·1e4,
// s = SlashBps/1e18, each taken down to 0.01 bps), the score is
//
//	min(100, D(d) + E(e) + S(s) + 10·Disagree + 10·RateStale
//	         + 10·CapBinding + 25·MissingMarket)
//
// where each curve is piecewise linear between the knots (bps → points),
// rounded down, and flat after the last knot:
//
//	D: 0→0, 50→10, 100→20, 250→35, 500→50 (the 0.5/1/2.5/5 % alert bands)
//	E: 0→0, 100→5, 250→10, 500→15, 1000→20
//	S: 0 when s = 0; otherwise 15 at 0+ rising to 40 at 200 bps
//
// Every term is non-decreasing in its input, so the score is monotone: a
// larger depeg, slash or executable depeg, or a raised flag, never lowers it.
func RiskScore(in ScoreInputs) uint8 {
	score := curve(depegCurve, centiBps(in.DepegWad, depegCurve[len(depegCurve)-1].x))
	score += curve(execCurve, centiBps(in.ExecDepegWad, execCurve[len(execCurve)-1].x))
	if in.SlashBps != nil && in.SlashBps.Sign() > 0 {
		// SlashBps is bps·1e18; centi-bps = SlashBps/1e16, i.e. the
		// ratio SlashBps/1e4 through centiBps.
		ratio := new(big.Int).Quo(in.SlashBps, bpsInt)
		score += curve(slashCurve, centiBps(ratio, slashCurve[len(slashCurve)-1].x))
	}
	if in.Disagree {
		score += scoreDisagree
	}
	if in.RateStale {
		score += scoreStale
	}
	if in.CapBinding {
		score += scoreCap
	}
	if in.MissingMarket {
		score += scoreMissing
	}
	return uint8(min(score, scoreMax))
}
