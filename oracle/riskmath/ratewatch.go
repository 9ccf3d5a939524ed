package riskmath

import (
	"fmt"
	"math/big"
	"time"
)

// RateEvent is what a RateWatch update saw.
type RateEvent struct {
	// Slash is true when the rate fell below the previous reading.
	Slash bool
	// SlashBps is the fall relative to the previous rate,
	// (prev − rate)·1e4·1e18/prev, rounded UP so a slash is never
	// understated; nil without a slash.
	SlashBps *big.Int
	// Stale is true while the rate has not changed for longer than the
	// expected cadence.
	Stale bool
	// Age is the number of seconds since the rate last changed (0 when now
	// is before that time).
	Age uint64
	// LastChange is the time of the last change (or of the first reading).
	LastChange uint64
}

// RateWatch follows one asset's fair rate for slashes (any decrease) and
// staleness (no change for longer than the expected cadence). It is not
// safe for concurrent use.
type RateWatch struct {
	cadenceSec uint64 // ⌊cadence/1s⌋: stale iff age > cadenceSec
	rate       *big.Int
	lastChange uint64
}

// NewRateWatch builds a watch; expectedCadence (> 0) is the longest normal
// gap between rate changes, e.g. 24h for rsETH. Errors wrap ErrInvalidInput.
func NewRateWatch(expectedCadence time.Duration) (*RateWatch, error) {
	if expectedCadence <= 0 {
		return nil, fmt.Errorf("%w: rate cadence %s, want > 0", ErrInvalidInput, expectedCadence)
	}
	return &RateWatch{cadenceSec: uint64(expectedCadence / time.Second)}, nil
}

// Update feeds the fair rate (WAD) read at block time now. The first reading
// sets the baseline. A lower rate is a slash; any change resets the age. A
// rate unchanged for more than the cadence (age·1s > cadence) is Stale, and
// stays stale until it changes. A nil or negative rate (no reading) changes
// nothing: the event reports the age and staleness at now. A zero rate is a
// reading (a 100 % slash).
func (w *RateWatch) Update(now uint64, rate *big.Int) RateEvent {
	var ev RateEvent
	switch {
	case rate == nil || rate.Sign() < 0:
		if w.rate == nil {
			return ev
		}
	case w.rate == nil:
		w.rate = new(big.Int).Set(rate)
		w.lastChange = now
	default:
		switch rate.Cmp(w.rate) {
		case -1:
			// prev > rate ≥ 0, so prev > 0.
			fall := new(big.Int).Sub(w.rate, rate)
			fall.Mul(fall, wadBps)
			fall.Add(fall, w.rate)
			fall.Sub(fall, one)
			ev.Slash, ev.SlashBps = true, fall.Quo(fall, w.rate)
			fallthrough
		case 1:
			w.rate = new(big.Int).Set(rate)
			w.lastChange = now
		}
	}
	ev.LastChange = w.lastChange
	if now > w.lastChange {
		ev.Age = now - w.lastChange
	}
	ev.Stale = ev.Age > w.cadenceSec
	return ev
}

// Rate returns a copy of the last rate (nil before the first reading).
func (w *RateWatch) Rate() *big.Int {
	if w.rate == nil {
		return nil
	}
	return new(big.Int).Set(w.rate)
}
