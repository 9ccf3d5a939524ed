// Package onchain publishes the daemon's risk values to a RiskOracle contract
// (the shape of Chaos Labs' Edge RiskOracle) through the transaction manager.
//
// A value is published when nothing was ever published for its
// (updateType, market), when it moved beyond the deviation threshold of its
// type (see Deviates), or when the heartbeat expired: Value.Time − the
// on-chain timestamp of the last update ≥ heartbeat. The values due in one
// batch go out in one transaction (publishRiskParameterUpdate for one value,
// publishBulkRiskParameterUpdates for more, at most maxValuesPerTx). A value
// whose transaction fails stays due and is retried with the next batch.
// Every update carries newValue =
// abi.encode(int256 value) and additionalData = abi.encode(uint64 block,
// uint64 blockTimestamp) of the block the value was computed at.
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/lrtkeeper/lrtkeeper/contracts/bindings/riskoracle"
	"github.com/lrtkeeper/lrtkeeper/internal/mailbox"
	"github.com/lrtkeeper/lrtkeeper/internal/txmgr"
)

// Label is the txmgr label of publishing transactions.
const Label = "risk_oracle"

// maxValuesPerTx caps the values of one transaction (a RiskOracle update
// costs about 1M gas). Values beyond it stay due and go with the next batch.
const maxValuesPerTx = 16

// callTimeout bounds each eth_call that loads the last published update.
const callTimeout = 10 * time.Second

// Sender sends a transaction and returns its receipt; *txmgr.Manager
// satisfies it. A mined but reverted transaction is an error.
type Sender interface {
	From() common.Address
	Send(ctx context.Context, c txmgr.Candidate) (*types.Receipt, error)
}

// Reader makes the eth_calls that load the last published updates.
// *ethclient.Client and the simulated client satisfy it.
type Reader interface {
	ethereum.ContractCaller
}

var _ Sender = (*txmgr.Manager)(nil)

// ErrAlreadyRunning is returned by Run when another Run of the same Publisher
// has not returned.
var ErrAlreadyRunning = errors.New("onchain: publisher already running")

// series names one RiskOracle series.
type series struct {
	updateType string
	market     common.Address
}

// lastUpdate is what is known of the latest on-chain update of a series.
type lastUpdate struct {
	published bool     // false: the series has no update yet
	value     *big.Int // nil when the stored newValue does not decode
	time      uint64   // on-chain timestamp of the update
}

// batchOutcome describes the handling of one batch (for tests).
type batchOutcome struct {
	due     int            // values selected for publishing
	sent    bool           // a transaction was attempted
	receipt *types.Receipt // the receipt Send returned, if any
	err     error          // the send error, nil on success
}

// Publisher publishes risk values to a RiskOracle. Offer hands it batches;
// Run publishes them.
type Publisher struct {
	log          zerolog.Logger
	sender       Sender
	reader       Reader
	oracle       common.Address
	deviationBps uint64
	heartbeat    uint64 // seconds; 0 disables the heartbeat
	metrics      Metricer
	binding      *riskoracle.RiskOracle

	mailbox *mailbox.Mailbox[[]Value]
	running atomic.Bool

	// DrainTimeout is how long, once Run's context ends, a risk update
	// already sent is followed to its receipt; zero abandons it at once
	// (the transaction manager's journal keeps it for the next start).
	DrainTimeout time.Duration

	// last is owned by the goroutine in Run.
	last map[series]lastUpdate

	// batchDone, if set, is called by Run after each batch.
	batchDone func(batchOutcome)
}

// New builds a Publisher that sends to the RiskOracle at riskOracle.
// deviationBps is the deviation threshold in basis points (see Deviates);
// heartbeat is the longest time an unchanged value goes unpublished (rounded
// up to whole seconds; 0 or less disables it). m may be nil. New makes no
// network calls.
func New(log zerolog.Logger, sender Sender, reader Reader, riskOracle common.Address, deviationBps uint64, heartbeat time.Duration, m Metricer) *Publisher {
	if m == nil {
		m = NoopMetrics{}
	}
	var hb uint64
	if heartbeat > 0 {
		hb = uint64((heartbeat + time.Second - 1) / time.Second)
	}
	lc := log.With().Str("component", "risk_oracle").Stringer("oracle", riskOracle)
	if sender != nil {
		lc = lc.Stringer("from", sender.From())
	}
	return &Publisher{
		log:          lc.Logger(),
		sender:       sender,
		reader:       reader,
		oracle:       riskOracle,
		deviationBps: deviationBps,
		heartbeat:    hb,
		metrics:      m,
		binding:      riskoracle.NewRiskOracle(),
		mailbox:      mailbox.New[[]Value](),
		last:         map[series]lastUpdate{},
	}
}

// Offer hands a batch of values to Run, replacing a batch that Run has not
// taken yet. It copies values and never blocks.
func (p *Publisher) Offer(values []Value) {
	batch := make([]Value, len(values))
	for k, v := range values {
		batch[k] = v.clone()
	}
	p.mailbox.Offer(batch)
}

