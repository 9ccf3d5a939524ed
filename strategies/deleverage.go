package strategies

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aaveatoken"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/aavepool"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// Trigger prices: which price a managed position's health is watched at.
const (
	PriceOracle = "oracle" // the market's own oracle: what Morpho liquidates at
	PriceMarket = "market" // the collateral's market price
	PriceFair   = "fair"   // its fair value (exchange rate)
)

// Managed is a position its owner asked the keeper to deleverage: on
// Morpho the owner authorised the executor with setAuthorization, on Aave
// v3 it approved the executor on the collateral's aToken.
type Managed struct {
	// Market is the Morpho market id, or AaveMarketID(pool, collateral,
	// debt) for an Aave position (see aave_deleverage.go for what Aave
	// positions are supported).
	Market   common.Hash
	Borrower common.Address
	// Trigger and Target are WAD healths at TriggerPrice: below Trigger
	// for MinPersist, the position is brought back to Target.
	Trigger, Target *uint256.Int
	TriggerPrice    string
	MaxSlippageBps  uint64
	// MinPersist is how long (block time) the trigger must hold, so that a
	// one-block spike does not sell collateral.
	MinPersist time.Duration
}

func (m Managed) key() string { return m.Market.Hex() + "|" + m.Borrower.Hex() }

// EventSink raises alerts; keeper.Alerts is one.
type EventSink interface {
	Event(kind string, severity alerts.Severity, fields func(*zerolog.Event) *zerolog.Event)
}

// DeleverageMetrics counts deleverages; metrics.Metrics is one.
type DeleverageMetrics interface {
	// DeleverageAttempt counts a deleverage of a protocol's position by
	// outcome (DeleverageSent, DeleverageMined, DeleverageFailed,
	// DeleverageInfeasible).
	DeleverageAttempt(protocol, outcome string)
}

// Deleverage outcomes. A deleverage that cannot be planned counts once per
// episode and reason, as its alert is raised.
const (
	DeleverageSent       = "sent"       // broadcast
	DeleverageMined      = "mined"      // mined and succeeded
	DeleverageFailed     = "failed"     // planning or the transaction failed
	DeleverageInfeasible = "infeasible" // no transaction can help until the owner or the market acts
)

// DeleverageOption configures a Deleverager.
type DeleverageOption func(*Deleverager)

// WithDeleverageMetrics counts the deleverages on m.
func WithDeleverageMetrics(m DeleverageMetrics) DeleverageOption {
	return func(d *Deleverager) { d.metrics = m }
}

// DeleverageConfig configures the deleverager.
type DeleverageConfig struct {
	Morpho   common.Address
	Executor common.Address
	// Venues is where each market's collateral is sold: keyed by the Morpho
	// market id, and for an Aave position by AaveMarketID(pool, collateral,
	// debt), the same key as Managed.Market.
	Venues map[common.Hash]Venue
	// Tolerance is how far (WAD) the health after may land from the
	// target before the deleverage counts as off target.
	Tolerance    *uint256.Int
	GasMarginPct uint64
	// DrainTimeout bounds how long Run waits, once its context ends, for
	// sent deleverages to be mined (zero: DefaultDrainTimeout).
	DrainTimeout time.Duration
}

// Deleverager watches managed positions and deleverages them through the
// executor: on Morpho, repay with callback, withdraw, swap (no flash-loan
// fee); on Aave v3, a flash loan of the debt repays, the collateral is
// taken through the owner's aToken allowance, withdrawn and sold, and the
// loan and its premium repaid (aave_deleverage.go). It takes each block's
// view of the managed positions through Offer and acts in its own
// goroutine, one deleverage per position at a time.
type Deleverager struct {
	log    zerolog.Logger
	node   Node
	sender Sender
	cfg    DeleverageConfig
	alerts EventSink
	// metrics is nil when nothing counts the deleverages.
	metrics DeleverageMetrics
	exec    *keeperexecutor.KeeperExecutor
	errs    *abi.ABI
	morpho  *morphoblue.MorphoBlue
	specs   map[string]Managed

	aavePool     *aavepool.AavePool
	aToken       *aaveatoken.AaveAToken
	aavePoolErrs *abi.ABI
	aTokenErrs   *abi.ABI

	mailbox *mailbox.Mailbox[[]Target]
	mu      sync.Mutex
	since   map[string]uint64 // block time the trigger first held, per position
	busy    map[string]bool
	// reported holds the reason each position's last deleverage_failed or
	// deleverage_infeasible was raised for, until the trigger clears: one
	// alert per reason and episode, not one per block.
	reported map[string]string
	sendCtx  context.Context // set by Run: outlives its ctx by the drain
	wg       sync.WaitGroup
}

