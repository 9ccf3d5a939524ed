package stress

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

var oneBp = big.NewInt(1e14) // one basis point in WAD

// requireBufferConsistent checks the DepegBufferBps contract against Run:
// the buffer rounded up to a whole basis point liquidates the position, one
// basis point less does not.
func requireBufferConsistent(t testing.TB, p morpho.Position, b Book, buffer *big.Int) {
	t.Helper()
	// Whole basis points, rounded up: ⌈buffer/1e18⌉.
	bp := ceilDiv(buffer, wadBig)
	at := new(big.Int).Mul(bp, oneBp)
	b.Positions = []morpho.Position{p}
	shocks := []Shock{{Name: "at", Depeg: at}}
	if bp.Sign() > 0 {
		shocks = append(shocks, Shock{Name: "below", Depeg: new(big.Int).Sub(at, oneBp)})
	}
	res, err := Run(b, shocks)
	require.NoError(t, err)
	require.Equal(t, 1, res[0].Liquidatable, "liquidatable at the buffer %s bp", bp)
	if len(res) > 1 {
		require.Equal(t, 0, res[1].Liquidatable, "healthy 1 bp under the buffer %s bp", bp)
	}
}

func TestPositionMarketOracle(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket)
	cases := []struct {
		name     string
		p        morpho.Position
		leverage string // "" = nil
		buffer   string // "" = nil
	}{
		// p10: V = 105, D = 94.5 → 105/10.5 = 10. The oracle may fall to
		// just under 1 − 1/1.05 = 4.7619…%: LiquidationPrice is 1e36 − 1, and
		// ⌊1.05e36·(1−d)⌋ ≤ 1e36 − 1 ⇔ 1 − d < 1/1.05 ⇔
		// d ≥ 1e18 + 1 − ⌈1e18/1.05⌉ = 0.047619047619047620, i.e.
		// 476.19047619047620 bp.
		{"10x", p10, "10" + e18, "476190476190476200000"},
		// p8: 105/13.125 = 8; 1 − 1/1.08 = 7.4074…%.
		{"8x", p8, "8" + e18, "740740740740740750000"},
		// p5: 105/21 = 5; 1 − 1/1.18125 = 15.3439…%.
		{"5x", p5, "5" + e18, "1534391534391534400000"},
		// p20: 105/5.25 = 20 and already liquidatable at fair: buffer 0.
		{"20x", p20, "20" + e18, "0"},
		// No debt: leverage 1, never liquidatable.
		{"no debt", p0, "1" + e18, ""},
		// D = V = 105: no equity.
		{"no equity", pos("100"+e18, "100"+e24), "", "0"},
	}
	for _, tc := range cases {
		m, err := Position(tc.p, b, nil, nil)
		require.NoError(t, err, tc.name)
		if tc.leverage == "" {
			require.Nil(t, m.Leverage, tc.name)
		} else {
			eqBig(t, tc.leverage, m.Leverage, tc.name+" leverage")
		}
		if tc.buffer == "" {
			require.Nil(t, m.DepegBufferBps, tc.name)
		} else {
			eqBig(t, tc.buffer, m.DepegBufferBps, tc.name+" buffer")
			requireBufferConsistent(t, tc.p, b, m.DepegBufferBps)
		}
		require.Nil(t, m.TimeToLiquidation, tc.name)
	}
}

// The buffer is measured from fair: with the market (and the oracle that
// follows it) already 1% under fair, p10 (oracle health 1.0395) still breaks
// at a 4.7619% depeg from fair.
func TestPositionBufferFromFair(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket)
	b.MarketWad = bi("1039500000000000000")
	b.OraclePrice = u("10395" + e34[:len(e34)-2])
	m, err := Position(p10, b, nil, nil)
	require.NoError(t, err)
	eqBig(t, "476190476190476200000", m.DepegBufferBps, "buffer")
	requireBufferConsistent(t, p10, b, m.DepegBufferBps)
}

