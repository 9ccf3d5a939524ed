package alerts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

// received is one request the loopback receiver got.
type received struct {
	at   time.Time
	body map[string]any
	raw  string
}

// receiver is a real HTTP server on loopback recording every POST. respond
// answers request n (0-based); nil answers 200.
type receiver struct {
	srv     *httptest.Server
	mu      sync.Mutex
	reqs    []received
	respond func(n int, w http.ResponseWriter, r *http.Request)
}

func newReceiver(t *testing.T, respond func(n int, w http.ResponseWriter, r *http.Request)) *receiver {
	t.Helper()
	rc := &receiver{respond: respond}
	rc.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, err := io.ReadAll(r.Body)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var body map[string]any
		if err := json.Unmarshal(raw, &body); err != nil || r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		rc.mu.Lock()
		n := len(rc.reqs)
		rc.reqs = append(rc.reqs, received{at: time.Now(), body: body, raw: string(raw)})
		rc.mu.Unlock()
		if rc.respond != nil {
			rc.respond(n, w, r)
			return
		}
		w.WriteHeader(http.StatusOK)
	}))
	t.Cleanup(rc.srv.Close)
	return rc
}

func (rc *receiver) got() []received {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	return append([]received(nil), rc.reqs...)
}

// waitFor waits until the receiver has n requests and returns them.
func (rc *receiver) waitFor(t *testing.T, n int) []received {
	t.Helper()
	require.Eventually(t, func() bool { return len(rc.got()) >= n }, 5*time.Second, 5*time.Millisecond,
		"receiver got %d requests, want %d", len(rc.got()), n)
	return rc.got()
}

// settle asserts that no request beyond the n expected arrives.
func (rc *receiver) settle(t *testing.T, n int) []received {
	t.Helper()
	rc.waitFor(t, n)
	time.Sleep(100 * time.Millisecond)
	got := rc.got()
	require.Len(t, got, n)
	return got
}

// webhookCounts is a WebhookMetrics for tests.
type webhookCounts struct {
	mu      sync.Mutex
	results map[string]int
	retries int
}

func (c *webhookCounts) WebhookMessage(result string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.results[result]++
}

func (c *webhookCounts) WebhookRetry() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.retries++
}

func (c *webhookCounts) WebhookQueue(int) {}

func (c *webhookCounts) get(result string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.results[result]
}

// syncBuffer is a log sink safe for the worker goroutine and the test.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type webhookHarness struct {
	alerts  *Alerts
	hook    *Webhook
	metrics *webhookCounts
	logs    *syncBuffer
	stop    func()
}

// startWebhook builds Alerts with a webhook to url and runs its worker
// until the test ends (or stop). Backoffs are short unless edit sets them.
func startWebhook(t *testing.T, url string, edit func(*WebhookConfig)) *webhookHarness {
	t.Helper()
	cfg := WebhookConfig{URL: url, MinSeverity: Info, MinBackoff: 5 * time.Millisecond, MaxBackoff: 50 * time.Millisecond,
		DrainTimeout: 500 * time.Millisecond}
	if edit != nil {
		edit(&cfg)
	}
	h := &webhookHarness{metrics: &webhookCounts{results: map[string]int{}}, logs: &syncBuffer{}}
	hook, err := NewWebhook(zerolog.New(h.logs), cfg, h.metrics)
	require.NoError(t, err)
	h.hook = hook
	h.alerts = New(zerolog.New(io.Discard), alertCounter{})
	h.alerts.AddSink(hook)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- hook.Run(ctx) }()
	var once sync.Once
	h.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				require.NoError(t, err)
			case <-time.After(10 * time.Second):
				t.Error("Run did not return after its context ended")
			}
		})
	}
	t.Cleanup(h.stop)
	return h
}

func depegFields(bps int) func(*zerolog.Event) *zerolog.Event {
	return func(e *zerolog.Event) *zerolog.Event { return e.Str("asset", "ezETH").Int("depeg_bps", bps) }
}

