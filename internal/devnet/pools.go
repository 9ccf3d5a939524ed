package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
)

// Parameters of the ezETH/WETH pools Deploy creates.
const (
	// UniPoolFee is the Uniswap v3 pool's fee tier (0.01%, tick spacing 1).
	UniPoolFee = 100
	// UniObservationCardinality is the size the Uni pool's observation ring
	// is grown to. The pool writes at most one observation per block and
	// blocks are at least 1 s apart, so once the ring has wrapped it still
	// spans at least UniObservationCardinality-1 seconds: a TWAP window up
	// to MaxTWAPWindow never reverts "OLD". Before the ring wraps, the
	// oldest observation is the pool's deployment (in a World, ~61 days
	// before the first step: see World.History).
	UniObservationCardinality = 2048
	// obsGasBudget bounds the gas of one increaseObservationCardinalityNext
	// call (under the 2^24 per-transaction cap); obsTxsPerBlock of them are
	// sent per batch (under the simulated chain's 60M block gas limit).
	obsGasBudget   = 10_000_000
	obsTxsPerBlock = 4
	// obsProbe is the ring growth whose gas is probed to price one slot.
	obsProbe = 16

	// CurveA is the StableSwapPool's amplification.
	CurveA = 100
	// CurveFee is its swap fee, 1e10 = 100% (0.04%).
	CurveFee = 4_000_000
	// CurveOffpegFeeMultiplier is stableswap-ng's off-peg fee multiplier (2x).
	CurveOffpegFeeMultiplier = 20_000_000_000
	// CurveMAExpTime is the EMA time constant of price_oracle, in seconds.
	CurveMAExpTime = 600

	// RiskUpdateType is the RiskOracle update type RiskFeed reads.
	RiskUpdateType = "riskAdjustedPrice"
	// RiskFeedDecimals are RiskFeed's decimals.
	RiskFeedDecimals = 18
	// RiskFeedDesc is RiskFeed's description.
	RiskFeedDesc = "ezETH / ETH risk-adjusted"
	// RiskOracleDesc is the RiskOracle's description.
	RiskOracleDesc = "lrtkeeper devnet risk oracle"
)

const (
	// MaxTWAPWindow is the longest Uni TWAP window that always works once
	// the observation ring has wrapped (1 s blocks or slower).
	MaxTWAPWindow = (UniObservationCardinality - 1) * time.Second
	// EmbeddedTWAPWindow is the Uni TWAP window the embedded config uses:
	// short enough that the median of the four sources reaches the 500 bps
	// band during the 20-block hold at −8%, and well inside MaxTWAPWindow.
	EmbeddedTWAPWindow = time.Minute
)

// curveTolBps is how far (in bps of the target) the Curve pool's spot or
// last_price may be from the market price before the trader trades.
const curveTolBps = 1

var (
	// DefaultPoolDepth is the WETH each pool is seeded with; the Curve
	// pool also gets the matching ezETH (balanced at the LRT's rate), the
	// Uni pool the same ezETH and liquidity L = DefaultPoolDepth.
	DefaultPoolDepth = new(big.Int).Mul(big.NewInt(2_000), WAD)
	// DefaultTraderWETH and DefaultTraderLRT are the devnet trader's
	// inventory: the trader sells ezETH into the Curve pool as the market
	// falls and buys it back as it recovers.
	DefaultTraderWETH = new(big.Int).Mul(big.NewInt(100), WAD)
	DefaultTraderLRT  = new(big.Int).Mul(big.NewInt(20_000), WAD)
	// TraderGas is the ETH the deployer sends the trader for gas.
	TraderGas = new(big.Int).Mul(big.NewInt(10), WAD)
	// curveDust is the smallest Curve trade: enough to refresh last_price.
	curveDust = big.NewInt(1_000_000_000_000_000)
	q96       = new(big.Int).Lsh(big.NewInt(1), 96)
	q192      = new(big.Int).Lsh(big.NewInt(1), 192)
)

