package lease

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// testTTL is short so that takeovers happen within a test; renewals run
// every testTTL/3.
const testTTL = time.Second

// slack absorbs scheduling delays (2 cores, -race) on top of the protocol's
// own bounds.
const slack = 700 * time.Millisecond

func testConfig(instance string, ttl time.Duration) Config {
	return Config{Prefix: "lrt:test", Shard: "mainnet", Instance: instance, TTL: ttl}
}

// eventLog is a Metricer recording "leader/<reason>" and "follower/<reason>".
type eventLog struct {
	mu     sync.Mutex
	events []string
}

func (e *eventLog) LeaderChanged(leader bool, reason string) {
	to := "follower"
	if leader {
		to = "leader"
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.events = append(e.events, to+"/"+reason)
}

func (e *eventLog) get() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.events)
}

// instance is a Lease under test with its own Redis connection, which
// pause can freeze as a GC pause or a network partition would.
type instance struct {
	*Lease
	events *eventLog
	pauser *pauser
	cancel context.CancelFunc
	ran    chan error
}

func newInstance(t *testing.T, r *testenv.Redis, name string, ttl time.Duration) *instance {
	t.Helper()
	return newInstanceOn(t, r.Client(t), testConfig(name, ttl))
}

// newInstanceOn is newInstance on a client of its own (a cluster client,
// say) with cfg.
func newInstanceOn(t *testing.T, rdb redis.UniversalClient, cfg Config) *instance {
	t.Helper()
	p := &pauser{}
	rdb.AddHook(p)
	ev := &eventLog{}
	l, err := New(zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel), rdb, cfg, ev)
	require.NoError(t, err)
	return &instance{Lease: l, events: ev, pauser: p}
}

// start runs the lease until the test ends (or kill).
func (in *instance) start(t *testing.T) *instance {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	in.cancel, in.ran = cancel, make(chan error, 1)
	go func() { in.ran <- in.Run(ctx) }()
	t.Cleanup(func() {
		in.pauser.resume()
		in.kill(t)
	})
	return in
}

// kill ends Run without releasing the lease, as a crash would.
func (in *instance) kill(t *testing.T) {
	t.Helper()
	in.cancel()
	select {
	case err, ok := <-in.ran:
		if ok {
			require.NoError(t, err)
			close(in.ran)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return after its context was cancelled")
	}
}

func (in *instance) token(t *testing.T) uint64 {
	t.Helper()
	tok, ok := in.Token()
	require.True(t, ok, "%s is not the leader", in.Instance())
	return tok
}

// pauser is a go-redis hook that holds every command while paused.
type pauser struct {
	mu     sync.Mutex
	paused chan struct{} // non-nil while paused; closed to resume
}

func (p *pauser) pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.paused == nil {
		p.paused = make(chan struct{})
	}
}

func (p *pauser) resume() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.paused != nil {
		close(p.paused)
		p.paused = nil
	}
}

