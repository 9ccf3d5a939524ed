package strategies

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavetesttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	paave "github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// Reserve indexes of devnet.DefaultAaveSpec.
const (
	dlWETH = 0
	dlEz   = 1
	dlUSDC = 2
)

func dlTokens(x int64, decimals int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(x), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
}

// dlAaveEnv is an Aave v3 devnet market (devnet.DefaultAaveSpec: WETH,
// ezETH, USDC; e-mode 1 counts ezETH at 93%/95%) on a simulated chain that
// mines a block every 20 ms, a Curve-style ezETH/WETH pool, and a
// KeeperExecutor owned by the keeper, whose transaction manager is the
// Deleverager's sender.
type dlAaveEnv struct {
	t       *testing.T
	ctx     context.Context
	sim     *simulated.Backend
	mineMu  sync.Mutex
	client  chain.Client
	a       *devnet.Aave
	mc      *chain.Multicall
	market  *paave.Market
	owner   *ecdsa.PrivateKey
	sender  *recordingSender
	exec    common.Address
	curve   common.Address
	users   []*ecdsa.PrivateKey
	eventsL *eventLog
	counts  *deleverageCounts
}

func dlKey(t *testing.T, i int) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte{byte(i), 'd', 'e', 'l', 'e', 'v'}))
	require.NoError(t, err)
	return k
}

// newDlAaveEnv deploys the market, supplies 5,000 WETH of liquidity and a
// Curve pool holding poolEz ezETH and its worth in WETH at the oracle's
// 1.03 ratio.
func newDlAaveEnv(t *testing.T, poolEz int64) *dlAaveEnv {
	t.Helper()
	e := &dlAaveEnv{t: t, ctx: t.Context(), owner: dlKey(t, 0), eventsL: &eventLog{}, counts: newDeleverageCounts()}
	keeperKey := dlKey(t, 1)
	alloc := types.GenesisAlloc{}
	for i := range 6 {
		alloc[crypto.PubkeyToAddress(dlKey(t, i).PublicKey)] = types.Account{Balance: dlTokens(1e6, 18)}
	}
	for i := 2; i < 6; i++ {
		e.users = append(e.users, dlKey(t, i))
	}
	e.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(200_000_000))
	t.Cleanup(func() { _ = e.sim.Close() })
	client, err := chain.FromSimulated(e.sim.Client())
	require.NoError(t, err)
	e.client = client
	chainID, err := client.ChainID(e.ctx)
	require.NoError(t, err)
	e.a, err = devnet.DeployAave(e.ctx, client, e.owner, chainID, e.mine, devnet.DefaultAaveSpec())
	require.NoError(t, err)
	e.mc = chain.NewMulticall(client, e.a.Multicall3)

	// Blocks every 20 ms from here on: the transaction manager waits for
	// its receipts.
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				e.mine()
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() })

	tm, err := txmgr.New(zerolog.Nop(), client, keeperKey, chainID, txmgr.Config{
		NumConfirmations: 1, ReceiptQueryInterval: 10 * time.Millisecond, ResubmitInterval: 5 * time.Second,
		NetworkTimeout: 5 * time.Second, SendTimeout: 30 * time.Second, FeeBumpPct: 10, FeeLimitMultiplier: 5,
		MinTipCap: minTipCap,
	}, nil)
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	e.sender = &recordingSender{Manager: tm}

	// The executor, owned by the keeper (its constructor only needs a
	// nonzero Morpho address).
	code := append(common.FromHex(keeperexecutor.KeeperExecutorMetaData.Bin), keeperexecutor.NewKeeperExecutor().PackConstructor(e.a.Pool)...)
	rcpt, err := e.sender.Send(e.ctx, txmgr.Candidate{Data: code, Label: "deploy"})
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	e.exec = rcpt.ContractAddress

	// Coin 0 WETH, coin 1 ezETH at the oracle's 3,090/3,000.
	ss := stableswappool.NewStableSwapPool()
	e.curve, err = e.a.Deploy(e.ctx, client, e.owner, stableswappool.StableSwapPoolMetaData.Bin, ss.PackConstructor(
		e.a.Reserves[dlWETH].Token, e.a.Reserves[dlEz].Token, big.NewInt(devnet.CurveA), big.NewInt(devnet.CurveFee),
		big.NewInt(devnet.CurveOffpegFeeMultiplier), big.NewInt(devnet.CurveMAExpTime), dlTokens(103, 16)))
	require.NoError(t, err)
	tok := aavetesttoken.NewAaveTestToken()
	wethIn := new(big.Int).Div(dlTokens(poolEz*103, 18), big.NewInt(100))
	e.send(
		e.a.Mint(e.owner, dlWETH, dlTokens(10_000, 18)), e.a.Mint(e.owner, dlEz, dlTokens(poolEz, 18)), e.a.Approve(e.owner, dlWETH),
		devnet.KeyedTx{Key: e.owner, To: e.a.Reserves[dlWETH].Token, Data: tok.PackApprove(e.curve, abiMax())},
		devnet.KeyedTx{Key: e.owner, To: e.a.Reserves[dlEz].Token, Data: tok.PackApprove(e.curve, abiMax())},
	)
	e.send(
		devnet.KeyedTx{Key: e.owner, To: e.curve, Data: ss.PackAddLiquidity([]*big.Int{wethIn, dlTokens(poolEz, 18)}, big.NewInt(0))},
		e.a.Supply(e.owner, dlWETH, dlTokens(5_000, 18)),
	)

	head, err := client.HeaderByNumber(e.ctx, nil)
	require.NoError(t, err)
	e.market, err = paave.LoadMarket(e.ctx, e.mc, head.Hash(), e.a.Pool, e.a.Oracle, aave.V3_5)
	require.NoError(t, err)
	return e
}

