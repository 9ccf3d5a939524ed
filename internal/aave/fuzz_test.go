package aave

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// word builds a 256-bit value from fuzz input, scaled down by shift bits so
// that both small and overflowing ranges are reached.
func word(a, b uint64, shift uint8) *uint256.Int {
	x := new(uint256.Int).SetUint64(a)
	x.Lsh(x, 192)
	x.Or(x, new(uint256.Int).Lsh(new(uint256.Int).SetUint64(b), 64))
	x.Or(x, new(uint256.Int).SetUint64(a^b))
	return x.Rsh(x, uint(shift))
}

// agree checks a uint256 result against the reference: the same value, or
// both failing.
func agree(t *testing.T, name string, got *uint256.Int, err error, want *big.Int, ok bool) {
	t.Helper()
	if !ok {
		require.Error(t, err, "%s: the reference reverts", name)
		return
	}
	require.NoError(t, err, name)
	require.Equal(t, want.String(), got.Dec(), name)
}

func FuzzWadRayPercent(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint64(3), uint64(4), uint8(180), uint8(200))
	f.Add(^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), uint8(0), uint8(0))
	f.Add(uint64(7), uint64(0), uint64(0), uint64(0), uint8(255), uint8(255))
	f.Fuzz(func(t *testing.T, a1, a2, b1, b2 uint64, sa, sb uint8) {
		a, b := word(a1, a2, sa), word(b1, b2, sb)
		ba, bb := u2b(a), u2b(b)
		type op struct {
			name string
			got  func(x, y *uint256.Int) (*uint256.Int, error)
			want func(x, y *big.Int) *big.Int
		}
		for _, o := range []op{
			{"rayMul", RayMul, rRayMul},
			{"rayDiv", RayDiv, rRayDiv},
			{"wadMul", WadMul, func(x, y *big.Int) *big.Int { return halfUp(x, y, bWad) }},
			{"wadDiv", WadDiv, rWadDiv},
			{"rayMulFloor", RayMulFloor, func(x, y *big.Int) *big.Int { return bdiv(bmul(x, y), bRay) }},
			{"rayMulCeil", RayMulCeil, func(x, y *big.Int) *big.Int { return bceil(bmul(x, y), bRay) }},
			{"rayDivFloor", RayDivFloor, func(x, y *big.Int) *big.Int { return bdiv(bmul(x, bRay), y) }},
			{"rayDivCeil", RayDivCeil, func(x, y *big.Int) *big.Int { return bceil(bmul(x, bRay), y) }},
			{"percentMul", PercentMul, rPercentMul},
			{"percentDiv", PercentDiv, rPercentDiv},
			{"percentMulFloor", PercentMulFloor, func(x, y *big.Int) *big.Int { return bdiv(bmul(x, y), bPct) }},
			{"percentMulCeil", PercentMulCeil, func(x, y *big.Int) *big.Int { return bceil(bmul(x, y), bPct) }},
			{"percentDivFloor", PercentDivFloor, func(x, y *big.Int) *big.Int { return bdiv(bmul(x, bPct), y) }},
			{"percentDivCeil", PercentDivCeil, func(x, y *big.Int) *big.Int { return bceil(bmul(x, bPct), y) }},
		} {
			got, err := o.got(a, b)
			want, ok := ref(func() *big.Int { return o.want(ba, bb) })
			agree(t, o.name, got, err, want, ok)
		}
	})
}

func FuzzInterest(f *testing.F) {
	f.Add(uint64(5e16), uint64(0), uint64(12))
	f.Add(uint64(3e18), uint64(7), uint64(365*24*3600))
	f.Add(^uint64(0), ^uint64(0), ^uint64(0))
	f.Fuzz(func(t *testing.T, rateHi, rateLo, dt uint64) {
		// Rates up to ~1e33 RAY (1e6 = 100,000,000% a year) and beyond.
		rate := new(uint256.Int).Mul(uint256.NewInt(rateHi%1e15), uint256.NewInt(1e9))
		rate.Add(rate, uint256.NewInt(rateLo%1e9))
		if rateHi > 1<<63 {
			rate.Lsh(rate, uint(rateLo%120))
		}
		dt %= 100 * SecondsPerYear
		const last = 1_700_000_000
		for _, v := range []Version{V3_3, V3_5} {
			got, err := CompoundedInterest(v, rate, last, last+dt)
			want, ok := ref(func() *big.Int { return rCompounded(v, u2b(rate), dt) })
			agree(t, "compounded "+v.String(), got, err, want, ok)
			if ok && err == nil {
				require.False(t, got.Lt(ray), "interest never shrinks the index")
			}
		}
		got, err := LinearInterest(rate, last, last+dt)
		want, ok := ref(func() *big.Int { return rLinear(u2b(rate), dt) })
		agree(t, "linear", got, err, want, ok)
	})
}

