package keeper

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/morphoblue"
)

// LogReader is what the index needs from a node.
type LogReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// rescanDepth is how many recent blocks each sync reads again, so logs that a
// shallow reorg moved into already-scanned heights are still seen. Borrowers
// are a set, so reading a log twice is harmless.
const rescanDepth = 32

var morphoABI = morphoblue.NewMorphoBlue()

// positionEvents are the Morpho events that create or change a borrow
// position; each names the borrower in an indexed topic.
var positionEvents = []string{"SupplyCollateral", "WithdrawCollateral", "Borrow", "Repay", "Liquidate"}

// Index finds the borrowers of the watched markets from Morpho's events,
// starting at a configured block and following the head.
type Index struct {
	client   LogReader
	morpho   common.Address
	ids      []common.Hash
	logRange uint64
	topics   []common.Hash

	start     uint64 // first block to scan, from config
	next      uint64 // first block not yet scanned
	borrowers map[common.Hash]map[common.Address]struct{}
	// forgotten remembers when an empty position was dropped, so the
	// rescan of recent blocks does not bring it back from old events.
	forgotten map[common.Hash]map[common.Address]uint64
}

// NewIndex watches markets ids of the Morpho singleton at morpho from block start.
func NewIndex(client LogReader, morpho common.Address, ids []common.Hash, start, logRange uint64) *Index {
	ix := &Index{
		client: client, morpho: morpho, ids: ids, logRange: max(logRange, 1), start: start, next: start,
		borrowers: map[common.Hash]map[common.Address]struct{}{},
		forgotten: map[common.Hash]map[common.Address]uint64{},
	}
	for _, id := range ids {
		ix.borrowers[id] = map[common.Address]struct{}{}
		ix.forgotten[id] = map[common.Address]uint64{}
	}
	abi := morphoABI.GetABI()
	for _, name := range positionEvents {
		ix.topics = append(ix.topics, abi.Events[name].ID)
	}
	return ix
}

// SyncTo scans every block up to head that has not been scanned yet.
func (ix *Index) SyncTo(ctx context.Context, head uint64) error {
	from := ix.start
	if ix.next >= ix.start+rescanDepth {
		from = ix.next - rescanDepth
	}
	for from <= head {
		to := min(from+ix.logRange-1, head)
		logs, err := ix.client.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: []common.Address{ix.morpho},
			Topics:    [][]common.Hash{ix.topics, ix.ids},
		})
		if err != nil {
			return fmt.Errorf("read morpho logs %d..%d: %w", from, to, err)
		}
		for i := range logs {
			if err := ix.apply(&logs[i]); err != nil {
				return err
			}
		}
		if to+1 > ix.next {
			ix.next = to + 1
		}
		from = to + 1
	}
	return nil
}

func (ix *Index) apply(l *types.Log) error {
	if l.Removed || len(l.Topics) < 2 {
		return nil
	}
	id := l.Topics[1]
	set, ok := ix.borrowers[id]
	if !ok {
		return nil
	}
	borrower, err := borrowerOf(l)
	if err != nil {
		return fmt.Errorf("decode morpho log %s#%d: %w", l.TxHash.Hex(), l.Index, err)
	}
	if at, ok := ix.forgotten[id][borrower]; ok {
		if l.BlockNumber <= at {
			return nil // an event from before the position was seen empty
		}
		delete(ix.forgotten[id], borrower)
	}
	set[borrower] = struct{}{}
	return nil
}

func borrowerOf(l *types.Log) (common.Address, error) {
	abi := morphoABI.GetABI()
	switch l.Topics[0] {
	case abi.Events["SupplyCollateral"].ID:
		ev, err := morphoABI.UnpackSupplyCollateralEvent(l)
		if err != nil {
			return common.Address{}, err
		}
		return ev.OnBehalf, nil
	case abi.Events["WithdrawCollateral"].ID:
		ev, err := morphoABI.UnpackWithdrawCollateralEvent(l)
		if err != nil {
			return common.Address{}, err
		}
		return ev.OnBehalf, nil
	case abi.Events["Borrow"].ID:
		ev, err := morphoABI.UnpackBorrowEvent(l)
		if err != nil {
			return common.Address{}, err
		}
		return ev.OnBehalf, nil
	case abi.Events["Repay"].ID:
		ev, err := morphoABI.UnpackRepayEvent(l)
		if err != nil {
			return common.Address{}, err
		}
		return ev.OnBehalf, nil
	case abi.Events["Liquidate"].ID:
		ev, err := morphoABI.UnpackLiquidateEvent(l)
		if err != nil {
			return common.Address{}, err
		}
		return ev.Borrower, nil
	}
	return common.Address{}, fmt.Errorf("unexpected topic %s", l.Topics[0].Hex())
}

// Borrowers lists the known borrowers of market id, sorted for stable output.
func (ix *Index) Borrowers(id common.Hash) []common.Address {
	set := ix.borrowers[id]
	out := make([]common.Address, 0, len(set))
	for a := range set {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cmp(out[j]) < 0 })
	return out
}

// Forget drops a borrower whose position was empty at block; only an event
// after that block brings it back.
func (ix *Index) Forget(id common.Hash, borrower common.Address, block uint64) {
	delete(ix.borrowers[id], borrower)
	if f, ok := ix.forgotten[id]; ok {
		f[borrower] = block
	}
}

// Next is the first block not yet scanned.
func (ix *Index) Next() uint64 { return ix.next }
