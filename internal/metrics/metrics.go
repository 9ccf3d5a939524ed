// Package metrics holds the daemon's Prometheus metrics, registered on a
// registry passed in, and the HTTP listener serving them with /healthz and
// /readyz.
package metrics

import (
	"math/big"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

const ns = "lrtkeeper"

// Metrics implements the Metrics interfaces of keeper, oracle and executor.
// Labels are bounded: asset symbol, market name, outcome; never a borrower.
type Metrics struct {
	up             prometheus.Gauge
	headNumber     prometheus.Gauge
	headTime       prometheus.Gauge
	passSeconds    prometheus.Histogram
	passFailures   prometheus.Counter
	positions      *prometheus.GaugeVec
	fairValue      *prometheus.GaugeVec
	marketPrice    *prometheus.GaugeVec
	depegBps       *prometheus.GaugeVec
	alerts         *prometheus.CounterVec
	liquidations   *prometheus.CounterVec
	profit         *prometheus.CounterVec
	publishes      *prometheus.CounterVec
	publishSeconds prometheus.Histogram
	walletBalance  prometheus.Gauge
	riskScore      *prometheus.GaugeVec
	stressBadDebt  *prometheus.GaugeVec
	targetSeconds  prometheus.Histogram
	reorgs         prometheus.Counter
	reorgDepth     prometheus.Histogram
	backfillDone   prometheus.Gauge
	backfillTotal  prometheus.Gauge
	backfillRate   prometheus.Gauge
}

// New registers the metrics on reg. version fills lrtkeeper_info.
func New(reg prometheus.Registerer, version string) *Metrics {
	m := &Metrics{
		up: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "up", Help: "1 while the daemon runs."}),
		headNumber: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "head", Name: "number",
			Help: "Number of the last processed block."}),
		headTime: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "head", Name: "timestamp_seconds",
			Help: "Timestamp of the last processed block; now minus this is the head age."}),
		passSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: "pass", Name: "duration_seconds",
			Help: "Time to read and assess one block.", Buckets: prometheus.ExponentialBuckets(0.005, 2, 12)}),
		passFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: "pass", Name: "failures_total",
			Help: "Blocks whose pass failed and was retried at the next head."}),
		positions: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "market", Name: "positions",
			Help: "Tracked positions by market and state (all, at_risk, liquidatable)."}, []string{"market", "state"}),
		fairValue: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "asset", Name: "fair_value_eth",
			Help: "Exchange rate, ETH per token (display only)."}, []string{"asset"}),
		marketPrice: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "asset", Name: "market_price_eth",
			Help: "Market price, ETH per token (display only)."}, []string{"asset"}),
		depegBps: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "asset", Name: "depeg_bps",
			Help: "1 - market/fair in basis points (display only)."}, []string{"asset"}),
		alerts: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "alerts_total",
			Help: "Alerts emitted by kind and state."}, []string{"alert", "state"}),
		liquidations: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "liquidation", Name: "attempts_total",
			Help: "Liquidation attempts by outcome (mined, failed, plan_failed, skipped)."}, []string{"outcome"}),
		profit: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "liquidation", Name: "expected_profit_wei_total",
			Help: "Expected profit of mined liquidations in loan-token units (display only)."}, []string{"market"}),
		publishes: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "redis", Name: "publishes_total",
			Help: "Snapshot publishes by result."}, []string{"result"}),
		publishSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: "redis", Name: "publish_seconds",
			Help: "Time to write one snapshot.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 12)}),
		walletBalance: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "wallet", Name: "balance_eth",
			Help: "Native balance of the keeper's hot wallet (display only)."}),
		riskScore: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "asset", Name: "risk_score",
			Help: "Risk score 0-100 of an asset."}, []string{"asset"}),
		stressBadDebt: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "market", Name: "stress_bad_debt",
			Help: "Bad debt a shock would leave, in whole loan tokens (display only)."}, []string{"market", "shock"}),
		targetSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: "hot_path", Name: "duration_seconds",
			Help: "Time from a head to its liquidation targets handed to the executor.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}),
		reorgs: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: "head", Name: "reorgs_total",
			Help: "Reorgs rolled back."}),
		reorgDepth: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: "head", Name: "reorg_depth_blocks",
			Help: "Blocks rolled back per reorg.", Buckets: []float64{1, 2, 3, 5, 8, 16, 32, 64}}),
		backfillDone: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "backfill", Name: "blocks_done",
			Help: "Blocks of the current (or last) event backfill read so far."}),
		backfillTotal: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "backfill", Name: "blocks_total",
			Help: "Blocks the current (or last) event backfill covers."}),
		backfillRate: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: "backfill", Name: "blocks_per_second",
			Help: "Backfill speed (display only)."}),
	}
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info", Help: "Build information."}, []string{"version"})
	info.WithLabelValues(version).Set(1)
	reg.MustRegister(info, m.up, m.headNumber, m.headTime, m.passSeconds, m.passFailures, m.positions,
		m.fairValue, m.marketPrice, m.depegBps, m.alerts, m.liquidations, m.profit, m.publishes, m.publishSeconds, m.walletBalance,
		m.riskScore, m.stressBadDebt, m.targetSeconds, m.reorgs, m.reorgDepth, m.backfillDone, m.backfillTotal, m.backfillRate)
	m.up.Set(1)
	return m
}