// Run publishes offered batches until ctx ends, then returns nil. The first
// time it sees a series it loads that series' latest update from the chain,
// so a restart does not publish unchanged values again.
func (p *Publisher) Run(ctx context.Context) error {
	if p.sender == nil || p.reader == nil {
		return errors.New("onchain: publisher needs a sender and a reader")
	}
	if !p.running.CompareAndSwap(false, true) {
		return ErrAlreadyRunning
	}
	defer p.running.Store(false)
	// Sends outlive ctx by up to DrainTimeout, so an update in flight at
	// the stop is seen mined instead of left pending.
	sendCtx, cancelSends := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelSends()
	stopDrain := context.AfterFunc(ctx, func() { time.AfterFunc(p.DrainTimeout, cancelSends) })
	defer stopDrain()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-p.mailbox.C():
			batch, ok := p.mailbox.Take()
			if !ok || ctx.Err() != nil {
				continue // stopping: the Done case returns next
			}
			out := p.process(sendCtx, batch)
			if p.batchDone != nil {
				p.batchDone(out)
			}
		}
	}
}

// process publishes the values of batch that are due.
func (p *Publisher) process(ctx context.Context, batch []Value) batchOutcome {
	due := p.selectDue(ctx, p.normalize(batch))
	if len(due) == 0 || ctx.Err() != nil {
		return batchOutcome{}
	}
	if len(due) > maxValuesPerTx {
		p.log.Info().Int("due", len(due)).Int("sending", maxValuesPerTx).Msg("deferring risk values to the next batch")
		due = due[:maxValuesPerTx]
	}
	receipt, err := p.send(ctx, due)
	if err != nil {
		if ctx.Err() != nil {
			// Shutting down: the values stay due for the next run.
			return batchOutcome{due: len(due), sent: true, receipt: receipt, err: err}
		}
		p.metrics.Failed()
		p.log.Warn().Err(err).Int("values", len(due)).Msg("failed to publish risk values")
		return batchOutcome{due: len(due), sent: true, receipt: receipt, err: err}
	}
	p.record(due, receipt)
	return batchOutcome{due: len(due), sent: true, receipt: receipt}
}

// normalize drops values that cannot be published and keeps only the last
// value of each series, in batch order.
func (p *Publisher) normalize(batch []Value) []Value {
	index := make(map[series]int, len(batch))
	out := make([]Value, 0, len(batch))
	for _, v := range batch {
		if v.UpdateType == "" {
			p.log.Warn().Stringer("market", v.Market).Msg("dropping risk value without update type")
			continue
		}
		if _, err := EncodeValue(v.Value); err != nil {
			p.log.Warn().Err(err).Str("type", v.UpdateType).Stringer("market", v.Market).
				Msg("dropping risk value that does not fit int256")
			continue
		}
		s := series{v.UpdateType, v.Market}
		if k, ok := index[s]; ok {
			out[k] = v
			continue
		}
		index[s] = len(out)
		out = append(out, v)
	}
	return out
}

// selectDue returns the values that must be published. Series whose last
// update cannot be loaded are skipped; the load is retried with the next
// batch.
func (p *Publisher) selectDue(ctx context.Context, values []Value) []Value {
	var due []Value
	for _, v := range values {
		s := series{v.UpdateType, v.Market}
		last, ok := p.last[s]
		if !ok {
			var err error
			last, err = p.load(ctx, s)
			if err != nil {
				if ctx.Err() == nil {
					p.log.Warn().Err(err).Str("type", s.updateType).Stringer("market", s.market).
						Msg("failed to load last risk update")
				}
				continue
			}
			p.last[s] = last
		}
		if reason := p.dueReason(v, last); reason != "" {
			p.log.Debug().Str("type", v.UpdateType).Stringer("market", v.Market).Str("reason", reason).
				Stringer("value", v.Value).Msg("risk value due")
			due = append(due, v)
		}
	}
	return due
}

// dueReason says why v must be published, or "" if it need not be.
func (p *Publisher) dueReason(v Value, last lastUpdate) string {
	switch {
	case !last.published:
		return "first"
	case last.value == nil:
		return "undecodable"
	case Deviates(v.UpdateType, last.value, v.Value, p.deviationBps):
		return "deviation"
	case p.heartbeat > 0 && v.Time >= last.time && v.Time-last.time >= p.heartbeat:
		return "heartbeat"
	default:
		return ""
	}
}

