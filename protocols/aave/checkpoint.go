package aave

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// Checkpoint format, version 1, all integers big-endian:
//
//	magic "LRTAAVE1" | pool [20] | reserves u16 | block u64 | block hash [32] |
//	block time u64 | users u32 |
//	users × (address [20] | e-mode u8 | configuration [32] | legs u16 |
//	  legs × (reserve u16 | scaled collateral [32] | scaled debt [32])) |
//	crc32 (IEEE) of everything before it
//
// A checkpoint is tied to its pool and reserve count: a restart with
// another market configured reads the users again instead.
const checkpointMagic = "LRTAAVE1"

// ErrBadCheckpoint marks a checkpoint that does not decode or belongs to
// another market.
var ErrBadCheckpoint = errors.New("bad aave tracker checkpoint")

// Checkpoint encodes every tracked user as of block.
func (t *Tracker) Checkpoint(block chain.BlockRef) []byte {
	out := []byte(checkpointMagic)
	out = append(out, t.m.Pool[:]...)
	out = binary.BigEndian.AppendUint16(out, uint16(len(t.m.Reserves)))
	out = binary.BigEndian.AppendUint64(out, block.Number)
	out = append(out, block.Hash[:]...)
	out = binary.BigEndian.AppendUint64(out, block.Time)
	addrs := t.Addresses()
	out = binary.BigEndian.AppendUint32(out, uint32(len(addrs)))
	var buf [2]leg
	for _, a := range addrs {
		u := t.users[a]
		out = append(out, a[:]...)
		out = append(out, u.emode)
		cfg := u.config.Bytes32()
		out = append(out, cfg[:]...)
		legs := t.legsOf(a, u, buf[:0])
		out = binary.BigEndian.AppendUint16(out, uint16(len(legs)))
		for _, l := range legs {
			out = binary.BigEndian.AppendUint16(out, uint16(l.reserve))
			c, d := l.coll.Bytes32(), l.debt.Bytes32()
			out = append(out, c[:]...)
			out = append(out, d[:]...)
		}
	}
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out))
}

// Restore replaces the tracked users with a checkpoint's and returns its
// block. On error the tracker is unchanged.
func (t *Tracker) Restore(data []byte) (chain.BlockRef, error) {
	fail := func(format string, args ...any) (chain.BlockRef, error) {
		return chain.BlockRef{}, fmt.Errorf("%w: %s", ErrBadCheckpoint, fmt.Sprintf(format, args...))
	}
	const head = len(checkpointMagic) + 20 + 2 + 8 + 32 + 8 + 4
	if len(data) < head+4 {
		return fail("%d bytes", len(data))
	}
	body, sum := data[:len(data)-4], binary.BigEndian.Uint32(data[len(data)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return fail("checksum mismatch")
	}
	if string(body[:len(checkpointMagic)]) != checkpointMagic {
		return fail("unknown format")
	}
	p := body[len(checkpointMagic):]
	if pool := common.BytesToAddress(p[:20]); pool != t.m.Pool {
		return fail("pool %s, not %s", pool.Hex(), t.m.Pool.Hex())
	}
	if n := int(binary.BigEndian.Uint16(p[20:22])); n != len(t.m.Reserves) {
		return fail("%d reserves, the pool lists %d", n, len(t.m.Reserves))
	}
	var block chain.BlockRef
	block.Number = binary.BigEndian.Uint64(p[22:30])
	copy(block.Hash[:], p[30:62])
	block.Time = binary.BigEndian.Uint64(p[62:70])
	count := binary.BigEndian.Uint32(p[70:74])
	p = p[74:]
	// Loaded without history: the checkpoint is the base a reorg cannot
	// go below (a rollback past it needs a fresh load).
	fresh := NewTracker(t.m)
	var last common.Address
	for i := uint32(0); i < count; i++ {
		if len(p) < 20+1+32+2 {
			return fail("user %d truncated", i)
		}
		addr := common.BytesToAddress(p[:20])
		if i > 0 && addr.Cmp(last) <= 0 {
			return fail("user %s out of order", addr.Hex())
		}
		last = addr
		u := &userState{emode: p[20]}
		u.config.SetBytes32(p[21:53])
		legs := int(binary.BigEndian.Uint16(p[53:55]))
		p = p[55:]
		if len(p) < legs*66 {
			return fail("user %s's legs truncated", addr.Hex())
		}
		for j := 0; j < legs; j++ {
			r := int(binary.BigEndian.Uint16(p[:2]))
			if r >= len(t.m.Reserves) {
				return fail("user %s: reserve %d of %d", addr.Hex(), r, len(t.m.Reserves))
			}
			var c, d uint256.Int
			c.SetBytes32(p[2:34])
			d.SetBytes32(p[34:66])
			u.setLeg(r, &c, &d)
			p = p[66:]
		}
		fresh.categories[u.emode]++
		if err := fresh.store(addr, u, block.Number); err != nil {
			return fail("user %s: %v", addr.Hex(), err)
		}
	}
	if len(p) != 0 {
		return fail("%d trailing bytes", len(p))
	}
	if t.keepHistory {
		fresh.KeepHistory()
	}
	*t = *fresh
	return block, nil
}
