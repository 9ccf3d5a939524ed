package main

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/keeper"
)

// TestCheckExecution reads the devnet's executor and pools as a real
// deployment's would be read: the right ones pass, each kind of wrong
// address or direction is named.
func TestCheckExecution(t *testing.T) {
	t.Parallel()
	w, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = w.Close() })
	client, err := chain.FromSimulated(w.Client())
	require.NoError(t, err)
	d := w.Deployment
	keeperAddr := crypto.PubkeyToAddress(w.KeeperKey.PublicKey)
	x := execution{executor: w.Execution.Executor}
	var markets []*keeper.Market
	for _, m := range d.Markets {
		markets = append(markets, &keeper.Market{MarketSpec: keeper.MarketSpec{ID: m.ID, Name: m.Name}, Params: m.Params})
	}
	venue := func(v config.Venue) []config.Market {
		return []config.Market{{ID: d.Markets[0].ID, Venue: &v}}
	}
	curve := config.Venue{Kind: config.VenueCurve, Pool: d.CurvePool, I: 1, J: 0}
	zeroForOne := d.LRTIsToken0()
	uni := config.Venue{Kind: config.VenueUniV3, Pool: d.UniPool, ZeroForOne: zeroForOne}
	ctx := t.Context()

	require.NoError(t, checkExecution(ctx, client, x, d.Morpho, keeperAddr, venue(curve), markets))
	require.NoError(t, checkExecution(ctx, client, x, d.Morpho, keeperAddr, venue(uni), markets))

	err = checkExecution(ctx, client, x, d.Morpho, common.HexToAddress("0xbad"), nil, markets)
	require.ErrorContains(t, err, "not by the keeper's key")
	err = checkExecution(ctx, client, x, common.HexToAddress("0xbad"), keeperAddr, nil, markets)
	require.ErrorContains(t, err, "bound to Morpho")
	swapped := curve
	swapped.I, swapped.J = 0, 1
	err = checkExecution(ctx, client, x, d.Morpho, keeperAddr, venue(swapped), markets)
	require.ErrorContains(t, err, "markets[0].venue (pool "+d.CurvePool.Hex()+"): sells "+d.WETH.Hex())
	wrongWay := uni
	wrongWay.ZeroForOne = !zeroForOne
	require.ErrorContains(t, checkExecution(ctx, client, x, d.Morpho, keeperAddr, venue(wrongWay), markets), "but market")
	noExecutor := execution{executor: d.WETH} // a contract without owner()
	require.ErrorContains(t, checkExecution(ctx, client, noExecutor, d.Morpho, keeperAddr, nil, markets), "liquidation.executor: read owner()")
}
