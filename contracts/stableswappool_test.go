package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
)

// ------------------------------------------------ stableswap reference math

// ssRef mirrors StableSwapPool's integer math (ng's formulas) in math/big.
type ssRef struct {
	amp    *big.Int // A * A_PRECISION
	fee    *big.Int
	offpeg *big.Int
	rates  [2]*big.Int
}

var (
	aPrecision = big.NewInt(100)
	feeDenom   = big.NewInt(1e10)
	adminShare = big.NewInt(5e9)
	two        = big.NewInt(2)
	four       = big.NewInt(4)
)

func quo(x, y *big.Int) *big.Int { return new(big.Int).Quo(x, y) }

func (r ssRef) xp(bals [2]*big.Int) [2]*big.Int {
	return [2]*big.Int{mulDivDown(bals[0], r.rates[0], wad), mulDivDown(bals[1], r.rates[1], wad)}
}

func (r ssRef) getD(xp [2]*big.Int) *big.Int {
	s := add(xp[0], xp[1])
	if s.Sign() == 0 {
		return new(big.Int)
	}
	ann := mul(r.amp, two)
	d := new(big.Int).Set(s)
	for range 255 {
		dp := quo(mul(d, d), xp[0])
		dp = quo(mul(dp, d), xp[1])
		dp = quo(dp, four)
		prev := d
		num := mul(add(quo(mul(ann, s), aPrecision), mul(dp, two)), d)
		den := add(quo(mul(sub(ann, aPrecision), d), aPrecision), mul(big.NewInt(3), dp))
		d = quo(num, den)
		if absBig(sub(d, prev)).Cmp(big.NewInt(1)) <= 0 {
			return d
		}
	}
	panic("D did not converge")
}

func (r ssRef) getY(x, d *big.Int) *big.Int {
	ann := mul(r.amp, two)
	c := quo(mul(d, d), mul(x, two))
	c = quo(mul(mul(c, d), aPrecision), mul(ann, two))
	b := add(x, quo(mul(d, aPrecision), ann))
	y := new(big.Int).Set(d)
	for range 255 {
		prev := y
		y = quo(add(mul(y, y), c), sub(add(mul(two, y), b), d))
		if absBig(sub(y, prev)).Cmp(big.NewInt(1)) <= 0 {
			return y
		}
	}
	panic("y did not converge")
}

func (r ssRef) dynamicFee(xi, xj, base *big.Int) *big.Int {
	if r.offpeg.Cmp(feeDenom) <= 0 {
		return base
	}
	sum := add(xi, xj)
	den := add(quo(mul(mul(mul(sub(r.offpeg, feeDenom), four), xi), xj), mul(sum, sum)), feeDenom)
	return quo(mul(r.offpeg, base), den)
}

// spotScaled is dx0/dx1 in rate-scaled units, 1e18.
func (r ssRef) spotScaled(xp [2]*big.Int, d *big.Int) *big.Int {
	ann := mul(r.amp, two)
	dr := quo(d, four)
	dr = quo(mul(dr, d), xp[0])
	dr = quo(mul(dr, d), xp[1])
	x0a := quo(mul(ann, xp[0]), aPrecision)
	return quo(mul(wad, add(x0a, quo(mul(dr, xp[0]), xp[1]))), add(x0a, dr))
}

func (r ssRef) toRaw(p *big.Int) *big.Int { return mulDivDown(p, r.rates[1], r.rates[0]) }

// spot is get_p(0): coin 1 in coin 0 including rates.
func (r ssRef) spot(bals [2]*big.Int) *big.Int {
	xp := r.xp(bals)
	return r.toRaw(r.spotScaled(xp, r.getD(xp)))
}

type ssQuote struct {
	dy, adminFee, lastPrice *big.Int
}

