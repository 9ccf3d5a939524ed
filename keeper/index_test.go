package keeper

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

// indexTx sends one transaction from key to `to`, mines it and requires
// that it succeeded.
func indexTx(ctx context.Context, t *testing.T, world *devnet.World, client chain.Client, key *ecdsa.PrivateKey, to common.Address, data []byte, value *big.Int) *types.Receipt {
	t.Helper()
	opts := bind.NewKeyedTransactor(key, world.ChainID)
	opts.Context = ctx
	opts.GasLimit = 3_000_000
	opts.Value = value
	tx, err := bind.NewBoundContract(to, abi.ABI{}, client, client, client).RawTransact(opts, data)
	require.NoError(t, err)
	world.Commit()
	r, err := bind.WaitMined(ctx, client, tx.Hash())
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status, "tx to %s reverted", to)
	return r
}

// recordingReader remembers the logs each FilterLogs call returned.
type recordingReader struct {
	LogReader
	mu   sync.Mutex
	logs []types.Log
}

func (r *recordingReader) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := r.LogReader.FilterLogs(ctx, q)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.logs = append(r.logs, logs...)
	return logs, err
}

// take returns and clears the recorded logs.
func (r *recordingReader) take() []types.Log {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := r.logs
	r.logs = nil
	return out
}

// syncHead syncs ix to the chain's head and returns the head.
func syncHead(ctx context.Context, t *testing.T, ix *Index, client chain.Client) uint64 {
	t.Helper()
	head, err := client.BlockNumber(ctx)
	require.NoError(t, err)
	require.NoError(t, ix.SyncTo(ctx, head))
	return head
}

