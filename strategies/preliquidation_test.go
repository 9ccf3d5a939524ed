package strategies

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidation"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// PreLiquidator has the method set of CallbackLiquidator (keeper.Liquidator).
var _ interface {
	Plan(context.Context, Target) (*Plan, error)
	Execute(context.Context, *Plan, func(*types.Transaction)) (*types.Receipt, error)
	Release(*Plan)
} = (*PreLiquidator)(nil)

// preLiqFixture is newEnv with a PreLiquidation contract for market 0
// (oracle: the market's) made by a factory, and the executor.
type preLiqFixture struct {
	*env
	exec   common.Address
	pl     common.Address
	params morpho.PreLiquidationParams
	fair   *big.Int
}

func pctWad(pct int64) *big.Int { return new(big.Int).Mul(big.NewInt(pct), big.NewInt(1e16)) }

func newPreLiqFixture(t *testing.T) *preLiqFixture {
	t.Helper()
	e := newEnv(t, new(big.Int))
	f := &preLiqFixture{env: e, exec: e.deployExecutor()}
	fac := preliquidationfactory.NewPreLiquidationFactory()
	code := append(common.FromHex(preliquidationfactory.PreLiquidationFactoryMetaData.Bin), fac.PackConstructor(e.d.Morpho)...)
	factory := e.mustSend(txmgr.Candidate{Data: code, Label: "deploy"}).ContractAddress
	// LLTV 94.5%: the window is (90%, 94.5%].
	p := preliquidationfactory.PreLiquidationParams{
		PreLltv: pctWad(90), PreLCF1: pctWad(20), PreLCF2: pctWad(80), PreLIF1: pctWad(101), PreLIF2: pctWad(104),
		PreLiquidationOracle: e.d.Markets[0].Params.Oracle,
	}
	r := e.mustSend(txmgr.Candidate{To: &factory, Data: fac.PackCreatePreLiquidation(e.d.Markets[0].ID, p), Label: "create"})
	ev, err := fac.UnpackCreatePreLiquidationEvent(r.Logs[0])
	require.NoError(t, err)
	f.pl = ev.PreLiquidation
	f.params = morpho.PreLiquidationParams{
		PreLltv: *uint256.MustFromBig(p.PreLltv), PreLCF1: *uint256.MustFromBig(p.PreLCF1), PreLCF2: *uint256.MustFromBig(p.PreLCF2),
		PreLIF1: *uint256.MustFromBig(p.PreLIF1), PreLIF2: *uint256.MustFromBig(p.PreLIF2), Oracle: p.PreLiquidationOracle,
	}
	f.fair, err = e.d.FairRate(e.ctx, e.client)
	require.NoError(t, err)
	return f
}

func (e *env) mustSend(c txmgr.Candidate) *types.Receipt {
	e.t.Helper()
	r, err := e.sender.Send(e.ctx, c)
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// setPricePct moves the market price (and the oracle) to pct% of fair.
func (f *preLiqFixture) setPricePct(pct int64) {
	f.t.Helper()
	p := new(big.Int).Div(new(big.Int).Mul(f.fair, big.NewInt(pct)), big.NewInt(100))
	require.NoError(f.t, f.d.SetMarketPrice(f.ctx, f.client, f.world.DeployerKey, p))
}

// authorise has borrower (a seeded loop of market 0) authorise the
// PreLiquidation contract on Morpho.
func (f *preLiqFixture) authorise(borrower common.Address) {
	f.t.Helper()
	var key *ecdsa.PrivateKey
	for _, b := range f.world.Borrowers() {
		if b.Address == borrower {
			key = b.Key
		}
	}
	require.NotNil(f.t, key)
	data := morphoABI.PackSetAuthorization(f.pl, true)
	gas, err := f.client.EstimateGas(f.ctx, ethereum.CallMsg{From: borrower, To: &f.d.Morpho, Data: data})
	require.NoError(f.t, err)
	nonce, err := f.client.PendingNonceAt(f.ctx, borrower)
	require.NoError(f.t, err)
	head, err := f.client.HeaderByNumber(f.ctx, nil)
	require.NoError(f.t, err)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(f.world.ChainID), &types.DynamicFeeTx{
		ChainID: f.world.ChainID, Nonce: nonce, GasTipCap: minTipCap, Gas: gas * 2, To: &f.d.Morpho, Data: data,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), minTipCap),
	})
	require.NoError(f.t, f.client.SendTransaction(f.ctx, tx))
	r, err := bind.WaitMined(f.ctx, f.client, tx.Hash())
	require.NoError(f.t, err)
	require.Equal(f.t, types.ReceiptStatusSuccessful, r.Status)
}

// target is the keeper's Target of borrower with the PreLiquidation
// contract priced by the market oracle.
func (f *preLiqFixture) target(borrower common.Address) Target {
	tg := f.env.target(borrower)
	tg.PreLiquidation = &PreLiquidationTarget{Address: f.pl, Params: f.params, OraclePrice: tg.OraclePrice}
	return tg
}

