package benche2e

import "syscall"

// sysProcAttr makes the kernel kill a child when the bench process dies, so
// an aborted run leaves no anvil, redis-server or daemon behind.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
