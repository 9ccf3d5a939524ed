package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func TestConfigCheck(t *testing.T) {
	t.Parallel()
	require.NoError(t, DefaultConfig().Check())
	require.NoError(t, testConfig().Check())

	tests := []struct {
		name   string
		mutate func(*Config)
		want   string
	}{
		{"confirmations", func(c *Config) { c.NumConfirmations = 0 }, "NumConfirmations"},
		{"receipt interval", func(c *Config) { c.ReceiptQueryInterval = 0 }, "ReceiptQueryInterval"},
		{"resubmit interval", func(c *Config) { c.ResubmitInterval = -time.Second }, "ResubmitInterval"},
		{"network timeout", func(c *Config) { c.NetworkTimeout = 0 }, "NetworkTimeout"},
		{"send timeout", func(c *Config) { c.SendTimeout = 0 }, "SendTimeout"},
		{"bump pct", func(c *Config) { c.FeeBumpPct = 9 }, "FeeBumpPct"},
		{"limit multiplier", func(c *Config) { c.FeeLimitMultiplier = 0 }, "FeeLimitMultiplier"},
		{"min tip", func(c *Config) { c.MinTipCap = big.NewInt(-1) }, "MinTipCap"},
		{"poll vs timeout", func(c *Config) { c.ReceiptQueryInterval = c.SendTimeout }, "shorter than SendTimeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			cfg := DefaultConfig()
			tt.mutate(&cfg)
			err := cfg.Check()
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.want)
		})
	}

	t.Run("nil min tip ok", func(t *testing.T) {
		t.Parallel()
		cfg := DefaultConfig()
		cfg.MinTipCap = nil
		require.NoError(t, cfg.Check())
	})
	t.Run("joins all errors", func(t *testing.T) {
		t.Parallel()
		err := Config{}.Check()
		require.Error(t, err)
		for _, f := range []string{"NumConfirmations", "ReceiptQueryInterval", "ResubmitInterval", "NetworkTimeout", "SendTimeout", "FeeBumpPct", "FeeLimitMultiplier"} {
			require.Contains(t, err.Error(), f)
		}
	})
}

func TestNewValidates(t *testing.T) {
	t.Parallel()
	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	var be Backend = fakeBackend{}
	_, err = New(zerolog.Nop(), nil, key, big.NewInt(1), testConfig(), nil)
	require.Error(t, err)
	_, err = New(zerolog.Nop(), be, nil, big.NewInt(1), testConfig(), nil)
	require.Error(t, err)
	_, err = New(zerolog.Nop(), be, key, nil, testConfig(), nil)
	require.Error(t, err)
	_, err = New(zerolog.Nop(), be, key, big.NewInt(0), testConfig(), nil)
	require.Error(t, err)
	_, err = New(zerolog.Nop(), be, key, big.NewInt(1), Config{}, nil)
	require.ErrorContains(t, err, "FeeBumpPct")

	m, err := New(zerolog.Nop(), be, key, big.NewInt(1), testConfig(), nil)
	require.NoError(t, err)
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), m.From())
}

// fakeBackend only exists to pass New's nil check; its methods are never used.
type fakeBackend struct{ Backend }

func TestClassifySendError(t *testing.T) {
	t.Parallel()
	tests := []struct {
		err  error
		want string
	}{
		{nil, OutcomeSuccess},
		{errors.New("nonce too low: next nonce 5, tx nonce 4"), OutcomeNonceTooLow},
		{errors.New("nonce too high"), OutcomeNonceTooHigh},
		{errors.New("already known"), OutcomeAlreadyKnown},
		{errors.New("ALREADY KNOWN"), OutcomeAlreadyKnown},
		{errors.New("replacement transaction underpriced"), OutcomeReplacementUnderpriced},
		{errors.New("transaction underpriced: tip needed 1, tip permitted 0"), OutcomeUnderpriced},
		{errors.New("max fee per gas less than block base fee: address 0x1"), OutcomeFeeCapTooLow},
		{errors.New("insufficient funds for gas * price + value"), OutcomeInsufficientFunds},
		{fmt.Errorf("rpc: %w", context.DeadlineExceeded), OutcomeTimeout},
		{context.Canceled, OutcomeTimeout},
		{errors.New("connection refused"), OutcomeOther},
	}
	for _, tt := range tests {
		require.Equal(t, tt.want, classifySendError(tt.err), "%v", tt.err)
	}
}

func TestRaiseByPct(t *testing.T) {
	t.Parallel()
	tests := []struct {
		x    int64
		pct  uint64
		want int64
	}{
		{0, 10, 1},
		{1, 10, 2},
		{10, 10, 11},
		{100, 10, 110},
		{101, 10, 112}, // 111.1 rounds up
		{1000, 50, 1500},
		{1_000_000_000, 10, 1_100_000_000},
	}
	for _, tt := range tests {
		got := raiseByPct(big.NewInt(tt.x), tt.pct)
		require.Equal(t, tt.want, got.Int64(), "raise %d by %d%%", tt.x, tt.pct)
	}
}

