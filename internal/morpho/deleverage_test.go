package morpho

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

// The loop of the issue: 100 wstETH-like collateral (18 decimals) against
// 100.8 WETH debt, LLTV 0.945, fair (exchange-rate) price 1.2, market price
// 4% lower: 1.152. Market-price health = 100·1.152·0.945/100.8 = 1.08;
// exchange-rate health = 100·1.2·0.945/100.8 = 1.125. Selling realises the
// market price less 0.3% slippage: q = 1.152·0.997 = 1.148544.
var (
	loopColl   = u("100000000000000000000")
	loopDebt   = u("100800000000000000000")
	loopLLTV   = u("945000000000000000")
	fairPrice  = u("1200000000000000000000000000000000000")
	mktPrice   = u("1152000000000000000000000000000000000")
	loopQ      = u("1148544000000000000000000000000000000")
	target125  = u("1250000000000000000")
	zeroAmount = new(uint256.Int)
)

func TestHealthAfter(t *testing.T) {
	t.Parallel()
	// Before: ⌊100·1.152⌋ = 115.2; ·0.945 = 108.864; /100.8 = 1.08 exactly.
	h, err := HealthAfter(loopColl, loopDebt, mktPrice, loopLLTV, zeroAmount, zeroAmount)
	require.NoError(t, err)
	require.Equal(t, "1080000000000000000", h.Dec())
	// Withdraw 10, repay 11: 90·1.152 = 103.68; ·0.945 = 97.9776; /89.8 = 1.0910645879732739420… → floor.
	h, err = HealthAfter(loopColl, loopDebt, mktPrice, loopLLTV, u("10000000000000000000"), u("11000000000000000000"))
	require.NoError(t, err)
	require.Equal(t, "1091064587973273942", h.Dec())
	// All debt repaid: no debt, maximum health.
	h, err = HealthAfter(loopColl, loopDebt, mktPrice, loopLLTV, zeroAmount, loopDebt)
	require.NoError(t, err)
	require.Equal(t, maxUint256.Dec(), h.Dec())
	_, err = HealthAfter(loopColl, loopDebt, mktPrice, loopLLTV, u("100000000000000000001"), zeroAmount)
	require.ErrorIs(t, err, ErrOverflow)
	_, err = HealthAfter(loopColl, loopDebt, mktPrice, loopLLTV, zeroAmount, u("100800000000000000001"))
	require.ErrorIs(t, err, ErrOverflow)
}

