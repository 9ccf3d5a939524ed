package benchbook

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
)

// CountingNode counts the requests the keeper makes: it is the keeper's
// only way to the chain (keeper.Node and the Multicall's caller). It also
// remembers the eth_getLogs ranges asked for.
type CountingNode struct {
	C        chain.Client
	requests atomic.Int64
	logs     atomic.Int64
	headers  atomic.Int64
	calls    atomic.Int64
	mu       sync.Mutex
	ranges   [][2]uint64
}

// Requests is the number of requests so far.
func (n *CountingNode) Requests() int64 { return n.requests.Load() }

// Calls is the number of eth_calls (Multicall3 batches) so far.
func (n *CountingNode) Calls() int64 { return n.calls.Load() }

// TakeRanges returns the eth_getLogs ranges asked for since the last call.
func (n *CountingNode) TakeRanges() [][2]uint64 {
	n.mu.Lock()
	defer n.mu.Unlock()
	r := n.ranges
	n.ranges = nil
	return r
}

// FilterLogs implements keeper.Node.
func (n *CountingNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n.requests.Add(1)
	n.logs.Add(1)
	n.mu.Lock()
	n.ranges = append(n.ranges, [2]uint64{q.FromBlock.Uint64(), q.ToBlock.Uint64()})
	n.mu.Unlock()
	return n.C.FilterLogs(ctx, q)
}

// HeaderByNumber implements keeper.Node.
func (n *CountingNode) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	n.requests.Add(1)
	n.headers.Add(1)
	return n.C.HeaderByNumber(ctx, number)
}

// CallContractAtHash implements chain.HashCaller.
func (n *CountingNode) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, hash common.Hash) ([]byte, error) {
	n.requests.Add(1)
	n.calls.Add(1)
	return n.C.CallContractAtHash(ctx, msg, hash)
}

// String summarises the counts by method.
func (n *CountingNode) String() string {
	return fmt.Sprintf("logs %d, headers %d, calls %d", n.logs.Load(), n.headers.Load(), n.calls.Load())
}

type nopPublisher struct{}

func (nopPublisher) Offer(*oracle.Snapshot) {}

// RPC is what MeasureRPC found.
type RPC struct {
	Positions     int
	StartupCalls  int64
	PerBlock      float64
	Blocks        int
	OldEngineCall int
}

// MeasureRPC opens positions contract borrowers on the embedded simulated
// chain, builds a keeper on them, then mines blocks (an oracle price
// update each) and counts the requests of each block's pass.
func MeasureRPC(ctx context.Context, positions, blocks int) (RPC, error) {
	out := RPC{Positions: positions, Blocks: blocks}
	world, err := devnet.NewWorld(zerolog.Nop(), devnet.WorldOptions{Path: devnet.PathCalm})
	if err != nil {
		return out, err
	}
	defer world.Close()
	client, err := chain.FromSimulated(world.Client())
	if err != nil {
		return out, err
	}
	d := world.Deployment
	c, debt := devnet.LoopAmounts(8, devnet.WAD, devnet.InitialRate)
	if _, err := d.OpenCrowd(ctx, client, world.DeployerKey, 0, positions, []*big.Int{c}, []*big.Int{debt}); err != nil {
		return out, err
	}
	node := &CountingNode{C: client}
	mc := chain.NewMulticall(node, d.Multicall3)
	asset := oracle.Asset{Symbol: "ezETH", Token: d.LRT, Decimals: 18,
		Fair:    oracle.ERC4626Rate{Vault: d.LRT, Decimals: 18, AssetDecims: 18},
		Markets: []oracle.NamedSource{{Name: "chainlink", Kind: "chainlink", Source: oracle.Chainlink{Feed: d.PriceFeed, Heartbeat: 1000 * time.Hour}}},
		Quorum:  1, MaxSpreadBps: 200}
	var specs []keeper.MarketSpec
	for _, mk := range d.Markets {
		specs = append(specs, keeper.MarketSpec{ID: mk.ID, Name: mk.Name, MarketFeeds: []common.Address{d.PriceFeed}})
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return out, err
	}
	markets, err := keeper.LoadMarkets(ctx, mc, d.Morpho, head.Hash(), specs, []oracle.Asset{asset})
	if err != nil {
		return out, err
	}
	m := metrics.New(prometheus.NewRegistry(), "bench")
	k := keeper.New(zerolog.Nop(), node, mc, nil, keeper.Settings{
		Morpho: d.Morpho, LogRange: 100_000, CallTimeout: time.Minute, HealthAlert: big.NewInt(102e16),
		HeadTimeout: time.Minute, WrappedNative: d.WETH,
	}, []keeper.AssetSpec{{Asset: asset, DepegAlertBps: 100}}, markets, nopPublisher{}, nil, alerts.New(zerolog.Nop(), m), m)
	pass := func() (int64, error) {
		h, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return 0, err
		}
		before := node.Requests()
		if _, err := k.Pass(ctx, chain.RefOf(h)); err != nil {
			return 0, err
		}
		return node.Requests() - before, nil
	}
	if out.StartupCalls, err = pass(); err != nil {
		return out, err
	}
	fair, err := d.FairRate(ctx, client)
	if err != nil {
		return out, err
	}
	var total int64
	for i := range blocks {
		price := new(big.Int).Mul(fair, big.NewInt(int64(9_990-i)))
		if err := d.SetMarketPrice(ctx, client, world.DeployerKey, price.Quo(price, big.NewInt(10_000))); err != nil {
			return out, err
		}
		n, err := pass()
		if err != nil {
			return out, err
		}
		total += n
	}
	out.PerBlock = float64(total) / float64(max(blocks, 1))
	out.OldEngineCall = OldEngineRPCPerBlock(positions+len(devnet.DefaultLoops()), len(d.Markets))
	return out, nil
}

// OldEngineRPCPerBlock is what the full-rescan engine needed per block for
// a book of positions in markets: its logs, one Multicall3 read of every
// position with the assets and market totals (chain.MaxBatch calls per
// aggregate3), the IRM batch, and the head.
func OldEngineRPCPerBlock(positions, markets int) int {
	reads := positions + 2*markets + 2 // + market(), price() each, + asset sources
	return 1 + (reads+chain.MaxBatch-1)/chain.MaxBatch + 1 + 1
}

// String is a one-line summary.
func (r RPC) String() string {
	return fmt.Sprintf("%d positions: %.2f requests per block over %d blocks (start-up %d); old engine %d", r.Positions, r.PerBlock, r.Blocks, r.StartupCalls, r.OldEngineCall)
}
