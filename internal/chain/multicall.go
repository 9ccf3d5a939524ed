package chain

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/multicall3"
)

// HashCaller makes eth_calls pinned to a block hash.
type HashCaller interface {
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// Call is one read in a batch.
type Call struct {
	Target common.Address
	Data   []byte
	// AllowFailure lets the batch succeed when this call reverts; its Result
	// then has Success false. Otherwise a revert fails the whole batch.
	AllowFailure bool
}

// Result is the outcome of one Call.
type Result struct {
	Success bool
	Data    []byte
}

// ErrCallFailed marks a batch whose strict call reverted.
var ErrCallFailed = errors.New("multicall: call failed")

// MaxBatch bounds the calls in one aggregate3 so a batch stays well under a
// node's eth_call gas cap.
const MaxBatch = 400

// Multicall batches reads through Multicall3.aggregate3, every batch of a pass
// pinned to the same block hash so all values describe one state.
type Multicall struct {
	caller  HashCaller
	address common.Address
	abi     *multicall3.Multicall3
}

// NewMulticall reads through the Multicall3 contract at address.
func NewMulticall(caller HashCaller, address common.Address) *Multicall {
	return &Multicall{caller: caller, address: address, abi: multicall3.NewMulticall3()}
}

// Address is the Multicall3 contract used.
func (m *Multicall) Address() common.Address { return m.address }

// Do runs calls at block hash and returns one Result per Call, in order.
func (m *Multicall) Do(ctx context.Context, block common.Hash, calls []Call) ([]Result, error) {
	out := make([]Result, 0, len(calls))
	for start := 0; start < len(calls); start += MaxBatch {
		end := min(start+MaxBatch, len(calls))
		res, err := m.batch(ctx, block, calls[start:end])
		if err != nil {
			return nil, err
		}
		out = append(out, res...)
	}
	return out, nil
}

func (m *Multicall) batch(ctx context.Context, block common.Hash, calls []Call) ([]Result, error) {
	in := make([]multicall3.Multicall3Call3, len(calls))
	for i, c := range calls {
		in[i] = multicall3.Multicall3Call3{Target: c.Target, AllowFailure: c.AllowFailure, CallData: c.Data}
	}
	to := m.address
	raw, err := m.caller.CallContractAtHash(ctx, ethereum.CallMsg{To: &to, Data: m.abi.PackAggregate3(in)}, block)
	if err != nil {
		return nil, fmt.Errorf("multicall at block %s: %w", block.TerminalString(), err)
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("multicall at block %s: no code at %s", block.TerminalString(), m.address)
	}
	decoded, err := m.abi.UnpackAggregate3(raw)
	if err != nil {
		return nil, fmt.Errorf("decode multicall result: %w", err)
	}
	if len(decoded) != len(calls) {
		return nil, fmt.Errorf("multicall returned %d results for %d calls", len(decoded), len(calls))
	}
	out := make([]Result, len(decoded))
	for i, r := range decoded {
		out[i] = Result{Success: r.Success, Data: r.ReturnData}
	}
	return out, nil
}

// Plan gathers the calls of many readers into one batch and hands each reader
// back its own slice of the results.
type Plan struct{ calls []Call }

// Slot locates one reader's calls within a Plan.
type Slot struct{ start, n int }

// Add appends calls and returns where their results will be.
func (p *Plan) Add(calls ...Call) Slot {
	s := Slot{start: len(p.calls), n: len(calls)}
	p.calls = append(p.calls, calls...)
	return s
}

// Calls is the whole batch.
func (p *Plan) Calls() []Call { return p.calls }

// Of returns the slot's results.
func (s Slot) Of(results []Result) []Result { return results[s.start : s.start+s.n] }