// legsFrom builds up to four reserves and a user's legs from fuzz bytes.
func legsFrom(seed []byte) (legs []Leg, rlegs []rLeg, em *EMode, emBits *big.Int) {
	next := func() uint64 {
		var x uint64
		for i := 0; i < 8; i++ {
			x <<= 8
			if len(seed) > 0 {
				x |= uint64(seed[0])
				seed = seed[1:]
			}
		}
		return x
	}
	n := int(next()%4) + 1
	em = &EMode{ID: uint8(next() % 3), LTV: 9000 + uint16(next()%300), LT: 9300 + uint16(next()%400)}
	emBits = new(big.Int)
	for i := range n {
		id := uint16(i * 3)
		dec := []uint64{6, 8, 18}[next()%3]
		unit := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(dec))
		r := &Reserve{ID: id, Unit: *unit}
		r.Income.Add(ray, uint256.NewInt(next()%(1<<62)))
		r.Debt.Add(ray, new(uint256.Int).Mul(uint256.NewInt(next()%(1<<62)), uint256.NewInt(next()%1000+1)))
		r.Price.SetUint64(next()%(1e13) + 1) // up to $100,000 in 8 decimals
		r.LTV = uint16(next() % 9000)
		r.LT = uint16(next() % 9600)
		if next()%5 == 0 {
			r.LT = 0
		}
		if next()%2 == 0 {
			em.Collateral[id/64] |= 1 << (id % 64)
			emBits.SetBit(emBits, int(id), 1)
		}
		l := Leg{Reserve: r, Collateral: next()%4 != 0, Borrowing: next()%2 == 0}
		l.ScaledCollateral.Mul(uint256.NewInt(next()%(1<<40)), unit)
		l.ScaledDebt.Mul(uint256.NewInt(next()%(1<<36)), unit)
		l.ScaledDebt.Add(&l.ScaledDebt, uint256.NewInt(next()%1000))
		legs = append(legs, l)
		rlegs = append(rlegs, rLeg{
			id: id, income: u2b(&r.Income), debtIndex: u2b(&r.Debt), price: u2b(&r.Price), unit: u2b(&r.Unit),
			ltv: int64(r.LTV), lt: int64(r.LT), scaledColl: u2b(&l.ScaledCollateral), scaledD: u2b(&l.ScaledDebt),
			coll: l.Collateral, borrow: l.Borrowing,
		})
	}
	return legs, rlegs, em, emBits
}

