package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morpholens"
)

// openLoop gives the borrower LRT collateral bought with 100 WETH through
// the vault and borrows 99% of the maximum, about 15x leverage at LLTV 0.945.
func (w *world) openLoop() (collateral, borrowed *big.Int) {
	w.t.Helper()
	deposit := ew(100, 18)
	w.sendValue(w.borrower, w.weth, w.wethABI.PackDeposit(), deposit)
	w.send(w.borrower, w.weth, w.wethABI.PackApprove(w.lrtAddr, deposit))
	r := w.send(w.borrower, w.lrt, w.lrtABI.PackDeposit(deposit, w.borrower.addr))
	dep := findEvent(w.t, r, w.lrtABI.UnpackDepositEvent)
	collateral = mulDivDown(deposit, wad, ew(105, 16))
	requireBigEq(w.t, collateral, dep.Shares)
	requireBigEq(w.t, collateral, w.lrtBalance(w.borrower.addr))

	w.send(w.borrower, w.lrt, w.lrtABI.PackApprove(w.morphoAddr, collateral))
	r = w.send(w.borrower, w.morpho, w.morphoABI.PackSupplyCollateral(w.params, collateral, w.borrower.addr, nil))
	sc := findEvent(w.t, r, w.morphoABI.UnpackSupplyCollateralEvent)
	require.Equal(w.t, w.id, sc.Id)
	require.Equal(w.t, w.borrower.addr, sc.Caller)
	require.Equal(w.t, w.borrower.addr, sc.OnBehalf)
	requireBigEq(w.t, collateral, sc.Assets)

	price := w.oraclePrice()
	maxBorrow := wMulDown(mulDivDown(collateral, price, oracleScale), w.lltv)
	w.sendReverts(w.borrower, w.morpho,
		w.morphoABI.PackBorrow(w.params, add(maxBorrow, big.NewInt(1)), big.NewInt(0), w.borrower.addr, w.borrower.addr),
		"insufficient collateral")

	borrowed = mulDivDown(maxBorrow, big.NewInt(99), big.NewInt(100))
	pre := w.marketAt(nil)
	r = w.send(w.borrower, w.morpho,
		w.morphoABI.PackBorrow(w.params, borrowed, big.NewInt(0), w.borrower.addr, w.borrower.addr))
	acc, _, _ := pre.accrue(testRate, w.blockTime(r))
	ev := findEvent(w.t, r, w.morphoABI.UnpackBorrowEvent)
	requireBigEq(w.t, borrowed, ev.Assets)
	requireBigEq(w.t, toSharesUp(borrowed, acc.TBA, acc.TBS), ev.Shares)
	require.Equal(w.t, w.borrower.addr, ev.Caller)
	require.Equal(w.t, w.borrower.addr, ev.Receiver)
	requireBigEq(w.t, borrowed, w.wethBalance(w.borrower.addr))
	return collateral, borrowed
}

// checkLens compares MorphoLens.health at the latest block with the same
// check computed here from raw Morpho state.
func (w *world) checkLens() morpholens.HealthOutput {
	w.t.Helper()
	head, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(w.t, err)
	params := morpholens.MarketParams(w.params)
	h := callAt(w, head.Number, w.lens, w.lensABI.PackHealth(w.morphoAddr, params, w.borrower.addr), w.lensABI.UnpackHealth)

	acc, _, _ := w.marketAt(head.Number).accrue(testRate, head.Time)
	pos := w.positionAt(head.Number, w.borrower.addr)
	price := callAt(w, head.Number, w.oracle, w.oracleABI.PackPrice(), w.oracleABI.UnpackPrice)
	borrowed := toAssetsUp(pos.BorrowShares, acc.TBA, acc.TBS)
	maxBorrow := wMulDown(mulDivDown(pos.Collateral, price, oracleScale), w.lltv)

	requireBigEq(w.t, borrowed, h.Borrowed)
	requireBigEq(w.t, maxBorrow, h.MaxBorrow)
	requireBigEq(w.t, pos.Collateral, h.Collateral)
	requireBigEq(w.t, price, h.Price)
	require.Equal(w.t, pos.BorrowShares.Sign() == 0 || maxBorrow.Cmp(borrowed) >= 0, h.Healthy)

	totals := callAt(w, head.Number, w.lens, w.lensABI.PackMarketTotals(w.morphoAddr, params), w.lensABI.UnpackMarketTotals)
	requireBigEq(w.t, acc.TBA, totals.TotalBorrowAssets)
	requireBigEq(w.t, acc.TSA, totals.TotalSupplyAssets)
	requireBigEq(w.t, acc.TSS, totals.TotalSupplyShares)
	return h
}

