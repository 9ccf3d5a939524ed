package txmgr

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Status is the state of a recorded transaction.
type Status string

// Record statuses. Only StatusPending records are returned by Journal.Pending.
const (
	StatusPending   Status = "pending"
	StatusMined     Status = "mined"     // mined and succeeded
	StatusReverted  Status = "reverted"  // mined and reverted
	StatusReplaced  Status = "replaced"  // another attempt at its nonce was mined
	StatusCancelled Status = "cancelled" // a cancellation at its nonce was mined
	StatusDropped   Status = "dropped"   // refused by the node, or its nonce used by a foreign tx
)

// Record is one signed transaction (one attempt at a nonce) as the manager
// recorded it before broadcasting it.
type Record struct {
	Hash  common.Hash
	Nonce uint64
	From  common.Address
	To    *common.Address // nil creates a contract
	// Purpose is the Candidate.Label.
	Purpose string
	// Position is the Candidate.Key, e.g. "<market>|<borrower>".
	Position string
	Status   Status
	TipCap   *big.Int
	FeeCap   *big.Int
	GasLimit uint64
	// MaxCost is the Candidate.MaxCost; nil means none.
	MaxCost *big.Int
	// Cancel marks a zero-value self-transfer replacing a hopeless tx.
	Cancel bool
	// Raw is the signed transaction (its binary encoding), re-broadcast by
	// Manager.Resume.
	Raw []byte
	// Time is when the attempt was recorded.
	Time time.Time
}

// Journal stores Records. Save must be durable when it returns nil: the
// manager broadcasts a transaction only after its Save succeeded.
type Journal interface {
	// Save creates or overwrites the record of r.Hash.
	Save(ctx context.Context, r Record) error
	// Pending returns every record whose status is StatusPending.
	Pending(ctx context.Context) ([]Record, error)
}

// newRecord describes tx, signed for st, as pending.
func newRecord(st *sendState, from common.Address, tx *types.Transaction, cancel bool) (*Record, error) {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return &Record{
		Hash:     tx.Hash(),
		Nonce:    tx.Nonce(),
		From:     from,
		To:       tx.To(),
		Purpose:  st.label,
		Position: st.cand.Key,
		Status:   StatusPending,
		TipCap:   tx.GasTipCap(),
		FeeCap:   tx.GasFeeCap(),
		GasLimit: tx.Gas(),
		MaxCost:  st.cand.MaxCost,
		Cancel:   cancel,
		Raw:      raw,
		Time:     time.Now(),
	}, nil
}

// record saves tx as pending before it is broadcast. An error means: do not
// broadcast it.
func (m *Manager) record(ctx context.Context, st *sendState, tx *types.Transaction, cancel bool) error {
	if m.journal == nil {
		return nil
	}
	rec, err := newRecord(st, m.from, tx, cancel)
	if err == nil {
		sctx, cancelCtx := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		err = m.journal.Save(sctx, *rec)
		cancelCtx()
	}
	if err != nil {
		m.metrics.TxNotSent(st.label, NotSentJournal)
		m.txLogger(st, tx).Warn().Err(err).Msg("tx not recorded: not sent")
		return fmt.Errorf("%w %s: %w", ErrJournal, tx.Hash(), err)
	}
	st.records[rec.Hash] = rec
	return nil
}

// settle sets the status of the record of hash. It runs also after the Send
// context ended (the outcome is known and worth keeping); a failure is
// logged: the record stays pending and the next Resume settles it.
func (m *Manager) settle(ctx context.Context, st *sendState, hash common.Hash, s Status) {
	rec := st.records[hash]
	if m.journal == nil || rec == nil || rec.Status == s {
		return
	}
	rec.Status = s
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.cfg.NetworkTimeout)
	defer cancel()
	if err := m.journal.Save(sctx, *rec); err != nil {
		st.log.Warn().Err(err).Stringer("tx", hash).Str("status", string(s)).Msg("tx record update failed")
	}
}

// settleAll gives every still-pending record of st status s.
func (m *Manager) settleAll(ctx context.Context, st *sendState, s Status) {
	for h, rec := range st.records {
		if rec.Status == StatusPending {
			m.settle(ctx, st, h, s)
		}
	}
}

// settleMined records the outcome of st once r, the receipt of one of its
// attempts, is known.
func (m *Manager) settleMined(ctx context.Context, st *sendState, r *types.Receipt) {
	cancelled := st.cancels[r.TxHash]
	for h, rec := range st.records {
		switch {
		case h == r.TxHash && r.Status == types.ReceiptStatusSuccessful:
			m.settle(ctx, st, h, StatusMined)
		case h == r.TxHash:
			m.settle(ctx, st, h, StatusReverted)
		case rec.Status != StatusPending:
		case cancelled && !rec.Cancel:
			m.settle(ctx, st, h, StatusCancelled)
		default:
			m.settle(ctx, st, h, StatusReplaced)
		}
	}
}
