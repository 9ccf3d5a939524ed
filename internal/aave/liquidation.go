package aave

import (
	"errors"

	"github.com/holiman/uint256"
)

// LiquidationLogic's constants (v3.3 and later), in base currency units of
// 8 decimals and WAD.
const (
	// CloseFactorHFThreshold: above it (and with both legs large) at most
	// half of the total debt may be repaid in one call.
	CloseFactorHFThreshold uint64 = 0.95e18
	// MinBaseMaxCloseFactorThreshold is the leg value (2,000 USD) from which
	// the 50% close factor can apply.
	MinBaseMaxCloseFactorThreshold uint64 = 2000e8
	// MinLeftoverBase is the smallest debt and collateral a partial
	// liquidation may leave (1,000 USD).
	MinLeftoverBase uint64 = 1000e8
	// DefaultCloseFactor is 50% in basis points.
	DefaultCloseFactor uint64 = 0.5e4
)

var (
	// ErrMustNotLeaveDust is the revert MustNotLeaveDust() ('103' in
	// v3.3): a partial liquidation that would leave less than
	// MinLeftoverBase of debt or collateral.
	ErrMustNotLeaveDust = errors.New("aave: liquidation must not leave dust")
	// ErrNotLiquidatable is HealthFactorNotBelowThreshold(): the health
	// factor is at least 1.
	ErrNotLiquidatable = errors.New("aave: health factor not below threshold")
	// ErrNoDebt is SpecifiedCurrencyNotBorrowedByUser(): no debt in the
	// debt reserve.
	ErrNoDebt = errors.New("aave: no debt in the debt reserve")
)

var (
	hfThreshold     = uint256.NewInt(CloseFactorHFThreshold)
	closeFactorBase = uint256.NewInt(MinBaseMaxCloseFactorThreshold)
	minLeftover     = uint256.NewInt(MinLeftoverBase)
	closeFactor     = uint256.NewInt(DefaultCloseFactor)
	oneWad          = uint256.NewInt(WAD)
)

// LiquidationCase is a borrower's position as liquidationCall sees it for
// one collateral and one debt reserve, in the block of the call.
type LiquidationCase struct {
	Version Version
	// Account is the borrower's account data (health factor and totals).
	Account *Account
	// Coll and Debt are the two reserves (prices, units, indexes brought to
	// the block).
	Coll, Debt *Reserve
	// ScaledCollateral and ScaledDebt are the borrower's scaled balances in
	// them.
	ScaledCollateral, ScaledDebt uint256.Int
	// Bonus is the liquidation bonus in bps including the principal (10500
	// = +5%): the e-mode category's when it covers the collateral, else
	// the collateral reserve's.
	Bonus uint16
	// ProtocolFee is the collateral reserve's liquidation protocol fee
	// (bps of the bonus).
	ProtocolFee uint16
}

// Liquidation is what a liquidationCall does.
type Liquidation struct {
	// Debt is the debt the liquidator repays (the event's debtToCover).
	Debt uint256.Int
	// Collateral is what the liquidator receives (the event's
	// liquidatedCollateralAmount, without the protocol fee).
	Collateral uint256.Int
	// Fee is the collateral sent to the treasury.
	Fee uint256.Int
	// CollateralBase is the seized collateral (with the fee) in base
	// currency.
	CollateralBase uint256.Int
	// NoCollateralLeft: the call takes every counted collateral, so the
	// remaining debt of every reserve becomes a deficit.
	NoCollateralLeft bool
}

// balances returns the borrower's collateral and debt balances in the two
// reserves and their base values, rounded as version c.Version does.
func (c *LiquidationCase) balances() (coll, debt, collBase, debtBase *uint256.Int, err error) {
	v := c.Version
	if coll, err = CollateralBalance(v, &c.ScaledCollateral, &c.Coll.Income); err != nil {
		return
	}
	if debt, err = DebtBalance(v, &c.ScaledDebt, &c.Debt.Debt); err != nil {
		return
	}
	if collBase, err = run(func(z *uint256.Int) error { return mulAddDiv(z, coll, &c.Coll.Price, zero(), &c.Coll.Unit) }); err != nil {
		return
	}
	debtBase, err = c.baseOfDebt(debt)
	return
}

