// Package book holds the positions of every watched market in memory, in a
// shape that does not depend on the lending protocol: per market, one slice
// of fixed-size records (256-bit amounts inline), a map from owner to
// record, and an order of the indebted positions by debt per unit of
// collateral. Protocol adapters feed it from events and decide what the
// amounts mean (Morpho: collateral assets and borrow shares); strategies and
// publishing read it.
//
// Ordering by debt/collateral is what makes a price tick a lookup: for a
// protocol whose debt grows by one factor for every position (Morpho's
// share price), the liquidation price is that ratio times a market-wide
// factor, so interest never reorders the book and only a position's own
// events move it.
//
// A Book is not safe for concurrent mutation; readers and the single writer
// coordinate through Lock/RLock.
package book

import (
	"errors"
	"fmt"
	"math/bits"
	"sync"
	"unsafe"

	"github.com/ethereum/go-ethereum/common"
	"github.com/google/btree"
	"github.com/holiman/uint256"
)

// ErrAmountTooLarge is returned for an amount of 2^128 or more: records are
// ordered by exact 256-bit cross products, which needs 128-bit amounts (the
// width Morpho and Aave store).
var ErrAmountTooLarge = errors.New("amount does not fit 128 bits")

// Record is one position. Its size is fixed; RecordSize bytes each.
type Record struct {
	Collateral uint256.Int
	Debt       uint256.Int
	Owner      common.Address
	// Block is the block of the last event that changed the record, or of
	// the chain read that set it.
	Block uint64
	place place
	tier  uint8 // which order holds it, when place is placeOrder
}

// RecordSize is the in-memory size of a Record.
const RecordSize = unsafe.Sizeof(Record{})

type place uint8

const (
	placeFree  place = iota // a recycled slot
	placeIdle               // no debt: never liquidatable, not ordered
	placeOrder              // debt with collateral ≥ the lowest tier's bound: in that tier's order
	placeDust               // debt with collateral below every tier: the loose list
)

// HasDebt reports a nonzero debt.
func (r *Record) HasDebt() bool { return !r.Debt.IsZero() }

// Empty reports a record with neither collateral nor debt.
func (r *Record) Empty() bool { return r.Debt.IsZero() && r.Collateral.IsZero() }

// Book is the set of markets.
type Book struct {
	mu      sync.RWMutex
	markets map[common.Hash]*Market
	ids     []common.Hash
	journal journal
}

// New returns an empty book.
func New() *Book { return &Book{markets: map[common.Hash]*Market{}} }

// Lock and Unlock guard mutation; RLock and RUnlock guard reads that must
// see one consistent state.
func (b *Book) Lock()    { b.mu.Lock() }
func (b *Book) Unlock()  { b.mu.Unlock() }
func (b *Book) RLock()   { b.mu.RLock() }
func (b *Book) RUnlock() { b.mu.RUnlock() }

// AddMarket registers market id. Positions with debt and collateral below
// dustCollateral are kept apart from the order (see Market.Dust): the
// adapter's exact walk bounds its window by the smallest collateral in the
// order. Adding a known market returns it unchanged.
func (b *Book) AddMarket(id common.Hash, dustCollateral *uint256.Int) *Market {
	if m, ok := b.markets[id]; ok {
		return m
	}
	m := &Market{ID: id, byOwner: map[common.Address]int32{}, journal: &b.journal}
	if dustCollateral != nil {
		m.dustMin.Set(dustCollateral)
	}
	// Below the dust bound two more tiers, each a thousand times smaller,
	// keep small positions ordered too: each tier's exact walk needs a
	// window of 3/(tier bound·price) only. What is left below the last
	// tier (a few units of collateral) is checked one by one.
	bound := m.dustMin
	for range tierCount {
		t := &tier{order: btree.NewG[int32](32, m.before)}
		t.min.Set(&bound)
		m.tiers = append(m.tiers, t)
		bound.Div(&bound, uint256.NewInt(tierStep))
		if bound.IsZero() {
			break
		}
	}
	m.order = m.tiers[0].order
	m.dust = map[int32]struct{}{}
	b.markets[id] = m
	b.ids = append(b.ids, id)
	return m
}

// Market returns market id, or nil.
func (b *Book) Market(id common.Hash) *Market { return b.markets[id] }

// IDs lists the markets in the order they were added.
func (b *Book) IDs() []common.Hash { return b.ids }

