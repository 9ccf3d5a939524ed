package alerts

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// Webhook payload formats (WebhookConfig.Format).
const (
	// FormatJSON posts {"text": …, "alert": {kind, key, severity, state,
	// time, fields}}.
	FormatJSON = "json"
	// FormatSlack posts a Slack incoming-webhook message: "text" plus one
	// attachment whose fields are the alert's.
	FormatSlack = "slack"
	// FormatPagerDuty posts a PagerDuty Events API v2 event: conditions
	// trigger and resolve by dedup_key kind|key.
	FormatPagerDuty = "pagerduty"
)

// Webhook results, the "result" label of the webhook's message counter.
const (
	WebhookSent       = "sent"       // accepted by the receiver (2xx)
	WebhookFailed     = "failed"     // given up after the retries, or refused (4xx)
	WebhookDropped    = "dropped"    // pushed out of the full queue, oldest first
	WebhookSuppressed = "suppressed" // over max_per_minute: counted in the next summary
	WebhookDuplicate  = "duplicate"  // same kind, key and state within dedup_window
)

// maxOpen bounds the conditions remembered as open (fired, not resolved).
const maxOpen = 4096

// ErrWebhookConfig is returned by NewWebhook for an unusable configuration.
var ErrWebhookConfig = errors.New("alert webhook config")

// ParseSeverity parses "info", "warning" or "critical".
func ParseSeverity(s string) (Severity, error) {
	switch s {
	case "info":
		return Info, nil
	case "warning":
		return Warning, nil
	case "critical":
		return Critical, nil
	}
	return Info, fmt.Errorf("unknown severity %q: want info, warning or critical", s)
}

// WebhookConfig configures a Webhook. Zero durations and counts take the
// defaults of DefaultWebhookConfig.
type WebhookConfig struct {
	// URL receives the POSTs. It usually carries a secret (Slack's path,
	// a token in the query): it is only ever logged redacted.
	URL string
	// Format is FormatJSON (default), FormatSlack or FormatPagerDuty.
	Format string
	// RoutingKey is the PagerDuty integration key (FormatPagerDuty only).
	RoutingKey string
	// MinSeverity: alerts below it are not sent.
	MinSeverity Severity
	// MaxPerMinute bounds the alerts sent per minute; the rest are counted
	// and reported in one summary message when the minute ends.
	MaxPerMinute int
	// DedupWindow: an alert with the kind, key and state of the last one
	// sent for that subject within the window is not sent again (one-off
	// events: the kind and fields). 0 disables deduplication.
	DedupWindow time.Duration
	// Timeout bounds one HTTP request.
	Timeout time.Duration
	// QueueSize bounds the alerts waiting to be sent; when full, the
	// oldest is dropped.
	QueueSize int
	// MaxAttempts bounds the requests per message.
	MaxAttempts int
	// MinBackoff and MaxBackoff bound the exponential backoff between
	// attempts after a network error, a 5xx or a 429.
	MinBackoff, MaxBackoff time.Duration
	// MaxRetryAfter caps the wait a receiver's Retry-After asks for.
	MaxRetryAfter time.Duration
	// DrainTimeout bounds the sending of what is queued once Run's context
	// ends.
	DrainTimeout time.Duration
	// Source names this daemon in the messages (PagerDuty payload.source).
	Source string
}

// DefaultWebhookConfig returns the defaults: json format, warning and up,
// 30 alerts a minute, 5m dedup window, 5s timeout, a queue of 256, 5
// attempts with 1s..30s backoff, Retry-After up to 1m, 2s drain.
func DefaultWebhookConfig() WebhookConfig {
	return WebhookConfig{
		Format: FormatJSON, MinSeverity: Warning, MaxPerMinute: 30, DedupWindow: 5 * time.Minute,
		Timeout: 5 * time.Second, QueueSize: 256, MaxAttempts: 5, MinBackoff: time.Second, MaxBackoff: 30 * time.Second,
		MaxRetryAfter: time.Minute, DrainTimeout: 2 * time.Second, Source: "lrtkeeper",
	}
}

// withDefaults fills the zero fields of c from DefaultWebhookConfig.
func (c WebhookConfig) withDefaults() WebhookConfig {
	d := DefaultWebhookConfig()
	if c.Format == "" {
		c.Format = d.Format
	}
	if c.MaxPerMinute == 0 {
		c.MaxPerMinute = d.MaxPerMinute
	}
	if c.Timeout == 0 {
		c.Timeout = d.Timeout
	}
	if c.QueueSize == 0 {
		c.QueueSize = d.QueueSize
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = d.MaxAttempts
	}
	if c.MinBackoff == 0 {
		c.MinBackoff = d.MinBackoff
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = d.MaxBackoff
	}
	if c.MaxRetryAfter == 0 {
		c.MaxRetryAfter = d.MaxRetryAfter
	}
	if c.DrainTimeout == 0 {
		c.DrainTimeout = d.DrainTimeout
	}
	if c.Source == "" {
		c.Source = d.Source
	}
	return c
}

