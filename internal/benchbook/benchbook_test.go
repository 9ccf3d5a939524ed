package benchbook

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestMeasureSmall(t *testing.T) {
	r, b, err := Measure(20_000, 50, 100, 1)
	require.NoError(t, err)
	require.Equal(t, 20_000, r.Positions)
	require.Positive(t, r.TickP50us)
	require.Positive(t, r.NaiveTickP50us)
	require.Positive(t, r.BytesPerPosition)
	require.Greater(t, len(b.LiqPrices), 19_000)
	t.Logf("%+v", r)
}

func benchTick(b *testing.B, n int) {
	sb, err := New(n, 1)
	require.NoError(b, err)
	b.Run("index", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := sb.Tick(sb.TickPrice(i % 100)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("full_scan", func(b *testing.B) {
		i := 0
		for b.Loop() {
			if _, err := sb.NaiveTick(sb.TickPrice(i % 100)); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}

// BenchmarkTick: a price change to its liquidatable set (≤ 100 positions)
// through the index and by a full scan, on books of 10k and 1M positions.
func BenchmarkTick10k(b *testing.B) { benchTick(b, 10_000) }
func BenchmarkTick1M(b *testing.B)  { benchTick(b, 1_000_000) }

// BenchmarkFullRescan1M: exact health of every position of a 1M book.
func BenchmarkFullRescan1M(b *testing.B) {
	sb, err := New(1_000_000, 1)
	require.NoError(b, err)
	for b.Loop() {
		if err := sb.FullRescan(sb.Price); err != nil {
			b.Fatal(err)
		}
	}
}
