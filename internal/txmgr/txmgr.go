// Package txmgr is the daemon's one transaction manager. Every transaction the
// keeper sends goes through Manager.Send, which simulates it, owns the account
// nonce, prices EIP-1559 fees, records each signed attempt in a Journal before
// broadcasting it (publicly or to a private endpoint), bumps stuck
// transactions, cancels hopeless ones and waits for confirmations.
// Manager.Resume picks up what a previous process left in flight.
package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
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
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// balanceReader is an optional Backend method, used to explain an
// "insufficient funds" refusal.
type balanceReader interface {
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
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
	// the node may not hold it yet; it is re-sent until mined or timed out).
	// Fee bumps and a cancellation replace it under the same nonce; the
	// receipt names the one that was mined.
	OnSent func(tx *types.Transaction)
	// Key names what the transaction acts on, e.g. "<market>|<borrower>".
	// While a transaction with the same non-empty Key is in flight (a Send
	// running, or one resumed by Resume), Send returns ErrAlreadyInFlight.
	// The Key is free again when that Send returns, even on a timeout with
	// the tx still pending (its record stays pending for the next Resume).
	Key string
	// MaxCost caps fee cap × gas limit (wei) of every attempt, so that a
	// liquidation never pays more gas than its expected profit; nil means no
	// cap beyond Config.FeeLimitMultiplier.
	MaxCost *big.Int
	// ErrorABIs decode custom errors of this call's reverts, searched before
	// Config.ErrorABIs.
	ErrorABIs []*abi.ABI
	// ResendIfNonceTaken lets the manager re-send the call once at a new
	// nonce when its nonce was used by a transaction it cannot find (another
	// sender with the same key), if it still simulates. Only for calls
	// whose repetition the chain itself refuses or keeps harmless (a
	// liquidation: the position and the executor's profit floor decide): a
	// node slow to index receipts can hide that our own tx took the nonce,
	// and a deleverage repeated would sell the owner's collateral twice.
	ResendIfNonceTaken bool
}

const (
	// maxFirstPublishAttempts bounds how often a first send is retried with a
	// re-fetched nonce after a nonce-related rejection.
	maxFirstPublishAttempts = 3
	// nonceConsumedStrikes is how many resubmit rounds must see the nonce used
	// on chain without a receipt for any of our hashes before Send gives up.
	nonceConsumedStrikes = 2
	// maxUnderpricedRetries bounds the extra bumps of one resubmit round
	// after "replacement underpriced" answers.
	maxUnderpricedRetries = 3
	// cancelGas is the gas of a zero-value self-transfer.
	cancelGas    = 21000
	defaultLabel = "unlabelled"
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
	journal Journal        // nil: nothing recorded
	private *privateClient // nil: public sending only
	gate    Gate           // nil: every broadcast goes ahead

	closed atomic.Bool

	nonceMu    sync.Mutex
	nonce      uint64 // next nonce to use, valid when nonceValid
	nonceValid bool

	keysMu sync.Mutex
	keys   map[string]struct{} // Candidate.Keys in flight

	slots      chan struct{} // nil: unlimited
	inFlightMu sync.Mutex
	inFlight   int

	trackers sync.WaitGroup // transactions tracked in the background
	// bg bounds background tracking; Close cancels it.
	bg       context.Context
	bgCancel context.CancelFunc
}

// Option configures a Manager beyond Config.
type Option func(*Manager)

// WithJournal records every transaction in j before it is broadcast, and
// lets Resume pick up the ones still pending after a restart.
func WithJournal(j Journal) Option {
	return func(m *Manager) { m.journal = j }
}