// check rejects what NewWebhook cannot work with. It never echoes the URL.
func (c WebhookConfig) check() error {
	var errs []error
	if u, err := url.Parse(c.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		errs = append(errs, errors.New("url: must be an http(s) URL"))
	}
	switch c.Format {
	case FormatJSON, FormatSlack:
	case FormatPagerDuty:
		if c.RoutingKey == "" {
			errs = append(errs, errors.New("routing_key: required with format pagerduty"))
		}
	default:
		errs = append(errs, fmt.Errorf("format: must be json, slack or pagerduty, got %q", c.Format))
	}
	if c.MaxPerMinute < 1 || c.QueueSize < 1 || c.MaxAttempts < 1 {
		errs = append(errs, errors.New("max_per_minute, queue size and attempts must be >= 1"))
	}
	if c.DedupWindow < 0 || c.Timeout < 0 || c.MinBackoff < 0 || c.MaxBackoff < 0 || c.DrainTimeout < 0 {
		errs = append(errs, errors.New("durations must not be negative"))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("%w: %w", ErrWebhookConfig, err)
	}
	return nil
}

// WebhookMetrics records what the webhook does with the alerts.
type WebhookMetrics interface {
	// WebhookMessage counts one alert (or rate-limit summary) by result,
	// one of the Webhook* result constants.
	WebhookMessage(result string)
	// WebhookRetry counts one retried request.
	WebhookRetry()
	// WebhookQueue reports how many messages wait to be sent.
	WebhookQueue(n int)
}

// NoopWebhookMetrics discards everything.
type NoopWebhookMetrics struct{}

var _ WebhookMetrics = NoopWebhookMetrics{}

// WebhookMessage implements WebhookMetrics.
func (NoopWebhookMetrics) WebhookMessage(string) {}

// WebhookRetry implements WebhookMetrics.
func (NoopWebhookMetrics) WebhookRetry() {}

// WebhookQueue implements WebhookMetrics.
func (NoopWebhookMetrics) WebhookQueue(int) {}

// PromWebhookMetrics is the Prometheus WebhookMetrics.
type PromWebhookMetrics struct {
	messages *prometheus.CounterVec
	retries  prometheus.Counter
	queue    prometheus.Gauge
}

var _ WebhookMetrics = (*PromWebhookMetrics)(nil)

const webhookMetricsPrefix = "lrtkeeper_alert_webhook_"

// NewWebhookMetrics builds the Prometheus WebhookMetrics and registers its
// collectors on reg; a nil reg leaves them unregistered. It panics if they
// are registered already (a wiring bug).
func NewWebhookMetrics(reg prometheus.Registerer) *PromWebhookMetrics {
	m := &PromWebhookMetrics{
		messages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: webhookMetricsPrefix + "messages_total",
			Help: "Alerts (and rate-limit summaries) by what the webhook did with them: sent, failed, dropped (queue full), suppressed (rate limit), duplicate.",
		}, []string{"result"}),
		retries: prometheus.NewCounter(prometheus.CounterOpts{
			Name: webhookMetricsPrefix + "retries_total",
			Help: "Webhook requests retried after a network error, a 5xx or a 429.",
		}),
		queue: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: webhookMetricsPrefix + "queue_length",
			Help: "Alerts waiting to be sent to the webhook.",
		}),
	}
	for _, r := range []string{WebhookSent, WebhookFailed, WebhookDropped, WebhookSuppressed, WebhookDuplicate} {
		m.messages.WithLabelValues(r) // export zeros: a drop shows as an increase
	}
	if reg != nil {
		reg.MustRegister(m.messages, m.retries, m.queue)
	}
	return m
}

// WebhookMessage implements WebhookMetrics.
func (m *PromWebhookMetrics) WebhookMessage(result string) { m.messages.WithLabelValues(result).Inc() }

// WebhookRetry implements WebhookMetrics.
func (m *PromWebhookMetrics) WebhookRetry() { m.retries.Inc() }

// WebhookQueue implements WebhookMetrics.
func (m *PromWebhookMetrics) WebhookQueue(n int) { m.queue.Set(float64(n)) }

