package main

import (
	"context"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// TestSIGTERMDuringLiquidation stops the daemon while its liquidation
// waits in the mempool. The stop runs in order: /readyz turns 503 at once,
// the daemon keeps following its transaction until it is mined (here, a
// few seconds later), records it as mined in Redis, and exits 0.
func TestSIGTERMDuringLiquidation(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	binary(t)
	node := testenv.StartAnvil(t)
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)
	client, err := ethclient.DialContext(ctx, node.HTTPURL)
	require.NoError(t, err)
	defer client.Close()
	deployer := testenv.DevPrivateKey(0)
	d, err := devnet.Deploy(ctx, client, deployer, new(big.Int).SetUint64(node.ChainID))
	require.NoError(t, err)
	borrowers, err := d.SeedLoops(ctx, client, deployer, devnet.DefaultLoops())
	require.NoError(t, err)
	keeperAddr := testenv.DevAddress(1)
	require.NoError(t, d.FundKeeper(ctx, client, deployer, keeperAddr, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
	// Approved beforehand: the liquidation is then the keeper's only send.
	require.NoError(t, d.ApproveMorpho(ctx, client, testenv.DevPrivateKey(1)))
	rpc := func(method string, args ...any) {
		t.Helper()
		require.NoError(t, client.Client().CallContext(ctx, nil, method, args...), method)
	}
	rpc("evm_setIntervalMining", 1)

	path := writeConfig(t, node.WSURL, srv.URL(), d)
	body, err := os.ReadFile(path)
	require.NoError(t, err)
	cfg := strings.NewReplacer(
		"head_timeout: 1m}", "head_timeout: 1m, shutdown_timeout: 60s}",
		`metrics: {listen: ""}`, `metrics: {listen: "127.0.0.1:0"}`,
		"onchain: {enabled: true", "onchain: {enabled: false", // only the liquidation sends
	).Replace(string(body))
	require.NoError(t, os.WriteFile(path, []byte(cfg), 0o600))
	proc := startDaemon(t, []string{"run", "--config", path, "--for", "150s"}, []string{"LRTKEEPER_PRIVATE_KEY=" + testenv.DevKey(1)})

	var tenX devnet.Borrower
	for _, b := range borrowers {
		if b.Market == 0 && b.Leverage == 10 {
			tenX = b
		}
	}
	require.Eventually(t, func() bool {
		rec, err := oracle.ReadPosition(ctx, rdb, "lrt:v1", d.Markets[0].ID, tenX.Address)
		return err == nil && rec != nil
	}, 60*time.Second, 200*time.Millisecond, "the daemon never published the 10x position")
	var readyz string
	require.Eventually(t, func() bool {
		for _, ev := range proc.events(map[string]string{"message": "metrics listening"}) {
			readyz = "http://" + ev["addr"].(string) + "/readyz"
		}
		code, _ := probe(ctx, readyz)
		return code == http.StatusOK
	}, 30*time.Second, 100*time.Millisecond, "never ready")

	// From here blocks are mined only on request: the price drop in one
	// block, then nothing, so the liquidation stays in the mempool.
	rpc("evm_setIntervalMining", 0)
	rpc("evm_setAutomine", false)
	d.SetMine(func() { rpc("evm_mine") })
	fair, err := d.FairRate(ctx, client)
	require.NoError(t, err)
	drop := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(94)), big.NewInt(100))
	require.NoError(t, d.SetPoolPrices(ctx, client, deployer, drop))
	require.NoError(t, d.SetMarketPrice(ctx, client, deployer, drop))

	who := tenX.Address.Hex()
	var sent map[string]any
	require.Eventually(t, func() bool {
		evs := proc.events(map[string]string{"alert": "liquidation_sent", "borrower": who})
		if len(evs) > 0 {
			sent = evs[0]
		}
		return sent != nil
	}, 60*time.Second, 100*time.Millisecond, "no liquidation_sent")
	tx := common.HexToHash(sent["tx"].(string))
	pendingBefore := rdb.SMembers(ctx, "lrt:v1:tx:pending").Val()
	require.Contains(t, pendingBefore, tx.Hex(), "recorded before it was broadcast")

	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGTERM))
	require.Eventually(t, func() bool {
		return len(proc.events(map[string]string{"message": "lrtkeeper stopping"})) == 1
	}, 10*time.Second, 50*time.Millisecond, "the signal was not taken")
	code, reason := probe(ctx, readyz)
	require.Equal(t, http.StatusServiceUnavailable, code, "readiness flips first")
	require.Contains(t, reason, "stopping")
	// Still draining: the liquidation is not mined, so the daemon waits.
	time.Sleep(2 * time.Second)
	select {
	case err := <-proc.done:
		t.Fatalf("exited before its liquidation was mined: %v", err)
	default:
	}
	rpc("evm_mine")
	select {
	case err := <-proc.done:
		require.NoError(t, err, "exit code 0 after SIGTERM")
	case <-time.After(30 * time.Second):
		t.Fatal("no exit within 30s of the liquidation being mined")
	}

	rcpt, err := client.TransactionReceipt(ctx, tx)
	require.NoError(t, err)
	require.Equal(t, uint64(1), rcpt.Status)
	mined := proc.events(map[string]string{"alert": "liquidation_mined", "borrower": who})
	require.Len(t, mined, 1, "the liquidation was seen to its receipt during the stop")
	require.Equal(t, tx.Hex(), mined[0]["tx"])
	stopping := proc.events(map[string]string{"message": "lrtkeeper stopping"})[0]
	require.True(t, logTime(t, mined[0]).After(logTime(t, stopping)), "mined after the signal")
	require.Equal(t, "mined", rdb.HGet(ctx, "lrt:v1:tx:"+tx.Hex(), "status").Val(), "the journal records it mined")
	require.NotContains(t, rdb.SMembers(ctx, "lrt:v1:tx:pending").Val(), tx.Hex())
	require.Len(t, proc.events(map[string]string{"message": "lrtkeeper stopped"}), 1)
	require.Empty(t, proc.events(map[string]string{"message": "abandoning in-flight liquidations"}))
}

// probe GETs url, returning the status code and body ("" and 0 on error).
func probe(ctx context.Context, url string) (int, string) {
	if url == "" {
		return 0, ""
	}
	rctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodGet, url, nil)
	if err != nil {
		return 0, ""
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, ""
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}