func (p *pauser) wait(ctx context.Context) error {
	p.mu.Lock()
	ch := p.paused
	p.mu.Unlock()
	if ch == nil {
		return nil
	}
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (p *pauser) DialHook(next redis.DialHook) redis.DialHook {
	return func(ctx context.Context, network, addr string) (net.Conn, error) { return next(ctx, network, addr) }
}

func (p *pauser) ProcessHook(next redis.ProcessHook) redis.ProcessHook {
	return func(ctx context.Context, cmd redis.Cmder) error {
		if err := p.wait(ctx); err != nil {
			cmd.SetErr(err)
			return err
		}
		return next(ctx, cmd)
	}
}

func (p *pauser) ProcessPipelineHook(next redis.ProcessPipelineHook) redis.ProcessPipelineHook {
	return func(ctx context.Context, cmds []redis.Cmder) error {
		if err := p.wait(ctx); err != nil {
			return err
		}
		return next(ctx, cmds)
	}
}

// watchLeaders samples IsLeader of every instance until the returned
// function is called, which fails the test if two were leaders at once.
// Each round reads every instance twice, in order; an instance that is
// leader at both of its reads was leader for the whole time between them,
// so any other instance read as leader in between overlapped with it.
func watchLeaders(t *testing.T, ins ...*instance) (stop func()) {
	t.Helper()
	done := make(chan struct{})
	var (
		wg        sync.WaitGroup
		overlaps  []string
		rounds    int
		n         = len(ins)
		reads     = make([]bool, 2*n)
		stopOnce  sync.Once
		recording = func(x, y int) {
			if len(overlaps) < 5 {
				overlaps = append(overlaps, ins[x].Instance()+" and "+ins[y%n].Instance())
			}
		}
	)
	wg.Go(func() {
		for {
			select {
			case <-done:
				return
			default:
			}
			for i := range reads {
				reads[i] = ins[i%n].IsLeader()
			}
			for x := range n {
				if !reads[x] || !reads[x+n] {
					continue
				}
				for y := x + 1; y < x+n; y++ {
					if reads[y] {
						recording(x, y)
					}
				}
			}
			rounds++
			time.Sleep(time.Millisecond)
		}
	})
	stop = func() {
		stopOnce.Do(func() {
			close(done)
			wg.Wait()
			require.Empty(t, overlaps, "two leaders at once")
			require.Greater(t, rounds, 100, "the watcher barely ran")
		})
	}
	t.Cleanup(stop)
	return stop
}

// leaders returns the instances that are leader now.
func leaders(ins ...*instance) []*instance {
	var out []*instance
	for _, in := range ins {
		if in.IsLeader() {
			out = append(out, in)
		}
	}
	return out
}

// idleClient is a client that never connects: New makes no calls.
func idleClient(t *testing.T) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: "127.0.0.1:1"})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	require.NoError(t, DefaultConfig().Check())
	require.NoError(t, testConfig("a", testTTL).Check())
	require.NoError(t, testConfig("", MaxTTL).Check(), "an empty Instance means DefaultInstance")
	tagged := testConfig("a", testTTL)
	tagged.Prefix = "lrt:{eth-a}"
	require.NoError(t, tagged.Check(), "a prefix may carry a hash tag")

	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"short ttl", func(c *Config) { c.TTL = 999 * time.Millisecond }, "TTL must be between 1s and 10m0s, got 999ms"},
		{"long ttl", func(c *Config) { c.TTL = time.Hour }, "TTL must be between"},
		{"no prefix", func(c *Config) { c.Prefix = "" }, "Prefix is required"},
		{"no shard", func(c *Config) { c.Shard = "" }, "Shard is required"},
		{"brace in shard", func(c *Config) { c.Shard = "a}b" }, "Shard must not contain '{' or '}'"},
		{"unbalanced prefix", func(c *Config) { c.Prefix = "lrt:{eth" }, `Prefix must hold one hash tag {tag} and no other brace, got "lrt:{eth"`},
		{"empty tag in prefix", func(c *Config) { c.Prefix = "lrt:{}" }, "Prefix must not hold an empty hash tag {}"},
		{"two tags in prefix", func(c *Config) { c.Prefix = "{lrt}:{eth}" }, "Prefix must hold one hash tag"},
		{"space in instance", func(c *Config) { c.Instance = "host 1" }, "Instance must not contain spaces"},
		{"long instance", func(c *Config) { c.Instance = string(make([]byte, 200)) }, "Instance must be at most 128 bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig("a", testTTL)
			tt.mutate(&cfg)
			require.ErrorContains(t, cfg.Check(), tt.want)
		})
	}

	err := Config{}.Check()
	for _, f := range []string{"Prefix", "Shard", "TTL"} {
		require.ErrorContains(t, err, f, "every problem is reported")
	}
	_, err = New(zerolog.Nop(), idleClient(t), Config{}, nil)
	require.ErrorContains(t, err, "invalid lease config")
	_, err = New(zerolog.Nop(), nil, testConfig("a", testTTL), nil)
	require.Error(t, err)
}

func TestKeyLayout(t *testing.T) {
	t.Parallel()
	cfg := Config{Prefix: "lrt:v1", Shard: "mainnet-morpho", TTL: testTTL}
	require.Equal(t, "lrt:v1:{mainnet-morpho}:lease", cfg.Key())
	require.Equal(t, "lrt:v1:{mainnet-morpho}:lease:fence", cfg.FenceKey())
	// Redis Cluster hashes the first {...} only: both keys hash "mainnet-morpho".
	for _, k := range []string{cfg.Key(), cfg.FenceKey()} {
		open, end := strings.IndexByte(k, '{'), strings.IndexByte(k, '}')
		require.Equal(t, "mainnet-morpho", k[open+1:end])
	}

	l, err := New(zerolog.Nop(), idleClient(t), Config{Prefix: "p", Shard: "s", TTL: testTTL}, nil)
	require.NoError(t, err)
	require.Equal(t, DefaultInstance(), l.Instance())
	require.NotContains(t, l.Instance(), " ")
}

