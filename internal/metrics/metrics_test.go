package metrics

import (
	"context"
	"io"
	"math/big"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	req, err := http.NewRequestWithContext(context.Background(), http.MethodGet, url, nil)
	require.NoError(t, err)
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, string(body)
}

func TestServerServesMetricsAndProbes(t *testing.T) {
	t.Parallel()
	reg := prometheus.NewRegistry()
	m := New(reg, "v-test")
	m.BlockProcessed(42, 1_700_000_000, 15*time.Millisecond)
	m.MarketPositions("ezETH/WETH 94.5%", 7, 2, 1)
	m.AssetPrices("ezETH", big.NewInt(102e16), big.NewInt(94e16), big.NewInt(78431372549019607))
	m.Alert("depeg", "firing")
	m.LiquidationAttempt("mined")
	m.SnapshotPublished(false, time.Millisecond)

	probe := NewProbe()
	srv, err := Listen(zerolog.Nop(), "127.0.0.1:0", reg, probe)
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx) }()
	base := "http://" + srv.Addr()

	code, body := get(t, base+"/readyz")
	require.Equal(t, http.StatusServiceUnavailable, code)
	require.Contains(t, body, "starting")
	probe.Ready()
	code, _ = get(t, base+"/readyz")
	require.Equal(t, http.StatusOK, code)
	code, _ = get(t, base+"/healthz")
	require.Equal(t, http.StatusOK, code)

	code, body = get(t, base+"/metrics")
	require.Equal(t, http.StatusOK, code)
	for _, want := range []string{
		`lrtkeeper_info{version="v-test"} 1`,
		`lrtkeeper_up 1`,
		`lrtkeeper_head_number 42`,
		`lrtkeeper_market_positions{market="ezETH/WETH 94.5%",state="liquidatable"} 1`,
		`lrtkeeper_asset_market_price_eth{asset="ezETH"} 0.94`,
		`lrtkeeper_alerts_total{alert="depeg",state="firing"} 1`,
		`lrtkeeper_liquidation_attempts_total{outcome="mined"} 1`,
		`lrtkeeper_redis_publishes_total{result="error"} 1`,
	} {
		require.True(t, strings.Contains(body, want), "missing %s", want)
	}
	cancel()
	require.NoError(t, <-done)

}

func TestListenOnTakenPortFailsAtStart(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	_, err = Listen(zerolog.Nop(), ln.Addr().String(), prometheus.NewRegistry(), NewProbe())
	require.ErrorContains(t, err, "metrics listener on "+ln.Addr().String())
}

// series are the gauge and counter values of reg by series:
// name{label="value",...}.
func series(t *testing.T, reg prometheus.Gatherer) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	require.NoError(t, err)
	out := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName()+"="+strconv.Quote(l.GetValue()))
			}
			key := mf.GetName()
			if len(labels) > 0 {
				key += "{" + strings.Join(labels, ",") + "}"
			}
			switch {
			case m.GetGauge() != nil:
				out[key] = m.GetGauge().GetValue()
			case m.GetCounter() != nil:
				out[key] = m.GetCounter().GetValue()
			}
		}
	}
	return out
}

// clock is a settable clock for WithClock.
type clock struct{ at atomic.Int64 } // unix ms

func (c *clock) now() time.Time   { return time.UnixMilli(c.at.Load()) }
func (c *clock) set(unix float64) { c.at.Store(int64(unix * 1000)) }

