package oracle

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
)

// Growth windows of the fair rate, in days.
var GrowthWindows = []int{7, 30, 60}

const day = 24 * 60 * 60

// AssetRisk is what needs history to know: the capped fair value, the
// depeg's EMA, bands and persistence, slashes and staleness of the rate,
// executable depeg, growth and the risk score.
type AssetRisk struct {
	FairCapped  *big.Int // min(fair, cap); nil without a fair value
	CapMax      *big.Int // the cap at this block; nil when CAPO is off
	CapBinding  bool
	CapSnapshot riskmath.CapoSnapshot

	Depeg       riskmath.DepegState
	BandChanges []riskmath.BandChange

	Rate riskmath.RateEvent // Slash, SlashBps, Stale, Age

	// ExecDepeg per ExecSizes: 1 − proceeds/(size·fair), WAD; nil entries unknown.
	ExecDepeg []*big.Int
	// Growth per GrowthWindows: annualised growth of the fair rate, WAD;
	// nil where history does not reach back that far.
	Growth []*big.Int
	// GrowthSpan is the actual seconds each Growth figure spans.
	GrowthSpan []uint64

	Score uint8
}

// AssetPolicy is an asset's risk configuration.
type AssetPolicy struct {
	Symbol           string
	BandsBps         []uint64
	HysteresisBps    uint64
	EMAHalfLife      time.Duration
	ExpectedCadence  time.Duration // 0: no staleness check
	SlashCriticalBps uint64
	// SlashMinBps ignores falls of the fair rate smaller than this (ERC-4626
	// rounding, rates that track an LST oracle); 0 counts every fall.
	SlashMinBps  uint64
	CapoGrowth   *big.Int // yearly, WAD; nil or 0 disables
	CapoInterval time.Duration
}

// StateStore persists what must survive a restart: CAPO snapshots and the
// fair rate's history.
type StateStore interface {
	LoadCapo(ctx context.Context, symbol string) (riskmath.CapoSnapshot, bool, error)
	SaveCapo(ctx context.Context, symbol string, s riskmath.CapoSnapshot) error
	AddRateSample(ctx context.Context, symbol string, at uint64, rate *big.Int) error
	// RateAtOrBefore is the newest sample taken at or before t.
	RateAtOrBefore(ctx context.Context, symbol string, t uint64) (at uint64, rate *big.Int, ok bool, err error)
}

type assetState struct {
	policy     AssetPolicy
	depeg      *riskmath.DepegTracker
	rate       *riskmath.RateWatch
	capo       riskmath.CapoSnapshot
	capoLoaded bool
	lastSample uint64
	lastRate   *big.Int // the fair rate stored at lastSample
	// anchors caches the rate history lookups of each growth window; they
	// are refreshed once per anchorRefresh of block time, not every block.
	anchors     []anchor
	anchorsTime uint64
}

type anchor struct {
	at   uint64
	rate *big.Int
}

// storeTimeout bounds each state-store call: a hung Redis must not stall
// the block's pass, whose health checks and liquidations come first.
const storeTimeout = 300 * time.Millisecond

// storePause is how long the engine leaves the store alone after a failure.
const storePause = 10 * time.Second

// anchorRefresh is how often (block time) the growth anchors are re-read.
const anchorRefresh = 60

// Engine turns each block's readings into AssetRisk, keeping per-asset
// state between blocks. It is used from one goroutine.
type Engine struct {
	log            zerolog.Logger
	store          StateStore
	sampleInterval uint64
	assets         map[string]*assetState
	storeDownUntil time.Time
	now            func() time.Time
	capoDue        atomic.Bool // a scheduled growth-cap snapshot is due
}

// storeCtx gives a store call its own short deadline, detached from the
// pass; ok is false while the store is paused after a failure.
func (e *Engine) storeCtx(ctx context.Context) (context.Context, context.CancelFunc, bool) {
	if e.now().Before(e.storeDownUntil) {
		return nil, nil, false
	}
	c, cancel := context.WithTimeout(context.WithoutCancel(ctx), storeTimeout)
	return c, cancel, true
}

// storeFailed pauses store calls after an error, logging once per pause.
func (e *Engine) storeFailed(err error, what string) {
	e.storeDownUntil = e.now().Add(storePause)
	e.log.Warn().Err(err).Str("op", what).Dur("pause", storePause).Msg("risk state store failed, pausing it")
}

