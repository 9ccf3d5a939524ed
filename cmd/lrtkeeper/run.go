package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/lease"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/schedule"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/onchain"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
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

func runDaemon(ctx context.Context, log zerolog.Logger, cfg *config.Config, getenv func(string) string, stdout io.Writer) (err error) {
	rpcs := make([]string, 0, 1)
	for _, u := range cfg.Chain.Endpoints() {
		rpcs = append(rpcs, config.RedactURL(u))
	}
	log.Info().Str("version", Version).Strs("rpc", rpcs).
		Str("redis", config.RedactURL(cfg.Redis.URL)).Msg("lrtkeeper starting")

	w, err := openWorld(ctx, log, cfg)
	if err != nil {
		return err
	}
	defer w.close()

	riskOracle := cfg.OnChain.RiskOracle
	if !cfg.OnChain.Enabled {
		riskOracle = w.riskOracle // the embedded world publishes to its own
	}
	needKey := cfg.Liquidation.Enabled || riskOracle != (common.Address{}) || len(w.execution.managed) > 0
	key := w.key
	if needKey {
		if k, kerr := config.LoadKey(cfg.Wallet, getenv); kerr == nil {
			key = k
		} else if key == nil || !errors.Is(kerr, config.ErrNoKey) {
			return fmt.Errorf("%w: %w", errConfig, kerr)
		}
	}

	rdb, stopRedis, err := openRedis(ctx, log, cfg.Redis, stdout, cfg.Log.Format == "console")
	if err != nil {
		return err
	}
	defer stopRedis()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if c, ok := w.client.(prometheus.Collector); ok {
		reg.MustRegister(c) // the RPC endpoints' metrics
	}
	m := metrics.New(reg, Version)
	defer m.Down()
	probe := metrics.NewProbe()

	specs, err := buildMarketSpecs(w.markets, w.assets)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	mc := chain.NewMulticall(w.client, w.multicall)
	hctx, cancel := context.WithTimeout(ctx, cfg.Chain.CallTimeout)
	head, err := w.client.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("chain: read latest header: %w", err)
	}
	actx, cancel := context.WithTimeout(ctx, cfg.Chain.CallTimeout)
	assets, policies, err := buildAssets(actx, mc, head.Hash(), w.assets, uint64(cfg.Keeper.HysteresisBps))
	cancel()
	if err != nil {
		return fmt.Errorf("assets: %w", err)
	}
	state := oracle.NewRedisState(rdb, cfg.Redis.KeyPrefix)
	engine, err := oracle.NewEngine(log, state, policies, cfg.Risk.GrowthSampleInterval)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	bctx, cancel := context.WithTimeout(ctx, 4*cfg.Chain.CallTimeout)
	keeper.BackfillRateHistory(bctx, log, w.client, mc, head, assets, state)
	cancel()
	lctx, cancel := context.WithTimeout(ctx, cfg.Chain.CallTimeout)
	markets, err := keeper.LoadMarkets(lctx, mc, w.morpho, head.Hash(), specs, plainAssets(assets))
	cancel()
	if err != nil {
		return fmt.Errorf("markets: %w", err)
	}
	for _, mk := range markets {
		log.Info().Str("market", mk.ID.Hex()).Str("name", mk.Name).Str("lltv", mk.Params.Lltv.String()).
			Str("oracle", mk.Params.Oracle.Hex()).Str("loan_token", mk.Params.LoanToken.Hex()).Msg("watching market")
	}

	al := alerts.New(log, m)
	var webhook *alerts.Webhook // alerts also go to alerts.webhook.url, from its own worker
	if wc := cfg.Alerts.Webhook; wc.Enabled() {
		if webhook, err = alerts.NewWebhook(log, wc.WebhookConfig(), alerts.NewWebhookMetrics(reg)); err != nil {
			return fmt.Errorf("%w: alerts.webhook: %w", errConfig, err)
		}
		al.AddSink(webhook)
		log.Info().Str("url", config.RedactURL(wc.URL)).Str("format", wc.Format).Str("min_severity", wc.MinSeverity).Msg("alert webhook enabled")
	}
	pub := oracle.NewPublisher(log, rdb, cfg.Redis.KeyPrefix, cfg.Redis.TTL, cfg.Risk.StreamMaxLen, m)
	pub.Alerts = al
	heads := chain.NewHeads(log, w.client, cfg.Chain.PollInterval, cfg.Chain.CallTimeout)

	// Bind the metrics listener before any goroutine starts: a taken port
	// fails start-up cleanly.
	var srv *metrics.Server
	if cfg.Metrics.Listen != "" {
		if srv, err = metrics.Listen(log, cfg.Metrics.Listen, reg, probe); err != nil {
			return err
		}
		log.Info().Str("addr", srv.Addr()).Msg("metrics listening")
	}
	runCtx, cancelRun := context.WithCancel(ctx)
	defer cancelRun()
	g, gctx := errgroup.WithContext(runCtx)
	running := false
	defer func() {
		if !running { // start-up failed after some goroutines started
			cancelRun()
			_ = g.Wait()
		}
	}()
	if srv != nil {
		g.Go(func() error { return srv.Run(gctx) })
	}
	if webhook != nil {
		g.Go(func() error { return webhook.Run(gctx) })
	}
	sched := schedule.New(log, 10*time.Second)
	// Several instances may share this Redis: with leader.enabled only the
	// holder of the sender lease sends and publishes (fenced before every
	// broadcast); the others follow the chain and stand by.
	var leader, senders leadership = alwaysLeader{}, alwaysLeader{}
	var term *senderTerm
	var lse *lease.Lease
	if cfg.Leader.Enabled {
		if lse, err = lease.New(log, rdb, cfg.Leader.LeaseConfig(cfg.Redis.KeyPrefix), lease.NewMetrics(reg)); err != nil {
			return fmt.Errorf("%w: leader: %w", errConfig, err)
		}
		leader = lse
		term = &senderTerm{l: lse}
		senders = term
		g.Go(func() error { return lse.Run(gctx) })
		// Registered before the transaction manager's: released after the
		// sends in flight are recorded, so a successor starts at once.
		defer func() {
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
			defer cancel()
			if err := lse.Stop(sctx); err != nil {
				log.Warn().Err(err).Msg("sender lease not released: it expires after its ttl")
			}
		}()
	}
	// One transaction manager for every send: liquidations and risk updates.
	var tm *txmgr.Manager
	if needKey {
		chainID := new(big.Int).SetUint64(cfg.Chain.ChainID)
		// Every transaction is recorded in Redis before it is broadcast, so
		// a restart picks up one in flight instead of sending it again.
		journal := txmgr.NewRedisJournal(rdb, cfg.Redis.KeyPrefix)
		opts := []txmgr.Option{txmgr.WithJournal(journal)}
		if lse != nil {
			opts = append(opts, txmgr.WithGate(lse))
		}
		tm, err = txmgr.New(log, w.client, key, chainID, txConfig(cfg.Tx), txmgr.NewMetrics(reg), opts...)
		if err != nil {
			return fmt.Errorf("%w: tx: %w", errConfig, err)
		}
		// Close first: it stops the tracking of late transactions that
		// Wait then waits for.
		defer func() { tm.Close(); tm.Wait() }()
		if lse != nil {
			// The records in flight are resumed by whoever leads.
			g.Go(func() error { return resumeOnLeadership(gctx, log, lse.Changes(), term, tm) })
		} else if err := tm.Resume(gctx); err != nil {
			return fmt.Errorf("resume transactions in flight: %w", err)
		}
	}
	var riskPub keeper.RiskPublishing
	if riskOracle != (common.Address{}) {
		op := onchain.New(log, tm, w.client, riskOracle, uint64(cfg.OnChain.DeviationBps), cfg.OnChain.Heartbeat, nil)
		g.Go(func() error { return op.Run(gctx) })
		riskPub = leaderRiskPublishing{p: op, l: senders}
		log.Info().Str("risk_oracle", riskOracle.Hex()).Msg("publishing risk values on-chain")
	}
	if w.execution.executor != (common.Address{}) && tm != nil && (w.execution.mode == config.LiquidationCallback || len(w.execution.managed) > 0) {
		cctx, cancel := context.WithTimeout(ctx, cfg.Chain.CallTimeout)
		err := checkExecution(cctx, w.client, w.execution, w.morpho, tm.From(), w.markets, markets)
		if err == nil {
			err = checkAaveVenues(cctx, w.client, w.aave, w.assets, w.wrappedNative)
		}
		cancel()
		if err != nil {
			return fmt.Errorf("%w: %w", errConfig, err)
		}
	}
	var exec *keeper.Executor
	if cfg.Liquidation.Enabled {
		log.Info().Str("keeper", tm.From().Hex()).Msg("liquidations enabled")
		liq := newLiquidator(cfg, w, tm)
		exec = keeper.NewExecutor(log, liq, al, m)
		if len(w.aave) > 0 {
			exec.Aave = newAaveLiquidator(cfg, w, tm, liq)
		}
		if w.execution.preFactory != (common.Address{}) {
			exec.Pre = strategies.NewPreLiquidator(w.client, tm, callbackConfig(cfg, w))
		}
		exec.Guard = strategies.OracleGuard{
			MaxDeviationBps: uint64(cfg.Liquidation.OracleGuard.MaxDeviationBps), Policy: cfg.Liquidation.OracleGuard.Policy,
		}
		g.Go(func() error { return exec.Run(gctx) })
		keeperAddr := tm.From()
		if err := sched.Add("@every 30s", "wallet_balance", func(ctx context.Context) {
			walletBalance(ctx, log, w.client, keeperAddr, m)
		}); err != nil {
			return err
		}
	} else {
		log.Warn().Msg("liquidations disabled: monitoring only")
	}
	var execIface keeper.Executing
	if exec != nil {
		execIface = leaderExecuting{exec: exec, l: senders}
	}
	var deleverage keeper.Deleveraging
	managed, err := managedPositions(w)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	if len(managed) > 0 {
		tolerance, overflow := uint256.FromBig(cfg.Deleverage.Tolerance.Big())
		if overflow {
			return fmt.Errorf("%w: deleverage.tolerance out of range", errConfig)
		}
		venues := venuesOf(w.markets)
		maps.Copy(venues, aaveVenues(w.aave, w.assets, w.wrappedNative))
		d := strategies.NewDeleverager(log, w.client, tm, strategies.DeleverageConfig{
			Morpho: w.morpho, Executor: w.execution.executor, Venues: venues,
			Tolerance: tolerance, GasMarginPct: uint64(cfg.Liquidation.GasLimitMarginPct),
		}, managed, al)
		g.Go(func() error { return d.Run(gctx) })
		deleverage = leaderDeleveraging{d: d, l: senders}
		log.Info().Int("positions", len(managed)).Msg("deleverage enabled")
	}
	lanes, err := aaveLanes(w.aave, w.assets)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	k := keeper.New(log, w.client, mc, heads, keeper.Settings{
		Morpho: w.morpho, StartBlock: cfg.Chain.StartBlock, LogRange: cfg.Chain.LogRange,
		CallTimeout: cfg.Chain.CallTimeout, HealthAlert: cfg.Keeper.HealthAlert.Big(),
		HysteresisBps: uint64(cfg.Keeper.HysteresisBps), HeadTimeout: cfg.Keeper.HeadTimeout,
		WrappedNative: w.wrappedNative, Engine: engine, Shocks: stress.DefaultShocks(),
		StressSlippage: cfg.Risk.StressSlippage.Big(), OnChain: riskPub, RefreshInterval: cfg.Book.RefreshInterval,
		Backfill: m, Checkpoints: state, CheckpointEvery: cfg.Book.CheckpointInterval, Deleverage: deleverage,
		PreLiquidationFactory: w.execution.preFactory, PreLiquidationStart: w.execution.preStart, Lanes: lanes,
	}, assets, markets, leaderPublishing{pub: pub, l: leader}, execIface, al, m)
	if spec := cfg.Book.VerifySchedule; spec != "" {
		if err := sched.Add(spec, "book_verify", func(ctx context.Context) {
			if _, _, err := k.Verify(ctx, cfg.Book.VerifySample); err != nil {
				log.Warn().Err(err).Msg("book verification failed")
			}
		}); err != nil {
			return fmt.Errorf("%w: %w", errConfig, err)
		}
	}

	if w.run != nil {
		g.Go(func() error { return w.run(gctx) })
	}
	if err := sched.Add("@every 1m", "heartbeat", func(context.Context) { heartbeat(log, k) }); err != nil {
		return err
	}
	g.Go(func() error { return sched.Run(gctx) })
	g.Go(func() error { return heads.Run(gctx) })
	g.Go(func() error { return pub.Run(gctx) })
	g.Go(func() error { return k.Run(gctx) })
	// Ready while blocks keep being processed: a stalled head or failing
	// passes turn /readyz to 503 with the reason.
	probe.SetCheck(func() (bool, string) {
		st, ok := k.Status()
		if !ok {
			return false, "no block processed yet"
		}
		if age := time.Since(st.ProcessedAt); age > cfg.Keeper.HeadTimeout {
			return false, fmt.Sprintf("no block processed for %s (last %d)", age.Round(time.Second), st.Block)
		}
		return true, ""
	})
	probe.Ready()
	log.Info().Int("markets", len(markets)).Int("aave_pools", len(lanes)).Int("assets", len(assets)).Msg("lrtkeeper running")
	running = true
	err = g.Wait()
	probe.NotReady("stopping")
	return err
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

