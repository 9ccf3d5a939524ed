package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jonboulle/clockwork"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/schedule"
	"github.com/lrtkeeper/lrtkeeper/keeper"
)

// Redis keys of the scheduled jobs, under redis.key_prefix.
const (
	reportKey    = "report:daily"
	heartbeatKey = "heartbeat"
)

// reportTop is how many of the riskiest positions the daily report lists.
const reportTop = 10

// initJobs schedules the wall-clock jobs, each on its configured cron spec
// ("" disables one): heartbeat, daily risk report, book re-verification,
// growth-cap snapshot, and the hot wallet's balance.
func (s *Service) initJobs(context.Context) error {
	s.sched = schedule.New(s.log, s.clock, 10*time.Second)
	cfg := s.cfg
	type job struct {
		field, spec, name string
		run               func(ctx context.Context)
	}
	hb := &heartbeat{log: s.log, clock: s.clock, status: s.keeper, rdb: s.rdb, key: redisKey(cfg.Redis.KeyPrefix, heartbeatKey),
		ttl: cfg.Redis.TTL, leader: s.leader, instance: cfg.Leader.Instance}
	rep := &reporter{log: s.log, clock: s.clock, rdb: s.rdb, redis: cfg.Redis, gatherer: s.reg, leader: s.leader, since: s.clock.Now()}
	jobs := []job{
		{"keeper.heartbeat_schedule", cfg.Keeper.HeartbeatSchedule, "heartbeat", hb.run},
		{"risk.report_schedule", cfg.Risk.ReportSchedule, "daily_report", func(ctx context.Context) {
			if err := rep.run(ctx); err != nil {
				s.log.Warn().Err(err).Msg("daily risk report failed")
			}
		}},
		{"book.verify_schedule", cfg.Book.VerifySchedule, "book_verify", func(ctx context.Context) {
			if _, _, err := s.keeper.Verify(ctx, cfg.Book.VerifySample); err != nil {
				s.log.Warn().Err(err).Msg("book verification failed")
			}
		}},
		{"risk.capo_snapshot_schedule", cfg.Risk.CapoSnapshotSchedule, "capo_snapshot", func(context.Context) {
			s.engine.RequestCapoSnapshot()
			s.log.Info().Msg("growth-cap snapshot requested for the next block")
		}},
	}
	if s.exec != nil {
		addr, client, mc, m := s.tm.From(), s.world.client, s.mc, s.metrics
		var tokens []common.Address // what inventory liquidations repay with
		if w := s.world; w.execution.mode == config.LiquidationInventory {
			for _, mk := range s.markets {
				tokens = append(tokens, mk.Params.LoanToken)
			}
			if len(w.aave) > 0 && w.wrappedNative != (common.Address{}) {
				tokens = append(tokens, w.wrappedNative)
			}
		}
		jobs = append(jobs, job{"", "@every 30s", "wallet_balance", func(ctx context.Context) {
			walletBalance(ctx, s.log, client, mc, addr, tokens, m)
		}})
	}
	for _, j := range jobs {
		if j.spec == "" {
			continue
		}
		if err := s.sched.Add(j.spec, j.name, j.run); err != nil {
			return fmt.Errorf("%w: %s: %w", errConfig, j.field, err)
		}
	}
	s.run(stageIntake, s.sched.Run)
	return nil
}

func redisKey(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + ":" + key
}

