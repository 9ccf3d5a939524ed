package oracle

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSyntheticSnapshotIsDeterministic(t *testing.T) {
	t.Parallel()
	a, b := SyntheticSnapshot(1_001, 7), SyntheticSnapshot(1_001, 7)
	require.Equal(t, a, b)
	require.NotEqual(t, a.Markets[0].Positions[0], SyntheticSnapshot(1_001, 8).Markets[0].Positions[0])
	require.True(t, a.Full)

	total, debt := 0, 0
	seen := map[string]bool{}
	for _, m := range a.Markets {
		require.Equal(t, len(m.Positions), m.PositionCount)
		require.NotEmpty(t, m.Stress)
		total += len(m.Positions)
		for _, p := range m.Positions {
			require.False(t, seen[m.ID.Hex()+p.Borrower.Hex()], "borrowers are distinct")
			seen[m.ID.Hex()+p.Borrower.Hex()] = true
			if p.HasDebt {
				debt++
				require.NotNil(t, p.LiquidationPrice)
				require.Positive(t, p.Health.Sign())
			}
		}
	}
	require.Equal(t, 1_001, total)
	require.Greater(t, debt, 900)
	require.Len(t, a.Assets, len(a.Markets))
}
