package txmgr

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/stretchr/testify/require"
)

func newRedisJournal(t *testing.T) (*RedisJournal, *testenv.Redis) {
	t.Helper()
	r := testenv.StartRedis(t)
	return NewRedisJournal(r.Client(t), "lrtk-test"), r
}

// get reads one record back, whatever its status.
func (j *RedisJournal) get(t *testing.T, h common.Hash) Record {
	t.Helper()
	m, err := j.rdb.HGetAll(t.Context(), j.txKey(h)).Result()
	require.NoError(t, err)
	require.NotEmpty(t, m, "no record for %s", h)
	r, err := parseRecord(m)
	require.NoError(t, err)
	return r
}

func TestRedisJournalRoundTrip(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	ctx := t.Context()
	to := common.Address{0x91}
	rec := Record{
		Hash: common.Hash{1}, Nonce: 7, From: common.Address{0x90}, To: &to,
		Purpose: "liquidate", Position: "0xmarket|0xborrower", Status: StatusPending,
		TipCap: big.NewInt(1), FeeCap: big.NewInt(3), GasLimit: 21000, MaxCost: big.NewInt(99),
		Raw: []byte{0xde, 0xad}, Time: time.Now().UTC().Truncate(time.Microsecond),
	}
	creation := rec
	creation.Hash, creation.To, creation.MaxCost, creation.Nonce, creation.Cancel = common.Hash{2}, nil, nil, 6, true
	require.NoError(t, j.Save(ctx, rec))
	require.NoError(t, j.Save(ctx, creation))

	got, err := j.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []Record{creation, rec}, got, "ordered by nonce, fields intact")

	rec.Status = StatusMined
	require.NoError(t, j.Save(ctx, rec))
	got, err = j.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []Record{creation}, got)
	require.Equal(t, StatusMined, j.get(t, rec.Hash).Status)
	ttl, err := j.rdb.TTL(ctx, j.txKey(rec.Hash)).Result()
	require.NoError(t, err)
	require.Greater(t, ttl, RecordRetention-time.Minute, "settled records expire")
	ttl, err = j.rdb.TTL(ctx, j.txKey(creation.Hash)).Result()
	require.NoError(t, err)
	require.Equal(t, time.Duration(-1), ttl, "pending records do not")
}

// crash starts a Send of c on e.mgr, waits until it is broadcast and then
// kills it as a crash would: its records stay pending. It returns the tx.
func crash(t *testing.T, e *env, c Candidate) *types.Transaction {
	t.Helper()
	before := len(e.backend.sentTxs())
	ctx, cancel := context.WithCancel(t.Context())
	ch := e.sendAsync(ctx, c)
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == before+1 }, 5*time.Second, 5*time.Millisecond)
	cancel()
	require.ErrorIs(t, e.await(ch).err, context.Canceled)
	return e.backend.sentTxs()[before]
}

// restart builds a second manager over the same key, chain and journal, as
// the process would after a restart.
func restart(t *testing.T, e *env, cfg Config, j Journal) (*Manager, *recordingBackend) {
	t.Helper()
	e.mgr.Close()
	be := &recordingBackend{Client: e.client}
	chainID, err := e.client.ChainID(t.Context())
	require.NoError(t, err)
	m, err := New(e.log, be, e.key, chainID, cfg, e.metrics, WithJournal(j))
	require.NoError(t, err)
	t.Cleanup(m.Wait)
	return m, be
}

// TestRestartWithTxInFlightDoesNotDoubleSend: the process dies with a
// liquidation pending. The new process resumes it (same signed tx), refuses
// a second Send for the same position, and exactly one tx is mined at that
// nonce.
func TestRestartWithTxInFlightDoesNotDoubleSend(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	cfg := safeConfig()
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithJournal(j)}})
	to := common.Address{0x92}
	c := Candidate{To: &to, Value: big.NewInt(12345), Label: "liquidate", Key: "market|borrower"}

	inFlight := crash(t, e, c)
	pending, err := j.Pending(t.Context())
	require.NoError(t, err)
	require.Len(t, pending, 1)
	rec := pending[0]
	require.Equal(t, inFlight.Hash(), rec.Hash)
	require.Equal(t, uint64(0), rec.Nonce)
	require.Equal(t, e.mgr.From(), rec.From)
	require.Equal(t, &to, rec.To)
	require.Equal(t, "liquidate", rec.Purpose)
	require.Equal(t, "market|borrower", rec.Position)
	require.Equal(t, inFlight.GasTipCap(), rec.TipCap)
	require.Equal(t, inFlight.GasFeeCap(), rec.FeeCap)
	require.Equal(t, inFlight.Gas(), rec.GasLimit)
	raw, err := inFlight.MarshalBinary()
	require.NoError(t, err)
	require.Equal(t, raw, rec.Raw)

	m2, be2 := restart(t, e, cfg, j)
	require.NoError(t, m2.Resume(t.Context()))
	sent := be2.sentTxs()
	require.Len(t, sent, 1, "re-broadcast once")
	require.Equal(t, inFlight.Hash(), sent[0].Hash(), "the same signed tx")

	_, err = m2.Send(t.Context(), c)
	require.ErrorIs(t, err, ErrAlreadyInFlight)
	require.Len(t, be2.sentTxs(), 1)

	e.startMining(15 * time.Millisecond)
	m2.Wait() // the resumed tx is tracked to its end
	rec = j.get(t, inFlight.Hash())
	require.Equal(t, StatusMined, rec.Status)
	pending, err = j.Pending(t.Context())
	require.NoError(t, err)
	require.Empty(t, pending)
	r, err := e.client.TransactionReceipt(t.Context(), inFlight.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	n, err := e.client.NonceAt(t.Context(), e.mgr.From(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), n, "one tx from the account, at nonce 0")
	bal, err := e.client.BalanceAt(t.Context(), to, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(12345), bal, "paid once")

	// Settled: the position may be acted on again, at the next nonce.
	r, err = m2.Send(t.Context(), c)
	require.NoError(t, err)
	require.Equal(t, uint64(1), e.minedTx(r).Nonce())
	require.Equal(t, StatusMined, j.get(t, r.TxHash).Status)
}

