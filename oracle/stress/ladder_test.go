package stress

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

var allKinds = []OracleKind{OracleMarket, OracleExchangeRate, OracleCapped, OracleUnknown, ""}

// pow10U returns m·10^e.
func pow10U(m uint64, e int) *uint256.Int {
	z := uint256.NewInt(m)
	return z.Mul(z, new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(e))))
}

// ladderBook builds a random book of n positions in ladder order, and a
// dust bound (nil, zero or a power-of-ten-ish amount). It varies what the
// ladder's proofs depend on: token decimals (so oracle prices from ~1e24 to
// ~1e46), share prices from 1e-6 to ~1e15 assets per share, LLTV tiers
// including 0 and 1, collateral from 1 to ~1e27 raw units, LTVs from 0 to
// 120%, ties (scaled copies of a position), positions without debt or
// without collateral, and dust, which is then scattered through the order
// as NewLadder allows.
func ladderBook(seed uint64, kind OracleKind, n int) (Book, *uint256.Int) {
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	wad := uint64(1e18)
	decs := [][2]uint8{{18, 18}, {18, 18}, {18, 18}, {18, 6}, {8, 18}, {6, 6}}
	dec := decs[r.IntN(len(decs))]
	fair := wad/2 + r.Uint64N(2*wad)
	mkt := fair - r.Uint64N(fair*3/10+1)
	priced := mkt
	if kind == OracleExchangeRate || kind == OracleCapped {
		priced = fair
	}
	oracle, err := morpho.ScalePriceWad(uint256.NewInt(priced+r.Uint64N(1000)), dec[0], dec[1])
	if err != nil {
		panic(err)
	}

	m := morpho.Market{LastUpdate: *uint256.NewInt(1_700_000_000)}
	tba := pow10U(1+r.Uint64N(1e6), r.IntN(22))
	switch r.IntN(5) {
	case 0: // about 1e6 shares per asset
		m.TotalBorrowAssets = *tba
		m.TotalBorrowShares.Mul(tba, uint256.NewInt(5e5+r.Uint64N(5e5+1)))
	case 1: // heavily accrued: 1 to 1e6 shares per asset
		m.TotalBorrowAssets = *tba
		m.TotalBorrowShares.Mul(tba, uint256.NewInt(1+r.Uint64N(1e6)))
	case 2: // a share worth more than an asset
		m.TotalBorrowAssets = *tba
		m.TotalBorrowShares.Div(tba, uint256.NewInt(1+r.Uint64N(1e3)))
	case 3: // everything repaid: only the virtual amounts
	default: // assets with no shares
		m.TotalBorrowAssets = *tba
	}
	m.TotalSupplyAssets.Mul(&m.TotalBorrowAssets, uint256.NewInt(2))
	m.TotalSupplyShares.Set(&m.TotalBorrowShares)

	lltv := lltvTiers[r.IntN(len(lltvTiers))]
	switch r.IntN(20) {
	case 0:
		lltv = 0
	case 1:
		lltv = wad
	}
	b := Book{
		Market:             m,
		LLTV:               uint256.NewInt(lltv),
		Kind:               kind,
		OraclePrice:        oracle,
		FairWad:            new(big.Int).SetUint64(fair),
		CollateralDecimals: dec[0],
		LoanDecimals:       dec[1],
	}
	if r.IntN(4) != 0 {
		b.MarketWad = new(big.Int).SetUint64(mkt)
	}
	if r.IntN(5) != 0 {
		b.Slippage = new(big.Int).SetUint64(r.Uint64N(wad / 20))
	}

	// Collateral stays below 2^256/(P·1e6) so that scaled ties keep
	// C·P inside 256 bits.
	limit := new(uint256.Int).SetAllOne()
	limit.Div(limit, new(uint256.Int).Mul(oracle, uint256.NewInt(1e6)))
	thousand := uint256.NewInt(1000)
	var debtors, idle []morpho.Position
	for range n {
		var p morpho.Position
		k := r.IntN(100)
		switch {
		case k < 8: // no debt
			p.Collateral = *pow10U(r.Uint64N(1000), r.IntN(22))
		case k < 10: // debt, no collateral
			p.BorrowShares = *pow10U(1+r.Uint64N(1000), r.IntN(25))
		case k < 25 && len(debtors) > 0: // a tie: a scaled copy
			q := debtors[r.IntN(len(debtors))]
			f := uint256.NewInt(1 + r.Uint64N(1000))
			p.Collateral.Mul(&q.Collateral, f)
			p.BorrowShares.Mul(&q.BorrowShares, f)
		default:
			p.Collateral = *pow10U(1+r.Uint64N(999), r.IntN(25))
			var value, debt uint256.Int
			value.MulDivOverflow(&p.Collateral, oracle, morpho.OraclePriceScale)
			debt.MulDivOverflow(&value, uint256.NewInt(r.Uint64N(12e17)), uint256.NewInt(wad))
			if sh, err := morpho.ToSharesDown(&debt, &m.TotalBorrowAssets, &m.TotalBorrowShares); err == nil {
				p.BorrowShares = *sh
			}
		}
		for p.Collateral.Gt(limit) {
			p.Collateral.Div(&p.Collateral, thousand)
			p.BorrowShares.Div(&p.BorrowShares, thousand)
		}
		if p.BorrowShares.IsZero() {
			idle = append(idle, p)
		} else {
			debtors = append(debtors, p)
		}
	}

	var dust *uint256.Int
	switch r.IntN(4) {
	case 0:
	case 1:
		dust = new(uint256.Int)
	default:
		dust = pow10U(1+r.Uint64N(9), r.IntN(22))
	}
	OrderPositions(debtors)
	// Scatter the positions without debt, and the dust, anywhere.
	var rungs, loose []morpho.Position
	for _, p := range debtors {
		if dust != nil && p.Collateral.Lt(dust) || p.Collateral.IsZero() {
			loose = append(loose, p)
		} else {
			rungs = append(rungs, p)
		}
	}
	loose = append(loose, idle...)
	b.Positions = rungs
	for _, p := range loose {
		i := r.IntN(len(b.Positions) + 1)
		b.Positions = append(b.Positions[:i], append([]morpho.Position{p}, b.Positions[i:]...)...)
	}
	return b, dust
}

