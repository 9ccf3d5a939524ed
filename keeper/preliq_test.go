package keeper_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphochainlinkoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidation"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/preliquidationfactory"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/weth9"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/morpho"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// TestKeeperPreLiquidatesAuthorisedBorrowers: a keeper in callback mode
// (its KeeperExecutor, no WETH) with the world's PreLiquidationFactory
// configured. The market price falls to 96% of fair, so market 0's 8x loop
// (LTV ≈ 91.1%, authorised before start) and 10x loop (≈ 93.75%, not
// authorised) are inside the world contract's window (90%, 94.5%]: the 8x
// loop is pre-liquidated through the executor and nothing is sent for the
// 10x loop; once the 10x loop authorises the contract (a SetAuthorization
// the keeper sees in a block's logs), it is pre-liquidated too.
func TestKeeperPreLiquidatesAuthorisedBorrowers(t *testing.T) {
	t.Parallel()
	ctx := t.Context()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm, KeeperWETH: new(big.Int)})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	d, x := world.Deployment, world.Execution
	keeperAddr := crypto.PubkeyToAddress(world.KeeperKey.PublicKey)
	require.Zero(t, wethOf(t, client, d.WETH, keeperAddr).Sign(), "no inventory")

	logs := &logBuffer{}
	log := zerolog.New(logs).Level(zerolog.DebugLevel)
	m := metrics.New(prometheus.NewRegistry(), "test")
	asset := oracle.Asset{
		Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: time.Hour}}},
		Quorum:  1, MaxSpreadBps: 200,
	}
	var specs []keeper.MarketSpec
	for _, mk := range d.Markets {
		specs = append(specs, keeper.MarketSpec{ID: mk.ID, Name: mk.Name, MarketFeeds: []common.Address{d.PriceFeed}})
	}
	mc := chain.NewMulticall(client, d.Multicall3)
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	markets, err := keeper.LoadMarkets(ctx, mc, d.Morpho, head.Hash(), specs, []oracle.Asset{asset})
	require.NoError(t, err)
	tm, err := txmgr.New(log, client, world.KeeperKey, world.ChainID, txmgr.Config{
		NumConfirmations: 1, ReceiptQueryInterval: 20 * time.Millisecond, ResubmitInterval: 10 * time.Second,
		NetworkTimeout: 5 * time.Second, SendTimeout: time.Minute, FeeBumpPct: 10, FeeLimitMultiplier: 5,
		MinTipCap: big.NewInt(1),
	}, nil)
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	cfg := strategies.CallbackConfig{
		Executor: x.Executor, MaxSlippageBps: 100, MaxHalvings: 6, MinProfit: big.NewInt(0),
		GasMarginPct: 25, MaxGasLimit: 3_000_000, MinTipCap: big.NewInt(1),
		// Coin 0 of the devnet's Curve pool is WETH, coin 1 ezETH.
		Venues: map[common.Hash]strategies.Venue{d.Markets[0].ID: {Kind: strategies.VenueCurve, Pool: d.CurvePool, I: 1, J: 0}},
	}
	al := alerts.New(log, m)
	exec := keeper.NewExecutor(log, strategies.NewCallbackLiquidator(client, tm, cfg), al, m)
	exec.Pre = strategies.NewPreLiquidator(client, tm, cfg)
	heads := chain.NewHeads(log, client, 20*time.Millisecond, 5*time.Second)
	k := keeper.New(log, client, mc, heads, keeper.Settings{
		Morpho: d.Morpho, StartBlock: 0, LogRange: 1000, CallTimeout: 5 * time.Second,
		HealthAlert: fixed.WadOne(), HysteresisBps: 10, HeadTimeout: time.Minute, WrappedNative: d.WETH,
		PreLiquidationFactory: x.PreLiquidationFactory, PreLiquidationStart: x.FactoryBlock,
	}, []keeper.AssetSpec{{Asset: asset, DepegAlertBps: 100}}, markets, nopPublisher{}, exec, al, m)

	runCtx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	runs := []func(context.Context) error{heads.Run, k.Run, exec.Run}
	errs := make(chan error, len(runs))
	for _, run := range runs {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- run(runCtx) }()
	}
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err, "a component ended with an error")
		}
	})

	loop := func(leverage uint64) devnet.Borrower {
		for _, b := range world.Borrowers() {
			if b.Market == 0 && b.Leverage == leverage {
				return b
			}
		}
		t.Fatalf("no %dx loop in market 0", leverage)
		return devnet.Borrower{}
	}
	eightX, tenX := loop(8), loop(10)
	require.Equal(t, []common.Address{x.PreLiquidation}, eightX.Authorized, "the world authorised the 8x loop")
	mined := func(who common.Address) []map[string]any {
		return logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined, "borrower": who.Hex()})
	}
	// commitUntil mines blocks until cond holds.
	commitUntil := func(cond func() bool, what string) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !cond() && time.Now().Before(deadline) {
			world.Commit()
			time.Sleep(50 * time.Millisecond)
		}
		require.True(t, cond(), "%s; logs:\n%s", what, logs.String())
	}
	commitUntil(func() bool { _, ok := k.Status(); return ok }, "no block processed")

	fair, err := d.FairRate(ctx, client)
	require.NoError(t, err)
	require.NoError(t, d.SetMarketPrice(ctx, client, world.DeployerKey, new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(96)), big.NewInt(100))))
	commitUntil(func() bool { return len(mined(eightX.Address)) > 0 }, "the 8x loop was not pre-liquidated")

	requirePreLiquidated := func(b devnet.Borrower) {
		t.Helper()
		ev := mined(b.Address)
		require.Len(t, ev, 1)
		require.Equal(t, strategies.ModePreLiquidation, ev[0]["mode"])
		require.Equal(t, x.PreLiquidation.Hex(), ev[0]["pre_liquidation"])
		sent := logs.alerts(t, map[string]string{"alert": alerts.LiquidationSent, "borrower": b.Address.Hex()})
		require.Len(t, sent, 1)
		require.Equal(t, sent[0]["tx"], ev[0]["tx"])
		rcpt, err := client.TransactionReceipt(ctx, common.HexToHash(ev[0]["tx"].(string)))
		require.NoError(t, err)
		var pre *preliquidation.PreLiquidationPreLiquidate
		for _, l := range rcpt.Logs {
			if l.Address != x.PreLiquidation {
				continue
			}
			if e, err := preliquidation.NewPreLiquidation().UnpackPreLiquidateEvent(l); err == nil {
				pre = e
			}
		}
		require.NotNil(t, pre, "a PreLiquidate event was mined")
		require.Equal(t, b.Address, pre.Borrower)
		require.Equal(t, x.Executor, pre.Liquidator)
		pos, err := d.Position(ctx, client, 0, b.Address)
		require.NoError(t, err)
		require.Positive(t, pos.BorrowShares.Sign(), "a pre-liquidation closes part of the debt")
	}
	requirePreLiquidated(eightX)

	// Blocks later nothing was sent (or planned) for the 10x loop: it
	// never authorised the contract.
	after := len(logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined}))
	st, _ := k.Status()
	commitUntil(func() bool { now, _ := k.Status(); return now.Block >= st.Block+10 }, "blocks not processed")
	for _, kind := range []string{alerts.LiquidationSent, alerts.LiquidationSkipped, alerts.LiquidationFailed} {
		require.Empty(t, logs.alerts(t, map[string]string{"alert": kind, "borrower": tenX.Address.Hex()}), kind)
	}
	require.Len(t, logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined}), after)
	require.Len(t, mined(eightX.Address), 1, "back under preLltv: pre-liquidated once")

	// Authorised after start: picked up from the block's logs.
	require.NoError(t, d.Authorize(ctx, client, tenX.Key, x.PreLiquidation))
	commitUntil(func() bool { return len(mined(tenX.Address)) > 0 }, "the 10x loop was not pre-liquidated after authorising")
	requirePreLiquidated(tenX)
	require.Positive(t, wethOf(t, client, d.WETH, keeperAddr).Sign(), "the executor paid its owner")
	require.Empty(t, logs.alerts(t, map[string]string{"alert": alerts.LiquidationFailed}))
	require.Empty(t, logs.alerts(t, map[string]string{"alert": alerts.PassFailed}))
}

