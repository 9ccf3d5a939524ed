package benche2e

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/redis/go-redis/v9"
)

const (
	// AnvilEnv names the variable that overrides the anvil binary path (the
	// same variable the tests read).
	AnvilEnv = "LRTKEEPER_ANVIL"

	anvilChainID   = 31337
	readyTimeout   = 30 * time.Second
	stopGrace      = 10 * time.Second
	portAttempts   = 3
	readyPollEvery = 25 * time.Millisecond
)

// errPortTaken marks a child that exited because another process bound its
// port first; the starter retries on a new port.
var errPortTaken = errors.New("port already in use")

// proc is one child process. Its exit is observed by a goroutine that closes
// done; err is set before that.
type proc struct {
	name    string
	cmd     *exec.Cmd
	logPath string
	done    chan struct{}
	err     error
}

// startProc starts bin with its stdout and stderr appended to logPath.
func startProc(name, bin string, args, env []string, logPath string) (*proc, error) {
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open %s log: %w", name, err)
	}
	defer f.Close() // the child holds its own descriptor
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), env...)
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s (%s): %w", name, bin, err)
	}
	p := &proc{name: name, cmd: cmd, logPath: logPath, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// stop sends SIGTERM, waits up to grace, then kills and waits for the reap.
func (p *proc) stop(grace time.Duration) error {
	if p == nil || p.exited() {
		return nil
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM) // an error means it is already gone
	select {
	case <-p.done:
		return nil
	case <-time.After(grace):
	}
	_ = p.cmd.Process.Kill()
	select {
	case <-p.done:
		return nil
	case <-time.After(stopGrace):
		return fmt.Errorf("%s (pid %d) not reaped after SIGKILL", p.name, p.cmd.Process.Pid)
	}
}

// waitReady polls probe until it succeeds, the process exits, or the
// timeout passes.
func (p *proc) waitReady(ctx context.Context, probe func(context.Context) error) error {
	deadline := time.Now().Add(readyTimeout)
	for {
		if p.exited() {
			if b, _ := os.ReadFile(p.logPath); strings.Contains(strings.ToLower(string(b)), "address already in use") {
				return fmt.Errorf("%s exited: %w", p.name, errPortTaken)
			}
			return fmt.Errorf("%s exited before it was ready (%v); see %s", p.name, p.err, p.logPath)
		}
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		err := probe(pctx)
		cancel()
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s not ready after %s: %w", p.name, readyTimeout, err)
		}
		time.Sleep(readyPollEvery)
	}
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, fmt.Errorf("release free port %d: %w", port, err)
	}
	return port, nil
}

// startOnFreePort starts a child on a free loopback port, retrying on a
// new port when another process takes the picked one first.
func startOnFreePort(ctx context.Context, name string, start func(port int) (*proc, error), probe func(port int) func(context.Context) error) (*proc, int, error) {
	var lastErr error
	for range portAttempts {
		port, err := freePort()
		if err != nil {
			return nil, 0, err
		}
		p, err := start(port)
		if err != nil {
			return nil, 0, err
		}
		lastErr = p.waitReady(ctx, probe(port))
		if lastErr == nil {
			return p, port, nil
		}
		_ = p.stop(0)
		if !errors.Is(lastErr, errPortTaken) {
			break
		}
	}
	return nil, 0, fmt.Errorf("start %s: %w", name, lastErr)
}

// startAnvil runs anvil on a free port with automining (the default; the
// bench switches it off after seeding).
func startAnvil(ctx context.Context, bin, dir string) (*proc, string, error) {
	logPath := filepath.Join(dir, "anvil.log")
	p, port, err := startOnFreePort(ctx, "anvil",
		func(port int) (*proc, error) {
			return startProc("anvil", bin, []string{"--host", "127.0.0.1", "--port", strconv.Itoa(port),
				"--chain-id", strconv.Itoa(anvilChainID), "--silent"}, nil, logPath)
		},
		func(port int) func(context.Context) error {
			url := "http://127.0.0.1:" + strconv.Itoa(port)
			return func(ctx context.Context) error {
				c, err := rpc.DialContext(ctx, url)
				if err != nil {
					return err
				}
				defer c.Close()
				var id string
				return c.CallContext(ctx, &id, "eth_chainId")
			}
		})
	if err != nil {
		return nil, "", err
	}
	return p, "127.0.0.1:" + strconv.Itoa(port), nil
}

// startRedis runs redis-server on a free port without persistence.
func startRedis(ctx context.Context, bin, dir string) (*proc, string, error) {
	logPath := filepath.Join(dir, "redis-server.log")
	p, port, err := startOnFreePort(ctx, "redis-server",
		func(port int) (*proc, error) {
			return startProc("redis-server", bin, []string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", dir}, nil, logPath)
		},
		func(port int) func(context.Context) error {
			addr := "127.0.0.1:" + strconv.Itoa(port)
			return func(ctx context.Context) error {
				rdb := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
				defer rdb.Close()
				return rdb.Ping(ctx).Err()
			}
		})
	if err != nil {
		return nil, "", err
	}
	return p, "127.0.0.1:" + strconv.Itoa(port), nil
}

// anvilPath is $LRTKEEPER_ANVIL, else <repo>/tools/node_modules/.bin/anvil
// when the working directory is inside the repository, else anvil on PATH.
func anvilPath() (string, error) {
	if bin := os.Getenv(AnvilEnv); bin != "" {
		if _, err := os.Stat(bin); err != nil {
			return "", fmt.Errorf("%s=%s: %w", AnvilEnv, bin, err)
		}
		return bin, nil
	}
	if root, err := RepoRoot(); err == nil {
		bin := filepath.Join(root, "tools", "node_modules", ".bin", "anvil")
		if _, err := os.Stat(bin); err == nil {
			return bin, nil
		}
	}
	bin, err := exec.LookPath("anvil")
	if err != nil {
		return "", fmt.Errorf("anvil not found: set %s, run `npm ci --prefix tools` in the repository, or put anvil on PATH", AnvilEnv)
	}
	return bin, nil
}

// RepoRoot is the nearest directory above the working directory holding a
// go.mod.
func RepoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("get working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// StartRedis runs redis-server from PATH on a free loopback port without
// persistence, its files in a fresh temporary directory, and returns its
// address and a stop function that kills it and removes the directory.
func StartRedis(ctx context.Context) (addr string, stop func(), err error) {
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		return "", nil, errors.New("redis-server not found in PATH: install it or pass --redis")
	}
	dir, err := os.MkdirTemp("", "lrtkeeper-redis")
	if err != nil {
		return "", nil, err
	}
	p, addr, err := startRedis(ctx, bin, dir)
	if err != nil {
		_ = os.RemoveAll(dir)
		return "", nil, err
	}
	return addr, func() {
		_ = p.stop(time.Second)
		_ = os.RemoveAll(dir)
	}, nil
}
