package benche2e

import (
	"context"
	"encoding/json"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// TestRunOnAnvil runs the whole bench small: the built daemon against a
// real anvil and redis-server, 1,000 seeded positions and 3 ticks in
// inventory mode, then 200 positions and 2 ticks in callback mode.
func TestRunOnAnvil(t *testing.T) {
	root, err := RepoRoot()
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "lrtkeeper")
	build := exec.Command("go", "build", "-o", bin, "./cmd/lrtkeeper")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	t.Run("inventory", func(t *testing.T) { testInventoryRun(t, bin) })
	t.Run("callback", func(t *testing.T) { testCallbackRun(t, bin) })
}

func testInventoryRun(t *testing.T, bin string) {
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	res, err := Run(ctx, Options{Daemon: bin, Positions: 1000, Ticks: 3, Progress: logWriter{t}})
	require.NoError(t, err)

	raw, err := json.Marshal(res)
	require.NoError(t, err)
	t.Logf("result: %s", raw)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	for _, k := range []string{"mode", "positions", "ticks", "liquidations", "latency_ms", "per_tick", "seed_s", "startup_ms", "target_met"} {
		require.Contains(t, m, k)
	}

	require.Equal(t, ModeInventory, res.Mode)
	require.Equal(t, map[string]int{ModeInventory: res.Liquidations}, res.MinedByMode)
	require.Zero(t, res.Partial)
	require.NotEqual(t, zeroWad, res.KeeperWETHStart, "inventory mode funds the keeper")
	require.Empty(t, res.Executor)
	require.Equal(t, 1000, res.Positions)
	require.Equal(t, 3, res.Ticks)
	require.Positive(t, res.Expected)
	require.Equal(t, res.Expected, res.Liquidations, "every planned liquidation was mined")
	require.Zero(t, res.Unexpected)
	require.Len(t, res.PerTick, 3)
	for _, tr := range res.PerTick {
		require.Positive(t, tr.LatencyMs)
		require.Less(t, tr.LatencyMs, float64(sendTimeout.Milliseconds()))
		require.Equal(t, tr.Expected, tr.Liquidated)
		require.Positive(t, tr.SentForBlock)
		require.Positive(t, tr.Blocks)
	}
	l := res.LatencyMs
	require.Positive(t, l.Min)
	require.LessOrEqual(t, l.Min, l.P50)
	require.LessOrEqual(t, l.P50, l.P99)
	require.Equal(t, l.Max, l.P99, "with 3 samples the nearest-rank p99 is the maximum")
	require.Equal(t, l.P50 < res.TargetP50Ms, res.TargetMet)

	require.Equal(t, 1000+6, res.SeedWrites)
	require.GreaterOrEqual(t, res.Verified, minSample)
	// header 60 + 3 markets × 36 + 1000 records × 60 + crc 4
	require.Equal(t, 60+3*36+1000*60+4, res.CheckpointBytes)
	require.Positive(t, res.RestoreMs)
	require.GreaterOrEqual(t, res.StartupMs, res.RestoreMs)
	require.Positive(t, res.SeedSeconds)
	require.NotEmpty(t, res.AnvilVersion)
	require.Empty(t, res.WorkDir, "the work directory is removed after success")
}

// zeroWad is fixed.FormatWad of zero.
var zeroWad = fixed.FormatWad(new(big.Int))

// testCallbackRun liquidates through the keeper's executor: every
// liquidation is mined in callback mode, whole (the Curve pool is deep
// enough), from a keeper without WETH, whose WETH afterwards is the
// executor's profit.
func testCallbackRun(t *testing.T, bin string) {
	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	res, err := Run(ctx, Options{Daemon: bin, Positions: 200, Ticks: 2, Mode: ModeCallback, Progress: logWriter{t}})
	require.NoError(t, err)
	raw, err := json.Marshal(res)
	require.NoError(t, err)
	t.Logf("result: %s", raw)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	require.Equal(t, ModeCallback, m["mode"])

	require.Equal(t, ModeCallback, res.Mode)
	require.Positive(t, res.Expected)
	require.Equal(t, res.Expected, res.Liquidations, "every planned liquidation was mined")
	require.Zero(t, res.Unexpected)
	require.Zero(t, res.Partial, "the Curve pool absorbs every liquidation whole")
	require.Zero(t, res.FollowUps)
	require.Equal(t, map[string]int{ModeCallback: res.Liquidations}, res.MinedByMode)
	require.Equal(t, zeroWad, res.KeeperWETHStart, "the keeper holds no WETH")
	require.NotEqual(t, zeroWad, res.KeeperWETHEnd, "the executor pays its profit to the keeper")
	require.NotEqual(t, zeroWad, res.SeizedCollateral)
	require.True(t, common.IsHexAddress(res.Executor))
	require.Equal(t, fixed.FormatWad(callbackPoolDepth(2, DefaultMaxPerTick)), res.CurvePoolDepth)
	require.Len(t, res.PerTick, 2)
	for _, tr := range res.PerTick {
		require.Positive(t, tr.LatencyMs)
		require.Equal(t, tr.Expected, tr.Liquidated)
		require.Positive(t, tr.SentForBlock)
	}
}

