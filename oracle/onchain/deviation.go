package onchain

import "math/big"

// RiskScoreStep is the smallest move of a risk score, in points, that is
// published before the heartbeat.
const RiskScoreStep = 5

var (
	bpsDenominator = big.NewInt(10_000)
	wad            = big.NewInt(1_000_000_000_000_000_000)
)

// Deviates reports whether next has moved far enough from last, the value
// last published for the same (updateType, market), to be published before
// the heartbeat expires. All arithmetic is exact integer arithmetic.
//
//   - TypeRiskAdjustedPrice (a WAD price) is relative:
//     |next − last|·1e4 ≥ deviationBps·|last|.
//   - TypeDepegBps (bps × 1e18) is absolute: |next − last| ≥ deviationBps·1e18.
//     A depeg sits near zero, where a relative threshold means nothing.
//   - TypeRiskScore (0–100 points) is absolute: |next − last| ≥ RiskScoreStep.
//   - Any other type deviates on every change.
//
// Equal values never deviate, so deviationBps 0 means "publish every change".
// A nil last (nothing known) deviates; a nil next does not.
func Deviates(updateType string, last, next *big.Int, deviationBps uint64) bool {
	if next == nil {
		return false
	}
	if last == nil {
		return true
	}
	if last.Cmp(next) == 0 {
		return false
	}
	diff := new(big.Int).Sub(next, last)
	diff.Abs(diff)
	bps := new(big.Int).SetUint64(deviationBps)
	switch updateType {
	case TypeRiskAdjustedPrice:
		lhs := diff.Mul(diff, bpsDenominator)
		rhs := bps.Mul(bps, new(big.Int).Abs(last))
		return lhs.Cmp(rhs) >= 0
	case TypeDepegBps:
		return diff.Cmp(bps.Mul(bps, wad)) >= 0
	case TypeRiskScore:
		return diff.Cmp(big.NewInt(RiskScoreStep)) >= 0
	default:
		return true
	}
}
