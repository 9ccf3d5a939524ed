package contracts_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
)

// ------------------------------------------------------- big-math reference

const (
	minTick = -887272
	maxTick = 887272
)

var (
	q96 = new(big.Int).Lsh(big.NewInt(1), 96)
	// The public Uniswap v3 bounds: sqrt ratios at MIN_TICK and MAX_TICK.
	minSqrtRatio, _ = new(big.Int).SetString("4295128739", 10)
	maxSqrtRatio, _ = new(big.Int).SetString("1461446703485210103287273052203988822378723970342", 10)
	two256          = new(big.Int).Lsh(big.NewInt(1), 256)
)

const refPrec = 512

func bigF(x int64) *big.Float { return new(big.Float).SetPrec(refPrec).SetInt64(x) }

// refSqrtRatio is floor(sqrt(1.0001^tick) * 2^96) computed with 512-bit floats.
func refSqrtRatio(tick int64) *big.Int {
	base := new(big.Float).SetPrec(refPrec).Quo(bigF(10001), bigF(10000))
	if tick < 0 {
		base.Quo(bigF(10000), bigF(10001))
		tick = -tick
	}
	acc := bigF(1)
	for n := tick; n > 0; n >>= 1 {
		if n&1 == 1 {
			acc.Mul(acc, base)
		}
		base.Mul(base, base)
	}
	acc.Sqrt(acc)
	acc.SetMantExp(acc, 96)
	out, _ := acc.Int(nil)
	return out
}

// refTickAt is the largest tick whose reference sqrt ratio is <= x.
func refTickAt(x *big.Int) int64 {
	lo, hi := int64(minTick), int64(maxTick)
	for lo < hi {
		mid := lo + (hi-lo+1)/2
		if refSqrtRatio(mid).Cmp(x) <= 0 {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// refSqrtPrice is floor(sqrt(num/den) * 2^96).
func refSqrtPrice(num, den *big.Int) *big.Int {
	return new(big.Int).Sqrt(new(big.Int).Quo(new(big.Int).Lsh(num, 192), den))
}

func divUpBig(a, d *big.Int) *big.Int {
	return new(big.Int).Quo(add(a, sub(d, big.NewInt(1))), d)
}

// The constant-liquidity swap math with v3 rounding, in math/big.

func refAmount0(a, b, liq *big.Int, up bool) *big.Int {
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	scaled := new(big.Int).Lsh(liq, 96)
	if up {
		return divUpBig(mulDivUp(scaled, sub(b, a), b), a)
	}
	return new(big.Int).Quo(mulDivDown(scaled, sub(b, a), b), a)
}

func refAmount1(a, b, liq *big.Int, up bool) *big.Int {
	if a.Cmp(b) > 0 {
		a, b = b, a
	}
	if up {
		return mulDivUp(liq, sub(b, a), q96)
	}
	return mulDivDown(liq, sub(b, a), q96)
}

func refPriceAfter0In(p, liq, amount *big.Int) *big.Int {
	if amount.Sign() == 0 {
		return p
	}
	scaled := new(big.Int).Lsh(liq, 96)
	product := mul(amount, p)
	if product.Cmp(two256) < 0 && add(scaled, product).Cmp(two256) < 0 {
		return mulDivUp(scaled, p, add(scaled, product))
	}
	return divUpBig(scaled, add(new(big.Int).Quo(scaled, p), amount))
}

func refPriceAfter1In(p, liq, amount *big.Int) *big.Int {
	return add(p, mulDivDown(amount, q96, liq))
}

type refStep struct{ next, amountIn, fee, amountOut *big.Int }

func refExactInput(p, limit, liq, amount *big.Int, fee int64, zeroForOne bool) refStep {
	units := big.NewInt(1_000_000)
	lessFee := mulDivDown(amount, big.NewInt(1_000_000-fee), units)
	var s refStep
	if zeroForOne {
		s.amountIn = refAmount0(limit, p, liq, true)
	} else {
		s.amountIn = refAmount1(p, limit, liq, true)
	}
	switch {
	case lessFee.Cmp(s.amountIn) >= 0:
		s.next = limit
	case zeroForOne:
		s.next = refPriceAfter0In(p, liq, lessFee)
	default:
		s.next = refPriceAfter1In(p, liq, lessFee)
	}
	reached := s.next.Cmp(limit) == 0
	if zeroForOne {
		if !reached {
			s.amountIn = refAmount0(s.next, p, liq, true)
		}
		s.amountOut = refAmount1(s.next, p, liq, false)
	} else {
		if !reached {
			s.amountIn = refAmount1(p, s.next, liq, true)
		}
		s.amountOut = refAmount0(p, s.next, liq, false)
	}
	if reached {
		s.fee = mulDivUp(s.amountIn, big.NewInt(fee), big.NewInt(1_000_000-fee))
	} else {
		s.fee = sub(amount, s.amountIn)
	}
	return s
}

// -------------------------------------------------------- tick math harness

// tickHarness is a UniV3Pool on its own chain, used only for its pure tick
// helpers; it takes a testing.TB so the fuzz target can build it once.
type tickHarness struct {
	tb      testing.TB
	backend *simulated.Backend
	pool    *bind.BoundContract
	abi     *univ3pool.UniV3Pool
}

func newTickHarness(tb testing.TB) *tickHarness {
	tb.Helper()
	key, err := crypto.GenerateKey()
	require.NoError(tb, err)
	from := crypto.PubkeyToAddress(key.PublicKey)
	backend := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), wad)}})
	tb.Cleanup(func() { _ = backend.Close() })
	backend.Commit()
	client := backend.Client()
	chainID, err := client.ChainID(tb.Context())
	require.NoError(tb, err)

	a := univ3pool.NewUniV3Pool()
	addr := deployWith(tb, backend, key, chainID, univ3pool.UniV3PoolMetaData.Bin,
		a.PackConstructor(common.HexToAddress("0x01"), common.HexToAddress("0x02"), big.NewInt(500), q96, big.NewInt(1)))
	return &tickHarness{tb: tb, backend: backend, pool: a.Instance(client, addr), abi: a}
}

