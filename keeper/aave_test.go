package keeper_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/benchbook"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/aave"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// Reserves of devnet.DefaultAaveSpec.
const (
	aWETH = 0
	aEz   = 1
	aUSDC = 2
)

// aaveChain is an Aave-style pool on the simulated backend with users in
// every shape: e-mode loops, plain loops, multi-asset users, suppliers.
type aaveChain struct {
	t      *testing.T
	ctx    context.Context
	sim    *simulated.Backend
	client chain.Client
	a      *devnet.Aave
	mc     *chain.Multicall
	owner  *ecdsa.PrivateKey
	users  []*ecdsa.PrivateKey
	addrs  []common.Address
}

func wei(x float64, decimals int) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	out, _ := f.Int(nil)
	return out
}

func newAaveChain(t *testing.T, users int) *aaveChain {
	t.Helper()
	c := &aaveChain{t: t, ctx: t.Context()}
	key := func(i int) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i >> 8), byte(i), 'k', 'a', 'a', 'v', 'e'}))
		require.NoError(t, err)
		return k
	}
	c.owner = key(0)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(c.owner.PublicKey): {Balance: wei(1e6, 18)}}
	for i := 1; i <= users; i++ {
		k := key(i)
		c.users = append(c.users, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[c.addrs[i-1]] = types.Account{Balance: wei(100, 18)}
	}
	c.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(200_000_000))
	t.Cleanup(func() { _ = c.sim.Close() })
	client, err := chain.FromSimulated(c.sim.Client())
	require.NoError(t, err)
	c.client = client
	chainID, err := client.ChainID(c.ctx)
	require.NoError(t, err)
	c.a, err = devnet.DeployAave(c.ctx, client, c.owner, chainID, func() { c.sim.Commit() }, devnet.DefaultAaveSpec())
	require.NoError(t, err)
	c.mc = chain.NewMulticall(client, c.a.Multicall3)
	return c
}

func (c *aaveChain) send(txs ...devnet.KeyedTx) {
	c.t.Helper()
	rs, err := c.a.Send(c.ctx, c.client, txs)
	require.NoError(c.t, err)
	for _, r := range rs {
		require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
	}
}

// open gives user i a position by i mod 4: an e-mode loop, a plain loop,
// a multi-asset user, a supplier; the borrows take 85–99% of the LTV.
func (c *aaveChain) open() {
	a := c.a
	rng := rand.New(rand.NewPCG(3, 5))
	c.send(a.Mint(c.owner, aWETH, wei(1e6, 18)), a.Mint(c.owner, aUSDC, wei(1e9, 6)), a.Approve(c.owner, aWETH), a.Approve(c.owner, aUSDC))
	c.send(a.Supply(c.owner, aWETH, wei(5e5, 18)), a.Supply(c.owner, aUSDC, wei(5e8, 6)))
	var txs []devnet.KeyedTx
	for _, k := range c.users {
		txs = append(txs, a.Mint(k, aWETH, wei(500, 18)), a.Mint(k, aEz, wei(500, 18)), a.Approve(k, aWETH), a.Approve(k, aEz))
	}
	c.send(txs...)
	txs = txs[:0]
	size := make([]float64, len(c.users))
	for i, k := range c.users {
		size[i] = 1 + rng.Float64()*99
		switch i % 4 {
		case 0:
			txs = append(txs, a.Supply(k, aEz, wei(size[i], 18)), a.SetEMode(k, 1))
		case 1:
			txs = append(txs, a.Supply(k, aEz, wei(size[i], 18)))
		case 2:
			txs = append(txs, a.Supply(k, aEz, wei(size[i], 18)), a.Supply(k, aWETH, wei(size[i]/3, 18)))
		case 3:
			txs = append(txs, a.Supply(k, aWETH, wei(size[i], 18)))
		}
	}
	c.send(txs...)
	txs = txs[:0]
	for i, k := range c.users {
		frac := 0.85 + rng.Float64()*0.14
		switch i % 4 {
		case 0:
			txs = append(txs, a.Borrow(k, aWETH, wei(size[i]*frac*0.93*3090/3000, 18)))
		case 1:
			txs = append(txs, a.Borrow(k, aWETH, wei(size[i]*frac*0.72*3090/3000, 18)))
		case 2:
			txs = append(txs, a.Borrow(k, aWETH, wei(size[i]*frac*0.3, 18)), a.Borrow(k, aUSDC, wei(size[i]*frac*800, 6)))
		}
	}
	c.send(txs...)
}

