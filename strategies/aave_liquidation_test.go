package strategies

import (
	"context"
	"crypto/ecdsa"
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

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavetesttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	iaave "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	paave "github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// Reserve indexes of devnet.DefaultAaveSpec.
const (
	avWETH = 0
	avEz   = 1
)

var (
	avPoolABI  = aavepool.NewAavePool()
	avTokenABI = aavetesttoken.NewAaveTestToken()
	avCurveABI = stableswappool.NewStableSwapPool()
	// avDropped is ezETH's price after the drop: the 92% e-mode loops have
	// a health factor of 0.9958 (above 0.95, so a large one is liquidated
	// by half), and ezETH sells for 2,980/3,000 WETH.
	avDropped = usd8(2980)
)

func usd8(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e8)) }

// milliEther is x/1000 of a token of 18 decimals.
func milliEther(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e15)) }

// aaveEnv is an Aave market (devnet.DefaultAaveSpec) on a simulated chain
// mined every 20 ms, a keeper sending through the real transaction
// manager, a KeeperExecutor it owns, two Curve-style ezETH/WETH pools (deep
// and shallow) at the dropped price, and e-mode loops at 92% of their
// LTV: big (100 ezETH), small and small2 (0.6 ezETH, under the 2,000 USD
// of the close factor). ezETH is already down to avDropped, so all are
// liquidatable.
type aaveEnv struct {
	t       *testing.T
	ctx     context.Context
	client  chain.Client
	a       *devnet.Aave
	mc      *chain.Multicall
	owner   *ecdsa.PrivateKey
	sender  *recordingSender
	keeper  common.Address
	exec    common.Address
	deep    common.Address // 2,000 WETH a side
	shallow common.Address // 100 WETH a side
	big     common.Address
	small   common.Address
	small2  common.Address // as small
}

func newAaveEnv(t *testing.T) *aaveEnv {
	t.Helper()
	key := func(i byte) *ecdsa.PrivateKey {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte{i, 'a', 'a', 'v', 'e', 'l', 'i', 'q'}))
		require.NoError(t, err)
		return k
	}
	owner, keeperKey, bigKey, smallKey, small2Key := key(0), key(1), key(2), key(3), key(4)
	eth := new(big.Int).Mul(big.NewInt(1e6), big.NewInt(1e18))
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{owner, keeperKey, bigKey, smallKey, small2Key} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: eth}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(200_000_000))
	t.Cleanup(func() { _ = sim.Close() })
	var mineMu sync.Mutex
	mine := func() {
		mineMu.Lock()
		defer mineMu.Unlock()
		sim.Commit()
	}
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
				mine()
			}
		}
	}()
	t.Cleanup(func() { close(stop); wg.Wait() })

	ctx := t.Context()
	client, err := chain.FromSimulated(sim.Client())
	require.NoError(t, err)
	chainID, err := client.ChainID(ctx)
	require.NoError(t, err)
	a, err := devnet.DeployAave(ctx, client, owner, chainID, mine, devnet.DefaultAaveSpec())
	require.NoError(t, err)
	tm, err := txmgr.New(zerolog.Nop(), client, keeperKey, chainID, txmgr.Config{
		NumConfirmations: 1, ReceiptQueryInterval: 10 * time.Millisecond, ResubmitInterval: 5 * time.Second,
		NetworkTimeout: 5 * time.Second, SendTimeout: 30 * time.Second, FeeBumpPct: 10, FeeLimitMultiplier: 5,
		MinTipCap: minTipCap,
	}, nil)
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	e := &aaveEnv{
		t: t, ctx: ctx, client: client, a: a, mc: chain.NewMulticall(client, a.Multicall3), owner: owner,
		sender: &recordingSender{Manager: tm}, keeper: crypto.PubkeyToAddress(keeperKey.PublicKey),
		big: crypto.PubkeyToAddress(bigKey.PublicKey), small: crypto.PubkeyToAddress(smallKey.PublicKey),
		small2: crypto.PubkeyToAddress(small2Key.PublicKey),
	}

	// The venues: coin 0 WETH, coin 1 ezETH at the dropped price.
	weth, ez := a.Reserves[avWETH].Token, a.Reserves[avEz].Token
	rate := new(big.Int).Div(new(big.Int).Mul(avDropped, big.NewInt(1e18)), usd8(3000))
	curve := func(wethSide int64) common.Address {
		addr, err := a.Deploy(ctx, client, owner, stableswappool.StableSwapPoolMetaData.Bin, avCurveABI.PackConstructor(
			weth, ez, big.NewInt(100), big.NewInt(4_000_000), big.NewInt(1e10), big.NewInt(600), rate))
		require.NoError(t, err)
		w := new(big.Int).Mul(big.NewInt(wethSide), big.NewInt(1e18))
		e.send(
			devnet.KeyedTx{Key: owner, To: weth, Data: avTokenABI.PackApprove(addr, maxUint())},
			devnet.KeyedTx{Key: owner, To: ez, Data: avTokenABI.PackApprove(addr, maxUint())},
		)
		e.send(devnet.KeyedTx{Key: owner, To: addr, Data: avCurveABI.PackAddLiquidity(
			[]*big.Int{w, new(big.Int).Div(new(big.Int).Mul(w, big.NewInt(1e18)), rate)}, new(big.Int))})
		return addr
	}
	e.send(a.Mint(owner, avWETH, milliEther(20_000_000)), a.Mint(owner, avEz, milliEther(10_000_000)), a.Approve(owner, avWETH))
	e.deep, e.shallow = curve(2_000), curve(100)

	// Liquidity, and the two loops: ezETH in e-mode, WETH borrowed at 92%
	// of what the 93% LTV allows at 3,090 USD.
	e.send(a.Supply(owner, avWETH, milliEther(10_000_000)),
		a.Mint(bigKey, avEz, milliEther(100_000)), a.Approve(bigKey, avEz),
		a.Mint(smallKey, avEz, milliEther(600)), a.Approve(smallKey, avEz),
		a.Mint(small2Key, avEz, milliEther(600)), a.Approve(small2Key, avEz))
	e.send(a.Supply(bigKey, avEz, milliEther(100_000)), a.SetEMode(bigKey, 1),
		a.Supply(smallKey, avEz, milliEther(600)), a.SetEMode(smallKey, 1),
		a.Supply(small2Key, avEz, milliEther(600)), a.SetEMode(small2Key, 1))
	e.send(a.Borrow(bigKey, avWETH, milliEther(94_760)), a.Borrow(smallKey, avWETH, milliEther(568)),
		a.Borrow(small2Key, avWETH, milliEther(568)))
	e.setEzPrice(avDropped)

	code := append(common.FromHex(keeperexecutor.KeeperExecutorMetaData.Bin), keeperexecutor.NewKeeperExecutor().PackConstructor(a.Pool)...)
	rcpt, err := e.sender.Send(ctx, txmgr.Candidate{Data: code, Label: "deploy"})
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	e.exec = rcpt.ContractAddress
	return e
}

