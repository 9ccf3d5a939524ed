package book

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Checkpoint format, version 1, all integers big-endian:
//
//	magic "LRTBOOK1" | block u64 | block hash [32] | block time u64 |
//	markets u32 | per market: id [32] | count u32 |
//	  count × (owner [20] | collateral [16] | debt [16] | block u64) |
//	crc32 (IEEE) of everything before it
//
// Amounts are below 2^128 (Put enforces it), so 16 bytes each hold them.
const (
	checkpointMagic = "LRTBOOK1"
	recordBytes     = 20 + 16 + 16 + 8
)

// ErrBadCheckpoint marks a checkpoint that does not decode.
var ErrBadCheckpoint = errors.New("bad book checkpoint")

// At names the block a checkpoint describes.
type At struct {
	Number uint64
	Hash   common.Hash
	Time   uint64
}

// Checkpoint encodes every market's positions as of block at. The caller
// holds at least the read lock.
func (b *Book) Checkpoint(at At) []byte {
	n := 0
	for _, m := range b.markets {
		n += m.Len()
	}
	out := make([]byte, 0, len(checkpointMagic)+8+32+8+4+len(b.ids)*(32+4)+n*recordBytes+4)
	out = append(out, checkpointMagic...)
	out = binary.BigEndian.AppendUint64(out, at.Number)
	out = append(out, at.Hash[:]...)
	out = binary.BigEndian.AppendUint64(out, at.Time)
	out = binary.BigEndian.AppendUint32(out, uint32(len(b.ids)))
	var word [32]byte
	for _, id := range b.ids {
		m := b.markets[id]
		out = append(out, id[:]...)
		out = binary.BigEndian.AppendUint32(out, uint32(m.Len()))
		m.All(func(r *Record) bool {
			out = append(out, r.Owner[:]...)
			r.Collateral.WriteToArray32(&word)
			out = append(out, word[16:]...)
			r.Debt.WriteToArray32(&word)
			out = append(out, word[16:]...)
			out = binary.BigEndian.AppendUint64(out, r.Block)
			return true
		})
	}
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out))
}

// Restore replaces the positions of every market of the book with those of
// a checkpoint and returns the block it describes. The checkpoint must hold
// exactly the book's markets; on any error the book is unchanged. The
// caller holds the write lock. The undo journal starts empty.
func (b *Book) Restore(data []byte) (At, error) {
	var at At
	fail := func(format string, args ...any) (At, error) {
		return At{}, fmt.Errorf("%w: %s", ErrBadCheckpoint, fmt.Sprintf(format, args...))
	}
	head := len(checkpointMagic) + 8 + 32 + 8 + 4
	if len(data) < head+4 || string(data[:len(checkpointMagic)]) != checkpointMagic {
		return fail("not a version-1 checkpoint (%d bytes)", len(data))
	}
	body, sum := data[:len(data)-4], binary.BigEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return fail("checksum mismatch")
	}
	p := len(checkpointMagic)
	at.Number = binary.BigEndian.Uint64(body[p:])
	copy(at.Hash[:], body[p+8:p+40])
	at.Time = binary.BigEndian.Uint64(body[p+40:])
	markets := int(binary.BigEndian.Uint32(body[p+48:]))
	p = head
	if markets != len(b.ids) {
		return fail("holds %d markets, the book %d", markets, len(b.ids))
	}
	type span struct {
		m     *Market
		start int
		count int
	}
	spans := make([]span, 0, markets)
	for range markets {
		if len(body) < p+36 {
			return fail("truncated market header at byte %d", p)
		}
		id := common.BytesToHash(body[p : p+32])
		count := int(binary.BigEndian.Uint32(body[p+32:]))
		p += 36
		m, ok := b.markets[id]
		if !ok {
			return fail("market %s is not watched", id.Hex())
		}
		if len(body) < p+count*recordBytes {
			return fail("truncated records of market %s", id.Hex())
		}
		spans = append(spans, span{m: m, start: p, count: count})
		p += count * recordBytes
	}
	if p != len(body) {
		return fail("%d trailing bytes", len(body)-p)
	}
	on := b.journal.on
	b.journal.on = false
	defer func() { b.journal.on = on }()
	b.journal.entries = b.journal.entries[:0]
	for _, s := range spans {
		s.m.reset()
		s.m.Reserve(s.count)
		var coll, debt uint256.Int
		for i := range s.count {
			rec := body[s.start+i*recordBytes:]
			owner := common.BytesToAddress(rec[:20])
			coll.SetBytes(rec[20:36])
			debt.SetBytes(rec[36:52])
			if err := s.m.Put(owner, &coll, &debt, binary.BigEndian.Uint64(rec[52:60])); err != nil {
				return at, err // cannot happen: 16-byte amounts fit 128 bits
			}
		}
	}
	return at, nil
}

// reset empties the market.
func (m *Market) reset() {
	m.records = m.records[:0]
	m.free = m.free[:0]
	clear(m.byOwner)
	clear(m.dust)
	for _, t := range m.tiers {
		t.order.Clear(false)
	}
	m.totalCollateral.Clear()
	m.totalDebt.Clear()
}

// Clear empties every market and the undo journal. The caller holds the
// write lock.
func (b *Book) Clear() {
	for _, m := range b.markets {
		m.reset()
	}
	b.journal.entries = b.journal.entries[:0]
}
