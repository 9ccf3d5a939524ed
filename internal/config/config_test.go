package config

import (
	"errors"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

// envMap returns a getenv over m.
func envMap(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestDefaultIsValid(t *testing.T) {
	t.Parallel()
	cfg := Default()
	require.NoError(t, cfg.Check())
	require.True(t, cfg.EmbeddedChain())
	require.True(t, cfg.EmbeddedRedis())

	require.Equal(t, "info", cfg.Log.Level)
	require.Equal(t, "json", cfg.Log.Format)
	require.Equal(t, uint64(1337), cfg.Chain.ChainID)
	require.Equal(t, 10*time.Second, cfg.Chain.DialTimeout)
	require.Equal(t, 10*time.Second, cfg.Chain.CallTimeout)
	require.Equal(t, 2*time.Second, cfg.Chain.PollInterval)
	require.Equal(t, common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11"), cfg.Chain.Multicall3)
	require.Equal(t, common.Address{}, cfg.Chain.WrappedNative)
	require.Equal(t, uint64(2000), cfg.Chain.LogRange)
	require.Equal(t, "127.0.0.1:0", cfg.Redis.EmbeddedAddr)
	require.Equal(t, "lrt:v1", cfg.Redis.KeyPrefix)
	require.Equal(t, 5*time.Minute, cfg.Redis.TTL)
	require.Equal(t, common.HexToAddress("0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb"), cfg.Morpho.Address)
	require.Equal(t, "1.020000000000000000", cfg.Keeper.HealthAlert.String())
	require.Equal(t, 10, cfg.Keeper.HysteresisBps)
	require.Equal(t, 2*time.Minute, cfg.Keeper.HeadTimeout)
	require.True(t, cfg.Liquidation.Enabled)
	require.Equal(t, "0", cfg.Liquidation.MinProfit.String())
	require.Equal(t, 25, cfg.Liquidation.GasLimitMarginPct)
	require.Equal(t, uint64(3_000_000), cfg.Liquidation.MaxGasLimit)
	require.Equal(t, uint64(1), cfg.Tx.NumConfirmations)
	require.Equal(t, 30*time.Second, cfg.Tx.ResubmitInterval)
	require.Equal(t, 10, cfg.Tx.FeeBumpPct)
	require.Equal(t, uint64(5), cfg.Tx.FeeLimitMultiplier)
	require.Equal(t, 3*time.Minute, cfg.Tx.SendTimeout)
	require.Equal(t, "1000000000", cfg.Tx.MinTipCapWei.String())
	require.Equal(t, "127.0.0.1:9464", cfg.Metrics.Listen)
	require.Equal(t, time.Second, cfg.Embedded.BlockTime)
	require.Equal(t, PricePathDepeg, cfg.Embedded.PricePath)

	// Fresh values on every call.
	a, b := Default(), Default()
	require.NotSame(t, a.Keeper.HealthAlert.v, b.Keeper.HealthAlert.v)
}

func TestLoadMainnet(t *testing.T) {
	t.Parallel()
	cfg, err := Load("testdata/mainnet.good.yml", envMap(map[string]string{
		"LRTKEEPER_RPC_URL": "https://eth-mainnet.example.com/v2/APIKEY",
	}))
	require.NoError(t, err)
	require.False(t, cfg.EmbeddedChain())
	require.False(t, cfg.EmbeddedRedis())
	require.Equal(t, "https://eth-mainnet.example.com/v2/APIKEY", cfg.Chain.RPCURL)
	require.Equal(t, "redis://127.0.0.1:6379/0", cfg.Redis.URL)
	require.Equal(t, uint64(1), cfg.Chain.ChainID)
	require.Equal(t, 12*time.Second, cfg.Chain.PollInterval)
	require.Equal(t, uint64(18883124), cfg.Chain.StartBlock)
	require.Equal(t, common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"), cfg.Chain.WrappedNative)
	require.Equal(t, "/run/secrets/lrtkeeper-password", cfg.Wallet.PasswordFile)

	require.Len(t, cfg.Assets, 1)
	a := cfg.Assets[0]
	require.Equal(t, "ezETH", a.Symbol)
	require.Equal(t, common.HexToAddress("0xbf5495Efe5DB9ce00f80364C8B423567e58d2110"), a.Token)
	require.Equal(t, 18, a.Decimals)
	require.Equal(t, FairValueRate, a.FairValue.Kind)
	require.Equal(t, "getRate()", a.FairValue.Method)
	require.Equal(t, [4]byte{0x67, 0x9a, 0xef, 0xce}, a.FairValue.Selector()) // keccak("getRate()")
	require.Equal(t, MarketPriceChainlink, a.MarketPrice.Kind)
	require.Equal(t, 24*time.Hour, a.MarketPrice.Heartbeat)
	require.Equal(t, []int{50, 100, 250, 500}, a.DepegBandsBps)
	require.Equal(t, []PriceSource{{Name: MarketPriceChainlink, Kind: MarketPriceChainlink, Feed: a.MarketPrice.Feed, Heartbeat: 24 * time.Hour}}, a.MarketPrice.AllSources())

	require.Len(t, cfg.Markets, 1)
	require.Equal(t, common.HexToHash("0x49bb2d114be9041a787432952927f6f144f05ad3e83196a7d062f374ee11d0ee"), cfg.Markets[0].ID)
	require.Equal(t, "ezETH", cfg.Markets[0].Collateral)
	got, ok := cfg.AssetBySymbol("ezETH")
	require.True(t, ok)
	require.Equal(t, a.Token, got.Token)
	_, ok = cfg.AssetBySymbol("rsETH")
	require.False(t, ok)

	require.Equal(t, 0, cfg.Keeper.HealthAlert.Big().Cmp(big.NewInt(1_020_000_000_000_000_000)))
	require.Equal(t, "1000000000000000", cfg.Liquidation.MinProfit.String())
	require.Equal(t, uint64(2), cfg.Tx.NumConfirmations)
	require.Equal(t, 12, cfg.Tx.FeeBumpPct)
	require.Equal(t, "0.0.0.0:9464", cfg.Metrics.Listen)
}

func TestLoadEnvExpansion(t *testing.T) {
	t.Parallel()
	cfg, err := Load("testdata/env.good.yml", envMap(map[string]string{
		"TEST_RPC_URL":   "wss://node.example.org/ws",
		"TEST_CHAIN_ID":  "", // empty: the default applies
		"TEST_HEARTBEAT": "90s",
	}))
	require.NoError(t, err)
	require.Equal(t, "wss://node.example.org/ws", cfg.Chain.RPCURL)
	require.Equal(t, uint64(1), cfg.Chain.ChainID)
	require.Equal(t, "redis://127.0.0.1:6379/2", cfg.Redis.URL)
	require.Equal(t, "cost$:lrt", cfg.Redis.KeyPrefix)
	require.Equal(t, "ezETH", cfg.Assets[0].Symbol)
	require.Equal(t, 90*time.Second, cfg.Assets[0].MarketPrice.Heartbeat)
	// Per-asset defaults fill fields the list element leaves out.
	require.Equal(t, 18, cfg.Assets[0].Decimals)
	require.Equal(t, 18, cfg.Assets[0].FairValue.Decimals)
	require.Equal(t, []int{50, 100, 250, 500}, cfg.Assets[0].DepegBandsBps)
	require.Equal(t, 1, cfg.Assets[0].MarketPrice.Quorum)
	require.True(t, cfg.Assets[0].Capo.Enabled())
}

func TestLoadGoodFiles(t *testing.T) {
	t.Parallel()
	env := envMap(map[string]string{"TEST_RPC_URL": "https://rpc.example.org"})
	files, err := filepath.Glob("testdata/*.good.yml")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			cfg, err := Load(f, env)
			require.NoError(t, err)
			require.NoError(t, cfg.Check())
		})
	}
}

func TestLoadEmbeddedDefaults(t *testing.T) {
	t.Parallel()
	for _, f := range []string{"testdata/defaults.good.yml"} {
		cfg, err := Load(f, envMap(nil))
		require.NoError(t, err, f)
		require.Equal(t, Default(), cfg, f)
	}
	cfg, err := Load("testdata/embedded.good.yml", envMap(nil))
	require.NoError(t, err)
	require.True(t, cfg.EmbeddedChain())
	require.Equal(t, PricePathCalm, cfg.Embedded.PricePath)
	require.Equal(t, 500*time.Millisecond, cfg.Embedded.BlockTime)
	require.Equal(t, "console", cfg.Log.Format)
}

// badFiles maps each testdata/*.bad.yml to substrings its error must contain.
var badFiles = map[string][]string{
	"aave_bad_address.bad.yml":    {"aave_bad_address.bad.yml: line 11: aave[0].pool: invalid address", "bad EIP-55 checksum (want 0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"},
	"aave_bad_version.bad.yml":    {`aave_bad_version.bad.yml: aave[0].version: must be 3.3, 3.5 or 3.6 (3.4 is not supported), got "3.4"`},
	"aave_callback_venue.bad.yml": {"aave_callback_venue.bad.yml: aave[0].reserves[0].venue: required when liquidation.mode is callback"},
	"aave_embedded.bad.yml":       {`aave_embedded.bad.yml: aave: must be empty when chain.rpc_url is "embedded": the embedded world has no Aave pool`},
	"aave_names.bad.yml": {
		"aave_names.bad.yml: aave[1].name: required when more than one aave pool is configured",
		`aave[2].name: duplicate pool name "core" (also aave[0])`,
		"aave[2].pool: duplicate pool 0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2 (also aave[0])",
	},
	"aave_required_fields.bad.yml": {
		"aave_required_fields.bad.yml: aave[0].pool: required",
		"aave[0].addresses_provider: required",
		"aave[0].oracle: required",
		"aave[0].version: required: the pool's Aave release, 3.3, 3.5 or 3.6",
	},
	"aave_reserves.bad.yml": {
		`aave_reserves.bad.yml: aave[0].reserves[0].asset: unknown asset "rsETH": no entry in assets has this symbol`,
		`aave[0].reserves[1].venue.kind: must be curve or univ3, got "balancer"`,
		"aave[0].reserves[1].venue.pool: required",
		`aave[0].reserves[2].asset: duplicate reserve "ezETH" (also reserves[1])`,
		"aave[1].reserves: at least one reserve is required",
	},
	"aave_unknown_field.bad.yml": {"aave_unknown_field.bad.yml: line 16: aave[0].reserves[0].symbol: unknown field (valid: asset, venue)"},
	"deleverage_aave.bad.yml": {
		"deleverage_aave.bad.yml: deleverage.positions[0].market: exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got neither",
		"deleverage.positions[1].aave: exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got both",
		"deleverage.positions[2].collateral: required with aave",
		"deleverage.positions[3].collateral: only with aave",
		`deleverage.positions[4].aave: not in aave: no pool is named "spark"`,
		`deleverage.positions[5].collateral: "rsETH" is not a reserve of aave pool "core"`,
		`deleverage.positions[6].collateral: reserve "ezETH" of aave pool "core" needs a venue`,
	},
	"address_no_prefix.bad.yml":         {"line 13: assets[0].market_price.feed: invalid address", "want 0x followed by 40 hex digits"},
	"bad_address.bad.yml":               {"bad_address.bad.yml: line 9: assets[0].fair_value.contract: invalid address \"0x22222222222222222222222222222222222222\""},
	"bad_checksum.bad.yml":              {"line 6: assets[0].token:", "bad EIP-55 checksum", "want 0xbf5495Efe5DB9ce00f80364C8B423567e58d2110"},
	"bad_duration.bad.yml":              {"bad_duration.bad.yml: line 14: assets[0].market_price.heartbeat: cannot unmarshal !!str `1 day` into time.Duration"},
	"duration_no_unit.bad.yml":          {"line 19: keeper.head_timeout: cannot unmarshal !!int `90` into time.Duration"},
	"negative_heartbeat.bad.yml":        {"negative_heartbeat.bad.yml: assets[0].market_price.heartbeat: must be > 0"},
	"bad_hysteresis.bad.yml":            {"keeper.hysteresis_bps: must be between 0 and 1000, got 5000"},
	"bad_book.bad.yml":                  {"book.verify_schedule: not a cron spec", "book.verify_sample: must be >= 0", "book.refresh_interval: must be at most half of redis.ttl (2m0s), got 5m0s"},
	"bad_log_level.bad.yml":             {"log.level: must be one of debug, info, warn, error", `"verbose"`},
	"bad_market_id.bad.yml":             {"line 16: markets[0].id: invalid id \"0x1234\": want 0x followed by 64 hex digits"},
	"bad_method.bad.yml":                {"assets[0].fair_value.method: must look like name()", "getRate(uint256)"},
	"erc4626_with_method.bad.yml":       {"assets[0].fair_value.method: must be empty for kind erc4626"},
	"rate_without_method.bad.yml":       {"assets[0].fair_value.method: required for kind rate"},
	"bad_metrics_listen.bad.yml":        {"metrics.listen: must be host:port"},
	"bad_price_path.bad.yml":            {"embedded.price_path: must be depeg or calm, got \"moon\""},
	"bad_redis_db.bad.yml":              {"redis.url: redis: invalid database number"},
	"bad_redis_url.bad.yml":             {"redis.url: redis: invalid URL scheme: http"},
	"bad_rpc_scheme.bad.yml":            {"bad_rpc_scheme.bad.yml: chain.rpc_url: unsupported scheme \"ftp\": want ws, wss, http, https, or \"embedded\""},
	"bad_symbol.bad.yml":                {"assets[0].symbol: must be 1 to 32 characters", `"ez ETH"`},
	"bad_tx.bad.yml":                    {"tx.num_confirmations: must be >= 1", "tx.fee_bump_pct: must be >= 10", "tx.resubmit_interval: must be less than tx.send_timeout"},
	"duplicate_key.bad.yml":             {"line 18: chain: mapping key \"chain\" already defined at line 1"},
	"duplicate_symbol.bad.yml":          {"assets[1].symbol: duplicate symbol \"EZETH\" (also assets[0])", "markets[1].id: duplicate market id", "assets[1].market_price.heartbeat: must be > 0"},
	"embedded_with_assets.bad.yml":      {"embedded_with_assets.bad.yml: assets: must be empty when chain.rpc_url is \"embedded\""},
	"embedded_with_markets.bad.yml":     {"embedded_with_markets.bad.yml: markets: must be empty when chain.rpc_url is \"embedded\": the embedded world defines its own markets"},
	"env_bad_name.bad.yml":              {"env_bad_name.bad.yml: line 2: invalid variable name \"1BAD\""},
	"env_unset.bad.yml":                 {"env_unset.bad.yml: line 5: ${TEST_UNSET_CHAIN_ID} is not set: export TEST_UNSET_CHAIN_ID"},
	"comments_only.bad.yml":             {"comments_only.bad.yml: the config is empty"},
	"empty.bad.yml":                     {"empty.bad.yml: the config is empty: start from config.yaml"},
	"env_unterminated.bad.yml":          {"env_unterminated.bad.yml: line 2: unterminated ${"},
	"garbage_amount.bad.yml":            {"line 19: liquidation.min_profit: invalid amount", "no decimal point"},
	"garbage_tip.bad.yml":               {"line 19: tx.min_tip_cap_wei: invalid amount", "unexpected character 'o'"},
	"garbage_wad.bad.yml":               {"line 19: keeper.health_alert: invalid decimal", "unexpected character 'x'"},
	"health_alert_low.bad.yml":          {"keeper.health_alert: must be > 1, got 0.980000000000000000"},
	"keystore_without_password.bad.yml": {"wallet.password_file: required when wallet.keystore is set"},
	"missing_collateral_asset.bad.yml":  {"missing_collateral_asset.bad.yml: markets[0].collateral: unknown asset \"rsETH\""},
	"multi_doc.bad.yml":                 {"multi_doc.bad.yml: line 3: multiple YAML documents"},
	"negative_amount.bad.yml":           {"line 19: liquidation.min_profit: invalid amount", "must not be negative"},
	"negative_wad.bad.yml":              {"keeper.health_alert: must be > 1, got -1.500000000000000000"},
	"no_markets.bad.yml":                {"no_markets.bad.yml: markets: at least one Morpho market (markets) or Aave pool (aave) is required when chain.rpc_url is not \"embedded\""},
	"not_a_mapping.bad.yml":             {"not_a_mapping.bad.yml: line 1: cannot unmarshal !!seq into config.Config"},
	"syntax.bad.yml":                    {"syntax.bad.yml: line 2: did not find expected key"},
	"unknown_field.bad.yml":             {"unknown_field.bad.yml: line 4: chain.rpc_timeout: unknown field", "valid: call_timeout, chain_id"},
	"wad_too_precise.bad.yml":           {"line 19: keeper.health_alert: invalid decimal", "too many fractional digits: 19 given, at most 18 allowed"},
	"zero_chain_id.bad.yml":             {"chain.chain_id: required: must be > 0"},
	"rpc_urls_both.bad.yml":             {"rpc_urls_both.bad.yml: chain.rpc_urls: exactly one of rpc_url or rpc_urls is required, got both"},
	"rpc_urls_empty.bad.yml":            {"rpc_urls_empty.bad.yml: chain.rpc_urls: must list at least one ws://, wss://, http:// or https:// URL"},
	"failover_unknown_field.bad.yml":    {"failover_unknown_field.bad.yml: line 6: chain.failover.hedge: unknown field (valid: call_timeout, check_interval, hedge_reads, max_head_age, max_head_lag_blocks, requests_per_second)"},
	"rpc_urls_invalid.bad.yml": {
		`rpc_urls_invalid.bad.yml: chain.rpc_urls[1]: "embedded" is only valid as rpc_url`,
		`chain.rpc_urls[2]: unsupported scheme "ftp": want ws, wss, http, https, or "embedded"`,
		"chain.rpc_urls[3]: duplicate of rpc_urls[0]",
		"chain.rpc_urls[4]: missing host",
	},
	"failover_bad.bad.yml": {
		"failover_bad.bad.yml: chain.failover.max_head_age: must be > 0, got 0s",
		"chain.failover.check_interval: must be > 0, got -5s",
		"chain.failover.requests_per_second: must be >= 0 (0 is unlimited), got -1",
		"chain.failover.call_timeout: must be at most chain.call_timeout (10s), got 20s",
	},
	"webhook_bad.bad.yml": {
		"webhook_bad.bad.yml: alerts.webhook.url: must be an http(s) URL, or empty to disable the webhook",
		`alerts.webhook.format: must be json, slack or pagerduty, got "teams"`,
		`alerts.webhook.min_severity: must be info, warning or critical, got "warn"`,
		"alerts.webhook.max_per_minute: must be >= 1, got 0",
		"alerts.webhook.dedup_window: must not be negative (0 disables deduplication), got -1s",
		"alerts.webhook.timeout: must be > 0, got 0s",
	},
	"webhook_routing_key.bad.yml":           {"webhook_routing_key.bad.yml: alerts.webhook.routing_key: required with format pagerduty"},
	"webhook_key_without_pagerduty.bad.yml": {"webhook_key_without_pagerduty.bad.yml: alerts.webhook.routing_key: only used with format pagerduty, got format json"},
	"webhook_unknown_field.bad.yml":         {"webhook_unknown_field.bad.yml: line 4: alerts.webhook.channel: unknown field (valid: dedup_window, format, max_per_minute, min_severity, routing_key, timeout, url)"},
}

func TestLoadBadFiles(t *testing.T) {
	t.Parallel()
	env := envMap(map[string]string{"TEST_RPC_URL": "https://rpc.example.org/v2/SECRETKEY"})
	for name, want := range badFiles {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cfg, err := Load(filepath.Join("testdata", name), env)
			require.Nil(t, cfg)
			require.Error(t, err)
			msg := err.Error()
			require.NotContains(t, msg, "\n", "errors are one line")
			require.True(t, strings.HasPrefix(msg, "testdata/"+name+": "), "error names the file: %s", msg)
			for _, w := range want {
				require.Contains(t, msg, w)
			}
			// Secrets in the config or environment are never echoed.
			require.NotContains(t, msg, "hunter2")
			require.NotContains(t, msg, "SECRETKEY")
		})
	}
}

