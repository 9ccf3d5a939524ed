package aave

import (
	"github.com/holiman/uint256"
)

// Capo is a CAPO price-cap adapter's state as read on chain
// (PriceCapAdapterBase, the generation with MINIMUM_SNAPSHOT_DELAY):
// getSnapshotRatio, getSnapshotTimestamp, getMaxRatioGrowthPerSecond and
// RATIO_DECIMALS.
type Capo struct {
	SnapshotRatio           uint256.Int
	SnapshotTimestamp       uint64
	MaxRatioGrowthPerSecond uint256.Int
	RatioDecimals           uint8
}

// CapoGrowthPerSecond is what setCapParameters stores for a snapshot ratio
// and a yearly growth in bps: ⌊⌊ratio·pct/1e4⌋/year⌋.
func CapoGrowthPerSecond(snapshotRatio *uint256.Int, maxYearlyPct uint16) (*uint256.Int, error) {
	g, err := PercentMulFloor(snapshotRatio, uint256.NewInt(uint64(maxYearlyPct)))
	if err != nil {
		return nil, err
	}
	return g.Div(g, year), nil
}

// MaxRatio is the adapter's cap at now: snapshotRatio +
// growthPerSecond·(now − snapshotTimestamp). A now before the snapshot is
// an underflow on chain.
func (c *Capo) MaxRatio(now uint64) (*uint256.Int, error) {
	if now < c.SnapshotTimestamp {
		return nil, ErrOverflow
	}
	g, err := mulChain(&c.MaxRatioGrowthPerSecond, uint256.NewInt(now-c.SnapshotTimestamp))
	if err != nil {
		return nil, err
	}
	return sumChecked(&c.SnapshotRatio, g)
}

// CapoAnswer is latestAnswer(): base·min(ratio, maxRatio)/10^ratioDecimals
// (rounded down); 0 when the base price or the ratio is not positive.
// base and ratio are the signed answers of the base feed and the ratio
// provider, passed as their absolute values with a positivity flag.
func CapoAnswer(base *uint256.Int, basePositive bool, ratio *uint256.Int, ratioPositive bool, maxRatio *uint256.Int, ratioDecimals uint8) (*uint256.Int, error) {
	if !basePositive || !ratioPositive || base.IsZero() || ratio.IsZero() {
		return new(uint256.Int), nil
	}
	r := ratio
	if maxRatio.Lt(ratio) {
		r = maxRatio
	}
	unit := new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(ratioDecimals)))
	return run(func(z *uint256.Int) error { return mulAddDiv(z, base, r, zero(), unit) })
}
