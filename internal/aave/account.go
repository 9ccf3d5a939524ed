package aave

import (
	"github.com/holiman/uint256"
)

// Reserve is what the account math needs of one reserve at one moment: its
// indexes brought to that moment, its oracle price and its risk
// parameters.
type Reserve struct {
	ID uint16
	// Income and Debt are the normalized income and variable debt (RAY) at
	// the moment of the computation: getReserveNormalizedIncome and
	// getReserveNormalizedVariableDebt.
	Income, Debt uint256.Int
	// Price is the AaveOracle price in base currency units per whole token.
	Price uint256.Int
	// Unit is 10^decimals.
	Unit uint256.Int
	// LTV, LT in basis points; LT = 0 means not usable as collateral.
	LTV, LT uint16
}

// Indexes is a reserve's stored interest state (getReserveData).
type Indexes struct {
	LiquidityIndex, LiquidityRate           uint256.Int // RAY
	VariableBorrowIndex, VariableBorrowRate uint256.Int // RAY
	LastUpdate                              uint64
}

// NormalizedIncome is ReserveLogic.getNormalizedIncome at now: the stored
// index when the reserve was updated in this block, else the index grown
// linearly.
func (ix *Indexes) NormalizedIncome(now uint64) (*uint256.Int, error) {
	if now == ix.LastUpdate {
		return ix.LiquidityIndex.Clone(), nil
	}
	lin, err := LinearInterest(&ix.LiquidityRate, ix.LastUpdate, now)
	if err != nil {
		return nil, err
	}
	return RayMul(lin, &ix.LiquidityIndex)
}

// NormalizedDebt is ReserveLogic.getNormalizedDebt at now under v's
// compounding.
func (ix *Indexes) NormalizedDebt(v Version, now uint64) (*uint256.Int, error) {
	if now == ix.LastUpdate {
		return ix.VariableBorrowIndex.Clone(), nil
	}
	c, err := CompoundedInterest(v, &ix.VariableBorrowRate, ix.LastUpdate, now)
	if err != nil {
		return nil, err
	}
	return RayMul(c, &ix.VariableBorrowIndex)
}

// EMode is a user's e-mode category: its collateral parameters and the
// reserves they apply to (bit i = reserve id i).
type EMode struct {
	ID          uint8
	LTV, LT, LB uint16
	Collateral  uint256.Int // getEModeCategoryCollateralBitmap
}

// Covers reports whether the category's parameters apply to reserve id.
func (e *EMode) Covers(id uint16) bool {
	return e != nil && e.ID != 0 && id < 128 && bitSet(&e.Collateral, uint(id))
}

// bitSet reports bit i of x (uint256.Int is four little-endian words).
func bitSet(x *uint256.Int, i uint) bool { return x[i/64]>>(i%64)&1 == 1 }

// Leg is one reserve of a user: the scaled balances and the flags of its
// user configuration.
type Leg struct {
	Reserve          *Reserve
	ScaledCollateral uint256.Int // aToken scaledBalanceOf
	ScaledDebt       uint256.Int // variable debt token scaledBalanceOf
	Collateral       bool        // the collateral bit (2i+1)
	Borrowing        bool        // the borrowing bit (2i)
}

// Account is getUserAccountData's answer.
type Account struct {
	TotalCollateralBase, TotalDebtBase, AvailableBorrowsBase uint256.Int
	// LiquidationThreshold and LTV are the collateral-weighted averages
	// (bps, rounded down).
	LiquidationThreshold, LTV uint256.Int
	// HealthFactor is WAD; 2^256−1 without debt.
	HealthFactor uint256.Int
	// ZeroLTVCollateral reports a counted collateral with LTV 0.
	ZeroLTVCollateral bool
}

// CollateralValue is a collateral balance in base currency: the balance
// (rounded half up before v3.5, down from v3.5) times the price over the
// unit, rounded down.
func CollateralValue(v Version, scaled *uint256.Int, r *Reserve) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return collateralValue(z, v, scaled, r) })
}

// DebtValue is a debt balance in base currency: before v3.5 the balance
// (half up) times the price over the unit rounded down; from v3.5 both
// rounded up.
func DebtValue(v Version, scaled *uint256.Int, r *Reserve) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return debtValue(z, v, scaled, r) })
}

// CollateralBalance is the aToken balanceOf: scaled·income, half up before
// v3.5, down from v3.5.
func CollateralBalance(v Version, scaled, income *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return collateralBalance(z, v, scaled, income) })
}

// DebtBalance is the variable debt token balanceOf: scaled·index, half up
// before v3.5, up from v3.5.
func DebtBalance(v Version, scaled, index *uint256.Int) (*uint256.Int, error) {
	return run(func(z *uint256.Int) error { return debtBalance(z, v, scaled, index) })
}

// The in-place forms below set z (which must not be an argument) and
// allocate nothing: AccountData runs for every user a tick visits.

func collateralValue(z *uint256.Int, v Version, scaled *uint256.Int, r *Reserve) error {
	var bal uint256.Int
	if err := collateralBalance(&bal, v, scaled, &r.Income); err != nil {
		return err
	}
	return mulAddDiv(z, &bal, &r.Price, zero(), &r.Unit)
}

func debtValue(z *uint256.Int, v Version, scaled *uint256.Int, r *Reserve) error {
	var bal uint256.Int
	if err := debtBalance(&bal, v, scaled, &r.Debt); err != nil {
		return err
	}
	if v.tokenMath() {
		return mulDivCeil(z, &bal, &r.Price, &r.Unit)
	}
	return mulAddDiv(z, &bal, &r.Price, zero(), &r.Unit)
}

