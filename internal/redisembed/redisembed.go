// Package redisembed runs an in-process Redis-protocol server so the daemon
// can start on a machine with no Redis installed. It wraps miniredis, keeps
// everything in memory (nothing survives a restart), and listens only on a
// loopback address.
//
// It is for a first run and demos. Tests that need Redis start a real
// redis-server with internal/testenv instead; the only tests using this
// package are its own.
package redisembed

import (
	"context"
	"errors"
	"fmt"
	"net"
	"sync"

	"github.com/alicebob/miniredis/v2"
)

// ErrNotLoopback is returned by Start for an address whose host is not a
// loopback IP or "localhost". The embedded server has no authentication, so
// it must never be reachable from another machine.
var ErrNotLoopback = errors.New("embedded redis must listen on a loopback address")

// Server is a running embedded Redis-protocol server.
type Server struct {
	mr   *miniredis.Miniredis
	addr string // cached: miniredis cannot report it after Close

	closeOnce sync.Once
}

// Start listens on addr ("127.0.0.1:6379", "localhost:0", "[::1]:0"; port 0
// picks a free port) and serves until Close. Hosts other than loopback IPs
// and "localhost" are refused with ErrNotLoopback, including an empty host.
//
// Keys with a TTL expire against the wall clock, as in a real Redis.
func Start(addr string) (*Server, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("invalid embedded redis address %q: %w", addr, err)
	}
	if host == "localhost" {
		host = "127.0.0.1"
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("%w: %q", ErrNotLoopback, addr)
	}

	mr := miniredis.NewMiniRedis()
	// miniredis only ages TTLs on FastForward by default; a daemon needs
	// EXPIRE to work in real time.
	mr.ClockTTL(true)
	if err := mr.StartAddr(net.JoinHostPort(host, port)); err != nil {
		return nil, fmt.Errorf("failed to start embedded redis on %s: %w", addr, err)
	}
	return &Server{mr: mr, addr: mr.Addr()}, nil
}

// Addr returns the address the server listens on, with the real port.
func (s *Server) Addr() string {
	return s.addr
}

// URL returns "redis://<addr>/0", e.g. "redis://127.0.0.1:6379/0".
func (s *Server) URL() string {
	return "redis://" + s.addr + "/0"
}

// Close stops the server and drops its data. It is safe to call more than
// once.
func (s *Server) Close() {
	s.closeOnce.Do(s.mr.Close)
}

// Run blocks until ctx is done, then closes the server and returns nil.
func (s *Server) Run(ctx context.Context) error {
	<-ctx.Done()
	s.Close()
	return nil
}
