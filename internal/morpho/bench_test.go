package morpho

import (
	"testing"

	"github.com/holiman/uint256"
)

// benchPosition is the looped-LRT case of TestPositionHealth.
func benchPosition() (Position, Market, *uint256.Int, *uint256.Int) {
	p := Position{BorrowShares: v("110000000000000000000000000"), Collateral: v("100000000000000000000")}
	m := Market{
		TotalSupplyAssets: v("6000000000000000000000"),
		TotalSupplyShares: v("5900000000000000000000000000"),
		TotalBorrowAssets: v("5000000000000000000000"),
		TotalBorrowShares: v("4900000000000000000000000000"),
		LastUpdate:        *uint256.NewInt(t0),
		Fee:               v("100000000000000000"),
	}
	return p, m, u("1200000000000000000000000000000000000"), u("945000000000000000")
}

func BenchmarkPositionHealth(b *testing.B) {
	p, m, price, lltv := benchPosition()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PositionHealth(p, m, price, lltv); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAccrueInterest(b *testing.B) {
	_, m, _, _ := benchPosition()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := AccrueInterest(m, rate5, t0+12); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMaxSeizable(b *testing.B) {
	p, m, price, lltv := benchPosition()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, _, err := MaxSeizable(p, m, price, lltv); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLiquidationPrice(b *testing.B) {
	p, m, _, lltv := benchPosition()
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := LiquidationPrice(p, m, lltv); err != nil {
			b.Fatal(err)
		}
	}
}
