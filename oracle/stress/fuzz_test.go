package stress

import (
	"encoding/binary"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

var lltvTiers = []uint64{385e15, 625e15, 770e15, 860e15, 915e15, 945e15, 965e15, 980e15}

// randBook builds a plausible book from seed: 18-decimal tokens, fair in
// [0.5, 2.5) ETH, the market up to 30% under fair (or unknown), the oracle at
// the market (market kinds) or fair (exchange-rate kinds) with a little
// noise, an accrued market, and n positions at LTVs from 0 to 110% of the
// collateral value, a few without debt or collateral.
func randBook(seed uint64, kind OracleKind, n int) Book {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	wad := uint64(1e18)
	fair := wad/2 + r.Uint64N(2*wad)
	mkt := fair - r.Uint64N(fair*3/10+1)
	priced := mkt
	if kind == OracleExchangeRate || kind == OracleCapped {
		priced = fair
	}
	oracle := new(uint256.Int).Mul(uint256.NewInt(priced+r.Uint64N(1000)), uint256.NewInt(wad))

	m := morpho.Market{LastUpdate: *uint256.NewInt(1_700_000_000)}
	tba := new(uint256.Int).Mul(uint256.NewInt(1+r.Uint64N(1e9)), uint256.NewInt(1e15))
	m.TotalBorrowAssets = *tba
	m.TotalSupplyAssets.Mul(tba, uint256.NewInt(2))
	// Shares per asset between 0.5e6 and 1e6 (interest accrued).
	m.TotalBorrowShares.Mul(tba, uint256.NewInt(5e5+r.Uint64N(5e5+1)))
	m.TotalSupplyShares.Set(&m.TotalBorrowShares)

	b := Book{
		Market:             m,
		LLTV:               uint256.NewInt(lltvTiers[r.IntN(len(lltvTiers))]),
		Kind:               kind,
		OraclePrice:        oracle,
		FairWad:            new(big.Int).SetUint64(fair),
		CollateralDecimals: 18,
		LoanDecimals:       18,
		Slippage:           new(big.Int).SetUint64(r.Uint64N(wad / 20)),
	}
	if r.IntN(4) != 0 {
		b.MarketWad = new(big.Int).SetUint64(mkt)
	}
	for range n {
		var p morpho.Position
		p.Collateral.Mul(uint256.NewInt(r.Uint64N(1e9)), uint256.NewInt(1e12)) // up to 1e21
		switch r.IntN(10) {
		case 0: // no debt
		case 1: // debt, no collateral
			p.Collateral.Clear()
			p.BorrowShares.SetUint64(1 + r.Uint64N(1e18))
		default:
			// debt = value·ltv, ltv ∈ [0, 1.1)
			var value, debt uint256.Int
			value.MulDivOverflow(&p.Collateral, oracle, morpho.OraclePriceScale)
			debt.MulDivOverflow(&value, uint256.NewInt(r.Uint64N(11e17)), uint256.NewInt(wad))
			sh, err := morpho.ToSharesDown(&debt, &m.TotalBorrowAssets, &m.TotalBorrowShares)
			if err == nil {
				p.BorrowShares.Set(sh)
			}
		}
		b.Positions = append(b.Positions, p)
	}
	return b
}

func wadFrac(x uint64) *big.Int { return new(big.Int).SetUint64(x % (1e18 + 1)) }

// Bad debt, the liquidatable count and the liquidatable debt and
// collateral never fall as a market-priced oracle's depeg deepens.
func FuzzRunDepegMonotone(f *testing.F) {
	f.Add(uint64(1), uint64(1e16), uint64(5e16), false)
	f.Add(uint64(2), uint64(0), uint64(8e17), true)
	f.Add(uint64(3), uint64(47e15), uint64(48e15), false)
	f.Fuzz(func(t *testing.T, seed, d1, d2 uint64, unknown bool) {
		kind := OracleMarket
		if unknown {
			kind = OracleUnknown
		}
		b := randBook(seed, kind, 12)
		lo, hi := wadFrac(d1), wadFrac(d2)
		if lo.Cmp(hi) > 0 {
			lo, hi = hi, lo
		}
		res, err := Run(b, []Shock{{Name: "lo", Depeg: lo}, {Name: "hi", Depeg: hi}})
		require.NoError(t, err)
		a, z := res[0], res[1]
		require.LessOrEqual(t, a.Liquidatable, z.Liquidatable)
		require.LessOrEqual(t, a.BadDebt.Cmp(z.BadDebt), 0, "bad debt %s > %s", a.BadDebt, z.BadDebt)
		require.LessOrEqual(t, a.Debt.Cmp(z.Debt), 0)
		require.LessOrEqual(t, a.Collateral.Cmp(z.Collateral), 0)
		require.LessOrEqual(t, z.OraclePriceAfter.Cmp(a.OraclePriceAfter), 0)
		require.LessOrEqual(t, z.MarketPriceAfter.Cmp(a.MarketPriceAfter), 0)
	})
}

// Results do not depend on the order of the positions.
func FuzzRunOrder(f *testing.F) {
	f.Add(uint64(1), uint64(7), uint8(0))
	f.Add(uint64(99), uint64(3), uint8(2))
	f.Fuzz(func(t *testing.T, seed, perm uint64, k uint8) {
		kinds := []OracleKind{OracleMarket, OracleExchangeRate, OracleCapped, OracleUnknown}
		b := randBook(seed, kinds[int(k)%len(kinds)], 16)
		res, err := Run(b, DefaultShocks())
		require.NoError(t, err)
		shuffled := b
		shuffled.Positions = append([]morpho.Position(nil), b.Positions...)
		r := rand.New(rand.NewPCG(perm, 1))
		r.Shuffle(len(shuffled.Positions), func(i, j int) {
			shuffled.Positions[i], shuffled.Positions[j] = shuffled.Positions[j], shuffled.Positions[i]
		})
		res2, err := Run(shuffled, DefaultShocks())
		require.NoError(t, err)
		for i := range res {
			requireSameResult(t, res[i], res2[i])
		}
	})
}

func requireSameResult(t *testing.T, a, b Result) {
	t.Helper()
	require.Equal(t, a.Shock.Name, b.Shock.Name)
	require.Equal(t, a.OracleMoved, b.OracleMoved)
	require.Equal(t, a.Liquidatable, b.Liquidatable)
	require.Equal(t, a.Unprofitable, b.Unprofitable)
	for _, pair := range [][2]*big.Int{
		{a.OraclePriceAfter, b.OraclePriceAfter}, {a.MarketPriceAfter, b.MarketPriceAfter},
		{a.Collateral, b.Collateral}, {a.Debt, b.Debt}, {a.BadDebt, b.BadDebt}, {a.KeeperProfit, b.KeeperProfit},
	} {
		require.Zero(t, pair[0].Cmp(pair[1]), "%s vs %s", pair[0], pair[1])
	}
}

// DepegBufferBps agrees with Run at basis-point resolution.
func FuzzDepegBuffer(f *testing.F) {
	f.Add(uint64(1), false)
	f.Add(uint64(5), true)
	f.Fuzz(func(t *testing.T, seed uint64, unknown bool) {
		kind := OracleMarket
		if unknown {
			kind = OracleUnknown
		}
		b := randBook(seed, kind, 6)
		for _, p := range b.Positions {
			m, err := Position(p, b, nil, nil)
			require.NoError(t, err)
			if p.BorrowShares.IsZero() {
				require.Nil(t, m.DepegBufferBps)
				continue
			}
			require.NotNil(t, m.DepegBufferBps)
			require.True(t, m.DepegBufferBps.Sign() >= 0 && m.DepegBufferBps.Cmp(new(big.Int).Mul(wadBig, bpsPerUnit)) <= 0)
			requireBufferConsistent(t, p, b, m.DepegBufferBps)
		}
	})
}

// reader hands out fuzz bytes as numbers, zeros once exhausted.
type reader struct{ b []byte }

func (r *reader) bytes(n int) []byte {
	out := make([]byte, n)
	k := copy(out, r.b)
	r.b = r.b[k:]
	return out
}

func (r *reader) u8() uint8 { return r.bytes(1)[0] }

// u256 picks a width from one byte, then reads that many bytes: zero, small,
// realistic and 2^256-scale values all come up.
func (r *reader) u256() *uint256.Int {
	w := int(r.u8()) % 33
	return new(uint256.Int).SetBytes(r.bytes(w))
}

func (r *reader) big() *big.Int {
	switch r.u8() % 4 {
	case 0:
		return nil
	case 1:
		return new(big.Int).Neg(r.u256().ToBig())
	default:
		x := r.u256().ToBig()
		if r.u8()%8 == 0 {
			x.Lsh(x, 200) // beyond 256 bits
		}
		return x
	}
}

// Arbitrary, mostly absurd, inputs never panic; successful results are
// internally consistent.
func FuzzRunNoPanic(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{32, 255, 255, 255, 255})
	seed := make([]byte, 256)
	binary.BigEndian.PutUint64(seed, 0x0102030405060708)
	for i := range seed {
		seed[i] = byte(i * 37)
	}
	f.Add(seed)
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{b: data}
		kinds := []OracleKind{OracleMarket, OracleExchangeRate, OracleCapped, OracleUnknown, "", "bogus"}
		b := Book{
			Market: morpho.Market{
				TotalSupplyAssets: *r.u256(), TotalSupplyShares: *r.u256(),
				TotalBorrowAssets: *r.u256(), TotalBorrowShares: *r.u256(),
				LastUpdate: *r.u256(), Fee: *r.u256(),
			},
			LLTV:               r.u256(),
			Kind:               kinds[int(r.u8())%len(kinds)],
			OraclePrice:        r.u256(),
			FairWad:            r.big(),
			MarketWad:          r.big(),
			CollateralDecimals: r.u8(),
			LoanDecimals:       r.u8(),
			Slippage:           r.big(),
		}
		if r.u8()%3 == 0 {
			b.LLTV = uint256.NewInt(945e15)
		}
		for range int(r.u8()) % 6 {
			b.Positions = append(b.Positions, morpho.Position{SupplyShares: *r.u256(), BorrowShares: *r.u256(), Collateral: *r.u256()})
		}
		shocks := DefaultShocks()
		for range int(r.u8()) % 3 {
			shocks = append(shocks, Shock{Name: "fuzz", Depeg: r.big(), Slash: r.big()})
		}
		res, err := Run(b, shocks)
		if err == nil {
			require.Len(t, res, len(shocks))
			for _, x := range res {
				require.LessOrEqual(t, x.Liquidatable, len(b.Positions))
				require.LessOrEqual(t, x.Unprofitable, x.Liquidatable)
				for _, n := range []*big.Int{x.OraclePriceAfter, x.MarketPriceAfter, x.Collateral, x.Debt, x.BadDebt, x.KeeperProfit} {
					require.NotNil(t, n)
					require.GreaterOrEqual(t, n.Sign(), 0)
				}
				if x.Liquidatable == 0 {
					require.Zero(t, x.KeeperProfit.Sign())
					require.Zero(t, x.Debt.Sign())
				}
			}
		}
		for _, p := range b.Positions {
			m, err := Position(p, b, r.big(), r.big())
			if err != nil {
				continue
			}
			if m.Leverage != nil {
				require.GreaterOrEqual(t, m.Leverage.Cmp(wadBig), 0)
			}
			if m.DepegBufferBps != nil {
				require.GreaterOrEqual(t, m.DepegBufferBps.Sign(), 0)
			}
		}
	})
}
