package strategies

// Helpers for the strategies that act through the KeeperExecutor
// (CallbackLiquidator, PreLiquidator): size halving against a shallow
// venue, gas budgeting and the profit check.

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// executorOutcome is what the executor's liquidate and preLiquidate return
// (keeperexecutor.PreLiquidateOutput converts to it).
type executorOutcome = keeperexecutor.LiquidateOutput

// revertError is a simulated executor call's decoded revert other than a
// shallow venue. It is an ErrSimulationReverted.
type revertError struct{ rev chain.Revert }

func (e *revertError) Error() string { return ErrSimulationReverted.Error() + ": " + e.rev.Reason }
func (e *revertError) Unwrap() error { return ErrSimulationReverted }

// shallowVenue reports whether r says the venue could not absorb the sale:
// its output fell below the swap's minimum or below the repayment.
func shallowVenue(r chain.Revert) bool {
	return r.Name == "SwapOutputBelowMinimum" || r.Name == "ProceedsBelowRepayment"
}

// executorCall is one executor action being planned: how to call it and
// how to read its result.
type executorCall struct {
	node Node
	// msg is the call from the keeper's address with data.
	msg func(data []byte) ethereum.CallMsg
	// pack encodes the action for a size, with no on-chain profit floor.
	pack   func(s liquidationSize) []byte
	unpack func(ret []byte) (executorOutcome, error)
	// errs decode the reverts (the executor's and the protocol's errors).
	errs []*abi.ABI
}

// simulateSized simulates c at size at the latest block, halving the size
// while the venue cannot absorb the sale, at most maxHalvings times. It
// returns the outcome with the size that passed. A revert for another
// reason is a *revertError; a venue still too shallow is
// ErrVenueTooShallow.
func simulateSized(ctx context.Context, c executorCall, size liquidationSize, maxHalvings int) (executorOutcome, liquidationSize, error) {
	for halving := 0; ; halving++ {
		raw, err := c.node.CallContract(ctx, c.msg(c.pack(size)), nil)
		if err == nil {
			out, err := c.unpack(raw)
			if err != nil {
				return out, size, fmt.Errorf("decode executor simulation: %w", err)
			}
			return out, size, nil
		}
		data, isRevert := chain.RevertData(err)
		if !isRevert {
			return executorOutcome{}, size, fmt.Errorf("simulate through executor: %w", err)
		}
		r := chain.DecodeRevert(data, c.errs...)
		switch {
		case !shallowVenue(r):
			return executorOutcome{}, size, &revertError{rev: r}
		case halving >= maxHalvings:
			return executorOutcome{}, size, fmt.Errorf("%w: %s after %d halvings", ErrVenueTooShallow, r.Reason, halving)
		}
		size = size.half()
		if size.seized.IsZero() {
			return executorOutcome{}, size, fmt.Errorf("%w: %s", ErrVenueTooShallow, r.Reason)
		}
	}
}

// gasBudget estimates msg's gas and returns the limit (estimate plus
// marginPct, refused above maxLimit unless 0) and the estimate's cost at
// the transaction manager's first-attempt price.
func gasBudget(ctx context.Context, node Node, pricer *Liquidator, msg ethereum.CallMsg, marginPct, maxLimit uint64) (limit uint64, cost *big.Int, err error) {
	gas, err := node.EstimateGas(ctx, msg)
	if err != nil {
		return 0, nil, fmt.Errorf("%w: estimate gas: %w", ErrSimulationReverted, err)
	}
	limit = gas + gas*marginPct/100
	if maxLimit > 0 && limit > maxLimit {
		return 0, nil, fmt.Errorf("%w: %d > %d", ErrGasLimitAboveMaximum, limit, maxLimit)
	}
	price, err := pricer.gasPrice(ctx)
	if err != nil {
		return 0, nil, err
	}
	return limit, gasCost(gas, price), nil
}

// settleProfit fills p's sale figures from the simulated outcome and
// checks the profit net of p.GasCost against minProfit; on
// ErrUnprofitable p keeps the figures for the caller to report.
func settleProfit(p *Plan, out executorOutcome, minProfit *big.Int) error {
	if out.Seized == nil || out.RepaidAssets == nil || out.Profit == nil {
		return errors.New("executor simulation returned no figures")
	}
	p.Seized, p.ExpectedRepaid = out.Seized, out.RepaidAssets
	p.SeizedValue = new(big.Int).Add(out.RepaidAssets, out.Profit) // the swap's proceeds
	p.Profit = new(big.Int).Sub(out.Profit, p.GasCost)
	if p.Profit.Cmp(minProfit) < 0 {
		return fmt.Errorf("%w: profit %s after %s gas < %s", ErrUnprofitable, p.Profit, p.GasCost, minProfit)
	}
	return nil
}

// onChainMinProfit is the profit the executor must see when mined: the
// gas and MinProfit, so a plan the market overtook costs at most a
// reverted transaction's gas.
func onChainMinProfit(p *Plan, minProfit *big.Int) *big.Int {
	return new(big.Int).Add(p.GasCost, minProfit)
}

// venueSwap is the executor's sale of seized collateral on v, which must
// return at least its value at sale (1e36 scale) less maxSlippageBps,
// rounded down.
func venueSwap(v Venue, seized, sale *uint256.Int, maxSlippageBps uint64) keeperexecutor.Swap {
	minOut := new(big.Int).Mul(seized.ToBig(), sale.ToBig())
	minOut.Mul(minOut, new(big.Int).SetUint64(10_000-min(maxSlippageBps, 10_000)))
	minOut.Quo(minOut, new(big.Int).Mul(morpho.OraclePriceScale.ToBig(), big.NewInt(10_000)))
	return keeperexecutor.Swap{
		Kind: v.Kind, Pool: v.Pool, I: big.NewInt(v.I), J: big.NewInt(v.J), ZeroForOne: v.ZeroForOne, MinOut: minOut,
	}
}
