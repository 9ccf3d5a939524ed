package keeper_test

import (
	"context"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/benchbook"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// bookWorld is the embedded world with a crowd of contract borrowers in the
// 94.5 % market-priced market, and a keeper counting its requests.
type bookWorld struct {
	t      *testing.T
	ctx    context.Context
	world  *devnet.World
	client chain.Client
	crowd  *devnet.Crowd
	node   *benchbook.CountingNode
	keeper *keeper.Keeper
	logs   *logBuffer
	rng    *rand.Rand
	// applied counts the random actions the chain accepted.
	applied int
	// preFactory, when set, is given to the keepers built afterwards.
	preFactory common.Address
	preStart   uint64
}

func newBookWorld(t *testing.T, positions int) *bookWorld {
	t.Helper()
	ctx := t.Context()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	d := world.Deployment
	// Loops of 4x to 12x on 1..40 ezETH: varied debt per collateral.
	var coll, debt []*big.Int
	for i := range 16 {
		c := new(big.Int).Mul(big.NewInt(int64(1+i*5/2)), devnet.WAD)
		lev := int64(4 + i%9)
		cd, dt := devnet.LoopAmounts(uint64(lev), new(big.Int).Quo(c, big.NewInt(lev)), devnet.InitialRate)
		coll, debt = append(coll, cd), append(debt, dt)
	}
	crowd, err := d.OpenCrowd(ctx, client, world.DeployerKey, 0, positions, coll, debt)
	require.NoError(t, err)
	bw := &bookWorld{t: t, ctx: ctx, world: world, client: client, crowd: crowd, node: &benchbook.CountingNode{C: client},
		logs: &logBuffer{}, rng: rand.New(rand.NewPCG(7, uint64(positions)))}
	bw.keeper = bw.newKeeper()
	return bw
}

func (bw *bookWorld) newKeeper() *keeper.Keeper {
	return bw.newKeeperWith(nil, nopPublisher{}, 0)
}

func (bw *bookWorld) newKeeperWith(heads keeper.HeadSource, pub keeper.Publishing, refresh time.Duration) *keeper.Keeper {
	return bw.newKeeperFull(heads, pub, refresh, nil)
}

func (bw *bookWorld) newKeeperFull(heads keeper.HeadSource, pub keeper.Publishing, refresh time.Duration, store keeper.CheckpointStore) *keeper.Keeper {
	return bw.newKeeperEngine(heads, pub, refresh, store, nil)
}

func (bw *bookWorld) newKeeperEngine(heads keeper.HeadSource, pub keeper.Publishing, refresh time.Duration, store keeper.CheckpointStore, engine *oracle.Engine) *keeper.Keeper {
	d := bw.world.Deployment
	log := zerolog.New(bw.logs)
	m := metrics.New(prometheus.NewRegistry(), "test")
	asset := oracle.Asset{Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: 1000 * time.Hour}}},
		Quorum:  1, MaxSpreadBps: 200}
	var specs []keeper.MarketSpec
	for _, mk := range d.Markets {
		specs = append(specs, keeper.MarketSpec{ID: mk.ID, Name: mk.Name, MarketFeeds: []common.Address{d.PriceFeed}})
	}
	mc := chain.NewMulticall(bw.node, d.Multicall3)
	head := bw.head()
	markets, err := keeper.LoadMarkets(bw.ctx, mc, d.Morpho, head.Hash, specs, []oracle.Asset{asset})
	require.NoError(bw.t, err)
	return keeper.New(log, bw.node, mc, heads, keeper.Settings{
		Morpho: d.Morpho, StartBlock: 0, LogRange: 100_000, CallTimeout: 20 * time.Second,
		HealthAlert: new(big.Int).Mul(big.NewInt(102), big.NewInt(1e16)), HysteresisBps: 10, HeadTimeout: time.Minute,
		WrappedNative: d.WETH, RefreshInterval: refresh, Checkpoints: store, Engine: engine,
		PreLiquidationFactory: bw.preFactory, PreLiquidationStart: bw.preStart,
	}, []keeper.AssetSpec{{Asset: asset, DepegAlertBps: 100}}, markets, pub, nil, alerts.New(log, m), m)
}

