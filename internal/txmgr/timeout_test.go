package txmgr

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"
)

// These tests cover a first SendTransaction that times out (OutcomeTimeout):
// the manager tracks the signed tx, consumes its nonce and relies on the
// resubmission to re-send the nonce if the node never got it.

// sendFault is what timeoutBackend does with one SendTransaction call.
type sendFault int

const (
	// passThrough forwards the tx and returns the node's answer.
	passThrough sendFault = iota
	// timeoutAfterForward hands the tx to the node, then reports a deadline
	// error at once: the answer was lost on the way back.
	timeoutAfterForward
	// hangAfterForward hands the tx to the node, then blocks until the call's
	// context (NetworkTimeout) ends and returns its error.
	hangAfterForward
	// timeoutWithoutForward reports a deadline error; the node never sees the tx.
	timeoutWithoutForward
)

// timeoutBackend wraps the env's recordingBackend (which records only what
// reaches the node) and injects timeouts into SendTransaction.
type timeoutBackend struct {
	Backend
	mu    sync.Mutex
	fault func(call int, tx *types.Transaction) sendFault
	calls []*types.Transaction // every SendTransaction call, in order
}

func (b *timeoutBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	b.mu.Lock()
	call := len(b.calls)
	b.calls = append(b.calls, tx)
	f := passThrough
	if b.fault != nil {
		f = b.fault(call, tx)
	}
	b.mu.Unlock()

	deadline := fmt.Errorf("Post \"http://node:8545\": %w", context.DeadlineExceeded)
	switch f {
	case timeoutWithoutForward:
		return deadline
	case timeoutAfterForward:
		if err := b.Backend.SendTransaction(ctx, tx); err != nil {
			return err
		}
		return deadline
	case hangAfterForward:
		if err := b.Backend.SendTransaction(ctx, tx); err != nil {
			return err
		}
		<-ctx.Done()
		return ctx.Err()
	default:
		return b.Backend.SendTransaction(ctx, tx)
	}
}

func (b *timeoutBackend) sendCalls() []*types.Transaction {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.calls)
}

// onlyFirstCall applies f to the first SendTransaction call of the manager.
func onlyFirstCall(f sendFault) func(int, *types.Transaction) sendFault {
	return func(call int, _ *types.Transaction) sendFault {
		if call == 0 {
			return f
		}
		return passThrough
	}
}

// newTimeoutEnv is newEnv with the manager rebuilt on a timeoutBackend. m
// replaces e.metrics as the manager's Metricer when non-nil.
func newTimeoutEnv(t *testing.T, cfg Config, fault sendFault, m Metricer) (*env, *timeoutBackend) {
	t.Helper()
	e := newEnv(t, cfg)
	tb := &timeoutBackend{Backend: e.backend, fault: onlyFirstCall(fault)}
	if m == nil {
		m = e.metrics
	}
	chainID, err := e.client.ChainID(t.Context())
	require.NoError(t, err)
	e.mgr, err = New(e.log, tb, e.key, chainID, cfg, m)
	require.NoError(t, err)
	return e, tb
}

// onSentRecorder collects the transactions passed to Candidate.OnSent.
type onSentRecorder struct {
	mu  sync.Mutex
	txs []*types.Transaction
}

func (r *onSentRecorder) record(tx *types.Transaction) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.txs = append(r.txs, tx)
}

func (r *onSentRecorder) get() []*types.Transaction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.txs)
}

// requireNoNonceDetour checks that no publish needed a nonce correction.
func requireNoNonceDetour(t *testing.T, m *recordingMetrics, label string) {
	t.Helper()
	for _, o := range []string{OutcomeNonceTooLow, OutcomeNonceTooHigh, OutcomeAlreadyKnown, OutcomeReplacementUnderpriced, OutcomeOther} {
		require.Zero(t, m.publishedCount(label, o), "outcome %s", o)
	}
}

