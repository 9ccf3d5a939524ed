package aave

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/aave"
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

	_, err = tr.Touch([]types.Log{{Address: tPool, Topics: []common.Hash{topicSupply, addrTopic(common.HexToAddress("0x77")), addrTopic(tAlice)}, BlockNumber: 9}})
	require.ErrorContains(t, err, "reserve 0x0000000000000000000000000000000000000077 is not listed")
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
