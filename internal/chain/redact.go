package chain

import (
	"cmp"
	"context"
	"math/big"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// redacted replaces a secret part (path, query, userinfo) of an RPC URL.
const redacted = "<redacted>"

// redactedError is an error whose text had the secrets of an RPC URL cut out.
// errors.Is and errors.As still reach the original through Unwrap.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// replacement is one needle of an RPC URL to cut out of error texts.
type replacement struct{ old, new string }

// RedactError returns err with every occurrence of rawURL, and of its path,
// query and userinfo, removed from its text: the whole URL becomes
// RedactURL(rawURL), the parts become "<redacted>". go-ethereum's transport
// errors quote the full URL (`Post "https://host/v2/KEY": dial tcp ...`), and
// RPC URLs often carry an API key.
//
// It returns nil for nil, and err itself when its text holds no secret, so
// that identity comparisons and type assertions on such errors keep working.
// Otherwise the result wraps err: errors.Is and errors.As still reach it.
func RedactError(err error, rawURL string) error {
	if err == nil {
		return nil
	}
	return redactWith(err, secretsOf(rawURL))
}

func redactWith(err error, reps []replacement) error {
	if err == nil || len(reps) == 0 {
		return err
	}
	orig := err.Error()
	msg := orig
	for _, r := range reps {
		msg = strings.ReplaceAll(msg, r.old, r.new)
	}
	if msg == orig {
		return err
	}
	return &redactedError{msg: msg, err: err}
}

// secretsOf lists what to cut out of error texts for rawURL, whole-URL forms
// first and longest first, so that a URL is replaced as a whole before its
// parts are. It returns nil when the URL has nothing secret: no path beyond
// "/", no query and no userinfo.
func secretsOf(rawURL string) []replacement {
	var whole, parts []string
	addWhole := func(s string) {
		if s != "" {
			whole = append(whole, s, strings.TrimSuffix(s, "/"), strings.TrimSuffix(s, "/")+"/")
		}
	}
	addPart := func(s string) {
		if len(strings.Trim(s, "/")) > 1 {
			parts = append(parts, s)
			if t := strings.TrimSuffix(s, "/"); len(strings.Trim(t, "/")) > 1 {
				parts = append(parts, t)
			}
		}
	}

	u, perr := url.Parse(rawURL)
	if perr != nil || u.Host == "" {
		// Unparsable: fall back on cutting the text, as RedactURL does.
		_, rest, ok := strings.Cut(rawURL, "://")
		if !ok {
			rest = rawURL
		}
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			addPart(rest[:at])
			if user, pass, ok := strings.Cut(rest[:at], ":"); ok {
				addPart(user)
				addPart(pass)
			}
			rest = rest[at+1:]
		}
		if i := strings.IndexAny(rest, "/?"); i >= 0 {
			addPart(rest[i:])
			if path, query, ok := strings.Cut(rest[i:], "?"); ok {
				addPart(path)
				addPart(query)
			}
		}
		if len(parts) == 0 {
			return nil
		}
		addWhole(rawURL)
	} else {
		addPart(u.Path)
		addPart(u.EscapedPath())
		addPart(u.RawPath)
		addPart(u.RawQuery)
		if q, err := url.QueryUnescape(u.RawQuery); err == nil {
			addPart(q)
		}
		if u.User != nil {
			addPart(u.User.String())
			addPart(u.User.Username())
			if p, ok := u.User.Password(); ok {
				addPart(p)
			}
		}
		if len(parts) == 0 {
			return nil
		}
		addWhole(rawURL)
		addWhole(u.String())
		// net/http quotes the URL with the password as "***".
		if u.User != nil {
			if _, ok := u.User.Password(); ok {
				addWhole(strings.Replace(u.String(), u.User.String()+"@", u.User.Username()+":***@", 1))
			}
			addWhole(u.Redacted())
			// go-ethereum's websocket dialer moves userinfo into a header.
			noUser := *u
			noUser.User = nil
			addWhole(noUser.String())
		}
	}

	// Errors may quote with %q, which escapes quotes and backslashes.
	quoted := func(list []string) []string {
		for _, s := range list {
			if q := strconv.Quote(s); q[1:len(q)-1] != s {
				list = append(list, q[1:len(q)-1])
			}
		}
		return list
	}
	byLength := func(a, b string) int { return cmp.Compare(len(b), len(a)) }
	whole, parts = quoted(whole), quoted(parts)
	slices.SortStableFunc(whole, byLength)
	slices.SortStableFunc(parts, byLength)
	whole, parts = slices.Compact(whole), slices.Compact(parts)

	safe := RedactURL(rawURL)
	reps := make([]replacement, 0, len(whole)+len(parts))
	for _, s := range whole {
		reps = append(reps, replacement{s, safe})
	}
	for _, s := range parts {
		if strings.HasPrefix(s, "/") {
			reps = append(reps, replacement{s, "/" + redacted})
		} else {
			reps = append(reps, replacement{s, redacted})
		}
	}
	return reps
}