// TestBadFilesCovered keeps the table and testdata/ in step.
func TestBadFilesCovered(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("testdata/*.bad.yml")
	require.NoError(t, err)
	var onDisk, inTable []string
	for _, f := range files {
		onDisk = append(onDisk, filepath.Base(f))
	}
	for name := range badFiles {
		inTable = append(inTable, name)
	}
	sort.Strings(onDisk)
	sort.Strings(inTable)
	require.Equal(t, onDisk, inTable)
}

func TestLoadMissingFile(t *testing.T) {
	t.Parallel()
	_, err := Load("testdata/does-not-exist.yml", nil)
	require.ErrorIs(t, err, os.ErrNotExist)
	require.Contains(t, err.Error(), "does-not-exist.yml")
}

func TestLoadNilGetenvUsesProcessEnv(t *testing.T) {
	// Not parallel: sets a process environment variable.
	t.Setenv("LRTKEEPER_TEST_LOG_LEVEL", "warn")
	cfg, err := Parse("x.yml", []byte("log:\n  level: ${LRTKEEPER_TEST_LOG_LEVEL}\n"), nil)
	require.NoError(t, err)
	require.Equal(t, "warn", cfg.Log.Level)
}

func TestExpandEnv(t *testing.T) {
	t.Parallel()
	env := envMap(map[string]string{"A": "alpha", "EMPTY": "", "B_2": "b"})
	tests := []struct {
		in, want string
		wantErr  string
	}{
		{in: "x: ${A}", want: "x: alpha"},
		{in: "x: ${B_2}${A}", want: "x: balpha"},
		{in: "x: ${UNSET}", wantErr: "line 1: ${UNSET} is not set: export UNSET, or give a default with ${UNSET:-value}"},
		{in: "a: 1\nx: ${EMPTY}", wantErr: "line 2: ${EMPTY} is not set"},
		{in: "x: ${UNSET:-dflt}", want: "x: dflt"},
		{in: "x: ${EMPTY:-dflt}", want: "x: dflt"},
		{in: "x: ${A:-dflt}", want: "x: alpha"},
		{in: "x: ${UNSET:-}", want: "x: "},
		{in: "x: ${UNSET:-a:b-c $ d}", want: "x: a:b-c $ d"},
		{in: "x: $$", want: "x: $"},
		{in: "x: $${A}", want: "x: ${A}"},
		{in: "x: $$$${A}", want: "x: $${A}"},
		{in: "x: $$${A}", want: "x: $alpha"},
		{in: "x: $A $ 5$", want: "x: $A $ 5$"},
		{in: "x: ${A", wantErr: "line 1: unterminated ${"},
		{in: "a: 1\nx: ${A\n}", wantErr: "line 2: unterminated ${"},
		{in: "x: ${}", wantErr: "invalid variable name \"\""},
		{in: "x: ${A-B}", wantErr: "invalid variable name \"A-B\""},
		{in: "x: ${A:=b}", wantErr: "invalid variable name \"A:=b\""},
		{in: "x: ${A:-${B}}", wantErr: "nested ${...}"},
	}
	for _, tt := range tests {
		got, err := expandEnv([]byte(tt.in), env)
		if tt.wantErr != "" {
			require.ErrorContains(t, err, tt.wantErr, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		require.Equal(t, tt.want, string(got), tt.in)
	}
}

func TestExpandEnvDoesNotLeakValues(t *testing.T) {
	t.Parallel()
	env := envMap(map[string]string{"SECRET": "s3cr3t-value"})
	_, err := Parse("c.yml", []byte("chain:\n  rpc_url: ${SECRET}\n  chain_id: 1\n"), env)
	require.Error(t, err)
	require.NotContains(t, err.Error(), "s3cr3t-value")

	_, err = Parse("c.yml", []byte("chain:\n  rpc_url: \"ftp://user:${SECRET}@host/${SECRET}\"\n"), env)
	require.ErrorContains(t, err, "unsupported scheme")
	require.NotContains(t, err.Error(), "s3cr3t-value")

	_, err = Parse("c.yml", []byte("redis:\n  url: \"redis://u:${SECRET}@host:bad/0\"\n"), env)
	require.ErrorContains(t, err, "redis.url: not a valid URL")
	require.NotContains(t, err.Error(), "s3cr3t-value")
}

// validConfig returns a valid non-embedded config with two assets.
func validConfig() *Config {
	c := Default()
	c.Chain.RPCURL = "https://rpc.example.org"
	c.Chain.ChainID = 1
	c.Chain.WrappedNative = common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
	c.Redis.URL = "redis://localhost:6379/0"
	asset := func(sym string, n byte) Asset {
		a := DefaultAsset()
		a.Symbol = sym
		a.Token = common.BytesToAddress([]byte{n})
		a.FairValue.Kind = FairValueERC4626
		a.FairValue.Contract = common.BytesToAddress([]byte{n, 1})
		a.MarketPrice.Kind = MarketPriceChainlink
		a.MarketPrice.Feed = common.BytesToAddress([]byte{n, 2})
		a.MarketPrice.Heartbeat = time.Hour
		return a
	}
	c.Assets = []Asset{asset("ezETH", 1), asset("weETH", 2)}
	c.Markets = []Market{
		{ID: common.BytesToHash([]byte{1}), Collateral: "ezETH"},
		{ID: common.BytesToHash([]byte{2}), Collateral: "weETH", Name: "weETH/WETH"},
	}
	return c
}

func TestCheckFieldPaths(t *testing.T) {
	t.Parallel()
	c := validConfig()
	require.NoError(t, c.Check())

	c.Assets[1].MarketPrice.Heartbeat = 0
	c.Assets[1].Decimals = 40
	c.Markets[1].Collateral = "rsETH"
	c.Redis.TTL = 0
	c.Keeper.HealthAlert = Wad{}
	c.Tx.MinTipCapWei = Amount{}
	err := c.Check()
	require.Error(t, err)
	msg := err.Error()
	require.NotContains(t, msg, "\n")
	for _, w := range []string{
		"assets[1].market_price.heartbeat: must be > 0",
		"assets[1].decimals: must be between 1 and 36, got 40",
		"markets[1].collateral: unknown asset \"rsETH\"",
		"redis.ttl: must be > 0",
		"keeper.health_alert: required",
		"tx.min_tip_cap_wei: required",
	} {
		require.Contains(t, msg, w)
	}

	var list Errors
	require.ErrorAs(t, err, &list)
	require.Len(t, list, 6)
	var fe *FieldError
	require.ErrorAs(t, list[0], &fe)
	require.Equal(t, "redis.ttl", fe.Path)

	// A section's own Check uses paths relative to the section.
	err = c.Assets[1].Check()
	require.ErrorContains(t, err, "market_price.heartbeat: must be > 0")
	require.NotContains(t, err.Error(), "assets[")
}

func TestCheckCrossSection(t *testing.T) {
	t.Parallel()

	c := validConfig()
	c.Assets[1].Symbol = "EzEth"
	c.Assets[1].Token = c.Assets[0].Token
	c.Markets[1].ID = c.Markets[0].ID
	err := c.Check()
	require.ErrorContains(t, err, "assets[1].symbol: duplicate symbol \"EzEth\" (also assets[0])")
	require.ErrorContains(t, err, "assets[1].token: duplicate token")
	require.ErrorContains(t, err, "markets[1].id: duplicate market id")

	c = validConfig()
	c.Keeper.HeadTimeout = time.Second
	require.ErrorContains(t, c.Check(), "keeper.head_timeout: must be greater than chain.poll_interval")

	c = Default()
	c.Embedded.BlockTime = 5 * time.Minute
	require.ErrorContains(t, c.Check(), "keeper.head_timeout: must be greater than embedded.block_time")

	c = validConfig()
	c.Chain.RPCURL = EmbeddedURL
	err = c.Check()
	require.ErrorContains(t, err, "assets: must be empty when chain.rpc_url is \"embedded\"")
	require.ErrorContains(t, err, "markets: must be empty when chain.rpc_url is \"embedded\"")

	c = validConfig()
	c.Markets = nil
	require.ErrorContains(t, c.Check(), "markets: at least one Morpho market (markets) or Aave pool (aave) is required")

	// Callback liquidation needs the executor and a venue for every market.
	c = validConfig()
	c.Liquidation.Mode = LiquidationCallback
	err = c.Check()
	require.ErrorContains(t, err, "liquidation.executor: required in callback mode")
	require.ErrorContains(t, err, "markets[0].venue: required when liquidation.mode is callback")
	c.Liquidation.Executor = common.HexToAddress("0xE1")
	for i := range c.Markets {
		c.Markets[i].Venue = &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0xC1"), I: 1, J: 0}
	}
	require.NoError(t, c.Check())
	c.Markets[1].Venue = &Venue{Kind: "balancer", I: 1, J: 1}
	err = c.Check()
	require.ErrorContains(t, err, `markets[1].venue.kind: must be curve or univ3, got "balancer"`)
	require.ErrorContains(t, err, "markets[1].venue.pool: required")
	c.Markets[1].Venue = &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0xC1"), I: 1, J: 1}
	require.ErrorContains(t, c.Check(), "markets[1].venue.i: i and j must be distinct")

	c = validConfig()
	c.Liquidation.Mode = "flash"
	c.Liquidation.MaxSlippageBps = -1
	c.Liquidation.OracleGuard = OracleGuard{MaxDeviationBps: 20_000, Policy: "ignore"}
	err = c.Check()
	require.ErrorContains(t, err, `liquidation.mode: must be inventory or callback, got "flash"`)
	require.ErrorContains(t, err, "liquidation.max_slippage_bps: must be between 0 and 5000, got -1")
	require.ErrorContains(t, err, "liquidation.oracle_guard.max_deviation_bps: must be between 0 (off) and 10000")
	require.ErrorContains(t, err, `liquidation.oracle_guard.policy: must be hold or act, got "ignore"`)

	// The transaction manager's new knobs; the private URL is never quoted.
	c = validConfig()
	c.Tx.GasMarginPct, c.Tx.CancelAfter, c.Tx.MaxInFlight = 300, -time.Second, -1
	c.Tx.Private = PrivateSubmission{URL: "ftp://user:secret@relay", Method: "eth_send"}
	err = c.Check()
	for _, want := range []string{
		"tx.gas_margin_pct: must be between 0 and 200, got 300",
		"tx.cancel_after: must not be negative",
		"tx.max_in_flight: must not be negative",
		`tx.private.method: must be eth_sendRawTransaction or eth_sendBundle, got "eth_send"`,
		"tx.private.url: must be an http(s) URL",
	} {
		require.ErrorContains(t, err, want)
	}
	require.NotContains(t, err.Error(), "secret")

	// Managed positions: a watched market with a venue, the executor, and
	// sane healths.
	c = validConfig()
	c.Deleverage.Positions = []ManagedPosition{{
		Market: c.Markets[0].ID, Borrower: common.HexToAddress("0xB0"), TriggerHealth: mustWad("1.10"),
		TargetHealth: mustWad("1.05"), TriggerPrice: "spot", MaxSlippageBps: 50,
	}, {Market: common.HexToHash("0x99")}}
	c.Deleverage.Tolerance = mustWad("-0.5")
	require.ErrorContains(t, c.Check(), "deleverage.tolerance: must be between 0 and 1, got -0.5")
	c.Deleverage.Tolerance = Wad{}
	err = c.Check()
	for _, want := range []string{
		"deleverage.tolerance: required",
		"deleverage.positions[0].target_health: must be above trigger_health 1.10",
		`deleverage.positions[0].trigger_price: must be oracle, market or fair, got "spot"`,
		"deleverage.positions[1].borrower: required",
		"deleverage.positions[1].trigger_health: required",
		"liquidation.executor: required by deleverage.positions",
		"deleverage.positions[0].market: market " + c.Markets[0].ID.Hex() + " needs a venue",
		"deleverage.positions[1].market: not in markets",
	} {
		require.ErrorContains(t, err, want)
	}
	c.Deleverage = Deleverage{Tolerance: mustWad("0.01"), Positions: []ManagedPosition{{
		Market: c.Markets[0].ID, Borrower: common.HexToAddress("0xB0"), TriggerHealth: mustWad("1.10"),
		TargetHealth: mustWad("1.25"), TriggerPrice: PriceMarket, MaxSlippageBps: 50, MinDepegPersist: time.Minute,
	}}}
	c.Liquidation.Executor = common.HexToAddress("0xE1")
	c.Markets[0].Venue = &Venue{Kind: VenueUniV3, Pool: common.HexToAddress("0xC1")}
	require.NoError(t, c.Check())
}

func TestLoadRPCURLs(t *testing.T) {
	t.Parallel()
	cfg, err := Load("testdata/rpc_urls.good.yml", envMap(map[string]string{
		"TEST_RPC_URL": "https://eth.example.com/v2/APIKEY",
	}))
	require.NoError(t, err)
	// rpc_urls alone: rpc_url is not left at its default "embedded".
	require.Empty(t, cfg.Chain.RPCURL)
	require.False(t, cfg.EmbeddedChain())
	want := []string{"https://eth.example.com/v2/APIKEY", "wss://backup.example.org/ws"}
	require.Equal(t, want, cfg.Chain.RPCURLs)
	require.Equal(t, want, cfg.Chain.Endpoints())
	require.Equal(t, Failover{
		MaxHeadLagBlocks: 5, MaxHeadAge: time.Minute, CallTimeout: 3 * time.Second,
		CheckInterval: 2 * time.Second, HedgeReads: true, RequestsPerSecond: 12.5,
	}, cfg.Chain.Failover)
	require.Equal(t, 3*time.Second, cfg.Chain.FailoverCallTimeout())

	// A single rpc_url keeps working and gets the failover defaults.
	cfg, err = Load("testdata/minimal.good.yml", nil)
	require.NoError(t, err)
	require.Nil(t, cfg.Chain.RPCURLs)
	require.Equal(t, []string{"https://rpc.example.org"}, cfg.Chain.Endpoints())
	require.Equal(t, Failover{MaxHeadLagBlocks: 3, MaxHeadAge: 30 * time.Second, CheckInterval: 5 * time.Second}, cfg.Chain.Failover)
	require.Equal(t, cfg.Chain.CallTimeout, cfg.Chain.FailoverCallTimeout(), "failover.call_timeout defaults to chain.call_timeout")

	// A null rpc_url next to rpc_urls counts as not given; a null rpc_urls
	// leaves the default rpc_url.
	minimal, err := os.ReadFile("testdata/minimal.good.yml")
	require.NoError(t, err)
	nullURL := strings.Replace(string(minimal), "rpc_url: https://rpc.example.org", "rpc_url:\n  rpc_urls: [http://127.0.0.1:8545]", 1)
	require.NotEqual(t, string(minimal), nullURL)
	cfg, err = Parse("x.yml", []byte(nullURL), nil)
	require.NoError(t, err)
	require.Equal(t, []string{"http://127.0.0.1:8545"}, cfg.Chain.Endpoints())
	cfg, err = Parse("x.yml", []byte("chain:\n  rpc_urls:\n"), nil)
	require.NoError(t, err)
	require.True(t, cfg.EmbeddedChain())
}

func TestSectionChecks(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   string
	}{
		{"rpc empty", func(c *Config) { c.Chain.RPCURL = "" }, "chain.rpc_url: required"},
		{"rpc no host", func(c *Config) { c.Chain.RPCURL = "http://" }, "chain.rpc_url: missing host"},
		{"rpc garbage", func(c *Config) { c.Chain.RPCURL = "::not a url" }, "chain.rpc_url: not a valid URL"},
		{"rpc relative", func(c *Config) { c.Chain.RPCURL = "localhost:8545" }, "chain.rpc_url: unsupported scheme"},
		{"multicall zero", func(c *Config) { c.Chain.Multicall3 = common.Address{} }, "chain.multicall3: required"},
		{"log range", func(c *Config) { c.Chain.LogRange = 0 }, "chain.log_range: must be > 0"},
		{"call timeout", func(c *Config) { c.Chain.CallTimeout = -time.Second }, "chain.call_timeout: must be > 0, got -1s"},
		{"rpc urls and url", func(c *Config) { c.Chain.RPCURLs = []string{"https://a.example"} }, "chain.rpc_urls: exactly one of rpc_url or rpc_urls is required, got both"},
		{"rpc urls relative", func(c *Config) { c.Chain.RPCURL, c.Chain.RPCURLs = "", []string{"https://a.example", "localhost:8545"} }, "chain.rpc_urls[1]: unsupported scheme"},
		{"rpc urls empty", func(c *Config) { c.Chain.RPCURL, c.Chain.RPCURLs = "", []string{} }, "chain.rpc_urls: must list at least one"},
		{"failover call timeout", func(c *Config) { c.Chain.Failover.CallTimeout = -time.Second }, "chain.failover.call_timeout: must not be negative, got -1s"},
		{"failover rps", func(c *Config) { c.Chain.Failover.RequestsPerSecond = math.Inf(1) }, "chain.failover.requests_per_second: must be >= 0 (0 is unlimited), got +Inf"},
		{"failover interval", func(c *Config) { c.Chain.Failover.CheckInterval = 0 }, "chain.failover.check_interval: must be > 0, got 0s"},
		{"redis empty", func(c *Config) { c.Redis.URL = "" }, "redis.url: required"},
		{"redis embedded addr", func(c *Config) { c.Redis.URL = EmbeddedURL; c.Redis.EmbeddedAddr = "127.0.0.1" }, "redis.embedded_addr: must be host:port"},
		{"redis embedded port", func(c *Config) { c.Redis.URL = EmbeddedURL; c.Redis.EmbeddedAddr = "127.0.0.1:99999" }, "redis.embedded_addr: port must be a number"},
		{"redis prefix", func(c *Config) { c.Redis.KeyPrefix = "" }, "redis.key_prefix: required"},
		{"redis prefix space", func(c *Config) { c.Redis.KeyPrefix = "a b" }, "redis.key_prefix: must not contain spaces"},
		{"password without keystore", func(c *Config) { c.Wallet.PasswordFile = "/p" }, "wallet.keystore: required when wallet.password_file is set"},
		{"morpho zero", func(c *Config) { c.Morpho.Address = common.Address{} }, "morpho.address: required"},
		{"no symbol", func(c *Config) { c.Assets[0].Symbol = "" }, "assets[0].symbol: required"},
		{"long symbol", func(c *Config) { c.Assets[0].Symbol = strings.Repeat("a", 33) }, "assets[0].symbol: must be 1 to 32"},
		{"no token", func(c *Config) { c.Assets[0].Token = common.Address{} }, "assets[0].token: required"},
		{"fv kind", func(c *Config) { c.Assets[0].FairValue.Kind = "oracle" }, "assets[0].fair_value.kind: must be erc4626, rate, rebasing or chained, got \"oracle\""},
		{"fv kind empty", func(c *Config) { c.Assets[0].FairValue.Kind = "" }, "assets[0].fair_value.kind: required"},
		{"fv contract", func(c *Config) { c.Assets[0].FairValue.Contract = common.Address{} }, "assets[0].fair_value.contract: required"},
		{"fv decimals", func(c *Config) { c.Assets[0].FairValue.Decimals = 0 }, "assets[0].fair_value.decimals: must be between 1 and 36"},
		{"rate method spaces", func(c *Config) {
			c.Assets[0].FairValue.Kind = FairValueRate
			c.Assets[0].FairValue.Method = "get Rate()"
		}, "assets[0].fair_value.method: must look like name()"},
		{"mp kind", func(c *Config) { c.Assets[0].MarketPrice.Kind = "pyth" }, "assets[0].market_price.kind: an inline source must be chainlink, got \"pyth\""},
		{"mp kind empty", func(c *Config) { c.Assets[0].MarketPrice.Kind = "" }, "assets[0].market_price.kind: an inline source must be chainlink"},
		{"mp feed", func(c *Config) { c.Assets[0].MarketPrice.Feed = common.Address{} }, "assets[0].market_price.feed: required"},
		{"depeg band zero", func(c *Config) { c.Assets[0].DepegBandsBps = []int{0} }, "assets[0].depeg_bands_bps[0]: must be > 0 and < 10000, got 0"},
		{"depeg bands order", func(c *Config) { c.Assets[0].DepegBandsBps = []int{100, 50} }, "assets[0].depeg_bands_bps[1]: bands must be strictly ascending"},
		{"depeg no bands", func(c *Config) { c.Assets[0].DepegBandsBps = nil }, "assets[0].depeg_bands_bps: at least one band"},
		{"both inline and sources", func(c *Config) {
			c.Assets[0].MarketPrice.Sources = []PriceSource{{Kind: SourceCurveEMA, Pool: common.HexToAddress("0x01")}}
		}, "assets[0].market_price.sources: give either one inline source"},
		{"twap window", func(c *Config) {
			c.Assets[0].MarketPrice = MarketPrice{Quorum: 1, MaxSpreadBps: 100, Sources: []PriceSource{{Kind: SourceUniswapV3TWAP, Pool: common.HexToAddress("0x01")}}}
		}, "assets[0].market_price.sources[0].window: must be between 1m and 24h"},
		{"quorum above sources", func(c *Config) { c.Assets[0].MarketPrice.Quorum = 2 }, "assets[0].market_price.quorum: must be between 1 and the number of sources (1), got 2"},
		{"duplicate source names", func(c *Config) {
			c.Assets[0].MarketPrice = MarketPrice{Quorum: 1, MaxSpreadBps: 100, Sources: []PriceSource{
				{Kind: SourceCurveEMA, Pool: common.HexToAddress("0x01")}, {Kind: SourceCurveEMA, Pool: common.HexToAddress("0x02")}}}
		}, "assets[0].market_price.sources[1].name: duplicate source name \"curve_ema\""},
		{"chained one step", func(c *Config) {
			c.Assets[0].FairValue = FairValue{Kind: FairValueChained, Steps: []RateStep{{Kind: FairValueRebasing}}}
		}, "assets[0].fair_value.steps: kind chained needs at least 2 steps"},
		{"rebasing with contract", func(c *Config) {
			c.Assets[0].FairValue = FairValue{Kind: FairValueRebasing, Contract: common.HexToAddress("0x01")}
		}, "assets[0].fair_value.kind: kind rebasing is 1:1"},
		{"capo negative", func(c *Config) { c.Assets[0].Capo.MaxYearlyGrowth = mustWad("-0.1") }, "assets[0].capo.max_yearly_growth: must be between 0 and 10"},
		{"exec quote kind", func(c *Config) { c.Assets[0].ExecQuote.Kind = "1inch" }, "assets[0].exec_quote.kind: must be empty or curve"},
		{"capo adapter name", func(c *Config) {
			c.Assets[0].CapoAdapters = []CapoAdapter{{Address: common.HexToAddress("0x01")}}
		}, "assets[0].capo_adapters[0].name: is required"},
		{"capo adapter twice", func(c *Config) {
			c.Assets[0].CapoAdapters = []CapoAdapter{{Name: "aave", Address: common.HexToAddress("0x01")}, {Name: "aave", Address: common.HexToAddress("0x02")}}
		}, `assets[0].capo_adapters[1].name: "aave" is used twice`},
		{"capo adapter address", func(c *Config) { c.Assets[0].CapoAdapters = []CapoAdapter{{Name: "aave"}} }, "assets[0].capo_adapters[0].address: is required"},
		{"capo adapter bound", func(c *Config) {
			bad := -3
			c.Assets[0].CapoAdapters = []CapoAdapter{{Name: "aave", Address: common.HexToAddress("0x01"), AlertBelowBps: &bad}}
		}, "assets[0].capo_adapters[0].alert_below_bps: must be between 0 and 9999, got -3"},
		{"no wrapped native", func(c *Config) { c.Chain.WrappedNative = common.Address{} }, "chain.wrapped_native: required"},
		{"oracle kind", func(c *Config) { c.Markets[0].OracleKind = "twap" }, "markets[0].oracle_kind: must be auto, market, exchange_rate or capped"},
		{"onchain no oracle", func(c *Config) { c.OnChain.Enabled = true }, "onchain.risk_oracle: required when enabled"},
		{"stress slippage", func(c *Config) { c.Risk.StressSlippage = mustWad("1") }, "risk.stress_slippage: must be >= 0 and < 1"},
		{"market id", func(c *Config) { c.Markets[0].ID = common.Hash{} }, "markets[0].id: required"},
		{"market collateral", func(c *Config) { c.Markets[0].Collateral = "" }, "markets[0].collateral: required"},
		{"market name", func(c *Config) { c.Markets[0].Name = strings.Repeat("n", 65) }, "markets[0].name: must be at most 64 bytes"},
		{"health one", func(c *Config) { c.Keeper.HealthAlert = mustWad("1") }, "keeper.health_alert: must be > 1, got 1.000000000000000000"},
		{"hysteresis", func(c *Config) { c.Keeper.HysteresisBps = -1 }, "keeper.hysteresis_bps: must be between 0 and 1000"},
		{"head timeout", func(c *Config) { c.Keeper.HeadTimeout = 0 }, "keeper.head_timeout: must be > 0"},
		{"min profit", func(c *Config) { c.Liquidation.MinProfit = Amount{} }, "liquidation.min_profit: required"},
		{"min profit negative", func(c *Config) { c.Liquidation.MinProfit = NewAmount(big.NewInt(-1)) }, "liquidation.min_profit: must not be negative"},
		{"gas margin", func(c *Config) { c.Liquidation.GasLimitMarginPct = 201 }, "liquidation.gas_limit_margin_pct: must be between 0 and 200"},
		{"max gas", func(c *Config) { c.Liquidation.MaxGasLimit = 0 }, "liquidation.max_gas_limit: must be > 0"},
		{"fee bump huge", func(c *Config) { c.Tx.FeeBumpPct = 5000 }, "tx.fee_bump_pct: must be <= 1000"},
		{"fee limit", func(c *Config) { c.Tx.FeeLimitMultiplier = 0 }, "tx.fee_limit_multiplier: must be >= 1"},
		{"network timeout", func(c *Config) { c.Tx.NetworkTimeout = 0 }, "tx.network_timeout: must be > 0"},
		{"receipt interval", func(c *Config) { c.Tx.ReceiptQueryInterval = 0 }, "tx.receipt_query_interval: must be > 0"},
		{"tip negative", func(c *Config) { c.Tx.MinTipCapWei = NewAmount(big.NewInt(-1)) }, "tx.min_tip_cap_wei: must not be negative"},
		{"metrics port", func(c *Config) { c.Metrics.Listen = "127.0.0.1:http" }, "metrics.listen: port must be a number"},
		{"log format", func(c *Config) { c.Log.Format = "text" }, "log.format: must be json or console, got \"text\""},
		{"block time", func(c *Config) { c.Embedded.BlockTime = 0 }, "embedded.block_time: must be > 0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := validConfig()
			tt.mutate(c)
			require.ErrorContains(t, c.Check(), tt.want)
		})
	}
	// Metrics may be disabled.
	c := validConfig()
	c.Metrics.Listen = ""
	require.NoError(t, c.Check())
}

