package oracle

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
)

// layerWrites flattens a batch's layers to "borrower@block" writes and
// "-borrower@block" deletes.
func layerWrites(b *batch) []string {
	var out []string
	for _, l := range b.layers {
		for _, p := range l.positions {
			out = append(out, p.Borrower.Hex()+"@"+l.meta.block)
		}
		for _, c := range l.closed {
			out = append(out, "-"+c.Hex()+"@"+l.meta.block)
		}
	}
	return out
}

func TestSupersedeCarriesUnwrittenChanges(t *testing.T) {
	t.Parallel()
	dave := common.HexToAddress("0xda7e")
	s1 := sampleSnapshot(1, alice, bob)
	s1.Markets[0].Closed = []common.Address{dave}
	s2 := sampleSnapshot(2, carol)
	s3 := sampleSnapshot(3, alice)
	s3.Markets[0].Closed = []common.Address{bob}

	b := supersede(supersede(supersede(nil, s1), s2), s3)
	require.Same(t, s3, b.snap)
	require.False(t, b.full)
	require.ElementsMatch(t, []string{
		alice.Hex() + "@3", "-" + bob.Hex() + "@3", // s3's own
		carol.Hex() + "@2",      // s2's change, with its block
		"-" + dave.Hex() + "@1", // s1's close
	}, layerWrites(b), "alice@1 and bob@1 are superseded by block 3")

	// A position closed, then opened again, is written.
	s4 := sampleSnapshot(4, bob)
	require.Contains(t, layerWrites(supersede(b, s4)), bob.Hex()+"@4")
	require.NotContains(t, layerWrites(supersede(b, s4)), "-"+bob.Hex()+"@3")
}

func TestSupersedeKeepsFullness(t *testing.T) {
	t.Parallel()
	full := fullSnapshot(1, alice, bob, carol)
	b := supersede(supersede(nil, full), sampleSnapshot(2, alice))
	require.True(t, b.full, "the full snapshot's records ride along: the write still covers every position")
	require.EqualValues(t, 1, b.fullBlock)
	require.True(t, b.rebuild[sampleMarketID])
	require.ElementsMatch(t, []string{alice.Hex() + "@2", bob.Hex() + "@1", carol.Hex() + "@1"}, layerWrites(b))

	// A newer full snapshot drops the older records of the markets it
	// lists whole: what it leaves out is no longer tracked.
	b = supersede(b, fullSnapshot(3, bob))
	require.EqualValues(t, 3, b.fullBlock)
	require.Equal(t, []string{bob.Hex() + "@3"}, layerWrites(b))

	// Unless its read of the market failed: then it lists nothing of it,
	// and the older full write's records stay.
	broken := fullSnapshot(4)
	broken.Markets[0].Err = errTest
	b = supersede(b, broken)
	require.Equal(t, []string{bob.Hex() + "@3"}, layerWrites(b))
	require.True(t, b.full)
	require.EqualValues(t, 3, b.fullBlock)
	require.True(t, b.rebuild[sampleMarketID])

	// On its own, such a snapshot is no full write: the next must be.
	alone := supersede(nil, broken)
	require.False(t, alone.full)
	require.False(t, alone.rebuild[sampleMarketID], "the set is not rebuilt from an incomplete list")
}

var errTest = errors.New("test: market unreadable")
