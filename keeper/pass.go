package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// reader joins the adapter's market views and the book with the asset
// prices: targets for the hot path, the risk view for the risk stage.
type reader struct {
	book    *book.Book
	adapter *protocol.Adapter
	assets  []oracle.Asset
	markets []*Market
	native  common.Address
	// healthAlert (WAD) decides which positions count as at risk.
	healthAlert *big.Int
	// engine adds the history-based asset figures; nil leaves them out.
	engine *oracle.Engine
	// shocks and slippage drive the stress scenarios; no shocks, no stress.
	shocks   []stress.Shock
	slippage *big.Int
	// refreshInterval is how often every position is written at least
	// once; the risk stage writes a slice of the book per block.
	refreshInterval time.Duration
	// Risk-stage state: per market the at-risk set of the last block and
	// the refresh cursor (a slot index), and the last block time seen.
	atRisk     []map[common.Address]bool
	cursor     []int
	lastTime   uint64
	orderedBuf [][]morpho.Position
}

// refreshSlice is how many slots of each market this block refreshes, so
// that the whole book is written within refreshInterval of block time.
func (r *reader) refreshSlice(blockTime uint64) []int {
	out := make([]int, len(r.markets))
	dt := uint64(1)
	if r.lastTime != 0 && blockTime > r.lastTime {
		dt = blockTime - r.lastTime
	}
	r.lastTime = max(r.lastTime, blockTime)
	interval := uint64(max(r.refreshInterval/time.Second, 1))
	r.book.RLock()
	defer r.book.RUnlock()
	for i := range r.markets {
		n := uint64(r.adapter.BookMarket(i).SlotCount())
		out[i] = int(min(n, (n*dt+interval-1)/interval))
	}
	return out
}

// View is the result of one block: the published snapshot and, for the
// executor, every liquidatable position with the state it was judged on.
type View struct {
	Snapshot *oracle.Snapshot
	Targets  []strategies.Target
	// marketStates are the per-market states behind the snapshot.
	marketStates []marketState
}

type marketState struct {
	err       error // the market could not be read this block
	market    *Market
	accrued   morpho.Market
	rate      *uint256.Int // IRM borrow rate per second
	price     *uint256.Int // nil when the oracle failed
	positions []positionState
}

type positionState struct {
	borrower common.Address
	pos      morpho.Position
	risk     *oracle.PositionRisk
}

// blockState is what the hot path hands to the risk stage: the block's
// asset readings (not yet assessed) and market views, and the positions its
// events changed.
type blockState struct {
	block    chain.BlockRef
	readings []oracle.AssetReading
	views    []protocol.View
	changed  []protocol.Change
	// lanes are the other protocols' blocks, in the keeper's lane order,
	// and laneTargets how many liquidatable positions they found.
	lanes       []LaneBlock
	laneTargets int
	started     time.Time
}

