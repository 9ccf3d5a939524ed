package aave

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

func TestDecodeReserveConfig(t *testing.T) {
	t.Parallel()
	// Set each field through the documented bit positions.
	var w uint256.Int
	put := func(v uint64, at uint) { w.Or(&w, new(uint256.Int).Lsh(uint256.NewInt(v), at)) }
	put(9300, 0)  // LTV
	put(9500, 16) // LT
	put(10100, 32)
	put(18, 48)
	put(1, 56)    // active
	put(1, 58)    // borrowing
	put(1500, 64) // reserve factor
	put(1000, 152)
	c := DecodeReserveConfig(&w)
	require.Equal(t, ReserveConfig{LTV: 9300, LT: 9500, Bonus: 10100, Decimals: 18, Active: true, Borrowing: true, ReserveFactor: 1500, ProtocolFee: 1000}, c)
	put(1, 57)
	put(1, 60)
	c = DecodeReserveConfig(&w)
	require.True(t, c.Frozen)
	require.True(t, c.Paused)
}

func TestDecodeReserveData(t *testing.T) {
	t.Parallel()
	data := make([]byte, 32*reserveDataWords)
	set := func(i int, v *uint256.Int) { b := v.Bytes32(); copy(data[32*i:], b[:]) }
	set(0, uint256.NewInt(9300|9500<<16))
	set(1, uint256.MustFromDecimal("1010000000000000000000000000"))
	set(2, uint256.NewInt(3))
	set(3, uint256.MustFromDecimal("1020000000000000000000000000"))
	set(4, uint256.NewInt(5))
	set(6, uint256.NewInt(1_700_000_000))
	set(7, uint256.NewInt(4))
	aToken, debt := common.HexToAddress("0xa1"), common.HexToAddress("0xd1")
	set(8, new(uint256.Int).SetBytes(aToken.Bytes()))
	set(10, new(uint256.Int).SetBytes(debt.Bytes()))
	d, err := DecodeReserveData(data)
	require.NoError(t, err)
	require.Equal(t, uint16(4), d.ID)
	require.Equal(t, aToken, d.AToken)
	require.Equal(t, debt, d.VariableDebt)
	require.Equal(t, uint64(1_700_000_000), d.Indexes.LastUpdate)
	require.Equal(t, "1020000000000000000000000000", d.Indexes.VariableBorrowIndex.Dec())
	require.Equal(t, uint16(9500), d.Config.LT)

	_, err = DecodeReserveData(data[:32*14])
	require.ErrorContains(t, err, "returned 448 bytes, want 480")
	set(7, uint256.NewInt(1<<16))
	_, err = DecodeReserveData(data)
	require.ErrorContains(t, err, "id 65536 out of range")
}

func TestUserConfigurationBits(t *testing.T) {
	t.Parallel()
	// Reserve 0 borrowed, reserve 1 collateral, reserve 127 both.
	u := User{}
	for _, i := range []uint{0, 3, 254, 255} {
		u.Config.Or(&u.Config, new(uint256.Int).Lsh(uint256.NewInt(1), i))
	}
	require.True(t, u.Borrowing(0))
	require.False(t, u.Collateral(0))
	require.True(t, u.Collateral(1))
	require.False(t, u.Borrowing(1))
	require.True(t, u.Borrowing(127) && u.Collateral(127))
	require.False(t, u.Collateral(128))
}

func TestDecodeUserNamesTheFailingRead(t *testing.T) {
	t.Parallel()
	m := &Market{Reserves: []Reserve{{Asset: common.HexToAddress("0xee")}}}
	ok := chain.Result{Success: true, Data: make([]byte, 32)}
	tr := NewTracker(m)
	err := tr.applyUser(userRead{user: common.HexToAddress("0x01"), reserves: []int{0}}, []chain.Result{ok, ok, ok, {Success: false}}, 1)
	require.ErrorContains(t, err, "scaled debt of 0x00000000000000000000000000000000000000eE: call reverted")
	require.Zero(t, tr.Users(), "a failed read changes nothing")
}