func abiMax() *big.Int { return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

// mine commits a block; the ticker and devnet's senders share it.
func (e *dlAaveEnv) mine() {
	e.mineMu.Lock()
	defer e.mineMu.Unlock()
	e.sim.Commit()
}

// send mines txs (in order) and requires every one to succeed.
func (e *dlAaveEnv) send(txs ...devnet.KeyedTx) {
	e.t.Helper()
	rs, err := e.a.Send(e.ctx, e.client, txs)
	require.NoError(e.t, err)
	for i, r := range rs {
		require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status, "tx %d", i)
	}
}

// loop opens an e-mode loop of user i: 100 ezETH supplied, debt WETH
// borrowed. At the oracle (ezETH $3,090, WETH $3,000, LT 95%) 95 WETH is a
// health factor of 1.03.
func (e *dlAaveEnv) loop(i int, debtWeth int64) common.Address {
	e.t.Helper()
	k := e.users[i]
	e.send(e.a.Mint(k, dlEz, dlTokens(100, 18)), e.a.Approve(k, dlEz), e.a.Supply(k, dlEz, dlTokens(100, 18)), e.a.SetEMode(k, 1),
		e.a.Borrow(k, dlWETH, dlTokens(debtWeth, 18)))
	return crypto.PubkeyToAddress(k.PublicKey)
}

// approveExecutor has user i approve the executor on the aezETH token.
func (e *dlAaveEnv) approveExecutor(i int) {
	e.t.Helper()
	e.send(devnet.KeyedTx{Key: e.users[i], To: e.a.Reserves[dlEz].AToken, Data: aaveatoken.NewAaveAToken().PackApprove(e.exec, abiMax())})
}

func (e *dlAaveEnv) marketID() common.Hash {
	return AaveMarketID(e.a.Pool, e.a.Reserves[dlEz].Token, e.a.Reserves[dlWETH].Token)
}