func maxUint() *big.Int { return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

// send mines txs together; every one must succeed.
func (e *aaveEnv) send(txs ...devnet.KeyedTx) {
	e.t.Helper()
	rs, err := e.a.Send(e.ctx, e.client, txs)
	require.NoError(e.t, err)
	for _, r := range rs {
		require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
	}
}

func (e *aaveEnv) setEzPrice(price *big.Int) { e.send(e.a.SetPrice(e.owner, avEz, price)) }

// fundKeeper mints amount of WETH to the keeper, from the owner (the keeper's
// own nonces belong to the transaction manager).
func (e *aaveEnv) fundKeeper(amount *big.Int) {
	e.send(devnet.KeyedTx{Key: e.owner, To: e.a.Reserves[avWETH].Token, Data: avTokenABI.PackMint(e.keeper, amount)})
}

func (e *aaveEnv) balance(reserve int, who common.Address) *big.Int {
	e.t.Helper()
	w := weth9.NewWETH9()
	token := e.a.Reserves[reserve].Token
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &token, Data: w.PackBalanceOf(who)}, nil)
	require.NoError(e.t, err)
	bal, err := w.UnpackBalanceOf(out)
	require.NoError(e.t, err)
	return bal
}

// debtOf is user's WETH debt (the variable debt token's balance).
func (e *aaveEnv) debtOf(user common.Address) *big.Int {
	e.t.Helper()
	w := weth9.NewWETH9()
	token := e.a.Reserves[avWETH].DebtToken
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &token, Data: w.PackBalanceOf(user)}, nil)
	require.NoError(e.t, err)
	bal, err := w.UnpackBalanceOf(out)
	require.NoError(e.t, err)
	return bal
}

