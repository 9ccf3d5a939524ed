// Package strategies decides and carries out what the keeper does when a
// threshold breaks. Today: Morpho Blue liquidation from inventory (the keeper
// holds the loan token); flash-funded liquidation and deleverage come later.
package strategies

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// Errors that say why a liquidation was not sent.
var (
	ErrNothingToSeize        = errors.New("nothing to seize")
	ErrSimulationReverted    = errors.New("liquidation simulation reverted")
	ErrUnprofitable          = errors.New("expected profit below minimum")
	ErrInsufficientInventory = errors.New("keeper lacks the loan token to repay")
	ErrGasLimitAboveMaximum  = errors.New("gas estimate above max_gas_limit")
)

// Node is what the liquidator reads from the chain.
type Node interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Sender sends transactions; the daemon's one transaction manager.
type Sender interface {
	From() common.Address
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
}

// LiquidationConfig bounds what the liquidator may do.
type LiquidationConfig struct {
	MinProfit    *big.Int // loan-token units
	GasMarginPct uint64
	MaxGasLimit  uint64
}

// Target is a liquidatable position as seen at Block, with the market state
// accrued to that block.
type Target struct {
	Block       chain.BlockRef
	MarketID    common.Hash
	MarketName  string
	Params      morphoblue.MarketParams
	Borrower    common.Address
	Position    morpho.Position
	Market      morpho.Market
	OraclePrice *uint256.Int
	// SalePrice values seized collateral in loan units (1e36 scale): the
	// asset's market price when known, else the oracle price.
	SalePrice *uint256.Int
	// LoanIsNative is true when the loan token is the wrapped native token,
	// so gas cost comes out of the same unit as profit.
	LoanIsNative bool
}

// Plan is a simulated, profitable liquidation ready to send.
type Plan struct {
	Target         Target
	Seized         *big.Int // collateral units
	ExpectedRepaid *big.Int // loan units, from the simulation
	SeizedValue    *big.Int // loan units at SalePrice
	GasLimit       uint64
	GasCost        *big.Int // wei at the current base fee and tip
	Profit         *big.Int // loan units: SeizedValue − ExpectedRepaid − GasCost (when LoanIsNative)
	calldata       []byte
}

// Liquidator liquidates Morpho Blue positions, sized by seizedAssets.
type Liquidator struct {
	node   Node
	sender Sender
	morpho common.Address
	cfg    LiquidationConfig
	abi    *morphoblue.MorphoBlue
	erc20  *weth9.WETH9
}

// NewLiquidator liquidates on the Morpho singleton at morphoAddr.
func NewLiquidator(node Node, sender Sender, morphoAddr common.Address, cfg LiquidationConfig) *Liquidator {
	return &Liquidator{node: node, sender: sender, morpho: morphoAddr, cfg: cfg,
		abi: morphoblue.NewMorphoBlue(), erc20: weth9.NewWETH9()}
}