// TestAcquireRenewRelease: one instance acquires, keeps the lease over
// several TTLs while a second one waits, and releases it on Stop; the
// second then takes over at its next attempt, with the next token.
func TestAcquireRenewRelease(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	rdb := r.Client(t)
	ctx := t.Context()

	a := newInstance(t, r, "a", testTTL).start(t)
	require.Eventually(t, a.IsLeader, 2*time.Second, 5*time.Millisecond)
	require.Equal(t, uint64(1), a.token(t))
	cfg := testConfig("a", testTTL)
	require.Equal(t, "a:1", rdb.Get(ctx, cfg.Key()).Val())
	require.Equal(t, "1", rdb.Get(ctx, cfg.FenceKey()).Val())
	pttl := rdb.PTTL(ctx, cfg.Key()).Val()
	require.Greater(t, pttl, time.Duration(0))
	require.LessOrEqual(t, pttl, testTTL)
	select {
	case <-a.Changes():
	default:
		t.Fatal("no change signalled on acquisition")
	}

	b := newInstance(t, r, "b", testTTL).start(t)
	// Renewals keep the lease over three TTLs; b waits.
	until := time.Now().Add(3*testTTL + testTTL/3)
	for time.Now().Before(until) {
		require.True(t, a.IsLeader())
		require.False(t, b.IsLeader())
		require.NoError(t, a.Check(ctx))
		require.ErrorIs(t, b.Check(ctx), ErrNotLeader)
		time.Sleep(50 * time.Millisecond)
	}
	require.Equal(t, uint64(1), a.token(t), "one term throughout")
	require.Equal(t, []string{"leader/acquired"}, a.events.get())
	require.Empty(t, b.events.get())

	stopped := time.Now()
	require.NoError(t, a.Stop(ctx))
	require.False(t, a.IsLeader())
	require.ErrorIs(t, a.Check(ctx), ErrNotLeader)
	require.NotEqual(t, "a:1", rdb.Get(ctx, cfg.Key()).Val(), "released")
	require.Equal(t, []string{"leader/acquired", "follower/stopped"}, a.events.get())
	select {
	case err := <-a.ran:
		require.NoError(t, err, "Stop ends Run")
		close(a.ran)
	default:
		t.Fatal("Run still running after Stop")
	}

	require.Eventually(t, b.IsLeader, testTTL/3+slack, 5*time.Millisecond, "b takes over at its next attempt")
	require.Less(t, time.Since(stopped), testTTL, "without waiting for the TTL")
	require.Equal(t, uint64(2), b.token(t))
	require.Equal(t, "b:2", rdb.Get(ctx, cfg.Key()).Val())
	require.NoError(t, b.Check(ctx))
	require.NoError(t, a.Stop(ctx), "Stop is idempotent")
	require.NoError(t, b.Stop(ctx))
	require.Equal(t, int64(0), rdb.Exists(ctx, cfg.Key()).Val())
}

// TestContention: three instances contend; exactly one leads at a time.
// The leader is killed without releasing the lease, and another takes over
// within TTL + TTL/3 with a higher token; the old leader's Check fails.
// Then the new leader's Redis traffic freezes (a long pause): it stops
// calling itself leader before anyone else can acquire, the third instance
// takes over, and after the pause the old one's Check fails.
func TestContention(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	ctx := t.Context()
	ins := []*instance{
		newInstance(t, r, "a", testTTL).start(t),
		newInstance(t, r, "b", testTTL).start(t),
		newInstance(t, r, "c", testTTL).start(t),
	}
	stopWatch := watchLeaders(t, ins...)

	require.Eventually(t, func() bool { return len(leaders(ins...)) == 1 }, 2*time.Second, 5*time.Millisecond)
	first := leaders(ins...)[0]
	firstToken := first.token(t)
	until := time.Now().Add(2 * testTTL)
	for time.Now().Before(until) {
		require.Equal(t, []*instance{first}, leaders(ins...), "exactly one leader, always the same")
		time.Sleep(10 * time.Millisecond)
	}

	// Kill the leader without releasing the lease.
	killed := time.Now()
	first.kill(t)
	require.Eventually(t, func() bool { return len(leaders(ins...)) == 1 }, testTTL+testTTL/3+slack, 5*time.Millisecond)
	require.Less(t, time.Since(killed), testTTL+testTTL/3+slack)
	second := leaders(ins...)[0]
	require.NotSame(t, first, second)
	secondToken := second.token(t)
	require.Greater(t, secondToken, firstToken)
	require.ErrorIs(t, first.Check(ctx), ErrNotLeader)
	require.NoError(t, second.Check(ctx))

	// Freeze the new leader's Redis traffic: its renewals stop.
	paused := time.Now()
	second.pauser.pause()
	require.Eventually(t, func() bool { return !second.IsLeader() }, testTTL+slack, 5*time.Millisecond,
		"a leader that cannot renew steps down on time")
	require.Eventually(t, func() bool { return len(leaders(ins...)) == 1 }, testTTL+testTTL/3+slack, 5*time.Millisecond)
	require.Less(t, time.Since(paused), testTTL+testTTL/3+slack)
	third := leaders(ins...)[0]
	require.NotSame(t, second, third)
	require.NotSame(t, first, third)
	require.Greater(t, third.token(t), secondToken)
	second.pauser.resume()
	require.ErrorIs(t, second.Check(ctx), ErrNotLeader)
	require.Contains(t, second.events.get(), "follower/unreachable")
	require.NoError(t, third.Check(ctx))
	stopWatch()
}

