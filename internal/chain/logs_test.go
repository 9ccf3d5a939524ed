package chain_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

const (
	logChainBlocks = 200 // blocks with WETH activity after the deployment
	denseEvery     = 97  // every denseEvery-th of them holds denseLogs logs
	denseLogs      = 10
)

// logChain is a simulated chain with WETH9 logs spread unevenly over
// logChainBlocks blocks: 0 to 3 per block, and denseLogs in a few.
type logChain struct {
	backend *simulated.Backend
	head    uint64
	query   ethereum.FilterQuery // the WETH logs
	want    []types.Log          // every WETH log, read directly in one request
}

// sharedLogChain is built once per test binary: mining it takes most of a
// second or two, and the tests only read it. It is never closed.
var sharedLogChain = sync.OnceValues(buildLogChain)

func newLogChain(t *testing.T) *logChain {
	t.Helper()
	c, err := sharedLogChain()
	require.NoError(t, err)
	return c
}

func buildLogChain() (*logChain, error) {
	ctx := context.Background()
	key, err := crypto.GenerateKey()
	if err != nil {
		return nil, err
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))}})
	b.Commit()
	client, err := chain.FromSimulated(b.Client())
	if err != nil {
		return nil, err
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, err
	}
	weth, tx, err := bind.DeployContract(bind.NewKeyedTransactor(key, chainID), common.FromHex(weth9.WETH9MetaData.Bin), client, nil)
	if err != nil {
		return nil, fmt.Errorf("deploy WETH9: %w", err)
	}
	b.Commit()
	if _, err := bind.WaitDeployed(ctx, client, tx.Hash()); err != nil {
		return nil, fmt.Errorf("deploy WETH9: %w", err)
	}

	// Sign with a fixed nonce and gas: one RPC per transaction keeps the
	// few hundred of them fast. Every transaction emits one log.
	nonce, err := client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, err
	}
	signer := types.LatestSignerForChainID(chainID)
	wethABI := weth9.NewWETH9()
	dst := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	sent := 0
	for i := range logChainBlocks {
		n := i % 4
		if i%denseEvery == denseEvery/2 {
			n = denseLogs
		}
		for j := range n {
			value, data := big.NewInt(2), wethABI.PackDeposit() // Deposit(dst, wad)
			if j%2 == 1 {
				value, data = nil, wethABI.PackTransfer(dst, big.NewInt(1)) // Transfer(src, dst, wad)
			}
			tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{
				ChainID: chainID, Nonce: nonce, GasTipCap: big.NewInt(2 * params.GWei), GasFeeCap: big.NewInt(10 * params.GWei),
				Gas: 300_000, To: &weth, Value: value, Data: data,
			})
			if err := client.SendTransaction(ctx, tx); err != nil {
				return nil, fmt.Errorf("send tx %d: %w", nonce, err)
			}
			nonce++
			sent++
		}
		if err := sealBlock(ctx, b, client, from, nonce); err != nil {
			return nil, err
		}
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}

	c := &logChain{backend: b, head: head, query: ethereum.FilterQuery{Addresses: []common.Address{weth}}}
	all := c.query
	all.FromBlock, all.ToBlock = big.NewInt(0), new(big.Int).SetUint64(head)
	if c.want, err = client.FilterLogs(ctx, all); err != nil {
		return nil, err
	}
	if len(c.want) != sent {
		return nil, fmt.Errorf("%d transactions left %d logs: some failed", sent, len(c.want))
	}
	return c, nil
}

// sealBlock mines the transactions sent so far. The simulated miner sometimes
// leaves the latest ones out of the block (the pool promotes them on another
// goroutine), so it first waits for the pool to count them all as pending,
// and mines again while any is left; a block's logs may then spill into the
// next, which the tests allow for.
func sealBlock(ctx context.Context, b *simulated.Backend, client chain.Client, from common.Address, nonce uint64) error {
	for range 1000 {
		pending, err := client.PendingNonceAt(ctx, from)
		if err != nil {
			return err
		}
		if pending == nonce {
			break
		}
		time.Sleep(time.Millisecond)
	}
	for range 3 {
		b.Commit()
		mined, err := client.NonceAt(ctx, from, nil)
		if err != nil || mined == nonce {
			return err
		}
	}
	return fmt.Errorf("transactions up to nonce %d not mined", nonce)
}

