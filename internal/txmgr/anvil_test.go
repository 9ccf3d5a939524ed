package txmgr

import (
	"context"
	"math/big"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/stretchr/testify/require"
)

// anvilEnv is an env on a real anvil node started with --no-mining: blocks
// are mined only when the test says so, with the base fee it pins.
type anvilEnv struct {
	*env
	rpc     *rpc.Client
	chainID *big.Int

	mineMu   sync.Mutex
	stopMine func()
}

func newAnvilEnv(t *testing.T, cfg Config) *anvilEnv {
	t.Helper()
	a := testenv.StartAnvil(t, "--no-mining")
	tr := http.DefaultTransport.(*http.Transport).Clone()
	rc, err := rpc.DialOptions(t.Context(), a.HTTPURL, rpc.WithHTTPClient(&http.Client{Transport: tr}))
	require.NoError(t, err)
	t.Cleanup(func() {
		rc.Close()
		tr.CloseIdleConnections()
	})
	client := ethclient.NewClient(rc)
	key := testenv.DevPrivateKey(0)
	ae := &anvilEnv{
		env: &env{t: t, client: client, key: key, metrics: newRecordingMetrics()},
		rpc: rc, chainID: new(big.Int).SetUint64(a.ChainID),
	}
	t.Cleanup(ae.stopMining)
	ae.backend = &recordingBackend{Client: client}
	ae.log = newTestLogger(t, keySecrets(key)...)
	ae.mgr, err = New(ae.log, ae.backend, key, ae.chainID, cfg, ae.metrics)
	require.NoError(t, err)
	t.Cleanup(ae.mgr.Wait)
	return ae
}

// awaitPooled waits until the manager's first tx is in anvil's pool, and
// returns it.
func (ae *anvilEnv) awaitPooled() *types.Transaction {
	ae.t.Helper()
	var first *types.Transaction
	require.Eventually(ae.t, func() bool {
		sent := ae.backend.sentTxs()
		if len(sent) == 0 {
			return false
		}
		first = sent[0]
		_, pending, err := ae.client.TransactionByHash(ae.t.Context(), first.Hash())
		return err == nil && pending
	}, 5*time.Second, 5*time.Millisecond)
	return first
}

// mine mines one block whose base fee is baseFee gwei.
func (ae *anvilEnv) mine(baseFeeGwei int64) {
	ae.t.Helper()
	ctx := context.Background()
	require.NoError(ae.t, ae.rpc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexGwei(baseFeeGwei)))
	require.NoError(ae.t, ae.rpc.CallContext(ctx, nil, "evm_mine"))
}

// startMining mines a block at baseFee gwei every interval until
// stopMining. Errors end the loop; the test then fails by timing out.
func (ae *anvilEnv) startMining(every time.Duration, baseFeeGwei int64) {
	ae.mineMu.Lock()
	defer ae.mineMu.Unlock()
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
				ctx := context.Background()
				if ae.rpc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", hexGwei(baseFeeGwei)) != nil ||
					ae.rpc.CallContext(ctx, nil, "evm_mine") != nil {
					return
				}
			}
		}
	})
	ae.stopMine = func() {
		close(done)
		wg.Wait()
	}
}

func (ae *anvilEnv) stopMining() {
	ae.mineMu.Lock()
	defer ae.mineMu.Unlock()
	if ae.stopMine != nil {
		ae.stopMine()
		ae.stopMine = nil
	}
}

