package contracts_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morpholens"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/pricefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
)

// ---------------------------------------------------------------- numbers

var (
	wad         = e(18)
	oracleScale = e(36)
	// 5% a year, per second, in WAD.
	testRate = big.NewInt(1_585_489_599)
	// Morpho's liquidation constants.
	liquidationCursor = big.NewInt(3e17)
	maxLIF            = big.NewInt(115e16)
	virtualShares     = big.NewInt(1e6)
	virtualAssets     = big.NewInt(1)
)

// e returns 10^n.
func e(n int64) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(n), nil) }

// ew returns x * 10^n for small decimal literals such as ew(945, 15) = 0.945e18.
func ew(x, n int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), e(n)) }

func add(x, y *big.Int) *big.Int { return new(big.Int).Add(x, y) }
func sub(x, y *big.Int) *big.Int { return new(big.Int).Sub(x, y) }
func mul(x, y *big.Int) *big.Int { return new(big.Int).Mul(x, y) }

func mulDivDown(x, y, d *big.Int) *big.Int { return new(big.Int).Quo(mul(x, y), d) }

func mulDivUp(x, y, d *big.Int) *big.Int {
	return new(big.Int).Quo(add(mul(x, y), sub(d, big.NewInt(1))), d)
}

func wMulDown(x, y *big.Int) *big.Int { return mulDivDown(x, y, wad) }
func wDivDown(x, y *big.Int) *big.Int { return mulDivDown(x, wad, y) }
func wDivUp(x, y *big.Int) *big.Int   { return mulDivUp(x, wad, y) }

func toSharesDown(a, ta, ts *big.Int) *big.Int {
	return mulDivDown(a, add(ts, virtualShares), add(ta, virtualAssets))
}

func toSharesUp(a, ta, ts *big.Int) *big.Int {
	return mulDivUp(a, add(ts, virtualShares), add(ta, virtualAssets))
}

func toAssetsDown(s, ta, ts *big.Int) *big.Int {
	return mulDivDown(s, add(ta, virtualAssets), add(ts, virtualShares))
}

func toAssetsUp(s, ta, ts *big.Int) *big.Int {
	return mulDivUp(s, add(ta, virtualAssets), add(ts, virtualShares))
}

func zeroFloorSub(x, y *big.Int) *big.Int {
	if x.Cmp(y) > 0 {
		return sub(x, y)
	}
	return new(big.Int)
}

func minBig(x, y *big.Int) *big.Int {
	if x.Cmp(y) < 0 {
		return new(big.Int).Set(x)
	}
	return new(big.Int).Set(y)
}

// wTaylorCompounded is Morpho's 3-term Taylor expansion of e^(rate*n) - 1.
func wTaylorCompounded(rate *big.Int, n uint64) *big.Int {
	first := mul(rate, new(big.Int).SetUint64(n))
	second := mulDivDown(first, first, mul(big.NewInt(2), wad))
	third := mulDivDown(second, first, mul(big.NewInt(3), wad))
	return add(add(first, second), third)
}

// liquidationIncentiveFactor is min(1.15, 1/(1 - 0.3(1-lltv))) with Morpho's rounding.
func liquidationIncentiveFactor(lltv *big.Int) *big.Int {
	return minBig(maxLIF, wDivDown(wad, sub(wad, wMulDown(liquidationCursor, sub(wad, lltv)))))
}

// marketState mirrors Morpho's Market struct.
type marketState struct {
	TSA, TSS, TBA, TBS, LastUpdate, Fee *big.Int
}

func fromOutput(o morphoblue.MarketOutput) marketState {
	return marketState{o.TotalSupplyAssets, o.TotalSupplyShares, o.TotalBorrowAssets, o.TotalBorrowShares, o.LastUpdate, o.Fee}
}

// accrue returns the market after Morpho's interest accrual at time now,
// with the interest and fee shares it produces.
func (m marketState) accrue(rate *big.Int, now uint64) (out marketState, interest, feeShares *big.Int) {
	out = m
	elapsed := now - m.LastUpdate.Uint64()
	interest, feeShares = new(big.Int), new(big.Int)
	if elapsed == 0 {
		return out, interest, feeShares
	}
	interest = wMulDown(m.TBA, wTaylorCompounded(rate, elapsed))
	out.TBA = add(m.TBA, interest)
	out.TSA = add(m.TSA, interest)
	if m.Fee.Sign() != 0 {
		feeAmount := wMulDown(interest, m.Fee)
		feeShares = toSharesDown(feeAmount, sub(out.TSA, feeAmount), m.TSS)
		out.TSS = add(m.TSS, feeShares)
	}
	out.LastUpdate = new(big.Int).SetUint64(now)
	return out, interest, feeShares
}

