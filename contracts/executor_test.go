package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
)

const (
	venueCurve = 1
	venueUniV3 = 2
)

// execFixture is a world with the borrower's loop open, a KeeperExecutor
// owned by the keeper (the liquidator actor, which holds no WETH), and two
// WETH/LRT venues pricing LRT at its 1.05 vault rate: a Curve-style pool
// (coin 0 WETH, coin 1 LRT) and a Uniswap-v3-style pool.
type execFixture struct {
	*world
	keeper actor

	ex       *keeperexecutor.KeeperExecutor
	exec     *bind.BoundContract
	execAddr common.Address
	mp       keeperexecutor.MarketParams

	ss        *stableswappool.StableSwapPool
	curve     *bind.BoundContract
	curveAddr common.Address

	v3          *univ3pool.UniV3Pool
	uni         *bind.BoundContract
	uniAddr     common.Address
	lrtIsToken0 bool

	collateral, borrowed *big.Int
}

func newExecFixture(t *testing.T) *execFixture {
	t.Helper()
	w := newWorld(t)
	w.setupMarket()
	w.supplyLiquidity(ew(1000, 18))
	f := &execFixture{world: w, keeper: w.liquidator, ex: keeperexecutor.NewKeeperExecutor(),
		ss: stableswappool.NewStableSwapPool(), v3: univ3pool.NewUniV3Pool()}
	f.collateral, f.borrowed = w.openLoop()
	f.mp = keeperexecutor.MarketParams(w.params)

	f.execAddr = w.deploy(f.keeper, keeperexecutor.KeeperExecutorMetaData.Bin, f.ex.PackConstructor(w.morphoAddr))
	f.exec = f.ex.Instance(w.client, f.execAddr)

	f.curveAddr = w.deploy(w.owner, stableswappool.StableSwapPoolMetaData.Bin, f.ss.PackConstructor(
		w.wethAddr, w.lrtAddr, big.NewInt(100), big.NewInt(4_000_000), big.NewInt(2e10), big.NewInt(600), ew(105, 16)))
	f.curve = f.ss.Instance(w.client, f.curveAddr)
	w.fundTokens(w.owner, ew(20_000, 18), ew(20_000, 18), f.curveAddr)
	w.send(w.owner, f.curve, f.ss.PackAddLiquidity([]*big.Int{ew(1_050, 18), ew(1_000, 18)}, big.NewInt(0)))

	f.lrtIsToken0 = bytesLess(w.lrtAddr, w.wethAddr)
	sqrtPrice := refSqrtPrice(big.NewInt(100), big.NewInt(105))
	if f.lrtIsToken0 { // token1/token0 = WETH per LRT
		sqrtPrice = refSqrtPrice(big.NewInt(105), big.NewInt(100))
	}
	f.uniAddr = w.deploy(w.owner, univ3pool.UniV3PoolMetaData.Bin,
		f.v3.PackConstructor(w.wethAddr, w.lrtAddr, big.NewInt(v3Fee), sqrtPrice, ew(10_000, 18)))
	f.uni = f.v3.Instance(w.client, f.uniAddr)
	w.send(w.owner, w.weth, w.wethABI.PackTransfer(f.uniAddr, ew(5_000, 18)))
	w.send(w.owner, w.lrt, w.lrtABI.PackTransfer(f.uniAddr, ew(5_000, 18)))

	// The executor must work with no loan-token inventory anywhere.
	require.Zero(t, w.wethBalance(f.execAddr).Sign())
	require.Zero(t, w.wethBalance(f.keeper.addr).Sign())
	return f
}

func (f *execFixture) curveSwap(minOut *big.Int) keeperexecutor.Swap {
	return keeperexecutor.Swap{Kind: venueCurve, Pool: f.curveAddr, I: big.NewInt(1), J: big.NewInt(0), MinOut: minOut}
}

func (f *execFixture) uniSwap(minOut *big.Int) keeperexecutor.Swap {
	return keeperexecutor.Swap{Kind: venueUniV3, Pool: f.uniAddr, I: big.NewInt(0), J: big.NewInt(0),
		ZeroForOne: f.lrtIsToken0, MinOut: minOut}
}

