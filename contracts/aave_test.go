package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavevariabledebttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/capoadapter"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/testflashreceiver"
)

// ------------------------------------------------------------ event checks

func requireMint(t *testing.T, ev *aaveatoken.AaveATokenMint, caller, onBehalf common.Address, value, increase, index *big.Int) {
	t.Helper()
	require.Equal(t, caller, ev.Caller, "Mint caller")
	require.Equal(t, onBehalf, ev.OnBehalfOf, "Mint onBehalfOf")
	requireBigEq(t, value, ev.Value, "Mint value")
	requireBigEq(t, increase, ev.BalanceIncrease, "Mint balanceIncrease")
	requireBigEq(t, index, ev.Index, "Mint index")
}

func requireBurn(t *testing.T, ev *aaveatoken.AaveATokenBurn, from, target common.Address, value, increase, index *big.Int) {
	t.Helper()
	require.Equal(t, from, ev.From, "Burn from")
	require.Equal(t, target, ev.Target, "Burn target")
	requireBigEq(t, value, ev.Value, "Burn value")
	requireBigEq(t, increase, ev.BalanceIncrease, "Burn balanceIncrease")
	requireBigEq(t, index, ev.Index, "Burn index")
}

// debtMint converts the debt token's Mint event (same layout) for requireMint.
func debtMint(ev *aavevariabledebttoken.AaveVariableDebtTokenMint) *aaveatoken.AaveATokenMint {
	return &aaveatoken.AaveATokenMint{Caller: ev.Caller, OnBehalfOf: ev.OnBehalfOf, Value: ev.Value, BalanceIncrease: ev.BalanceIncrease, Index: ev.Index}
}

func debtBurn(ev *aavevariabledebttoken.AaveVariableDebtTokenBurn) *aaveatoken.AaveATokenBurn {
	return &aaveatoken.AaveATokenBurn{From: ev.From, Target: ev.Target, Value: ev.Value, BalanceIncrease: ev.BalanceIncrease, Index: ev.Index}
}

// ------------------------------------------------------------------ tests

// TestAaveSupplyBorrowRepayWithdraw walks one position through supply,
// borrow, interest, repay and withdraw, checking reserve state, balances and
// token events against the v3.5 rounding computed here.
func TestAaveSupplyBorrowRepayWithdraw(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	sup, bor := w.supplier, w.borrower
	zero := new(big.Int)

	// Supply WETH: scaled = floor(amount / index), collateral enabled on first supply.
	amount := add(ew(20, 18), big.NewInt(12_345))
	w.fund(sup, w.weth, ew(30, 18))
	r := w.supply(sup, w.weth, amount)
	idx := w.checkReserve(r, w.weth, amount, zero, nil)
	sev := avLog(t, r, w.poolAddr, w.poolABI.UnpackSupplyEvent)
	require.Equal(t, w.weth.addr, sev.Reserve)
	require.Equal(t, sup.addr, sev.User)
	require.Equal(t, sup.addr, sev.OnBehalfOf)
	requireBigEq(t, amount, sev.Amount)
	scaled := avRayDivFloor(amount, idx.liq)
	requireBigEq(t, scaled, w.scaledA(nil, w.weth, sup.addr))
	_, val, inc := avTokenEvent(zero, zero, scaled, idx.liq, false)
	requireMint(t, avLog(t, r, w.weth.aToken, w.aABI.UnpackMintEvent), sup.addr, sup.addr, val, inc, idx.liq)
	en := avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent)
	require.Equal(t, w.weth.addr, en.Reserve)
	require.Equal(t, sup.addr, en.User)
	require.True(t, avBitSet(w.userConfig(nil, sup.addr), 1), "WETH collateral bit")
	requireBigEq(t, amount, w.balanceAt(nil, w.weth.addr, w.weth.aToken), "aToken holds the underlying")

	// Collateral and a borrow at 95% usage (above the kink).
	w.fund(bor, w.lrt, ew(30, 18))
	r = w.supply(bor, w.lrt, ew(30, 18))
	avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent)
	borrowed := ew(19, 18)
	r = w.borrow(bor, w.weth, borrowed)
	idx = w.checkReserve(r, w.weth, zero, borrowed, nil)
	bev := avLog(t, r, w.poolAddr, w.poolABI.UnpackBorrowEvent)
	require.Equal(t, bor.addr, bev.User)
	require.Equal(t, bor.addr, bev.OnBehalfOf)
	requireBigEq(t, borrowed, bev.Amount)
	require.Equal(t, uint8(2), bev.InterestRateMode)
	requireBigEq(t, w.reserveAt(nil, w.weth).d.CurrentVariableBorrowRate, bev.BorrowRate)
	debtScaled := avRayDivCeil(borrowed, idx.variable)
	requireBigEq(t, debtScaled, w.scaledD(nil, w.weth, bor.addr))
	_, val, inc = avTokenEvent(zero, zero, debtScaled, idx.variable, true)
	requireMint(t, debtMint(avLog(t, r, w.weth.debtToken, w.dABI.UnpackMintEvent)), bor.addr, bor.addr, val, inc, idx.variable)
	requireBigEq(t, borrowed, w.balanceAt(nil, w.weth.addr, bor.addr))
	cfg := w.userConfig(nil, bor.addr)
	require.True(t, avBitSet(cfg, 0), "WETH borrowing bit")
	require.True(t, avBitSet(cfg, 3), "LRT collateral bit")
	require.Positive(t, w.reserveAt(nil, w.weth).d.CurrentLiquidityRate.Sign())

	// Ten days later a second supply mints at a non-trivial index; the Mint
	// event reports the interest since the last action.
	w.advance(10 * 24 * time.Hour)
	more := add(ew(15, 17), big.NewInt(7))
	preScaled, preIdx := w.scaledA(nil, w.weth, sup.addr), w.prevIndexA(nil, w.weth, sup.addr)
	r = w.supply(sup, w.weth, more)
	idx = w.checkReserve(r, w.weth, more, zero, nil)
	require.Positive(t, idx.liq.Cmp(avRay))
	add1 := avRayDivFloor(more, idx.liq)
	requireBigEq(t, add(preScaled, add1), w.scaledA(nil, w.weth, sup.addr))
	_, val, inc = avTokenEvent(preScaled, preIdx, add1, idx.liq, false)
	require.Positive(t, inc.Sign())
	requireMint(t, avLog(t, r, w.weth.aToken, w.aABI.UnpackMintEvent), sup.addr, sup.addr, val, inc, idx.liq)
	require.Empty(t, avLogs(r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent), "not a first supply")

	// Partial repay: burns floor(amount / index).
	w.tx(bor, w.ercABI.Instance(w.client, w.weth.addr), w.ercABI.PackApprove(w.poolAddr, abiMaxUint()))
	part := add(ew(5, 18), big.NewInt(3))
	preScaled, preIdx = w.scaledD(nil, w.weth, bor.addr), w.prevIndexD(nil, w.weth, bor.addr)
	r = w.repay(bor, w.weth, part)
	idx = w.checkReserve(r, w.weth, part, zero, nil)
	rev := avLog(t, r, w.poolAddr, w.poolABI.UnpackRepayEvent)
	require.Equal(t, bor.addr, rev.User)
	require.Equal(t, bor.addr, rev.Repayer)
	require.False(t, rev.UseATokens)
	requireBigEq(t, part, rev.Amount)
	burnt := avRayDivFloor(part, idx.variable)
	requireBigEq(t, sub(preScaled, burnt), w.scaledD(nil, w.weth, bor.addr))
	isMint, val, inc := avTokenEvent(preScaled, preIdx, new(big.Int).Neg(burnt), idx.variable, true)
	require.False(t, isMint)
	requireBurn(t, debtBurn(avLog(t, r, w.weth.debtToken, w.dABI.UnpackBurnEvent)), bor.addr, common.Address{}, val, inc, idx.variable)
	requireBigEq(t, sub(borrowed, part), w.balanceAt(nil, w.weth.addr, bor.addr))

	// Repay everything with max: pays ceil(scaled * index), clears the flag.
	w.advance(3 * 24 * time.Hour)
	w.fund(bor, w.weth, ew(2, 18))
	walletBefore := w.balanceAt(nil, w.weth.addr, bor.addr)
	preScaled = w.scaledD(nil, w.weth, bor.addr)
	r = w.repay(bor, w.weth, abiMaxUint())
	pre := w.reserveAt(prev(r), w.weth)
	_, vIdx, _ := pre.updated(w.weth, w.blockTime(r))
	full := avRayMulCeil(preScaled, vIdx)
	w.checkReserve(r, w.weth, full, zero, nil)
	requireBigEq(t, full, avLog(t, r, w.poolAddr, w.poolABI.UnpackRepayEvent).Amount)
	require.Zero(t, w.scaledD(nil, w.weth, bor.addr).Sign())
	require.False(t, avBitSet(w.userConfig(nil, bor.addr), 0), "borrowing bit cleared")
	requireBigEq(t, sub(walletBefore, full), w.balanceAt(nil, w.weth.addr, bor.addr))
	require.Zero(t, w.reserveAt(nil, w.weth).scaledDebt.Sign())

	// Withdraw part of the collateral, then all of it.
	r = w.withdraw(bor, w.lrt, ew(10, 18))
	lidx := w.checkReserve(r, w.lrt, zero, ew(10, 18), nil)
	requireBigEq(t, sub(ew(30, 18), avRayDivCeil(ew(10, 18), lidx.liq)), w.scaledA(nil, w.lrt, bor.addr))
	preScaled = w.scaledA(nil, w.lrt, bor.addr)
	r = w.withdraw(bor, w.lrt, abiMaxUint())
	lidx = w.checkReserve(r, w.lrt, zero, avRayMulFloor(preScaled, w.reserveAt(r.BlockNumber, w.lrt).d.LiquidityIndex), nil)
	wev := avLog(t, r, w.poolAddr, w.poolABI.UnpackWithdrawEvent)
	requireBigEq(t, avRayMulFloor(preScaled, lidx.liq), wev.Amount)
	dis := avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralDisabledEvent)
	require.Equal(t, w.lrt.addr, dis.Reserve)
	require.Zero(t, w.userConfig(nil, bor.addr).Sign())
	requireBigEq(t, ew(30, 18), w.balanceAt(nil, w.lrt.addr, bor.addr))

	// The supplier leaves with floor(scaled * index), interest included.
	preScaled, preIdx = w.scaledA(nil, w.weth, sup.addr), w.prevIndexA(nil, w.weth, sup.addr)
	walletBefore = w.balanceAt(nil, w.weth.addr, sup.addr)
	r = w.withdraw(sup, w.weth, abiMaxUint())
	pre = w.reserveAt(prev(r), w.weth)
	lIdx, _, _ := pre.updated(w.weth, w.blockTime(r))
	out := avRayMulFloor(preScaled, lIdx)
	w.checkReserve(r, w.weth, zero, out, nil)
	require.Positive(t, out.Cmp(add(amount, more)), "interest earned")
	requireBigEq(t, out, avLog(t, r, w.poolAddr, w.poolABI.UnpackWithdrawEvent).Amount)
	requireBigEq(t, add(walletBefore, out), w.balanceAt(nil, w.weth.addr, sup.addr))
	isMint, val, inc = avTokenEvent(preScaled, preIdx, new(big.Int).Neg(preScaled), lIdx, false)
	require.False(t, isMint)
	requireBurn(t, avLog(t, r, w.weth.aToken, w.aABI.UnpackBurnEvent), sup.addr, sup.addr, val, inc, lIdx)
	require.Zero(t, w.scaledA(nil, w.weth, sup.addr).Sign())
	avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralDisabledEvent)

	// A reserve with LTV 0 (LT kept) is not enabled as collateral on first
	// supply, and cannot be enabled by hand.
	noLtv := *w.usdc
	noLtv.ltv = 0
	w.tx(w.owner, w.pool, w.poolABI.PackSetReserveConfiguration(w.usdc.addr, noLtv.configWord()))
	w.fund(w.user2, w.usdc, ew(100, 6))
	r = w.supply(w.user2, w.usdc, ew(100, 6))
	require.Empty(t, avLogs(r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent))
	require.Zero(t, w.userConfig(nil, w.user2.addr).Sign())
	w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackSetUserUseReserveAsCollateral(w.usdc.addr, true), "UserInIsolationModeOrLtvZero()")

	// Validation errors.
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackWithdraw(w.weth.addr, big.NewInt(1), sup.addr), "NotEnoughAvailableUserBalance()")
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackSupply(w.weth.addr, big.NewInt(0), sup.addr, 0), "InvalidAmount()")
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackSupply(w.weth.addr, e(15), w.weth.aToken, 0), "SupplyToAToken()")
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackSupply(w.weth.addr, big.NewInt(1), sup.addr, 0), "InvalidAmount()") // floor(1 / index) == 0
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackRepay(w.weth.addr, big.NewInt(1), big.NewInt(2), sup.addr), "NoDebtOfSelectedType()")
	w.revertsWith(sup, w.poolAddr, w.poolABI.PackRepay(w.weth.addr, big.NewInt(1), big.NewInt(1), sup.addr), "InvalidInterestRateModeSelected()")
}