func TestDeleverageAmount(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name               string
		c, d, po, lltv, h1 *uint256.Int
		q, g               *uint256.Int
		withdraw, repay    string // "" = not pinned
		maxExcess          *uint256.Int
		fullClose          bool
	}{
		// Size against the market price (P_o := P_m, k = 0.997):
		// ΔC·P_m = 100.8·(1.25 − 1.08)/(1.25·0.997 − 0.945) = 17.136/0.30125 = 56.8829875…,
		// ΔC* = 49.37759336099585062… → ⌈⌉ …623; the floors of maxBorrow cost 2 more wei.
		// ΔD = ⌊ΔC·1.148544⌋ = 56.7123…; after: 50.62·1.152·0.945/44.09 = 1.25.
		{
			name: "market-price trigger 1.08 to 1.25", c: loopColl, d: loopDebt, po: mktPrice, lltv: loopLLTV,
			h1: target125, q: loopQ, g: zeroAmount,
			withdraw: "49377593360995850625", repay: "56712338589211618260", maxExcess: u("10000000000000000"),
		},
		// Size against the exchange-rate oracle (k = 0.96·0.997 = 0.95712):
		// ΔC·1.2 = 100.8·(1.25 − 1.125)/(1.25·0.95712 − 0.945) = 12.6/0.2514 = 50.1193…,
		// ΔC* = 41.7661097852028639…, +5 wei for the floors; ΔD = 47.9702…;
		// after 58.23·1.2·0.945/52.83 = 1.25.
		{
			name: "exchange-rate oracle, 4% depeg, 0.3% slippage", c: loopColl, d: loopDebt, po: fairPrice, lltv: loopLLTV,
			h1: target125, q: loopQ, g: zeroAmount,
			withdraw: "41766109785202863967", repay: "47970214797136038192", maxExcess: u("10000000000000000"),
		},
		// A fixed cost of 0.05 WETH: ΔC·P_m = (17.136 + 1.25·0.05)/0.30125 = 57.0904…,
		// ΔC ≈ 49.5576878745965882…; ΔD = ⌊ΔC·1.148544⌋ − 0.05 = 56.8691….
		{
			name: "fixed cost", c: loopColl, d: loopDebt, po: mktPrice, lltv: loopLLTV,
			h1: target125, q: loopQ, g: u("50000000000000000"),
			withdraw: "49557687874596588293", repay: "56869185062240663904", maxExcess: u("10000000000000000"),
		},
		// WBTC (8 decimals) / USDC (6): 1 BTC at 60000 = 600 raw USDC per sat (P_o = 600e36),
		// debt 45000 USDC, LLTV 0.86: h0 = 1.1466…; target 1.3 selling at 0.5% below the oracle.
		// With a 5 USDC fixed cost: ΔC·P_o = (45000·0.15333 + 1.3·5)/(1.3·0.995 − 0.86) = 15931.95 USDC,
		// ΔC = 0.26553249 BTC, ΔD = 15847.29 USDC.
		// One sat fetches 597 raw USDC, so the overshoot is < 1.3·597/D' ≈ 2.6e-8 (here 2.2e-9).
		{
			name: "wbtc/usdc", c: u("100000000"), d: u("45000000000"), po: u("600000000000000000000000000000000000000"),
			lltv: u("860000000000000000"), h1: u("1300000000000000000"), q: u("597000000000000000000000000000000000000"),
			g: u("5000000"), withdraw: "26553249", repay: "15847289653", maxExcess: u("1000000000000"),
		},
		// WETH (18) / USDC (6): P_o = 3000e6/1e18·1e36 = 3e27, 10 ETH, 24000 USDC, LLTV 0.86:
		// h0 = 1.075 → 1.2: ΔC ≈ 2.9727 ETH, ΔD ≈ 8891.2 USDC. One wei of ETH fetches < 1 raw
		// USDC, so the floors span ~1e9 wei: ΔC lands 1254258216 wei above ⌈ΔC*⌉ after
		// 4 runs of equal proceeds; the overshoot is < 1.2/D' (here exactly 0).
		{
			name: "weth/usdc", c: u("10000000000000000000"), d: u("24000000000"), po: u("3000000000000000000000000000"),
			lltv: u("860000000000000000"), h1: u("1200000000000000000"), q: u("2991000000000000000000000000"),
			g: zeroAmount, withdraw: "2972651606486125042", repay: "8891200955", maxExcess: u("1000000000"),
		},
		// Two units of collateral at 1:1, debt 1, LLTV 0.9: h0 = ⌊⌊1.8⌋/1⌋ = 1. Selling one unit
		// pays the whole debt: a full close (ΔD capped at D, no debt left).
		{
			name: "one unit pays everything", c: u("2"), d: u("1"), po: price1to1, lltv: u("900000000000000000"),
			h1: u("1500000000000000000"), q: price1to1, g: zeroAmount,
			withdraw: "1", repay: "1", fullClose: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dc, dd, err := DeleverageAmount(tc.c, tc.d, tc.po, tc.lltv, tc.h1, tc.q, tc.g)
			require.NoError(t, err)
			if tc.withdraw != "" {
				require.Equal(t, tc.withdraw, dc.Dec())
				require.Equal(t, tc.repay, dd.Dec())
			}
			h, err := HealthAfter(tc.c, tc.d, tc.po, tc.lltv, dc, dd)
			require.NoError(t, err)
			require.False(t, h.Lt(tc.h1), "health after %s below target %s", h.Dec(), tc.h1.Dec())
			if tc.fullClose {
				require.True(t, dd.Eq(tc.d))
				return
			}
			excess := new(uint256.Int).Sub(h, tc.h1)
			require.False(t, excess.Gt(tc.maxExcess), "health after %s overshoots target %s by more than %s", h.Dec(), tc.h1.Dec(), tc.maxExcess.Dec())
			checkDeleverageBounds(t, tc.c, tc.d, tc.po, tc.lltv, tc.h1, tc.q, tc.g, dc, dd, true)

			// Forced bisection fallback (no walk, or one step): still on
			// target with ΔC − 1 failing and the same overshoot bound.
			for _, runs := range []int{0, 1} {
				dc, dd, err := deleverageAmount(tc.c, tc.d, tc.po, tc.lltv, tc.h1, tc.q, tc.g, runs)
				require.NoError(t, err)
				checkDeleverageBounds(t, tc.c, tc.d, tc.po, tc.lltv, tc.h1, tc.q, tc.g, dc, dd, false)
			}
		})
	}
}

