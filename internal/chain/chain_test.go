package chain_test

import (
	"context"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

type simChain struct {
	backend *simulated.Backend
	client  chain.Client
	opts    *bind.TransactOpts
}

func newSimChain(t *testing.T) *simChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	alloc := types.GenesisAlloc{
		from:                        {Balance: new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))},
		contracts.Multicall3Address: contracts.Multicall3GenesisAccount(),
	}
	b := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = b.Close() })
	// Gas estimated against the genesis head comes out short on the simulated
	// chain (its forks switch on at block 1), so start from block 1.
	b.Commit()
	c, err := chain.FromSimulated(b.Client())
	require.NoError(t, err)
	return &simChain{backend: b, client: c, opts: bind.NewKeyedTransactor(key, big.NewInt(1337))}
}

func (s *simChain) mined(t *testing.T, tx *types.Transaction) {
	t.Helper()
	s.backend.Commit()
	rcpt, err := bind.WaitMined(context.Background(), s.client, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
}

func TestMulticallPinsReadsToBlockHash(t *testing.T) {
	t.Parallel()
	s := newSimChain(t)
	ctx := context.Background()
	feedABI := pricefeed.NewPriceFeed()
	addr, tx, err := bind.DeployContract(s.opts, common.FromHex(pricefeed.PriceFeedMetaData.Bin), s.client,
		feedABI.PackConstructor(18, "ezETH / ETH", big.NewInt(1e18)))
	require.NoError(t, err)
	s.mined(t, tx)
	before, err := s.client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)

	feed := bind.NewBoundContract(addr, feedABI.GetABI(), s.client, s.client, s.client)
	tx, err = feed.RawTransact(s.opts, feedABI.PackSetAnswer(big.NewInt(95e16)))
	require.NoError(t, err)
	s.mined(t, tx)
	after, err := s.client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)

	mc := chain.NewMulticall(s.client, contracts.Multicall3Address)
	calls := []chain.Call{
		{Target: addr, Data: feedABI.PackLatestAnswer()},
		{Target: addr, Data: []byte{0xde, 0xad, 0xbe, 0xef}, AllowFailure: true}, // no such function
	}
	for _, tc := range []struct {
		block *types.Header
		want  int64
	}{{before, 1e18}, {after, 95e16}} {
		res, err := mc.Do(ctx, tc.block.Hash(), calls)
		require.NoError(t, err)
		require.Len(t, res, 2)
		require.True(t, res[0].Success)
		got, err := feedABI.UnpackLatestAnswer(res[0].Data)
		require.NoError(t, err)
		require.Equal(t, tc.want, got.Int64(), "read at block %d", tc.block.Number)
		require.False(t, res[1].Success, "an allowed failure is reported, not fatal")
	}

	// A strict call that reverts fails the whole batch with a clear error.
	_, err = mc.Do(ctx, after.Hash(), []chain.Call{{Target: addr, Data: []byte{0xde, 0xad, 0xbe, 0xef}}})
	require.Error(t, err)
	require.Contains(t, err.Error(), "multicall at block")

	// More calls than one batch holds are split and stay in order.
	many := make([]chain.Call, chain.MaxBatch*2+7)
	for i := range many {
		many[i] = chain.Call{Target: addr, Data: feedABI.PackLatestAnswer()}
	}
	res, err := mc.Do(ctx, after.Hash(), many)
	require.NoError(t, err)
	require.Len(t, res, len(many))

	// No Multicall3 code at the address is an error, not empty results.
	_, err = chain.NewMulticall(s.client, common.HexToAddress("0x1234")).Do(ctx, after.Hash(), calls)
	require.ErrorContains(t, err, "no code")
}

// seenHeads records the heads a head source reports (chain.HeadMetrics).
type seenHeads struct {
	mu sync.Mutex
	n  []uint64
}

func (s *seenHeads) HeadSeen(number uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n = append(s.n, number)
}

func (s *seenHeads) all() []uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.n)
}

func TestHeadsLatestWins(t *testing.T) {
	t.Parallel()
	s := newSimChain(t)
	seen := &seenHeads{}
	heads := chain.NewHeads(zerolog.Nop(), s.client, 50*time.Millisecond, time.Second, chain.WithHeadMetrics(seen))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- heads.Run(ctx) }()

	<-heads.C()
	first, ok := heads.Take()
	require.True(t, ok)
	require.Equal(t, uint64(1), first.Number.Uint64())
	require.Equal(t, []uint64{1}, seen.all(), "a head is reported before it is handed on")
	for range 5 {
		s.backend.Commit()
	}
	// A consumer that was busy gets the newest head, not a queue of five.
	require.Eventually(t, func() bool {
		select {
		case <-heads.C():
			h, ok := heads.Take()
			if !ok {
				return false
			}
			if h.Number.Uint64() == 6 {
				return true
			}
			require.Less(t, h.Number.Uint64(), uint64(6))
		default:
		}
		return false
	}, 5*time.Second, 20*time.Millisecond)
	select {
	case <-heads.C():
		if h, ok := heads.Take(); ok {
			t.Fatalf("head %d delivered twice or out of order", h.Number)
		}
	case <-time.After(300 * time.Millisecond):
	}
	cancel()
	require.NoError(t, <-done)
	// Each new head is reported once and in order, including those the
	// busy consumer never took: the head lag counts from the newest.
	got := seen.all()
	require.Equal(t, uint64(6), got[len(got)-1])
	require.True(t, slices.IsSorted(got) && len(slices.Compact(slices.Clone(got))) == len(got), "reported %v", got)
}

func TestCheckChainID(t *testing.T) {
	t.Parallel()
	s := newSimChain(t)
	require.NoError(t, chain.CheckChainID(context.Background(), s.client, 1337, time.Second))
	err := chain.CheckChainID(context.Background(), s.client, 1, time.Second)
	require.ErrorIs(t, err, chain.ErrWrongChain)
	require.Contains(t, err.Error(), "node serves chain 1337, config says 1")
}

func TestRedactURL(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"wss://mainnet.example.io/v3/SECRETKEY": "wss://mainnet.example.io/<redacted>",
		"https://user:pass@rpc.example.io":      "https://rpc.example.io",
		"ws://127.0.0.1:8545":                   "ws://127.0.0.1:8545",
		"ws://127.0.0.1:8545/":                  "ws://127.0.0.1:8545",
		"not a url":                             "<invalid url>",
		"wss://h.example?apikey=KEY":            "wss://h.example/<redacted>",
	} {
		require.Equal(t, want, chain.RedactURL(in), in)
	}
}