func TestRedisURLs(t *testing.T) {
	t.Parallel()
	for _, u := range []string{"redis://localhost:6379/0", "rediss://user:pw@cache.example.org:6380/3", "unix:///run/redis.sock", EmbeddedURL} {
		r := Default().Redis
		r.URL = u
		require.NoError(t, r.Check(), u)
	}
	r := Default().Redis
	r.URL = "redis://:topsecret@[::1/0"
	err := r.Check()
	require.ErrorContains(t, err, "url: not a valid URL")
	require.NotContains(t, err.Error(), "topsecret")
}

func TestRedactURL(t *testing.T) {
	t.Parallel()
	require.Equal(t, "https://eth.example.com/<redacted>", RedactURL("https://eth.example.com/v2/APIKEY"))
	require.Equal(t, "wss://eth.example.com", RedactURL("wss://eth.example.com"))
	require.Equal(t, "redis://cache:6379/<redacted>", RedactURL("redis://user:pw@cache:6379/0"))
	require.Equal(t, "embedded", RedactURL("embedded"))
	require.Equal(t, "<invalid url>", RedactURL("::x"))
	require.Equal(t, "https://rpc.example.io", RedactURL("https://user:pass@rpc.example.io"))
	require.NotContains(t, RedactURL("http://h/?key=SECRET"), "SECRET")
}

