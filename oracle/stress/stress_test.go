package stress

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// The hand-built book. Both tokens have 18 decimals, so a WAD price p is the
// oracle price p·1e18 (1e36 scale).
//
// Market: 1000 ETH was borrowed as 1e27 shares and has accrued 5% interest.
// The totals are chosen so the share price is exact:
//
//	TBA + 1 = 1050e18, TBS + 1e6 = 1000e24 ⇒ toAssets(s) = 1.05·s/1e6
//
// The LRT's fair value is 1.05 ETH. Every position holds C = 100 tokens,
// worth V = 105 ETH at the oracle price 1.05e36. Debt D = 1.05·shares/1e6:
//
//	p10: 90e24 shares   → D = 94.5    (D/V = 0.9,   10x) h(0.945) = 1.05
//	p8:  87.5e24 shares → D = 91.875  (D/V = 0.875,  8x) h(0.945) = 1.08
//	p5:  80e24 shares   → D = 84      (D/V = 0.8,    5x) h(0.945) = 1.18125
//	p20: 95e24 shares   → D = 99.75   (D/V = 0.95,  20x) h(0.945) = 0.99474 (already liquidatable)
//	p0:  50 tokens, no debt
//
// LIF(0.945) = ⌊1e36/(1e18 − ⌊0.3e18·0.055e18/1e18⌋)⌋ = ⌊1e36/0.9835e18⌋
// = 1016776817488561260.
const (
	e18 = "000000000000000000"
	e24 = "000000000000000000000000"
	e34 = "0000000000000000000000000000000000"
)

func v(s string) uint256.Int { return *uint256.MustFromDecimal(s) }

func u(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

func bi(s string) *big.Int {
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad test number " + s)
	}
	return x
}

func testMarket() morpho.Market {
	return morpho.Market{
		TotalSupplyAssets: v("1200" + e18),
		TotalSupplyShares: v("1150" + e24),
		TotalBorrowAssets: v("1049999999999999999999"),      // 1050e18 − 1
		TotalBorrowShares: v("999999999999999999999000000"), // 1000e24 − 1e6
		LastUpdate:        *uint256.NewInt(1_700_000_000),
	}
}

func pos(collateral, shares string) morpho.Position {
	return morpho.Position{Collateral: v(collateral), BorrowShares: v(shares)}
}

var (
	p10 = pos("100"+e18, "90"+e24)
	p8  = pos("100"+e18, "875"+e24[:len(e24)-1])
	p5  = pos("100"+e18, "80"+e24)
	p20 = pos("100"+e18, "95"+e24)
	p0  = pos("50"+e18, "0")
)

// book945 is the LLTV 0.945 book at par (market = fair = 1.05) with 1%
// slippage.
func book945(kind OracleKind, positions ...morpho.Position) Book {
	return Book{
		Market:             testMarket(),
		LLTV:               u("945000000000000000"),
		Kind:               kind,
		OraclePrice:        u("105" + e34),
		FairWad:            bi("1050000000000000000"),
		MarketWad:          bi("1050000000000000000"),
		CollateralDecimals: 18,
		LoanDecimals:       18,
		Positions:          positions,
		Slippage:           bi("10000000000000000"),
	}
}

func pct(p int64) *big.Int { return percent(p) }

// bps returns n basis points in WAD.
func bps(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e14)) }

type want struct {
	moved                                   bool
	oracle, market                          string
	liq, unprofitable                       int
	collateral, debt, badDebt, keeperProfit string
}

// eqBig compares by value (big.Int's zero has two representations).
func eqBig(t *testing.T, want string, got *big.Int, field string) {
	t.Helper()
	require.NotNil(t, got, field)
	require.Zero(t, bi(want).Cmp(got), "%s: want %s, got %s", field, want, got)
}

