package txmgr

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"
)

const (
	relayUser   = "keeper"
	relayPass   = "pw-7f3a9c1e"     // must never be logged
	relayAPIKey = "apikey-51d2e8b0" // idem
)

// relayCall is one request a relay received.
type relayCall struct {
	method string
	tx     *types.Transaction
	block  string         // eth_sendBundle target
	signer common.Address // eth_sendBundle: who signed the request
}

// relay is a private endpoint on loopback. eth_sendRawTransaction is
// forwarded to the chain when forward is set; eth_sendBundle is recorded
// only (no builder here), so a bundle never lands.
type relay struct {
	t       *testing.T
	srv     *httptest.Server
	forward func(context.Context, *types.Transaction) error

	mu    sync.Mutex
	calls []relayCall
}

func newRelay(t *testing.T) *relay {
	t.Helper()
	r := &relay{t: t}
	r.srv = httptest.NewServer(http.HandlerFunc(r.serve))
	t.Cleanup(r.srv.Close)
	return r
}

// url carries credentials both ways relays take them.
func (r *relay) url() string {
	u, err := url.Parse(r.srv.URL)
	require.NoError(r.t, err)
	u.User = url.UserPassword(relayUser, relayPass)
	u.Path = "/rpc"
	u.RawQuery = "apikey=" + relayAPIKey
	return u.String()
}

func (r *relay) host() string {
	u, err := url.Parse(r.srv.URL)
	require.NoError(r.t, err)
	return u.Host
}

func (r *relay) serve(w http.ResponseWriter, req *http.Request) {
	var in struct {
		ID     json.RawMessage   `json:"id"`
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
	}
	user, pass, ok := req.BasicAuth()
	body, err := io.ReadAll(req.Body)
	if !ok || err != nil || user != relayUser || pass != relayPass || req.URL.Query().Get("apikey") != relayAPIKey ||
		json.Unmarshal(body, &in) != nil || len(in.Params) != 1 {
		http.Error(w, "unauthorized or malformed", http.StatusUnauthorized)
		return
	}
	reply := func(result any, err error) {
		out := map[string]any{"jsonrpc": "2.0", "id": in.ID}
		if err != nil {
			out["error"] = map[string]any{"code": -32000, "message": err.Error()}
		} else {
			out["result"] = result
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(out)
	}
	decode := func(s string) *types.Transaction {
		tx := new(types.Transaction)
		raw, err := hexutil.Decode(s)
		if err != nil || tx.UnmarshalBinary(raw) != nil {
			return nil
		}
		return tx
	}
	call := relayCall{method: in.Method}
	switch in.Method {
	case PrivateMethodRawTx:
		var s string
		if json.Unmarshal(in.Params[0], &s) != nil {
			http.Error(w, "bad params", http.StatusBadRequest)
			return
		}
		call.tx = decode(s)
	case PrivateMethodBundle:
		var b struct {
			Txs         []string `json:"txs"`
			BlockNumber string   `json:"blockNumber"`
		}
		if json.Unmarshal(in.Params[0], &b) != nil || len(b.Txs) != 1 {
			http.Error(w, "bad params", http.StatusBadRequest)
			return
		}
		call.tx, call.block = decode(b.Txs[0]), b.BlockNumber
		// As a relay does: the signature over the body names the searcher.
		signer, ok := bundleSigner(req.Header.Get("X-Flashbots-Signature"), body)
		if !ok {
			http.Error(w, "missing or invalid X-Flashbots-Signature", http.StatusForbidden)
			return
		}
		call.signer = signer
	}
	if call.tx == nil {
		http.Error(w, "bad tx", http.StatusBadRequest)
		return
	}
	r.mu.Lock()
	r.calls = append(r.calls, call)
	r.mu.Unlock()
	if in.Method == PrivateMethodBundle {
		reply(map[string]string{"bundleHash": "0x01"}, nil)
		return
	}
	r.mu.Lock()
	forward := r.forward
	r.mu.Unlock()
	if forward == nil {
		reply(call.tx.Hash(), nil)
		return
	}
	reply(call.tx.Hash(), forward(req.Context(), call.tx))
}

// forwardTo makes the relay hand raw transactions to b.
func (r *relay) forwardTo(b Backend) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.forward = b.SendTransaction
}

