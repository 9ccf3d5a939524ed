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

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// ModeFlash is the Plan.Mode of an Aave liquidation through the executor:
// a flash loan of the debt token from the pool pays for it ("callback"
// would suggest Morpho's liquidation callback, which Aave has not).
const ModeFlash = "flash"

// ErrNotAaveTarget means an Aave strategy was handed a target without
// Target.Aave: a wiring error.
var ErrNotAaveTarget = errors.New("target is not an Aave position")

// fullDebtMarginBps is added to a debtToCover that repays the reserve's
// whole debt: interest accrued between the target's block and mining would
// otherwise leave a few wei of debt, which the dust rule refuses. The pool
// caps debtToCover at the debt, so the margin is never repaid.
const fullDebtMarginBps = 10

// AaveLiquidationConfig configures AaveLiquidator.
type AaveLiquidationConfig struct {
	// Mode is ModeCallback (ModeFlash is accepted too): the executor
	// flash-borrows the debt token from the pool, liquidates, sells the
	// collateral on its venue and repays the loan, so no inventory is
	// needed. ModeInventory: the keeper repays from its own balance of the
	// debt token and keeps the collateral.
	Mode string
	// Executor is the KeeperExecutor (flash mode).
	Executor common.Address
	// Venues are where each collateral token is sold for the debt token
	// (flash mode), by collateral token.
	Venues map[common.Address]Venue
	// MaxSlippageBps and MaxHalvings are as in CallbackConfig.
	MaxSlippageBps uint64
	MaxHalvings    int
	// MinProfit, GasMarginPct, MaxGasLimit and MinTipCap are as in
	// LiquidationConfig.
	MinProfit    *big.Int
	GasMarginPct uint64
	MaxGasLimit  uint64
	MinTipCap    *big.Int
	// Inventory, when set, is the Morpho inventory liquidator whose
	// reservations (and approval slot) inventory plans share, so that one
	// balance of the wrapped native token is never promised twice; nil
	// keeps the reservations apart.
	Inventory *Liquidator
}

// AaveLiquidator liquidates Aave v3 positions (Target.Aave set), through
// the executor with a flash loan or from the keeper's inventory. Each plan
// takes the largest debtToCover the pool accepts
// (aave.LiquidationCase.SafeDebtToCover: close factor and dust rule).
//
// It is safe for concurrent use. In inventory mode plans reserve the debt
// token they may repay, as Liquidator does, and the pool is approved by
// one plan at a time.
type AaveLiquidator struct {
	node   Node
	sender Sender
	cfg    AaveLiquidationConfig
	exec   *keeperexecutor.KeeperExecutor
	pool   *aavepool.AavePool
	errs   []*abi.ABI // the executor's and the pool's errors
	// inv prices gas, reads ERC-20 balances and allowances, and holds the
	// inventory reservations and the approval slot.
	inv *Liquidator
}

// NewAaveLiquidator liquidates Aave targets as cfg.Mode says.
func NewAaveLiquidator(node Node, sender Sender, cfg AaveLiquidationConfig) *AaveLiquidator {
	cfg.MinProfit = cloneOrZero(cfg.MinProfit)
	cfg.MinTipCap = cloneOrZero(cfg.MinTipCap)
	exec, pool := keeperexecutor.NewKeeperExecutor(), aavepool.NewAavePool()
	execABI, poolABI := exec.GetABI(), pool.GetABI()
	inv := cfg.Inventory
	if inv == nil {
		inv = NewLiquidator(node, sender, common.Address{}, LiquidationConfig{
			MinProfit: cfg.MinProfit, GasMarginPct: cfg.GasMarginPct, MaxGasLimit: cfg.MaxGasLimit, MinTipCap: cfg.MinTipCap,
		})
	}
	return &AaveLiquidator{
		node: node, sender: sender, cfg: cfg, exec: exec, pool: pool,
		errs: []*abi.ABI{&execABI, &poolABI}, inv: inv,
	}
}

// ErrorABIs are the executor's and the Aave pool's ABIs, for decoding
// their custom errors.
func (l *AaveLiquidator) ErrorABIs() []*abi.ABI { return l.errs }

