package benche2e

import (
	"context"
	"errors"
	"io"
	"net"
	"sync"
)

// relay forwards loopback TCP connections to target byte for byte and
// disables delayed ACKs on the target side after every read (see quickAck).
//
// Why: anvil's WebSocket server writes some replies in two segments
// without TCP_NODELAY, so a reply can wait for the peer's delayed ACK
// (~40 ms on Linux) whenever the connection is otherwise quiet. That stall
// belongs to the local node, not to the daemon; with Options.QuickAck the
// daemon reaches anvil through this relay so the two can be told apart.
type relay struct {
	ln     net.Listener
	target string
	wg     sync.WaitGroup
	mu     sync.Mutex
	conns  map[net.Conn]struct{}
}

func startRelay(target string) (*relay, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	r := &relay{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	r.wg.Add(1)
	go r.serve()
	return r, nil
}

// Addr is the relay's host:port.
func (r *relay) Addr() string { return r.ln.Addr().String() }

func (r *relay) serve() {
	defer r.wg.Done()
	for {
		c, err := r.ln.Accept()
		if err != nil {
			return
		}
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			r.pipe(c)
		}()
	}
}

func (r *relay) track(c net.Conn, on bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if on {
		r.conns[c] = struct{}{}
	} else {
		delete(r.conns, c)
	}
}

func (r *relay) pipe(client net.Conn) {
	var d net.Dialer
	upstream, err := d.DialContext(context.Background(), "tcp", r.target)
	if err != nil {
		_ = client.Close()
		return
	}
	r.track(client, true)
	r.track(upstream, true)
	defer func() {
		r.track(client, false)
		r.track(upstream, false)
	}()
	done := make(chan struct{}, 2)
	go func() {
		_, _ = io.Copy(upstream, client)
		_ = upstream.Close()
		done <- struct{}{}
	}()
	go func() {
		copyQuickAck(client, upstream)
		_ = client.Close()
		done <- struct{}{}
	}()
	<-done
	<-done
}

// copyQuickAck copies src to dst, re-arming quick ACKs on src around every
// read (Linux clears the flag on its own).
func copyQuickAck(dst io.Writer, src net.Conn) {
	buf := make([]byte, 64<<10)
	for {
		quickAck(src)
		n, err := src.Read(buf)
		quickAck(src)
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// close stops accepting, closes every relayed connection and waits.
func (r *relay) close() error {
	if r == nil {
		return nil
	}
	err := r.ln.Close()
	r.mu.Lock()
	for c := range r.conns {
		_ = c.Close()
	}
	r.mu.Unlock()
	r.wg.Wait()
	if errors.Is(err, net.ErrClosed) {
		return nil
	}
	return err
}
