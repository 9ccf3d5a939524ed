package txmgr

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// TestRedisJournalCluster: on a Redis Cluster the record and the pending
// set change in one MULTI/EXEC when the prefix carries a hash tag, and a
// prefix without one is refused rather than written in two steps.
func TestRedisJournalCluster(t *testing.T) {
	t.Parallel()
	rdb := testenv.StartRedisCluster(t).Client(t)
	ctx := t.Context()
	j := NewRedisJournal(rdb, "lrt:{t}")
	rec := func(h byte, nonce uint64, s Status) Record {
		return Record{
			Hash: common.Hash{h}, Nonce: nonce, From: common.Address{0x90}, To: &common.Address{0x91},
			Purpose: "liquidate", Status: s, TipCap: big.NewInt(1), FeeCap: big.NewInt(3), GasLimit: 21000,
			MaxCost: big.NewInt(99), Raw: []byte{h}, Time: time.Now().UTC().Truncate(time.Microsecond),
		}
	}
	a, b := rec(1, 8, StatusPending), rec(2, 7, StatusPending)
	require.NoError(t, j.Save(ctx, a))
	require.NoError(t, j.Save(ctx, b))
	got, err := j.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []Record{b, a}, got)

	a.Status = StatusMined
	require.NoError(t, j.Save(ctx, a))
	got, err = j.Pending(ctx)
	require.NoError(t, err)
	require.Equal(t, []Record{b}, got)
	require.Equal(t, StatusMined, j.get(t, a.Hash).Status)
	require.Equal(t, []string{b.Hash.Hex()}, rdb.SMembers(ctx, "lrt:{t}:tx:pending").Val())

	err = NewRedisJournal(rdb, "lrt:v1").Save(ctx, rec(3, 9, StatusPending))
	require.ErrorIs(t, err, redis.ErrCrossSlot)
}
