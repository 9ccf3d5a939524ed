// Package benche2e measures the liquidation keeper end to end: the built
// lrtkeeper daemon against a real anvil node and redis-server, with a book
// of many Morpho positions, from the block that carries an oracle price
// update to the broadcast of the liquidation transaction.
//
// Positions are not opened by transactions: they are written into Morpho's
// storage with anvil_setStorageAt (see seed.go for the slot formulas), read
// back in a sample with position() and market(), and handed to the daemon
// as a book checkpoint in Redis, which it restores instead of scanning
// events (storage-seeded positions have none).
package benche2e

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/redis/go-redis/v9"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// Defaults of Options.
const (
	DefaultPositions  = 100_000
	DefaultTicks      = 20
	DefaultMaxPerTick = 20
	DefaultSettle     = 2 * time.Second
	DefaultGap        = 250 * time.Millisecond
	// TargetP50 is the latency goal the result is judged against.
	TargetP50 = 50 * time.Millisecond
)

// Liquidation modes of Options.Mode: the daemon's liquidation.mode.
const (
	// ModeInventory repays from WETH the bench gives the keeper.
	ModeInventory = "inventory"
	// ModeCallback liquidates through a KeeperExecutor owned by the
	// keeper, which sells the seized ezETH on the devnet Curve pool and
	// repays from the proceeds: the keeper holds no WETH.
	ModeCallback = "callback"
)

// Callback-mode settings.
const (
	// callbackSlippageBps and callbackHalvings are the daemon's
	// liquidation.max_slippage_bps and max_halvings (its defaults).
	callbackSlippageBps = 100
	callbackHalvings    = 4
	// poolDepthFactor is how many times the most collateral the ticks can
	// seize the Curve pool is seeded with (see callbackPoolDepth).
	poolDepthFactor = 10
)

// anvil's well-known dev keys 0 and 1 (mnemonic "test test … junk"), funded
// on every fresh node. They are public: they only ever sign on the local
// node this package starts.
const (
	deployerKeyHex = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	keeperKeyHex   = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
)

// Waits. Ticks must finish well inside them; hitting one fails the run.
const (
	startupTimeout = 3 * time.Minute
	sendTimeout    = 30 * time.Second
	mineTimeout    = 5 * time.Second
	blockTimeout   = time.Minute
	mineAttempts   = 3
)

// Options configures Run.
type Options struct {
	// Daemon is the lrtkeeper binary to run (required).
	Daemon string
	// Positions is the number of seeded borrowers (DefaultPositions if 0).
	Positions int
	// Ticks is the number of timed price updates (DefaultTicks if 0).
	Ticks int
	// MaxPerTick bounds how many positions one tick makes liquidatable
	// (each tick draws 1 to MaxPerTick; DefaultMaxPerTick if 0).
	MaxPerTick int
	// Seed makes the book and the sample reproducible.
	Seed uint64
	// Mode is the daemon's liquidation mode, ModeInventory (if empty) or
	// ModeCallback.
	Mode string
	// Settle is the pause after the daemon's first block, so that its
	// first full Redis snapshot is not racing the first tick
	// (DefaultSettle if 0; negative for none).
	Settle time.Duration
	// Gap is the pause between one tick's last processed block and the
	// next tick (DefaultGap if 0; negative for none): on a real chain the
	// keeper is idle between blocks.
	Gap time.Duration
	// Anvil and RedisServer are binaries; empty finds them (see anvilPath,
	// and redis-server on PATH).
	Anvil       string
	RedisServer string
	// QuickAck makes the daemon reach anvil through a loopback relay that
	// disables delayed ACKs toward anvil (see relay), a diagnostic that
	// removes the ~40 ms stalls of anvil's WebSocket replies from the
	// figures. Off by default: the daemon then talks to anvil directly.
	QuickAck bool
	// Progress, if set, gets one line per phase.
	Progress io.Writer
	// KeepDir keeps the work directory (process logs, config) after a
	// successful run; after a failure it is always kept.
	KeepDir bool
}

