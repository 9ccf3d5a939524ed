package contracts

import (
	_ "embed"
	"encoding/hex"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Multicall3Address is the address Multicall3 has on every public chain.
var Multicall3Address = common.HexToAddress("0xcA11bde05977b3631167028862bE2a173976CA11")

//go:embed build/Multicall3.bin-runtime
var multicall3RuntimeHex string

// multicall3Runtime is decoded once at init; build/ is generated, so a
// malformed file is a build bug and panics early.
var multicall3Runtime = mustDecodeHex(multicall3RuntimeHex)

// Multicall3RuntimeCode returns a copy of Multicall3's deployed bytecode.
func Multicall3RuntimeCode() []byte {
	return append([]byte(nil), multicall3Runtime...)
}

// Multicall3GenesisAccount returns a genesis account holding Multicall3's
// code, for use as alloc[Multicall3Address] in a simulated backend.
func Multicall3GenesisAccount() types.Account {
	return types.Account{Code: Multicall3RuntimeCode(), Balance: common.Big0}
}

func mustDecodeHex(s string) []byte {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), "0x"))
	if err != nil {
		panic("contracts: malformed embedded bytecode: " + err.Error())
	}
	return b
}
