package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
)

// Errors of a Failover.
var (
	// ErrClosed is returned by calls on a closed Failover.
	ErrClosed = errors.New("rpc failover closed")
	// ErrNoEndpoint means no endpoint could take a call: none is dialed,
	// checked and serving the configured chain.
	ErrNoEndpoint = errors.New("no usable rpc endpoint")
	// ErrHeadLag is the cause of an endpoint whose head trails the best
	// endpoint's by more than FailoverConfig.MaxHeadLag blocks.
	ErrHeadLag = errors.New("head lags the best endpoint")
	// ErrStaleHead is the cause of an endpoint whose latest head is older
	// than FailoverConfig.MaxHeadAge.
	ErrStaleHead = errors.New("head is stale")
)

// FailoverConfig tunes a Failover. Start from DefaultFailoverConfig.
type FailoverConfig struct {
	// ChainID is the chain every endpoint must serve; an endpoint is used
	// only once a check has confirmed it. 0 skips the check.
	ChainID uint64
	// DialTimeout bounds dialing an endpoint.
	DialTimeout time.Duration
	// CallTimeout bounds one request to one endpoint. An endpoint that takes
	// longer is marked unhealthy and a read moves on to the next one, so
	// keep it below the callers' own deadlines.
	CallTimeout time.Duration
	// CheckInterval is the period of the health check.
	CheckInterval time.Duration
	// MaxHeadLag is how many blocks an endpoint's head may trail the best
	// endpoint's and still be healthy.
	MaxHeadLag uint64
	// MaxHeadAge is how old an endpoint's latest head may be (by its
	// timestamp) and still be healthy.
	MaxHeadAge time.Duration
	// HedgeReads sends a read that has no answer after the hedge delay to
	// the next endpoint too; the first answer wins.
	HedgeReads bool
	// HedgeDelay caps the hedge delay. The delay is the first endpoint's
	// 95th-percentile latency once it has enough answers, else HedgeDelay.
	HedgeDelay time.Duration
	// RequestsPerSecond limits the requests to each endpoint; 0 is
	// unlimited. A read overflows to the next endpoint, and waits only
	// when no endpoint has room.
	RequestsPerSecond float64
	// HeadPollInterval is how often a head subscription polls while no
	// endpoint can push heads.
	HeadPollInterval time.Duration
	// Now is the clock for head ages; nil is time.Now.
	Now func() time.Time
}

// DefaultFailoverConfig returns the defaults of chain.failover.
func DefaultFailoverConfig() FailoverConfig {
	return FailoverConfig{
		DialTimeout:      10 * time.Second,
		CallTimeout:      10 * time.Second,
		CheckInterval:    5 * time.Second,
		MaxHeadLag:       3,
		MaxHeadAge:       30 * time.Second,
		HedgeDelay:       200 * time.Millisecond,
		HeadPollInterval: 2 * time.Second,
	}
}

// Check validates the settings.
func (c *FailoverConfig) Check() error {
	var errs []error
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"DialTimeout", c.DialTimeout}, {"CallTimeout", c.CallTimeout}, {"CheckInterval", c.CheckInterval},
		{"MaxHeadAge", c.MaxHeadAge}, {"HedgeDelay", c.HedgeDelay}, {"HeadPollInterval", c.HeadPollInterval},
	} {
		if d.v <= 0 {
			errs = append(errs, fmt.Errorf("%s must be > 0, got %s", d.name, d.v))
		}
	}
	if c.RequestsPerSecond < 0 {
		errs = append(errs, fmt.Errorf("RequestsPerSecond must not be negative, got %g", c.RequestsPerSecond))
	}
	return errors.Join(errs...)
}

// hedgeSamples is how many answers an endpoint needs before its latency
// sets the hedge delay; minHedgeDelay is the floor of that delay.
const (
	hedgeSamples  = 16
	minHedgeDelay = 5 * time.Millisecond
)