// randShocks adds a few random depegs and slashes to the defaults.
func randShocks(seed uint64) []Shock {
	r := rand.New(rand.NewPCG(seed, 7))
	shocks := DefaultShocks()
	for range 3 {
		s := Shock{Name: "rand"}
		if r.IntN(2) == 0 {
			s.Depeg = new(big.Int).SetUint64(r.Uint64N(1e18 + 1))
		}
		if r.IntN(3) == 0 {
			s.Slash = new(big.Int).SetUint64(r.Uint64N(3e17))
		}
		shocks = append(shocks, s)
	}
	return shocks
}

// requireLadderMatches runs the ladder and the full scan and requires the
// same outcome, errors included.
func requireLadderMatches(t *testing.T, b Book, dust *uint256.Int, shocks []Shock) []Result {
	t.Helper()
	l, err := NewLadder(b, dust)
	require.NoError(t, err)
	got, err := l.Run(shocks)
	want, errScan := RunFullScan(b, shocks)
	require.Equal(t, errScan == nil, err == nil, "ladder: %v; full scan: %v", err, errScan)
	if err != nil {
		t.Logf("both fail: %v", err)
	}
	if err != nil {
		return nil
	}
	require.Len(t, got, len(want))
	for i := range want {
		requireSameResult(t, want[i], got[i])
	}
	return got
}

// oldRunStats are per-position facts about Run's figures for one shock.
type oldRunStats struct {
	realBad, oldBad int      // positions with real bad debt; with Run's (rounded) bad debt
	k               *big.Rat // the profit rounding bound K of the package doc
}

