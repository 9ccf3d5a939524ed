package aave

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

var (
	tPool   = common.HexToAddress("0x9001")
	tWstETH = common.HexToAddress("0xa001")
	tWETH   = common.HexToAddress("0xa002")
	tAWst   = common.HexToAddress("0xb001")
	tAWeth  = common.HexToAddress("0xb002")
	tAlice  = common.HexToAddress("0xa11ce")
	tBob    = common.HexToAddress("0xb0b")
)

func testMarket() *Market {
	m := &Market{Pool: tPool, Version: aave.V3_5, byAsset: map[common.Address]int{}}
	for i, r := range []struct{ asset, aToken common.Address }{{tWstETH, tAWst}, {tWETH, tAWeth}} {
		m.byAsset[r.asset] = i
		m.Reserves = append(m.Reserves, Reserve{Asset: r.asset, ReserveData: ReserveData{ID: uint16(i), AToken: r.aToken, Config: ReserveConfig{Decimals: 18}}})
	}
	return m
}

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func TestTouchNamesUsersAndReserves(t *testing.T) {
	t.Parallel()
	tr := NewTracker(testMarket())
	liqData := make([]byte, 128)
	copy(liqData[64+12:96], tBob.Bytes())
	liqData[127] = 1 // receiveAToken
	logs := []types.Log{
		{Address: tPool, Topics: []common.Hash{topicSupply, addrTopic(tWstETH), addrTopic(tAlice)}},
		{Address: tPool, Topics: []common.Hash{topicBorrow, addrTopic(tWETH), addrTopic(tAlice)}},
		{Address: tPool, Topics: []common.Hash{topicEModeSet, addrTopic(tAlice)}, Data: common.LeftPadBytes([]byte{1}, 32)},
		{Address: tPool, Topics: []common.Hash{topicLiquidation, addrTopic(tWstETH), addrTopic(tWETH), addrTopic(common.HexToAddress("0xc0"))}, Data: liqData},
		{Address: tAWeth, Topics: []common.Hash{topicBalanceTransfer, addrTopic(tBob), addrTopic(common.HexToAddress("0xd0"))}},
		{Address: tPool, Topics: []common.Hash{topicDeficitCreated, addrTopic(common.HexToAddress("0xc0")), addrTopic(tWETH)}},
		// Removed logs and other contracts' events are ignored.
		{Address: tPool, Topics: []common.Hash{topicSupply, addrTopic(tWstETH), addrTopic(common.HexToAddress("0xe0"))}, Removed: true},
	}
	tc, err := tr.Touch(logs)
	require.NoError(t, err)
	require.Equal(t, map[common.Address]map[int]bool{
		tAlice:                      {0: true, 1: true},
		common.HexToAddress("0xc0"): {0: true, 1: true},
		tBob:                        {0: true, 1: true},
		common.HexToAddress("0xd0"): {1: true},
	}, tc.Users)
	require.Equal(t, []uint8{1}, tc.Categories)

	// A reserve listed after the market was loaded: skipped and reported.
	tc, err = tr.Touch([]types.Log{{Address: tPool, Topics: []common.Hash{topicSupply, addrTopic(common.HexToAddress("0x77")), addrTopic(tAlice)}, BlockNumber: 9}})
	require.NoError(t, err)
	require.Empty(t, tc.Users)
	require.Equal(t, []common.Address{common.HexToAddress("0x77")}, tc.Unlisted)
	_, err = tr.Touch([]types.Log{{Address: tPool, Topics: []common.Hash{topicWithdraw, addrTopic(tWETH)}}})
	require.ErrorContains(t, err, "topic 2 missing")
}

