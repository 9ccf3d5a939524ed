package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	iaave "github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/protocols/aave"
)

// aaveExecFixture is an Aave world with a KeeperExecutor owned by a keeper
// that holds no WETH, a Curve-style rstETH/WETH pool to sell seized
// collateral on, and an e-mode loop of 100 rstETH.
type aaveExecFixture struct {
	*aaveWorld
	keeper    actor
	ex        *keeperexecutor.KeeperExecutor
	exec      *bind.BoundContract
	execAddr  common.Address
	curveAddr common.Address
	multicall common.Address
}

func newAaveExecFixture(t *testing.T) *aaveExecFixture {
	t.Helper()
	w := newAaveWorld(t)
	f := &aaveExecFixture{aaveWorld: w, keeper: w.liquidator, ex: keeperexecutor.NewKeeperExecutor()}
	f.execAddr = w.deploy(f.keeper, keeperexecutor.KeeperExecutorMetaData.Bin, f.ex.PackConstructor(w.poolAddr))
	f.exec = f.ex.Instance(w.client, f.execAddr)

	ss := stableswappool.NewStableSwapPool()
	// coin 0 WETH, coin 1 rstETH at its 1.05 rate.
	f.curveAddr = w.deploy(w.owner, stableswappool.StableSwapPoolMetaData.Bin, ss.PackConstructor(
		w.weth.addr, w.lrt.addr, big.NewInt(100), big.NewInt(4_000_000), big.NewInt(2e10), big.NewInt(600), ew(105, 16)))
	curve := ss.Instance(w.client, f.curveAddr)
	w.fund(w.owner, w.weth, ew(2_000, 18))
	w.fund(w.owner, w.lrt, ew(2_000, 18))
	for _, a := range []*avAsset{w.weth, w.lrt} {
		w.tx(w.owner, w.ercABI.Instance(w.client, a.addr), w.ercABI.PackApprove(f.curveAddr, abiMaxUint()))
	}
	w.tx(w.owner, curve, ss.PackAddLiquidity([]*big.Int{ew(1_050, 18), ew(1_000, 18)}, big.NewInt(0)))

	// Liquidity, and the loop: 100 rstETH in e-mode, WETH borrowed at 92%
	// of its value (LTV 93%, LT 95%).
	w.fund(w.supplier, w.weth, ew(5_000, 18))
	w.supply(w.supplier, w.weth, ew(5_000, 18))
	w.fund(w.borrower, w.lrt, ew(100, 18))
	w.supply(w.borrower, w.lrt, ew(100, 18))
	w.tx(w.borrower, w.pool, w.poolABI.PackSetUserEMode(avEModeID))
	w.borrow(w.borrower, w.weth, ew(9660, 16)) // 100·3,150·0.92/3,000
	require.Zero(t, w.balanceAt(nil, w.weth.addr, f.keeper.addr).Sign(), "the keeper holds no WETH")
	require.Zero(t, w.balanceAt(nil, w.weth.addr, f.execAddr).Sign())
	return f
}

func (f *aaveExecFixture) curveSwap() keeperexecutor.Swap {
	return keeperexecutor.Swap{Kind: venueCurve, Pool: f.curveAddr, I: big.NewInt(1), J: big.NewInt(0), MinOut: big.NewInt(0)}
}

// liquidationCase reads the borrower through the adapter at the head and
// builds its exact liquidation terms.
func (f *aaveExecFixture) liquidationCase() *iaave.LiquidationCase {
	f.t.Helper()
	client, err := chain.FromSimulated(f.client)
	require.NoError(f.t, err)
	mc := chain.NewMulticall(client, f.deployMulticall())
	head, err := f.client.HeaderByNumber(f.ctx, nil)
	require.NoError(f.t, err)
	m, err := aave.LoadMarket(f.ctx, mc, head.Hash(), f.poolAddr, f.oracleAddr, iaave.V3_5)
	require.NoError(f.t, err)
	tr := aave.NewTracker(m)
	ref := chain.RefOf(head)
	require.NoError(f.t, tr.Load(f.ctx, mc, ref, []common.Address{f.borrower.addr}))
	rd := tr.Plan(&aave.Touched{})
	res, err := mc.Do(f.ctx, head.Hash(), rd.Calls())
	require.NoError(f.t, err)
	s, err := tr.Apply(ref, rd, res)
	require.NoError(f.t, err)
	targets, err := tr.Liquidatable(s)
	require.NoError(f.t, err)
	require.Len(f.t, targets, 1)
	require.Equal(f.t, f.borrower.addr, targets[0].User)
	return targets[0].Case
}

func (f *aaveExecFixture) deployMulticall() common.Address {
	f.t.Helper()
	if f.multicall == (common.Address{}) {
		f.multicall = f.deploy(f.owner, multicall3.Multicall3MetaData.Bin, nil)
	}
	return f.multicall
}