func deployWith(tb testing.TB, backend *simulated.Backend, key *ecdsa.PrivateKey, chainID *big.Int, bin string, ctor []byte) common.Address {
	tb.Helper()
	o := bind.NewKeyedTransactor(key, chainID)
	o.Context = tb.Context()
	addr, tx, err := bind.DeployContract(o, common.FromHex(bin), backend.Client(), ctor)
	require.NoError(tb, err)
	backend.Commit()
	r, err := bind.WaitMined(tb.Context(), backend.Client(), tx.Hash())
	require.NoError(tb, err)
	require.Equal(tb, types.ReceiptStatusSuccessful, r.Status)
	return addr
}

func (h *tickHarness) sqrtAt(tick int64) *big.Int {
	h.tb.Helper()
	v, err := bind.Call(h.pool, &bind.CallOpts{Context: h.tb.Context()}, h.abi.PackSqrtRatioAtTick(big.NewInt(tick)), h.abi.UnpackSqrtRatioAtTick)
	require.NoError(h.tb, err, "sqrtRatioAtTick(%d)", tick)
	return v
}

func (h *tickHarness) tickAt(x *big.Int) int64 {
	h.tb.Helper()
	v, err := bind.Call(h.pool, &bind.CallOpts{Context: h.tb.Context()}, h.abi.PackTickAtSqrtRatio(x), h.abi.UnpackTickAtSqrtRatio)
	require.NoError(h.tb, err, "tickAtSqrtRatio(%s)", x)
	return v.Int64()
}

// checkTick verifies one tick against the reference and the floor semantics.
func (h *tickHarness) checkTick(tick int64) {
	h.tb.Helper()
	got := h.sqrtAt(tick)
	ref := refSqrtRatio(tick)
	// The Q128 product carries ~20 ulps of error; inverting it for positive
	// ticks scales that by the ratio, so allow 1 unit plus 2^-56 relative.
	tol := add(big.NewInt(1), new(big.Int).Rsh(ref, 56))
	require.LessOrEqual(h.tb, absBig(sub(got, ref)).Cmp(tol), 0, "tick %d: got %s, reference %s", tick, got, ref)

	if tick < maxTick {
		require.Equal(h.tb, tick, h.tickAt(got), "tick at sqrtRatioAtTick(%d)", tick)
		next := h.sqrtAt(tick + 1)
		require.Equal(h.tb, 1, next.Cmp(got), "sqrt ratio must increase at %d", tick)
		require.Equal(h.tb, tick, h.tickAt(sub(next, big.NewInt(1))), "tick just below sqrtRatioAtTick(%d)", tick+1)
	}
	if tick > minTick {
		require.Equal(h.tb, tick-1, h.tickAt(sub(got, big.NewInt(1))), "tick just below sqrtRatioAtTick(%d)", tick)
	}
}

