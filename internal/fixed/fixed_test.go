package fixed

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func bigString(t *testing.T, s string) *big.Int {
	t.Helper()
	x, ok := new(big.Int).SetString(s, 10)
	require.True(t, ok, s)
	return x
}

func TestParseWad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string // integer, base 10
	}{
		{"1.02", "1020000000000000000"},
		{"-0.5", "-500000000000000000"},
		{"3", "3000000000000000000"},
		{"0", "0"},
		{"-0", "0"},
		{"0.0", "0"},
		{"007.10", "7100000000000000000"},
		{"0.000000000000000001", "1"},
		{"-0.000000000000000001", "-1"},
		{"1.000000000000000000", "1000000000000000000"},
		{"123456789012345678901234567890.123456789012345678", "123456789012345678901234567890123456789012345678"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseWad(tt.in)
			require.NoError(t, err)
			require.Equal(t, 0, got.Cmp(bigString(t, tt.want)), "got %s", got)
		})
	}
}

func TestParseWadErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in      string
		target  error
		wantMsg string
	}{
		{"", ErrSyntax, "empty"},
		{"-", ErrSyntax, "no digits"},
		{".5", ErrSyntax, "before the decimal point"},
		{"-.5", ErrSyntax, "before the decimal point"},
		{"1.", ErrSyntax, "after the decimal point"},
		{"1e18", ErrSyntax, "exponents"},
		{"1.5E3", ErrSyntax, "exponents"},
		{"1.2.3", ErrSyntax, "more than one decimal point"},
		{"+1", ErrSyntax, `unexpected character '+'`},
		{" 1", ErrSyntax, `unexpected character ' '`},
		{"1 ", ErrSyntax, `unexpected character ' '`},
		{"1_000", ErrSyntax, `unexpected character '_'`},
		{"0x10", ErrSyntax, `unexpected character 'x'`},
		{"--1", ErrSyntax, `unexpected character '-'`},
		{"abc", ErrSyntax, `unexpected character 'a'`},
		{"NaN", ErrSyntax, `unexpected character 'N'`},
		{"١", ErrSyntax, "unexpected character"}, // non-ASCII digit
		{"0.0000000000000000001", ErrPrecision, "19 given, at most 18"},
		{"1.0000000000000000000", ErrPrecision, "19 given"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			got, err := ParseWad(tt.in)
			require.Nil(t, got)
			require.Error(t, err)
			require.ErrorIs(t, err, tt.target)
			require.Contains(t, err.Error(), tt.wantMsg)
			require.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestParseScaled(t *testing.T) {
	t.Parallel()
	x, err := ParseScaled("1.5", 0)
	require.ErrorIs(t, err, ErrPrecision)
	require.Nil(t, x)

	x, err = ParseScaled("42", 0)
	require.NoError(t, err)
	require.Equal(t, "42", x.String())

	x, err = ParseScaled("0.12345678", 8)
	require.NoError(t, err)
	require.Equal(t, "12345678", x.String())

	x, err = ParseScaled("2", 36)
	require.NoError(t, err)
	require.Equal(t, 0, x.Cmp(new(big.Int).Mul(big.NewInt(2), Pow10(36))))

	_, err = ParseScaled("1", -1)
	require.ErrorIs(t, err, ErrRange)
	_, err = ParseScaled("1", MaxDecimals+1)
	require.ErrorIs(t, err, ErrRange)

	long := strings.Repeat("9", 200)
	_, err = ParseScaled(long+"x", 18)
	require.ErrorIs(t, err, ErrSyntax)
	require.Less(t, len(err.Error()), 200, "long input is shortened in the message")
}

func TestFormatWad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want string
	}{
		{"1020000000000000000", "1.020000000000000000"},
		{"-500000000000000000", "-0.500000000000000000"},
		{"0", "0.000000000000000000"},
		{"1", "0.000000000000000001"},
		{"-1", "-0.000000000000000001"},
		{"1000000000000000000", "1.000000000000000000"},
		{"-12345678901234567890", "-12.345678901234567890"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			t.Parallel()
			require.Equal(t, tt.want, FormatWad(bigString(t, tt.in)))
		})
	}
	require.Equal(t, "<nil>", FormatWad(nil))
}

