package strategies

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
)

// Protocols, the value of the "protocol" field of alerts and records.
const (
	ProtocolMorpho = "morpho_blue"
	ProtocolAave   = "aave_v3"
)

// AaveTarget is what an Aave v3 action needs beyond Target's prices: the
// pool, the two reserves and the exact terms of a liquidationCall at the
// target's block. A Target with Aave set is an Aave position: its Params,
// Position and Market are zero, its MarketID is AaveMarketID, and its
// OraclePrice, SalePrice, FairPrice and MarketSources are the collateral's
// price in debt-token units per collateral unit at Morpho's 1e36 scale
// (the AaveOracle's two prices, and the asset's market and fair value), so
// that the oracle guard and profit ordering treat both protocols alike.
type AaveTarget struct {
	Pool common.Address
	// Collateral and Debt are the reserves' underlying tokens; ATokenColl
	// is the collateral's aToken (deleverage withdraws through it).
	Collateral, Debt, ATokenColl common.Address
	// Case holds the account, both reserves brought to the block, the
	// scaled balances, the bonus and the protocol fee. Nil when the user
	// has nothing a liquidation can seize.
	Case *aave.LiquidationCase
}

// AaveMarketID names an Aave (collateral, debt) pair of a pool as a
// Morpho market id names a market: in keys, alerts and managed positions.
func AaveMarketID(pool, collateral, debt common.Address) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), collateral.Bytes(), debt.Bytes())
}
