package morpho

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/fixedrateirm"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// historyDepth is how many blocks of market totals the adapter keeps to
// roll back a reorg (the book keeps its own journal).
const historyDepth = 128

// Adapter follows the watched markets of one Morpho singleton: it applies
// their events to the book exactly, keeps each market's stored totals (so
// the IRM rate can be read in the same batch as everything else), reads a
// block's market state and finds the positions under a health bound.
type Adapter struct {
	addr    common.Address
	markets []*Market
	book    *book.Book
	bm      []*book.Market
	byID    map[common.Hash]int
	states  []tracked
	history []stateAt
	// suspects are positions an event could not be applied to: they are
	// read on chain with the next block's batch.
	suspects []map[common.Address]struct{}
	// block is the last block whose events and reads were applied.
	block chain.BlockRef
	// rollbacks counts reorg rollbacks, so a verification that read a
	// block since rolled back does not "repair" the book with it.
	rollbacks uint64
}

// tracked is a market's stored totals (market()) after the last applied
// block; known is false until they are read and after an event the
// adapter could not follow exactly.
type tracked struct {
	stored morpho.Market
	known  bool
}

type stateAt struct {
	block  uint64
	states []tracked
}

// NewAdapter registers markets in b. Each market's dust bound (see
// book.AddMarket) is derived from dust (collateral units per market, nil for
// DefaultDust).
func NewAdapter(addr common.Address, markets []*Market, b *book.Book) *Adapter {
	a := &Adapter{addr: addr, markets: markets, book: b, byID: map[common.Hash]int{}}
	for i, m := range markets {
		a.bm = append(a.bm, b.AddMarket(m.ID, m.DustCollateral))
		a.byID[m.ID] = i
		a.suspects = append(a.suspects, map[common.Address]struct{}{})
	}
	a.states = make([]tracked, len(markets))
	return a
}

// Markets are the followed markets, in configuration order.
func (a *Adapter) Markets() []*Market { return a.markets }

// Book is the book the adapter feeds.
func (a *Adapter) Book() *book.Book { return a.book }

// BookMarket is market i's part of the book.
func (a *Adapter) BookMarket(i int) *book.Market { return a.bm[i] }

// Block is the last block applied.
func (a *Adapter) Block() chain.BlockRef { return a.block }

// Query is the log filter for every event the adapter follows.
func (a *Adapter) Query() ethereum.FilterQuery {
	ids := make([]common.Hash, len(a.markets))
	for i, m := range a.markets {
		ids[i] = m.ID
	}
	return Query(a.addr, ids, false)
}

// Change names a position that an event changed.
type Change struct {
	Market int
	Owner  common.Address
}

// Pending is a range of blocks' events, decoded but not yet applied, with
// the market totals they predict.
type Pending struct {
	head    chain.BlockRef
	deltas  []pendingDelta
	states  []tracked
	changed []Change
}

type pendingDelta struct {
	market int
	Delta
}

// Changed lists the positions the pending events change, in event order.
func (p *Pending) Changed() []Change { return p.changed }

// Prepare decodes the logs of the blocks after the last applied one up to
// head and predicts each market's stored totals after them. Nothing changes
// until Finish, so a failed block can be retried whole.
func (a *Adapter) Prepare(logs []types.Log, head chain.BlockRef) (*Pending, error) {
	p := &Pending{head: head, states: append([]tracked(nil), a.states...)}
	for i := range logs {
		l := &logs[i]
		// The block's logs may hold other Morpho events (SetAuthorization,
		// other markets) and other contracts' logs: only the adapter's own
		// topics of its own markets are decoded.
		if l.Removed || len(l.Topics) < 2 || l.Address != a.addr || !followed[l.Topics[0]] {
			continue
		}
		mi, ok := a.byID[l.Topics[1]]
		if !ok {
			continue
		}
		d, err := Decode(l)
		if err != nil {
			return nil, err
		}
		p.deltas = append(p.deltas, pendingDelta{market: mi, Delta: d})
		if d.Owner != (common.Address{}) {
			p.changed = append(p.changed, Change{Market: mi, Owner: d.Owner})
		}
		st := &p.states[mi]
		if !st.known {
			continue
		}
		if err := d.ApplyMarket(&st.stored); err != nil {
			st.known = false
			continue
		}
		if d.Accrued {
			switch {
			case d.BlockTime != 0:
				st.stored.LastUpdate.SetUint64(d.BlockTime)
			case d.Block == head.Number:
				st.stored.LastUpdate.SetUint64(head.Time)
			default:
				st.known = false // the node did not say when: read it
			}
		}
	}
	return p, nil
}