// baseOfDebt values a debt amount in base currency: rounded up from v3.5,
// down before.
func (c *LiquidationCase) baseOfDebt(amount *uint256.Int) (*uint256.Int, error) {
	if c.Version.tokenMath() {
		return run(func(z *uint256.Int) error { return mulDivCeil(z, amount, &c.Debt.Price, &c.Debt.Unit) })
	}
	return run(func(z *uint256.Int) error { return mulAddDiv(z, amount, &c.Debt.Price, zero(), &c.Debt.Unit) })
}

// MaxDebt is the most debt one call may repay: all of the reserve's debt,
// unless both legs are worth at least 2,000 USD, the health factor is above
// 0.95 and this reserve's debt exceeds half of the total debt, in which
// case half of the total debt.
func (c *LiquidationCase) MaxDebt() (*uint256.Int, error) {
	_, debt, collBase, debtBase, err := c.balances()
	if err != nil {
		return nil, err
	}
	return c.maxDebt(debt, collBase, debtBase)
}

func (c *LiquidationCase) maxDebt(debt, collBase, debtBase *uint256.Int) (*uint256.Int, error) {
	if collBase.Lt(closeFactorBase) || debtBase.Lt(closeFactorBase) || !c.Account.HealthFactor.Gt(hfThreshold) {
		return debt.Clone(), nil
	}
	half, err := PercentMul(&c.Account.TotalDebtBase, closeFactor)
	if err != nil {
		return nil, err
	}
	if !debtBase.Gt(half) {
		return debt.Clone(), nil
	}
	return run(func(z *uint256.Int) error { return mulAddDiv(z, half, &c.Debt.Unit, zero(), &c.Debt.Price) })
}

// Liquidate is liquidationCall(…, debtToCover, …) on c: the close factor,
// the collateral with bonus and protocol fee, and the dust rule, as version
// c.Version computes them. It fails with ErrNotLiquidatable, ErrNoDebt or
// ErrMustNotLeaveDust where the call would revert. The caller picks a
// collateral the pool accepts (LT ≠ 0, the user's collateral flag set):
// that check is not repeated here.
func (c *LiquidationCase) Liquidate(debtToCover *uint256.Int) (Liquidation, error) {
	var out Liquidation
	if !c.Account.HealthFactor.Lt(oneWad) {
		return out, ErrNotLiquidatable
	}
	coll, debt, collBase, debtBase, err := c.balances()
	if err != nil {
		return out, err
	}
	if debt.IsZero() {
		return out, ErrNoDebt
	}
	maxDebt, err := c.maxDebt(debt, collBase, debtBase)
	if err != nil {
		return out, err
	}
	actual := debtToCover.Clone()
	if maxDebt.Lt(actual) {
		actual = maxDebt
	}
	if err := c.collateralFor(&out, actual, coll); err != nil {
		return out, err
	}
	var taken uint256.Int
	if _, of := taken.AddOverflow(&out.Collateral, &out.Fee); of {
		return out, ErrOverflow
	}
	if out.Debt.Lt(debt) && taken.Lt(coll) {
		leftDebt, err := c.baseOfDebt(new(uint256.Int).Sub(debt, &out.Debt))
		if err != nil {
			return out, err
		}
		var leftColl uint256.Int
		if err := mulAddDiv(&leftColl, new(uint256.Int).Sub(coll, &taken), &c.Coll.Price, zero(), &c.Coll.Unit); err != nil {
			return out, err
		}
		if leftDebt.Lt(minLeftover) || leftColl.Lt(minLeftover) {
			return out, ErrMustNotLeaveDust
		}
	}
	out.NoCollateralLeft = c.Account.TotalCollateralBase.Eq(&out.CollateralBase)
	return out, nil
}

