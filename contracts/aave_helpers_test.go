package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepooladdressesprovider"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveratestrategy"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavetesttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavevariabledebttoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
)

// ============================================================================
// Reference math: Aave v3.5 rounding in plain math/big, written from the
// formulas, never by calling contract code.
// ============================================================================

var (
	avRay            = e(27)
	avWadUnit        = e(18)
	avPctFactor      = big.NewInt(10_000)
	avSecondsPerYear = big.NewInt(365 * 24 * 3600)
	avMinLeftover    = ew(1000, 8)
	avCloseFactorMin = ew(2000, 8)
	avHF095          = ew(95, 16)
	avBaseUnit       = e(8)
)

func avBig(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func avFloorDiv(n, d *big.Int) *big.Int { return new(big.Int).Quo(n, d) }

func avCeilDiv(n, d *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(n, d, new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// half-up operations
func avRayMul(a, b *big.Int) *big.Int {
	return avFloorDiv(add(mul(a, b), avFloorDiv(avRay, big.NewInt(2))), avRay)
}
func avRayDiv(a, b *big.Int) *big.Int {
	return avFloorDiv(add(mul(a, avRay), avFloorDiv(b, big.NewInt(2))), b)
}
func avWadDiv(a, b *big.Int) *big.Int {
	return avFloorDiv(add(mul(a, avWadUnit), avFloorDiv(b, big.NewInt(2))), b)
}
func avPercentMul(v, p *big.Int) *big.Int {
	return avFloorDiv(add(mul(v, p), big.NewInt(5_000)), avPctFactor)
}
func avPercentDiv(v, p *big.Int) *big.Int {
	return avFloorDiv(add(mul(v, avPctFactor), avFloorDiv(p, big.NewInt(2))), p)
}

// directional operations (v3.5 TokenMath)
func avRayMulFloor(a, b *big.Int) *big.Int     { return avFloorDiv(mul(a, b), avRay) }
func avRayMulCeil(a, b *big.Int) *big.Int      { return avCeilDiv(mul(a, b), avRay) }
func avRayDivFloor(a, b *big.Int) *big.Int     { return avFloorDiv(mul(a, avRay), b) }
func avRayDivCeil(a, b *big.Int) *big.Int      { return avCeilDiv(mul(a, avRay), b) }
func avPercentMulFloor(v, p *big.Int) *big.Int { return avFloorDiv(mul(v, p), avPctFactor) }
func avPercentMulCeil(v, p *big.Int) *big.Int  { return avCeilDiv(mul(v, p), avPctFactor) }
func avPercentDivCeil(v, p *big.Int) *big.Int  { return avCeilDiv(mul(v, avPctFactor), p) }
func avMulDivCeil(a, b, c *big.Int) *big.Int   { return avCeilDiv(mul(a, b), c) }

// avLinear is RAY + floor(rate * dt / year).
func avLinear(rate *big.Int, dt uint64) *big.Int {
	return add(avRay, avFloorDiv(mul(rate, avBig(dt)), avSecondsPerYear))
}

// avCompounded is the v3.4+ expansion RAY + x + rayMul(x, x/2 + rayMul(x, x/6)),
// x = floor(rate * dt / year).
func avCompounded(rate *big.Int, dt uint64) *big.Int {
	if dt == 0 {
		return new(big.Int).Set(avRay)
	}
	x := avFloorDiv(mul(rate, avBig(dt)), avSecondsPerYear)
	inner := add(avFloorDiv(x, big.NewInt(2)), avRayMul(x, avFloorDiv(x, big.NewInt(6))))
	return add(add(avRay, x), avRayMul(x, inner))
}

// avTokenEvent is the Mint/Burn value pair of a v3.5 scaled-token balance
// change from scaled s (last index prevIdx) to s+delta at index idx:
// value = |bal(s+delta, idx) - bal(s, prevIdx)|, increase = bal(s, idx) - bal(s, prevIdx).
func avTokenEvent(s, prevIdx, delta, idx *big.Int, ceil bool) (isMint bool, value, increase *big.Int) {
	bal := avRayMulFloor
	if ceil {
		bal = avRayMulCeil
	}
	prevBal := bal(s, prevIdx)
	next := bal(add(s, delta), idx)
	increase = sub(bal(s, idx), prevBal)
	if next.Cmp(prevBal) > 0 {
		return true, sub(next, prevBal), increase
	}
	return false, sub(prevBal, next), increase
}

// ============================================================================
// Market definition
// ============================================================================

// avAsset is one reserve: its risk parameters (bps) and deployed addresses.
type avAsset struct {
	name                 string
	decimals             uint8
	ltv, lt, lb, rf, fee int64
	borrowing, flash     bool
	optimal, base        int64
	slope1, slope2       int64
	price                *big.Int // initial feed answer, 8 decimals
	id                   uint16

	addr, aToken, debtToken, feed common.Address
}

func (a *avAsset) unit() *big.Int { return e(int64(a.decimals)) }

// configWord packs the reserve configuration with the Aave bit layout.
func (a *avAsset) configWord() *big.Int {
	c := new(big.Int)
	set := func(v int64, shift uint) { c.Or(c, new(big.Int).Lsh(big.NewInt(v), shift)) }
	set(a.ltv, 0)
	set(a.lt, 16)
	set(a.lb, 32)
	set(int64(a.decimals), 48)
	set(1, 56) // active
	if a.borrowing {
		set(1, 58)
	}
	if a.flash {
		set(1, 63)
	}
	set(a.rf, 64)
	set(a.fee, 152)
	return c
}

// The eMode category the world configures: ETH-correlated collateral
// (WETH, LRT), WETH borrowable.
const (
	avEModeID    = 1
	avEModeLtv   = 9300
	avEModeLt    = 9500
	avEModeLb    = 10100
	avEModeLabel = "ETH correlated"
)

func avInEModeCollateral(w *aaveWorld, a *avAsset) bool { return a == w.weth || a == w.lrt }

// ============================================================================
// World
// ============================================================================

type aaveWorld struct {
	*world
	user2, treasury actor

	poolABI     *aavepool.AavePool
	aABI        *aaveatoken.AaveAToken
	dABI        *aavevariabledebttoken.AaveVariableDebtToken
	ercABI      *aavetesttoken.AaveTestToken
	priceABI    *pricefeed.PriceFeed
	oracleABI   *aaveoracle.AaveOracle
	strategyABI *aaveratestrategy.AaveRateStrategy
	providerABI *aavepooladdressesprovider.AavePoolAddressesProvider

	pool, oracle, strategy, provider                 *bind.BoundContract
	poolAddr, oracleAddr, strategyAddr, providerAddr common.Address

	weth, lrt, usdc *avAsset
	assets          []*avAsset // by reserve id
}

const avGasLimit = 15_000_000

func newAaveWorld(t *testing.T) *aaveWorld {
	t.Helper()
	base := &world{t: t, ctx: t.Context()}
	base.owner, base.supplier, base.borrower, base.liquidator, base.feeRecipient =
		newActor(t), newActor(t), newActor(t), newActor(t), newActor(t)
	w := &aaveWorld{world: base, user2: newActor(t), treasury: newActor(t)}

	funds := new(big.Int).Mul(big.NewInt(1_000_000), wad)
	alloc := types.GenesisAlloc{}
	for _, a := range []actor{w.owner, w.supplier, w.borrower, w.liquidator, w.user2} {
		alloc[a.addr] = types.Account{Balance: funds}
	}
	w.backend = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = w.backend.Close() })
	w.backend.Commit()
	w.client = w.backend.Client()
	id, err := w.client.ChainID(w.ctx)
	require.NoError(t, err)
	w.chainID = id

	w.poolABI = aavepool.NewAavePool()
	w.aABI = aaveatoken.NewAaveAToken()
	w.dABI = aavevariabledebttoken.NewAaveVariableDebtToken()
	w.ercABI = aavetesttoken.NewAaveTestToken()
	w.priceABI = pricefeed.NewPriceFeed()
	w.oracleABI = aaveoracle.NewAaveOracle()
	w.strategyABI = aaveratestrategy.NewAaveRateStrategy()
	w.providerABI = aavepooladdressesprovider.NewAavePoolAddressesProvider()

	w.weth = &avAsset{name: "WETH", decimals: 18, ltv: 8000, lt: 8250, lb: 10500, rf: 1500, fee: 1000,
		borrowing: true, flash: true, optimal: 9000, base: 0, slope1: 270, slope2: 8000, price: ew(3000, 8)}
	w.lrt = &avAsset{name: "rstETH", decimals: 18, ltv: 7200, lt: 7500, lb: 10750, rf: 1500, fee: 1000,
		borrowing: false, flash: false, optimal: 4500, base: 0, slope1: 700, slope2: 30000, price: ew(3150, 8)}
	w.usdc = &avAsset{name: "USDC", decimals: 6, ltv: 7500, lt: 7800, lb: 10450, rf: 1000, fee: 1000,
		borrowing: true, flash: true, optimal: 9000, base: 0, slope1: 600, slope2: 6000, price: e(8)}
	w.assets = []*avAsset{w.weth, w.lrt, w.usdc}

	w.weth.addr = w.deploy(w.owner, weth9.WETH9MetaData.Bin, nil)
	w.lrt.addr = w.deploy(w.owner, lrtvault.LRTVaultMetaData.Bin,
		lrtvault.NewLRTVault().PackConstructor("Restaked Ether", "rstETH", w.weth.addr, ew(105, 16)))
	w.usdc.addr = w.deploy(w.owner, aavetesttoken.AaveTestTokenMetaData.Bin,
		w.ercABI.PackConstructor("USD Coin", "USDC", 6))
	for _, a := range w.assets {
		a.feed = w.deploy(w.owner, pricefeed.PriceFeedMetaData.Bin, w.priceABI.PackConstructor(8, a.name+" / USD", a.price))
	}

	w.providerAddr = w.deploy(w.owner, aavepooladdressesprovider.AavePoolAddressesProviderMetaData.Bin,
		w.providerABI.PackConstructor("lrtkeeper test market", w.owner.addr))
	w.oracleAddr = w.deploy(w.owner, aaveoracle.AaveOracleMetaData.Bin,
		w.oracleABI.PackConstructor(w.owner.addr, common.Address{}, e(8)))
	w.strategyAddr = w.deploy(w.owner, aaveratestrategy.AaveRateStrategyMetaData.Bin,
		w.strategyABI.PackConstructor(w.owner.addr))
	w.poolAddr = w.deploy(w.owner, aavepool.AavePoolMetaData.Bin,
		w.poolABI.PackConstructor(w.providerAddr, w.owner.addr, w.treasury.addr))
	w.pool = w.poolABI.Instance(w.client, w.poolAddr)
	w.oracle = w.oracleABI.Instance(w.client, w.oracleAddr)
	w.strategy = w.strategyABI.Instance(w.client, w.strategyAddr)
	w.provider = w.providerABI.Instance(w.client, w.providerAddr)

	w.tx(w.owner, w.provider, w.providerABI.PackSetPool(w.poolAddr))
	w.tx(w.owner, w.provider, w.providerABI.PackSetPriceOracle(w.oracleAddr))
	var assets, feeds []common.Address
	for _, a := range w.assets {
		assets, feeds = append(assets, a.addr), append(feeds, a.feed)
	}
	w.tx(w.owner, w.oracle, w.oracleABI.PackSetAssetSources(assets, feeds))

	for i, a := range w.assets {
		a.id = uint16(i)
		a.aToken = w.deploy(w.owner, aaveatoken.AaveATokenMetaData.Bin,
			w.aABI.PackConstructor(w.poolAddr, a.addr, a.decimals, "Aave "+a.name, "a"+a.name))
		a.debtToken = w.deploy(w.owner, aavevariabledebttoken.AaveVariableDebtTokenMetaData.Bin,
			w.dABI.PackConstructor(w.poolAddr, a.addr, a.decimals, "Aave Variable Debt "+a.name, "variableDebt"+a.name))
		w.tx(w.owner, w.strategy, w.strategyABI.PackSetInterestRateParams(a.addr, aaveratestrategy.AaveRateStrategyInterestRateData{
			OptimalUsageRatio:      uint16(a.optimal),
			BaseVariableBorrowRate: uint32(a.base),
			VariableRateSlope1:     uint32(a.slope1),
			VariableRateSlope2:     uint32(a.slope2),
		}))
		w.tx(w.owner, w.pool, w.poolABI.PackInitReserve(a.addr, a.aToken, a.debtToken, w.strategyAddr))
		w.tx(w.owner, w.pool, w.poolABI.PackSetReserveConfiguration(a.addr, a.configWord()))
	}
	w.tx(w.owner, w.pool, w.poolABI.PackSetEModeCategory(avEModeID, avEModeLtv, avEModeLt, avEModeLb, avEModeLabel))
	w.tx(w.owner, w.pool, w.poolABI.PackSetAssetEModeCollateral(w.weth.addr, avEModeID, true))
	w.tx(w.owner, w.pool, w.poolABI.PackSetAssetEModeCollateral(w.lrt.addr, avEModeID, true))
	w.tx(w.owner, w.pool, w.poolABI.PackSetAssetEModeBorrowable(w.weth.addr, avEModeID, true))
	w.tx(w.owner, w.pool, w.poolABI.PackSetFlashLoanPremium(big.NewInt(5)))
	return w
}

// ---------------------------------------------------------------- sending

// tx mines one transaction with a fixed, generous gas limit (an estimate
// against the head misses the interest-accrual writes of the next block)
// and requires it to succeed.
func (w *aaveWorld) tx(from actor, c *bind.BoundContract, data []byte) *types.Receipt {
	w.t.Helper()
	return w.txValue(from, c, data, nil)
}

func (w *aaveWorld) txValue(from actor, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	w.t.Helper()
	return w.sendGas(from, c, data, value, avGasLimit)
}

func avCallMsg(from, to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{From: from, To: &to, Data: data, Gas: avGasLimit}
}

// revertsWith simulates data from `from` at the head and requires a revert
// with the custom error of signature sig (e.g. "MustNotLeaveDust()").
func (w *aaveWorld) revertsWith(from actor, to common.Address, data []byte, sig string) {
	w.t.Helper()
	_, err := w.client.CallContract(w.ctx, avCallMsg(from.addr, to, data), nil)
	require.Error(w.t, err, "expected revert %s", sig)
	var de rpc.DataError
	require.True(w.t, errors.As(err, &de), "no revert data in %v", err)
	s, ok := de.ErrorData().(string)
	require.True(w.t, ok, "revert data %v", de.ErrorData())
	got := common.FromHex(s)
	require.GreaterOrEqual(w.t, len(got), 4, "revert data %q", s)
	require.Equal(w.t, crypto.Keccak256([]byte(sig))[:4], got[:4], "want %s, got revert data %x", sig, got)
}

// ----------------------------------------------------------------- events

// avLogs unpacks every log of r emitted by addr that unpack accepts.
func avLogs[T any](r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// avLog requires exactly one such log and returns it.
func avLog[T any](t *testing.T, r *types.Receipt, addr common.Address, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	evs := avLogs(r, addr, unpack)
	require.Len(t, evs, 1, "want exactly one event from %s", addr)
	return evs[0]
}

// ------------------------------------------------------------------ funds

// fund gives a the amount of asset and approves the pool for it.
func (w *aaveWorld) fund(a actor, asset *avAsset, amount *big.Int) {
	w.t.Helper()
	erc := w.ercABI.Instance(w.client, asset.addr)
	switch asset {
	case w.weth:
		w.txValue(a, erc, weth9.NewWETH9().PackDeposit(), amount)
	case w.lrt:
		w.tx(w.owner, erc, lrtvault.NewLRTVault().PackMint(a.addr, amount))
	default:
		w.tx(a, erc, w.ercABI.PackMint(a.addr, amount))
	}
	w.tx(a, erc, w.ercABI.PackApprove(w.poolAddr, abiMaxUint()))
}

func (w *aaveWorld) balanceAt(block *big.Int, token, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.ercABI.Instance(w.client, token), w.ercABI.PackBalanceOf(user), w.ercABI.UnpackBalanceOf)
}

func (w *aaveWorld) scaledA(block *big.Int, asset *avAsset, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.aABI.Instance(w.client, asset.aToken), w.aABI.PackScaledBalanceOf(user), w.aABI.UnpackScaledBalanceOf)
}