// NewEngine builds the engine for policies; samples of the fair rate are
// stored every sampleInterval of block time.
func NewEngine(log zerolog.Logger, store StateStore, policies []AssetPolicy, sampleInterval time.Duration) (*Engine, error) {
	e := &Engine{
		log:            log.With().Str("component", "risk").Logger(),
		store:          store,
		sampleInterval: uint64(max(sampleInterval, time.Second) / time.Second),
		assets:         map[string]*assetState{},
		now:            time.Now,
	}
	for _, p := range policies {
		dt, err := riskmath.NewDepegTracker(p.EMAHalfLife, p.BandsBps, min(p.HysteresisBps, p.BandsBps[0]-1))
		if err != nil {
			return nil, fmt.Errorf("asset %s: depeg tracker: %w", p.Symbol, err)
		}
		cadence := p.ExpectedCadence
		if cadence <= 0 {
			cadence = 100 * 365 * 24 * time.Hour // slash detection only
		}
		rw, err := riskmath.NewRateWatch(cadence)
		if err != nil {
			return nil, fmt.Errorf("asset %s: rate watch: %w", p.Symbol, err)
		}
		e.assets[p.Symbol] = &assetState{policy: p, depeg: dt, rate: rw}
	}
	return e, nil
}

// Assess sets r.Risk for each reading at block time now. Store failures are
// logged and do not stop the assessment: a missing history entry only
// leaves a growth figure out.
func (e *Engine) Assess(ctx context.Context, now uint64, readings []AssetReading) {
	forceCapo := e.capoDue.Swap(false)
	for i := range readings {
		r := &readings[i]
		st, ok := e.assets[r.Symbol]
		if !ok {
			continue
		}
		risk := &AssetRisk{}
		if r.FairErr == nil {
			e.capo(ctx, st, r.Fair.Price, now, forceCapo, risk)
			risk.Rate = st.rate.Update(now, r.Fair.Price)
			if risk.Rate.Slash && st.policy.SlashMinBps > 0 &&
				risk.Rate.SlashBps.Cmp(new(big.Int).Mul(new(big.Int).SetUint64(st.policy.SlashMinBps), wad)) < 0 {
				risk.Rate.Slash, risk.Rate.SlashBps = false, nil // below the noise floor
			}
			e.sample(ctx, st, now, r.Fair.Price)
			risk.Growth, risk.GrowthSpan = e.growth(ctx, st, now, r.Fair.Price)
			risk.ExecDepeg = execDepeg(r.ExecProceeds, r.Fair.Price)
		}
		risk.Depeg, risk.BandChanges = st.depeg.Update(now, r.Depeg)
		var execLargest *big.Int
		for _, d := range risk.ExecDepeg {
			if d != nil {
				execLargest = d
			}
		}
		risk.Score = riskmath.RiskScore(riskmath.ScoreInputs{
			DepegWad: r.Depeg, Disagree: r.Agg.Disagree, SlashBps: risk.Rate.SlashBps, RateStale: risk.Rate.Stale,
			CapBinding: risk.CapBinding, ExecDepegWad: execLargest, MissingMarket: r.MarketErr != nil,
		})
		r.Risk = risk
	}
}

// RequestCapoSnapshot makes the next Assess take a growth-cap snapshot for
// every capped asset whatever its interval (the scheduled snapshot, as a
// risk steward's weekly update): at most the current cap, as always.
func (e *Engine) RequestCapoSnapshot() { e.capoDue.Store(true) }

func (e *Engine) capo(ctx context.Context, st *assetState, rate *big.Int, now uint64, force bool, risk *AssetRisk) {
	p := st.policy
	risk.FairCapped = new(big.Int).Set(rate)
	if p.CapoGrowth == nil || p.CapoGrowth.Sign() == 0 {
		return
	}
	if !st.capoLoaded {
		// Without the stored snapshot a fresh one would reset the cap (and
		// could overwrite the stored one): no cap until it is loaded.
		sctx, cancel, ok := e.storeCtx(ctx)
		if !ok {
			return
		}
		snap, found, err := e.store.LoadCapo(sctx, p.Symbol)
		cancel()
		if err != nil {
			e.storeFailed(err, "load capo snapshot")
			return
		}
		st.capoLoaded = true
		if found {
			st.capo = snap
		}
	}
	interval := uint64(p.CapoInterval / time.Second)
	if force {
		interval = 0
	}
	next, changed, err := riskmath.NextSnapshot(st.capo, rate, now, interval, p.CapoGrowth)
	if err != nil {
		e.log.Warn().Err(err).Str("asset", p.Symbol).Msg("capo snapshot not advanced")
	} else if changed {
		st.capo = next
		if sctx, cancel, ok := e.storeCtx(ctx); ok {
			if err := e.store.SaveCapo(sctx, p.Symbol, next); err != nil {
				e.storeFailed(err, "save capo snapshot")
			}
			cancel()
		}
	}
	risk.CapSnapshot = st.capo
	capped, maxRate, binding, err := riskmath.CapRate(rate, st.capo, p.CapoGrowth, now)
	if err != nil {
		e.log.Warn().Err(err).Str("asset", p.Symbol).Msg("capo cap not computed")
		return
	}
	risk.FairCapped, risk.CapMax, risk.CapBinding = capped, maxRate, binding
}