// TestAaveInterestIndexesAndTreasury checks the index views against the
// linear / compounded formulas over time, the floor/ceil token balances and
// the reserve-factor share minted to the treasury.
func TestAaveInterestIndexesAndTreasury(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	zero := new(big.Int)
	w.fund(w.supplier, w.weth, ew(20, 18))
	w.supply(w.supplier, w.weth, ew(20, 18))
	w.fund(w.borrower, w.lrt, ew(30, 18))
	w.supply(w.borrower, w.lrt, ew(30, 18))
	w.borrow(w.borrower, w.weth, add(ew(19, 18), big.NewInt(999)))

	aW := w.aABI.Instance(w.client, w.weth.aToken)
	dW := w.dABI.Instance(w.client, w.weth.debtToken)
	for _, d := range []time.Duration{30 * 24 * time.Hour, 17*24*time.Hour + 13*time.Second, 365 * 24 * time.Hour} {
		w.advance(d)
		now := w.headTime()
		s := w.reserveAt(nil, w.weth)
		inc, dbt := s.income(now), s.debtIndex(now)
		require.Positive(t, inc.Cmp(s.d.LiquidityIndex))
		require.Positive(t, dbt.Cmp(s.d.VariableBorrowIndex))
		requireBigEq(t, inc, call(w.world, w.pool, w.poolABI.PackGetReserveNormalizedIncome(w.weth.addr), w.poolABI.UnpackGetReserveNormalizedIncome))
		requireBigEq(t, dbt, call(w.world, w.pool, w.poolABI.PackGetReserveNormalizedVariableDebt(w.weth.addr), w.poolABI.UnpackGetReserveNormalizedVariableDebt))
		requireBigEq(t, avRayMulFloor(w.scaledA(nil, w.weth, w.supplier.addr), inc), call(w.world, aW, w.aABI.PackBalanceOf(w.supplier.addr), w.aABI.UnpackBalanceOf))
		requireBigEq(t, avRayMulFloor(s.scaledSupply, inc), call(w.world, aW, w.aABI.PackTotalSupply(), w.aABI.UnpackTotalSupply))
		requireBigEq(t, avRayMulCeil(w.scaledD(nil, w.weth, w.borrower.addr), dbt), call(w.world, dW, w.dABI.PackBalanceOf(w.borrower.addr), w.dABI.UnpackBalanceOf))
		requireBigEq(t, avRayMulCeil(s.scaledDebt, dbt), call(w.world, dW, w.dABI.PackTotalSupply(), w.dABI.UnpackTotalSupply))

		// A supply runs updateState: indexes, treasury accrual, rates.
		w.fund(w.user2, w.weth, ew(1, 15))
		r := w.supply(w.user2, w.weth, ew(1, 15))
		w.checkReserve(r, w.weth, ew(1, 15), zero, nil)
	}

	// The v3.3 compounding (exp*(exp-1) binomial) differs from v3.4+ at this horizon.
	rate, dt := e(27), uint64(365*24*3600)
	v33 := func() *big.Int {
		spy := avSecondsPerYear
		exp := avBig(dt)
		b2 := avFloorDiv(avRayMul(rate, rate), mul(spy, spy))
		b3 := avFloorDiv(avRayMul(b2, rate), spy)
		second := avFloorDiv(mul(mul(exp, sub(exp, big.NewInt(1))), b2), big.NewInt(2))
		third := avFloorDiv(mul(mul(mul(exp, sub(exp, big.NewInt(1))), sub(exp, big.NewInt(2))), b3), big.NewInt(6))
		return add(add(add(avRay, avFloorDiv(mul(rate, exp), spy)), second), third)
	}()
	require.NotZero(t, v33.Cmp(avCompounded(rate, dt)), "the reference must use the v3.4+ formula")

	accrued := w.reserveAt(nil, w.weth).d.AccruedToTreasury
	require.Positive(t, accrued.Sign())
	r := w.tx(w.user2, w.pool, w.poolABI.PackMintToTreasury([]common.Address{w.weth.addr}))
	pre := w.reserveAt(prev(r), w.weth)
	idx := pre.income(w.blockTime(r))
	ev := avLog(t, r, w.poolAddr, w.poolABI.UnpackMintedToTreasuryEvent)
	require.Equal(t, w.weth.addr, ev.Reserve)
	requireBigEq(t, avRayMulFloor(accrued, idx), ev.AmountMinted)
	requireBigEq(t, accrued, w.scaledA(nil, w.weth, w.treasury.addr))
	require.Zero(t, w.reserveAt(nil, w.weth).d.AccruedToTreasury.Sign())
	requireMint(t, avLog(t, r, w.weth.aToken, w.aABI.UnpackMintEvent), w.poolAddr, w.treasury.addr, avRayMulFloor(accrued, idx), zero, idx)
}