func (bw *bookWorld) head() chain.BlockRef {
	h, err := bw.client.HeaderByNumber(bw.ctx, nil)
	require.NoError(bw.t, err)
	return chain.RefOf(h)
}

// pass runs the keeper on the head and returns the requests it made.
func (bw *bookWorld) pass(k *keeper.Keeper) (*keeper.View, int64) {
	before := bw.node.Requests()
	view, err := k.Pass(bw.ctx, bw.head())
	require.NoError(bw.t, err)
	return view, bw.node.Requests() - before
}

// owners are every account that ever held a position in the world.
func (bw *bookWorld) owners() map[common.Hash][]common.Address {
	out := map[common.Hash][]common.Address{}
	for _, b := range append(bw.world.Borrowers(), bw.world.Managed()) {
		out[b.MarketID] = append(out[b.MarketID], b.Address)
	}
	id := bw.world.Deployment.Markets[bw.crowd.Market].ID
	out[id] = append(out[id], bw.crowd.Borrowers...)
	return out
}

// requireBookMatchesChain reads every position on chain at block and
// compares it with the book, to the wei; closed positions must be absent.
func (bw *bookWorld) requireBookMatchesChain(k *keeper.Keeper, block chain.BlockRef) int {
	d := bw.world.Deployment
	mc := chain.NewMulticall(bw.client, d.Multicall3)
	abi := morphoblue.NewMorphoBlue()
	checked := 0
	for id, owners := range bw.owners() {
		calls := make([]chain.Call, len(owners))
		for i, o := range owners {
			calls[i] = chain.Call{Target: d.Morpho, Data: abi.PackPosition(id, o)}
		}
		res, err := mc.Do(bw.ctx, block.Hash, calls)
		require.NoError(bw.t, err)
		bm := k.Book().Market(id)
		held := 0
		for i, o := range owners {
			p, err := abi.UnpackPosition(res[i].Data)
			require.NoError(bw.t, err)
			rec, ok := bm.Get(o)
			if p.Collateral.Sign() == 0 && p.BorrowShares.Sign() == 0 {
				require.False(bw.t, ok, "closed position of %s still in the book", o)
				continue
			}
			require.True(bw.t, ok, "position of %s missing from the book", o)
			require.Equal(bw.t, p.Collateral.String(), rec.Collateral.Dec(), "collateral of %s at %d", o, block.Number)
			require.Equal(bw.t, p.BorrowShares.String(), rec.Debt.Dec(), "borrow shares of %s at %d", o, block.Number)
			held++
			checked++
		}
		require.Equal(bw.t, held, bm.Len(), "the book holds exactly the open positions of market %s", id)
	}
	return checked
}

// randomActions sends one block of random Morpho actions on the crowd's
// positions: borrow, withdraw collateral (by the borrower), repay and
// supply collateral on behalf (by the deployer), lender supply and
// withdraw, and a liquidation of any liquidatable position. Some may
// revert; the book must follow whatever the chain did. extra joins the
// same block.
func (bw *bookWorld) randomActions(n int, extra ...devnet.Tx) {
	d := bw.world.Deployment
	abi := morphoblue.NewMorphoBlue()
	m := d.Markets[bw.crowd.Market]
	pick := func() common.Address { return bw.crowd.Borrowers[bw.rng.IntN(len(bw.crowd.Borrowers))] }
	amount := func(maxMilli int64) *big.Int {
		return new(big.Int).Mul(big.NewInt(1+bw.rng.Int64N(maxMilli)), big.NewInt(1e15))
	}
	var deployer []devnet.Tx
	for range n {
		who := pick()
		switch bw.rng.IntN(7) {
		case 0:
			deployer = append(deployer, bw.crowd.Command(who, abi.PackBorrow(m.Params, amount(50), new(big.Int), who, bw.crowd.Factory)))
		case 1:
			deployer = append(deployer, bw.crowd.Command(who, abi.PackWithdrawCollateral(m.Params, amount(50), who, bw.crowd.Factory)))
		case 2:
			deployer = append(deployer, devnet.Tx{To: d.Morpho, Data: abi.PackRepay(m.Params, amount(500), new(big.Int), who, nil)})
		case 3:
			deployer = append(deployer, devnet.Tx{To: d.Morpho, Data: abi.PackSupplyCollateral(m.Params, amount(500), who, nil)})
		case 4:
			deployer = append(deployer, devnet.Tx{To: d.Morpho, Data: abi.PackSupply(m.Params, amount(5000), new(big.Int), d.Deployer, nil)})
		case 5:
			deployer = append(deployer, devnet.Tx{To: d.Morpho, Data: abi.PackWithdraw(m.Params, amount(100), new(big.Int), d.Deployer, d.Deployer)})
		case 6:
			// Repay everything by shares: the position may close.
			p, err := d.Position(bw.ctx, bw.client, bw.crowd.Market, who)
			require.NoError(bw.t, err)
			if p.BorrowShares.Sign() > 0 {
				deployer = append(deployer, devnet.Tx{To: d.Morpho, Data: abi.PackRepay(m.Params, new(big.Int), p.BorrowShares, who, nil)})
			}
		}
	}
	receipts, err := d.SendMany(bw.ctx, bw.client, bw.world.DeployerKey, append(deployer, extra...))
	require.NoError(bw.t, err)
	for _, r := range receipts[:len(deployer)] {
		if r.Status == types.ReceiptStatusSuccessful {
			bw.applied++
		}
	}
	for _, r := range receipts[len(deployer):] {
		require.Equal(bw.t, types.ReceiptStatusSuccessful, r.Status, "an extra transaction reverted")
	}
}