var (
	uniABI        = univ3pool.NewUniV3Pool()
	curveABI      = stableswappool.NewStableSwapPool()
	riskOracleABI = riskoracle.NewRiskOracle()
	riskFeedABI   = riskoraclefeed.NewRiskOracleFeed()
)

// ErrNoPools is returned by pool methods of a Deployment without pools.
var ErrNoPools = errors.New("deployment has no pools")

// SqrtPriceX96 is the Uni pool's sqrtPriceX96 for an ezETH price of
// priceWad WETH: sqrt(token1/token0)·2^96 of the sorted pair, rounded down.
// lrtIsToken0 says whether the LRT's address sorts before WETH's.
func SqrtPriceX96(priceWad *big.Int, lrtIsToken0 bool) *big.Int {
	var ratio *big.Int
	if lrtIsToken0 { // token1/token0 = WETH per ezETH
		ratio = new(big.Int).Mul(priceWad, q192)
		ratio.Quo(ratio, WAD)
	} else { // token1/token0 = ezETH per WETH
		ratio = new(big.Int).Mul(WAD, q192)
		ratio.Quo(ratio, priceWad)
	}
	return ratio.Sqrt(ratio)
}

// PriceFromSqrtX96 inverts SqrtPriceX96: the ezETH price in WETH (WAD,
// rounded down) of a pool at sqrtPriceX96.
func PriceFromSqrtX96(sqrtPriceX96 *big.Int, lrtIsToken0 bool) *big.Int {
	sq := new(big.Int).Mul(sqrtPriceX96, sqrtPriceX96)
	if sq.Sign() == 0 {
		return new(big.Int)
	}
	if lrtIsToken0 {
		return sq.Mul(sq, WAD).Quo(sq, q192)
	}
	p := new(big.Int).Mul(WAD, q192)
	return p.Quo(p, sq)
}

// LRTIsToken0 says whether the LRT is the Uni pool's token0.
func (d *Deployment) LRTIsToken0() bool { return d.LRT.Cmp(d.WETH) < 0 }

// UniPrice is the Uni pool's spot ezETH price in WETH (WAD) from slot0.
func (d *Deployment) UniPrice(ctx context.Context, b Backend) (*big.Int, error) {
	if d.UniPool == (common.Address{}) {
		return nil, ErrNoPools
	}
	s, err := callView(ctx, b, d.UniPool, uniABI.PackSlot0(), uniABI.UnpackSlot0)
	if err != nil {
		return nil, fmt.Errorf("failed to read Uni pool slot0: %w", err)
	}
	return PriceFromSqrtX96(s.SqrtPriceX96, d.LRTIsToken0()), nil
}

// CurveLastPrice is the Curve pool's last_price(0): ezETH in WETH (WAD) at
// its last trade.
func (d *Deployment) CurveLastPrice(ctx context.Context, b Backend) (*big.Int, error) {
	if d.CurvePool == (common.Address{}) {
		return nil, ErrNoPools
	}
	p, err := callView(ctx, b, d.CurvePool, curveABI.PackLastPrice(big.NewInt(0)), curveABI.UnpackLastPrice)
	if err != nil {
		return nil, fmt.Errorf("failed to read Curve last_price: %w", err)
	}
	return p, nil
}

// SetPoolPrices moves both pools to an ezETH price of priceWad WETH: the
// Uni pool by its owner's setSqrtPriceX96, the Curve pool by setting its
// stored ezETH rate to the LRT's current fair rate and a trader exchange
// sized so last_price lands on priceWad (within ~0.01%, if the trader's
// inventory allows). The Curve EMA and the Uni TWAP follow over time.
func (d *Deployment) SetPoolPrices(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, priceWad *big.Int) error {
	fair, err := d.FairRate(ctx, b)
	if err != nil {
		return err
	}
	s := newSender(b, d.ChainID, d.mine)
	if err := d.queuePoolPrices(ctx, s, deployer, priceWad, fair); err != nil {
		return err
	}
	_, err = s.flush(ctx)
	return err
}

