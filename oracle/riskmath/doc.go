// Package riskmath holds the pure integer math behind the risk oracle:
// Uniswap v3 TWAP ticks and prices, the median of market-price sources, the
// CAPO linear growth cap, an integer e^(−x), the depeg tracker (EMA, alert
// bands with hysteresis, persistence), the fair-rate watch (slashes and
// staleness), growth and executable depeg, and the 0–100 risk score.
//
// Conventions: prices, rates and ratios are *big.Int WAD values (1e18 = 1.0);
// "bps WAD" values are basis points scaled by 1e18 (0.0523 → 523e18). Each
// function states its rounding direction. No published number goes through
// float64; big.Float appears only inside TickToPriceWad, with directed
// rounding so that the bound it states is rigorous. Arguments are never
// modified and returned pointers are freshly allocated. Invalid input gives
// an error wrapping one of the sentinel errors below, never a panic. Times
// are block timestamps in unix seconds.
//
// The stateful types (DepegTracker, RateWatch) hold one asset's state and are
// not safe for concurrent use.
package riskmath

import (
	"errors"
	"math/big"
)

// Sentinel errors; test with errors.Is.
var (
	// ErrInvalidInput is a nil, negative, zero or otherwise out-of-domain
	// argument.
	ErrInvalidInput = errors.New("riskmath: invalid input")
	// ErrTickOutOfRange is a Uniswap v3 tick outside [MinTick, MaxTick].
	ErrTickOutOfRange = errors.New("riskmath: tick out of range")
	// ErrOverflow is an int64 overflow of a tick-cumulative difference.
	ErrOverflow = errors.New("riskmath: overflow")
	// ErrPriceRange is a price that rounds to zero at WAD precision.
	ErrPriceRange = errors.New("riskmath: price rounds to zero")
	// ErrNoQuorum means fewer market-price sources were healthy than the
	// quorum requires.
	ErrNoQuorum = errors.New("riskmath: no quorum of healthy sources")
	// ErrTimeReversed is a time earlier than the reference it is measured
	// from (e.g. now before the CAPO snapshot).
	ErrTimeReversed = errors.New("riskmath: time before reference time")
)

// Constants shared by the package.
const (
	// SecondsPerYear is the 365-day year used by CAPO and growth figures.
	SecondsPerYear = 365 * 24 * 60 * 60
)

var (
	one     = big.NewInt(1)
	wadInt  = big.NewInt(1e18)
	bpsInt  = big.NewInt(10_000)
	yearWad = new(big.Int).Mul(big.NewInt(SecondsPerYear), wadInt)
	// oneBpsWad is one basis point as a WAD ratio (1e-4 → 1e14).
	oneBpsWad = big.NewInt(1e14)
	// wadBps scales a WAD ratio to WAD-scaled bps: 1e4·1e18.
	wadBps = new(big.Int).Mul(bpsInt, wadInt)
)

// pow10Cache holds 10^0 … 10^maxPow10, enough for 18 + 255 decimals.
const maxPow10 = 18 + 255

var pow10Cache = func() [maxPow10 + 1]*big.Int {
	var t [maxPow10 + 1]*big.Int
	t[0] = big.NewInt(1)
	ten := big.NewInt(10)
	for i := 1; i <= maxPow10; i++ {
		t[i] = new(big.Int).Mul(t[i-1], ten)
	}
	return t
}()

// pow10 returns the shared 10^n for 0 ≤ n ≤ maxPow10 (read-only!).
func pow10(n int) *big.Int { return pow10Cache[n] }