func runStats(t *testing.T, b Book, s Shock) oldRunStats {
	t.Helper()
	pr, err := newParams(&b)
	require.NoError(t, err)
	sh, err := pr.prices(s)
	require.NoError(t, err)
	m := &b.Market
	a := new(big.Int).Add(m.TotalBorrowAssets.ToBig(), big.NewInt(1))
	sShares := new(big.Int).Add(m.TotalBorrowShares.ToBig(), big.NewInt(1e6))
	e := sh.exec.ToBig()
	var st oldRunStats
	for _, p := range b.Positions {
		if p.BorrowShares.IsZero() {
			continue
		}
		lhs := new(big.Int).Mul(p.BorrowShares.ToBig(), a)
		lhs.Mul(lhs, e36Big)
		rhs := new(big.Int).Mul(p.Collateral.ToBig(), e)
		rhs.Mul(rhs, sShares)
		if lhs.Cmp(rhs) > 0 {
			st.realBad++
		}
		borrowed, err := morpho.ToAssetsUp(&p.BorrowShares, &m.TotalBorrowAssets, &m.TotalBorrowShares)
		require.NoError(t, err)
		var value uint256.Int
		if _, overflow := value.MulDivOverflow(&p.Collateral, &sh.exec, priceScale); !overflow && value.Lt(borrowed) {
			st.oldBad++
		}
	}
	// K = max(r + 4, E'·(LIF'+1)/P' + E' + 2), the second only for P > 0.
	lif, err := morpho.LIF(b.LLTV)
	require.NoError(t, err)
	e36 := new(big.Rat).SetInt(e36Big)
	ep := new(big.Rat).Quo(new(big.Rat).SetInt(e), e36)
	st.k = new(big.Rat).SetFrac(a, sShares)
	st.k.Add(st.k, big.NewRat(4, 1))
	if sh.oracleBig.Sign() > 0 {
		pp := new(big.Rat).Quo(new(big.Rat).SetInt(sh.oracleBig), e36)
		lp := new(big.Rat).SetFrac(lif.ToBig(), wadBig)
		k2 := new(big.Rat).Add(lp, big.NewRat(1, 1))
		k2.Mul(k2, ep).Quo(k2, pp).Add(k2, ep).Add(k2, big.NewRat(2, 1))
		if k2.Cmp(st.k) > 0 {
			st.k = k2
		}
	}
	return st
}

// gaps tracks the largest per-position gaps between Run and the ladder:
// debt and bad debt per position counted, keeper profit per profitable
// liquidation (over all books, and over those with K ≤ 6, the 18-decimal
// markets with ordinary share prices) and as a fraction of the bound K.
type gaps struct{ debt, bad, profit, profitSmallK, profitOfK *big.Rat }

func newGaps() *gaps {
	return &gaps{new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat), new(big.Rat)}
}

func (g *gaps) note(field **big.Rat, diff *big.Int, n int) {
	if n == 0 {
		return
	}
	x := new(big.Rat).SetFrac(diff, big.NewInt(int64(n)))
	if x.Cmp(*field) > 0 {
		*field = x
	}
}

