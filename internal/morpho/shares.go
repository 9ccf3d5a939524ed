package morpho

import "github.com/holiman/uint256"

// The share conversions of SharesMathLib. Shares and assets are related
// through virtual amounts: shares = assets·(totalShares + 1e6)/(totalAssets + 1)
// and assets = shares·(totalAssets + 1)/(totalShares + 1e6). The virtual
// additions are checked (they overflow only for totals near 2^256).

// virtualTotals sets a = totalAssets + VirtualAssets and
// s = totalShares + VirtualShares.
func virtualTotals(a, s, totalAssets, totalShares *uint256.Int) error {
	if _, overflow := a.AddOverflow(totalAssets, virtualAssets); overflow {
		return ErrOverflow
	}
	if _, overflow := s.AddOverflow(totalShares, virtualShares); overflow {
		return ErrOverflow
	}
	return nil
}

func toSharesDown(z, assets, totalAssets, totalShares *uint256.Int) error {
	var a, s uint256.Int
	if err := virtualTotals(&a, &s, totalAssets, totalShares); err != nil {
		return err
	}
	return mulDivDown(z, assets, &s, &a)
}

func toSharesUp(z, assets, totalAssets, totalShares *uint256.Int) error {
	var a, s uint256.Int
	if err := virtualTotals(&a, &s, totalAssets, totalShares); err != nil {
		return err
	}
	return mulDivUp(z, assets, &s, &a)
}

func toAssetsDown(z, shares, totalAssets, totalShares *uint256.Int) error {
	var a, s uint256.Int
	if err := virtualTotals(&a, &s, totalAssets, totalShares); err != nil {
		return err
	}
	return mulDivDown(z, shares, &a, &s)
}

func toAssetsUp(z, shares, totalAssets, totalShares *uint256.Int) error {
	var a, s uint256.Int
	if err := virtualTotals(&a, &s, totalAssets, totalShares); err != nil {
		return err
	}
	return mulDivUp(z, shares, &a, &s)
}

// ToSharesDown converts assets to shares rounding down
// (SharesMathLib.toSharesDown): assets·(totalShares+1e6)/(totalAssets+1).
func ToSharesDown(assets, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := toSharesDown(z, assets, totalAssets, totalShares); err != nil {
		return nil, err
	}
	return z, nil
}

// ToSharesUp converts assets to shares rounding up (SharesMathLib.toSharesUp).
func ToSharesUp(assets, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := toSharesUp(z, assets, totalAssets, totalShares); err != nil {
		return nil, err
	}
	return z, nil
}

// ToAssetsDown converts shares to assets rounding down
// (SharesMathLib.toAssetsDown): shares·(totalAssets+1)/(totalShares+1e6).
func ToAssetsDown(shares, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := toAssetsDown(z, shares, totalAssets, totalShares); err != nil {
		return nil, err
	}
	return z, nil
}

// ToAssetsUp converts shares to assets rounding up (SharesMathLib.toAssetsUp).
func ToAssetsUp(shares, totalAssets, totalShares *uint256.Int) (*uint256.Int, error) {
	z := new(uint256.Int)
	if err := toAssetsUp(z, shares, totalAssets, totalShares); err != nil {
		return nil, err
	}
	return z, nil
}
