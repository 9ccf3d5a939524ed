package morpho

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// u parses a decimal string.
func u(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

// v parses a decimal string into a value.
func v(s string) uint256.Int { return *u(s) }

func pow2(n uint) *uint256.Int { return new(uint256.Int).Lsh(uint256.NewInt(1), n) }

func TestConstants(t *testing.T) {
	t.Parallel()
	require.Equal(t, "1000000000000000000", uint256.NewInt(WAD).Dec())
	require.Equal(t, "1000000000000000000000000000000000000", OraclePriceScale.Dec())
	require.Equal(t, "300000000000000000", uint256.NewInt(LiquidationCursor).Dec())
	require.Equal(t, "1150000000000000000", uint256.NewInt(MaxLiquidationIncentiveFactor).Dec())
	require.Equal(t, "250000000000000000", uint256.NewInt(MaxFee).Dec())
	require.Equal(t, uint64(1_000_000), VirtualShares)
	require.Equal(t, uint64(1), VirtualAssets)
	require.Equal(t, "340282366920938463463374607431768211455", maxUint128.Dec())
}

func TestMulDiv(t *testing.T) {
	t.Parallel()
	maxU := new(uint256.Int).SetAllOne()
	tests := []struct {
		name     string
		x, y, d  *uint256.Int
		down, up string
		errDown  error
		errUp    error
	}{
		// 7·3/2 = 10.5 → 10 down, 11 up.
		{name: "fraction", x: u("7"), y: u("3"), d: u("2"), down: "10", up: "11"},
		// 6·2/3 = 4 exactly: both directions agree.
		{name: "exact", x: u("6"), y: u("2"), d: u("3"), down: "4", up: "4"},
		// 0·y/d = 0; (0 + d − 1)/d = 0.
		{name: "zero", x: u("0"), y: u("5"), d: u("7"), down: "0", up: "0"},
		// 2^128·2^128 = 2^256 overflows although the quotient 2^56 fits:
		// Solidity reverts, no 512-bit intermediate.
		{name: "product overflow", x: pow2(128), y: pow2(128), d: pow2(200), errDown: ErrOverflow, errUp: ErrOverflow},
		// d == 0 reverts in both.
		{name: "div by zero", x: u("1"), y: u("1"), d: u("0"), errDown: ErrDivByZero, errUp: ErrDivByZero},
		// max·1/2: product fits, but max + (2 − 1) overflows in mulDivUp.
		{name: "up rounding overflow", x: maxU, y: u("1"), d: u("2"), down: new(uint256.Int).Rsh(maxU, 1).Dec(), errUp: ErrOverflow},
		// max·1/1: adding d − 1 = 0 is fine.
		{name: "max identity", x: maxU, y: u("1"), d: u("1"), down: maxU.Dec(), up: maxU.Dec()},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := MulDivDown(tc.x, tc.y, tc.d)
			if tc.errDown != nil {
				require.ErrorIs(t, err, tc.errDown)
				require.Nil(t, got)
			} else {
				require.NoError(t, err)
				require.Equal(t, tc.down, got.Dec())
			}
			got, err = MulDivUp(tc.x, tc.y, tc.d)
			if tc.errUp != nil {
				require.ErrorIs(t, err, tc.errUp)
				require.Nil(t, got)
			} else {
				require.NoError(t, err)
				require.Equal(t, tc.up, got.Dec())
			}
		})
	}
}

func TestWadHelpers(t *testing.T) {
	t.Parallel()
	// 1.5·2.5 = 3.75 WAD.
	got, err := WMulDown(u("1500000000000000000"), u("2500000000000000000"))
	require.NoError(t, err)
	require.Equal(t, "3750000000000000000", got.Dec())
	// 3 wei · 0.5 = 1.5 wei → 1.
	got, err = WMulDown(u("3"), u("500000000000000000"))
	require.NoError(t, err)
	require.Equal(t, "1", got.Dec())
	// 1/3 WAD: 1e36/3e18 = 333333333333333333.33 → …333 down, …334 up.
	got, err = WDivDown(u("1000000000000000000"), u("3000000000000000000"))
	require.NoError(t, err)
	require.Equal(t, "333333333333333333", got.Dec())
	got, err = WDivUp(u("1000000000000000000"), u("3000000000000000000"))
	require.NoError(t, err)
	require.Equal(t, "333333333333333334", got.Dec())
	_, err = WDivDown(u("1"), u("0"))
	require.ErrorIs(t, err, ErrDivByZero)
	// x·1e18 overflows for x ≥ 2^256/1e18 even when y is huge.
	_, err = WDivUp(pow2(255), pow2(255))
	require.ErrorIs(t, err, ErrOverflow)

	require.Equal(t, "2", ZeroFloorSub(u("5"), u("3")).Dec())
	require.Equal(t, "0", ZeroFloorSub(u("3"), u("5")).Dec())
	require.Equal(t, "0", ZeroFloorSub(u("3"), u("3")).Dec())
}