// Stats summarises latencies in milliseconds. P50 and P99 are nearest-rank
// percentiles: with 20 samples P99 is the maximum.
type Stats struct {
	P50  float64 `json:"p50"`
	P99  float64 `json:"p99"`
	Max  float64 `json:"max"`
	Min  float64 `json:"min"`
	Mean float64 `json:"mean"`
}

// Result is the bench's one JSON object.
type Result struct {
	// Mode is Options.Mode.
	Mode      string `json:"mode"`
	Positions int    `json:"positions"`
	Ticks     int    `json:"ticks"`
	// Liquidations is how many liquidations were sent and mined; Expected
	// how many the price path was built to trigger; Unexpected counts
	// sends for positions the path did not target at that tick.
	Liquidations int `json:"liquidations"`
	Expected     int `json:"liquidations_expected"`
	Unexpected   int `json:"liquidations_unexpected"`
	// Failed counts the daemon's liquidation_failed lines for expected
	// positions (each retried until mined) and FailureReasons lists their
	// distinct "stage: reason" texts.
	Failed         int      `json:"liquidations_failed"`
	FailureReasons []string `json:"failure_reasons,omitempty"`
	// Skipped counts the daemon's liquidation_skipped lines for expected
	// positions (not worth or not safe to act on at that block; retried
	// the next block) and SkipReasons lists their distinct reasons.
	Skipped     int      `json:"liquidations_skipped"`
	SkipReasons []string `json:"skip_reasons,omitempty"`
	// Partial counts the mined liquidations whose "partial" field is set
	// (callback mode: the venue absorbed only a halving of the whole
	// position); FollowUps the later liquidations of positions a partial
	// one left liquidatable, which are neither expected nor unexpected.
	Partial   int `json:"liquidations_partial"`
	FollowUps int `json:"liquidations_follow_up"`
	// MinedByMode counts the mined liquidations by the "mode" field of
	// their liquidation_mined lines.
	MinedByMode map[string]int `json:"mined_by_mode"`
	// SeizedCollateral is the ezETH the mined liquidations seized (their
	// "seized_assets"), in ezETH.
	SeizedCollateral string `json:"seized_collateral"`
	// KeeperWETHStart and KeeperWETHEnd are the keeper's WETH when the
	// daemon starts and after the last tick, in WETH: the inventory in
	// inventory mode; zero, then the executor's profits, in callback mode.
	KeeperWETHStart string `json:"keeper_weth_start"`
	KeeperWETHEnd   string `json:"keeper_weth_end"`
	// Executor is the KeeperExecutor and CurvePoolDepth the WETH the
	// Curve pool was seeded with (callback mode only).
	Executor       string `json:"executor,omitempty"`
	CurvePoolDepth string `json:"curve_pool_depth_weth,omitempty"`
	// LatencyMs is, per tick, the wall time from the return of the
	// evm_mine that made the price-update block to the "time" of the
	// daemon's first liquidation_sent line for that block.
	LatencyMs Stats `json:"latency_ms"`
	// MineCallMs is how long the timed evm_mine calls took (the clock
	// starts after them).
	MineCallMs Stats `json:"mine_call_ms"`
	// PerTick details every tick in order.
	PerTick     []TickResult `json:"per_tick"`
	TargetP50Ms float64      `json:"target_p50_ms"`
	TargetMet   bool         `json:"target_met"`
	// QuickAck reports Options.QuickAck: the figures exclude anvil's
	// delayed-ACK stalls.
	QuickAck bool `json:"quickack_relay"`
	// DeploySeconds is devnet.Deploy, the keeper's approval (inventory
	// mode) or its executor (callback mode).
	DeploySeconds float64 `json:"deploy_s"`
	// SeedSeconds is drawing the book, the storage writes, the block that
	// carries them and the read-back; SeedWrites and Verified count the
	// writes and the positions read back.
	SeedSeconds float64 `json:"seed_s"`
	SeedWrites  int     `json:"seed_storage_writes"`
	Verified    int     `json:"seed_verified_positions"`
	// CheckpointBytes is the size of the book checkpoint written to Redis.
	CheckpointBytes int `json:"checkpoint_bytes"`
	// RestoreMs and StartupMs are from the daemon's start to its "book
	// restored from checkpoint" and first "block processed" lines.
	RestoreMs     float64 `json:"restore_ms"`
	StartupMs     float64 `json:"startup_ms"`
	TicksSeconds  float64 `json:"ticks_s"`
	TotalSeconds  float64 `json:"total_s"`
	AnvilVersion  string  `json:"anvil_version"`
	DaemonVersion string  `json:"daemon_version"`
	WorkDir       string  `json:"work_dir,omitempty"`
}