func check(t *testing.T, r Result, w want) {
	t.Helper()
	require.Equal(t, w.moved, r.OracleMoved, "OracleMoved")
	eqBig(t, w.oracle, r.OraclePriceAfter, "OraclePriceAfter")
	eqBig(t, w.market, r.MarketPriceAfter, "MarketPriceAfter")
	require.Equal(t, w.liq, r.Liquidatable, "Liquidatable")
	eqBig(t, w.collateral, r.Collateral, "Collateral")
	eqBig(t, w.debt, r.Debt, "Debt")
	eqBig(t, w.badDebt, r.BadDebt, "BadDebt")
	eqBig(t, w.keeperProfit, r.KeeperProfit, "KeeperProfit")
	require.Equal(t, w.unprofitable, r.Unprofitable, "Unprofitable")
}

func TestDefaultShocks(t *testing.T) {
	t.Parallel()
	s := DefaultShocks()
	names := []string{"depeg_1", "depeg_2", "depeg_5", "depeg_10", "depeg_25", "depeg_80", "slash_2", "slash_10"}
	require.Len(t, s, len(names))
	for i, n := range names {
		require.Equal(t, n, s[i].Name)
	}
	require.Equal(t, bi("800000000000000000"), s[5].Depeg)
	require.Nil(t, s[5].Slash)
	require.Equal(t, bi("100000000000000000"), s[7].Slash)
	require.Nil(t, s[7].Depeg)
	s[0].Depeg.SetInt64(7) // fresh copies each call
	require.Equal(t, bi("10000000000000000"), DefaultShocks()[0].Depeg)
}

// Exchange-rate oracle: a 5% depeg does not move it; a 10% slash does.
func TestRunExchangeRate(t *testing.T) {
	t.Parallel()
	b := book945(OracleExchangeRate, p10, p8, p5, p0)
	res, err := Run(b, []Shock{
		{Name: "depeg_5", Depeg: pct(5)},
		{Name: "slash_10", Slash: pct(10)},
	})
	require.NoError(t, err)
	require.Len(t, res, 2)

	// depeg_5: oracle stays 1.05e36; market 1.05·0.95 = 0.9975;
	// P_exec = 0.9975·0.99 = 0.987525. Healths unchanged (≥ 1.05): nothing
	// liquidatable. Collateral value 100·0.987525 = 98.7525 > every debt:
	// no bad debt.
	check(t, res[0], want{
		moved: false, oracle: "105" + e34, market: "997500000000000000",
		collateral: "0", debt: "0", badDebt: "0", keeperProfit: "0",
	})
	require.Equal(t, "depeg_5", res[0].Shock.Name)

	// slash_10: oracle 1.05e36·0.9 = 0.945e36, market 0.945, P_exec =
	// 0.945·0.99 = 0.93555. maxBorrow = 100·0.945·0.945 = 89.3025 for
	// every position: p10 (94.5) and p8 (91.875) are liquidatable, p5 (84)
	// is not. Collateral 200, debt 94.5 + 91.875 = 186.375.
	// Bad debt: p10 94.5 − 100·0.93555 = 0.945; p8, p5 covered.
	// Keeper, p10: seizing for all its shares needs
	//   ⌊⌊94.5e18·LIF/1e18⌋·1e36/0.945e36⌋ ≈ 101.68 tokens > 100, so all 100
	//   are seized; repaid = toAssetsUp(toSharesUp(⌈⌈100·0.945⌉/LIF⌉))
	//   = 92.940750000000000075; value 100·0.93555 = 93.555;
	//   profit 0.614249999999999925.
	// Keeper, p8: seized = ⌊⌊91.875e18·LIF/1e18⌋·1e36/0.945e36⌋
	//   = 98.853301700276789166, repaid 91.875 (all shares), value
	//   ⌊98.853301700276789166·0.93555⌋ = 92.482206405693950104;
	//   profit 0.607206405693950104.
	// Total 1.221456405693950029.
	check(t, res[1], want{
		moved: true, oracle: "945000000000000000" + e18, market: "945000000000000000",
		liq: 2, collateral: "200" + e18, debt: "186375000000000000000",
		badDebt: "945000000000000000", keeperProfit: "1221456405693950029",
	})
}

