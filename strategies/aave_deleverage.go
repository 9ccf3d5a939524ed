package strategies

// Deleverage of managed Aave v3 positions: the Deleverager's health, sizing,
// simulation and landing check for a Target with Aave set.
//
// What is supported: a loop, i.e. a user whose only counted collateral is
// the managed collateral reserve and whose only debt is the managed debt
// reserve, in or out of e-mode. Its health factor at any collateral price
// is then exactly what getUserAccountData would give at that price. A user
// with other reserves (more collateral, more debt, or the same asset on
// both sides) is refused with ErrAaveNotLoop: its health at a price other
// than the oracle's needs every other reserve's balance and threshold,
// which the view does not carry, and withdrawing the managed collateral
// alone is not what its owner asked for.
//
// How a deleverage runs (KeeperExecutor.aaveDeleverage): a flash loan of R
// of the debt asset repays R of the user's debt, the executor takes W of
// the user's collateral aTokens through the allowance the user gave it,
// withdraws and sells them, repays the loan and its premium from the
// proceeds and refunds the surplus to the user.

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// Errors that say why an Aave deleverage was not sent. Each is reported as
// deleverage_infeasible: no transaction can fix it, the owner must act.
var (
	// ErrATokenAllowance means the owner's allowance of the collateral's
	// aToken to the executor is below the collateral the deleverage must
	// withdraw: the executor cannot take it. The owner must approve the
	// executor on the aToken (ATokenColl).
	ErrATokenAllowance = errors.New("atoken_allowance: the owner's allowance of the collateral aToken to the executor is below the withdrawal")
	// ErrAaveNotLoop means the managed user holds reserves besides the
	// managed collateral and debt (or the view's account does not match
	// them): only one-collateral one-debt positions are deleveraged.
	ErrAaveNotLoop = errors.New("not_a_loop: the Aave user holds reserves besides the managed collateral and debt")
	// ErrAaveDeleverageInfeasible means no sale of the user's own
	// collateral reaches the target health: each sale lowers the health at
	// the target (the sale rate after slippage and the flash premium is at
	// most LT/target of the trigger price), or the collateral does not
	// cover the repayment the target needs.
	ErrAaveDeleverageInfeasible = errors.New("aave: deleverage cannot reach the target health")
	// ErrAaveWithdrawUnsafe means the deleverage would leave the health
	// factor at the oracle price below 1, which Aave's transfer and
	// withdraw checks refuse.
	ErrAaveWithdrawUnsafe = errors.New("aave: the withdrawal would leave the health factor at the oracle price below 1")
)

// managedAaveLoop is a managed Aave position reduced to what its health
// needs: its collateral and debt balances (what balanceOf returns at the
// view's block) and the two reserves, the collateral's carrying the
// effective liquidation threshold and LTV (the e-mode category's when it
// covers the collateral) and its price at the trigger price.
type managedAaveLoop struct {
	v          aave.Version
	coll, debt aave.Reserve
	// oraclePrice is the collateral's AaveOracle price (base currency per
	// whole token); coll.Price is the trigger price in the same unit.
	oraclePrice uint256.Int
	c, d        uint256.Int
}