func openRedis(ctx context.Context, log zerolog.Logger, c config.Redis, stdout io.Writer, plain bool) (*redis.Client, func(), error) {
	url := c.URL
	stop := func() {}
	if c.IsEmbedded() {
		// Not in a -tags noembedded build: that one returns a config error.
		var err error
		if url, stop, err = startEmbeddedRedis(log, c, stdout, plain); err != nil {
			return nil, nil, err
		}
	}
	opts, err := redis.ParseURL(url)
	if err != nil {
		stop()
		return nil, nil, fmt.Errorf("%w: redis.url: %w", errConfig, err)
	}
	opts.DialTimeout, opts.WriteTimeout, opts.ReadTimeout = c.DialTimeout, c.WriteTimeout, c.WriteTimeout
	// A dead Redis must fail a write within the write timeout (go-redis
	// would otherwise wait for a pooled connection longer), so the outage
	// alert fires and the next snapshot is retried promptly.
	opts.PoolTimeout = c.WriteTimeout
	opts.MaxRetries = 1
	// Per-call deadlines (the risk engine's short store calls) must hold.
	opts.ContextTimeoutEnabled = true
	rdb := redis.NewClient(opts)
	if err := oracle.Ping(ctx, rdb, c.DialTimeout); err != nil {
		_ = rdb.Close()
		stop()
		return nil, nil, fmt.Errorf("redis: %w", err)
	}
	return rdb, func() { _ = rdb.Close(); stop() }, nil
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

// walletBalance exports the hot wallet's native balance.
func walletBalance(ctx context.Context, log zerolog.Logger, client chain.Client, addr common.Address, m *metrics.Metrics) {
	bctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	bal, err := client.BalanceAt(bctx, addr, nil)
	if err != nil {
		log.Warn().Err(err).Str("keeper", addr.Hex()).Msg("wallet balance read failed")
		return
	}
	m.WalletBalance(bal)
}

// heartbeat logs a one-line summary so an operator tailing logs sees the
// daemon is alive between alerts.
func heartbeat(log zerolog.Logger, k *keeper.Keeper) {
	st, ok := k.Status()
	if !ok {
		log.Warn().Msg("heartbeat: no block processed yet")
		return
	}
	log.Info().Uint64("block", st.Block).Float64("since_block_s", time.Since(st.ProcessedAt).Seconds()).Int("positions", st.Positions).
		Int("at_risk", st.AtRisk).Int("liquidatable", st.Liquidatable).Msg("heartbeat")
}

func splitHostPort(addr string) (string, string) {
	for i := len(addr) - 1; i >= 0; i-- {
		if addr[i] == ':' {
			return addr[:i], addr[i+1:]
		}
	}
	return addr, ""
}