// applyPosition applies one event to the book; a position it does not fit
// (it takes more than the book holds) is read on chain with the next batch.
func (a *Adapter) applyPosition(mi int, d *Delta) {
	bm := a.bm[mi]
	if _, suspect := a.suspects[mi][d.Owner]; suspect {
		return // its chain read supersedes every event before it
	}
	rec, _ := bm.Get(d.Owner)
	if err := d.ApplyPosition(&rec.Collateral, &rec.Debt); err != nil {
		a.suspects[mi][d.Owner] = struct{}{}
		return
	}
	if err := bm.Put(d.Owner, &rec.Collateral, &rec.Debt, d.Block); err != nil {
		a.suspects[mi][d.Owner] = struct{}{}
	}
}

// View is one market at one block.
type View struct {
	Market *Market
	// Err says why the market could not be read; nothing else is set then.
	Err error
	// Accrued is the market accrued to the block's timestamp with Rate.
	Accrued morpho.Market
	Rate    *uint256.Int
	// Price is the market oracle's price (1e36 scale); nil with PriceErr
	// when it reverted.
	Price    *uint256.Int
	PriceErr error
	// Repaired lists the positions read on chain this block because an
	// event could not be applied to them, with what the book held.
	Repaired []Drift
}

// Drift is a position whose book record differed from the chain.
type Drift struct {
	Market                     common.Hash
	Owner                      common.Address
	BookCollateral             uint256.Int
	BookShares                 uint256.Int
	ChainCollateral            uint256.Int
	ChainShares                uint256.Int
	Block                      uint64
	Missing, Unexpected        bool // absent from the book / absent on chain
	CollateralDiff, SharesDiff bool
}

// Reads is the adapter's part of a block's batch.
type Reads struct {
	market, price, rate []chain.Slot
	predicted           []bool
	suspects            [][]common.Address
	positions           []chain.Slot
}

// Plan adds the block's reads: per market its totals, its oracle price and,
// when the stored totals are known from events, the IRM's rate at them.
func (a *Adapter) Plan(p *chain.Plan, pd *Pending) *Reads {
	n := len(a.markets)
	r := &Reads{market: make([]chain.Slot, n), price: make([]chain.Slot, n), rate: make([]chain.Slot, n),
		predicted: make([]bool, n), suspects: make([][]common.Address, n), positions: make([]chain.Slot, n)}
	for i, m := range a.markets {
		r.market[i] = p.Add(chain.Call{Target: a.addr, Data: morphoABI.PackMarket(m.ID), AllowFailure: true})
		r.price[i] = p.Add(chain.Call{Target: m.Params.Oracle, Data: oracleABI.PackPrice(), AllowFailure: true})
		if m.Params.Irm != (common.Address{}) && pd.states[i].known {
			if data, err := packRate(m, &pd.states[i].stored); err == nil {
				r.rate[i] = p.Add(chain.Call{Target: m.Params.Irm, Data: data, AllowFailure: true})
				r.predicted[i] = true
			}
		}
		if len(a.suspects[i]) > 0 {
			calls := make([]chain.Call, 0, len(a.suspects[i]))
			for o := range a.suspects[i] {
				r.suspects[i] = append(r.suspects[i], o)
				calls = append(calls, chain.Call{Target: a.addr, Data: morphoABI.PackPosition(m.ID, o), AllowFailure: true})
			}
			r.positions[i] = p.Add(calls...)
		}
	}
	return r
}

func packRate(m *Market, s *morpho.Market) ([]byte, error) {
	data, err := irmABI.TryPackBorrowRateView(
		fixedrateirm.MarketParams{LoanToken: m.Params.LoanToken, CollateralToken: m.Params.CollateralToken, Oracle: m.Params.Oracle, Irm: m.Params.Irm, Lltv: m.Params.Lltv},
		fixedrateirm.Market{TotalSupplyAssets: s.TotalSupplyAssets.ToBig(), TotalSupplyShares: s.TotalSupplyShares.ToBig(),
			TotalBorrowAssets: s.TotalBorrowAssets.ToBig(), TotalBorrowShares: s.TotalBorrowShares.ToBig(),
			LastUpdate: s.LastUpdate.ToBig(), Fee: s.Fee.ToBig()})
	if err != nil {
		return nil, fmt.Errorf("pack borrowRateView: %w", err)
	}
	return data, nil
}

// BatchReader runs a batch pinned to a block hash.
type BatchReader interface {
	Do(ctx context.Context, block common.Hash, calls []chain.Call) ([]chain.Result, error)
}

