package morpho

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/book"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// TestPreLiquidationsFollowBlocks drives PreLiquidations as the keeper's
// hot path does, one block at a time over the widened query: a contract
// created after Load, which a borrower authorised before it existed, is
// admitted with that authorisation; later authorisations and revocations
// apply in log order; its oracle (not its market's) is read in the batch
// once; and a Load to an earlier block (a reorg) forgets all of it.
func TestPreLiquidationsFollowBlocks(t *testing.T) {
	t.Parallel()
	c := newPreLiqChain(t)
	x := c.world.Execution
	mc := chain.NewMulticall(c.client, c.d.Multicall3)
	markets := c.markets(mc)
	p := NewPreLiquidations(c.d.Morpho, x.PreLiquidationFactory, x.FactoryBlock, markets)
	loaded := c.head()
	require.NoError(t, p.Load(c.ctx, smallChunks(c.client), loaded))
	require.Len(t, p.Contracts(), 1)
	require.Equal(t, x.PreLiquidation, p.Contracts()[0].Address)
	eight, ten, five := c.borrower(0, 8), c.borrower(0, 10), c.borrower(0, 5)
	require.Equal(t, []common.Address{eight.Address}, p.Authorizations().Borrowers(x.PreLiquidation), "authorised by the world")

	// The adapter reads the same logs: it must skip what is not its own.
	adapter := NewAdapter(c.d.Morpho, markets, book.New())
	next := loaded + 1
	step := func() *PreLiquidationEvents {
		t.Helper()
		head := c.head()
		q := p.Query()
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(next), new(big.Int).SetUint64(head)
		logs, err := c.client.FilterLogs(c.ctx, q)
		require.NoError(t, err)
		hdr, err := c.client.HeaderByNumber(c.ctx, nil)
		require.NoError(t, err)
		_, err = adapter.Prepare(logs, chain.RefOf(hdr))
		require.NoError(t, err, "foreign events are skipped, not decoded")
		ev, err := p.Prepare(logs)
		require.NoError(t, err)
		require.NoError(t, p.Admit(c.ctx, smallChunks(c.client), ev, next))
		p.Apply(ev)
		next = head + 1
		return ev
	}

	// The rate oracle prices this one: its own read in the batch.
	params := c.d.PreLiquidationParams()
	params.PreLiquidationOracle = c.d.RateOracle
	fac := preliquidationfactory.NewPreLiquidationFactory()
	create := fac.PackCreatePreLiquidation(markets[0].ID, params)
	out, err := c.client.CallContract(c.ctx, ethereum.CallMsg{From: c.d.Deployer, To: &x.PreLiquidationFactory, Data: create}, nil)
	require.NoError(t, err)
	predicted, err := fac.UnpackCreatePreLiquidation(out)
	require.NoError(t, err)

	c.send(ten.Key, &c.d.Morpho, morphoABI.PackSetAuthorization(predicted, true)) // before it exists
	require.Empty(t, step().Created())
	require.False(t, p.Authorizations().Authorised(predicted, ten.Address), "not followed yet")
	r := c.send(c.world.DeployerKey, &x.PreLiquidationFactory, create)
	require.Len(t, r.Logs, 1)
	c.send(five.Key, &c.d.Morpho, morphoABI.PackSetAuthorization(predicted, true))
	c.send(eight.Key, &c.d.Morpho, morphoABI.PackSetAuthorization(x.PreLiquidation, false))
	ev := step() // creation and authorisations in one range
	require.Len(t, ev.Created(), 1)
	require.Equal(t, predicted, ev.Created()[0].Address)
	require.Len(t, p.Contracts(), 2)
	require.ElementsMatch(t, []common.Address{five.Address, ten.Address}, p.Authorizations().Borrowers(predicted))
	require.Empty(t, p.Authorizations().Borrowers(x.PreLiquidation), "revoked")
	again, err := p.Prepare([]types.Log{*r.Logs[0]})
	require.NoError(t, err)
	require.Empty(t, again.Created(), "a block retried admits nothing twice")
	for _, pl := range []common.Address{predicted, x.PreLiquidation} {
		for _, b := range []common.Address{eight.Address, ten.Address, five.Address} {
			require.Equal(t, c.isAuthorized(b, pl), p.Authorizations().Authorised(pl, b), "%s by %s", pl, b)
		}
	}

	// One extra read, the rate oracle's; the other reuses its market's.
	var plan chain.Plan
	reads := p.Plan(&plan)
	require.Len(t, plan.Calls(), 1)
	require.Equal(t, c.d.RateOracle, plan.Calls()[0].Target)
	hdr, err := c.client.HeaderByNumber(c.ctx, nil)
	require.NoError(t, err)
	res, err := mc.Do(c.ctx, hdr.Hash(), plan.Calls())
	require.NoError(t, err)
	marketPrice := uint256.NewInt(42)
	views := make([]View, len(markets))
	views[0].Price = marketPrice
	got := p.Views(views, reads, res)
	require.Len(t, got, 2)
	require.Equal(t, marketPrice, got[0].Price)
	ratePrice := c.price(c.d.RateOracle)
	require.Equal(t, ratePrice, got[1].Price)
	require.Equal(t, 0, got[1].Market)
	require.ElementsMatch(t, []common.Address{five.Address, ten.Address}, got[1].Borrowers)
	views[0].Price = nil
	require.ErrorIs(t, p.Views(views, reads, res)[0].PriceErr, errNoMarketPrice)

	// A reorg back to the first Load's block: the later contract and
	// changes are gone.
	require.NoError(t, p.Load(c.ctx, smallChunks(c.client), loaded))
	require.Len(t, p.Contracts(), 1)
	require.Equal(t, []common.Address{eight.Address}, p.Authorizations().Borrowers(x.PreLiquidation))
	require.False(t, p.Authorizations().Authorised(predicted, ten.Address))
}

// TestAdapterSkipsForeignTopics: a Morpho log of a watched market whose
// topic the adapter does not follow is skipped, not an error.
func TestAdapterSkipsForeignTopics(t *testing.T) {
	t.Parallel()
	id := common.Hash{7}
	a := NewAdapter(common.Address{1}, []*Market{{MarketSpec: MarketSpec{ID: id}}}, book.New())
	l := types.Log{Address: common.Address{1}, Topics: []common.Hash{topicSetAuthorization, id, {}, {}}}
	pd, err := a.Prepare([]types.Log{l}, chain.BlockRef{Number: 1})
	require.NoError(t, err)
	require.Empty(t, pd.Changed())
	require.Empty(t, pd.deltas)
}

// markets loads the devnet's markets at the head.
func (c *preLiqChain) markets(mc *chain.Multicall) []*Market {
	c.t.Helper()
	hdr, err := c.client.HeaderByNumber(c.ctx, nil)
	require.NoError(c.t, err)
	var specs []MarketSpec
	for _, m := range c.d.Markets {
		specs = append(specs, MarketSpec{ID: m.ID, Name: m.Name, CollateralToken: c.d.LRT, AssetSymbol: "ezETH"})
	}
	ms, err := LoadMarkets(c.ctx, mc, c.d.Morpho, hdr.Hash(), specs)
	require.NoError(c.t, err)
	return ms
}

// price reads an oracle's price at the head.
func (c *preLiqChain) price(oracle common.Address) *uint256.Int {
	c.t.Helper()
	out, err := c.client.CallContract(c.ctx, ethereum.CallMsg{To: &oracle, Data: oracleABI.PackPrice()}, nil)
	require.NoError(c.t, err)
	p, err := oracleABI.UnpackPrice(out)
	require.NoError(c.t, err)
	return u(p)
}