func wethOf(t *testing.T, client chain.Client, weth, who common.Address) *big.Int {
	t.Helper()
	w := weth9.NewWETH9()
	out, err := client.CallContract(t.Context(), ethereum.CallMsg{To: &weth, Data: w.PackBalanceOf(who)}, nil)
	require.NoError(t, err)
	bal, err := w.UnpackBalanceOf(out)
	require.NoError(t, err)
	return bal
}

// preContract is a PreLiquidation contract a test follows.
type preContract struct {
	addr   common.Address
	params morpho.PreLiquidationParams
}

type preKey struct{ contract, borrower common.Address }

func morphoParams(p preliquidationfactory.PreLiquidationParams) morpho.PreLiquidationParams {
	return morpho.PreLiquidationParams{
		PreLltv: *uint256.MustFromBig(p.PreLltv), PreLCF1: *uint256.MustFromBig(p.PreLCF1), PreLCF2: *uint256.MustFromBig(p.PreLCF2),
		PreLIF1: *uint256.MustFromBig(p.PreLIF1), PreLIF2: *uint256.MustFromBig(p.PreLIF2), Oracle: p.PreLiquidationOracle,
	}
}

// send signs and mines one transaction from key; it must succeed.
func (bw *bookWorld) send(key *ecdsa.PrivateKey, to *common.Address, data []byte) *types.Receipt {
	bw.t.Helper()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := bw.client.PendingNonceAt(bw.ctx, from)
	require.NoError(bw.t, err)
	gas, err := bw.client.EstimateGas(bw.ctx, ethereum.CallMsg{From: from, To: to, Data: data})
	require.NoError(bw.t, err)
	tip, err := bw.client.SuggestGasTipCap(bw.ctx)
	require.NoError(bw.t, err)
	head, err := bw.client.HeaderByNumber(bw.ctx, nil)
	require.NoError(bw.t, err)
	tx := types.MustSignNewTx(key, types.LatestSignerForChainID(bw.world.ChainID), &types.DynamicFeeTx{
		ChainID: bw.world.ChainID, Nonce: nonce, GasTipCap: tip, To: to, Data: data, Gas: gas + gas/2,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
	})
	require.NoError(bw.t, bw.client.SendTransaction(bw.ctx, tx))
	bw.world.Commit()
	r, err := bw.client.TransactionReceipt(bw.ctx, tx.Hash())
	require.NoError(bw.t, err)
	require.Equal(bw.t, types.ReceiptStatusSuccessful, r.Status)
	return r
}