// NewDeleverager watches specs.
func NewDeleverager(log zerolog.Logger, node Node, sender Sender, cfg DeleverageConfig, specs []Managed, alerts EventSink,
	opts ...DeleverageOption,
) *Deleverager {
	exec := keeperexecutor.NewKeeperExecutor()
	errs := exec.GetABI()
	pool, aToken := aavepool.NewAavePool(), aaveatoken.NewAaveAToken()
	poolErrs, aTokenErrs := pool.GetABI(), aToken.GetABI()
	d := &Deleverager{
		log: log.With().Str("component", "deleverager").Logger(), node: node, sender: sender, cfg: cfg, alerts: alerts,
		exec: exec, errs: &errs, morpho: morphoblue.NewMorphoBlue(), specs: map[string]Managed{},
		aavePool: pool, aToken: aToken, aavePoolErrs: &poolErrs, aTokenErrs: &aTokenErrs,
		mailbox: mailbox.New[[]Target](), since: map[string]uint64{}, busy: map[string]bool{}, reported: map[string]string{},
	}
	for _, s := range specs {
		d.specs[s.key()] = s
	}
	for _, o := range opts {
		o(d)
	}
	return d
}

// count counts one deleverage outcome of t's protocol.
func (d *Deleverager) count(t Target, outcome string) {
	if d.metrics != nil {
		d.metrics.DeleverageAttempt(t.Protocol(), outcome)
	}
}

// Managed returns the managed positions.
func (d *Deleverager) Managed() []Managed {
	out := make([]Managed, 0, len(d.specs))
	for _, s := range d.specs {
		out = append(out, s)
	}
	return out
}

// Watched reports whether borrower's position in market is managed.
func (d *Deleverager) Watched(market common.Hash, borrower common.Address) bool {
	_, ok := d.specs[market.Hex()+"|"+borrower.Hex()]
	return ok
}

// Offer hands over a block's view of the managed positions, replacing an
// older one not yet taken.
func (d *Deleverager) Offer(views []Target) { d.mailbox.Offer(views) }

// Run evaluates offered views until ctx ends, then waits for deleverages
// in flight.
func (d *Deleverager) Run(ctx context.Context) error {
	// A sent deleverage is seen to its receipt past ctx, for up to
	// the drain timeout, instead of being abandoned mid-flight.
	drain := cmp.Or(d.cfg.DrainTimeout, DefaultDrainTimeout)
	sendCtx, cancelSends := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSends()
	d.sendCtx = sendCtx
	for {
		select {
		case <-ctx.Done():
			done := make(chan struct{})
			go func() { d.wg.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(drain):
				d.log.Warn().Dur("timeout", drain).Msg("abandoning in-flight deleverages")
				cancelSends()
				<-done
			}
			return nil
		case <-d.mailbox.C():
			views, _ := d.mailbox.Take()
			for _, v := range views {
				d.evaluate(ctx, v)
			}
		}
	}
}

// DefaultDrainTimeout bounds how long Run waits for sent deleverages at
// shutdown when the config leaves it unset.
const DefaultDrainTimeout = 30 * time.Second

// sends is the context deleverages are sent under: Run's drain context, or
// ctx's uncancelled copy when evaluate runs outside Run (tests).
func (d *Deleverager) sends(ctx context.Context) context.Context {
	if d.sendCtx != nil {
		return d.sendCtx
	}
	return context.WithoutCancel(ctx)
}