// TestAaveUserAccountData compares getUserAccountData with the v3.5
// reference for a plain, an eMode and a multi-asset user, and with a
// collateral disabled; it also covers the borrow/withdraw/eMode validations.
func TestAaveUserAccountData(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.weth, ew(60, 18))
	w.supply(w.supplier, w.weth, ew(60, 18))
	w.fund(w.supplier, w.usdc, ew(500_000, 6))
	w.supply(w.supplier, w.usdc, ew(500_000, 6))

	// Nobody: zeros and max HF.
	empty := w.checkAccount(w.user2.addr)
	requireBigEq(t, abiMaxUint(), empty.hf)

	t.Run("plain", func(t *testing.T) {
		w.fund(w.borrower, w.lrt, ew(10, 18))
		w.supply(w.borrower, w.lrt, ew(10, 18))
		w.borrow(w.borrower, w.weth, ew(5, 18))
		w.advance(5 * 24 * time.Hour)
		a := w.checkAccount(w.borrower.addr)
		requireBigEq(t, big.NewInt(7200), a.ltv)
		requireBigEq(t, big.NewInt(7500), a.lt)
		require.Positive(t, a.available.Sign())
		require.Positive(t, a.hf.Cmp(wad))

		// Above LTV but below LT: the LTV check refuses it.
		w.revertsWith(w.borrower, w.poolAddr, w.poolABI.PackBorrow(w.weth.addr, ew(26, 17), big.NewInt(2), 0, w.borrower.addr), "CollateralCannotCoverNewBorrow()")
		w.revertsWith(w.borrower, w.poolAddr, w.poolABI.PackBorrow(w.lrt.addr, big.NewInt(1), big.NewInt(2), 0, w.borrower.addr), "BorrowingNotEnabled()")
		w.revertsWith(w.borrower, w.poolAddr, w.poolABI.PackWithdraw(w.lrt.addr, ew(5, 18), w.borrower.addr), "HealthFactorLowerThanLiquidationThreshold()")
		w.revertsWith(w.borrower, w.poolAddr, w.poolABI.PackSetUserEMode(2), "InconsistentEModeCategory()")
	})

	t.Run("emode", func(t *testing.T) {
		w.fund(w.user2, w.lrt, ew(10, 18))
		w.supply(w.user2, w.lrt, ew(10, 18))
		// 9 WETH is above the plain LT (75%) but inside eMode's LTV (93%).
		w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackBorrow(w.weth.addr, ew(9, 18), big.NewInt(2), 0, w.user2.addr), "HealthFactorLowerThanLiquidationThreshold()")
		r := w.tx(w.user2, w.pool, w.poolABI.PackSetUserEMode(avEModeID))
		ev := avLog(t, r, w.poolAddr, w.poolABI.UnpackUserEModeSetEvent)
		require.Equal(t, w.user2.addr, ev.User)
		require.Equal(t, uint8(avEModeID), ev.CategoryId)
		w.borrow(w.user2, w.weth, ew(9, 18))
		w.advance(2 * 24 * time.Hour)
		a := w.checkAccount(w.user2.addr)
		requireBigEq(t, big.NewInt(avEModeLtv), a.ltv)
		requireBigEq(t, big.NewInt(avEModeLt), a.lt)
		require.Equal(t, uint64(avEModeID), w.userEMode(nil, w.user2.addr))

		w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackBorrow(w.usdc.addr, e(6), big.NewInt(2), 0, w.user2.addr), "NotBorrowableInEMode()")
		w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackSetUserEMode(0), "HealthFactorLowerThanLiquidationThreshold()")
		cc := call(w.world, w.pool, w.poolABI.PackGetEModeCategoryCollateralConfig(avEModeID), w.poolABI.UnpackGetEModeCategoryCollateralConfig)
		require.Equal(t, aavepool.AaveTypesCollateralConfig{Ltv: avEModeLtv, LiquidationThreshold: avEModeLt, LiquidationBonus: avEModeLb}, cc)
		requireBigEq(t, big.NewInt(0b011), call(w.world, w.pool, w.poolABI.PackGetEModeCategoryCollateralBitmap(avEModeID), w.poolABI.UnpackGetEModeCategoryCollateralBitmap))
		requireBigEq(t, big.NewInt(0b001), call(w.world, w.pool, w.poolABI.PackGetEModeCategoryBorrowableBitmap(avEModeID), w.poolABI.UnpackGetEModeCategoryBorrowableBitmap))
	})

	t.Run("multi collateral, multi debt, one disabled", func(t *testing.T) {
		u := w.liquidator
		w.fund(u, w.weth, ew(2, 18))
		w.fund(u, w.lrt, ew(5, 18))
		w.fund(u, w.usdc, ew(10_001, 6))
		w.supply(u, w.weth, ew(2, 18))
		w.supply(u, w.lrt, ew(5, 18))
		w.supply(u, w.usdc, add(ew(10_000, 6), big.NewInt(1)))
		w.borrow(u, w.usdc, add(ew(6_000, 6), big.NewInt(3)))
		w.borrow(u, w.weth, ew(2, 18))
		w.advance(7 * 24 * time.Hour)
		all := w.checkAccount(u.addr)
		require.Equal(t, "111011", w.userConfig(nil, u.addr).Text(2)) // bit 2i borrowing, 2i+1 collateral: USDC both, LRT collateral, WETH both

		r := w.tx(u, w.pool, w.poolABI.PackSetUserUseReserveAsCollateral(w.usdc.addr, false))
		dis := avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralDisabledEvent)
		require.Equal(t, w.usdc.addr, dis.Reserve)
		without := w.checkAccount(u.addr)
		require.Negative(t, without.collateral.Cmp(all.collateral))
		require.NotZero(t, without.lt.Cmp(all.lt))
		// Dropping LRT too would leave HF < 1.
		w.revertsWith(u, w.poolAddr, w.poolABI.PackSetUserUseReserveAsCollateral(w.lrt.addr, false), "HealthFactorLowerThanLiquidationThreshold()")
		w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackSetUserUseReserveAsCollateral(w.usdc.addr, true), "UnderlyingBalanceZero()")
		r = w.tx(u, w.pool, w.poolABI.PackSetUserUseReserveAsCollateral(w.usdc.addr, true))
		avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent)
		w.checkAccount(u.addr)
	})

	t.Run("getters", func(t *testing.T) {
		list := call(w.world, w.pool, w.poolABI.PackGetReservesList(), w.poolABI.UnpackGetReservesList)
		require.Equal(t, []common.Address{w.weth.addr, w.lrt.addr, w.usdc.addr}, list)
		for _, a := range w.assets {
			require.Equal(t, a.addr, call(w.world, w.pool, w.poolABI.PackGetReserveAddressById(a.id), w.poolABI.UnpackGetReserveAddressById))
			requireBigEq(t, a.configWord(), call(w.world, w.pool, w.poolABI.PackGetConfiguration(a.addr), w.poolABI.UnpackGetConfiguration).Data)
			d := w.reserveAt(nil, a).d
			require.Equal(t, a.id, d.Id)
			require.Equal(t, a.aToken, d.ATokenAddress)
			require.Equal(t, a.debtToken, d.VariableDebtTokenAddress)
			require.Equal(t, w.strategyAddr, d.InterestRateStrategyAddress)
			require.Equal(t, common.Address{}, d.StableDebtTokenAddress)
			requireBigEq(t, w.feedAt(nil, a), w.priceAt(nil, a), "AaveOracle passes the feed answer through")
			require.Equal(t, a.feed, call(w.world, w.oracle, w.oracleABI.PackGetSourceOfAsset(a.addr), w.oracleABI.UnpackGetSourceOfAsset))
		}
		require.Equal(t, w.providerAddr, call(w.world, w.pool, w.poolABI.PackADDRESSESPROVIDER(), w.poolABI.UnpackADDRESSESPROVIDER))
		requireBigEq(t, big.NewInt(5), call(w.world, w.pool, w.poolABI.PackFLASHLOANPREMIUMTOTAL(), w.poolABI.UnpackFLASHLOANPREMIUMTOTAL))
		w.revertsWith(w.user2, w.poolAddr, w.poolABI.PackSetFlashLoanPremium(big.NewInt(1)), "CallerNotPoolAdmin()")
	})
}

