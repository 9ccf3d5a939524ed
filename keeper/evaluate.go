package keeper

import (
	"math/big"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// bpsWad is one basis point of a WAD ratio.
var bpsWad = big.NewInt(1e14)

// evaluate raises and clears alerts for a pass and drops closed positions.
func (k *Keeper) evaluate(v *View) {
	snap := v.Snapshot
	for i, a := range snap.Assets {
		k.evaluateAsset(a, k.assets[i], snap.Block.Number)
	}
	hyst := new(big.Int).Mul(bpsWad, new(big.Int).SetUint64(k.settings.HysteresisBps))
	healthClear := new(big.Int).Add(k.settings.HealthAlert, hyst)
	for _, mr := range snap.Markets {
		liquidatable := 0
		for _, p := range mr.Positions {
			key := mr.ID.Hex() + "|" + p.Borrower.Hex()
			fields := func(e *zerolog.Event) *zerolog.Event {
				e = e.Str("protocol", mr.Protocol).Str("market", mr.ID.Hex()).Str("market_name", mr.Name).Str("asset", mr.Collateral).
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
			k.alerts.Condition(alerts.HealthLow, key, alerts.Warning, low, recovered, func(e *zerolog.Event) *zerolog.Event {
				return fields(e).Str("threshold", fixed.FormatWad(k.settings.HealthAlert))
			})
			k.alerts.Condition(alerts.Liquidatable, key, alerts.Critical, p.Liquidatable, known && !p.Liquidatable, fields)
			if p.Liquidatable {
				liquidatable++
			}
		}
		for _, o := range mr.Closed {
			key := mr.ID.Hex() + "|" + o.Hex()
			closed := func(e *zerolog.Event) *zerolog.Event {
				return e.Str("protocol", mr.Protocol).Str("market", mr.ID.Hex()).Str("market_name", mr.Name).Str("asset", mr.Collateral).
					Str("borrower", o.Hex()).Uint64("block", snap.Block.Number).Bool("closed", true)
			}
			k.alerts.Condition(alerts.HealthLow, key, alerts.Warning, false, true, closed)
			k.alerts.Condition(alerts.Liquidatable, key, alerts.Critical, false, true, closed)
		}
		k.metrics.MarketPositions(mr.Name, mr.PositionCount, mr.AtRisk, liquidatable)
		for _, r := range mr.Stress {
			k.metrics.StressBadDebt(mr.Name, r.Shock.Name, r.BadDebt, mr.LoanDecimals)
			k.metrics.StressAtRisk(mr.Name, r.Shock.Name, r.Liquidatable, r.Collateral, mr.CollateralDecimals)
		}
		k.alerts.Condition(alerts.MarketUnavailable, mr.ID.Hex(), alerts.Critical, mr.Err != nil, mr.Err == nil,
			func(e *zerolog.Event) *zerolog.Event {
				e = e.Str("protocol", mr.Protocol).Str("market", mr.ID.Hex()).Str("market_name", mr.Name).Uint64("block", snap.Block.Number)
				if mr.Err != nil {
					e = e.AnErr("reason", mr.Err)
				}
				return e
			})
		if mr.Err != nil {
			continue
		}
		k.alerts.Condition(alerts.RiskUnavailable, mr.ID.Hex(), alerts.Warning, mr.RiskErr != nil, mr.RiskErr == nil,
			func(e *zerolog.Event) *zerolog.Event {
				e = e.Str("protocol", mr.Protocol).Str("market", mr.ID.Hex()).Str("market_name", mr.Name).Uint64("block", snap.Block.Number)
				if mr.RiskErr != nil {
					e = e.AnErr("reason", mr.RiskErr)
				}
				return e
			})
	}
}

func (k *Keeper) evaluateAsset(a oracle.AssetReading, spec AssetSpec, block uint64) {
	var problem error
	switch {
	case a.FairErr != nil:
		problem = a.FairErr
	case a.MarketErr != nil:
		problem = a.MarketErr
	}
	ids := func(e *zerolog.Event) *zerolog.Event { return e.Str("asset", a.Symbol).Uint64("block", block) }
	k.alerts.Condition(alerts.PriceUnavailable, a.Symbol, alerts.Critical, problem != nil, problem == nil, func(e *zerolog.Event) *zerolog.Event {
		e = ids(e)
		if problem != nil {
			e = e.AnErr("reason", problem)
		}
		return e
	})
	for _, src := range a.Sources {
		k.alerts.Condition(alerts.SourceUnhealthy, a.Symbol+"|"+src.Name, alerts.Warning, src.Err != nil, src.Err == nil,
			func(e *zerolog.Event) *zerolog.Event {
				e = ids(e).Str("source", src.Name).Str("kind", src.Kind)
				if src.Err != nil {
					e = e.AnErr("reason", src.Err)
				} else {
					e = e.Str("price", fixed.FormatWad(src.Quote.Price))
				}
				return e
			})
	}
	k.alerts.Condition(alerts.SourcesDisagree, a.Symbol, alerts.Warning, a.Agg.Disagree, a.Agg.SpreadBps != nil && !a.Agg.Disagree,
		func(e *zerolog.Event) *zerolog.Event {
			e = ids(e).Int("healthy_sources", a.Agg.Healthy)
			if a.Agg.SpreadBps != nil {
				e = e.Str("spread_bps", fixed.FormatWad(a.Agg.SpreadBps))
			}
			for _, s := range a.Sources {
				if s.Err == nil {
					e = e.Str("source_"+s.Name, fixed.FormatWad(s.Quote.Price))
				}
			}
			return e
		})
	k.metrics.AssetPrices(a.Symbol, a.Fair.Price, a.Market.Price, a.Depeg)
	k.metrics.AssetPriceTimes(a.Symbol, fairUpdatedAt(a), a.Market.UpdatedAt)
	k.evaluateCapos(a, spec, ids)
	prices := func(e *zerolog.Event) *zerolog.Event {
		if a.Fair.Price != nil {
			e = e.Str("fair_value", fixed.FormatWad(a.Fair.Price))
		}
		if a.Market.Price != nil {
			e = e.Str("market_price", fixed.FormatWad(a.Market.Price))
		}
		if a.Depeg != nil {
			e = e.Str("depeg_bps", fixed.FormatWad(oracle.BpsWad(a.Depeg)))
		}
		return e
	}
	if r := a.Risk; r != nil {
		k.metrics.RiskScore(a.Symbol, r.Score)
		k.evaluateRisk(a, r, spec, func(e *zerolog.Event) *zerolog.Event { return prices(ids(e)) })
		return
	}
	if a.Depeg == nil {
		return // unknown: neither raise nor clear
	}
	thresholdBps := spec.DepegAlertBps
	bps := oracle.BpsWad(a.Depeg)
	fire := new(big.Int).Mul(new(big.Int).SetUint64(thresholdBps), fixed.WadOne())
	clearBelow := new(big.Int).Mul(new(big.Int).SetUint64(thresholdBps-min(thresholdBps, k.settings.HysteresisBps)), fixed.WadOne())
	k.alerts.Condition(alerts.Depeg, a.Symbol, depegSeverity(bps, thresholdBps), bps.Cmp(fire) >= 0, bps.Cmp(clearBelow) < 0,
		func(e *zerolog.Event) *zerolog.Event {
			return prices(ids(e)).Uint64("threshold_bps", thresholdBps)
		})
}

// fairUpdatedAt is when the fair value was last updated: the source's
// updatedAt where it reports one, else when the risk engine last saw the
// rate change; zero when neither is known this block.
func fairUpdatedAt(a oracle.AssetReading) uint64 {
	switch {
	case a.FairErr != nil:
		return 0
	case a.Fair.UpdatedAt != 0:
		return a.Fair.UpdatedAt
	case a.Risk != nil:
		return a.Risk.Rate.LastChange
	}
	return 0
}

// evaluateRisk raises the alerts that need history: depeg band changes,
// slashes, a stale rate and a binding cap.
func (k *Keeper) evaluateRisk(a oracle.AssetReading, r *oracle.AssetRisk, spec AssetSpec, base func(*zerolog.Event) *zerolog.Event) {
	if n := len(r.BandChanges); n > 0 {
		// One event per block even when the depeg jumps several bands.
		ch := r.BandChanges[n-1]
		ch.From = r.BandChanges[0].From
		state, severity := alerts.StateFiring, bandSeverity(ch.To)
		if ch.To == 0 {
			state, severity = alerts.StateResolved, alerts.Info
		}
		k.alerts.Event(alerts.Depeg, severity, func(e *zerolog.Event) *zerolog.Event {
			e = base(e).Str("state", state).Int("band", ch.To).Int("band_from", ch.From).Uint64("threshold_bps", ch.ThresholdBps).
				Bool("rising", ch.Up).Uint64("persist_s", r.Depeg.PersistSeconds)
			if r.Depeg.EMA != nil {
				e = e.Str("depeg_ema_bps", fixed.FormatWad(oracle.BpsWad(r.Depeg.EMA)))
			}
			return e
		})
	}
	if r.Rate.Slash {
		severity := alerts.Warning
		crit := new(big.Int).Mul(new(big.Int).SetUint64(spec.SlashCriticalBps), fixed.WadOne())
		if r.Rate.SlashBps.Cmp(crit) >= 0 {
			severity = alerts.Critical
		}
		k.alerts.Event(alerts.Slash, severity, func(e *zerolog.Event) *zerolog.Event {
			return base(e).Str("slash_bps", fixed.FormatWad(r.Rate.SlashBps)).Uint64("critical_bps", spec.SlashCriticalBps)
		})
	}
	k.alerts.Condition(alerts.RateStale, a.Symbol, alerts.Warning, r.Rate.Stale, !r.Rate.Stale, func(e *zerolog.Event) *zerolog.Event {
		return base(e).Uint64("rate_age_s", r.Rate.Age).Uint64("last_change", r.Rate.LastChange)
	})
	k.alerts.Condition(alerts.CapBinding, a.Symbol, alerts.Warning, r.CapBinding, r.FairCapped != nil && !r.CapBinding, func(e *zerolog.Event) *zerolog.Event {
		e = base(e)
		if r.CapMax != nil {
			e = e.Str("cap_max_rate", fixed.FormatWad(r.CapMax))
		}
		return e
	})
}

// evaluateCapos raises capo_below_rate while a CAPO adapter's cap sits
// under its live ratio by more than the watch's bound, and resolves it when
// the gap is back within the bound less the hysteresis. An adapter that
// cannot be read neither raises nor clears.
func (k *Keeper) evaluateCapos(a oracle.AssetReading, spec AssetSpec, ids func(*zerolog.Event) *zerolog.Event) {
	for i, w := range spec.Capos {
		if i >= len(a.Capos) || a.Capos[i].Err != nil {
			continue
		}
		c := a.Capos[i]
		clearAt := new(big.Int).Mul(new(big.Int).SetUint64(w.AlertBelowBps-min(w.AlertBelowBps, k.settings.HysteresisBps)), fixed.WadOne())
		k.alerts.Condition(alerts.CapoBelowRate, a.Symbol+"|"+w.Name, alerts.Critical, c.Below(w), c.GapBps.Cmp(clearAt.Neg(clearAt)) >= 0,
			func(e *zerolog.Event) *zerolog.Event {
				return ids(e).Str("adapter", w.Name).Str("adapter_address", w.Adapter.Hex()).
					Str("capo_gap_bps", fixed.FormatWad(c.GapBps)).Uint64("alert_below_bps", w.AlertBelowBps).
					Str("ratio", fixed.FormatScaled(c.Ratio, int(c.RatioDecimals))).
					Str("max_ratio", fixed.FormatScaled(c.MaxRatio, int(c.RatioDecimals)))
			})
	}
}

// bandSeverity grows with the depeg band: the two lowest bands warn, the
// higher ones are critical.
func bandSeverity(band int) alerts.Severity {
	if band >= 3 {
		return alerts.Critical
	}
	return alerts.Warning
}

// depegSeverity is critical at five times the threshold, else a warning.
func depegSeverity(bps *big.Int, thresholdBps uint64) alerts.Severity {
	crit := new(big.Int).Mul(new(big.Int).SetUint64(5*thresholdBps), fixed.WadOne())
	if bps.Cmp(crit) >= 0 {
		return alerts.Critical
	}
	return alerts.Warning
}
