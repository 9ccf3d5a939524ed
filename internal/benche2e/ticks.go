package benche2e

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/lrtkeeper/lrtkeeper/internal/devnet"
	"github.com/lrtkeeper/lrtkeeper/internal/fixed"
)

const (
	// quiet is how long a round keeps collecting sends after its first
	// before the bench mines them: the executor's workers send together.
	quiet = 150 * time.Millisecond
	// extraRounds bounds the blocks a tick may take beyond one per
	// liquidation: room for the executor's back-off (2, 4, … blocks)
	// after a failed attempt.
	extraRounds = 12
	// maxReasons bounds the distinct failure reasons kept.
	maxReasons = 8
	// nudge is how long a round waits for a send before it mines an empty
	// block: the executor drops the targets a block offers while all its
	// workers wait for receipts, and takes them again from the next block,
	// which a real chain brings.
	nudge = 500 * time.Millisecond
)

// TickResult is one timed price update.
type TickResult struct {
	Tick int `json:"tick"`
	// Block carries the price update.
	Block uint64 `json:"block"`
	// Expected positions became liquidatable at this tick; Liquidated of
	// them were mined; Unexpected other positions were sent.
	Expected   int `json:"expected"`
	Liquidated int `json:"liquidated"`
	Unexpected int `json:"unexpected"`
	// Failed counts liquidation_failed lines for expected positions: the
	// daemon backs off and retries them, so the tick goes on.
	Failed int `json:"failed"`
	// Skipped counts liquidation_skipped lines for expected positions;
	// Partial the mined liquidations marked partial; FollowUps the sends
	// for positions an earlier partial liquidation left open.
	Skipped   int `json:"skipped"`
	Partial   int `json:"partial"`
	FollowUps int `json:"follow_ups"`
	// LatencyMs is from the evm_mine of Block to the first
	// liquidation_sent for it.
	LatencyMs float64 `json:"latency_ms"`
	// SentForBlock counts the liquidations sent for Block before the next
	// block: the executor's workers wait for their receipts, so the rest
	// go out after later blocks.
	SentForBlock int `json:"sent_for_block"`
	// Blocks is how many blocks after Block it took to mine every expected
	// liquidation.
	Blocks int `json:"blocks"`

	mineCall time.Duration
}

// tickState follows one tick's liquidations through the daemon's alerts.
type tickState struct {
	TickResult
	minedAt  time.Time
	expected map[common.Address]bool
	want     map[common.Address]bool // expected, not yet mined
	inflight map[string]common.Address
	// followUp holds, across ticks, the positions a partial liquidation
	// left open: later sends for them are not unexpected.
	followUp map[common.Address]bool
	sent     bool
	reasons  []string
	skips    []string
	round    int    // sends seen in the current round
	lastSeen uint64 // the newest block the daemon reported processed
	head     uint64 // the newest block mined

	// the mined liquidations' modes and seized collateral, for Result
	minedByMode map[string]int
	seized      *big.Int
}

// handle applies one followed log event.
func (t *tickState) handle(ev logEvent) error {
	if ev.Message == msgBlock {
		t.lastSeen = max(t.lastSeen, ev.Block)
		return nil
	}
	if ev.Message != msgAlert || ev.Block < t.Block {
		return nil
	}
	switch ev.Alert {
	case alertSent:
		if !t.sent {
			t.sent = true
			t.LatencyMs = ms(ev.At.Sub(t.minedAt))
		}
		if ev.Block == t.Block {
			t.SentForBlock++
		}
		switch {
		case t.expected[ev.Borrower]:
		case t.followUp[ev.Borrower]:
			t.FollowUps++
		default:
			t.Unexpected++
		}
		t.inflight[ev.Tx] = ev.Borrower
		t.round++
	case alertMined:
		b, ok := t.inflight[ev.Tx]
		if !ok {
			return nil
		}
		delete(t.inflight, ev.Tx)
		t.minedByMode[ev.Mode]++
		if v, ok := new(big.Int).SetString(ev.Seized, 10); ok {
			t.seized.Add(t.seized, v)
		}
		// A partial liquidation may leave the position liquidatable;
		// a whole one closes it.
		if ev.Partial {
			t.Partial++
			t.followUp[b] = true
		} else {
			delete(t.followUp, b)
		}
		if t.want[b] {
			delete(t.want, b)
			t.Liquidated++
		}
	case alertSkipped:
		if !t.expected[ev.Borrower] {
			return nil
		}
		t.Skipped++
		if len(t.skips) < maxReasons && !slices.Contains(t.skips, ev.Reason) {
			t.skips = append(t.skips, ev.Reason)
		}
		if ev.Reason == skipGuard {
			return fmt.Errorf("the oracle guard held %s at block %d: the configured price sources disagree with the market oracle",
				ev.Borrower.Hex(), ev.Block)
		}
	case alertFailed:
		// A reverted transaction is no longer in flight; the position
		// stays wanted until a retry is mined.
		delete(t.inflight, ev.Tx)
		if !t.expected[ev.Borrower] {
			return nil
		}
		t.Failed++
		reason := ev.Stage + ": " + ev.Reason
		if len(t.reasons) < maxReasons && !slices.Contains(t.reasons, reason) {
			t.reasons = append(t.reasons, reason)
		}
		if t.Failed > 2*t.Expected+extraRounds {
			return fmt.Errorf("%d failed liquidation attempts, last of %s at block %d (%s)", t.Failed, ev.Borrower.Hex(), ev.Block, reason)
		}
	}
	return nil
}

