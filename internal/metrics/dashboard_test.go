package metrics_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	dto "github.com/prometheus/client_model/go"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

const dashboardPath = "../../deploy/grafana/lrtkeeper.json"

// family is one registered metric family: its type and label names.
type family struct {
	typ    dto.MetricType
	labels map[string]bool
}

// daemonFamilies builds the registries the daemon registers (as run.go
// does), touches every vector once so that it shows in Gather, and returns
// the families by name.
func daemonFamilies(t *testing.T) map[string]family {
	t.Helper()
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))

	m := metrics.New(reg, "test")
	one := big.NewInt(1e18)
	m.BlockProcessed(1, 2, time.Millisecond)
	m.TargetsFound(time.Millisecond)
	m.Reorg(1)
	m.BackfillProgress(1, 2, 3)
	m.PassFailed()
	m.MarketPositions("m", 3, 2, 1)
	m.AssetPrices("ezETH", one, one, one)
	m.RiskScore("ezETH", 10)
	m.StressBadDebt("m", "depeg_10", one, 18)
	m.StressAtRisk("m", "depeg_10", 1, one, 18)
	m.AssetPriceTimes("ezETH", 1, 1)
	m.HeadSeen(2)
	m.BookPositions("morpho_blue", 3)
	m.Alert(alerts.Depeg, alerts.StateFiring)
	m.LiquidationAttempt("mined")
	m.LiquidationProfit("morpho_blue", "m", 1)
	m.DeleverageAttempt("morpho_blue", "mined")
	m.SnapshotPublished(true, time.Millisecond)
	m.WalletBalance(one)
	m.WalletTokenBalance("WETH", one, 18)

	tm := txmgr.NewMetrics(reg)
	tm.TxPublished("liquidation", "ok")
	tm.TxConfirmed("liquidation", 1, 21000, time.Second)
	tm.TxBumped("liquidation")
	tm.TxNotSent("liquidation", "simulation_reverted")
	tm.TxCancelled("liquidation")
	tm.TxInFlight(1)

	rpc := chain.NewRPCMetrics(reg)
	rpc.RPCEndpoint("0", "https://rpc.example/<redacted>")
	rpc.RPCRequest("0", "timeout", time.Millisecond)
	rpc.RPCHealth("0", true, 0)

	wh := alerts.NewWebhookMetrics(reg)
	wh.WebhookMessage(alerts.WebhookSent)
	wh.WebhookRetry()
	wh.WebhookQueue(1)

	mfs, err := reg.Gather()
	require.NoError(t, err)
	out := make(map[string]family, len(mfs))
	for _, mf := range mfs {
		f := family{typ: mf.GetType(), labels: map[string]bool{}}
		for _, metric := range mf.GetMetric() {
			for _, l := range metric.GetLabel() {
				f.labels[l.GetName()] = true
			}
		}
		out[mf.GetName()] = f
	}
	return out
}

// scrapeLabels are added by Prometheus to every series it scrapes.
var scrapeLabels = map[string]bool{"instance": true, "job": true}

var (
	stringRE   = regexp.MustCompile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")
	grafanaRE  = regexp.MustCompile(`\$\{?[A-Za-z0-9_]+(?::[a-z]+)?\}?`)
	rangeRE    = regexp.MustCompile(`\[[^\]]*\]`)
	selectorRE = regexp.MustCompile(`([A-Za-z_:][A-Za-z0-9_:]*)?\s*\{([^}]*)\}`)
	groupingRE = regexp.MustCompile(`(?i)\b(by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)`)
	tokenRE    = regexp.MustCompile(`[A-Za-z_:][A-Za-z0-9_:]*|[0-9][0-9A-Za-z_.]*`)
	matcherRE  = regexp.MustCompile(`^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)`)
	labelValRE = regexp.MustCompile(`^\s*label_values\(\s*(?:(.+),)?\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$`)
)

// promqlKeywords are the bare words of PromQL that are not metric names.
var promqlKeywords = map[string]bool{
	"and": true, "or": true, "unless": true, "bool": true, "offset": true, "by": true, "without": true,
	"on": true, "ignoring": true, "group_left": true, "group_right": true, "inf": true, "nan": true, "atan2": true,
}

// selector is a metric name with the label names its matchers use.
type selector struct {
	name   string
	labels []string
}

