package riskmath

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
)

// SourceValue is one market-price source's reading for a block.
type SourceValue struct {
	Name      string
	Price     *big.Int // WAD, quote per whole base token; nil = unhealthy
	UpdatedAt uint64   // unix seconds the source last updated, 0 = unknown
	Err       error    // non-nil = unhealthy
}

// Aggregated is the median of the healthy market-price sources and how far
// they disagree. (The type cannot be named Aggregate: that is the function.)
type Aggregated struct {
	// Median is the median healthy price (WAD); for an even count the mean
	// of the two middle prices rounded down. nil without quorum.
	Median *big.Int
	// Min and Max are the lowest and highest healthy prices; nil when none.
	Min, Max *big.Int
	// Healthy is the number of healthy sources; Total the number given.
	Healthy, Total int
	// SpreadBps is (Max − Min)·1e4·1e18 / Median, bps WAD, rounded down;
	// nil without quorum.
	SpreadBps *big.Int
	// Disagree is SpreadBps > maxSpreadBps·1e18.
	Disagree bool
	// Excluded names the unhealthy sources, sorted.
	Excluded []string
	// Oldest is the smallest non-zero UpdatedAt among the healthy sources
	// (0 when none reports one).
	Oldest uint64
}

// Aggregate combines market-price readings. A source is healthy when Err is
// nil and Price is non-nil and positive (a zero or negative price is a broken
// source, never a price). The result depends only on the multiset of
// readings, not their order.
//
// With fewer than quorum healthy sources it returns an error wrapping
// ErrNoQuorum (with the counts) together with the partial result: Healthy,
// Total, Min, Max, Excluded and Oldest are filled, Median and SpreadBps are
// nil. quorum < 1 is ErrInvalidInput.
func Aggregate(values []SourceValue, quorum int, maxSpreadBps uint64) (Aggregated, error) {
	if quorum < 1 {
		return Aggregated{}, fmt.Errorf("%w: quorum %d, want ≥ 1", ErrInvalidInput, quorum)
	}
	res := Aggregated{Total: len(values)}
	prices := make([]*big.Int, 0, len(values))
	for _, v := range values {
		if v.Err != nil || v.Price == nil || v.Price.Sign() <= 0 {
			res.Excluded = append(res.Excluded, v.Name)
			continue
		}
		prices = append(prices, v.Price)
		if v.UpdatedAt != 0 && (res.Oldest == 0 || v.UpdatedAt < res.Oldest) {
			res.Oldest = v.UpdatedAt
		}
	}
	slices.SortFunc(prices, func(a, b *big.Int) int { return a.Cmp(b) })
	slices.SortFunc(res.Excluded, strings.Compare)
	res.Healthy = len(prices)
	if res.Healthy > 0 {
		res.Min = new(big.Int).Set(prices[0])
		res.Max = new(big.Int).Set(prices[len(prices)-1])
	}
	if res.Healthy < quorum {
		return res, fmt.Errorf("%w: %d of %d sources healthy, quorum %d", ErrNoQuorum, res.Healthy, res.Total, quorum)
	}
	mid := len(prices) / 2
	if len(prices)%2 == 1 {
		res.Median = new(big.Int).Set(prices[mid])
	} else {
		res.Median = new(big.Int).Add(prices[mid-1], prices[mid])
		res.Median.Rsh(res.Median, 1) // positive, so this is the floor
	}
	spread := new(big.Int).Sub(res.Max, res.Min)
	spread.Mul(spread, wadBps)
	res.SpreadBps = spread.Quo(spread, res.Median) // median ≥ min > 0
	limit := new(big.Int).SetUint64(maxSpreadBps)
	res.Disagree = res.SpreadBps.Cmp(limit.Mul(limit, wadInt)) > 0
	return res, nil
}