// Plan sizes the liquidation of t, simulates it from the keeper's address
// at the latest block, estimates gas and checks the profit net of gas
// against MinProfit. On ErrUnprofitable the returned plan, when not nil,
// shows the figures and holds no reservation. A plan returned without
// error must go to Execute or Release.
func (l *AaveLiquidator) Plan(ctx context.Context, t Target) (*Plan, error) {
	if t.Aave == nil {
		return nil, fmt.Errorf("%w: market %s borrower %s", ErrNotAaveTarget, t.MarketName, t.Borrower.Hex())
	}
	switch l.cfg.Mode {
	case ModeCallback, ModeFlash:
		return l.planFlash(ctx, t)
	case ModeInventory:
		return l.planInventory(ctx, t)
	}
	return nil, fmt.Errorf("aave liquidation mode %q is not %q or %q", l.cfg.Mode, ModeCallback, ModeInventory)
}

// Execute sends a planned liquidation and waits for its receipt; it
// releases the plan's reservation when it returns, as Liquidator.Execute.
func (l *AaveLiquidator) Execute(ctx context.Context, p *Plan, onSent func(*types.Transaction)) (*types.Receipt, error) {
	defer l.Release(p)
	c := p.candidate(p.to, "aave_liquidate", l.errs, onSent)
	if p.Mode == ModeInventory {
		// Aave liquidates half a position at a time: a repeat after a
		// taken nonce can be a second liquidation the pool accepts, paid
		// from inventory no plan reserved any more. Flash plans are safe
		// to repeat: the executor refuses them below the profit floor.
		c.ResendIfNonceTaken = false
	}
	return l.sender.Send(ctx, c)
}

// Release frees the debt token an inventory plan reserved. It is
// idempotent and safe on a nil plan or one without a reservation (every
// flash plan).
func (l *AaveLiquidator) Release(p *Plan) {
	if p == nil || p.Target.Aave == nil {
		return
	}
	inv := l.inv
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if p.reserved == nil {
		return
	}
	token := p.Target.Aave.Debt
	if r := inv.reserved[token]; r != nil {
		r.Sub(r, p.reserved)
		if r.Sign() <= 0 {
			delete(inv.reserved, token)
		}
	}
	p.reserved = nil
}

// planFlash plans aaveLiquidate on the executor, halving debtToCover while
// the venue cannot absorb the sale. The executor is told to revert unless
// its profit (after the flash premium) covers the gas and MinProfit.
func (l *AaveLiquidator) planFlash(ctx context.Context, t Target) (*Plan, error) {
	sale, err := aaveSaleOf(t)
	if err != nil {
		return nil, err
	}
	venue, ok := l.cfg.Venues[t.Aave.Collateral]
	if !ok {
		return nil, fmt.Errorf("%w: %s (collateral %s)", ErrNoVenue, t.MarketName, t.Aave.Collateral.Hex())
	}
	size, err := aaveFullSize(t.Aave.Case)
	if err != nil {
		return nil, err
	}
	out, size, err := l.simulateFlash(ctx, t, venue, sale, size)
	if err != nil {
		return nil, err
	}
	gasLimit, cost, err := gasBudget(ctx, l.node, l.inv, l.execMsg(l.packFlash(t, venue, size, sale, new(big.Int))),
		l.cfg.GasMarginPct, l.cfg.MaxGasLimit)
	if err != nil {
		return nil, err
	}
	p := &Plan{Target: t, Mode: ModeFlash, Partial: size.partial, GasLimit: gasLimit, GasCost: cost, to: l.cfg.Executor}
	if err := settleProfit(p, executorOutcome{Seized: out.Seized, RepaidAssets: out.Repaid, Profit: out.Profit}, l.cfg.MinProfit); err != nil {
		return p, err
	}
	floor := onChainMinProfit(p, l.cfg.MinProfit)
	if floor.Sign() < 0 {
		floor.SetUint64(0) // a negative MinProfit: the contract's floor is a uint256
	}
	p.calldata = l.packFlash(t, venue, size, sale, floor)
	return p, nil
}

