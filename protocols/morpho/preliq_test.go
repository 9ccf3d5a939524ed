package morpho

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
)

// preLiqChain is a calm devnet that commits only when a test sends.
type preLiqChain struct {
	t      *testing.T
	ctx    context.Context
	world  *devnet.World
	d      *devnet.Deployment
	client chain.Client
}

func newPreLiqChain(t *testing.T) *preLiqChain {
	t.Helper()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	return &preLiqChain{t: t, ctx: t.Context(), world: world, d: world.Deployment, client: client}
}

// send signs and mines one transaction from key; it must succeed.
func (c *preLiqChain) send(key *ecdsa.PrivateKey, to *common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.client.PendingNonceAt(c.ctx, from)
	require.NoError(c.t, err)
	gas, err := c.client.EstimateGas(c.ctx, ethereum.CallMsg{From: from, To: to, Data: data})
	require.NoError(c.t, err)
	tip, err := c.client.SuggestGasTipCap(c.ctx)
	require.NoError(c.t, err)
	head, err := c.client.HeaderByNumber(c.ctx, nil)
	require.NoError(c.t, err)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(c.world.ChainID), &types.DynamicFeeTx{
		ChainID: c.world.ChainID, Nonce: nonce, GasTipCap: tip, To: to, Data: data, Gas: gas + gas/2,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
	})
	require.NoError(c.t, c.client.SendTransaction(c.ctx, tx))
	c.world.Commit()
	r, err := c.client.TransactionReceipt(c.ctx, tx.Hash())
	require.NoError(c.t, err)
	require.Equal(c.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

func (c *preLiqChain) head() uint64 {
	c.t.Helper()
	n, err := c.client.BlockNumber(c.ctx)
	require.NoError(c.t, err)
	return n
}

// borrower is the seeded loop of market mi with the given leverage.
func (c *preLiqChain) borrower(mi int, leverage uint64) devnet.Borrower {
	c.t.Helper()
	for _, b := range c.world.Borrowers() {
		if b.Market == mi && b.Leverage == leverage {
			return b
		}
	}
	c.t.Fatalf("no %dx loop in market %d", leverage, mi)
	return devnet.Borrower{}
}

func (c *preLiqChain) isAuthorized(authorizer, authorized common.Address) bool {
	c.t.Helper()
	out, err := c.client.CallContract(c.ctx, ethereum.CallMsg{To: &c.d.Morpho, Data: morphoABI.PackIsAuthorized(authorizer, authorized)}, nil)
	require.NoError(c.t, err)
	ok, err := morphoABI.UnpackIsAuthorized(out)
	require.NoError(c.t, err)
	return ok
}

func wadPct(pct uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(pct), big.NewInt(1e16))
}

// smallChunks forces a log fetch over a few blocks into several requests.
func smallChunks(client chain.LogFilterer) *chain.LogFetcher {
	cfg := chain.DefaultLogFetcherConfig()
	cfg.InitialRange, cfg.MinRange, cfg.MaxRange = 2, 1, 2
	cfg.RetryBase, cfg.RetryMax = time.Millisecond, time.Millisecond
	return chain.NewLogFetcher(client, cfg, zerolog.Nop())
}

