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
//
// Not parallel, nor is TestBenchAave: bytes_per_position is the process
// heap's growth over the book's build, which other tests' allocations and
// frees in the same process would distort (once to -18 B).
func TestBenchPrintsMeasurements(t *testing.T) {
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
	require.Contains(t, out.String(), `"protocol":"morpho_blue"`)
}

// TestBenchAave: `lrtkeeper bench --protocol aave_v3` reports the same
// fields on an Aave pool: the ticks through the tracker's index against a
// full scan, the pool's markets published to redis-server, and the
// requests per block of a keeper following devnet's Aave pool.
func TestBenchAave(t *testing.T) {
	r := testenv.StartRedis(t)
	var out, errOut bytes.Buffer
	code := run([]string{"bench", "--protocol", "aave_v3", "--positions", "3000", "--ticks", "30", "--redis", r.URL(), "--rpc-positions", "12"}, &out, &errOut, func(string) string { return "" })
	require.Equal(t, 0, code, errOut.String())
	var res struct {
		Protocol string `json:"protocol"`
		benchbook.Result
	}
	require.NoError(t, json.Unmarshal(out.Bytes(), &res))
	require.Equal(t, "aave_v3", res.Protocol)
	require.Equal(t, 3000, res.Positions)
	require.Positive(t, res.TickP50us)
	require.Positive(t, res.NaiveTickP50us)
	require.Positive(t, res.FullRescanMs)
	require.Positive(t, res.IndexBuildMs)
	require.Positive(t, res.BytesPerPosition)
	require.Positive(t, res.RedisPublishFullMs)
	require.Positive(t, res.RedisPublishColdMs)
	require.Positive(t, res.RedisPublishBlockMs)
	require.Equal(t, 12, res.RPCPositions)
	require.Positive(t, res.RPCPerBlock)
	require.LessOrEqual(t, res.RPCPerBlock, 3.0)
	require.Equal(t, benchbook.AaveNaiveRPCPerBlock(3000), res.NaiveRPCPerBlock)
	require.Equal(t, 1, strings.Count(strings.TrimSpace(out.String()), "\n")+1, "one line of JSON")
}

func TestBenchRejectsBadArguments(t *testing.T) {
	t.Parallel()
	var out, errOut bytes.Buffer
	require.Equal(t, 2, run([]string{"bench", "--positions", "10"}, &out, &errOut, func(string) string { return "" }))
	require.Contains(t, errOut.String(), "--positions must be at least 1000")
	require.Equal(t, 2, run([]string{"bench", "--bogus"}, &out, &errOut, func(string) string { return "" }))
	errOut.Reset()
	require.Equal(t, 2, run([]string{"bench", "--protocol", "compound"}, &out, &errOut, func(string) string { return "" }))
	require.Contains(t, errOut.String(), `--protocol "compound": want morpho_blue or aave_v3`)
	require.Contains(t, errOut.String(), "usage: lrtkeeper bench")
	require.Empty(t, out.String())
}