// Test 1: the node got the tx, only the answer timed out.
func TestFirstSendTimeoutNodeHasTx(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		fault sendFault
	}{
		{"error at once", timeoutAfterForward},
		{"call hits NetworkTimeout", hangAfterForward},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig() // ResubmitInterval 5s: no bump in this test
			cfg.NetworkTimeout = 300 * time.Millisecond
			e, tb := newTimeoutEnv(t, cfg, tc.fault, nil)
			const label = "transfer"

			// No blocks yet: A is pending when B is sent.
			var sentA onSentRecorder
			candA := transfer(common.Address{0x21}, label)
			candA.OnSent = sentA.record
			chA := e.sendAsync(t.Context(), candA)
			require.Eventually(t, func() bool { return e.metrics.publishedCount(label, OutcomeTimeout) == 1 },
				5*time.Second, 5*time.Millisecond)
			calls := tb.sendCalls()
			require.Len(t, calls, 1)
			timedOut := calls[0]
			require.Equal(t, uint64(0), timedOut.Nonce())
			// The node holds it although the call failed.
			require.Eventually(t, func() bool { return len(sentA.get()) == 1 }, 5*time.Second, 5*time.Millisecond)
			require.Equal(t, timedOut.Hash(), sentA.get()[0].Hash(), "OnSent gets the timed-out tx")
			_, pending, err := e.client.TransactionByHash(t.Context(), timedOut.Hash())
			require.NoError(t, err)
			require.True(t, pending)
			pn, err := e.client.PendingNonceAt(t.Context(), e.mgr.From())
			require.NoError(t, err)
			require.Equal(t, uint64(1), pn)

			// B, issued while A is still pending, takes the next nonce.
			chB := e.sendAsync(t.Context(), transfer(common.Address{0x22}, label))
			require.Eventually(t, func() bool { return e.metrics.publishedCount(label, OutcomeSuccess) == 1 },
				5*time.Second, 5*time.Millisecond)

			e.startMining(20 * time.Millisecond)
			resA, resB := e.await(chA), e.await(chB)
			require.NoError(t, resA.err)
			require.NoError(t, resB.err)
			require.Equal(t, types.ReceiptStatusSuccessful, resA.receipt.Status)
			require.Equal(t, timedOut.Hash(), resA.receipt.TxHash, "the timed-out tx itself is mined")
			require.Equal(t, uint64(0), e.minedTx(resA.receipt).Nonce())
			require.Equal(t, uint64(1), e.minedTx(resB.receipt).Nonce())

			// A later Send continues the sequence.
			r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x23}, label))
			require.NoError(t, err)
			require.Equal(t, uint64(2), e.minedTx(r).Nonce())

			require.Len(t, tb.sendCalls(), 3, "each nonce sent once: no retry, no bump")
			require.Len(t, e.backend.sentTxs(), 3)
			require.Equal(t, 1, e.metrics.publishedCount(label, OutcomeTimeout))
			require.Equal(t, 2, e.metrics.publishedCount(label, OutcomeSuccess))
			require.Zero(t, e.metrics.bumpCount())
			requireNoNonceDetour(t, e.metrics, label)
		})
	}
}