func TestInitialFees(t *testing.T) {
	t.Parallel()
	tip, feeCap := initialFees(big.NewInt(5), big.NewInt(100), big.NewInt(1000))
	require.Equal(t, int64(100), tip.Int64())
	require.Equal(t, int64(2100), feeCap.Int64())

	tip, feeCap = initialFees(big.NewInt(500), big.NewInt(100), big.NewInt(1000))
	require.Equal(t, int64(500), tip.Int64())
	require.Equal(t, int64(2500), feeCap.Int64())

	tip, _ = initialFees(big.NewInt(7), nil, big.NewInt(1000))
	require.Equal(t, int64(7), tip.Int64())
}

func TestBumpFees(t *testing.T) {
	t.Parallel()
	b := big.NewInt

	// Plain bump: both fees +10%.
	tip, feeCap, ok := bumpFees(b(100), b(2100), b(1), b(1000), b(100_000), 10)
	require.True(t, ok)
	require.Equal(t, int64(110), tip.Int64())
	require.Equal(t, int64(2310), feeCap.Int64())

	// The market moved more than the bump: follow it.
	tip, feeCap, ok = bumpFees(b(100), b(2100), b(300), b(5000), b(100_000), 10)
	require.True(t, ok)
	require.Equal(t, int64(300), tip.Int64())
	require.Equal(t, int64(10_300), feeCap.Int64())

	// The market wants more than the limit: clamp at the limit.
	tip, feeCap, ok = bumpFees(b(100), b(2100), b(300), b(5000), b(4000), 10)
	require.True(t, ok)
	require.Equal(t, int64(300), tip.Int64())
	require.Equal(t, int64(4000), feeCap.Int64())

	// The minimum bump itself is above the limit: no bump.
	_, _, ok = bumpFees(b(100), b(2100), b(1), b(1000), b(2200), 10)
	require.False(t, ok)

	// Limit equal to the old fee cap (multiplier 1): never bump.
	_, _, ok = bumpFees(b(100), b(2100), b(1), b(1000), b(2100), 10)
	require.False(t, ok)

	// Tip clamped to a fee cap below the minimum tip bump: no bump.
	_, _, ok = bumpFees(b(2000), b(2100), b(1), b(0), b(2200), 5)
	require.False(t, ok)
}

func TestPrometheusMetrics(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	m.TxPublished("liquidate", OutcomeSuccess)
	m.TxPublished("liquidate", OutcomeSuccess)
	m.TxPublished("liquidate", OutcomeNonceTooLow)
	m.TxBumped("liquidate")
	m.TxConfirmed("liquidate", 1, 21000, 3*time.Second)
	m.TxConfirmed("liquidate", 0, 50000, time.Second)
	m.TxNotSent("liquidate", NotSentSimulationReverted)
	m.TxCancelled("liquidate")
	m.TxInFlight(3)
	m.TxInFlight(2)

	families, err := reg.Gather()
	require.NoError(t, err)
	byName := map[string]*dto.MetricFamily{}
	for _, f := range families {
		byName[f.GetName()] = f
	}
	value := func(name string, labels map[string]string) float64 {
		f, ok := byName[name]
		require.True(t, ok, "metric %s missing", name)
	next:
		for _, mt := range f.GetMetric() {
			for _, lp := range mt.GetLabel() {
				if labels[lp.GetName()] != lp.GetValue() {
					continue next
				}
			}
			switch {
			case mt.Counter != nil:
				return mt.GetCounter().GetValue()
			case mt.Histogram != nil:
				return float64(mt.GetHistogram().GetSampleCount())
			}
		}
		t.Fatalf("series %s%v missing", name, labels)
		return 0
	}
	require.InDelta(t, 2, value("lrtkeeper_tx_published_total", map[string]string{"label": "liquidate", "outcome": "success"}), 0)
	require.InDelta(t, 1, value("lrtkeeper_tx_published_total", map[string]string{"label": "liquidate", "outcome": "nonce_too_low"}), 0)
	require.InDelta(t, 1, value("lrtkeeper_tx_bumps_total", map[string]string{"label": "liquidate"}), 0)
	require.InDelta(t, 2, value("lrtkeeper_tx_confirm_seconds", map[string]string{"label": "liquidate"}), 0)
	require.InDelta(t, 1, value("lrtkeeper_tx_confirmed_total", map[string]string{"label": "liquidate", "status": "0"}), 0)
	require.InDelta(t, 71000, value("lrtkeeper_tx_gas_used_total", map[string]string{"label": "liquidate"}), 0)

	require.InDelta(t, 1, value("lrtkeeper_tx_not_sent_total", map[string]string{"label": "liquidate", "reason": "simulation_reverted"}), 0)
	require.InDelta(t, 1, value("lrtkeeper_tx_cancelled_total", map[string]string{"label": "liquidate"}), 0)
	require.InDelta(t, 2, byName["lrtkeeper_tx_in_flight"].GetMetric()[0].GetGauge().GetValue(), 0)

	// A second registration on the same registry is a wiring bug.
	require.Panics(t, func() { NewMetrics(reg) })
	// nil registry: usable, unregistered.
	NewMetrics(nil).TxBumped("x")
}
