// Package txmgr is the daemon's one transaction manager. Every transaction the
// keeper sends goes through Manager.Send, which owns the account nonce, prices
// EIP-1559 fees, bumps stuck transactions and waits for confirmations.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"
)

// Backend is the part of an Ethereum RPC client the manager uses.
// *ethclient.Client and simulated.Client satisfy it.
type Backend interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// Candidate is a transaction to send.
type Candidate struct {
	// To is the recipient; nil creates a contract from Data.
	To *common.Address
	// Data is the calldata (or init code).
	Data []byte
	// Value is the wei sent along; nil means zero.
	Value *big.Int
	// GasLimit is used as is when non-zero; 0 means estimate.
	GasLimit uint64
	// Label names the kind of transaction ("liquidate") in logs and metrics.
	// Keep the set of labels small.
	Label string
	// OnSent, if set, is called once with the first transaction sent,
	// before Send waits for it to be mined (after a send that timed out,
	// the node may not hold it yet; it is re-sent until mined or timed out). Fee bumps replace it
	// under the same nonce; the receipt names the one that was mined.
	OnSent func(tx *types.Transaction)
}

const (
	// maxFirstPublishAttempts bounds how often a first send is retried with a
	// re-fetched nonce after a nonce-related rejection.
	maxFirstPublishAttempts = 3
	// nonceConsumedStrikes is how many resubmit rounds must see the nonce used
	// on chain without a receipt for any of our hashes before Send gives up.
	nonceConsumedStrikes = 2
	defaultLabel         = "unlabelled"
)

// Manager signs, sends and tracks transactions from one key. It is safe for
// concurrent use.
type Manager struct {
	log     zerolog.Logger
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	cfg     Config
	metrics Metricer

	closed atomic.Bool

	nonceMu    sync.Mutex
	nonce      uint64 // next nonce to use, valid when nonceValid
	nonceValid bool
}

// New builds a Manager. It makes no network calls. m may be nil (no metrics).
func New(log zerolog.Logger, backend Backend, key *ecdsa.PrivateKey, chainID *big.Int, cfg Config, m Metricer) (*Manager, error) {
	if backend == nil {
		return nil, errors.New("txmgr: nil backend")
	}
	if key == nil {
		return nil, errors.New("txmgr: nil private key")
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, errors.New("txmgr: chain id must be positive")
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MinTipCap != nil {
		cfg.MinTipCap = new(big.Int).Set(cfg.MinTipCap)
	}
	if m == nil {
		m = NoopMetrics{}
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	return &Manager{
		log:     log.With().Str("component", "txmgr").Stringer("from", from).Logger(),
		backend: backend,
		key:     key,
		from:    from,
		signer:  types.LatestSignerForChainID(new(big.Int).Set(chainID)),
		cfg:     cfg,
		metrics: m,
	}, nil
}

// From returns the address transactions are sent from.
func (m *Manager) From() common.Address { return m.from }

// Close makes later Sends fail with ErrClosed. Sends already in flight run to
// their end. Close is idempotent and never blocks.
func (m *Manager) Close() {
	m.closed.Store(true)
}

// sendState is the state of one Send: one nonce, one or more signed
// transactions with rising fees.
type sendState struct {
	label    string
	cand     Candidate
	gasLimit uint64
	nonce    uint64
	tip      *big.Int // fees of the latest attempt
	feeCap   *big.Int
	limit    *big.Int // highest fee cap allowed
	txs      []*types.Transaction
	start    time.Time
	log      zerolog.Logger // label and nonce
	strikes  int
	// uncertain: the first send timed out, so the node may not hold it.
	uncertain bool
}

// Send signs and publishes c, bumps its fees while it is not mined, and
// returns its receipt once it has Config.NumConfirmations confirmations. If
// the transaction was mined but reverted, Send returns the receipt and an error
// wrapping ErrReverted. The whole call is bounded by Config.SendTimeout; on
// that deadline the error wraps ErrSendTimeout and context.DeadlineExceeded.
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if m.closed.Load() {
		return nil, ErrClosed
	}
	label := c.Label
	if label == "" {
		label = defaultLabel
	}
	sendCtx, cancel := context.WithTimeoutCause(ctx, m.cfg.SendTimeout, ErrSendTimeout)
	defer cancel()

	gasLimit := c.GasLimit
	if gasLimit == 0 {
		var err error
		gasLimit, err = m.estimateGas(sendCtx, c)
		if err != nil {
			m.metrics.TxPublished(label, OutcomeEstimateFailed)
			return nil, m.failure(sendCtx, "failed to estimate gas", err)
		}
	}
	marketTip, baseFee, err := m.marketFees(sendCtx)
	if err != nil {
		return nil, m.failure(sendCtx, "failed to fetch fees", err)
	}
	tip, feeCap := initialFees(marketTip, m.cfg.MinTipCap, baseFee)
	st := &sendState{
		label:    label,
		cand:     c,
		gasLimit: gasLimit,
		tip:      tip,
		feeCap:   feeCap,
		limit:    new(big.Int).Mul(feeCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier)),
	}

	for attempt := 1; ; attempt++ {
		retry, err := m.publishFirst(sendCtx, st)
		if err == nil {
			break
		}
		if !retry || attempt >= maxFirstPublishAttempts || sendCtx.Err() != nil {
			return nil, m.failure(sendCtx, "failed to publish tx", err)
		}
	}
	if c.OnSent != nil {
		c.OnSent(st.txs[0])
	}
	return m.waitConfirmed(sendCtx, st)
}

