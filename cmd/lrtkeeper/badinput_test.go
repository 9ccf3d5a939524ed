package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

const badInputConfig = `
chain:
  rpc_url: %s
  chain_id: %d
  dial_timeout: 3s
  call_timeout: 3s
  wrapped_native: "0x4444444444444444444444444444444444444444"
redis:
  url: %s
  dial_timeout: 1s
assets:
  - symbol: ezETH
    token: "0x1111111111111111111111111111111111111111"
    fair_value: {kind: erc4626, contract: "0x1111111111111111111111111111111111111111"}
    market_price: {kind: chainlink, feed: "0x2222222222222222222222222222222222222222", heartbeat: 1h}
markets:
  - {id: "0x3333333333333333333333333333333333333333333333333333333333333333", collateral: ezETH}
metrics: {listen: ""}
`

// TestBadInputFailsWithOneLine runs the binary on each kind of bad input:
// each must exit non-zero with a single line on stderr that names the
// problem, and never panic or print a stack trace.
func TestBadInputFailsWithOneLine(t *testing.T) {
	t.Parallel()
	node := testenv.StartAnvil(t)
	srv := testenv.StartRedis(t)
	closedPort := testenv.FreePort(t) // nothing listens there
	key := "LRTKEEPER_PRIVATE_KEY=" + testenv.DevKey(3)

	write := func(t *testing.T, body string) string {
		path := filepath.Join(t.TempDir(), "config.yaml")
		require.NoError(t, os.WriteFile(path, []byte(body), 0o600))
		return path
	}
	good := func(rpc string, chainID uint64, redisURL string) string {
		return fmt.Sprintf(badInputConfig, rpc, chainID, redisURL)
	}
	tests := []struct {
		name     string
		config   string
		env      []string
		wantCode int
		want     []string
		secret   string // never in the output
	}{
		{
			name: "malformed config", config: "chain:\n  rpc_url: [oops\n", env: []string{key},
			wantCode: 2, want: []string{"config.yaml", "line"},
		},
		{
			name: "unknown field", config: good(node.WSURL, 31337, srv.URL()) + "bogus: 1\n", env: []string{key},
			wantCode: 2, want: []string{"bogus"},
		},
		{
			name: "wrong chain id", config: good(node.WSURL, 1, srv.URL()), env: []string{key},
			wantCode: 1, want: []string{"wrong chain id", "31337", "config says 1"},
		},
		{
			name: "unreachable rpc", config: good(fmt.Sprintf("ws://127.0.0.1:%d", closedPort), 31337, srv.URL()), env: []string{key},
			wantCode: 1, want: []string{"chain", "dial", fmt.Sprintf("127.0.0.1:%d", closedPort)},
		},
		{
			// RPC URLs carry API keys; go-ethereum quotes the full URL in its
			// transport errors, and an http client only connects on first use.
			name: "unreachable rpc with an api key in the path", config: good(fmt.Sprintf("http://127.0.0.1:%d/v2/SECRETAPIKEY123", closedPort), 31337, srv.URL()), env: []string{key},
			wantCode: 1, want: []string{"chain", "127.0.0.1", fmt.Sprintf("127.0.0.1:%d", closedPort)}, secret: "SECRETAPIKEY123",
		},
		{
			name: "unreachable redis", config: good(node.WSURL, 31337, fmt.Sprintf("redis://127.0.0.1:%d/0", closedPort)), env: []string{key},
			wantCode: 1, want: []string{"redis", fmt.Sprintf("127.0.0.1:%d", closedPort)},
		},
		{
			name: "missing key", config: good(node.WSURL, 31337, srv.URL()), env: []string{"LRTKEEPER_PRIVATE_KEY="},
			wantCode: 2, want: []string{"no signing key", "LRTKEEPER_PRIVATE_KEY"},
		},
		{
			name: "malformed key", config: good(node.WSURL, 31337, srv.URL()), env: []string{"LRTKEEPER_PRIVATE_KEY=0xnot-a-key-deadbeef"},
			wantCode: 2, want: []string{"LRTKEEPER_PRIVATE_KEY"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(binary(t), "run", "--config", write(t, tc.config), "--for", "20s")
			cmd.Env = append(os.Environ(), tc.env...)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exitErr *exec.ExitError
			require.ErrorAs(t, err, &exitErr, "stdout:\n%s", stdout.String())
			require.Equal(t, tc.wantCode, exitErr.ExitCode(), "stderr: %s", stderr.String())
			msg := strings.TrimRight(stderr.String(), "\n")
			require.NotContains(t, msg, "\n", "one line only")
			require.True(t, strings.HasPrefix(msg, "lrtkeeper: "), msg)
			for _, w := range tc.want {
				require.Contains(t, msg, w)
			}
			for _, out := range []string{msg, stdout.String()} {
				require.NotContains(t, out, "panic")
				require.NotContains(t, out, "goroutine ")
				require.NotContains(t, out, "deadbeef", "a key never appears in output")
				require.NotContains(t, out, strings.TrimPrefix(testenv.DevKey(3), "0x"), "a key never appears in output")
				if tc.secret != "" {
					require.NotContains(t, out, tc.secret, "an RPC API key never appears in output")
				}
			}
		})
	}
}

func TestValidateAndVersion(t *testing.T) {
	t.Parallel()
	out, err := exec.Command(binary(t), "version").CombinedOutput()
	require.NoError(t, err)
	require.Equal(t, "lrtkeeper e2e\n", string(out))

	out, err = exec.Command(binary(t), "validate", "--config", filepath.Join("..", "..", "config.yaml")).CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), "ok")

	out, err = exec.Command(binary(t), "validate", "--config", "/nonexistent/config.yaml").CombinedOutput()
	var exitErr *exec.ExitError
	require.ErrorAs(t, err, &exitErr)
	require.Equal(t, 2, exitErr.ExitCode())
	require.Contains(t, string(out), "/nonexistent/config.yaml")

	out, err = exec.Command(binary(t), "frobnicate").CombinedOutput()
	require.ErrorAs(t, err, &exitErr)
	require.Equal(t, 2, exitErr.ExitCode())
	require.Contains(t, string(out), "unknown command")
}