// quote is exchange(i, j, dx): output, admin fee in coin j, and the spot
// the oracle stores afterwards (new x, pre-fee y, old D, capped at 2).
func (r ssRef) quote(bals [2]*big.Int, i, j int, dx *big.Int) ssQuote {
	xp := r.xp(bals)
	d := r.getD(xp)
	x := add(xp[i], mulDivDown(dx, r.rates[i], wad))
	y := r.getY(x, d)
	dyScaled := sub(sub(xp[j], y), big.NewInt(1))
	feeScaled := quo(mul(dyScaled, r.dynamicFee(quo(add(xp[i], x), two), quo(add(xp[j], y), two), r.fee)), feeDenom)
	var q ssQuote
	q.dy = mulDivDown(sub(dyScaled, feeScaled), wad, r.rates[j])
	q.adminFee = mulDivDown(quo(mul(feeScaled, adminShare), feeDenom), wad, r.rates[j])
	xp[i], xp[j] = x, y
	p := r.spotScaled(xp, d)
	if p.Cmp(ew(2, 18)) > 0 {
		p = ew(2, 18)
	}
	q.lastPrice = r.toRaw(p)
	return q
}

// refExpNeg is e^(-x) for x >= 0 via a 512-bit Taylor series of e^x, inverted.
func refExpNeg(x *big.Float) *big.Float {
	sum, term := bigF(1), bigF(1)
	for n := int64(1); n < 400; n++ {
		term.Mul(term, x)
		term.Quo(term, bigF(n))
		sum.Add(sum, term)
		if term.Cmp(new(big.Float).SetPrec(refPrec).SetMantExp(bigF(1), -600)) < 0 {
			break
		}
	}
	return new(big.Float).SetPrec(refPrec).Quo(bigF(1), sum)
}

// refEMA is last + (ema - last) * exp(-dt / tau) in exact arithmetic, rounded down.
func refEMA(last, ema *big.Int, dt, tau uint64) *big.Int {
	alpha := refExpNeg(new(big.Float).SetPrec(refPrec).Quo(bigF(int64(dt)), bigF(int64(tau))))
	diff := new(big.Float).SetPrec(refPrec).SetInt(sub(ema, last))
	v := new(big.Float).SetPrec(refPrec).Add(new(big.Float).SetPrec(refPrec).SetInt(last), diff.Mul(diff, alpha))
	out, _ := v.Int(nil)
	return out
}

// ------------------------------------------------------------------ fixture

type ssFixture struct {
	*world
	a    *stableswappool.StableSwapPool
	pool *bind.BoundContract
	addr common.Address
	ref  ssRef
	tau  uint64
}

// newSSFixture deploys WETH/LRT with A = 100, fee 4 bps, off-peg multiplier
// 2, ma_exp_time 600 s and LRT rate 1.02, seeded balanced in value: 1020
// WETH and 1000 LRT.
func newSSFixture(t *testing.T) *ssFixture {
	t.Helper()
	w := newTokenWorld(t)
	f := &ssFixture{world: w, a: stableswappool.NewStableSwapPool(), tau: 600}
	f.ref = ssRef{amp: big.NewInt(100 * 100), fee: big.NewInt(4_000_000), offpeg: big.NewInt(2e10),
		rates: [2]*big.Int{wad, ew(102, 16)}}
	f.addr = w.deploy(w.owner, stableswappool.StableSwapPoolMetaData.Bin, f.a.PackConstructor(
		w.wethAddr, w.lrtAddr, big.NewInt(100), f.ref.fee, f.ref.offpeg, u64(f.tau), f.ref.rates[1]))
	f.pool = f.a.Instance(w.client, f.addr)

	w.fundTokens(w.owner, ew(20_000, 18), ew(20_000, 18), f.addr)
	w.fundTokens(w.supplier, ew(5_000, 18), ew(5_000, 18), f.addr)
	w.send(w.owner, f.pool, f.a.PackAddLiquidity([]*big.Int{ew(1_020, 18), ew(1_000, 18)}, big.NewInt(0)))
	return f
}

func (f *ssFixture) balances() [2]*big.Int {
	f.t.Helper()
	return [2]*big.Int{
		call(f.world, f.pool, f.a.PackBalances(big.NewInt(0)), f.a.UnpackBalances),
		call(f.world, f.pool, f.a.PackBalances(big.NewInt(1)), f.a.UnpackBalances),
	}
}

func (f *ssFixture) getDy(i, j int64, dx *big.Int) *big.Int {
	f.t.Helper()
	return call(f.world, f.pool, f.a.PackGetDy(big.NewInt(i), big.NewInt(j), dx), f.a.UnpackGetDy)
}

func (f *ssFixture) view(pack func(*big.Int) []byte) *big.Int {
	f.t.Helper()
	return call(f.world, f.pool, pack(big.NewInt(0)), f.a.UnpackGetP)
}

