package aave

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// The events that change a user's position. Scaled balances move only by
// mint, burn and transfer, and each comes with one of these naming the
// user and the reserve: the Pool's own events, and an aToken's
// BalanceTransfer for a plain transfer.
var (
	topicSupply          = crypto.Keccak256Hash([]byte("Supply(address,address,address,uint256,uint16)"))
	topicWithdraw        = crypto.Keccak256Hash([]byte("Withdraw(address,address,address,uint256)"))
	topicBorrow          = crypto.Keccak256Hash([]byte("Borrow(address,address,address,uint256,uint8,uint256,uint16)"))
	topicRepay           = crypto.Keccak256Hash([]byte("Repay(address,address,address,uint256,bool)"))
	topicLiquidation     = crypto.Keccak256Hash([]byte("LiquidationCall(address,address,address,uint256,uint256,address,bool)"))
	topicCollateralOn    = crypto.Keccak256Hash([]byte("ReserveUsedAsCollateralEnabled(address,address)"))
	topicCollateralOff   = crypto.Keccak256Hash([]byte("ReserveUsedAsCollateralDisabled(address,address)"))
	topicEModeSet        = crypto.Keccak256Hash([]byte("UserEModeSet(address,uint8)"))
	topicDeficitCreated  = crypto.Keccak256Hash([]byte("DeficitCreated(address,address,uint256)"))
	topicBalanceTransfer = crypto.Keccak256Hash([]byte("BalanceTransfer(address,address,uint256,uint256)"))
)

// Tracker follows one Aave v3 pool's users from its events: their e-mode,
// configuration and scaled balances, re-read for exactly the users and
// reserves a block's events name, in the block's one batch. One-collateral
// one-debt users (loops) sit in a book market per (collateral, debt,
// e-mode) ordered by scaled debt per scaled collateral, which both
// reserves' indexes scale alike: a price or index move never reorders it,
// and the liquidatable loops are a walk from the top. Other indebted users
// pass a cheap conservative bound each block (screen.go), and only those
// it cannot clear are evaluated in full.
type Tracker struct {
	m     *Market
	users map[common.Address]*userState
	book  *book.Book
	loops map[loopKey]*book.Market
	// loopKeys are the loop markets' keys by id: the walk's order.
	loopKeys []loopKey
	// complex are the indebted users that are not loops, by address.
	complex []complexUser
	// categories are the e-mode categories some user is in.
	categories map[uint8]int
	aTokens    map[common.Address]int // aToken → reserve index
	// journal holds each user's state before every change of the recent
	// blocks (when history is kept), so that a reorg can undo them.
	journal     []userChange
	keepHistory bool
}

// userChange is a user's state before a change made by block; prev nil:
// the user was not tracked.
type userChange struct {
	block uint64
	addr  common.Address
	prev  *userState
}

// userState is a user as the tracker keeps it: 64 bytes, plus its legs
// unless it is a plain loop.
type userState struct {
	config uint256.Int
	// legs are the reserves with a nonzero scaled balance, by reserve
	// index. A loop with no other leg keeps none: its two balances are its
	// book record's (legsOf), which halves a loop's memory.
	legs   []leg
	loop   loopKey
	emode  uint8
	inLoop bool
}

// complexUser is an entry of the complex set; u is the users map's.
type complexUser struct {
	addr common.Address
	u    *userState
}

type leg struct {
	reserve    int
	coll, debt uint256.Int
}

// loopKey is a loop's book market: its two reserves and the e-mode
// category whose parameters apply to the collateral (0: the reserve's).
// Reserve indexes fit 16 bits: a pool lists at most 128 reserves.
type loopKey struct {
	coll, debt uint16
	emode      uint8
}

func (k loopKey) id() common.Hash {
	return common.BigToHash(new(big.Int).SetUint64(uint64(k.coll)<<24 | uint64(k.debt)<<8 | uint64(k.emode)))
}

// NewTracker follows m's users.
func NewTracker(m *Market) *Tracker {
	t := &Tracker{
		m: m, users: map[common.Address]*userState{}, book: book.New(),
		loops:      map[loopKey]*book.Market{},
		categories: map[uint8]int{}, aTokens: map[common.Address]int{},
	}
	for i, r := range m.Reserves {
		t.aTokens[r.AToken] = i
	}
	return t
}

// Query selects the block's position events: the Pool's and its aTokens'.
func (t *Tracker) Query() ethereum.FilterQuery {
	addrs := []common.Address{t.m.Pool}
	for _, r := range t.m.Reserves {
		addrs = append(addrs, r.AToken)
	}
	return ethereum.FilterQuery{
		Addresses: addrs,
		Topics: [][]common.Hash{{
			topicSupply, topicWithdraw, topicBorrow, topicRepay, topicLiquidation,
			topicCollateralOn, topicCollateralOff, topicEModeSet, topicDeficitCreated, topicBalanceTransfer,
		}},
	}
}

// Touched is what a block's events name: per user the reserves whose
// balances may have moved, and the e-mode categories users entered.
type Touched struct {
	Users      map[common.Address]map[int]bool
	Categories []uint8
	// Unlisted are reserves the events name that the market did not list
	// when it was loaded (a new listing): their events are skipped, and
	// the caller should load the market again.
	Unlisted []common.Address
}

