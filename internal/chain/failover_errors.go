package chain

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"os"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/rpc"
)

// Error classes of a call to one endpoint: the class label of
// lrtkeeper_rpc_errors_total. The health faults (isFault) mark the endpoint
// unhealthy and move the call on; the others are answers or a missing block.
const (
	classOK = ""
	// classTimeout: no answer within FailoverConfig.CallTimeout.
	classTimeout = "timeout"
	// classTransport: the connection failed (refused, reset, closed).
	classTransport = "transport"
	// classHTTP5xx and classHTTP4xx: an HTTP error status other than 429.
	classHTTP5xx = "http_5xx"
	classHTTP4xx = "http_4xx"
	// classRateLimited: HTTP 429 or a provider's rate-limit message.
	classRateLimited = "rate_limited"
	// classMalformed: the answer did not decode (invalid JSON, a wrong type,
	// a header missing fields).
	classMalformed = "malformed"
	// classUnknownBlock: the endpoint lacks the block (or its state) a pinned
	// read names; another endpoint may have it. Not a health fault.
	classUnknownBlock = "unknown_block"
	// classRevert: the call reverted, a valid answer.
	classRevert = "revert"
	// classRPC: any other JSON-RPC error object (nonce too low, insufficient
	// funds, a log range refusal): the node's answer, returned as is.
	classRPC = "rpc_error"
	// classCanceled: the caller's context ended first. Not counted.
	classCanceled = "canceled"
	// classThrottled: the endpoint's own rate limit had no room in time. Not
	// a request, not a fault.
	classThrottled = "throttled"
)

// isFault reports whether class marks the endpoint unhealthy.
func isFault(class string) bool {
	switch class {
	case classTimeout, classTransport, classHTTP5xx, classHTTP4xx, classRateLimited, classMalformed:
		return true
	}
	return false
}

// isAnswer reports whether a call that ended with class is done: the answer
// (or the node's refusal) goes back to the caller without trying another
// endpoint.
func isAnswer(class string) bool {
	switch class {
	case classOK, classRevert, classRPC:
		return true
	}
	return false
}

// errBlockUnavailable marks an endpoint whose head is below the block a read
// is pinned to; the read was not sent there.
var errBlockUnavailable = errors.New("block not yet available on this endpoint")

// unknownBlockFragments are lower-case fragments of the errors nodes return
// for a block, or a block's state, they do not have: geth ("header not
// found", "header for hash not found", "missing trie node", "historical state
// unavailable"), anvil ("Resource not found", "BlockOutOfRangeError"),
// erigon, reth and nethermind ("unknown block", "block not found").
var unknownBlockFragments = []string{
	"header not found", "header for hash not found", "unknown block", "block not found",
	"resource not found", "blockoutofrange", "block out of range", "missing trie node",
	"historical state", "state unavailable", "state not available",
}

// codeResourceNotFound is EIP-1474's "resource not found".
const codeResourceNotFound = -32001

// codeExecutionReverted is the JSON-RPC error code of a revert (geth, anvil).
const codeExecutionReverted = 3

// classify maps the outcome of one call to an error class. ctx is the
// caller's context: once it ends, nothing is the endpoint's fault. pinned
// says the call names a block, so "not found" means the endpoint lacks it.
//
// RPC errors cross the wire as text: revert, rate-limit, unknown-block and
// log-range messages are matched as substrings, the one exception to
// matching errors with errors.Is and errors.As.
func classify(ctx context.Context, err error, pinned bool) string {
	switch {
	case err == nil:
		return classOK
	case ctx.Err() != nil:
		return classCanceled
	case errors.Is(err, ethereum.NotFound):
		if pinned {
			return classUnknownBlock
		}
		return classOK
	case errors.Is(err, errBlockUnavailable):
		return classUnknownBlock
	}
	if _, ok := RevertData(err); ok {
		return classRevert
	}
	var rpcErr rpc.Error
	isRPC := errors.As(err, &rpcErr)
	if isRPC && (rpcErr.ErrorCode() == codeExecutionReverted || strings.Contains(strings.ToLower(rpcErr.Error()), "execution reverted")) {
		return classRevert
	}
	if IsLogRangeRefusal(err) {
		return classRPC
	}
	var httpErr rpc.HTTPError
	isHTTP := errors.As(err, &httpErr)
	if (isHTTP && httpErr.StatusCode == 429) || ((isRPC || isHTTP) && isRateLimitMessage(err.Error())) {
		return classRateLimited
	}
	if isHTTP {
		if httpErr.StatusCode >= 500 {
			return classHTTP5xx
		}
		return classHTTP4xx
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return classTimeout
	}
	if isRPC {
		if rpcErr.ErrorCode() == codeResourceNotFound || isUnknownBlockMessage(rpcErr.Error()) {
			return classUnknownBlock
		}
		return classRPC
	}
	if isMalformed(err) {
		return classMalformed
	}
	return classTransport
}

func isRateLimitMessage(msg string) bool {
	msg = strings.ToLower(msg)
	for _, f := range logRateLimits {
		if strings.Contains(msg, f) {
			return true
		}
	}
	return false
}

func isUnknownBlockMessage(msg string) bool {
	msg = strings.ToLower(msg)
	for _, f := range unknownBlockFragments {
		if strings.Contains(msg, f) {
			return true
		}
	}
	return false
}

// isMalformed reports an answer that arrived but did not decode. Transport
// failures (net errors, EOF, a closed client) are not malformed.
func isMalformed(err error) bool {
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) || errors.Is(err, rpc.ErrClientQuit) {
		return false
	}
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &syntaxErr) || errors.As(err, &typeErr) {
		return true
	}
	// go-ethereum's generated JSON decoders return plain errors.
	msg := err.Error()
	return strings.Contains(msg, "missing required field") || strings.Contains(msg, "cannot unmarshal") ||
		strings.Contains(msg, "invalid character") || strings.Contains(msg, "unexpected end of JSON")
}

// alreadyKnownFragments are the txpool answers meaning the node already has
// the transaction, as txmgr classifies them.
var alreadyKnownFragments = []string{"already known", "already imported", "known transaction"}

// isAlreadyKnown reports a send the node refused because it has the
// transaction already: for a broadcast, as good as accepted.
func isAlreadyKnown(err error) bool {
	var rpcErr rpc.Error
	if !errors.As(err, &rpcErr) {
		return false
	}
	msg := strings.ToLower(rpcErr.Error())
	for _, f := range alreadyKnownFragments {
		if strings.Contains(msg, f) {
			return true
		}
	}
	return false
}