func (f *ssFixture) getP() *big.Int        { return f.view(f.a.PackGetP) }
func (f *ssFixture) lastPrice() *big.Int   { return f.view(f.a.PackLastPrice) }
func (f *ssFixture) emaPrice() *big.Int    { return f.view(f.a.PackEmaPrice) }
func (f *ssFixture) priceOracle() *big.Int { return f.view(f.a.PackPriceOracle) }

func (f *ssFixture) virtualPrice() *big.Int {
	f.t.Helper()
	return call(f.world, f.pool, f.a.PackGetVirtualPrice(), f.a.UnpackGetVirtualPrice)
}

// -------------------------------------------------------------------- tests

func TestStableSwapPoolQuotesAndExchange(t *testing.T) {
	t.Parallel()
	f := newSSFixture(t)
	w, a := f.world, f.a

	// Static reads.
	require.Equal(t, w.wethAddr, call(w, f.pool, a.PackCoins(big.NewInt(0)), a.UnpackCoins))
	require.Equal(t, w.lrtAddr, call(w, f.pool, a.PackCoins(big.NewInt(1)), a.UnpackCoins))
	requireBigEq(t, big.NewInt(100), call(w, f.pool, a.PackA(), a.UnpackA))
	requireBigEq(t, big.NewInt(10_000), call(w, f.pool, a.PackAPrecise(), a.UnpackAPrecise))
	requireBigEq(t, f.ref.fee, call(w, f.pool, a.PackFee(), a.UnpackFee))
	requireBigEq(t, u64(f.tau), call(w, f.pool, a.PackMaExpTime(), a.UnpackMaExpTime))
	requireBigEq(t, big.NewInt(2), call(w, f.pool, a.PackNCOINS(), a.UnpackNCOINS))
	rates := call(w, f.pool, a.PackStoredRates(), a.UnpackStoredRates)
	requireBigEq(t, wad, rates[0])
	requireBigEq(t, ew(102, 16), rates[1])

	// Balanced in value: the price is exactly the rate.
	bals := f.balances()
	requireBigEq(t, ew(1_020, 18), bals[0])
	requireBigEq(t, ew(1_000, 18), bals[1])
	requireBigEq(t, ew(102, 16), f.getP())
	requireBigEq(t, ew(102, 16), f.lastPrice())
	requireBigEq(t, ew(102, 16), f.priceOracle())
	// First deposit mints D.
	requireBigEq(t, ew(2_040, 18), call(w, f.pool, a.PackTotalSupply(), a.UnpackTotalSupply))
	requireBigEq(t, wad, f.virtualPrice())

	// get_dy equals the reference; selling more LRT gets a worse average price.
	var lastAvg *big.Int
	for _, units := range []int64{1, 10, 100, 500, 900} {
		dx := ew(units, 18)
		dy := f.getDy(1, 0, dx)
		requireBigEq(t, f.ref.quote(bals, 1, 0, dx).dy, dy, "get_dy(1, 0, %d)", units)
		avg := mulDivDown(dy, wad, dx)
		if lastAvg != nil {
			require.Equal(t, -1, avg.Cmp(lastAvg), "average price must fall at %d LRT", units)
		}
		lastAvg = avg
	}
	// A small trade pays the rate less the 4 bp fee.
	small := f.getDy(1, 0, ew(1, 15))
	require.InDelta(t, 1.02*(1-0.0004)*1e15, float64(small.Int64()), 1e15*1e-6)

	// exchange pays exactly get_dy and updates balances, admin fees and the oracle.
	dx := ew(200, 18)
	quoted := f.getDy(1, 0, dx)
	q := f.ref.quote(bals, 1, 0, dx)
	vpBefore := f.virtualPrice()
	data := a.PackExchange(big.NewInt(1), big.NewInt(0), dx, quoted)
	requireBigEq(t, quoted, callFrom(w, w.supplier, f.pool, data, a.UnpackExchange))
	wethBefore, lrtBefore := w.wethBalance(w.supplier.addr), w.lrtBalance(w.supplier.addr)
	r := w.send(w.supplier, f.pool, data)
	ev := findEvent(t, r, a.UnpackTokenExchangeEvent)
	require.Equal(t, w.supplier.addr, ev.Buyer)
	requireBigEq(t, big.NewInt(1), ev.SoldId)
	requireBigEq(t, dx, ev.TokensSold)
	requireBigEq(t, big.NewInt(0), ev.BoughtId)
	requireBigEq(t, quoted, ev.TokensBought)
	requireBigEq(t, add(wethBefore, quoted), w.wethBalance(w.supplier.addr))
	requireBigEq(t, sub(lrtBefore, dx), w.lrtBalance(w.supplier.addr))
	requireBigEq(t, q.adminFee, call(w, f.pool, a.PackAdminBalances(big.NewInt(0)), a.UnpackAdminBalances))
	after := f.balances()
	requireBigEq(t, sub(sub(bals[0], quoted), q.adminFee), after[0])
	requireBigEq(t, add(bals[1], dx), after[1])
	requireBigEq(t, q.lastPrice, f.lastPrice())
	// An excess of LRT prices it below its rate.
	p := f.getP()
	requireBigEq(t, f.ref.spot(after), p)
	require.Equal(t, -1, p.Cmp(ew(102, 16)))
	// Fees stay in the pool: D per LP unit grew.
	require.Equal(t, 1, f.virtualPrice().Cmp(vpBefore))

	// Slippage protection and argument checks.
	next := f.getDy(1, 0, dx)
	w.sendReverts(w.supplier, f.pool, a.PackExchange(big.NewInt(1), big.NewInt(0), dx, add(next, big.NewInt(1))), "dy below min_dy")
	w.sendReverts(w.supplier, f.pool, a.PackExchange(big.NewInt(1), big.NewInt(1), dx, big.NewInt(0)), "same coin")
	w.sendReverts(w.supplier, f.pool, a.PackExchange(big.NewInt(2), big.NewInt(0), dx, big.NewInt(0)), "bad coin index")

	// The other direction restores the peg side.
	bals = f.balances()
	dx = ew(150, 18)
	q = f.ref.quote(bals, 0, 1, dx)
	requireBigEq(t, q.dy, f.getDy(0, 1, dx))
	w.send(w.supplier, f.pool, a.PackExchange(big.NewInt(0), big.NewInt(1), dx, q.dy))
	requireBigEq(t, f.ref.spot(f.balances()), f.getP())
	requireBigEq(t, q.lastPrice, f.lastPrice())
}