// TestHeadLagAndAge: the lag is the newest head seen minus the last
// processed block, never negative, zero before a block is processed; the
// age is measured at the scrape from the processed block's timestamp, or
// from start before the first.
func TestHeadLagAndAge(t *testing.T) {
	t.Parallel()
	type step struct {
		seen      uint64 // HeadSeen, when nonzero
		processed uint64 // BlockProcessed (block, time 1000+block), when nonzero
		now       float64
	}
	for _, tc := range []struct {
		name     string
		steps    []step
		lag, age float64
	}{
		{name: "nothing yet: age since start", steps: []step{{now: 130}}, lag: 0, age: 30},
		{name: "a head seen, none processed", steps: []step{{seen: 10, now: 105}}, lag: 0, age: 5},
		{name: "at the head", steps: []step{{seen: 10, processed: 10, now: 1013}}, lag: 0, age: 3},
		{name: "behind the head", steps: []step{{seen: 10, processed: 7}, {seen: 12, now: 1020}}, lag: 5, age: 13},
		{name: "an older head is ignored", steps: []step{{seen: 12, processed: 9}, {seen: 11, now: 1009}}, lag: 3, age: 0},
		{name: "processed past the head seen", steps: []step{{seen: 5, processed: 8, now: 1010}}, lag: 0, age: 2},
		{name: "a block from the future", steps: []step{{seen: 8, processed: 8, now: 1000}}, lag: 0, age: 0},
		{name: "the chain stalls", steps: []step{{seen: 8, processed: 8, now: 1010}, {now: 1310}}, lag: 0, age: 302},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var c clock
			c.set(100)
			reg := prometheus.NewRegistry()
			m := New(reg, "test", WithClock(c.now))
			for _, s := range tc.steps {
				if s.seen != 0 {
					m.HeadSeen(s.seen)
				}
				if s.processed != 0 {
					m.BlockProcessed(s.processed, 1000+s.processed, time.Millisecond)
				}
				if s.now != 0 {
					c.set(s.now)
				}
			}
			got := series(t, reg)
			require.InDelta(t, tc.lag, got["lrtkeeper_head_lag_blocks"], 0)
			require.InDelta(t, tc.age, got["lrtkeeper_head_age_seconds"], 1e-9)
		})
	}
}

// TestAssetPriceAges: an age counts from the last known update time to
// the scrape; an unknown time keeps the last one; a source that never
// reports one has no series; an update in the future is age zero.
func TestAssetPriceAges(t *testing.T) {
	t.Parallel()
	type update struct{ fair, market uint64 }
	for _, tc := range []struct {
		name         string
		updates      []update
		now          float64
		fair, market float64 // -1: no series
	}{
		{name: "both known", updates: []update{{fair: 900, market: 950}}, now: 1000, fair: 100, market: 50},
		{name: "sub-second scrape", updates: []update{{fair: 900, market: 950}}, now: 1000.5, fair: 100.5, market: 50.5},
		{name: "a failed read keeps the last time", updates: []update{{fair: 900, market: 950}, {fair: 990}}, now: 1000, fair: 10, market: 50},
		{name: "never reported", updates: []update{{fair: 900}}, now: 1000, fair: 100, market: -1},
		{name: "updated after the scrape clock", updates: []update{{fair: 1005, market: 1000}}, now: 1000, fair: 0, market: 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var c clock
			reg := prometheus.NewRegistry()
			m := New(reg, "test", WithClock(c.now))
			for _, u := range tc.updates {
				m.AssetPriceTimes("ezETH", u.fair, u.market)
			}
			c.set(tc.now)
			got := series(t, reg)
			for name, want := range map[string]float64{
				`lrtkeeper_asset_fair_value_age_seconds{asset="ezETH"}`:   tc.fair,
				`lrtkeeper_asset_market_price_age_seconds{asset="ezETH"}`: tc.market,
			} {
				v, ok := got[name]
				if want < 0 {
					require.False(t, ok, name)
					continue
				}
				require.True(t, ok, name)
				require.InDelta(t, want, v, 1e-9, name)
			}
		})
	}
}

// TestTokenFloat: raw units to whole tokens by decimals.
func TestTokenFloat(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		units    string
		decimals uint8
		want     float64
	}{
		{"1500000000000000000", 18, 1.5},
		{"2500000", 6, 2.5},
		{"7", 0, 7},
		{"0", 18, 0},
		{"-250000000", 8, -2.5},
		{"123456789012345678901234567890", 18, 123456789012.34568},
	} {
		u, ok := new(big.Int).SetString(tc.units, 10)
		require.True(t, ok)
		require.InEpsilon(t, tc.want+1, tokenFloat(u, tc.decimals)+1, 1e-12, "%s/1e%d", tc.units, tc.decimals)
	}
	require.Zero(t, tokenFloat(nil, 18))
}