func TestTrackerClassifiesLoopsAndComplexUsers(t *testing.T) {
	t.Parallel()
	tr := NewTracker(testMarket())
	one := uint256.NewInt(1e18)
	loop := &userState{}
	loop.config.SetUint64(0b0110) // collateral in reserve 0 (bit 1), borrowing reserve 1 (bit 2)
	loop.setLeg(0, one, new(uint256.Int))
	loop.setLeg(1, new(uint256.Int), uint256.NewInt(5e17))
	require.NoError(t, tr.store(tAlice, loop, 1))
	require.Equal(t, 1, tr.Loops())

	both := &userState{}
	both.config.SetUint64(0b1111) // collateral and debt in both
	both.setLeg(0, one, uint256.NewInt(1))
	both.setLeg(1, one, uint256.NewInt(1))
	require.NoError(t, tr.store(tBob, both, 1))
	require.Equal(t, 1, tr.Complex())

	// Alice repays everything: still tracked (collateral), out of the
	// order; then withdraws: dropped. (A plain loop keeps its balances in
	// its record: it takes them back before a change, as applyUser does.)
	require.Nil(t, loop.legs)
	tr.ownLegs(tAlice, loop)
	loop.config.SetUint64(0b0010)
	loop.setLeg(1, new(uint256.Int), new(uint256.Int))
	require.NoError(t, tr.store(tAlice, loop, 2))
	require.Equal(t, 0, tr.Loops())
	require.Equal(t, 2, tr.Users())
	loop.setLeg(0, new(uint256.Int), new(uint256.Int))
	require.NoError(t, tr.store(tAlice, loop, 3))
	require.Equal(t, 1, tr.Users())
}

// userResults are applyUser's results for a configuration, an e-mode and
// (collateral, debt) per reserve of ur.
func userResults(config uint64, emode uint64, legs ...[2]uint64) []chain.Result {
	w := func(x uint64) chain.Result {
		b := uint256.NewInt(x).Bytes32()
		return chain.Result{Success: true, Data: b[:]}
	}
	out := []chain.Result{w(config), w(emode)}
	for _, l := range legs {
		out = append(out, w(l[0]), w(l[1]))
	}
	return out
}

// snapshotOf is every tracked user's state, for comparison.
func snapshotOf(tr *Tracker) map[common.Address]User {
	out := map[common.Address]User{}
	for _, a := range tr.Addresses() {
		out[a], _ = tr.User(a)
	}
	return out
}

// TestTrackerRollback: the changes of blocks after a reorg's common
// ancestor are undone, users, loops, complex users and e-mode counts
// included, and the result equals a tracker that never saw those blocks.
func TestTrackerRollback(t *testing.T) {
	t.Parallel()
	both := []int{0, 1}
	apply := func(tr *Tracker, block uint64, user common.Address, config, emode uint64, legs ...[2]uint64) {
		t.Helper()
		require.NoError(t, tr.applyUser(userRead{user: user, reserves: both}, userResults(config, emode, legs...), block))
	}
	carol := common.HexToAddress("0xca501")
	block1 := func(tr *Tracker) {
		apply(tr, 1, tAlice, 0b0110, 1, [2]uint64{100e15, 0}, [2]uint64{0, 90e15}) // e-mode loop
		apply(tr, 1, tBob, 0b0010, 0, [2]uint64{5e15, 0}, [2]uint64{0, 0})         // supplier
	}
	followed := NewTracker(testMarket())
	followed.KeepHistory()
	block1(followed)
	want := snapshotOf(followed)
	wantLoops, wantComplex := followed.Loops(), followed.Complex()

	apply(followed, 2, tAlice, 0b1111, 0, [2]uint64{100e15, 1e15}, [2]uint64{2e15, 90e15}) // now complex, out of e-mode
	apply(followed, 2, tBob, 0, 0, [2]uint64{0, 0}, [2]uint64{0, 0})                       // withdrew everything
	apply(followed, 3, carol, 0b0110, 1, [2]uint64{10e15, 0}, [2]uint64{0, 9e15})          // a new loop
	apply(followed, 3, tAlice, 0b0110, 1, [2]uint64{50e15, 0}, [2]uint64{0, 45e15})        // a loop again
	require.Equal(t, 2, followed.Loops())
	require.Equal(t, 2, followed.Users())

	undone := followed.Rollback(1)
	require.ElementsMatch(t, []common.Address{tAlice, tBob, carol, tAlice}, undone)
	require.Equal(t, want, snapshotOf(followed))
	require.Equal(t, wantLoops, followed.Loops())
	require.Equal(t, wantComplex, followed.Complex())
	require.Equal(t, []uint8{0, 1}, followed.Categories(nil))

	// The order is the one block 1 left: Alice alone, at her block-1 amounts.
	bm := followed.loops[loopKey{coll: 0, debt: 1, emode: 1}]
	rec, ok := bm.Get(tAlice)
	require.True(t, ok)
	require.Equal(t, uint64(100e15), rec.Collateral.Uint64())
	_, ok = bm.Get(carol)
	require.False(t, ok)

	// After pruning block 1's changes, a rollback to 0 undoes nothing.
	followed.Prune(1)
	require.Empty(t, followed.Rollback(0))
	require.Equal(t, want, snapshotOf(followed))
}