// newManagedAaveLoop reads t's Aave view as a loop priced at the oracle,
// and checks it is one: the account data recomputed from the collateral
// and debt legs alone must equal the view's getUserAccountData figures
// exactly (totals and health factor). For a single collateral, the
// account's weighted liquidation threshold is that collateral's effective
// threshold, exactly, so no e-mode data is needed.
func newManagedAaveLoop(t Target) (*managedAaveLoop, error) {
	a := t.Aave
	c := a.Case
	if c == nil || c.Account == nil || c.Coll == nil || c.Debt == nil {
		return nil, errors.New("aave view has no liquidation case")
	}
	if a.Collateral == a.Debt {
		return nil, fmt.Errorf("%w: collateral and debt are the same reserve %s", ErrAaveNotLoop, a.Collateral.Hex())
	}
	if want := AaveMarketID(a.Pool, a.Collateral, a.Debt); t.MarketID != want {
		return nil, fmt.Errorf("aave view's market id %s is not its pool and reserves' %s", t.MarketID.Hex(), want.Hex())
	}
	acct := c.Account
	if acct.LiquidationThreshold.GtUint64(aave.PercentageFactor) || acct.LTV.GtUint64(aave.PercentageFactor) {
		return nil, fmt.Errorf("aave account of %s: threshold %s or LTV %s above 100%%", t.Borrower.Hex(), acct.LiquidationThreshold.Dec(), acct.LTV.Dec())
	}
	l := &managedAaveLoop{v: c.Version, coll: *c.Coll, debt: *c.Debt}
	l.coll.LT = uint16(acct.LiquidationThreshold.Uint64())
	l.coll.LTV = uint16(acct.LTV.Uint64())
	l.oraclePrice.Set(&c.Coll.Price)
	cb, err := aave.CollateralBalance(c.Version, &c.ScaledCollateral, &c.Coll.Income)
	if err != nil {
		return nil, fmt.Errorf("aave collateral balance: %w", err)
	}
	db, err := aave.DebtBalance(c.Version, &c.ScaledDebt, &c.Debt.Debt)
	if err != nil {
		return nil, fmt.Errorf("aave debt balance: %w", err)
	}
	l.c.Set(cb)
	l.d.Set(db)
	got, err := l.account(&l.oraclePrice, new(uint256.Int), new(uint256.Int))
	if err != nil {
		return nil, err
	}
	if !got.TotalCollateralBase.Eq(&acct.TotalCollateralBase) || !got.TotalDebtBase.Eq(&acct.TotalDebtBase) || !got.HealthFactor.Eq(&acct.HealthFactor) {
		return nil, fmt.Errorf("%w: the two legs give collateral %s, debt %s, health %s; the account has %s, %s, %s",
			ErrAaveNotLoop, got.TotalCollateralBase.Dec(), got.TotalDebtBase.Dec(), got.HealthFactor.Dec(),
			acct.TotalCollateralBase.Dec(), acct.TotalDebtBase.Dec(), acct.HealthFactor.Dec())
	}
	return l, nil
}

// account is getUserAccountData of the loop after withdrawing w collateral
// and repaying r debt, with the collateral priced at collPrice (base
// currency per whole token), computed by internal/aave's AccountData so
// that every rounding is the Pool's. The legs hold balances (index RAY:
// balance = scaled exactly under every version's rounding). Balances after
// are c − w and d − r; on chain they can differ by a unit, the scaled
// amounts of the transfer and the repayment being rounded.
func (l *managedAaveLoop) account(collPrice, w, r *uint256.Int) (aave.Account, error) {
	var c1, d1 uint256.Int
	if _, under := c1.SubOverflow(&l.c, w); under {
		return aave.Account{}, fmt.Errorf("withdrawal %s exceeds collateral %s: %w", w.Dec(), l.c.Dec(), aave.ErrOverflow)
	}
	if _, under := d1.SubOverflow(&l.d, r); under {
		return aave.Account{}, fmt.Errorf("repayment %s exceeds debt %s: %w", r.Dec(), l.d.Dec(), aave.ErrOverflow)
	}
	coll, debt := l.coll, l.debt
	coll.Price.Set(collPrice)
	coll.Income.Set(aave.RAY)
	debt.Debt.Set(aave.RAY)
	legs := []aave.Leg{
		{Reserve: &coll, ScaledCollateral: c1, Collateral: true},
		{Reserve: &debt, ScaledDebt: d1, Borrowing: true},
	}
	a, err := aave.AccountData(l.v, legs, nil)
	if err != nil {
		return aave.Account{}, fmt.Errorf("aave account data: %w", err)
	}
	return a, nil
}