// evaluate checks one managed position at one block.
func (d *Deleverager) evaluate(ctx context.Context, t Target) {
	spec, ok := d.specs[t.MarketID.Hex()+"|"+t.Borrower.Hex()]
	if !ok {
		return
	}
	key := spec.key()
	price := triggerPrice(spec, t)
	if price == nil {
		return // no such price this block: nothing to judge by
	}
	health, err := d.health(spec, t, price)
	if err != nil {
		if errors.Is(err, ErrAaveNotLoop) {
			// Not a position the keeper can act on: say so once, until it
			// becomes one, and only when its health at the pool's oracle
			// is under the trigger (a healthy one pages nobody).
			if c := t.Aave.Case; c == nil || c.Account == nil || !c.Account.HealthFactor.Lt(spec.Trigger) {
				return
			}
			d.mu.Lock()
			d.reportOnce(key, t, alerts.DeleverageInfeasible, alerts.Critical, err, func(ev *zerolog.Event) *zerolog.Event {
				return d.fields(ev, spec, t).Str("stage", "health")
			})
			d.mu.Unlock()
			return
		}
		d.log.Warn().Err(err).Str("borrower", t.Borrower.Hex()).Str("protocol", t.Protocol()).Msg("managed position health")
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if !health.hasDebt || !health.ratio.Lt(spec.Trigger) {
		if first, held := d.since[key]; held && !d.busy[key] {
			d.log.Info().Str("borrower", t.Borrower.Hex()).Uint64("block", t.Block.Number).
				Uint64("held_s", t.Block.Time-first).Dur("min_depeg_persist", spec.MinPersist).
				Str("health", health.ratio.Dec()).Msg("deleverage trigger cleared before it persisted")
		}
		delete(d.since, key)
		delete(d.reported, key)
		return
	}
	first, held := d.since[key]
	if !held {
		d.since[key], first = t.Block.Time, t.Block.Time
		d.log.Info().Str("borrower", t.Borrower.Hex()).Uint64("block", t.Block.Number).Str("health", health.ratio.Dec()).
			Str("trigger_health", spec.Trigger.Dec()).Str("trigger_price", spec.TriggerPrice).
			Dur("min_depeg_persist", spec.MinPersist).Msg("deleverage trigger holds")
	}
	if time.Duration(t.Block.Time-first)*time.Second < spec.MinPersist || d.busy[key] {
		return
	}
	plan, err := d.plan(ctx, spec, t, price, health)
	switch {
	case errors.Is(err, morpho.ErrAlreadyAboveTarget):
		return
	case err != nil:
		kind, severity := alerts.DeleverageFailed, alerts.Warning
		if infeasible(err) {
			kind, severity = alerts.DeleverageInfeasible, alerts.Critical
		}
		d.reportOnce(key, t, kind, severity, err, func(ev *zerolog.Event) *zerolog.Event {
			return d.fields(ev, spec, t).Str("stage", "plan").Str("health_before", health.ratio.Dec())
		})
		return
	}
	d.busy[key] = true
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		d.execute(d.sends(ctx), spec, t, plan)
		d.mu.Lock()
		delete(d.busy, key)
		delete(d.since, key) // the next episode waits MinPersist again
		d.mu.Unlock()
	}()
}

// reportOnce raises kind for err with fields plus the reason, and counts
// it for t, unless the same kind and class of reason was already raised
// for key in this episode. d.mu must be held.
func (d *Deleverager) reportOnce(key string, t Target, kind string, severity alerts.Severity, err error, fields func(*zerolog.Event) *zerolog.Event) {
	reason := kind + ": " + errorClass(err)
	if d.reported[key] == reason {
		return
	}
	d.reported[key] = reason
	outcome := DeleverageFailed
	if kind == alerts.DeleverageInfeasible {
		outcome = DeleverageInfeasible
	}
	d.count(t, outcome)
	d.alerts.Event(kind, severity, func(ev *zerolog.Event) *zerolog.Event {
		return fields(ev).Str("reason_code", reasonCode(err)).AnErr("reason", err)
	})
}

// managedHealth is a managed position's health at its trigger price, with
// what sizing it needs.
type managedHealth struct {
	ratio   uint256.Int // WAD; max uint without debt
	hasDebt bool
	morpho  morpho.Health    // a Morpho position's
	aave    *managedAaveLoop // an Aave position's loop, priced at the trigger price
}

// deleveragePlan is a sized, simulated deleverage.
type deleveragePlan struct {
	withdraw, repay *uint256.Int
	healthBefore    *uint256.Int
	healthTarget    *uint256.Int // health after at the trigger price, as sized
	proceeds        *big.Int     // simulated
	price           *uint256.Int // the trigger price it was sized at
	calldata        []byte
	gasLimit        uint64
	// Aave only: the flash-loan premium and the surplus refunded to the
	// owner (simulated), and the loop as sized, priced at the trigger.
	premium, refund *big.Int
	aave            *managedAaveLoop
}

