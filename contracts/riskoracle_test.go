package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
)

// encodeInt is abi.encode(int256 v).
func encodeInt(t *testing.T, v *big.Int) []byte {
	t.Helper()
	ty, err := abi.NewType("int256", "", nil)
	require.NoError(t, err)
	out, err := abi.Arguments{{Type: ty}}.Pack(v)
	require.NoError(t, err)
	return out
}

// encodeIntUint is abi.encode(int256 a, uint256 b): a value tuple whose first word is the answer.
func encodeIntUint(t *testing.T, a, b *big.Int) []byte {
	t.Helper()
	ti, err := abi.NewType("int256", "", nil)
	require.NoError(t, err)
	tu, err := abi.NewType("uint256", "", nil)
	require.NoError(t, err)
	out, err := abi.Arguments{{Type: ti}, {Type: tu}}.Pack(a, b)
	require.NoError(t, err)
	return out
}

type roFixture struct {
	*world
	a      *riskoracle.RiskOracle
	oracle *bind.BoundContract
	addr   common.Address
	pub    actor // the authorized publisher (liquidator actor)
}

func newROFixture(t *testing.T) *roFixture {
	t.Helper()
	w := newTokenWorld(t)
	f := &roFixture{world: w, a: riskoracle.NewRiskOracle(), pub: w.liquidator}
	f.addr = w.deploy(w.owner, riskoracle.RiskOracleMetaData.Bin, f.a.PackConstructor("lrtkeeper risk", []common.Address{f.pub.addr}))
	f.oracle = f.a.Instance(w.client, f.addr)
	return f
}

func (f *roFixture) publish(from actor, ref string, value []byte, typ string, market common.Address, extra []byte) *riskoracle.RiskOracleParameterUpdated {
	f.t.Helper()
	r := f.send(from, f.oracle, f.a.PackPublishRiskParameterUpdate(ref, value, typ, market, extra))
	ev := findEvent(f.t, r, f.a.UnpackParameterUpdatedEvent)
	requireBigEq(f.t, u64(f.blockTime(r)), ev.Timestamp)
	return ev
}

func (f *roFixture) byID(id int64) riskoracle.RiskOracleRiskParameterUpdate {
	f.t.Helper()
	return call(f.world, f.oracle, f.a.PackGetUpdateById(big.NewInt(id)), f.a.UnpackGetUpdateById)
}

func (f *roFixture) latest(typ string, market common.Address) riskoracle.RiskOracleRiskParameterUpdate {
	f.t.Helper()
	return call(f.world, f.oracle, f.a.PackGetLatestUpdateByParameterAndMarket(typ, market), f.a.UnpackGetLatestUpdateByParameterAndMarket)
}

func (f *roFixture) counter() int64 {
	f.t.Helper()
	return call(f.world, f.oracle, f.a.PackUpdateCounter(), f.a.UnpackUpdateCounter).Int64()
}

func TestRiskOracleAuthorization(t *testing.T) {
	t.Parallel()
	f := newROFixture(t)
	w, a := f.world, f.a
	market := common.HexToAddress("0x1111")

	isAuth := func(x common.Address) bool { return call(w, f.oracle, a.PackIsAuthorized(x), a.UnpackIsAuthorized) }
	require.True(t, isAuth(f.pub.addr))
	require.False(t, isAuth(w.owner.addr), "the owner publishes only if authorized")
	require.Equal(t, w.owner.addr, call(w, f.oracle, a.PackOwner(), a.UnpackOwner))
	require.Equal(t, "lrtkeeper risk", call(w, f.oracle, a.PackDescription(), a.UnpackDescription))

	w.sendReverts(w.owner, f.oracle, a.PackPublishRiskParameterUpdate("r", []byte{1}, "t", market, nil), "sender not authorized")
	w.sendReverts(w.supplier, f.oracle, a.PackAddAuthorizedSender(w.supplier.addr), "not owner")

	r := w.send(w.owner, f.oracle, a.PackAddAuthorizedSender(w.supplier.addr))
	require.Equal(t, w.supplier.addr, findEvent(t, r, a.UnpackAuthorizedSenderAddedEvent).Sender)
	require.True(t, isAuth(w.supplier.addr))
	w.sendReverts(w.owner, f.oracle, a.PackAddAuthorizedSender(w.supplier.addr), "already authorized")
	f.publish(w.supplier, "r1", []byte{1}, "t", market, nil)

	r = w.send(w.owner, f.oracle, a.PackRemoveAuthorizedSender(w.supplier.addr))
	require.Equal(t, w.supplier.addr, findEvent(t, r, a.UnpackAuthorizedSenderRemovedEvent).Sender)
	require.False(t, isAuth(w.supplier.addr))
	w.sendReverts(w.supplier, f.oracle, a.PackPublishRiskParameterUpdate("r2", []byte{2}, "t", market, nil), "sender not authorized")
	w.sendReverts(w.owner, f.oracle, a.PackRemoveAuthorizedSender(w.supplier.addr), "not authorized")
	w.sendReverts(w.supplier, f.oracle, a.PackRemoveAuthorizedSender(f.pub.addr), "not owner")

	// Ownership moves, and with it the right to manage senders.
	w.send(w.owner, f.oracle, a.PackTransferOwnership(w.borrower.addr))
	w.sendReverts(w.owner, f.oracle, a.PackAddAuthorizedSender(w.owner.addr), "not owner")
	w.send(w.borrower, f.oracle, a.PackAddAuthorizedSender(w.owner.addr))
	require.True(t, isAuth(w.owner.addr))
}