// Len is the number of positions over all markets.
func (b *Book) Len() int {
	n := 0
	for _, m := range b.markets {
		n += m.Len()
	}
	return n
}

// Market is one market's positions.
type Market struct {
	ID      common.Hash
	records []Record
	free    []int32
	byOwner map[common.Address]int32
	order   *btree.BTreeG[int32] // tiers[0].order
	tiers   []*tier
	dust    map[int32]struct{} // below every tier
	dustMin uint256.Int
	journal *journal
	// totals over every position held (each < 2^128, so the sums fit).
	totalCollateral, totalDebt uint256.Int
}

// tier is one order of indebted positions whose collateral is at least min
// (and below the previous tier's min).
type tier struct {
	min   uint256.Int
	order *btree.BTreeG[int32]
}

const (
	tierCount = 3
	tierStep  = 1000
)

// before orders indebted records by Debt/Collateral, highest first (the
// first is the first to become liquidatable as the price falls), then by
// slot for a strict order. Amounts are below 2^128, so the cross products
// are exact.
func (m *Market) before(a, b int32) bool {
	ra, rb := &m.records[a], &m.records[b]
	if c := cmpProducts(&ra.Debt, &rb.Collateral, &rb.Debt, &ra.Collateral); c != 0 {
		return c > 0
	}
	return a < b
}

// cmpProducts compares x1·y1 with x2·y2 for values below 2^128 (Put keeps
// them there): 128×128-bit products, four limbs each, from math/bits.
func cmpProducts(x1, y1, x2, y2 *uint256.Int) int {
	p := mul128(x1, y1)
	q := mul128(x2, y2)
	for i := 3; i >= 0; i-- {
		if p[i] != q[i] {
			if p[i] > q[i] {
				return 1
			}
			return -1
		}
	}
	return 0
}

// mul128 multiplies the low 128 bits of x and y into four limbs, low first.
func mul128(x, y *uint256.Int) [4]uint64 {
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	var z [4]uint64
	z[0] = l00
	var c, c2 uint64
	z[1], c = bits.Add64(h00, l01, 0)
	z[1], c2 = bits.Add64(z[1], l10, 0)
	z[2], c = bits.Add64(h01, h10, c)
	var c3 uint64
	z[2], c3 = bits.Add64(z[2], l11, c2)
	z[3] = h11 + c + c3
	return z
}

// Len is the number of positions held.
func (m *Market) Len() int { return len(m.byOwner) }

// DustCollateral is the bound below which indebted positions are kept
// apart from the order.
func (m *Market) DustCollateral() *uint256.Int { return &m.dustMin }

// Get returns owner's record, or false.
func (m *Market) Get(owner common.Address) (Record, bool) {
	i, ok := m.byOwner[owner]
	if !ok {
		return Record{}, false
	}
	return m.records[i], true
}

var max128 = new(uint256.Int).Lsh(uint256.NewInt(1), 128)

// Put sets owner's position. An empty position is removed.
func (m *Market) Put(owner common.Address, collateral, debt *uint256.Int, block uint64) error {
	if !collateral.Lt(max128) || !debt.Lt(max128) {
		return fmt.Errorf("position of %s in market %s: %w", owner.Hex(), m.ID.Hex(), ErrAmountTooLarge)
	}
	i, ok := m.byOwner[owner]
	if m.journal.on {
		e := change{market: m, owner: owner, block: block, existed: ok}
		if ok {
			e.prev = m.records[i]
		}
		m.journal.entries = append(m.journal.entries, e)
	}
	if !ok {
		if collateral.IsZero() && debt.IsZero() {
			return nil
		}
		i = m.alloc()
		m.byOwner[owner] = i
	} else {
		m.unplace(i)
		m.totalCollateral.Sub(&m.totalCollateral, &m.records[i].Collateral)
		m.totalDebt.Sub(&m.totalDebt, &m.records[i].Debt)
	}
	r := &m.records[i]
	r.Owner = owner
	r.Collateral.Set(collateral)
	r.Debt.Set(debt)
	r.Block = block
	if r.Empty() {
		delete(m.byOwner, owner)
		*r = Record{}
		m.free = append(m.free, i)
		return nil
	}
	m.totalCollateral.Add(&m.totalCollateral, collateral)
	m.totalDebt.Add(&m.totalDebt, debt)
	m.place(i)
	return nil
}