var wethABI = weth9.NewWETH9()

// env is everything Run started.
type env struct {
	dir      string
	anvil    *proc
	redis    *proc
	daemon   *daemon
	relay    *relay
	ec       *ethclient.Client
	rdb      *redis.Client
	httpURL  string
	wsURL    string
	redisURL string
}

func (e *env) close() error {
	var errs []error
	if e.daemon != nil {
		errs = append(errs, e.daemon.stop(stopGrace))
	}
	errs = append(errs, e.relay.close())
	if e.rdb != nil {
		_ = e.rdb.Close()
	}
	if e.ec != nil {
		e.ec.Close()
	}
	errs = append(errs, e.redis.stop(0), e.anvil.stop(0))
	return errors.Join(errs...)
}

func (o *Options) defaults() error {
	if o.Daemon == "" {
		return errors.New("no daemon binary given")
	}
	o.Positions = cmp.Or(o.Positions, DefaultPositions)
	o.Ticks = cmp.Or(o.Ticks, DefaultTicks)
	o.MaxPerTick = cmp.Or(o.MaxPerTick, DefaultMaxPerTick)
	o.Settle = cmp.Or(o.Settle, DefaultSettle)
	o.Gap = cmp.Or(o.Gap, DefaultGap)
	o.Mode = cmp.Or(o.Mode, ModeInventory)
	switch {
	case o.Mode != ModeInventory && o.Mode != ModeCallback:
		return fmt.Errorf("mode must be %s or %s, got %q", ModeInventory, ModeCallback, o.Mode)
	case o.Positions < 1 || o.Ticks < 1 || o.MaxPerTick < 1:
		return fmt.Errorf("positions (%d), ticks (%d) and per-tick maximum (%d) must be positive", o.Positions, o.Ticks, o.MaxPerTick)
	case o.Ticks*o.MaxPerTick > o.Positions:
		return fmt.Errorf("%d positions are too few for %d ticks of up to %d liquidations", o.Positions, o.Ticks, o.MaxPerTick)
	}
	var err error
	if o.Anvil == "" {
		if o.Anvil, err = anvilPath(); err != nil {
			return err
		}
	}
	if o.RedisServer == "" {
		if o.RedisServer, err = exec.LookPath("redis-server"); err != nil {
			return errors.New("redis-server not found in PATH")
		}
	}
	return nil
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (o *Options) progress(format string, args ...any) {
	if o.Progress != nil {
		fmt.Fprintf(o.Progress, "bench e2e: "+format+"\n", args...)
	}
}

// Run starts anvil and redis-server, deploys the devnet, seeds the book,
// runs the daemon and times the ticks. It stops every process it started
// before returning. On failure the error names the work directory, which is
// kept with every process's log.
func Run(ctx context.Context, o Options) (res *Result, err error) {
	if err := o.defaults(); err != nil {
		return nil, err
	}
	began := time.Now()
	dir, err := os.MkdirTemp("", "lrtkeeper-bench-e2e-")
	if err != nil {
		return nil, fmt.Errorf("create work directory: %w", err)
	}
	e := &env{dir: dir}
	defer func() {
		err = errors.Join(err, e.close())
		if err != nil {
			err = fmt.Errorf("%w (logs in %s)", err, dir)
			return
		}
		if o.KeepDir {
			res.WorkDir = dir
			return
		}
		_ = os.RemoveAll(dir)
	}()
	if err := e.start(ctx, &o); err != nil {
		return nil, err
	}
	res = &Result{Mode: o.Mode, Positions: o.Positions, Ticks: o.Ticks, TargetP50Ms: ms(TargetP50), QuickAck: o.QuickAck,
		MinedByMode: map[string]int{}}
	res.AnvilVersion, res.DaemonVersion = version(o.Anvil, "--version"), version(o.Daemon, "version")

	deployer, err := crypto.HexToECDSA(deployerKeyHex)
	if err != nil {
		return nil, fmt.Errorf("deployer key: %w", err)
	}
	keeperKey, err := crypto.HexToECDSA(keeperKeyHex)
	if err != nil {
		return nil, fmt.Errorf("keeper key: %w", err)
	}
	t0 := time.Now()
	d, x, err := deploy(ctx, e.ec, deployer, keeperKey, &o, res)
	if err != nil {
		return nil, err
	}
	res.DeploySeconds = time.Since(t0).Seconds()
	o.progress("deployed in %.1fs; seeding %d positions", res.DeploySeconds, o.Positions)

	t0 = time.Now()
	s, err := seed(ctx, e, d, &o, res)
	if err != nil {
		return nil, err
	}
	res.SeedSeconds = time.Since(t0).Seconds()
	o.progress("seeded %d storage words in %.1fs, %d positions read back", res.SeedWrites, res.SeedSeconds, res.Verified)

	if err := fundKeeper(ctx, e, d, deployer, keeperKey, s.plan, o.Mode); err != nil {
		return nil, err
	}
	keeperAddr := crypto.PubkeyToAddress(keeperKey.PublicKey)
	weth, err := keeperWETH(ctx, e.ec, d, keeperAddr)
	if err != nil {
		return nil, err
	}
	if o.Mode == ModeCallback && weth.Sign() != 0 {
		return nil, fmt.Errorf("callback mode: the keeper holds %s WETH before the daemon starts, want none", fixed.FormatWad(weth))
	}
	res.KeeperWETHStart = fixed.FormatWad(weth)
	if err := e.checkpoint(ctx, d, s, res); err != nil {
		return nil, err
	}
	if err := e.startDaemon(ctx, &o, d, x, s, res); err != nil {
		return nil, err
	}
	o.progress("daemon restored %d positions in %.0fms, first block processed at %.0fms", o.Positions, res.RestoreMs, res.StartupMs)
	if err := sleep(ctx, o.Settle); err != nil {
		return nil, err
	}

	t0 = time.Now()
	if err := e.ticks(ctx, &o, d, deployer, s, res); err != nil {
		return nil, err
	}
	res.TicksSeconds = time.Since(t0).Seconds()
	if weth, err = keeperWETH(ctx, e.ec, d, keeperAddr); err != nil {
		return nil, err
	}
	res.KeeperWETHEnd = fixed.FormatWad(weth)
	res.TargetMet = res.LatencyMs.P50 < ms(TargetP50)
	res.TotalSeconds = time.Since(began).Seconds()
	return res, nil
}

func (e *env) start(ctx context.Context, o *Options) error {
	var err error
	var addr string
	if e.anvil, addr, err = startAnvil(ctx, o.Anvil, e.dir); err != nil {
		return err
	}
	e.httpURL, e.wsURL = "http://"+addr, "ws://"+addr
	var raddr string
	if e.redis, raddr, err = startRedis(ctx, o.RedisServer, e.dir); err != nil {
		return err
	}
	e.redisURL = "redis://" + raddr + "/0"
	if e.ec, err = ethclient.DialContext(ctx, e.httpURL); err != nil {
		return fmt.Errorf("dial anvil: %w", err)
	}
	e.rdb = redis.NewClient(&redis.Options{Addr: raddr})
	return nil
}

// deploy deploys the devnet on the automining node. In inventory mode the
// keeper's key approves Morpho for WETH (as the daemon would on its first
// liquidation); in callback mode the Curve pool is seeded
// callbackPoolDepth deep and the keeper gets its KeeperExecutor, which
// returns nil otherwise.
func deploy(ctx context.Context, ec *ethclient.Client, deployer, keeper *ecdsa.PrivateKey, o *Options, res *Result) (*devnet.Deployment, *devnet.Execution, error) {
	id, err := ec.ChainID(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("read chain id: %w", err)
	}
	if o.Mode != ModeCallback {
		d, err := devnet.Deploy(ctx, ec, deployer, id)
		if err != nil {
			return nil, nil, fmt.Errorf("deploy devnet: %w", err)
		}
		if err := d.ApproveMorpho(ctx, ec, keeper); err != nil {
			return nil, nil, fmt.Errorf("keeper approval: %w", err)
		}
		return d, nil, nil
	}
	depth := callbackPoolDepth(o.Ticks, o.MaxPerTick)
	// Deploy wraps the WETH of both pools, the markets' liquidity and the
	// trader's from the deployer's ETH; anvil's dev accounts hold 10,000.
	need := new(big.Int).Mul(depth, big.NewInt(2))
	need.Add(need, new(big.Int).Mul(devnet.DefaultLiquidity, big.NewInt(3))).Add(need, devnet.DefaultTraderWETH)
	need.Add(need, new(big.Int).Mul(big.NewInt(10_000), wad))
	if err := ec.Client().CallContext(ctx, nil, "anvil_setBalance",
		crypto.PubkeyToAddress(deployer.PublicKey), hexutil.EncodeBig(need)); err != nil {
		return nil, nil, fmt.Errorf("anvil_setBalance: %w", err)
	}
	d, err := devnet.Deploy(ctx, ec, deployer, id, devnet.WithPoolDepth(depth))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy devnet: %w", err)
	}
	x, err := d.DeployExecution(ctx, ec, deployer, crypto.PubkeyToAddress(keeper.PublicKey))
	if err != nil {
		return nil, nil, fmt.Errorf("deploy keeper executor: %w", err)
	}
	res.Executor, res.CurvePoolDepth = x.Executor.Hex(), fixed.FormatWad(depth)
	return d, &x, nil
}

