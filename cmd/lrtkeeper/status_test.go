package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

const statusPrefix = "lrt:test"

const statusConfig = `
chain:
  rpc_url: http://127.0.0.1:1
  chain_id: 1
  wrapped_native: "0x4444444444444444444444444444444444444444"
morpho: {address: "0x5555555555555555555555555555555555555555"}
assets:
  - symbol: ezETH
    token: "0x1111111111111111111111111111111111111111"
    fair_value: {kind: erc4626, contract: "0x1111111111111111111111111111111111111111"}
    market_price: {kind: chainlink, feed: "0x2222222222222222222222222222222222222222", heartbeat: 1h}
markets:
  - {id: "0x3333333333333333333333333333333333333333333333333333333333333333", collateral: ezETH}
liquidation: {enabled: false}
redis: {url: %q, key_prefix: %q}
`

// writeStatusConfig writes a config whose redis section is url and the
// test prefix, and returns its path.
func writeStatusConfig(t *testing.T, url string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(p, []byte(fmt.Sprintf(statusConfig, url, statusPrefix)), 0o600))
	return p
}

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("bad integer " + s)
	}
	return v
}

var (
	statusMorpho = common.HexToHash("0xa1")
	statusAave   = common.HexToHash("0xb2")
	statusUSDC   = common.HexToHash("0xc3")
	statusPool   = common.HexToHash("0xd4")
	statusBroken = common.HexToHash("0xe5")
	statusIdle   = common.HexToHash("0xe6")
	statusGone   = common.HexToHash("0xf6")

	sAlice = common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	sBob   = common.HexToAddress("0x0000000000000000000000000000000000000b0b")
	sCarol = common.HexToAddress("0x00000000000000000000000000000000000ca201")
	sDave  = common.HexToAddress("0x0000000000000000000000000000000000000da5")
	sErin  = common.HexToAddress("0x00000000000000000000000000000000000e1210")
	sFrank = common.HexToAddress("0x00000000000000000000000000000000000f4a20")
	sGrace = common.HexToAddress("0x0000000000000000000000000000000000064ace")
)

// debtPosition is a position with debt: health, health at the market
// price and liquidation price as published.
func debtPosition(who common.Address, coll, debt, health, healthMarket, liq string) oracle.PositionRisk {
	return oracle.PositionRisk{
		Borrower: who, Collateral: wei(coll), BorrowShares: wei(debt + "000000"), BorrowAssets: wei(debt), HasDebt: true,
		Health: wei(health), HealthMarket: wei(healthMarket), HealthFair: wei(health),
		Liquidatable: wei(health).Cmp(wei("1000000000000000000")) < 0, LiquidationPrice: wei(liq),
	}
}

