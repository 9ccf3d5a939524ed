package oracle

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/stableswappool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/univ3pool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

var (
	uniABI   = univ3pool.NewUniV3Pool()
	curveABI = stableswappool.NewStableSwapPool()
	erc20ABI = weth9.NewWETH9()
)

// UniV3TWAP is the time-weighted price of the asset in a Uniswap v3 pool
// against an ETH-pegged token: observe([window, 0]), the mean tick rounded
// toward −∞ as Uniswap's OracleLibrary does, converted for token order and
// decimals. Build it with ResolveUniV3.
type UniV3TWAP struct {
	Pool         common.Address
	Window       time.Duration
	BaseIsToken0 bool
	Decimals0    uint8
	Decimals1    uint8
}

// Calls implements Source.
func (s UniV3TWAP) Calls() []chain.Call {
	secs := uint32(s.Window / time.Second)
	return []chain.Call{{Target: s.Pool, Data: uniABI.PackObserve([]uint32{secs, 0}), AllowFailure: true}}
}

// Decode implements Source.
func (s UniV3TWAP) Decode(res []chain.Result, _ chain.BlockRef) (Quote, error) {
	if !res[0].Success {
		// observe reverts "OLD" when the pool's history is shorter than the window.
		return Quote{}, fmt.Errorf("%s: observe: %w (history shorter than the window?)", s, ErrCallReverted)
	}
	out, err := uniABI.UnpackObserve(res[0].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode observe: %w", s, err)
	}
	if len(out.TickCumulatives) != 2 {
		return Quote{}, fmt.Errorf("%s: %w: %d tick cumulatives", s, ErrBadAnswer, len(out.TickCumulatives))
	}
	old, now := out.TickCumulatives[0], out.TickCumulatives[1]
	if !old.IsInt64() || !now.IsInt64() {
		return Quote{}, fmt.Errorf("%s: %w: tick cumulative out of int56 range", s, ErrBadAnswer)
	}
	tick, err := riskmath.TWAPTick(old.Int64(), now.Int64(), uint32(s.Window/time.Second))
	if err != nil {
		return Quote{}, fmt.Errorf("%s: %w: %w", s, ErrBadAnswer, err)
	}
	price, err := riskmath.TickToPriceWad(tick, s.BaseIsToken0, s.Decimals0, s.Decimals1)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: %w: %w", s, ErrBadAnswer, err)
	}
	return Quote{Price: price}, nil
}

func (s UniV3TWAP) String() string { return fmt.Sprintf("univ3-twap-%s:%s", s.Window, s.Pool.Hex()) }

// CurveEMA is a Curve stableswap pool's price_oracle(0): the EMA price of
// coin 1 in coin 0. AssetIndex says which coin the asset is; the other is
// ETH-pegged (18 decimals), and an asset at index 0 gets the inverse.
type CurveEMA struct {
	Pool       common.Address
	AssetIndex int
}

// Calls implements Source.
func (s CurveEMA) Calls() []chain.Call {
	return []chain.Call{{Target: s.Pool, Data: curveABI.PackPriceOracle(new(big.Int)), AllowFailure: true}}
}

// Decode implements Source.
func (s CurveEMA) Decode(res []chain.Result, _ chain.BlockRef) (Quote, error) {
	if !res[0].Success {
		return Quote{}, fmt.Errorf("%s: price_oracle: %w", s, ErrCallReverted)
	}
	p, err := curveABI.UnpackPriceOracle(res[0].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode price_oracle: %w", s, err)
	}
	if p.Sign() <= 0 {
		return Quote{}, fmt.Errorf("%s: %w: price_oracle returned %s", s, ErrBadAnswer, p)
	}
	if s.AssetIndex == 0 {
		p = new(big.Int).Quo(new(big.Int).Mul(wad, wad), p)
	}
	return Quote{Price: p}, nil
}

func (s CurveEMA) String() string { return "curve-ema:" + s.Pool.Hex() }

// CurveSpot is what selling one whole token into a Curve pool pays now
// (get_dy, fees included), in ETH.
type CurveSpot struct {
	Pool       common.Address
	AssetIndex int
	Decimals   uint8 // the asset's decimals
}

// Calls implements Source.
func (s CurveSpot) Calls() []chain.Call {
	i, j := big.NewInt(int64(s.AssetIndex)), big.NewInt(int64(1-s.AssetIndex))
	return []chain.Call{{Target: s.Pool, Data: curveABI.PackGetDy(i, j, pow10(s.Decimals)), AllowFailure: true}}
}

// Decode implements Source.
func (s CurveSpot) Decode(res []chain.Result, _ chain.BlockRef) (Quote, error) {
	if !res[0].Success {
		return Quote{}, fmt.Errorf("%s: get_dy: %w", s, ErrCallReverted)
	}
	dy, err := curveABI.UnpackGetDy(res[0].Data)
	if err != nil {
		return Quote{}, fmt.Errorf("%s: decode get_dy: %w", s, err)
	}
	if dy.Sign() <= 0 {
		return Quote{}, fmt.Errorf("%s: %w: get_dy returned %s", s, ErrBadAnswer, dy)
	}
	return Quote{Price: dy}, nil
}

