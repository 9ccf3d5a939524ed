package alerts

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

// maxText bounds the one-line text of a message (PagerDuty's summary allows
// 1024 characters).
const maxText = 1000

// payload encodes m in the configured format.
func (w *Webhook) payload(m message) ([]byte, error) {
	switch w.cfg.Format {
	case FormatSlack:
		return json.Marshal(w.slackMessage(m))
	case FormatPagerDuty:
		return json.Marshal(w.pagerDutyEvent(m))
	}
	return json.Marshal(w.jsonMessage(m))
}

// jsonAlert is the "alert" object of FormatJSON.
type jsonAlert struct {
	Kind     string         `json:"kind"`
	Key      string         `json:"key,omitempty"`
	Severity string         `json:"severity"`
	State    string         `json:"state,omitempty"`
	Time     time.Time      `json:"time"`
	Fields   map[string]any `json:"fields,omitempty"`
}

// jsonSuppressed is the "suppressed" object of a FormatJSON summary.
type jsonSuppressed struct {
	Count    int            `json:"count"`
	Kinds    map[string]int `json:"kinds"`
	Severity string         `json:"severity"`
	Since    time.Time      `json:"since"`
}

type jsonMessage struct {
	Text       string          `json:"text"`
	Source     string          `json:"source"`
	Alert      *jsonAlert      `json:"alert,omitempty"`
	Suppressed *jsonSuppressed `json:"suppressed,omitempty"`
}

func (w *Webhook) jsonMessage(m message) jsonMessage {
	out := jsonMessage{Text: w.text(m), Source: w.cfg.Source}
	if s := m.summary; s != nil {
		out.Suppressed = &jsonSuppressed{Count: s.count, Kinds: s.kinds, Severity: s.severity.String(), Since: s.since.UTC()}
		return out
	}
	a := m.alert
	out.Alert = &jsonAlert{Kind: a.Kind, Key: a.Key, Severity: a.Severity.String(), State: a.State, Time: a.Time.UTC(), Fields: a.Fields}
	return out
}

// Slack incoming-webhook message with one legacy attachment: still the
// simplest way to show key/value fields with a colour bar.
type slackMessage struct {
	Text        string            `json:"text"`
	Attachments []slackAttachment `json:"attachments"`
}

type slackAttachment struct {
	Fallback string       `json:"fallback"`
	Color    string       `json:"color"`
	Fields   []slackField `json:"fields"`
	Footer   string       `json:"footer"`
	TS       int64        `json:"ts"`
}

type slackField struct {
	Title string `json:"title"`
	Value string `json:"value"`
	Short bool   `json:"short"`
}

func (w *Webhook) slackMessage(m message) slackMessage {
	text := w.text(m)
	att := slackAttachment{Fallback: text, Footer: w.cfg.Source}
	if s := m.summary; s != nil {
		att.Color = slackColor(s.severity, "")
		att.TS = s.since.Unix()
		att.Fields = append(att.Fields, slackField{Title: "suppressed", Value: fmt.Sprint(s.count), Short: true})
		for _, k := range slices.Sorted(maps.Keys(s.kinds)) {
			att.Fields = append(att.Fields, slackField{Title: k, Value: fmt.Sprint(s.kinds[k]), Short: true})
		}
		return slackMessage{Text: text, Attachments: []slackAttachment{att}}
	}
	a := m.alert
	att.Color = slackColor(a.Severity, a.State)
	att.TS = a.Time.Unix()
	att.Fields = append(att.Fields, slackField{Title: "alert", Value: a.Kind, Short: true},
		slackField{Title: "severity", Value: a.Severity.String(), Short: true})
	if a.State != "" {
		att.Fields = append(att.Fields, slackField{Title: "state", Value: a.State, Short: true})
	}
	for _, k := range slices.Sorted(maps.Keys(a.Fields)) {
		att.Fields = append(att.Fields, slackField{Title: k, Value: valueText(a.Fields[k]), Short: true})
	}
	return slackMessage{Text: text, Attachments: []slackAttachment{att}}
}

func slackColor(s Severity, state string) string {
	switch {
	case state == StateResolved:
		return "good"
	case s == Critical:
		return "danger"
	case s == Warning:
		return "warning"
	}
	return "#439FE0"
}

