package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Revert is a call's revert, decoded where an ABI knows its selector.
type Revert struct {
	Data []byte
	// Name is the error's name ("Error" for require messages, "Panic",
	// or a custom error's name); empty when undecoded.
	Name string
	// Args are the decoded arguments, in order.
	Args []any
	// Reason is the one-line rendering, e.g.
	// ProfitBelowMinimum(profit=1, minProfit=2), at most MaxReasonLen bytes.
	Reason string
}

// MaxReasonLen bounds a decoded reason in logs and errors.
const MaxReasonLen = 300

var (
	errorStringID = [4]byte(crypto.Keccak256([]byte("Error(string)"))[:4])
	panicID       = [4]byte(crypto.Keccak256([]byte("Panic(uint256)"))[:4])
)

// RevertData returns the revert data an RPC error carries: the node's
// "data" field, as go-ethereum's rpc.DataError exposes it.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return nil, false
	}
	return data, true
}

// DecodeRevert decodes data as Error(string), Panic(uint256) or a custom
// error of abis.
func DecodeRevert(data []byte, abis ...*abi.ABI) Revert {
	r := Revert{Data: data}
	switch {
	case len(data) == 0:
		r.Reason = "execution reverted without data"
		return r
	case len(data) < 4:
		r.Reason = fmt.Sprintf("malformed revert data %#x", data)
		return r
	}
	id := [4]byte(data[:4])
	switch id {
	case errorStringID:
		if msg, err := abi.UnpackRevert(data); err == nil {
			r.Name, r.Args = "Error", []any{msg}
			r.Reason = truncate(fmt.Sprintf("Error(%q)", msg))
			return r
		}
	case panicID:
		if msg, err := abi.UnpackRevert(data); err == nil && len(data) == 36 {
			code := new(big.Int).SetBytes(data[4:])
			r.Name, r.Args = "Panic", []any{code}
			r.Reason = fmt.Sprintf("Panic(%#x: %s)", code, msg)
			return r
		}
	}
	for _, a := range abis {
		if a == nil {
			continue
		}
		e, err := a.ErrorByID(id)
		if err != nil {
			continue
		}
		r.Name = e.Name
		vals, err := e.Unpack(data)
		if err != nil {
			r.Reason = truncate(fmt.Sprintf("%s(<undecodable arguments %#x>)", e.Name, data[4:]))
			return r
		}
		r.Args, _ = vals.([]any)
		r.Reason = truncate(formatError(e, r.Args))
		return r
	}
	r.Reason = truncate(fmt.Sprintf("unknown error %#x (arguments %s)", id, hexutil.Encode(data[4:])))
	return r
}

func formatError(e *abi.Error, vals []any) string {
	var b strings.Builder
	b.WriteString(e.Name)
	b.WriteByte('(')
	for i, v := range vals {
		if i > 0 {
			b.WriteString(", ")
		}
		if i < len(e.Inputs) && e.Inputs[i].Name != "" {
			b.WriteString(e.Inputs[i].Name)
			b.WriteByte('=')
		}
		b.WriteString(formatValue(v))
	}
	b.WriteByte(')')
	return b.String()
}

func formatValue(v any) string {
	switch v := v.(type) {
	case []byte:
		return hexutil.Encode(v)
	case [32]byte:
		return hexutil.Encode(v[:])
	case string:
		return fmt.Sprintf("%q", v)
	case fmt.Stringer:
		return v.String()
	default:
		return fmt.Sprint(v)
	}
}

func truncate(s string) string {
	if len(s) <= MaxReasonLen {
		return s
	}
	return s[:MaxReasonLen] + "…"
}