func TestStableSwapPoolImbalanceAndRates(t *testing.T) {
	t.Parallel()
	f := newSSFixture(t)
	w, a := f.world, f.a

	// One-sided LRT deposits: each one moves the price further below the rate.
	prev := f.getP()
	for range 3 {
		r := w.send(w.owner, f.pool, a.PackAddLiquidity([]*big.Int{big.NewInt(0), ew(400, 18)}, big.NewInt(1)))
		ev := findEvent(t, r, a.UnpackAddLiquidityEvent)
		require.Positive(t, ev.Fees[1].Sign(), "an imbalanced deposit pays a fee")
		p := f.getP()
		requireBigEq(t, f.ref.spot(f.balances()), p)
		requireBigEq(t, p, f.lastPrice())
		require.Equal(t, -1, p.Cmp(prev))
		prev = p
	}
	// 1020 WETH against 2200 LRT worth 2244: well below 1.02, above zero.
	require.Equal(t, -1, prev.Cmp(ew(101, 16)))
	require.Equal(t, 1, prev.Cmp(ew(90, 16)))

	// setRate moves get_p at once; last_price waits for the next trade.
	last := f.lastPrice()
	r := w.send(w.owner, f.pool, a.PackSetRate(big.NewInt(1), ew(105, 16)))
	rs := findEvent(t, r, a.UnpackRateSetEvent)
	requireBigEq(t, ew(102, 16), rs.OldRate)
	requireBigEq(t, ew(105, 16), rs.NewRate)
	f.ref.rates[1] = ew(105, 16)
	requireBigEq(t, f.ref.spot(f.balances()), f.getP())
	requireBigEq(t, last, f.lastPrice())
	w.send(w.supplier, f.pool, a.PackExchange(big.NewInt(0), big.NewInt(1), ew(1, 18), big.NewInt(0)))
	requireBigEq(t, f.ref.spot(f.balances()), f.getP())
	w.sendReverts(w.supplier, f.pool, a.PackSetRate(big.NewInt(1), wad), "not owner")

	// Proportional withdrawal keeps the price.
	lp := call(w, f.pool, a.PackBalanceOf(w.owner.addr), a.UnpackBalanceOf)
	p := f.getP()
	w.send(w.owner, f.pool, a.PackRemoveLiquidity(quo(lp, big.NewInt(2)), []*big.Int{big.NewInt(0), big.NewInt(0)}))
	require.InDelta(t, 0, new(big.Int).Sub(f.getP(), p).Int64(), 1e3)
}

