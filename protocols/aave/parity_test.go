package aave_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	iaave "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// Reserve indexes of devnet.DefaultAaveSpec.
const (
	rWETH = 0
	rEz   = 1
	rUSDC = 2
)

type parityChain struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	client  chain.Client
	a       *devnet.Aave
	mc      *chain.Multicall
	owner   *ecdsa.PrivateKey
	users   []*ecdsa.PrivateKey
	addrs   []common.Address
	rng     *rand.Rand
	nextLog uint64
}

func tokens(x float64, decimals int) *big.Int {
	f := new(big.Float).Mul(big.NewFloat(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)))
	out, _ := f.Int(nil)
	return out
}

func usd(x float64) *big.Int { return tokens(x, 8) }

func newParityChain(t *testing.T, users int) *parityChain {
	t.Helper()
	c := &parityChain{t: t, ctx: t.Context(), rng: rand.New(rand.NewPCG(7, 11))}
	key := func(i int) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i >> 8), byte(i), 'a', 'a', 'v', 'e'}))
		require.NoError(t, err)
		return k
	}
	c.owner = key(0)
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(c.owner.PublicKey): {Balance: tokens(1e6, 18)}}
	for i := 1; i <= users; i++ {
		k := key(i)
		c.users = append(c.users, k)
		c.addrs = append(c.addrs, crypto.PubkeyToAddress(k.PublicKey))
		alloc[c.addrs[i-1]] = types.Account{Balance: tokens(100, 18)}
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
	c.nextLog = c.head().Number.Uint64() + 1
	return c
}

func (c *parityChain) head() *types.Header {
	h, err := c.client.HeaderByNumber(c.ctx, nil)
	require.NoError(c.t, err)
	return h
}

// send mines txs in one block; reverted calls are allowed (a random
// action may be refused by the pool) and counted.
func (c *parityChain) send(txs []devnet.KeyedTx) (reverted int) {
	c.t.Helper()
	rs, err := c.a.Send(c.ctx, c.client, txs)
	require.NoError(c.t, err)
	for _, r := range rs {
		if r.Status != types.ReceiptStatusSuccessful {
			reverted++
		}
	}
	return reverted
}

// follow brings the tracker to the head as the keeper's hot path does:
// the new blocks' logs (one request), then one batch at the head's hash.
func (c *parityChain) follow(tr *aave.Tracker) (*aave.State, chain.BlockRef) {
	c.t.Helper()
	head := c.head()
	q := tr.Query()
	q.FromBlock, q.ToBlock = new(big.Int).SetUint64(c.nextLog), head.Number
	logs, err := c.client.FilterLogs(c.ctx, q)
	require.NoError(c.t, err)
	c.nextLog = head.Number.Uint64() + 1
	tc, err := tr.Touch(logs)
	require.NoError(c.t, err)
	rd := tr.Plan(tc)
	res, err := c.mc.Do(c.ctx, head.Hash(), rd.Calls())
	require.NoError(c.t, err)
	ref := chain.RefOf(head)
	s, err := tr.Apply(ref, rd, res)
	require.NoError(c.t, err)
	return s, ref
}

// stateAt reads the market's state at block with no user to re-read.
func (c *parityChain) stateAt(tr *aave.Tracker, block chain.BlockRef) *aave.State {
	c.t.Helper()
	rd := tr.Plan(&aave.Touched{})
	res, err := c.mc.Do(c.ctx, block.Hash, rd.Calls())
	require.NoError(c.t, err)
	s, err := tr.Apply(block, rd, res)
	require.NoError(c.t, err)
	return s
}

