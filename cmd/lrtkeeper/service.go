package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/jonboulle/clockwork"
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

// runDaemon builds the service, runs it until ctx ends (a signal, --for) or
// a component fails, and stops it in order.
func runDaemon(ctx context.Context, log zerolog.Logger, cfg *config.Config, getenv func(string) string, stdout io.Writer) error {
	svc, err := NewService(ctx, log, cfg, getenv, stdout)
	if err != nil {
		return err
	}
	svc.Start()
	select {
	case <-ctx.Done():
		log.Info().Str("cause", context.Cause(ctx).Error()).Msg("lrtkeeper stopping")
	case <-svc.Failed(): // Stop returns the component's error
	}
	// The drain has its own bound; a stop that overruns it by far is stuck.
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), cfg.Keeper.ShutdownTimeout+30*time.Second)
	defer cancel()
	return svc.Stop(sctx)
}

// Service is the daemon: NewService builds it in small init steps, Start
// runs its components, Stop winds them down in order.
type Service struct {
	log    zerolog.Logger
	cfg    *config.Config
	getenv func(string) string
	stdout io.Writer
	clock  clockwork.Clock

	world    *world
	key      *ecdsa.PrivateKey
	needKey  bool
	rdb      redis.UniversalClient
	reg      *prometheus.Registry
	metrics  *metrics.Metrics
	probe    *metrics.Probe
	server   *metrics.Server
	mc       *chain.Multicall
	head     *types.Header
	assets   []keeper.AssetSpec
	policies []oracle.AssetPolicy
	state    leaderState
	engine   *oracle.Engine
	markets  []*keeper.Market
	alerts   *alerts.Alerts
	webhook  *alerts.Webhook
	pub      *oracle.Publisher
	heads    *chain.Heads
	sched    *schedule.Scheduler
	lease    *lease.Lease
	term     *senderTerm
	leader   leadership // publishes to Redis
	senders  leadership // sends transactions
	tm       *txmgr.Manager
	riskPub  *onchain.Publisher
	exec     *keeper.Executor
	delev    *strategies.Deleverager
	keeper   *keeper.Keeper

	// closers release what init built, run in reverse by Stop.
	closers []func(ctx context.Context) error

	// Components run in stages, stopped one after another: intake (heads,
	// the keeper, scheduled jobs), then actions (the senders, which see
	// their transactions mined up to keeper.shutdown_timeout), then
	// outputs (Redis, webhook), then the base (the chain, the lease, the
	// metrics listener). Any component's error cancels every stage.
	group   *errgroup.Group
	failed  context.Context
	stages  [numStages]stage
	started bool
	stopped sync.Once
	stopErr error
}

type stageID int

const (
	stageIntake stageID = iota
	stageActions
	stageOutputs
	stageBase
	numStages
)

var stageNames = [numStages]string{"intake", "actions", "outputs", "base"}

type stage struct {
	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
	runs   []func(ctx context.Context) error
}

// NewService builds every component; on error it releases what it built.
func NewService(ctx context.Context, log zerolog.Logger, cfg *config.Config, getenv func(string) string, stdout io.Writer) (*Service, error) {
	s := &Service{log: log, cfg: cfg, getenv: getenv, stdout: stdout, clock: clockwork.NewRealClock()}
	if err := s.initFromConfig(ctx); err != nil {
		return nil, errors.Join(err, s.Stop(context.WithoutCancel(ctx)))
	}
	return s, nil
}

func (s *Service) initFromConfig(ctx context.Context) error {
	steps := []func(context.Context) error{
		s.initWorld, s.initKey, s.initRedis, s.initMetrics, s.initLeader, s.initAssets, s.initMarkets,
		s.initAlerts, s.initPublisher, s.initTxManager, s.initRiskOracle,
		s.checkExecution, s.initExecutor, s.initDeleverage, s.initKeeper, s.initJobs, s.initServer,
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return err
		}
	}
	return nil
}

