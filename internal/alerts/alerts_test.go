package alerts

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

type alertCounter map[string]int

func (c alertCounter) Alert(kind, state string) { c[kind+"/"+state]++ }

func decodeLines(t *testing.T, buf *bytes.Buffer) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		out = append(out, m)
	}
	return out
}

func TestAlertsFireOncePerCrossingWithHysteresis(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	counts := alertCounter{}
	a := New(zerolog.New(&buf), counts)
	// A depeg of 100 bps threshold with 10 bps hysteresis, sampled per block.
	path := []int{0, 50, 99, 100, 140, 120, 95, 91, 90, 89, 95, 100, 30}
	for _, bps := range path {
		a.Condition(Depeg, "ezETH", Warning, bps >= 100, bps < 90, func(e *zerolog.Event) *zerolog.Event {
			return e.Int("depeg_bps", bps)
		})
	}
	lines := decodeLines(t, &buf)
	require.Len(t, lines, 4, "fires at 100, resolves at 89, fires at 100, resolves at 30")
	want := []struct {
		state string
		bps   float64
	}{{StateFiring, 100}, {StateResolved, 89}, {StateFiring, 100}, {StateResolved, 30}}
	for i, w := range want {
		require.Equal(t, "alert", lines[i]["message"])
		require.Equal(t, Depeg, lines[i]["alert"])
		require.Equal(t, w.state, lines[i]["state"])
		require.Equal(t, w.bps, lines[i]["depeg_bps"])
	}
	require.Equal(t, "warning", lines[0]["severity"])
	require.Equal(t, "warn", lines[0]["level"])
	require.Equal(t, "info", lines[1]["severity"])
	require.Equal(t, 2, counts["depeg/firing"])
	require.Equal(t, 2, counts["depeg/resolved"])
}

func TestAlertsKeyedIndependently(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	a := New(zerolog.New(&buf), alertCounter{})
	for range 3 {
		a.Condition(Liquidatable, "m|alice", Critical, true, false, nil)
		a.Condition(Liquidatable, "m|bob", Critical, true, false, nil)
	}
	require.True(t, a.Firing(Liquidatable, "m|alice"))
	a.Condition(Liquidatable, "m|alice", Critical, false, true, nil)
	require.False(t, a.Firing(Liquidatable, "m|alice"))
	require.True(t, a.Firing(Liquidatable, "m|bob"))
	lines := decodeLines(t, &buf)
	require.Len(t, lines, 3)
	require.Equal(t, "error", lines[0]["level"], "critical alerts log at error level")

	a.Drop(Liquidatable, "m|bob")
	require.False(t, a.Firing(Liquidatable, "m|bob"))
	a.Event(LiquidationMined, Info, func(e *zerolog.Event) *zerolog.Event { return e.Str("tx", "0x1") })
	lines = decodeLines(t, &buf)
	require.Len(t, lines, 4)
	require.Equal(t, LiquidationMined, lines[3]["alert"])
	require.NotContains(t, lines[3], "state", "one-off events have no state")
}