func TestTickPriceMatchesReference(t *testing.T) {
	t.Parallel()
	h := newTickHarness(t)

	// The v3 boundary constants and tick 0.
	requireBigEq(t, minSqrtRatio, h.sqrtAt(minTick))
	requireBigEq(t, maxSqrtRatio, h.sqrtAt(maxTick))
	requireBigEq(t, q96, h.sqrtAt(0))
	require.Equal(t, int64(minTick), h.tickAt(minSqrtRatio))
	require.Equal(t, int64(maxTick-1), h.tickAt(sub(maxSqrtRatio, big.NewInt(1))))
	require.Equal(t, int64(0), h.tickAt(q96))
	require.Equal(t, int64(-1), h.tickAt(sub(q96, big.NewInt(1))))

	// Out of range.
	_, err := bind.Call(h.pool, &bind.CallOpts{Context: t.Context()}, h.abi.PackSqrtRatioAtTick(big.NewInt(maxTick+1)), h.abi.UnpackSqrtRatioAtTick)
	require.ErrorContains(t, err, "T")
	_, err = bind.Call(h.pool, &bind.CallOpts{Context: t.Context()}, h.abi.PackSqrtRatioAtTick(big.NewInt(minTick-1)), h.abi.UnpackSqrtRatioAtTick)
	require.ErrorContains(t, err, "T")
	for _, x := range []*big.Int{sub(minSqrtRatio, big.NewInt(1)), maxSqrtRatio} {
		_, err = bind.Call(h.pool, &bind.CallOpts{Context: t.Context()}, h.abi.PackTickAtSqrtRatio(x), h.abi.UnpackTickAtSqrtRatio)
		require.ErrorContains(t, err, "R")
	}

	// Every bit boundary, small ticks, the ends and a seeded random sample,
	// each with both signs.
	ticks := []int64{0, 1, 2, 3, 10, 60, 200, 887271, 887272, 887270}
	for k := 0; k < 20; k++ {
		ticks = append(ticks, int64(1)<<k, int64(1)<<k-1, int64(1)<<k+1)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 120 {
		ticks = append(ticks, rng.Int64N(maxTick+1))
	}
	for _, tick := range ticks {
		if tick > maxTick {
			continue
		}
		h.checkTick(tick)
		h.checkTick(-tick)
	}

	// Random prices across the whole range against the reference floor.
	span := sub(maxSqrtRatio, minSqrtRatio)
	for range 60 {
		// Log-uniform: a random bit length, then random bits.
		bits := 33 + rng.IntN(160-33)
		buf := make([]byte, 24)
		for i := range buf {
			buf[i] = byte(rng.Uint32())
		}
		x := new(big.Int).SetBytes(buf)
		x.Rsh(x, uint(len(buf)*8-bits))
		x.Add(x, minSqrtRatio)
		if x.Cmp(maxSqrtRatio) >= 0 {
			x.Mod(x, span).Add(x, minSqrtRatio)
		}
		require.Equal(t, refTickAt(x), h.tickAt(x), "tickAtSqrtRatio(%s)", x)
	}
}

// FuzzTickPrice checks sqrtRatioAtTick against the reference for any tick,
// and that every price strictly inside [sqrtRatioAtTick(t), sqrtRatioAtTick(t+1))
// maps back to t.
func FuzzTickPrice(f *testing.F) {
	for _, s := range []struct {
		tick int32
		frac uint64
	}{{0, 0}, {1, 1}, {-1, 7}, {maxTick, 0}, {minTick, 1 << 63}, {-443636, 12345}, {443636, 99}, {-887271, 3}} {
		f.Add(s.tick, s.frac)
	}
	h := newTickHarness(f)
	f.Fuzz(func(t *testing.T, tick int32, frac uint64) {
		tt := int64(tick) % (maxTick + 1)
		h.tb = t
		h.checkTick(tt)
		if tt == maxTick {
			return
		}
		lo, hi := h.sqrtAt(tt), h.sqrtAt(tt+1)
		x := add(lo, new(big.Int).Mod(new(big.Int).SetUint64(frac), sub(hi, lo)))
		require.Equal(t, tt, h.tickAt(x), "price %s", x)
	})
}

// --------------------------------------------------------------- the pool

type v3Fixture struct {
	*world
	a             *univ3pool.UniV3Pool
	pool          *bind.BoundContract
	addr          common.Address
	lrtIsToken0   bool
	liq           *big.Int
	deployReceipt *types.Receipt
}

const v3Fee = 500

// newV3Fixture deploys a WETH/LRT pool at 1.02 WETH per LRT with L = 10,000e18
// and funds it and the trader (supplier).
func newV3Fixture(t *testing.T) *v3Fixture {
	t.Helper()
	w := newTokenWorld(t)
	f := &v3Fixture{world: w, a: univ3pool.NewUniV3Pool(), liq: ew(10_000, 18)}
	f.lrtIsToken0 = bytesLess(w.lrtAddr, w.wethAddr)
	price := f.sqrtForLRTPrice(102, 100)

	o := w.opts(w.owner)
	addr, tx, err := bind.DeployContract(o, common.FromHex(univ3pool.UniV3PoolMetaData.Bin), w.client,
		f.a.PackConstructor(w.wethAddr, w.lrtAddr, big.NewInt(v3Fee), price, f.liq))
	require.NoError(t, err)
	w.backend.Commit()
	f.deployReceipt, err = bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, f.deployReceipt.Status)
	f.addr = addr
	f.pool = f.a.Instance(w.client, addr)

	w.fundTokens(w.owner, ew(5_000, 18), ew(5_000, 18), addr)
	w.send(w.owner, w.weth, w.wethABI.PackTransfer(addr, ew(5_000, 18)))
	w.send(w.owner, w.lrt, w.lrtABI.PackTransfer(addr, ew(5_000, 18)))
	w.fundTokens(w.supplier, ew(2_000, 18), ew(2_000, 18), addr)
	return f
}