func TestShares(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name                                       string
		amount, totalAssets, totalShares           *uint256.Int
		sharesDown, sharesUp, assetsDown, assetsUp string
	}{
		// Empty market: 1e18 assets → 1e18·(0+1e6)/(0+1) = 1e24 shares;
		// 1e18 shares → 1e18·1/1e6 = 1e12 assets, exact.
		{
			name: "empty market", amount: u("1000000000000000000"), totalAssets: u("0"), totalShares: u("0"),
			sharesDown: "1000000000000000000000000", sharesUp: "1000000000000000000000000",
			assetsDown: "1000000000000", assetsUp: "1000000000000",
		},
		// TA = 1000, TS = 999e6 → virtual 1001 and 1000e6.
		// shares(1) = 1·1000e6/1001 = 999000.999 → 999000 / 999001.
		// assets(1) = 1·1001/1000e6 = 0.000001001 → 0 / 1.
		{
			name: "rounding", amount: u("1"), totalAssets: u("1000"), totalShares: u("999000000"),
			sharesDown: "999000", sharesUp: "999001", assetsDown: "0", assetsUp: "1",
		},
		// Same market, amount 999001:
		// shares = 999001·1000e6/1001 = 998002997002 + 998/1001 → 998002997002 / …003.
		// assets = 999001·1001/1000e6 = 1000000001/1e9 = 1.000000001 → 1 / 2.
		{
			name: "round trip", amount: u("999001"), totalAssets: u("1000"), totalShares: u("999000000"),
			sharesDown: "998002997002", sharesUp: "998002997003", assetsDown: "1", assetsUp: "2",
		},
		// TA = 1000, TS = 1000e6 → 1001 and 1001e6: exact 1e6 shares per asset.
		{
			name: "exact ratio", amount: u("7"), totalAssets: u("1000"), totalShares: u("1000000000"),
			sharesDown: "7000000", sharesUp: "7000000", assetsDown: "0", assetsUp: "1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got, err := ToSharesDown(tc.amount, tc.totalAssets, tc.totalShares)
			require.NoError(t, err)
			require.Equal(t, tc.sharesDown, got.Dec())
			got, err = ToSharesUp(tc.amount, tc.totalAssets, tc.totalShares)
			require.NoError(t, err)
			require.Equal(t, tc.sharesUp, got.Dec())
			got, err = ToAssetsDown(tc.amount, tc.totalAssets, tc.totalShares)
			require.NoError(t, err)
			require.Equal(t, tc.assetsDown, got.Dec())
			got, err = ToAssetsUp(tc.amount, tc.totalAssets, tc.totalShares)
			require.NoError(t, err)
			require.Equal(t, tc.assetsUp, got.Dec())
		})
	}

	// totalShares + 1e6 overflows 256 bits.
	_, err := ToSharesDown(u("1"), u("0"), new(uint256.Int).SetAllOne())
	require.ErrorIs(t, err, ErrOverflow)
	// totalAssets + 1 overflows 256 bits.
	_, err = ToAssetsUp(u("1"), new(uint256.Int).SetAllOne(), u("0"))
	require.ErrorIs(t, err, ErrOverflow)
}

func TestWTaylorCompounded(t *testing.T) {
	t.Parallel()
	// rate = ⌊0.05e18/31536000⌋ = 1585489599 (≈5 %/year).
	// n = 31536000: first = 49999999994064000,
	// second = ⌊first²/2e18⌋ = 1249999999703200,
	// third = ⌊second·first/3e18⌋ = 20833333325913,
	// sum = 51270833327093113 (e^0.05 − 1 = 0.051271096…; the cubic
	// truncation gives 0.0512708333…).
	got, err := WTaylorCompounded(u("1585489599"), 31536000)
	require.NoError(t, err)
	require.Equal(t, "51270833327093113", got.Dec())

	got, err = WTaylorCompounded(u("1585489599"), 0)
	require.NoError(t, err)
	require.True(t, got.IsZero())

	// rate·n overflows.
	_, err = WTaylorCompounded(pow2(250), 1<<10)
	require.ErrorIs(t, err, ErrOverflow)
	// rate·n fits, first² does not.
	_, err = WTaylorCompounded(pow2(129), 1)
	require.ErrorIs(t, err, ErrOverflow)
}
