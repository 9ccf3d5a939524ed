package keeper

import (
	"math/big"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// bpsWad is one basis point of a WAD ratio.
var bpsWad = big.NewInt(1e14)

// evaluate raises and clears alerts for a pass and drops closed positions.
func (k *Keeper) evaluate(v *View) {
	snap := v.Snapshot
	for i, a := range snap.Assets {
		k.evaluateAsset(a, k.assets[i].DepegAlertBps, snap.Block.Number)
	}
	hyst := new(big.Int).Mul(bpsWad, new(big.Int).SetUint64(k.settings.HysteresisBps))
	healthClear := new(big.Int).Add(k.settings.HealthAlert, hyst)
	for _, mr := range snap.Markets {
		liquidatable := 0
		for _, p := range mr.Positions {
			key := mr.ID.Hex() + "|" + p.Borrower.Hex()
			fields := func(e *zerolog.Event) *zerolog.Event {
				e = e.Str("market", mr.ID.Hex()).Str("market_name", mr.Name).Str("asset", mr.Collateral).
					Str("borrower", p.Borrower.Hex()).Uint64("block", snap.Block.Number).
					Str("collateral", p.Collateral.String()).Str("borrow_assets", p.BorrowAssets.String())
				for name, h := range map[string]*big.Int{"health": p.Health, "health_market": p.HealthMarket, "health_fair": p.HealthFair} {
					if p.HasDebt && h != nil {
						e = e.Str(name, fixed.FormatWad(h))
					}
				}
				if mr.OraclePrice != nil {
					e = e.Str("oracle_price", mr.OraclePrice.String())
				}
				if p.LiquidationPrice != nil {
					e = e.Str("liquidation_price", p.LiquidationPrice.String())
				}
				return e
			}
			known := !p.HasDebt || p.Health != nil
			low := p.HasDebt && p.Health != nil && p.Health.Cmp(k.settings.HealthAlert) < 0
			recovered := !p.HasDebt || (p.Health != nil && p.Health.Cmp(healthClear) >= 0)
			k.alerts.Condition(AlertHealthLow, key, "warning", low, recovered, func(e *zerolog.Event) *zerolog.Event {
				return fields(e).Str("threshold", fixed.FormatWad(k.settings.HealthAlert))
			})
			k.alerts.Condition(AlertLiquidatable, key, "critical", p.Liquidatable, known && !p.Liquidatable, fields)
			if p.Liquidatable {
				liquidatable++
			}
			if !p.HasDebt && p.Collateral.Sign() == 0 {
				k.index.Forget(mr.ID, p.Borrower)
			}
		}
		k.metrics.MarketPositions(mr.Name, len(mr.Positions), mr.AtRisk, liquidatable)
	}
}

func (k *Keeper) evaluateAsset(a oracle.AssetReading, thresholdBps uint64, block uint64) {
	var problem error
	switch {
	case a.FairErr != nil:
		problem = a.FairErr
	case a.MarketErr != nil:
		problem = a.MarketErr
	}
	k.alerts.Condition(AlertPriceUnavailable, a.Symbol, "critical", problem != nil, problem == nil, func(e *zerolog.Event) *zerolog.Event {
		e = e.Str("asset", a.Symbol).Uint64("block", block)
		if problem != nil {
			e = e.AnErr("reason", problem)
		}
		return e
	})
	k.metrics.AssetPrices(a.Symbol, a.Fair.Price, a.Market.Price, a.Depeg)
	if a.Depeg == nil {
		return // unknown: neither raise nor clear
	}
	bps := oracle.BpsWad(a.Depeg)
	fire := new(big.Int).Mul(new(big.Int).SetUint64(thresholdBps), fixed.WadOne())
	clearBelow := new(big.Int).Mul(new(big.Int).SetUint64(thresholdBps-min(thresholdBps, k.settings.HysteresisBps)), fixed.WadOne())
	k.alerts.Condition(AlertDepeg, a.Symbol, depegSeverity(bps, thresholdBps), bps.Cmp(fire) >= 0, bps.Cmp(clearBelow) < 0,
		func(e *zerolog.Event) *zerolog.Event {
			return e.Str("asset", a.Symbol).Uint64("block", block).Str("depeg_bps", fixed.FormatWad(bps)).
				Uint64("threshold_bps", thresholdBps).Str("fair_value", fixed.FormatWad(a.Fair.Price)).
				Str("market_price", fixed.FormatWad(a.Market.Price))
		})
}

// depegSeverity is critical at five times the threshold, else a warning.
func depegSeverity(bps *big.Int, thresholdBps uint64) string {
	crit := new(big.Int).Mul(new(big.Int).SetUint64(5*thresholdBps), fixed.WadOne())
	if bps.Cmp(crit) >= 0 {
		return "critical"
	}
	return "warning"
}
