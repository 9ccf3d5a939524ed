// Package alerts is the daemon's one alert channel: every alert kind, its
// typed severity, and Alerts, which turns per-block conditions into one
// zerolog event per crossing (firing, then resolved) and reports one-off
// events. Every component raises its alerts through it.
package alerts

import (
	"sync"

	"github.com/rs/zerolog"
)

// Severity is how urgent an alert is.
type Severity uint8

// Severities, lowest first.
const (
	Info Severity = iota
	Warning
	Critical
)

// String is the value of the "severity" field.
func (s Severity) String() string {
	switch s {
	case Critical:
		return "critical"
	case Warning:
		return "warning"
	}
	return "info"
}

func (s Severity) level() zerolog.Level {
	switch s {
	case Critical:
		return zerolog.ErrorLevel
	case Warning:
		return zerolog.WarnLevel
	}
	return zerolog.InfoLevel
}

// Alert kinds, the value of the "alert" field. docs/alerts.md says what
// each means and what to do.
const (
	Depeg             = "depeg"
	HealthLow         = "health_low"
	Liquidatable      = "liquidatable"
	PriceUnavailable  = "price_unavailable"
	SourcesDisagree   = "sources_disagree"
	SourceUnhealthy   = "source_unhealthy"
	RiskUnavailable   = "risk_unavailable"
	MarketUnavailable = "market_unavailable"
	Slash             = "slash"
	RateStale         = "rate_stale"
	CapBinding        = "cap_binding"
	// CapoBelowRate: a CAPO adapter's cap, recomputed from its own
	// parameters, sits under the live ratio it caps: it prices the asset
	// below its exchange rate, and loops priced by it can be liquidated
	// without any market move.
	CapoBelowRate     = "capo_below_rate"
	HeadStalled       = "head_stalled"
	LiquidationSent   = "liquidation_sent"
	LiquidationMined  = "liquidation_mined"
	LiquidationFailed = "liquidation_failed"
	// LiquidationSkipped: a liquidatable position not acted on, with the
	// reason (unprofitable, venue too shallow, oracle implausible…).
	LiquidationSkipped = "liquidation_skipped"
	// OracleImplausible: a market's oracle far from both the market price
	// and the fair value of its collateral.
	OracleImplausible    = "oracle_implausible"
	PassFailed           = "pass_failed"
	Reorg                = "reorg"
	BookDrift            = "book_drift"
	DeleverageSent       = "deleverage_sent"
	DeleverageMined      = "deleverage_mined"
	DeleverageFailed     = "deleverage_failed"
	DeleverageInfeasible = "deleverage_infeasible"
	// RedisDown: the publisher cannot write to Redis; it retries and
	// resolves when a snapshot is written again.
	RedisDown = "redis_down"
)

// Kinds lists every alert kind, for documentation checks and sinks.
var Kinds = []string{
	Depeg, HealthLow, Liquidatable, PriceUnavailable, SourcesDisagree, SourceUnhealthy, RiskUnavailable,
	MarketUnavailable, Slash, RateStale, CapBinding, CapoBelowRate, HeadStalled, LiquidationSent,
	LiquidationMined, LiquidationFailed, LiquidationSkipped, OracleImplausible, PassFailed, Reorg, BookDrift,
	DeleverageSent, DeleverageMined, DeleverageFailed, DeleverageInfeasible, RedisDown,
}

// Alert states, the value of the "state" field of a condition alert.
const (
	StateFiring   = "firing"
	StateResolved = "resolved"
)

// Metrics counts alerts by kind and state.
type Metrics interface {
	Alert(kind, state string)
}

// Alerts turns per-block conditions into one zerolog event per crossing: a
// "firing" event when a condition starts and a "resolved" event when it
// clears, never one per block. Each event carries the values that crossed.
type Alerts struct {
	log     zerolog.Logger
	metrics Metrics
	mu      sync.Mutex
	firing  map[string]bool
}

// New logs alerts to log.
func New(log zerolog.Logger, m Metrics) *Alerts {
	return &Alerts{log: log.With().Str("component", "alerts").Logger(), metrics: m, firing: map[string]bool{}}
}

// Condition reports whether the condition named key holds at this block.
// fire and clear express hysteresis: a condition not yet firing starts when
// fire is true; a firing one ends only when clear is true. fields adds the
// identifying and crossing values to the event.
func (a *Alerts) Condition(kind, key string, severity Severity, fire, clear bool, fields func(*zerolog.Event) *zerolog.Event) {
	a.mu.Lock()
	defer a.mu.Unlock()
	id := kind + "|" + key
	was := a.firing[id]
	switch {
	case !was && fire:
		a.firing[id] = true
		a.emit(severity, kind, StateFiring, fields)
	case was && clear:
		delete(a.firing, id)
		a.emit(Info, kind, StateResolved, fields)
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
func (a *Alerts) Event(kind string, severity Severity, fields func(*zerolog.Event) *zerolog.Event) {
	a.emit(severity, kind, "", fields)
}

func (a *Alerts) emit(severity Severity, kind, state string, fields func(*zerolog.Event) *zerolog.Event) {
	a.metrics.Alert(kind, state)
	ev := a.log.WithLevel(severity.level()).Str("alert", kind).Str("severity", severity.String())
	if state != "" {
		ev = ev.Str("state", state)
	}
	if fields != nil {
		ev = fields(ev)
	}
	ev.Msg("alert")
}
