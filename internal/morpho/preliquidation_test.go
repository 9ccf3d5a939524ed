package morpho

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// plParams: preLltv 0.8, LCF 0.1 → 0.5, LIF 1.01 → 1.04 for LLTV 0.86
// (1/0.86 = 1.1627…, so valid).
func plParams() PreLiquidationParams {
	return PreLiquidationParams{
		PreLltv: v("800000000000000000"),
		PreLCF1: v("100000000000000000"),
		PreLCF2: v("500000000000000000"),
		PreLIF1: v("1010000000000000000"),
		PreLIF2: v("1040000000000000000"),
	}
}

var lltv86 = u("860000000000000000")

// plPosition borrows debt assets in sizingMarket (1 asset = 1e6 shares, so
// toAssetsUp(debt·1e6) = debt) against coll collateral.
func plPosition(debt, coll uint64) Position {
	return Position{
		BorrowShares: *new(uint256.Int).Mul(uint256.NewInt(debt), uint256.NewInt(1e6)),
		Collateral:   *uint256.NewInt(coll),
	}
}

func TestPreLiquidationParamsCheck(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		modify func(*PreLiquidationParams)
		field  string // "" = valid
	}{
		{name: "valid", modify: func(*PreLiquidationParams) {}},
		{name: "preLltv at LLTV", modify: func(p *PreLiquidationParams) { p.PreLltv = v("860000000000000000") }, field: "preLltv"},
		{name: "LCF decreasing", modify: func(p *PreLiquidationParams) { p.PreLCF2 = v("99999999999999999") }, field: "preLCF1 100000000000000000 exceeds preLCF2"},
		{name: "LCF1 above one", modify: func(p *PreLiquidationParams) {
			p.PreLCF1 = v("1000000000000000001")
			p.PreLCF2 = v("2000000000000000000")
		}, field: "preLCF1 1000000000000000001 exceeds WAD"},
		// preLCF2 above one is allowed: a full close.
		{name: "LCF2 above one", modify: func(p *PreLiquidationParams) { p.PreLCF2 = v("5000000000000000000") }},
		{name: "LIF1 below one", modify: func(p *PreLiquidationParams) { p.PreLIF1 = v("999999999999999999") }, field: "preLIF1"},
		{name: "LIF decreasing", modify: func(p *PreLiquidationParams) { p.PreLIF2 = v("1009999999999999999") }, field: "preLIF1 1010000000000000000 exceeds preLIF2"},
		// ⌊1e36/0.86e18⌋ = 1162790697674418604: equal passes, one more fails.
		{name: "LIF2 at 1/LLTV", modify: func(p *PreLiquidationParams) { p.PreLIF2 = v("1162790697674418604") }},
		{name: "LIF2 above 1/LLTV", modify: func(p *PreLiquidationParams) { p.PreLIF2 = v("1162790697674418605") }, field: "preLIF2 1162790697674418605 exceeds WAD/LLTV = 1162790697674418604"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := plParams()
			tc.modify(&p)
			err := p.Check(lltv86)
			if tc.field == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, ErrInvalidPreLiquidationParams)
			require.ErrorContains(t, err, tc.field)
		})
	}
}

