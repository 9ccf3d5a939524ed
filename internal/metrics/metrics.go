// Package metrics holds the daemon's Prometheus metrics, registered on a
// registry passed in, and the HTTP listener serving them with /healthz and
// /readyz.
package metrics

import (
	"math"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

const ns = "lrtkeeper"

// Metrics implements the Metrics interfaces of keeper, oracle, executor,
// the head source and the deleverager. Labels are bounded: asset symbol,
// market name, protocol, shock, token symbol, outcome; never a borrower.
type Metrics struct {
	now func() time.Time
	// started is when the metrics were built: the head age counts from it
	// until a block is processed.
	started time.Time
	// headSeen is the newest head the head source saw; processed and
	// processedTime are the last processed block's number and timestamp
	// (0: none yet). The head lag and age are computed from them at
	// scrape time.
	headSeen      atomic.Uint64
	processed     atomic.Uint64
	processedTime atomic.Uint64

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

	fairAge, marketAge *ageVec
	stressPositions    *prometheus.GaugeVec
	stressCollateral   *prometheus.GaugeVec
	deleverages        *prometheus.CounterVec
	walletTokens       *prometheus.GaugeVec
	bookPositions      *prometheus.GaugeVec
}

// Option configures Metrics.
type Option func(*Metrics)

// WithClock sets the clock the ages exported at scrape time are measured
// with (time.Now by default).
func WithClock(now func() time.Time) Option { return func(m *Metrics) { m.now = now } }

// New registers the metrics on reg. version fills lrtkeeper_info.
func New(reg prometheus.Registerer, version string, opts ...Option) *Metrics {
	m := &Metrics{
		now: time.Now,
		up:  prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "up", Help: "1 while the daemon runs."}),
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
			Help: "Expected profit of mined liquidations in loan-token units (display only), by market and protocol."}, []string{"market", "protocol"}),
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
		stressPositions: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "market", Name: "stress_liquidatable_positions",
			Help: "Positions a shock would make liquidatable."}, []string{"market", "shock"}),
		stressCollateral: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "market", Name: "stress_collateral_at_risk",
			Help: "Collateral of the positions a shock would make liquidatable, in whole collateral tokens (display only)."}, []string{"market", "shock"}),
		deleverages: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: "deleverage", Name: "attempts_total",
			Help: "Deleverages of managed positions by protocol and outcome (sent, mined, failed, infeasible)."}, []string{"protocol", "outcome"}),
		walletTokens: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "wallet", Name: "token_balance",
			Help: "Hot-wallet balance of each token inventory liquidations repay with, in whole tokens (display only)."}, []string{"token"}),
		bookPositions: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Subsystem: "book", Name: "positions",
			Help: "Positions tracked in the book, by protocol."}, []string{"protocol"}),
	}
	for _, o := range opts {
		o(m)
	}
	m.started = m.now()
	m.fairAge = newAgeVec(prometheus.BuildFQName(ns, "asset", "fair_value_age_seconds"),
		"Seconds since the fair value was last updated: the source's updatedAt where it reports one, else the last change of the rate the risk engine saw.",
		"asset", m.now)
	m.marketAge = newAgeVec(prometheus.BuildFQName(ns, "asset", "market_price_age_seconds"),
		"Seconds since the market price was last updated: the oldest updatedAt among the healthy sources that report one.",
		"asset", m.now)
	headLag := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: "head", Name: "lag_blocks",
		Help: "Newest head the head source saw minus the last processed block (0 before the first)."}, m.headLag)
	headAge := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: ns, Subsystem: "head", Name: "age_seconds",
		Help: "Seconds since the timestamp of the last processed block, at scrape time (before the first, since start)."}, m.headAge)
	info := prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "info", Help: "Build information."}, []string{"version"})
	info.WithLabelValues(version).Set(1)
	reg.MustRegister(info, m.up, m.headNumber, m.headTime, m.passSeconds, m.passFailures, m.positions,
		m.fairValue, m.marketPrice, m.depegBps, m.alerts, m.liquidations, m.profit, m.publishes, m.publishSeconds, m.walletBalance,
		m.riskScore, m.stressBadDebt, m.targetSeconds, m.reorgs, m.reorgDepth, m.backfillDone, m.backfillTotal, m.backfillRate,
		headLag, headAge, m.fairAge, m.marketAge, m.stressPositions, m.stressCollateral, m.deleverages, m.walletTokens, m.bookPositions)
	m.up.Set(1)
	return m
}

// headLag is the head source's newest head minus the last processed block.
func (m *Metrics) headLag() float64 {
	seen, done := m.headSeen.Load(), m.processed.Load()
	if done == 0 || seen <= done {
		return 0
	}
	return float64(seen - done)
}

// headAge is the time since the last processed block's timestamp, or
// since start before the first block.
func (m *Metrics) headAge() float64 {
	now := m.now()
	at := m.started
	if t := m.processedTime.Load(); t != 0 {
		at = time.Unix(int64(t), 0)
	}
	return max(now.Sub(at).Seconds(), 0)
}

