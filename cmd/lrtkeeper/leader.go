package main

import (
	"context"
	"math/big"
	"sync/atomic"

	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/keeper"
	"github.com/lrtkeeper/lrtkeeper/oracle"
	"github.com/lrtkeeper/lrtkeeper/oracle/onchain"
	"github.com/lrtkeeper/lrtkeeper/oracle/riskmath"
	"github.com/lrtkeeper/lrtkeeper/strategies"
)

// leadership says whether this instance holds the sender lease
// (lease.Lease); alwaysLeader stands in when the lease is off.
type leadership interface{ IsLeader() bool }

type alwaysLeader struct{}

func (alwaysLeader) IsLeader() bool { return true }

// Followers compute every block and stand by hot; only the leader hands
// its results on to the senders and to Redis. These wrappers drop a
// follower's hand-offs.

type leaderPublishing struct {
	pub *oracle.Publisher
	l   leadership
}

func (p leaderPublishing) Offer(s *oracle.Snapshot) {
	if p.l.IsLeader() {
		p.pub.Offer(s)
	}
}

// NeedsFull asks for a full snapshot once this instance leads and its
// publisher has written nothing yet: a follower computes partial ones.
func (p leaderPublishing) NeedsFull() bool { return p.l.IsLeader() && p.pub.NeedsFull() }

// HasWritten says whether this instance's publisher wrote anything: the
// first full write of a new leader is not a loss to recover from.
func (p leaderPublishing) HasWritten() bool { return p.pub.HasWritten() }

type leaderExecuting struct {
	exec keeper.Executing
	l    leadership
}

func (e leaderExecuting) Offer(t []strategies.Target) {
	if e.l.IsLeader() {
		e.exec.Offer(t)
	}
}

type leaderDeleveraging struct {
	d keeper.Deleveraging
	l leadership
}

func (d leaderDeleveraging) Managed() []strategies.Managed { return d.d.Managed() }

func (d leaderDeleveraging) Offer(v []strategies.Target) {
	if d.l.IsLeader() {
		d.d.Offer(v)
	}
}

type leaderRiskPublishing struct {
	p keeper.RiskPublishing
	l leadership
}

func (r leaderRiskPublishing) Offer(v []onchain.Value) {
	if r.l.IsLeader() {
		r.p.Offer(v)
	}
}

// senderTerm is leadership as the senders see it: the lease held and the
// transactions the previous holder left in flight resumed first, so that
// a new leader never plans a liquidation its predecessor already sent.
type senderTerm struct {
	l       leadership
	resumed atomic.Bool
}

func (t *senderTerm) IsLeader() bool { return t.resumed.Load() && t.l.IsLeader() }

// resumer picks up transactions in flight (txmgr.Manager).
type resumer interface {
	Resume(ctx context.Context) error
}

// resumeOnLeadership resumes the transactions recorded in flight each time
// this instance becomes the leader: the previous leader's, which would
// otherwise hold their nonces, and its own from before a restart.
func resumeOnLeadership(ctx context.Context, log zerolog.Logger, changes <-chan struct{}, term *senderTerm, tm resumer) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-changes:
			term.resumed.Store(false)
			if !term.l.IsLeader() {
				continue
			}
			if err := tm.Resume(ctx); err != nil && ctx.Err() == nil {
				log.Warn().Err(err).Msg("resume transactions in flight after taking the lease")
			}
			term.resumed.Store(term.l.IsLeader())
		}
	}
}

// leaderState is the Redis state store as every instance uses it: all
// read what the leader wrote, and only the leader writes, so a follower
// that lags cannot put an older book checkpoint, CAPO snapshot or rate
// sample over the leader's. A follower's write is dropped, not failed:
// its own memory carries on, and it writes once it leads.
type leaderState struct {
	*oracle.RedisState
	l leadership
}

func (s leaderState) SaveCapo(ctx context.Context, symbol string, snap riskmath.CapoSnapshot) error {
	if !s.l.IsLeader() {
		return nil
	}
	return s.RedisState.SaveCapo(ctx, symbol, snap)
}

func (s leaderState) AddRateSample(ctx context.Context, symbol string, at uint64, rate *big.Int) error {
	if !s.l.IsLeader() {
		return nil
	}
	return s.RedisState.AddRateSample(ctx, symbol, at, rate)
}

func (s leaderState) SaveCheckpoint(ctx context.Context, data []byte) error {
	if !s.l.IsLeader() {
		return nil
	}
	return s.RedisState.SaveCheckpoint(ctx, data)
}

func (s leaderState) SaveNamedCheckpoint(ctx context.Context, name string, data []byte) error {
	if !s.l.IsLeader() {
		return nil
	}
	return s.RedisState.SaveNamedCheckpoint(ctx, name, data)
}
