package testenv

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

const (
	// redisReadyTimeout bounds the wait for a started redis-server to PING.
	redisReadyTimeout = 10 * time.Second
	// portAttempts is how many free ports a first start tries when another
	// process takes the picked port first.
	portAttempts = 3
)

// Redis is a real redis-server process on a loopback port, with no
// persistence: a restart comes back empty.
type Redis struct {
	// Addr is "127.0.0.1:<port>". It stays the same across Stop and Start.
	Addr string

	t       testing.TB
	bin     string
	dir     string
	logPath string

	mu   sync.Mutex
	proc *process // nil while stopped
}

// StartRedis starts redis-server from PATH on a free 127.0.0.1 port with
// persistence off and its working directory in t.TempDir(), and waits until
// it answers PING. The process is killed when the test ends.
func StartRedis(t testing.TB) *Redis {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatalf("testenv: redis-server not found in PATH: %s", installHint)
	}
	dir := t.TempDir()
	r := &Redis{t: t, bin: bin, dir: dir, logPath: filepath.Join(dir, "redis-server.log")}
	logOnFailure(t, "redis-server", r.logPath)
	t.Cleanup(func() {
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.proc != nil {
			if err := r.proc.kill(); err != nil {
				t.Errorf("testenv: %v", err)
			}
			r.proc = nil
		}
	})

	var lastErr error
	for range portAttempts {
		port, err := freePort()
		if err != nil {
			t.Fatalf("testenv: %v", err)
		}
		r.Addr = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
		lastErr = r.launchLocked()
		if lastErr == nil {
			return r
		}
		if !errors.Is(lastErr, errPortInUse) {
			break
		}
	}
	t.Fatalf("testenv: failed to start redis-server: %v (its output is logged below)", lastErr)
	return nil
}

// launchLocked starts redis-server on r.Addr and waits for PING. Callers hold
// r.mu or have not yet shared r.
func (r *Redis) launchLocked() error {
	_, port, _ := net.SplitHostPort(r.Addr)
	args := []string{
		"--port", port,
		"--bind", "127.0.0.1",
		"--save", "",
		"--appendonly", "no",
		"--dir", r.dir,
	}
	p, err := startProcess("redis-server", r.bin, args, r.logPath)
	if err != nil {
		return err
	}
	if _, port, err := net.SplitHostPort(r.Addr); err == nil {
		p.port, _ = strconv.Atoi(port)
	}
	if err := p.waitReady(redisReadyTimeout, func() error { return redisPing(r.Addr) }); err != nil {
		return errors.Join(err, p.kill())
	}
	r.proc = p
	return nil
}

// URL returns "redis://127.0.0.1:<port>/0".
func (r *Redis) URL() string {
	return "redis://" + r.Addr + "/0"
}

// Stop kills redis-server and waits until its port no longer accepts
// connections. Stopping a stopped server does nothing. Its data is lost.
func (r *Redis) Stop() {
	r.t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.proc == nil {
		return
	}
	err := r.proc.kill()
	r.proc = nil
	if err != nil {
		r.t.Errorf("testenv: failed to stop redis-server: %v", err)
		return
	}
	if err := waitPortClosed(r.Addr, 5*time.Second); err != nil {
		r.t.Errorf("testenv: redis-server stopped: %v", err)
	}
}

// Start restarts a stopped redis-server on the same port and waits for PING.
// It fails the test (with t.Fatalf, so call it from the test goroutine) if
// the server is already running or does not come up.
func (r *Redis) Start() {
	r.t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.proc != nil {
		r.t.Fatalf("testenv: redis-server on %s is already running", r.Addr)
	}
	if err := r.launchLocked(); err != nil {
		r.t.Fatalf("testenv: failed to restart redis-server on %s: %v (its output is logged below)", r.Addr, err)
	}
}

// Client returns a go-redis client for this server, closed when t ends.
func (r *Redis) Client(t testing.TB) *redis.Client {
	t.Helper()
	c := redis.NewClient(&redis.Options{Addr: r.Addr})
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// redisPing sends an inline PING and expects +PONG.
func redisPing(addr string) error {
	conn, err := net.DialTimeout("tcp", addr, 500*time.Millisecond)
	if err != nil {
		return err
	}
	defer conn.Close()
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		return err
	}
	if _, err := conn.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return err
	}
	if line = strings.TrimSpace(line); line != "+PONG" {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}