// run registers a component of stage st, started by Start.
func (s *Service) run(st stageID, f func(ctx context.Context) error) {
	s.stages[st].runs = append(s.stages[st].runs, f)
}

func (s *Service) onStop(f func(ctx context.Context) error) { s.closers = append(s.closers, f) }

func (s *Service) initWorld(ctx context.Context) error {
	rpcs := make([]string, 0, 1)
	for _, u := range s.cfg.Chain.Endpoints() {
		rpcs = append(rpcs, config.RedactURL(u))
	}
	s.log.Info().Str("version", Version).Strs("rpc", rpcs).
		Str("redis", config.RedactURL(s.cfg.Redis.URL)).Msg("lrtkeeper starting")
	w, err := openWorld(ctx, s.log, s.cfg)
	if err != nil {
		return err
	}
	s.world = w
	s.onStop(func(context.Context) error { w.close(); return nil })
	if w.run != nil {
		s.run(stageBase, w.run)
	}
	return nil
}

// initKey loads the signing key when anything sends: liquidations,
// deleverages or on-chain publishing. The embedded world brings its own.
func (s *Service) initKey(context.Context) error {
	s.needKey = s.cfg.Liquidation.Enabled || s.riskOracleAddr() != (common.Address{}) || len(s.world.execution.managed) > 0
	s.key = s.world.key
	if !s.needKey {
		return nil
	}
	k, err := config.LoadKey(s.cfg.Wallet, s.getenv)
	switch {
	case err == nil:
		s.key = k
	case s.key == nil || !errors.Is(err, config.ErrNoKey):
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	return nil
}

func (s *Service) riskOracleAddr() common.Address {
	if !s.cfg.OnChain.Enabled {
		return s.world.riskOracle // the embedded world publishes to its own
	}
	return s.cfg.OnChain.RiskOracle
}

func (s *Service) initRedis(ctx context.Context) error {
	rdb, stop, err := openRedis(ctx, s.log, s.cfg.Redis, s.stdout, s.cfg.Log.Format == "console")
	if err != nil {
		return err
	}
	s.rdb = rdb
	s.onStop(func(context.Context) error { stop(); return nil })
	return s.claimKeyPrefix(ctx) // before anything is written
}

// claimKeyPrefix claims redis.key_prefix for leader.shard: two shards
// under one prefix would overwrite each other's keys (head, stream, book
// checkpoints).
func (s *Service) claimKeyPrefix(ctx context.Context) error {
	if !s.cfg.Leader.Enabled {
		return nil
	}
	err := lease.ClaimPrefix(ctx, s.rdb, s.cfg.Leader.LeaseConfig(s.cfg.Redis.KeyPrefix))
	if errors.Is(err, lease.ErrPrefixClaimed) {
		return fmt.Errorf("%w: leader: %w", errConfig, err)
	}
	if err != nil {
		return fmt.Errorf("leader: %w", err)
	}
	return nil
}

func (s *Service) initMetrics(context.Context) error {
	s.reg = prometheus.NewRegistry()
	s.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	if c, ok := s.world.client.(prometheus.Collector); ok {
		s.reg.MustRegister(c) // the RPC endpoints' metrics
	}
	s.metrics = metrics.New(s.reg, Version)
	s.onStop(func(context.Context) error { s.metrics.Down(); return nil })
	s.probe = metrics.NewProbe()
	s.mc = chain.NewMulticall(s.world.client, s.world.multicall)
	return nil
}

// initAssets builds the price sources at the latest block and the risk
// engine, and backfills the fair rates' history.
func (s *Service) initAssets(ctx context.Context) error {
	timeout := s.cfg.Chain.CallTimeout
	hctx, cancel := context.WithTimeout(ctx, timeout)
	head, err := s.world.client.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("chain: read latest header: %w", err)
	}
	s.head = head
	actx, cancel := context.WithTimeout(ctx, timeout)
	s.assets, s.policies, err = buildAssets(actx, s.mc, head.Hash(), s.world.assets, uint64(s.cfg.Keeper.HysteresisBps))
	cancel()
	if err != nil {
		return fmt.Errorf("assets: %w", err)
	}
	s.state = leaderState{RedisState: oracle.NewRedisState(s.rdb, s.cfg.Redis.KeyPrefix), l: s.leader}
	if s.engine, err = oracle.NewEngine(s.log, s.state, s.policies, s.cfg.Risk.GrowthSampleInterval); err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	bctx, cancel := context.WithTimeout(ctx, 4*timeout)
	keeper.BackfillRateHistory(bctx, s.log, s.world.client, s.mc, head, s.assets, s.state)
	cancel()
	return nil
}

