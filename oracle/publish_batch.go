package oracle

import (
	"cmp"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// batch is one write: the newest snapshot, plus the position changes of the
// older snapshots it superseded before they were surely written. Snapshots
// carry only the positions that changed at their block, so dropping an
// unwritten one would leave its changes unpublished until the next refresh;
// its layers ride along with the newer snapshot instead, each record
// keeping the block it was computed at.
type batch struct {
	snap    *Snapshot
	markets []marketRef // snap's markets
	// layers hold the position writes, pairwise disjoint: first the newest
	// snapshot's, one per market, then those carried from older snapshots.
	layers []layer
	// full is set when the layers cover every tracked position: the batch
	// descends from a Full snapshot (fullBlock) that read every market,
	// with no write since.
	full      bool
	fullBlock uint64
	// rebuild lists the markets whose liquidation-price set is rebuilt from
	// scratch: the layers hold a Full snapshot's list of their positions.
	rebuild map[common.Hash]bool
}

// marketRef is what a position write needs of its market.
type marketRef struct {
	id               common.Hash
	idHex            string
	collDec, loanDec uint8
	// protocol is every record's protocol field.
	protocol string
}

// recordMeta is what a position record says of its block: the number.
type recordMeta struct {
	block string
}

// layer is one market's position writes from one snapshot.
type layer struct {
	meta      *recordMeta
	market    marketRef
	positions []PositionRisk
	closed    []common.Address
}

// posID names a position across markets.
type posID struct {
	market   common.Hash
	borrower common.Address
}

func metaOf(s *Snapshot) *recordMeta {
	return &recordMeta{block: strconv.FormatUint(s.Block.Number, 10)}
}

// supersede returns the batch that writes s in place of old (nil: none).
func supersede(old *batch, s *Snapshot) *batch {
	b := &batch{snap: s, rebuild: map[common.Hash]bool{}}
	meta := metaOf(s)
	covered := map[common.Hash]bool{} // markets whose every position s lists
	for i := range s.Markets {
		m := &s.Markets[i]
		ref := marketRef{id: m.ID, idHex: m.ID.Hex(), collDec: m.CollateralDecimals, loanDec: m.LoanDecimals, protocol: cmp.Or(m.Protocol, "none")}
		b.markets = append(b.markets, ref)
		if len(m.Positions) > 0 || len(m.Closed) > 0 {
			b.layers = append(b.layers, layer{meta: meta, market: ref, positions: m.Positions, closed: m.Closed})
		}
		if s.Full && m.Err == nil {
			covered[m.ID] = true
		}
	}
	// A market's set is rebuilt from a complete list: s's, or an older
	// full snapshot's carried below.
	for _, m := range b.markets {
		b.rebuild[m.id] = covered[m.id] || (old != nil && old.rebuild[m.id])
	}
	switch {
	case s.Full && len(covered) == len(s.Markets):
		b.full, b.fullBlock = true, s.Block.Number
	case old != nil && old.full:
		// s changes what the older full write lists; the rest rides along.
		b.full, b.fullBlock = true, old.fullBlock
	}
	if old == nil {
		return b
	}
	// What s writes or deletes supersedes the older layers' records. A
	// covered market's layers go whole, so its positions need no entry.
	seen := map[posID]struct{}{}
	for i := range s.Markets {
		m := &s.Markets[i]
		if covered[m.ID] {
			continue
		}
		for j := range m.Positions {
			seen[posID{m.ID, m.Positions[j].Borrower}] = struct{}{}
		}
		for _, c := range m.Closed {
			seen[posID{m.ID, c}] = struct{}{}
		}
	}
	for _, l := range old.layers {
		if covered[l.market.id] {
			// s lists every position of the market: what it leaves out
			// is no longer tracked and must not be written back.
			continue
		}
		if l = l.without(seen); len(l.positions) > 0 || len(l.closed) > 0 {
			b.layers = append(b.layers, l)
		}
	}
	return b
}

// without returns l less the positions in seen, sharing l's slices when
// none is dropped.
func (l layer) without(seen map[posID]struct{}) layer {
	keep := func(a common.Address) bool {
		_, ok := seen[posID{l.market.id, a}]
		return !ok
	}
	out := l
	for i := range l.positions {
		if !keep(l.positions[i].Borrower) {
			out.positions = make([]PositionRisk, 0, len(l.positions))
			for j := range l.positions {
				if keep(l.positions[j].Borrower) {
					out.positions = append(out.positions, l.positions[j])
				}
			}
			break
		}
	}
	for _, c := range l.closed {
		if !keep(c) {
			out.closed = nil
			for _, c := range l.closed {
				if keep(c) {
					out.closed = append(out.closed, c)
				}
			}
			break
		}
	}
	return out
}