// liquidate sends liquidationCall and checks its whole effect against the
// v3.5 reference computed from the state of the block before.
func (w *aaveWorld) liquidate(liq actor, coll, debt *avAsset, user common.Address, debtToCover *big.Int, receiveAToken bool) avLiq {
	t := w.t
	t.Helper()
	preCollScaled := w.scaledA(nil, coll, user)
	preTreasury := w.scaledA(nil, coll, w.treasury.addr)
	preLiqScaled := w.scaledA(nil, coll, liq.addr)
	preLiqUnderlying := w.balanceAt(nil, coll.addr, liq.addr)
	preLiqDebtAsset := w.balanceAt(nil, debt.addr, liq.addr)
	preDebtScaled := w.scaledD(nil, debt, user)

	r := w.tx(liq, w.pool, w.poolABI.PackLiquidationCall(coll.addr, debt.addr, user, debtToCover, receiveAToken))
	ref := w.liquidationRef(coll, debt, user, debtToCover, prev(r), w.blockTime(r))
	require.False(t, ref.dust, "reference says the liquidation leaves dust, but it went through")

	ev := avLog(t, r, w.poolAddr, w.poolABI.UnpackLiquidationCallEvent)
	require.Equal(t, coll.addr, ev.CollateralAsset)
	require.Equal(t, debt.addr, ev.DebtAsset)
	require.Equal(t, user, ev.User)
	require.Equal(t, liq.addr, ev.Liquidator)
	require.Equal(t, receiveAToken, ev.ReceiveAToken)
	requireBigEq(t, ref.debt, ev.DebtToCover, "debtToCover")
	requireBigEq(t, ref.collateral, ev.LiquidatedCollateralAmount, "liquidatedCollateralAmount")

	// Reserves.
	w.checkReserve(r, debt, ref.debt, new(big.Int), nil)
	if receiveAToken {
		w.checkReserve(r, coll, nil, nil, nil)
	} else {
		w.checkReserve(r, coll, new(big.Int), ref.collateral, nil)
	}

	// Debt side.
	wantDebt := sub(preDebtScaled, avRayDivFloor(ref.debt, ref.debtIdx.variable))
	if ref.noCollateralLeft {
		wantDebt = new(big.Int)
	}
	requireBigEq(t, wantDebt, w.scaledD(nil, debt, user), "borrower scaled debt")
	requireBigEq(t, sub(preLiqDebtAsset, ref.debt), w.balanceAt(nil, debt.addr, liq.addr), "liquidator paid")

	// Collateral side and the protocol fee.
	idx := ref.collIdx.liq
	movedScaled := avRayDivCeil(ref.collateral, idx)
	left := sub(preCollScaled, movedScaled)
	feeScaled, fee := avRayDivCeil(ref.fee, idx), ref.fee
	if feeScaled.Cmp(left) > 0 {
		feeScaled, fee = left, avRayMulFloor(left, idx)
	}
	requireBigEq(t, sub(left, feeScaled), w.scaledA(nil, coll, user), "borrower scaled collateral")
	requireBigEq(t, add(preTreasury, feeScaled), w.scaledA(nil, coll, w.treasury.addr), "treasury scaled")
	bts := avLogs(r, coll.aToken, w.aABI.UnpackBalanceTransferEvent)
	if fee.Sign() != 0 {
		last := bts[len(bts)-1]
		require.Equal(t, user, last.From)
		require.Equal(t, w.treasury.addr, last.To)
		requireBigEq(t, feeScaled, last.Value, "fee BalanceTransfer is scaled")
	}
	if receiveAToken {
		requireBigEq(t, add(preLiqScaled, movedScaled), w.scaledA(nil, coll, liq.addr), "liquidator aTokens")
		require.Equal(t, user, bts[0].From)
		require.Equal(t, liq.addr, bts[0].To)
		requireBigEq(t, movedScaled, bts[0].Value)
		requireBigEq(t, preLiqUnderlying, w.balanceAt(nil, coll.addr, liq.addr))
	} else {
		requireBigEq(t, add(preLiqUnderlying, ref.collateral), w.balanceAt(nil, coll.addr, liq.addr), "liquidator underlying")
		requireBigEq(t, preLiqScaled, w.scaledA(nil, coll, liq.addr))
	}
	disabled := add(ref.collateral, ref.fee).Cmp(ref.collBalance) == 0
	require.Equal(t, disabled, len(avLogs(r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralDisabledEvent)) == 1)
	require.Equal(t, !disabled, avBitSet(w.userConfig(nil, user), 2*int(coll.id)+1))

	// Deficit.
	defs := avLogs(r, w.poolAddr, w.poolABI.UnpackDeficitCreatedEvent)
	if ref.deficit.Sign() != 0 {
		require.NotEmpty(t, defs)
		require.Equal(t, debt.addr, defs[0].DebtAsset)
		require.Equal(t, user, defs[0].User)
		requireBigEq(t, ref.deficit, defs[0].AmountCreated)
	}
	requireBigEq(t, add(w.reserveAt(prev(r), debt).deficit, ref.deficit), w.reserveAt(nil, debt).deficit, "reserve deficit")
	return ref
}

// TestAaveLiquidationCloseFactor covers the HF >= 1 refusal, the 100% close
// factor below 2000e8, and the cap at 50% of the position's total debt.
func TestAaveLiquidationCloseFactor(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.usdc, ew(200_000, 6))
	w.supply(w.supplier, w.usdc, ew(200_000, 6))
	w.fund(w.supplier, w.weth, ew(10, 18))
	w.supply(w.supplier, w.weth, ew(10, 18))

	big1 := w.borrower // 12 LRT against 20000 USDC + 1 WETH
	w.fund(big1, w.lrt, ew(12, 18))
	w.supply(big1, w.lrt, ew(12, 18))
	w.borrow(big1, w.usdc, ew(20_000, 6))
	w.borrow(big1, w.weth, e(18))
	small := w.user2 // 0.6 LRT against 1150 USDC
	w.fund(small, w.lrt, ew(6, 17))
	w.supply(small, w.lrt, ew(6, 17))
	w.borrow(small, w.usdc, ew(1_150, 6))
	w.fund(w.liquidator, w.usdc, ew(100_000, 6))
	w.advance(24 * time.Hour)

	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.usdc.addr, big1.addr, abiMaxUint(), false), "HealthFactorNotBelowThreshold()")
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.usdc.addr, small.addr, abiMaxUint(), false), "HealthFactorNotBelowThreshold()")

	w.setPrice(w.lrt, ew(2500, 8))
	for _, u := range []actor{big1, small} {
		a := w.checkAccount(u.addr)
		require.Negative(t, a.hf.Cmp(wad))
		require.Positive(t, a.hf.Cmp(avHF095), "HF must sit in (0.95, 1)")
	}
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.weth.addr, w.usdc.addr, big1.addr, abiMaxUint(), false), "CollateralCannotBeLiquidated()")
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.weth.addr, small.addr, abiMaxUint(), false), "SpecifiedCurrencyNotBorrowedByUser()")
	w.revertsWith(small, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.usdc.addr, small.addr, abiMaxUint(), false), "SelfLiquidation()")

	// Small position (collateral < 2000e8): 100% even though HF > 0.95.
	ref := w.liquidate(w.liquidator, w.lrt, w.usdc, small.addr, abiMaxUint(), false)
	requireBigEq(t, ref.debtTotal, ref.maxDebt)
	requireBigEq(t, ref.debtTotal, ref.debt)
	require.Positive(t, ref.fee.Sign())
	require.False(t, ref.noCollateralLeft)
	require.Zero(t, w.scaledD(nil, w.usdc, small.addr).Sign())

	// Large position, HF in (0.95, 1): at most 50% of the TOTAL debt value
	// (20000 USDC + 1 WETH), which is more than half of the USDC debt.
	ref = w.liquidate(w.liquidator, w.lrt, w.usdc, big1.addr, abiMaxUint(), true)
	require.Negative(t, ref.maxDebt.Cmp(ref.debtTotal))
	require.Positive(t, ref.maxDebt.Cmp(avFloorDiv(ref.debtTotal, big.NewInt(2))))
	half := avPercentMul(ref.acct.debt, big.NewInt(5000))
	requireBigEq(t, avFloorDiv(mul(half, w.usdc.unit()), ew(1, 8)), ref.maxDebt)
	requireBigEq(t, ref.maxDebt, ref.debt)
	require.Equal(t, int64(10750), ref.bonus)
	// receiveAToken: the liquidator, holding no aLRT before, gets it enabled as collateral.
	require.True(t, avBitSet(w.userConfig(nil, w.liquidator.addr), 2*int(w.lrt.id)+1))
}

// TestAaveLiquidationFullAndDust covers HF <= 0.95 (100% close factor on a
// large position) and the MIN_LEFTOVER_BASE dust rule.
func TestAaveLiquidationFullAndDust(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.usdc, ew(200_000, 6))
	w.supply(w.supplier, w.usdc, ew(200_000, 6))
	b := w.borrower
	w.fund(b, w.lrt, ew(10, 18))
	w.supply(b, w.lrt, ew(10, 18))
	w.borrow(b, w.usdc, ew(20_000, 6))
	u := w.user2
	w.fund(u, w.lrt, ew(10, 18))
	w.supply(u, w.lrt, ew(10, 18))
	w.borrow(u, w.usdc, ew(22_000, 6))
	w.fund(w.liquidator, w.usdc, ew(100_000, 6))
	w.advance(24 * time.Hour)
	w.setPrice(w.lrt, ew(2350, 8))
	for _, x := range []actor{b, u} {
		a := w.checkAccount(x.addr)
		require.True(t, a.hf.Cmp(avHF095) <= 0, "HF must be <= 0.95")
	}

	// Leaving ~500 USDC of debt is dust.
	head, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(t, err)
	dustRef := w.liquidationRef(w.lrt, w.usdc, b.addr, ew(19_500, 6), head.Number, head.Time)
	require.True(t, dustRef.dust)
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.usdc.addr, b.addr, ew(19_500, 6), false), "MustNotLeaveDust()")
	// Leaving >= 1000e8 of both is fine, and so is clearing the debt.
	require.False(t, dustRef.dustDebtOK)
	okRef := w.liquidationRef(w.lrt, w.usdc, b.addr, ew(18_000, 6), head.Number, head.Time)
	require.False(t, okRef.dust)

	// Collateral side: repaying 21000 of ~22000 USDC leaves ~1000 USDC of
	// debt but only ~925 USD of LRT after the protocol fee (~1082 without
	// the fee, so the fee must count).
	collRef := w.liquidationRef(w.lrt, w.usdc, u.addr, ew(21_000, 6), head.Number, head.Time)
	require.True(t, collRef.dust)
	require.True(t, collRef.dustDebtOK)
	require.False(t, collRef.dustCollOK)
	withoutFee := avFloorDiv(mul(sub(collRef.collBalance, collRef.collateral), ew(2350, 8)), e(18))
	require.True(t, withoutFee.Cmp(avMinLeftover) >= 0)
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackLiquidationCall(w.lrt.addr, w.usdc.addr, u.addr, ew(21_000, 6), false), "MustNotLeaveDust()")

	ref := w.liquidate(w.liquidator, w.lrt, w.usdc, b.addr, abiMaxUint(), false)
	requireBigEq(t, ref.debtTotal, ref.maxDebt, "100% close factor at HF <= 0.95")
	requireBigEq(t, ref.debtTotal, ref.debt)
	require.False(t, ref.noCollateralLeft)
	require.Zero(t, w.scaledD(nil, w.usdc, b.addr).Sign())
	require.False(t, avBitSet(w.userConfig(nil, b.addr), 2*int(w.usdc.id)))
	require.Zero(t, w.reserveAt(nil, w.usdc).deficit.Sign())
}