// simulateFlash simulates the executor's aaveLiquidate at s, halving s
// while the venue cannot absorb the sale, at most MaxHalvings times. A
// smaller size can break the dust rule (a full liquidation of a small
// position halved leaves less than 1,000 USD): each size is checked with
// the exact math first, and one that would leave dust ends the search with
// ErrVenueTooShallow.
func (l *AaveLiquidator) simulateFlash(ctx context.Context, t Target, v Venue, sale *uint256.Int, s aaveSize) (keeperexecutor.AaveLiquidateOutput, aaveSize, error) {
	var none keeperexecutor.AaveLiquidateOutput
	for halving := 0; ; halving++ {
		raw, err := l.node.CallContract(ctx, l.execMsg(l.packFlash(t, v, s, sale, new(big.Int))), nil)
		if err == nil {
			out, err := l.exec.UnpackAaveLiquidate(raw)
			if err != nil {
				return none, s, fmt.Errorf("decode executor simulation: %w", err)
			}
			if out.Repaid == nil || out.Seized == nil || out.Profit == nil {
				return none, s, errors.New("executor simulation returned no figures")
			}
			return out, s, nil
		}
		data, isRevert := chain.RevertData(err)
		if !isRevert {
			return none, s, fmt.Errorf("simulate through executor: %w", err)
		}
		r := chain.DecodeRevert(data, l.errs...)
		switch {
		case !shallowVenue(r):
			return none, s, &revertError{rev: r}
		case halving >= l.cfg.MaxHalvings:
			return none, s, fmt.Errorf("%w: %s after %d halvings", ErrVenueTooShallow, r.Reason, halving)
		}
		if s, err = s.half(t.Aave.Case); err != nil {
			return none, s, fmt.Errorf("%w: %s; half the size: %w", ErrVenueTooShallow, r.Reason, err)
		}
	}
}

// planInventory plans liquidationCall from the keeper's address. The call
// returns nothing, so the figures are the exact math's at the target's
// block, which the pool reproduces to the wei.
func (l *AaveLiquidator) planInventory(ctx context.Context, t Target) (*Plan, error) {
	sale, err := aaveSaleOf(t)
	if err != nil {
		return nil, err
	}
	size, err := aaveFullSize(t.Aave.Case)
	if err != nil {
		return nil, err
	}
	token, pool := t.Aave.Debt, t.Aave.Pool
	// The pool pulls at most debtToCover: what the keeper must hold.
	need := size.debtToCover.ToBig()
	seized, repaid := size.liq.Collateral.ToBig(), size.liq.Debt.ToBig()

	// Fail fast on inventory; the binding check is the reservation below.
	bal, err := l.inv.balance(ctx, token)
	if err != nil {
		return nil, err
	}
	if err := l.inv.checkFree(token, bal, need); err != nil {
		return nil, err
	}
	approved, err := l.allowed(ctx, token, pool, need)
	if err != nil {
		return nil, err
	}
	if !approved {
		// Without the allowance the simulation reverts: check the profit
		// at a gas bound before paying for an approval.
		gasBound := l.cfg.MaxGasLimit
		if gasBound == 0 {
			gasBound = defaultGasBound
		}
		price, err := l.inv.gasPrice(ctx)
		if err != nil {
			return nil, err
		}
		profit, _, err := profitOf(seized, repaid, sale, gasCost(gasBound, price))
		if err != nil {
			return nil, err
		}
		if profit.Cmp(l.cfg.MinProfit) < 0 {
			return nil, fmt.Errorf("%w: profit before approval %s < %s (at %d gas)", ErrUnprofitable, profit, l.cfg.MinProfit, gasBound)
		}
		if err := l.ensureApproval(ctx, token, pool, need); err != nil {
			return nil, err
		}
	}

	calldata := l.pool.PackLiquidationCall(t.Aave.Collateral, token, t.Borrower, need, false)
	msg := ethereum.CallMsg{From: l.sender.From(), To: &pool, Data: calldata}
	if _, err := l.node.CallContract(ctx, msg, nil); err != nil {
		return nil, l.simulationError(err)
	}
	gasLimit, cost, err := gasBudget(ctx, l.node, l.inv, msg, l.cfg.GasMarginPct, l.cfg.MaxGasLimit)
	if err != nil {
		return nil, err
	}
	p := &Plan{
		Target: t, Mode: ModeInventory, Seized: seized, ExpectedRepaid: repaid,
		GasLimit: gasLimit, GasCost: cost, calldata: calldata, to: pool,
	}
	if p.Profit, p.SeizedValue, err = profitOf(seized, repaid, sale, cost); err != nil {
		return nil, err
	}
	if p.Profit.Cmp(l.cfg.MinProfit) < 0 {
		return p, fmt.Errorf("%w: profit %s < %s", ErrUnprofitable, p.Profit, l.cfg.MinProfit)
	}
	if err := l.reserve(ctx, p, token, need); err != nil {
		return nil, err
	}
	return p, nil
}

