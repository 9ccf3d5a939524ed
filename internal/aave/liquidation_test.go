package aave

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// usd is a base-currency amount of whole dollars (8 decimals).
func usd(x uint64) uint64 { return x * 1e8 }

// tokens returns x/1000 whole tokens of 18 decimals.
func tokens(milli uint64) *uint256.Int {
	return new(uint256.Int).Mul(uint256.NewInt(milli), uint256.NewInt(1e15))
}

// loop builds a one-collateral one-debt account: collateral at $4,000 a
// token (LT 95%, bonus 5%), WETH debt at $3,500, indexes at 1.
func loop(t *testing.T, v Version, collMilli, debtMilli uint64) *LiquidationCase {
	t.Helper()
	unit := uint256.NewInt(1e18)
	coll := &Reserve{ID: 0, LTV: 9300, LT: 9500}
	coll.Income.Set(ray)
	coll.Debt.Set(ray)
	coll.Price.SetUint64(usd(4000))
	coll.Unit.Set(unit)
	debt := &Reserve{ID: 1, LTV: 8000, LT: 8300}
	debt.Income.Set(ray)
	debt.Debt.Set(ray)
	debt.Price.SetUint64(usd(3500))
	debt.Unit.Set(unit)
	legs := []Leg{
		{Reserve: coll, ScaledCollateral: *tokens(collMilli), Collateral: true},
		{Reserve: debt, ScaledDebt: *tokens(debtMilli), Borrowing: true},
	}
	acct, err := AccountData(v, legs, nil)
	require.NoError(t, err)
	return &LiquidationCase{
		Version: v, Account: &acct, Coll: coll, Debt: debt,
		ScaledCollateral: legs[0].ScaledCollateral, ScaledDebt: legs[1].ScaledDebt,
		Bonus: 10500,
	}
}

func TestLiquidationRules(t *testing.T) {
	t.Parallel()
	all := new(uint256.Int).SetAllOne()
	for _, v := range []Version{V3_3, V3_5} {
		t.Run(v.String(), func(t *testing.T) {
			// 10 tokens ($40,000) against 10.5 WETH ($36,750): HF 1.034.
			_, err := loop(t, v, 10_000, 10_500).Liquidate(all)
			require.ErrorIs(t, err, ErrNotLiquidatable)

			// 11 WETH ($38,500): HF 0.987 > 0.95 with both legs over
			// $2,000, so half of the total debt: 5.5 WETH.
			c := loop(t, v, 10_000, 11_000)
			require.Greater(t, c.Account.HealthFactor.Uint64(), CloseFactorHFThreshold)
			max, err := c.MaxDebt()
			require.NoError(t, err)
			require.Equal(t, tokens(5_500).Dec(), max.Dec())
			l, err := c.Liquidate(all)
			require.NoError(t, err)
			require.Equal(t, tokens(5_500).Dec(), l.Debt.Dec())
			// 5.5 WETH = $19,250, plus 5% = $20,212.5 = 5.053125 tokens.
			require.Equal(t, "5053125000000000000", l.Collateral.Dec())
			require.False(t, l.NoCollateralLeft)

			// 12 WETH ($42,000): HF 0.905 ≤ 0.95, so all of it may go;
			// the collateral runs out first (12·3,500·1.05/4,000 = 11.025
			// tokens > 10): all 10 are seized and every debt left becomes
			// a deficit.
			c = loop(t, v, 10_000, 12_000)
			max, err = c.MaxDebt()
			require.NoError(t, err)
			require.Equal(t, tokens(12_000).Dec(), max.Dec())
			l, err = c.Liquidate(all)
			require.NoError(t, err)
			require.Equal(t, tokens(10_000).Dec(), l.Collateral.Dec())
			require.True(t, l.NoCollateralLeft)
			require.True(t, l.Debt.Lt(tokens(12_000)))

			// Small legs: 0.5 token ($2,000) and 0.55 WETH ($1,925), HF
			// 0.987 but the debt is under $2,000: the close factor is 100%.
			c = loop(t, v, 500, 550)
			require.Greater(t, c.Account.HealthFactor.Uint64(), CloseFactorHFThreshold)
			max, err = c.MaxDebt()
			require.NoError(t, err)
			require.Equal(t, tokens(550).Dec(), max.Dec())

			// $2,050 of collateral against $2,010 of debt: HF 0.969; half
			// the debt ($1,005) seizes $1,055.25 and leaves $994.75 of
			// collateral, under $1,000: the call reverts with dust.
			c = loopUSD(t, v, 2050, 2010)
			_, err = c.Liquidate(all)
			require.ErrorIs(t, err, ErrMustNotLeaveDust)
			amount, safe, ok, err := c.SafeDebtToCover()
			require.NoError(t, err)
			require.True(t, ok)
			// $1,000 of debt (seizing $1,050) keeps $1,000 of collateral:
			// ⌈1,000/3,500⌉ WETH in wei is the most, after the rounding.
			require.Equal(t, "285714285714285715", amount.Dec())
			require.Equal(t, amount.Dec(), safe.Debt.Dec())
			_, err = c.Liquidate(new(uint256.Int).AddUint64(amount, 1))
			require.ErrorIs(t, err, ErrMustNotLeaveDust)
		})
	}
}