func (w *aaveWorld) scaledD(block *big.Int, asset *avAsset, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.dABI.Instance(w.client, asset.debtToken), w.dABI.PackScaledBalanceOf(user), w.dABI.UnpackScaledBalanceOf)
}

func (w *aaveWorld) prevIndexA(block *big.Int, asset *avAsset, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.aABI.Instance(w.client, asset.aToken), w.aABI.PackGetPreviousIndex(user), w.aABI.UnpackGetPreviousIndex)
}

func (w *aaveWorld) prevIndexD(block *big.Int, asset *avAsset, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.dABI.Instance(w.client, asset.debtToken), w.dABI.PackGetPreviousIndex(user), w.dABI.UnpackGetPreviousIndex)
}

func (w *aaveWorld) userConfig(block *big.Int, user common.Address) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.pool, w.poolABI.PackGetUserConfiguration(user), w.poolABI.UnpackGetUserConfiguration).Data
}

func (w *aaveWorld) userEMode(block *big.Int, user common.Address) uint64 {
	w.t.Helper()
	return callAt(w.world, block, w.pool, w.poolABI.PackGetUserEMode(user), w.poolABI.UnpackGetUserEMode).Uint64()
}

// priceAt is the AaveOracle price the pool sees (the oracle itself is
// checked against the feeds and the CAPO formula elsewhere).
func (w *aaveWorld) priceAt(block *big.Int, asset *avAsset) *big.Int {
	w.t.Helper()
	return callAt(w.world, block, w.oracle, w.oracleABI.PackGetAssetPrice(asset.addr), w.oracleABI.UnpackGetAssetPrice)
}