func (r *relay) received() []relayCall {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.calls)
}

func TestPrivateRawTxGoesToEndpoint(t *testing.T) {
	t.Parallel()
	rl := newRelay(t)
	cfg := testConfig()
	cfg.Private = PrivateConfig{URL: rl.url()} // Method defaults to eth_sendRawTransaction
	e := newEnvWith(t, cfg, envOpts{secrets: []string{relayPass, relayAPIKey}})
	rl.forwardTo(e.client)
	e.startMining(15 * time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0xa1}, "liquidate"))
	require.NoError(t, err)
	require.Empty(t, e.backend.sentTxs(), "nothing through the public node")
	calls := rl.received()
	require.Len(t, calls, 1)
	require.Equal(t, PrivateMethodRawTx, calls[0].method)
	require.Equal(t, r.TxHash, calls[0].tx.Hash())
	require.Contains(t, logsOf(t), `"endpoint":"`+rl.host()+`"`)

	// The node's refusal comes back through the relay and is classified.
	ext := e.signExternal(1, gwei, new(big.Int).Mul(gwei, big.NewInt(10)))
	require.NoError(t, e.client.SendTransaction(t.Context(), ext))
	require.Eventually(t, func() bool {
		n, err := e.client.NonceAt(t.Context(), e.mgr.From(), nil)
		return err == nil && n == 2
	}, 5*time.Second, 5*time.Millisecond)
	r, err = e.mgr.Send(t.Context(), transfer(common.Address{0xa1}, "liquidate"))
	require.NoError(t, err)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
	// "nonce too low", or "replacement underpriced" while the node's pool
	// still holds the mined foreign tx: either way classified, then retried.
	require.Equal(t, 1, e.metrics.publishedCount("liquidate", OutcomeNonceTooLow)+
		e.metrics.publishedCount("liquidate", OutcomeReplacementUnderpriced))
}

func TestPrivateEndpointDownFallsBackToPublic(t *testing.T) {
	t.Parallel()
	rl := newRelay(t)
	u := rl.url()
	rl.srv.Close() // nothing listens any more
	cfg := testConfig()
	cfg.Private = PrivateConfig{URL: u}
	e := newEnvWith(t, cfg, envOpts{secrets: []string{relayPass, relayAPIKey}})
	e.startMining(20 * time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0xa2}, "liquidate"))
	require.NoError(t, err, "a dead private endpoint must not stop the liquidation")
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Len(t, e.backend.sentTxs(), 1, "sent publicly once")
	logs := logsOf(t)
	require.Contains(t, logs, "private submission failed: sending publicly")
	require.Contains(t, logs, rl.host(), "the endpoint is named by its host")
	// newTestLogger fails the test if a credential of the URL was logged.
}

// TestPrivateBundleFallsBackToPublic: a one-tx bundle targets the next
// block and is re-sent for each new block; no builder includes it, so after
// FallbackBlocks blocks the tx also goes to the public node and is mined.
func TestPrivateBundleFallsBackToPublic(t *testing.T) {
	t.Parallel()
	rl := newRelay(t)
	cfg := testConfig()
	cfg.Private = PrivateConfig{URL: rl.url(), Method: PrivateMethodBundle, FallbackBlocks: 3}
	e := newEnvWith(t, cfg, envOpts{secrets: []string{relayPass, relayAPIKey}})
	e.startMining(20 * time.Millisecond)

	r, err := e.mgr.Send(t.Context(), transfer(common.Address{0xa3}, "liquidate"))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

	calls := rl.received()
	require.GreaterOrEqual(t, len(calls), 3, "first bundle and a re-send per block until the fallback")
	require.Equal(t, "0x1", calls[0].block, "first target: the block after the head (0)")
	prev := uint64(0)
	for _, c := range calls {
		require.Equal(t, PrivateMethodBundle, c.method)
		require.Equal(t, r.TxHash, c.tx.Hash())
		require.Equal(t, e.mgr.From(), c.signer, "the bundle request is signed by the keeper's key")
		n, err := hexutil.DecodeUint64(c.block)
		require.NoError(t, err)
		require.Greater(t, n, prev, "each re-send targets a later block")
		prev = n
	}
	public := e.backend.sentTxs()
	require.Len(t, public, 1, "broadcast publicly once, at the fallback")
	require.Equal(t, r.TxHash, public[0].Hash())
	require.GreaterOrEqual(t, r.BlockNumber.Uint64(), uint64(4), "not before FallbackBlocks blocks")
	require.Contains(t, logsOf(t), "tx not mined privately: broadcasting publicly too")
	require.True(t, strings.Contains(logsOf(t), rl.host()))
}