func collateralBalance(z *uint256.Int, v Version, scaled, income *uint256.Int) error {
	if v.tokenMath() {
		return mulAddDiv(z, scaled, income, zero(), ray) // RayMulFloor
	}
	return mulAddDiv(z, scaled, income, halfRay, ray) // RayMul
}

func debtBalance(z *uint256.Int, v Version, scaled, index *uint256.Int) error {
	if v.tokenMath() {
		return mulDivCeil(z, scaled, index, ray) // RayMulCeil
	}
	return mulAddDiv(z, scaled, index, halfRay, ray) // RayMul
}

// AccountData is GenericLogic.calculateUserAccountData with
// PoolLogic.executeGetUserAccountData's available borrows, exactly as
// version v computes them. em is the user's e-mode category (nil or ID 0
// for none). The legs' order does not matter: every sum is exact.
func AccountData(v Version, legs []Leg, em *EMode) (Account, error) {
	return AccountDataValues(v, legs, em, nil)
}

// LegValues are a leg's values in base currency as AccountData counts
// them: zero on a side it does not count.
type LegValues struct {
	Collateral, Debt uint256.Int
}

// AccountDataValues is AccountData that also sets vals[i] to legs[i]'s
// values, so that a caller choosing the legs to liquidate does not
// compute them again. vals is nil or at least as long as legs.
func AccountDataValues(v Version, legs []Leg, em *EMode, vals []LegValues) (Account, error) {
	var a Account
	var ltvSum, ltSum, val uint256.Int
	for i := range legs {
		l := &legs[i]
		r := l.Reserve
		if vals != nil {
			vals[i] = LegValues{}
		}
		if l.Collateral && r.LT != 0 {
			if err := collateralValue(&val, v, &l.ScaledCollateral, r); err != nil {
				return Account{}, err
			}
			if vals != nil {
				vals[i].Collateral = val
			}
			if _, of := a.TotalCollateralBase.AddOverflow(&a.TotalCollateralBase, &val); of {
				return Account{}, ErrOverflow
			}
			ltv, lt := r.LTV, r.LT
			if em.Covers(r.ID) {
				lt = em.LT
				if ltv != 0 {
					ltv = em.LTV
				}
			}
			if ltv != 0 {
				if err := addProduct(&ltvSum, &val, uint64(ltv)); err != nil {
					return Account{}, err
				}
			} else {
				a.ZeroLTVCollateral = true
			}
			if err := addProduct(&ltSum, &val, uint64(lt)); err != nil {
				return Account{}, err
			}
		}
		if l.Borrowing {
			if err := debtValue(&val, v, &l.ScaledDebt, r); err != nil {
				return Account{}, err
			}
			if vals != nil {
				vals[i].Debt = val
			}
			if _, of := a.TotalDebtBase.AddOverflow(&a.TotalDebtBase, &val); of {
				return Account{}, ErrOverflow
			}
		}
	}
	if !a.TotalCollateralBase.IsZero() {
		a.LTV.Div(&ltvSum, &a.TotalCollateralBase)
		a.LiquidationThreshold.Div(&ltSum, &a.TotalCollateralBase)
	}
	if err := healthFactor(v, &a, &ltSum); err != nil {
		return Account{}, err
	}
	return a, availableBorrows(v, &a)
}

// addProduct adds x·k to sum, failing on overflow.
func addProduct(sum, x *uint256.Int, k uint64) error {
	var p uint256.Int
	if _, of := p.MulOverflow(x, uint256.NewInt(k)); of {
		return ErrOverflow
	}
	if _, of := sum.AddOverflow(sum, &p); of {
		return ErrOverflow
	}
	return nil
}

// healthFactor sets a.HealthFactor: before v3.5
// wadDiv(percentMul(collateral, avgLT), debt); from v3.5
// wadDiv(Σ value·LT, debt)/1e4 (rounded down). No debt: 2^256−1.
func healthFactor(v Version, a *Account, ltSum *uint256.Int) error {
	if a.TotalDebtBase.IsZero() {
		a.HealthFactor.Set(maxUint)
		return nil
	}
	if v.tokenMath() {
		var h uint256.Int
		if err := wadDiv(&h, ltSum, &a.TotalDebtBase); err != nil {
			return err
		}
		a.HealthFactor.Div(&h, pct)
		return nil
	}
	var weighted uint256.Int
	if err := mulAddDiv(&weighted, &a.TotalCollateralBase, &a.LiquidationThreshold, halfPct, pct); err != nil { // PercentMul
		return err
	}
	return wadDiv(&a.HealthFactor, &weighted, &a.TotalDebtBase)
}

// availableBorrows sets a.AvailableBorrowsBase: collateral·avgLTV (half up
// before v3.5, down from v3.5) less the debt, floored at 0.
func availableBorrows(v Version, a *Account) error {
	add := halfPct // PercentMul
	if v.tokenMath() {
		add = zero() // PercentMulFloor
	}
	var capacity uint256.Int
	if err := mulAddDiv(&capacity, &a.TotalCollateralBase, &a.LTV, add, pct); err != nil {
		return err
	}
	if capacity.Gt(&a.TotalDebtBase) {
		a.AvailableBorrowsBase.Sub(&capacity, &a.TotalDebtBase)
	}
	return nil
}
