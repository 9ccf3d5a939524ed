package chain_test

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// apiKey sits in an endpoint's URL path; it must never reach a log or an
// error.
const apiKey = "FAILOVERSECRETKEY"

// reverter is an address whose code reverts with the custom error 0xdeadbeef:
// PUSH4 0xdeadbeef PUSH1 0xe0 SHL PUSH1 0 MSTORE PUSH1 4 PUSH1 0 REVERT.
var (
	reverter     = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	reverterCode = "0x63deadbeef60e01b60005260046000fd"
)

// node is a real anvil with Multicall3 and the reverter installed.
type node struct {
	anvil  *testenv.Anvil
	direct *ethclient.Client // straight to the node, to compare answers
	raw    *rpc.Client
}

func startNode(t *testing.T, args ...string) *node {
	t.Helper()
	a := testenv.StartAnvil(t, args...)
	raw, err := rpc.Dial(a.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(raw.Close)
	n := &node{anvil: a, direct: ethclient.NewClient(raw), raw: raw}
	n.call(t, nil, "anvil_setCode", contracts.Multicall3Address, hexutil.Encode(contracts.Multicall3RuntimeCode()))
	n.call(t, nil, "anvil_setCode", reverter, reverterCode)
	return n
}

func (n *node) call(t *testing.T, out any, method string, args ...any) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, n.raw.CallContext(ctx, out, method, args...), method)
}

// mine mines blocks on the node at once.
func (n *node) mine(t *testing.T, blocks int) {
	t.Helper()
	n.call(t, nil, "anvil_mine", hexutil.EncodeUint64(uint64(blocks)))
}

func (n *node) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := n.direct.HeaderByNumber(context.Background(), nil)
	require.NoError(t, err)
	return h
}

// forkOf starts a second anvil that forks n at its current head and never
// mines: a node that stopped following the chain.
func forkOf(t *testing.T, n *node) *node {
	t.Helper()
	return startNode(t, "--fork-url", n.anvil.HTTPURL, "--no-mining")
}

// noLeaks checks at the end of the test, after every cleanup registered
// later (nodes, proxies, the Failover), that no goroutine was left behind.
// Tests that use it are not parallel: goleak sees the whole process.
func noLeaks(t *testing.T) {
	t.Helper()
	ignore := goleak.IgnoreCurrent()
	t.Cleanup(func() { goleak.VerifyNone(t, ignore) })
}

// testFailover is a Failover under test with its registry and log.
type testFailover struct {
	*chain.Failover
	t   *testing.T
	reg *prometheus.Registry
	log *foLog
}

// fastConfig has short timeouts and intervals, and no head age limit.
func fastConfig() chain.FailoverConfig {
	cfg := chain.DefaultFailoverConfig()
	cfg.ChainID = testenv.AnvilChainID
	cfg.DialTimeout = 5 * time.Second
	cfg.CallTimeout = 400 * time.Millisecond
	cfg.CheckInterval = 50 * time.Millisecond
	cfg.MaxHeadAge = time.Hour
	cfg.HeadPollInterval = 50 * time.Millisecond
	return cfg
}

// newTestFailover builds a Failover over urls, checks it once and runs its
// health checks until the test ends.
func newTestFailover(t *testing.T, cfg chain.FailoverConfig, urls ...string) *testFailover {
	t.Helper()
	eps := make([]chain.Endpoint, len(urls))
	for i, u := range urls {
		eps[i] = chain.Endpoint{URL: u}
	}
	tf := &testFailover{t: t, reg: prometheus.NewRegistry(), log: &foLog{}}
	f, err := chain.NewFailover(zerolog.New(tf.log).Level(zerolog.DebugLevel), eps, cfg, chain.NewRPCMetrics(tf.reg))
	require.NoError(t, err)
	tf.Failover = f
	ctx, cancel := context.WithCancel(context.Background())
	require.NoError(t, f.Check(ctx))
	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		require.NoError(t, <-done)
		f.Close()
		require.NotContains(t, tf.log.String(), apiKey, "the API key never reaches a log")
	})
	return tf
}

