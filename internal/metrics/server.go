package metrics

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
)

// Probe holds the readiness state served on /readyz.
type Probe struct {
	mu     sync.Mutex
	ready  bool
	reason string
	check  func() (bool, string)
}

// SetCheck adds a live condition to readiness, asked at every probe.
func (p *Probe) SetCheck(check func() (bool, string)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.check = check
}

// NewProbe starts not ready.
func NewProbe() *Probe { return &Probe{reason: "starting"} }

// Ready marks the daemon ready.
func (p *Probe) Ready() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ready, p.reason = true, ""
}

// NotReady marks the daemon not ready, with the reason served to probes.
func (p *Probe) NotReady(reason string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ready, p.reason = false, reason
}

func (p *Probe) state() (bool, string) {
	p.mu.Lock()
	ready, reason, check := p.ready, p.reason, p.check
	p.mu.Unlock()
	if ready && check != nil {
		return check()
	}
	return ready, reason
}

// Server serves /metrics, /healthz and /readyz.
type Server struct {
	log zerolog.Logger
	srv *http.Server
	ln  net.Listener
}

// Listen binds addr now, so a taken port fails start-up rather than later.
func Listen(log zerolog.Logger, addr string, gatherer prometheus.Gatherer, probe *Probe) (*Server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics listener on %s: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(gatherer, promhttp.HandlerOpts{}))
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		ready, reason := probe.state()
		if !ready {
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("not ready: " + reason + "\n"))
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	return &Server{
		log: log.With().Str("component", "metrics").Logger(),
		srv: &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second},
		ln:  ln,
	}, nil
}

// Addr is the bound address.
func (s *Server) Addr() string { return s.ln.Addr().String() }

// Run serves until ctx ends.
func (s *Server) Run(ctx context.Context) error {
	errc := make(chan error, 1)
	go func() { errc <- s.srv.Serve(s.ln) }()
	select {
	case err := <-errc:
		if errors.Is(err, http.ErrServerClosed) {
			return nil
		}
		return fmt.Errorf("metrics server: %w", err)
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		_ = s.srv.Shutdown(sctx)
		<-errc
		return nil
	}
}
