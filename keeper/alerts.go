package keeper

import (
	"sync"

	"github.com/rs/zerolog"
)

// Alert kinds, the value of the "alert" field.
const (
	AlertDepeg             = "depeg"
	AlertHealthLow         = "health_low"
	AlertLiquidatable      = "liquidatable"
	AlertPriceUnavailable  = "price_unavailable"
	AlertSourcesDisagree   = "sources_disagree"
	AlertSourceUnhealthy   = "source_unhealthy"
	AlertRiskUnavailable   = "risk_unavailable"
	AlertMarketUnavailable = "market_unavailable"
	AlertSlash             = "slash"
	AlertRateStale         = "rate_stale"
	AlertCapBinding        = "cap_binding"
	// AlertCapoBelowRate: a CAPO adapter's cap, recomputed from its own
	// parameters, sits under the live ratio it caps: it prices the asset
	// below its exchange rate, and loops priced by it can be liquidated
	// without any market move.
	AlertCapoBelowRate     = "capo_below_rate"
	AlertHeadStalled       = "head_stalled"
	AlertLiquidationSent   = "liquidation_sent"
	AlertLiquidationMined  = "liquidation_mined"
	AlertLiquidationFailed = "liquidation_failed"
	// AlertLiquidationSkipped: a liquidatable position not acted on, with
	// the reason (unprofitable, venue too shallow, oracle implausible…).
	AlertLiquidationSkipped = "liquidation_skipped"
	// AlertOracleImplausible: a market's oracle far from both the market
	// price and the fair value of its collateral.
	AlertOracleImplausible = "oracle_implausible"
	AlertPassFailed        = "pass_failed"
	AlertReorg             = "reorg"
	AlertBookDrift         = "book_drift"
)

// Alert states, the value of the "state" field of a condition alert.
const (
	StateFiring   = "firing"
	StateResolved = "resolved"
)

// AlertMetrics counts alerts by kind and state.
type AlertMetrics interface {
	Alert(kind, state string)
}

// Alerts turns per-block conditions into one zerolog event per crossing: a
// "firing" event when a condition starts and a "resolved" event when it
// clears, never one per block. Each event carries the values that crossed.
type Alerts struct {
	log     zerolog.Logger
	metrics AlertMetrics
	mu      sync.Mutex
	firing  map[string]bool
}

// NewAlerts logs alerts to log.
func NewAlerts(log zerolog.Logger, m AlertMetrics) *Alerts {
	return &Alerts{log: log.With().Str("component", "alerts").Logger(), metrics: m, firing: map[string]bool{}}
}

// Condition reports whether the condition named key holds at this block.
// fire and clear express hysteresis: a condition not yet firing starts when
// fire is true; a firing one ends only when clear is true. fields adds the
// identifying and crossing values to the event.
func (a *Alerts) Condition(kind, key, severity string, fire, clear bool, fields func(*zerolog.Event) *zerolog.Event) {
	a.mu.Lock()
	defer a.mu.Unlock()
	id := kind + "|" + key
	was := a.firing[id]
	switch {
	case !was && fire:
		a.firing[id] = true
		a.emit(levelOf(severity), kind, StateFiring, severity, fields)
	case was && clear:
		delete(a.firing, id)
		a.emit(zerolog.InfoLevel, kind, StateResolved, "info", fields)
	}
}

// Firing tells whether the condition is currently firing.
func (a *Alerts) Firing(kind, key string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.firing[kind+"|"+key]
}

// Drop forgets a condition without a resolved event, for subjects that no
// longer exist (a position that was closed).
func (a *Alerts) Drop(kind, key string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.firing, kind+"|"+key)
}

// Event emits a one-off alert, such as a liquidation outcome.
func (a *Alerts) Event(kind, severity string, fields func(*zerolog.Event) *zerolog.Event) {
	a.emit(levelOf(severity), kind, "", severity, fields)
}

func (a *Alerts) emit(level zerolog.Level, kind, state, severity string, fields func(*zerolog.Event) *zerolog.Event) {
	a.metrics.Alert(kind, state)
	ev := a.log.WithLevel(level).Str("alert", kind).Str("severity", severity)
	if state != "" {
		ev = ev.Str("state", state)
	}
	if fields != nil {
		ev = fields(ev)
	}
	ev.Msg("alert")
}

func levelOf(severity string) zerolog.Level {
	switch severity {
	case "critical":
		return zerolog.ErrorLevel
	case "warning":
		return zerolog.WarnLevel
	default:
		return zerolog.InfoLevel
	}
}
