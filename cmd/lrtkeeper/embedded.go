//go:build !noembedded

// The embedded world: an in-process simulated chain and Redis server, used
// when chain.rpc_url or redis.url is "embedded". A binary built with
// -tags noembedded leaves them out (embedded_noembedded.go).

package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/redisembed"
)

// checkEmbeddedBuild reports a config this binary cannot run. This build
// has the embedded world, so every config can.
func checkEmbeddedBuild(*config.Config) error { return nil }

// startEmbeddedRedis starts the in-process Redis server and returns its URL
// and the function that stops it.
func startEmbeddedRedis(log zerolog.Logger, c config.Redis, stdout io.Writer, plain bool) (string, func(), error) {
	srv, err := redisembed.Start(c.EmbeddedAddr)
	if err != nil {
		return "", nil, fmt.Errorf("redis: embedded server: %w", err)
	}
	host, port := splitHostPort(srv.Addr())
	hint := fmt.Sprintf("redis-cli -h %s -p %s --scan --pattern '%s:*'", host, port, c.KeyPrefix)
	log.Info().Str("addr", srv.Addr()).Str("redis_cli", hint).Msg("embedded redis serving the risk oracle")
	if plain {
		// Console logs are for a human at a terminal: the hint stands
		// out on its own line. JSON stdout stays JSON lines only.
		fmt.Fprintf(stdout, "# read the risk oracle with: %s\n", hint)
	}
	return srv.URL(), srv.Close, nil
}

