package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"maps"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

var (
	gwei  = big.NewInt(1_000_000_000)
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

	// revertInitCode deploys runtime code 0x60006000fd (REVERT(0, 0)), a
	// contract whose every call reverts.
	revertInitCode = common.FromHex("0x6460006000fd6000526005601bf3")
)

// Compile-time checks: the real clients satisfy Backend.
var (
	_ Backend = (*ethclient.Client)(nil)
	_ Backend = simulated.Client(nil)
	_ Backend = (*recordingBackend)(nil)
)

func testConfig() Config {
	return Config{
		NumConfirmations:     1,
		ReceiptQueryInterval: 10 * time.Millisecond,
		ResubmitInterval:     5 * time.Second, // tests of bumping lower it
		NetworkTimeout:       2 * time.Second,
		SendTimeout:          10 * time.Second,
		FeeBumpPct:           10,
		FeeLimitMultiplier:   10,
		MinTipCap:            new(big.Int).Set(gwei),
	}
}

// recordingBackend records every transaction the manager hands to the node.
type recordingBackend struct {
	simulated.Client
	mu   sync.Mutex
	sent []*types.Transaction
}

// SendTransaction records tx once the node has answered, accepted or not.
// Tests wait for a record and then act on the node (a foreign tx at the
// same nonce, mining): recording before the node holds tx would let that
// action overtake it.
func (b *recordingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	err := b.Client.SendTransaction(ctx, tx)
	b.mu.Lock()
	b.sent = append(b.sent, tx)
	b.mu.Unlock()
	return err
}

func (b *recordingBackend) sentTxs() []*types.Transaction {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.sent)
}

// recordingMetrics is a Metricer for assertions.
type recordingMetrics struct {
	mu        sync.Mutex
	published map[string]int // "label/outcome"
	bumps     int
	confirmed []uint64 // statuses

	notSent     map[string]int // "label/reason"
	cancelled   int
	inFlight    int
	maxInFlight int
}

func newRecordingMetrics() *recordingMetrics {
	return &recordingMetrics{published: map[string]int{}}
}

func (r *recordingMetrics) TxPublished(label, outcome string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.published[label+"/"+outcome]++
}

func (r *recordingMetrics) TxConfirmed(_ string, status uint64, _ uint64, _ time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.confirmed = append(r.confirmed, status)
}

func (r *recordingMetrics) TxBumped(string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bumps++
}

func (r *recordingMetrics) publishedCount(label, outcome string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.published[label+"/"+outcome]
}

func (r *recordingMetrics) bumpCount() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.bumps
}

type env struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	backend *recordingBackend
	key     *ecdsa.PrivateKey
	metrics *recordingMetrics
	mgr     *Manager
	log     zerolog.Logger // captured; fails the test if it shows a secret

	minerMu   sync.Mutex
	stopMiner func()
}

func newEnv(t *testing.T, cfg Config) *env {
	t.Helper()
	return newEnvWith(t, cfg, envOpts{})
}

// envOpts varies newEnvWith from newEnv's defaults.
type envOpts struct {
	balance *big.Int           // of the manager's account; nil: 1000 ether
	alloc   types.GenesisAlloc // more genesis accounts
	simOpts []func(*node.Config, *ethconfig.Config)
	mgrOpts []Option
	backend func(*recordingBackend) Backend // wraps the manager's backend
	secrets []string                        // also must never be logged
}

func newEnvWith(t *testing.T, cfg Config, o envOpts) *env {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	bal := o.balance
	if bal == nil {
		bal = new(big.Int).Mul(ether, big.NewInt(1000))
	}
	alloc := types.GenesisAlloc{from: {Balance: bal}}
	maps.Copy(alloc, o.alloc)
	sim := simulated.NewBackend(alloc, o.simOpts...)
	e := &env{t: t, sim: sim, client: sim.Client(), key: key, metrics: newRecordingMetrics()}
	t.Cleanup(func() { require.NoError(t, sim.Close()) })
	t.Cleanup(e.stopMining) // runs before sim.Close

	e.backend = &recordingBackend{Client: e.client}
	var be Backend = e.backend
	if o.backend != nil {
		be = o.backend(e.backend)
	}
	chainID, err := e.client.ChainID(context.Background())
	require.NoError(t, err)
	e.log = newTestLogger(t, append(keySecrets(key), o.secrets...)...)
	e.mgr, err = New(e.log, be, key, chainID, cfg, e.metrics, o.mgrOpts...)
	require.NoError(t, err)
	t.Cleanup(e.mgr.Wait) // runs first: t.Context() is already cancelled
	return e
}