// BlockProcessed implements keeper.Metrics.
func (m *Metrics) BlockProcessed(number, headTime uint64, took time.Duration) {
	m.processed.Store(number)
	m.processedTime.Store(headTime)
	m.headNumber.Set(float64(number))
	m.headTime.Set(float64(headTime))
	m.passSeconds.Observe(took.Seconds())
}

// HeadSeen implements chain.HeadMetrics: the head source took a new head.
func (m *Metrics) HeadSeen(number uint64) {
	for {
		old := m.headSeen.Load()
		if number <= old || m.headSeen.CompareAndSwap(old, number) {
			return
		}
	}
}

// BookPositions implements keeper.Metrics.
func (m *Metrics) BookPositions(protocol string, n int) {
	m.bookPositions.WithLabelValues(protocol).Set(float64(n))
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

// AssetPriceTimes implements keeper.Metrics: when the asset's fair value
// and market price were last updated (unix seconds). A zero time is not
// known this block and keeps the last one, whose age then grows.
func (m *Metrics) AssetPriceTimes(symbol string, fairAt, marketAt uint64) {
	if fairAt != 0 {
		m.fairAge.set(symbol, fairAt)
	}
	if marketAt != 0 {
		m.marketAge.set(symbol, marketAt)
	}
}

// RiskScore implements keeper.Metrics.
func (m *Metrics) RiskScore(asset string, score uint8) {
	m.riskScore.WithLabelValues(asset).Set(float64(score))
}

// StressBadDebt implements keeper.Metrics: the bad debt a shock would
// leave, in raw units of a loan token with loanDecimals (USDC has 6).
func (m *Metrics) StressBadDebt(market, shock string, loanUnits *big.Int, loanDecimals uint8) {
	m.stressBadDebt.WithLabelValues(market, shock).Set(tokenFloat(loanUnits, loanDecimals))
}

// StressAtRisk implements keeper.Metrics: the positions a shock makes
// liquidatable in a market and their collateral (raw units of a token
// with collateralDecimals).
func (m *Metrics) StressAtRisk(market, shock string, positions int, collateral *big.Int, collateralDecimals uint8) {
	m.stressPositions.WithLabelValues(market, shock).Set(float64(positions))
	m.stressCollateral.WithLabelValues(market, shock).Set(tokenFloat(collateral, collateralDecimals))
}

// Alert implements keeper.AlertMetrics.
func (m *Metrics) Alert(kind, state string) { m.alerts.WithLabelValues(kind, state).Inc() }

// LiquidationAttempt implements keeper.ExecutorMetrics.
func (m *Metrics) LiquidationAttempt(outcome string) { m.liquidations.WithLabelValues(outcome).Inc() }

// LiquidationProfit implements keeper.ExecutorMetrics.
func (m *Metrics) LiquidationProfit(protocol, market string, profitWei float64) {
	if profitWei > 0 {
		m.profit.WithLabelValues(market, protocol).Add(profitWei)
	}
}

// DeleverageAttempt implements strategies.DeleverageMetrics.
func (m *Metrics) DeleverageAttempt(protocol, outcome string) {
	m.deleverages.WithLabelValues(protocol, outcome).Inc()
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

// WalletTokenBalance records the hot wallet's balance of a token (raw
// units of a token with decimals).
func (m *Metrics) WalletTokenBalance(token string, units *big.Int, decimals uint8) {
	m.walletTokens.WithLabelValues(token).Set(tokenFloat(units, decimals))
}

// Down marks the daemon as stopping.
func (m *Metrics) Down() { m.up.Set(0) }

func wadFloat(x *big.Int) float64 { return tokenFloat(x, 18) }

// tokenFloat is x raw units of a token with decimals, in whole tokens
// (display only); nil is zero.
func tokenFloat(x *big.Int, decimals uint8) float64 {
	if x == nil {
		return 0
	}
	scale := new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), scale).Float64()
	return f
}

// ageVec exports, per label value, the seconds from a recorded unix time
// to the scrape (never negative), so that an age grows while nothing
// updates it.
type ageVec struct {
	desc *prometheus.Desc
	now  func() time.Time
	mu   sync.Mutex
	at   map[string]uint64
}

func newAgeVec(name, help, label string, now func() time.Time) *ageVec {
	return &ageVec{desc: prometheus.NewDesc(name, help, []string{label}, nil), now: now, at: map[string]uint64{}}
}

func (a *ageVec) set(label string, at uint64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.at[label] = at
}

// Describe implements prometheus.Collector.
func (a *ageVec) Describe(ch chan<- *prometheus.Desc) { ch <- a.desc }

// Collect implements prometheus.Collector.
func (a *ageVec) Collect(ch chan<- prometheus.Metric) {
	now := float64(a.now().UnixMilli()) / 1000
	a.mu.Lock()
	defer a.mu.Unlock()
	for label, at := range a.at {
		ch <- prometheus.MustNewConstMetric(a.desc, prometheus.GaugeValue, math.Max(now-float64(at), 0), label)
	}
}