func bytesLess(a, b common.Address) bool { return a.Cmp(b) < 0 }

// sqrtForLRTPrice is the pool's sqrtPriceX96 for num/den WETH per LRT.
func (f *v3Fixture) sqrtForLRTPrice(num, den int64) *big.Int {
	if f.lrtIsToken0 { // token1/token0 = WETH/LRT
		return refSqrtPrice(big.NewInt(num), big.NewInt(den))
	}
	return refSqrtPrice(big.NewInt(den), big.NewInt(num))
}

func (f *v3Fixture) slot0() univ3pool.Slot0Output {
	f.t.Helper()
	return call(f.world, f.pool, f.a.PackSlot0(), f.a.UnpackSlot0)
}

// sellLRT reports the swap direction that sells LRT for WETH.
func (f *v3Fixture) sellLRT() bool { return f.lrtIsToken0 }

func (f *v3Fixture) quote(zeroForOne bool, amount *big.Int) *big.Int {
	f.t.Helper()
	return call(f.world, f.pool, f.a.PackQuoteExactInput(zeroForOne, amount), f.a.UnpackQuoteExactInput)
}

func noLimit(zeroForOne bool) *big.Int {
	if zeroForOne {
		return add(minSqrtRatio, big.NewInt(1))
	}
	return sub(maxSqrtRatio, big.NewInt(1))
}