// TestExecutorAaveFlashLiquidation: a price drop puts the e-mode loop under
// 1; the keeper, holding no WETH, liquidates it through the executor at
// the amount the adapter's exact math says the pool accepts. The flash
// loan is repaid with its premium, the keeper keeps a profit, nothing is
// left in the executor, and a stranger can neither call the executor nor
// its callback.
func TestExecutorAaveFlashLiquidation(t *testing.T) {
	t.Parallel()
	f := newAaveExecFixture(t)
	w := f.aaveWorld
	f.setPrice(w.lrt, ew(3030, 8)) // −3.8%: HF 0.95·3,030/(3,000·0.966) = 0.993
	c := f.liquidationCase()
	amount, want, ok, err := c.SafeDebtToCover()
	require.NoError(t, err)
	require.True(t, ok)

	debtBefore := w.scaledD(nil, w.weth, w.borrower.addr)
	r := w.tx(f.keeper, f.exec, f.ex.PackAaveLiquidate(w.poolAddr, w.lrt.addr, w.weth.addr, w.borrower.addr,
		amount.ToBig(), f.curveSwap(), big.NewInt(0)))
	ev := avLog(t, r, f.execAddr, f.ex.UnpackAaveLiquidatedEvent)
	require.Equal(t, want.Debt.ToBig(), ev.Repaid, "the pool repaid what the math says")
	require.Equal(t, want.Collateral.ToBig(), ev.Seized, "and seized what it says")
	require.Positive(t, ev.Profit.Sign())
	require.Equal(t, ev.Profit, w.balanceAt(nil, w.weth.addr, f.keeper.addr), "the profit went to the keeper")
	require.Zero(t, w.balanceAt(nil, w.weth.addr, f.execAddr).Sign(), "nothing left in the executor")
	require.Zero(t, w.balanceAt(nil, w.lrt.addr, f.execAddr).Sign())
	require.Negative(t, w.scaledD(nil, w.weth, w.borrower.addr).Cmp(debtBefore))

	// Only the owner acts; the callback refuses calls outside its own loan.
	_, err = w.client.CallContract(w.ctx, avCallMsg(w.user2.addr, f.execAddr, f.ex.PackAaveLiquidate(w.poolAddr, w.lrt.addr,
		w.weth.addr, w.borrower.addr, amount.ToBig(), f.curveSwap(), big.NewInt(0))), nil)
	require.ErrorContains(t, err, "execution reverted")
	w.revertsWith(w.user2, f.execAddr, f.ex.PackExecuteOperation(w.weth.addr, big.NewInt(1), big.NewInt(0), f.execAddr, nil),
		"UnexpectedCallback(address)")
}

// TestExecutorAaveDeleverage: the borrower lets the executor move its
// aTokens; the executor flash-borrows WETH, repays part of the debt, takes
// and withdraws collateral, sells it and repays the loan, refunding the
// surplus to the borrower, whose health factor rises.
func TestExecutorAaveDeleverage(t *testing.T) {
	t.Parallel()
	f := newAaveExecFixture(t)
	w := f.aaveWorld
	hfBefore := f.health(w.borrower.addr)
	w.tx(w.borrower, w.aABI.Instance(w.client, w.lrt.aToken), w.aABI.PackApprove(f.execAddr, abiMaxUint()))
	repay, withdraw := ew(20, 18), ew(20, 18) // 20 rstETH sells for ~20.9 WETH
	r := w.tx(f.keeper, f.exec, f.ex.PackAaveDeleverage(w.poolAddr, w.lrt.addr, w.lrt.aToken, w.weth.addr, w.borrower.addr,
		repay, withdraw, f.curveSwap()))
	ev := avLog(t, r, f.execAddr, f.ex.UnpackAaveDeleveragedEvent)
	require.Equal(t, repay, ev.Repaid)
	require.Positive(t, ev.Refund.Sign(), "the sale beat the loan and its premium")
	require.Equal(t, ev.Refund, w.balanceAt(nil, w.weth.addr, w.borrower.addr).Sub(w.balanceAt(nil, w.weth.addr, w.borrower.addr), ew(9660, 16)))
	require.Greater(t, f.health(w.borrower.addr).Cmp(hfBefore), 0, "the health factor rose")
	require.Zero(t, w.balanceAt(nil, w.weth.addr, f.execAddr).Sign())
	require.Zero(t, w.balanceAt(nil, w.lrt.addr, f.execAddr).Sign())
}

func (f *aaveExecFixture) health(user common.Address) *big.Int {
	f.t.Helper()
	out := callAt(f.world, nil, f.pool, f.poolABI.PackGetUserAccountData(user), f.poolABI.UnpackGetUserAccountData)
	return out.HealthFactor
}
