package onchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"
	"github.com/stretchr/testify/require"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoraclefeed"
	"github.com/lrtkeeper/lrtkeeper/internal/chain"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

var (
	ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	token = common.HexToAddress("0xbf5495Efe5DB9ce00f80364C8B423567e58d2110") // ezETH
)

func testLogger(t *testing.T) zerolog.Logger {
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel)
}

func txConfig() txmgr.Config {
	return txmgr.Config{
		NumConfirmations:     1,
		ReceiptQueryInterval: 10 * time.Millisecond,
		ResubmitInterval:     5 * time.Second,
		NetworkTimeout:       2 * time.Second,
		SendTimeout:          15 * time.Second,
		FeeBumpPct:           10,
		FeeLimitMultiplier:   10,
		MinTipCap:            big.NewInt(1_000_000_000),
	}
}

// world is a simulated chain with a RiskOracle and a RiskOracleFeed for
// (riskAdjustedPrice, token), and a goroutine that commits blocks.
type world struct {
	t       *testing.T
	sim     *simulated.Backend
	client  chain.Client
	owner   sender
	keeper  sender
	oracle  common.Address
	feed    common.Address
	adjust  chan adjustReq
	stopped chan struct{}
	wg      sync.WaitGroup
	// sending is held for reading by every send of owner and keeper and
	// for writing by advance, so the clock never moves while a send is in
	// flight.
	sending sync.RWMutex
}

// sender is a tx manager whose Send holds the world's sending lock for
// reading from its first call until it returns (after its receipt).
type sender struct {
	m       *txmgr.Manager
	sending *sync.RWMutex
}

func (s sender) From() common.Address { return s.m.From() }

func (s sender) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	s.sending.RLock()
	defer s.sending.RUnlock()
	return s.m.Send(ctx, c)
}

type adjustReq struct {
	by   time.Duration
	done chan error
}

func newWorld(t *testing.T, authoriseKeeper bool) *world {
	t.Helper()
	ownerKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	keeperKey, err := crypto.GenerateKey()
	require.NoError(t, err)
	funds := new(big.Int).Mul(ether, big.NewInt(1000))
	sim := simulated.NewBackend(types.GenesisAlloc{
		crypto.PubkeyToAddress(ownerKey.PublicKey):  {Balance: funds},
		crypto.PubkeyToAddress(keeperKey.PublicKey): {Balance: funds},
	})
	t.Cleanup(func() { require.NoError(t, sim.Close()) })
	client, err := chain.FromSimulated(sim.Client())
	require.NoError(t, err)
	w := &world{t: t, sim: sim, client: client, adjust: make(chan adjustReq), stopped: make(chan struct{})}

	chainID, err := client.ChainID(t.Context())
	require.NoError(t, err)
	w.owner = w.manager(ownerKey, chainID)
	w.keeper = w.manager(keeperKey, chainID)

	// Estimates against the genesis head come out short: move past it first.
	sim.Commit()
	w.startMining(10 * time.Millisecond)
	t.Cleanup(w.stopMining) // runs before sim.Close

	senders := []common.Address{w.owner.From()}
	if authoriseKeeper {
		senders = append(senders, w.keeper.From())
	}
	ro := riskoracle.NewRiskOracle()
	w.oracle = w.deploy(riskoracle.RiskOracleMetaData.Bin, ro.PackConstructor("lrtkeeper risk oracle", senders))
	feed := riskoraclefeed.NewRiskOracleFeed()
	w.feed = w.deploy(riskoraclefeed.RiskOracleFeedMetaData.Bin,
		feed.PackConstructor(w.oracle, TypeRiskAdjustedPrice, token, 18, "ezETH / ETH risk-adjusted"))
	return w
}

func (w *world) manager(key *ecdsa.PrivateKey, chainID *big.Int) sender {
	w.t.Helper()
	m, err := txmgr.New(testLogger(w.t), w.client, key, chainID, txConfig(), nil)
	require.NoError(w.t, err)
	return sender{m: m, sending: &w.sending}
}

