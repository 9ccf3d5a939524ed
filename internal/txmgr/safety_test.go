package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func safeConfig() Config {
	cfg := testConfig()
	cfg.Simulate = true
	return cfg
}

// requireNothingSent checks that the manager broadcast nothing and left the
// account's nonce where it was.
func (e *env) requireNothingSent(sentBefore int, nonce uint64) {
	e.t.Helper()
	require.Len(e.t, e.backend.sentTxs(), sentBefore, "nothing broadcast")
	for _, f := range []func(context.Context, common.Address) (uint64, error){
		e.client.PendingNonceAt,
		func(ctx context.Context, a common.Address) (uint64, error) { return e.client.NonceAt(ctx, a, nil) },
	} {
		n, err := f(e.t.Context(), e.mgr.From())
		require.NoError(e.t, err)
		require.Equal(e.t, nonce, n)
	}
}

func TestRevertingSimulationSendsNothing(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.ErrorABIs = []*abi.ABI{mustGuardABI(t)}
	e := newEnv(t, cfg)
	e.startMining(15 * time.Millisecond)

	// A guard whose slot is set: every call reverts with the custom error.
	guard := e.deploy(guardInitCode(t, 1, 2))
	_, err := e.mgr.Send(t.Context(), Candidate{To: &guard, Data: []byte{1}, Label: "poke"})
	require.NoError(t, err)
	w := weth9.NewWETH9()
	wethAddr := e.deploy(common.FromHex(weth9.WETH9MetaData.Bin))
	sent := len(e.backend.sentTxs())
	nonce := uint64(3)

	custom := Candidate{To: &guard, Label: "liquidate", Key: "m|b"}
	tests := []struct {
		name string
		cfg  func(*Config)
		c    Candidate
		want string
	}{
		{"custom error", nil, custom, "ProfitBelowMinimum(profit=1, minProfit=2)"},
		{"custom error, fixed gas", nil, Candidate{To: &guard, GasLimit: 100_000, Label: "liquidate"}, "ProfitBelowMinimum(profit=1, minProfit=2)"},
		{"Error(string)", nil, Candidate{To: &wethAddr, Data: w.PackWithdraw(ether), Label: "unwrap"}, `Error("WETH9: insufficient balance")`},
		// Without Simulate only the gas estimate checks; it decodes as well.
		{"estimate only", func(c *Config) { c.Simulate = false }, custom, "ProfitBelowMinimum(profit=1, minProfit=2)"},
		// A candidate's own ABIs decode too.
		{
			"candidate ABI", func(c *Config) { c.ErrorABIs = nil },
			Candidate{To: &guard, ErrorABIs: []*abi.ABI{mustGuardABI(t)}, Label: "liquidate"},
			"ProfitBelowMinimum(profit=1, minProfit=2)",
		},
		{"unknown custom error", func(c *Config) { c.ErrorABIs = nil }, custom, "unknown error 0x"},
	}
	for _, tt := range tests {
		mgr := e.mgr
		if tt.cfg != nil {
			c := cfg
			tt.cfg(&c)
			chainID, err := e.client.ChainID(t.Context())
			require.NoError(t, err)
			mgr, err = New(e.log, e.backend, e.key, chainID, c, e.metrics)
			require.NoError(t, err)
		}
		r, err := mgr.Send(t.Context(), tt.c)
		require.ErrorIs(t, err, ErrSimulationReverted, tt.name)
		require.NotErrorIs(t, err, ErrReverted, tt.name)
		require.Nil(t, r, tt.name)
		require.Contains(t, err.Error(), tt.want, tt.name)
		e.requireNothingSent(sent, nonce)
	}
	require.Equal(t, 4, e.metrics.notSentCount("liquidate", NotSentSimulationReverted))
	require.Equal(t, 1, e.metrics.notSentCount("unwrap", NotSentSimulationReverted))
	require.Equal(t, 1, e.metrics.publishedCount("liquidate", OutcomeEstimateFailed), "estimate-only path")
	logs := logsOf(t)
	require.Contains(t, logs, `"reason":"ProfitBelowMinimum(profit=1, minProfit=2)","message":"tx simulation reverted: not sent"`)

	// The key is free again and the nonce sequence intact.
	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x61}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, nonce, e.minedTx(r).Nonce())
}