func (w *aaveWorld) feedAt(block *big.Int, asset *avAsset) *big.Int {
	w.t.Helper()
	f := w.priceABI.Instance(w.client, asset.feed)
	return callAt(w.world, block, f, w.priceABI.PackLatestAnswer(), w.priceABI.UnpackLatestAnswer)
}

func (w *aaveWorld) setPrice(asset *avAsset, price *big.Int) {
	w.t.Helper()
	w.tx(w.owner, w.priceABI.Instance(w.client, asset.feed), w.priceABI.PackSetAnswer(price))
}

func avBitSet(config *big.Int, bit int) bool { return config.Bit(bit) == 1 }

// ----------------------------------------------------------------- pool ops

func (w *aaveWorld) supply(a actor, asset *avAsset, amount *big.Int) *types.Receipt {
	w.t.Helper()
	return w.tx(a, w.pool, w.poolABI.PackSupply(asset.addr, amount, a.addr, 0))
}

func (w *aaveWorld) borrow(a actor, asset *avAsset, amount *big.Int) *types.Receipt {
	w.t.Helper()
	return w.tx(a, w.pool, w.poolABI.PackBorrow(asset.addr, amount, big.NewInt(2), 0, a.addr))
}

func (w *aaveWorld) repay(a actor, asset *avAsset, amount *big.Int) *types.Receipt {
	w.t.Helper()
	return w.tx(a, w.pool, w.poolABI.PackRepay(asset.addr, amount, big.NewInt(2), a.addr))
}