// Test 2: the node never got the tx. The resubmission fills the nonce.
func TestFirstSendTimeoutNodeLostTx(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 80 * time.Millisecond
	e, tb := newTimeoutEnv(t, cfg, timeoutWithoutForward, nil)
	e.startMining(20 * time.Millisecond)
	const label = "liquidate"

	var sentA onSentRecorder
	candA := transfer(common.Address{0x31}, label)
	candA.OnSent = sentA.record
	chA := e.sendAsync(t.Context(), candA)
	require.Eventually(t, func() bool { return e.metrics.publishedCount(label, OutcomeTimeout) == 1 },
		5*time.Second, 5*time.Millisecond)
	lost := tb.sendCalls()[0]
	require.Equal(t, uint64(0), lost.Nonce())
	require.Empty(t, e.backend.sentTxs(), "the node never saw it")
	pn, err := e.client.PendingNonceAt(t.Context(), e.mgr.From())
	require.NoError(t, err)
	require.Equal(t, uint64(0), pn, "nonce 0 is a gap in the pool")

	// B is issued while A waits: it takes nonce 1 and sits behind the gap.
	var sentB onSentRecorder
	candB := transfer(common.Address{0x32}, label)
	candB.OnSent = sentB.record
	chB := e.sendAsync(t.Context(), candB)
	require.Eventually(t, func() bool { return len(sentB.get()) == 1 }, 5*time.Second, 5*time.Millisecond)
	require.Equal(t, uint64(1), sentB.get()[0].Nonce())

	resA := e.await(chA)
	require.NoError(t, resA.err)
	require.GreaterOrEqual(t, resA.took, cfg.ResubmitInterval, "only the resubmission can mine it")
	require.Equal(t, types.ReceiptStatusSuccessful, resA.receipt.Status)
	minedA := e.minedTx(resA.receipt)
	require.Equal(t, uint64(0), minedA.Nonce(), "same nonce")
	require.NotEqual(t, lost.Hash(), minedA.Hash())
	require.GreaterOrEqual(t, minedA.GasTipCap().Cmp(raiseByPct(lost.GasTipCap(), cfg.FeeBumpPct)), 0, "bumped tip")
	require.GreaterOrEqual(t, minedA.GasFeeCap().Cmp(raiseByPct(lost.GasFeeCap(), cfg.FeeBumpPct)), 0, "bumped fee cap")
	require.True(t, slices.ContainsFunc(e.backend.sentTxs(), func(tx *types.Transaction) bool { return tx.Hash() == minedA.Hash() }))
	require.Equal(t, []*types.Transaction{lost}, sentA.get(), "OnSent once, with the first signed tx")

	resB := e.await(chB)
	require.NoError(t, resB.err)
	require.Equal(t, types.ReceiptStatusSuccessful, resB.receipt.Status)
	require.Equal(t, uint64(1), e.minedTx(resB.receipt).Nonce())
	// B mined after the gap was filled: a later block, or later in the same one.
	ra, rb := resA.receipt, resB.receipt
	cmp := rb.BlockNumber.Cmp(ra.BlockNumber)
	require.True(t, cmp > 0 || (cmp == 0 && rb.TransactionIndex > ra.TransactionIndex),
		"B (block %s idx %d) after A (block %s idx %d)", rb.BlockNumber, rb.TransactionIndex, ra.BlockNumber, ra.TransactionIndex)

	// The sequence goes on.
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x33}, label))
	require.NoError(t, err)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())

	for _, tx := range tb.sendCalls() {
		require.LessOrEqual(t, tx.Nonce(), uint64(2))
	}
	require.Equal(t, 1, e.metrics.publishedCount(label, OutcomeTimeout))
	require.GreaterOrEqual(t, e.metrics.bumpCount(), 1)
	requireNoNonceDetour(t, e.metrics, label)
	require.Equal(t, []uint64{1, 1, 1}, e.metrics.confirmed)
}

// eventMetrics records Metricer calls in order and passes them on.
type eventMetrics struct {
	next   []Metricer
	mu     sync.Mutex
	events []string
}

func (m *eventMetrics) add(ev string) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.events = append(m.events, ev)
}

func (m *eventMetrics) get() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.events)
}

func (m *eventMetrics) TxPublished(label, outcome string) {
	m.add("published " + label + "/" + outcome)
	for _, n := range m.next {
		n.TxPublished(label, outcome)
	}
}

func (m *eventMetrics) TxConfirmed(label string, status uint64, gasUsed uint64, latency time.Duration) {
	m.add(fmt.Sprintf("confirmed %s/%d", label, status))
	for _, n := range m.next {
		n.TxConfirmed(label, status, gasUsed, latency)
	}
}

