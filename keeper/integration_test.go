package keeper_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morpholens"
	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics/metricstest"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// logBuffer collects the JSON log lines of concurrently logging components.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

// String is everything written so far.
func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// alerts returns the alert events matching every given field.
func (b *logBuffer) alerts(t *testing.T, match map[string]string) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for _, line := range strings.Split(b.buf.String(), "\n") {
		if !strings.Contains(line, `"alert"`) {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &m), line)
		ok := m["message"] == "alert"
		for k, v := range match {
			ok = ok && m[k] == v
		}
		if ok {
			out = append(out, m)
		}
	}
	return out
}

type harness struct {
	t       *testing.T
	ctx     context.Context
	world   *devnet.World
	client  chain.Client
	rdb     *redis.Client
	logs    *logBuffer
	keeper  *keeper.Keeper
	pub     *oracle.Publisher
	exec    *keeper.Executor
	heads   *chain.Heads
	markets []*keeper.Market
	reg     *prometheus.Registry
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	ctx := t.Context()
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	require.NoError(t, err)
	t.Cleanup(func() { _ = world.Close() })
	client, err := chain.FromSimulated(world.Client())
	require.NoError(t, err)
	rdb := testenv.StartRedis(t).Client(t)

	logs := &logBuffer{}
	log := zerolog.New(logs).Level(zerolog.DebugLevel)
	reg := prometheus.NewRegistry()
	m := metrics.New(reg, "test")
	d := world.Deployment
	assets := []keeper.AssetSpec{{
		Asset: oracle.Asset{
			Symbol: "ezETH", Token: d.LRT, Decimals: 18,
			Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
			Markets: []oracle.NamedSource{{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: time.Hour}}},
			Quorum:  1, MaxSpreadBps: 200,
		},
		DepegAlertBps: 100,
	}}
	var specs []keeper.MarketSpec
	for _, mk := range d.Markets {
		specs = append(specs, keeper.MarketSpec{ID: mk.ID, Name: mk.Name, Asset: 0, MarketFeeds: []common.Address{d.PriceFeed}})
	}
	mc := chain.NewMulticall(client, d.Multicall3)
	head, err := client.HeaderByNumber(ctx, nil)
	require.NoError(t, err)
	markets, err := keeper.LoadMarkets(ctx, mc, d.Morpho, head.Hash(), specs, []oracle.Asset{assets[0].Asset})
	require.NoError(t, err)

	al := alerts.New(log, m)
	pub := oracle.NewPublisher(log, rdb, "lrt:v1", time.Minute, 1000, m)
	tm, err := txmgr.New(log, client, world.KeeperKey, world.ChainID, txmgr.Config{
		NumConfirmations: 1, ReceiptQueryInterval: 20 * time.Millisecond, ResubmitInterval: 10 * time.Second,
		NetworkTimeout: 5 * time.Second, SendTimeout: time.Minute, FeeBumpPct: 10, FeeLimitMultiplier: 5,
		MinTipCap: big.NewInt(1),
	}, nil)
	require.NoError(t, err)
	t.Cleanup(tm.Close)
	liq := strategies.NewLiquidator(client, tm, d.Morpho, strategies.LiquidationConfig{
		MinProfit: big.NewInt(0), GasMarginPct: 25, MaxGasLimit: 3_000_000,
	})
	exec := keeper.NewExecutor(log, liq, al, m)
	heads := chain.NewHeads(log, client, 50*time.Millisecond, 5*time.Second)
	k := keeper.New(log, client, mc, heads, keeper.Settings{
		Morpho: d.Morpho, StartBlock: 0, LogRange: 1000, CallTimeout: 5 * time.Second,
		HealthAlert: fixed.WadOne(), HysteresisBps: 10, HeadTimeout: time.Minute, WrappedNative: d.WETH,
	}, assets, markets, pub, exec, al, m)
	// health_alert at exactly 1.0 would never fire before liquidatable; use 1.02.
	return &harness{t: t, ctx: ctx, world: world, client: client, rdb: rdb, logs: logs, keeper: k, pub: pub, exec: exec, heads: heads, markets: markets, reg: reg}
}

