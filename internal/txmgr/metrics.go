package txmgr

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metricer records what the manager does. Labels are the Candidate.Label of
// the transaction and must stay a small, bounded set.
type Metricer interface {
	// TxPublished counts one SendTransaction attempt (first send or bump) by
	// outcome, see the Outcome constants.
	TxPublished(label, outcome string)
	// TxConfirmed records a transaction that reached the configured number of
	// confirmations. latency runs from the first publish to confirmation.
	TxConfirmed(label string, status uint64, gasUsed uint64, latency time.Duration)
	// TxBumped counts one fee bump.
	TxBumped(label string)
	// TxNotSent counts a Send that ended before broadcasting anything, by
	// reason (see the NotSent constants).
	TxNotSent(label, reason string)
	// TxCancelled counts a cancellation broadcast for a hopeless tx.
	TxCancelled(label string)
	// TxInFlight reports how many Sends hold a slot (see Config.MaxInFlight).
	TxInFlight(n int)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// TxPublished implements Metricer.
func (NoopMetrics) TxPublished(string, string) {}

// TxConfirmed implements Metricer.
func (NoopMetrics) TxConfirmed(string, uint64, uint64, time.Duration) {}

// TxBumped implements Metricer.
func (NoopMetrics) TxBumped(string) {}

// TxNotSent implements Metricer.
func (NoopMetrics) TxNotSent(string, string) {}

// TxCancelled implements Metricer.
func (NoopMetrics) TxCancelled(string) {}

// TxInFlight implements Metricer.
func (NoopMetrics) TxInFlight(int) {}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	published    *prometheus.CounterVec
	confirmed    *prometheus.CounterVec
	confirmDelay *prometheus.HistogramVec
	gasUsed      *prometheus.CounterVec
	bumps        *prometheus.CounterVec
	notSent      *prometheus.CounterVec
	cancelled    *prometheus.CounterVec
	inFlight     prometheus.Gauge
}

var _ Metricer = (*Metrics)(nil)

const metricsPrefix = "lrtkeeper_tx_"

// NewMetrics builds the Prometheus Metricer and registers its collectors on
// reg. It panics if a collector is already registered there (a wiring bug).
// A nil reg leaves the collectors unregistered.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		published: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "published_total",
			Help: "Transaction publish attempts (first sends and bumps) by label and outcome.",
		}, []string{"label", "outcome"}),
		confirmed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "confirmed_total",
			Help: "Transactions confirmed, by label and receipt status (1 success, 0 reverted).",
		}, []string{"label", "status"}),
		confirmDelay: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    metricsPrefix + "confirm_seconds",
			Help:    "Time from first publish to the configured number of confirmations.",
			Buckets: []float64{1, 2, 4, 8, 12, 16, 24, 36, 48, 64, 96, 128, 256},
		}, []string{"label"}),
		gasUsed: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "gas_used_total",
			Help: "Gas used by confirmed transactions, by label.",
		}, []string{"label"}),
		bumps: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "bumps_total",
			Help: "Fee bumps of pending transactions, by label.",
		}, []string{"label"}),
		notSent: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "not_sent_total",
			Help: "Sends that ended before broadcasting anything, by label and reason.",
		}, []string{"label", "reason"}),
		cancelled: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "cancelled_total",
			Help: "Cancellations (zero-value self-transfers) broadcast for hopeless transactions, by label.",
		}, []string{"label"}),
		inFlight: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: metricsPrefix + "in_flight",
			Help: "Sends currently holding an in-flight slot.",
		}),
	}
	if reg != nil {
		reg.MustRegister(m.published, m.confirmed, m.confirmDelay, m.gasUsed, m.bumps, m.notSent, m.cancelled, m.inFlight)
	}
	return m
}

// TxPublished implements Metricer.
func (m *Metrics) TxPublished(label, outcome string) {
	m.published.WithLabelValues(label, outcome).Inc()
}

// TxConfirmed implements Metricer.
func (m *Metrics) TxConfirmed(label string, status uint64, gasUsed uint64, latency time.Duration) {
	m.confirmed.WithLabelValues(label, strconv.FormatUint(status, 10)).Inc()
	m.confirmDelay.WithLabelValues(label).Observe(latency.Seconds())
	m.gasUsed.WithLabelValues(label).Add(float64(gasUsed))
}

// TxBumped implements Metricer.
func (m *Metrics) TxBumped(label string) {
	m.bumps.WithLabelValues(label).Inc()
}

// TxNotSent implements Metricer.
func (m *Metrics) TxNotSent(label, reason string) {
	m.notSent.WithLabelValues(label, reason).Inc()
}

// TxCancelled implements Metricer.
func (m *Metrics) TxCancelled(label string) {
	m.cancelled.WithLabelValues(label).Inc()
}

// TxInFlight implements Metricer.
func (m *Metrics) TxInFlight(n int) {
	m.inFlight.Set(float64(n))
}
