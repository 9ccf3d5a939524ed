package riskmath

import (
	"math/big"
	"testing"
)

var sinkBig *big.Int

func BenchmarkTickToPriceWad(b *testing.B) {
	for _, bc := range []struct {
		name  string
		tick  int32
		base0 bool
	}{{"exact-path-tick-100", 100, false}, {"usdc-weth-tick-201000", 201000, false}, {"max-tick-token0", MaxTick, true}, {"negative-tick", -201000, false}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				p, err := TickToPriceWad(bc.tick, bc.base0, 6, 18)
				if err != nil {
					b.Fatal(err)
				}
				sinkBig = p
			}
		})
	}
}

func BenchmarkSqrtPriceX96ToPriceWad(b *testing.B) {
	sp := bi("1771595571142957102961017161607260")
	b.ReportAllocs()
	for b.Loop() {
		p, err := SqrtPriceX96ToPriceWad(sp, false, 6, 18)
		if err != nil {
			b.Fatal(err)
		}
		sinkBig = p
	}
}

func BenchmarkAggregate(b *testing.B) {
	in := []SourceValue{
		{Name: "chainlink", Price: bi("1030000000000000000"), UpdatedAt: 100},
		{Name: "redstone", Price: bi("1031000000000000000"), UpdatedAt: 90},
		{Name: "curve-ema", Price: bi("1029500000000000000")},
		{Name: "uniswap-twap", Price: bi("1028000000000000000")},
		{Name: "quote-100", Price: bi("1027000000000000000")},
	}
	b.ReportAllocs()
	for b.Loop() {
		a, err := Aggregate(in, 3, 50)
		if err != nil {
			b.Fatal(err)
		}
		sinkBig = a.Median
	}
}

func BenchmarkDepegTrackerUpdate(b *testing.B) {
	tr := newTestTracker(b)
	xs := []*big.Int{bpsDepeg(30), bpsDepeg(70), bpsDepeg(45), bpsDepeg(260), bpsDepeg(-5)}
	now := uint64(1_700_000_000)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		now += 12
		s, _ := tr.Update(now, xs[i%len(xs)])
		sinkBig = s.EMA
		i++
	}
}

func BenchmarkExpNegWad(b *testing.B) {
	x := bi("3141592653589793238")
	b.ReportAllocs()
	for b.Loop() {
		sinkBig, _ = ExpNegWad(x)
	}
}