func TestUniV3PoolSlot0AndSwaps(t *testing.T) {
	t.Parallel()
	f := newV3Fixture(t)
	w := f.world
	a := f.a

	// Construction: sorted tokens, the initial observation, Initialize event.
	t0, t1 := call(w, f.pool, a.PackToken0(), a.UnpackToken0), call(w, f.pool, a.PackToken1(), a.UnpackToken1)
	require.True(t, bytesLess(t0, t1))
	require.ElementsMatch(t, []common.Address{w.wethAddr, w.lrtAddr}, []common.Address{t0, t1})
	requireBigEq(t, big.NewInt(v3Fee), call(w, f.pool, a.PackFee(), a.UnpackFee))
	requireBigEq(t, big.NewInt(10), call(w, f.pool, a.PackTickSpacing(), a.UnpackTickSpacing))
	requireBigEq(t, f.liq, call(w, f.pool, a.PackLiquidity(), a.UnpackLiquidity))
	s := f.slot0()
	requireBigEq(t, f.sqrtForLRTPrice(102, 100), s.SqrtPriceX96)
	require.Equal(t, refTickAt(s.SqrtPriceX96), s.Tick.Int64())
	require.Equal(t, uint16(0), s.ObservationIndex)
	require.Equal(t, uint16(1), s.ObservationCardinality)
	require.Equal(t, uint16(1), s.ObservationCardinalityNext)
	require.Zero(t, s.FeeProtocol)
	require.True(t, s.Unlocked)
	init := findEvent(t, f.deployReceipt, a.UnpackInitializeEvent)
	requireBigEq(t, s.SqrtPriceX96, init.SqrtPriceX96)
	requireBigEq(t, s.Tick, init.Tick)
	obs0 := call(w, f.pool, a.PackObservations(big.NewInt(0)), a.UnpackObservations)
	require.Equal(t, uint32(w.blockTime(f.deployReceipt)), obs0.BlockTimestamp)
	require.True(t, obs0.Initialized)

	// Quotes: fee applied, slippage grows with size, equal to the reference.
	dir := f.sellLRT()
	spot := s.SqrtPriceX96
	var lastAvg *big.Float
	for _, units := range []int64{1, 10, 100, 1_000, 5_000} {
		in := ew(units, 18)
		out := f.quote(dir, in)
		ref := refExactInput(spot, noLimit(dir), f.liq, in, v3Fee, dir)
		requireBigEq(t, ref.amountOut, out, "quote for %d LRT", units)
		requireBigEq(t, in, add(ref.amountIn, ref.fee))
		avg := new(big.Float).Quo(new(big.Float).SetInt(out), new(big.Float).SetInt(in))
		if lastAvg != nil {
			require.Equal(t, -1, avg.Cmp(lastAvg), "average price must fall with size (%d LRT)", units)
		}
		lastAvg = avg
	}
	// A tiny trade pays about the spot price minus the 0.05% fee.
	small := f.quote(dir, ew(1, 15))
	expSmall := new(big.Float).Mul(big.NewFloat(1.02*0.9995), big.NewFloat(1e15))
	gotSmall, _ := new(big.Float).SetInt(small).Float64()
	want, _ := expSmall.Float64()
	require.InEpsilon(t, want, gotSmall, 1e-5)

	// Execute 100 LRT -> WETH: simulated return, event and balances match the quote.
	in := ew(100, 18)
	quoted := f.quote(dir, in)
	ref := refExactInput(spot, noLimit(dir), f.liq, in, v3Fee, dir)
	swapData := a.PackSwap(w.supplier.addr, dir, in, noLimit(dir), nil)
	sim := callFrom(w, w.supplier, f.pool, swapData, a.UnpackSwap)
	wethBefore, lrtBefore := w.wethBalance(w.supplier.addr), w.lrtBalance(w.supplier.addr)
	r := w.send(w.supplier, f.pool, swapData)
	ev := findEvent(t, r, a.UnpackSwapEvent)
	lrtDelta, wethDelta := ev.Amount0, ev.Amount1
	if !f.lrtIsToken0 {
		lrtDelta, wethDelta = ev.Amount1, ev.Amount0
	}
	requireBigEq(t, in, lrtDelta)
	requireBigEq(t, new(big.Int).Neg(quoted), wethDelta)
	requireBigEq(t, sim.Amount0, ev.Amount0)
	requireBigEq(t, sim.Amount1, ev.Amount1)
	requireBigEq(t, add(wethBefore, quoted), w.wethBalance(w.supplier.addr))
	requireBigEq(t, sub(lrtBefore, in), w.lrtBalance(w.supplier.addr))
	require.Equal(t, w.supplier.addr, ev.Sender)
	require.Equal(t, w.supplier.addr, ev.Recipient)
	requireBigEq(t, f.liq, ev.Liquidity)

	s = f.slot0()
	requireBigEq(t, ref.next, s.SqrtPriceX96)
	requireBigEq(t, s.SqrtPriceX96, ev.SqrtPriceX96)
	require.Equal(t, refTickAt(s.SqrtPriceX96), s.Tick.Int64())
	requireBigEq(t, s.Tick, ev.Tick)
	require.True(t, s.Unlocked)
	// Selling LRT lowers its price: WETH/LRT falls whichever token is token0.
	if f.lrtIsToken0 {
		require.Equal(t, -1, s.SqrtPriceX96.Cmp(spot))
	} else {
		require.Equal(t, 1, s.SqrtPriceX96.Cmp(spot))
	}

	// The other direction: 50 WETH -> LRT.
	spot = s.SqrtPriceX96
	in = ew(50, 18)
	ref = refExactInput(spot, noLimit(!dir), f.liq, in, v3Fee, !dir)
	requireBigEq(t, ref.amountOut, f.quote(!dir, in))
	r = w.send(w.supplier, f.pool, a.PackSwap(w.supplier.addr, !dir, in, noLimit(!dir), nil))
	ev = findEvent(t, r, a.UnpackSwapEvent)
	s = f.slot0()
	requireBigEq(t, ref.next, s.SqrtPriceX96)
	require.Equal(t, refTickAt(s.SqrtPriceX96), s.Tick.Int64())
	requireBigEq(t, s.Tick, ev.Tick)

	// A price limit stops the swap early and takes only what it needed.
	spot = s.SqrtPriceX96
	var limit *big.Int
	if dir {
		limit = mulDivDown(spot, big.NewInt(9990), big.NewInt(10000))
	} else {
		limit = mulDivDown(spot, big.NewInt(10010), big.NewInt(10000))
	}
	in = ew(1_000, 18)
	ref = refExactInput(spot, limit, f.liq, in, v3Fee, dir)
	requireBigEq(t, limit, ref.next)
	r = w.send(w.supplier, f.pool, a.PackSwap(w.supplier.addr, dir, in, limit, nil))
	ev = findEvent(t, r, a.UnpackSwapEvent)
	paid := ev.Amount0
	if !f.lrtIsToken0 {
		paid = ev.Amount1
	}
	requireBigEq(t, add(ref.amountIn, ref.fee), paid)
	require.Equal(t, -1, paid.Cmp(in))
	requireBigEq(t, limit, f.slot0().SqrtPriceX96)

	// The owner moves the price; the tick follows with floor semantics.
	target := f.sqrtForLRTPrice(95, 100)
	r = w.send(w.owner, f.pool, a.PackSetSqrtPriceX96(target))
	set := findEvent(t, r, a.UnpackStateSetEvent)
	s = f.slot0()
	requireBigEq(t, target, s.SqrtPriceX96)
	require.Equal(t, refTickAt(target), s.Tick.Int64())
	requireBigEq(t, s.Tick, set.Tick)
	exact := h0SqrtAt(w, f, -513)
	w.send(w.owner, f.pool, a.PackSetSqrtPriceX96(exact))
	require.Equal(t, int64(-513), f.slot0().Tick.Int64())
	w.send(w.owner, f.pool, a.PackSetSqrtPriceX96(sub(exact, big.NewInt(1))))
	require.Equal(t, int64(-514), f.slot0().Tick.Int64())

	// Depth shock: a quarter of the liquidity gives a worse quote.
	before := f.quote(dir, ew(100, 18))
	w.send(w.owner, f.pool, a.PackSetLiquidity(mulDivDown(f.liq, big.NewInt(1), big.NewInt(4))))
	require.Equal(t, -1, f.quote(dir, ew(100, 18)).Cmp(before))

	// Guards.
	w.sendReverts(w.supplier, f.pool, a.PackSetSqrtPriceX96(target), "not owner")
	w.sendReverts(w.supplier, f.pool, a.PackSetLiquidity(f.liq), "not owner")
	w.sendReverts(w.supplier, f.pool, a.PackSwap(w.supplier.addr, dir, big.NewInt(0), noLimit(dir), nil), "AS")
	w.sendReverts(w.supplier, f.pool, a.PackSwap(w.supplier.addr, dir, big.NewInt(-1), noLimit(dir), nil), "exact output unsupported")
	w.sendReverts(w.supplier, f.pool, a.PackSwap(w.supplier.addr, dir, in, noLimit(!dir), nil), "SPL")
}