// simulationError is a failed liquidationCall simulation: an
// ErrSimulationReverted, with the pool's decoded reason when it reverted.
func (l *AaveLiquidator) simulationError(err error) error {
	if data, ok := chain.RevertData(err); ok {
		return &revertError{rev: chain.DecodeRevert(data, l.errs...)}
	}
	return fmt.Errorf("%w: %w", ErrSimulationReverted, err)
}

func (l *AaveLiquidator) execMsg(data []byte) ethereum.CallMsg {
	to := l.cfg.Executor
	return ethereum.CallMsg{From: l.sender.From(), To: &to, Data: data}
}

// packFlash encodes the executor's aaveLiquidate at s with the swap's least
// output: the expected collateral's value at sale less MaxSlippageBps.
func (l *AaveLiquidator) packFlash(t Target, v Venue, s aaveSize, sale *uint256.Int, minProfit *big.Int) []byte {
	swap := venueSwap(v, &s.liq.Collateral, sale, l.cfg.MaxSlippageBps)
	return l.exec.PackAaveLiquidate(t.Aave.Pool, t.Aave.Collateral, t.Aave.Debt, t.Borrower, s.debtToCover.ToBig(), swap, minProfit)
}

// allowed reports whether spender may pull need of token from the keeper.
func (l *AaveLiquidator) allowed(ctx context.Context, token, spender common.Address, need *big.Int) (bool, error) {
	allowance, err := l.inv.call(ctx, token, l.inv.erc20.PackAllowance(l.sender.From(), spender))
	if err != nil {
		return false, fmt.Errorf("read debt token allowance: %w", err)
	}
	return allowance.Cmp(need) >= 0, nil
}