// densest returns the first block holding the most logs, and their count.
func (c *logChain) densest() (block uint64, logs int) {
	per := map[uint64]int{}
	for _, l := range c.want {
		per[l.BlockNumber]++
		if n := per[l.BlockNumber]; n > logs {
			block, logs = l.BlockNumber, n
		}
	}
	return block, logs
}

// logsIn returns the logs of the blocks in [from, to].
func (c *logChain) logsIn(from, to uint64) []types.Log {
	var out []types.Log
	for _, l := range c.want {
		if l.BlockNumber >= from && l.BlockNumber <= to {
			out = append(out, l)
		}
	}
	return out
}

// collector is a Fetch callback that checks the chunks tile the range in
// order and keeps every log.
type collector struct {
	t      *testing.T
	next   uint64
	chunks int
	logs   []types.Log
}

func newCollector(t *testing.T, from uint64) *collector { return &collector{t: t, next: from} }

func (c *collector) fn(from, to uint64, logs []types.Log) error {
	require.Equal(c.t, c.next, from, "chunks must tile the range in order")
	require.LessOrEqual(c.t, from, to)
	for _, l := range logs {
		require.GreaterOrEqual(c.t, l.BlockNumber, from)
		require.LessOrEqual(c.t, l.BlockNumber, to)
	}
	c.next = to + 1
	c.chunks++
	c.logs = append(c.logs, logs...)
	return nil
}

// fakeClock is a Clock whose time moves only when told, or by the back-off
// waits it is asked for, which it records and ends at once.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	waits []time.Duration
}

func newFakeClock() *fakeClock { return &fakeClock{now: time.Unix(1_700_000_000, 0)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.waits = append(c.waits, d)
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func (c *fakeClock) backoffs() []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]time.Duration(nil), c.waits...)
}

// testFetcherConfig adapts fast and never retries, so an unexpected
// transient error fails the test.
func testFetcherConfig() chain.LogFetcherConfig {
	cfg := chain.DefaultLogFetcherConfig()
	cfg.InitialRange, cfg.MinRange, cfg.MaxRange, cfg.GrowAfter, cfg.MaxRetries = 128, 1, 256, 2, 0
	return cfg
}

func TestLogFetcherConfigCheck(t *testing.T) {
	t.Parallel()
	good := chain.DefaultLogFetcherConfig()
	require.NoError(t, good.Check())
	for _, tc := range []struct {
		name   string
		change func(*chain.LogFetcherConfig)
		want   []string
	}{
		{"zero ranges", func(c *chain.LogFetcherConfig) { c.InitialRange, c.MinRange, c.MaxRange = 0, 0, 0 },
			[]string{"InitialRange must be at least 1 block", "MinRange must be at least 1 block", "MaxRange must be at least 1 block"}},
		{"min above max", func(c *chain.LogFetcherConfig) { c.MinRange, c.MaxRange, c.InitialRange = 500, 100, 100 },
			[]string{"MinRange (500) larger than MaxRange (100)"}},
		{"initial above max", func(c *chain.LogFetcherConfig) { c.InitialRange = 200_000 },
			[]string{"InitialRange (200000) outside [MinRange, MaxRange] = [1, 100000]"}},
		{"initial below min", func(c *chain.LogFetcherConfig) { c.MinRange = 20_000 },
			[]string{"InitialRange (10000) outside [MinRange, MaxRange] = [20000, 100000]"}},
		{"grow after zero", func(c *chain.LogFetcherConfig) { c.GrowAfter = 0 }, []string{"GrowAfter must be at least 1, got 0"}},
		{"negative retries", func(c *chain.LogFetcherConfig) { c.MaxRetries = -1 }, []string{"MaxRetries must not be negative, got -1"}},
		{"zero durations", func(c *chain.LogFetcherConfig) { c.RetryBase, c.RetryMax, c.ProgressEvery = 0, 0, 0 },
			[]string{"RetryBase must be positive, got 0s", "RetryMax must be positive, got 0s", "ProgressEvery must be positive, got 0s"}},
		{"retry max below base", func(c *chain.LogFetcherConfig) { c.RetryBase, c.RetryMax = time.Second, time.Millisecond },
			[]string{"RetryMax (1ms) shorter than RetryBase (1s)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cfg := chain.DefaultLogFetcherConfig()
			tc.change(&cfg)
			err := cfg.Check()
			require.Error(t, err)
			require.ErrorContains(t, err, "invalid log fetcher config")
			for _, w := range tc.want {
				require.ErrorContains(t, err, w)
			}
			require.Equal(t, len(tc.want), strings.Count(err.Error(), "\n")+1, "only the broken fields are reported: %v", err)

			// A fetcher built from a bad config refuses to run.
			f := chain.NewLogFetcher(nil, cfg, zerolog.Nop())
			require.EqualError(t, f.Fetch(t.Context(), ethereum.FilterQuery{}, 0, 1, nil), err.Error())
		})
	}
}