// ------------------------------------------------------------------ world

type actor struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newActor(t *testing.T) actor {
	t.Helper()
	k, err := crypto.GenerateKey()
	require.NoError(t, err)
	return actor{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// world is a simulated chain with every contract deployed and one
// LRT/WETH market (LLTV 0.945, market-price oracle, FixedRateIrm) created.
type world struct {
	t       *testing.T
	ctx     context.Context
	backend *simulated.Backend
	client  simulated.Client
	chainID *big.Int

	owner, supplier, borrower, liquidator, feeRecipient actor

	morphoABI *morphoblue.MorphoBlue
	wethABI   *weth9.WETH9
	lrtABI    *lrtvault.LRTVault
	feedABI   *pricefeed.PriceFeed
	oracleABI *morphochainlinkoracle.MorphoChainlinkOracle
	irmABI    *fixedrateirm.FixedRateIrm
	mcABI     *multicall3.Multicall3
	lensABI   *morpholens.MorphoLens

	morpho, weth, lrt, feed, oracle, rateOracle, irm, lens, multicall *bind.BoundContract

	morphoAddr, wethAddr, lrtAddr, feedAddr, oracleAddr, rateOracleAddr, irmAddr, lensAddr common.Address

	params morphoblue.MarketParams
	id     [32]byte
	lltv   *big.Int
}

func newWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, ctx: t.Context()}
	w.owner, w.supplier, w.borrower, w.liquidator, w.feeRecipient = newActor(t), newActor(t), newActor(t), newActor(t), newActor(t)

	funds := new(big.Int).Mul(big.NewInt(1_000_000), wad)
	alloc := types.GenesisAlloc{contracts.Multicall3Address: contracts.Multicall3GenesisAccount()}
	for _, a := range []actor{w.owner, w.supplier, w.borrower, w.liquidator} {
		alloc[a.addr] = types.Account{Balance: funds}
	}
	w.backend = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = w.backend.Close() })
	w.client = w.backend.Client()
	id, err := w.client.ChainID(w.ctx)
	require.NoError(t, err)
	w.chainID = id

	w.morphoABI = morphoblue.NewMorphoBlue()
	w.wethABI = weth9.NewWETH9()
	w.lrtABI = lrtvault.NewLRTVault()
	w.feedABI = pricefeed.NewPriceFeed()
	w.oracleABI = morphochainlinkoracle.NewMorphoChainlinkOracle()
	w.irmABI = fixedrateirm.NewFixedRateIrm()
	w.mcABI = multicall3.NewMulticall3()
	w.lensABI = morpholens.NewMorphoLens()

	w.wethAddr = w.deploy(w.owner, weth9.WETH9MetaData.Bin, nil)
	w.lrtAddr = w.deploy(w.owner, lrtvault.LRTVaultMetaData.Bin,
		w.lrtABI.PackConstructor("Restaked Ether", "rstETH", w.wethAddr, ew(105, 16)))
	w.feedAddr = w.deploy(w.owner, pricefeed.PriceFeedMetaData.Bin,
		w.feedABI.PackConstructor(18, "rstETH / ETH", ew(105, 16)))
	w.oracleAddr = w.deploy(w.owner, morphochainlinkoracle.MorphoChainlinkOracleMetaData.Bin,
		w.oracleABI.PackConstructor(common.Address{}, big.NewInt(1), w.feedAddr, big.NewInt(18), big.NewInt(18)))
	w.rateOracleAddr = w.deploy(w.owner, morphochainlinkoracle.MorphoChainlinkOracleMetaData.Bin,
		w.oracleABI.PackConstructor(w.lrtAddr, wad, common.Address{}, big.NewInt(18), big.NewInt(18)))
	w.irmAddr = w.deploy(w.owner, fixedrateirm.FixedRateIrmMetaData.Bin, w.irmABI.PackConstructor(testRate))
	w.morphoAddr = w.deploy(w.owner, morphoblue.MorphoBlueMetaData.Bin, w.morphoABI.PackConstructor(w.owner.addr))
	w.lensAddr = w.deploy(w.owner, morpholens.MorphoLensMetaData.Bin, nil)

	w.weth = w.wethABI.Instance(w.client, w.wethAddr)
	w.lrt = w.lrtABI.Instance(w.client, w.lrtAddr)
	w.feed = w.feedABI.Instance(w.client, w.feedAddr)
	w.oracle = w.oracleABI.Instance(w.client, w.oracleAddr)
	w.rateOracle = w.oracleABI.Instance(w.client, w.rateOracleAddr)
	w.irm = w.irmABI.Instance(w.client, w.irmAddr)
	w.morpho = w.morphoABI.Instance(w.client, w.morphoAddr)
	w.lens = w.lensABI.Instance(w.client, w.lensAddr)
	w.multicall = w.mcABI.Instance(w.client, contracts.Multicall3Address)

	w.lltv = ew(945, 15)
	w.params = morphoblue.MarketParams{
		LoanToken:       w.wethAddr,
		CollateralToken: w.lrtAddr,
		Oracle:          w.oracleAddr,
		Irm:             w.irmAddr,
		Lltv:            w.lltv,
	}
	w.id = marketID(w.params)
	return w
}