// requireNearRun checks the ladder's figures against Run's with the bounds
// of the package doc: equal counts and collateral; Run's Debt above by at
// most Liquidatable − 1, its BadDebt above by less than 2k + m (k
// positions really bad, m bad only after Run's rounding), its KeeperProfit
// below by less than K per profitable liquidation.
func requireNearRun(t *testing.T, b Book, shocks []Shock, got []Result, g *gaps) {
	t.Helper()
	old, err := Run(b, shocks)
	require.NoError(t, err)
	for i, o := range old {
		n := got[i]
		name := o.Shock.Name
		require.Equal(t, o.Liquidatable, n.Liquidatable, name)
		require.Equal(t, o.Unprofitable, n.Unprofitable, name)
		require.Zero(t, o.Collateral.Cmp(n.Collateral), name)

		d := new(big.Int).Sub(o.Debt, n.Debt)
		require.GreaterOrEqual(t, d.Sign(), 0, "%s: debt %s below ladder %s", name, o.Debt, n.Debt)
		require.LessOrEqual(t, d.Cmp(big.NewInt(int64(max(n.Liquidatable-1, 0)))), 0, "%s: debt gap %s", name, d)
		g.note(&g.debt, d, n.Liquidatable)

		st := runStats(t, b, shocks[i])
		require.LessOrEqual(t, st.realBad, st.oldBad, name)
		d = new(big.Int).Sub(o.BadDebt, n.BadDebt)
		require.GreaterOrEqual(t, d.Sign(), 0, "%s: bad debt %s below ladder %s", name, o.BadDebt, n.BadDebt)
		if st.oldBad == 0 {
			require.Zero(t, d.Sign(), name)
		} else {
			require.Less(t, d.Cmp(big.NewInt(int64(st.realBad+st.oldBad))), 0, "%s: bad debt gap %s", name, d)
		}
		g.note(&g.bad, d, st.oldBad)

		prof := n.Liquidatable - n.Unprofitable
		d = new(big.Int).Sub(n.KeeperProfit, o.KeeperProfit)
		require.GreaterOrEqual(t, d.Sign(), 0, "%s: profit %s above ladder %s", name, o.KeeperProfit, n.KeeperProfit)
		if prof == 0 {
			require.Zero(t, n.KeeperProfit.Sign(), name)
			continue
		}
		limit := new(big.Rat).Mul(st.k, big.NewRat(int64(prof), 1))
		require.Negative(t, new(big.Rat).SetInt(d).Cmp(limit), "%s: profit gap %s, limit %s", name, d, limit.FloatString(3))
		g.note(&g.profit, d, prof)
		if st.k.Cmp(big.NewRat(6, 1)) <= 0 {
			g.note(&g.profitSmallK, d, prof)
		}
		if r := new(big.Rat).Quo(new(big.Rat).SetInt(d), limit); r.Cmp(g.profitOfK) > 0 {
			g.profitOfK = r
		}
	}
}

// The ladder equals the full scan on random books, for every oracle kind,
// the default shocks and random ones; and stays within the proved bounds of
// Run.
func TestLadderMatchesFullScan(t *testing.T) {
	t.Parallel()
	g := newGaps()
	for seed := range uint64(30) {
		for _, kind := range allKinds {
			b, dust := ladderBook(seed, kind, 200+int(seed%7)*31)
			shocks := randShocks(seed)
			got := requireLadderMatches(t, b, dust, shocks)
			require.NotNil(t, got, "seed %d kind %q", seed, kind)
			requireNearRun(t, b, shocks, got, g)
		}
	}
	t.Logf("largest gap to Run per position (wei): debt %s, bad debt %s, keeper profit %s (%s where K ≤ 6; %s of the bound)",
		g.debt.FloatString(3), g.bad.FloatString(3), g.profit.FloatString(3), g.profitSmallK.FloatString(3), g.profitOfK.FloatString(3))
}

func FuzzLadder(f *testing.F) {
	f.Add(uint64(1), uint16(0), uint8(0), uint64(0))
	f.Add(uint64(7), uint16(300), uint8(1), uint64(5e16))
	f.Add(uint64(42), uint16(57), uint8(2), uint64(99e16))
	f.Fuzz(func(t *testing.T, seed uint64, extra uint16, k uint8, depeg uint64) {
		kind := allKinds[int(k)%len(allKinds)]
		b, dust := ladderBook(seed, kind, 200+int(extra%100))
		shocks := append(randShocks(seed), Shock{Name: "fuzz", Depeg: wadFrac(depeg)})
		got := requireLadderMatches(t, b, dust, shocks)
		require.NotNil(t, got)
		requireNearRun(t, b, shocks, got, newGaps())
	})
}

// marginAt returns the sign of E·LIF − 1e18·P for b with slippage σ under s.
func marginAt(t *testing.T, b Book, s Shock, sigma *big.Int) int {
	t.Helper()
	b.Slippage = sigma
	bs, err := newBase(&b)
	require.NoError(t, err)
	sh, err := bs.pr.prices(s)
	require.NoError(t, err)
	return bs.newEval(sh).d.Sign()
}

