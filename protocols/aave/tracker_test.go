package aave

import (
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
	// order; then withdraws: dropped.
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