// failure wraps err, replacing it with the reason sendCtx ended if it did.
func (m *Manager) failure(sendCtx context.Context, what string, err error) error {
	if sendCtx.Err() == nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%s: %w", what, doneErr(sendCtx))
}

// doneErr explains why the Send context ended: the caller's context or the
// send timeout.
func doneErr(sendCtx context.Context) error {
	cause := context.Cause(sendCtx)
	if errors.Is(cause, ErrSendTimeout) {
		return fmt.Errorf("%w: %w", ErrSendTimeout, context.DeadlineExceeded)
	}
	return cause
}

func (m *Manager) estimateGas(ctx context.Context, c Candidate) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	return m.backend.EstimateGas(ctx, ethereum.CallMsg{
		From:  m.from,
		To:    c.To,
		Value: c.Value,
		Data:  c.Data,
	})
}

// marketFees returns the node's suggested tip and the latest base fee.
func (m *Manager) marketFees(ctx context.Context) (tip, baseFee *big.Int, err error) {
	tctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	tip, err = m.backend.SuggestGasTipCap(tctx)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch tip suggestion: %w", err)
	}
	hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err := m.backend.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("latest header has no base fee (pre-London chain)")
	}
	return tip, head.BaseFee, nil
}

// publishFirst assigns the next nonce to st, signs and sends its first
// transaction. The nonce lock is held across the send so concurrent Sends get
// consecutive nonces. retry reports a nonce problem that a fresh nonce may fix.
func (m *Manager) publishFirst(ctx context.Context, st *sendState) (retry bool, err error) {
	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	if !m.nonceValid {
		nctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		n, err := m.backend.PendingNonceAt(nctx, m.from)
		cancel()
		if err != nil {
			return false, fmt.Errorf("failed to fetch pending nonce: %w", err)
		}
		m.nonce, m.nonceValid = n, true
		m.log.Debug().Uint64("nonce", n).Msg("nonce fetched")
	}
	st.nonce = m.nonce
	st.log = m.log.With().Str("label", st.label).Uint64("nonce", st.nonce).Logger()
	tx, err := m.sign(st, st.tip, st.feeCap)
	if err != nil {
		return false, err
	}
	outcome, err := m.publish(ctx, st, tx)
	switch outcome {
	case OutcomeSuccess:
		m.nonce++
	case OutcomeAlreadyKnown:
		// The node holds this very transaction (same hash): it is ours and
		// pending. Re-fetch the nonce next time to be safe.
		m.nonceValid = false
	case OutcomeTimeout:
		st.uncertain = true
		// The node may have accepted it before the call timed out: track it
		// rather than report a failure for a transaction that may be mined.
		// If it never arrived, the resubmission re-sends it under the same
		// nonce and so fills the gap later sends would wait behind.
		m.nonce++
	default:
		m.nonceValid = false
		switch outcome {
		case OutcomeNonceTooLow, OutcomeNonceTooHigh, OutcomeReplacementUnderpriced:
			return true, err
		}
		return false, err
	}
	st.start = time.Now()
	st.txs = append(st.txs, tx)
	m.txLogger(st, tx).Info().Uint64("gas_limit", st.gasLimit).Msg("tx sent")
	return false, nil
}

