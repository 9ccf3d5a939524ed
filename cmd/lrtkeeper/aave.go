package main

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// aaveLanes are the keeper's lanes of the configured Aave pools; each
// reserve is linked to its asset by the asset's index in assets (the
// order of the keeper's assets).
func aaveLanes(pools []config.AavePool, assets []config.Asset) ([]keeper.Lane, error) {
	var lanes []keeper.Lane
	for _, p := range pools {
		spec := keeper.AaveSpec{Name: p.Name, Pool: p.Pool, Oracle: p.Oracle, Version: p.ParsedVersion(), StartBlock: p.StartBlock}
		for _, r := range p.Reserves {
			i, ok := assetIndex(assets, r.Asset)
			if !ok {
				return nil, fmt.Errorf("aave %s: reserve asset %q is not configured", p.Name, r.Asset)
			}
			spec.Reserves = append(spec.Reserves, keeper.AaveReserve{Token: assets[i].Token, Asset: i})
		}
		lanes = append(lanes, keeper.NewAaveLane(spec))
	}
	return lanes, nil
}

func assetIndex(assets []config.Asset, symbol string) (int, bool) {
	for i, a := range assets {
		if a.Symbol == symbol {
			return i, true
		}
	}
	return 0, false
}

// aaveVenues are the configured reserves' venues by the Aave pair they
// serve: the reserve as collateral against the wrapped native token.
func aaveVenues(pools []config.AavePool, assets []config.Asset, wrappedNative common.Address) map[common.Hash]strategies.Venue {
	out := map[common.Hash]strategies.Venue{}
	for _, p := range pools {
		for _, r := range p.Reserves {
			i, ok := assetIndex(assets, r.Asset)
			if !ok || r.Venue == nil {
				continue
			}
			out[strategies.AaveMarketID(p.Pool, assets[i].Token, wrappedNative)] = venueOf(r.Venue)
		}
	}
	return out
}

// aaveManaged names a managed Aave position's pair as its market.
func aaveManaged(p config.ManagedPosition, pools []config.AavePool, assets []config.Asset, wrappedNative common.Address) (common.Hash, error) {
	for _, pool := range pools {
		if pool.Name != p.Aave {
			continue
		}
		i, ok := assetIndex(assets, p.Collateral)
		if !ok {
			return common.Hash{}, fmt.Errorf("deleverage position %s: collateral %q is not configured", p.Borrower.Hex(), p.Collateral)
		}
		return strategies.AaveMarketID(pool.Pool, assets[i].Token, wrappedNative), nil
	}
	return common.Hash{}, fmt.Errorf("deleverage position %s: aave pool %q is not configured", p.Borrower.Hex(), p.Aave)
}

// newAaveLiquidator is the Aave strategy of the configured mode: flash
// loans through the executor (callback mode) or the keeper's inventory,
// shared with Morpho's inventory liquidator.
func newAaveLiquidator(cfg *config.Config, w *world, tm *txmgr.Manager, morphoLiq keeper.Liquidator) *strategies.AaveLiquidator {
	l := cfg.Liquidation
	venues := map[common.Address]strategies.Venue{}
	for _, p := range w.aave {
		for _, r := range p.Reserves {
			if i, ok := assetIndex(w.assets, r.Asset); ok && r.Venue != nil {
				venues[w.assets[i].Token] = venueOf(r.Venue)
			}
		}
	}
	inventory, _ := morphoLiq.(*strategies.Liquidator)
	return strategies.NewAaveLiquidator(w.client, tm, strategies.AaveLiquidationConfig{
		Mode: w.execution.mode, Executor: w.execution.executor, Venues: venues,
		MaxSlippageBps: uint64(l.MaxSlippageBps), MaxHalvings: l.MaxHalvings,
		MinProfit: l.MinProfit.Big(), GasMarginPct: uint64(l.GasLimitMarginPct), MaxGasLimit: l.MaxGasLimit,
		MinTipCap: cfg.Tx.MinTipCapWei.Big(), Inventory: inventory,
	})
}