// view builds user's ezETH/WETH view at the head as the keeper does: the
// adapter's tracker loads the user, the market's state is read in one
// batch at the head, and the liquidation case is built from the managed
// pair (Tracker.target's construction), prices at the AaveOracle's.
func (e *dlAaveEnv) view(user common.Address) Target {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	require.NoError(e.t, err)
	ref := chain.RefOf(head)
	tr := paave.NewTracker(e.market)
	require.NoError(e.t, tr.Load(e.ctx, e.mc, ref, []common.Address{user}))
	rd := tr.Plan(&paave.Touched{})
	res, err := e.mc.Do(e.ctx, head.Hash(), rd.Calls())
	require.NoError(e.t, err)
	s, err := tr.Apply(ref, rd, res)
	require.NoError(e.t, err)
	u, ok := tr.User(user)
	require.True(e.t, ok)
	acct, err := s.Account(e.market.Version, &u)
	require.NoError(e.t, err)
	ci, ok := e.market.ReserveOf(e.a.Reserves[dlEz].Token)
	require.True(e.t, ok)
	di, ok := e.market.ReserveOf(e.a.Reserves[dlWETH].Token)
	require.True(e.t, ok)
	bonus := s.Data[ci].Config.Bonus
	if em := s.EModes[u.EMode]; em.Covers(s.Reserves[ci].ID) {
		bonus = em.LB
	}
	c := &aave.LiquidationCase{
		Version: e.market.Version, Account: &acct, Coll: &s.Reserves[ci], Debt: &s.Reserves[di],
		ScaledCollateral: u.ScaledCollateral[ci], ScaledDebt: u.ScaledDebt[di],
		Bonus: bonus, ProtocolFee: s.Data[ci].Config.ProtocolFee,
	}
	price := dlPrice1e36(c.Coll, c.Debt)
	return Target{
		Block: ref, MarketID: e.marketID(), MarketName: "aave ezETH/WETH", Borrower: user,
		OraclePrice: price, SalePrice: price, FairPrice: price, LoanIsNative: true,
		Aave: &AaveTarget{
			Pool: e.a.Pool, Collateral: e.a.Reserves[dlEz].Token, Debt: e.a.Reserves[dlWETH].Token,
			ATokenColl: e.a.Reserves[dlEz].AToken, Case: c,
		},
	}
}

// dlPrice1e36 is the collateral's oracle price in debt units per
// collateral unit, 1e36 scale.
func dlPrice1e36(coll, debt *aave.Reserve) *uint256.Int {
	n := new(big.Int).Mul(coll.Price.ToBig(), debt.Unit.ToBig())
	n.Mul(n, morpho.OraclePriceScale.ToBig())
	n.Quo(n, new(big.Int).Mul(debt.Price.ToBig(), coll.Unit.ToBig()))
	return uint256.MustFromBig(n)
}

// healthOnChain is the Pool's getUserAccountData health factor at block
// (nil: the head).
func (e *dlAaveEnv) healthOnChain(user common.Address, block *big.Int) *uint256.Int {
	e.t.Helper()
	pool := aavepool.NewAavePool()
	raw, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &e.a.Pool, Data: pool.PackGetUserAccountData(user)}, block)
	require.NoError(e.t, err)
	out, err := pool.UnpackGetUserAccountData(raw)
	require.NoError(e.t, err)
	return uint256.MustFromBig(out.HealthFactor)
}

func (e *dlAaveEnv) balance(token, who common.Address) *big.Int {
	e.t.Helper()
	tok := aavetesttoken.NewAaveTestToken()
	raw, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &token, Data: tok.PackBalanceOf(who)}, nil)
	require.NoError(e.t, err)
	b, err := tok.UnpackBalanceOf(raw)
	require.NoError(e.t, err)
	return b
}

func (e *dlAaveEnv) deleverager(specs ...Managed) *Deleverager {
	return NewDeleverager(zerolog.Nop(), e.client, e.sender, DeleverageConfig{
		Executor: e.exec, Tolerance: wadOf("0.01"), GasMarginPct: 25,
		Venues: map[common.Hash]Venue{e.marketID(): {Kind: VenueCurve, Pool: e.curve, I: 1, J: 0}},
	}, specs, e.eventsL, WithDeleverageMetrics(e.counts))
}

// spec is the managed loop of user: trigger 1.05, target 1.10 at the
// oracle price, 50 bps of slippage.
func (e *dlAaveEnv) spec(user common.Address, minPersist time.Duration) Managed {
	return Managed{
		Market: e.marketID(), Borrower: user, Trigger: wadOf("1.05"), Target: wadOf("1.10"),
		TriggerPrice: PriceOracle, MaxSlippageBps: 50, MinPersist: minPersist,
	}
}