func TestWadAndAmountYAML(t *testing.T) {
	t.Parallel()
	var v struct {
		W  Wad    `yaml:"w"`
		W2 Wad    `yaml:"w2"`
		A  Amount `yaml:"a"`
		A2 Amount `yaml:"a2"`
	}
	require.NoError(t, yaml.Unmarshal([]byte("w: \"1.02\"\nw2: -0.5\na: 12345678901234567890123\na2: \"7\"\n"), &v))
	require.Equal(t, "1.020000000000000000", v.W.String())
	require.Equal(t, "-0.500000000000000000", v.W2.String())
	require.Equal(t, "12345678901234567890123", v.A.String())
	require.Equal(t, "7", v.A2.String())

	out, err := yaml.Marshal(v)
	require.NoError(t, err)
	require.Contains(t, string(out), "w: \"1.020000000000000000\"")
	require.Contains(t, string(out), "a: \"12345678901234567890123\"")

	var unset Wad
	require.False(t, unset.IsSet())
	require.Nil(t, unset.Big())
	require.Equal(t, "<nil>", unset.String())
	require.Equal(t, "<nil>", Amount{}.String())

	// Big returns copies: the config cannot be mutated through them.
	w := mustWad("1.5")
	w.Big().SetInt64(0)
	require.Equal(t, "1.500000000000000000", w.String())
	x := big.NewInt(9)
	a := NewAmount(x)
	x.SetInt64(1)
	require.Equal(t, "9", a.String())
	require.Equal(t, 0, NewWad(fixed.WadOne()).Big().Cmp(fixed.WadOne()))

	_, err = ParseWad("1e3")
	require.ErrorIs(t, err, fixed.ErrSyntax)
	_, err = ParseAmount("-1")
	require.ErrorIs(t, err, fixed.ErrRange)
}

