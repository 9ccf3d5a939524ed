// Package morpho reproduces Morpho Blue's on-chain arithmetic off-chain,
// bit for bit: MathLib (mulDiv, WAD helpers, the Taylor compounding used for
// interest), SharesMathLib (virtual shares), interest accrual, the health
// check, the liquidation incentive factor and the liquidation sizing of
// Morpho.liquidate.
//
// Numbers are *uint256.Int (github.com/holiman/uint256), which behaves like
// Solidity's uint256 and keeps the hot paths free of heap allocations.
// Where Solidity would revert (checked arithmetic overflow or underflow,
// division by zero, a value that does not fit a uint128 market field) the
// functions here return one of the package's sentinel errors, possibly
// wrapped with context; test with errors.Is. They never panic and never
// return a wrapped-around value.
//
// Conventions: amounts are raw token units; oracle prices are scaled by
// 1e36 (raw loan units per raw collateral unit, as IOracle.price()); ratios
// and factors are WAD (1e18 = 1.0). Arguments are never modified; returned
// pointers are freshly allocated and owned by the caller.
package morpho

import (
	"errors"
	"fmt"

	"github.com/holiman/uint256"
)

// Protocol constants from Morpho Blue's MathLib, SharesMathLib and
// ConstantsLib. OraclePriceScale does not fit a uint64 and is a variable
// below.
const (
	// WAD is the fixed-point unit 1e18.
	WAD uint64 = 1e18
	// VirtualShares is SharesMathLib.VIRTUAL_SHARES.
	VirtualShares uint64 = 1e6
	// VirtualAssets is SharesMathLib.VIRTUAL_ASSETS.
	VirtualAssets uint64 = 1
	// LiquidationCursor is ConstantsLib.LIQUIDATION_CURSOR (0.3 WAD).
	LiquidationCursor uint64 = 0.3e18
	// MaxLiquidationIncentiveFactor is
	// ConstantsLib.MAX_LIQUIDATION_INCENTIVE_FACTOR (1.15 WAD).
	MaxLiquidationIncentiveFactor uint64 = 1.15e18
	// MaxFee is ConstantsLib.MAX_FEE (0.25 WAD).
	MaxFee uint64 = 0.25e18
)

// OraclePriceScale is ConstantsLib.ORACLE_PRICE_SCALE, 1e36. It is read-only:
// the package computes with its own private copy, so changing this variable
// has no effect on the math but would mislead other readers; use Clone.
var OraclePriceScale = uint256.MustFromDecimal("1000000000000000000000000000000000000")

// Sentinel errors. Each stands for a Solidity revert.
var (
	// ErrOverflow is checked arithmetic overflow or underflow (Solidity
	// Panic 0x11).
	ErrOverflow = errors.New("morpho: arithmetic overflow or underflow")
	// ErrDivByZero is a division by zero (Solidity Panic 0x12).
	ErrDivByZero = errors.New("morpho: division by zero")
	// ErrUint128Overflow is a value that does not fit a uint128 market or
	// position field (ErrorsLib.MAX_UINT128_EXCEEDED or a checked uint128
	// addition). It wraps ErrOverflow.
	ErrUint128Overflow = fmt.Errorf("%w: value exceeds uint128", ErrOverflow)
	// ErrTimestampBeforeLastUpdate is an accrual timestamp older than the
	// market's lastUpdate: block.timestamp - lastUpdate underflows on-chain.
	// It wraps ErrOverflow.
	ErrTimestampBeforeLastUpdate = fmt.Errorf("%w: timestamp before market lastUpdate", ErrOverflow)
	// ErrNoEquity means the collateral value does not exceed the debt, so
	// leverage is unbounded. It is not a Solidity revert.
	ErrNoEquity = errors.New("morpho: collateral value does not exceed debt")
)

// Private copies of the constants; the math uses only these.
var (
	wad           = uint256.NewInt(WAD)
	twoWad        = uint256.NewInt(2 * WAD)
	threeWad      = uint256.NewInt(3 * WAD)
	virtualShares = uint256.NewInt(VirtualShares)
	virtualAssets = uint256.NewInt(VirtualAssets)
	cursor        = uint256.NewInt(LiquidationCursor)
	maxLIF        = uint256.NewInt(MaxLiquidationIncentiveFactor)
	priceScale    = OraclePriceScale.Clone()
	maxUint128    = new(uint256.Int).SubUint64(new(uint256.Int).Lsh(uint256.NewInt(1), 128), 1)
	maxUint256    = new(uint256.Int).SetAllOne()
)