// Market-price oracle: a 5% depeg liquidates the 10x position; 80% makes
// bad debt everywhere.
func TestRunMarketOracle(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket, p10, p8, p5, p0)
	res, err := Run(b, []Shock{
		{Name: "depeg_5", Depeg: pct(5)},
		{Name: "depeg_80", Depeg: pct(80)},
	})
	require.NoError(t, err)

	// depeg_5: oracle 1.05e36·(1.05·0.95)/1.05 = 0.9975e36. maxBorrow =
	// 100·0.9975·0.945 = 94.26375: p10 (94.5) liquidatable, p8 and p5
	// not. P_exec 0.987525: value 98.7525 > 94.5, no bad debt.
	// Keeper, p10: seized = ⌊⌊94.5e18·LIF/1e18⌋·1e36/0.9975e36⌋
	// = 96.326224814705803578 (< 100), repaid 94.5,
	// value ⌊96.326224814705803578·0.987525⌋ = 95.124555160142348678,
	// profit 0.624555160142348678.
	check(t, res[0], want{
		moved: true, oracle: "9975" + e34[:len(e34)-2], market: "997500000000000000",
		liq: 1, collateral: "100" + e18, debt: "94500000000000000000",
		badDebt: "0", keeperProfit: "624555160142348678",
	})

	// depeg_80: oracle 0.21e36, market 0.21, P_exec 0.2079; all three
	// liquidatable: collateral 300, debt 94.5 + 91.875 + 84 = 270.375.
	// Bad debt (value 100·0.2079 = 20.79 each):
	//   73.71 + 71.085 + 63.21 = 208.005.
	// Keeper: each seizes all 100 tokens, repaid
	// toAssetsUp(toSharesUp(⌈21e18·1e18/LIF⌉)) = 20.653500000000000018,
	// value 20.79, profit 0.136499999999999982 each, 0.409499999999999946.
	check(t, res[1], want{
		moved: true, oracle: "21" + e34, market: "210000000000000000",
		liq: 3, collateral: "300" + e18, debt: "270375000000000000000",
		badDebt: "208005000000000000000", keeperProfit: "409499999999999946",
	})
}

// The market trades 1% under fair and the market oracle follows it: a depeg
// moves the oracle from its current level to fair·(1−d).
func TestRunMarketBelowFair(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket, p10)
	b.MarketWad = bi("1039500000000000000") // 1.05·0.99
	b.OraclePrice = u("10395" + e34[:len(e34)-2])
	res, err := Run(b, []Shock{
		{Name: "depeg_5", Depeg: pct(5)},
		{Name: "slash_2", Slash: pct(2)},
		{Name: "both", Depeg: pct(5), Slash: pct(2)},
		{Name: "repeg", Depeg: new(big.Int)},
		{Name: "none"},
	})
	require.NoError(t, err)
	// depeg_5: 1.0395e36·(1.05·0.95)/1.0395 = 0.9975e36.
	require.Equal(t, bi("9975"+e34[:len(e34)-2]), res[0].OraclePriceAfter)
	require.Equal(t, bi("997500000000000000"), res[0].MarketPriceAfter)
	require.Equal(t, 1, res[0].Liquidatable)
	// slash_2 keeps the 1% discount: market 1.0395·0.98 = 1.01871, oracle
	// 1.01871e36.
	require.Equal(t, bi("1018710000000000000"), res[1].MarketPriceAfter)
	require.Equal(t, bi("101871"+e34[:len(e34)-3]), res[1].OraclePriceAfter)
	require.True(t, res[1].OracleMoved)
	// both: market 1.05·0.98·0.95 = 0.97755, oracle 0.97755e36.
	require.Equal(t, bi("977550000000000000"), res[2].MarketPriceAfter)
	require.Equal(t, bi("97755"+e34[:len(e34)-3]), res[2].OraclePriceAfter)
	// Depeg 0 re-pegs: market and oracle go to fair.
	require.Equal(t, bi("1050000000000000000"), res[3].MarketPriceAfter)
	require.Equal(t, bi("105"+e34), res[3].OraclePriceAfter)
	require.True(t, res[3].OracleMoved)
	// The empty shock changes nothing.
	require.Equal(t, bi("1039500000000000000"), res[4].MarketPriceAfter)
	require.Equal(t, bi("10395"+e34[:len(e34)-2]), res[4].OraclePriceAfter)
	require.False(t, res[4].OracleMoved)

	// Unknown market price: fair stands in. Unknown kind acts as market.
	b.MarketWad = nil
	b.OraclePrice = u("105" + e34)
	b.Kind = OracleUnknown
	res, err = Run(b, []Shock{{Name: "depeg_5", Depeg: pct(5)}})
	require.NoError(t, err)
	require.Equal(t, bi("9975"+e34[:len(e34)-2]), res[0].OraclePriceAfter)
	require.True(t, res[0].OracleMoved)
}

