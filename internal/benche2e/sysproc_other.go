//go:build !linux

package benche2e

import "syscall"

// sysProcAttr sets nothing outside Linux: children are killed by Run's
// deferred cleanup only.
func sysProcAttr() *syscall.SysProcAttr { return nil }