// liquidateSome liquidates up to n liquidatable crowd positions, partly
// (seizing a third of the collateral) or wholly with bad debt.
func (bw *bookWorld) liquidateSome(view *keeper.View, n int) int {
	d := bw.world.Deployment
	abi := morphoblue.NewMorphoBlue()
	m := d.Markets[bw.crowd.Market]
	var txs []devnet.Tx
	for _, t := range view.Targets {
		if t.MarketID != m.ID || len(txs) >= n {
			continue
		}
		seize := t.Position.Collateral.ToBig()
		if len(txs)%2 == 0 {
			seize.Quo(seize, big.NewInt(3))
		}
		txs = append(txs, devnet.Tx{To: d.Morpho, Data: abi.PackLiquidate(m.Params, t.Borrower, seize, new(big.Int), nil)})
	}
	_, err := d.SendMany(bw.ctx, bw.client, bw.world.DeployerKey, txs)
	require.NoError(bw.t, err)
	return len(txs)
}

func (bw *bookWorld) setupDeployerInventory() {
	d := bw.world.Deployment
	require.NoError(bw.t, d.FundDeployer(bw.ctx, bw.client, bw.world.DeployerKey, new(big.Int).Mul(big.NewInt(1_000_000), devnet.WAD)))
}

// TestBookFollowsChainUnderRandomActions: a book built once from the chain
// and then moved only by events equals the chain to the wei for every
// position, through random actions, liquidations (with bad debt) and time
// jumps; a keeper built afresh from the chain agrees with it; and the
// targets of the hot path's index equal the risk stage's full computation.
func TestBookFollowsChainUnderRandomActions(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 240)
	bw.setupDeployerInventory()
	view, _ := bw.pass(bw.keeper)
	require.GreaterOrEqual(t, bw.requireBookMatchesChain(bw.keeper, view.Snapshot.Block), 240)

	fair, err := bw.world.Deployment.FairRate(bw.ctx, bw.client)
	require.NoError(t, err)
	liquidated := 0
	for round := range 12 {
		bw.randomActions(12)
		if round%3 == 2 {
			bw.world.Backend.Rollback()
			require.NoError(t, bw.world.Backend.AdjustTime(time.Duration(1+bw.rng.IntN(20))*24*time.Hour))
		}
		if round == 5 || round == 9 {
			// A depeg makes part of the crowd liquidatable.
			drop := big.NewInt(int64(9_600 - 100*round/3))
			price := new(big.Int).Mul(fair, drop)
			require.NoError(t, bw.world.Deployment.SetMarketPrice(bw.ctx, bw.client, bw.world.DeployerKey, price.Quo(price, big.NewInt(10_000))))
		}
		view, _ = bw.pass(bw.keeper)
		block := view.Snapshot.Block
		bw.requireBookMatchesChain(bw.keeper, block)
		requireTargetsMatchSnapshot(t, view)
		if len(view.Targets) > 0 {
			liquidated += bw.liquidateSome(view, 6)
		}
	}
	require.Positive(t, liquidated, "the path must liquidate some positions")
	require.Greater(t, bw.applied, 60, "most random actions must succeed")
	t.Logf("%d actions applied, %d liquidations", bw.applied, liquidated)
	view, _ = bw.pass(bw.keeper)
	n := bw.requireBookMatchesChain(bw.keeper, view.Snapshot.Block)
	require.Empty(t, bw.logs.alerts(t, map[string]string{"alert": alerts.BookDrift}), "a correct book never drifts")

	// A fresh keeper reads the same book from the chain.
	fresh := bw.newKeeper()
	view2, _ := bw.pass(fresh)
	require.Equal(t, view.Snapshot.Block, view2.Snapshot.Block)
	require.Equal(t, n, bw.requireBookMatchesChain(fresh, view2.Snapshot.Block))
}