// plan sizes the deleverage with the closed form at the trigger price and
// a realised rate of the market price less the slippage bound, simulates
// it, re-sizes once at the rate the venue actually gives, and simulates
// again.
func (d *Deleverager) plan(ctx context.Context, spec Managed, t Target, price *uint256.Int, mh managedHealth) (*deleveragePlan, error) {
	if t.Aave != nil {
		return d.planAave(ctx, spec, t, price, mh)
	}
	h := mh.morpho
	venue, ok := d.cfg.Venues[t.MarketID]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNoVenue, t.MarketName)
	}
	if t.SalePrice == nil {
		return nil, ErrNoSalePrice
	}
	lltv, err := t.lltv()
	if err != nil {
		return nil, err
	}
	rate := new(uint256.Int).Mul(t.SalePrice, uint256.NewInt(10_000-min(spec.MaxSlippageBps, 10_000)))
	rate.Div(rate, uint256.NewInt(10_000))
	var p *deleveragePlan
	for range 2 {
		p, err = d.size(ctx, spec, t, venue, price, lltv, rate, &h)
		if err != nil {
			return nil, err
		}
		// The rate the venue gives: proceeds per unit sold, 1e36 scale.
		actual := new(big.Int).Mul(p.proceeds, morpho.OraclePriceScale.ToBig())
		actual.Quo(actual, p.withdraw.ToBig())
		a, _ := uint256.FromBig(actual)
		// Sized at exactly the rate the venue just paid, any adverse move
		// before inclusion would revert the sale (proceeds < repayment);
		// half the slippage bound is kept as a cushion, its surplus
		// refunded to the owner.
		cushion := min(spec.MaxSlippageBps/2, 10_000)
		a.Mul(a, uint256.NewInt(10_000-cushion))
		a.Div(a, uint256.NewInt(10_000))
		if !a.Gt(rate) {
			break
		}
		rate = a // the venue pays better than the bound: sell less
	}
	return p, nil
}

func (d *Deleverager) size(ctx context.Context, spec Managed, t Target, v Venue, price, lltv, rate *uint256.Int, h *morpho.Health) (*deleveragePlan, error) {
	withdraw, repay, err := morpho.DeleverageAmount(&t.Position.Collateral, &h.Borrowed, price, lltv, spec.Target, rate, new(uint256.Int))
	if err != nil {
		return nil, err
	}
	if repay.IsZero() {
		return nil, fmt.Errorf("%w: nothing to repay", morpho.ErrDeleverageInfeasible)
	}
	after, err := morpho.HealthAfter(&t.Position.Collateral, &h.Borrowed, price, lltv, withdraw, repay)
	if err != nil {
		return nil, err
	}
	swap := keeperexecutor.Swap{
		Kind: v.Kind, Pool: v.Pool, I: big.NewInt(v.I), J: big.NewInt(v.J), ZeroForOne: v.ZeroForOne, MinOut: repay.ToBig(),
	}
	data := d.exec.PackDeleverage(executorParams(t.Params), t.Borrower, repay.ToBig(), withdraw.ToBig(), swap)
	to := d.cfg.Executor
	msg := ethereum.CallMsg{From: d.sender.From(), To: &to, Data: data}
	raw, err := d.node.CallContract(ctx, msg, nil)
	if err != nil {
		rev, ok := chain.RevertData(err)
		if !ok {
			return nil, fmt.Errorf("simulate deleverage: %w", err)
		}
		r := chain.DecodeRevert(rev, d.errs)
		if r.Name == "SwapOutputBelowMinimum" && len(r.Args) == 2 {
			// Sized at the worst rate the slippage bound allows, the sale
			// still falls short: the venue pays less than that.
			out, _ := r.Args[0].(*big.Int)
			return nil, fmt.Errorf("%w: selling %s fetches %s, below the %s repaid at max_slippage_bps %d under the market price",
				ErrVenueTooShallow, withdraw.Dec(), out, repay.Dec(), spec.MaxSlippageBps)
		}
		return nil, fmt.Errorf("simulate deleverage: %w: %s", ErrSimulationReverted, r.Reason)
	}
	out, err := d.exec.UnpackDeleverage(raw)
	if err != nil {
		return nil, fmt.Errorf("decode deleverage simulation: %w", err)
	}
	gas, err := d.node.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%w: estimate gas: %w", ErrSimulationReverted, err)
	}
	return &deleveragePlan{
		withdraw: withdraw, repay: repay, healthBefore: new(uint256.Int).Set(&h.Ratio), healthTarget: after,
		proceeds: out.Proceeds, price: price, calldata: data, gasLimit: gas + gas*d.cfg.GasMarginPct/100,
	}, nil
}