// statusSnapshot is block n: two assets (one without a market price),
// a Morpho market of four positions (one without debt), an Aave loop
// market of two, a Morpho market with a 6-decimal loan token, an Aave pool
// status market, a market that could not be read and one without
// positions.
func statusSnapshot(n uint64) *oracle.Snapshot {
	morpho := oracle.MarketRisk{
		Protocol: "morpho_blue", ID: statusMorpho, Name: "ezETH/WETH 94.5%", Collateral: "ezETH", LLTV: wei("945000000000000000"),
		OraclePrice:       wei("1020000000000000000000000000000000000"),
		TotalSupplyAssets: wei("1000000000000000000000"), TotalBorrowAssets: wei("270000000000000000000"),
		TotalCollateral: wei("310000000000000000000"), PositionCount: 4, AtRisk: 1, MinHealth: wei("990291262135922330"),
		CollateralDecimals: 18, LoanDecimals: 18,
		Positions: []oracle.PositionRisk{
			debtPosition(sAlice, "100000000000000000000", "90000000000000000000", "1030303030303030303", "950000000000000000", "990000000000000000000000000000000000"),
			debtPosition(sBob, "100000000000000000000", "90000000000000000000", "1133333333333333333", "1040000000000000000", "900000000000000000000000000000000000"),
			debtPosition(sCarol, "100000000000000000000", "90000000000000000000", "990291262135922330", "910000000000000000", "1030000000000000000000000000000000000"),
			{Borrower: sDave, Collateral: wei("10000000000000000000"), BorrowShares: new(big.Int), BorrowAssets: new(big.Int)},
		},
	}
	aave := oracle.MarketRisk{
		Protocol: "aave_v3", ID: statusAave, Name: "aave ezETH/WETH e-mode 1", Collateral: "ezETH", LLTV: wei("930000000000000000"),
		OraclePrice:       wei("1010000000000000000000000000000000000"),
		TotalBorrowAssets: wei("100000000000000000000"), TotalCollateral: wei("200000000000000000000"),
		PositionCount: 2, MinHealth: wei("1041237113402061855"), CollateralDecimals: 18, LoanDecimals: 18,
		Positions: []oracle.PositionRisk{
			debtPosition(sErin, "100000000000000000000", "90000000000000000000", "1041237113402061855", "960000000000000000", "970000000000000000000000000000000000"),
			debtPosition(sFrank, "100000000000000000000", "10000000000000000000", "2020000000000000000", "1900000000000000000", "500000000000000000000000000000000000"),
		},
	}
	usdc := oracle.MarketRisk{
		Protocol: "morpho_blue", ID: statusUSDC, Name: "wstETH/USDC 86%", Collateral: "wstETH", LLTV: wei("860000000000000000"),
		// 3000 USDC (6 decimals) per wstETH (18 decimals).
		OraclePrice:       wei("3000000000000000000000000000"),
		TotalSupplyAssets: wei("5000000000"), TotalBorrowAssets: wei("2565000000"), TotalCollateral: wei("1000000000000000000"),
		PositionCount: 1, MinHealth: wei("1052631578947368421"), CollateralDecimals: 18, LoanDecimals: 6,
		Positions: []oracle.PositionRisk{
			debtPosition(sGrace, "1000000000000000000", "2565000000", "1052631578947368421", "1052631578947368421", "2850000000000000000000000000"),
		},
	}
	pool := oracle.MarketRisk{
		Protocol: "aave_v3", ID: statusPool, Name: "aave pool", Collateral: "", PositionCount: 0, MinHealth: wei("1041237113402061855"),
	}
	idle := oracle.MarketRisk{
		Protocol: "morpho_blue", ID: statusIdle, Name: "weETH/WETH 94.5%", Collateral: "weETH", LLTV: wei("945000000000000000"),
		OraclePrice:       wei("1050000000000000000000000000000000000"),
		TotalSupplyAssets: wei("1000000000000000000"), TotalBorrowAssets: new(big.Int), TotalCollateral: new(big.Int),
		CollateralDecimals: 18, LoanDecimals: 18,
	}
	broken := oracle.MarketRisk{
		Protocol: "morpho_blue", ID: statusBroken, Name: "rsETH/WETH 91.5%", Collateral: "ezETH", Err: errors.New("market(): call reverted"),
	}
	return &oracle.Snapshot{
		Block:     chain.BlockRef{Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n)), Time: 1_763_700_000 + n},
		UpdatedAt: time.UnixMilli(1_763_700_000_000 + int64(n)),
		Full:      true,
		Assets: []oracle.AssetReading{
			{
				Symbol: "ezETH", Fair: oracle.Quote{Price: wei("1020000000000000000")}, Market: oracle.Quote{Price: wei("938400000000000000")},
				Depeg: wei("80000000000000000"), Risk: &oracle.AssetRisk{Score: 57},
			},
			{Symbol: "weETH", Fair: oracle.Quote{Price: wei("1050000000000000000")}, MarketErr: errors.New("chainlink: stale: updated 90000s ago")},
		},
		Markets: []oracle.MarketRisk{morpho, aave, usdc, pool, broken, idle},
	}
}

// publishStatus publishes block 41 with one more market, then block 42
// without it, to a fresh redis-server, and returns a config pointing at it.
func publishStatus(t *testing.T) string {
	t.Helper()
	srv := testenv.StartRedis(t)
	pub := oracle.NewPublisher(zerolog.Nop(), srv.Client(t), statusPrefix, time.Minute, 10, nopPublishMetrics{})
	ctx := context.Background()
	old := statusSnapshot(41)
	old.Markets = append(old.Markets, oracle.MarketRisk{
		Protocol: "morpho_blue", ID: statusGone, Name: "dropped from the config", Collateral: "ezETH",
		OraclePrice: wei("1000000000000000000000000000000000000"), PositionCount: 1, AtRisk: 1,
		CollateralDecimals: 18, LoanDecimals: 18, MinHealth: wei("500000000000000000"),
		Positions: []oracle.PositionRisk{
			debtPosition(sDave, "1", "1", "500000000000000000", "500000000000000000", "2000000000000000000000000000000000000"),
		},
	})
	require.NoError(t, pub.Publish(ctx, old))
	require.NoError(t, pub.Publish(ctx, statusSnapshot(42)))
	return writeStatusConfig(t, srv.URL())
}

