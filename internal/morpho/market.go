package morpho

import (
	"fmt"

	"github.com/holiman/uint256"
)

// Market is the state Morpho.market(id) returns. On-chain every field is a
// uint128; the fields are uint256.Int values so a Market copies cheaply, has
// a usable zero value and never aliases the caller's numbers. Totals exclude
// the interest accrued since LastUpdate; see AccrueInterest.
type Market struct {
	TotalSupplyAssets uint256.Int
	TotalSupplyShares uint256.Int
	TotalBorrowAssets uint256.Int
	TotalBorrowShares uint256.Int
	// LastUpdate is the unix timestamp (seconds) of the last accrual.
	LastUpdate uint256.Int
	// Fee is the WAD share of interest minted to the fee recipient
	// (at most MaxFee on-chain).
	Fee uint256.Int
}

// Position is the state Morpho.position(id, user) returns.
type Position struct {
	SupplyShares uint256.Int
	BorrowShares uint256.Int
	Collateral   uint256.Int
}

// AccrueInterest returns m with interest accrued up to timestamp, exactly as
// Morpho._accrueInterest does for a market whose IRM returns borrowRate
// (per-second WAD; pass the IRM's borrowRateView at m, as
// MorphoBalancesLib.expectedMarketBalances does):
//
//	elapsed   = timestamp − lastUpdate               (0 → m unchanged)
//	interest  = wMulDown(totalBorrowAssets, wTaylorCompounded(rate, elapsed))
//	totalBorrowAssets += interest; totalSupplyAssets += interest   (uint128)
//	if fee ≠ 0:
//	  feeAmount = wMulDown(interest, fee)
//	  feeShares = toSharesDown(feeAmount, totalSupplyAssets − feeAmount, totalSupplyShares)
//	  totalSupplyShares += feeShares                                 (uint128)
//	lastUpdate = timestamp
//
// The fee recipient's position gains feeShares, which is not modelled here.
// For a market without IRM (irm == address(0)) pass a zero rate: the totals
// then stay the same and only LastUpdate moves, as on-chain.
//
// Errors: ErrTimestampBeforeLastUpdate when timestamp < m.LastUpdate,
// ErrUint128Overflow when a field would exceed uint128, ErrOverflow for any
// other overflowing step. m itself is never modified.
func AccrueInterest(m Market, borrowRate *uint256.Int, timestamp uint64) (Market, error) {
	if err := accrueInterest(&m, borrowRate, timestamp); err != nil {
		return Market{}, err
	}
	return m, nil
}

// accrueInterest updates m in place. On error m is left partly updated; the
// exported wrapper discards it.
func accrueInterest(m *Market, borrowRate *uint256.Int, timestamp uint64) error {
	var now, elapsed uint256.Int
	now.SetUint64(timestamp)
	if _, underflow := elapsed.SubOverflow(&now, &m.LastUpdate); underflow {
		return ErrTimestampBeforeLastUpdate
	}
	if elapsed.IsZero() {
		return nil
	}

	var growth, interest uint256.Int
	if err := wTaylorCompounded(&growth, borrowRate, &elapsed); err != nil {
		return fmt.Errorf("interest growth factor: %w", err)
	}
	if err := mulDivDown(&interest, &m.TotalBorrowAssets, &growth, wad); err != nil {
		return fmt.Errorf("interest: %w", err)
	}
	if err := checkUint128(&interest); err != nil {
		return fmt.Errorf("interest: %w", err)
	}
	if err := addUint128(&m.TotalBorrowAssets, &interest); err != nil {
		return fmt.Errorf("total borrow assets: %w", err)
	}
	if err := addUint128(&m.TotalSupplyAssets, &interest); err != nil {
		return fmt.Errorf("total supply assets: %w", err)
	}

	if !m.Fee.IsZero() {
		var feeAmount, base, feeShares uint256.Int
		if err := mulDivDown(&feeAmount, &interest, &m.Fee, wad); err != nil {
			return fmt.Errorf("fee amount: %w", err)
		}
		if _, underflow := base.SubOverflow(&m.TotalSupplyAssets, &feeAmount); underflow {
			return fmt.Errorf("fee amount exceeds total supply assets: %w", ErrOverflow)
		}
		if err := toSharesDown(&feeShares, &feeAmount, &base, &m.TotalSupplyShares); err != nil {
			return fmt.Errorf("fee shares: %w", err)
		}
		if err := checkUint128(&feeShares); err != nil {
			return fmt.Errorf("fee shares: %w", err)
		}
		if err := addUint128(&m.TotalSupplyShares, &feeShares); err != nil {
			return fmt.Errorf("total supply shares: %w", err)
		}
	}

	m.LastUpdate.Set(&now)
	return nil
}

// addUint128 sets *z += x, failing like a checked uint128 addition.
func addUint128(z, x *uint256.Int) error {
	var sum uint256.Int
	if _, overflow := sum.AddOverflow(z, x); overflow {
		return ErrUint128Overflow
	}
	if err := checkUint128(&sum); err != nil {
		return err
	}
	z.Set(&sum)
	return nil
}