// Failover is a Client over several endpoints of one chain, in order of
// preference (the first is the primary).
//
// Reads go to the first healthy endpoint; one that fails (transport error,
// timeout, HTTP error status, rate limit, malformed answer) is marked
// unhealthy and the read moves on to the next. A revert or any other
// JSON-RPC error is the node's answer and is returned as is. Reads pinned to
// a block (by hash, or by a number above the endpoint's known head) move on
// when the endpoint lacks the block, without marking it. With HedgeReads, a
// slow read is also sent to the next endpoint and the first answer wins.
// Sends go to every healthy endpoint.
//
// A health check every CheckInterval reads each endpoint's latest header
// and marks it healthy only when it answers, serves the configured chain,
// trails the best head by at most MaxHeadLag blocks and is at most MaxHeadAge
// old. Unhealthy endpoints are skipped until a check finds them healthy; if
// none is healthy, calls try every usable one.
//
// Build it with NewFailover, run Check once, then Run; Close releases it.
type Failover struct {
	log     zerolog.Logger
	cfg     FailoverConfig
	metrics FailoverMetrics
	eps     []*endpoint

	// base is cancelled by Close; background work derives from it.
	base    context.Context //nolint:containedctx // the Failover's lifetime: Close ends what derives from it
	cancel  context.CancelFunc
	closed  chan struct{}
	once    sync.Once
	life    sync.RWMutex // orders spawn against Close
	wg      sync.WaitGroup
	checkMu sync.Mutex // one health check at a time

	changeMu sync.Mutex
	change   chan struct{} // closed and replaced when any endpoint's health changes
}

var (
	_ Client               = (*Failover)(nil)
	_ prometheus.Collector = (*Failover)(nil)
)