func TestWebhookJSONPayload(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, nil)
	h := startWebhook(t, rc.srv.URL, nil)
	h.alerts.Condition(Depeg, "ezETH", Warning, true, false, depegFields(120))
	h.alerts.Event(LiquidationMined, Critical, func(e *zerolog.Event) *zerolog.Event { return e.Str("tx", "0xabc") })
	h.alerts.Condition(Depeg, "ezETH", Warning, false, true, depegFields(40))
	got := rc.settle(t, 3)

	firing := got[0].body
	require.Equal(t, "[WARNING] depeg firing (ezETH): asset=ezETH depeg_bps=120", firing["text"])
	require.Equal(t, "lrtkeeper", firing["source"])
	a := firing["alert"].(map[string]any)
	require.Equal(t, "depeg", a["kind"])
	require.Equal(t, "ezETH", a["key"])
	require.Equal(t, "warning", a["severity"])
	require.Equal(t, "firing", a["state"])
	require.Equal(t, map[string]any{"asset": "ezETH", "depeg_bps": 120.0}, a["fields"])
	ts, err := time.Parse(time.RFC3339Nano, a["time"].(string))
	require.NoError(t, err)
	require.WithinDuration(t, time.Now(), ts, time.Minute)

	event := got[1].body["alert"].(map[string]any)
	require.Equal(t, "liquidation_mined", event["kind"])
	require.NotContains(t, event, "state", "one-off events have no state")
	require.NotContains(t, event, "key")
	require.Equal(t, "[CRITICAL] liquidation_mined: tx=0xabc", got[1].body["text"])

	resolved := got[2].body["alert"].(map[string]any)
	require.Equal(t, "resolved", resolved["state"])
	require.Equal(t, "warning", resolved["severity"], "a resolve carries the severity it fired with")
	require.True(t, strings.HasPrefix(got[2].body["text"].(string), "[RESOLVED] depeg resolved (ezETH)"))
	require.Equal(t, 3, h.metrics.get(WebhookSent))
}

func TestWebhookSlackPayload(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, nil)
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.Format = FormatSlack })
	h.alerts.Condition(Liquidatable, "m|alice", Critical, true, false, func(e *zerolog.Event) *zerolog.Event {
		return e.Str("borrower", "0xa11ce").Str("health", "0.98")
	})
	h.alerts.Condition(Liquidatable, "m|alice", Critical, false, true, nil)
	got := rc.settle(t, 2)

	msg := got[0].body
	require.Equal(t, "[CRITICAL] liquidatable firing (m|alice): borrower=0xa11ce health=0.98", msg["text"])
	atts := msg["attachments"].([]any)
	require.Len(t, atts, 1)
	att := atts[0].(map[string]any)
	require.Equal(t, "danger", att["color"])
	require.Equal(t, msg["text"], att["fallback"])
	require.Equal(t, "lrtkeeper", att["footer"])
	require.NotZero(t, att["ts"])
	fields := map[string]string{}
	for _, f := range att["fields"].([]any) {
		fm := f.(map[string]any)
		fields[fm["title"].(string)] = fm["value"].(string)
	}
	require.Equal(t, map[string]string{"alert": "liquidatable", "severity": "critical", "state": "firing",
		"borrower": "0xa11ce", "health": "0.98"}, fields)

	resolve := got[1].body
	require.Equal(t, "[RESOLVED] liquidatable resolved (m|alice)", resolve["text"])
	require.Equal(t, "good", resolve["attachments"].([]any)[0].(map[string]any)["color"])
}

