package oracle

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

// NamedSource is one market-price source of an asset.
type NamedSource struct {
	Name   string
	Kind   string
	Source Source
}

// Asset is one watched LRT and where its prices come from.
type Asset struct {
	Symbol   string
	Token    common.Address
	Decimals uint8
	Fair     Source
	// Markets are the market-price sources; their median is the market
	// price when at least Quorum of them are healthy.
	Markets      []NamedSource
	Quorum       int
	MaxSpreadBps uint64
	// Exec quotes sales of ExecSizes; nil when none is configured.
	Exec ExecQuoter
	// Capos are the CAPO adapters that price this asset somewhere.
	Capos []CapoWatch
}

// SourceReading is one market source's answer at a block.
type SourceReading struct {
	Name  string
	Kind  string
	Quote Quote
	Err   error
}

// AssetReading is an asset's prices at one block. A failed read leaves its
// price nil and says why in the matching error.
type AssetReading struct {
	Symbol    string
	Fair      Quote
	FairErr   error
	Market    Quote // the median of the healthy sources
	MarketErr error
	Sources   []SourceReading
	Agg       riskmath.Aggregated
	// ExecProceeds are the ETH (WAD) a sale of each ExecSizes would pay;
	// nil entries could not be quoted. Empty without an exec quoter.
	ExecProceeds []*big.Int
	// Depeg is 1 − market/fair (WAD, signed); nil unless both prices are known.
	Depeg *big.Int
	// Capos are the asset's CAPO adapters at the block, in Asset.Capos'
	// order.
	Capos []CapoReading
	// Risk holds the figures that need history; set by the Engine.
	Risk *AssetRisk
}

// AssetSlots remembers where one asset's calls sit in a batch.
type AssetSlots struct {
	fair    chain.Slot
	markets []chain.Slot
	exec    *chain.Slot
	capos   []chain.Slot
}

// Plan adds the asset's calls to plan.
func (a Asset) Plan(plan *chain.Plan) AssetSlots {
	s := AssetSlots{fair: plan.Add(a.Fair.Calls()...)}
	for _, m := range a.Markets {
		s.markets = append(s.markets, plan.Add(m.Source.Calls()...))
	}
	if a.Exec != nil {
		e := plan.Add(a.Exec.Calls()...)
		s.exec = &e
	}
	for _, c := range a.Capos {
		s.capos = append(s.capos, plan.Add(c.Calls()...))
	}
	return s
}

// Read decodes the asset's results from the batch and aggregates its
// market sources.
func (a Asset) Read(slots AssetSlots, results []chain.Result, block chain.BlockRef) AssetReading {
	r := AssetReading{Symbol: a.Symbol}
	r.Fair, r.FairErr = a.Fair.Decode(slots.fair.Of(results), block)
	values := make([]riskmath.SourceValue, len(a.Markets))
	for i, m := range a.Markets {
		q, err := m.Source.Decode(slots.markets[i].Of(results), block)
		r.Sources = append(r.Sources, SourceReading{Name: m.Name, Kind: m.Kind, Quote: q, Err: err})
		values[i] = riskmath.SourceValue{Name: m.Name, Price: q.Price, UpdatedAt: q.UpdatedAt, Err: err}
	}
	agg, err := riskmath.Aggregate(values, max(a.Quorum, 1), a.MaxSpreadBps)
	r.Agg = agg
	switch {
	case err != nil:
		r.MarketErr = fmt.Errorf("market price: %w: %s", err, sourceErrors(r.Sources))
	case agg.Median == nil:
		r.MarketErr = errors.New("market price: no healthy source")
	default:
		r.Market = Quote{Price: agg.Median, UpdatedAt: agg.Oldest}
	}
	if slots.exec != nil {
		r.ExecProceeds = a.Exec.Decode(slots.exec.Of(results))
	}
	if r.FairErr == nil && r.MarketErr == nil {
		r.Depeg = DepegWad(r.Market.Price, r.Fair.Price)
	}
	for i, c := range a.Capos {
		r.Capos = append(r.Capos, c.Decode(slots.capos[i].Of(results), block))
	}
	return r
}

// sourceErrors summarises why sources failed, for the one-line error.
func sourceErrors(rs []SourceReading) string {
	out := ""
	for _, s := range rs {
		if s.Err == nil {
			continue
		}
		if out != "" {
			out += "; "
		}
		out += s.Name + ": " + s.Err.Error()
	}
	if out == "" {
		return "all sources healthy"
	}
	return out
}
