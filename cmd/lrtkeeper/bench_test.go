package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/benchbook"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// TestBenchPrintsMeasurements: `lrtkeeper bench` measures a small book,
// publishes it to the given redis-server and prints one JSON object.
func TestBenchPrintsMeasurements(t *testing.T) {
	t.Parallel()
	r := testenv.StartRedis(t)
	var out, errOut bytes.Buffer
	code := run([]string{"bench", "--positions", "5000", "--ticks", "50", "--redis", r.URL(), "--rpc-positions", "0"}, &out, &errOut, func(string) string { return "" })
	require.Equal(t, 0, code, errOut.String())
	var res benchbook.Result
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	require.Equal(t, 5000, res.Positions)
	require.Positive(t, res.TickP50us)
	require.Positive(t, res.NaiveTickP50us)
	require.Positive(t, res.FullRescanMs)
	require.Positive(t, res.BytesPerPosition)
	require.Positive(t, res.RedisPublishFullMs)
	require.Positive(t, res.RedisPublishBlockMs)
	require.Equal(t, benchbook.OldEngineRPCPerBlock(5000, 1), res.NaiveRPCPerBlock)
	require.Equal(t, 1, strings.Count(strings.TrimSpace(out.String()), "\n")+1, "one line of JSON")
}

func TestBenchRejectsBadArguments(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	require.Equal(t, 2, run([]string{"bench", "--positions", "10"}, &out, &errOut, func(string) string { return "" }))
	require.Contains(t, errOut.String(), "--positions must be at least 1000")
	require.Equal(t, 2, run([]string{"bench", "--bogus"}, &out, &errOut, func(string) string { return "" }))
}