// requireRow checks that a line of out is exactly the given fields
// (split on spaces).
func requireRow(t *testing.T, out string, fields ...string) {
	t.Helper()
	want := strings.Join(fields, " ")
	for line := range strings.Lines(out) {
		if strings.Join(strings.Fields(line), " ") == want {
			return
		}
	}
	require.Failf(t, "row missing", "want a row %q in:\n%s", want, out)
}

// borrowerOrder returns the borrowers of out's position rows, in order.
func borrowerOrder(out string) []string {
	var got []string
	for line := range strings.Lines(out) {
		for _, f := range strings.Fields(line) {
			if strings.HasPrefix(f, "0x") && len(f) == 42 {
				got = append(got, f)
			}
		}
	}
	return got
}

func hexOf(a common.Address) string { return strings.ToLower(a.Hex()) }

// TestStatusPrintsTheOracle: status reads a snapshot the real publisher
// wrote and prints the head, every asset and market of the head's block
// (not a market left from an older block), and the positions closest to
// liquidation across markets in order.
func TestStatusPrintsTheOracle(t *testing.T) {
	t.Parallel()
	cfg := publishStatus(t)

	code, out, errOut := runCLI(t, nil, "status", "--config", cfg)
	require.Equal(t, 0, code, errOut)
	require.Empty(t, errOut)
	t.Logf("status output:\n%s", out)

	requireRow(t, out, "head", "block", "42", common.BigToHash(big.NewInt(42)).Hex())
	require.Contains(t, out, "updated  2025-11-21 04:40:00 UTC (")
	// The unreadable market keeps the writes from listing every position.
	requireRow(t, out, "schema", "version", "3;", "last", "full", "write:", "none", "since", "Redis", "started", "empty")

	requireRow(t, out, "ezETH", "0.938400", "1.020000", "800.00", "57", "ok")
	requireRow(t, out, "weETH", "-", "1.050000", "-", "-", "degraded:", "chainlink:", "stale:", "updated", "90000s", "ago")

	requireRow(t, out, "aave", "ezETH/WETH", "e-mode", "1", "aave_v3", "2", "0", "1.0412", "1.010000", "ok")
	requireRow(t, out, "aave", "pool", "aave_v3", "0", "0", "1.0412", "-", "ok")
	requireRow(t, out, "ezETH/WETH", "94.5%", "morpho_blue", "4", "1", "0.9902", "1.020000", "ok")
	requireRow(t, out, "rsETH/WETH", "91.5%", "morpho_blue", "-", "-", "-", "-", "degraded:", "market():", "call", "reverted")
	requireRow(t, out, "wstETH/USDC", "86%", "morpho_blue", "1", "0", "1.0526", "3000.000000", "ok")
	// Without a position to tell the decimals, the raw oracle price.
	requireRow(t, out, "weETH/WETH", "94.5%", "morpho_blue", "0", "0", "inf", "1050000000000000000000000000000000000", "(1e36)", "ok")
	require.Contains(t, out, "(1e36): the raw published integer")
	require.NotContains(t, out, "dropped from the config", "a market hash from block 41")

	requireRow(t, out, "ezETH/WETH", "94.5%", hexOf(sCarol), "0.9902", "0.9100", "-0.98%", "yes",
		"100000000000000000000", "90000000000000000000")
	requireRow(t, out, "ezETH/WETH", "94.5%", hexOf(sAlice), "1.0303", "0.9500", "2.94%", "no", "100000000000000000000", "90000000000000000000")
	requireRow(t, out, "aave", "ezETH/WETH", "e-mode", "1", hexOf(sErin), "1.0412", "0.9600", "3.96%", "no", "100000000000000000000", "90000000000000000000")
	requireRow(t, out, "wstETH/USDC", "86%", hexOf(sGrace), "1.0526", "1.0526", "5.00%", "no", "1000000000000000000", "2565000000")
	requireRow(t, out, "ezETH/WETH", "94.5%", hexOf(sBob), "1.1333", "1.0400", "11.76%", "no", "100000000000000000000", "90000000000000000000")
	requireRow(t, out, "aave", "ezETH/WETH", "e-mode", "1", hexOf(sFrank), "2.0200", "1.9000", "50.49%", "no", "100000000000000000000", "10000000000000000000")
	all := []string{hexOf(sCarol), hexOf(sAlice), hexOf(sErin), hexOf(sGrace), hexOf(sBob), hexOf(sFrank)}
	require.Equal(t, all, borrowerOrder(out), "closest to liquidation first; no position without debt")

	// --top takes the closest across markets, not the first market's.
	for _, n := range []int{0, 1, 3, 6, 50} {
		code, out, errOut = runCLI(t, nil, "status", "--config", cfg, "--top", fmt.Sprint(n))
		require.Equal(t, 0, code, errOut)
		require.Equal(t, all[:min(n, len(all))], append([]string{}, borrowerOrder(out)...), "--top %d", n)
		require.Contains(t, out, "3000.000000", "--top %d: decimals still known", n)
	}
}

