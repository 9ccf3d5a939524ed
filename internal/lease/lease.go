// Package lease elects the one sender among daemon instances that share a
// Redis. Redis is the coordination engine: the lease is a key set with
// SET NX PX, renewed and released by compare-and-set Lua scripts, and each
// term carries a fencing token from an INCR counter beside it.
//
// Keys:
//
//	<prefix>:{<shard>}:lease        "<instance>:<token>", expiring after the TTL
//	<prefix>:{<shard>}:lease:fence  the last token handed out
//	<prefix>:shard                  the shard that claimed the prefix (ClaimPrefix)
//
// On Redis Cluster the lease and its fence counter share a slot: a key
// hashes on its first {...}, the shard's, or the prefix's own hash tag when
// it has one ("lrt:{eth-a}"), which puts every key of the prefix in one
// slot. Each shard needs its own prefix; ClaimPrefix enforces that.
//
// Every instance runs a Lease. The leader renews it every TTL/3; the others
// try to acquire it at the same pace and take over at most TTL + TTL/3 after
// a leader died. Before each broadcast the leader calls Check, which proves
// in Redis that its term is still the current one: a stale leader (a long GC
// pause, a network partition) whose lease expired and was taken fails it.
package lease

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/rs/zerolog"
)

// ErrNotLeader is returned, wrapped, by Check when this instance does not
// hold the lease, or when Redis shows that its term ended.
var ErrNotLeader = errors.New("lease: not the leader")

// Reasons for a leadership change: the reason label of
// Metricer.LeaderChanged and the reason field of the "lease lost" log.
const (
	// ReasonAcquired: the key was free and is now ours.
	ReasonAcquired = "acquired"
	// ReasonTaken: the key holds another term's value.
	ReasonTaken = "taken"
	// ReasonExpired: the key is gone (expired, deleted, or Redis lost its
	// data).
	ReasonExpired = "expired"
	// ReasonFenced: the key is ours but the fence counter moved past our
	// token, e.g. an operator bumped it to depose this instance.
	ReasonFenced = "fenced"
	// ReasonUnreachable: no renewal succeeded within the TTL, so the key may
	// have expired.
	ReasonUnreachable = "unreachable"
	// ReasonStopped: Run ended.
	ReasonStopped = "stopped"
)

// acquireScript takes the lease if it is free, with a fresh fencing token:
// the INCR and the SET happen together or not at all, so a failed attempt
// never moves the counter under the current leader. ARGV[3], the highest
// token this instance held, keeps its tokens rising after Redis lost the
// counter (a restart without persistence, a flush). Returns the token, or
// 0 when the lease is taken.
var acquireScript = redis.NewScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local token = redis.call('INCR', KEYS[2])
local floor = tonumber(ARGV[3])
if token <= floor then
  token = floor + 1
  redis.call('SET', KEYS[2], string.format('%d', token))
end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. string.format('%d', token), 'NX', 'PX', ARGV[2])
return token
`)

// renewScript extends the lease if it still holds our value
// (compare-and-pexpire). Returns 1 when extended, -1 when the key is gone,
// 0 when it holds another value.
var renewScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
elseif v == false then
  return -1
end
return 0
`)

// checkScript is the fencing check: 1 when the lease holds our value and
// the fence counter our token, -1 when the key is gone, 0 when it holds
// another value, -2 when the counter moved.
var checkScript = redis.NewScript(`
local v = redis.call('GET', KEYS[1])
if v == false then
  return -1
elseif v ~= ARGV[1] then
  return 0
end
if redis.call('GET', KEYS[2]) ~= ARGV[2] then
  return -2
end
return 1
`)

// releaseScript deletes the lease if it still holds our value
// (compare-and-delete). Returns the number of keys deleted.
var releaseScript = redis.NewScript(`
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`)

// Lease is one instance's claim on the sender lease of a shard. Run drives
// it; IsLeader, Token, Check and Changes are safe for concurrent use.
type Lease struct {
	log      zerolog.Logger
	rdb      redis.Scripter
	cfg      Config
	keys     []string // lease, fence counter
	interval time.Duration
	metrics  Metricer

	mu         sync.Mutex
	leader     bool
	value      string // "<instance>:<token>" while leader
	token      uint64
	validUntil time.Time // the key may have expired in Redis from then on
	gainedAt   time.Time
	last       string // value of the latest term, which Stop releases
	maxToken   uint64 // highest token held: the floor of the next one

	changes  chan struct{}
	stop     chan struct{}
	stopOnce sync.Once
	started  atomic.Bool
	done     chan struct{}

	failing bool // Run's goroutine only: the last Redis call failed
}

