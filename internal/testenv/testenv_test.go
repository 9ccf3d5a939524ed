package testenv_test

import (
	"context"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

func TestRepoRoot(t *testing.T) {
	t.Parallel()
	root := testenv.RepoRoot(t)
	b, err := os.ReadFile(filepath.Join(root, "go.mod"))
	require.NoError(t, err)
	require.Contains(t, string(b), "module github.com/lrtkeeper/lrtkeeper\n")
}

func TestFreePort(t *testing.T) {
	t.Parallel()
	port := testenv.FreePort(t)
	require.Positive(t, port)
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
	require.NoError(t, err, "the returned port must be bindable")
	require.NoError(t, l.Close())
}

func TestRedisStartStopRestart(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := testenv.StartRedis(t)
	require.True(t, strings.HasPrefix(r.Addr, "127.0.0.1:"), r.Addr)
	require.Equal(t, "redis://"+r.Addr+"/0", r.URL())

	opts, err := redis.ParseURL(r.URL())
	require.NoError(t, err)
	require.Equal(t, r.Addr, opts.Addr)

	c := r.Client(t)
	require.NoError(t, c.Ping(ctx).Err())
	require.NoError(t, c.Set(ctx, "k", "v", 0).Err())
	require.Equal(t, "v", c.Get(ctx, "k").Val())

	// Persistence is off.
	cfg, err := c.ConfigGet(ctx, "save").Result()
	require.NoError(t, err)
	require.Empty(t, cfg["save"])
	cfg, err = c.ConfigGet(ctx, "appendonly").Result()
	require.NoError(t, err)
	require.Equal(t, "no", cfg["appendonly"])

	addr := r.Addr
	r.Stop()
	_, err = net.DialTimeout("tcp", addr, time.Second)
	require.Error(t, err, "port must be closed after Stop")
	shortCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	require.Error(t, c.Ping(shortCtx).Err())
	r.Stop() // stopping twice is a no-op

	r.Start()
	require.Equal(t, addr, r.Addr, "restart keeps the port")
	require.Eventually(t, func() bool { return c.Ping(ctx).Err() == nil }, 5*time.Second, 20*time.Millisecond,
		"the old client reconnects to the restarted server")
	require.ErrorIs(t, c.Get(ctx, "k").Err(), redis.Nil, "data is gone: nothing persists")

	c2 := r.Client(t)
	require.NoError(t, c2.Ping(ctx).Err())
}

func TestRedisInstancesAreIndependent(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	a, b := testenv.StartRedis(t), testenv.StartRedis(t)
	require.NotEqual(t, a.Addr, b.Addr)
	require.NoError(t, a.Client(t).Set(ctx, "only-a", "1", 0).Err())
	require.ErrorIs(t, b.Client(t).Get(ctx, "only-a").Err(), redis.Nil)
}

func TestDevKeys(t *testing.T) {
	t.Parallel()
	keys := testenv.DevKeys()
	require.Len(t, keys, 4)
	for i, k := range keys {
		require.Equal(t, k, testenv.DevKey(i))
		require.True(t, strings.HasPrefix(k, "0x"))
		require.Len(t, k, 66)
		pk := testenv.DevPrivateKey(i)
		require.Equal(t, testenv.DevAddress(i), crypto.PubkeyToAddress(pk.PublicKey), "key %d", i)
	}
	require.Equal(t, common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), testenv.DevAddress(0))
}

func TestAnvil(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a := testenv.StartAnvil(t)
	require.Equal(t, uint64(31337), a.ChainID)
	require.True(t, strings.HasPrefix(a.HTTPURL, "http://127.0.0.1:"), a.HTTPURL)
	require.Equal(t, "ws"+strings.TrimPrefix(a.HTTPURL, "http"), a.WSURL)

	c, err := ethclient.DialContext(ctx, a.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(c.Close)

	id, err := c.ChainID(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(31337), id.Int64())

	n, err := c.BlockNumber(ctx)
	require.NoError(t, err)
	require.Zero(t, n, "a fresh node without --block-time is at genesis")

	tenThousandEth := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	bal, err := c.BalanceAt(ctx, testenv.DevAddress(0), nil)
	require.NoError(t, err)
	require.Zero(t, tenThousandEth.Cmp(bal), "dev account 0 balance: %s", bal)

	// The node's own dev accounts are ours, in order.
	var accounts []common.Address
	require.NoError(t, c.Client().CallContext(ctx, &accounts, "eth_accounts"))
	require.GreaterOrEqual(t, len(accounts), 4)
	for i := range testenv.DevKeys() {
		require.Equal(t, testenv.DevAddress(i), accounts[i], "account %d", i)
	}

	// The websocket endpoint serves the same chain.
	ws, err := rpc.DialContext(ctx, a.WSURL)
	require.NoError(t, err)
	t.Cleanup(ws.Close)
	var wsID string
	require.NoError(t, ws.CallContext(ctx, &wsID, "eth_chainId"))
	require.Equal(t, "0x7a69", wsID)
}

func TestAnvilExtraArgs(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	a := testenv.StartAnvil(t, "--block-time", "1", "--chain-id", "1337")
	require.Equal(t, uint64(1337), a.ChainID, "--chain-id in extraArgs wins")

	c, err := ethclient.DialContext(ctx, a.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	require.Eventually(t, func() bool {
		n, err := c.BlockNumber(ctx)
		return err == nil && n >= 2
	}, 10*time.Second, 100*time.Millisecond, "--block-time 1 mines blocks")
}

func TestAnvilInstancesAreIndependent(t *testing.T) {
	t.Parallel()
	a, b := testenv.StartAnvil(t), testenv.StartAnvil(t)
	require.NotEqual(t, a.HTTPURL, b.HTTPURL)
}

// FreePort never hands out a port twice in one test binary, even to
// callers racing each other: two nodes once shared a port that way.
func TestFreePortIsNeverHandedOutTwice(t *testing.T) {
	t.Parallel()
	const callers, each = 8, 50
	ports := make(chan int, callers*each)
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() {
			for range each {
				ports <- testenv.FreePort(t)
			}
		})
	}
	wg.Wait()
	close(ports)
	seen := map[int]bool{}
	for p := range ports {
		require.False(t, seen[p], "port %d handed out twice", p)
		seen[p] = true
	}
	require.Len(t, seen, callers*each)
}
