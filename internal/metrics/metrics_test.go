package metrics

import (
	"context"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
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