func TestDeleverageErrors(t *testing.T) {
	t.Parallel()
	// Already at or above target: h0 = 1.08.
	_, _, err := DeleverageAmount(loopColl, loopDebt, mktPrice, loopLLTV, u("1080000000000000000"), loopQ, zeroAmount)
	require.ErrorIs(t, err, ErrAlreadyAboveTarget)
	_, _, err = DeleverageAmount(loopColl, zeroAmount, mktPrice, loopLLTV, target125, loopQ, zeroAmount)
	require.ErrorIs(t, err, ErrAlreadyAboveTarget)

	// q so low that h1·k ≤ λ: k = 0.7 < 0.945/1.25 = 0.756.
	_, _, err = DeleverageAmount(loopColl, loopDebt, mktPrice, loopLLTV, target125, u("806400000000000000000000000000000000"), zeroAmount)
	require.ErrorIs(t, err, ErrDeleverageInfeasible)
	require.ErrorContains(t, err, "h1·q ≤ λ·P_o")

	// λ/h1 < k ≤ λ/h0: against the exchange-rate oracle h0 = 1.125, λ/h0 = 0.84; k = 0.8
	// keeps h1·k − λ = 0.055 > 0, but selling all 100 fetches 96 < 100.8 of debt.
	_, _, err = DeleverageAmount(loopColl, loopDebt, fairPrice, loopLLTV, target125, u("960000000000000000000000000000000000"), zeroAmount)
	require.ErrorIs(t, err, ErrDeleverageInfeasible)
	require.ErrorContains(t, err, "collateral is 100000000000000000000; selling it all yields 96000000000000000000 < debt 100800000000000000000")

	// The fixed cost alone can make it infeasible: the sale must also pay G.
	_, _, err = DeleverageAmount(loopColl, loopDebt, mktPrice, loopLLTV, target125, loopQ, u("20000000000000000000"))
	require.ErrorIs(t, err, ErrDeleverageInfeasible)

	// C·P_o beyond 2^256: Morpho's own health check reverts.
	_, _, err = DeleverageAmount(maxUint128, loopDebt, pow2(130), loopLLTV, target125, loopQ, zeroAmount)
	require.ErrorIs(t, err, ErrOverflow)
}

