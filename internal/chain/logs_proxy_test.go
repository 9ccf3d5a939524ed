package chain_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/internal/chain"
)

// providerLimit is the eth_getLogs limit a proxy plays, with the refusal a
// provider sends when a request breaks it.
type providerLimit struct {
	maxSpan    uint64 // refuse ranges of more blocks; 0: no span limit
	maxResults int    // refuse answers of more logs; 0: no result limit
	code       int    // JSON-RPC error code of the refusal
	httpStatus int    // non-zero: the refusal comes with this HTTP status
	// message builds the refusal text for [from, to]; hintTo ends the range
	// the provider would have answered, starting at from.
	message func(from, to, hintTo uint64) string
}

// failure is one injected transient error.
type failure struct {
	httpStatus int // non-zero: a plain HTTP error with this status
	code       int // else a JSON-RPC error
	message    string
}

// getLogsRequest is one eth_getLogs request the proxy saw, and what it did.
type getLogsRequest struct {
	from, to uint64
	outcome  string // "ok", "refused", "failed"
	hintTo   uint64 // for a refusal
}

func (r getLogsRequest) span() uint64 { return r.to - r.from + 1 }

// rpcProxy is a loopback JSON-RPC server in front of a simulated chain, as
// an RPC provider would be: it serves eth_getLogs from the chain and enforces
// a provider's limit, answering with that provider's error. It serves no
// other method: the fetcher needs none.
type rpcProxy struct {
	upstream chain.LogFilterer
	server   *httptest.Server

	mu          sync.Mutex
	limit       providerLimit
	failures    []failure // served, one per eth_getLogs request, before anything else
	failAlways  *failure  // served to every eth_getLogs request once failures run out
	requests    []getLogsRequest
	onGetLogs   func(r *http.Request) // called first for each eth_getLogs request
	holdGetLogs bool                  // never answer eth_getLogs; wait for the caller to go away
	arrived     chan struct{}         // signalled when a held request arrives
}

func newRPCProxy(t *testing.T, backend *simulated.Backend) *rpcProxy {
	t.Helper()
	p := &rpcProxy{upstream: backend.Client(), arrived: make(chan struct{}, 1)}
	p.server = httptest.NewServer(p)
	t.Cleanup(p.server.Close)
	return p
}

// dial returns an ethclient that talks to the proxy over HTTP.
func (p *rpcProxy) dial(t *testing.T) *ethclient.Client {
	t.Helper()
	c, err := ethclient.Dial(p.server.URL)
	require.NoError(t, err)
	t.Cleanup(c.Close)
	return c
}

// configure changes the proxy's behaviour under its lock.
func (p *rpcProxy) configure(change func(p *rpcProxy)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	change(p)
}

func (p *rpcProxy) setLimit(l providerLimit) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.limit = l
}

func (p *rpcProxy) injectFailures(fs ...failure) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.failures = append(p.failures, fs...)
}

func (p *rpcProxy) seen() []getLogsRequest {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]getLogsRequest(nil), p.requests...)
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

type rpcErrorBody struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcErrorBody   `json:"error,omitempty"`
}

func (p *rpcProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var req rpcRequest
	if bytes.HasPrefix(bytes.TrimSpace(body), []byte("[")) || json.Unmarshal(body, &req) != nil {
		http.Error(w, "the test proxy takes single JSON-RPC requests", http.StatusBadRequest)
		return
	}
	if req.Method != "eth_getLogs" {
		p.reply(w, http.StatusOK, req.ID, nil, rpcErrorf(-32601, "the method %s does not exist/is not available", req.Method))
		return
	}
	p.getLogs(w, r, req)
}

