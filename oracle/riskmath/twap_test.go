package riskmath

import (
	"math"
	"math/big"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTWAPTick(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		old, new int64
		window   uint32
		want     int32
		wantErr  error
	}{
		// Δ = 1800·200311 over 1800 s → exactly 200311.
		{name: "exact positive", old: 1_000, new: 1_000 + 1800*200311, window: 1800, want: 200311},
		// Δ = 7, 7/2 = 3.5 → truncates to 3 (toward −∞ is also 3).
		{name: "positive remainder truncates", old: 0, new: 7, window: 2, want: 3},
		// Δ = −7, −7/2 = −3.5: Go truncates to −3, remainder −1 ≠ 0 → −4.
		{name: "negative remainder rounds toward -inf", old: 7, new: 0, window: 2, want: -4},
		// Δ = −8, −8/2 = −4 exactly: no adjustment.
		{name: "negative exact", old: 8, new: 0, window: 2, want: -4},
		// Δ = −1 over 1800 s: 0 in Go, then −1 (OracleLibrary behaviour).
		{name: "tiny negative is -1", old: 1, new: 0, window: 1800, want: -1},
		{name: "max tick", old: 0, new: 887272 * 10, window: 10, want: MaxTick},
		{name: "min tick", old: 0, new: -887272 * 10, window: 10, want: MinTick},
		// Δ = −8872721 over 10: −887272.1 → −887273 < MIN_TICK.
		{name: "below min after rounding", old: 0, new: -8872721, window: 10, wantErr: ErrTickOutOfRange},
		{name: "above max", old: 0, new: 887273, window: 1, wantErr: ErrTickOutOfRange},
		{name: "zero window", old: 0, new: 0, window: 0, wantErr: ErrInvalidInput},
		{name: "overflow", old: math.MinInt64, new: 1, window: 1, wantErr: ErrOverflow},
		{name: "overflow negative", old: math.MaxInt64, new: -2, window: 1, wantErr: ErrOverflow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := TWAPTick(tc.old, tc.new, tc.window)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got)
		})
	}
}

// refTWAPTick is the reference: floor(Δ/window) in math/big.
func refTWAPTick(old, newC int64, window uint32) (*big.Int, bool) {
	if window == 0 {
		return nil, false
	}
	d := new(big.Int).Sub(big.NewInt(newC), big.NewInt(old))
	if !d.IsInt64() {
		return nil, false
	}
	q := new(big.Int).Div(d, big.NewInt(int64(window))) // Euclidean: floor for a positive divisor
	return q, true
}

func FuzzTWAPTick(f *testing.F) {
	f.Add(int64(0), int64(-7), uint32(2))
	f.Add(int64(123456789), int64(123456789+1800*200311), uint32(1800))
	f.Add(int64(math.MinInt64), int64(math.MaxInt64), uint32(1))
	f.Fuzz(func(t *testing.T, old, newC int64, window uint32) {
		got, err := TWAPTick(old, newC, window)
		want, ok := refTWAPTick(old, newC, window)
		if !ok {
			require.Error(t, err)
			return
		}
		if want.Cmp(big.NewInt(MinTick)) < 0 || want.Cmp(big.NewInt(MaxTick)) > 0 {
			require.ErrorIs(t, err, ErrTickOutOfRange)
			return
		}
		require.NoError(t, err)
		require.Equal(t, want.Int64(), int64(got))
	})
}

