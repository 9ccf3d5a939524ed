package morpho

import (
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

var (
	price1to1 = u("1000000000000000000000000000000000000") // 1e36: 1 raw collateral = 1 raw loan
	lltv80    = u("800000000000000000")
)

// boundaryCase: collateral 1000 at 1:1 and LLTV 0.8 gives maxBorrow 800.
// A market of totals (debt, debt·1e6) with the position owning all shares
// gives borrowed = ⌈debt·1e6·(debt+1)/(debt·1e6+1e6)⌉ = debt exactly.
func boundaryCase(debt uint64) (Position, Market) {
	shares := new(uint256.Int).Mul(uint256.NewInt(debt), uint256.NewInt(1e6))
	p := Position{BorrowShares: *shares, Collateral: *uint256.NewInt(1000)}
	m := Market{TotalBorrowAssets: *uint256.NewInt(debt), TotalBorrowShares: *shares}
	return p, m
}

func TestPositionHealth(t *testing.T) {
	t.Parallel()
	maxU := new(uint256.Int).SetAllOne().Dec()
	tests := []struct {
		name                       string
		p                          Position
		m                          Market
		price, lltv                *uint256.Int
		borrowed, maxBorrow, ratio string
		liquidatable, hasDebt      bool
	}{
		// maxBorrow = ⌊⌊1000·1e36/1e36⌋·0.8⌋ = 800 = borrowed: healthy
		// (Morpho needs maxBorrow < borrowed); ratio = 800e18/800 = 1e18.
		{
			name:  "exactly at the boundary",
			p:     func() Position { p, _ := boundaryCase(800); return p }(),
			m:     func() Market { _, m := boundaryCase(800); return m }(),
			price: price1to1, lltv: lltv80,
			borrowed: "800", maxBorrow: "800", ratio: "1000000000000000000",
			hasDebt: true,
		},
		// One wei more debt: borrowed 801 > 800; ratio = ⌊800e18/801⌋.
		{
			name:  "one wei over",
			p:     func() Position { p, _ := boundaryCase(801); return p }(),
			m:     func() Market { _, m := boundaryCase(801); return m }(),
			price: price1to1, lltv: lltv80,
			borrowed: "801", maxBorrow: "800", ratio: "998751560549313358",
			hasDebt: true, liquidatable: true,
		},
		// One wei of price less: ⌊1000·(1e36−1)/1e36⌋ = 999 → ⌊999·0.8⌋ = 799 < 800.
		{
			name:  "price one wei lower",
			p:     func() Position { p, _ := boundaryCase(800); return p }(),
			m:     func() Market { _, m := boundaryCase(800); return m }(),
			price: new(uint256.Int).SubUint64(price1to1, 1), lltv: lltv80,
			borrowed: "800", maxBorrow: "799", ratio: "998750000000000000",
			hasDebt: true, liquidatable: true,
		},
		// wstETH/WETH-like, LLTV 0.945, 100 collateral at 1.2:
		// value = ⌊100e18·1.2e36/1e36⌋ = 120e18; maxBorrow = ⌊120e18·0.945⌋ = 113.4e18.
		// borrowed = ⌈110e24·(5000e18+1)/(4900e24+1e6)⌉ = 112244897959183673470.
		// ratio = ⌊113.4e18·1e18/112244897959183673470⌋ = 1010290909090909090.
		{
			name: "looped LRT",
			p:    Position{BorrowShares: v("110000000000000000000000000"), Collateral: v("100000000000000000000")},
			m: Market{
				TotalBorrowAssets: v("5000000000000000000000"),
				TotalBorrowShares: v("4900000000000000000000000000"),
			},
			price: u("1200000000000000000000000000000000000"), lltv: u("945000000000000000"),
			borrowed: "112244897959183673470", maxBorrow: "113400000000000000000", ratio: "1010290909090909090",
			hasDebt: true,
		},
		// No borrow shares: never liquidatable; ratio is max uint256.
		{
			name:  "no debt",
			p:     Position{Collateral: v("1000")},
			m:     Market{TotalBorrowAssets: v("1000"), TotalBorrowShares: v("1000000000")},
			price: price1to1, lltv: lltv80,
			borrowed: "0", maxBorrow: "800", ratio: maxU,
		},
		// Debt without collateral: maxBorrow 0 < borrowed 1; ratio 0.
		{
			name:  "no collateral",
			p:     Position{BorrowShares: v("1")},
			m:     Market{TotalBorrowAssets: v("1000"), TotalBorrowShares: v("1000000000")},
			price: price1to1, lltv: lltv80,
			// ⌈1·1001/1001e6⌉ = 1
			borrowed: "1", maxBorrow: "0", ratio: "0",
			hasDebt: true, liquidatable: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			h, err := PositionHealth(tc.p, tc.m, tc.price, tc.lltv)
			require.NoError(t, err)
			require.Equal(t, tc.borrowed, h.Borrowed.Dec())
			require.Equal(t, tc.maxBorrow, h.MaxBorrow.Dec())
			require.Equal(t, tc.ratio, h.Ratio.Dec())
			require.Equal(t, tc.hasDebt, h.HasDebt)
			require.Equal(t, tc.liquidatable, h.Liquidatable)
			require.Equal(t, h.Liquidatable, h.Ratio.Lt(uint256.NewInt(WAD)))
		})
	}
}

