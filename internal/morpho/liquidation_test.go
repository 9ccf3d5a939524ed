package morpho

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func TestLIF(t *testing.T) {
	t.Parallel()
	tests := []struct {
		lltv, want string
	}{
		// 1 − 0.86 = 0.14; ⌊0.3·0.14⌋ = 0.042e18; 1e36/0.958e18 = 1043841336116910229.6 → …229 (1.04384).
		{"860000000000000000", "1043841336116910229"},
		// 1 − 0.915 = 0.085; 0.3·0.085 = 0.0255e18; 1e36/0.9745e18 = 1026167265264238070.8 → …070 (1.02617).
		{"915000000000000000", "1026167265264238070"},
		// 1 − 0.945 = 0.055; 0.3·0.055 = 0.0165e18; 1e36/0.9835e18 = 1016776817488561260.8 → …260 (1.01678).
		{"945000000000000000", "1016776817488561260"},
		// 1 − 0.965 = 0.035; 0.3·0.035 = 0.0105e18; 1e36/0.9895e18 = 1010611419909044972.2 → …972 (1.01061).
		{"965000000000000000", "1010611419909044972"},
		// LLTV 0: 1/0.7 = 1.43 → capped at 1.15.
		{"0", "1150000000000000000"},
		// LLTV 0.5: 1/0.85 = 1.176 → capped.
		{"500000000000000000", "1150000000000000000"},
		// LLTV 1: no incentive, exactly 1.
		{"1000000000000000000", "1000000000000000000"},
	}
	for _, tc := range tests {
		t.Run(tc.lltv, func(t *testing.T) {
			t.Parallel()
			got, err := LIF(u(tc.lltv))
			require.NoError(t, err)
			require.Equal(t, tc.want, got.Dec())
		})
	}
	_, err := LIF(u("1000000000000000001"))
	require.ErrorIs(t, err, ErrOverflow)
}

// sizingMarket: 1000 assets borrowed as 1000e6 shares, so 1 asset = 1e6
// shares exactly ((1000+1)/(1000e6+1e6) = 1e-6).
func sizingMarket() Market {
	return Market{TotalBorrowAssets: v("1000"), TotalBorrowShares: v("1000000000")}
}

var price2 = u("2000000000000000000000000000000000000") // 1 raw collateral = 2 raw loan

func TestLiquidationSizing(t *testing.T) {
	t.Parallel()
	m := sizingMarket()
	lif := u("1100000000000000000")

	// seized 100: quoted = ⌈100·2e36/1e36⌉ = 200; ⌈200/1.1⌉ = ⌈181.8⌉ = 182;
	// shares = ⌈182·1001e6/1001⌉ = 182e6.
	shares, err := RepaidSharesForSeized(u("100"), price2, lif, m)
	require.NoError(t, err)
	require.Equal(t, "182000000", shares.Dec())

	// 182e6 shares: assets ⌊182e6·1001/1001e6⌋ = 182; ⌊182·1.1⌋ = ⌊200.2⌋ = 200;
	// seized = ⌊200·1e36/2e36⌋ = 100.
	seized, err := SeizedForRepaidShares(u("182000000"), price2, lif, m)
	require.NoError(t, err)
	require.Equal(t, "100", seized.Dec())

	// repaidAssets = ⌈182e6·1001/1001e6⌉ = 182.
	assets, err := RepaidAssets(u("182000000"), m)
	require.NoError(t, err)
	require.Equal(t, "182", assets.Dec())

	// A zero price: repaid shares 0 for any seizure; seizing by shares divides by zero.
	shares, err = RepaidSharesForSeized(u("100"), new(uint256.Int), lif, m)
	require.NoError(t, err)
	require.True(t, shares.IsZero())
	_, err = SeizedForRepaidShares(u("1"), new(uint256.Int), lif, m)
	require.ErrorIs(t, err, ErrDivByZero)
	_, err = RepaidSharesForSeized(u("1"), price2, new(uint256.Int), m)
	require.ErrorIs(t, err, ErrDivByZero)
}