// TestAaveDeleverageEModeLoopToTarget: an e-mode ezETH/WETH loop at health
// 1.03 (trigger 1.05) whose owner approved the executor on aezETH is
// brought to the 1.10 target ± 0.01, as getUserAccountData reads it after
// the mined transaction, in one flash-loan transaction; the surplus of the
// sale over the loan and its premium is refunded to the owner and nothing
// is left in the executor.
func TestAaveDeleverageEModeLoopToTarget(t *testing.T) {
	t.Parallel()
	e := newDlAaveEnv(t, 1_000)
	user := e.loop(0, 95)
	e.approveExecutor(0)
	weth, ez := e.a.Reserves[dlWETH].Token, e.a.Reserves[dlEz].Token
	wethBefore := e.balance(weth, user)
	spec := e.spec(user, 0)
	d := e.deleverager(spec)

	v := e.view(user)
	before := e.healthOnChain(user, v.Block.BigNumber())
	require.True(t, before.Lt(spec.Trigger), "health %s below the trigger", before.Dec())
	d.evaluate(e.ctx, v)
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"))
	require.Empty(t, e.eventsL.events(alerts.DeleverageFailed))
	require.Empty(t, e.eventsL.events(alerts.DeleverageInfeasible))

	sent := e.eventsL.events(alerts.DeleverageSent)
	require.Len(t, sent, 1)
	require.Equal(t, ProtocolAave, sent[0]["protocol"])
	require.Equal(t, map[string]int{"aave_v3 sent": 1, "aave_v3 mined": 1}, e.counts.all())
	mined := e.eventsL.events(alerts.DeleverageMined)
	require.Len(t, mined, 1)
	m := mined[0]
	require.Equal(t, ProtocolAave, m["protocol"])
	require.Equal(t, true, m["on_target"], "%v", m)
	require.Equal(t, before.Dec(), m["health_before"], "the view's health is the Pool's")

	// The Pool's own health factor, at the mined block and at the head.
	minedAt, ok := m["mined_block"].(float64)
	require.True(t, ok)
	require.Equal(t, m["health_after"], e.healthOnChain(user, big.NewInt(int64(minedAt))).Dec(), "the landing check reads the Pool")
	after := e.healthOnChain(user, nil)
	lo, hi := wadOf("1.09"), wadOf("1.11")
	require.True(t, !after.Lt(lo) && !after.Gt(hi), "health after %s", after.Dec())
	landed, err := uint256.FromDecimal(m["health_after"].(string))
	require.NoError(t, err)
	require.True(t, !landed.Lt(wadOf("1.0999")), "landed at %s: at or just above the target", landed.Dec())
	expected, err := uint256.FromDecimal(m["health_expected"].(string))
	require.NoError(t, err)
	require.True(t, !expected.Lt(spec.Target), "sized for %s", expected.Dec())

	// The surplus went back to the owner.
	refund, ok := new(big.Int).SetString(m["refund"].(string), 10)
	require.True(t, ok)
	require.Positive(t, refund.Sign(), "the sale beat the loan and its premium")
	require.Equal(t, new(big.Int).Add(wethBefore, refund), e.balance(weth, user), "the refund is the owner's")
	require.Zero(t, e.balance(weth, e.exec).Sign(), "nothing left in the executor")
	require.Zero(t, e.balance(ez, e.exec).Sign())
	require.Zero(t, e.balance(e.a.Reserves[dlEz].AToken, e.exec).Sign())

	// Healthy now: the next view clears the episode and sends nothing.
	d.evaluate(e.ctx, e.view(user))
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"))
	require.NotContains(t, d.since, spec.key())
}

// TestAaveDeleverageAtTheMarketPrice: watched at the market price (1.02
// WETH per ezETH, 1% under the oracle's 1.03), a loop at oracle health 1.052
// sits at 1.042 < 1.05 and is brought to 1.10 at the market price; the
// landing check recomputes the health at that price from the balances at
// the mined block, and a fresh view agrees.
func TestAaveDeleverageAtTheMarketPrice(t *testing.T) {
	t.Parallel()
	e := newDlAaveEnv(t, 1_000)
	user := e.loop(0, 93)
	e.approveExecutor(0)
	spec := e.spec(user, 0)
	spec.TriggerPrice = PriceMarket
	d := e.deleverager(spec)
	market := uint256.MustFromDecimal("1020000000000000000000000000000000000")
	view := func() Target {
		v := e.view(user)
		v.SalePrice, v.FairPrice = market, market
		return v
	}
	atMarket := func(v Target) *uint256.Int {
		h, err := managedAaveHealth(spec, v, market)
		require.NoError(t, err)
		return &h.ratio
	}

	v := view()
	require.True(t, !v.Aave.Case.Account.HealthFactor.Lt(spec.Trigger), "healthy at the oracle: %s", v.Aave.Case.Account.HealthFactor.Dec())
	require.True(t, atMarket(v).Lt(spec.Trigger), "below the trigger at the market price: %s", atMarket(v).Dec())
	d.evaluate(e.ctx, v)
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"))
	mined := e.eventsL.events(alerts.DeleverageMined)
	require.Len(t, mined, 1)
	require.Equal(t, true, mined[0]["on_target"], "%v", mined[0])
	after := atMarket(view())
	lo, hi := wadOf("1.09"), wadOf("1.11")
	require.True(t, !after.Lt(lo) && !after.Gt(hi), "market-price health after %s", after.Dec())
	require.True(t, e.healthOnChain(user, nil).Gt(after), "higher at the oracle price")
}

