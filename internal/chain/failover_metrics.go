package chain

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// FailoverMetrics records what a Failover sees of each endpoint. endpoint is
// the endpoint's index in the configured order ("0" is the primary), so the
// label set is as small as the endpoint list.
type FailoverMetrics interface {
	// RPCEndpoint names an endpoint once, with its redacted URL.
	RPCEndpoint(endpoint, url string)
	// RPCRequest records one request: its error class ("" for an answer)
	// and how long it took.
	RPCRequest(endpoint, class string, d time.Duration)
	// RPCHealth records an endpoint's health and how many blocks its head
	// trails the best endpoint's, after each check or fault.
	RPCHealth(endpoint string, healthy bool, headLag uint64)
}

// NoopFailoverMetrics discards everything.
type NoopFailoverMetrics struct{}

var _ FailoverMetrics = NoopFailoverMetrics{}

// RPCEndpoint implements FailoverMetrics.
func (NoopFailoverMetrics) RPCEndpoint(string, string) {}

// RPCRequest implements FailoverMetrics.
func (NoopFailoverMetrics) RPCRequest(string, string, time.Duration) {}

// RPCHealth implements FailoverMetrics.
func (NoopFailoverMetrics) RPCHealth(string, bool, uint64) {}

const rpcMetricsPrefix = "lrtkeeper_rpc_"

// RPCMetrics is the Prometheus FailoverMetrics. It is also a
// prometheus.Collector, so it can be registered after it was built.
type RPCMetrics struct {
	info     *prometheus.GaugeVec
	requests *prometheus.CounterVec
	errors   *prometheus.CounterVec
	latency  *prometheus.HistogramVec
	healthy  *prometheus.GaugeVec
	headLag  *prometheus.GaugeVec
}

var (
	_ FailoverMetrics      = (*RPCMetrics)(nil)
	_ prometheus.Collector = (*RPCMetrics)(nil)
)

// NewRPCMetrics builds the Prometheus FailoverMetrics and registers its
// collectors on reg; a nil reg leaves them unregistered (register the
// RPCMetrics itself later). It panics if they are registered already.
func NewRPCMetrics(reg prometheus.Registerer) *RPCMetrics {
	m := &RPCMetrics{
		info: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: rpcMetricsPrefix + "endpoint_info",
			Help: "1 for each RPC endpoint, by index and redacted URL.",
		}, []string{"endpoint", "url"}),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: rpcMetricsPrefix + "requests_total",
			Help: "Requests sent to an RPC endpoint, health checks included.",
		}, []string{"endpoint"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: rpcMetricsPrefix + "errors_total",
			Help: "Requests to an RPC endpoint that did not return a result, by class: timeout, transport, http_5xx, http_4xx, rate_limited, malformed (health faults), unknown_block, revert, rpc_error.",
		}, []string{"endpoint", "class"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    rpcMetricsPrefix + "request_duration_seconds",
			Help:    "Time from sending a request to an RPC endpoint to its answer or failure.",
			Buckets: prometheus.ExponentialBuckets(0.005, 2, 12),
		}, []string{"endpoint"}),
		healthy: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: rpcMetricsPrefix + "endpoint_healthy",
			Help: "1 while an RPC endpoint is healthy, 0 while calls skip it.",
		}, []string{"endpoint"}),
		headLag: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: rpcMetricsPrefix + "head_lag_blocks",
			Help: "Blocks an RPC endpoint's head trails the best endpoint's at the last check.",
		}, []string{"endpoint"}),
	}
	if reg != nil {
		reg.MustRegister(m)
	}
	return m
}

func (m *RPCMetrics) collectors() []prometheus.Collector {
	return []prometheus.Collector{m.info, m.requests, m.errors, m.latency, m.healthy, m.headLag}
}

// Describe implements prometheus.Collector.
func (m *RPCMetrics) Describe(ch chan<- *prometheus.Desc) {
	for _, c := range m.collectors() {
		c.Describe(ch)
	}
}

// Collect implements prometheus.Collector.
func (m *RPCMetrics) Collect(ch chan<- prometheus.Metric) {
	for _, c := range m.collectors() {
		c.Collect(ch)
	}
}

// RPCEndpoint implements FailoverMetrics.
func (m *RPCMetrics) RPCEndpoint(endpoint, url string) {
	m.info.WithLabelValues(endpoint, url).Set(1)
	m.requests.WithLabelValues(endpoint)
	m.latency.WithLabelValues(endpoint)
}

// RPCRequest implements FailoverMetrics.
func (m *RPCMetrics) RPCRequest(endpoint, class string, d time.Duration) {
	m.requests.WithLabelValues(endpoint).Inc()
	m.latency.WithLabelValues(endpoint).Observe(d.Seconds())
	if class != classOK {
		m.errors.WithLabelValues(endpoint, class).Inc()
	}
}

// RPCHealth implements FailoverMetrics.
func (m *RPCMetrics) RPCHealth(endpoint string, healthy bool, headLag uint64) {
	v := 0.0
	if healthy {
		v = 1
	}
	m.healthy.WithLabelValues(endpoint).Set(v)
	m.headLag.WithLabelValues(endpoint).Set(float64(headLag))
}