// Touch reads logs into the users and reserves to re-read. A malformed log
// is an error naming it; a log of a reserve listed after the market was
// loaded is skipped and reported in Unlisted.
func (t *Tracker) Touch(logs []types.Log) (*Touched, error) {
	tc := &Touched{Users: map[common.Address]map[int]bool{}}
	add := func(user common.Address, reserves ...int) {
		s := tc.Users[user]
		if s == nil {
			s = map[int]bool{}
			tc.Users[user] = s
		}
		for _, r := range reserves {
			s[r] = true
		}
	}
	for i := range logs {
		l := &logs[i]
		if l.Removed || len(l.Topics) == 0 {
			continue
		}
		where := func() string {
			return fmt.Sprintf("log %d of block %d (tx %s)", l.Index, l.BlockNumber, l.TxHash.Hex())
		}
		topicAddr := func(n int) (common.Address, error) {
			if len(l.Topics) <= n {
				return common.Address{}, fmt.Errorf("aave event %s at %s: topic %d missing", l.Topics[0].Hex(), where(), n)
			}
			return common.BytesToAddress(l.Topics[n].Bytes()), nil
		}
		reserveAt := func(n int) (int, error) {
			a, err := topicAddr(n)
			if err != nil {
				return 0, err
			}
			r, ok := t.m.ReserveOf(a)
			if !ok {
				return 0, &unlistedError{reserve: a}
			}
			return r, nil
		}
		if l.Address != t.m.Pool {
			r, ok := t.aTokens[l.Address]
			if !ok || l.Topics[0] != topicBalanceTransfer {
				continue
			}
			from, err := topicAddr(1)
			if err != nil {
				return nil, err
			}
			to, err := topicAddr(2)
			if err != nil {
				return nil, err
			}
			add(from, r)
			add(to, r)
			continue
		}
		var err error
		switch l.Topics[0] {
		case topicSupply, topicBorrow, topicWithdraw, topicRepay, topicCollateralOn, topicCollateralOff:
			// reserve, then the user (onBehalfOf for Supply and Borrow) indexed
			err = touchAt(1, 2, reserveAt, topicAddr, add)
		case topicDeficitCreated: // user, debt asset indexed
			err = touchAt(2, 1, reserveAt, topicAddr, add)
		case topicLiquidation:
			err = t.touchLiquidation(l, reserveAt, topicAddr, add)
		case topicEModeSet:
			user, e := topicAddr(1)
			if e != nil {
				return nil, e
			}
			if len(l.Data) != 32 {
				return nil, fmt.Errorf("aave UserEModeSet at %s: %d data bytes", where(), len(l.Data))
			}
			add(user)
			tc.Categories = append(tc.Categories, l.Data[31])
		}
		var unlisted *unlistedError
		if errors.As(err, &unlisted) {
			if !slices.Contains(tc.Unlisted, unlisted.reserve) {
				tc.Unlisted = append(tc.Unlisted, unlisted.reserve)
			}
			continue
		}
		if err != nil {
			return nil, err
		}
	}
	return tc, nil
}

// unlistedError is an event's reserve that the market does not list.
type unlistedError struct{ reserve common.Address }

func (e *unlistedError) Error() string { return "reserve " + e.reserve.Hex() + " is not listed" }

type reserveFn func(n int) (int, error)
type addrFn func(n int) (common.Address, error)

// touchAt names the user of topic userTopic in the reserve of topic
// reserveTopic.
func touchAt(reserveTopic, userTopic int, reserveAt reserveFn, topicAddr addrFn, add func(common.Address, ...int)) error {
	r, err := reserveAt(reserveTopic)
	if err != nil {
		return err
	}
	user, err := topicAddr(userTopic)
	if err != nil {
		return err
	}
	add(user, r)
	return nil
}

// touchLiquidation: the borrower in both reserves, and the liquidator's
// collateral when it receives aTokens (data: debtToCover,
// liquidatedCollateralAmount, liquidator, receiveAToken).
func (t *Tracker) touchLiquidation(l *types.Log, reserveAt reserveFn, topicAddr addrFn, add func(common.Address, ...int)) error {
	coll, err := reserveAt(1)
	if err != nil {
		return err
	}
	debt, err := reserveAt(2)
	if err != nil {
		return err
	}
	user, err := topicAddr(3)
	if err != nil {
		return err
	}
	add(user, coll, debt)
	if len(l.Data) != 4*32 {
		return fmt.Errorf("aave LiquidationCall in tx %s: %d data bytes", l.TxHash.Hex(), len(l.Data))
	}
	if l.Data[4*32-1] == 1 {
		add(common.BytesToAddress(l.Data[2*32+12:3*32]), coll)
	}
	return nil
}