func (w *aaveWorld) withdraw(a actor, asset *avAsset, amount *big.Int) *types.Receipt {
	w.t.Helper()
	return w.tx(a, w.pool, w.poolABI.PackWithdraw(asset.addr, amount, a.addr))
}

// ============================================================================
// Reserve reference
// ============================================================================

// avReserve is a reserve's stored state at one block, plus the token supplies.
type avReserve struct {
	d            aavepool.AaveTypesReserveDataLegacy
	scaledDebt   *big.Int
	scaledSupply *big.Int
	vub, deficit *big.Int
}

func (w *aaveWorld) reserveAt(block *big.Int, a *avAsset) avReserve {
	w.t.Helper()
	var s avReserve
	s.d = callAt(w.world, block, w.pool, w.poolABI.PackGetReserveData(a.addr), w.poolABI.UnpackGetReserveData)
	s.scaledDebt = callAt(w.world, block, w.dABI.Instance(w.client, a.debtToken), w.dABI.PackScaledTotalSupply(), w.dABI.UnpackScaledTotalSupply)
	s.scaledSupply = callAt(w.world, block, w.aABI.Instance(w.client, a.aToken), w.aABI.PackScaledTotalSupply(), w.aABI.UnpackScaledTotalSupply)
	s.vub = callAt(w.world, block, w.pool, w.poolABI.PackGetVirtualUnderlyingBalance(a.addr), w.poolABI.UnpackGetVirtualUnderlyingBalance)
	s.deficit = callAt(w.world, block, w.pool, w.poolABI.PackGetReserveDeficit(a.addr), w.poolABI.UnpackGetReserveDeficit)
	return s
}