// parsePromQL returns the metric selectors of expr and the label names of
// its grouping clauses (by, without, on, ignoring, group_left/right). It
// knows enough PromQL for dashboards: strings, Grafana variables, ranges,
// matchers, function calls and keywords are not metric names.
func parsePromQL(expr string) (sels []selector, grouping []string) {
	s := stringRE.ReplaceAllString(expr, `""`)
	s = grafanaRE.ReplaceAllString(s, "")
	s = rangeRE.ReplaceAllString(s, "")
	s = groupingRE.ReplaceAllStringFunc(s, func(g string) string {
		inner := groupingRE.FindStringSubmatch(g)[2]
		for _, l := range strings.Split(inner, ",") {
			if l = strings.TrimSpace(l); l != "" {
				grouping = append(grouping, l)
			}
		}
		return " "
	})
	s = selectorRE.ReplaceAllStringFunc(s, func(m string) string {
		sm := selectorRE.FindStringSubmatch(m)
		sel := selector{name: sm[1]}
		for _, part := range strings.Split(sm[2], ",") {
			if mm := matcherRE.FindStringSubmatch(part); mm != nil {
				sel.labels = append(sel.labels, mm[1])
			}
		}
		sels = append(sels, sel)
		return " "
	})
	for _, loc := range tokenRE.FindAllStringIndex(s, -1) {
		tok := s[loc[0]:loc[1]]
		if tok[0] >= '0' && tok[0] <= '9' || promqlKeywords[strings.ToLower(tok)] {
			continue
		}
		if rest := strings.TrimLeft(s[loc[1]:], " \t\n"); strings.HasPrefix(rest, "(") {
			continue // a function or aggregation
		}
		sels = append(sels, selector{name: tok})
	}
	return sels, grouping
}

// checkExpr returns the problems of one PromQL expression: a metric the
// daemon does not register, a histogram named without its suffix, a label
// its metric does not have.
func checkExpr(expr string, fams map[string]family) []error {
	sels, grouping := parsePromQL(expr)
	var errs []error
	known := map[string]bool{"le": true}
	resolved := 0
	for _, sel := range sels {
		if sel.name == "" {
			errs = append(errs, fmt.Errorf("%q: a selector without a metric name", expr))
			continue
		}
		labels, err := seriesLabels(sel.name, fams)
		if err != nil {
			errs = append(errs, fmt.Errorf("%q: %w", expr, err))
			continue
		}
		resolved++
		for l := range labels {
			known[l] = true
		}
		for _, l := range sel.labels {
			if !labels[l] && !scrapeLabels[l] {
				errs = append(errs, fmt.Errorf("%q: %s has no label %q", expr, sel.name, l))
			}
		}
	}
	if len(sels) == 0 {
		errs = append(errs, fmt.Errorf("%q: names no metric", expr))
	}
	if resolved > 0 {
		for _, l := range grouping {
			if !known[l] && !scrapeLabels[l] {
				errs = append(errs, fmt.Errorf("%q: no metric of the expression has label %q", expr, l))
			}
		}
	}
	return errs
}

// seriesLabels resolves a series name to its family (histograms and
// summaries expose _bucket, _sum and _count) and returns its labels.
func seriesLabels(name string, fams map[string]family) (map[string]bool, error) {
	if f, ok := fams[name]; ok {
		switch f.typ {
		case dto.MetricType_HISTOGRAM:
			return nil, fmt.Errorf("%s is a histogram: query %s_bucket, _sum or _count", name, name)
		case dto.MetricType_SUMMARY:
			return with(f.labels, "quantile"), nil
		}
		return f.labels, nil
	}
	for _, suffix := range []string{"_bucket", "_sum", "_count"} {
		base, ok := strings.CutSuffix(name, suffix)
		if !ok {
			continue
		}
		f, ok := fams[base]
		if !ok {
			break
		}
		switch {
		case f.typ == dto.MetricType_HISTOGRAM && suffix == "_bucket":
			return with(f.labels, "le"), nil
		case f.typ == dto.MetricType_HISTOGRAM, f.typ == dto.MetricType_SUMMARY && suffix != "_bucket":
			return f.labels, nil
		}
		return nil, fmt.Errorf("%s: %s is a %s, it has no %s series", name, base, f.typ, suffix)
	}
	return nil, fmt.Errorf("unknown metric %s: the daemon registers no such series", name)
}

func with(labels map[string]bool, extra string) map[string]bool {
	out := map[string]bool{extra: true}
	for l := range labels {
		out[l] = true
	}
	return out
}