func TestCheckpointRefusesBadData(t *testing.T) {
	t.Parallel()
	tr := NewTracker(testMarket())
	require.NoError(t, tr.applyUser(userRead{user: tAlice, reserves: []int{0, 1}}, userResults(0b0110, 1, [2]uint64{100e15, 0}, [2]uint64{0, 90e15}), 7))
	block := chain.BlockRef{Number: 7, Hash: common.HexToHash("0x77"), Time: 1_700_000_000}
	data := tr.Checkpoint(block)

	other := NewTracker(testMarket())
	got, err := other.Restore(data)
	require.NoError(t, err)
	require.Equal(t, block, got)
	require.Equal(t, snapshotOf(tr), snapshotOf(other))
	require.Equal(t, 1, other.Loops())

	bad := append([]byte(nil), data...)
	bad[len(bad)/2] ^= 1
	_, err = other.Restore(bad)
	require.ErrorIs(t, err, ErrBadCheckpoint)
	require.ErrorContains(t, err, "checksum mismatch")
	_, err = other.Restore(data[:20])
	require.ErrorContains(t, err, "20 bytes")
	m := testMarket()
	m.Pool = common.HexToAddress("0x9002")
	_, err = NewTracker(m).Restore(data)
	require.ErrorContains(t, err, "pool 0x0000000000000000000000000000000000009001, not 0x0000000000000000000000000000000000009002")
	require.Equal(t, snapshotOf(tr), snapshotOf(other), "a refused checkpoint leaves the tracker as it was")

	// Restored with history on, a rollback below the checkpoint's block
	// undoes nothing: the restored state is the base.
	kept := NewTracker(testMarket())
	kept.KeepHistory()
	_, err = kept.Restore(data)
	require.NoError(t, err)
	require.Empty(t, kept.Rollback(6))
	require.Equal(t, 1, kept.Loops(), "the loop stays in the order")
	require.Equal(t, snapshotOf(tr), snapshotOf(kept))
}