// income is getReserveNormalizedIncome at time now.
func (s avReserve) income(now uint64) *big.Int {
	last := s.d.LastUpdateTimestamp.Uint64()
	if last == now {
		return new(big.Int).Set(s.d.LiquidityIndex)
	}
	return avRayMul(avLinear(s.d.CurrentLiquidityRate, now-last), s.d.LiquidityIndex)
}

// debtIndex is getReserveNormalizedVariableDebt at time now.
func (s avReserve) debtIndex(now uint64) *big.Int {
	last := s.d.LastUpdateTimestamp.Uint64()
	if last == now {
		return new(big.Int).Set(s.d.VariableBorrowIndex)
	}
	return avRayMul(avCompounded(s.d.CurrentVariableBorrowRate, now-last), s.d.VariableBorrowIndex)
}

// updated is ReserveLogic.updateState at time now: the next indexes and the
// scaled amount added to accruedToTreasury.
func (s avReserve) updated(a *avAsset, now uint64) (liqIdx, varIdx, accrued *big.Int) {
	last := s.d.LastUpdateTimestamp.Uint64()
	liqIdx, varIdx, accrued = new(big.Int).Set(s.d.LiquidityIndex), new(big.Int).Set(s.d.VariableBorrowIndex), new(big.Int)
	if last == now {
		return
	}
	if s.d.CurrentLiquidityRate.Sign() != 0 {
		liqIdx = avRayMul(avLinear(s.d.CurrentLiquidityRate, now-last), s.d.LiquidityIndex)
	}
	if s.scaledDebt.Sign() != 0 {
		varIdx = avRayMul(avCompounded(s.d.CurrentVariableBorrowRate, now-last), s.d.VariableBorrowIndex)
	}
	if a.rf != 0 {
		grown := avRayMulFloor(s.scaledDebt, sub(varIdx, s.d.VariableBorrowIndex))
		toMint := avPercentMul(grown, big.NewInt(a.rf))
		if toMint.Sign() != 0 {
			accrued = avRayDivFloor(toMint, liqIdx)
		}
	}
	return
}

