// Package schedule runs the daemon's wall-clock jobs (wallet balance,
// heartbeat summaries) on robfig/cron, with panics recovered, overlapping
// runs skipped, and a bounded wait for running jobs at shutdown.
package schedule

import (
	"context"
	"fmt"
	"time"

	"github.com/robfig/cron/v3"
	"github.com/rs/zerolog"
)

// Scheduler runs jobs on cron specs ("@every 30s", "0 * * * *").
type Scheduler struct {
	log  zerolog.Logger
	cron *cron.Cron
	ctx  context.Context
	stop time.Duration
}

// New builds a scheduler that logs through log and waits up to stopTimeout
// for running jobs at shutdown.
func New(log zerolog.Logger, stopTimeout time.Duration) *Scheduler {
	log = log.With().Str("component", "schedule").Logger()
	adapter := cronLogger{log}
	return &Scheduler{
		log:  log,
		stop: stopTimeout,
		ctx:  context.Background(),
		// Recover sits inside SkipIfStillRunning: the other way round, a
		// panicking job never hands back its running token and is skipped
		// forever after (cron v3.0.1 returns it without a defer).
		cron: cron.New(cron.WithLogger(adapter), cron.WithChain(cron.SkipIfStillRunning(adapter), cron.Recover(adapter))),
	}
}

// Add registers job under name. Jobs receive the context given to Run.
func (s *Scheduler) Add(spec, name string, job func(ctx context.Context)) error {
	_, err := s.cron.AddFunc(spec, func() {
		if s.ctx.Err() != nil {
			return
		}
		job(s.ctx)
	})
	if err != nil {
		return fmt.Errorf("schedule %s %q: %w", name, spec, err)
	}
	return nil
}

// Run starts the jobs and blocks until ctx ends, then stops the scheduler
// and waits for running jobs up to the stop timeout.
func (s *Scheduler) Run(ctx context.Context) error {
	s.ctx = ctx
	s.cron.Start()
	<-ctx.Done()
	select {
	case <-s.cron.Stop().Done():
	case <-time.After(s.stop):
		s.log.Warn().Dur("timeout", s.stop).Msg("scheduled jobs still running at shutdown")
	}
	return nil
}

// cronLogger sends cron's own logs to zerolog.
type cronLogger struct{ log zerolog.Logger }

func (c cronLogger) Info(msg string, kv ...any) {
	c.log.Debug().Fields(kv).Str("detail", msg).Msg("cron")
}

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.log.Error().Err(err).Fields(kv).Str("detail", msg).Msg("cron job failed")
}