func TestDecodeTypeErrorsNameTheField(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"chain:\n  chain_id: abc\n", "c.yml: line 2: chain.chain_id: cannot unmarshal !!str `abc` into uint64"},
		{"chain:\n  chain_id: -1\n", "line 2: chain.chain_id: cannot unmarshal !!int `-1` into uint64"},
		{"log: [a]\n", "line 1: log: cannot unmarshal !!seq into config.Log"},
		{"keeper:\n  health_alert: {x: 1}\n", "line 2: keeper.health_alert: expected a scalar value, got a mapping"},
		{"morpho:\n  address: [1]\n", "line 2: morpho.address: expected an address, got a sequence"},
		{"markets:\n  - id: {}\n", "line 2: markets[0].id: expected a 32-byte hex id, got a mapping"},
		{"assets:\n  - symbol: a\n    bogus: 1\n", "line 3: assets[0].bogus: unknown field"},
		{"nope: 1\n", "line 1: nope: unknown field (valid: aave, alerts, assets, book, chain, deleverage, embedded, keeper, leader, liquidation, log, markets, metrics, morpho, onchain, redis, risk, tx, wallet)"},
		{"liquidation:\n  enabled: maybe\n", "line 2: liquidation.enabled: cannot unmarshal !!str `maybe` into bool"},
		{"---\nlog: {level: info}\n---\n", "line 3: multiple YAML documents"},
		{"\tlog: 1\n", "c.yml: found character that cannot start any token"},
	}
	for _, tt := range tests {
		_, err := Parse("c.yml", []byte(tt.in), envMap(nil))
		require.ErrorContains(t, err, tt.want, tt.in)
		require.NotContains(t, err.Error(), "\n")
	}
}