func TestRiskOracleUpdatesAndEvents(t *testing.T) {
	t.Parallel()
	f := newROFixture(t)
	w, a := f.world, f.a
	mA, mB := common.HexToAddress("0xaaaa"), common.HexToAddress("0xbbbb")
	const typ = "lrtMarketPrice"
	require.Zero(t, f.counter())

	// First update of (type, market A): no previous value.
	v1 := encodeInt(t, ew(102, 16))
	ev := f.publish(f.pub, "snap-1", v1, typ, mA, []byte("meta-1"))
	require.Equal(t, "snap-1", ev.ReferenceId)
	require.Equal(t, v1, ev.NewValue)
	require.Empty(t, ev.PreviousValue)
	require.Equal(t, crypto.Keccak256Hash([]byte(typ)), ev.UpdateType, "indexed strings are topic hashes")
	requireBigEq(t, big.NewInt(1), ev.UpdateId)
	require.Equal(t, mA, ev.Market)
	require.Equal(t, []byte("meta-1"), ev.AdditionalData)
	u := f.byID(1)
	requireBigEq(t, ev.Timestamp, u.Timestamp)
	require.Equal(t, v1, u.NewValue)
	require.Equal(t, "snap-1", u.ReferenceId)
	require.Empty(t, u.PreviousValue)
	require.Equal(t, typ, u.UpdateType)
	requireBigEq(t, big.NewInt(1), u.UpdateId)
	require.Equal(t, mA, u.Market)
	require.Equal(t, []byte("meta-1"), u.AdditionalData)
	require.Equal(t, u, f.latest(typ, mA))

	// The second update of the same series chains the previous value.
	w.advance(time.Minute)
	v2 := encodeInt(t, ew(99, 16))
	ev = f.publish(f.pub, "snap-2", v2, typ, mA, nil)
	requireBigEq(t, big.NewInt(2), ev.UpdateId)
	require.Equal(t, v1, ev.PreviousValue)
	require.Equal(t, v1, f.byID(2).PreviousValue)
	require.Equal(t, v2, f.latest(typ, mA).NewValue)
	require.Equal(t, int64(2), f.latest(typ, mA).UpdateId.Int64())

	// Another market and another type are separate series; ids stay global.
	ev = f.publish(f.pub, "snap-3", encodeInt(t, ew(1, 18)), typ, mB, nil)
	requireBigEq(t, big.NewInt(3), ev.UpdateId)
	require.Empty(t, ev.PreviousValue)
	ev = f.publish(f.pub, "snap-4", encodeInt(t, big.NewInt(5)), "depegBps", mA, nil)
	requireBigEq(t, big.NewInt(4), ev.UpdateId)
	require.Empty(t, ev.PreviousValue)
	require.Equal(t, int64(4), f.counter())

	// Bulk: ids 5..7 in order, chaining inside the batch too.
	v5, v6, v7 := encodeInt(t, ew(98, 16)), encodeInt(t, big.NewInt(7)), encodeInt(t, ew(97, 16))
	r := w.sendEstimated(f.pub, f.oracle, a.PackPublishBulkRiskParameterUpdates(
		[]string{"b-5", "b-6", "b-7"},
		[][]byte{v5, v6, v7},
		[]string{typ, "depegBps", typ},
		[]common.Address{mA, mA, mA},
		[][]byte{nil, []byte("x"), nil},
	))
	var evs []*riskoracle.RiskOracleParameterUpdated
	for _, l := range r.Logs {
		e, err := a.UnpackParameterUpdatedEvent(l)
		require.NoError(t, err)
		evs = append(evs, e)
	}
	require.Len(t, evs, 3)
	for k, e := range evs {
		requireBigEq(t, big.NewInt(int64(5+k)), e.UpdateId)
	}
	require.Equal(t, v2, evs[0].PreviousValue)
	require.Equal(t, encodeInt(t, big.NewInt(5)), evs[1].PreviousValue)
	require.Equal(t, v5, evs[2].PreviousValue)
	require.Equal(t, "b-7", f.latest(typ, mA).ReferenceId)
	require.Equal(t, int64(7), f.counter())

	w.sendReverts(f.pub, f.oracle, a.PackPublishBulkRiskParameterUpdates(
		[]string{"x", "y"}, [][]byte{v1}, []string{typ, typ}, []common.Address{mA, mA}, [][]byte{nil, nil}), "array length mismatch")
	w.sendReverts(f.pub, f.oracle, a.PackPublishRiskParameterUpdate("r", v1, "", mA, nil), "empty update type")

	// Unknown ids and series.
	for _, id := range []int64{0, 8} {
		err := callErr(w, f.oracle, a.PackGetUpdateById(big.NewInt(id)), a.UnpackGetUpdateById)
		require.ErrorContains(t, err, "unknown update id")
	}
	err := callErr(w, f.oracle, a.PackGetLatestUpdateByParameterAndMarket("supplyCap", mA), a.UnpackGetLatestUpdateByParameterAndMarket)
	require.ErrorContains(t, err, "no update for type and market")
}

