package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// The Client methods of Failover. Reads go through read (see Failover);
// reads by block hash or block number are pinned; SendTransaction
// broadcasts.

// ChainID implements Client.
func (f *Failover) ChainID(ctx context.Context) (*big.Int, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (*big.Int, error) { return c.ChainID(ctx) })
}

// BlockByHash implements Client.
func (f *Failover) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	return read(ctx, f, pinnedByHash, func(ctx context.Context, c Client) (*types.Block, error) { return c.BlockByHash(ctx, hash) })
}

// BlockByNumber implements Client.
func (f *Failover) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	return read(ctx, f, atBlock(number), func(ctx context.Context, c Client) (*types.Block, error) { return c.BlockByNumber(ctx, number) })
}

// HeaderByHash implements Client.
func (f *Failover) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	return read(ctx, f, pinnedByHash, func(ctx context.Context, c Client) (*types.Header, error) { return c.HeaderByHash(ctx, hash) })
}

// HeaderByNumber implements Client. The latest header also updates the
// answering endpoint's known head.
func (f *Failover) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, ep, err := readFrom(ctx, f, atBlock(number), func(ctx context.Context, c Client) (*types.Header, error) { return c.HeaderByNumber(ctx, number) })
	if err == nil && ep != nil && h != nil && h.Number != nil && number == nil {
		ep.sawHead(h.Number.Uint64())
	}
	return h, err
}

// TransactionCount implements Client.
func (f *Failover) TransactionCount(ctx context.Context, blockHash common.Hash) (uint, error) {
	return read(ctx, f, pinnedByHash, func(ctx context.Context, c Client) (uint, error) { return c.TransactionCount(ctx, blockHash) })
}

// TransactionInBlock implements Client.
func (f *Failover) TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error) {
	return read(ctx, f, pinnedByHash, func(ctx context.Context, c Client) (*types.Transaction, error) {
		return c.TransactionInBlock(ctx, blockHash, index)
	})
}

// BalanceAt implements Client.
func (f *Failover) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	return read(ctx, f, atBlock(blockNumber), func(ctx context.Context, c Client) (*big.Int, error) { return c.BalanceAt(ctx, account, blockNumber) })
}

// StorageAt implements Client.
func (f *Failover) StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error) {
	return read(ctx, f, atBlock(blockNumber), func(ctx context.Context, c Client) ([]byte, error) {
		return c.StorageAt(ctx, account, key, blockNumber)
	})
}

// CodeAt implements Client.
func (f *Failover) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	return read(ctx, f, atBlock(blockNumber), func(ctx context.Context, c Client) ([]byte, error) { return c.CodeAt(ctx, account, blockNumber) })
}

// NonceAt implements Client.
func (f *Failover) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	return read(ctx, f, atBlock(blockNumber), func(ctx context.Context, c Client) (uint64, error) { return c.NonceAt(ctx, account, blockNumber) })
}

// CallContract implements Client. A revert is the answer: it is returned,
// not retried elsewhere.
func (f *Failover) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	return read(ctx, f, atBlock(blockNumber), func(ctx context.Context, c Client) ([]byte, error) { return c.CallContract(ctx, call, blockNumber) })
}

// CallContractAtHash implements Client. An endpoint that lacks the block
// passes the call on to the next.
func (f *Failover) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error) {
	return read(ctx, f, pinnedByHash, func(ctx context.Context, c Client) ([]byte, error) { return c.CallContractAtHash(ctx, msg, blockHash) })
}

// FilterLogs implements Client. A query by block hash, or up to a block
// number, goes only to endpoints that have that block: some nodes answer a
// range beyond their head with no logs rather than an error.
func (f *Failover) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	op := atBlock(q.ToBlock)
	if q.BlockHash != nil {
		op = pinnedByHash
	}
	return read(ctx, f, op, func(ctx context.Context, c Client) ([]types.Log, error) { return c.FilterLogs(ctx, q) })
}

// EstimateGas implements Client.
func (f *Failover) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (uint64, error) { return c.EstimateGas(ctx, call) })
}

// SuggestGasPrice implements Client.
func (f *Failover) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (*big.Int, error) { return c.SuggestGasPrice(ctx) })
}

// SuggestGasTipCap implements Client.
func (f *Failover) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (*big.Int, error) { return c.SuggestGasTipCap(ctx) })
}

// PendingBalanceAt implements Client.
func (f *Failover) PendingBalanceAt(ctx context.Context, account common.Address) (*big.Int, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (*big.Int, error) { return c.PendingBalanceAt(ctx, account) })
}

// PendingStorageAt implements Client.
func (f *Failover) PendingStorageAt(ctx context.Context, account common.Address, key common.Hash) ([]byte, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) ([]byte, error) { return c.PendingStorageAt(ctx, account, key) })
}

// PendingCodeAt implements Client.
func (f *Failover) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) ([]byte, error) { return c.PendingCodeAt(ctx, account) })
}

// PendingNonceAt implements Client.
func (f *Failover) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (uint64, error) { return c.PendingNonceAt(ctx, account) })
}

// PendingTransactionCount implements Client.
func (f *Failover) PendingTransactionCount(ctx context.Context) (uint, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (uint, error) { return c.PendingTransactionCount(ctx) })
}

// txByHash is the two results of TransactionByHash.
type txByHash struct {
	tx      *types.Transaction
	pending bool
}