// WithRedactedErrors wraps c so that every error it returns, including those
// sent on a subscription's error channel, has the secrets of rawURL cut out
// (see RedactError). It returns c itself when rawURL has nothing secret.
func WithRedactedErrors(c Client, rawURL string) Client {
	reps := secretsOf(rawURL)
	if len(reps) == 0 {
		return c
	}
	return &redactingClient{c: c, reps: reps}
}

var _ Client = (*redactingClient)(nil)

type redactingClient struct {
	c    Client
	reps []replacement
}

func (r *redactingClient) redact(err error) error { return redactWith(err, r.reps) }

func (r *redactingClient) sub(s ethereum.Subscription, err error) (ethereum.Subscription, error) {
	if err != nil {
		return s, r.redact(err)
	}
	if s == nil {
		return nil, nil
	}
	return newRedactedSub(s, r.reps), nil
}

func (r *redactingClient) ChainID(ctx context.Context) (*big.Int, error) {
	v, err := r.c.ChainID(ctx)
	return v, r.redact(err)
}

func (r *redactingClient) BlockByHash(ctx context.Context, hash common.Hash) (*types.Block, error) {
	v, err := r.c.BlockByHash(ctx, hash)
	return v, r.redact(err)
}

func (r *redactingClient) BlockByNumber(ctx context.Context, number *big.Int) (*types.Block, error) {
	v, err := r.c.BlockByNumber(ctx, number)
	return v, r.redact(err)
}

func (r *redactingClient) HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error) {
	v, err := r.c.HeaderByHash(ctx, hash)
	return v, r.redact(err)
}

func (r *redactingClient) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	v, err := r.c.HeaderByNumber(ctx, number)
	return v, r.redact(err)
}

func (r *redactingClient) TransactionCount(ctx context.Context, blockHash common.Hash) (uint, error) {
	v, err := r.c.TransactionCount(ctx, blockHash)
	return v, r.redact(err)
}

func (r *redactingClient) TransactionInBlock(ctx context.Context, blockHash common.Hash, index uint) (*types.Transaction, error) {
	v, err := r.c.TransactionInBlock(ctx, blockHash, index)
	return v, r.redact(err)
}

func (r *redactingClient) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return r.sub(r.c.SubscribeNewHead(ctx, ch))
}

func (r *redactingClient) BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error) {
	v, err := r.c.BalanceAt(ctx, account, blockNumber)
	return v, r.redact(err)
}

func (r *redactingClient) StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error) {
	v, err := r.c.StorageAt(ctx, account, key, blockNumber)
	return v, r.redact(err)
}

func (r *redactingClient) CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error) {
	v, err := r.c.CodeAt(ctx, account, blockNumber)
	return v, r.redact(err)
}

func (r *redactingClient) NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error) {
	v, err := r.c.NonceAt(ctx, account, blockNumber)
	return v, r.redact(err)
}

func (r *redactingClient) CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error) {
	v, err := r.c.CallContract(ctx, call, blockNumber)
	return v, r.redact(err)
}

func (r *redactingClient) CallContractAtHash(ctx context.Context, msg ethereum.CallMsg, blockHash common.Hash) ([]byte, error) {
	v, err := r.c.CallContractAtHash(ctx, msg, blockHash)
	return v, r.redact(err)
}