// startMining commits a block every interval until stopMining.
func (e *env) startMining(every time.Duration) {
	e.minerMu.Lock()
	defer e.minerMu.Unlock()
	if e.stopMiner != nil {
		return
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				e.sim.Commit()
			}
		}
	})
	e.stopMiner = func() {
		close(done)
		wg.Wait()
	}
}

func (e *env) stopMining() {
	e.minerMu.Lock()
	defer e.minerMu.Unlock()
	if e.stopMiner != nil {
		e.stopMiner()
		e.stopMiner = nil
	}
}

type sendResult struct {
	receipt *types.Receipt
	err     error
	took    time.Duration
}

func (e *env) sendAsync(ctx context.Context, c Candidate) <-chan sendResult {
	ch := make(chan sendResult, 1)
	go func() {
		start := time.Now()
		r, err := e.mgr.Send(ctx, c)
		ch <- sendResult{r, err, time.Since(start)}
	}()
	return ch
}

func (e *env) await(ch <-chan sendResult) sendResult {
	e.t.Helper()
	select {
	case res := <-ch:
		return res
	case <-time.After(20 * time.Second):
		e.t.Fatal("Send did not return")
		return sendResult{}
	}
}

func (e *env) minedTx(r *types.Receipt) *types.Transaction {
	e.t.Helper()
	tx, pending, err := e.client.TransactionByHash(context.Background(), r.TxHash)
	require.NoError(e.t, err)
	require.False(e.t, pending)
	return tx
}

// signExternal signs a tx from the manager's key without the manager.
func (e *env) signExternal(nonce uint64, tip, feeCap *big.Int) *types.Transaction {
	e.t.Helper()
	to := common.HexToAddress("0x00000000000000000000000000000000000000ee")
	tx, err := types.SignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	require.NoError(e.t, err)
	return tx
}

func transfer(to common.Address, label string) Candidate {
	return Candidate{To: &to, Value: big.NewInt(1_000_000), Label: label}
}

func TestSendTransfer(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	e.startMining(20 * time.Millisecond)

	to := common.HexToAddress("0x000000000000000000000000000000000000beef")
	var sent []common.Hash
	r, err := e.mgr.Send(t.Context(), Candidate{
		To: &to, Value: ether, Label: "transfer",
		OnSent: func(tx *types.Transaction) { sent = append(sent, tx.Hash()) },
	})
	require.NoError(t, err)
	require.NotNil(t, r)
	require.Equal(t, []common.Hash{r.TxHash}, sent, "OnSent reports the accepted tx once")
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(21000), r.GasUsed)

	bal, err := e.client.BalanceAt(t.Context(), to, nil)
	require.NoError(t, err)
	require.Equal(t, ether, bal)

	tx := e.minedTx(r)
	require.Equal(t, uint64(0), tx.Nonce())
	require.Equal(t, types.DynamicFeeTxType, int(tx.Type()))
	require.Equal(t, 0, tx.GasTipCap().Cmp(gwei), "tip is max(suggestion, MinTipCap)")
	sender, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	require.NoError(t, err)
	require.Equal(t, e.mgr.From(), sender)

	require.Equal(t, 1, e.metrics.publishedCount("transfer", OutcomeSuccess))
	require.Equal(t, []uint64{1}, e.metrics.confirmed)
}

func TestSendWaitsForConfirmations(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.NumConfirmations = 3
	e := newEnv(t, cfg)
	e.startMining(15 * time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{1}, ""))
	require.NoError(t, err)
	head, err := e.client.BlockNumber(t.Context())
	require.NoError(t, err)
	require.GreaterOrEqual(t, head-r.BlockNumber.Uint64()+1, uint64(3))
	require.Equal(t, 1, e.metrics.publishedCount(defaultLabel, OutcomeSuccess))
}

func TestConcurrentSendsGetConsecutiveNonces(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	e.startMining(20 * time.Millisecond)

	const n = 16
	receipts := make([]*types.Receipt, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			receipts[i], errs[i] = e.mgr.Send(t.Context(), transfer(common.Address{byte(i + 1)}, "transfer"))
		})
	}
	wg.Wait()

	nonces := make([]uint64, 0, n)
	for i := range n {
		require.NoError(t, errs[i])
		require.Equal(t, types.ReceiptStatusSuccessful, receipts[i].Status)
		nonces = append(nonces, e.minedTx(receipts[i]).Nonce())
	}
	slices.Sort(nonces)
	for i, got := range nonces {
		require.Equal(t, uint64(i), got)
	}
	// Each first send succeeded once; a slow block may add bumps on top.
	require.Equal(t, n+e.metrics.bumpCount(), e.metrics.publishedCount("transfer", OutcomeSuccess))
}