func TestTickToPriceWad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		tick   int32
		base0  bool
		d0, d1 uint8
		want   string
		// The documented bound allows ⌊v⌋ − 1 on the float path
		// (|n| > 256); these rows pin the exact floor, which the
		// implementation returns for all of them.
		wantErr error
	}{
		// 1.0001^0 = 1 → 1e18.
		{name: "tick 0", tick: 0, base0: true, d0: 18, d1: 18, want: "1000000000000000000"},
		// 1.0001^1·1e18 = 1000100000000000000 exactly.
		{name: "tick 1", tick: 1, base0: true, d0: 18, d1: 18, want: "1000100000000000000"},
		// 1.0001^2 = 1.00020001 → 1000200010000000000 exactly.
		{name: "tick 2", tick: 2, base0: true, d0: 18, d1: 18, want: "1000200010000000000"},
		// 1e18/1.0001 = 1e22/10001 = 999900009999000099.990… → floor.
		{name: "tick -1", tick: -1, base0: true, d0: 18, d1: 18, want: "999900009999000099"},
		// token1 base at tick 1 is the same number as token0 base at −1.
		{name: "tick 1 token1 base", tick: 1, base0: false, d0: 18, d1: 18, want: "999900009999000099"},
		// 1.0001^100 = 1.010049662092876568… (10001^100/10000^100).
		{name: "tick 100", tick: 100, base0: true, d0: 18, d1: 18, want: "1010049662092876568"},
		// Last exact-path exponent and first float-path exponents.
		{name: "tick 256 exact path", tick: 256, base0: true, d0: 18, d1: 18, want: "1025929181087729343"},
		{name: "tick -256 exact path", tick: -256, base0: true, d0: 18, d1: 18, want: "974726149167296094"},
		{name: "tick 257 float path", tick: 257, base0: true, d0: 18, d1: 18, want: "1026031774005838116"},
		{name: "tick -257 float path", tick: -257, base0: true, d0: 18, d1: 18, want: "974628686298666228"},
		// ln 2/ln 1.0001 ≈ 6931.8: 1.0001^6932 ≈ 2.0000363.
		{name: "tick 6932 ~ 2.0", tick: 6932, base0: true, d0: 18, d1: 18, want: "2000036323830947322"},
		{name: "tick -6932 ~ 0.5", tick: -6932, base0: true, d0: 18, d1: 18, want: "499990919207187760"},
		// USDC(6)/WETH(18) pool: ETH in USDC = 1.0001^(−201000)·10^(18−6)
		// = 1866.884072965843437529…
		{name: "usdc-weth token1 base", tick: 201000, base0: false, d0: 6, d1: 18, want: "1866884072965843437529"},
		// 1.0001^887272·1e18 = 3.40256786836388094050805785052946541…e56.
		{name: "max tick", tick: MaxTick, base0: true, d0: 18, d1: 18, want: "340256786836388094050805785052946541066751507546701582068"},
		{name: "min tick token1 base", tick: MinTick, base0: false, d0: 18, d1: 18, want: "340256786836388094050805785052946541066751507546701582068"},
		// 1.0001^−887272·10^36·1e18 = 2938956807585584.9… (·1e-18 ≈ 0.0029).
		{name: "min tick scaled by decimals", tick: MinTick, base0: true, d0: 36, d1: 0, want: "2938956807585584"},
		// 1.0001^−887272·1e18 ≈ 2.9e-21 → 0.
		{name: "min tick rounds to zero", tick: MinTick, base0: true, d0: 18, d1: 18, wantErr: ErrPriceRange},
		{name: "tick above max", tick: MaxTick + 1, base0: true, d0: 18, d1: 18, wantErr: ErrTickOutOfRange},
		{name: "tick below min", tick: MinTick - 1, base0: true, d0: 18, d1: 18, wantErr: ErrTickOutOfRange},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := TickToPriceWad(tc.tick, tc.base0, tc.d0, tc.d1)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got.String())
		})
	}
}

// refTickPrice is price·1e18 at 2048-bit precision: 1.0001^n by plain
// square-and-multiply from 10001/10000 (no shared table), times 10^shift.
func refTickPrice(tick int32, base0 bool, d0, d1 uint8) *big.Float {
	const prec = 2048
	n := int64(tick)
	shift := int64(d0) - int64(d1) + 18
	if !base0 {
		n, shift = -n, -shift+36
	}
	neg := n < 0
	if neg {
		n = -n
	}
	b := new(big.Float).SetPrec(prec).SetRat(big.NewRat(10001, 10000))
	acc := new(big.Float).SetPrec(prec).SetInt64(1)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			acc.Mul(acc, b)
		}
		b.Mul(b, b)
	}
	if neg {
		acc.Quo(new(big.Float).SetPrec(prec).SetInt64(1), acc)
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(max(shift, -shift)), nil)
	pf := new(big.Float).SetPrec(prec).SetInt(p)
	if shift >= 0 {
		return acc.Mul(acc, pf)
	}
	return acc.Quo(acc, pf)
}

