package chain_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/keeperexecutor"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

func TestDecodeRevert(t *testing.T) {
	t.Parallel()
	exec := keeperexecutor.NewKeeperExecutor().GetABI()
	word := func(x int64) []byte { return common32(big.NewInt(x)) }
	selector := func(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }
	str, err := abi.Arguments{{Type: mustType(t, "string")}}.Pack("dy below min_dy")
	require.NoError(t, err)

	for _, c := range []struct {
		name, wantName, wantReason string
		data                       []byte
	}{
		{"require message", "Error", `Error("dy below min_dy")`, append(selector("Error(string)"), str...)},
		{"panic", "Panic", "Panic(0x11: arithmetic underflow or overflow)", append(selector("Panic(uint256)"), word(17)...)},
		{"custom error", "ProfitBelowMinimum", "ProfitBelowMinimum(profit=1, minProfit=2)",
			append(append(selector("ProfitBelowMinimum(uint256,uint256)"), word(1)...), word(2)...)},
		{"unknown selector", "", "unknown error 0xdeadbeef (arguments 0x)", []byte{0xde, 0xad, 0xbe, 0xef}},
		{"no data", "", "execution reverted without data", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := chain.DecodeRevert(c.data, &exec)
			require.Equal(t, c.wantName, r.Name)
			require.Equal(t, c.wantReason, r.Reason)
		})
	}
}

func common32(x *big.Int) []byte {
	out := make([]byte, 32)
	return x.FillBytes(out)
}

func mustType(t *testing.T, s string) abi.Type {
	typ, err := abi.NewType(s, "", nil)
	require.NoError(t, err)
	return typ
}