// New builds a Manager. It makes no network calls. m may be nil (no metrics).
func New(log zerolog.Logger, backend Backend, key *ecdsa.PrivateKey, chainID *big.Int, cfg Config, m Metricer, opts ...Option) (*Manager, error) {
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
	cfg.ErrorABIs = slices.Clone(cfg.ErrorABIs)
	if m == nil {
		m = NoopMetrics{}
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	mgr := &Manager{
		log:     log.With().Str("component", "txmgr").Stringer("from", from).Logger(),
		backend: backend,
		key:     key,
		from:    from,
		signer:  types.LatestSignerForChainID(new(big.Int).Set(chainID)),
		cfg:     cfg,
		metrics: m,
		keys:    map[string]struct{}{},
	}
	mgr.bg, mgr.bgCancel = context.WithCancel(context.Background())
	if cfg.MaxInFlight > 0 {
		mgr.slots = make(chan struct{}, cfg.MaxInFlight)
	}
	if cfg.Private.Enabled() {
		p, err := newPrivateClient(cfg.Private, key)
		if err != nil {
			return nil, err
		}
		mgr.private = p
	}
	for _, o := range opts {
		o(mgr)
	}
	return mgr, nil
}

// From returns the address transactions are sent from.
func (m *Manager) From() common.Address { return m.from }

// Close makes later Sends fail with ErrClosed and stops the background
// tracking of transactions that outlived their Send. Sends already in
// flight run to their end. Close is idempotent and never blocks.
func (m *Manager) Close() {
	m.closed.Store(true)
	m.bgCancel()
	if m.private != nil {
		m.private.close()
	}
}

// Wait blocks until the transactions Resume tracks in the background are
// confirmed, given up, or their context ended.
func (m *Manager) Wait() {
	m.trackers.Wait()
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

	records     map[common.Hash]*Record // journal records by hash
	cappedSince time.Time               // first round whose bump hit the limit
	cancels     map[common.Hash]bool    // hashes of cancellations
	cancelWhy   string                  // set once a cancellation is out
	recovered   bool                    // re-sent once after its nonce was taken
	head        uint64                  // latest block number seen
	sentHead    uint64                  // head when the nonce was first sent
	bumpHead    uint64                  // head at the latest bump (ResubmitBlocks)
	public      bool                    // broadcast through the public node
	refused     error                   // the Gate refused a broadcast: the Send ends with it
}

func (m *Manager) newSendState(c Candidate, label string) *sendState {
	return &sendState{
		label:   label,
		cand:    c,
		records: map[common.Hash]*Record{},
		cancels: map[common.Hash]bool{},
		public:  m.private == nil,
		log:     m.log.With().Str("label", label).Logger(),
	}
}

// Send simulates c, signs and publishes it, bumps its fees while it is not
// mined, and returns its receipt once it has Config.NumConfirmations
// confirmations. If the transaction was mined but reverted, Send returns the
// receipt and an error wrapping ErrReverted. The whole call is bounded by
// Config.SendTimeout; on that deadline the error wraps ErrSendTimeout and
// context.DeadlineExceeded. Other errors wrap ErrSimulationReverted,
// ErrCancelled, ErrAlreadyInFlight, ErrDryRun, ErrInsufficientFunds,
// ErrCostLimit, ErrJournal, ErrNonceConsumed or ErrNotLeader (see WithGate).
func (m *Manager) Send(ctx context.Context, c Candidate) (*types.Receipt, error) {
	if m.closed.Load() {
		return nil, ErrClosed
	}
	label := c.Label
	if label == "" {
		label = defaultLabel
	}
	handedOff := false
	if c.Key != "" {
		if !m.holdKey(c.Key) {
			m.metrics.TxNotSent(label, NotSentAlreadyInFlight)
			return nil, fmt.Errorf("key %q: %w", c.Key, ErrAlreadyInFlight)
		}
		defer func() {
			if !handedOff {
				m.releaseKey(c.Key)
			}
		}()
	}
	sendCtx, cancel := context.WithTimeoutCause(ctx, m.cfg.SendTimeout, ErrSendTimeout)
	defer cancel()
	release, err := m.acquireSlot(sendCtx)
	if err != nil {
		return nil, m.failure(sendCtx, "failed to get an in-flight slot", err)
	}
	defer release()

	st, err := m.prepare(sendCtx, c, label)
	if err != nil {
		return nil, err
	}
	if err := m.publishNew(sendCtx, st); err != nil {
		return nil, err
	}
	if c.OnSent != nil {
		c.OnSent(st.txs[0])
	}
	r, err := m.waitConfirmed(sendCtx, st)
	if err != nil && c.Key != "" && ctx.Err() == nil && errors.Is(context.Cause(sendCtx), ErrSendTimeout) {
		// Out of time, but the tx may still be mined: it stays in flight
		// under its key until it settles, so the caller cannot send the
		// same action twice meanwhile.
		handedOff = true
		m.trackLate(st, c.Key)
	}
	return r, err
}

// trackLate follows a tx whose Send timed out, holding its key, until it is
// confirmed, another SendTimeout passes or the manager closes.
func (m *Manager) trackLate(st *sendState, key string) {
	m.trackers.Add(1)
	go func() {
		defer m.trackers.Done()
		defer m.releaseKey(key)
		tctx, cancel := context.WithTimeoutCause(m.bg, m.cfg.SendTimeout, ErrSendTimeout)
		defer cancel()
		if _, err := m.waitConfirmed(tctx, st); err != nil {
			st.log.Warn().Err(err).Msg("late tx ended")
		}
	}()
}

// prepare simulates c, sets its gas limit and prices its first attempt.
func (m *Manager) prepare(ctx context.Context, c Candidate, label string) (*sendState, error) {
	if m.cfg.Simulate || m.cfg.DryRun {
		if err := m.simulate(ctx, c, label); err != nil {
			return nil, err
		}
	}
	st := m.newSendState(c, label)
	st.gasLimit = c.GasLimit
	if st.gasLimit == 0 {
		var err error
		st.gasLimit, err = m.estimateGas(ctx, c)
		if err != nil {
			m.metrics.TxPublished(label, OutcomeEstimateFailed)
			return nil, m.failure(ctx, "failed to estimate gas", err)
		}
	}
	if m.cfg.DryRun {
		ev := m.log.Info().Str("label", label).Uint64("gas", st.gasLimit)
		if c.To != nil {
			ev = ev.Stringer("to", c.To)
		} else {
			ev = ev.Str("to", "contract creation")
		}
		ev.Msg("dry run: not sent")
		m.metrics.TxNotSent(label, NotSentDryRun)
		return nil, fmt.Errorf("%s with gas limit %d: %w", label, st.gasLimit, ErrDryRun)
	}
	if err := m.price(ctx, st); err != nil {
		return nil, err
	}
	return st, nil
}

// price sets the fees of a first attempt and the fee cap limit of st.
func (m *Manager) price(ctx context.Context, st *sendState) error {
	marketTip, head, err := m.marketFees(ctx)
	if err != nil {
		return m.failure(ctx, "failed to fetch fees", err)
	}
	st.head = head.Number.Uint64()
	tip, feeCap := initialFees(marketTip, m.cfg.MinTipCap, head.BaseFee)
	limit := new(big.Int).Mul(feeCap, new(big.Int).SetUint64(m.cfg.FeeLimitMultiplier))
	if mc := st.cand.MaxCost; mc != nil {
		costCap := new(big.Int).Quo(mc, new(big.Int).SetUint64(st.gasLimit))
		if costCap.Cmp(head.BaseFee) < 0 {
			m.metrics.TxNotSent(st.label, NotSentCostLimit)
			return fmt.Errorf("%w: max cost %s wei / gas limit %d = %s wei per gas, base fee %s", ErrCostLimit, mc, st.gasLimit, costCap, head.BaseFee)
		}
		feeCap = bigMin(feeCap, costCap)
		tip = bigMin(tip, feeCap)
		limit = bigMin(limit, costCap)
	}
	st.tip, st.feeCap, st.limit = tip, feeCap, limit
	return nil
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return new(big.Int).Set(b)
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

// marketFees returns the node's suggested tip and the latest header, which
// has a base fee.
func (m *Manager) marketFees(ctx context.Context) (tip *big.Int, head *types.Header, err error) {
	tctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	tip, err = m.backend.SuggestGasTipCap(tctx)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch tip suggestion: %w", err)
	}
	hctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	head, err = m.backend.HeaderByNumber(hctx, nil)
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("failed to fetch latest header: %w", err)
	}
	if head.BaseFee == nil {
		return nil, nil, errors.New("latest header has no base fee (pre-London chain)")
	}
	return tip, head, nil
}