// callbackPoolDepth is the WETH the Curve pool is seeded with in callback
// mode (and the ezETH worth as much): poolDepthFactor times the most
// collateral ticks of up to maxPerTick liquidations can seize, and at
// least devnet.DefaultPoolDepth. Nothing trades the pool back between
// ticks (no devnet trader runs), so it absorbs every sale of the run; at
// this depth the last one still clears within 0.2 % of the pool's starting
// price (a stableswap with A = 100 moves ~0.2 % when one side grows by a
// tenth), far inside callbackSlippageBps: no liquidation is halved.
func callbackPoolDepth(ticks, maxPerTick int) *big.Int {
	most := new(big.Int).Mul(big.NewInt(int64(ticks)*int64(maxPerTick)), bandMaxCollateral)
	depth := most.Mul(most, devnet.InitialRate).Quo(most, wad)
	depth.Mul(depth, big.NewInt(poolDepthFactor))
	if depth.Cmp(devnet.DefaultPoolDepth) < 0 {
		depth.Set(devnet.DefaultPoolDepth)
	}
	return depth
}

// seeded is the book written into storage and the block that carries it.
type seeded struct {
	plan   *plan
	target seedTarget
	head   book.At
}

func seed(ctx context.Context, e *env, d *devnet.Deployment, o *Options, res *Result) (*seeded, error) {
	m := d.Markets[0]
	t := seedTarget{morpho: d.Morpho, lrt: d.LRT, market: m, supplier: ownerOf(-1)}
	before, err := readBefore(ctx, e.ec, t, devnet.InitialRate)
	if err != nil {
		return nil, fmt.Errorf("read state before seeding: %w", err)
	}
	p, err := newPlan(o.Positions, o.Ticks, o.MaxPerTick, o.Seed, devnet.InitialRate, m.Params.Lltv, before.oracleScale)
	if err != nil {
		return nil, err
	}
	writes, exp, err := p.writes(t, before)
	if err != nil {
		return nil, err
	}
	if err := setStorage(ctx, e.ec.Client(), writes); err != nil {
		return nil, err
	}
	res.SeedWrites = len(writes)
	// From here on blocks are mined only on request: the bench decides
	// when a price update or a liquidation lands. This block carries the
	// seeded state.
	if err := e.ec.Client().CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		return nil, fmt.Errorf("evm_setAutomine: %w", err)
	}
	if _, err := mine(ctx, e.ec); err != nil {
		return nil, err
	}
	head, err := e.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head after seeding: %w", err)
	}
	if res.Verified, err = p.verify(ctx, e.ec, t, exp, head.Number, o.Seed); err != nil {
		return nil, err
	}
	for _, list := range p.byTick {
		res.Expected += len(list)
	}
	return &seeded{plan: p, target: t, head: book.At{Number: head.Number.Uint64(), Hash: head.Hash(), Time: head.Time}}, nil
}

