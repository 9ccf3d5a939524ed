package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/lease"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// writeClusterStatusConfig writes the status test config with a redis
// section of its own, and returns its path.
func writeClusterStatusConfig(t *testing.T, redisSection string) string {
	t.Helper()
	text := strings.Replace(statusConfig, "redis: {url: %q, key_prefix: %q}", redisSection, 1)
	require.NotEqual(t, statusConfig, text, "the redis line moved")
	p := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(p, []byte(text), 0o600))
	return p
}

// TestStatusOnRedisCluster: with redis.cluster, status reads through a
// cluster client what the publisher wrote under a tagged prefix; an
// untagged prefix is a configuration error.
func TestStatusOnRedisCluster(t *testing.T) {
	t.Parallel()
	c := testenv.StartRedisCluster(t)
	const prefix = "lrt:{status}"
	pub := oracle.NewPublisher(zerolog.Nop(), c.Client(t), prefix, time.Minute, 10, nopPublishMetrics{})
	require.NoError(t, pub.Publish(context.Background(), statusSnapshot(42)))

	cfg := writeClusterStatusConfig(t, fmt.Sprintf("redis: {url: %q, cluster: true, key_prefix: %q}", c.URL(), prefix))
	code, out, errOut := runCLI(t, nil, "status", "--config", cfg)
	require.Equal(t, 0, code, errOut)
	requireRow(t, out, "head", "block", "42", common.BigToHash(big.NewInt(42)).Hex())
	requireRow(t, out, "ezETH", "0.938400", "1.020000", "800.00", "57", "ok")
	require.Equal(t, []string{hexOf(sCarol), hexOf(sAlice), hexOf(sErin)}, borrowerOrder(out)[:3])

	cfg = writeClusterStatusConfig(t, fmt.Sprintf("redis: {url: %q, cluster: true, key_prefix: lrt:v1}", c.URL()))
	code, _, errOut = runCLI(t, nil, "status", "--config", cfg)
	require.Equal(t, 2, code)
	require.Contains(t, errOut, `redis.key_prefix: must hold a hash tag when cluster is true`)

	// No daemon under this tag: the message names the seed nodes.
	cfg = writeClusterStatusConfig(t, fmt.Sprintf("redis: {url: %q, cluster: true, key_prefix: %q}", c.URL(), "lrt:{none}"))
	code, _, errOut = runCLI(t, nil, "status", "--config", cfg)
	require.Equal(t, 1, code)
	require.Contains(t, errOut, "no oracle data in redis at "+strings.Join(c.Addrs, ","))
}

// TestOpenRedisCluster: redis.cluster opens a cluster client; a
// one-server client pointed at a cluster node is refused at start-up, as a
// configuration error, rather than failing later on MOVED replies.
func TestOpenRedisCluster(t *testing.T) {
	t.Parallel()
	c := testenv.StartRedisCluster(t)
	ctx := context.Background()
	rc := config.Default().Redis
	rc.URL, rc.Cluster, rc.KeyPrefix = c.URL(), true, "lrt:{t}"
	rdb, stop, err := openRedis(ctx, zerolog.Nop(), rc, nil, false)
	require.NoError(t, err)
	t.Cleanup(stop)
	require.IsType(t, &redis.ClusterClient{}, rdb)
	require.NoError(t, rdb.Set(ctx, "lrt:{t}:x", "1", 0).Err())

	rc.URL, rc.Cluster = "redis://"+c.Addrs[0]+"/0", false
	_, _, err = openRedis(ctx, zerolog.Nop(), rc, nil, false)
	require.ErrorIs(t, err, errConfig)
	require.ErrorContains(t, err, "redis.url names a Redis Cluster node: set redis.cluster: true")

	srv := testenv.StartRedis(t)
	rc.URL = srv.URL()
	rdb, stop, err = openRedis(ctx, zerolog.Nop(), rc, nil, false)
	require.NoError(t, err, "a one-server Redis")
	t.Cleanup(stop)
	require.IsType(t, &redis.Client{}, rdb)

	// The other way round: a cluster client on a one-server Redis is a
	// configuration error too (exit code 2), not an outage.
	rc.Cluster, rc.KeyPrefix = true, "lrt:{t}"
	_, _, err = openRedis(ctx, zerolog.Nop(), rc, nil, false)
	require.ErrorIs(t, err, errConfig)
	require.ErrorContains(t, err, "redis.cluster is true but redis.url names a Redis without cluster mode: set redis.cluster: false")
}