// checkTickPrice asserts the documented bound v − 1 − v·2^-314 < got ≤ v
// against a 2048-bit reference v (whose own error is ~2^-2000 relative; the
// upper check allows v·2^-1900 for it).
func checkTickPrice(t *testing.T, tick int32, base0 bool, d0, d1 uint8) {
	t.Helper()
	ref := refTickPrice(tick, base0, d0, d1)
	got, err := TickToPriceWad(tick, base0, d0, d1)
	if ref.Cmp(big.NewFloat(1)) < 0 {
		require.ErrorIs(t, err, ErrPriceRange, "tick %d", tick)
		return
	}
	if err != nil {
		// ref ≥ 1 but the result rounded to 0: only allowed within the
		// bound, i.e. ref < 1 + tiny.
		require.ErrorIs(t, err, ErrPriceRange)
		if ref.Cmp(big.NewFloat(2)) >= 0 {
			t.Fatalf("tick %d: ErrPriceRange with ref %s", tick, ref.Text('g', 30))
		}
		return
	}
	const prec = 2048
	gf := new(big.Float).SetPrec(prec).SetInt(got)
	diff := new(big.Float).SetPrec(prec).Sub(ref, gf) // v − got
	tinyUp := new(big.Float).SetPrec(prec).SetMantExp(ref, -1900)
	if diff.Cmp(new(big.Float).Neg(tinyUp)) < 0 {
		t.Fatalf("rounded up: tick %d base0 %v dec %d/%d got %s ref %s", tick, base0, d0, d1, got, ref.Text('g', 40))
	}
	bound := new(big.Float).SetPrec(prec).SetMantExp(ref, -314)
	bound.Add(bound, big.NewFloat(1))
	if diff.Cmp(bound) >= 0 {
		t.Fatalf("too low: tick %d base0 %v dec %d/%d got %s ref %s", tick, base0, d0, d1, got, ref.Text('g', 40))
	}
}

func TestTickToPriceWadSweep(t *testing.T) {
	t.Parallel()
	for tick := int32(MinTick); tick <= MaxTick; tick += 7919 {
		for _, d := range [][2]uint8{{18, 18}, {6, 18}, {18, 6}, {8, 18}, {0, 36}} {
			checkTickPrice(t, tick, true, d[0], d[1])
			checkTickPrice(t, tick, false, d[0], d[1])
		}
	}
	for tick := int32(-600); tick <= 600; tick++ {
		checkTickPrice(t, tick, true, 18, 18)
		checkTickPrice(t, tick, false, 6, 18)
	}
}

func FuzzTickToPriceWad(f *testing.F) {
	f.Add(int32(0), true, uint8(18), uint8(18))
	f.Add(int32(201000), false, uint8(6), uint8(18))
	f.Add(int32(MaxTick), true, uint8(255), uint8(0))
	f.Add(int32(MinTick), true, uint8(0), uint8(255))
	f.Add(int32(-257), true, uint8(18), uint8(18))
	f.Fuzz(func(t *testing.T, tick int32, base0 bool, d0, d1 uint8) {
		if tick < MinTick || tick > MaxTick {
			_, err := TickToPriceWad(tick, base0, d0, d1)
			require.ErrorIs(t, err, ErrTickOutOfRange)
			return
		}
		checkTickPrice(t, tick, base0, d0, d1)
	})
}