func TestPositionHealthOverflow(t *testing.T) {
	t.Parallel()
	p := Position{BorrowShares: v("1"), Collateral: *pow2(200)}
	_, err := PositionHealth(p, Market{}, pow2(100), lltv80)
	require.ErrorIs(t, err, ErrOverflow)
}

func TestLiquidationPrice(t *testing.T) {
	t.Parallel()
	maxU := new(uint256.Int).SetAllOne()
	p800, m800 := boundaryCase(800)
	tests := []struct {
		name  string
		p     Position
		m     Market
		lltv  *uint256.Int
		price string
		ok    bool
	}{
		// B = 800, C = 1000, λ = 0.8: mMax = ⌈800e18/0.8e18⌉ − 1 = 999;
		// P = ⌈1000·1e36/1000⌉ − 1 = 1e36 − 1 (the boundary test above).
		{name: "boundary", p: p800, m: m800, lltv: lltv80, price: "999999999999999999999999999999999999", ok: true},
		// B = 2, C = 3, λ = 0.5: mMax = ⌈2e18/0.5e18⌉ − 1 = 3;
		// P = ⌈4e36/3⌉ − 1 = 1333…334 − 1. At P: ⌊3P/1e36⌋ = 3 → ⌊1.5⌋ = 1 < 2;
		// at P+1: 3·(P+1) = 4e36 + 2 → 4 → 2, not < 2.
		{
			name: "rounding",
			p:    Position{BorrowShares: v("2000000"), Collateral: v("3")},
			m:    Market{TotalBorrowAssets: v("2"), TotalBorrowShares: v("2000000")},
			lltv: u("500000000000000000"), price: "1333333333333333333333333333333333333", ok: true,
		},
		// Debt without collateral is liquidatable at every price.
		{
			name: "no collateral",
			p:    Position{BorrowShares: v("1")},
			m:    Market{TotalBorrowAssets: v("1000"), TotalBorrowShares: v("1000000000")},
			lltv: lltv80, price: maxU.Dec(), ok: true,
		},
		// One raw unit of collateral against a debt so large no uint256 price
		// covers it: B = ⌈1e6·(2^200+1)/1e6⌉ = 2^200 + 1, so (mMax+1)·1e36 > 2^256.
		{
			name: "bound beyond uint256",
			p:    Position{BorrowShares: v("1000000"), Collateral: v("1")},
			m:    Market{TotalBorrowAssets: *pow2(200)},
			lltv: lltv80, price: maxU.Dec(), ok: true,
		},
		{name: "no debt", p: Position{Collateral: v("5")}, m: m800, lltv: lltv80},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			price, ok, err := LiquidationPrice(tc.p, tc.m, tc.lltv)
			require.NoError(t, err)
			require.Equal(t, tc.ok, ok)
			if !ok {
				require.Nil(t, price)
				return
			}
			require.Equal(t, tc.price, price.Dec())
			h, err := PositionHealth(tc.p, tc.m, price, tc.lltv)
			require.NoError(t, err)
			require.True(t, h.Liquidatable, "liquidatable at P")
			if price.Eq(maxU) {
				return
			}
			h, err = PositionHealth(tc.p, tc.m, new(uint256.Int).AddUint64(price, 1), tc.lltv)
			require.NoError(t, err)
			require.False(t, h.Liquidatable, "not liquidatable at P+1")
		})
	}

	t.Run("health check overflows at the bound", func(t *testing.T) {
		t.Parallel()
		// C = 2: every price ≤ max would be liquidatable by the formula, but
		// 2·P overflows on-chain above 2^255.
		p := Position{BorrowShares: v("1000000"), Collateral: v("2")}
		m := Market{TotalBorrowAssets: *pow2(200)}
		_, _, err := LiquidationPrice(p, m, lltv80)
		require.ErrorIs(t, err, ErrOverflow)
	})
}

