package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// errConfig marks errors caused by configuration, for exit code 2.
var errConfig = errors.New("configuration")

func loadConfig(path string, getenv func(string) string) (*config.Config, error) {
	cfg, err := config.Load(path, getenv)
	if err != nil {
		return nil, err
	}
	return cfg, nil
}

func newLogger(c config.Log, out io.Writer) zerolog.Logger {
	level, err := zerolog.ParseLevel(c.Level)
	if err != nil {
		level = zerolog.InfoLevel
	}
	var w io.Writer = out
	if c.Format == "console" {
		w = zerolog.ConsoleWriter{Out: out, TimeFormat: time.TimeOnly}
	}
	zerolog.TimeFieldFormat = time.RFC3339Nano
	log := zerolog.New(w).Level(level).With().Timestamp().Str("service", "lrtkeeper").Logger()
	// go-ethereum logs through the same sink, warnings and above only: its
	// info lines (an embedded node's start-up) are noise to an operator.
	gethLevel := max(level, zerolog.WarnLevel)
	gethlog.SetDefault(gethlog.NewLogger(zerolog.NewSlogHandler(log.Level(gethLevel).With().Str("component", "geth").Logger())))
	// go-redis reports pool dial failures itself; the publisher already
	// raises one redis_down alert per outage, so these go to debug.
	redis.SetLogger(redisLogger{log.With().Str("component", "go-redis").Logger()})
	return log
}

type redisLogger struct{ log zerolog.Logger }

func (r redisLogger) Printf(_ context.Context, format string, v ...any) {
	r.log.Debug().Str("detail", fmt.Sprintf(format, v...)).Msg("redis client")
}

// world is where the daemon runs: a real node, or the embedded simulated
// chain with its own contracts, which then also supplies assets, markets and
// a funded keeper key.
type world struct {
	client        chain.Client
	key           *ecdsa.PrivateKey // set only by the embedded world
	assets        []config.Asset
	markets       []config.Market
	aave          []config.AavePool
	morpho        common.Address
	multicall     common.Address
	wrappedNative common.Address
	riskOracle    common.Address // the embedded world's RiskOracle
	// execution: liquidation mode, executor, PreLiquidation factory and
	// managed positions; config's, or the embedded world's own.
	execution execution
	run       func(ctx context.Context) error
	close     func()
}

// venuesOf maps the markets' configured venues by market id.
func venuesOf(markets []config.Market) map[common.Hash]strategies.Venue {
	venues := map[common.Hash]strategies.Venue{}
	for _, mk := range markets {
		if v := mk.Venue; v != nil {
			venues[mk.ID] = venueOf(v)
		}
	}
	return venues
}

func venueOf(v *config.Venue) strategies.Venue {
	kind := strategies.VenueCurve
	if v.Kind == config.VenueUniV3 {
		kind = strategies.VenueUniV3
	}
	return strategies.Venue{Kind: kind, Pool: v.Pool, I: v.I, J: v.J, ZeroForOne: v.ZeroForOne}
}

// managedPositions is the deleverage list for the strategy.
func managedPositions(w *world) ([]strategies.Managed, error) {
	var out []strategies.Managed
	for _, p := range w.execution.managed {
		market := p.Market
		if p.IsAave() {
			var err error
			if market, err = aaveManaged(p, w.aave, w.assets, w.wrappedNative); err != nil {
				return nil, err
			}
		}
		out = append(out, strategies.Managed{
			Market: market, Borrower: p.Borrower,
			Trigger: uint256.MustFromBig(p.TriggerHealth.Big()), Target: uint256.MustFromBig(p.TargetHealth.Big()),
			TriggerPrice: p.TriggerPrice, MaxSlippageBps: uint64(p.MaxSlippageBps), MinPersist: p.MinDepegPersist,
		})
	}
	return out, nil
}

// execution is how the keeper acts.
type execution struct {
	mode       string
	executor   common.Address
	preFactory common.Address
	preStart   uint64
	managed    []config.ManagedPosition
}

func executionOf(cfg *config.Config) execution {
	return execution{
		mode: cfg.Liquidation.Mode, executor: cfg.Liquidation.Executor,
		preFactory: cfg.Morpho.PreLiquidationFactory, preStart: cfg.Morpho.PreLiquidationStartBlock,
		managed: cfg.Deleverage.Positions,
	}
}

// newLiquidator builds the liquidation strategy of cfg.Liquidation.Mode.
func newLiquidator(cfg *config.Config, w *world, tm *txmgr.Manager) keeper.Liquidator {
	l := cfg.Liquidation
	if w.execution.mode != config.LiquidationCallback {
		return strategies.NewLiquidator(w.client, tm, w.morpho, strategies.LiquidationConfig{
			MinProfit: l.MinProfit.Big(), GasMarginPct: uint64(l.GasLimitMarginPct),
			MaxGasLimit: l.MaxGasLimit, MinTipCap: cfg.Tx.MinTipCapWei.Big(),
		})
	}
	return strategies.NewCallbackLiquidator(w.client, tm, callbackConfig(cfg, w))
}

