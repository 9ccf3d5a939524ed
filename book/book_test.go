package book

import (
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
	"github.com/stretchr/testify/require"
)

func addr(i int) common.Address { return common.Address{byte(i >> 8), byte(i)} }

// check compares every structure of m with a plain map of what it should hold.
func check(t *testing.T, m *Market, want map[common.Address][2]uint64, dust uint64) {
	t.Helper()
	require.Equal(t, len(want), m.Len())
	var coll, debt uint256.Int
	ordered, dusty := 0, 0
	for o, v := range want {
		r, ok := m.Get(o)
		require.True(t, ok, o)
		require.Equal(t, v[0], r.Collateral.Uint64())
		require.Equal(t, v[1], r.Debt.Uint64())
		coll.AddUint64(&coll, v[0])
		debt.AddUint64(&debt, v[1])
		switch {
		case v[1] == 0:
		case v[0] < dust:
			dusty++
		default:
			ordered++
		}
	}
	c, d := m.Totals()
	require.Equal(t, coll, c)
	require.Equal(t, debt, d)
	require.Equal(t, ordered, m.Ordered())
	require.Equal(t, dusty, m.DustLen())
	// The order is by debt/collateral, highest first.
	var prev *Record
	m.Walk(func(r *Record) bool {
		if prev != nil {
			var x, y uint256.Int
			x.Mul(&prev.Debt, &r.Collateral)
			y.Mul(&r.Debt, &prev.Collateral)
			require.False(t, x.Lt(&y), "order broken")
		}
		cp := *r
		prev = &cp
		return true
	})
}

// TestBookAgainstMap: random puts, removals and rollbacks keep the slice,
// owner map, order, dust list and totals equal to a plain map.
func TestBookAgainstMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	b := New()
	b.KeepHistory()
	const dust = 50
	m := b.AddMarket(common.Hash{1}, uint256.NewInt(dust))
	want := map[common.Address][2]uint64{}
	history := []map[common.Address][2]uint64{}
	rolledAt := map[uint64]int{}
	rollbacks := 0
	for block := uint64(1); block <= 60; block++ {
		for range 30 {
			o := addr(rng.IntN(200))
			c, d := rng.Uint64N(1000), rng.Uint64N(1000)
			if rng.IntN(4) == 0 {
				d = 0
			}
			if rng.IntN(8) == 0 {
				c, d = 0, 0
			}
			require.NoError(t, m.Put(o, uint256.NewInt(c), uint256.NewInt(d), block))
			if c == 0 && d == 0 {
				delete(want, o)
			} else {
				want[o] = [2]uint64{c, d}
			}
		}
		check(t, m, want, dust)
		snap := map[common.Address][2]uint64{}
		for k, v := range want {
			snap[k] = v
		}
		history = append(history, snap)
		if block%10 == 0 && rolledAt[block] < 2 {
			rolledAt[block]++
			// Undo the last three blocks.
			undone := b.Rollback(block - 3)
			require.Positive(t, undone)
			want = map[common.Address][2]uint64{}
			for k, v := range history[block-4] {
				want[k] = v
			}
			history = history[:block-3]
			check(t, m, want, dust)
			rollbacks++
			// Keep numbering: the replayed blocks reuse the numbers.
			block -= 3
		}
		if block > 20 {
			b.Prune(block - 20)
		}
	}
	require.Equal(t, 12, rollbacks)
	require.ErrorIs(t, m.Put(addr(1), new(uint256.Int).Lsh(uint256.NewInt(1), 128), uint256.NewInt(1), 99), ErrAmountTooLarge)
}

func TestRecordSize(t *testing.T) {
	require.LessOrEqual(t, int(RecordSize), 112, "records stay small: they are the book's memory")
}

func TestCheckpointRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	b := New()
	ids := []common.Hash{{1}, {2}}
	for _, id := range ids {
		m := b.AddMarket(id, uint256.NewInt(10))
		for i := range 300 {
			c := new(uint256.Int).Lsh(uint256.NewInt(rng.Uint64N(1000)), uint(rng.IntN(100)))
			d := uint256.NewInt(rng.Uint64N(1000))
			require.NoError(t, m.Put(addr(i), c, d, uint64(i)))
		}
	}
	at := At{Number: 77, Hash: common.Hash{7}, Time: 1234}
	data := b.Checkpoint(at)

	c := New()
	for _, id := range ids {
		m := c.AddMarket(id, uint256.NewInt(10))
		require.NoError(t, m.Put(addr(9999), uint256.NewInt(1), uint256.NewInt(1), 1)) // replaced
	}
	got, err := c.Restore(data)
	require.NoError(t, err)
	require.Equal(t, at, got)
	for _, id := range ids {
		want, have := b.Market(id), c.Market(id)
		require.Equal(t, want.Len(), have.Len())
		require.Equal(t, want.Ordered(), have.Ordered())
		require.Equal(t, want.DustLen(), have.DustLen())
		wc, wd := want.Totals()
		hc, hd := have.Totals()
		require.Equal(t, wc, hc)
		require.Equal(t, wd, hd)
		want.All(func(r *Record) bool {
			h, ok := have.Get(r.Owner)
			require.True(t, ok)
			require.Equal(t, r.Collateral, h.Collateral)
			require.Equal(t, r.Debt, h.Debt)
			require.Equal(t, r.Block, h.Block)
			return true
		})
		_, ok := have.Get(addr(9999))
		require.False(t, ok)
	}

	// Corruption, truncation and a different market set are refused, and
	// leave the book as it was.
	bad := append([]byte(nil), data...)
	bad[100] ^= 1
	_, err = c.Restore(bad)
	require.ErrorIs(t, err, ErrBadCheckpoint)
	_, err = c.Restore(data[:50])
	require.ErrorIs(t, err, ErrBadCheckpoint)
	other := New()
	other.AddMarket(common.Hash{1}, nil)
	_, err = other.Restore(data)
	require.ErrorIs(t, err, ErrBadCheckpoint)
	require.Equal(t, 300, c.Market(ids[0]).Len())
}

// FuzzCmpProducts: the 128-bit cross products compare as uint256's own.
func FuzzCmpProducts(f *testing.F) {
	f.Add(uint64(1), uint64(2), uint64(3), uint64(4), uint64(5), uint64(6), uint64(7), uint64(8))
	f.Add(^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0))
	f.Fuzz(func(t *testing.T, a0, a1, b0, b1, c0, c1, d0, d1 uint64) {
		x1, y1 := &uint256.Int{a0, a1}, &uint256.Int{b0, b1}
		x2, y2 := &uint256.Int{c0, c1}, &uint256.Int{d0, d1}
		var p, q uint256.Int
		p.Mul(x1, y1)
		q.Mul(x2, y2)
		require.Equal(t, p.Cmp(&q), cmpProducts(x1, y1, x2, y2))
		z := mul128(x1, y1)
		require.Equal(t, [4]uint64(p), z)
	})
}
