package morpho

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// Event topics. Position events carry every amount needed to update a
// position exactly; the market events let the adapter know a market's
// stored totals at the new block before reading them, so the IRM's rate can
// be asked for in the same batch.
var (
	topicSupplyCollateral   = morphoABI.GetABI().Events["SupplyCollateral"].ID
	topicWithdrawCollateral = morphoABI.GetABI().Events["WithdrawCollateral"].ID
	topicBorrow             = morphoABI.GetABI().Events["Borrow"].ID
	topicRepay              = morphoABI.GetABI().Events["Repay"].ID
	topicLiquidate          = morphoABI.GetABI().Events["Liquidate"].ID
	topicSupply             = morphoABI.GetABI().Events["Supply"].ID
	topicWithdraw           = morphoABI.GetABI().Events["Withdraw"].ID
	topicAccrueInterest     = morphoABI.GetABI().Events["AccrueInterest"].ID
	topicSetFee             = morphoABI.GetABI().Events["SetFee"].ID
)

// EventTopics are the topics the adapter follows; every one has the market
// id as its first indexed field.
var EventTopics = []common.Hash{
	topicSupplyCollateral, topicWithdrawCollateral, topicBorrow, topicRepay, topicLiquidate,
	topicSupply, topicWithdraw, topicAccrueInterest, topicSetFee,
}

// followed is EventTopics as a set.
var followed = func() map[common.Hash]bool {
	m := make(map[common.Hash]bool, len(EventTopics))
	for _, t := range EventTopics {
		m[t] = true
	}
	return m
}()

// PositionTopics are the events that create or change a borrow position.
var PositionTopics = EventTopics[:5]

// ErrBadEvent marks a log that does not decode as the event its topic names.
var ErrBadEvent = errors.New("undecodable morpho event")

// Delta is one event's effect, decoded.
type Delta struct {
	Market common.Hash
	Owner  common.Address // zero for market-only events
	// Position changes: collateral and borrow shares added or removed.
	CollateralIn, CollateralOut uint256.Int
	SharesIn, SharesOut         uint256.Int
	// Market changes.
	SupplyAssetsIn, SupplyAssetsOut uint256.Int
	SupplySharesIn, SupplySharesOut uint256.Int
	BorrowAssetsIn                  uint256.Int
	BorrowAssetsOut                 uint256.Int // zero-floor subtraction, as Morpho repays
	BadDebtAssets                   uint256.Int // out of both borrow and supply assets
	Accrued                         bool        // AccrueInterest: LastUpdate moves to the block's time
	SetFee                          bool
	Fee                             uint256.Int
	Block                           uint64
	BlockTime                       uint64 // 0 when the node did not say
}

// Decode turns a Morpho log into its Delta.
func Decode(l *types.Log) (Delta, error) {
	var d Delta
	if len(l.Topics) < 2 {
		return d, fmt.Errorf("%w: log %s#%d has %d topics", ErrBadEvent, l.TxHash.Hex(), l.Index, len(l.Topics))
	}
	d.Market, d.Block, d.BlockTime = l.Topics[1], l.BlockNumber, l.BlockTimestamp
	fail := func(err error) (Delta, error) {
		return Delta{}, fmt.Errorf("%w: log %s#%d: %w", ErrBadEvent, l.TxHash.Hex(), l.Index, err)
	}
	switch l.Topics[0] {
	case topicSupplyCollateral:
		ev, err := morphoABI.UnpackSupplyCollateralEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Owner = ev.OnBehalf
		set(&d.CollateralIn, ev.Assets)
	case topicWithdrawCollateral:
		ev, err := morphoABI.UnpackWithdrawCollateralEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Owner = ev.OnBehalf
		set(&d.CollateralOut, ev.Assets)
	case topicBorrow:
		ev, err := morphoABI.UnpackBorrowEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Owner = ev.OnBehalf
		set(&d.SharesIn, ev.Shares)
		set(&d.BorrowAssetsIn, ev.Assets)
	case topicRepay:
		ev, err := morphoABI.UnpackRepayEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Owner = ev.OnBehalf
		set(&d.SharesOut, ev.Shares)
		set(&d.BorrowAssetsOut, ev.Assets)
	case topicLiquidate:
		ev, err := morphoABI.UnpackLiquidateEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Owner = ev.Borrower
		set(&d.CollateralOut, ev.SeizedAssets)
		set(&d.SharesOut, ev.RepaidShares)
		var bad uint256.Int
		set(&bad, ev.BadDebtShares)
		d.SharesOut.Add(&d.SharesOut, &bad) // both < 2^128: no overflow
		set(&d.BorrowAssetsOut, ev.RepaidAssets)
		set(&d.BadDebtAssets, ev.BadDebtAssets)
	case topicSupply:
		ev, err := morphoABI.UnpackSupplyEvent(l)
		if err != nil {
			return fail(err)
		}
		set(&d.SupplyAssetsIn, ev.Assets)
		set(&d.SupplySharesIn, ev.Shares)
	case topicWithdraw:
		ev, err := morphoABI.UnpackWithdrawEvent(l)
		if err != nil {
			return fail(err)
		}
		set(&d.SupplyAssetsOut, ev.Assets)
		set(&d.SupplySharesOut, ev.Shares)
	case topicAccrueInterest:
		ev, err := morphoABI.UnpackAccrueInterestEvent(l)
		if err != nil {
			return fail(err)
		}
		d.Accrued = true
		set(&d.BorrowAssetsIn, ev.Interest)
		set(&d.SupplyAssetsIn, ev.Interest)
		set(&d.SupplySharesIn, ev.FeeShares)
	case topicSetFee:
		ev, err := morphoABI.UnpackSetFeeEvent(l)
		if err != nil {
			return fail(err)
		}
		d.SetFee = true
		set(&d.Fee, ev.NewFee)
	default:
		return d, fmt.Errorf("%w: log %s#%d has unexpected topic %s", ErrBadEvent, l.TxHash.Hex(), l.Index, l.Topics[0].Hex())
	}
	return d, nil
}

