package oracle

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/testenv"
)

// syntheticBlock derives from full the snapshot of block full+offset that
// writes `written` positions (a window starting at offset·written, spread
// over the markets) and closes none.
func syntheticBlock(full *Snapshot, offset uint64, written int) *Snapshot {
	s := *full
	s.Full = false
	s.Block = chain.BlockRef{
		Number: full.Block.Number + offset,
		Hash:   common.BigToHash(new(common.Hash).Big().SetUint64(full.Block.Number + offset)),
		Time:   full.Block.Time + 12*offset,
	}
	s.UpdatedAt = full.UpdatedAt.Add(time.Duration(offset) * 12 * time.Second)
	s.Markets = make([]MarketRisk, len(full.Markets))
	per := written / len(full.Markets)
	for i, m := range full.Markets {
		start := (int(offset) * per) % max(len(m.Positions)-per, 1)
		m.Positions = m.Positions[start:min(start+per, len(m.Positions))]
		m.Closed = nil
		s.Markets[i] = m
	}
	return &s
}

// BenchmarkPublishFull100k writes a Full snapshot of 100,000 positions: the
// first block, or a Redis that came back empty. Target: < 500 ms.
func BenchmarkPublishFull100k(b *testing.B) {
	rdb := testenv.StartRedis(b).Client(b)
	snap := SyntheticSnapshot(100_000, 1)
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Hour, 100, &countingMetrics{})
	ctx := context.Background()
	for b.Loop() {
		if err := pub.Publish(ctx, snap); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/op")
}

// BenchmarkPublishBlock writes an ordinary block: 200 positions written out
// of a book of 100,000 already in Redis.
func BenchmarkPublishBlock(b *testing.B) {
	rdb := testenv.StartRedis(b).Client(b)
	full := SyntheticSnapshot(100_000, 1)
	pub := NewPublisher(zerolog.Nop(), rdb, "lrt:v1", time.Hour, 100, &countingMetrics{})
	ctx := context.Background()
	if err := pub.Publish(ctx, full); err != nil {
		b.Fatal(err)
	}
	offset := uint64(0)
	for b.Loop() {
		offset++
		if err := pub.Publish(ctx, syntheticBlock(full, offset, 200)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/1e6, "ms/op")
}
