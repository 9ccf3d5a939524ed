package stress

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

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

// benchBook builds a realistic book of n positions in ladder order, with its
// dust bound (0.001 token): 18-decimal tokens, collateral log-uniform from
// 0.001 to 1e6 tokens, LTVs from 0 to 110% at the oracle price, 5% of the
// positions without debt and 1% dust.
func benchBook(seed uint64, kind OracleKind, n int) (Book, *uint256.Int) {
	b := randBook(seed, kind, 0)
	r := rand.New(rand.NewPCG(seed, 11))
	b.Positions = make([]morpho.Position, 0, n)
	for range n {
		var p morpho.Position
		switch k := r.IntN(100); {
		case k == 0:
			p.Collateral = *pow10U(1+r.Uint64N(999), 9+r.IntN(4))
		default:
			p.Collateral = *pow10U(1+r.Uint64N(999), 15+r.IntN(7))
		}
		if r.IntN(20) != 0 {
			var value, debt uint256.Int
			value.MulDivOverflow(&p.Collateral, b.OraclePrice, morpho.OraclePriceScale)
			debt.MulDivOverflow(&value, uint256.NewInt(r.Uint64N(11e17)), uint256.NewInt(1e18))
			if sh, err := morpho.ToSharesDown(&debt, &b.Market.TotalBorrowAssets, &b.Market.TotalBorrowShares); err == nil {
				p.BorrowShares = *sh
			}
		}
		b.Positions = append(b.Positions, p)
	}
	OrderPositions(b.Positions)
	return b, uint256.NewInt(1e15)
}

// BenchmarkLadder builds a ladder and runs the eight default scenarios on
// it, next to Run and RunFullScan on the same book.
func BenchmarkLadder(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		book, dust := benchBook(42, OracleMarket, n)
		shocks := DefaultShocks()
		b.Run(fmt.Sprintf("n=%d/build", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := NewLadder(book, dust); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/run", n), func(b *testing.B) {
			l, err := NewLadder(book, dust)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := l.Run(shocks); err != nil {
					b.Fatal(err)
				}
			}
		})
		// Without a dust bound the small positions become rungs too: the
		// rounding windows widen (to 3/(cmin·r) in debt per collateral) but
		// stay nearly empty, and nothing is checked one by one.
		b.Run(fmt.Sprintf("n=%d/run_no_dust", n), func(b *testing.B) {
			l, err := NewLadder(book, nil)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := l.Run(shocks); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/old_run", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Run(book, shocks); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("n=%d/full_scan", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RunFullScan(book, shocks); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