func FuzzAccountData(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte("a multi-collateral user in e-mode with three reserves and some debt"))
	f.Fuzz(func(t *testing.T, seed []byte) {
		legs, rlegs, em, emBits := legsFrom(seed)
		// Prevent the EMode struct's own bitmap from diverging from the
		// reference's.
		require.Equal(t, emBits.String(), em.Collateral.Dec())
		for _, v := range []Version{V3_3, V3_5} {
			got, err := AccountData(v, legs, em)
			want, ok := ref(func() *big.Int {
				a := rAccountData(v, rlegs, em.ID, int64(em.LTV), int64(em.LT), emBits)
				return a.hf
			})
			if !ok {
				require.Error(t, err)
				continue
			}
			require.NoError(t, err)
			a := rAccountData(v, rlegs, em.ID, int64(em.LTV), int64(em.LT), emBits)
			require.Equal(t, want.String(), got.HealthFactor.Dec(), "health factor, %s", v)
			require.Equal(t, a.coll.String(), got.TotalCollateralBase.Dec(), "collateral, %s", v)
			require.Equal(t, a.debt.String(), got.TotalDebtBase.Dec(), "debt, %s", v)
			require.Equal(t, a.lt.String(), got.LiquidationThreshold.Dec(), "LT, %s", v)
			require.Equal(t, a.ltv.String(), got.LTV.Dec(), "LTV, %s", v)
			require.Equal(t, a.avail.String(), got.AvailableBorrowsBase.Dec(), "available borrows, %s", v)

			// AccountDataValues: the same account, and each leg's values
			// as CollateralValue and DebtValue give them where counted.
			vals := make([]LegValues, len(legs))
			withVals, err := AccountDataValues(v, legs, em, vals)
			require.NoError(t, err)
			require.Equal(t, got, withVals)
			for i := range legs {
				l := &legs[i]
				wantColl, wantDebt := new(uint256.Int), new(uint256.Int)
				if l.Collateral && l.Reserve.LT != 0 {
					wantColl, err = CollateralValue(v, &l.ScaledCollateral, l.Reserve)
					require.NoError(t, err)
				}
				if l.Borrowing {
					wantDebt, err = DebtValue(v, &l.ScaledDebt, l.Reserve)
					require.NoError(t, err)
				}
				require.Equal(t, wantColl.Dec(), vals[i].Collateral.Dec(), "leg %d collateral value, %s", i, v)
				require.Equal(t, wantDebt.Dec(), vals[i].Debt.Dec(), "leg %d debt value, %s", i, v)
			}
		}
	})
}

// rLiquidate is liquidationCall's sizing, from the rules, in math/big.
func rLiquidate(v Version, hf, totalDebtBase, totalCollBase, collBal, debtBal, collPrice, collUnit, debtPrice, debtUnit *big.Int, bonus, fee int64, debtToCover *big.Int) (debt, coll, feeAmt, collBase *big.Int, noneLeft bool, err error) {
	if hf.Cmp(bWad) >= 0 {
		return nil, nil, nil, nil, false, ErrNotLiquidatable
	}
	if debtBal.Sign() == 0 {
		return nil, nil, nil, nil, false, ErrNoDebt
	}
	debtValue := func(x *big.Int) *big.Int {
		if v == V3_5 {
			return bceil(bmul(x, debtPrice), debtUnit)
		}
		return bdiv(bmul(x, debtPrice), debtUnit)
	}
	cBase := bdiv(bmul(collBal, collPrice), collUnit)
	dBase := debtValue(debtBal)
	maxDebt := debtBal
	thr := big.NewInt(2000e8)
	if cBase.Cmp(thr) >= 0 && dBase.Cmp(thr) >= 0 && hf.Cmp(big.NewInt(0.95e18)) > 0 {
		half := rPercentMul(totalDebtBase, big.NewInt(5000))
		if dBase.Cmp(half) > 0 {
			maxDebt = bdiv(bmul(half, debtUnit), debtPrice)
		}
	}
	actual := debtToCover
	if maxDebt.Cmp(actual) < 0 {
		actual = maxDebt
	}
	lb := big.NewInt(bonus)
	base := bdiv(bmul(debtPrice, actual, collUnit), bmul(collPrice, debtUnit))
	maxColl := rPercentMul(base, lb)
	if maxColl.Cmp(collBal) > 0 {
		coll = new(big.Int).Set(collBal)
		worth := bdiv(bmul(collPrice, coll, debtUnit), bmul(debtPrice, collUnit))
		if v == V3_5 {
			debt = bceil(bmul(worth, bPct), lb)
		} else {
			debt = rPercentDiv(worth, lb)
		}
	} else {
		coll, debt = maxColl, new(big.Int).Set(actual)
	}
	collBase = bdiv(bmul(coll, collPrice), collUnit)
	feeAmt = new(big.Int)
	if fee != 0 {
		b := new(big.Int).Sub(coll, rPercentDiv(coll, lb))
		feeAmt = rPercentMul(b, big.NewInt(fee))
		coll = new(big.Int).Sub(coll, feeAmt)
	}
	taken := new(big.Int).Add(coll, feeAmt)
	if debt.Cmp(debtBal) < 0 && taken.Cmp(collBal) < 0 {
		leftD := debtValue(new(big.Int).Sub(debtBal, debt))
		leftC := bdiv(bmul(new(big.Int).Sub(collBal, taken), collPrice), collUnit)
		if leftD.Cmp(big.NewInt(1000e8)) < 0 || leftC.Cmp(big.NewInt(1000e8)) < 0 {
			return nil, nil, nil, nil, false, ErrMustNotLeaveDust
		}
	}
	return debt, coll, feeAmt, collBase, totalCollBase.Cmp(collBase) == 0, nil
}

