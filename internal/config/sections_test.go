package config

import (
	"bytes"
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// Issue 9: config errors for every section name the field. Each case starts
// from sectionsBase, a valid config that sets every section, changes one
// field (rarely two or three, when a check needs them together) and expects
// exactly one error, naming the file, the field's full path and, for errors
// found while decoding, the line.

// sectionsFile is the file name Parse is given.
const sectionsFile = "sections.yml"

// sectionsBase is valid and sets every section and sub-section, so that one
// edit gives one error: callback liquidation with a venue on every market
// and reserve, two aave pools, a managed position on each protocol, leader,
// on-chain publishing, private submission and the webhook on. assets[2] and
// aave[1] are referenced by nothing, so their symbol and name can break
// alone.
const sectionsBase = `
log:
  level: info
  format: json
chain:
  rpc_url: https://rpc.example.org
  chain_id: 1
  dial_timeout: 10s
  call_timeout: 10s
  poll_interval: 12s
  multicall3: "0xcA11bde05977b3631167028862bE2a173976CA11"
  wrapped_native: "0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"
  start_block: 18883124
  log_range: 2000
  failover:
    max_head_lag_blocks: 3
    max_head_age: 30s
    call_timeout: 5s
    check_interval: 5s
    hedge_reads: true
    requests_per_second: 20
redis:
  url: redis://127.0.0.1:6379/0
  embedded_addr: 127.0.0.1:0
  key_prefix: "lrt:v1"
  dial_timeout: 5s
  write_timeout: 5s
  ttl: 5m
wallet:
  keystore: /etc/lrtkeeper/keystore.json
  password_file: /run/secrets/lrtkeeper-password
morpho:
  address: "0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb"
  pre_liquidation_factory: "0x1010101010101010101010101010101010101010"
  pre_liquidation_start_block: 21414664
assets:
  - symbol: ezETH
    token: "0x1111111111111111111111111111111111111111"
    decimals: 18
    fair_value:
      kind: rate
      contract: "0x2222222222222222222222222222222222222222"
      method: "getRate()"
      decimals: 18
      expected_cadence: 26h
    market_price:
      kind: chainlink
      feed: "0x3333333333333333333333333333333333333333"
      heartbeat: 24h
    depeg_bands_bps: [50, 100, 250, 500]
    depeg_ema_half_life: 30m
    slash_critical_bps: 100
    slash_min_bps: 1
    capo:
      max_yearly_growth: "0.10"
      snapshot_interval: 168h
    exec_quote:
      kind: curve
      pool: "0x4444444444444444444444444444444444444444"
      index: 1
    capo_adapters:
      - name: aave-ezeth
        address: "0x5555555555555555555555555555555555555555"
        alert_below_bps: 5
  - symbol: wstETH
    token: "0x6666666666666666666666666666666666666666"
    fair_value:
      kind: chained
      steps:
        - kind: rate
          contract: "0x6666666666666666666666666666666666666666"
          method: "stEthPerToken()"
          decimals: 18
        - kind: rebasing
    market_price:
      quorum: 2
      max_spread_bps: 150
      sources:
        - kind: chainlink
          feed: "0x7777777777777777777777777777777777777777"
          heartbeat: 24h
        - name: uni-30m
          kind: uniswap_v3_twap
          pool: "0x8888888888888888888888888888888888888888"
          window: 30m
        - kind: curve_ema
          pool: "0x9999999999999999999999999999999999999999"
          index: 1
  - symbol: rsETH
    token: "0xa1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1"
    fair_value:
      kind: erc4626
      contract: "0xa2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2a2"
    market_price:
      kind: chainlink
      feed: "0xa3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3a3"
      heartbeat: 24h
markets:
  - id: "0x1111111111111111111111111111111111111111111111111111111111111111"
    name: ezETH/WETH
    collateral: ezETH
    oracle_kind: auto
    venue:
      kind: curve
      pool: "0x4444444444444444444444444444444444444444"
      i: 1
      j: 0
  - id: "0x2222222222222222222222222222222222222222222222222222222222222222"
    collateral: wstETH
    oracle_kind: exchange_rate
    venue:
      kind: univ3
      pool: "0xb1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1"
      zero_for_one: true
aave:
  - name: core
    pool: "0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"
    addresses_provider: "0x2f39d218133AFaB8F2B819B1066c7E434Ad94E9e"
    oracle: "0x54586bE62E3c3580375aE3723C145253060Ca0C2"
    data_provider: "0x497a1994c46d4f6C864904A9f1fac6328Cb7C8a6"
    version: "3.5"
    start_block: 16291127
    reserves:
      - asset: ezETH
        venue:
          kind: curve
          pool: "0x4444444444444444444444444444444444444444"
          i: 1
          j: 0
      - asset: wstETH
        venue:
          kind: univ3
          pool: "0xb1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1"
          zero_for_one: true
  - name: fork
    pool: "0xc1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1c1"
    addresses_provider: "0xc2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2c2"
    oracle: "0xc3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3"
    version: "3.3"
    reserves:
      - asset: wstETH
        venue:
          kind: univ3
          pool: "0xb1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1"
          zero_for_one: true
keeper:
  health_alert: "1.02"
  hysteresis_bps: 10
  head_timeout: 2m
book:
  refresh_interval: 2m
  verify_schedule: "@every 1h"
  verify_sample: 100
  checkpoint_interval: 1m
liquidation:
  enabled: true
  mode: callback
  executor: "0xe1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1e1"
  max_slippage_bps: 100
  max_halvings: 4
  oracle_guard:
    max_deviation_bps: 300
    policy: hold
  min_profit: "1000000000000000"
  gas_limit_margin_pct: 25
  max_gas_limit: 3000000
deleverage:
  tolerance: "0.01"
  positions:
    - market: "0x1111111111111111111111111111111111111111111111111111111111111111"
      borrower: "0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1"
      trigger_health: "1.10"
      target_health: "1.25"
      trigger_price: market
      max_slippage_bps: 50
      min_depeg_persist: 10m
    - aave: core
      collateral: wstETH
      borrower: "0xd2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2d2"
      trigger_health: "1.08"
      target_health: "1.20"
      trigger_price: oracle
tx:
  num_confirmations: 2
  receipt_query_interval: 2s
  resubmit_interval: 36s
  resubmit_blocks: 2
  fee_bump_pct: 12
  fee_limit_multiplier: 5
  network_timeout: 10s
  send_timeout: 3m
  min_tip_cap_wei: "1000000000"
  simulate: true
  gas_margin_pct: 20
  cancel_after: 1m
  max_in_flight: 8
  dry_run: false
  private:
    url: https://relay.example.org
    method: eth_sendBundle
    fallback_blocks: 3
risk:
  stress_slippage: "0.01"
  stream_maxlen: 10000
  growth_sample_interval: 1h
onchain:
  enabled: true
  risk_oracle: "0xf1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1"
  deviation_bps: 50
  heartbeat: 1h
metrics:
  listen: 127.0.0.1:9464
alerts:
  webhook:
    url: https://hooks.example.org/services/T0/B0
    format: slack
    min_severity: warning
    max_per_minute: 30
    dedup_window: 5m
    timeout: 5s
leader:
  enabled: true
  shard: mainnet
  instance: keeper-a
  ttl: 15s
embedded:
  block_time: 1s
  price_path: calm
`

// Values used by several cases.
const (
	zeroAddr = `"0x0000000000000000000000000000000000000000"`
	someAddr = `"0xabababababababababababababababababababab"`
	zeroHash = `"0x0000000000000000000000000000000000000000000000000000000000000000"`
)

// edit sets (or, with a nil value, deletes) the field at a path such as
// "aave[0].reserves[1].venue.pool". Missing mapping keys are added; an index
// one past the end of a sequence appends.
type edit struct {
	path  string
	value *string // YAML text, e.g. `"0x00"`, `[1, 2]`, `{kind: curve}`
}

func set(path, value string) edit { return edit{path: path, value: &value} }
func del(path string) edit        { return edit{path: path} }

// sectionCase is one invalid config and the one error it must give.
type sectionCase struct {
	path  string // the field the error names, from the root
	edits []edit
	line  bool   // found while decoding: the error names the line as well
	want  string // the message after "path: " starts with it
}

// bad sets path to value: an error Check finds (file and field path).
func bad(path, value, want string) sectionCase {
	return sectionCase{path: path, edits: []edit{set(path, value)}, want: want}
}

// badLine sets path to value: an error decoding finds (file, line and field
// path).
func badLine(path, value, want string) sectionCase {
	return sectionCase{path: path, edits: []edit{set(path, value)}, line: true, want: want}
}

// sectionCases has at least one case for every section and sub-section of
// Config; TestSectionCasesCoverConfig keeps it so.
var sectionCases = []sectionCase{
	// log
	bad("log.level", "verbose", `must be one of debug, info, warn, error, got "verbose"`),
	bad("log.format", "text", `must be json or console, got "text"`),
	badLine("log.colour", "true", "unknown field (valid: format, level)"),
	badLine("log", "[info]", "cannot unmarshal !!seq into config.Log"),

	// chain
	bad("chain.rpc_url", "ftp://rpc.example.org", `unsupported scheme "ftp": want ws, wss, http, https, or "embedded"`),
	bad("chain.rpc_url", `""`, "required: a ws://, wss://, http:// or https:// URL"),
	bad("chain.rpc_url", "http://", "missing host"),
	bad("chain.chain_id", "0", "required: must be > 0"),
	badLine("chain.chain_id", "-1", "cannot unmarshal !!int `-1` into uint64"),
	badLine("chain.chain_id", "1.5", `must be a whole number, got "1.5"`),
	badLine("chain.chain_id", "-1.0", `must not be negative, got "-1.0"`),
	bad("chain.dial_timeout", "0s", "must be > 0, got 0s"),
	bad("chain.call_timeout", "-1s", "must be > 0, got -1s"),
	bad("chain.poll_interval", "0s", "must be > 0, got 0s"),
	badLine("chain.poll_interval", "12", "cannot unmarshal !!int `12` into time.Duration"),
	bad("chain.multicall3", zeroAddr, "required: must not be the zero address"),
	badLine("chain.multicall3", `"0x123"`, `invalid address "0x123": want 0x followed by 40 hex digits`),
	bad("chain.wrapped_native", zeroAddr, "required: the WETH address"),
	badLine("chain.wrapped_native", `"0xc02aaa39b223fe8d0a0e5c4f27ead9083c756CC2"`, "invalid address"),
	bad("chain.log_range", "0", "must be > 0"),
	badLine("chain.start_block", "latest", "cannot unmarshal !!str `latest` into uint64"),
	badLine("chain.rpc_timeout", "10s", "unknown field (valid: call_timeout, chain_id,"),
	// chain.failover
	bad("chain.failover.max_head_age", "0s", "must be > 0, got 0s"),
	bad("chain.failover.check_interval", "-5s", "must be > 0, got -5s"),
	bad("chain.failover.call_timeout", "-1s", "must not be negative, got -1s (0 means chain.call_timeout)"),
	bad("chain.failover.call_timeout", "20s", "must be at most chain.call_timeout (10s), got 20s"),
	bad("chain.failover.requests_per_second", "-1", "must be >= 0 (0 is unlimited), got -1"),
	bad("chain.failover.requests_per_second", ".nan", "must be >= 0 (0 is unlimited), got NaN"),
	badLine("chain.failover.max_head_lag_blocks", "-1", "cannot unmarshal !!int `-1` into uint64"),
	badLine("chain.failover.hedge_reads", "maybe", "cannot unmarshal !!str `maybe` into bool"),
	badLine("chain.failover.hedge", "true", "unknown field (valid: call_timeout, check_interval, hedge_reads,"),
	badLine("chain.failover", "5s", "cannot unmarshal !!str `5s` into config.Failover"),
	// chain.rpc_urls: instead of rpc_url
	bad("chain.rpc_urls", "[https://a.example.org]", "exactly one of rpc_url or rpc_urls is required, got both"),
	{path: "chain.rpc_urls", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "[]")}, want: "must list at least one ws://, wss://, http:// or https:// URL"},
	{path: "chain.rpc_urls[1]", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "[https://a.example.org, ftp://b.example.org]")}, want: `unsupported scheme "ftp"`},
	{path: "chain.rpc_urls[1]", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "[https://a.example.org, https://a.example.org]")}, want: "duplicate of rpc_urls[0]"},
	{path: "chain.rpc_urls[0]", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "[embedded]")}, want: `"embedded" is only valid as rpc_url`},
	{path: "chain.rpc_urls[0]", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "[wss://]")}, want: "missing host"},
	{path: "chain.rpc_urls", edits: []edit{del("chain.rpc_url"), set("chain.rpc_urls", "https://a.example.org")}, line: true, want: "cannot unmarshal !!str `https:/...` into []string"},

	// redis
	bad("redis.url", "http://127.0.0.1:6379/0", "redis: invalid URL scheme: http"),
	bad("redis.url", `""`, `required: a redis://, rediss:// or unix:// URL, or "embedded"`),
	bad("redis.url", "redis://127.0.0.1:6379/x", "redis: invalid database number"),
	bad("redis.key_prefix", `""`, "required"),
	bad("redis.key_prefix", `"lrt v1"`, "must not contain spaces or control characters"),
	bad("redis.key_prefix", `"lrt:{v1"`, `must hold one hash tag {tag} and no other brace, got "lrt:{v1"`),
	bad("redis.key_prefix", `"lrt:{}"`, `must not hold an empty hash tag {}, which Redis Cluster ignores, got "lrt:{}"`),
	{path: "redis.key_prefix", edits: []edit{set("redis.cluster", "true")}, want: `must hold a hash tag when cluster is true, e.g. "lrt:{eth-a}": the keys written in one transaction must share a slot, got "lrt:v1"`},
	{path: "redis.cluster", edits: []edit{set("redis.url", "embedded"), set("leader.enabled", "false"), set("redis.key_prefix", `"lrt:{v1}"`), set("redis.cluster", "true")}, want: `must be false when url is "embedded": the embedded Redis is one server`},
	{path: "redis.url", edits: []edit{set("redis.cluster", "true"), set("redis.key_prefix", `"lrt:{v1}"`), set("redis.url", "unix:///run/redis.sock")}, want: "redis: invalid URL scheme: unix"},
	{path: "redis.url", edits: []edit{set("redis.cluster", "true"), set("redis.key_prefix", `"lrt:{v1}"`), set("redis.url", "redis://127.0.0.1:6379/2")}, want: `must not select database "2": a Redis Cluster has database 0 only`},
	{path: "redis.url", edits: []edit{set("redis.cluster", "true"), set("redis.key_prefix", `"lrt:{v1}"`), set("redis.url", "redis://127.0.0.1:6379?addr=other")}, want: "redis: unable to parse addr param: other"},
	badLine("redis.cluster", "maybe", "cannot unmarshal !!str `maybe` into bool"),
	bad("redis.key_prefix", strings.Repeat("p", 129), "must be at most 128 bytes when leader.enabled, got 129"),
	bad("redis.dial_timeout", "0s", "must be > 0, got 0s"),
	bad("redis.write_timeout", "-1s", "must be > 0, got -1s"),
	bad("redis.ttl", "0s", "must be > 0, got 0s"),
	badLine("redis.ttl", "300", "cannot unmarshal !!int `300` into time.Duration"),
	badLine("redis.password", "hunter2", "unknown field (valid: cluster, dial_timeout, embedded_addr, key_prefix, ttl, url, write_timeout)"),
	{path: "redis.embedded_addr", edits: []edit{set("redis.url", "embedded"), set("leader.enabled", "false"), set("redis.embedded_addr", "127.0.0.1")}, want: `must be host:port, got "127.0.0.1"`},
	{path: "redis.embedded_addr", edits: []edit{set("redis.url", "embedded"), set("leader.enabled", "false"), set("redis.embedded_addr", "127.0.0.1:65536")}, want: `port must be a number in 0..65535, got "65536"`},

	// wallet
	{path: "wallet.password_file", edits: []edit{del("wallet.password_file")}, want: "required when wallet.keystore is set"},
	{path: "wallet.keystore", edits: []edit{del("wallet.keystore")}, want: "required when wallet.password_file is set"},
	badLine("wallet.private_key", `"0x01"`, "unknown field (valid: keystore, password_file)"),
	badLine("wallet.keystore", "[a, b]", "cannot unmarshal !!seq into string"),

	// morpho
	bad("morpho.address", zeroAddr, "required: must not be the zero address"),
	badLine("morpho.address", `"0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCB"`, "invalid address 0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCB: bad EIP-55 checksum (want 0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb, or write it in one case)"),
	{path: "morpho.pre_liquidation_factory", edits: []edit{set("liquidation.enabled", "false")}, want: "needs liquidation.enabled and liquidation.mode callback"},
	badLine("morpho.pre_liquidation_factory", "factory", `invalid address "factory"`),
	badLine("morpho.pre_liquidation_start_block", "-1", "cannot unmarshal !!int `-1` into uint64"),

	// assets
	bad("assets[2].symbol", `""`, "required"),
	bad("assets[2].symbol", `"rs ETH"`, `must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got "rs ETH"`),
	bad("assets[2].symbol", "EZETH", `duplicate symbol "EZETH" (also assets[0])`),
	bad("assets[2].token", `"0x1111111111111111111111111111111111111111"`, "duplicate token 0x1111111111111111111111111111111111111111 (also assets[0])"),
	bad("assets[2].token", zeroAddr, "required: must not be the zero address"),
	badLine("assets[2].token", `"0x11"`, `invalid address "0x11"`),
	bad("assets[0].decimals", "40", "must be between 1 and 36, got 40"),
	bad("assets[0].decimals", "0", "must be between 1 and 36, got 0"),
	badLine("assets[0].decimals", "18.5", `must be a whole number, got "18.5"`),
	badLine("assets[0].price_feed", someAddr, "unknown field (valid: capo, capo_adapters, decimals,"),
	bad("assets[0].depeg_bands_bps", "[]", "at least one band is required"),
	bad("assets[0].depeg_bands_bps[1]", "40", "bands must be strictly ascending, got 40 after 50"),
	bad("assets[0].depeg_bands_bps[3]", "10000", "must be > 0 and < 10000, got 10000"),
	badLine("assets[0].depeg_bands_bps[2]", "2.5", `must be a whole number, got "2.5"`),
	bad("assets[0].depeg_ema_half_life", "0s", "must be > 0, got 0s"),
	bad("assets[0].slash_critical_bps", "10000", "must be > 0 and < 10000, got 10000"),
	bad("assets[0].slash_min_bps", "200", "must be between 0 and slash_critical_bps (100), got 200"),
	bad("assets[0].slash_min_bps", "-1", "must be between 0 and slash_critical_bps (100), got -1"),
	// assets[].fair_value
	bad("assets[0].fair_value.kind", "oracle", `must be erc4626, rate, rebasing or chained, got "oracle"`),
	bad("assets[0].fair_value.kind", `""`, "required: erc4626, rate, rebasing or chained"),
	{path: "assets[0].fair_value.method", edits: []edit{del("assets[0].fair_value.method")}, want: "required for kind rate"},
	bad("assets[0].fair_value.method", `"getRate(uint256)"`, `must look like name() (no arguments, no spaces), got "getRate(uint256)"`),
	bad("assets[2].fair_value.method", `"convertToAssets()"`, "must be empty for kind erc4626"),
	bad("assets[0].fair_value.contract", zeroAddr, "required: must not be the zero address"),
	bad("assets[0].fair_value.decimals", "37", "must be between 1 and 36, got 37"),
	bad("assets[0].fair_value.expected_cadence", "-1h", "must not be negative, got -1h0m0s"),
	bad("assets[1].fair_value.steps", "[{kind: rebasing}]", "kind chained needs at least 2 steps, got 1"),
	bad("assets[1].fair_value.steps[0].kind", "chained", "steps cannot be chained themselves"),
	bad("assets[1].fair_value.steps[0].kind", "oracle", `must be erc4626, rate, rebasing, got "oracle"`),
	{path: "assets[1].fair_value.steps[0].method", edits: []edit{del("assets[1].fair_value.steps[0].method")}, want: "required for kind rate"},
	bad("assets[1].fair_value.steps[0].decimals", "0", "must be between 1 and 36, got 0"),
	bad("assets[1].fair_value.steps[0].contract", zeroAddr, "required: must not be the zero address"),
	{path: "assets[1].fair_value.steps[1].kind", edits: []edit{set("assets[1].fair_value.steps[1].method", `"getRate()"`)}, want: "kind rebasing is 1:1 and takes no contract or method"},
	badLine("assets[1].fair_value.steps[1].contract", `"0x6666"`, `invalid address "0x6666"`),
	badLine("assets[1].fair_value.steps[1].rate", "1", "unknown field (valid: contract, decimals, kind, method)"),
	// assets[].market_price, inline
	bad("assets[0].market_price.kind", "pyth", `an inline source must be chainlink, got "pyth"; list other kinds under sources`),
	bad("assets[0].market_price.feed", zeroAddr, "required: must not be the zero address"),
	bad("assets[0].market_price.heartbeat", "0s", "must be > 0, got 0s"),
	badLine("assets[0].market_price.heartbeat", `"1 day"`, "cannot unmarshal !!str `1 day` into time.Duration"),
	bad("assets[0].market_price.quorum", "2", "must be between 1 and the number of sources (1), got 2"),
	bad("assets[0].market_price.max_spread_bps", "10000", "must be > 0 and < 10000, got 10000"),
	// assets[].market_price.sources
	bad("assets[0].market_price.sources", `[{kind: curve_ema, pool: "0x4444444444444444444444444444444444444444"}]`, "give either one inline source (kind, feed, heartbeat) or a sources list, not both"),
	bad("assets[1].market_price.quorum", "4", "must be between 1 and the number of sources (3), got 4"),
	bad("assets[1].market_price.max_spread_bps", "0", "must be > 0 and < 10000, got 0"),
	bad("assets[1].market_price.sources[0].kind", "pyth", `must be chainlink, uniswap_v3_twap, curve_ema or curve_spot, got "pyth"`),
	bad("assets[1].market_price.sources[2].kind", `""`, "required: chainlink, uniswap_v3_twap, curve_ema or curve_spot"),
	bad("assets[1].market_price.sources[0].feed", zeroAddr, "required: must not be the zero address"),
	bad("assets[1].market_price.sources[0].heartbeat", "-1s", "must be > 0, got -1s"),
	bad("assets[1].market_price.sources[1].pool", zeroAddr, "required: must not be the zero address"),
	bad("assets[1].market_price.sources[1].window", "30s", "must be between 1m and 24h, got 30s"),
	bad("assets[1].market_price.sources[2].index", "2", "must be 0 or 1 (two-coin pools), got 2"),
	bad("assets[1].market_price.sources[1].name", `"uni 30m"`, `must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got "uni 30m"`),
	bad("assets[1].market_price.sources[2].name", "uni-30m", `duplicate source name "uni-30m" (also sources[1]); name them`),
	badLine("assets[1].market_price.sources[1].window", "1800", "cannot unmarshal !!int `1800` into time.Duration"),
	badLine("assets[1].market_price.sources[2].fee", "500", "unknown field (valid: feed, heartbeat, index, kind, name, pool, window)"),
	// assets[].capo
	bad("assets[0].capo.max_yearly_growth", `"11"`, "must be between 0 and 10, got 11.000000000000000000"),
	bad("assets[0].capo.max_yearly_growth", `"-0.1"`, "must be between 0 and 10, got -0.100000000000000000"),
	badLine("assets[0].capo.max_yearly_growth", `"10%"`, "invalid decimal"),
	bad("assets[0].capo.snapshot_interval", "0s", "must be > 0, got 0s"),
	// assets[].exec_quote
	bad("assets[0].exec_quote.kind", "1inch", `must be empty or curve, got "1inch"`),
	{path: "assets[0].exec_quote.kind", edits: []edit{del("assets[0].exec_quote.kind")}, want: "required with pool: curve (or remove exec_quote)"},
	bad("assets[0].exec_quote.pool", zeroAddr, "required: must not be the zero address"),
	bad("assets[0].exec_quote.index", "2", "must be 0 or 1, got 2"),
	// assets[].capo_adapters
	bad("assets[0].capo_adapters[0].name", `""`, "is required (it names the adapter in alerts and in Redis)"),
	bad("assets[0].capo_adapters[0].name", `"aave ezeth"`, `must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got "aave ezeth"`),
	{path: "assets[0].capo_adapters[1].name", edits: []edit{set("assets[0].capo_adapters[1]", `{name: aave-ezeth, address: "0x5656565656565656565656565656565656565656"}`)}, want: `"aave-ezeth" is used twice`},
	bad("assets[0].capo_adapters[0].address", zeroAddr, "is required"),
	bad("assets[0].capo_adapters[0].alert_below_bps", "10000", "must be between 0 and 9999, got 10000"),
	bad("assets[0].capo_adapters[0].alert_below_bps", "-1", "must be between 0 and 9999, got -1"),
	badLine("assets[0].capo_adapters[0].alert_below_bps", "0.5", `must be a whole number, got "0.5"`),

	// markets
	bad("markets[1].id", zeroHash, "required: the 32-byte Morpho market id"),
	badLine("markets[1].id", `"0x1234"`, `invalid id "0x1234": want 0x followed by 64 hex digits`),
	bad("markets[1].id", `"0x1111111111111111111111111111111111111111111111111111111111111111"`, "duplicate market id 0x1111111111111111111111111111111111111111111111111111111111111111 (also markets[0])"),
	bad("markets[0].collateral", "cbETH", `unknown asset "cbETH": no entry in assets has this symbol`),
	bad("markets[1].collateral", `""`, "required: the symbol of an entry in assets"),
	bad("markets[0].name", strings.Repeat("n", 65), "must be at most 64 bytes"),
	bad("markets[0].oracle_kind", "twap", `must be auto, market, exchange_rate or capped, got "twap"`),
	badLine("markets[0].lltv", `"0.86"`, "unknown field (valid: collateral, id, name, oracle_kind, venue)"),
	// markets[].venue
	{path: "markets[1].venue", edits: []edit{del("markets[1].venue")}, want: "required when liquidation.mode is callback: where the executor sells the seized collateral"},
	bad("markets[0].venue.kind", "balancer", `must be curve or univ3, got "balancer"`),
	bad("markets[0].venue.pool", zeroAddr, "required: the pool's address"),
	bad("markets[0].venue.i", "0", "i and j must be distinct coin indices 0..7, got 0 and 0"),
	bad("markets[0].venue.i", "8", "must be a coin index 0..7, got 8"),
	bad("markets[0].venue.j", "-1", "must be a coin index 0..7, got -1"),
	badLine("markets[1].venue.zero_for_one", "yes please", "cannot unmarshal !!str `yes please` into bool"),
	badLine("markets[0].venue", "curve", "cannot unmarshal !!str `curve` into config.Venue"),

	// aave
	bad("aave[1].name", `""`, "required when more than one aave pool is configured"),
	bad("aave[1].name", "core", `duplicate pool name "core" (also aave[0])`),
	bad("aave[1].name", `"my fork"`, `must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got "my fork"`),
	bad("aave[1].pool", `"0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2"`, "duplicate pool 0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2 (also aave[0])"),
	bad("aave[0].pool", zeroAddr, "required: the address of the Aave Pool (proxy)"),
	bad("aave[0].addresses_provider", zeroAddr, "required: the pool's PoolAddressesProvider"),
	bad("aave[0].oracle", zeroAddr, "required: the pool's AaveOracle"),
	badLine("aave[0].oracle", `"0x54586bE62E3c3580375aE3723C145253060Ca0c2"`, "invalid address 0x54586bE62E3c3580375aE3723C145253060Ca0c2: bad EIP-55 checksum (want 0x54586bE62E3c3580375aE3723C145253060Ca0C2"),
	badLine("aave[0].data_provider", `"0x497a"`, `invalid address "0x497a"`),
	bad("aave[0].version", `"3.4"`, `must be 3.3, 3.5 or 3.6 (3.4 is not supported), got "3.4"`),
	{path: "aave[0].version", edits: []edit{del("aave[0].version")}, want: "required: the pool's Aave release, 3.3, 3.5 or 3.6 (3.4 is not supported)"},
	badLine("aave[0].start_block", "-5", "cannot unmarshal !!int `-5` into uint64"),
	badLine("aave[0].emode", "1", "unknown field (valid: addresses_provider, data_provider, name, oracle, pool, reserves, start_block, version)"),
	// aave[].reserves
	bad("aave[1].reserves", "[]", "at least one reserve is required"),
	bad("aave[0].reserves[0].asset", "cbETH", `unknown asset "cbETH": no entry in assets has this symbol`),
	bad("aave[0].reserves[0].asset", `""`, "required: the symbol of an entry in assets"),
	{path: "aave[0].reserves[2].asset", edits: []edit{set("aave[0].reserves[2]", `{asset: ezETH, venue: {kind: univ3, pool: "0xb1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1b1"}}`)}, want: `duplicate reserve "ezETH" (also reserves[0])`},
	badLine("aave[0].reserves[0].symbol", "ezETH", "unknown field (valid: asset, venue)"),
	badLine("aave[0].reserves", "ezETH", "cannot unmarshal !!str `ezETH` into []config.AaveReserve"),
	// aave[].reserves[].venue
	{path: "aave[0].reserves[0].venue", edits: []edit{del("aave[0].reserves[0].venue")}, want: "required when liquidation.mode is callback: where the executor sells the seized collateral"},
	bad("aave[0].reserves[1].venue.pool", zeroAddr, "required: the pool's address"),
	bad("aave[0].reserves[1].venue.kind", "balancer", `must be curve or univ3, got "balancer"`),
	bad("aave[0].reserves[0].venue.j", "9", "must be a coin index 0..7, got 9"),
	{path: "aave[0].reserves[0].venue.i", edits: []edit{set("aave[0].reserves[0].venue.j", "1")}, want: "i and j must be distinct coin indices 0..7, got 1 and 1"},
	badLine("aave[0].reserves[0].venue.i", "one", "cannot unmarshal !!str `one` into int64"),

	// keeper
	bad("keeper.health_alert", `"1"`, "must be > 1, got 1.000000000000000000"),
	badLine("keeper.health_alert", `"1.0x"`, "invalid decimal"),
	bad("keeper.hysteresis_bps", "1001", "must be between 0 and 1000, got 1001"),
	bad("keeper.hysteresis_bps", "-1", "must be between 0 and 1000, got -1"),
	badLine("keeper.hysteresis_bps", "2.5", `must be a whole number, got "2.5"`),
	bad("keeper.head_timeout", "0s", "must be > 0, got 0s"),
	bad("keeper.shutdown_timeout", "0s", "must be > 0, got 0s"),
	bad("keeper.heartbeat_schedule", `"every minute"`, `not a cron spec (e.g. "@every 1h" or "0 * * * *")`),
	bad("keeper.head_timeout", "10s", "must be greater than chain.poll_interval (12s)"),
	badLine("keeper.head_timeout", "90", "cannot unmarshal !!int `90` into time.Duration"),
	// Flow style: the line holds several fields, the error names the one.
	{path: "keeper.head_timeout", edits: []edit{set("keeper", `{health_alert: "1.02", hysteresis_bps: 10, head_timeout: 90}`)}, line: true, want: "cannot unmarshal !!int `90` into time.Duration"},

	// book
	bad("book.refresh_interval", "0s", "must be > 0, got 0s"),
	bad("book.refresh_interval", "3m", "must be at most half of redis.ttl (5m0s), got 3m0s"),
	bad("book.checkpoint_interval", "-1m", "must be > 0, got -1m0s"),
	bad("book.verify_schedule", `"every hour"`, `not a cron spec (e.g. "@every 1h" or "0 * * * *")`),
	bad("book.verify_sample", "-1", "must be >= 0 (0 reads every position), got -1"),
	badLine("book.verify_sample", "all", "cannot unmarshal !!str `all` into int"),

	// liquidation
	bad("liquidation.mode", "auction", `must be inventory or callback, got "auction"`),
	bad("liquidation.executor", zeroAddr, "required in callback mode: the KeeperExecutor contract owned by the keeper's key"),
	{path: "liquidation.executor", edits: []edit{set("liquidation.mode", "inventory"), set("liquidation.executor", zeroAddr), set("morpho.pre_liquidation_factory", zeroAddr)}, want: "required by deleverage.positions: the KeeperExecutor the owners authorised"},
	bad("liquidation.max_slippage_bps", "5001", "must be between 0 and 5000, got 5001"),
	bad("liquidation.max_slippage_bps", "-1", "must be between 0 and 5000, got -1"),
	badLine("liquidation.max_slippage_bps", "0.5", `must be a whole number, got "0.5"`),
	bad("liquidation.max_halvings", "21", "must be between 0 and 20, got 21"),
	badLine("liquidation.min_profit", `"-1"`, "invalid amount"),
	badLine("liquidation.min_profit", `"0.001"`, "invalid amount"),
	bad("liquidation.gas_limit_margin_pct", "201", "must be between 0 and 200, got 201"),
	bad("liquidation.max_gas_limit", "0", "must be > 0"),
	badLine("liquidation.enabled", "maybe", "cannot unmarshal !!str `maybe` into bool"),
	// liquidation.oracle_guard
	bad("liquidation.oracle_guard.max_deviation_bps", "10001", "must be between 0 (off) and 10000, got 10001"),
	bad("liquidation.oracle_guard.max_deviation_bps", "-1", "must be between 0 (off) and 10000, got -1"),
	bad("liquidation.oracle_guard.policy", "ignore", `must be hold or act, got "ignore"`),
	badLine("liquidation.oracle_guard.mode", "hold", "unknown field (valid: max_deviation_bps, policy)"),

	// deleverage
	bad("deleverage.tolerance", `"1.5"`, "must be between 0 and 1, got 1.500000000000000000"),
	bad("deleverage.tolerance", `"-0.1"`, "must be between 0 and 1, got -0.100000000000000000"),
	badLine("deleverage.tolerance", `"1%"`, "invalid decimal"),
	// deleverage.positions
	bad("deleverage.positions[0].borrower", zeroAddr, "required"),
	badLine("deleverage.positions[0].borrower", `"0xd1"`, `invalid address "0xd1"`),
	bad("deleverage.positions[0].trigger_health", `"1"`, "must be > 1, got 1.000000000000000000"),
	bad("deleverage.positions[0].target_health", `"1.05"`, "must be above trigger_health 1.100000000000000000, got 1.050000000000000000"),
	{path: "deleverage.positions[0].target_health", edits: []edit{del("deleverage.positions[0].target_health")}, want: "required: a decimal above trigger_health"},
	{path: "deleverage.positions[1].trigger_health", edits: []edit{del("deleverage.positions[1].trigger_health")}, want: "required: a decimal > 1"},
	bad("deleverage.positions[0].trigger_price", "twap", `must be oracle, market or fair, got "twap"`),
	bad("deleverage.positions[0].max_slippage_bps", "5001", "must be between 0 and 5000, got 5001"),
	bad("deleverage.positions[0].min_depeg_persist", "-1m", "must not be negative, got -1m0s"),
	bad("deleverage.positions[0].market", `"0x3333333333333333333333333333333333333333333333333333333333333333"`, "not in markets: 0x3333333333333333333333333333333333333333333333333333333333333333"),
	bad("deleverage.positions[0].aave", "core", "exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got both"),
	bad("deleverage.positions[0].collateral", "ezETH", "only with aave: a Morpho position's collateral is its market's"),
	{path: "deleverage.positions[1].market", edits: []edit{del("deleverage.positions[1].aave")}, want: "exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got neither"},
	{path: "deleverage.positions[1].collateral", edits: []edit{del("deleverage.positions[1].collateral")}, want: "required with aave: the symbol of the asset sold"},
	bad("deleverage.positions[1].aave", "spark", `not in aave: no pool is named "spark"`),
	bad("deleverage.positions[1].collateral", "rsETH", `"rsETH" is not a reserve of aave pool "core"`),
	{path: "deleverage.positions[2].borrower", edits: []edit{set("deleverage.positions[2]", `{market: "0x1111111111111111111111111111111111111111111111111111111111111111", borrower: "0xd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1", trigger_health: "1.05", target_health: "1.10", trigger_price: oracle}`)}, want: "duplicate position: the same borrower and market as positions[0]"},
	badLine("deleverage.positions[0].health", `"1.1"`, "unknown field (valid: aave, borrower, collateral, market,"),

	// tx
	bad("tx.num_confirmations", "0", "must be >= 1"),
	bad("tx.receipt_query_interval", "0s", "must be > 0, got 0s"),
	bad("tx.receipt_query_interval", "3m", "must be less than tx.send_timeout (3m0s), got 3m0s"),
	bad("tx.resubmit_interval", "-1s", "must be > 0, got -1s"),
	bad("tx.resubmit_interval", "5m", "must be less than tx.send_timeout (3m0s), or fees are never bumped"),
	bad("tx.fee_bump_pct", "5", "must be >= 10 (nodes reject smaller replacement bumps), got 5"),
	bad("tx.fee_bump_pct", "1001", "must be <= 1000, got 1001"),
	bad("tx.fee_limit_multiplier", "0", "must be >= 1"),
	bad("tx.network_timeout", "0s", "must be > 0, got 0s"),
	bad("tx.send_timeout", "0s", "must be > 0, got 0s"),
	badLine("tx.min_tip_cap_wei", `"1 gwei"`, "invalid amount"),
	bad("tx.gas_margin_pct", "201", "must be between 0 and 200, got 201"),
	bad("tx.cancel_after", "-1m", "must not be negative (0 never cancels), got -1m0s"),
	bad("tx.cancel_after", "5m", "must be less than tx.send_timeout (3m0s) (0 never cancels), got 5m0s"),
	bad("tx.max_in_flight", "-1", "must not be negative (0 is no bound), got -1"),
	badLine("tx.resubmit_blocks", "two", "cannot unmarshal !!str `two` into uint64"),
	badLine("tx.gas_price", "1", "unknown field (valid: cancel_after, dry_run,"),
	// tx.private
	bad("tx.private.url", "ftp://relay.example.org", "must be an http(s) URL"),
	bad("tx.private.method", "eth_sendPrivateTransaction", `must be eth_sendRawTransaction or eth_sendBundle, got "eth_sendPrivateTransaction"`),
	{path: "tx.private.method", edits: []edit{set("tx.private.url", `""`), set("tx.private.method", "eth_sendBundel")}, want: `must be eth_sendRawTransaction or eth_sendBundle, got "eth_sendBundel"`},
	badLine("tx.private.fallback_blocks", "-1", "cannot unmarshal !!int `-1` into uint64"),

	// risk
	bad("risk.stress_slippage", `"1"`, "must be >= 0 and < 1, got 1.000000000000000000"),
	bad("risk.stress_slippage", `"-0.01"`, "must be >= 0 and < 1, got -0.010000000000000000"),
	badLine("risk.stress_slippage", `"one percent"`, "invalid decimal"),
	bad("risk.stream_maxlen", "0", "must be between 1 and 10000000, got 0"),
	bad("risk.stream_maxlen", "10000001", "must be between 1 and 10000000, got 10000001"),
	bad("risk.growth_sample_interval", "0s", "must be > 0, got 0s"),
	bad("risk.report_schedule", `"0 0 * *"`, `not a cron spec (e.g. "@every 1h" or "0 * * * *")`),
	bad("risk.capo_snapshot_schedule", `"@weekly-ish"`, `not a cron spec (e.g. "@every 1h" or "0 * * * *")`),

	// onchain
	bad("onchain.risk_oracle", zeroAddr, "required when enabled: the RiskOracle contract address"),
	bad("onchain.deviation_bps", "0", "must be > 0 and < 10000, got 0"),
	bad("onchain.deviation_bps", "10000", "must be > 0 and < 10000, got 10000"),
	bad("onchain.heartbeat", "-1h", "must be > 0, got -1h0m0s"),
	badLine("onchain.enabled", "on please", "cannot unmarshal !!str `on please` into bool"),

	// metrics
	bad("metrics.listen", "9464", `must be host:port, got "9464" (or "" to disable)`),
	bad("metrics.listen", "127.0.0.1:http", `port must be a number in 0..65535, got "http" (or "" to disable)`),
	badLine("metrics.path", "/metrics", "unknown field (valid: listen)"),

	// alerts
	badLine("alerts.email", "ops@example.org", "unknown field (valid: webhook)"),
	// alerts.webhook
	bad("alerts.webhook.url", "ftp://hooks.example.org", "must be an http(s) URL, or empty to disable the webhook"),
	bad("alerts.webhook.format", "teams", `must be json, slack or pagerduty, got "teams"`),
	bad("alerts.webhook.routing_key", "R0UTING", "only used with format pagerduty, got format slack"),
	{path: "alerts.webhook.routing_key", edits: []edit{set("alerts.webhook.format", "pagerduty")}, want: "required with format pagerduty"},
	bad("alerts.webhook.min_severity", "warn", `must be info, warning or critical, got "warn"`),
	bad("alerts.webhook.max_per_minute", "0", "must be >= 1, got 0"),
	bad("alerts.webhook.dedup_window", "-1s", "must not be negative (0 disables deduplication), got -1s"),
	bad("alerts.webhook.timeout", "0s", "must be > 0, got 0s"),
	badLine("alerts.webhook.channel", "#ops", "unknown field (valid: dedup_window, format, max_per_minute, min_severity, routing_key, timeout, url)"),

	// leader
	bad("leader.ttl", "200ms", "must be between 1s and 10m0s, got 200ms"),
	bad("leader.ttl", "11m", "must be between 1s and 10m0s, got 11m0s"),
	bad("leader.shard", `""`, "required"),
	bad("leader.shard", `"{mainnet}"`, `must not contain braces, spaces or control characters (it is the keys' hash tag), got "{mainnet}"`),
	bad("leader.shard", strings.Repeat("s", 129), "must be at most 128 bytes, got 129"),
	bad("leader.instance", `"keeper a"`, `must not contain spaces or control characters, got "keeper a"`),
	bad("leader.instance", strings.Repeat("i", 129), "must be at most 128 bytes, got 129"),
	{path: "leader.enabled", edits: []edit{set("redis.url", "embedded")}, want: `needs a shared Redis: redis.url is "embedded", which no other instance can reach`},
	badLine("leader.ttl", "15", "cannot unmarshal !!int `15` into time.Duration"),

	// embedded
	bad("embedded.block_time", "0s", "must be > 0, got 0s"),
	bad("embedded.price_path", "moon", `must be depeg or calm, got "moon"`),
	badLine("embedded.seed", "1", "unknown field (valid: block_time, price_path)"),
}