func TestAliasesAndNulls(t *testing.T) {
	t.Parallel()
	in := `
x-heartbeat: &hb 1h
chain:
  rpc_url: https://rpc.example.org
  chain_id: 1
  wrapped_native: "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
  dial_timeout:        # null keeps the default
assets:
  - &ez
    symbol: ezETH
    token: "0x1111111111111111111111111111111111111111"
    fair_value: {kind: erc4626, contract: "0x2222222222222222222222222222222222222222"}
    market_price: {kind: chainlink, feed: "0x3333333333333333333333333333333333333333", heartbeat: *hb}
markets:
  - {id: "0x1111111111111111111111111111111111111111111111111111111111111111", collateral: ezETH}
`
	_, err := Parse("c.yml", []byte(in), envMap(nil))
	require.ErrorContains(t, err, "line 2: x-heartbeat: unknown field")

	in = strings.Replace(in, "x-heartbeat: &hb 1h\n", "", 1)
	in = strings.Replace(in, "heartbeat: *hb", "heartbeat: 1h", 1)
	cfg, err := Parse("c.yml", []byte(in), envMap(nil))
	require.NoError(t, err)
	require.Equal(t, 10*time.Second, cfg.Chain.DialTimeout)
	require.Equal(t, time.Hour, cfg.Assets[0].MarketPrice.Heartbeat)
}

func TestErrorsType(t *testing.T) {
	t.Parallel()
	sentinel := errors.New("boom")
	es := Errors{&FieldError{Path: "a.b", Err: sentinel}, &FieldError{Err: errors.New("c")}}
	require.Equal(t, "a.b: boom; c", es.Error())
	require.ErrorIs(t, es, sentinel)

	var ck checker
	ck.merge("root", es)
	ck.merge("list", Errors{&FieldError{Path: "[2].x", Err: sentinel}})
	ck.merge("plain", sentinel)
	require.Equal(t, "root.a.b: boom; root: c; list[2].x: boom; plain: boom", ck.err().Error())
}

// FuzzParse feeds arbitrary bytes through Load's parse path: it must never
// panic, and every error must be a single line naming the file.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.yml")
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add([]byte("${"))
	f.Add([]byte("x: !!binary ===\n"))
	f.Add([]byte("keeper: {health_alert: !!float 1.5}\n"))
	env := envMap(map[string]string{"LRTKEEPER_RPC_URL": "https://rpc.example.org", "A": "1"})
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.yml", data, env)
		if err != nil {
			if cfg != nil {
				t.Fatalf("config returned with error %v", err)
			}
			msg := err.Error()
			if strings.Contains(msg, "\n") {
				t.Fatalf("multi-line error: %q", msg)
			}
			if !strings.HasPrefix(msg, "fuzz.yml: ") {
				t.Fatalf("error does not name the file: %q", msg)
			}
			return
		}
		if cfg == nil {
			t.Fatal("nil config without error")
		}
		if err := cfg.Check(); err != nil {
			t.Fatalf("Parse returned a config that fails Check: %v", err)
		}
	})
}

func TestErrorCountIsCapped(t *testing.T) {
	t.Parallel()
	in := "chain: {rpc_url: https://rpc.example.org, chain_id: 1}\nassets:\n" + strings.Repeat("  - {symbol: a}\n", 50) + "markets: [{id: \"0x1111111111111111111111111111111111111111111111111111111111111111\", collateral: a}]\n"
	_, err := Parse("c.yml", []byte(in), envMap(nil))
	var list Errors
	require.ErrorAs(t, err, &list)
	require.Len(t, list, maxErrors+1)
	require.Regexp(t, `c\.yml: and \d+ more problems$`, err.Error())

	in = strings.Repeat("x: 1\n", 50)
	_, err = Parse("c.yml", []byte(in), envMap(nil))
	require.ErrorAs(t, err, &list)
	require.Len(t, list, maxErrors+1)
}

// validAavePool returns a valid aave pool over validConfig's assets.
func validAavePool() AavePool {
	return AavePool{
		Pool:              common.HexToAddress("0xA1"),
		AddressesProvider: common.HexToAddress("0xA2"),
		Oracle:            common.HexToAddress("0xA3"),
		Version:           "3.5",
		Reserves: []AaveReserve{
			{Asset: "ezETH"},
			{Asset: "weETH", Venue: &Venue{Kind: VenueUniV3, Pool: common.HexToAddress("0xC2"), ZeroForOne: true}},
		},
	}
}

// validAavePosition returns a valid managed position on validAavePool.
func validAavePosition() ManagedPosition {
	return ManagedPosition{
		Aave: DefaultAavePoolName, Collateral: "weETH", Borrower: common.HexToAddress("0xB0"),
		TriggerHealth: mustWad("1.10"), TargetHealth: mustWad("1.25"), TriggerPrice: PriceOracle,
	}
}