// Finish decodes the block's batch into one View per market, then applies
// the pending events to the book (under its write lock). Markets whose
// stored totals were not what the events predicted (or not known) get their
// rate from a second batch at the totals read; in steady state there is
// none. On error nothing has changed.
func (a *Adapter) Finish(ctx context.Context, mc BatchReader, block chain.BlockRef, pd *Pending, r *Reads, res []chain.Result) ([]View, error) {
	views := make([]View, len(a.markets))
	var second chain.Plan
	secondSlots := make([]*chain.Slot, len(a.markets))
	read := make([]morpho.Market, len(a.markets))
	for i, m := range a.markets {
		v := &views[i]
		v.Market = m
		if err := decodeMarket(&read[i], r.market[i].Of(res)[0]); err != nil {
			v.Err = err
			a.states[i].known = false
			continue
		}
		if pr := r.price[i].Of(res)[0]; pr.Success {
			if p, err := oracleABI.UnpackPrice(pr.Data); err == nil {
				v.Price = u(p)
			} else {
				v.PriceErr = fmt.Errorf("decode price() of oracle %s: %w", m.Params.Oracle.Hex(), err)
			}
		} else {
			v.PriceErr = fmt.Errorf("price() of oracle %s reverted", m.Params.Oracle.Hex())
		}
		if m.Params.Irm == (common.Address{}) {
			v.Rate = new(uint256.Int)
			continue
		}
		if r.predicted[i] && pd.states[i].stored == read[i] {
			rate, err := decodeRate(m, r.rate[i].Of(res)[0])
			if err != nil {
				v.Err = err
				continue
			}
			v.Rate = rate
			continue
		}
		data, err := packRate(m, &read[i])
		if err != nil {
			v.Err = err
			continue
		}
		s := second.Add(chain.Call{Target: m.Params.Irm, Data: data, AllowFailure: true})
		secondSlots[i] = &s
	}
	if len(second.Calls()) > 0 {
		res2, err := mc.Do(ctx, block.Hash, second.Calls())
		if err != nil {
			return nil, fmt.Errorf("read borrow rates at block %d: %w", block.Number, err)
		}
		for i, s := range secondSlots {
			if s == nil || views[i].Err != nil {
				continue
			}
			rate, err := decodeRate(a.markets[i], s.Of(res2)[0])
			if err != nil {
				views[i].Err = err
				continue
			}
			views[i].Rate = rate
		}
	}
	a.book.Lock()
	defer a.book.Unlock()
	for _, d := range pd.deltas {
		if d.Owner != (common.Address{}) {
			a.applyPosition(d.market, &d.Delta)
		}
	}
	for i := range a.markets {
		v := &views[i]
		a.states[i] = pd.states[i]
		if v.Err != nil {
			a.states[i].known = false
			continue
		}
		a.states[i] = tracked{stored: read[i], known: true}
		acc, err := morpho.AccrueInterest(read[i], v.Rate, block.Time)
		if err != nil {
			v.Err = fmt.Errorf("accrue interest: %w", err)
			continue
		}
		v.Accrued = acc
		if len(r.suspects[i]) > 0 {
			v.Repaired = a.repair(i, r.suspects[i], r.positions[i].Of(res), block.Number)
		}
	}
	a.block = block
	a.remember(block.Number)
	return views, nil
}

// repair writes the chain's view of positions into the book and reports
// each difference.
func (a *Adapter) repair(mi int, owners []common.Address, res []chain.Result, block uint64) []Drift {
	var out []Drift
	for j, o := range owners {
		var coll, shares uint256.Int
		if err := decodePosition(&coll, &shares, res[j]); err != nil {
			continue // stays a suspect, read again next block
		}
		delete(a.suspects[mi], o)
		if d, ok := a.compare(mi, o, &coll, &shares, block); ok {
			out = append(out, d)
		}
		_ = a.bm[mi].Put(o, &coll, &shares, block) // chain values are uint128
	}
	return out
}

// compare reports how the book's record of o differs from the chain's.
func (a *Adapter) compare(mi int, o common.Address, coll, shares *uint256.Int, block uint64) (Drift, bool) {
	rec, had := a.bm[mi].Get(o)
	d := Drift{Market: a.markets[mi].ID, Owner: o, Block: block}
	d.BookCollateral, d.BookShares = rec.Collateral, rec.Debt
	d.ChainCollateral.Set(coll)
	d.ChainShares.Set(shares)
	d.Missing = !had && !(coll.IsZero() && shares.IsZero())
	d.Unexpected = had && coll.IsZero() && shares.IsZero()
	d.CollateralDiff = !rec.Collateral.Eq(coll)
	d.SharesDiff = !rec.Debt.Eq(shares)
	return d, d.CollateralDiff || d.SharesDiff
}