func TestSectionErrorsNameTheField(t *testing.T) {
	t.Parallel()
	for i, tc := range sectionCases {
		t.Run(fmt.Sprintf("%03d_%s", i, tc.path), func(t *testing.T) {
			t.Parallel()
			text := applyEdits(t, sectionsBase, tc.edits)
			cfg, err := Parse(sectionsFile, text, envMap(nil))
			require.Nil(t, cfg)
			require.Error(t, err, "edits %v", tc.edits)
			var list Errors
			require.ErrorAs(t, err, &list)
			require.Len(t, list, 1, "exactly the intended problem, got: %v", err)
			msg := list[0].Error()

			head := sectionsFile + ": "
			if tc.line {
				head += fmt.Sprintf("line %d: ", lineOf(t, text, tc.path))
			}
			head += tc.path + ": "
			require.Truef(t, strings.HasPrefix(msg, head+tc.want), "error\n  %s\ndoes not start with\n  %s", msg, head+tc.want)
			require.NotContains(t, msg, "\n")
			if !tc.line {
				var fe *FieldError
				require.ErrorAs(t, list[0], &fe)
				require.Equal(t, tc.path, fe.Path)
			}
		})
	}
}

// TestSectionsBase: the base is valid and sets every section.
func TestSectionsBase(t *testing.T) {
	t.Parallel()
	cfg, err := Parse(sectionsFile, []byte(sectionsBase), envMap(nil))
	require.NoError(t, err)
	require.True(t, cfg.Leader.Enabled && cfg.OnChain.Enabled && cfg.Alerts.Webhook.Enabled() && cfg.Tx.Private.URL != "")
	require.Equal(t, LiquidationCallback, cfg.Liquidation.Mode)

	var top map[string]any
	require.NoError(t, yaml.Unmarshal([]byte(sectionsBase), &top))
	for name := range yamlFields(reflect.TypeFor[Config]()) {
		require.Contains(t, top, name, "the base sets every section")
	}
}

