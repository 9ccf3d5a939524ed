package strategies

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// eventLog records alert events as the keeper's Alerts would log them.
type eventLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *eventLog) Event(kind string, severity alerts.Severity, fields func(*zerolog.Event) *zerolog.Event) {
	l.mu.Lock()
	defer l.mu.Unlock()
	log := zerolog.New(&l.buf)
	fields(log.Info().Str("alert", kind).Str("severity", severity.String())).Msg("alert")
}

func (l *eventLog) events(kind string) []map[string]any {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(l.buf.String()), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil && m["alert"] == kind {
			out = append(out, m)
		}
	}
	return out
}

// deleverageCounts is a DeleverageMetrics counting "protocol outcome".
type deleverageCounts struct {
	mu sync.Mutex
	n  map[string]int
}

func newDeleverageCounts() *deleverageCounts { return &deleverageCounts{n: map[string]int{}} }

func (c *deleverageCounts) DeleverageAttempt(protocol, outcome string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[protocol+" "+outcome]++
}

func (c *deleverageCounts) all() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.n))
	for k, v := range c.n {
		out[k] = v
	}
	return out
}

// TestDeleverageCountsOutcomesOncePerEpisode: a deleverage that cannot be
// planned counts as its alert is raised, once per episode and reason,
// infeasible or failed by the alert's kind, under the position's
// protocol; without metrics nothing is counted and nothing breaks.
func TestDeleverageCountsOutcomesOncePerEpisode(t *testing.T) {
	t.Parallel()
	noop := func(ev *zerolog.Event) *zerolog.Event { return ev }
	morphoT, aaveT := Target{}, Target{Aave: &AaveTarget{}}
	for _, tc := range []struct {
		name    string
		t       Target
		kind    string
		errs    []error
		want    map[string]int
		raised  int
		metrics bool
	}{
		{name: "infeasible once per episode", t: morphoT, kind: alerts.DeleverageInfeasible,
			errs: []error{ErrVenueTooShallow, ErrVenueTooShallow}, want: map[string]int{"morpho_blue infeasible": 1}, raised: 1, metrics: true},
		{name: "a new reason counts again", t: aaveT, kind: alerts.DeleverageInfeasible,
			errs: []error{ErrATokenAllowance, ErrAaveNotLoop}, want: map[string]int{"aave_v3 infeasible": 2}, raised: 2, metrics: true},
		{name: "a plan failure", t: aaveT, kind: alerts.DeleverageFailed,
			errs: []error{ErrSimulationReverted, ErrSimulationReverted}, want: map[string]int{"aave_v3 failed": 1}, raised: 1, metrics: true},
		{name: "no metrics", t: morphoT, kind: alerts.DeleverageFailed, errs: []error{ErrNoVenue}, want: map[string]int{}, raised: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			counts := newDeleverageCounts()
			var opts []DeleverageOption
			if tc.metrics {
				opts = append(opts, WithDeleverageMetrics(counts))
			}
			events := &eventLog{}
			d := NewDeleverager(zerolog.Nop(), nil, nil, DeleverageConfig{}, nil, events, opts...)
			for _, err := range tc.errs {
				d.reportOnce("k", tc.t, tc.kind, alerts.Warning, err, noop)
			}
			require.Len(t, events.events(tc.kind), tc.raised)
			require.Equal(t, tc.want, counts.all())
		})
	}
}

// scriptedSender is a Sender whose Send broadcasts (calls OnSent) or not,
// then returns err.
type scriptedSender struct {
	broadcast bool
	err       error
}

func (scriptedSender) From() common.Address { return common.Address{} }

func (s scriptedSender) Send(_ context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	if s.broadcast {
		c.OnSent(types.NewTx(&types.DynamicFeeTx{}))
	}
	if s.err != nil {
		return nil, s.err
	}
	return &types.Receipt{BlockNumber: big.NewInt(1)}, nil
}

