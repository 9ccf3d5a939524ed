package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestEmbeddedFirstRunShowsExecution runs the built binary on the shipped
// config.yaml (embedded chain and Redis, as a first run) and waits for
// what the embedded world is there to show, within two minutes: a
// liquidation through the executor with no inventory (mode callback), a
// pre-liquidation, the managed loop's trigger holding for the one-block
// spike and clearing without a sale, and the loop deleveraged onto its
// target when the depeg persists; and on the Aave pool, the misconfigured
// CAPO cap alerted no later than the loops it makes liquidatable, those
// loops liquidated with a flash loan, the managed Aave loop deleveraged
// onto its target, and the alert resolved when the cap is sound again.
func TestEmbeddedFirstRunShowsExecution(t *testing.T) {
	t.Parallel()
	shipped, err := os.ReadFile(filepath.Join("..", "..", "config.yaml"))
	require.NoError(t, err)
	// Only the fixed metrics port changes: tests run side by side.
	cfg := strings.Replace(string(shipped), `listen: "127.0.0.1:9464"`, `listen: ""`, 1)
	require.NotEqual(t, string(shipped), cfg, "the metrics listen line moved")
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(cfg), 0o600))
	d := startDaemon(t, []string{"run", "--config", path}, []string{"LRTKEEPER_RPC_URL=", "LRTKEEPER_REDIS_URL="})

	seen := func(match map[string]string) bool { return len(d.events(match)) > 0 }
	aave := map[string]string{"protocol": "aave_v3"}
	with := func(m map[string]string, extra map[string]string) map[string]string {
		out := map[string]string{}
		for k, v := range m {
			out[k] = v
		}
		for k, v := range extra {
			out[k] = v
		}
		return out
	}
	require.Eventually(t, func() bool {
		return seen(map[string]string{"alert": "liquidation_mined", "mode": "callback"}) &&
			seen(map[string]string{"alert": "liquidation_mined", "mode": "pre_liquidation"}) &&
			seen(map[string]string{"message": "deleverage trigger cleared before it persisted"}) &&
			seen(map[string]string{"alert": "deleverage_mined", "protocol": "morpho_blue"}) &&
			seen(with(aave, map[string]string{"alert": "liquidation_mined", "mode": "flash"})) &&
			seen(with(aave, map[string]string{"alert": "deleverage_mined"})) &&
			seen(map[string]string{"alert": "capo_below_rate", "state": "resolved"})
	}, 3*time.Minute, 500*time.Millisecond, "the first run did not show every execution path")

	// The CAPO alert came no later than the first Aave loop it made
	// liquidatable.
	capo := d.events(map[string]string{"alert": "capo_below_rate", "state": "firing"})
	require.Len(t, capo, 1)
	require.Equal(t, "aave_devnet", capo[0]["adapter"])
	firstLiquidatable := d.events(with(aave, map[string]string{"alert": "liquidatable", "state": "firing"}))
	require.NotEmpty(t, firstLiquidatable)
	require.LessOrEqual(t, capo[0]["block"].(float64), firstLiquidatable[0]["block"].(float64))
	aaveDeleverage := d.events(with(aave, map[string]string{"alert": "deleverage_mined"}))
	require.Len(t, aaveDeleverage, 1)
	require.Equal(t, true, aaveDeleverage[0]["on_target"], "health after %v", aaveDeleverage[0]["health_after"])

	// The spike cleared before any sale: the deleverage came later, once.
	cleared := d.events(map[string]string{"message": "deleverage trigger cleared before it persisted"})[0]
	mined := d.events(map[string]string{"alert": "deleverage_mined", "protocol": "morpho_blue"})
	require.Len(t, mined, 1)
	require.Less(t, cleared["block"].(float64), mined[0]["block"].(float64))
	require.Equal(t, true, mined[0]["on_target"], "health after %v", mined[0]["health_after"])
	require.Equal(t, float64(1), cleared["held_s"], "the spike lasts one block")
	// The market oracle follows the feed, one of the sources: the guard
	// never takes the depeg for a broken oracle. (Two sales into the Curve
	// pool in one block can make the second revert on chain, by design of
	// the executor's checks, so failed sends are not asserted absent.)
	require.Empty(t, d.events(map[string]string{"alert": "oracle_implausible"}))

	// stdout is JSON lines only, so the README's recipe works on it as is.
	// One snapshot of stdout for both counts: the daemon is still writing.
	stdout := d.output()
	recipe := exec.Command("jq", "-c", "select(.alert)")
	recipe.Stdin = strings.NewReader(stdout + "\n")
	out, err := recipe.Output()
	require.NoError(t, err, "jq 'select(.alert)' on the daemon's stdout")
	alertsOut := strings.Split(strings.TrimSpace(string(out)), "\n")
	want := 0
	for _, line := range strings.Split(stdout, "\n") {
		var ev map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &ev), "stdout is JSON lines only: %q", line)
		if ev["message"] == "alert" {
			want++
		}
	}
	require.Len(t, alertsOut, want, "jq selects exactly the alerts")
	require.NotContains(t, d.output(), "# read the risk oracle", "the redis-cli hint is a log field in json mode")
	require.NotEmpty(t, d.events(map[string]string{"message": "embedded redis serving the risk oracle"}))
}