// TestSectionCasesCoverConfig fails when a section or sub-section of Config
// (a struct, or a list of structs, found by reflection) has no case: a new
// section needs a case.
func TestSectionCasesCoverConfig(t *testing.T) {
	t.Parallel()
	covered := make(map[string]bool)
	for _, tc := range sectionCases {
		p := indexRE.ReplaceAllString(tc.path, "")
		for {
			covered[p] = true
			i := strings.LastIndexByte(p, '.')
			if i < 0 {
				break
			}
			p = p[:i]
		}
	}
	want := append(sectionPaths(reflect.TypeFor[Config](), ""), "chain.rpc_urls")
	var missing []string
	for _, s := range want {
		if !covered[s] {
			missing = append(missing, s)
		}
	}
	sort.Strings(missing)
	require.Empty(t, missing, "sections without a case in sectionCases")
	for _, s := range []string{"chain.failover", "assets.fair_value.steps", "assets.market_price.sources", "assets.capo_adapters", "aave.reserves.venue", "liquidation.oracle_guard", "deleverage.positions", "tx.private", "alerts.webhook"} {
		require.Contains(t, want, s, "reflection finds the nested sections")
	}
}

var indexRE = regexp.MustCompile(`\[\d+\]`)

// sectionPaths lists the top-level fields of t and, below them, every field
// that is a struct or a list of structs (not a scalar decoded from text such
// as Wad), as index-free paths.
func sectionPaths(t reflect.Type, prefix string) []string {
	var out []string
	for name, ft := range yamlFields(t) {
		p := joinPath(prefix, name)
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice {
			ft = ft.Elem()
		}
		isSection := ft.Kind() == reflect.Struct && !reflect.PointerTo(ft).Implements(textUnmarshalerType)
		if prefix == "" || isSection {
			out = append(out, p)
		}
		if isSection {
			out = append(out, sectionPaths(ft, p)...)
		}
	}
	return out
}