func TestStableSwapPoolOracleEMA(t *testing.T) {
	t.Parallel()
	f := newSSFixture(t)
	w, a := f.world, f.a

	// A sale of LRT sets last_price below the EMA, which starts at the rate.
	r := w.send(w.supplier, f.pool, a.PackExchange(big.NewInt(1), big.NewInt(0), ew(300, 18), big.NewInt(0)))
	t1 := w.blockTime(r)
	last, ema := f.lastPrice(), f.emaPrice()
	requireBigEq(t, ew(102, 16), ema)
	require.Equal(t, -1, last.Cmp(ema))
	if w.headTime() == t1 {
		requireBigEq(t, ema, f.priceOracle(), "no time has passed")
	}

	// Across time the oracle follows last + (ema - last) e^(-dt/tau).
	for _, d := range []time.Duration{30 * time.Second, 270 * time.Second, 600 * time.Second, 1200 * time.Second, 6 * time.Hour} {
		w.advance(d)
		dt := w.headTime() - t1
		want := refEMA(last, ema, dt, f.tau)
		got := f.priceOracle()
		require.LessOrEqual(t, absBig(sub(got, want)).Int64(), int64(2), "dt %d: got %s want %s", dt, got, want)
		// Monotone convergence from the rate toward last_price.
		require.GreaterOrEqual(t, got.Cmp(last), 0)
		require.Equal(t, -1, got.Cmp(ema))
	}
	// Converged after 6 h (36 time constants): within a wei of last_price.
	require.LessOrEqual(t, absBig(sub(f.priceOracle(), last)).Int64(), int64(1))

	// The next trade folds the old spot into the stored EMA at its own time.
	w.advance(5 * time.Minute)
	r = w.send(w.supplier, f.pool, a.PackExchange(big.NewInt(0), big.NewInt(1), ew(100, 18), big.NewInt(0)))
	t2 := w.blockTime(r)
	folded := f.emaPrice()
	require.LessOrEqual(t, absBig(sub(folded, refEMA(last, ema, t2-t1, f.tau))).Int64(), int64(2))
	newLast := f.lastPrice()
	require.Equal(t, 1, newLast.Cmp(last), "buying LRT raises its price")
	w.advance(10 * time.Minute)
	want := refEMA(newLast, folded, w.headTime()-t2, f.tau)
	require.LessOrEqual(t, absBig(sub(f.priceOracle(), want)).Int64(), int64(2))
	err := callErr(w, f.pool, a.PackPriceOracle(big.NewInt(1)), a.UnpackPriceOracle)
	require.ErrorContains(t, err, "bad index")
}

func TestStableSwapPoolInvariantNeverFalls(t *testing.T) {
	t.Parallel()
	f := newSSFixture(t)
	w, a := f.world, f.a

	d := f.ref.getD(f.ref.xp(f.balances()))
	vp := f.virtualPrice()
	trades := []struct {
		i, j  int64
		units int64
	}{{1, 0, 50}, {0, 1, 80}, {1, 0, 400}, {1, 0, 250}, {0, 1, 600}, {0, 1, 5}, {1, 0, 1}}
	for _, tr := range trades {
		bals := f.balances()
		dx := ew(tr.units, 18)
		q := f.ref.quote(bals, int(tr.i), int(tr.j), dx)
		requireBigEq(t, q.dy, f.getDy(tr.i, tr.j, dx))
		w.send(w.supplier, f.pool, a.PackExchange(big.NewInt(tr.i), big.NewInt(tr.j), dx, q.dy))
		nd := f.ref.getD(f.ref.xp(f.balances()))
		require.Equal(t, 1, nd.Cmp(d), "D must grow with fees (%d->%d, %d)", tr.i, tr.j, tr.units)
		nvp := f.virtualPrice()
		require.GreaterOrEqual(t, nvp.Cmp(vp), 0)
		d, vp = nd, nvp
	}
}
