package keeper

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/alerts"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	protocol "github.com/lrtkeeper/lrtkeeper/protocols/morpho"
)

// LogReader is what the keeper needs to read events.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// reorgDepth is how many recent blocks can be rolled back: the book keeps
// the changes of these blocks and the keeper their hashes.
const reorgDepth = 64

// errReorgTooDeep means the chain replaced more blocks than the keeper
// remembers; the book is then rebuilt from the chain.
var errReorgTooDeep = errors.New("reorg deeper than the blocks kept")

// bootstrap resumes from the book's checkpoint or builds the book from the
// chain, then loads the pre-liquidation contracts and authorisations up to
// the book's block. Afterwards only events move either.
func (k *Keeper) bootstrap(ctx context.Context, head chain.BlockRef) error {
	restored, err := k.restore(ctx, head)
	if err != nil {
		return err
	}
	if !restored {
		if err := k.buildBook(ctx, head); err != nil {
			return err
		}
	}
	// The checkpoint holds no authorisations: they are rediscovered up to
	// its block, and the blocks after it apply theirs like any block.
	if err := k.loadPreLiquidations(ctx, k.next-1); err != nil {
		return err
	}
	// The lanes load at the head; the events of the blocks between a
	// checkpoint and the head only make them read those users again. A
	// lane that fails to start stays down (and alerted) without holding
	// Morpho back.
	for i := range k.laneStates {
		k.laneStates[i].up = false
	}
	k.startLanes(ctx, head, true)
	return nil
}

// query is the block's one log request: Morpho's (widened for the
// pre-liquidation contracts) and every lane's.
func (k *Keeper) query() ethereum.FilterQuery {
	qs := make([]ethereum.FilterQuery, 0, 1+len(k.lanes))
	switch {
	case k.pre != nil:
		qs = append(qs, k.pre.Query())
	case len(k.adapter.Markets()) > 0 || len(k.lanes) == 0:
		qs = append(qs, k.adapter.Query())
	}
	for i, l := range k.lanes {
		if k.laneStates[i].up {
			qs = append(qs, l.Query())
		}
	}
	if len(qs) == 0 {
		qs = append(qs, k.adapter.Query())
	}
	return mergeQueries(qs...)
}

// loadPreLiquidations discovers the factory's contracts for the watched
// markets and backfills their authorisations up to block to, with the
// adaptive log fetcher (a handful of chunked requests): at start-up and
// after a reorg.
func (k *Keeper) loadPreLiquidations(ctx context.Context, to uint64) error {
	if k.pre == nil {
		return nil
	}
	if err := k.pre.Load(ctx, k.backfill, to); err != nil {
		return fmt.Errorf("load pre-liquidation contracts: %w", err)
	}
	k.preStale = false
	authorised := 0
	for _, c := range k.pre.Contracts() {
		authorised += len(k.pre.Authorizations().Borrowers(c.Address))
	}
	k.log.Info().Str("factory", k.pre.Factory().Hex()).Uint64("block", to).Int("contracts", len(k.pre.Contracts())).
		Int("authorisations", authorised).Msg("pre-liquidation contracts loaded")
	return nil
}

// buildBook finds the borrowers of the watched markets from their position
// events between the configured start block and head, then reads every
// position at head, pinned to its hash.
func (k *Keeper) buildBook(ctx context.Context, head chain.BlockRef) error {
	if len(k.adapter.Markets()) == 0 {
		k.next = head.Number + 1 // no Morpho market: nothing to backfill
		return nil
	}
	owners := make([]map[common.Address]struct{}, len(k.adapter.Markets()))
	ids := make(map[common.Hash]int, len(owners))
	for i, m := range k.adapter.Markets() {
		owners[i] = map[common.Address]struct{}{}
		ids[m.ID] = i
	}
	q := protocol.Query(k.settings.Morpho, k.marketIDs(), true)
	err := k.fetchLogs(ctx, q, k.settings.StartBlock, head.Number, func(logs []types.Log) error {
		for i := range logs {
			l := &logs[i]
			if l.Removed || len(l.Topics) < 2 {
				continue
			}
			mi, ok := ids[l.Topics[1]]
			if !ok {
				continue
			}
			d, err := protocol.Decode(l)
			if err != nil {
				return err
			}
			owners[mi][d.Owner] = struct{}{}
		}
		return nil
	})
	if err != nil {
		return err
	}
	total := 0
	for mi, set := range owners {
		list := make([]common.Address, 0, len(set))
		for o := range set {
			list = append(list, o)
		}
		n, err := k.adapter.ReadPositions(ctx, k.mc, head, mi, list)
		if err != nil {
			return err
		}
		total += n
	}
	k.next = head.Number + 1
	k.log.Info().Uint64("block", head.Number).Int("positions", total).Uint64("from_block", k.settings.StartBlock).Msg("book built from chain")
	return nil
}