// predictPreLiquidation is the address the world's factory will give a
// contract for market 0 with params (CREATE2), before it exists.
func (bw *bookWorld) predictPreLiquidation(params preliquidationfactory.PreLiquidationParams) (common.Address, []byte) {
	bw.t.Helper()
	x := bw.world.Execution
	data := preliquidationfactory.NewPreLiquidationFactory().PackCreatePreLiquidation(bw.world.Deployment.Markets[0].ID, params)
	out, err := bw.client.CallContract(bw.ctx, ethereum.CallMsg{From: bw.world.Deployment.Deployer, To: &x.PreLiquidationFactory, Data: data}, nil)
	require.NoError(bw.t, err)
	addr, err := preliquidationfactory.NewPreLiquidationFactory().UnpackCreatePreLiquidation(out)
	require.NoError(bw.t, err)
	return addr, data
}

// createPreLiquidation has the world's factory create a contract for
// market 0 with params.
func (bw *bookWorld) createPreLiquidation(params preliquidationfactory.PreLiquidationParams) preContract {
	bw.t.Helper()
	addr, data := bw.predictPreLiquidation(params)
	bw.send(bw.world.DeployerKey, &bw.world.Execution.PreLiquidationFactory, data)
	return preContract{addr: addr, params: morphoParams(params)}
}