// Plan sizes the liquidation of t, simulates it from the keeper's address,
// estimates gas and checks the expected profit.
func (l *Liquidator) Plan(ctx context.Context, t Target) (*Plan, error) {
	lltv, overflow := uint256.FromBig(t.Params.Lltv)
	if overflow {
		return nil, fmt.Errorf("market lltv %s overflows uint256", t.Params.Lltv)
	}
	seizable, _, repaidAssets, err := morpho.MaxSeizable(t.Position, t.Market, t.OraclePrice, lltv)
	if err != nil {
		return nil, fmt.Errorf("size liquidation: %w", err)
	}
	if seizable.IsZero() {
		return nil, ErrNothingToSeize
	}
	seized := seizable.ToBig()
	calldata := l.abi.PackLiquidate(t.Params, t.Borrower, seized, new(big.Int), nil)
	from := l.sender.From()
	msg := ethereum.CallMsg{From: from, To: &l.morpho, Data: calldata}

	if err := l.ensureInventory(ctx, t.Params.LoanToken, repaidAssets.ToBig()); err != nil {
		return nil, err
	}
	out, err := l.node.CallContract(ctx, msg, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrSimulationReverted, err)
	}
	res, err := l.abi.UnpackLiquidate(out)
	if err != nil {
		return nil, fmt.Errorf("decode liquidation simulation: %w", err)
	}
	gas, err := l.node.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%w: estimate gas: %w", ErrSimulationReverted, err)
	}
	gasLimit := gas + gas*l.cfg.GasMarginPct/100
	if l.cfg.MaxGasLimit > 0 && gasLimit > l.cfg.MaxGasLimit {
		return nil, fmt.Errorf("%w: %d > %d", ErrGasLimitAboveMaximum, gasLimit, l.cfg.MaxGasLimit)
	}
	gasPrice, err := l.gasPrice(ctx)
	if err != nil {
		return nil, err
	}
	p := &Plan{
		Target: t, Seized: res.Arg0, ExpectedRepaid: res.Arg1, GasLimit: gasLimit,
		GasCost: new(big.Int).Mul(new(big.Int).SetUint64(gas), gasPrice), calldata: calldata,
	}
	sale := t.SalePrice
	if sale == nil {
		sale = t.OraclePrice
	}
	seizedU, overflow := uint256.FromBig(p.Seized)
	if overflow {
		return nil, fmt.Errorf("simulated seized amount %s overflows uint256", p.Seized)
	}
	value, err := morpho.MulDivDown(seizedU, sale, morpho.OraclePriceScale)
	if err != nil {
		return nil, fmt.Errorf("value seized collateral: %w", err)
	}
	p.SeizedValue = value.ToBig()
	p.Profit = new(big.Int).Sub(p.SeizedValue, p.ExpectedRepaid)
	if t.LoanIsNative {
		p.Profit.Sub(p.Profit, p.GasCost)
	}
	if p.Profit.Cmp(l.cfg.MinProfit) < 0 {
		return p, fmt.Errorf("%w: profit %s < %s", ErrUnprofitable, p.Profit, l.cfg.MinProfit)
	}
	return p, nil
}

// Execute sends a planned liquidation and waits for its receipt. onSent,
// if set, hears of the transaction as soon as the node has accepted it.
func (l *Liquidator) Execute(ctx context.Context, p *Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	to := l.morpho
	return l.sender.Send(ctx, txmgr.Candidate{To: &to, Data: p.calldata, GasLimit: p.GasLimit, Label: "liquidate", OnSent: onSent})
}

// ensureInventory checks the keeper holds enough loan token and has approved
// Morpho to pull it, approving once (to the maximum) when it has not.
func (l *Liquidator) ensureInventory(ctx context.Context, token common.Address, need *big.Int) error {
	from := l.sender.From()
	bal, err := l.call(ctx, token, l.erc20.PackBalanceOf(from))
	if err != nil {
		return fmt.Errorf("read loan token balance: %w", err)
	}
	if bal.Cmp(need) < 0 {
		return fmt.Errorf("%w: balance %s, need %s of %s", ErrInsufficientInventory, bal, need, token.Hex())
	}
	allowance, err := l.call(ctx, token, l.erc20.PackAllowance(from, l.morpho))
	if err != nil {
		return fmt.Errorf("read loan token allowance: %w", err)
	}
	if allowance.Cmp(need) >= 0 {
		return nil
	}
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rcpt, err := l.sender.Send(ctx, txmgr.Candidate{To: &token, Data: l.erc20.PackApprove(l.morpho, maxUint), Label: "approve"})
	if err != nil {
		return fmt.Errorf("approve morpho to pull the loan token: %w", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("approve morpho to pull the loan token: tx %s reverted", rcpt.TxHash.Hex())
	}
	return nil
}

func (l *Liquidator) call(ctx context.Context, to common.Address, data []byte) (*big.Int, error) {
	out, err := l.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, err
	}
	if len(out) != 32 {
		return nil, fmt.Errorf("%d bytes returned by %s, want 32", len(out), to.Hex())
	}
	return new(big.Int).SetBytes(out), nil
}

func (l *Liquidator) gasPrice(ctx context.Context) (*big.Int, error) {
	head, err := l.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head for gas price: %w", err)
	}
	tip, err := l.node.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	if head.BaseFee == nil {
		return tip, nil
	}
	return new(big.Int).Add(head.BaseFee, tip), nil
}