func TestLoadAave(t *testing.T) {
	t.Parallel()

	// Aave only: the only pool is named "aave" and starts at chain.start_block.
	cfg, err := Load("testdata/aave_only.good.yml", envMap(nil))
	require.NoError(t, err)
	require.Empty(t, cfg.Markets)
	require.Len(t, cfg.Aave, 1)
	p := cfg.Aave[0]
	require.Equal(t, DefaultAavePoolName, p.Name)
	require.Equal(t, uint64(16291127), p.StartBlock)
	require.Equal(t, common.HexToAddress("0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"), p.Pool)
	require.Equal(t, common.HexToAddress("0x2f39d218133AFaB8F2B819B1066c7E434Ad94E9e"), p.AddressesProvider)
	require.Equal(t, common.HexToAddress("0x54586bE62E3c3580375aE3723C145253060Ca0C2"), p.Oracle)
	require.Equal(t, common.Address{}, p.DataProvider)
	require.Equal(t, aave.V3_3, p.ParsedVersion())
	require.Equal(t, []AaveReserve{
		{Asset: "ezETH"},
		{Asset: "weETH", Venue: &Venue{Kind: VenueUniV3, Pool: common.HexToAddress("0x6666666666666666666666666666666666666666"), ZeroForOne: true}},
	}, p.Reserves)
	r, ok := p.Reserve("weETH")
	require.True(t, ok)
	require.Equal(t, VenueUniV3, r.Venue.Kind)
	_, ok = p.Reserve("rsETH")
	require.False(t, ok)
	got, ok := cfg.AavePoolByName("aave")
	require.True(t, ok)
	require.Equal(t, p.Pool, got.Pool)
	_, ok = cfg.AavePoolByName("core")
	require.False(t, ok)
	require.Len(t, cfg.Deleverage.Positions, 1)
	pos := cfg.Deleverage.Positions[0]
	require.True(t, pos.IsAave())
	require.Equal(t, "weETH", pos.Collateral)
	require.Equal(t, common.Hash{}, pos.Market)
	// Defaults of managed positions apply as for Morpho positions.
	require.Equal(t, "0.010000000000000000", cfg.Deleverage.Tolerance.String())

	// Morpho markets and two pools.
	cfg, err = Load("testdata/morpho_and_aave.good.yml", envMap(nil))
	require.NoError(t, err)
	require.Len(t, cfg.Markets, 1)
	require.Len(t, cfg.Aave, 2)
	core, fork := cfg.Aave[0], cfg.Aave[1]
	require.Equal(t, "core", core.Name)
	require.Equal(t, uint64(16291127), core.StartBlock, "an explicit start_block is kept")
	require.Equal(t, common.HexToAddress("0x497a1994c46d4f6C864904A9f1fac6328Cb7C8a6"), core.DataProvider)
	require.Equal(t, aave.V3_5, core.ParsedVersion())
	require.Equal(t, "fork", fork.Name)
	require.Equal(t, uint64(18883124), fork.StartBlock, "start_block defaults to chain.start_block")
	require.Equal(t, aave.V3_5, fork.ParsedVersion(), "3.6 rounds as 3.5")
	require.Equal(t, &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0x6666666666666666666666666666666666666666"), I: 1, J: 0}, core.Reserves[0].Venue)
	require.False(t, cfg.Deleverage.Positions[0].IsAave())
	require.True(t, cfg.Deleverage.Positions[1].IsAave())
	require.Equal(t, "core", cfg.Deleverage.Positions[1].Aave)
	require.Equal(t, 10*time.Minute, cfg.Deleverage.Positions[1].MinDepegPersist)
}

// TestExampleConfig loads the shipped example, as `lrtkeeper validate
// --config examples/mainnet.yaml` does.
func TestExampleConfig(t *testing.T) {
	t.Parallel()
	_, err := Load(filepath.Join("..", "..", "examples", "mainnet.yaml"), envMap(nil))
	require.ErrorContains(t, err, "mainnet.yaml: line 14: ${LRTKEEPER_RPC_URL} is not set: export LRTKEEPER_RPC_URL, or give a default with ${LRTKEEPER_RPC_URL:-value} (the node of the chain to watch")
	cfg, err := Load(filepath.Join("..", "..", "examples", "mainnet.yaml"), envMap(map[string]string{
		"LRTKEEPER_RPC_URL": "wss://eth.example.org/ws",
	}))
	require.NoError(t, err)
	require.NotEmpty(t, cfg.Markets)
	require.Len(t, cfg.Aave, 1)
	p := cfg.Aave[0]
	require.Equal(t, common.HexToAddress("0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"), p.Pool)
	require.Equal(t, common.HexToAddress("0x2f39d218133AFaB8F2B819B1066c7E434Ad94E9e"), p.AddressesProvider)
	require.Equal(t, common.HexToAddress("0x54586bE62E3c3580375aE3723C145253060Ca0C2"), p.Oracle)
	require.Equal(t, common.HexToAddress("0x497a1994c46d4f6C864904A9f1fac6328Cb7C8a6"), p.DataProvider)
	require.Equal(t, aave.V3_5, p.ParsedVersion())
	require.NotEmpty(t, p.Reserves)
	for _, r := range p.Reserves {
		_, ok := cfg.AssetBySymbol(r.Asset)
		require.True(t, ok, r.Asset)
	}
}

func TestAaveChecks(t *testing.T) {
	t.Parallel()
	withAave := func() *Config {
		c := validConfig()
		c.Aave = []AavePool{validAavePool()}
		return c
	}
	second := func(c *Config) AavePool {
		p := validAavePool()
		p.Pool = common.HexToAddress("0xA9")
		if c.Aave[0].Name == "" {
			c.Aave[0].Name = "core"
		}
		p.Name = "fork"
		return p
	}
	tests := []struct {
		name   string
		mutate func(c *Config)
		want   string
	}{
		{"pool zero", func(c *Config) { c.Aave[0].Pool = common.Address{} }, "aave[0].pool: required: the address of the Aave Pool"},
		{"provider zero", func(c *Config) { c.Aave[0].AddressesProvider = common.Address{} }, "aave[0].addresses_provider: required"},
		{"oracle zero", func(c *Config) { c.Aave[0].Oracle = common.Address{} }, "aave[0].oracle: required"},
		{"version empty", func(c *Config) { c.Aave[0].Version = "" }, "aave[0].version: required: the pool's Aave release, 3.3, 3.5 or 3.6 (3.4 is not supported)"},
		{"version 3.4", func(c *Config) { c.Aave[0].Version = "3.4" }, `aave[0].version: must be 3.3, 3.5 or 3.6 (3.4 is not supported), got "3.4"`},
		{"version 3.0", func(c *Config) { c.Aave[0].Version = "3.0" }, `aave[0].version: must be 3.3, 3.5 or 3.6 (3.4 is not supported), got "3.0"`},
		{"name syntax", func(c *Config) { c.Aave[0].Name = "core pool" }, `aave[0].name: must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got "core pool"`},
		{"second unnamed", func(c *Config) {
			p := second(c)
			p.Name = ""
			c.Aave = append(c.Aave, p)
		}, "aave[1].name: required when more than one aave pool is configured"},
		{"first unnamed", func(c *Config) {
			p := second(c)
			c.Aave[0].Name = ""
			c.Aave = append(c.Aave, p)
		}, "aave[0].name: required when more than one aave pool is configured"},
		{"names twice", func(c *Config) {
			p := second(c)
			p.Name = "core"
			c.Aave = append(c.Aave, p)
		}, `aave[1].name: duplicate pool name "core" (also aave[0])`},
		{"pool twice", func(c *Config) {
			p := second(c)
			p.Pool = c.Aave[0].Pool
			c.Aave = append(c.Aave, p)
		}, "aave[1].pool: duplicate pool 0x00000000000000000000000000000000000000A1 (also aave[0])"},
		{"no reserves", func(c *Config) { c.Aave[0].Reserves = nil }, "aave[0].reserves: at least one reserve is required"},
		{"reserve asset empty", func(c *Config) { c.Aave[0].Reserves[0].Asset = "" }, "aave[0].reserves[0].asset: required: the symbol of an entry in assets"},
		{"reserve asset unknown", func(c *Config) { c.Aave[0].Reserves[0].Asset = "rsETH" }, `aave[0].reserves[0].asset: unknown asset "rsETH": no entry in assets has this symbol`},
		{"reserve twice", func(c *Config) { c.Aave[0].Reserves[1].Asset = "ezETH" }, `aave[0].reserves[1].asset: duplicate reserve "ezETH" (also reserves[0])`},
		{"venue kind", func(c *Config) { c.Aave[0].Reserves[1].Venue.Kind = "balancer" }, `aave[0].reserves[1].venue.kind: must be curve or univ3, got "balancer"`},
		{"venue pool", func(c *Config) { c.Aave[0].Reserves[1].Venue.Pool = common.Address{} }, "aave[0].reserves[1].venue.pool: required"},
		{"venue indices", func(c *Config) {
			c.Aave[0].Reserves[1].Venue = &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0xC1"), I: 1, J: 1}
		}, "aave[0].reserves[1].venue.i: i and j must be distinct"},
		{"callback needs venue", func(c *Config) {
			c.Markets = nil
			c.Liquidation.Mode = LiquidationCallback
			c.Liquidation.Executor = common.HexToAddress("0xE1")
		}, "aave[0].reserves[0].venue: required when liquidation.mode is callback: where the executor sells the seized collateral"},
		{"embedded", func(c *Config) { c.Chain.RPCURL = EmbeddedURL }, `aave: must be empty when chain.rpc_url is "embedded"`},
		{"position neither", func(c *Config) {
			p := validAavePosition()
			p.Aave = ""
			c.Deleverage.Positions = []ManagedPosition{p}
		}, "deleverage.positions[0].market: exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got neither"},
		{"position both", func(c *Config) {
			p := validAavePosition()
			p.Market = c.Markets[0].ID
			c.Deleverage.Positions = []ManagedPosition{p}
		}, "deleverage.positions[0].aave: exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got both"},
		{"position no collateral", func(c *Config) {
			p := validAavePosition()
			p.Collateral = ""
			c.Deleverage.Positions = []ManagedPosition{p}
		}, "deleverage.positions[0].collateral: required with aave: the symbol of the asset sold"},
		{"morpho position with collateral", func(c *Config) {
			p := validAavePosition()
			p.Aave, p.Market = "", c.Markets[0].ID
			c.Deleverage.Positions = []ManagedPosition{p}
		}, "deleverage.positions[0].collateral: only with aave"},
		{"position unknown pool", func(c *Config) {
			p := validAavePosition()
			p.Aave = "spark"
			c.Deleverage.Positions = []ManagedPosition{p}
		}, `deleverage.positions[0].aave: not in aave: no pool is named "spark"`},
		{"position not a reserve", func(c *Config) {
			p := validAavePosition()
			p.Collateral = "rsETH"
			c.Deleverage.Positions = []ManagedPosition{p}
		}, `deleverage.positions[0].collateral: "rsETH" is not a reserve of aave pool "aave"`},
		{"position reserve without venue", func(c *Config) {
			p := validAavePosition()
			p.Collateral = "ezETH"
			c.Deleverage.Positions = []ManagedPosition{p}
		}, `deleverage.positions[0].collateral: reserve "ezETH" of aave pool "aave" needs a venue to sell collateral on`},
		{"position trigger", func(c *Config) {
			p := validAavePosition()
			p.TargetHealth = mustWad("1.05")
			c.Deleverage.Positions = []ManagedPosition{p}
		}, "deleverage.positions[0].target_health: must be above trigger_health"},
		{"position needs executor", func(c *Config) {
			c.Liquidation.Executor = common.Address{}
			c.Deleverage.Positions = []ManagedPosition{validAavePosition()}
		}, "liquidation.executor: required by deleverage.positions"},
		{"neither markets nor aave", func(c *Config) { c.Markets, c.Aave = nil, nil }, `markets: at least one Morpho market (markets) or Aave pool (aave) is required when chain.rpc_url is not "embedded"`},
		{"morpho zero with markets", func(c *Config) { c.Morpho.Address = common.Address{} }, "morpho.address: required"},
		{"morpho zero with pre-liquidation", func(c *Config) {
			c.Markets = nil
			c.Morpho = Morpho{PreLiquidationFactory: common.HexToAddress("0xF1")}
		}, "morpho.address: required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			c := withAave()
			c.Liquidation.Executor = common.HexToAddress("0xE1")
			tt.mutate(c)
			err := c.Check()
			require.ErrorContains(t, err, tt.want)
			require.NotContains(t, err.Error(), "\n")
		})
	}
}

