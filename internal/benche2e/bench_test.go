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

	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// TestRunOnAnvil runs the whole bench small: the built daemon against a
// real anvil and redis-server, 1,000 seeded positions, 3 ticks.
func TestRunOnAnvil(t *testing.T) {
	root, err := RepoRoot()
	require.NoError(t, err)
	bin := filepath.Join(t.TempDir(), "lrtkeeper")
	build := exec.Command("go", "build", "-o", bin, "./cmd/lrtkeeper")
	build.Dir = root
	out, err := build.CombinedOutput()
	require.NoError(t, err, "go build: %s", out)

	ctx, cancel := context.WithTimeout(t.Context(), 4*time.Minute)
	defer cancel()
	res, err := Run(ctx, Options{Daemon: bin, Positions: 1000, Ticks: 3, Progress: logWriter{t}})
	require.NoError(t, err)

	raw, err := json.Marshal(res)
	require.NoError(t, err)
	t.Logf("result: %s", raw)
	var m map[string]any
	require.NoError(t, json.Unmarshal(raw, &m))
	for _, k := range []string{"positions", "ticks", "liquidations", "latency_ms", "per_tick", "seed_s", "startup_ms", "target_met"} {
		require.Contains(t, m, k)
	}

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
