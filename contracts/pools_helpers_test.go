package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/lrtvault"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
)

// newTokenWorld is a lighter world for the price-source and publisher
// contracts: funded actors and the two tokens (WETH9, LRTVault at rate 1.02),
// nothing of Morpho.
func newTokenWorld(t *testing.T) *world {
	t.Helper()
	w := &world{t: t, ctx: t.Context()}
	w.owner, w.supplier, w.borrower, w.liquidator, w.feeRecipient = newActor(t), newActor(t), newActor(t), newActor(t), newActor(t)

	funds := new(big.Int).Mul(big.NewInt(1_000_000), wad)
	alloc := types.GenesisAlloc{}
	for _, a := range []actor{w.owner, w.supplier, w.borrower, w.liquidator} {
		alloc[a.addr] = types.Account{Balance: funds}
	}
	w.backend = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = w.backend.Close() })
	// Gas estimates against the genesis head come out short.
	w.backend.Commit()
	w.client = w.backend.Client()
	id, err := w.client.ChainID(w.ctx)
	require.NoError(t, err)
	w.chainID = id

	w.wethABI = weth9.NewWETH9()
	w.lrtABI = lrtvault.NewLRTVault()
	w.wethAddr = w.deploy(w.owner, weth9.WETH9MetaData.Bin, nil)
	w.lrtAddr = w.deploy(w.owner, lrtvault.LRTVaultMetaData.Bin,
		w.lrtABI.PackConstructor("Restaked Ether", "rstETH", w.wethAddr, ew(102, 16)))
	w.weth = w.wethABI.Instance(w.client, w.wethAddr)
	w.lrt = w.lrtABI.Instance(w.client, w.lrtAddr)
	return w
}

// fundTokens gives a WETH (wrapped from its ether) and LRT (minted by the
// owner) and approves spender for both.
func (w *world) fundTokens(a actor, wethAmount, lrtAmount *big.Int, spender common.Address) {
	w.t.Helper()
	if wethAmount.Sign() > 0 {
		w.sendValue(a, w.weth, w.wethABI.PackDeposit(), wethAmount)
	}
	if lrtAmount.Sign() > 0 {
		w.send(w.owner, w.lrt, w.lrtABI.PackMint(a.addr, lrtAmount))
	}
	w.send(a, w.weth, w.wethABI.PackApprove(spender, abiMaxUint()))
	w.send(a, w.lrt, w.lrtABI.PackApprove(spender, abiMaxUint()))
}

// callFrom is call with an explicit sender, to simulate a transaction's return values.
func callFrom[T any](w *world, from actor, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	w.t.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: w.ctx, From: from.addr}, data, unpack)
	require.NoError(w.t, err)
	return v
}

// callErr returns the error of a call that must fail.
func callErr[T any](w *world, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) error {
	w.t.Helper()
	_, err := bind.Call(c, &bind.CallOpts{Context: w.ctx}, data, unpack)
	require.Error(w.t, err)
	return err
}

// headTime is the latest block's timestamp, the block.timestamp eth_call sees.
func (w *world) headTime() uint64 {
	w.t.Helper()
	h, err := w.client.HeaderByNumber(w.ctx, nil)
	require.NoError(w.t, err)
	return h.Time
}

func u64(x uint64) *big.Int { return new(big.Int).SetUint64(x) }

func absBig(x *big.Int) *big.Int { return new(big.Int).Abs(x) }

// sendEstimated mines one transaction with an estimated gas limit (the dev
// chain prices fresh storage slots far above mainnet, so batches of
// storage writes can exceed send's fixed 3M) and requires it to succeed.
func (w *world) sendEstimated(from actor, c *bind.BoundContract, data []byte) *types.Receipt {
	w.t.Helper()
	tx, err := bind.Transact(c, w.opts(from), data)
	require.NoError(w.t, err)
	w.backend.Commit()
	r, err := bind.WaitMined(w.ctx, w.client, tx.Hash())
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status, "transaction reverted")
	return r
}