func (s *Service) initMarkets(ctx context.Context) error {
	specs, err := buildMarketSpecs(s.world.markets, s.world.assets)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	lctx, cancel := context.WithTimeout(ctx, s.cfg.Chain.CallTimeout)
	s.markets, err = keeper.LoadMarkets(lctx, s.mc, s.world.morpho, s.head.Hash(), specs, plainAssets(s.assets))
	cancel()
	if err != nil {
		return fmt.Errorf("markets: %w", err)
	}
	for _, mk := range s.markets {
		s.log.Info().Str("market", mk.ID.Hex()).Str("name", mk.Name).Str("lltv", mk.Params.Lltv.String()).
			Str("oracle", mk.Params.Oracle.Hex()).Str("loan_token", mk.Params.LoanToken.Hex()).Msg("watching market")
	}
	return nil
}

// initAlerts builds the alerts, and the webhook sink when configured (it
// sends from its own worker, never blocking the keeper).
func (s *Service) initAlerts(context.Context) error {
	s.alerts = alerts.New(s.log, s.metrics)
	wc := s.cfg.Alerts.Webhook
	if !wc.Enabled() {
		return nil
	}
	var err error
	if s.webhook, err = alerts.NewWebhook(s.log, wc.WebhookConfig(), alerts.NewWebhookMetrics(s.reg)); err != nil {
		return fmt.Errorf("%w: alerts.webhook: %w", errConfig, err)
	}
	s.alerts.AddSink(s.webhook)
	s.run(stageOutputs, s.webhook.Run)
	s.log.Info().Str("url", config.RedactURL(wc.URL)).Str("format", wc.Format).Str("min_severity", wc.MinSeverity).Msg("alert webhook enabled")
	return nil
}

func (s *Service) initPublisher(context.Context) error {
	c := s.cfg.Redis
	s.pub = oracle.NewPublisher(s.log, s.rdb, c.KeyPrefix, c.TTL, s.cfg.Risk.StreamMaxLen, s.metrics)
	s.pub.Alerts = s.alerts
	s.run(stageOutputs, s.pub.Run) // writes its last snapshot when stopped
	s.heads = chain.NewHeads(s.log, s.world.client, s.cfg.Chain.PollInterval, s.cfg.Chain.CallTimeout, chain.WithHeadMetrics(s.metrics))
	s.run(stageIntake, s.heads.Run)
	return nil
}

// initLeader takes part in the sender lease when several instances share
// this Redis: only its holder sends and publishes, fenced before every
// broadcast; the others follow the chain and stand by.
func (s *Service) initLeader(context.Context) error {
	s.leader, s.senders = alwaysLeader{}, alwaysLeader{}
	if !s.cfg.Leader.Enabled {
		return nil
	}
	l, err := lease.New(s.log, s.rdb, s.cfg.Leader.LeaseConfig(s.cfg.Redis.KeyPrefix), lease.NewMetrics(s.reg))
	if err != nil {
		return fmt.Errorf("%w: leader: %w", errConfig, err)
	}
	s.lease, s.term = l, &senderTerm{l: l}
	s.leader, s.senders = l, s.term
	s.run(stageBase, l.Run)
	// Released once the sends in flight are recorded (the actions stage
	// stops first), so a successor starts at once.
	s.onStop(func(ctx context.Context) error {
		sctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		if err := l.Stop(sctx); err != nil {
			s.log.Warn().Err(err).Msg("sender lease not released: it expires after its ttl")
		}
		return nil
	})
	return nil
}