// TestSetEqualsARead: a user stored with Set is the user a batch read of
// every reserve stores, in the same loop market or complex set.
func TestSetEqualsARead(t *testing.T) {
	read, set := NewTracker(testMarket()), NewTracker(testMarket())
	users := []struct {
		config, emode uint64
		legs          [][2]uint64
	}{
		{0b0110, 1, [][2]uint64{{5e18, 0}, {0, 4e18}}},       // an e-mode loop
		{0b0110, 0, [][2]uint64{{7e18, 0}, {0, 3e18}}},       // a plain loop
		{0b1111, 0, [][2]uint64{{7e18, 1e18}, {2e18, 3e18}}}, // complex
		{0b0010, 0, [][2]uint64{{9e18, 0}, {0, 0}}},          // a supplier
	}
	for i, u := range users {
		addr := common.Address{19: byte(i + 1)}
		res := userResults(u.config, u.emode, u.legs...)
		require.NoError(t, read.applyUser(userRead{user: addr, reserves: []int{0, 1}}, res, 7))
		x := User{Address: addr, EMode: uint8(u.emode), ScaledCollateral: make([]uint256.Int, 2), ScaledDebt: make([]uint256.Int, 2)}
		x.Config.SetUint64(u.config)
		for r, l := range u.legs {
			x.ScaledCollateral[r].SetUint64(l[0])
			x.ScaledDebt[r].SetUint64(l[1])
		}
		require.NoError(t, set.Set(x, 7))
	}
	require.Equal(t, snapshotOf(read), snapshotOf(set))
	require.Equal(t, read.LoopMarkets(), set.LoopMarkets())
	require.Equal(t, read.ComplexUsers(), set.ComplexUsers())
	require.Equal(t, 2, set.Loops())
	require.Equal(t, 1, set.Complex())
	require.Error(t, set.Set(User{Address: common.Address{1}}, 8), "balances for every reserve are required")
}

// refKind classifies a user from its User, by the rule the tracker
// documents: a loop has exactly one counted collateral and one borrowed
// reserve (among those it holds a balance in), which differ.
func refKind(m *Market, u *User) (loop LoopMarket, isLoop, indebted bool) {
	nColl, nDebt, cl, dl := 0, 0, -1, -1
	for i := range m.Reserves {
		id := m.Reserves[i].ID
		if u.ScaledCollateral[i].IsZero() && u.ScaledDebt[i].IsZero() {
			continue
		}
		if u.Collateral(id) && !u.ScaledCollateral[i].IsZero() {
			nColl, cl = nColl+1, i
		}
		if id < 128 && (u.Borrowing(id) || !u.ScaledDebt[i].IsZero()) {
			nDebt, dl = nDebt+1, i
		}
	}
	if nColl == 1 && nDebt == 1 && cl != dl {
		return LoopMarket{Coll: cl, Debt: dl, EMode: u.EMode}, true, true
	}
	return LoopMarket{}, false, nDebt > 0
}