// marketID is keccak256(abi.encode(params)) for the all-static struct.
func marketID(p morphoblue.MarketParams) [32]byte {
	var enc []byte
	for _, a := range []common.Address{p.LoanToken, p.CollateralToken, p.Oracle, p.Irm} {
		enc = append(enc, common.LeftPadBytes(a.Bytes(), 32)...)
	}
	enc = append(enc, common.LeftPadBytes(p.Lltv.Bytes(), 32)...)
	return crypto.Keccak256Hash(enc)
}

func (w *world) opts(a actor) *bind.TransactOpts {
	o := bind.NewKeyedTransactor(a.key, w.chainID)
	o.Context = w.ctx
	return o
}

func (w *world) deploy(from actor, bin string, ctorInput []byte) common.Address {
	w.t.Helper()
	addr, tx, err := bind.DeployContract(w.opts(from), common.FromHex(bin), w.client, ctorInput)
	require.NoError(w.t, err)
	w.backend.Commit()
	r, err := bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "deploy failed")
	return addr
}

// send mines one transaction and requires it to succeed.
func (w *world) send(from actor, c *bind.BoundContract, data []byte) *types.Receipt {
	w.t.Helper()
	return w.sendValue(from, c, data, nil)
}

func (w *world) sendValue(from actor, c *bind.BoundContract, data []byte, value *big.Int) *types.Receipt {
	w.t.Helper()
	// Fixed limit: estimating against the latest block sees no elapsed time,
	// so it misses the interest-accrual path the mined transaction takes.
	return w.sendGas(from, c, data, value, 3_000_000)
}

// sendGas mines one transaction with gas limit gas and requires it to
// succeed.
func (w *world) sendGas(from actor, c *bind.BoundContract, data []byte, value *big.Int, gas uint64) *types.Receipt {
	w.t.Helper()
	o := w.opts(from)
	o.Value = value
	o.GasLimit = gas
	tx, err := bind.Transact(c, o, data)
	require.NoError(w.t, err)
	w.backend.Commit()
	r, err := bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "transaction reverted")
	return r
}

// sendReverts requires the transaction to be rejected with reason.
func (w *world) sendReverts(from actor, c *bind.BoundContract, data []byte, reason string) {
	w.t.Helper()
	_, err := bind.Transact(c, w.opts(from), data)
	require.Error(w.t, err)
	require.ErrorContains(w.t, err, reason)
}

func call[T any](w *world, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	w.t.Helper()
	return callAt(w, nil, c, data, unpack)
}

func callAt[T any](w *world, block *big.Int, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	w.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: w.ctx, BlockNumber: block}, data, unpack)
	require.NoError(w.t, err)
	return v
}

func (w *world) blockTime(r *types.Receipt) uint64 {
	w.t.Helper()
	h, err := w.client.HeaderByHash(w.ctx, r.BlockHash)
	require.NoError(w.t, err)
	return h.Time
}