// TestLogFetchClassifiesProviderErrors checks the refusal texts of the
// providers, plain and as wrapped JSON-RPC errors, against the transient
// errors that look alike. The proxy tests below send them over HTTP.
func TestLogFetchClassifiesProviderErrors(t *testing.T) {
	t.Parallel()
	refusals := []string{
		"query returned more than 10000 results. Try with this block range [0xCB3D, 0x7B737].",
		"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters and the response size limit, this block range should work: [0x0, 0x133e71]",
		"Under the Free tier plan, you can make eth_getLogs requests with up to a 10 block range. Based on your parameters, this block range should work: [0x1180fca, 0x1180fd3]. Upgrade to PAYG for expanded block range.",
		"Query timeout exceeded. Consider reducing your block range. Based on your parameters and the response size limit, this block range should work: [0x5223c98, 0x5223e80]",
		"exceed maximum block range 5",
		"exceed maximum block range: 50000",
		"query exceeds max block range 2000",
		"query exceeds max results 20000, retry with the range 24383075-24383096",
		"Requested range exceeds maximum RPC range limit",
		"eth_getLogs is limited to a 10,000 range",
		"eth_getLogs and eth_newFilter are limited to a 10,000 blocks range",
		"block range is too wide",
		"block range is too wide (maximum 10)",
		"too wide blocks range, the limit is 100",
		"block range too large",
		"Block range is too large",
		"requested too many blocks from 0 to 16777216, maximum is set to 2048",
		"logs matched by query exceeds limit of 10000",
		"backend response too large",
		"response size should not greater than 2097152 bytes",
		"limit exceeded",
		"Block range limit exceeded",
	}
	for _, msg := range refusals {
		require.True(t, chain.IsLogRangeRefusal(errors.New(msg)), msg)
		require.True(t, chain.IsLogRangeRefusal(fmt.Errorf("wrapped: %w", rpcErrorf(-32005, "%s", msg))), msg)
	}
	transient := []error{
		errors.New("header not found"),
		errors.New("rate limit exceeded"),
		errors.New("daily request count exceeded, request rate limited"),
		errors.New("Your app has exceeded its compute units per second capacity. If you have retries enabled, you can safely ignore this message."),
		errors.New("503 Service Unavailable: upstream connect error"),
		errors.New("Post \"http://127.0.0.1:1\": dial tcp 127.0.0.1:1: connect: connection refused"),
		errors.New("request timed out"),
		errors.New("execution reverted"),
		rpc.HTTPError{StatusCode: http.StatusTooManyRequests, Status: "429 Too Many Requests", Body: []byte(`{"error":{"code":-32005,"message":"limit exceeded"}}`)},
		nil,
	}
	for _, err := range transient {
		require.False(t, chain.IsLogRangeRefusal(err), "%v", err)
	}
}

