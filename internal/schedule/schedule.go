// Package schedule runs the daemon's wall-clock jobs (heartbeat, daily risk
// report, book re-verification, growth-cap snapshot, wallet balance) on
// robfig/cron specs, through cron's own job wrappers: a panicking job is
// recovered and logged, and a run that overlaps the previous one is
// skipped.
//
// cron.Cron reads the wall clock itself, so its schedules cannot be tested
// without waiting for them. This loop takes the parsed cron.Schedule and
// waits on an injected clockwork.Clock instead: tests run days of
// schedule on a fake clock in microseconds.
package schedule

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jonboulle/clockwork"
	"github.com/robfig/cron/v3"
	"github.com/rs/zerolog"
)

// Scheduler runs jobs on cron specs ("@every 30s", "0 * * * *",
// "CRON_TZ=UTC 0 0 * * *").
type Scheduler struct {
	log     zerolog.Logger
	clock   clockwork.Clock
	wrap    cron.Chain
	stop    time.Duration
	jobs    []*entry
	started atomic.Bool
	running sync.WaitGroup
	active  atomic.Int64 // runs started and not returned (skips included)
}

type entry struct {
	name  string
	spec  string
	sched cron.Schedule
	fn    func(ctx context.Context)
	run   cron.Job // fn wrapped, bound to Run's context
	next  time.Time
}

// ErrStarted is returned by Add once Run has begun.
var ErrStarted = errors.New("schedule: jobs must be added before Run")

// New builds a scheduler on clock that logs through log and waits up to
// stopTimeout for running jobs at shutdown.
func New(log zerolog.Logger, clock clockwork.Clock, stopTimeout time.Duration) *Scheduler {
	log = log.With().Str("component", "schedule").Logger()
	adapter := cronLogger{log}
	return &Scheduler{
		log: log, clock: clock, stop: stopTimeout,
		// Recover sits inside SkipIfStillRunning: the other way round, a
		// panicking job never hands back its running token and is skipped
		// forever after (cron v3.0.1 returns it without a defer).
		wrap: cron.NewChain(cron.SkipIfStillRunning(adapter), cron.Recover(adapter)),
	}
}

// Add registers job under name. Jobs receive the context given to Run.
func (s *Scheduler) Add(spec, name string, job func(ctx context.Context)) error {
	if s.started.Load() {
		return fmt.Errorf("schedule %s: %w", name, ErrStarted)
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return fmt.Errorf("schedule %s %q: %w", name, spec, err)
	}
	s.jobs = append(s.jobs, &entry{name: name, spec: spec, sched: sched, fn: job})
	return nil
}

// Run starts the jobs and blocks until ctx ends, then waits for running
// jobs up to the stop timeout.
func (s *Scheduler) Run(ctx context.Context) error {
	s.started.Store(true)
	now := s.clock.Now()
	for _, e := range s.jobs {
		e.run = s.wrap.Then(cron.FuncJob(func() {
			if ctx.Err() != nil {
				return
			}
			start := s.clock.Now()
			e.fn(ctx)
			s.log.Debug().Str("job", e.name).Dur("took", s.clock.Since(start)).Msg("scheduled job done")
		}))
		e.next = e.sched.Next(now)
		s.log.Info().Str("job", e.name).Str("spec", e.spec).Time("next", e.next).Msg("job scheduled")
	}
	for {
		timer := s.clock.NewTimer(s.untilNext())
		select {
		case <-ctx.Done():
			timer.Stop()
			return s.drain()
		case <-timer.Chan():
		}
		now := s.clock.Now()
		for _, e := range s.jobs {
			if e.next.After(now) {
				continue
			}
			s.running.Add(1)
			s.active.Add(1)
			go func(j cron.Job) {
				defer s.running.Done()
				defer s.active.Add(-1)
				j.Run()
			}(e.run)
			e.next = e.sched.Next(now)
		}
	}
}

// Running is the number of job runs started and not yet returned, skipped
// overlapping runs included.
func (s *Scheduler) Running() int64 { return s.active.Load() }

// untilNext is the wait for the earliest job (a day when there are none:
// the loop then only waits for ctx).
func (s *Scheduler) untilNext() time.Duration {
	wait := 24 * time.Hour
	now := s.clock.Now()
	for _, e := range s.jobs {
		wait = min(wait, e.next.Sub(now))
	}
	return max(wait, 0)
}

// drain waits for running jobs, on the real clock: a stop must not hang on
// a fake one.
func (s *Scheduler) drain() error {
	done := make(chan struct{})
	go func() { s.running.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.stop):
		s.log.Warn().Dur("timeout", s.stop).Int64("jobs", s.active.Load()).Msg("scheduled jobs still running at shutdown")
	}
	return nil
}

// cronLogger sends cron's own logs (a skipped overlapping run, a recovered
// panic) to zerolog.
type cronLogger struct{ log zerolog.Logger }

func (c cronLogger) Info(msg string, kv ...any) {
	c.log.Debug().Fields(kv).Str("detail", msg).Msg("cron")
}

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.log.Error().Err(err).Fields(kv).Str("detail", msg).Msg("cron job failed")
}