func (c *aaveChain) head() chain.BlockRef {
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	require.NoError(c.t, err)
	return chain.RefOf(h)
}

// accounts is the pool's own getUserAccountData of every user at block.
func (c *aaveChain) accounts(block chain.BlockRef) map[common.Address]aave.Account {
	c.t.Helper()
	m := &protocol.Market{Pool: c.a.Pool}
	calls := make([]chain.Call, len(c.addrs))
	for i, u := range c.addrs {
		calls[i] = m.AccountDataCall(u)
	}
	res, err := c.mc.Do(c.ctx, block.Hash, calls)
	require.NoError(c.t, err)
	out := map[common.Address]aave.Account{}
	for i, r := range res {
		a, err := protocol.DecodeAccountData(r)
		require.NoError(c.t, err)
		out[c.addrs[i]] = a
	}
	return out
}

// newAaveKeeper follows c's pool alone (no Morpho market, no asset).
// aaveNode is what the keeper reads through: the node, or a counter.
type aaveNode interface {
	keeper.Node
	chain.HashCaller
}

func newAaveKeeper(t *testing.T, c *aaveChain, node aaveNode) *keeper.Keeper {
	t.Helper()
	return newAaveKeeperWith(t, c, node, nil, nopPublishing{}, 0)
}

func newAaveKeeperWith(t *testing.T, c *aaveChain, node aaveNode, heads keeper.HeadSource, pub keeper.Publishing, refresh time.Duration) *keeper.Keeper {
	t.Helper()
	return newAaveKeeperFull(t, c, node, heads, pub, refresh, nil, zerolog.Nop())
}

func newAaveKeeperFull(t *testing.T, c *aaveChain, node aaveNode, heads keeper.HeadSource, pub keeper.Publishing,
	refresh time.Duration, store keeper.CheckpointStore, log zerolog.Logger,
) *keeper.Keeper {
	t.Helper()
	m := metrics.New(prometheus.NewRegistry(), "test")
	mc := chain.NewMulticall(node, c.a.Multicall3)
	lane := keeper.NewAaveLane(keeper.AaveSpec{Name: "devnet", Pool: c.a.Pool, Oracle: c.a.Oracle, Version: aave.V3_5})
	return keeper.New(log, node, mc, heads, keeper.Settings{
		LogRange: 1000, CallTimeout: 5 * time.Second, HealthAlert: wei(1.05, 18), HysteresisBps: 10,
		HeadTimeout: time.Minute, WrappedNative: c.a.Reserves[aWETH].Token, Lanes: []keeper.Lane{lane},
		RefreshInterval: refresh, Checkpoints: store,
	}, nil, nil, pub, nil, alerts.New(log, m), m)
}

type nopPublishing struct{}

func (nopPublishing) Offer(*oracle.Snapshot) {}

