package keeper_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

type nopPublisher struct{}

func (nopPublisher) Offer(*oracle.Snapshot) {}

type nopMetrics struct{}

func (nopMetrics) BlockProcessed(uint64, uint64, time.Duration)     {}
func (nopMetrics) PassFailed()                                      {}
func (nopMetrics) TargetsFound(time.Duration)                       {}
func (nopMetrics) Reorg(uint64)                                     {}
func (nopMetrics) MarketPositions(string, int, int, int)            {}
func (nopMetrics) AssetPrices(string, *big.Int, *big.Int, *big.Int) {}
func (nopMetrics) Alert(string, string)                             {}

// BenchmarkPass measures one block's pass on the embedded world: index sync,
// two pinned Multicall3 batches over the in-process RPC, and the exact
// health of every position (3 markets, 7 positions).
func BenchmarkPass(b *testing.B) {
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	if err != nil {
		b.Fatal(err)
	}
	defer world.Close()
	client, err := chain.FromSimulated(world.Client())
	if err != nil {
		b.Fatal(err)
	}
	d := world.Deployment
	asset := oracle.Asset{Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: time.Hour}}},
		Quorum:  1, MaxSpreadBps: 200}
	var specs []keeper.MarketSpec
	for _, m := range d.Markets {
		specs = append(specs, keeper.MarketSpec{ID: m.ID, Name: m.Name, MarketFeeds: []common.Address{d.PriceFeed}})
	}
	ctx := context.Background()
	mc := chain.NewMulticall(client, d.Multicall3)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	markets, err := keeper.LoadMarkets(ctx, mc, d.Morpho, head.Hash(), specs, []oracle.Asset{asset})
	if err != nil {
		b.Fatal(err)
	}
	k := keeper.New(zerolog.Nop(), client, mc, nil, keeper.Settings{
		Morpho: d.Morpho, LogRange: 1000, CallTimeout: 5 * time.Second, HealthAlert: fixed.WadOne(), HeadTimeout: time.Minute,
	}, []keeper.AssetSpec{{Asset: asset, DepegAlertBps: 100}}, markets, nopPublisher{}, nil,
		alerts.New(zerolog.Nop(), nopMetrics{}), nopMetrics{})
	block := chain.RefOf(head)
	if _, err := k.Pass(ctx, block); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := k.Pass(ctx, block); err != nil {
			b.Fatal(err)
		}
	}
}

func (nopMetrics) RiskScore(string, uint8)                           {}
func (nopMetrics) StressBadDebt(string, string, *big.Int, uint8)     {}
func (nopMetrics) AssetPriceTimes(string, uint64, uint64)            {}
func (nopMetrics) StressAtRisk(string, string, int, *big.Int, uint8) {}
func (nopMetrics) BookPositions(string, int)                         {}