// collateralFor is _calculateAvailableCollateralToLiquidate: the collateral
// worth debtToCover plus the bonus, capped by the balance (then the debt is
// what that balance covers), less the protocol fee on the bonus.
func (c *LiquidationCase) collateralFor(out *Liquidation, debtToCover, balance *uint256.Int) error {
	bonus := uint256.NewInt(uint64(c.Bonus))
	// debtPrice·debtToCover·collUnit / (collPrice·debtUnit), rounded down.
	num, err := mulChain(&c.Debt.Price, debtToCover, &c.Coll.Unit)
	if err != nil {
		return err
	}
	den, err := mulChain(&c.Coll.Price, &c.Debt.Unit)
	if err != nil {
		return err
	}
	if den.IsZero() {
		return ErrDivByZero
	}
	base := new(uint256.Int).Div(num, den)
	maxColl, err := PercentMul(base, bonus)
	if err != nil {
		return err
	}
	if maxColl.Gt(balance) {
		out.Collateral.Set(balance)
		num, err := mulChain(&c.Coll.Price, balance, &c.Debt.Unit)
		if err != nil {
			return err
		}
		den, err := mulChain(&c.Debt.Price, &c.Coll.Unit)
		if err != nil {
			return err
		}
		if den.IsZero() {
			return ErrDivByZero
		}
		worth := new(uint256.Int).Div(num, den)
		var need *uint256.Int
		if c.Version.tokenMath() {
			need, err = PercentDivCeil(worth, bonus)
		} else {
			need, err = PercentDiv(worth, bonus)
		}
		if err != nil {
			return err
		}
		out.Debt.Set(need)
	} else {
		out.Collateral.Set(maxColl)
		out.Debt.Set(debtToCover)
	}
	if err := mulAddDiv(&out.CollateralBase, &out.Collateral, &c.Coll.Price, zero(), &c.Coll.Unit); err != nil {
		return err
	}
	out.Fee.Clear()
	if c.ProtocolFee != 0 {
		principal, err := PercentDiv(&out.Collateral, bonus)
		if err != nil {
			return err
		}
		if principal.Gt(&out.Collateral) {
			return ErrOverflow // a bonus below 100% would underflow on-chain
		}
		fee, err := PercentMul(new(uint256.Int).Sub(&out.Collateral, principal), uint256.NewInt(uint64(c.ProtocolFee)))
		if err != nil {
			return err
		}
		if fee.Gt(&out.Collateral) {
			return ErrOverflow
		}
		out.Fee.Set(fee)
		out.Collateral.Sub(&out.Collateral, fee)
	}
	return nil
}

// SafeDebtToCover is the largest debtToCover that liquidationCall accepts
// on c: the close factor's maximum, or, when that would leave dust, the
// largest smaller amount that leaves at least MinLeftoverBase on both legs
// (found by bisection: leaving more debt also leaves more collateral).
// ok is false when no amount is accepted.
func (c *LiquidationCase) SafeDebtToCover() (amount *uint256.Int, liq Liquidation, ok bool, err error) {
	maxDebt, err := c.MaxDebt()
	if err != nil {
		return nil, Liquidation{}, false, err
	}
	liq, err = c.Liquidate(maxDebt)
	switch {
	case err == nil:
		return maxDebt, liq, true, nil
	case !errors.Is(err, ErrMustNotLeaveDust):
		return nil, Liquidation{}, false, err
	}
	// lo is accepted (or zero), hi is refused.
	lo, hi := new(uint256.Int), maxDebt.Clone()
	var best Liquidation
	found := false
	for {
		var span uint256.Int
		span.Sub(hi, lo)
		if span.LtUint64(2) {
			break
		}
		mid := new(uint256.Int).Add(lo, span.Rsh(&span, 1))
		l, err := c.Liquidate(mid)
		switch {
		case err == nil:
			lo, best, found = mid, l, true
		case errors.Is(err, ErrMustNotLeaveDust):
			hi = mid
		default:
			return nil, Liquidation{}, false, err
		}
	}
	if !found || best.Debt.IsZero() {
		return nil, Liquidation{}, false, nil
	}
	return lo, best, true, nil
}
