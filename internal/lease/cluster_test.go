package lease

import (
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

func TestHashTag(t *testing.T) {
	t.Parallel()
	for prefix, want := range map[string]string{
		"lrt:v1":        "",
		"lrt:{eth-a}":   "eth-a",
		"{eth-a}":       "eth-a",
		"{eth}:lrt:v1":  "eth",
		"lrt:{eth:a}:2": "eth:a",
	} {
		got, err := HashTag(prefix)
		require.NoError(t, err, prefix)
		require.Equal(t, want, got, prefix)
	}
	for prefix, want := range map[string]string{
		"lrt:{eth":      "must hold one hash tag {tag} and no other brace",
		"lrt:eth}":      "must hold one hash tag {tag} and no other brace",
		"lrt:}eth{":     "must hold one hash tag {tag} and no other brace",
		"lrt:{e{th}":    "must hold one hash tag {tag} and no other brace",
		"{lrt}:{eth-a}": "must hold one hash tag {tag} and no other brace",
		"lrt:{}":        "must not hold an empty hash tag {}",
	} {
		_, err := HashTag(prefix)
		require.ErrorContains(t, err, want, prefix)
		require.ErrorContains(t, err, prefix, "the error quotes the prefix")
	}
}

// TestClusterKeySlots asks a real Redis Cluster where the keys hash. Under
// an untagged prefix the lease's {shard} puts both its keys in the shard's
// slot; under a tagged prefix the prefix's tag, the first {...}, wins for
// the lease's keys too, so they share the slot of every other key of the
// prefix (the publisher's marker, the journal, the claim).
func TestClusterKeySlots(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedisCluster(t).Client(t)
	ctx := t.Context()
	slot := func(key string) int64 {
		t.Helper()
		s, err := rdb.ClusterKeySlot(ctx, key).Result()
		require.NoError(t, err)
		return s
	}

	plain := Config{Prefix: "lrt:v1", Shard: "mainnet", TTL: testTTL}
	require.Equal(t, slot("mainnet"), slot(plain.Key()))
	require.Equal(t, slot("mainnet"), slot(plain.FenceKey()))
	require.NotEqual(t, slot(plain.ClaimKey()), slot(plain.Key()), "untagged, the prefix's other keys go elsewhere")

	tagged := Config{Prefix: "lrt:{eth-a}", Shard: "mainnet", TTL: testTTL}
	require.Equal(t, "lrt:{eth-a}:{mainnet}:lease", tagged.Key())
	want := slot("eth-a")
	require.NotEqual(t, slot("mainnet"), want, "the test tells the two tags apart")
	for _, k := range []string{
		tagged.Key(), tagged.FenceKey(), tagged.ClaimKey(),
		"lrt:{eth-a}:head", "lrt:{eth-a}:stream", "lrt:{eth-a}:tx:pending", "lrt:{eth-a}:book:checkpoint",
	} {
		require.Equal(t, want, slot(k), k)
	}
}

// TestClusterElection: two instances elect one leader through a Redis
// Cluster client, and the fencing check (two keys, one script) refuses a
// stale leader whose term another instance took, and a deposed one.
func TestClusterElection(t *testing.T) {
	t.Parallel()
	c := testenv.StartRedisCluster(t)
	rdb := c.Client(t)
	ctx := t.Context()
	cfg := func(instance string, ttl time.Duration) Config {
		return Config{Prefix: "lrt:{t}", Shard: "mainnet", Instance: instance, TTL: ttl}
	}

	// a's renewals are far apart: it cannot notice the loss by itself.
	a := newInstanceOn(t, c.Client(t), cfg("a", 30*time.Second)).start(t)
	require.Eventually(t, a.IsLeader, 5*time.Second, 5*time.Millisecond)
	require.NoError(t, a.Check(ctx))
	b := newInstanceOn(t, c.Client(t), cfg("b", testTTL)).start(t)
	stopWatch := watchLeaders(t, a, b)
	until := time.Now().Add(testTTL + testTTL/3)
	for time.Now().Before(until) {
		require.Equal(t, []*instance{a}, leaders(a, b), "one leader")
		require.ErrorIs(t, b.Check(ctx), ErrNotLeader)
		time.Sleep(20 * time.Millisecond)
	}
	stopWatch()
	require.Equal(t, "a:1", rdb.Get(ctx, cfg("", testTTL).Key()).Val())

	// The key vanishes under a; b takes the lease with the next token.
	require.NoError(t, rdb.Del(ctx, cfg("", testTTL).Key()).Err())
	require.Eventually(t, b.IsLeader, testTTL/3+slack, 5*time.Millisecond)
	require.Equal(t, uint64(2), b.token(t))
	require.True(t, a.IsLeader(), "a has not noticed yet")
	err := a.Check(ctx)
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorContains(t, err, ReasonTaken)
	require.NoError(t, b.Check(ctx))

	// An operator bumps the fence counter: b's next check fails.
	require.NoError(t, rdb.Incr(ctx, cfg("", testTTL).FenceKey()).Err())
	err = b.Check(ctx)
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorContains(t, err, ReasonFenced)
	require.NoError(t, b.Stop(ctx))
}

// TestClaimPrefix: the first shard claims a prefix, its restarts confirm
// the claim, a second shard is refused with what to do; another prefix, or
// the claim deleted, lets it start. On one server and on a cluster.
func TestClaimPrefix(t *testing.T) {
	t.Parallel()
	clients := map[string]func(t *testing.T) redis.UniversalClient{
		"server":  func(t *testing.T) redis.UniversalClient { return testenv.StartRedis(t).Client(t) },
		"cluster": func(t *testing.T) redis.UniversalClient { return testenv.StartRedisCluster(t).Client(t) },
	}
	for name, client := range clients {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			rdb := client(t)
			ctx := t.Context()
			a := Config{Prefix: "lrt:{eth}", Shard: "eth-a", Instance: "a", TTL: testTTL}
			require.NoError(t, ClaimPrefix(ctx, rdb, a))
			require.Equal(t, "eth-a", rdb.Get(ctx, "lrt:{eth}:shard").Val())
			require.Equal(t, time.Duration(-1), rdb.TTL(ctx, a.ClaimKey()).Val(), "the claim does not expire")
			a.Instance = "a2"
			require.NoError(t, ClaimPrefix(ctx, rdb, a), "the shard's other instances and restarts")
			require.NoError(t, ClaimPrefix(ctx, rdb, a))

			b := Config{Prefix: "lrt:{eth}", Shard: "eth-b", TTL: testTTL}
			err := ClaimPrefix(ctx, rdb, b)
			require.ErrorIs(t, err, ErrPrefixClaimed)
			require.ErrorContains(t, err, `redis.key_prefix "lrt:{eth}" belongs to leader.shard "eth-a" (Redis key lrt:{eth}:shard), not "eth-b"`)
			require.ErrorContains(t, err, "each shard needs its own redis.key_prefix")
			require.ErrorContains(t, err, "DEL lrt:{eth}:shard")
			require.Equal(t, "eth-a", rdb.Get(ctx, a.ClaimKey()).Val(), "a refused claim changes nothing")

			b.Prefix = "lrt:{eth-b}"
			require.NoError(t, ClaimPrefix(ctx, rdb, b), "its own prefix")
			untagged := Config{Prefix: "lrt:v1", Shard: "eth-c", TTL: testTTL}
			require.NoError(t, ClaimPrefix(ctx, rdb, untagged))

			// A renamed shard: the claim is released by hand.
			require.NoError(t, rdb.Del(ctx, a.ClaimKey()).Err())
			b.Prefix = a.Prefix
			require.NoError(t, ClaimPrefix(ctx, rdb, b))
			require.ErrorIs(t, ClaimPrefix(ctx, rdb, a), ErrPrefixClaimed)
		})
	}

	err := ClaimPrefix(t.Context(), idleClient(t), Config{Prefix: "p", Shard: "s", TTL: testTTL})
	require.ErrorContains(t, err, `failed to claim key prefix "p" at p:shard`)
	require.NotErrorIs(t, err, ErrPrefixClaimed)
	require.ErrorContains(t, ClaimPrefix(t.Context(), idleClient(t), Config{}), "invalid lease config")
}
