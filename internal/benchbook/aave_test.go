package benchbook

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// TestMeasureAaveSmall: the Aave measurement fills every field, and its
// ticks (each checked against a full scan inside MeasureAave) find 1 to
// ~100 users among loops of every market and the multi-asset users. Not
// parallel: it measures the heap.
func TestMeasureAaveSmall(t *testing.T) {
	r, b, err := MeasureAave(5_000, 40, 100, 1)
	require.NoError(t, err)
	require.Equal(t, 5_000, r.Positions)
	require.Equal(t, 100, r.TickMaxCrossings)
	require.Positive(t, r.TickP50us)
	require.GreaterOrEqual(t, r.TickP99us, r.TickP50us)
	require.Positive(t, r.NaiveTickP50us)
	require.Positive(t, r.FullRescanMs)
	require.Positive(t, r.IndexBuildMs)
	require.Positive(t, r.BytesPerPosition)
	t.Logf("%+v", r)

	tr := b.Tracker
	require.Equal(t, 5_000, tr.Users())
	require.Equal(t, 5, tr.Complex())
	require.Equal(t, 5_000-5, tr.Loops())
	// ezETH/WETH, ezETH/WETH in e-mode and ezETH/USDC.
	require.Len(t, tr.LoopMarkets(), 3)
	require.Len(t, b.Thresholds, 5_000)

	// Back at the starting price nobody is liquidatable; at a price below
	// every threshold everybody is, and the index agrees with the scan.
	b.SetPrice(&b.Price)
	got, err := b.Tick()
	require.NoError(t, err)
	require.Empty(t, got)
	b.SetPrice(b.TickPrice(len(b.Thresholds)))
	got, err = b.Tick()
	require.NoError(t, err)
	full, err := b.FullRescan()
	require.NoError(t, err)
	require.Equal(t, full, got)
	require.Len(t, got, 5_000)
}

// TestAaveSnapshotShapes: the Redis snapshot holds every user once, in a
// loop market per pair and e-mode or in the multi-asset market, as the
// keeper's Aave lane publishes them.
func TestAaveSnapshotShapes(t *testing.T) {
	t.Parallel()
	b, err := NewAave(3_000, 2)
	require.NoError(t, err)
	snap, err := b.Snapshot(1)
	require.NoError(t, err)
	require.True(t, snap.Full)
	require.Len(t, snap.Markets, 4)
	seen := map[common.Address]bool{}
	names := map[string]int{}
	for _, m := range snap.Markets {
		require.Equal(t, strategies.ProtocolAave, m.Protocol)
		require.Len(t, m.Positions, m.PositionCount)
		names[m.Name] = m.PositionCount
		for _, p := range m.Positions {
			require.False(t, seen[p.Borrower], "%s twice", p.Borrower)
			seen[p.Borrower] = true
			require.True(t, p.HasDebt)
			require.Positive(t, p.Health.Cmp(big.NewInt(1e18)), "healthy at the starting price")
		}
		if m.Name == "bench multi-asset" {
			require.Nil(t, m.LLTV)
			require.Nil(t, m.OraclePrice)
			continue
		}
		require.NotNil(t, m.LLTV)
		require.NotNil(t, m.OraclePrice)
		for _, p := range m.Positions {
			require.NotNil(t, p.LiquidationPrice)
			// Liquidatable just below its liquidation price: it is below
			// the oracle price by about the health factor.
			require.Negative(t, p.LiquidationPrice.Cmp(m.OraclePrice))
		}
	}
	require.Len(t, seen, 3_000)
	require.Equal(t, 3, names["bench multi-asset"])
	require.Contains(t, names, "bench ezETH/WETH e-mode 1")
	require.Contains(t, names, "bench ezETH/USDC")
	require.Contains(t, names, "bench ezETH/WETH")
}

// TestMeasureAaveRPC: a keeper following devnet's Aave pool through its
// lane costs three requests a block, whatever the pool holds; re-reading
// every user would cost a batch per chain.MaxBatch users more.
func TestMeasureAaveRPC(t *testing.T) {
	t.Parallel()
	r, err := MeasureAaveRPC(t.Context(), 24, 3)
	require.NoError(t, err)
	require.Equal(t, 24, r.Positions)
	require.Positive(t, r.StartupCalls)
	require.LessOrEqual(t, r.PerBlock, 3.0, "%s", r)
	require.Positive(t, r.PerBlock)
	require.Equal(t, 3, r.OldEngineCall)
	require.Equal(t, 252, AaveNaiveRPCPerBlock(100_000))
	t.Log(r)
}

// BenchmarkAaveTick100k: an ezETH price change to its liquidatable set
// (≤ 100 users) through the tracker's index and by a full scan of every
// user's account data, on a pool of 100,000 users (0.1 % multi-asset).
func BenchmarkAaveTick100k(b *testing.B) {
	ab, err := NewAave(100_000, 1)
	require.NoError(b, err)
	b.Run("index", func(b *testing.B) {
		i := 0
		for b.Loop() {
			ab.SetPrice(ab.TickPrice(i % 100))
			if _, err := ab.Tracker.Liquidatable(ab.State); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
	b.Run("full_scan", func(b *testing.B) {
		i := 0
		for b.Loop() {
			ab.SetPrice(ab.TickPrice(i % 100))
			if _, err := ab.NaiveTick(); err != nil {
				b.Fatal(err)
			}
			i++
		}
	})
}