func FuzzLiquidate(f *testing.F) {
	f.Add([]byte("liquidate a large loop below 0.95"), uint64(1<<40), uint8(0))
	f.Add([]byte{9, 9, 9, 9, 9, 9, 9, 9, 1, 2, 3}, ^uint64(0), uint8(1))
	f.Fuzz(func(t *testing.T, seed []byte, cover uint64, mode uint8) {
		legs, _, em, _ := legsFrom(seed)
		if len(legs) < 2 {
			return
		}
		coll, debt := &legs[0], &legs[1]
		coll.Collateral, debt.Borrowing = true, true
		if coll.Reserve.LT == 0 {
			coll.Reserve.LT = 8000
		}
		for _, v := range []Version{V3_3, V3_5} {
			acct, err := AccountData(v, legs, em)
			if err != nil {
				continue
			}
			c := &LiquidationCase{
				Version: v, Account: &acct, Coll: coll.Reserve, Debt: debt.Reserve,
				ScaledCollateral: coll.ScaledCollateral, ScaledDebt: debt.ScaledDebt,
				Bonus: 10000 + uint16(cover%1500), ProtocolFee: uint16(mode) * 10,
			}
			// Force the health factor below 1 in half the cases, with
			// the real account's totals.
			if mode%2 == 0 {
				acct.HealthFactor.SetUint64(0.9e18 + cover%0.1e18)
			}
			toCover := new(uint256.Int).SetUint64(cover)
			if cover == ^uint64(0) {
				toCover.SetAllOne()
			}
			got, gerr := c.Liquidate(toCover)
			var rd, rc, rf, rb *big.Int
			var none bool
			var rerr error
			_, ok := ref(func() *big.Int {
				collBal := rBalanceColl(v, u2b(&coll.ScaledCollateral), u2b(&coll.Reserve.Income))
				debtBal := rBalanceDebt(v, u2b(&debt.ScaledDebt), u2b(&debt.Reserve.Debt))
				rd, rc, rf, rb, none, rerr = rLiquidate(v, u2b(&acct.HealthFactor), u2b(&acct.TotalDebtBase), u2b(&acct.TotalCollateralBase),
					collBal, debtBal, u2b(&coll.Reserve.Price), u2b(&coll.Reserve.Unit), u2b(&debt.Reserve.Price), u2b(&debt.Reserve.Unit),
					int64(c.Bonus), int64(c.ProtocolFee), u2b(toCover))
				return new(big.Int)
			})
			switch {
			case !ok:
				require.Error(t, gerr)
				continue
			case rerr != nil:
				require.ErrorIs(t, gerr, rerr)
				continue
			}
			require.NoError(t, gerr)
			require.Equal(t, rd.String(), got.Debt.Dec(), "debt %s", v)
			require.Equal(t, rc.String(), got.Collateral.Dec(), "collateral %s", v)
			require.Equal(t, rf.String(), got.Fee.Dec(), "fee %s", v)
			require.Equal(t, rb.String(), got.CollateralBase.Dec(), "collateral base %s", v)
			require.Equal(t, none, got.NoCollateralLeft)

			amount, l, accepted, err := c.SafeDebtToCover()
			require.NoError(t, err)
			if !accepted {
				continue
			}
			again := mustLiq(t, c, amount) // the safe amount is accepted
			require.Equal(t, l.Debt.Dec(), again.Debt.Dec())
			max, err := c.MaxDebt()
			require.NoError(t, err)
			if amount.Lt(max) {
				_, err := c.Liquidate(new(uint256.Int).AddUint64(amount, 1))
				require.True(t, errors.Is(err, ErrMustNotLeaveDust), "one more is refused: the safe amount is the largest")
			}
		}
	})
}

func mustLiq(t *testing.T, c *LiquidationCase, amount *uint256.Int) Liquidation {
	t.Helper()
	l, err := c.Liquidate(amount)
	require.NoError(t, err)
	return l
}
