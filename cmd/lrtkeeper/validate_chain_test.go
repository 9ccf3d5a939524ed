package main

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// validateConfig is a config of the anvil world: the Morpho markets, the
// ezETH asset on every kind of market source, the Aave pool and the
// on-chain risk oracle.
var validateConfig = template.Must(template.New("config").Parse(`
chain:
{{- if .RPCs}}
  rpc_urls:
{{- range .RPCs}}
    - "{{.}}"
{{- end}}
{{- else}}
  rpc_url: "{{.RPC}}"
{{- end}}
  chain_id: {{.ChainID}}
  call_timeout: 5s
  multicall3: "{{.Multicall3}}"
  wrapped_native: "{{.D.WETH}}"
  start_block: {{.D.StartBlock}}
morpho:
  address: "{{.Morpho}}"
{{- if .PreFactory}}
  pre_liquidation_factory: "{{.PreFactory}}"
  pre_liquidation_start_block: {{.D.StartBlock}}
{{- end}}
assets:
  - symbol: ezETH
    token: "{{.D.LRT}}"
    fair_value: {kind: erc4626, contract: "{{.D.LRT}}"}
    market_price:
      quorum: 2
      max_spread_bps: 100
      sources:
        - {kind: chainlink, feed: "{{.Feed}}", heartbeat: 1h}
        - {kind: curve_ema, pool: "{{.D.CurvePool}}", index: 1}
        - {kind: curve_spot, pool: "{{.D.CurvePool}}", index: 1}
        - {kind: uniswap_v3_twap, pool: "{{.D.UniPool}}", window: 1m}
    exec_quote: {kind: curve, pool: "{{.D.CurvePool}}", index: 1}
    depeg_bands_bps: [50, 100, 250, 500]
markets:
{{- range .Markets}}
  - {id: "{{.}}", collateral: ezETH, venue: {kind: curve, pool: "{{$.D.CurvePool}}", i: 1, j: 0}}
{{- end}}
aave:
  - name: anvil
    pool: "{{.A.Pool}}"
    addresses_provider: "{{.A.Provider}}"
    oracle: "{{.A.Oracle}}"
    version: "{{.AaveVersion}}"
    reserves:
      - asset: ezETH
        venue: {kind: curve, pool: "{{.D.CurvePool}}", i: 1, j: 0}
liquidation: {enabled: {{.Liquidate}}, mode: {{.Mode}}{{if .Executor}}, executor: "{{.Executor}}"{{end}}, min_profit: "0"}
{{- if .Borrower}}
deleverage:
  positions:
    - {market: "{{index .Markets 0}}", borrower: "{{.Borrower}}", trigger_health: "1.05", target_health: "1.10", trigger_price: oracle}
    - {aave: anvil, collateral: ezETH, borrower: "{{.Borrower}}", trigger_health: "1.05", target_health: "1.10", trigger_price: oracle}
{{- end}}
onchain: {enabled: true, risk_oracle: "{{.D.RiskOracle}}", deviation_bps: 50, heartbeat: 1h}
metrics: {listen: ""}
`))

// validateParams fill validateConfig; each case edits a copy.
type validateParams struct {
	RPC         string
	RPCs        []string // rpc_urls instead of rpc_url
	ChainID     uint64
	D           *devnet.Deployment
	A           *devnet.Aave
	AaveVersion string
	Multicall3  common.Address
	Morpho      common.Address
	Feed        common.Address
	Markets     []common.Hash
	Liquidate   bool
	Mode        string
	Executor    string
	PreFactory  string
	Borrower    string
}

// validateWorld is the anvil chain the cases check: the Morpho world, its
// executor (owned by dev key 1) and an Aave pool. Dev key 1 holds WETH and
// approved Morpho and the pool; dev key 2 holds WETH and approved nothing;
// dev key 3 authorised the executor on Morpho and on its ezETH aToken.
// lowGasKey holds 0.01 ETH.
type validateWorld struct {
	rpc       string
	d         *devnet.Deployment
	a         *devnet.Aave
	executor  common.Address
	factory   common.Address
	lowGasKey string
}