// TestDeleverageExecuteCountsOutcomes: a broadcast counts as sent; a send
// that fails counts as failed, a dry run as nothing.
func TestDeleverageExecuteCountsOutcomes(t *testing.T) {
	t.Parallel()
	p := &deleveragePlan{withdraw: uint256.NewInt(1), repay: uint256.NewInt(1), healthBefore: wadOf("1.05"),
		healthTarget: wadOf("1.2"), proceeds: big.NewInt(1)}
	spec := Managed{Trigger: wadOf("1.1"), Target: wadOf("1.2")}
	for _, tc := range []struct {
		name   string
		sender scriptedSender
		want   map[string]int
	}{
		{name: "reverted after broadcast", sender: scriptedSender{broadcast: true, err: fmt.Errorf("mined: %w", txmgr.ErrReverted)},
			want: map[string]int{"aave_v3 sent": 1, "aave_v3 failed": 1}},
		{name: "not sent", sender: scriptedSender{err: fmt.Errorf("send: %w", txmgr.ErrInsufficientFunds)},
			want: map[string]int{"aave_v3 failed": 1}},
		{name: "dry run", sender: scriptedSender{err: fmt.Errorf("deleverage: %w", txmgr.ErrDryRun)}, want: map[string]int{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			counts := newDeleverageCounts()
			events := &eventLog{}
			d := NewDeleverager(zerolog.Nop(), nil, tc.sender, DeleverageConfig{}, nil, events, WithDeleverageMetrics(counts))
			d.execute(t.Context(), spec, Target{Aave: &AaveTarget{}}, p)
			require.Equal(t, tc.want, counts.all())
			require.Len(t, events.events(alerts.DeleverageFailed), 1, "the alert is raised either way")
		})
	}
}

func wadOf(s string) *uint256.Int {
	v, ok := new(big.Float).SetString(s)
	if !ok {
		panic(s)
	}
	i, _ := v.Mul(v, big.NewFloat(1e18)).Int(nil)
	return uint256.MustFromBig(i)
}

