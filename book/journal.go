package book

import "github.com/ethereum/go-ethereum/common"

// journal remembers every change of the recent blocks so that a reorg can
// undo them: the previous record of each Put, tagged with the block that
// made the change.
type journal struct {
	on      bool
	entries []change
}

type change struct {
	market  *Market
	owner   common.Address
	block   uint64
	existed bool
	prev    Record
}

// KeepHistory turns the undo journal on: from now on every change can be
// undone by Rollback until it is pruned.
func (b *Book) KeepHistory() { b.journal.on = true }

// Undone names a position a rollback changed back.
type Undone struct {
	Market common.Hash
	Owner  common.Address
}

// Rollback undoes, newest first, every change made by a block after
// block. It returns how many changes it undid.
func (b *Book) Rollback(block uint64) int {
	return len(b.RollbackChanges(block))
}

// RollbackChanges is Rollback returning the positions it changed back, one
// entry per undone change (an owner may repeat), so that what was
// published for the dropped blocks can be superseded.
func (b *Book) RollbackChanges(block uint64) []Undone {
	j := &b.journal
	on := j.on
	j.on = false // the undo itself is not journaled
	defer func() { j.on = on }()
	var undone []Undone
	for len(j.entries) > 0 {
		e := j.entries[len(j.entries)-1]
		if e.block <= block {
			break
		}
		j.entries = j.entries[:len(j.entries)-1]
		if e.existed {
			// Restoring a previous value cannot fail: it was held before.
			_ = e.market.Put(e.owner, &e.prev.Collateral, &e.prev.Debt, e.prev.Block)
		} else {
			e.market.Remove(e.owner)
		}
		undone = append(undone, Undone{Market: e.market.ID, Owner: e.owner})
	}
	return undone
}

// Prune forgets the changes of blocks up to and including block: they can
// no longer be undone.
func (b *Book) Prune(block uint64) {
	j := &b.journal
	k := 0
	for k < len(j.entries) && j.entries[k].block <= block {
		k++
	}
	if k == 0 {
		return
	}
	j.entries = append(j.entries[:0], j.entries[k:]...)
}

// JournalLen is the number of changes that can be undone.
func (b *Book) JournalLen() int { return len(b.journal.entries) }
