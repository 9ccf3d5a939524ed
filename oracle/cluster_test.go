package oracle

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

// clusterPrefix carries a hash tag: every key under it shares one slot.
const clusterPrefix = "lrt:{t}"

// TestClusterPublishAndRead: through a Redis Cluster client, the publisher
// writes a full snapshot and then a delta (records pipelined, the marker in
// one MULTI/EXEC with the staging sets renamed in), and ReadState reads a
// whole snapshot back: its SCAN covers every master, and every key of the
// prefix lives on the tag's one.
func TestClusterPublishAndRead(t *testing.T) {
	t.Parallel()
	c := testenv.StartRedisCluster(t)
	rdb := c.Client(t)
	ctx := context.Background()

	_, err := ReadState(ctx, rdb, clusterPrefix)
	require.ErrorIs(t, err, ErrNoHead)

	updates := rdb.Subscribe(ctx, clusterPrefix+":"+UpdatesChannel)
	t.Cleanup(func() { _ = updates.Close() })
	_, err = updates.Receive(ctx) // the subscription is in place
	require.NoError(t, err)

	pub := NewPublisher(zerolog.Nop(), rdb, clusterPrefix, time.Minute, 10, &countingMetrics{})
	require.NoError(t, pub.Publish(ctx, fullSnapshot(42, alice, bob, carol)))
	require.NoError(t, pub.Publish(ctx, sampleSnapshot(43, alice)))
	// Pub/sub is best effort, the more so across a cluster's bus: wait for
	// the last block's notice.
	rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	for {
		msg, err := updates.ReceiveMessage(rctx)
		require.NoError(t, err)
		if strings.Contains(msg.Payload, `"block":43`) {
			break
		}
	}

	for range 3 { // a SCAN of one random master would miss the keys two times in three
		st, err := ReadState(ctx, rdb, clusterPrefix)
		require.NoError(t, err)
		require.Equal(t, "43", st.Head["block"])
		require.Len(t, st.Assets, 2)
		require.Equal(t, "1.020000000000000000", st.Assets["ezETH"]["fair_value"])
		require.Len(t, st.Markets, 1)
		require.Equal(t, "ezETH/WETH 94.5%", st.Markets[sampleMarketID]["name"])
	}
	closest, err := ReadClosestToLiquidation(ctx, rdb, clusterPrefix, []common.Hash{sampleMarketID}, 10)
	require.NoError(t, err)
	require.Len(t, closest[sampleMarketID], 3)
	rec, err := ReadPosition(ctx, rdb, clusterPrefix, sampleMarketID, bob)
	require.NoError(t, err)
	require.Equal(t, "42", rec["block"])
	require.Equal(t, int64(2), rdb.XLen(ctx, clusterPrefix+":"+StreamKey).Val())

	// Every key is on the master that serves the tag's slot.
	owner := -1
	for i := range c.Addrs {
		keys, err := c.Node(t, i).Keys(ctx, "lrt:*").Result()
		require.NoError(t, err)
		if len(keys) > 0 {
			require.Equal(t, -1, owner, "keys on two masters: %v", keys)
			owner = i
			for _, k := range keys {
				require.True(t, strings.HasPrefix(k, clusterPrefix+":"), k)
			}
		}
	}
	require.NotEqual(t, -1, owner)

	// Without a tag the marker's transaction would span slots: refused.
	err = NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Minute, 10, &countingMetrics{}).Publish(ctx, fullSnapshot(42, alice))
	require.Error(t, err)
	_, err = ReadState(ctx, rdb, "lrt:v1")
	require.ErrorIs(t, err, ErrNoHead, "no marker was written")
}

// TestClusterState: the risk engine's state and the book checkpoints
// through a Redis Cluster client.
func TestClusterState(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedisCluster(t).Client(t)
	ctx := context.Background()
	st := NewRedisState(rdb, clusterPrefix)

	for i, rate := range []int64{100, 101, 102} {
		require.NoError(t, st.AddRateSample(ctx, "ezETH", uint64(1000+i), big.NewInt(rate)))
	}
	at, rate, ok, err := st.RateAtOrBefore(ctx, "ezETH", 1001)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, uint64(1001), at)
	require.Equal(t, big.NewInt(101), rate)

	require.NoError(t, st.SaveCapo(ctx, "ezETH", riskmath.CapoSnapshot{Rate: big.NewInt(7), Time: 9}))
	capo, ok, err := st.LoadCapo(ctx, "ezETH")
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, uint64(9), capo.Time)

	require.NoError(t, st.SaveCheckpoint(ctx, []byte("book")))
	data, ok, err := st.LoadCheckpoint(ctx)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, []byte("book"), data)
	require.NoError(t, st.SaveNamedCheckpoint(ctx, "aave", []byte("pool")))
	data, ok, err = st.LoadNamedCheckpoint(ctx, "aave")
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, []byte("pool"), data)
}