// TestAaveLiquidationDeficit seizes all collateral: the rest of the debt
// becomes reserve deficit, and the other debt is written off too.
func TestAaveLiquidationDeficit(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.usdc, ew(200_000, 6))
	w.supply(w.supplier, w.usdc, ew(200_000, 6))
	w.fund(w.supplier, w.weth, ew(10, 18))
	w.supply(w.supplier, w.weth, ew(10, 18))
	b := w.borrower
	w.fund(b, w.lrt, ew(2, 18))
	w.supply(b, w.lrt, ew(2, 18))
	w.borrow(b, w.usdc, ew(3_900, 6))
	w.borrow(b, w.weth, ew(2, 17))
	// Another USDC borrower keeps USDC debt outstanding, so the new deficit
	// enters the supply usage of the rate update (checked in liquidate).
	w.fund(w.user2, w.weth, e(18))
	w.supply(w.user2, w.weth, e(18))
	w.borrow(w.user2, w.usdc, ew(500, 6))
	w.fund(w.liquidator, w.usdc, ew(100_000, 6))
	w.advance(12 * time.Hour)
	w.setPrice(w.lrt, ew(1500, 8))

	preWethDebt := w.scaledD(nil, w.weth, b.addr)
	ref := w.liquidate(w.liquidator, w.lrt, w.usdc, b.addr, abiMaxUint(), false)
	require.True(t, ref.noCollateralLeft)
	requireBigEq(t, ref.collBalance, add(ref.collateral, ref.fee), "all collateral seized")
	require.Positive(t, ref.deficit.Sign())
	require.Negative(t, ref.debt.Cmp(ref.debtTotal))
	requireBigEq(t, ref.deficit, call(w.world, w.pool, w.poolABI.PackGetReserveDeficit(w.usdc.addr), w.poolABI.UnpackGetReserveDeficit))
	usdcAfter := w.reserveAt(nil, w.usdc)
	require.Positive(t, usdcAfter.scaledDebt.Sign())
	noDeficit, _ := avRates(w.usdc, new(big.Int), new(big.Int), new(big.Int), avRayMulCeil(usdcAfter.scaledDebt, usdcAfter.d.VariableBorrowIndex), usdcAfter.vub)
	require.Negative(t, usdcAfter.d.CurrentLiquidityRate.Cmp(noDeficit), "the deficit lowers the supply usage")

	// _burnBadDebt: the WETH debt is burnt in full and booked as deficit.
	r := w.latestReceipt()
	pre := w.reserveAt(prev(r), w.weth)
	_, vIdx, _ := pre.updated(w.weth, w.blockTime(r))
	wethDebt := avRayMulCeil(preWethDebt, vIdx)
	defs := avLogs(r, w.poolAddr, w.poolABI.UnpackDeficitCreatedEvent)
	require.Len(t, defs, 2)
	require.Equal(t, w.weth.addr, defs[1].DebtAsset)
	requireBigEq(t, wethDebt, defs[1].AmountCreated)
	requireBigEq(t, wethDebt, w.reserveAt(nil, w.weth).deficit)
	w.checkReserve(r, w.weth, new(big.Int), new(big.Int), nil)
	require.Zero(t, w.scaledD(nil, w.weth, b.addr).Sign())
	require.Zero(t, w.userConfig(nil, b.addr).Sign(), "no collateral, no debt left")
	a := w.checkAccount(b.addr)
	requireBigEq(t, abiMaxUint(), a.hf)
}

// TestAaveLiquidationEMode liquidates an eMode position: the eMode bonus
// applies, and the liquidator takes aTokens.
func TestAaveLiquidationEMode(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.weth, ew(50, 18))
	w.supply(w.supplier, w.weth, ew(50, 18))
	b := w.borrower
	w.fund(b, w.lrt, ew(10, 18))
	w.supply(b, w.lrt, ew(10, 18))
	w.tx(b, w.pool, w.poolABI.PackSetUserEMode(avEModeID))
	w.borrow(b, w.weth, ew(9, 18))
	w.fund(w.liquidator, w.weth, ew(20, 18))
	w.advance(24 * time.Hour)
	w.setPrice(w.lrt, ew(2800, 8))
	a := w.checkAccount(b.addr)
	require.Negative(t, a.hf.Cmp(wad))
	requireBigEq(t, big.NewInt(avEModeLt), a.lt)

	ref := w.liquidate(w.liquidator, w.lrt, w.weth, b.addr, ew(2, 18), true)
	require.Equal(t, int64(avEModeLb), ref.bonus)
	requireBigEq(t, ew(2, 18), ref.debt)
	// Collateral = debt value * 1.01 in LRT; the fee is 10% of the 1% bonus.
	base := avFloorDiv(mul(mul(ew(3000, 8), ew(2, 18)), e(18)), mul(ew(2800, 8), e(18)))
	seized := avPercentMul(base, big.NewInt(avEModeLb))
	fee := avPercentMul(sub(seized, avPercentDiv(seized, big.NewInt(avEModeLb))), big.NewInt(1000))
	requireBigEq(t, fee, ref.fee)
	requireBigEq(t, sub(seized, fee), ref.collateral)
}

// TestAaveFlashLoanSimple borrows and repays within one call; the premium is
// ceil(amount * 5 bps) and accrues to the treasury.
func TestAaveFlashLoanSimple(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.weth, ew(10, 18))
	w.supply(w.supplier, w.weth, ew(10, 18))
	w.fund(w.borrower, w.lrt, ew(10, 18))
	w.supply(w.borrower, w.lrt, ew(10, 18))
	w.borrow(w.borrower, w.weth, ew(3, 18))
	w.advance(24 * time.Hour)

	recvABI := testflashreceiver.NewTestFlashReceiver()
	recvAddr := w.deploy(w.owner, testflashreceiver.TestFlashReceiverMetaData.Bin, recvABI.PackConstructor(w.poolAddr))
	recv := recvABI.Instance(w.client, recvAddr)
	erc := w.ercABI.Instance(w.client, w.weth.addr)
	w.fund(w.user2, w.weth, e(16))
	w.tx(w.user2, erc, w.ercABI.PackTransfer(recvAddr, e(16)))

	amount := add(ew(2, 18), big.NewInt(1_234_567))
	premium := avPercentMulCeil(amount, big.NewInt(5))
	require.NotZero(t, premium.Cmp(avPercentMul(amount, big.NewInt(5))), "amount chosen so ceil differs from half-up")
	params := []byte("lrtkeeper")
	r := w.tx(w.liquidator, w.pool, w.poolABI.PackFlashLoanSimple(recvAddr, w.weth.addr, amount, params, 7))

	pre := w.reserveAt(prev(r), w.weth)
	liq, _, _ := pre.updated(w.weth, w.blockTime(r))
	w.checkReserve(r, w.weth, add(amount, premium), amount, avRayDivFloor(premium, liq))
	ev := avLog(t, r, w.poolAddr, w.poolABI.UnpackFlashLoanEvent)
	require.Equal(t, recvAddr, ev.Target)
	require.Equal(t, w.liquidator.addr, ev.Initiator)
	require.Equal(t, w.weth.addr, ev.Asset)
	requireBigEq(t, amount, ev.Amount)
	require.Zero(t, ev.InterestRateMode)
	requireBigEq(t, premium, ev.Premium)
	require.Equal(t, uint16(7), ev.ReferralCode)

	requireBigEq(t, premium, call(w.world, recv, recvABI.PackLastPremium(), recvABI.UnpackLastPremium))
	requireBigEq(t, amount, call(w.world, recv, recvABI.PackLastAmount(), recvABI.UnpackLastAmount))
	require.Equal(t, w.liquidator.addr, call(w.world, recv, recvABI.PackLastInitiator(), recvABI.UnpackLastInitiator))
	require.Equal(t, params, call(w.world, recv, recvABI.PackLastParams(), recvABI.UnpackLastParams))
	requireBigEq(t, add(e(16), amount), call(w.world, recv, recvABI.PackBalanceDuringCall(), recvABI.UnpackBalanceDuringCall))
	requireBigEq(t, sub(e(16), premium), w.balanceAt(nil, w.weth.addr, recvAddr))

	w.tx(w.owner, recv, recvABI.PackConfigure(false, false))
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackFlashLoanSimple(recvAddr, w.weth.addr, e(18), nil, 0), "InvalidFlashloanExecutorReturn()")
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackFlashLoanSimple(recvAddr, w.lrt.addr, e(18), nil, 0), "FlashloanDisabled()")
	w.revertsWith(w.liquidator, w.poolAddr, w.poolABI.PackFlashLoanSimple(recvAddr, w.weth.addr, ew(100, 18), nil, 0), "InvalidAmount()")
	w.tx(w.owner, recv, recvABI.PackConfigure(true, true))
	_, err := w.client.CallContract(w.ctx, avCallMsg(w.liquidator.addr, w.poolAddr, w.poolABI.PackFlashLoanSimple(recvAddr, w.weth.addr, e(18), nil, 0)), nil)
	require.Error(t, err, "no approval: the pull of amount + premium fails")
}

