// Package metricstest reads a Prometheus registry's values in tests, by
// series name: name{label="value",...}.
package metricstest

import (
	"strconv"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"
)

// Counters are the counters of the families whose name starts with prefix.
func Counters(t testing.TB, g prometheus.Gatherer, prefix string) map[string]float64 {
	t.Helper()
	return values(t, g, prefix, func(m *dto.Metric) (float64, bool) {
		return m.GetCounter().GetValue(), m.GetCounter() != nil
	})
}

// Gauges are the gauges of the families whose name starts with prefix.
func Gauges(t testing.TB, g prometheus.Gatherer, prefix string) map[string]float64 {
	t.Helper()
	return values(t, g, prefix, func(m *dto.Metric) (float64, bool) {
		return m.GetGauge().GetValue(), m.GetGauge() != nil
	})
}

func values(t testing.TB, g prometheus.Gatherer, prefix string, value func(*dto.Metric) (float64, bool)) map[string]float64 {
	t.Helper()
	mfs, err := g.Gather()
	require.NoError(t, err)
	out := map[string]float64{}
	for _, mf := range mfs {
		if !strings.HasPrefix(mf.GetName(), prefix) {
			continue
		}
		for _, m := range mf.GetMetric() {
			v, ok := value(m)
			if !ok {
				continue
			}
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName()+"="+strconv.Quote(l.GetValue()))
			}
			key := mf.GetName()
			if len(labels) > 0 {
				key += "{" + strings.Join(labels, ",") + "}"
			}
			out[key] = v
		}
	}
	return out
}