func TestWebhookPagerDutyTriggersAndResolves(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, func(_ int, w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusAccepted) })
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) {
		c.Format, c.RoutingKey, c.MinSeverity = FormatPagerDuty, "R0UTINGKEY", Critical
	})
	// pass_failed fires critical and clears with severity info, as the
	// keeper raises it: the resolve still passes min_severity critical.
	h.alerts.Condition(PassFailed, "", Critical, true, false, func(e *zerolog.Event) *zerolog.Event {
		return e.Int("consecutive", 3).Uint64("block", 19_000_000)
	})
	h.alerts.Event(Reorg, Warning, nil) // below min_severity: never sent
	h.alerts.Condition(Liquidatable, "m|bob", Critical, true, false, nil)
	h.alerts.Condition(PassFailed, "", Info, false, true, nil)
	got := rc.settle(t, 3)

	trigger := got[0].body
	require.Equal(t, "R0UTINGKEY", trigger["routing_key"])
	require.Equal(t, "trigger", trigger["event_action"])
	require.Equal(t, "pass_failed|", trigger["dedup_key"])
	p := trigger["payload"].(map[string]any)
	require.Equal(t, "critical", p["severity"])
	require.Equal(t, "lrtkeeper", p["source"])
	require.Equal(t, "pass_failed", p["class"])
	require.Equal(t, "[CRITICAL] pass_failed firing: block=19000000 consecutive=3", p["summary"])
	require.Equal(t, map[string]any{"alert": "pass_failed", "state": "firing", "block": 19_000_000.0, "consecutive": 3.0}, p["custom_details"])

	require.Equal(t, "liquidatable|m|bob", got[1].body["dedup_key"])

	resolve := got[2].body
	require.Equal(t, map[string]any{"routing_key": "R0UTINGKEY", "event_action": "resolve", "dedup_key": "pass_failed|", "client": "lrtkeeper"}, resolve)
	require.NotContains(t, h.logs.String(), "R0UTINGKEY")
}

func TestWebhookDeduplicates(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, nil)
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.DedupWindow = 400 * time.Millisecond })
	slash := func(bps string) func(*zerolog.Event) *zerolog.Event {
		return func(e *zerolog.Event) *zerolog.Event { return e.Str("asset", "ezETH").Str("slash_bps", bps) }
	}
	for range 3 {
		h.alerts.Event(Slash, Critical, slash("150"))
	}
	h.alerts.Event(Slash, Critical, slash("300")) // other fields: another event
	// The same subject firing again after a Drop, within the window.
	h.alerts.Condition(HealthLow, "m|alice", Warning, true, false, nil)
	h.alerts.Drop(HealthLow, "m|alice")
	h.alerts.Condition(HealthLow, "m|alice", Warning, true, false, nil)
	got := rc.settle(t, 3)
	require.Equal(t, 3, h.metrics.get(WebhookDuplicate))
	require.Contains(t, got[0].body["text"], "slash_bps=150")
	require.Contains(t, got[1].body["text"], "slash_bps=300")
	require.Equal(t, "health_low", got[2].body["alert"].(map[string]any)["kind"])

	// A state change is never a duplicate: a receiver must not show a
	// firing condition as resolved.
	h.alerts.Condition(HealthLow, "m|alice", Warning, false, true, nil)
	h.alerts.Condition(HealthLow, "m|alice", Warning, true, false, nil)
	rc.settle(t, 5)

	// After the window the same event goes out again.
	time.Sleep(450 * time.Millisecond)
	h.alerts.Event(Slash, Critical, slash("150"))
	got = rc.settle(t, 6)
	require.Contains(t, got[5].body["text"], "slash_bps=150")
	require.Equal(t, 3, h.metrics.get(WebhookDuplicate))
}