func TestCreateMarketID(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	r := w.setupMarket()

	ev := findEvent(t, r, w.morphoABI.UnpackCreateMarketEvent)
	require.Equal(t, w.id, ev.Id)
	require.Equal(t, w.params, ev.MarketParams)

	got := call(w, w.morpho, w.morphoABI.PackIdToMarketParams(w.id), w.morphoABI.UnpackIdToMarketParams)
	require.Equal(t, w.params.LoanToken, got.LoanToken)
	require.Equal(t, w.params.CollateralToken, got.CollateralToken)
	require.Equal(t, w.params.Oracle, got.Oracle)
	require.Equal(t, w.params.Irm, got.Irm)
	require.Equal(t, w.params.Lltv, got.Lltv)

	m := w.marketAt(nil)
	// setFee accrued after creation, so lastUpdate moved on from the creation block.
	require.GreaterOrEqual(t, m.LastUpdate.Uint64(), w.blockTime(r))
	requireBigEq(t, ew(1, 17), m.Fee)

	w.sendReverts(w.owner, w.morpho, w.morphoABI.PackCreateMarket(w.params), "market already created")
	other := w.params
	other.Lltv = ew(9, 17)
	w.sendReverts(w.owner, w.morpho, w.morphoABI.PackCreateMarket(other), "LLTV not enabled")
	w.sendReverts(w.owner, w.morpho, w.morphoABI.PackAccrueInterest(other), "market not created")
	w.sendReverts(w.owner, w.morpho, w.morphoABI.PackSetFee(w.params, ew(26, 16)), "max fee exceeded")
	w.sendReverts(w.supplier, w.morpho, w.morphoABI.PackEnableLltv(ew(9, 17)), "not owner")
	w.sendReverts(w.owner, w.morpho, w.morphoABI.PackEnableLltv(wad), "max LLTV exceeded")

	require.True(t, call(w, w.morpho, w.morphoABI.PackIsIrmEnabled(w.irmAddr), w.morphoABI.UnpackIsIrmEnabled))
	require.True(t, call(w, w.morpho, w.morphoABI.PackIsLltvEnabled(w.lltv), w.morphoABI.UnpackIsLltvEnabled))
	require.Equal(t, w.owner.addr, call(w, w.morpho, w.morphoABI.PackOwner(), w.morphoABI.UnpackOwner))
	require.Equal(t, w.feeRecipient.addr, call(w, w.morpho, w.morphoABI.PackFeeRecipient(), w.morphoABI.UnpackFeeRecipient))
}