// PagerDuty Events API v2 event.
type pagerDutyEvent struct {
	RoutingKey  string            `json:"routing_key"`
	EventAction string            `json:"event_action"`
	DedupKey    string            `json:"dedup_key,omitempty"`
	Client      string            `json:"client,omitempty"`
	Payload     *pagerDutyPayload `json:"payload,omitempty"`
}

type pagerDutyPayload struct {
	Summary       string         `json:"summary"`
	Severity      string         `json:"severity"`
	Source        string         `json:"source"`
	Timestamp     string         `json:"timestamp,omitempty"`
	Class         string         `json:"class,omitempty"`
	CustomDetails map[string]any `json:"custom_details,omitempty"`
}

// pagerDutyEvent maps m to an event: a condition triggers and resolves
// under dedup_key kind|key; a one-off event triggers without a dedup_key
// (PagerDuty assigns one); a summary triggers under one fixed key, so
// summaries collect in a single incident.
func (w *Webhook) pagerDutyEvent(m message) pagerDutyEvent {
	ev := pagerDutyEvent{RoutingKey: w.cfg.RoutingKey, EventAction: "trigger", Client: w.cfg.Source}
	if s := m.summary; s != nil {
		ev.DedupKey = w.cfg.Source + "|alerts_suppressed"
		ev.Payload = &pagerDutyPayload{
			Summary: w.text(m), Severity: s.severity.String(), Source: w.cfg.Source,
			Timestamp: s.since.UTC().Format(time.RFC3339Nano), Class: "alerts_suppressed",
			CustomDetails: map[string]any{"suppressed": s.count, "kinds": s.kinds},
		}
		return ev
	}
	a := m.alert
	if a.State != "" {
		ev.DedupKey = dedupKey(a.Kind, a.Key)
	}
	if a.State == StateResolved {
		ev.EventAction = "resolve" // routing_key and dedup_key are all a resolve needs
		return ev
	}
	details := make(map[string]any, len(a.Fields)+3)
	maps.Copy(details, a.Fields)
	details["alert"] = a.Kind
	if a.Key != "" {
		details["key"] = a.Key
	}
	if a.State != "" {
		details["state"] = a.State
	}
	ev.Payload = &pagerDutyPayload{
		Summary: w.text(m), Severity: a.Severity.String(), Source: w.cfg.Source,
		Timestamp: a.Time.UTC().Format(time.RFC3339Nano), Class: a.Kind, CustomDetails: details,
	}
	return ev
}

// dedupKey is kind|key, hashed when longer than PagerDuty's 255 characters.
func dedupKey(kind, key string) string {
	k := kind + "|" + key
	if len(k) <= 255 {
		return k
	}
	sum := sha256.Sum256([]byte(key))
	return kind + "|" + hex.EncodeToString(sum[:])
}

// text is the one-line message: "[CRITICAL] liquidatable firing
// (m|alice): borrower=0x… health=0.98", the fields sorted by name.
func (w *Webhook) text(m message) string {
	var b strings.Builder
	if s := m.summary; s != nil {
		fmt.Fprintf(&b, "%d more alerts suppressed by the rate limit (%d/min) since %s:", s.count, w.cfg.MaxPerMinute,
			s.since.UTC().Format(time.RFC3339))
		for _, k := range slices.Sorted(maps.Keys(s.kinds)) {
			fmt.Fprintf(&b, " %s=%d", k, s.kinds[k])
		}
		return truncate(b.String())
	}
	a := m.alert
	label := strings.ToUpper(a.Severity.String())
	if a.State == StateResolved {
		label = "RESOLVED"
	}
	fmt.Fprintf(&b, "[%s] %s", label, a.Kind)
	if a.State != "" {
		b.WriteString(" " + a.State)
	}
	if a.Key != "" {
		b.WriteString(" (" + a.Key + ")")
	}
	for i, k := range slices.Sorted(maps.Keys(a.Fields)) {
		sep := " "
		if i == 0 {
			sep = ": "
		}
		b.WriteString(sep + k + "=" + valueText(a.Fields[k]))
	}
	return truncate(b.String())
}

// valueText formats one decoded field value.
func valueText(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	case nil:
		return "null"
	case bool, float64, int, int64, uint64:
		return fmt.Sprint(x)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

func truncate(s string) string {
	if len(s) <= maxText {
		return s
	}
	cut := maxText - len("…")
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 { // not inside a UTF-8 sequence
		cut--
	}
	return s[:cut] + "…"
}
