package riskmath

import (
	"fmt"
	"math/big"
)

// CapoSnapshot is the reference point of a CAPO-style growth cap: the rate
// (WAD) observed at Time (unix seconds). A nil Rate means no snapshot yet.
type CapoSnapshot struct {
	Rate *big.Int
	Time uint64
}

// maxRate is snap.Rate + ⌊snap.Rate·g·(now − snap.Time) / (365 d·1e18)⌋.
func maxRate(snap CapoSnapshot, g *big.Int, now uint64) *big.Int {
	grow := new(big.Int).Mul(snap.Rate, g)
	grow.Mul(grow, new(big.Int).SetUint64(now-snap.Time))
	grow.Quo(grow, yearWad)
	return grow.Add(grow, snap.Rate)
}

func checkCapo(snap CapoSnapshot, g *big.Int, now uint64) error {
	switch {
	case snap.Rate == nil || snap.Rate.Sign() <= 0:
		return fmt.Errorf("%w: CAPO snapshot rate %v, want > 0", ErrInvalidInput, snap.Rate)
	case g == nil || g.Sign() < 0:
		return fmt.Errorf("%w: max yearly growth %v, want ≥ 0", ErrInvalidInput, g)
	case now < snap.Time:
		return fmt.Errorf("%w: now %d before CAPO snapshot at %d", ErrTimeReversed, now, snap.Time)
	}
	return nil
}

// CapRate applies an Aave-CAPO-style linear growth cap to rate:
//
//	maxRate = snap.Rate + snap.Rate·g·(now − snap.Time) / (365 d·1e18)
//
// with the growth term rounded down (the cap never exceeds the linear
// line), capped = min(rate, maxRate) and binding = rate > maxRate.
// maxYearlyGrowth g is a WAD (0.0875e18 = 8.75 %/year). The cap gives no
// downside protection: a rate below the snapshot passes through.
//
// Errors (ErrInvalidInput): rate nil or negative, snapshot rate nil or ≤ 0,
// g nil or negative; now before snap.Time is ErrTimeReversed.
func CapRate(rate *big.Int, snap CapoSnapshot, maxYearlyGrowth *big.Int, now uint64) (capped, maxR *big.Int, binding bool, err error) {
	if rate == nil || rate.Sign() < 0 {
		return nil, nil, false, fmt.Errorf("%w: rate %v, want ≥ 0", ErrInvalidInput, rate)
	}
	if err := checkCapo(snap, maxYearlyGrowth, now); err != nil {
		return nil, nil, false, err
	}
	maxR = maxRate(snap, maxYearlyGrowth, now)
	if rate.Cmp(maxR) > 0 {
		return new(big.Int).Set(maxR), maxR, true, nil
	}
	return new(big.Int).Set(rate), maxR, false, nil
}

// NextSnapshot is the automatic snapshot policy. Without a snapshot (nil
// Rate) it takes (rate, now). Once now − cur.Time ≥ interval it takes
// (min(rate, maxRate at now), now): a new snapshot is never above the
// current cap, so a manipulated spike cannot ratchet the cap up, while a
// fall (slash) lowers it. Otherwise cur is returned unchanged. The bool
// reports whether a new snapshot was taken.
//
// Errors: rate nil or ≤ 0, g nil or negative, a stored snapshot with a
// non-positive rate (ErrInvalidInput); now before cur.Time
// (ErrTimeReversed).
func NextSnapshot(cur CapoSnapshot, rate *big.Int, now, interval uint64, maxYearlyGrowth *big.Int) (CapoSnapshot, bool, error) {
	if rate == nil || rate.Sign() <= 0 {
		return cur, false, fmt.Errorf("%w: rate %v, want > 0", ErrInvalidInput, rate)
	}
	if maxYearlyGrowth == nil || maxYearlyGrowth.Sign() < 0 {
		return cur, false, fmt.Errorf("%w: max yearly growth %v, want ≥ 0", ErrInvalidInput, maxYearlyGrowth)
	}
	if cur.Rate == nil {
		return CapoSnapshot{Rate: new(big.Int).Set(rate), Time: now}, true, nil
	}
	if err := checkCapo(cur, maxYearlyGrowth, now); err != nil {
		return cur, false, err
	}
	if now-cur.Time < interval {
		return cur, false, nil
	}
	next := maxRate(cur, maxYearlyGrowth, now)
	if rate.Cmp(next) < 0 {
		next.Set(rate)
	}
	return CapoSnapshot{Rate: next, Time: now}, true, nil
}
