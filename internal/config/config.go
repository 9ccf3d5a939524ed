// Package config is the daemon's configuration: the YAML file shape, its
// defaults, ${VAR:-default} expansion, strict decoding, per-section Check
// methods and signing-key loading.
//
// Secrets never live in the YAML file: the signing key comes from the
// LRTKEEPER_PRIVATE_KEY environment variable or from a keystore file and a
// password file (see LoadKey), and URLs that carry API keys are best passed
// through ${VAR} expansion.
package config

import (
	"errors"
	"fmt"
	"math"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/redis/go-redis/v9"
	"github.com/robfig/cron/v3"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/lease"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// EmbeddedURL is the value of chain.rpc_url and redis.url that selects the
// built-in simulated chain or Redis server.
const EmbeddedURL = "embedded"

// Fair value kinds (assets[].fair_value.kind).
const (
	// FairValueERC4626 reads convertToAssets on an ERC-4626 vault.
	FairValueERC4626 = "erc4626"
	// FairValueRate calls a no-argument view method returning a uint256 rate.
	FairValueRate = "rate"
	// FairValueRebasing is 1:1 with ETH (stETH-like rebasing tokens).
	FairValueRebasing = "rebasing"
	// FairValueChained multiplies the rates of its steps (wstETH → stETH → ETH).
	FairValueChained = "chained"
)

// Market price source kinds (assets[].market_price.sources[].kind).
const (
	// MarketPriceChainlink is a Chainlink AggregatorV3 feed.
	MarketPriceChainlink = "chainlink"
	// SourceUniswapV3TWAP is a Uniswap v3 pool's time-weighted tick.
	SourceUniswapV3TWAP = "uniswap_v3_twap"
	// SourceCurveEMA is a Curve stableswap pool's price_oracle (EMA).
	SourceCurveEMA = "curve_ema"
	// SourceCurveSpot is a Curve pool's get_dy for one whole token.
	SourceCurveSpot = "curve_spot"
)

// ExecQuoteCurve quotes sales with a Curve pool's get_dy
// (assets[].exec_quote.kind). Uniswap v3 pools have no on-pool quote; a
// QuoterV2-based kind is future work.
const ExecQuoteCurve = "curve"

// Market oracle kinds (markets[].oracle_kind).
const (
	OracleKindAuto         = "auto"
	OracleKindMarket       = "market"
	OracleKindExchangeRate = "exchange_rate"
	OracleKindCapped       = "capped"
)

// Scripted price paths of the embedded world (embedded.price_path).
const (
	PricePathDepeg = "depeg"
	PricePathCalm  = "calm"
)

// Default addresses.
var (
	// DefaultMulticall3 is the canonical Multicall3 deployment.
	DefaultMulticall3 = common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11")
	// DefaultMorpho is the Morpho Blue singleton on Ethereum mainnet.
	DefaultMorpho = common.HexToAddress("0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb")
)

// Config is the whole daemon configuration, the root of config.yaml.
type Config struct {
	Log         Log         `yaml:"log"`
	Chain       Chain       `yaml:"chain"`
	Redis       Redis       `yaml:"redis"`
	Wallet      Wallet      `yaml:"wallet"`
	Morpho      Morpho      `yaml:"morpho"`
	Assets      []Asset     `yaml:"assets"`
	Markets     []Market    `yaml:"markets"`
	Aave        []AavePool  `yaml:"aave"`
	Keeper      Keeper      `yaml:"keeper"`
	Book        Book        `yaml:"book"`
	Liquidation Liquidation `yaml:"liquidation"`
	Deleverage  Deleverage  `yaml:"deleverage"`
	Tx          Tx          `yaml:"tx"`
	Risk        Risk        `yaml:"risk"`
	OnChain     OnChain     `yaml:"onchain"`
	Metrics     Metrics     `yaml:"metrics"`
	Alerts      Alerts      `yaml:"alerts"`
	Leader      Leader      `yaml:"leader"`
	Embedded    Embedded    `yaml:"embedded"`
}

// Log configures the root logger.
type Log struct {
	Level  string `yaml:"level"`  // debug | info | warn | error
	Format string `yaml:"format"` // json | console
}

// Chain configures the Ethereum RPC connection and event scanning.
type Chain struct {
	// RPCURL is ws://, wss://, http://, https:// or "embedded". Exactly one
	// of RPCURL and RPCURLs is set; giving rpc_urls in the file clears the
	// default "embedded".
	RPCURL string `yaml:"rpc_url"`
	// RPCURLs lists several endpoints of the chain, the primary first: calls
	// fail over between them (see Failover).
	RPCURLs []string `yaml:"rpc_urls"`
	// Failover tunes the health checks and failover between the endpoints.
	Failover Failover `yaml:"failover"`
	// ChainID is the only chain the daemon runs on.
	ChainID      uint64         `yaml:"chain_id"`
	DialTimeout  time.Duration  `yaml:"dial_timeout"`
	CallTimeout  time.Duration  `yaml:"call_timeout"`
	PollInterval time.Duration  `yaml:"poll_interval"` // head polling over http(s)
	Multicall3   common.Address `yaml:"multicall3"`
	// WrappedNative is WETH; the zero address means none.
	WrappedNative common.Address `yaml:"wrapped_native"`
	// StartBlock is the first block scanned for Morpho events, and for an
	// Aave pool's events unless aave[].start_block is set.
	StartBlock uint64 `yaml:"start_block"`
	// LogRange is the largest block span of one eth_getLogs call.
	LogRange uint64 `yaml:"log_range"`
}

// Failover configures how calls are spread over the chain's endpoints: each
// call has a timeout, and an endpoint that fails, hangs, or whose head lags
// or is stale is skipped until a health check finds it healthy again.
type Failover struct {
	// MaxHeadLagBlocks is how many blocks an endpoint's head may trail the
	// best endpoint's and still be healthy.
	MaxHeadLagBlocks uint64 `yaml:"max_head_lag_blocks"`
	// MaxHeadAge is how old an endpoint's latest head may be.
	MaxHeadAge time.Duration `yaml:"max_head_age"`
	// CallTimeout bounds one request to one endpoint; 0 means
	// chain.call_timeout (see Chain.FailoverCallTimeout). Below
	// chain.call_timeout, a hanging endpoint leaves time for the next one.
	CallTimeout time.Duration `yaml:"call_timeout"`
	// CheckInterval is the period of the health check.
	CheckInterval time.Duration `yaml:"check_interval"`
	// HedgeReads also sends a read to the next endpoint when the first has
	// not answered within its usual latency (at most 200ms).
	HedgeReads bool `yaml:"hedge_reads"`
	// RequestsPerSecond limits the requests to each endpoint; 0 is
	// unlimited.
	RequestsPerSecond float64 `yaml:"requests_per_second"`
}

// Redis configures the Redis connection the oracle publishes to.
type Redis struct {
	// URL is redis://, rediss://, unix:// or "embedded". With Cluster it
	// names a redis:// or rediss:// seed node, and more in addr
	// parameters: redis://host1:6379?addr=host2:6379&addr=host3:6379.
	URL string `yaml:"url"`
	// Cluster connects to a Redis Cluster. KeyPrefix must then carry a hash
	// tag, e.g. "lrt:{eth-a}", so that the keys written together (in one
	// MULTI/EXEC or script) share a slot.
	Cluster bool `yaml:"cluster"`
	// EmbeddedAddr is where the embedded server listens (port 0 = any).
	EmbeddedAddr string `yaml:"embedded_addr"`
	// KeyPrefix starts every key. It may carry one Redis Cluster hash tag,
	// e.g. "lrt:{eth-a}". Each leader.shard needs its own.
	KeyPrefix    string        `yaml:"key_prefix"`
	DialTimeout  time.Duration `yaml:"dial_timeout"`
	WriteTimeout time.Duration `yaml:"write_timeout"`
	TTL          time.Duration `yaml:"ttl"`
}

// Wallet says where the signing key is; see LoadKey.
type Wallet struct {
	Keystore     string `yaml:"keystore"`      // go-ethereum keystore JSON file
	PasswordFile string `yaml:"password_file"` // required with Keystore
}

// Morpho locates the Morpho Blue singleton.
type Morpho struct {
	// Address is required unless only aave pools are configured (no
	// markets, no pre_liquidation_factory).
	Address common.Address `yaml:"address"`
	// PreLiquidationFactory, when set, is the factory whose
	// PreLiquidation contracts for the watched markets the keeper uses
	// (liquidation.mode callback), for the borrowers who authorised them.
	PreLiquidationFactory common.Address `yaml:"pre_liquidation_factory"`
	// PreLiquidationStartBlock is where to look for the factory's
	// contracts and the authorisations (its deployment block).
	PreLiquidationStartBlock uint64 `yaml:"pre_liquidation_start_block"`
}

// Asset is one liquid restaking token used as collateral.
type Asset struct {
	Symbol      string         `yaml:"symbol"`
	Token       common.Address `yaml:"token"`
	Decimals    int            `yaml:"decimals"`
	FairValue   FairValue      `yaml:"fair_value"`
	MarketPrice MarketPrice    `yaml:"market_price"`
	// DepegBandsBps are the depeg alert bands, ascending; the first is the
	// alert threshold and the start of depeg_persist_s.
	DepegBandsBps []int `yaml:"depeg_bands_bps"`
	// DepegEMAHalfLife is the half-life of the time-weighted depeg EMA.
	DepegEMAHalfLife time.Duration `yaml:"depeg_ema_half_life"`
	// SlashCriticalBps: a fall of the fair rate at least this large is a
	// critical slash alert (any fall is at least a warning).
	SlashCriticalBps int `yaml:"slash_critical_bps"`
	// SlashMinBps: smaller falls of the fair rate (rounding, rates that
	// follow an LST oracle) are not slashes; 0 counts every fall.
	SlashMinBps int       `yaml:"slash_min_bps"`
	Capo        Capo      `yaml:"capo"`
	ExecQuote   ExecQuote `yaml:"exec_quote"`
	// CapoAdapters are the CAPO price-cap adapters that price this asset
	// (on Aave, or behind a Morpho oracle): each one's cap is recomputed
	// every block from its own parameters and compared with its live ratio.
	CapoAdapters []CapoAdapter `yaml:"capo_adapters"`
}

// CapoAdapter is one CAPO adapter to watch.
type CapoAdapter struct {
	Name    string         `yaml:"name"`
	Address common.Address `yaml:"address"`
	// AlertBelowBps: a cap under the live ratio by more than this raises
	// capo_below_rate (default 5).
	AlertBelowBps *int `yaml:"alert_below_bps"`
}

// DefaultCapoAlertBelowBps is CapoAdapter.AlertBelowBps's default.
const DefaultCapoAlertBelowBps = 5

// BelowBps is the alert bound with its default.
func (c *CapoAdapter) BelowBps() uint64 {
	if c.AlertBelowBps == nil {
		return DefaultCapoAlertBelowBps
	}
	return uint64(*c.AlertBelowBps)
}

// FairValue says how to read an asset's redemption (fundamental) value.
type FairValue struct {
	Kind     string         `yaml:"kind"` // erc4626 | rate | rebasing | chained
	Contract common.Address `yaml:"contract"`
	// Method is the view signature for kind rate, e.g. "getRate()".
	Method   string `yaml:"method"`
	Decimals int    `yaml:"decimals"` // decimals of the returned value
	// Steps are multiplied for kind chained (e.g. wstETH→stETH, stETH→ETH).
	Steps []RateStep `yaml:"steps"`
	// ExpectedCadence: a rate unchanged for longer raises rate_stale; 0
	// disables the check.
	ExpectedCadence time.Duration `yaml:"expected_cadence"`
}

// RateStep is one factor of a chained fair value.
type RateStep struct {
	Kind     string         `yaml:"kind"` // erc4626 | rate | rebasing
	Contract common.Address `yaml:"contract"`
	Method   string         `yaml:"method"`
	Decimals int            `yaml:"decimals"`
}

// UnmarshalYAML defaults a step's decimals to 18 before decoding.
func (r *RateStep) UnmarshalYAML(unmarshal func(any) error) error {
	type step RateStep // no methods: avoids recursion
	p := step(RateStep{Decimals: 18})
	if err := unmarshal(&p); err != nil {
		return err
	}
	*r = RateStep(p)
	return nil
}

// MarketPrice says where an asset's secondary-market price comes from: one
// Chainlink feed given inline (kind, feed, heartbeat), or several sources
// whose median is used when at least Quorum of them are healthy.
type MarketPrice struct {
	Kind      string         `yaml:"kind"` // chainlink (inline single source)
	Feed      common.Address `yaml:"feed"`
	Heartbeat time.Duration  `yaml:"heartbeat"` // older answers are refused

	Sources []PriceSource `yaml:"sources"`
	// Quorum is how many healthy sources the median needs.
	Quorum int `yaml:"quorum"`
	// MaxSpreadBps flags disagreement when (max − min)/median exceeds it.
	MaxSpreadBps int `yaml:"max_spread_bps"`
}

// PriceSource is one market-price source.
type PriceSource struct {
	Name string `yaml:"name"` // defaults to the kind
	Kind string `yaml:"kind"` // chainlink | uniswap_v3_twap | curve_ema | curve_spot
	// chainlink
	Feed      common.Address `yaml:"feed"`
	Heartbeat time.Duration  `yaml:"heartbeat"`
	// uniswap_v3_twap, curve_ema, curve_spot
	Pool common.Address `yaml:"pool"`
	// Window is the TWAP window (uniswap_v3_twap).
	Window time.Duration `yaml:"window"`
	// Index is the asset's coin index in the Curve pool; the other coin
	// of a two-coin pool is ETH or WETH.
	Index int `yaml:"index"`
}

// Capo configures the CAPO-style growth cap of the fair value.
type Capo struct {
	// MaxYearlyGrowth is the linear yearly growth allowed above the
	// snapshot, e.g. "0.10"; "0" disables the cap.
	MaxYearlyGrowth Wad `yaml:"max_yearly_growth"`
	// SnapshotInterval is how often the snapshot advances.
	SnapshotInterval time.Duration `yaml:"snapshot_interval"`
}

// ExecQuote is where executable (size-aware) sale quotes come from.
type ExecQuote struct {
	Kind  string         `yaml:"kind"` // "" (none) | curve
	Pool  common.Address `yaml:"pool"`
	Index int            `yaml:"index"` // curve: the asset's coin index
}

// AllSources returns the market-price sources, turning the inline form
// into a one-element list.
func (m *MarketPrice) AllSources() []PriceSource {
	if len(m.Sources) > 0 {
		return m.Sources
	}
	return []PriceSource{{Name: m.Kind, Kind: m.Kind, Feed: m.Feed, Heartbeat: m.Heartbeat}}
}

// Risk configures the risk computations.
type Risk struct {
	// StressSlippage is the slippage assumed when selling seized
	// collateral in the stress scenarios, e.g. "0.01".
	StressSlippage Wad `yaml:"stress_slippage"`
	// StreamMaxLen bounds the history stream (XADD MAXLEN ~).
	StreamMaxLen int64 `yaml:"stream_maxlen"`
	// GrowthSampleInterval is how often the fair rate's history is sampled
	// for the 7/30/60-day growth figures.
	GrowthSampleInterval time.Duration `yaml:"growth_sample_interval"`
	// ReportSchedule is the cron spec of the daily risk report (a log
	// event and the lrt:v1:report:daily hash); "" disables it.
	ReportSchedule string `yaml:"report_schedule"`
	// CapoSnapshotSchedule is the cron spec of the scheduled growth-cap
	// snapshot of every asset with a capo policy, taken at the next block
	// whatever capo.snapshot_interval says; "" leaves only the interval.
	CapoSnapshotSchedule string `yaml:"capo_snapshot_schedule"`
}

// OnChain configures publishing to a RiskOracle contract.
type OnChain struct {
	Enabled    bool           `yaml:"enabled"`
	RiskOracle common.Address `yaml:"risk_oracle"`
	// DeviationBps: publish when a value moves this far from the last
	// published one (bps of the value; for depeg, bps of depeg).
	DeviationBps int `yaml:"deviation_bps"`
	// Heartbeat: publish at least this often even without deviation.
	Heartbeat time.Duration `yaml:"heartbeat"`
}

// Market is one Morpho Blue market to guard.
type Market struct {
	ID         common.Hash `yaml:"id"`
	Name       string      `yaml:"name"`
	Collateral string      `yaml:"collateral"` // an Asset.Symbol
	// OracleKind is which price the market's oracle follows: auto (read
	// from the oracle), market, exchange_rate or capped.
	OracleKind string `yaml:"oracle_kind"`
	// Venue is where the executor sells this market's seized collateral
	// (liquidation.mode callback).
	Venue *Venue `yaml:"venue"`
}

// Venue kinds.
const (
	VenueCurve = "curve" // a Curve-style pool: exchange(i, j, dx, min_dy)
	VenueUniV3 = "univ3" // a Uniswap-v3-style pool: swap(...)
)

// Venue is a pool that buys a market's collateral for its loan token.
type Venue struct {
	Kind string         `yaml:"kind"`
	Pool common.Address `yaml:"pool"`
	// I and J are a Curve pool's coin indices of the collateral (sold) and
	// the loan token (bought).
	I int64 `yaml:"i"`
	J int64 `yaml:"j"`
	// ZeroForOne: the collateral is the Uniswap pool's token0.
	ZeroForOne bool `yaml:"zero_for_one"`
}

// Check validates a venue; paths are relative to it.
func (v *Venue) Check() error {
	var ck checker
	switch v.Kind {
	case VenueCurve:
		iOK, jOK := v.I >= 0 && v.I <= 7, v.J >= 0 && v.J <= 7
		if !iOK {
			ck.addf("i", "must be a coin index 0..7, got %d", v.I)
		}
		if !jOK {
			ck.addf("j", "must be a coin index 0..7, got %d", v.J)
		}
		if iOK && jOK && v.I == v.J {
			ck.addf("i", "i and j must be distinct coin indices 0..7, got %d and %d", v.I, v.J)
		}
	case VenueUniV3:
	default:
		ck.addf("kind", "must be %s or %s, got %s", VenueCurve, VenueUniV3, quoteShort(v.Kind))
	}
	if v.Pool == (common.Address{}) {
		ck.addf("pool", "required: the pool's address")
	}
	return ck.err()
}

// DefaultAavePoolName is the name of the only aave pool when it has none.
const DefaultAavePoolName = "aave"

// AavePool is one Aave v3 (or fork) pool, configured by address only: its
// reserves, their parameters and e-mode categories are read from chain.
type AavePool struct {
	// Name is unique; it names the pool in alerts and in
	// deleverage.positions[].aave. Default "aave" when only one pool is
	// configured; required with more.
	Name              string         `yaml:"name"`
	Pool              common.Address `yaml:"pool"`
	AddressesProvider common.Address `yaml:"addresses_provider"`
	Oracle            common.Address `yaml:"oracle"`
	// DataProvider is the pool's data provider (optional).
	DataProvider common.Address `yaml:"data_provider"`
	// Version is the pool's Aave release, "3.3", "3.5" or "3.6" (see
	// aave.ParseVersion; 3.4 is refused on purpose).
	Version string `yaml:"version"`
	// StartBlock is the first block whose events are read; 0 means
	// chain.start_block (Check fills it in).
	StartBlock uint64        `yaml:"start_block"`
	Reserves   []AaveReserve `yaml:"reserves"`
}

// AaveReserve links a pool reserve to a watched asset (its market and fair
// prices) and to the venue its seized collateral is sold on.
type AaveReserve struct {
	// Asset is an assets[].symbol; the reserve's token is that asset's token.
	Asset string `yaml:"asset"`
	// Venue sells the reserve for chain.wrapped_native (the loops' debt);
	// the same type as markets[].venue.
	Venue *Venue `yaml:"venue"`
}

// ParsedVersion returns Version parsed by aave.ParseVersion. It is valid
// once Check has passed; an unparsable version gives 0.
func (p AavePool) ParsedVersion() aave.Version {
	v, err := aave.ParseVersion(p.Version)
	if err != nil {
		return 0
	}
	return v
}

// Reserve returns the reserve linked to the asset with the given symbol.
func (p AavePool) Reserve(asset string) (AaveReserve, bool) {
	for _, r := range p.Reserves {
		if r.Asset == asset {
			return r, true
		}
	}
	return AaveReserve{}, false
}

// Check validates one pool; paths are relative to the pool. Whether the
// name is needed and unique and whether each reserve names a configured
// asset are checked by Config.Check.
func (p *AavePool) Check() error {
	var ck checker
	if p.Name != "" && !symbolRE.MatchString(p.Name) {
		ck.addf("name", "must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got %s", quoteShort(p.Name))
	}
	if p.Pool == (common.Address{}) {
		ck.addf("pool", "required: the address of the Aave Pool (proxy)")
	}
	if p.AddressesProvider == (common.Address{}) {
		ck.addf("addresses_provider", "required: the pool's PoolAddressesProvider")
	}
	if p.Oracle == (common.Address{}) {
		ck.addf("oracle", "required: the pool's AaveOracle")
	}
	switch {
	case p.Version == "":
		ck.addf("version", "required: the pool's Aave release, 3.3, 3.5 or 3.6 (3.4 is not supported)")
	default:
		if _, err := aave.ParseVersion(p.Version); err != nil {
			ck.addf("version", "must be 3.3, 3.5 or 3.6 (3.4 is not supported), got %s", quoteShort(p.Version))
		}
	}
	if len(p.Reserves) == 0 {
		ck.addf("reserves", "at least one reserve is required: the assets whose loops against chain.wrapped_native are watched")
	}
	seen := make(map[string]int, len(p.Reserves))
	for i, r := range p.Reserves {
		path := fmt.Sprintf("reserves[%d]", i)
		switch {
		case r.Asset == "":
			ck.addf(path+".asset", "required: the symbol of an entry in assets")
		default:
			if j, dup := seen[r.Asset]; dup {
				ck.addf(path+".asset", "duplicate reserve %s (also reserves[%d])", quoteShort(r.Asset), j)
			} else {
				seen[r.Asset] = i
			}
		}
		if r.Venue != nil {
			ck.merge(path+".venue", r.Venue.Check())
		}
	}
	return ck.err()
}

// AavePoolByName returns the aave pool with the given name.
func (c *Config) AavePoolByName(name string) (AavePool, bool) {
	for _, p := range c.Aave {
		if p.Name == name {
			return p, true
		}
	}
	return AavePool{}, false
}

// fillAaveDefaults sets the defaults that depend on other fields: the only
// pool's name and each pool's start block.
func (c *Config) fillAaveDefaults() {
	if len(c.Aave) == 1 && c.Aave[0].Name == "" {
		c.Aave[0].Name = DefaultAavePoolName
	}
	for i := range c.Aave {
		if c.Aave[i].StartBlock == 0 {
			c.Aave[i].StartBlock = c.Chain.StartBlock
		}
	}
}

// checkAave checks what relates the aave pools to each other and to the
// other sections: names, duplicate pools, reserve assets and, in callback
// mode, the venues. bySymbol maps the configured assets' symbols.
func (c *Config) checkAave(ck *checker, bySymbol map[string]int) {
	names := make(map[string]int, len(c.Aave))
	pools := make(map[common.Address]int, len(c.Aave))
	for i, p := range c.Aave {
		path := fmt.Sprintf("aave[%d]", i)
		switch {
		case p.Name == "":
			ck.addf(path+".name", "required when more than one aave pool is configured (it names the pool in alerts and in deleverage.positions)")
		default:
			if j, dup := names[p.Name]; dup {
				ck.addf(path+".name", "duplicate pool name %s (also aave[%d])", quoteShort(p.Name), j)
			} else {
				names[p.Name] = i
			}
		}
		if p.Pool != (common.Address{}) {
			if j, dup := pools[p.Pool]; dup {
				ck.addf(path+".pool", "duplicate pool %s (also aave[%d])", p.Pool.Hex(), j)
			} else {
				pools[p.Pool] = i
			}
		}
		for k, r := range p.Reserves {
			rpath := fmt.Sprintf("%s.reserves[%d]", path, k)
			if r.Asset != "" {
				if _, ok := bySymbol[r.Asset]; !ok {
					ck.addf(rpath+".asset", "unknown asset %s: no entry in assets has this symbol", quoteShort(r.Asset))
				}
			}
			if c.Liquidation.Enabled && c.Liquidation.Mode == LiquidationCallback && r.Venue == nil {
				ck.addf(rpath+".venue", "required when liquidation.mode is %s: where the executor sells the seized collateral", LiquidationCallback)
			}
		}
	}
}

// Keeper configures the health pass and alerts.
type Keeper struct {
	// HealthAlert: health below it raises health_low. Must be > 1.
	HealthAlert Wad `yaml:"health_alert"`
	// HysteresisBps: a condition clears only this far past its threshold.
	HysteresisBps int `yaml:"hysteresis_bps"`
	// HeadTimeout: no new head for this long is an error alert.
	HeadTimeout time.Duration `yaml:"head_timeout"`
	// ShutdownTimeout: on SIGTERM, how long sent liquidations and
	// deleverages may take to be mined and recorded before the daemon
	// stops following them (they stay recorded as pending and are resumed
	// by the next start).
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
	// HeartbeatSchedule is the cron spec of the heartbeat: a log summary
	// and the lrt:v1:heartbeat hash; "" disables it.
	HeartbeatSchedule string `yaml:"heartbeat_schedule"`
}

// Book configures the in-memory position book.
type Book struct {
	// RefreshInterval: every position record in Redis is rewritten at
	// least this often (block time); changed and at-risk positions are
	// written every block. Must be at most half of redis.ttl.
	RefreshInterval time.Duration `yaml:"refresh_interval"`
	// VerifySchedule is the cron spec (robfig/cron: "@every 1h", "0 * * * *")
	// of the re-verification that reads positions on chain and repairs the
	// book; "" disables it.
	VerifySchedule string `yaml:"verify_schedule"`
	// VerifySample is how many positions per market each verification
	// reads, from a random start; 0 reads all.
	VerifySample int `yaml:"verify_sample"`
	// CheckpointInterval is how often the book is saved to Redis with its
	// block, so that a restart reads only the logs after it.
	CheckpointInterval time.Duration `yaml:"checkpoint_interval"`
}

// Liquidation modes.
const (
	LiquidationInventory = "inventory" // repay from the keeper's loan token
	LiquidationCallback  = "callback"  // through the executor: no inventory
)

// Liquidation configures the liquidation strategy.
type Liquidation struct {
	Enabled bool `yaml:"enabled"`
	// Mode is inventory or callback.
	Mode string `yaml:"mode"`
	// Executor is the KeeperExecutor contract the keeper's key owns
	// (callback mode); each market needs a venue.
	Executor common.Address `yaml:"executor"`
	// MaxSlippageBps bounds the sale of seized collateral below its value
	// at min(oracle, market price); a venue that cannot absorb the whole
	// liquidation within it gets a halved one, up to MaxHalvings times.
	MaxSlippageBps int `yaml:"max_slippage_bps"`
	MaxHalvings    int `yaml:"max_halvings"`
	// OracleGuard holds (or only alerts on) targets whose market oracle is
	// far from both the market price and the fair value.
	OracleGuard OracleGuard `yaml:"oracle_guard"`
	// MinProfit is in loan-token smallest units.
	MinProfit Amount `yaml:"min_profit"`
	// GasLimitMarginPct is added to eth_estimateGas.
	GasLimitMarginPct int    `yaml:"gas_limit_margin_pct"`
	MaxGasLimit       uint64 `yaml:"max_gas_limit"`
}

// Trigger prices of managed positions.
const (
	PriceOracle = "oracle"
	PriceMarket = "market"
	PriceFair   = "fair"
)

// Deleverage lists the positions the keeper deleverages for their owners,
// who authorised liquidation.executor (on Morpho with setAuthorization, on
// Aave with an allowance of the collateral's aToken).
type Deleverage struct {
	// Tolerance: the health after a deleverage should land within this of
	// the target; further is reported (deleverage_mined, on_target false).
	Tolerance Wad               `yaml:"tolerance"`
	Positions []ManagedPosition `yaml:"positions"`
}

// ManagedPosition is one position to keep above a health: a Morpho
// position (Market) or an Aave one (Aave and Collateral), exactly one of
// the two.
type ManagedPosition struct {
	// Market is the Morpho market id.
	Market common.Hash `yaml:"market"`
	// Aave is the name of an aave pool (aave[].name).
	Aave string `yaml:"aave"`
	// Collateral is the symbol of the asset sold (one of the pool's
	// reserves); with Aave only. The debt is chain.wrapped_native.
	Collateral string         `yaml:"collateral"`
	Borrower   common.Address `yaml:"borrower"`
	// Below TriggerHealth (at TriggerPrice) for MinDepegPersist, the
	// position is brought back to TargetHealth.
	TriggerHealth Wad `yaml:"trigger_health"`
	TargetHealth  Wad `yaml:"target_health"`
	// TriggerPrice: oracle (what the protocol liquidates at: the Morpho
	// market's oracle or the pool's AaveOracle), market or fair.
	TriggerPrice    string        `yaml:"trigger_price"`
	MaxSlippageBps  int           `yaml:"max_slippage_bps"`
	MinDepegPersist time.Duration `yaml:"min_depeg_persist"`
}

// Check validates the deleverage section; paths are relative to it.
func (d *Deleverage) Check() error {
	var ck checker
	switch {
	case len(d.Positions) > 0 && !d.Tolerance.IsSet():
		ck.addf("tolerance", "required: a decimal such as \"0.01\"")
	case d.Tolerance.IsSet() && (d.Tolerance.v.Sign() < 0 || d.Tolerance.v.Cmp(fixed.WadOne()) > 0):
		ck.addf("tolerance", "must be between 0 and 1, got %s", d.Tolerance)
	}
	seen := make(map[string]int, len(d.Positions))
	for i := range d.Positions {
		p := &d.Positions[i]
		at := func(f string) string { return fmt.Sprintf("positions[%d].%s", i, f) }
		isMorpho, isAave := p.Market != (common.Hash{}), p.Aave != ""
		if p.Borrower != (common.Address{}) && isMorpho != isAave {
			// Two entries for one position would deleverage it twice.
			key := p.Market.Hex() + "/" + p.Aave + "/" + p.Collateral + "/" + p.Borrower.Hex()
			what := "market"
			if isAave {
				what = "aave pool and collateral"
			}
			if j, dup := seen[key]; dup {
				ck.addf(at("borrower"), "duplicate position: the same borrower and %s as positions[%d]", what, j)
			} else {
				seen[key] = i
			}
		}
		switch {
		case !isMorpho && !isAave:
			ck.addf(at("market"), "exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got neither")
		case isMorpho && isAave:
			ck.addf(at("aave"), "exactly one of market (a Morpho market id) or aave (the name of an aave pool) is required, got both")
		case isAave && p.Collateral == "":
			ck.addf(at("collateral"), "required with aave: the symbol of the asset sold, one of the pool's reserves")
		case isMorpho && p.Collateral != "":
			ck.addf(at("collateral"), "only with aave: a Morpho position's collateral is its market's")
		}
		if p.Borrower == (common.Address{}) {
			ck.addf(at("borrower"), "required")
		}
		switch {
		case !p.TriggerHealth.IsSet():
			ck.addf(at("trigger_health"), "required: a decimal > 1 such as \"1.10\"")
		case p.TriggerHealth.v.Cmp(fixed.WadOne()) <= 0:
			ck.addf(at("trigger_health"), "must be > 1, got %s", p.TriggerHealth)
		case !p.TargetHealth.IsSet():
			ck.addf(at("target_health"), "required: a decimal above trigger_health such as \"1.25\"")
		case p.TargetHealth.v.Cmp(p.TriggerHealth.v) <= 0:
			ck.addf(at("target_health"), "must be above trigger_health %s, got %s", p.TriggerHealth, p.TargetHealth)
		}
		switch p.TriggerPrice {
		case PriceOracle, PriceMarket, PriceFair:
		default:
			ck.addf(at("trigger_price"), "must be %s, %s or %s, got %s", PriceOracle, PriceMarket, PriceFair, quoteShort(p.TriggerPrice))
		}
		if p.MaxSlippageBps < 0 || p.MaxSlippageBps > 5_000 {
			ck.addf(at("max_slippage_bps"), "must be between 0 and 5000, got %d", p.MaxSlippageBps)
		}
		if p.MinDepegPersist < 0 {
			ck.addf(at("min_depeg_persist"), "must not be negative, got %s", p.MinDepegPersist)
		}
	}
	return ck.err()
}

// checkManaged checks that managed positions name watched markets with a
// venue and that the executor is set.
func (c *Config) checkManaged(ck *checker) {
	if len(c.Deleverage.Positions) == 0 {
		return
	}
	if c.Liquidation.Executor == (common.Address{}) && c.Liquidation.Mode != LiquidationCallback {
		// In callback mode Liquidation.Check reports it already.
		ck.addf("liquidation.executor", "required by deleverage.positions: the KeeperExecutor the owners authorised")
	}
	for i, p := range c.Deleverage.Positions {
		if p.Aave != "" {
			c.checkManagedAave(ck, i, p)
			continue
		}
		if p.Market == (common.Hash{}) {
			continue // reported by Deleverage.Check
		}
		found := false
		for _, m := range c.Markets {
			if m.ID == p.Market {
				found = true
				if m.Venue == nil {
					ck.addf(fmt.Sprintf("deleverage.positions[%d].market", i), "market %s needs a venue to sell collateral on", p.Market.Hex())
				}
			}
		}
		if !found && !c.EmbeddedChain() {
			ck.addf(fmt.Sprintf("deleverage.positions[%d].market", i), "not in markets: %s", p.Market.Hex())
		}
	}
}

// checkManagedAave checks that managed position i names a configured aave
// pool and one of its reserves, with a venue.
func (c *Config) checkManagedAave(ck *checker, i int, p ManagedPosition) {
	at := func(f string) string { return fmt.Sprintf("deleverage.positions[%d].%s", i, f) }
	pool, ok := c.AavePoolByName(p.Aave)
	if !ok {
		ck.addf(at("aave"), "not in aave: no pool is named %s", quoteShort(p.Aave))
		return
	}
	if p.Collateral == "" || p.Market != (common.Hash{}) {
		return // reported by Deleverage.Check
	}
	r, ok := pool.Reserve(p.Collateral)
	switch {
	case !ok:
		ck.addf(at("collateral"), "%s is not a reserve of aave pool %s (aave[].reserves[].asset)", quoteShort(p.Collateral), quoteShort(p.Aave))
	case r.Venue == nil:
		ck.addf(at("collateral"), "reserve %s of aave pool %s needs a venue to sell collateral on", quoteShort(p.Collateral), quoteShort(p.Aave))
	}
}

// IsAave reports whether the position is on an aave pool (else Morpho).
func (p ManagedPosition) IsAave() bool { return p.Aave != "" }

// Oracle guard policies.
const (
	GuardHold = "hold"
	GuardAct  = "act"
)

// OracleGuard configures the oracle sanity check before acting.
type OracleGuard struct {
	// MaxDeviationBps: an oracle further than this from both the market
	// price and the fair value is implausible; 0 disables the check.
	MaxDeviationBps int `yaml:"max_deviation_bps"`
	// Policy: hold (do not act) or act (alert only).
	Policy string `yaml:"policy"`
}

// Tx configures the transaction manager.
type Tx struct {
	NumConfirmations     uint64        `yaml:"num_confirmations"`
	ReceiptQueryInterval time.Duration `yaml:"receipt_query_interval"`
	// ResubmitInterval: bump fees when not mined for this long.
	ResubmitInterval time.Duration `yaml:"resubmit_interval"`
	// ResubmitBlocks: also bump fees when not mined within this many
	// blocks (0: by time only).
	ResubmitBlocks uint64 `yaml:"resubmit_blocks"`
	FeeBumpPct     int    `yaml:"fee_bump_pct"`
	// FeeLimitMultiplier caps fees at this times the first suggested fee.
	FeeLimitMultiplier uint64        `yaml:"fee_limit_multiplier"`
	NetworkTimeout     time.Duration `yaml:"network_timeout"`
	SendTimeout        time.Duration `yaml:"send_timeout"` // overall per transaction
	MinTipCapWei       Amount        `yaml:"min_tip_cap_wei"`
	// Simulate every transaction at the latest block before sending it:
	// a revert is decoded and logged and nothing is sent.
	Simulate bool `yaml:"simulate"`
	// GasMarginPct is added to a gas estimate the manager makes itself.
	GasMarginPct int `yaml:"gas_margin_pct"`
	// CancelAfter: a transaction whose fees can rise no further and that
	// stays unmined this long is cancelled (0: never).
	CancelAfter time.Duration `yaml:"cancel_after"`
	// MaxInFlight bounds the transactions pending at once (0: no bound).
	MaxInFlight int `yaml:"max_in_flight"`
	// DryRun simulates and logs every transaction but sends none.
	DryRun  bool              `yaml:"dry_run"`
	Private PrivateSubmission `yaml:"private"`
}

// Private submission methods.
const (
	PrivateRawTx  = "eth_sendRawTransaction"
	PrivateBundle = "eth_sendBundle"
)

// PrivateSubmission sends transactions to an endpoint that keeps them out
// of the public mempool, where a liquidation would leak.
type PrivateSubmission struct {
	// URL of the JSON-RPC endpoint; empty sends publicly. It may carry
	// credentials: only its host is ever logged.
	URL    string `yaml:"url"`
	Method string `yaml:"method"`
	// FallbackBlocks: unmined after this many blocks, the transaction is
	// also broadcast publicly (0: never).
	FallbackBlocks uint64 `yaml:"fallback_blocks"`
}

// Metrics configures the metrics and health HTTP listener.
type Metrics struct {
	// Listen is host:port; "" disables the listener.
	Listen string `yaml:"listen"`
}

// Alerts configures where alerts go besides the log.
type Alerts struct {
	// Webhook posts every alert at or above a severity to an HTTP
	// endpoint: Slack, PagerDuty or any JSON receiver.
	Webhook Webhook `yaml:"webhook"`
}

// Webhook configures the alert webhook (internal/alerts.Webhook); its
// defaults are alerts.DefaultWebhookConfig's.
type Webhook struct {
	// URL receives the POSTs; "" disables the webhook. It usually carries
	// a secret (a Slack webhook's path, a token): set it through
	// ${LRTKEEPER_WEBHOOK_URL}. It is only ever logged redacted.
	URL string `yaml:"url"`
	// Format is json, slack or pagerduty (Events API v2).
	Format string `yaml:"format"`
	// RoutingKey is the PagerDuty integration key, required with format
	// pagerduty and refused with the others; a secret as well, best set
	// through ${LRTKEEPER_PAGERDUTY_ROUTING_KEY}.
	RoutingKey string `yaml:"routing_key"`
	// MinSeverity is info, warning or critical: alerts below it are not
	// sent (a resolve carries the severity its condition fired with).
	MinSeverity string `yaml:"min_severity"`
	// MaxPerMinute bounds the alerts sent per minute; the rest go out as
	// one "N more alerts suppressed" message when the minute ends.
	MaxPerMinute int `yaml:"max_per_minute"`
	// DedupWindow: an alert with the kind, subject and state of the last
	// one sent within it is not sent again; 0 disables deduplication.
	DedupWindow time.Duration `yaml:"dedup_window"`
	// Timeout bounds one HTTP request.
	Timeout time.Duration `yaml:"timeout"`
}

// Enabled reports whether a URL is set.
func (w *Webhook) Enabled() bool { return w.URL != "" }

// defaultWebhook is the webhook section with the alerts package's own
// defaults: one source of truth for them.
func defaultWebhook() Webhook {
	d := alerts.DefaultWebhookConfig()
	return Webhook{
		Format: d.Format, MinSeverity: d.MinSeverity.String(), MaxPerMinute: d.MaxPerMinute,
		DedupWindow: d.DedupWindow, Timeout: d.Timeout,
	}
}

// Embedded configures the embedded simulated world.
type Embedded struct {
	BlockTime time.Duration `yaml:"block_time"`
	PricePath string        `yaml:"price_path"` // depeg | calm
}

// txDefaults is the tx section as the transaction manager's own defaults:
// one source of truth for them.
func txDefaults() Tx {
	d := txmgr.DefaultConfig()
	return Tx{
		NumConfirmations: d.NumConfirmations, ReceiptQueryInterval: d.ReceiptQueryInterval,
		ResubmitInterval: d.ResubmitInterval, ResubmitBlocks: d.ResubmitBlocks, FeeBumpPct: int(d.FeeBumpPct),
		FeeLimitMultiplier: d.FeeLimitMultiplier, NetworkTimeout: d.NetworkTimeout, SendTimeout: d.SendTimeout,
		MinTipCapWei: mustAmount(d.MinTipCap.String()), Simulate: d.Simulate, GasMarginPct: int(d.GasMarginPct),
		CancelAfter: d.CancelAfter, MaxInFlight: d.MaxInFlight,
	}
}

// Default returns the default configuration. Every call returns fresh values.
func Default() *Config {
	return &Config{
		Log: Log{Level: "info", Format: "json"},
		Chain: Chain{
			RPCURL:       EmbeddedURL,
			ChainID:      1337,
			DialTimeout:  10 * time.Second,
			CallTimeout:  10 * time.Second,
			PollInterval: 2 * time.Second,
			Multicall3:   DefaultMulticall3,
			StartBlock:   0,
			LogRange:     2000,
			Failover: Failover{
				MaxHeadLagBlocks: 3,
				MaxHeadAge:       30 * time.Second,
				CheckInterval:    5 * time.Second,
			},
		},
		Redis: Redis{
			URL:          EmbeddedURL,
			EmbeddedAddr: "127.0.0.1:0",
			KeyPrefix:    "lrt:v1",
			DialTimeout:  5 * time.Second,
			WriteTimeout: 5 * time.Second,
			TTL:          5 * time.Minute,
		},
		Morpho: Morpho{Address: DefaultMorpho},
		Keeper: Keeper{
			HealthAlert:       mustWad("1.02"),
			HysteresisBps:     10,
			HeadTimeout:       2 * time.Minute,
			ShutdownTimeout:   30 * time.Second,
			HeartbeatSchedule: "@every 1m",
		},
		Book: Book{
			RefreshInterval:    2 * time.Minute,
			VerifySchedule:     "@every 1h",
			VerifySample:       0,
			CheckpointInterval: time.Minute,
		},
		Deleverage: Deleverage{Tolerance: mustWad("0.01")},
		Liquidation: Liquidation{
			Enabled:        true,
			Mode:           LiquidationInventory,
			MaxSlippageBps: 100,
			MaxHalvings:    4,
			// An oracle sound in either sense sits near the market price
			// or the fair value, whatever the depeg between them; 300 bps
			// from both is a skew like cbETH's on Base (~330 bps).
			OracleGuard:       OracleGuard{MaxDeviationBps: 300, Policy: GuardHold},
			MinProfit:         mustAmount("0"),
			GasLimitMarginPct: 25,
			MaxGasLimit:       3_000_000,
		},
		Tx: txDefaults(),
		Risk: Risk{
			StressSlippage:       mustWad("0.01"),
			StreamMaxLen:         10_000,
			GrowthSampleInterval: time.Hour,
			ReportSchedule:       "CRON_TZ=UTC 0 0 * * *",
		},
		OnChain:  OnChain{DeviationBps: 50, Heartbeat: time.Hour},
		Metrics:  Metrics{Listen: "127.0.0.1:9464"},
		Alerts:   Alerts{Webhook: defaultWebhook()},
		Leader:   Leader{Shard: lease.DefaultConfig().Shard, TTL: lease.DefaultConfig().TTL},
		Embedded: Embedded{BlockTime: time.Second, PricePath: PricePathDepeg},
	}
}

// DefaultAsset returns an Asset with its defaults filled in; decoding a YAML
// list element starts from it.
func DefaultAsset() Asset {
	return Asset{
		Decimals:         18,
		FairValue:        FairValue{Decimals: 18},
		MarketPrice:      MarketPrice{Quorum: 1, MaxSpreadBps: 200},
		DepegBandsBps:    []int{50, 100, 250, 500},
		DepegEMAHalfLife: 30 * time.Minute,
		SlashCriticalBps: 100,
		SlashMinBps:      1,
		Capo:             Capo{MaxYearlyGrowth: mustWad("0.10"), SnapshotInterval: 7 * 24 * time.Hour},
	}
}

// UnmarshalYAML fills in the per-asset defaults before decoding. It uses the
// callback form so that the decoder's strict field checking still applies.
func (a *Asset) UnmarshalYAML(unmarshal func(any) error) error {
	type asset Asset // no methods: avoids recursion
	p := asset(DefaultAsset())
	if err := unmarshal(&p); err != nil {
		return err
	}
	*a = Asset(p)
	return nil
}

// EmbeddedChain reports whether the daemon runs against the embedded
// simulated chain.
func (c *Config) EmbeddedChain() bool { return c.Chain.IsEmbedded() }

// EmbeddedRedis reports whether the daemon starts its embedded Redis server.
func (c *Config) EmbeddedRedis() bool { return c.Redis.IsEmbedded() }

// IsEmbedded reports whether RPCURL selects the embedded simulated chain.
func (c *Chain) IsEmbedded() bool { return c.RPCURL == EmbeddedURL }

// Endpoints returns the RPC URLs in order of preference: RPCURLs, or
// RPCURL alone.
func (c *Chain) Endpoints() []string {
	if len(c.RPCURLs) > 0 {
		return append([]string(nil), c.RPCURLs...)
	}
	return []string{c.RPCURL}
}

// FailoverCallTimeout is failover.call_timeout, or call_timeout when unset.
func (c *Chain) FailoverCallTimeout() time.Duration {
	if c.Failover.CallTimeout > 0 {
		return c.Failover.CallTimeout
	}
	return c.CallTimeout
}

// UnmarshalYAML decodes the chain section over its defaults. A section that
// lists rpc_urls without rpc_url leaves rpc_url empty rather than at its
// default "embedded", so that exactly one of them is set. It uses the
// callback form so that the decoder's strict field checking still applies.
func (c *Chain) UnmarshalYAML(unmarshal func(any) error) error {
	type chain Chain // no methods: avoids recursion
	p := chain(*c)
	if err := unmarshal(&p); err != nil {
		return err
	}
	var keys map[string]any
	if err := unmarshal(&keys); err == nil {
		urls, hasURLs := keys["rpc_urls"]
		url, hasURL := keys["rpc_url"]
		if hasURLs && urls != nil && (!hasURL || url == nil) {
			p.RPCURL = ""
		}
	}
	*c = Chain(p)
	return nil
}

// IsEmbedded reports whether URL selects the embedded Redis server.
func (r *Redis) IsEmbedded() bool { return r.URL == EmbeddedURL }

// AssetBySymbol returns the asset with the given symbol.
func (c *Config) AssetBySymbol(symbol string) (Asset, bool) {
	for _, a := range c.Assets {
		if a.Symbol == symbol {
			return a, true
		}
	}
	return Asset{}, false
}

// Check validates every section and the relations between sections. The
// error is an Errors whose messages name the field path from the root, e.g.
// "assets[1].market_price.heartbeat: must be > 0".
//
// Check first fills in the defaults that depend on other fields: the only
// aave pool's name ("aave") and each pool's start_block (chain.start_block).
func (c *Config) Check() error {
	c.fillAaveDefaults()
	var ck checker
	ck.merge("log", c.Log.Check())
	ck.merge("chain", c.Chain.Check())
	ck.merge("redis", c.Redis.Check())
	ck.merge("wallet", c.Wallet.Check())
	if c.UsesMorpho() {
		ck.merge("morpho", c.Morpho.Check())
	}
	for i := range c.Assets {
		ck.merge(fmt.Sprintf("assets[%d]", i), c.Assets[i].Check())
	}
	for i := range c.Markets {
		ck.merge(fmt.Sprintf("markets[%d]", i), c.Markets[i].Check())
		if c.Liquidation.Enabled && c.Liquidation.Mode == LiquidationCallback && c.Markets[i].Venue == nil {
			ck.addf(fmt.Sprintf("markets[%d].venue", i), "required when liquidation.mode is %s: where the executor sells the seized collateral", LiquidationCallback)
		}
	}
	for i := range c.Aave {
		ck.merge(fmt.Sprintf("aave[%d]", i), c.Aave[i].Check())
	}
	ck.merge("keeper", c.Keeper.Check())
	ck.merge("book", c.Book.Check())
	if c.Redis.TTL > 0 && c.Book.RefreshInterval > c.Redis.TTL/2 {
		ck.addf("book.refresh_interval", "must be at most half of redis.ttl (%s), got %s: a position record would expire before it is rewritten", c.Redis.TTL, c.Book.RefreshInterval)
	}
	ck.merge("liquidation", c.Liquidation.Check())
	ck.merge("deleverage", c.Deleverage.Check())
	c.checkManaged(&ck)
	// An invalid liquidation.mode is reported on its own.
	if c.Morpho.PreLiquidationFactory != (common.Address{}) && (!c.Liquidation.Enabled || c.Liquidation.Mode == LiquidationInventory) {
		ck.addf("morpho.pre_liquidation_factory", "needs liquidation.enabled and liquidation.mode %s: pre-liquidations go through the executor", LiquidationCallback)
	}
	ck.merge("tx", c.Tx.Check())
	ck.merge("risk", c.Risk.Check())
	ck.merge("onchain", c.OnChain.Check())
	ck.merge("metrics", c.Metrics.Check())
	ck.merge("alerts", c.Alerts.Check())
	if c.Leader.Enabled {
		ck.merge("leader", c.Leader.Check())
		c.checkLeaseKeyPrefix(&ck)
		if c.EmbeddedRedis() {
			ck.addf("leader.enabled", "needs a shared Redis: redis.url is %q, which no other instance can reach", EmbeddedURL)
		}
	}
	ck.merge("embedded", c.Embedded.Check())

	if c.Chain.IsEmbedded() {
		if len(c.Assets) > 0 {
			ck.addf("assets", "must be empty when chain.rpc_url is %q: the embedded world defines its own assets", EmbeddedURL)
		}
		if len(c.Markets) > 0 {
			ck.addf("markets", "must be empty when chain.rpc_url is %q: the embedded world defines its own markets (to watch these, set chain.rpc_url, e.g. through LRTKEEPER_RPC_URL)", EmbeddedURL)
		}
		if len(c.Aave) > 0 {
			ck.addf("aave", "must be empty when chain.rpc_url is %q: the embedded world has no Aave pool (to watch these, set chain.rpc_url, e.g. through LRTKEEPER_RPC_URL)", EmbeddedURL)
		}
	} else {
		if len(c.Markets) == 0 && len(c.Aave) == 0 {
			ck.addf("markets", "at least one Morpho market (markets) or Aave pool (aave) is required when chain.rpc_url is not %q", EmbeddedURL)
		}
		if c.Chain.WrappedNative == (common.Address{}) {
			ck.addf("chain.wrapped_native", "required: the WETH address; market and fair prices, stress figures and liquidation profit (after gas) are priced in it")
		}
		bySymbol := make(map[string]int, len(c.Assets))
		byLower := make(map[string]int, len(c.Assets))
		byToken := make(map[common.Address]int, len(c.Assets))
		for i, a := range c.Assets {
			path := fmt.Sprintf("assets[%d]", i)
			if a.Symbol != "" {
				if j, dup := byLower[strings.ToLower(a.Symbol)]; dup {
					ck.addf(path+".symbol", "duplicate symbol %q (also assets[%d])", a.Symbol, j)
				} else {
					byLower[strings.ToLower(a.Symbol)] = i
					bySymbol[a.Symbol] = i
				}
			}
			if a.Token != (common.Address{}) {
				if j, dup := byToken[a.Token]; dup {
					ck.addf(path+".token", "duplicate token %s (also assets[%d])", a.Token.Hex(), j)
				} else {
					byToken[a.Token] = i
				}
			}
		}
		byID := make(map[common.Hash]int, len(c.Markets))
		for i, m := range c.Markets {
			path := fmt.Sprintf("markets[%d]", i)
			if m.ID != (common.Hash{}) {
				if j, dup := byID[m.ID]; dup {
					ck.addf(path+".id", "duplicate market id %s (also markets[%d])", m.ID.Hex(), j)
				} else {
					byID[m.ID] = i
				}
			}
			if m.Collateral != "" {
				if _, ok := bySymbol[m.Collateral]; !ok {
					ck.addf(path+".collateral", "unknown asset %s: no entry in assets has this symbol", quoteShort(m.Collateral))
				}
			}
		}
		c.checkAave(&ck, bySymbol)
	}
	if c.Keeper.HeadTimeout > 0 && c.Chain.PollInterval > 0 && c.Keeper.HeadTimeout <= c.Chain.PollInterval {
		ck.addf("keeper.head_timeout", "must be greater than chain.poll_interval (%s)", c.Chain.PollInterval)
	}
	if c.Chain.IsEmbedded() && c.Keeper.HeadTimeout > 0 && c.Embedded.BlockTime > 0 && c.Keeper.HeadTimeout <= c.Embedded.BlockTime {
		ck.addf("keeper.head_timeout", "must be greater than embedded.block_time (%s)", c.Embedded.BlockTime)
	}
	return ck.err()
}

// UsesMorpho reports whether the config needs morpho.address: Morpho
// markets are watched (or the embedded world's), or a PreLiquidation
// factory is set. A config of aave pools only does not.
func (c *Config) UsesMorpho() bool {
	return len(c.Markets) > 0 || c.Chain.IsEmbedded() || c.Morpho.PreLiquidationFactory != (common.Address{}) || len(c.Aave) == 0
}

// checkPositive records an error unless d > 0.
func checkPositive(ck *checker, path string, d time.Duration) {
	if d <= 0 {
		ck.addf(path, "must be > 0, got %s", d)
	}
}

// Check validates the log section.
func (l *Log) Check() error {
	var ck checker
	switch l.Level {
	case "debug", "info", "warn", "error":
	default:
		ck.addf("level", "must be one of debug, info, warn, error, got %s", quoteShort(l.Level))
	}
	switch l.Format {
	case "json", "console":
	default:
		ck.addf("format", "must be json or console, got %s", quoteShort(l.Format))
	}
	return ck.err()
}

// Check validates the chain section.
func (c *Chain) Check() error {
	var ck checker
	switch {
	case c.RPCURLs != nil && c.RPCURL != "":
		ck.addf("rpc_urls", "exactly one of rpc_url or rpc_urls is required, got both")
	case c.RPCURLs != nil:
		c.checkRPCURLs(&ck)
	case !c.IsEmbedded():
		if err := checkRPCURL(c.RPCURL); err != nil {
			ck.add("rpc_url", err)
		}
	}
	if c.ChainID == 0 {
		ck.addf("chain_id", "required: must be > 0")
	}
	checkPositive(&ck, "dial_timeout", c.DialTimeout)
	checkPositive(&ck, "call_timeout", c.CallTimeout)
	checkPositive(&ck, "poll_interval", c.PollInterval)
	if c.Multicall3 == (common.Address{}) {
		ck.addf("multicall3", "required: must not be the zero address")
	}
	if c.LogRange == 0 {
		ck.addf("log_range", "must be > 0")
	}
	ck.merge("failover", c.Failover.Check())
	if c.CallTimeout > 0 && c.Failover.CallTimeout > c.CallTimeout {
		ck.addf("failover.call_timeout", "must be at most chain.call_timeout (%s), got %s", c.CallTimeout, c.Failover.CallTimeout)
	}
	return ck.err()
}

// checkRPCURLs validates rpc_urls without echoing a URL: they may carry API
// keys.
func (c *Chain) checkRPCURLs(ck *checker) {
	if len(c.RPCURLs) == 0 {
		ck.addf("rpc_urls", "must list at least one ws://, wss://, http:// or https:// URL")
		return
	}
	seen := make(map[string]int, len(c.RPCURLs))
	for i, u := range c.RPCURLs {
		path := fmt.Sprintf("rpc_urls[%d]", i)
		if u == EmbeddedURL {
			ck.addf(path, "%q is only valid as rpc_url", EmbeddedURL)
			continue
		}
		if err := checkRPCURL(u); err != nil {
			ck.add(path, err)
			continue
		}
		if j, dup := seen[u]; dup {
			ck.addf(path, "duplicate of rpc_urls[%d]", j)
			continue
		}
		seen[u] = i
	}
}

// Check validates the chain.failover section.
func (f *Failover) Check() error {
	var ck checker
	checkPositive(&ck, "max_head_age", f.MaxHeadAge)
	checkPositive(&ck, "check_interval", f.CheckInterval)
	if f.CallTimeout < 0 {
		ck.addf("call_timeout", "must not be negative, got %s (0 means chain.call_timeout)", f.CallTimeout)
	}
	if f.RequestsPerSecond < 0 || math.IsNaN(f.RequestsPerSecond) || math.IsInf(f.RequestsPerSecond, 0) {
		ck.addf("requests_per_second", "must be >= 0 (0 is unlimited), got %g", f.RequestsPerSecond)
	}
	return ck.err()
}

// checkRPCURL validates an RPC endpoint without echoing it: it may carry an
// API key.
func checkRPCURL(s string) error {
	if s == "" {
		return fmt.Errorf("required: a ws://, wss://, http:// or https:// URL, or %q", EmbeddedURL)
	}
	u, err := url.Parse(s)
	if err != nil {
		return errors.New("not a valid URL")
	}
	switch u.Scheme {
	case "ws", "wss", "http", "https":
	default:
		return fmt.Errorf("unsupported scheme %s: want ws, wss, http, https, or %q", quoteShort(u.Scheme), EmbeddedURL)
	}
	if u.Host == "" {
		return errors.New("missing host")
	}
	return nil
}

// Check validates the redis section.
func (r *Redis) Check() error {
	var ck checker
	switch {
	case r.IsEmbedded():
		if err := checkHostPort(r.EmbeddedAddr); err != nil {
			ck.add("embedded_addr", err)
		}
		if r.Cluster {
			ck.addf("cluster", "must be false when url is %q: the embedded Redis is one server", EmbeddedURL)
		}
	case r.URL == "":
		ck.addf("url", "required: a redis://, rediss:// or unix:// URL, or %q", EmbeddedURL)
	case r.Cluster:
		if err := checkClusterURL(r.URL); err != nil {
			ck.add("url", err)
		}
	default:
		if _, err := redis.ParseURL(r.URL); err != nil {
			ck.add("url", redisURLError(err))
		}
	}
	tag, tagErr := lease.HashTag(r.KeyPrefix)
	switch {
	case r.KeyPrefix == "":
		ck.addf("key_prefix", "required")
	case strings.ContainsFunc(r.KeyPrefix, isSpaceOrControl):
		ck.addf("key_prefix", "must not contain spaces or control characters")
	case tagErr != nil:
		ck.add("key_prefix", tagErr)
	case r.Cluster && tag == "":
		ck.addf("key_prefix", `must hold a hash tag when cluster is true, e.g. "lrt:{eth-a}": the keys written in one transaction must share a slot, got %s`,
			quoteShort(r.KeyPrefix))
	}
	checkPositive(&ck, "dial_timeout", r.DialTimeout)
	checkPositive(&ck, "write_timeout", r.WriteTimeout)
	checkPositive(&ck, "ttl", r.TTL)
	return ck.err()
}

// redisURLError is what go-redis found wrong with a URL, without the URL:
// it may carry a password.
func redisURLError(err error) error {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		return fmt.Errorf("not a valid URL: %w", uerr.Err)
	}
	return err
}

