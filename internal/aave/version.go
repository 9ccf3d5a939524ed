package aave

import (
	"fmt"
	"strings"
)

// Version selects the rounding rules of an Aave v3 deployment. The rules
// changed twice in ways that move a health factor by a wei or more:
//
//   - v3.4 replaced the compounded-interest approximation (Δt·(Δt−1) terms
//     became the Taylor series of x = rate·Δt/year);
//   - v3.5 rounds every balance in the protocol's favour (TokenMath: aToken
//     balances down, debt up, in scaled amounts and in base currency) and
//     computes the health factor from the raw weighted sum.
//
// v3.4's health factor and balance rounding are not confirmed from its
// source, so it is not offered.
type Version uint8

const (
	// V3_3 is Aave v3.3.
	V3_3 Version = 33
	// V3_5 is Aave v3.5 and v3.6.
	V3_5 Version = 35
)

// ParseVersion reads "3.3" or "3.5" (also "v3.5", and "3.6", which rounds
// as 3.5). Earlier versions are refused: v3.0–v3.2 had other liquidation
// rules (no dust rule, no deficit, a close factor on the reserve's debt)
// and v3.0–v3.1 another e-mode.
func ParseVersion(s string) (Version, error) {
	switch strings.TrimPrefix(strings.TrimSpace(s), "v") {
	case "3.3":
		return V3_3, nil
	case "3.5", "3.6":
		return V3_5, nil
	}
	return 0, fmt.Errorf("aave version %q is not supported: use 3.3, 3.5 or 3.6", s)
}

func (v Version) String() string {
	switch v {
	case V3_3:
		return "3.3"
	case V3_5:
		return "3.5"
	}
	return fmt.Sprintf("Version(%d)", uint8(v))
}

// tokenMath reports the v3.5 directional rounding of balances.
func (v Version) tokenMath() bool { return v >= V3_5 }

// taylorInterest reports the v3.4+ compounded-interest formula.
func (v Version) taylorInterest() bool { return v >= V3_5 }