// TestAaveATokenTransfer moves scaled balances with BalanceTransfer(ceil
// scaled), validates the sender's health, and does not auto-enable the
// receiver's collateral.
func TestAaveATokenTransfer(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	w.fund(w.supplier, w.weth, ew(20, 18))
	w.supply(w.supplier, w.weth, ew(20, 18))
	w.fund(w.borrower, w.lrt, ew(10, 18))
	w.supply(w.borrower, w.lrt, ew(10, 18))
	w.borrow(w.borrower, w.weth, ew(7, 18))
	w.advance(20 * 24 * time.Hour)

	aW := w.aABI.Instance(w.client, w.weth.aToken)
	sup, to := w.supplier, w.user2
	amount := add(ew(3, 18), big.NewInt(777))
	preFrom, preFromIdx := w.scaledA(nil, w.weth, sup.addr), w.prevIndexA(nil, w.weth, sup.addr)
	r := w.tx(sup, aW, w.aABI.PackTransfer(to.addr, amount))
	idx := w.reserveAt(prev(r), w.weth).income(w.blockTime(r))
	scaled := avRayDivCeil(amount, idx)
	require.NotZero(t, scaled.Cmp(avRayDiv(amount, idx)), "ceil differs from half-up for this amount")
	requireBigEq(t, sub(preFrom, scaled), w.scaledA(nil, w.weth, sup.addr))
	requireBigEq(t, scaled, w.scaledA(nil, w.weth, to.addr))
	bt := avLog(t, r, w.weth.aToken, w.aABI.UnpackBalanceTransferEvent)
	require.Equal(t, sup.addr, bt.From)
	require.Equal(t, to.addr, bt.To)
	requireBigEq(t, scaled, bt.Value)
	requireBigEq(t, idx, bt.Index)
	increase := sub(avRayMulFloor(preFrom, idx), avRayMulFloor(preFrom, preFromIdx))
	requireMint(t, avLog(t, r, w.weth.aToken, w.aABI.UnpackMintEvent), sup.addr, sup.addr, increase, increase, idx)
	transfers := avLogs(r, w.weth.aToken, w.aABI.UnpackTransferEvent)
	require.Len(t, transfers, 2) // Transfer(0, from, interest) then Transfer(from, to, amount)
	requireBigEq(t, amount, transfers[1].Value)
	require.False(t, avBitSet(w.userConfig(nil, to.addr), 1), "receiver is not auto-enabled (v3.6 behaviour)")
	require.Empty(t, avLogs(r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralEnabledEvent))

	// transferFrom spends the allowance.
	w.tx(to, aW, w.aABI.PackApprove(w.liquidator.addr, ew(1, 18)))
	w.tx(w.liquidator, aW, w.aABI.PackTransferFrom(to.addr, w.liquidator.addr, ew(4, 17)))
	requireBigEq(t, ew(6, 17), call(w.world, aW, w.aABI.PackAllowance(to.addr, w.liquidator.addr), w.aABI.UnpackAllowance))
	w.revertsWith(w.liquidator, w.weth.aToken, w.aABI.PackTransferFrom(to.addr, w.liquidator.addr, ew(7, 17)), "InsufficientAllowance()")

	// A borrower's collateral transfer that would break HF reverts in finalizeTransfer.
	aL := w.aABI.Instance(w.client, w.lrt.aToken)
	w.revertsWith(w.borrower, w.lrt.aToken, w.aABI.PackTransfer(to.addr, ew(5, 18)), "HealthFactorLowerThanLiquidationThreshold()")
	w.tx(w.borrower, aL, w.aABI.PackTransfer(to.addr, ew(1, 17)))
	w.checkAccount(w.borrower.addr)

	// Sending the whole balance clears the sender's collateral flag (LRT has
	// no borrows, so its index stays put between the read and the transfer).
	require.False(t, avBitSet(w.userConfig(nil, to.addr), 3))
	w.tx(to, w.pool, w.poolABI.PackSetUserUseReserveAsCollateral(w.lrt.addr, true))
	require.True(t, avBitSet(w.userConfig(nil, to.addr), 3))
	all := call(w.world, aL, w.aABI.PackBalanceOf(to.addr), w.aABI.UnpackBalanceOf)
	r = w.tx(to, aL, w.aABI.PackTransfer(w.supplier.addr, all))
	dis := avLog(t, r, w.poolAddr, w.poolABI.UnpackReserveUsedAsCollateralDisabledEvent)
	require.Equal(t, w.lrt.addr, dis.Reserve)
	require.Equal(t, to.addr, dis.User)
	require.False(t, avBitSet(w.userConfig(nil, to.addr), 3))

	// Pool-only entry points and the debt token's transfer ban.
	w.revertsWith(to, w.poolAddr, w.poolABI.PackFinalizeTransfer(w.weth.addr, to.addr, sup.addr, big.NewInt(1), big.NewInt(1), big.NewInt(0)), "CallerNotAToken()")
	w.revertsWith(to, w.weth.aToken, w.aABI.PackMint(to.addr, to.addr, big.NewInt(1), avRay), "CallerMustBePool()")
	w.revertsWith(w.borrower, w.weth.debtToken, w.dABI.PackTransfer(to.addr, big.NewInt(1)), "OperationNotSupported()")
}

