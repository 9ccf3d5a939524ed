package morpho

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
)

// Fuzz inputs: market fields are uint128 on-chain, so most values are built
// from two uint64 words (hi, lo); prices additionally shift left by up to
// 128 bits to reach the whole uint256 range.

func w128(hi, lo uint64) uint256.Int {
	return uint256.Int{lo, hi, 0, 0}
}

func wPrice(hi, lo uint64, sh uint8) *uint256.Int {
	z := w128(hi, lo)
	return z.Lsh(&z, uint(sh%129))
}

func b256(b []byte) *uint256.Int {
	if len(b) > 32 {
		b = b[:32]
	}
	return new(uint256.Int).SetBytes(b)
}

// errClass names the kind of revert an error stands for.
func errClass(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, ErrUint128Overflow):
		return "uint128"
	case errors.Is(err, ErrOverflow):
		return "overflow"
	case errors.Is(err, ErrDivByZero):
		return "divzero"
	case errors.Is(err, ErrNoEquity):
		return "noequity"
	default:
		return "unexpected: " + err.Error()
	}
}

// sameResult fails t unless got and want agree in value or in error kind.
func sameResult(t *testing.T, what string, got *uint256.Int, gotErr error, want *big.Int, wantErr error) {
	t.Helper()
	if gc, wc := errClass(gotErr), errClass(wantErr); gc != wc {
		t.Fatalf("%s: error %q, reference %q", what, gc, wc)
	}
	if gotErr != nil {
		return
	}
	if got.ToBig().Cmp(want) != 0 {
		t.Fatalf("%s: got %s, reference %s", what, got.Dec(), want)
	}
}

const (
	e18 = 1_000_000_000_000_000_000
	e6  = 1_000_000
)

