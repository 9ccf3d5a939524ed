package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// buildBinary compiles lrtkeeper once per test process.
var buildBinary = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "lrtkeeper-e2e-")
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "lrtkeeper")
	out, err := exec.Command("go", "build", "-ldflags", "-X main.Version=e2e", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
})

func binary(t *testing.T) string {
	t.Helper()
	bin, err := buildBinary()
	require.NoError(t, err)
	return bin
}

// daemon is a running lrtkeeper process whose stdout lines are collected.
type daemon struct {
	cmd    *exec.Cmd
	mu     sync.Mutex
	lines  []string
	stderr strings.Builder
	done   chan error
}

func startDaemon(t *testing.T, args []string, env []string) *daemon {
	t.Helper()
	d := &daemon{cmd: exec.Command(binary(t), args...), done: make(chan error, 1)}
	d.cmd.Env = append(os.Environ(), env...)
	d.cmd.Stderr = &d.stderr
	out, err := d.cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, d.cmd.Start())
	go func() {
		sc := bufio.NewScanner(out)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			d.mu.Lock()
			d.lines = append(d.lines, sc.Text())
			d.mu.Unlock()
		}
		d.done <- d.cmd.Wait()
	}()
	t.Cleanup(func() {
		_ = d.cmd.Process.Kill()
		if t.Failed() {
			t.Logf("daemon stdout:\n%s\nstderr:\n%s", d.output(), d.stderr.String())
		}
	})
	return d
}

func (d *daemon) output() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return strings.Join(d.lines, "\n")
}

// events returns the JSON log events with every given field.
func (d *daemon) events(match map[string]string) []map[string]any {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out []map[string]any
	for _, l := range d.lines {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) != nil {
			continue
		}
		ok := true
		for k, v := range match {
			ok = ok && m[k] == v
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

const e2eConfig = `
log: {level: debug, format: json}
chain:
  rpc_url: %s
  chain_id: 31337
  poll_interval: 500ms
  call_timeout: 5s
  multicall3: "%s"
  wrapped_native: "%s"
  start_block: %d
redis:
  url: %s
  ttl: 1m
  write_timeout: 1s
book:
  refresh_interval: 20s
  checkpoint_interval: 2s
morpho:
  address: "%s"
assets:
  - symbol: ezETH
    token: "%s"
    fair_value: {kind: erc4626, contract: "%s"}
    market_price:
      quorum: 2
      max_spread_bps: 100
      sources:
        - {kind: chainlink, feed: "%s", heartbeat: 1h}
        - {kind: curve_ema, pool: "%s", index: 1}
        - {kind: curve_spot, pool: "%s", index: 1}
    exec_quote: {kind: curve, pool: "%s", index: 1}
    depeg_bands_bps: [50, 100, 250, 500]
markets:
%s
keeper: {health_alert: "1.02", head_timeout: 1m}
liquidation: {enabled: true, min_profit: "0"}
tx: {receipt_query_interval: 200ms, resubmit_interval: 20s}
onchain: {enabled: true, risk_oracle: "%s", deviation_bps: 50, heartbeat: 1h}
metrics: {listen: ""}
`

func writeConfig(t *testing.T, rpcURL, redisURL string, d *devnet.Deployment) string {
	t.Helper()
	var markets strings.Builder
	for _, m := range d.Markets {
		fmt.Fprintf(&markets, "  - {id: \"%s\", name: \"%s\", collateral: ezETH}\n", m.ID.Hex(), m.Name)
	}
	body := fmt.Sprintf(e2eConfig, rpcURL, d.Multicall3.Hex(), d.WETH.Hex(), d.StartBlock, redisURL, d.Morpho.Hex(),
		d.LRT.Hex(), d.LRT.Hex(), d.PriceFeed.Hex(), d.CurvePool.Hex(), d.CurvePool.Hex(), d.CurvePool.Hex(),
		markets.String(), d.RiskOracle.Hex())
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(body), 0o600))
	return path
}

