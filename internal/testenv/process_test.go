package testenv

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestProcessExitedEarly(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	require.NoError(t, err)
	logPath := filepath.Join(t.TempDir(), "p.log")
	p, err := startProcess("sh", sh, []string{"-c", "echo boom >&2; exit 3"}, logPath)
	require.NoError(t, err)
	err = p.waitReady(5*time.Second, func() error { return errors.New("never ready") })
	require.ErrorIs(t, err, errExitedEarly)
	require.NoError(t, p.kill())
	require.Contains(t, logTail(logPath), "boom")
}

func TestProcessKill(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	require.NoError(t, err)
	p, err := startProcess("sh", sh, []string{"-c", "sleep 60"}, filepath.Join(t.TempDir(), "p.log"))
	require.NoError(t, err)
	require.NoError(t, p.waitReady(time.Second, func() error { return nil }))
	require.False(t, p.exited())
	require.NoError(t, p.kill())
	require.True(t, p.exited())
	require.NoError(t, p.kill(), "killing twice is fine")
}

func TestLogTail(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "log")
	require.NoError(t, os.WriteFile(path, nil, 0o644))
	require.Equal(t, "<empty>", logTail(path))

	var b strings.Builder
	for range 2000 {
		b.WriteString("0123456789\n")
	}
	b.WriteString("last line\n")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	tail := logTail(path)
	require.True(t, strings.HasPrefix(tail, "...\n0123456789\n"), "tail starts on a whole line")
	require.True(t, strings.HasSuffix(tail, "last line\n"))
	require.LessOrEqual(t, len(tail), logTailBytes+4)

	require.Contains(t, logTail(filepath.Join(dir, "missing")), "cannot open log")
}

func TestProcessPortInUse(t *testing.T) {
	t.Parallel()
	sh, err := exec.LookPath("sh")
	require.NoError(t, err)
	logPath := filepath.Join(t.TempDir(), "p.log")
	// An earlier run's complaint in the same log must not count.
	p, err := startProcess("sh", sh, []string{"-c", "echo 'bind: Address already in use'; exit 1"}, logPath)
	require.NoError(t, err)
	err = p.waitReady(5*time.Second, func() error { return errors.New("never ready") })
	require.ErrorIs(t, err, errPortInUse)

	p, err = startProcess("sh", sh, []string{"-c", "echo 'other failure'; exit 1"}, logPath)
	require.NoError(t, err)
	err = p.waitReady(5*time.Second, func() error { return errors.New("never ready") })
	require.ErrorIs(t, err, errExitedEarly)
	require.NotErrorIs(t, err, errPortInUse)
}

// A readiness probe answered on the process's port by another process
// (here the test itself) is not the process being ready: waitReady keeps
// waiting, and says why when it gives up.
func TestProcessReadyOnlyOnItsOwnSocket(t *testing.T) {
	t.Parallel()
	foreign, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer foreign.Close()
	port := foreign.Addr().(*net.TCPAddr).Port
	owned, known := listening(os.Getpid(), port)
	require.True(t, known, "/proc tells who listens")
	require.True(t, owned, "the test holds its own listener")

	sh, err := exec.LookPath("sh")
	require.NoError(t, err)
	p, err := startProcess("sh", sh, []string{"-c", "sleep 60"}, filepath.Join(t.TempDir(), "p.log"))
	require.NoError(t, err)
	defer func() { require.NoError(t, p.kill()) }()
	p.port = port
	err = p.waitReady(300*time.Millisecond, func() error { return nil })
	require.ErrorContains(t, err, fmt.Sprintf("127.0.0.1:%d answers, but not from pid %d", port, p.cmd.Process.Pid))
}