// set stores an ABI-decoded uint256, which is never negative or wider.
func set(z *uint256.Int, x *big.Int) { z.SetFromBig(x) }

// ApplyPosition applies d to a position (collateral, borrow shares). It
// fails when the event takes away more than the position holds: the book
// was wrong before the event.
func (d *Delta) ApplyPosition(collateral, shares *uint256.Int) error {
	if d.Owner == (common.Address{}) {
		return nil
	}
	collateral.Add(collateral, &d.CollateralIn)
	if _, under := collateral.SubOverflow(collateral, &d.CollateralOut); under {
		return errors.New("collateral below zero")
	}
	shares.Add(shares, &d.SharesIn)
	if _, under := shares.SubOverflow(shares, &d.SharesOut); under {
		return errors.New("borrow shares below zero")
	}
	return nil
}

// ApplyMarket applies d to a market's stored totals as Morpho does. It
// fails on an underflow, which means the totals were not the chain's.
func (d *Delta) ApplyMarket(m *morpho.Market) error {
	under := false
	sub := func(z, x *uint256.Int) {
		if _, u := z.SubOverflow(z, x); u {
			under = true
		}
	}
	m.TotalSupplyAssets.Add(&m.TotalSupplyAssets, &d.SupplyAssetsIn)
	sub(&m.TotalSupplyAssets, &d.SupplyAssetsOut)
	m.TotalSupplyShares.Add(&m.TotalSupplyShares, &d.SupplySharesIn)
	sub(&m.TotalSupplyShares, &d.SupplySharesOut)
	m.TotalBorrowAssets.Add(&m.TotalBorrowAssets, &d.BorrowAssetsIn)
	m.TotalBorrowShares.Add(&m.TotalBorrowShares, &d.SharesIn)
	sub(&m.TotalBorrowShares, &d.SharesOut)
	// Repay and liquidate take repaid assets with a floor at zero.
	m.TotalBorrowAssets.Set(morpho.ZeroFloorSub(&m.TotalBorrowAssets, &d.BorrowAssetsOut))
	sub(&m.TotalBorrowAssets, &d.BadDebtAssets)
	sub(&m.TotalSupplyAssets, &d.BadDebtAssets)
	if d.SetFee {
		m.Fee.Set(&d.Fee)
	}
	if under {
		return errors.New("market totals below zero")
	}
	return nil
}

// Query is the log filter for the watched markets of the Morpho singleton.
func Query(morphoAddr common.Address, ids []common.Hash, positionsOnly bool) ethereum.FilterQuery {
	topics := EventTopics
	if positionsOnly {
		topics = PositionTopics
	}
	return ethereum.FilterQuery{
		Addresses: []common.Address{morphoAddr},
		Topics:    [][]common.Hash{topics, ids},
	}
}
