package txmgr

import (
	"context"
	"errors"
	"fmt"
)

// Gate decides whether this process may broadcast. With several instances
// of the daemon, it is the fencing check of the sender lease
// (*lease.Lease satisfies it): only the leader sends.
type Gate interface {
	// Check returns nil if a transaction may be broadcast now. It must be
	// safe for concurrent use and honour ctx.
	Check(ctx context.Context) error
}

// ErrNotLeader is returned, wrapped together with the Gate's error, when
// the Gate refused a broadcast. The refused attempt was not broadcast;
// attempts at the same nonce broadcast before it may still be mined (their
// journal records stay pending).
var ErrNotLeader = errors.New("txmgr: not the leader")

// NotSentNotLeader is the TxNotSent reason of a first send the Gate
// refused.
const NotSentNotLeader = "not_leader"

// outcomeNotLeader is what publish and republish return for an attempt the
// Gate refused. It is not a publish outcome: nothing reached a node.
const outcomeNotLeader = "not_leader"

// WithGate asks g before every broadcast: the first send, each fee bump,
// cancellation and re-send, a bundle's re-send for a new block, and a
// resumed transaction's re-broadcast. When g refuses, the attempt is not
// broadcast and the Send returns an error wrapping ErrNotLeader. Without
// WithGate every broadcast goes ahead.
func WithGate(g Gate) Option {
	return func(m *Manager) { m.gate = g }
}

// checkGate asks the Gate, if any, whether st may broadcast now. A refusal
// is recorded in st, which ends its Send; if the Send's context ended
// meanwhile, that is the error instead.
func (m *Manager) checkGate(ctx context.Context, st *sendState) error {
	if m.gate == nil {
		return nil
	}
	gctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	err := m.gate.Check(gctx)
	cancel()
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return doneErr(ctx)
	}
	err = fmt.Errorf("%w: %w", ErrNotLeader, err)
	if st.refused == nil {
		st.log.Warn().Err(err).Int("attempts", len(st.txs)).Msg("tx not broadcast: gate refused")
		st.refused = fmt.Errorf("tx with nonce %d: %w", st.nonce, err)
	}
	return err
}