// basePrice converts a collateral price in debt units per collateral unit
// (1e36 scale, Target's prices) to the AaveOracle's unit, base currency
// per whole collateral token, at the debt's oracle price:
// ⌊price·Pd·Uc/(Ud·1e36)⌋ (down: the collateral is not overvalued).
func (l *managedAaveLoop) basePrice(price *uint256.Int) (*uint256.Int, error) {
	num := new(big.Int).Mul(price.ToBig(), l.debt.Price.ToBig())
	num.Mul(num, l.coll.Unit.ToBig())
	den := new(big.Int).Mul(l.debt.Unit.ToBig(), morpho.OraclePriceScale.ToBig())
	if den.Sign() == 0 {
		return nil, errors.New("aave debt reserve has no unit")
	}
	p, overflow := uint256.FromBig(num.Quo(num, den))
	if overflow {
		return nil, fmt.Errorf("aave collateral price %s in base currency overflows uint256", price.Dec())
	}
	return p, nil
}

// managedAaveHealth is the health of t's Aave position at spec's trigger
// price (1e36 scale, price): getUserAccountData's health factor with the
// collateral's oracle price replaced by the trigger price in base
// currency, the debt's unchanged. At the oracle trigger the reserve's own
// AaveOracle price is used as is (no round trip through the 1e36 scale):
// the health is then exactly the view's getUserAccountData figure.
func managedAaveHealth(spec Managed, t Target, price *uint256.Int) (managedHealth, error) {
	if t.Aave.Case == nil {
		return managedHealth{}, nil // no collateral and debt pair: nothing to deleverage
	}
	l, err := newManagedAaveLoop(t)
	if err != nil {
		return managedHealth{}, err
	}
	if spec.TriggerPrice == PriceOracle {
		l.coll.Price.Set(&l.oraclePrice)
	} else {
		p, err := l.basePrice(price)
		if err != nil {
			return managedHealth{}, err
		}
		l.coll.Price.Set(p)
	}
	a, err := l.account(&l.coll.Price, new(uint256.Int), new(uint256.Int))
	if err != nil {
		return managedHealth{}, err
	}
	return managedHealth{ratio: a.HealthFactor, hasDebt: !a.TotalDebtBase.IsZero(), aave: l}, nil
}

// aaveDeleverageSizing sizes a deleverage of a loop (priced at the trigger
// price) to target health h1: repay r of the debt with a flash loan, and
// withdraw and sell w = ⌈(r + premium(r))·1e36/rate⌉ collateral, rate being
// the sale price after the slippage bound (debt units per collateral unit,
// 1e36 scale) and premium(r) = ⌈r·premiumBps/1e4⌉ the flash-loan premium.
type aaveDeleverageSizing struct {
	loop       *managedAaveLoop
	h1, rate   *uint256.Int
	premiumBps uint64
}

// aaveDeleverageSize is a sized deleverage.
type aaveDeleverageSize struct {
	repay, withdraw, premium *uint256.Int
	// health is the health factor after, at the trigger price (max uint
	// when the debt is repaid in full).
	health *uint256.Int
}

// aaveDeleverageBps is 1e4, the bps denominator.
var aaveDeleverageBps = uint256.NewInt(aave.PercentageFactor)

// withdrawFor is the collateral w sold to repay r and its premium.
func (s *aaveDeleverageSizing) withdrawFor(r *uint256.Int) (w, premium *uint256.Int, err error) {
	premium = new(uint256.Int)
	var rem uint256.Int
	if _, overflow := premium.MulOverflow(r, uint256.NewInt(s.premiumBps)); overflow {
		return nil, nil, fmt.Errorf("flash premium of %s: %w", r.Dec(), aave.ErrOverflow)
	}
	rem.Mod(premium, aaveDeleverageBps)
	premium.Div(premium, aaveDeleverageBps)
	if !rem.IsZero() {
		premium.AddUint64(premium, 1)
	}
	owed := new(big.Int).Add(r.ToBig(), premium.ToBig())
	owed.Mul(owed, morpho.OraclePriceScale.ToBig())
	q, m := new(big.Int).QuoRem(owed, s.rate.ToBig(), new(big.Int))
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	w, overflow := uint256.FromBig(q)
	if overflow {
		return nil, nil, fmt.Errorf("withdrawal for %s: %w", r.Dec(), aave.ErrOverflow)
	}
	return w, premium, nil
}