// open supplies liquidity and opens one position per user, by index:
// 0, 1 e-mode loops, 2 plain loops, 3 multi-collateral multi-debt users,
// 4 suppliers; the borrows take 80–99% of what the LTV allows.
func (c *parityChain) open() {
	t, a, n := c.t, c.a, len(c.users)
	// Liquidity for every borrow.
	c.send([]devnet.KeyedTx{a.Mint(c.owner, rWETH, tokens(1e6, 18)), a.Mint(c.owner, rUSDC, tokens(1e9, 6)), a.Approve(c.owner, rWETH), a.Approve(c.owner, rUSDC), a.Approve(c.owner, rEz)})
	c.send([]devnet.KeyedTx{a.Supply(c.owner, rWETH, tokens(5e5, 18)), a.Supply(c.owner, rUSDC, tokens(5e8, 6))})

	// Every user mints and approves all three tokens.
	var txs []devnet.KeyedTx
	for _, k := range c.users {
		txs = append(txs, a.Mint(k, rWETH, tokens(500, 18)), a.Mint(k, rEz, tokens(500, 18)), a.Mint(k, rUSDC, tokens(1e6, 6)))
		for r := range 3 {
			txs = append(txs, a.Approve(k, r))
		}
	}
	require.Zero(t, c.send(txs))

	// Positions: kind by index.
	kind := func(i int) int { return i % 5 } // 0,1: e-mode loop; 2: plain loop; 3: multi; 4: supplier
	txs = txs[:0]
	supplied := make([]float64, n)
	for i, k := range c.users {
		ez := 1 + c.rng.Float64()*99
		supplied[i] = ez
		switch kind(i) {
		case 0, 1:
			txs = append(txs, a.Supply(k, rEz, tokens(ez, 18)), a.SetEMode(k, 1))
		case 2:
			txs = append(txs, a.Supply(k, rEz, tokens(ez, 18)))
		case 3:
			txs = append(txs, a.Supply(k, rEz, tokens(ez, 18)), a.Supply(k, rWETH, tokens(ez/3, 18)))
		case 4:
			txs = append(txs, a.Supply(k, c.rng.IntN(3), tokens(1+c.rng.Float64()*50, 6)))
		}
	}
	require.Zero(t, c.send(txs))
	txs = txs[:0]
	for i, k := range c.users {
		// Borrow a fraction of what the LTV allows, some close to it.
		frac, ez := 0.80+c.rng.Float64()*0.19, supplied[i]
		switch kind(i) {
		case 0, 1: // e-mode: 93% of $3,090 per ezETH in WETH at $3,000
			txs = append(txs, a.Borrow(k, rWETH, tokens(ez*frac*0.93*3090/3000, 18)))
		case 2: // 72%
			txs = append(txs, a.Borrow(k, rWETH, tokens(ez*frac*0.72*3090/3000, 18)))
		case 3: // WETH and USDC against both (ez + ez/3 WETH of collateral)
			txs = append(txs, a.Borrow(k, rWETH, tokens(ez*frac*0.3, 18)), a.Borrow(k, rUSDC, tokens(ez*frac*800, 6)))
		}
	}
	require.Zero(t, c.send(txs))
}

// poolAccounts reads getUserAccountData of every user at block.
func (c *parityChain) poolAccounts(m *aave.Market, block common.Hash) []iaave.Account {
	c.t.Helper()
	calls := make([]chain.Call, len(c.addrs))
	for i, a := range c.addrs {
		calls[i] = m.AccountDataCall(a)
	}
	res, err := c.mc.Do(c.ctx, block, calls)
	require.NoError(c.t, err)
	out := make([]iaave.Account, len(res))
	for i, r := range res {
		out[i], err = aave.DecodeAccountData(r)
		require.NoError(c.t, err)
	}
	return out
}

// check compares every user's local account data with the Pool's, and
// the tracker's liquidatable set with the users whose Pool health factor
// is below 1.
func (c *parityChain) check(tr *aave.Tracker, m *aave.Market, s *aave.State, block chain.BlockRef, round string) (liquidatable int) {
	c.t.Helper()
	pool := c.poolAccounts(m, block.Hash)
	want := map[common.Address]bool{}
	poolOf := map[common.Address]*iaave.Account{}
	for i, addr := range c.addrs {
		poolOf[addr] = &pool[i]
		u, ok := tr.User(addr)
		if !ok {
			// Untracked: no position at all, as the Pool says.
			require.True(c.t, pool[i].TotalCollateralBase.IsZero() && pool[i].TotalDebtBase.IsZero(), "%s: user %d untracked but has a position", round, i)
			continue
		}
		local, err := s.Account(m.Version, &u)
		require.NoError(c.t, err)
		require.Equal(c.t, pool[i].HealthFactor.Dec(), local.HealthFactor.Dec(), "%s: health factor of user %d", round, i)
		require.Equal(c.t, pool[i].TotalCollateralBase.Dec(), local.TotalCollateralBase.Dec(), "%s: collateral of user %d", round, i)
		require.Equal(c.t, pool[i].TotalDebtBase.Dec(), local.TotalDebtBase.Dec(), "%s: debt of user %d", round, i)
		require.Equal(c.t, pool[i].AvailableBorrowsBase.Dec(), local.AvailableBorrowsBase.Dec(), "%s: available borrows of user %d", round, i)
		require.Equal(c.t, pool[i].LiquidationThreshold.Dec(), local.LiquidationThreshold.Dec(), "%s: LT of user %d", round, i)
		require.Equal(c.t, pool[i].LTV.Dec(), local.LTV.Dec(), "%s: LTV of user %d", round, i)
		if pool[i].HealthFactor.Lt(uint256.NewInt(iaave.WAD)) {
			want[addr] = true
		}
	}
	targets, err := tr.Liquidatable(s)
	require.NoError(c.t, err)
	got := map[common.Address]bool{}
	for _, tg := range targets {
		got[tg.User] = true
		// The target's own account (which its case sizes the liquidation
		// with) is the Pool's, to the wei.
		if p := poolOf[tg.User]; p != nil {
			require.Equal(c.t, p.HealthFactor.Dec(), tg.Account.HealthFactor.Dec(), "%s: target %s's health factor", round, tg.User)
			require.Equal(c.t, p.TotalCollateralBase.Dec(), tg.Account.TotalCollateralBase.Dec(), "%s: target %s's collateral", round, tg.User)
			require.Equal(c.t, p.TotalDebtBase.Dec(), tg.Account.TotalDebtBase.Dec(), "%s: target %s's debt", round, tg.User)
			require.Equal(c.t, p.AvailableBorrowsBase.Dec(), tg.Account.AvailableBorrowsBase.Dec(), "%s: target %s's available borrows", round, tg.User)
			require.Equal(c.t, p.LiquidationThreshold.Dec(), tg.Account.LiquidationThreshold.Dec(), "%s: target %s's LT", round, tg.User)
			require.Equal(c.t, p.LTV.Dec(), tg.Account.LTV.Dec(), "%s: target %s's LTV", round, tg.User)
			if tg.Case != nil {
				require.Equal(c.t, tg.Account, *tg.Case.Account, "%s: target %s's case account", round, tg.User)
			}
		}
	}
	require.Equal(c.t, want, got, "%s: the liquidatable set equals a full scan's", round)
	return len(want)
}

