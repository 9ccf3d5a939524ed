package testenv

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

const (
	// AnvilEnv names the variable that overrides the anvil binary path.
	AnvilEnv = "LRTKEEPER_ANVIL"
	// AnvilChainID is the chain id StartAnvil passes unless extraArgs set one.
	AnvilChainID = 31337

	anvilReadyTimeout = 30 * time.Second
)

// Anvil is a real anvil node on a loopback port.
type Anvil struct {
	// HTTPURL is "http://127.0.0.1:<port>".
	HTTPURL string
	// WSURL is "ws://127.0.0.1:<port>" (anvil serves both on one port).
	WSURL string
	// ChainID is what the node answered to eth_chainId.
	ChainID uint64
}

// AnvilPath returns the anvil binary: $LRTKEEPER_ANVIL if set, else
// <repo>/tools/node_modules/.bin/anvil. It fails the test if the file is
// missing.
func AnvilPath(t testing.TB) string {
	t.Helper()
	bin := os.Getenv(AnvilEnv)
	if bin == "" {
		bin = filepath.Join(RepoRoot(t), "tools", "node_modules", ".bin", "anvil")
	}
	if _, err := os.Stat(bin); err != nil {
		t.Fatalf("testenv: anvil not found at %s (set %s or install it): %s", bin, AnvilEnv, installHint)
	}
	return bin
}

// StartAnvil starts anvil with --host 127.0.0.1 --port <free> --chain-id
// 31337 --silent followed by extraArgs (for example "--block-time", "1"),
// and waits until eth_chainId answers over HTTP. If extraArgs contains
// --chain-id, that one is used instead. The node is killed when the test
// ends.
func StartAnvil(t testing.TB, extraArgs ...string) *Anvil {
	t.Helper()
	bin := AnvilPath(t)
	dir := t.TempDir()
	logPath := filepath.Join(dir, "anvil.log")
	logOnFailure(t, "anvil", logPath)

	var lastErr error
	for range portAttempts {
		port, err := freePort()
		if err != nil {
			t.Fatalf("testenv: %v", err)
		}
		args := []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port), "--silent"}
		if !hasFlag(extraArgs, "--chain-id") {
			args = append(args, "--chain-id", strconv.Itoa(AnvilChainID))
		}
		args = append(args, extraArgs...)

		p, err := startProcess("anvil", bin, args, logPath)
		if err != nil {
			t.Fatalf("testenv: %v", err)
		}
		p.port = port
		t.Cleanup(func() {
			if err := p.kill(); err != nil {
				t.Errorf("testenv: %v", err)
			}
		})
		a := &Anvil{
			HTTPURL: "http://127.0.0.1:" + strconv.Itoa(port),
			WSURL:   "ws://127.0.0.1:" + strconv.Itoa(port),
		}
		lastErr = p.waitReady(anvilReadyTimeout, func() error {
			id, err := anvilChainID(a.HTTPURL)
			a.ChainID = id
			return err
		})
		if lastErr == nil {
			return a
		}
		_ = p.kill()
		if !errors.Is(lastErr, errPortInUse) {
			break
		}
	}
	t.Fatalf("testenv: failed to start anvil: %v (its output is logged below)", lastErr)
	return nil
}

func hasFlag(args []string, flag string) bool {
	return slices.ContainsFunc(args, func(a string) bool {
		return a == flag || strings.HasPrefix(a, flag+"=")
	})
}

// anvilChainID asks url for eth_chainId.
func anvilChainID(url string) (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	body := []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("eth_chainId: HTTP %s", resp.Status)
	}
	var out struct {
		Result string          `json:"result"`
		Error  json.RawMessage `json:"error"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return 0, fmt.Errorf("eth_chainId: failed to decode response: %w", err)
	}
	if len(out.Error) > 0 {
		return 0, fmt.Errorf("eth_chainId: %s", out.Error)
	}
	id, err := strconv.ParseUint(strings.TrimPrefix(out.Result, "0x"), 16, 64)
	if err != nil {
		return 0, fmt.Errorf("eth_chainId: bad result %q: %w", out.Result, err)
	}
	return id, nil
}