func TestMaxSeizable(t *testing.T) {
	t.Parallel()
	lltv86 := u("860000000000000000") // LIF 1043841336116910229
	tests := []struct {
		name                          string
		p                             Position
		price                         *uint256.Int
		seized, repaidShares, repaidA string
	}{
		// Debt binds. 100e6 shares → a = 100; b = ⌊100·1.0438⌋ = 104;
		// S = ⌊104·1e36/2e36⌋ = 52. R(52) = ⌈⌈104/1.0438⌉·1e6⌉ = ⌈99.63⌉e6 = 100e6 ≤ 100e6;
		// R(53): ⌈106/1.0438⌉ = ⌈101.55⌉ = 102 → 102e6 > 100e6.
		{
			name: "debt binds", p: Position{BorrowShares: v("100000000"), Collateral: v("1000")}, price: price2,
			seized: "52", repaidShares: "100000000", repaidA: "100",
		},
		// Collateral binds: S = 30; R(30) = ⌈60/1.0438⌉ = ⌈57.48⌉ = 58 → 58e6 shares, 58 assets.
		{
			name: "collateral binds", p: Position{BorrowShares: v("100000000"), Collateral: v("30")}, price: price2,
			seized: "30", repaidShares: "58000000", repaidA: "58",
		},
		// Rounding slack: price 1e30 (1 raw collateral = 1e-6 raw loan).
		// 1e6 shares → a = 1; b = ⌊1.0438⌋ = 1; S = ⌊1·1e36/1e30⌋ = 1e6.
		// R(1e6) = ⌈1e6·1e30/1e36⌉ = 1 → ⌈1/1.0438⌉ = 1 → 1e6 shares;
		// R(1e6+1): ⌈1.000001⌉ = 2 → 2 → 2e6 > 1e6.
		{
			name: "tiny price", p: Position{BorrowShares: v("1000000"), Collateral: v("5000000")},
			price:  u("1000000000000000000000000000000"),
			seized: "1000000", repaidShares: "1000000", repaidA: "1",
		},
		// A zero price repays nothing: all collateral can be seized.
		{
			name: "zero price", p: Position{BorrowShares: v("100000000"), Collateral: v("1000")}, price: new(uint256.Int),
			seized: "1000", repaidShares: "0", repaidA: "0",
		},
		// No debt: nothing can be seized.
		{
			name: "no debt", p: Position{Collateral: v("1000")}, price: price2,
			seized: "0", repaidShares: "0", repaidA: "0",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := sizingMarket()
			seized, shares, assets, err := MaxSeizable(tc.p, m, tc.price, lltv86)
			require.NoError(t, err)
			require.Equal(t, tc.seized, seized.Dec())
			require.Equal(t, tc.repaidShares, shares.Dec())
			require.Equal(t, tc.repaidA, assets.Dec())
		})
	}

	_, _, _, err := MaxSeizable(Position{}, sizingMarket(), price2, u("1000000000000000001"))
	require.ErrorIs(t, err, ErrOverflow)
}

func TestScalePriceWad(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		priceWad     string
		coll, loan   uint8
		want         string
		wantOverflow bool
	}{
		// wstETH/WETH 1.2, 18/18: 1.2e18·10^18 = 1.2e36.
		{name: "18/18", priceWad: "1200000000000000000", coll: 18, loan: 18, want: "1200000000000000000000000000000000000"},
		// WETH collateral, USDC loan, 3000: 3000e18·10^(18+6−18) = 3e27
		// (1 wei = 3e-15 USDC = 3e-9 raw; ×1e36 = 3e27).
		{name: "18/6", priceWad: "3000000000000000000000", coll: 18, loan: 6, want: "3000000000000000000000000000"},
		// WBTC (8) collateral, USDC (6) loan, 60000: 60000e18·10^16 = 6e38.
		{name: "8/6", priceWad: "60000000000000000000000", coll: 8, loan: 6, want: "600000000000000000000000000000000000000"},
		// collateral 40 decimals, loan 0: exponent −22: 123456789e18/1e22 = 12345.6789 → 12345.
		{name: "negative exponent", priceWad: "123456789000000000000000000", coll: 40, loan: 0, want: "12345"},
		// exponent −255+18: everything divides to 0.
		{name: "tiny", priceWad: "123456789000000000000000000", coll: 255, loan: 0, want: "0"},
		{name: "zero with huge exponent", priceWad: "0", coll: 0, loan: 255, want: "0"},
		// 2e18·10^(18+77) > 2^256.
		{name: "overflow", priceWad: "2000000000000000000", coll: 0, loan: 77, wantOverflow: true},
		{name: "exponent beyond 10^77", priceWad: "1", coll: 0, loan: 60, wantOverflow: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ScalePriceWad(u(tc.priceWad), tc.coll, tc.loan)
			if tc.wantOverflow {
				require.ErrorIs(t, err, ErrOverflow)
				return
			}
			require.NoError(t, err)
			require.Equal(t, tc.want, got.Dec())
		})
	}
}