// Webhook is a Sink that POSTs alerts as JSON to a URL from its own worker
// (Run). Deliver never blocks: it filters by severity, drops duplicates,
// applies the rate limit and queues; a full queue drops its oldest entry.
type Webhook struct {
	cfg      WebhookConfig
	log      zerolog.Logger
	metrics  WebhookMetrics
	client   *http.Client
	redacted string   // the URL safe to log
	secrets  []string // the URL's secret parts, cut out of error texts
	now      func() time.Time
	window   time.Duration // the rate limit's window: a minute
	wake     chan struct{}

	mu       sync.Mutex
	queue    ring
	dropping bool // the queue overflowed since it was last empty
	burst    int  // drops in the current overflow
	stopped  bool
	// lastSent remembers, per subject, the state and time of the last
	// alert admitted, for deduplication.
	lastSent map[string]sentMark
	// open holds the conditions whose firing was admitted and not yet
	// resolved: their resolve bypasses the rate limit.
	open        map[string]bool
	windowStart time.Time
	windowCount int
	held        *suppression // alerts over the rate limit in this window
}

var _ Sink = (*Webhook)(nil)

type sentMark struct {
	state string
	at    time.Time
}

// suppression counts the alerts the rate limit held back in one window.
type suppression struct {
	count    int
	kinds    map[string]int
	severity Severity // the highest
	since    time.Time
}

// message is one queued POST: an alert or a rate-limit summary.
type message struct {
	alert   Alert
	summary *suppression
}

// NewWebhook builds a webhook sink; add it with Alerts.AddSink and run its
// worker with Run. Zero fields of cfg take their defaults.
func NewWebhook(log zerolog.Logger, cfg WebhookConfig, m WebhookMetrics) (*Webhook, error) {
	cfg = cfg.withDefaults()
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if m == nil {
		m = NoopWebhookMetrics{}
	}
	w := &Webhook{
		cfg: cfg, metrics: m, client: newHTTPClient(cfg.Timeout),
		redacted: chain.RedactURL(cfg.URL), secrets: urlSecrets(cfg.URL, cfg.RoutingKey),
		now: time.Now, window: time.Minute, wake: make(chan struct{}, 1),
		queue: newRing(cfg.QueueSize), lastSent: map[string]sentMark{}, open: map[string]bool{},
	}
	w.log = log.With().Str("component", "alert_webhook").Str("url", w.redacted).Str("format", cfg.Format).Logger()
	return w, nil
}

// newHTTPClient is a client with its own connection pool (proxy settings
// from the environment, as the default transport), closed when Run ends.
func newHTTPClient(timeout time.Duration) *http.Client {
	var rt http.RoundTripper = http.DefaultTransport
	if t, ok := http.DefaultTransport.(*http.Transport); ok {
		rt = t.Clone()
	}
	return &http.Client{Transport: rt, Timeout: timeout}
}

// urlSecrets lists the parts of raw that must not reach a log: the whole
// URL, its userinfo, path and query; and the routing key.
func urlSecrets(raw, routingKey string) []string {
	out := []string{raw}
	if u, err := url.Parse(raw); err == nil {
		if u.User != nil {
			out = append(out, u.User.String())
		}
		if len(u.EscapedPath()) > 1 {
			out = append(out, u.EscapedPath(), u.Path)
		}
		if u.RawQuery != "" {
			out = append(out, u.RawQuery)
		}
	}
	if routingKey != "" {
		out = append(out, routingKey)
	}
	return out
}