// At the slippage where a keeper's margin E·LIF − 1e18·P turns from
// positive to zero or negative, whether a liquidation pays comes down to
// its own rounding: the ladder sizes the liquidatable positions one by one
// and still equals the full scan, and its counts equal Run's.
func TestLadderKnifeEdge(t *testing.T) {
	t.Parallel()
	modes := map[profitMode]int{}
	mixed := 0
	for seed := range uint64(16) {
		for _, kind := range allKinds {
			b, dust := ladderBook(seed+1000, kind, 200)
			for _, s := range DefaultShocks() {
				// Largest σ with a positive margin: E falls with σ.
				lo, hi := big.NewInt(0), new(big.Int).Set(wadBig)
				if marginAt(t, b, s, lo) <= 0 || marginAt(t, b, s, hi) > 0 {
					continue
				}
				for new(big.Int).Sub(hi, lo).Cmp(big.NewInt(1)) > 0 {
					mid := new(big.Int).Add(lo, hi)
					mid.Rsh(mid, 1)
					if marginAt(t, b, s, mid) > 0 {
						lo = mid
					} else {
						hi = mid
					}
				}
				for _, sigma := range []*big.Int{lo, hi, new(big.Int).Sub(lo, big.NewInt(1)), new(big.Int).Add(hi, big.NewInt(1))} {
					if sigma.Sign() < 0 || sigma.Cmp(wadBig) > 0 {
						continue
					}
					bb := b
					bb.Slippage = sigma
					l, err := NewLadder(bb, dust)
					require.NoError(t, err)
					sh, err := l.pr.prices(s)
					require.NoError(t, err)
					modes[l.newEval(sh).profitMode(&l.cmin)]++
					got := requireLadderMatches(t, bb, dust, []Shock{s})
					require.NotNil(t, got)
					requireNearRun(t, bb, []Shock{s}, got, newGaps())
					if got[0].Unprofitable > 0 && got[0].Unprofitable < got[0].Liquidatable {
						mixed++
					}
				}
			}
		}
	}
	t.Logf("profit modes: none %d, all %d, check %d; shocks with both outcomes %d",
		modes[profitNone], modes[profitAll], modes[profitCheck], mixed)
	require.Positive(t, modes[profitNone])
	require.Positive(t, modes[profitCheck])
	require.Positive(t, mixed)
}

// The hand-built LLTV 0.945 book under a 10% slash (TestRunExchangeRate):
// the ladder's aggregate figures by hand.
func TestLadderHandBuilt(t *testing.T) {
	t.Parallel()
	b := book945(OracleExchangeRate, p10, p8, p5, p0)
	OrderPositions(b.Positions)
	l, err := NewLadder(b, u("1"+e18))
	require.NoError(t, err)
	res, err := l.Run([]Shock{{Name: "slash_10", Slash: pct(10)}})
	require.NoError(t, err)
	// P = 0.945e36, E = 0.93555e36, r = 1.05e-6, LIF = 1.016776817488561260.
	// Liquidatable p10, p8: Debt = ⌈(90e24 + 87.5e24)·1.05e-6⌉ = 186.375e18
	// (Run: the same, both exact).
	// Bad: B·r > C·E' for p10 only: ⌈94.5e18 − 93.555e18⌉ = 0.945e18.
	// Profit, δ' = 0.93555 − 0.945/LIF: p10 seizes all (B·r·LIF'/P' =
	// 101.68e18 ≥ 100e18): 100e18·δ'; p8 does not (98.85e18): 91.875e18·
	// LIF'·δ'/P'. ⌊sum⌋ = 1221456405693950031, 2 wei above Run's
	// 1221456405693950029, within 2·K.
	check(t, res[0], want{
		moved: true, oracle: "945000000000000000" + e18, market: "945000000000000000",
		liq: 2, collateral: "200" + e18, debt: "186375000000000000000",
		badDebt: "945000000000000000", keeperProfit: "1221456405693950031",
	})
	requireLadderMatches(t, b, nil, DefaultShocks())
}

