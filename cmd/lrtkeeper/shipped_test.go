package main

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// TestShippedConfigBuildsTheTxManager: the shipped config.yaml, loaded as
// a first run does, maps onto a transaction manager config that passes its
// own check (config.Check and txmgr's Check validate different things).
func TestShippedConfigBuildsTheTxManager(t *testing.T) {
	t.Parallel()
	cfg, err := config.Load(filepath.Join("..", "..", "config.yaml"), func(string) string { return "" })
	require.NoError(t, err)
	require.NoError(t, txConfig(cfg.Tx).Check())
	require.False(t, txConfig(cfg.Tx).Private.Enabled(), "no private endpoint unless a URL is given")

	cfg.Tx.Private.URL = "https://relay.example/key"
	tc := txConfig(cfg.Tx)
	require.NoError(t, tc.Check())
	require.Equal(t, cfg.Tx.Private.FallbackBlocks, tc.Private.FallbackBlocks)
	require.True(t, tc.Simulate)
	require.Equal(t, uint64(2), tc.ResubmitBlocks)
}

// TestTxDefaultsAreTheManagers: the config's tx defaults are the
// transaction manager's own, field for field: one source of truth.
func TestTxDefaultsAreTheManagers(t *testing.T) {
	t.Parallel()
	require.Equal(t, txmgr.DefaultConfig(), txConfig(config.Default().Tx))
}