// TestEndToEndLiquidationOnAnvil runs the built binary against anvil over
// websocket and a real redis-server, drops the price and checks the
// liquidation is mined and Redis holds the expected values.
func TestEndToEndLiquidationOnAnvil(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	node := testenv.StartAnvil(t)
	srv := testenv.StartRedis(t)
	rdb := srv.Client(t)

	client, err := ethclient.DialContext(ctx, node.HTTPURL)
	require.NoError(t, err)
	defer client.Close()
	chainID := new(big.Int).SetUint64(node.ChainID)
	deployer := testenv.DevPrivateKey(0)
	d, err := devnet.Deploy(ctx, client, deployer, chainID)
	require.NoError(t, err)
	borrowers, err := d.SeedLoops(ctx, client, deployer, devnet.DefaultLoops())
	require.NoError(t, err)
	keeperAddr := testenv.DevAddress(1)
	require.NoError(t, d.FundKeeper(ctx, client, deployer, keeperAddr, new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))))
	// From here on anvil mines a block every second, like a real chain.
	require.NoError(t, client.Client().CallContext(ctx, nil, "evm_setIntervalMining", 1))

	cfgPath := writeConfig(t, node.WSURL, srv.URL(), d)
	proc := startDaemon(t, []string{"run", "--config", cfgPath, "--for", "150s"},
		[]string{"LRTKEEPER_PRIVATE_KEY=" + testenv.DevKey(1)})

	var tenX devnet.Borrower
	for _, b := range borrowers {
		if b.Market == 0 && b.Leverage == 10 {
			tenX = b
		}
	}
	record := func() map[string]string {
		rec, err := oracle.ReadPosition(ctx, rdb, "lrt:v1", d.Markets[0].ID, tenX.Address)
		require.NoError(t, err)
		return rec
	}
	require.Eventually(t, func() bool { return record() != nil }, 60*time.Second, 200*time.Millisecond,
		"the daemon never published the 10x position")
	before := record()
	require.Equal(t, "0", before["liquidatable"])
	require.Equal(t, tenX.Collateral.String(), before["collateral"])

	fair, err := d.FairRate(ctx, client)
	require.NoError(t, err)
	drop := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(94)), big.NewInt(100))
	require.NoError(t, d.SetMarketPrice(ctx, client, deployer, drop))
	require.NoError(t, d.SetPoolPrices(ctx, client, deployer, drop))

	who := tenX.Address.Hex()
	require.Eventually(t, func() bool {
		return len(proc.events(map[string]string{"alert": "liquidation_mined", "borrower": who})) == 1
	}, 90*time.Second, 200*time.Millisecond, "no liquidation_mined alert")
	mined := proc.events(map[string]string{"alert": "liquidation_mined", "borrower": who})[0]
	txHash := common.HexToHash(mined["tx"].(string))
	rcpt, err := client.TransactionReceipt(ctx, txHash)
	require.NoError(t, err)
	require.Equal(t, uint64(1), rcpt.Status)
	var liquidated bool
	abi := morphoblue.NewMorphoBlue()
	for _, l := range rcpt.Logs {
		if ev, err := abi.UnpackLiquidateEvent(l); err == nil {
			require.Equal(t, tenX.Address, ev.Borrower)
			require.Equal(t, keeperAddr, ev.Caller)
			liquidated = true
		}
	}
	require.True(t, liquidated, "the mined tx emitted Liquidate")

	// Redis: the position after the liquidation, the depeg, the market.
	pos, err := d.Position(ctx, client, 0, tenX.Address)
	require.NoError(t, err)
	require.Eventually(t, func() bool {
		f := record()
		return f["collateral"] == pos.Collateral.String() && f["liquidatable"] == "0"
	}, 30*time.Second, 200*time.Millisecond, "redis never showed the liquidated position")
	asset := rdb.HGetAll(ctx, "lrt:v1:asset:ezETH").Val()
	require.Equal(t, "600.000000000000000000", asset["depeg_bps"])
	require.Equal(t, fixed.FormatWad(drop), asset["market_price"])
	market := rdb.HGetAll(ctx, "lrt:v1:market:"+d.Markets[0].ID.Hex()).Val()
	oraclePrice := new(big.Int).Mul(drop, big.NewInt(1e18))
	require.Equal(t, oraclePrice.String(), market["oracle_price"])
	require.Equal(t, "3", market["schema_version"])

	// Issue-3 fields from the real binary: sources, stress, risk.
	for _, f := range []string{"source:chainlink:price", "source:curve_ema:price", "source:curve_spot:price",
		"market_sources_healthy", "exec_depeg_bps_100", "fair_value_capped", "depeg_band", "risk_score"} {
		require.Contains(t, asset, f)
	}
	require.Contains(t, market, "stress:depeg_5:bad_debt")
	require.Equal(t, "market", market["oracle_kind"])
	rateMarket := rdb.HGetAll(ctx, "lrt:v1:market:"+d.Markets[1].ID.Hex()).Val()
	require.Equal(t, "exchange_rate", rateMarket["oracle_kind"])

	// The risk-adjusted price reached the chain: the AggregatorV3 view of
	// the RiskOracle answers it with the publishing block's timestamp.
	feedABI := riskoraclefeed.NewRiskOracleFeed()
	var round riskoraclefeed.LatestRoundDataOutput
	require.Eventually(t, func() bool {
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &d.RiskFeed, Data: feedABI.PackLatestRoundData()}, nil)
		if err != nil {
			return false
		}
		round, err = feedABI.UnpackLatestRoundData(out)
		return err == nil && round.Answer.Cmp(fair) < 0
	}, 30*time.Second, 250*time.Millisecond, "no risk-adjusted price below fair on chain")
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	require.LessOrEqual(t, round.UpdatedAt.Uint64(), head.Time)
	require.Greater(t, round.UpdatedAt.Uint64(), head.Time-120, "a real, recent updatedAt")
	require.Equal(t, round.RoundId.String(), round.AnsweredInRound.String())

	// The rate-oracle market is untouched by the pure depeg.
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{d.Morpho},
		Topics:    [][]common.Hash{{abi.GetABI().Events["Liquidate"].ID}, {d.Markets[1].ID}},
	})
	require.NoError(t, err)
	require.Empty(t, logs)

	// Redis dies while the daemon runs: no crash, one redis_down alert, and
	// a fresh snapshot (a newer block) soon after Redis is back.
	lastBlock := rdb.HGet(ctx, "lrt:v1:asset:ezETH", "block").Val()
	srv.Stop()
	require.Eventually(t, func() bool {
		return len(proc.events(map[string]string{"alert": "redis_down", "state": "firing"})) == 1
	}, 20*time.Second, 100*time.Millisecond, "no redis_down alert")
	processed := func() int { return len(proc.events(map[string]string{"message": "block processed"})) }
	blocksBefore := processed()
	time.Sleep(3 * time.Second) // several blocks while Redis is down
	require.Greater(t, processed(), blocksBefore+1, "blocks are still checked while Redis is down")
	select {
	case err := <-proc.done:
		t.Fatalf("daemon exited while Redis was down: %v", err)
	default:
	}
	srv.Start()
	restarted := time.Now()
	require.Eventually(t, func() bool {
		b := rdb.HGet(ctx, "lrt:v1:asset:ezETH", "block").Val()
		return b != "" && b != lastBlock
	}, 10*time.Second, 100*time.Millisecond, "no fresh snapshot after Redis came back")
	t.Logf("fresh snapshot %s after the Redis restart", time.Since(restarted).Round(time.Millisecond))
	require.Len(t, proc.events(map[string]string{"alert": "redis_down", "state": "firing"}), 1, "one alert per outage")
	require.Len(t, proc.events(map[string]string{"alert": "redis_down", "state": "resolved"}), 1, "resolved when Redis is back")
	require.NotEmpty(t, proc.events(map[string]string{"message": "redis back, snapshot republished"}))

	// SIGTERM stops it cleanly with exit code 0.
	require.NoError(t, proc.cmd.Process.Signal(syscall.SIGTERM))
	select {
	case err := <-proc.done:
		require.NoError(t, err, "exit after SIGTERM")
	case <-time.After(30 * time.Second):
		t.Fatal("daemon did not stop within 30s of SIGTERM")
	}
	require.Len(t, proc.events(map[string]string{"alert": "liquidatable", "state": "firing", "borrower": who}), 1)
}
