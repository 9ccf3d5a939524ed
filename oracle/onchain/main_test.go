package onchain

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that the package leaves no goroutines behind. The ignored
// ones belong to go-ethereum: a process-wide sender cache started by package
// core, and a leveldb pool drainer the simulated node does not stop on Close.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	)
}