// The default scenarios against the market-oracle book: p10 (h 1.05) breaks
// once the oracle falls below 1/1.05 (d ≥ 4.77%), p8 (h 1.08) below 1/1.08
// (d ≥ 7.41%), p5 (h 1.18125) below 0.8466 (d ≥ 15.34%). Slashes: 2% breaks
// none, 10% breaks p10 and p8.
func TestRunDefaultShocksCounts(t *testing.T) {
	t.Parallel()
	for _, kind := range []OracleKind{OracleMarket, OracleExchangeRate} {
		res, err := Run(book945(kind, p10, p8, p5, p0), DefaultShocks())
		require.NoError(t, err)
		var got []int
		for _, r := range res {
			got = append(got, r.Liquidatable)
		}
		if kind == OracleMarket {
			require.Equal(t, []int{0, 0, 1, 2, 3, 3, 0, 2}, got)
		} else {
			require.Equal(t, []int{0, 0, 0, 0, 0, 0, 0, 2}, got, "depegs never move an exchange-rate oracle")
		}
	}
}

// Profitability at LLTV 0.945 with an exchange-rate oracle: p20 is already
// liquidatable (maxBorrow 105·0.945 = 99.225 < 99.75) and stays so under any
// depeg. A keeper seizes ⌊⌊99.75e18·LIF/1e18⌋·1e36/1.05e36⌋ =
// 96.593797661413319700 tokens for the whole debt 99.75 and sells them at
// 1.05·(1−d)·(1−slippage). It pays while LIF·(1−d)(1−s) > 1, i.e.
// d + s ≲ 0.3·(1 − 0.945) = 1.65%:
//
//	slippage 1%: d = 0    → value 100.409252669039145828, profit 0.659…
//	             d = 0.5% → value  99.907206405693950099, profit 0.157…
//	             d = 1%   → value  99.405160142348754369 < 99.75: unprofitable
//	             d = 2%   → value  98.401067615658362911: unprofitable
//	slippage 0:  d = 1%   → value 100.409252669039145828, profit 0.659…
//	             d = 2%   → value  99.395017793594305971: unprofitable
//
// At d = 5%, 1% slippage the whole collateral fetches 100·0.9975·0.99 =
// 98.7525 < 99.75: bad debt 0.9975 though nothing else changes.
func TestRunProfitability(t *testing.T) {
	t.Parallel()
	shocks := []Shock{
		{Name: "depeg_0", Depeg: new(big.Int)},
		{Name: "depeg_0.5", Depeg: bps(50)},
		{Name: "depeg_1", Depeg: pct(1)},
		{Name: "depeg_2", Depeg: pct(2)},
		{Name: "depeg_5", Depeg: pct(5)},
	}
	b := book945(OracleExchangeRate, p20, p10, p5)
	res, err := Run(b, shocks)
	require.NoError(t, err)
	base := want{
		oracle: "105" + e34, liq: 1, collateral: "100" + e18, debt: "99750000000000000000", badDebt: "0",
	}
	w := base
	w.market, w.keeperProfit = "1050000000000000000", "659252669039145828"
	check(t, res[0], w)
	w.market, w.keeperProfit = "1044750000000000000", "157206405693950099"
	check(t, res[1], w)
	w.market, w.keeperProfit, w.unprofitable = "1039500000000000000", "0", 1
	check(t, res[2], w)
	w.market = "1029000000000000000"
	check(t, res[3], w)
	w.market, w.badDebt = "997500000000000000", "997500000000000000"
	check(t, res[4], w)

	b.Slippage = nil
	res, err = Run(b, shocks)
	require.NoError(t, err)
	require.Equal(t, []int{0, 0, 0, 1, 1}, unprofitable(res))
	require.Equal(t, bi("659252669039145828"), res[2].KeeperProfit)
	require.Equal(t, bi("1673487544483985685"), res[0].KeeperProfit)
}