// TestLoopInterestAndLiquidation walks a looped position from opening to a
// bad-debt liquidation, checking every step against big.Int reference math.
func TestLoopInterestAndLiquidation(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.setupMarket()
	w.supplyLiquidity(ew(1000, 18))
	collateral, _ := w.openLoop()

	// Interest over 30 days with the fixed rate and a 10% fee.
	w.advance(30 * 24 * time.Hour)
	r := w.send(w.liquidator, w.morpho, w.morphoABI.PackAccrueInterest(w.params))
	pre := w.marketAt(prev(r))
	now := w.blockTime(r)
	require.GreaterOrEqual(t, now-pre.LastUpdate.Uint64(), uint64(30*24*3600))
	want, interest, feeShares := pre.accrue(testRate, now)
	requireMarketEq(t, want, w.marketAt(r.BlockNumber))
	require.Positive(t, interest.Sign())
	require.Positive(t, feeShares.Sign())
	ai := findEvent(t, r, w.morphoABI.UnpackAccrueInterestEvent)
	require.Equal(t, w.id, ai.Id)
	requireBigEq(t, testRate, ai.PrevBorrowRate)
	requireBigEq(t, interest, ai.Interest)
	requireBigEq(t, feeShares, ai.FeeShares)
	requireBigEq(t, feeShares, w.positionAt(nil, w.feeRecipient.addr).SupplyShares)

	// Still healthy: liquidation is refused and the lens agrees.
	require.True(t, w.checkLens().Healthy)
	w.sendValue(w.liquidator, w.weth, w.wethABI.PackDeposit(), ew(500, 18))
	w.send(w.liquidator, w.weth, w.wethABI.PackApprove(w.morphoAddr, abiMaxUint()))
	w.sendReverts(w.liquidator, w.morpho,
		w.morphoABI.PackLiquidate(w.params, w.borrower.addr, big.NewInt(1e15), big.NewInt(0), nil), "position is healthy")
	w.sendReverts(w.liquidator, w.morpho,
		w.morphoABI.PackLiquidate(w.params, w.borrower.addr, big.NewInt(1), big.NewInt(1), nil), "inconsistent input")

	// A 4.8% market-price drop makes the position liquidatable.
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(wad))
	requireBigEq(t, mul(wad, wad), w.oraclePrice())
	require.False(t, w.checkLens().Healthy)

	lif := liquidationIncentiveFactor(w.lltv)
	// protocols.md: LLTV 0.945 gives LIF 1.01678.
	require.Equal(t, "1016776817488561260", lif.String())

	// Liquidation sized by seized collateral.
	seized := new(big.Int).Quo(collateral, big.NewInt(4))
	liqWETH, liqLRT := w.wethBalance(w.liquidator.addr), w.lrtBalance(w.liquidator.addr)
	r = w.send(w.liquidator, w.morpho, w.morphoABI.PackLiquidate(w.params, w.borrower.addr, seized, big.NewInt(0), nil))
	acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	posPre := w.positionAt(prev(r), w.borrower.addr)
	price := w.oraclePrice()
	repaidShares := toSharesUp(wDivUp(mulDivUp(seized, price, oracleScale), lif), acc.TBA, acc.TBS)
	repaidAssets := toAssetsUp(repaidShares, acc.TBA, acc.TBS)

	liq := findEvent(t, r, w.morphoABI.UnpackLiquidateEvent)
	require.Equal(t, w.id, liq.Id)
	require.Equal(t, w.liquidator.addr, liq.Caller)
	require.Equal(t, w.borrower.addr, liq.Borrower)
	requireBigEq(t, repaidAssets, liq.RepaidAssets)
	requireBigEq(t, repaidShares, liq.RepaidShares)
	requireBigEq(t, seized, liq.SeizedAssets)
	require.Zero(t, liq.BadDebtAssets.Sign())
	require.Zero(t, liq.BadDebtShares.Sign())
	requireBigEq(t, sub(liqWETH, repaidAssets), w.wethBalance(w.liquidator.addr))
	requireBigEq(t, add(liqLRT, seized), w.lrtBalance(w.liquidator.addr))

	pos := w.positionAt(nil, w.borrower.addr)
	requireBigEq(t, sub(posPre.BorrowShares, repaidShares), pos.BorrowShares)
	requireBigEq(t, sub(posPre.Collateral, seized), pos.Collateral)
	after := w.marketAt(nil)
	requireBigEq(t, sub(acc.TBS, repaidShares), after.TBS)
	requireBigEq(t, zeroFloorSub(acc.TBA, repaidAssets), after.TBA)
	requireBigEq(t, acc.TSA, after.TSA)

	// Liquidation sized by repaid shares.
	shares := new(big.Int).Quo(pos.BorrowShares, big.NewInt(10))
	r = w.send(w.liquidator, w.morpho, w.morphoABI.PackLiquidate(w.params, w.borrower.addr, big.NewInt(0), shares, nil))
	acc, _, _ = w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	wantSeized := mulDivDown(wMulDown(toAssetsDown(shares, acc.TBA, acc.TBS), lif), oracleScale, price)
	liq = findEvent(t, r, w.morphoABI.UnpackLiquidateEvent)
	requireBigEq(t, shares, liq.RepaidShares)
	requireBigEq(t, wantSeized, liq.SeizedAssets)
	requireBigEq(t, toAssetsUp(shares, acc.TBA, acc.TBS), liq.RepaidAssets)

	// Price halves: seizing all collateral leaves bad debt for suppliers.
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(ew(5, 17)))
	price = w.oraclePrice()
	posPre = w.positionAt(nil, w.borrower.addr)
	r = w.send(w.liquidator, w.morpho,
		w.morphoABI.PackLiquidate(w.params, w.borrower.addr, posPre.Collateral, big.NewInt(0), nil))
	acc, _, _ = w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	repaidShares = toSharesUp(wDivUp(mulDivUp(posPre.Collateral, price, oracleScale), lif), acc.TBA, acc.TBS)
	repaidAssets = toAssetsUp(repaidShares, acc.TBA, acc.TBS)
	tba := zeroFloorSub(acc.TBA, repaidAssets)
	tbs := sub(acc.TBS, repaidShares)
	badShares := sub(posPre.BorrowShares, repaidShares)
	badAssets := minBig(tba, toAssetsUp(badShares, tba, tbs))

	liq = findEvent(t, r, w.morphoABI.UnpackLiquidateEvent)
	requireBigEq(t, posPre.Collateral, liq.SeizedAssets)
	requireBigEq(t, repaidShares, liq.RepaidShares)
	requireBigEq(t, repaidAssets, liq.RepaidAssets)
	requireBigEq(t, badShares, liq.BadDebtShares)
	requireBigEq(t, badAssets, liq.BadDebtAssets)
	require.Positive(t, badAssets.Sign())

	pos = w.positionAt(nil, w.borrower.addr)
	require.Zero(t, pos.BorrowShares.Sign())
	require.Zero(t, pos.Collateral.Sign())
	after = w.marketAt(nil)
	requireBigEq(t, sub(tba, badAssets), after.TBA)
	requireBigEq(t, sub(tbs, badShares), after.TBS)
	requireBigEq(t, sub(acc.TSA, badAssets), after.TSA)
	require.True(t, w.checkLens().Healthy, "no debt is healthy")
}

