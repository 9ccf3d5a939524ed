package chain

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// SubscribeNewHead implements Client. When no endpoint can push heads (all
// are http or https) it returns rpc.ErrNotificationsUnsupported, so that
// Heads polls HeaderByNumber, which fails over like every read.
//
// Otherwise the subscription outlives its endpoint. It subscribes through
// the first healthy endpoint that can push; when that subscription drops,
// the endpoint is marked unhealthy and the subscription moves to the next
// one. It also moves when a check marks its endpoint unhealthy (a lagging
// node still pushes, stale heads) or finds an earlier endpoint healthy
// again. While no healthy endpoint can push, it polls the latest header
// every HeadPollInterval. Heads may repeat or go back across a move; Heads
// drops those. Its Err channel carries only ErrClosed, when the Failover is
// closed.
func (f *Failover) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	if f.isClosed() {
		return nil, ErrClosed
	}
	if !f.anyPush() {
		return nil, rpc.ErrNotificationsUnsupported
	}
	s := &headSub{f: f, out: ch, err: make(chan error, 1), quit: make(chan struct{}), done: make(chan struct{})}
	cur := s.subscribe(ctx)
	if !f.spawn(func() { s.run(cur) }) {
		cur.stop()
		return nil, ErrClosed
	}
	return s, nil
}

// anyPush reports whether some endpoint may push heads.
func (f *Failover) anyPush() bool {
	for _, ep := range f.eps {
		if ep.push.Load() {
			return true
		}
	}
	return false
}

// pushCandidates are the candidates that may push heads, in order.
func (f *Failover) pushCandidates() []*endpoint {
	var out []*endpoint
	for _, ep := range f.candidates() {
		if ep.push.Load() {
			out = append(out, ep)
		}
	}
	return out
}

// headSub is the subscription SubscribeNewHead returns.
type headSub struct {
	f    *Failover
	out  chan<- *types.Header
	err  chan error
	quit chan struct{}
	done chan struct{}
	once sync.Once
}

// liveSub is a subscription on one endpoint.
type liveSub struct {
	ep  *endpoint
	sub ethereum.Subscription
	in  chan *types.Header
}

func (l *liveSub) stop() {
	if l != nil {
		l.sub.Unsubscribe()
	}
}

// Err implements ethereum.Subscription. It is closed when the subscription
// ends.
func (s *headSub) Err() <-chan error { return s.err }

// Unsubscribe implements ethereum.Subscription. It can be called any number
// of times; it returns once the subscription's goroutine has ended.
func (s *headSub) Unsubscribe() {
	s.once.Do(func() { close(s.quit) })
	<-s.done
}

// subscribe subscribes through the first push candidate that accepts, or
// returns nil.
func (s *headSub) subscribe(ctx context.Context) *liveSub {
	for _, ep := range s.f.pushCandidates() {
		c := ep.conn()
		in := make(chan *types.Header, 16)
		o := timed(ctx, s.f, ep, false, func(ctx context.Context) (ethereum.Subscription, error) {
			return c.SubscribeNewHead(ctx, in)
		})
		switch {
		case o.err == nil:
			s.f.log.Debug().Int("endpoint", ep.index).Str("rpc", ep.name).Msg("rpc head subscription started")
			return &liveSub{ep: ep, sub: o.v, in: in}
		case errors.Is(o.err, rpc.ErrNotificationsUnsupported):
			ep.push.Store(false)
		case isFault(o.class):
			s.f.setHealth(ep, false, fmt.Errorf("subscribe new heads: %w", o.err), o.class)
		}
	}
	return nil
}

func (s *headSub) run(cur *liveSub) {
	defer close(s.done)
	defer close(s.err)
	defer func() { cur.stop() }()
	timer := time.NewTimer(s.f.cfg.HeadPollInterval)
	defer timer.Stop()
	moved := false // heads may have passed unseen since the last subscription
	for {
		if cur == nil {
			cur = s.subscribe(s.f.base)
			// Read the head once the new subscription is up, so that none
			// falls into the gap.
			if cur != nil && moved {
				moved = false
				if !s.poll() {
					return
				}
			}
		}
		var (
			in     <-chan *types.Header
			subErr <-chan error
			tick   <-chan time.Time
		)
		if cur != nil {
			in, subErr = cur.in, cur.sub.Err()
		} else {
			timer.Reset(s.f.cfg.HeadPollInterval)
			tick = timer.C
		}
		select {
		case <-s.quit:
			return
		case <-s.f.closed:
			s.err <- ErrClosed
			return
		case h := <-in:
			if !s.forward(h) {
				return
			}
		case err, ok := <-subErr:
			if !ok || err == nil {
				err = errors.New("subscription closed")
			}
			class := classify(s.f.base, err, false)
			if !isFault(class) {
				class = classTransport
			}
			s.f.setHealth(cur.ep, false, fmt.Errorf("head subscription dropped: %w", err), class)
			cur.stop()
			cur, moved = nil, true
		case <-s.f.changed():
			if cur != nil {
				if pref := s.f.pushCandidates(); len(pref) == 0 || pref[0] != cur.ep {
					cur.stop()
					cur, moved = nil, true
				}
			}
		case <-tick:
			if !s.poll() {
				return
			}
		}
	}
}

// poll hands on the latest header, if one can be read. It returns false
// when the subscription must end.
func (s *headSub) poll() bool {
	h, err := s.f.HeaderByNumber(s.f.base, nil)
	if err != nil {
		return !s.f.isClosed()
	}
	return s.forward(h)
}

// forward hands h to the subscriber. It returns false when the subscription
// ended first.
func (s *headSub) forward(h *types.Header) bool {
	select {
	case s.out <- h:
		return true
	case <-s.quit:
		return false
	case <-s.f.closed:
		return false
	}
}
