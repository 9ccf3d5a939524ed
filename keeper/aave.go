package keeper

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/aave"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// AaveSpec is one Aave v3 pool to follow, by address only.
type AaveSpec struct {
	Name         string
	Pool, Oracle common.Address
	Version      aave.Version
	// StartBlock is the first block whose events name the pool's users.
	StartBlock uint64
	// Reserves link reserve tokens to watched assets: their market and
	// fair prices value the reserve beside the pool's oracle.
	Reserves []AaveReserve
}

// AaveReserve is a reserve whose token is a watched asset.
type AaveReserve struct {
	Token common.Address
	Asset int // index in the keeper's assets
}

// aaveLane follows one Aave v3 pool through protocols/aave's Tracker. The
// hot path (Begin, Apply) and the risk stage (Assess, Managed) share the
// tracker under mu.
type aaveLane struct {
	spec AaveSpec
	// env and log are set by the first Start and never change.
	env        LaneEnv
	log        zerolog.Logger
	configured bool

	mu sync.RWMutex
	// p is the pool as loaded by the last Start; a block keeps the one it
	// was applied with, so a restart never changes what an assessment in
	// progress reads.
	p *aavePool
	// touched are the users events changed since the risk stage last
	// looked: it may skip blocks, their users must still be rewritten.
	touched map[common.Address]bool
	// unlisted are reserves listed after start that were reported.
	unlisted map[common.Address]bool
	// retry are the users (and reserves) of blocks whose reads failed:
	// read again with the next block.
	retry map[common.Address]map[int]bool
	// at is the last block applied; zero after a rollback until the next.
	at chain.BlockRef

	// The risk stage's own state.
	risk aaveRisk
}

// aavePool is a loaded pool: its tracker and what the lane derived from
// its reserves.
type aavePool struct {
	tracker *protocol.Tracker
	market  *protocol.Market
	// assetOf is per reserve index the watched asset, -1 when none;
	// native is the wrapped native token's reserve, -1 when not listed.
	assetOf []int
	native  int
	// oracleKind and oracleFrom say per reserve what its price follows:
	// capped when the AaveOracle's source is one of the asset's watched
	// CAPO adapters (detected), else unknown (assumed market-priced).
	oracleKind, oracleFrom []string
}

// NewAaveLane follows the pool of spec.
func NewAaveLane(spec AaveSpec) Lane {
	return &aaveLane{spec: spec, touched: map[common.Address]bool{}, unlisted: map[common.Address]bool{}}
}

func (l *aaveLane) Protocol() string { return strategies.ProtocolAave }