// at evaluates repaying r: nil when the sale needs more collateral than
// the user has.
func (s *aaveDeleverageSizing) at(r *uint256.Int) (*aaveDeleverageSize, error) {
	w, premium, err := s.withdrawFor(r)
	if err != nil {
		return nil, err
	}
	if w.Gt(&s.loop.c) {
		return nil, nil
	}
	a, err := s.loop.account(&s.loop.coll.Price, w, r)
	if err != nil {
		return nil, err
	}
	return &aaveDeleverageSize{repay: r.Clone(), withdraw: w, premium: premium, health: a.HealthFactor.Clone()}, nil
}

// reaches reports whether repaying r lands at health ≥ h1 with the user's
// own collateral.
func (s *aaveDeleverageSizing) reaches(r *uint256.Int) (*aaveDeleverageSize, bool, error) {
	z, err := s.at(r)
	if err != nil || z == nil {
		return nil, false, err
	}
	return z, !z.health.Lt(s.h1), nil
}

// solve returns the least repayment (and its withdrawal) whose health
// after, recomputed with Aave's rounding, is at least h1.
//
// In exact arithmetic, with A = Pc·LT·Ud·1e18 and B = h1·1e4·Uc·Pd (prices
// in base currency, LT in bps, h1 WAD), health(C − w, D − r) ≥ h1 with
// w = r·(1e4+φ)·1e36/(1e4·rate) reads r·s ≥ n for
//
//	s = B·1e4·rate − A·(1e4+φ)·1e36,  n = 1e4·rate·(B·D − A·C),
//
// the loop math of §6 (k = rate/(P·(1+φ))) in Aave's terms. s ≤ 0: each
// sale lowers the health at the target, infeasible. Otherwise r* = ⌈n/s⌉
// is a lower bound (from v3.5 every rounding lowers the health: values
// floored, debt ceiled, the health floored, w and the premium ceiled), and
// the search gallops up from it to a repayment that holds, then bisects
// to the least one whose predecessor fails. A repayment of the whole debt
// holds whenever its sale fits in the collateral (no debt: health max).
func (s *aaveDeleverageSizing) solve() (*aaveDeleverageSize, error) {
	l := s.loop
	zero := new(uint256.Int)
	before, err := l.account(&l.coll.Price, zero, zero)
	if err != nil {
		return nil, err
	}
	if !before.HealthFactor.Lt(s.h1) {
		return nil, fmt.Errorf("%w: health %s, target %s", morpho.ErrAlreadyAboveTarget, before.HealthFactor.Dec(), s.h1.Dec())
	}
	if s.rate.IsZero() {
		return nil, fmt.Errorf("%w: zero sale rate", ErrAaveDeleverageInfeasible)
	}
	pc, pd := l.coll.Price.ToBig(), l.debt.Price.ToBig()
	uc, ud := l.coll.Unit.ToBig(), l.debt.Unit.ToBig()
	lt, h1, rate := big.NewInt(int64(l.coll.LT)), s.h1.ToBig(), s.rate.ToBig()
	bps, scale := big.NewInt(int64(aave.PercentageFactor)), morpho.OraclePriceScale.ToBig()
	wad := new(big.Int).SetUint64(aave.WAD)
	bigA := new(big.Int).Mul(pc, lt)
	bigA.Mul(bigA, ud).Mul(bigA, wad)
	bigB := new(big.Int).Mul(h1, bps)
	bigB.Mul(bigB, uc).Mul(bigB, pd)
	sDen := new(big.Int).Mul(bigB, bps)
	sDen.Mul(sDen, rate)
	fee := new(big.Int).Add(bps, new(big.Int).SetUint64(s.premiumBps))
	sDen.Sub(sDen, new(big.Int).Mul(new(big.Int).Mul(bigA, fee), scale))
	if sDen.Sign() <= 0 {
		return nil, fmt.Errorf("%w: each sale lowers the health at the target: rate %s after slippage and a %d bps flash premium is at most LT %d bps / target %s of the trigger price %s (base currency)",
			ErrAaveDeleverageInfeasible, s.rate.Dec(), s.premiumBps, l.coll.LT, s.h1.Dec(), l.coll.Price.Dec())
	}
	n := new(big.Int).Mul(bigB, l.d.ToBig())
	n.Sub(n, new(big.Int).Mul(bigA, l.c.ToBig()))
	n.Mul(n, bps).Mul(n, rate)

	// limit is the largest repayment: the whole debt, or what selling all the
	// collateral pays for.
	limit, err := s.maxRepay()
	if err != nil {
		return nil, err
	}
	lo := new(uint256.Int)
	if n.Sign() > 0 {
		q, m := new(big.Int).QuoRem(n, sDen, new(big.Int))
		if m.Sign() != 0 {
			q.Add(q, big.NewInt(1))
		}
		if q.Cmp(limit.ToBig()) > 0 {
			return nil, s.short(q, limit)
		}
		lo.SetFromBig(q)
	}
	if lo.IsZero() {
		lo.SetOne() // repaying nothing changes nothing: h0 < h1
	}
	hi := lo.Clone()
	z, ok, err := s.reaches(hi)
	if err != nil {
		return nil, err
	}
	if ok {
		return z, nil
	}
	// Gallop: lo fails; find a hi that holds.
	step := uint256.NewInt(1)
	for !ok {
		if !hi.Lt(limit) {
			return nil, s.short(limit.ToBig(), limit)
		}
		lo.Set(hi)
		hi.Add(hi, step)
		if hi.Gt(limit) {
			hi.Set(limit)
		}
		step.Lsh(step, 1)
		if z, ok, err = s.reaches(hi); err != nil {
			return nil, err
		}
	}
	// Bisect: lo fails, hi holds (z is hi's).
	var one, mid uint256.Int
	one.SetOne()
	for {
		mid.Sub(hi, lo)
		if !mid.Gt(&one) {
			return z, nil
		}
		mid.Rsh(&mid, 1)
		mid.Add(&mid, lo)
		mz, ok, err := s.reaches(&mid)
		if err != nil {
			return nil, err
		}
		if ok {
			hi.Set(&mid)
			z = mz
		} else {
			lo.Set(&mid)
		}
	}
}