// initTxManager builds the one transaction manager for every send. Each
// transaction is recorded in Redis before it is broadcast, so a restart
// picks up one in flight instead of sending it again.
func (s *Service) initTxManager(ctx context.Context) error {
	if !s.needKey {
		return nil
	}
	chainID := new(big.Int).SetUint64(s.cfg.Chain.ChainID)
	opts := []txmgr.Option{txmgr.WithJournal(txmgr.NewRedisJournal(s.rdb, s.cfg.Redis.KeyPrefix))}
	if s.lease != nil {
		opts = append(opts, txmgr.WithGate(s.lease))
	}
	tm, err := txmgr.New(s.log, s.world.client, s.key, chainID, txConfig(s.cfg.Tx), txmgr.NewMetrics(s.reg), opts...)
	if err != nil {
		return fmt.Errorf("%w: tx: %w", errConfig, err)
	}
	s.tm = tm
	// Close first: it stops the tracking of late transactions that Wait
	// then waits for.
	s.onStop(func(context.Context) error { tm.Close(); tm.Wait(); return nil })
	if s.lease != nil { // the records in flight are resumed by whoever leads
		s.run(stageActions, func(ctx context.Context) error {
			return resumeOnLeadership(ctx, s.log, s.lease.Changes(), s.term, tm)
		})
		return nil
	}
	if err := tm.Resume(ctx); err != nil {
		return fmt.Errorf("resume transactions in flight: %w", err)
	}
	return nil
}

func (s *Service) initRiskOracle(context.Context) error {
	addr := s.riskOracleAddr()
	if addr == (common.Address{}) {
		return nil
	}
	c := s.cfg.OnChain
	s.riskPub = onchain.New(s.log, s.tm, s.world.client, addr, uint64(c.DeviationBps), c.Heartbeat, nil)
	s.riskPub.DrainTimeout = s.cfg.Keeper.ShutdownTimeout
	s.run(stageActions, s.riskPub.Run)
	s.log.Info().Str("risk_oracle", addr.Hex()).Msg("publishing risk values on-chain")
	return nil
}

// checkExecution refuses to start with an executor that cannot act for
// this key: its binding to Morpho, its owner, its venues.
func (s *Service) checkExecution(ctx context.Context) error {
	w := s.world
	if w.execution.executor == (common.Address{}) || s.tm == nil ||
		(w.execution.mode != config.LiquidationCallback && len(w.execution.managed) == 0) {
		return nil
	}
	cctx, cancel := context.WithTimeout(ctx, s.cfg.Chain.CallTimeout)
	defer cancel()
	err := checkExecution(cctx, w.client, w.execution, w.morpho, s.tm.From(), w.markets, s.markets)
	if err == nil {
		err = checkAaveVenues(cctx, w.client, w.aave, w.assets, w.wrappedNative)
	}
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	return nil
}

func (s *Service) initExecutor(context.Context) error {
	cfg, w := s.cfg, s.world
	if !cfg.Liquidation.Enabled {
		s.log.Warn().Msg("liquidations disabled: monitoring only")
		return nil
	}
	s.log.Info().Str("keeper", s.tm.From().Hex()).Msg("liquidations enabled")
	liq := newLiquidator(cfg, w, s.tm)
	s.exec = keeper.NewExecutor(s.log, liq, s.alerts, s.metrics)
	s.exec.DrainTimeout = cfg.Keeper.ShutdownTimeout
	if len(w.aave) > 0 {
		s.exec.Aave = newAaveLiquidator(cfg, w, s.tm, liq)
	}
	if w.execution.preFactory != (common.Address{}) {
		s.exec.Pre = strategies.NewPreLiquidator(w.client, s.tm, callbackConfig(cfg, w))
	}
	s.exec.Guard = strategies.OracleGuard{
		MaxDeviationBps: uint64(cfg.Liquidation.OracleGuard.MaxDeviationBps), Policy: cfg.Liquidation.OracleGuard.Policy,
	}
	s.run(stageActions, s.exec.Run)
	return nil
}