func (tf *testFailover) healthy(i int) bool { return tf.Status()[i].Healthy }

func (tf *testFailover) metric(name, endpoint string, extra ...string) float64 {
	labels := map[string]string{"endpoint": endpoint}
	for i := 0; i+1 < len(extra); i += 2 {
		labels[extra[i]] = extra[i+1]
	}
	return metricValue(tf.t, tf.reg, name, labels)
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// checkReads reads through f and compares every answer with the node's own.
func checkReads(t *testing.T, f chain.Client, n *node) {
	t.Helper()
	ctx := ctxT(t)
	want := n.head(t)
	got, err := f.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.Equal(t, want.Hash(), got.Hash())
	num, err := f.BlockNumber(ctx)
	require.NoError(t, err)
	require.Equal(t, want.Number.Uint64(), num)

	dev := testenv.DevAddress(0)
	wantBal, err := n.direct.BalanceAt(ctx, dev, nil)
	require.NoError(t, err)
	bal, err := f.BalanceAt(ctx, dev, nil)
	require.NoError(t, err)
	require.Zero(t, wantBal.Cmp(bal))

	// A Multicall3 batch pinned to the head's hash.
	mc3 := multicall3.NewMulticall3()
	res, err := chain.NewMulticall(f, contracts.Multicall3Address).Do(ctx, want.Hash(), []chain.Call{
		{Target: contracts.Multicall3Address, Data: mc3.PackGetBlockNumber()},
		{Target: contracts.Multicall3Address, Data: mc3.PackGetEthBalance(dev)},
	})
	require.NoError(t, err)
	at, err := mc3.UnpackGetBlockNumber(res[0].Data)
	require.NoError(t, err)
	require.Equal(t, want.Number.Uint64(), at.Uint64(), "the batch ran at the pinned block")
	require.Zero(t, wantBal.Cmp(new(big.Int).SetBytes(res[1].Data)))
}

// TestFailoverFaults injects each fault into the primary of two endpoints
// over one real node: reads keep working with the node's answers, the
// primary is marked unhealthy (metric and log), and once the fault is
// removed a check marks it healthy again.
func TestFailoverFaults(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	stopped := forkOf(t, n) // for the lag case
	for _, tc := range []struct {
		name   string
		inject func(p *faultProxy)
		// class is the error class counted for endpoint 0, "" when the
		// fault shows only in the health check.
		class string
		cause string // in the unhealthy event's error
		// byCheck: only the health check can see the fault, so reads are
		// checked once it did.
		byCheck bool
	}{
		{name: "http 500", inject: func(p *faultProxy) { p.set(faultHTTP500) }, class: "http_5xx", cause: "500"},
		{name: "http 429", inject: func(p *faultProxy) { p.set(faultHTTP429) }, class: "rate_limited", cause: "429"},
		{name: "connection reset", inject: func(p *faultProxy) { p.set(faultReset) }, class: "transport", cause: "EOF"},
		{name: "hang", inject: func(p *faultProxy) { p.set(faultHang) }, class: "timeout", cause: "deadline exceeded"},
		{name: "garbage", inject: func(p *faultProxy) { p.set(faultGarbage) }, class: "malformed", cause: "invalid character"},
		{name: "wrong result type", inject: func(p *faultProxy) { p.set(faultWrongType) }, class: "malformed", cause: "missing required field"},
		{name: "lagging node", inject: func(p *faultProxy) {
			n.mine(t, 5) // the stopped node trails by more than 3 blocks
			p.setUpstream(stopped.anvil.HTTPURL)
		}, cause: "head lags the best endpoint", byCheck: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
			f := newTestFailover(t, fastConfig(), p0.url("/v2/"+apiKey), p1.url(""))
			require.True(t, f.healthy(0))
			require.True(t, f.healthy(1))
			require.Equal(t, 1.0, f.metric("lrtkeeper_rpc_endpoint_healthy", "0"))

			tc.inject(p0)
			if !tc.byCheck {
				checkReads(t, f, n)
			}
			require.Eventually(t, func() bool { return !f.healthy(0) }, 5*time.Second, 10*time.Millisecond)
			checkReads(t, f, n)
			require.True(t, f.healthy(1))
			require.Equal(t, 0.0, f.metric("lrtkeeper_rpc_endpoint_healthy", "0"))
			if tc.class != "" {
				require.Positive(t, f.metric("lrtkeeper_rpc_errors_total", "0", "class", tc.class))
			} else {
				require.Greater(t, f.metric("lrtkeeper_rpc_head_lag_blocks", "0"), 3.0)
			}
			require.Zero(t, f.metric("lrtkeeper_rpc_errors_total", "1", "class", tc.class))
			down := f.log.events(t, "rpc endpoint unhealthy", 0)
			require.Len(t, down, 1, "one event per transition")
			require.Contains(t, down[0]["error"], tc.cause)
			require.Equal(t, "warn", down[0]["level"])
			require.NotContains(t, f.Status()[0].Name, apiKey)
			require.ErrorContains(t, f.Status()[0].Cause, tc.cause)

			// While unhealthy it is skipped: reads go to endpoint 1 only.
			p0.resetCounts()
			_, err := f.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
			require.NoError(t, err)
			require.Zero(t, p0.count("eth_getBalance"))

			p0.set(faultNone)
			p0.setUpstream(n.anvil.HTTPURL)
			require.Eventually(t, func() bool { return f.healthy(0) }, 5*time.Second, 10*time.Millisecond)
			require.Equal(t, 1.0, f.metric("lrtkeeper_rpc_endpoint_healthy", "0"))
			require.Len(t, f.log.events(t, "rpc endpoint recovered", 0), 1)
			p0.resetCounts()
			checkReads(t, f, n)
			require.Positive(t, p0.count("eth_getBalance"), "the primary takes reads again")
		})
	}
}