// checkDeleverageBounds asserts the documented bounds of DeleverageAmount
// with math/big: ΔC* ≤ ΔC ≤ ΔC* + slack/s + 1, ΔC − 1 misses the target,
// ΔD = ⌊ΔC·q/1e36⌋ − G ≤ D, and (h_after − h1)·D' < h1·⌈q/1e36⌉; with
// least, also that no smaller sale within maxSegments units of ⌈ΔC*⌉ holds.
func checkDeleverageBounds(t *testing.T, c, d, po, lltv, h1, q, g, dc, dd *uint256.Int, least bool) {
	t.Helper()
	r := refDeleverageOf(c, d, po, lltv, h1, q, g)
	x := dc.ToBig()
	if dc.Gt(c) || dd.Gt(d) {
		t.Fatalf("withdraw %s > collateral %s or repay %s > debt %s", dc.Dec(), c.Dec(), dd.Dec(), d.Dec())
	}
	got := r.proceeds(x)
	wantRepay := new(big.Int).Sub(got, r.g)
	if wantRepay.Cmp(r.d) > 0 {
		wantRepay.Set(r.d)
	}
	if dd.ToBig().Cmp(wantRepay) != 0 {
		t.Fatalf("repay %s, want min(⌊ΔC·q/1e36⌋ − G, D) = %s", dd.Dec(), wantRepay)
	}
	if !r.reaches(x) {
		t.Fatalf("ΔC %s misses the target", x)
	}
	if x.Sign() > 0 && r.reaches(new(big.Int).Sub(x, bi(1))) {
		t.Fatalf("ΔC %s − 1 also reaches the target", x)
	}
	// Exact minimum: when a holding x lies within maxSegments units of
	// ⌈ΔC*⌉, the walk reaches it before its cap, so ΔC is the first one.
	from := refCeilDiv(r.n, r.s)
	if from.Sign() < 0 {
		from.SetInt64(0)
	}
	for y, i := new(big.Int).Set(from), 0; least && i < maxSegments-1 && y.Cmp(x) < 0; i, y = i+1, y.Add(y, bi(1)) {
		if r.reaches(y) {
			t.Fatalf("ΔC %s is not the least: %s also reaches the target", x, y)
		}
	}
	// x·s ≥ N, and x ≤ (N + slack)/s + 1.
	xs := new(big.Int).Mul(x, r.s)
	if xs.Cmp(r.n) < 0 {
		t.Fatalf("ΔC %s below the closed form %s/%s", x, r.n, r.s)
	}
	upper := refCeilDiv(new(big.Int).Add(r.n, r.slack()), r.s)
	if x.Cmp(new(big.Int).Add(upper, bi(1))) > 0 {
		t.Fatalf("ΔC %s above the proven bound %s", x, upper)
	}
	// Overshoot bound while debt remains.
	left := new(big.Int).Sub(r.d, wantRepay)
	if left.Sign() > 0 {
		h, err := r.health(new(big.Int).Sub(r.c, x), left)
		if err != nil {
			t.Fatalf("health after: %v", err)
		}
		lhs := new(big.Int).Sub(h, r.h1)
		lhs.Mul(lhs, left)
		rhs := new(big.Int).Mul(r.h1, refCeilDiv(r.q, bScale))
		if lhs.Cmp(rhs) >= 0 {
			t.Fatalf("overshoot: (h %s − h1 %s)·D' %s ≥ h1·⌈q/1e36⌉ = %s", h, r.h1, left, rhs)
		}
	}
}

// refDeleverage is the math/big model: Morpho's floored health and the
// §6 closed form N/s.
type refDeleverage struct {
	c, d, po, lltv, h1, q, g *big.Int
	n, s                     *big.Int
}

func refDeleverageOf(c, d, po, lltv, h1, q, g *uint256.Int) refDeleverage {
	r := refDeleverage{c: bn(c), d: bn(d), po: bn(po), lltv: bn(lltv), h1: bn(h1), q: bn(q), g: bn(g)}
	r.s = new(big.Int).Sub(new(big.Int).Mul(r.h1, r.q), new(big.Int).Mul(r.lltv, r.po))
	r.n = new(big.Int).Add(r.d, r.g)
	r.n.Mul(r.n, r.h1).Mul(r.n, bScale)
	r.n.Sub(r.n, new(big.Int).Mul(new(big.Int).Mul(r.c, r.po), r.lltv))
	return r
}

func (r refDeleverage) slack() *big.Int {
	x := new(big.Int).Add(r.lltv, bWad)
	x.Add(x, r.h1)
	return x.Mul(x, bScale)
}

func (r refDeleverage) proceeds(x *big.Int) *big.Int {
	return new(big.Int).Quo(new(big.Int).Mul(x, r.q), bScale)
}

// health is ⌊⌊⌊c·P_o/1e36⌋·λ/1e18⌋·1e18/d⌋ with Solidity's checks; max for d = 0.
func (r refDeleverage) health(c, d *big.Int) (*big.Int, error) {
	v, err := refMulDivDown(c, r.po, bScale)
	if err != nil {
		return nil, err
	}
	mb, err := refMulDivDown(v, r.lltv, bWad)
	if err != nil {
		return nil, err
	}
	if d.Sign() == 0 {
		return new(big.Int).Set(bMax256), nil
	}
	return refMulDivDown(mb, bWad, d)
}