func TestPreLiquidationTerms(t *testing.T) {
	t.Parallel()
	// collQuoted = coll·2; window: ⌊cq·0.8⌋ < borrowed ≤ ⌊cq·0.86⌋.
	tests := []struct {
		name                string
		debt, coll          uint64
		inRange             bool
		ltv, q, lif, lcf    string
		seized, shares, rep string // MaxPreLiquidation
		maxErr              error
	}{
		// cq 2000, window (1600, 1720]. ltv = 1660/2000 = 0.83 exactly;
		// q = 0.03/0.06 = 0.5; LIF = 1.01 + 0.5·0.03 = 1.025; LCF = 0.1 + 0.5·0.4 = 0.3.
		// Rmax = 1660e6·0.3 = 498e6; S = ⌊⌊498·1.025⌋/2⌋ = ⌊510/2⌋ = 255 < 1000.
		{
			name: "middle", debt: 1660, coll: 1000, inRange: true,
			ltv: "830000000000000000", q: "500000000000000000", lif: "1025000000000000000", lcf: "300000000000000000",
			seized: "255", shares: "498000000", rep: "498",
		},
		// cq 1998, window (1598, 1718]. ltv = ⌈1700e18/1998⌉ = ⌈…850.85⌉ = 850850850850850851;
		// q = ⌊50850850850850851e18/0.06e18⌋ = 847514180847514183;
		// LIF = 1.01e18 + ⌊q·0.03⌋ = 1035425425425425425; LCF = 0.1e18 + ⌊q·0.4⌋ = 439005672339005673.
		// Rmax = ⌊1700e6·LCF/1e18⌋ = 746309642 → toAssetsDown 746 → ⌊746·LIF⌋ = 772 → S = 386;
		// repaidAssets = toAssetsUp(746309642) = 747.
		{
			name: "ltv rounds up", debt: 1700, coll: 999, inRange: true,
			ltv: "850850850850850851", q: "847514180847514183", lif: "1035425425425425425", lcf: "439005672339005673",
			seized: "386", shares: "746309642", rep: "747",
		},
		// Lower boundary: 1600 = ⌊2000·0.8⌋ is outside, 1601 inside.
		{name: "at preLltv bound", debt: 1600, coll: 1000, maxErr: ErrNotPreLiquidatable},
		// ltv 0.8005, q = ⌊0.0005/0.06⌋ = 8333333333333333; LIF = 1.01e18 + ⌊q·0.03⌋ = 1010249999999999999;
		// LCF = 0.1e18 + ⌊q·0.4⌋ = 103333333333333333. Rmax = ⌊1601e6·LCF⌋ = 165436666 →
		// assets 165 → ⌊165·LIF⌋ = 166 → S = 83; repaid ⌈165.44⌉ = 166.
		{
			name: "one above preLltv bound", debt: 1601, coll: 1000, inRange: true,
			ltv: "800500000000000000", q: "8333333333333333", lif: "1010249999999999999", lcf: "103333333333333333",
			seized: "83", shares: "165436666", rep: "166",
		},
		// Upper boundary: 1720 = ⌊2000·0.86⌋ is inside with q = 1 (LIF2, LCF2); 1721 is liquidatable.
		// Rmax = 1720e6·0.5 = 860e6; S = ⌊⌊860·1.04⌋/2⌋ = ⌊894/2⌋ = 447.
		{
			name: "at LLTV bound", debt: 1720, coll: 1000, inRange: true,
			ltv: "860000000000000000", q: "1000000000000000000", lif: "1040000000000000000", lcf: "500000000000000000",
			seized: "447", shares: "860000000", rep: "860",
		},
		{name: "above LLTV bound", debt: 1721, coll: 1000, maxErr: ErrPositionLiquidatable},
		{name: "no collateral", debt: 1, coll: 0, maxErr: ErrPositionLiquidatable},
		{name: "no debt", debt: 0, coll: 1000, maxErr: ErrNotPreLiquidatable},
	}
	params := plParams()
	m := sizingMarket()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := plPosition(tc.debt, tc.coll)
			lif, lcf, ltv, inRange, err := PreLiquidationTerms(p, m, price2, lltv86, params)
			require.NoError(t, err)
			require.Equal(t, tc.inRange, inRange)
			seized, shares, rep, maxErr := MaxPreLiquidation(p, m, price2, lltv86, params)
			if !tc.inRange {
				require.Nil(t, lif)
				require.Nil(t, lcf)
				require.Nil(t, ltv)
				require.ErrorIs(t, maxErr, tc.maxErr)
				return
			}
			require.Equal(t, tc.ltv, ltv.Dec())
			require.Equal(t, tc.lif, lif.Dec())
			require.Equal(t, tc.lcf, lcf.Dec())
			// The quotient is not returned; check it through the reference.
			want, ok, rerr := refPreLiqTerms(p.BorrowShares.ToBig(), p.Collateral.ToBig(), toRef(m), price2.ToBig(), lltv86.ToBig(), refParamsOf(params))
			require.NoError(t, rerr)
			require.True(t, ok)
			require.Equal(t, tc.q, want.quotient.String())

			require.NoError(t, maxErr)
			require.Equal(t, tc.seized, seized.Dec())
			require.Equal(t, tc.shares, shares.Dec())
			require.Equal(t, tc.rep, rep.Dec())
		})
	}
}

