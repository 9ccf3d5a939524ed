//go:build !linux

package benche2e

import "net"

// quickAck does nothing outside Linux, which has no TCP_QUICKACK.
func quickAck(net.Conn) {}