// TestStatusJSON: --json prints one JSON object of the same state, amounts
// as strings, unknown values null, and nothing else.
func TestStatusJSON(t *testing.T) {
	t.Parallel()
	cfg := publishStatus(t)

	code, out, errOut := runCLI(t, nil, "status", "--config", cfg, "--json", "--top", "3")
	require.Equal(t, 0, code, errOut)
	require.Empty(t, errOut)
	require.JSONEq(t, `{
  "head": {"block": 42, "block_hash": "`+common.BigToHash(big.NewInt(42)).Hex()+`", "updated_at": 1763700000042,
           "schema_version": 3, "full_block": null},
  "assets": [
    {"symbol": "ezETH", "market_price": "0.938400000000000000", "fair_value": "1.020000000000000000",
     "depeg_bps": "800.000000000000000000", "risk_score": 57, "status": "ok", "error": null},
    {"symbol": "weETH", "market_price": null, "fair_value": "1.050000000000000000", "depeg_bps": null,
     "risk_score": null, "status": "degraded", "error": "chainlink: stale: updated 90000s ago"}
  ],
  "markets": [
    {"id": "`+statusAave.Hex()+`", "name": "aave ezETH/WETH e-mode 1", "protocol": "aave_v3", "collateral_asset": "ezETH",
     "positions": 2, "positions_at_risk": 0, "min_health": "1.041237113402061855",
     "oracle_price": "1010000000000000000000000000000000000", "oracle_price_per_token": "1.010000000000000000",
     "status": "ok", "error": null},
    {"id": "`+statusPool.Hex()+`", "name": "aave pool", "protocol": "aave_v3", "collateral_asset": "",
     "positions": 0, "positions_at_risk": 0, "min_health": "1.041237113402061855",
     "oracle_price": null, "oracle_price_per_token": null, "status": "ok", "error": null},
    {"id": "`+statusMorpho.Hex()+`", "name": "ezETH/WETH 94.5%", "protocol": "morpho_blue", "collateral_asset": "ezETH",
     "positions": 4, "positions_at_risk": 1, "min_health": "0.990291262135922330",
     "oracle_price": "1020000000000000000000000000000000000", "oracle_price_per_token": "1.020000000000000000",
     "status": "ok", "error": null},
    {"id": "`+statusBroken.Hex()+`", "name": "rsETH/WETH 91.5%", "protocol": "morpho_blue", "collateral_asset": "ezETH",
     "positions": null, "positions_at_risk": null, "min_health": null,
     "oracle_price": null, "oracle_price_per_token": null, "status": "degraded", "error": "market(): call reverted"},
    {"id": "`+statusIdle.Hex()+`", "name": "weETH/WETH 94.5%", "protocol": "morpho_blue", "collateral_asset": "weETH",
     "positions": 0, "positions_at_risk": 0, "min_health": "inf",
     "oracle_price": "1050000000000000000000000000000000000", "oracle_price_per_token": null, "status": "ok", "error": null},
    {"id": "`+statusUSDC.Hex()+`", "name": "wstETH/USDC 86%", "protocol": "morpho_blue", "collateral_asset": "wstETH",
     "positions": 1, "positions_at_risk": 0, "min_health": "1.052631578947368421",
     "oracle_price": "3000000000000000000000000000", "oracle_price_per_token": "3000.000000000000000000",
     "status": "ok", "error": null}
  ],
  "riskiest_positions": [
    {"market_id": "`+statusMorpho.Hex()+`", "market": "ezETH/WETH 94.5%", "protocol": "morpho_blue",
     "borrower": "`+hexOf(sCarol)+`", "health": "0.990291262135922330", "health_market": "0.910000000000000000",
     "liquidation_price": "1030000000000000000000000000000000000", "distance_to_liquidation_pct": "-0.980392156862745098",
     "collateral": "100000000000000000000", "debt": "90000000000000000000", "liquidatable": true, "block": "42"},
    {"market_id": "`+statusMorpho.Hex()+`", "market": "ezETH/WETH 94.5%", "protocol": "morpho_blue",
     "borrower": "`+hexOf(sAlice)+`", "health": "1.030303030303030303", "health_market": "0.950000000000000000",
     "liquidation_price": "990000000000000000000000000000000000", "distance_to_liquidation_pct": "2.941176470588235294",
     "collateral": "100000000000000000000", "debt": "90000000000000000000", "liquidatable": false, "block": "42"},
    {"market_id": "`+statusAave.Hex()+`", "market": "aave ezETH/WETH e-mode 1", "protocol": "aave_v3",
     "borrower": "`+hexOf(sErin)+`", "health": "1.041237113402061855", "health_market": "0.960000000000000000",
     "liquidation_price": "970000000000000000000000000000000000", "distance_to_liquidation_pct": "3.960396039603960396",
     "collateral": "100000000000000000000", "debt": "90000000000000000000", "liquidatable": false, "block": "42"}
  ]
}`, out)
	dec := json.NewDecoder(strings.NewReader(out))
	var obj map[string]any
	require.NoError(t, dec.Decode(&obj))
	require.ErrorIs(t, dec.Decode(&obj), io.EOF, "one object and nothing else")

	code, out, errOut = runCLI(t, nil, "status", "--json", "--config", cfg)
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{`"distance_to_liquidation_pct": "5.000000000000000000"`,
		`"distance_to_liquidation_pct": "11.764705882352941176"`, `"distance_to_liquidation_pct": "50.495049504950495049"`} {
		require.Contains(t, out, want)
	}
}