func (h *harness) head() chain.BlockRef {
	hd, err := h.client.HeaderByNumber(h.ctx, nil)
	require.NoError(h.t, err)
	return chain.RefOf(hd)
}

// lens asks the contracts themselves for a position's health at block.
func (h *harness) lens(market int, borrower common.Address, block chain.BlockRef) morpholens.HealthOutput {
	d := h.world.Deployment
	abi := morpholens.NewMorphoLens()
	out, err := h.client.CallContract(h.ctx, ethereum.CallMsg{
		To: &d.Lens, Data: abi.PackHealth(d.Morpho, d.Markets[market].LensParams(), borrower),
	}, block.BigNumber())
	require.NoError(h.t, err)
	res, err := abi.UnpackHealth(out)
	require.NoError(h.t, err)
	return res
}

// requireMatchesChain checks every computed position against the lens at the
// same block, to the wei.
func (h *harness) requireMatchesChain(view *keeper.View, block chain.BlockRef) int {
	checked := 0
	for i, mr := range view.Snapshot.Markets {
		for _, p := range mr.Positions {
			want := h.lens(i, p.Borrower, block)
			require.Equal(h.t, want.Collateral.String(), p.Collateral.String(), "collateral of %s", p.Borrower)
			require.Equal(h.t, want.Borrowed.String(), p.BorrowAssets.String(), "borrowed of %s at block %d", p.Borrower, block.Number)
			require.Equal(h.t, want.Price.String(), mr.OraclePrice.String(), "oracle price of %s", mr.Name)
			require.Equal(h.t, !want.Healthy, p.Liquidatable, "liquidatable %s", p.Borrower)
			if want.Borrowed.Sign() > 0 {
				ratio := new(big.Int).Mul(want.MaxBorrow, fixed.WadOne())
				ratio.Quo(ratio, want.Borrowed)
				require.Equal(h.t, ratio.String(), p.Health.String(), "health of %s", p.Borrower)
			}
			checked++
		}
	}
	return checked
}

func TestKeeperFindsPositionsAndMatchesChainToTheWei(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	block := h.head()
	view, err := h.keeper.Pass(h.ctx, block)
	require.NoError(t, err)

	// The oracle kind is read from each market's oracle.
	for i, mk := range h.markets {
		want := h.world.Deployment.Markets[i].OracleKind
		require.Equal(t, want, mk.OracleKind, mk.Name)
		require.Equal(t, "detected", mk.OracleKindFrom, mk.Name)
	}

	// Every seeded borrower is found from the events, in its market.
	// The managed loop (the deleverage demo) is a borrower like any other.
	all := append(h.world.Borrowers(), h.world.Managed())
	want := map[common.Hash]map[common.Address]bool{}
	for _, b := range all {
		if want[b.MarketID] == nil {
			want[b.MarketID] = map[common.Address]bool{}
		}
		want[b.MarketID][b.Address] = true
	}
	total := 0
	for _, mr := range view.Snapshot.Markets {
		got := map[common.Address]bool{}
		for _, p := range mr.Positions {
			got[p.Borrower] = true
			require.True(t, p.HasDebt)
		}
		require.Equal(t, want[mr.ID], got, "borrowers of %s", mr.Name)
		total += len(got)
	}
	require.Equal(t, len(all), total)
	require.Equal(t, total, h.requireMatchesChain(view, block))

	// A month of interest later the local accrual still matches to the wei.
	// Nothing else sends here: Rollback only waits for the pool to forget
	// the transactions already mined, which AdjustTime would count.
	h.world.Backend.Rollback()
	require.NoError(t, h.world.Backend.AdjustTime(30*24*time.Hour))
	h.world.Commit()
	block = h.head()
	view, err = h.keeper.Pass(h.ctx, block)
	require.NoError(t, err)
	require.ErrorIs(t, view.Snapshot.Assets[0].Sources[0].Err, oracle.ErrStale, "an hour-heartbeat feed is stale after a month")
	require.ErrorIs(t, view.Snapshot.Assets[0].MarketErr, riskmath.ErrNoQuorum)
	require.Nil(t, view.Snapshot.Assets[0].Depeg, "no depeg from a stale price")
	fair, err := h.world.Deployment.FairRate(h.ctx, h.client)
	require.NoError(t, err)
	require.NoError(t, h.world.Deployment.SetMarketPrice(h.ctx, h.client, h.world.DeployerKey, fair))
	block = h.head()
	view, err = h.keeper.Pass(h.ctx, block)
	require.NoError(t, err)
	require.Equal(t, total, h.requireMatchesChain(view, block))
	require.Positive(t, view.Snapshot.Markets[0].TotalBorrowAssets.Cmp(new(big.Int)))

	// The market prices and the fair value are read at the same block.
	asset := view.Snapshot.Assets[0]
	require.NoError(t, asset.FairErr)
	require.NoError(t, asset.MarketErr)
	require.Equal(t, fair.String(), asset.Fair.Price.String())
	require.Equal(t, "0.000000000000000000", fixed.FormatWad(asset.Depeg))
}