func startValidateWorld(t *testing.T) validateWorld {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	node := testenv.StartAnvil(t)
	client, err := ethclient.DialContext(ctx, node.HTTPURL)
	require.NoError(t, err)
	defer client.Close()
	chainID := new(big.Int).SetUint64(node.ChainID)
	deployer := testenv.DevPrivateKey(0)
	d, err := devnet.Deploy(ctx, client, deployer, chainID)
	require.NoError(t, err)
	x, err := d.DeployExecution(ctx, client, deployer, testenv.DevAddress(1))
	require.NoError(t, err)
	a, err := devnet.DeployAave(ctx, client, deployer, chainID, nil, e2eAaveSpec(d))
	require.NoError(t, err)
	weth := new(big.Int).Mul(big.NewInt(100), devnet.WAD)
	for _, k := range []int{1, 2} {
		require.NoError(t, d.FundKeeper(ctx, client, deployer, testenv.DevAddress(k), weth))
	}
	require.NoError(t, d.ApproveMorpho(ctx, client, testenv.DevPrivateKey(1)))
	require.NoError(t, d.Authorize(ctx, client, testenv.DevPrivateKey(3), x.Executor))
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	rs, err := a.Send(ctx, client, []devnet.KeyedTx{
		a.Approve(testenv.DevPrivateKey(1), e2eAaveWETH),
		{Key: testenv.DevPrivateKey(3), To: a.Reserves[e2eAaveLRT].AToken, Data: aaveatoken.NewAaveAToken().PackApprove(x.Executor, maxUint)},
	})
	require.NoError(t, err)
	for _, r := range rs {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	low, err := crypto.GenerateKey()
	require.NoError(t, err)
	lowBalance := (*hexutil.Big)(big.NewInt(10_000_000_000_000_000))
	require.NoError(t, client.Client().CallContext(ctx, nil, "anvil_setBalance", crypto.PubkeyToAddress(low.PublicKey), lowBalance))
	// The Uniswap TWAP reads a minute back: move the chain two minutes on.
	require.NoError(t, client.Client().CallContext(ctx, nil, "evm_increaseTime", 120))
	require.NoError(t, client.Client().CallContext(ctx, nil, "evm_mine"))
	return validateWorld{rpc: node.HTTPURL, d: d, a: a, executor: x.Executor, factory: x.PreLiquidationFactory, lowGasKey: hexutil.Encode(crypto.FromECDSA(low))}
}

func (w validateWorld) params() validateParams {
	p := validateParams{
		RPC: w.rpc, ChainID: testenv.AnvilChainID, D: w.d, A: w.a, AaveVersion: devnet.AaveVersion,
		Multicall3: w.d.Multicall3, Morpho: w.d.Morpho, Feed: w.d.PriceFeed, Liquidate: true, Mode: "inventory",
	}
	for _, m := range w.d.Markets {
		p.Markets = append(p.Markets, m.ID)
	}
	return p
}

func writeValidateConfig(t *testing.T, p validateParams) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, validateConfig.Execute(&b, p))
	path := filepath.Join(t.TempDir(), "config.yaml")
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o600))
	return path
}

