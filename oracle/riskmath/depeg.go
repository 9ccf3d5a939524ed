package riskmath

import (
	"fmt"
	"math/big"
	"slices"
	"time"
)

// DepegState is one asset's depeg tracking state after an update.
type DepegState struct {
	// EMA is the time-weighted exponential moving average of the depeg
	// (signed WAD); nil before the first sample.
	EMA *big.Int
	// Last is the last depeg sample (signed WAD); nil before the first.
	Last *big.Int
	// UpdatedAt is the time of the last accepted sample.
	UpdatedAt uint64
	// PersistSeconds is the continuous time since the depeg entered the
	// first band; 0 while Band is 0 (i.e. after the depeg fell below
	// band1 − hysteresis, or before it ever reached band1).
	PersistSeconds uint64
	// Band is 0 below the first band, k when in band k (entered at
	// depeg ≥ bands[k−1] and not yet left by falling below
	// bands[k−1] − hysteresis).
	Band int
}

// BandChange is one alert-band boundary crossed by an update.
type BandChange struct {
	From, To     int
	ThresholdBps uint64 // the threshold of the boundary crossed
	Up           bool
}

// DepegTracker follows one asset's depeg over block timestamps: an EMA with
// a half-life, alert bands with hysteresis and the persistence above the
// first band. It is not safe for concurrent use.
type DepegTracker struct {
	halfLifeDen *big.Int // half-life in ns · 1e9
	bands       []uint64
	hyst        uint64
	upWad       []*big.Int // bands[i] bps as a WAD ratio
	downWad     []*big.Int // (bands[i] − hysteresis) bps as a WAD ratio

	started bool
	last    uint64
	ema     *big.Int
	lastX   *big.Int
	band    int
	since   uint64 // when Band last rose from 0
}

// NewDepegTracker builds a tracker. halfLife (> 0) is the EMA half-life:
// after it has elapsed an old value keeps half its weight (τ = halfLife/ln 2).
// bandsBps are the alert thresholds in bps, strictly increasing, each in
// (0, 10000]; hysteresisBps must be below the first band. Errors wrap
// ErrInvalidInput.
func NewDepegTracker(halfLife time.Duration, bandsBps []uint64, hysteresisBps uint64) (*DepegTracker, error) {
	if halfLife <= 0 {
		return nil, fmt.Errorf("%w: EMA half-life %s, want > 0", ErrInvalidInput, halfLife)
	}
	if len(bandsBps) == 0 {
		return nil, fmt.Errorf("%w: no depeg bands", ErrInvalidInput)
	}
	for i, b := range bandsBps {
		if b == 0 || b > 10_000 {
			return nil, fmt.Errorf("%w: depeg band %d bps not in (0, 10000]", ErrInvalidInput, b)
		}
		if i > 0 && b <= bandsBps[i-1] {
			return nil, fmt.Errorf("%w: depeg bands not strictly increasing at %d bps", ErrInvalidInput, b)
		}
	}
	if hysteresisBps >= bandsBps[0] {
		return nil, fmt.Errorf("%w: hysteresis %d bps must be below the first band %d bps", ErrInvalidInput, hysteresisBps, bandsBps[0])
	}
	t := &DepegTracker{
		halfLifeDen: new(big.Int).Mul(big.NewInt(int64(halfLife)), big.NewInt(1e9)),
		bands:       slices.Clone(bandsBps),
		hyst:        hysteresisBps,
	}
	for _, b := range bandsBps {
		up := new(big.Int).SetUint64(b)
		t.upWad = append(t.upWad, up.Mul(up, oneBpsWad))
		down := new(big.Int).SetUint64(b - hysteresisBps)
		t.downWad = append(t.downWad, down.Mul(down, oneBpsWad))
	}
	return t, nil
}

// decay returns the weight 2^(−dt/halfLife) = e^(−dt·ln2/halfLife) as a WAD,
// with the exponent rounded down (weight at most a wei generous to the old
// EMA).
func (t *DepegTracker) decay(dt uint64) *big.Int {
	if dt == 0 {
		return new(big.Int).Set(wadInt)
	}
	// x·1e18 = dt·1e9/halfLifeNs·ln2·1e18 = dt·ln2x36/(halfLifeNs·1e9).
	x := new(big.Int).SetUint64(dt)
	x.Mul(x, ln2x36)
	x.Quo(x, t.halfLifeDen)
	return expNegWad(x)
}

// State returns the current state without updating it.
func (t *DepegTracker) State() DepegState {
	s := DepegState{UpdatedAt: t.last, Band: t.band}
	if t.started {
		s.EMA = new(big.Int).Set(t.ema)
		s.Last = new(big.Int).Set(t.lastX)
	}
	if t.band > 0 && t.last >= t.since {
		s.PersistSeconds = t.last - t.since
	}
	return s
}

// Update feeds the depeg (signed WAD, positive = market below fair) seen at
// block time now and returns the new state and the band boundaries crossed,
// in crossing order (nil when none).
//
//   - depeg nil (price unknown): nothing changes.
//   - now earlier than the last accepted sample (reorg, out-of-order read):
//     the sample is ignored and nothing changes.
//   - EMA: the first sample sets it; then ema = x + (ema − x)·w with
//     w = 2^(−Δt/halfLife) from ExpNegWad, the product truncated toward
//     zero. Δt = 0 (a second sample in the same block) gives w = 1: the EMA
//     keeps its value, while Last, the bands and persistence follow the new
//     sample.
//   - Bands use the instantaneous depeg, with a premium (negative depeg)
//     counted as 0. The band rises to the highest k with depeg ≥ bands[k−1]
//     (one BandChange per boundary, ascending); otherwise it falls while
//     depeg < bands[band−1] − hysteresis (one BandChange per boundary,
//     descending). PersistSeconds restarts when the band rises from 0.
func (t *DepegTracker) Update(now uint64, depegWad *big.Int) (DepegState, []BandChange) {
	if depegWad == nil || (t.started && now < t.last) {
		return t.State(), nil
	}
	x := new(big.Int).Set(depegWad)
	if !t.started {
		t.started = true
		t.ema = new(big.Int).Set(x)
	} else {
		w := t.decay(now - t.last)
		diff := new(big.Int).Sub(t.ema, x)
		diff.Mul(diff, w)
		diff.Quo(diff, wadInt)
		t.ema = diff.Add(diff, x)
	}
	t.last = now
	t.lastX = x

	d := x
	if d.Sign() < 0 {
		d = new(big.Int)
	}
	var changes []BandChange
	target := t.band
	for target < len(t.bands) && d.Cmp(t.upWad[target]) >= 0 {
		target++
	}
	if target > t.band {
		if t.band == 0 {
			t.since = now
		}
		for k := t.band + 1; k <= target; k++ {
			changes = append(changes, BandChange{From: k - 1, To: k, ThresholdBps: t.bands[k-1], Up: true})
		}
	} else {
		for target > 0 && d.Cmp(t.downWad[target-1]) < 0 {
			changes = append(changes, BandChange{From: target, To: target - 1, ThresholdBps: t.bands[target-1]})
			target--
		}
	}
	t.band = target
	return t.State(), changes
}
