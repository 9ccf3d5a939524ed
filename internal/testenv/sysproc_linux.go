package testenv

import "syscall"

// sysProcAttr makes the kernel kill the child when the test binary dies, so
// an aborted test run leaves no redis-server or anvil behind.
func sysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