// avRates is DefaultReserveInterestRateStrategyV2.calculateInterestRates.
func avRates(a *avAsset, deficit, added, taken, totalDebt, vub *big.Int) (liq, variable *big.Int) {
	toRay := func(bps int64) *big.Int { return mul(big.NewInt(bps), e(23)) }
	optimal, baseRate, s1, s2 := toRay(a.optimal), toRay(a.base), toRay(a.slope1), toRay(a.slope2)
	if totalDebt.Sign() == 0 {
		return new(big.Int), baseRate
	}
	available := sub(add(vub, added), taken)
	borrowUsage := avRayDiv(totalDebt, add(available, totalDebt))
	supplyUsage := avRayDiv(totalDebt, add(add(available, totalDebt), deficit))
	variable = new(big.Int).Set(baseRate)
	if borrowUsage.Cmp(optimal) > 0 {
		excess := avRayDiv(sub(borrowUsage, optimal), sub(avRay, optimal))
		variable = add(add(variable, s1), avRayMul(s2, excess))
	} else {
		variable = add(variable, avRayDiv(avRayMul(s1, borrowUsage), optimal))
	}
	liq = avPercentMul(avRayMul(variable, supplyUsage), big.NewInt(10_000-a.rf))
	return liq, variable
}

// avIdx holds the indexes a transaction ran with.
type avIdx struct{ liq, variable *big.Int }

// checkReserve verifies the state r wrote for asset a against updateState
// and the rate update computed here from the state before r. added == nil
// means r must not have updated the rates. extraAccrued is any scaled
// treasury credit beyond the reserve-factor share (flash-loan premium).
func (w *aaveWorld) checkReserve(r *types.Receipt, a *avAsset, added, taken, extraAccrued *big.Int) avIdx {
	w.t.Helper()
	pre := w.reserveAt(prev(r), a)
	post := w.reserveAt(r.BlockNumber, a)
	now := w.blockTime(r)
	liq, vr, acc := pre.updated(a, now)

	requireBigEq(w.t, liq, post.d.LiquidityIndex, "%s liquidityIndex", a.name)
	requireBigEq(w.t, vr, post.d.VariableBorrowIndex, "%s variableBorrowIndex", a.name)
	require.Equal(w.t, now, post.d.LastUpdateTimestamp.Uint64(), "%s lastUpdateTimestamp", a.name)
	if extraAccrued == nil {
		extraAccrued = new(big.Int)
	}
	requireBigEq(w.t, add(add(pre.d.AccruedToTreasury, acc), extraAccrued), post.d.AccruedToTreasury, "%s accruedToTreasury", a.name)

	evs := avLogs(r, w.poolAddr, w.poolABI.UnpackReserveDataUpdatedEvent)
	var mine []*aavepool.AavePoolReserveDataUpdated
	for _, ev := range evs {
		if ev.Reserve == a.addr {
			mine = append(mine, ev)
		}
	}
	if added == nil {
		require.Empty(w.t, mine, "%s: no rate update expected", a.name)
		requireBigEq(w.t, pre.d.CurrentLiquidityRate, post.d.CurrentLiquidityRate)
		requireBigEq(w.t, pre.d.CurrentVariableBorrowRate, post.d.CurrentVariableBorrowRate)
		requireBigEq(w.t, pre.vub, post.vub, "%s virtual balance", a.name)
		return avIdx{liq, vr}
	}
	require.Len(w.t, mine, 1, "%s: one ReserveDataUpdated", a.name)
	totalDebt := avRayMulCeil(post.scaledDebt, vr)
	wantLiq, wantVar := avRates(a, post.deficit, added, taken, totalDebt, pre.vub)
	requireBigEq(w.t, wantLiq, post.d.CurrentLiquidityRate, "%s liquidity rate", a.name)
	requireBigEq(w.t, wantVar, post.d.CurrentVariableBorrowRate, "%s variable rate", a.name)
	requireBigEq(w.t, sub(add(pre.vub, added), taken), post.vub, "%s virtual balance", a.name)
	ev := mine[0]
	requireBigEq(w.t, wantLiq, ev.LiquidityRate)
	require.Zero(w.t, ev.StableBorrowRate.Sign())
	requireBigEq(w.t, wantVar, ev.VariableBorrowRate)
	requireBigEq(w.t, liq, ev.LiquidityIndex)
	requireBigEq(w.t, vr, ev.VariableBorrowIndex)
	return avIdx{liq, vr}
}