// authorise is the transaction by which a crowd borrower (de)authorises a
// contract.
func (bw *bookWorld) authorise(who, contract common.Address, on bool) devnet.Tx {
	return bw.crowd.Command(who, morphoblue.NewMorphoBlue().PackSetAuthorization(contract, on))
}

// expectedPreTargets computes from the chain, at block, the pre-liquidation
// targets of market 0: every borrower (of the crowd and the world) that
// authorises a contract (Morpho's isAuthorized) and whose position is
// inside the contract's window at its oracle's price, unless liquidatable
// at LLTV by the market's oracle. excluded counts those left to the
// liquidator.
func (bw *bookWorld) expectedPreTargets(block chain.BlockRef, contracts []preContract) (want map[preKey]bool, excluded int) {
	bw.t.Helper()
	d := bw.world.Deployment
	mk := d.Markets[0]
	mb := morphoblue.NewMorphoBlue()
	oc := morphochainlinkoracle.NewMorphoChainlinkOracle()
	candidates := append([]common.Address(nil), bw.crowd.Borrowers...)
	for _, b := range bw.world.Borrowers() {
		if b.Market == 0 {
			candidates = append(candidates, b.Address)
		}
	}
	var plan chain.Plan
	marketSlot := plan.Add(chain.Call{Target: d.Morpho, Data: mb.PackMarket(mk.ID)})
	priceSlot := plan.Add(chain.Call{Target: mk.Params.Oracle, Data: oc.PackPrice()})
	oracleSlots := make([]chain.Slot, len(contracts))
	for i, c := range contracts {
		oracleSlots[i] = plan.Add(chain.Call{Target: c.params.Oracle, Data: oc.PackPrice()})
	}
	posCalls := make([]chain.Call, len(candidates))
	for i, b := range candidates {
		posCalls[i] = chain.Call{Target: d.Morpho, Data: mb.PackPosition(mk.ID, b)}
	}
	posSlot := plan.Add(posCalls...)
	authSlots := make([]chain.Slot, len(contracts))
	for i, c := range contracts {
		calls := make([]chain.Call, len(candidates))
		for j, b := range candidates {
			calls[j] = chain.Call{Target: d.Morpho, Data: mb.PackIsAuthorized(b, c.addr)}
		}
		authSlots[i] = plan.Add(calls...)
	}
	res, err := chain.NewMulticall(bw.client, d.Multicall3).Do(bw.ctx, block.Hash, plan.Calls())
	require.NoError(bw.t, err)
	price := func(r chain.Result) *uint256.Int {
		p, err := oc.UnpackPrice(r.Data)
		require.NoError(bw.t, err)
		return uint256.MustFromBig(p)
	}
	mo, err := mb.UnpackMarket(marketSlot.Of(res)[0].Data)
	require.NoError(bw.t, err)
	var m morpho.Market
	m.TotalSupplyAssets.SetFromBig(mo.TotalSupplyAssets)
	m.TotalSupplyShares.SetFromBig(mo.TotalSupplyShares)
	m.TotalBorrowAssets.SetFromBig(mo.TotalBorrowAssets)
	m.TotalBorrowShares.SetFromBig(mo.TotalBorrowShares)
	m.LastUpdate.SetFromBig(mo.LastUpdate)
	m.Fee.SetFromBig(mo.Fee)
	m, err = morpho.AccrueInterest(m, uint256.MustFromBig(devnet.BorrowRatePerSecond), block.Time)
	require.NoError(bw.t, err)
	marketPrice := price(priceSlot.Of(res)[0])
	lltv := uint256.MustFromBig(mk.Params.Lltv)
	want = map[preKey]bool{}
	for i, c := range contracts {
		plPrice := price(oracleSlots[i].Of(res)[0])
		for j, b := range candidates {
			ok, err := mb.UnpackIsAuthorized(authSlots[i].Of(res)[j].Data)
			require.NoError(bw.t, err)
			if !ok {
				continue
			}
			po, err := mb.UnpackPosition(posSlot.Of(res)[j].Data)
			require.NoError(bw.t, err)
			var p morpho.Position
			p.Collateral.SetFromBig(po.Collateral)
			p.BorrowShares.SetFromBig(po.BorrowShares)
			if p.BorrowShares.IsZero() {
				continue
			}
			_, _, _, in, err := morpho.PreLiquidationTerms(p, m, plPrice, lltv, c.params)
			require.NoError(bw.t, err)
			if !in {
				continue
			}
			h, err := morpho.PositionHealth(p, m, marketPrice, lltv)
			require.NoError(bw.t, err)
			if h.Liquidatable {
				excluded++
				continue
			}
			want[preKey{c.addr, b}] = true
		}
	}
	return want, excluded
}

