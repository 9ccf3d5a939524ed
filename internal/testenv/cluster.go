package testenv

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

const (
	// clusterMasters is how many masters a RedisCluster has: the fewest
	// Redis Cluster accepts, and enough for keys to spread over nodes.
	clusterMasters = 3
	// clusterSlots is the number of hash slots of every Redis Cluster.
	clusterSlots = 16384
	// clusterReadyTimeout bounds the wait for the masters to agree that
	// the cluster is up.
	clusterReadyTimeout = 30 * time.Second
)

// RedisCluster is a Redis Cluster of three real redis-server masters on
// loopback ports, without replicas or persistence, the hash slots split
// evenly between them.
type RedisCluster struct {
	// Addrs are the masters' "127.0.0.1:<port>", in slot order: the first
	// serves slots 0 to 5460.
	Addrs []string

	busPorts []int
}

// StartRedisCluster starts three redis-server processes from PATH in
// cluster mode (Redis 7.0 or later), each on two free 127.0.0.1 ports (the
// clients' and the cluster bus's) with its working directory in
// t.TempDir(), assigns them the slots, joins them and waits until every one
// reports cluster_state:ok. The processes are killed when the test ends.
func StartRedisCluster(t testing.TB) *RedisCluster {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("testenv: redis-server not found in PATH: %s", installHint)
	}
	c := &RedisCluster{}
	for i := range clusterMasters {
		dir := filepath.Join(t.TempDir(), "node"+strconv.Itoa(i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatalf("testenv: %v", err)
		}
		logPath := filepath.Join(dir, "redis-server.log")
		logOnFailure(t, fmt.Sprintf("redis-server cluster node %d", i), logPath)
		addr, bus, p, err := startClusterNode(bin, dir, logPath)
		if err != nil {
			t.Fatalf("testenv: failed to start redis-server cluster node %d: %v (its output is logged below)", i, err)
		}
		t.Cleanup(func() {
			if err := p.kill(); err != nil {
				t.Errorf("testenv: %v", err)
			}
		})
		c.Addrs, c.busPorts = append(c.Addrs, addr), append(c.busPorts, bus)
	}
	ctx, cancel := context.WithTimeout(context.Background(), clusterReadyTimeout)
	defer cancel()
	if err := c.form(ctx); err != nil {
		t.Fatalf("testenv: failed to form the redis cluster %s: %v", strings.Join(c.Addrs, ", "), err)
	}
	return c
}

// startClusterNode starts one cluster-mode redis-server in dir and waits
// for PING, retrying on new ports when another process took one first.
func startClusterNode(bin, dir, logPath string) (addr string, busPort int, p *process, err error) {
	for range portAttempts {
		port, perr := freePort()
		if perr != nil {
			return "", 0, nil, perr
		}
		if busPort, perr = freePort(); perr != nil {
			return "", 0, nil, perr
		}
		if busPort == port {
			err = fmt.Errorf("port %d picked twice", port)
			continue
		}
		addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		args := []string{
			"--port", strconv.Itoa(port),
			"--cluster-port", strconv.Itoa(busPort),
			"--bind", "127.0.0.1",
			"--cluster-enabled", "yes",
			"--cluster-config-file", "nodes.conf",
			"--save", "",
			"--appendonly", "no",
			"--dir", dir,
		}
		if p, err = startProcess("redis-server", bin, args, logPath); err != nil {
			return "", 0, nil, err
		}
		p.port = port
		if err = p.waitReady(redisReadyTimeout, func() error { return redisPing(addr) }); err == nil {
			return addr, busPort, p, nil
		}
		err = errors.Join(err, p.kill())
		if !errors.Is(err, errPortInUse) {
			return "", 0, nil, err
		}
	}
	return "", 0, nil, err
}

// form gives each master its config epoch and its third of the slots,
// introduces the others to the first, and waits until every master sees
// the whole cluster up.
func (c *RedisCluster) form(ctx context.Context) error {
	nodes := make([]*redis.Client, len(c.Addrs))
	for i, addr := range c.Addrs {
		nodes[i] = redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
		defer nodes[i].Close()
	}
	per := clusterSlots / len(nodes)
	for i, n := range nodes {
		first, last := i*per, (i+1)*per-1
		if i == len(nodes)-1 {
			last = clusterSlots - 1
		}
		// Distinct epochs up front spare the masters a conflict round.
		if err := n.Do(ctx, "CLUSTER", "SET-CONFIG-EPOCH", i+1).Err(); err != nil {
			return fmt.Errorf("node %s: set config epoch: %w", c.Addrs[i], err)
		}
		if err := n.Do(ctx, "CLUSTER", "ADDSLOTSRANGE", first, last).Err(); err != nil {
			return fmt.Errorf("node %s: add slots %d-%d: %w", c.Addrs[i], first, last, err)
		}
	}
	for i := 1; i < len(nodes); i++ {
		host, port, _ := net.SplitHostPort(c.Addrs[i])
		if err := nodes[0].Do(ctx, "CLUSTER", "MEET", host, port, c.busPorts[i]).Err(); err != nil {
			return fmt.Errorf("node %s: meet %s: %w", c.Addrs[0], c.Addrs[i], err)
		}
	}
	for {
		err := clusterUp(ctx, nodes, len(nodes))
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("not up after %s: %w", clusterReadyTimeout, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// clusterUp reports why some node does not yet see the whole cluster up:
// state ok, every slot assigned, every master known and its cluster bus
// link connected (messages such as PUBLISH travel over it).
func clusterUp(ctx context.Context, nodes []*redis.Client, masters int) error {
	for _, n := range nodes {
		info, err := n.ClusterInfo(ctx).Result()
		if err != nil {
			return err
		}
		for _, want := range []string{
			"cluster_state:ok",
			"cluster_slots_assigned:" + strconv.Itoa(clusterSlots),
			"cluster_known_nodes:" + strconv.Itoa(masters),
			"cluster_size:" + strconv.Itoa(masters),
		} {
			if !strings.Contains(info, want+"\r\n") {
				return fmt.Errorf("node %s: no %s yet", n.Options().Addr, want)
			}
		}
		// One line per node: id addr flags master ping pong epoch link slots.
		list, err := n.ClusterNodes(ctx).Result()
		if err != nil {
			return err
		}
		for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
			f := strings.Fields(line)
			if len(f) < 8 || strings.Contains(f[2], "handshake") || f[7] != "connected" {
				return fmt.Errorf("node %s: link not up yet: %s", n.Options().Addr, line)
			}
		}
	}
	return nil
}

// URL returns the cluster's URL in go-redis's ParseClusterURL form: the
// first master, the others as addr parameters.
func (c *RedisCluster) URL() string {
	u := "redis://" + c.Addrs[0]
	for i, addr := range c.Addrs[1:] {
		sep := "&"
		if i == 0 {
			sep = "?"
		}
		u += sep + "addr=" + addr
	}
	return u
}

// Client returns a go-redis cluster client for this cluster, closed when t
// ends.
func (c *RedisCluster) Client(t testing.TB) *redis.ClusterClient {
	t.Helper()
	rdb := redis.NewClusterClient(&redis.ClusterOptions{Addrs: c.Addrs})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}

// Node returns a plain client of the master at c.Addrs[i], closed when t
// ends: it sees that node's keys only.
func (c *RedisCluster) Node(t testing.TB, i int) *redis.Client {
	t.Helper()
	rdb := redis.NewClient(&redis.Options{Addr: c.Addrs[i]})
	t.Cleanup(func() { _ = rdb.Close() })
	return rdb
}