// provider is one provider's eth_getLogs limit and refusal text.
type provider struct {
	name  string
	limit providerLimit
	// hinted: the refusal names the range to retry, which the fetcher must
	// take as its next range.
	hinted bool
}

const (
	testMaxSpan    = 50
	testMaxResults = 40
)

func spanLimit(code, status int, format func(from, to, hintTo uint64) string) providerLimit {
	return providerLimit{maxSpan: testMaxSpan, code: code, httpStatus: status, message: format}
}

func resultLimit(code, status int, format func(from, to, hintTo uint64) string) providerLimit {
	return providerLimit{maxResults: testMaxResults, code: code, httpStatus: status, message: format}
}

func fixed(msg string) func(from, to, hintTo uint64) string {
	return func(uint64, uint64, uint64) string { return msg }
}

var providers = []provider{
	// Block-span limits.
	{name: "geth rangelimit", limit: spanLimit(-32602, 0, fixed(fmt.Sprintf("exceed maximum block range %d", testMaxSpan)))},
	{name: "bsc publicnode", limit: spanLimit(-32000, 0, fixed(fmt.Sprintf("exceed maximum block range: %d", testMaxSpan)))},
	{name: "reth span", limit: spanLimit(-32602, 0, fixed(fmt.Sprintf("query exceeds max block range %d", testMaxSpan)))},
	{name: "besu", limit: spanLimit(-32005, 0, fixed("Requested range exceeds maximum RPC range limit"))},
	{name: "quicknode", limit: spanLimit(-32614, 0, fixed("eth_getLogs is limited to a 10,000 range"))},
	{name: "quicknode newfilter", limit: spanLimit(-32614, 0, fixed("eth_getLogs and eth_newFilter are limited to a 10,000 blocks range"))},
	{name: "ankr", limit: spanLimit(-32600, 0, fixed("block range is too wide"))},
	{name: "frontier", limit: spanLimit(-32603, 0, fixed(fmt.Sprintf("block range is too wide (maximum %d)", testMaxSpan)))},
	{name: "simplyvc", limit: spanLimit(-32000, 0, fixed(fmt.Sprintf("too wide blocks range, the limit is %d", testMaxSpan)))},
	{name: "base http 413", limit: spanLimit(-32614, http.StatusRequestEntityTooLarge, fixed("block range too large"))},
	{name: "optimism", limit: spanLimit(-32000, 0, fixed("Block range is too large"))},
	{name: "avalanche drpc", limit: spanLimit(-32000, 0, func(from, to, _ uint64) string {
		return fmt.Sprintf("requested too many blocks from %d to %d, maximum is set to %d", from, to, testMaxSpan)
	})},
	{name: "alchemy free tier", hinted: true, limit: spanLimit(-32600, 0, func(from, _, hintTo uint64) string {
		return fmt.Sprintf("Under the Free tier plan, you can make eth_getLogs requests with up to a %d block range. "+
			"Based on your parameters, this block range should work: [%#x, %#x]. Upgrade to PAYG for expanded block range.", testMaxSpan, from, hintTo)
	})},
	// Result-count and response-size limits.
	{name: "infura", hinted: true, limit: resultLimit(-32005, 0, func(from, _, hintTo uint64) string {
		return fmt.Sprintf("query returned more than %d results. Try with this block range [0x%X, 0x%X].", testMaxResults, from, hintTo)
	})},
	{name: "alchemy", hinted: true, limit: resultLimit(-32602, 0, func(from, _, hintTo uint64) string {
		return fmt.Sprintf("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit "+
			"on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your "+
			"parameters and the response size limit, this block range should work: [%#x, %#x]", from, hintTo)
	})},
	{name: "reth results", hinted: true, limit: resultLimit(-32602, 0, func(from, _, hintTo uint64) string {
		return fmt.Sprintf("query exceeds max results %d, retry with the range %d-%d", testMaxResults, from, hintTo)
	})},
	{name: "zkevm no hint", limit: resultLimit(-32005, 0, fixed(fmt.Sprintf("query returned more than %d results", testMaxResults)))},
	{name: "arbitrum", limit: resultLimit(-32602, 0, fixed(fmt.Sprintf("logs matched by query exceeds limit of %d", testMaxResults)))},
	{name: "op proxyd http 500", limit: resultLimit(-32020, http.StatusInternalServerError, fixed("backend response too large"))},
	{name: "1rpc", limit: resultLimit(-32000, 0, fixed("response size should not greater than 2097152 bytes"))},
	{name: "bsc limit exceeded", limit: resultLimit(-32005, 0, fixed("limit exceeded"))},
	{name: "alchemy timeout", limit: resultLimit(-32000, 0, fixed("Query timeout exceeded. Consider reducing your block range."))},
}