// target reads user through the Aave adapter at the head, as the keeper
// does, and builds its Target: the oracle's price to sell at, WETH the
// debt.
func (e *aaveEnv) target(user common.Address) Target {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	require.NoError(e.t, err)
	m, err := paave.LoadMarket(e.ctx, e.mc, head.Hash(), e.a.Pool, e.a.Oracle, iaave.V3_5)
	require.NoError(e.t, err)
	tr := paave.NewTracker(m)
	ref := chain.RefOf(head)
	require.NoError(e.t, tr.Load(e.ctx, e.mc, ref, []common.Address{user}))
	rd := tr.Plan(&paave.Touched{})
	res, err := e.mc.Do(e.ctx, head.Hash(), rd.Calls())
	require.NoError(e.t, err)
	s, err := tr.Apply(ref, rd, res)
	require.NoError(e.t, err)
	found, err := tr.Liquidatable(s)
	require.NoError(e.t, err)
	for _, tg := range found {
		if tg.User != user {
			continue
		}
		coll, debt := m.Reserves[tg.Coll], m.Reserves[tg.Debt]
		price, err := AaveOraclePrice(tg.Case.Coll, tg.Case.Debt)
		require.NoError(e.t, err)
		return Target{
			Block: ref, MarketID: AaveMarketID(e.a.Pool, coll.Asset, debt.Asset), MarketName: "aave ezETH/WETH",
			Borrower: user, OraclePrice: price, SalePrice: price, LoanIsNative: debt.Asset == e.a.Reserves[avWETH].Token,
			Aave: &AaveTarget{Pool: e.a.Pool, Collateral: coll.Asset, Debt: debt.Asset, ATokenColl: coll.AToken, Case: tg.Case},
		}
	}
	e.t.Fatalf("user %s is not liquidatable", user)
	return Target{}
}

func (e *aaveEnv) liquidator(mode string, venue common.Address, slippageBps uint64, minProfit *big.Int) *AaveLiquidator {
	return NewAaveLiquidator(e.client, e.sender, AaveLiquidationConfig{
		Mode: mode, Executor: e.exec, MaxSlippageBps: slippageBps, MaxHalvings: 4,
		Venues:    map[common.Address]Venue{e.a.Reserves[avEz].Token: {Kind: VenueCurve, Pool: venue, I: 1, J: 0}},
		MinProfit: minProfit, GasMarginPct: 25, MaxGasLimit: 3_000_000, MinTipCap: minTipCap,
	})
}

// liquidationEvent is the pool's LiquidationCall in r.
func (e *aaveEnv) liquidationEvent(r *types.Receipt) *aavepool.AavePoolLiquidationCall {
	e.t.Helper()
	for _, l := range r.Logs {
		if l.Address != e.a.Pool {
			continue
		}
		if ev, err := avPoolABI.UnpackLiquidationCallEvent(l); err == nil {
			return ev
		}
	}
	e.t.Fatal("no LiquidationCall in the receipt")
	return nil
}

// safeSize is the exact math's largest accepted liquidation of t.
func safeSize(t *testing.T, tg Target) (*uint256.Int, iaave.Liquidation) {
	t.Helper()
	amount, liq, ok, err := tg.Aave.Case.SafeDebtToCover()
	require.NoError(t, err)
	require.True(t, ok)
	return amount, liq
}

