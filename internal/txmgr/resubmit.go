package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// waitConfirmed polls the receipts of all transactions sent for st.nonce until
// one has enough confirmations, bumping fees every ResubmitInterval while none
// is mined.
func (m *Manager) waitConfirmed(ctx context.Context, st *sendState) (*types.Receipt, error) {
	poll := time.NewTicker(m.cfg.ReceiptQueryInterval)
	defer poll.Stop()
	resubmit := time.NewTicker(m.cfg.ResubmitInterval)
	defer resubmit.Stop()

	mined := false
	for {
		if st.refused != nil {
			// This process may no longer send: leave the tx to the chain
			// (its records stay pending) and the nonce to the next Send.
			m.resetNonce()
			return nil, st.refused
		}
		select {
		case <-ctx.Done():
			st.log.Warn().Err(context.Cause(ctx)).Int("attempts", len(st.txs)).Msg("tx not confirmed")
			// The tx may still be pending, or (after a send that timed out)
			// never have reached the node: the next Send asks the node for
			// its pending nonce, so no gap can outlive this Send. Its
			// records stay pending for Resume.
			m.resetNonce()
			return nil, fmt.Errorf("tx with nonce %d not confirmed: %w", st.nonce, doneErr(ctx))
		case <-poll.C:
			r, confirmed := m.findReceipt(ctx, st)
			mined = r != nil
			if confirmed {
				return m.finish(ctx, st, r)
			}
			if !mined && m.private != nil {
				m.privateTick(ctx, st)
			}
			if !mined && m.stuckForBlocks(ctx, st) {
				if err := m.resubmit(ctx, st); err != nil {
					return nil, err
				}
				st.bumpHead = st.head
				resubmit.Reset(m.cfg.ResubmitInterval)
			}
		case <-resubmit.C:
			if mined {
				continue
			}
			if err := m.resubmit(ctx, st); err != nil {
				return nil, err
			}
			st.bumpHead = st.head
		}
	}
}

// stuckForBlocks reports whether Config.ResubmitBlocks blocks have passed
// since st's last attempt (its first send counts as one) without a receipt.
func (m *Manager) stuckForBlocks(ctx context.Context, st *sendState) bool {
	if m.cfg.ResubmitBlocks == 0 {
		return false
	}
	hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err := m.backend.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil {
		return false
	}
	st.head = max(st.head, head.Number.Uint64())
	if st.bumpHead == 0 {
		st.bumpHead = st.sentHead
	}
	return st.head >= st.bumpHead+m.cfg.ResubmitBlocks
}

// findReceipt returns the receipt of whichever of st's transactions is mined,
// and whether it has the required confirmations.
func (m *Manager) findReceipt(ctx context.Context, st *sendState) (*types.Receipt, bool) {
	r, confirmed, _ := m.lookupReceipts(ctx, st)
	return r, confirmed
}

// lookupReceipts is findReceipt that also reports whether, with no receipt
// found, the node answered "not found" for every hash (rather than an error
// such as "transaction indexing is in progress").
func (m *Manager) lookupReceipts(ctx context.Context, st *sendState) (r *types.Receipt, confirmed, allNotFound bool) {
	allNotFound = true
	for i := len(st.txs) - 1; i >= 0; i-- {
		hash := st.txs[i].Hash()
		rctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		r, err := m.backend.TransactionReceipt(rctx, hash)
		cancel()
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil || r == nil || r.BlockNumber == nil {
			allNotFound = false
			st.log.Debug().Err(err).Stringer("tx", hash).Msg("receipt query failed")
			continue
		}
		hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		head, err := m.backend.HeaderByNumber(hctx, nil)
		cancel()
		if err != nil {
			st.log.Debug().Err(err).Msg("head query failed")
			return r, false, false
		}
		if head.Number.Cmp(r.BlockNumber) < 0 {
			return r, false, false
		}
		confs := new(big.Int).Sub(head.Number, r.BlockNumber).Uint64() + 1
		return r, confs >= m.cfg.NumConfirmations, false
	}
	return nil, false, allNotFound
}