func TestStats(t *testing.T) {
	t.Parallel()
	v := make([]float64, 20)
	for i := range v {
		v[i] = float64(20 - i)
	}
	s := stats(v)
	require.Equal(t, Stats{P50: 10, P99: 20, Max: 20, Min: 1, Mean: 10.5}, s)
	require.Equal(t, Stats{}, stats(nil))
	require.Equal(t, 7.0, stats([]float64{7}).P99)
}

func TestSlots(t *testing.T) {
	t.Parallel()
	id := common.HexToHash("0x01")
	user := common.HexToAddress("0x02")
	// keccak256(pad32(user) ‖ keccak256(id ‖ uint256(2)))
	inner := crypto.Keccak256(id[:], common.LeftPadBytes([]byte{2}, 32))
	want := crypto.Keccak256Hash(common.LeftPadBytes(user[:], 32), inner)
	require.Equal(t, want, positionSlot(id, user))
	require.Equal(t, crypto.Keccak256Hash(id[:], common.LeftPadBytes([]byte{3}, 32)), marketSlot(id))
	require.Equal(t, common.HexToHash("0x05"), plus(common.HexToHash("0x03"), 2))

	v, err := pack128(big.NewInt(1), big.NewInt(2))
	require.NoError(t, err)
	require.Equal(t, common.HexToHash("0x0000000000000000000000000000000200000000000000000000000000000001"), v)
	_, err = pack128(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(0))
	require.Error(t, err)
}

func TestPlan(t *testing.T) {
	t.Parallel()
	scale := big.NewInt(1e18) // the devnet market oracle: 1e36 per 1.0 feed
	p, err := newPlan(5000, 20, 20, 7, devnet.InitialRate, devnet.LLTV945, scale)
	require.NoError(t, err)
	require.Len(t, p.positions, 5000)
	require.Len(t, p.prices, 21)
	seen := map[common.Address]bool{}
	band := 0
	for k := 1; k <= 20; k++ {
		require.NotEmpty(t, p.byTick[k])
		require.LessOrEqual(t, len(p.byTick[k]), 20)
		require.Negative(t, p.prices[k].Cmp(p.prices[k-1]))
		band += len(p.byTick[k])
	}
	n := 0
	for _, pos := range p.positions {
		require.False(t, seen[pos.owner], "owners are distinct")
		seen[pos.owner] = true
		require.Zero(t, new(big.Int).Mul(pos.debt, big.NewInt(virtualShares)).Cmp(pos.shares))
		if pos.tick > 0 {
			n++
		}
	}
	require.Equal(t, band, n)

	_, err = newPlan(10, 20, 20, 7, devnet.InitialRate, devnet.LLTV945, scale)
	require.Error(t, err, "too few positions for the ticks")
}

// TestDaemonConfig loads the config the bench writes in both modes with
// the daemon's own loader.
func TestDaemonConfig(t *testing.T) {
	t.Parallel()
	addr := func(n byte) common.Address { return common.BytesToAddress([]byte{n}) }
	d := &devnet.Deployment{
		ChainID: big.NewInt(31337), WETH: addr(1), LRT: addr(2), PriceFeed: addr(3), Morpho: addr(4),
		Multicall3: addr(5), CurvePool: addr(6), StartBlock: 1,
		Markets: []devnet.Market{{Name: "a", ID: common.HexToHash("0x0a")}, {Name: "b", ID: common.HexToHash("0x0b")}},
	}
	x := &devnet.Execution{Executor: addr(7)}
	for _, tc := range []struct {
		mode string
		x    *devnet.Execution
	}{{ModeInventory, nil}, {ModeCallback, x}} {
		path := filepath.Join(t.TempDir(), "config.yaml")
		require.NoError(t, writeDaemonConfig(path, "ws://127.0.0.1:8545", "redis://127.0.0.1:6379/0", d, tc.x))
		cfg, err := config.Load(path, func(string) string { return "" })
		require.NoError(t, err, tc.mode)
		l := cfg.Liquidation
		require.True(t, l.Enabled)
		require.Equal(t, tc.mode, l.Mode)
		require.Equal(t, config.OracleGuard{MaxDeviationBps: guardMaxDeviationBps, Policy: config.GuardHold}, l.OracleGuard)
		require.Len(t, cfg.Markets, 2)
		if tc.x == nil {
			require.Nil(t, cfg.Markets[0].Venue)
			continue
		}
		require.Equal(t, x.Executor, l.Executor)
		require.Equal(t, callbackSlippageBps, l.MaxSlippageBps)
		require.Equal(t, callbackHalvings, l.MaxHalvings)
		for _, m := range cfg.Markets {
			require.Equal(t, &config.Venue{Kind: config.VenueCurve, Pool: d.CurvePool, I: 1, J: 0}, m.Venue)
		}
	}
}

func TestCallbackPoolDepth(t *testing.T) {
	t.Parallel()
	require.Equal(t, devnet.DefaultPoolDepth, callbackPoolDepth(1, 1))
	// 20 ticks × 20 positions × 5 ezETH × 1.02 × 10
	want := new(big.Int).Mul(big.NewInt(20_400), wad)
	require.Equal(t, want, callbackPoolDepth(20, 20))
}
