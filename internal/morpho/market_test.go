package morpho

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// accrualMarket: 2000 supplied, 1000 borrowed (18 decimals), shares at the
// initial 1e6 per asset, 10 % fee, last accrued at t0.
const t0 = 1_700_000_000

func accrualMarket() Market {
	return Market{
		TotalSupplyAssets: v("2000000000000000000000"),
		TotalSupplyShares: v("2000000000000000000000000000"),
		TotalBorrowAssets: v("1000000000000000000000"),
		TotalBorrowShares: v("1000000000000000000000000000"),
		LastUpdate:        *uint256.NewInt(t0),
		Fee:               v("100000000000000000"),
	}
}

// rate5 = ⌊0.05e18/31536000⌋ = 1585489599 per second, 5 % APR.
var rate5 = u("1585489599")

func TestAccrueInterest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		elapsed  uint64
		tba, tsa string
		tss      string
	}{
		// x = 1585489599·1 = 1585489599; x²/2e18 = 2.51e18/2e18 → 1;
		// 1·x/3e18 → 0; growth = 1585489600.
		// interest = ⌊1000e18·1585489600/1e18⌋ = 1585489600000.
		// feeAmount = ⌊1585489600000·0.1⌋ = 158548960000.
		// feeShares = ⌊158548960000·(2000e24 + 1e6)/(2000e18 + 1585489600000 − 158548960000 + 1)⌋
		//           = 158548959886880022.
		{
			name: "1 second", elapsed: 1,
			tba: "1000000001585489600000", tsa: "2000000001585489600000",
			tss: "2000000000158548959886880022",
		},
		// x = 1585489599·86400 = 136986301353600;
		// second = ⌊x²/2e18⌋ = 9382623379; third = ⌊9382623379·x/3e18⌋ = 428430;
		// growth = 136995684405409; interest = 136995684405409000;
		// feeAmount = 13699568440540900;
		// feeShares = ⌊13699568440540900·(2000e24+1e6)/(2000136995684405409000 − 13699568440540900 + 1)⌋
		//           = 13698723940813111395841.
		{
			name: "1 day", elapsed: 86400,
			tba: "1000136995684405409000", tsa: "2000136995684405409000",
			tss: "2000013698723940813111395841",
		},
		// x = 49999999994064000; second = 1249999999703200; third = 20833333325913;
		// growth = 51270833327093113; interest = 51270833327093113000 (≈ 51.27);
		// feeAmount = 5127083332709311300;
		// feeShares = ⌊5127083332709311300·(2000e24+1e6)/(2051270833327093113000 − 5127083332709311300 + 1)⌋
		//           = 5011459564093074081762092.
		{
			name: "1 year", elapsed: 31536000,
			tba: "1051270833327093113000", tsa: "2051270833327093113000",
			tss: "2005011459564093074081762092",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			m := accrualMarket()
			got, err := AccrueInterest(m, rate5, t0+tc.elapsed)
			require.NoError(t, err)
			require.Equal(t, tc.tba, got.TotalBorrowAssets.Dec())
			require.Equal(t, tc.tsa, got.TotalSupplyAssets.Dec())
			require.Equal(t, tc.tss, got.TotalSupplyShares.Dec())
			require.Equal(t, m.TotalBorrowShares, got.TotalBorrowShares)
			require.Equal(t, m.Fee, got.Fee)
			require.Equal(t, uint64(t0+tc.elapsed), got.LastUpdate.Uint64())
			// The input is a value: untouched.
			require.Equal(t, accrualMarket(), m)
		})
	}
}

func TestAccrueInterestEdges(t *testing.T) {
	t.Parallel()

	t.Run("no time elapsed", func(t *testing.T) {
		t.Parallel()
		m := accrualMarket()
		got, err := AccrueInterest(m, rate5, t0)
		require.NoError(t, err)
		require.Equal(t, m, got)
	})

	t.Run("timestamp before last update", func(t *testing.T) {
		t.Parallel()
		_, err := AccrueInterest(accrualMarket(), rate5, t0-1)
		require.ErrorIs(t, err, ErrTimestampBeforeLastUpdate)
		require.ErrorIs(t, err, ErrOverflow)
	})

	t.Run("no fee", func(t *testing.T) {
		t.Parallel()
		m := accrualMarket()
		m.Fee.Clear()
		got, err := AccrueInterest(m, rate5, t0+1)
		require.NoError(t, err)
		require.Equal(t, "1000000001585489600000", got.TotalBorrowAssets.Dec())
		require.Equal(t, m.TotalSupplyShares, got.TotalSupplyShares)
	})

	t.Run("zero rate moves only lastUpdate", func(t *testing.T) {
		t.Parallel()
		m := accrualMarket()
		got, err := AccrueInterest(m, new(uint256.Int), t0+100)
		require.NoError(t, err)
		want := m
		want.LastUpdate.SetUint64(t0 + 100)
		require.Equal(t, want, got)
	})

	t.Run("uint128 overflow of total borrow", func(t *testing.T) {
		t.Parallel()
		// TBA = TSA = 2^128 − 1e18; a 100 % year adds far more than 1e18.
		m := accrualMarket()
		m.TotalBorrowAssets.Sub(maxUint128, u("1000000000000000000"))
		m.TotalSupplyAssets.Set(&m.TotalBorrowAssets)
		_, err := AccrueInterest(m, u("31709791983"), t0+31536000)
		require.ErrorIs(t, err, ErrUint128Overflow)
		require.ErrorIs(t, err, ErrOverflow)
	})

	t.Run("uint128 overflow of total supply only", func(t *testing.T) {
		t.Parallel()
		m := accrualMarket()
		m.TotalSupplyAssets.Set(maxUint128)
		_, err := AccrueInterest(m, rate5, t0+1)
		require.ErrorIs(t, err, ErrUint128Overflow)
	})

	t.Run("taylor overflow", func(t *testing.T) {
		t.Parallel()
		_, err := AccrueInterest(accrualMarket(), pow2(200), t0+1)
		require.ErrorIs(t, err, ErrOverflow)
	})
}