func TestMaxPreLiquidationEdges(t *testing.T) {
	t.Parallel()
	m := sizingMarket()

	t.Run("collateral binds", func(t *testing.T) {
		t.Parallel()
		// LLTV 0.8, price 1, coll 1000, debt 800 = ⌊1000·0.8⌋: q = 1, preLIF = preLIF2 = 1.25 = 1/LLTV.
		// S(800e6) = ⌊800·1.25⌋ = 1000 ≥ collateral → size by seizedAssets = 1000:
		// R = toSharesUp(⌈⌈1000·1e36/1e36⌉/1.25⌉) = toSharesUp(800) = 800e6.
		params := PreLiquidationParams{
			PreLltv: v("700000000000000000"),
			PreLCF1: v("500000000000000000"), PreLCF2: v("1000000000000000000"),
			PreLIF1: v("1000000000000000000"), PreLIF2: v("1250000000000000000"),
		}
		seized, shares, rep, err := MaxPreLiquidation(plPosition(800, 1000), m, price1to1, lltv80, params)
		require.NoError(t, err)
		require.Equal(t, "1000", seized.Dec())
		require.Equal(t, "800000000", shares.Dec())
		require.Equal(t, "800", rep.Dec())
	})

	t.Run("close factor rounds to zero", func(t *testing.T) {
		t.Parallel()
		// debt 1601: q = 8333333333333333; preLCF = ⌊q·1e9/1e18⌋ = 8333333;
		// Rmax = ⌊1601e6·8333333/1e18⌋ = 0: nothing can pass.
		params := plParams()
		params.PreLCF1 = v("0")
		params.PreLCF2 = v("1000000000")
		seized, shares, rep, err := MaxPreLiquidation(plPosition(1601, 1000), m, price2, lltv86, params)
		require.NoError(t, err)
		require.True(t, seized.IsZero() && shares.IsZero() && rep.IsZero())
	})

	t.Run("full close", func(t *testing.T) {
		t.Parallel()
		// preLCF2 = 2: at q = 1 the cap is min(2·Bs, Bs) = Bs = 1720e6;
		// S = ⌊⌊1720·1.04⌋/2⌋ = ⌊1788/2⌋ = 894.
		params := plParams()
		params.PreLCF2 = v("2000000000000000000")
		seized, shares, rep, err := MaxPreLiquidation(plPosition(1720, 1000), m, price2, lltv86, params)
		require.NoError(t, err)
		require.Equal(t, "894", seized.Dec())
		require.Equal(t, "1720000000", shares.Dec())
		require.Equal(t, "1720", rep.Dec())
	})

	t.Run("invalid params", func(t *testing.T) {
		t.Parallel()
		params := plParams()
		params.PreLltv = v("900000000000000000")
		_, _, _, _, err := PreLiquidationTerms(plPosition(1660, 1000), m, price2, lltv86, params)
		require.ErrorIs(t, err, ErrInvalidPreLiquidationParams)
		_, _, _, err = MaxPreLiquidation(plPosition(1660, 1000), m, price2, lltv86, params)
		require.ErrorIs(t, err, ErrInvalidPreLiquidationParams)
	})

	t.Run("unbounded preLCF2 overflows like the contract", func(t *testing.T) {
		t.Parallel()
		params := plParams()
		params.PreLCF2.SetAllOne()
		_, _, _, _, err := PreLiquidationTerms(plPosition(1660, 1000), m, price2, lltv86, params)
		require.ErrorIs(t, err, ErrOverflow)
	})
}

// A book scan calls PreLiquidationTerms for every position; most are
// outside the window, which must not allocate.
func TestPreLiquidationTermsOutsideWindowAllocs(t *testing.T) {
	p, m, params := plPosition(1600, 1000), sizingMarket(), plParams()
	allocs := testing.AllocsPerRun(100, func() {
		if _, _, _, in, err := PreLiquidationTerms(p, m, price2, lltv86, params); in || err != nil {
			t.Fatal("want outside the window")
		}
	})
	require.Zero(t, allocs)
}

// ---- math/big reference, written straight from PreLiquidation.sol ----

type refPLParams struct{ preLltv, lcf1, lcf2, lif1, lif2 *big.Int }