// TestStatusFailures: every failure is one line on stderr with its exit
// code: 2 for usage and an embedded redis.url, 1 for a Redis that is down
// or holds no oracle.
func TestStatusFailures(t *testing.T) {
	t.Parallel()
	empty := testenv.StartRedis(t)
	down := testenv.StartRedis(t)
	downURL := down.URL()
	down.Stop()

	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"embedded", []string{"--config", writeStatusConfig(t, "embedded")}, 2, `redis.url is "embedded"`},
		{"redis down", []string{"--config", writeStatusConfig(t, downURL)}, 1, "redis unreachable at " + down.Addr},
		{"no oracle", []string{"--config", writeStatusConfig(t, empty.URL())}, 1, "no oracle data in redis at " + empty.Addr},
		{"missing config", []string{"--config", filepath.Join(t.TempDir(), "none.yaml")}, 2, "read config"},
		{"negative top", []string{"--config", writeStatusConfig(t, empty.URL()), "--top", "-1"}, 2, "--top must not be negative"},
		{"extra argument", []string{"--config", writeStatusConfig(t, empty.URL()), "now"}, 2, `unexpected argument "now"`},
	} {
		code, out, errOut := runCLI(t, nil, append([]string{"status"}, tc.args...)...)
		require.Equal(t, tc.code, code, "%s: %s", tc.name, errOut)
		require.Empty(t, out, tc.name)
		require.Contains(t, errOut, tc.want, tc.name)
		require.Equal(t, 1, strings.Count(errOut, "\n"), "%s: one line: %q", tc.name, errOut)
	}

	code, out, _ := runCLI(t, nil, "status", "--help")
	require.Equal(t, 0, code)
	for _, flag := range []string{"--config PATH", "--json", "--top N", "exit codes"} {
		require.Contains(t, out, flag)
	}
}