func (s *Service) initDeleverage(context.Context) error {
	managed, err := managedPositions(s.world)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	if len(managed) == 0 {
		return nil
	}
	tolerance, overflow := uint256.FromBig(s.cfg.Deleverage.Tolerance.Big())
	if overflow {
		return fmt.Errorf("%w: deleverage.tolerance out of range", errConfig)
	}
	w := s.world
	venues := venuesOf(w.markets)
	maps.Copy(venues, aaveVenues(w.aave, w.assets, w.wrappedNative))
	s.delev = strategies.NewDeleverager(s.log, w.client, s.tm, strategies.DeleverageConfig{
		Morpho: w.morpho, Executor: w.execution.executor, Venues: venues, Tolerance: tolerance,
		GasMarginPct: uint64(s.cfg.Liquidation.GasLimitMarginPct), DrainTimeout: s.cfg.Keeper.ShutdownTimeout,
	}, managed, s.alerts, strategies.WithDeleverageMetrics(s.metrics))
	s.run(stageActions, s.delev.Run)
	s.log.Info().Int("positions", len(managed)).Msg("deleverage enabled")
	return nil
}

func (s *Service) initKeeper(context.Context) error {
	cfg, w := s.cfg, s.world
	lanes, err := aaveLanes(w.aave, w.assets)
	if err != nil {
		return fmt.Errorf("%w: %w", errConfig, err)
	}
	var execIface keeper.Executing
	if s.exec != nil {
		execIface = leaderExecuting{exec: s.exec, l: s.senders}
	}
	var delev keeper.Deleveraging
	if s.delev != nil {
		delev = leaderDeleveraging{d: s.delev, l: s.senders}
	}
	var riskPub keeper.RiskPublishing
	if s.riskPub != nil {
		riskPub = leaderRiskPublishing{p: s.riskPub, l: s.senders}
	}
	s.keeper = keeper.New(s.log, w.client, s.mc, s.heads, keeper.Settings{
		Morpho: w.morpho, StartBlock: cfg.Chain.StartBlock, LogRange: cfg.Chain.LogRange,
		CallTimeout: cfg.Chain.CallTimeout, HealthAlert: cfg.Keeper.HealthAlert.Big(),
		HysteresisBps: uint64(cfg.Keeper.HysteresisBps), HeadTimeout: cfg.Keeper.HeadTimeout,
		WrappedNative: w.wrappedNative, Engine: s.engine, Shocks: stress.DefaultShocks(),
		StressSlippage: cfg.Risk.StressSlippage.Big(), OnChain: riskPub, RefreshInterval: cfg.Book.RefreshInterval,
		Backfill: s.metrics, Checkpoints: s.state, CheckpointEvery: cfg.Book.CheckpointInterval, Deleverage: delev,
		PreLiquidationFactory: w.execution.preFactory, PreLiquidationStart: w.execution.preStart, Lanes: lanes,
	}, s.assets, s.markets, leaderPublishing{pub: s.pub, l: s.leader}, execIface, s.alerts, s.metrics)
	s.run(stageIntake, s.keeper.Run)
	s.log.Info().Int("markets", len(s.markets)).Int("aave_pools", len(lanes)).Int("assets", len(s.assets)).Msg("keeper built")
	return nil
}

// initServer binds the metrics listener last of the init steps, and before
// any goroutine starts: a taken port fails start-up cleanly.
func (s *Service) initServer(context.Context) error {
	if s.cfg.Metrics.Listen == "" {
		return nil
	}
	srv, err := metrics.Listen(s.log, s.cfg.Metrics.Listen, s.reg, s.probe)
	if err != nil {
		return err
	}
	s.server = srv
	s.run(stageBase, srv.Run)
	s.log.Info().Str("addr", srv.Addr()).Msg("metrics listening")
	return nil
}