func refParamsOf(p PreLiquidationParams) refPLParams {
	return refPLParams{bn(&p.PreLltv), bn(&p.PreLCF1), bn(&p.PreLCF2), bn(&p.PreLIF1), bn(&p.PreLIF2)}
}

// refPLCheck is the constructor's require list.
func refPLCheck(p refPLParams, lltv *big.Int) bool {
	if p.preLltv.Cmp(lltv) >= 0 || p.lcf1.Cmp(p.lcf2) > 0 || p.lcf1.Cmp(bWad) > 0 ||
		bWad.Cmp(p.lif1) > 0 || p.lif1.Cmp(p.lif2) > 0 {
		return false
	}
	maxLIF, err := refMulDivDown(bWad, bWad, lltv)
	return err == nil && p.lif2.Cmp(maxLIF) <= 0
}

type refPLTerms struct{ collQuoted, borrowed, ltv, quotient, lif, lcf *big.Int }

// refPreLiqTerms returns ok = false outside the window, err on a revert.
func refPreLiqTerms(bs, coll *big.Int, m refMarket, price, lltv *big.Int, p refPLParams) (refPLTerms, bool, error) {
	var t refPLTerms
	if !refPLCheck(p, lltv) {
		return t, false, ErrInvalidPreLiquidationParams
	}
	var err error
	if t.collQuoted, err = refMulDivDown(coll, price, bScale); err != nil {
		return t, false, err
	}
	if t.borrowed, err = refToAssetsUp(bs, m.tba, m.tbs); err != nil {
		return t, false, err
	}
	upper, err := refMulDivDown(t.collQuoted, lltv, bWad)
	if err != nil {
		return t, false, err
	}
	if t.borrowed.Cmp(upper) > 0 {
		return t, false, nil
	}
	lower, err := refMulDivDown(t.collQuoted, p.preLltv, bWad)
	if err != nil {
		return t, false, err
	}
	if t.borrowed.Cmp(lower) <= 0 {
		return t, false, nil
	}
	if t.ltv, err = refMulDivUp(t.borrowed, bWad, t.collQuoted); err != nil {
		return t, false, err
	}
	num, err := refSub(t.ltv, p.preLltv)
	if err != nil {
		return t, false, err
	}
	if t.quotient, err = refMulDivDown(num, bWad, new(big.Int).Sub(lltv, p.preLltv)); err != nil {
		return t, false, err
	}
	lin := func(f1, f2 *big.Int) (*big.Int, error) {
		x, err := refMulDivDown(t.quotient, new(big.Int).Sub(f2, f1), bWad)
		if err != nil {
			return nil, err
		}
		return refAdd(x, f1)
	}
	if t.lif, err = lin(p.lif1, p.lif2); err != nil {
		return t, false, err
	}
	if t.lcf, err = lin(p.lcf1, p.lcf2); err != nil {
		return t, false, err
	}
	return t, true, nil
}

// refPreLiquidate runs preLiquidate(seized, shares) plus Morpho.repay's and
// withdrawCollateral's balance checks and reports whether it passes, with
// the amounts it settles on.
func refPreLiquidate(bs, coll *big.Int, m refMarket, price, lltv *big.Int, p refPLParams, seized, shares *big.Int) (s, r *big.Int, ok bool) {
	if (seized.Sign() == 0) == (shares.Sign() == 0) {
		return nil, nil, false
	}
	t, in, err := refPreLiqTerms(bs, coll, m, price, lltv, p)
	if err != nil || !in {
		return nil, nil, false
	}
	s, r = seized, shares
	if seized.Sign() > 0 {
		r, err = refRepaidSharesForSeized(seized, price, t.lif, m)
	} else {
		s, err = refSeizedForRepaidShares(shares, price, t.lif, m)
	}
	if err != nil {
		return nil, nil, false
	}
	repayable, err := refMulDivDown(bs, t.lcf, bWad)
	if err != nil || r.Cmp(repayable) > 0 {
		return nil, nil, false
	}
	// Morpho.repay(0, r): r > 0 and r ≤ borrowShares; withdrawCollateral(s): 0 < s ≤ collateral.
	if r.Sign() == 0 || r.Cmp(bs) > 0 || s.Sign() == 0 || s.Cmp(coll) > 0 {
		return nil, nil, false
	}
	return s, r, true
}