func TestOrderPositions(t *testing.T) {
	t.Parallel()
	ps := []morpho.Position{p0, p5, pos("0", "1"), p20, pos("0", "0"), p10, pos("200"+e18, "180"+e24)}
	OrderPositions(ps)
	require.Equal(t, pos("0", "1"), ps[0])
	require.Equal(t, p20, ps[1])
	// p10 and its double tie.
	require.Equal(t, 0, cmpRatio(&ps[2].BorrowShares, &ps[2].Collateral, &p10.BorrowShares, &p10.Collateral))
	require.Equal(t, 0, cmpRatio(&ps[3].BorrowShares, &ps[3].Collateral, &p10.BorrowShares, &p10.Collateral))
	require.Equal(t, p5, ps[4])
	require.True(t, ps[5].BorrowShares.IsZero() && ps[6].BorrowShares.IsZero())

	huge := new(uint256.Int).SetAllOne()
	require.Equal(t, 1, cmpRatio(huge, uint256.NewInt(2), huge, uint256.NewInt(3)))
	require.Equal(t, -1, cmpRatio(uint256.NewInt(1), huge, uint256.NewInt(2), huge))
}

func TestLadderErrors(t *testing.T) {
	t.Parallel()
	// Out of order (dust and positions without debt may be anywhere).
	_, err := NewLadder(book945(OracleMarket, p5, p10), nil)
	require.ErrorIs(t, err, ErrUnordered)
	_, err = NewLadder(book945(OracleMarket, p0, p10, pos("1", "1"+e24), p5), u("2"))
	require.NoError(t, err)

	bad := book945(OracleMarket, p10)
	bad.LLTV = nil
	_, err = NewLadder(bad, nil)
	require.ErrorIs(t, err, ErrInvalidBook)
	_, err = RunFullScan(bad, nil)
	require.ErrorIs(t, err, ErrInvalidBook)

	l, err := NewLadder(book945(OracleMarket, p10), nil)
	require.NoError(t, err)
	_, err = l.Run([]Shock{{Depeg: big.NewInt(-1)}})
	require.ErrorIs(t, err, ErrInvalidShock)

	// Overflow in the health check or the sizing of the largest position:
	// both engines fail alike.
	top := new(uint256.Int).SetAllOne()
	cases := []struct {
		name string
		edit func(*Book)
	}{
		{"health", func(b *Book) {
			b.Positions = []morpho.Position{{Collateral: *top, BorrowShares: v("1")}}
		}},
		{"collateral quoted rounding up", func(b *Book) {
			// C·P fits 256 bits, C·P + 1e36 − 1 does not.
			b.OraclePrice = u("1" + e18)
			c := new(uint256.Int).Div(top, b.OraclePrice)
			b.Positions = []morpho.Position{{Collateral: *c, BorrowShares: v("1")}}
		}},
		{"repaid shares rounding up", func(b *Book) {
			// A share worth 2^100/1e6 assets: B·A + S − 1 fits 256 bits,
			// ⌊B·A/S⌋·S + A − 1 does not.
			b.Market.TotalBorrowAssets = *new(uint256.Int).Lsh(uint256.NewInt(1), 100)
			b.Market.TotalBorrowShares.Clear()
			b.Positions = []morpho.Position{{Collateral: v("1" + e18), BorrowShares: v("91343852333181432387730302044695631134457856000")}}
		}},
	}
	for _, tc := range cases {
		b := book945(OracleMarket)
		tc.edit(&b)
		_, errScan := RunFullScan(b, []Shock{{}})
		require.ErrorIs(t, errScan, morpho.ErrOverflow, tc.name)
		l, err := NewLadder(b, nil)
		require.NoError(t, err)
		_, err = l.Run([]Shock{{}})
		require.ErrorIs(t, err, morpho.ErrOverflow, tc.name)
	}
	// Positions without debt are skipped (Run prices them anyway).
	b := book945(OracleMarket, p10, morpho.Position{Collateral: *top})
	_, err = Run(b, []Shock{{}})
	require.ErrorIs(t, err, morpho.ErrOverflow)
	requireLadderMatches(t, b, nil, []Shock{{}})
}

