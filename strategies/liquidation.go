// Package strategies decides and carries out what the keeper does when a
// threshold breaks: Morpho Blue liquidation from inventory (the keeper holds
// the loan token) or through the executor contract's callback (no
// inventory).
package strategies

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
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
	// ErrNothingToSeize means the position has no collateral that a
	// seizedAssets-sized liquidation could take.
	ErrNothingToSeize = errors.New("nothing to seize")
	// ErrSimulationReverted means the liquidation, simulated from the
	// keeper's address at the latest block, reverted (or its gas could not
	// be estimated): the position is healthy, already liquidated, or the
	// keeper cannot pay.
	ErrSimulationReverted = errors.New("simulation reverted")
	// ErrUnprofitable means the expected profit is below MinProfit.
	ErrUnprofitable = errors.New("expected profit below minimum")
	// ErrInsufficientInventory means the keeper's loan-token balance, less
	// what concurrent plans have reserved, does not cover the repayment.
	ErrInsufficientInventory = errors.New("keeper lacks the loan token to repay")
	// ErrGasLimitAboveMaximum means the gas limit exceeds MaxGasLimit.
	ErrGasLimitAboveMaximum = errors.New("gas estimate above max_gas_limit")
	// ErrNoSalePrice means the target carries no market price for its
	// collateral. The keeper does not fall back to the oracle price: during
	// a depeg an exchange-rate oracle overstates what the seized collateral
	// sells for, and with it the profit.
	ErrNoSalePrice = errors.New("no market price for the seized collateral")
	// ErrUnpricedLoanToken means the loan token is not the wrapped native
	// token, so the gas cost (wei) cannot be compared with the profit (loan
	// units) and the keeper refuses rather than pay gas blindly.
	ErrUnpricedLoanToken = errors.New("loan token is not the wrapped native token: profit cannot be compared with gas")
)

// defaultGasBound bounds the gas of a liquidation whose gas cannot be
// estimated yet (see LiquidationConfig.MaxGasLimit) when MaxGasLimit is 0.
// Morpho liquidations use ~100k–250k gas.
const defaultGasBound = 1_000_000

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
	// MinProfit is the smallest expected profit (loan-token units, net of
	// gas) worth sending a liquidation for; nil means zero.
	MinProfit *big.Int
	// GasMarginPct is added to the gas estimate to form the gas limit.
	GasMarginPct uint64
	// MaxGasLimit refuses liquidations whose gas limit exceeds it; 0 means
	// no maximum. Before Morpho is approved to pull the loan token the
	// liquidation cannot be simulated, and the profit check that decides
	// whether to approve charges MaxGasLimit gas (defaultGasBound when 0).
	MaxGasLimit uint64
	// MinTipCap is the transaction manager's smallest tip (wei); nil means
	// zero. Set it to txmgr.Config.MinTipCap so that the profit check
	// prices gas as the manager's first attempt does.
	MinTipCap *big.Int
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
	// SalePrice is the collateral's market price in loan units (Morpho's
	// 1e36 oracle scale). Seized collateral is valued at
	// min(OraclePrice, SalePrice); nil makes Plan fail with ErrNoSalePrice.
	SalePrice *uint256.Int
	// FairPrice is the collateral's fair value (its exchange rate) in the
	// same scale; nil when unknown. The oracle sanity guard compares the
	// oracle with it and with SalePrice.
	FairPrice *uint256.Int
	// MarketSources are the healthy market sources' prices (feeds, TWAPs,
	// quotes) in the same scale, of which SalePrice is the median. A
	// market-priced oracle follows one of them; during a fast move it can
	// sit far from the median while the lagging sources catch up.
	MarketSources []*uint256.Int
	// LoanIsNative is true when the loan token is the wrapped native token,
	// so gas cost comes out of the same unit as profit. Plan refuses other
	// loan tokens with ErrUnpricedLoanToken.
	LoanIsNative bool
	// PreLiquidation is the PreLiquidation contract the borrower
	// authorised, for PreLiquidator; nil for a Morpho liquidation.
	PreLiquidation *PreLiquidationTarget
	// Aave is set for an Aave v3 position (see AaveTarget); nil for Morpho.
	Aave *AaveTarget
}

// Protocol names the target's protocol.
func (t Target) Protocol() string {
	if t.Aave != nil {
		return ProtocolAave
	}
	return ProtocolMorpho
}