func (w *world) deploy(bin string, args []byte) common.Address {
	w.t.Helper()
	code := append(common.FromHex(bin), args...)
	r, err := w.owner.Send(w.t.Context(), txmgr.Candidate{Data: code, Label: "deploy"})
	require.NoError(w.t, err)
	require.Equal(w.t, types.ReceiptStatusSuccessful, r.Status)
	return r.ContractAddress
}

// startMining commits a block every interval; time adjustments go through
// the same goroutine, because the simulated beacon is not safe for
// concurrent sealing.
func (w *world) startMining(every time.Duration) {
	w.wg.Go(func() {
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-w.stopped:
				return
			case req := <-w.adjust:
				req.done <- w.adjustTime(req.by)
			case <-tick.C:
				w.sim.Commit()
			}
		}
	})
}

func (w *world) stopMining() {
	close(w.stopped)
	w.wg.Wait()
}

// advance moves chain time forward by d with an empty block. It holds
// sending, so it waits for any send in flight to return (with its receipt)
// and no send starts until the clock has moved.
func (w *world) advance(d time.Duration) {
	w.t.Helper()
	w.sending.Lock()
	defer w.sending.Unlock()
	done := make(chan error, 1)
	w.adjust <- adjustReq{by: d, done: done}
	require.NoError(w.t, <-done)
}

// adjustTime runs on the mining goroutine for advance: it seals an empty
// block d after the head.
//
// AdjustTime refuses to seal while the tx pool lists a pending transaction,
// and the pool drops a mined transaction only in its head reset, which runs
// on a background goroutine after the block is committed. The tick that
// mined the last send's transaction can therefore leave the pool listing it
// after its receipt is out. Commit first syncs the pool (TxPool.Sync waits
// for that reset), then seals. With no send in flight and every receipt
// seen, nothing is really pending: Commit seals an empty block, the pool
// lists nothing, and AdjustTime goes ahead. A transaction in that block
// outlived its send (for instance a send that gave up before its receipt);
// that is reported, never dropped or mined under a moved clock.
func (w *world) adjustTime(d time.Duration) error {
	ctx := w.t.Context()
	prev, err := w.sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("failed to read the head: %w", err)
	}
	hash := w.sim.Commit()
	if hash == prev.Hash() {
		return fmt.Errorf("failed to seal a block on %d", prev.Number)
	}
	n, err := w.sim.Client().TransactionCount(ctx, hash)
	if err != nil {
		return fmt.Errorf("failed to count the transactions of %s: %w", hash, err)
	}
	if n != 0 {
		return fmt.Errorf("%d transactions were pending with no send in flight (block %s)", n, hash)
	}
	return w.sim.AdjustTime(d)
}

func (w *world) head() *types.Header {
	w.t.Helper()
	h, err := w.client.HeaderByNumber(w.t.Context(), nil)
	require.NoError(w.t, err)
	return h
}

func (w *world) call(to common.Address, data []byte) []byte {
	w.t.Helper()
	out, err := w.client.CallContract(w.t.Context(), ethereum.CallMsg{To: &to, Data: data}, nil)
	require.NoError(w.t, err)
	return out
}

func (w *world) latest(updateType string, market common.Address) riskoracle.RiskOracleRiskParameterUpdate {
	w.t.Helper()
	ro := riskoracle.NewRiskOracle()
	u, err := ro.UnpackGetLatestUpdateByParameterAndMarket(
		w.call(w.oracle, ro.PackGetLatestUpdateByParameterAndMarket(updateType, market)))
	require.NoError(w.t, err)
	return u
}

func (w *world) updateCounter() uint64 {
	w.t.Helper()
	ro := riskoracle.NewRiskOracle()
	n, err := ro.UnpackUpdateCounter(w.call(w.oracle, ro.PackUpdateCounter()))
	require.NoError(w.t, err)
	return n.Uint64()
}

func (w *world) roundData() riskoraclefeed.LatestRoundDataOutput {
	w.t.Helper()
	f := riskoraclefeed.NewRiskOracleFeed()
	out, err := f.UnpackLatestRoundData(w.call(w.feed, f.PackLatestRoundData()))
	require.NoError(w.t, err)
	return out
}

