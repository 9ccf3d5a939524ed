package strategies

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// deployExecutor deploys a KeeperExecutor owned by the keeper.
func (e *env) deployExecutor() common.Address {
	e.t.Helper()
	code := append(common.FromHex(keeperexecutor.KeeperExecutorMetaData.Bin), keeperexecutor.NewKeeperExecutor().PackConstructor(e.d.Morpho)...)
	rcpt, err := e.sender.Send(e.ctx, txmgr.Candidate{Data: code, Label: "deploy"})
	require.NoError(e.t, err)
	require.Equal(e.t, types.ReceiptStatusSuccessful, rcpt.Status)
	return rcpt.ContractAddress
}

func (e *env) wethOf(who common.Address) *big.Int {
	e.t.Helper()
	w := weth9.NewWETH9()
	out, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &e.d.WETH, Data: w.PackBalanceOf(who)}, nil)
	require.NoError(e.t, err)
	bal, err := w.UnpackBalanceOf(out)
	require.NoError(e.t, err)
	return bal
}

func (e *env) callback(executor common.Address, slippageBps uint64, minProfit *big.Int) *CallbackLiquidator {
	return NewCallbackLiquidator(e.client, e.sender, CallbackConfig{
		Executor: executor, MaxSlippageBps: slippageBps, MaxHalvings: 6, MinProfit: minProfit,
		GasMarginPct: 25, MaxGasLimit: 3_000_000, MinTipCap: minTipCap,
		// Coin 0 of the devnet's Curve pool is WETH, coin 1 ezETH.
		Venues: map[common.Hash]Venue{e.d.Markets[0].ID: {Kind: VenueCurve, Pool: e.d.CurvePool, I: 1, J: 0}},
	})
}

// TestCallbackLiquidationWithoutInventory: a keeper holding no WETH
// liquidates the 10x loop through the executor, repaying every share: the
// position has no debt left, not even dust, and the keeper gains the
// profit.
func TestCallbackLiquidationWithoutInventory(t *testing.T) {
	t.Parallel()
	e := newEnv(t, new(big.Int))
	require.Zero(t, e.wethOf(e.keeper).Sign(), "no inventory")
	exec := e.deployExecutor()
	liq := e.callback(exec, 100, big.NewInt(0))
	tenX := e.borrower(10)

	tg := e.target(tenX)
	plan, err := liq.Plan(e.ctx, tg)
	require.NoError(t, err)
	require.Equal(t, ModeCallback, plan.Mode)
	require.False(t, plan.Partial)
	require.Positive(t, plan.Profit.Sign())
	rcpt, err := liq.Execute(e.ctx, plan, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)

	pos, err := e.d.Position(e.ctx, e.client, 0, tenX)
	require.NoError(t, err)
	require.Zero(t, pos.BorrowShares.Sign(), "repaid by shares: no dust debt")
	require.Positive(t, pos.Collateral.Sign(), "the collateral beyond the bonus stays the borrower's")
	gained := e.wethOf(e.keeper)
	require.Positive(t, gained.Sign(), "the executor paid the profit to its owner")
	require.Zero(t, e.wethOf(exec).Sign(), "nothing left in the executor")

	var liquidated bool
	for _, l := range rcpt.Logs {
		if ev, err := morphoABI.UnpackLiquidateEvent(l); err == nil {
			require.Equal(t, tenX, ev.Borrower)
			require.Equal(t, exec, ev.Caller)
			require.Zero(t, ev.BadDebtShares.Sign())
			liquidated = true
		}
	}
	require.True(t, liquidated)
}

// TestCallbackLiquidationSizedToTheVenue: with the pools at the market
// price, selling the whole 10x loop's collateral moves the Curve pool
// beyond a 10 bps slippage bound; the liquidation is halved until it
// clears, and is mined.
func TestCallbackLiquidationSizedToTheVenue(t *testing.T) {
	t.Parallel()
	e := newEnv(t, new(big.Int))
	exec := e.deployExecutor()
	price, err := e.d.MarketPrice(e.ctx, e.client)
	require.NoError(t, err)
	require.NoError(t, e.d.SetPoolPrices(e.ctx, e.client, e.world.DeployerKey, price))
	tenX := e.borrower(10)
	before, err := e.d.Position(e.ctx, e.client, 0, tenX)
	require.NoError(t, err)

	full := e.callback(exec, 1_000, big.NewInt(0))
	_, err = full.Plan(e.ctx, e.target(tenX))
	require.NoError(t, err, "within 10%% the venue takes it all")

	tight := e.callback(exec, 10, big.NewInt(0))
	plan, err := tight.Plan(e.ctx, e.target(tenX))
	require.NoError(t, err)
	require.True(t, plan.Partial, "halved to fit the venue")
	rcpt, err := tight.Execute(e.ctx, plan, nil)
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, rcpt.Status)
	after, err := e.d.Position(e.ctx, e.client, 0, tenX)
	require.NoError(t, err)
	require.Positive(t, after.BorrowShares.Sign(), "a partial liquidation")
	require.Negative(t, after.BorrowShares.Cmp(before.BorrowShares))
	require.Equal(t, plan.Seized, new(big.Int).Sub(before.Collateral, after.Collateral))

	zero := e.callback(exec, 0, big.NewInt(0))
	zero.cfg.MaxHalvings = 1
	_, err = zero.Plan(e.ctx, e.target(tenX))
	require.ErrorIs(t, err, ErrVenueTooShallow)
}

// TestCallbackLiquidationUnprofitableIsSkipped: a minimum profit above
// what the liquidation pays makes Plan refuse with the figures.
func TestCallbackLiquidationUnprofitableIsSkipped(t *testing.T) {
	t.Parallel()
	e := newEnv(t, new(big.Int))
	exec := e.deployExecutor()
	tenX := e.borrower(10)
	huge := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))
	plan, err := e.callback(exec, 100, huge).Plan(e.ctx, e.target(tenX))
	require.True(t, errors.Is(err, ErrUnprofitable), "%v", err)
	require.NotNil(t, plan)
	require.Positive(t, plan.Profit.Sign())
	require.Less(t, plan.Profit.Cmp(huge), 0)
	require.Equal(t, 0, e.sender.sent("liquidate"), "nothing sent")

	_, err = e.callback(exec, 100, nil).Plan(e.ctx, Target{})
	require.ErrorIs(t, err, ErrUnpricedLoanToken)
}
