package txmgr

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sync/atomic"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// maxPrivateResponse bounds what is read of a private endpoint's answer.
const maxPrivateResponse = 1 << 20

// privateClient sends signed transactions to a private JSON-RPC endpoint.
// Its URL may hold credentials: errors and logs name the host only.
type privateClient struct {
	// key signs bundle requests (X-Flashbots-Signature): relays rank and
	// rate-limit searchers by that identity. The manager's own key.
	key       *ecdsa.PrivateKey
	url       string
	host      string
	method    string
	transport *http.Transport
	client    *http.Client
	id        atomic.Uint64
}

func newPrivateClient(cfg PrivateConfig, key *ecdsa.PrivateKey) (*privateClient, error) {
	u, err := url.Parse(cfg.URL)
	if err != nil || u.Host == "" {
		return nil, errors.New("txmgr: Private.URL is not a valid absolute URL")
	}
	// Own transport, so Close can drop its idle connections.
	tr := http.DefaultTransport.(*http.Transport).Clone()
	return &privateClient{
		key:       key,
		url:       cfg.URL,
		host:      u.Host,
		method:    cfg.method(),
		transport: tr,
		client: &http.Client{
			Transport: tr,
			// A redirect would resend the signed tx elsewhere.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
	}, nil
}

type jsonrpcRequest struct {
	JSONRPC string `json:"jsonrpc"`
	ID      uint64 `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

type bundleParams struct {
	Txs         []string `json:"txs"`
	BlockNumber string   `json:"blockNumber"`
}

type jsonrpcResponse struct {
	Error *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// privateRPCError is the endpoint's JSON-RPC error; its message is what
// classifySendError reads.
type privateRPCError struct {
	host string
	code int
	msg  string
}

func (e *privateRPCError) Error() string {
	return fmt.Sprintf("private endpoint %s: %s (code %d)", e.host, e.msg, e.code)
}

// submit sends tx; a bundle targets block target.
func (p *privateClient) submit(ctx context.Context, tx *types.Transaction, target uint64) error {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("failed to encode tx: %w", err)
	}
	params := []any{hexutil.Encode(raw)}
	if p.method == PrivateMethodBundle {
		params = []any{bundleParams{Txs: []string{hexutil.Encode(raw)}, BlockNumber: hexutil.EncodeUint64(target)}}
	}
	body, err := json.Marshal(jsonrpcRequest{JSONRPC: "2.0", ID: p.id.Add(1), Method: p.method, Params: params})
	if err != nil {
		return fmt.Errorf("failed to encode request: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("private endpoint %s: failed to build request", p.host)
	}
	req.Header.Set("Content-Type", "application/json")
	if p.method == PrivateMethodBundle {
		sig, err := p.signature(body)
		if err != nil {
			return fmt.Errorf("private endpoint %s: failed to sign the bundle request: %w", p.host, err)
		}
		req.Header.Set(bundleSignatureHeader, sig)
	}
	// net/http sends the URL's user:password as basic auth.
	resp, err := p.client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // its text quotes the URL
		}
		return fmt.Errorf("private endpoint %s: %w", p.host, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxPrivateResponse))
	if err != nil {
		return fmt.Errorf("private endpoint %s: failed to read response: %w", p.host, err)
	}
	var out jsonrpcResponse
	if jerr := json.Unmarshal(data, &out); jerr != nil {
		return fmt.Errorf("private endpoint %s: HTTP %d, undecodable response", p.host, resp.StatusCode)
	}
	if out.Error != nil {
		return &privateRPCError{host: p.host, code: out.Error.Code, msg: out.Error.Message}
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("private endpoint %s: HTTP %d", p.host, resp.StatusCode)
	}
	return nil
}

// bundleSignatureHeader carries "<address>:<signature>": the signer's
// EIP-191 signature of the hex of keccak256(request body).
const bundleSignatureHeader = "X-Flashbots-Signature"

func (p *privateClient) signature(body []byte) (string, error) {
	digest := hexutil.Encode(crypto.Keccak256(body))
	sig, err := crypto.Sign(accounts.TextHash([]byte(digest)), p.key)
	if err != nil {
		return "", err
	}
	return crypto.PubkeyToAddress(p.key.PublicKey).Hex() + ":" + hexutil.Encode(sig), nil
}

func (p *privateClient) close() {
	p.transport.CloseIdleConnections()
}
