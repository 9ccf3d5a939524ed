package oracle

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
)

// SchemaVersion is the version of the Redis layout in docs/oracle-schema.md.
const SchemaVersion = 3

// Snapshot is what the daemon publishes for one block: every asset and
// market, and the positions worth writing at this block (see
// MarketRisk.Positions). The other positions keep their last record, whose
// block field says how old it is.
type Snapshot struct {
	Block     chain.BlockRef
	UpdatedAt time.Time
	Assets    []AssetReading
	Markets   []MarketRisk
	// Full marks a snapshot whose markets list every position (the first
	// block, or Redis came back empty).
	Full bool
}

// MarketRisk is one Morpho market at one block.
type MarketRisk struct {
	// Protocol is the lending protocol (morpho_blue, aave_v3).
	Protocol   string
	ID         common.Hash
	Name       string
	Collateral string // asset symbol
	LLTV       *big.Int
	// OraclePrice is the market oracle's price(), 1e36-scaled; nil with
	// OracleErr set when it could not be read.
	OraclePrice       *big.Int
	OracleErr         error
	TotalSupplyAssets *big.Int
	TotalBorrowAssets *big.Int // accrued to the block
	TotalCollateral   *big.Int // over tracked positions
	// PositionCount is the number of tracked positions.
	PositionCount int
	// Positions are the positions written this block: those the block's
	// events changed, those at risk (health below the alert bound) or
	// that just left that set, and a slice of the rest refreshed on a
	// slower cadence; every position when the snapshot is Full.
	Positions []PositionRisk
	// Closed are positions this block's events emptied: their records go.
	Closed []common.Address
	// CollateralDecimals and LoanDecimals turn 1e36-scaled oracle prices
	// into loan tokens per collateral token.
	CollateralDecimals, LoanDecimals uint8
	AtRisk                           int      // positions below the health alert threshold
	MinHealth                        *big.Int // WAD; nil when no position has debt

	// OracleKind is the price the oracle follows (market, exchange_rate,
	// capped); OracleKindFrom says whether it was configured, detected or
	// assumed.
	OracleKind     string
	OracleKindFrom string
	// OracleVsMarketBps and OracleVsFairBps compare the oracle price with
	// the asset's market price and fair value: (oracle/x − 1)·1e4, WAD.
	OracleVsMarketBps *big.Int
	OracleVsFairBps   *big.Int
	// Utilization is total borrow / total supply, WAD.
	Utilization *big.Int
	// BorrowRateAPR is the IRM's per-second rate × 365 days, WAD.
	BorrowRateAPR *big.Int
	// Stress holds one result per shock; empty when prices were missing.
	Stress []stress.Result
	// RiskErr says why stress or position risk figures are missing.
	RiskErr error
	// Err says why the market could not be read this block at all (its
	// positions are then absent; other markets are unaffected).
	Err error
}

// PositionRisk is one borrower's position at one block.
type PositionRisk struct {
	Borrower     common.Address
	Collateral   *big.Int
	BorrowShares *big.Int
	BorrowAssets *big.Int // accrued, rounded up as Morpho does
	HasDebt      bool
	// Health values are WAD (1e18 = at the liquidation threshold). They are
	// meaningful only when HasDebt; a nil value means its price was unknown.
	Health       *big.Int // at the market's own oracle price
	HealthMarket *big.Int // at the asset's market price
	HealthFair   *big.Int // at the asset's fair value
	Liquidatable bool
	// LiquidationPrice is the highest oracle price (1e36 scale) at which the
	// position is liquidatable; nil when it has no debt.
	LiquidationPrice *big.Int
	// Leverage is collateral value/(collateral value − debt), WAD; nil
	// without equity.
	Leverage *big.Int
	// DepegBufferBps is the depeg from fair that makes the position
	// liquidatable (market-priced oracles), WAD-scaled bps; nil otherwise.
	DepegBufferBps *big.Int
	// TimeToLiquidation is the carry-driven estimate in seconds for
	// exchange-rate oracles with negative carry; nil otherwise.
	TimeToLiquidation *uint64
}