// quoteAt is the WETH the venue pays for amount LRT at block (nil = latest).
func (f *execFixture) quoteAt(block *big.Int, s keeperexecutor.Swap, amount *big.Int) *big.Int {
	f.t.Helper()
	if s.Kind == venueCurve {
		return callAt(f.world, block, f.curve, f.ss.PackGetDy(big.NewInt(1), big.NewInt(0), amount), f.ss.UnpackGetDy)
	}
	return callAt(f.world, block, f.uni, f.v3.PackQuoteExactInput(s.ZeroForOne, amount), f.v3.UnpackQuoteExactInput)
}

// dropPrice moves the market-price feed from 1.05 to 1.00: LTV ~0.98 > LLTV.
func (f *execFixture) dropPrice() {
	f.t.Helper()
	f.send(f.owner, f.feed, f.feedABI.PackSetAnswer(wad))
	requireBigEq(f.t, mul(wad, wad), f.oraclePrice())
}

// requireNoLeftovers checks the executor kept no tokens and no allowances.
func (f *execFixture) requireNoLeftovers(spenders ...common.Address) {
	f.t.Helper()
	require.Zero(f.t, f.wethBalance(f.execAddr).Sign(), "executor WETH")
	require.Zero(f.t, f.lrtBalance(f.execAddr).Sign(), "executor LRT")
	for _, s := range append(spenders, f.morphoAddr, f.curveAddr, f.uniAddr) {
		require.Zero(f.t, call(f.world, f.weth, f.wethABI.PackAllowance(f.execAddr, s), f.wethABI.UnpackAllowance).Sign())
		require.Zero(f.t, call(f.world, f.lrt, f.lrtABI.PackAllowance(f.execAddr, s), f.lrtABI.UnpackAllowance).Sign())
	}
}

// liquidationRef is Morpho's liquidate math on the market accrued to now.
type liquidationRef struct {
	seized, repaidShares, repaidAssets *big.Int
}

func (w *world) liquidationRef(acc marketState, seized, repaidShares *big.Int) liquidationRef {
	price := w.oraclePrice()
	lif := liquidationIncentiveFactor(w.lltv)
	if seized.Sign() > 0 {
		repaidShares = toSharesUp(wDivUp(mulDivUp(seized, price, oracleScale), lif), acc.TBA, acc.TBS)
	} else {
		seized = mulDivDown(wMulDown(toAssetsDown(repaidShares, acc.TBA, acc.TBS), lif), oracleScale, price)
	}
	return liquidationRef{seized, repaidShares, toAssetsUp(repaidShares, acc.TBA, acc.TBS)}
}

