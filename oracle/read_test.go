package oracle

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// TestReadStateIsOneBlock: ReadState returns the head and the hashes of
// its block only, under its own prefix even when the prefix holds glob
// characters, and ErrNoHead when nothing is published.
func TestReadStateIsOneBlock(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	const prefix = "lrt[x]:v1"

	_, err := ReadState(ctx, rdb, prefix)
	require.ErrorIs(t, err, ErrNoHead)

	// Another daemon's data that an unescaped "lrt[x]:v1:*" would match.
	other := NewPublisher(zerolog.Nop(), rdb, "lrtx:v1", time.Minute, 10, &countingMetrics{})
	require.NoError(t, other.Publish(ctx, fullSnapshot(7, alice)))
	_, err = ReadState(ctx, rdb, prefix)
	require.ErrorIs(t, err, ErrNoHead)

	pub := NewPublisher(zerolog.Nop(), rdb, prefix, time.Minute, 10, &countingMetrics{})
	require.NoError(t, pub.Publish(ctx, fullSnapshot(42, alice)))
	// Hashes left from an older block: no longer published.
	stale := common.HexToHash("0x5ca1e")
	require.NoError(t, rdb.HSet(ctx, prefix+":market:"+stale.Hex(), "block", "41", "name", "old").Err())
	require.NoError(t, rdb.HSet(ctx, prefix+":asset:rsETH", "block", "41").Err())

	st, err := ReadState(ctx, rdb, prefix+":")
	require.NoError(t, err)
	require.Equal(t, "42", st.Head["block"])
	require.Equal(t, "1", st.Head["full"])
	require.Len(t, st.Assets, 2)
	require.Equal(t, "1.020000000000000000", st.Assets["ezETH"]["fair_value"])
	require.Equal(t, "degraded", st.Assets["weETH"]["status"])
	require.Len(t, st.Markets, 1)
	require.Equal(t, "ezETH/WETH 94.5%", st.Markets[sampleMarketID]["name"])
}

// TestReadClosestToLiquidation: per market, the n highest liquidation
// prices first, with their records; a member whose record is gone is left
// out, and a market without a set has none.
func TestReadClosestToLiquidation(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 10, &countingMetrics{})
	dave := common.HexToAddress("0xda5e")
	snap := fullSnapshot(42, alice, bob, carol, dave)
	ps := snap.Markets[0].Positions
	ps[0].LiquidationPrice = bi("990000000000000000000000000000000000")  // alice
	ps[1].LiquidationPrice = bi("1030000000000000000000000000000000000") // bob
	ps[2].LiquidationPrice = bi("900000000000000000000000000000000000")  // carol
	ps[3].LiquidationPrice = bi("1000000000000000000000000000000000000") // dave
	require.NoError(t, pub.Publish(ctx, snap))
	// dave closes between the two reads: his record goes first.
	require.NoError(t, rdb.HDel(ctx, "lrt:v1:positions:"+sampleMarketID.Hex(), strings.ToLower(dave.Hex())).Err())

	none := common.HexToHash("0x404")
	got, err := ReadClosestToLiquidation(ctx, rdb, "lrt:v1", []common.Hash{sampleMarketID, none}, 3)
	require.NoError(t, err)
	require.Empty(t, got[none])
	top := got[sampleMarketID]
	require.Len(t, top, 2, "bob, (dave gone), alice")
	require.Equal(t, strings.ToLower(bob.Hex()), top[0].Borrower)
	require.Equal(t, strings.ToLower(alice.Hex()), top[1].Borrower)
	for _, p := range top {
		require.Equal(t, sampleMarketID, p.Market)
		require.Equal(t, "42", p.Record["block"])
		require.Equal(t, "90000000000000000001", p.Record["borrow_assets"])
	}
	require.Equal(t, "1030000000000000000000000000000000000", top[0].Record["liquidation_price"])
	require.InEpsilon(t, 1.03, top[0].Score, 1e-14)

	got, err = ReadClosestToLiquidation(ctx, rdb, "lrt:v1", []common.Hash{sampleMarketID}, 0)
	require.NoError(t, err)
	require.Empty(t, got)
}