// fundKeeper sends the keeper devnet.KeeperGas ETH and, in inventory mode,
// the WETH that every planned liquidation repays, plus a margin, from a
// deployer topped up with anvil_setBalance. In callback mode the executor
// repays from the sale, so the keeper gets gas only. Automining is off, so
// the deployment's sender mines each batch.
func fundKeeper(ctx context.Context, e *env, d *devnet.Deployment, deployer, keeper *ecdsa.PrivateKey, p *plan, mode string) error {
	d.SetMine(func() { _, _ = mine(ctx, e.ec) })
	defer d.SetMine(nil)
	if mode == ModeCallback {
		if err := d.FundKeeper(ctx, e.ec, deployer, crypto.PubkeyToAddress(keeper.PublicKey), nil); err != nil {
			return fmt.Errorf("fund keeper gas: %w", err)
		}
		return nil
	}
	need := new(big.Int)
	for _, list := range p.byTick {
		for _, i := range list {
			need.Add(need, p.positions[i].debt)
		}
	}
	need.Mul(need, big.NewInt(11)).Quo(need, big.NewInt(10)).Add(need, wad)
	topUp := new(big.Int).Add(need, new(big.Int).Mul(big.NewInt(1000), wad))
	if err := e.ec.Client().CallContext(ctx, nil, "anvil_setBalance",
		crypto.PubkeyToAddress(deployer.PublicKey), hexutil.EncodeBig(topUp)); err != nil {
		return fmt.Errorf("anvil_setBalance: %w", err)
	}
	if err := d.FundKeeper(ctx, e.ec, deployer, crypto.PubkeyToAddress(keeper.PublicKey), need); err != nil {
		return fmt.Errorf("fund keeper: %w", err)
	}
	return nil
}