// requireTargetsMatchSnapshot: the liquidatable positions found through the
// index are exactly those the full computation marks liquidatable.
func requireTargetsMatchSnapshot(t *testing.T, view *keeper.View) {
	t.Helper()
	want := map[string]bool{}
	for _, mr := range view.Snapshot.Markets {
		for _, p := range mr.Positions {
			if p.Liquidatable {
				want[mr.ID.Hex()+p.Borrower.Hex()] = true
			}
		}
	}
	got := map[string]bool{}
	for _, tg := range view.Targets {
		got[tg.MarketID.Hex()+tg.Borrower.Hex()] = true
	}
	require.Equal(t, want, got)
}

// TestAtMostThreeRequestsPerBlockAt10kPositions: after start-up, a block
// costs its logs, one Multicall3 batch and the head, whatever the book's
// size; the old engine read every position (25 batches of 400 here).
func TestAtMostThreeRequestsPerBlockAt10kPositions(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 10_000)
	bw.setupDeployerInventory()
	view, startup := bw.pass(bw.keeper)
	require.GreaterOrEqual(t, bw.keeper.Book().Len(), 10_000)
	t.Logf("start-up: %d requests for %d positions", startup, bw.keeper.Book().Len())
	fair, err := bw.world.Deployment.FairRate(bw.ctx, bw.client)
	require.NoError(t, err)
	last := view.Snapshot.Block.Number
	single := 0
	for round := range 8 {
		switch round % 3 {
		case 0:
			bw.randomActions(5)
		case 1:
			price := new(big.Int).Mul(fair, big.NewInt(int64(9_990-20*round)))
			require.NoError(t, bw.world.Deployment.SetMarketPrice(bw.ctx, bw.client, bw.world.DeployerKey, price.Quo(price, big.NewInt(10_000))))
		case 2:
			bw.world.Commit() // an empty block
		}
		view, n := bw.pass(bw.keeper)
		blocks := int64(view.Snapshot.Block.Number - last)
		require.LessOrEqual(t, n, 3*blocks, "requests for blocks %d..%d; totals so far: %s", last+1, view.Snapshot.Block.Number, bw.node)
		if blocks == 1 {
			single++
		}
		t.Logf("blocks %d..%d: %d requests", last+1, view.Snapshot.Block.Number, n)
		last = view.Snapshot.Block.Number
	}
	require.GreaterOrEqual(t, single, 4, "most rounds must be one block, so that the bound is tested per block")
	head := bw.head()
	require.Equal(t, last, head.Number)
	bw.requireBookMatchesChain(bw.keeper, head)
}

// TestReorgRollsBackAndReplays: a block whose events the book applied is
// replaced by a fork with other events; the book rolls back to the common
// ancestor, replays the new chain and equals it.
func TestReorgRollsBackAndReplays(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 60)
	bw.setupDeployerInventory()
	bw.pass(bw.keeper)
	ancestor := bw.head()
	bw.randomActions(10)
	dropped := bw.head()
	bw.pass(bw.keeper)
	bw.requireBookMatchesChain(bw.keeper, dropped)

	// The fork: from the ancestor, two blocks with other actions.
	require.NoError(t, bw.world.Backend.Fork(ancestor.Hash))
	bw.randomActions(10)
	bw.randomActions(10)
	head := bw.head()
	require.Equal(t, ancestor.Number+2, head.Number)
	require.NotEqual(t, dropped.Hash, mustHeader(t, bw, dropped.Number).Hash)
	view, _ := bw.pass(bw.keeper)
	require.Equal(t, head, view.Snapshot.Block)
	bw.requireBookMatchesChain(bw.keeper, head)
	reorgs := bw.logs.alerts(t, map[string]string{"alert": alerts.Reorg})
	require.Len(t, reorgs, 1)
	require.EqualValues(t, ancestor.Number, reorgs[0]["ancestor"])
}