// TestLogFetchProviderRefusals backfills the chain through a proxy that
// plays each provider's limit and error text, and checks that every log
// arrives once and in order, that the range shrank to what the provider
// takes and grew again after successes.
func TestLogFetchProviderRefusals(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	for _, pv := range providers {
		t.Run(pv.name, func(t *testing.T) {
			t.Parallel()
			proxy := newRPCProxy(t, c.backend)
			proxy.setLimit(pv.limit)
			cfg := testFetcherConfig()
			f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop(), chain.WithLogFetcherClock(newFakeClock()))

			col := newCollector(t, 0)
			require.NoError(t, f.Fetch(t.Context(), c.query, 0, c.head, col.fn))
			require.Equal(t, c.head+1, col.next, "the whole range was delivered")
			require.Equal(t, c.want, col.logs, "every log exactly once, in order")

			reqs := proxy.seen()
			firstRefusal := -1
			for i, r := range reqs {
				require.NotEqual(t, "failed", r.outcome, "no transient errors were injected")
				if r.outcome == "refused" && firstRefusal < 0 {
					firstRefusal = i
				}
				if r.outcome == "ok" && pv.limit.maxSpan != 0 {
					require.LessOrEqual(t, r.span(), pv.limit.maxSpan)
				}
			}
			require.GreaterOrEqual(t, firstRefusal, 0, "the provider refused a range")
			require.Equal(t, cfg.InitialRange, reqs[0].span())

			// After a refusal the next request is narrower: the suggested
			// range when the provider names one, else half.
			for i, r := range reqs[:len(reqs)-1] {
				if r.outcome != "refused" {
					continue
				}
				next := reqs[i+1]
				require.Equal(t, r.from, next.from, "a refused range is retried from its start")
				if pv.hinted {
					require.Equal(t, r.hintTo, next.to, "the suggested range is taken")
				} else {
					require.Equal(t, r.span()/2, next.span())
				}
			}

			// After GrowAfter accepted requests in a row the range doubles,
			// back above where it had shrunk to.
			grew := false
			for i := firstRefusal + 1; i+cfg.GrowAfter < len(reqs); i++ {
				run := reqs[i : i+cfg.GrowAfter]
				allOK, sameSpan := true, true
				for _, r := range run {
					allOK = allOK && r.outcome == "ok"
					sameSpan = sameSpan && r.span() == run[0].span()
				}
				if allOK && sameSpan && reqs[i+cfg.GrowAfter].span() == 2*run[0].span() {
					grew = true
					break
				}
			}
			require.True(t, grew, "the range grew back after successes: %v", spans(reqs))
			require.GreaterOrEqual(t, f.Range(), cfg.MinRange)
			require.LessOrEqual(t, f.Range(), cfg.MaxRange)
		})
	}
}

func spans(reqs []getLogsRequest) string {
	var b strings.Builder
	for _, r := range reqs {
		fmt.Fprintf(&b, "%d:%s ", r.span(), r.outcome[:2])
	}
	return b.String()
}

