package oracle

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// Asset is one watched LRT and where its two prices come from.
type Asset struct {
	Symbol   string
	Token    common.Address
	Decimals uint8
	Fair     Source
	Market   Source
}

// AssetReading is an asset's prices at one block. A failed source leaves its
// price nil and says why in the matching error.
type AssetReading struct {
	Symbol    string
	Fair      Quote
	Market    Quote
	FairErr   error
	MarketErr error
	// Depeg is 1 − market/fair (WAD, signed); nil unless both prices are known.
	Depeg *big.Int
}

// AssetSlots remembers where one asset's calls sit in a batch.
type AssetSlots struct{ fair, market chain.Slot }

// Plan adds the asset's calls to plan.
func (a Asset) Plan(plan *chain.Plan) AssetSlots {
	return AssetSlots{fair: plan.Add(a.Fair.Calls()...), market: plan.Add(a.Market.Calls()...)}
}

// Read decodes the asset's results from the batch.
func (a Asset) Read(slots AssetSlots, results []chain.Result, block chain.BlockRef) AssetReading {
	r := AssetReading{Symbol: a.Symbol}
	r.Fair, r.FairErr = a.Fair.Decode(slots.fair.Of(results), block)
	r.Market, r.MarketErr = a.Market.Decode(slots.market.Of(results), block)
	if r.FairErr == nil && r.MarketErr == nil {
		r.Depeg = DepegWad(r.Market.Price, r.Fair.Price)
	}
	return r
}