// TestFailoverStaleHead: an endpoint whose head is older than max_head_age
// is unhealthy even when it trails by few blocks.
func TestFailoverStaleHead(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	stopped := forkOf(t, n)
	// The live node's next block is an hour ahead, and so is the clock the
	// Failover reads: the stopped node's head is an hour old.
	n.call(t, nil, "evm_setNextBlockTimestamp", hexutil.EncodeUint64(n.head(t).Time+3600))
	n.mine(t, 1)
	cfg := fastConfig()
	cfg.MaxHeadAge = 30 * time.Second
	cfg.Now = func() time.Time { return time.Now().Add(time.Hour) }
	p0 := newFaultProxy(t, stopped.anvil.HTTPURL)
	f := newTestFailover(t, cfg, p0.url(""), n.anvil.HTTPURL)
	st := f.Status()
	require.False(t, st[0].Healthy)
	require.ErrorIs(t, st[0].Cause, chain.ErrStaleHead)
	require.Equal(t, uint64(1), st[0].Lag)
	require.True(t, st[1].Healthy)
	checkReads(t, f, n)

	p0.setUpstream(n.anvil.HTTPURL)
	require.Eventually(t, func() bool { return f.healthy(0) }, 5*time.Second, 10*time.Millisecond)
}

// TestFailoverPinnedReads: reads pinned to a block the primary does not
// have (it trails by one block, within max_head_lag_blocks) go to the next
// endpoint without marking the primary unhealthy.
func TestFailoverPinnedReads(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	key := testenv.DevPrivateKey(1)
	opts := bind.NewKeyedTransactor(key, big.NewInt(testenv.AnvilChainID))
	wethAddr, tx, err := bind.DeployContract(opts, common.FromHex(weth9.WETH9MetaData.Bin), n.direct, nil)
	require.NoError(t, err)
	_, err = bind.WaitDeployed(ctxT(t), n.direct, tx.Hash())
	require.NoError(t, err)
	stopped := forkOf(t, n)

	// A deposit on the live node only: its block and log are past the
	// stopped node's head.
	wethABI := weth9.NewWETH9()
	weth := bind.NewBoundContract(wethAddr, wethABI.GetABI(), n.direct, n.direct, n.direct)
	opts.Value = big.NewInt(1e18)
	tx, err = weth.RawTransact(opts, wethABI.PackDeposit())
	require.NoError(t, err)
	rcpt, err := bind.WaitMined(ctxT(t), n.direct, tx.Hash())
	require.NoError(t, err)
	require.Len(t, rcpt.Logs, 1)

	p0 := newFaultProxy(t, stopped.anvil.HTTPURL)
	f := newTestFailover(t, fastConfig(), p0.url(""), n.anvil.HTTPURL)
	require.True(t, f.healthy(0), "one block behind is within max_head_lag_blocks")

	ctx := ctxT(t)
	head := n.head(t)
	require.Equal(t, rcpt.BlockHash, head.Hash())
	mc3 := multicall3.NewMulticall3()
	res, err := chain.NewMulticall(f, contracts.Multicall3Address).Do(ctx, head.Hash(), []chain.Call{
		{Target: contracts.Multicall3Address, Data: mc3.PackGetBlockNumber()},
	})
	require.NoError(t, err)
	at, err := mc3.UnpackGetBlockNumber(res[0].Data)
	require.NoError(t, err)
	require.Equal(t, head.Number.Uint64(), at.Uint64())
	require.Equal(t, 1, p0.count("eth_call"), "the primary was asked first")
	require.Equal(t, 1.0, f.metric("lrtkeeper_rpc_errors_total", "0", "class", "unknown_block"))

	// A read at a block number past the primary's head goes to the next
	// endpoint: the deposit's balance change is there.
	dev := testenv.DevAddress(1)
	want, err := n.direct.BalanceAt(ctx, dev, rcpt.BlockNumber)
	require.NoError(t, err)
	stale, err := stopped.direct.BalanceAt(ctx, dev, nil)
	require.NoError(t, err)
	require.NotZero(t, want.Cmp(stale))
	bal, err := f.BalanceAt(ctx, dev, rcpt.BlockNumber)
	require.NoError(t, err)
	require.Zero(t, want.Cmp(bal))
	require.Zero(t, p0.count("eth_getBalance"))

	h, err := f.HeaderByHash(ctx, rcpt.BlockHash)
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, h.Hash())
	b, err := f.BlockByNumber(ctx, rcpt.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, rcpt.BlockHash, b.Hash())

	// A log range past the primary's head never goes there: some nodes
	// answer it with no logs instead of an error.
	p0.resetCounts()
	logs, err := f.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: rcpt.BlockNumber, ToBlock: rcpt.BlockNumber, Addresses: []common.Address{wethAddr}})
	require.NoError(t, err)
	require.Len(t, logs, 1)
	require.Equal(t, tx.Hash(), logs[0].TxHash)
	require.Zero(t, p0.count("eth_getLogs"))

	require.True(t, f.healthy(0), "a missing block is not a fault")
	require.Empty(t, f.log.events(t, "rpc endpoint unhealthy", 0))
}