// publishNew sends the first attempt of st at the next nonce, retrying with a
// fresh nonce after a nonce-related rejection, and with fresh fees after a
// fee-related one (the base fee may have risen since st was priced).
func (m *Manager) publishNew(ctx context.Context, st *sendState) error {
	for attempt := 1; ; attempt++ {
		retry, err := m.publishFirst(ctx, st)
		if err == nil {
			return nil
		}
		if retry == retryNone || attempt >= maxFirstPublishAttempts || ctx.Err() != nil {
			return m.failure(ctx, "failed to publish tx", err)
		}
		if retry == retryReprice {
			if perr := m.price(ctx, st); perr != nil {
				return errors.Join(m.failure(ctx, "failed to publish tx", err), perr)
			}
		}
	}
}

// How a refused first attempt may be retried.
type retryKind int

const (
	retryNone    retryKind = iota
	retryNonce             // with a fresh nonce
	retryReprice           // with fresh fees
)

// publishFirst assigns the next nonce to st, signs and sends its first
// transaction. The nonce lock is held across the send so concurrent Sends get
// consecutive nonces. retry says whether a fresh nonce or fresh fees may fix
// a refusal.
func (m *Manager) publishFirst(ctx context.Context, st *sendState) (retry retryKind, err error) {
	m.nonceMu.Lock()
	defer m.nonceMu.Unlock()
	if !m.nonceValid {
		nctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		n, err := m.backend.PendingNonceAt(nctx, m.from)
		cancel()
		if err != nil {
			return retryNone, fmt.Errorf("failed to fetch pending nonce: %w", err)
		}
		m.nonce, m.nonceValid = n, true
		m.log.Debug().Uint64("nonce", n).Msg("nonce fetched")
	}
	st.nonce = m.nonce
	st.log = m.sendLogger(st.label, st.nonce)
	tx, err := m.sign(st, st.tip, st.feeCap, false)
	if err != nil {
		return retryNone, err
	}
	if err := m.record(ctx, st, tx, false); err != nil {
		return retryNone, err
	}
	st.sentHead = st.head
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
		m.settle(ctx, st, tx.Hash(), StatusDropped)
		switch outcome {
		case OutcomeNonceTooLow, OutcomeNonceTooHigh, OutcomeReplacementUnderpriced:
			return retryNonce, err
		case OutcomeFeeCapTooLow, OutcomeUnderpriced:
			return retryReprice, err
		case OutcomeInsufficientFunds:
			return retryNone, m.insufficientFunds(ctx, st, tx, err)
		}
		return retryNone, err
	}
	if st.start.IsZero() {
		st.start = time.Now()
	}
	st.txs = append(st.txs, tx)
	m.txLogger(st, tx).Info().Uint64("gas_limit", st.gasLimit).Bool("private", !st.public).Msg("tx sent")
	return retryNone, nil
}

