// Package alerts is the daemon's one alert channel: every alert kind, its
// typed severity, and Alerts, which turns per-block conditions into one
// zerolog event per crossing (firing, then resolved) and reports one-off
// events. Every component raises its alerts through it.
package alerts

import (
	"bytes"
	"encoding/json"
	"sync"
	"sync/atomic"
	"time"

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
	// firing maps each firing condition to the severity it fired with.
	firing map[string]Severity
	sinks  atomic.Pointer[[]Sink]
}

// Alert is one alert as a Sink receives it: what the log event says, with
// the caller's fields decoded.
type Alert struct {
	Kind string
	// Key is a condition's subject key ("" for one-off events, and for
	// conditions that have a single subject such as head_stalled).
	Key string
	// Severity is the alert's severity. A resolved alert carries the
	// severity its condition fired with (its log event says info), so a
	// sink that passed the firing passes the resolve too.
	Severity Severity
	// State is StateFiring or StateResolved for conditions, "" for one-off
	// events.
	State string
	Time  time.Time
	// Fields are the identifying and crossing values the caller added to
	// the log event, decoded from JSON (numbers as json.Number). Sinks
	// share the map: read it, never write it.
	Fields map[string]any
}

// Sink receives every alert after it is logged. Deliver is called on the
// keeper's hot paths, for conditions with the Alerts' lock held and for
// one-off events from any goroutine: it must be safe for concurrent use,
// return at once and not call back into Alerts.
type Sink interface {
	Deliver(Alert)
}

// New logs alerts to log.
func New(log zerolog.Logger, m Metrics) *Alerts {
	return &Alerts{log: log.With().Str("component", "alerts").Logger(), metrics: m, firing: map[string]Severity{}}
}

// AddSink has every later alert delivered to s as well as logged.
func (a *Alerts) AddSink(s Sink) {
	a.mu.Lock()
	defer a.mu.Unlock()
	var sinks []Sink
	if cur := a.sinks.Load(); cur != nil {
		sinks = append(sinks, *cur...)
	}
	sinks = append(sinks, s)
	a.sinks.Store(&sinks)
}

// Condition reports whether the condition named key holds at this block.
// fire and clear express hysteresis: a condition not yet firing starts when
// fire is true; a firing one ends only when clear is true. fields adds the
// identifying and crossing values to the event.
func (a *Alerts) Condition(kind, key string, severity Severity, fire, clear bool, fields func(*zerolog.Event) *zerolog.Event) {
	a.mu.Lock()
	defer a.mu.Unlock()
	id := kind + "|" + key
	firedWith, was := a.firing[id]
	switch {
	case !was && fire:
		a.firing[id] = severity
		a.emit(severity, Alert{Kind: kind, Key: key, Severity: severity, State: StateFiring}, fields)
	case was && clear:
		delete(a.firing, id)
		a.emit(Info, Alert{Kind: kind, Key: key, Severity: firedWith, State: StateResolved}, fields)
	}
}

// Firing tells whether the condition is currently firing.
func (a *Alerts) Firing(kind, key string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	_, ok := a.firing[kind+"|"+key]
	return ok
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
	a.emit(severity, Alert{Kind: kind, Severity: severity}, fields)
}

// emit logs al at level's severity and hands it to the sinks.
func (a *Alerts) emit(level Severity, al Alert, fields func(*zerolog.Event) *zerolog.Event) {
	a.metrics.Alert(al.Kind, al.State)
	ev := a.log.WithLevel(level.level()).Str("alert", al.Kind).Str("severity", level.String())
	if al.State != "" {
		ev = ev.Str("state", al.State)
	}
	if fields != nil {
		ev = fields(ev)
	}
	ev.Msg("alert")

	sinks := a.sinks.Load()
	if sinks == nil {
		return
	}
	al.Time = time.Now()
	al.Fields = captureFields(fields)
	for _, s := range *sinks {
		s.Deliver(al)
	}
}

// captureFields runs fields on a bare event writing to a buffer and decodes
// what it wrote: the same values the log event got, without the logger's
// context (component, timestamp). It returns nil when there are none.
func captureFields(fields func(*zerolog.Event) *zerolog.Event) map[string]any {
	if fields == nil {
		return nil
	}
	var buf bytes.Buffer
	capture := zerolog.New(&buf)
	fields(capture.Log()).Send()
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil || len(m) == 0 {
		return nil
	}
	return m
}