func (m *Manager) finish(ctx context.Context, st *sendState, r *types.Receipt) (*types.Receipt, error) {
	m.settleMined(ctx, st, r)
	base := st.log.With().Stringer("tx", r.TxHash).Logger()
	l := &base
	for _, tx := range st.txs {
		if tx.Hash() == r.TxHash {
			l = m.txLogger(st, tx)
		}
	}
	if st.cancels[r.TxHash] {
		l.Warn().Uint64("block", r.BlockNumber.Uint64()).Str("reason", st.cancelWhy).Msg("tx cancelled")
		return r, fmt.Errorf("tx with nonce %d (%s) in block %d: %w", st.nonce, st.cancelWhy, r.BlockNumber, ErrCancelled)
	}
	latency := time.Since(st.start)
	m.metrics.TxConfirmed(st.label, r.Status, r.GasUsed, latency)
	if r.Status != types.ReceiptStatusSuccessful {
		l.Warn().Uint64("block", r.BlockNumber.Uint64()).Uint64("gas_used", r.GasUsed).Msg("tx reverted")
		return r, fmt.Errorf("tx %s in block %d: %w", r.TxHash, r.BlockNumber, ErrReverted)
	}
	l.Info().
		Uint64("block", r.BlockNumber.Uint64()).
		Uint64("gas_used", r.GasUsed).
		Dur("latency", latency).
		Int("attempts", len(st.txs)).
		Msg("tx mined")
	return r, nil
}

// nonceUsed reports whether st.nonce is used on chain (by any transaction).
func (m *Manager) nonceUsed(ctx context.Context, st *sendState) (bool, error) {
	nctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	onChain, err := m.backend.NonceAt(nctx, m.from, nil)
	if err != nil {
		return false, err
	}
	return onChain > st.nonce, nil
}

// resubmit runs one round for an unmined st: it notices a used nonce,
// cancels a hopeless transaction, or re-signs st's nonce with bumped fees.
func (m *Manager) resubmit(ctx context.Context, st *sendState) error {
	used, err := m.nonceUsed(ctx, st)
	if err != nil {
		st.log.Debug().Err(err).Msg("nonce query failed")
		return nil
	}
	if used {
		return m.nonceTaken(ctx, st)
	}
	if st.cancelWhy == "" && m.cfg.Simulate {
		reason, reverted, err := m.simulateAt(ctx, st.cand)
		if err != nil {
			st.log.Debug().Err(err).Msg("re-simulation failed")
		} else if reverted {
			m.cancel(ctx, st, "would now revert: "+reason)
			return nil
		}
	}
	for range maxUnderpricedRetries {
		marketTip, head, err := m.marketFees(ctx)
		if err != nil {
			st.log.Warn().Err(err).Msg("tx bump skipped")
			return nil
		}
		st.head = max(st.head, head.Number.Uint64())
		tip, feeCap, ok := bumpFees(st.tip, st.feeCap, marketTip, head.BaseFee, st.limit, m.cfg.FeeBumpPct)
		if !ok {
			m.capped(ctx, st)
			return nil
		}
		cancelling := st.cancelWhy != ""
		tx, err := m.sign(st, tip, feeCap, cancelling)
		if err != nil {
			st.log.Warn().Err(err).Msg("tx bump skipped")
			return nil
		}
		outcome, accepted := m.replace(ctx, st, tx, cancelling)
		if accepted {
			m.metrics.TxBumped(st.label)
			m.txLogger(st, tx).Info().Int("attempt", len(st.txs)).Bool("cancel", cancelling).Msg("tx bumped")
			return nil
		}
		if outcome != OutcomeReplacementUnderpriced {
			return nil
		}
		// replace raised st's fees to the refused ones: bump again from there.
	}
	return nil
}