func TestFormatScaled(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		decimals int
		want     string
	}{
		{"123456789", 8, "1.23456789"},
		{"5", 8, "0.00000005"},
		{"-5", 2, "-0.05"},
		{"0", 8, "0.00000000"},
		{"42", 0, "42"},
		{"-42", -3, "-42"},
		{"1000000000000000000000000000000000000", 36, "1.000000000000000000000000000000000000"},
		{"2500000000000000000000000000000000000000", 36, "2500.000000000000000000000000000000000000"},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, FormatScaled(bigString(t, tt.in), tt.decimals), "%s/%d", tt.in, tt.decimals)
	}
	require.Equal(t, "<nil>", FormatScaled(nil, 8))
}

func TestFormatDoesNotMutate(t *testing.T) {
	t.Parallel()
	x := big.NewInt(-7)
	_ = FormatWad(x)
	require.Equal(t, int64(-7), x.Int64())
}

func TestParseAmount(t *testing.T) {
	t.Parallel()
	good := map[string]string{
		"0":          "0",
		"000":        "0",
		"1000000000": "1000000000",
		"115792089237316195423570985008687907853269984665640564039457584007913129639935": "115792089237316195423570985008687907853269984665640564039457584007913129639935",
	}
	for in, want := range good {
		got, err := ParseAmount(in)
		require.NoError(t, err, in)
		require.Equal(t, want, got.String())
	}
	bad := []struct {
		in      string
		target  error
		wantMsg string
	}{
		{"", ErrSyntax, "empty"},
		{"-1", ErrRange, "negative"},
		{"1.5", ErrSyntax, "no decimal point"},
		{"1e9", ErrSyntax, "exponents"},
		{"+1", ErrSyntax, "unexpected character '+'"},
		{"0x10", ErrSyntax, "unexpected character 'x'"},
		{"1 000", ErrSyntax, "unexpected character ' '"},
		{"12abc", ErrSyntax, "unexpected character 'a'"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936", ErrRange, "exceeds 2^256-1"},
		{strings.Repeat("1", 1000), ErrRange, "exceeds 2^256-1"},
	}
	for _, tt := range bad {
		got, err := ParseAmount(tt.in)
		require.Nil(t, got, tt.in)
		require.ErrorIs(t, err, tt.target, tt.in)
		require.Contains(t, err.Error(), tt.wantMsg, tt.in)
	}
}

func TestPow10(t *testing.T) {
	t.Parallel()
	require.Equal(t, "1", Pow10(0).String())
	require.Equal(t, "1", Pow10(-3).String())
	require.Equal(t, "1000000000000000000", WadOne().String())
	a, b := WadOne(), WadOne()
	a.SetInt64(5)
	require.Equal(t, "1000000000000000000", b.String(), "WadOne returns fresh values")
}

func TestErrorsAreDistinct(t *testing.T) {
	t.Parallel()
	require.False(t, errors.Is(ErrSyntax, ErrPrecision))
	require.False(t, errors.Is(ErrRange, ErrSyntax))
}

// FuzzWadRoundTrip checks that FormatWad and ParseWad are exact inverses, and
// that any string ParseWad accepts formats back to an equal value.
func FuzzWadRoundTrip(f *testing.F) {
	for _, s := range []string{"0", "1", "-1", "1020000000000000000", "-500000000000000000", "123456789012345678901234567890"} {
		f.Add(s, "1.02")
	}
	f.Add("7", "-0.000000000000000001")
	f.Add("7", "garbage")
	f.Add("7", "1e18")
	f.Fuzz(func(t *testing.T, intText, decText string) {
		// Integer -> string -> integer.
		if x, ok := new(big.Int).SetString(intText, 10); ok {
			s := FormatWad(x)
			y, err := ParseWad(s)
			if err != nil {
				t.Fatalf("ParseWad(FormatWad(%s)) = %q: %v", x, s, err)
			}
			if x.Cmp(y) != 0 {
				t.Fatalf("round trip %s -> %q -> %s", x, s, y)
			}
		}
		// String -> integer -> string -> integer.
		if x, err := ParseWad(decText); err == nil {
			s := FormatWad(x)
			y, err := ParseWad(s)
			if err != nil {
				t.Fatalf("ParseWad(%q) = %s but ParseWad(%q) failed: %v", decText, x, s, err)
			}
			if x.Cmp(y) != 0 {
				t.Fatalf("round trip %q -> %s -> %q -> %s", decText, x, s, y)
			}
			if strings.ContainsAny(decText, "eE+ _x") {
				t.Fatalf("ParseWad accepted %q", decText)
			}
		}
	})
}