// refMaxPreLiquidation: Rmax = min(⌊Bs·preLCF⌋, Bs); if the exact S(Rmax)
// reaches the collateral, size by seizedAssets = collateral, else by Rmax.
func refMaxPreLiquidation(bs, coll *big.Int, m refMarket, price, lltv *big.Int, p refPLParams) (s, r, a *big.Int, err error) {
	t, in, err := refPreLiqTerms(bs, coll, m, price, lltv, p)
	if err != nil {
		return nil, nil, nil, err
	}
	if !in {
		return nil, nil, nil, errOutsideWindow
	}
	rmax, err := refMulDivDown(bs, t.lcf, bWad)
	if err != nil {
		return nil, nil, nil, err
	}
	if rmax.Cmp(bs) > 0 {
		rmax = new(big.Int).Set(bs)
	}
	zero := func() (*big.Int, *big.Int, *big.Int, error) { return bi(0), bi(0), bi(0), nil }
	if rmax.Sign() == 0 {
		return zero()
	}
	if refExactSeizeBound(rmax, price, t.lif, m).Cmp(coll) >= 0 {
		s = new(big.Int).Set(coll)
		r, err = refRepaidSharesForSeized(s, price, t.lif, m)
	} else {
		r = rmax
		s, err = refSeizedForRepaidShares(rmax, price, t.lif, m)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	if s.Sign() == 0 || r.Sign() == 0 {
		return zero()
	}
	a, err = refToAssetsUp(r, m.tba, m.tbs)
	return s, r, a, err
}

var errOutsideWindow = errors.New("outside the pre-liquidation window")

func plErrClass(err error) string {
	switch {
	case errors.Is(err, ErrInvalidPreLiquidationParams):
		return "params"
	case errors.Is(err, ErrNotPreLiquidatable), errors.Is(err, ErrPositionLiquidatable), errors.Is(err, errOutsideWindow):
		return "window"
	}
	return errClass(err)
}

// plFuzzParams derives parameters from raw words: valid by construction
// unless raw is set (then mostly invalid, exercising Check).
func plFuzzParams(lltv *uint256.Int, raw bool, plw, lcf1w, lcf2w uint64, lcf2Sh uint8, lif1w, lif2w uint64) PreLiquidationParams {
	var p PreLiquidationParams
	if raw {
		p.PreLltv.SetUint64(plw)
		p.PreLCF1.SetUint64(lcf1w)
		p.PreLCF2.SetUint64(lcf2w).Lsh(&p.PreLCF2, uint(lcf2Sh%192))
		p.PreLIF1.SetUint64(lif1w)
		p.PreLIF2.SetUint64(lif2w)
		return p
	}
	// preLltv = ⌊lltv·plw/2^64⌋ < lltv.
	p.PreLltv.MulDivOverflow(lltv, uint256.NewInt(plw), pow2(64))
	p.PreLCF1.SetUint64(lcf1w % (WAD + 1))
	p.PreLCF2.SetUint64(lcf2w).Lsh(&p.PreLCF2, uint(lcf2Sh%192)).Add(&p.PreLCF2, &p.PreLCF1)
	maxLIF := new(uint256.Int).Div(new(uint256.Int).Mul(wad, wad), lltv)
	span := new(uint256.Int).Sub(maxLIF, wad)
	p.PreLIF1.Mod(uint256.NewInt(lif1w), span.AddUint64(span, 1)).Add(&p.PreLIF1, wad)
	span.Sub(maxLIF, &p.PreLIF1)
	p.PreLIF2.Mod(uint256.NewInt(lif2w), span.AddUint64(span, 1)).Add(&p.PreLIF2, &p.PreLIF1)
	return p
}

func FuzzPreLiquidationMatchesBig(f *testing.F) {
	// coll, tba, tbs as (hi, lo); price (hi, lo, shift); lltv; params words;
	// mode: bit 0 raw params, bits 1-3 how borrow shares are chosen; bs (hi, lo).
	type seed struct {
		coll, tba, tbs  uint256.Int
		price           *uint256.Int
		lltv            uint64
		plw, lcf1, lcf2 uint64
		lcf2Sh          uint8
		lif1, lif2      uint64
		mode            uint8
		bs              uint256.Int
	}
	wstEth := u("1200000000000000000000000000000000000")
	seeds := []seed{
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18, 1 << 63, 0.1e18, 0.4e18, 0, 0.01e18, 0.03e18, 0, w128(0, 1660e6)},
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18, 1 << 63, 0.1e18, 0.4e18, 0, 0.01e18, 0.03e18, 2, w128(0, 0)}, // at preLltv bound
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18, 1 << 63, 0.1e18, 0.4e18, 0, 0.01e18, 0.03e18, 4, w128(0, 0)}, // one above
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18, 1 << 63, 0.1e18, 0.4e18, 0, 0.01e18, 0.03e18, 6, w128(0, 0)}, // at LLTV bound
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18, 1 << 63, 0.1e18, 0.4e18, 0, 0.01e18, 0.03e18, 8, w128(0, 0)}, // one above LLTV bound
		{w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price1to1, 0.8e18, 1 << 63, 0.5e18, 0.5e18, 0, 0, 0.25e18, 6, w128(0, 0)},     // collateral binds
		// looped wstETH/WETH at LLTV 0.945, preLltv ~0.9, full close allowed
		{v("100000000000000000000"), v("5000000000000000000000"), v("4900000000000000000000000000"), wstEth, 0.945e18, 17562000000000000000, 0.2e18, 1, 60, 0.005e18, 0.05e18, 10, w128(0, 0)},
		{v("100000000000000000000"), v("5000000000000000000000"), v("4900000000000000000000000000"), wstEth, 0.945e18, 17562000000000000000, 0.2e18, 1, 60, 0.005e18, 0.05e18, 12, v("3")},
		// raw (invalid) params, huge totals
		{*maxUint128, *maxUint128, *maxUint128, u("1000000000000000000000000000000000000000"), 0.965e18, 0.9e18, 2e18, 1, 0, 1e18, 1.1e18, 1, *maxUint128},
	}
	for _, s := range seeds {
		sh := uint8(0)
		if s.price.BitLen() > 128 {
			sh = uint8(s.price.BitLen() - 128)
		}
		pp := new(uint256.Int).Rsh(s.price, uint(sh))
		f.Add(s.coll[1], s.coll[0], s.tba[1], s.tba[0], s.tbs[1], s.tbs[0], pp[1], pp[0], sh, s.lltv,
			s.plw, s.lcf1, s.lcf2, s.lcf2Sh, s.lif1, s.lif2, s.mode, s.bs[1], s.bs[0])
	}
	f.Fuzz(func(t *testing.T, cHi, cLo, tbaHi, tbaLo, tbsHi, tbsLo, pHi, pLo uint64, pSh uint8, lltvRaw,
		plw, lcf1w, lcf2w uint64, lcf2Sh uint8, lif1w, lif2w uint64, mode uint8, bsHi, bsLo uint64,
	) {
		m := Market{TotalBorrowAssets: w128(tbaHi, tbaLo), TotalBorrowShares: w128(tbsHi, tbsLo)}
		rm := toRef(m)
		coll := w128(cHi, cLo)
		price := wPrice(pHi, pLo, pSh)
		// Morpho enables only LLTVs below WAD; 0 makes every param set invalid.
		lltv := uint256.NewInt(lltvRaw % WAD)
		params := PreLiquidationParams{}
		if !lltv.IsZero() {
			params = plFuzzParams(lltv, mode&1 == 1, plw, lcf1w, lcf2w, lcf2Sh, lif1w, lif2w)
		}
		rp := refParamsOf(params)
		bp, bl, bc := price.ToBig(), lltv.ToBig(), coll.ToBig()

		// Borrow shares: raw, or aimed at the window's edges.
		bs := w128(bsHi, bsLo)
		if sel := (mode >> 1) & 7; sel != 0 {
			if target := plTarget(sel, bc, bp, bl, rp.preLltv, bsLo); target != nil {
				if sh, err := refToSharesDown(target, rm.tba, rm.tbs); err == nil && fits128(sh) {
					bs.SetFromBig(sh)
				}
			}
		}
		p := Position{BorrowShares: bs, Collateral: coll}
		bbs := bs.ToBig()

		if got, want := params.Check(lltv) == nil, refPLCheck(rp, bl); got != want {
			t.Fatalf("check: valid %v, reference %v (%+v)", got, want, rp)
		}

		lif, lcf, ltv, inRange, err := PreLiquidationTerms(p, m, price, lltv, params)
		want, wantIn, wantErr := refPreLiqTerms(bbs, bc, rm, bp, bl, rp)
		if gc, wc := plErrClass(err), plErrClass(wantErr); gc != wc {
			t.Fatalf("terms: error %q, reference %q", gc, wc)
		}
		if err != nil {
			return
		}
		if inRange != wantIn {
			t.Fatalf("terms: inRange %v, reference %v (borrowed %s, collQuoted %s)", inRange, wantIn, want.borrowed, want.collQuoted)
		}
		if inRange {
			sameResult(t, "ltv", ltv, nil, want.ltv, nil)
			sameResult(t, "preLIF", lif, nil, want.lif, nil)
			sameResult(t, "preLCF", lcf, nil, want.lcf, nil)
			if want.quotient.Cmp(bWad) > 0 || lif.Lt(&params.PreLIF1) || lif.Gt(&params.PreLIF2) {
				t.Fatalf("terms: quotient %s or preLIF %s outside [preLIF1, preLIF2]", want.quotient, lif.Dec())
			}
		}

		seized, shares, assets, err := MaxPreLiquidation(p, m, price, lltv, params)
		ws, wr, wa, wantErr := refMaxPreLiquidation(bbs, bc, rm, bp, bl, rp)
		if gc, wc := plErrClass(err), plErrClass(wantErr); gc != wc {
			t.Fatalf("max: error %q (%v), reference %q (%v)", gc, err, wc, wantErr)
		}
		if err != nil {
			return
		}
		sameResult(t, "max seized", &seized, nil, ws, nil)
		sameResult(t, "max repaidShares", &shares, nil, wr, nil)
		sameResult(t, "max repaidAssets", &assets, nil, wa, nil)
		if seized.IsZero() {
			return
		}

		// The implied call passes the contract and settles on these amounts.
		bySeized := seized.Eq(&coll)
		in, inShares := seized.ToBig(), bi(0)
		if !bySeized {
			in, inShares = bi(0), shares.ToBig()
		}
		s, r, ok := refPreLiquidate(bbs, bc, rm, bp, bl, rp, in, inShares)
		if !ok || s.Cmp(ws) != 0 || r.Cmp(wr) != 0 {
			t.Fatalf("max: call (seized %s, shares %s) rejected or settles on (%v, %v)", in, inShares, s, r)
		}
		// Nothing larger passes: one more share, or one more seized unit.
		if _, _, ok := refPreLiquidate(bbs, bc, rm, bp, bl, rp, bi(0), new(big.Int).Add(wr, bi(1))); ok && !bySeized {
			t.Fatalf("max: repaidShares %s+1 also passes", wr)
		}
		if _, _, ok := refPreLiquidate(bbs, bc, rm, bp, bl, rp, new(big.Int).Add(ws, bi(1)), bi(0)); ok {
			t.Fatalf("max: seizedAssets %s+1 also passes", ws)
		}
	})
}

// plTarget picks a borrowed amount at the window's edges: L = ⌊cq·preLltv⌋
// and U = ⌊cq·lltv⌋ (sel 1 L, 2 L+1, 3 U, 4 U+1, 5 middle, 6-7 inside).
func plTarget(sel uint8, coll, price, lltv, preLltv *big.Int, salt uint64) *big.Int {
	cq := new(big.Int).Mul(coll, price)
	cq.Quo(cq, bScale)
	lo := new(big.Int).Mul(cq, preLltv)
	lo.Quo(lo, bWad)
	hi := new(big.Int).Mul(cq, lltv)
	hi.Quo(hi, bWad)
	if hi.Cmp(lo) < 0 {
		return nil
	}
	switch sel {
	case 1:
		return lo
	case 2:
		return lo.Add(lo, bi(1))
	case 3:
		return hi
	case 4:
		return hi.Add(hi, bi(1))
	case 5:
		return lo.Add(lo, hi).Rsh(lo, 1)
	default:
		span := new(big.Int).Sub(hi, lo)
		span.Add(span, bi(1))
		return span.Mod(new(big.Int).SetUint64(salt), span).Add(span, lo)
	}
}