func (m *Manager) sign(st *sendState, tip, feeCap *big.Int) (*types.Transaction, error) {
	value := st.cand.Value
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(m.key, m.signer, &types.DynamicFeeTx{
		ChainID:   m.signer.ChainID(),
		Nonce:     st.nonce,
		GasTipCap: new(big.Int).Set(tip),
		GasFeeCap: new(big.Int).Set(feeCap),
		Gas:       st.gasLimit,
		To:        st.cand.To,
		Value:     value,
		Data:      st.cand.Data,
	})
	if err != nil {
		m.metrics.TxPublished(st.label, OutcomeSignFailed)
		return nil, fmt.Errorf("failed to sign tx: %w", err)
	}
	return tx, nil
}

// publish sends tx and records the outcome. An already-known transaction is
// not an error for the caller to log, the others are logged here.
func (m *Manager) publish(ctx context.Context, st *sendState, tx *types.Transaction) (string, error) {
	sctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	err := m.backend.SendTransaction(sctx, tx)
	cancel()
	outcome := classifySendError(err)
	m.metrics.TxPublished(st.label, outcome)
	if err != nil && outcome != OutcomeAlreadyKnown {
		m.txLogger(st, tx).Warn().Err(err).Str("outcome", outcome).Msg("tx publish failed")
	}
	return outcome, err
}

// resetNonce forgets the cached nonce so the next Send re-fetches it.
func (m *Manager) resetNonce() {
	m.nonceMu.Lock()
	m.nonceValid = false
	m.nonceMu.Unlock()
}

func (m *Manager) txLogger(st *sendState, tx *types.Transaction) *zerolog.Logger {
	l := st.log.With().
		Stringer("tx", tx.Hash()).
		Stringer("tip_cap", tx.GasTipCap()).
		Stringer("fee_cap", tx.GasFeeCap()).
		Logger()
	return &l
}

// waitConfirmed polls the receipts of all transactions sent for st.nonce until
// one has enough confirmations, bumping fees every ResubmitInterval while none
// is mined.
func (m *Manager) waitConfirmed(ctx context.Context, st *sendState) (*types.Receipt, error) {
	poll := time.NewTicker(m.cfg.ReceiptQueryInterval)
	defer poll.Stop()
	resubmit := time.NewTicker(m.cfg.ResubmitInterval)
	defer resubmit.Stop()

	mined := false
	for {
		select {
		case <-ctx.Done():
			st.log.Warn().Err(context.Cause(ctx)).Int("attempts", len(st.txs)).Msg("tx not confirmed")
			// The tx may still be pending, or (after a send that timed out)
			// never have reached the node: the next Send asks the node for
			// its pending nonce, so no gap can outlive this Send.
			m.resetNonce()
			return nil, fmt.Errorf("tx with nonce %d not confirmed: %w", st.nonce, doneErr(ctx))
		case <-poll.C:
			r, confirmed := m.findReceipt(ctx, st)
			mined = r != nil
			if confirmed {
				return m.finish(st, r)
			}
		case <-resubmit.C:
			if mined {
				continue
			}
			if err := m.resubmit(ctx, st); err != nil {
				return nil, err
			}
		}
	}
}

// findReceipt returns the receipt of whichever of st's transactions is mined,
// and whether it has the required confirmations.
func (m *Manager) findReceipt(ctx context.Context, st *sendState) (*types.Receipt, bool) {
	r, confirmed, _ := m.lookupReceipts(ctx, st)
	return r, confirmed
}

// lookupReceipts is findReceipt that also reports whether, with no receipt
// found, the node answered "not found" for every hash (rather than an error
// such as "transaction indexing is in progress").
func (m *Manager) lookupReceipts(ctx context.Context, st *sendState) (r *types.Receipt, confirmed, allNotFound bool) {
	allNotFound = true
	for i := len(st.txs) - 1; i >= 0; i-- {
		hash := st.txs[i].Hash()
		rctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		r, err := m.backend.TransactionReceipt(rctx, hash)
		cancel()
		if errors.Is(err, ethereum.NotFound) {
			continue
		}
		if err != nil || r == nil || r.BlockNumber == nil {
			allNotFound = false
			st.log.Debug().Err(err).Stringer("tx", hash).Msg("receipt query failed")
			continue
		}
		hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		head, err := m.backend.HeaderByNumber(hctx, nil)
		cancel()
		if err != nil {
			st.log.Debug().Err(err).Msg("head query failed")
			return r, false, false
		}
		if head.Number.Cmp(r.BlockNumber) < 0 {
			return r, false, false
		}
		confs := new(big.Int).Sub(head.Number, r.BlockNumber).Uint64() + 1
		return r, confs >= m.cfg.NumConfirmations, false
	}
	return nil, false, allNotFound
}

