package main

import (
	"context"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
)

// openEmbeddedWorld starts the in-process simulated chain with its contracts,
// looped positions and scripted prices, and describes it as config would.
func openEmbeddedWorld(_ context.Context, log zerolog.Logger, cfg *config.Config) (*world, error) {
	w, err := devnet.NewWorld(log, devnet.WorldOptions{
		BlockTime: cfg.Embedded.BlockTime, Path: cfg.Embedded.PricePath,
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
	markets := make([]config.Market, len(d.Markets))
	for i, m := range d.Markets {
		markets[i] = config.Market{ID: m.ID, Name: m.Name, Collateral: asset.Symbol}
		log.Info().Str("market", m.ID.Hex()).Str("name", m.Name).Str("oracle_kind", m.OracleKind).Msg("embedded market")
	}
	log.Info().Str("morpho", d.Morpho.Hex()).Str("lrt", d.LRT.Hex()).Str("feed", d.PriceFeed.Hex()).
		Int("borrowers", len(w.Borrowers())).Str("price_path", cfg.Embedded.PricePath).Msg("embedded chain ready")
	return &world{
		client: client, key: w.KeeperKey, assets: []config.Asset{asset}, markets: markets,
		morpho: d.Morpho, multicall: d.Multicall3, wrappedNative: d.WETH, riskOracle: d.RiskOracle,
		run: w.Run, close: func() { _ = w.Close() },
	}, nil
}