// execute sends the deleverage and checks where the health landed.
func (d *Deleverager) execute(ctx context.Context, spec Managed, t Target, p *deleveragePlan) {
	amounts := func(ev *zerolog.Event) *zerolog.Event {
		ev = d.fields(ev, spec, t).Str("health_before", p.healthBefore.Dec()).Str("health_expected", p.healthTarget.Dec()).
			Str("withdraw_collateral", p.withdraw.Dec()).Str("repay_assets", p.repay.Dec()).Str("proceeds", p.proceeds.String())
		if p.refund != nil {
			ev = ev.Str("flash_premium", p.premium.String()).Str("refund", p.refund.String())
		}
		return ev
	}
	to := d.cfg.Executor
	errABIs := []*abi.ABI{d.errs}
	if t.Aave != nil {
		errABIs = d.aaveErrABIs()
	}
	rcpt, err := d.sender.Send(ctx, txmgr.Candidate{
		To: &to, Data: p.calldata, GasLimit: p.gasLimit, Label: "deleverage", ErrorABIs: errABIs,
		Key: "deleverage|" + t.MarketID.Hex() + "|" + t.Borrower.Hex(),
		OnSent: func(tx *types.Transaction) {
			d.count(t, DeleverageSent)
			d.alerts.Event(alerts.DeleverageSent, alerts.Warning, func(ev *zerolog.Event) *zerolog.Event {
				return amounts(ev).Str("tx", tx.Hash().Hex())
			})
		},
	})
	if err != nil {
		if !errors.Is(err, txmgr.ErrDryRun) { // dry-run: nothing was meant to be sent
			d.count(t, DeleverageFailed)
		}
		d.alerts.Event(alerts.DeleverageFailed, alerts.Critical, func(ev *zerolog.Event) *zerolog.Event {
			ev = amounts(ev).Str("stage", "execute").AnErr("reason", err)
			if rcpt != nil {
				ev = ev.Str("tx", rcpt.TxHash.Hex())
			}
			return ev
		})
		return
	}
	d.count(t, DeleverageMined)
	var after *uint256.Int
	if t.Aave != nil {
		after, err = d.aaveHealthOnChain(ctx, spec, t, p, rcpt.BlockNumber)
	} else {
		after, err = d.healthOnChain(ctx, t, p.price, rcpt.BlockNumber)
	}
	if err != nil {
		d.alerts.Event(alerts.DeleverageFailed, alerts.Warning, func(ev *zerolog.Event) *zerolog.Event {
			return amounts(ev).Str("stage", "verify").Str("tx", rcpt.TxHash.Hex()).AnErr("reason", err)
		})
		return
	}
	var off uint256.Int
	if after.Gt(spec.Target) {
		off.Sub(after, spec.Target)
	} else {
		off.Sub(spec.Target, after)
	}
	onTarget := d.cfg.Tolerance == nil || !off.Gt(d.cfg.Tolerance)
	severity := alerts.Info
	if !onTarget {
		severity = alerts.Warning
	}
	// Cost: the sold collateral's value at the market price less what it fetched.
	value := new(big.Int).Mul(p.withdraw.ToBig(), t.SalePrice.ToBig())
	value.Quo(value, morpho.OraclePriceScale.ToBig())
	d.alerts.Event(alerts.DeleverageMined, severity, func(ev *zerolog.Event) *zerolog.Event {
		return amounts(ev).Str("tx", rcpt.TxHash.Hex()).Uint64("mined_block", rcpt.BlockNumber.Uint64()).
			Str("health_after", after.Dec()).Bool("on_target", onTarget).Uint64("gas_used", rcpt.GasUsed).
			Str("cost", new(big.Int).Sub(value, p.proceeds).String())
	})
}

