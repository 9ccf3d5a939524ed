package keeper

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
)

// MarketSpec and Market are the Morpho adapter's market types.
type (
	MarketSpec = protocol.MarketSpec
	Market     = protocol.Market
)

// Oracle kinds: which price a market's oracle follows.
const (
	OracleMarket       = protocol.OracleMarket
	OracleExchangeRate = protocol.OracleExchangeRate
	OracleCapped       = protocol.OracleCapped
	OracleUnknown      = protocol.OracleUnknown
)

// LoadMarkets reads the markets' parameters at block and checks each
// collateral against its configured asset.
func LoadMarkets(ctx context.Context, mc *chain.Multicall, morphoAddr common.Address, block common.Hash, specs []MarketSpec, assets []oracle.Asset) ([]*Market, error) {
	specs = append([]MarketSpec(nil), specs...)
	for i := range specs {
		a := assets[specs[i].Asset]
		specs[i].CollateralToken, specs[i].AssetSymbol = a.Token, a.Symbol
	}
	return protocol.LoadMarkets(ctx, mc, morphoAddr, block, specs)
}
