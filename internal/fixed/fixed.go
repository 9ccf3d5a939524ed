// Package fixed holds exact decimal fixed-point helpers on *big.Int.
//
// A fixed-point number with d decimals is stored as the integer x·10^d. WAD
// values (ratios such as health and depeg) use d = 18, Morpho oracle prices
// use d = 36, and token amounts are plain integers in the token's smallest
// unit. Parsing never rounds: input with more fractional digits than the scale
// holds is rejected.
package fixed

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
)

// WadDecimals is the number of fractional digits of a WAD (1e18 = 1.0).
const WadDecimals = 18

// MaxDecimals bounds the scale accepted by ParseScaled and FormatScaled.
const MaxDecimals = 77

// ErrSyntax is wrapped by every parse error caused by malformed input.
var ErrSyntax = errors.New("invalid number")

// ErrPrecision is wrapped when the input has more fractional digits than the
// scale can represent exactly.
var ErrPrecision = errors.New("too many fractional digits")

// ErrRange is wrapped when a parsed value is outside the accepted range.
var ErrRange = errors.New("out of range")

// maxUint256 is 2^256 - 1, the largest amount ParseAmount accepts.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Pow10 returns a new *big.Int equal to 10^n (n >= 0; negative n yields 1).
func Pow10(n int) *big.Int {
	if n <= 0 {
		return big.NewInt(1)
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// WadOne returns a new *big.Int equal to 1e18, the WAD representation of 1.0.
func WadOne() *big.Int { return Pow10(WadDecimals) }

// ParseWad parses a decimal string such as "1.02", "-0.5", "3" or
// "0.000000000000000001" exactly into a 1e18-scaled integer.
func ParseWad(s string) (*big.Int, error) { return ParseScaled(s, WadDecimals) }

// FormatWad formats a 1e18-scaled integer with exactly 18 fractional digits,
// e.g. "1.020000000000000000". A nil x formats as "<nil>".
func FormatWad(x *big.Int) string { return FormatScaled(x, WadDecimals) }

// quote returns s quoted for an error message, shortened when very long.
func quote(s string) string {
	const limit = 48
	if len(s) > limit {
		return fmt.Sprintf("%q...", s[:limit])
	}
	return fmt.Sprintf("%q", s)
}

// ParseScaled parses a plain decimal string into the integer s·10^decimals.
//
// Accepted syntax: an optional leading '-', one or more ASCII digits, and
// optionally a '.' followed by one or more digits. Signs '+', exponents,
// whitespace, digit separators and hexadecimal are rejected. More than
// decimals fractional digits is an error wrapping ErrPrecision, even when the
// extra digits are zeros. decimals must be in [0, MaxDecimals].
func ParseScaled(s string, decimals int) (*big.Int, error) {
	if decimals < 0 || decimals > MaxDecimals {
		return nil, fmt.Errorf("parse %s: scale %d: %w (want 0..%d)", quote(s), decimals, ErrRange, MaxDecimals)
	}
	if s == "" {
		return nil, fmt.Errorf("parse decimal: empty string: %w", ErrSyntax)
	}
	body := s
	neg := false
	if body[0] == '-' {
		neg = true
		body = body[1:]
	}
	if body == "" {
		return nil, fmt.Errorf("parse %s: %w: no digits", quote(s), ErrSyntax)
	}
	intPart, fracPart, hasDot := strings.Cut(body, ".")
	if intPart == "" {
		return nil, fmt.Errorf("parse %s: %w: missing digits before the decimal point", quote(s), ErrSyntax)
	}
	if hasDot && fracPart == "" {
		return nil, fmt.Errorf("parse %s: %w: missing digits after the decimal point", quote(s), ErrSyntax)
	}
	if err := checkDigits(s, intPart); err != nil {
		return nil, err
	}
	if err := checkDigits(s, fracPart); err != nil {
		return nil, err
	}
	if len(fracPart) > decimals {
		return nil, fmt.Errorf("parse %s: %w: %d given, at most %d allowed", quote(s), ErrPrecision, len(fracPart), decimals)
	}
	digits := intPart + fracPart + strings.Repeat("0", decimals-len(fracPart))
	x, ok := new(big.Int).SetString(digits, 10)
	if !ok { // unreachable: digits holds only ASCII digits
		return nil, fmt.Errorf("parse %s: %w", quote(s), ErrSyntax)
	}
	if neg {
		x.Neg(x)
	}
	return x, nil
}

// checkDigits reports the first non-digit byte of part, naming the whole input.
func checkDigits(s, part string) error {
	for i := 0; i < len(part); i++ {
		c := part[i]
		if c < '0' || c > '9' {
			switch {
			case c == 'e' || c == 'E':
				return fmt.Errorf("parse %s: %w: exponents are not supported", quote(s), ErrSyntax)
			case c == '.':
				return fmt.Errorf("parse %s: %w: more than one decimal point", quote(s), ErrSyntax)
			default:
				return fmt.Errorf("parse %s: %w: unexpected character %q", quote(s), ErrSyntax, rune(c))
			}
		}
	}
	return nil
}

// FormatScaled formats the integer x as a decimal with exactly decimals
// fractional digits: FormatScaled(big.NewInt(-5), 2) == "-0.05". With
// decimals <= 0 it formats x as a plain integer. A nil x formats as "<nil>".
func FormatScaled(x *big.Int, decimals int) string {
	if x == nil {
		return "<nil>"
	}
	if decimals <= 0 {
		return x.String()
	}
	abs := new(big.Int).Abs(x).String()
	if len(abs) <= decimals {
		abs = strings.Repeat("0", decimals-len(abs)+1) + abs
	}
	split := len(abs) - decimals
	var b strings.Builder
	b.Grow(len(abs) + 2)
	if x.Sign() < 0 {
		b.WriteByte('-')
	}
	b.WriteString(abs[:split])
	b.WriteByte('.')
	b.WriteString(abs[split:])
	return b.String()
}

// ParseAmount parses a non-negative base-10 integer such as a token amount in
// its smallest unit ("1000000000"). Signs, decimal points, exponents,
// whitespace, separators and values above 2^256-1 are rejected.
func ParseAmount(s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("parse amount: empty string: %w", ErrSyntax)
	}
	if s[0] == '-' {
		return nil, fmt.Errorf("parse amount %s: %w: must not be negative", quote(s), ErrRange)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			switch {
			case c == '.':
				return nil, fmt.Errorf("parse amount %s: %w: must be a whole number of smallest units (no decimal point)", quote(s), ErrSyntax)
			case c == 'e' || c == 'E':
				return nil, fmt.Errorf("parse amount %s: %w: exponents are not supported", quote(s), ErrSyntax)
			default:
				return nil, fmt.Errorf("parse amount %s: %w: unexpected character %q", quote(s), ErrSyntax, rune(c))
			}
		}
	}
	if len(s) > 100 { // cheap bound before allocating; 2^256 has 78 digits
		return nil, fmt.Errorf("parse amount %s: %w: exceeds 2^256-1", quote(s), ErrRange)
	}
	x, ok := new(big.Int).SetString(s, 10)
	if !ok { // unreachable: s holds only ASCII digits
		return nil, fmt.Errorf("parse amount %s: %w", quote(s), ErrSyntax)
	}
	if x.Cmp(maxUint256) > 0 {
		return nil, fmt.Errorf("parse amount %s: %w: exceeds 2^256-1", quote(s), ErrRange)
	}
	return x, nil
}