// TestAaveFlashLiquidation: a keeper holding no WETH liquidates the big
// loop through the executor's flash loan. The close factor caps it at half
// the debt; what the pool repays and seizes equals the exact math's to the
// wei, and the executor pays the keeper the planned profit.
func TestAaveFlashLiquidation(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	require.Zero(t, e.balance(avWETH, e.keeper).Sign(), "no inventory")
	tg := e.target(e.big)
	amount, want := safeSize(t, tg)
	debt, err := iaave.DebtBalance(tg.Aave.Case.Version, &tg.Aave.Case.ScaledDebt, &tg.Aave.Case.Debt.Debt)
	require.NoError(t, err)
	require.True(t, amount.Lt(debt), "the close factor: about half the debt")

	liq := e.liquidator(ModeCallback, e.deep, 100, big.NewInt(0))
	plan, err := liq.Plan(e.ctx, tg)
	require.NoError(t, err)
	require.Equal(t, ModeFlash, plan.Mode)
	require.False(t, plan.Partial)
	require.Equal(t, want.Debt.ToBig(), plan.ExpectedRepaid, "the simulation repays what the math says")
	require.Equal(t, want.Collateral.ToBig(), plan.Seized, "and seizes what it says")
	require.Positive(t, plan.Profit.Sign())
	require.Equal(t, new(big.Int).Add(plan.ExpectedRepaid, new(big.Int).Add(plan.Profit, plan.GasCost)), plan.SeizedValue)

	est, err := EstimateProfit(tg)
	require.NoError(t, err)
	value := new(big.Int).Mul(want.Collateral.ToBig(), tg.SalePrice.ToBig())
	value.Quo(value, morpho.OraclePriceScale.ToBig())
	require.Equal(t, new(big.Int).Sub(value, want.Debt.ToBig()), est)
	require.Positive(t, est.Cmp(plan.Profit), "before gas, premium and the venue's fee")

	rcpt, err := liq.Execute(e.ctx, plan, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	ev := e.liquidationEvent(rcpt)
	require.Equal(t, e.big, ev.User)
	require.Equal(t, e.exec, ev.Liquidator)
	require.Equal(t, plan.ExpectedRepaid, ev.DebtToCover)
	require.Equal(t, plan.Seized, ev.LiquidatedCollateralAmount)
	require.Equal(t, new(big.Int).Add(plan.Profit, plan.GasCost), e.balance(avWETH, e.keeper), "the executor paid its profit to the keeper")
	require.Zero(t, e.balance(avWETH, e.exec).Sign(), "nothing left in the executor")
	require.Zero(t, e.balance(avEz, e.exec).Sign())
	require.Equal(t, 1, e.sender.sent("aave_liquidate"))
}

// TestAaveInventoryLiquidation: a keeper holding WETH approves the pool
// once and liquidates the big loop itself. liquidationCall returns
// nothing: the plan's figures come from the exact math and equal the
// keeper's balance changes to the wei. The reservation is freed.
func TestAaveInventoryLiquidation(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	held := milliEther(60_000) // one plan's repayment, not two
	e.fundKeeper(held)
	tg := e.target(e.big)
	_, want := safeSize(t, tg)

	liq := e.liquidator(ModeInventory, common.Address{}, 0, big.NewInt(0))
	plan, err := liq.Plan(e.ctx, tg)
	require.NoError(t, err)
	require.Equal(t, ModeInventory, plan.Mode)
	require.Equal(t, 1, e.sender.sent("approve"), "the pool approved first")
	require.Equal(t, want.Debt.ToBig(), plan.ExpectedRepaid)
	require.Equal(t, want.Collateral.ToBig(), plan.Seized)
	require.Positive(t, plan.Profit.Sign())
	require.Equal(t, plan.ExpectedRepaid, liq.inv.reservedOf(tg.Aave.Debt), "the repayment is reserved")

	// A second plan sees the first's reservation: what is left does not
	// cover it.
	_, err = liq.Plan(e.ctx, e.target(e.big))
	require.ErrorIs(t, err, ErrInsufficientInventory)

	ezBefore := e.balance(avEz, e.keeper)
	rcpt, err := liq.Execute(e.ctx, plan, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	require.Zero(t, liq.inv.reservedOf(tg.Aave.Debt).Sign(), "released")
	ev := e.liquidationEvent(rcpt)
	require.Equal(t, e.keeper, ev.Liquidator)
	require.Equal(t, plan.ExpectedRepaid, ev.DebtToCover)
	require.Equal(t, plan.Seized, ev.LiquidatedCollateralAmount)
	require.Equal(t, new(big.Int).Sub(held, plan.ExpectedRepaid), e.balance(avWETH, e.keeper), "repaid what the math says")
	require.Equal(t, new(big.Int).Add(ezBefore, plan.Seized), e.balance(avEz, e.keeper), "received what it says")
	require.Equal(t, 1, e.sender.sent("approve"), "one approval")
}

// TestAaveFullLiquidationLeavesNoDebt: the small loop (under 2,000 USD)
// may be liquidated whole. Its debt grows between the target's block and
// mining; the plan's margin repays that too, so no dust debt is left,
// which the pool would refuse. Its bonus does not pay for the gas, so the
// minimum profit is negative here.
func TestAaveFullLiquidationLeavesNoDebt(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	e.fundKeeper(milliEther(10_000))
	anyProfit := new(big.Int).Neg(milliEther(1_000))
	for _, c := range []struct {
		mode string
		user common.Address
	}{{ModeCallback, e.small}, {ModeInventory, e.small2}} {
		t.Run(c.mode, func(t *testing.T) {
			tg := e.target(c.user)
			amount, want := safeSize(t, tg)
			debt, err := iaave.DebtBalance(tg.Aave.Case.Version, &tg.Aave.Case.ScaledDebt, &tg.Aave.Case.Debt.Debt)
			require.NoError(t, err)
			require.Equal(t, debt, amount, "the whole debt")
			require.Equal(t, debt, &want.Debt)

			liq := e.liquidator(c.mode, e.deep, 100, anyProfit)
			plan, err := liq.Plan(e.ctx, tg)
			require.NoError(t, err)
			require.False(t, plan.Partial)
			time.Sleep(100 * time.Millisecond) // a few blocks: interest accrues
			rcpt, err := liq.Execute(e.ctx, plan, nil)
			require.NoError(t, err)
			require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
			ev := e.liquidationEvent(rcpt)
			require.Positive(t, ev.DebtToCover.Cmp(want.Debt.ToBig()), "the debt and its interest")
			require.Zero(t, e.debtOf(c.user).Sign(), "no dust debt left")
		})
	}
}

// TestAaveFlashSizedToTheVenue: a venue that cannot absorb the whole sale
// within the slippage bound gets the largest halving that clears it; a
// halving that would leave the position under the dust threshold is
// refused.
func TestAaveFlashSizedToTheVenue(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	for _, c := range []struct {
		name        string
		user        common.Address
		venue       common.Address
		slippageBps uint64
		partial     bool
		wantErr     []error
	}{
		{name: "deep venue takes it all", user: e.big, venue: e.deep, slippageBps: 25},
		{name: "shallow venue: halved", user: e.big, venue: e.shallow, slippageBps: 25, partial: true},
		{name: "no slippage allowed: a full liquidation of the small loop halved leaves dust",
			user: e.small, venue: e.deep, wantErr: []error{ErrVenueTooShallow, iaave.ErrMustNotLeaveDust}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tg := e.target(c.user)
			amount, _ := safeSize(t, tg)
			plan, err := e.liquidator(ModeCallback, c.venue, c.slippageBps, big.NewInt(0)).Plan(e.ctx, tg)
			for _, want := range c.wantErr {
				require.ErrorIs(t, err, want)
			}
			if c.wantErr != nil {
				return
			}
			require.NoError(t, err)
			require.Equal(t, c.partial, plan.Partial)
			// The figures are the exact math's at the size that passed:
			// the full one, or a halving of it.
			size := amount.Clone()
			for range 4 {
				liq, err := tg.Aave.Case.Liquidate(size)
				require.NoError(t, err)
				if liq.Debt.ToBig().Cmp(plan.ExpectedRepaid) == 0 {
					require.Equal(t, liq.Collateral.ToBig(), plan.Seized)
					require.Equal(t, c.partial, !size.Eq(amount))
					return
				}
				size.Rsh(size, 1)
			}
			t.Fatalf("repaid %s is no halving of %s", plan.ExpectedRepaid, amount.Dec())
		})
	}

	// The halved plan is mined.
	tg := e.target(e.big)
	liq := e.liquidator(ModeCallback, e.shallow, 25, big.NewInt(0))
	plan, err := liq.Plan(e.ctx, tg)
	require.NoError(t, err)
	require.True(t, plan.Partial)
	rcpt, err := liq.Execute(e.ctx, plan, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	ev := e.liquidationEvent(rcpt)
	require.Equal(t, plan.ExpectedRepaid, ev.DebtToCover)
	require.Equal(t, plan.Seized, ev.LiquidatedCollateralAmount)
}

// TestAavePlanRefusals: the cases a plan is refused, with nothing sent.
func TestAavePlanRefusals(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	e.fundKeeper(milliEther(100_000))
	huge := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	bigT, smallT := e.target(e.big), e.target(e.small)
	for _, c := range []struct {
		name      string
		mode      string
		tg        Target
		minProfit *big.Int
		venue     common.Address
		want      error
		figures   bool // the refused plan shows its figures
	}{
		{"flash: below the minimum profit", ModeCallback, bigT, huge, e.deep, ErrUnprofitable, true},
		{"inventory: below the minimum profit, even before approving", ModeInventory, bigT, huge, e.deep, ErrUnprofitable, false},
		{"flash: the small loop's bonus does not pay for the gas", ModeCallback, smallT, big.NewInt(0), e.deep, ErrUnprofitable, true},
		{"flash: no venue for the collateral", ModeCallback, bigT, big.NewInt(0), common.Address{}, ErrNoVenue, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			liq := e.liquidator(c.mode, c.venue, 100, c.minProfit)
			if c.venue == (common.Address{}) {
				liq.cfg.Venues = nil
			}
			plan, err := liq.Plan(e.ctx, c.tg)
			require.ErrorIs(t, err, c.want)
			if c.figures {
				require.NotNil(t, plan)
				require.Less(t, plan.Profit.Cmp(c.minProfit), 0)
				require.Positive(t, plan.GasCost.Sign())
			}
		})
	}
	require.Zero(t, e.sender.sent("aave_liquidate"), "nothing sent")
	require.Zero(t, e.sender.sent("approve"), "no approval for an unprofitable plan")

	// Targets a plan cannot act on, refused before touching the chain.
	liq := e.liquidator(ModeCallback, e.deep, 100, big.NewInt(0))
	// A copy of the big loop's target whose case says health factor 1.
	healthyCase := *bigT.Aave.Case
	healthyAccount := *healthyCase.Account
	healthyAccount.HealthFactor.SetUint64(iaave.WAD)
	healthyCase.Account = &healthyAccount
	healthyAave := *bigT.Aave
	healthyAave.Case = &healthyCase
	healthy := bigT
	healthy.Aave = &healthyAave
	noCase := bigT
	noCase.Aave = &AaveTarget{Pool: e.a.Pool, Collateral: bigT.Aave.Collateral, Debt: bigT.Aave.Debt}
	foreign := bigT
	foreign.LoanIsNative = false
	for _, c := range []struct {
		name string
		tg   Target
		want error
	}{
		{"health factor 1 at the target's block", healthy, ErrNothingToSeize},
		{"nothing a liquidation can seize", noCase, ErrNothingToSeize},
		{"a debt token that is not the native one", foreign, ErrUnpricedLoanToken},
		{"a Morpho target", Target{MarketName: "m"}, ErrNotAaveTarget},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := liq.Plan(e.ctx, c.tg)
			require.ErrorIs(t, err, c.want)
			if c.tg.Aave != nil {
				_, err = EstimateProfit(c.tg)
				require.ErrorIs(t, err, c.want)
			}
		})
	}
}