func (e *Engine) sample(ctx context.Context, st *assetState, now uint64, rate *big.Int) {
	if st.lastSample != 0 && now < st.lastSample+e.sampleInterval {
		return
	}
	sctx, cancel, ok := e.storeCtx(ctx)
	if !ok {
		return
	}
	defer cancel()
	if err := e.store.AddRateSample(sctx, st.policy.Symbol, now, rate); err != nil {
		e.storeFailed(err, "store rate sample")
		return
	}
	st.lastSample, st.lastRate = now, new(big.Int).Set(rate)
}

// Rewrite writes the engine's durable state back from memory, for a store
// that lost it (a Redis restarted empty): each asset's CAPO snapshot and
// the fair-rate samples it holds (the growth windows' anchors and the last
// sample), so the cap and the growth figures carry on. It is called from
// the goroutine that calls Assess.
func (e *Engine) Rewrite(ctx context.Context) error {
	var errs []error
	for sym, st := range e.assets {
		c, cancel := context.WithTimeout(context.WithoutCancel(ctx), storeTimeout)
		if st.capoLoaded && st.capo.Rate != nil {
			if err := e.store.SaveCapo(c, sym, st.capo); err != nil {
				errs = append(errs, fmt.Errorf("asset %s: %w", sym, err))
			}
		}
		samples := append([]anchor(nil), st.anchors...)
		if st.lastRate != nil {
			samples = append(samples, anchor{at: st.lastSample, rate: st.lastRate})
		}
		for _, a := range samples {
			if a.rate == nil {
				continue
			}
			if err := e.store.AddRateSample(c, sym, a.at, a.rate); err != nil {
				errs = append(errs, fmt.Errorf("asset %s: %w", sym, err))
				break
			}
		}
		cancel()
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("rewrite risk state: %w", err)
	}
	return nil
}

// growth is the annualised growth over each window, from the newest
// history sample at least the window old. A sample much older than the
// window (a gap in the history) is not passed off as that window's figure.
func (e *Engine) growth(ctx context.Context, st *assetState, now uint64, rate *big.Int) ([]*big.Int, []uint64) {
	if st.anchors == nil || now >= st.anchorsTime+anchorRefresh {
		if fresh, ok := e.loadAnchors(ctx, st, now); ok {
			st.anchors, st.anchorsTime = fresh, now
		}
	}
	out := make([]*big.Int, len(GrowthWindows))
	spans := make([]uint64, len(GrowthWindows))
	for i, days := range GrowthWindows {
		if i >= len(st.anchors) || st.anchors[i].rate == nil {
			continue
		}
		a := st.anchors[i]
		w := uint64(days) * day
		if now <= a.at || now-a.at > w+w/2 {
			continue
		}
		g, err := riskmath.AnnualisedGrowth(rate, a.rate, now-a.at)
		if err != nil {
			continue
		}
		out[i], spans[i] = g, now-a.at
	}
	return out, spans
}

func (e *Engine) loadAnchors(ctx context.Context, st *assetState, now uint64) ([]anchor, bool) {
	out := make([]anchor, len(GrowthWindows))
	for i, days := range GrowthWindows {
		w := uint64(days) * day
		if now < w {
			continue
		}
		sctx, cancel, ok := e.storeCtx(ctx)
		if !ok {
			return nil, false
		}
		at, then, found, err := e.store.RateAtOrBefore(sctx, st.policy.Symbol, now-w)
		cancel()
		if err != nil {
			e.storeFailed(err, "read rate history")
			return nil, false
		}
		if found {
			out[i] = anchor{at: at, rate: then}
		}
	}
	return out, true
}

func execDepeg(proceeds []*big.Int, fair *big.Int) []*big.Int {
	if len(proceeds) == 0 {
		return nil
	}
	out := make([]*big.Int, len(proceeds))
	for i, p := range proceeds {
		if p == nil {
			continue
		}
		qty := new(big.Int).Mul(big.NewInt(ExecSizes[i]), wad)
		if d, err := riskmath.ExecDepeg(p, qty, fair); err == nil {
			out[i] = d
		}
	}
	return out
}

// Policy returns the policy of symbol.
func (e *Engine) Policy(symbol string) (AssetPolicy, bool) {
	st, ok := e.assets[symbol]
	if !ok {
		return AssetPolicy{}, false
	}
	return st.policy, true
}