// TestAaveEventTopicsAndSelectors pins every Aave event topic and the Pool
// selectors to the published v3.5 values.
func TestAaveEventTopicsAndSelectors(t *testing.T) {
	t.Parallel()
	topics := map[string]string{
		"Supply(address,address,address,uint256,uint16)":                        "0x2b627736bca15cd5381dcf80b0bf11fd197d01a037c52b927a881a10fb73ba61",
		"Withdraw(address,address,address,uint256)":                             "0x3115d1449a7b732c986cba18244e897a450f61e1bb8d589cd2e69e6c8924f9f7",
		"Borrow(address,address,address,uint256,uint8,uint256,uint16)":          "0xb3d084820fb1a9decffb176436bd02558d15fac9b0ddfed8c465bc7359d7dce0",
		"Repay(address,address,address,uint256,bool)":                           "0xa534c8dbe71f871f9f3530e97a74601fea17b426cae02e1c5aee42c96c784051",
		"LiquidationCall(address,address,address,uint256,uint256,address,bool)": "0xe413a321e8681d831f4dbccbca790d2952b56f977908e45be37335533e005286",
		"ReserveUsedAsCollateralEnabled(address,address)":                       "0x00058a56ea94653cdf4f152d227ace22d4c00ad99e2a43f58cb7d9e3feb295f2",
		"ReserveUsedAsCollateralDisabled(address,address)":                      "0x44c58d81365b66dd4b1a7f36c25aa97b8c71c361ee4937adc1a00000227db5dd",
		"UserEModeSet(address,uint8)":                                           "0xd728da875fc88944cbf17638bcbe4af0eedaef63becd1d1c57cc097eb4608d84",
		"ReserveDataUpdated(address,uint256,uint256,uint256,uint256,uint256)":   "0x804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a",
		"DeficitCreated(address,address,uint256)":                               "0x2bccfb3fad376d59d7accf970515eb77b2f27b082c90ed0fb15583dd5a942699",
		"FlashLoan(address,address,address,uint256,uint8,uint256,uint16)":       "0xefefaba5e921573100900a3ad9cf29f222d995fb3b6045797eaea7521bd8d6f0",
		"MintedToTreasury(address,uint256)":                                     "0xbfa21aa5d5f9a1f0120a95e7c0749f389863cbdbfff531aa7339077a5bc919de",
		"Mint(address,address,uint256,uint256,uint256)":                         "0x458f5fa412d0f69b08dd84872b0215675cc67bc1d5b6fd93300a1c3878b86196",
		"Burn(address,address,uint256,uint256,uint256)":                         "0x4cf25bc1d991c17529c25213d3cc0cda295eeaad5f13f361969b12ea48015f90",
		"BalanceTransfer(address,address,uint256,uint256)":                      "0x4beccb90f994c31aced7a23b5611020728a23d8ec5cddd1a3e9d97b96fda8666",
		"Transfer(address,address,uint256)":                                     "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
		"CapParametersUpdated(uint256,uint256,uint256,uint16)":                  "0x47f15f366dcc3684fc77c4f79eb851bb5befbc095ec7a296a53a27a622964c63",
	}
	abis := []abi.ABI{
		aavepool.NewAavePool().GetABI(),
		aaveatoken.NewAaveAToken().GetABI(),
		aavevariabledebttoken.NewAaveVariableDebtToken().GetABI(),
		capoadapter.NewCapoAdapter().GetABI(),
	}
	seen := map[string]bool{}
	for _, a := range abis {
		for _, ev := range a.Events {
			if want, ok := topics[ev.Sig]; ok {
				require.Equal(t, want, ev.ID.Hex(), ev.Sig)
				require.Equal(t, want, crypto.Keccak256Hash([]byte(ev.Sig)).Hex(), ev.Sig)
				seen[ev.Sig] = true
			}
		}
	}
	for sig := range topics {
		require.True(t, seen[sig], "event %s missing from the ABIs", sig)
	}

	selectors := map[string]string{
		"supply(address,uint256,address,uint16)":                            "617ba037",
		"withdraw(address,uint256,address)":                                 "69328dec",
		"borrow(address,uint256,uint256,uint16,address)":                    "a415bcad",
		"repay(address,uint256,uint256,address)":                            "573ade81",
		"liquidationCall(address,address,address,uint256,bool)":             "00a718a9",
		"flashLoanSimple(address,address,uint256,bytes,uint16)":             "42b0b77c",
		"setUserUseReserveAsCollateral(address,bool)":                       "5a3b74b9",
		"setUserEMode(uint8)":                                               "28530a47",
		"getUserAccountData(address)":                                       "bf92857c",
		"getReserveData(address)":                                           "35ea6a75",
		"getConfiguration(address)":                                         "c44b11f7",
		"getUserConfiguration(address)":                                     "4417a583",
		"getUserEMode(address)":                                             "eddf1b79",
		"getEModeCategoryCollateralConfig(uint8)":                           "b286f467",
		"getEModeCategoryCollateralBitmap(uint8)":                           "b0771dba",
		"getEModeCategoryBorrowableBitmap(uint8)":                           "903a2c71",
		"getReservesList()":                                                 "d1946dbc",
		"getReserveAddressById(uint16)":                                     "52751797",
		"getReserveNormalizedIncome(address)":                               "d15e0053",
		"getReserveNormalizedVariableDebt(address)":                         "386497fd",
		"getReserveDeficit(address)":                                        "c952485d",
		"getVirtualUnderlyingBalance(address)":                              "6fb07f96",
		"FLASHLOAN_PREMIUM_TOTAL()":                                         "074b2e43",
		"ADDRESSES_PROVIDER()":                                              "0542975c",
		"finalizeTransfer(address,address,address,uint256,uint256,uint256)": "d5ed3933",
		"mintToTreasury(address[])":                                         "9cd19996",
		"getReservesCount()":                                                "72218d04",
	}
	pool := aavepool.NewAavePool().GetABI()
	bySig := map[string][]byte{}
	for _, m := range pool.Methods {
		bySig[m.Sig] = m.ID
	}
	for sig, want := range selectors {
		id, ok := bySig[sig]
		require.True(t, ok, "pool lacks %s", sig)
		require.Equal(t, want, common.Bytes2Hex(id), sig)
		require.Equal(t, want, common.Bytes2Hex(crypto.Keccak256([]byte(sig))[:4]), sig)
	}
	tok := aaveatoken.NewAaveAToken().GetABI()
	for sig, want := range map[string]string{"scaledBalanceOf(address)": "1da24f3e", "getPreviousIndex(address)": "e0753986", "scaledTotalSupply()": "b1bf962d"} {
		require.Equal(t, want, common.Bytes2Hex(tok.Methods[sigName(sig)].ID), sig)
	}
	// Every Aave entry of the shared selectors reference that these ABIs carry.
	recv := testflashreceiver.NewTestFlashReceiver().GetABI()
	oracle := aaveoracle.NewAaveOracle().GetABI()
	matched := 0
	for _, l := range readSelectors(t) {
		for _, a := range []abi.ABI{pool, oracle, recv, tok} {
			for _, m := range a.Methods {
				if m.Sig == l.signature {
					require.Equal(t, l.selector, "0x"+common.Bytes2Hex(m.ID), l.signature)
					matched++
				}
			}
			for _, ev := range a.Events {
				if ev.Sig == l.signature {
					require.Equal(t, l.topic, ev.ID.Hex(), l.signature)
					matched++
				}
			}
		}
	}
	require.GreaterOrEqual(t, matched, 13, "Aave lines of testdata/selectors.txt found in the ABIs")

	capo := capoadapter.NewCapoAdapter().GetABI()
	require.Equal(t, "c1b8c2e0", common.Bytes2Hex(capo.Methods["setCapParameters"].ID))
	require.Equal(t, "ec1ebd7a", common.Bytes2Hex(capo.Methods["getRatio"].ID))
	require.Equal(t, "18b7a6e1", common.Bytes2Hex(capo.Methods["MINIMUM_SNAPSHOT_DELAY"].ID))
	require.Equal(t, "f6ba77de", common.Bytes2Hex(capo.Methods["getMaxRatioGrowthPerSecond"].ID))
}

func sigName(sig string) string {
	for i, c := range sig {
		if c == '(' {
			return sig[:i]
		}
	}
	return sig
}

// ------------------------------------------------------------------- CAPO

type capoFixture struct {
	w       *aaveWorld
	abi     *capoadapter.CapoAdapter
	addr    common.Address
	c       *bind.BoundContract
	vault   *lrtvault.LRTVault
	delay   uint64
	yearPct uint16
}

func newCapo(w *aaveWorld, snapshot *big.Int, snapshotTs uint64, call []byte) *capoFixture {
	w.t.Helper()
	f := &capoFixture{w: w, abi: capoadapter.NewCapoAdapter(), vault: lrtvault.NewLRTVault(), delay: 7 * 24 * 3600, yearPct: 968}
	f.addr = w.deploy(w.owner, capoadapter.CapoAdapterMetaData.Bin, f.abi.PackConstructor(
		w.weth.feed, w.lrt.addr, 18, avBig(f.delay), "capped rstETH / USD",
		capoadapter.CapoAdapterPriceCapUpdateParams{SnapshotRatio: snapshot, SnapshotTimestamp: avBig(snapshotTs), MaxYearlyRatioGrowthPercent: f.yearPct},
		call))
	f.c = f.abi.Instance(w.client, f.addr)
	return f
}

// want is base * min(ratio, maxRatio) / 1e18 at the head, from the formula.
func (f *capoFixture) want() (answer *big.Int, capped bool, maxRatio *big.Int) {
	w := f.w
	now := w.headTime()
	snap := call(w.world, f.c, f.abi.PackGetSnapshotRatio(), f.abi.UnpackGetSnapshotRatio)
	ts := call(w.world, f.c, f.abi.PackGetSnapshotTimestamp(), f.abi.UnpackGetSnapshotTimestamp).Uint64()
	growth := avFloorDiv(avFloorDiv(mul(snap, big.NewInt(int64(f.yearPct))), avPctFactor), avSecondsPerYear)
	requireBigEq(w.t, growth, call(w.world, f.c, f.abi.PackGetMaxRatioGrowthPerSecond(), f.abi.UnpackGetMaxRatioGrowthPerSecond))
	maxRatio = add(snap, mul(growth, avBig(now-ts)))
	ratio := call(w.world, w.lrtVault(), f.vault.PackGetRate(), f.vault.UnpackGetRate)
	base := w.feedAt(nil, w.weth)
	capped = ratio.Cmp(maxRatio) > 0
	return avFloorDiv(mul(base, minBig(ratio, maxRatio)), e(18)), capped, maxRatio
}

func (f *capoFixture) check() (capped bool, maxRatio *big.Int) {
	w := f.w
	want, capped, maxRatio := f.want()
	requireBigEq(w.t, want, call(w.world, f.c, f.abi.PackLatestAnswer(), f.abi.UnpackLatestAnswer))
	require.Equal(w.t, capped, call(w.world, f.c, f.abi.PackIsCapped(), f.abi.UnpackIsCapped))
	return capped, maxRatio
}

