package txmgr

import (
	"context"
	"errors"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/lease"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// The sender lease is the daemon's Gate.
var _ Gate = (*lease.Lease)(nil)

// errNoLease is what testGate answers when it refuses.
var errNoLease = errors.New("lease held by another instance")

// testGate allows the calls that allow accepts (numbered from 1) and
// counts them all.
type testGate struct {
	calls atomic.Int64
	allow func(call int64) bool
}

func (g *testGate) Check(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if g.allow(g.calls.Add(1)) {
		return nil
	}
	return errNoLease
}

func allowFirst(n int64) func(int64) bool { return func(c int64) bool { return c <= n } }

// requireNotLeader checks that err is the Gate's refusal, wrapped.
func requireNotLeader(t *testing.T, err error) {
	t.Helper()
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorIs(t, err, errNoLease, "the Gate's own error is kept")
	require.NotErrorIs(t, err, context.DeadlineExceeded)
}

// TestGateRefusesFirstSend: a refusing Gate stops the first broadcast.
// Nothing reaches the node, the journal record is settled as dropped, and
// the nonce stays free for the next Send.
func TestGateRefusesFirstSend(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	allowed := atomic.Bool{}
	g := &testGate{allow: func(int64) bool { return allowed.Load() }}
	e := newEnvWith(t, testConfig(), envOpts{mgrOpts: []Option{WithJournal(j), WithGate(g)}})
	e.startMining(20 * time.Millisecond)

	var onSent atomic.Int64
	c := transfer(common.Address{0xb1}, "liquidate")
	c.OnSent = func(*types.Transaction) { onSent.Add(1) }
	r, err := e.mgr.Send(t.Context(), c)
	requireNotLeader(t, err)
	require.Nil(t, r)
	require.Empty(t, e.backend.sentTxs(), "nothing broadcast")
	require.Zero(t, onSent.Load())
	require.Equal(t, int64(1), g.calls.Load())
	require.Equal(t, 1, e.metrics.notSentCount("liquidate", NotSentNotLeader))
	require.Zero(t, e.metrics.publishedCount("liquidate", OutcomeSuccess))
	pending, err := j.Pending(t.Context())
	require.NoError(t, err)
	require.Empty(t, pending, "the refused attempt's record is settled")
	require.Contains(t, logsOf(t), "tx not broadcast: gate refused")

	allowed.Store(true)
	r, err = e.mgr.Send(t.Context(), c)
	require.NoError(t, err)
	require.Equal(t, uint64(0), e.minedTx(r).Nonce(), "the refused send used no nonce")
	require.Equal(t, int64(1), onSent.Load())
}

// TestGateAllowsEveryBroadcast: with an allowing Gate a Send behaves as
// without one, and the Gate is asked once per broadcast, bumps included.
func TestGateAllowsEveryBroadcast(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 50 * time.Millisecond
	g := &testGate{allow: func(int64) bool { return true }}
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithGate(g)}})

	ch := e.sendAsync(t.Context(), transfer(common.Address{0xb2}, "liquidate"))
	require.Eventually(t, func() bool { return e.metrics.bumpCount() >= 1 }, 5*time.Second, 5*time.Millisecond)
	e.startMining(20 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)
	sent := e.backend.sentTxs()
	require.GreaterOrEqual(t, len(sent), 2, "first send and at least one bump")
	require.Equal(t, int64(len(sent)), g.calls.Load(), "one check per broadcast")
	require.Equal(t, 1+e.metrics.bumpCount(), e.metrics.publishedCount("liquidate", OutcomeSuccess))
	require.Zero(t, e.metrics.notSentCount("liquidate", NotSentNotLeader))
}

// TestGateRefusesResubmission: the Gate allows the first send, then
// refuses (the lease was lost meanwhile). The fee bump is not broadcast
// and Send returns ErrNotLeader at once. The first tx, already out, may
// still be mined; the next Send does not reuse its nonce.
func TestGateRefusesResubmission(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 50 * time.Millisecond
	var allowAll atomic.Bool
	g := &testGate{allow: func(n int64) bool { return n == 1 || allowAll.Load() }}
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithGate(g)}})

	res := e.await(e.sendAsync(t.Context(), transfer(common.Address{0xb3}, "liquidate")))
	requireNotLeader(t, res.err)
	require.Nil(t, res.receipt)
	require.Less(t, res.took, cfg.SendTimeout/2, "returned on the refusal, not on the timeout")
	sent := e.backend.sentTxs()
	require.Len(t, sent, 1, "only the first send went out")
	require.Zero(t, e.metrics.bumpCount())
	require.Equal(t, int64(2), g.calls.Load(), "first send, then the refused bump")
	require.Contains(t, res.err.Error(), "tx with nonce 0")

	// The first tx is still the node's business.
	e.startMining(20 * time.Millisecond)
	require.Eventually(t, func() bool {
		r, err := e.client.TransactionReceipt(t.Context(), sent[0].Hash())
		return err == nil && r.Status == types.ReceiptStatusSuccessful
	}, 5*time.Second, 10*time.Millisecond)
	allowAll.Store(true)
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0xb3}, "liquidate"))
	require.NoError(t, err)
	require.Equal(t, uint64(1), e.minedTx(r).Nonce())
}