// revertData extracts the revert payload from an eth_call or estimate error.
func revertData(t *testing.T, err error) []byte {
	t.Helper()
	require.Error(t, err)
	var de rpc.DataError
	require.True(t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(t, ok, "revert data %v", de.ErrorData())
	data := common.FromHex(s)
	require.GreaterOrEqual(t, len(data), 4, "revert data %q", s)
	return data
}

// execRevert simulates data on the executor from a and decodes its custom error.
func (f *execFixture) execRevert(from actor, data []byte) any {
	f.t.Helper()
	_, err := bind.Call(f.exec, &bind.CallOpts{Context: f.ctx, From: from.addr}, data, func([]byte) (struct{}, error) {
		return struct{}{}, nil
	})
	decoded, uerr := f.ex.UnpackError(revertData(f.t, err))
	require.NoError(f.t, uerr, "undecodable revert: %v", err)
	return decoded
}

// ------------------------------------------------------------------ tests

// TestExecutorLiquidateWithCallback liquidates by seized collateral through
// the Curve-style pool with no WETH held by the executor or its owner.
func TestExecutorLiquidateWithCallback(t *testing.T) {
	t.Parallel()
	f := newExecFixture(t)
	w := f.world
	require.Equal(t, f.keeper.addr, call(w, f.exec, f.ex.PackOwner(), f.ex.UnpackOwner))
	require.Equal(t, w.morphoAddr, call(w, f.exec, f.ex.PackMORPHO(), f.ex.UnpackMORPHO))
	f.dropPrice()

	seized := new(big.Int).Quo(f.collateral, big.NewInt(4))
	swap := f.curveSwap(big.NewInt(0))
	pack := f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), swap, big.NewInt(0))

	// The return values as a simulation at the head sees them.
	head := w.headTime()
	accHead, _, _ := w.marketAt(nil).accrue(testRate, head)
	refHead := w.liquidationRef(accHead, seized, big.NewInt(0))
	sim := callFrom(w, f.keeper, f.exec, pack, f.ex.UnpackLiquidate)
	requireBigEq(t, seized, sim.Seized)
	requireBigEq(t, refHead.repaidAssets, sim.RepaidAssets)
	requireBigEq(t, sub(f.quoteAt(nil, swap, seized), refHead.repaidAssets), sim.Profit)

	pos0 := w.positionAt(nil, w.borrower.addr)
	r := w.send(f.keeper, f.exec, pack)
	acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	ref := w.liquidationRef(acc, seized, big.NewInt(0))
	proceeds := f.quoteAt(prev(r), swap, seized)
	profit := sub(proceeds, ref.repaidAssets)
	require.Positive(t, profit.Sign())

	liq := findEvent(t, r, w.morphoABI.UnpackLiquidateEvent)
	require.Equal(t, w.id, liq.Id)
	require.Equal(t, f.execAddr, liq.Caller)
	require.Equal(t, w.borrower.addr, liq.Borrower)
	requireBigEq(t, seized, liq.SeizedAssets)
	requireBigEq(t, ref.repaidShares, liq.RepaidShares)
	requireBigEq(t, ref.repaidAssets, liq.RepaidAssets)
	require.Zero(t, liq.BadDebtShares.Sign())

	ev := findEvent(t, r, f.ex.UnpackLiquidatedEvent)
	require.Equal(t, w.id, ev.Id)
	require.Equal(t, w.borrower.addr, ev.Borrower)
	require.Equal(t, w.morphoAddr, ev.Via)
	requireBigEq(t, liq.SeizedAssets, ev.Seized)
	requireBigEq(t, liq.RepaidAssets, ev.RepaidAssets)
	requireBigEq(t, proceeds, ev.Proceeds)
	requireBigEq(t, profit, ev.Profit)
	requireBigEq(t, sub(ev.Proceeds, ev.RepaidAssets), ev.Profit)

	ex := findEvent(t, r, f.ss.UnpackTokenExchangeEvent)
	require.Equal(t, f.execAddr, ex.Buyer)
	requireBigEq(t, seized, ex.TokensSold)
	requireBigEq(t, proceeds, ex.TokensBought)

	requireBigEq(t, profit, w.wethBalance(f.keeper.addr))
	pos := w.positionAt(nil, w.borrower.addr)
	requireBigEq(t, sub(pos0.Collateral, seized), pos.Collateral)
	requireBigEq(t, sub(pos0.BorrowShares, ref.repaidShares), pos.BorrowShares)
	f.requireNoLeftovers()
}

// TestExecutorLiquidateAllShares repays every borrow share on each venue
// kind and checks that no debt dust is left.
func TestExecutorLiquidateAllShares(t *testing.T) {
	t.Parallel()
	for _, kind := range []uint8{venueCurve, venueUniV3} {
		t.Run(map[uint8]string{venueCurve: "curve", venueUniV3: "univ3"}[kind], func(t *testing.T) {
			t.Parallel()
			f := newExecFixture(t)
			w := f.world
			f.dropPrice()
			swap := f.curveSwap(big.NewInt(0))
			if kind == venueUniV3 {
				swap = f.uniSwap(big.NewInt(0))
			}

			pos0 := w.positionAt(nil, w.borrower.addr)
			shares := pos0.BorrowShares
			r := w.send(f.keeper, f.exec, f.ex.PackLiquidate(f.mp, w.borrower.addr, big.NewInt(0), shares, swap, big.NewInt(0)))
			acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
			ref := w.liquidationRef(acc, big.NewInt(0), shares)
			proceeds := f.quoteAt(prev(r), swap, ref.seized)

			pos := w.positionAt(nil, w.borrower.addr)
			require.Zero(t, pos.BorrowShares.Sign(), "no dust debt")
			requireBigEq(t, sub(pos0.Collateral, ref.seized), pos.Collateral)
			require.Positive(t, pos.Collateral.Sign(), "no bad debt path")

			liq := findEvent(t, r, w.morphoABI.UnpackLiquidateEvent)
			requireBigEq(t, shares, liq.RepaidShares)
			requireBigEq(t, ref.seized, liq.SeizedAssets)
			requireBigEq(t, ref.repaidAssets, liq.RepaidAssets)
			require.Zero(t, liq.BadDebtAssets.Sign())

			ev := findEvent(t, r, f.ex.UnpackLiquidatedEvent)
			requireBigEq(t, ref.seized, ev.Seized)
			requireBigEq(t, ref.repaidAssets, ev.RepaidAssets)
			requireBigEq(t, proceeds, ev.Proceeds)
			requireBigEq(t, sub(proceeds, ref.repaidAssets), ev.Profit)
			requireBigEq(t, ev.Profit, w.wethBalance(f.keeper.addr))
			if kind == venueUniV3 {
				sw := findEvent(t, r, f.v3.UnpackSwapEvent)
				require.Equal(t, f.execAddr, sw.Sender)
				require.Equal(t, f.execAddr, sw.Recipient)
				in, out := sw.Amount0, sw.Amount1
				if !f.lrtIsToken0 {
					in, out = sw.Amount1, sw.Amount0
				}
				requireBigEq(t, ref.seized, in)
				requireBigEq(t, new(big.Int).Neg(proceeds), out)
			}
			f.requireNoLeftovers()
		})
	}
}