// TestDeleverageMarketPriceTrigger is the scenario: a loop in the
// exchange-rate-priced 94.5% market (oracle health 1.134 at 6x) whose
// owner authorised the executor, watched at the market price with trigger
// 1.10 and target 1.25. A one-block 4% depeg does nothing; a 4% depeg
// that persists (market-price health 1.089) deleverages it to 1.25 ± 0.01,
// atomically and without inventory. An infeasible one (a slippage bound
// under which every sale lowers health) alerts and sends nothing.
func TestDeleverageMarketPriceTrigger(t *testing.T) {
	t.Parallel()
	e := newCalmEnv(t, new(big.Int))
	exec := e.deployExecutor()
	loops, err := e.d.SeedLoops(e.ctx, e.client, e.world.DeployerKey, []devnet.Loop{
		{Market: 1, Leverage: 6, EquityWad: new(big.Int).Mul(big.NewInt(10), devnet.WAD)},
		{Market: 1, Leverage: 7, EquityWad: new(big.Int).Mul(big.NewInt(10), devnet.WAD)},
	})
	require.NoError(t, err)
	managed, hopeless := loops[0], loops[1]
	for _, b := range loops {
		tm, err := txmgr.New(zerolog.Nop(), e.client, b.Key, e.world.ChainID, txmgr.Config{
			NumConfirmations: 1, ReceiptQueryInterval: 10 * time.Millisecond, ResubmitInterval: 5 * time.Second,
			NetworkTimeout: 5 * time.Second, SendTimeout: 30 * time.Second, FeeBumpPct: 10, FeeLimitMultiplier: 5,
			MinTipCap: minTipCap,
		}, nil)
		require.NoError(t, err)
		morphoAddr := e.d.Morpho
		_, err = tm.Send(e.ctx, txmgr.Candidate{To: &morphoAddr, Data: morphoABI.PackSetAuthorization(exec, true), Label: "authorize"})
		require.NoError(t, err)
		tm.Close()
	}

	mk := e.d.Markets[1]
	venue := Venue{Kind: VenueCurve, Pool: e.d.CurvePool, I: 1, J: 0}
	spec := Managed{
		Market: mk.ID, Borrower: managed.Address, Trigger: wadOf("1.10"), Target: wadOf("1.25"),
		TriggerPrice: PriceMarket, MaxSlippageBps: 50, MinPersist: 30 * time.Second,
	}
	bad := spec
	bad.Borrower, bad.MaxSlippageBps = hopeless.Address, 3_000 // a 30% haircut: no sale can raise health
	events := &eventLog{}
	counts := newDeleverageCounts()
	d := NewDeleverager(zerolog.Nop(), e.client, e.sender, DeleverageConfig{
		Morpho: e.d.Morpho, Executor: exec, Venues: map[common.Hash]Venue{mk.ID: venue},
		Tolerance: wadOf("0.01"), GasMarginPct: 25,
	}, []Managed{spec, bad}, events, WithDeleverageMetrics(counts))

	fair, err := e.d.FairRate(e.ctx, e.client)
	require.NoError(t, err)
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	view := func(b common.Address) Target {
		tg := e.targetIn(1, b)
		mp, err := e.d.MarketPrice(e.ctx, e.client)
		require.NoError(t, err)
		tg.SalePrice = uint256.MustFromBig(new(big.Int).Mul(mp, e18))
		tg.FairPrice = uint256.MustFromBig(new(big.Int).Mul(fair, e18))
		return tg
	}
	depeg := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(96)), big.NewInt(100))
	setPrice := func(p *big.Int) {
		require.NoError(t, e.d.SetMarketPrice(e.ctx, e.client, e.world.DeployerKey, p))
		require.NoError(t, e.d.SetPoolPrices(e.ctx, e.client, e.world.DeployerKey, p))
	}
	marketHealth := func(tg Target) *uint256.Int {
		h, err := morpho.PositionHealth(tg.Position, tg.Market, tg.SalePrice, uint256.MustFromBig(mk.Params.Lltv))
		require.NoError(t, err)
		return &h.Ratio
	}

	// At fair: healthy at every price, nothing happens.
	calm := view(managed.Address)
	require.True(t, marketHealth(calm).Gt(spec.Trigger))
	d.evaluate(e.ctx, calm)

	// A one-block spike: the trigger holds for one view, then clears.
	setPrice(depeg)
	spike := view(managed.Address)
	require.True(t, marketHealth(spike).Lt(spec.Trigger), "market-price health %s", marketHealth(spike).Dec())
	d.evaluate(e.ctx, spike)
	require.Contains(t, d.since, spec.key(), "the trigger holds on the spike")
	setPrice(fair)
	d.evaluate(e.ctx, view(managed.Address))
	d.wg.Wait()
	require.NotContains(t, d.since, spec.key(), "and clears the block after")
	require.Zero(t, e.sender.sent("deleverage"), "a one-block spike does not deleverage")

	// The depeg persists past min_depeg_persist.
	setPrice(depeg)
	first := view(managed.Address)
	before := marketHealth(first)
	d.evaluate(e.ctx, first)
	d.evaluate(e.ctx, view(hopeless.Address))
	require.Zero(t, e.sender.sent("deleverage"), "not before min_depeg_persist")
	for {
		e.world.Commit()
		if v := view(managed.Address); v.Block.Time >= first.Block.Time+30 {
			break
		}
	}
	d.evaluate(e.ctx, view(managed.Address))
	d.evaluate(e.ctx, view(hopeless.Address))
	d.wg.Wait()
	require.Equal(t, 1, e.sender.sent("deleverage"), "one deleverage, for the feasible position")

	mined := events.events(alerts.DeleverageMined)
	require.Len(t, mined, 1)
	require.Equal(t, true, mined[0]["on_target"], "%v", mined[0])
	hb, err := uint256.FromDecimal(mined[0]["health_before"].(string))
	require.NoError(t, err)
	require.True(t, hb.Lt(spec.Trigger) && !hb.Gt(before), "health before %s: below the trigger, %s less the interest since", hb.Dec(), before.Dec())
	after := view(managed.Address)
	h := marketHealth(after)
	lo, hi := wadOf("1.24"), wadOf("1.26")
	require.True(t, !h.Lt(lo) && !h.Gt(hi), "market-price health after %s", h.Dec())
	require.Len(t, events.events(alerts.DeleverageSent), 1)
	require.Empty(t, events.events(alerts.DeleverageFailed))
	require.Negative(t, after.Position.BorrowShares.Cmp(&first.Position.BorrowShares), "debt fell")
	require.Negative(t, after.Position.Collateral.Cmp(&first.Position.Collateral), "collateral fell")
	require.Zero(t, e.wethOf(exec).Sign(), "nothing left in the executor")

	d.evaluate(e.ctx, view(hopeless.Address)) // still infeasible next block
	infeasible := events.events(alerts.DeleverageInfeasible)
	require.Len(t, infeasible, 1, "raised once per episode, not every block")
	require.Equal(t, hopeless.Address.Hex(), infeasible[0]["borrower"])
	require.Contains(t, infeasible[0]["reason"], "cannot reach the target health")
	require.Equal(t, map[string]int{"morpho_blue sent": 1, "morpho_blue mined": 1, "morpho_blue infeasible": 1}, counts.all())
}