// insufficientFunds explains a refusal for lack of funds: what the
// transaction needs and, if the backend can tell, what the account holds.
func (m *Manager) insufficientFunds(ctx context.Context, st *sendState, tx *types.Transaction, err error) error {
	need := new(big.Int).Mul(tx.GasFeeCap(), new(big.Int).SetUint64(tx.Gas()))
	need.Add(need, tx.Value())
	have := "unknown"
	if br, ok := m.backend.(balanceReader); ok {
		bctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		if bal, berr := br.BalanceAt(bctx, m.from, nil); berr == nil {
			have = bal.String()
		}
		cancel()
	}
	return fmt.Errorf("%w: account %s needs %s wei (gas limit %d × fee cap %s + value %s), balance %s wei: %w",
		ErrInsufficientFunds, m.from, need, tx.Gas(), tx.GasFeeCap(), tx.Value(), have, err)
}

// sign signs an attempt at st.nonce: the candidate, or a cancellation (a
// zero-value self-transfer).
func (m *Manager) sign(st *sendState, tip, feeCap *big.Int, cancel bool) (*types.Transaction, error) {
	inner := &types.DynamicFeeTx{
		ChainID:   m.signer.ChainID(),
		Nonce:     st.nonce,
		GasTipCap: new(big.Int).Set(tip),
		GasFeeCap: new(big.Int).Set(feeCap),
		Gas:       st.gasLimit,
		To:        st.cand.To,
		Value:     st.cand.Value,
		Data:      st.cand.Data,
	}
	if cancel {
		to := m.from
		inner.Gas, inner.To, inner.Value, inner.Data = cancelGas, &to, nil, nil
	}
	if inner.Value == nil {
		inner.Value = new(big.Int)
	}
	tx, err := types.SignNewTx(m.key, m.signer, inner)
	if err != nil {
		m.metrics.TxPublished(st.label, OutcomeSignFailed)
		return nil, fmt.Errorf("failed to sign tx: %w", err)
	}
	return tx, nil
}