// TransactionByHash implements Client. "Not found" is an answer.
func (f *Failover) TransactionByHash(ctx context.Context, txHash common.Hash) (*types.Transaction, bool, error) {
	r, err := read(ctx, f, readOp{}, func(ctx context.Context, c Client) (txByHash, error) {
		tx, pending, err := c.TransactionByHash(ctx, txHash)
		return txByHash{tx, pending}, err
	})
	return r.tx, r.pending, err
}

// TransactionReceipt implements Client. "Not found" is an answer: the
// transaction is not mined yet as far as the endpoint knows.
func (f *Failover) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return read(ctx, f, readOp{}, func(ctx context.Context, c Client) (*types.Receipt, error) { return c.TransactionReceipt(ctx, txHash) })
}

// BlockNumber implements Client. The answer also updates the answering
// endpoint's known head.
func (f *Failover) BlockNumber(ctx context.Context) (uint64, error) {
	n, ep, err := readFrom(ctx, f, readOp{}, func(ctx context.Context, c Client) (uint64, error) { return c.BlockNumber(ctx) })
	if err == nil && ep != nil {
		ep.sawHead(n)
	}
	return n, err
}

// SubscribeFilterLogs implements Client through the first endpoint that
// accepts the subscription. It does not move when that endpoint fails: the
// subscription ends with an error and the caller subscribes again.
func (f *Failover) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return f.subscribeFirst(ctx, func(ctx context.Context, c Client) (ethereum.Subscription, error) {
		return c.SubscribeFilterLogs(ctx, q, ch)
	})
}

// SubscribeTransactionReceipts implements Client like SubscribeFilterLogs.
func (f *Failover) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	return f.subscribeFirst(ctx, func(ctx context.Context, c Client) (ethereum.Subscription, error) {
		return c.SubscribeTransactionReceipts(ctx, q, ch)
	})
}

// subscribeFirst subscribes through the first candidate that accepts.
func (f *Failover) subscribeFirst(ctx context.Context, sub func(context.Context, Client) (ethereum.Subscription, error)) (ethereum.Subscription, error) {
	if f.isClosed() {
		return nil, ErrClosed
	}
	cands := f.candidates()
	if len(cands) == 0 {
		return nil, ErrNoEndpoint
	}
	var errs []error
	for _, ep := range cands {
		c := ep.conn()
		o := timed(ctx, f, ep, false, func(ctx context.Context) (ethereum.Subscription, error) { return sub(ctx, c) })
		if o.err == nil {
			return o.v, nil
		}
		if o.class == classCanceled {
			return nil, o.err
		}
		if isFault(o.class) {
			f.setHealth(ep, false, o.err, o.class)
		}
		errs = append(errs, fmt.Errorf("rpc endpoint %d (%s): %w", ep.index, ep.name, o.err))
	}
	return nil, joinLine(errs)
}

// sendResult is the outcome of a send to one endpoint.
type sendResult struct {
	ep    *endpoint
	err   error
	class string
}

// SendTransaction implements Client: tx goes to every healthy endpoint (to
// every usable one when none is healthy) at once. It succeeds as soon as one
// accepts it or says it knows it already; the other sends finish in the
// background. When none accepts, the error is the first node's refusal
// (nonce too low, underpriced…) in endpoint order, or else the transport
// failures.
func (f *Failover) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.isClosed() {
		return ErrClosed
	}
	cands := f.candidates()
	if len(cands) == 0 {
		return ErrNoEndpoint
	}
	results := make(chan sendResult, len(cands))
	started := 0
	for _, ep := range cands {
		if f.spawn(func() {
			// Detached from ctx: once started, a broadcast completes
			// whatever the caller does; Close still ends it.
			sctx, cancel := f.bound(context.WithoutCancel(ctx))
			defer cancel()
			if ep.limiter != nil {
				if err := ep.limiter.Wait(sctx); err != nil {
					results <- sendResult{ep: ep, err: err, class: classThrottled}
					return
				}
			}
			c := ep.conn()
			o := timed(sctx, f, ep, false, func(ctx context.Context) (struct{}, error) {
				return struct{}{}, c.SendTransaction(ctx, tx)
			})
			if isFault(o.class) {
				f.setHealth(ep, false, o.err, o.class)
			}
			results <- sendResult{ep: ep, err: o.err, class: o.class}
		}) {
			started++
		}
	}
	if started == 0 {
		return ErrClosed
	}
	byIndex := make(map[int]sendResult, len(cands))
	for range started {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-results:
			if r.err == nil || isAlreadyKnown(r.err) {
				if r.err != nil {
					f.log.Debug().Int("endpoint", r.ep.index).Stringer("tx", tx.Hash()).Msg("rpc endpoint knows the transaction already")
				}
				return nil
			}
			byIndex[r.ep.index] = r
		}
	}
	// The first refusal by a node, in endpoint order, is the answer.
	var errs []error
	for _, ep := range cands {
		r, ok := byIndex[ep.index]
		if !ok {
			continue
		}
		if r.class == classRPC || r.class == classRevert {
			return r.err
		}
		errs = append(errs, fmt.Errorf("rpc endpoint %d (%s): %w", ep.index, ep.name, r.err))
	}
	return fmt.Errorf("send transaction %s: %w", tx.Hash(), joinLine(errs))
}
