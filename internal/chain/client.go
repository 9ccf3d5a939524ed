// Package chain connects to an Ethereum node and reads from it: the chain-id
// guard, the head source, and Multicall3 batches pinned to one block hash.
package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// Client is the node surface the daemon uses. *ethclient.Client satisfies it,
// and so does the client of an in-process simulated chain (see FromSimulated).
type Client interface {
	ethereum.ChainIDReader
	ethereum.ChainReader
	ethereum.ChainStateReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.PendingStateReader
	ethereum.TransactionReader
	ethereum.TransactionSender
	ethereum.BlockNumberReader
	CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error)
}

// ErrWrongChain means the node serves another chain than the configured one.
var ErrWrongChain = errors.New("wrong chain id")

// Dial connects to rpcURL (ws, wss, http, https) within timeout. Its error
// never holds the URL's secrets (see RedactError). An http client connects
// lazily, so wrap the client with WithRedactedErrors too.
func Dial(ctx context.Context, rpcURL string, timeout time.Duration) (*ethclient.Client, error) {
	dctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	c, err := ethclient.DialContext(dctx, rpcURL)
	if err != nil {
		// Redact the whole text: RedactURL keeps a query that follows the
		// host without a "/".
		return nil, RedactError(fmt.Errorf("dial %s: %w", RedactURL(rpcURL), err), rpcURL)
	}
	return c, nil
}

// CheckChainID fails unless the node's chain id equals want.
func CheckChainID(ctx context.Context, c ethereum.ChainIDReader, want uint64, timeout time.Duration) error {
	cctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	got, err := c.ChainID(cctx)
	if err != nil {
		return fmt.Errorf("read chain id: %w", err)
	}
	if !got.IsUint64() || got.Uint64() != want {
		return fmt.Errorf("%w: node serves chain %s, config says %d", ErrWrongChain, got, want)
	}
	return nil
}

// FromSimulated turns the client of an in-process simulated chain into a
// Client. The simulated client wraps an ethclient.Client, so every method is
// there; the type assertion only recovers what its narrow interface hides.
func FromSimulated(c any) (Client, error) {
	full, ok := c.(Client)
	if !ok {
		return nil, errors.New("simulated client lacks the ethclient methods")
	}
	return full, nil
}

// RedactURL hides credentials and API-key paths that RPC URLs often carry, so
// the URL can be logged.
func RedactURL(raw string) string {
	scheme, rest, ok := strings.Cut(raw, "://")
	if !ok {
		return "<invalid url>"
	}
	if at := strings.LastIndex(rest, "@"); at >= 0 {
		rest = rest[at+1:]
	}
	// Anything after the host (path, query, fragment) may carry a key.
	cut := strings.IndexAny(rest, "/?#")
	if cut < 0 {
		return scheme + "://" + rest
	}
	if strings.Trim(rest[cut:], "/") == "" {
		return scheme + "://" + rest[:cut]
	}
	return scheme + "://" + rest[:cut] + "/<redacted>"
}

// BlockRef names one block: every read of a pass is pinned to Hash.
type BlockRef struct {
	Number uint64
	Hash   common.Hash
	Time   uint64
}

// RefOf returns the reference of a header.
func RefOf(h *types.Header) BlockRef {
	return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), Time: h.Time}
}

// BigNumber is the block number as *big.Int, for APIs that want one.
func (b BlockRef) BigNumber() *big.Int { return new(big.Int).SetUint64(b.Number) }
