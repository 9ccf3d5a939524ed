// Package testenv starts the real external services that tests need: a
// redis-server process, a three-master Redis Cluster and an anvil node,
// each on free loopback ports, with their output captured in the test's
// temporary directory and shown when the test fails.
//
// Nothing here is a mock or a fallback. When a binary is missing the test
// fails and says how to install it: run `bash scripts/test.sh`, the README's
// test command.
package testenv

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// installHint is appended to every "binary not found" failure.
const installHint = "run `bash scripts/test.sh` (the README test command), which installs redis-server and the pinned tools"

// RepoRoot returns the directory holding go.mod, found by walking up from the
// working directory. It fails the test when there is none.
func RepoRoot(t testing.TB) string {
	t.Helper()
	root, err := repoRoot()
	if err != nil {
		t.Fatalf("testenv: %v", err)
	}
	return root
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("failed to get working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod found above the working directory")
		}
		dir = parent
	}
}

// FreePort returns a TCP port on 127.0.0.1 that was free when it was picked.
// Another process may take it before the caller binds it; the Start helpers
// retry with a new port when that happens.
func FreePort(t testing.TB) int {
	t.Helper()
	port, err := freePort()
	if err != nil {
		t.Fatalf("testenv: %v", err)
	}
	return port
}

// handedOut holds every port freePort has returned in this test binary.
// The kernel may give a port just released to the next listener on :0:
// two parallel tests then started their nodes on one port, and the
// second's readiness probe was answered by the first's node (a txmgr test
// ran against another test's anvil). A port is handed out once.
var handedOut = struct {
	sync.Mutex
	ports map[int]bool
}{ports: map[int]bool{}}

func freePort() (int, error) {
	const attempts = 100
	for range attempts {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return 0, fmt.Errorf("failed to find a free port: %w", err)
		}
		port := l.Addr().(*net.TCPAddr).Port
		if err := l.Close(); err != nil {
			return 0, fmt.Errorf("failed to release free port %d: %w", port, err)
		}
		handedOut.Lock()
		taken := handedOut.ports[port]
		handedOut.ports[port] = true
		handedOut.Unlock()
		if !taken {
			return port, nil
		}
	}
	return 0, fmt.Errorf("failed to find a port not handed out before in %d attempts", attempts)
}

// waitPortClosed waits until nothing accepts connections on addr.
func waitPortClosed(addr string, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		conn, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err != nil {
			return nil
		}
		_ = conn.Close()
		if time.Now().After(deadline) {
			return fmt.Errorf("port %s still accepts connections after %s", addr, timeout)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
