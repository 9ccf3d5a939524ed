package strategies

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidation"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// Errors that say why a pre-liquidation was not planned.
var (
	// ErrNoPreLiquidation means the target names no PreLiquidation
	// contract.
	ErrNoPreLiquidation = errors.New("target has no pre-liquidation contract")
	// ErrOutsidePreLiquidationWindow means the position's LTV is not in
	// (preLltv, LLTV] at the preLiquidationOracle's price. It wraps
	// morpho.ErrNotPreLiquidatable (at or below preLltv) or
	// morpho.ErrPositionLiquidatable (beyond LLTV: liquidate instead) when
	// the planning figures say so.
	ErrOutsidePreLiquidationWindow = errors.New("position outside the pre-liquidation window")
	// ErrPreLiquidationUnauthorized means the borrower does not authorise
	// the PreLiquidation contract on Morpho, so it cannot withdraw the
	// collateral. It comes with ErrSimulationReverted.
	ErrPreLiquidationUnauthorized = errors.New("borrower has not authorised the pre-liquidation contract")
)

// PreLiquidationTarget is the PreLiquidation contract a Target's borrower
// authorised.
type PreLiquidationTarget struct {
	Address common.Address
	Params  morpho.PreLiquidationParams
	// OraclePrice is the preLiquidationOracle's price (1e36 scale) at the
	// target's block: it, not the market oracle's, decides the window and
	// the size.
	OraclePrice *uint256.Int
}

// PreLiquidator pre-liquidates Morpho Blue positions through their
// PreLiquidation contract and the executor, with zero inventory: the
// contract sends the collateral to the executor, which sells it on the
// market's venue and repays from the proceeds. It is configured like
// CallbackLiquidator (same executor, venues and limits).
//
// Each plan takes the most the contract allows (morpho.MaxPreLiquidation),
// halved while the venue cannot absorb it; Plan.Partial is set only then.
// The amount is fixed at planning: interest accrued before mining raises
// the contract's cap, so it stays valid, but a price rise that shrinks the
// close factor makes the transaction revert.
type PreLiquidator struct {
	node   Node
	sender Sender
	cfg    CallbackConfig
	exec   *keeperexecutor.KeeperExecutor
	pl     *preliquidation.PreLiquidation
	morpho *morphoblue.MorphoBlue
	errs   []*abi.ABI
	gas    *Liquidator // gas pricing, shared with the inventory mode
}

// NewPreLiquidator pre-liquidates through the executor at cfg.Executor.
func NewPreLiquidator(node Node, sender Sender, cfg CallbackConfig) *PreLiquidator {
	cfg.MinProfit = cloneOrZero(cfg.MinProfit)
	cfg.MinTipCap = cloneOrZero(cfg.MinTipCap)
	exec, pl := keeperexecutor.NewKeeperExecutor(), preliquidation.NewPreLiquidation()
	execABI, plABI := exec.GetABI(), pl.GetABI()
	return &PreLiquidator{
		node: node, sender: sender, cfg: cfg, exec: exec, pl: pl, morpho: morphoblue.NewMorphoBlue(),
		errs: []*abi.ABI{&execABI, &plABI},
		gas:  &Liquidator{node: node, cfg: LiquidationConfig{MinTipCap: cfg.MinTipCap}},
	}
}

// ErrorABIs are the executor's and PreLiquidation's ABIs, for decoding
// their custom errors.
func (l *PreLiquidator) ErrorABIs() []*abi.ABI { return l.errs }

// Plan sizes the pre-liquidation of t.PreLiquidation's borrower, simulates
// it through the executor at the latest block (halving while the venue is
// too shallow), estimates gas and checks the profit net of gas against
// MinProfit. The executor is told to revert unless its profit covers the
// gas and MinProfit. On ErrUnprofitable the returned plan shows the
// figures.
func (l *PreLiquidator) Plan(ctx context.Context, t Target) (*Plan, error) {
	pt := t.PreLiquidation
	if pt == nil {
		return nil, fmt.Errorf("%w: market %s borrower %s", ErrNoPreLiquidation, t.MarketName, t.Borrower.Hex())
	}
	if pt.OraclePrice == nil {
		return nil, fmt.Errorf("pre-liquidation %s: no oracle price", pt.Address.Hex())
	}
	sale, err := saleOf(t)
	if err != nil {
		return nil, err
	}
	if pt.OraclePrice.Lt(sale) {
		sale = pt.OraclePrice // the least of the three prices values the sale
	}
	venue, ok := l.cfg.Venues[t.MarketID]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoVenue, t.MarketName)
	}
	size, err := preLiquidationSize(t)
	if err != nil {
		return nil, err
	}
	call := executorCall{
		node: l.node, msg: l.msg, errs: l.errs,
		pack: func(s liquidationSize) []byte { return l.pack(t, venue, s, sale, new(big.Int)) },
		unpack: func(ret []byte) (executorOutcome, error) {
			out, err := l.exec.UnpackPreLiquidate(ret)
			return executorOutcome(out), err
		},
	}
	out, size, err := simulateSized(ctx, call, size, l.cfg.MaxHalvings)
	var re *revertError
	if errors.As(err, &re) {
		return nil, l.explain(ctx, t, re)
	}
	if err != nil {
		return nil, err
	}
	gasLimit, cost, err := gasBudget(ctx, l.node, l.gas, l.msg(call.pack(size)), l.cfg.GasMarginPct, l.cfg.MaxGasLimit)
	if err != nil {
		return nil, err
	}
	p := &Plan{
		Target: t, Mode: ModePreLiquidation, Partial: size.partial, GasLimit: gasLimit, GasCost: cost, to: l.cfg.Executor,
	}
	if err := settleProfit(p, out, l.cfg.MinProfit); err != nil {
		return p, err
	}
	p.calldata = l.pack(t, venue, size, sale, onChainMinProfit(p, l.cfg.MinProfit))
	return p, nil
}