// TestCheckFencesStaleLeader: a leader that has not noticed that its lease
// ended (it expired during a pause and another instance took it) still
// believes it leads until Check asks Redis, which refuses it.
func TestCheckFencesStaleLeader(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	rdb := r.Client(t)
	ctx := t.Context()
	cfg := testConfig("", testTTL)

	// A long TTL: a's next renewal is far beyond this test.
	a := newInstance(t, r, "a", 30*time.Second).start(t)
	require.Eventually(t, a.IsLeader, 2*time.Second, 5*time.Millisecond)
	aToken := a.token(t)
	<-a.Changes()

	// The key vanishes under a (as if it expired) and b takes it.
	require.NoError(t, rdb.Del(ctx, cfg.Key()).Err())
	b := newInstance(t, r, "b", testTTL).start(t)
	require.Eventually(t, b.IsLeader, 2*time.Second, 5*time.Millisecond)
	require.Greater(t, b.token(t), aToken)
	require.True(t, a.IsLeader(), "a has not noticed yet")

	err := a.Check(ctx)
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorContains(t, err, ReasonTaken)
	require.False(t, a.IsLeader(), "a failed Check steps down at once")
	require.Equal(t, []string{"leader/acquired", "follower/taken"}, a.events.get())
	select {
	case <-a.Changes():
	default:
		t.Fatal("no change signalled on the loss")
	}
	require.NoError(t, b.Check(ctx))

	// An operator bumps the fence counter to depose b.
	require.NoError(t, rdb.Incr(ctx, cfg.FenceKey()).Err())
	err = b.Check(ctx)
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorContains(t, err, ReasonFenced)
	require.False(t, b.IsLeader())
	require.Contains(t, b.events.get(), "follower/fenced")
}

// TestCheckSeesExpiredKey: Check fails when the key is gone.
func TestCheckSeesExpiredKey(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	rdb := r.Client(t)
	a := newInstance(t, r, "a", 30*time.Second).start(t)
	require.Eventually(t, a.IsLeader, 2*time.Second, 5*time.Millisecond)
	require.NoError(t, rdb.Del(t.Context(), testConfig("", testTTL).Key()).Err())
	err := a.Check(t.Context())
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorContains(t, err, ReasonExpired)
	require.Equal(t, []string{"leader/acquired", "follower/expired"}, a.events.get())
}

// TestRedisRestartAndFlush: Redis restarts empty, then is flushed, under a
// leader. Each time leadership is lost and re-acquired, with a token above
// the previous one although Redis forgot the counter.
func TestRedisRestartAndFlush(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	rdb := r.Client(t)
	ctx := t.Context()
	cfg := testConfig("", testTTL)
	a := newInstance(t, r, "a", testTTL).start(t)
	require.Eventually(t, a.IsLeader, 2*time.Second, 5*time.Millisecond)
	require.Equal(t, uint64(1), a.token(t))

	r.Stop()
	require.Eventually(t, func() bool { return !a.IsLeader() }, testTTL+slack, 5*time.Millisecond)
	require.ErrorIs(t, a.Check(ctx), ErrNotLeader)
	r.Start()
	require.Eventually(t, a.IsLeader, 2*testTTL, 5*time.Millisecond)
	require.Equal(t, uint64(2), a.token(t), "above the token held before the restart")
	require.Equal(t, "2", rdb.Get(ctx, cfg.FenceKey()).Val())
	require.NoError(t, a.Check(ctx))

	require.NoError(t, rdb.FlushAll(ctx).Err())
	require.Eventually(t, func() bool { tok, ok := a.Token(); return ok && tok == 3 }, testTTL+slack, 5*time.Millisecond)
	require.NoError(t, a.Check(ctx))
	require.Equal(t, "a:3", rdb.Get(ctx, cfg.Key()).Val())
	require.Equal(t, []string{
		"leader/acquired", "follower/unreachable",
		"leader/acquired", "follower/expired",
		"leader/acquired",
	}, a.events.get())
}

