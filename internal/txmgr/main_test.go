package txmgr

import (
	"testing"

	"go.uber.org/goleak"
)

// TestMain checks that the package leaves no goroutines behind. The ignored
// ones belong to go-ethereum, not to the manager: a process-wide sender cache
// started by package core, and a leveldb pool drainer that the simulated
// backend's node does not stop on Close.
func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m,
		goleak.IgnoreTopFunction("github.com/ethereum/go-ethereum/core.(*txSenderCacher).cache"),
		goleak.IgnoreTopFunction("github.com/syndtr/goleveldb/leveldb.(*DB).mpoolDrain"),
	)
}