// loopUSD is loop with the legs given in dollars.
func loopUSD(t *testing.T, v Version, collUSD, debtUSD uint64) *LiquidationCase {
	t.Helper()
	// tokens of 18 decimals worth the dollars at $4,000 and $3,500.
	c := loop(t, v, 1, 1)
	coll := new(uint256.Int).Div(new(uint256.Int).Mul(uint256.NewInt(collUSD), uint256.NewInt(1e18)), uint256.NewInt(4000))
	debt := new(uint256.Int).Div(new(uint256.Int).Mul(uint256.NewInt(debtUSD), uint256.NewInt(1e18)), uint256.NewInt(3500))
	legs := []Leg{
		{Reserve: c.Coll, ScaledCollateral: *coll, Collateral: true},
		{Reserve: c.Debt, ScaledDebt: *debt, Borrowing: true},
	}
	acct, err := AccountData(v, legs, nil)
	require.NoError(t, err)
	c.Account, c.ScaledCollateral, c.ScaledDebt = &acct, *coll, *debt
	return c
}

func TestProtocolFeeComesOutOfTheBonus(t *testing.T) {
	t.Parallel()
	c := loop(t, V3_5, 10_000, 11_000)
	c.ProtocolFee = 1000 // 10% of the bonus
	l, err := c.Liquidate(new(uint256.Int).SetAllOne())
	require.NoError(t, err)
	// 5.053125 tokens seized; the bonus is 5.053125 − 5.053125/1.05 =
	// 0.240625; the fee 10% of it.
	require.Equal(t, "24062500000000000", l.Fee.Dec())
	require.Equal(t, "5029062500000000000", l.Collateral.Dec())
}

func TestAccountDataEMode(t *testing.T) {
	t.Parallel()
	c := loop(t, V3_5, 10_000, 10_500)
	legs := []Leg{
		{Reserve: c.Coll, ScaledCollateral: c.ScaledCollateral, Collateral: true},
		{Reserve: c.Debt, ScaledDebt: c.ScaledDebt, Borrowing: true},
	}
	em := &EMode{ID: 1, LTV: 9300, LT: 9500 + 200}
	plain, err := AccountData(V3_5, legs, em)
	require.NoError(t, err)
	require.Equal(t, "9500", plain.LiquidationThreshold.Dec(), "the category does not cover the reserve")
	em.Collateral[0] |= 1
	inMode, err := AccountData(V3_5, legs, em)
	require.NoError(t, err)
	require.Equal(t, "9700", inMode.LiquidationThreshold.Dec())
	require.True(t, inMode.HealthFactor.Gt(&plain.HealthFactor))
	// $40,000·0.97/$36,750, rounded as v3.5 does.
	require.Equal(t, "1055782312925170068", inMode.HealthFactor.Dec())
}

func TestCapo(t *testing.T) {
	t.Parallel()
	// wstETH at 1.2 stETH, snapshot 1.15 taken 30 days ago, 9.68%/year.
	snap := uint256.NewInt(1.15e18)
	g, err := CapoGrowthPerSecond(snap, 968)
	require.NoError(t, err)
	// ⌊⌊1.15e18·968/1e4⌋/31,536,000⌋
	require.Equal(t, "3529934043", g.Dec())
	c := Capo{SnapshotRatio: *snap, SnapshotTimestamp: 1_000_000, MaxRatioGrowthPerSecond: *g, RatioDecimals: 18}
	maxR, err := c.MaxRatio(1_000_000 + 30*86400)
	require.NoError(t, err)
	require.Equal(t, new(uint256.Int).Add(snap, new(uint256.Int).Mul(g, uint256.NewInt(30*86400))).Dec(), maxR.Dec())
	ans, err := CapoAnswer(uint256.NewInt(3000e8), true, uint256.NewInt(1.2e18), true, maxR, 18)
	require.NoError(t, err)
	require.Equal(t, new(uint256.Int).Div(new(uint256.Int).Mul(uint256.NewInt(3000e8), maxR), uint256.NewInt(1e18)).Dec(), ans.Dec(), "capped")
	ans, err = CapoAnswer(uint256.NewInt(3000e8), true, uint256.NewInt(1.1e18), true, maxR, 18)
	require.NoError(t, err)
	require.Equal(t, "330000000000", ans.Dec(), "below the cap the ratio passes")
	ans, err = CapoAnswer(uint256.NewInt(3000e8), false, uint256.NewInt(1.1e18), true, maxR, 18)
	require.NoError(t, err)
	require.True(t, ans.IsZero())
	_, err = c.MaxRatio(999_999)
	require.ErrorIs(t, err, ErrOverflow)
}

func TestParseVersion(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]Version{"3.3": V3_3, "v3.5": V3_5, "3.6": V3_5, " v3.3 ": V3_3} {
		v, err := ParseVersion(in)
		require.NoError(t, err, in)
		require.Equal(t, want, v, in)
	}
	for _, bad := range []string{"3.4", "3.2", "3.0", "4"} {
		_, err := ParseVersion(bad)
		require.ErrorContains(t, err, `"`+bad+`" is not supported`)
	}
}