func TestDecodeRevert(t *testing.T) {
	t.Parallel()
	g := mustGuardABI(t)
	pack := func(sig string, args abi.Arguments, vals ...any) []byte {
		data, err := args.Pack(vals...)
		require.NoError(t, err)
		return append(crypto.Keccak256([]byte(sig))[:4], data...)
	}
	str, _ := abi.NewType("string", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	custom, err := g.Errors["ProfitBelowMinimum"].Inputs.Pack(big.NewInt(7), big.NewInt(9))
	require.NoError(t, err)
	customData := append(g.Errors["ProfitBelowMinimum"].ID.Bytes()[:4], custom...)

	tests := []struct {
		data []byte
		abis []*abi.ABI
		want string
	}{
		{nil, nil, "execution reverted without data"},
		{[]byte{1, 2}, nil, "malformed revert data 0x0102"},
		{pack("Error(string)", abi.Arguments{{Type: str}}, "no"), nil, `Error("no")`},
		{pack("Panic(uint256)", abi.Arguments{{Type: u256}}, big.NewInt(0x11)), nil, "Panic(0x11: arithmetic underflow or overflow)"},
		{customData, []*abi.ABI{g}, "ProfitBelowMinimum(profit=7, minProfit=9)"},
		{customData, []*abi.ABI{nil, g}, "ProfitBelowMinimum(profit=7, minProfit=9)"},
		{customData[:10], []*abi.ABI{g}, "ProfitBelowMinimum(<undecodable arguments"},
		{customData, nil, "unknown error 0x"},
	}
	for _, tt := range tests {
		require.Contains(t, decodeRevert(tt.data, tt.abis), tt.want)
	}
	long := pack("Error(string)", abi.Arguments{{Type: str}}, strings.Repeat("x", 1000))
	require.LessOrEqual(t, len(decodeRevert(long)), chain.MaxReasonLen+len("…"))
}

func TestDryRunSendsNothing(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.DryRun = true
	cfg.GasMarginPct = 20
	e := newEnv(t, cfg)
	e.startMining(15 * time.Millisecond)

	var called bool
	to := common.Address{0x71}
	r, err := e.mgr.Send(t.Context(), Candidate{
		To: &to, Value: big.NewInt(1), Label: "liquidate",
		OnSent: func(*types.Transaction) { called = true },
	})
	require.ErrorIs(t, err, ErrDryRun)
	require.Nil(t, r)
	require.False(t, called)
	e.requireNothingSent(0, 0)
	require.Equal(t, 1, e.metrics.notSentCount("liquidate", NotSentDryRun))
	require.Contains(t, logsOf(t), `"label":"liquidate","gas":25200,"to":"0x7100000000000000000000000000000000000000","message":"dry run: not sent"`)

	// A failing candidate still fails its simulation under dry run.
	_, err = e.mgr.Send(t.Context(), Candidate{To: &to, Value: new(big.Int).Mul(ether, big.NewInt(1_000_000)), Label: "liquidate"})
	require.Error(t, err)
	require.NotErrorIs(t, err, ErrDryRun)
	e.requireNothingSent(0, 0)
}

func TestGasMarginOnEstimatesOnly(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.GasMarginPct = 20
	e := newEnv(t, cfg)
	e.startMining(15 * time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0x72}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, uint64(25200), e.minedTx(r).Gas(), "21000 + 20%")
	to := common.Address{0x72}
	r, err = e.mgr.Send(t.Context(), Candidate{To: &to, GasLimit: 30000, Label: "transfer"})
	require.NoError(t, err)
	require.Equal(t, uint64(30000), e.minedTx(r).Gas(), "a fixed gas limit is used as is")
}

// TestStuckHopelessTxIsCancelled: a tx whose bump is capped stays unmined
// for CancelAfter; it is replaced by a zero-value self-transfer at its
// nonce, which is mined.
func TestStuckHopelessTxIsCancelled(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1 // capped from the first round
	cfg.CancelAfter = 100 * time.Millisecond
	e := newEnv(t, cfg)

	start := time.Now()
	ch := e.sendAsync(t.Context(), transfer(common.Address{0x73}, "liquidate"))
	require.Eventually(t, func() bool { return e.metrics.cancelCount() == 1 }, 5*time.Second, 5*time.Millisecond)
	require.GreaterOrEqual(t, time.Since(start), cfg.CancelAfter)
	e.startMining(15 * time.Millisecond)
	res := e.await(ch)
	requireCancelled(t, e, res, "fee limit reached")
}

