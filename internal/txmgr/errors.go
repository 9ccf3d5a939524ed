package txmgr

import (
	"context"
	"errors"
	"strings"
)

// ErrClosed is returned by Send after Close was called.
var ErrClosed = errors.New("txmgr: closed")

// ErrReverted is returned, wrapped and together with the receipt, when the
// transaction was mined with a failed status.
var ErrReverted = errors.New("txmgr: transaction reverted")

// ErrSendTimeout is returned, wrapped, when a transaction is not confirmed
// within Config.SendTimeout. The error also matches context.DeadlineExceeded.
var ErrSendTimeout = errors.New("txmgr: send timeout")

// ErrNonceConsumed is returned, wrapped, when the nonce of a pending transaction
// was used by a transaction this manager did not send.
var ErrNonceConsumed = errors.New("txmgr: nonce consumed by another transaction")

// ErrSimulationReverted is returned, wrapped, when the candidate reverts in
// the pre-send eth_call or in the gas estimate. Nothing was sent. The error
// text holds the decoded revert reason, e.g. "ProfitBelowMinimum(profit=1,
// minProfit=2)".
var ErrSimulationReverted = errors.New("txmgr: simulation reverted")

// ErrCancelled is returned, wrapped, when a hopeless transaction was replaced
// by a zero-value self-transfer at its nonce. The cancel's receipt comes with
// it when the cancel was mined.
var ErrCancelled = errors.New("txmgr: transaction cancelled")

// ErrAlreadyInFlight is returned, wrapped, by a Send whose Candidate.Key has a
// transaction in flight (from this process, or resumed by Manager.Resume).
var ErrAlreadyInFlight = errors.New("txmgr: a transaction for this key is already in flight")

// ErrDryRun is returned, wrapped, by every Send under Config.DryRun once the
// candidate simulated and its gas was estimated. Nothing was signed or sent.
var ErrDryRun = errors.New("txmgr: dry run, not sent")

// ErrInsufficientFunds is returned, wrapped, when the node refuses a
// transaction because the account cannot pay gas limit × fee cap + value.
// The error text names the amount needed and, when known, the balance.
var ErrInsufficientFunds = errors.New("txmgr: insufficient funds")

// ErrCostLimit is returned, wrapped, when Candidate.MaxCost divided by the gas
// limit is below the current base fee: no affordable fee could be mined.
var ErrCostLimit = errors.New("txmgr: gas cost limit below the current base fee")

// ErrJournal is returned, wrapped, when a transaction could not be recorded
// in the Journal. It was not broadcast.
var ErrJournal = errors.New("txmgr: failed to record transaction")

// Publish outcomes, the values of the outcome label of TxPublished.
const (
	OutcomeSuccess                = "success"
	OutcomeNonceTooLow            = "nonce_too_low"
	OutcomeNonceTooHigh           = "nonce_too_high"
	OutcomeAlreadyKnown           = "already_known"
	OutcomeReplacementUnderpriced = "replacement_underpriced"
	OutcomeUnderpriced            = "underpriced"
	OutcomeFeeCapTooLow           = "fee_cap_too_low"
	OutcomeInsufficientFunds      = "insufficient_funds"
	OutcomeTimeout                = "timeout"
	OutcomeEstimateFailed         = "estimate_failed"
	OutcomeSignFailed             = "sign_failed"
	OutcomeOther                  = "other"
)

// Reasons a Send ended before broadcasting anything, the values of the reason
// label of TxNotSent. Gas estimate failures stay OutcomeEstimateFailed.
const (
	NotSentSimulationReverted = "simulation_reverted"
	NotSentDryRun             = "dry_run"
	NotSentAlreadyInFlight    = "already_in_flight"
	NotSentCostLimit          = "cost_limit"
	NotSentJournal            = "journal_failed"
)

// rpcErrorPatterns maps txpool error texts (as returned by geth, reth, erigon,
// anvil) to outcomes. Order matters: "replacement transaction underpriced"
// must be found before "transaction underpriced".
var rpcErrorPatterns = []struct {
	substr  string
	outcome string
}{
	{"nonce too low", OutcomeNonceTooLow},
	{"nonce too high", OutcomeNonceTooHigh},
	{"already known", OutcomeAlreadyKnown},
	{"already imported", OutcomeAlreadyKnown},
	{"replacement transaction underpriced", OutcomeReplacementUnderpriced},
	{"replacement underpriced", OutcomeReplacementUnderpriced},
	{"transaction underpriced", OutcomeUnderpriced},
	{"max fee per gas less than block base fee", OutcomeFeeCapTooLow},
	{"fee cap less than block base fee", OutcomeFeeCapTooLow},
	{"insufficient funds", OutcomeInsufficientFunds},
}

// classifySendError maps an error of SendTransaction to a bounded outcome. It
// is the one place in this package that looks at error strings: RPC errors
// cross the wire as text and cannot be matched with errors.Is.
func classifySendError(err error) string {
	if err == nil {
		return OutcomeSuccess
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return OutcomeTimeout
	}
	msg := strings.ToLower(err.Error())
	for _, p := range rpcErrorPatterns {
		if strings.Contains(msg, p.substr) {
			return p.outcome
		}
	}
	return OutcomeOther
}