// keeperWETH is the keeper's WETH balance at the latest block.
func keeperWETH(ctx context.Context, ec *ethclient.Client, d *devnet.Deployment, keeper common.Address) (*big.Int, error) {
	b, err := view(ctx, ec, d.WETH, wethABI.PackBalanceOf(keeper), wethABI.UnpackBalanceOf, nil)
	if err != nil {
		return nil, fmt.Errorf("read keeper WETH: %w", err)
	}
	return b, nil
}

// checkpoint writes the daemon's book checkpoint at the current head: the
// watched markets in config order, the seeded positions in market 0.
func (e *env) checkpoint(ctx context.Context, d *devnet.Deployment, s *seeded, res *Result) error {
	head, err := e.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("read head: %w", err)
	}
	s.head = book.At{Number: head.Number.Uint64(), Hash: head.Hash(), Time: head.Time}
	b := book.New()
	for _, m := range d.Markets {
		b.AddMarket(m.ID, nil)
	}
	bm := b.Market(s.target.market.ID)
	for _, pos := range s.plan.positions {
		c, err := u256(pos.collateral)
		if err != nil {
			return err
		}
		sh, err := u256(pos.shares)
		if err != nil {
			return err
		}
		if err := bm.Put(pos.owner, c, sh, s.head.Number); err != nil {
			return fmt.Errorf("book: %w", err)
		}
	}
	data := b.Checkpoint(s.head)
	res.CheckpointBytes = len(data)
	// The daemon's default redis.key_prefix.
	if err := oracle.NewRedisState(e.rdb, "lrt:v1").SaveCheckpoint(ctx, data); err != nil {
		return err
	}
	return nil
}