func (w *world) marketAt(block *big.Int) marketState {
	w.t.Helper()
	return fromOutput(callAt(w, block, w.morpho, w.morphoABI.PackMarket(w.id), w.morphoABI.UnpackMarket))
}

func (w *world) positionAt(block *big.Int, user common.Address) morphoblue.PositionOutput {
	w.t.Helper()
	return callAt(w, block, w.morpho, w.morphoABI.PackPosition(w.id, user), w.morphoABI.UnpackPosition)
}

func (w *world) oraclePrice() *big.Int {
	w.t.Helper()
	return call(w, w.oracle, w.oracleABI.PackPrice(), w.oracleABI.UnpackPrice)
}

func (w *world) lrtBalance(a common.Address) *big.Int {
	w.t.Helper()
	return call(w, w.lrt, w.lrtABI.PackBalanceOf(a), w.lrtABI.UnpackBalanceOf)
}

func (w *world) wethBalance(a common.Address) *big.Int {
	w.t.Helper()
	return call(w, w.weth, w.wethABI.PackBalanceOf(a), w.wethABI.UnpackBalanceOf)
}

// prev returns the block before the one holding r.
func prev(r *types.Receipt) *big.Int { return sub(r.BlockNumber, big.NewInt(1)) }

// findEvent unpacks the first log of r the unpacker accepts.
func findEvent[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	require.FailNow(t, "event not found in receipt")
	return nil
}

// advance moves the chain clock forward by d with an empty block.
//
// AdjustTime refuses to run while the tx pool lists a pending transaction,
// and the pool drops a mined transaction only when its head reset runs.
// That reset runs on a background goroutine after Commit, so the receipt
// WaitMined returns can come before the reset. Until then the pool still
// lists the transaction the last send mined. Rollback calls TxPool.Sync,
// which waits for that reset (and runs another) before it clears the pool.
// The clear drops nothing real, because every helper here waits for its
// receipt before it returns. The pool then matches the head.
func (w *world) advance(d time.Duration) {
	w.t.Helper()
	w.backend.Rollback()
	require.NoError(w.t, w.backend.AdjustTime(d))
}

// setupMarket enables the IRM and LLTV, sets a 10% fee and creates the market.
func (w *world) setupMarket() *types.Receipt {
	w.t.Helper()
	w.send(w.owner, w.morpho, w.morphoABI.PackEnableIrm(w.irmAddr))
	w.send(w.owner, w.morpho, w.morphoABI.PackEnableLltv(w.lltv))
	w.send(w.owner, w.morpho, w.morphoABI.PackSetFeeRecipient(w.feeRecipient.addr))
	r := w.send(w.owner, w.morpho, w.morphoABI.PackCreateMarket(w.params))
	w.send(w.owner, w.morpho, w.morphoABI.PackSetFee(w.params, ew(1, 17)))
	return r
}

// supplyLiquidity wraps and supplies amount WETH from the supplier.
func (w *world) supplyLiquidity(amount *big.Int) {
	w.t.Helper()
	w.sendValue(w.supplier, w.weth, w.wethABI.PackDeposit(), amount)
	w.send(w.supplier, w.weth, w.wethABI.PackApprove(w.morphoAddr, abiMaxUint()))
	w.send(w.supplier, w.morpho, w.morphoABI.PackSupply(w.params, amount, big.NewInt(0), w.supplier.addr, nil))
}

func abiMaxUint() *big.Int { return sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

// requireBigEq compares by value, so a zero from arithmetic equals a decoded zero.
func requireBigEq(t *testing.T, want, got *big.Int, msgAndArgs ...any) {
	t.Helper()
	require.Zero(t, want.Cmp(got), append([]any{"want %s, got %s", want, got}, msgAndArgs...)...)
}

func requireMarketEq(t *testing.T, want, got marketState) {
	t.Helper()
	requireBigEq(t, want.TSA, got.TSA, "totalSupplyAssets")
	requireBigEq(t, want.TSS, got.TSS, "totalSupplyShares")
	requireBigEq(t, want.TBA, got.TBA, "totalBorrowAssets")
	requireBigEq(t, want.TBS, got.TBS, "totalBorrowShares")
	requireBigEq(t, want.LastUpdate, got.LastUpdate, "lastUpdate")
	requireBigEq(t, want.Fee, got.Fee, "fee")
}