// New builds a Lease. It makes no network calls. rdb is a *redis.Client or
// a *redis.ClusterClient (the keys share a slot); m may be nil.
func New(log zerolog.Logger, rdb redis.Scripter, cfg Config, m Metricer) (*Lease, error) {
	if rdb == nil {
		return nil, errors.New("lease: nil redis client")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Instance == "" {
		cfg.Instance = DefaultInstance()
	}
	if m == nil {
		m = NoopMetrics{}
	}
	return &Lease{
		log: log.With().Str("component", "lease").Str("key", cfg.Key()).
			Str("instance", cfg.Instance).Logger(),
		rdb:      rdb,
		cfg:      cfg,
		keys:     []string{cfg.Key(), cfg.FenceKey()},
		interval: cfg.TTL / 3,
		metrics:  m,
		changes:  make(chan struct{}, 1),
		stop:     make(chan struct{}),
		done:     make(chan struct{}),
	}, nil
}

// Instance returns the name this instance writes into the lease value.
func (l *Lease) Instance() string { return l.cfg.Instance }

// Run acquires the lease when it is free and renews it while it is ours,
// each every TTL/3, until ctx ends or Stop is called; it then steps down and
// returns nil. Run does not release the key: after a cancelled ctx alone it
// expires a TTL after its last renewal (Stop releases it at once). Run may
// be called once.
func (l *Lease) Run(ctx context.Context) error {
	if !l.started.CompareAndSwap(false, true) {
		return errors.New("lease: Run called twice")
	}
	defer close(l.done)
	defer l.stepDown(ReasonStopped)
	// Stop also cuts short a Redis call in progress.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-l.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-timer.C:
		}
		select {
		case <-l.stop: // Stop wins over a due tick
			return nil
		default:
		}
		l.tick(ctx)
		timer.Reset(l.nextWait())
	}
}

// Stop ends Run and waits for it (or for ctx), then releases the lease in
// Redis if it still holds this instance's value (compare-and-delete), so
// another instance takes over without waiting for the TTL. A Run started
// after Stop returns at once. Stop may be called again, e.g. to retry a
// failed release.
func (l *Lease) Stop(ctx context.Context) error {
	l.stopOnce.Do(func() { close(l.stop) })
	if l.started.Load() {
		select {
		case <-l.done:
		case <-ctx.Done():
			return fmt.Errorf("lease: Run did not end: %w", context.Cause(ctx))
		}
	}
	l.stepDown(ReasonStopped)
	l.mu.Lock()
	value := l.last
	l.mu.Unlock()
	if value == "" {
		return nil
	}
	n, err := releaseScript.Run(ctx, l.rdb, l.keys[:1], value).Int64()
	if err != nil {
		return fmt.Errorf("failed to release lease %s: %w", l.keys[0], err)
	}
	l.mu.Lock()
	if l.last == value {
		l.last = ""
	}
	l.mu.Unlock()
	l.log.Debug().Bool("deleted", n == 1).Msg("lease released")
	return nil
}

// IsLeader reports whether this instance holds the lease: it acquired it
// and its last successful renewal started less than a TTL ago. It turns
// false on time even while Run is stuck, but only Check asks Redis.
func (l *Lease) IsLeader() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.heldLocked()
}

// Token returns the fencing token of the current term and true, or 0 and
// false when this instance is not the leader (see IsLeader).
func (l *Lease) Token() (uint64, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.heldLocked() {
		return 0, false
	}
	return l.token, true
}

// Changes signals that IsLeader may have changed; read IsLeader or Token
// after receiving. It has capacity 1 and coalesces (Run never waits for the
// reader), so it suits one consumer. A term that runs out while renewals
// fail is signalled when Run notices, at the latest TTL/3 after IsLeader
// turned false.
func (l *Lease) Changes() <-chan struct{} { return l.changes }

// Check proves in Redis, in one script, that the lease still holds this
// term's value and the fence counter still equals its token. Call it right
// before each send: an error means "do not send". It wraps ErrNotLeader
// when this instance is not the leader or Redis shows its term ended (it
// then steps down at once); other errors mean Redis could not tell.
func (l *Lease) Check(ctx context.Context) error {
	l.mu.Lock()
	held, value, token := l.heldLocked(), l.value, l.token
	l.mu.Unlock()
	if !held {
		return fmt.Errorf("%w: lease %s not held", ErrNotLeader, l.keys[0])
	}
	res, err := checkScript.Run(ctx, l.rdb, l.keys, value, strconv.FormatUint(token, 10)).Int64()
	if err != nil {
		return fmt.Errorf("failed to check lease %s: %w", l.keys[0], err)
	}
	reason := ReasonTaken
	switch res {
	case 1:
		return nil
	case -1:
		reason = ReasonExpired
	case -2:
		reason = ReasonFenced
	}
	l.lose(value, reason)
	return fmt.Errorf("%w: lease %s, token %d: %s", ErrNotLeader, l.keys[0], token, reason)
}

