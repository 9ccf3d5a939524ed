package chain_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"
)

// fault is what a faultProxy does to the requests it gets.
type fault int

const (
	faultNone       fault = iota // forward to the upstream node
	faultHTTP500                 // answer HTTP 500
	faultHang                    // answer nothing until the client gives up
	faultGarbage                 // answer invalid JSON
	faultWrongType               // answer a result of the wrong type
	faultSlow                    // forward after a delay
	faultOtherChain              // forward, but claim chain id 1
	faultHTTP429                 // answer HTTP 429, as a provider's rate limit
	faultReset                   // close the connection without an answer
)

// faultProxy is a loopback JSON-RPC proxy in front of a real node, as an RPC
// provider would be, that can be switched to misbehave. Its upstream can be
// switched too (to a node that stopped mining, say).
type faultProxy struct {
	server    *httptest.Server
	transport *http.Transport

	mu       sync.Mutex
	upstream string
	fault    fault
	delay    time.Duration
	calls    map[string]int
}

func newFaultProxy(t *testing.T, upstream string) *faultProxy {
	t.Helper()
	p := &faultProxy{upstream: upstream, calls: map[string]int{}, transport: &http.Transport{}}
	p.server = httptest.NewServer(p)
	t.Cleanup(func() {
		p.server.Close()
		p.transport.CloseIdleConnections()
	})
	return p
}

// url is the proxy's URL with path appended (an API key, say).
func (p *faultProxy) url(path string) string { return p.server.URL + path }

func (p *faultProxy) set(f fault) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fault = f
}

func (p *faultProxy) setSlow(d time.Duration) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.fault, p.delay = faultSlow, d
}

func (p *faultProxy) setUpstream(u string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.upstream = u
}

// count is how many requests for method the proxy got.
func (p *faultProxy) count(method string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.calls[method]
}

func (p *faultProxy) resetCounts() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.calls = map[string]int{}
}

type foRequest struct {
	ID     json.RawMessage `json:"id"`
	Method string          `json:"method"`
}

func (p *faultProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req foRequest
	if json.Unmarshal(body, &req) != nil {
		http.Error(w, "the test proxy takes single JSON-RPC requests", http.StatusBadRequest)
		return
	}
	p.mu.Lock()
	p.calls[req.Method]++
	f, delay, upstream := p.fault, p.delay, p.upstream
	p.mu.Unlock()

	reply := func(s string) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, s)
	}
	switch f {
	case faultHTTP500:
		http.Error(w, "upstream connect error or disconnect/reset before headers", http.StatusInternalServerError)
		return
	case faultHTTP429:
		http.Error(w, "Too Many Requests: compute units per second exceeded", http.StatusTooManyRequests)
		return
	case faultReset:
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				_ = conn.Close()
			}
		}
		return
	case faultHang:
		select {
		case <-r.Context().Done():
		case <-time.After(30 * time.Second):
		}
		return
	case faultGarbage:
		reply(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":0xnot-json}`)
		return
	case faultWrongType:
		reply(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":{"unexpected":["object"]}}`)
		return
	case faultSlow:
		select {
		case <-r.Context().Done():
			return
		case <-time.After(delay):
		}
	case faultOtherChain:
		if req.Method == "eth_chainId" {
			reply(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"result":"0x1"}`)
			return
		}
	}
	up, err := http.NewRequestWithContext(r.Context(), http.MethodPost, upstream, bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	up.Header.Set("Content-Type", "application/json")
	resp, err := (&http.Client{Transport: p.transport}).Do(up)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// tcpProxy forwards TCP connections (a websocket, say) to a node and can
// drop them all and refuse new ones, as a provider's outage would.
type tcpProxy struct {
	ln     net.Listener
	target string
	wg     sync.WaitGroup

	mu     sync.Mutex
	refuse bool
	conns  map[net.Conn]struct{}
}

func newTCPProxy(t *testing.T, target string) *tcpProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p := &tcpProxy{ln: ln, target: target, conns: map[net.Conn]struct{}{}}
	p.wg.Go(p.serve)
	t.Cleanup(func() {
		_ = p.ln.Close()
		p.drop()
		p.wg.Wait()
	})
	return p
}

func (p *tcpProxy) addr() string { return p.ln.Addr().String() }

func (p *tcpProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		refuse := p.refuse
		p.mu.Unlock()
		if refuse {
			_ = c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.target)
		if err != nil {
			_ = c.Close()
			continue
		}
		p.mu.Lock()
		if p.refuse { // dropped while this one was being set up
			p.mu.Unlock()
			_ = c.Close()
			_ = up.Close()
			continue
		}
		p.conns[c], p.conns[up] = struct{}{}, struct{}{}
		p.mu.Unlock()
		pipe := func(dst, src net.Conn) {
			_, _ = io.Copy(dst, src)
			_ = dst.Close()
			_ = src.Close()
		}
		p.wg.Go(func() { pipe(up, c) })
		p.wg.Go(func() { pipe(c, up) })
	}
}

// drop closes every connection and refuses new ones until restore.
func (p *tcpProxy) drop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refuse = true
	for c := range p.conns {
		_ = c.Close()
	}
	clear(p.conns)
}

func (p *tcpProxy) restore() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refuse = false
}

// foLog collects JSON log lines safely across goroutines.
type foLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *foLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(b)
}

func (l *foLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// events returns the log events with message msg for endpoint i.
func (l *foLog) events(t *testing.T, msg string, i int) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(l.String()), "\n") {
		if line == "" {
			continue
		}
		var ev map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &ev), line)
		if ev["message"] == msg && ev["endpoint"] == float64(i) {
			out = append(out, ev)
		}
	}
	return out
}

// metricValue is the value of the gauge or counter name with labels, or 0
// when there is none.
func metricValue(t *testing.T, reg *prometheus.Registry, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	require.NoError(t, err)
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if matches(m, labels) {
				switch {
				case m.GetCounter() != nil:
					return m.GetCounter().GetValue()
				case m.GetGauge() != nil:
					return m.GetGauge().GetValue()
				case m.GetHistogram() != nil:
					return float64(m.GetHistogram().GetSampleCount())
				}
			}
		}
	}
	return 0
}

func matches(m *dto.Metric, labels map[string]string) bool {
	n := 0
	for _, lp := range m.GetLabel() {
		if v, ok := labels[lp.GetName()]; ok {
			if v != lp.GetValue() {
				return false
			}
			n++
		}
	}
	return n == len(labels)
}