// ============================================================================
// Account data reference (GenericLogic.calculateUserAccountData, v3.5)
// ============================================================================

type avAccount struct {
	collateral, debt, available, lt, ltv, hf *big.Int
	hasZeroLtv                               bool
}

// accountRef computes getUserAccountData for user from the state at block,
// evaluated at time now.
func (w *aaveWorld) accountRef(user common.Address, block *big.Int, now uint64) avAccount {
	w.t.Helper()
	config := w.userConfig(block, user)
	eMode := w.userEMode(block, user)
	out := avAccount{collateral: new(big.Int), debt: new(big.Int), available: new(big.Int), lt: new(big.Int), ltv: new(big.Int)}
	if config.Sign() == 0 {
		out.hf = abiMaxUint()
		return out
	}
	ltvSum, ltSum := new(big.Int), new(big.Int)
	for _, a := range w.assets {
		borrowed := avBitSet(config, 2*int(a.id))
		collateral := avBitSet(config, 2*int(a.id)+1)
		if !borrowed && !collateral {
			continue
		}
		s := w.reserveAt(block, a)
		price := w.priceAt(block, a)
		if collateral && a.lt != 0 {
			bal := avRayMulFloor(w.scaledA(block, a, user), s.income(now))
			value := avFloorDiv(mul(bal, price), a.unit())
			out.collateral = add(out.collateral, value)
			inEMode := eMode == avEModeID && avInEModeCollateral(w, a)
			ltv, lt := a.ltv, a.lt
			if inEMode {
				ltv, lt = avEModeLtv, avEModeLt
			}
			if a.ltv != 0 {
				ltvSum = add(ltvSum, mul(value, big.NewInt(ltv)))
			} else {
				out.hasZeroLtv = true
			}
			ltSum = add(ltSum, mul(value, big.NewInt(lt)))
		}
		if borrowed {
			debt := avRayMulCeil(w.scaledD(block, a, user), s.debtIndex(now))
			out.debt = add(out.debt, avMulDivCeil(debt, price, a.unit()))
		}
	}
	if out.debt.Sign() == 0 {
		out.hf = abiMaxUint()
	} else {
		out.hf = avFloorDiv(avWadDiv(ltSum, out.debt), avPctFactor)
	}
	if out.collateral.Sign() != 0 {
		out.ltv = avFloorDiv(ltvSum, out.collateral)
		out.lt = avFloorDiv(ltSum, out.collateral)
	}
	maxBorrow := avPercentMulFloor(out.collateral, out.ltv)
	if maxBorrow.Cmp(out.debt) > 0 {
		out.available = sub(maxBorrow, out.debt)
	}
	return out
}

// checkAccount compares getUserAccountData at the head with accountRef.
func (w *aaveWorld) checkAccount(user common.Address) avAccount {
	w.t.Helper()
	head, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(w.t, err)
	want := w.accountRef(user, head.Number, head.Time)
	got := callAt(w.world, head.Number, w.pool, w.poolABI.PackGetUserAccountData(user), w.poolABI.UnpackGetUserAccountData)
	requireBigEq(w.t, want.collateral, got.TotalCollateralBase, "totalCollateralBase")
	requireBigEq(w.t, want.debt, got.TotalDebtBase, "totalDebtBase")
	requireBigEq(w.t, want.available, got.AvailableBorrowsBase, "availableBorrowsBase")
	requireBigEq(w.t, want.lt, got.CurrentLiquidationThreshold, "currentLiquidationThreshold")
	requireBigEq(w.t, want.ltv, got.Ltv, "ltv")
	requireBigEq(w.t, want.hf, got.HealthFactor, "healthFactor")
	return want
}