func TestWebhookRateLimitAggregates(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, nil)
	start := time.Now() // before the worker opens its first window
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.MaxPerMinute = 3 })
	h.hook.mu.Lock()
	h.hook.window = 500 * time.Millisecond // the minute, shortened
	h.hook.mu.Unlock()

	for i := range 8 {
		h.alerts.Event(LiquidationSent, Warning, func(e *zerolog.Event) *zerolog.Event { return e.Int("n", i) })
	}
	h.alerts.Condition(Depeg, "ezETH", Critical, true, false, nil)
	h.alerts.Condition(Depeg, "rsETH", Critical, true, false, nil)
	got := rc.waitFor(t, 3)
	require.Len(t, got, 3, "three sent at once")
	got = rc.settle(t, 4)
	require.GreaterOrEqual(t, got[3].at.Sub(start), 500*time.Millisecond, "the summary waits for the window's end")
	summary := got[3].body
	require.Equal(t, "7 more alerts suppressed by the rate limit (3/min) since "+
		summary["suppressed"].(map[string]any)["since"].(string)[:19]+"Z: depeg=2 liquidation_sent=5", summary["text"])
	s := summary["suppressed"].(map[string]any)
	require.Equal(t, 7.0, s["count"])
	require.Equal(t, map[string]any{"depeg": 2.0, "liquidation_sent": 5.0}, s["kinds"])
	require.Equal(t, "critical", s["severity"])
	require.Equal(t, 7, h.metrics.get(WebhookSuppressed))
	require.Equal(t, 4, h.metrics.get(WebhookSent))
}

func TestWebhookResolveOfSentFiringBypassesRateLimit(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, nil)
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.MaxPerMinute = 1; c.Format, c.RoutingKey = FormatPagerDuty, "k" })
	h.alerts.Condition(Liquidatable, "m|alice", Critical, true, false, nil) // sent
	h.alerts.Condition(Liquidatable, "m|bob", Critical, true, false, nil)   // over the limit
	h.alerts.Condition(Liquidatable, "m|alice", Critical, false, true, nil) // closes a sent incident
	got := rc.settle(t, 2)
	require.Equal(t, "trigger", got[0].body["event_action"])
	require.Equal(t, "resolve", got[1].body["event_action"])
	require.Equal(t, "liquidatable|m|alice", got[1].body["dedup_key"])
	require.Equal(t, 1, h.metrics.get(WebhookSuppressed))
}

func TestWebhookRetriesServerErrorsThenSucceeds(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, func(n int, w http.ResponseWriter, _ *http.Request) {
		if n < 2 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.MinBackoff = 20 * time.Millisecond })
	h.alerts.Event(LiquidationFailed, Critical, func(e *zerolog.Event) *zerolog.Event { return e.Str("reason", "reverted") })
	got := rc.settle(t, 3)
	require.Equal(t, got[0].raw, got[1].raw, "a retry sends the same body")
	require.Equal(t, got[0].raw, got[2].raw)
	require.GreaterOrEqual(t, got[1].at.Sub(got[0].at), 20*time.Millisecond)
	require.GreaterOrEqual(t, got[2].at.Sub(got[1].at), 40*time.Millisecond, "the backoff doubles")
	require.Equal(t, 1, h.metrics.get(WebhookSent))
	require.Equal(t, 0, h.metrics.get(WebhookFailed))
	h.metrics.mu.Lock()
	require.Equal(t, 2, h.metrics.retries)
	h.metrics.mu.Unlock()
}

func TestWebhookRespectsRetryAfter(t *testing.T) {
	t.Parallel()
	rc := newReceiver(t, func(n int, w http.ResponseWriter, _ *http.Request) {
		if n == 0 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) { c.MinBackoff = time.Millisecond })
	h.alerts.Event(Slash, Critical, nil)
	got := rc.settle(t, 2)
	require.GreaterOrEqual(t, got[1].at.Sub(got[0].at), 950*time.Millisecond, "waited the Retry-After, not the 1ms backoff")
	require.Equal(t, 1, h.metrics.get(WebhookSent))
}

func TestParseRetryAfter(t *testing.T) {
	t.Parallel()
	now := time.Date(2026, 3, 10, 12, 0, 0, 0, time.UTC)
	require.Equal(t, 7*time.Second, parseRetryAfter("7", now))
	require.Equal(t, 30*time.Second, parseRetryAfter(now.Add(30*time.Second).Format(http.TimeFormat), now))
	require.Zero(t, parseRetryAfter("", now))
	require.Zero(t, parseRetryAfter("soon", now))
	require.Zero(t, parseRetryAfter("-3", now))
}

