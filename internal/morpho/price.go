package morpho

import "github.com/holiman/uint256"

// maxPow10 is the largest n with 10^n < 2^256.
const maxPow10 = 77

// pow10 holds 10^0 … 10^77.
var pow10 = func() [maxPow10 + 1]uint256.Int {
	var t [maxPow10 + 1]uint256.Int
	t[0].SetOne()
	ten := uint256.NewInt(10)
	for i := 1; i <= maxPow10; i++ {
		t[i].Mul(&t[i-1], ten)
	}
	return t
}()

// ScalePriceWad converts an 18-decimal price in whole loan tokens per whole
// collateral token (a feed answer or an exchange rate in WAD) to Morpho's
// oracle scale, raw loan units per raw collateral unit times 1e36:
//
//	price = priceWad · 10^(36 + loanDecimals − collateralDecimals − 18)
//
// A negative exponent divides exactly and rounds down, as Morpho's oracles
// do. A result beyond 2^256 − 1 fails with ErrOverflow.
func ScalePriceWad(priceWad *uint256.Int, collateralDecimals, loanDecimals uint8) (*uint256.Int, error) {
	exp := 18 + int(loanDecimals) - int(collateralDecimals)
	z := new(uint256.Int)
	switch {
	case exp >= 0:
		if priceWad.IsZero() {
			return z, nil
		}
		if exp > maxPow10 {
			return nil, ErrOverflow
		}
		if _, overflow := z.MulOverflow(priceWad, &pow10[exp]); overflow {
			return nil, ErrOverflow
		}
	case -exp > maxPow10:
		// 10^78 > 2^256 > priceWad: the quotient is 0.
	default:
		z.Div(priceWad, &pow10[-exp])
	}
	return z, nil
}
