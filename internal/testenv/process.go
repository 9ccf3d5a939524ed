package testenv

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

var (
	// errExitedEarly marks a process that died before answering its
	// readiness probe.
	errExitedEarly = errors.New("process exited before it was ready")
	// errPortInUse marks an early exit because another process took the
	// port between FreePort and the bind; the caller retries on a new port.
	errPortInUse = errors.New("port already in use")
)

// killTimeout bounds the wait for a killed process to be reaped.
const killTimeout = 10 * time.Second

// process is one running child with its output appended to logPath.
type process struct {
	name     string
	cmd      *exec.Cmd
	logPath  string
	logStart int64         // size of the log before this process wrote to it
	port     int           // the loopback port it listens on; 0: not checked
	done     chan struct{} // closed once Wait has returned
	waitErr  error         // set before done is closed
}

func startProcess(name, bin string, args []string, logPath string) (*process, error) {
	f, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("failed to open %s log: %w", name, err)
	}
	// The child gets its own copy of the descriptor; ours is closed below.
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("failed to stat %s log: %w", name, err)
	}
	fmt.Fprintf(f, "---- testenv %s: %s %s\n", time.Now().Format(time.RFC3339Nano), bin, strings.Join(args, " "))

	cmd := exec.Command(bin, args...)
	cmd.Stdout = f
	cmd.Stderr = f
	cmd.SysProcAttr = sysProcAttr()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("failed to start %s (%s): %w", name, bin, err)
	}
	p := &process{name: name, cmd: cmd, logPath: logPath, logStart: info.Size(), done: make(chan struct{})}
	go func() {
		p.waitErr = cmd.Wait()
		close(p.done)
	}()
	return p, nil
}

func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill sends SIGKILL and waits for the process to be reaped.
func (p *process) kill() error {
	if !p.exited() {
		// An error here means the process is already gone; Wait reports it.
		_ = p.cmd.Process.Kill()
	}
	select {
	case <-p.done:
		return nil
	case <-time.After(killTimeout):
		return fmt.Errorf("%s (pid %d) not reaped %s after SIGKILL", p.name, p.cmd.Process.Pid, killTimeout)
	}
}

// portTaken reports whether this process's output says its port was in use.
func (p *process) portTaken() bool {
	b, err := os.ReadFile(p.logPath)
	if err != nil || int64(len(b)) < p.logStart {
		return false
	}
	return strings.Contains(strings.ToLower(string(b[p.logStart:])), "address already in use")
}

// waitReady polls probe until it succeeds, the process exits, or timeout.
func (p *process) waitReady(timeout time.Duration, probe func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		if p.exited() {
			if p.portTaken() {
				return fmt.Errorf("%s: %w: %w (%v)", p.name, errExitedEarly, errPortInUse, p.waitErr)
			}
			return fmt.Errorf("%s: %w (%v)", p.name, errExitedEarly, p.waitErr)
		}
		err := probe()
		if err == nil && p.port != 0 {
			// Answered, but maybe by another test's process on the same
			// port: ours must hold the listening socket.
			if owned, known := listening(p.cmd.Process.Pid, p.port); known && !owned {
				err = fmt.Errorf("%s: 127.0.0.1:%d answers, but not from pid %d", p.name, p.port, p.cmd.Process.Pid)
			}
		}
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%s not ready after %s: %w", p.name, timeout, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

// logTailBytes is how much of a process log a failing test shows.
const logTailBytes = 4096

// logTail returns the last logTailBytes of the file at path.
func logTail(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("<cannot open log: %v>", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("<cannot stat log: %v>", err)
	}
	start := max(info.Size()-logTailBytes, 0)
	if _, err := f.Seek(start, io.SeekStart); err != nil {
		return fmt.Sprintf("<cannot seek log: %v>", err)
	}
	b, err := io.ReadAll(f)
	if err != nil {
		return fmt.Sprintf("<cannot read log: %v>", err)
	}
	s := string(b)
	if start > 0 {
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
		s = "...\n" + s
	}
	if strings.TrimSpace(s) == "" {
		return "<empty>"
	}
	return s
}

// logOnFailure registers a cleanup that prints the tail of logPath if the
// test failed. Register it before the cleanup that kills the process, so it
// runs after it and sees the final output.
func logOnFailure(t testing.TB, name, logPath string) {
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("testenv: %s output (%s), tail:\n%s", name, logPath, logTail(logPath))
		}
	})
}

// listening reports whether pid holds the listening socket of
// 127.0.0.1:port, from Linux's /proc; known is false where /proc cannot
// tell (another system, or the socket not found there).
func listening(pid, port int) (owned, known bool) {
	table, err := os.ReadFile("/proc/net/tcp")
	if err != nil {
		return false, false
	}
	local := fmt.Sprintf("0100007F:%04X", port)
	var inode string
	for _, line := range strings.Split(string(table), "\n")[1:] {
		f := strings.Fields(line)
		if len(f) > 9 && f[1] == local && f[3] == "0A" { // 0A: LISTEN
			inode = f[9]
			break
		}
	}
	if inode == "" {
		return false, false
	}
	dir := fmt.Sprintf("/proc/%d/fd", pid)
	fds, err := os.ReadDir(dir)
	if err != nil {
		return false, false
	}
	want := "socket:[" + inode + "]"
	for _, fd := range fds {
		if link, err := os.Readlink(dir + "/" + fd.Name()); err == nil && link == want {
			return true, true
		}
	}
	return false, true
}