// walletBalance exports the hot wallet's native balance, and its balance
// of each of tokens (the debt tokens inventory liquidations repay with),
// read with their symbols and decimals in one Multicall3 batch at the
// latest block. A token is labelled by its symbol, or by its address when
// the symbol cannot be read, is not a plain short name or is taken.
func walletBalance(ctx context.Context, log zerolog.Logger, client chain.Client, mc *chain.Multicall, addr common.Address,
	tokens []common.Address, m *metrics.Metrics,
) {
	bctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	bal, err := client.BalanceAt(bctx, addr, nil)
	if err != nil {
		log.Warn().Err(err).Str("keeper", addr.Hex()).Msg("wallet balance read failed")
	} else {
		m.WalletBalance(bal)
	}
	seen := map[common.Address]bool{}
	var calls []chain.Call
	var read []common.Address
	for _, tk := range tokens {
		if seen[tk] {
			continue
		}
		seen[tk] = true
		read = append(read, tk)
		calls = append(calls, chain.Call{Target: tk, Data: erc20ABI.PackBalanceOf(addr), AllowFailure: true},
			chain.Call{Target: tk, Data: erc20ABI.PackDecimals(), AllowFailure: true},
			chain.Call{Target: tk, Data: erc20ABI.PackSymbol(), AllowFailure: true})
	}
	if len(read) == 0 {
		return
	}
	head, err := client.HeaderByNumber(bctx, nil)
	if err != nil {
		log.Warn().Err(err).Msg("wallet token balances: read latest header failed")
		return
	}
	res, err := mc.Do(bctx, head.Hash(), calls)
	if err != nil {
		log.Warn().Err(err).Str("keeper", addr.Hex()).Msg("wallet token balances read failed")
		return
	}
	plain := func(sym string) bool {
		if sym == "" || len(sym) > 32 {
			return false
		}
		for _, c := range sym {
			if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != '.' && c != '_' && c != '-' {
				return false
			}
		}
		return true
	}
	decode := func(r []chain.Result) (*big.Int, uint8, error) {
		if !r[0].Success || !r[1].Success {
			return nil, 0, fmt.Errorf("balanceOf or decimals reverted: %w", chain.ErrCallFailed)
		}
		units, err := erc20ABI.UnpackBalanceOf(r[0].Data)
		if err != nil {
			return nil, 0, fmt.Errorf("decode balanceOf: %w", err)
		}
		decimals, err := erc20ABI.UnpackDecimals(r[1].Data)
		if err != nil {
			return nil, 0, fmt.Errorf("decode decimals: %w", err)
		}
		return units, decimals, nil
	}
	labels := map[string]bool{}
	for i, tk := range read {
		r := res[3*i : 3*i+3]
		units, decimals, err := decode(r)
		if err != nil {
			log.Warn().Err(err).Str("token", tk.Hex()).Str("keeper", addr.Hex()).Msg("wallet token balance read failed")
			continue
		}
		label := tk.Hex()
		if r[2].Success {
			if sym, err := erc20ABI.UnpackSymbol(r[2].Data); err == nil && plain(sym) && !labels[sym] {
				label = sym
			}
		}
		labels[label] = true
		m.WalletTokenBalance(label, units, decimals)
	}
}

// keeperStatus is the keeper's last processed block (keeper.Keeper).
type keeperStatus interface {
	Status() (keeper.Status, bool)
}

// heartbeat logs a one-line summary, so an operator tailing the logs sees
// the daemon alive between alerts, and the leader writes it to Redis for
// the consumers of the oracle.
type heartbeat struct {
	log      zerolog.Logger
	clock    clockwork.Clock
	status   keeperStatus
	rdb      redis.Cmdable
	key      string
	ttl      time.Duration
	leader   leadership
	instance string
}