// preTargetsOf are a view's pre-liquidation targets; each must carry the
// contract's parameters.
func preTargetsOf(t *testing.T, view *keeper.View, contracts []preContract) map[preKey]bool {
	t.Helper()
	got := map[preKey]bool{}
	for _, tg := range view.Targets {
		if tg.PreLiquidation == nil {
			continue
		}
		known := false
		for _, c := range contracts {
			if c.addr == tg.PreLiquidation.Address {
				require.Equal(t, c.params, tg.PreLiquidation.Params)
				known = true
			}
		}
		require.True(t, known, "target of an unknown contract %s", tg.PreLiquidation.Address)
		require.NotNil(t, tg.PreLiquidation.OraclePrice)
		require.NotNil(t, tg.OraclePrice)
		require.NotNil(t, tg.SalePrice)
		require.True(t, tg.LoanIsNative)
		got[preKey{tg.PreLiquidation.Address, tg.Borrower}] = true
	}
	return got
}

// newPreBookWorld is a book world with two PreLiquidation contracts for
// market 0 (the world's, priced by the market oracle, and one priced by
// the exchange-rate oracle) that part of the crowd authorised, and the
// factory configured for the keepers built afterwards.
func newPreBookWorld(t *testing.T, positions int) (*bookWorld, []preContract) {
	t.Helper()
	bw := newBookWorld(t, positions)
	d, x := bw.world.Deployment, bw.world.Execution
	bw.preFactory, bw.preStart = x.PreLiquidationFactory, x.FactoryBlock
	rateParams := d.PreLiquidationParams()
	rateParams.PreLiquidationOracle = d.RateOracle
	contracts := []preContract{{addr: x.PreLiquidation, params: morphoParams(d.PreLiquidationParams())}, bw.createPreLiquidation(rateParams)}
	var txs []devnet.Tx
	for i, b := range bw.crowd.Borrowers[:min(len(bw.crowd.Borrowers), 240)] {
		switch {
		case i < 80:
			txs = append(txs, bw.authorise(b, contracts[0].addr, true))
		case i < 160:
			txs = append(txs, bw.authorise(b, contracts[1].addr, true))
		default:
			txs = append(txs, bw.authorise(b, contracts[0].addr, true), bw.authorise(b, contracts[1].addr, true))
		}
	}
	receipts, err := d.SendMany(bw.ctx, bw.client, bw.world.DeployerKey, txs)
	require.NoError(t, err)
	for _, r := range receipts {
		require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	}
	return bw, contracts
}