// Execute sends a planned pre-liquidation through the transaction manager.
func (l *PreLiquidator) Execute(ctx context.Context, p *Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	to := p.to
	return l.sender.Send(ctx, p.candidate(to, "pre_liquidate", l.errs, onSent))
}

// Release does nothing: a pre-liquidation plan reserves no inventory.
func (l *PreLiquidator) Release(*Plan) {}

func (l *PreLiquidator) msg(data []byte) ethereum.CallMsg {
	to := l.cfg.Executor
	return ethereum.CallMsg{From: l.sender.From(), To: &to, Data: data}
}

func (l *PreLiquidator) pack(t Target, v Venue, s liquidationSize, sale *uint256.Int, minProfit *big.Int) []byte {
	return l.exec.PackPreLiquidate(t.PreLiquidation.Address, executorParams(t.Params), t.Borrower,
		s.seizedArg(), s.sharesArg(), venueSwap(v, &s.seized, sale, l.cfg.MaxSlippageBps), minProfit)
}

// preLiquidationSize is the largest pre-liquidation of t, asked as
// MaxPreLiquidation says: by seizedAssets when it takes all the
// collateral, else by repaidShares (the close-factor cap).
func preLiquidationSize(t Target) (liquidationSize, error) {
	var s liquidationSize
	pt := t.PreLiquidation
	lltv, err := t.lltv()
	if err != nil {
		return s, err
	}
	seized, shares, _, err := morpho.MaxPreLiquidation(t.Position, t.Market, pt.OraclePrice, lltv, pt.Params)
	switch {
	case errors.Is(err, morpho.ErrNotPreLiquidatable), errors.Is(err, morpho.ErrPositionLiquidatable):
		return s, fmt.Errorf("%w: market %s borrower %s: %w", ErrOutsidePreLiquidationWindow, t.MarketName, t.Borrower.Hex(), err)
	case err != nil:
		return s, fmt.Errorf("size pre-liquidation: %w", err)
	case seized.IsZero():
		return s, ErrNothingToSeize
	}
	s.seized.Set(&seized)
	if !seized.Eq(&t.Position.Collateral) {
		s.byShares = true
		s.shares.Set(&shares)
	}
	return s, nil
}

// explain names a simulation revert the keeper acts on differently: a
// window the chain left since the target's block, or a borrower who never
// authorised (or revoked) the contract. Morpho's own "unauthorized" is a
// plain string, so the authorisation is read rather than matched.
func (l *PreLiquidator) explain(ctx context.Context, t Target, re *revertError) error {
	switch re.rev.Name {
	case "NotPreLiquidatablePosition", "LiquidatablePosition":
		return fmt.Errorf("%w: %w", ErrOutsidePreLiquidationWindow, re)
	}
	ok, err := l.authorised(ctx, t)
	if err != nil {
		return fmt.Errorf("%w (authorisation unknown: %w)", re, err)
	}
	if !ok {
		return fmt.Errorf("%w: borrower %s, contract %s: %w", ErrPreLiquidationUnauthorized, t.Borrower.Hex(), t.PreLiquidation.Address.Hex(), re)
	}
	return re
}

// authorised reads Morpho.isAuthorized(borrower, contract) on the Morpho
// the contract was built for.
func (l *PreLiquidator) authorised(ctx context.Context, t Target) (bool, error) {
	plAddr := t.PreLiquidation.Address
	raw, err := l.node.CallContract(ctx, ethereum.CallMsg{To: &plAddr, Data: l.pl.PackMORPHO()}, nil)
	if err != nil {
		return false, fmt.Errorf("read MORPHO of %s: %w", plAddr.Hex(), err)
	}
	morphoAddr, err := l.pl.UnpackMORPHO(raw)
	if err != nil {
		return false, fmt.Errorf("decode MORPHO of %s: %w", plAddr.Hex(), err)
	}
	raw, err = l.node.CallContract(ctx, ethereum.CallMsg{To: &morphoAddr, Data: l.morpho.PackIsAuthorized(t.Borrower, plAddr)}, nil)
	if err != nil {
		return false, fmt.Errorf("read isAuthorized: %w", err)
	}
	ok, err := l.morpho.UnpackIsAuthorized(raw)
	if err != nil {
		return false, fmt.Errorf("decode isAuthorized: %w", err)
	}
	return ok, nil
}