// dashboardQueries walks the dashboard JSON and returns every target
// expression and templating query, with where it was found.
func dashboardQueries(t *testing.T, dash map[string]any) (exprs, varQueries map[string]string) {
	t.Helper()
	exprs, varQueries = map[string]string{}, map[string]string{}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, child := range x {
				if k == "expr" {
					s, ok := child.(string)
					require.True(t, ok, "%s.expr is not a string", path)
					exprs[path] = s
					continue
				}
				walk(path+"."+k, child)
			}
		case []any:
			for i, child := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), child)
			}
		}
	}
	walk("panels", dash["panels"])
	templating, _ := dash["templating"].(map[string]any)
	list, _ := templating["list"].([]any)
	for i, v := range list {
		tv, ok := v.(map[string]any)
		require.True(t, ok)
		if tv["type"] != "query" {
			continue
		}
		q := tv["query"]
		if obj, ok := q.(map[string]any); ok {
			q = obj["query"]
		}
		s, ok := q.(string)
		require.True(t, ok, "templating[%d].query", i)
		varQueries[fmt.Sprintf("templating[%d] %v", i, tv["name"])] = s
	}
	return exprs, varQueries
}

// checkVarQuery checks a templating query: label_values(metric, label) or
// a PromQL expression.
func checkVarQuery(q string, fams map[string]family) []error {
	m := labelValRE.FindStringSubmatch(q)
	if m == nil {
		return checkExpr(q, fams)
	}
	if m[1] == "" {
		return nil // label_values(label) over every series
	}
	errs := checkExpr(m[1], fams)
	if len(errs) > 0 {
		return errs
	}
	sels, _ := parsePromQL(m[1])
	labels, _ := seriesLabels(sels[0].name, fams)
	if !labels[m[2]] && !scrapeLabels[m[2]] {
		errs = append(errs, fmt.Errorf("%q: %s has no label %q", q, sels[0].name, m[2]))
	}
	return errs
}

// TestDashboardQueriesUseRegisteredMetrics: every query of the shipped
// Grafana dashboard names metrics (and labels) the daemon registers.
func TestDashboardQueriesUseRegisteredMetrics(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(dashboardPath)
	require.NoError(t, err)
	var dash map[string]any
	require.NoError(t, json.Unmarshal(raw, &dash))
	require.Equal(t, "lrtkeeper", dash["uid"])
	fams := daemonFamilies(t)

	exprs, varQueries := dashboardQueries(t, dash)
	require.GreaterOrEqual(t, len(exprs), 30, "the dashboard's targets were not found")
	require.NotEmpty(t, varQueries)
	var errs []error
	used := map[string]bool{}
	for where, expr := range exprs {
		for _, err := range checkExpr(expr, fams) {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
		}
		sels, _ := parsePromQL(expr)
		for _, s := range sels {
			used[s.name] = true
		}
	}
	for where, q := range varQueries {
		for _, err := range checkVarQuery(q, fams) {
			errs = append(errs, fmt.Errorf("%s: %w", where, err))
		}
	}
	require.NoError(t, errors.Join(errs...))

	// The panels the operators asked for are there.
	for _, name := range []string{
		"lrtkeeper_head_timestamp_seconds", "lrtkeeper_pass_duration_seconds_bucket", "lrtkeeper_market_positions",
		"lrtkeeper_asset_depeg_bps", "lrtkeeper_asset_market_price_eth", "lrtkeeper_asset_fair_value_eth",
		"lrtkeeper_market_stress_bad_debt", "lrtkeeper_alerts_total", "lrtkeeper_liquidation_attempts_total",
		"lrtkeeper_liquidation_expected_profit_wei_total", "lrtkeeper_tx_published_total",
		"lrtkeeper_rpc_requests_total", "lrtkeeper_rpc_errors_total", "lrtkeeper_rpc_request_duration_seconds_bucket",
		"lrtkeeper_rpc_endpoint_healthy", "lrtkeeper_redis_publish_seconds_bucket", "lrtkeeper_wallet_balance_eth",
		"lrtkeeper_alert_webhook_messages_total",
		// Issue 9's remaining metrics.
		"lrtkeeper_head_lag_blocks", "lrtkeeper_head_age_seconds", "lrtkeeper_asset_fair_value_age_seconds",
		"lrtkeeper_asset_market_price_age_seconds", "lrtkeeper_market_stress_liquidatable_positions",
		"lrtkeeper_market_stress_collateral_at_risk", "lrtkeeper_deleverage_attempts_total",
		"lrtkeeper_wallet_token_balance", "lrtkeeper_book_positions", "lrtkeeper_backfill_blocks_done",
	} {
		require.True(t, used[name], "no panel queries %s", name)
		_, err := seriesLabels(name, fams)
		require.NoError(t, err, "the daemon's output lacks %s", name)
	}
}