// TestLeaderClaimsTheKeyPrefix: initRedis claims redis.key_prefix for
// leader.shard; the shard's restart is accepted, another shard on the same
// prefix fails start-up with a configuration error (exit code 2).
func TestLeaderClaimsTheKeyPrefix(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedisCluster(t).Client(t)
	ctx := context.Background()
	service := func(shard string) *Service {
		cfg := config.Default()
		cfg.Redis.KeyPrefix, cfg.Redis.Cluster = "lrt:{eth}", true
		cfg.Leader = config.Leader{Enabled: true, Shard: shard, TTL: 10 * time.Second}
		return &Service{log: zerolog.Nop(), cfg: cfg, rdb: rdb, reg: prometheus.NewRegistry()}
	}
	a := service("eth-a")
	require.NoError(t, a.claimKeyPrefix(ctx))
	require.NoError(t, a.initLeader(ctx))
	require.NotNil(t, a.lease)
	require.NoError(t, service("eth-a").claimKeyPrefix(ctx), "a restart of the same shard")

	err := service("eth-b").claimKeyPrefix(ctx)
	require.ErrorIs(t, err, errConfig)
	require.ErrorIs(t, err, lease.ErrPrefixClaimed)
	require.ErrorContains(t, err, `leader: key prefix claimed by another shard: redis.key_prefix "lrt:{eth}" belongs to leader.shard "eth-a"`)
	require.Equal(t, "eth-a", rdb.Get(ctx, "lrt:{eth}:shard").Val())
}

// TestShardsOnRedisClusterEndToEnd runs the built binary on the embedded
// chain against a real Redis Cluster, as the sender-lease holder of shard
// a under "lrt:{e2e}": it takes the lease and publishes, and status reads
// the oracle back through the cluster. A second binary configured as shard
// b under the same prefix fails start-up with exit code 2, saying why.
func TestShardsOnRedisClusterEndToEnd(t *testing.T) {
	t.Parallel()
	c := testenv.StartRedisCluster(t)
	shipped, err := os.ReadFile(filepath.Join("..", "..", "config.yaml"))
	require.NoError(t, err)
	write := func(shard string) string {
		cfg := strings.Replace(string(shipped), `listen: "127.0.0.1:9464"`, `listen: ""`, 1)
		cfg = strings.Replace(cfg, `  key_prefix: "lrt:v1"`, "  key_prefix: \"lrt:{e2e}\"\n  cluster: true", 1)
		cfg += fmt.Sprintf("\nleader: {enabled: true, shard: %s, instance: %s, ttl: 2s}\n", shard, shard)
		p := filepath.Join(t.TempDir(), "config.yaml")
		require.NoError(t, os.WriteFile(p, []byte(cfg), 0o600))
		return p
	}
	env := []string{"LRTKEEPER_RPC_URL=", "LRTKEEPER_REDIS_URL=" + c.URL()}
	a := startDaemon(t, []string{"run", "--config", write("a")}, env)
	require.Eventually(t, func() bool {
		return len(a.events(map[string]string{"message": "lease acquired", "instance": "a"})) > 0
	}, time.Minute, 100*time.Millisecond, "a never took the lease")
	pathA := write("a")
	var out string
	require.Eventually(t, func() bool {
		var code int
		code, out, _ = runCLI(t, map[string]string{"LRTKEEPER_REDIS_URL": c.URL()}, "status", "--config", pathA)
		return code == 0
	}, time.Minute, 200*time.Millisecond, "status never read the oracle through the cluster")
	require.Contains(t, out, "head")
	require.Equal(t, "a", c.Client(t).Get(context.Background(), "lrt:{e2e}:shard").Val())

	b := startDaemon(t, []string{"run", "--config", write("b")}, env)
	select {
	case err := <-b.done:
		var exit interface{ ExitCode() int }
		require.ErrorAs(t, err, &exit)
		require.Equal(t, 2, exit.ExitCode())
	case <-time.After(time.Minute):
		t.Fatal("shard b did not stop")
	}
	require.Contains(t, b.stderr.String(), `redis.key_prefix "lrt:{e2e}" belongs to leader.shard "a"`)
	require.Empty(t, b.events(map[string]string{"message": "lease acquired"}))
	require.Empty(t, a.events(map[string]string{"message": "lease lost"}), "a leads on")
}