// TestTrackerMatchesGetUserAccountData opens 240 positions across three
// reserves (e-mode loops, plain loops, multi-collateral multi-debt users
// and suppliers), then plays rounds of random actions, price moves, aToken
// transfers, liquidations and time jumps of up to 30 days. After every
// round the tracker, fed only by the rounds' events and one batch at the
// head, must give every user exactly the Pool's getUserAccountData, and
// exactly the users below 1 as liquidation targets. A second tracker
// loaded from scratch at the end must agree too.
func TestTrackerMatchesGetUserAccountData(t *testing.T) {
	t.Parallel()
	const n = 240
	c := newParityChain(t, n)
	a := c.a
	m, err := aave.LoadMarket(c.ctx, c.mc, c.head().Hash(), a.Pool, a.Oracle, iaave.V3_5)
	require.NoError(t, err)
	require.Len(t, m.Reserves, 3)
	tr := aave.NewTracker(m)

	c.open()
	s, ref := c.follow(tr)
	c.check(tr, m, s, ref, "opened")
	require.Greater(t, tr.Loops(), n/2, "the e-mode and plain loops are in the order")
	require.Greater(t, tr.Complex(), n/10, "multi-collateral users are in the complex set")

	var txs []devnet.KeyedTx
	liquidated, sawLiquidatable := 0, 0
	for round := range 8 {
		name := "round " + string(rune('1'+round))
		txs = txs[:0]
		for _, i := range c.rng.Perm(n)[:n/3] {
			k := c.users[i]
			switch c.rng.IntN(7) {
			case 0:
				txs = append(txs, a.Repay(k, rWETH, tokens(c.rng.Float64()*0.5, 18)))
			case 1:
				txs = append(txs, a.Borrow(k, rWETH, tokens(c.rng.Float64()*0.05, 18)))
			case 2:
				txs = append(txs, a.Withdraw(k, rEz, tokens(c.rng.Float64()*0.5, 18)))
			case 3:
				txs = append(txs, a.Supply(k, rEz, tokens(c.rng.Float64()*3, 18)))
			case 4: // a plain user enters e-mode or an e-mode one leaves it
				txs = append(txs, a.SetEMode(k, uint8(c.rng.IntN(2))))
			case 5:
				txs = append(txs, a.TransferAToken(k, rEz, c.addrs[c.rng.IntN(n)], tokens(c.rng.Float64(), 18)))
			case 6:
				txs = append(txs, a.UseAsCollateral(k, c.rng.IntN(3), c.rng.IntN(2) == 0))
			}
		}
		c.send(txs)
		// ezETH moves by −7% to +1% around its start (enough to put the
		// closest e-mode loops under 1); WETH a little.
		ezPrice := usd(3090 * (0.93 + c.rng.Float64()*0.08))
		c.send([]devnet.KeyedTx{a.SetPrice(c.owner, rEz, ezPrice), a.SetPrice(c.owner, rWETH, usd(3000*(0.995+c.rng.Float64()*0.01)))})
		c.sim.AdjustTime(time.Duration(c.rng.IntN(30*24*3600)) * time.Second)
		c.sim.Commit()
		s, ref = c.follow(tr)
		sawLiquidatable += c.check(tr, m, s, ref, name)

		// Liquidate a few targets at the safe amount the math gives: the
		// Pool must accept each one (no dust, no close-factor revert).
		targets, err := tr.Liquidatable(s)
		require.NoError(t, err)
		txs = txs[:0]
		for _, tg := range targets[:min(len(targets), 3)] {
			if tg.Case == nil {
				continue
			}
			amount, _, ok, err := tg.Case.SafeDebtToCover()
			require.NoError(t, err)
			if ok {
				txs = append(txs, a.Liquidate(c.owner, tg.Coll, tg.Debt, tg.User, amount.ToBig(), c.rng.IntN(2) == 0))
			}
		}
		if len(txs) > 0 {
			require.Zero(t, c.send(txs), "%s: every sized liquidation is accepted by the pool", name)
			liquidated += len(txs)
			s, ref = c.follow(tr)
			c.check(tr, m, s, ref, name+" after liquidations")
		}
	}
	t.Logf("liquidatable user-rounds %d, liquidations sent and followed %d", sawLiquidatable, liquidated)
	require.Positive(t, sawLiquidatable, "the price path made some users liquidatable")
	require.Positive(t, liquidated, "some liquidations were sent and followed")

	// A tracker started from scratch at the head, from a full read of the
	// users, agrees with the one that followed the events.
	fresh := aave.NewTracker(m)
	// The followed tracker also holds the liquidity supplier and the
	// treasury (its protocol fees arrive as aToken transfers).
	require.Equal(t, n+2, tr.Users())
	require.NoError(t, fresh.Load(c.ctx, c.mc, ref, tr.Addresses()))
	c.check(fresh, m, c.stateAt(fresh, ref), ref, "reloaded")
	require.Equal(t, tr.Users(), fresh.Users())
	require.Equal(t, tr.Loops(), fresh.Loops())
	// A restart from the checkpoint: the same users, the same figures.
	restored := aave.NewTracker(m)
	at, err := restored.Restore(tr.Checkpoint(ref))
	require.NoError(t, err)
	require.Equal(t, ref, at)
	c.check(restored, m, c.stateAt(restored, ref), ref, "restored from the checkpoint")
	require.Equal(t, tr.Loops(), restored.Loops())
	require.Equal(t, tr.Complex(), restored.Complex())
	for _, addr := range tr.Addresses() {
		u1, ok1 := tr.User(addr)
		u2, ok2 := fresh.User(addr)
		require.Equal(t, ok1, ok2)
		if ok1 {
			require.True(t, slices.EqualFunc(u1.ScaledCollateral, u2.ScaledCollateral, func(x, y uint256.Int) bool { return x.Eq(&y) }))
			require.True(t, slices.EqualFunc(u1.ScaledDebt, u2.ScaledDebt, func(x, y uint256.Int) bool { return x.Eq(&y) }))
		}
	}
}