func TestStuckTxIsBumped(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 50 * time.Millisecond
	e := newEnv(t, cfg)

	start := time.Now()
	ch := e.sendAsync(t.Context(), transfer(common.Address{2}, "liquidate"))
	require.Eventually(t, func() bool { return e.metrics.bumpCount() >= 1 }, 5*time.Second, 5*time.Millisecond)
	require.GreaterOrEqual(t, time.Since(start), cfg.ResubmitInterval)
	e.startMining(20 * time.Millisecond)

	res := e.await(ch)
	require.NoError(t, res.err)
	sent := e.backend.sentTxs()
	require.GreaterOrEqual(t, len(sent), 2)
	first := sent[0]

	mined := e.minedTx(res.receipt)
	require.Equal(t, res.receipt.TxHash, mined.Hash())
	require.NotEqual(t, first.Hash(), mined.Hash(), "the bumped tx replaced the first one")
	require.Equal(t, first.Nonce(), mined.Nonce())
	require.GreaterOrEqual(t, mined.GasTipCap().Cmp(raiseByPct(first.GasTipCap(), cfg.FeeBumpPct)), 0)
	require.GreaterOrEqual(t, mined.GasFeeCap().Cmp(raiseByPct(first.GasFeeCap(), cfg.FeeBumpPct)), 0)
	require.True(t, slices.ContainsFunc(sent, func(tx *types.Transaction) bool { return tx.Hash() == mined.Hash() }))
}

func TestFeeLimitIsHonoured(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 20 * time.Millisecond
	cfg.FeeBumpPct = 50
	cfg.FeeLimitMultiplier = 2 // allows 1.5x, not 2.25x
	e := newEnv(t, cfg)

	ch := e.sendAsync(t.Context(), transfer(common.Address{3}, "liquidate"))
	require.Eventually(t, func() bool { return e.metrics.bumpCount() >= 1 }, 5*time.Second, 5*time.Millisecond)
	time.Sleep(10 * cfg.ResubmitInterval) // further rounds must not bump
	e.startMining(20 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)

	sent := e.backend.sentTxs()
	require.Len(t, sent, 2, "one bump, then the limit stops further bumps")
	require.Equal(t, 1, e.metrics.bumpCount())
	limit := new(big.Int).Mul(sent[0].GasFeeCap(), big.NewInt(2))
	for _, tx := range sent {
		require.LessOrEqual(t, tx.GasFeeCap().Cmp(limit), 0)
	}
	mined := e.minedTx(res.receipt)
	require.Equal(t, sent[1].Hash(), mined.Hash())
	require.Equal(t, raiseByPct(sent[0].GasFeeCap(), 50), mined.GasFeeCap())
}

func TestFeeLimitMultiplierOneNeverBumps(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 20 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	e := newEnv(t, cfg)

	ch := e.sendAsync(t.Context(), transfer(common.Address{4}, "liquidate"))
	time.Sleep(10 * cfg.ResubmitInterval)
	e.startMining(20 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)
	require.Len(t, e.backend.sentTxs(), 1)
	require.Zero(t, e.metrics.bumpCount())
}