// pathStep is one step of a field path: a mapping key or a list index.
type pathStep struct {
	key   string
	index int // when key is ""
}

var (
	stepRE   = regexp.MustCompile(`^([^.\[\]]+)((?:\[\d+\])*)$`)
	digitsRE = regexp.MustCompile(`\d+`)
)

func parsePath(t *testing.T, path string) []pathStep {
	t.Helper()
	var steps []pathStep
	for _, part := range strings.Split(path, ".") {
		m := stepRE.FindStringSubmatch(part)
		require.NotNil(t, m, "bad path %q", path)
		steps = append(steps, pathStep{key: m[1]})
		for _, ix := range digitsRE.FindAllString(m[2], -1) {
			i, err := strconv.Atoi(ix)
			require.NoError(t, err)
			steps = append(steps, pathStep{index: i})
		}
	}
	return steps
}

// applyEdits returns base with the edits applied, re-encoded.
func applyEdits(t *testing.T, base string, edits []edit) []byte {
	t.Helper()
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal([]byte(base), &doc))
	for _, e := range edits {
		var val *yaml.Node
		if e.value != nil {
			var v yaml.Node
			require.NoError(t, yaml.Unmarshal([]byte(*e.value), &v), *e.value)
			val = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: ""}
			if len(v.Content) > 0 {
				val = v.Content[0]
			}
		}
		applyEdit(t, doc.Content[0], parsePath(t, e.path), val, e.path)
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	require.NoError(t, enc.Encode(&doc))
	require.NoError(t, enc.Close())
	return buf.Bytes()
}