// maxRepay is the largest repayment the collateral pays for (its sale
// fits in the balance), capped at the debt.
func (s *aaveDeleverageSizing) maxRepay() (*uint256.Int, error) {
	l := s.loop
	// r·(1e4+φ)/1e4 ≤ C·rate/1e36, less the roundings: start there and step
	// down until the sale fits (a few units at most).
	est := new(big.Int).Mul(l.c.ToBig(), s.rate.ToBig())
	est.Quo(est, morpho.OraclePriceScale.ToBig())
	est.Mul(est, big.NewInt(int64(aave.PercentageFactor)))
	est.Quo(est, new(big.Int).SetUint64(aave.PercentageFactor+s.premiumBps))
	if est.Cmp(l.d.ToBig()) > 0 {
		est.Set(l.d.ToBig())
	}
	r, _ := uint256.FromBig(est) // ≤ d
	for !r.IsZero() {
		w, _, err := s.withdrawFor(r)
		if err != nil {
			return nil, err
		}
		if !w.Gt(&l.c) {
			return r, nil
		}
		// Each unit of r sells at most ⌈(1e4+φ)·1e36/(1e4·rate)⌉ collateral.
		excess := new(big.Int).Sub(w.ToBig(), l.c.ToBig())
		excess.Mul(excess, s.rate.ToBig())
		excess.Quo(excess, morpho.OraclePriceScale.ToBig())
		excess.Add(excess, big.NewInt(1))
		if excess.Cmp(r.ToBig()) >= 0 {
			r.Clear()
		} else {
			r.Sub(r, uint256.MustFromBig(excess))
		}
	}
	return r, nil
}