func (r *redactingClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	v, err := r.c.FilterLogs(ctx, q)
	return v, r.redact(err)
}

func (r *redactingClient) SubscribeFilterLogs(ctx context.Context, q ethereum.FilterQuery, ch chan<- types.Log) (ethereum.Subscription, error) {
	return r.sub(r.c.SubscribeFilterLogs(ctx, q, ch))
}

func (r *redactingClient) EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error) {
	v, err := r.c.EstimateGas(ctx, call)
	return v, r.redact(err)
}

func (r *redactingClient) SuggestGasPrice(ctx context.Context) (*big.Int, error) {
	v, err := r.c.SuggestGasPrice(ctx)
	return v, r.redact(err)
}

func (r *redactingClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	v, err := r.c.SuggestGasTipCap(ctx)
	return v, r.redact(err)
}

func (r *redactingClient) PendingBalanceAt(ctx context.Context, account common.Address) (*big.Int, error) {
	v, err := r.c.PendingBalanceAt(ctx, account)
	return v, r.redact(err)
}

func (r *redactingClient) PendingStorageAt(ctx context.Context, account common.Address, key common.Hash) ([]byte, error) {
	v, err := r.c.PendingStorageAt(ctx, account, key)
	return v, r.redact(err)
}

func (r *redactingClient) PendingCodeAt(ctx context.Context, account common.Address) ([]byte, error) {
	v, err := r.c.PendingCodeAt(ctx, account)
	return v, r.redact(err)
}

func (r *redactingClient) PendingNonceAt(ctx context.Context, account common.Address) (uint64, error) {
	v, err := r.c.PendingNonceAt(ctx, account)
	return v, r.redact(err)
}

func (r *redactingClient) PendingTransactionCount(ctx context.Context) (uint, error) {
	v, err := r.c.PendingTransactionCount(ctx)
	return v, r.redact(err)
}

func (r *redactingClient) TransactionByHash(ctx context.Context, txHash common.Hash) (*types.Transaction, bool, error) {
	tx, pending, err := r.c.TransactionByHash(ctx, txHash)
	return tx, pending, r.redact(err)
}

func (r *redactingClient) TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	v, err := r.c.TransactionReceipt(ctx, txHash)
	return v, r.redact(err)
}

func (r *redactingClient) SubscribeTransactionReceipts(ctx context.Context, q *ethereum.TransactionReceiptsQuery, ch chan<- []*types.Receipt) (ethereum.Subscription, error) {
	return r.sub(r.c.SubscribeTransactionReceipts(ctx, q, ch))
}

func (r *redactingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	return r.redact(r.c.SendTransaction(ctx, tx))
}

func (r *redactingClient) BlockNumber(ctx context.Context) (uint64, error) {
	v, err := r.c.BlockNumber(ctx)
	return v, r.redact(err)
}

// redactedSub forwards the error of a subscription with the URL's secrets cut
// out. Like go-ethereum's subscriptions, its Err channel carries at most one
// error and is closed when the subscription ends or is unsubscribed; its
// goroutine ends then too.
type redactedSub struct {
	inner ethereum.Subscription
	err   chan error
	quit  chan struct{}
	done  chan struct{}
	once  sync.Once
}

func newRedactedSub(inner ethereum.Subscription, reps []replacement) *redactedSub {
	s := &redactedSub{
		inner: inner,
		err:   make(chan error, 1), // one send at most: never blocks
		quit:  make(chan struct{}),
		done:  make(chan struct{}),
	}
	go func() {
		defer close(s.done)
		defer close(s.err)
		select {
		case err, ok := <-inner.Err():
			if ok && err != nil {
				s.err <- redactWith(err, reps)
			}
		case <-s.quit:
		}
	}()
	return s
}

func (s *redactedSub) Err() <-chan error { return s.err }

// Unsubscribe ends the inner subscription and closes the Err channel. It can
// be called any number of times.
func (s *redactedSub) Unsubscribe() {
	s.once.Do(func() {
		s.inner.Unsubscribe()
		close(s.quit)
	})
	<-s.done
}