func (f *preLiqFixture) liquidator(slippageBps uint64) *PreLiquidator {
	return NewPreLiquidator(f.client, f.sender, f.callback(f.exec, slippageBps, big.NewInt(0)).cfg)
}

// stateBefore is borrower's position and market 0 as a transaction in
// block n found them (block n−1's state, interest accrued to n's time),
// with the oracle price.
func (f *preLiqFixture) stateBefore(n *big.Int, borrower common.Address) (morpho.Position, morpho.Market, *uint256.Int) {
	f.t.Helper()
	hdr, err := f.client.HeaderByNumber(f.ctx, n)
	require.NoError(f.t, err)
	parent := new(big.Int).Sub(n, big.NewInt(1))
	mk := f.d.Markets[0]
	read := func(to common.Address, data []byte) []byte {
		out, err := f.client.CallContract(f.ctx, ethereum.CallMsg{To: &to, Data: data}, parent)
		require.NoError(f.t, err)
		return out
	}
	mo, err := morphoABI.UnpackMarket(read(f.d.Morpho, morphoABI.PackMarket(mk.ID)))
	require.NoError(f.t, err)
	po, err := morphoABI.UnpackPosition(read(f.d.Morpho, morphoABI.PackPosition(mk.ID, borrower)))
	require.NoError(f.t, err)
	price, err := oracleABI.UnpackPrice(read(mk.Params.Oracle, oracleABI.PackPrice()))
	require.NoError(f.t, err)
	var m morpho.Market
	m.TotalSupplyAssets.SetFromBig(mo.TotalSupplyAssets)
	m.TotalSupplyShares.SetFromBig(mo.TotalSupplyShares)
	m.TotalBorrowAssets.SetFromBig(mo.TotalBorrowAssets)
	m.TotalBorrowShares.SetFromBig(mo.TotalBorrowShares)
	m.LastUpdate.SetFromBig(mo.LastUpdate)
	m.Fee.SetFromBig(mo.Fee)
	m, err = morpho.AccrueInterest(m, uint256.MustFromBig(devnet.BorrowRatePerSecond), hdr.Time)
	require.NoError(f.t, err)
	var p morpho.Position
	p.BorrowShares.SetFromBig(po.BorrowShares)
	p.Collateral.SetFromBig(po.Collateral)
	return p, m, uint256.MustFromBig(price)
}