func TestWebhookGivesUpWithoutLoggingSecrets(t *testing.T) {
	t.Parallel()
	const secretPath = "/services/T000/B000/HUNTER2"
	t.Run("server errors", func(t *testing.T) {
		t.Parallel()
		rc := newReceiver(t, func(_ int, w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusBadGateway) })
		h := startWebhook(t, rc.srv.URL+secretPath+"?token=SECRETTOKEN", func(c *WebhookConfig) { c.MaxAttempts = 3 })
		h.alerts.Event(Slash, Critical, nil)
		rc.settle(t, 3)
		require.Eventually(t, func() bool { return h.metrics.get(WebhookFailed) == 1 }, 5*time.Second, 5*time.Millisecond)
		logs := h.logs.String()
		require.Contains(t, logs, `"message":"alert webhook delivery failed"`)
		require.Contains(t, logs, `"attempts":3`)
		require.Contains(t, logs, `"status":502`)
		require.Contains(t, logs, `"url":"`+rc.srv.URL+`/<redacted>"`)
		require.NotContains(t, logs, "HUNTER2")
		require.NotContains(t, logs, "SECRETTOKEN")
	})
	t.Run("client error is not retried", func(t *testing.T) {
		t.Parallel()
		rc := newReceiver(t, func(_ int, w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNotFound) })
		h := startWebhook(t, rc.srv.URL+secretPath, nil)
		h.alerts.Event(Slash, Critical, nil)
		rc.settle(t, 1)
		require.Eventually(t, func() bool { return h.metrics.get(WebhookFailed) == 1 }, 5*time.Second, 5*time.Millisecond)
	})
	t.Run("network error", func(t *testing.T) {
		t.Parallel()
		dead := httptest.NewServer(http.NotFoundHandler())
		url := dead.URL + secretPath
		dead.Close() // nothing listens there any more
		h := startWebhook(t, url, func(c *WebhookConfig) { c.MaxAttempts = 2 })
		h.alerts.Event(Slash, Critical, nil)
		require.Eventually(t, func() bool { return h.metrics.get(WebhookFailed) == 1 }, 5*time.Second, 5*time.Millisecond)
		logs := h.logs.String()
		require.Contains(t, logs, "connection refused")
		require.Contains(t, logs, `"attempts":2`)
		require.NotContains(t, logs, "HUNTER2")
		require.NotContains(t, logs, "T000")
	})
}

func TestWebhookHangingReceiverNeverBlocksAlerts(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	rc := newReceiver(t, func(_ int, w http.ResponseWriter, r *http.Request) {
		select { // hangs until the client gives up or the test ends
		case <-r.Context().Done():
		case <-release:
		}
	})
	t.Cleanup(func() { close(release) }) // runs before the server's Close
	const queue = 16
	h := startWebhook(t, rc.srv.URL, func(c *WebhookConfig) {
		c.QueueSize, c.MaxPerMinute, c.Timeout, c.DrainTimeout = queue, 1<<30, time.Minute, 300*time.Millisecond
	})

	const n = 10_000
	var slowest time.Duration
	start := time.Now()
	for i := range n {
		t0 := time.Now()
		h.alerts.Condition(Liquidatable, fmt.Sprintf("m|%d", i), Critical, true, false, func(e *zerolog.Event) *zerolog.Event {
			return e.Int("i", i)
		})
		if i%2 == 0 {
			h.alerts.Event(LiquidationFailed, Critical, func(e *zerolog.Event) *zerolog.Event { return e.Int("i", i) })
		}
		slowest = max(slowest, time.Since(t0))
	}
	elapsed := time.Since(start)
	// One blocked send would take the minute of the timeout.
	require.Less(t, elapsed, 10*time.Second, "15,000 alerts took %s", elapsed)
	require.Less(t, slowest, time.Second)
	total := n + n/2
	dropped := h.metrics.get(WebhookDropped)
	require.GreaterOrEqual(t, dropped, total-queue-1, "all but the queue and the one in flight are dropped")
	require.LessOrEqual(t, dropped, total-queue)
	require.Equal(t, 1, strings.Count(h.logs.String(), "alert webhook queue full"), "one warning per overflow")
	rc.waitFor(t, 1)
	require.Len(t, rc.got(), 1, "the receiver holds the first request")

	// Stopping is bounded by the drain deadline, hanging receiver or not.
	t0 := time.Now()
	h.stop()
	require.Less(t, time.Since(t0), 5*time.Second)
	require.Contains(t, h.logs.String(), "alert webhook stopped with alerts undelivered")
	// Alerts after the stop are ignored, not queued.
	dropped = h.metrics.get(WebhookDropped)
	h.alerts.Event(Slash, Critical, nil)
	require.Equal(t, dropped, h.metrics.get(WebhookDropped))
}