func TestLifecycle(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)

	// Stop before Run: Run returns at once and never acquires.
	a := newInstance(t, r, "a", testTTL)
	require.NoError(t, a.Stop(t.Context()))
	require.NoError(t, a.Run(t.Context()))
	require.False(t, a.IsLeader())
	require.Error(t, a.Run(t.Context()), "Run twice")
	_, ok := a.Token()
	require.False(t, ok)

	// A cancelled context ends Run without releasing: the key stays until
	// its TTL; a later Stop releases it.
	b := newInstance(t, r, "b", 30*time.Second).start(t)
	require.Eventually(t, b.IsLeader, 2*time.Second, 5*time.Millisecond)
	b.kill(t)
	require.False(t, b.IsLeader())
	rdb := r.Client(t)
	key := testConfig("", testTTL).Key()
	require.Equal(t, "b:1", rdb.Get(t.Context(), key).Val())
	require.NoError(t, b.Stop(t.Context()))
	require.Equal(t, int64(0), rdb.Exists(t.Context(), key).Val())

	// A release that fails (Redis unreachable) is retried by the next Stop.
	c := newInstance(t, r, "c", 30*time.Second).start(t)
	require.Eventually(t, c.IsLeader, 2*time.Second, 5*time.Millisecond)
	c.pauser.pause()
	short, cancel := context.WithTimeout(t.Context(), 200*time.Millisecond)
	defer cancel()
	require.ErrorIs(t, c.Stop(short), context.DeadlineExceeded)
	require.False(t, c.IsLeader())
	require.Equal(t, "c:2", rdb.Get(t.Context(), key).Val())
	c.pauser.resume()
	require.NoError(t, c.Stop(t.Context()))
	require.Equal(t, int64(0), rdb.Exists(t.Context(), key).Val())
}

func TestPrometheusMetrics(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.LeaderChanged(true, ReasonAcquired)
	m.LeaderChanged(false, ReasonTaken)
	m.LeaderChanged(true, ReasonAcquired)

	families, err := reg.Gather()
	require.NoError(t, err)
	got := map[string]float64{}
	for _, f := range families {
		for _, mt := range f.GetMetric() {
			name := f.GetName()
			for _, lp := range mt.GetLabel() {
				name += fmt.Sprintf(",%s=%s", lp.GetName(), lp.GetValue())
			}
			if mt.Gauge != nil {
				got[name] = mt.GetGauge().GetValue()
			} else {
				got[name] = mt.GetCounter().GetValue()
			}
		}
	}
	require.Equal(t, map[string]float64{
		"lrtkeeper_lease_leader": 1,
		"lrtkeeper_lease_transitions_total,reason=acquired,to=leader": 2,
		"lrtkeeper_lease_transitions_total,reason=taken,to=follower":  1,
	}, got)
	require.Panics(t, func() { NewMetrics(reg) }, "a second registration is a wiring bug")
	NewMetrics(nil).LeaderChanged(false, ReasonStopped)
}

// The lease value written by the script and the one Go compares must agree
// for large tokens too.
func TestTokenFormatting(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	rdb := r.Client(t)
	cfg := testConfig("", testTTL)
	const big = uint64(1) << 50
	require.NoError(t, rdb.Set(t.Context(), cfg.FenceKey(), strconv.FormatUint(big, 10), 0).Err())
	a := newInstance(t, r, "a", testTTL).start(t)
	require.Eventually(t, a.IsLeader, 2*time.Second, 5*time.Millisecond)
	require.Equal(t, big+1, a.token(t))
	require.Equal(t, "a:"+strconv.FormatUint(big+1, 10), rdb.Get(t.Context(), cfg.Key()).Val())
	require.NoError(t, a.Check(t.Context()))
}
