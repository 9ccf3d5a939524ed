package config

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

// Wad is a WAD fixed-point ratio (1e18 = 1.0). In YAML it is a decimal
// scalar such as "1.02", parsed exactly with fixed.ParseWad. The zero value
// is unset.
type Wad struct {
	v *big.Int
}

// NewWad returns a Wad holding a copy of x (1e18-scaled). A nil x gives an
// unset Wad.
func NewWad(x *big.Int) Wad {
	if x == nil {
		return Wad{}
	}
	return Wad{v: new(big.Int).Set(x)}
}

// ParseWad parses a decimal string such as "1.02" into a Wad.
func ParseWad(s string) (Wad, error) {
	x, err := fixed.ParseWad(s)
	if err != nil {
		return Wad{}, err
	}
	return Wad{v: x}, nil
}

// IsSet reports whether w holds a value.
func (w Wad) IsSet() bool { return w.v != nil }

// Big returns a copy of the 1e18-scaled integer, or nil when unset.
func (w Wad) Big() *big.Int {
	if w.v == nil {
		return nil
	}
	return new(big.Int).Set(w.v)
}

// String formats w with 18 fractional digits, or "<nil>" when unset.
func (w Wad) String() string { return fixed.FormatWad(w.v) }

// MarshalText implements encoding.TextMarshaler.
func (w Wad) MarshalText() ([]byte, error) {
	if w.v == nil {
		return nil, nil
	}
	return []byte(w.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (w *Wad) UnmarshalText(text []byte) error {
	x, err := fixed.ParseWad(string(text))
	if err != nil {
		return fmt.Errorf("invalid decimal: %w", err)
	}
	w.v = x
	return nil
}

// Amount is a non-negative integer amount in a token's smallest unit (or
// wei). In YAML it is a base-10 integer, quoted or not. The zero value is
// unset.
type Amount struct {
	v *big.Int
}

// NewAmount returns an Amount holding a copy of x. A nil x gives an unset
// Amount.
func NewAmount(x *big.Int) Amount {
	if x == nil {
		return Amount{}
	}
	return Amount{v: new(big.Int).Set(x)}
}

// ParseAmount parses a base-10 non-negative integer string into an Amount.
func ParseAmount(s string) (Amount, error) {
	x, err := fixed.ParseAmount(s)
	if err != nil {
		return Amount{}, err
	}
	return Amount{v: x}, nil
}

// IsSet reports whether a holds a value.
func (a Amount) IsSet() bool { return a.v != nil }

// Big returns a copy of the integer, or nil when unset.
func (a Amount) Big() *big.Int {
	if a.v == nil {
		return nil
	}
	return new(big.Int).Set(a.v)
}

// String formats a in base 10, or "<nil>" when unset.
func (a Amount) String() string {
	if a.v == nil {
		return "<nil>"
	}
	return a.v.String()
}

// MarshalText implements encoding.TextMarshaler.
func (a Amount) MarshalText() ([]byte, error) {
	if a.v == nil {
		return nil, nil
	}
	return []byte(a.v.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Amount) UnmarshalText(text []byte) error {
	x, err := fixed.ParseAmount(string(text))
	if err != nil {
		return fmt.Errorf("invalid amount: %w", err)
	}
	a.v = x
	return nil
}

// mustWad parses a constant decimal; it is only used for defaults.
func mustWad(s string) Wad {
	w, err := ParseWad(s)
	if err != nil {
		panic(err)
	}
	return w
}

// mustAmount parses a constant integer; it is only used for defaults.
func mustAmount(s string) Amount {
	a, err := ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return a
}

// quoteShort quotes a non-secret value for an error message, shortened when
// long.
func quoteShort(s string) string {
	const limit = 80
	if len(s) > limit {
		return fmt.Sprintf("%q...", s[:limit])
	}
	return fmt.Sprintf("%q", s)
}

// isHex reports whether s is non-empty and only hex digits.
func isHex(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}

// validateAddress checks the text of an address: "0x" and 40 hex digits. A
// mixed-case address must carry a valid EIP-55 checksum, which catches typos.
func validateAddress(s string) error {
	body, ok := strings.CutPrefix(s, "0x")
	if !ok {
		body, ok = strings.CutPrefix(s, "0X")
	}
	if !ok || len(body) != 2*common.AddressLength || !isHex(body) {
		return fmt.Errorf("invalid address %s: want 0x followed by 40 hex digits", quoteShort(s))
	}
	if strings.ToLower(body) != body && strings.ToUpper(body) != body {
		want := common.HexToAddress(body).Hex()
		if want[2:] != body {
			return fmt.Errorf("invalid address %s: bad EIP-55 checksum (want %s, or write it in one case)", s, want)
		}
	}
	return nil
}

// validateHash checks the text of a 32-byte hash: "0x" and 64 hex digits.
func validateHash(s string) error {
	body, ok := strings.CutPrefix(s, "0x")
	if !ok {
		body, ok = strings.CutPrefix(s, "0X")
	}
	if !ok || len(body) != 2*common.HashLength || !isHex(body) {
		return fmt.Errorf("invalid id %s: want 0x followed by 64 hex digits", quoteShort(s))
	}
	return nil
}
