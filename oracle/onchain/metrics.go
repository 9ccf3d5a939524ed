package onchain

// Metricer observes the publisher.
type Metricer interface {
	// Published counts n values of updateType confirmed on chain.
	Published(updateType string, n int)
	// Failed counts a publishing transaction that failed (not sent, timed
	// out or reverted).
	Failed()
}

// NoopMetrics is a Metricer that records nothing.
type NoopMetrics struct{}

var _ Metricer = NoopMetrics{}

// Published does nothing.
func (NoopMetrics) Published(string, int) {}

// Failed does nothing.
func (NoopMetrics) Failed() {}
