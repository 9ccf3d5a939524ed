package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
)

func TestMorphoChainlinkOracle(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	o := w.oracleABI

	// Feed only (market price): 18-decimal tokens and feed give 1e18 * answer.
	requireBigEq(t, e(18), call(w, w.oracle, o.PackSCALEFACTOR(), o.UnpackSCALEFACTOR))
	requireBigEq(t, mul(e(18), ew(105, 16)), w.oraclePrice())
	require.Equal(t, w.feedAddr, call(w, w.oracle, o.PackBASEFEED1(), o.UnpackBASEFEED1))
	require.Equal(t, common.Address{}, call(w, w.oracle, o.PackBASEVAULT(), o.UnpackBASEVAULT))
	requireBigEq(t, big.NewInt(1), call(w, w.oracle, o.PackBASEVAULTCONVERSIONSAMPLE(), o.UnpackBASEVAULTCONVERSIONSAMPLE))

	// Vault only (exchange rate): sample 1e18 gives 1e18 * rate.
	rateOracle := func() *big.Int { return call(w, w.rateOracle, o.PackPrice(), o.UnpackPrice) }
	require.Equal(t, w.lrtAddr, call(w, w.rateOracle, o.PackBASEVAULT(), o.UnpackBASEVAULT))
	require.Equal(t, common.Address{}, call(w, w.rateOracle, o.PackBASEFEED1(), o.UnpackBASEFEED1))
	requireBigEq(t, wad, call(w, w.rateOracle, o.PackBASEVAULTCONVERSIONSAMPLE(), o.UnpackBASEVAULTCONVERSIONSAMPLE))
	requireBigEq(t, mul(e(18), ew(105, 16)), rateOracle())
	w.send(w.owner, w.lrt, w.lrtABI.PackSetRate(ew(11, 17)))
	requireBigEq(t, mul(e(18), ew(11, 17)), rateOracle())

	// An 8-decimal USD feed against a 6-decimal quote token.
	usdFeed := w.deploy(w.owner, pricefeed.PriceFeedMetaData.Bin, w.feedABI.PackConstructor(8, "ETH / USD", big.NewInt(2000e8)))
	usdOracleAddr := w.deploy(w.owner, morphochainlinkoracle.MorphoChainlinkOracleMetaData.Bin, o.PackConstructor(common.Address{}, big.NewInt(0), usdFeed, big.NewInt(18), big.NewInt(6)))
	usdOracle := o.Instance(w.client, usdOracleAddr)
	requireBigEq(t, e(16), call(w, usdOracle, o.PackSCALEFACTOR(), o.UnpackSCALEFACTOR))
	requireBigEq(t, ew(2, 27), call(w, usdOracle, o.PackPrice(), o.UnpackPrice))

	// Zero answers price at zero; negative answers revert.
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(big.NewInt(0)))
	require.Zero(t, w.oraclePrice().Sign())
	w.send(w.owner, w.feed, w.feedABI.PackSetAnswer(big.NewInt(-1)))
	_, err := bind.Call(w.oracle, &bind.CallOpts{Context: w.ctx}, o.PackPrice(), o.UnpackPrice)
	require.ErrorContains(t, err, "negative answer")
}

func TestPriceFeedRounds(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	f := w.feedABI

	require.Equal(t, uint8(18), call(w, w.feed, f.PackDecimals(), f.UnpackDecimals))
	require.Equal(t, "rstETH / ETH", call(w, w.feed, f.PackDescription(), f.UnpackDescription))
	requireBigEq(t, big.NewInt(4), call(w, w.feed, f.PackVersion(), f.UnpackVersion))

	r := w.send(w.owner, w.feed, f.PackSetAnswer(ew(102, 16)))
	now := new(big.Int).SetUint64(w.blockTime(r))
	ev := findEvent(t, r, f.UnpackAnswerUpdatedEvent)
	requireBigEq(t, ew(102, 16), ev.Current)
	requireBigEq(t, big.NewInt(2), ev.RoundId)
	requireBigEq(t, now, ev.UpdatedAt)
	rd := call(w, w.feed, f.PackLatestRoundData(), f.UnpackLatestRoundData)
	requireBigEq(t, big.NewInt(2), rd.RoundId)
	requireBigEq(t, ew(102, 16), rd.Answer)
	requireBigEq(t, now, rd.StartedAt)
	requireBigEq(t, now, rd.UpdatedAt)
	requireBigEq(t, big.NewInt(2), rd.AnsweredInRound)
	first := call(w, w.feed, f.PackGetRoundData(big.NewInt(1)), f.UnpackGetRoundData)
	requireBigEq(t, ew(105, 16), first.Answer)

	// A stale, zero-answer round written directly.
	w.send(w.owner, w.feed, f.PackSetRoundData(big.NewInt(7), big.NewInt(0), big.NewInt(100), big.NewInt(200), big.NewInt(6)))
	rd = call(w, w.feed, f.PackLatestRoundData(), f.UnpackLatestRoundData)
	requireBigEq(t, big.NewInt(7), rd.RoundId)
	require.Zero(t, rd.Answer.Sign())
	requireBigEq(t, big.NewInt(100), rd.StartedAt)
	requireBigEq(t, big.NewInt(200), rd.UpdatedAt)
	requireBigEq(t, big.NewInt(6), rd.AnsweredInRound)
	requireBigEq(t, big.NewInt(7), call(w, w.feed, f.PackLatestRound(), f.UnpackLatestRound))
	requireBigEq(t, big.NewInt(200), call(w, w.feed, f.PackLatestTimestamp(), f.UnpackLatestTimestamp))
	require.Zero(t, call(w, w.feed, f.PackLatestAnswer(), f.UnpackLatestAnswer).Sign())

	_, err := bind.Call(w.feed, &bind.CallOpts{Context: w.ctx}, f.PackGetRoundData(big.NewInt(5)), f.UnpackGetRoundData)
	require.ErrorContains(t, err, "No data present")
	w.sendReverts(w.supplier, w.feed, f.PackSetAnswer(wad), "not owner")
}