// publish sends tx and records the outcome. An already-known transaction is
// not an error for the caller to log, the others are logged here.
func (m *Manager) publish(ctx context.Context, st *sendState, tx *types.Transaction) (string, error) {
	if err := m.checkGate(ctx, st); err != nil {
		if errors.Is(err, ErrNotLeader) {
			m.metrics.TxNotSent(st.label, NotSentNotLeader)
		}
		return outcomeNotLeader, err
	}
	err := m.broadcast(ctx, st, tx)
	outcome := classifySendError(err)
	m.metrics.TxPublished(st.label, outcome)
	if err != nil && outcome != OutcomeAlreadyKnown {
		m.txLogger(st, tx).Warn().Err(err).Str("outcome", outcome).Msg("tx publish failed")
	}
	return outcome, err
}

// republish is publish for a later attempt at a nonce already in use by st
// (a bump, cancel or re-send). "Nonce too low" then means an attempt was
// mined meanwhile: a race with the block, not a nonce problem, so it is
// neither counted nor logged above debug; the receipt poll finds the tx.
func (m *Manager) republish(ctx context.Context, st *sendState, tx *types.Transaction) (string, error) {
	if err := m.checkGate(ctx, st); err != nil {
		return outcomeNotLeader, err
	}
	err := m.broadcast(ctx, st, tx)
	outcome := classifySendError(err)
	if outcome == OutcomeNonceTooLow {
		m.txLogger(st, tx).Debug().Err(err).Msg("tx re-send moot: nonce already used")
		return outcome, err
	}
	m.metrics.TxPublished(st.label, outcome)
	if err != nil && outcome != OutcomeAlreadyKnown {
		m.txLogger(st, tx).Warn().Err(err).Str("outcome", outcome).Msg("tx publish failed")
	}
	return outcome, err
}

// broadcast hands tx to the private endpoint and, once st falls back to it
// (or without a private endpoint), to the public node, whose answer then
// decides.
func (m *Manager) broadcast(ctx context.Context, st *sendState, tx *types.Transaction) error {
	var privErr error
	if m.private != nil {
		pctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
		privErr = m.private.submit(pctx, tx, st.head+1)
		cancel()
		switch {
		case privErr == nil && !st.public:
			return nil
		case privErr != nil && !st.public:
			// A refusing or unreachable endpoint must not stop every send:
			// the tx goes out publicly instead, as after FallbackBlocks.
			st.public = true
			m.txLogger(st, tx).Warn().Err(privErr).Str("endpoint", m.private.host).
				Msg("private submission failed: sending publicly")
		case privErr != nil:
			st.log.Debug().Err(privErr).Msg("private submission failed")
		}
	}
	sctx, cancel := context.WithTimeout(ctx, m.cfg.NetworkTimeout)
	defer cancel()
	pubErr := m.backend.SendTransaction(sctx, tx)
	if m.private != nil && privErr == nil && pubErr != nil {
		// The endpoint holds this very transaction: the node's refusal
		// ("nonce too low" once the endpoint's block is mined, "already
		// known") is about it, not a taken nonce. Re-sent at another nonce
		// the call would run twice; its receipt settles it instead.
		st.log.Debug().Err(pubErr).Str("tx", tx.Hash().Hex()).Msg("public copy refused: the private endpoint has it")
		return nil
	}
	return pubErr
}

// resetNonce forgets the cached nonce so the next Send re-fetches it.
func (m *Manager) resetNonce() {
	m.nonceMu.Lock()
	m.nonceValid = false
	m.nonceMu.Unlock()
}

// sendLogger is the logger of one nonce's transactions. With a private
// endpoint it names the endpoint's host, never its URL.
func (m *Manager) sendLogger(label string, nonce uint64) zerolog.Logger {
	c := m.log.With().Str("label", label).Uint64("nonce", nonce)
	if m.private != nil {
		c = c.Str("endpoint", m.private.host)
	}
	return c.Logger()
}

func (m *Manager) txLogger(st *sendState, tx *types.Transaction) *zerolog.Logger {
	l := st.log.With().
		Stringer("tx", tx.Hash()).
		Stringer("tip_cap", tx.GasTipCap()).
		Stringer("fee_cap", tx.GasFeeCap()).
		Logger()
	return &l
}