func TestIndexForgetSurvivesRescanUntilNewEvent(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	d := world.Deployment
	require.GreaterOrEqual(t, len(d.Markets), 2)
	m0, m1 := d.Markets[0], d.Markets[1]

	key, err := crypto.GenerateKey()
	require.NoError(t, err)
	otherKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	equity := new(big.Int).Set(devnet.WAD) // 1 ezETH
	seeded, err := d.SeedLoops(ctx, client, world.DeployerKey, []devnet.Loop{
		{Market: 0, Leverage: 3, EquityWad: equity, Key: key},
		{Market: 1, Leverage: 3, EquityWad: equity, Key: otherKey},
	})
	require.NoError(t, err)
	borrower, other := seeded[0].Address, seeded[1].Address
	require.Equal(t, crypto.PubkeyToAddress(key.PublicKey), borrower)

	// The index watches market 0 only.
	rec := &recordingReader{LogReader: client}
	ix := NewIndex(rec, d.Morpho, []common.Hash{m0.ID}, 0, 1000)
	syncHead(ctx, t, ix, client)
	require.Contains(t, ix.Borrowers(m0.ID), borrower)
	require.NotContains(t, ix.Borrowers(m0.ID), other, "a borrower of another market must not be listed")
	require.Empty(t, ix.Borrowers(m1.ID), "an unwatched market has no borrowers")
	for _, b := range world.Borrowers() {
		if b.MarketID == m0.ID {
			require.Contains(t, ix.Borrowers(m0.ID), b.Address)
		} else {
			require.NotContains(t, ix.Borrowers(m0.ID), b.Address, "borrower of %s", b.MarketID)
		}
	}

	// The borrower closes its position: the deployer wraps WETH for it, it
	// repays every borrow share and withdraws all its collateral.
	pos, err := d.Position(ctx, client, 0, borrower)
	require.NoError(t, err)
	require.Positive(t, pos.BorrowShares.Sign())
	require.Positive(t, pos.Collateral.Sign())
	wethABI, lrtABI := weth9.NewWETH9(), lrtvault.NewLRTVault()
	repayFunds := new(big.Int).Mul(seeded[0].Debt, big.NewInt(2)) // covers accrued interest
	indexTx(ctx, t, world, client, world.DeployerKey, d.WETH, wethABI.PackDeposit(), repayFunds)
	indexTx(ctx, t, world, client, world.DeployerKey, d.WETH, wethABI.PackTransfer(borrower, repayFunds), nil)
	indexTx(ctx, t, world, client, key, d.WETH, wethABI.PackApprove(d.Morpho, repayFunds), nil)
	indexTx(ctx, t, world, client, key, d.Morpho, morphoABI.PackRepay(m0.Params, new(big.Int), pos.BorrowShares, borrower, nil), nil)
	closed := indexTx(ctx, t, world, client, key, d.Morpho, morphoABI.PackWithdrawCollateral(m0.Params, pos.Collateral, borrower, borrower), nil)
	closedBlock := closed.BlockNumber.Uint64()
	pos, err = d.Position(ctx, client, 0, borrower)
	require.NoError(t, err)
	require.Zero(t, pos.BorrowShares.Sign(), "borrow shares left")
	require.Zero(t, pos.Collateral.Sign(), "collateral left")

	// The events do not say the position is empty: still listed.
	head := syncHead(ctx, t, ix, client)
	require.Contains(t, ix.Borrowers(m0.ID), borrower)

	// The keeper saw it empty at head and forgets it.
	ix.Forget(m0.ID, borrower, head)
	require.NotContains(t, ix.Borrowers(m0.ID), borrower)
	otherBorrowers := ix.Borrowers(m0.ID)

	// A few empty blocks: the rescan reads the borrower's old events again
	// but must not bring it back.
	for range 3 {
		world.Commit()
	}
	rec.take()
	head = syncHead(ctx, t, ix, client)
	require.Less(t, head-closedBlock, uint64(rescanDepth), "the closing events must lie inside the rescan window")
	// The sync really read the borrower's closing events again.
	reread := 0
	for _, l := range rec.take() {
		if l.BlockNumber > closedBlock-2 && l.BlockNumber <= closedBlock {
			who, err := borrowerOf(&l)
			require.NoError(t, err)
			if who == borrower {
				reread++
			}
		}
	}
	require.Equal(t, 2, reread, "the rescan should re-read the Repay and WithdrawCollateral events")
	require.NotContains(t, ix.Borrowers(m0.ID), borrower, "rescan of old events revived a forgotten borrower")
	require.Equal(t, otherBorrowers, ix.Borrowers(m0.ID), "forgetting one borrower changed the others")
	// The old events are really there: a fresh index over the window lists it.
	fresh := NewIndex(client, d.Morpho, []common.Hash{m0.ID}, closedBlock, 1000)
	require.NoError(t, fresh.SyncTo(ctx, head))
	require.Contains(t, fresh.Borrowers(m0.ID), borrower)
	// Syncing again to the same head changes nothing either.
	require.NoError(t, ix.SyncTo(ctx, head))
	require.NotContains(t, ix.Borrowers(m0.ID), borrower)

	// The other market's borrower acts after the forget: still not listed
	// for market 0.
	indexTx(ctx, t, world, client, otherKey, d.Morpho, morphoABI.PackWithdrawCollateral(m1.Params, big.NewInt(1), other, other), nil)
	syncHead(ctx, t, ix, client)
	require.NotContains(t, ix.Borrowers(m0.ID), other)
	require.NotContains(t, ix.Borrowers(m0.ID), borrower)

	// A new SupplyCollateral after the forget block brings the borrower back.
	resupply := new(big.Int).Set(devnet.WAD)
	indexTx(ctx, t, world, client, key, d.LRT, lrtABI.PackApprove(d.Morpho, resupply), nil)
	r := indexTx(ctx, t, world, client, key, d.Morpho, morphoABI.PackSupplyCollateral(m0.Params, resupply, borrower, nil), nil)
	require.Greater(t, r.BlockNumber.Uint64(), head)
	syncHead(ctx, t, ix, client)
	require.Contains(t, ix.Borrowers(m0.ID), borrower, "a new event after the forget block must list the borrower again")
	require.NotContains(t, ix.Borrowers(m0.ID), other)
	_, stillForgotten := ix.forgotten[m0.ID][borrower]
	require.False(t, stillForgotten)
}