func unprofitable(res []Result) []int {
	var out []int
	for _, r := range res {
		out = append(out, r.Unprofitable)
	}
	return out
}

// LLTV 0.86 with a market oracle: 6x (h = 0.86·6/5 = 1.032), 5x (1.075),
// 4x (1.14667) with C = 120 (V = 126): shares = (D/V)·C·1e6.
func TestRunLLTV86(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket,
		pos("120"+e18, "100"+e24), // D = 105
		pos("120"+e18, "96"+e24),  // D = 100.8
		pos("120"+e18, "90"+e24),  // D = 94.5
	)
	b.LLTV = u("860000000000000000")
	res, err := Run(b, DefaultShocks())
	require.NoError(t, err)
	// 6x breaks below 1/1.032 (d ≥ 3.1%), 5x below 1/1.075 (d ≥ 6.98%),
	// 4x below 1/1.14667 (d ≥ 12.8%).
	var got []int
	for _, r := range res {
		got = append(got, r.Liquidatable)
	}
	require.Equal(t, []int{0, 0, 1, 2, 3, 3, 0, 2}, got)
	// depeg_5: the 6x position, debt 105, collateral 120.
	require.Equal(t, bi("105"+e18), res[2].Debt)
	require.Equal(t, bi("120"+e18), res[2].Collateral)
	// LIF(0.86) = 1.043841… : 1.0438·0.99 > 1, market-oracle liquidations
	// keep paying whatever the depeg.
	for _, r := range res {
		require.Zero(t, r.Unprofitable, r.Shock.Name)
	}
	// depeg_80: value 120·0.2079 = 24.948 per position; bad debt
	// (105 + 100.8 + 94.5) − 3·24.948 = 225.456.
	require.Equal(t, bi("225456000000000000000"), res[5].BadDebt)
}

func TestRunErrors(t *testing.T) {
	t.Parallel()
	ok := book945(OracleMarket, p10)
	cases := []struct {
		name  string
		edit  func(*Book)
		shock Shock
		want  error
	}{
		{"no lltv", func(b *Book) { b.LLTV = nil }, Shock{}, ErrInvalidBook},
		{"lltv > 1", func(b *Book) { b.LLTV = u("1000000000000000001") }, Shock{}, ErrInvalidBook},
		{"no oracle", func(b *Book) { b.OraclePrice = nil }, Shock{}, ErrInvalidBook},
		{"no fair", func(b *Book) { b.FairWad = nil }, Shock{}, ErrInvalidBook},
		{"zero fair", func(b *Book) { b.FairWad = new(big.Int) }, Shock{}, ErrInvalidBook},
		{"negative market", func(b *Book) { b.MarketWad = big.NewInt(-1) }, Shock{}, ErrInvalidBook},
		{"huge fair", func(b *Book) { b.FairWad = new(big.Int).Lsh(big.NewInt(1), 256) }, Shock{}, ErrInvalidBook},
		{"slippage > 1", func(b *Book) { b.Slippage = bi("1000000000000000001") }, Shock{}, ErrInvalidBook},
		{"bad kind", func(b *Book) { b.Kind = "chainlink" }, Shock{}, ErrInvalidBook},
		{"depeg > 1", nil, Shock{Depeg: bi("1000000000000000001")}, ErrInvalidShock},
		{"negative slash", nil, Shock{Slash: big.NewInt(-1)}, ErrInvalidShock},
		{"oracle overflow", func(b *Book) {
			b.OraclePrice = new(uint256.Int).SetAllOne()
			b.MarketWad = big.NewInt(1)
		}, Shock{Depeg: new(big.Int)}, morpho.ErrOverflow},
		{"health overflow", func(b *Book) {
			b.Positions = []morpho.Position{{Collateral: *new(uint256.Int).SetAllOne(), BorrowShares: v("1")}}
		}, Shock{}, morpho.ErrOverflow},
	}
	for _, tc := range cases {
		b := ok
		if tc.edit != nil {
			tc.edit(&b)
		}
		_, err := Run(b, []Shock{tc.shock})
		require.Error(t, err, tc.name)
		require.True(t, errors.Is(err, tc.want), "%s: %v", tc.name, err)
	}
}