// lltv is the market's LLTV as Morpho's math takes it.
func (t Target) lltv() (*uint256.Int, error) {
	lltv, overflow := uint256.FromBig(t.Params.Lltv)
	if overflow {
		return nil, fmt.Errorf("market lltv %s overflows uint256", t.Params.Lltv)
	}
	return lltv, nil
}

// Plan is a simulated, profitable liquidation ready to send. A plan returned
// without error holds a reservation of ExpectedRepaid loan token, freed by
// Execute or Release.
type Plan struct {
	Target Target
	// Mode is how the liquidation is carried out: ModeInventory,
	// ModeCallback or ModePreLiquidation.
	Mode string
	// Partial is set when the venue could absorb only part of the
	// position.
	Partial        bool
	Seized         *big.Int // collateral units
	ExpectedRepaid *big.Int // loan units, from the simulation
	SeizedValue    *big.Int // loan units at min(OraclePrice, SalePrice)
	GasLimit       uint64
	// GasCost is the estimated gas (without margin) at the latest base fee
	// plus max(suggested tip, MinTipCap): what the transaction manager's
	// first attempt pays. Fee bumps of a slow transaction can raise it, up
	// to the manager's fee limit.
	GasCost  *big.Int // wei
	Profit   *big.Int // loan units: SeizedValue − ExpectedRepaid − GasCost
	calldata []byte
	to       common.Address // the contract called

	// reserved is the loan token this plan holds in its liquidator's
	// reservations; nil once released. Guarded by Liquidator.mu.
	reserved *big.Int
}

// Liquidator liquidates Morpho Blue positions, sized by seizedAssets. It is
// safe for concurrent use: plans reserve the loan token they will repay, so
// concurrent plans never count the same inventory twice, and Morpho is
// approved by one plan at a time.
type Liquidator struct {
	node   Node
	sender Sender
	morpho common.Address
	cfg    LiquidationConfig
	abi    *morphoblue.MorphoBlue
	erc20  *weth9.WETH9

	mu       sync.Mutex
	reserved map[common.Address]*big.Int // loan token → amount held by unreleased plans

	// approving is a one-slot semaphore: at most one approval in flight.
	approving chan struct{}
}

// NewLiquidator liquidates on the Morpho singleton at morphoAddr.
func NewLiquidator(node Node, sender Sender, morphoAddr common.Address, cfg LiquidationConfig) *Liquidator {
	cfg.MinProfit = cloneOrZero(cfg.MinProfit)
	cfg.MinTipCap = cloneOrZero(cfg.MinTipCap)
	return &Liquidator{
		node: node, sender: sender, morpho: morphoAddr, cfg: cfg,
		abi: morphoblue.NewMorphoBlue(), erc20: weth9.NewWETH9(),
		reserved: map[common.Address]*big.Int{}, approving: make(chan struct{}, 1),
	}
}

