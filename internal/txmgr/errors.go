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