// Start reads the pool's reserves, finds its users from the events since
// StartBlock and reads each of them at block.
func (l *aaveLane) Start(ctx context.Context, env LaneEnv, block chain.BlockRef) error {
	if !l.configured {
		// Once: the risk stage reads them while a later Start runs.
		l.env, l.configured = env, true
		l.log = env.Log.With().Str("protocol", strategies.ProtocolAave).Str("pool", l.spec.Name).Logger()
	}
	env = l.env
	m, err := protocol.LoadMarket(ctx, env.Reads, block.Hash, l.spec.Pool, l.spec.Oracle, l.spec.Version)
	if err != nil {
		return fmt.Errorf("aave pool %s (%s): %w", l.spec.Name, l.spec.Pool.Hex(), err)
	}
	assetOf := make([]int, len(m.Reserves))
	for i := range assetOf {
		assetOf[i] = -1
	}
	for _, r := range l.spec.Reserves {
		i, ok := m.ReserveOf(r.Token)
		if !ok {
			return fmt.Errorf("aave pool %s (%s): reserve %s (%s) is not listed", l.spec.Name, l.spec.Pool.Hex(), env.Assets[r.Asset].Symbol, r.Token.Hex())
		}
		assetOf[i] = r.Asset
	}
	native, ok := m.ReserveOf(env.WrappedNative)
	if !ok {
		native = -1
	}
	kinds, kindsFrom, err := l.oracleKinds(ctx, env, m, assetOf, block)
	if err != nil {
		return err
	}
	t := protocol.NewTracker(m)
	from, restored := l.spec.StartBlock, false
	at, ok, err := l.restore(ctx, env, t, block)
	switch {
	case err != nil:
		return err // a transient read: retried, the checkpoint kept
	case ok:
		from, restored = at.Number+1, true
	default:
		t = protocol.NewTracker(m)
	}
	users := map[common.Address]bool{}
	if from <= block.Number {
		err = env.Fetch(ctx, t.Query(), from, block.Number, func(logs []types.Log) error {
			tc, err := t.Touch(logs)
			if err != nil {
				return err
			}
			for u := range tc.Users {
				users[u] = true
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("aave pool %s: users from events: %w", l.spec.Name, err)
		}
	}
	list := make([]common.Address, 0, len(users))
	for u := range users {
		list = append(list, u)
	}
	// From a checkpoint only the users named since are read again.
	if err := t.Load(ctx, env.Reads, block, list); err != nil {
		return err
	}
	t.KeepHistory()
	l.mu.Lock()
	// The risk stage's memory (what it published) outlives a restart: users
	// gone meanwhile are removed from Redis by the next assessment.
	l.p = &aavePool{tracker: t, market: m, assetOf: assetOf, native: native, oracleKind: kinds, oracleFrom: kindsFrom}
	l.at = block
	l.mu.Unlock()
	l.log.Info().Uint64("block", block.Number).Uint64("from_block", from).Bool("from_checkpoint", restored).Int("users", t.Users()).
		Int("loops", t.Loops()).Int("complex", t.Complex()).Int("reserves", len(m.Reserves)).Msg("aave pool loaded")
	return nil
}

// oracleKinds detects the watched reserves priced through a watched CAPO
// adapter: their oracle does not follow a market depeg.
func (l *aaveLane) oracleKinds(ctx context.Context, env LaneEnv, m *protocol.Market, assetOf []int, block chain.BlockRef) (kinds, from []string, err error) {
	kinds, from = make([]string, len(assetOf)), make([]string, len(assetOf))
	var tokens []common.Address
	var idx []int
	for i, a := range assetOf {
		kinds[i], from[i] = string(stress.OracleUnknown), "assumed"
		if a >= 0 && len(env.Assets[a].Capos) > 0 {
			tokens, idx = append(tokens, m.Reserves[i].Asset), append(idx, i)
		}
	}
	if len(tokens) == 0 {
		return kinds, from, nil
	}
	sources, err := m.Sources(ctx, env.Reads, block.Hash, tokens)
	if err != nil {
		return nil, nil, fmt.Errorf("aave pool %s: %w", l.spec.Name, err)
	}
	for j, i := range idx {
		for _, c := range env.Assets[assetOf[i]].Capos {
			if c.Adapter == sources[j] {
				kinds[i], from[i] = string(stress.OracleCapped), "detected"
			}
		}
	}
	return kinds, from, nil
}

// checkpointName names the pool's checkpoint.
func (l *aaveLane) checkpointName() string {
	return "aave:" + strings.ToLower(l.spec.Pool.Hex())
}

// restore loads the stored checkpoint into t when its block is still
// canonical and not after block; a missing, refused or orphaned one is
// logged and ignored, a failed header read is an error (retried).
func (l *aaveLane) restore(ctx context.Context, env LaneEnv, t *protocol.Tracker, block chain.BlockRef) (chain.BlockRef, bool, error) {
	if env.Checkpoints == nil || env.Headers == nil {
		return chain.BlockRef{}, false, nil
	}
	data, ok, err := env.Checkpoints.LoadNamedCheckpoint(ctx, l.checkpointName())
	if err != nil || !ok {
		if err != nil {
			l.log.Warn().Err(err).Msg("aave checkpoint unreadable: reading the pool's users from events")
		}
		return chain.BlockRef{}, false, nil
	}
	at, err := t.Restore(data)
	if err != nil {
		l.log.Warn().Err(err).Msg("aave checkpoint refused: reading the pool's users from events")
		return chain.BlockRef{}, false, nil
	}
	reason := ""
	if at.Number > block.Number {
		reason = "checkpoint is ahead of the head"
	} else {
		h, err := env.Headers.HeaderByNumber(ctx, new(big.Int).SetUint64(at.Number))
		if err != nil {
			return chain.BlockRef{}, false, fmt.Errorf("aave pool %s: read header %d of the checkpoint: %w", l.spec.Name, at.Number, err)
		}
		if h.Hash() != at.Hash {
			reason = "checkpoint block is no longer on the chain"
		}
	}
	if reason != "" {
		l.log.Warn().Uint64("checkpoint_block", at.Number).Str("reason", reason).Msg("aave checkpoint discarded: reading the pool's users from events")
		return chain.BlockRef{}, false, nil
	}
	return at, true, nil
}

// Checkpoint encodes the tracker as of the last applied block.
func (l *aaveLane) Checkpoint() (string, []byte, chain.BlockRef, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.p == nil || l.at.Hash == (common.Hash{}) {
		return "", nil, chain.BlockRef{}, false
	}
	return l.checkpointName(), l.p.tracker.Checkpoint(l.at), l.at, true
}

func (l *aaveLane) Query() ethereum.FilterQuery {
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.p.tracker.Query()
}

func (l *aaveLane) Rollback(block uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, u := range l.p.tracker.Rollback(block) {
		l.touched[u] = true
	}
	l.at = chain.BlockRef{} // the ancestor's hash is not known here
}

func (l *aaveLane) Prune(block uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.p.tracker.Prune(block)
}

// aaveStep is a block's reads.
type aaveStep struct {
	l       *aaveLane
	touched *protocol.Touched
	read    *protocol.Read
}

func (l *aaveLane) Begin(logs []types.Log) (LaneStep, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	tc, err := l.p.tracker.Touch(logs)
	if err != nil {
		return nil, fmt.Errorf("aave pool %s: %w", l.spec.Name, err)
	}
	for u, rs := range l.retry {
		if tc.Users[u] == nil {
			tc.Users[u] = map[int]bool{}
		}
		for r := range rs {
			tc.Users[u][r] = true
		}
	}
	for _, r := range tc.Unlisted {
		if !l.unlisted[r] {
			// Its users' balances in it are not followed until restart.
			l.log.Warn().Str("reserve", r.Hex()).Msg("aave reserve listed after start: its events are skipped until restart")
		}
	}
	return &aaveStep{l: l, touched: tc, read: l.p.tracker.Plan(tc)}, nil
}

func (s *aaveStep) Calls() []chain.Call { return s.read.Calls() }

func (s *aaveStep) Apply(block chain.BlockRef, res []chain.Result, readings []oracle.AssetReading) (LaneBlock, []strategies.Target, error) {
	l := s.l
	l.mu.Lock()
	st, err := l.p.tracker.Apply(block, s.read, res)
	if err != nil {
		// The block's logs are consumed: its users are read again with
		// the next block's.
		if l.retry == nil {
			l.retry = map[common.Address]map[int]bool{}
		}
		for u, rs := range s.touched.Users {
			if l.retry[u] == nil {
				l.retry[u] = map[int]bool{}
			}
			for r := range rs {
				l.retry[u][r] = true
			}
		}
	} else {
		l.retry = nil
		l.at = block
		for u := range s.touched.Users {
			l.touched[u] = true
		}
		for _, r := range s.touched.Unlisted {
			l.unlisted[r] = true
		}
	}
	l.mu.Unlock()
	if err != nil {
		return nil, nil, fmt.Errorf("aave pool %s: %w", l.spec.Name, err)
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	found, err := l.p.tracker.Liquidatable(st)
	if err != nil {
		return nil, nil, fmt.Errorf("aave pool %s: %w", l.spec.Name, err)
	}
	b := &aaveBlock{l: l, p: l.p, state: st, readings: readings}
	targets := make([]strategies.Target, 0, len(found))
	for i := range found {
		if found[i].Case == nil {
			continue // nothing a liquidation can seize
		}
		targets = append(targets, b.target(&found[i]))
	}
	return b, targets, nil
}

// Failed is the block of a pool that could not be followed: its status
// row carries the error.
func (l *aaveLane) Failed(err error) LaneBlock { return &aaveDown{l: l, err: err} }

type aaveDown struct {
	l   *aaveLane
	err error
}

func (d *aaveDown) Assess(bool, []oracle.AssetReading) []oracle.MarketRisk {
	return []oracle.MarketRisk{{Protocol: strategies.ProtocolAave, ID: aavePoolID(d.l.spec.Pool), Name: d.l.spec.Name + " pool", Err: d.err}}
}

func (d *aaveDown) Managed([]strategies.Managed) []strategies.Target { return nil }

// aaveBlock is one block of the lane: the state it was applied at.
type aaveBlock struct {
	l        *aaveLane
	p        *aavePool
	state    *protocol.State
	readings []oracle.AssetReading
}

// target is the strategies' view of a user at the block: the pair to
// liquidate with its terms and the collateral's prices in debt units. Its
// market is the one the user's records and position alerts are in (its
// loop market, or the pool's multi-asset market), so that liquidation and
// position alerts name the same market. The caller holds l.mu.
func (b *aaveBlock) target(f *protocol.Target) strategies.Target {
	l := b.l
	m := b.p.market
	coll, debt := &m.Reserves[f.Coll], &m.Reserves[f.Debt]
	id, name := aaveOthersID(m.Pool), l.spec.Name+" multi-asset"
	if loop, ok := b.p.tracker.Loop(f.User); ok {
		id = aaveLoopMarketID(m.Pool, m.Reserves[loop.Coll].Asset, m.Reserves[loop.Debt].Asset, loop.EMode)
		name = b.loopName(aaveRowKey{coll: loop.Coll, debt: loop.Debt, emode: loop.EMode})
	}
	t := strategies.Target{
		Block: b.state.Block, MarketID: id, MarketName: name, Borrower: f.User,
		LoanIsNative: f.Debt == b.p.native,
		Aave:         &strategies.AaveTarget{Pool: m.Pool, Collateral: coll.Asset, Debt: debt.Asset, ATokenColl: coll.AToken, Case: f.Case},
	}
	if p, err := strategies.AaveOraclePrice(&b.state.Reserves[f.Coll], &b.state.Reserves[f.Debt]); err == nil {
		t.OraclePrice = p
	}
	if ai := b.p.assetOf[f.Coll]; ai >= 0 && t.LoanIsNative {
		refs := scaledRefs(b.readings[ai], coll.Config.Decimals, debt.Config.Decimals)
		refs.set(&t)
	}
	return t
}

// loopName names a loop market: its pair and e-mode category.
func (b *aaveBlock) loopName(k aaveRowKey) string {
	name := b.pairName(k.coll, k.debt)
	if k.emode != 0 {
		name += fmt.Sprintf(" e-mode %d", k.emode)
	}
	return name
}

// pairName names a (collateral, debt) pair of the pool.
func (b *aaveBlock) pairName(coll, debt int) string {
	return b.l.spec.Name + " " + b.symbol(coll) + "/" + b.symbol(debt)
}

// symbol is a reserve's watched asset symbol, "WETH"-like for the wrapped
// native token, else its address.
func (b *aaveBlock) symbol(r int) string {
	if a := b.p.assetOf[r]; a >= 0 {
		return b.l.env.Assets[a].Symbol
	}
	if r == b.p.native {
		return "WETH"
	}
	return b.p.market.Reserves[r].Asset.Hex()
}

// Managed is the block's view of the managed positions in this pool: each
// with the case of its configured pair, whatever its health.
func (b *aaveBlock) Managed(specs []strategies.Managed) []strategies.Target {
	l := b.l
	l.mu.RLock()
	defer l.mu.RUnlock()
	m := b.p.market
	var out []strategies.Target
	for _, spec := range specs {
		for ci := range m.Reserves {
			if b.p.assetOf[ci] < 0 || b.p.native < 0 || spec.Market != strategies.AaveMarketID(m.Pool, m.Reserves[ci].Asset, m.Reserves[b.p.native].Asset) {
				continue
			}
			f, ok, err := b.p.tracker.Position(b.state, spec.Borrower, ci, b.p.native)
			if err != nil {
				l.log.Warn().Err(err).Str("borrower", spec.Borrower.Hex()).Msg("managed aave position not assessed")
				continue
			}
			if ok {
				// A managed position is named as configured: its pair.
				t := b.target(&f)
				t.MarketID, t.MarketName = spec.Market, b.pairName(ci, b.p.native)
				out = append(out, t)
			}
		}
	}
	return out
}

var oracleScale = morpho.OraclePriceScale.ToBig()

// scaledRefs are an asset's market, fair and source prices (WAD, ETH per
// token) in loan units per collateral unit at the 1e36 scale, for a market
// or pair whose loan is the wrapped native token; a price unknown or out
// of range is left out.
func scaledRefs(asset oracle.AssetReading, collDec, debtDec uint8) priceRefs {
	var p priceRefs
	scale := func(q oracle.Quote, qerr error) *uint256.Int {
		if qerr != nil || q.Price == nil || q.Price.Sign() < 0 {
			return nil
		}
		w, overflow := uint256.FromBig(q.Price)
		if overflow {
			return nil
		}
		s, err := morpho.ScalePriceWad(w, collDec, debtDec)
		if err != nil {
			return nil
		}
		return s
	}
	p.sale = scale(asset.Market, asset.MarketErr)
	p.fair = scale(asset.Fair, asset.FairErr)
	for _, src := range asset.Sources {
		if s := scale(src.Quote, src.Err); s != nil {
			p.sources = append(p.sources, s)
		}
	}
	return p
}

// aaveLoopMarketID names a loop market of the pool in the published
// records: its pair and e-mode category.
func aaveLoopMarketID(pool, coll, debt common.Address, emode uint8) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), coll.Bytes(), debt.Bytes(), []byte{emode})
}

// aavePoolID names the pool's status row: the pool as a whole (counts,
// and the reason when it cannot be followed).
func aavePoolID(pool common.Address) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), []byte("pool"))
}

// aaveOthersID names the pool's pseudo-market of indebted users that are
// not loops (several collaterals or debts).
func aaveOthersID(pool common.Address) common.Hash {
	return crypto.Keccak256Hash(pool.Bytes(), []byte("multi-asset"))
}
