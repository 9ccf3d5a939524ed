package testenv_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// TestRedisCluster: three masters share the slots; keys spread over them,
// a hash tag keeps keys on one slot for a MULTI/EXEC, and keys of two slots
// in one transaction are refused.
func TestRedisCluster(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	c := testenv.StartRedisCluster(t)
	require.Len(t, c.Addrs, 3)

	opts, err := redis.ParseClusterURL(c.URL())
	require.NoError(t, err)
	require.Equal(t, c.Addrs, opts.Addrs, "the URL names every master")

	rdb := c.Client(t)
	shards, err := rdb.ClusterShards(ctx).Result()
	require.NoError(t, err)
	require.Len(t, shards, 3)
	var slots int64
	for _, s := range shards {
		for _, r := range s.Slots {
			slots += r.End - r.Start + 1
		}
	}
	require.Equal(t, int64(16384), slots, "every slot is served")

	for i := range 30 {
		require.NoError(t, rdb.Set(ctx, fmt.Sprintf("k%d", i), i, 0).Err())
	}
	holding := 0
	for i := range c.Addrs {
		n, err := c.Node(t, i).DBSize(ctx).Result()
		require.NoError(t, err)
		if n > 0 {
			holding++
		}
	}
	require.Equal(t, 3, holding, "keys spread over every master")

	_, err = rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "lrt:{t}:a", "1", 0)
		p.Set(ctx, "lrt:{t}:b", "2", 0)
		return nil
	})
	require.NoError(t, err, "one hash tag, one slot")
	require.Equal(t, "2", rdb.Get(ctx, "lrt:{t}:b").Val())
	_, err = rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, "lrt:a", "1", 0)
		p.Set(ctx, "lrt:b", "2", 0)
		return nil
	})
	require.ErrorIs(t, err, redis.ErrCrossSlot)
}