// TestAaveDeleverageWaitsForMinPersist: below the trigger, nothing is sent
// on the first block nor while min_depeg_persist has not passed; once it
// has, the loop is deleveraged.
func TestAaveDeleverageWaitsForMinPersist(t *testing.T) {
	t.Parallel()
	e := newDlAaveEnv(t, 1_000)
	user := e.loop(0, 95)
	e.approveExecutor(0)
	spec := e.spec(user, time.Hour)
	d := e.deleverager(spec)

	first := e.view(user)
	d.evaluate(e.ctx, first)
	require.Contains(t, d.since, spec.key(), "the trigger holds")
	e.mine()
	e.mine()
	next := e.view(user)
	require.Greater(t, next.Block.Number, first.Block.Number)
	require.Less(t, next.Block.Time, first.Block.Time+3600)
	d.evaluate(e.ctx, next)
	d.wg.Wait()
	require.Zero(t, e.sender.sent("deleverage"), "not before min_depeg_persist")
	require.Empty(t, e.eventsL.events(alerts.DeleverageSent))

	func() {
		e.mineMu.Lock()
		defer e.mineMu.Unlock()
		require.NoError(t, e.sim.AdjustTime(time.Hour))
	}()
	late := e.view(user)
	require.GreaterOrEqual(t, late.Block.Time, first.Block.Time+3600)
	d.evaluate(e.ctx, late)
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"))
	mined := e.eventsL.events(alerts.DeleverageMined)
	require.Len(t, mined, 1)
	require.Equal(t, true, mined[0]["on_target"], "%v", mined[0])
}

// TestAaveDeleverageInfeasible: a loop whose owner gave the executor no
// aToken allowance, and a user with a second collateral, each raise
// deleverage_infeasible once per episode and nothing is sent.
func TestAaveDeleverageInfeasible(t *testing.T) {
	t.Parallel()
	e := newDlAaveEnv(t, 1_000)
	user := e.loop(0, 95)
	// Not a loop: ezETH and USDC collateral (no e-mode), WETH debt;
	// health (10·3,090·0.75 + 30,000·0.78)/(14.9·3,000) = 1.042, under the
	// trigger at the pool's oracle, which the keeper cannot size a
	// deleverage for: it refuses the position. (A healthy one is not
	// reported: it pages nobody.)
	k := e.users[1]
	multi := crypto.PubkeyToAddress(k.PublicKey)
	e.send(e.a.Mint(k, dlEz, dlTokens(10, 18)), e.a.Mint(k, dlUSDC, dlTokens(30_000, 6)), e.a.Approve(k, dlEz), e.a.Approve(k, dlUSDC),
		e.a.Supply(k, dlEz, dlTokens(10, 18)), e.a.Supply(k, dlUSDC, dlTokens(30_000, 6)), e.a.Borrow(k, dlWETH, dlTokens(149, 17)))
	e.send(devnet.KeyedTx{Key: k, To: e.a.Reserves[dlEz].AToken, Data: aaveatoken.NewAaveAToken().PackApprove(e.exec, abiMax())})
	d := e.deleverager(e.spec(user, 0), e.spec(multi, 0))

	for range 2 {
		d.evaluate(e.ctx, e.view(user))
		d.evaluate(e.ctx, e.view(multi))
		d.wg.Wait()
	}
	require.Zero(t, e.sender.sent("deleverage"))
	require.Empty(t, e.eventsL.events(alerts.DeleverageSent))
	infeasible := e.eventsL.events(alerts.DeleverageInfeasible)
	require.Len(t, infeasible, 2, "one per position and episode, not one per block")
	byUser := map[string]map[string]any{}
	for _, ev := range infeasible {
		require.Equal(t, ProtocolAave, ev["protocol"])
		byUser[ev["borrower"].(string)] = ev
	}
	noAllowance := byUser[user.Hex()]
	require.NotNil(t, noAllowance)
	require.Equal(t, "atoken_allowance", noAllowance["reason_code"])
	require.Contains(t, noAllowance["reason"], "atoken_allowance")
	require.Equal(t, "plan", noAllowance["stage"])
	notLoop := byUser[multi.Hex()]
	require.NotNil(t, notLoop)
	require.Equal(t, "not_a_loop", notLoop["reason_code"])
	require.Equal(t, "health", notLoop["stage"])
	require.Equal(t, map[string]int{"aave_v3 infeasible": 2}, e.counts.all(), "counted as raised: once per position and episode")

	// With the allowance given, the loop is deleveraged in the same
	// episode.
	e.approveExecutor(0)
	d.evaluate(e.ctx, e.view(user))
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"))
	require.Len(t, e.eventsL.events(alerts.DeleverageMined), 1)
	require.Equal(t, map[string]int{"aave_v3 infeasible": 2, "aave_v3 sent": 1, "aave_v3 mined": 1}, e.counts.all())
}