// TestExecutorSafetyChecks decodes the executor's custom errors for a
// too-high minProfit, a too-high minOut, a losing trade and a bad venue.
func TestExecutorSafetyChecks(t *testing.T) {
	t.Parallel()
	f := newExecFixture(t)
	w := f.world
	f.dropPrice()

	seized := new(big.Int).Quo(f.collateral, big.NewInt(5))
	swap := f.curveSwap(big.NewInt(0))
	acc, _, _ := w.marketAt(nil).accrue(testRate, w.headTime())
	ref := w.liquidationRef(acc, seized, big.NewInt(0))
	proceeds := f.quoteAt(nil, swap, seized)
	profit := sub(proceeds, ref.repaidAssets)
	require.Positive(t, profit.Sign())

	minProfit := add(profit, big.NewInt(1))
	got := f.execRevert(f.keeper, f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), swap, minProfit))
	pbm, ok := got.(*keeperexecutor.KeeperExecutorProfitBelowMinimum)
	require.True(t, ok, "got %T", got)
	requireBigEq(t, profit, pbm.Profit)
	requireBigEq(t, minProfit, pbm.MinProfit)
	// Exactly the available profit passes.
	sim := callFrom(w, f.keeper, f.exec, f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), swap, profit),
		f.ex.UnpackLiquidate)
	requireBigEq(t, profit, sim.Profit)

	uni := f.uniSwap(add(f.quoteAt(nil, f.uniSwap(nil), seized), big.NewInt(1)))
	got = f.execRevert(f.keeper, f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), uni, big.NewInt(0)))
	sobm, ok := got.(*keeperexecutor.KeeperExecutorSwapOutputBelowMinimum)
	require.True(t, ok, "got %T", got)
	requireBigEq(t, sub(uni.MinOut, big.NewInt(1)), sobm.Out)
	requireBigEq(t, uni.MinOut, sobm.MinOut)

	bad := swap
	bad.Kind = 3
	got = f.execRevert(f.keeper, f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), bad, big.NewInt(0)))
	require.Equal(t, &keeperexecutor.KeeperExecutorUnknownVenue{Kind: 3}, got)

	// Push the Curve pool's LRT rate to 0.9: selling the seizure no longer covers the debt.
	w.send(w.owner, f.curve, f.ss.PackSetRate(big.NewInt(1), ew(9, 17)))
	low := f.quoteAt(nil, swap, seized)
	require.Negative(t, low.Cmp(ref.repaidAssets))
	got = f.execRevert(f.keeper, f.ex.PackLiquidate(f.mp, w.borrower.addr, seized, big.NewInt(0), swap, big.NewInt(0)))
	pbr, ok := got.(*keeperexecutor.KeeperExecutorProceedsBelowRepayment)
	require.True(t, ok, "got %T", got)
	accNow, _, _ := w.marketAt(nil).accrue(testRate, w.headTime())
	requireBigEq(t, low, pbr.Proceeds)
	requireBigEq(t, w.liquidationRef(accNow, seized, big.NewInt(0)).repaidAssets, pbr.Repaid)
}