// applyEdit sets the node at steps below n to val, or deletes it when val is
// nil.
func applyEdit(t *testing.T, n *yaml.Node, steps []pathStep, val *yaml.Node, path string) {
	t.Helper()
	for i, s := range steps {
		last := i == len(steps)-1
		if s.key == "" {
			require.Equal(t, yaml.SequenceNode, n.Kind, "%s: not a list", path)
			switch {
			case last && val == nil:
				require.Less(t, s.index, len(n.Content), path)
				n.Content = append(n.Content[:s.index], n.Content[s.index+1:]...)
			case last && s.index == len(n.Content):
				n.Content = append(n.Content, val)
			case last:
				require.Less(t, s.index, len(n.Content), path)
				n.Content[s.index] = val
			default:
				require.Less(t, s.index, len(n.Content), path)
				n = n.Content[s.index]
			}
			continue
		}
		require.Equal(t, yaml.MappingNode, n.Kind, "%s: not a mapping", path)
		k := -1
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == s.key {
				k = j
			}
		}
		switch {
		case last && val == nil:
			require.GreaterOrEqual(t, k, 0, "%s: nothing to delete", path)
			n.Content = append(n.Content[:k], n.Content[k+2:]...)
		case last && k >= 0:
			n.Content[k+1] = val
		case last:
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: s.key}, val)
		case k >= 0:
			n = n.Content[k+1]
		default:
			m := &yaml.Node{Kind: yaml.MappingNode}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: s.key}, m)
			n = m
		}
	}
}