// BlockProcessed implements keeper.Metrics.
func (m *Metrics) BlockProcessed(number, headTime uint64, took time.Duration) {
	m.headNumber.Set(float64(number))
	m.headTime.Set(float64(headTime))
	m.passSeconds.Observe(took.Seconds())
}

// TargetsFound implements keeper.Metrics.
func (m *Metrics) TargetsFound(took time.Duration) { m.targetSeconds.Observe(took.Seconds()) }

// Reorg implements keeper.Metrics.
func (m *Metrics) Reorg(depth uint64) {
	m.reorgs.Inc()
	m.reorgDepth.Observe(float64(depth))
}

// BackfillProgress implements chain.BackfillMetrics.
func (m *Metrics) BackfillProgress(done, total uint64, blocksPerSecond float64) {
	m.backfillDone.Set(float64(done))
	m.backfillTotal.Set(float64(total))
	m.backfillRate.Set(blocksPerSecond)
}

// PassFailed implements keeper.Metrics.
func (m *Metrics) PassFailed() { m.passFailures.Inc() }

// MarketPositions implements keeper.Metrics.
func (m *Metrics) MarketPositions(market string, total, atRisk, liquidatable int) {
	m.positions.WithLabelValues(market, "all").Set(float64(total))
	m.positions.WithLabelValues(market, "at_risk").Set(float64(atRisk))
	m.positions.WithLabelValues(market, "liquidatable").Set(float64(liquidatable))
}

// AssetPrices implements keeper.Metrics.
func (m *Metrics) AssetPrices(symbol string, fair, market, depeg *big.Int) {
	if fair != nil {
		m.fairValue.WithLabelValues(symbol).Set(wadFloat(fair))
	}
	if market != nil {
		m.marketPrice.WithLabelValues(symbol).Set(wadFloat(market))
	}
	if depeg != nil {
		m.depegBps.WithLabelValues(symbol).Set(wadFloat(depeg) * 10_000)
	}
}

// RiskScore implements keeper.Metrics.
func (m *Metrics) RiskScore(asset string, score uint8) {
	m.riskScore.WithLabelValues(asset).Set(float64(score))
}

// StressBadDebt implements keeper.Metrics.
func (m *Metrics) StressBadDebt(market, shock string, loanUnits *big.Int) {
	m.stressBadDebt.WithLabelValues(market, shock).Set(wadFloat(loanUnits))
}

// Alert implements keeper.AlertMetrics.
func (m *Metrics) Alert(kind, state string) { m.alerts.WithLabelValues(kind, state).Inc() }

// LiquidationAttempt implements keeper.ExecutorMetrics.
func (m *Metrics) LiquidationAttempt(outcome string) { m.liquidations.WithLabelValues(outcome).Inc() }

// LiquidationProfit implements keeper.ExecutorMetrics.
func (m *Metrics) LiquidationProfit(market string, profitWei float64) {
	if profitWei > 0 {
		m.profit.WithLabelValues(market).Add(profitWei)
	}
}

// SnapshotPublished implements oracle.PublisherMetrics.
func (m *Metrics) SnapshotPublished(ok bool, took time.Duration) {
	result := "ok"
	if !ok {
		result = "error"
	}
	m.publishes.WithLabelValues(result).Inc()
	m.publishSeconds.Observe(took.Seconds())
}

// WalletBalance records the hot wallet's native balance.
func (m *Metrics) WalletBalance(wei *big.Int) { m.walletBalance.Set(wadFloat(wei)) }

// Down marks the daemon as stopping.
func (m *Metrics) Down() { m.up.Set(0) }

func wadFloat(x *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), big.NewFloat(1e18)).Float64()
	return f
}
