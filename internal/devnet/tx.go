package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

const (
	// receiptPoll is how often a pending transaction's receipt is polled.
	receiptPoll = 25 * time.Millisecond
	// remineAfter is how long a mined batch may miss a receipt before
	// sender mines another block.
	remineAfter = 200 * time.Millisecond
	// gasHeadroomPct is added to every gas estimate: transactions of one
	// batch are estimated against the latest block, not against each other.
	gasHeadroomPct = 25
	// gasHeadroomMin is the smallest absolute headroom added to an estimate.
	gasHeadroomMin = 20_000
)

// sender sends the transactions of one devnet operation in batches. Every
// transaction of a batch is estimated against the latest mined state, so a
// batch holds only transactions that do not depend on each other; flush
// mines the batch (when a mine function is set) and waits for every
// receipt. Nonces are tracked locally, so one key can send many
// transactions per block without depending on the node's pending-nonce
// bookkeeping.
//
// A sender is single-use and not safe for concurrent use.
type sender struct {
	b       Backend
	chainID *big.Int
	mine    func()
	signer  types.Signer

	nonces  map[common.Address]uint64
	tip     *big.Int
	feeCap  *big.Int
	pending []pendingTx
}

type pendingTx struct {
	hash  common.Hash
	label string
}

func newSender(b Backend, chainID *big.Int, mine func()) *sender {
	return &sender{
		b:       b,
		chainID: chainID,
		mine:    mine,
		signer:  types.LatestSignerForChainID(chainID),
		nonces:  make(map[common.Address]uint64),
	}
}

// fees returns the tip and fee cap used for every transaction of s:
// twice the latest base fee plus the suggested tip.
func (s *sender) fees(ctx context.Context) (tip, feeCap *big.Int, err error) {
	if s.feeCap != nil {
		return s.tip, s.feeCap, nil
	}
	head, err := s.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch latest header: %w", err)
	}
	tip, err = s.b.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, nil, fmt.Errorf("failed to suggest gas tip: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	s.tip = tip
	s.feeCap = new(big.Int).Add(new(big.Int).Mul(base, big.NewInt(2)), tip)
	return s.tip, s.feeCap, nil
}

func (s *sender) nonce(ctx context.Context, from common.Address) (uint64, error) {
	if n, ok := s.nonces[from]; ok {
		return n, nil
	}
	n, err := s.b.PendingNonceAt(ctx, from)
	if err != nil {
		return 0, fmt.Errorf("failed to fetch nonce of %s: %w", from, err)
	}
	s.nonces[from] = n
	return n, nil
}

// send signs and sends one transaction from key. A nil to deploys data as
// init code; the returned address is then the new contract's.
func (s *sender) send(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, label string) (common.Address, error) {
	return s.sendGas(ctx, key, to, data, value, 0, label)
}

// sendGas is send with a fixed gas limit; gas 0 estimates it (plus
// headroom) against the latest block.
func (s *sender) sendGas(ctx context.Context, key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int, gas uint64, label string) (common.Address, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	if value == nil {
		value = new(big.Int)
	}
	if gas == 0 {
		est, err := s.b.EstimateGas(ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
		if err != nil {
			return common.Address{}, fmt.Errorf("%s: failed to estimate gas: %w", label, err)
		}
		gas = est + max(est*gasHeadroomPct/100, gasHeadroomMin)
	}
	tip, feeCap, err := s.fees(ctx)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s: %w", label, err)
	}
	nonce, err := s.nonce(ctx, from)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s: %w", label, err)
	}
	tx, err := types.SignNewTx(key, s.signer, &types.DynamicFeeTx{
		ChainID:   s.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return common.Address{}, fmt.Errorf("%s: failed to sign: %w", label, err)
	}
	if err := s.submit(ctx, tx, from); err != nil {
		return common.Address{}, fmt.Errorf("%s: failed to send: %w", label, err)
	}
	s.nonces[from] = nonce + 1
	s.pending = append(s.pending, pendingTx{hash: tx.Hash(), label: label})
	if to == nil {
		return crypto.CreateAddress(from, nonce), nil
	}
	return *to, nil
}

// poolCatchUp bounds how long submit waits for the pool to see the head.
const poolCatchUp = 2 * time.Second

// submit sends tx. A simulated node's transaction pool moves to a new head
// on a background goroutine, so a tx sent right after the block that funded
// its sender can be refused as "insufficient funds" against the previous
// head. When the chain itself shows the funds, submit waits for the pool
// to catch up and sends again; otherwise the refusal stands.
func (s *sender) submit(ctx context.Context, tx *types.Transaction, from common.Address) error {
	balancer, canCheck := s.b.(interface {
		BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	})
	deadline := time.Now().Add(poolCatchUp)
	for {
		err := s.b.SendTransaction(ctx, tx)
		if err == nil || !canCheck || !strings.Contains(err.Error(), "insufficient funds") || time.Now().After(deadline) {
			return err
		}
		bal, berr := balancer.BalanceAt(ctx, from, nil)
		if berr != nil || bal.Cmp(tx.Cost()) < 0 {
			return err // truly short of funds
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// call sends a contract call.
func (s *sender) call(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, data []byte, label string) error {
	_, err := s.send(ctx, key, &to, data, nil, label)
	return err
}

// transfer sends value (and optional data) to to.
func (s *sender) transfer(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte, label string) error {
	_, err := s.send(ctx, key, &to, data, value, label)
	return err
}

// deploy sends a contract creation of bin followed by the packed
// constructor arguments and returns the contract's future address.
func (s *sender) deploy(ctx context.Context, key *ecdsa.PrivateKey, bin string, args []byte, label string) (common.Address, error) {
	code := append(common.FromHex(bin), args...)
	return s.send(ctx, key, nil, code, nil, label)
}

// flush mines the batch (if a mine function is set) and waits for every
// receipt. It fails if any transaction reverted. The receipts are returned
// in sending order.
func (s *sender) flush(ctx context.Context) ([]*types.Receipt, error) {
	if len(s.pending) == 0 {
		return nil, nil
	}
	if s.mine != nil {
		s.mine()
	}
	return s.wait(ctx)
}

// wait waits for every pending receipt. With a mine function set, it mines
// again whenever a transaction is still missing after remineAfter: the
// simulated chain occasionally seals a block before its pool has promoted
// the last transaction sent.
func (s *sender) wait(ctx context.Context) ([]*types.Receipt, error) {
	batch := s.pending
	s.pending = nil
	receipts := make([]*types.Receipt, 0, len(batch))
	var errs []error
	for _, p := range batch {
		r, err := waitReceipt(ctx, s.b, p.hash, s.mine)
		if err != nil {
			return nil, fmt.Errorf("%s: failed to wait for receipt of %s: %w", p.label, p.hash, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			errs = append(errs, fmt.Errorf("%s: %w (tx %s)", p.label, ErrReverted, p.hash))
		}
		receipts = append(receipts, r)
	}
	return receipts, errors.Join(errs...)
}

// waitReceipt polls for the receipt of hash until it exists or ctx ends,
// calling mine (if set) each time remineAfter passes without it.
func waitReceipt(ctx context.Context, b Backend, hash common.Hash, mine func()) (*types.Receipt, error) {
	t := time.NewTicker(receiptPoll)
	defer t.Stop()
	last := time.Now()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, err
		}
		if mine != nil && time.Since(last) >= remineAfter {
			mine()
			last = time.Now()
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// callView runs an eth_call of data against to at the latest block and
// unpacks the result.
func callView[T any](ctx context.Context, b Backend, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, err
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("failed to unpack result: %w", err)
	}
	return v, nil
}