// mulDivDown sets z = x*y/d rounded down, as MathLib.mulDivDown:
// (x * y) / d, reverting when x*y overflows 256 bits (checked before the
// division, as Solidity evaluates it) or d == 0. z may alias any argument.
func mulDivDown(z, x, y, d *uint256.Int) error {
	var p uint256.Int
	if _, overflow := p.MulOverflow(x, y); overflow {
		return ErrOverflow
	}
	if d.IsZero() {
		return ErrDivByZero
	}
	z.Div(&p, d)
	return nil
}

// mulDivUp sets z = (x*y + (d-1)) / d, as MathLib.mulDivUp, reverting when
// x*y or the addition overflows 256 bits or d == 0. On-chain d == 0 reverts
// in d - 1 (an underflow panic); it is reported here as ErrDivByZero, its
// cause. z may alias any argument.
func mulDivUp(z, x, y, d *uint256.Int) error {
	var p uint256.Int
	if _, overflow := p.MulOverflow(x, y); overflow {
		return ErrOverflow
	}
	if d.IsZero() {
		return ErrDivByZero
	}
	var dm1 uint256.Int
	dm1.SubUint64(d, 1)
	if _, overflow := p.AddOverflow(&p, &dm1); overflow {
		return ErrOverflow
	}
	z.Div(&p, d)
	return nil
}

// wTaylorCompounded sets z to MathLib.wTaylorCompounded(x, n):
// x*n + (x*n)^2/(2 WAD) + ((x*n)^2/(2 WAD))*(x*n)/(3 WAD), each division
// rounding down, all arithmetic checked.
func wTaylorCompounded(z, x, n *uint256.Int) error {
	var first, second, third uint256.Int
	if _, overflow := first.MulOverflow(x, n); overflow {
		return ErrOverflow
	}
	if err := mulDivDown(&second, &first, &first, twoWad); err != nil {
		return err
	}
	if err := mulDivDown(&third, &second, &first, threeWad); err != nil {
		return err
	}
	if _, overflow := z.AddOverflow(&first, &second); overflow {
		return ErrOverflow
	}
	if _, overflow := z.AddOverflow(z, &third); overflow {
		return ErrOverflow
	}
	return nil
}

// MulDivDown returns x*y/d rounded down, exactly as MathLib.mulDivDown:
// the product is a checked 256-bit multiplication, so it fails with
// ErrOverflow when x*y >= 2^256 even if the quotient would fit; d == 0 fails
// with ErrDivByZero.
func MulDivDown(x, y, d *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := mulDivDown(z, x, y, d); err != nil {
		return nil, err
	}
	return z, nil
}

// MulDivUp returns (x*y + d - 1)/d, exactly as MathLib.mulDivUp, with the
// same failure modes as MulDivDown (the addition of d - 1 is checked too).
func MulDivUp(x, y, d *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := mulDivUp(z, x, y, d); err != nil {
		return nil, err
	}
	return z, nil
}

// WMulDown returns x*y/WAD rounded down (MathLib.wMulDown).
func WMulDown(x, y *uint256.Int) (*uint256.Int, error) {
	return MulDivDown(x, y, wad)
}

// WDivDown returns x*WAD/y rounded down (MathLib.wDivDown).
func WDivDown(x, y *uint256.Int) (*uint256.Int, error) {
	return MulDivDown(x, wad, y)
}

// WDivUp returns x*WAD/y rounded up (MathLib.wDivUp).
func WDivUp(x, y *uint256.Int) (*uint256.Int, error) {
	return MulDivUp(x, wad, y)
}

// ZeroFloorSub returns max(x - y, 0) (UtilsLib.zeroFloorSub).
func ZeroFloorSub(x, y *uint256.Int) *uint256.Int {
	if x.Gt(y) {
		return new(uint256.Int).Sub(x, y)
	}
	return new(uint256.Int)
}

// WTaylorCompounded returns MathLib.wTaylorCompounded(rate, elapsed): the
// third-order Taylor approximation of e^(rate*elapsed) - 1 in WAD, where rate
// is a per-second WAD rate.
func WTaylorCompounded(rate *uint256.Int, elapsed uint64) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := wTaylorCompounded(z, rate, uint256.NewInt(elapsed)); err != nil {
		return nil, err
	}
	return z, nil
}

// checkUint128 returns ErrUint128Overflow when x does not fit a uint128.
func checkUint128(x *uint256.Int) error {
	if x.Gt(maxUint128) {
		return ErrUint128Overflow
	}
	return nil
}