func (p *rpcProxy) reply(w http.ResponseWriter, status int, id, result json.RawMessage, err error) {
	resp := rpcResponse{JSONRPC: "2.0", ID: id, Result: result}
	if err != nil {
		resp.Result = nil
		resp.Error = &rpcErrorBody{Code: -32000, Message: err.Error()}
		var rpcErr rpc.Error
		if errors.As(err, &rpcErr) {
			resp.Error.Code = rpcErr.ErrorCode()
		}
	} else if result == nil {
		resp.Result = json.RawMessage("null")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(resp)
}

func (p *rpcProxy) getLogs(w http.ResponseWriter, r *http.Request, req rpcRequest) {
	var crit struct {
		FromBlock hexutil.Uint64   `json:"fromBlock"`
		ToBlock   hexutil.Uint64   `json:"toBlock"`
		Address   []common.Address `json:"address"`
		Topics    [][]common.Hash  `json:"topics"`
	}
	if len(req.Params) != 1 || json.Unmarshal(req.Params[0], &crit) != nil {
		p.reply(w, http.StatusOK, req.ID, nil, rpcErrorf(-32602, "test proxy wants numeric fromBlock and toBlock, and address as a list"))
		return
	}
	seen := getLogsRequest{from: uint64(crit.FromBlock), to: uint64(crit.ToBlock)}

	p.mu.Lock()
	hook, hold, limit := p.onGetLogs, p.holdGetLogs, p.limit
	var fail *failure
	if len(p.failures) > 0 {
		fail, p.failures = &p.failures[0], p.failures[1:]
	} else if p.failAlways != nil {
		fail = p.failAlways
	}
	p.mu.Unlock()
	record := func(outcome string, hintTo uint64) {
		seen.outcome, seen.hintTo = outcome, hintTo
		p.mu.Lock()
		p.requests = append(p.requests, seen)
		p.mu.Unlock()
	}

	if hook != nil {
		hook(r)
	}
	if hold {
		select {
		case p.arrived <- struct{}{}:
		default:
		}
		<-r.Context().Done()
		record("failed", 0)
		return
	}
	if fail != nil {
		record("failed", 0)
		if fail.httpStatus != 0 {
			http.Error(w, fail.message, fail.httpStatus)
			return
		}
		p.reply(w, http.StatusOK, req.ID, nil, rpcErrorf(fail.code, "%s", fail.message))
		return
	}
	refuse := func(hintTo uint64) {
		record("refused", hintTo)
		status := http.StatusOK
		if limit.httpStatus != 0 {
			status = limit.httpStatus
		}
		p.reply(w, status, req.ID, nil, rpcErrorf(limit.code, "%s", limit.message(seen.from, seen.to, hintTo)))
	}
	if limit.maxSpan != 0 && seen.span() > limit.maxSpan {
		refuse(seen.from + limit.maxSpan - 1)
		return
	}
	logs, err := p.upstream.FilterLogs(r.Context(), ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(seen.from), ToBlock: new(big.Int).SetUint64(seen.to),
		Addresses: crit.Address, Topics: crit.Topics,
	})
	if err != nil {
		record("failed", 0)
		p.reply(w, http.StatusOK, req.ID, nil, err)
		return
	}
	if limit.maxResults != 0 && len(logs) > limit.maxResults {
		// The widest range from the start whose logs fit, as Infura and
		// Alchemy suggest it: up to the block before the first log over.
		hintTo := seen.from
		if over := logs[limit.maxResults].BlockNumber; over > seen.from {
			hintTo = over - 1
		}
		refuse(hintTo)
		return
	}
	if logs == nil {
		logs = []types.Log{} // nodes answer [], not null
	}
	res, err := json.Marshal(logs)
	if err != nil {
		record("failed", 0)
		p.reply(w, http.StatusOK, req.ID, nil, err)
		return
	}
	record("ok", 0)
	p.reply(w, http.StatusOK, req.ID, res, nil)
}

// codedError is a JSON-RPC error with a code.
type codedError struct {
	code int
	msg  string
}

func (e *codedError) Error() string  { return e.msg }
func (e *codedError) ErrorCode() int { return e.code }

func rpcErrorf(code int, format string, args ...any) error {
	return &codedError{code: code, msg: fmt.Sprintf(format, args...)}
}