func (s CurveSpot) String() string { return "curve-spot:" + s.Pool.Hex() }

// ExecSizes are the sale sizes, in whole tokens, of the executable depeg.
var ExecSizes = []int64{100, 1_000, 10_000}

// ExecQuoter quotes selling ExecSizes of the asset for ETH.
type ExecQuoter interface {
	Calls() []chain.Call
	// Decode returns the proceeds (ETH, WAD) per size; nil where the venue
	// cannot fill it.
	Decode(res []chain.Result) []*big.Int
	String() string
}

// CurveExec quotes sales with get_dy.
type CurveExec struct {
	Pool       common.Address
	AssetIndex int
	Decimals   uint8
}

// Calls implements ExecQuoter.
func (q CurveExec) Calls() []chain.Call {
	i, j := big.NewInt(int64(q.AssetIndex)), big.NewInt(int64(1-q.AssetIndex))
	calls := make([]chain.Call, len(ExecSizes))
	for k, n := range ExecSizes {
		amt := new(big.Int).Mul(big.NewInt(n), pow10(q.Decimals))
		calls[k] = chain.Call{Target: q.Pool, Data: curveABI.PackGetDy(i, j, amt), AllowFailure: true}
	}
	return calls
}

// Decode implements ExecQuoter.
func (q CurveExec) Decode(res []chain.Result) []*big.Int {
	out := make([]*big.Int, len(res))
	for k, r := range res {
		if !r.Success {
			continue
		}
		if dy, err := curveABI.UnpackGetDy(r.Data); err == nil && dy.Sign() > 0 {
			out[k] = dy
		}
	}
	return out
}

func (q CurveExec) String() string { return "curve-exec:" + q.Pool.Hex() }

// UniV3Pool describes a Uniswap v3 pool's tokens as seen from one asset.
type UniV3Pool struct {
	Pool         common.Address
	BaseIsToken0 bool
	Decimals0    uint8
	Decimals1    uint8
}

// TWAP returns the pool's TWAP source over window.
func (p UniV3Pool) TWAP(window time.Duration) UniV3TWAP {
	return UniV3TWAP{Pool: p.Pool, Window: window, BaseIsToken0: p.BaseIsToken0, Decimals0: p.Decimals0, Decimals1: p.Decimals1}
}

// ResolveUniV3 reads a pool's tokens and decimals at block and checks the
// asset is one of them.
func ResolveUniV3(ctx context.Context, mc *chain.Multicall, block common.Hash, pool, asset common.Address) (UniV3Pool, error) {
	res, err := mc.Do(ctx, block, []chain.Call{
		{Target: pool, Data: uniABI.PackToken0(), AllowFailure: true},
		{Target: pool, Data: uniABI.PackToken1(), AllowFailure: true},
	})
	if err != nil {
		return UniV3Pool{}, fmt.Errorf("uniswap pool %s: %w", pool.Hex(), err)
	}
	if !res[0].Success || !res[1].Success {
		return UniV3Pool{}, fmt.Errorf("uniswap pool %s: token0()/token1() reverted: not a v3 pool", pool.Hex())
	}
	t0, err0 := uniABI.UnpackToken0(res[0].Data)
	t1, err1 := uniABI.UnpackToken1(res[1].Data)
	if err0 != nil || err1 != nil {
		return UniV3Pool{}, fmt.Errorf("uniswap pool %s: decode tokens: %w", pool.Hex(), firstErr(err0, err1))
	}
	if t0 != asset && t1 != asset {
		return UniV3Pool{}, fmt.Errorf("uniswap pool %s: holds %s and %s, not the asset %s", pool.Hex(), t0.Hex(), t1.Hex(), asset.Hex())
	}
	res, err = mc.Do(ctx, block, []chain.Call{
		{Target: t0, Data: erc20ABI.PackDecimals(), AllowFailure: true},
		{Target: t1, Data: erc20ABI.PackDecimals(), AllowFailure: true},
	})
	if err != nil {
		return UniV3Pool{}, fmt.Errorf("uniswap pool %s: token decimals: %w", pool.Hex(), err)
	}
	decs := [2]uint8{}
	for i, r := range res {
		d, err := erc20ABI.UnpackDecimals(r.Data)
		if !r.Success || err != nil {
			return UniV3Pool{}, fmt.Errorf("uniswap pool %s: decimals() of token%d failed", pool.Hex(), i)
		}
		decs[i] = d
	}
	return UniV3Pool{Pool: pool, BaseIsToken0: t0 == asset, Decimals0: decs[0], Decimals1: decs[1]}, nil
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