// TestAaveDeleverageShallowVenue: a venue holding 5 ezETH cannot absorb
// the ~45 ezETH sale within the slippage bound: deleverage_infeasible with
// Morpho's shallow-venue reason, nothing sent.
func TestAaveDeleverageShallowVenue(t *testing.T) {
	t.Parallel()
	e := newDlAaveEnv(t, 5)
	user := e.loop(0, 95)
	e.approveExecutor(0)
	d := e.deleverager(e.spec(user, 0))
	d.evaluate(e.ctx, e.view(user))
	d.wg.Wait()
	require.Zero(t, e.sender.sent("deleverage"))
	infeasible := e.eventsL.events(alerts.DeleverageInfeasible)
	require.Len(t, infeasible, 1)
	require.Equal(t, "venue_too_shallow", infeasible[0]["reason_code"])
	require.Contains(t, infeasible[0]["reason"], ErrVenueTooShallow.Error())
	require.Equal(t, ProtocolAave, infeasible[0]["protocol"])
	require.Equal(t, map[string]int{"aave_v3 infeasible": 1}, e.counts.all())
}

// dlLoop is a synthetic 18-decimal loop for the pure tests: collateral
// price pc and debt price pd (base currency), effective LT lt, balances c
// and d (whole tokens × 1e18 given as decimal strings).
func dlLoop(pc, pd uint64, lt uint16, c, d string) *managedAaveLoop {
	unit := uint256.NewInt(1e18)
	l := &managedAaveLoop{v: aave.V3_5}
	l.coll = aave.Reserve{ID: 1, LT: lt, LTV: lt - 200}
	l.coll.Price.SetUint64(pc)
	l.coll.Unit.Set(unit)
	l.coll.Income.Set(aave.RAY)
	l.debt = aave.Reserve{ID: 0}
	l.debt.Price.SetUint64(pd)
	l.debt.Unit.Set(unit)
	l.debt.Debt.Set(aave.RAY)
	l.oraclePrice.SetUint64(pc)
	l.c.Set(uint256.MustFromDecimal(c))
	l.d.Set(uint256.MustFromDecimal(d))
	return l
}