// short is the error of a target needing a repayment of need when at most
// limit can be paid for.
func (s *aaveDeleverageSizing) short(need *big.Int, limit *uint256.Int) error {
	return fmt.Errorf("%w: needs a repayment of about %s but selling all %s collateral at rate %s pays for %s of the %s debt",
		ErrAaveDeleverageInfeasible, need, s.loop.c.Dec(), s.rate.Dec(), limit.Dec(), s.loop.d.Dec())
}

// planAave sizes the deleverage of an Aave loop at the trigger price with
// a realised rate of the market price less the slippage bound, checks the
// owner's aToken allowance and Aave's withdraw rule, simulates it, re-sizes
// once at the rate the venue actually gives, and simulates again (as plan
// does for Morpho).
func (d *Deleverager) planAave(ctx context.Context, spec Managed, t Target, price *uint256.Int, h managedHealth) (*deleveragePlan, error) {
	venue, ok := d.cfg.Venues[t.MarketID]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoVenue, t.MarketName)
	}
	if t.SalePrice == nil {
		return nil, ErrNoSalePrice
	}
	premiumBps, err := d.aaveFlashPremium(ctx, t)
	if err != nil {
		return nil, err
	}
	allowance, err := d.aTokenAllowance(ctx, t)
	if err != nil {
		return nil, err
	}
	rate := new(uint256.Int).Mul(t.SalePrice, uint256.NewInt(10_000-min(spec.MaxSlippageBps, 10_000)))
	rate.Div(rate, uint256.NewInt(10_000))
	var p *deleveragePlan
	for range 2 {
		sz := aaveDeleverageSizing{loop: h.aave, h1: spec.Target, rate: rate, premiumBps: premiumBps}
		p, err = d.sizeAave(ctx, spec, t, venue, &sz, allowance)
		if err != nil {
			return nil, err
		}
		p.healthBefore, p.price = h.ratio.Clone(), price
		// The rate the venue gives, proceeds per unit sold, with half the
		// slippage bound kept as a cushion (see plan).
		actual := new(big.Int).Mul(p.proceeds, morpho.OraclePriceScale.ToBig())
		actual.Quo(actual, p.withdraw.ToBig())
		a, overflow := uint256.FromBig(actual)
		if overflow {
			break
		}
		cushion := min(spec.MaxSlippageBps/2, 10_000)
		a.Mul(a, uint256.NewInt(10_000-cushion))
		a.Div(a, uint256.NewInt(10_000))
		if !a.Gt(rate) {
			break
		}
		rate = a
	}
	return p, nil
}