// TestAaveHealthyUserRevertsInSimulation: the target was liquidatable when
// read, but the price recovered before planning: the pool refuses in the
// simulation, in both modes, and nothing is sent.
func TestAaveHealthyUserRevertsInSimulation(t *testing.T) {
	t.Parallel()
	e := newAaveEnv(t)
	e.fundKeeper(milliEther(100_000))
	tg := e.target(e.big)
	e.setEzPrice(usd8(3090))
	for _, mode := range []string{ModeCallback, ModeInventory} {
		t.Run(mode, func(t *testing.T) {
			_, err := e.liquidator(mode, e.deep, 100, big.NewInt(0)).Plan(e.ctx, tg)
			require.ErrorIs(t, err, ErrSimulationReverted)
			require.ErrorContains(t, err, "HealthFactorNotBelowThreshold")
		})
	}
	require.Zero(t, e.sender.sent("aave_liquidate"))
}

func TestAaveOraclePrice(t *testing.T) {
	t.Parallel()
	reserve := func(usd int64, decimals uint64) *iaave.Reserve {
		r := &iaave.Reserve{}
		r.Price.SetFromBig(usd8(usd))
		r.Unit.Exp(uint256.NewInt(10), uint256.NewInt(decimals))
		return r
	}
	e36 := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(36))
	for _, c := range []struct {
		name       string
		coll, debt *iaave.Reserve
		want       *uint256.Int
	}{
		{"same decimals", reserve(2980, 18), reserve(3000, 18),
			new(uint256.Int).Div(new(uint256.Int).Mul(uint256.NewInt(2980), e36), uint256.NewInt(3000))},
		{"ETH in USDC: 3,000e6 units per 1e18", reserve(3000, 18), reserve(1, 6),
			new(uint256.Int).Mul(uint256.NewInt(3000), new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(24)))},
		{"USDC in ETH, rounded down", reserve(1, 6), reserve(3000, 18),
			new(uint256.Int).Div(new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(48)), uint256.NewInt(3000))},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := AaveOraclePrice(c.coll, c.debt)
			require.NoError(t, err)
			require.Equal(t, c.want, got)
		})
	}
	_, err := AaveOraclePrice(reserve(1, 18), reserve(0, 18))
	require.Error(t, err)
	_, err = AaveOraclePrice(nil, reserve(1, 18))
	require.Error(t, err)
}