// FuzzTrackerKeepsEveryUser: over random blocks of partial reads (a few
// reserves of a few users), full stores, rollbacks to earlier blocks and
// restarts from a checkpoint, the tracker holds every user exactly as a
// plain model does, files it as the model's classification says, and
// finds the users below 1 that a full scan of the model finds. A plain
// loop keeps its balances only in its book record: every path that reads
// or changes a user must see them.
func FuzzTrackerKeepsEveryUser(f *testing.F) {
	for seed := range uint64(6) {
		f.Add(seed, uint8(40))
	}
	f.Fuzz(func(t *testing.T, seed uint64, steps uint8) {
		rng := rand.New(rand.NewPCG(seed, seed^0x7ac))
		m := testMarket3()
		addrs := make([]common.Address, 8)
		for i := range addrs {
			addrs[i] = common.Address{19: byte(i + 1)}
		}
		w := newMultiWorld(rng, 0, 0, 9300, 7800) // for its state
		w.tr = NewTracker(m)
		w.tr.KeepHistory()
		empty := func(a common.Address) User {
			return User{Address: a, ScaledCollateral: make([]uint256.Int, 3), ScaledDebt: make([]uint256.Int, 3)}
		}
		clone := func(u User) User {
			u.ScaledCollateral, u.ScaledDebt = slices.Clone(u.ScaledCollateral), slices.Clone(u.ScaledDebt)
			return u
		}
		model := map[common.Address]User{}
		for _, a := range addrs {
			model[a] = empty(a)
		}
		history := map[uint64]map[common.Address]User{} // the model after each block
		snapshot := func() map[common.Address]User {
			out := map[common.Address]User{}
			for a, u := range model {
				out[a] = clone(u)
			}
			return out
		}
		base := uint64(0) // the lowest block a rollback may return to
		history[0] = snapshot()
		// Configurations: mostly loops of either pair, some complex.
		configs := []uint64{0b00_01_10, 0b01_00_10, 0b00_01_10, 0b00_11_10, 0b01_11_11, 0b00_00_10, 0, 0b10_01_10}
		amount := func() uint64 {
			switch rng.IntN(4) {
			case 0:
				return 0
			case 1:
				return rng.Uint64N(1e6)
			}
			return rng.Uint64N(1e22 / 1e4) // up to 1e18 (uint64 results)
		}
		block := uint64(0)
		for range 1 + int(steps)%60 {
			switch op := rng.IntN(10); {
			case op == 0 && block > base: // a reorg back to an earlier block
				to := base + rng.Uint64N(block-base)
				w.tr.Rollback(to)
				model = map[common.Address]User{}
				for a, u := range history[to] {
					model[a] = clone(u)
				}
				for b := to + 1; b <= block; b++ {
					delete(history, b)
				}
				block = to
			case op == 1: // a restart from a checkpoint of the current block
				ref := chain.BlockRef{Number: block, Hash: common.Hash{1}, Time: 1}
				fresh := NewTracker(m)
				fresh.KeepHistory()
				at, err := fresh.Restore(w.tr.Checkpoint(ref))
				require.NoError(t, err)
				require.Equal(t, ref, at)
				w.tr, base = fresh, block
			default: // a block of reads, and now and then a full store
				block++
				for range 1 + rng.IntN(3) {
					a := addrs[rng.IntN(len(addrs))]
					u := model[a]
					if rng.IntN(5) == 0 {
						u = empty(a)
						u.Config.SetUint64(configs[rng.IntN(len(configs))])
						u.EMode = uint8(rng.IntN(2))
						for r := range 3 {
							u.ScaledCollateral[r].SetUint64(amount())
							u.ScaledDebt[r].SetUint64(amount())
						}
						require.NoError(t, w.tr.Set(u, block))
						model[a] = u
						continue
					}
					reserves := []int{}
					for r := range 3 {
						if rng.IntN(2) == 0 {
							reserves = append(reserves, r)
						}
					}
					cfg, em := configs[rng.IntN(len(configs))], uint64(rng.IntN(2))
					legs := make([][2]uint64, len(reserves))
					u = clone(u)
					u.Config.SetUint64(cfg)
					u.EMode = uint8(em)
					for j, r := range reserves {
						legs[j] = [2]uint64{amount(), amount()}
						u.ScaledCollateral[r].SetUint64(legs[j][0])
						u.ScaledDebt[r].SetUint64(legs[j][1])
					}
					require.NoError(t, w.tr.applyUser(userRead{user: a, reserves: reserves}, userResults(cfg, em, legs...), block))
					model[a] = u
				}
				history[block] = snapshot()
			}

			loops, complexUsers := 0, 0
			for _, a := range addrs {
				mu := model[a]
				u, ok := w.tr.User(a)
				held := slices.ContainsFunc(append(slices.Clone(mu.ScaledCollateral), mu.ScaledDebt...), func(x uint256.Int) bool { return !x.IsZero() })
				require.Equal(t, held, ok, "block %d: %s held", block, a)
				if !ok {
					continue
				}
				require.Equal(t, mu, u, "block %d: %s", block, a)
				want, isLoop, indebted := refKind(m, &mu)
				got, ok := w.tr.Loop(a)
				require.Equal(t, isLoop, ok, "block %d: %s is a loop", block, a)
				if isLoop {
					require.Equal(t, want, got)
					loops++
				} else if indebted {
					complexUsers++
				}
			}
			require.Equal(t, loops, w.tr.Loops(), "block %d", block)
			require.Equal(t, complexUsers, w.tr.Complex(), "block %d", block)
			w.model, w.users = model, addrs
			w.check(t, fmt.Sprintf("block %d", block))
		}
	})
}