// NewFailover builds a Failover over endpoints, in order of preference. It
// makes no network call: Check (or Run) dials the endpoints and checks them.
// A nil metrics discards them.
func NewFailover(log zerolog.Logger, endpoints []Endpoint, cfg FailoverConfig, metrics FailoverMetrics) (*Failover, error) {
	if len(endpoints) == 0 {
		return nil, errors.New("rpc failover: no endpoint")
	}
	if err := cfg.Check(); err != nil {
		return nil, fmt.Errorf("rpc failover: %w", err)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if metrics == nil {
		metrics = NoopFailoverMetrics{}
	}
	f := &Failover{
		log:     log.With().Str("component", "rpc").Logger(),
		cfg:     cfg,
		metrics: metrics,
		closed:  make(chan struct{}),
		change:  make(chan struct{}),
	}
	f.base, f.cancel = context.WithCancel(context.Background())
	for i, e := range endpoints {
		if e.URL == "" && e.Client == nil {
			f.cancel()
			return nil, fmt.Errorf("rpc failover: endpoint %d has neither URL nor Client", i)
		}
		ep := newEndpoint(i, e, cfg.RequestsPerSecond)
		f.eps = append(f.eps, ep)
		metrics.RPCEndpoint(ep.label, ep.name)
	}
	return f, nil
}

// Describe implements prometheus.Collector: the Failover's metrics, when
// they are a collector (see RPCMetrics), register through it.
func (f *Failover) Describe(ch chan<- *prometheus.Desc) {
	if c, ok := f.metrics.(prometheus.Collector); ok {
		c.Describe(ch)
	}
}

// Collect implements prometheus.Collector.
func (f *Failover) Collect(ch chan<- prometheus.Metric) {
	if c, ok := f.metrics.(prometheus.Collector); ok {
		c.Collect(ch)
	}
}

// EndpointStatus is one endpoint's state.
type EndpointStatus struct {
	// Name is the endpoint's URL, redacted.
	Name string
	// Checked: a check or a failed call has judged the endpoint.
	Checked bool
	Healthy bool
	// Head is the highest head number seen from it.
	Head uint64
	// Lag is how many blocks its head trailed the best at the last check.
	Lag uint64
	// Cause is why it is unhealthy; nil when healthy or not yet checked.
	Cause error
}

// Status returns every endpoint's state, in the configured order.
func (f *Failover) Status() []EndpointStatus {
	out := make([]EndpointStatus, len(f.eps))
	for i, ep := range f.eps {
		ep.mu.Lock()
		out[i] = EndpointStatus{
			Name: ep.name, Checked: ep.state != healthUnknown, Healthy: ep.state == healthy,
			Head: ep.head, Lag: ep.lag, Cause: ep.cause,
		}
		ep.mu.Unlock()
	}
	return out
}

// Run checks the endpoints every CheckInterval until ctx ends, then returns
// nil.
func (f *Failover) Run(ctx context.Context) error {
	t := time.NewTicker(f.cfg.CheckInterval)
	defer t.Stop()
	for {
		if err := f.Check(ctx); err != nil && ctx.Err() == nil && !errors.Is(err, ErrClosed) {
			f.log.Debug().Err(err).Msg("rpc health check found no usable endpoint")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-f.closed:
			return nil
		case <-t.C:
		}
	}
}

// Close stops the Failover: background sends and head subscriptions end, and
// the clients it dialed are closed. Calls fail with ErrClosed afterwards. It
// can be called more than once.
func (f *Failover) Close() {
	f.once.Do(func() {
		f.life.Lock()
		close(f.closed)
		f.life.Unlock()
		f.cancel()
		f.wg.Wait()
		f.checkMu.Lock() // a check in progress may be dialing
		defer f.checkMu.Unlock()
		for _, ep := range f.eps {
			ep.mu.Lock()
			if ep.closeFn != nil {
				ep.closeFn()
				ep.closeFn = nil
			}
			ep.mu.Unlock()
		}
	})
}

// spawn runs fn in a goroutine Close waits for, unless the Failover is
// closed.
func (f *Failover) spawn(fn func()) bool {
	f.life.RLock()
	defer f.life.RUnlock()
	if f.isClosed() {
		return false
	}
	f.wg.Go(fn)
	return true
}

func (f *Failover) isClosed() bool {
	select {
	case <-f.closed:
		return true
	default:
		return false
	}
}

// changed returns a channel closed at the next change of any endpoint's
// health.
func (f *Failover) changed() <-chan struct{} {
	f.changeMu.Lock()
	defer f.changeMu.Unlock()
	return f.change
}

func (f *Failover) notifyChange() {
	f.changeMu.Lock()
	defer f.changeMu.Unlock()
	close(f.change)
	f.change = make(chan struct{})
}

// usable reports whether calls may go to ep at all: dialed, and serving the
// configured chain. ep.mu must be held.
func (f *Failover) usableLocked(ep *endpoint) bool {
	return ep.client != nil && !ep.wrong && (ep.verified || f.cfg.ChainID == 0)
}

// candidates returns the healthy endpoints in order, or every usable one when
// none is healthy.
func (f *Failover) candidates() []*endpoint {
	var good, usable []*endpoint
	for _, ep := range f.eps {
		ep.mu.Lock()
		if f.usableLocked(ep) {
			usable = append(usable, ep)
			if ep.state == healthy {
				good = append(good, ep)
			}
		}
		ep.mu.Unlock()
	}
	if len(good) > 0 {
		return good
	}
	return usable
}

// setHealth records ep's health after a fault in a call, logging and
// signalling a change of state.
func (f *Failover) setHealth(ep *endpoint, ok bool, cause error, class string) {
	f.applyHealth(ep, ok, cause, class, nil)
}

// applyHealth records ep's health. A check passes the fault count it saw
// when it began: a fault since then wins over the check's good result.
func (f *Failover) applyHealth(ep *endpoint, ok bool, cause error, class string, faultsAtStart *uint64) {
	ep.mu.Lock()
	if ok && faultsAtStart != nil && ep.faults != *faultsAtStart {
		ep.mu.Unlock()
		return
	}
	if !ok && faultsAtStart == nil {
		ep.faults++
	}
	prev := ep.state
	if ok {
		ep.state, ep.cause = healthy, nil
	} else {
		ep.state, ep.cause = unhealthy, cause
	}
	lag := ep.lag
	ep.mu.Unlock()
	f.metrics.RPCHealth(ep.label, ok, lag)
	next := unhealthy
	if ok {
		next = healthy
	}
	if prev == next {
		return
	}
	switch {
	case !ok:
		ev := f.log.Warn().Int("endpoint", ep.index).Str("rpc", ep.name).Err(cause)
		if class != "" {
			ev = ev.Str("class", class)
		}
		ev.Msg("rpc endpoint unhealthy")
	case prev == unhealthy:
		f.log.Info().Int("endpoint", ep.index).Str("rpc", ep.name).Msg("rpc endpoint recovered")
	default:
		f.log.Debug().Int("endpoint", ep.index).Str("rpc", ep.name).Msg("rpc endpoint healthy")
	}
	f.notifyChange()
}

// probe is the outcome of one endpoint's health check.
type probe struct {
	head   *types.Header
	err    error
	class  string
	faults uint64 // the endpoint's fault count when the probe began
}

// Check runs one health check: it dials the endpoints not yet dialed,
// confirms each serves the configured chain, reads every latest header and
// marks each endpoint healthy or not. It returns an error wrapping
// ErrWrongChain when an endpoint serves another chain (it is never used),
// and ErrNoEndpoint when no endpoint is usable.
func (f *Failover) Check(ctx context.Context) error {
	if f.isClosed() {
		return ErrClosed
	}
	f.checkMu.Lock()
	defer f.checkMu.Unlock()
	ctx, cancel := f.bound(ctx)
	defer cancel()
	probes := make([]probe, len(f.eps))
	var wg sync.WaitGroup
	for i, ep := range f.eps {
		ep.mu.Lock()
		faults := ep.faults
		ep.mu.Unlock()
		wg.Go(func() {
			probes[i] = f.probe(ctx, ep)
			probes[i].faults = faults
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	var best uint64
	for _, p := range probes {
		if p.err == nil {
			best = max(best, p.head.Number.Uint64())
		}
	}
	now := f.cfg.Now()
	var errs []error
	for i, ep := range f.eps {
		p := probes[i]
		if p.err != nil {
			f.applyHealth(ep, false, p.err, p.class, &p.faults)
			errs = append(errs, fmt.Errorf("endpoint %d (%s): %w", ep.index, ep.name, p.err))
			continue
		}
		n := p.head.Number.Uint64()
		lag := best - n
		ep.mu.Lock()
		ep.head, ep.lag = max(ep.head, n), lag
		ep.mu.Unlock()
		age := now.Sub(time.Unix(int64(p.head.Time), 0))
		switch {
		case lag > f.cfg.MaxHeadLag:
			f.applyHealth(ep, false, fmt.Errorf("%w: head %d trails %d by %d blocks (max %d)", ErrHeadLag, n, best, lag, f.cfg.MaxHeadLag), "", &p.faults)
		case age > f.cfg.MaxHeadAge:
			f.applyHealth(ep, false, fmt.Errorf("%w: head %d is %s old (max %s)", ErrStaleHead, n, age.Round(time.Second), f.cfg.MaxHeadAge), "", &p.faults)
		default:
			f.applyHealth(ep, true, nil, "", &p.faults)
		}
	}
	for _, e := range errs {
		if errors.Is(e, ErrWrongChain) {
			return e
		}
	}
	if len(f.candidates()) == 0 {
		return fmt.Errorf("%w: %w", ErrNoEndpoint, joinLine(errs))
	}
	return nil
}

// probe dials ep if needed, confirms its chain once, and reads its latest
// header.
func (f *Failover) probe(ctx context.Context, ep *endpoint) probe {
	c := ep.conn()
	if c == nil {
		ec, err := Dial(ctx, ep.url, f.cfg.DialTimeout)
		if err != nil {
			return probe{err: err, class: classify(ctx, err, false)}
		}
		ep.mu.Lock()
		ep.client, ep.closeFn = WithRedactedErrors(ec, ep.url), ec.Close
		c = ep.client
		ep.mu.Unlock()
	}
	ep.mu.Lock()
	verified, wrong := ep.verified, ep.wrong
	ep.mu.Unlock()
	if wrong {
		return probe{err: fmt.Errorf("%w: checked before", ErrWrongChain)}
	}
	if f.cfg.ChainID != 0 && !verified {
		o := timed(ctx, f, ep, false, c.ChainID)
		if o.err != nil {
			return probe{err: fmt.Errorf("read chain id: %w", o.err), class: o.class}
		}
		if id := o.v; !id.IsUint64() || id.Uint64() != f.cfg.ChainID {
			ep.mu.Lock()
			ep.wrong = true
			ep.mu.Unlock()
			err := fmt.Errorf("%w: node serves chain %s, config says %d", ErrWrongChain, o.v, f.cfg.ChainID)
			f.log.Error().Int("endpoint", ep.index).Str("rpc", ep.name).Err(err).Msg("rpc endpoint serves another chain, never using it")
			return probe{err: err, class: classRPC}
		}
		ep.mu.Lock()
		ep.verified = true
		ep.mu.Unlock()
	}
	o := timed(ctx, f, ep, false, func(ctx context.Context) (*types.Header, error) {
		return c.HeaderByNumber(ctx, nil)
	})
	if o.err == nil && (o.v == nil || o.v.Number == nil) {
		o.err, o.class = errors.New("empty answer"), classMalformed
	}
	if o.err != nil {
		return probe{err: fmt.Errorf("read latest header: %w", o.err), class: o.class}
	}
	return probe{head: o.v}
}

// outcome is the result of one request to one endpoint, with the class of
// its error.
type outcome[T any] struct {
	v     T
	err   error
	class string
}

// timed makes one request to ep within CallTimeout and records it in the
// metrics and the latency window. It does not change ep's health.
func timed[T any](ctx context.Context, f *Failover, ep *endpoint, pinned bool, call func(context.Context) (T, error)) outcome[T] {
	actx, cancel := context.WithTimeout(ctx, f.cfg.CallTimeout)
	defer cancel()
	start := time.Now()
	v, err := call(actx)
	d := time.Since(start)
	class := classify(ctx, err, pinned)
	if class != classCanceled {
		f.metrics.RPCRequest(ep.label, class, d)
	}
	if isAnswer(class) {
		ep.lat.add(d)
	}
	return outcome[T]{v: v, err: err, class: class}
}

// readOp describes a read for the dispatcher.
type readOp struct {
	// pinned: the read names a block; an endpoint without it is skipped.
	pinned bool
	// minBlock, when hasMin, is the block number the read is pinned to: an
	// endpoint whose known head is below it is asked for its head first.
	minBlock uint64
	hasMin   bool
}

// atBlock is the readOp of a read at block number n (nil or negative: a
// tag such as latest or pending, not pinned).
func atBlock(n *big.Int) readOp {
	if n == nil || n.Sign() < 0 || !n.IsUint64() {
		return readOp{}
	}
	return readOp{pinned: true, minBlock: n.Uint64(), hasMin: true}
}

var pinnedByHash = readOp{pinned: true}

// attempt is the outcome of a read on one endpoint.
type attempt[T any] struct {
	ep *endpoint
	outcome[T]
}

// read runs call on the candidates in order until one answers (see
// Failover), hedging when configured.
func read[T any](ctx context.Context, f *Failover, op readOp, call func(context.Context, Client) (T, error)) (T, error) {
	v, _, err := readFrom(ctx, f, op, call)
	return v, err
}

// readFrom is read that also returns the endpoint that answered.
func readFrom[T any](ctx context.Context, f *Failover, op readOp, call func(context.Context, Client) (T, error)) (T, *endpoint, error) {
	var zero T
	if f.isClosed() {
		return zero, nil, ErrClosed
	}
	cands := f.candidates()
	if len(cands) == 0 {
		return zero, nil, ErrNoEndpoint
	}
	actx, cancel := f.bound(ctx)
	defer cancel()
	results := make(chan attempt[T], len(cands))
	next, inflight := 0, 0
	var skipped []*endpoint // over their rate limit, tried last
	start := func(ep *endpoint, wait bool) {
		if f.spawn(func() {
			results <- attempt[T]{ep: ep, outcome: try(actx, f, ep, op, wait, call)}
		}) {
			inflight++
		}
	}
	launch := func() bool {
		for next < len(cands) {
			ep := cands[next]
			next++
			if ep.limiter != nil && !ep.limiter.Allow() {
				if next < len(cands) || inflight > 0 {
					skipped = append(skipped, ep)
					continue
				}
				start(ep, true)
				return true
			}
			start(ep, false)
			return true
		}
		if len(skipped) > 0 && inflight == 0 {
			ep := skipped[0]
			skipped = skipped[1:]
			start(ep, true)
			return true
		}
		return false
	}
	launch()
	var hedge <-chan time.Time
	if f.cfg.HedgeReads && len(cands) > 1 {
		t := time.NewTimer(f.hedgeDelay(cands[0]))
		defer t.Stop()
		hedge = t.C
	}
	var failed []attempt[T]
	for inflight > 0 {
		select {
		case <-ctx.Done():
			inflight = 0
		case <-f.closed:
			return zero, nil, ErrClosed
		case r := <-results:
			inflight--
			if isAnswer(r.class) {
				return r.v, r.ep, r.err
			}
			if r.class == classCanceled {
				continue
			}
			failed = append(failed, r)
			if isFault(r.class) {
				f.setHealth(r.ep, false, r.err, r.class)
			}
			if ctx.Err() == nil {
				launch()
			}
		case <-hedge:
			hedge = nil
			launch()
		}
	}
	if f.isClosed() {
		return zero, nil, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		if len(failed) > 0 {
			return zero, nil, fmt.Errorf("%w (after %w)", err, failed[len(failed)-1].err)
		}
		return zero, nil, err
	}
	if len(failed) == 1 {
		return zero, failed[0].ep, failed[0].err
	}
	errs := make([]error, len(failed))
	for i, r := range failed {
		errs[i] = fmt.Errorf("rpc endpoint %d (%s): %w", r.ep.index, r.ep.name, r.err)
	}
	return zero, nil, joinLine(errs)
}

// try runs call on ep: it waits for the rate limit when wait is set, and
// sends a read pinned to a block number only where that block is known.
func try[T any](ctx context.Context, f *Failover, ep *endpoint, op readOp, wait bool, call func(context.Context, Client) (T, error)) outcome[T] {
	c := ep.conn()
	if wait {
		// The request's own timeout starts after the wait; the caller's
		// deadline bounds both.
		if err := ep.limiter.Wait(ctx); err != nil {
			if ctx.Err() != nil {
				return outcome[T]{err: ctx.Err(), class: classCanceled}
			}
			return outcome[T]{err: err, class: classThrottled}
		}
	}
	if op.hasMin && ep.knownHead() < op.minBlock {
		o := timed(ctx, f, ep, false, c.BlockNumber)
		if o.err != nil {
			return outcome[T]{err: o.err, class: o.class}
		}
		ep.sawHead(o.v)
		if o.v < op.minBlock {
			return outcome[T]{err: fmt.Errorf("%w: head %d, block %d", errBlockUnavailable, o.v, op.minBlock), class: classUnknownBlock}
		}
	}
	return timed(ctx, f, ep, op.pinned, func(ctx context.Context) (T, error) { return call(ctx, c) })
}

// bound derives a context from ctx that Close also cancels.
func (f *Failover) bound(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	stop := context.AfterFunc(f.base, cancel)
	return ctx, func() { stop(); cancel() }
}

// hedgeDelay is how long a read waits on ep before it is also sent to the
// next endpoint.
func (f *Failover) hedgeDelay(ep *endpoint) time.Duration {
	if d, ok := ep.lat.quantile(0.95, hedgeSamples); ok {
		return min(max(d, minHedgeDelay), f.cfg.HedgeDelay)
	}
	return f.cfg.HedgeDelay
}

// lineErrors joins errors on one line ("a; b"); errors.Is and errors.As see
// each of them.
type lineErrors []error

func (e lineErrors) Error() string {
	parts := make([]string, len(e))
	for i, err := range e {
		parts[i] = err.Error()
	}
	return strings.Join(parts, "; ")
}

func (e lineErrors) Unwrap() []error { return e }

// joinLine returns nil for no error, the error itself for one, and a
// lineErrors for more.
func joinLine(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return lineErrors(slices.Clone(errs))
}
