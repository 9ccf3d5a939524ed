package chain

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
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
	// Reason is the one-line rendering, e.g. ProfitBelowMinimum(profit=1, minProfit=2).
	Reason string
}

// RevertData returns the revert data an RPC error carries: the node's
// "data" field (hex), as go-ethereum's rpc.DataError exposes it.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil, false
	}
	data, derr := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if derr != nil {
		return nil, false
	}
	return data, true
}

// errorString and panicUint are Solidity's built-in revert payloads.
var (
	errorString = abi.NewError("Error", abi.Arguments{{Name: "message", Type: mustType("string")}})
	panicUint   = abi.NewError("Panic", abi.Arguments{{Name: "code", Type: mustType("uint256")}})
)

func mustType(t string) abi.Type {
	typ, err := abi.NewType(t, "", nil)
	if err != nil {
		panic(err) // a constant type name
	}
	return typ
}

// DecodeRevert decodes data with the built-in Error and Panic and the
// custom errors of abis. An unknown selector leaves Name empty and renders
// the data in hex.
func DecodeRevert(data []byte, abis ...*abi.ABI) Revert {
	r := Revert{Data: data}
	if len(data) < 4 {
		r.Reason = "revert without data"
		if len(data) > 0 {
			r.Reason = "revert 0x" + hex.EncodeToString(data)
		}
		return r
	}
	candidates := []abi.Error{errorString, panicUint}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			candidates = append(candidates, e)
		}
	}
	for _, e := range candidates {
		if string(e.ID[:4]) != string(data[:4]) {
			continue
		}
		args, err := e.Inputs.Unpack(data[4:])
		if err != nil {
			continue
		}
		r.Name, r.Args = e.Name, args
		r.Reason = render(e, args)
		return r
	}
	r.Reason = "revert 0x" + hex.EncodeToString(data)
	return r
}

func render(e abi.Error, args []any) string {
	if e.Name == "Error" && len(args) == 1 {
		return fmt.Sprintf("%q", args[0])
	}
	parts := make([]string, len(args))
	for i, a := range args {
		v := fmt.Sprint(a)
		if b, ok := a.(*big.Int); ok {
			v = b.String()
		}
		name := e.Inputs[i].Name
		if name == "" {
			parts[i] = v
			continue
		}
		parts[i] = name + "=" + v
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")"
}