// countingClient counts the requests a block's pass makes.
type countingClient struct {
	chain.Client
	calls, logs, heads int
}

func (c *countingClient) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, block common.Hash) ([]byte, error) {
	c.calls++
	return c.Client.CallContractAtHash(ctx, msg, block)
}

func (c *countingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.logs++
	return c.Client.FilterLogs(ctx, q)
}

func (c *countingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c.heads++
	return c.Client.HeaderByNumber(ctx, n)
}

// TestTrackerRequestsPerBlock: once started, following a block costs the
// head, one eth_getLogs and one eth_call (the Multicall batch with the
// reserves' state and the users the block's events name), however many
// users the book holds.
func TestTrackerRequestsPerBlock(t *testing.T) {
	t.Parallel()
	c := newParityChain(t, 100)
	c.open()
	m, err := aave.LoadMarket(c.ctx, c.mc, c.head().Hash(), c.a.Pool, c.a.Oracle, iaave.V3_5)
	require.NoError(t, err)
	tr := aave.NewTracker(m)
	c.follow(tr) // start-up: every user from the opening events
	require.Equal(t, 101, tr.Users())

	counter := &countingClient{Client: c.client}
	c.client, c.mc = counter, chain.NewMulticall(counter, c.a.Multicall3)
	for block := range 5 {
		k := c.users[c.rng.IntN(len(c.users))]
		c.send([]devnet.KeyedTx{c.a.Supply(k, rEz, tokens(0.1, 18)), c.a.SetPrice(c.owner, rEz, usd(3090-float64(block)))})
		c.sim.AdjustTime(12 * time.Second)
		c.sim.Commit()
		counter.calls, counter.logs, counter.heads = 0, 0, 0
		s, _ := c.follow(tr)
		_, err := tr.Liquidatable(s)
		require.NoError(t, err)
		require.Equal(t, [3]int{1, 1, 1}, [3]int{counter.heads, counter.logs, counter.calls},
			"block %d: head, logs and one batch", block)
	}
}