func (w *world) blockTime(n *big.Int) uint64 {
	w.t.Helper()
	h, err := w.client.HeaderByNumber(w.t.Context(), n)
	require.NoError(w.t, err)
	return h.Time
}

func (w *world) selector(r *types.Receipt) string {
	w.t.Helper()
	tx, _, err := w.client.TransactionByHash(w.t.Context(), r.TxHash)
	require.NoError(w.t, err)
	parsed := riskoracle.NewRiskOracle().GetABI()
	m, err := parsed.MethodById(tx.Data())
	require.NoError(w.t, err)
	return m.Name
}

// recMetrics records what the publisher reports.
type recMetrics struct {
	mu        sync.Mutex
	published map[string]int
	failed    int
}

func newRecMetrics() *recMetrics { return &recMetrics{published: map[string]int{}} }

func (m *recMetrics) Published(updateType string, n int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.published[updateType] += n
}

func (m *recMetrics) Failed() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.failed++
}

func (m *recMetrics) snapshot() (map[string]int, int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make(map[string]int, len(m.published))
	for k, v := range m.published {
		out[k] = v
	}
	return out, m.failed
}

// running is a Publisher whose Run goroutine reports each batch.
type running struct {
	t       *testing.T
	p       *Publisher
	metrics *recMetrics
	results chan batchOutcome
	stop    func()
}

func startPublisher(t *testing.T, sender Sender, reader Reader, oracle common.Address, deviationBps uint64, heartbeat time.Duration) *running {
	t.Helper()
	r := &running{t: t, metrics: newRecMetrics(), results: make(chan batchOutcome, 16)}
	r.p = New(testLogger(t), sender, reader, oracle, deviationBps, heartbeat, r.metrics)
	r.p.batchDone = func(o batchOutcome) { r.results <- o }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.p.Run(ctx) }()
	var once sync.Once
	r.stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				require.NoError(t, err)
			case <-time.After(20 * time.Second):
				t.Error("Run did not return after cancel")
			}
		})
	}
	t.Cleanup(r.stop)
	return r
}

// offer hands values to the publisher and waits for that batch's outcome.
func (r *running) offer(values ...Value) batchOutcome {
	r.t.Helper()
	r.p.Offer(values)
	select {
	case o := <-r.results:
		return o
	case <-time.After(30 * time.Second):
		r.t.Fatal("batch not processed")
		return batchOutcome{}
	}
}

func wadFrac(num, den int64) *big.Int {
	v := new(big.Int).Mul(ether, big.NewInt(num))
	return v.Quo(v, big.NewInt(den))
}

// values builds the three values of token at the current head.
func (w *world) values(price, depeg, score *big.Int) []Value {
	h := w.head()
	ref := "ezETH@block " + h.Number.String()
	mk := func(typ string, v *big.Int) Value {
		return Value{UpdateType: typ, Market: token, Value: v, Reference: ref, Block: h.Number.Uint64(), Time: h.Time}
	}
	return []Value{mk(TypeRiskAdjustedPrice, price), mk(TypeDepegBps, depeg), mk(TypeRiskScore, score)}
}

func events(t *testing.T, r *types.Receipt) []*riskoracle.RiskOracleParameterUpdated {
	t.Helper()
	ro := riskoracle.NewRiskOracle()
	var out []*riskoracle.RiskOracleParameterUpdated
	for _, l := range r.Logs {
		ev, err := ro.UnpackParameterUpdatedEvent(l)
		if errors.Is(err, bind.ErrEventSignatureMismatch) {
			continue
		}
		require.NoError(t, err)
		out = append(out, ev)
	}
	return out
}