// healthOnChain reads the position and market at block and returns the
// health at price, with interest accrued as Morpho does on its next touch
// (none: the deleverage itself accrued at that block).
func (d *Deleverager) healthOnChain(ctx context.Context, t Target, price *uint256.Int, block *big.Int) (*uint256.Int, error) {
	call := func(data []byte) ([]byte, error) {
		to := d.cfg.Morpho
		return d.node.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	}
	rawP, err := call(d.morpho.PackPosition(t.MarketID, t.Borrower))
	if err != nil {
		return nil, err
	}
	po, err := d.morpho.UnpackPosition(rawP)
	if err != nil {
		return nil, err
	}
	rawM, err := call(d.morpho.PackMarket(t.MarketID))
	if err != nil {
		return nil, err
	}
	mo, err := d.morpho.UnpackMarket(rawM)
	if err != nil {
		return nil, err
	}
	var p morpho.Position
	p.BorrowShares.SetFromBig(po.BorrowShares)
	p.Collateral.SetFromBig(po.Collateral)
	var m morpho.Market
	m.TotalBorrowAssets.SetFromBig(mo.TotalBorrowAssets)
	m.TotalBorrowShares.SetFromBig(mo.TotalBorrowShares)
	lltv, err := t.lltv()
	if err != nil {
		return nil, err
	}
	h, err := morpho.PositionHealth(p, m, price, lltv)
	if err != nil {
		return nil, err
	}
	return &h.Ratio, nil
}

// health is t's health at the trigger price (1e36 scale).
func (d *Deleverager) health(spec Managed, t Target, price *uint256.Int) (managedHealth, error) {
	if t.Aave != nil {
		return managedAaveHealth(spec, t, price)
	}
	lltv, err := t.lltv()
	if err != nil {
		return managedHealth{}, err
	}
	h, err := morpho.PositionHealth(t.Position, t.Market, price, lltv)
	if err != nil {
		return managedHealth{}, err
	}
	return managedHealth{ratio: h.Ratio, hasDebt: h.HasDebt, morpho: h}, nil
}

func (d *Deleverager) fields(ev *zerolog.Event, spec Managed, t Target) *zerolog.Event {
	return ev.Str("protocol", t.Protocol()).Str("market", t.MarketID.Hex()).Str("market_name", t.MarketName).Str("borrower", t.Borrower.Hex()).
		Uint64("block", t.Block.Number).Str("trigger_price", spec.TriggerPrice).
		Str("trigger_health", spec.Trigger.Dec()).Str("target_health", spec.Target.Dec())
}

// triggerPrice is the price spec watches health at; nil when unknown.
func triggerPrice(spec Managed, t Target) *uint256.Int {
	switch spec.TriggerPrice {
	case PriceMarket:
		return t.SalePrice
	case PriceFair:
		return t.FairPrice
	default:
		return t.OraclePrice
	}
}

// deleverageReasons are the known reasons a deleverage is not sent, with
// their reason_code and whether they are infeasible (no retry can help:
// deleverage_infeasible) rather than a failure (deleverage_failed).
var deleverageReasons = []struct {
	err        error
	code       string
	infeasible bool
}{
	{morpho.ErrDeleverageInfeasible, "target_unreachable", true},
	{ErrAaveDeleverageInfeasible, "target_unreachable", true},
	{ErrVenueTooShallow, "venue_too_shallow", true},
	{ErrATokenAllowance, "atoken_allowance", true},
	{ErrAaveNotLoop, "not_a_loop", true},
	{ErrAaveWithdrawUnsafe, "withdraw_health_below_one", true},
	{ErrSimulationReverted, "simulation_reverted", false},
	{ErrNoVenue, "no_venue", false},
	{ErrNoSalePrice, "no_sale_price", false},
}

// infeasible reports whether err says no deleverage can be sent until the
// owner or the market changes something.
func infeasible(err error) bool {
	for _, r := range deleverageReasons {
		if errors.Is(err, r.err) {
			return r.infeasible
		}
	}
	return false
}

// reasonCode is err's stable reason_code ("other" when unknown).
func reasonCode(err error) string {
	for _, r := range deleverageReasons {
		if errors.Is(err, r.err) {
			return r.code
		}
	}
	return "other"
}

// errorClass names an error's kind for de-duplicating alerts: the sentinel
// it wraps, not its figures, which change every block.
func errorClass(err error) string {
	for _, r := range deleverageReasons {
		if errors.Is(err, r.err) {
			return r.err.Error()
		}
	}
	return err.Error()
}
