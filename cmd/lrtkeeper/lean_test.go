package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// leanExcluded are the packages the production build (-tags noembedded)
// must not link: the simulated chain and the in-process Redis.
var leanExcluded = []string{
	"github.com/lrtkeeper/lrtkeeper/internal/devnet",
	"github.com/lrtkeeper/lrtkeeper/internal/redisembed",
	"github.com/ethereum/go-ethereum/ethclient/simulated",
}

// goListDeps lists the packages the lrtkeeper binary links with the given
// go build flags.
func goListDeps(t *testing.T, flags ...string) []string {
	t.Helper()
	args := append(append([]string{"list"}, flags...), "-deps", ".")
	out, err := exec.CommandContext(t.Context(), "go", args...).Output()
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, exit.Stderr)
	}
	require.NoError(t, err)
	return strings.Fields(string(out))
}

// TestLeanBuildExcludesEmbeddedWorld guards the production binary's size:
// the default build links the embedded world, the noembedded one does not.
func TestLeanBuildExcludesEmbeddedWorld(t *testing.T) {
	t.Parallel()
	full := goListDeps(t)
	lean := goListDeps(t, "-tags", "noembedded")
	for _, pkg := range leanExcluded {
		// A renamed package would make the lean check below pass vacuously.
		require.Contains(t, full, pkg, "the default build should link %s (README's go run)", pkg)
		require.NotContains(t, lean, pkg, "go build -tags noembedded links %s", pkg)
	}
	require.Less(t, len(lean), len(full)*2/3, "lean build: %d packages, default build: %d", len(lean), len(full))
	t.Logf("packages linked: default %d, -tags noembedded %d", len(full), len(lean))
}

// TestLeanBinaryRefusesEmbeddedConfig builds the production variant and
// runs it: a config that asks for the embedded world fails with exit code
// 2 and one line naming the keys, before it dials anything; bench says it
// is not in this build.
func TestLeanBinaryRefusesEmbeddedConfig(t *testing.T) {
	t.Parallel()
	bin := filepath.Join(t.TempDir(), "lrtkeeper-lean")
	out, err := exec.CommandContext(t.Context(), "go", "build", "-tags", "noembedded", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build -tags noembedded: %s", out)

	shipped := filepath.Join("..", "..", "config.yaml")
	redisOnly := filepath.Join(t.TempDir(), "config.yaml")
	// A closed port: the run must fail on the config, not try the node.
	body := fmt.Sprintf(badInputConfig, "http://127.0.0.1:1", 1, "embedded")
	require.NoError(t, os.WriteFile(redisOnly, []byte(body), 0o600))
	const without = "but this binary was built without the embedded world (-tags noembedded)"

	tests := []struct {
		name     string
		args     []string
		wantCode int
		want     []string
	}{
		{"run shipped", []string{"run", "--config", shipped}, 2,
			[]string{`chain.rpc_url and redis.url are "embedded"`, without, "LRTKEEPER_RPC_URL, LRTKEEPER_REDIS_URL"}},
		{"validate shipped", []string{"validate", "--config", shipped}, 2,
			[]string{`chain.rpc_url and redis.url are "embedded"`, without}},
		{"run embedded redis", []string{"run", "--config", redisOnly}, 2,
			[]string{`redis.url is "embedded"`, without, "LRTKEEPER_REDIS_URL"}},
		{"bench", []string{"bench"}, 2, []string{"lrtkeeper bench: not in this build", "-tags noembedded"}},
		{"bench e2e", []string{"bench", "e2e"}, 2, []string{"lrtkeeper bench: not in this build"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.CommandContext(t.Context(), bin, tc.args...)
			cmd.Env = []string{"PATH=" + os.Getenv("PATH")} // no LRTKEEPER_* from the caller
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "stderr: %s", stderr.String())
			require.Equal(t, tc.wantCode, exit.ExitCode(), "stderr: %s", stderr.String())
			lines := strings.Split(strings.TrimRight(stderr.String(), "\n"), "\n")
			require.Len(t, lines, 1, "want one line on stderr, got:\n%s", stderr.String())
			for _, w := range tc.want {
				require.Contains(t, lines[0], w)
			}
			require.Empty(t, stdout.String(), "nothing ran, nothing logged")
		})
	}

	// The binary otherwise works.
	ver, err := exec.CommandContext(t.Context(), bin, "version").Output()
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(string(ver), "lrtkeeper "), "version: %q", ver)
	help, err := exec.CommandContext(t.Context(), bin, "help").Output()
	require.NoError(t, err)
	require.True(t, slices.ContainsFunc(strings.Split(string(help), "\n"), func(l string) bool {
		return strings.HasPrefix(strings.TrimSpace(l), "healthcheck")
	}), "help lists healthcheck:\n%s", help)
}
