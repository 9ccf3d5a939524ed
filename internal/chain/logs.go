package chain

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
)

// LogFilterer is what the log fetcher needs from a node.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Clock is the fetcher's time source: Now for progress rates, After for the
// back-off between retries. Tests inject a fake one.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time                         { return time.Now() }
func (systemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// BackfillMetrics receives the progress of a Fetch: blocks done out of total
// and the average rate since the Fetch began.
type BackfillMetrics interface {
	BackfillProgress(done, total uint64, blocksPerSecond float64)
}

// NoopBackfillMetrics discards the progress.
type NoopBackfillMetrics struct{}

// BackfillProgress does nothing.
func (NoopBackfillMetrics) BackfillProgress(uint64, uint64, float64) {}

// ErrLogRangeTooLarge means the node refused an eth_getLogs block range as too
// wide or its answer as too large, even at the fetcher's minimum range.
var ErrLogRangeTooLarge = errors.New("node refused the log range as too large")

// LogFetcherConfig tunes a LogFetcher. Start from DefaultLogFetcherConfig;
// Check validates it.
type LogFetcherConfig struct {
	// InitialRange is the number of blocks per eth_getLogs request at start.
	InitialRange uint64
	// MinRange is the smallest range tried. A refusal at this range fails the
	// Fetch.
	MinRange uint64
	// MaxRange is the largest range ever requested.
	MaxRange uint64
	// GrowAfter is how many consecutive accepted requests double the range.
	GrowAfter int
	// MaxRetries is how often one range is retried after a transient error
	// (a dropped connection, HTTP 5xx, a rate limit, "header not found").
	// 0 fails at the first one.
	MaxRetries int
	// RetryBase is the first back-off; each further retry doubles it, up to
	// RetryMax.
	RetryBase time.Duration
	RetryMax  time.Duration
	// ProgressEvery is the period of the progress log line and metrics.
	ProgressEvery time.Duration
}

// DefaultLogFetcherConfig returns settings that suit the public Ethereum
// providers: 10k blocks is what geth-based nodes and most paid plans accept
// when the filter is narrow.
func DefaultLogFetcherConfig() LogFetcherConfig {
	return LogFetcherConfig{
		InitialRange:  10_000,
		MinRange:      1,
		MaxRange:      100_000,
		GrowAfter:     3,
		MaxRetries:    5,
		RetryBase:     200 * time.Millisecond,
		RetryMax:      5 * time.Second,
		ProgressEvery: 5 * time.Second,
	}
}

// Check reports every invalid field of c, naming the field.
func (c *LogFetcherConfig) Check() error {
	var errs []error
	for _, r := range []struct {
		name string
		v    uint64
	}{{"InitialRange", c.InitialRange}, {"MinRange", c.MinRange}, {"MaxRange", c.MaxRange}} {
		if r.v == 0 {
			errs = append(errs, fmt.Errorf("%s must be at least 1 block", r.name))
		}
	}
	if c.MinRange > c.MaxRange {
		errs = append(errs, fmt.Errorf("MinRange (%d) larger than MaxRange (%d)", c.MinRange, c.MaxRange))
	}
	if c.InitialRange != 0 && c.MinRange <= c.MaxRange && (c.InitialRange < c.MinRange || c.InitialRange > c.MaxRange) {
		errs = append(errs, fmt.Errorf("InitialRange (%d) outside [MinRange, MaxRange] = [%d, %d]", c.InitialRange, c.MinRange, c.MaxRange))
	}
	if c.GrowAfter < 1 {
		errs = append(errs, fmt.Errorf("GrowAfter must be at least 1, got %d", c.GrowAfter))
	}
	if c.MaxRetries < 0 {
		errs = append(errs, fmt.Errorf("MaxRetries must not be negative, got %d", c.MaxRetries))
	}
	for _, d := range []struct {
		name string
		d    time.Duration
	}{{"RetryBase", c.RetryBase}, {"RetryMax", c.RetryMax}, {"ProgressEvery", c.ProgressEvery}} {
		if d.d <= 0 {
			errs = append(errs, fmt.Errorf("%s must be positive, got %s", d.name, d.d))
		}
	}
	if c.RetryBase > 0 && c.RetryMax > 0 && c.RetryMax < c.RetryBase {
		errs = append(errs, fmt.Errorf("RetryMax (%s) shorter than RetryBase (%s)", c.RetryMax, c.RetryBase))
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("invalid log fetcher config: %w", errors.Join(errs...))
}

// LogFetcherOption changes an optional part of a LogFetcher.
type LogFetcherOption func(*LogFetcher)

// WithLogFetcherClock sets the time source; nil keeps the system clock.
func WithLogFetcherClock(c Clock) LogFetcherOption {
	return func(f *LogFetcher) {
		if c != nil {
			f.clock = c
		}
	}
}

// WithBackfillMetrics sets where progress goes; nil discards it.
func WithBackfillMetrics(m BackfillMetrics) LogFetcherOption {
	return func(f *LogFetcher) {
		if m != nil {
			f.metrics = m
		}
	}
}

// LogFetcher reads logs over long block ranges in chunks whose size adapts to
// what the node accepts: a refused range is halved (or set to the range the
// node suggests), and GrowAfter accepted chunks in a row double it again. The
// learned range carries over from one Fetch to the next.
type LogFetcher struct {
	client  LogFilterer
	cfg     LogFetcherConfig
	cfgErr  error
	log     zerolog.Logger
	clock   Clock
	metrics BackfillMetrics

	mu     sync.Mutex // held for a whole Fetch; guards streak
	streak int        // accepted chunks in a row since the range last changed
	rng    atomic.Uint64
}

// NewLogFetcher builds a fetcher. cfg should pass Check; if it does not, every
// Fetch returns the Check error.
func NewLogFetcher(client LogFilterer, cfg LogFetcherConfig, log zerolog.Logger, opts ...LogFetcherOption) *LogFetcher {
	f := &LogFetcher{
		client:  client,
		cfg:     cfg,
		cfgErr:  cfg.Check(),
		log:     log.With().Str("component", "log_fetcher").Logger(),
		clock:   systemClock{},
		metrics: NoopBackfillMetrics{},
	}
	f.rng.Store(cfg.InitialRange)
	for _, o := range opts {
		o(f)
	}
	return f
}

// Range is the number of blocks the next request will ask for. It is safe to
// call during a Fetch.
func (f *LogFetcher) Range() uint64 { return f.rng.Load() }

// Fetch calls fn with the logs matching q's Addresses and Topics in every
// block of [from, to], chunk by chunk in ascending block order: fn gets each
// chunk's block range, even when it holds no logs, and the chunk's logs in
// the node's order (block, then log index). Every block is covered exactly
// once. q's FromBlock and ToBlock are ignored; a BlockHash is an error.
// An error from fn stops the Fetch and is returned wrapped. from > to does
// nothing. Fetch calls on one LogFetcher run one at a time.
func (f *LogFetcher) Fetch(ctx context.Context, q ethereum.FilterQuery, from, to uint64, fn func(from, to uint64, logs []types.Log) error) error {
	if f.cfgErr != nil {
		return f.cfgErr
	}
	if q.BlockHash != nil {
		return errors.New("log fetch needs a block range, the query pins a block hash")
	}
	if from > to {
		return nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()

	p := f.startProgress(from, to)
	for start := from; ; {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("get logs of blocks [%d, %d]: %w", start, to, err)
		}
		end := chunkEnd(start, to, f.Range())
		logs, tooLarge, err := f.getLogs(ctx, q, start, end)
		if tooLarge {
			if err := f.shrink(start, end, err); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		if err := fn(start, end, logs); err != nil {
			return fmt.Errorf("handle logs of blocks [%d, %d]: %w", start, end, err)
		}
		f.accepted()
		p.advance(end, len(logs))
		if end == to {
			p.finish()
			return nil
		}
		start = end + 1
	}
}

// chunkEnd is the last block of the chunk of rng blocks that starts at start,
// cut at to.
func chunkEnd(start, to, rng uint64) uint64 {
	if to-start < rng {
		return to
	}
	return start + rng - 1
}

// getLogs reads the logs of [start, end], retrying transient errors with
// back-off. The bool reports that the node refused the range; the error is
// then the node's, unwrapped.
func (f *LogFetcher) getLogs(ctx context.Context, q ethereum.FilterQuery, start, end uint64) ([]types.Log, bool, error) {
	q.FromBlock = new(big.Int).SetUint64(start)
	q.ToBlock = new(big.Int).SetUint64(end)
	for attempt := 0; ; attempt++ {
		logs, err := f.client.FilterLogs(ctx, q)
		if err == nil {
			return logs, false, nil
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, false, fmt.Errorf("get logs of blocks [%d, %d]: %w", start, end, ctxErr)
		}
		if IsLogRangeRefusal(err) {
			return nil, true, err
		}
		if attempt >= f.cfg.MaxRetries {
			return nil, false, fmt.Errorf("get logs of blocks [%d, %d]: giving up after %d attempts: %w", start, end, attempt+1, err)
		}
		wait := f.backoff(attempt)
		f.log.Warn().Err(err).Uint64("from", start).Uint64("to", end).
			Int("attempt", attempt+1).Dur("backoff", wait).Msg("get logs failed, retrying")
		select {
		case <-ctx.Done():
			return nil, false, fmt.Errorf("get logs of blocks [%d, %d]: %w", start, end, ctx.Err())
		case <-f.clock.After(wait):
		}
	}
}

// backoff is the wait before retry attempt+1: RetryBase doubled attempt
// times, at most RetryMax.
func (f *LogFetcher) backoff(attempt int) time.Duration {
	d := f.cfg.RetryBase
	for range attempt {
		if d >= f.cfg.RetryMax/2 {
			return f.cfg.RetryMax
		}
		d *= 2
	}
	return min(d, f.cfg.RetryMax)
}

// shrink lowers the range after the node refused [start, end] with cause: to
// the range the node suggests if it names one, else to half the refused span,
// never below MinRange. A refused span of MinRange or less is an error.
func (f *LogFetcher) shrink(start, end uint64, cause error) error {
	span := end - start + 1
	if span <= f.cfg.MinRange {
		return fmt.Errorf("get logs of blocks [%d, %d]: %w at minimum range %d: %w",
			start, end, ErrLogRangeTooLarge, f.cfg.MinRange, cause)
	}
	next, hinted := suggestedLogRange(cause.Error(), start, end)
	if !hinted {
		next = span / 2
	}
	next = max(next, f.cfg.MinRange)
	f.rng.Store(next)
	f.streak = 0
	f.log.Debug().Err(cause).Uint64("from", start).Uint64("to", end).
		Uint64("range", next).Bool("suggested", hinted).Msg("log range refused, shrinking")
	return nil
}

// accepted counts an accepted chunk and doubles the range after GrowAfter in
// a row.
func (f *LogFetcher) accepted() {
	f.streak++
	cur := f.Range()
	if f.streak < f.cfg.GrowAfter || cur >= f.cfg.MaxRange {
		return
	}
	next := f.cfg.MaxRange
	if cur < f.cfg.MaxRange/2 {
		next = cur * 2
	}
	f.rng.Store(next)
	f.streak = 0
	f.log.Debug().Uint64("range", next).Msg("log range grown")
}

// logRangeRefusals are lower-case fragments of the errors nodes and providers
// return for an eth_getLogs range that is too wide or whose answer is too
// large, with who says it. Messages are matched as substrings because they
// carry numbers and hints, and error codes are no guide: -32005 is also a
// rate limit, -32602 also a malformed filter.
var logRangeRefusals = []struct{ fragment, source string }{
	// Infura, Polygon zkEVM, Nethermind-style nodes (-32005):
	// "query returned more than 10000 results. Try with this block range [0xCB3D, 0x7B737]."
	{"query returned more than", "infura"},
	// Alchemy (-32602): "Log response size exceeded. You can make eth_getLogs requests with
	// up to a 2K block range and no limit on the response size, or you can request any block
	// range with a cap of 10K logs in the response. Based on your parameters and the response
	// size limit, this block range should work: [0x0, 0x133e71]"
	{"log response size exceeded", "alchemy"},
	// Alchemy free tier (-32600): "Under the Free tier plan, you can make eth_getLogs requests
	// with up to a 10 block range. Based on your parameters, this block range should work: [...]"
	{"eth_getlogs requests with up to a", "alchemy"},
	// Alchemy (-32000): "Query timeout exceeded. Consider reducing your block range. ..."
	{"reducing your block range", "alchemy"},
	// geth with --rpc.rangelimit (-32602): "exceed maximum block range 5";
	// BSC and PublicNode: "exceed maximum block range: 5000".
	{"exceed maximum block range", "geth, bsc, publicnode"},
	// reth and the Base public endpoint: "query exceeds max block range 2000".
	{"exceeds max block range", "reth, base"},
	// reth, LlamaRPC, Ankr: "query exceeds max results 20000, retry with the range 24383075-24383096".
	{"exceeds max results", "reth, llamarpc, ankr"},
	// Besu (-32005): "Requested range exceeds maximum RPC range limit".
	{"exceeds maximum rpc range limit", "besu"},
	// QuickNode (-32614): "eth_getLogs is limited to a 10,000 range",
	// "eth_getLogs and eth_newFilter are limited to a 10,000 blocks range".
	{"limited to a", "quicknode"},
	// Ankr, Frontier chains (Moonbeam): "block range is too wide (maximum 10)".
	{"block range is too wide", "ankr, frontier"},
	// SimplyVC: "too wide blocks range, the limit is 100".
	{"too wide blocks range", "simplyvc"},
	// Base (-32614, HTTP 413): "block range too large"; Optimism: "Block range is too large".
	{"block range too large", "base"},
	{"block range is too large", "optimism"},
	// Avalanche coreth, dRPC: "requested too many blocks from 0 to 16777216, maximum is set to 2048".
	{"requested too many blocks", "avalanche, drpc"},
	// Arbitrum Nitro: "logs matched by query exceeds limit of 10000".
	{"logs matched by query exceeds limit", "arbitrum"},
	// op proxyd on Optimism and Base (-32020, HTTP 500): "backend response too large".
	{"backend response too large", "optimism, base"},
	// 1RPC, NodeReal (-32000): "response size should not greater than 2097152 bytes".
	{"response size should not greater than", "1rpc, nodereal"},
	// BSC and Ankr (-32005): "limit exceeded"; Chainstack: "Block range limit exceeded".
	// Rate limits also say "limit exceeded"; logRateLimits keeps them out.
	{"limit exceeded", "bsc, ankr, chainstack"},
}

// logRateLimits are lower-case fragments of rate-limit errors, which are
// transient whatever else they say: Infura (-32005) "daily request count
// exceeded, request rate limited", Alchemy (429) "Your app has exceeded its
// compute units per second capacity", and the many "rate limit exceeded" and
// "Too Many Requests".
var logRateLimits = []string{"rate limit", "too many requests", "request rate", "compute units", "capacity"}

// IsLogRangeRefusal reports whether err is a node refusing an eth_getLogs
// request because its block range is too wide or its answer too large (see
// logRangeRefusals), as opposed to a transient failure worth retrying as is.
// HTTP 429 and rate-limit messages are never refusals.
func IsLogRangeRefusal(err error) bool {
	if err == nil {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && httpErr.StatusCode == 429 {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, r := range logRateLimits {
		if strings.Contains(msg, r) {
			return false
		}
	}
	for _, r := range logRangeRefusals {
		if strings.Contains(msg, r.fragment) {
			return true
		}
	}
	return false
}

var (
	// hexRangeHint is the range Infura ("Try with this block range [0x1, 0x2].")
	// and Alchemy ("this block range should work: [0x1, 0x2]") suggest.
	hexRangeHint = regexp.MustCompile(`\[\s*0x([0-9a-fA-F]+)\s*,\s*0x([0-9a-fA-F]+)\s*\]`)
	// decRangeHint is the range reth suggests: "retry with the range 100-120".
	decRangeHint = regexp.MustCompile(`retry with the range (\d+)-(\d+)`)
)

// suggestedLogRange returns the size of the range a refusal of [start, end]
// suggests, if it suggests one that starts at start and is shorter.
func suggestedLogRange(msg string, start, end uint64) (uint64, bool) {
	for _, h := range []struct {
		re   *regexp.Regexp
		base int
	}{{hexRangeHint, 16}, {decRangeHint, 10}} {
		m := h.re.FindStringSubmatch(msg)
		if m == nil {
			continue
		}
		from, err1 := strconv.ParseUint(m[1], h.base, 64)
		to, err2 := strconv.ParseUint(m[2], h.base, 64)
		if err1 != nil || err2 != nil || from != start || to < from || to >= end {
			return 0, false
		}
		return to - from + 1, true
	}
	return 0, false
}

// progress tracks one Fetch for the periodic progress report.
type progress struct {
	f              *LogFetcher
	from, to       uint64
	at             uint64 // last block delivered
	logs           int
	began, lastLog time.Time
}

func (f *LogFetcher) startProgress(from, to uint64) *progress {
	now := f.clock.Now()
	return &progress{f: f, from: from, to: to, began: now, lastLog: now}
}

// advance records that every block up to at was delivered, and reports once
// ProgressEvery has passed since the last report.
func (p *progress) advance(at uint64, logs int) {
	p.at, p.logs = at, p.logs+logs
	now := p.f.clock.Now()
	if now.Sub(p.lastLog) < p.f.cfg.ProgressEvery {
		return
	}
	p.lastLog = now
	done, total, rate := p.rate(now)
	p.f.metrics.BackfillProgress(done, total, rate)
	ev := p.f.log.Info().Uint64("from", p.from).Uint64("to", p.to).Uint64("at", at).
		Float64("blocks_per_s", rate).Uint64("range", p.f.Range()).Int("logs", p.logs)
	if rate > 0 {
		ev = ev.Dur("eta", etaOf(total-done, rate))
	}
	ev.Msg("backfill progress")
}

// finish reports the completed Fetch to the metrics and the debug log.
func (p *progress) finish() {
	now := p.f.clock.Now()
	done, total, rate := p.rate(now)
	p.f.metrics.BackfillProgress(done, total, rate)
	p.f.log.Debug().Uint64("from", p.from).Uint64("to", p.to).Int("logs", p.logs).
		Dur("elapsed", now.Sub(p.began)).Float64("blocks_per_s", rate).Msg("backfill done")
}

// etaOf is how long left blocks take at rate blocks per second, capped at the
// longest time.Duration.
func etaOf(left uint64, rate float64) time.Duration {
	ns := float64(left) / rate * float64(time.Second)
	if ns >= math.MaxInt64 {
		return math.MaxInt64
	}
	return time.Duration(ns)
}

// rate returns the blocks delivered, the blocks asked for, and the average
// blocks per second since the Fetch began (0 before any time passed).
func (p *progress) rate(now time.Time) (done, total uint64, perSecond float64) {
	done, total = p.at-p.from+1, p.to-p.from+1
	if s := now.Sub(p.began).Seconds(); s > 0 {
		perSecond = float64(done) / s
	}
	return done, total, perSecond
}
