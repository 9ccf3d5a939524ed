package stress

import "testing"

// BenchmarkRun stresses a 1,000-position market-oracle book with the eight
// default scenarios (target: well under 5 ms per Run).
func BenchmarkRun(b *testing.B) {
	for _, kind := range []OracleKind{OracleMarket, OracleExchangeRate} {
		b.Run(string(kind), func(b *testing.B) {
			book := randBook(42, kind, 1000)
			shocks := DefaultShocks()
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Run(book, shocks); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkPosition(b *testing.B) {
	book := randBook(42, OracleMarket, 1)
	p := book.Positions[0]
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Position(p, book, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