// TestLabelledMetrics: each recorder sets the series of its labels, in
// display units.
func TestLabelledMetrics(t *testing.T) {
	t.Parallel()
	tokens := func(s string) *big.Int {
		v, ok := new(big.Int).SetString(s, 10)
		require.True(t, ok)
		return v
	}
	for _, tc := range []struct {
		name   string
		record func(m *Metrics)
		want   map[string]float64
	}{
		{name: "stress at risk", record: func(m *Metrics) {
			m.StressAtRisk("ezETH/WETH 94.5%", "depeg_10", 3, tokens("42500000000000000000"), 18)
			m.StressAtRisk("ezETH/WETH 94.5%", "depeg_10", 4, tokens("50000000000000000000"), 18) // the next block
			m.StressAtRisk("cbBTC/USDC", "slash_2", 1, tokens("150000000"), 8)
		}, want: map[string]float64{
			`lrtkeeper_market_stress_liquidatable_positions{market="ezETH/WETH 94.5%",shock="depeg_10"}`: 4,
			`lrtkeeper_market_stress_collateral_at_risk{market="ezETH/WETH 94.5%",shock="depeg_10"}`:     50,
			`lrtkeeper_market_stress_liquidatable_positions{market="cbBTC/USDC",shock="slash_2"}`:        1,
			`lrtkeeper_market_stress_collateral_at_risk{market="cbBTC/USDC",shock="slash_2"}`:            1.5,
		}},
		{name: "stress bad debt in loan tokens", record: func(m *Metrics) {
			m.StressBadDebt("ezETH/WETH 94.5%", "depeg_10", tokens("2500000000000000000"), 18)
			m.StressBadDebt("wstETH/USDC 86%", "depeg_10", tokens("2500000000"), 6) // 2,500 USDC, not 2.5e-9
		}, want: map[string]float64{
			`lrtkeeper_market_stress_bad_debt{market="ezETH/WETH 94.5%",shock="depeg_10"}`: 2.5,
			`lrtkeeper_market_stress_bad_debt{market="wstETH/USDC 86%",shock="depeg_10"}`:  2500,
		}},
		{name: "liquidation profit by protocol and market", record: func(m *Metrics) {
			m.LiquidationProfit("morpho_blue", "ezETH/WETH", 2e16)
			m.LiquidationProfit("morpho_blue", "ezETH/WETH", 1e16)
			m.LiquidationProfit("aave_v3", "ezETH/WETH e-mode", 5e15)
			m.LiquidationProfit("aave_v3", "ezETH/WETH e-mode", -1) // a loss is not profit
		}, want: map[string]float64{
			`lrtkeeper_liquidation_expected_profit_wei_total{market="ezETH/WETH",protocol="morpho_blue"}`:    3e16,
			`lrtkeeper_liquidation_expected_profit_wei_total{market="ezETH/WETH e-mode",protocol="aave_v3"}`: 5e15,
		}},
		{name: "deleverage outcomes", record: func(m *Metrics) {
			m.DeleverageAttempt("morpho_blue", "sent")
			m.DeleverageAttempt("morpho_blue", "mined")
			m.DeleverageAttempt("aave_v3", "infeasible")
			m.DeleverageAttempt("aave_v3", "infeasible")
		}, want: map[string]float64{
			`lrtkeeper_deleverage_attempts_total{outcome="sent",protocol="morpho_blue"}`:   1,
			`lrtkeeper_deleverage_attempts_total{outcome="mined",protocol="morpho_blue"}`:  1,
			`lrtkeeper_deleverage_attempts_total{outcome="infeasible",protocol="aave_v3"}`: 2,
		}},
		{name: "wallet tokens", record: func(m *Metrics) {
			m.WalletTokenBalance("WETH", tokens("12500000000000000000"), 18)
			m.WalletTokenBalance("USDC", tokens("1000000"), 6)
		}, want: map[string]float64{
			`lrtkeeper_wallet_token_balance{token="WETH"}`: 12.5,
			`lrtkeeper_wallet_token_balance{token="USDC"}`: 1,
		}},
		{name: "book", record: func(m *Metrics) {
			m.BookPositions("morpho_blue", 1200)
			m.BookPositions("aave_v3", 0)
			m.BookPositions("aave_v3", 35)
		}, want: map[string]float64{
			`lrtkeeper_book_positions{protocol="morpho_blue"}`: 1200,
			`lrtkeeper_book_positions{protocol="aave_v3"}`:     35,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			reg := prometheus.NewRegistry()
			m := New(reg, "test")
			tc.record(m)
			got := series(t, reg)
			for name, want := range tc.want {
				require.InDelta(t, want, got[name], 1e-9, name)
			}
			// Nothing else of these families.
			for name := range got {
				for family := range tc.want {
					base := family[:strings.IndexByte(family, '{')]
					if strings.HasPrefix(name, base+"{") {
						_, ok := tc.want[name]
						require.True(t, ok, "unexpected series %s", name)
					}
				}
			}
		})
	}
}