func TestWETH9(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	x := w.wethABI

	require.Equal(t, "Wrapped Ether", call(w, w.weth, x.PackName(), x.UnpackName))
	require.Equal(t, "WETH", call(w, w.weth, x.PackSymbol(), x.UnpackSymbol))
	require.Equal(t, uint8(18), call(w, w.weth, x.PackDecimals(), x.UnpackDecimals))

	r := w.sendValue(w.supplier, w.weth, x.PackDeposit(), ew(10, 18))
	dep := findEvent(t, r, x.UnpackDepositEvent)
	require.Equal(t, w.supplier.addr, dep.Dst)
	requireBigEq(t, ew(10, 18), dep.Wad)
	requireBigEq(t, ew(10, 18), call(w, w.weth, x.PackTotalSupply(), x.UnpackTotalSupply))

	// An infinite allowance is never decreased; a finite one is.
	w.send(w.supplier, w.weth, x.PackApprove(w.borrower.addr, abiMaxUint()))
	w.send(w.borrower, w.weth, x.PackTransferFrom(w.supplier.addr, w.borrower.addr, ew(1, 18)))
	requireBigEq(t, abiMaxUint(), call(w, w.weth, x.PackAllowance(w.supplier.addr, w.borrower.addr), x.UnpackAllowance))
	w.send(w.supplier, w.weth, x.PackApprove(w.borrower.addr, ew(2, 18)))
	r = w.send(w.borrower, w.weth, x.PackTransferFrom(w.supplier.addr, w.borrower.addr, ew(1, 18)))
	tr := findEvent(t, r, x.UnpackTransferEvent)
	require.Equal(t, w.supplier.addr, tr.Src)
	require.Equal(t, w.borrower.addr, tr.Dst)
	requireBigEq(t, ew(1, 18), call(w, w.weth, x.PackAllowance(w.supplier.addr, w.borrower.addr), x.UnpackAllowance))
	w.sendReverts(w.borrower, w.weth, x.PackTransferFrom(w.supplier.addr, w.borrower.addr, ew(2, 18)), "insufficient allowance")

	r = w.send(w.borrower, w.weth, x.PackWithdraw(ew(2, 18)))
	wd := findEvent(t, r, x.UnpackWithdrawalEvent)
	requireBigEq(t, ew(2, 18), wd.Wad)
	require.Zero(t, w.wethBalance(w.borrower.addr).Sign())
	requireBigEq(t, ew(8, 18), w.wethBalance(w.supplier.addr))
}

