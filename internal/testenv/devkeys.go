package testenv

import (
	"crypto/ecdsa"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// devKeys are the first accounts anvil derives from the well-known test
// mnemonic "test test test test test test test test test test test junk"
// (path m/44'/60'/0'/0/i). Each is funded with 10000 ETH on a fresh node.
// They are public: never use them outside a local test chain.
var devKeys = [...]struct{ key, addr string }{
	{"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"},
	{"0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"},
	{"0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"},
	{"0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6", "0x90F79bf6EB2c4f870365E785982E1f101E93b906"},
}

// DevKeys returns anvil's first four dev private keys as 0x-prefixed hex,
// the form anvil prints.
func DevKeys() []string {
	out := make([]string, len(devKeys))
	for i, k := range devKeys {
		out[i] = k.key
	}
	return out
}

// DevKey returns dev private key i (0 to 3) as 0x-prefixed hex. It panics
// on any other index.
func DevKey(i int) string {
	return devKeys[i].key
}

// DevAddress returns the address of dev key i (0 to 3).
func DevAddress(i int) common.Address {
	return common.HexToAddress(devKeys[i].addr)
}

// DevPrivateKey returns dev key i (0 to 3) parsed for signing.
func DevPrivateKey(i int) *ecdsa.PrivateKey {
	k, err := crypto.HexToECDSA(strings.TrimPrefix(devKeys[i].key, "0x"))
	if err != nil {
		panic(fmt.Sprintf("testenv: dev key %d does not parse: %v", i, err))
	}
	return k
}
