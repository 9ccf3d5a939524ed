package schedule

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"
)

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuf) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestSchedulerRunsRecoversAndStops(t *testing.T) {
	t.Parallel()
	var logs syncBuf
	s := New(zerolog.New(&logs), time.Second)
	var runs, panics atomic.Int64
	require.NoError(t, s.Add("@every 1s", "count", func(ctx context.Context) {
		require.NoError(t, ctx.Err())
		runs.Add(1)
	}))
	require.NoError(t, s.Add("@every 1s", "boom", func(context.Context) {
		panics.Add(1)
		panic("job bug")
	}))
	require.ErrorContains(t, s.Add("every now and then", "bad", func(context.Context) {}), `schedule bad "every now and then"`)

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	require.Eventually(t, func() bool { return runs.Load() >= 2 && panics.Load() >= 2 }, 5*time.Second, 50*time.Millisecond, "runs %d panics %d logs %s", runs.Load(), panics.Load(), logs.String())
	cancel()
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(3 * time.Second):
		t.Fatal("scheduler did not stop")
	}
	require.True(t, strings.Contains(logs.String(), "cron job failed"), "a panicking job is recovered and logged")
	after := runs.Load()
	time.Sleep(1200 * time.Millisecond)
	require.Equal(t, after, runs.Load(), "no runs after stop")
}