// restore resumes from the stored checkpoint when there is one for the
// watched markets whose block is still on the chain: the next pass then
// reads only the logs after it. A missing, unreadable, foreign or orphaned
// checkpoint is logged and the book is built from the chain instead.
func (k *Keeper) restore(ctx context.Context, head chain.BlockRef) (bool, error) {
	store := k.settings.Checkpoints
	if store == nil {
		return false, nil
	}
	data, ok, err := store.LoadCheckpoint(ctx)
	if err != nil {
		k.log.Warn().Err(err).Msg("book checkpoint unreadable: building the book from the chain")
		return false, nil
	}
	if !ok {
		return false, nil
	}
	at, err := k.adapter.Restore(data)
	if err != nil {
		k.log.Warn().Err(err).Msg("book checkpoint refused: building the book from the chain")
		return false, nil
	}
	discard := func(reason string) (bool, error) {
		k.log.Warn().Uint64("checkpoint_block", at.Number).Str("checkpoint_hash", at.Hash.Hex()).Str("reason", reason).
			Msg("book checkpoint discarded: building the book from the chain")
		k.adapter.Clear()
		return false, nil
	}
	if at.Number > head.Number {
		return discard("checkpoint is ahead of the head")
	}
	h, err := k.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(at.Number))
	if err != nil {
		return false, fmt.Errorf("read header %d of the checkpoint: %w", at.Number, err)
	}
	if h.Hash() != at.Hash {
		return discard("checkpoint block is no longer on the chain")
	}
	k.next = at.Number + 1
	k.remember(at)
	k.log.Info().Uint64("block", at.Number).Int("positions", k.adapter.Book().Len()).Uint64("head", head.Number).
		Msg("book restored from checkpoint")
	return true, nil
}

func (k *Keeper) marketIDs() []common.Hash {
	ids := make([]common.Hash, len(k.adapter.Markets()))
	for i, m := range k.adapter.Markets() {
		ids[i] = m.ID
	}
	return ids
}

// fetchLogs reads the logs of q in [from, to], in order. A range within
// LogRange (every block's own logs) is one request that fails fast: the
// next head retries it. A longer one (start-up, catching up after a
// stall) goes through the backfill fetcher, which adapts its range to the
// node's limits, retries transient errors and logs its progress.
func (k *Keeper) fetchLogs(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func([]types.Log) error) error {
	if to-from < max(k.settings.LogRange, 1) {
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		logs, err := k.logs.FilterLogs(ctx, q)
		if err != nil {
			return fmt.Errorf("read logs %d..%d: %w", from, to, err)
		}
		return fn(logs)
	}
	return k.backfill.Fetch(ctx, q, from, to, func(_, _ uint64, logs []types.Log) error { return fn(logs) })
}

// checkReorg compares head with the blocks already applied. When head does
// not extend the last one, it finds the newest applied block still on the
// chain and rolls the book back to it.
func (k *Keeper) checkReorg(ctx context.Context, head *types.Header) error {
	n := len(k.recent)
	if n == 0 {
		return nil
	}
	last := k.recent[n-1]
	num := head.Number.Uint64()
	switch {
	case num == last.Number+1 && head.ParentHash == last.Hash:
		return nil
	case num == last.Number && head.Hash() == last.Hash:
		return nil
	case num > last.Number+1:
		// Blocks were skipped: ask the node whether the last applied one
		// is still canonical (one extra request, only after a skip).
		h, err := k.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(last.Number))
		if err != nil {
			return fmt.Errorf("read header %d: %w", last.Number, err)
		}
		if h.Hash() == last.Hash {
			return nil
		}
	}
	for i := n - 1; i >= 0; i-- {
		b := k.recent[i]
		if b.Number >= num {
			continue
		}
		var hash common.Hash
		if b.Number == num-1 {
			hash = head.ParentHash
		} else {
			h, err := k.headers.HeaderByNumber(ctx, new(big.Int).SetUint64(b.Number))
			if err != nil {
				return fmt.Errorf("read header %d: %w", b.Number, err)
			}
			hash = h.Hash()
		}
		if hash != b.Hash {
			continue
		}
		k.rollback(b, last)
		return nil
	}
	return fmt.Errorf("%w: last applied %d (%s), new head %d", errReorgTooDeep, last.Number, last.Hash.Hex(), num)
}

// rollback undoes every block after ancestor; the next pass replays the
// canonical blocks' events.
func (k *Keeper) rollback(ancestor, last chain.BlockRef) {
	exact, undone := k.adapter.Rollback(ancestor)
	// What was published for the dropped blocks is written again with
	// the next block.
	k.rolledBack = append(k.rolledBack, undone...)
	for len(k.recent) > 0 && k.recent[len(k.recent)-1].Number > ancestor.Number {
		k.recent = k.recent[:len(k.recent)-1]
	}
	k.next = ancestor.Number + 1
	// The pre-liquidation journal undoes the dropped blocks' contracts and
	// authorisations; only a reorg deeper than it forces a rebuild, off
	// the block's budget, before the next block.
	if k.pre != nil && !k.pre.Rollback(ancestor.Number) {
		k.preStale = true
	}
	for i, l := range k.lanes {
		if k.laneStates[i].up {
			l.Rollback(ancestor.Number)
		}
	}
	k.metrics.Reorg(last.Number - ancestor.Number)
	k.alerts.Event(alerts.Reorg, alerts.Warning, func(e *zerolog.Event) *zerolog.Event {
		return e.Uint64("from_block", last.Number).Str("from_hash", last.Hash.Hex()).
			Uint64("ancestor", ancestor.Number).Str("ancestor_hash", ancestor.Hash.Hex()).
			Uint64("depth", last.Number-ancestor.Number).Bool("totals_restored", exact)
	})
}

// remember records an applied block for reorg detection.
func (k *Keeper) remember(b chain.BlockRef) {
	k.recent = append(k.recent, b)
	if len(k.recent) > reorgDepth {
		k.recent = append(k.recent[:0], k.recent[len(k.recent)-reorgDepth:]...)
	}
	if b.Number > reorgDepth {
		k.adapter.Prune(b.Number - reorgDepth)
		if k.pre != nil {
			k.pre.Prune(b.Number - reorgDepth)
		}
		for i, l := range k.lanes {
			if k.laneStates[i].up {
				l.Prune(b.Number - reorgDepth)
			}
		}
	}
}