func mustHeader(t *testing.T, bw *bookWorld, n uint64) chain.BlockRef {
	h, err := bw.client.HeaderByNumber(bw.ctx, new(big.Int).SetUint64(n))
	require.NoError(t, err)
	return chain.RefOf(h)
}

// TestVerifyFindsInjectedDrift: the scheduled re-verification finds nothing
// in a correct book, and finds, reports and repairs a drift injected into
// it.
func TestVerifyFindsInjectedDrift(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 50)
	bw.pass(bw.keeper)
	checked, drifts, err := bw.keeper.Verify(bw.ctx, 0)
	require.NoError(t, err)
	require.GreaterOrEqual(t, checked, 50)
	require.Empty(t, drifts)

	id := bw.world.Deployment.Markets[bw.crowd.Market].ID
	victim := bw.crowd.Borrowers[7]
	bm := bw.keeper.Book().Market(id)
	rec, ok := bm.Get(victim)
	require.True(t, ok)
	wrong := new(uint256.Int).AddUint64(&rec.Debt, 12345)
	require.NoError(t, bm.Put(victim, &rec.Collateral, wrong, rec.Block))

	checked, drifts, err = bw.keeper.Verify(bw.ctx, 0)
	require.NoError(t, err)
	require.GreaterOrEqual(t, checked, 50)
	require.Len(t, drifts, 1)
	require.Equal(t, victim, drifts[0].Owner)
	require.Equal(t, rec.Debt.Dec(), drifts[0].ChainShares.Dec())
	require.Equal(t, wrong.Dec(), drifts[0].BookShares.Dec())
	alerts := bw.logs.alerts(t, map[string]string{"alert": alerts.BookDrift, "borrower": victim.Hex()})
	require.Len(t, alerts, 1)
	require.Equal(t, wrong.Dec(), alerts[0]["book_borrow_shares"])
	bw.requireBookMatchesChain(bw.keeper, bw.head())
}

// headFeed hands the keeper the heads a test chooses.
type headFeed struct {
	*mailbox.Mailbox[*types.Header]
}

func newHeadFeed() headFeed { return headFeed{mailbox.New[*types.Header]()} }

// snapshots records what the risk stage publishes.
type snapshots chan *oracle.Snapshot

func (s snapshots) Offer(snap *oracle.Snapshot) { s <- snap }