// heldLocked is IsLeader with l.mu held.
func (l *Lease) heldLocked() bool {
	return l.leader && time.Now().Before(l.validUntil)
}

// nextWait is the time to the next tick: TTL/3, or less when the term runs
// out sooner (renewals failed), so its end is noticed on time.
func (l *Lease) nextWait() time.Duration {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.leader {
		if d := time.Until(l.validUntil); d < l.interval {
			return max(d, 0)
		}
	}
	return l.interval
}

// tick renews the lease if it is ours, otherwise tries to acquire it.
func (l *Lease) tick(ctx context.Context) {
	cctx, cancel := context.WithTimeout(ctx, l.interval)
	defer cancel()
	l.mu.Lock()
	leader, value, validUntil := l.leader, l.value, l.validUntil
	l.mu.Unlock()
	if leader && !time.Now().Before(validUntil) {
		l.lose(value, ReasonUnreachable)
		leader = false
	}
	if leader && l.renew(cctx, value) {
		return
	}
	l.acquire(cctx)
}

// renew extends the term of value. It reports whether the term goes on: it
// does after a failed call, until its validity runs out.
func (l *Lease) renew(ctx context.Context, value string) bool {
	start := time.Now()
	res, err := renewScript.Run(ctx, l.rdb, l.keys[:1], value, l.cfg.TTL.Milliseconds()).Int64()
	if err != nil {
		l.callFailed("renew", err)
		return true
	}
	l.callOK()
	switch res {
	case 1:
		l.mu.Lock()
		if l.leader && l.value == value {
			l.validUntil = start.Add(l.cfg.TTL)
		}
		l.mu.Unlock()
		return true
	case -1:
		l.lose(value, ReasonExpired)
	default:
		l.lose(value, ReasonTaken)
	}
	return false
}

// acquire takes the lease if it is free.
func (l *Lease) acquire(ctx context.Context) {
	l.mu.Lock()
	floor := l.maxToken
	l.mu.Unlock()
	// The term is valid for a TTL from before the call: Redis starts the
	// key's TTL later, so it never outlives the key.
	start := time.Now()
	res, err := acquireScript.Run(ctx, l.rdb, l.keys, l.cfg.Instance, l.cfg.TTL.Milliseconds(),
		strconv.FormatUint(floor, 10)).Int64()
	if err != nil {
		l.callFailed("acquire", err)
		return
	}
	l.callOK()
	if res <= 0 {
		return
	}
	token := uint64(res)
	l.mu.Lock()
	defer l.mu.Unlock()
	l.leader, l.token, l.validUntil, l.gainedAt = true, token, start.Add(l.cfg.TTL), start
	l.value = l.cfg.Instance + ":" + strconv.FormatUint(token, 10)
	l.last = l.value
	l.maxToken = max(l.maxToken, token)
	l.log.Info().Uint64("token", token).Dur("ttl", l.cfg.TTL).Msg("lease acquired")
	l.metrics.LeaderChanged(true, ReasonAcquired)
	l.notify()
}

// lose ends the term of value, if it is the current one. Logs and metrics
// are updated under l.mu so that they follow the order of the changes.
func (l *Lease) lose(value, reason string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.leader || l.value != value {
		return
	}
	ev := l.log.Warn()
	if reason == ReasonStopped {
		ev = l.log.Info()
	}
	ev.Uint64("token", l.token).Str("reason", reason).Dur("held", time.Since(l.gainedAt)).Msg("lease lost")
	l.leader, l.value, l.token = false, "", 0
	l.metrics.LeaderChanged(false, reason)
	l.notify()
}

// stepDown ends the current term, if any.
func (l *Lease) stepDown(reason string) {
	l.mu.Lock()
	value := l.value
	l.mu.Unlock()
	l.lose(value, reason)
}

// notify signals Changes without blocking. Callers hold l.mu.
func (l *Lease) notify() {
	select {
	case l.changes <- struct{}{}:
	default:
	}
}

// callFailed logs a failed Redis call: the first of a series at Warn, the
// rest at Debug. Calls cut short by Run's end are not logged.
func (l *Lease) callFailed(op string, err error) {
	if errors.Is(err, context.Canceled) {
		return
	}
	ev := l.log.Debug()
	if !l.failing {
		ev = l.log.Warn()
		l.failing = true
	}
	ev.Err(err).Str("op", op).Msg("lease redis call failed")
}

// callOK ends a series of failed calls.
func (l *Lease) callOK() {
	if l.failing {
		l.failing = false
		l.log.Info().Msg("lease redis calls succeed again")
	}
}
