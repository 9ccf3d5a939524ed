package riskmath

import (
	"fmt"
	"math/big"
)

// AnnualisedGrowth is the simple (linear) annualised growth between two rate
// readings seconds apart, as a signed WAD truncated toward zero:
//
//	(rateNow − rateThen)·365 d·1e18 / (rateThen·seconds)
//
// Errors (ErrInvalidInput): a nil or negative rate, rateThen 0, seconds 0.
func AnnualisedGrowth(rateNow, rateThen *big.Int, seconds uint64) (*big.Int, error) {
	switch {
	case rateNow == nil || rateNow.Sign() < 0:
		return nil, fmt.Errorf("%w: rateNow %v, want ≥ 0", ErrInvalidInput, rateNow)
	case rateThen == nil || rateThen.Sign() <= 0:
		return nil, fmt.Errorf("%w: rateThen %v, want > 0", ErrInvalidInput, rateThen)
	case seconds == 0:
		return nil, fmt.Errorf("%w: growth over 0 seconds", ErrInvalidInput)
	}
	num := new(big.Int).Sub(rateNow, rateThen)
	num.Mul(num, yearWad)
	den := new(big.Int).SetUint64(seconds)
	den.Mul(den, rateThen)
	return num.Quo(num, den), nil
}

// ExecDepeg is the executable depeg of selling quantity tokens for proceeds
// ETH against the fair rate, 1 − proceeds/(quantity·fair), as a signed WAD
// truncated toward zero (all arguments are WAD amounts):
//
//	(quantity·fair − proceeds·1e18)·1e18 / (quantity·fair)
//
// Negative means the sale beat the fair rate. Errors (ErrInvalidInput):
// nil arguments, quantity or fair ≤ 0, proceeds < 0.
func ExecDepeg(proceedsWad, quantityWad, fairWad *big.Int) (*big.Int, error) {
	switch {
	case proceedsWad == nil || proceedsWad.Sign() < 0:
		return nil, fmt.Errorf("%w: proceeds %v, want ≥ 0", ErrInvalidInput, proceedsWad)
	case quantityWad == nil || quantityWad.Sign() <= 0:
		return nil, fmt.Errorf("%w: quantity %v, want > 0", ErrInvalidInput, quantityWad)
	case fairWad == nil || fairWad.Sign() <= 0:
		return nil, fmt.Errorf("%w: fair rate %v, want > 0", ErrInvalidInput, fairWad)
	}
	value := new(big.Int).Mul(quantityWad, fairWad) // ETH value · 1e36
	num := new(big.Int).Mul(proceedsWad, wadInt)
	num.Sub(value, num)
	num.Mul(num, wadInt)
	return num.Quo(num, value), nil
}