// hot is one block's hot path: bring the book to head (a reorg check, the
// new events, one batch pinned to the head's hash with every asset price
// and each market's totals, oracle price and IRM rate), then find the
// liquidatable positions through the book's order. With a pre-liquidation
// factory the same log request carries its events and the authorisations,
// the same batch the pre-liquidation oracles' prices, and the authorised
// positions inside a contract's window follow the liquidation targets.
func (k *Keeper) hot(ctx context.Context, head *types.Header) (*blockState, []strategies.Target, error) {
	pctx, cancel := context.WithTimeout(ctx, 3*k.settings.CallTimeout)
	defer cancel()
	block := chain.RefOf(head)
	if !k.built {
		// The start-up read is not bound by a block's budget: a backfill
		// over millions of blocks takes minutes, and a retry would start
		// over.
		bctx, cancelBoot := context.WithTimeout(ctx, bootstrapTimeout)
		err := k.bootstrap(bctx, block)
		cancelBoot()
		if err != nil {
			return nil, nil, err
		}
		k.built = true
	} else if err := k.checkReorg(pctx, head); err != nil {
		if errors.Is(err, errReorgTooDeep) {
			k.rebuild()
		}
		return nil, nil, err
	}
	if k.preStale {
		// After a reorg (rare): a rebuild over the factory's history, not
		// bound by a block's budget.
		bctx, cancelLoad := context.WithTimeout(ctx, bootstrapTimeout)
		err := k.loadPreLiquidations(bctx, k.next-1)
		cancelLoad()
		if err != nil {
			return nil, nil, err
		}
	}
	k.startLanes(ctx, block, false) // the lanes down and due for a retry
	query := k.query()
	from := k.next
	var logs []types.Log
	if block.Number >= k.next {
		err := k.fetchLogs(pctx, query, k.next, block.Number, func(l []types.Log) error {
			logs = append(logs, l...)
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
	}
	for i := range logs {
		if logs[i].BlockNumber == block.Number && logs[i].BlockHash != block.Hash {
			return nil, nil, fmt.Errorf("logs of block %d are from %s, not the head %s: the chain moved", block.Number, logs[i].BlockHash.Hex(), block.Hash.Hex())
		}
	}
	pending, err := k.adapter.Prepare(logs, block)
	if err != nil {
		return nil, nil, err
	}
	preEvents, err := k.admitPreLiquidations(ctx, logs, from)
	if err != nil {
		return nil, nil, err
	}
	// A lane that fails (to start, to read, to apply) is down for this
	// block: its rows say why, and Morpho's targets are not held back.
	laneBlocks := make([]LaneBlock, len(k.lanes))
	steps := make([]LaneStep, len(k.lanes))
	for i, l := range k.lanes {
		if st := k.laneStates[i]; !st.up {
			laneBlocks[i] = l.Failed(fmt.Errorf("not started: %w", st.err))
			continue
		}
		if steps[i], err = l.Begin(logs); err != nil {
			laneBlocks[i], steps[i] = l.Failed(err), nil
		}
	}
	var plan chain.Plan
	assetSlots := make([]oracle.AssetSlots, len(k.reader.assets))
	for i, a := range k.reader.assets {
		assetSlots[i] = a.Plan(&plan)
	}
	reads := k.adapter.Plan(&plan, pending)
	var preReads *protocol.PreLiquidationReads
	if k.pre != nil {
		preReads = k.pre.Plan(&plan)
	}
	laneSlots := make([]chain.Slot, len(steps))
	for i, s := range steps {
		if s != nil {
			laneSlots[i] = plan.Add(s.Calls()...)
		}
	}
	res, err := k.mc.Do(pctx, block.Hash, plan.Calls())
	if err != nil {
		return nil, nil, fmt.Errorf("read block %d: %w", block.Number, err)
	}
	readings := make([]oracle.AssetReading, len(k.reader.assets))
	for i, a := range k.reader.assets {
		readings[i] = a.Read(assetSlots[i], res, block)
	}
	// The lanes apply first: their reads are balances, so a block that
	// fails after them is re-applied harmlessly; Morpho's are deltas.
	var laneTargets []strategies.Target
	applied := make([]bool, len(steps))
	for i, s := range steps {
		if s == nil {
			continue
		}
		lb, found, err := s.Apply(block, laneSlots[i].Of(res), readings)
		if err != nil {
			laneBlocks[i] = k.lanes[i].Failed(err)
			continue
		}
		laneBlocks[i], applied[i] = lb, true
		laneTargets = append(laneTargets, found...)
	}
	views, err := k.adapter.Finish(pctx, k.mc, block, pending, reads, res)
	if err != nil {
		// The block is not recorded: undo the lanes' changes, or a reorg
		// of it would never roll them back.
		for i, ok := range applied {
			if ok {
				k.lanes[i].Rollback(k.next - 1)
			}
		}
		return nil, nil, err
	}
	if k.pre != nil {
		k.pre.Apply(preEvents)
	}
	if block.Number >= k.next {
		k.next = block.Number + 1
	}
	k.remember(block)
	for i := range views {
		for _, d := range views[i].Repaired {
			k.alertDrift(d, "event")
		}
	}
	targets, err := k.reader.targets(block, views, readings)
	if err != nil {
		return nil, nil, err
	}
	if k.pre != nil {
		pre, err := k.reader.preTargets(block, views, readings, k.pre.Views(views, preReads, res), targets)
		if err != nil {
			// One position's arithmetic never holds back the block's
			// liquidations.
			k.log.Warn().Err(err).Uint64("block", block.Number).Msg("pre-liquidation targets incomplete")
		}
		targets = append(targets, pre...)
	}
	targets = append(targets, laneTargets...)
	changed := append(k.rolledBack, pending.Changed()...)
	k.rolledBack = nil
	return &blockState{block: block, readings: readings, views: views, changed: changed, lanes: laneBlocks, laneTargets: len(laneTargets)}, targets, nil
}

// bootstrapTimeout bounds the start-up read (events from the start block,
// then every position).
const bootstrapTimeout = 30 * time.Minute

// rebuild drops the book so that the next block reads it from the chain.
func (k *Keeper) rebuild() {
	k.built = false
	k.recent = k.recent[:0]
}

// targets lists every liquidatable position at the block's oracle prices,
// found through the book's order.
func (r *reader) targets(block chain.BlockRef, views []protocol.View, readings []oracle.AssetReading) ([]strategies.Target, error) {
	var out []strategies.Target
	r.book.RLock()
	defer r.book.RUnlock()
	for i := range views {
		v := &views[i]
		if v.Err != nil || v.Price == nil {
			continue
		}
		m := v.Market
		asset := readings[m.Asset]
		refs := r.priceRefs(asset, m)
		err := protocol.Below(r.adapter.BookMarket(i), &v.Accrued, v.Price, m.LLTV, protocol.WAD, func(rec *book.Record, _ *morpho.Health) bool {
			t := strategies.Target{
				Block: block, MarketID: m.ID, MarketName: m.Name, Params: m.Params,
				Borrower: rec.Owner, Market: v.Accrued, OraclePrice: v.Price, LoanIsNative: r.loanIsETH(m),
			}
			refs.set(&t)
			t.Position.Collateral.Set(&rec.Collateral)
			t.Position.BorrowShares.Set(&rec.Debt)
			out = append(out, t)
			return true
		})
		if err != nil {
			return nil, fmt.Errorf("market %s: %w", m.ID.Hex(), err)
		}
	}
	return out, nil
}

// assess is the risk stage's view of a block: the engine's history moves,
// then every position of the book is assessed at the oracle, market and
// fair prices with the market figures and stress scenarios.
func (r *reader) assess(ctx context.Context, st *blockState, now time.Time, full bool) *View {
	snap := &oracle.Snapshot{Block: st.block, UpdatedAt: now, Assets: st.readings, Full: full}
	refresh := r.refreshSlice(st.block.Time)
	if r.engine != nil {
		r.engine.Assess(ctx, st.block.Time, st.readings)
	}
	view := &View{Snapshot: snap}
	states := make([]marketState, len(r.markets))
	for i, m := range r.markets {
		v := &st.views[i]
		states[i] = marketState{market: m, err: v.Err, accrued: v.Accrued, rate: v.Rate, price: v.Price}
		stm := &states[i]
		if stm.err != nil {
			snap.Markets = append(snap.Markets, oracle.MarketRisk{
				Protocol: strategies.ProtocolMorpho, ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
				OracleKind: m.OracleKind, OracleKindFrom: m.OracleKindFrom, Err: stm.err,
			})
			continue
		}
		asset := st.readings[m.Asset]
		mr, err := r.assessMarket(stm, asset, i, st.changed, full, refresh[i])
		if err != nil {
			mr = oracle.MarketRisk{Protocol: strategies.ProtocolMorpho, ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
				OracleKind: m.OracleKind, OracleKindFrom: m.OracleKindFrom, Err: err}
			stm.positions = nil
		}
		snap.Markets = append(snap.Markets, mr)
		refs := r.priceRefs(asset, m) // once per market, shared by its targets
		for _, ps := range stm.positions {
			if ps.risk.Liquidatable && stm.price != nil {
				view.Targets = append(view.Targets, r.target(st.block, stm, ps, refs))
			}
		}
	}
	view.marketStates = states
	for _, lb := range st.lanes {
		snap.Markets = append(snap.Markets, lb.Assess(full, st.readings)...)
	}
	return view
}

// riskChunk bounds how many positions the risk stage reads under one read
// lock, so the hot path's writes never wait long.
const riskChunk = 4096

// selection is what the risk stage writes for one market this block.
type selection struct {
	records []book.Record
	closed  []common.Address
	watched map[common.Address]bool // at risk or liquidatable: written every block
	atRisk  int
	count   int
	totals  uint256.Int // collateral over every position
	min     *uint256.Int
	ordered []morpho.Position // every indebted position by debt/collateral, for stress
}

// selectPositions picks the positions to write: on a full snapshot all of
// them; otherwise those this block's events changed, those at risk (found
// through the order) or that just left that set, and the next slice of
// the refresh cycle.
func (r *reader) selectPositions(st *marketState, mi int, changed []protocol.Change, full bool, refresh int) (*selection, error) {
	bm := r.adapter.BookMarket(mi)
	sel := &selection{watched: map[common.Address]bool{}}
	picked := map[common.Address]bool{}
	add := func(rec *book.Record) {
		if !picked[rec.Owner] {
			picked[rec.Owner] = true
			sel.records = append(sel.records, *rec)
		}
	}
	if full {
		for from := 0; ; from += riskChunk {
			r.book.RLock()
			more := bm.Slots(from, from+riskChunk, add)
			r.book.RUnlock()
			if !more {
				break
			}
		}
	}
	r.book.RLock()
	defer r.book.RUnlock()
	for _, c := range changed {
		if c.Market != mi || picked[c.Owner] {
			continue
		}
		if rec, ok := bm.Get(c.Owner); ok {
			add(&rec)
		} else if !slices.Contains(sel.closed, c.Owner) {
			sel.closed = append(sel.closed, c.Owner)
		}
	}
	if st.price != nil {
		// Every liquidatable position is written, whatever the alert bound.
		alert, _ := uint256.FromBig(r.healthAlert)
		bound := alert
		if bound.Lt(protocol.WAD) {
			bound = protocol.WAD
		}
		err := protocol.Below(bm, &st.accrued, st.price, st.market.LLTV, bound, func(rec *book.Record, h *morpho.Health) bool {
			sel.watched[rec.Owner] = true
			if h.Ratio.Lt(alert) {
				sel.atRisk++
			}
			add(rec)
			return true
		})
		if err != nil {
			return nil, err
		}
		lowest, ok, err := protocol.MinHealth(bm, &st.accrued, st.price, st.market.LLTV)
		if err != nil {
			return nil, err
		}
		if ok {
			sel.min = lowest
		}
	}
	for o := range r.atRisk[mi] {
		if rec, ok := bm.Get(o); ok {
			add(&rec) // left the at-risk set: written once more
		}
	}
	if !full && refresh > 0 {
		from := r.cursor[mi]
		if from >= bm.SlotCount() {
			from = 0
		}
		bm.Slots(from, from+refresh, add)
		r.cursor[mi] = from + refresh
	}
	sel.count = bm.Len()
	sel.totals, _ = bm.Totals()
	if len(r.shocks) > 0 {
		// The buffer is the market's, reused block after block: at a
		// million positions a fresh one would be ~100 MB of garbage a block.
		ordered := r.orderedBuf[mi][:0]
		push := func(rec *book.Record) bool {
			var p morpho.Position
			p.Collateral.Set(&rec.Collateral)
			p.BorrowShares.Set(&rec.Debt)
			ordered = append(ordered, p)
			return true
		}
		bm.Walk(push)
		bm.Dust(push)
		sel.ordered, r.orderedBuf[mi] = ordered, ordered
	}
	return sel, nil
}

// assessMarket computes the figures of one market and of the positions
// selected for writing.
func (r *reader) assessMarket(st *marketState, asset oracle.AssetReading, mi int, changed []protocol.Change, full bool, refresh int) (oracle.MarketRisk, error) {
	m := st.market
	mr := oracle.MarketRisk{
		Protocol: strategies.ProtocolMorpho, ID: m.ID, Name: m.Name, Collateral: r.assets[m.Asset].Symbol, LLTV: m.Params.Lltv,
		TotalSupplyAssets:  st.accrued.TotalSupplyAssets.ToBig(),
		TotalBorrowAssets:  st.accrued.TotalBorrowAssets.ToBig(),
		CollateralDecimals: m.CollateralDecimals, LoanDecimals: m.LoanDecimals,
	}
	if st.price != nil {
		mr.OraclePrice = st.price.ToBig()
	} else {
		mr.OracleErr = fmt.Errorf("price() of oracle %s reverted", m.Params.Oracle.Hex())
	}
	marketPrice, err := r.scaled(asset.Market, asset.MarketErr, m)
	if err != nil {
		return mr, err
	}
	fairPrice, err := r.scaled(asset.Fair, asset.FairErr, m)
	if err != nil {
		return mr, err
	}
	sel, err := r.selectPositions(st, mi, changed, full, refresh)
	if err != nil {
		return mr, err
	}
	r.atRisk[mi] = sel.watched
	mr.PositionCount, mr.Closed, mr.AtRisk = sel.count, sel.closed, sel.atRisk
	mr.TotalCollateral = sel.totals.ToBig()
	if sel.min != nil {
		mr.MinHealth = sel.min.ToBig()
	}
	slices.SortFunc(sel.records, func(a, b book.Record) int { return a.Owner.Cmp(b.Owner) })
	for _, rec := range sel.records {
		risk, pos, err := r.positionRisk(st, &rec, marketPrice, fairPrice)
		if err != nil {
			return mr, err
		}
		mr.Positions = append(mr.Positions, *risk)
		st.positions = append(st.positions, positionState{borrower: rec.Owner, pos: pos})
	}
	for i := range st.positions {
		st.positions[i].risk = &mr.Positions[i]
	}
	// Risk figures are secondary: their failure is published and alerted
	// but never stops the health checks and liquidations of this block.
	if err := r.marketMetrics(st, asset, &mr, mi, sel.ordered); err != nil {
		mr.RiskErr = err
	}
	return mr, nil
}

// positionRisk is one position's exact health at the oracle, market and
// fair prices and its liquidation price.
func (r *reader) positionRisk(st *marketState, rec *book.Record, marketPrice, fairPrice *uint256.Int) (*oracle.PositionRisk, morpho.Position, error) {
	m := st.market
	b := rec.Owner
	var pos morpho.Position
	pos.BorrowShares.Set(&rec.Debt)
	pos.Collateral.Set(&rec.Collateral)
	risk := &oracle.PositionRisk{
		Borrower: b, Collateral: rec.Collateral.ToBig(), BorrowShares: rec.Debt.ToBig(),
		HasDebt: !pos.BorrowShares.IsZero(),
	}
	borrowed, err := morpho.ToAssetsUp(&pos.BorrowShares, &st.accrued.TotalBorrowAssets, &st.accrued.TotalBorrowShares)
	if err != nil {
		return nil, pos, fmt.Errorf("borrowed assets of %s: %w", b.Hex(), err)
	}
	risk.BorrowAssets = borrowed.ToBig()
	health := func(price *uint256.Int) (*big.Int, bool, error) {
		if price == nil {
			return nil, false, nil
		}
		h, err := morpho.PositionHealth(pos, st.accrued, price, m.LLTV)
		if err != nil {
			return nil, false, fmt.Errorf("health of %s: %w", b.Hex(), err)
		}
		return h.Ratio.ToBig(), h.Liquidatable, nil
	}
	if risk.Health, risk.Liquidatable, err = health(st.price); err != nil {
		return nil, pos, err
	}
	if risk.HealthMarket, _, err = health(marketPrice); err != nil {
		return nil, pos, err
	}
	if risk.HealthFair, _, err = health(fairPrice); err != nil {
		return nil, pos, err
	}
	if lp, ok, err := morpho.LiquidationPrice(pos, st.accrued, m.LLTV); err != nil {
		return nil, pos, fmt.Errorf("liquidation price of %s: %w", b.Hex(), err)
	} else if ok {
		risk.LiquidationPrice = lp.ToBig()
	}
	return risk, pos, nil
}

// marketMetrics adds the oracle comparisons, utilisation, borrow rate,
// stress scenarios and per-position risk figures.
func (r *reader) marketMetrics(st *marketState, asset oracle.AssetReading, mr *oracle.MarketRisk, mi int, ordered []morpho.Position) error {
	m := st.market
	mr.OracleKind, mr.OracleKindFrom = m.OracleKind, m.OracleKindFrom
	if st.accrued.TotalSupplyAssets.Sign() > 0 {
		u := new(big.Int).Mul(st.accrued.TotalBorrowAssets.ToBig(), wadBig)
		mr.Utilization = u.Quo(u, st.accrued.TotalSupplyAssets.ToBig())
	}
	if st.rate != nil {
		mr.BorrowRateAPR = new(big.Int).Mul(st.rate.ToBig(), big.NewInt(secondsPerYear))
	}
	if !r.loanIsETH(m) {
		return errLoanNotETH
	}
	if st.price == nil {
		return nil
	}
	oracleWad := oracleToWad(st.price, m)
	mr.OracleVsMarketBps = relativeBps(oracleWad, asset.Market.Price, asset.MarketErr)
	mr.OracleVsFairBps = relativeBps(oracleWad, asset.Fair.Price, asset.FairErr)
	if asset.FairErr != nil || asset.Fair.Price == nil || asset.Fair.Price.Sign() <= 0 {
		return nil // stress and carry need the fair value
	}
	book := stress.Book{
		Market: st.accrued, LLTV: m.LLTV, Kind: stress.OracleKind(m.OracleKind), OraclePrice: st.price,
		FairWad: asset.Fair.Price, CollateralDecimals: m.CollateralDecimals, LoanDecimals: m.LoanDecimals,
		Slippage: r.slippage,
	}
	if asset.MarketErr == nil {
		book.MarketWad = asset.Market.Price
	}
	book.Positions = ordered
	if len(r.shocks) > 0 {
		// The book's order makes each shock a lookup (prefix sums and thin
		// rounding windows), not a scan.
		ladder, err := stress.NewLadder(book, r.adapter.BookMarket(mi).DustCollateral())
		if err != nil {
			return fmt.Errorf("stress: %w", err)
		}
		if mr.Stress, err = ladder.Run(r.shocks); err != nil {
			return fmt.Errorf("stress: %w", err)
		}
	}
	var yield *big.Int
	if asset.Risk != nil {
		for _, g := range asset.Risk.Growth { // the shortest window known
			if g != nil {
				yield = g
				break
			}
		}
	}
	var ratePerSecond *big.Int
	if st.rate != nil {
		ratePerSecond = st.rate.ToBig()
	}
	for _, ps := range st.positions {
		if !ps.risk.HasDebt {
			continue
		}
		pm, err := stress.Position(ps.pos, book, ratePerSecond, yield)
		if err != nil {
			return fmt.Errorf("risk of %s: %w", ps.borrower.Hex(), err)
		}
		ps.risk.Leverage, ps.risk.DepegBufferBps, ps.risk.TimeToLiquidation = pm.Leverage, pm.DepegBufferBps, pm.TimeToLiquidation
	}
	return nil
}

const secondsPerYear = 365 * 24 * 60 * 60

var wadBig = big.NewInt(1e18)

// oracleToWad expresses a 1e36-scaled oracle price as whole loan tokens per
// whole collateral token, WAD, rounded down.
func oracleToWad(price *uint256.Int, m *Market) *big.Int {
	p := price.ToBig()
	exp := int(m.CollateralDecimals) - int(m.LoanDecimals) - 18
	ten := big.NewInt(10)
	if exp >= 0 {
		return p.Mul(p, new(big.Int).Exp(ten, big.NewInt(int64(exp)), nil))
	}
	return p.Quo(p, new(big.Int).Exp(ten, big.NewInt(int64(-exp)), nil))
}

// relativeBps is (a/b − 1)·1e4 as WAD-scaled bps, truncated toward zero;
// nil when b is unknown.
func relativeBps(a, b *big.Int, berr error) *big.Int {
	if berr != nil || b == nil || b.Sign() == 0 {
		return nil
	}
	d := new(big.Int).Sub(a, b)
	d.Mul(d, big.NewInt(10_000))
	d.Mul(d, wadBig)
	return d.Quo(d, b)
}

// loanIsETH reports whether m borrows the wrapped native token: only then
// can ETH-quoted asset prices value its collateral in loan units.
func (r *reader) loanIsETH(m *Market) bool {
	return r.native != (common.Address{}) && m.Params.LoanToken == r.native
}

// errLoanNotETH explains the figures left out for other loan tokens.
var errLoanNotETH = errors.New("loan token is not chain.wrapped_native: ETH-quoted prices cannot value the collateral in it, so market/fair health, stress and liquidation are left out")

// scaled converts an asset quote (ETH per token, WAD) to the market's oracle
// scale; nil when the quote is unavailable or the loan token is not ETH.
func (r *reader) scaled(q oracle.Quote, qerr error, m *Market) (*uint256.Int, error) {
	if qerr != nil || q.Price == nil || !r.loanIsETH(m) {
		return nil, nil
	}
	p, overflow := uint256.FromBig(q.Price)
	if overflow {
		return nil, fmt.Errorf("price %s overflows uint256", q.Price)
	}
	s, err := morpho.ScalePriceWad(p, m.CollateralDecimals, m.LoanDecimals)
	if err != nil {
		return nil, fmt.Errorf("scale price: %w", err)
	}
	return s, nil
}

func (r *reader) target(block chain.BlockRef, st *marketState, ps positionState, refs priceRefs) strategies.Target {
	t := strategies.Target{
		Block: block, MarketID: st.market.ID, MarketName: st.market.Name, Params: st.market.Params,
		Borrower: ps.borrower, Position: ps.pos, Market: st.accrued, OraclePrice: st.price,
		LoanIsNative: r.loanIsETH(st.market),
	}
	refs.set(&t)
	return t
}

// priceRefs are a block's prices of a market's collateral in the oracle's
// scale: what liquidations sell at and what the oracle guard checks the
// market's oracle against.
type priceRefs struct {
	sale, fair *uint256.Int
	sources    []*uint256.Int // the healthy market sources
}

func (r *reader) priceRefs(asset oracle.AssetReading, m *Market) priceRefs {
	if !r.loanIsETH(m) {
		return priceRefs{}
	}
	return scaledRefs(asset, m.CollateralDecimals, m.LoanDecimals)
}

// set gives t the prices; targets of one market share them, read-only.
func (p priceRefs) set(t *strategies.Target) {
	t.SalePrice, t.FairPrice, t.MarketSources = p.sale, p.fair, p.sources
}

// managedTargets is this block's view of the managed positions the book
// holds, as the deleverager needs it: position, market accrued to the
// block and the oracle, market and fair prices.
func (r *reader) managedTargets(st *blockState, states []marketState, managed []strategies.Managed) []strategies.Target {
	var out []strategies.Target
	r.book.RLock()
	defer r.book.RUnlock()
	for _, mg := range managed {
		for i := range states {
			ms := &states[i]
			if ms.err != nil || ms.market.ID != mg.Market {
				continue
			}
			rec, ok := r.adapter.BookMarket(i).Get(mg.Borrower)
			if !ok {
				continue
			}
			t := strategies.Target{
				Block: st.block, MarketID: ms.market.ID, MarketName: ms.market.Name, Params: ms.market.Params,
				Borrower: mg.Borrower, Market: ms.accrued, OraclePrice: ms.price, LoanIsNative: r.loanIsETH(ms.market),
			}
			t.Position.Collateral.Set(&rec.Collateral)
			t.Position.BorrowShares.Set(&rec.Debt)
			r.priceRefs(st.readings[ms.market.Asset], ms.market).set(&t)
			out = append(out, t)
		}
	}
	return out
}