// TestAtMostThreeRequestsPerBlockWithPreLiquidations: with a factory
// configured, a block still costs its logs (now with the authorisation
// and factory events), one batch (now with the pre-liquidation oracles)
// and the head, while borrowers authorise and revoke, prices move and
// positions change; a block that creates a contract costs one more. The
// pre-liquidation targets are exactly those computed from the chain.
func TestAtMostThreeRequestsPerBlockWithPreLiquidations(t *testing.T) {
	t.Parallel()
	bw, contracts := newPreBookWorld(t, 2_000)
	bw.setupDeployerInventory()
	k := bw.newKeeper()
	view, startup := bw.pass(k)
	t.Logf("start-up: %d requests for %d positions and %d contracts", startup, k.Book().Len(), len(contracts))
	check := func(view *keeper.View) (int, int) {
		t.Helper()
		want, excluded := bw.expectedPreTargets(view.Snapshot.Block, contracts)
		require.Equal(t, want, preTargetsOf(t, view, contracts), "pre-liquidation targets at block %d", view.Snapshot.Block.Number)
		return len(want), excluded
	}
	found, excluded := check(view)
	require.Positive(t, found, "positions in the exchange-rate contract's window from the start")

	d := bw.world.Deployment
	fair, err := d.FairRate(bw.ctx, bw.client)
	require.NoError(t, err)
	later := bw.crowd.Borrowers[240:]
	tighter := d.PreLiquidationParams()
	tighter.PreLltv = new(big.Int).Mul(big.NewInt(92), big.NewInt(1e16))
	third, createData := bw.predictPreLiquidation(tighter)
	last := view.Snapshot.Block.Number
	single, created := 0, false
	for round := range 12 {
		extra := int64(0)
		switch round % 4 {
		case 0:
			// Per-block authorisations, a revocation, and one for a
			// contract that does not exist yet (CREATE2).
			txs := []devnet.Tx{
				bw.authorise(later[round], contracts[0].addr, true),
				bw.authorise(later[round+1], contracts[1].addr, true),
				bw.authorise(bw.crowd.Borrowers[round], contracts[0].addr, false),
				bw.authorise(later[round+2], third, true),
			}
			bw.randomActions(5, txs...)
		case 1:
			drop := []int64{9_900, 9_700, 9_500}[round/4]
			price := new(big.Int).Mul(fair, big.NewInt(drop))
			require.NoError(t, d.SetMarketPrice(bw.ctx, bw.client, bw.world.DeployerKey, price.Quo(price, big.NewInt(10_000))))
		case 2:
			bw.world.Commit()
		case 3:
			if !created {
				bw.send(bw.world.DeployerKey, &bw.world.Execution.PreLiquidationFactory, createData)
				contracts = append(contracts, preContract{addr: third, params: morphoParams(tighter)})
				created, extra = true, 1 // its authorisations so far: one more request
			} else {
				bw.randomActions(5)
			}
		}
		view, n := bw.pass(k)
		blocks := int64(view.Snapshot.Block.Number - last)
		require.LessOrEqual(t, n, 3*blocks+extra, "requests for blocks %d..%d; totals so far: %s", last+1, view.Snapshot.Block.Number, bw.node)
		if blocks == 1 && extra == 0 {
			single++
		}
		t.Logf("blocks %d..%d: %d requests", last+1, view.Snapshot.Block.Number, n)
		last = view.Snapshot.Block.Number
		f, e := check(view)
		found, excluded = found+f, excluded+e
	}
	require.True(t, created)
	require.GreaterOrEqual(t, single, 8, "most rounds must be one block, so that the bound is tested per block")
	require.Positive(t, excluded, "some authorised positions were liquidatable by the market oracle: left to the liquidator")
	t.Logf("%d pre-liquidation targets over the rounds, %d left to the liquidator", found, excluded)
	bw.requireBookMatchesChain(k, bw.head())
}