// TestPreLiquidationDiscovery deploys a factory, creates two
// PreLiquidation contracts for market 0 and one for market 1 (not
// watched), has borrowers authorise and revoke them, and checks what
// DiscoverPreLiquidations and Authorizations find.
func TestPreLiquidationDiscovery(t *testing.T) {
	t.Parallel()
	c := newPreLiqChain(t)
	deployer := c.world.DeployerKey
	start := c.head() + 1

	fac := preliquidationfactory.NewPreLiquidationFactory()
	code := append(common.FromHex(preliquidationfactory.PreLiquidationFactoryMetaData.Bin), fac.PackConstructor(c.d.Morpho)...)
	factory := c.send(deployer, nil, code).ContractAddress

	m0, m1 := c.d.Markets[0], c.d.Markets[1]
	paramsA := preliquidationfactory.PreLiquidationParams{
		PreLltv: wadPct(90), PreLCF1: wadPct(20), PreLCF2: wadPct(80), PreLIF1: wadPct(101), PreLIF2: wadPct(104),
		PreLiquidationOracle: m0.Params.Oracle,
	}
	paramsB := paramsA
	paramsB.PreLltv, paramsB.PreLCF2 = wadPct(92), wadPct(150) // preLCF > 1 allows a full close
	create := func(id common.Hash, p preliquidationfactory.PreLiquidationParams) common.Address {
		r := c.send(deployer, &factory, fac.PackCreatePreLiquidation(id, p))
		require.Len(t, r.Logs, 1)
		ev, err := fac.UnpackCreatePreLiquidationEvent(r.Logs[0])
		require.NoError(t, err)
		return ev.PreLiquidation
	}
	pl0a := create(m0.ID, paramsA)
	pl0b := create(m0.ID, paramsB)
	paramsM1 := paramsA
	paramsM1.PreLiquidationOracle = m1.Params.Oracle
	pl1 := create(m1.ID, paramsM1)

	a, b, cc, d := c.borrower(0, 10), c.borrower(0, 8), c.borrower(0, 5), c.borrower(1, 10)
	stranger := common.HexToAddress("0x00000000000000000000000000000000000bad01")
	auth := func(br devnet.Borrower, to common.Address, on bool) *types.Receipt {
		return c.send(br.Key, &c.d.Morpho, morphoABI.PackSetAuthorization(to, on))
	}
	// Applied live, event by event, as the keeper would.
	live := NewAuthorizations(c.d.Morpho, pl0a, pl0b)
	apply := func(r *types.Receipt) {
		for _, l := range r.Logs {
			require.NoError(t, live.Apply(l))
		}
	}
	apply(auth(a, pl0a, true))
	apply(auth(b, pl0a, true))
	require.True(t, live.Authorised(pl0a, b.Address))
	apply(auth(b, pl0b, true))
	apply(auth(cc, stranger, true)) // not a PreLiquidation contract
	apply(auth(d, pl1, true))       // an unwatched market's contract
	apply(auth(b, pl0a, false))     // revoked
	require.False(t, live.Authorised(pl0a, b.Address))
	end := c.head()

	t.Run("Discover", func(t *testing.T) {
		watched := map[common.Hash]bool{m0.ID: true}
		got, err := DiscoverPreLiquidations(c.ctx, smallChunks(c.client), factory, start, end, watched)
		require.NoError(t, err)
		want := []PreLiquidationContract{
			{Address: pl0a, Market: m0.ID, Params: morpho.PreLiquidationParams{
				PreLltv: *uint256.MustFromBig(wadPct(90)), PreLCF1: *uint256.MustFromBig(wadPct(20)),
				PreLCF2: *uint256.MustFromBig(wadPct(80)), PreLIF1: *uint256.MustFromBig(wadPct(101)),
				PreLIF2: *uint256.MustFromBig(wadPct(104)), Oracle: m0.Params.Oracle,
			}},
			{Address: pl0b, Market: m0.ID, Params: morpho.PreLiquidationParams{
				PreLltv: *uint256.MustFromBig(wadPct(92)), PreLCF1: *uint256.MustFromBig(wadPct(20)),
				PreLCF2: *uint256.MustFromBig(wadPct(150)), PreLIF1: *uint256.MustFromBig(wadPct(101)),
				PreLIF2: *uint256.MustFromBig(wadPct(104)), Oracle: m0.Params.Oracle,
			}},
		}
		require.Equal(t, want, got)
		lltv := uint256.MustFromBig(m0.Params.Lltv)
		for _, pc := range got {
			require.NoError(t, pc.Params.Check(lltv), "the factory only deploys valid params")
		}

		both, err := DiscoverPreLiquidations(c.ctx, smallChunks(c.client), factory, start, end, map[common.Hash]bool{m0.ID: true, m1.ID: true})
		require.NoError(t, err)
		require.Len(t, both, 3)
		require.Equal(t, pl1, both[2].Address)
		require.Equal(t, m1.ID, both[2].Market)

		none, err := DiscoverPreLiquidations(c.ctx, smallChunks(c.client), c.d.Morpho, start, end, watched)
		require.NoError(t, err)
		require.Empty(t, none, "another contract's logs are not the factory's")
	})

	t.Run("Authorizations", func(t *testing.T) {
		back := NewAuthorizations(c.d.Morpho, pl0a, pl0b)
		require.NoError(t, back.Backfill(c.ctx, smallChunks(c.client), start, end))
		for _, s := range []*Authorizations{back, live} {
			require.Equal(t, []common.Address{a.Address}, s.Borrowers(pl0a))
			require.Equal(t, []common.Address{b.Address}, s.Borrowers(pl0b))
			require.True(t, s.Authorised(pl0a, a.Address))
			require.False(t, s.Authorised(pl0a, b.Address), "revoked")
			require.True(t, s.Authorised(pl0b, b.Address))
			require.False(t, s.Authorised(stranger, cc.Address), "untracked")
			require.Empty(t, s.Borrowers(pl1), "untracked")
		}
		// The set agrees with Morpho.
		for _, pl := range []common.Address{pl0a, pl0b} {
			for _, br := range []devnet.Borrower{a, b, cc, d} {
				require.Equal(t, c.isAuthorized(br.Address, pl), back.Authorised(pl, br.Address), "%s by %s", pl, br.Address)
			}
		}

		// A contract tracked later is backfilled alone, leaving the others.
		later := NewAuthorizations(c.d.Morpho, pl0a)
		require.NoError(t, later.Backfill(c.ctx, smallChunks(c.client), start, end))
		later.Track(pl1)
		require.NoError(t, later.Backfill(c.ctx, smallChunks(c.client), start, end, pl1))
		require.Equal(t, []common.Address{a.Address}, later.Borrowers(pl0a))
		require.Equal(t, []common.Address{d.Address}, later.Borrowers(pl1))
		require.ElementsMatch(t, []common.Address{pl0a, pl1}, later.Contracts())

		// Nothing tracked: no query, since an empty topic would match all.
		empty := NewAuthorizations(c.d.Morpho)
		_, ok := empty.Query()
		require.False(t, ok)
		require.NoError(t, empty.Backfill(c.ctx, smallChunks(c.client), start, end))

		// A removed (reorged) log is ignored.
		r := auth(a, pl0a, false)
		l := *r.Logs[0]
		l.Removed = true
		require.NoError(t, live.Apply(&l))
		require.True(t, live.Authorised(pl0a, a.Address))
		require.NoError(t, live.Apply(r.Logs[0]))
		require.False(t, live.Authorised(pl0a, a.Address))
	})
}