// TestExecutorDeleverage repays part of an authorised position's debt from
// its own collateral, on both venues, and refunds the surplus.
func TestExecutorDeleverage(t *testing.T) {
	t.Parallel()
	f := newExecFixture(t)
	w := f.world
	repay, withdraw := ew(20, 18), ew(20, 18)

	// Not authorised yet: Morpho refuses the withdrawal inside the callback.
	_, err := bind.Call(f.exec, &bind.CallOpts{Context: f.ctx, From: f.keeper.addr},
		f.ex.PackDeleverage(f.mp, w.borrower.addr, repay, withdraw, f.curveSwap(big.NewInt(0))), f.ex.UnpackDeleverage)
	require.ErrorContains(t, err, "unauthorized")
	_, err = bind.Transact(f.exec, w.opts(f.keeper), f.ex.PackDeleverage(f.mp, w.borrower.addr, repay, withdraw, f.curveSwap(big.NewInt(0))))
	require.ErrorContains(t, err, "unauthorized")

	w.send(w.borrower, w.morpho, w.morphoABI.PackSetAuthorization(f.execAddr, true))

	// Too little collateral for the repayment.
	small := ew(5, 18)
	got := f.execRevert(f.keeper, f.ex.PackDeleverage(f.mp, w.borrower.addr, repay, small, f.curveSwap(big.NewInt(0))))
	pbr, ok := got.(*keeperexecutor.KeeperExecutorProceedsBelowRepayment)
	require.True(t, ok, "got %T", got)
	requireBigEq(t, f.quoteAt(nil, f.curveSwap(nil), small), pbr.Proceeds)
	requireBigEq(t, repay, pbr.Repaid)

	for _, swap := range []keeperexecutor.Swap{f.curveSwap(big.NewInt(0)), f.uniSwap(big.NewInt(0))} {
		pos0 := w.positionAt(nil, w.borrower.addr)
		bal0 := w.wethBalance(w.borrower.addr)
		keeperBal0 := w.wethBalance(f.keeper.addr)

		r := w.send(f.keeper, f.exec, f.ex.PackDeleverage(f.mp, w.borrower.addr, repay, withdraw, swap))
		acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
		shares := toSharesDown(repay, acc.TBA, acc.TBS)
		proceeds := f.quoteAt(prev(r), swap, withdraw)
		refund := sub(proceeds, repay)
		require.Positive(t, refund.Sign())

		pos := w.positionAt(nil, w.borrower.addr)
		requireBigEq(t, sub(pos0.BorrowShares, shares), pos.BorrowShares, "debt falls")
		requireBigEq(t, sub(pos0.Collateral, withdraw), pos.Collateral, "collateral falls")
		requireBigEq(t, add(bal0, refund), w.wethBalance(w.borrower.addr), "refund to the borrower")
		requireBigEq(t, keeperBal0, w.wethBalance(f.keeper.addr), "the keeper takes nothing")

		rep := findEvent(t, r, w.morphoABI.UnpackRepayEvent)
		require.Equal(t, f.execAddr, rep.Caller)
		require.Equal(t, w.borrower.addr, rep.OnBehalf)
		requireBigEq(t, repay, rep.Assets)
		requireBigEq(t, shares, rep.Shares)
		wc := findEvent(t, r, w.morphoABI.UnpackWithdrawCollateralEvent)
		require.Equal(t, f.execAddr, wc.Caller)
		require.Equal(t, w.borrower.addr, wc.OnBehalf)
		require.Equal(t, f.execAddr, wc.Receiver)
		requireBigEq(t, withdraw, wc.Assets)

		ev := findEvent(t, r, f.ex.UnpackDeleveragedEvent)
		require.Equal(t, w.id, ev.Id)
		require.Equal(t, w.borrower.addr, ev.OnBehalf)
		requireBigEq(t, repay, ev.RepaidAssets)
		requireBigEq(t, withdraw, ev.Withdrawn)
		requireBigEq(t, proceeds, ev.Proceeds)
		requireBigEq(t, refund, ev.Refund)
		f.requireNoLeftovers()
	}
}