// Deliver implements Sink. It never blocks on the network.
func (w *Webhook) Deliver(al Alert) {
	if al.Severity < w.cfg.MinSeverity {
		return
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.stopped {
		return
	}
	now := w.now()
	w.rollWindowLocked(now)
	id := subjectOf(al)
	if w.cfg.DedupWindow > 0 {
		if last, ok := w.lastSent[id]; ok && last.state == al.State && now.Sub(last.at) < w.cfg.DedupWindow {
			w.metrics.WebhookMessage(WebhookDuplicate)
			return
		}
	}
	// A resolve whose firing went out is never held back: a receiver
	// (PagerDuty) must not keep an incident open for a cleared condition.
	closing := al.State == StateResolved && w.open[id]
	if !closing && w.windowCount >= w.cfg.MaxPerMinute {
		w.holdLocked(al, now)
		return
	}
	w.windowCount++
	if w.cfg.DedupWindow > 0 {
		w.lastSent[id] = sentMark{state: al.State, at: now}
	}
	switch al.State {
	case StateFiring:
		if len(w.open) >= maxOpen { // subjects dropped without a resolve: forget them all
			clear(w.open)
		}
		w.open[id] = true
	case StateResolved:
		delete(w.open, id)
	}
	w.enqueueLocked(message{alert: al})
}

// subjectOf identifies what an alert is about: kind|key for a condition,
// kind and fields for a one-off event.
func subjectOf(al Alert) string {
	if al.State != "" {
		return al.Kind + "|" + al.Key
	}
	fields, _ := json.Marshal(al.Fields) // sorted keys: canonical
	return al.Kind + "\x00" + string(fields)
}

// holdLocked counts al in the window's suppression summary.
func (w *Webhook) holdLocked(al Alert, now time.Time) {
	if w.held == nil {
		w.held = &suppression{kinds: map[string]int{}, since: now}
	}
	w.held.count++
	w.held.kinds[al.Kind]++
	w.held.severity = max(w.held.severity, al.Severity)
	w.metrics.WebhookMessage(WebhookSuppressed)
	w.signal() // the worker arms the timer that flushes the summary
}

// rollWindowLocked starts a new rate-limit window once the current one is
// over; what it held back goes out first, as one summary that counts
// towards the new window. It also forgets dedup marks older than the
// dedup window.
func (w *Webhook) rollWindowLocked(now time.Time) {
	if !w.windowStart.IsZero() && now.Sub(w.windowStart) < w.window {
		return
	}
	w.windowStart, w.windowCount = now, 0
	if w.held != nil {
		w.enqueueLocked(message{summary: w.held})
		w.held = nil
		w.windowCount++
	}
	for id, m := range w.lastSent {
		if now.Sub(m.at) >= w.cfg.DedupWindow {
			delete(w.lastSent, id)
		}
	}
}

// enqueueLocked queues m, dropping the oldest message when the queue is
// full. The first drop of an overflow logs one warning.
func (w *Webhook) enqueueLocked(m message) {
	if w.queue.full() {
		w.queue.pop()
		w.metrics.WebhookMessage(WebhookDropped)
		w.burst++
		if !w.dropping {
			w.dropping = true
			w.log.Warn().Int("queue_size", w.cfg.QueueSize).Msg("alert webhook queue full: dropping the oldest alerts")
		}
	}
	w.queue.push(m)
	w.metrics.WebhookQueue(w.queue.len())
	w.signal()
}

func (w *Webhook) signal() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// next takes the oldest queued message. It also reports when the current
// rate-limit window ends if alerts are held back (zero otherwise).
func (w *Webhook) next() (m message, ok bool, flushAt time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.rollWindowLocked(w.now())
	m, ok = w.queue.pop()
	n := w.queue.len()
	w.metrics.WebhookQueue(n)
	if n == 0 && w.dropping {
		w.log.Info().Int("dropped", w.burst).Msg("alert webhook queue drained after dropping alerts")
		w.dropping, w.burst = false, 0
	}
	if w.held != nil {
		flushAt = w.windowStart.Add(w.window)
	}
	return m, ok, flushAt
}

// requeue puts back a message whose sending Run's end interrupted, for the
// drain.
func (w *Webhook) requeue(m message) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.queue.full() {
		w.metrics.WebhookMessage(WebhookDropped)
		return
	}
	w.queue.pushFront(m)
}

// Run sends the queued alerts until ctx ends, then sends what is still
// queued (and a pending rate-limit summary) for at most DrainTimeout. It
// returns nil.
func (w *Webhook) Run(ctx context.Context) error {
	var timer *time.Timer
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for ctx.Err() == nil {
		m, ok, flushAt := w.next()
		if ok {
			if w.send(ctx, m) == interrupted {
				w.requeue(m)
			}
			continue
		}
		var flush <-chan time.Time
		if !flushAt.IsZero() {
			d := max(flushAt.Sub(w.now()), time.Millisecond)
			if timer == nil {
				timer = time.NewTimer(d)
			} else {
				timer.Reset(d)
			}
			flush = timer.C
		}
		select {
		case <-ctx.Done():
		case <-w.wake:
		case <-flush: // next() rolls the window and queues the summary
		}
	}
	w.drain(ctx)
	w.client.CloseIdleConnections()
	return nil
}

// drain stops taking alerts and sends what is queued, with a deadline;
// what is left when it passes is counted as failed.
func (w *Webhook) drain(ctx context.Context) {
	w.mu.Lock()
	w.stopped = true
	if w.held != nil {
		if w.queue.full() {
			w.queue.pop()
			w.metrics.WebhookMessage(WebhookDropped)
		}
		w.queue.push(message{summary: w.held})
		w.held = nil
	}
	w.mu.Unlock()
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), w.cfg.DrainTimeout)
	defer cancel()
	undelivered := 0
	for {
		w.mu.Lock()
		m, ok := w.queue.pop()
		w.mu.Unlock()
		if !ok {
			break
		}
		if dctx.Err() != nil || w.send(dctx, m) == interrupted {
			undelivered++
			w.metrics.WebhookMessage(WebhookFailed)
		}
	}
	w.metrics.WebhookQueue(0)
	if undelivered > 0 {
		w.log.Warn().Int("undelivered", undelivered).Dur("drain_timeout", w.cfg.DrainTimeout).Msg("alert webhook stopped with alerts undelivered")
	}
}