// load reads the latest on-chain update of s.
func (p *Publisher) load(ctx context.Context, s series) (lastUpdate, error) {
	data, err := p.binding.TryPackLatestUpdateId(s.updateType, s.market)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("pack latestUpdateId: %w", err)
	}
	out, err := p.call(ctx, data)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("call latestUpdateId: %w", err)
	}
	id, err := p.binding.UnpackLatestUpdateId(out)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("unpack latestUpdateId: %w", err)
	}
	if id.Sign() == 0 {
		return lastUpdate{}, nil
	}
	// Ids only grow, so the series has an update from here on.
	data, err = p.binding.TryPackGetLatestUpdateByParameterAndMarket(s.updateType, s.market)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("pack getLatestUpdateByParameterAndMarket: %w", err)
	}
	out, err = p.call(ctx, data)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("call getLatestUpdateByParameterAndMarket: %w", err)
	}
	u, err := p.binding.UnpackGetLatestUpdateByParameterAndMarket(out)
	if err != nil {
		return lastUpdate{}, fmt.Errorf("unpack getLatestUpdateByParameterAndMarket: %w", err)
	}
	last := lastUpdate{published: true, time: ^uint64(0)}
	if u.Timestamp != nil && u.Timestamp.IsUint64() {
		last.time = u.Timestamp.Uint64()
	}
	if v, err := DecodeValue(u.NewValue); err == nil {
		last.value = v
	} else {
		p.log.Debug().Err(err).Str("type", s.updateType).Stringer("market", s.market).
			Msg("last risk update does not decode, republishing")
	}
	p.log.Debug().Str("type", s.updateType).Stringer("market", s.market).Stringer("update_id", u.UpdateId).
		Uint64("timestamp", last.time).Msg("loaded last risk update")
	return last, nil
}

func (p *Publisher) call(ctx context.Context, data []byte) ([]byte, error) {
	cctx, cancel := context.WithTimeout(ctx, callTimeout)
	defer cancel()
	to := p.oracle
	return p.reader.CallContract(cctx, ethereum.CallMsg{From: p.sender.From(), To: &to, Data: data}, nil)
}

// send publishes values in one transaction.
func (p *Publisher) send(ctx context.Context, values []Value) (*types.Receipt, error) {
	data, err := p.calldata(values)
	if err != nil {
		return nil, err
	}
	to := p.oracle
	receipt, err := p.sender.Send(ctx, txmgr.Candidate{
		To:    &to,
		Data:  data,
		Label: Label,
		OnSent: func(tx *types.Transaction) {
			p.log.Debug().Stringer("tx", tx.Hash()).Uint64("nonce", tx.Nonce()).Int("values", len(values)).
				Msg("risk update tx sent")
		},
	})
	if err != nil {
		return receipt, err
	}
	if receipt != nil && receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("%w: %s", txmgr.ErrReverted, receipt.TxHash)
	}
	return receipt, nil
}

// calldata packs publishRiskParameterUpdate for one value and
// publishBulkRiskParameterUpdates for more.
func (p *Publisher) calldata(values []Value) ([]byte, error) {
	n := len(values)
	refs := make([]string, n)
	newValues := make([][]byte, n)
	updateTypes := make([]string, n)
	markets := make([]common.Address, n)
	extra := make([][]byte, n)
	for k, v := range values {
		enc, err := EncodeValue(v.Value)
		if err != nil {
			return nil, err
		}
		refs[k], newValues[k], updateTypes[k], markets[k] = v.Reference, enc, v.UpdateType, v.Market
		extra[k] = EncodeAdditionalData(v.Block, v.Time)
	}
	var (
		data []byte
		err  error
	)
	if n == 1 {
		data, err = p.binding.TryPackPublishRiskParameterUpdate(refs[0], newValues[0], updateTypes[0], markets[0], extra[0])
	} else {
		data, err = p.binding.TryPackPublishBulkRiskParameterUpdates(refs, newValues, updateTypes, markets, extra)
	}
	if err != nil {
		return nil, fmt.Errorf("pack risk update: %w", err)
	}
	return data, nil
}

// record remembers values as the latest published ones. Their time is the
// on-chain timestamp, read from the receipt's ParameterUpdated events;
// without one it falls back to the values' own block time.
func (p *Publisher) record(values []Value, receipt *types.Receipt) {
	chainTime, haveChainTime := p.receiptTime(receipt)
	counts := map[string]int{}
	for _, v := range values {
		t := v.Time
		if haveChainTime {
			t = chainTime
		}
		p.last[series{v.UpdateType, v.Market}] = lastUpdate{published: true, value: new(big.Int).Set(v.Value), time: t}
		counts[v.UpdateType]++
	}
	for typ, n := range counts {
		p.metrics.Published(typ, n)
	}
	ev := p.log.Info().Int("values", len(values))
	if receipt != nil {
		ev = ev.Stringer("tx", receipt.TxHash).Stringer("block", receipt.BlockNumber)
	}
	ev.Msg("published risk values")
}

// receiptTime returns the block timestamp of the first ParameterUpdated event
// of the oracle in receipt.
func (p *Publisher) receiptTime(receipt *types.Receipt) (uint64, bool) {
	if receipt == nil {
		return 0, false
	}
	for _, l := range receipt.Logs {
		if l == nil || l.Address != p.oracle {
			continue
		}
		ev, err := p.binding.UnpackParameterUpdatedEvent(l)
		if err != nil || ev.Timestamp == nil || !ev.Timestamp.IsUint64() {
			continue
		}
		return ev.Timestamp.Uint64(), true
	}
	return 0, false
}