// TestPreLiquidatorOnDevnet: with the oracle at 96% of fair, market 0's
// 10x loop (LTV ≈ 93.75%) and 8x loop (≈ 91.1%) are inside the window
// (90%, 94.5%], the 5x loop (≈ 83.3%) below it. A keeper holding no WETH
// pre-liquidates the 10x loop, which authorised the contract, by the
// contract's maximum; the 8x loop, which did not, and the 5x loop are
// refused, and so is the 10x loop once the price puts it beyond LLTV.
func TestPreLiquidatorOnDevnet(t *testing.T) {
	t.Parallel()
	f := newPreLiqFixture(t)
	require.Zero(t, f.wethOf(f.keeper).Sign(), "no inventory")
	tenX, eightX, fiveX := f.borrower(10), f.borrower(8), f.borrower(5)
	f.setPricePct(96)
	f.authorise(tenX)
	liq := f.liquidator(100)

	t.Run("refuses below preLltv", func(t *testing.T) {
		_, err := liq.Plan(f.ctx, f.target(fiveX))
		require.ErrorIs(t, err, ErrOutsidePreLiquidationWindow)
		require.ErrorIs(t, err, morpho.ErrNotPreLiquidatable)
	})

	t.Run("refuses a borrower who did not authorise", func(t *testing.T) {
		tg := f.target(eightX)
		_, _, _, err := morpho.MaxPreLiquidation(tg.Position, tg.Market, tg.PreLiquidation.OraclePrice, uint256.MustFromBig(tg.Params.Lltv), f.params)
		require.NoError(t, err, "inside the window")
		_, err = liq.Plan(f.ctx, tg)
		require.ErrorIs(t, err, ErrPreLiquidationUnauthorized)
		require.ErrorIs(t, err, ErrSimulationReverted)
	})

	t.Run("refuses a target without a contract", func(t *testing.T) {
		tg := f.target(tenX)
		tg.PreLiquidation = nil
		_, err := liq.Plan(f.ctx, tg)
		require.ErrorIs(t, err, ErrNoPreLiquidation)
	})

	t.Run("pre-liquidates with zero inventory", func(t *testing.T) {
		tg := f.target(tenX)
		lltv := uint256.MustFromBig(tg.Params.Lltv)
		maxSeized, maxShares, _, err := morpho.MaxPreLiquidation(tg.Position, tg.Market, tg.PreLiquidation.OraclePrice, lltv, f.params)
		require.NoError(t, err)
		require.True(t, maxSeized.Lt(&tg.Position.Collateral), "the close factor binds: sized by shares")

		greedy := f.liquidator(100)
		greedy.cfg.MinProfit = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
		plan, err := greedy.Plan(f.ctx, tg)
		require.ErrorIs(t, err, ErrUnprofitable)
		require.NotNil(t, plan, "the figures are kept for the skip report")
		require.Positive(t, plan.Profit.Sign())

		plan, err = liq.Plan(f.ctx, tg)
		require.NoError(t, err)
		require.Equal(t, ModePreLiquidation, plan.Mode)
		require.False(t, plan.Partial)
		require.Positive(t, plan.Profit.Sign())
		require.Zero(t, f.sender.sent("pre_liquidate"))
		rcpt, err := liq.Execute(f.ctx, plan, nil)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)

		var pre *preliquidation.PreLiquidationPreLiquidate
		var done *keeperexecutor.KeeperExecutorLiquidated
		for _, l := range rcpt.Logs {
			if ev, err := preliquidation.NewPreLiquidation().UnpackPreLiquidateEvent(l); err == nil {
				pre = ev
			}
			if ev, err := keeperexecutor.NewKeeperExecutor().UnpackLiquidatedEvent(l); err == nil {
				done = ev
			}
		}
		require.NotNil(t, pre)
		require.NotNil(t, done)
		require.Equal(t, tenX, pre.Borrower)
		require.Equal(t, f.exec, pre.Liquidator)
		require.Equal(t, f.pl, done.Via)

		// The shares are MaxPreLiquidation's at the target's block; the
		// seized collateral and repaid assets are the contract's math for
		// them at the mined block, whose own maximum differs only by the
		// interest accrued meanwhile.
		require.Equal(t, maxShares.ToBig(), pre.RepaidShares)
		pos, m, price := f.stateBefore(rcpt.BlockNumber, tenX)
		preLIF, _, _, in, err := morpho.PreLiquidationTerms(pos, m, price, lltv, f.params)
		require.NoError(t, err)
		require.True(t, in)
		seized, err := morpho.SeizedForRepaidShares(&maxShares, price, preLIF, m)
		require.NoError(t, err)
		repaid, err := morpho.ToAssetsUp(&maxShares, &m.TotalBorrowAssets, &m.TotalBorrowShares)
		require.NoError(t, err)
		require.Equal(t, seized.ToBig(), pre.SeizedAssets)
		require.Equal(t, repaid.ToBig(), pre.RepaidAssets)
		_, minedMax, _, err := morpho.MaxPreLiquidation(pos, m, price, lltv, f.params)
		require.NoError(t, err)
		require.False(t, minedMax.Lt(&maxShares), "the cap only grows with interest")
		slack := new(uint256.Int).Sub(&minedMax, &maxShares)
		require.True(t, slack.Lt(new(uint256.Int).Div(&maxShares, uint256.NewInt(1_000_000))), "within 1 ppm of the mined maximum")

		after, err := f.d.Position(f.ctx, f.client, 0, tenX)
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Sub(pos.BorrowShares.ToBig(), pre.RepaidShares), after.BorrowShares)
		require.Equal(t, new(big.Int).Sub(pos.Collateral.ToBig(), pre.SeizedAssets), after.Collateral)

		// The owner's WETH grew by the executor's profit, which covered the
		// gas it was told to.
		require.Equal(t, done.Profit, f.wethOf(f.keeper))
		require.Positive(t, done.Profit.Sign())
		require.GreaterOrEqual(t, done.Profit.Cmp(plan.GasCost), 0)
		require.Zero(t, f.wethOf(f.exec).Sign(), "nothing left in the executor")

		// Pre-liquidated, the loop is back under preLltv.
		_, err = liq.Plan(f.ctx, f.target(tenX))
		require.ErrorIs(t, err, morpho.ErrNotPreLiquidatable)
	})

	t.Run("halves on a shallow venue", func(t *testing.T) {
		f.authorise(eightX)
		price, err := f.d.MarketPrice(f.ctx, f.client)
		require.NoError(t, err)
		require.NoError(t, f.d.SetPoolPrices(f.ctx, f.client, f.world.DeployerKey, price))
		plan, err := f.liquidator(10).Plan(f.ctx, f.target(eightX))
		require.NoError(t, err)
		require.True(t, plan.Partial, "halved to fit the venue")
		rcpt, err := liq.Execute(f.ctx, plan, nil)
		require.NoError(t, err)
		require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)

		zero := f.liquidator(0)
		zero.cfg.MaxHalvings = 1
		_, err = zero.Plan(f.ctx, f.target(eightX))
		require.ErrorIs(t, err, ErrVenueTooShallow)
	})

	t.Run("refuses beyond LLTV", func(t *testing.T) {
		f.setPricePct(88)
		_, err := liq.Plan(f.ctx, f.target(tenX))
		require.ErrorIs(t, err, ErrOutsidePreLiquidationWindow)
		require.ErrorIs(t, err, morpho.ErrPositionLiquidatable)
	})
}