func (h *heartbeat) run(ctx context.Context) {
	st, ok := h.status.Status()
	if !ok {
		h.log.Warn().Msg("heartbeat: no block processed yet")
		return
	}
	now := h.clock.Now()
	since := now.Sub(st.ProcessedAt).Seconds()
	h.log.Info().Uint64("block", st.Block).Float64("since_block_s", since).Int("positions", st.Positions).
		Int("at_risk", st.AtRisk).Int("liquidatable", st.Liquidatable).Msg("heartbeat")
	if !h.leader.IsLeader() {
		return
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	_, err := h.rdb.TxPipelined(wctx, func(p redis.Pipeliner) error {
		p.HSet(wctx, h.key, map[string]any{
			"block": st.Block, "processed_at": st.ProcessedAt.Unix(), "updated_at": now.Unix(),
			"positions": st.Positions, "at_risk": st.AtRisk, "liquidatable": st.Liquidatable,
			"version": Version, "instance": h.instance,
		})
		p.Expire(wctx, h.key, h.ttl)
		return nil
	})
	if err != nil {
		h.log.Warn().Err(err).Msg("heartbeat not written to redis")
	}
}

// reporter writes the daily risk report: the published oracle as `status`
// reads it (assets, markets, riskiest positions), and what happened since
// the previous report (alerts raised by kind, liquidations by outcome),
// counted from the daemon's own metrics.
type reporter struct {
	log      zerolog.Logger
	clock    clockwork.Clock
	rdb      redis.UniversalClient
	redis    config.Redis
	gatherer prometheus.Gatherer
	leader   leadership

	mu    sync.Mutex
	since time.Time
	last  counts // the counters at the previous report
}

// counts are counter values by metric and label value.
type counts map[string]map[string]float64

// reportCounters are the counters a report diffs, with the label that
// names each series.
var reportCounters = map[string]string{
	"lrtkeeper_alerts_total":                          "alert",
	"lrtkeeper_liquidation_attempts_total":            "outcome",
	"lrtkeeper_tx_published_total":                    "outcome",
	"lrtkeeper_deleverage_attempts_total":             "outcome",
	"lrtkeeper_liquidation_expected_profit_wei_total": "market",
}

func (r *reporter) run(ctx context.Context) error {
	if !r.leader.IsLeader() {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.clock.Now()
	cur, err := r.gather()
	if err != nil {
		return err
	}
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	st, err := readStatus(rctx, r.rdb, r.redis, reportTop)
	if err != nil {
		return err
	}
	delta := cur.since(r.last)
	positions, atRisk := 0, 0
	for _, m := range st.Markets {
		if m.Positions != nil {
			positions += *m.Positions
		}
		if m.PositionsAtRisk != nil {
			atRisk += *m.PositionsAtRisk
		}
	}
	fields := map[string]any{
		"period_start": r.since.Unix(), "period_end": now.Unix(), "block": st.Head.Block, "block_hash": st.Head.BlockHash,
		"positions": positions, "positions_at_risk": atRisk, "version": Version,
	}
	for name, v := range map[string]any{
		"assets": st.Assets, "markets": st.Markets, "riskiest": st.Riskiest,
		"alerts": delta["lrtkeeper_alerts_total"], "liquidations": delta["lrtkeeper_liquidation_attempts_total"],
		"transactions": delta["lrtkeeper_tx_published_total"], "deleverages": delta["lrtkeeper_deleverage_attempts_total"],
		"expected_profit_wei": delta["lrtkeeper_liquidation_expected_profit_wei_total"],
	} {
		b, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("report field %s: %w", name, err)
		}
		fields[name] = string(b)
	}
	key := redisKey(r.redis.KeyPrefix, reportKey)
	_, err = r.rdb.TxPipelined(rctx, func(p redis.Pipeliner) error {
		p.Del(rctx, key) // a report replaces the previous one whole
		p.HSet(rctx, key, fields)
		return nil
	})
	if err != nil {
		return fmt.Errorf("write %s: %w", key, err)
	}
	depeg := zerolog.Dict()
	for _, a := range st.Assets {
		depeg.Str(a.Symbol, string(a.DepegBps))
	}
	r.log.Info().Time("period_start", r.since).Time("period_end", now).Uint64("block", st.Head.Block).
		Int("positions", positions).Int("positions_at_risk", atRisk).Dict("depeg_bps", depeg).
		Float64("alerts_raised", sum(delta["lrtkeeper_alerts_total"])).
		Float64("liquidations_mined", delta["lrtkeeper_liquidation_attempts_total"]["mined"]).
		Str("key", key).Msg("daily risk report")
	r.since, r.last = now, cur
	return nil
}

// gather reads the report's counters; an alert counts when it fires (or
// is a one-off event), not when it resolves.
func (r *reporter) gather() (counts, error) {
	families, err := r.gatherer.Gather()
	if err != nil {
		return nil, fmt.Errorf("gather metrics: %w", err)
	}
	out := counts{}
	for name := range reportCounters { // a series not yet seen counts zero
		out[name] = map[string]float64{}
	}
	for _, f := range families {
		label, ok := reportCounters[f.GetName()]
		if !ok {
			continue
		}
		series := map[string]float64{}
		for _, m := range f.GetMetric() {
			var name string
			raised := true
			for _, l := range m.GetLabel() {
				switch l.GetName() {
				case label:
					name = l.GetValue()
				case "state":
					raised = l.GetValue() != alerts.StateResolved
				}
			}
			if raised && m.GetCounter() != nil {
				series[name] += m.GetCounter().GetValue()
			}
		}
		out[f.GetName()] = series
	}
	return out, nil
}

// since is c minus prev, series by series, keeping only those that moved.
func (c counts) since(prev counts) counts {
	out := counts{}
	for metric, series := range c {
		d := map[string]float64{}
		for name, v := range series {
			if diff := v - prev[metric][name]; diff != 0 {
				d[name] = diff
			}
		}
		out[metric] = d
	}
	return out
}

func sum(m map[string]float64) float64 {
	var t float64
	for _, v := range m {
		t += v
	}
	return t
}
