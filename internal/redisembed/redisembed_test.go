package redisembed_test

import (
	"context"
	"errors"
	"net"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/redisembed"
)

// start runs an embedded server on a free port and a go-redis client for it.
func start(t *testing.T) (*redisembed.Server, *redis.Client) {
	t.Helper()
	s, err := redisembed.Start("127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(s.Close)
	opts, err := redis.ParseURL(s.URL())
	require.NoError(t, err)
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	return s, c
}

func TestStartRefusesNonLoopback(t *testing.T) {
	t.Parallel()
	for _, addr := range []string{":0", "0.0.0.0:0", "[::]:0", "10.1.2.3:0", "192.168.0.1:6379", "example.com:0"} {
		_, err := redisembed.Start(addr)
		require.ErrorIs(t, err, redisembed.ErrNotLoopback, addr)
	}
	_, err := redisembed.Start("127.0.0.1")
	require.Error(t, err, "missing port")
	require.NotErrorIs(t, err, redisembed.ErrNotLoopback)
}

func TestStartAddrAndURL(t *testing.T) {
	t.Parallel()
	for _, addr := range []string{"127.0.0.1:0", "localhost:0"} {
		s, err := redisembed.Start(addr)
		require.NoError(t, err, addr)
		host, port, err := net.SplitHostPort(s.Addr())
		require.NoError(t, err)
		require.True(t, net.ParseIP(host).IsLoopback(), s.Addr())
		require.NotEqual(t, "0", port, "Addr reports the real port")
		require.Equal(t, "redis://"+s.Addr()+"/0", s.URL())
		s.Close()
		s.Close() // idempotent
		require.Equal(t, net.JoinHostPort(host, port), s.Addr(), "Addr still answers after Close")
	}

	s, _ := start(t)
	require.Regexp(t, `^redis://127\.0\.0\.1:\d+/0$`, s.URL())

	// A fixed port that is taken is an error, not a silent move.
	_, err := redisembed.Start(s.Addr())
	require.Error(t, err)
}

func TestRunClosesOnCancel(t *testing.T) {
	t.Parallel()
	s, c := start(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()

	require.NoError(t, c.Ping(context.Background()).Err())
	select {
	case err := <-done:
		t.Fatalf("Run returned before cancel: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	_, err := net.DialTimeout("tcp", s.Addr(), time.Second)
	require.Error(t, err, "listener is closed")
}

// TestDaemonCommands checks the commands the daemon issues.
func TestDaemonCommands(t *testing.T) {
	t.Parallel()
	_, c := start(t)
	ctx := context.Background()

	t.Run("hash", func(t *testing.T) {
		require.NoError(t, c.HSet(ctx, "h", "a", "1", "b", "2").Err())
		got, err := c.HGetAll(ctx, "h").Result()
		require.NoError(t, err)
		require.Equal(t, map[string]string{"a": "1", "b": "2"}, got)
		n, err := c.Del(ctx, "h", "missing").Result()
		require.NoError(t, err)
		require.Equal(t, int64(1), n)
		require.Empty(t, c.HGetAll(ctx, "h").Val())
	})

	t.Run("expire against the wall clock", func(t *testing.T) {
		require.NoError(t, c.Set(ctx, "ttl", "x", 0).Err())
		ok, err := c.Expire(ctx, "ttl", time.Second).Result()
		require.NoError(t, err)
		require.True(t, ok)
		// PTTL, not TTL: miniredis truncates TTL to whole seconds where Redis
		// rounds, so TTL reads 0 during the last second.
		ttl := c.PTTL(ctx, "ttl").Val()
		require.Greater(t, ttl, time.Duration(0))
		require.LessOrEqual(t, ttl, time.Second)
		require.Eventually(t, func() bool {
			return c.Exists(ctx, "ttl").Val() == 0
		}, 5*time.Second, 50*time.Millisecond, "key with EXPIRE 1 must disappear without FastForward")
	})

	t.Run("multi exec", func(t *testing.T) {
		cmds, err := c.TxPipelined(ctx, func(p redis.Pipeliner) error {
			p.HSet(ctx, "tx", "f", "v")
			p.Expire(ctx, "tx", time.Hour)
			p.Publish(ctx, "nobody", "x")
			p.Del(ctx, "tx-other")
			return nil
		})
		require.NoError(t, err)
		require.Len(t, cmds, 4)
		require.Equal(t, "v", c.HGet(ctx, "tx", "f").Val())
		require.Greater(t, c.TTL(ctx, "tx").Val(), 59*time.Minute)
	})

	t.Run("pubsub", func(t *testing.T) {
		sub := c.Subscribe(ctx, "prices")
		t.Cleanup(func() { _ = sub.Close() })
		_, err := sub.Receive(ctx) // subscription confirmation
		require.NoError(t, err)

		n, err := c.Publish(ctx, "prices", "hello").Result()
		require.NoError(t, err)
		require.Equal(t, int64(1), n)

		rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		msg, err := sub.ReceiveMessage(rctx)
		require.NoError(t, err)
		require.Equal(t, "prices", msg.Channel)
		require.Equal(t, "hello", msg.Payload)
	})

	t.Run("xadd maxlen", func(t *testing.T) {
		for i := range 10 {
			_, err := c.XAdd(ctx, &redis.XAddArgs{
				Stream: "events",
				MaxLen: 3,
				Values: map[string]any{"i": strconv.Itoa(i)},
			}).Result()
			require.NoError(t, err)
		}
		require.Equal(t, int64(3), c.XLen(ctx, "events").Val())
		msgs, err := c.XRange(ctx, "events", "-", "+").Result()
		require.NoError(t, err)
		require.Len(t, msgs, 3)
		require.Equal(t, "7", msgs[0].Values["i"], "oldest entries are trimmed")

		// Approximate trimming ("~") is accepted too.
		require.NoError(t, c.XAdd(ctx, &redis.XAddArgs{
			Stream: "events", MaxLen: 2, Approx: true, Values: []string{"i", "10"},
		}).Err())
		require.LessOrEqual(t, c.XLen(ctx, "events").Val(), int64(4))
	})

	t.Run("scan", func(t *testing.T) {
		want := make([]string, 0, 25)
		for i := range 25 {
			k := "pos:" + strconv.Itoa(i)
			want = append(want, k)
			require.NoError(t, c.Set(ctx, k, "1", 0).Err())
		}
		require.NoError(t, c.Set(ctx, "other", "1", 0).Err())

		var got []string
		iter := c.Scan(ctx, 0, "pos:*", 5).Iterator()
		for iter.Next(ctx) {
			got = append(got, iter.Val())
		}
		require.NoError(t, iter.Err())
		sort.Strings(got)
		sort.Strings(want)
		require.Equal(t, want, got)
	})
}

func TestCloseDisconnectsClients(t *testing.T) {
	t.Parallel()
	s, c := start(t)
	ctx := context.Background()
	require.NoError(t, c.Ping(ctx).Err())
	s.Close()
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	err := c.Ping(ctx).Err()
	require.Error(t, err)
	require.False(t, errors.Is(err, redis.Nil))
}