// callbackConfig is the executor strategies' configuration.
func callbackConfig(cfg *config.Config, w *world) strategies.CallbackConfig {
	l := cfg.Liquidation
	return strategies.CallbackConfig{
		Executor: w.execution.executor, Venues: venuesOf(w.markets), MaxSlippageBps: uint64(l.MaxSlippageBps), MaxHalvings: l.MaxHalvings,
		MinProfit: l.MinProfit.Big(), GasMarginPct: uint64(l.GasLimitMarginPct), MaxGasLimit: l.MaxGasLimit,
		MinTipCap: cfg.Tx.MinTipCapWei.Big(),
	}
}

func openWorld(ctx context.Context, log zerolog.Logger, cfg *config.Config) (*world, error) {
	if cfg.EmbeddedChain() {
		return openEmbeddedWorld(ctx, log, cfg)
	}
	urls := cfg.Chain.Endpoints()
	endpoints := make([]chain.Endpoint, len(urls))
	names := make([]string, len(urls))
	for i, u := range urls {
		endpoints[i], names[i] = chain.Endpoint{URL: u}, config.RedactURL(u)
	}
	// Every call spreads over the endpoints with failover, and every error
	// from a node is redacted before it can reach a log or stderr: transport
	// errors quote the full URL, API key included. The client is a
	// prometheus.Collector: registering it exports lrtkeeper_rpc_*.
	client, err := chain.NewFailover(log, endpoints, failoverConfig(cfg.Chain), chain.NewRPCMetrics(nil))
	if err != nil {
		return nil, fmt.Errorf("%w: chain: %w", errConfig, err)
	}
	// The first check dials every endpoint and confirms its chain id; an
	// endpoint that is down is retried by later checks, one serving another
	// chain fails start-up.
	if err := client.Check(ctx); err != nil {
		client.Close()
		return nil, fmt.Errorf("chain %s: %w", strings.Join(names, ", "), err)
	}
	log.Info().Strs("rpc", names).Msg("rpc endpoints")
	return &world{
		client: client, assets: cfg.Assets, markets: cfg.Markets, aave: cfg.Aave, morpho: cfg.Morpho.Address,
		multicall: cfg.Chain.Multicall3, wrappedNative: cfg.Chain.WrappedNative, close: client.Close,
		execution: executionOf(cfg), run: client.Run,
	}, nil
}

// failoverConfig maps the chain section onto the RPC client's settings.
func failoverConfig(c config.Chain) chain.FailoverConfig {
	fc := chain.DefaultFailoverConfig()
	fc.ChainID, fc.DialTimeout, fc.CallTimeout = c.ChainID, c.DialTimeout, c.FailoverCallTimeout()
	fc.CheckInterval, fc.MaxHeadLag, fc.MaxHeadAge = c.Failover.CheckInterval, c.Failover.MaxHeadLagBlocks, c.Failover.MaxHeadAge
	fc.HedgeReads, fc.RequestsPerSecond, fc.HeadPollInterval = c.Failover.HedgeReads, c.Failover.RequestsPerSecond, c.PollInterval
	return fc
}

func openRedis(ctx context.Context, log zerolog.Logger, c config.Redis, stdout io.Writer, plain bool) (redis.UniversalClient, func(), error) {
	url := c.URL
	stop := func() {}
	if c.IsEmbedded() {
		// Not in a -tags noembedded build: that one returns a config error.
		var err error
		if url, stop, err = startEmbeddedRedis(log, c, stdout, plain); err != nil {
			return nil, nil, err
		}
	}
	rdb, err := newRedisClient(c, url, 0)
	if err != nil {
		stop()
		return nil, nil, fmt.Errorf("%w: redis.url: %w", errConfig, err)
	}
	err = oracle.Ping(ctx, rdb, c.DialTimeout)
	switch {
	case err == nil && !c.IsEmbedded() && isClusterNode(ctx, rdb, c.DialTimeout):
		err = fmt.Errorf("%w: redis.url names a Redis Cluster node: set redis.cluster: true, with a hash tag in redis.key_prefix", errConfig)
	case err != nil && c.Cluster && strings.Contains(err.Error(), "cluster support disabled"):
		err = fmt.Errorf("%w: redis.cluster is true but redis.url names a Redis without cluster mode: set redis.cluster: false (%w)", errConfig, err)
	}
	if err != nil {
		_ = rdb.Close()
		stop()
		return nil, nil, fmt.Errorf("redis: %w", err)
	}
	return rdb, func() { _ = rdb.Close(); stop() }, nil
}