func (m *Manager) finish(st *sendState, r *types.Receipt) (*types.Receipt, error) {
	latency := time.Since(st.start)
	m.metrics.TxConfirmed(st.label, r.Status, r.GasUsed, latency)
	base := st.log.With().Stringer("tx", r.TxHash).Logger()
	l := &base
	for _, tx := range st.txs {
		if tx.Hash() == r.TxHash {
			l = m.txLogger(st, tx)
		}
	}
	if r.Status != types.ReceiptStatusSuccessful {
		l.Warn().Uint64("block", r.BlockNumber.Uint64()).Uint64("gas_used", r.GasUsed).Msg("tx reverted")
		return r, fmt.Errorf("tx %s in block %d: %w", r.TxHash, r.BlockNumber, ErrReverted)
	}
	l.Info().
		Uint64("block", r.BlockNumber.Uint64()).
		Uint64("gas_used", r.GasUsed).
		Dur("latency", latency).
		Int("attempts", len(st.txs)).
		Msg("tx mined")
	return r, nil
}

// resubmit re-signs st's nonce with bumped fees. If the nonce is already used
// on chain and none of our hashes has a receipt for a few rounds, the nonce was
// taken by a foreign transaction and resubmit returns ErrNonceConsumed.
func (m *Manager) resubmit(ctx context.Context, st *sendState) error {
	nctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	onChain, err := m.backend.NonceAt(nctx, m.from, nil)
	cancel()
	if err != nil {
		st.log.Debug().Err(err).Msg("nonce query failed")
	} else if onChain > st.nonce {
		// The nonce is used: either one of ours is mined (its receipt will
		// show up) or a foreign tx took it. Bumping cannot help either way.
		r, _, allNotFound := m.lookupReceipts(ctx, st)
		if r != nil || !allNotFound {
			st.strikes = 0
			return nil
		}
		st.strikes++
		if st.strikes >= nonceConsumedStrikes {
			st.log.Warn().Msg("tx nonce consumed by another transaction")
			return fmt.Errorf("tx with nonce %d: %w", st.nonce, ErrNonceConsumed)
		}
		return nil
	}

	marketTip, baseFee, err := m.marketFees(ctx)
	if err != nil {
		st.log.Warn().Err(err).Msg("tx bump skipped")
		return nil
	}
	tip, feeCap, ok := bumpFees(st.tip, st.feeCap, marketTip, baseFee, st.limit, m.cfg.FeeBumpPct)
	if !ok {
		st.log.Debug().Stringer("fee_limit", st.limit).Msg("tx fee limit reached")
		if st.uncertain {
			// The first send timed out and no bump can replace it: re-send
			// it as it is, so a tx the node never received still gets there.
			if _, err := m.publish(ctx, st, st.txs[len(st.txs)-1]); err != nil {
				st.log.Debug().Err(err).Msg("tx re-send failed")
			}
		}
		return nil
	}
	tx, err := m.sign(st, tip, feeCap)
	if err != nil {
		st.log.Warn().Err(err).Msg("tx bump skipped")
		return nil
	}
	outcome, err := m.publish(ctx, st, tx)
	if err != nil {
		m.resetNonce()
	}
	switch outcome {
	case OutcomeSuccess, OutcomeAlreadyKnown:
	case OutcomeReplacementUnderpriced:
		// The node wants a larger step: start the next bump from these fees.
		st.tip, st.feeCap = tip, feeCap
		return nil
	case OutcomeTimeout, OutcomeOther:
		// The node may have taken it anyway: watch its hash too.
		st.txs = append(st.txs, tx)
		return nil
	default:
		return nil
	}
	st.tip, st.feeCap = tip, feeCap
	st.txs = append(st.txs, tx)
	m.metrics.TxBumped(st.label)
	m.txLogger(st, tx).Info().Int("attempt", len(st.txs)).Msg("tx bumped")
	return nil
}