func TestSqrtPriceX96ToPriceWad(t *testing.T) {
	t.Parallel()
	q96 := new(big.Int).Lsh(big.NewInt(1), 96)
	tests := []struct {
		name    string
		sqrtP   *big.Int
		base0   bool
		d0, d1  uint8
		want    string
		wantErr error
	}{
		// sqrtP = 2^96 → (2^96)²/2^192 = 1 → 1e18.
		{name: "price one", sqrtP: q96, base0: true, d0: 18, d1: 18, want: "1000000000000000000"},
		// sqrtP = 2^97 → 4; token1 base → 1/4.
		{name: "price four", sqrtP: new(big.Int).Lsh(q96, 1), base0: true, d0: 18, d1: 18, want: "4000000000000000000"},
		{name: "price quarter", sqrtP: new(big.Int).Lsh(q96, 1), base0: false, d0: 18, d1: 18, want: "250000000000000000"},
		// sqrtP = 2^96·2 with USDC(6)/WETH(18): token0 price = 4·10^(6−18)
		// = 4e-12 → 4e6 wei; token1 = 0.25·1e12 = 2.5e11 → 2.5e29 wei.
		{name: "decimals token0", sqrtP: new(big.Int).Lsh(q96, 1), base0: true, d0: 6, d1: 18, want: "4000000"},
		{name: "decimals token1", sqrtP: new(big.Int).Lsh(q96, 1), base0: false, d0: 6, d1: 18, want: "250000000000000000000000000000"},
		// sqrtP = ⌊√(5e8)·2^96⌋ = 1771595571142957102961017161607260: ETH
		// ≈ 2000 USDC, but the floor of sqrtP puts it a hair above 2000.
		{name: "usdc-weth 2000", sqrtP: bi("1771595571142957102961017161607260"), base0: false, d0: 6, d1: 18, want: "2000000000000000000000"},
		{name: "usdc-weth 2000 inverse", sqrtP: bi("1771595571142957102961017161607260"), base0: true, d0: 6, d1: 18, want: "499999999999999"},
		// TickMath.MIN_SQRT_RATIO: 4295128739²/2^192·1e18 < 1 → error.
		{name: "min sqrt ratio token0 rounds to zero", sqrtP: big.NewInt(4295128739), base0: true, d0: 18, d1: 18, wantErr: ErrPriceRange},
		{name: "min sqrt ratio token1", sqrtP: big.NewInt(4295128739), base0: false, d0: 18, d1: 18, want: "340256786698763678858396856460488307819979090561464864775"},
		{name: "zero", sqrtP: big.NewInt(0), base0: true, d0: 18, d1: 18, wantErr: ErrInvalidInput},
		{name: "negative", sqrtP: big.NewInt(-1), base0: true, d0: 18, d1: 18, wantErr: ErrInvalidInput},
		{name: "nil", sqrtP: nil, base0: true, d0: 18, d1: 18, wantErr: ErrInvalidInput},
		{name: "2^160", sqrtP: new(big.Int).Lsh(big.NewInt(1), 160), base0: true, d0: 18, d1: 18, wantErr: ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := SqrtPriceX96ToPriceWad(tc.sqrtP, tc.base0, tc.d0, tc.d1)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got.String())
		})
	}
}

func FuzzSqrtPriceX96ToPriceWad(f *testing.F) {
	f.Add([]byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, true, uint8(18), uint8(18))
	f.Add([]byte{0xff, 0xff, 0xff}, false, uint8(6), uint8(18))
	f.Fuzz(func(t *testing.T, raw []byte, base0 bool, d0, d1 uint8) {
		sp := new(big.Int).SetBytes(raw)
		got, err := SqrtPriceX96ToPriceWad(sp, base0, d0, d1)
		if sp.Sign() == 0 || sp.BitLen() > 160 {
			require.ErrorIs(t, err, ErrInvalidInput)
			return
		}
		// Reference: exact rational, floored.
		p := new(big.Rat).SetFrac(new(big.Int).Mul(sp, sp), new(big.Int).Lsh(big.NewInt(1), 192))
		p.Mul(p, new(big.Rat).SetFrac(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d0)), nil),
			new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d1)), nil)))
		if !base0 {
			p.Inv(p)
		}
		p.Mul(p, new(big.Rat).SetInt(wadInt))
		want := new(big.Int).Quo(p.Num(), p.Denom())
		if want.Sign() == 0 {
			require.ErrorIs(t, err, ErrPriceRange)
			return
		}
		require.NoError(t, err)
		require.Equal(t, want.String(), got.String())
	})
}