// Edge books: empty, only dust, zero prices, zero LLTV.
func TestLadderEdges(t *testing.T) {
	t.Parallel()
	shocks := append(DefaultShocks(), Shock{Name: "wipeout", Slash: pct(100)}, Shock{Name: "depeg_100", Depeg: pct(100)})
	for _, kind := range allKinds {
		requireLadderMatches(t, book945(kind), nil, shocks)
		ps := []morpho.Position{pos("0", "1"+e24), p20, p10, p8, p5, p0}
		requireLadderMatches(t, book945(kind, ps...), nil, shocks)
		requireLadderMatches(t, book945(kind, ps...), u("1"+e24), shocks) // all dust
		b := book945(kind, ps...)
		b.LLTV = new(uint256.Int)
		requireLadderMatches(t, b, nil, shocks)
	}
	// An oracle so low the shocks round it to 0 while the collateral still
	// sells: everything with debt is liquidatable, every seizure takes all
	// the collateral and repays nothing; the position without collateral
	// fetches 0, and so does the one-unit position once the sale price is
	// under 1. (A depeg leaves an exchange-rate oracle at 1.)
	zero := 0
	for _, kind := range allKinds {
		b := book945(kind, pos("0", "1"+e24), p20, p10, p8, p5, pos("1", "1"), p0)
		b.OraclePrice = u("1")
		res := requireLadderMatches(t, b, u("1000"), shocks)
		for _, r := range res[:len(res)-2] {
			if r.OraclePriceAfter.Sign() != 0 {
				continue
			}
			zero++
			require.Equal(t, 6, r.Liquidatable, r.Shock.Name)
			// One raw unit fetches ⌊E/1e36⌋ = ⌊market·0.99⌋ (WAD).
			unprofitable := 1
			if e := new(big.Int).Mul(r.MarketPriceAfter, big.NewInt(99)); e.Cmp(bi("100"+e18)) < 0 {
				unprofitable++
			}
			require.Equal(t, unprofitable, r.Unprofitable, r.Shock.Name)
			require.Positive(t, r.KeeperProfit.Sign(), r.Shock.Name)
		}
		requireNearRun(t, b, shocks, res, newGaps())
		res = requireLadderMatches(t, b, nil, shocks)
		requireNearRun(t, b, shocks, res, newGaps())
	}
	require.Positive(t, zero)

	l, err := NewLadder(book945(OracleMarket, p10), nil)
	require.NoError(t, err)
	res, err := l.Run(nil)
	require.NoError(t, err)
	require.Empty(t, res)
}

// On a realistic book the ladder checks few positions one by one.
func TestLadderWindowThin(t *testing.T) {
	t.Parallel()
	b, dust := benchBook(3, OracleMarket, 20_000)
	l, err := NewLadder(b, dust)
	require.NoError(t, err)
	sc := new(scratch)
	for _, s := range DefaultShocks() {
		var r Result
		checked, err := l.run(&r, s, sc)
		require.NoError(t, err)
		t.Logf("%s: %d liquidatable, %d checked one by one (%d dust)", s.Name, r.Liquidatable, checked, len(l.dust))
		require.Less(t, checked, len(l.dust)+20, s.Name)
	}
}

func TestSumSpan(t *testing.T) {
	t.Parallel()
	top := new(uint256.Int).SetAllOne()
	var lo, hi, d sum
	lo.add(uint256.NewInt(5))
	hi = lo
	hi.add(top)
	hi.add(top) // 5 + 2·(2^256 − 1)
	d.span(&hi, &lo)
	want := new(big.Int).Lsh(big.NewInt(1), 257)
	require.Zero(t, want.Sub(want, big.NewInt(2)).Cmp(d.big()))
	d.span(&hi, &hi)
	require.Zero(t, d.big().Sign())
}
