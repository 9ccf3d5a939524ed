package keeper

import (
	"context"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/stress"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// Lane is a lending protocol the keeper follows next to Morpho Blue (which
// the keeper still runs itself, see DESIGN.md). Per block the hot path
// merges the lane's log query into the block's one eth_getLogs and its
// reads into the block's one batch, then takes its liquidatable positions
// with Morpho's; the risk stage asks the block for market rows and for the
// managed positions' views. Adding a protocol is adding a Lane.
type Lane interface {
	// Protocol is the value of the records' and alerts' protocol field.
	Protocol() string
	// Start loads the lane's positions as of block (events from its start
	// block, then the positions, pinned to block). It also starts over
	// after a reorg deeper than the keeper remembers.
	Start(ctx context.Context, env LaneEnv, block chain.BlockRef) error
	// Query selects the lane's events.
	Query() ethereum.FilterQuery
	// Begin reads a block's logs (every lane's: a lane skips what is not
	// its own) into the block's reads. It changes nothing, and Apply of
	// the reads it returns may be repeated: a failed block is retried.
	Begin(logs []types.Log) (LaneStep, error)
	// Rollback undoes the changes of the blocks after block; Prune forgets
	// the changes of blocks up to block.
	Rollback(block uint64)
	Prune(block uint64)
	// Checkpoint encodes the lane's book as of its last block, under a
	// name unique among lanes; ok is false before Start.
	Checkpoint() (name string, data []byte, at chain.BlockRef, ok bool)
	// Failed is the block of a lane that could not start or follow this
	// block: its market rows say why (market_unavailable), it has no
	// targets; Morpho and the other lanes go on.
	Failed(err error) LaneBlock
}

// LaneStep is one block's reads of a lane.
type LaneStep interface {
	Calls() []chain.Call
	// Apply takes the results of Calls at block, updates the lane's book
	// and returns the block's liquidatable positions and what the risk
	// stage assesses. Re-applying a block's reads is harmless: they are
	// the positions' current balances, not deltas.
	Apply(block chain.BlockRef, res []chain.Result, readings []oracle.AssetReading) (LaneBlock, []strategies.Target, error)
}

// LaneBlock is a lane's block as the risk stage sees it. It runs in the
// risk stage's goroutine while the hot path applies later blocks.
type LaneBlock interface {
	// Assess lists the lane's market rows with the positions to write
	// this block: every position when full.
	Assess(full bool, readings []oracle.AssetReading) []oracle.MarketRisk
	// Managed is the block's view of the managed positions the lane holds.
	Managed(specs []strategies.Managed) []strategies.Target
}

// LaneEnv is what a lane is started with: the keeper's reads and its risk
// settings, so that every protocol is judged alike.
type LaneEnv struct {
	Log zerolog.Logger
	// Fetch reads the logs of q in [from, to] in order (chunked and
	// retried over long ranges).
	Fetch func(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func([]types.Log) error) error
	Reads BatchReader
	// Assets are the watched assets, in the order of the block's readings.
	Assets        []oracle.Asset
	WrappedNative common.Address
	// HealthAlert (WAD) decides which positions count as at risk.
	HealthAlert *big.Int
	Shocks      []stress.Shock
	Slippage    *big.Int
	// RefreshInterval is how often every position is written at least once.
	RefreshInterval time.Duration
	// Checkpoints, when set, holds the lane's last checkpoint: Start resumes
	// from it when its block is still canonical (Headers says) and reads
	// only the events after it.
	Checkpoints NamedCheckpointStore
	Headers     HeaderReader
}

// BatchReader runs a batch of calls pinned to one block hash.
type BatchReader interface {
	Do(ctx context.Context, block common.Hash, calls []chain.Call) ([]chain.Result, error)
}

// laneRetry is how long a lane that failed to start waits before the
// next attempt (on the hot path: a start reads the pool's history).
const laneRetry = time.Minute

// laneState is the keeper's view of one lane: down until it starts.
type laneState struct {
	up      bool
	err     error
	retryAt time.Time
}

// startLanes starts the lanes that are down and due, at block; one that
// fails is retried after laneRetry, the others are not held back.
func (k *Keeper) startLanes(ctx context.Context, block chain.BlockRef, all bool) {
	for i, l := range k.lanes {
		st := &k.laneStates[i]
		if st.up || (!all && k.now().Before(st.retryAt)) {
			continue
		}
		bctx, cancel := context.WithTimeout(ctx, bootstrapTimeout)
		err := l.Start(bctx, k.laneEnv(), block)
		cancel()
		if err != nil {
			st.err, st.retryAt = err, k.now().Add(laneRetry)
			k.log.Warn().Err(err).Str("protocol", l.Protocol()).Uint64("block", block.Number).Dur("retry_in", laneRetry).Msg("lane not started")
			continue
		}
		st.up, st.err = true, nil
	}
}

// laneEnv is the keeper's environment for its lanes.
func (k *Keeper) laneEnv() LaneEnv {
	named, _ := k.settings.Checkpoints.(NamedCheckpointStore)
	return LaneEnv{
		Checkpoints: named,
		Log:         k.log, Fetch: k.fetchLogs, Reads: k.mc, Assets: k.reader.assets, WrappedNative: k.settings.WrappedNative,
		HealthAlert: k.settings.HealthAlert, Shocks: k.settings.Shocks, Slippage: k.settings.StressSlippage,
		RefreshInterval: k.reader.refreshInterval, Headers: k.headers,
	}
}

// mergeQueries joins log queries into one request: the union of their
// addresses (any address when one has none) and of their first topics (any
// when one has none). Later topic positions are dropped, so each reader
// must skip the logs that are not its own.
func mergeQueries(qs ...ethereum.FilterQuery) ethereum.FilterQuery {
	if len(qs) == 1 {
		return qs[0]
	}
	var addrs []common.Address
	var topics []common.Hash
	anyAddress, anyTopic := false, false
	for _, q := range qs {
		anyAddress = anyAddress || len(q.Addresses) == 0
		addrs = append(addrs, q.Addresses...)
		if len(q.Topics) == 0 || len(q.Topics[0]) == 0 {
			anyTopic = true
		} else {
			topics = append(topics, q.Topics[0]...)
		}
	}
	var out ethereum.FilterQuery
	if !anyAddress {
		slices.SortFunc(addrs, func(a, b common.Address) int { return a.Cmp(b) })
		out.Addresses = slices.Compact(addrs)
	}
	if !anyTopic {
		slices.SortFunc(topics, func(a, b common.Hash) int { return a.Cmp(b) })
		out.Topics = [][]common.Hash{slices.Compact(topics)}
	}
	return out
}