// reaches: selling x lands at health ≥ h1 (or pays debt and cost in full).
func (r refDeleverage) reaches(x *big.Int) bool {
	left := new(big.Int).Add(r.d, r.g)
	left.Sub(left, r.proceeds(x))
	if left.Sign() <= 0 {
		return true
	}
	h, err := r.health(new(big.Int).Sub(r.c, x), left)
	return err == nil && h.Cmp(r.h1) >= 0
}

// closedFormRat is §6 verbatim in rationals: ΔC·P_o = (D(h1−h0) + h1·G)/(h1·k − λ)
// with h0 = C·P_o·λ/D unrounded and k = q/P_o.
func (r refDeleverage) closedFormRat() *big.Rat {
	rat := func(x, scale *big.Int) *big.Rat { return new(big.Rat).SetFrac(x, scale) }
	pO, k := rat(r.po, bScale), new(big.Rat).SetFrac(r.q, r.po)
	lam, h1 := rat(r.lltv, bWad), rat(r.h1, bWad)
	d, g, c := rat(r.d, bi(1)), rat(r.g, bi(1)), rat(r.c, bi(1))
	h0 := new(big.Rat).Mul(new(big.Rat).Mul(c, pO), lam)
	h0.Quo(h0, d)
	num := new(big.Rat).Mul(d, new(big.Rat).Sub(h1, h0))
	num.Add(num, new(big.Rat).Mul(h1, g))
	den := new(big.Rat).Sub(new(big.Rat).Mul(h1, k), lam)
	return num.Quo(num, den).Quo(num, pO)
}