// TestDashboardPanelsAreWellFormed: unique ids, every target on the
// templated data source with a refId, no overlapping placement.
func TestDashboardPanelsAreWellFormed(t *testing.T) {
	t.Parallel()
	raw, err := os.ReadFile(dashboardPath)
	require.NoError(t, err)
	var dash struct {
		Panels []struct {
			ID      int    `json:"id"`
			Type    string `json:"type"`
			Title   string `json:"title"`
			GridPos struct{ H, W, X, Y int }
			Targets []struct {
				RefID      string `json:"refId"`
				Expr       string `json:"expr"`
				Datasource struct {
					UID string `json:"uid"`
				} `json:"datasource"`
			} `json:"targets"`
		} `json:"panels"`
	}
	require.NoError(t, json.Unmarshal(raw, &dash))
	ids := map[int]bool{}
	cells := map[[2]int]string{}
	for _, p := range dash.Panels {
		require.NotEmpty(t, p.Title)
		require.False(t, ids[p.ID], "duplicate panel id %d", p.ID)
		ids[p.ID] = true
		require.LessOrEqual(t, p.GridPos.X+p.GridPos.W, 24, p.Title)
		for x := p.GridPos.X; x < p.GridPos.X+p.GridPos.W; x++ {
			for y := p.GridPos.Y; y < p.GridPos.Y+p.GridPos.H; y++ {
				prev, taken := cells[[2]int{x, y}]
				require.False(t, taken, "%q overlaps %q", p.Title, prev)
				cells[[2]int{x, y}] = p.Title
			}
		}
		if p.Type == "row" {
			continue
		}
		require.NotEmpty(t, p.Targets, p.Title)
		var refs []string
		for _, tg := range p.Targets {
			require.NotEmpty(t, tg.Expr, p.Title)
			require.Equal(t, "${datasource}", tg.Datasource.UID, p.Title)
			require.False(t, slices.Contains(refs, tg.RefID), "%s: duplicate refId %s", p.Title, tg.RefID)
			refs = append(refs, tg.RefID)
		}
	}
}

// TestDashboardCheckerRejectsUnknownMetrics: the checker itself fails a
// query naming a metric the daemon does not have, and only such queries.
func TestDashboardCheckerRejectsUnknownMetrics(t *testing.T) {
	t.Parallel()
	fams := daemonFamilies(t)
	for _, c := range []struct {
		expr string
		want string // "" means valid
	}{
		{`sum by (alert, state) (increase(lrtkeeper_alerts_total{instance=~"$instance"}[$__rate_interval]))`, ""},
		{`histogram_quantile(0.95, sum by (le, endpoint) (rate(lrtkeeper_rpc_request_duration_seconds_bucket[5m])))`, ""},
		{`time() - max(lrtkeeper_head_timestamp_seconds) > 120 and on(instance) lrtkeeper_up == 1`, ""},
		{`rate(lrtkeeper_pass_duration_seconds_sum[5m]) / rate(lrtkeeper_pass_duration_seconds_count[5m])`, ""},
		{`lrtkeeper_market_positions{state="at_risk", market=~"ezETH.*"} offset 1h`, ""},
		{`rate(go_gc_duration_seconds_count[5m]) + on() group_left() go_gc_duration_seconds{quantile="0.5"}`, ""},
		{`rate(lrtkeeper_liquidations_total[5m])`, "unknown metric lrtkeeper_liquidations_total"},
		{`sum(lrtkeeper_head_lag_seconds{instance="a"})`, "unknown metric lrtkeeper_head_lag_seconds"},
		{`rate(lrtkeeper_alerts_total[5m]) / rate(lrtkeeper_alert_total[5m])`, "unknown metric lrtkeeper_alert_total"},
		{`histogram_quantile(0.9, rate(lrtkeeper_pass_duration_seconds[5m]))`, "is a histogram"},
		{`lrtkeeper_up_bucket`, "it has no _bucket series"},
		{`lrtkeeper_pass_failures_total_count`, "it has no _count series"},
		{`lrtkeeper_market_positions{asset="ezETH"}`, `has no label "asset"`},
		{`sum by (asset) (lrtkeeper_market_positions)`, `no metric of the expression has label "asset"`},
		{`vector(1)`, "names no metric"},
	} {
		errs := checkExpr(c.expr, fams)
		if c.want == "" {
			require.Empty(t, errs, c.expr)
			continue
		}
		require.ErrorContains(t, errors.Join(errs...), c.want, c.expr)
	}
	require.Empty(t, checkVarQuery("label_values(lrtkeeper_up, instance)", fams))
	require.NotEmpty(t, checkVarQuery("label_values(lrtkeeper_upp, instance)", fams))
	require.NotEmpty(t, checkVarQuery("label_values(lrtkeeper_market_positions, asset)", fams))
}