// requireCancelled checks that res is a mined cancellation of the first tx
// the manager sent.
func requireCancelled(t *testing.T, e *env, res sendResult, reason string) {
	t.Helper()
	require.ErrorIs(t, res.err, ErrCancelled)
	require.Contains(t, res.err.Error(), reason)
	require.NotNil(t, res.receipt, "the cancel's receipt")
	require.Equal(t, types.ReceiptStatusSuccessful, res.receipt.Status)
	sent := e.backend.sentTxs()
	var first *types.Transaction
	for _, tx := range sent {
		if tx.Value().Sign() > 0 || len(tx.Data()) > 0 || *tx.To() != e.mgr.From() {
			first = tx
			break
		}
	}
	require.NotNil(t, first)
	cancel := e.minedTx(res.receipt)
	require.Equal(t, first.Nonce(), cancel.Nonce())
	require.Equal(t, e.mgr.From(), *cancel.To(), "self-transfer")
	require.Zero(t, cancel.Value().Sign())
	require.Empty(t, cancel.Data())
	require.Equal(t, uint64(21000), cancel.Gas())
	require.GreaterOrEqual(t, cancel.GasTipCap().Cmp(raiseByPct(first.GasTipCap(), 10)), 0)
	require.GreaterOrEqual(t, cancel.GasFeeCap().Cmp(raiseByPct(first.GasFeeCap(), 10)), 0)
	e.requireNotMined(first.Hash())
	n, err := e.client.NonceAt(t.Context(), e.mgr.From(), nil)
	require.NoError(t, err)
	require.Equal(t, first.Nonce()+1, n)
	require.Equal(t, 1, e.metrics.cancelCount())
}

// TestNonceTakenBySameKeyIsRecovered: another process using the same key
// takes the pending nonce; the candidate still simulates, so it is re-sent
// once at the next nonce, and later Sends continue the sequence.
func TestNonceTakenBySameKeyIsRecovered(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	e := newEnv(t, cfg)

	c := transfer(common.Address{0x74}, "transfer")
	c.ResendIfNonceTaken = true
	ch := e.sendAsync(t.Context(), c)
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	mine := e.backend.sentTxs()[0]
	ext := e.signExternal(0, new(big.Int).Mul(gwei, big.NewInt(50)), new(big.Int).Mul(gwei, big.NewInt(100)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	e.startMining(15 * time.Millisecond)

	res := e.await(ch)
	require.NoError(t, res.err)
	require.Equal(t, types.ReceiptStatusSuccessful, res.receipt.Status)
	resent := e.minedTx(res.receipt)
	require.Equal(t, uint64(1), resent.Nonce())
	require.Equal(t, mine.To(), resent.To())
	require.Equal(t, mine.Value(), resent.Value())
	r, err := e.client.TransactionReceipt(t.Context(), ext.Hash())
	require.NoError(t, err, "the other sender's tx holds nonce 0")
	require.Equal(t, uint64(1), r.Status)
	e.requireNotMined(mine.Hash())
	bal, err := e.client.BalanceAt(t.Context(), common.Address{0x74}, nil)
	require.NoError(t, err)
	require.Equal(t, big.NewInt(1_000_000), bal, "paid once")

	r, err = e.mgr.Send(t.Context(), transfer(common.Address{0x74}, "transfer"))
	require.NoError(t, err)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
}

// TestNonceTakenAndNowRevertingIsNotResent: the nonce was taken by a tx
// that made the candidate revert (another keeper instance liquidated the
// position): ErrNonceConsumed, no re-send.
func TestNonceTakenAndNowRevertingIsNotResent(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	cfg.ErrorABIs = []*abi.ABI{mustGuardABI(t)}
	e := newEnv(t, cfg)
	e.startMining(15 * time.Millisecond)
	guard := e.deploy(guardInitCode(t, 1, 2))
	e.stopMining()

	ch := e.sendAsync(t.Context(), Candidate{To: &guard, GasLimit: 100_000, Label: "liquidate", ResendIfNonceTaken: true})
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 2 }, 5*time.Second, 5*time.Millisecond)
	// Same key, same nonce, different calldata: the "other instance" liquidates.
	ext, err := types.SignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: 1, GasTipCap: new(big.Int).Mul(gwei, big.NewInt(50)),
		GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(100)), Gas: 500_000, To: &guard, Data: []byte{1},
	})
	require.NoError(t, err)
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	e.startMining(15 * time.Millisecond)

	res := e.await(ch)
	require.ErrorIs(t, res.err, ErrNonceConsumed)
	require.Contains(t, res.err.Error(), "ProfitBelowMinimum")
	require.Len(t, e.backend.sentTxs(), 2, "not re-sent")
}