// TestRiskStageWritesChangesAtRiskAndRefresh: after a full first snapshot,
// each block writes the positions its events changed, those at risk (and
// those that just left that set) and a refresh slice sized so that the
// whole book is written within the refresh interval; closed positions are
// listed for deletion.
func TestRiskStageWritesChangesAtRiskAndRefresh(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 400)
	bw.setupDeployerInventory()
	heads, pub := newHeadFeed(), make(snapshots, 16)
	const refresh = 200 * time.Second // blocks are 1 s apart: 2 slots of 400 per block
	k := bw.newKeeperWith(heads, pub, refresh)
	ctx, cancel := context.WithCancel(bw.ctx)
	done := make(chan error, 1)
	go func() { done <- k.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done) }()
	next := func() *oracle.Snapshot {
		h, err := bw.client.HeaderByNumber(bw.ctx, nil)
		require.NoError(t, err)
		heads.Offer(h)
		select {
		case snap := <-pub:
			require.Equal(t, h.Number.Uint64(), snap.Block.Number)
			return snap
		case <-time.After(30 * time.Second):
			t.Fatal("no snapshot")
			return nil
		}
	}
	crowd := bw.world.Deployment.Markets[bw.crowd.Market].ID
	market := func(s *oracle.Snapshot) oracle.MarketRisk {
		for _, m := range s.Markets {
			if m.ID == crowd {
				return m
			}
		}
		t.Fatal("crowd market missing")
		return oracle.MarketRisk{}
	}
	first := next()
	require.True(t, first.Full)
	require.Len(t, market(first).Positions, market(first).PositionCount)
	require.GreaterOrEqual(t, market(first).PositionCount, 400)

	// One block with a full repay (closing a position if it has no
	// collateral left is not possible: it keeps collateral) and a supply.
	d := bw.world.Deployment
	abi := morphoblue.NewMorphoBlue()
	victim := bw.crowd.Borrowers[3]
	p, err := d.Position(bw.ctx, bw.client, bw.crowd.Market, victim)
	require.NoError(t, err)
	receipts, err := d.SendMany(bw.ctx, bw.client, bw.world.DeployerKey, []devnet.Tx{
		{To: d.Morpho, Data: abi.PackRepay(d.Markets[0].Params, new(big.Int), p.BorrowShares, victim, nil)},
		bw.crowd.Command(victim, abi.PackWithdrawCollateral(d.Markets[0].Params, p.Collateral, victim, bw.crowd.Factory)),
	})
	require.NoError(t, err)
	for _, r := range receipts {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	snap := next()
	require.False(t, snap.Full)
	mr := market(snap)
	require.Equal(t, []common.Address{victim}, mr.Closed, "the emptied position is deleted")
	require.Equal(t, market(first).PositionCount-1, mr.PositionCount)
	require.Zero(t, mr.AtRisk)
	// Only the refresh slice (the victim's slot is free now).
	require.LessOrEqual(t, len(mr.Positions), 4)
	require.Positive(t, len(mr.Positions))

	// A depeg puts part of the crowd at risk: all of them are written.
	fair, err := d.FairRate(bw.ctx, bw.client)
	require.NoError(t, err)
	price := new(big.Int).Mul(fair, big.NewInt(9_700))
	require.NoError(t, d.SetMarketPrice(bw.ctx, bw.client, bw.world.DeployerKey, price.Quo(price, big.NewInt(10_000))))
	snap = next()
	mr = market(snap)
	require.Positive(t, mr.AtRisk)
	low := 0
	for _, p := range mr.Positions {
		if p.HasDebt && p.Health.Cmp(new(big.Int).Mul(big.NewInt(102), big.NewInt(1e16))) < 0 {
			low++
		}
	}
	require.Equal(t, mr.AtRisk, low, "every position at risk is written")
	require.Greater(t, len(mr.Positions), mr.AtRisk-1)

	// The price recovers: the positions that left the set are written once
	// more, with their new health.
	require.NoError(t, d.SetMarketPrice(bw.ctx, bw.client, bw.world.DeployerKey, fair))
	snap = next()
	mr = market(snap)
	require.Zero(t, mr.AtRisk)
	require.GreaterOrEqual(t, len(mr.Positions), low)
	snap = next() // nothing happened: only the refresh slice
	require.LessOrEqual(t, len(market(snap).Positions), 6)
}

// TestRestartFromCheckpoint: a keeper restarted with the checkpoint in a
// real Redis resumes at its block and reads only the logs after it (no
// position reads), and its book equals the chain; a checkpoint whose block
// a reorg replaced is discarded and the book is read from the chain.
func TestRestartFromCheckpoint(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 300)
	bw.setupDeployerInventory()
	rdb := testenv.StartRedis(t).Client(t)
	store := oracle.NewRedisState(rdb, "lrt:test")
	first := bw.newKeeperFull(nil, nopPublisher{}, 0, store)
	bw.pass(first)
	bw.randomActions(10)
	view, _ := bw.pass(first)
	saved := view.Snapshot.Block
	first.SaveCheckpoint(bw.ctx)
	data, ok, err := store.LoadCheckpoint(bw.ctx)
	require.NoError(t, err)
	require.True(t, ok)
	require.Greater(t, len(data), 300*60)

	// The daemon is down for three blocks of activity.
	for range 3 {
		bw.randomActions(8)
	}
	bw.node.TakeRanges()
	second := bw.newKeeperFull(nil, nopPublisher{}, 0, store)
	callsBefore := bw.node.Calls()
	view, _ = bw.pass(second)
	head := view.Snapshot.Block
	require.Equal(t, [][2]uint64{{saved.Number + 1, head.Number}}, bw.node.TakeRanges(), "only the logs after the checkpoint")
	require.LessOrEqual(t, bw.node.Calls()-callsBefore, int64(2), "no position is read: one batch, and the rates at the totals read")
	bw.requireBookMatchesChain(second, head)
	require.Len(t, bw.logs.alerts(t, map[string]string{"alert": alerts.BookDrift}), 0)

	// A checkpoint of a block that a reorg replaced is not used.
	second.SaveCheckpoint(bw.ctx)
	bw.randomActions(5)
	require.NoError(t, bw.world.Backend.Fork(mustHeader(t, bw, head.Number-1).Hash))
	bw.randomActions(5)
	bw.randomActions(5)
	bw.node.TakeRanges()
	third := bw.newKeeperFull(nil, nopPublisher{}, 0, store)
	view, _ = bw.pass(third)
	ranges := bw.node.TakeRanges()
	require.Equal(t, uint64(0), ranges[0][0], "an orphaned checkpoint is discarded: the book is read from the start block")
	bw.requireBookMatchesChain(third, view.Snapshot.Block)
}