// Plan sizes the liquidation of t, simulates it from the keeper's address,
// estimates gas, checks the expected profit and reserves the loan token it
// will repay. The caller must pass a plan returned without error to Execute
// or Release.
//
// If Morpho may not yet pull enough of the loan token, the liquidation
// cannot be simulated: Plan first checks the profit with its own sizing and
// a gas bound (see LiquidationConfig.MaxGasLimit), approves Morpho only if
// that passes, then simulates and checks again. The one-off approval's gas
// is not charged to the profit.
//
// On ErrUnprofitable the returned plan, when not nil, shows the simulated
// numbers; it holds no reservation.
func (l *Liquidator) Plan(ctx context.Context, t Target) (*Plan, error) {
	sale, err := saleOf(t)
	if err != nil {
		return nil, err
	}
	lltv, err := t.lltv()
	if err != nil {
		return nil, err
	}
	seizable, _, repaidAssets, err := morpho.MaxSeizable(t.Position, t.Market, t.OraclePrice, lltv)
	if err != nil {
		return nil, fmt.Errorf("size liquidation: %w", err)
	}
	if seizable.IsZero() {
		return nil, ErrNothingToSeize
	}
	size, err := fullSize(t)
	if err != nil {
		return nil, err
	}
	token := t.Params.LoanToken
	need := repaidAssets.ToBig()
	if size.byShares {
		// Repaying every share costs their value when mined: a little more
		// than at the planning block. Reserve a margin for it.
		need.Add(need, new(big.Int).Quo(need, big.NewInt(1_000)))
	}
	seized := seizable.ToBig()
	calldata := l.abi.PackLiquidate(t.Params, t.Borrower, size.seizedArg(), size.sharesArg(), nil)
	msg := ethereum.CallMsg{From: l.sender.From(), To: &l.morpho, Data: calldata}

	// Fail fast on inventory; the binding check is the reservation below.
	bal, err := l.balance(ctx, token)
	if err != nil {
		return nil, err
	}
	if err := l.checkFree(token, bal, need); err != nil {
		return nil, err
	}
	approved, err := l.approved(ctx, token, need)
	if err != nil {
		return nil, err
	}
	if !approved {
		// Without the allowance the simulation reverts: check the profit on
		// the local sizing before paying for an approval.
		gasBound := l.cfg.MaxGasLimit
		if gasBound == 0 {
			gasBound = defaultGasBound
		}
		gasPrice, err := l.gasPrice(ctx)
		if err != nil {
			return nil, err
		}
		profit, _, err := profitOf(seized, need, sale, gasCost(gasBound, gasPrice))
		if err != nil {
			return nil, err
		}
		if profit.Cmp(l.cfg.MinProfit) < 0 {
			return nil, fmt.Errorf("%w: profit before approval %s < %s (at %d gas)", ErrUnprofitable, profit, l.cfg.MinProfit, gasBound)
		}
		if err := l.ensureApproval(ctx, token, need); err != nil {
			return nil, err
		}
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
		Target: t, Mode: ModeInventory, Seized: res.Arg0, ExpectedRepaid: res.Arg1, GasLimit: gasLimit,
		GasCost: gasCost(gas, gasPrice), calldata: calldata, to: l.morpho,
	}
	if p.Profit, p.SeizedValue, err = profitOf(p.Seized, p.ExpectedRepaid, sale, p.GasCost); err != nil {
		return nil, err
	}
	if p.Profit.Cmp(l.cfg.MinProfit) < 0 {
		return p, fmt.Errorf("%w: profit %s < %s", ErrUnprofitable, p.Profit, l.cfg.MinProfit)
	}
	if err := l.reserve(ctx, p); err != nil {
		return nil, err
	}
	return p, nil
}

// Execute sends a planned liquidation and waits for its receipt. onSent,
// if set, hears of the transaction as soon as the node has accepted it.
// Execute releases the plan's reservation when it returns, whatever the
// outcome. A transaction still pending when Send gives up (a timeout) may be
// mined later; until then its repayment is no longer reserved.
func (l *Liquidator) Execute(ctx context.Context, p *Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	defer l.Release(p)
	to := l.morpho
	return l.sender.Send(ctx, p.candidate(to, "liquidate", nil, onSent))
}

// candidate is p's transaction: keyed by its position, so the manager
// never has two in flight for it (across restarts too), and its fees capped
// by what it is worth: the expected profit with the gas it was planned at.
func (p *Plan) candidate(to common.Address, label string, errs []*abi.ABI, onSent func(*types.Transaction)) txmgr.Candidate {
	c := txmgr.Candidate{
		To: &to, Data: p.calldata, GasLimit: p.GasLimit, Label: label, OnSent: onSent, ErrorABIs: errs,
		Key: p.Mode + "|" + p.Target.MarketID.Hex() + "|" + p.Target.Borrower.Hex(),
		// A liquidation repeated is refused by the chain (nothing left to
		// seize, or the executor's profit floor): safe to re-send.
		ResendIfNonceTaken: true,
	}
	if p.Profit != nil && p.GasCost != nil {
		if worth := new(big.Int).Add(p.Profit, p.GasCost); worth.Sign() > 0 {
			c.MaxCost = worth
		}
	}
	return c
}

// Release frees the loan token p reserved, for a plan that will not be
// executed. It is idempotent and safe to call on a nil plan or a plan that
// holds no reservation.
func (l *Liquidator) Release(p *Plan) {
	if p == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if p.reserved == nil {
		return
	}
	token := p.Target.Params.LoanToken
	if r := l.reserved[token]; r != nil {
		r.Sub(r, p.reserved)
		if r.Sign() <= 0 {
			delete(l.reserved, token)
		}
	}
	p.reserved = nil
}