func h0SqrtAt(w *world, f *v3Fixture, tick int64) *big.Int {
	w.t.Helper()
	return call(w, f.pool, f.a.PackSqrtRatioAtTick(big.NewInt(tick)), f.a.UnpackSqrtRatioAtTick)
}

// obsModel replays the oracle by hand: every write appends
// cum += tick_before * dt and spl += (dt << 128) / L.
type obsModel struct {
	ts   []uint64
	cum  []*big.Int
	spl  []*big.Int
	tick int64
	liq  *big.Int
}

func (m *obsModel) write(at uint64, newTick int64) {
	last := len(m.ts) - 1
	if m.ts[last] != at {
		dt := at - m.ts[last]
		m.ts = append(m.ts, at)
		m.cum = append(m.cum, add(m.cum[last], big.NewInt(m.tick*int64(dt))))
		m.spl = append(m.spl, add(m.spl[last], new(big.Int).Quo(new(big.Int).Lsh(u64(dt), 128), m.liq)))
	}
	m.tick = newTick
}

// at is the expected (cum, spl) at time target given the last `kept`
// observations are the ones still in the ring buffer.
func (m *obsModel) at(target uint64) (cum, spl *big.Int) {
	last := len(m.ts) - 1
	if target >= m.ts[last] {
		dt := target - m.ts[last]
		return add(m.cum[last], big.NewInt(m.tick*int64(dt))),
			add(m.spl[last], new(big.Int).Quo(new(big.Int).Lsh(u64(dt), 128), m.liq))
	}
	k := sort.Search(len(m.ts), func(i int) bool { return m.ts[i] > target }) - 1
	if m.ts[k] == target {
		return m.cum[k], m.spl[k]
	}
	span, into := int64(m.ts[k+1]-m.ts[k]), int64(target-m.ts[k])
	perSec := new(big.Int).Quo(sub(m.cum[k+1], m.cum[k]), big.NewInt(span))
	cum = add(m.cum[k], mul(perSec, big.NewInt(into)))
	spl = add(m.spl[k], new(big.Int).Quo(mul(sub(m.spl[k+1], m.spl[k]), big.NewInt(into)), big.NewInt(span)))
	return cum, spl
}