func TestRiskOracleFeed(t *testing.T) {
	t.Parallel()
	f := newROFixture(t)
	w := f.world
	fa := riskoraclefeed.NewRiskOracleFeed()
	mA, mB := common.HexToAddress("0xaaaa"), common.HexToAddress("0xbbbb")
	const typ = "lrtMarketPrice"

	feedAddr := w.deploy(w.owner, riskoraclefeed.RiskOracleFeedMetaData.Bin,
		fa.PackConstructor(f.addr, typ, mA, 18, "rstETH / ETH market (risk oracle)"))
	feed := fa.Instance(w.client, feedAddr)
	require.Equal(t, uint8(18), call(w, feed, fa.PackDecimals(), fa.UnpackDecimals))
	require.Equal(t, "rstETH / ETH market (risk oracle)", call(w, feed, fa.PackDescription(), fa.UnpackDescription))
	requireBigEq(t, big.NewInt(1), call(w, feed, fa.PackVersion(), fa.UnpackVersion))
	require.Equal(t, f.addr, call(w, feed, fa.PackRiskOracle(), fa.UnpackRiskOracle))
	require.Equal(t, mA, call(w, feed, fa.PackMarket(), fa.UnpackMarket))
	require.Equal(t, typ, call(w, feed, fa.PackUpdateType(), fa.UnpackUpdateType))

	// Nothing published yet.
	require.ErrorContains(t, callErr(w, feed, fa.PackLatestRoundData(), fa.UnpackLatestRoundData), "No data present")
	require.ErrorContains(t, callErr(w, feed, fa.PackLatestAnswer(), fa.UnpackLatestAnswer), "No data present")

	// Round 1, then other series (ids 2, 3), then round 4 later.
	e1 := f.publish(f.pub, "s1", encodeInt(t, ew(102, 16)), typ, mA, nil)
	f.publish(f.pub, "s2", encodeInt(t, ew(5, 17)), typ, mB, nil)
	f.publish(f.pub, "s3", encodeInt(t, big.NewInt(3)), "depegBps", mA, nil)
	w.advance(90 * time.Minute)
	// A tuple value: the answer is its first word; negative answers pass through.
	e4 := f.publish(f.pub, "s4", encodeIntUint(t, big.NewInt(-42), big.NewInt(7)), typ, mA, nil)
	require.Greater(t, e4.Timestamp.Uint64(), e1.Timestamp.Uint64()+5000)

	rd := call(w, feed, fa.PackLatestRoundData(), fa.UnpackLatestRoundData)
	requireBigEq(t, big.NewInt(4), rd.RoundId)
	requireBigEq(t, big.NewInt(-42), rd.Answer)
	requireBigEq(t, e4.Timestamp, rd.StartedAt)
	requireBigEq(t, e4.Timestamp, rd.UpdatedAt)
	requireBigEq(t, big.NewInt(4), rd.AnsweredInRound)
	requireBigEq(t, big.NewInt(-42), call(w, feed, fa.PackLatestAnswer(), fa.UnpackLatestAnswer))
	requireBigEq(t, e4.Timestamp, call(w, feed, fa.PackLatestTimestamp(), fa.UnpackLatestTimestamp))
	requireBigEq(t, big.NewInt(4), call(w, feed, fa.PackLatestRound(), fa.UnpackLatestRound))

	// A past round of this series keeps its own real timestamp.
	past := call(w, feed, fa.PackGetRoundData(big.NewInt(1)), fa.UnpackGetRoundData)
	requireBigEq(t, big.NewInt(1), past.RoundId)
	requireBigEq(t, ew(102, 16), past.Answer)
	requireBigEq(t, e1.Timestamp, past.StartedAt)
	requireBigEq(t, e1.Timestamp, past.UpdatedAt)
	requireBigEq(t, big.NewInt(1), past.AnsweredInRound)

	// Rounds of other series, id 0 and ids not yet issued have no data here.
	for _, id := range []int64{0, 2, 3, 5, 1 << 40} {
		err := callErr(w, feed, fa.PackGetRoundData(big.NewInt(id)), fa.UnpackGetRoundData)
		require.ErrorContains(t, err, "No data present", "round %d", id)
	}
}