// TestLogFetchRetriesTransientErrors injects the errors a healthy provider
// still returns now and then, some of which mention limits, and checks they
// are retried with exponential back-off on the same range, not shrunk.
func TestLogFetchRetriesTransientErrors(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	proxy := newRPCProxy(t, c.backend)
	proxy.injectFailures(
		failure{httpStatus: http.StatusServiceUnavailable, message: "upstream connect error"},
		failure{code: -32000, message: "header not found"},
		failure{httpStatus: http.StatusTooManyRequests, message: `{"jsonrpc":"2.0","id":1,"error":{"code":429,"message":"Your app has exceeded its compute units per second capacity."}}`},
		failure{code: -32005, message: "daily request count exceeded, request rate limited"},
		failure{code: -32005, message: "rate limit exceeded"},
		failure{httpStatus: http.StatusBadGateway, message: "bad gateway"},
	)
	clock := newFakeClock()
	cfg := testFetcherConfig()
	cfg.MaxRetries, cfg.RetryBase, cfg.RetryMax, cfg.GrowAfter = 6, 200*time.Millisecond, time.Second, 1000
	f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop(), chain.WithLogFetcherClock(clock))

	col := newCollector(t, 0)
	require.NoError(t, f.Fetch(t.Context(), c.query, 0, c.head, col.fn))
	require.Equal(t, c.want, col.logs)
	require.Equal(t, []time.Duration{
		200 * time.Millisecond, 400 * time.Millisecond, 800 * time.Millisecond, time.Second, time.Second, time.Second,
	}, clock.backoffs(), "exponential back-off, capped")
	reqs := proxy.seen()
	for i, r := range reqs[:7] {
		require.Equal(t, uint64(0), r.from, "request %d retries the first range", i)
		require.Equal(t, cfg.InitialRange, r.span(), "request %d keeps the range", i)
	}
	require.Equal(t, cfg.InitialRange, f.Range(), "transient errors do not shrink the range")
}

func TestLogFetchGivesUpAfterMaxRetries(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	proxy := newRPCProxy(t, c.backend)
	proxy.configure(func(p *rpcProxy) {
		p.failAlways = &failure{httpStatus: http.StatusServiceUnavailable, message: "no healthy upstream"}
	})
	clock := newFakeClock()
	cfg := testFetcherConfig()
	cfg.MaxRetries, cfg.RetryBase, cfg.RetryMax = 3, 200*time.Millisecond, 500*time.Millisecond
	f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop(), chain.WithLogFetcherClock(clock))

	col := newCollector(t, 10)
	err := f.Fetch(t.Context(), c.query, 10, c.head, col.fn)
	require.ErrorContains(t, err, "get logs of blocks [10, 137]: giving up after 4 attempts: 503 Service Unavailable: no healthy upstream")
	require.NotErrorIs(t, err, chain.ErrLogRangeTooLarge)
	require.Zero(t, col.chunks)
	require.Len(t, proxy.seen(), 4)
	require.Equal(t, []time.Duration{200 * time.Millisecond, 400 * time.Millisecond, 500 * time.Millisecond}, clock.backoffs())
}

// TestLogFetchRefusedAtMinRange: a provider that returns fewer logs than
// the densest block holds cannot serve that block at all. The error names the
// refused range, after every block before it was delivered once.
func TestLogFetchRefusedAtMinRange(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	dense, most := c.densest()
	require.Greater(t, most, 3, "some block holds more logs than the rest")
	maxResults := most - 1
	refusal := fmt.Sprintf("query returned more than %d results", maxResults)
	for _, minRange := range []uint64{1, 4} {
		t.Run(fmt.Sprintf("min range %d", minRange), func(t *testing.T) {
			t.Parallel()
			proxy := newRPCProxy(t, c.backend)
			proxy.setLimit(providerLimit{maxResults: maxResults, code: -32005, message: fixed(refusal)})
			cfg := testFetcherConfig()
			cfg.MinRange = minRange
			f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop(), chain.WithLogFetcherClock(newFakeClock()))

			col := newCollector(t, 0)
			err := f.Fetch(t.Context(), c.query, 0, c.head, col.fn)
			require.ErrorIs(t, err, chain.ErrLogRangeTooLarge)
			reqs := proxy.seen()
			last := reqs[len(reqs)-1]
			require.Equal(t, "refused", last.outcome)
			require.LessOrEqual(t, last.span(), minRange)
			require.Greater(t, len(c.logsIn(last.from, last.to)), maxResults, "the refused range really holds too many logs")
			require.EqualError(t, err, fmt.Sprintf(
				"get logs of blocks [%d, %d]: node refused the log range as too large at minimum range %d: %s",
				last.from, last.to, minRange, refusal))
			if minRange == 1 {
				require.Equal(t, dense, last.from)
			}

			// Everything before the refused range was delivered, once.
			require.Equal(t, last.from, col.next)
			require.Equal(t, c.logsIn(0, last.from-1), col.logs)
		})
	}
}

