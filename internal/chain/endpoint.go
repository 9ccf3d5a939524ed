package chain

import (
	"context"
	"errors"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Endpoint is one node a Failover spreads calls over.
type Endpoint struct {
	// URL is the node's ws://, wss://, http:// or https:// URL (or an IPC
	// path). The Failover dials it when Client is nil. Logs, metrics and
	// errors only ever show it redacted.
	URL string
	// Client, when set, is used instead of dialing URL; the caller keeps
	// ownership and closes it. URL still names it and says whether it can
	// push heads (ws, wss and IPC can; http and https cannot).
	Client Client
}

// health is an endpoint's state.
type health int

const (
	healthUnknown health = iota // no check has finished yet
	healthy
	unhealthy
)

// endpoint is an Endpoint with its state.
type endpoint struct {
	index   int
	label   string // metrics label: the index
	name    string // the URL, redacted
	url     string
	limiter *limiter // nil: unlimited
	lat     latencies
	// push is false once the endpoint is known not to push heads.
	push atomic.Bool

	mu       sync.Mutex
	client   Client
	closeFn  func() // closes a client the Failover dialed
	state    health
	cause    error  // why the endpoint is unhealthy
	faults   uint64 // faults seen in calls: a check that began before one does not clear it
	verified bool   // the chain id was checked
	wrong    bool   // serves another chain: never used
	head     uint64
	lag      uint64
}

func newEndpoint(i int, e Endpoint, rps float64) *endpoint {
	ep := &endpoint{index: i, label: strconv.Itoa(i), name: RedactURL(e.URL), url: e.URL}
	if e.URL == "" {
		ep.name = "endpoint " + ep.label
	}
	if e.Client != nil {
		ep.client = WithRedactedErrors(e.Client, e.URL)
	}
	if rps > 0 {
		ep.limiter = newLimiter(rps)
	}
	ep.push.Store(canPush(e.URL))
	return ep
}

// canPush reports whether a node at rawURL may push heads: websockets and
// IPC can, HTTP cannot. An unknown transport is tried.
func canPush(rawURL string) bool {
	u, err := url.Parse(rawURL)
	if err != nil {
		return true
	}
	switch u.Scheme {
	case "http", "https":
		return false
	}
	return true
}

// conn returns the endpoint's client, nil before it was dialed.
func (ep *endpoint) conn() Client {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	return ep.client
}

// knownHead is the highest head number seen from the endpoint.
func (ep *endpoint) knownHead() uint64 {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	return ep.head
}

// sawHead records a head number the endpoint answered with.
func (ep *endpoint) sawHead(n uint64) {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	ep.head = max(ep.head, n)
}

// latencies keeps the durations of an endpoint's last answers, for the hedge
// delay.
type latencies struct {
	mu   sync.Mutex
	ring [64]time.Duration
	n    int // answers recorded, up to len(ring)
	next int
}

func (l *latencies) add(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.ring[l.next] = d
	l.next = (l.next + 1) % len(l.ring)
	l.n = min(l.n+1, len(l.ring))
}

// quantile returns the q-quantile (0 < q < 1) of the recorded durations, and
// false with fewer than minSamples of them.
func (l *latencies) quantile(q float64, minSamples int) (time.Duration, bool) {
	l.mu.Lock()
	if l.n < minSamples {
		l.mu.Unlock()
		return 0, false
	}
	s := slices.Clone(l.ring[:l.n])
	l.mu.Unlock()
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))], true
}

// limiter is a token bucket: rps tokens a second, up to a burst of one
// second's worth (at least one).
type limiter struct {
	mu     sync.Mutex
	rps    float64
	burst  float64
	tokens float64
	last   time.Time
}

func newLimiter(rps float64) *limiter {
	burst := max(1, rps)
	return &limiter{rps: rps, burst: burst, tokens: burst, last: time.Now()}
}

// take takes a token if one is there; otherwise it returns how long until
// one is. With reserve, a missing token is taken in advance and the caller
// must wait that long.
func (l *limiter) take(reserve bool) (time.Duration, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := time.Now()
	l.tokens = min(l.burst, l.tokens+now.Sub(l.last).Seconds()*l.rps)
	l.last = now
	if l.tokens >= 1 {
		l.tokens--
		return 0, true
	}
	wait := time.Duration((1 - l.tokens) / l.rps * float64(time.Second))
	if reserve {
		l.tokens--
	}
	return wait, false
}

// Allow takes a token if one is there now.
func (l *limiter) Allow() bool {
	_, ok := l.take(false)
	return ok
}

// errLimitWait means the wait for a token would outlast the context.
var errLimitWait = errors.New("rate limit: no room before the deadline")

// Wait takes a token, waiting for it; it fails at once when ctx would end
// first.
func (l *limiter) Wait(ctx context.Context) error {
	wait, ok := l.take(true)
	if ok {
		return nil
	}
	if dl, has := ctx.Deadline(); has && time.Until(dl) < wait {
		l.giveBack()
		return errLimitWait
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		l.giveBack()
		return ctx.Err()
	}
}

// giveBack returns a token taken in advance.
func (l *limiter) giveBack() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.tokens = min(l.burst, l.tokens+1)
}