// TestExecutorAccessControl checks that only the owner acts and that no
// callback is accepted outside the executor's own call.
func TestExecutorAccessControl(t *testing.T) {
	t.Parallel()
	f := newExecFixture(t)
	w := f.world
	f.dropPrice()
	stranger := w.supplier
	one := big.NewInt(1)
	swap := f.curveSwap(big.NewInt(0))

	entries := map[string][]byte{
		"liquidate":         f.ex.PackLiquidate(f.mp, w.borrower.addr, one, big.NewInt(0), swap, big.NewInt(0)),
		"preLiquidate":      f.ex.PackPreLiquidate(w.morphoAddr, f.mp, w.borrower.addr, one, big.NewInt(0), swap, big.NewInt(0)),
		"deleverage":        f.ex.PackDeleverage(f.mp, w.borrower.addr, one, one, swap),
		"withdraw":          f.ex.PackWithdraw(w.wethAddr, stranger.addr, big.NewInt(0)),
		"transferOwnership": f.ex.PackTransferOwnership(stranger.addr),
	}
	for name, data := range entries {
		require.Equal(t, &keeperexecutor.KeeperExecutorNotOwner{}, f.execRevert(stranger, data), name)
	}

	callbacks := map[string][]byte{
		"onMorphoLiquidate":     f.ex.PackOnMorphoLiquidate(one, []byte{1}),
		"onPreLiquidate":        f.ex.PackOnPreLiquidate(one, []byte{1}),
		"onMorphoRepay":         f.ex.PackOnMorphoRepay(one, []byte{1}),
		"uniswapV3SwapCallback": f.ex.PackUniswapV3SwapCallback(one, one, nil),
	}
	for name, data := range callbacks {
		// From an EOA, including the owner: no call is in progress.
		for _, from := range []actor{stranger, f.keeper} {
			require.Equal(t, &keeperexecutor.KeeperExecutorUnexpectedCallback{Caller: from.addr}, f.execRevert(from, data), name)
		}
		// From a contract (Multicall3) as well.
		res := call(w, w.multicall, w.mcABI.PackAggregate3([]multicall3.Multicall3Call3{
			{Target: f.execAddr, AllowFailure: true, CallData: data},
		}), w.mcABI.UnpackAggregate3)
		require.Len(t, res, 1)
		require.False(t, res[0].Success, name)
		decoded, err := f.ex.UnpackError(res[0].ReturnData)
		require.NoError(t, err)
		require.Equal(t, &keeperexecutor.KeeperExecutorUnexpectedCallback{Caller: contracts.Multicall3Address}, decoded, name)
	}

	// A mined callback call from an EOA fails too and moves nothing.
	w.sendValue(stranger, w.weth, w.wethABI.PackDeposit(), ew(2, 18))
	w.send(stranger, w.weth, w.wethABI.PackTransfer(f.execAddr, ew(2, 18)))
	o := w.opts(stranger)
	o.GasLimit = 500_000
	tx, err := bind.Transact(f.exec, o, f.ex.PackUniswapV3SwapCallback(ew(2, 18), ew(2, 18), nil))
	require.NoError(t, err)
	w.backend.Commit()
	rcpt, err := bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(t, err)
	require.Zero(t, rcpt.Status)
	requireBigEq(t, ew(2, 18), w.wethBalance(f.execAddr))

	// The owner withdraws, then hands over ownership.
	w.send(f.keeper, f.exec, f.ex.PackWithdraw(w.wethAddr, f.keeper.addr, ew(2, 18)))
	requireBigEq(t, ew(2, 18), w.wethBalance(f.keeper.addr))
	require.Zero(t, w.wethBalance(f.execAddr).Sign())
	w.send(f.keeper, f.exec, f.ex.PackTransferOwnership(stranger.addr))
	require.Equal(t, stranger.addr, call(w, f.exec, f.ex.PackOwner(), f.ex.UnpackOwner))
	require.Equal(t, &keeperexecutor.KeeperExecutorNotOwner{},
		f.execRevert(f.keeper, f.ex.PackWithdraw(w.wethAddr, f.keeper.addr, big.NewInt(0))))
}