// reserve holds p.ExpectedRepaid of the loan token for p if the keeper's
// balance, less what other plans hold, covers it. The balance is read under
// the lock so that a plan released meanwhile (its repayment now gone from the
// balance) is not subtracted a second time.
func (l *Liquidator) reserve(ctx context.Context, p *Plan) error {
	token := p.Target.Params.LoanToken
	l.mu.Lock()
	defer l.mu.Unlock()
	bal, err := l.balance(ctx, token)
	if err != nil {
		return err
	}
	if err := l.checkFreeLocked(token, bal, p.ExpectedRepaid); err != nil {
		return err
	}
	r := l.reserved[token]
	if r == nil {
		r = new(big.Int)
		l.reserved[token] = r
	}
	r.Add(r, p.ExpectedRepaid)
	p.reserved = new(big.Int).Set(p.ExpectedRepaid)
	return nil
}

// checkFree fails with ErrInsufficientInventory unless bal less the
// reserved amount of token covers need.
func (l *Liquidator) checkFree(token common.Address, bal, need *big.Int) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.checkFreeLocked(token, bal, need)
}

func (l *Liquidator) checkFreeLocked(token common.Address, bal, need *big.Int) error {
	free := new(big.Int).Set(bal)
	held := l.reserved[token]
	if held != nil {
		free.Sub(free, held)
	}
	if free.Cmp(need) < 0 {
		return fmt.Errorf("%w: balance %s, reserved %s, need %s of %s",
			ErrInsufficientInventory, bal, cloneOrZero(held), need, token.Hex())
	}
	return nil
}

func (l *Liquidator) balance(ctx context.Context, token common.Address) (*big.Int, error) {
	bal, err := l.call(ctx, token, l.erc20.PackBalanceOf(l.sender.From()))
	if err != nil {
		return nil, fmt.Errorf("read loan token balance: %w", err)
	}
	return bal, nil
}

// approved reports whether Morpho may pull need of token from the keeper.
func (l *Liquidator) approved(ctx context.Context, token common.Address, need *big.Int) (bool, error) {
	allowance, err := l.call(ctx, token, l.erc20.PackAllowance(l.sender.From(), l.morpho))
	if err != nil {
		return false, fmt.Errorf("read loan token allowance: %w", err)
	}
	return allowance.Cmp(need) >= 0, nil
}

// ensureApproval approves Morpho to pull the maximum of token unless it may
// already pull need. One approval runs at a time; plans waiting for it
// re-read the allowance and find it done.
func (l *Liquidator) ensureApproval(ctx context.Context, token common.Address, need *big.Int) error {
	select {
	case l.approving <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("wait for loan token approval: %w", context.Cause(ctx))
	}
	defer func() { <-l.approving }()
	ok, err := l.approved(ctx, token, need)
	if err != nil || ok {
		return err
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

// gasPrice is the latest base fee plus max(suggested tip, MinTipCap): the
// effective price of the transaction manager's first attempt if it is mined
// at that base fee. Fee bumps can still raise the cost, up to the manager's
// fee limit.
func (l *Liquidator) gasPrice(ctx context.Context) (*big.Int, error) {
	head, err := l.node.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head for gas price: %w", err)
	}
	tip, err := l.node.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("suggest gas tip: %w", err)
	}
	price := new(big.Int).Set(tip)
	if price.Cmp(l.cfg.MinTipCap) < 0 {
		price.Set(l.cfg.MinTipCap)
	}
	if head.BaseFee != nil {
		price.Add(price, head.BaseFee)
	}
	return price, nil
}

// profitOf values seized collateral at sale (1e36 scale, rounded down) and
// returns value − repaid − gasCost with the value.
func profitOf(seized, repaid *big.Int, sale *uint256.Int, gasCost *big.Int) (profit, value *big.Int, err error) {
	seizedU, overflow := uint256.FromBig(seized)
	if overflow {
		return nil, nil, fmt.Errorf("seized amount %s overflows uint256", seized)
	}
	v, err := morpho.MulDivDown(seizedU, sale, morpho.OraclePriceScale)
	if err != nil {
		return nil, nil, fmt.Errorf("value seized collateral: %w", err)
	}
	value = v.ToBig()
	profit = new(big.Int).Sub(value, repaid)
	return profit.Sub(profit, gasCost), value, nil
}

func gasCost(gas uint64, price *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(gas), price)
}

func cloneOrZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return new(big.Int).Set(x)
}