// sizeAave sizes at one rate and simulates the executor's aaveDeleverage
// from the keeper's address at the latest block.
func (d *Deleverager) sizeAave(ctx context.Context, spec Managed, t Target, v Venue, sz *aaveDeleverageSizing, allowance *uint256.Int) (*deleveragePlan, error) {
	size, err := sz.solve()
	if err != nil {
		return nil, err
	}
	if size.withdraw.Gt(allowance) {
		return nil, fmt.Errorf("%w: withdrawing %s of %s needs an allowance of at least that to %s; it is %s",
			ErrATokenAllowance, size.withdraw.Dec(), t.Aave.ATokenColl.Hex(), d.cfg.Executor.Hex(), allowance.Dec())
	}
	l := sz.loop
	atOracle, err := l.account(&l.oraclePrice, size.withdraw, size.repay)
	if err != nil {
		return nil, err
	}
	if atOracle.HealthFactor.LtUint64(aave.WAD) {
		return nil, fmt.Errorf("%w: withdrawing %s and repaying %s leaves %s", ErrAaveWithdrawUnsafe,
			size.withdraw.Dec(), size.repay.Dec(), atOracle.HealthFactor.Dec())
	}
	owed := new(uint256.Int).Add(size.repay, size.premium)
	swap := keeperexecutor.Swap{
		Kind: v.Kind, Pool: v.Pool, I: big.NewInt(v.I), J: big.NewInt(v.J), ZeroForOne: v.ZeroForOne, MinOut: owed.ToBig(),
	}
	a := t.Aave
	data := d.exec.PackAaveDeleverage(a.Pool, a.Collateral, a.ATokenColl, a.Debt, t.Borrower, size.repay.ToBig(), size.withdraw.ToBig(), swap)
	to := d.cfg.Executor
	msg := ethereum.CallMsg{From: d.sender.From(), To: &to, Data: data}
	raw, err := d.node.CallContract(ctx, msg, nil)
	if err != nil {
		rev, ok := chain.RevertData(err)
		if !ok {
			return nil, fmt.Errorf("simulate aave deleverage: %w", err)
		}
		r := chain.DecodeRevert(rev, d.aaveErrABIs()...)
		if shallowVenue(r) {
			out := "less"
			if r.Name == "SwapOutputBelowMinimum" && len(r.Args) == 2 {
				if o, ok := r.Args[0].(*big.Int); ok {
					out = o.String()
				}
			}
			return nil, fmt.Errorf("%w: selling %s fetches %s, below the %s repaid plus its %s flash premium at max_slippage_bps %d under the market price",
				ErrVenueTooShallow, size.withdraw.Dec(), out, size.repay.Dec(), size.premium.Dec(), spec.MaxSlippageBps)
		}
		return nil, fmt.Errorf("simulate aave deleverage: %w: %s", ErrSimulationReverted, r.Reason)
	}
	out, err := d.exec.UnpackAaveDeleverage(raw)
	if err != nil {
		return nil, fmt.Errorf("decode aave deleverage simulation: %w", err)
	}
	if out.Repaid == nil || out.Refund == nil {
		return nil, errors.New("aave deleverage simulation returned no figures")
	}
	gas, err := d.node.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%w: estimate gas: %w", ErrSimulationReverted, err)
	}
	// The sale's proceeds: the executor's surplus is proceeds − repaid −
	// premium (of the whole loan).
	proceeds := new(big.Int).Add(out.Refund, out.Repaid)
	proceeds.Add(proceeds, size.premium.ToBig())
	return &deleveragePlan{
		withdraw: size.withdraw, repay: size.repay, healthTarget: size.health,
		proceeds: proceeds, calldata: data, gasLimit: gas + gas*d.cfg.GasMarginPct/100,
		premium: size.premium.ToBig(), refund: out.Refund, aave: l,
	}, nil
}

// aaveErrABIs decode the reverts of an Aave deleverage: the executor's,
// the Pool's and the aToken's custom errors.
func (d *Deleverager) aaveErrABIs() []*abi.ABI {
	return []*abi.ABI{d.errs, d.aavePoolErrs, d.aTokenErrs}
}

// aaveFlashPremium reads the pool's FLASHLOAN_PREMIUM_TOTAL (bps).
func (d *Deleverager) aaveFlashPremium(ctx context.Context, t Target) (uint64, error) {
	to := t.Aave.Pool
	raw, err := d.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: d.aavePool.PackFLASHLOANPREMIUMTOTAL()}, nil)
	if err != nil {
		return 0, fmt.Errorf("read aave flash premium: %w", err)
	}
	p, err := d.aavePool.UnpackFLASHLOANPREMIUMTOTAL(raw)
	if err != nil {
		return 0, fmt.Errorf("decode aave flash premium: %w", err)
	}
	if !p.IsUint64() || p.Uint64() > aave.PercentageFactor {
		return 0, fmt.Errorf("aave flash premium %s bps out of range", p)
	}
	return p.Uint64(), nil
}