// Edge values that are valid: empty book, no shocks, zero prices after a
// 100% shock, zero collateral, zero LLTV.
func TestRunEdges(t *testing.T) {
	t.Parallel()
	res, err := Run(book945(OracleMarket), DefaultShocks())
	require.NoError(t, err)
	for _, r := range res {
		require.Zero(t, r.Liquidatable)
		require.Zero(t, r.BadDebt.Sign())
	}
	res, err = Run(book945(OracleMarket, p10), nil)
	require.NoError(t, err)
	require.Empty(t, res)

	b := book945(OracleExchangeRate, p10, pos("0", "1"+e24), p0)
	res, err = Run(b, []Shock{{Name: "wipeout", Slash: pct(100)}, {Name: "depeg_100", Depeg: pct(100)}})
	require.NoError(t, err)
	// Slash 100%: every price 0; both indebted positions liquidatable; all
	// debt (94.5 + 1.05) is bad.
	require.Zero(t, res[0].OraclePriceAfter.Sign())
	require.Equal(t, 2, res[0].Liquidatable)
	require.Equal(t, bi("95550000000000000000"), res[0].BadDebt)
	require.Zero(t, res[0].KeeperProfit.Sign())
	require.Equal(t, 2, res[0].Unprofitable)
	// Depeg 100% on an exchange-rate oracle: only the collateral-less
	// position is liquidatable; bad debt 94.5 + 1.05 at a zero sale price.
	require.Equal(t, 1, res[1].Liquidatable)
	require.Equal(t, bi("95550000000000000000"), res[1].BadDebt)
	require.Equal(t, 1, res[1].Unprofitable)

	b = book945(OracleMarket, p10)
	b.LLTV = new(uint256.Int)
	res, err = Run(b, []Shock{{}})
	require.NoError(t, err)
	require.Equal(t, 1, res[0].Liquidatable)
}

// Decimals: an 8-decimal loan token against an 18-decimal collateral scales
// P_exec by 1e8 instead of 1e18; the result matches the 18/18 book with the
// loan amounts divided by 1e10.
func TestRunDecimals(t *testing.T) {
	t.Parallel()
	m := testMarket()
	// Loan totals in 8-decimal units: TBA + 1 = 1050e8, TBS + 1e6 = 1000e14.
	m.TotalBorrowAssets = v("104999999999")
	m.TotalBorrowShares = v("99999999999000000")
	b := Book{
		Market: m, LLTV: u("945000000000000000"), Kind: OracleMarket,
		OraclePrice: u("105" + e34[:len(e34)-10]), // 1.05·1e36·1e8/1e18
		FairWad:     bi("1050000000000000000"), CollateralDecimals: 18, LoanDecimals: 8,
		Positions: []morpho.Position{pos("100"+e18, "90"+e24[:len(e24)-10])}, // D = 94.5e8
		Slippage:  bi("10000000000000000"),
	}
	res, err := Run(b, []Shock{{Name: "depeg_80", Depeg: pct(80)}})
	require.NoError(t, err)
	require.Equal(t, 1, res[0].Liquidatable)
	require.Equal(t, bi("9450000000"), res[0].Debt)
	// 94.5 − 100·0.2079 = 73.71 → 73.71e8.
	require.Equal(t, bi("7371000000"), res[0].BadDebt)
}

func TestSumCarries(t *testing.T) {
	t.Parallel()
	var s sum
	top := new(uint256.Int).SetAllOne()
	s.add(top)
	s.add(top)
	s.add(uint256.NewInt(2))
	want := new(big.Int).Lsh(big.NewInt(1), 257) // 2·(2^256 − 1) + 2
	require.Equal(t, want, s.big())
}