func TestKeeperLiquidatesAfterPriceDrop(t *testing.T) {
	t.Parallel()
	h := newHarness(t)
	ctx, cancel := context.WithCancel(h.ctx)
	var wg sync.WaitGroup
	runs := []func(context.Context) error{h.heads.Run, h.keeper.Run, h.pub.Run, h.exec.Run}
	errs := make(chan error, len(runs))
	for _, run := range runs {
		wg.Add(1)
		go func() { defer wg.Done(); errs <- run(ctx) }()
	}
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		close(errs)
		for err := range errs {
			require.NoError(t, err, "a component ended with an error")
		}
	})

	d := h.world.Deployment
	var tenX devnet.Borrower
	for _, b := range h.world.Borrowers() {
		if b.Market == 0 && b.Leverage == 10 {
			tenX = b
		}
	}
	require.NotZero(t, tenX.Address)
	record := func() map[string]string {
		rec, err := oracle.ReadPosition(h.ctx, h.rdb, "lrt:v1", d.Markets[0].ID, tenX.Address)
		require.NoError(t, err)
		return rec
	}

	// Healthy at first: published, nothing fires.
	h.world.Commit()
	require.Eventually(t, func() bool { return record() != nil }, 10*time.Second, 20*time.Millisecond)
	require.Empty(t, h.logs.alerts(t, map[string]string{"alert": alerts.Liquidatable}))

	// The market price falls 6% under the exchange rate: the 10x loop in
	// the market-priced 94.5% market is liquidatable, the same loop in the
	// rate-priced market is not.
	fair, err := d.FairRate(h.ctx, h.client)
	require.NoError(t, err)
	drop := new(big.Int).Div(new(big.Int).Mul(fair, big.NewInt(94)), big.NewInt(100))
	require.NoError(t, d.SetMarketPrice(h.ctx, h.client, h.world.DeployerKey, drop))

	mined := func() bool {
		return len(h.logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined, "borrower": tenX.Address.Hex()})) > 0
	}
	deadline := time.Now().Add(60 * time.Second)
	for !mined() && time.Now().Before(deadline) {
		h.world.Commit()
		time.Sleep(100 * time.Millisecond)
	}
	require.True(t, mined(), "liquidation of the 10x loop was not mined; logs:\n%s", h.logs.String())

	// On chain: a Liquidate event by the keeper for that borrower.
	logs, err := h.client.FilterLogs(h.ctx, ethereum.FilterQuery{
		Addresses: []common.Address{d.Morpho},
		Topics:    [][]common.Hash{{morphoblue.NewMorphoBlue().GetABI().Events["Liquidate"].ID}, {d.Markets[0].ID}},
	})
	require.NoError(t, err)
	require.NotEmpty(t, logs)
	ev, err := morphoblue.NewMorphoBlue().UnpackLiquidateEvent(&logs[0])
	require.NoError(t, err)
	require.Equal(t, tenX.Address, ev.Borrower)
	require.Equal(t, crypto.PubkeyToAddress(h.world.KeeperKey.PublicKey), ev.Caller, "liquidated by the keeper")
	pos, err := d.Position(h.ctx, h.client, 0, tenX.Address)
	require.NoError(t, err)
	// Repaid by shares: no dust debt, whatever interest accrued between
	// the block the keeper saw and the one that mined it.
	require.Zero(t, pos.BorrowShares.Sign(), "left %s borrow shares", pos.BorrowShares)
	require.Positive(t, pos.Collateral.Sign())

	// Redis reflects the block after the liquidation.
	var fields map[string]string
	require.Eventually(t, func() bool {
		h.world.Commit()
		fields = record()
		return fields["borrow_shares"] == pos.BorrowShares.String()
	}, 20*time.Second, 100*time.Millisecond)
	require.Equal(t, pos.Collateral.String(), fields["collateral"])
	require.Equal(t, "0", fields["borrow_assets"], "no dust debt")
	require.Equal(t, "inf", fields["health"])
	require.Equal(t, "0", fields["liquidatable"])
	market := h.rdb.HGetAll(h.ctx, "lrt:v1:market:"+d.Markets[0].ID.Hex()).Val()
	require.Equal(t, "3", market["schema_version"])
	asset := h.rdb.HGetAll(h.ctx, "lrt:v1:asset:ezETH").Val()
	require.Equal(t, "600.000000000000000000", asset["depeg_bps"])

	// Each alert fired exactly once and the liquidatable one resolved once.
	who := tenX.Address.Hex()
	require.Len(t, h.logs.alerts(t, map[string]string{"alert": alerts.Liquidatable, "state": alerts.StateFiring, "borrower": who}), 1)
	require.Len(t, h.logs.alerts(t, map[string]string{"alert": alerts.Liquidatable, "state": alerts.StateResolved, "borrower": who}), 1)
	sent := h.logs.alerts(t, map[string]string{"alert": alerts.LiquidationSent, "borrower": who})
	minedEv := h.logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined, "borrower": who})
	require.Len(t, sent, 1)
	require.Len(t, minedEv, 1)
	require.Equal(t, sent[0]["tx"], minedEv[0]["tx"], "sent and mined name the same transaction")
	require.Equal(t, logs[0].TxHash.Hex(), minedEv[0]["tx"])
	for _, f := range []string{"seized_assets", "repaid_assets", "expected_profit", "market", "block"} {
		require.Contains(t, minedEv[0], f)
	}
	require.Len(t, h.logs.alerts(t, map[string]string{"alert": alerts.Depeg, "state": alerts.StateFiring}), 1)
	require.Empty(t, h.logs.alerts(t, map[string]string{"alert": alerts.LiquidationFailed}))

	// The mined liquidation's expected profit is counted under its
	// protocol and market (counted before liquidation_mined is raised).
	profit, ok := new(big.Float).SetString(minedEv[0]["expected_profit"].(string))
	require.True(t, ok)
	want, _ := profit.Float64()
	require.Positive(t, want)
	counters := metricstest.Counters(t, h.reg, "lrtkeeper_liquidation_")
	require.Equal(t, want, counters[fmt.Sprintf(`lrtkeeper_liquidation_expected_profit_wei_total{market=%q,protocol="morpho_blue"}`, d.Markets[0].Name)], "%v", counters)
	// The loop in the 86% market may still be in flight: its count comes
	// before its alert.
	require.Eventually(t, func() bool {
		mined := metricstest.Counters(t, h.reg, "lrtkeeper_liquidation_attempts_total")[`lrtkeeper_liquidation_attempts_total{outcome="mined"}`]
		return mined == float64(len(h.logs.alerts(t, map[string]string{"alert": alerts.LiquidationMined})))
	}, 20*time.Second, 10*time.Millisecond, "one mined attempt per liquidation_mined")
	for _, b := range h.world.Borrowers() {
		if b.Market == 1 {
			require.Empty(t, h.logs.alerts(t, map[string]string{"alert": alerts.Liquidatable, "borrower": b.Address.Hex()}),
				"a pure depeg does not move an exchange-rate oracle")
		}
	}
}
