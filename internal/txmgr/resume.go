package txmgr

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
)

// Resume picks up the transactions the journal holds as pending for this
// manager's account, e.g. after a restart. Call it once at start-up, before
// any Send. For each pending nonce:
//   - an attempt has a receipt: the records are settled (mined or reverted,
//     the other attempts replaced or cancelled);
//   - the nonce is used by a transaction it did not record: they are marked
//     dropped;
//   - otherwise the latest attempt is re-broadcast as signed (same hash; the
//     node may already know it) and tracked to its end in the background,
//     bumped and cancelled like a Send, until confirmed, Config.SendTimeout
//     or ctx ends. Meanwhile its Candidate.Key counts as in flight, so a Send
//     for the same position gets ErrAlreadyInFlight.
//
// Wait waits for the background tracking. Without a journal Resume does
// nothing.
func (m *Manager) Resume(ctx context.Context) error {
	if m.journal == nil {
		return nil
	}
	jctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	recs, err := m.journal.Pending(jctx)
	cancel()
	if err != nil {
		return fmt.Errorf("failed to read pending transactions: %w", err)
	}
	byNonce := map[uint64][]Record{}
	for _, r := range recs {
		if r.From == m.from {
			byNonce[r.Nonce] = append(byNonce[r.Nonce], r)
		}
	}
	if len(byNonce) == 0 {
		return nil
	}
	nctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	onChain, err := m.backend.NonceAt(nctx, m.from, nil)
	cancel()
	if err != nil {
		return fmt.Errorf("failed to fetch account nonce: %w", err)
	}
	m.resetNonce()
	var errs []error
	for _, n := range slices.Sorted(maps.Keys(byNonce)) {
		if err := m.resumeNonce(ctx, byNonce[n], onChain); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (m *Manager) resumeNonce(ctx context.Context, recs []Record, onChain uint64) error {
	st, err := m.resumedState(recs)
	if err != nil {
		return err
	}
	r, allNotFound, err := m.resumedOutcome(ctx, st, onChain)
	if err != nil {
		return err
	}
	if r != nil {
		m.settleMined(ctx, st, r)
		st.log.Info().Stringer("tx", r.TxHash).Uint64("status", r.Status).Msg("resumed tx already mined")
		return nil
	}
	if onChain > st.nonce {
		if !allNotFound {
			st.log.Warn().Msg("resumed tx outcome unknown: left pending")
			return nil
		}
		m.settleAll(ctx, st, StatusDropped)
		st.log.Warn().Msg("resumed tx dropped: nonce used by another transaction")
		return nil
	}
	key := st.cand.Key
	if key != "" && !m.holdKey(key) {
		return fmt.Errorf("resume nonce %d: key %q: %w", st.nonce, key, ErrAlreadyInFlight)
	}
	hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err := m.backend.HeaderByNumber(hctx, nil)
	cancel()
	if err == nil {
		st.head, st.sentHead = head.Number.Uint64(), head.Number.Uint64()
	}
	latest := st.txs[len(st.txs)-1]
	// Refusals are logged; tracking sorts them out (and ends on a Gate's).
	if _, err := m.republish(ctx, st, latest); !errors.Is(err, ErrNotLeader) {
		m.txLogger(st, latest).Info().Int("attempts", len(st.txs)).Msg("resumed tx re-broadcast")
	}

	m.trackers.Add(1)
	go func() {
		defer m.trackers.Done()
		if key != "" {
			defer m.releaseKey(key)
		}
		tctx, cancel := context.WithTimeoutCause(ctx, m.cfg.SendTimeout, ErrSendTimeout)
		defer cancel()
		if _, err := m.waitConfirmed(tctx, st); err != nil {
			st.log.Warn().Err(err).Msg("resumed tx ended")
		}
	}()
	return nil
}

// resumedOutcome looks for a receipt of st's attempts. When the nonce is used
// on chain it retries for up to NetworkTimeout while the node answers
// neither a receipt nor "not found" (e.g. "transaction indexing is in
// progress"), so a mined tx is not taken for a dropped one.
func (m *Manager) resumedOutcome(ctx context.Context, st *sendState, onChain uint64) (*types.Receipt, bool, error) {
	deadline := time.Now().Add(m.cfg.NetworkTimeout)
	for {
		r, _, allNotFound := m.lookupReceipts(ctx, st)
		if r != nil || allNotFound || onChain <= st.nonce || time.Now().After(deadline) {
			return r, allNotFound, nil
		}
		select {
		case <-ctx.Done():
			return nil, false, context.Cause(ctx)
		case <-time.After(m.cfg.ReceiptQueryInterval):
		}
	}
}

// resumedState rebuilds the state of a Send from the records of one nonce,
// ordered by time.
func (m *Manager) resumedState(recs []Record) (*sendState, error) {
	recs = slices.Clone(recs)
	slices.SortStableFunc(recs, func(a, b Record) int { return a.Time.Compare(b.Time) })
	var (
		txs       []*types.Transaction
		body      *types.Transaction // latest attempt of the candidate itself
		bodyRec   Record
		firstCap  *big.Int
		cancelCap *big.Int
	)
	for _, r := range recs {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(r.Raw); err != nil {
			return nil, fmt.Errorf("resume tx %s: bad raw tx: %w", r.Hash, err)
		}
		if tx.Hash() != r.Hash || tx.Nonce() != r.Nonce {
			return nil, fmt.Errorf("resume tx %s: raw tx does not match its record", r.Hash)
		}
		txs = append(txs, tx)
		if r.Cancel {
			if cancelCap == nil {
				cancelCap = tx.GasFeeCap()
			}
			continue
		}
		body, bodyRec = tx, r
		if firstCap == nil {
			firstCap = tx.GasFeeCap()
		}
	}
	if body == nil {
		// Only cancellations left: the candidate is gone, keep cancelling.
		body, bodyRec, firstCap = txs[0], recs[0], txs[0].GasFeeCap()
	}
	c := Candidate{
		To: body.To(), Data: body.Data(), Value: body.Value(), GasLimit: body.Gas(),
		Label: bodyRec.Purpose, Key: bodyRec.Position, MaxCost: bodyRec.MaxCost,
	}
	label := c.Label
	if label == "" {
		label = defaultLabel
	}
	st := m.newSendState(c, label)
	st.nonce, st.gasLimit, st.txs = body.Nonce(), body.Gas(), txs
	st.start = recs[0].Time
	// Not re-sent at a new nonce if a foreign tx takes it: that is for the
	// live Send that decided to send it.
	st.recovered = true
	st.log = m.sendLogger(label, st.nonce).With().Bool("resumed", true).Logger()
	latest := txs[len(txs)-1]
	st.tip, st.feeCap = latest.GasTipCap(), latest.GasFeeCap()
	mult := new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier)
	st.limit = new(big.Int).Mul(firstCap, mult)
	if c.MaxCost != nil && st.gasLimit > 0 {
		st.limit = bigMin(st.limit, new(big.Int).Quo(c.MaxCost, new(big.Int).SetUint64(st.gasLimit)))
	}
	for i := range recs {
		rec := recs[i]
		st.records[rec.Hash] = &rec
		if rec.Cancel {
			st.cancels[rec.Hash] = true
			st.cancelWhy = "cancelled before restart"
		}
	}
	if cancelCap != nil {
		st.limit = new(big.Int).Mul(cancelCap, mult)
	}
	return st, nil
}