// sendResult is what became of one message.
type sendResult uint8

const (
	delivered   sendResult = iota // the receiver accepted it
	gaveUp                        // refused or out of attempts: logged and counted
	interrupted                   // ctx ended first: neither logged nor counted
)

// send POSTs m, retrying network errors, 5xx and 429 with exponential
// backoff (or the receiver's Retry-After) up to MaxAttempts.
func (w *Webhook) send(ctx context.Context, m message) sendResult {
	body, err := w.payload(m)
	if err != nil { // a field that cannot be encoded: a bug, not a retry
		w.log.Error().Str("alert", m.kind()).Str("error", err.Error()).Msg("alert webhook payload failed")
		w.metrics.WebhookMessage(WebhookFailed)
		return gaveUp
	}
	backoff := w.cfg.MinBackoff
	for attempt := 1; ; attempt++ {
		status, retryAfter, err := w.post(ctx, body)
		if err == nil && status/100 == 2 {
			w.metrics.WebhookMessage(WebhookSent)
			return delivered
		}
		if ctx.Err() != nil {
			return interrupted
		}
		retryable := err != nil || status >= 500 || status == http.StatusTooManyRequests
		if !retryable || attempt >= w.cfg.MaxAttempts {
			w.fail(m, attempt, status, err)
			return gaveUp
		}
		wait := backoff
		if retryAfter > 0 {
			wait = min(retryAfter, w.cfg.MaxRetryAfter)
		}
		backoff = min(2*backoff, w.cfg.MaxBackoff)
		w.metrics.WebhookRetry()
		w.log.Debug().Str("alert", m.kind()).Int("attempt", attempt).Int("status", status).Dur("wait", wait).Msg("alert webhook retrying")
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return interrupted
		case <-t.C:
		}
	}
}

// fail logs and counts a message given up on.
func (w *Webhook) fail(m message, attempts, status int, err error) {
	w.metrics.WebhookMessage(WebhookFailed)
	ev := w.log.Warn().Str("alert", m.kind()).Int("attempts", attempts)
	if status != 0 {
		ev = ev.Int("status", status)
	}
	if err != nil {
		ev = ev.Str("error", w.redactError(err))
	}
	ev.Msg("alert webhook delivery failed")
}

// post sends one request. It returns the status, the Retry-After the
// receiver asked for (0 if none) and a transport error.
func (w *Webhook) post(ctx context.Context, body []byte) (int, time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.cfg.URL, bytes.NewReader(body))
	if err != nil {
		return 0, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "lrtkeeper")
	resp, err := w.client.Do(req)
	if err != nil {
		return 0, 0, err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
	var retryAfter time.Duration
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500 {
		retryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), w.now())
	}
	return resp.StatusCode, retryAfter, nil
}

// parseRetryAfter reads a Retry-After of delay seconds or an HTTP date.
func parseRetryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(strings.TrimSpace(v)); err == nil {
		return time.Duration(max(s, 0)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

// redactError returns err's text with the URL's secrets cut out: net/http
// quotes the whole URL in its errors.
func (w *Webhook) redactError(err error) string {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	msg := err.Error()
	for _, s := range w.secrets {
		if s != "" {
			msg = strings.ReplaceAll(msg, s, "<redacted>")
		}
	}
	return msg
}

func (m message) kind() string {
	if m.summary != nil {
		return "suppressed"
	}
	return m.alert.Kind
}

// ring is a fixed-capacity FIFO.
type ring struct {
	buf        []message
	head, size int
}

func newRing(n int) ring { return ring{buf: make([]message, n)} }

func (r *ring) len() int   { return r.size }
func (r *ring) full() bool { return r.size == len(r.buf) }

func (r *ring) push(m message) {
	r.buf[(r.head+r.size)%len(r.buf)] = m
	r.size++
}

func (r *ring) pushFront(m message) {
	r.head = (r.head - 1 + len(r.buf)) % len(r.buf)
	r.buf[r.head] = m
	r.size++
}

func (r *ring) pop() (message, bool) {
	if r.size == 0 {
		return message{}, false
	}
	m := r.buf[r.head]
	r.buf[r.head] = message{}
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return m, true
}