// Categories lists the e-mode categories the block's state must read: the
// users' and those entered in tc.
func (t *Tracker) Categories(tc *Touched) []uint8 {
	var out []uint8
	for c, n := range t.categories {
		if n > 0 {
			out = append(out, c)
		}
	}
	if tc != nil {
		out = append(out, tc.Categories...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Read is a block's batch: the state, then per touched user its
// configuration, e-mode and the balances of the reserves named.
type Read struct {
	categories []uint8
	users      []userRead
	calls      []chain.Call
}

type userRead struct {
	user     common.Address
	reserves []int
}

// Calls returns the batch.
func (rd *Read) Calls() []chain.Call { return rd.calls }

// Plan builds the block's batch for tc.
func (t *Tracker) Plan(tc *Touched) *Read {
	rd := &Read{categories: t.Categories(tc)}
	rd.calls = t.m.StateCalls(rd.categories)
	users := make([]common.Address, 0, len(tc.Users))
	for u := range tc.Users {
		users = append(users, u)
	}
	slices.SortFunc(users, func(a, b common.Address) int { return a.Cmp(b) })
	all := make([]int, len(t.m.Reserves))
	for i := range all {
		all[i] = i
	}
	for _, u := range users {
		// A user seen for the first time is read in every reserve: it may
		// hold positions from before the tracker started.
		reserves := all
		if _, known := t.users[u]; known {
			reserves = make([]int, 0, len(tc.Users[u]))
			for r := range tc.Users[u] {
				reserves = append(reserves, r)
			}
			slices.Sort(reserves)
		}
		rd.users = append(rd.users, userRead{user: u, reserves: reserves})
		rd.calls = append(rd.calls, t.userCalls(u, reserves)...)
	}
	return rd
}

func (t *Tracker) userCalls(u common.Address, reserves []int) []chain.Call {
	// Failures are the tracker's to report (applyUser), not the batch's.
	calls := []chain.Call{
		{Target: t.m.Pool, Data: pack("getUserConfiguration", u), AllowFailure: true},
		{Target: t.m.Pool, Data: pack("getUserEMode", u), AllowFailure: true},
	}
	for _, r := range reserves {
		res := &t.m.Reserves[r]
		calls = append(calls,
			chain.Call{Target: res.AToken, Data: pack("scaledBalanceOf", u), AllowFailure: true},
			chain.Call{Target: res.VariableDebt, Data: pack("scaledBalanceOf", u), AllowFailure: true})
	}
	return calls
}

// Apply decodes the batch's results: the block's state, and every touched
// user's new position, which it stores.
func (t *Tracker) Apply(block chain.BlockRef, rd *Read, res []chain.Result) (*State, error) {
	n := 2*len(t.m.Reserves) + 2*len(rd.categories)
	if len(res) < n {
		return nil, fmt.Errorf("aave pool %s: %d results, want at least %d", t.m.Pool, len(res), n)
	}
	s, err := t.m.DecodeState(block, rd.categories, res[:n])
	if err != nil {
		return nil, err
	}
	at := n
	for _, ur := range rd.users {
		k := 2 + 2*len(ur.reserves)
		if len(res) < at+k {
			return nil, fmt.Errorf("aave pool %s: results end before user %s", t.m.Pool, ur.user)
		}
		if err := t.applyUser(ur, res[at:at+k], block.Number); err != nil {
			return nil, err
		}
		at += k
	}
	return s, nil
}

func (t *Tracker) applyUser(ur userRead, res []chain.Result, blockNum uint64) error {
	// Decode everything before changing anything: a failed read leaves
	// the user as it was.
	cfg, err := word(res[0])
	if err != nil {
		return fmt.Errorf("aave user %s: getUserConfiguration: %w", ur.user, err)
	}
	em, err := word(res[1])
	if err != nil {
		return fmt.Errorf("aave user %s: getUserEMode: %w", ur.user, err)
	}
	if !em.LtUint64(256) {
		return fmt.Errorf("aave user %s: e-mode %s out of range", ur.user, em.Dec())
	}
	balances := make([][2]*uint256.Int, len(ur.reserves))
	for j, r := range ur.reserves {
		c, err := word(res[2+2*j])
		if err != nil {
			return fmt.Errorf("aave user %s: scaled balance of %s's aToken: %w", ur.user, t.m.Reserves[r].Asset, err)
		}
		d, err := word(res[3+2*j])
		if err != nil {
			return fmt.Errorf("aave user %s: scaled debt of %s: %w", ur.user, t.m.Reserves[r].Asset, err)
		}
		balances[j] = [2]*uint256.Int{c, d}
	}
	u := t.users[ur.user]
	t.ownLegs(ur.user, u)
	if t.keepHistory {
		t.journal = append(t.journal, userChange{block: blockNum, addr: ur.user, prev: u.clone()})
	}
	if u == nil {
		u = &userState{}
	} else {
		t.categories[u.emode]--
	}
	u.config.Set(cfg)
	u.emode = uint8(em.Uint64())
	t.categories[u.emode]++
	for j, r := range ur.reserves {
		u.setLeg(r, balances[j][0], balances[j][1])
	}
	return t.store(ur.user, u, blockNum)
}

// Set stores u as read at block, as a batch read of every reserve would:
// for books built elsewhere (benchmarks, tools). u's slices are per reserve
// of the market.
func (t *Tracker) Set(u User, block uint64) error {
	if len(u.ScaledCollateral) != len(t.m.Reserves) || len(u.ScaledDebt) != len(t.m.Reserves) {
		return fmt.Errorf("aave user %s: %d and %d balances for %d reserves", u.Address, len(u.ScaledCollateral), len(u.ScaledDebt), len(t.m.Reserves))
	}
	cur := t.users[u.Address]
	t.ownLegs(u.Address, cur)
	if t.keepHistory {
		t.journal = append(t.journal, userChange{block: block, addr: u.Address, prev: cur.clone()})
	}
	if cur == nil {
		cur = &userState{}
	} else {
		t.categories[cur.emode]--
	}
	cur.config.Set(&u.Config)
	cur.emode = u.EMode
	t.categories[cur.emode]++
	for r := range t.m.Reserves {
		cur.setLeg(r, &u.ScaledCollateral[r], &u.ScaledDebt[r])
	}
	return t.store(u.Address, cur, block)
}

// clone deep-copies u (nil stays nil); a plain loop's legs must be its
// own first (ownLegs).
func (u *userState) clone() *userState {
	if u == nil {
		return nil
	}
	c := *u
	c.legs = slices.Clone(u.legs)
	return &c
}

// KeepHistory turns the undo journal on (for the tracker and its book):
// from now on every block's changes can be undone by Rollback until they
// are pruned.
func (t *Tracker) KeepHistory() {
	t.keepHistory = true
	t.book.KeepHistory()
}

// Rollback undoes, newest first, every change made by a block after block
// and returns the users it changed back.
func (t *Tracker) Rollback(block uint64) []common.Address {
	t.book.RollbackChanges(block) // the loops' order, with its own journal
	var undone []common.Address
	for len(t.journal) > 0 {
		e := t.journal[len(t.journal)-1]
		if e.block <= block {
			break
		}
		t.journal = t.journal[:len(t.journal)-1]
		if cur, ok := t.users[e.addr]; ok {
			t.categories[cur.emode]--
		}
		t.dropComplex(e.addr)
		delete(t.users, e.addr)
		if e.prev != nil {
			// prev keeps its own legs (journaled by clone), whatever the
			// book's record holds after its own rollback.
			t.users[e.addr] = e.prev
			t.categories[e.prev.emode]++
			if _, _, _, isLoop, indebted := t.classify(e.prev); indebted && !isLoop {
				t.setComplex(e.addr, e.prev)
			}
		}
		undone = append(undone, e.addr)
	}
	return undone
}

// Prune forgets the changes of blocks up to and including block.
func (t *Tracker) Prune(block uint64) {
	k := 0
	for k < len(t.journal) && t.journal[k].block <= block {
		k++
	}
	t.journal = append(t.journal[:0], t.journal[k:]...)
	t.book.Prune(block)
}

// setLeg sets reserve r's balances, keeping legs sorted and nonzero.
func (u *userState) setLeg(r int, coll, debt *uint256.Int) {
	i, found := slices.BinarySearchFunc(u.legs, r, func(l leg, r int) int { return l.reserve - r })
	switch {
	case coll.IsZero() && debt.IsZero():
		if found {
			u.legs = slices.Delete(u.legs, i, i+1)
		}
	case found:
		u.legs[i].coll.Set(coll)
		u.legs[i].debt.Set(debt)
	default:
		u.legs = slices.Insert(u.legs, i, leg{reserve: r, coll: *coll, debt: *debt})
	}
}

// store files u: in its loop's book market, in the complex set, or in
// neither when it has no debt; a user with nothing left is dropped.
func (t *Tracker) store(addr common.Address, u *userState, blockNum uint64) error {
	if u.inLoop {
		// Put (not Remove) so that the change is journaled with its block.
		var zero uint256.Int
		if err := t.loops[u.loop].Put(addr, &zero, &zero, blockNum); err != nil {
			return err
		}
		u.inLoop = false
	}
	t.dropComplex(addr)
	if len(u.legs) == 0 {
		t.categories[u.emode]--
		delete(t.users, addr)
		return nil
	}
	t.users[addr] = u
	key, coll, debt, isLoop, indebted := t.classify(u)
	switch {
	case isLoop:
		bm := t.loops[key]
		if bm == nil {
			bm = t.book.AddMarket(key.id(), t.dustBound(key))
			t.loops[key] = bm
			i, _ := slices.BinarySearchFunc(t.loopKeys, key, func(a, b loopKey) int { return a.id().Cmp(b.id()) })
			t.loopKeys = slices.Insert(t.loopKeys, i, key)
		}
		if err := bm.Put(addr, coll, debt, blockNum); err != nil {
			return err
		}
		u.loop, u.inLoop = key, true
		// A loop's collateral leg has no debt (classify); with no third
		// leg and no collateral in the debt leg, the record holds every
		// balance it has.
		if len(u.legs) == 2 {
			d := &u.legs[0]
			if d.reserve != int(key.debt) {
				d = &u.legs[1]
			}
			if d.coll.IsZero() {
				u.legs = nil
			}
		}
	case indebted:
		t.setComplex(addr, u)
	}
	return nil
}

// ownLegs gives a plain loop its legs back from its book record, before
// they change or are journaled. u may be nil.
func (t *Tracker) ownLegs(addr common.Address, u *userState) {
	if u != nil && u.legs == nil && u.inLoop {
		u.legs = t.legsOf(addr, u, nil)
	}
}

// legsOf is u's legs: its own, or a plain loop's two from its record
// (appended to buf).
func (t *Tracker) legsOf(addr common.Address, u *userState, buf []leg) []leg {
	if u.legs != nil || !u.inLoop {
		return u.legs
	}
	r, _ := t.loops[u.loop].Get(addr)
	return loopLegs(u.loop, &r, buf)
}

// loopLegs is a plain loop's legs from its record r, by reserve index.
func loopLegs(k loopKey, r *book.Record, buf []leg) []leg {
	c := leg{reserve: int(k.coll), coll: r.Collateral}
	d := leg{reserve: int(k.debt), debt: r.Debt}
	if c.reserve < d.reserve {
		return append(buf, c, d)
	}
	return append(buf, d, c)
}

// setComplex files u as complex user addr; dropComplex takes addr out.
func (t *Tracker) setComplex(addr common.Address, u *userState) {
	i, found := slices.BinarySearchFunc(t.complex, addr, func(c complexUser, a common.Address) int { return c.addr.Cmp(a) })
	if found {
		t.complex[i].u = u
		return
	}
	t.complex = slices.Insert(t.complex, i, complexUser{addr: addr, u: u})
}

func (t *Tracker) dropComplex(addr common.Address) {
	i, found := slices.BinarySearchFunc(t.complex, addr, func(c complexUser, a common.Address) int { return c.addr.Cmp(a) })
	if found {
		t.complex = slices.Delete(t.complex, i, i+1)
	}
}

// dustBound is the scaled collateral from which a loop is ordered in its
// market's first tier: about one whole token.
func (t *Tracker) dustBound(k loopKey) *uint256.Int {
	dec := t.m.Reserves[k.coll].Config.Decimals
	return new(uint256.Int).Exp(uint256.NewInt(10), uint256.NewInt(uint64(dec)))
}

// classify tells a loop (exactly one counted collateral and one borrowed
// reserve) from other indebted users.
func (t *Tracker) classify(u *userState) (key loopKey, coll, debt *uint256.Int, isLoop, indebted bool) {
	nColl, nDebt := 0, 0
	var cl, dl *leg
	for i := range u.legs {
		l := &u.legs[i]
		r := &t.m.Reserves[l.reserve]
		if r.ID >= 128 {
			continue // not a reserve id a configuration can hold
		}
		if bit(&u.config, 2*uint(r.ID)+1) && !l.coll.IsZero() {
			nColl++
			cl = l
		}
		if bit(&u.config, 2*uint(r.ID)) || !l.debt.IsZero() {
			nDebt++
			dl = l
		}
	}
	if nDebt == 0 {
		return loopKey{}, nil, nil, false, false
	}
	if nColl != 1 || nDebt != 1 || cl == dl {
		return loopKey{}, nil, nil, false, true
	}
	key = loopKey{coll: uint16(cl.reserve), debt: uint16(dl.reserve)}
	if u.emode != 0 {
		key.emode = u.emode // whether it covers the collateral is the state's to say
	}
	return key, &cl.coll, &dl.debt, true, true
}

// Users is the number of users with a position.
func (t *Tracker) Users() int { return len(t.users) }

// Addresses lists the users with a position, sorted.
func (t *Tracker) Addresses() []common.Address {
	out := make([]common.Address, 0, len(t.users))
	for a := range t.users {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

// Loops and Complex count the indebted users by kind.
func (t *Tracker) Loops() int {
	n := 0
	for _, bm := range t.loops {
		n += bm.Len()
	}
	return n
}

func (t *Tracker) Complex() int { return len(t.complex) }

// User returns a tracked user's position as a User (zero balances for
// reserves it does not hold).
func (t *Tracker) User(addr common.Address) (User, bool) {
	u, ok := t.users[addr]
	if !ok {
		return User{}, false
	}
	out := User{Address: addr, EMode: u.emode, ScaledCollateral: make([]uint256.Int, len(t.m.Reserves)), ScaledDebt: make([]uint256.Int, len(t.m.Reserves))}
	out.Config.Set(&u.config)
	var buf [2]leg
	for _, l := range t.legsOf(addr, u, buf[:0]) {
		out.ScaledCollateral[l.reserve].Set(&l.coll)
		out.ScaledDebt[l.reserve].Set(&l.debt)
	}
	return out, true
}

// Load reads users in full at block (start-up): batches of whole users.
func (t *Tracker) Load(ctx context.Context, mc BatchReader, block chain.BlockRef, users []common.Address) error {
	all := make([]int, len(t.m.Reserves))
	for i := range all {
		all[i] = i
	}
	per := max(1, chain.MaxBatch/(2+2*len(all)))
	for start := 0; start < len(users); start += per {
		chunk := users[start:min(start+per, len(users))]
		var calls []chain.Call
		for _, u := range chunk {
			calls = append(calls, t.userCalls(u, all)...)
		}
		res, err := mc.Do(ctx, block.Hash, calls)
		if err != nil {
			return fmt.Errorf("aave pool %s: read users at block %d: %w", t.m.Pool, block.Number, err)
		}
		k := 2 + 2*len(all)
		for i, u := range chunk {
			if err := t.applyUser(userRead{user: u, reserves: all}, res[i*k:(i+1)*k], block.Number); err != nil {
				return err
			}
		}
	}
	return nil
}

// Target is a liquidatable user with the reserves to liquidate and the
// exact terms.
type Target struct {
	User    common.Address
	Account aave.Account
	// Coll and Debt are reserve indexes in the market.
	Coll, Debt int
	Case       *aave.LiquidationCase
}

// ErrStateMismatch is a state read for another market.
var ErrStateMismatch = errors.New("aave: state does not match the market")

// wadOne is a health factor of 1.
var wadOne = uint256.NewInt(aave.WAD)

// Liquidatable finds every user whose health factor at s is below 1: the
// loops through their markets' order (a walk from the top that stops once
// every later loop is provably healthy), then the complex users by
// address, each evaluated in full unless the screen proves it healthy
// (screen.go). The set equals a full scan's, and each target's account is
// getUserAccountData's.
func (t *Tracker) Liquidatable(s *State) ([]Target, error) {
	if len(s.Reserves) != len(t.m.Reserves) {
		return nil, ErrStateMismatch
	}
	f := &finder{t: t, s: s, hits: hitPool.Get().(*[]hit)}
	f.stop.init()
	defer f.release()
	for _, k := range t.loopKeys {
		if err := f.walk(k); err != nil {
			return nil, err
		}
	}
	sc := newScreen(s)
	for i := range t.complex {
		c := &t.complex[i]
		if sc.healthy(s, c.u) {
			continue
		}
		if _, err := f.visit(c.addr, c.u, c.u.legs); err != nil {
			return nil, err
		}
	}
	return f.targets(), nil
}

// finder is one Liquidatable call. It gathers hits in scratch from a pool
// (Liquidatable may run concurrently under a read lock), then allocates
// the targets and their cases once each, at their final size.
type finder struct {
	t    *Tracker
	s    *State
	hits *[]hit
	// stop is the walk's stop rule, set for each loop market in turn.
	stop stopRule
}

// hit is a target before its case is placed, with the case's inputs.
type hit struct {
	tg     Target
	sc, sd uint256.Int // the chosen legs' scaled balances
	emode  uint8
}

var hitPool = sync.Pool{New: func() any { return new([]hit) }}

func (f *finder) release() {
	*f.hits = (*f.hits)[:0]
	hitPool.Put(f.hits)
}

// caseBox holds a target's case with the account it points to.
type caseBox struct {
	c aave.LiquidationCase
	a aave.Account
}

// targets are the hits with their cases.
func (f *finder) targets() []Target {
	hits := *f.hits
	if len(hits) == 0 {
		return nil
	}
	n := 0
	for i := range hits {
		if hits[i].tg.Coll >= 0 && hits[i].tg.Debt >= 0 {
			n++
		}
	}
	out, boxes := make([]Target, len(hits)), make([]caseBox, n)
	for i := range hits {
		h := &hits[i]
		out[i] = h.tg
		if h.tg.Coll < 0 || h.tg.Debt < 0 {
			continue // nothing a liquidation can seize
		}
		out[i].Case = f.t.caseOf(f.s, h.emode, &h.tg.Account, h.tg.Coll, h.tg.Debt, &h.sc, &h.sd, &boxes[0])
		boxes = boxes[1:]
	}
	return out
}

// walk visits loop market k from the top, tier by tier, then its loose
// loops.
func (f *finder) walk(k loopKey) error {
	bm := f.t.loops[k]
	stop := &f.stop
	stop.set(f.s, k)
	var err error
	visit := func(r *book.Record) bool {
		u := f.t.users[r.Owner]
		if u == nil {
			return false
		}
		var buf [2]leg
		legs := u.legs
		if legs == nil {
			legs = loopLegs(k, r, buf[:0])
		}
		var matched bool
		matched, err = f.visit(r.Owner, u, legs)
		return matched
	}
	for tier := 0; tier < bm.Tiers() && err == nil; tier++ {
		cmin := bm.TierMin(tier)
		bm.WalkTier(tier, func(r *book.Record) bool {
			matched := visit(r)
			return err == nil && (matched || !stop.safeBeyond(r, cmin))
		})
	}
	if err == nil {
		bm.Loose(func(r *book.Record) bool {
			visit(r)
			return err == nil
		})
	}
	return err
}

// visit adds user addr (u, with legs) to the targets when its health
// factor at the state is below 1.
func (f *finder) visit(addr common.Address, u *userState, legs []leg) (bool, error) {
	var lb [4]aave.Leg
	var ib [4]int
	var vb [4]aave.LegValues
	e := evaluation{legs: legs}
	e.al, e.at = accountLegs(f.s, u, legs, lb[:0], ib[:0])
	e.vals = vb[:]
	if len(e.al) > len(e.vals) {
		e.vals = make([]aave.LegValues, len(e.al))
	}
	em, err := emodeOf(f.s, addr, u.emode)
	if err != nil {
		return false, err
	}
	a, err := aave.AccountDataValues(f.t.m.Version, e.al, em, e.vals)
	if err != nil {
		return false, err
	}
	if !a.HealthFactor.Lt(wadOne) {
		return false, nil
	}
	*f.hits = append(*f.hits, hit{emode: u.emode})
	h := &(*f.hits)[len(*f.hits)-1]
	return true, f.target(h, addr, &e, &a)
}

// evaluation is a user's legs (nonzero balances) and the legs AccountData
// read for it at a state: al[k] is reserve at[k], whose values are
// vals[k].
type evaluation struct {
	legs []leg
	al   []aave.Leg
	at   []int
	vals []aave.LegValues
}

// accountLegs are the legs State.Account gives AccountData for u (every
// reserve u's configuration names, by index) and their reserve indexes,
// appended to al and at.
func accountLegs(s *State, u *userState, legs []leg, al []aave.Leg, at []int) ([]aave.Leg, []int) {
	j := 0
	for i := range s.Reserves {
		r := &s.Reserves[i]
		if r.ID >= 128 {
			continue // not a reserve id a configuration can hold
		}
		l := aave.Leg{Reserve: r, Collateral: bit(&u.config, 2*uint(r.ID)+1), Borrowing: bit(&u.config, 2*uint(r.ID))}
		if !l.Collateral && !l.Borrowing {
			continue
		}
		for j < len(legs) && legs[j].reserve < i {
			j++
		}
		if j < len(legs) && legs[j].reserve == i {
			l.ScaledCollateral, l.ScaledDebt = legs[j].coll, legs[j].debt
		}
		al, at = append(al, l), append(at, i)
	}
	return al, at
}

// emodeOf is the state's e-mode category emode (nil for 0), as
// State.Account requires it.
func emodeOf(s *State, addr common.Address, emode uint8) (*aave.EMode, error) {
	if emode == 0 {
		return nil, nil
	}
	em, ok := s.EModes[emode]
	if !ok {
		return nil, fmt.Errorf("aave user %s: e-mode category %d not read", addr, emode)
	}
	return em, nil
}

// target fills h with the reserves to liquidate: the largest counted
// collateral and the largest debt by value, the first by reserve index on
// a tie. The values are the account's where it counted them.
func (f *finder) target(h *hit, addr common.Address, e *evaluation, a *aave.Account) error {
	s, v := f.s, f.t.m.Version
	bestColl, bestDebt := -1, -1
	var collVal, debtVal *uint256.Int
	var sc, sd *uint256.Int // the chosen legs' scaled balances
	k := 0
	for j := range e.legs {
		l := &e.legs[j]
		for k < len(e.at) && e.at[k] < l.reserve {
			k++
		}
		read := k < len(e.at) && e.at[k] == l.reserve
		r := &s.Reserves[l.reserve]
		if read && e.al[k].Collateral && r.LT != 0 && !l.coll.IsZero() {
			if val := &e.vals[k].Collateral; bestColl < 0 || val.Gt(collVal) {
				bestColl, collVal, sc = l.reserve, val, &l.coll
			}
		}
		if !l.debt.IsZero() {
			var val *uint256.Int
			if read && e.al[k].Borrowing {
				val = &e.vals[k].Debt
			} else {
				// A debt the configuration does not count: valued alone.
				var err error
				if val, err = aave.DebtValue(v, &l.debt, r); err != nil {
					return err
				}
			}
			if bestDebt < 0 || val.Gt(debtVal) {
				bestDebt, debtVal, sd = l.reserve, val, &l.debt
			}
		}
	}
	h.tg = Target{User: addr, Account: *a, Coll: bestColl, Debt: bestDebt}
	if sc != nil && sd != nil {
		h.sc, h.sd = *sc, *sd
	}
	return nil
}

// caseOf is the liquidation case of reserves coll and debt (scaled
// balances sc and sd) of a user in e-mode category emode with account a
// at s, with the block's configuration, not the one read at start:
// governance changes bonuses and fees. It is written to box.
func (t *Tracker) caseOf(s *State, emode uint8, a *aave.Account, coll, debt int, sc, sd *uint256.Int, box *caseBox) *aave.LiquidationCase {
	bonus := s.Data[coll].Config.Bonus
	if em := s.EModes[emode]; em.Covers(s.Reserves[coll].ID) {
		bonus = em.LB
	}
	box.a = *a
	box.c = aave.LiquidationCase{
		Version: t.m.Version, Account: &box.a, Coll: &s.Reserves[coll], Debt: &s.Reserves[debt],
		ScaledCollateral: *sc, ScaledDebt: *sd,
		Bonus: bonus, ProtocolFee: s.Data[coll].Config.ProtocolFee,
	}
	return &box.c
}

// Position is a tracked user's account and the case of its reserves coll
// and debt at s, whatever its health (managed positions, risk figures);
// ok is false for a user the tracker does not hold.
func (t *Tracker) Position(s *State, addr common.Address, coll, debt int) (Target, bool, error) {
	if len(s.Reserves) != len(t.m.Reserves) {
		return Target{}, false, ErrStateMismatch
	}
	u, ok := t.User(addr)
	if !ok {
		return Target{}, false, nil
	}
	a, err := s.Account(t.m.Version, &u)
	if err != nil {
		return Target{}, true, err
	}
	c := t.caseOf(s, u.EMode, &a, coll, debt, &u.ScaledCollateral[coll], &u.ScaledDebt[debt], new(caseBox))
	return Target{User: addr, Account: a, Coll: coll, Debt: debt, Case: c}, true, nil
}

// LoopMarket is one of the tracker's loop markets: its reserves (indexes
// in the market), the e-mode category of its users and how many it holds.
type LoopMarket struct {
	Coll, Debt int
	EMode      uint8
	Len        int
}

// LoopMarkets lists the loop markets, ordered by reserves then e-mode.
func (t *Tracker) LoopMarkets() []LoopMarket {
	out := make([]LoopMarket, 0, len(t.loops))
	for k, bm := range t.loops {
		out = append(out, LoopMarket{Coll: int(k.coll), Debt: int(k.debt), EMode: k.emode, Len: bm.Len()})
	}
	slices.SortFunc(out, func(a, b LoopMarket) int {
		return cmp.Or(cmp.Compare(a.Coll, b.Coll), cmp.Compare(a.Debt, b.Debt), cmp.Compare(a.EMode, b.EMode))
	})
	return out
}

// Loop tells whether addr is a loop and in which market; ok is false for
// users without debt, complex users and unknown ones.
func (t *Tracker) Loop(addr common.Address) (LoopMarket, bool) {
	u, ok := t.users[addr]
	if !ok || !u.inLoop {
		return LoopMarket{}, false
	}
	return LoopMarket{Coll: int(u.loop.coll), Debt: int(u.loop.debt), EMode: u.loop.emode}, true
}

// ComplexUsers lists the indebted users that are not loops, sorted.
func (t *Tracker) ComplexUsers() []common.Address {
	out := make([]common.Address, len(t.complex))
	for i := range t.complex {
		out[i] = t.complex[i].addr
	}
	return out
}

// Market is the pool the tracker follows.
func (t *Tracker) Market() *Market { return t.m }

// stopRule decides when a loop market's walk may stop. For a loop with
// scaled collateral A and scaled debt B, the Pool's rounding keeps the
// collateral value above A·I·Pc/(RAY·Uc) − 1 − Pc/Uc and the debt value
// below B·D·Pd/(RAY·Ud) + 1 + Pd/Ud, and the health factor is at least 1
// once LT·collateral ≥ 1e4·(debt + 1) (the +1 covers v3.3's half-up
// percentMul). Every loop after record (A, B) in the order has
// B'/A' ≤ B/A and, in a tier, A' ≥ Cmin, so all of them are healthy when
//
//	Cmin·(A·LT·Ud·I·Pc − 1e4·Uc·B·D·Pd) ≥ A·RAY·(LT·Ud·(Uc+Pc) + 1e4·Uc·(2·Ud+Pd)).
type stopRule struct {
	// kColl = LT·Ud·I·Pc, kDebt = 1e4·Uc·D·Pd, slack = RAY·(LT·Ud·(Uc+Pc) + 1e4·Uc·(2·Ud+Pd)).
	kColl, kDebt, slack big.Int
	// a, b, p and q are scratch: safeBeyond runs for every loop the walk
	// visits.
	a, b, p, q big.Int
	// words back the seven numbers, so that the walk does not allocate:
	// 18 words hold any product here of 256-bit state values and 128-bit
	// balances.
	words [7][18]big.Word
}

// init gives the numbers their words.
func (sr *stopRule) init() {
	for i, z := range [...]*big.Int{&sr.kColl, &sr.kDebt, &sr.slack, &sr.a, &sr.b, &sr.p, &sr.q} {
		z.SetBits(sr.words[i][:0])
	}
}

// set makes sr the rule of loop market k at s.
func (sr *stopRule) set(s *State, k loopKey) {
	c, d := &s.Reserves[k.coll], &s.Reserves[k.debt]
	lt := uint64(c.LT)
	if em := s.EModes[k.emode]; em.Covers(c.ID) && c.LT != 0 {
		lt = uint64(em.LT) // a reserve LT of 0 counts no collateral, e-mode or not
	}
	// A product's result is never one of its operands: big.Int would
	// allocate.
	a, b, p, q := &sr.a, &sr.b, &sr.p, &sr.q
	p.Mul(setBig(a, &d.Unit), b.SetUint64(lt))                        // LT·Ud
	sr.kColl.Mul(q.Mul(p, setBig(a, &c.Income)), setBig(b, &c.Price)) // LT·Ud·I·Pc
	a.Add(setBig(a, &c.Unit), setBig(b, &c.Price))
	sr.slack.Mul(p, a)                                              // LT·Ud·(Uc+Pc)
	p.Mul(setBig(a, &c.Unit), b.SetUint64(1e4))                     // 1e4·Uc
	sr.kDebt.Mul(q.Mul(p, setBig(a, &d.Debt)), setBig(b, &d.Price)) // 1e4·Uc·D·Pd
	a.Lsh(setBig(a, &d.Unit), 1)
	a.Add(a, setBig(b, &d.Price))
	sr.slack.Add(&sr.slack, q.Mul(p, a)) // + 1e4·Uc·(2·Ud+Pd)
	q.Mul(&sr.slack, setBig(a, aave.RAY))
	sr.slack.Set(q)
}

// safeBeyond reports that every loop after r in a tier whose collateral is
// at least cmin is healthy.
func (sr *stopRule) safeBeyond(r *book.Record, cmin *uint256.Int) bool {
	if cmin.IsZero() {
		return false
	}
	A, B := setBig(&sr.a, &r.Collateral), setBig(&sr.b, &r.Debt)
	lhs := sr.p.Mul(A, &sr.kColl)
	lhs.Sub(lhs, sr.q.Mul(B, &sr.kDebt))
	if lhs.Sign() <= 0 {
		return false
	}
	lhs = sr.q.Mul(lhs, setBig(B, cmin))
	return lhs.Cmp(sr.p.Mul(A, &sr.slack)) >= 0
}

// setBig sets z to x, reusing z's words.
func setBig(z *big.Int, x *uint256.Int) *big.Int {
	b := x.Bytes32()
	return z.SetBytes(b[:])
}