// LLTV 0.86: 6x (h 1.032) → 1 − 1/1.032 = 3.1008%, 5x (h 1.075) → 6.9767%,
// 4x (h 1.14667) → 12.7907%.
func TestPositionLLTV86(t *testing.T) {
	t.Parallel()
	b := book945(OracleUnknown)
	b.LLTV = u("860000000000000000")
	for _, tc := range []struct {
		shares, buffer string
	}{
		{"100" + e24, "310077519379844970000"},
		{"96" + e24, "697674418604651170000"},
		{"90" + e24, "1279069767441860470000"},
	} {
		p := pos("120"+e18, tc.shares)
		m, err := Position(p, b, nil, nil)
		require.NoError(t, err)
		eqBig(t, tc.buffer, m.DepegBufferBps, "buffer")
		requireBufferConsistent(t, p, b, m.DepegBufferBps)
	}
}

// Exchange-rate oracle: no depeg buffer; the carry estimate instead.
// b = ⌊0.05e18/31536000⌋ = 1585489599 per second → APR 0.049999999993728,
// y = 3%: for p10 (h = 1.05 exactly) t = ln(1.05)/0.019999999993728 years
// = 2.4395 years = 76932330 s (≈ 2.4 years, as the reference sheet's
// ln(LT/LTV)/(b − g) example).
func TestPositionExchangeRateCarry(t *testing.T) {
	t.Parallel()
	rate := big.NewInt(1585489599)
	yield := bi("30000000000000000")
	for _, kind := range []OracleKind{OracleExchangeRate, OracleCapped} {
		b := book945(kind)
		m, err := Position(p10, b, rate, yield)
		require.NoError(t, err)
		eqBig(t, "10"+e18, m.Leverage, "leverage")
		require.Nil(t, m.DepegBufferBps)
		require.NotNil(t, m.TimeToLiquidation)
		require.InDelta(t, 76932330, float64(*m.TimeToLiquidation), 2)

		// p8: h = 1.08 → ln(1.08)/0.02 years ≈ 3.848 years.
		m, err = Position(p8, b, rate, yield)
		require.NoError(t, err)
		require.InDelta(t, 121352169, float64(*m.TimeToLiquidation), 2)

		// Positive carry (y > b): never.
		m, err = Position(p10, b, rate, bi("60000000000000000"))
		require.NoError(t, err)
		require.Nil(t, m.TimeToLiquidation)
		// A negative yield (the rate fell) makes the carry worse: sooner.
		// ln(1.05)/(0.05 + 0.01) years = 0.813169 years ≈ 25,644,110 s.
		m, err = Position(p10, b, rate, bi("-10000000000000000"))
		require.NoError(t, err)
		require.InDelta(t, 25644110, float64(*m.TimeToLiquidation), 3)
		// Unknown rates: no estimate.
		m, err = Position(p10, b, nil, yield)
		require.NoError(t, err)
		require.Nil(t, m.TimeToLiquidation)
		// Already liquidatable: 0.
		m, err = Position(p20, b, rate, yield)
		require.NoError(t, err)
		require.Equal(t, uint64(0), *m.TimeToLiquidation)
		// No debt: nil.
		m, err = Position(p0, b, rate, yield)
		require.NoError(t, err)
		require.Nil(t, m.TimeToLiquidation)
		// A vanishing carry saturates rather than wrapping.
		m, err = Position(p5, b, big.NewInt(1), big.NewInt(31_535_999)) // carry 1e-18 a year
		require.NoError(t, err)
		require.Equal(t, ^uint64(0), *m.TimeToLiquidation)
	}
}

func TestPositionErrors(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket)
	_, err := Position(p10, b, big.NewInt(-1), nil)
	require.True(t, errors.Is(err, ErrInvalidRate))
	b.FairWad = nil
	_, err = Position(p10, b, nil, nil)
	require.True(t, errors.Is(err, ErrInvalidBook))
	b = book945(OracleMarket)
	_, err = Position(morpho.Position{Collateral: *new(uint256.Int).SetAllOne(), BorrowShares: v("1")}, b, nil, nil)
	require.True(t, errors.Is(err, morpho.ErrOverflow), "%v", err)
}

// A zero oracle price leaves every indebted position liquidatable at any
// depeg: buffer 0.
func TestPositionZeroOracle(t *testing.T) {
	t.Parallel()
	b := book945(OracleMarket)
	b.OraclePrice = new(uint256.Int)
	m, err := Position(p5, b, nil, nil)
	require.NoError(t, err)
	require.Nil(t, m.Leverage)
	eqBig(t, "0", m.DepegBufferBps, "buffer")
	requireBufferConsistent(t, p5, b, m.DepegBufferBps)
}