func TestPublisherOnSimulatedChain(t *testing.T) {
	t.Parallel()
	w := newWorld(t, true)
	const deviationBps = 50 // 0.5% of the price, 50 bps of depeg
	heartbeat := time.Hour
	pub := startPublisher(t, w.keeper, w.client, w.oracle, deviationBps, heartbeat)

	price := wadFrac(1050, 1000)                     // 1.05
	depeg := new(big.Int).Mul(big.NewInt(20), ether) // 20 bps
	score := big.NewInt(30)                          // points
	hashOf := func(s string) common.Hash { return crypto.Keccak256Hash([]byte(s)) }

	// 1. First batch: all three values in one bulk transaction.
	batch := w.values(price, depeg, score)
	o := pub.offer(batch...)
	require.NoError(t, o.err)
	require.Equal(t, 3, o.due)
	require.Equal(t, types.ReceiptStatusSuccessful, o.receipt.Status)
	require.Equal(t, "publishBulkRiskParameterUpdates", w.selector(o.receipt))
	evs := events(t, o.receipt)
	require.Len(t, evs, 3)
	minedAt := w.blockTime(o.receipt.BlockNumber)
	for k, ev := range evs {
		require.Equal(t, hashOf(batch[k].UpdateType), ev.UpdateType)
		require.Equal(t, token, ev.Market)
		require.Equal(t, batch[k].Reference, ev.ReferenceId)
		v, err := DecodeValue(ev.NewValue)
		require.NoError(t, err)
		require.Equal(t, 0, v.Cmp(batch[k].Value))
		require.Empty(t, ev.PreviousValue)
		require.Equal(t, minedAt, ev.Timestamp.Uint64())
		require.Equal(t, uint64(k+1), ev.UpdateId.Uint64())
		blk, ts, err := DecodeAdditionalData(ev.AdditionalData)
		require.NoError(t, err)
		require.Equal(t, batch[k].Block, blk)
		require.Equal(t, batch[k].Time, ts)

		u := w.latest(batch[k].UpdateType, token)
		got, err := DecodeValue(u.NewValue)
		require.NoError(t, err)
		require.Equal(t, 0, got.Cmp(batch[k].Value))
		require.Equal(t, minedAt, u.Timestamp.Uint64())
	}
	published, failed := pub.metrics.snapshot()
	require.Equal(t, map[string]int{TypeRiskAdjustedPrice: 1, TypeDepegBps: 1, TypeRiskScore: 1}, published)
	require.Zero(t, failed)

	rd := w.roundData()
	require.Equal(t, 0, rd.Answer.Cmp(price))
	require.Equal(t, uint64(1), rd.RoundId.Uint64(), "roundId is the price update's updateId")
	require.Equal(t, minedAt, rd.UpdatedAt.Uint64(), "updatedAt is the publishing block's time")
	require.Equal(t, minedAt, rd.StartedAt.Uint64())
	require.Equal(t, rd.RoundId, rd.AnsweredInRound)

	// 2. Small moves, all under their thresholds: nothing is sent.
	o = pub.offer(w.values(
		wadFrac(1052, 1000),                     // +0.19%
		new(big.Int).Mul(big.NewInt(60), ether), // +40 bps
		big.NewInt(34),                          // +4 points
	)...)
	require.Zero(t, o.due)
	require.False(t, o.sent)
	require.Equal(t, uint64(3), w.updateCounter())

	// 3. A big price move publishes only the price, with the single-value call.
	newPrice := wadFrac(1020, 1000) // −2.9%
	o = pub.offer(w.values(newPrice, depeg, score)...)
	require.NoError(t, o.err)
	require.Equal(t, 1, o.due)
	require.Equal(t, "publishRiskParameterUpdate", w.selector(o.receipt))
	evs = events(t, o.receipt)
	require.Len(t, evs, 1)
	require.Equal(t, hashOf(TypeRiskAdjustedPrice), evs[0].UpdateType)
	require.Equal(t, uint64(4), evs[0].UpdateId.Uint64())
	prev, err := DecodeValue(evs[0].PreviousValue)
	require.NoError(t, err)
	require.Equal(t, 0, prev.Cmp(price))
	require.Equal(t, uint64(4), w.updateCounter())

	rd = w.roundData()
	require.Equal(t, 0, rd.Answer.Cmp(newPrice))
	require.Equal(t, uint64(4), rd.RoundId.Uint64())
	require.Equal(t, w.blockTime(o.receipt.BlockNumber), rd.UpdatedAt.Uint64())

	// 4. The heartbeat expires: unchanged values are published again.
	w.advance(heartbeat)
	o = pub.offer(w.values(newPrice, depeg, score)...)
	require.NoError(t, o.err)
	require.Equal(t, 3, o.due)
	require.Len(t, events(t, o.receipt), 3)
	require.Equal(t, uint64(7), w.updateCounter())
	rd = w.roundData()
	require.Equal(t, 0, rd.Answer.Cmp(newPrice))
	require.Equal(t, w.blockTime(o.receipt.BlockNumber), rd.UpdatedAt.Uint64())
	// ... and not again right after.
	o = pub.offer(w.values(newPrice, depeg, score)...)
	require.Zero(t, o.due)

	published, failed = pub.metrics.snapshot()
	require.Equal(t, map[string]int{TypeRiskAdjustedPrice: 3, TypeDepegBps: 2, TypeRiskScore: 2}, published)
	require.Zero(t, failed)
	pub.stop()

	// 5. A restart loads the last updates from the chain: unchanged values
	// stay unpublished, a moved one goes out alone.
	pub2 := startPublisher(t, w.keeper, w.client, w.oracle, deviationBps, heartbeat)
	o = pub2.offer(w.values(newPrice, depeg, score)...)
	require.Zero(t, o.due)
	require.Equal(t, uint64(7), w.updateCounter())

	bigDepeg := new(big.Int).Mul(big.NewInt(120), ether) // +100 bps
	o = pub2.offer(w.values(newPrice, bigDepeg, score)...)
	require.NoError(t, o.err)
	require.Equal(t, 1, o.due)
	evs = events(t, o.receipt)
	require.Len(t, evs, 1)
	require.Equal(t, hashOf(TypeDepegBps), evs[0].UpdateType)
	require.Equal(t, uint64(8), w.updateCounter())
	published, _ = pub2.metrics.snapshot()
	require.Equal(t, map[string]int{TypeDepegBps: 1}, published)
}

