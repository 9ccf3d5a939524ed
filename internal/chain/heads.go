package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
)

// HeadReader is what the head source needs from a node.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// HeadMetrics observes the head source.
type HeadMetrics interface {
	// HeadSeen is called with the number of each new head handed on.
	HeadSeen(number uint64)
}

// HeadsOption configures Heads.
type HeadsOption func(*Heads)

// WithHeadMetrics reports each new head to m.
func WithHeadMetrics(m HeadMetrics) HeadsOption { return func(h *Heads) { h.metrics = m } }

// Heads follows the chain head and hands the newest header to one consumer
// through a latest-wins mailbox: a slow consumer skips stale heads instead of
// queueing them.
type Heads struct {
	log          zerolog.Logger
	client       HeadReader
	pollInterval time.Duration
	timeout      time.Duration
	mailbox      *mailbox.Mailbox[*types.Header]
	metrics      HeadMetrics // nil: none
	last         uint64
	lastHash     common.Hash
}

// NewHeads builds a head source. pollInterval is used when the node cannot
// push heads (plain HTTP) and as the resubscribe back-off.
func NewHeads(log zerolog.Logger, client HeadReader, pollInterval, timeout time.Duration, opts ...HeadsOption) *Heads {
	h := &Heads{
		log:          log.With().Str("component", "heads").Logger(),
		client:       client,
		pollInterval: pollInterval,
		timeout:      timeout,
		mailbox:      mailbox.New[*types.Header](),
	}
	for _, o := range opts {
		o(h)
	}
	return h
}

// C signals that a head may be waiting; Take returns it.
func (h *Heads) C() <-chan struct{} { return h.mailbox.C() }

// Take returns the newest head not yet taken; false when there is none.
func (h *Heads) Take() (*types.Header, bool) { return h.mailbox.Take() }

// Run follows heads until ctx ends. It prefers a subscription, falls back to
// polling when the transport has none, and resubscribes after a drop.
func (h *Heads) Run(ctx context.Context) error {
	if err := h.poll(ctx); err != nil && ctx.Err() == nil {
		h.log.Warn().Err(err).Msg("initial head read failed")
	}
	for ctx.Err() == nil {
		err := h.follow(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, rpc.ErrNotificationsUnsupported) {
			h.log.Info().Dur("interval", h.pollInterval).Msg("node cannot push heads, polling")
			return h.pollLoop(ctx)
		}
		h.log.Warn().Err(err).Msg("head subscription dropped, resubscribing")
		if !sleepCtx(ctx, h.pollInterval) {
			return nil
		}
	}
	return nil
}

func (h *Heads) follow(ctx context.Context) error {
	ch := make(chan *types.Header, 16)
	sctx, cancel := context.WithTimeout(ctx, h.timeout)
	sub, err := h.client.SubscribeNewHead(sctx, ch)
	cancel()
	if err != nil {
		return fmt.Errorf("subscribe new heads: %w", err)
	}
	defer sub.Unsubscribe()
	// A head may have arrived between the initial read and the subscription.
	if err := h.poll(ctx); err != nil && ctx.Err() == nil {
		h.log.Warn().Err(err).Msg("head read failed")
	}
	// Push-only sources can silently stall; a slow poll in between catches it.
	safety := time.NewTicker(4 * h.pollInterval)
	defer safety.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-sub.Err():
			if err == nil {
				err = errors.New("subscription closed")
			}
			return err
		case head := <-ch:
			h.offer(head)
		case <-safety.C:
			if err := h.poll(ctx); err != nil && ctx.Err() == nil {
				h.log.Warn().Err(err).Msg("head read failed")
			}
		}
	}
}

func (h *Heads) pollLoop(ctx context.Context) error {
	t := time.NewTicker(h.pollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			if err := h.poll(ctx); err != nil && ctx.Err() == nil {
				h.log.Warn().Err(err).Msg("head read failed")
			}
		}
	}
}

func (h *Heads) poll(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, h.timeout)
	defer cancel()
	head, err := h.client.HeaderByNumber(cctx, nil)
	if err != nil {
		return fmt.Errorf("read latest header: %w", err)
	}
	h.offer(head)
	return nil
}

// offer puts head in the mailbox, replacing any head the consumer has not
// taken yet. Older heads and repeats of the last one are dropped; a different
// hash at the same height (a reorg) is news.
func (h *Heads) offer(head *types.Header) {
	n, hash := head.Number.Uint64(), head.Hash()
	if n < h.last || (n == h.last && hash == h.lastHash) {
		return
	}
	h.last, h.lastHash = n, hash
	if h.metrics != nil {
		h.metrics.HeadSeen(n)
	}
	h.mailbox.Offer(head)
}

func sleepCtx(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}
