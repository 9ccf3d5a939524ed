package main

import (
	"context"
	"math/big"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

type switchLeader struct{ on atomic.Bool }

func (s *switchLeader) IsLeader() bool { return s.on.Load() }

// A follower reads the leader's state and writes none of its own; once it
// leads, it writes.
func TestLeaderStateWritesOnlyWhileLeading(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedis(t).Client(t)
	ctx := context.Background()
	leader := oracle.NewRedisState(rdb, "lrt:t")
	l := &switchLeader{}
	follower := leaderState{RedisState: oracle.NewRedisState(rdb, "lrt:t"), l: l}

	snap := riskmath.CapoSnapshot{Rate: big.NewInt(1_020), Time: 100}
	require.NoError(t, leader.SaveCapo(ctx, "ezETH", snap))
	require.NoError(t, leader.SaveCheckpoint(ctx, []byte("leader's book at 200")))
	require.NoError(t, leader.SaveNamedCheckpoint(ctx, "aave:pool", []byte("leader's pool at 200")))
	require.NoError(t, leader.AddRateSample(ctx, "ezETH", 100, big.NewInt(1_020)))

	// The follower lags: its writes would put older state over the leader's.
	require.NoError(t, follower.SaveCapo(ctx, "ezETH", riskmath.CapoSnapshot{Rate: big.NewInt(1_010), Time: 50}))
	require.NoError(t, follower.SaveCheckpoint(ctx, []byte("follower's book at 150")))
	require.NoError(t, follower.SaveNamedCheckpoint(ctx, "aave:pool", []byte("follower's pool at 150")))
	require.NoError(t, follower.AddRateSample(ctx, "ezETH", 150, big.NewInt(1_015)))

	got, ok, err := follower.LoadCapo(ctx, "ezETH")
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, snap.Time, got.Time, "the leader's snapshot stands")
	book, _, err := follower.LoadCheckpoint(ctx)
	require.NoError(t, err)
	require.Equal(t, "leader's book at 200", string(book))
	pool, _, err := follower.LoadNamedCheckpoint(ctx, "aave:pool")
	require.NoError(t, err)
	require.Equal(t, "leader's pool at 200", string(pool))
	at, _, ok, err := follower.RateAtOrBefore(ctx, "ezETH", 1_000)
	require.NoError(t, err)
	require.True(t, ok)
	require.Equal(t, uint64(100), at, "no sample of the follower's")

	l.on.Store(true) // it takes the lease
	require.NoError(t, follower.SaveCheckpoint(ctx, []byte("new leader's book at 300")))
	require.NoError(t, follower.AddRateSample(ctx, "ezETH", 300, big.NewInt(1_030)))
	book, _, err = leader.LoadCheckpoint(ctx)
	require.NoError(t, err)
	require.Equal(t, "new leader's book at 300", string(book))
	at, _, _, err = leader.RateAtOrBefore(ctx, "ezETH", 1_000)
	require.NoError(t, err)
	require.Equal(t, uint64(300), at)
}