// TestRedisEmptiedIsRewritten: when Redis comes back empty, the next block
// publishes every position again and the book checkpoint and the CAPO
// snapshot are rewritten from memory.
func TestRedisEmptiedIsRewritten(t *testing.T) {
	t.Parallel()
	bw := newBookWorld(t, 120)
	rdb := testenv.StartRedis(t).Client(t)
	state := oracle.NewRedisState(rdb, "lrt:v1")
	engine, err := oracle.NewEngine(zerolog.Nop(), state, []oracle.AssetPolicy{{
		Symbol: "ezETH", BandsBps: []uint64{50, 100, 250, 500}, HysteresisBps: 10, EMAHalfLife: time.Hour,
		SlashCriticalBps: 100, CapoGrowth: big.NewInt(1e17), CapoInterval: 7 * 24 * time.Hour,
	}}, time.Hour)
	require.NoError(t, err)
	pub := oracle.NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Hour, 100, nopPublishMetrics{})
	heads := newHeadFeed()
	k := bw.newKeeperEngine(heads, pub, time.Hour, state, engine)
	ctx, cancel := context.WithCancel(bw.ctx)
	done := make(chan error, 2)
	go func() { done <- k.Run(ctx) }()
	go func() { done <- pub.Run(ctx) }()
	defer func() { cancel(); require.NoError(t, <-done); require.NoError(t, <-done) }()
	crowd := bw.world.Deployment.Markets[bw.crowd.Market].ID
	posKeys := func() int {
		n, err := rdb.HLen(bw.ctx, "lrt:v1:"+oracle.PositionsKey+":"+crowd.Hex()).Result()
		require.NoError(t, err)
		return int(n)
	}
	step := func() uint64 {
		bw.world.Commit()
		h, err := bw.client.HeaderByNumber(bw.ctx, nil)
		require.NoError(t, err)
		heads.Offer(h)
		n := h.Number.Uint64()
		require.Eventually(t, func() bool {
			v, err := rdb.HGet(bw.ctx, "lrt:v1:head", "block").Uint64()
			return err == nil && v >= n
		}, 30*time.Second, 10*time.Millisecond, "block %d published", n)
		return n
	}
	step()
	held := k.Book().Market(crowd).Len()
	require.GreaterOrEqual(t, held, 120)
	require.Equal(t, held, posKeys(), "the first snapshot is full")
	k.SaveCheckpoint(bw.ctx)
	require.Equal(t, int64(1), rdb.Exists(bw.ctx, "lrt:v1:capo:ezETH", "lrt:v1:book:checkpoint").Val()-1)
	step()

	require.NoError(t, rdb.FlushAll(bw.ctx).Err())
	// The publisher notices on its next write; the block after that is full.
	step()
	step()
	require.Eventually(t, func() bool { return posKeys() == held }, 30*time.Second, 20*time.Millisecond, "every position is back")
	require.Equal(t, int64(2), rdb.Exists(bw.ctx, "lrt:v1:capo:ezETH", "lrt:v1:book:checkpoint").Val(), "engine state and checkpoint rewritten")
}

type nopPublishMetrics struct{}

func (nopPublishMetrics) SnapshotPublished(bool, time.Duration) {}