func FuzzMulDiv(f *testing.F) {
	f.Add([]byte{7}, []byte{3}, []byte{2})
	f.Add([]byte{0x0d, 0xe0, 0xb6, 0xb3, 0xa7, 0x64, 0x00, 0x00}, []byte{0x0d, 0xe0, 0xb6, 0xb3, 0xa7, 0x64, 0x00, 0x00}, []byte{})
	f.Add(make([]byte, 17), []byte{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, []byte{3})
	f.Add(bytesOf(0xff, 32), []byte{1}, []byte{2})
	f.Add(bytesOf(0xff, 16), bytesOf(0xff, 16), bytesOf(0x11, 9))
	f.Fuzz(func(t *testing.T, xb, yb, db []byte) {
		x, y, d := b256(xb), b256(yb), b256(db)
		bx, by, bd := x.ToBig(), y.ToBig(), d.ToBig()

		got, err := MulDivDown(x, y, d)
		want, wantErr := refMulDivDown(bx, by, bd)
		sameResult(t, "mulDivDown", got, err, want, wantErr)

		got, err = MulDivUp(x, y, d)
		want, wantErr = refMulDivUp(bx, by, bd)
		sameResult(t, "mulDivUp", got, err, want, wantErr)

		got, err = WMulDown(x, y)
		want, wantErr = refMulDivDown(bx, by, bWad)
		sameResult(t, "wMulDown", got, err, want, wantErr)

		got, err = WDivDown(x, y)
		want, wantErr = refMulDivDown(bx, bWad, by)
		sameResult(t, "wDivDown", got, err, want, wantErr)

		got, err = WDivUp(x, y)
		want, wantErr = refMulDivUp(bx, bWad, by)
		sameResult(t, "wDivUp", got, err, want, wantErr)

		want = new(big.Int).Sub(bx, by)
		if want.Sign() < 0 {
			want.SetInt64(0)
		}
		sameResult(t, "zeroFloorSub", ZeroFloorSub(x, y), nil, want, nil)
	})
}

func bytesOf(b byte, n int) []byte {
	s := make([]byte, n)
	for i := range s {
		s[i] = b
	}
	return s
}

func FuzzShares(f *testing.F) {
	// amount (hi, lo, shift), totalAssets (hi, lo), totalShares (hi, lo)
	f.Add(uint64(0), uint64(e18), uint8(0), uint64(0), uint64(0), uint64(0), uint64(0))
	f.Add(uint64(0), uint64(1), uint8(0), uint64(0), uint64(1000), uint64(0), uint64(999_000_000))
	f.Add(uint64(0), uint64(999_001), uint8(0), uint64(0), uint64(1000), uint64(0), uint64(999_000_000))
	f.Add(uint64(54), uint64(e18), uint8(0), uint64(54), uint64(123), uint64(54_210_108), uint64(7))
	f.Add(uint64(1<<63), uint64(0), uint8(128), uint64(1<<63), uint64(0), uint64(1<<63), uint64(0))
	f.Fuzz(func(t *testing.T, aHi, aLo uint64, aSh uint8, taHi, taLo, tsHi, tsLo uint64) {
		amount := wPrice(aHi, aLo, aSh)
		ta, ts := w128(taHi, taLo), w128(tsHi, tsLo)
		ba, bta, bts := amount.ToBig(), ta.ToBig(), ts.ToBig()

		down, err := ToSharesDown(amount, &ta, &ts)
		want, wantErr := refToSharesDown(ba, bta, bts)
		sameResult(t, "toSharesDown", down, err, want, wantErr)
		up, err := ToSharesUp(amount, &ta, &ts)
		want, wantErr = refToSharesUp(ba, bta, bts)
		sameResult(t, "toSharesUp", up, err, want, wantErr)
		if down != nil && up != nil {
			if up.Lt(down) || new(uint256.Int).Sub(up, down).GtUint64(1) {
				t.Fatalf("toShares: up %s not within 1 of down %s", up.Dec(), down.Dec())
			}
		}

		down, err = ToAssetsDown(amount, &ta, &ts)
		want, wantErr = refToAssetsDown(ba, bta, bts)
		sameResult(t, "toAssetsDown", down, err, want, wantErr)
		up, err = ToAssetsUp(amount, &ta, &ts)
		want, wantErr = refToAssetsUp(ba, bta, bts)
		sameResult(t, "toAssetsUp", up, err, want, wantErr)
	})
}

func FuzzAccrueInterest(f *testing.F) {
	// tsa, tss, tba, tbs as (hi, lo); lastUpdate; elapsed; fee; rate
	m := accrualMarket()
	add := func(tsa, tss, tba, tbs uint256.Int, last uint64, elapsed uint32, fee, rate uint64) {
		f.Add(tsa[1], tsa[0], tss[1], tss[0], tba[1], tba[0], tbs[1], tbs[0], last, elapsed, fee, rate)
	}
	add(m.TotalSupplyAssets, m.TotalSupplyShares, m.TotalBorrowAssets, m.TotalBorrowShares, t0, 1, 0.1e18, 1585489599)
	add(m.TotalSupplyAssets, m.TotalSupplyShares, m.TotalBorrowAssets, m.TotalBorrowShares, t0, 86400, 0.25e18, 1585489599)
	add(m.TotalSupplyAssets, m.TotalSupplyShares, m.TotalBorrowAssets, m.TotalBorrowShares, t0, 31536000, 0, 31709791983)
	add(m.TotalSupplyAssets, m.TotalSupplyShares, m.TotalBorrowAssets, m.TotalBorrowShares, t0, 0, 0.1e18, 1585489599)
	add(*maxUint128, *maxUint128, *maxUint128, *maxUint128, 1<<64-10, 20, 0.25e18, 1e12)
	add(w128(0, 1), w128(0, 1e6), w128(0, 1), w128(0, 1e6), 0, 1<<32-1, 1e18, 1e9)
	f.Fuzz(func(t *testing.T, tsaHi, tsaLo, tssHi, tssLo, tbaHi, tbaLo, tbsHi, tbsLo, last uint64, elapsed uint32, fee, rate uint64) {
		m := Market{
			TotalSupplyAssets: w128(tsaHi, tsaLo),
			TotalSupplyShares: w128(tssHi, tssLo),
			TotalBorrowAssets: w128(tbaHi, tbaLo),
			TotalBorrowShares: w128(tbsHi, tbsLo),
			LastUpdate:        *uint256.NewInt(last),
			Fee:               *uint256.NewInt(fee),
		}
		ts := last + uint64(elapsed) // may wrap below last: the underflow path
		r := uint256.NewInt(rate)

		got, err := AccrueInterest(m, r, ts)
		want, wantErr := refAccrue(toRef(m), r.ToBig(), ts)
		if gc, wc := errClass(err), errClass(wantErr); gc != wc {
			t.Fatalf("accrue: error %q, reference %q", gc, wc)
		}
		if err != nil {
			return
		}
		check := func(name string, g *uint256.Int, w *big.Int) {
			if g.ToBig().Cmp(w) != 0 {
				t.Fatalf("accrue %s: got %s, reference %s", name, g.Dec(), w)
			}
		}
		check("totalSupplyAssets", &got.TotalSupplyAssets, want.tsa)
		check("totalSupplyShares", &got.TotalSupplyShares, want.tss)
		check("totalBorrowAssets", &got.TotalBorrowAssets, want.tba)
		check("totalBorrowShares", &got.TotalBorrowShares, want.tbs)
		check("lastUpdate", &got.LastUpdate, want.last)
		check("fee", &got.Fee, want.fee)
		// Interest lands on both sides equally.
		var dBorrow, dSupply uint256.Int
		dBorrow.Sub(&got.TotalBorrowAssets, &m.TotalBorrowAssets)
		dSupply.Sub(&got.TotalSupplyAssets, &m.TotalSupplyAssets)
		if !dBorrow.Eq(&dSupply) {
			t.Fatalf("interest differs: borrow +%s, supply +%s", dBorrow.Dec(), dSupply.Dec())
		}
	})
}

// refLeverage is ⌈V·1e18/(V − D)⌉ with V = ⌊C·P/1e36⌋, D = toAssetsUp.
func refLeverage(shares, collateral *big.Int, m refMarket, price *big.Int) (*big.Int, error) {
	value, err := refMulDivDown(collateral, price, bScale)
	if err != nil {
		return nil, err
	}
	debt, err := refToAssetsUp(shares, m.tba, m.tbs)
	if err != nil {
		return nil, err
	}
	if value.Cmp(debt) <= 0 {
		return nil, ErrNoEquity
	}
	return refCeilDiv(new(big.Int).Mul(value, bWad), new(big.Int).Sub(value, debt)), nil
}

func addPositionSeeds(f *testing.F, withPrice bool) {
	type seed struct {
		bs, coll, tba, tbs uint256.Int
		price              *uint256.Int
		lltv               uint64
	}
	seeds := []seed{
		// boundary and one-wei-over cases of TestPositionHealth
		{w128(0, 800e6), w128(0, 1000), w128(0, 800), w128(0, 800e6), price1to1, 0.8e18},
		{w128(0, 801e6), w128(0, 1000), w128(0, 801), w128(0, 801e6), price1to1, 0.8e18},
		// looped LRT
		{v("110000000000000000000000000"), v("100000000000000000000"), v("5000000000000000000000"), v("4900000000000000000000000000"), u("1200000000000000000000000000000000000"), 0.945e18},
		// rounding liquidation-price case
		{w128(0, 2e6), w128(0, 3), w128(0, 2), w128(0, 2e6), u("1333333333333333333333333333333333333"), 0.5e18},
		// WETH/USDC-like: 10 WETH, 20000 USDC debt, price 3e27, LLTV 0.86
		{v("20000000000000000"), v("10000000000000000000"), v("50000000000000"), v("49000000000000000000"), u("3000000000000000000000000000"), 0.86e18},
		// no debt, no collateral, zero price
		{w128(0, 0), w128(0, 1000), w128(0, 1000), w128(0, 1e9), price1to1, 0.8e18},
		{w128(0, 1), w128(0, 0), w128(0, 1000), w128(0, 1e9), new(uint256.Int), 0.8e18},
		{*maxUint128, *maxUint128, *maxUint128, *maxUint128, u("1000000000000000000000000000000000000000"), 0.965e18},
	}
	for _, s := range seeds {
		price := s.price
		if withPrice {
			// encode the price as (hi, lo) << sh with the smallest shift
			sh := uint8(0)
			if price.BitLen() > 128 {
				sh = uint8(price.BitLen() - 128)
			}
			p := new(uint256.Int).Rsh(price, uint(sh))
			f.Add(s.bs[1], s.bs[0], s.coll[1], s.coll[0], s.tba[1], s.tba[0], s.tbs[1], s.tbs[0], p[1], p[0], sh, s.lltv)
		} else {
			f.Add(s.bs[1], s.bs[0], s.coll[1], s.coll[0], s.tba[1], s.tba[0], s.tbs[1], s.tbs[0], s.lltv)
		}
	}
}

func FuzzPositionHealth(f *testing.F) {
	addPositionSeeds(f, true)
	f.Fuzz(func(t *testing.T, bsHi, bsLo, cHi, cLo, tbaHi, tbaLo, tbsHi, tbsLo, pHi, pLo uint64, pSh uint8, lltv uint64) {
		p := Position{BorrowShares: w128(bsHi, bsLo), Collateral: w128(cHi, cLo)}
		m := Market{TotalBorrowAssets: w128(tbaHi, tbaLo), TotalBorrowShares: w128(tbsHi, tbsLo)}
		price, l := wPrice(pHi, pLo, pSh), uint256.NewInt(lltv)
		rm := toRef(m)
		bs, coll := p.BorrowShares.ToBig(), p.Collateral.ToBig()

		h, err := PositionHealth(p, m, price, l)
		want, wantErr := refHealth(bs, coll, rm, price.ToBig(), l.ToBig())
		if gc, wc := errClass(err), errClass(wantErr); gc != wc {
			t.Fatalf("health: error %q, reference %q", gc, wc)
		}
		if err != nil {
			return
		}
		if h.Borrowed.ToBig().Cmp(want.borrowed) != 0 || h.MaxBorrow.ToBig().Cmp(want.maxBorrow) != 0 {
			t.Fatalf("health: borrowed %s maxBorrow %s, reference %s %s", h.Borrowed.Dec(), h.MaxBorrow.Dec(), want.borrowed, want.maxBorrow)
		}
		if h.Liquidatable != want.liquidatable {
			t.Fatalf("health: liquidatable %v, reference %v", h.Liquidatable, want.liquidatable)
		}
		if h.HasDebt != (bs.Sign() != 0) || h.HasDebt != !h.Borrowed.IsZero() {
			t.Fatalf("health: hasDebt %v with shares %s, borrowed %s", h.HasDebt, bs, h.Borrowed.Dec())
		}
		wantRatio := new(big.Int).Set(bMax256)
		if h.HasDebt {
			wantRatio.Mul(want.maxBorrow, bWad).Quo(wantRatio, want.borrowed)
		}
		if h.Ratio.ToBig().Cmp(wantRatio) != 0 {
			t.Fatalf("health: ratio %s, reference %s", h.Ratio.Dec(), wantRatio)
		}
		if h.Liquidatable != h.Ratio.Lt(uint256.NewInt(WAD)) {
			t.Fatalf("health: liquidatable %v but ratio %s", h.Liquidatable, h.Ratio.Dec())
		}

		// Depeg buffer: ⌊(M − B)·1e18/M⌋, WAD without debt, 0 if M ≤ B.
		wantBuf := new(big.Int).Set(bWad)
		if h.HasDebt {
			wantBuf.SetInt64(0)
			if want.maxBorrow.Cmp(want.borrowed) > 0 {
				wantBuf.Sub(want.maxBorrow, want.borrowed).Mul(wantBuf, bWad).Quo(wantBuf, want.maxBorrow)
			}
		}
		sameResult(t, "depegBuffer", DepegBuffer(h), nil, wantBuf, nil)

		lev, err := Leverage(p, m, price)
		wantLev, wantErr := refLeverage(bs, coll, rm, price.ToBig())
		sameResult(t, "leverage", lev, err, wantLev, wantErr)
	})
}

func FuzzLiquidationPrice(f *testing.F) {
	addPositionSeeds(f, false)
	f.Fuzz(func(t *testing.T, bsHi, bsLo, cHi, cLo, tbaHi, tbaLo, tbsHi, tbsLo, lltv uint64) {
		p := Position{BorrowShares: w128(bsHi, bsLo), Collateral: w128(cHi, cLo)}
		m := Market{TotalBorrowAssets: w128(tbaHi, tbaLo), TotalBorrowShares: w128(tbsHi, tbsLo)}
		l := uint256.NewInt(lltv)
		rm := toRef(m)
		bs, coll, bl := p.BorrowShares.ToBig(), p.Collateral.ToBig(), l.ToBig()

		price, ok, err := LiquidationPrice(p, m, l)
		if _, berr := refToAssetsUp(bs, rm.tba, rm.tbs); berr != nil {
			if errClass(err) != errClass(berr) {
				t.Fatalf("liquidation price: error %v, borrowed reverts with %v", err, berr)
			}
			return
		}
		want, wantOK := refLiquidationPrice(bs, coll, rm, bl)
		if err != nil {
			// Only allowed when the on-chain check reverts just above the
			// last liquidatable price, so no exact answer exists.
			if !errors.Is(err, ErrOverflow) || !wantOK {
				t.Fatalf("liquidation price: unexpected error %v (reference ok %v)", err, wantOK)
			}
			next := new(big.Int).Add(want, bi(1))
			if _, herr := refHealth(bs, coll, rm, next, bl); next.Cmp(bMax256) <= 0 && herr == nil {
				t.Fatalf("liquidation price: error %v, but the check evaluates at reference P+1 = %s", err, next)
			}
			return
		}
		if ok != wantOK {
			t.Fatalf("liquidation price: ok %v, reference %v", ok, wantOK)
		}
		if !ok {
			if bs.Sign() != 0 {
				t.Fatalf("liquidation price: not ok with debt")
			}
			return
		}
		if price.ToBig().Cmp(want) != 0 {
			t.Fatalf("liquidation price: got %s, reference %s", price.Dec(), want)
		}
		h, err := PositionHealth(p, m, price, l)
		if err != nil || !h.Liquidatable {
			t.Fatalf("liquidation price %s: health %+v, err %v; want liquidatable", price.Dec(), h, err)
		}
		if price.Eq(maxUint256) {
			return
		}
		h, err = PositionHealth(p, m, new(uint256.Int).AddUint64(price, 1), l)
		if err == nil && h.Liquidatable {
			t.Fatalf("liquidation price %s: still liquidatable one wei above", price.Dec())
		}
	})
}

// refExactSeizeBound is ⌊⌊⌊Bs·(TBA+1)/(TBS+1e6)⌋·LIF/1e18⌋·1e36/P⌋ in exact arithmetic.
func refExactSeizeBound(bs, price, lif *big.Int, m refMarket) *big.Int {
	x := new(big.Int).Mul(bs, new(big.Int).Add(m.tba, bVAssets))
	x.Quo(x, new(big.Int).Add(m.tbs, bVShares))
	x.Mul(x, lif).Quo(x, bWad)
	return x.Mul(x, bScale).Quo(x, price)
}

func FuzzLiquidationSizing(f *testing.F) {
	// amount (hi, lo), borrowShares, collateral, tba, tbs as (hi, lo);
	// price (hi, lo, shift); lltv
	type seed struct {
		amount, bs, coll, tba, tbs uint256.Int
		price                      *uint256.Int
		lltv                       uint64
	}
	seeds := []seed{
		{w128(0, 100), w128(0, 100e6), w128(0, 1000), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18},
		{w128(0, 182e6), w128(0, 100e6), w128(0, 30), w128(0, 1000), w128(0, 1000e6), price2, 0.86e18},
		{w128(0, 1e6), w128(0, 1e6), w128(0, 5e6), w128(0, 1000), w128(0, 1000e6), u("1000000000000000000000000000000"), 0.945e18},
		{w128(0, 7), w128(0, 100e6), w128(0, 1000), w128(0, 1000), w128(0, 1000e6), new(uint256.Int), 0.915e18},
		{v("5000000000000000000"), v("110000000000000000000000000"), v("100000000000000000000"), v("5000000000000000000000"), v("4900000000000000000000000000"), u("1200000000000000000000000000000000000"), 0.945e18},
		{v("20000000000000000"), v("20000000000000000"), v("10000000000000000000"), v("50000000000000"), v("49000000000000000000"), u("3000000000000000000000000000"), 0.965e18},
		{*maxUint128, *maxUint128, *maxUint128, *maxUint128, w128(0, 1), u("1000000000000000000000000000000000000000"), 0},
	}
	for _, s := range seeds {
		sh := uint8(0)
		if s.price.BitLen() > 128 {
			sh = uint8(s.price.BitLen() - 128)
		}
		p := new(uint256.Int).Rsh(s.price, uint(sh))
		f.Add(s.amount[1], s.amount[0], s.bs[1], s.bs[0], s.coll[1], s.coll[0], s.tba[1], s.tba[0], s.tbs[1], s.tbs[0], p[1], p[0], sh, s.lltv)
	}
	f.Fuzz(func(t *testing.T, aHi, aLo, bsHi, bsLo, cHi, cLo, tbaHi, tbaLo, tbsHi, tbsLo, pHi, pLo uint64, pSh uint8, lltvRaw uint64) {
		amount := w128(aHi, aLo)
		p := Position{BorrowShares: w128(bsHi, bsLo), Collateral: w128(cHi, cLo)}
		m := Market{TotalBorrowAssets: w128(tbaHi, tbaLo), TotalBorrowShares: w128(tbsHi, tbsLo)}
		price := wPrice(pHi, pLo, pSh)
		rm := toRef(m)
		ba, bp := amount.ToBig(), price.ToBig()

		// LIF over the raw input (reverts above WAD), then a valid LLTV.
		gotLIF, err := LIF(uint256.NewInt(lltvRaw))
		wantLIF, wantErr := refLIF(new(big.Int).SetUint64(lltvRaw))
		sameResult(t, "LIF", gotLIF, err, wantLIF, wantErr)
		lltv := uint256.NewInt(lltvRaw % (e18 + 1))
		lif, err := LIF(lltv)
		if err != nil {
			t.Fatalf("LIF(%s): %v", lltv.Dec(), err)
		}
		bl := lif.ToBig()

		got, err := RepaidSharesForSeized(&amount, price, lif, m)
		want, wantErr := refRepaidSharesForSeized(ba, bp, bl, rm)
		sameResult(t, "repaidSharesForSeized", got, err, want, wantErr)

		got, err = SeizedForRepaidShares(&amount, price, lif, m)
		want, wantErr = refSeizedForRepaidShares(ba, bp, bl, rm)
		sameResult(t, "seizedForRepaidShares", got, err, want, wantErr)

		got, err = RepaidAssets(&amount, m)
		want, wantErr = refToAssetsUp(ba, rm.tba, rm.tbs)
		sameResult(t, "repaidAssets", got, err, want, wantErr)

		// MaxSeizable against bisection and the liquidate() constraints.
		bs, coll := p.BorrowShares.ToBig(), p.Collateral.ToBig()
		seized, shares, assets, err := MaxSeizable(p, m, price, lltv)
		wantSeized, wantOK := refMaxSeizable(coll, bs, bp, bl, rm)
		if err != nil {
			if !errors.Is(err, ErrOverflow) {
				t.Fatalf("maxSeizable: unexpected error %v", err)
			}
			// liquidate() must revert at the exact bound.
			bound := new(big.Int).Set(coll)
			if bp.Sign() != 0 {
				if b := refExactSeizeBound(bs, bp, bl, rm); b.Cmp(bound) < 0 {
					bound = b
				}
			}
			if _, rerr := refRepaidSharesForSeized(bound, bp, bl, rm); rerr == nil {
				t.Fatalf("maxSeizable: error %v but liquidate(%s) does not revert", err, bound)
			}
			return
		}
		if !wantOK {
			t.Fatalf("maxSeizable: got %s, but reference finds no valid seizure", seized.Dec())
		}
		bSeized := seized.ToBig()
		if bSeized.Cmp(wantSeized) != 0 {
			t.Fatalf("maxSeizable: got %s, reference %s", seized.Dec(), wantSeized)
		}
		if bSeized.Cmp(coll) > 0 {
			t.Fatalf("maxSeizable: %s exceeds collateral %s", bSeized, coll)
		}
		r, rerr := refRepaidSharesForSeized(bSeized, bp, bl, rm)
		if rerr != nil || r.Cmp(bs) > 0 || shares.ToBig().Cmp(r) != 0 {
			t.Fatalf("maxSeizable: repaid shares %s, reference %v (err %v), borrow shares %s", shares.Dec(), r, rerr, bs)
		}
		ra, aerr := refToAssetsUp(r, rm.tba, rm.tbs)
		if aerr != nil || assets.ToBig().Cmp(ra) != 0 {
			t.Fatalf("maxSeizable: repaid assets %s, reference %v (err %v)", assets.Dec(), ra, aerr)
		}
		if bSeized.Cmp(coll) < 0 {
			next := new(big.Int).Add(bSeized, bi(1))
			if rn, nerr := refRepaidSharesForSeized(next, bp, bl, rm); nerr == nil && rn.Cmp(bs) <= 0 {
				t.Fatalf("maxSeizable: %s is not maximal, %s repays %s ≤ %s shares", bSeized, next, rn, bs)
			}
		}
	})
}

func FuzzScalePriceWad(f *testing.F) {
	f.Add([]byte{0x10, 0xa7, 0x41, 0xa4, 0x62, 0x78, 0x00, 0x00}, uint8(18), uint8(18))
	f.Add([]byte{0xa2, 0xa1, 0x5d, 0x09, 0x51, 0x9b, 0xe0, 0x00, 0x00}, uint8(18), uint8(6))
	f.Add([]byte{0x0c, 0xb4, 0x9b, 0x44, 0xba, 0x60, 0x2d, 0x80, 0x00, 0x00}, uint8(8), uint8(6))
	f.Add([]byte{0x01}, uint8(40), uint8(0))
	f.Add([]byte{0x01}, uint8(0), uint8(59))
	f.Add(bytesOf(0xff, 32), uint8(255), uint8(0))
	f.Fuzz(func(t *testing.T, pb []byte, collDec, loanDec uint8) {
		pw := b256(pb)
		got, err := ScalePriceWad(pw, collDec, loanDec)
		want, wantErr := refScalePriceWad(pw.ToBig(), collDec, loanDec)
		sameResult(t, "scalePriceWad", got, err, want, wantErr)
	})
}