// TestAaveDeleverageSizing: the least repayment reaching the target, at a
// market trigger price below the oracle; the sizing refuses a rate at
// which every sale lowers the health, and a target beyond the collateral.
func TestAaveDeleverageSizing(t *testing.T) {
	t.Parallel()
	l := dlLoop(3090e8, 3000e8, 9500, "100000000000000000000", "95000000000000000000")
	before, err := l.account(&l.coll.Price, new(uint256.Int), new(uint256.Int))
	require.NoError(t, err)
	require.Equal(t, "1030000000000000000", before.HealthFactor.Dec())

	// The market trigger at 1.00 WETH per ezETH: health 0.95·100/95 = 1.
	market := uint256.MustFromDecimal("1000000000000000000000000000000000000")
	p, err := l.basePrice(market)
	require.NoError(t, err)
	require.Equal(t, "300000000000", p.Dec())
	l.coll.Price.Set(p)
	h, err := l.account(&l.coll.Price, new(uint256.Int), new(uint256.Int))
	require.NoError(t, err)
	require.Equal(t, "1000000000000000000", h.HealthFactor.Dec())

	// Sold at 1.00 less 50 bps with a 5 bps flash premium, to 1.10.
	rate := uint256.MustFromDecimal("995000000000000000000000000000000000")
	s := aaveDeleverageSizing{loop: l, h1: wadOf("1.10"), rate: rate, premiumBps: 5}
	z, err := s.solve()
	require.NoError(t, err)
	require.True(t, !z.health.Lt(s.h1), "health after %s", z.health.Dec())
	_, ok, err := s.reaches(new(uint256.Int).SubUint64(z.repay, 1))
	require.NoError(t, err)
	require.False(t, ok, "one unit less misses the target")
	// The sale at the bound covers the loan and its premium.
	owed := new(big.Int).Add(z.repay.ToBig(), z.premium.ToBig())
	got := new(big.Int).Mul(z.withdraw.ToBig(), rate.ToBig())
	got.Quo(got, morpho.OraclePriceScale.ToBig())
	require.GreaterOrEqual(t, got.Cmp(owed), 0)
	// §6 with k = 0.995/1.0005: ΔC·P = D(h1−h0)/(h1·k − λ), ΔD = k·ΔC·P.
	k := 0.995 / 1.0005
	dc := 95 * (1.10 - 1.0) / (1.10*k - 0.95)
	repaid, _ := new(big.Float).Quo(new(big.Float).SetInt(z.repay.ToBig()), big.NewFloat(1e18)).Float64()
	sold, _ := new(big.Float).Quo(new(big.Float).SetInt(z.withdraw.ToBig()), big.NewFloat(1e18)).Float64()
	require.InDelta(t, k*dc, repaid, 1e-6)
	require.InDelta(t, dc, sold, 1e-6)

	// A 30% haircut: h1·rate ≤ LT·P — no sale raises the health to 1.10.
	s.rate = uint256.MustFromDecimal("700000000000000000000000000000000000")
	_, err = s.solve()
	require.ErrorIs(t, err, ErrAaveDeleverageInfeasible)
	require.True(t, infeasible(err))

	// At or above the target: nothing to do.
	s.rate, s.h1 = rate, wadOf("0.99")
	_, err = s.solve()
	require.ErrorIs(t, err, morpho.ErrAlreadyAboveTarget)

	// A target needing more collateral than there is: at 0.90 selling all
	// 100 pays for ~90 of the 95 debt, and 1.00 → 20 needs ~95.
	s.h1 = wadOf("20")
	s.rate = uint256.MustFromDecimal("900000000000000000000000000000000000")
	_, err = s.solve()
	require.ErrorIs(t, err, ErrAaveDeleverageInfeasible)
}

// TestAaveDeleverageRefusesOtherReserves: a view whose account data
// includes reserves besides the managed two is refused as not a loop, and
// a matching one is accepted with the e-mode threshold read off the
// account.
func TestAaveDeleverageRefusesOtherReserves(t *testing.T) {
	t.Parallel()
	l := dlLoop(3090e8, 3000e8, 9500, "100000000000000000000", "95000000000000000000")
	l.coll.LT = 7500 // the reserve's own; e-mode lifts it to 95%
	acct, err := dlLoop(3090e8, 3000e8, 9500, "100000000000000000000", "95000000000000000000").account(uint256.NewInt(3090e8), new(uint256.Int), new(uint256.Int))
	require.NoError(t, err)
	pool, coll, debt := common.HexToAddress("0x9001"), common.HexToAddress("0xa001"), common.HexToAddress("0xa002")
	view := func(a aave.Account) Target {
		c := &aave.LiquidationCase{Version: aave.V3_5, Account: &a, Coll: &l.coll, Debt: &l.debt}
		c.ScaledCollateral.Set(&l.c)
		c.ScaledDebt.Set(&l.d)
		return Target{MarketID: AaveMarketID(pool, coll, debt), Aave: &AaveTarget{Pool: pool, Collateral: coll, Debt: debt, Case: c}}
	}
	got, err := newManagedAaveLoop(view(acct))
	require.NoError(t, err)
	require.Equal(t, uint16(9500), got.coll.LT)

	more := acct
	more.TotalCollateralBase.AddUint64(&more.TotalCollateralBase, 30_000e8) // a second collateral
	_, err = newManagedAaveLoop(view(more))
	require.ErrorIs(t, err, ErrAaveNotLoop)
	require.Equal(t, "not_a_loop", reasonCode(err))

	wrong := view(acct)
	wrong.MarketID = common.Hash{1}
	_, err = newManagedAaveLoop(wrong)
	require.Error(t, err)
	require.False(t, errors.Is(err, ErrAaveNotLoop))
}

