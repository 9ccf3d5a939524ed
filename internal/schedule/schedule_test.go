package schedule

import (
	"bytes"
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jonboulle/clockwork"
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

// run starts s and returns a stop that waits for Run to return.
func run(t *testing.T, s *Scheduler) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	return func() {
		cancel()
		select {
		case err := <-done:
			require.NoError(t, err)
		case <-time.After(10 * time.Second):
			t.Fatal("scheduler did not stop")
		}
	}
}

// tick waits until the jobs started so far have returned (the previous
// run's skip token is back) and the loop waits on the clock, then moves
// the clock on by d.
func tick(t *testing.T, s *Scheduler, fc *clockwork.FakeClock, d time.Duration) {
	t.Helper()
	require.Eventually(t, func() bool { return s.Running() == 0 }, 10*time.Second, time.Millisecond, "jobs still running")
	tickBusy(t, fc, d)
}

// tickBusy is tick while a job is meant to be still running.
func tickBusy(t *testing.T, fc *clockwork.FakeClock, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, fc.BlockUntilContext(ctx, 1), "the scheduler is not waiting on the clock")
	fc.Advance(d)
}

func recv[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatal("job did not run")
	}
	var zero T
	return zero
}

func none[T any](t *testing.T, ch <-chan T) {
	t.Helper()
	select {
	case v := <-ch:
		t.Fatalf("unexpected run: %v", v)
	default:
	}
}

// A day of schedule on a fake clock: the daily job runs once, at midnight
// UTC whatever the local zone, and the minute job every minute.
func TestSchedulerRunsADayOnAFakeClock(t *testing.T) {
	t.Parallel()
	start := time.Date(2026, 12, 1, 22, 30, 0, 0, time.FixedZone("UTC+1", 3600)) // 21:30 UTC
	fc := clockwork.NewFakeClockAt(start)
	s := New(zerolog.Nop(), fc, time.Second)
	daily, minutely := make(chan time.Time, 1), make(chan time.Time, 1)
	require.NoError(t, s.Add("CRON_TZ=UTC 0 0 * * *", "daily_report", func(context.Context) { daily <- fc.Now() }))
	require.NoError(t, s.Add("@every 1m", "heartbeat", func(context.Context) { minutely <- fc.Now() }))
	stop := run(t, s)
	defer stop()

	var dailyAt []time.Time
	for i := 1; i <= 24*60; i++ {
		tick(t, s, fc, time.Minute)
		at := recv(t, minutely)
		require.Equal(t, start.Add(time.Duration(i)*time.Minute), at, "minute %d", i)
		select {
		case d := <-daily:
			dailyAt = append(dailyAt, d.UTC())
		default:
		}
	}
	require.Equal(t, []time.Time{time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC)}, dailyAt)
}

// A panicking job is recovered and logged, and still runs next time.
func TestSchedulerRecoversAPanickingJob(t *testing.T) {
	t.Parallel()
	fc := clockwork.NewFakeClock()
	var logs syncBuf
	s := New(zerolog.New(&logs), fc, time.Second)
	runs := make(chan int, 1)
	n := 0
	require.NoError(t, s.Add("@every 10s", "boom", func(context.Context) {
		n++
		runs <- n
		panic("job bug")
	}))
	stop := run(t, s)
	defer stop()
	for want := 1; want <= 3; want++ {
		tick(t, s, fc, 10*time.Second)
		require.Equal(t, want, recv(t, runs))
	}
	require.Eventually(t, func() bool { return bytes.Count([]byte(logs.String()), []byte("cron job failed")) >= 2 },
		5*time.Second, 10*time.Millisecond, logs.String())
	require.Contains(t, logs.String(), "job bug")
}

// A run still going when the next is due is skipped, not stacked.
func TestSchedulerSkipsAnOverlappingRun(t *testing.T) {
	t.Parallel()
	fc := clockwork.NewFakeClock()
	var logs syncBuf
	s := New(zerolog.New(&logs).Level(zerolog.DebugLevel), fc, time.Second)
	started := make(chan time.Time, 4)
	release := make(chan struct{})
	require.NoError(t, s.Add("@every 1m", "verify", func(context.Context) {
		started <- fc.Now()
		<-release
	}))
	stop := run(t, s)
	defer stop()
	t0 := fc.Now()
	tick(t, s, fc, time.Minute)
	require.Equal(t, t0.Add(time.Minute), recv(t, started))
	tickBusy(t, fc, time.Minute) // due while the first still runs: skipped
	tickBusy(t, fc, time.Minute)
	// A skip is decided in its own goroutine: both must have happened
	// before the long run ends, or one would take its place.
	require.Eventually(t, func() bool { return strings.Count(logs.String(), `"detail":"skip"`) == 2 }, 10*time.Second, time.Millisecond, logs.String())
	release <- struct{}{}
	// Both skipped runs returned (running is back to zero) without a send.
	tick(t, s, fc, time.Minute)
	require.Equal(t, t0.Add(4*time.Minute), recv(t, started), "the first run after the long one goes ahead")
	none(t, started)
	close(release)
}

// Stopping waits for a running job, which sees its context cancelled.
func TestSchedulerStopWaitsForRunningJobs(t *testing.T) {
	t.Parallel()
	fc := clockwork.NewFakeClock()
	s := New(zerolog.Nop(), fc, 10*time.Second)
	inJob, finished := make(chan struct{}), make(chan error, 1)
	require.NoError(t, s.Add("@every 1m", "report", func(ctx context.Context) {
		close(inJob)
		<-ctx.Done()
		finished <- ctx.Err()
	}))
	stop := run(t, s)
	tick(t, s, fc, time.Minute)
	<-inJob
	stop()
	select {
	case err := <-finished:
		require.ErrorIs(t, err, context.Canceled)
	default:
		t.Fatal("Run returned before the running job")
	}
}

func TestSchedulerRejectsBadSpecsAndLateAdds(t *testing.T) {
	t.Parallel()
	fc := clockwork.NewFakeClock()
	s := New(zerolog.Nop(), fc, time.Second)
	require.ErrorContains(t, s.Add("every now and then", "bad", func(context.Context) {}), `schedule bad "every now and then"`)
	require.NoError(t, s.Add("@every 1h", "ok", func(context.Context) {}))
	stop := run(t, s)
	defer stop()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, fc.BlockUntilContext(ctx, 1))
	require.ErrorIs(t, s.Add("@every 1h", "late", func(context.Context) {}), ErrStarted)
}