func (a *Adapter) remember(block uint64) {
	st := stateAt{block: block, states: append([]tracked(nil), a.states...)}
	if n := len(a.history); n > 0 && a.history[n-1].block >= block {
		a.history = a.history[:0] // a replay after a rollback starts over
	}
	a.history = append(a.history, st)
	if len(a.history) > historyDepth {
		a.history = append(a.history[:0], a.history[len(a.history)-historyDepth:]...)
	}
}

// Rollback undoes every block after block: the book's changes and the
// market totals. exact is false when the totals' history does not reach
// back that far (they are then read again with the next block). undone
// lists the positions changed back, to be published afresh.
func (a *Adapter) Rollback(block chain.BlockRef) (exact bool, undone []Change) {
	a.book.Lock()
	defer a.book.Unlock()
	a.rollbacks++
	for _, u := range a.book.RollbackChanges(block.Number) {
		if mi, ok := a.byID[u.Market]; ok {
			undone = append(undone, Change{Market: mi, Owner: u.Owner})
		}
	}
	for k := len(a.history) - 1; k >= 0; k-- {
		if a.history[k].block == block.Number {
			copy(a.states, a.history[k].states)
			a.history = a.history[:k+1]
			a.block = block
			return true, undone
		}
	}
	for i := range a.states {
		a.states[i].known = false
	}
	a.history = a.history[:0]
	a.block = block
	return false, undone
}

var errMarketReverted = errors.New("market() reverted")

func decodeMarket(m *morpho.Market, res chain.Result) error {
	if !res.Success {
		return errMarketReverted
	}
	raw, err := morphoABI.UnpackMarket(res.Data)
	if err != nil {
		return fmt.Errorf("decode market(): %w", err)
	}
	m.TotalSupplyAssets.Set(u(raw.TotalSupplyAssets))
	m.TotalSupplyShares.Set(u(raw.TotalSupplyShares))
	m.TotalBorrowAssets.Set(u(raw.TotalBorrowAssets))
	m.TotalBorrowShares.Set(u(raw.TotalBorrowShares))
	m.LastUpdate.Set(u(raw.LastUpdate))
	m.Fee.Set(u(raw.Fee))
	return nil
}

func decodeRate(m *Market, res chain.Result) (*uint256.Int, error) {
	if !res.Success {
		return nil, fmt.Errorf("borrowRateView of IRM %s reverted", m.Params.Irm.Hex())
	}
	v, err := irmABI.UnpackBorrowRateView(res.Data)
	if err != nil {
		return nil, fmt.Errorf("decode borrowRateView: %w", err)
	}
	return u(v), nil
}

func decodePosition(coll, shares *uint256.Int, res chain.Result) error {
	if !res.Success {
		return errors.New("position() reverted")
	}
	raw, err := morphoABI.UnpackPosition(res.Data)
	if err != nil {
		return fmt.Errorf("decode position(): %w", err)
	}
	coll.Set(u(raw.Collateral))
	shares.Set(u(raw.BorrowShares))
	return nil
}

// ReadPositions reads owners' positions in market mi at block (pinned to
// its hash, batched) and writes them into the book. It returns how many
// positions the book now holds for them.
func (a *Adapter) ReadPositions(ctx context.Context, mc BatchReader, block chain.BlockRef, mi int, owners []common.Address) (int, error) {
	m := a.markets[mi]
	res, err := a.readPositions(ctx, mc, block, mi, owners)
	if err != nil {
		return 0, fmt.Errorf("read %d positions of market %s at block %d: %w", len(owners), m.ID.Hex(), block.Number, err)
	}
	a.book.Lock()
	defer a.book.Unlock()
	n := 0
	for j, o := range owners {
		var coll, shares uint256.Int
		if err := decodePosition(&coll, &shares, res[j]); err != nil {
			return n, fmt.Errorf("position of %s in market %s: %w", o.Hex(), m.ID.Hex(), err)
		}
		if err := a.bm[mi].Put(o, &coll, &shares, block.Number); err != nil {
			return n, err
		}
		if !(coll.IsZero() && shares.IsZero()) {
			n++
		}
	}
	a.block = block
	return n, nil
}