// TestValidateChain runs validate --chain against anvil: correct configs
// pass with every line ok, and each broken one fails on the line that
// names the field at fault.
func TestValidateChain(t *testing.T) {
	t.Parallel()
	w := startValidateWorld(t)
	unfunded, err := crypto.GenerateKey()
	require.NoError(t, err)
	unfundedHex := hexutil.Encode(crypto.FromECDSA(unfunded))
	dead := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	keeperKey, bareKey := testenv.DevKey(1), testenv.DevKey(2)
	lowGas, err := crypto.HexToECDSA(strings.TrimPrefix(w.lowGasKey, "0x"))
	require.NoError(t, err)
	callback := func(p *validateParams) {
		p.Mode, p.Executor, p.Borrower = "callback", w.executor.Hex(), testenv.DevAddress(3).Hex()
		p.PreFactory = w.factory.Hex()
	}
	for _, tc := range []struct {
		name string
		edit func(p *validateParams)
		key  string
		// fails are the starts of the FAIL lines expected, each once;
		// none means exit 0 with every other line ok or in warns.
		fails []string
		warns []string
		// lines must each start some line of the report.
		lines []string
	}{
		{
			name: "inventory mode, every check passes",
			edit: func(p *validateParams) { p.RPC = strings.Replace(p.RPC, "http://", "http://keeper:s3cret-token@", 1) },
			key:  keeperKey,
			lines: []string{
				"ok   chain.rpc_url http://127.0.0.1:", "ok   chain.chain_id 31337",
				"ok   morpho.address " + w.d.Morpho.Hex() + " has code",
				"ok   markets[2] ", "ok   markets[1] oracle price() answers",
				"ok   assets[0].fair_value erc4626 of ezETH answers (1.020000000000000000)",
				"ok   assets[0].market_price.sources[3] uniswap_v3_twap of ezETH answers",
				"ok   assets[0].exec_quote pool",
				"ok   aave[0].oracle getAssetPrice(aave[0].reserves[0] ezETH) answers",
				"ok   wallet " + testenv.DevAddress(1).Hex() + " has gas",
				"ok   wallet " + testenv.DevAddress(1).Hex() + " lets morpho.address",
				"ok   wallet " + testenv.DevAddress(1).Hex() + " lets aave[0].pool",
			},
		},
		{
			name: "callback mode with managed positions, every check passes",
			edit: callback,
			key:  keeperKey,
			lines: []string{
				"ok   liquidation.executor " + w.executor.Hex() + " has code",
				"ok   morpho.pre_liquidation_factory " + w.factory.Hex() + " has code",
				"ok   liquidation.executor " + w.executor.Hex() + " is owned by wallet",
				"ok   aave reserves' venues sell the reserve",
				"ok   deleverage.positions[0] borrower", "ok   deleverage.positions[1] borrower",
			},
		},
		{
			name:  "low gas warns",
			edit:  func(p *validateParams) { p.Liquidate = false },
			key:   w.lowGasKey,
			warns: []string{"WARN wallet " + crypto.PubkeyToAddress(lowGas.PublicKey).Hex() + " has gas: native balance 0.010000000000000000 ETH, below 0.050000000000000000 ETH"},
		},
		{
			name:  "a second endpoint is down",
			edit:  func(p *validateParams) { p.RPCs = []string{p.RPC, "http://keeper:s3cret@127.0.0.1:1/v2/s3cret"} },
			key:   keeperKey,
			fails: []string{"FAIL chain.rpc_urls[1] http://127.0.0.1:1/<redacted> answers: "},
			lines: []string{"ok   chain.rpc_urls[0] http://127.0.0.1:"},
		},
		{
			name:  "morpho.address has no code",
			edit:  func(p *validateParams) { p.Morpho = dead },
			key:   keeperKey,
			fails: []string{"FAIL morpho.address " + dead.Hex() + " has code: no contract", "FAIL markets: not read"},
		},
		{
			name: "chain.multicall3 has no code",
			edit: func(p *validateParams) { p.Multicall3 = dead },
			key:  keeperKey,
			fails: []string{
				"FAIL chain.multicall3 " + dead.Hex() + " has code: no contract",
				"FAIL market, oracle and aave reads: not run",
			},
		},
		{
			name:  "a market Morpho does not know",
			edit:  func(p *validateParams) { p.Markets[0] = common.HexToHash("0x01") },
			key:   keeperKey,
			fails: []string{"FAIL markets[0] "},
			lines: []string{"ok   markets[1] ", "ok   markets[2] "},
		},
		{
			name:  "a feed without code",
			edit:  func(p *validateParams) { p.Feed = dead },
			key:   keeperKey,
			fails: []string{"FAIL assets[0].market_price.sources[0].feed " + dead.Hex() + " has code"},
		},
		{
			name:  "wrong chain id",
			edit:  func(p *validateParams) { p.ChainID = 1 },
			key:   keeperKey,
			fails: []string{"FAIL chain.chain_id 1 is the node's: chain.rpc_url: wrong chain id"},
		},
		{
			name:  "unfunded key",
			edit:  func(p *validateParams) { p.Liquidate = false },
			key:   unfundedHex,
			fails: []string{"FAIL wallet " + crypto.PubkeyToAddress(unfunded.PublicKey).Hex() + " has gas: native balance 0"},
		},
		{
			name: "inventory without approvals",
			key:  bareKey,
			fails: []string{
				"FAIL wallet " + testenv.DevAddress(2).Hex() + " lets morpho.address " + w.d.Morpho.Hex() + " pull token " + w.d.WETH.Hex() + ": allowance 0",
				"FAIL wallet " + testenv.DevAddress(2).Hex() + " lets aave[0].pool " + w.a.Pool.Hex() + " pull token " + w.d.WETH.Hex() + ": allowance 0",
			},
			lines: []string{"ok   wallet " + testenv.DevAddress(2).Hex() + " holds token " + w.d.WETH.Hex()},
		},
		{
			name: "executor owned by another key, borrower not authorised",
			edit: func(p *validateParams) { callback(p); p.Borrower = testenv.DevAddress(2).Hex() },
			key:  bareKey,
			fails: []string{
				"FAIL liquidation.executor " + w.executor.Hex() + " is owned by wallet " + testenv.DevAddress(2).Hex(),
				"FAIL deleverage.positions[0] borrower " + testenv.DevAddress(2).Hex() + " authorised liquidation.executor on Morpho: isAuthorized is false",
				"FAIL deleverage.positions[1] borrower " + testenv.DevAddress(2).Hex() + " lets liquidation.executor pull its ezETH aToken",
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			p := w.params()
			if tc.edit != nil {
				tc.edit(&p)
			}
			cfg := writeValidateConfig(t, p)
			code, out, errOut := runCLI(t, map[string]string{"LRTKEEPER_PRIVATE_KEY": tc.key}, "validate", "--config", cfg, "--chain")
			t.Logf("report:\n%s%s", out, errOut)
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			require.NotContains(t, out+errOut, "s3cret", "the RPC URL's credentials")
			require.NotContains(t, strings.ToLower(out+errOut), strings.TrimPrefix(tc.key, "0x"), "the private key")
			for _, want := range tc.lines {
				require.True(t, hasLine(lines, want), "a line starting %q", want)
			}
			if len(tc.fails) == 0 {
				require.Equal(t, 0, code, errOut)
				require.Empty(t, errOut)
				require.Equal(t, cfg+": ok", lines[len(lines)-1])
				for _, l := range lines[:len(lines)-1] {
					require.True(t, strings.HasPrefix(l, "ok   ") || slices.Contains(tc.warns, l), "every check passes: %q", l)
				}
				for _, want := range tc.warns {
					require.Contains(t, lines, want)
				}
				return
			}
			require.Equal(t, 1, code)
			var failed []string
			for _, l := range lines {
				if strings.HasPrefix(l, "FAIL ") {
					failed = append(failed, l)
				}
			}
			require.Len(t, failed, len(tc.fails), "FAIL lines: %q", failed)
			for _, want := range tc.fails {
				require.True(t, hasLine(failed, want), "a FAIL line starting %q", want)
			}
			require.Equal(t, fmt.Sprintf("lrtkeeper: %s: %d checks failed\n", cfg, len(tc.fails)), errOut)
		})
	}
}

func hasLine(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

// TestValidateChainEmbedded: the embedded chain has nothing to check
// before the daemon deploys it; --chain refuses it with exit 2.
func TestValidateChainEmbedded(t *testing.T) {
	t.Parallel()
	shipped := filepath.Join("..", "..", "config.yaml")
	code, out, errOut := runCLI(t, nil, "validate", "--config", shipped, "--chain")
	require.Equal(t, 2, code, out)
	require.Equal(t, "lrtkeeper: "+shipped+": --chain needs a real RPC: chain.rpc_url is embedded\n", errOut)
	require.Empty(t, out)
}