// ensureApproval approves spender to pull the maximum of token unless it
// may already pull need, one approval at a time (Liquidator.ensureApproval
// for another spender than Morpho).
func (l *AaveLiquidator) ensureApproval(ctx context.Context, token, spender common.Address, need *big.Int) error {
	select {
	case l.inv.approving <- struct{}{}:
	case <-ctx.Done():
		return fmt.Errorf("wait for debt token approval: %w", context.Cause(ctx))
	}
	defer func() { <-l.inv.approving }()
	ok, err := l.allowed(ctx, token, spender, need)
	if err != nil || ok {
		return err
	}
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rcpt, err := l.sender.Send(ctx, txmgr.Candidate{To: &token, Data: l.inv.erc20.PackApprove(spender, maxUint), Label: "approve"})
	if err != nil {
		return fmt.Errorf("approve aave pool to pull the debt token: %w", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("approve aave pool to pull the debt token: tx %s reverted", rcpt.TxHash.Hex())
	}
	return nil
}

// reserve holds amount of token for p if the keeper's balance, less what
// other plans hold, covers it (Liquidator.reserve for the debt token).
func (l *AaveLiquidator) reserve(ctx context.Context, p *Plan, token common.Address, amount *big.Int) error {
	inv := l.inv
	inv.mu.Lock()
	defer inv.mu.Unlock()
	bal, err := inv.balance(ctx, token)
	if err != nil {
		return err
	}
	if err := inv.checkFreeLocked(token, bal, amount); err != nil {
		return err
	}
	r := inv.reserved[token]
	if r == nil {
		r = new(big.Int)
		inv.reserved[token] = r
	}
	r.Add(r, amount)
	p.reserved = new(big.Int).Set(amount)
	return nil
}

// aaveSize is a liquidationCall being planned: the debtToCover asked of
// the pool (and flash-borrowed) and what the pool does with it at the
// target's block.
type aaveSize struct {
	debtToCover uint256.Int
	liq         aave.Liquidation
	partial     bool // halved to fit the venue
}

// aaveFullSize is the largest liquidation the pool accepts on c. When it
// repays the reserve's whole debt, debtToCover gets fullDebtMarginBps more
// so that the interest accrued until mining is repaid too.
func aaveFullSize(c *aave.LiquidationCase) (aaveSize, error) {
	var s aaveSize
	if c == nil {
		return s, ErrNothingToSeize
	}
	amount, liq, ok, err := c.SafeDebtToCover()
	switch {
	case errors.Is(err, aave.ErrNotLiquidatable), errors.Is(err, aave.ErrNoDebt):
		return s, fmt.Errorf("%w: %w", ErrNothingToSeize, err)
	case err != nil:
		return s, fmt.Errorf("size aave liquidation: %w", err)
	case !ok || liq.Collateral.IsZero():
		return s, ErrNothingToSeize
	}
	s.debtToCover.Set(amount)
	s.liq = liq
	debt, err := aave.DebtBalance(c.Version, &c.ScaledDebt, &c.Debt.Debt)
	if err != nil {
		return s, fmt.Errorf("size aave liquidation: %w", err)
	}
	if !amount.Lt(debt) {
		// Collateral-capped (liq.Debt < debt), the pool takes all the
		// collateral: the margin need only cover what it repays, so the
		// flash loan and the inventory held stay what the call uses.
		s.debtToCover.Set(&liq.Debt)
		var margin uint256.Int
		margin.Mul(&liq.Debt, uint256.NewInt(fullDebtMarginBps)).Div(&margin, uint256.NewInt(10_000))
		if margin.IsZero() {
			margin.SetOne()
		}
		if _, overflow := s.debtToCover.AddOverflow(&s.debtToCover, &margin); overflow {
			return s, fmt.Errorf("size aave liquidation: debt %s overflows with its margin", liq.Debt.Dec())
		}
	}
	return s, nil
}

// half is the next smaller size tried against a shallow venue: half of
// what s repays, refused with the exact math's error when the pool would
// refuse it (aave.ErrMustNotLeaveDust).
func (s aaveSize) half(c *aave.LiquidationCase) (aaveSize, error) {
	h := aaveSize{partial: true}
	h.debtToCover.Rsh(&s.liq.Debt, 1)
	if h.debtToCover.IsZero() {
		return h, errors.New("nothing left to repay")
	}
	liq, err := c.Liquidate(&h.debtToCover)
	if err != nil {
		return h, err
	}
	if liq.Collateral.IsZero() {
		return h, errors.New("no collateral left to seize")
	}
	h.liq = liq
	return h, nil
}

// aaveSaleOf is saleOf for an Aave target, whose loan token is its debt
// reserve's (Params is zero).
func aaveSaleOf(t Target) (*uint256.Int, error) {
	if !t.LoanIsNative {
		return nil, fmt.Errorf("%w: debt token %s", ErrUnpricedLoanToken, t.Aave.Debt.Hex())
	}
	return saleOf(t)
}

// aaveProfitEstimate is EstimateProfit for an Aave target: the largest
// accepted liquidation's collateral at min(oracle, market) less its
// repayment, before gas, the flash premium and slippage.
func aaveProfitEstimate(t Target) (*big.Int, error) {
	sale, err := aaveSaleOf(t)
	if err != nil {
		return nil, err
	}
	size, err := aaveFullSize(t.Aave.Case)
	if err != nil {
		return nil, err
	}
	profit, _, err := profitOf(size.liq.Collateral.ToBig(), size.liq.Debt.ToBig(), sale, new(big.Int))
	return profit, err
}

// AaveOraclePrice is the collateral's AaveOracle price in debt-token units
// per collateral unit at Morpho's 1e36 scale, as Target.OraclePrice holds
// it: ⌊Pc·Ud·1e36/(Pd·Uc)⌋ from the two reserves' base-currency prices and
// units. Collateral valued at it is then collateral·price/1e36 debt units.
func AaveOraclePrice(coll, debt *aave.Reserve) (*uint256.Int, error) {
	if coll == nil || debt == nil {
		return nil, errors.New("aave oracle price: missing reserve")
	}
	den := new(big.Int).Mul(debt.Price.ToBig(), coll.Unit.ToBig())
	if den.Sign() == 0 {
		return nil, fmt.Errorf("aave oracle price: zero debt price or collateral unit (reserves %d, %d)", coll.ID, debt.ID)
	}
	num := new(big.Int).Mul(coll.Price.ToBig(), debt.Unit.ToBig())
	num.Mul(num, morpho.OraclePriceScale.ToBig())
	price, overflow := uint256.FromBig(num.Quo(num, den))
	if overflow {
		return nil, fmt.Errorf("aave oracle price of reserve %d in reserve %d overflows uint256", coll.ID, debt.ID)
	}
	return price, nil
}