// TestAaveLaneMatchesThePoolAndFindsTargets: the keeper follows an Aave
// pool through its lane. Every indebted user is published with the pool's
// own health factor to the wei, in its loop market or in the multi-asset
// one, and after a price drop the liquidatable users are exactly those the
// pool reports below 1, each with the terms of its liquidation.
func TestAaveLaneMatchesThePoolAndFindsTargets(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 48)
	c.open()
	k := newAaveKeeper(t, c, c.client)

	check := func(block chain.BlockRef) (*keeper.View, int) {
		view, err := k.Pass(c.ctx, block)
		require.NoError(t, err)
		pool := c.accounts(block)
		seen := map[common.Address]bool{}
		marketOf := map[common.Address]common.Hash{}
		for _, mr := range view.Snapshot.Markets {
			for _, p := range mr.Positions {
				marketOf[p.Borrower] = mr.ID
			}
			require.Equal(t, strategies.ProtocolAave, mr.Protocol)
			require.NoError(t, mr.Err, mr.Name)
			for _, p := range mr.Positions {
				want := pool[p.Borrower]
				want.HealthFactor = *new(uint256.Int).Set(&want.HealthFactor)
				require.False(t, seen[p.Borrower], "%s published twice", p.Borrower)
				seen[p.Borrower] = true
				require.Equal(t, want.HealthFactor.Dec(), p.Health.String(), "health of %s in %s", p.Borrower, mr.Name)
				require.Equal(t, want.HealthFactor.Lt(uint256One()), p.Liquidatable, "liquidatable %s", p.Borrower)
			}
		}
		indebted, liquidatable := 0, 0
		for u := range pool {
			a := pool[u]
			if !a.TotalDebtBase.IsZero() {
				indebted++
				require.True(t, seen[u], "indebted %s not published", u)
			}
			if a.HealthFactor.Lt(uint256One()) {
				liquidatable++
			}
		}
		require.Len(t, seen, indebted)
		targets := map[common.Address]bool{}
		for _, tg := range view.Targets {
			require.NotNil(t, tg.Aave, "target %s", tg.Borrower)
			require.NotNil(t, tg.Aave.Case)
			hf := pool[tg.Borrower].HealthFactor
			require.True(t, hf.Lt(uint256One()), "target %s is healthy on the pool", tg.Borrower)
			require.Equal(t, c.a.Pool, tg.Aave.Pool)
			require.Equal(t, marketOf[tg.Borrower], tg.MarketID, "a target's market is the one its record and position alerts are in")
			require.NotNil(t, tg.OraclePrice)
			targets[tg.Borrower] = true
		}
		require.Len(t, targets, liquidatable)
		return view, liquidatable
	}

	view, n := check(c.head())
	require.Zero(t, n, "nobody is liquidatable at the start")
	names := map[string]int{}
	for _, mr := range view.Snapshot.Markets {
		names[mr.Name] = mr.PositionCount
	}
	require.Equal(t, map[string]int{
		"devnet " + c.a.Reserves[aEz].Token.Hex() + "/WETH e-mode 1": 12,
		"devnet " + c.a.Reserves[aEz].Token.Hex() + "/WETH":          12,
		"devnet multi-asset": 12,
		"devnet pool":        0, // the pool's status row
	}, names)

	// ezETH falls 9%: the plain loops near their LTV and most e-mode loops
	// go under.
	c.send(c.a.SetPrice(c.owner, aEz, wei(3090*0.91, 8)))
	_, n = check(c.head())
	require.Positive(t, n)
}

func uint256One() *uint256.Int { return uint256.NewInt(1e18) }

// TestAaveLaneThreeRequestsPerBlock: once started, a block costs the
// keeper the head, one eth_getLogs and one batched eth_call with an Aave
// pool as with Morpho alone, whatever the pool holds, and the users its
// events change are read in that batch.
func TestAaveLaneThreeRequestsPerBlock(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 40)
	c.open()
	node := &benchbook.CountingNode{C: c.client}
	k := newAaveKeeper(t, c, node)
	_, err := k.Pass(c.ctx, c.head())
	require.NoError(t, err)
	a := c.a
	for round := range 5 {
		switch round % 3 {
		case 0: // users act: a repay, a new supply and an aToken transfer
			u := c.users[4*round] // an e-mode loop: it has debt to repay
			c.send(a.Repay(u, aWETH, wei(0.1, 18)), a.Supply(c.users[3], aWETH, wei(1, 18)), a.TransferAToken(c.users[7], aWETH, c.addrs[11], wei(0.5, 18)))
		case 1:
			c.send(a.SetPrice(c.owner, aEz, wei(3090*(0.99-0.01*float64(round)), 8)))
		case 2:
			c.sim.Commit()
		}
		before := node.Requests()
		block := c.head()
		view, err := k.Pass(c.ctx, block)
		require.NoError(t, err)
		require.LessOrEqual(t, node.Requests()-before, int64(3), "round %d: %s", round, node)
		pool := c.accounts(block)
		for _, mr := range view.Snapshot.Markets {
			for _, p := range mr.Positions {
				hf := pool[p.Borrower].HealthFactor
				require.Equal(t, hf.Dec(), p.Health.String(), "round %d: health of %s", round, p.Borrower)
			}
		}
	}
}