// newRedisClient builds the client for url with c's timeouts: a cluster
// client when c.Cluster (url names seed nodes, more in addr parameters),
// else one server's. dialerRetries 0 keeps go-redis's default.
func newRedisClient(c config.Redis, url string, dialerRetries int) (redis.UniversalClient, error) {
	// A dead Redis must fail a write within the write timeout (go-redis
	// would otherwise wait for a pooled connection longer), so the outage
	// alert fires and the next snapshot is retried promptly. Per-call
	// deadlines (the risk engine's short store calls) must hold.
	if c.Cluster {
		opts, err := redis.ParseClusterURL(url)
		if err != nil {
			return nil, err
		}
		opts.DialTimeout, opts.WriteTimeout, opts.ReadTimeout = c.DialTimeout, c.WriteTimeout, c.WriteTimeout
		opts.PoolTimeout, opts.MaxRetries, opts.DialerRetries = c.WriteTimeout, 1, dialerRetries
		opts.ContextTimeoutEnabled = true
		return redis.NewClusterClient(opts), nil
	}
	opts, err := redis.ParseURL(url)
	if err != nil {
		return nil, err
	}
	opts.DialTimeout, opts.WriteTimeout, opts.ReadTimeout = c.DialTimeout, c.WriteTimeout, c.WriteTimeout
	opts.PoolTimeout, opts.MaxRetries, opts.DialerRetries = c.WriteTimeout, 1, dialerRetries
	opts.ContextTimeoutEnabled = true
	return redis.NewClient(opts), nil
}

// isClusterNode reports whether a one-server client talks to a Redis
// Cluster node, which would answer MOVED for the keys of other nodes' slots.
// A refused INFO (renamed by an operator) tells nothing.
func isClusterNode(ctx context.Context, rdb redis.UniversalClient, timeout time.Duration) bool {
	c, ok := rdb.(*redis.Client)
	if !ok {
		return false
	}
	ictx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	info, err := c.Info(ictx, "cluster").Result()
	return err == nil && strings.Contains(info, "cluster_enabled:1")
}

// buildAssets turns the configured assets into price sources, resolving
// pool token orders at block, and returns the risk policies of each.
func buildAssets(ctx context.Context, mc *chain.Multicall, block common.Hash, cs []config.Asset, hysteresisBps uint64) ([]keeper.AssetSpec, []oracle.AssetPolicy, error) {
	out := make([]keeper.AssetSpec, 0, len(cs))
	policies := make([]oracle.AssetPolicy, 0, len(cs))
	for i, c := range cs {
		path := fmt.Sprintf("assets[%d]", i)
		fair, err := fairSource(c.FairValue, uint8(c.Decimals))
		if err != nil {
			return nil, nil, fmt.Errorf("%s.fair_value: %w", path, err)
		}
		a := oracle.Asset{Symbol: c.Symbol, Token: c.Token, Decimals: uint8(c.Decimals), Fair: fair,
			Quorum: c.MarketPrice.Quorum, MaxSpreadBps: uint64(c.MarketPrice.MaxSpreadBps)}
		for j, src := range c.MarketPrice.AllSources() {
			s, err := marketSource(ctx, mc, block, src, c)
			if err != nil {
				return nil, nil, fmt.Errorf("%s.market_price.sources[%d]: %w", path, j, err)
			}
			name := src.Name
			if name == "" {
				name = src.Kind
			}
			a.Markets = append(a.Markets, oracle.NamedSource{Name: name, Kind: src.Kind, Source: s})
		}
		if c.ExecQuote.Kind == config.ExecQuoteCurve {
			a.Exec = oracle.CurveExec{Pool: c.ExecQuote.Pool, AssetIndex: c.ExecQuote.Index, Decimals: uint8(c.Decimals)}
		}
		for _, w := range c.CapoAdapters {
			a.Capos = append(a.Capos, oracle.CapoWatch{Name: w.Name, Adapter: w.Address, AlertBelowBps: w.BelowBps()})
		}
		bands := make([]uint64, len(c.DepegBandsBps))
		for j, b := range c.DepegBandsBps {
			bands[j] = uint64(b)
		}
		out = append(out, keeper.AssetSpec{Asset: a, DepegAlertBps: bands[0], SlashCriticalBps: uint64(c.SlashCriticalBps)})
		pol := oracle.AssetPolicy{
			Symbol: c.Symbol, BandsBps: bands, HysteresisBps: hysteresisBps, EMAHalfLife: c.DepegEMAHalfLife,
			ExpectedCadence: c.FairValue.ExpectedCadence, SlashCriticalBps: uint64(c.SlashCriticalBps),
			SlashMinBps:  uint64(c.SlashMinBps),
			CapoInterval: c.Capo.SnapshotInterval,
		}
		if c.Capo.Enabled() {
			pol.CapoGrowth = c.Capo.MaxYearlyGrowth.Big()
		}
		policies = append(policies, pol)
	}
	return out, policies, nil
}