// Totals are the sums of collateral and debt over every position held.
func (m *Market) Totals() (collateral, debt uint256.Int) { return m.totalCollateral, m.totalDebt }

// Remove drops owner's position.
func (m *Market) Remove(owner common.Address) {
	var zero uint256.Int
	_ = m.Put(owner, &zero, &zero, 0) // zero fits 128 bits
}

func (m *Market) alloc() int32 {
	if n := len(m.free); n > 0 {
		i := m.free[n-1]
		m.free = m.free[:n-1]
		return i
	}
	m.records = append(m.records, Record{})
	return int32(len(m.records) - 1)
}

func (m *Market) place(i int32) {
	r := &m.records[i]
	switch {
	case r.Debt.IsZero():
		r.place = placeIdle
	default:
		for t, tr := range m.tiers {
			if !r.Collateral.Lt(&tr.min) {
				r.place, r.tier = placeOrder, uint8(t)
				tr.order.ReplaceOrInsert(i)
				return
			}
		}
		r.place = placeDust
		m.dust[i] = struct{}{}
	}
}

func (m *Market) unplace(i int32) {
	switch m.records[i].place {
	case placeOrder:
		m.tiers[m.records[i].tier].order.Delete(i)
	case placeDust:
		delete(m.dust, i)
	}
	m.records[i].place = placeFree
}

// Walk visits the ordered (indebted, non-dust) positions from the highest
// debt per collateral down, until fn returns false.
func (m *Market) Walk(fn func(r *Record) bool) {
	m.order.Ascend(func(i int32) bool { return fn(&m.records[i]) })
}

// Dust visits the indebted positions whose collateral is below the dust
// bound: the lower tiers in their order, then the loose list.
func (m *Market) Dust(fn func(r *Record) bool) {
	more := true
	for t := 1; t < len(m.tiers) && more; t++ {
		m.WalkTier(t, func(r *Record) bool { more = fn(r); return more })
	}
	if more {
		m.Loose(fn)
	}
}

// Tiers is the number of orders: tier 0 is Walk's; every later one holds
// collateral a thousand times smaller than the one before.
func (m *Market) Tiers() int { return len(m.tiers) }

// TierMin is the smallest collateral tier t holds.
func (m *Market) TierMin(t int) *uint256.Int { return &m.tiers[t].min }

// WalkTier visits tier t's positions from the highest debt per collateral
// down, until fn returns false.
func (m *Market) WalkTier(t int, fn func(r *Record) bool) {
	m.tiers[t].order.Ascend(func(i int32) bool { return fn(&m.records[i]) })
}

// Loose visits the indebted positions below every tier, in no order.
func (m *Market) Loose(fn func(r *Record) bool) {
	for i := range m.dust {
		if !fn(&m.records[i]) {
			return
		}
	}
}

// All visits every position in slot order until fn returns false.
func (m *Market) All(fn func(r *Record) bool) {
	for i := range m.records {
		if m.records[i].place == placeFree {
			continue
		}
		if !fn(&m.records[i]) {
			return
		}
	}
}

// Ordered is the number of positions in the order.
func (m *Market) Ordered() int { return m.order.Len() }

// DustLen is the number of indebted positions below the dust bound.
func (m *Market) DustLen() int {
	n := len(m.dust)
	for _, t := range m.tiers[1:] {
		n += t.order.Len()
	}
	return n
}

// Slots visits the positions held in slots [from, to) and reports whether
// slots remain after to: a reader can walk a large market in chunks,
// releasing its read lock between them.
func (m *Market) Slots(from, to int, fn func(r *Record)) bool {
	end := min(to, len(m.records))
	for i := max(from, 0); i < end; i++ {
		if m.records[i].place != placeFree {
			fn(&m.records[i])
		}
	}
	return to < len(m.records)
}

// SlotCount is the number of slots, held or free: the bound of Slots.
func (m *Market) SlotCount() int { return len(m.records) }

// Reserve makes room for n more positions, so that loading a large market
// (a checkpoint, the start-up read) does not regrow the slice and map.
func (m *Market) Reserve(n int) {
	if free := cap(m.records) - len(m.records); free < n {
		grown := make([]Record, len(m.records), len(m.records)+n)
		copy(grown, m.records)
		m.records = grown
	}
	if len(m.byOwner) == 0 {
		m.byOwner = make(map[common.Address]int32, n)
	}
}