// TestAaveRiskStageWritesChangesAtRiskAndRefresh: after the first, full
// snapshot a block writes the users its events changed (a repaid loop is
// removed, a loop that adds a second collateral moves to the multi-asset
// market), every user at risk, those that just left that set, and a slice
// of the rest.
func TestAaveRiskStageWritesChangesAtRiskAndRefresh(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 48)
	c.open()
	heads, pub := newHeadFeed(), make(snapshots, 16)
	k := newAaveKeeperWith(t, c, c.client, heads, pub, time.Hour)
	ctx, cancel := context.WithCancel(c.ctx)
	done := make(chan error, 1)
	go func() { done <- k.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()
	next := func() *oracle.Snapshot {
		h, err := c.client.HeaderByNumber(c.ctx, nil)
		require.NoError(t, err)
		heads.Offer(h)
		select {
		case snap := <-pub:
			require.Equal(t, h.Number.Uint64(), snap.Block.Number)
			return snap
		case <-time.After(30 * time.Second):
			t.Fatal("no snapshot")
			return nil
		}
	}
	byName := func(s *oracle.Snapshot, suffix string) oracle.MarketRisk {
		for _, m := range s.Markets {
			if strings.HasSuffix(m.Name, suffix) {
				return m
			}
		}
		t.Fatalf("no market named *%s", suffix)
		return oracle.MarketRisk{}
	}
	written := func(s *oracle.Snapshot) map[common.Address]string {
		out := map[common.Address]string{}
		for _, m := range s.Markets {
			for _, p := range m.Positions {
				out[p.Borrower] = m.Name
			}
		}
		return out
	}
	first := next()
	require.True(t, first.Full)
	require.Len(t, written(first), 36, "every indebted user")
	eLoops := byName(first, "e-mode 1")
	require.Equal(t, 12, eLoops.PositionCount)

	// users[0] repays everything; users[4] supplies WETH beside its ezETH.
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	c.send(c.a.Repay(c.users[0], aWETH, max), c.a.Supply(c.users[4], aWETH, wei(1, 18)))
	snap := next()
	require.False(t, snap.Full)
	e := byName(snap, "e-mode 1")
	require.ElementsMatch(t, []common.Address{c.addrs[0], c.addrs[4]}, e.Closed)
	require.Equal(t, 10, e.PositionCount)
	multi := byName(snap, "multi-asset")
	require.Equal(t, 13, multi.PositionCount)
	w := written(snap)
	require.Equal(t, multi.Name, w[c.addrs[4]], "the moved user is written in its new market")
	require.NotContains(t, w, c.addrs[0])
	require.Less(t, len(w), 6, "the changed user and the refresh slice: %v", w)

	// ezETH falls 6%: every user under the alert bound is written.
	c.send(c.a.SetPrice(c.owner, aEz, wei(3090*0.94, 8)))
	snap = next()
	atRisk, low := 0, 0
	w = written(snap)
	for _, m := range snap.Markets {
		atRisk += m.AtRisk
		for _, p := range m.Positions {
			if p.Health.Cmp(wei(1.05, 18)) < 0 {
				low++
			}
		}
	}
	require.Positive(t, atRisk)
	require.Equal(t, atRisk, low, "every user at risk is written")

	// The price recovers: those users are written once more, then only the
	// refresh slice.
	c.send(c.a.SetPrice(c.owner, aEz, wei(3090, 8)))
	snap = next()
	require.GreaterOrEqual(t, len(written(snap)), low)
	for _, m := range snap.Markets {
		require.Zero(t, m.AtRisk, m.Name)
	}
	c.sim.Commit()
	snap = next()
	require.Less(t, len(written(snap)), 4)
}