// TestAaveCapoAdapter checks the CAPO generation-B answer, isCapped and the
// setCapParameters rules.
func TestAaveCapoAdapter(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	now := w.headTime()
	getRate := crypto.Keccak256([]byte("getRate()"))[:4]
	f := newCapo(w, ew(1049, 15), now-8*24*3600, getRate)
	vault := w.lrtVault()

	require.Equal(t, uint8(8), call(w.world, f.c, f.abi.PackDecimals(), f.abi.UnpackDecimals))
	require.Equal(t, uint8(18), call(w.world, f.c, f.abi.PackRATIODECIMALS(), f.abi.UnpackRATIODECIMALS))
	requireBigEq(t, avBig(f.delay), call(w.world, f.c, f.abi.PackMINIMUMSNAPSHOTDELAY(), f.abi.UnpackMINIMUMSNAPSHOTDELAY))
	require.Equal(t, w.lrt.addr, call(w.world, f.c, f.abi.PackRATIOPROVIDER(), f.abi.UnpackRATIOPROVIDER))
	require.Equal(t, w.weth.feed, call(w.world, f.c, f.abi.PackBASETOUSDAGGREGATOR(), f.abi.UnpackBASETOUSDAGGREGATOR))
	requireBigEq(t, big.NewInt(int64(f.yearPct)), call(w.world, f.c, f.abi.PackGetMaxYearlyGrowthRatePercent(), f.abi.UnpackGetMaxYearlyGrowthRatePercent))
	requireBigEq(t, ew(105, 16), call(w.world, f.c, f.abi.PackGetRatio(), f.abi.UnpackGetRatio))

	capped, _ := f.check()
	require.False(t, capped)
	requireBigEq(t, ew(3150, 8), call(w.world, f.c, f.abi.PackLatestAnswer(), f.abi.UnpackLatestAnswer))

	// The ratio jumps past the cap.
	w.tx(w.owner, vault, f.vault.PackSetRate(ew(106, 16)))
	capped, maxRatio := f.check()
	require.True(t, capped)
	require.Negative(t, maxRatio.Cmp(ew(106, 16)))
	// Time raises the cap.
	w.advance(200 * 24 * time.Hour)
	f.check()

	// A ratio provider read through convertToAssets(1e18) gives the same.
	conv := append(crypto.Keccak256([]byte("convertToAssets(uint256)"))[:4], common.LeftPadBytes(e(18).Bytes(), 32)...)
	g := newCapo(w, ew(1049, 15), w.headTime()-8*24*3600, conv)
	requireBigEq(t, call(w.world, f.c, f.abi.PackGetRatio(), f.abi.UnpackGetRatio), call(w.world, g.c, g.abi.PackGetRatio(), g.abi.UnpackGetRatio))

	// setCapParameters rules.
	head := w.headTime()
	stored := call(w.world, f.c, f.abi.PackGetSnapshotTimestamp(), f.abi.UnpackGetSnapshotTimestamp).Uint64()
	params := func(ratio *big.Int, ts uint64) []byte {
		return f.abi.PackSetCapParameters(capoadapter.CapoAdapterPriceCapUpdateParams{SnapshotRatio: ratio, SnapshotTimestamp: avBig(ts), MaxYearlyRatioGrowthPercent: f.yearPct})
	}
	w.revertsWith(w.user2, f.addr, params(ew(105, 16), head-f.delay), "CallerIsNotRiskOrPoolAdmin()")
	w.revertsWith(w.owner, f.addr, params(new(big.Int), head-f.delay), "SnapshotRatioIsZero()")
	w.revertsWith(w.owner, f.addr, params(ew(105, 16), stored), "InvalidRatioTimestamp(uint48)")
	w.revertsWith(w.owner, f.addr, params(ew(105, 16), stored-1), "InvalidRatioTimestamp(uint48)")
	w.revertsWith(w.owner, f.addr, params(ew(105, 16), head-f.delay+3600), "InvalidRatioTimestamp(uint48)") // too recent
	maxU104 := sub(new(big.Int).Lsh(big.NewInt(1), 104), big.NewInt(1))
	w.revertsWith(w.owner, f.addr, params(avFloorDiv(mul(maxU104, big.NewInt(8)), big.NewInt(10)), head-f.delay), "SnapshotMayOverflowSoon(uint104,uint16)")

	r := w.tx(w.owner, f.c, params(ew(1055, 15), head-f.delay))
	ev := avLog(t, r, f.addr, f.abi.UnpackCapParametersUpdatedEvent)
	requireBigEq(t, ew(1055, 15), ev.SnapshotRatio)
	requireBigEq(t, avBig(head-f.delay), ev.SnapshotTimestamp)
	requireBigEq(t, avFloorDiv(avFloorDiv(mul(ew(1055, 15), big.NewInt(968)), avPctFactor), avSecondsPerYear), ev.MaxRatioGrowthPerSecond)
	require.Equal(t, f.yearPct, ev.MaxYearlyRatioGrowthPercent)
	f.check()

	// A zero base answer makes the adapter answer 0, and AaveOracle then has no price.
	w.setPrice(w.weth, new(big.Int))
	require.Zero(t, call(w.world, f.c, f.abi.PackLatestAnswer(), f.abi.UnpackLatestAnswer).Sign())
	w.tx(w.owner, w.oracle, w.oracleABI.PackSetAssetSources([]common.Address{w.lrt.addr}, []common.Address{f.addr}))
	w.revertsWith(w.user2, w.oracleAddr, w.oracleABI.PackGetAssetPrice(w.lrt.addr), "NoPriceAvailable(address)")
}

// TestAaveCapoIncident reproduces the 10 March 2026 CAPO incident: a new
// snapshot whose timestamp was moved forward leaves the cap ~2.85% below the
// live exchange ratio, and a healthy eMode LRT loop becomes liquidatable.
func TestAaveCapoIncident(t *testing.T) {
	t.Parallel()
	w := newAaveWorld(t)
	getRate := crypto.Keccak256([]byte("getRate()"))[:4]
	live := ew(105, 16)
	f := newCapo(w, live, w.headTime()-8*24*3600, getRate)
	w.tx(w.owner, w.oracle, w.oracleABI.PackSetAssetSources([]common.Address{w.lrt.addr}, []common.Address{f.addr}))
	requireBigEq(t, ew(3150, 8), call(w.world, w.oracle, w.oracleABI.PackGetAssetPrice(w.lrt.addr), w.oracleABI.UnpackGetAssetPrice))

	w.fund(w.supplier, w.weth, ew(50, 18))
	w.supply(w.supplier, w.weth, ew(50, 18))
	b := w.borrower
	w.fund(b, w.lrt, ew(10, 18))
	w.supply(b, w.lrt, ew(10, 18))
	w.tx(b, w.pool, w.poolABI.PackSetUserEMode(avEModeID))
	w.borrow(b, w.weth, ew(975, 16))
	healthy := w.checkAccount(b.addr)
	require.Positive(t, healthy.hf.Cmp(wad))

	// The snapshot ratio is an old, lower value, but its timestamp is moved
	// up to the latest allowed one, so almost no growth is credited.
	ts := w.headTime() - f.delay
	target := avFloorDiv(mul(live, big.NewInt(9715)), avPctFactor)
	snap := avFloorDiv(mul(target, e(6)), big.NewInt(1_001_856)) // minus ~7 days of 9.68%/yr growth
	w.tx(w.owner, f.c, f.abi.PackSetCapParameters(capoadapter.CapoAdapterPriceCapUpdateParams{
		SnapshotRatio: snap, SnapshotTimestamp: avBig(ts), MaxYearlyRatioGrowthPercent: f.yearPct}))
	capped, maxRatio := f.check()
	require.True(t, capped)
	gapBps := avFloorDiv(mul(sub(live, maxRatio), big.NewInt(1_000_000)), live) // in 1e-6
	require.True(t, gapBps.Int64() >= 28_400 && gapBps.Int64() <= 28_600, "cap %s sits %d ppm below the live ratio", maxRatio, gapBps.Int64())

	price := call(w.world, w.oracle, w.oracleABI.PackGetAssetPrice(w.lrt.addr), w.oracleABI.UnpackGetAssetPrice)
	requireBigEq(t, avFloorDiv(mul(ew(3000, 8), maxRatio), e(18)), price)
	hit := w.checkAccount(b.addr)
	require.Negative(t, hit.hf.Cmp(wad), "the capped price makes the loop liquidatable")

	w.fund(w.liquidator, w.weth, ew(10, 18))
	head, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(t, err)
	ref := w.liquidationRef(w.lrt, w.weth, b.addr, abiMaxUint(), head.Number, head.Time)
	require.False(t, ref.dust)
	r := w.tx(w.liquidator, w.pool, w.poolABI.PackLiquidationCall(w.lrt.addr, w.weth.addr, b.addr, abiMaxUint(), false))
	ev := avLog(t, r, w.poolAddr, w.poolABI.UnpackLiquidationCallEvent)
	require.Positive(t, ev.DebtToCover.Sign())
}

// ---------------------------------------------------------------- helpers

func (w *aaveWorld) lrtVault() *bind.BoundContract {
	return lrtvault.NewLRTVault().Instance(w.client, w.lrt.addr)
}

func (w *aaveWorld) latestReceipt() *types.Receipt {
	w.t.Helper()
	blk, err := w.client.BlockByNumber(w.ctx, nil)
	require.NoError(w.t, err)
	require.Len(w.t, blk.Transactions(), 1)
	r, err := w.client.TransactionReceipt(w.ctx, blk.Transactions()[0].Hash())
	require.NoError(w.t, err)
	return r
}