// AuthorizeRiskSender lets sender publish to the RiskOracle. It does
// nothing if sender is already authorised.
func (d *Deployment) AuthorizeRiskSender(ctx context.Context, b Backend, deployer *ecdsa.PrivateKey, sender common.Address) error {
	s := newSender(b, d.ChainID, d.mine)
	if err := d.queueAuthorizeRiskSender(ctx, s, deployer, sender); err != nil {
		return err
	}
	_, err := s.flush(ctx)
	return err
}

// RiskSenderAuthorized reports whether sender may publish to the RiskOracle.
func (d *Deployment) RiskSenderAuthorized(ctx context.Context, b Backend, sender common.Address) (bool, error) {
	ok, err := callView(ctx, b, d.RiskOracle, riskOracleABI.PackIsAuthorized(sender), riskOracleABI.UnpackIsAuthorized)
	if err != nil {
		return false, fmt.Errorf("failed to read RiskOracle authorisation of %s: %w", sender, err)
	}
	return ok, nil
}

func (d *Deployment) queueAuthorizeRiskSender(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, sender common.Address) error {
	if d.RiskOracle == (common.Address{}) {
		return nil
	}
	ok, err := d.RiskSenderAuthorized(ctx, s.b, sender)
	if err != nil || ok {
		return err
	}
	return s.call(ctx, deployer, d.RiskOracle, riskOracleABI.PackAddAuthorizedSender(sender), "authorize risk sender")
}