// TestAaveLaneResumesFromCheckpoint: a keeper restarted with the pool's
// checkpoint in Redis resumes from it, reads the events after it (the
// log line says so), and publishes the pool's own health factor for every
// indebted user, those the events after it named included; an unreadable
// checkpoint falls back to the events from start.
func TestAaveLaneResumesFromCheckpoint(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 24)
	c.open()
	rdb := testenv.StartRedis(t).Client(t)
	store := oracle.NewRedisState(rdb, "lrt:v1")
	first := newAaveKeeperFull(t, c, c.client, nil, nopPublishing{}, 0, store, zerolog.Nop())
	_, err := first.Pass(c.ctx, c.head())
	require.NoError(t, err)
	first.SaveCheckpoint(c.ctx)
	keys, err := rdb.Keys(c.ctx, "lrt:v1:book:checkpoint:aave:*").Result()
	require.NoError(t, err)
	require.Len(t, keys, 1)

	// After the checkpoint: a repay, a new borrower and a price move.
	c.send(c.a.Repay(c.users[0], aWETH, wei(0.5, 18)), c.a.Supply(c.users[3], aEz, wei(10, 18)))
	c.send(c.a.Borrow(c.users[3], aUSDC, wei(1000, 6)), c.a.SetPrice(c.owner, aEz, wei(3050, 8)))

	resume := func() (*keeper.View, string) {
		logs := &logBuffer{}
		k := newAaveKeeperFull(t, c, c.client, nil, nopPublishing{}, 0, store, zerolog.New(logs))
		block := c.head()
		view, err := k.Pass(c.ctx, block)
		require.NoError(t, err)
		pool := c.accounts(block)
		published := 0
		for _, mr := range view.Snapshot.Markets {
			for _, p := range mr.Positions {
				hf := pool[p.Borrower].HealthFactor
				require.Equal(t, hf.Dec(), p.Health.String(), "health of %s", p.Borrower)
				published++
			}
		}
		indebted := 0
		for _, u := range c.addrs {
			if a := pool[u]; !a.TotalDebtBase.IsZero() {
				indebted++
			}
		}
		require.Equal(t, indebted, published)
		return view, logs.String()
	}
	_, out := resume()
	require.Contains(t, out, `"from_checkpoint":true`)
	require.Contains(t, out, `"aave pool loaded"`)

	require.NoError(t, rdb.Set(c.ctx, keys[0], "garbage", 0).Err())
	_, out = resume()
	require.Contains(t, out, "aave checkpoint refused")
	require.Contains(t, out, `"from_checkpoint":false`)
}