// TestPreLiquidationAuthorisationsFollowReorg: an authorisation in a block
// a reorg drops makes a target, and after the reorg it is gone: the
// authorisations are rolled back to the common ancestor.
func TestPreLiquidationAuthorisationsFollowReorg(t *testing.T) {
	t.Parallel()
	bw, contracts := newPreBookWorld(t, 300)
	k := bw.newKeeper()
	bw.pass(k)
	ancestor := bw.head()
	// A 12x loop (entry 8 of the crowd's amounts, not yet authorised) is
	// in the exchange-rate contract's window at the fair price.
	who := bw.crowd.Borrowers[8+16*16]
	key := preKey{contracts[1].addr, who}
	bw.randomActions(3, bw.authorise(who, contracts[1].addr, true))
	view, _ := bw.pass(k)
	require.True(t, preTargetsOf(t, view, contracts)[key], "authorised: a target")

	require.NoError(t, bw.world.Backend.Fork(ancestor.Hash))
	bw.world.Backend.Rollback() // the dropped block's transactions stay dropped
	bw.randomActions(3)
	bw.randomActions(3)
	require.False(t, bw.isAuthorized(who, contracts[1].addr), "not authorised on the new chain")
	view, n := bw.pass(k)
	t.Logf("reorg pass: %d requests", n)
	// Rolled back by the journal, not rebuilt over the factory's history:
	// the reorg check's header read and the block's usual three.
	require.LessOrEqual(t, int(n), 4, "no rebuild on the hot path")
	require.Len(t, bw.logs.alerts(t, map[string]string{"alert": alerts.Reorg}), 1)
	got := preTargetsOf(t, view, contracts)
	require.False(t, got[key], "the dropped authorisation is gone")
	want, _ := bw.expectedPreTargets(view.Snapshot.Block, contracts)
	require.Equal(t, want, got)
	bw.requireBookMatchesChain(k, view.Snapshot.Block)
}

func (bw *bookWorld) isAuthorized(authorizer, authorized common.Address) bool {
	bw.t.Helper()
	mb := morphoblue.NewMorphoBlue()
	d := bw.world.Deployment
	out, err := bw.client.CallContract(bw.ctx, ethereum.CallMsg{To: &d.Morpho, Data: mb.PackIsAuthorized(authorizer, authorized)}, nil)
	require.NoError(bw.t, err)
	ok, err := mb.UnpackIsAuthorized(out)
	require.NoError(bw.t, err)
	return ok
}

// TestRestartFromCheckpointWithPreLiquidations: a keeper restarted from a
// book checkpoint rediscovers the contracts and authorisations up to the
// checkpoint's block, then applies the blocks after it (an authorisation
// and a revocation while it was down) like any block.
func TestRestartFromCheckpointWithPreLiquidations(t *testing.T) {
	t.Parallel()
	bw, contracts := newPreBookWorld(t, 300)
	store := oracle.NewRedisState(testenv.StartRedis(t).Client(t), "lrt:test")
	first := bw.newKeeperFull(nil, nopPublisher{}, 0, store)
	view, _ := bw.pass(first)
	saved := view.Snapshot.Block
	first.SaveCheckpoint(bw.ctx)

	who, revoked := bw.crowd.Borrowers[8+16*16], bw.crowd.Borrowers[8+16*10] // 12x loops; revoked authorised both
	before := preTargetsOf(t, view, contracts)
	require.True(t, before[preKey{contracts[0].addr, revoked}])
	require.False(t, before[preKey{contracts[1].addr, who}])
	bw.randomActions(5, bw.authorise(who, contracts[1].addr, true), bw.authorise(revoked, contracts[0].addr, false))
	bw.randomActions(5)
	bw.node.TakeRanges()
	second := bw.newKeeperFull(nil, nopPublisher{}, 0, store)
	view, _ = bw.pass(second)
	head := view.Snapshot.Block
	require.Contains(t, bw.node.TakeRanges(), [2]uint64{saved.Number + 1, head.Number}, "resumed after the checkpoint")
	require.Len(t, bw.logs.alerts(t, map[string]string{"alert": alerts.BookDrift}), 0)
	want, _ := bw.expectedPreTargets(head, contracts)
	got := preTargetsOf(t, view, contracts)
	require.Equal(t, want, got)
	require.True(t, got[preKey{contracts[1].addr, who}], "authorised while the keeper was down")
	require.False(t, got[preKey{contracts[0].addr, revoked}], "revoked while the keeper was down")
	require.False(t, bw.isAuthorized(revoked, contracts[0].addr))
	require.True(t, bw.isAuthorized(revoked, contracts[1].addr), "its other authorisation stands")
}