// TestStuckTxReplacedOnAnvil: the first attempt's fee cap is below the base
// fee of every block mined; a bump that follows the base fee replaces it in
// anvil's pool and is mined at the same nonce.
func TestStuckTxReplacedOnAnvil(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 100 * time.Millisecond
	ae := newAnvilEnv(t, cfg)

	ch := ae.sendAsync(t.Context(), transfer(common.Address{0x81}, "liquidate"))
	first := ae.awaitPooled()
	require.Equal(t, 0, first.GasFeeCap().Cmp(new(big.Int).Mul(gwei, big.NewInt(3))), "2 × 1 gwei base fee + 1 gwei tip")

	// Block 1 at a 4 gwei base fee leaves the 3 gwei tx out (anvil also
	// evicts it from its pool; geth would keep it pending).
	ae.mine(4)
	ae.requireNotMined(first.Hash())
	n, err := ae.client.NonceAt(t.Context(), ae.mgr.From(), nil)
	require.NoError(t, err)
	require.Zero(t, n)

	ae.startMining(50*time.Millisecond, 4)
	res := ae.await(ch)
	require.NoError(t, res.err)
	require.Equal(t, types.ReceiptStatusSuccessful, res.receipt.Status)
	mined := ae.minedTx(res.receipt)
	require.NotEqual(t, first.Hash(), mined.Hash(), "replaced")
	require.Equal(t, first.Nonce(), mined.Nonce())
	require.GreaterOrEqual(t, mined.GasFeeCap().Cmp(new(big.Int).Mul(gwei, big.NewInt(8))), 0, "follows the 4 gwei base fee")
	require.GreaterOrEqual(t, mined.GasTipCap().Cmp(raiseByPct(first.GasTipCap(), cfg.FeeBumpPct)), 0)
	require.GreaterOrEqual(t, ae.metrics.bumpCount(), 1)
	ae.requireNotMined(first.Hash())
	n, err = ae.client.NonceAt(t.Context(), ae.mgr.From(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(1), n)
}

// TestRevertingPendingTxIsCancelled: while the tx waits under a base fee
// above its fee cap, someone else liquidates the position; the next
// re-simulation reverts and the tx is cancelled by a self-transfer that is
// mined at its nonce.
func TestRevertingPendingTxIsCancelled(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.Simulate = true
	cfg.ResubmitInterval = 50 * time.Millisecond
	cfg.FeeLimitMultiplier = 1 // never bumped: only the re-simulation acts
	cfg.ErrorABIs = []*abi.ABI{mustGuardABI(t)}
	ae := newAnvilEnv(t, cfg)
	guard := common.Address{0x9a}
	require.NoError(t, ae.rpc.CallContext(t.Context(), nil, "anvil_setCode", guard, hexutil.Encode(guardRuntime(t, 1, 2))))

	ch := ae.sendAsync(t.Context(), Candidate{To: &guard, Label: "liquidate", Key: "m|b"})
	first := ae.awaitPooled()

	// Someone else liquidates first, in a block whose base fee keeps the
	// manager's tx out.
	other := testenv.DevPrivateKey(1)
	poke, err := types.SignNewTx(other, types.LatestSignerForChainID(ae.chainID), &types.DynamicFeeTx{
		ChainID: ae.chainID, Nonce: 0, GasTipCap: new(big.Int).Mul(gwei, big.NewInt(2)),
		GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(100)), Gas: 500_000, To: &guard, Data: []byte{1},
	})
	require.NoError(t, err)
	require.NoError(t, ae.client.SendTransaction(t.Context(), poke))
	ae.mine(10)
	r, err := ae.client.TransactionReceipt(t.Context(), poke.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	ae.requireNotMined(first.Hash())

	require.Eventually(t, func() bool { return ae.metrics.cancelCount() == 1 }, 5*time.Second, 5*time.Millisecond)
	ae.startMining(50*time.Millisecond, 10)
	requireCancelled(t, ae.env, ae.await(ch), "would now revert: ProfitBelowMinimum(profit=1, minProfit=2)")
}

// TestStuckTxReplacedAfterBlocks: with ResubmitBlocks the replacement
// follows the chain, not the clock: an hour-long interval never fires, and
// the tx left out of two blocks is re-signed and mined.
func TestStuckTxReplacedAfterBlocks(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = time.Hour
	cfg.ResubmitBlocks = 2
	cfg.SendTimeout = time.Minute
	ae := newAnvilEnv(t, cfg)

	ch := ae.sendAsync(t.Context(), transfer(common.Address{0x82}, "liquidate"))
	first := ae.awaitPooled()
	ae.mine(4) // a 4 gwei base fee leaves the 3 gwei tx out
	ae.requireNotMined(first.Hash())
	ae.startMining(50*time.Millisecond, 4)
	res := ae.await(ch)
	require.NoError(t, res.err)
	mined := ae.minedTx(res.receipt)
	require.NotEqual(t, first.Hash(), mined.Hash(), "replaced after two blocks, not after an hour")
	require.Equal(t, first.Nonce(), mined.Nonce())
	require.GreaterOrEqual(t, ae.metrics.bumpCount(), 1)
}

// TestTimedOutTxKeepsItsKey: a Send that runs out of time while its tx is
// still pending returns, but the tx stays in flight under its key until it
// is mined: a second Send of the same action is refused meanwhile, not sent
// at the next nonce. Once mined, the key is free again.
func TestTimedOutTxKeepsItsKey(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	// Long enough to sign and pool the tx on a loaded machine under -race,
	// short enough that the test ends soon after.
	cfg.SendTimeout = 3 * time.Second
	cfg.ResubmitInterval = time.Hour
	ae := newAnvilEnv(t, cfg)

	liquidate := transfer(common.Address{0x83}, "liquidate")
	liquidate.Key = "market|borrower"
	ch := ae.sendAsync(t.Context(), liquidate)
	first := ae.awaitPooled()
	res := ae.await(ch) // nothing mined: out of time
	require.ErrorIs(t, res.err, ErrSendTimeout)

	_, err := ae.mgr.Send(t.Context(), liquidate)
	require.ErrorIs(t, err, ErrAlreadyInFlight, "the first is still pending")
	require.Len(t, ae.backend.sentTxs(), 1, "nothing sent at the next nonce")

	ae.mine(1)
	r, err := ae.client.TransactionReceipt(t.Context(), first.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Eventually(t, func() bool {
		ae.mgr.keysMu.Lock()
		defer ae.mgr.keysMu.Unlock()
		_, held := ae.mgr.keys[liquidate.Key]
		return !held
	}, 10*time.Second, 5*time.Millisecond, "the key is free once the late tx is mined")
	ch = ae.sendAsync(t.Context(), liquidate)
	require.Eventually(t, func() bool { return len(ae.backend.sentTxs()) == 2 }, 5*time.Second, 5*time.Millisecond)
	ae.startMining(50*time.Millisecond, 1)
	require.NoError(t, ae.await(ch).err, "the same action can be sent again")
}