func TestSinkKeepsLogOutputAndCapturesFields(t *testing.T) {
	t.Parallel()
	run := func(a *Alerts) {
		a.Condition(Depeg, "ezETH", Warning, true, false, depegFields(120))
		a.Condition(Depeg, "ezETH", Warning, false, true, depegFields(40))
		a.Event(PassFailed, Critical, func(e *zerolog.Event) *zerolog.Event {
			return e.Err(fmt.Errorf("boom")).Uint64("block", 1<<62).Dur("took", time.Second)
		})
		a.Event(Reorg, Info, nil)
	}
	var plain, hooked bytes.Buffer
	run(New(zerolog.New(&plain).With().Str("service", "x").Logger(), alertCounter{}))
	a := New(zerolog.New(&hooked).With().Str("service", "x").Logger(), alertCounter{})
	var rec recordingSink
	a.AddSink(&rec)
	run(a)
	require.Equal(t, plain.String(), hooked.String(), "a sink does not change the log")

	require.Len(t, rec, 4)
	require.Equal(t, Alert{Kind: Depeg, Key: "ezETH", Severity: Warning, State: StateFiring, Time: rec[0].Time,
		Fields: map[string]any{"asset": "ezETH", "depeg_bps": json.Number("120")}}, rec[0])
	require.Equal(t, StateResolved, rec[1].State)
	require.Equal(t, Warning, rec[1].Severity, "the resolve carries the firing severity")
	require.Equal(t, json.Number("40"), rec[1].Fields["depeg_bps"])
	require.Equal(t, map[string]any{"error": "boom", "block": json.Number("4611686018427387904"), "took": json.Number("1000")}, rec[2].Fields)
	require.Empty(t, rec[2].State)
	require.Nil(t, rec[3].Fields)
	require.False(t, rec[3].Time.IsZero())
}

type recordingSink []Alert

func (r *recordingSink) Deliver(a Alert) { *r = append(*r, a) }

func TestNewWebhookRejectsBadConfig(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		cfg  WebhookConfig
		want string
	}{
		{WebhookConfig{URL: "ftp://h/SECRET"}, "url: must be an http(s) URL"},
		{WebhookConfig{URL: "https://h/x", Format: "teams"}, `format: must be json, slack or pagerduty, got "teams"`},
		{WebhookConfig{URL: "https://h/x", Format: FormatPagerDuty}, "routing_key: required with format pagerduty"},
		{WebhookConfig{URL: "https://h/x", MaxPerMinute: -1}, "max_per_minute"},
	} {
		_, err := NewWebhook(zerolog.Nop(), c.cfg, nil)
		require.ErrorIs(t, err, ErrWebhookConfig)
		require.ErrorContains(t, err, c.want)
		require.NotContains(t, err.Error(), "SECRET")
	}
	for _, s := range []string{"info", "warning", "critical"} {
		sev, err := ParseSeverity(s)
		require.NoError(t, err)
		require.Equal(t, s, sev.String())
	}
	_, err := ParseSeverity("warn")
	require.Error(t, err)
}