// aTokenAllowance reads the owner's allowance of the collateral aToken to
// the executor at the latest block.
func (d *Deleverager) aTokenAllowance(ctx context.Context, t Target) (*uint256.Int, error) {
	to := t.Aave.ATokenColl
	raw, err := d.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: d.aToken.PackAllowance(t.Borrower, d.cfg.Executor)}, nil)
	if err != nil {
		return nil, fmt.Errorf("read aToken allowance: %w", err)
	}
	a, err := d.aToken.UnpackAllowance(raw)
	if err != nil {
		return nil, fmt.Errorf("decode aToken allowance: %w", err)
	}
	out, overflow := uint256.FromBig(a)
	if overflow {
		return nil, fmt.Errorf("aToken allowance %s overflows uint256", a)
	}
	return out, nil
}

// aaveHealthOnChain reads the user's health at block, at the trigger price
// the deleverage was sized at. At the oracle trigger it is the Pool's own
// getUserAccountData health factor. At another trigger price it is
// recomputed from the user's collateral aToken and variable-debt balances
// at block and the threshold getUserAccountData reports (exact for a
// loop), the prices being those of the plan.
func (d *Deleverager) aaveHealthOnChain(ctx context.Context, spec Managed, t Target, p *deleveragePlan, block *big.Int) (*uint256.Int, error) {
	call := func(to common.Address, data []byte) ([]byte, error) {
		return d.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	}
	a := t.Aave
	raw, err := call(a.Pool, d.aavePool.PackGetUserAccountData(t.Borrower))
	if err != nil {
		return nil, fmt.Errorf("read getUserAccountData: %w", err)
	}
	acct, err := d.aavePool.UnpackGetUserAccountData(raw)
	if err != nil {
		return nil, fmt.Errorf("decode getUserAccountData: %w", err)
	}
	if spec.TriggerPrice == PriceOracle {
		hf, overflow := uint256.FromBig(acct.HealthFactor)
		if overflow {
			return nil, fmt.Errorf("health factor %s overflows uint256", acct.HealthFactor)
		}
		return hf, nil
	}
	raw, err = call(a.Pool, d.aavePool.PackGetReserveVariableDebtToken(a.Debt))
	if err != nil {
		return nil, fmt.Errorf("read the variable debt token: %w", err)
	}
	debtToken, err := d.aavePool.UnpackGetReserveVariableDebtToken(raw)
	if err != nil {
		return nil, fmt.Errorf("decode the variable debt token: %w", err)
	}
	balance := func(token common.Address) (*uint256.Int, error) {
		raw, err := call(token, d.aToken.PackBalanceOf(t.Borrower))
		if err != nil {
			return nil, fmt.Errorf("read balance of %s: %w", token.Hex(), err)
		}
		b, err := d.aToken.UnpackBalanceOf(raw)
		if err != nil {
			return nil, fmt.Errorf("decode balance of %s: %w", token.Hex(), err)
		}
		u, overflow := uint256.FromBig(b)
		if overflow {
			return nil, fmt.Errorf("balance of %s overflows uint256", token.Hex())
		}
		return u, nil
	}
	cb, err := balance(a.ATokenColl)
	if err != nil {
		return nil, err
	}
	db, err := balance(debtToken)
	if err != nil {
		return nil, err
	}
	if !acct.CurrentLiquidationThreshold.IsUint64() || acct.CurrentLiquidationThreshold.Uint64() > aave.PercentageFactor {
		return nil, fmt.Errorf("liquidation threshold %s out of range", acct.CurrentLiquidationThreshold)
	}
	l := *p.aave
	l.c.Set(cb)
	l.d.Set(db)
	l.coll.LT = uint16(acct.CurrentLiquidationThreshold.Uint64())
	after, err := l.account(&l.coll.Price, new(uint256.Int), new(uint256.Int))
	if err != nil {
		return nil, err
	}
	return &after.HealthFactor, nil
}