// capped handles a round in which the fee limit allows no bump.
func (m *Manager) capped(ctx context.Context, st *sendState) {
	st.log.Debug().Stringer("fee_limit", st.limit).Msg("tx fee limit reached")
	if st.cappedSince.IsZero() {
		st.cappedSince = time.Now()
	}
	if st.cancelWhy == "" && m.cfg.CancelAfter > 0 && time.Since(st.cappedSince) >= m.cfg.CancelAfter {
		m.cancel(ctx, st, "fee limit reached and not mined for "+m.cfg.CancelAfter.String())
		return
	}
	if st.uncertain {
		// The first send timed out and no bump can replace it: re-send it
		// as it is, so a tx the node never received still gets there.
		if _, err := m.republish(ctx, st, st.txs[len(st.txs)-1]); err != nil {
			st.log.Debug().Err(err).Msg("tx re-send failed")
		}
	}
}

// replace records and publishes tx, a new attempt at st.nonce (a
// cancellation if isCancel). accepted reports that the node took it; st then
// tracks it at its fees.
func (m *Manager) replace(ctx context.Context, st *sendState, tx *types.Transaction, isCancel bool) (outcome string, accepted bool) {
	if err := m.record(ctx, st, tx, isCancel); err != nil {
		return OutcomeOther, false
	}
	// Check again right before publishing: if the nonce was mined since the
	// round started, the replacement is moot.
	if used, err := m.nonceUsed(ctx, st); err == nil && used {
		m.settle(ctx, st, tx.Hash(), StatusDropped)
		return OutcomeNonceTooLow, false
	}
	outcome, err := m.republish(ctx, st, tx)
	if err != nil {
		m.resetNonce()
	}
	switch outcome {
	case OutcomeSuccess, OutcomeAlreadyKnown:
		accepted = true
		st.tip, st.feeCap = tx.GasTipCap(), tx.GasFeeCap()
	case OutcomeReplacementUnderpriced:
		// The node wants a larger step: start the next bump from these fees.
		st.tip, st.feeCap = tx.GasTipCap(), tx.GasFeeCap()
		m.settle(ctx, st, tx.Hash(), StatusDropped)
		return outcome, false
	case OutcomeTimeout, OutcomeOther:
		// The node may have taken it anyway: watch its hash too.
	default:
		m.settle(ctx, st, tx.Hash(), StatusDropped)
		return outcome, false
	}
	st.txs = append(st.txs, tx)
	if isCancel {
		st.cancels[tx.Hash()] = true
	}
	return outcome, accepted
}