func TestUniV3PoolObserve(t *testing.T) {
	t.Parallel()
	f := newV3Fixture(t)
	w := f.world
	a := f.a

	s := f.slot0()
	m := &obsModel{
		ts:   []uint64{w.blockTime(f.deployReceipt)},
		cum:  []*big.Int{new(big.Int)},
		spl:  []*big.Int{new(big.Int)},
		tick: s.Tick.Int64(),
		liq:  f.liq,
	}

	// Room for four observations; it takes effect at the next write.
	r := w.send(w.owner, f.pool, a.PackIncreaseObservationCardinalityNext(4))
	grow := findEvent(t, r, a.UnpackIncreaseObservationCardinalityNextEvent)
	require.Equal(t, uint16(1), grow.ObservationCardinalityNextOld)
	require.Equal(t, uint16(4), grow.ObservationCardinalityNextNew)
	require.Equal(t, uint16(1), f.slot0().ObservationCardinality)
	require.Equal(t, uint16(4), f.slot0().ObservationCardinalityNext)

	// Five price moves at increasing, uneven gaps: writes 1..5. With four
	// slots, write 4 overwrites the initial observation and write 5 the first.
	prices := [][2]int64{{101, 100}, {99, 100}, {103, 100}, {100, 100}, {97, 100}}
	gaps := []time.Duration{100 * time.Second, 300 * time.Second, 50 * time.Second, 1000 * time.Second, 7 * time.Second}
	dir := f.sellLRT()
	for k, p := range prices {
		w.advance(gaps[k])
		var rcpt *types.Receipt
		if k == 2 {
			// One of the moves is a real swap; it writes the same way.
			rcpt = w.send(w.supplier, f.pool, a.PackSwap(w.supplier.addr, !dir, ew(30, 18), noLimit(!dir), nil))
		} else {
			rcpt = w.send(w.owner, f.pool, a.PackSetSqrtPriceX96(f.sqrtForLRTPrice(p[0], p[1])))
		}
		newTick := f.slot0().Tick.Int64()
		require.NotEqual(t, m.tick, newTick)
		m.write(w.blockTime(rcpt), newTick)
	}
	w.advance(200 * time.Second)
	now := w.headTime()

	s = f.slot0()
	require.Equal(t, uint16(4), s.ObservationCardinality)
	require.Equal(t, uint16(5%4), s.ObservationIndex)
	// The buffer holds writes 2..5 (model indexes 2..5).
	for k := 2; k <= 5; k++ {
		o := call(w, f.pool, a.PackObservations(big.NewInt(int64(k%4))), a.UnpackObservations)
		require.Equal(t, uint32(m.ts[k]), o.BlockTimestamp, "observation %d", k)
		requireBigEq(t, m.cum[k], o.TickCumulative, "observation %d", k)
		requireBigEq(t, m.spl[k], o.SecondsPerLiquidityCumulativeX128, "observation %d", k)
		require.True(t, o.Initialized)
	}

	oldest := m.ts[2]
	agos := []uint32{
		0,                                 // extrapolated to now
		1,                                 // extrapolated
		uint32(now - m.ts[5]),             // exactly the newest write
		uint32(now-m.ts[5]) + 3,           // between writes 4 and 5
		uint32(now - m.ts[4]),             // exactly write 4
		uint32(now-m.ts[4]) + 500,         // inside the 1000 s gap
		uint32(now-m.ts[3]) + 1,           // just before write 3
		uint32(now-oldest) - 1,            // just after the oldest
		uint32(now - oldest),              // exactly the oldest kept write
		uint32(now-m.ts[5]) + 1,           // one second before the newest
		uint32(now - (m.ts[4]+m.ts[5])/2), // midpoint
	}
	out := call(w, f.pool, a.PackObserve(agos), a.UnpackObserve)
	require.Len(t, out.TickCumulatives, len(agos))
	for k, ago := range agos {
		cum, spl := m.at(now - uint64(ago))
		requireBigEq(t, cum, out.TickCumulatives[k], "tickCumulative %d s ago", ago)
		requireBigEq(t, spl, out.SecondsPerLiquidityCumulativeX128s[k], "secondsPerLiquidity %d s ago", ago)
	}

	// TWAP over the last 200 s, all after write 5: exactly the current tick.
	twap := call(w, f.pool, a.PackObserve([]uint32{200, 0}), a.UnpackObserve)
	require.Equal(t, s.Tick.Int64(), new(big.Int).Quo(sub(twap.TickCumulatives[1], twap.TickCumulatives[0]), big.NewInt(200)).Int64())
	// A window spanning writes: the time-weighted mean of the ticks, by hand.
	window := uint32(now - m.ts[3] + 20)
	twap = call(w, f.pool, a.PackObserve([]uint32{window, 0}), a.UnpackObserve)
	// ticks[k] is the tick held from write k to write k+1.
	var ticks []int64
	for k := 1; k < len(m.ts); k++ {
		ticks = append(ticks, new(big.Int).Quo(sub(m.cum[k], m.cum[k-1]), u64(m.ts[k]-m.ts[k-1])).Int64())
	}
	weighted := ticks[2]*20 + ticks[3]*int64(m.ts[4]-m.ts[3]) + ticks[4]*int64(m.ts[5]-m.ts[4]) + m.tick*int64(now-m.ts[5])
	requireBigEq(t, big.NewInt(weighted), sub(twap.TickCumulatives[1], twap.TickCumulatives[0]))

	// Older than the oldest kept observation.
	err := callErr(w, f.pool, a.PackObserve([]uint32{uint32(now-oldest) + 1}), a.UnpackObserve)
	require.ErrorContains(t, err, "OLD")

	// A second pool keeps the default single slot: only "since the last write".
	g := newV3Fixture(t)
	g.world.advance(60 * time.Second)
	rc := g.world.send(g.owner, g.pool, g.a.PackSetSqrtPriceX96(g.sqrtForLRTPrice(98, 100)))
	g.world.advance(30 * time.Second)
	last := g.world.blockTime(rc)
	gnow := g.world.headTime()
	gs := g.slot0()
	require.Equal(t, uint16(0), gs.ObservationIndex)
	require.Equal(t, uint16(1), gs.ObservationCardinality)
	o := call(g.world, g.pool, g.a.PackObserve([]uint32{uint32(gnow - last), 0}), g.a.UnpackObserve)
	requireBigEq(t, mul(gs.Tick, u64(gnow-last)), sub(o.TickCumulatives[1], o.TickCumulatives[0]))
	err = callErr(g.world, g.pool, g.a.PackObserve([]uint32{uint32(gnow-last) + 1}), g.a.UnpackObserve)
	require.ErrorContains(t, err, "OLD")
}
