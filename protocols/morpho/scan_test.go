package morpho

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// randomBook fills a market with n positions around a liquidation boundary
// so that a price path crosses many of them, plus dust and debt-free ones.
func randomBook(rng *rand.Rand, n int, dust *uint256.Int) (*book.Book, *book.Market, morpho.Market) {
	b := book.New()
	bm := b.AddMarket(common.Hash{1}, dust)
	var m morpho.Market
	m.TotalBorrowAssets.Mul(uint256.NewInt(1e18), uint256.NewInt(1e6+rng.Uint64N(1e4)))
	m.TotalBorrowShares.Mul(&m.TotalBorrowAssets, uint256.NewInt(1e6-rng.Uint64N(5e4))) // share price ≥ 1
	m.TotalSupplyAssets.Mul(&m.TotalBorrowAssets, uint256.NewInt(2))
	for i := 0; i < n; i++ {
		var owner common.Address
		owner[0], owner[1], owner[2] = byte(i), byte(i>>8), byte(i>>16)
		coll := randAmount(rng)
		// debt per collateral spread ±20 % around 0.9e6 shares per unit.
		ratio := 700_000 + rng.Uint64N(400_000)
		shares := new(uint256.Int).Mul(coll, uint256.NewInt(ratio))
		switch rng.IntN(20) {
		case 0:
			shares.Clear()
		case 1:
			coll = uint256.NewInt(rng.Uint64N(1000)) // dust, maybe zero
			shares = uint256.NewInt(1 + rng.Uint64N(1e9))
		case 2: // ties: same ratio as a small one
			shares = new(uint256.Int).Mul(coll, uint256.NewInt(900_000))
		}
		if err := bm.Put(owner, coll, shares, 1); err != nil {
			panic(err)
		}
	}
	return b, bm, m
}

func randAmount(rng *rand.Rand) *uint256.Int {
	// 1e3 .. ~1e24 collateral units, log-uniform-ish.
	z := uint256.NewInt(1 + rng.Uint64N(1e9))
	return z.Mul(z, new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(rng.Uint64N(16))))
}

func collect(t testing.TB, scan func(*book.Market, *morpho.Market, *uint256.Int, *uint256.Int, *uint256.Int, func(*book.Record, *morpho.Health) bool) error,
	bm *book.Market, m *morpho.Market, price, lltv, bound *uint256.Int,
) []common.Address {
	var out []common.Address
	require.NoError(t, scan(bm, m, price, lltv, bound, func(r *book.Record, h *morpho.Health) bool {
		out = append(out, r.Owner)
		return true
	}))
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// FuzzBelowMatchesFullScan: over random books, price paths and edits, the
// index walk finds exactly the positions a full scan finds, at the
// liquidation bound and at a health-alert bound.
func FuzzBelowMatchesFullScan(f *testing.F) {
	for _, seed := range []uint64{1, 2, 3, 42, 1234} {
		f.Add(seed, uint16(300), uint64(1e9))
	}
	f.Add(uint64(7), uint16(50), uint64(0))
	f.Add(uint64(8), uint16(400), uint64(1))
	f.Fuzz(func(t *testing.T, seed uint64, n uint16, dust uint64) {
		rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
		_, bm, m := randomBook(rng, int(n%600), uint256.NewInt(dust))
		lltv := uint256.NewInt(945e15)
		bounds := []*uint256.Int{WAD, uint256.NewInt(105e16), uint256.NewInt(1e18 + rng.Uint64N(2e17))}
		crossings := 0
		// A price path from well above to below the boundary (1e36-scaled,
		// ~0.6 .. 1.3 loan per collateral unit), with edits in between.
		for step := 0; step < 12; step++ {
			price := new(uint256.Int).Mul(uint256.NewInt(6e17+rng.Uint64N(7e17)), uint256.NewInt(1e18))
			for _, bound := range bounds {
				want := collect(t, BelowFullScan, bm, &m, price, lltv, bound)
				got := collect(t, Below, bm, &m, price, lltv, bound)
				require.Equal(t, want, got, "step %d price %s bound %s", step, price, bound)
				if len(want) > 0 && len(want) < bm.Len()-bm.DustLen() {
					crossings++
				}
			}
			wantMin, wantOK, err := MinHealthFullScan(bm, &m, price, lltv)
			require.NoError(t, err)
			gotMin, gotOK, err := MinHealth(bm, &m, price, lltv)
			require.NoError(t, err)
			require.Equal(t, wantOK, gotOK)
			if wantOK {
				require.Equal(t, wantMin.Dec(), gotMin.Dec(), "min health at step %d", step)
			}
			// Edits: events move positions in the order; interest moves
			// the share price.
			for e := 0; e < 10; e++ {
				var owner common.Address
				k := rng.IntN(int(n%600) + 5)
				owner[0], owner[1], owner[2] = byte(k), byte(k>>8), byte(k>>16)
				coll := randAmount(rng)
				shares := new(uint256.Int).Mul(coll, uint256.NewInt(700_000+rng.Uint64N(400_000)))
				if rng.IntN(5) == 0 {
					coll.Clear()
					shares.Clear()
				}
				require.NoError(t, bm.Put(owner, coll, shares, uint64(step+2)))
			}
			m.TotalBorrowAssets.Add(&m.TotalBorrowAssets, new(uint256.Int).Mul(uint256.NewInt(rng.Uint64N(1e18)), uint256.NewInt(1000)))
		}
		if n%600 >= 100 {
			// The path must split the book, or the comparison proves little.
			require.Positive(t, crossings, "no price split the book")
		}
	})
}