// checkClusterURL validates a Redis Cluster URL: go-redis's cluster form,
// a redis:// or rediss:// seed node with more in addr parameters, and no
// database but 0, the only one a cluster has.
func checkClusterURL(raw string) error {
	if _, err := redis.ParseClusterURL(raw); err != nil {
		return redisURLError(err)
	}
	u, err := url.Parse(raw)
	if err != nil {
		return redisURLError(err)
	}
	if u.Host == "" {
		return errors.New("missing host: a cluster URL names a seed node, redis://host:port?addr=host2:port")
	}
	if p := strings.Trim(u.Path, "/"); p != "" && p != "0" {
		return fmt.Errorf("must not select database %s: a Redis Cluster has database 0 only", quoteShort(p))
	}
	return nil
}

// checkHostPort validates a host:port listen address with a numeric port.
func checkHostPort(addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("must be host:port, got %s", quoteShort(addr))
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("port must be a number in 0..65535, got %s", quoteShort(port))
	}
	return nil
}

// Check validates the wallet section. It does not read the files.
func (w *Wallet) Check() error {
	var ck checker
	if w.Keystore != "" && w.PasswordFile == "" {
		ck.addf("password_file", "required when wallet.keystore is set")
	}
	if w.Keystore == "" && w.PasswordFile != "" {
		ck.addf("keystore", "required when wallet.password_file is set")
	}
	return ck.err()
}