func TestRevertedTxReturnsReceiptAndErrReverted(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	e.startMining(20 * time.Millisecond)

	// Deploy through the manager (To nil, gas estimated).
	r, err := e.mgr.Send(t.Context(), Candidate{Data: revertInitCode, Label: "deploy"})
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	code, err := e.client.CodeAt(t.Context(), r.ContractAddress, nil)
	require.NoError(t, err)
	require.Equal(t, common.FromHex("0x60006000fd"), code)
	target := r.ContractAddress

	// With a fixed gas limit the estimate is skipped and the tx is mined reverted.
	r, err = e.mgr.Send(t.Context(), Candidate{To: &target, Data: []byte{1, 2, 3, 4}, GasLimit: 100_000, Label: "liquidate"})
	require.ErrorIs(t, err, ErrReverted)
	require.NotNil(t, r)
	require.Equal(t, types.ReceiptStatusFailed, r.Status)
	require.Contains(t, e.metrics.confirmed, types.ReceiptStatusFailed)

	// With estimation the revert is caught before sending.
	r, err = e.mgr.Send(t.Context(), Candidate{To: &target, Label: "liquidate"})
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrReverted)
	require.Nil(t, r)
	require.Equal(t, 1, e.metrics.publishedCount("liquidate", OutcomeEstimateFailed))

	// The nonce sequence is intact afterwards.
	r, err = e.mgr.Send(t.Context(), transfer(common.Address{5}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
}

func TestNonceTooLowResetsNonce(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	e.startMining(20 * time.Millisecond)

	_, err := e.mgr.Send(t.Context(), transfer(common.Address{6}, "transfer"))
	require.NoError(t, err)

	// Nonce 1 is used behind the manager's back and mined.
	ext := e.signExternal(1, gwei, new(big.Int).Mul(gwei, big.NewInt(10)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	require.Eventually(t, func() bool {
		n, err := e.client.NonceAt(t.Context(), e.mgr.From(), nil)
		return err == nil && n == 2
	}, 5*time.Second, 10*time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{6}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
	// The node answers "nonce too low", or, while its pool has not yet
	// dropped the mined foreign tx, "replacement underpriced": both make
	// the manager re-fetch the nonce.
	require.GreaterOrEqual(t, e.metrics.publishedCount("transfer", OutcomeNonceTooLow)+
		e.metrics.publishedCount("transfer", OutcomeReplacementUnderpriced), 1)
}

func TestReplacementUnderpricedResetsNonce(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	e.startMining(20 * time.Millisecond)
	_, err := e.mgr.Send(t.Context(), transfer(common.Address{7}, "transfer"))
	require.NoError(t, err)
	e.stopMining()

	// A well-paid foreign tx sits in the pool at the manager's next nonce.
	ext := e.signExternal(1, new(big.Int).Mul(gwei, big.NewInt(50)), new(big.Int).Mul(gwei, big.NewInt(100)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))

	ch := e.sendAsync(t.Context(), transfer(common.Address{7}, "transfer"))
	require.Eventually(t, func() bool {
		return e.metrics.publishedCount("transfer", OutcomeReplacementUnderpriced) == 1 &&
			e.metrics.publishedCount("transfer", OutcomeSuccess) >= 2
	}, 5*time.Second, 5*time.Millisecond)
	e.startMining(20 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)
	require.Equal(t, uint64(2), e.minedTx(res.receipt).Nonce())
}

func TestForeignTxTakesPendingNonce(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1 // keep the manager's tx cheap
	e := newEnv(t, cfg)

	ch := e.sendAsync(t.Context(), transfer(common.Address{8}, "transfer"))
	require.Eventually(t, func() bool { return e.metrics.publishedCount("transfer", OutcomeSuccess) == 1 }, 5*time.Second, 5*time.Millisecond)
	// Replace the manager's pending tx from outside with a much higher fee.
	ext := e.signExternal(0, new(big.Int).Mul(gwei, big.NewInt(50)), new(big.Int).Mul(gwei, big.NewInt(100)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	e.startMining(20 * time.Millisecond)

	res := e.await(ch)
	require.ErrorIs(t, res.err, ErrNonceConsumed)
	require.Nil(t, res.receipt)

	// The manager recovers: the next Send uses nonce 1.
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{8}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, uint64(1), e.minedTx(r).Nonce())
}

func TestContextCancelReturnsPromptly(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())

	ctx, cancel := context.WithCancel(t.Context())
	ch := e.sendAsync(ctx, transfer(common.Address{9}, "transfer"))
	time.Sleep(100 * time.Millisecond)
	cancel()
	res := e.await(ch)
	require.ErrorIs(t, res.err, context.Canceled)
	require.NotErrorIs(t, res.err, ErrSendTimeout)
	require.Less(t, res.took, time.Second)

	// Already-cancelled context: fails at once.
	_, err := e.mgr.Send(ctx, transfer(common.Address{9}, "transfer"))
	require.ErrorIs(t, err, context.Canceled)
}

func TestSendTimeout(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.SendTimeout = 200 * time.Millisecond
	e := newEnv(t, cfg)

	res := e.await(e.sendAsync(t.Context(), transfer(common.Address{10}, "transfer")))
	require.ErrorIs(t, res.err, ErrSendTimeout)
	require.ErrorIs(t, res.err, context.DeadlineExceeded)
	require.GreaterOrEqual(t, res.took, cfg.SendTimeout)
	require.Less(t, res.took, cfg.SendTimeout+time.Second)
}

func TestCloseRejectsNewSendsAndLetsInFlightFinish(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())

	ch := e.sendAsync(t.Context(), transfer(common.Address{11}, "transfer"))
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	e.mgr.Close()
	e.mgr.Close() // idempotent

	_, err := e.mgr.Send(t.Context(), transfer(common.Address{11}, "transfer"))
	require.True(t, errors.Is(err, ErrClosed))

	e.startMining(20 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)
	require.Equal(t, types.ReceiptStatusSuccessful, res.receipt.Status)
}