// growObservations grows the Uni pool's observation ring to target with
// increaseObservationCardinalityNext calls of at most obsGasBudget gas
// each. Touching a fresh slot costs the same for every slot, but how much
// depends on the chain's fork rules, so the per-slot gas is probed from
// two estimates and the calls are sent with fixed gas limits (so they need
// not be estimated one after another).
func (d *Deployment) growObservations(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, target uint16) error {
	slot0, err := callView(ctx, s.b, d.UniPool, uniABI.PackSlot0(), uniABI.UnpackSlot0)
	if err != nil {
		return fmt.Errorf("failed to read Uni pool slot0: %w", err)
	}
	cur := uint64(slot0.ObservationCardinalityNext)
	if cur >= uint64(target) {
		return nil
	}
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	estimate := func(n uint64) (uint64, error) {
		data := uniABI.PackIncreaseObservationCardinalityNext(uint16(n))
		g, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &d.UniPool, Data: data})
		if err != nil {
			return 0, fmt.Errorf("failed to estimate Uni observation growth: %w", err)
		}
		return g, nil
	}
	g1, err := estimate(cur + obsProbe)
	if err != nil {
		return err
	}
	g2, err := estimate(cur + 2*obsProbe)
	if err != nil {
		return err
	}
	perSlot := max((g2-g1)/obsProbe, 1)
	base := g1 - min(g1, perSlot*obsProbe)
	chunk := max((obsGasBudget-min(base, obsGasBudget/2))/perSlot, 1)
	for sent := 0; cur < uint64(target); sent++ {
		next := min(cur+chunk, uint64(target))
		gas := base + perSlot*(next-cur)
		gas += max(gas/10, gasHeadroomMin)
		data := uniABI.PackIncreaseObservationCardinalityNext(uint16(next))
		if _, err := s.sendGas(ctx, deployer, &d.UniPool, data, nil, gas, "grow Uni observations"); err != nil {
			return err
		}
		cur = next
		if (sent+1)%obsTxsPerBlock == 0 || cur >= uint64(target) {
			if _, err := s.flush(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}

// traderKey is the devnet trader's key, derived from the Morpho address so
// a Deployment read back from JSON can still trade.
func (d *Deployment) traderKey() *ecdsa.PrivateKey { return deriveKey(d.Morpho, "trader", 0) }

// queuePoolPrices queues the Uni price move, the Curve rate update (to
// fair, if it differs) and the Curve trade toward priceWad. The trade is
// sized against the latest mined state with the Curve rate set to fair, as
// it will be when the trade executes after the queued setRate.
func (d *Deployment) queuePoolPrices(ctx context.Context, s *sender, deployer *ecdsa.PrivateKey, priceWad, fair *big.Int) error {
	if d.UniPool == (common.Address{}) || d.CurvePool == (common.Address{}) {
		return ErrNoPools
	}
	sqrt := SqrtPriceX96(priceWad, d.LRTIsToken0())
	if err := s.call(ctx, deployer, d.UniPool, uniABI.PackSetSqrtPriceX96(sqrt), "set Uni pool price"); err != nil {
		return err
	}
	pool, err := d.readCurve(ctx, s.b)
	if err != nil {
		return err
	}
	if pool.rates[1].Cmp(fair) != 0 {
		if err := s.call(ctx, deployer, d.CurvePool, curveABI.PackSetRate(big.NewInt(1), fair), "set Curve ezETH rate"); err != nil {
			return err
		}
		pool.rates[1] = new(big.Int).Set(fair)
	}
	last, err := d.CurveLastPrice(ctx, s.b)
	if err != nil {
		return err
	}
	spot, err := pool.price()
	if err != nil {
		return err
	}
	if withinBps(spot, priceWad, curveTolBps) && withinBps(last, priceWad, curveTolBps) {
		return nil
	}
	// Sell ezETH (coin 1) to lower the price, WETH (coin 0) to raise it.
	in, token := 1, d.LRT
	if spot.Cmp(priceWad) < 0 {
		in, token = 0, d.WETH
	}
	trader := d.traderKey()
	bal, err := callView(ctx, s.b, token, wethABI.PackBalanceOf(d.Trader), wethABI.UnpackBalanceOf)
	if err != nil {
		return fmt.Errorf("failed to read trader balance: %w", err)
	}
	dx, err := pool.sizeTrade(in, priceWad, bal)
	if err != nil {
		return err
	}
	if dx.Cmp(curveDust) < 0 {
		dx = new(big.Int).Set(curveDust)
	}
	if dx.Cmp(bal) > 0 {
		return nil // the trader is out of inventory: leave the pool
	}
	data := curveABI.PackExchange(big.NewInt(int64(in)), big.NewInt(int64(1-in)), dx, new(big.Int))
	return s.call(ctx, trader, d.CurvePool, data, "trade Curve pool")
}

// readCurve reads the Curve pool's balances, stored rates and amplification.
func (d *Deployment) readCurve(ctx context.Context, b Backend) (stableSwap, error) {
	var p stableSwap
	bals, err := callView(ctx, b, d.CurvePool, curveABI.PackGetBalances(), curveABI.UnpackGetBalances)
	if err != nil {
		return p, fmt.Errorf("failed to read Curve balances: %w", err)
	}
	rates, err := callView(ctx, b, d.CurvePool, curveABI.PackStoredRates(), curveABI.UnpackStoredRates)
	if err != nil {
		return p, fmt.Errorf("failed to read Curve rates: %w", err)
	}
	amp, err := callView(ctx, b, d.CurvePool, curveABI.PackAPrecise(), curveABI.UnpackAPrecise)
	if err != nil {
		return p, fmt.Errorf("failed to read Curve A: %w", err)
	}
	if len(bals) != 2 || len(rates) != 2 {
		return p, fmt.Errorf("%w: Curve pool returned %d balances and %d rates", errCurveMath, len(bals), len(rates))
	}
	return stableSwap{bals: [2]*big.Int{bals[0], bals[1]}, rates: [2]*big.Int{rates[0], rates[1]}, amp: amp}, nil
}

// withinBps reports |got-want| <= want·bps/1e4.
func withinBps(got, want *big.Int, bps int64) bool {
	diff := new(big.Int).Sub(got, want)
	tol := new(big.Int).Mul(want, big.NewInt(bps))
	tol.Quo(tol, big.NewInt(bpsDenom))
	return diff.CmpAbs(tol) <= 0
}

// errCurveMath is returned when the stableswap model does not converge or
// the pool state is unusable.
var errCurveMath = errors.New("stableswap math failed")

const (
	ssN         = 2
	ssAPrec     = 100
	ssMaxIter   = 255
	tradeRounds = 128
)

var (
	ssPrecision = WAD
	ssPriceCap  = new(big.Int).Mul(big.NewInt(2), WAD)
)

// stableSwap is an exact integer model of StableSwapPool's pricing, used to
// size the trader's exchanges against the rates they will execute with.
type stableSwap struct {
	bals  [2]*big.Int
	rates [2]*big.Int
	amp   *big.Int // A·A_PRECISION
}

func (p stableSwap) xp() [2]*big.Int {
	var xp [2]*big.Int
	for k := range xp {
		xp[k] = new(big.Int).Mul(p.rates[k], p.bals[k])
		xp[k].Quo(xp[k], ssPrecision)
	}
	return xp
}

// price is get_p(0): the spot price of coin 1 in coin 0, rates included.
func (p stableSwap) price() (*big.Int, error) {
	xp := p.xp()
	d, err := ssGetD(xp, p.amp)
	if err != nil {
		return nil, err
	}
	return p.toRaw(ssSpotScaled(xp, p.amp, d)), nil
}

// priceAfter is last_price after exchange(in, 1-in, dx): the spot of the
// post-trade scaled balances before fees, against the pre-trade D, capped.
func (p stableSwap) priceAfter(in int, dx *big.Int) (*big.Int, error) {
	xp := p.xp()
	d, err := ssGetD(xp, p.amp)
	if err != nil {
		return nil, err
	}
	x := new(big.Int).Mul(dx, p.rates[in])
	x.Quo(x, ssPrecision).Add(x, xp[in])
	y, err := ssGetY(x, p.amp, d)
	if err != nil {
		return nil, err
	}
	if xp[1-in].Cmp(new(big.Int).Add(y, big.NewInt(1))) <= 0 {
		return nil, fmt.Errorf("%w: trade drains the pool", errCurveMath)
	}
	var after [2]*big.Int
	after[in], after[1-in] = x, y
	spot := ssSpotScaled(after, p.amp, d)
	if spot.Cmp(ssPriceCap) > 0 {
		spot = ssPriceCap
	}
	return p.toRaw(spot), nil
}

func (p stableSwap) toRaw(scaled *big.Int) *big.Int {
	r := new(big.Int).Mul(scaled, p.rates[1])
	return r.Quo(r, p.rates[0])
}

// sizeTrade bisects for the dx of coin in (at most limit) whose
// priceAfter is closest to target from the near side. Selling coin 1
// lowers the price, selling coin 0 raises it. If even limit does not reach
// target, limit is returned.
func (p stableSwap) sizeTrade(in int, target, limit *big.Int) (*big.Int, error) {
	// overshoots reports whether priceAfter(dx) is past target; a trade
	// that would drain the pool counts as past.
	overshoots := func(dx *big.Int) (bool, error) {
		pr, err := p.priceAfter(in, dx)
		if errors.Is(err, errCurveMath) {
			return true, nil
		}
		if err != nil {
			return false, err
		}
		if in == 1 {
			return pr.Cmp(target) < 0, nil
		}
		return pr.Cmp(target) > 0, nil
	}
	if limit.Sign() <= 0 {
		return new(big.Int), nil
	}
	over, err := overshoots(limit)
	if err != nil || !over {
		return new(big.Int).Set(limit), err
	}
	lo, hi := new(big.Int), new(big.Int).Set(limit)
	one := big.NewInt(1)
	for range tradeRounds {
		if new(big.Int).Sub(hi, lo).Cmp(one) <= 0 {
			break
		}
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		over, err := overshoots(mid)
		if err != nil {
			return nil, err
		}
		if over {
			hi = mid
		} else {
			lo = mid
		}
	}
	return lo, nil
}

// ssGetD is StableSwapPool._getD.
func ssGetD(xp [2]*big.Int, amp *big.Int) (*big.Int, error) {
	s := new(big.Int).Add(xp[0], xp[1])
	if s.Sign() == 0 {
		return new(big.Int), nil
	}
	if xp[0].Sign() == 0 || xp[1].Sign() == 0 {
		return nil, fmt.Errorf("%w: empty coin", errCurveMath)
	}
	ann := new(big.Int).Mul(amp, big.NewInt(ssN))
	aPrec := big.NewInt(ssAPrec)
	annS := new(big.Int).Mul(ann, s)
	annS.Quo(annS, aPrec)
	annM1 := new(big.Int).Sub(ann, aPrec)
	d := new(big.Int).Set(s)
	for range ssMaxIter {
		dp := new(big.Int).Mul(d, d)
		dp.Quo(dp, xp[0]).Mul(dp, d).Quo(dp, xp[1]).Quo(dp, big.NewInt(ssN*ssN))
		prev := d
		num := new(big.Int).Mul(dp, big.NewInt(ssN))
		num.Add(num, annS).Mul(num, d)
		den := new(big.Int).Mul(annM1, d)
		den.Quo(den, aPrec).Add(den, new(big.Int).Mul(dp, big.NewInt(ssN+1)))
		d = num.Quo(num, den)
		if new(big.Int).Sub(d, prev).CmpAbs(big.NewInt(1)) <= 0 {
			return d, nil
		}
	}
	return nil, fmt.Errorf("%w: D did not converge", errCurveMath)
}

// ssGetY is StableSwapPool._getY.
func ssGetY(x, amp, d *big.Int) (*big.Int, error) {
	ann := new(big.Int).Mul(amp, big.NewInt(ssN))
	c := new(big.Int).Mul(d, d)
	c.Quo(c, new(big.Int).Mul(x, big.NewInt(ssN)))
	c.Mul(c, d).Mul(c, big.NewInt(ssAPrec)).Quo(c, new(big.Int).Mul(ann, big.NewInt(ssN)))
	b := new(big.Int).Mul(d, big.NewInt(ssAPrec))
	b.Quo(b, ann).Add(b, x)
	y := new(big.Int).Set(d)
	for range ssMaxIter {
		prev := y
		num := new(big.Int).Mul(y, y)
		num.Add(num, c)
		den := new(big.Int).Lsh(y, 1)
		den.Add(den, b).Sub(den, d)
		if den.Sign() <= 0 {
			return nil, fmt.Errorf("%w: y diverged", errCurveMath)
		}
		y = num.Quo(num, den)
		if new(big.Int).Sub(y, prev).CmpAbs(big.NewInt(1)) <= 0 {
			return y, nil
		}
	}
	return nil, fmt.Errorf("%w: y did not converge", errCurveMath)
}

// ssSpotScaled is StableSwapPool._spotScaled: dx_0/dx_1 in scaled units.
func ssSpotScaled(xp [2]*big.Int, amp, d *big.Int) *big.Int {
	ann := new(big.Int).Mul(amp, big.NewInt(ssN))
	dr := new(big.Int).Quo(d, big.NewInt(ssN*ssN))
	dr.Mul(dr, d).Quo(dr, xp[0]).Mul(dr, d).Quo(dr, xp[1])
	x0a := new(big.Int).Mul(ann, xp[0])
	x0a.Quo(x0a, big.NewInt(ssAPrec))
	num := new(big.Int).Mul(dr, xp[0])
	num.Quo(num, xp[1]).Add(num, x0a).Mul(num, ssPrecision)
	return num.Quo(num, new(big.Int).Add(x0a, dr))
}
