package main

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/config"
	"github.com/lrtkeeper/lrtkeeper/internal/metrics"
)

// stageLog records the order in which components saw their stop.
type stageLog struct {
	mu    sync.Mutex
	order []string
}

func (l *stageLog) add(s string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.order = append(l.order, s)
}

func bareService() *Service {
	return &Service{log: zerolog.Nop(), cfg: config.Default(), probe: metrics.NewProbe(), leader: alwaysLeader{}}
}

// Stop winds the stages down one after another, intake first and the base
// last, then runs the closers in reverse; it is safe to call twice.
func TestServiceStopsInStages(t *testing.T) {
	t.Parallel()
	s := bareService()
	var log stageLog
	for _, st := range []struct {
		id   stageID
		name string
	}{{stageBase, "base"}, {stageOutputs, "outputs"}, {stageActions, "actions"}, {stageIntake, "intake"}} {
		for i := range 2 {
			s.run(st.id, func(ctx context.Context) error {
				<-ctx.Done()
				if i == 1 {
					log.add(st.name)
				}
				return nil
			})
		}
	}
	s.onStop(func(context.Context) error { log.add("closer 1"); return nil })
	s.onStop(func(context.Context) error { log.add("closer 2"); return errors.New("close failed") })
	s.Start()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := s.Stop(ctx)
	require.EqualError(t, err, "close failed", "every close error is returned")
	require.Equal(t, []string{"intake", "actions", "outputs", "base", "closer 2", "closer 1"}, log.order)
	require.Equal(t, err, s.Stop(ctx), "a second Stop does nothing more")
	require.Len(t, log.order, 6)
}

// A component's error ends the run: Failed closes, and Stop returns the
// error after stopping the rest in order.
func TestServiceComponentFailure(t *testing.T) {
	t.Parallel()
	s := bareService()
	boom := errors.New("head source: subscription lost for good")
	s.run(stageIntake, func(context.Context) error { return boom })
	s.run(stageActions, func(ctx context.Context) error { <-ctx.Done(); return nil })
	s.Start()
	select {
	case <-s.Failed():
	case <-time.After(10 * time.Second):
		t.Fatal("Failed not closed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.ErrorIs(t, s.Stop(ctx), boom)
}

// A component that ignores its context cannot hang the stop: Stop returns
// at its deadline, saying so, and still runs the closers.
func TestServiceStopIsBounded(t *testing.T) {
	t.Parallel()
	s := bareService()
	release := make(chan struct{})
	defer close(release)
	s.run(stageActions, func(context.Context) error { <-release; return nil })
	closed := false
	s.onStop(func(context.Context) error { closed = true; return nil })
	s.Start()
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err := s.Stop(ctx)
	require.ErrorContains(t, err, "stop actions")
	require.ErrorContains(t, err, "components still running")
	require.True(t, closed)
}

// A failed init releases what it built, in reverse, without Start.
func TestServiceStopAfterFailedInit(t *testing.T) {
	t.Parallel()
	s := bareService()
	var log stageLog
	s.onStop(func(context.Context) error { log.add("redis"); return nil })
	s.onStop(func(context.Context) error { log.add("metrics"); return nil })
	require.NoError(t, s.Stop(context.Background()))
	require.Equal(t, []string{"metrics", "redis"}, log.order)
}