// TestDeleverageAlertsNameTheProtocol: every deleverage alert carries the
// protocol, Morpho's included.
func TestDeleverageAlertsNameTheProtocol(t *testing.T) {
	t.Parallel()
	d := NewDeleverager(zerolog.Nop(), nil, nil, DeleverageConfig{}, nil, nil)
	spec := Managed{Trigger: wadOf("1.1"), Target: wadOf("1.2")}
	ev := &eventLog{}
	ev.Event("x", alerts.Info, func(e *zerolog.Event) *zerolog.Event { return d.fields(e, spec, Target{}) })
	ev.Event("x", alerts.Info, func(e *zerolog.Event) *zerolog.Event { return d.fields(e, spec, Target{Aave: &AaveTarget{}}) })
	got := ev.events("x")
	require.Len(t, got, 2)
	require.Equal(t, ProtocolMorpho, got[0]["protocol"])
	require.Equal(t, ProtocolAave, got[1]["protocol"])
}

// FuzzAaveDeleverageSize: whenever the sizing succeeds, its withdrawal
// fits in the collateral, the sale at the bound covers the loan and its
// premium, the health after (recomputed) is at least the target, and one
// unit less of repayment misses it.
func FuzzAaveDeleverageSize(f *testing.F) {
	f.Add(uint64(3090e8), uint64(3000e8), uint16(9500), uint64(100), uint64(95), uint64(110), uint64(50), uint64(5))
	f.Add(uint64(3000e8), uint64(3000e8), uint16(8300), uint64(7), uint64(5), uint64(150), uint64(10), uint64(9))
	f.Add(uint64(60000e8), uint64(1e8), uint16(7800), uint64(1), uint64(40000), uint64(125), uint64(100), uint64(0))
	f.Fuzz(func(t *testing.T, pc, pd uint64, lt uint16, c, d, h1Pct, slip, prem uint64) {
		if pc == 0 || pd == 0 || lt == 0 || lt > 9900 || c == 0 || d == 0 || c > 1e9 || d > 1e12 || h1Pct < 101 || h1Pct > 1000 || slip > 5000 || prem > 100 {
			t.Skip()
		}
		pc, pd = pc%1e15+1, pd%1e15+1
		l := dlLoop(pc, pd, lt, new(big.Int).Mul(new(big.Int).SetUint64(c), big.NewInt(1e18)).String(),
			new(big.Int).Mul(new(big.Int).SetUint64(d), big.NewInt(1e18)).String())
		// The sale price: the oracle's, less slip.
		rate := new(big.Int).Mul(new(big.Int).SetUint64(pc), morpho.OraclePriceScale.ToBig())
		rate.Quo(rate, new(big.Int).SetUint64(pd))
		rate.Mul(rate, new(big.Int).SetUint64(10_000-slip)).Quo(rate, big.NewInt(10_000))
		if rate.Sign() == 0 {
			t.Skip()
		}
		h1 := new(uint256.Int).Mul(uint256.NewInt(h1Pct), uint256.NewInt(1e16))
		s := aaveDeleverageSizing{loop: l, h1: h1, rate: uint256.MustFromBig(rate), premiumBps: prem}
		z, err := s.solve()
		if err != nil {
			if !errors.Is(err, ErrAaveDeleverageInfeasible) && !errors.Is(err, morpho.ErrAlreadyAboveTarget) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		if z.withdraw.Gt(&l.c) || z.repay.Gt(&l.d) {
			t.Fatalf("withdraw %s of %s, repay %s of %s", z.withdraw.Dec(), l.c.Dec(), z.repay.Dec(), l.d.Dec())
		}
		a, err := l.account(&l.coll.Price, z.withdraw, z.repay)
		if err != nil {
			t.Fatal(err)
		}
		if a.HealthFactor.Lt(h1) {
			t.Fatalf("health after %s < target %s", a.HealthFactor.Dec(), h1.Dec())
		}
		owed := new(big.Int).Add(z.repay.ToBig(), z.premium.ToBig())
		got := new(big.Int).Mul(z.withdraw.ToBig(), rate)
		got.Quo(got, morpho.OraclePriceScale.ToBig())
		if got.Cmp(owed) < 0 {
			t.Fatalf("sale %s < owed %s", got, owed)
		}
		if z.repay.Cmp(&l.d) < 0 && !z.repay.IsZero() {
			_, ok, err := s.reaches(new(uint256.Int).SubUint64(z.repay, 1))
			if err != nil {
				t.Fatal(err)
			}
			if ok {
				t.Fatalf("repay %s is not the least", z.repay.Dec())
			}
		}
	})
}