// TestFailoverRevertIsAnAnswer: a revert comes back as the revert, from the
// primary alone; nothing fails over.
func TestFailoverRevertIsAnAnswer(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
	cfg := fastConfig()
	cfg.HedgeReads = true
	f := newTestFailover(t, cfg, p0.url(""), p1.url(""))
	ctx := ctxT(t)

	_, err := f.CallContract(ctx, ethereum.CallMsg{To: &reverter}, nil)
	require.Error(t, err)
	data, ok := chain.RevertData(err)
	require.True(t, ok, "the revert data survives: %v", err)
	require.Equal(t, []byte{0xde, 0xad, 0xbe, 0xef}, data)

	_, err = f.EstimateGas(ctx, ethereum.CallMsg{From: testenv.DevAddress(0), To: &reverter})
	data, ok = chain.RevertData(err)
	require.True(t, ok, "the revert data survives: %v", err)
	require.Equal(t, []byte{0xde, 0xad, 0xbe, 0xef}, data)

	require.Equal(t, 1, p0.count("eth_call"))
	require.Zero(t, p1.count("eth_call"))
	require.True(t, f.healthy(0))
	require.Equal(t, 2.0, f.metric("lrtkeeper_rpc_errors_total", "0", "class", "revert"))
	require.Empty(t, f.log.events(t, "rpc endpoint unhealthy", 0))
}