// ============================================================================
// Liquidation reference (LiquidationLogic.executeLiquidationCall, v3.5)
// ============================================================================

type avLiq struct {
	acct                   avAccount
	collIdx, debtIdx       avIdx
	collBalance, debtTotal *big.Int
	bonus                  int64
	maxDebt                *big.Int // after the close factor
	debt                   *big.Int // actualDebtToLiquidate (paid by the liquidator)
	collateral             *big.Int // sent to the liquidator, fee excluded
	fee                    *big.Int // protocol fee, before the scaled-balance clamp
	collateralBase         *big.Int
	dust                   bool
	dustDebtOK, dustCollOK bool // the two halves of the dust rule (when it applies)
	noCollateralLeft       bool
	deficit                *big.Int // created in the debt reserve
}

func (w *aaveWorld) liquidationRef(coll, debt *avAsset, user common.Address, debtToCover, block *big.Int, now uint64) avLiq {
	w.t.Helper()
	var l avLiq
	l.acct = w.accountRef(user, block, now)
	cs, ds := w.reserveAt(block, coll), w.reserveAt(block, debt)
	cl, cv, _ := cs.updated(coll, now)
	dl, dv, _ := ds.updated(debt, now)
	l.collIdx, l.debtIdx = avIdx{cl, cv}, avIdx{dl, dv}
	l.collBalance = avRayMulFloor(w.scaledA(block, coll, user), cl)
	l.debtTotal = avRayMulCeil(w.scaledD(block, debt, user), dv)

	l.bonus = coll.lb
	if w.userEMode(block, user) == avEModeID && avInEModeCollateral(w, coll) {
		l.bonus = avEModeLb
	}
	lb := big.NewInt(l.bonus)
	cp, dp := w.priceAt(block, coll), w.priceAt(block, debt)
	cu, du := coll.unit(), debt.unit()

	debtBase := avMulDivCeil(l.debtTotal, dp, du)
	collBase := avFloorDiv(mul(l.collBalance, cp), cu)
	l.maxDebt = new(big.Int).Set(l.debtTotal)
	if collBase.Cmp(avCloseFactorMin) >= 0 && debtBase.Cmp(avCloseFactorMin) >= 0 && l.acct.hf.Cmp(avHF095) > 0 {
		half := avPercentMul(l.acct.debt, big.NewInt(5000))
		if debtBase.Cmp(half) > 0 {
			l.maxDebt = avFloorDiv(mul(half, du), dp)
		}
	}
	l.debt = minBig(debtToCover, l.maxDebt)

	baseColl := avFloorDiv(mul(mul(dp, l.debt), cu), mul(cp, du))
	maxColl := avPercentMul(baseColl, lb)
	if maxColl.Cmp(l.collBalance) > 0 {
		l.collateral = new(big.Int).Set(l.collBalance)
		l.debt = avPercentDivCeil(avFloorDiv(mul(mul(cp, l.collateral), du), mul(dp, cu)), lb)
	} else {
		l.collateral = maxColl
	}
	l.collateralBase = avFloorDiv(mul(l.collateral, cp), cu)
	l.fee = new(big.Int)
	if coll.fee != 0 {
		bonusColl := sub(l.collateral, avPercentDiv(l.collateral, lb))
		l.fee = avPercentMul(bonusColl, big.NewInt(coll.fee))
		l.collateral = sub(l.collateral, l.fee)
	}

	if l.debt.Cmp(l.debtTotal) < 0 && add(l.collateral, l.fee).Cmp(l.collBalance) < 0 {
		l.dustDebtOK = avMulDivCeil(sub(l.debtTotal, l.debt), dp, du).Cmp(avMinLeftover) >= 0
		l.dustCollOK = avFloorDiv(mul(sub(sub(l.collBalance, l.collateral), l.fee), cp), cu).Cmp(avMinLeftover) >= 0
		l.dust = !(l.dustDebtOK && l.dustCollOK)
	}
	l.noCollateralLeft = l.acct.collateral.Cmp(l.collateralBase) == 0
	l.deficit = new(big.Int)
	if l.noCollateralLeft {
		l.deficit = sub(l.debtTotal, l.debt)
	}
	return l
}
