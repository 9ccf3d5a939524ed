package devnet

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// TestDeployOnAnvil runs the backend-agnostic half against a real node over
// JSON-RPC: anvil automines, so no mine function is given.
func TestDeployOnAnvil(t *testing.T) {
	t.Parallel()
	a := testenv.StartAnvil(t)
	ctx := t.Context()
	client, err := ethclient.DialContext(ctx, a.HTTPURL)
	require.NoError(t, err)
	t.Cleanup(client.Close)

	chainID := new(big.Int).SetUint64(a.ChainID)
	require.Equal(t, uint64(testenv.AnvilChainID), a.ChainID)
	deployer := testenv.DevPrivateKey(0)
	d, err := Deploy(ctx, client, deployer, chainID)
	require.NoError(t, err)
	require.Positive(t, d.StartBlock)
	checkDeployment(t, ctx, client, d)
	checkPools(t, ctx, client, d, InitialRate, InitialRate)

	borrowers, err := d.SeedLoops(ctx, client, deployer, DefaultLoops())
	require.NoError(t, err)
	require.Len(t, borrowers, len(DefaultLoops()))
	checkLoops(t, ctx, client, d, borrowers, 1)

	keeper := testenv.DevAddress(1)
	ok, err := d.RiskSenderAuthorized(ctx, client, keeper)
	require.NoError(t, err)
	require.False(t, ok)
	require.NoError(t, d.FundKeeper(ctx, client, deployer, keeper, wad(100)))
	ok, err = d.RiskSenderAuthorized(ctx, client, keeper)
	require.NoError(t, err)
	require.True(t, ok, "FundKeeper authorises the keeper on the RiskOracle")
	other := testenv.DevAddress(2)
	for range 2 { // idempotent
		require.NoError(t, d.AuthorizeRiskSender(ctx, client, deployer, other))
	}
	ok, err = d.RiskSenderAuthorized(ctx, client, other)
	require.NoError(t, err)
	require.True(t, ok)
	bal, err := callView(ctx, client, d.WETH, wethABI.PackBalanceOf(keeper), wethABI.UnpackBalanceOf)
	require.NoError(t, err)
	require.Zero(t, wad(100).Cmp(bal))
	require.NoError(t, d.ApproveMorpho(ctx, client, testenv.DevPrivateKey(1)))

	// A market-price drop of 8% breaks the 10x loop on the market oracle only.
	depeg := MarketPriceFor(InitialRate, MaxDepegBps)
	require.NoError(t, d.SetMarketPrice(ctx, client, deployer, depeg))
	// The pools follow on request.
	require.NoError(t, d.SetPoolPrices(ctx, client, deployer, depeg))
	uni, err := d.UniPrice(ctx, client)
	require.NoError(t, err)
	requireBps(t, depeg, uni, 1, "Uni price")
	last, err := d.CurveLastPrice(ctx, client)
	require.NoError(t, err)
	requireBps(t, depeg, last, 20, "Curve last_price")
	h, err := d.Health(ctx, client, 0, borrowers[0].Address)
	require.NoError(t, err)
	require.False(t, h.Healthy)
	h, err = d.Health(ctx, client, 1, borrowers[3].Address)
	require.NoError(t, err)
	require.True(t, h.Healthy)
}