func TestAaveValidConfigs(t *testing.T) {
	t.Parallel()

	// Morpho and Aave side by side, with a managed position on each.
	c := validConfig()
	c.Aave = []AavePool{validAavePool()}
	c.Liquidation.Executor = common.HexToAddress("0xE1")
	c.Markets[0].Venue = &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0xC1"), I: 1, J: 0}
	c.Deleverage.Positions = []ManagedPosition{validAavePosition(), {
		Market: c.Markets[0].ID, Borrower: common.HexToAddress("0xB1"), TriggerHealth: mustWad("1.10"),
		TargetHealth: mustWad("1.25"), TriggerPrice: PriceMarket,
	}}
	require.NoError(t, c.Check())
	require.Equal(t, DefaultAavePoolName, c.Aave[0].Name, "Check names the only pool")
	require.Equal(t, aave.V3_5, c.Aave[0].ParsedVersion())

	// Aave only, without a Morpho address; start_block from the chain
	// unless set.
	c = validConfig()
	c.Markets = nil
	c.Morpho = Morpho{}
	c.Chain.StartBlock = 100
	c.Aave = []AavePool{validAavePool(), validAavePool()}
	c.Aave[0].Name, c.Aave[1].Name = "core", "prime"
	c.Aave[1].Pool = common.HexToAddress("0xA9")
	c.Aave[1].Version = "v3.3"
	c.Aave[1].StartBlock = 200
	require.NoError(t, c.Check())
	require.Equal(t, uint64(100), c.Aave[0].StartBlock)
	require.Equal(t, uint64(200), c.Aave[1].StartBlock)
	require.Equal(t, aave.V3_3, c.Aave[1].ParsedVersion())

	// Callback mode: every reserve with a venue is enough.
	c = validConfig()
	c.Markets = nil
	c.Aave = []AavePool{validAavePool()}
	c.Aave[0].Reserves[0].Venue = &Venue{Kind: VenueCurve, Pool: common.HexToAddress("0xC1"), I: 1, J: 0}
	c.Liquidation.Mode = LiquidationCallback
	c.Liquidation.Executor = common.HexToAddress("0xE1")
	require.NoError(t, c.Check())

	// An unparsable version has no parsed form.
	bad := AavePool{Version: "3.4"}
	require.Equal(t, aave.Version(0), bad.ParsedVersion())
}

func TestWebhookDefaults(t *testing.T) {
	t.Parallel()
	w := Default().Alerts.Webhook
	require.False(t, w.Enabled(), "no webhook without a URL")
	require.Equal(t, Webhook{Format: "json", MinSeverity: "warning", MaxPerMinute: 30, DedupWindow: 5 * time.Minute, Timeout: 5 * time.Second}, w)
	// The section maps onto the alerts package's own defaults, field for
	// field: one source of truth.
	require.Equal(t, alerts.DefaultWebhookConfig(), w.WebhookConfig())
}

func TestLoadWebhook(t *testing.T) {
	t.Parallel()
	cfg, err := Load("testdata/webhook.good.yml", envMap(map[string]string{
		"TEST_WEBHOOK_URL": "https://events.pagerduty.com/v2/enqueue?token=SECRET",
		"TEST_ROUTING_KEY": "R0UTING",
	}))
	require.NoError(t, err)
	w := cfg.Alerts.Webhook
	require.True(t, w.Enabled())
	require.Equal(t, Webhook{
		URL: "https://events.pagerduty.com/v2/enqueue?token=SECRET", Format: "pagerduty", RoutingKey: "R0UTING",
		MinSeverity: "critical", MaxPerMinute: 10, DedupWindow: 10 * time.Minute, Timeout: 3 * time.Second,
	}, w)
	wc := w.WebhookConfig()
	require.Equal(t, alerts.Critical, wc.MinSeverity)
	require.Equal(t, "R0UTING", wc.RoutingKey)
	require.Equal(t, alerts.DefaultWebhookConfig().QueueSize, wc.QueueSize, "settings the file does not expose keep their defaults")

	// With an empty default, an unset LRTKEEPER_WEBHOOK_URL leaves the
	// webhook off.
	cfg, err = Parse("x.yml", []byte("alerts:\n  webhook:\n    url: ${LRTKEEPER_WEBHOOK_URL:-}\n    format: slack\n"), envMap(nil))
	require.NoError(t, err)
	require.False(t, cfg.Alerts.Webhook.Enabled())
	require.Equal(t, "slack", cfg.Alerts.Webhook.Format)
}

// TestLeaderSection: the sender lease is off by default; on, it needs a
// shared Redis and a sane TTL and shard, each error naming its field.
func TestLeaderSection(t *testing.T) {
	t.Parallel()
	require.False(t, Default().Leader.Enabled)
	base := "chain: {rpc_url: embedded}\n"
	real := "chain: {rpc_url: wss://node.example.org/ws, wrapped_native: \"0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\"}\n" +
		"redis: {url: redis://127.0.0.1:6379/0}\n" +
		"assets: [{symbol: ezETH, token: \"0x1111111111111111111111111111111111111111\", fair_value: {kind: erc4626, contract: \"0x2222222222222222222222222222222222222222\"}, market_price: {kind: chainlink, feed: \"0x3333333333333333333333333333333333333333\", heartbeat: 1h}}]\n" +
		"markets: [{id: \"0x1111111111111111111111111111111111111111111111111111111111111111\", collateral: ezETH}]\n"
	for _, tc := range []struct {
		yaml, want string
	}{
		{base + "leader: {enabled: true}\n", `leader.enabled: needs a shared Redis: redis.url is "embedded"`},
		{real + "leader: {enabled: true, ttl: 200ms}\n", "leader.ttl: must be between 1s and 10m0s, got 200ms"},
		{real + "leader: {enabled: true, shard: \"{x}\"}\n", "leader.shard: must not contain braces"},
		{real + "leader: {enabled: true, instance: \"a b\"}\n", "leader.instance: must not contain spaces"},
	} {
		_, err := Parse("x.yml", []byte(tc.yaml), envMap(nil))
		require.ErrorContains(t, err, tc.want, tc.yaml)
	}
	cfg, err := Parse("x.yml", []byte(real+"leader: {enabled: true, shard: mainnet, ttl: 5s}\n"), envMap(nil))
	require.NoError(t, err)
	lc := cfg.Leader.LeaseConfig(cfg.Redis.KeyPrefix)
	require.NoError(t, lc.Check())
	require.Equal(t, "lrt:v1:{mainnet}:lease", lc.Key())
}