// bundleSigner checks an "<address>:<signature>" header against body and
// returns the address it proves.
func bundleSigner(header string, body []byte) (common.Address, bool) {
	addr, sigHex, ok := strings.Cut(header, ":")
	if !ok || !common.IsHexAddress(addr) {
		return common.Address{}, false
	}
	sig, err := hexutil.Decode(sigHex)
	if err != nil || len(sig) != 65 {
		return common.Address{}, false
	}
	digest := hexutil.Encode(crypto.Keccak256(body))
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(digest)), sig)
	if err != nil || crypto.PubkeyToAddress(*pub) != common.HexToAddress(addr) {
		return common.Address{}, false
	}
	return common.HexToAddress(addr), true
}

// TestPrivateAcceptedThenPublicNonceTooLowIsNotResent: once a Send falls
// back to public sending, an attempt the private endpoint accepts and gets
// mined before the public node sees it comes back from the node as
// "nonce too low". That is this very transaction, not a taken nonce: it
// must not be sent again at the next nonce (the call would run twice).
func TestPrivateAcceptedThenPublicNonceTooLowIsNotResent(t *testing.T) {
	t.Parallel()
	rl := newRelay(t)
	cfg := testConfig()
	cfg.Private = PrivateConfig{URL: rl.url()}
	e := newEnvWith(t, cfg, envOpts{secrets: []string{relayPass, relayAPIKey}})
	var mu sync.Mutex
	refuseNext := false
	rl.mu.Lock()
	rl.forward = func(ctx context.Context, tx *types.Transaction) error {
		mu.Lock()
		defer mu.Unlock()
		if refuseNext {
			refuseNext = false
			return errors.New("relay busy")
		}
		// Accepted and mined before the public node is asked.
		if err := e.client.SendTransaction(ctx, tx); err != nil {
			return err
		}
		e.sim.Commit()
		return nil
	}
	rl.mu.Unlock()
	// A first send leaves the manager's nonce cached at 1; another sender
	// then takes nonce 1.
	_, err := e.mgr.Send(t.Context(), transfer(common.Address{0xa1}, "first"))
	require.NoError(t, err)
	require.NoError(t, e.client.SendTransaction(t.Context(), e.signExternal(1, gwei, new(big.Int).Mul(gwei, big.NewInt(10)))))
	e.sim.Commit()
	// The relay refuses the next attempt (public fallback: the node says
	// nonce 1 is taken), accepts the one at nonce 2 and mines it.
	mu.Lock()
	refuseNext = true
	mu.Unlock()
	to := common.Address{0xa2}
	r, err := e.mgr.Send(t.Context(), transfer(to, "deleverage"))
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)
	require.Equal(t, uint64(2), e.minedTx(r).Nonce())
	n, err := e.client.NonceAt(t.Context(), e.mgr.From(), nil)
	require.NoError(t, err)
	require.Equal(t, uint64(3), n, "the call ran once: nonce 2 is the last used")
	bal, err := e.client.BalanceAt(t.Context(), to, nil)
	require.NoError(t, err)
	require.Equal(t, transfer(to, "x").Value.String(), bal.String(), "paid once")
}
