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
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// Liquidation modes, the value of the "mode" field of liquidation alerts.
const (
	ModeInventory      = "inventory"
	ModeCallback       = "callback"
	ModePreLiquidation = "pre_liquidation"
)

// Venue kinds, as the executor contract numbers them.
const (
	VenueCurve uint8 = 1 // exchange(int128 i, int128 j, uint256 dx, uint256 min_dy)
	VenueUniV3 uint8 = 2 // swap(recipient, zeroForOne, amountSpecified, sqrtPriceLimitX96, data)
)

// Venue is where a market's seized collateral is sold for its loan token.
type Venue struct {
	Kind uint8
	Pool common.Address
	// I and J are a Curve-style pool's coin indices of the collateral and
	// the loan token.
	I, J int64
	// ZeroForOne is true when the collateral is a Uniswap-v3-style pool's
	// token0.
	ZeroForOne bool
}

// ErrNoVenue means no venue is configured for the target's market.
var ErrNoVenue = errors.New("no swap venue configured for the market")

// ErrVenueTooShallow means even the smallest size tried did not clear the
// venue within the maximum slippage.
var ErrVenueTooShallow = errors.New("venue cannot absorb the liquidation within max slippage")

// CallbackConfig configures liquidation through the executor contract:
// Morpho hands over the collateral, the executor sells it in the callback
// and repays from the proceeds, so no loan-token inventory is needed.
type CallbackConfig struct {
	Executor common.Address
	Venues   map[common.Hash]Venue // by market id
	// MaxSlippageBps bounds the sale: the swap must return at least the
	// seized collateral's value at min(oracle, market price) less this.
	MaxSlippageBps uint64
	// MaxHalvings bounds how often the size is halved to find one the
	// venue absorbs.
	MaxHalvings int
	// MinProfit, GasMarginPct, MaxGasLimit and MinTipCap are as in
	// LiquidationConfig.
	MinProfit    *big.Int
	GasMarginPct uint64
	MaxGasLimit  uint64
	MinTipCap    *big.Int
}

// CallbackLiquidator liquidates Morpho Blue positions through the executor
// contract with zero inventory. A full liquidation repays all the
// borrower's shares, so no dust debt is left; a venue too shallow for it
// gets the largest halving of it that clears within the slippage bound.
type CallbackLiquidator struct {
	node   Node
	sender Sender
	cfg    CallbackConfig
	exec   *keeperexecutor.KeeperExecutor
	errs   *abi.ABI
	gas    *Liquidator // gas pricing, shared with the inventory mode
}

// NewCallbackLiquidator liquidates through the executor at cfg.Executor.
func NewCallbackLiquidator(node Node, sender Sender, cfg CallbackConfig) *CallbackLiquidator {
	cfg.MinProfit = cloneOrZero(cfg.MinProfit)
	cfg.MinTipCap = cloneOrZero(cfg.MinTipCap)
	exec := keeperexecutor.NewKeeperExecutor()
	errs := exec.GetABI()
	return &CallbackLiquidator{
		node: node, sender: sender, cfg: cfg, exec: exec, errs: &errs,
		gas: &Liquidator{node: node, cfg: LiquidationConfig{MinTipCap: cfg.MinTipCap}},
	}
}

// ErrorABI is the executor's ABI, for decoding its custom errors.
func (l *CallbackLiquidator) ErrorABI() *abi.ABI { return l.errs }

// Plan sizes the liquidation of t, simulates it through the executor at
// the latest block (halving the size while the venue cannot absorb it),
// estimates gas and checks the profit net of gas. The executor is told to
// revert unless the profit covers the gas and MinProfit, so a plan
// overtaken by the market costs at most a reverted transaction's gas.
func (l *CallbackLiquidator) Plan(ctx context.Context, t Target) (*Plan, error) {
	sale, err := saleOf(t)
	if err != nil {
		return nil, err
	}
	venue, ok := l.cfg.Venues[t.MarketID]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoVenue, t.MarketName)
	}
	size, err := fullSize(t)
	if err != nil {
		return nil, err
	}
	call := executorCall{
		node: l.node, msg: l.msg, errs: []*abi.ABI{l.errs},
		pack:   func(s liquidationSize) []byte { return l.pack(t, venue, s, sale, new(big.Int)) },
		unpack: l.exec.UnpackLiquidate,
	}
	out, size, err := simulateSized(ctx, call, size, l.cfg.MaxHalvings)
	if err != nil {
		return nil, err
	}
	gasLimit, cost, err := gasBudget(ctx, l.node, l.gas, l.msg(call.pack(size)), l.cfg.GasMarginPct, l.cfg.MaxGasLimit)
	if err != nil {
		return nil, err
	}
	p := &Plan{Target: t, Mode: ModeCallback, Partial: size.partial, GasLimit: gasLimit, GasCost: cost, to: l.cfg.Executor}
	if err := settleProfit(p, out, l.cfg.MinProfit); err != nil {
		return p, err
	}
	p.calldata = l.pack(t, venue, size, sale, onChainMinProfit(p, l.cfg.MinProfit))
	return p, nil
}