// TestResumeSettlesFinishedRecords: while the process was down one tx was
// mined and another's nonce was taken by a foreign tx. Resume settles both
// records and broadcasts nothing.
func TestResumeSettlesFinishedRecords(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	cfg := testConfig()
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithJournal(j)}})

	minedWhileDown := crash(t, e, transfer(common.Address{0x93}, "liquidate"))
	e.sim.Commit()
	c := transfer(common.Address{0x94}, "liquidate")
	c.Key = "k2"
	takenWhileDown := crash(t, e, c)
	require.Equal(t, uint64(1), takenWhileDown.Nonce())
	ext := e.signExternal(1, new(big.Int).Mul(gwei, big.NewInt(50)), new(big.Int).Mul(gwei, big.NewInt(100)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	e.sim.Commit()

	m2, be2 := restart(t, e, cfg, j)
	require.NoError(t, m2.Resume(t.Context()))
	require.Empty(t, be2.sentTxs())
	require.Equal(t, StatusMined, j.get(t, minedWhileDown.Hash()).Status)
	require.Equal(t, StatusDropped, j.get(t, takenWhileDown.Hash()).Status)
	pending, err := j.Pending(t.Context())
	require.NoError(t, err)
	require.Empty(t, pending)

	e.startMining(15 * time.Millisecond)
	r, err := m2.Send(t.Context(), c)
	require.NoError(t, err, "k2 is not held")
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
}

// TestJournalFailureBlocksBroadcast: with Redis down nothing is broadcast
// and no nonce is consumed; once it is back, sending resumes at that nonce.
func TestJournalFailureBlocksBroadcast(t *testing.T) {
	t.Parallel()
	j, rs := newRedisJournal(t)
	e := newEnvWith(t, testConfig(), envOpts{mgrOpts: []Option{WithJournal(j)}})
	e.startMining(15 * time.Millisecond)

	rs.Stop()
	_, err := e.mgr.Send(t.Context(), transfer(common.Address{0x95}, "liquidate"))
	require.ErrorIs(t, err, ErrJournal)
	e.requireNothingSent(0, 0)
	require.Equal(t, 1, e.metrics.notSentCount("liquidate", NotSentJournal))

	rs.Start()
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x95}, "liquidate"))
	require.NoError(t, err)
	require.Equal(t, uint64(0), e.minedTx(r).Nonce())
	require.Equal(t, StatusMined, j.get(t, r.TxHash).Status)
}

// TestCancelRecords: the journal tells the story of a cancellation: the
// hopeless tx is "cancelled", the cancel itself "mined".
func TestCancelRecords(t *testing.T) {
	t.Parallel()
	j, _ := newRedisJournal(t)
	cfg := testConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	cfg.CancelAfter = 60 * time.Millisecond
	e := newEnvWith(t, cfg, envOpts{mgrOpts: []Option{WithJournal(j)}})

	ch := e.sendAsync(t.Context(), transfer(common.Address{0x96}, "liquidate"))
	require.Eventually(t, func() bool { return e.metrics.cancelCount() == 1 }, 5*time.Second, 5*time.Millisecond)
	e.startMining(15 * time.Millisecond)
	res := e.await(ch)
	require.ErrorIs(t, res.err, ErrCancelled)
	sent := e.backend.sentTxs()
	require.Len(t, sent, 2)
	first := j.get(t, sent[0].Hash())
	require.Equal(t, StatusCancelled, first.Status)
	require.False(t, first.Cancel)
	cancel := j.get(t, res.receipt.TxHash)
	require.Equal(t, StatusMined, cancel.Status)
	require.True(t, cancel.Cancel)
	require.Equal(t, "liquidate", cancel.Purpose)
	require.Equal(t, first.Nonce, cancel.Nonce)
}