// fixedGas sends with a fixed gas limit, so a reverting call is mined.
type fixedGas struct{ Sender }

func (f fixedGas) Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error) {
	c.GasLimit = 8_000_000
	return f.Sender.Send(ctx, c)
}

func TestUnauthorisedSenderRetriesOnceAuthorised(t *testing.T) {
	t.Parallel()
	w := newWorld(t, false)
	pub := startPublisher(t, w.keeper, w.client, w.oracle, 50, time.Hour)
	price, depeg, score := wadFrac(1, 1), big.NewInt(0), big.NewInt(10)

	// The gas estimate reverts.
	o := pub.offer(w.values(price, depeg, score)...)
	require.Error(t, o.err)
	require.Equal(t, 3, o.due)
	_, failed := pub.metrics.snapshot()
	require.Equal(t, 1, failed)
	require.Zero(t, w.updateCounter())
	pub.stop()

	// A mined revert is a failure too.
	pub = startPublisher(t, fixedGas{w.keeper}, w.client, w.oracle, 50, time.Hour)
	o = pub.offer(w.values(price, depeg, score)...)
	require.ErrorIs(t, o.err, txmgr.ErrReverted)
	require.NotNil(t, o.receipt)
	require.Equal(t, types.ReceiptStatusFailed, o.receipt.Status)
	published, failed := pub.metrics.snapshot()
	require.Equal(t, 1, failed)
	require.Empty(t, published)

	// Once authorised, the same values are still due and go out.
	ro := riskoracle.NewRiskOracle()
	r, err := w.owner.Send(t.Context(), txmgr.Candidate{To: &w.oracle, Data: ro.PackAddAuthorizedSender(w.keeper.From()), Label: "admin"})
	require.NoError(t, err)
	require.Equal(t, types.ReceiptStatusSuccessful, r.Status)

	o = pub.offer(w.values(price, depeg, score)...)
	require.NoError(t, o.err)
	require.Equal(t, 3, o.due)
	require.Len(t, events(t, o.receipt), 3)
	require.Equal(t, uint64(3), w.updateCounter())
	published, failed = pub.metrics.snapshot()
	require.Equal(t, map[string]int{TypeRiskAdjustedPrice: 1, TypeDepegBps: 1, TypeRiskScore: 1}, published)
	require.Equal(t, 1, failed)
	rd := w.roundData()
	require.Equal(t, 0, rd.Answer.Cmp(price))
}