// TestAaveLaneFailureIsContained: a block the pool cannot be read at (its
// oracle reverts for one reserve) leaves the pass standing: the pool's
// status row carries the error, nothing else of the pool is published.
// The users that block's events named are read again with the next block,
// so a repay made meanwhile is not lost.
func TestAaveLaneFailureIsContained(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 12)
	c.open()
	k := newAaveKeeper(t, c, c.client)
	_, err := k.Pass(c.ctx, c.head())
	require.NoError(t, err)
	status := func(v *keeper.View) oracle.MarketRisk {
		for _, mr := range v.Snapshot.Markets {
			if mr.Name == "devnet pool" {
				return mr
			}
		}
		t.Fatal("no status row")
		return oracle.MarketRisk{}
	}

	// ezETH's price source becomes an account without code, and user 0
	// repays in the same block.
	c.send(c.a.SetSource(c.owner, aEz, common.Address{0xde, 0xad}), c.a.Repay(c.users[0], aWETH, wei(0.5, 18)))
	view, err := k.Pass(c.ctx, c.head())
	require.NoError(t, err, "the pass stands")
	require.Error(t, status(view).Err)
	require.Len(t, view.Snapshot.Markets, 1, "only the pool's status row")
	require.Empty(t, view.Targets)

	c.send(c.a.SetSource(c.owner, aEz, c.a.Reserves[aEz].Feed))
	block := c.head()
	view, err = k.Pass(c.ctx, block)
	require.NoError(t, err)
	require.NoError(t, status(view).Err)
	pool := c.accounts(block)
	found := false
	for _, mr := range view.Snapshot.Markets {
		for _, p := range mr.Positions {
			hf := pool[p.Borrower].HealthFactor
			require.Equal(t, hf.Dec(), p.Health.String(), "health of %s", p.Borrower)
			if p.Borrower == c.addrs[0] {
				found = true
				debt := new(big.Int).Set(p.BorrowAssets)
				require.Positive(t, debt.Sign())
			}
		}
	}
	require.True(t, found, "user 0 is published again")
}

// TestAaveLaneFollowsAReorg: a block the lane applied (a repay) is
// replaced by a fork with another user's borrow; the keeper rolls the lane
// back to the common ancestor and replays the new blocks, and every
// published health equals the pool's at the new head, the repaying user's
// included though no event of the new chain names it.
func TestAaveLaneFollowsAReorg(t *testing.T) {
	t.Parallel()
	c := newAaveChain(t, 16)
	c.open()
	k := newAaveKeeper(t, c, c.client)
	ancestor := c.head()
	_, err := k.Pass(c.ctx, ancestor)
	require.NoError(t, err)
	c.send(c.a.Repay(c.users[0], aWETH, wei(1, 18)))
	dropped := c.head()
	_, err = k.Pass(c.ctx, dropped)
	require.NoError(t, err)

	// In the fork user 0 spends the repay's nonce on a plain transfer, so
	// the repay is never mined again and no event of the new chain names
	// user 0: only the rollback restores it.
	require.NoError(t, c.sim.Fork(ancestor.Hash))
	nonce, err := c.client.NonceAt(c.ctx, c.addrs[0], new(big.Int).SetUint64(ancestor.Number))
	require.NoError(t, err)
	chainID, err := c.client.ChainID(c.ctx)
	require.NoError(t, err)
	head := c.head()
	tip := big.NewInt(100e9) // outbids the repay, which the fork returned to the pool
	transfer, err := types.SignNewTx(c.users[0], types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(tip, big.NewInt(1e12)), Gas: 21_000,
		To: &common.Address{0xbe, 0xef},
	})
	require.NoError(t, err)
	require.NoError(t, c.client.SendTransaction(c.ctx, transfer))
	c.sim.Commit()
	require.Equal(t, ancestor.Number+1, c.head().Number, "the fork's first block, head was %d", head.Number)
	c.send(c.a.Borrow(c.users[4], aWETH, wei(0.05, 18)))
	head = c.head()
	require.Equal(t, ancestor.Number+2, head.Number)
	view, err := k.Pass(c.ctx, head)
	require.NoError(t, err)
	pool := c.accounts(head)
	published := 0
	for _, mr := range view.Snapshot.Markets {
		for _, p := range mr.Positions {
			hf := pool[p.Borrower].HealthFactor
			require.Equal(t, hf.Dec(), p.Health.String(), "health of %s after the reorg", p.Borrower)
			published++
		}
	}
	require.Equal(t, 12, published)
	replaced, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(dropped.Number))
	require.NoError(t, err)
	require.NotEqual(t, dropped.Hash, replaced.Hash(), "the repay's block left the chain")
}