// FuzzDeleverageLandsOnTarget: for random positions, prices, targets and
// costs, every error matches the reference's reading of the inputs, and a
// result sells ΔC ≤ C, repays ΔD ≤ D, lands at health ≥ h1 recomputed with
// Morpho's floors, and overshoots by less than the tolerance proven in
// DeleverageAmount: (h_after − h1)·D' < h1·⌈q/1e36⌉, i.e. h1 times the
// proceeds of one collateral unit over the debt left (the sale of ΔC − 1
// misses, and one unit moves D' by at most ⌈q/1e36⌉ while maxBorrow only
// falls). No fixed tolerance holds for every input (it scales with 1/D'),
// so the test asserts this one.
func FuzzDeleverageLandsOnTarget(f *testing.F) {
	// C (hi, lo); P_o (hi, lo, shift); λ; h1 and start health words; k word;
	// G word; mode bit 0: raw debt (dHi, dLo) instead of one derived from the start health.
	add := func(c, po *uint256.Int, lltv, h1w, hsw, kw, gw uint64, mode uint8, d *uint256.Int) {
		sh := uint8(0)
		if po.BitLen() > 128 {
			sh = uint8(po.BitLen() - 128)
		}
		p := new(uint256.Int).Rsh(po, uint(sh))
		f.Add(c[1], c[0], p[1], p[0], sh, lltv, h1w, hsw, kw, gw, mode, d[1], d[0])
	}
	add(loopColl, mktPrice, 0.945e18, 0.25e18, 0.58e18, 0.997e18, 0, 1, loopDebt)
	add(loopColl, fairPrice, 0.945e18, 0.25e18, 0.625e18, 0.95712e18, 0, 1, loopDebt)
	add(loopColl, mktPrice, 0.945e18, 0.25e18, 0.58e18, 0.997e18, 5e16, 1, loopDebt)
	add(u("100000000"), u("600000000000000000000000000000000000000"), 0.86e18, 0.3e18, 0.6466e18, 0.995e18, 5e6, 1, u("45000000000"))
	add(u("10000000000000000000"), u("3000000000000000000000000000"), 0.86e18, 0.2e18, 0.575e18, 0.997e18, 0, 1, u("24000000000"))
	add(u("2"), price1to1, 0.9e18, 0.5e18, 0, 1e18, 0, 1, u("1"))
	add(loopColl, mktPrice, 0.945e18, 3e18, 0.9e18, 1.05e18, 1e15, 0, zeroAmount)
	add(loopColl, fairPrice, 0.945e18, 0.25e18, 0.625e18, 0.8e18, 0, 1, loopDebt) // infeasible
	f.Fuzz(func(t *testing.T, cHi, cLo, pHi, pLo uint64, pSh uint8, lltvRaw, h1w, hsw, kw, gw uint64, mode uint8, dHi, dLo uint64) {
		c := w128(cHi, cLo)
		po := wPrice(pHi, pLo, pSh)
		lltv := uint256.NewInt(lltvRaw % WAD)
		h1 := uint256.NewInt(WAD + h1w%(4*WAD)) // targets in [1, 5)
		// q = P_o·k, k in [0, 1.2): 512-bit exact, saturating.
		q, overflow := new(uint256.Int).MulDivOverflow(po, uint256.NewInt(kw%(1.2e18)), wad)
		if overflow {
			q.SetAllOne()
		}
		// Debt: raw, or the one that puts the start health at hs in [0.5, h1).
		d := w128(dHi, dLo)
		if mode&1 == 0 {
			d.Clear()
			var mb uint256.Int
			if maxBorrow(&mb, &c, po, lltv) == nil && !mb.IsZero() {
				hs := new(uint256.Int).SubUint64(h1, WAD/2)
				hs.Mod(uint256.NewInt(hsw), hs).AddUint64(hs, WAD/2)
				if !ceilMulDiv(&d, &mb, wad, hs) && d.IsZero() {
					d.SetOne()
				}
			}
		}
		g := uint256.NewInt(gw)
		if mode&2 == 0 {
			g.Mod(g, new(uint256.Int).AddUint64(new(uint256.Int).Rsh(&d, 3), 1)) // G ≤ D/8
		}

		dc, dd, err := DeleverageAmount(&c, &d, po, lltv, h1, q, g)
		r := refDeleverageOf(&c, &d, po, lltv, h1, q, g)

		// Expected outcome, in DeleverageAmount's order.
		var wantErr error
		h0, herr := r.health(r.c, r.d)
		dg := new(big.Int).Add(r.d, r.g)
		switch {
		case herr != nil:
			wantErr = herr
		case h0.Cmp(r.h1) >= 0:
			wantErr = ErrAlreadyAboveTarget
		case r.s.Sign() <= 0:
			wantErr = ErrDeleverageInfeasible
		case !fits(dg):
			wantErr = ErrOverflow
		case r.proceeds(r.c).Cmp(dg) < 0:
			wantErr = ErrDeleverageInfeasible
			if r.reaches(r.c) {
				t.Fatalf("reference: full sale reaches the target but does not cover debt")
			}
		}
		if gc, wc := delevErrClass(err), delevErrClass(wantErr); gc != wc {
			t.Fatalf("error %q (%v), expected %q", gc, err, wc)
		}
		if err != nil {
			return
		}

		checkDeleverageBounds(t, &c, &d, po, lltv, h1, q, g, dc, dd, true)
		h, err := HealthAfter(&c, &d, po, lltv, dc, dd)
		if err != nil || h.Lt(h1) {
			t.Fatalf("health after %v (err %v) below target %s", h, err, h1.Dec())
		}
		// The bisection fallback on the same inputs keeps the bounds.
		dc, dd, err = deleverageAmount(&c, &d, po, lltv, h1, q, g, int(mode>>2)%3)
		if err != nil {
			t.Fatalf("fallback: %v", err)
		}
		checkDeleverageBounds(t, &c, &d, po, lltv, h1, q, g, dc, dd, false)
		// The closed form in §6's own terms equals N/s.
		if po.Sign() > 0 {
			if cf := r.closedFormRat(); cf.Cmp(new(big.Rat).SetFrac(r.n, r.s)) != 0 {
				t.Fatalf("closed form %s ≠ N/s %s/%s", cf.RatString(), r.n, r.s)
			}
		}
	})
}

func delevErrClass(err error) string {
	switch {
	case errors.Is(err, ErrAlreadyAboveTarget):
		return "above"
	case errors.Is(err, ErrDeleverageInfeasible):
		return "infeasible"
	}
	return errClass(err)
}