func TestMaxInFlightWaitsForASlot(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.MaxInFlight = 1
	e := newEnv(t, cfg)

	chA := e.sendAsync(t.Context(), transfer(common.Address{0x75}, "transfer"))
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	// The only slot is taken: a Send waits, and gives up with its context.
	ctx, cancel := context.WithTimeout(t.Context(), 100*time.Millisecond)
	defer cancel()
	_, err := e.mgr.Send(ctx, transfer(common.Address{0x76}, "transfer"))
	require.ErrorIs(t, err, context.DeadlineExceeded)
	require.Len(t, e.backend.sentTxs(), 1, "the waiting Send sent nothing")

	chB := e.sendAsync(t.Context(), transfer(common.Address{0x77}, "transfer"))
	e.startMining(15 * time.Millisecond)
	resA, resB := e.await(chA), e.await(chB)
	require.NoError(t, resA.err)
	require.NoError(t, resB.err)
	require.Equal(t, uint64(1), e.minedTx(resB.receipt).Nonce())
	now, peak := e.metrics.inFlightNow()
	require.Zero(t, now)
	require.Equal(t, 1, peak)
}

func TestSameKeyInFlightIsRefused(t *testing.T) {
	t.Parallel()
	e := newEnv(t, testConfig())
	to := common.Address{0x78}
	c := Candidate{To: &to, Value: big.NewInt(1), Label: "liquidate", Key: "market|borrower"}

	ch := e.sendAsync(t.Context(), c)
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	_, err := e.mgr.Send(t.Context(), c)
	require.ErrorIs(t, err, ErrAlreadyInFlight)
	require.Len(t, e.backend.sentTxs(), 1)
	require.Equal(t, 1, e.metrics.notSentCount("liquidate", NotSentAlreadyInFlight))

	e.startMining(15 * time.Millisecond)
	require.NoError(t, e.await(ch).err)
	// Settled: the key is free.
	r, err := e.mgr.Send(t.Context(), c)
	require.NoError(t, err)
	require.Equal(t, uint64(1), e.minedTx(r).Nonce())
}

func TestMaxCostCapsFees(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 20 * time.Millisecond
	cfg.FeeLimitMultiplier = 10
	e := newEnv(t, cfg)
	head, err := e.client.HeaderByNumber(t.Context(), nil)
	require.NoError(t, err)
	firstCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), gwei)
	// Room for one 10% bump (1.1x), not for a second (1.21x).
	maxCost := new(big.Int).Mul(firstCap, big.NewInt(21000*115))
	maxCost.Quo(maxCost, big.NewInt(100))
	to := common.Address{0x79}
	c := Candidate{To: &to, GasLimit: 21000, Label: "liquidate", MaxCost: maxCost}

	ch := e.sendAsync(t.Context(), c)
	require.Eventually(t, func() bool { return e.metrics.bumpCount() == 1 }, 5*time.Second, 5*time.Millisecond)
	// Rounds go on; no further bump fits.
	require.Eventually(t, func() bool { return strings.Count(logsOf(t), "tx fee limit reached") >= 3 }, 5*time.Second, 5*time.Millisecond)
	e.startMining(15 * time.Millisecond)
	require.NoError(t, e.await(ch).err)
	sent := e.backend.sentTxs()
	require.Len(t, sent, 2)
	for _, tx := range sent {
		cost := new(big.Int).Mul(tx.GasFeeCap(), new(big.Int).SetUint64(tx.Gas()))
		require.LessOrEqual(t, cost.Cmp(maxCost), 0, "fee cap × gas within MaxCost")
	}

	// A MaxCost below the base fee cannot be mined: refused before signing.
	c.MaxCost = big.NewInt(21000)
	_, err = e.mgr.Send(t.Context(), c)
	require.ErrorIs(t, err, ErrCostLimit)
	require.Len(t, e.backend.sentTxs(), 2)
	require.Equal(t, 1, e.metrics.notSentCount("liquidate", NotSentCostLimit))
}