func TestLogFetchContextCancel(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)

	t.Run("between chunks", func(t *testing.T) {
		t.Parallel()
		proxy := newRPCProxy(t, c.backend)
		f := chain.NewLogFetcher(proxy.dial(t), testFetcherConfig(), zerolog.Nop())
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		calls := 0
		err := f.Fetch(ctx, c.query, 0, c.head, func(uint64, uint64, []types.Log) error {
			calls++
			cancel()
			return nil
		})
		require.ErrorIs(t, err, context.Canceled)
		require.Equal(t, 1, calls)
		require.Len(t, proxy.seen(), 1)
	})

	t.Run("during back-off", func(t *testing.T) {
		t.Parallel()
		proxy := newRPCProxy(t, c.backend)
		proxy.configure(func(p *rpcProxy) { p.failAlways = &failure{code: -32000, message: "header not found"} })
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		cfg := testFetcherConfig()
		cfg.MaxRetries, cfg.RetryBase, cfg.RetryMax = 5, time.Hour, time.Hour
		// The wait never ends by itself; it is cancelled as it starts.
		clock := &cancellingClock{cancel: cancel}
		f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop(), chain.WithLogFetcherClock(clock))
		err := f.Fetch(ctx, c.query, 0, c.head, nil)
		require.ErrorIs(t, err, context.Canceled)
		require.ErrorContains(t, err, "get logs of blocks [0, 127]")
		require.Len(t, proxy.seen(), 1)
	})

	t.Run("during a request", func(t *testing.T) {
		t.Parallel()
		proxy := newRPCProxy(t, c.backend)
		proxy.configure(func(p *rpcProxy) { p.holdGetLogs = true })
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		go func() {
			<-proxy.arrived
			cancel()
		}()
		f := chain.NewLogFetcher(proxy.dial(t), testFetcherConfig(), zerolog.Nop())
		err := f.Fetch(ctx, c.query, 0, c.head, nil)
		require.ErrorIs(t, err, context.Canceled)
		require.ErrorContains(t, err, "get logs of blocks [0, 127]")
	})
}

// cancellingClock cancels a context when asked to wait, and never ends the
// wait.
type cancellingClock struct{ cancel context.CancelFunc }

func (c *cancellingClock) Now() time.Time { return time.Unix(0, 0) }
func (c *cancellingClock) After(time.Duration) <-chan time.Time {
	c.cancel()
	return make(chan time.Time)
}

func TestLogFetchCallbackErrorAborts(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	proxy := newRPCProxy(t, c.backend)
	cfg := testFetcherConfig()
	cfg.InitialRange = 64
	f := chain.NewLogFetcher(proxy.dial(t), cfg, zerolog.Nop())
	errStop := errors.New("store is full")
	calls := 0
	err := f.Fetch(t.Context(), c.query, 5, c.head, func(from, to uint64, _ []types.Log) error {
		calls++
		if calls == 2 {
			return errStop
		}
		return nil
	})
	require.ErrorIs(t, err, errStop)
	require.ErrorContains(t, err, "handle logs of blocks [69, 132]: store is full")
	require.Equal(t, 2, calls)
	require.Len(t, proxy.seen(), 2, "no request after the callback failed")

	// Nothing to do for an empty range; a block-hash query is refused.
	require.NoError(t, f.Fetch(t.Context(), c.query, 10, 9, nil))
	hashQuery := c.query
	hashQuery.BlockHash = &common.Hash{1}
	require.ErrorContains(t, f.Fetch(t.Context(), hashQuery, 0, 1, nil), "block hash")
}