// lineOf returns the line of the field at path in text: its key's line, or
// a list element's own line.
func lineOf(t *testing.T, text []byte, path string) int {
	t.Helper()
	var doc yaml.Node
	require.NoError(t, yaml.Unmarshal(text, &doc))
	n := doc.Content[0]
	line := n.Line
	for _, s := range parsePath(t, path) {
		if s.key == "" {
			require.Less(t, s.index, len(n.Content), path)
			n = n.Content[s.index]
			line = n.Line
			continue
		}
		found := false
		for j := 0; j+1 < len(n.Content); j += 2 {
			if n.Content[j].Value == s.key {
				line, n, found = n.Content[j].Line, n.Content[j+1], true
				break
			}
		}
		require.True(t, found, "%s not in the edited config", path)
	}
	return line
}

// TestRedisClusterSection: a hash tag in redis.key_prefix is accepted with
// the sender lease, on one server and on a cluster, whose URL lists seed
// nodes in addr parameters.
func TestRedisClusterSection(t *testing.T) {
	t.Parallel()
	for _, edits := range [][]edit{
		{set("redis.key_prefix", `"lrt:{eth-a}"`)},
		{set("redis.key_prefix", `"lrt:{eth-a}"`), set("redis.cluster", "true"),
			set("redis.url", "redis://10.0.0.1:6379?addr=10.0.0.2:6379&addr=10.0.0.3:6379")},
		{set("redis.key_prefix", `"{eth-a}:lrt"`), set("redis.cluster", "true"), set("redis.url", "rediss://u:p@10.0.0.1:6380/0")},
	} {
		cfg, err := Parse(sectionsFile, applyEdits(t, sectionsBase, edits), envMap(nil))
		require.NoError(t, err, "edits %v", edits)
		require.True(t, cfg.Leader.Enabled)
		require.Equal(t, cfg.Redis.KeyPrefix, cfg.Leader.LeaseConfig(cfg.Redis.KeyPrefix).Prefix)
		require.NoError(t, cfg.Leader.LeaseConfig(cfg.Redis.KeyPrefix).Check(), "the lease takes the prefix as it is")
	}
	require.False(t, Default().Redis.Cluster)
}