func TestInsufficientFundsFailsFast(t *testing.T) {
	t.Parallel()
	// 10000 gwei: less than 21000 gas at ~3 gwei.
	e := newEnvWith(t, safeConfig(), envOpts{balance: new(big.Int).Mul(gwei, big.NewInt(10_000))})

	start := time.Now()
	_, err := e.mgr.Send(t.Context(), Candidate{To: &common.Address{0x7a}, Label: "transfer"})
	require.ErrorIs(t, err, ErrInsufficientFunds)
	require.Less(t, time.Since(start), 2*time.Second)
	msg := err.Error()
	require.Contains(t, msg, e.mgr.From().Hex())
	require.Contains(t, msg, "needs 63000000000000 wei")
	require.Contains(t, msg, "balance 10000000000000 wei")
	require.Equal(t, 1, e.metrics.publishedCount("transfer", OutcomeInsufficientFunds), "no retry loop")
	e.requireNothingSent(1, 0) // the refused one reached the node's door only
}

func TestConfigCheckNewFields(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"margin", func(c *Config) { c.GasMarginPct = 5000 }, "GasMarginPct"},
		{"cancel negative", func(c *Config) { c.CancelAfter = -time.Second }, "CancelAfter"},
		{"cancel vs timeout", func(c *Config) { c.CancelAfter = c.SendTimeout }, "CancelAfter"},
		{"in flight", func(c *Config) { c.MaxInFlight = -1 }, "MaxInFlight"},
		{"nil abi", func(c *Config) { c.ErrorABIs = []*abi.ABI{nil} }, "ErrorABIs[0]"},
		{"private without url", func(c *Config) { c.Private.FallbackBlocks = 2 }, "Private.URL"},
		{"private bad url", func(c *Config) { c.Private.URL = "not a url" }, "Private.URL"},
		{"private scheme", func(c *Config) { c.Private.URL = "ftp://h" }, "Private.URL"},
		{"private method", func(c *Config) { c.Private.URL, c.Private.Method = "https://h", "eth_send" }, "Private.Method"},
	}
	for _, tt := range tests {
		cfg := DefaultConfig()
		tt.mutate(&cfg)
		err := cfg.Check()
		require.Error(t, err, tt.name)
		require.Contains(t, err.Error(), tt.want, tt.name)
	}
	// The URL's secrets never appear in a config error.
	cfg := DefaultConfig()
	cfg.Private.URL = "https://user:hunter2@relay.example/%zz?key=abc"
	err := cfg.Check()
	require.Error(t, err)
	require.NotContains(t, err.Error(), "hunter2")
	require.NotContains(t, err.Error(), "abc")

	cfg = DefaultConfig()
	require.True(t, cfg.Simulate)
	require.Equal(t, uint64(20), cfg.GasMarginPct)
	cfg.Private = PrivateConfig{URL: "https://relay.example", Method: PrivateMethodBundle, FallbackBlocks: 3}
	require.NoError(t, cfg.Check())
	_, err = New(zerolog.Nop(), fakeBackend{}, mustKey(t), big.NewInt(1), cfg, nil)
	require.NoError(t, err)
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return k
}