// startDaemon writes the config, starts the daemon and waits for it to
// restore the book and process its first block.
func (e *env) startDaemon(ctx context.Context, o *Options, d *devnet.Deployment, x *devnet.Execution, s *seeded, res *Result) error {
	cfgPath := filepath.Join(e.dir, "config.yaml")
	wsURL := e.wsURL
	if o.QuickAck {
		r, err := startRelay(strings.TrimPrefix(e.wsURL, "ws://"))
		if err != nil {
			return fmt.Errorf("start relay: %w", err)
		}
		e.relay = r
		wsURL = "ws://" + r.Addr()
	}
	if err := writeDaemonConfig(cfgPath, wsURL, e.redisURL, d, x); err != nil {
		return fmt.Errorf("write daemon config: %w", err)
	}
	dm, err := startDaemon(o.Daemon, []string{"run", "--config", cfgPath}, []string{"LRTKEEPER_PRIVATE_KEY=0x" + keeperKeyHex}, e.dir)
	if err != nil {
		return err
	}
	e.daemon = dm
	restored := false
	_, err = dm.wait(ctx, 0, startupTimeout, "the daemon's first processed block", func(ev logEvent) error {
		switch {
		case ev.Message == msgBuilt:
			return fmt.Errorf("the daemon built its book from the chain (%d positions) instead of restoring the checkpoint: "+
				"is keeper.Settings.Checkpoints set in cmd/lrtkeeper/run.go?", ev.Positions)
		case slices.Contains(checkpointRefused, ev.Message):
			return fmt.Errorf("the daemon did not use the checkpoint: %s (%s%s)", ev.Message, ev.Reason, ev.Error)
		case ev.Message == msgRestored:
			if ev.Block != s.head.Number || ev.Positions != o.Positions {
				return fmt.Errorf("the daemon restored %d positions at block %d, want %d at %d", ev.Positions, ev.Block, o.Positions, s.head.Number)
			}
			restored = true
			res.RestoreMs = ms(ev.At.Sub(dm.started))
		case ev.Message == msgBlock && restored && ev.Block >= s.head.Number:
			res.StartupMs = ms(ev.At.Sub(dm.started))
			return errDone
		}
		return nil
	})
	return err
}

// mine asks anvil for one block and returns when the call came back.
func mine(ctx context.Context, ec *ethclient.Client) (time.Time, error) {
	if err := ec.Client().CallContext(ctx, nil, "evm_mine"); err != nil {
		return time.Time{}, fmt.Errorf("evm_mine: %w", err)
	}
	return time.Now(), nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// stats summarises samples with nearest-rank percentiles.
func stats(v []float64) Stats {
	if len(v) == 0 {
		return Stats{}
	}
	s := slices.Clone(v)
	slices.Sort(s)
	rank := func(q float64) float64 {
		i := int(q*float64(len(s))+0.999999) - 1
		return s[min(max(i, 0), len(s)-1)]
	}
	sum := 0.0
	for _, x := range s {
		sum += x
	}
	return Stats{P50: rank(0.50), P99: rank(0.99), Max: s[len(s)-1], Min: s[0], Mean: sum / float64(len(s))}
}

// version is the first line bin prints for arg, for the record.
func version(bin, arg string) string {
	out, err := exec.Command(bin, arg).Output()
	if err != nil {
		return ""
	}
	line, _, _ := strings.Cut(strings.TrimSpace(string(out)), "\n")
	return line
}