// allSent reports whether every expected liquidation not yet mined is in
// flight.
func (t *tickState) allSent() bool {
	n := 0
	for _, b := range t.inflight {
		if t.want[b] {
			n++
		}
	}
	return n == len(t.want)
}

// ticks runs the timed price updates.
func (e *env) ticks(ctx context.Context, o *Options, d *devnet.Deployment, deployer *ecdsa.PrivateKey, s *seeded, res *Result) error {
	ps, err := newPriceSender(ctx, e.ec, d, deployer)
	if err != nil {
		return err
	}
	var lat, mineCalls []float64
	seized := new(big.Int)
	followUp := map[common.Address]bool{}
	for k := 1; k <= o.Ticks; k++ {
		tr, err := e.tick(ctx, ps, s, k, followUp)
		if err != nil {
			return fmt.Errorf("tick %d: %w", k, err)
		}
		res.PerTick = append(res.PerTick, tr.TickResult)
		lat = append(lat, tr.LatencyMs)
		mineCalls = append(mineCalls, ms(tr.mineCall))
		res.Liquidations += tr.Liquidated
		res.Unexpected += tr.Unexpected
		res.Failed += tr.Failed
		res.Skipped += tr.Skipped
		res.Partial += tr.Partial
		res.FollowUps += tr.FollowUps
		res.FailureReasons = appendReasons(res.FailureReasons, tr.reasons)
		res.SkipReasons = appendReasons(res.SkipReasons, tr.skips)
		for m, n := range tr.minedByMode {
			res.MinedByMode[m] += n
		}
		seized.Add(seized, tr.seized)
		o.progress("tick %d/%d: block %d, first liquidation sent after %.1fms; %d liquidations mined over %d blocks (%d failed attempts, %d partial)",
			k, o.Ticks, tr.Block, tr.LatencyMs, tr.Liquidated, tr.Blocks, tr.Failed, tr.Partial)
		if err := sleep(ctx, o.Gap); err != nil {
			return err
		}
	}
	res.LatencyMs, res.MineCallMs = stats(lat), stats(mineCalls)
	res.SeizedCollateral = fixed.FormatWad(seized)
	return nil
}

// appendReasons adds the reasons not yet in list, keeping at most
// maxReasons.
func appendReasons(list, reasons []string) []string {
	for _, r := range reasons {
		if len(list) < maxReasons && !slices.Contains(list, r) {
			list = append(list, r)
		}
	}
	return list
}

// tick sends the price update of tick k and mines it, then mines rounds of
// the liquidations the daemon sends until every expected one is mined and
// none is in flight, and waits for the daemon to process the last block.
// followUp carries the positions partial liquidations left open from tick
// to tick.
func (e *env) tick(ctx context.Context, ps *priceSender, s *seeded, k int, followUp map[common.Address]bool) (*tickState, error) {
	t := &tickState{TickResult: TickResult{Tick: k}, expected: map[common.Address]bool{},
		want: map[common.Address]bool{}, inflight: map[string]common.Address{}, followUp: followUp,
		minedByMode: map[string]int{}, seized: new(big.Int)}
	for _, i := range s.plan.byTick[k] {
		t.expected[s.plan.positions[i].owner] = true
		t.want[s.plan.positions[i].owner] = true
	}
	t.Expected = len(t.want)
	hash, err := ps.send(ctx, s.plan.prices[k])
	if err != nil {
		return t, err
	}
	from := e.daemon.mark()
	before := time.Now()
	if t.minedAt, err = mine(ctx, e.ec); err != nil {
		return t, err
	}
	t.mineCall = t.minedAt.Sub(before)
	rcpt, err := e.ec.TransactionReceipt(ctx, hash)
	if err != nil {
		return t, fmt.Errorf("price update %s not mined: %w", hash.Hex(), err)
	}
	if rcpt.Status != 1 {
		return t, fmt.Errorf("price update %s reverted", hash.Hex())
	}
	t.Block = rcpt.BlockNumber.Uint64()
	t.head = t.Block

	for len(t.want) > 0 || len(t.inflight) > 0 {
		if t.Blocks > t.Expected+extraRounds {
			return t, fmt.Errorf("%d of %d liquidations still not mined after %d blocks", len(t.want), t.Expected, t.Blocks)
		}
		if from, err = e.round(ctx, t, from); err != nil {
			return t, err
		}
	}
	_, err = e.caughtUp(ctx, t, from)
	return t, err
}