// readPositions reads owners' positions in market mi at block, strictly:
// a reverting position() fails the batch.
func (a *Adapter) readPositions(ctx context.Context, mc BatchReader, block chain.BlockRef, mi int, owners []common.Address) ([]chain.Result, error) {
	calls := make([]chain.Call, len(owners))
	for j, o := range owners {
		calls[j] = chain.Call{Target: a.addr, Data: morphoABI.PackPosition(a.markets[mi].ID, o)}
	}
	return mc.Do(ctx, block.Hash, calls)
}

// Prune forgets the undo history of blocks up to block.
func (a *Adapter) Prune(block uint64) {
	a.book.Lock()
	defer a.book.Unlock()
	a.book.Prune(block)
}

// Verify reads positions on chain at the last applied block and repairs the
// book where it differs. sample bounds how many positions per market are
// read (0: all); a sample starts at a random slot. Positions that an event
// changed after that block are skipped: the chain read would be older than
// the book.
func (a *Adapter) Verify(ctx context.Context, mc BatchReader, sample int, pick func(n int) int) (checked int, drifts []Drift, err error) {
	a.book.RLock()
	block, rollbacks := a.block, a.rollbacks
	owners := make([][]common.Address, len(a.markets))
	for mi, bm := range a.bm {
		n := bm.Len()
		if n == 0 {
			continue
		}
		all := make([]common.Address, 0, n)
		bm.All(func(r *book.Record) bool { all = append(all, r.Owner); return true })
		if sample <= 0 || sample >= n {
			owners[mi] = all
			continue
		}
		start := pick(n)
		for j := 0; j < sample; j++ {
			owners[mi] = append(owners[mi], all[(start+j)%n])
		}
	}
	a.book.RUnlock()
	if block.Hash == (common.Hash{}) {
		return 0, nil, errors.New("no block applied yet")
	}
	for mi, list := range owners {
		if len(list) == 0 {
			continue
		}
		m := a.markets[mi]
		res, err := a.readPositions(ctx, mc, block, mi, list)
		if err != nil {
			return checked, drifts, fmt.Errorf("verify market %s at block %d: %w", m.ID.Hex(), block.Number, err)
		}
		a.book.Lock()
		if a.rollbacks != rollbacks {
			a.book.Unlock()
			return checked, drifts, fmt.Errorf("verification read block %d, which a reorg has since rolled back", block.Number)
		}
		for j, o := range list {
			var coll, shares uint256.Int
			if err := decodePosition(&coll, &shares, res[j]); err != nil {
				continue
			}
			if rec, ok := a.bm[mi].Get(o); ok && rec.Block > block.Number {
				continue // changed since the block read
			}
			checked++
			if d, differs := a.compare(mi, o, &coll, &shares, block.Number); differs {
				drifts = append(drifts, d)
				_ = a.bm[mi].Put(o, &coll, &shares, block.Number) // chain values are uint128
			}
		}
		a.book.Unlock()
	}
	return checked, drifts, nil
}

// Checkpoint encodes the book at the last applied block. ok is false
// before the first block and while positions wait for a repair read (the
// book is not exact then).
func (a *Adapter) Checkpoint() (data []byte, at chain.BlockRef, ok bool) {
	a.book.RLock()
	defer a.book.RUnlock()
	if a.block.Hash == (common.Hash{}) {
		return nil, chain.BlockRef{}, false
	}
	for _, s := range a.suspects {
		if len(s) > 0 {
			return nil, chain.BlockRef{}, false
		}
	}
	at = a.block
	return a.book.Checkpoint(book.At{Number: at.Number, Hash: at.Hash, Time: at.Time}), at, true
}

// Restore loads a checkpoint into the book and makes its block the last
// applied one; the market totals are read with the next block.
func (a *Adapter) Restore(data []byte) (chain.BlockRef, error) {
	a.book.Lock()
	defer a.book.Unlock()
	at, err := a.book.Restore(data)
	if err != nil {
		return chain.BlockRef{}, err
	}
	for i := range a.states {
		a.states[i].known = false
	}
	a.history = a.history[:0]
	a.block = chain.BlockRef{Number: at.Number, Hash: at.Hash, Time: at.Time}
	return a.block, nil
}

// Clear empties the book and forgets every applied block, for a book that
// is to be read from the chain again.
func (a *Adapter) Clear() {
	a.book.Lock()
	defer a.book.Unlock()
	a.book.Clear()
	for i := range a.states {
		a.states[i].known = false
		clear(a.suspects[i])
	}
	a.history = a.history[:0]
	a.block = chain.BlockRef{}
}