func (m *eventMetrics) TxBumped(label string) {
	m.add("bumped " + label)
	for _, n := range m.next {
		n.TxBumped(label)
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var out dto.Metric
	require.NoError(t, c.Write(&out))
	return out.GetCounter().GetValue()
}

// Test 3: the first attempt is counted as OutcomeTimeout, in the recorder and
// in the Prometheus counter.
func TestFirstSendTimeoutMetrics(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		fault sendFault
		want  []string // whole event sequence when nothing is left to chance
	}{
		{"node has tx", timeoutAfterForward, []string{"published keep/timeout", "confirmed keep/1"}},
		{"node lost tx", timeoutWithoutForward, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := testConfig()
			if tc.fault == timeoutWithoutForward {
				cfg.ResubmitInterval = 80 * time.Millisecond
			}
			prom := NewMetrics(prometheus.NewRegistry())
			events := &eventMetrics{next: []Metricer{prom}}
			e, tb := newTimeoutEnv(t, cfg, tc.fault, events)
			e.startMining(20 * time.Millisecond)

			r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x41}, "keep"))
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

			evs := events.get()
			require.NotEmpty(t, evs)
			require.Equal(t, "published keep/timeout", evs[0], "first attempt: %v", evs)
			require.Equal(t, "confirmed keep/1", evs[len(evs)-1])
			require.InDelta(t, 1, counterValue(t, prom.published.WithLabelValues("keep", OutcomeTimeout)), 0)
			require.InDelta(t, 1, counterValue(t, prom.confirmed.WithLabelValues("keep", "1")), 0)

			calls := tb.sendCalls()
			if tc.want != nil {
				require.Equal(t, tc.want, evs)
				require.Len(t, calls, 1)
				require.Equal(t, calls[0].Hash(), r.TxHash)
				require.Zero(t, counterValue(t, prom.published.WithLabelValues("keep", OutcomeSuccess)))
				return
			}
			// Lost: every later attempt is a successful bump of nonce 0.
			require.Equal(t, "published keep/success", evs[1])
			require.Equal(t, "bumped keep", evs[2])
			bumps := counterValue(t, prom.bumps.WithLabelValues("keep"))
			require.GreaterOrEqual(t, bumps, float64(1))
			require.InDelta(t, bumps, counterValue(t, prom.published.WithLabelValues("keep", OutcomeSuccess)), 0)
			require.Len(t, evs, 2+2*int(bumps))
			// A bump racing the block that mines its predecessor is refused
			// ("nonce too low") and, being moot, not counted: allow those.
			require.GreaterOrEqual(t, len(calls), 1+int(bumps))
			for _, tx := range calls {
				require.Equal(t, uint64(0), tx.Nonce())
			}
			require.NotEqual(t, calls[0].Hash(), r.TxHash)
		})
	}
}

// TestLostFirstSendWithoutBumpRoom: the first send never reached the node
// and the fee limit allows no bump; the tx is re-sent as it is and mined.
func TestLostFirstSendWithoutBumpRoom(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 60 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	e, tb := newTimeoutEnv(t, cfg, timeoutWithoutForward, nil)
	e.startMining(20 * time.Millisecond)
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x41}, "keep"))
	require.NoError(t, err)
	mined := e.minedTx(r)
	require.Equal(t, tb.sendCalls()[0].Hash(), mined.Hash(), "the very tx whose send timed out")
	r, err = e.mgr.Send(t.Context(), transfer(common.Address{0x42}, "keep"))
	require.NoError(t, err)
	require.Equal(t, uint64(1), e.minedTx(r).Nonce())
}

// TestCancelledSendLeavesNoGap: a Send whose first send timed out ends
// (its context is cancelled) before any resubmission; the next Send asks
// the node for its nonce instead of skipping the unfilled one.
func TestCancelledSendLeavesNoGap(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = time.Hour
	e, _ := newTimeoutEnv(t, cfg, timeoutWithoutForward, nil)
	e.startMining(20 * time.Millisecond)
	ctx, cancel := context.WithCancel(t.Context())
	ch := e.sendAsync(ctx, transfer(common.Address{0x51}, "keep"))
	require.Eventually(t, func() bool { return e.metrics.publishedCount("keep", OutcomeTimeout) == 1 }, 5*time.Second, 5*time.Millisecond)
	cancel()
	require.Error(t, e.await(ch).err)
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x52}, "keep"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), e.minedTx(r).Nonce(), "the unfilled nonce is reused, not skipped")
}