// cancel replaces st's transaction by a zero-value self-transfer at the same
// nonce, paying at least FeeBumpPct more than the last attempt (a cancel is
// not bound by the fee limit: it must outbid the tx it replaces, on 21000
// gas). Later rounds bump the cancellation itself.
func (m *Manager) cancel(ctx context.Context, st *sendState, why string) {
	for range maxUnderpricedRetries {
		marketTip, head, err := m.marketFees(ctx)
		if err != nil {
			st.log.Warn().Err(err).Msg("tx cancel skipped")
			return
		}
		tip, feeCap := cancelFees(st.tip, st.feeCap, marketTip, head.BaseFee, m.cfg.FeeBumpPct)
		tx, err := m.sign(st, tip, feeCap, true)
		if err != nil {
			return
		}
		outcome, accepted := m.replace(ctx, st, tx, true)
		if st.cancels[tx.Hash()] {
			// Sent, or maybe sent: from now on the rounds bump the cancel.
			st.cancelWhy = why
			st.limit = new(big.Int).Mul(feeCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
		}
		if accepted {
			m.metrics.TxCancelled(st.label)
			m.txLogger(st, tx).Warn().Str("reason", why).Msg("tx cancel sent")
			return
		}
		if outcome != OutcomeReplacementUnderpriced {
			return
		}
	}
}

// cancelFees prices a cancellation replacing (oldTip, oldFeeCap): both grow
// by at least pct percent and follow the market.
func cancelFees(oldTip, oldFeeCap, marketTip, baseFee *big.Int, pct uint64) (tip, feeCap *big.Int) {
	tip = raiseByPct(oldTip, pct)
	if marketTip != nil && marketTip.Cmp(tip) > 0 {
		tip = new(big.Int).Set(marketTip)
	}
	feeCap = raiseByPct(oldFeeCap, pct)
	want := new(big.Int).Mul(baseFee, big.NewInt(2))
	want.Add(want, tip)
	if want.Cmp(feeCap) > 0 {
		feeCap = want
	}
	return tip, feeCap
}

// nonceTaken handles a round that found st.nonce used on chain. Either one
// of ours is mined (its receipt will show up) or a foreign tx took it.
func (m *Manager) nonceTaken(ctx context.Context, st *sendState) error {
	r, _, allNotFound := m.lookupReceipts(ctx, st)
	if r != nil || !allNotFound {
		st.strikes = 0
		return nil
	}
	st.strikes++
	if st.strikes < nonceConsumedStrikes {
		return nil
	}
	m.settleAll(ctx, st, StatusDropped)
	if m.cfg.Simulate && st.cand.ResendIfNonceTaken && !st.recovered && st.cancelWhy == "" {
		return m.recover(ctx, st)
	}
	st.log.Warn().Msg("tx nonce consumed by another transaction")
	return fmt.Errorf("tx with nonce %d: %w", st.nonce, ErrNonceConsumed)
}

// recover re-sends st once at a fresh nonce after another sender using the
// same key took its nonce, if it still simulates without a revert.
func (m *Manager) recover(ctx context.Context, st *sendState) error {
	st.recovered = true
	old := st.nonce
	m.resetNonce()
	reason, reverted, err := m.simulateAt(ctx, st.cand)
	switch {
	case err != nil:
		st.log.Warn().Err(err).Msg("tx nonce consumed by another transaction; re-simulation failed")
		return fmt.Errorf("tx with nonce %d: %w (re-simulation failed: %w)", old, ErrNonceConsumed, err)
	case reverted:
		st.log.Warn().Str("reason", reason).Msg("tx nonce consumed by another transaction; it would now revert")
		return fmt.Errorf("tx with nonce %d: %w (now reverts: %s)", old, ErrNonceConsumed, reason)
	}
	st.log.Warn().Msg("tx nonce consumed by another transaction: re-sending at a new nonce")
	if err := m.price(ctx, st); err != nil {
		return fmt.Errorf("tx with nonce %d: %w (re-send failed: %w)", old, ErrNonceConsumed, err)
	}
	st.txs, st.strikes, st.uncertain, st.cappedSince = nil, 0, false, time.Time{}
	st.public = m.private == nil
	if err := m.publishNew(ctx, st); err != nil {
		return fmt.Errorf("tx with nonce %d: %w (re-send failed: %w)", old, ErrNonceConsumed, err)
	}
	return nil
}

// privateTick runs on each poll while a privately sent tx is unmined: it
// re-sends a bundle for each new target block, and after FallbackBlocks
// blocks also broadcasts the latest attempt through the public node.
func (m *Manager) privateTick(ctx context.Context, st *sendState) {
	hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err := m.backend.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil || len(st.txs) == 0 {
		return
	}
	n := head.Number.Uint64()
	if n <= st.head {
		return
	}
	st.head = n
	latest := st.txs[len(st.txs)-1]
	if fb := m.cfg.Private.FallbackBlocks; !st.public && fb > 0 && n >= st.sentHead+fb {
		st.public = true
		m.txLogger(st, latest).Info().Uint64("blocks", n-st.sentHead).
			Msg("tx not mined privately: broadcasting publicly too")
		_, _ = m.republish(ctx, st, latest)
		return
	}
	if m.private.method == PrivateMethodBundle {
		if m.checkGate(ctx, st) != nil {
			return
		}
		pctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		err := m.private.submit(pctx, latest, n+1)
		cancel()
		if err != nil {
			st.log.Debug().Err(err).Msg("bundle re-send failed")
		}
	}
}