// TestGateRefusesBundleResend: a bundle is re-sent for each new block; once
// the Gate refuses, the re-sends stop and Send returns ErrNotLeader.
func TestGateRefusesBundleResend(t *testing.T) {
	t.Parallel()
	rl := newRelay(t)
	cfg := testConfig()
	cfg.Private = PrivateConfig{URL: rl.url(), Method: PrivateMethodBundle}
	g := &testGate{allow: allowFirst(1)}
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithGate(g)}, secrets: []string{relayPass, relayAPIKey}})
	e.startMining(20 * time.Millisecond)

	res := e.await(e.sendAsync(t.Context(), transfer(common.Address{0xb4}, "liquidate")))
	requireNotLeader(t, res.err)
	require.Len(t, rl.received(), 1, "the first bundle only")
	require.Empty(t, e.backend.sentTxs())
}

// TestGateRefusesResume: a process that is not the leader does not
// re-broadcast what the journal holds as pending; the records stay pending
// for the leader.
func TestGateRefusesResume(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	cfg := testConfig()
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithJournal(j)}})
	inFlight := crash(t, e, transfer(common.Address{0xb5}, "liquidate"))

	e.mgr.Close()
	be := &recordingBackend{Client: e.client}
	chainID, err := e.client.ChainID(t.Context())
	require.NoError(t, err)
	g := &testGate{allow: func(int64) bool { return false }}
	m2, err := New(e.log, be, e.key, chainID, cfg, e.metrics, WithJournal(j), WithGate(g))
	require.NoError(t, err)
	defer m2.Close()
	require.NoError(t, m2.Resume(t.Context()))
	m2.Wait() // the tracking ends on the refusal
	require.Empty(t, be.sentTxs())
	require.Equal(t, int64(1), g.calls.Load())
	pending, err := j.Pending(t.Context())
	require.NoError(t, err)
	require.Len(t, pending, 1)
	require.Equal(t, inFlight.Hash(), pending[0].Hash)
}

// TestGateWithLease runs the manager behind a real sender lease: it sends
// while it leads, and once another instance took the lease (the key
// vanished under it, as after a pause longer than the TTL), the fencing
// check refuses the next Send before anything is broadcast.
func TestGateWithLease(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	cfg := lease.Config{Prefix: "lrt:test", Shard: "txmgr", TTL: 30 * time.Second}
	runLease := func(name string, ttl time.Duration) *lease.Lease {
		c := cfg
		c.Instance, c.TTL = name, ttl
		l, err := lease.New(zerolog.New(zerolog.NewTestWriter(t)), r.Client(t), c, nil)
		require.NoError(t, err)
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- l.Run(ctx) }()
		t.Cleanup(func() {
			cancel()
			require.NoError(t, <-done)
			require.NoError(t, l.Stop(context.Background()))
		})
		require.Eventually(t, l.IsLeader, 5*time.Second, 5*time.Millisecond)
		return l
	}
	a := runLease("a", cfg.TTL)
	e := newEnvWith(t, testConfig(), envOpts{mgrOpts: []Option{WithGate(a)}})
	e.startMining(20 * time.Millisecond)

	_, err := e.mgr.Send(t.Context(), transfer(common.Address{0xb6}, "liquidate"))
	require.NoError(t, err, "the leader sends")

	require.NoError(t, r.Client(t).Del(t.Context(), cfg.Key()).Err())
	b := runLease("b", time.Second)
	require.True(t, a.IsLeader(), "a has not noticed")
	_, err = e.mgr.Send(t.Context(), transfer(common.Address{0xb6}, "liquidate"))
	require.ErrorIs(t, err, ErrNotLeader)
	require.ErrorIs(t, err, lease.ErrNotLeader)
	require.Len(t, e.backend.sentTxs(), 1, "the stale leader broadcast nothing more")
	require.False(t, a.IsLeader())
	require.True(t, b.IsLeader())
	require.Equal(t, big.NewInt(1_000_000), func() *big.Int {
		bal, err := e.client.BalanceAt(t.Context(), common.Address{0xb6}, nil)
		require.NoError(t, err)
		return bal
	}(), "paid once")
}

// blockingGate answers only when its context ends, as a Redis that hangs.
type blockingGate struct{}

func (blockingGate) Check(ctx context.Context) error {
	<-ctx.Done()
	return ctx.Err()
}

// TestGateOutlivedBySend: when the Send's own deadline passes during the
// check, the Send reports its timeout, not a lost lease; nothing is sent.
func TestGateOutlivedBySend(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.SendTimeout = 300 * time.Millisecond
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithGate(blockingGate{})}})

	res := e.await(e.sendAsync(t.Context(), transfer(common.Address{0xb7}, "liquidate")))
	require.ErrorIs(t, res.err, ErrSendTimeout)
	require.NotErrorIs(t, res.err, ErrNotLeader)
	require.Empty(t, e.backend.sentTxs())
	require.Zero(t, e.metrics.notSentCount("liquidate", NotSentNotLeader))
}