type progressCall struct {
	done, total uint64
	rate        float64
}

type recordingMetrics struct {
	mu    sync.Mutex
	calls []progressCall
}

func (m *recordingMetrics) BackfillProgress(done, total uint64, blocksPerSecond float64) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.calls = append(m.calls, progressCall{done, total, blocksPerSecond})
}

// TestLogFetchProgress drives the clock from the proxy, one second per
// request, and checks the progress lines and metrics against it.
func TestLogFetchProgress(t *testing.T) {
	t.Parallel()
	c := newLogChain(t)
	clock := newFakeClock()
	proxy := newRPCProxy(t, c.backend)
	proxy.configure(func(p *rpcProxy) { p.onGetLogs = func(*http.Request) { clock.advance(time.Second) } })
	var buf bytes.Buffer
	var bufMu sync.Mutex
	logger := zerolog.New(zerolog.SyncWriter(lockedWriter{&bufMu, &buf}))
	metrics := &recordingMetrics{}
	cfg := testFetcherConfig()
	cfg.InitialRange, cfg.GrowAfter, cfg.ProgressEvery = 10, 1000, 5*time.Second
	f := chain.NewLogFetcher(proxy.dial(t), cfg, logger, chain.WithLogFetcherClock(clock), chain.WithBackfillMetrics(metrics))

	// chunks of 10 blocks, one second each: a report every 5 chunks.
	const from, chunks, total = 1, 20, 10 * 20
	to := uint64(from + total - 1)
	require.LessOrEqual(t, to, c.head)
	col := newCollector(t, from)
	require.NoError(t, f.Fetch(t.Context(), c.query, from, to, col.fn))
	require.Equal(t, chunks, col.chunks)

	type line struct {
		Level      string  `json:"level"`
		Component  string  `json:"component"`
		Message    string  `json:"message"`
		From       uint64  `json:"from"`
		To         uint64  `json:"to"`
		At         uint64  `json:"at"`
		BlocksPerS float64 `json:"blocks_per_s"`
		ETA        float64 `json:"eta"` // milliseconds
		Range      uint64  `json:"range"`
		Logs       int     `json:"logs"`
	}
	var lines []line
	for _, raw := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		var l line
		require.NoError(t, json.Unmarshal([]byte(raw), &l), raw)
		if l.Message == "backfill progress" {
			lines = append(lines, l)
		}
	}
	require.Len(t, lines, chunks/5)
	for i, l := range lines {
		done := uint64(50 * (i + 1))
		require.Equal(t, "info", l.Level)
		require.Equal(t, "log_fetcher", l.Component)
		require.Equal(t, uint64(from), l.From)
		require.Equal(t, to, l.To)
		require.Equal(t, from+done-1, l.At)
		require.InDelta(t, 10.0, l.BlocksPerS, 1e-9, "ten blocks a second")
		require.InDelta(t, float64(total-done)/10*1000, l.ETA, 1e-6, "eta in ms")
		require.Equal(t, uint64(10), l.Range)
		require.Len(t, c.logsIn(from, l.At), l.Logs, "logs delivered so far")
	}

	// Metrics get each report and a final one at completion.
	require.Len(t, metrics.calls, chunks/5+1)
	for i, call := range metrics.calls[:chunks/5] {
		require.Equal(t, progressCall{uint64(50 * (i + 1)), total, 10}, call)
	}
	require.Equal(t, progressCall{total, total, 10}, metrics.calls[chunks/5])
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (w lockedWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}