// TestFailoverSend: a transaction goes to every healthy endpoint, is mined
// once, and the others' "already known" or "nonce too low" is no error.
func TestFailoverSend(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
	f := newTestFailover(t, fastConfig(), p0.url("/v2/"+apiKey), p1.url(""))
	ctx := ctxT(t)
	key, from := testenv.DevPrivateKey(2), testenv.DevAddress(2)
	signer := types.LatestSignerForChainID(big.NewInt(testenv.AnvilChainID))
	transfer := func(nonce uint64) *types.Transaction {
		to := testenv.DevAddress(3)
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: big.NewInt(testenv.AnvilChainID), Nonce: nonce, To: &to, Value: big.NewInt(1),
			Gas: 21_000, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(100e9),
		})
		require.NoError(t, err)
		return tx
	}
	nonce, err := f.PendingNonceAt(ctx, from)
	require.NoError(t, err)

	tx := transfer(nonce)
	require.NoError(t, f.SendTransaction(ctx, tx))
	require.Eventually(t, func() bool {
		return p0.count("eth_sendRawTransaction") == 1 && p1.count("eth_sendRawTransaction") == 1
	}, 5*time.Second, 10*time.Millisecond, "sent to both endpoints")
	rcpt, err := bind.WaitMined(ctx, f, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	after, err := n.direct.NonceAt(ctx, from, nil)
	require.NoError(t, err)
	require.Equal(t, nonce+1, after, "mined once")
	require.True(t, f.healthy(0))
	require.True(t, f.healthy(1), "the other endpoint's refusal is not a fault")

	// Sent again, every node refuses it: the node's answer comes back.
	err = f.SendTransaction(ctx, tx)
	require.ErrorContains(t, err, "nonce too low")
	require.True(t, f.healthy(0))
	require.True(t, f.healthy(1))

	// A failing endpoint does not stop a send.
	p0.set(faultHTTP500)
	tx = transfer(nonce + 1)
	require.NoError(t, f.SendTransaction(ctx, tx))
	rcpt, err = bind.WaitMined(ctx, f, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Eventually(t, func() bool { return !f.healthy(0) }, 5*time.Second, 10*time.Millisecond)

	// With every endpoint failing, the send fails and says why, redacted.
	p1.set(faultHTTP500)
	err = f.SendTransaction(ctx, transfer(nonce+2))
	require.ErrorContains(t, err, "500")
	require.NotContains(t, err.Error(), apiKey)
}

// TestFailoverHedgedReads: with hedging, a slow primary does not hold a read
// up; without it, the read waits for the primary.
func TestFailoverHedgedReads(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	const slow = 600 * time.Millisecond
	for _, hedge := range []bool{true, false} {
		p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
		cfg := fastConfig()
		cfg.CallTimeout = 2 * time.Second
		cfg.HedgeReads = hedge
		cfg.HedgeDelay = 50 * time.Millisecond
		f := newTestFailover(t, cfg, p0.url(""), p1.url(""))
		p0.setSlow(slow)
		want, err := n.direct.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
		require.NoError(t, err)
		start := time.Now()
		got, err := f.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
		elapsed := time.Since(start)
		require.NoError(t, err)
		require.Zero(t, want.Cmp(got))
		if hedge {
			require.Less(t, elapsed, slow, "the hedge answered first")
			require.Equal(t, 1, p1.count("eth_getBalance"))
		} else {
			require.GreaterOrEqual(t, elapsed, slow)
			require.Zero(t, p1.count("eth_getBalance"))
		}
		require.True(t, f.healthy(0), "slow is not failing")
	}
}

// TestFailoverRateLimit: a read overflows to the next endpoint when the
// first has no room under requests_per_second.
func TestFailoverRateLimit(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
	cfg := fastConfig()
	cfg.CheckInterval = time.Hour // the reads below are the only traffic
	cfg.RequestsPerSecond = 1
	f := newTestFailover(t, cfg, p0.url(""), p1.url(""))
	for range 2 {
		_, err := f.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
		require.NoError(t, err)
	}
	require.Equal(t, 1, p0.count("eth_getBalance"))
	require.Equal(t, 1, p1.count("eth_getBalance"))

	// No endpoint has room: the read waits for one, within its deadline.
	start := time.Now()
	_, err := f.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
	require.NoError(t, err)
	require.Greater(t, time.Since(start), 500*time.Millisecond)
	require.Equal(t, 3, p0.count("eth_getBalance")+p1.count("eth_getBalance"))

	// A deadline shorter than the wait fails at once, with the cause.
	cfg.RequestsPerSecond = 0.1
	f = newTestFailover(t, cfg, p0.url(""), p1.url(""))
	for range 2 {
		_, err := f.BalanceAt(ctxT(t), testenv.DevAddress(0), nil)
		require.NoError(t, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	start = time.Now()
	_, err = f.BalanceAt(ctx, testenv.DevAddress(0), nil)
	require.ErrorContains(t, err, "rate limit")
	require.Less(t, time.Since(start), 500*time.Millisecond)
	require.True(t, f.healthy(0), "throttling is not a fault")
	require.True(t, f.healthy(1))
}

// TestFailoverWrongChain: an endpoint serving another chain is never used,
// and the check says so.
func TestFailoverWrongChain(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	p0, p1 := newFaultProxy(t, n.anvil.HTTPURL), newFaultProxy(t, n.anvil.HTTPURL)
	p0.set(faultOtherChain)
	f, err := chain.NewFailover(zerolog.Nop(), []chain.Endpoint{{URL: p0.url("/v2/" + apiKey)}, {URL: p1.url("")}}, fastConfig(), nil)
	require.NoError(t, err)
	defer f.Close()
	err = f.Check(ctxT(t))
	require.ErrorIs(t, err, chain.ErrWrongChain)
	require.ErrorContains(t, err, "node serves chain 1, config says 31337")
	require.NotContains(t, err.Error(), apiKey)
	checkReads(t, f, n)
	require.Zero(t, p0.count("eth_getBalance"))

	// With no usable endpoint at all, calls fail at once.
	f2, err := chain.NewFailover(zerolog.Nop(), []chain.Endpoint{{URL: p0.url("")}}, fastConfig(), nil)
	require.NoError(t, err)
	defer f2.Close()
	require.ErrorIs(t, f2.Check(ctxT(t)), chain.ErrWrongChain)
	_, err = f2.BlockNumber(ctxT(t))
	require.ErrorIs(t, err, chain.ErrNoEndpoint)
}

// TestFailoverHeads: heads keep coming through a websocket subscription that
// moves to the next endpoint when its connection drops, and back when the
// primary recovers.
func TestFailoverHeads(t *testing.T) {
	noLeaks(t)
	n := startNode(t)
	nodeAddr := strings.TrimPrefix(n.anvil.WSURL, "ws://")
	t0, t1 := newTCPProxy(t, nodeAddr), newTCPProxy(t, nodeAddr)
	f := newTestFailover(t, fastConfig(), "ws://"+t0.addr(), "ws://"+t1.addr())

	// Heads polls only every 40s on its own: the heads below come through
	// the subscription.
	heads := chain.NewHeads(zerolog.Nop(), f, 10*time.Second, time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- heads.Run(ctx) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()
	// waitHead mines a block and waits for the head source to deliver it.
	waitHead := func() {
		t.Helper()
		n.mine(t, 1)
		want := n.head(t).Number.Uint64()
		require.Eventually(t, func() bool {
			select {
			case <-heads.C():
				h, ok := heads.Take()
				return ok && h.Number.Uint64() >= want
			default:
				return false
			}
		}, 5*time.Second, 5*time.Millisecond)
	}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("failover log:\n%s", f.log.String())
		}
	})
	subscribed := func(i int) int { return len(f.log.events(t, "rpc head subscription started", i)) }
	require.Eventually(t, func() bool { return subscribed(0) == 1 }, 5*time.Second, 10*time.Millisecond)
	waitHead()
	require.Zero(t, subscribed(1))

	t0.drop()
	require.Eventually(t, func() bool { return !f.healthy(0) }, 5*time.Second, 10*time.Millisecond)
	for range 3 {
		waitHead()
	}
	require.Equal(t, 1, subscribed(1), "moved to the second endpoint")

	t0.restore()
	require.Eventually(t, func() bool { return f.healthy(0) }, 10*time.Second, 10*time.Millisecond)
	require.Eventually(t, func() bool { return subscribed(0) == 2 }, 5*time.Second, 10*time.Millisecond, "back on the primary")
	waitHead()
	require.Len(t, f.log.events(t, "rpc endpoint recovered", 0), 1)

	// Over http alone there is nothing to subscribe to: Heads polls.
	p := newFaultProxy(t, n.anvil.HTTPURL)
	fh := newTestFailover(t, fastConfig(), p.url(""))
	_, err := fh.SubscribeNewHead(ctxT(t), make(chan *types.Header))
	require.ErrorIs(t, err, rpc.ErrNotificationsUnsupported)
}

func TestFailoverConfigAndClose(t *testing.T) {
	noLeaks(t)
	_, err := chain.NewFailover(zerolog.Nop(), nil, chain.DefaultFailoverConfig(), nil)
	require.Error(t, err)
	bad := chain.DefaultFailoverConfig()
	bad.CallTimeout, bad.RequestsPerSecond = 0, -1
	_, err = chain.NewFailover(zerolog.Nop(), []chain.Endpoint{{URL: "http://127.0.0.1:1"}}, bad, nil)
	require.ErrorContains(t, err, "CallTimeout must be > 0")
	require.ErrorContains(t, err, "RequestsPerSecond must not be negative")

	n := startNode(t)
	f, err := chain.NewFailover(zerolog.Nop(), []chain.Endpoint{{URL: n.anvil.WSURL}}, fastConfig(), nil)
	require.NoError(t, err)
	require.False(t, f.Status()[0].Checked)
	_, err = f.BlockNumber(ctxT(t))
	require.ErrorIs(t, err, chain.ErrNoEndpoint, "nothing is used before a check confirmed its chain")
	require.NoError(t, f.Check(ctxT(t)))
	require.True(t, f.Status()[0].Checked)
	sub, err := f.SubscribeNewHead(ctxT(t), make(chan *types.Header, 1))
	require.NoError(t, err)
	f.Close()
	f.Close()
	select {
	case err := <-sub.Err():
		require.ErrorIs(t, err, chain.ErrClosed)
	case <-time.After(5 * time.Second):
		t.Fatal("the subscription did not end")
	}
	sub.Unsubscribe()
	_, err = f.BlockNumber(ctxT(t))
	require.ErrorIs(t, err, chain.ErrClosed)
	require.ErrorIs(t, f.SendTransaction(ctxT(t), types.NewTx(&types.LegacyTx{})), chain.ErrClosed)
	require.ErrorIs(t, f.Check(ctxT(t)), chain.ErrClosed)
}