// caughtUp waits until the daemon has processed the newest block.
func (e *env) caughtUp(ctx context.Context, t *tickState, from int) (int, error) {
	if t.lastSeen >= t.head {
		return from, nil
	}
	return e.daemon.wait(ctx, from, blockTimeout, fmt.Sprintf("block %d to be processed", t.head), func(ev logEvent) error {
		if err := t.handle(ev); err != nil {
			return err
		}
		if t.lastSeen >= t.head {
			return errDone
		}
		return nil
	})
}

// mineNext mines one block once the daemon has processed the last one, as
// on a chain whose blocks are far apart compared with the daemon's work.
func (e *env) mineNext(ctx context.Context, t *tickState, from int) (int, error) {
	from, err := e.caughtUp(ctx, t, from)
	if err != nil {
		return from, err
	}
	if _, err := mine(ctx, e.ec); err != nil {
		return from, err
	}
	t.head++
	t.Blocks++
	return from, nil
}

// round collects the daemon's next liquidations (the first, then for a
// quiet while more), mines them and waits for their liquidation_mined
// lines. Liquidations sent after the mine call stay in flight for the next
// round.
func (e *env) round(ctx context.Context, t *tickState, from int) (int, error) {
	t.round = 0
	var err error
	if len(t.inflight) == 0 {
		if from, err = e.awaitSend(ctx, t, from); err != nil {
			return from, err
		}
		from, err = e.daemon.wait(ctx, from, quiet, "more liquidation_sent lines", func(ev logEvent) error {
			if err := t.handle(ev); err != nil {
				return err
			}
			if t.allSent() {
				return errDone
			}
			return nil
		})
		if err != nil && !errors.Is(err, errTimeout) {
			return from, err
		}
	}
	batch := make([]string, 0, len(t.inflight))
	for tx := range t.inflight {
		batch = append(batch, tx)
	}
	pending := func() bool {
		for _, tx := range batch {
			if _, ok := t.inflight[tx]; ok {
				return true
			}
		}
		return false
	}
	for attempt := 1; ; attempt++ {
		if from, err = e.mineNext(ctx, t, from); err != nil {
			return from, err
		}
		from, err = e.daemon.wait(ctx, from, mineTimeout, "liquidation_mined lines", func(ev logEvent) error {
			if err := t.handle(ev); err != nil {
				return err
			}
			if !pending() {
				return errDone
			}
			return nil
		})
		if err == nil || !errors.Is(err, errTimeout) || attempt == mineAttempts {
			return from, err
		}
	}
}

// awaitSend waits for the next liquidation_sent line, mining an empty block
// each time nudge passes without one.
func (e *env) awaitSend(ctx context.Context, t *tickState, from int) (int, error) {
	for waited := time.Duration(0); waited < sendTimeout; waited += nudge {
		var err error
		from, err = e.daemon.wait(ctx, from, nudge, "liquidation_sent lines", func(ev logEvent) error {
			if err := t.handle(ev); err != nil {
				return err
			}
			if t.round > 0 || t.allSent() {
				return errDone
			}
			return nil
		})
		if err == nil || !errors.Is(err, errTimeout) {
			return from, err
		}
		if from, err = e.mineNext(ctx, t, from); err != nil {
			return from, err
		}
	}
	return from, fmt.Errorf("%w: no liquidation_sent line for %s (%d of %d expected mined, %d blocks after %d; skip reasons %v)",
		errTimeout, sendTimeout, t.Liquidated, t.Expected, t.Blocks, t.Block, t.skips)
}
