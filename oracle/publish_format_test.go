package oracle

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

// FuzzAppendDecimal checks the arena formatters against math/big and
// fixed.FormatWad for any integer of up to 40 bytes, either sign.
func FuzzAppendDecimal(f *testing.F) {
	for _, seed := range [][]byte{
		{}, {1}, {0xff}, {0x0d, 0xe0, 0xb6, 0xb3, 0xa7, 0x64, 0x00, 0x00}, // 1e18
		{0x8a, 0xc7, 0x23, 0x04, 0x89, 0xe8, 0x00, 0x00}, // 1e19
		{0x01, 0, 0, 0, 0, 0, 0, 0, 0},                   // 2^64
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}, // 2^128 − 1
	} {
		f.Add(seed, false)
		f.Add(seed, true)
	}
	w := &positionWriter{}
	f.Fuzz(func(t *testing.T, b []byte, neg bool) {
		if len(b) > 40 {
			b = b[:40]
		}
		x := new(big.Int).SetBytes(b)
		if neg {
			x.Neg(x)
		}
		require.Equal(t, x.String(), string(appendInt([]byte("k:"), x)[2:]))
		require.Equal(t, fixed.FormatWad(x), string(w.appendWad([]byte("k:"), x)[2:]))
	})
}

// TestLiqScoreBoundsTheExactPrice: the score is never below the exact
// price in tokens and above it by less than 12·2^-53, for prices of any
// size and the token decimals markets use.
func TestLiqScoreBoundsTheExactPrice(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	decimals := []uint8{0, 6, 8, 18, 24, 36}
	bound := new(big.Rat).SetFloat64(12 * math.Pow(2, -53))
	maxUint256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	check := func(raw *big.Int, cd, ld uint8) {
		exact := exactLiqPrice(raw, cd, ld)
		score := liqScore(raw, newLiqScale(cd, ld))
		require.False(t, math.IsInf(score, 0) || math.IsNaN(score))
		s := new(big.Rat).SetFloat64(score)
		require.GreaterOrEqual(t, s.Cmp(exact), 0, "raw %s, decimals %d/%d: score %g below the price", raw, cd, ld, score)
		if exact.Sign() == 0 {
			require.Less(t, score, 1e-300)
			return
		}
		over := new(big.Rat).Sub(s, exact)
		over.Quo(over, exact)
		require.Negative(t, over.Cmp(bound), "raw %s, decimals %d/%d: score %g too far above", raw, cd, ld, score)
	}
	for _, raw := range []*big.Int{
		big.NewInt(0), big.NewInt(1), big.NewInt(999), new(big.Int).Lsh(big.NewInt(1), 64),
		bi("971428571428571428571428571428571428"), bi("1000000000000000000000000000000000000"), maxUint256,
	} {
		for _, cd := range decimals {
			for _, ld := range decimals {
				check(raw, cd, ld)
			}
		}
	}
	for range 20_000 {
		buf := make([]byte, 32)
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		raw := new(big.Int).SetBytes(buf)
		raw.Rsh(raw, uint(rng.IntN(256))) // any bit length
		check(raw, decimals[rng.IntN(len(decimals))], decimals[rng.IntN(len(decimals))])
	}
}
