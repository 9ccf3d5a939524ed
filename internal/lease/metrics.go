package lease

import "github.com/prometheus/client_golang/prometheus"

// Metricer records leadership changes.
type Metricer interface {
	// LeaderChanged records a gain (leader true, reason ReasonAcquired) or
	// a loss (leader false, one of the other Reason constants).
	LeaderChanged(leader bool, reason string)
}

// NoopMetrics discards everything.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// LeaderChanged implements Metricer.
func (NoopMetrics) LeaderChanged(bool, string) {}

// Metrics is the Prometheus Metricer.
type Metrics struct {
	leader      prometheus.Gauge
	transitions *prometheus.CounterVec
}

var _ Metricer = (*Metrics)(nil)

const metricsPrefix = "lrtkeeper_lease_"

// NewMetrics builds the Prometheus Metricer and registers its collectors on
// reg. It panics if they are already registered there (a wiring bug). A nil
// reg leaves them unregistered.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		leader: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: metricsPrefix + "leader",
			Help: "1 while this instance holds the sender lease, else 0.",
		}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: metricsPrefix + "transitions_total",
			Help: "Sender lease gains (to=leader) and losses (to=follower), by reason.",
		}, []string{"to", "reason"}),
	}
	if reg != nil {
		reg.MustRegister(m.leader, m.transitions)
	}
	return m
}

// LeaderChanged implements Metricer.
func (m *Metrics) LeaderChanged(leader bool, reason string) {
	to := "follower"
	if leader {
		to = "leader"
		m.leader.Set(1)
	} else {
		m.leader.Set(0)
	}
	m.transitions.WithLabelValues(to, reason).Inc()
}
