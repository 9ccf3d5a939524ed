package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/jonboulle/clockwork"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics/metricstest"
	"github.com/lrtkeeper/lrtkeeper/internal/schedule"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// events are the buffer's JSON lines with message msg.
func (l *lockedBuf) events(t *testing.T, msg string) []map[string]any {
	t.Helper()
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range bytes.Split(l.b.Bytes(), []byte("\n")) {
		var m map[string]any
		if json.Unmarshal(line, &m) == nil && m["message"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// clockStatus is a keeper that processed block 42 at a fixed time.
type clockStatus struct{ at time.Time }

func (c clockStatus) Status() (keeper.Status, bool) {
	return keeper.Status{Block: 42, ProcessedAt: c.at, Positions: 7, AtRisk: 2, Liquidatable: 1}, true
}

// A day and a bit of the heartbeat and the daily report on a fake clock,
// against a real redis-server holding a published oracle: the heartbeat
// is written every minute, the report once at midnight UTC with the
// oracle as published and what happened since the previous report.
func TestScheduledJobsOnAFakeClock(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	pub := oracle.NewPublisher(zerolog.Nop(), rdb, statusPrefix, time.Hour, 10, nopPublishMetrics{})
	require.NoError(t, pub.Publish(ctx, statusSnapshot(42)))

	reg := prometheus.NewRegistry()
	m := metrics.New(reg, "test")
	start := time.Date(2026, 12, 1, 23, 0, 0, 0, time.UTC)
	fc := clockwork.NewFakeClockAt(start)
	var logs lockedBuf
	log := zerolog.New(&logs)
	rc := config.Redis{URL: srv.URL(), KeyPrefix: statusPrefix, DialTimeout: 5 * time.Second}
	hb := &heartbeat{log: log, clock: fc, status: clockStatus{at: start.Add(-3 * time.Second)}, rdb: rdb,
		key: redisKey(statusPrefix, heartbeatKey), ttl: 5 * time.Minute, leader: alwaysLeader{}, instance: "keeper-a"}
	rep := &reporter{log: log, clock: fc, rdb: rdb, redis: rc, gatherer: reg, leader: alwaysLeader{}, since: fc.Now()}
	sched := schedule.New(log, fc, time.Second)
	require.NoError(t, sched.Add("@every 1m", "heartbeat", hb.run))
	require.NoError(t, sched.Add("CRON_TZ=UTC 0 0 * * *", "daily_report", func(ctx context.Context) {
		if err := rep.run(ctx); err != nil {
			t.Errorf("report: %v", err)
		}
	}))
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- sched.Run(runCtx) }()
	defer func() {
		cancel()
		require.NoError(t, <-done)
	}()
	tick := func(d time.Duration) {
		t.Helper()
		wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		require.NoError(t, fc.BlockUntilContext(wctx, 1))
		fc.Advance(d)
		require.NoError(t, fc.BlockUntilContext(wctx, 1)) // the loop has started the due jobs
		require.Eventually(t, func() bool { return sched.Running() == 0 }, 10*time.Second, time.Millisecond)
	}

	// What happens during the first day.
	m.Alert("depeg", "firing")
	m.Alert("depeg", "resolved")
	m.Alert("liquidation_mined", "")
	m.LiquidationAttempt("mined")
	m.LiquidationAttempt("failed")

	heartbeatKey := statusPrefix + ":heartbeat"
	reportKey := statusPrefix + ":report:daily"
	for i := 1; i <= 59; i++ {
		tick(time.Minute)
		hb := rdb.HGetAll(ctx, heartbeatKey).Val()
		require.Equal(t, strconv.FormatInt(start.Add(time.Duration(i)*time.Minute).Unix(), 10), hb["updated_at"], "minute %d", i)
	}
	hbFields := rdb.HGetAll(ctx, heartbeatKey).Val()
	require.Equal(t, map[string]string{
		"block": "42", "processed_at": strconv.FormatInt(start.Add(-3*time.Second).Unix(), 10),
		"updated_at": strconv.FormatInt(start.Add(59*time.Minute).Unix(), 10), "positions": "7", "at_risk": "2",
		"liquidatable": "1", "version": Version, "instance": "keeper-a",
	}, hbFields)
	require.Greater(t, rdb.TTL(ctx, heartbeatKey).Val(), time.Duration(0), "the heartbeat expires when the daemon stops")
	require.Zero(t, rdb.Exists(ctx, reportKey).Val(), "no report before midnight")

	tick(time.Minute) // 00:00 UTC
	midnight := start.Add(time.Hour)
	report := rdb.HGetAll(ctx, reportKey).Val()
	require.Equal(t, strconv.FormatInt(start.Unix(), 10), report["period_start"])
	require.Equal(t, strconv.FormatInt(midnight.Unix(), 10), report["period_end"])
	require.Equal(t, "42", report["block"])
	require.Equal(t, "7", report["positions"], "4 + 2 + 1 + 0 + 0 positions; the broken market has no count")
	require.Equal(t, "1", report["positions_at_risk"])
	require.JSONEq(t, `{"depeg": 1, "liquidation_mined": 1}`, report["alerts"], "firings and events, not resolutions")
	require.JSONEq(t, `{"mined": 1, "failed": 1}`, report["liquidations"])
	var assets []statusAsset
	require.NoError(t, json.Unmarshal([]byte(report["assets"]), &assets))
	require.Equal(t, "ezETH", assets[0].Symbol)
	require.Equal(t, optional("800.000000000000000000"), assets[0].DepegBps)
	var riskiest []statusPosition
	require.NoError(t, json.Unmarshal([]byte(report["riskiest"]), &riskiest))
	require.Equal(t, hexOf(sCarol), riskiest[0].Borrower, "the riskiest position first")
	evs := logs.events(t, "daily risk report")
	require.Len(t, evs, 1)
	require.Equal(t, midnight.Format(time.RFC3339), evs[0]["period_end"])
	require.Equal(t, "800.000000000000000000", evs[0]["depeg_bps"].(map[string]any)["ezETH"])
	require.InDelta(t, 2, evs[0]["alerts_raised"], 0)

	// The next day counts only what happened since.
	m.LiquidationAttempt("mined")
	tick(24 * time.Hour)
	report = rdb.HGetAll(ctx, reportKey).Val()
	require.Equal(t, strconv.FormatInt(midnight.Unix(), 10), report["period_start"])
	require.Equal(t, strconv.FormatInt(midnight.Add(24*time.Hour).Unix(), 10), report["period_end"])
	require.JSONEq(t, `{}`, report["alerts"])
	require.JSONEq(t, `{"mined": 1}`, report["liquidations"])
	require.Len(t, logs.events(t, "daily risk report"), 2)
}

// A follower writes neither: the leader's heartbeat and report are the
// ones consumers read.
func TestScheduledJobsFollowerWritesNothing(t *testing.T) {
	t.Parallel()
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	ctx := context.Background()
	pub := oracle.NewPublisher(zerolog.Nop(), rdb, statusPrefix, time.Hour, 10, nopPublishMetrics{})
	require.NoError(t, pub.Publish(ctx, statusSnapshot(42)))
	fc := clockwork.NewFakeClock()
	follower := followerOnly{}
	hb := &heartbeat{log: zerolog.Nop(), clock: fc, status: clockStatus{at: fc.Now()}, rdb: rdb,
		key: redisKey(statusPrefix, heartbeatKey), ttl: time.Minute, leader: follower}
	rep := &reporter{log: zerolog.Nop(), clock: fc, rdb: rdb, redis: config.Redis{KeyPrefix: statusPrefix, DialTimeout: time.Second},
		gatherer: prometheus.NewRegistry(), leader: follower}
	hb.run(ctx)
	require.NoError(t, rep.run(ctx))
	require.Zero(t, rdb.Exists(ctx, statusPrefix+":heartbeat", statusPrefix+":report:daily").Val())
}

type followerOnly struct{}

func (followerOnly) IsLeader() bool { return false }

// TestWalletBalanceReadsInventoryTokens: the wallet job exports the
// native balance and, in one Multicall3 batch, the balance of each
// inventory token once, in whole tokens, labelled by its symbol; a token
// that cannot be read is logged and left out.
func TestWalletBalanceReadsInventoryTokens(t *testing.T) {
	t.Parallel()
	keeperWETH := new(big.Int).Mul(big.NewInt(125), big.NewInt(1e17)) // 12.5 WETH
	w, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm, KeeperWETH: keeperWETH})
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close() })
	client, err := chain.FromSimulated(w.Client())
	require.NoError(t, err)
	ctx := t.Context()
	d := w.Deployment
	keeperAddr := crypto.PubkeyToAddress(w.KeeperKey.PublicKey)
	reg := prometheus.NewRegistry()
	m := metrics.New(reg, "test")
	var logs lockedBuf

	// WETH twice (a Morpho loan token and Aave's wrapped native), ezETH,
	// and Morpho, which is no token.
	tokens := []common.Address{d.WETH, d.LRT, d.WETH, d.Morpho}
	walletBalance(ctx, zerolog.New(&logs), client, chain.NewMulticall(client, d.Multicall3), keeperAddr, tokens, m)

	native, err := client.BalanceAt(ctx, keeperAddr, nil)
	require.NoError(t, err)
	nativeEth, _ := new(big.Float).Quo(new(big.Float).SetInt(native), big.NewFloat(1e18)).Float64()
	require.Positive(t, nativeEth)
	require.Equal(t, map[string]float64{
		"lrtkeeper_wallet_balance_eth":                                     nativeEth,
		`lrtkeeper_wallet_token_balance{token="WETH"}`:                     12.5,
		`lrtkeeper_wallet_token_balance{token="` + devnet.LRTSymbol + `"}`: 0,
	}, metricstest.Gauges(t, reg, "lrtkeeper_wallet_"))
	failed := logs.events(t, "wallet token balance read failed")
	require.Len(t, failed, 1)
	require.Equal(t, d.Morpho.Hex(), failed[0]["token"])

	// Without inventory tokens only the native balance is read.
	reg2 := prometheus.NewRegistry()
	m2 := metrics.New(reg2, "test")
	walletBalance(ctx, zerolog.Nop(), client, chain.NewMulticall(client, d.Multicall3), keeperAddr, nil, m2)
	require.Equal(t, map[string]float64{"lrtkeeper_wallet_balance_eth": nativeEth}, metricstest.Gauges(t, reg2, "lrtkeeper_wallet_"))
}