func rateStep(kind string, contract common.Address, method string, decimals, tokenDecimals uint8) (oracle.Source, error) {
	switch kind {
	case config.FairValueERC4626:
		return oracle.ERC4626Rate{Vault: contract, Decimals: tokenDecimals, AssetDecims: decimals}, nil
	case config.FairValueRate:
		return oracle.MethodRate{Contract: contract, Method: method, Decimals: decimals}, nil
	case config.FairValueRebasing:
		return oracle.Rebasing{}, nil
	}
	return nil, fmt.Errorf("kind: unsupported %q", kind)
}

func fairSource(f config.FairValue, tokenDecimals uint8) (oracle.Source, error) {
	if f.Kind != config.FairValueChained {
		return rateStep(f.Kind, f.Contract, f.Method, uint8(f.Decimals), tokenDecimals)
	}
	var c oracle.Chained
	for i, st := range f.Steps {
		s, err := rateStep(st.Kind, st.Contract, st.Method, uint8(st.Decimals), 18)
		if err != nil {
			return nil, fmt.Errorf("steps[%d].%w", i, err)
		}
		c.Steps = append(c.Steps, s)
	}
	return c, nil
}

func marketSource(ctx context.Context, mc *chain.Multicall, block common.Hash, src config.PriceSource, a config.Asset) (oracle.Source, error) {
	switch src.Kind {
	case config.MarketPriceChainlink:
		return oracle.Chainlink{Feed: src.Feed, Heartbeat: src.Heartbeat}, nil
	case config.SourceUniswapV3TWAP:
		pool, err := oracle.ResolveUniV3(ctx, mc, block, src.Pool, a.Token)
		if err != nil {
			return nil, err
		}
		return pool.TWAP(src.Window), nil
	case config.SourceCurveEMA:
		return oracle.CurveEMA{Pool: src.Pool, AssetIndex: src.Index}, nil
	case config.SourceCurveSpot:
		return oracle.CurveSpot{Pool: src.Pool, AssetIndex: src.Index, Decimals: uint8(a.Decimals)}, nil
	}
	return nil, fmt.Errorf("kind: unsupported %q", src.Kind)
}

func plainAssets(as []keeper.AssetSpec) []oracle.Asset {
	out := make([]oracle.Asset, len(as))
	for i, a := range as {
		out[i] = a.Asset
	}
	return out
}

func buildMarketSpecs(ms []config.Market, assets []config.Asset) ([]keeper.MarketSpec, error) {
	out := make([]keeper.MarketSpec, 0, len(ms))
	for i, m := range ms {
		idx := -1
		for j, a := range assets {
			if a.Symbol == m.Collateral {
				idx = j
			}
		}
		if idx < 0 {
			return nil, fmt.Errorf("markets[%d].collateral: no asset %q", i, m.Collateral)
		}
		name := m.Name
		if name == "" {
			name = m.ID.Hex()[:10]
		}
		var feeds []common.Address
		for _, src := range assets[idx].MarketPrice.AllSources() {
			if src.Kind == config.MarketPriceChainlink {
				feeds = append(feeds, src.Feed)
			}
		}
		out = append(out, keeper.MarketSpec{ID: m.ID, Name: name, Asset: idx, OracleKind: m.OracleKind, MarketFeeds: feeds})
	}
	return out, nil
}

func txConfig(c config.Tx) txmgr.Config {
	tc := txmgr.Config{
		NumConfirmations: c.NumConfirmations, ReceiptQueryInterval: c.ReceiptQueryInterval,
		ResubmitInterval: c.ResubmitInterval, NetworkTimeout: c.NetworkTimeout, SendTimeout: c.SendTimeout,
		FeeBumpPct: uint64(c.FeeBumpPct), FeeLimitMultiplier: c.FeeLimitMultiplier, MinTipCap: c.MinTipCapWei.Big(),
		ResubmitBlocks: c.ResubmitBlocks, Simulate: c.Simulate, GasMarginPct: uint64(c.GasMarginPct), CancelAfter: c.CancelAfter,
		MaxInFlight: c.MaxInFlight, DryRun: c.DryRun,
	}
	if c.Private.URL != "" { // method and fallback_blocks mean nothing without it
		tc.Private = txmgr.PrivateConfig{URL: c.Private.URL, Method: c.Private.Method, FallbackBlocks: c.Private.FallbackBlocks}
	}
	return tc
}

func splitHostPort(addr string) (string, string) {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			return addr[:i], addr[i+1:]
		}
	}
	return addr, ""
}