// openEmbeddedWorld starts the in-process simulated chain with its contracts,
// looped positions and scripted prices, and describes it as config would.
func openEmbeddedWorld(_ context.Context, log zerolog.Logger, cfg *config.Config) (*world, error) {
	// No loan-token inventory: the keeper liquidates through its executor.
	w, err := devnet.NewWorld(log, devnet.WorldOptions{
		BlockTime: cfg.Embedded.BlockTime, Path: cfg.Embedded.PricePath, KeeperWETH: new(big.Int), Aave: true,
	})
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	if id := w.ChainID.Uint64(); id != cfg.Chain.ChainID {
		_ = w.Close()
		return nil, fmt.Errorf("embedded chain: %w: it serves chain %d, config says %d", chain.ErrWrongChain, id, cfg.Chain.ChainID)
	}
	client, err := chain.FromSimulated(w.Client())
	if err != nil {
		_ = w.Close()
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	d := w.Deployment
	asset := config.DefaultAsset()
	asset.Symbol = "ezETH"
	asset.Token = d.LRT
	asset.FairValue = config.FairValue{Kind: "erc4626", Contract: d.LRT, Decimals: 18}
	// Four market sources, median of at least two: the feed, a 1-minute
	// Uniswap TWAP, the Curve EMA and the Curve spot quote.
	asset.MarketPrice = config.MarketPrice{Quorum: 2, MaxSpreadBps: 100, Sources: []config.PriceSource{
		{Name: "chainlink", Kind: config.MarketPriceChainlink, Feed: d.PriceFeed, Heartbeat: devnet.EmbeddedFeedHeartbeat},
		{Name: "uni_twap_1m", Kind: config.SourceUniswapV3TWAP, Pool: d.UniPool, Window: devnet.EmbeddedTWAPWindow},
		{Name: "curve_ema", Kind: config.SourceCurveEMA, Pool: d.CurvePool, Index: 1},
		{Name: "curve_spot", Kind: config.SourceCurveSpot, Pool: d.CurvePool, Index: 1},
	}}
	asset.ExecQuote = config.ExecQuote{Kind: config.ExecQuoteCurve, Pool: d.CurvePool, Index: 1}
	asset.FairValue.ExpectedCadence = devnet.EmbeddedRateCadence
	// A short EMA so the demo's two-minute depeg shows in depeg_ema_bps.
	asset.DepegEMAHalfLife = time.Minute
	// The Aave pool prices ezETH through a CAPO adapter the world
	// misconfigures on its path, as Aave's wstETH cap was on 10 March 2026.
	capoAlert := devnet.EmbeddedCapoAlertBelowBps
	asset.CapoAdapters = []config.CapoAdapter{{Name: "aave_devnet", Address: w.Aave.Capo, AlertBelowBps: &capoAlert}}
	markets := make([]config.Market, len(d.Markets))
	// Seized collateral is sold on the Curve pool: coin 1 ezETH for coin 0 WETH.
	venue := &config.Venue{Kind: config.VenueCurve, Pool: d.CurvePool, I: 1, J: 0}
	for i, m := range d.Markets {
		markets[i] = config.Market{ID: m.ID, Name: m.Name, Collateral: asset.Symbol, Venue: venue}
		log.Info().Str("market", m.ID.Hex()).Str("name", m.Name).Str("oracle_kind", m.OracleKind).Msg("embedded market")
	}
	x := w.Execution
	managed := w.Managed()
	// The managed loop sits in the exchange-rate-priced market: its oracle
	// never sees the depeg, its market-price health does.
	pool := config.AavePool{
		Name: "devnet", Pool: w.Aave.Pool, AddressesProvider: w.Aave.Provider, Oracle: w.Aave.Oracle,
		Version: devnet.AaveVersion, StartBlock: w.Aave.StartBlock,
		Reserves: []config.AaveReserve{{Asset: asset.Symbol, Venue: venue}},
	}
	exec := execution{
		mode: config.LiquidationCallback, executor: x.Executor, preFactory: x.PreLiquidationFactory, preStart: x.FactoryBlock,
		managed: []config.ManagedPosition{{
			Market: managed.MarketID, Borrower: managed.Address,
			TriggerHealth: embeddedTrigger, TargetHealth: embeddedTarget, TriggerPrice: config.PriceMarket,
			MaxSlippageBps: embeddedSlippageBps, MinDepegPersist: embeddedPersist,
		}, {
			// The Aave loop's oracle is the capped rate: it sees the
			// misconfigured cap, not the depeg.
			Aave: pool.Name, Collateral: asset.Symbol, Borrower: w.Aave.Managed.Address,
			TriggerHealth: bpsWad(devnet.EmbeddedAaveTriggerBps), TargetHealth: bpsWad(devnet.EmbeddedAaveTargetBps),
			TriggerPrice: config.PriceOracle, MaxSlippageBps: embeddedSlippageBps, MinDepegPersist: embeddedPersist,
		}},
	}
	log.Info().Str("pool", w.Aave.Pool.Hex()).Str("capo", w.Aave.Capo.Hex()).Int("loops", len(w.Aave.Loops)).
		Str("managed", w.Aave.Managed.Address.Hex()).Uint64("capo_misconfigured_at_step", devnet.CapoMisconfigStep).
		Msg("embedded aave pool")
	log.Info().Str("executor", x.Executor.Hex()).Str("pre_liquidation", x.PreLiquidation.Hex()).
		Str("managed", managed.Address.Hex()).Str("trigger_health", embeddedTrigger.String()).
		Str("target_health", embeddedTarget.String()).Dur("min_depeg_persist", embeddedPersist).
		Msg("embedded execution: callback liquidation without inventory, pre-liquidation, managed deleverage")
	log.Info().Str("morpho", d.Morpho.Hex()).Str("lrt", d.LRT.Hex()).Str("feed", d.PriceFeed.Hex()).
		Int("borrowers", len(w.Borrowers())).Str("price_path", cfg.Embedded.PricePath).Msg("embedded chain ready")
	return &world{
		client: client, key: w.KeeperKey, assets: []config.Asset{asset}, markets: markets, aave: []config.AavePool{pool},
		morpho: d.Morpho, multicall: d.Multicall3, wrappedNative: d.WETH, riskOracle: d.RiskOracle,
		run: w.Run, close: func() { _ = w.Close() }, execution: exec,
	}, nil
}

// The embedded managed loop (6x, oracle health ~1.134) crosses the trigger
// at the market price ~1.2% into a depeg. The cycle's one-block 5% spike
// crosses it for one block only; the fall holds it past the persistence.
var (
	embeddedTrigger = mustWad("1.12")
	embeddedTarget  = mustWad("1.25")
)

const embeddedPersist = 10 * time.Second

// embeddedSlippageBps bounds the managed loop's sale below the market
// price, the median of four sources: in the demo's fast fall the lagging
// TWAP and EMA hold the median up to ~4% above the pool it sells on.
const embeddedSlippageBps = 500

// bpsWad is a ratio in basis points as a Wad.
func bpsWad(bps uint64) config.Wad {
	return mustWad(fmt.Sprintf("%d.%04d", bps/10_000, bps%10_000))
}

func mustWad(s string) config.Wad {
	w, err := config.ParseWad(s)
	if err != nil {
		panic(err) // a constant
	}
	return w
}