// Start runs every component; it does not block.
func (s *Service) Start() {
	s.started = true
	base, cancel := context.WithCancel(context.Background())
	g, gctx := errgroup.WithContext(base)
	s.group, s.failed = g, gctx
	s.onStop(func(context.Context) error { cancel(); return nil })
	for i := range s.stages {
		st := &s.stages[i]
		st.ctx, st.cancel = context.WithCancel(gctx)
		for _, f := range st.runs {
			st.wg.Add(1)
			g.Go(func() error {
				defer st.wg.Done()
				return f(st.ctx)
			})
		}
	}
	// Ready while blocks keep being processed: a stalled head or failing
	// passes turn /readyz to 503 with the reason.
	s.probe.SetCheck(func() (bool, string) {
		st, ok := s.keeper.Status()
		if !ok {
			return false, "no block processed yet"
		}
		if age := time.Since(st.ProcessedAt); age > s.cfg.Keeper.HeadTimeout {
			return false, fmt.Sprintf("no block processed for %s (last %d)", age.Round(time.Second), st.Block)
		}
		return true, ""
	})
	s.probe.Ready()
	s.log.Info().Int("markets", len(s.markets)).Int("assets", len(s.assets)).Msg("lrtkeeper running")
}

// Failed is closed when a component failed; Stop returns its error.
func (s *Service) Failed() <-chan struct{} { return s.failed.Done() }

// Stop winds the daemon down: /readyz turns 503; no new heads are taken
// and the last block's work ends; the senders see their transactions
// mined and recorded, up to keeper.shutdown_timeout (those still pending
// stay recorded and are resumed by the next start); the book's checkpoint
// and the last snapshot are flushed to Redis; then the rest stops and
// everything built is released. It is safe to call more than once, and
// after a failed init.
func (s *Service) Stop(ctx context.Context) error {
	s.stopped.Do(func() { s.stopErr = s.stop(ctx) })
	return s.stopErr
}

func (s *Service) stop(ctx context.Context) error {
	var errs []error
	if s.started {
		s.probe.NotReady("stopping")
		keeperStopped := true
		for id := range numStages {
			// The book is saved once the keeper no longer changes it.
			if id == stageOutputs && keeperStopped {
				s.flushCheckpoint(ctx)
			}
			if err := s.stopStage(ctx, id); err != nil {
				errs = append(errs, err)
				keeperStopped = keeperStopped && id != stageIntake
			}
		}
		// Bounded too: a component that ignores its context must not hang
		// the exit.
		waited := make(chan error, 1)
		go func() { waited <- s.group.Wait() }()
		select {
		case err := <-waited:
			if err != nil && !errors.Is(err, context.Canceled) {
				errs = append(errs, err)
			}
		case <-ctx.Done():
			errs = append(errs, fmt.Errorf("stop: components still running: %w", context.Cause(ctx)))
		}
	}
	for i := len(s.closers) - 1; i >= 0; i-- {
		if err := s.closers[i](ctx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// stopStage cancels a stage and waits for its components, up to ctx.
func (s *Service) stopStage(ctx context.Context, id stageID) error {
	st := &s.stages[id]
	st.cancel()
	done := make(chan struct{})
	go func() { st.wg.Wait(); close(done) }()
	select {
	case <-done:
		s.log.Debug().Str("stage", stageNames[id]).Msg("stage stopped")
		return nil
	case <-ctx.Done():
		return fmt.Errorf("stop %s: %w", stageNames[id], context.Cause(ctx))
	}
}

// flushCheckpoint saves the book once the keeper has stopped, so the next
// start reads only the logs after its last block (a follower's save is
// dropped by its state store).
func (s *Service) flushCheckpoint(ctx context.Context) {
	if s.keeper == nil {
		return
	}
	cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	s.keeper.SaveCheckpoint(cctx)
}