// TestReplacementUnderpricedBumpsMore: another sender with the same key
// replaced the pending tx with higher fees; each "replacement underpriced"
// answer makes the manager bump again from the refused fees until its
// replacement is accepted and mined.
func TestReplacementUnderpricedBumpsMore(t *testing.T) {
	t.Parallel()
	cfg := testConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	e := newEnv(t, cfg)

	ch := e.sendAsync(t.Context(), transfer(common.Address{0x7b}, "transfer"))
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	first := e.backend.sentTxs()[0]
	// 1.5x the manager's fees: a plain 10% bump is refused.
	extTip := new(big.Int).Mul(first.GasTipCap(), big.NewInt(3))
	extTip.Quo(extTip, big.NewInt(2))
	extCap := new(big.Int).Mul(first.GasFeeCap(), big.NewInt(3))
	extCap.Quo(extCap, big.NewInt(2))
	ext := e.signExternal(0, extTip, extCap)
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))

	// Wait until the pool holds a bump of the manager that outbids ext.
	minTip, minCap := raiseByPct(extTip, 10), raiseByPct(extCap, 10)
	require.Eventually(t, func() bool {
		for _, tx := range e.backend.sentTxs() {
			if tx.GasTipCap().Cmp(minTip) >= 0 && tx.GasFeeCap().Cmp(minCap) >= 0 {
				// Later bumps replace earlier ones: any of them will do.
				if _, pending, err := e.client.TransactionByHash(t.Context(), tx.Hash()); err == nil && pending {
					return true
				}
			}
		}
		return false
	}, 5*time.Second, 5*time.Millisecond)
	// Whether ext came before or after the first bump, at least three
	// refusals preceded the winning bump.
	require.GreaterOrEqual(t, e.metrics.publishedCount("transfer", OutcomeReplacementUnderpriced), 3)
	e.startMining(15 * time.Millisecond)
	res := e.await(ch)
	require.NoError(t, res.err)
	mined := e.minedTx(res.receipt)
	require.Equal(t, uint64(0), mined.Nonce())
	require.Equal(t, first.To(), mined.To())
	require.GreaterOrEqual(t, mined.GasTipCap().Cmp(raiseByPct(extTip, 10)), 0, "outbids the other tx")
	e.requireNotMined(ext.Hash())
}

func TestCancelFees(t *testing.T) {
	t.Parallel()
	b := big.NewInt
	tip, feeCap := cancelFees(b(100), b(2100), b(1), b(1000), 10)
	require.Equal(t, int64(110), tip.Int64())
	require.Equal(t, int64(2310), feeCap.Int64())
	// The market moved: follow it, whatever the fee limit.
	tip, feeCap = cancelFees(b(100), b(2100), b(300), b(5000), 10)
	require.Equal(t, int64(300), tip.Int64())
	require.Equal(t, int64(10_300), feeCap.Int64())
}

// requireNotMined checks that the node has no receipt for h. A node still
// indexing answers neither way; wait for its answer.
func (e *env) requireNotMined(h common.Hash) {
	e.t.Helper()
	var err error
	require.Eventually(e.t, func() bool {
		_, err = e.client.TransactionReceipt(e.t.Context(), h)
		return err == nil || errors.Is(err, ethereum.NotFound)
	}, 5*time.Second, 5*time.Millisecond)
	require.ErrorIs(e.t, err, ethereum.NotFound, "tx %s was mined", h)
}

// TestNonceTakenWithoutResendIsNotResent: a call not marked
// ResendIfNonceTaken (a deleverage) whose nonce was taken by a tx the
// manager cannot find is given up with ErrNonceConsumed, never re-sent.
func TestNonceTakenWithoutResendIsNotResent(t *testing.T) {
	t.Parallel()
	cfg := safeConfig()
	cfg.ResubmitInterval = 30 * time.Millisecond
	cfg.FeeLimitMultiplier = 1
	e := newEnv(t, cfg)

	ch := e.sendAsync(t.Context(), transfer(common.Address{0x75}, "deleverage"))
	require.Eventually(t, func() bool { return len(e.backend.sentTxs()) == 1 }, 5*time.Second, 5*time.Millisecond)
	ext := e.signExternal(0, new(big.Int).Mul(gwei, big.NewInt(50)), new(big.Int).Mul(gwei, big.NewInt(100)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	e.startMining(15 * time.Millisecond)

	res := e.await(ch)
	require.ErrorIs(t, res.err, ErrNonceConsumed)
	require.Len(t, e.backend.sentTxs(), 1, "not re-sent at another nonce")
	bal, err := e.client.BalanceAt(t.Context(), common.Address{0x75}, nil)
	require.NoError(t, err)
	require.Zero(t, bal.Sign(), "never paid")
}