func TestLeverage(t *testing.T) {
	t.Parallel()
	// V = 1000, D = 800: 1000/200 = 5.
	p, m := boundaryCase(800)
	got, err := Leverage(p, m, price1to1)
	require.NoError(t, err)
	require.Equal(t, "5000000000000000000", got.Dec())

	// V = 1000, D = 801: 1000e18/199 = 5025125628140703517.59 → rounded up.
	p, m = boundaryCase(801)
	got, err = Leverage(p, m, price1to1)
	require.NoError(t, err)
	require.Equal(t, "5025125628140703518", got.Dec())

	// No debt: exactly 1.
	got, err = Leverage(Position{Collateral: v("1000")}, Market{}, price1to1)
	require.NoError(t, err)
	require.Equal(t, "1000000000000000000", got.Dec())

	// D ≥ V: no equity.
	p, m = boundaryCase(1000)
	_, err = Leverage(p, m, price1to1)
	require.ErrorIs(t, err, ErrNoEquity)
	_, err = Leverage(Position{}, Market{}, price1to1)
	require.ErrorIs(t, err, ErrNoEquity)
}

func TestDepegBuffer(t *testing.T) {
	t.Parallel()
	hv := func(borrowed, maxBorrow string) Health {
		return Health{Borrowed: v(borrowed), MaxBorrow: v(maxBorrow), HasDebt: borrowed != "0"}
	}
	// (1000 − 800)/1000 = 0.2.
	require.Equal(t, "200000000000000000", DepegBuffer(hv("800", "1000")).Dec())
	// (3 − 2)/3 = 0.333… → down.
	require.Equal(t, "333333333333333333", DepegBuffer(hv("2", "3")).Dec())
	// At the boundary and beyond: 0.
	require.Equal(t, "0", DepegBuffer(hv("800", "800")).Dec())
	require.Equal(t, "0", DepegBuffer(hv("801", "800")).Dec())
	// No debt: the whole price may go.
	require.Equal(t, "1000000000000000000", DepegBuffer(hv("0", "800")).Dec())

	// Looped-LRT case (health ≈ 1.01029): (113.4e18 − 112244897959183673470)·1e18/113.4e18
	// = 1155102040816326530e18/113.4e18 = 10186085016016988.8 → 10186085016016988 (≈1.02 %).
	h := hv("112244897959183673470", "113400000000000000000")
	require.Equal(t, "10186085016016988", DepegBuffer(h).Dec())
}