// Check validates the morpho section.
func (m *Morpho) Check() error {
	var ck checker
	if m.Address == (common.Address{}) {
		ck.addf("address", "required: must not be the zero address")
	}
	return ck.err()
}

var (
	symbolRE = regexp.MustCompile(`^[A-Za-z0-9._-]{1,32}$`)
	methodRE = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*\(\)$`)
)

// Check validates one asset; paths are relative to the asset.
func (a *Asset) Check() error {
	var ck checker
	switch {
	case a.Symbol == "":
		ck.addf("symbol", "required")
	case !symbolRE.MatchString(a.Symbol):
		ck.addf("symbol", "must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got %s", quoteShort(a.Symbol))
	}
	if a.Token == (common.Address{}) {
		ck.addf("token", "required: must not be the zero address")
	}
	if a.Decimals < 1 || a.Decimals > 36 {
		ck.addf("decimals", "must be between 1 and 36, got %d", a.Decimals)
	}
	ck.merge("fair_value", a.FairValue.Check())
	ck.merge("market_price", a.MarketPrice.Check())
	if len(a.DepegBandsBps) == 0 {
		ck.addf("depeg_bands_bps", "at least one band is required, e.g. [50, 100, 250, 500]")
	}
	for i, b := range a.DepegBandsBps {
		switch {
		case b <= 0 || b >= 10_000:
			ck.addf(fmt.Sprintf("depeg_bands_bps[%d]", i), "must be > 0 and < 10000, got %d", b)
		case i > 0 && b <= a.DepegBandsBps[i-1]:
			ck.addf(fmt.Sprintf("depeg_bands_bps[%d]", i), "bands must be strictly ascending, got %d after %d", b, a.DepegBandsBps[i-1])
		}
	}
	checkPositive(&ck, "depeg_ema_half_life", a.DepegEMAHalfLife)
	if a.SlashCriticalBps <= 0 || a.SlashCriticalBps >= 10_000 {
		ck.addf("slash_critical_bps", "must be > 0 and < 10000, got %d", a.SlashCriticalBps)
	}
	if a.SlashMinBps < 0 || a.SlashMinBps > a.SlashCriticalBps {
		ck.addf("slash_min_bps", "must be between 0 and slash_critical_bps (%d), got %d", a.SlashCriticalBps, a.SlashMinBps)
	}
	ck.merge("capo", a.Capo.Check())
	ck.merge("exec_quote", a.ExecQuote.Check())
	names := map[string]bool{}
	for i, c := range a.CapoAdapters {
		path := fmt.Sprintf("capo_adapters[%d]", i)
		switch {
		case c.Name == "":
			ck.addf(path+".name", "is required (it names the adapter in alerts and in Redis)")
		case !symbolRE.MatchString(c.Name):
			ck.addf(path+".name", "must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got %s", quoteShort(c.Name))
		case names[c.Name]:
			ck.addf(path+".name", "%q is used twice", c.Name)
		}
		names[c.Name] = true
		if c.Address == (common.Address{}) {
			ck.addf(path+".address", "is required")
		}
		if c.AlertBelowBps != nil && (*c.AlertBelowBps < 0 || *c.AlertBelowBps >= 10_000) {
			ck.addf(path+".alert_below_bps", "must be between 0 and 9999, got %d", *c.AlertBelowBps)
		}
	}
	return ck.err()
}

// Check validates a fair value source; paths are relative to it.
func (f *FairValue) Check() error {
	var ck checker
	switch f.Kind {
	case FairValueChained:
		if len(f.Steps) < 2 {
			ck.addf("steps", "kind %s needs at least 2 steps, got %d", FairValueChained, len(f.Steps))
		}
		if f.Contract != (common.Address{}) || f.Method != "" {
			ck.addf("kind", "kind %s takes its contracts from steps, not from contract or method", FairValueChained)
		}
		for i := range f.Steps {
			st := f.Steps[i]
			if st.Kind == FairValueChained {
				ck.addf(fmt.Sprintf("steps[%d].kind", i), "steps cannot be chained themselves")
				continue
			}
			ck.merge(fmt.Sprintf("steps[%d]", i), checkRateStep(stepKinds, st.Kind, st.Contract, st.Method, st.Decimals))
		}
	default:
		ck.merge("", checkRateStep(stepKinds+" or "+FairValueChained, f.Kind, f.Contract, f.Method, f.Decimals))
	}
	if f.ExpectedCadence < 0 {
		ck.addf("expected_cadence", "must not be negative, got %s", f.ExpectedCadence)
	}
	return ck.err()
}

// stepKinds lists the kinds of one exchange-rate read (a chained step).
const stepKinds = FairValueERC4626 + ", " + FairValueRate + ", " + FairValueRebasing

// checkRateStep validates one exchange-rate read; kinds lists the valid
// kinds for the messages.
func checkRateStep(kinds, kind string, contract common.Address, method string, decimals int) error {
	var ck checker
	switch kind {
	case FairValueERC4626:
		if method != "" {
			ck.addf("method", "must be empty for kind %s (convertToAssets is used)", FairValueERC4626)
		}
	case FairValueRate:
		switch {
		case method == "":
			ck.addf("method", "required for kind %s: a no-argument view signature such as \"getRate()\"", FairValueRate)
		case !methodRE.MatchString(method):
			ck.addf("method", "must look like name() (no arguments, no spaces), got %s", quoteShort(method))
		}
	case FairValueRebasing:
		if contract != (common.Address{}) || method != "" {
			ck.addf("kind", "kind %s is 1:1 and takes no contract or method", FairValueRebasing)
		}
		return ck.err()
	case "":
		ck.addf("kind", "required: %s", kinds)
		return ck.err()
	default:
		ck.addf("kind", "must be %s, got %s", kinds, quoteShort(kind))
		return ck.err()
	}
	if contract == (common.Address{}) {
		ck.addf("contract", "required: must not be the zero address")
	}
	if decimals < 1 || decimals > 36 {
		ck.addf("decimals", "must be between 1 and 36, got %d", decimals)
	}
	return ck.err()
}

// Selector returns the 4-byte selector of Method (kind rate).
func (f *FairValue) Selector() [4]byte {
	var sel [4]byte
	copy(sel[:], crypto.Keccak256([]byte(f.Method))[:4])
	return sel
}

// Check validates the market price sources; paths are relative to them.
func (m *MarketPrice) Check() error {
	var ck checker
	inline := m.Kind != "" || m.Feed != (common.Address{}) || m.Heartbeat != 0
	switch {
	case inline && len(m.Sources) > 0:
		ck.addf("sources", "give either one inline source (kind, feed, heartbeat) or a sources list, not both")
	case !inline && len(m.Sources) == 0:
		ck.addf("sources", "required: at least one market price source")
	case inline:
		if m.Kind != MarketPriceChainlink {
			ck.addf("kind", "an inline source must be %s, got %s; list other kinds under sources", MarketPriceChainlink, quoteShort(m.Kind))
		}
		ck.merge("", checkChainlink(m.Feed, m.Heartbeat))
	}
	names := map[string]int{}
	for i := range m.Sources {
		src := &m.Sources[i]
		path := fmt.Sprintf("sources[%d]", i)
		if src.Name == "" {
			src.Name = src.Kind
		}
		if j, dup := names[src.Name]; dup && src.Name != "" {
			ck.addf(path+".name", "duplicate source name %s (also sources[%d]); name them", quoteShort(src.Name), j)
		}
		names[src.Name] = i
		ck.merge(path, src.Check())
	}
	n := len(m.AllSources())
	if m.Quorum < 1 || m.Quorum > n {
		ck.addf("quorum", "must be between 1 and the number of sources (%d), got %d", n, m.Quorum)
	}
	if m.MaxSpreadBps <= 0 || m.MaxSpreadBps >= 10_000 {
		ck.addf("max_spread_bps", "must be > 0 and < 10000, got %d", m.MaxSpreadBps)
	}
	return ck.err()
}

func checkChainlink(feed common.Address, heartbeat time.Duration) error {
	var ck checker
	if feed == (common.Address{}) {
		ck.addf("feed", "required: must not be the zero address")
	}
	checkPositive(&ck, "heartbeat", heartbeat)
	return ck.err()
}

// Check validates one price source; paths are relative to it.
func (p *PriceSource) Check() error {
	var ck checker
	switch p.Kind {
	case MarketPriceChainlink:
		ck.merge("", checkChainlink(p.Feed, p.Heartbeat))
	case SourceUniswapV3TWAP, SourceCurveEMA, SourceCurveSpot:
		if p.Pool == (common.Address{}) {
			ck.addf("pool", "required: must not be the zero address")
		}
		if p.Kind == SourceUniswapV3TWAP {
			if p.Window < time.Minute || p.Window > 24*time.Hour {
				ck.addf("window", "must be between 1m and 24h, got %s", p.Window)
			}
		}
		if p.Kind != SourceUniswapV3TWAP && (p.Index < 0 || p.Index > 1) {
			ck.addf("index", "must be 0 or 1 (two-coin pools), got %d", p.Index)
		}
	case "":
		ck.addf("kind", "required: %s, %s, %s or %s", MarketPriceChainlink, SourceUniswapV3TWAP, SourceCurveEMA, SourceCurveSpot)
	default:
		ck.addf("kind", "must be %s, %s, %s or %s, got %s", MarketPriceChainlink, SourceUniswapV3TWAP, SourceCurveEMA, SourceCurveSpot, quoteShort(p.Kind))
	}
	// An empty name (no name and no kind) is the kind's error alone.
	if p.Name != "" && !symbolRE.MatchString(p.Name) {
		ck.addf("name", "must be 1 to 32 characters of A-Z a-z 0-9 . _ -, got %s", quoteShort(p.Name))
	}
	return ck.err()
}

// Check validates the growth cap.
func (c *Capo) Check() error {
	var ck checker
	if !c.MaxYearlyGrowth.IsSet() {
		ck.addf("max_yearly_growth", "required: a decimal such as \"0.10\", or \"0\" to disable")
	} else if v := c.MaxYearlyGrowth.v; v.Sign() < 0 || v.Cmp(fixed.Pow10(19)) > 0 {
		ck.addf("max_yearly_growth", "must be between 0 and 10, got %s", c.MaxYearlyGrowth)
	}
	checkPositive(&ck, "snapshot_interval", c.SnapshotInterval)
	return ck.err()
}

// Enabled reports whether the cap applies.
func (c *Capo) Enabled() bool { return c.MaxYearlyGrowth.IsSet() && c.MaxYearlyGrowth.v.Sign() > 0 }

// Check validates the executable quote source.
func (e *ExecQuote) Check() error {
	var ck checker
	switch e.Kind {
	case "":
		if e.Pool != (common.Address{}) {
			ck.addf("kind", "required with pool: %s (or remove exec_quote)", ExecQuoteCurve)
		}
	case ExecQuoteCurve:
		if e.Pool == (common.Address{}) {
			ck.addf("pool", "required: must not be the zero address")
		}
		if e.Index < 0 || e.Index > 1 {
			ck.addf("index", "must be 0 or 1, got %d", e.Index)
		}
	default:
		ck.addf("kind", "must be empty or %s, got %s", ExecQuoteCurve, quoteShort(e.Kind))
	}
	return ck.err()
}

// Check validates the risk section.
func (r *Risk) Check() error {
	var ck checker
	if !r.StressSlippage.IsSet() {
		ck.addf("stress_slippage", "required: a decimal such as \"0.01\"")
	} else if v := r.StressSlippage.v; v.Sign() < 0 || v.Cmp(fixed.WadOne()) >= 0 {
		ck.addf("stress_slippage", "must be >= 0 and < 1, got %s", r.StressSlippage)
	}
	if r.StreamMaxLen < 1 || r.StreamMaxLen > 10_000_000 {
		ck.addf("stream_maxlen", "must be between 1 and 10000000, got %d", r.StreamMaxLen)
	}
	checkPositive(&ck, "growth_sample_interval", r.GrowthSampleInterval)
	checkCron(&ck, "report_schedule", r.ReportSchedule)
	checkCron(&ck, "capo_snapshot_schedule", r.CapoSnapshotSchedule)
	return ck.err()
}

// Check validates the on-chain publishing section.
func (o *OnChain) Check() error {
	var ck checker
	if !o.Enabled {
		return nil
	}
	if o.RiskOracle == (common.Address{}) {
		ck.addf("risk_oracle", "required when enabled: the RiskOracle contract address")
	}
	if o.DeviationBps <= 0 || o.DeviationBps >= 10_000 {
		ck.addf("deviation_bps", "must be > 0 and < 10000, got %d", o.DeviationBps)
	}
	checkPositive(&ck, "heartbeat", o.Heartbeat)
	return ck.err()
}

// Check validates one market; paths are relative to the market. Whether the
// collateral names a configured asset is checked by Config.Check.
func (m *Market) Check() error {
	var ck checker
	if m.ID == (common.Hash{}) {
		ck.addf("id", "required: the 32-byte Morpho market id")
	}
	if m.Collateral == "" {
		ck.addf("collateral", "required: the symbol of an entry in assets")
	}
	if len(m.Name) > 64 {
		ck.addf("name", "must be at most 64 bytes")
	}
	switch m.OracleKind {
	case "", OracleKindAuto, OracleKindMarket, OracleKindExchangeRate, OracleKindCapped:
	default:
		ck.addf("oracle_kind", "must be %s, %s, %s or %s, got %s", OracleKindAuto, OracleKindMarket, OracleKindExchangeRate, OracleKindCapped, quoteShort(m.OracleKind))
	}
	if m.Venue != nil {
		ck.merge("venue", m.Venue.Check())
	}
	return ck.err()
}

// Check validates the keeper section.
func (k *Keeper) Check() error {
	var ck checker
	if !k.HealthAlert.IsSet() {
		ck.addf("health_alert", "required: a decimal > 1 such as \"1.02\"")
	} else if k.HealthAlert.v.Cmp(fixed.WadOne()) <= 0 {
		ck.addf("health_alert", "must be > 1, got %s", k.HealthAlert)
	}
	if k.HysteresisBps < 0 || k.HysteresisBps > 1000 {
		ck.addf("hysteresis_bps", "must be between 0 and 1000, got %d", k.HysteresisBps)
	}
	checkPositive(&ck, "head_timeout", k.HeadTimeout)
	checkPositive(&ck, "shutdown_timeout", k.ShutdownTimeout)
	checkCron(&ck, "heartbeat_schedule", k.HeartbeatSchedule)
	return ck.err()
}

// checkCron checks an optional cron spec ("" disables its job).
func checkCron(ck *checker, field, spec string) {
	if spec == "" {
		return
	}
	if _, err := cron.ParseStandard(spec); err != nil {
		ck.addf(field, "not a cron spec (e.g. \"@every 1h\" or \"0 * * * *\"): %v", err)
	}
}

// Check validates the book section.
func (b *Book) Check() error {
	var ck checker
	checkPositive(&ck, "refresh_interval", b.RefreshInterval)
	checkPositive(&ck, "checkpoint_interval", b.CheckpointInterval)
	checkCron(&ck, "verify_schedule", b.VerifySchedule)
	if b.VerifySample < 0 {
		ck.addf("verify_sample", "must be >= 0 (0 reads every position), got %d", b.VerifySample)
	}
	return ck.err()
}

// Check validates the liquidation section.
func (l *Liquidation) Check() error {
	var ck checker
	if !l.MinProfit.IsSet() {
		ck.addf("min_profit", "required: an integer amount in loan-token smallest units")
	} else if l.MinProfit.v.Sign() < 0 {
		ck.addf("min_profit", "must not be negative")
	}
	if l.GasLimitMarginPct < 0 || l.GasLimitMarginPct > 200 {
		ck.addf("gas_limit_margin_pct", "must be between 0 and 200, got %d", l.GasLimitMarginPct)
	}
	if l.MaxGasLimit == 0 {
		ck.addf("max_gas_limit", "must be > 0")
	}
	switch l.Mode {
	case LiquidationInventory:
	case LiquidationCallback:
		if l.Executor == (common.Address{}) {
			ck.addf("executor", "required in callback mode: the KeeperExecutor contract owned by the keeper's key")
		}
	default:
		ck.addf("mode", "must be %s or %s, got %s", LiquidationInventory, LiquidationCallback, quoteShort(l.Mode))
	}
	if l.MaxSlippageBps < 0 || l.MaxSlippageBps > 5_000 {
		ck.addf("max_slippage_bps", "must be between 0 and 5000, got %d", l.MaxSlippageBps)
	}
	if l.MaxHalvings < 0 || l.MaxHalvings > 20 {
		ck.addf("max_halvings", "must be between 0 and 20, got %d", l.MaxHalvings)
	}
	if l.OracleGuard.MaxDeviationBps < 0 || l.OracleGuard.MaxDeviationBps > 10_000 {
		ck.addf("oracle_guard.max_deviation_bps", "must be between 0 (off) and 10000, got %d", l.OracleGuard.MaxDeviationBps)
	}
	switch l.OracleGuard.Policy {
	case GuardHold, GuardAct:
	default:
		ck.addf("oracle_guard.policy", "must be %s or %s, got %s", GuardHold, GuardAct, quoteShort(l.OracleGuard.Policy))
	}
	return ck.err()
}

// Check validates the tx section.
func (t *Tx) Check() error {
	var ck checker
	if t.NumConfirmations < 1 {
		ck.addf("num_confirmations", "must be >= 1")
	}
	checkPositive(&ck, "receipt_query_interval", t.ReceiptQueryInterval)
	checkPositive(&ck, "resubmit_interval", t.ResubmitInterval)
	if t.FeeBumpPct < 10 {
		ck.addf("fee_bump_pct", "must be >= 10 (nodes reject smaller replacement bumps), got %d", t.FeeBumpPct)
	} else if t.FeeBumpPct > 1000 {
		ck.addf("fee_bump_pct", "must be <= 1000, got %d", t.FeeBumpPct)
	}
	if t.FeeLimitMultiplier < 1 {
		ck.addf("fee_limit_multiplier", "must be >= 1")
	}
	checkPositive(&ck, "network_timeout", t.NetworkTimeout)
	if t.GasMarginPct < 0 || t.GasMarginPct > 200 {
		ck.addf("gas_margin_pct", "must be between 0 and 200, got %d", t.GasMarginPct)
	}
	if t.CancelAfter < 0 {
		ck.addf("cancel_after", "must not be negative (0 never cancels), got %s", t.CancelAfter)
	}
	if t.MaxInFlight < 0 {
		ck.addf("max_in_flight", "must not be negative (0 is no bound), got %d", t.MaxInFlight)
	}
	// The method is checked even without a URL: a typo would surface only
	// when the URL is set, e.g. through ${VAR:-}.
	switch t.Private.Method {
	case "", PrivateRawTx, PrivateBundle:
	default:
		ck.addf("private.method", "must be %s or %s, got %s", PrivateRawTx, PrivateBundle, quoteShort(t.Private.Method))
	}
	if t.Private.URL != "" {
		if u, err := url.Parse(t.Private.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			ck.addf("private.url", "must be an http(s) URL")
		}
	}
	checkPositive(&ck, "send_timeout", t.SendTimeout)
	if t.SendTimeout > 0 {
		if t.ResubmitInterval > 0 && t.ResubmitInterval >= t.SendTimeout {
			ck.addf("resubmit_interval", "must be less than tx.send_timeout (%s), or fees are never bumped", t.SendTimeout)
		}
		if t.ReceiptQueryInterval > 0 && t.ReceiptQueryInterval >= t.SendTimeout {
			ck.addf("receipt_query_interval", "must be less than tx.send_timeout (%s), got %s", t.SendTimeout, t.ReceiptQueryInterval)
		}
		if t.CancelAfter > 0 && t.CancelAfter >= t.SendTimeout {
			ck.addf("cancel_after", "must be less than tx.send_timeout (%s) (0 never cancels), got %s", t.SendTimeout, t.CancelAfter)
		}
	}
	if !t.MinTipCapWei.IsSet() {
		ck.addf("min_tip_cap_wei", "required: an integer amount in wei")
	} else if t.MinTipCapWei.v.Sign() < 0 {
		ck.addf("min_tip_cap_wei", "must not be negative")
	}
	return ck.err()
}

// Check validates the metrics section.
func (m *Metrics) Check() error {
	var ck checker
	if m.Listen != "" {
		if err := checkHostPort(m.Listen); err != nil {
			ck.add("listen", fmt.Errorf("%w (or \"\" to disable)", err))
		}
	}
	return ck.err()
}

// Leader is the sender lease: with several instances on one Redis, only
// the holder of the lease sends transactions and publishes; the others
// follow the chain and stand by (internal/lease).
type Leader struct {
	Enabled bool `yaml:"enabled"`
	// Shard names the lease: instances with the same shard share one
	// sender. It is the Redis Cluster hash tag of the lease's keys unless
	// redis.key_prefix carries one. It claims redis.key_prefix at start-up:
	// each shard needs its own.
	Shard string `yaml:"shard"`
	// Instance names this instance in the lease; "" means hostname-pid.
	Instance string `yaml:"instance"`
	// TTL is how long a lease outlives its holder: the takeover time.
	TTL time.Duration `yaml:"ttl"`
}

// Check reports every invalid field, by its YAML name.
func (l *Leader) Check() error {
	var ck checker
	if l.TTL < lease.MinTTL || l.TTL > lease.MaxTTL {
		ck.addf("ttl", "must be between %s and %s, got %s", lease.MinTTL, lease.MaxTTL, l.TTL)
	}
	switch {
	case l.Shard == "":
		ck.addf("shard", "required")
	case len(l.Shard) > maxLeaseNameLen:
		ck.addf("shard", "must be at most %d bytes, got %d", maxLeaseNameLen, len(l.Shard))
	case strings.ContainsAny(l.Shard, "{}") || strings.ContainsFunc(l.Shard, isSpaceOrControl):
		ck.addf("shard", "must not contain braces, spaces or control characters (it is the keys' hash tag), got %q", l.Shard)
	}
	switch {
	case len(l.Instance) > maxLeaseNameLen:
		ck.addf("instance", "must be at most %d bytes, got %d", maxLeaseNameLen, len(l.Instance))
	case strings.ContainsFunc(l.Instance, isSpaceOrControl):
		ck.addf("instance", "must not contain spaces or control characters, got %q", l.Instance)
	}
	return ck.err()
}

// maxLeaseNameLen is the lease's bound (internal/lease) on its key prefix,
// shard and instance names.
const maxLeaseNameLen = 128

// isSpaceOrControl reports whether r has no place in a Redis key or a name.
func isSpaceOrControl(r rune) bool { return r <= ' ' || r == 0x7f }

// checkLeaseKeyPrefix checks redis.key_prefix as the lease's key prefix.
// Its braces are checked with the redis section: a prefix's hash tag comes
// first in the lease's keys too, so both still share a slot.
func (c *Config) checkLeaseKeyPrefix(ck *checker) {
	if p := c.Redis.KeyPrefix; len(p) > maxLeaseNameLen {
		ck.addf("redis.key_prefix", "must be at most %d bytes when leader.enabled, got %d", maxLeaseNameLen, len(p))
	}
}

// LeaseConfig is the lease's own settings under the Redis key prefix.
func (l Leader) LeaseConfig(prefix string) lease.Config {
	return lease.Config{Prefix: prefix, Shard: l.Shard, Instance: l.Instance, TTL: l.TTL}
}

// Check validates the alerts section.
func (a *Alerts) Check() error {
	var ck checker
	ck.merge("webhook", a.Webhook.Check())
	return ck.err()
}

// Check validates the alerts.webhook section. Every field is checked even
// while the webhook is disabled; it never echoes the URL or the routing key.
func (w *Webhook) Check() error {
	var ck checker
	if w.URL != "" {
		if u, err := url.Parse(w.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			ck.addf("url", "must be an http(s) URL, or empty to disable the webhook")
		}
	}
	switch w.Format {
	case alerts.FormatJSON, alerts.FormatSlack:
		if w.RoutingKey != "" {
			ck.addf("routing_key", "only used with format %s, got format %s", alerts.FormatPagerDuty, w.Format)
		}
	case alerts.FormatPagerDuty:
		if w.Enabled() && w.RoutingKey == "" {
			ck.addf("routing_key", "required with format %s: the integration's routing key (e.g. ${LRTKEEPER_PAGERDUTY_ROUTING_KEY})", alerts.FormatPagerDuty)
		}
	default:
		ck.addf("format", "must be %s, %s or %s, got %s", alerts.FormatJSON, alerts.FormatSlack, alerts.FormatPagerDuty, quoteShort(w.Format))
	}
	if _, err := alerts.ParseSeverity(w.MinSeverity); err != nil {
		ck.addf("min_severity", "must be info, warning or critical, got %s", quoteShort(w.MinSeverity))
	}
	if w.MaxPerMinute < 1 {
		ck.addf("max_per_minute", "must be >= 1, got %d", w.MaxPerMinute)
	}
	if w.DedupWindow < 0 {
		ck.addf("dedup_window", "must not be negative (0 disables deduplication), got %s", w.DedupWindow)
	}
	checkPositive(&ck, "timeout", w.Timeout)
	return ck.err()
}

// WebhookConfig maps the section onto the alerts package's settings; those
// the file does not expose keep their defaults. It is valid once Check has
// passed.
func (w *Webhook) WebhookConfig() alerts.WebhookConfig {
	c := alerts.DefaultWebhookConfig()
	c.URL, c.Format, c.RoutingKey = w.URL, w.Format, w.RoutingKey
	if sev, err := alerts.ParseSeverity(w.MinSeverity); err == nil {
		c.MinSeverity = sev
	}
	c.MaxPerMinute, c.DedupWindow, c.Timeout = w.MaxPerMinute, w.DedupWindow, w.Timeout
	return c
}

// Check validates the embedded section.
func (e *Embedded) Check() error {
	var ck checker
	checkPositive(&ck, "block_time", e.BlockTime)
	switch e.PricePath {
	case PricePathDepeg, PricePathCalm:
	default:
		ck.addf("price_path", "must be %s or %s, got %s", PricePathDepeg, PricePathCalm, quoteShort(e.PricePath))
	}
	return ck.err()
}

// RedactURL is chain.RedactURL (the one rule for every URL the daemon
// logs: user information dropped, anything after the host replaced), with
// the "embedded" placeholder shown as is.
func RedactURL(u string) string {
	if u == EmbeddedURL {
		return u
	}
	return chain.RedactURL(u)
}