func TestLRTVault(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	v := w.lrtABI

	require.Equal(t, w.wethAddr, call(w, w.lrt, v.PackAsset(), v.UnpackAsset))
	require.Equal(t, uint8(18), call(w, w.lrt, v.PackDecimals(), v.UnpackDecimals))
	requireBigEq(t, ew(105, 16), call(w, w.lrt, v.PackGetRate(), v.UnpackGetRate))

	r := w.send(w.owner, w.lrt, v.PackSetRate(ew(1_070_000_000_000_000_001, 0)))
	ev := findEvent(t, r, v.UnpackRateUpdatedEvent)
	requireBigEq(t, ew(105, 16), ev.OldRate)
	requireBigEq(t, ew(1_070_000_000_000_000_001, 0), ev.NewRate)
	requireBigEq(t, new(big.Int).SetUint64(w.blockTime(r)), ev.Timestamp)
	requireBigEq(t, ev.Timestamp, call(w, w.lrt, v.PackLastRateUpdate(), v.UnpackLastRateUpdate))
	w.sendReverts(w.supplier, w.lrt, v.PackSetRate(wad), "not owner")

	// Conversions round down both ways.
	rate := ew(1_070_000_000_000_000_001, 0)
	requireBigEq(t, mulDivDown(big.NewInt(3), rate, wad), call(w, w.lrt, v.PackConvertToAssets(big.NewInt(3)), v.UnpackConvertToAssets))
	requireBigEq(t, mulDivDown(wad, wad, rate), call(w, w.lrt, v.PackConvertToShares(wad), v.UnpackConvertToShares))

	w.send(w.owner, w.lrt, v.PackMint(w.supplier.addr, ew(7, 18)))
	w.sendReverts(w.supplier, w.lrt, v.PackMint(w.supplier.addr, wad), "not owner")
	requireBigEq(t, mulDivDown(ew(7, 18), rate, wad), call(w, w.lrt, v.PackTotalAssets(), v.UnpackTotalAssets))
	requireBigEq(t, ew(7, 18), call(w, w.lrt, v.PackTotalSupply(), v.UnpackTotalSupply))
}

func TestFixedRateIrm(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	irm := w.irmABI
	mp := fixedrateirm.MarketParams(w.params)
	m := fixedrateirm.Market{
		TotalSupplyAssets: new(big.Int), TotalSupplyShares: new(big.Int), TotalBorrowAssets: new(big.Int),
		TotalBorrowShares: new(big.Int), LastUpdate: new(big.Int), Fee: new(big.Int),
	}
	requireBigEq(t, testRate, call(w, w.irm, irm.PackBorrowRateView(mp, m), irm.UnpackBorrowRateView))
	requireBigEq(t, testRate, call(w, w.irm, irm.PackBorrowRate(mp, m), irm.UnpackBorrowRate))
	w.send(w.owner, w.irm, irm.PackSetBorrowRate(big.NewInt(42)))
	requireBigEq(t, big.NewInt(42), call(w, w.irm, irm.PackBorrowRateView(mp, m), irm.UnpackBorrowRateView))
	w.sendReverts(w.supplier, w.irm, irm.PackSetBorrowRate(big.NewInt(1)), "not owner")
}

func TestMulticall3(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	mc := w.mcABI

	code, err := w.client.CodeAt(w.ctx, contracts.Multicall3Address, nil)
	require.NoError(t, err)
	require.True(t, bytes.Equal(contracts.Multicall3RuntimeCode(), code))

	head, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(t, err)
	results := callAt(w, head.Number, w.multicall, mc.PackAggregate3([]multicall3.Multicall3Call3{
		{Target: w.feedAddr, CallData: w.feedABI.PackLatestAnswer()},
		{Target: contracts.Multicall3Address, CallData: mc.PackGetBlockNumber()},
		{Target: w.feedAddr, AllowFailure: true, CallData: w.feedABI.PackGetRoundData(big.NewInt(99))},
	}), mc.UnpackAggregate3)
	require.Len(t, results, 3)
	require.True(t, results[0].Success)
	answer, err := w.feedABI.UnpackLatestAnswer(results[0].ReturnData)
	require.NoError(t, err)
	requireBigEq(t, ew(105, 16), answer)
	require.True(t, results[1].Success)
	requireBigEq(t, head.Number, new(big.Int).SetBytes(results[1].ReturnData))
	require.False(t, results[2].Success)

	_, err = bind.Call(w.multicall, &bind.CallOpts{Context: w.ctx}, mc.PackAggregate3([]multicall3.Multicall3Call3{
		{Target: w.feedAddr, CallData: w.feedABI.PackGetRoundData(big.NewInt(99))},
	}), mc.UnpackAggregate3)
	require.ErrorContains(t, err, "Multicall3: call failed")

	requireBigEq(t, w.chainID, call(w, w.multicall, mc.PackGetChainId(), mc.UnpackGetChainId))
	requireBigEq(t, new(big.Int).SetUint64(head.Time),
		callAt(w, head.Number, w.multicall, mc.PackGetCurrentBlockTimestamp(), mc.UnpackGetCurrentBlockTimestamp))
	bal, err := w.client.BalanceAt(w.ctx, w.owner.addr, head.Number)
	require.NoError(t, err)
	requireBigEq(t, bal, callAt(w, head.Number, w.multicall, mc.PackGetEthBalance(w.owner.addr), mc.UnpackGetEthBalance))
	// eth_call without a gas price runs with basefee 0 in geth, so only bound it.
	baseFee := callAt(w, head.Number, w.multicall, mc.PackGetBasefee(), mc.UnpackGetBasefee)
	require.LessOrEqual(t, baseFee.Cmp(head.BaseFee), 0)
}