// Execute sends a planned liquidation through the transaction manager.
func (l *CallbackLiquidator) Execute(ctx context.Context, p *Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	to := p.to
	return l.sender.Send(ctx, p.candidate(to, "liquidate", []*abi.ABI{l.errs}, onSent))
}

// Release does nothing: a callback plan reserves no inventory.
func (l *CallbackLiquidator) Release(*Plan) {}

func (l *CallbackLiquidator) msg(data []byte) ethereum.CallMsg {
	to := l.cfg.Executor
	return ethereum.CallMsg{From: l.sender.From(), To: &to, Data: data}
}

// pack encodes the executor's liquidate with the swap's least output: the
// seized collateral's value at sale less MaxSlippageBps.
func (l *CallbackLiquidator) pack(t Target, v Venue, s liquidationSize, sale *uint256.Int, minProfit *big.Int) []byte {
	swap := venueSwap(v, &s.seized, sale, l.cfg.MaxSlippageBps)
	return l.exec.PackLiquidate(executorParams(t.Params), t.Borrower, s.seizedArg(), s.sharesArg(), swap, minProfit)
}

func executorParams(p morphoblue.MarketParams) keeperexecutor.MarketParams {
	return keeperexecutor.MarketParams{
		LoanToken: p.LoanToken, CollateralToken: p.CollateralToken, Oracle: p.Oracle, Irm: p.Irm, Lltv: p.Lltv,
	}
}

// liquidationSize is how a liquidation is asked of Morpho: by all the
// borrower's shares (nothing left, not even dust) or by a seized amount.
type liquidationSize struct {
	byShares bool
	shares   uint256.Int // byShares: every borrow share of the position
	seized   uint256.Int // the collateral it seizes (byShares: at the planning block)
	partial  bool        // less than the whole position
}

func (s liquidationSize) seizedArg() *big.Int {
	if s.byShares {
		return new(big.Int)
	}
	return s.seized.ToBig()
}

func (s liquidationSize) sharesArg() *big.Int {
	if s.byShares {
		return s.shares.ToBig()
	}
	return new(big.Int)
}

// half is the next smaller size tried against a shallow venue.
func (s liquidationSize) half() liquidationSize {
	var h liquidationSize
	h.seized.Rsh(&s.seized, 1)
	h.partial = true
	return h
}

// fullSize is the whole liquidation of t. When all the borrow shares can
// be repaid within the collateral, it repays them all by shares: sizing
// by seizedAssets leaves the interest accrued between planning and mining
// as dust debt. Otherwise every unit of collateral is seized and Morpho
// writes off the shares left as bad debt.
func fullSize(t Target) (liquidationSize, error) {
	var s liquidationSize
	if t.Position.BorrowShares.IsZero() {
		return s, ErrNothingToSeize
	}
	lltv, err := t.lltv()
	if err != nil {
		return s, err
	}
	lif, err := morpho.LIF(lltv)
	if err != nil {
		return s, fmt.Errorf("liquidation incentive: %w", err)
	}
	seized, err := morpho.SeizedForRepaidShares(&t.Position.BorrowShares, t.OraclePrice, lif, t.Market)
	if err == nil && !seized.Gt(&t.Position.Collateral) {
		s.byShares = true
		s.shares.Set(&t.Position.BorrowShares)
		s.seized.Set(seized)
	} else {
		s.seized.Set(&t.Position.Collateral)
	}
	if s.seized.IsZero() {
		return s, ErrNothingToSeize
	}
	return s, nil
}

// saleOf checks what a plan needs of t and returns the price seized
// collateral is valued at: min(oracle, market).
func saleOf(t Target) (*uint256.Int, error) {
	if !t.LoanIsNative {
		return nil, fmt.Errorf("%w: loan token %s", ErrUnpricedLoanToken, t.Params.LoanToken.Hex())
	}
	if t.SalePrice == nil {
		return nil, fmt.Errorf("market %s borrower %s: %w", t.MarketName, t.Borrower.Hex(), ErrNoSalePrice)
	}
	if t.OraclePrice == nil {
		return nil, fmt.Errorf("market %s: no oracle price", t.MarketName)
	}
	if t.SalePrice.Lt(t.OraclePrice) {
		return t.SalePrice, nil
	}
	return t.OraclePrice, nil
}