func TestRepayWithdrawAndAuthorization(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	w.setupMarket()
	w.supplyLiquidity(ew(1000, 18))
	collateral, borrowed := w.openLoop()

	// Acting on behalf needs authorization, granted once.
	w.sendReverts(w.liquidator, w.morpho,
		w.morphoABI.PackWithdrawCollateral(w.params, big.NewInt(1), w.borrower.addr, w.liquidator.addr), "unauthorized")
	r := w.send(w.borrower, w.morpho, w.morphoABI.PackSetAuthorization(w.liquidator.addr, true))
	sa := findEvent(t, r, w.morphoABI.UnpackSetAuthorizationEvent)
	require.Equal(t, w.borrower.addr, sa.Caller)
	require.Equal(t, w.borrower.addr, sa.Authorizer)
	require.Equal(t, w.liquidator.addr, sa.Authorized)
	require.True(t, sa.NewIsAuthorized)
	require.True(t, call(w, w.morpho, w.morphoABI.PackIsAuthorized(w.borrower.addr, w.liquidator.addr), w.morphoABI.UnpackIsAuthorized))
	w.sendReverts(w.borrower, w.morpho, w.morphoABI.PackSetAuthorization(w.liquidator.addr, true), "already set")

	// The position is near its limit, so removing collateral fails.
	w.sendReverts(w.liquidator, w.morpho,
		w.morphoABI.PackWithdrawCollateral(w.params, ew(5, 18), w.borrower.addr, w.liquidator.addr), "insufficient collateral")

	// Repay all debt by shares (permissionless on behalf), with top-up WETH for interest.
	w.advance(time.Hour)
	w.sendValue(w.borrower, w.weth, w.wethABI.PackDeposit(), ew(1, 18))
	w.send(w.borrower, w.weth, w.wethABI.PackApprove(w.morphoAddr, abiMaxUint()))
	pos := w.positionAt(nil, w.borrower.addr)
	r = w.send(w.borrower, w.morpho, w.morphoABI.PackRepay(w.params, big.NewInt(0), pos.BorrowShares, w.borrower.addr, nil))
	acc, _, _ := w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	rep := findEvent(t, r, w.morphoABI.UnpackRepayEvent)
	requireBigEq(t, pos.BorrowShares, rep.Shares)
	requireBigEq(t, toAssetsUp(pos.BorrowShares, acc.TBA, acc.TBS), rep.Assets)
	require.Greater(t, rep.Assets.Cmp(borrowed), 0, "interest accrued")
	require.Zero(t, w.positionAt(nil, w.borrower.addr).BorrowShares.Sign())

	// With no debt the authorized address can take all collateral out.
	r = w.send(w.liquidator, w.morpho,
		w.morphoABI.PackWithdrawCollateral(w.params, collateral, w.borrower.addr, w.liquidator.addr))
	wc := findEvent(t, r, w.morphoABI.UnpackWithdrawCollateralEvent)
	require.Equal(t, w.liquidator.addr, wc.Caller)
	require.Equal(t, w.borrower.addr, wc.OnBehalf)
	require.Equal(t, w.liquidator.addr, wc.Receiver)
	requireBigEq(t, collateral, wc.Assets)
	requireBigEq(t, collateral, w.lrtBalance(w.liquidator.addr))

	// The supplier withdraws everything it owns; the dust left is the fee recipient's.
	sup := w.positionAt(nil, w.supplier.addr)
	r = w.send(w.supplier, w.morpho, w.morphoABI.PackWithdraw(w.params, big.NewInt(0), sup.SupplyShares, w.supplier.addr, w.supplier.addr))
	acc, _, _ = w.marketAt(prev(r)).accrue(testRate, w.blockTime(r))
	wd := findEvent(t, r, w.morphoABI.UnpackWithdrawEvent)
	requireBigEq(t, toAssetsDown(sup.SupplyShares, acc.TSA, acc.TSS), wd.Assets)
	require.Greater(t, wd.Assets.Cmp(ew(1000, 18)), 0, "supplier earned interest")

	w.sendReverts(w.supplier, w.morpho,
		w.morphoABI.PackSupplyCollateral(w.params, big.NewInt(0), w.supplier.addr, nil), "zero assets")
	w.sendReverts(w.supplier, w.morpho,
		w.morphoABI.PackFlashLoan(w.wethAddr, big.NewInt(0), nil), "zero assets")
}

func TestMarketIDMatchesABIEncoding(t *testing.T) {
	t.Parallel()
	p := morphoblue.MarketParams{
		LoanToken:       common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"),
		CollateralToken: common.HexToAddress("0xCd5fE23C85820F7B72D0926FC9b05b43E359b7ee"),
		Oracle:          common.HexToAddress("0x3fa58b74e9a8eA8768eb33c8453e9C2Ed089A40a"),
		Irm:             common.HexToAddress("0x870aC11D48B15DB9a138Cf899d20F13F79Ba00BC"),
		Lltv:            ew(945, 15),
	}
	args := morphoblue.NewMorphoBlue().GetABI().Events["CreateMarket"].Inputs.NonIndexed()
	enc, err := args.Pack(p)
	require.NoError(t, err)
	require.Len(t, enc, 160)
	require.Equal(t, [32]byte(crypto.Keccak256Hash(enc)), marketID(p))
}
